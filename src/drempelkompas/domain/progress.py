"""How long work tells how far it is, and learns that the user wants it to stop.

Work that takes long is given a `Progress` callback and calls it now and then with how much is
done out of how much in all. The callback may raise CancelledError: the work then stops where it
is, and the transaction it is in takes everything back.
"""

from collections.abc import Callable

from drempelkompas.domain.errors import CancelledError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]  # (done, in all)


def cancelled() -> CancelledError:
    return CancelledError(QT_TRANSLATE_NOOP("Errors", "Cancelled: nothing was changed."))

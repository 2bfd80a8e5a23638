"""How many cases the fuzz, property and crash tests run: a fixed count, never a time budget.

The default run uses small counts, and Hypothesis derandomized (the same examples every run),
so it does the same work on every machine and passes or fails for the same reason. With
DREMPELKOMPAS_LONG_TESTS=1 they run their full counts, with fresh random examples; CI's long
step runs the tests marked `long` (those sized here) that way:

    DREMPELKOMPAS_LONG_TESTS=1 QT_QPA_PLATFORM=offscreen python -m pytest -m long
"""

import os

from hypothesis import HealthCheck

LONG = os.environ.get("DREMPELKOMPAS_LONG_TESTS", "") not in ("", "0")

# The long run's hang guard per test: the longest, the CSV fuzz, takes about 2 minutes here and 3 with
# a 10 ms fsync, so 15 minutes means a hang, and a hung CI run still ends in good time.
LONG_TIMEOUT = 900


def cases(default: int, long: int) -> int:
    """`default` in the normal run, `long` with DREMPELKOMPAS_LONG_TESTS=1."""
    return long if LONG else default


def examples(default: int, long: int, *suppress: HealthCheck) -> dict:
    """Arguments for hypothesis.settings: that many examples, and nothing timed.

    No deadline and no too_slow health check, so a slow or busy machine never fails a test.
    """
    return {
        "max_examples": cases(default, long),
        "derandomize": not LONG,
        "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow, *suppress],
    }

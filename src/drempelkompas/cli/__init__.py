"""The command line: `drempelkompas [COMMAND]`; without a command it starts the app.

`parser` holds the grammar, `run` dispatches to one module per group of commands.
"""

from drempelkompas.cli.run import main

__all__ = ["main"]

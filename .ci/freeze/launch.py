"""The frozen app's entry point: the same command line as the installed `drempelkompas`."""

import sys

from drempelkompas.cli import main

if __name__ == "__main__":
    sys.exit(main())

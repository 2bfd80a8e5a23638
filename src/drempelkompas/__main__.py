"""Allows `python -m drempelkompas`."""

from drempelkompas.cli import main

raise SystemExit(main())

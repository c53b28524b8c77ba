"""``python -m articlex``: the command line."""

from .cli import main

raise SystemExit(main())

"""``python -m articlex``: the command line."""

from .cli import main

# Guarded: batch worker processes (spawn/forkserver) import this module as __mp_main__.
if __name__ == "__main__":
    raise SystemExit(main())

"""`python -m counter_app`, and the entry script of the frozen build (build.spec)."""

import sys

from counter_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the frozen app: the same `scorecard` command as the installed script."""

import sys

from scorecard_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

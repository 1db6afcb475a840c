"""The one way a command fails: a plain sentence on stderr and exit code 2."""


class CommandError(Exception):
    """Raised by a command for a problem the user can fix; printed as one line, exit 2."""

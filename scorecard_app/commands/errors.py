"""The one way a command fails: a plain sentence on stderr and exit code 2."""

from scorecard_app.core.text import UserError, message


class CommandError(UserError):
    """Raised by a command for a problem the user can fix; printed as one line in the user's
    language (context "Command"), exit 2."""


# Sentences several commands say.
SAY_WHICH_CYCLE = message(
    "Command", "Say which cycle with --cycle ID; `scorecard list` shows the ids."
)
NO_DATABASE = message("Command", "There is no database at {path}.")
NO_CYCLE = message("Command", "There is no cycle {id} in {path}.")
NO_FOLDER = message("Command", "The folder {folder} does not exist.")
CANNOT_WRITE = message("Command", "Cannot write {path}: {why}.")
CANNOT_WRITE_FOLDER = message("Command", "Cannot write {path}: the folder {folder} does not exist.")
CANNOT_WRITE_DENIED = message("Command", "Cannot write {path}: permission denied.")

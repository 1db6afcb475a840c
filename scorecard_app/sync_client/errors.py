"""What can go wrong in a sync, as plain sentences (translatable: the GUI translates the
template under the "Sync" context, the CLI prints the English). The context is written out in
each marker so pyside6-lupdate extracts them into the GUI catalogues."""

from __future__ import annotations

from scorecard_app.core.text import QT_TRANSLATE_NOOP, Message

_C = "Sync"

REVOKED = QT_TRANSLATE_NOOP(
    "Sync", "This laptop's access was revoked; ask head office for a new enrolment code."
)
CODE_REFUSED = QT_TRANSLATE_NOOP(
    "Sync", "Head office refused the enrolment code ({detail}). Ask head office for a new code."
)
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "Sync", "This laptop is not enrolled yet. Enrol it with the address and code from head office."
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Sync", "Head office could not be reached ({detail}). Your changes are kept; try again later."
)
NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "Sync",
    "The address {url} did not answer like a Scorecard server (a login page of a hotspot?). "
    "Check the address, or log in to the network first.",
)
UPGRADE = QT_TRANSLATE_NOOP(
    "Sync", "Head office speaks a newer sync protocol. Update Scorecard on this laptop to sync."
)
BAD_LINK = QT_TRANSLATE_NOOP(
    "Sync", "This is not an enrolment link: it should look like scorecard://enrol?url=…&code=…"
)
FILE_DAMAGED = QT_TRANSLATE_NOOP(
    "Sync", "The file {name} on this laptop is damaged: head office received different content."
)
BUNDLE_BROKEN = QT_TRANSLATE_NOOP(
    "Sync", "{name} is not a usable Scorecard bundle ({detail}). Nothing was changed."
)
BUNDLE_TAMPERED = QT_TRANSLATE_NOOP(
    "Sync",
    "{name} was changed after it was made (its signature does not match). Nothing was changed.",
)
BUNDLE_UNTRUSTED = QT_TRANSLATE_NOOP("Sync", "{name} was refused: {detail}. Nothing was changed.")
NO_SIGNING_KEY = QT_TRANSLATE_NOOP(
    "Sync",
    "This laptop cannot sign bundles yet: sync with head office once, or enrol it with an "
    "enrolment file from head office.",
)
BAD_ENROLMENT_FILE = QT_TRANSLATE_NOOP(
    "Sync", "{name} is not a usable enrolment file ({detail}). Nothing was changed."
)
ALREADY_ENROLLED = QT_TRANSLATE_NOOP(
    "Sync", "This laptop is already enrolled as device {device}. Nothing was changed."
)
NOTHING_TO_EXPORT = QT_TRANSLATE_NOOP(
    "Sync", "There is nothing to put in a bundle (training cycles never leave the laptop)."
)


class SyncError(Exception):
    """A sync problem said in plain words; `.message` carries the translatable template."""

    def __init__(self, template: str, **params: object):
        self.message = Message(_C, template, dict(params))
        super().__init__(str(self.message))


class AccessRevoked(SyncError):
    """401/403: stop at once, retrying cannot help."""

    def __init__(self) -> None:
        super().__init__(REVOKED)


class Unreachable(SyncError):
    """The network or the server failed after every retry; the outbox is intact."""

    def __init__(self, detail: str):
        super().__init__(UNREACHABLE, detail=detail)


class BundleError(SyncError):
    pass

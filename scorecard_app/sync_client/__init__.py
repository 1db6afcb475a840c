"""The laptop's side of sync: enrol, push the outbox, upload files, pull head office's changes,
and USB bundles. Speaks only the wire contract in sync/schema/v1; never imports the server."""

from .client import SyncClient, SyncReport, enrol, is_enrolled, status, sync_database
from .errors import AccessRevoked, BundleError, SyncError, Unreachable
from .wire import parse_enrol_link

__all__ = [
    "AccessRevoked",
    "BundleError",
    "SyncClient",
    "SyncError",
    "SyncReport",
    "Unreachable",
    "enrol",
    "is_enrolled",
    "parse_enrol_link",
    "status",
    "sync_database",
]

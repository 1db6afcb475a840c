"""The one wire module, shared by the laptop (sync_client) and head office (scorecard_sync).

Qt-free and store-free: the byte form that hashes and signatures cover, Ed25519 signing, and
USB bundles (writing, and reading with one set of limits). The contract files in sync/schema
describe these shapes; this package implements them once so the two sides cannot drift.
"""

from .bundle import (
    FORMAT,
    HEADOFFICE,
    LIMITS,
    VERSION,
    Bundle,
    BundleRefused,
    read_bundle,
    write_bundle,
)
from .canonical import HASHED_KEYS, canonical_json, canonical_text, payload_hash, sha256_hex
from .signing import is_public_key, new_private_key, public_key_of, sign, verify

__all__ = [
    "FORMAT",
    "HASHED_KEYS",
    "HEADOFFICE",
    "LIMITS",
    "VERSION",
    "Bundle",
    "BundleRefused",
    "canonical_json",
    "canonical_text",
    "is_public_key",
    "new_private_key",
    "payload_hash",
    "public_key_of",
    "read_bundle",
    "sha256_hex",
    "sign",
    "verify",
    "write_bundle",
]

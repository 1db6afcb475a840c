"""Ed25519 signatures (PyNaCl / libsodium) over the canonical form of a JSON object.

Keys and signatures travel as lowercase hex: a private key is its 32-byte seed (64 hex), a
public key 32 bytes (64 hex), a signature 64 bytes (128 hex)."""

from __future__ import annotations

import re
from typing import Any

from .canonical import canonical_json

# PyNaCl is imported by each function, not here: loading libsodium holds the interpreter for
# tens of milliseconds, which the laptop's start (it imports the sync client for the sync
# panel) should not pay before anything is signed or checked.

KEY_RE = re.compile(r"^[0-9a-f]{64}$")
SIGNATURE_RE = re.compile(r"^[0-9a-f]{128}$")


def new_private_key() -> str:
    from nacl.signing import SigningKey

    return SigningKey.generate().encode().hex()


def public_key_of(private_key: str) -> str:
    from nacl.signing import SigningKey

    return SigningKey(bytes.fromhex(private_key)).verify_key.encode().hex()


def is_public_key(text: object) -> bool:
    return isinstance(text, str) and bool(KEY_RE.match(text))


def _signed_part(body: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in body.items() if k != "signature"})


def sign(body: dict[str, Any], private_key: str) -> str:
    """The signature of everything in `body` but its "signature" entry."""
    from nacl.signing import SigningKey

    return SigningKey(bytes.fromhex(private_key)).sign(_signed_part(body)).signature.hex()


def verify(body: dict[str, Any], public_key: str) -> bool:
    """Whether body["signature"] was made by the holder of this public key over the rest."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    signature = body.get("signature")
    if not is_public_key(public_key) or not isinstance(signature, str):
        return False
    if not SIGNATURE_RE.match(signature):
        return False
    try:
        VerifyKey(bytes.fromhex(public_key)).verify(_signed_part(body), bytes.fromhex(signature))
    except (BadSignatureError, ValueError):
        return False
    return True

"""Scorecard head-office sync server (protocol v1, see docs/protocol.md)."""

__version__ = "0.1.0"
PROTOCOL_VERSIONS = [1]

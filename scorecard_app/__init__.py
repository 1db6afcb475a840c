"""Scorecard: run Community Score Card cycles offline, print on the spot, sync when a link appears."""

__version__ = "0.1.0"

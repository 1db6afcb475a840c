"""The CSC methodology as plain Python: entities, scales, aggregation, checks.

Standard library only: no SQL, no Qt, no I/O. Everything else in the app stands on this.
"""

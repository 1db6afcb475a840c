"""Repeatable measurements (not timed tests); figures go in benchmarks/README.md."""

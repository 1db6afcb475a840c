"""Repeatable measurements (not timed tests); results in benchmarks/README.md."""

"""Sub-commands of `scorecard`. Each module has `register(subparsers)` that adds its parsers and
sets `func(args) -> int` on them. Kept apart so print, sync and data commands grow independently."""

"""The only package that imports PySide6: windows, step pages, models, workers, settings."""

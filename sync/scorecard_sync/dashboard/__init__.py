"""The head-office dashboard: server-rendered pages under /dashboard (issue #10).

`mount(app)` adds the routes and static files to the sync server's FastAPI app. Pages read the
derived tables (derived.py), never the organisation's raw records.
"""

from .routes import mount

__all__ = ["mount"]

"""The web interface: server-rendered pages and a JSON API over a parley database.

`create_app(db_path)` builds the FastAPI application; `serve(...)` runs it with uvicorn (what
`parley serve` calls).
"""

from __future__ import annotations

from .app import create_app
from .server import serve

__all__ = ["create_app", "serve"]

"""HTTP service over :func:`summarizer.summarize`: ``create_app(settings)`` builds the FastAPI app.

Run it with ``summarizer serve`` or ``uvicorn --factory service.app:create_app``.
"""

from __future__ import annotations

from service.app import create_app
from service.settings import Settings

__all__ = ["Settings", "create_app"]

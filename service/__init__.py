"""HTTP service over :func:`summarizer.summarize`: ``create_app(settings)`` builds the FastAPI app.

Run it with ``summarizer serve`` or ``uvicorn --factory service.app:create_app``.
"""

from __future__ import annotations

from service.settings import Settings

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings | None = None):  # noqa: ANN201 - re-export, see service.app.create_app
    """Build the FastAPI application; see :func:`service.app.create_app`."""
    from service.app import create_app as _create_app

    return _create_app(settings)

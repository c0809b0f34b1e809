"""HTTP service over :func:`summarizer.summarize`: ``service.app.create_app(settings)`` builds the FastAPI app.

Run it with ``summarizer serve`` or ``uvicorn --factory service.app:create_app``. This package module imports
nothing, so the worker processes (:mod:`service.jobs`) and ``summarizer serve``'s protocol class
(:mod:`service.server`) load without the web framework.
"""

"""The web page and the offline API docs: ``GET /`` (the page), ``/static/…`` (its files), ``/docs`` (Swagger UI)
and ``/redoc`` (ReDoc).

The page is plain HTML, CSS and JavaScript shipped inside this package (``service/static/``, package data): no
build step and no request to any host but this service (its ``Content-Security-Policy`` says ``'self'`` only).
It calls the public API (``POST /v1/summarize``, ``POST /v1/summarize/file`` with ``include_text=true``) like
any client.

Swagger UI and ReDoc load their scripts from the ``fastapi-offline`` package (its ``static/`` folder holds
``swagger-ui-bundle.js``, ``swagger-ui.css`` and ``redoc.standalone.js``), served under ``/docs-assets/``, so
both pages render without internet access; FastAPI's own ``/docs`` and ``/redoc`` (CDN scripts) are turned off
by :func:`service.app.create_app`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["STATIC_DIR", "DOCS_ASSETS_DIR", "PAGE_CSP", "DOCS_CSP", "install_web"]

#: The page's files (index.html, app.js, style.css, favicon.svg): package data beside this module (found from
#: ``__file__``, so the folder moves with the package).
STATIC_DIR = Path(__file__).resolve().with_name("static")


def _docs_assets_dir() -> Path:
    """Where ``fastapi-offline`` keeps the Swagger UI and ReDoc files (a dependency of this package)."""
    return Path(str(files("fastapi_offline") / "static"))


DOCS_ASSETS_DIR = _docs_assets_dir()

#: Content-Security-Policy of the page: it may load and call nothing but this service.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

#: Content-Security-Policy of /docs and /redoc: their scripts, the schema and images from this service only.
#: FastAPI's pages start Swagger UI with an inline script, and both libraries inject styles; ReDoc's side bar
#: shows a logo from cdn.redoc.ly, which this policy keeps the browser from fetching.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

#: Swagger UI settings: no validator badge (it would call validator.swagger.io), deep links for operations.
_SWAGGER_PARAMETERS = {"validatorUrl": None, "deepLinking": True, "defaultModelsExpandDepth": 0}


def _router(app: FastAPI) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    title = app.title

    @router.api_route("/", methods=["GET", "HEAD"])  # HEAD: uptime checks and link checkers (ux30)
    async def page() -> FileResponse:
        """The page: paste or upload a document, see its essays' points beside the original text."""
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff",
                                     "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"})

    @router.api_route("/docs", methods=["GET", "HEAD"])
    async def swagger_ui() -> HTMLResponse:
        """Swagger UI over ``/openapi.json``, from packaged assets."""
        page = get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title} – Swagger UI",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js", swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg", swagger_ui_parameters=_SWAGGER_PARAMETERS)
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @router.api_route("/redoc", methods=["GET", "HEAD"])
    async def redoc() -> HTMLResponse:
        """ReDoc over ``/openapi.json``, from packaged assets, without web fonts."""
        page = get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title} – ReDoc",
            redoc_js_url="/docs-assets/redoc.standalone.js", redoc_favicon_url="/static/favicon.svg",
            with_google_fonts=False)
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    return router


def install_web(app: FastAPI) -> None:
    """Add the page (``/``), its files (``/static``), Swagger UI (``/docs``) and ReDoc (``/redoc``) to ``app``.

    ``app`` must have been built with ``docs_url=None, redoc_url=None`` (FastAPI's own docs pages load their
    scripts from a CDN).

    Raises:
        RuntimeError: a packaged folder is missing (a broken install), from :class:`StaticFiles`.
    """
    app.include_router(_router(app))
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS_DIR), name="docs-assets")

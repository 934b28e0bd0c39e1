"""Build the FastAPI application over the services of an Application."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from mldojo import __version__
from mldojo.bootstrap import Application
from mldojo.errors import MldojoError
from mldojo.web.security import CSRF_FIELD, CSRF_HEADER, HostOriginGuard, issue_csrf_token

WEB_DIR = Path(__file__).parent

NAVIGATION = (
    ("/", "Dashboard"),
    ("/problems", "Problems"),
    ("/review", "Review"),
    ("/log", "Study log"),
    ("/roadmap", "Roadmap"),
    ("/settings", "Settings"),
)


def _page_context(request: Request) -> dict[str, Any]:
    application: Application = request.app.state.mldojo
    path = request.url.path
    current = next(
        (href for href, _ in NAVIGATION[1:] if path == href or path.startswith(href + "/")),
        "/" if path == "/" else None,
    )
    return {
        "csrf_token": issue_csrf_token(application.secret_key),
        "csrf_field": CSRF_FIELD,
        "csrf_header": CSRF_HEADER,
        "navigation": NAVIGATION,
        "current_nav": current,
    }


def _templates() -> Jinja2Templates:
    from mldojo.web.markdown import render_markdown

    engine = Jinja2Templates(directory=WEB_DIR / "templates", context_processors=[_page_context])
    engine.env.filters["markdown"] = render_markdown
    engine.env.filters["percent"] = lambda value: f"{value * 100:.0f}%"
    return engine


templates = _templates()

API_DESCRIPTION = """The JSON API of one mldojo installation, over the same services as the pages.

Errors are `{"ok": false, "error": "...", "status": N}`. Every POST needs the `X-CSRF-Token`
header: get a token from `GET /api/csrf` (it is valid for 30 days). The server answers only
requests addressed to its own host name (127.0.0.1 or localhost by default).
"""


def create_app(application: Application, *, bind_host: str = "127.0.0.1") -> FastAPI:
    """Return the web app serving one mldojo installation."""
    from mldojo.web.deps import require_csrf
    from mldojo.web.routes import api, home, problems, review, roadmap, settings, study

    web = FastAPI(
        title="mldojo",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(require_csrf)],
    )
    web.state.mldojo = application
    web.state.templates = templates
    web.add_middleware(HostOriginGuard, bind_host=bind_host)
    web.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    for module in (home, problems, review, study, roadmap, settings, api):
        web.include_router(module.router)

    def _is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    def _error(request: Request, message: str, status: int) -> Response:
        if _is_api(request):
            return JSONResponse({"ok": False, "error": message, "status": status}, status)
        if request.headers.get("hx-request") == "true":
            from html import escape

            return HTMLResponse(
                f'<p class="flash error" role="alert">{escape(message)}</p>', status_code=status
            )
        return templates.TemplateResponse(
            request, "error.html", {"message": message, "status": status}, status_code=status
        )

    @web.exception_handler(MldojoError)
    async def _mldojo_error(request: Request, exc: MldojoError) -> Response:
        return _error(request, exc.message, exc.http_status)

    @web.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "page not found" if exc.status_code == 404 else str(exc.detail)
        return _error(request, message, exc.status_code)

    @web.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(part) for part in first["loc"] if part != "body")
        message = f"{where}: {first['msg']}" if where else str(first["msg"])
        return _error(request, message, 422)

    return web


def html_error(message: str, status: int) -> HTMLResponse:
    """Render a minimal error page without the template engine (used by middleware)."""
    from html import escape

    return HTMLResponse(
        f"<!doctype html><title>mldojo: error {status}</title><p>{escape(message)}</p>",
        status_code=status,
    )

"""Build the FastAPI application over the services of an Application."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from mldojo import __version__
from mldojo.bootstrap import Application
from mldojo.domain.profile import Role, User
from mldojo.errors import MldojoError, RateLimitedError
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


def _navigation(request: Request) -> tuple[tuple[str, str], ...]:
    user: User | None = getattr(request.state, "user", None)
    if not request.app.state.multi_user:
        return NAVIGATION
    if user is None:
        return ()
    extra = [("/groups", "Groups")]
    if user.role is Role.ADMIN:
        extra.append(("/admin", "Admin"))
    return NAVIGATION + tuple(extra)


def _page_context(request: Request) -> dict[str, Any]:
    from mldojo.web.deps import csrf_key

    path = request.url.path
    navigation = _navigation(request)
    current = next(
        (href for href, _ in navigation[1:] if path == href or path.startswith(href + "/")),
        "/" if path == "/" else None,
    )
    return {
        "csrf_token": issue_csrf_token(csrf_key(request)),
        "csrf_field": CSRF_FIELD,
        "csrf_header": CSRF_HEADER,
        "navigation": navigation,
        "current_nav": current,
        "multi_user": request.app.state.multi_user,
        "viewer": getattr(request.state, "user", None),
    }


def _templates() -> Jinja2Templates:
    from mldojo.web.markdown import render_markdown

    engine = Jinja2Templates(directory=WEB_DIR / "templates", context_processors=[_page_context])
    engine.env.auto_reload = False  # templates ship with the package; no stat() per render
    engine.env.filters["markdown"] = render_markdown
    engine.env.filters["percent"] = lambda value: f"{value * 100:.0f}%"
    return engine


templates = _templates()

API_DESCRIPTION = """The JSON API of one mldojo installation, over the same services as the pages.

Errors are `{"ok": false, "error": "...", "status": N}`. Every POST needs the `X-CSRF-Token`
header: get a token from `GET /api/csrf` (it is valid for 30 days). The server answers only
requests addressed to its own host name (127.0.0.1 or localhost by default).
"""


def _warming(application: Application) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(application.warm_up)
        yield

    return lifespan


def routers() -> list[APIRouter]:
    """Return the routers of every page and API endpoint."""
    from mldojo.web.routes import (
        accounts,
        api,
        home,
        mentoring,
        problems,
        review,
        roadmap,
        settings,
        study,
    )

    modules = (home, problems, review, study, roadmap, settings, api, accounts, mentoring)
    return [module.router for module in modules]


def create_app(
    application: Application,
    *,
    bind_host: str = "127.0.0.1",
    multi_user: bool = False,
    warm_up: bool = False,
) -> FastAPI:
    """Return the web app serving one mldojo installation (one user, or many with accounts).

    warm_up loads the content and starts the grading pool when the server starts.
    """
    from mldojo.web.auth import LoginRequiredError, RateLimits, resolve_user
    from mldojo.web.deps import require_csrf

    web = FastAPI(
        title="mldojo",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(resolve_user), Depends(require_csrf)],
        lifespan=_warming(application) if warm_up else None,
    )
    web.state.mldojo = application
    web.state.multi_user = multi_user
    web.state.rate_limits = RateLimits()
    web.state.templates = templates
    web.add_middleware(HostOriginGuard, bind_host=bind_host)
    web.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    for router in routers():
        web.include_router(router)

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
        if isinstance(exc, LoginRequiredError) and not _is_api(request):
            from urllib.parse import quote

            target = "/login"
            if request.method == "GET" and request.url.path not in ("/", "/login"):
                target += "?next=" + quote(request.url.path + _query(request), safe="")
            if request.headers.get("hx-request") == "true":
                return Response(status_code=204, headers={"HX-Redirect": target})
            return RedirectResponse(target, status_code=303)
        response = _error(request, exc.message, exc.http_status)
        if isinstance(exc, RateLimitedError):
            response.headers["Retry-After"] = str(exc.retry_after_s)
        return response

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


def _query(request: Request) -> str:
    return f"?{request.url.query}" if request.url.query else ""


def html_error(message: str, status: int) -> HTMLResponse:
    """Render a minimal error page without the template engine (used by middleware)."""
    from html import escape

    return HTMLResponse(
        f"<!doctype html><title>mldojo: error {status}</title><p>{escape(message)}</p>",
        status_code=status,
    )

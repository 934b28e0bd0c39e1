"""Build the FastAPI application over the services of an Application."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from mldojo import __version__
from mldojo.bootstrap import Application
from mldojo.errors import MldojoError
from mldojo.web.security import HostOriginGuard

WEB_DIR = Path(__file__).parent
templates = Jinja2Templates(directory=WEB_DIR / "templates")


def create_app(application: Application, *, bind_host: str = "127.0.0.1") -> FastAPI:
    """Return the web app serving one mldojo installation."""
    from mldojo.web.routes import home

    web = FastAPI(title="mldojo", version=__version__, docs_url=None, redoc_url=None)
    web.state.mldojo = application
    web.state.templates = templates
    web.add_middleware(HostOriginGuard, bind_host=bind_host)
    web.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    web.include_router(home.router)

    @web.exception_handler(MldojoError)
    async def _mldojo_error(request: Request, exc: MldojoError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse(
                {"ok": False, "error": exc.message, "status": exc.http_status},
                status_code=exc.http_status,
            )
        return templates.TemplateResponse(
            request,
            "error.html",
            {"message": exc.message, "status": exc.http_status},
            status_code=exc.http_status,
        )

    return web


def html_error(message: str, status: int) -> HTMLResponse:
    """Render a minimal error page without the template engine (used by middleware)."""
    from html import escape

    return HTMLResponse(
        f"<!doctype html><title>mldojo: error {status}</title><p>{escape(message)}</p>",
        status_code=status,
    )

"""What every route needs: the Application, template rendering, HTMX detection and CSRF."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from mldojo.bootstrap import Application
from mldojo.errors import ForbiddenError
from mldojo.web.security import CSRF_FIELD, CSRF_HEADER, SAFE_METHODS, is_valid_csrf_token


def get_application(request: Request) -> Application:
    """Return the Application the web app serves."""
    application: Application = request.app.state.mldojo
    return application


AppDep = Annotated[Application, Depends(get_application)]


def is_htmx(request: Request) -> bool:
    """Return whether the request came from HTMX (and wants a fragment)."""
    return request.headers.get("hx-request") == "true"


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a template with the request (for url_for and the CSRF token)."""
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, template, context, status_code=status_code
    )
    return response


def csrf_key(request: Request) -> str:
    """Return the key CSRF tokens are signed with: the install's secret, bound to the session
    in multi-user mode (so one account's token is worthless in another's session)."""
    secret = get_application(request).secret_key
    session_key = getattr(request.state, "session_key", "")
    return f"{secret}:{session_key}" if session_key else secret


async def require_csrf(request: Request) -> None:
    """Refuse a state change without a valid CSRF token (header or form field)."""
    if request.method in SAFE_METHODS:
        return
    token = request.headers.get(CSRF_HEADER)
    if token is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        token = value if isinstance(value, str) else None
    if not is_valid_csrf_token(csrf_key(request), token):
        raise ForbiddenError(
            "this form has no valid security token (it may come from another site, or the page "
            "is older than 30 days): reload the page and try again"
        )

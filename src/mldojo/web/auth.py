"""Who is asking: the local user in single-user mode, the session's user in multi-user mode."""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response

from mldojo.domain.accounts import SESSION_LIFETIME
from mldojo.domain.profile import LOCAL_USERNAME, Role, User
from mldojo.domain.ratelimit import RateLimiter
from mldojo.errors import AuthenticationError, RateLimitedError
from mldojo.web.deps import get_application

SESSION_COOKIE = "mldojo_session"
# Pages and files anyone may open in multi-user mode; everything else needs a session.
PUBLIC_PATHS = frozenset({"/login", "/register", "/openapi.json", "/api/csrf"})
PUBLIC_PREFIXES = ("/static/",)
LOCAL_USER = User(
    id=0, username=LOCAL_USERNAME, role=Role.LEARNER, created_at=datetime(2026, 1, 1, tzinfo=UTC)
)


class LoginRequiredError(AuthenticationError):
    """No valid session on a page that needs one."""


def is_multi_user(request: Request) -> bool:
    """Return whether the app serves many accounts (it needs logins)."""
    return bool(request.app.state.multi_user)


def session_token(request: Request) -> str | None:
    """Return the session cookie's token, if any."""
    return request.cookies.get(SESSION_COOKIE)


async def resolve_user(request: Request) -> None:
    """Find who is asking and keep it on the request; refuse anonymous access to private pages."""
    if not is_multi_user(request):
        request.state.user = LOCAL_USER
        request.state.session_key = ""
        return
    token = session_token(request)
    user = get_application(request).accounts.user_for_session(token) if token else None
    request.state.user = user
    request.state.session_key = hashlib.sha256(token.encode()).hexdigest() if user and token else ""
    path = request.url.path
    if user is None and path not in PUBLIC_PATHS and not path.startswith(PUBLIC_PREFIXES):
        raise LoginRequiredError("log in to continue")


def current_user(request: Request) -> User:
    """Return the user the request acts for."""
    user: User | None = getattr(request.state, "user", None)
    if user is None:
        raise LoginRequiredError("log in to continue")
    return user


UserDep = Annotated[User, Depends(current_user)]


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    """Store the session token in an HttpOnly, SameSite=Lax cookie (Secure under HTTPS)."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE, httponly=True, samesite="lax", secure=request.url.scheme == "https"
    )


# Login: 10 tries per 5 minutes per name, 100 per 5 minutes per address. Grading: 30 a minute.
LOGIN_PER_NAME = (10, 300.0)
LOGIN_PER_ADDRESS = (100, 300.0)  # a class behind one NAT address still gets in
GRADING_PER_USER = (30, 60.0)


class RateLimits:
    """The web app's rate limits (per process)."""

    def __init__(self) -> None:
        self.login_name = RateLimiter(*LOGIN_PER_NAME)
        self.login_address = RateLimiter(*LOGIN_PER_ADDRESS)
        self.grading = RateLimiter(*GRADING_PER_USER)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_login_rate(request: Request, username: str | None) -> None:
    """Refuse a login (or, without a username, a registration) over the limits, saying how
    long to wait."""
    limits: RateLimits = request.app.state.rate_limits
    now = time.monotonic()
    wait = limits.login_address.hit(client_address(request), now)
    if username is not None:
        wait = max(wait, limits.login_name.hit(username.strip().lower(), now))
    if wait:
        raise RateLimitedError(f"too many login attempts: try again in {wait} s", wait)


def check_grading_rate(request: Request, user: User) -> None:
    """Refuse Run or Submit over the per-user limit in multi-user mode."""
    if not is_multi_user(request):
        return
    limits: RateLimits = request.app.state.rate_limits
    wait = limits.grading.hit(user.username, time.monotonic())
    if wait:
        raise RateLimitedError(
            f"too many runs and submissions in a minute: try again in {wait} s", wait
        )

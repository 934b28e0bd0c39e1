"""Stop other web pages from driving the local app: Host and Origin checks.

The app runs code on the user's machine, so a page on another site must not reach it through
the browser (DNS rebinding, cross-site form posts).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]", "testserver"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _hostname(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header.split("]", 1)[0] + "]"
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class HostOriginGuard:
    """Refuse requests whose Host is not ours, and state changes from other origins."""

    def __init__(self, app: ASGIApp, *, bind_host: str) -> None:
        self.app = app
        self.allowed = set(LOCAL_HOSTS)
        if bind_host not in ("0.0.0.0", "::"):  # noqa: S104 - comparing, not binding
            self.allowed.add(bind_host)
        self.any_host = bind_host in ("0.0.0.0", "::")  # noqa: S104

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]
        }
        host = _hostname(headers.get("host", ""))
        if not self.any_host and host not in self.allowed:
            await self._refuse(scope, receive, send, f"unknown host {host!r}", 421)
            return
        origin = headers.get("origin")
        if scope["method"] not in SAFE_METHODS and origin and origin != "null":
            origin_host = urlsplit(origin).hostname or ""
            if origin_host != host and origin_host not in self.allowed - {"testserver"}:
                await self._refuse(scope, receive, send, "cross-site request refused", 403)
                return
        await self.app(scope, receive, send)

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, message: str, status: int
    ) -> None:
        from mldojo.web.app import html_error

        await html_error(message, status)(scope, receive, send)


# CSRF: every state change carries a token signed with the install's secret. A page on another
# site cannot read our pages (no CORS), so it cannot obtain one.
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
CSRF_MAX_AGE_S = 30 * 24 * 3600  # a tab left open for a month still works


def _csrf_signature(secret: str, issued: str, nonce: str) -> str:
    import base64
    import hashlib
    import hmac

    digest = hmac.new(
        secret.encode(), f"mldojo-csrf:{issued}:{nonce}".encode(), hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def issue_csrf_token(secret: str, now: float | None = None) -> str:
    """Return a token 'issued.nonce.signature' that proves a page came from this app."""
    import secrets
    import time

    issued = str(int(time.time() if now is None else now))
    nonce = secrets.token_urlsafe(8)
    return f"{issued}.{nonce}.{_csrf_signature(secret, issued, nonce)}"


def is_valid_csrf_token(secret: str, token: str | None, now: float | None = None) -> bool:
    """Return whether a token was signed with this secret and has not expired."""
    import hmac
    import time

    if not token or token.count(".") != 2:
        return False
    issued, nonce, signature = token.split(".")
    if not issued.isdigit():
        return False
    expected = _csrf_signature(secret, issued, nonce)
    if not hmac.compare_digest(expected.encode(), signature.encode()):
        return False
    age = (time.time() if now is None else now) - int(issued)
    return -300 <= age <= CSRF_MAX_AGE_S

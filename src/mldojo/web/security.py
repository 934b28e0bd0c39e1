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

"""The application shared by the commands of one CLI invocation."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from mldojo.bootstrap import Application

_state: dict[str, object] = {"debug": False}


def set_debug(value: bool) -> None:
    """Remember whether tracebacks should be shown."""
    _state["debug"] = value


def is_debug() -> bool:
    """Return whether --debug was given."""
    return bool(_state["debug"])


def get_app() -> Application:
    """Return the application, building it from the environment on first call."""
    app = _state.get("app")
    if app is None:
        from mldojo.bootstrap import Application
        from mldojo.config import load_settings

        app = Application(settings=load_settings())
        _state["app"] = app
    assert app.__class__.__name__ == "Application"
    return app  # type: ignore[return-value]


def close_app() -> None:
    """Print first-use notices and release the application, if one was built."""
    app = _state.pop("app", None)
    if app is None:
        return
    from mldojo.bootstrap import Application

    assert isinstance(app, Application)
    for notice in app.notices:
        print(f"mldojo: {notice}", file=sys.stderr)
    app.close()


def console() -> Console:
    """Return a console for human-readable output on stdout."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)

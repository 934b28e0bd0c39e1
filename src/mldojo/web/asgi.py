"""The web app built from the environment, for `mldojo serve --workers N` (uvicorn imports it in
each worker process)."""

from __future__ import annotations

import os

from fastapi import FastAPI

# Set by `mldojo serve` for its worker processes (no MLDOJO_ prefix: they are not settings).
MULTI_USER_ENV = "MLDOJOSERVE_MULTI_USER"
BIND_HOST_ENV = "MLDOJOSERVE_BIND_HOST"


def create_from_environment() -> FastAPI:
    """Return the web app of the installation the environment describes."""
    from mldojo.bootstrap import Application
    from mldojo.config import load_settings
    from mldojo.web.app import create_app

    application = Application(settings=load_settings())
    return create_app(
        application,
        bind_host=os.environ.get(BIND_HOST_ENV, "127.0.0.1"),
        multi_user=os.environ.get(MULTI_USER_ENV) == "1",
        warm_up=True,
    )

"""Fixtures of the web tests: the app on a fresh SQLite database, a client, CSRF tokens."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mldojo.bootstrap import Application
from mldojo.config import Settings
from mldojo.web.app import create_app
from tests.conftest import FakeClock
from tests.servers import free_port

BASE_URL = "http://127.0.0.1:8000"
TWO_SUM_ACCEPTED = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
"""
TWO_SUM_WRONG = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [0, 1]
"""


@pytest.fixture
def web_app(tmp_path: Path, clock: FakeClock, grading_engine: object) -> Iterator[Application]:
    """Return an application on a fresh SQLite database that grades with the shared warm pool."""
    settings = Settings(home=tmp_path / "home", database_url=f"sqlite:///{tmp_path / 'web.db'}")
    application = Application(settings=settings, clock=clock)
    application.__dict__["grader"] = grading_engine
    yield application
    application.__dict__.pop("grader", None)
    application.close()


@pytest.fixture
def client(web_app: Application) -> Iterator[TestClient]:
    with TestClient(create_app(web_app), base_url=BASE_URL) as test_client:
        yield test_client


@pytest.fixture
def profile(web_app: Application) -> None:
    web_app.profiles.save_profile(name="Ada Lovelace")


def csrf(client: TestClient) -> str:
    """Return a valid CSRF token, as a script would get one."""
    token: str = client.get("/api/csrf").json()["token"]
    return token


def htmx(client: TestClient) -> dict[str, str]:
    """Return the headers HTMX sends: the marker and the CSRF token from <body hx-headers>."""
    return {"HX-Request": "true", "X-CSRF-Token": csrf(client)}


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def start_server(env: dict[str, str], *args: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start `mldojo serve` on a free port with this environment; return it and its URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "serve", "--port", str(port), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/api/status", timeout=1)
            break
        except urllib.error.HTTPError:  # it answers (multi-user mode asks for a login)
            break
        except OSError as exc:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                detail = server.stderr.read().decode() if server.stderr else "serve died"
                raise RuntimeError(detail) from exc
            time.sleep(0.2)
    return server, url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(30_000)
    yield opened
    context.close()

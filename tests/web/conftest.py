"""Fixtures of the web tests: the app on a fresh SQLite database, a client, CSRF tokens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mldojo.bootstrap import Application
from mldojo.config import Settings
from mldojo.web.app import create_app
from tests.conftest import FakeClock

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

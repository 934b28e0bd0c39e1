"""The first web page: profile and content counts, behind Host and Origin checks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from mldojo.bootstrap import Application
from mldojo.web.app import create_app


@pytest.fixture
def client(application: Application) -> Iterator[TestClient]:
    with TestClient(create_app(application), base_url="http://127.0.0.1:8000") as test_client:
        yield test_client


def test_dashboard_asks_for_init_without_profile(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "mldojo init" in response.text


def test_dashboard_shows_profile_and_goal(client: TestClient, application: Application) -> None:
    application.profiles.save_profile(name="Ada <Lovelace>", target_tier="faang")
    response = client.get("/")
    assert "Ada &lt;Lovelace&gt;" in response.text
    assert "150 solved problems" in response.text


def test_status_api_returns_counts_as_json(client: TestClient) -> None:
    body = client.get("/api/status").json()
    assert body["ok"] is True
    assert set(body["content"]) >= {"dsa", "ml", "pandas", "sql", "cards"}


def test_unknown_host_is_refused(client: TestClient) -> None:
    response = client.get("/", headers={"host": "evil.example"})
    assert response.status_code == 421


def test_cross_site_state_change_is_refused(client: TestClient) -> None:
    response = client.post("/api/status", headers={"origin": "https://evil.example"})
    assert response.status_code == 403


def test_static_stylesheet_is_served_locally(client: TestClient) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200
    assert "text/css" in response.headers["content-type"]

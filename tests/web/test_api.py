"""The JSON API: shapes, errors as {ok: false, error, status}, CSRF on every POST."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from mldojo.bootstrap import Application
from tests.web.conftest import TWO_SUM_ACCEPTED, TWO_SUM_WRONG, csrf


def _post(client: TestClient, path: str, body: dict[str, object]) -> object:
    return client.post(path, json=body, headers={"X-CSRF-Token": csrf(client)})


def test_openapi_documents_every_api_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/problems",
        "/api/problems/{slug}",
        "/api/problems/{slug}/run",
        "/api/problems/{slug}/submit",
        "/api/submissions",
        "/api/progress",
        "/api/next",
        "/api/log",
        "/api/review/queue",
        "/api/csrf",
    ):
        assert path in paths, path
    assert "/problems" not in paths  # pages are not part of the API
    assert {"SubmissionCreate", "SubmissionPublic", "StudyEntryCreate", "ErrorPublic"} <= set(
        schema["components"]["schemas"]
    )


def test_problem_list_and_detail_shapes(client: TestClient) -> None:
    problems = client.get("/api/problems?kind=dsa").json()
    assert problems and all(p["kind"] == "dsa" for p in problems)
    assert set(problems[0]) >= {"slug", "title", "difficulty", "topics", "status", "leetcode"}
    detail = client.get("/api/problems/two-sum").json()
    assert detail["status"] == "new" and detail["key_idea"] is None
    assert detail["examples"][0]["expected"] is not None
    assert "class Solution" in detail["starter"]


@pytest.mark.parametrize("path", ["/api/problems/nope", "/api/nope", "/api/submissions?limit=0"])
def test_errors_are_json_with_ok_false(client: TestClient, path: str) -> None:
    response = client.get(path)
    body = response.json()
    assert response.status_code in (404, 422)
    assert body["ok"] is False and body["status"] == response.status_code and body["error"]


def test_api_post_without_csrf_header_is_refused(client: TestClient, web_app: Application) -> None:
    response = client.post("/api/problems/two-sum/submit", json={"source": TWO_SUM_ACCEPTED})
    assert response.status_code == 403
    assert response.json()["ok"] is False
    assert web_app.grading.history() == []


def test_submit_returns_verdict_and_hides_hidden_tests(client: TestClient) -> None:
    body = _post(client, "/api/problems/two-sum/submit", {"source": TWO_SUM_ACCEPTED}).json()
    assert body["verdict"] == "accepted" and body["mode"] == "submit"
    hidden = [t for t in body["tests"] if not t["public"]]
    assert hidden and all(t["input"] is None and t["expected"] is None for t in hidden)
    assert body["passed"] == body["total"]
    listed = client.get("/api/submissions?slug=two-sum").json()
    assert listed[0]["id"] == body["id"] and listed[0]["verdict"] == "accepted"
    assert client.get("/api/problems/two-sum").json()["key_idea"]


def test_run_wrong_answer_shows_public_values(client: TestClient) -> None:
    body = _post(client, "/api/problems/two-sum/run", {"source": TWO_SUM_WRONG}).json()
    assert body["verdict"] == "wrong_answer"
    failing = next(t for t in body["tests"] if t["verdict"] != "accepted")
    assert failing["input"] is not None and failing["actual"] == [0, 1]


def test_unusable_source_gets_rejected_verdict(client: TestClient) -> None:
    response = _post(client, "/api/problems/two-sum/submit", {"source": "x = 1\x00"})
    assert response.json()["verdict"] == "rejected"
    assert "NUL byte" in response.json()["message"]


def test_undecodable_json_string_is_a_422(client: TestClient) -> None:
    # A lone surrogate is the only way to put non-UTF-8 into a JSON string: refused as malformed.
    response = client.post(
        "/api/problems/two-sum/submit",
        content=b'{"source": "x = \'\\udcff\'"}',
        headers={"X-CSRF-Token": csrf(client), "Content-Type": "application/json"},
    )
    assert response.status_code == 422 and response.json()["ok"] is False


def test_submit_to_unknown_problem_is_404(client: TestClient) -> None:
    response = _post(client, "/api/problems/nope/submit", {"source": "x"})
    assert response.status_code == 404


@pytest.mark.usefixtures("profile")
def test_progress_next_and_review_queue_shapes(client: TestClient) -> None:
    progress = client.get("/api/progress").json()
    assert {r["round"] for r in progress["rounds"]} >= {"dsa_coding", "ml_knowledge"}
    assert progress["solved_goal"] == 50
    steps = client.get("/api/next").json()
    assert steps and {"action", "reason", "url"} <= set(steps[0])
    queue = client.get("/api/review/queue").json()
    assert queue["items"] and queue["items"][0]["kind"] == "card"


def test_progress_without_profile_says_how_to_create_one(client: TestClient) -> None:
    response = client.get("/api/progress")
    assert response.status_code == 400
    assert "mldojo init" in response.json()["error"]


def test_log_post_and_list(client: TestClient) -> None:
    created = _post(client, "/api/log", {"duration": "45m", "notes": "SVD", "topic": "math"})
    assert created.status_code == 201
    assert created.json()["minutes"] == 45
    assert client.get("/api/log").json()[0]["notes"] == "SVD"
    bad = _post(client, "/api/log", {"duration": "forever", "notes": "x"})
    assert bad.status_code == 400 and "90m" in bad.json()["error"]
    malformed = _post(client, "/api/log", {"minutes": 5})
    assert malformed.status_code == 422 and malformed.json()["ok"] is False

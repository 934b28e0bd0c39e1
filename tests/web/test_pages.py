"""The pages through a test client: status codes, forms, validation, CSRF, HTMX fragments."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from mldojo.bootstrap import Application
from mldojo.domain.cards import CardKind
from tests.conftest import FakeClock
from tests.web.conftest import TWO_SUM_ACCEPTED, TWO_SUM_WRONG, csrf, htmx

PAGES = ["/", "/problems", "/problems/two-sum", "/review", "/log", "/roadmap", "/settings"]


def _hidden_token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the form carries no CSRF token"
    return match.group(1)


@pytest.mark.usefixtures("profile")
@pytest.mark.parametrize("path", PAGES)
def test_page_renders_with_navigation_and_csrf_header(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert 'aria-label="Main"' in response.text
    assert 'hx-headers=\'{"X-CSRF-Token": "' in response.text
    assert "https://" not in response.text.split("</head>")[0]  # assets are local, no CDN


@pytest.mark.parametrize(
    "path", ["/", "/problems", "/problems/two-sum", "/log", "/roadmap", "/settings"]
)
def test_page_renders_without_profile(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_review_without_profile_sends_to_settings(client: TestClient) -> None:
    response = client.get("/review", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/settings")


def test_unknown_problem_is_a_404_page_with_suggestions(client: TestClient) -> None:
    response = client.get("/problems/two-summ")
    assert response.status_code == 404
    assert "two-sum" in response.text
    assert "<!doctype html>" in response.text


def test_unknown_page_and_hint_are_404(client: TestClient) -> None:
    assert client.get("/nowhere").status_code == 404
    assert client.get("/problems/two-sum/hints/99").status_code == 404


def test_static_assets_are_served_locally(client: TestClient) -> None:
    for path in ("/static/vendor/htmx.min.js", "/static/vendor/editor.min.js", "/static/app.js"):
        response = client.get(path)
        assert response.status_code == 200
        assert "javascript" in response.headers["content-type"]


@pytest.mark.usefixtures("profile")
def test_dashboard_shows_next_step_goals_and_chart(client: TestClient) -> None:
    page = client.get("/").text
    assert 'data-testid="next-step"' in page and "Why:" in page
    assert 'data-testid="solved-count">0<' in page
    assert "/ 50" in page and "ML knowledge" in page
    chart = client.get("/charts/progress.png")
    assert chart.status_code == 200 and chart.content.startswith(b"\x89PNG")


def test_post_without_csrf_token_is_refused(client: TestClient, web_app: Application) -> None:
    for path, data in (
        ("/log", {"duration": "30m", "notes": "x"}),
        ("/settings", {"name": "Eve"}),
        ("/problems/two-sum/submit", {"source": TWO_SUM_ACCEPTED}),
        ("/review/rate", {"slug": "x", "rating": "3"}),
    ):
        response = client.post(path, data=data)
        assert response.status_code == 403, path
    assert web_app.study_log.list_entries() == []
    assert web_app.grading.history() == []


def test_post_with_forged_or_foreign_token_is_refused(client: TestClient) -> None:
    from mldojo.web.security import issue_csrf_token

    for token in ("1.2.3", "garbage", issue_csrf_token("another install's secret")):
        response = client.post("/log", data={"duration": "30m", "notes": "x", "csrf_token": token})
        assert response.status_code == 403


def test_csrf_token_expires() -> None:
    from mldojo.web.security import CSRF_MAX_AGE_S, is_valid_csrf_token, issue_csrf_token

    token = issue_csrf_token("secret", now=1_000_000)
    assert is_valid_csrf_token("secret", token, now=1_000_000 + 60)
    assert not is_valid_csrf_token("secret", token, now=1_000_000 + CSRF_MAX_AGE_S + 1)
    assert not is_valid_csrf_token("other", token, now=1_000_000 + 60)


def test_secret_key_is_created_once_with_private_permissions(web_app: Application) -> None:
    key = web_app.secret_key
    path = web_app.settings.home / "secret_key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_text().strip() == key and len(key) >= 32
    from mldojo.bootstrap import load_or_create_secret

    assert load_or_create_secret(web_app.settings.home) == key


@pytest.mark.usefixtures("profile")
def test_log_form_records_time_with_the_hidden_token(
    client: TestClient, web_app: Application
) -> None:
    token = _hidden_token(client.get("/log").text)
    response = client.post(
        "/log",
        data={"duration": "1h30", "notes": "PCA by hand", "topic": "math", "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    [entry] = web_app.study_log.list_entries()
    assert (entry.minutes, entry.notes, entry.topic) == (90, "PCA by hand", "math")
    assert "PCA by hand" in client.get("/log").text


@pytest.mark.usefixtures("profile")
def test_log_form_with_bad_duration_shows_message_and_keeps_input(
    client: TestClient, web_app: Application
) -> None:
    token = _hidden_token(client.get("/log").text)
    response = client.post(
        "/log",
        data={"duration": "ninety", "notes": "bias & variance", "csrf_token": token},
    )
    assert response.status_code == 422
    assert 'data-testid="error-duration"' in response.text
    assert "write it like 90m" in response.text
    assert "bias &amp; variance</textarea>" in response.text
    assert 'value="ninety"' in response.text
    assert web_app.study_log.list_entries() == []


@pytest.mark.usefixtures("profile")
def test_note_form_stores_markdown_and_renders_it_escaped(client: TestClient) -> None:
    token = _hidden_token(client.get("/log").text)
    response = client.post(
        "/log/notes",
        data={"topic": "stats", "body": "**p-values** <script>x</script>", "csrf_token": token},
    )
    assert response.status_code == 200
    assert "<strong>p-values</strong>" in response.text
    assert "<script>x</script>" not in response.text


def test_settings_create_the_profile(client: TestClient, web_app: Application) -> None:
    token = _hidden_token(client.get("/settings").text)
    data = {
        "name": "Grace",
        "target_role": "ML Engineer",
        "target_tier": "faang",
        "weekly_goal_hours": "12.5",
        "desired_retention": "0.85",
        "new_cards_per_day": "10",
        "max_reviews_per_day": "150",
        "csrf_token": token,
    }
    response = client.post("/settings", data=data, follow_redirects=False)
    assert response.status_code == 303
    profile = web_app.profiles.require_profile()
    assert (profile.name, profile.target_tier.value, profile.weekly_goal_hours) == (
        "Grace",
        "faang",
        12.5,
    )
    assert (profile.desired_retention, profile.new_cards_per_day) == (0.85, 10)


@pytest.mark.usefixtures("profile")
def test_settings_validation_shows_each_message_next_to_its_field(
    client: TestClient, web_app: Application
) -> None:
    token = _hidden_token(client.get("/settings").text)
    data = {
        "name": "  ",
        "target_role": "ML Engineer",
        "target_tier": "standard",
        "weekly_goal_hours": "500",
        "desired_retention": "abc",
        "new_cards_per_day": "2.5",
        "max_reviews_per_day": "100",
        "csrf_token": token,
    }
    response = client.post("/settings", data=data)
    assert response.status_code == 422
    text = response.text
    assert re.search(r'data-testid="error-name">required<', text)
    assert re.search(r'data-testid="error-weekly_goal_hours">must be at most 100', text)
    assert re.search(r'data-testid="error-desired_retention">enter a number<', text)
    assert re.search(r'data-testid="error-new_cards_per_day">enter a whole number<', text)
    assert 'value="500"' in text and 'value="abc"' in text
    assert web_app.profiles.require_profile().name == "Ada Lovelace"


@pytest.mark.usefixtures("profile")
def test_problem_filters_and_search_return_htmx_fragment(client: TestClient) -> None:
    headers = {"HX-Request": "true", "HX-Target": "problem-results"}
    fragment = client.get("/problems?kind=ml", headers=headers).text
    assert "<html" not in fragment
    assert 'data-slug="softmax"' in fragment and 'data-slug="two-sum"' not in fragment
    found = client.get("/problems?q=two", headers=headers).text
    assert 'data-slug="two-sum"' in found and 'data-slug="softmax"' not in found
    easy = client.get("/problems?difficulty=hard&kind=dsa").text
    assert 'data-slug="two-sum"' not in easy
    assert "No problem matches" in client.get("/problems?q=zzzz-no-such").text


@pytest.mark.usefixtures("profile")
def test_run_shows_failing_public_test_with_values(client: TestClient) -> None:
    response = client.post(
        "/problems/two-sum/run", data={"source": TWO_SUM_WRONG}, headers=htmx(client)
    )
    assert response.status_code == 200
    text = response.text
    assert 'data-verdict="wrong_answer"' in text
    assert 'data-testid="failing-public-test"' in text
    assert 'data-testid="expected">[2, 3]<' in text and 'data-testid="actual">[0, 1]<' in text
    assert "hidden test" not in text  # Run grades the public examples only


@pytest.mark.usefixtures("profile")
def test_submit_accepted_reveals_key_idea_and_marks_solved(client: TestClient) -> None:
    response = client.post(
        "/problems/two-sum/submit", data={"source": TWO_SUM_ACCEPTED}, headers=htmx(client)
    )
    text = response.text
    assert 'data-verdict="accepted"' in text
    assert "hidden test" in text  # hidden tests: number and verdict only
    assert 'id="key-idea-slot" hx-swap-oob="true"' in text
    assert 'hx-swap-oob="true"' in text and 'data-testid="history-item"' in text
    page = client.get("/problems/two-sum").text
    assert 'data-testid="key-idea"' in page
    assert TWO_SUM_ACCEPTED.splitlines()[2].strip() in page  # the editor opens on your code
    solved = client.get(
        "/problems?status=solved", headers={"HX-Request": "true", "HX-Target": "problem-results"}
    ).text
    assert 'data-slug="two-sum"' in solved


@pytest.mark.usefixtures("profile")
def test_oversized_source_is_rejected_not_lost(client: TestClient, web_app: Application) -> None:
    huge = "x = 1\n" * 20_000
    response = client.post("/problems/two-sum/submit", data={"source": huge}, headers=htmx(client))
    assert response.status_code == 200
    assert 'data-verdict="rejected"' in response.text
    assert "the limit is" in response.text
    [stored] = web_app.grading.history("two-sum")
    assert stored.verdict is not None and stored.verdict.value == "rejected"


@pytest.mark.usefixtures("profile")
def test_history_diff_between_submissions_is_escaped(client: TestClient, clock: FakeClock) -> None:
    headers = htmx(client)
    client.post("/problems/two-sum/run", data={"source": TWO_SUM_WRONG}, headers=headers)
    clock.advance(minutes=1)
    client.post(
        "/problems/two-sum/run", data={"source": TWO_SUM_WRONG + "# <b>bold</b>\n"}, headers=headers
    )
    page = client.get("/problems/two-sum").text
    link = re.search(r'hx-get="(/problems/two-sum/diff\?[^"]+)"', page)
    assert link
    diff = client.get(link.group(1).replace("&amp;", "&")).text
    assert "<ins>+# &lt;b&gt;bold&lt;/b&gt;</ins>" in diff
    assert client.get("/problems/two-sum/diff?old=a&new=b").status_code == 404


def test_hints_are_revealed_one_by_one(client: TestClient, web_app: Application) -> None:
    hints = web_app.problems.get("two-sum").hints
    first = client.get("/problems/two-sum/hints/1").text
    assert "Hint 1" in first
    if len(hints) > 1:
        assert "/problems/two-sum/hints/2" in first and "Hint 2" not in first


@pytest.mark.usefixtures("profile")
def test_review_rates_qa_card_and_grades_parametric_card(
    client: TestClient, web_app: Application
) -> None:
    cards = web_app.cards.cards()
    qa = next(c for c in cards if c.kind is CardKind.QA)
    parametric = next(c for c in cards if c.kind is CardKind.PARAMETRIC)
    headers = htmx(client)
    rated = client.post("/review/rate", data={"slug": qa.slug, "rating": "3"}, headers=headers)
    assert rated.status_code == 200 and "Saved." in rated.text
    instance = web_app.reviews.draw(parametric.slug, 7)
    graded = client.post(
        "/review/answer",
        data={"slug": parametric.slug, "seed": "7", "answer": repr(instance.expected)},
        headers=headers,
    )
    assert graded.status_code == 200 and "Correct" in graded.text
    keys = {s.item_key for s in web_app.reviews.states()}
    assert {f"card:{qa.slug}", f"card:{parametric.slug}"} <= keys
    assert (
        client.post(
            "/review/rate", data={"slug": "no-such-card", "rating": "3"}, headers=headers
        ).status_code
        == 404
    )
    assert (
        client.post(
            "/review/rate", data={"slug": qa.slug, "rating": "9"}, headers=headers
        ).status_code
        == 422
    )


@pytest.mark.usefixtures("profile")
def test_review_page_shows_a_card(client: TestClient) -> None:
    page = client.get("/review").text
    assert 'data-testid="review-card"' in page


def test_markdown_escapes_html_and_drops_script_links() -> None:
    from mldojo.web.markdown import render_markdown

    html = str(render_markdown("<img src=x onerror=alert(1)> [a](javascript:alert(1)) $x_i$"))
    assert "<img" not in html and 'href="javascript' not in html
    assert '<span class="math">x_i</span>' in html


def test_cross_origin_post_with_valid_token_is_still_refused(client: TestClient) -> None:
    response = client.post(
        "/api/log",
        json={"duration": "1h", "notes": "x"},
        headers={"X-CSRF-Token": csrf(client), "Origin": "https://evil.example"},
    )
    assert response.status_code == 403

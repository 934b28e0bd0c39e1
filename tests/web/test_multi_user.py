"""Multi-user serving: accounts, sessions, roles, groups, mentors, and who may see what."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from mldojo.bootstrap import Application
from mldojo.web.app import create_app, routers
from tests.conftest import FakeClock
from tests.web.conftest import BASE_URL, TWO_SUM_ACCEPTED

PASSWORD = "correct horse battery"


@pytest.fixture
def multi_app(web_app: Application) -> Iterator[TestClient]:
    """The multi-user app; each test opens one client per person with `login_as`."""
    web = create_app(web_app, multi_user=True)
    with TestClient(web, base_url=BASE_URL) as anonymous:
        yield anonymous


def _client(anonymous: TestClient) -> TestClient:
    return TestClient(anonymous.app, base_url=BASE_URL, follow_redirects=False)


def page_token(client: TestClient, path: str = "/") -> str:
    """Return the CSRF token a page embeds, as a browser would submit it."""
    html = client.get(path).text
    match = re.search(r'"X-CSRF-Token": "([^"]+)"', html)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def register(anonymous: TestClient, username: str) -> TestClient:
    """Register an account through the form and return a client logged in as it."""
    client = _client(anonymous)
    token = page_token(client, "/register")
    response = client.post(
        "/register",
        data={
            "username": username,
            "display_name": username.title(),
            "password": PASSWORD,
            "password_again": PASSWORD,
            "csrf_token": token,
        },
    )
    assert response.status_code == 303, response.text
    return client


def api_headers(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/csrf").json()["token"]}


@pytest.fixture
def people(multi_app: TestClient, web_app: Application) -> dict[str, TestClient]:
    """An admin (the first account), a mentor, and two learners; bob is in the mentor's group."""
    admin = register(multi_app, "admin")
    mentor = register(multi_app, "mentor")
    alice = register(multi_app, "alice")
    bob = register(multi_app, "bob")
    token = page_token(admin, "/admin")
    response = admin.post("/admin/users/mentor/role", data={"role": "mentor", "csrf_token": token})
    assert response.status_code == 303
    token = page_token(mentor, "/groups")
    assert mentor.post("/groups", data={"name": "Cohort 7", "csrf_token": token}).status_code == 303
    code = re.search(r'data-testid="invite-code">([^<]+)<', mentor.get("/groups").text)
    assert code
    token = page_token(bob, "/groups")
    joined = bob.post("/groups/join", data={"invite_code": code.group(1), "csrf_token": token})
    assert joined.status_code == 303
    return {"admin": admin, "mentor": mentor, "alice": alice, "bob": bob}


def _path_for(route: APIRoute) -> str:
    return (
        route.path.replace("{slug}", "two-sum")
        .replace("{username}", "bob")
        .replace("{number}", "1")
        .replace("{path:path}", "style.css")
    )


PUBLIC = {"/login", "/register", "/openapi.json", "/api/csrf"}


def test_anonymous_visitors_are_sent_to_login_on_every_route(multi_app: TestClient) -> None:
    client = _client(multi_app)
    checked = 0
    routes = [route for router in routers() for route in router.routes]
    for route in routes:
        if not isinstance(route, APIRoute) or route.path in PUBLIC:
            continue
        path = _path_for(route)
        for method in route.methods - {"HEAD"}:
            response = client.request(method, path)
            checked += 1
            if path.startswith("/api/"):
                assert response.status_code == 401, (method, path)
                assert response.json()["error"] == "log in to continue"
            else:
                assert response.status_code == 303, (method, path, response.status_code)
                assert response.headers["location"].startswith("/login")
    assert checked >= 30


def test_login_page_returns_to_the_page_asked_for(multi_app: TestClient) -> None:
    register(multi_app, "admin")
    client = _client(multi_app)
    location = client.get("/problems/two-sum").headers["location"]
    assert location == "/login?next=%2Fproblems%2Ftwo-sum"
    token = page_token(client, "/login?next=/problems/two-sum")
    response = client.post(
        "/login",
        data={
            "username": "admin",
            "password": PASSWORD,
            "next": "/problems/two-sum",
            "csrf_token": token,
        },
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/problems/two-sum"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "samesite=lax" in cookie.lower()
    assert "Secure" not in cookie  # plain HTTP on loopback
    assert client.get("/problems/two-sum").status_code == 200


def test_login_never_redirects_to_another_site(multi_app: TestClient) -> None:
    register(multi_app, "admin")
    client = _client(multi_app)
    token = page_token(client, "/login")
    response = client.post(
        "/login",
        data={
            "username": "admin",
            "password": PASSWORD,
            "next": "//evil.example/steal",
            "csrf_token": token,
        },
    )
    assert response.headers["location"] == "/"


def test_wrong_password_and_unknown_user_get_the_same_answer(multi_app: TestClient) -> None:
    register(multi_app, "admin")
    client = _client(multi_app)
    answers = []
    for username, password in (("admin", "wrong password!"), ("nobody", PASSWORD)):
        token = page_token(client, "/login")
        response = client.post(
            "/login", data={"username": username, "password": password, "csrf_token": token}
        )
        assert response.status_code == 401
        answers.append(re.search(r'data-testid="login-error">([^<]+)<', response.text))
    assert answers[0] and answers[1]
    assert answers[0].group(1) == answers[1].group(1) == "wrong username or password"


def test_login_attempts_are_rate_limited(multi_app: TestClient) -> None:
    register(multi_app, "admin")
    client = _client(multi_app)
    token = page_token(client, "/login")
    statuses = [
        client.post(
            "/login", data={"username": "admin", "password": "nope nope nope", "csrf_token": token}
        ).status_code
        for _ in range(11)
    ]
    assert statuses[:10] == [401] * 10
    assert statuses[10] == 429
    limited = client.post(
        "/login", data={"username": "admin", "password": PASSWORD, "csrf_token": token}
    )
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) > 0
    assert "too many login attempts" in limited.text


def test_logout_ends_the_session_for_good(multi_app: TestClient) -> None:
    client = register(multi_app, "admin")
    cookie = client.cookies.get("mldojo_session")
    assert cookie
    token = page_token(client, "/")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    replay = _client(multi_app)
    replay.cookies.set("mldojo_session", cookie)
    assert replay.get("/").status_code == 303


def test_sessions_expire(multi_app: TestClient, clock: FakeClock) -> None:
    client = register(multi_app, "admin")
    assert client.get("/").status_code == 200
    clock.advance(days=15)
    assert client.get("/").status_code == 303


def test_weak_passwords_and_taken_names_are_refused_with_reasons(multi_app: TestClient) -> None:
    register(multi_app, "admin")
    client = _client(multi_app)
    cases = [
        ({"username": "carol", "password": "short", "password_again": "short"}, "password"),
        ({"username": "admin", "password": PASSWORD, "password_again": PASSWORD}, "username"),
        ({"username": "Bad Name!", "password": PASSWORD, "password_again": PASSWORD}, "username"),
        (
            {"username": "carol", "password": PASSWORD, "password_again": "x" + PASSWORD},
            "password_again",
        ),
    ]
    for data, field in cases:
        token = page_token(client, "/register")
        response = client.post("/register", data={**data, "csrf_token": token})
        assert response.status_code == 422, data
        assert f'data-testid="error-{field}"' in response.text, (data, field)
        assert 'value="' + data["username"] + '"' in response.text  # the input is kept


def test_admin_can_close_registration(people: dict[str, TestClient], multi_app: TestClient) -> None:
    admin = people["admin"]
    token = page_token(admin, "/admin")
    assert admin.post("/admin/registration", data={"csrf_token": token}).status_code == 303
    assert "closed" in admin.get("/admin").text
    stranger = _client(multi_app)
    assert 'data-testid="registration-closed"' in stranger.get("/register").text
    token = page_token(stranger, "/register")
    refused = stranger.post(
        "/register",
        data={
            "username": "mallory",
            "password": PASSWORD,
            "password_again": PASSWORD,
            "csrf_token": token,
        },
    )
    assert refused.status_code in (403, 422)
    assert "registration is closed" in refused.text.lower()


def test_only_admins_reach_the_admin_pages(people: dict[str, TestClient]) -> None:
    for name in ("mentor", "alice"):
        client = people[name]
        assert client.get("/admin").status_code == 403
        token = page_token(client, "/")
        assert client.post("/admin/registration", data={"csrf_token": token}).status_code == 403
        response = client.post(
            "/admin/users/alice/role", data={"role": "admin", "csrf_token": token}
        )
        assert response.status_code == 403
    assert "Admin" not in people["alice"].get("/").text.split("<main")[0]


def test_learners_cannot_create_groups(people: dict[str, TestClient]) -> None:
    alice = people["alice"]
    token = page_token(alice, "/groups")
    response = alice.post("/groups", data={"name": "My own", "csrf_token": token})
    assert response.status_code == 403
    assert "only mentors and admins create groups" in response.text


def _submit_two_sum(client: TestClient) -> str:
    response = client.post(
        "/api/problems/two-sum/submit",
        json={"source": TWO_SUM_ACCEPTED},
        headers=api_headers(client),
    )
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


def test_a_learner_cannot_read_or_change_another_learners_work(
    people: dict[str, TestClient],
) -> None:
    alice, bob = people["alice"], people["bob"]
    bob_submission = _submit_two_sum(bob)
    bob_headers = api_headers(bob)
    bob.post(
        "/api/log",
        json={"duration": "30m", "notes": "bob's secret plan"},
        headers=bob_headers,
    )
    token = page_token(bob, "/log")
    bob.post("/log/notes", data={"topic": "stats", "body": "bob's note", "csrf_token": token})

    assert bob_submission not in alice.get("/api/submissions").text
    assert "bob's secret plan" not in alice.get("/api/log").text
    assert "bob's note" not in alice.get("/log").text
    assert alice.get("/api/progress").json()["solved"] == 0
    diff = alice.get(f"/problems/two-sum/diff?old={bob_submission}&new={bob_submission}")
    assert diff.status_code == 404
    assert alice.get("/learners/bob").status_code == 404
    assert alice.get("/api/learners/bob").status_code == 404
    comment = alice.post(
        "/api/learners/bob/comments", json={"body": "hi"}, headers=api_headers(alice)
    )
    assert comment.status_code == 404
    # A name that does not exist gets the same answer, so names cannot be probed.
    assert alice.get("/api/learners/nobody").json()["error"] == "no learner 'nobody' in your groups"
    assert alice.get("/api/learners/bob").json()["error"] == "no learner 'bob' in your groups"


def test_a_mentor_sees_and_comments_on_the_learners_of_their_groups(
    people: dict[str, TestClient],
) -> None:
    mentor, bob, alice = people["mentor"], people["bob"], people["alice"]
    _submit_two_sum(bob)
    assert [u["username"] for u in mentor.get("/api/learners").json()] == ["bob"]
    page = mentor.get("/learners/bob")
    assert page.status_code == 200
    assert 'data-testid="learner-solved">1<' in page.text
    assert "two-sum" in page.text
    detail = mentor.get("/api/learners/bob").json()
    assert detail["progress"]["solved"] == 1
    assert detail["submissions"][0]["verdict"] == "accepted"
    token = page_token(mentor, "/learners/bob")
    response = mentor.post(
        "/learners/bob/comments",
        data={"body": "Clean solution; now try it in O(1) space?", "csrf_token": token},
    )
    assert response.status_code == 303
    assert "Clean solution" in bob.get("/").text  # the learner sees it on the dashboard
    # The mentor of bob's group has no relation to alice.
    assert mentor.get("/learners/alice").status_code == 404
    assert "Clean solution" not in alice.get("/").text


def test_posts_without_a_valid_csrf_token_fail(people: dict[str, TestClient]) -> None:
    alice, bob = people["alice"], people["bob"]
    no_token = alice.post("/api/log", json={"duration": "10m", "notes": "x"})
    assert no_token.status_code == 403
    form = alice.post("/log", data={"duration": "10m", "notes": "x"})
    assert form.status_code == 403
    # A token from one session is worthless in another.
    bobs = api_headers(bob)
    stolen = alice.post("/api/log", json={"duration": "10m", "notes": "x"}, headers=bobs)
    assert stolen.status_code == 403
    assert alice.get("/api/log").json() == []


def test_submissions_are_rate_limited_per_user(people: dict[str, TestClient]) -> None:
    alice = people["alice"]
    headers = api_headers(alice)
    statuses = [
        alice.post(
            "/api/problems/two-sum/run", json={"source": "x = 1\n"}, headers=headers
        ).status_code
        for _ in range(31)
    ]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    # Another learner is not slowed down by alice.
    bob = people["bob"]
    assert (
        bob.post(
            "/api/problems/two-sum/run", json={"source": "x = 1\n"}, headers=api_headers(bob)
        ).status_code
        == 200
    )


def test_the_first_account_is_the_admin_and_later_ones_are_learners(
    people: dict[str, TestClient],
) -> None:
    roles = {name: client.get("/api/me").json()["role"] for name, client in people.items()}
    assert roles == {"admin": "admin", "mentor": "mentor", "alice": "learner", "bob": "learner"}


def test_single_user_mode_has_no_accounts(client: TestClient) -> None:
    assert client.get("/login").status_code == 404
    assert client.get("/api/me").json() == {"username": "local", "role": "learner"}
    assert client.get("/").status_code == 200


def test_secure_cookie_under_https(web_app: Application) -> None:
    web = create_app(web_app, multi_user=True, bind_host="mldojo.example")
    with TestClient(web, base_url="https://mldojo.example", follow_redirects=False) as client:
        html = client.get("/register").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', html)
        assert token
        response = client.post(
            "/register",
            data={
                "username": "admin",
                "password": PASSWORD,
                "password_again": PASSWORD,
                "csrf_token": token.group(1),
            },
        )
        assert response.status_code == 303
        assert "Secure" in response.headers["set-cookie"]

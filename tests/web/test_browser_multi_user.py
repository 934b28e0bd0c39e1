"""`mldojo serve --multi-user` in headless Chromium: accounts, logging in and out, mentors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import start_server

pytestmark = pytest.mark.browser
PASSWORD = "a long enough passphrase"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """A fresh multi-user install per test: its first account becomes the admin."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env["MLDOJO_HOME"] = str(tmp_path / "home")
    server, url = start_server(env, "--multi-user")
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _register(page: Any, url: str, username: str, name: str) -> None:
    page.goto(url + "/register")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Name shown on your dashboard").fill(name)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/settings?first=1")


def _log_in(page: Any, url: str, username: str) -> None:
    page.goto(url + "/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_register_log_out_and_log_in_again(served: str, page: Any) -> None:
    page.goto(served + "/problems")
    page.wait_for_url("**/login?next=%2Fproblems")
    _register(page, served, "grace", "Grace Hopper")
    assert page.get_by_test_id("viewer").inner_text() == "grace"
    page.get_by_test_id("logout").click()
    page.wait_for_url("**/login")
    page.goto(served + "/log")
    page.wait_for_url("**/login?next=%2Flog")
    page.get_by_label("Username").fill("grace")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_test_id("login-error").inner_text() == "wrong username or password"
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/log")
    assert page.get_by_role("heading", name="Study log").is_visible()


def test_a_mentor_sees_a_learner_and_comments(served: str, browser: Any) -> None:
    mentor_context = browser.new_context()
    learner_context = browser.new_context()
    try:
        admin = mentor_context.new_page()  # the first account of a fresh install is the admin
        _register(admin, served, "mentor", "Margaret Hamilton")
        admin.goto(served + "/groups")
        admin.get_by_label("Group name").fill("Evening cohort")
        admin.get_by_role("button", name="Create group").click()
        code = admin.get_by_test_id("invite-code").inner_text()

        learner = learner_context.new_page()
        _register(learner, served, "lin", "Lin Learner")
        learner.goto(served + "/groups")
        learner.get_by_label("Invite code").fill(code)
        learner.get_by_role("button", name="Join").click()
        assert "Evening cohort" in learner.get_by_test_id("group").inner_text()
        learner.goto(served + "/log")
        learner.get_by_label("Duration").fill("45m")
        learner.get_by_label("What did you study?").fill("PCA by hand")
        learner.get_by_role("button", name="Log time").click()

        admin.goto(served + "/groups")
        admin.get_by_role("link", name="lin").click()
        assert admin.get_by_test_id("learner-name").inner_text().startswith("Lin Learner")
        admin.get_by_role("textbox", name="Comment").fill("Good start: try the SVD route next.")
        admin.get_by_role("button", name="Add comment").click()
        assert "try the SVD route" in admin.get_by_test_id("comments").inner_text()

        learner.goto(served + "/")
        assert "try the SVD route" in learner.get_by_test_id("comments").inner_text()
        learner.goto(served + "/learners/mentor")
        assert "no learner" in learner.content()
    finally:
        mentor_context.close()
        learner_context.close()

"""`mldojo serve` in a real headless Chromium, as a user drives it with mouse and keyboard."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import start_server

pytestmark = pytest.mark.browser

# Typed by the keyboard into CodeMirror: its auto-indent supplies the leading spaces of the
# following lines, so each line is typed without them (Enter keeps the indentation).
TWO_SUM_TYPED = [
    "class Solution:",
    "def twoSum(self, nums, target):",
    "seen = {}",
    "for i, x in enumerate(nums):",
    "if target - x in seen:",
    "return [seen[target - x], i]",
]
WRONG_TWO_SUM = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"


@pytest.fixture(scope="module")
def served_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env["MLDOJO_HOME"] = str(tmp_path_factory.mktemp("served") / "home")
    subprocess.run(
        [sys.executable, "-m", "mldojo", "init", "--yes", "--name", "Ada Lovelace"],
        env=env,
        check=True,
        capture_output=True,
    )
    server, url = start_server(env)
    try:
        yield url, env
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_dashboard_in_chromium_shows_profile_and_goals(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    url, _ = served_home
    page.goto(url)
    assert page.get_by_test_id("profile-name").inner_text() == "Ada Lovelace"
    assert page.get_by_role("heading", name="Readiness by interview round").is_visible()
    assert page.get_by_test_id("next-step").is_visible()


def test_solve_problem_end_to_end_changes_dashboard(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    url, _ = served_home
    page.goto(url)
    solved_before = int(page.get_by_test_id("solved-count").inner_text())

    page.goto(url + "/problems")
    page.get_by_label("Search").fill("two sum")
    page.locator("[data-testid=problem-row][data-slug=two-sum]").wait_for()
    page.get_by_role("link", name="Two Sum", exact=True).click()
    page.wait_for_url("**/problems/two-sum")

    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    for line in TWO_SUM_TYPED:
        page.keyboard.type(line)
        page.keyboard.press("Enter")
    # Dedent one level with Shift+Tab (indentWithTab), then finish the loop body.
    page.keyboard.press("Shift+Tab")
    page.keyboard.type("seen[x] = i")
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    page.keyboard.type("return []")
    typed = page.locator("textarea#source").input_value()
    assert "        seen = {}" in typed and "                return [seen[target - x], i]" in typed

    page.get_by_test_id("run").click()
    verdict = page.get_by_test_id("verdict")
    verdict.wait_for()
    assert verdict.get_attribute("data-verdict") == "accepted"
    assert "public tests" in verdict.inner_text()

    page.get_by_test_id("submit").click()
    page.locator("[data-testid=verdict][data-verdict=accepted]:has-text('all tests')").wait_for()
    assert page.get_by_test_id("key-idea").is_visible()
    assert page.get_by_text("hidden test").first.is_visible()
    assert page.get_by_test_id("history-item").count() == 2

    page.get_by_role("link", name="Dashboard").click()
    assert int(page.get_by_test_id("solved-count").inner_text()) == solved_before + 1


def test_wrong_answer_shows_failing_public_test(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    url, _ = served_home
    page.goto(url + "/problems/two-sum")
    page.locator(".cm-editor").wait_for()
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(WRONG_TWO_SUM)
    page.get_by_test_id("run").click()
    page.locator("[data-testid=verdict][data-verdict=wrong_answer]").wait_for()
    failing = page.get_by_test_id("failing-public-test").first
    assert failing.is_visible()
    assert failing.get_by_test_id("actual").inner_text() == "[0, 1]"
    assert failing.get_by_test_id("expected").inner_text() not in ("", "[0, 1]")
    # Nothing is lost: the editor still holds the code.
    assert "return [0, 1]" in page.locator(".cm-content").inner_text()


def test_review_a_card_with_the_keyboard(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    from playwright.sync_api import expect

    url, _ = served_home
    page.goto(url + "/review")
    for _ in range(40):  # answer parametric cards until a question-and-answer card comes up
        card = page.get_by_test_id("review-card")
        card.wait_for()
        if card.get_attribute("data-kind") == "qa":
            break
        page.get_by_test_id("answer-input").fill("?")
        page.keyboard.press("Enter")
        page.get_by_test_id("graded").wait_for()
        assert "Not quite" in page.get_by_test_id("graded").inner_text()
        expect(page.get_by_test_id("next-card")).to_be_focused()
        page.keyboard.press("Enter")  # "Next card" has the focus
        page.get_by_test_id("graded").wait_for(state="detached")
    else:
        pytest.fail("no question-and-answer card in the session")
    question = page.locator("#card-question").inner_text()
    page.locator("body").press(" ")
    assert page.locator("#card-answer").is_visible()
    page.keyboard.press("3")
    page.get_by_text("Saved. Next card.").wait_for()
    assert page.locator("#card-question").inner_text() != question


def test_log_study_time_with_inline_validation(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    url, _ = served_home
    page.goto(url + "/log")
    page.get_by_label("Duration").fill("ninety minutes")
    page.get_by_label("What did you study?").fill("bias-variance trade-off")
    page.get_by_role("button", name="Log time").click()
    error = page.get_by_test_id("error-duration")
    assert "write it like 90m" in error.inner_text()
    assert page.get_by_label("What did you study?").input_value() == "bias-variance trade-off"
    page.get_by_label("Duration").fill("1h30")
    page.get_by_role("button", name="Log time").click()
    page.get_by_test_id("saved").wait_for()
    assert "bias-variance trade-off" in page.get_by_test_id("log-entry").first.inner_text()


def test_settings_validation_shows_messages_next_to_fields(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    url, _ = served_home
    page.goto(url + "/settings")
    page.get_by_label("Weekly study goal (hours)").fill("500")
    page.get_by_label("New cards per day").fill("-3")
    page.get_by_role("button", name="Save settings").click()
    assert "at most 100" in page.get_by_test_id("error-weekly_goal_hours").inner_text()
    assert "at least 0" in page.get_by_test_id("error-new_cards_per_day").inner_text()
    assert page.get_by_label("Weekly study goal (hours)").input_value() == "500"
    page.get_by_label("Weekly study goal (hours)").fill("12")
    page.get_by_label("New cards per day").fill("15")
    page.get_by_role("button", name="Save settings").click()
    page.get_by_test_id("saved").wait_for()
    assert page.get_by_label("Weekly study goal (hours)").input_value() == "12.0"


def test_page_screenshot_is_nonblank(
    served_home: tuple[str, dict[str, str]], page: Any, tmp_path: Path
) -> None:
    url, _ = served_home
    page.goto(url + "/roadmap")
    assert page.get_by_test_id("skill").count() >= 10
    shot = tmp_path / "roadmap.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_formulas_in_statements_are_typeset_offline(
    served_home: tuple[str, dict[str, str]], page: Any
) -> None:
    url, _ = served_home
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url + "/problems/softmax")
    page.wait_for_selector(".math.typeset .katex")
    assert page.locator(".math.typeset").count() >= 1
    assert page.locator(".math:not(.typeset)").count() == 0
    assert all(r.startswith(url) for r in requests)  # no CDN: every file comes from the app

"""Submitting code through the grading service: stored, graded in the sandbox, recorded once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mldojo.bootstrap import Application
from mldojo.domain.submission import SubmissionMode, SubmissionStatus, Verdict
from mldojo.errors import NotFoundError
from tests.conftest import FakeClock

pytestmark = pytest.mark.sandbox

TWO_SUM = b"""
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""
WRONG_TWO_SUM = b"""
class Solution:
    def twoSum(self, nums, target):
        return [0, 1]
"""


def test_accepted_submission_is_stored_with_its_tests(grading_app: Application) -> None:
    [graded] = grading_app.grading.submit_many("two-sum", [TWO_SUM])
    assert graded.verdict is Verdict.ACCEPTED
    assert graded.status is SubmissionStatus.GRADED
    assert graded.result is not None
    hidden = [t for t in graded.result["tests"] if not t["public"]]
    assert hidden
    assert all("expected" not in t and "input" not in t for t in hidden)
    assert grading_app.grading.history("two-sum")[0].id == graded.id


def test_wrong_answer_shows_the_failing_public_example(grading_app: Application) -> None:
    [graded] = grading_app.grading.submit_many("two-sum", [WRONG_TWO_SUM])
    assert graded.verdict is Verdict.WRONG_ANSWER
    assert graded.result is not None
    failing = next(t for t in graded.result["tests"] if t["verdict"] != "accepted")
    assert failing["public"] is True
    assert failing["input"] == [[3, 8, 12, 5], 17]
    assert failing["expected"] == [2, 3]
    assert failing["actual"] == [0, 1]


def test_run_mode_grades_public_examples_only(grading_app: Application) -> None:
    [graded] = grading_app.grading.submit_many("two-sum", [TWO_SUM], SubmissionMode.RUN)
    assert graded.verdict is Verdict.ACCEPTED
    assert graded.result is not None
    assert all(t["public"] for t in graded.result["tests"])
    assert len(graded.result["tests"]) == 3


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (b"\xff\xfeclass Solution: pass", "not UTF-8"),
        (b"class Solution:\x00 pass", "NUL byte"),
        (b"#" * 70_000, "limit is 65536 bytes"),
        (b"   \n", "empty"),
    ],
    ids=["not-utf8", "nul", "too-big", "empty"],
)
def test_unusable_source_is_recorded_as_rejected(
    grading_app: Application, source: bytes, reason: str
) -> None:
    [graded] = grading_app.grading.submit_many("two-sum", [source])
    assert graded.verdict is Verdict.REJECTED
    assert graded.result is not None
    assert reason in graded.result["message"]


def test_unknown_slug_is_an_error_not_a_submission(grading_app: Application) -> None:
    with pytest.raises(NotFoundError, match="did you mean two-sum"):
        grading_app.grading.submit_many("two-summ", [TWO_SUM])
    assert grading_app.grading.history() == []


def test_second_result_for_a_submission_is_not_recorded(grading_app: Application) -> None:
    submission = grading_app.grading.create_submission("two-sum", TWO_SUM)
    first = grading_app.grading.grade_pending(submission.id)
    again = grading_app.grading.grade_pending(submission.id)
    assert again == first
    with grading_app.uow_factory() as uow:
        assert uow.submissions.record_result(first) is False


def test_requeue_grades_what_was_left_pending(grading_app: Application, clock: FakeClock) -> None:
    stuck = grading_app.grading.create_submission("two-sum", TWO_SUM)
    clock.advance(minutes=5)
    assert grading_app.grading.requeue_stale(timedelta(minutes=2)) == [stuck.id]
    [stored] = grading_app.grading.history()
    assert stored.verdict is Verdict.ACCEPTED
    assert grading_app.grading.requeue_stale(timedelta(minutes=2)) == []

"""Web schemas of the JSON API (XCreate for input, XPublic for output), apart from domain models."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# Large enough that an oversized source reaches the grader and gets a `rejected` verdict that
# says so (the grader's own limit is MLDOJO_MAX_SOURCE_BYTES), small enough to bound a request.
MAX_API_SOURCE_CHARS = 2_000_000


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorPublic(_Schema):
    """Every error of the API."""

    ok: Literal[False] = False
    error: str
    status: int


class CsrfPublic(_Schema):
    """A CSRF token for the X-CSRF-Token header of POST requests."""

    token: str
    header: str


class ProblemSummaryPublic(_Schema):
    """A problem as the list shows it, with your status on it."""

    slug: str
    title: str
    kind: str
    difficulty: str
    topics: list[str]
    leetcode: int | None
    estimated_minutes: int
    skill: str
    status: Literal["solved", "attempted", "new"]


class ExamplePublic(_Schema):
    """A public example: its input and the expected output."""

    name: str
    input: Any
    expected: Any


class ProblemPublic(ProblemSummaryPublic):
    """A problem with its statement, starter code, public examples and hints."""

    statement: str
    starter: str
    examples: list[ExamplePublic]
    hints: list[str]
    key_idea: str | None = Field(description="Shown once you have solved the problem.")


class SubmissionCreate(_Schema):
    """Code to run on the public tests or to submit on all tests."""

    source: str = Field(max_length=MAX_API_SOURCE_CHARS)


class TestResultPublic(_Schema):
    """One test's outcome; hidden tests carry only their number and verdict."""

    number: int
    name: str | None = None
    verdict: str
    time_ms: float | None = None
    public: bool
    message: str = ""
    input: Any = None
    expected: Any = None
    actual: Any = None


class SubmissionSummaryPublic(_Schema):
    """A submission in a list."""

    id: str
    problem_slug: str
    mode: Literal["run", "submit"]
    status: Literal["pending", "graded"]
    verdict: str | None
    time_ms: float | None
    created_at: datetime
    graded_at: datetime | None


class SubmissionPublic(SubmissionSummaryPublic):
    """A graded submission with its per-test results."""

    message: str
    passed: int
    total: int
    tests: list[TestResultPublic]


class EstimatePublic(_Schema):
    """Readiness with its uncertainty."""

    readiness: float
    uncertainty: float
    evidence: float
    is_thin: bool


class RoundPublic(EstimatePublic):
    """Readiness for one interview round."""

    round: str
    label: str


class ProgressPublic(_Schema):
    """Where you stand: readiness per round and skill, goals, streak."""

    rounds: list[RoundPublic]
    skills: dict[str, EstimatePublic]
    solved: int
    solved_goal: int
    solved_by_kind: dict[str, int]
    week_minutes: int
    week_goal_minutes: int
    streak_days: int


class RecommendationPublic(_Schema):
    """One thing to do now, and why."""

    action: str
    reason: str
    command: str
    url: str
    item: str | None


class StudyEntryCreate(_Schema):
    """Study time to log: a duration like 90m, 1h30 or 1.5h, and what you studied."""

    duration: str = Field(max_length=50, examples=["1h30"])
    notes: str = Field(max_length=20_000, examples=["softmax and its gradient"])
    topic: str | None = Field(default=None, max_length=200, examples=["deep-learning"])


class StudyEntryPublic(_Schema):
    """A study-log entry."""

    id: str
    logged_at: datetime
    minutes: int
    topic: str | None
    notes: str
    source: str


class ReviewItemPublic(_Schema):
    """An item of today's review session."""

    key: str
    kind: Literal["card", "problem"]
    slug: str
    is_new: bool
    due: datetime | None


class ReviewQueuePublic(_Schema):
    """Today's reviews within the daily limits."""

    items: list[ReviewItemPublic]
    due_total: int
    new_available: int


class UserPublic(_Schema):
    """An account."""

    username: str
    role: Literal["learner", "mentor", "admin"]


class CommentCreate(_Schema):
    """A mentor's comment on a learner's work."""

    body: str = Field(min_length=1, max_length=5000)
    subject: str = Field(default="general", max_length=200, examples=["submission:…", "notes"])


class CommentPublic(_Schema):
    """A comment on a learner's work."""

    id: str
    author: str
    learner: str
    subject: str
    body: str
    created_at: datetime


class LearnerPublic(_Schema):
    """What a mentor sees of a learner: readiness, recent submissions and comments."""

    username: str
    progress: ProgressPublic | None
    submissions: list[SubmissionSummaryPublic]
    comments: list[CommentPublic]

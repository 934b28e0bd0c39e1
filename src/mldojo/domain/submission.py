"""Submissions: a learner's code for a problem, and what the grader made of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class SubmissionStatus(StrEnum):
    """Where a submission is in its life."""

    PENDING = "pending"
    GRADED = "graded"


class SubmissionMode(StrEnum):
    """Run checks the public tests only; submit checks every test."""

    RUN = "run"
    SUBMIT = "submit"


class Verdict(StrEnum):
    """The outcome of grading a submission or one of its tests."""

    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT_EXCEEDED = "time_limit_exceeded"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"
    RUNTIME_ERROR = "runtime_error"
    COMPILE_ERROR = "compile_error"
    REJECTED = "rejected"
    SYSTEM_ERROR = "system_error"


class Submission(BaseModel):
    """One submission as stored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    problem_slug: str = Field(min_length=1, max_length=200)
    mode: SubmissionMode = SubmissionMode.SUBMIT
    language: str = "python"
    source: str
    status: SubmissionStatus = SubmissionStatus.PENDING
    verdict: Verdict | None = None
    time_ms: float | None = None
    result: dict[str, Any] | None = None
    created_at: datetime
    graded_at: datetime | None = None


@dataclass(frozen=True)
class Attempt:
    """What readiness and progress need of a submission: no source, no per-test results."""

    problem_slug: str
    mode: SubmissionMode
    status: SubmissionStatus
    verdict: Verdict | None
    created_at: datetime
    graded_at: datetime | None

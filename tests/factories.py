"""Builders of domain objects for tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from mldojo.domain.study import StudyEntry
from mldojo.domain.submission import Submission, SubmissionStatus, Verdict

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def make_submission(**overrides: Any) -> Submission:
    fields: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "problem_slug": "two-sum",
        "source": "class Solution:\n    pass\n",
        "created_at": T0,
    }
    fields.update(overrides)
    return Submission(**fields)


def make_graded_submission(**overrides: Any) -> Submission:
    fields: dict[str, Any] = {
        "status": SubmissionStatus.GRADED,
        "verdict": Verdict.ACCEPTED,
        "time_ms": 12.5,
        "result": {"tests": [{"name": "1", "verdict": "accepted"}]},
        "graded_at": T0,
    }
    fields.update(overrides)
    return make_submission(**fields)


def make_study_entry(**overrides: Any) -> StudyEntry:
    fields: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "logged_at": T0,
        "minutes": 45,
        "topic": "linear algebra",
        "notes": "eigenvalues, by hand",
    }
    fields.update(overrides)
    return StudyEntry(**fields)

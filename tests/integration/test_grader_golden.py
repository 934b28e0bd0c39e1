"""Golden grader cases: tests/golden/grader/<case>/{submission.txt, expected.json}.

Submissions are .txt so that ruff neither lints nor reformats learner code (some of it is
wrong on purpose, and reformatting would move the line numbers the messages quote).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from mldojo.config import IsolationMode
from mldojo.domain.grading import (
    CallStyle,
    CheckerKind,
    CheckerSpec,
    EntryPoint,
    GradingCase,
    GradingJob,
    Limits,
    ValueKind,
)
from mldojo.grader.engine import GradingEngine

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "grader"
LIMITS = Limits(time_limit_s=0.1, total_time_limit_s=2.0)
X = np.array([[-1.0, 0.5, 2.0], [3.0, -0.25, 0.0]])
PROBLEMS = {
    "two_sum": (
        EntryPoint(CallStyle.SOLUTION, "twoSum"),
        (
            GradingCase("example 1", ([2, 7, 11, 15], 9), [0, 1], is_public=True),
            GradingCase("example 2", ([3, 2, 4, 1], 6), [1, 2], is_public=True),
            GradingCase("pair at the end", ([1, 5, 3, 8], 11), [2, 3]),
        ),
        CheckerSpec(),
    ),
    "relu": (
        EntryPoint(CallStyle.FUNCTION, "relu", (ValueKind.NDARRAY,), ValueKind.NDARRAY),
        (
            GradingCase("example", (X,), np.maximum(X, 0.0), is_public=True),
            GradingCase("large", (X * 1e6,), np.maximum(X * 1e6, 0.0)),
        ),
        CheckerSpec(CheckerKind.FLOAT, check_dtype_kind=True),
    ),
}


@pytest.fixture(scope="module")
def engine() -> Iterator[GradingEngine]:
    with GradingEngine(isolation=IsolationMode.BWRAP, workers=2) as grading:
        assert grading.wait_ready(30)
        yield grading


@pytest.mark.sandbox
@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir()), ids=str)
def test_golden_case_gets_its_recorded_verdict(engine: GradingEngine, case: str) -> None:
    expected = json.loads((GOLDEN / case / "expected.json").read_text())
    entry, cases, checker = PROBLEMS[expected["problem"]]
    source = (GOLDEN / case / "submission.txt").read_text()
    report = engine.grade(GradingJob(case, source, entry, cases, checker, LIMITS))
    assert report.verdict.value == expected["verdict"]
    assert report.message == expected["message"]
    if "tests" in expected:
        assert [[t.name, t.verdict.value] for t in report.tests] == expected["tests"]

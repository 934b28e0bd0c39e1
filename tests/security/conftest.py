"""Shared fixtures of the hostile suite: one bubblewrap pool, a host canary, health checks."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mldojo.config import IsolationMode
from mldojo.domain.grading import (
    CallStyle,
    EntryPoint,
    GradeReport,
    GradingCase,
    GradingJob,
    Limits,
)
from mldojo.domain.submission import Verdict
from mldojo.grader.engine import GradingEngine

# Planted in this process's environment before any worker starts: it must never show.
ENV_SECRET = f"env-secret-{uuid.uuid4().hex}"
os.environ["MLDOJO_SECURITY_CANARY"] = ENV_SECRET
EXPECTED_CANARY = f"expected-canary-{uuid.uuid4().hex}"
LIMITS = Limits(time_limit_s=0.5, total_time_limit_s=2.0, memory_mb=256, output_kb=16)
MARGIN_S = 1.5
ENTRY = EntryPoint(CallStyle.FUNCTION, "solve")
CASES = (
    GradingCase("public", (3,), "9", is_public=True),
    GradingCase("hidden", (7,), EXPECTED_CANARY),
)
HEALTH_CASES = (
    GradingCase("public", (3,), 9, is_public=True),
    GradingCase("hidden", (4,), 16),
)


@dataclass(frozen=True)
class Outcome:
    """A graded hostile submission and how long grading took."""

    report: GradeReport
    elapsed_s: float

    @property
    def everything_shown(self) -> str:
        """Return every text the learner sees."""
        tests = " ".join(f"{t.message} {t.actual!r}" for t in self.report.tests)
        return f"{self.report.message} {self.report.stdout} {tests}"


@pytest.fixture(scope="session")
def engine() -> Iterator[GradingEngine]:
    """Return one warm bubblewrap pool for the whole suite."""
    with GradingEngine(isolation=IsolationMode.BWRAP, workers=2, recycle_after=1000) as grading:
        assert grading.wait_ready(30)
        yield grading


@pytest.fixture
def host_canary(tmp_path: Path) -> Path:
    """Plant a secret file on the host, outside anything the sandbox shows."""
    canary = tmp_path / "canary.txt"
    canary.write_text(f"host-secret-{uuid.uuid4().hex}")
    return canary


def grade(engine: GradingEngine, source: str, limits: Limits = LIMITS) -> Outcome:
    """Grade a hostile source on Submit and check the pool is healthy afterwards."""
    started = time.monotonic()
    report = engine.grade(GradingJob("hostile", source, ENTRY, CASES, limits=limits))
    elapsed = time.monotonic() - started
    assert elapsed < limits.total_time_limit_s + limits.time_limit_s + MARGIN_S
    assert EXPECTED_CANARY not in Outcome(report, elapsed).everything_shown
    assert ENV_SECRET not in Outcome(report, elapsed).everything_shown
    assert_pool_healthy(engine)
    assert report.verdict is not Verdict.SYSTEM_ERROR
    return Outcome(report, elapsed)


def assert_pool_healthy(engine: GradingEngine) -> None:
    """Check the pool still tells a right solution from a wrong one."""
    right_source = "import numpy as np\ndef solve(x):\n    return int(np.square(x))\n"
    right = engine.grade(GradingJob("right", right_source, ENTRY, HEALTH_CASES))
    assert right.verdict is Verdict.ACCEPTED, right
    wrong_source = "def solve(x):\n    return sum([x, x])\n"
    wrong = engine.grade(GradingJob("wrong", wrong_source, ENTRY, HEALTH_CASES))
    assert wrong.verdict is Verdict.WRONG_ANSWER, wrong

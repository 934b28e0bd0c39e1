"""Problems as learners see them, and how they are graded."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from mldojo.domain.grading import CheckerSpec, EntryPoint, GradingCase


class ProblemKind(StrEnum):
    """The four kinds of graded coding problem."""

    DSA = "dsa"
    ML = "ml"
    PANDAS = "pandas"
    SQL = "sql"

    @property
    def default_skill(self) -> str:
        """Return the roadmap skill a problem of this kind trains unless it says otherwise."""
        return {"dsa": "dsa", "ml": "classical-ml", "pandas": "ml-workflow", "sql": "ml-workflow"}[
            self.value
        ]


class Difficulty(StrEnum):
    """How hard a problem is, as interviews grade it."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class ProblemStatus(StrEnum):
    """Where a learner stands on a problem."""

    SOLVED = "solved"  # an accepted submit
    ATTEMPTED = "attempted"  # run or submitted, never accepted
    NEW = "new"  # never tried


@dataclass(frozen=True)
class ProblemSummary:
    """What a problem list shows."""

    slug: str
    id: str
    title: str
    kind: ProblemKind
    difficulty: Difficulty
    topics: tuple[str, ...]
    estimated_minutes: int
    leetcode: int | None = None
    skill: str = "dsa"  # the roadmap skill it trains


@dataclass(frozen=True)
class TimePolicy:
    """How the per-test time limit is set: a multiple of the reference's time, with a floor."""

    factor: float = 8.0
    floor_s: float = 1.0
    ceiling_s: float = 10.0

    def limit_for(self, reference_seconds: float) -> float:
        """Return the per-test limit for a reference that took this long on its slowest test."""
        return min(self.ceiling_s, max(self.floor_s, self.factor * reference_seconds))


@dataclass(frozen=True)
class Problem:
    """A problem with everything a learner reads and the grader needs, except its tests."""

    summary: ProblemSummary
    statement: str
    starter: str
    hints: tuple[str, ...]
    key_idea: str
    entry: EntryPoint
    checker: CheckerSpec
    time_policy: TimePolicy = field(default_factory=TimePolicy)
    memory_mb: int = 512

    @property
    def slug(self) -> str:
        """Return the problem's slug."""
        return self.summary.slug


@dataclass(frozen=True)
class ProblemTests:
    """A problem's tests with expected outputs, as the trusted parent holds them."""

    public: tuple[GradingCase, ...]
    hidden: tuple[GradingCase, ...]

    @property
    def all(self) -> tuple[GradingCase, ...]:
        """Return public then hidden cases."""
        return self.public + self.hidden


@dataclass(frozen=True)
class KnownSolution:
    """A solution shipped with a problem: under wrong/ one the tests must reject (known-wrong or
    too slow), under accepted/ one they must accept (a correct solution in another style)."""

    name: str
    source: str
    note: str  # its first line: the mistake it represents, or the style it is written in

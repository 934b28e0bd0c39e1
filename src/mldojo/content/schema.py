"""The schema of problem.toml, validated with pydantic (unknown keys are errors)."""

from __future__ import annotations

import re
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mldojo.domain.grading import CallStyle, CheckerKind, ValueKind
from mldojo.domain.problem import Difficulty, ProblemKind
from mldojo.domain.roadmap import SKILLS

PROBLEM_SCHEMA_VERSION = 1
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The usual interview patterns; every DSA problem names at least one.
DSA_PATTERNS = frozenset(
    {
        "arrays-and-hashing",
        "two-pointers",
        "sliding-window",
        "stack",
        "binary-search",
        "linked-list",
        "trees",
        "tries",
        "heap",
        "backtracking",
        "graphs",
        "advanced-graphs",
        "1d-dynamic-programming",
        "2d-dynamic-programming",
        "greedy",
        "intervals",
        "math-and-geometry",
        "bit-manipulation",
    }
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntrySpec(_Strict):
    """What the harness calls."""

    style: CallStyle
    name: str = Field(min_length=1, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    args: list[ValueKind] = Field(default_factory=list)
    returns: ValueKind = ValueKind.PLAIN
    output_arg: int | None = Field(
        default=None, ge=0, description="Judge this argument after the call (in-place problems)."
    )


class CheckerConfig(_Strict):
    """How outputs are compared."""

    kind: CheckerKind = CheckerKind.EXACT
    rtol: float = Field(default=1e-6, ge=0)
    atol: float = Field(default=1e-8, ge=0)
    dtype_kind: bool = False
    rows_sum_to_one: bool = False


class LimitsConfig(_Strict):
    """Per-problem resource limits; the time limit is calibrated against the reference."""

    time_factor: float = Field(default=8.0, ge=1.5, le=100)
    time_floor_s: float = Field(default=1.0, gt=0, le=30)
    memory_mb: int = Field(default=512, ge=64, le=4096)


class ProblemManifest(_Strict):
    """problem.toml."""

    schema_version: Literal[1]
    id: uuid.UUID
    slug: str
    title: str = Field(min_length=3, max_length=120)
    kind: ProblemKind
    difficulty: Difficulty
    topics: list[str] = Field(min_length=1)
    leetcode: int | None = Field(default=None, ge=1)
    estimated_minutes: int = Field(ge=5, le=180, description="Time a prepared learner needs.")
    skill: str | None = Field(default=None, description="Roadmap skill; default from the kind.")
    hints: list[str] = Field(min_length=2, max_length=4)
    key_idea: str = Field(min_length=40)
    entry: EntrySpec
    checker: CheckerConfig = Field(default_factory=CheckerConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        if not SLUG_PATTERN.match(value):
            raise ValueError("use lowercase words joined by hyphens, e.g. two-sum")
        return value

    @field_validator("topics")
    @classmethod
    def _topic_shape(cls, value: list[str]) -> list[str]:
        for topic in value:
            if not SLUG_PATTERN.match(topic):
                raise ValueError(f"topic {topic!r}: use lowercase words joined by hyphens")
        return value

    @field_validator("skill")
    @classmethod
    def _known_skill(cls, value: str | None) -> str | None:
        if value is not None and value not in SKILLS:
            raise ValueError(f"unknown skill; choose one of {', '.join(SKILLS)}")
        return value

    @model_validator(mode="after")
    def _dsa_has_a_pattern(self) -> ProblemManifest:
        if self.kind is ProblemKind.DSA and not DSA_PATTERNS.intersection(self.topics):
            raise ValueError(
                "topics: a dsa problem names at least one pattern: "
                + ", ".join(sorted(DSA_PATTERNS))
            )
        return self

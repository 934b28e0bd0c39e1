"""Interview prompts that people grade against a rubric: system design and behavioral."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RubricKind(StrEnum):
    """Which rubric a prompt is scored with."""

    ML_SYSTEM_DESIGN = "ml-system-design"
    SYSTEM_DESIGN = "system-design"
    BEHAVIORAL = "behavioral"


# Each rubric's dimensions in the order an answer should cover them; every one is scored 0-3.
RUBRIC_DIMENSIONS: dict[RubricKind, tuple[str, ...]] = {
    RubricKind.ML_SYSTEM_DESIGN: (
        "requirements",
        "objective-and-labels",
        "data",
        "features",
        "model",
        "offline-metrics",
        "online-testing",
        "serving",
        "monitoring-and-retraining",
        "trade-offs",
    ),
    RubricKind.SYSTEM_DESIGN: (
        "requirements-and-estimates",
        "api",
        "data-model",
        "high-level-design",
        "scaling-and-partitioning",
        "storage",
        "caching",
        "consistency-and-reliability",
        "trade-offs",
    ),
    RubricKind.BEHAVIORAL: (
        "structure",
        "specificity",
        "ownership",
        "measured-impact",
        "reflection",
    ),
}
SCORE_LEVELS = (0, 1, 2, 3)

BEHAVIORAL_CATEGORIES: dict[str, str] = {
    "background-and-motivation": "Background and motivation",
    "project-deep-dive": "Project deep-dive",
    "conflict-and-collaboration": "Conflict and collaboration",
    "failure-and-learning": "Failure and learning",
    "stakeholder-communication": "Stakeholder communication",
    "ml-judgment": "ML judgment",
}


@dataclass(frozen=True)
class RubricDimension:
    """One scored dimension: what each score level looks like in an answer."""

    key: str
    title: str
    levels: tuple[str, str, str, str]


@dataclass(frozen=True)
class Rubric:
    """A rubric: its dimensions in order."""

    kind: RubricKind
    dimensions: tuple[RubricDimension, ...]

    @property
    def max_score(self) -> int:
        return 3 * len(self.dimensions)


@dataclass(frozen=True)
class Clarification:
    """A question the candidate may ask, the interviewer's answer, and whether it matters."""

    question: str
    answer: str
    matters: bool


@dataclass(frozen=True)
class DesignPrompt:
    """A system design question (ML or general) with what a strong answer covers per dimension."""

    id: str
    slug: str
    kind: RubricKind
    title: str
    difficulty: str
    estimated_minutes: int
    skills: tuple[str, ...]
    prompt: str
    clarifications: tuple[Clarification, ...]
    strong: dict[str, str]
    follow_ups: tuple[str, ...]


@dataclass(frozen=True)
class StarGuidance:
    """What to put in each part of a STAR answer to one prompt."""

    situation: str
    task: str
    action: str
    result: str


@dataclass(frozen=True)
class BehavioralPrompt:
    """A behavioral question with what the interviewer listens for and STAR guidance."""

    id: str
    slug: str
    category: str
    question: str
    listens_for: str
    star: StarGuidance
    follow_ups: tuple[str, ...]
    social: bool

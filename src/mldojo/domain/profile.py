"""Learner profile: who the learner is and what they aim for."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_WEEKLY_HOURS = 10.0
LOCAL_USERNAME = "local"


class TargetTier(StrEnum):
    """The kind of employer the learner aims at, which sets the problem-count goal."""

    FAANG = "faang"
    STANDARD = "standard"

    @property
    def solved_problem_goal(self) -> int:
        """Return how many solved problems this tier calls for."""
        return 150 if self is TargetTier.FAANG else 50


class Role(StrEnum):
    """What a user may do in a multi-user installation."""

    LEARNER = "learner"
    MENTOR = "mentor"
    ADMIN = "admin"


class Profile(BaseModel):
    """A learner's goals."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    target_role: str = Field(default="Machine Learning Engineer", min_length=1, max_length=200)
    target_tier: TargetTier = TargetTier.STANDARD
    weekly_goal_hours: float = Field(default=DEFAULT_WEEKLY_HOURS, gt=0, le=100)
    desired_retention: float = Field(default=0.9, ge=0.7, le=0.99)
    new_cards_per_day: int = Field(default=20, ge=0, le=500)
    max_reviews_per_day: int = Field(default=200, ge=1, le=5000)
    fsrs_parameters: list[float] | None = None  # fitted by `mldojo review optimize`
    created_at: datetime
    updated_at: datetime

    @field_validator("name", "target_role", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @property
    def solved_problem_goal(self) -> int:
        """Return the number of solved problems the profile aims for."""
        return self.target_tier.solved_problem_goal


class User(BaseModel):
    """An account. A single-user installation has one, named 'local'."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: int
    username: str
    email: str | None = None
    role: Role = Role.LEARNER
    created_at: datetime

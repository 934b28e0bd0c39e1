"""Spaced-repetition items and their review history, for cards and for coding problems."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

FAST_SOLVE_FACTOR = 1.0  # solved within the estimated minutes: a clean solve
SLOW_SOLVE_FACTOR = 2.0  # beyond twice the estimate: solved, but with difficulty


class ItemKind(StrEnum):
    """What is being remembered."""

    CARD = "card"
    PROBLEM = "problem"


class Rating(IntEnum):
    """How a recall went, on FSRS's four-point scale."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


def item_key(kind: ItemKind, slug: str) -> str:
    """Return the key that names an item across cards and problems: 'card:slug'."""
    return f"{kind.value}:{slug}"


def split_item_key(key: str) -> tuple[ItemKind, str]:
    """Return the kind and slug of an item key."""
    kind, _, slug = key.partition(":")
    return ItemKind(kind), slug


class ReviewState(BaseModel):
    """Where an item stands in the schedule: the FSRS memory state and the next due time."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    item_key: str
    due: datetime
    memory: dict[str, Any]  # the scheduler's own serialised card state
    introduced_at: datetime
    reviews: int = Field(default=0, ge=0)
    lapses: int = Field(default=0, ge=0)


class ReviewEntry(BaseModel):
    """One recall, as the review log keeps it (the optimizer learns from these)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    item_key: str
    rating: Rating
    reviewed_at: datetime
    duration_ms: int | None = Field(default=None, ge=0)


def rating_for_solve(
    *, accepted: bool, failed_attempts: int, minutes: float | None, estimated_minutes: int
) -> Rating:
    """Turn a coding attempt into a recall rating: a failed or slow solve is due again soon."""
    if not accepted:
        return Rating.AGAIN
    if minutes is not None and minutes > SLOW_SOLVE_FACTOR * estimated_minutes:
        return Rating.HARD
    if failed_attempts >= 2:
        return Rating.HARD
    if failed_attempts == 0 and minutes is not None and minutes <= estimated_minutes / 2:
        return Rating.EASY
    return Rating.GOOD

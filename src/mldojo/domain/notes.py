"""Markdown notes by topic: what the learner wrote down while studying."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Note(BaseModel):
    """One note on a topic."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    topic: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1)
    created_at: datetime

    @field_validator("topic", "body", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

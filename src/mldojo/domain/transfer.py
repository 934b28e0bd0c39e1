"""The export document: all of one user's data, versioned."""

from __future__ import annotations

from datetime import datetime
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from mldojo.domain.notes import Note
from mldojo.domain.profile import Profile, Role
from mldojo.domain.reviews import ReviewEntry, ReviewState
from mldojo.domain.study import StudyEntry
from mldojo.domain.submission import Submission

EXPORT_FORMAT: Final = "mldojo-export"
EXPORT_SCHEMA_VERSION = 2  # 2 added reviews and notes; 1 is still read


class ExportedUser(BaseModel):
    """The account part of an export."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    username: str = Field(min_length=1, max_length=100)
    email: str | None = None
    role: Role = Role.LEARNER


class ExportDocument(BaseModel):
    """Everything mldojo knows about one user, as one JSON document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["mldojo-export"] = EXPORT_FORMAT
    schema_version: int = EXPORT_SCHEMA_VERSION
    exported_at: datetime
    mldojo_version: str
    user: ExportedUser
    profile: Profile | None = None
    submissions: list[Submission] = Field(default_factory=list)
    study_log: list[StudyEntry] = Field(default_factory=list)
    review_states: list[ReviewState] = Field(default_factory=list)
    review_log: list[ReviewEntry] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)

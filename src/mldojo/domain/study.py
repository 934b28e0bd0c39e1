"""Study-log entries and the durations learners type for them."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

MAX_ENTRY_MINUTES = 24 * 60

_DURATION = re.compile(
    r"""^\s*(?:
        (?P<hours_dec>\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?\s*
        (?:(?P<minutes_after>\d+)\s*(?:m(?:in(?:utes?)?)?)?)?
      | (?P<minutes>\d+)\s*m(?:in(?:utes?)?)?
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


class StudySource(StrEnum):
    """Where a study-log entry came from."""

    MANUAL = "manual"
    PRACTICE = "practice"


class StudyEntry(BaseModel):
    """Time spent studying, with notes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    logged_at: datetime
    minutes: int = Field(gt=0, le=MAX_ENTRY_MINUTES)
    topic: str | None = None
    notes: str = ""
    source: StudySource = StudySource.MANUAL


def parse_duration_minutes(text: str) -> int:
    """Parse '90m', '1h30', '1h 30m' or '1.5h' into whole minutes.

    Raises ValueError with a message that shows the accepted forms.
    """
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"cannot read duration {text!r}: write it like 90m, 1h30 or 1.5h")
    if match["minutes"] is not None:
        minutes = int(match["minutes"])
    else:
        hours = float(match["hours_dec"])
        extra = int(match["minutes_after"] or 0)
        if extra and "." in match["hours_dec"]:
            raise ValueError(f"cannot read duration {text!r}: use 1h30 or 1.5h, not both forms")
        if extra >= 60:
            raise ValueError(f"cannot read duration {text!r}: minutes after hours must be < 60")
        minutes = round(hours * 60) + extra
    if minutes <= 0:
        raise ValueError(f"duration {text!r} is zero: log at least one minute")
    if minutes > MAX_ENTRY_MINUTES:
        raise ValueError(f"duration {text!r} is longer than a day: split it into daily entries")
    return minutes

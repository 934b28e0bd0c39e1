"""Durations as learners type them for the study log."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mldojo.domain.study import parse_duration_minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("90m", 90),
        ("90 min", 90),
        ("1h30", 90),
        ("1h 30m", 90),
        ("1.5h", 90),
        ("2h", 120),
        ("0.25h", 15),
        ("1 hour", 60),
        (" 45m ", 45),
    ],
)
def test_parse_duration_reads_common_forms(text: str, minutes: int) -> None:
    assert parse_duration_minutes(text) == minutes


@pytest.mark.parametrize("text", ["", "soon", "1h75", "1.5h30", "0m", "25h", "-1h", "h"])
def test_parse_duration_rejects_unreadable_or_implausible(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration_minutes(text)


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_parse_duration_hours_and_minutes_agree_with_minutes(hours: int, minutes: int) -> None:
    total = hours * 60 + minutes
    if total == 0:
        return
    assert parse_duration_minutes(f"{hours}h{minutes:02d}") == total
    assert parse_duration_minutes(f"{total}m") == total

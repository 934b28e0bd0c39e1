"""Results of the environment checks that `mldojo doctor` runs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CheckStatus(StrEnum):
    """How a check came out."""

    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class CheckResult:
    """One line of the doctor's report: what was checked, what was found, how to fix it."""

    name: str
    status: CheckStatus
    detail: str
    fix: str = ""

    @property
    def is_problem(self) -> bool:
        """Return whether this result needs the user's attention."""
        return self.status in (CheckStatus.WARNING, CheckStatus.FAILED)

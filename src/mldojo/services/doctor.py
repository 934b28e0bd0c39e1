"""Run environment checks and collect their results for `mldojo doctor`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from mldojo.domain.health import CheckResult, CheckStatus
from mldojo.services.ports import HealthCheck

MIN_PYTHON = (3, 11)


def check_python() -> CheckResult:
    """Check that the interpreter is new enough."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    if sys.version_info[:2] >= MIN_PYTHON:
        return CheckResult("python", CheckStatus.OK, f"Python {version}")
    return CheckResult(
        "python",
        CheckStatus.FAILED,
        f"Python {version} is too old",
        "install Python 3.11 or newer and recreate the virtual environment",
    )


def run_checks(checks: Sequence[tuple[str, HealthCheck]]) -> list[CheckResult]:
    """Run every check; a check that crashes is reported as failed, not raised."""
    results = []
    for name, check in checks:
        try:
            results.append(check())
        except Exception as exc:
            results.append(
                CheckResult(name, CheckStatus.FAILED, f"{type(exc).__name__}: {exc}", "")
            )
    return results

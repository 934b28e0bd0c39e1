"""The database check that `mldojo doctor` runs."""

from __future__ import annotations

from sqlalchemy import Engine

from mldojo.domain.health import CheckResult, CheckStatus
from mldojo.errors import MldojoError
from mldojo.storage.database import ping
from mldojo.storage.migrate import HEAD_REVISION, current_revision


def check_database(engine: Engine) -> CheckResult:
    """Check that the database answers and its schema is current."""
    shown = engine.url.render_as_string(hide_password=True)
    try:
        ping(engine)
        revision = current_revision(engine)
    except MldojoError as exc:
        return CheckResult(
            "database",
            CheckStatus.FAILED,
            exc.message,
            "fix MLDOJO_DATABASE_URL or start the database server",
        )
    if revision == HEAD_REVISION:
        return CheckResult("database", CheckStatus.OK, f"{shown} (schema {revision})")
    return CheckResult(
        "database",
        CheckStatus.WARNING,
        f"{shown} is at schema {revision or 'none'}, newest is {HEAD_REVISION}",
        "run `mldojo db upgrade`",
    )

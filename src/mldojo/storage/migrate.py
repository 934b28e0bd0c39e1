"""Apply Alembic migrations programmatically: on first use and by `mldojo db upgrade`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from mldojo.errors import DatabaseError
from mldojo.storage.database import describe_connection_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision; tests check it matches the migration scripts, so a cheap
# comparison replaces loading Alembic on every command.
HEAD_REVISION = "0003_accounts"


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def script_head() -> str | None:
    """Return the head revision of the migration scripts."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at, or None for an empty database."""
    from sqlalchemy import text

    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise DatabaseError(
            describe_connection_error(engine.url.render_as_string(hide_password=True), exc)
        ) from exc


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the database to the newest schema in one transaction; return (before, after)."""
    from alembic import command

    before = current_revision(engine)
    if before == HEAD_REVISION:
        return before, HEAD_REVISION
    if before is not None and before != HEAD_REVISION and not _is_known(before):
        raise DatabaseError(
            f"the database is at schema revision {before!r}, newer than this mldojo knows; "
            "upgrade mldojo"
        )
    config = _alembic_config(engine)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(
            "could not migrate the database "
            f"{engine.url.render_as_string(hide_password=True)}: {exc.__class__.__name__}: "
            f"{str(getattr(exc, 'orig', exc)).splitlines()[0]}; nothing was changed"
        ) from exc
    return before, HEAD_REVISION


def _is_known(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False

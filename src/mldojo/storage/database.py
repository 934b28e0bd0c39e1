"""Engines for SQLite and PostgreSQL, with the pragmas and error messages mldojo needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from mldojo.config import mask_url_password
from mldojo.errors import ConfigError, DatabaseError

SUPPORTED_HINT = "use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/NAME"


def normalize_url(raw: str) -> URL:
    """Parse a database URL, choosing psycopg 3 for PostgreSQL; raise ConfigError if unusable."""
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise ConfigError(
            f"MLDOJO_DATABASE_URL {raw!r} is not a database URL: {SUPPORTED_HINT}"
        ) from exc
    backend = url.get_backend_name()
    if backend in ("postgres", "postgresql"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if url.database in (None, "", ":memory:"):
            raise ConfigError(
                "MLDOJO_DATABASE_URL must name a SQLite file (sqlite:///PATH); "
                "an in-memory database would lose everything on exit"
            )
        return url
    raise ConfigError(
        f"MLDOJO_DATABASE_URL uses unsupported database {backend!r}: {SUPPORTED_HINT}"
    )


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_database_engine(raw_url: str) -> Engine:
    """Create an engine for a URL; SQLite gets WAL mode, foreign keys and a busy timeout."""
    url = normalize_url(raw_url)
    try:
        if url.get_backend_name() == "sqlite":
            assert url.database is not None
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            # Connections are cheap to keep and costly to reopen (pragmas): keep one per thread
            # of a busy server instead of closing the overflow after each request.
            engine = create_engine(url, connect_args={"timeout": 5}, pool_size=20, max_overflow=20)
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": 5, "application_name": "mldojo"},
        )
    except NoSuchModuleError as exc:
        raise ConfigError(
            f"MLDOJO_DATABASE_URL: unknown driver {url.drivername!r}: {SUPPORTED_HINT}"
        ) from exc
    except OSError as exc:
        raise DatabaseError(
            f"cannot create the database directory for {raw_url}: {exc.strerror}; "
            "choose a writable MLDOJO_HOME or MLDOJO_DATABASE_URL"
        ) from exc


SCHEMA_MISMATCH_MARKERS = ("no such column", "no such table", "does not exist")


def describe_connection_error(url: str, exc: BaseException) -> str:
    """Turn a driver error into one line that names the database and the likely fix."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    first = first.removeprefix("connection failed: ")
    if any(marker in first for marker in SCHEMA_MISMATCH_MARKERS) and "database" not in first:
        return (
            f"the database {mask_url_password(url)} does not have the schema this mldojo "
            f"expects ({first}); run `mldojo db upgrade`, or point MLDOJO_DATABASE_URL at a "
            "database made by this version"
        )
    return (
        f"cannot open the database {mask_url_password(url)}: {first}. "
        "Check MLDOJO_DATABASE_URL and that the database server is running"
    )


def ping(engine: Engine) -> None:
    """Open a connection and run a trivial query, raising DatabaseError on failure."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, SQLAlchemyError, OSError) as exc:
        raise DatabaseError(
            describe_connection_error(engine.url.render_as_string(hide_password=True), exc)
        ) from exc

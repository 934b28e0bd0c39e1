"""Shared fixtures: homes, databases on SQLite and on a real PostgreSQL, Redis, the app."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mldojo.bootstrap import Application
from mldojo.config import Settings
from tests import servers


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """Return an admin URL of a real PostgreSQL server for the whole session."""
    with servers.postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def redis_base_url() -> Iterator[str]:
    """Return the URL of a real Redis server for the whole session."""
    with servers.redis_server() as url:
        yield url


def _fresh_postgres_database(admin_url: str) -> Iterator[str]:
    import psycopg

    name = f"mldojo_test_{uuid.uuid4().hex[:12]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Return the URL of a fresh, empty database: a SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db' / 'mldojo.db'}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    yield from _fresh_postgres_database(admin_url)


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """Return the URL of a fresh database on the real PostgreSQL server."""
    yield from _fresh_postgres_database(postgres_admin_url)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def application(home: Path, database_url: str, clock: FakeClock) -> Iterator[Application]:
    """Return an application on a fresh database (SQLite and PostgreSQL) with a fake clock."""
    app = Application(settings=Settings(home=home, database_url=database_url), clock=clock)
    yield app
    app.close()


@pytest.fixture(scope="session")
def grading_engine() -> Iterator[object]:
    """Return one warm bubblewrap pool shared by the tests that grade."""
    from mldojo.config import IsolationMode
    from mldojo.grader.engine import GradingEngine

    engine = GradingEngine(isolation=IsolationMode.BWRAP, workers=2)
    yield engine
    engine.close()


@pytest.fixture
def grading_app(application: Application, grading_engine: object) -> Iterator[Application]:
    """Return the application with the shared warm pool as its grader."""
    application.__dict__["grader"] = grading_engine
    yield application
    application.__dict__.pop("grader", None)

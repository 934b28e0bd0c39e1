"""Storage on SQLite and on a real PostgreSQL server: the same behaviour on both."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from mldojo.bootstrap import Application
from mldojo.domain.profile import Role
from mldojo.domain.submission import Verdict
from mldojo.storage.migrate import HEAD_REVISION, current_revision, script_head
from tests.factories import make_graded_submission, make_study_entry, make_submission


def test_migration_head_constant_matches_the_scripts() -> None:
    assert script_head() == HEAD_REVISION


def test_engine_applies_migrations_on_first_use(application: Application) -> None:
    assert current_revision(application.engine) == HEAD_REVISION


def test_sqlite_runs_in_wal_mode_with_foreign_keys(application: Application) -> None:
    if application.engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with application.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_submission_round_trips_with_its_result(application: Application) -> None:
    submission = make_graded_submission(verdict=Verdict.WRONG_ANSWER, time_ms=3.25)
    with application.uow_factory() as uow:
        user = uow.users.add("ada", role=Role.LEARNER, email=None, created_at=submission.created_at)
        uow.submissions.add(user.id, submission)
        uow.commit()
    with application.uow_factory() as uow:
        stored = uow.submissions.get(submission.id)
    assert stored == submission
    assert stored is not None
    assert stored.created_at.tzinfo is not None


def test_uncommitted_unit_of_work_keeps_nothing(application: Application) -> None:
    with application.uow_factory() as uow:
        uow.users.add("ghost", role=Role.LEARNER, email=None, created_at=datetime.now(UTC))
    with application.uow_factory() as uow:
        assert uow.users.get_by_username("ghost") is None


def test_submissions_list_oldest_first_per_user(application: Application) -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with application.uow_factory() as uow:
        ada = uow.users.add("ada", role=Role.LEARNER, email=None, created_at=t0)
        bob = uow.users.add("bob", role=Role.LEARNER, email=None, created_at=t0)
        later = make_submission(created_at=t0 + timedelta(hours=2))
        earlier = make_submission(created_at=t0 + timedelta(hours=1))
        uow.submissions.add(ada.id, later)
        uow.submissions.add(ada.id, earlier)
        uow.submissions.add(bob.id, make_submission())
        uow.commit()
    with application.uow_factory() as uow:
        listed = uow.submissions.list_for_user(ada.id)
    assert [s.id for s in listed] == [earlier.id, later.id]


def test_duplicate_username_is_refused(application: Application) -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with application.uow_factory() as uow:
        uow.users.add("ada", role=Role.LEARNER, email=None, created_at=t0)
        uow.commit()
    with pytest.raises(IntegrityError), application.uow_factory() as uow:
        uow.users.add("ada", role=Role.LEARNER, email=None, created_at=t0)
        uow.commit()


def test_study_entry_needs_an_existing_user(application: Application) -> None:
    with pytest.raises(IntegrityError), application.uow_factory() as uow:
        uow.study_log.add(9999, make_study_entry())
        uow.commit()


def test_study_entries_round_trip(application: Application) -> None:
    entry = make_study_entry(minutes=90, topic=None, notes="mixed — ünïcode ✓")
    with application.uow_factory() as uow:
        user = uow.users.add("ada", role=Role.LEARNER, email=None, created_at=entry.logged_at)
        uow.study_log.add(user.id, entry)
        uow.commit()
    with application.uow_factory() as uow:
        assert uow.study_log.list_for_user(user.id) == [entry]
        assert uow.study_log.owner_of(entry.id) == user.id

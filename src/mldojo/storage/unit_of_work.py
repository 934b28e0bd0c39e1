"""A SQLAlchemy session as the services' unit of work."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mldojo.errors import DatabaseError
from mldojo.services.ports import (
    CommentRepository,
    GroupRepository,
    NoteRepository,
    ProfileRepository,
    ReviewRepository,
    ServerSettings,
    SessionRepository,
    StudyLogRepository,
    SubmissionRepository,
    UserRepository,
)
from mldojo.storage.database import describe_connection_error
from mldojo.storage.repositories import (
    SqlCommentRepository,
    SqlGroupRepository,
    SqlNoteRepository,
    SqlProfileRepository,
    SqlReviewRepository,
    SqlServerSettings,
    SqlSessionRepository,
    SqlStudyLogRepository,
    SqlSubmissionRepository,
    SqlUserRepository,
)


class SqlUnitOfWork:
    """One session and transaction; rolled back on exit unless committed."""

    users: UserRepository
    profiles: ProfileRepository
    submissions: SubmissionRepository
    study_log: StudyLogRepository
    reviews: ReviewRepository
    notes: NoteRepository
    sessions: SessionRepository
    groups: GroupRepository
    comments: CommentRepository
    server_settings: ServerSettings

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> Self:
        self._session = self._session_factory()
        self.users = SqlUserRepository(self._session)
        self.profiles = SqlProfileRepository(self._session)
        self.submissions = SqlSubmissionRepository(self._session)
        self.study_log = SqlStudyLogRepository(self._session)
        self.reviews = SqlReviewRepository(self._session)
        self.notes = SqlNoteRepository(self._session)
        self.sessions = SqlSessionRepository(self._session)
        self.groups = SqlGroupRepository(self._session)
        self.comments = SqlCommentRepository(self._session)
        self.server_settings = SqlServerSettings(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._session.rollback()
        finally:
            self._session.close()
        if isinstance(exc, OperationalError):
            url = self._session.get_bind().engine.url.render_as_string(hide_password=True)
            raise DatabaseError(describe_connection_error(url, exc)) from exc

    def commit(self) -> None:
        self._session.commit()

    def rollback(self) -> None:
        self._session.rollback()


def unit_of_work_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory that units of work draw from."""
    return sessionmaker(engine, expire_on_commit=False)

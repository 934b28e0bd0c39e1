"""SQLAlchemy implementations of the repository Protocols in services/ports.py."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mldojo.domain.profile import Profile, Role, TargetTier, User
from mldojo.domain.study import StudyEntry, StudySource
from mldojo.domain.submission import Submission, SubmissionMode, SubmissionStatus, Verdict
from mldojo.storage.models import ProfileRow, StudyLogRow, SubmissionRow, UserRow


def _user(row: UserRow) -> User:
    return User(
        id=row.id,
        username=row.username,
        email=row.email,
        role=Role(row.role),
        created_at=row.created_at,
    )


class SqlUserRepository:
    """Accounts in the users table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get_by_username(self, username: str) -> User | None:
        row = self._session.scalar(select(UserRow).where(UserRow.username == username))
        return _user(row) if row else None

    def add(self, username: str, *, role: Role, email: str | None, created_at: datetime) -> User:
        row = UserRow(username=username, role=role.value, email=email, created_at=created_at)
        self._session.add(row)
        self._session.flush()
        return _user(row)


class SqlProfileRepository:
    """Learner profiles in the profiles table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: int) -> Profile | None:
        row = self._session.get(ProfileRow, user_id)
        if row is None:
            return None
        return Profile(
            name=row.name,
            target_role=row.target_role,
            target_tier=TargetTier(row.target_tier),
            weekly_goal_hours=row.weekly_goal_hours,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    def save(self, user_id: int, profile: Profile) -> None:
        row = self._session.get(ProfileRow, user_id)
        if row is None:
            row = ProfileRow(user_id=user_id)
            self._session.add(row)
        row.name = profile.name
        row.target_role = profile.target_role
        row.target_tier = profile.target_tier.value
        row.weekly_goal_hours = profile.weekly_goal_hours
        row.created_at = profile.created_at
        row.updated_at = profile.updated_at
        self._session.flush()


def _submission(row: SubmissionRow) -> Submission:
    return Submission(
        id=row.id,
        problem_slug=row.problem_slug,
        mode=SubmissionMode(row.mode),
        language=row.language,
        source=row.source,
        status=SubmissionStatus(row.status),
        verdict=Verdict(row.verdict) if row.verdict else None,
        time_ms=row.time_ms,
        result=row.result,
        created_at=row.created_at,
        graded_at=row.graded_at,
    )


class SqlSubmissionRepository:
    """Submissions in the submissions table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user_id: int, submission: Submission) -> None:
        self._session.add(
            SubmissionRow(
                id=submission.id,
                user_id=user_id,
                problem_slug=submission.problem_slug,
                mode=submission.mode.value,
                language=submission.language,
                source=submission.source,
                status=submission.status.value,
                verdict=submission.verdict.value if submission.verdict else None,
                time_ms=submission.time_ms,
                result=submission.result,
                created_at=submission.created_at,
                graded_at=submission.graded_at,
            )
        )
        self._session.flush()

    def get(self, submission_id: str) -> Submission | None:
        row = self._session.get(SubmissionRow, submission_id)
        return _submission(row) if row else None

    def owner_of(self, submission_id: str) -> int | None:
        return self._session.scalar(
            select(SubmissionRow.user_id).where(SubmissionRow.id == submission_id)
        )

    def record_result(self, submission: Submission) -> bool:
        # A conditional update makes recording idempotent: a second grader of the same
        # submission (a redelivered task) changes nothing.
        result = self._session.execute(
            update(SubmissionRow)
            .where(
                SubmissionRow.id == submission.id,
                SubmissionRow.status == SubmissionStatus.PENDING.value,
            )
            .values(
                status=submission.status.value,
                verdict=submission.verdict.value if submission.verdict else None,
                time_ms=submission.time_ms,
                result=submission.result,
                graded_at=submission.graded_at,
            )
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)

    def pending_before(self, cutoff: datetime, limit: int) -> list[str]:
        rows = self._session.scalars(
            select(SubmissionRow.id)
            .where(
                SubmissionRow.status == SubmissionStatus.PENDING.value,
                SubmissionRow.created_at < cutoff,
            )
            .order_by(SubmissionRow.created_at)
            .limit(limit)
        )
        return list(rows)

    def list_for_user(self, user_id: int) -> list[Submission]:
        rows = self._session.scalars(
            select(SubmissionRow)
            .where(SubmissionRow.user_id == user_id)
            .order_by(SubmissionRow.created_at, SubmissionRow.id)
        )
        return [_submission(row) for row in rows]


def _entry(row: StudyLogRow) -> StudyEntry:
    return StudyEntry(
        id=row.id,
        logged_at=row.logged_at,
        minutes=row.minutes,
        topic=row.topic,
        notes=row.notes,
        source=StudySource(row.source),
    )


class SqlStudyLogRepository:
    """Study-log entries in the study_log_entries table."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user_id: int, entry: StudyEntry) -> None:
        self._session.add(
            StudyLogRow(
                id=entry.id,
                user_id=user_id,
                logged_at=entry.logged_at,
                minutes=entry.minutes,
                topic=entry.topic,
                notes=entry.notes,
                source=entry.source.value,
            )
        )
        self._session.flush()

    def get(self, entry_id: str) -> StudyEntry | None:
        row = self._session.get(StudyLogRow, entry_id)
        return _entry(row) if row else None

    def owner_of(self, entry_id: str) -> int | None:
        return self._session.scalar(select(StudyLogRow.user_id).where(StudyLogRow.id == entry_id))

    def list_for_user(self, user_id: int) -> list[StudyEntry]:
        rows = self._session.scalars(
            select(StudyLogRow)
            .where(StudyLogRow.user_id == user_id)
            .order_by(StudyLogRow.logged_at, StudyLogRow.id)
        )
        return [_entry(row) for row in rows]

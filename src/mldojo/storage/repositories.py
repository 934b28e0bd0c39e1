"""SQLAlchemy implementations of the repository Protocols in services/ports.py."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, case, delete, func, select, update
from sqlalchemy.orm import Session, aliased

from mldojo.domain.accounts import Comment, Group, GroupRole, Member
from mldojo.domain.notes import Note
from mldojo.domain.profile import Profile, Role, TargetTier, User
from mldojo.domain.reviews import Rating, ReviewEntry, ReviewState
from mldojo.domain.study import StudyEntry, StudySource
from mldojo.domain.submission import Attempt, Submission, SubmissionMode, SubmissionStatus, Verdict
from mldojo.storage.models import (
    CommentRow,
    GroupMemberRow,
    GroupRow,
    NoteRow,
    ProfileRow,
    ReviewLogRow,
    ReviewStateRow,
    ServerSettingRow,
    SessionRow,
    StudyLogRow,
    SubmissionRow,
    UserRow,
)


def _user(row: UserRow) -> User:
    return User(
        id=row.id,
        username=row.username,
        email=row.email,
        role=Role(row.role),
        created_at=row.created_at,
    )


@functools.cache
def _activity_stamp_query() -> Select[Any]:
    user_id = select(UserRow.id).where(UserRow.username == bindparam("username")).scalar_subquery()

    def of(table: Any, owner: Any, *columns: Any) -> list[Any]:
        return [
            select(column).select_from(table).where(owner == user_id).scalar_subquery()
            for column in columns
        ]

    return select(
        user_id,
        *of(
            SubmissionRow,
            SubmissionRow.user_id,
            func.count(),
            func.count(SubmissionRow.graded_at),
            func.max(SubmissionRow.created_at),
        ),
        *of(StudyLogRow, StudyLogRow.user_id, func.count(), func.max(StudyLogRow.logged_at)),
        *of(ReviewLogRow, ReviewLogRow.user_id, func.count(), func.max(ReviewLogRow.reviewed_at)),
        *of(ProfileRow, ProfileRow.user_id, ProfileRow.updated_at),
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

    def get(self, user_id: int) -> User | None:
        row = self._session.get(UserRow, user_id)
        return _user(row) if row else None

    def list_all(self) -> list[User]:
        return [_user(row) for row in self._session.scalars(select(UserRow).order_by(UserRow.id))]

    def set_role(self, user_id: int, role: Role) -> None:
        self._session.execute(update(UserRow).where(UserRow.id == user_id).values(role=role.value))

    def password_hash(self, user_id: int) -> str | None:
        return self._session.scalar(select(UserRow.password_hash).where(UserRow.id == user_id))

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        self._session.execute(
            update(UserRow).where(UserRow.id == user_id).values(password_hash=password_hash)
        )

    def activity_stamp(self, username: str) -> tuple[object, ...] | None:
        """Return a value that changes whenever the user's practice data changes (None for an
        unknown user): counts and latest times of submissions, study log and reviews, and the
        profile's last update. One query, so readers can cache what they derive from the data."""
        row = self._session.execute(_activity_stamp_query(), {"username": username}).one()
        return None if row[0] is None else tuple(row)

    def count_with_role(self, role: Role) -> int:
        return (
            self._session.scalar(
                select(func.count()).select_from(UserRow).where(UserRow.role == role.value)
            )
            or 0
        )


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
            desired_retention=row.desired_retention,
            new_cards_per_day=row.new_cards_per_day,
            max_reviews_per_day=row.max_reviews_per_day,
            fsrs_parameters=row.fsrs_parameters,
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
        row.desired_retention = profile.desired_retention
        row.new_cards_per_day = profile.new_cards_per_day
        row.max_reviews_per_day = profile.max_reviews_per_day
        row.fsrs_parameters = profile.fsrs_parameters
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

    def solved_by_problem(self, user_id: int) -> dict[str, bool]:
        accepted = case(
            (
                (SubmissionRow.mode == SubmissionMode.SUBMIT.value)
                & (SubmissionRow.verdict == Verdict.ACCEPTED.value),
                1,
            ),
            else_=0,
        )
        rows = self._session.execute(
            select(SubmissionRow.problem_slug, func.max(accepted))
            .where(SubmissionRow.user_id == user_id)
            .group_by(SubmissionRow.problem_slug)
        )
        return {slug: bool(solved) for slug, solved in rows}

    def attempts_for_user(self, user_id: int) -> list[Attempt]:
        rows = self._session.execute(
            select(
                SubmissionRow.problem_slug,
                SubmissionRow.mode,
                SubmissionRow.status,
                SubmissionRow.verdict,
                SubmissionRow.created_at,
                SubmissionRow.graded_at,
            )
            .where(SubmissionRow.user_id == user_id)
            .order_by(SubmissionRow.created_at, SubmissionRow.id)
        )
        return [
            Attempt(
                problem_slug=slug,
                mode=SubmissionMode(mode),
                status=SubmissionStatus(status),
                verdict=Verdict(verdict) if verdict else None,
                created_at=created_at,
                graded_at=graded_at,
            )
            for slug, mode, status, verdict, created_at, graded_at in rows
        ]

    def list_for_user(
        self,
        user_id: int,
        *,
        slug: str | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[Submission]:
        query = select(SubmissionRow).where(SubmissionRow.user_id == user_id)
        if slug is not None:
            query = query.where(SubmissionRow.problem_slug == slug)
        if since is not None:
            query = query.where(SubmissionRow.created_at >= since)
        if limit is None:
            rows = self._session.scalars(query.order_by(SubmissionRow.created_at, SubmissionRow.id))
            return [_submission(row) for row in rows]
        newest = query.order_by(SubmissionRow.created_at.desc(), SubmissionRow.id.desc())
        return [
            _submission(row) for row in reversed(list(self._session.scalars(newest.limit(limit))))
        ]


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


def _state(row: ReviewStateRow) -> ReviewState:
    return ReviewState(
        item_key=row.item_key,
        due=row.due,
        memory=row.memory,
        introduced_at=row.introduced_at,
        reviews=row.reviews,
        lapses=row.lapses,
    )


class SqlReviewRepository:
    """The review schedule (one state per user and item) and the review log."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get_state(self, user_id: int, key: str) -> ReviewState | None:
        row = self._session.get(ReviewStateRow, (user_id, key))
        return _state(row) if row else None

    def save_state(self, user_id: int, state: ReviewState) -> None:
        row = self._session.get(ReviewStateRow, (user_id, state.item_key))
        if row is None:
            row = ReviewStateRow(user_id=user_id, item_key=state.item_key)
            self._session.add(row)
        row.due = state.due
        row.memory = state.memory
        row.introduced_at = state.introduced_at
        row.reviews = state.reviews
        row.lapses = state.lapses
        self._session.flush()

    def states(self, user_id: int) -> list[ReviewState]:
        rows = self._session.scalars(
            select(ReviewStateRow)
            .where(ReviewStateRow.user_id == user_id)
            .order_by(ReviewStateRow.due, ReviewStateRow.item_key)
        )
        return [_state(row) for row in rows]

    def add_entry(self, user_id: int, entry: ReviewEntry) -> None:
        self._session.add(
            ReviewLogRow(
                id=entry.id,
                user_id=user_id,
                item_key=entry.item_key,
                rating=int(entry.rating),
                reviewed_at=entry.reviewed_at,
                duration_ms=entry.duration_ms,
            )
        )
        self._session.flush()

    def entry_owner(self, entry_id: str) -> int | None:
        return self._session.scalar(select(ReviewLogRow.user_id).where(ReviewLogRow.id == entry_id))

    def review_times(self, user_id: int, *, since: datetime) -> list[datetime]:
        return list(
            self._session.scalars(
                select(ReviewLogRow.reviewed_at)
                .where(ReviewLogRow.user_id == user_id, ReviewLogRow.reviewed_at >= since)
                .order_by(ReviewLogRow.reviewed_at)
            )
        )

    def entries(self, user_id: int, *, since: datetime | None = None) -> list[ReviewEntry]:
        query = select(ReviewLogRow).where(ReviewLogRow.user_id == user_id)
        if since is not None:
            query = query.where(ReviewLogRow.reviewed_at >= since)
        rows = self._session.scalars(query.order_by(ReviewLogRow.reviewed_at, ReviewLogRow.id))
        return [
            ReviewEntry(
                id=row.id,
                item_key=row.item_key,
                rating=Rating(row.rating),
                reviewed_at=row.reviewed_at,
                duration_ms=row.duration_ms,
            )
            for row in rows
        ]


class SqlNoteRepository:
    """Topic notes."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, user_id: int, note: Note) -> None:
        self._session.add(
            NoteRow(
                id=note.id,
                user_id=user_id,
                topic=note.topic,
                body=note.body,
                created_at=note.created_at,
            )
        )
        self._session.flush()

    def owner_of(self, note_id: str) -> int | None:
        return self._session.scalar(select(NoteRow.user_id).where(NoteRow.id == note_id))

    def list_for_user(self, user_id: int) -> list[Note]:
        rows = self._session.scalars(
            select(NoteRow)
            .where(NoteRow.user_id == user_id)
            .order_by(NoteRow.created_at, NoteRow.id)
        )
        return [
            Note(id=row.id, topic=row.topic, body=row.body, created_at=row.created_at)
            for row in rows
        ]


class SqlSessionRepository:
    """Login sessions; only a hash of each token is stored."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self, token_hash: str, user_id: int, created_at: datetime, expires_at: datetime
    ) -> None:
        self._session.add(
            SessionRow(
                token_hash=token_hash,
                user_id=user_id,
                created_at=created_at,
                expires_at=expires_at,
            )
        )
        self._session.flush()

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        row = self._session.scalar(
            select(UserRow)
            .join(SessionRow, SessionRow.user_id == UserRow.id)
            .where(SessionRow.token_hash == token_hash, SessionRow.expires_at > now)
        )
        return _user(row) if row else None

    def delete(self, token_hash: str) -> None:
        self._session.execute(delete(SessionRow).where(SessionRow.token_hash == token_hash))

    def delete_expired(self, now: datetime) -> None:
        self._session.execute(delete(SessionRow).where(SessionRow.expires_at <= now))


def _group(row: GroupRow) -> Group:
    return Group(id=row.id, name=row.name, invite_code=row.invite_code, created_at=row.created_at)


class SqlGroupRepository:
    """Groups and their members."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, name: str, invite_code: str, created_by: int, created_at: datetime) -> Group:
        row = GroupRow(
            name=name, invite_code=invite_code, created_by=created_by, created_at=created_at
        )
        self._session.add(row)
        self._session.flush()
        return _group(row)

    def by_code(self, invite_code: str) -> Group | None:
        row = self._session.scalar(select(GroupRow).where(GroupRow.invite_code == invite_code))
        return _group(row) if row else None

    def add_member(self, group_id: int, user_id: int, role: GroupRole, joined_at: datetime) -> None:
        existing = self._session.get(GroupMemberRow, (group_id, user_id))
        if existing is None:
            self._session.add(
                GroupMemberRow(
                    group_id=group_id, user_id=user_id, role=role.value, joined_at=joined_at
                )
            )
            self._session.flush()

    def groups_of(self, user_id: int) -> list[tuple[Group, GroupRole]]:
        rows = self._session.execute(
            select(GroupRow, GroupMemberRow.role)
            .join(GroupMemberRow, GroupMemberRow.group_id == GroupRow.id)
            .where(GroupMemberRow.user_id == user_id)
            .order_by(GroupRow.name, GroupRow.id)
        )
        return [(_group(group), GroupRole(role)) for group, role in rows]

    def members(self, group_id: int) -> list[Member]:
        rows = self._session.execute(
            select(UserRow, GroupMemberRow.role, GroupMemberRow.joined_at)
            .join(GroupMemberRow, GroupMemberRow.user_id == UserRow.id)
            .where(GroupMemberRow.group_id == group_id)
            .order_by(GroupMemberRow.role, UserRow.username)
        )
        return [Member(_user(user), GroupRole(role), joined) for user, role, joined in rows]

    def mentored_user_ids(self, mentor_id: int) -> frozenset[int]:
        mine = aliased(GroupMemberRow)
        theirs = aliased(GroupMemberRow)
        rows = self._session.scalars(
            select(theirs.user_id)
            .join(mine, mine.group_id == theirs.group_id)
            .where(
                mine.user_id == mentor_id,
                mine.role == GroupRole.MENTOR.value,
                theirs.role == GroupRole.LEARNER.value,
            )
        )
        return frozenset(rows)


class SqlCommentRepository:
    """Mentors' comments on learners' work."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, author_id: int, learner_id: int, comment: Comment) -> None:
        self._session.add(
            CommentRow(
                id=comment.id,
                author_id=author_id,
                learner_id=learner_id,
                subject=comment.subject,
                body=comment.body,
                created_at=comment.created_at,
            )
        )
        self._session.flush()

    def list_for_learner(self, learner_id: int) -> list[Comment]:
        author = aliased(UserRow)
        learner = aliased(UserRow)
        rows = self._session.execute(
            select(CommentRow, author.username, learner.username)
            .join(author, author.id == CommentRow.author_id)
            .join(learner, learner.id == CommentRow.learner_id)
            .where(CommentRow.learner_id == learner_id)
            .order_by(CommentRow.created_at.desc(), CommentRow.id)
        )
        return [
            Comment(
                id=row.id,
                author=author_name,
                learner=learner_name,
                subject=row.subject,
                body=row.body,
                created_at=row.created_at,
            )
            for row, author_name, learner_name in rows
        ]


class SqlServerSettings:
    """Installation-wide switches."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def enabled(self, key: str, default: bool) -> bool:
        value = self._session.scalar(
            select(ServerSettingRow.enabled).where(ServerSettingRow.key == key)
        )
        return default if value is None else bool(value)

    def set_enabled(self, key: str, enabled: bool) -> None:
        row = self._session.get(ServerSettingRow, key)
        if row is None:
            self._session.add(ServerSettingRow(key=key, enabled=enabled))
        else:
            row.enabled = enabled
        self._session.flush()

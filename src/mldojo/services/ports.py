"""Protocols that storage, grader and content implement for the services."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from types import TracebackType
from typing import Protocol, Self

from mldojo.domain.accounts import Comment, Group, GroupRole, Member
from mldojo.domain.cards import Card, CardInstance
from mldojo.domain.grading import GradeReport, GradingJob
from mldojo.domain.health import CheckResult
from mldojo.domain.notes import Note
from mldojo.domain.problem import KnownSolution, Problem, ProblemSummary, ProblemTests
from mldojo.domain.profile import Profile, Role, User
from mldojo.domain.prompts import BehavioralPrompt, DesignPrompt, Rubric, RubricKind
from mldojo.domain.reviews import ReviewEntry, ReviewState
from mldojo.domain.roadmap import SkillNode, StudyPlan
from mldojo.domain.study import StudyEntry
from mldojo.domain.submission import Attempt, Submission


class Clock(Protocol):
    """Source of the current time, replaceable in tests."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware."""
        ...


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


class UserRepository(Protocol):
    """Accounts."""

    def get_by_username(self, username: str) -> User | None:
        """Return the user with this username, or None."""
        ...

    def add(self, username: str, *, role: Role, email: str | None, created_at: datetime) -> User:
        """Create a user and return it with its id."""
        ...

    def get(self, user_id: int) -> User | None:
        """Return the user with this id, or None."""
        ...

    def list_all(self) -> list[User]:
        """Return every account, oldest first."""
        ...

    def set_role(self, user_id: int, role: Role) -> None:
        """Change what a user may do."""
        ...

    def password_hash(self, user_id: int) -> str | None:
        """Return the stored password hash (None for an account without a password)."""
        ...

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Store a new password hash."""
        ...

    def count_with_role(self, role: Role) -> int:
        """Return how many accounts have this role."""
        ...

    def activity_stamp(self, username: str) -> tuple[object, ...] | None:
        """Return a value that changes whenever the user's practice data changes."""
        ...


class SessionRepository(Protocol):
    """Login sessions, stored by the hash of their token."""

    def add(
        self, token_hash: str, user_id: int, created_at: datetime, expires_at: datetime
    ) -> None:
        """Store a new session."""
        ...

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        """Return the user of an unexpired session, or None."""
        ...

    def delete(self, token_hash: str) -> None:
        """End a session."""
        ...

    def delete_expired(self, now: datetime) -> None:
        """Forget sessions that have expired."""
        ...


class GroupRepository(Protocol):
    """Groups that learners join by invite code, and their members."""

    def add(self, name: str, invite_code: str, created_by: int, created_at: datetime) -> Group:
        """Create a group."""
        ...

    def by_code(self, invite_code: str) -> Group | None:
        """Return the group with this invite code, or None."""
        ...

    def add_member(self, group_id: int, user_id: int, role: GroupRole, joined_at: datetime) -> None:
        """Add a member (a no-op for an existing member)."""
        ...

    def groups_of(self, user_id: int) -> list[tuple[Group, GroupRole]]:
        """Return the user's groups and their role in each."""
        ...

    def members(self, group_id: int) -> list[Member]:
        """Return the members of a group."""
        ...

    def mentored_user_ids(self, mentor_id: int) -> frozenset[int]:
        """Return the ids of the learners in the groups where this user is a mentor."""
        ...


class CommentRepository(Protocol):
    """Mentors' comments on learners' work."""

    def add(self, author_id: int, learner_id: int, comment: Comment) -> None:
        """Store a comment."""
        ...

    def list_for_learner(self, learner_id: int) -> list[Comment]:
        """Return the comments on a learner's work, newest first."""
        ...


class ServerSettings(Protocol):
    """Installation-wide switches."""

    def enabled(self, key: str, default: bool) -> bool:
        """Return a switch's value."""
        ...

    def set_enabled(self, key: str, enabled: bool) -> None:
        """Set a switch."""
        ...


class ProfileRepository(Protocol):
    """Learner profiles, one per user."""

    def get(self, user_id: int) -> Profile | None:
        """Return the user's profile, or None."""
        ...

    def save(self, user_id: int, profile: Profile) -> None:
        """Create or replace the user's profile."""
        ...


class SubmissionRepository(Protocol):
    """Submissions and their results."""

    def add(self, user_id: int, submission: Submission) -> None:
        """Store a new submission."""
        ...

    def get(self, submission_id: str) -> Submission | None:
        """Return a submission by id, or None."""
        ...

    def owner_of(self, submission_id: str) -> int | None:
        """Return the id of the user who owns a submission, or None."""
        ...

    def solved_by_problem(self, user_id: int) -> dict[str, bool]:
        """Return, for each problem the user submitted to, whether a submit was accepted."""
        ...

    def attempts_for_user(self, user_id: int) -> list[Attempt]:
        """Return the outcome of each of the user's submissions, oldest first (light rows)."""
        ...

    def list_for_user(
        self,
        user_id: int,
        *,
        slug: str | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[Submission]:
        """Return the user's submissions (to one problem, made since a time), oldest first;
        with a limit, only the newest `limit` of them."""
        ...

    def record_result(self, submission: Submission) -> bool:
        """Store a graded submission's result if it is still pending; return whether it was."""
        ...

    def pending_before(self, cutoff: datetime, limit: int) -> list[str]:
        """Return ids of submissions still pending that were created before the cutoff."""
        ...


class StudyLogRepository(Protocol):
    """Study-log entries."""

    def add(self, user_id: int, entry: StudyEntry) -> None:
        """Store a new entry."""
        ...

    def get(self, entry_id: str) -> StudyEntry | None:
        """Return an entry by id, or None."""
        ...

    def owner_of(self, entry_id: str) -> int | None:
        """Return the id of the user who owns an entry, or None."""
        ...

    def list_for_user(self, user_id: int) -> list[StudyEntry]:
        """Return the user's entries, oldest first."""
        ...


class ReviewRepository(Protocol):
    """The review schedule and the review log."""

    def get_state(self, user_id: int, key: str) -> ReviewState | None:
        """Return an item's schedule, or None if it was never reviewed."""
        ...

    def save_state(self, user_id: int, state: ReviewState) -> None:
        """Create or replace an item's schedule."""
        ...

    def states(self, user_id: int) -> list[ReviewState]:
        """Return every scheduled item, soonest due first."""
        ...

    def add_entry(self, user_id: int, entry: ReviewEntry) -> None:
        """Append a recall to the log."""
        ...

    def entry_owner(self, entry_id: str) -> int | None:
        """Return the id of the user a log entry belongs to, or None."""
        ...

    def review_times(self, user_id: int, *, since: datetime) -> list[datetime]:
        """Return when the user reviewed anything from a time on, oldest first (light rows)."""
        ...

    def entries(self, user_id: int, *, since: datetime | None = None) -> list[ReviewEntry]:
        """Return the user's review log (from a time on), oldest first."""
        ...


class NoteRepository(Protocol):
    """Topic notes."""

    def add(self, user_id: int, note: Note) -> None:
        """Store a note."""
        ...

    def owner_of(self, note_id: str) -> int | None:
        """Return the id of the user a note belongs to, or None."""
        ...

    def list_for_user(self, user_id: int) -> list[Note]:
        """Return the user's notes, oldest first."""
        ...


class UnitOfWork(Protocol):
    """One transaction over the repositories; nothing is kept unless commit() is called."""

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

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None:
        """Make the changes of this unit of work permanent."""
        ...

    def rollback(self) -> None:
        """Discard the changes of this unit of work."""
        ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
HealthCheck = Callable[[], CheckResult]


class ContentCatalog(Protocol):
    """Read access to the content bank."""

    def counts(self) -> dict[str, int]:
        """Return how many items of each kind the bank holds."""
        ...


class ProblemSource(Protocol):
    """The problems of the content bank, with their tests (expected outputs included)."""

    def summaries(self) -> list[ProblemSummary]:
        """Return every problem's summary."""
        ...

    def load_errors(self) -> dict[str, str]:
        """Return the problems that cannot be loaded, with what is wrong."""
        ...

    def get(self, slug: str) -> Problem:
        """Return a problem, or raise NotFoundError."""
        ...

    def tests(self, slug: str) -> ProblemTests:
        """Return the problem's public and hidden tests with expected outputs."""
        ...

    def reference_source(self, slug: str) -> str:
        """Return the source of the reference solution."""
        ...

    def wrong_solutions(self, slug: str) -> list[KnownSolution]:
        """Return the known-wrong and too-slow solutions."""
        ...

    def accepted_solutions(self, slug: str) -> list[KnownSolution]:
        """Return correct solutions in other styles, which the tests must accept."""
        ...


class Grader(Protocol):
    """Grades a job in a sandbox."""

    def grade(self, job: GradingJob, *, public_only: bool = False) -> GradeReport:
        """Run the job's tests (the public ones only when asked) and judge the outputs."""
        ...

    def close(self) -> None:
        """Stop every sandboxed process."""
        ...


class GradingQueue(Protocol):
    """Sends submissions to remote graders (Celery)."""

    def enqueue(self, submission_id: str) -> None:
        """Queue a stored, pending submission for grading."""
        ...


class CardSource(Protocol):
    """The knowledge cards of the content bank."""

    def cards(self) -> list[Card]:
        """Return every card."""
        ...

    def get(self, slug: str) -> Card:
        """Return a card, or raise NotFoundError."""
        ...

    def instance(self, slug: str, seed: int) -> CardInstance:
        """Draw a parametric card's numbers from a seed."""
        ...

    def load_errors(self) -> list[str]:
        """Return what is wrong with the card files."""
        ...

    def prove(self, slug: str) -> list[str]:
        """Return the defects of a parametric card found over many seeds."""
        ...


class RoadmapSource(Protocol):
    """The skill tree and the ordered study plans of the content bank."""

    def load_errors(self) -> list[str]:
        """Return what is wrong with the roadmap files themselves."""
        ...

    def reference_errors(
        self, problems: Iterable[str], decks: Iterable[str], prompts: Iterable[str]
    ) -> list[str]:
        """Return the plan items that name nothing in the bank."""
        ...

    def skill_tree(self) -> list[SkillNode]:
        """Return the skills from foundations to getting hired."""
        ...

    def plans(self) -> list[StudyPlan]:
        """Return the study plans."""
        ...

    def plan(self, slug: str) -> StudyPlan:
        """Return a study plan, or raise NotFoundError."""
        ...


class PromptSource(Protocol):
    """The system design and behavioral prompts of the content bank, with their rubrics."""

    def load_errors(self) -> list[str]:
        """Return what is wrong with the prompt files."""
        ...

    def rubric(self, kind: RubricKind) -> Rubric:
        """Return the rubric prompts of this kind are scored with."""
        ...

    def design_prompts(self, kind: RubricKind | None = None) -> list[DesignPrompt]:
        """Return the system design prompts (of one kind)."""
        ...

    def design_prompt(self, slug: str) -> DesignPrompt:
        """Return a design prompt, or raise NotFoundError."""
        ...

    def behavioral_prompts(self, category: str | None = None) -> list[BehavioralPrompt]:
        """Return the behavioral prompts (of one category)."""
        ...

    def behavioral_prompt(self, slug: str) -> BehavioralPrompt:
        """Return a behavioral prompt, or raise NotFoundError."""
        ...

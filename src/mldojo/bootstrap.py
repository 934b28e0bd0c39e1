"""Composition root: build engines, repositories and services from Settings."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mldojo.config import DATABASE_FILE_NAME, GraderBackend, Settings
from mldojo.domain.health import CheckResult, CheckStatus
from mldojo.errors import HomeError
from mldojo.services.ports import Clock, HealthCheck, SystemClock, UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from mldojo.content.cards import CardBank
    from mldojo.content.catalog import BankCatalog
    from mldojo.content.problems import ProblemBank
    from mldojo.content.prompts import PromptBank
    from mldojo.content.roadmap import RoadmapBank
    from mldojo.services.accounts import AccountService, GroupService
    from mldojo.services.content_check import ContentChecker
    from mldojo.services.grading import GradingService
    from mldojo.services.notes import NoteService
    from mldojo.services.ports import Grader, GradingQueue
    from mldojo.services.profiles import ProfileService
    from mldojo.services.progress import ProgressService
    from mldojo.services.publishing import PublishingService
    from mldojo.services.reviews import ReviewService
    from mldojo.services.study_log import StudyLogService
    from mldojo.services.transfer import DataTransferService


def prepare_home(home: Path) -> bool:
    """Create the home if missing and check it is writable; return whether it was created."""
    created = not home.exists()
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=home, prefix=".write-check-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise HomeError(
            f"cannot use {home} as the mldojo home: {reason}; "
            "set MLDOJO_HOME to a writable directory"
        ) from None
    return created


def home_problem(home: Path) -> str | None:
    """Return why the home is unusable, or None when it is fine (never creates it)."""
    probe = home
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        return f"{probe} is not a directory"
    if not os.access(probe, os.W_OK | os.X_OK):
        return f"{probe} is not writable"
    return None


def check_home(home: Path) -> CheckResult:
    """Report whether the home exists and is writable."""
    problem = home_problem(home)
    if problem:
        return CheckResult(
            "home", CheckStatus.FAILED, problem, "set MLDOJO_HOME to a writable directory"
        )
    if not home.exists():
        return CheckResult("home", CheckStatus.OK, f"{home} (created on first use)")
    return CheckResult("home", CheckStatus.OK, str(home))


SECRET_KEY_FILE = "secret_key"  # noqa: S105 - a file name, not a secret


def load_or_create_secret(home: Path) -> str:
    """Return the per-install secret in home/secret_key, creating it (mode 0600) on first use."""
    import secrets

    path = home / SECRET_KEY_FILE
    try:
        existing = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        existing = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise HomeError(f"cannot read {path}: {exc}; delete it to generate a new key") from None
    if len(existing) >= 32:
        return existing
    prepare_home(home)
    key = secrets.token_urlsafe(48)
    # Created with 0600 from the start, so the key is never readable by others, not even briefly.
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    os.chmod(path, 0o600)
    return key


@dataclass
class Application:
    """Everything a command or the web app needs, built once from the settings."""

    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
    notices: list[str] = field(default_factory=list)

    @cached_property
    def engine(self) -> Engine:
        """Return the database engine, creating the home and migrating on first use."""
        from mldojo.storage.database import create_database_engine
        from mldojo.storage.migrate import upgrade

        if self.settings.is_default_database:
            if prepare_home(self.settings.home):
                self.notices.append(f"created the mldojo home at {self.settings.home}")
            is_new = not (self.settings.home / DATABASE_FILE_NAME).exists()
        else:
            is_new = False
        engine = create_database_engine(self.settings.effective_database_url)
        before, after = upgrade(engine)
        if is_new:
            self.notices.append(f"created the database {self.settings.home / DATABASE_FILE_NAME}")
        elif before != after:
            self.notices.append(f"upgraded the database schema from {before or 'empty'} to {after}")
        return engine

    @cached_property
    def secret_key(self) -> str:
        """Return the secret that signs web tokens: MLDOJO_SECRET_KEY or the home's key file."""
        if self.settings.secret_key is not None:
            return self.settings.secret_key.get_secret_value()
        return load_or_create_secret(self.settings.home)

    @cached_property
    def uow_factory(self) -> Callable[[], UnitOfWork]:
        """Return a factory of units of work on the database."""
        from mldojo.storage.unit_of_work import SqlUnitOfWork, unit_of_work_factory

        sessions = unit_of_work_factory(self.engine)
        return lambda: SqlUnitOfWork(sessions)

    @cached_property
    def profiles(self) -> ProfileService:
        from mldojo.services.profiles import ProfileService

        return ProfileService(self.uow_factory, self.clock)

    @cached_property
    def accounts(self) -> AccountService:
        """Return registration, login sessions and roles (multi-user serving)."""
        from mldojo.services.accounts import AccountService

        return AccountService(self.uow_factory, self.clock, self.profiles)

    @cached_property
    def groups(self) -> GroupService:
        """Return groups, mentors' views of their learners and comments."""
        from mldojo.services.accounts import GroupService

        return GroupService(self.uow_factory, self.clock)

    @cached_property
    def study_log(self) -> StudyLogService:
        from mldojo.services.study_log import StudyLogService

        return StudyLogService(self.uow_factory, self.clock)

    @cached_property
    def transfer(self) -> DataTransferService:
        from mldojo.services.transfer import DataTransferService

        return DataTransferService(self.uow_factory, self.clock)

    @cached_property
    def catalog(self) -> BankCatalog:
        from mldojo.content.catalog import BankCatalog

        return BankCatalog(self.settings.content_dir)

    @cached_property
    def problems(self) -> ProblemBank:
        """Return the problems of the content bank; expected outputs come from the references."""
        from mldojo.content.problems import ProblemBank

        def reference_outputs(*args: Any) -> list[Any]:
            # Imported on use: it loads NumPy, which listing problems does not need.
            from mldojo.grader.reference import reference_outputs as run_reference

            return run_reference(*args)

        return ProblemBank(self.settings.content_dir, expected_outputs=reference_outputs)

    @cached_property
    def cards(self) -> CardBank:
        """Return the knowledge cards of the content bank."""
        from mldojo.content.cards import CardBank

        return CardBank(self.settings.content_dir)

    @cached_property
    def content_counts(self) -> dict[str, int]:
        """Return how many problems of each kind and cards the loaded bank holds."""
        counts = dict.fromkeys(("dsa", "ml", "pandas", "sql"), 0)
        for summary in self.problems.summaries():
            counts[summary.kind.value] = counts.get(summary.kind.value, 0) + 1
        cards = self.cards.cards()
        counts["cards"] = len(cards)
        counts["auto_graded_cards"] = sum(1 for card in cards if card.is_auto_graded)
        return counts

    @cached_property
    def roadmap(self) -> RoadmapBank:
        """Return the skill tree and the study plans of the content bank."""
        from mldojo.content.roadmap import RoadmapBank

        return RoadmapBank(self.settings.content_dir)

    @cached_property
    def prompts(self) -> PromptBank:
        """Return the system design and behavioral prompts of the content bank."""
        from mldojo.content.prompts import PromptBank

        return PromptBank(self.settings.content_dir)

    @cached_property
    def reviews(self) -> ReviewService:
        """Return spaced repetition over cards and problems."""
        from mldojo.services.reviews import ReviewService

        return ReviewService(self.uow_factory, self.clock, self.cards, self.problems)

    @cached_property
    def progress(self) -> ProgressService:
        """Return the readiness picture and next-step recommendations."""
        from mldojo.services.progress import ProgressService

        return ProgressService(
            self.uow_factory, self.clock, self.problems, self.cards, self.reviews, self.roadmap
        )

    @cached_property
    def notes(self) -> NoteService:
        """Return topic notes."""
        from mldojo.services.notes import NoteService

        return NoteService(self.uow_factory, self.clock)

    @cached_property
    def publishing(self) -> PublishingService:
        """Return weekly posts and topic notes."""
        from mldojo.services.publishing import PublishingService

        return PublishingService(self.uow_factory, self.clock, self.problems)

    def export_anki(self, path: Path, deck: str | None = None) -> tuple[Path, int]:
        """Write the bank's cards (or one deck's) as an Anki package."""
        from mldojo.content.anki import export_apkg
        from mldojo.errors import NotFoundError

        cards = [c for c in self.cards.cards() if deck is None or c.deck == deck]
        if not cards:
            raise NotFoundError(f"no cards in deck {deck!r}" if deck else "the bank has no cards")
        return export_apkg(cards, self.cards.instance, path)

    @cached_property
    def grader(self) -> Grader:
        """Return the warm sandbox pool (started on first use)."""
        from mldojo.grader.engine import GradingEngine

        return GradingEngine(
            isolation=self.settings.isolation,
            workers=self.settings.grader_workers,
            recycle_after=self.settings.grader_recycle_after,
        )

    @cached_property
    def queue(self) -> GradingQueue | None:
        """Return the Celery queue when MLDOJO_GRADER=celery, else None (grade in-process)."""
        if self.settings.grader is not GraderBackend.CELERY:
            return None
        from mldojo.grader.celery_app import CeleryQueue

        return CeleryQueue(self.settings)

    @cached_property
    def grading(self) -> GradingService:
        """Return the grading service: in-process pool, or the queue when configured."""
        from mldojo.services.grading import GradingService

        queue = self.queue
        return GradingService(
            self.uow_factory,
            self.clock,
            self.problems,
            None if queue is not None else self.grader,
            max_source_bytes=self.settings.max_source_bytes,
            queue=queue,
            on_graded=self.reviews.on_submission_graded,
        )

    @cached_property
    def worker_grading(self) -> GradingService:
        """Return the grading service a worker uses: always the in-process pool."""
        from mldojo.services.grading import GradingService

        return GradingService(
            self.uow_factory,
            self.clock,
            self.problems,
            self.grader,
            max_source_bytes=self.settings.max_source_bytes,
            queue=self.queue,
            on_graded=self.reviews.on_submission_graded,
        )

    @cached_property
    def content_checker(self) -> ContentChecker:
        """Return the checker that proves the bank through the real sandbox."""
        from mldojo.services.content_check import ContentChecker

        return ContentChecker(
            self.problems,
            self.cards,
            self.prompts,
            self.roadmap,
            self.worker_grading,
            self.grader,
            parallel=self.settings.grader_workers,
        )

    def warm_up(self) -> None:
        """Load the content bank and start the grading pool now, so the first visitors do not
        wait for them (a server calls this at startup)."""
        self.engine  # noqa: B018 - connects and migrates
        self.content_counts  # noqa: B018 - loads the problems and the cards
        self.prompts.load_errors()
        if self.queue is None:
            self.grader  # noqa: B018 - starts the warm pool

    def run_worker(self, concurrency: int) -> None:
        """Serve grading tasks from the Celery queue until stopped."""
        from mldojo.grader.celery_app import run_worker

        run_worker(self.settings, lambda: self.worker_grading, concurrency=concurrency)

    def upgrade_database(self) -> tuple[str | None, str]:
        """Apply pending migrations; return the revisions before and after."""
        from mldojo.storage.database import create_database_engine
        from mldojo.storage.migrate import upgrade

        if self.settings.is_default_database:
            prepare_home(self.settings.home)
        engine = create_database_engine(self.settings.effective_database_url)
        try:
            return upgrade(engine)
        finally:
            engine.dispose()

    def database_status(self) -> tuple[str, str | None, str]:
        """Return the database URL (password hidden), its revision and the newest one."""
        from mldojo.storage.database import create_database_engine
        from mldojo.storage.migrate import HEAD_REVISION, current_revision

        engine = create_database_engine(self.settings.effective_database_url)
        try:
            current = current_revision(engine)
        finally:
            engine.dispose()
        return engine.url.render_as_string(hide_password=True), current, HEAD_REVISION

    def health_checks(self) -> list[tuple[str, HealthCheck]]:
        """Return the checks `mldojo doctor` runs, without side effects on the machine."""
        from mldojo.grader.isolation import check_isolation, check_redis
        from mldojo.services.doctor import check_python

        settings = self.settings
        return [
            ("python", check_python),
            ("home", lambda: check_home(settings.home)),
            ("database", self._check_database),
            ("isolation", lambda: check_isolation(settings.isolation)),
            (
                "redis",
                lambda: check_redis(
                    settings.redis_url, required=settings.grader is GraderBackend.CELERY
                ),
            ),
            ("content", self._check_content),
        ]

    def _check_database(self) -> CheckResult:
        from mldojo.storage.database import create_database_engine
        from mldojo.storage.health import check_database

        if self.settings.is_default_database:
            database_file = self.settings.home / DATABASE_FILE_NAME
            if not database_file.exists():
                return CheckResult(
                    "database", CheckStatus.OK, f"{database_file} (created on first use)"
                )
        engine = create_database_engine(self.settings.effective_database_url)
        try:
            return check_database(engine)
        finally:
            engine.dispose()

    def _check_content(self) -> CheckResult:
        counts = self.catalog.counts()
        problems = sum(counts[kind] for kind in ("dsa", "ml", "pandas", "sql"))
        detail = f"{problems} problems, {counts['cards']} cards in {self.catalog.root}"
        if problems == 0:
            return CheckResult("content", CheckStatus.WARNING, detail, "check MLDOJO_CONTENT_DIR")
        return CheckResult("content", CheckStatus.OK, detail)

    def close(self) -> None:
        """Stop the grading pool and release the database connections."""
        grader = self.__dict__.get("grader")
        if grader is not None:
            grader.close()
        if "engine" in self.__dict__:
            self.engine.dispose()

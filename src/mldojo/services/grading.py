"""Submit code for a problem: store it, grade it in the sandbox, record the result exactly once."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from mldojo.domain.grading import GradeReport, GradingJob, Limits
from mldojo.domain.problem import Problem
from mldojo.domain.profile import LOCAL_USERNAME
from mldojo.domain.submission import Submission, SubmissionMode, SubmissionStatus, Verdict
from mldojo.errors import NotFoundError
from mldojo.services.ports import (
    Clock,
    Grader,
    GradingQueue,
    ProblemSource,
    UnitOfWorkFactory,
)
from mldojo.services.profiles import ensure_user


def decode_source(raw: bytes, max_bytes: int) -> tuple[str | None, str]:
    """Return (source, "") for an acceptable submission, else (None, why it is rejected)."""
    if len(raw) > max_bytes:
        return None, (
            f"the source is {len(raw)} bytes; the limit is {max_bytes} bytes "
            "(remove data tables or generated code)"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"the source is not UTF-8 text (bad byte at offset {exc.start}); save as UTF-8"
    if "\x00" in text:
        return None, f"the source contains a NUL byte at offset {text.index(chr(0))}"
    if not text.strip():
        return None, "the source is empty"
    return text, ""


class TimeLimitCalibrator:
    """Per-test time limits as a multiple of the reference's time, measured on this machine."""

    def __init__(self, grader: Grader, problems: ProblemSource) -> None:
        self._grader = grader
        self._problems = problems
        self._limits: dict[str, float] = {}
        self._lock = threading.Lock()

    def time_limit(self, problem: Problem) -> float:
        """Return the per-test limit in seconds, measuring the reference on first use."""
        with self._lock:
            if problem.slug in self._limits:
                return self._limits[problem.slug]
        tests = self._problems.tests(problem.slug)
        generous = Limits(
            time_limit_s=problem.time_policy.ceiling_s,
            total_time_limit_s=problem.time_policy.ceiling_s * max(4, len(tests.all)),
            memory_mb=problem.memory_mb,
            max_source_bytes=1 << 22,
        )
        job = GradingJob(
            submission_id=f"calibrate-{problem.slug}",
            source=self._problems.reference_source(problem.slug),
            entry=problem.entry,
            cases=tests.all,
            checker=problem.checker,
            limits=generous,
        )
        slowest = 0.0
        # The fastest of two runs: the first may pay for cold caches. A second run can only
        # lower the limit, so it is skipped when the first already gives the floor.
        for _ in range(2):
            report = self._grader.grade(job)
            if report.verdict is not Verdict.ACCEPTED:
                raise NotFoundError(
                    f"{problem.slug}: the reference solution is not accepted "
                    f"({report.verdict.value}: {report.message}); run `mldojo content check`"
                )
            run_slowest = max((t.time_ms for t in report.tests), default=0.0) / 1000
            slowest = run_slowest if slowest == 0.0 else min(slowest, run_slowest)
            if problem.time_policy.limit_for(slowest) <= problem.time_policy.floor_s:
                break
        limit = problem.time_policy.limit_for(slowest)
        with self._lock:
            self._limits[problem.slug] = limit
        return limit


class GradingService:
    """Run (public tests) and submit (all tests), locally or through a queue."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        problems: ProblemSource,
        grader: Grader | None,
        *,
        max_source_bytes: int,
        queue: GradingQueue | None = None,
        on_graded: Callable[[int, Submission], None] | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._problems = problems
        self._grader = grader
        self._queue = queue
        self._on_graded = on_graded
        self._max_source_bytes = max_source_bytes
        self._calibrator = TimeLimitCalibrator(grader, problems) if grader else None

    def job_for(
        self, problem: Problem, submission_id: str, source: str, *, public_only: bool
    ) -> GradingJob:
        """Return the grading job of a source for a problem, with calibrated limits."""
        assert self._calibrator is not None, "grading needs a grader"
        tests = self._problems.tests(problem.slug)
        cases = tests.public if public_only else tests.all
        per_test = self._calibrator.time_limit(problem)
        return GradingJob(
            submission_id=submission_id,
            source=source,
            entry=problem.entry,
            cases=cases,
            checker=problem.checker,
            limits=Limits(
                time_limit_s=per_test,
                total_time_limit_s=max(10.0, per_test * 3 + 0.05 * len(cases)),
                memory_mb=problem.memory_mb,
                max_source_bytes=self._max_source_bytes,
            ),
        )

    def create_submission(
        self,
        slug: str,
        raw_source: bytes,
        mode: SubmissionMode = SubmissionMode.SUBMIT,
        *,
        username: str = LOCAL_USERNAME,
    ) -> Submission:
        """Store a submission (pending, or rejected when the source is unusable) and return it."""
        self._problems.get(slug)  # an unknown slug is an error, not a submission
        source, problem_text = decode_source(raw_source, self._max_source_bytes)
        now = self._clock.now()
        submission = Submission(
            id=str(uuid.uuid4()),
            problem_slug=slug,
            mode=mode,
            source=source if source is not None else _storable_excerpt(raw_source),
            created_at=now,
        )
        if source is None:
            report = GradeReport(
                verdict=Verdict.REJECTED, tests=(), time_ms=0.0, message=problem_text
            )
            submission = _graded(submission, report, now)
        with self._uow_factory() as uow:
            user = ensure_user(uow, username, self._clock)
            uow.submissions.add(user.id, submission)
            uow.commit()
        return submission

    def grade_pending(self, submission_id: str) -> Submission:
        """Grade a stored submission if still pending; return it as stored afterwards."""
        assert self._grader is not None, "grading needs a grader"
        with self._uow_factory() as uow:
            submission = uow.submissions.get(submission_id)
        if submission is None:
            raise NotFoundError(f"no submission {submission_id}")
        if submission.status is SubmissionStatus.GRADED:
            return submission
        problem = self._problems.get(submission.problem_slug)
        job = self.job_for(
            problem,
            submission.id,
            submission.source,
            public_only=submission.mode is SubmissionMode.RUN,
        )
        report = self._grader.grade(job, public_only=submission.mode is SubmissionMode.RUN)
        graded = _graded(submission, report, self._clock.now())
        with self._uow_factory() as uow:
            is_first = uow.submissions.record_result(graded)
            uow.commit()
            stored = uow.submissions.get(submission_id)
            owner = uow.submissions.owner_of(submission_id)
        assert stored is not None
        if is_first and owner is not None and self._on_graded is not None:
            self._on_graded(owner, stored)
        return stored

    def submit_many(
        self,
        slug: str,
        sources: Sequence[bytes],
        mode: SubmissionMode = SubmissionMode.SUBMIT,
        *,
        username: str = LOCAL_USERNAME,
        wait_s: float = 600.0,
    ) -> list[Submission]:
        """Store every source first, then grade them (locally, or through the queue and wait)."""
        created = [self.create_submission(slug, raw, mode, username=username) for raw in sources]
        pending = [s.id for s in created if s.status is SubmissionStatus.PENDING]
        if self._queue is not None:
            for submission_id in pending:
                self._queue.enqueue(submission_id)
            done = self.wait_for(pending, wait_s)
        else:
            done = {sid: self.grade_pending(sid) for sid in pending}
        return [done.get(s.id, s) for s in created]

    def wait_for(self, submission_ids: Sequence[str], timeout_s: float) -> dict[str, Submission]:
        """Poll the database until the submissions are graded or the timeout passes."""
        import time

        deadline = time.monotonic() + timeout_s
        results: dict[str, Submission] = {}
        remaining = list(submission_ids)
        delay = 0.02
        while remaining:
            with self._uow_factory() as uow:
                for sid in list(remaining):
                    stored = uow.submissions.get(sid)
                    if stored and stored.status is SubmissionStatus.GRADED:
                        results[sid] = stored
                        remaining.remove(sid)
            if not remaining:
                break
            if time.monotonic() > deadline:
                from mldojo.errors import MldojoError

                raise MldojoError(
                    f"{len(remaining)} submissions are still waiting for a grader after "
                    f"{timeout_s:.0f} s: is `mldojo worker` running? They stay queued and will "
                    "be graded when a worker is up"
                )
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)
        return results

    def requeue_stale(self, older_than: timedelta, limit: int = 500) -> list[str]:
        """Queue again what is still pending after a while (a lost queue or a dead worker)."""
        cutoff = self._clock.now() - older_than
        with self._uow_factory() as uow:
            stale = uow.submissions.pending_before(cutoff, limit)
        for submission_id in stale:
            if self._queue is not None:
                self._queue.enqueue(submission_id)
            else:
                self.grade_pending(submission_id)
        return stale

    def history(
        self,
        slug: str | None = None,
        *,
        username: str = LOCAL_USERNAME,
        limit: int | None = None,
    ) -> list[Submission]:
        """Return the user's submissions, newest first, optionally for one problem and only
        the newest `limit`."""
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            items = uow.submissions.list_for_user(user.id, slug=slug, limit=limit) if user else []
        return list(reversed(items))


def _graded(submission: Submission, report: GradeReport, now: Any) -> Submission:
    return submission.model_copy(
        update={
            "status": SubmissionStatus.GRADED,
            "verdict": report.verdict,
            "time_ms": report.time_ms,
            "result": report.to_dict(),
            "graded_at": now,
        }
    )


def _storable_excerpt(raw: bytes) -> str:
    """Return what can be kept of a rejected source: its start, as text without NUL bytes."""
    return raw[:4000].decode("utf-8", "replace").replace("\x00", "\ufffd")

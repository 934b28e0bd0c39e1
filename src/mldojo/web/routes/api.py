"""The JSON API under /api, over the same services as the pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from mldojo.bootstrap import Application
from mldojo.domain.problem import ProblemStatus, ProblemSummary
from mldojo.domain.readiness import Estimate, Round
from mldojo.domain.study import StudyEntry
from mldojo.domain.submission import Submission, SubmissionMode
from mldojo.web.deps import AppDep
from mldojo.web.routes.home import step_link
from mldojo.web.routes.problems import filter_problems
from mldojo.web.schemas import (
    CsrfPublic,
    ErrorPublic,
    EstimatePublic,
    ExamplePublic,
    ProblemPublic,
    ProblemSummaryPublic,
    ProgressPublic,
    RecommendationPublic,
    ReviewItemPublic,
    ReviewQueuePublic,
    RoundPublic,
    StudyEntryCreate,
    StudyEntryPublic,
    SubmissionCreate,
    SubmissionPublic,
    SubmissionSummaryPublic,
)
from mldojo.web.security import CSRF_HEADER, issue_csrf_token

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorPublic, "description": description}
    for status, description in (
        (400, "Bad input, or no profile yet"),
        (403, "Missing or invalid CSRF token, or a cross-site request"),
        (404, "Unknown problem or item"),
        (422, "The request body or a parameter is malformed"),
    )
}

router = APIRouter(prefix="/api", responses=ERRORS)


def _summary_public(summary: ProblemSummary, status: ProblemStatus) -> dict[str, Any]:
    return {
        "slug": summary.slug,
        "title": summary.title,
        "kind": summary.kind.value,
        "difficulty": summary.difficulty.value,
        "topics": list(summary.topics),
        "leetcode": summary.leetcode,
        "estimated_minutes": summary.estimated_minutes,
        "skill": summary.skill,
        "status": status.value,
    }


def _submission_summary(submission: Submission) -> SubmissionSummaryPublic:
    return SubmissionSummaryPublic(
        id=submission.id,
        problem_slug=submission.problem_slug,
        mode=submission.mode.value,
        status=submission.status.value,
        verdict=submission.verdict.value if submission.verdict else None,
        time_ms=submission.time_ms,
        created_at=submission.created_at,
        graded_at=submission.graded_at,
    )


def _submission_public(submission: Submission) -> SubmissionPublic:
    result = submission.result or {}
    return SubmissionPublic(
        **_submission_summary(submission).model_dump(),
        message=str(result.get("message", "")),
        passed=int(result.get("passed", 0)),
        total=int(result.get("total", 0)),
        tests=[
            {key: value for key, value in test.items() if key in _TEST_FIELDS}
            for test in result.get("tests", [])
        ],
    )


_TEST_FIELDS = frozenset(
    {"number", "name", "verdict", "time_ms", "public", "message", "input", "expected", "actual"}
)


def _estimate(estimate: Estimate) -> dict[str, Any]:
    return {
        "readiness": round(estimate.readiness, 4),
        "uncertainty": round(estimate.readiness_uncertainty, 4),
        "evidence": round(estimate.evidence, 3),
        "is_thin": estimate.is_thin,
    }


@router.get("/csrf", tags=["security"])
def csrf_token(application: AppDep) -> CsrfPublic:
    """Return a CSRF token to send in the X-CSRF-Token header of POST requests."""
    return CsrfPublic(token=issue_csrf_token(application.secret_key), header=CSRF_HEADER)


@router.get("/problems", tags=["problems"])
def list_problems(
    application: AppDep,
    kind: Annotated[str, Query(max_length=20, description="dsa, ml, pandas or sql")] = "",
    topic: Annotated[str, Query(max_length=100)] = "",
    difficulty: Annotated[str, Query(max_length=20, description="easy, medium or hard")] = "",
    status: Annotated[str, Query(max_length=20, description="solved, attempted or new")] = "",
    q: Annotated[str, Query(max_length=200, description="search in titles and topics")] = "",
) -> list[ProblemSummaryPublic]:
    """List the problems, filtered, with your status on each."""
    statuses = application.progress.problem_statuses()
    shown = filter_problems(
        application.problems.summaries(),
        statuses,
        kind=kind,
        topic=topic,
        difficulty=difficulty,
        status=status,
        q=q,
    )
    return [
        ProblemSummaryPublic(**_summary_public(s, statuses.get(s.slug, ProblemStatus.NEW)))
        for s in shown
    ]


@router.get("/problems/{slug}", tags=["problems"])
def get_problem(slug: str, application: AppDep) -> ProblemPublic:
    """Return a problem: statement, starter code, public examples and hints."""
    from mldojo.domain.grading import shown

    problem = application.problems.get(slug)
    status = application.progress.problem_statuses().get(slug, ProblemStatus.NEW)
    examples = [
        ExamplePublic(name=case.name, input=shown(list(case.args)), expected=shown(case.expected))
        for case in application.problems.public_tests(slug).public
    ]
    return ProblemPublic(
        **_summary_public(problem.summary, status),
        statement=problem.statement,
        starter=problem.starter,
        examples=examples,
        hints=list(problem.hints),
        key_idea=problem.key_idea if status is ProblemStatus.SOLVED else None,
    )


def _grade(
    application: Application, slug: str, body: SubmissionCreate, mode: SubmissionMode
) -> SubmissionPublic:
    application.problems.get(slug)
    raw = body.source.encode("utf-8", "surrogatepass")
    [submission] = application.grading.submit_many(slug, [raw], mode)
    return _submission_public(submission)


@router.post("/problems/{slug}/run", tags=["problems"])
def run_problem(slug: str, body: SubmissionCreate, application: AppDep) -> SubmissionPublic:
    """Grade a source on the public examples only (like LeetCode's Run)."""
    return _grade(application, slug, body, SubmissionMode.RUN)


@router.post("/problems/{slug}/submit", tags=["problems"])
def submit_problem(slug: str, body: SubmissionCreate, application: AppDep) -> SubmissionPublic:
    """Grade a source on every test, public and hidden; hidden tests show only their verdict."""
    return _grade(application, slug, body, SubmissionMode.SUBMIT)


@router.get("/submissions", tags=["problems"])
def list_submissions(
    application: AppDep,
    slug: Annotated[str | None, Query(max_length=200, description="only this problem")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[SubmissionSummaryPublic]:
    """List your submissions, newest first."""
    return [_submission_summary(s) for s in application.grading.history(slug)[:limit]]


@router.get("/progress", tags=["progress"])
def get_progress(application: AppDep) -> ProgressPublic:
    """Return readiness per interview round and skill, goals and streak."""
    progress = application.progress.progress()
    return ProgressPublic(
        rounds=[
            RoundPublic(round=r.value, label=r.label, **_estimate(progress.rounds[r]))
            for r in Round
        ],
        skills={
            skill: EstimatePublic(**_estimate(estimate))
            for skill, estimate in progress.skills.items()
        },
        solved=progress.solved,
        solved_goal=progress.solved_goal,
        solved_by_kind=progress.solved_by_kind,
        week_minutes=progress.week_minutes,
        week_goal_minutes=progress.week_goal_minutes,
        streak_days=progress.streak_days,
    )


@router.get("/next", tags=["progress"])
def next_steps(application: AppDep) -> list[RecommendationPublic]:
    """Return what to do now, most useful first, each with its reason."""
    return [
        RecommendationPublic(
            action=s.action, reason=s.reason, command=s.command, url=step_link(s), item=s.item
        )
        for s in application.progress.next_steps()
    ]


def _entry_public(entry: StudyEntry) -> StudyEntryPublic:
    return StudyEntryPublic(**entry.model_dump(mode="json"))


@router.get("/log", tags=["study log"])
def list_log(application: AppDep) -> list[StudyEntryPublic]:
    """Return the study log, newest first."""
    return [_entry_public(e) for e in reversed(application.study_log.list_entries())]


@router.post("/log", status_code=201, tags=["study log"])
def add_log(body: StudyEntryCreate, application: AppDep) -> StudyEntryPublic:
    """Record study time; a bad duration or an empty note is a 400 with the reason."""
    entry = application.study_log.log_study(body.duration, body.notes, topic=body.topic)
    return _entry_public(entry)


@router.get("/review/queue", tags=["review"])
def review_queue(application: AppDep) -> ReviewQueuePublic:
    """Return today's reviews: due items first, then new cards, within the daily limits."""
    queue = application.reviews.queue()
    return ReviewQueuePublic(
        items=[
            ReviewItemPublic(key=i.key, kind=i.kind.value, slug=i.slug, is_new=i.is_new, due=i.due)
            for i in queue.items
        ],
        due_total=queue.due_total,
        new_available=queue.new_available,
    )

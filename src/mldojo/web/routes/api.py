"""The JSON API under /api, over the same services as the pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from mldojo.bootstrap import Application
from mldojo.domain.accounts import Comment
from mldojo.domain.problem import ProblemStatus, ProblemSummary
from mldojo.domain.profile import User
from mldojo.domain.readiness import Estimate, Round
from mldojo.domain.study import StudyEntry
from mldojo.domain.submission import Submission, SubmissionMode
from mldojo.services.progress import Progress
from mldojo.web.auth import UserDep, check_grading_rate
from mldojo.web.deps import AppDep, csrf_key
from mldojo.web.routes.home import step_link
from mldojo.web.routes.problems import filter_problems
from mldojo.web.schemas import (
    CommentCreate,
    CommentPublic,
    CsrfPublic,
    ErrorPublic,
    EstimatePublic,
    ExamplePublic,
    LearnerPublic,
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
    UserPublic,
)
from mldojo.web.security import CSRF_HEADER, issue_csrf_token

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorPublic, "description": description}
    for status, description in (
        (400, "Bad input, or no profile yet"),
        (401, "Not logged in (multi-user mode)"),
        (403, "Missing or invalid CSRF token, a cross-site request, or not allowed"),
        (404, "Unknown problem or item"),
        (422, "The request body or a parameter is malformed"),
        (429, "Too many requests: wait for the seconds in Retry-After"),
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
def csrf_token(request: Request) -> CsrfPublic:
    """Return a CSRF token to send in the X-CSRF-Token header of POST requests (in multi-user
    mode it is bound to your session: log in first)."""
    return CsrfPublic(token=issue_csrf_token(csrf_key(request)), header=CSRF_HEADER)


@router.get("/problems", tags=["problems"])
def list_problems(
    application: AppDep,
    user: UserDep,
    kind: Annotated[str, Query(max_length=20, description="dsa, ml, pandas or sql")] = "",
    topic: Annotated[str, Query(max_length=100)] = "",
    difficulty: Annotated[str, Query(max_length=20, description="easy, medium or hard")] = "",
    status: Annotated[str, Query(max_length=20, description="solved, attempted or new")] = "",
    q: Annotated[str, Query(max_length=200, description="search in titles and topics")] = "",
    plan: Annotated[
        str, Query(max_length=100, description="essentials-50, faang-150 or ml-track")
    ] = "",
) -> list[ProblemSummaryPublic]:
    """List the problems, filtered, with your status on each."""
    statuses = application.progress.problem_statuses(user.username)
    shown = filter_problems(
        application.problems.summaries(),
        statuses,
        kind=kind,
        topic=topic,
        difficulty=difficulty,
        status=status,
        q=q,
        plan=application.roadmap.plan(plan) if plan else None,
    )
    return [
        ProblemSummaryPublic(**_summary_public(s, statuses.get(s.slug, ProblemStatus.NEW)))
        for s in shown
    ]


@router.get("/problems/{slug}", tags=["problems"])
def get_problem(slug: str, application: AppDep, user: UserDep) -> ProblemPublic:
    """Return a problem: statement, starter code, public examples and hints."""
    from mldojo.domain.grading import shown

    problem = application.problems.get(slug)
    status = application.progress.problem_statuses(user.username).get(slug, ProblemStatus.NEW)
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
    request: Request,
    application: Application,
    user: User,
    slug: str,
    body: SubmissionCreate,
    mode: SubmissionMode,
) -> SubmissionPublic:
    application.problems.get(slug)
    check_grading_rate(request, user)
    raw = body.source.encode("utf-8", "surrogatepass")
    [submission] = application.grading.submit_many(slug, [raw], mode, username=user.username)
    return _submission_public(submission)


@router.post("/problems/{slug}/run", tags=["problems"])
def run_problem(
    request: Request, slug: str, body: SubmissionCreate, application: AppDep, user: UserDep
) -> SubmissionPublic:
    """Grade a source on the public examples only (like LeetCode's Run)."""
    return _grade(request, application, user, slug, body, SubmissionMode.RUN)


@router.post("/problems/{slug}/submit", tags=["problems"])
def submit_problem(
    request: Request, slug: str, body: SubmissionCreate, application: AppDep, user: UserDep
) -> SubmissionPublic:
    """Grade a source on every test, public and hidden; hidden tests show only their verdict."""
    return _grade(request, application, user, slug, body, SubmissionMode.SUBMIT)


@router.get("/submissions", tags=["problems"])
def list_submissions(
    application: AppDep,
    user: UserDep,
    slug: Annotated[str | None, Query(max_length=200, description="only this problem")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[SubmissionSummaryPublic]:
    """List your submissions, newest first."""
    history = application.grading.history(slug, username=user.username, limit=limit)
    return [_submission_summary(s) for s in history]


@router.get("/progress", tags=["progress"])
def get_progress(application: AppDep, user: UserDep) -> ProgressPublic:
    """Return readiness per interview round and skill, goals and streak."""
    return _progress_public(application.progress.progress(user.username))


def _progress_public(progress: Progress) -> ProgressPublic:
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
def next_steps(application: AppDep, user: UserDep) -> list[RecommendationPublic]:
    """Return what to do now, most useful first, each with its reason."""
    return [
        RecommendationPublic(
            action=s.action, reason=s.reason, command=s.command, url=step_link(s), item=s.item
        )
        for s in application.progress.next_steps(user.username)
    ]


def _entry_public(entry: StudyEntry) -> StudyEntryPublic:
    return StudyEntryPublic(**entry.model_dump(mode="json"))


@router.get("/log", tags=["study log"])
def list_log(application: AppDep, user: UserDep) -> list[StudyEntryPublic]:
    """Return the study log, newest first."""
    entries = application.study_log.list_entries(user.username)
    return [_entry_public(e) for e in reversed(entries)]


@router.post("/log", status_code=201, tags=["study log"])
def add_log(body: StudyEntryCreate, application: AppDep, user: UserDep) -> StudyEntryPublic:
    """Record study time; a bad duration or an empty note is a 400 with the reason."""
    entry = application.study_log.log_study(
        body.duration, body.notes, topic=body.topic, username=user.username
    )
    return _entry_public(entry)


@router.get("/review/queue", tags=["review"])
def review_queue(application: AppDep, user: UserDep) -> ReviewQueuePublic:
    """Return today's reviews: due items first, then new cards, within the daily limits."""
    queue = application.reviews.queue(user.username)
    return ReviewQueuePublic(
        items=[
            ReviewItemPublic(key=i.key, kind=i.kind.value, slug=i.slug, is_new=i.is_new, due=i.due)
            for i in queue.items
        ],
        due_total=queue.due_total,
        new_available=queue.new_available,
    )


@router.get("/me", tags=["accounts"])
def me(user: UserDep) -> UserPublic:
    """Return who you are ('local' in single-user mode)."""
    return UserPublic(username=user.username, role=user.role.value)


def _comment_public(comment: Comment) -> CommentPublic:
    return CommentPublic(
        id=comment.id,
        author=comment.author,
        learner=comment.learner,
        subject=comment.subject,
        body=comment.body,
        created_at=comment.created_at,
    )


@router.get("/learners", tags=["mentoring"])
def list_learners(application: AppDep, user: UserDep) -> list[UserPublic]:
    """Return the learners in the groups you mentor."""
    return [
        UserPublic(username=u.username, role=u.role.value)
        for u in application.groups.learners(user)
    ]


@router.get("/learners/{username}", tags=["mentoring"])
def get_learner(username: str, application: AppDep, user: UserDep) -> LearnerPublic:
    """Return a learner's readiness, recent submissions and comments (mentors of their groups,
    and the learner)."""
    learner = application.groups.require_viewable(user, username)
    profile = application.profiles.get_profile(learner.username)
    progress = application.progress.progress(learner.username) if profile else None
    history = application.grading.history(username=learner.username, limit=50)
    return LearnerPublic(
        username=learner.username,
        progress=_progress_public(progress) if progress else None,
        submissions=[_submission_summary(s) for s in history],
        comments=[_comment_public(c) for c in application.groups.comments(user, username)],
    )


@router.post("/learners/{username}/comments", status_code=201, tags=["mentoring"])
def add_comment(
    username: str, body: CommentCreate, application: AppDep, user: UserDep
) -> CommentPublic:
    """Comment on a learner's work (mentors of their groups)."""
    comment = application.groups.comment(user, username, body.body, body.subject)
    return _comment_public(comment)

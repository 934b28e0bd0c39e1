"""Problems: the filtered list, the problem page with its editor, Run, Submit, hints, history."""

from __future__ import annotations

import difflib
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from mldojo.bootstrap import Application
from mldojo.domain.problem import Difficulty, Problem, ProblemKind, ProblemStatus, ProblemSummary
from mldojo.domain.roadmap import StudyPlan
from mldojo.domain.submission import Submission, SubmissionMode, Verdict
from mldojo.errors import NotFoundError
from mldojo.web.auth import UserDep, check_grading_rate
from mldojo.web.deps import AppDep, is_htmx, render

router = APIRouter(include_in_schema=False)

KIND_LABELS = {
    ProblemKind.DSA: "Algorithms",
    ProblemKind.ML: "ML from scratch",
    ProblemKind.PANDAS: "pandas",
    ProblemKind.SQL: "SQL",
}
VERDICT_LABELS = {
    Verdict.ACCEPTED: "Accepted",
    Verdict.WRONG_ANSWER: "Wrong answer",
    Verdict.TIME_LIMIT_EXCEEDED: "Time limit exceeded",
    Verdict.MEMORY_LIMIT_EXCEEDED: "Memory limit exceeded",
    Verdict.OUTPUT_LIMIT_EXCEEDED: "Output limit exceeded",
    Verdict.RUNTIME_ERROR: "Runtime error",
    Verdict.COMPILE_ERROR: "Compile error",
    Verdict.REJECTED: "Rejected",
    Verdict.SYSTEM_ERROR: "System error",
}


def filter_problems(
    summaries: list[ProblemSummary],
    statuses: dict[str, ProblemStatus],
    *,
    kind: str = "",
    topic: str = "",
    difficulty: str = "",
    status: str = "",
    q: str = "",
    plan: StudyPlan | None = None,
) -> list[ProblemSummary]:
    """Return the problems that match every filter given (empty filters match all); with a
    study plan, only its problems, in the plan's order."""
    needle = q.strip().lower()
    if plan is not None:
        by_slug = {s.slug: s for s in summaries}
        summaries = [by_slug[slug] for slug in plan.problems if slug in by_slug]
    return [
        s
        for s in summaries
        if (not kind or s.kind.value == kind)
        and (not topic or topic in s.topics)
        and (not difficulty or s.difficulty.value == difficulty)
        and (not status or statuses.get(s.slug, ProblemStatus.NEW).value == status)
        and (
            not needle
            or needle in s.title.lower()
            or needle in s.slug
            or any(needle in t.lower() for t in s.topics)
        )
    ]


@router.get("/problems", response_class=HTMLResponse)
def problem_list(
    request: Request,
    application: AppDep,
    user: UserDep,
    kind: Annotated[str, Query(max_length=20)] = "",
    topic: Annotated[str, Query(max_length=100)] = "",
    difficulty: Annotated[str, Query(max_length=20)] = "",
    status: Annotated[str, Query(max_length=20)] = "",
    q: Annotated[str, Query(max_length=200)] = "",
    plan: Annotated[str, Query(max_length=100)] = "",
) -> HTMLResponse:
    """List the problems with filters and search; HTMX gets the result rows only."""
    summaries = application.problems.summaries()
    statuses = application.progress.problem_statuses(user.username)
    shown = filter_problems(
        summaries,
        statuses,
        kind=kind,
        topic=topic,
        difficulty=difficulty,
        status=status,
        q=q,
        plan=application.roadmap.plan(plan) if plan else None,
    )
    context = {
        "problems": shown,
        "total": len(summaries),
        "statuses": statuses,
        "filters": {
            "kind": kind,
            "topic": topic,
            "difficulty": difficulty,
            "status": status,
            "q": q,
            "plan": plan,
        },
        "plans": application.roadmap.plans(),
        "kinds": KIND_LABELS,
        "difficulties": list(Difficulty),
        "status_choices": list(ProblemStatus),
        "topics": sorted({t for s in summaries for t in s.topics}),
    }
    if is_htmx(request) and request.headers.get("hx-target") == "problem-results":
        return render(request, "problems/_results.html", context)
    return render(request, "problems/list.html", context)


HISTORY_SHOWN = 50


def _history(application: Application, slug: str, username: str) -> list[Submission]:
    return application.grading.history(slug, username=username, limit=HISTORY_SHOWN)


def _editor_source(problem: Problem, history: list[Submission]) -> str:
    for submission in history:
        if submission.verdict is not Verdict.REJECTED:
            return submission.source
    return problem.starter


def _problem_context(application: Application, slug: str, username: str) -> dict[str, Any]:
    problem = application.problems.get(slug)
    history = _history(application, slug, username)
    status = application.progress.problem_statuses(username).get(slug)
    solved = status is ProblemStatus.SOLVED
    return {
        "problem": problem,
        "summary": problem.summary,
        "kind_label": KIND_LABELS[problem.summary.kind],
        "history": history,
        "is_solved": solved,
        "verdict_labels": VERDICT_LABELS,
    }


@router.get("/problems/{slug}", response_class=HTMLResponse)
def problem_page(request: Request, slug: str, application: AppDep, user: UserDep) -> HTMLResponse:
    """Show the statement, the editor (your latest code or the starter), hints and history."""
    context = _problem_context(application, slug, user.username)
    context["source"] = _editor_source(context["problem"], context["history"])
    context["submission"] = None
    return render(request, "problems/detail.html", context)


def _grade(
    request: Request,
    application: AppDep,
    user: UserDep,
    slug: str,
    source: str,
    mode: SubmissionMode,
) -> HTMLResponse:
    application.problems.get(slug)  # an unknown slug is a 404 before anything is stored
    check_grading_rate(request, user)
    # surrogatepass keeps undecodable input as bytes, so it is rejected as not UTF-8, not mangled.
    raw = source.encode("utf-8", "surrogatepass")
    [submission] = application.grading.submit_many(slug, [raw], mode, username=user.username)
    context = _problem_context(application, slug, user.username)
    context["submission"] = submission
    context["source"] = source
    if is_htmx(request):
        return render(request, "problems/_verdict.html", {**context, "oob_history": True})
    return render(request, "problems/detail.html", context)


@router.post("/problems/{slug}/run", response_class=HTMLResponse)
def run_public_tests(
    request: Request,
    slug: str,
    application: AppDep,
    user: UserDep,
    source: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Grade the editor's code on the public examples only."""
    return _grade(request, application, user, slug, source, SubmissionMode.RUN)


@router.post("/problems/{slug}/submit", response_class=HTMLResponse)
def submit_all_tests(
    request: Request,
    slug: str,
    application: AppDep,
    user: UserDep,
    source: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Grade the editor's code on every test, public and hidden."""
    return _grade(request, application, user, slug, source, SubmissionMode.SUBMIT)


@router.get("/problems/{slug}/hints/{number}", response_class=HTMLResponse)
def hint(request: Request, slug: str, number: int, application: AppDep) -> HTMLResponse:
    """Reveal hint `number` (1-based) and offer the next one."""
    problem = application.problems.get(slug)
    if not 1 <= number <= len(problem.hints):
        raise NotFoundError(f"{slug} has {len(problem.hints)} hints; there is no hint {number}")
    return render(
        request,
        "problems/_hint.html",
        {"problem": problem, "number": number, "hint": problem.hints[number - 1]},
    )


@router.get("/problems/{slug}/diff", response_class=HTMLResponse)
def submission_diff(
    request: Request,
    slug: str,
    application: AppDep,
    user: UserDep,
    old: Annotated[str, Query(max_length=64)],
    new: Annotated[str, Query(max_length=64)],
) -> HTMLResponse:
    """Show what changed between two of your submissions to this problem."""
    application.problems.get(slug)
    by_id = {s.id: s for s in _history(application, slug, user.username)}
    if old not in by_id or new not in by_id:
        raise NotFoundError("no such submission for this problem")
    before, after = by_id[old], by_id[new]
    lines = list(
        difflib.unified_diff(
            before.source.splitlines(),
            after.source.splitlines(),
            fromfile=f"{before.created_at:%Y-%m-%d %H:%M:%S} ({before.mode.value})",
            tofile=f"{after.created_at:%Y-%m-%d %H:%M:%S} ({after.mode.value})",
            lineterm="",
        )
    )
    return render(request, "problems/_diff.html", {"lines": lines, "old": before, "new": after})

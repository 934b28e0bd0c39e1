"""The study log (time, topic, notes) and topic notes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.bootstrap import Application
from mldojo.domain.roadmap import SKILLS
from mldojo.domain.study import parse_duration_minutes
from mldojo.errors import MldojoError
from mldojo.services.progress import week_start
from mldojo.web.auth import UserDep
from mldojo.web.deps import AppDep, render

router = APIRouter(include_in_schema=False)

MAX_NOTES_CHARS = 20_000


def _log_context(application: Application, username: str) -> dict[str, Any]:
    entries = list(reversed(application.study_log.list_entries(username)))
    profile = application.profiles.get_profile(username)
    monday = week_start(application.clock.now())
    week_minutes = sum(e.minutes for e in entries if e.logged_at >= monday)
    return {
        "entries": entries[:50],
        "week_hours": week_minutes / 60,
        "goal_hours": profile.weekly_goal_hours if profile else None,
        "notes_by_topic": application.notes.notes_by_topic(username),
        "topics": list(SKILLS),
        "form": {"duration": "", "topic": "", "notes": ""},
        "errors": {},
        "note_form": {"topic": "", "body": ""},
        "note_errors": {},
    }


@router.get("/log", response_class=HTMLResponse)
def log_page(request: Request, application: AppDep, user: UserDep, saved: str = "") -> HTMLResponse:
    """Show the log form, this week's hours, recent entries and notes by topic."""
    context = _log_context(application, user.username)
    context["saved"] = saved
    return render(request, "study/log.html", context)


@router.post("/log", response_class=HTMLResponse, response_model=None)
def add_log_entry(
    request: Request,
    application: AppDep,
    user: UserDep,
    duration: Annotated[str, Form(max_length=50)] = "",
    notes: Annotated[str, Form(max_length=MAX_NOTES_CHARS)] = "",
    topic: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Record study time; on a bad field, show the form again with the message and the input."""
    errors: dict[str, str] = {}
    try:
        parse_duration_minutes(duration)
    except ValueError as exc:
        errors["duration"] = str(exc)
    if not notes.strip():
        errors["notes"] = "say what you studied, e.g. “PCA by hand”"
    if not errors:
        try:
            application.study_log.log_study(
                duration, notes.strip(), topic=topic.strip() or None, username=user.username
            )
        except MldojoError as exc:
            errors["duration"] = exc.message
    if errors:
        context = _log_context(application, user.username)
        context.update(form={"duration": duration, "topic": topic, "notes": notes}, errors=errors)
        return render(request, "study/log.html", context, status_code=422)
    return RedirectResponse("/log?saved=entry", status_code=303)


@router.post("/log/notes", response_class=HTMLResponse, response_model=None)
def add_note(
    request: Request,
    application: AppDep,
    user: UserDep,
    topic: Annotated[str, Form(max_length=200)] = "",
    body: Annotated[str, Form(max_length=MAX_NOTES_CHARS)] = "",
) -> Response:
    """Store a Markdown note under a topic; on a bad field, show the form again."""
    errors: dict[str, str] = {}
    if not topic.strip():
        errors["topic"] = "name the topic, e.g. statistics"
    if not body.strip():
        errors["body"] = "write something to remember"
    if not errors:
        try:
            application.notes.add_note(topic, body, username=user.username)
        except MldojoError as exc:
            errors["body"] = exc.message
    if errors:
        context = _log_context(application, user.username)
        context.update(note_form={"topic": topic, "body": body}, note_errors=errors)
        return render(request, "study/log.html", context, status_code=422)
    return RedirectResponse("/log?saved=note#notes", status_code=303)

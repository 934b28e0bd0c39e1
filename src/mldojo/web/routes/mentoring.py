"""Groups and mentoring in multi-user mode: create or join a group, see and comment on the
work of the learners you mentor."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.domain.accounts import may_create_groups
from mldojo.domain.profile import User
from mldojo.domain.readiness import Round
from mldojo.errors import MldojoError
from mldojo.web.auth import UserDep
from mldojo.web.deps import AppDep, render
from mldojo.web.routes.accounts import _require_multi_user

router = APIRouter(include_in_schema=False)


def _groups_context(application: AppDep, user: User, **extra: Any) -> dict[str, Any]:
    return {
        "groups": application.groups.groups(user),
        "learners": application.groups.learners(user),
        "may_create": may_create_groups(user),
        "error": None,
        **extra,
    }


@router.get("/groups", response_class=HTMLResponse)
def groups_page(request: Request, application: AppDep, user: UserDep) -> HTMLResponse:
    """Your groups, their invite codes (for mentors) and the learners you mentor."""
    _require_multi_user(request)
    return render(request, "mentoring/groups.html", _groups_context(application, user))


@router.post("/groups", response_class=HTMLResponse, response_model=None)
def create_group(
    request: Request,
    application: AppDep,
    user: UserDep,
    name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Create a group with an invite code (mentors and admins)."""
    _require_multi_user(request)
    try:
        application.groups.create_group(user, name)
    except MldojoError as exc:
        context = _groups_context(application, user, error=exc.message)
        return render(request, "mentoring/groups.html", context, status_code=exc.http_status)
    return RedirectResponse("/groups", status_code=303)


@router.post("/groups/join", response_class=HTMLResponse, response_model=None)
def join_group(
    request: Request,
    application: AppDep,
    user: UserDep,
    invite_code: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Join a group with the invite code a mentor gave you."""
    _require_multi_user(request)
    try:
        application.groups.join(user, invite_code)
    except MldojoError as exc:
        context = _groups_context(application, user, error=exc.message)
        return render(request, "mentoring/groups.html", context, status_code=exc.http_status)
    return RedirectResponse("/groups", status_code=303)


@router.get("/learners/{username}", response_class=HTMLResponse)
def learner_page(
    request: Request, username: str, application: AppDep, user: UserDep
) -> HTMLResponse:
    """A learner's readiness, recent submissions, notes and comments (their mentors only)."""
    _require_multi_user(request)
    learner = application.groups.require_viewable(user, username)
    profile = application.profiles.get_profile(learner.username)
    progress = application.progress.progress(learner.username) if profile else None
    context = {
        "learner": learner,
        "profile": profile,
        "progress": progress,
        "rounds": [(r, progress.rounds[r]) for r in Round] if progress else [],
        "submissions": application.grading.history(username=learner.username, limit=30),
        "notes_by_topic": application.notes.notes_by_topic(learner.username),
        "comments": application.groups.comments(user, learner.username),
        "may_comment": learner.id != user.id,
    }
    return render(request, "mentoring/learner.html", context)


@router.post("/learners/{username}/comments", response_model=None)
def add_comment(
    request: Request,
    username: str,
    application: AppDep,
    user: UserDep,
    body: Annotated[str, Form(max_length=5000)] = "",
    subject: Annotated[str, Form(max_length=200)] = "general",
) -> Response:
    """Comment on a learner's work."""
    _require_multi_user(request)
    application.groups.comment(user, username, body, subject)
    return RedirectResponse(f"/learners/{username}#comments", status_code=303)

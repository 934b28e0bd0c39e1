"""The roadmap: every skill with its readiness and the problems and cards that train it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from mldojo.web.auth import UserDep
from mldojo.web.deps import AppDep, render

router = APIRouter(include_in_schema=False)


@router.get("/roadmap", response_class=HTMLResponse)
def roadmap_page(request: Request, application: AppDep, user: UserDep) -> HTMLResponse:
    """Show each roadmap skill with readiness, solved problems and cards."""
    has_profile = application.profiles.get_profile(user.username) is not None
    progress = application.progress.progress(user.username) if has_profile else None
    statuses = application.progress.problem_statuses(user.username)
    skills = application.progress.roadmap(progress)
    return render(
        request,
        "roadmap/index.html",
        {"skills": skills, "statuses": statuses, "has_profile": has_profile},
    )

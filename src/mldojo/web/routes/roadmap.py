"""The roadmap: every skill with its readiness and the problems and cards that train it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from mldojo.domain.roadmap import STAGES
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
    stages = [
        (title, [s for s in skills if s.stage == stage])
        for stage, title in STAGES.items()
        if any(s.stage == stage for s in skills)
    ]
    titles = {s.skill: s.title for s in skills}
    return render(
        request,
        "roadmap/index.html",
        {
            "stages": stages or [("Skills", skills)],
            "titles": titles,
            "plans": application.progress.plans(progress),
            "statuses": statuses,
            "has_profile": has_profile,
        },
    )

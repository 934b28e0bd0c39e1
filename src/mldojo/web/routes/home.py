"""The dashboard: the profile and what the bank holds."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from mldojo.bootstrap import Application

router = APIRouter()


def _application(request: Request) -> Application:
    application: Application = request.app.state.mldojo
    return application


def _status(application: Application) -> dict[str, Any]:
    profile = application.profiles.get_profile()
    counts = application.catalog.counts()
    return {
        "profile": profile.model_dump(mode="json") if profile else None,
        "solved_goal": profile.solved_problem_goal if profile else None,
        "content": counts,
    }


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    """Show the profile and the bundled content counts."""
    application = _application(request)
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, "home/index.html", _status(application)
    )
    return response


@router.get("/api/status")
def api_status(request: Request) -> dict[str, Any]:
    """Return the profile and the content counts as JSON."""
    return {"ok": True, **_status(_application(request))}

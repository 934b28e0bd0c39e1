"""The dashboard: readiness, the next step, streak, weekly hours, solved problems, the chart."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from mldojo.bootstrap import Application
from mldojo.domain.readiness import Round
from mldojo.services.progress import Progress, Recommendation
from mldojo.web.auth import UserDep
from mldojo.web.deps import AppDep, render

router = APIRouter()

_chart_lock = threading.Lock()
_chart_cache: dict[tuple[Any, ...], bytes] = {}


def _status(application: Application, username: str) -> dict[str, Any]:
    profile = application.profiles.get_profile(username)
    return {
        "profile": profile.model_dump(mode="json") if profile else None,
        "solved_goal": profile.solved_problem_goal if profile else None,
        "content": application.content_counts,
    }


def step_link(step: Recommendation) -> str:
    """Return the page where a recommended step is done."""
    if step.item:
        return f"/problems/{step.item}"
    if "review" in step.command:
        return "/review"
    return "/log"


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def dashboard(request: Request, application: AppDep, user: UserDep) -> HTMLResponse:
    """Show readiness per round, the next step, streak, weekly hours and solved problems."""
    context = _status(application, user.username)
    if context["profile"] is not None:
        progress = application.progress.progress(user.username)
        steps = application.progress.next_steps(user.username, progress=progress)
        context.update(
            progress=progress,
            rounds=[(r, progress.rounds[r]) for r in Round],
            steps=[(s, step_link(s)) for s in steps[:3]],
            week_hours=progress.week_minutes / 60,
            goal_hours=progress.week_goal_minutes / 60,
            chart_version=_chart_key(progress)[1:4],
        )
    if request.app.state.multi_user:
        context["comments"] = application.groups.comments(user, user.username)[:5]
    return render(request, "home/index.html", context)


def _chart_key(progress: Progress) -> tuple[Any, ...]:
    return (
        progress.now.date().isoformat(),
        progress.solved,
        progress.week_minutes,
        progress.streak_days,
        tuple(sorted(progress.activity.items())),
        tuple(round(e.readiness, 3) for e in progress.rounds.values()),
    )


@router.get("/charts/progress.png", include_in_schema=False)
def progress_chart(application: AppDep, user: UserDep) -> Response:
    """Return the readiness and activity chart as a PNG (cached until the figures change)."""
    import tempfile
    from pathlib import Path

    from mldojo.charts import progress_chart as draw

    progress = application.progress.progress(user.username)
    key = (user.username, *_chart_key(progress))
    with _chart_lock:
        png = _chart_cache.get(key)
        if png is None:
            with tempfile.TemporaryDirectory(prefix="mldojo-chart-") as folder:
                png = draw(progress, Path(folder) / "progress.png").read_bytes()
            if len(_chart_cache) >= 64:  # one chart per active user; forget the oldest
                del _chart_cache[next(iter(_chart_cache))]
            _chart_cache[key] = png
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-cache"})


@router.get("/api/status", tags=["status"])
def api_status(application: AppDep, user: UserDep) -> dict[str, Any]:
    """Return the profile and the content counts as JSON."""
    return {"ok": True, **_status(application, user.username)}

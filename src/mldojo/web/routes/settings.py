"""Profile and review settings, validated field by field."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.domain.profile import DEFAULT_WEEKLY_HOURS, TargetTier
from mldojo.services.profiles import profile_field_errors
from mldojo.web.auth import UserDep
from mldojo.web.deps import AppDep, render

router = APIRouter(include_in_schema=False)

DEFAULTS: dict[str, Any] = {
    "name": "",
    "target_role": "Machine Learning Engineer",
    "target_tier": TargetTier.STANDARD.value,
    "weekly_goal_hours": DEFAULT_WEEKLY_HOURS,
    "desired_retention": 0.9,
    "new_cards_per_day": 20,
    "max_reviews_per_day": 200,
}


def _settings_context(form: dict[str, Any], errors: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {"form": form, "errors": errors, "tiers": list(TargetTier), **extra}


@router.get("/settings", response_class=HTMLResponse)
def settings_page(
    request: Request, application: AppDep, user: UserDep, saved: str = "", first: str = ""
) -> HTMLResponse:
    """Show the profile and review settings."""
    profile = application.profiles.get_profile(user.username)
    form = dict(DEFAULTS)
    if profile is not None:
        form.update(profile.model_dump(mode="json", include=set(DEFAULTS)))
    context = _settings_context(form, {}, saved=saved, first=first and profile is None)
    return render(request, "settings/index.html", context)


@router.post("/settings", response_class=HTMLResponse, response_model=None)
def save_settings(
    request: Request,
    application: AppDep,
    user: UserDep,
    name: Annotated[str, Form(max_length=1000)] = "",
    target_role: Annotated[str, Form(max_length=1000)] = "",
    target_tier: Annotated[str, Form(max_length=50)] = "",
    weekly_goal_hours: Annotated[str, Form(max_length=50)] = "",
    desired_retention: Annotated[str, Form(max_length=50)] = "",
    new_cards_per_day: Annotated[str, Form(max_length=50)] = "",
    max_reviews_per_day: Annotated[str, Form(max_length=50)] = "",
) -> Response:
    """Save the settings; a bad field shows the form again with its message, input kept."""
    form = {
        "name": name,
        "target_role": target_role,
        "target_tier": target_tier,
        "weekly_goal_hours": weekly_goal_hours.strip(),
        "desired_retention": desired_retention.strip(),
        "new_cards_per_day": new_cards_per_day.strip(),
        "max_reviews_per_day": max_reviews_per_day.strip(),
    }
    errors = profile_field_errors(form)
    if errors:
        return render(
            request, "settings/index.html", _settings_context(form, errors), status_code=422
        )
    application.profiles.save_profile(
        name=name,
        target_role=target_role,
        target_tier=target_tier,
        weekly_goal_hours=float(form["weekly_goal_hours"]),
        desired_retention=float(form["desired_retention"]),
        new_cards_per_day=int(form["new_cards_per_day"]),
        max_reviews_per_day=int(form["max_reviews_per_day"]),
        username=user.username,
    )
    return RedirectResponse("/settings?saved=1", status_code=303)

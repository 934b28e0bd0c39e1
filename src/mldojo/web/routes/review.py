"""The review session: parametric cards graded from the typed answer, Q&A cards self-rated."""

from __future__ import annotations

import secrets
import time
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mldojo.bootstrap import Application
from mldojo.domain.cards import CardKind
from mldojo.domain.reviews import ItemKind, Rating, item_key
from mldojo.errors import NotFoundError
from mldojo.web.auth import UserDep
from mldojo.web.deps import AppDep, is_htmx, render

router = APIRouter(include_in_schema=False)

RATINGS = (
    (Rating.AGAIN, "Again", "forgot it"),
    (Rating.HARD, "Hard", "recalled with effort"),
    (Rating.GOOD, "Good", "recalled"),
    (Rating.EASY, "Easy", "instant"),
)
MAX_DURATION_MS = 10 * 60 * 1000


def _now_ms() -> int:
    return int(time.time() * 1000)


def _duration_ms(shown_at: int) -> int | None:
    elapsed = _now_ms() - shown_at
    return elapsed if 0 <= elapsed <= MAX_DURATION_MS else None


def _panel_context(application: Application, username: str) -> dict[str, Any]:
    queue = application.reviews.queue(username)
    cards = [i for i in queue.items if i.kind is ItemKind.CARD]
    problems = [i for i in queue.items if i.kind is ItemKind.PROBLEM]
    context: dict[str, Any] = {
        "remaining": len(cards),
        "new_count": sum(1 for i in cards if i.is_new),
        "due_total": queue.due_total,
        "problem_items": [(i, application.problems.get(i.slug).summary) for i in problems],
        "item": None,
        "shown_at": _now_ms(),
        "ratings": RATINGS,
    }
    if cards:
        item = cards[0]
        card = application.reviews.card(item.slug)
        context.update(item=item, card=card, key=item.key)
        if card.kind is CardKind.PARAMETRIC:
            seed = secrets.randbelow(2**32)
            context.update(instance=application.reviews.draw(card.slug, seed), seed=seed)
    return context


@router.get("/review", response_class=HTMLResponse, response_model=None)
def review_page(request: Request, application: AppDep, user: UserDep) -> Response:
    """Show the next card of today's session (or say the session is done)."""
    if application.profiles.get_profile(user.username) is None:
        return RedirectResponse("/settings?first=1", status_code=303)
    context = _panel_context(application, user.username)
    if is_htmx(request):
        return render(request, "review/_panel.html", context)
    return render(request, "review/session.html", context)


@router.post("/review/answer", response_class=HTMLResponse)
def answer_parametric(
    request: Request,
    application: AppDep,
    user: UserDep,
    slug: Annotated[str, Form(max_length=200)],
    seed: Annotated[int, Form(ge=0, lt=2**32)],
    answer: Annotated[str, Form(max_length=200)] = "",
    shown_at: Annotated[int, Form()] = 0,
) -> HTMLResponse:
    """Grade a typed answer to a parametric card, schedule the card and show the explanation."""
    card = application.reviews.card(slug)
    if card.kind is not CardKind.PARAMETRIC:
        raise NotFoundError(f"{slug} is not a parametric card")
    instance = application.reviews.draw(slug, seed)
    grade, state = application.reviews.answer_parametric(
        instance, answer, duration_ms=_duration_ms(shown_at), username=user.username
    )
    context = {"card": card, "instance": instance, "grade": grade, "state": state}
    return render(request, "review/_graded.html", context)


@router.post("/review/rate", response_class=HTMLResponse)
def rate_card(
    request: Request,
    application: AppDep,
    user: UserDep,
    slug: Annotated[str, Form(max_length=200)],
    rating: Annotated[int, Form(ge=1, le=4)],
    shown_at: Annotated[int, Form()] = 0,
) -> HTMLResponse:
    """Record a self-rated recall of a Q&A card and show the next card."""
    application.reviews.card(slug)  # unknown cards are a 404
    application.reviews.rate(
        item_key(ItemKind.CARD, slug),
        Rating(rating),
        _duration_ms(shown_at),
        username=user.username,
    )
    context = _panel_context(application, user.username)
    context["last_rating"] = Rating(rating)
    if is_htmx(request):
        return render(request, "review/_panel.html", context)
    return render(request, "review/session.html", context)

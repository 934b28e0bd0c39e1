"""Spaced repetition with FSRS for cards and coding problems."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import fsrs

from mldojo.domain.cards import Card, CardInstance, NumericGrade, grade_numeric
from mldojo.domain.profile import LOCAL_USERNAME, Profile
from mldojo.domain.reviews import (
    ItemKind,
    Rating,
    ReviewEntry,
    ReviewState,
    item_key,
    rating_for_solve,
    split_item_key,
)
from mldojo.domain.study import MAX_ENTRY_MINUTES, StudyEntry, StudySource
from mldojo.domain.submission import Submission, SubmissionMode, Verdict
from mldojo.errors import MldojoError, ProfileMissingError
from mldojo.services.ports import CardSource, Clock, ProblemSource, UnitOfWork, UnitOfWorkFactory

OPTIMIZER_MIN_REVIEWS = 512  # the FSRS optimizer keeps defaults below one mini-batch
SLOW_ANSWER_MS = 60_000  # a right answer that took over a minute was hard to recall
ATTEMPT_WINDOW = timedelta(hours=3)  # submits to one problem this close belong to one attempt
MAX_ATTEMPTS_LOOKED_AT = 50  # beyond this many recent submits, more failures change nothing


@dataclass(frozen=True)
class QueueItem:
    """An item to review now, and why it is in the queue."""

    key: str
    kind: ItemKind
    slug: str
    is_new: bool
    due: datetime | None


@dataclass(frozen=True)
class ReviewQueue:
    """What today's session holds, within the profile's daily limits."""

    items: tuple[QueueItem, ...]
    due_total: int  # due now, before the daily limit
    new_available: int  # never seen, before the daily limit


def _day_start(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


class ReviewService:
    """Schedule, present and rate reviews; turn coding attempts into recall ratings."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        cards: CardSource,
        problems: ProblemSource,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._cards = cards
        self._problems = problems

    def _profile(self, uow: UnitOfWork, username: str) -> tuple[int, Profile]:
        user = uow.users.get_by_username(username)
        profile = uow.profiles.get(user.id) if user else None
        if user is None or profile is None:
            raise ProfileMissingError("no profile yet: run `mldojo init` to create one")
        return user.id, profile

    @staticmethod
    def _scheduler(profile: Profile, kind: ItemKind = ItemKind.CARD) -> fsrs.Scheduler:
        # No fuzzing: due dates stay predictable for the learner and the tests. Problems skip
        # the minutes-long learning steps of cards: re-solving a problem ten minutes later
        # proves nothing, so a clean solve goes out by days and a failed one comes back tomorrow.
        steps: dict[str, object] = {}
        if kind is ItemKind.PROBLEM:
            steps = {"learning_steps": (), "relearning_steps": ()}
        if profile.fsrs_parameters:
            steps["parameters"] = profile.fsrs_parameters
        return fsrs.Scheduler(
            desired_retention=profile.desired_retention,
            enable_fuzzing=False,
            **steps,  # type: ignore[arg-type]
        )

    def queue(self, username: str = LOCAL_USERNAME) -> ReviewQueue:
        """Return today's reviews: due items first, then new cards, within the daily limits."""
        now = self._clock.now()
        today = _day_start(now)
        with self._uow_factory() as uow:
            user_id, profile = self._profile(uow, username)
            states = uow.reviews.states(user_id)
            reviewed_today = len(uow.reviews.review_times(user_id, since=today))
        known = {s.item_key for s in states}
        due = [s for s in states if s.due <= now]
        introduced_today = sum(1 for s in states if s.introduced_at >= today)
        room = max(0, profile.max_reviews_per_day - reviewed_today)
        items = [
            QueueItem(s.item_key, *split_item_key(s.item_key), is_new=False, due=s.due)
            for s in due[:room]
        ]
        fresh = [c for c in self._cards.cards() if item_key(ItemKind.CARD, c.slug) not in known]
        new_room = max(0, min(profile.new_cards_per_day - introduced_today, room - len(items)))
        items += [
            QueueItem(item_key(ItemKind.CARD, c.slug), ItemKind.CARD, c.slug, is_new=True, due=None)
            for c in _interleave_decks(fresh)[:new_room]
        ]
        return ReviewQueue(tuple(items), due_total=len(due), new_available=len(fresh))

    def card(self, slug: str) -> Card:
        """Return a card to show."""
        return self._cards.get(slug)

    def draw(self, slug: str, seed: int | None = None) -> CardInstance:
        """Draw fresh numbers for a parametric card (a random seed unless one is given)."""
        return self._cards.instance(slug, seed if seed is not None else random.getrandbits(32))

    def answer_parametric(
        self,
        instance: CardInstance,
        typed: str,
        *,
        duration_ms: int | None = None,
        username: str = LOCAL_USERNAME,
    ) -> tuple[NumericGrade, ReviewState]:
        """Grade a typed answer and schedule the card: wrong is Again, slow is Hard."""
        grade = grade_numeric(instance, typed)
        if not grade.is_correct:
            rating = Rating.AGAIN
        elif duration_ms is not None and duration_ms > SLOW_ANSWER_MS:
            rating = Rating.HARD
        else:
            rating = Rating.GOOD
        state = self.rate(
            item_key(ItemKind.CARD, instance.card.slug), rating, duration_ms, username=username
        )
        return grade, state

    def rate(
        self,
        key: str,
        rating: Rating,
        duration_ms: int | None = None,
        *,
        username: str = LOCAL_USERNAME,
        user_id: int | None = None,
    ) -> ReviewState:
        """Record a recall and return the item's new schedule."""
        now = self._clock.now()
        with self._uow_factory() as uow:
            if user_id is None:
                user_id, profile = self._profile(uow, username)
            else:
                stored = uow.profiles.get(user_id)
                if stored is None:
                    raise ProfileMissingError("no profile yet: run `mldojo init` to create one")
                profile = stored
            current = uow.reviews.get_state(user_id, key)
            memory = fsrs.Card.from_dict(current.memory) if current else fsrs.Card()  # type: ignore[arg-type]
            memory, _ = self._scheduler(profile, split_item_key(key)[0]).review_card(
                memory, fsrs.Rating(int(rating)), now, duration_ms
            )
            state = ReviewState(
                item_key=key,
                due=memory.due,
                memory=dict(memory.to_dict()),
                introduced_at=current.introduced_at if current else now,
                reviews=(current.reviews if current else 0) + 1,
                lapses=(current.lapses if current else 0) + (rating is Rating.AGAIN),
            )
            uow.reviews.save_state(user_id, state)
            uow.reviews.add_entry(
                user_id,
                ReviewEntry(
                    id=str(uuid.uuid4()),
                    item_key=key,
                    rating=rating,
                    reviewed_at=now,
                    duration_ms=duration_ms,
                ),
            )
            uow.commit()
        return state

    def record_solve(
        self,
        user_id: int,
        slug: str,
        *,
        accepted: bool,
        failed_attempts: int,
        minutes: float | None,
    ) -> ReviewState:
        """Schedule a problem from an attempt: a failed or slow solve comes back soon."""
        problem = self._problems.get(slug)
        rating = rating_for_solve(
            accepted=accepted,
            failed_attempts=failed_attempts,
            minutes=minutes,
            estimated_minutes=problem.summary.estimated_minutes,
        )
        return self.rate(item_key(ItemKind.PROBLEM, slug), rating, user_id=user_id)

    def on_submission_graded(self, user_id: int, submission: Submission) -> None:
        """Schedule a problem after a graded submit, and log the time the solve took."""
        if submission.mode is not SubmissionMode.SUBMIT or submission.verdict in (
            None,
            Verdict.REJECTED,
            Verdict.SYSTEM_ERROR,
        ):
            return
        with self._uow_factory() as uow:
            if uow.profiles.get(user_id) is None:
                return  # no profile: nothing to schedule against
            history = [
                s
                for s in uow.submissions.list_for_user(
                    user_id,
                    slug=submission.problem_slug,
                    since=submission.created_at - ATTEMPT_WINDOW,
                    limit=MAX_ATTEMPTS_LOOKED_AT,
                )
                if s.mode is SubmissionMode.SUBMIT
                and s.created_at <= submission.created_at
                and s.id != submission.id
            ]
        window = [s for s in history if submission.created_at - s.created_at <= ATTEMPT_WINDOW]
        since_solve: list[Submission] = []
        for earlier in window:
            since_solve = [] if earlier.verdict is Verdict.ACCEPTED else [*since_solve, earlier]
        accepted = submission.verdict is Verdict.ACCEPTED
        if not accepted and since_solve:
            return  # the attempt is already due again; one lapse per attempt
        started = since_solve[0].created_at if since_solve else None
        minutes = (submission.created_at - started).total_seconds() / 60 if started else None
        self.record_solve(
            user_id,
            submission.problem_slug,
            accepted=accepted,
            failed_attempts=len(since_solve),
            minutes=minutes,
        )
        if accepted and minutes is not None and minutes >= 1:
            entry = StudyEntry(
                id=str(uuid.uuid4()),
                logged_at=submission.created_at,
                minutes=min(MAX_ENTRY_MINUTES, max(1, round(minutes))),
                topic=submission.problem_slug,
                notes=f"solved {submission.problem_slug}",
                source=StudySource.PRACTICE,
            )
            with self._uow_factory() as uow:
                uow.study_log.add(user_id, entry)
                uow.commit()

    def retrievability(self, username: str = LOCAL_USERNAME) -> dict[str, float]:
        """Return each reviewed item's probability of recall now, as FSRS estimates it."""
        now = self._clock.now()
        with self._uow_factory() as uow:
            user_id, profile = self._profile(uow, username)
            states = uow.reviews.states(user_id)
        scheduler = self._scheduler(profile)
        return {
            s.item_key: float(
                scheduler.get_card_retrievability(
                    fsrs.Card.from_dict(s.memory),  # type: ignore[arg-type]
                    now,
                )
            )
            for s in states
        }

    def optimize(self, username: str = LOCAL_USERNAME) -> list[float]:
        """Fit FSRS parameters to the review log and keep them on the profile."""
        with self._uow_factory() as uow:
            user_id, profile = self._profile(uow, username)
            entries = uow.reviews.entries(user_id)
        if len(entries) < OPTIMIZER_MIN_REVIEWS:
            raise MldojoError(
                f"not enough history to optimise: {len(entries)} reviews, the optimizer needs at "
                f"least {OPTIMIZER_MIN_REVIEWS}; keep reviewing with the default parameters"
            )
        try:
            from fsrs.optimizer import Optimizer

            keys = sorted({e.item_key for e in entries})
            ids = {key: index + 1 for index, key in enumerate(keys)}
            logs = [
                fsrs.ReviewLog(
                    card_id=ids[e.item_key],
                    rating=fsrs.Rating(int(e.rating)),
                    review_datetime=e.reviewed_at,
                    review_duration=e.duration_ms,
                )
                for e in entries
            ]
            parameters = list(Optimizer(logs).compute_optimal_parameters())
        except ImportError:
            raise MldojoError(
                "the FSRS optimizer is an optional extra: pip install -e '.[optimizer]' "
                "(PyTorch CPU and pandas), then run `mldojo review optimize` again"
            ) from None
        with self._uow_factory() as uow:
            user_id, profile = self._profile(uow, username)
            uow.profiles.save(user_id, profile.model_copy(update={"fsrs_parameters": parameters}))
            uow.commit()
        return parameters

    def history(self, username: str = LOCAL_USERNAME) -> list[ReviewEntry]:
        """Return the review log, oldest first."""
        with self._uow_factory() as uow:
            user_id, _ = self._profile(uow, username)
            return uow.reviews.entries(user_id)

    def states(self, username: str = LOCAL_USERNAME) -> list[ReviewState]:
        """Return every scheduled item, soonest due first."""
        with self._uow_factory() as uow:
            user_id, _ = self._profile(uow, username)
            return uow.reviews.states(user_id)

    def due_within(self, delta: timedelta, username: str = LOCAL_USERNAME) -> int:
        """Return how many items fall due between now and now + delta."""
        horizon = self._clock.now() + delta
        return sum(1 for s in self.states(username) if s.due <= horizon)


def _interleave_decks(cards: Sequence[Card]) -> list[Card]:
    """Order new cards round-robin across decks, so one session mixes subjects."""
    by_deck: dict[str, list[Card]] = {}
    for card in cards:
        by_deck.setdefault(card.deck, []).append(card)
    ordered: list[Card] = []
    while any(by_deck.values()):
        for deck in sorted(by_deck):
            if by_deck[deck]:
                ordered.append(by_deck[deck].pop(0))
    return ordered

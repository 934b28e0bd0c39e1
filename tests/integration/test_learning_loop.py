"""A simulated month of practice, driven through the services with a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mldojo.bootstrap import Application
from mldojo.domain.readiness import Round
from mldojo.domain.reviews import ItemKind, Rating, item_key
from mldojo.domain.submission import SubmissionMode, SubmissionStatus, Verdict
from mldojo.errors import MldojoError
from tests.conftest import FakeClock
from tests.factories import make_graded_submission


@pytest.fixture
def learner(application: Application) -> Application:
    application.profiles.save_profile(name="Ada", target_tier="standard")
    return application


def _user_id(app: Application) -> int:
    with app.uow_factory() as uow:
        user = uow.users.get_by_username("local")
        assert user is not None
        return user.id


def _submit(app: Application, slug: str, verdict: Verdict, clock: FakeClock) -> None:
    submission = make_graded_submission(
        problem_slug=slug,
        verdict=verdict,
        mode=SubmissionMode.SUBMIT,
        status=SubmissionStatus.PENDING,
        created_at=clock.now(),
        graded_at=None,
    )
    user_id = _user_id(app)
    with app.uow_factory() as uow:
        uow.submissions.add(user_id, submission.model_copy(update={"verdict": None}))
        uow.commit()
    graded = submission.model_copy(
        update={"status": SubmissionStatus.GRADED, "graded_at": clock.now()}
    )
    with app.uow_factory() as uow:
        uow.submissions.record_result(graded)
        uow.commit()
    app.reviews.on_submission_graded(user_id, graded)


def test_good_recalls_push_a_card_out_and_again_brings_it_back(
    learner: Application, clock: FakeClock
) -> None:
    key = item_key(ItemKind.CARD, "roc-auc-meaning")
    intervals = []
    for _ in range(4):
        state = learner.reviews.rate(key, Rating.GOOD)
        intervals.append(state.due - clock.now())
        clock.current = state.due
    assert intervals == sorted(intervals)
    assert intervals[-1] > timedelta(days=7)
    lapsed = learner.reviews.rate(key, Rating.AGAIN)
    assert lapsed.due - clock.now() <= timedelta(minutes=10)
    assert lapsed.lapses == 1


def test_queue_respects_new_cards_per_day(learner: Application, clock: FakeClock) -> None:
    learner.profiles.save_profile(name="Ada")
    with learner.uow_factory() as uow:
        user = uow.users.get_by_username("local")
        assert user is not None
        profile = uow.profiles.get(user.id)
        assert profile is not None
        uow.profiles.save(user.id, profile.model_copy(update={"new_cards_per_day": 3}))
        uow.commit()
    queue = learner.reviews.queue()
    assert [i.is_new for i in queue.items] == [True] * 3
    for item in queue.items:
        learner.reviews.rate(item.key, Rating.GOOD)
    assert [i for i in learner.reviews.queue().items if i.is_new] == []
    clock.advance(days=1)
    assert len([i for i in learner.reviews.queue().items if i.is_new]) == 3


def test_failed_solve_is_due_soon_and_clean_solve_later(
    learner: Application, clock: FakeClock
) -> None:
    _submit(learner, "two-sum", Verdict.WRONG_ANSWER, clock)
    failed = {s.item_key: s for s in learner.reviews.states()}[
        item_key(ItemKind.PROBLEM, "two-sum")
    ]
    assert failed.due - clock.now() <= timedelta(days=1)
    _submit(learner, "climbing-stairs", Verdict.ACCEPTED, clock)
    clean = {s.item_key: s for s in learner.reviews.states()}[
        item_key(ItemKind.PROBLEM, "climbing-stairs")
    ]
    assert clean.due - clock.now() >= timedelta(days=2)
    assert clean.due > failed.due


def test_simulated_month_moves_readiness_the_right_way(
    learner: Application, clock: FakeClock
) -> None:
    start = learner.progress.progress()
    assert start.rounds[Round.ML_CODING].is_thin
    # Solve a hard ML problem cleanly.
    for slug in ("scaled-dot-product-attention",):
        _submit(learner, slug, Verdict.ACCEPTED, clock)
        clock.advance(days=1)
    after_ml = learner.progress.progress()
    assert after_ml.rounds[Round.ML_CODING].readiness > start.rounds[Round.ML_CODING].readiness
    assert after_ml.rounds[Round.DSA_CODING].readiness == start.rounds[Round.DSA_CODING].readiness
    # Learn ten cards well, then look again after a month without reviews: recall decays.
    for item in learner.reviews.queue().items[:10]:
        learner.reviews.rate(item.key, Rating.GOOD)
    learned = learner.progress.progress().rounds[Round.ML_KNOWLEDGE]
    clock.advance(days=30)
    forgotten = learner.progress.progress().rounds[Round.ML_KNOWLEDGE]
    assert forgotten.mastery < learned.mastery
    # The month's activity shows up as a streak and in the heat map.
    assert learner.progress.progress().streak_days == 0


def test_streak_counts_consecutive_days_of_activity(learner: Application, clock: FakeClock) -> None:
    for _ in range(5):
        learner.study_log.log_study("30m", "daily practice")
        clock.advance(days=1)
    clock.advance(hours=-12)  # still the fifth day
    progress = learner.progress.progress()
    assert progress.streak_days == 5
    assert progress.week_minutes > 0


def test_next_recommends_due_reviews_first_then_the_weakest_round(
    learner: Application, clock: FakeClock
) -> None:
    key = item_key(ItemKind.CARD, "roc-auc-meaning")
    learner.reviews.rate(key, Rating.AGAIN)
    clock.advance(minutes=15)
    steps = learner.progress.next_steps()
    assert steps[0].command == "mldojo review"
    assert "due" in steps[0].reason
    coding = [s for s in steps if s.item]
    assert coding
    assert all("readiness" in s.reason for s in coding)


def test_next_suggests_the_easiest_unsolved_problem(learner: Application, clock: FakeClock) -> None:
    _submit(learner, "climbing-stairs", Verdict.ACCEPTED, clock)
    steps = learner.progress.next_steps()
    items = [s.item for s in steps if s.item]
    assert "climbing-stairs" not in items


def test_optimize_explains_when_history_is_too_short(learner: Application) -> None:
    learner.reviews.rate(item_key(ItemKind.CARD, "roc-auc-meaning"), Rating.GOOD)
    with pytest.raises(MldojoError, match="not enough history.*1 reviews.*512"):
        learner.reviews.optimize()


def test_export_includes_reviews_and_notes(learner: Application) -> None:
    learner.reviews.rate(item_key(ItemKind.CARD, "roc-auc-meaning"), Rating.GOOD)
    learner.notes.add_note("evaluation", "AUC ignores calibration.")
    document = learner.transfer.export_user()
    assert len(document.review_log) == 1
    assert len(document.review_states) == 1
    assert document.notes[0].topic == "evaluation"

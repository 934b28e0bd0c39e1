"""Where the learner stands and what to do next: readiness, goals, streak and activity."""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TypeVar, cast

from mldojo.domain.cards import Card
from mldojo.domain.problem import Difficulty, ProblemKind, ProblemStatus, ProblemSummary
from mldojo.domain.profile import LOCAL_USERNAME, Profile
from mldojo.domain.readiness import (
    DIFFICULTY_WEIGHT,
    Estimate,
    Evidence,
    Round,
    by_round,
    by_skill,
)
from mldojo.domain.reviews import ItemKind, split_item_key
from mldojo.domain.roadmap import PLAN_FOR_TIER, SKILLS, SkillNode, StudyPlan
from mldojo.domain.study import StudyEntry
from mldojo.domain.submission import Attempt, SubmissionMode, SubmissionStatus, Verdict
from mldojo.errors import ProfileMissingError
from mldojo.services.ports import (
    CardSource,
    Clock,
    ProblemSource,
    RoadmapSource,
    UnitOfWorkFactory,
)
from mldojo.services.reviews import ReviewService

T = TypeVar("T")
MEMO_ENTRIES = 2048  # cached results, a few per active user
HEATMAP_WEEKS = 12
KNOWLEDGE_TARGET = {"standard": 100.0, "faang": 200.0}
FAILED_ATTEMPT_WEIGHT = 0.35
CODING_ROUNDS = (Round.DSA_CODING, Round.ML_CODING)
DSA_SHARE = 0.6  # of the solved-problems goal, the part that is DSA; the rest is ML coding


@dataclass(frozen=True)
class Progress:
    """The whole picture at one moment."""

    now: datetime
    profile: Profile
    rounds: dict[Round, Estimate]
    skills: dict[str, Estimate]
    solved_slugs: frozenset[str]
    solved_by_kind: dict[str, int]
    week_minutes: int
    streak_days: int
    activity: dict[date, int] = field(default_factory=dict)  # minutes-equivalent per day

    @property
    def solved(self) -> int:
        """Return how many distinct problems have an accepted submission."""
        return len(self.solved_slugs)

    @property
    def solved_goal(self) -> int:
        """Return the number of solved problems the profile aims for."""
        return self.profile.solved_problem_goal

    @property
    def week_goal_minutes(self) -> int:
        """Return the weekly study goal in minutes."""
        return round(self.profile.weekly_goal_hours * 60)


@dataclass(frozen=True)
class SkillRoadmap:
    """One roadmap skill: its readiness and the problems and cards that train it."""

    skill: str
    title: str
    estimate: Estimate | None  # None until there is evidence
    problems: tuple[ProblemSummary, ...]
    solved: int
    cards: tuple[Card, ...]
    stage: str = ""
    requires: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class PlanProgress:
    """How far the learner is along a study plan."""

    plan: StudyPlan
    solved: int
    next_problem: str | None  # the first unsolved problem, in plan order


@dataclass(frozen=True)
class Recommendation:
    """One thing to do now, and why."""

    action: str
    command: str
    reason: str
    item: str | None = None


def week_start(moment: datetime) -> datetime:
    """Return Monday 00:00 of the moment's week."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


class ProgressService:
    """Build the readiness picture and recommend the next step."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        problems: ProblemSource,
        cards: CardSource,
        reviews: ReviewService,
        roadmap: RoadmapSource,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._problems = problems
        self._cards = cards
        self._reviews = reviews
        self._roadmap = roadmap
        self._memo: OrderedDict[tuple[str, str], tuple[object, object]] = OrderedDict()
        self._memo_lock = threading.Lock()

    def _memoised(self, kind: str, username: str, timed: bool, compute: Callable[[], T]) -> T:
        """Return `compute()`, reusing the last result while the user's data has not changed
        (and, for `timed` results, within the same minute): pages ask for the same figures on
        every view, and recomputing them from the whole history costs milliseconds each."""
        with self._uow_factory() as uow:
            stamp = uow.users.activity_stamp(username)
        if stamp is None:
            return compute()
        now = self._clock.now()
        key = (stamp, now.replace(second=0, microsecond=0) if timed else None)
        with self._memo_lock:
            hit = self._memo.get((kind, username))
            if hit is not None and hit[0] == key:
                self._memo.move_to_end((kind, username))
                return cast(T, hit[1])
        value = compute()
        with self._memo_lock:
            self._memo[(kind, username)] = (key, value)
            self._memo.move_to_end((kind, username))
            while len(self._memo) > MEMO_ENTRIES:
                self._memo.popitem(last=False)
        return value

    def progress(self, username: str = LOCAL_USERNAME) -> Progress:
        """Return readiness per round and skill, goals, streak and activity."""
        return self._memoised("progress", username, True, lambda: self._progress(username))

    def _progress(self, username: str) -> Progress:
        now = self._clock.now()
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            profile = uow.profiles.get(user.id) if user else None
            if user is None or profile is None:
                raise ProfileMissingError("no profile yet: run `mldojo init` to create one")
            submissions = uow.submissions.attempts_for_user(user.id)
            study = uow.study_log.list_for_user(user.id)
            review_times = uow.reviews.review_times(
                user.id, since=now - timedelta(weeks=HEATMAP_WEEKS + 1)
            )
        summaries = {s.slug: s for s in self._problems.summaries()}
        evidence = self._problem_evidence(submissions, summaries)
        evidence += self._card_evidence(username, now)
        goal = profile.solved_problem_goal
        targets = {
            Round.DSA_CODING: goal * DSA_SHARE,
            Round.ML_CODING: goal * (1 - DSA_SHARE),
            Round.ML_KNOWLEDGE: KNOWLEDGE_TARGET[profile.target_tier.value],
        }
        solved = _solved(submissions)
        solved_by_kind: dict[str, int] = defaultdict(int)
        for slug in solved:
            if slug in summaries:
                solved_by_kind[summaries[slug].kind.value] += 1
        activity = _activity(now, study, submissions, review_times)
        monday = week_start(now)
        return Progress(
            now=now,
            profile=profile,
            rounds=by_round(evidence, now, targets),
            skills=by_skill(evidence, now, target_per_skill=10.0),
            solved_slugs=frozenset(solved),
            solved_by_kind=dict(solved_by_kind),
            week_minutes=sum(e.minutes for e in study if e.logged_at >= monday),
            streak_days=_streak(activity, now.date()),
            activity=activity,
        )

    def _problem_evidence(
        self, submissions: list[Attempt], summaries: dict[str, ProblemSummary]
    ) -> list[Evidence]:
        evidence = []
        failures: dict[str, int] = defaultdict(int)
        for sub in submissions:
            if sub.mode is not SubmissionMode.SUBMIT or sub.status is not SubmissionStatus.GRADED:
                continue
            summary = summaries.get(sub.problem_slug)
            if summary is None or sub.verdict in (Verdict.REJECTED, Verdict.SYSTEM_ERROR):
                continue
            round_ = Round.DSA_CODING if summary.kind is ProblemKind.DSA else Round.ML_CODING
            weight = DIFFICULTY_WEIGHT[summary.difficulty.value]
            when = sub.graded_at or sub.created_at
            if sub.verdict is Verdict.ACCEPTED:
                # Each failed attempt before the solve takes some credit away.
                score = 0.85 ** failures.pop(sub.problem_slug, 0)
                evidence.append(
                    Evidence(round_, summary.skill, score, weight, when, f"problem:{summary.slug}")
                )
            else:
                failures[sub.problem_slug] += 1
                evidence.append(
                    Evidence(
                        round_,
                        summary.skill,
                        0.0,
                        weight * FAILED_ATTEMPT_WEIGHT,
                        when,
                        f"problem:{summary.slug}",
                    )
                )
        return evidence

    def _card_evidence(self, username: str, now: datetime) -> list[Evidence]:
        skills = {c.slug: c.skill for c in self._cards.cards()}
        evidence = []
        for key, recall in self._reviews.retrievability(username).items():
            kind, slug = split_item_key(key)
            if kind is ItemKind.CARD and slug in skills:
                # Retrievability already decays with time, so the evidence is dated now.
                evidence.append(Evidence(Round.ML_KNOWLEDGE, skills[slug], recall, 1.0, now, key))
        return evidence

    def problem_statuses(self, username: str = LOCAL_USERNAME) -> dict[str, ProblemStatus]:
        """Return solved or attempted for every problem the user has tried (others are new)."""
        statuses = self._memoised(
            "statuses", username, False, lambda: self._problem_statuses(username)
        )
        return dict(statuses)

    def _problem_statuses(self, username: str) -> dict[str, ProblemStatus]:
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            solved = uow.submissions.solved_by_problem(user.id) if user else {}
        return {
            slug: ProblemStatus.SOLVED if is_solved else ProblemStatus.ATTEMPTED
            for slug, is_solved in solved.items()
        }

    def roadmap(self, progress: Progress | None = None) -> list[SkillRoadmap]:
        """Return every roadmap skill in order with its readiness, problems and cards."""
        solved = progress.solved_slugs if progress else frozenset()
        skills = progress.skills if progress else {}
        problems: dict[str, list[ProblemSummary]] = defaultdict(list)
        for summary in self._problems.summaries():
            problems[summary.skill].append(summary)
        cards: dict[str, list[Card]] = defaultdict(list)
        for card in self._cards.cards():
            cards[card.skill].append(card)
        tree = self._roadmap.skill_tree() or [
            SkillNode(skill, title, "", (), "") for skill, title in SKILLS.items()
        ]
        return [
            SkillRoadmap(
                skill=node.skill,
                title=node.title,
                estimate=skills.get(node.skill),
                problems=tuple(problems[node.skill]),
                solved=sum(1 for p in problems[node.skill] if p.slug in solved),
                cards=tuple(cards[node.skill]),
                stage=node.stage,
                requires=node.requires,
                description=node.description,
            )
            for node in tree
        ]

    def plans(self, progress: Progress | None = None) -> list[PlanProgress]:
        """Return every study plan with the problems solved and the next one to do."""
        solved = progress.solved_slugs if progress else frozenset()
        return [
            PlanProgress(
                plan=plan,
                solved=sum(1 for slug in plan.problems if slug in solved),
                next_problem=next((s for s in plan.problems if s not in solved), None),
            )
            for plan in self._roadmap.plans()
        ]

    def next_steps(
        self, username: str = LOCAL_USERNAME, *, progress: Progress | None = None
    ) -> list[Recommendation]:
        """Return what to do now, most useful first, each with its reason.

        Pass the progress already computed for this moment to avoid computing it twice.
        """
        steps = self._memoised("next", username, True, lambda: self._next_steps(username, progress))
        return list(steps)

    def _next_steps(self, username: str, progress: Progress | None) -> list[Recommendation]:
        progress = progress or self.progress(username)
        queue = self._reviews.queue(username)
        steps: list[Recommendation] = []
        due = [i for i in queue.items if not i.is_new]
        if due:
            steps.append(
                Recommendation(
                    action=f"review {len(due)} due item{'s' * (len(due) != 1)}",
                    command="mldojo review",
                    reason=(
                        f"{queue.due_total} items are due; reviewing on time keeps recall above "
                        f"{progress.profile.desired_retention:.0%} for the least effort"
                    ),
                )
            )
        practicable = [r for r in (*CODING_ROUNDS, Round.ML_KNOWLEDGE) if self._has_content(r)]
        ranked = sorted(practicable, key=lambda r: progress.rounds[r].readiness)
        solved = progress.solved_slugs
        for round_ in ranked:
            estimate = progress.rounds[round_]
            if round_ is Round.ML_KNOWLEDGE:
                fresh = [i for i in queue.items if i.is_new]
                if fresh:
                    steps.append(
                        Recommendation(
                            action=f"learn {len(fresh)} new cards",
                            command="mldojo review",
                            reason=_weakest_reason(round_, estimate, ranked[0] is round_),
                        )
                    )
                continue
            problem = self._next_problem(round_, solved, progress.profile)
            if problem is not None:
                steps.append(
                    Recommendation(
                        action=f"solve {problem.title} ({problem.difficulty.value})",
                        command=f"mldojo problem show {problem.slug}",
                        reason=_weakest_reason(round_, estimate, ranked[0] is round_),
                        item=problem.slug,
                    )
                )
        if not steps:
            steps.append(
                Recommendation(
                    action="log what you studied",
                    command='mldojo log 30m "what I learned"',
                    reason="nothing is due and every problem in reach is solved",
                )
            )
        return steps

    def _has_content(self, round_: Round) -> bool:
        if round_ is Round.ML_KNOWLEDGE:
            return bool(self._cards.cards())
        kinds = {ProblemKind.DSA} if round_ is Round.DSA_CODING else {ProblemKind.ML}
        return any(s.kind in kinds for s in self._problems.summaries())

    def _next_problem(
        self, round_: Round, solved: frozenset[str], profile: Profile
    ) -> ProblemSummary | None:
        """The next unsolved problem of the round: in the order of the study plan for the
        profile's tier, then the easiest of the rest."""
        kinds = {ProblemKind.DSA} if round_ is Round.DSA_CODING else {ProblemKind.ML}
        by_slug = {s.slug: s for s in self._problems.summaries()}
        plan = next(
            (p for p in self._roadmap.plans() if p.slug == PLAN_FOR_TIER[profile.target_tier]),
            None,
        )
        for slug in plan.problems if plan else ():
            summary = by_slug.get(slug)
            if summary is not None and summary.kind in kinds and slug not in solved:
                return summary
        order = {Difficulty.EASY: 0, Difficulty.MEDIUM: 1, Difficulty.HARD: 2}
        candidates = [
            s for s in self._problems.summaries() if s.kind in kinds and s.slug not in solved
        ]
        candidates.sort(key=lambda s: (order[s.difficulty], s.estimated_minutes, s.slug))
        return candidates[0] if candidates else None


def _weakest_reason(round_: Round, estimate: Estimate, is_weakest: bool) -> str:
    lead = "your weakest round" if is_weakest else "next round to strengthen"
    thin = ", on little evidence so far" if estimate.is_thin else ""
    return f"{round_.label} is {lead}: readiness {estimate.readiness:.0%}{thin}"


def _solved(submissions: list[Attempt]) -> set[str]:
    return {
        s.problem_slug
        for s in submissions
        if s.mode is SubmissionMode.SUBMIT and s.verdict is Verdict.ACCEPTED
    }


def _activity(
    now: datetime,
    study: list[StudyEntry],
    submissions: list[Attempt],
    review_times: list[datetime],
) -> dict[date, int]:
    start = (now - timedelta(weeks=HEATMAP_WEEKS)).date()
    days: dict[date, int] = defaultdict(int)
    for entry in study:
        if entry.logged_at.date() >= start:
            days[entry.logged_at.date()] += entry.minutes
    # A submission or a review without logged time still marks the day as active.
    for moment in [s.created_at for s in submissions] + review_times:
        if moment.date() >= start:
            days[moment.date()] += 1
    return dict(sorted(days.items()))


def _streak(activity: dict[date, int], today: date) -> int:
    day = today if activity.get(today) else today - timedelta(days=1)
    streak = 0
    while activity.get(day):
        streak += 1
        day -= timedelta(days=1)
    return streak

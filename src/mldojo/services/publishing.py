"""Learning in public: a Markdown post of the week, and notes exported by topic."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mldojo.domain.notes import Note
from mldojo.domain.profile import LOCAL_USERNAME
from mldojo.domain.submission import SubmissionMode, Verdict
from mldojo.errors import ProfileMissingError
from mldojo.services.ports import Clock, ProblemSource, UnitOfWorkFactory
from mldojo.services.progress import week_start


@dataclass(frozen=True)
class WeekReport:
    """What happened in one week, ready to render as a post."""

    start: datetime
    name: str
    minutes_by_topic: dict[str, int]
    minutes_by_day: dict[date, int]
    solved: list[tuple[str, str, str]]  # slug, title, difficulty
    reviews: int
    notes: list[Note]
    weekly_goal_minutes: int

    @property
    def total_minutes(self) -> int:
        """Return the minutes studied in the week."""
        return sum(self.minutes_by_topic.values())

    @property
    def label(self) -> str:
        """Return the ISO week label, e.g. 2026-W09."""
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"


class PublishingService:
    """Build weekly posts and topic notes from the learner's records."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, clock: Clock, problems: ProblemSource
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._problems = problems

    def week(self, username: str = LOCAL_USERNAME, weeks_ago: int = 0) -> WeekReport:
        """Return the report of the current week (or an earlier one)."""
        start = week_start(self._clock.now()) - timedelta(weeks=weeks_ago)
        end = start + timedelta(weeks=1)
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            profile = uow.profiles.get(user.id) if user else None
            if user is None or profile is None:
                raise ProfileMissingError("no profile yet: run `mldojo init` to create one")
            study = [e for e in uow.study_log.list_for_user(user.id) if start <= e.logged_at < end]
            submissions = uow.submissions.attempts_for_user(user.id)
            reviews = [e for e in uow.reviews.entries(user.id, since=start) if e.reviewed_at < end]
            notes = [n for n in uow.notes.list_for_user(user.id) if start <= n.created_at < end]
        by_topic: dict[str, int] = defaultdict(int)
        by_day = {(start + timedelta(days=d)).date(): 0 for d in range(7)}
        for entry in study:
            by_topic[entry.topic or "general"] += entry.minutes
            by_day[entry.logged_at.date()] = by_day.get(entry.logged_at.date(), 0) + entry.minutes
        solved_before = {
            s.problem_slug
            for s in submissions
            if s.verdict is Verdict.ACCEPTED and s.created_at < start
        }
        titles = {p.slug: p for p in self._problems.summaries()}
        solved: list[tuple[str, str, str]] = []
        for s in submissions:
            fresh = s.problem_slug not in solved_before and s.problem_slug not in {
                x[0] for x in solved
            }
            if (
                start <= s.created_at < end
                and s.mode is SubmissionMode.SUBMIT
                and s.verdict is Verdict.ACCEPTED
                and fresh
            ):
                summary = titles.get(s.problem_slug)
                solved.append(
                    (
                        s.problem_slug,
                        summary.title if summary else s.problem_slug,
                        summary.difficulty.value if summary else "",
                    )
                )
        return WeekReport(
            start=start,
            name=profile.name,
            minutes_by_topic=dict(sorted(by_topic.items(), key=lambda kv: -kv[1])),
            minutes_by_day=by_day,
            solved=solved,
            reviews=len(reviews),
            notes=notes,
            weekly_goal_minutes=round(profile.weekly_goal_hours * 60),
        )


def render_week_post(report: WeekReport, chart_file: str | None) -> str:
    """Return the week as a Markdown blog post."""
    hours = report.total_minutes / 60
    lines = [
        f"# Week {report.label}: {hours:.1f} hours of ML engineering practice",
        "",
        f"*{report.name} · week of {report.start:%d %B %Y}*",
        "",
        f"I studied **{hours:.1f} hours** this week "
        f"(goal {report.weekly_goal_minutes / 60:g} h), solved **{len(report.solved)} "
        f"problem{'s' * (len(report.solved) != 1)}** and did **{report.reviews} reviews**.",
        "",
    ]
    if chart_file:
        lines += [f"![Study time per day]({chart_file})", ""]
    lines += ["## What I studied", ""]
    if report.minutes_by_topic:
        lines += [
            f"- {topic}: {m // 60}h{m % 60:02d}" for topic, m in report.minutes_by_topic.items()
        ]
    else:
        lines.append("- no study time logged")
    lines += ["", "## What I solved", ""]
    lines += [f"- {title} ({difficulty})" for _, title, difficulty in report.solved] or [
        "- nothing new this week"
    ]
    lines += ["", "## What I learned", ""]
    if report.notes:
        for note in report.notes:
            lines += [f"### {note.topic}", "", note.body, ""]
    else:
        lines += ['- no notes this week: `mldojo note add TOPIC "..."` records them', ""]
    return "\n".join(lines).rstrip() + "\n"


def render_topic_notes(topic: str, notes: list[Note]) -> str:
    """Return one topic's notes as a Markdown page, oldest first."""
    lines = [f"# {topic}", ""]
    for note in notes:
        lines += [f"## {note.created_at:%d %B %Y}", "", note.body, ""]
    return "\n".join(lines).rstrip() + "\n"

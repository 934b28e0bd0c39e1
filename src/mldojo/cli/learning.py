"""`mldojo review`, `progress`, `next`, `note` and `publish`: the daily learning loop."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from mldojo.cli import context

review_app = typer.Typer(
    help="Review due cards and learn new ones (spaced repetition with FSRS).",
    invoke_without_command=True,
)
note_app = typer.Typer(help="Markdown notes by topic.", no_args_is_help=True)
publish_app = typer.Typer(
    help="Learn in public: posts and notes as Markdown.", no_args_is_help=True
)
cards_app = typer.Typer(help="Knowledge cards outside mldojo.", no_args_is_help=True)

RATING_KEYS = {"1": 1, "a": 1, "2": 2, "h": 2, "3": 3, "g": 3, "": 3, "4": 4, "e": 4}


@review_app.callback()
def review(
    ctx: typer.Context,
    limit: Annotated[int | None, typer.Option(help="Stop after this many items.")] = None,
) -> None:
    """Run a review session in the terminal (q quits; progress is kept)."""
    if ctx.invoked_subcommand is not None:
        return
    from mldojo.domain.cards import CardKind
    from mldojo.domain.reviews import ItemKind, Rating

    app_ = context.get_app()
    out = context.console()
    queue = app_.reviews.queue()
    items = list(queue.items[:limit] if limit else queue.items)
    cards = [i for i in items if i.kind is ItemKind.CARD]
    problems = [i for i in items if i.kind is ItemKind.PROBLEM]
    if not items:
        out.print("Nothing is due. `mldojo next` suggests what to do instead.")
        return
    out.print(
        f"[bold]{len(cards)} cards[/bold] to review "
        f"({sum(i.is_new for i in cards)} new). Type q to stop.\n"
    )
    session_start = time.monotonic()
    done = 0
    for item in cards:
        card = app_.reviews.card(item.slug)
        out.rule(f"{card.deck} · {'new' if item.is_new else 'due'}")
        started = time.monotonic()
        if card.kind is CardKind.PARAMETRIC:
            instance = app_.reviews.draw(card.slug)
            out.print(instance.prompt)
            typed = typer.prompt("Your answer (? shows it, q stops)").strip()
            if typed.lower() == "q":
                break
            grade, state = app_.reviews.answer_parametric(
                instance, typed, duration_ms=int((time.monotonic() - started) * 1000)
            )
            style = "green" if grade.is_correct else "red"
            out.print(f"[{style}]{grade.message}[/{style}]\n{card.answer}")
        else:
            out.print(card.question)
            if typer.prompt("Enter shows the answer", default="", show_default=False) == "q":
                break
            out.print(f"[bold]{card.answer}[/bold]")
            for point in card.key_points:
                out.print(f"  • {point}")
            choice = (
                typer.prompt(
                    "How well did you recall it? 1 again · 2 hard · 3 good · 4 easy",
                    default="3",
                )
                .strip()
                .lower()
            )
            if choice == "q":
                break
            while choice not in RATING_KEYS:
                choice = typer.prompt("Type 1, 2, 3 or 4 (or a, h, g, e)").strip().lower()
            state = app_.reviews.rate(
                f"card:{card.slug}",
                Rating(RATING_KEYS[choice]),
                int((time.monotonic() - started) * 1000),
            )
        out.print(f"[dim]next review {state.due:%Y-%m-%d %H:%M}[/dim]\n")
        done += 1
    minutes = round((time.monotonic() - session_start) / 60)
    if done and minutes >= 1:
        from mldojo.domain.study import StudySource

        app_.study_log.log_study(
            f"{minutes}m", f"reviewed {done} cards", topic="reviews", source=StudySource.PRACTICE
        )
    out.print(f"Reviewed {done} of {len(cards)} cards.")
    for item in problems:
        out.print(f"Due to solve again: {item.slug} → `mldojo problem show {item.slug}`")


@review_app.command("optimize")
def optimize() -> None:
    """Fit FSRS parameters to your review history (needs the optimizer extra)."""
    parameters = context.get_app().reviews.optimize()
    typer.echo(f"Fitted {len(parameters)} FSRS parameters; future reviews use them.")


def progress(
    plot: Annotated[
        Path | None, typer.Option(help="Also write the chart to this PNG file.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show readiness per interview round and skill, goals, streak and activity."""
    from rich.table import Table

    app_ = context.get_app()
    report = app_.progress.progress()
    if plot is not None:
        from mldojo.charts import progress_chart

        progress_chart(report, plot)
        typer.echo(f"Wrote {plot}", err=True)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "rounds": {
                        r.value: {
                            "readiness": round(e.readiness, 4),
                            "uncertainty": round(e.readiness_uncertainty, 4),
                            "evidence": round(e.evidence, 2),
                            "thin": e.is_thin,
                        }
                        for r, e in report.rounds.items()
                    },
                    "skills": {s: round(e.readiness, 4) for s, e in report.skills.items()},
                    "solved": report.solved,
                    "solved_goal": report.solved_goal,
                    "week_minutes": report.week_minutes,
                    "week_goal_minutes": report.week_goal_minutes,
                    "streak_days": report.streak_days,
                }
            )
        )
        return
    out = context.console()
    table = Table(title="Readiness by interview round")
    for column in ("round", "readiness", "±", "evidence"):
        table.add_column(column)
    for round_, estimate in report.rounds.items():
        note = " (little evidence)" if estimate.is_thin else ""
        table.add_row(
            round_.label,
            f"{estimate.readiness:.0%}",
            f"{estimate.readiness_uncertainty:.0%}",
            f"{estimate.evidence:.1f}{note}",
        )
    out.print(table)
    if report.skills:
        skills = Table(title="By skill")
        skills.add_column("skill")
        skills.add_column("readiness")
        for skill, estimate in sorted(report.skills.items(), key=lambda kv: kv[1].readiness):
            skills.add_row(skill, f"{estimate.readiness:.0%}")
        out.print(skills)
    out.print(
        f"Solved {report.solved}/{report.solved_goal} problems · "
        f"{report.week_minutes / 60:.1f}/{report.week_goal_minutes / 60:g} h this week · "
        f"streak {report.streak_days} day{'s' * (report.streak_days != 1)}"
    )
    out.print(_heatmap_text(report))


def _heatmap_text(report: object) -> str:
    from mldojo.charts import heatmap_grid
    from mldojo.services.progress import Progress

    assert isinstance(report, Progress)
    grid, _ = heatmap_grid(report.activity, report.now.date())
    shades = " ░▒▓█"
    rows = []
    for label, row in zip(["Mon", "", "Wed", "", "Fri", "", "Sun"], grid, strict=True):
        cells = "".join(shades[min(4, (m + 14) // 15)] if m else "·" for m in row)
        rows.append(f"{label:>3} {cells}")
    return "Activity, last 12 weeks (one column per week):\n" + "\n".join(rows)


def next_step(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Recommend what to do now, and say why."""
    steps = context.get_app().progress.next_steps()
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "recommendations": [
                        {
                            "action": s.action,
                            "command": s.command,
                            "reason": s.reason,
                            "item": s.item,
                        }
                        for s in steps
                    ]
                }
            )
        )
        return
    out = context.console()
    first, *rest = steps
    out.print(f"[bold]Next: {first.action}[/bold]  →  {first.command}\n  because {first.reason}")
    for step in rest[:3]:
        out.print(f"Then: {step.action}  →  {step.command}\n  because {step.reason}")


@note_app.command("add")
def add_note(
    topic: Annotated[str, typer.Argument(help="Topic, e.g. statistics.")],
    body: Annotated[str, typer.Argument(help="The note, in Markdown.")],
) -> None:
    """Write a note on a topic."""
    note = context.get_app().notes.add_note(topic, body)
    typer.echo(f"Noted under {note.topic}.")


@note_app.command("list")
def list_notes() -> None:
    """Show your notes by topic."""
    out = context.console()
    grouped = context.get_app().notes.notes_by_topic()
    if not grouped:
        out.print('No notes yet: mldojo note add statistics "..."')
    for topic, notes in grouped.items():
        out.print(f"[bold]{topic}[/bold]")
        for note in notes:
            out.print(f"  {note.created_at:%Y-%m-%d}  {note.body}")


@publish_app.command("week")
def publish_week(
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write to.")] = Path("."),
    weeks_ago: Annotated[int, typer.Option(help="0 for this week, 1 for last week...")] = 0,
) -> None:
    """Write this week's post (Markdown and a chart) for your blog."""
    from mldojo.charts import week_chart
    from mldojo.services.publishing import render_week_post

    report = context.get_app().publishing.week(weeks_ago=weeks_ago)
    chart = week_chart(
        report.minutes_by_day, out_dir / f"{report.label}.png", f"Study time, week {report.label}"
    )
    post = out_dir / f"{report.label}.md"
    post.write_text(render_week_post(report, chart.name), encoding="utf-8")
    typer.echo(f"Wrote {post} and {chart}")


@publish_app.command("notes")
def publish_notes(
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write to.")] = Path("notes"),
) -> None:
    """Export your notes as one Markdown page per topic."""
    import re

    from mldojo.services.publishing import render_topic_notes

    grouped = context.get_app().notes.notes_by_topic()
    if not grouped:
        typer.echo('No notes to publish yet: mldojo note add TOPIC "..."', err=True)
        raise typer.Exit(1)
    out_dir.mkdir(parents=True, exist_ok=True)
    for topic, notes in grouped.items():
        name = re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-") or "notes"
        (out_dir / f"{name}.md").write_text(render_topic_notes(topic, notes), encoding="utf-8")
    typer.echo(f"Wrote {len(grouped)} topic pages to {out_dir}")


@cards_app.command("export-anki")
def export_anki(
    file: Annotated[Path, typer.Argument(help="The .apkg file to write.")],
    deck: Annotated[str | None, typer.Option(help="Only this deck.")] = None,
) -> None:
    """Export the cards as an Anki package, to review on your phone."""
    path, notes = context.get_app().export_anki(file, deck)
    typer.echo(f"Wrote {notes} notes to {path}")

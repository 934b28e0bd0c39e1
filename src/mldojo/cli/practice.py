"""`mldojo problem`, `run`, `submit` and `worker`: practice problems and their grading."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mldojo.cli import context

if TYPE_CHECKING:
    from mldojo.domain.submission import Submission

problem_app = typer.Typer(help="Browse the practice problems.", no_args_is_help=True)


@problem_app.command("list")
def list_problems(
    kind: Annotated[str | None, typer.Option(help="dsa, ml, pandas or sql.")] = None,
    topic: Annotated[str | None, typer.Option(help="Only problems with this topic.")] = None,
    difficulty: Annotated[str | None, typer.Option(help="easy, medium or hard.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
) -> None:
    """List the problems of the bank."""
    summaries = [
        s
        for s in context.get_app().problems.summaries()
        if (kind is None or s.kind.value == kind)
        and (topic is None or topic in s.topics)
        and (difficulty is None or s.difficulty.value == difficulty)
    ]
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "slug": s.slug,
                        "title": s.title,
                        "kind": s.kind.value,
                        "difficulty": s.difficulty.value,
                        "topics": list(s.topics),
                        "leetcode": s.leetcode,
                    }
                    for s in summaries
                ]
            )
        )
        return
    from rich.table import Table

    table = Table(title=f"{len(summaries)} problems")
    for column in ("slug", "title", "kind", "difficulty", "topics"):
        table.add_column(column)
    for s in summaries:
        table.add_row(s.slug, s.title, s.kind.value, s.difficulty.value, ", ".join(s.topics))
    context.console().print(table)


@problem_app.command("show")
def show_problem(
    slug: Annotated[str, typer.Argument(help="The problem's slug, e.g. two-sum.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a problem's statement, starter code and public examples."""
    from mldojo.domain.grading import to_jsonable

    app_ = context.get_app()
    problem = app_.problems.get(slug)
    tests = app_.problems.public_tests(slug)
    if as_json:
        s = problem.summary
        typer.echo(
            json.dumps(
                {
                    "slug": s.slug,
                    "id": s.id,
                    "title": s.title,
                    "kind": s.kind.value,
                    "difficulty": s.difficulty.value,
                    "topics": list(s.topics),
                    "leetcode": s.leetcode,
                    "statement": problem.statement,
                    "starter": problem.starter,
                    "hints": list(problem.hints),
                    "examples": [
                        {
                            "name": c.name,
                            "input": to_jsonable(c.args),
                            "expected": to_jsonable(c.expected),
                        }
                        for c in tests.public
                    ],
                }
            )
        )
        return
    from rich.markdown import Markdown
    from rich.syntax import Syntax

    out = context.console()
    out.print(
        f"[bold]{problem.summary.title}[/bold] · {problem.summary.kind.value} · "
        f"{problem.summary.difficulty.value} · {', '.join(problem.summary.topics)}"
    )
    out.print(Markdown(problem.statement))
    out.print("[bold]Starter code[/bold]")
    out.print(Syntax(problem.starter, "python"))


def _read_sources(files: list[Path]) -> list[bytes]:
    from mldojo.errors import DataFileError

    sources = []
    for file in files:
        try:
            sources.append(file.read_bytes())
        except OSError as exc:
            raise DataFileError(f"cannot read {file}: {exc.strerror}") from None
    return sources


def _result_json(file: Path, submission: Submission) -> dict[str, Any]:
    result = submission.result or {}
    return {
        "file": str(file),
        "submission_id": submission.id,
        "verdict": submission.verdict.value if submission.verdict else None,
        "tests": result.get("tests", []),
        "time_ms": result.get("time_ms", submission.time_ms),
        "message": result.get("message", ""),
    }


def _print_human(file: Path, submission: Submission) -> None:
    from rich.table import Table

    out = context.console()
    data = _result_json(file, submission)
    verdict = data["verdict"] or "pending"
    style = "bold green" if verdict == "accepted" else "bold red"
    out.print(
        f"{file}: [{style}]{verdict.replace('_', ' ')}[/{style}] ({data['time_ms'] or 0:.0f} ms)"
    )
    if data["message"]:
        out.print(f"  {data['message']}")
    if data["tests"]:
        table = Table(show_edge=False)
        for column in ("test", "verdict", "ms"):
            table.add_column(column)
        for test in data["tests"]:
            table.add_row(test["name"], test["verdict"].replace("_", " "), f"{test['time_ms']:.1f}")
        out.print(table)
    failing = next(
        (t for t in data["tests"] if t.get("public") and t["verdict"] != "accepted"), None
    )
    if failing is not None:
        out.print(f"[bold]First failing example: {failing['name']}[/bold]")
        for key in ("input", "expected", "actual"):
            out.print(f"  {key:>8}: {json.dumps(failing.get(key))}")
        if failing.get("message"):
            out.print(f"  {failing['message']}")


def _grade_files(slug: str, files: list[Path], as_json: bool, *, public_only: bool) -> None:
    from mldojo.domain.submission import SubmissionMode, Verdict

    app_ = context.get_app()
    sources = _read_sources(files)
    mode = SubmissionMode.RUN if public_only else SubmissionMode.SUBMIT
    graded = app_.grading.submit_many(slug, sources, mode)
    for file, submission in zip(files, graded, strict=True):
        if as_json:
            sys.stdout.write(json.dumps(_result_json(file, submission)) + "\n")
        else:
            _print_human(file, submission)
    if any(s.verdict is not Verdict.ACCEPTED for s in graded):
        raise typer.Exit(1)


@problem_app.command("history")
def history(
    slug: Annotated[str | None, typer.Argument(help="Only this problem.")] = None,
) -> None:
    """List your submissions, newest first."""
    from rich.table import Table

    items = context.get_app().grading.history(slug)
    table = Table(title=f"{len(items)} submissions")
    for column in ("when", "problem", "mode", "verdict", "ms"):
        table.add_column(column)
    for s in items:
        table.add_row(
            s.created_at.strftime("%Y-%m-%d %H:%M"),
            s.problem_slug,
            s.mode.value,
            s.verdict.value if s.verdict else "pending",
            f"{s.time_ms:.0f}" if s.time_ms is not None else "",
        )
    context.console().print(table)


def run_public(
    slug: Annotated[str, typer.Argument(help="The problem's slug.")],
    file: Annotated[Path, typer.Argument(help="Your solution (.py).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Run a solution on the public examples only."""
    _grade_files(slug, [file], as_json, public_only=True)


def submit(
    slug: Annotated[str, typer.Argument(help="The problem's slug.")],
    files: Annotated[list[Path], typer.Argument(help="One or more solutions (.py).")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object per file, one per line.")
    ] = False,
) -> None:
    """Grade solutions on every test, public and hidden. Exit 0 when all are accepted."""
    _grade_files(slug, files, as_json, public_only=False)


def worker(
    concurrency: Annotated[
        int | None, typer.Option(help="Submissions graded at once (default: grader workers).")
    ] = None,
) -> None:
    """Run a Celery grading worker (MLDOJO_REDIS_URL) with a warm sandbox pool."""
    app_ = context.get_app()
    settings = app_.settings
    typer.echo(
        f"mldojo worker: grading from {settings.redis_url} with {settings.grader_workers} "
        f"sandboxed workers ({settings.isolation.value})",
        err=True,
    )
    app_.run_worker(concurrency or settings.grader_workers)

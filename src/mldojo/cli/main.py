"""The Typer root: global options, error handling and the commands of every area."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from mldojo import __version__
from mldojo.cli import context
from mldojo.cli.content import content_app
from mldojo.cli.db import db_app
from mldojo.cli.learning import (
    cards_app,
    next_step,
    note_app,
    progress,
    publish_app,
    review_app,
)
from mldojo.cli.practice import problem_app, run_public, submit, worker

app = typer.Typer(
    name="mldojo",
    help="Practice, review and get hired as a machine learning engineer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(db_app, name="db")
app.add_typer(problem_app, name="problem")
app.add_typer(content_app, name="content")
app.command("run")(run_public)
app.command("submit")(submit)
app.command("worker")(worker)
app.add_typer(review_app, name="review")
app.command("progress")(progress)
app.command("next")(next_step)
app.add_typer(note_app, name="note")
app.add_typer(publish_app, name="publish")
app.add_typer(cards_app, name="cards")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mldojo {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show full tracebacks for errors.")
    ] = False,
) -> None:
    """Practice, review and get hired as a machine learning engineer."""
    context.set_debug(debug)


@app.command()
def init(
    name: Annotated[
        str | None, typer.Option(help="Your name, as it appears on your resume.")
    ] = None,
    target_role: Annotated[str | None, typer.Option(help="The role you aim for.")] = None,
    tier: Annotated[
        str | None,
        typer.Option(help="'faang' (goal: 150 solved problems) or 'standard' (goal: 50)."),
    ] = None,
    weekly_hours: Annotated[
        float | None, typer.Option(help="Weekly study goal in hours (default 10).")
    ] = None,
    desired_retention: Annotated[
        float | None, typer.Option(help="Target recall probability for reviews (default 0.9).")
    ] = None,
    new_cards_per_day: Annotated[
        int | None, typer.Option(help="New cards introduced per day (default 20).")
    ] = None,
    max_reviews_per_day: Annotated[
        int | None, typer.Option(help="Most reviews per day (default 200).")
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Do not prompt; use flags and defaults.")
    ] = False,
) -> None:
    """Create the home, the database and your profile (or update the profile)."""
    from mldojo.domain.profile import DEFAULT_WEEKLY_HOURS

    app_ = context.get_app()
    current = app_.profiles.get_profile()
    if not yes:
        name = name or typer.prompt("Your name", default=current.name if current else None)
        target_role = target_role or typer.prompt(
            "Target role",
            default=current.target_role if current else "Machine Learning Engineer",
        )
        tier = tier or typer.prompt(
            "Target tier (faang = 150 solved problems, standard = 50)",
            default=current.target_tier.value if current else "standard",
        )
        if weekly_hours is None:
            weekly_hours = float(
                typer.prompt(
                    "Weekly study goal in hours",
                    default=current.weekly_goal_hours if current else DEFAULT_WEEKLY_HOURS,
                    type=float,
                )
            )
    if not name:
        name = current.name if current else _default_name()
    profile = app_.profiles.save_profile(
        name=name,
        target_role=target_role,
        target_tier=tier,
        weekly_goal_hours=weekly_hours,
        desired_retention=desired_retention,
        new_cards_per_day=new_cards_per_day,
        max_reviews_per_day=max_reviews_per_day,
    )
    out = context.console()
    out.print(f"Profile saved for [bold]{profile.name}[/bold] in {app_.settings.home}")
    out.print(
        f"  role: {profile.target_role} · tier: {profile.target_tier.value} "
        f"(goal {profile.solved_problem_goal} solved problems) · "
        f"weekly goal: {profile.weekly_goal_hours:g} h"
    )
    out.print("Next: `mldojo doctor` checks your machine; `mldojo serve` opens the web app.")


def _default_name() -> str:
    import getpass

    try:
        return getpass.getuser() or "Learner"
    except (KeyError, OSError):
        return "Learner"


@app.command()
def doctor(
    as_json: Annotated[bool, typer.Option("--json", help="Print the checks as JSON.")] = False,
) -> None:
    """Check Python, the home, the database, isolation, Redis and the content bank."""
    from mldojo.domain.health import CheckStatus
    from mldojo.services.doctor import run_checks

    results = run_checks(context.get_app().health_checks())
    if as_json:
        import json

        typer.echo(
            json.dumps(
                [
                    {"name": r.name, "status": r.status.value, "detail": r.detail, "fix": r.fix}
                    for r in results
                ],
                indent=2,
            )
        )
    else:
        from rich.table import Table

        styles = {
            CheckStatus.OK: "green",
            CheckStatus.WARNING: "yellow",
            CheckStatus.FAILED: "bold red",
            CheckStatus.SKIPPED: "dim",
        }
        table = Table(title="mldojo doctor")
        table.add_column("check")
        table.add_column("status")
        table.add_column("detail", overflow="fold")
        table.add_column("fix", overflow="fold")
        for result in results:
            style = styles[result.status]
            table.add_row(
                result.name, f"[{style}]{result.status.value}[/{style}]", result.detail, result.fix
            )
        context.console().print(table)
    if any(result.status is CheckStatus.FAILED for result in results):
        raise typer.Exit(1)


@app.command("config")
def show_config(
    as_json: Annotated[bool, typer.Option("--json", help="Print the settings as JSON.")] = False,
) -> None:
    """Print the effective settings, with secrets masked."""
    from mldojo.config import env_name, load_settings

    items = load_settings().public_items()
    if as_json:
        import json

        typer.echo(json.dumps(items, indent=2))
        return
    from rich.table import Table

    table = Table(title="mldojo configuration")
    table.add_column("setting")
    table.add_column("value", overflow="fold")
    for name, value in items.items():
        table.add_row(env_name(name), "" if value is None else str(value))
    context.console().print(table)


@app.command("export")
def export_data(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
) -> None:
    """Export all of your data as one JSON document."""
    from mldojo.services.transfer import render_export

    text = render_export(context.get_app().transfer.export_user())
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".partial")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as exc:
        from mldojo.errors import DataFileError

        raise DataFileError(f"cannot write {output}: {exc.strerror}") from None
    typer.echo(f"Exported to {output}", err=True)


@app.command("import")
def import_data(
    file: Annotated[Path, typer.Argument(help="A JSON file written by `mldojo export`.")],
) -> None:
    """Import data from an export file, all or nothing."""
    from mldojo.errors import DataFileError
    from mldojo.services.transfer import parse_export

    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise DataFileError(f"cannot read {file}: {exc.strerror}") from None
    document = parse_export(raw, str(file))
    added = context.get_app().transfer.import_document(document)
    typer.echo(
        f"Imported {file}: profile {'replaced' if added['profile'] else 'unchanged'}, "
        f"{added['submissions']} submissions, {added['study_log']} study-log entries, "
        f"{added['reviews']} reviews and {added['notes']} notes added"
    )


@app.command("log")
def log_study(
    duration: Annotated[str, typer.Argument(help="Time studied: 90m, 1h30 or 1.5h.")],
    notes: Annotated[str, typer.Argument(help="What you studied and learned.")],
    topic: Annotated[str | None, typer.Option(help="Roadmap topic, e.g. statistics.")] = None,
) -> None:
    """Record study time in your log."""
    entry = context.get_app().study_log.log_study(duration, notes, topic=topic)
    hours, minutes = divmod(entry.minutes, 60)
    typer.echo(f"Logged {hours}h{minutes:02d}" + (f" of {entry.topic}" if entry.topic else ""))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (default 8000).")] = None,
    multi_user: Annotated[
        bool,
        typer.Option(
            "--multi-user",
            help="Serve many people: accounts, logins, groups and mentors (needs bubblewrap).",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=32, help="Processes to run (default MLDOJO_WEB_WORKERS, 1)."),
    ] = None,
) -> None:
    """Serve the web app (single-user without login by default)."""
    import uvicorn

    from mldojo.config import IsolationMode
    from mldojo.errors import ConfigError
    from mldojo.web.app import create_app

    app_ = context.get_app()
    if multi_user and app_.settings.isolation is IsolationMode.PROCESS:
        raise ConfigError(
            "--multi-user refuses MLDOJO_ISOLATION=process: it runs strangers' code without a "
            "sandbox. Install bubblewrap (scripts/setup.sh does) and unset MLDOJO_ISOLATION"
        )
    bind_host = host or app_.settings.host
    bind_port = port or app_.settings.port
    processes = workers or app_.settings.web_workers
    # Migrate the database and create the secret key once, before any worker starts.
    app_.engine  # noqa: B018
    app_.secret_key  # noqa: B018
    for notice in app_.notices:
        typer.echo(f"mldojo: {notice}", err=True)
    app_.notices.clear()
    mode = "multi-user, accounts required" if multi_user else "single-user"
    plural = "es" if processes > 1 else ""
    typer.echo(
        f"mldojo is serving on http://{bind_host}:{bind_port} ({mode}, {processes} process"
        f"{plural}; Ctrl+C stops it)",
        err=True,
    )
    options: dict[str, Any] = {
        "host": bind_host,
        "port": bind_port,
        "log_level": "warning",
        "timeout_keep_alive": 30,  # browsers and scripts reuse a connection between clicks
    }
    if processes == 1:
        web_app = create_app(app_, bind_host=bind_host, multi_user=multi_user, warm_up=True)
        uvicorn.run(web_app, **options)
        return
    from mldojo.web.asgi import BIND_HOST_ENV, MULTI_USER_ENV

    os.environ[BIND_HOST_ENV] = bind_host
    os.environ[MULTI_USER_ENV] = "1" if multi_user else "0"
    app_.close()  # each worker builds its own, with its own grading pool
    uvicorn.run(
        "mldojo.web.asgi:create_from_environment", factory=True, workers=processes, **options
    )


def run() -> None:
    """Entry point: run the CLI, turning known errors into one line and an exit code."""
    from mldojo.errors import MldojoError

    code = 0
    try:
        app()  # standalone mode: usage errors print themselves and exit 2
    except MldojoError as exc:
        if context.is_debug():
            raise
        print(f"error: {exc.message}", file=sys.stderr)
        code = exc.exit_code
    except KeyboardInterrupt:
        code = 130
    finally:
        with contextlib.suppress(Exception):
            context.close_app()
    sys.exit(code)

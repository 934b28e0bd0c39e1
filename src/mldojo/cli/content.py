"""`mldojo content`: prove and count the content bank."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from mldojo.cli import context

content_app = typer.Typer(help="Check and count the content bank.", no_args_is_help=True)


@content_app.command("check")
def check(
    slugs: Annotated[
        list[str] | None, typer.Argument(help="Only these problems (default: all).")
    ] = None,
) -> None:
    """Prove the bank: references pass, wrong solutions fail, files are well formed."""
    from rich.progress import Progress

    app_ = context.get_app()
    out = context.console()
    total = len(slugs) if slugs else len(app_.problems.summaries())
    with Progress(console=out, transient=True) as progress:
        task = progress.add_task("checking", total=total)

        def advance(slug: str) -> None:
            progress.update(task, advance=1, description=f"checking {slug}")

        proofs = app_.content_checker.check_all(slugs or None, advance)
    defects = [d for p in proofs for d in p.defects]
    for proof in proofs:
        mark = "[green]ok[/green]" if proof.is_proven else "[bold red]FAILED[/bold red]"
        wrong = ", ".join(f"{k}: {v}" for k, v in proof.wrong_verdicts.items())
        limit = f"{proof.time_limit_s:.2f} s/test" if proof.time_limit_s else ""
        out.print(f"{mark} {proof.slug} {limit} {('· wrong/ ' + wrong) if wrong else ''}")
    for defect in defects:
        typer.echo(f"defect: {defect}", err=True)
    out.print(f"{len(proofs)} problems checked, {len(defects)} defects")
    if defects:
        raise typer.Exit(1)


@content_app.command("stats")
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Count the problems by kind, the cards, decks and prompts."""
    counts = context.get_app().catalog.counts()
    data = {
        "problems": {kind: counts[kind] for kind in ("dsa", "ml", "pandas", "sql")},
        "cards": {"total": counts["cards"], "auto_graded": 0},
        "decks": {},
        "design_prompts": 0,
        "general_design_prompts": 0,
        "behavioral_prompts": 0,
        "resources": 0,
    }
    if as_json:
        typer.echo(json.dumps(data))
        return
    out = context.console()
    for kind, count in data["problems"].items():  # type: ignore[attr-defined]
        out.print(f"{kind:>8} problems: {count}")
    out.print(f"{'cards':>8}: {counts['cards']}")

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
    problem_slugs = set(app_.problems.slugs())
    card_slugs = {card.slug for card in app_.cards.cards()}
    unknown = [s for s in slugs or [] if s not in problem_slugs | card_slugs]
    if unknown:
        from mldojo.errors import NotFoundError

        raise NotFoundError(f"no problem or card named {', '.join(unknown)}")
    wanted = [s for s in slugs if s in problem_slugs] if slugs else None
    total = len(wanted) if wanted is not None else len(problem_slugs)
    with Progress(console=out, transient=True) as progress:
        task = progress.add_task("checking", total=total)

        def advance(slug: str) -> None:
            progress.update(task, advance=1, description=f"checking {slug}")

        proofs = app_.content_checker.check_all(wanted, advance)
    card_defects = app_.content_checker.check_cards(slugs or None)
    prompt_defects = [] if slugs else app_.content_checker.check_prompts()
    prompt_defects += [] if slugs else app_.content_checker.check_roadmap()
    defects = [d for p in proofs for d in p.defects] + card_defects + prompt_defects
    for proof in proofs:
        mark = "[green]ok[/green]" if proof.is_proven else "[bold red]FAILED[/bold red]"
        wrong = ", ".join(f"{k}: {v}" for k, v in proof.wrong_verdicts.items())
        accepted = ", ".join(f"{k}: {v}" for k, v in proof.accepted_verdicts.items())
        limit = f"{proof.time_limit_s:.2f} s/test" if proof.time_limit_s else ""
        line = f"{mark} {proof.slug} {limit}"
        line += f" · wrong/ {wrong}" if wrong else ""
        line += f" · accepted/ {accepted}" if accepted else ""
        out.print(line)
    for defect in defects:
        typer.echo(f"defect: {defect}", err=True)
    cards = len([s for s in slugs if s in card_slugs]) if slugs else len(card_slugs)
    out.print(f"{len(proofs)} problems and {cards} cards checked, {len(defects)} defects")
    if defects:
        raise typer.Exit(1)


@content_app.command("stats")
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Count the problems by kind, the cards, decks and prompts."""
    data = context.get_app().catalog.stats()
    if as_json:
        typer.echo(json.dumps(data))
        return
    out = context.console()
    problems, cards = data["problems"], data["cards"]
    out.print("problems: " + ", ".join(f"{count} {kind}" for kind, count in problems.items()))
    out.print(f"cards: {cards['total']} ({cards['auto_graded']} auto-graded)")
    for deck, count in data["decks"].items():
        out.print(f"  {deck}: {count}")
    out.print(
        f"prompts: {data['design_prompts']} ML system design, "
        f"{data['general_design_prompts']} system design, "
        f"{data['behavioral_prompts']} behavioral"
    )

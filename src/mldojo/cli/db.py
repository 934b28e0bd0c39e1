"""`mldojo db`: the database schema."""

from __future__ import annotations

import typer

from mldojo.cli import context

db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade() -> None:
    """Apply pending migrations (also done automatically on first use)."""
    before, after = context.get_app().upgrade_database()
    if before == after:
        typer.echo(f"The database is up to date (schema {after}).")
    else:
        typer.echo(f"Upgraded the database from {before or 'empty'} to {after}.")


@db_app.command("status")
def status() -> None:
    """Show the schema revision of the database and the newest one."""
    url, current, head = context.get_app().database_status()
    typer.echo(f"database: {url}")
    typer.echo(f"schema: {current or 'empty'} (newest: {head})")

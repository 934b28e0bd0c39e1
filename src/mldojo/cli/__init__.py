"""The `mldojo` command line: Typer root in main.py, one sub-app per area."""

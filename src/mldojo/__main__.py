"""Allow `python -m mldojo`."""

from mldojo.cli.main import run

run()

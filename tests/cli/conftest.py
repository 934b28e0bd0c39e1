"""Run the real `mldojo` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


class Mldojo:
    """Runs `python -m mldojo` with a given home and database."""

    def __init__(self, home: Path, database_url: str | None = None) -> None:
        self.home = home
        self.database_url = database_url

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
        env["MLDOJO_HOME"] = str(self.home)
        if self.database_url:
            env["MLDOJO_DATABASE_URL"] = self.database_url
        env.update(extra)
        return env

    def __call__(self, *args: str, input: str | None = None, **env: str) -> Result:
        completed = subprocess.run(
            [sys.executable, "-m", "mldojo", *args],
            capture_output=True,
            text=True,
            input=input,
            env=self.env(**env),
            timeout=120,
            check=False,
        )
        return Result(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def mldojo(tmp_path: Path) -> Mldojo:
    return Mldojo(tmp_path / "home")

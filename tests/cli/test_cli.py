"""The command line as a user drives it: set-up, doctor, config, export and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Mldojo


def test_version_prints_the_package_version(mldojo: Mldojo) -> None:
    from mldojo import __version__

    result = mldojo("--version")
    assert result.code == 0
    assert result.stdout.strip() == f"mldojo {__version__}"


def test_help_lists_the_commands(mldojo: Mldojo) -> None:
    result = mldojo("--help")
    assert result.code == 0
    for command in ("init", "doctor", "config", "db", "export", "import", "serve"):
        assert command in result.stdout


def test_init_without_prompts_creates_home_database_and_profile(mldojo: Mldojo) -> None:
    result = mldojo(
        "init", "--yes", "--name", "Ada Lovelace", "--tier", "faang", "--weekly-hours", "12"
    )
    assert result.code == 0, result.stderr
    assert "Ada Lovelace" in result.stdout
    assert "150" in result.stdout
    assert (mldojo.home / "mldojo.db").exists()
    profile = json.loads(mldojo("export").stdout)["profile"]
    assert profile["target_tier"] == "faang"
    assert profile["weekly_goal_hours"] == 12


def test_init_prompts_for_missing_answers(mldojo: Mldojo) -> None:
    result = mldojo("init", input="Grace\nML Engineer\nstandard\n8\n")
    assert result.code == 0, result.stderr
    profile = json.loads(mldojo("export").stdout)["profile"]
    assert profile == profile | {
        "name": "Grace",
        "target_role": "ML Engineer",
        "target_tier": "standard",
        "weekly_goal_hours": 8.0,
    }


def test_first_command_creates_default_home_and_says_so(mldojo: Mldojo) -> None:
    result = mldojo("log", "30m", "first steps")
    assert result.code == 0
    assert f"created the mldojo home at {mldojo.home}" in result.stderr
    assert mldojo.home.is_dir()


def test_export_import_export_round_trip_is_identical_but_for_timestamp(
    tmp_path: Path, database_url: str
) -> None:
    source = Mldojo(tmp_path / "a", database_url)
    assert source("init", "--yes", "--name", "Ada").code == 0
    assert source("log", "1h30", "backprop by hand", "--topic", "deep learning").code == 0
    first = source("export", "--output", str(tmp_path / "a.json"))
    assert first.code == 0, first.stderr
    target = Mldojo(tmp_path / "b")
    imported = target("import", str(tmp_path / "a.json"))
    assert imported.code == 0, imported.stderr
    second = json.loads(target("export").stdout)
    original = json.loads((tmp_path / "a.json").read_text())
    assert original.pop("exported_at") != "" and second.pop("exported_at") != ""
    assert second == original


def test_doctor_shows_a_table_with_every_check(mldojo: Mldojo) -> None:
    result = mldojo("doctor", "--json", MLDOJO_ISOLATION="process")
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    assert set(checks) >= {"python", "home", "database", "isolation", "redis", "content"}
    assert checks["isolation"]["status"] == "warning"
    assert "UNSAFE" in checks["isolation"]["detail"]
    human = mldojo("doctor", MLDOJO_ISOLATION="process")
    assert "database" in human.stdout and "fix" in human.stdout


def test_doctor_fails_with_a_fix_when_the_database_is_unreachable(mldojo: Mldojo) -> None:
    result = mldojo("doctor", "--json", MLDOJO_DATABASE_URL="postgresql://nobody@127.0.0.1:9/none")
    assert result.code == 1
    database = next(c for c in json.loads(result.stdout) if c["name"] == "database")
    assert database["status"] == "failed"
    assert "MLDOJO_DATABASE_URL" in database["fix"]


def test_doctor_reports_redis_when_celery_is_configured(
    mldojo: Mldojo, redis_base_url: str
) -> None:
    result = mldojo(
        "doctor", "--json", MLDOJO_GRADER="celery", MLDOJO_REDIS_URL=redis_base_url + "/0"
    )
    redis_check = next(c for c in json.loads(result.stdout) if c["name"] == "redis")
    assert redis_check["status"] == "ok"


def test_config_prints_settings_with_secrets_masked(mldojo: Mldojo) -> None:
    result = mldojo(
        "config", "--json", MLDOJO_DATABASE_URL="postgresql://ada:hunter2@localhost/mldojo"
    )
    assert result.code == 0
    settings = json.loads(result.stdout)
    assert "hunter2" not in result.stdout
    assert settings["home"] == str(mldojo.home)
    assert mldojo("config").code == 0


def test_db_upgrade_reports_up_to_date_after_first_use(mldojo: Mldojo) -> None:
    first = mldojo("db", "upgrade")
    assert "Upgraded the database from empty" in first.stdout
    again = mldojo("db", "upgrade")
    assert "up to date" in again.stdout


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"MLDOJO_DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none"}, "MLDOJO_DATABASE_URL"),
        ({"MLDOJO_DATABASE_URL": "mysql://x@localhost/db"}, "unsupported database"),
        ({"MLDOJO_DATABASE_URL": "not a url"}, "not a database URL"),
        ({"MLDOJO_HOME": "/proc/mldojo-cannot-be-here"}, "set MLDOJO_HOME"),
        ({"MLDOJO_GRADER_WORKERS": "many"}, "MLDOJO_GRADER_WORKERS"),
    ],
)
def test_bad_configuration_gives_one_actionable_line(
    mldojo: Mldojo, env: dict[str, str], expected: str
) -> None:
    result = mldojo("export", **env)
    assert result.code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert expected in lines[0]


def test_home_under_a_file_is_refused(mldojo: Mldojo, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = mldojo("init", "--yes", MLDOJO_HOME=str(blocker / "home"))
    assert result.code == 1
    assert "set MLDOJO_HOME to a writable directory" in result.stderr


def test_debug_shows_the_traceback(mldojo: Mldojo) -> None:
    result = mldojo("--debug", "export", MLDOJO_DATABASE_URL="mysql://x@localhost/db")
    assert result.code != 0
    assert "Traceback" in result.stderr


def _prepared(mldojo: Mldojo) -> str:
    assert mldojo("init", "--yes", "--name", "Ada").code == 0
    assert mldojo("log", "45m", "pca").code == 0
    return mldojo("export").stdout


@pytest.mark.parametrize(
    ("mangle", "expected"),
    [
        (lambda text: text[: len(text) // 2], "not valid JSON at line"),
        (lambda text: text.replace('"schema_version": 2', '"schema_version": 7'), "schema 7"),
        (lambda text: text.replace('"minutes": 45', '"minutes": "lots"'), "study_log[0].minutes"),
        (lambda text: "", "not valid JSON"),
    ],
    ids=["truncated", "newer-schema", "bad-field", "empty"],
)
def test_bad_import_file_is_refused_and_changes_nothing(
    mldojo: Mldojo, tmp_path: Path, mangle: object, expected: str
) -> None:
    before = _prepared(mldojo)
    other = Mldojo(tmp_path / "other")
    assert other("init", "--yes", "--name", "Bob").code == 0
    assert other("log", "2h", "sql").code == 0
    bad = tmp_path / "bad.json"
    bad.write_text(mangle(before))  # type: ignore[operator]
    result = mldojo("import", str(bad))
    assert result.code != 0
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    after = mldojo("export").stdout
    assert json.loads(after) | {"exported_at": ""} == json.loads(before) | {"exported_at": ""}


def test_import_of_missing_file_says_so(mldojo: Mldojo, tmp_path: Path) -> None:
    result = mldojo("import", str(tmp_path / "nope.json"))
    assert result.code != 0
    assert "cannot read" in result.stderr


def test_commands_that_do_not_serve_skip_heavy_imports(mldojo: Mldojo) -> None:
    import subprocess
    import sys

    mldojo("init", "--yes", "--name", "Ada")
    for args in (["--help"], ["export"], ["config"], ["log", "5m", "notes"], ["progress"]):
        completed = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "mldojo", *args],
            capture_output=True,
            text=True,
            env=mldojo.env(),
            check=False,
        )
        imported = {
            line.split("|")[-1].strip().split(".")[0]
            for line in completed.stderr.splitlines()
            if line.startswith("import time:")
        }
        assert not imported & {"numpy", "fastapi", "uvicorn", "psycopg", "celery"}, args


def test_init_sets_review_limits_and_rejects_impossible_retention(mldojo: Mldojo) -> None:
    result = mldojo(
        "init",
        "--yes",
        "--name",
        "Bo",
        "--desired-retention",
        "0.95",
        "--new-cards-per-day",
        "5",
        "--max-reviews-per-day",
        "80",
    )
    assert result.code == 0, result.stderr
    profile = json.loads(mldojo("export").stdout)["profile"]
    assert (profile["desired_retention"], profile["new_cards_per_day"]) == (0.95, 5)
    assert profile["max_reviews_per_day"] == 80
    bad = mldojo("init", "--yes", "--desired-retention", "1.5")
    assert bad.code != 0
    assert "desired_retention" in bad.stderr


def test_multi_user_serving_refuses_process_isolation(mldojo: Mldojo) -> None:
    result = mldojo("serve", "--multi-user", "--port", "1", MLDOJO_ISOLATION="process")
    assert result.code == 2
    assert "--multi-user refuses MLDOJO_ISOLATION=process" in result.stderr
    assert "bubblewrap" in result.stderr

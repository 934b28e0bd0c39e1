"""Settings: defaults, environment, masking, and the docs that list them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.cli.reference import cli_reference_markdown, configuration_markdown
from mldojo.config import Settings, env_name, load_settings, mask_url_password
from mldojo.errors import ConfigError

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_database_defaults_to_sqlite_file_in_home(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'mldojo.db'}"


def test_settings_come_from_mldojo_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MLDOJO_HOME", str(tmp_path))
    monkeypatch.setenv("MLDOJO_PORT", "9123")
    settings = load_settings()
    assert settings.home == tmp_path
    assert settings.port == 9123


def test_load_settings_names_the_variable_on_bad_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLDOJO_GRADER", "carrier-pigeon")
    with pytest.raises(ConfigError, match="MLDOJO_GRADER"):
        load_settings()


def test_public_items_mask_passwords() -> None:
    settings = Settings(
        database_url="postgresql+psycopg://ada:hunter2@db.local/mldojo",
        redis_url="redis://:s3cret@127.0.0.1:6379/0",
    )
    shown = settings.public_items()
    assert "hunter2" not in str(shown)
    assert "s3cret" not in str(shown)
    assert shown["database_url"] == "postgresql+psycopg://ada:********@db.local/mldojo"


def test_mask_url_password_leaves_urls_without_password() -> None:
    assert mask_url_password("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_configuration_doc_lists_every_setting() -> None:
    text = (DOCS / "configuration.md").read_text()
    missing = [env_name(name) for name in Settings.model_fields if env_name(name) not in text]
    assert missing == [], f"docs/configuration.md misses {missing}: run scripts/gen_docs.py"


def test_generated_docs_are_current() -> None:
    assert (DOCS / "configuration.md").read_text() == configuration_markdown() + "\n"
    assert (DOCS / "cli.md").read_text() == cli_reference_markdown() + "\n", (
        "docs/cli.md is stale: run scripts/gen_docs.py"
    )

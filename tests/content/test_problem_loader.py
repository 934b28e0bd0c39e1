"""Loading problems: clear errors for malformed files, cases with expected outputs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from mldojo.content.problems import ProblemBank, read_manifest
from mldojo.errors import DataFileError, NotFoundError

BANK = Path(__file__).resolve().parents[2] / "src/mldojo/content/bank"


def _no_reference(*_: Any) -> list[Any]:
    raise AssertionError("the reference should not run")


def _copy_problem(tmp_path: Path, slug: str = "two-sum") -> Path:
    target = tmp_path / "problems" / slug
    shutil.copytree(BANK / "problems" / slug, target)
    return target


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder = _copy_problem(tmp_path)
    (folder / "problem.toml").write_text('schema_version = 1\ntitle = "unclosed\n')
    with pytest.raises(DataFileError, match=r"problem\.toml: .*line 2"):
        read_manifest(folder / "problem.toml")


def test_unknown_field_is_refused_by_name(tmp_path: Path) -> None:
    folder = _copy_problem(tmp_path)
    text = (folder / "problem.toml").read_text()
    (folder / "problem.toml").write_text(text.replace("[entry]", "colour = 'red'\n\n[entry]"))
    with pytest.raises(DataFileError, match="colour: Extra inputs are not permitted"):
        read_manifest(folder / "problem.toml")


def test_slug_must_match_folder(tmp_path: Path) -> None:
    folder = _copy_problem(tmp_path)
    folder.rename(folder.with_name("other-name"))
    with pytest.raises(DataFileError, match="differs from its folder"):
        read_manifest(folder.with_name("other-name") / "problem.toml")


def test_broken_problem_does_not_hide_the_others(tmp_path: Path) -> None:
    _copy_problem(tmp_path, "two-sum")
    broken = _copy_problem(tmp_path, "climbing-stairs")
    (broken / "problem.toml").write_text("kind = 'dsa'\n")
    bank = ProblemBank(tmp_path, expected_outputs=_no_reference)
    assert bank.slugs() == ["two-sum"]
    assert "climbing-stairs" in bank.load_errors()
    with pytest.raises(DataFileError, match="Field required"):
        bank.get("climbing-stairs")


def test_unknown_slug_suggests_close_matches() -> None:
    bank = ProblemBank(BANK.parent / "bank", expected_outputs=_no_reference)
    with pytest.raises(NotFoundError, match="did you mean reverse-linked-list"):
        bank.get("reverse-linked-lists")


def test_public_examples_with_stated_outputs_skip_the_reference() -> None:
    bank = ProblemBank(BANK, expected_outputs=_no_reference)
    tests = bank.public_tests("two-sum")
    assert [c.expected for c in tests.public] == [[2, 3], [0, 1], [0, 2]]


def test_missing_file_is_named(tmp_path: Path) -> None:
    folder = _copy_problem(tmp_path)
    (folder / "statement.md").unlink()
    bank = ProblemBank(tmp_path, expected_outputs=_no_reference)
    with pytest.raises(DataFileError, match=r"statement\.md: missing"):
        bank.get("two-sum")

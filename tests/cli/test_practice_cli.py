"""Problems, run and submit from the command line, with the stable JSON contracts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Mldojo

pytestmark = pytest.mark.sandbox

REFERENCE = Path(__file__).resolve().parents[2] / "src/mldojo/content/bank/problems/two-sum"


def test_problem_list_json_has_the_contract_fields(mldojo: Mldojo) -> None:
    result = mldojo("problem", "list", "--json")
    assert result.code == 0, result.stderr
    problems = json.loads(result.stdout)
    two_sum = next(p for p in problems if p["slug"] == "two-sum")
    assert two_sum == {
        "slug": "two-sum",
        "title": "Two Sum",
        "kind": "dsa",
        "difficulty": "easy",
        "topics": ["arrays-and-hashing"],
        "leetcode": 1,
    }


def test_problem_list_filters_by_kind(mldojo: Mldojo) -> None:
    problems = json.loads(mldojo("problem", "list", "--kind", "ml", "--json").stdout)
    assert problems
    assert {p["kind"] for p in problems} == {"ml"}


def test_problem_show_json_has_statement_starter_and_examples(mldojo: Mldojo) -> None:
    shown = json.loads(mldojo("problem", "show", "two-sum", "--json").stdout)
    assert "class Solution" in shown["starter"]
    assert "**Examples**" in shown["statement"]
    assert shown["examples"][0] == {
        "name": "example 1",
        "input": [[3, 8, 12, 5], 17],
        "expected": [2, 3],
    }


def test_submit_prints_one_json_line_per_file_in_order(mldojo: Mldojo, tmp_path: Path) -> None:
    good = REFERENCE / "reference.py"
    wrong = REFERENCE / "wrong" / "self_pair.py"
    result = mldojo("submit", "two-sum", str(good), str(wrong), str(good), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["verdict"] for line in lines] == ["accepted", "wrong_answer", "accepted"]
    assert [line["file"] for line in lines] == [str(good), str(wrong), str(good)]
    assert all({"verdict", "tests", "time_ms", "message"} <= set(line) for line in lines)
    assert result.code == 1


def test_submit_exits_zero_when_every_file_is_accepted(mldojo: Mldojo) -> None:
    result = mldojo("submit", "two-sum", str(REFERENCE / "reference.py"), "--json")
    assert result.code == 0, result.stderr


def test_submit_of_unknown_slug_exits_two_with_a_suggestion(mldojo: Mldojo) -> None:
    result = mldojo("submit", "two-sun", str(REFERENCE / "reference.py"))
    assert result.code == 2
    assert "did you mean two-sum" in result.stderr


def test_submit_of_missing_file_exits_two(mldojo: Mldojo, tmp_path: Path) -> None:
    result = mldojo("submit", "two-sum", str(tmp_path / "nope.py"))
    assert result.code == 2
    assert "cannot read" in result.stderr


def test_run_shows_the_failing_example_in_a_table(mldojo: Mldojo) -> None:
    result = mldojo("run", "two-sum", str(REFERENCE / "wrong" / "values_not_indices.py"))
    assert result.code == 1
    assert "wrong answer" in result.stdout
    assert "First failing example: example 1" in result.stdout
    assert "[12, 5]" in result.stdout


def test_content_stats_json_has_the_contract_shape(mldojo: Mldojo) -> None:
    stats = json.loads(mldojo("content", "stats", "--json").stdout)
    assert set(stats) == {
        "problems",
        "cards",
        "decks",
        "design_prompts",
        "general_design_prompts",
        "behavioral_prompts",
        "resources",
        "plans",
    }
    assert set(stats["problems"]) == {"dsa", "ml", "pandas", "sql"}
    assert stats["problems"]["dsa"] >= 90
    assert stats["problems"]["ml"] >= 80
    assert stats["cards"]["total"] >= 350
    assert stats["cards"]["auto_graded"] >= 140
    assert stats["design_prompts"] >= 14
    assert stats["general_design_prompts"] >= 10
    assert stats["behavioral_prompts"] >= 36
    assert stats["plans"]["essentials-50"] == 50
    assert stats["plans"]["faang-150"] == 150


def test_content_check_fails_with_file_and_field_on_a_bad_bank(
    mldojo: Mldojo, tmp_path: Path
) -> None:
    bank = tmp_path / "bank" / "problems" / "broken"
    bank.mkdir(parents=True)
    (bank / "problem.toml").write_text('schema_version = 1\nslug = "broken"\ntitle = 3\n')
    result = mldojo("content", "check", MLDOJO_CONTENT_DIR=str(tmp_path / "bank"))
    assert result.code == 1
    assert f"{bank / 'problem.toml'}: id: Field required" in result.stderr

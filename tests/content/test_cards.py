"""Knowledge cards: loading, typed-answer grading, and the proof of parametric cards."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mldojo.content.cards import CardBank
from mldojo.content.catalog import BUNDLED_BANK
from mldojo.domain.cards import CardInstance, Tolerance, grade_numeric, parse_number

BANK_CARDS = CardBank(BUNDLED_BANK)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("0.25", 0.25),
        ("1/4", 0.25),
        ("1,024", 1024.0),
        ("2.5e-3", 0.0025),
        (" 7 parameters", 7.0),
        ("−3", -3.0),
        ("12%", 12.0),
    ],
)
def test_parse_number_reads_what_learners_type(typed: str, value: float) -> None:
    assert parse_number(typed) == pytest.approx(value)


@pytest.mark.parametrize("typed", ["", "abc", "1/0", "1..2"])
def test_parse_number_explains_unreadable_input(typed: str) -> None:
    with pytest.raises(ValueError, match="number|zero"):
        parse_number(typed)


def _instance(expected: float, tolerance: Tolerance) -> CardInstance:
    card = BANK_CARDS.get("precision-from-counts")
    from dataclasses import replace

    return CardInstance(replace(card, tolerance=tolerance), {}, "prompt", expected)


def test_grade_numeric_accepts_within_the_stated_decimals() -> None:
    instance = _instance(0.33333, Tolerance(decimals=3))
    assert grade_numeric(instance, "0.333").is_correct
    assert grade_numeric(instance, "1/3").is_correct
    wrong = grade_numeric(instance, "0.34")
    assert not wrong.is_correct
    assert "the answer is 0.333" in wrong.message


def test_grade_numeric_explains_a_non_number() -> None:
    grade = grade_numeric(_instance(1.0, Tolerance()), "one")
    assert not grade.is_correct
    assert "not a number" in grade.message


def test_bundled_cards_load_without_errors() -> None:
    assert BANK_CARDS.load_errors() == []
    counts = BANK_CARDS.counts()
    assert counts["total"] >= counts["auto_graded"] > 0


@pytest.mark.parametrize("slug", [c.slug for c in BANK_CARDS.cards() if c.is_auto_graded])
def test_parametric_card_agrees_with_its_oracle(slug: str) -> None:
    assert BANK_CARDS.prove(slug) == []


def test_parametric_card_draws_new_numbers_per_seed() -> None:
    prompts = {BANK_CARDS.instance("conv2d-parameter-count", seed).prompt for seed in range(10)}
    assert len(prompts) > 5


def _bank_with(tmp_path: Path, name: str, text: str) -> CardBank:
    folder = tmp_path / "cards" / ("parametric" if name.endswith(".py") else "")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(textwrap.dedent(text))
    return CardBank(tmp_path)


def test_wrong_answer_function_is_caught_by_the_oracle(tmp_path: Path) -> None:
    bank = _bank_with(
        tmp_path,
        "bad.py",
        """
        from mldojo.content.cards import parametric
        DECK = "bad"
        CARDS = [parametric(
            id="11111111-2222-4333-8444-555555555555", slug="off-by-one", skill="math",
            prompt="What is {a} + {b}?", generate=lambda r: {"a": r.randint(1, 99), "b": 2},
            answer=lambda p: p["a"] + p["b"] + 1, oracle=lambda p: p["a"] + p["b"],
            explanation="Add the two numbers together.", decimals=0)]
    """,
    )
    [defect] = bank.prove("off-by-one")
    assert "oracle computes" in defect


def test_yaml_deck_error_names_file_and_field(tmp_path: Path) -> None:
    bank = _bank_with(
        tmp_path,
        "deck.yaml",
        """
        schema_version: 1
        deck: broken-deck
        title: Broken
        skill: astrology
        cards: []
    """,
    )
    [error] = bank.load_errors()
    assert "deck.yaml: skill: Value error, unknown skill" in error


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    bank = _bank_with(tmp_path, "deck.yaml", "schema_version: 1\ndeck: [unclosed\n")
    [error] = bank.load_errors()
    assert "deck.yaml: line" in error


def test_loading_cards_does_not_import_numpy() -> None:
    code = (
        "import sys; from mldojo.content.cards import CardBank; CardBank().counts(); "
        "print('numpy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_parametric_card_redraws_numbers_on_a_rounding_tie() -> None:
    from mldojo.content.cards import parametric

    draws = iter([0.0625, 0.07, 0.0625])
    spec = parametric(
        id="11111111-2222-4333-8444-555555555556",
        slug="tie",
        skill="math",
        prompt="Round {x} to 3 places.",
        generate=lambda rng: {"x": next(draws)},
        answer=lambda p: p["x"],
        oracle=lambda p: p["x"],
        explanation="Round half away from the tie.",
        decimals=3,
    )
    import random

    assert spec.generate(random.Random(0)) == {"x": 0.07}

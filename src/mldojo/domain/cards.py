"""Knowledge cards: question-and-answer cards graded by the learner, and parametric cards
whose numbers change every time and whose typed answers are graded automatically."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import Any


class CardKind(StrEnum):
    """How a card is answered and graded."""

    QA = "qa"  # reveal the model answer; the learner grades themself
    PARAMETRIC = "parametric"  # fresh numbers each time; the typed answer is checked


@dataclass(frozen=True)
class Tolerance:
    """How close a typed number must be: within rel or abs, or equal after rounding."""

    rel: float = 0.0
    abs: float = 0.0
    decimals: int | None = None

    def describe(self) -> str:
        """Return the rule as the card states it to the learner."""
        if self.decimals is not None:
            if self.decimals == 0:
                return "an exact integer"
            return f"{self.decimals} decimal place{'s' * (self.decimals != 1)}"
        if self.rel:
            return f"within {self.rel:.0%}" if self.rel >= 0.01 else f"within {self.rel:g} relative"
        return f"within {self.abs:g}" if self.abs else "exactly"

    def accepts(self, expected: float, value: float) -> bool:
        """Return whether value counts as the expected answer."""
        if self.decimals is not None:
            return round(value, self.decimals) == round(expected, self.decimals) or math.isclose(
                value, expected, abs_tol=0.5 * 10 ** (-self.decimals)
            )
        return math.isclose(value, expected, rel_tol=self.rel, abs_tol=self.abs)


@dataclass(frozen=True)
class Card:
    """One idea to remember."""

    id: str
    slug: str
    deck: str
    kind: CardKind
    skill: str
    topics: tuple[str, ...]
    question: str  # for parametric cards, a template with {name} placeholders
    answer: str  # the model answer, or the explanation shown after a parametric answer
    key_points: tuple[str, ...] = ()
    units: str = ""
    tolerance: Tolerance = field(default_factory=Tolerance)

    @property
    def is_auto_graded(self) -> bool:
        """Return whether the card grades typed answers itself."""
        return self.kind is CardKind.PARAMETRIC


@dataclass(frozen=True)
class CardInstance:
    """A parametric card with its numbers drawn: the prompt shown and the value expected."""

    card: Card
    params: dict[str, Any]
    prompt: str
    expected: float


@dataclass(frozen=True)
class NumericGrade:
    """The outcome of checking a typed number."""

    is_correct: bool
    value: float | None
    message: str


_NUMBER = re.compile(
    r"""^\s*(?P<num>[-+]?(?:\d[\d,_]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
        (?:\s*/\s*(?P<den>[-+]?\d[\d,_]*\.?\d*))?\s*(?P<pct>%)?\s*[A-Za-z ]*$""",
    re.VERBOSE,
)


def parse_number(text: str) -> float:
    """Read a typed number: 1234, 1,234, 1.2e3, 3/4 or 12% (as 12); trailing units are ignored."""
    cleaned = text.strip().replace("−", "-").replace("×10^", "e").replace("x10^", "e")
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"{text!r} is not a number: type it like 0.25, 1/4, 2.5e-3 or 1,024")
    numerator = match["num"].replace(",", "").replace("_", "")
    if match["den"]:
        denominator = match["den"].replace(",", "").replace("_", "")
        if float(denominator) == 0:
            raise ValueError(f"{text!r} divides by zero")
        return float(Fraction(numerator) / Fraction(denominator))
    return float(numerator)


def grade_numeric(instance: CardInstance, typed: str) -> NumericGrade:
    """Check a typed answer against the instance's expected value and the card's tolerance.

    '?' or nothing means "I don't know": it counts as wrong and shows the answer.
    """
    expected = instance.expected
    rule = instance.card.tolerance.describe()
    shown = _format(expected, instance.card.tolerance)
    units = f" {instance.card.units}" if instance.card.units else ""
    if typed.strip() in ("", "?"):
        return NumericGrade(False, None, f"the answer is {shown}{units}")
    try:
        value = parse_number(typed)
    except ValueError as exc:
        return NumericGrade(False, None, f"{exc}; the answer is {shown}{units}")
    if instance.card.tolerance.accepts(expected, value):
        return NumericGrade(True, value, f"correct: {shown}{units}")
    return NumericGrade(
        False, value, f"the answer is {shown}{units} ({rule}); you typed {typed.strip()}"
    )


def _format(value: float, tolerance: Tolerance) -> str:
    if tolerance.decimals is not None:
        return f"{value:,.{tolerance.decimals}f}"
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-3):
        return f"{value:.4g}"
    return f"{value:,.6g}"


def render_prompt(template: str, params: dict[str, Any]) -> str:
    """Fill a card template's {name} placeholders, formatting floats briefly."""
    shown = {
        name: (f"{value:g}" if isinstance(value, float) else value)
        for name, value in params.items()
    }
    return template.format(**shown)

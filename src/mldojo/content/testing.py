"""What a problem's tests.py uses to declare its cases (trusted code from the bank)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class _Missing:
    def __repr__(self) -> str:
        return "<computed by the reference>"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Case:
    """One test: a name, the arguments, and the expected output unless the reference computes it."""

    name: str
    args: tuple[Any, ...]
    expected: Any = MISSING

    @property
    def has_expected(self) -> bool:
        """Return whether the test states its expected output."""
        return self.expected is not MISSING


def case(name: str, *args: Any, expected: Any = MISSING) -> Case:
    """Declare a test case: `case("example 1", [2, 7, 11, 15], 9, expected=[0, 1])`."""
    return Case(name=name, args=tuple(args), expected=expected)


def design(name: str, operations: list[str], arguments: list[list[Any]], **kw: Any) -> Case:
    """Declare a test of a design problem as LeetCode's operation and argument lists."""
    return Case(name=name, args=(operations, arguments), expected=kw.get("expected", MISSING))

"""Checkers: LeetCode's judging rules and messages that teach."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from mldojo.domain.grading import CheckerKind, CheckerSpec
from mldojo.grader.checkers import check

EXACT = CheckerSpec()
FLOAT = CheckerSpec(CheckerKind.FLOAT)


def test_check_accepts_a_tuple_where_a_list_is_expected() -> None:
    assert check(EXACT, (), [[1, 2], [3]], ((1, 2), (3,))) is None


def test_check_refuses_another_order_for_an_exact_checker() -> None:
    assert check(EXACT, (), [1, 2], [2, 1]) == "2 at [0] but expected 1"


def test_check_refuses_a_float_where_an_int_is_expected() -> None:
    assert check(EXACT, (), 2, 2.0) == "2.0 (a float) but expected 2 (an int)"


def test_check_refuses_a_bool_where_an_int_is_expected() -> None:
    assert check(EXACT, (), 1, True) is not None


def test_check_accepts_any_order_for_an_unordered_checker() -> None:
    spec = CheckerSpec(CheckerKind.UNORDERED)
    assert check(spec, (), [[1, 2], [3]], [[3], [1, 2]]) is None
    assert (
        check(spec, (), [1, 1, 2], [1, 2, 2])
        == "missing [1]; unexpected [2] (order does not matter)"
    )


def test_check_ignores_duplicates_for_a_set_checker() -> None:
    assert check(CheckerSpec(CheckerKind.SET), (), [1, 2], [2, 1, 2]) is None


def test_check_accepts_floats_within_tolerance() -> None:
    assert check(FLOAT, (), [0.1 + 0.2], [0.3]) is None
    assert check(FLOAT, (), 1.0, 1.001) is not None


def test_check_matches_nan_only_with_nan() -> None:
    assert check(FLOAT, (), math.nan, math.nan) is None
    assert check(FLOAT, (), 1.0, math.nan) == "nan but expected 1.0"


def test_check_names_a_shape_mismatch() -> None:
    message = check(FLOAT, (), np.zeros((2, 3)), np.zeros((3, 2)))
    assert message == "shape (3, 2) but expected shape (2, 3)"


def test_check_names_where_a_nan_appears() -> None:
    actual = np.array([[0.0, math.nan, 0.0], [0.0, 0.0, 0.0]])
    message = check(FLOAT, (), np.zeros((2, 3)), actual)
    assert message is not None
    assert message.startswith("nan at index (0, 1)")


def test_check_explains_rows_that_should_sum_to_one() -> None:
    actual = np.array([[0.5, 0.5], [0.5, 0.5], [0.5, 0.23]])
    rows = CheckerSpec(CheckerKind.FLOAT, rows_sum_to_one=True)
    message = check(rows, (), np.full((3, 2), 0.5), actual)
    assert message == "row 2 of the output sums to 0.73; rows should sum to 1"


def test_check_gives_no_row_sum_advice_unless_the_problem_asks() -> None:
    actual = np.array([[0.5, 0.23]])
    message = check(FLOAT, (), np.array([[0.5, 0.5]]), actual)
    assert message is not None
    assert "sum to 1" not in message


def test_check_names_the_first_differing_value() -> None:
    message = check(FLOAT, (), np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.5, 3.5]))
    assert message is not None
    assert message.startswith("value at index (1,) is 2.5 but expected 2.0")
    assert message.endswith("2 of 3 values differ")


@pytest.mark.parametrize(
    ("expected", "actual", "strict", "accepted"),
    [
        (np.array([1.0, 0.0]), np.array([1, 0]), False, True),
        (np.array([1.0, 0.0]), np.array([1, 0]), True, False),
        (np.array([1.0, 0.0]), np.array([1.0, 0.0], dtype=np.float32), True, True),
        (np.array([1, 0]), np.array([1, 0], dtype=np.uint8), True, True),
    ],
)
def test_check_compares_dtype_kind_only_when_asked(
    expected: Any, actual: Any, strict: bool, accepted: bool
) -> None:
    spec = CheckerSpec(CheckerKind.FLOAT, check_dtype_kind=strict)
    assert (check(spec, (), expected, actual) is None) is accepted


def test_check_accepts_a_nested_list_where_an_array_is_expected() -> None:
    assert check(FLOAT, (), np.array([[1.0, 2.0]]), [[1.0, 2.0]]) is None


def test_check_compares_large_integers_exactly() -> None:
    big = 2**60
    assert check(EXACT, (), np.array([big]), np.array([big + 1])) is not None


def test_check_runs_a_custom_checker_in_the_parent() -> None:
    def is_permutation_of_input(args: tuple[Any, ...], expected: Any, actual: Any) -> str | None:
        return None if sorted(actual) == sorted(args[0]) else "not a permutation of the input"

    spec = CheckerSpec(CheckerKind.CUSTOM, custom=is_permutation_of_input)
    assert check(spec, ([3, 1, 2],), None, [2, 3, 1]) is None
    assert check(spec, ([3, 1, 2],), None, [1, 1, 1]) == "not a permutation of the input"


def test_check_turns_a_custom_checker_crash_into_a_message() -> None:
    spec = CheckerSpec(CheckerKind.CUSTOM, custom=lambda args, expected, actual: actual[5])
    message = check(spec, (), None, [])
    assert message is not None
    assert message.startswith("the checker could not read the output: IndexError")

"""Compare an actual output with the expected one, in the trusted parent, as LeetCode judges.

Every checker returns None when the output is right, else one sentence that teaches what is
wrong ("shape (3, 2) but expected (2, 3)", "nan at index (0, 1)"). Outputs reach these functions
as plain data decoded from the channel, never as the submission's own objects.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np

from mldojo.domain.grading import CheckerKind, CheckerSpec

Array = np.ndarray[Any, Any]
MAX_SHOWN = 80


def check(spec: CheckerSpec, args: tuple[Any, ...], expected: Any, actual: Any) -> str | None:
    """Return why actual is not an acceptable answer, or None when it is."""
    if spec.kind is CheckerKind.CUSTOM:
        if spec.custom is None:
            raise ValueError("a custom checker spec needs its function")
        try:
            verdict: str | None = spec.custom(args, expected, actual)
            return verdict
        except Exception as exc:
            return f"the checker could not read the output: {type(exc).__name__}: {exc}"
    if spec.kind is CheckerKind.UNORDERED:
        return compare_unordered(expected, actual, distinct=False)
    if spec.kind is CheckerKind.SET:
        return compare_unordered(expected, actual, distinct=True)
    tolerance = (spec.rtol, spec.atol) if spec.kind is CheckerKind.FLOAT else None
    message = compare(expected, actual, tolerance, spec.check_dtype_kind, ())
    if (
        message is not None
        and spec.rows_sum_to_one
        and isinstance(expected, np.ndarray)
        and isinstance(actual, np.ndarray)
        and expected.shape == actual.shape
        and actual.dtype.kind == "f"
        and not np.isnan(actual).any()
    ):
        # Only where the problem says its rows are distributions (softmax), or a ReLU whose
        # expected rows happen to sum to 1 would get advice about probabilities.
        return _row_sum_hint(expected, actual) or message
    return message


def shown(value: Any) -> str:
    """Return a short printable form of a value for messages."""
    text = repr(value.tolist() if isinstance(value, np.ndarray) else value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def _where(path: tuple[int | str, ...]) -> str:
    return "".join(f"[{step!r}]" for step in path)


def _at(path: tuple[int | str, ...]) -> str:
    return f" at {_where(path)}" if path else ""


def _type_name(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def compare(
    expected: Any,
    actual: Any,
    tolerance: tuple[float, float] | None,
    check_dtype_kind: bool,
    path: tuple[int | str, ...],
) -> str | None:
    """Compare structurally: a tuple equals a list, numbers by tolerance when given."""
    if isinstance(expected, np.ndarray) or isinstance(actual, np.ndarray):
        return compare_arrays(expected, actual, tolerance, check_dtype_kind, path)
    if isinstance(expected, bool) or isinstance(actual, bool):
        if type(actual) is not type(expected) or actual != expected:
            return f"{shown(actual)}{_at(path)} but expected {shown(expected)}"
        return None
    if isinstance(expected, int | float) and tolerance is not None:
        return compare_numbers(expected, actual, tolerance, path)
    if isinstance(expected, int | float):
        return compare_exact_numbers(expected, actual, path)
    if isinstance(expected, list | tuple):
        if not isinstance(actual, list | tuple):
            return f"returned {_type_name(actual)}{_at(path)} but expected a list"
        if len(actual) != len(expected):
            return f"{len(actual)} items{_at(path)} but expected {len(expected)}"
        for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
            problem = compare(want, got, tolerance, check_dtype_kind, (*path, index))
            if problem:
                return problem
        return None
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"returned {_type_name(actual)}{_at(path)} but expected a dict"
        if set(actual) != set(expected):
            missing = sorted(map(repr, set(expected) - set(actual)))[:5]
            extra = sorted(map(repr, set(actual) - set(expected)))[:5]
            return f"keys differ{_at(path)}: missing {missing}, unexpected {extra}"
        for key in expected:
            problem = compare(expected[key], actual[key], tolerance, check_dtype_kind, (*path, key))
            if problem:
                return problem
        return None
    if isinstance(expected, set | frozenset):
        if not isinstance(actual, set | frozenset | list | tuple) or set(actual) != set(expected):
            return f"{shown(actual)}{_at(path)} but expected {shown(expected)}"
        return None
    if type(actual) is not type(expected) or actual != expected:
        return f"{shown(actual)}{_at(path)} but expected {shown(expected)}"
    return None


def _article(value: Any) -> str:
    name = type(value).__name__
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def compare_exact_numbers(expected: float, actual: Any, path: tuple[int | str, ...]) -> str | None:
    """Compare numbers exactly; an int and a float differ, as on LeetCode."""
    if not isinstance(actual, int | float) or isinstance(actual, bool):
        return f"returned {_type_name(actual)}{_at(path)} but expected {shown(expected)}"
    if type(actual) is not type(expected):
        return (
            f"{shown(actual)} ({_article(actual)}){_at(path)} but expected "
            f"{shown(expected)} ({_article(expected)})"
        )
    both_nan = isinstance(expected, float) and math.isnan(expected) and math.isnan(actual)
    if actual != expected and not both_nan:
        return f"{shown(actual)}{_at(path)} but expected {shown(expected)}"
    return None


def compare_numbers(
    expected: float, actual: Any, tolerance: tuple[float, float], path: tuple[int | str, ...]
) -> str | None:
    """Compare two numbers within rtol/atol; nan only matches nan, infinities match exactly."""
    if isinstance(actual, np.ndarray) and actual.shape == ():
        actual = actual.item()
    if not isinstance(actual, int | float) or isinstance(actual, bool):
        return f"returned {_type_name(actual)}{_at(path)} but expected a number"
    rtol, atol = tolerance
    if math.isnan(expected) or math.isnan(actual):
        if math.isnan(expected) and math.isnan(actual):
            return None
        return f"{'nan' if math.isnan(actual) else shown(actual)}{_at(path)} but expected " + (
            "nan" if math.isnan(expected) else shown(expected)
        )
    if math.isinf(expected) or math.isinf(actual):
        return None if actual == expected else f"{actual}{_at(path)} but expected {expected}"
    if abs(actual - expected) <= atol + rtol * abs(expected):
        return None
    return f"{actual!r}{_at(path)} but expected {expected!r} (rtol {rtol:g}, atol {atol:g})"


def _dtype_family(array: Array) -> str:
    families = {"b": "bool", "i": "integer", "u": "integer", "f": "float", "c": "complex"}
    kind: str = array.dtype.kind
    return families.get(kind, kind)


def compare_arrays(
    expected: Any,
    actual: Any,
    tolerance: tuple[float, float] | None,
    check_dtype_kind: bool,
    path: tuple[int | str, ...],
) -> str | None:
    """Compare arrays by shape, optionally dtype kind, then values; say where they differ."""
    want = np.asarray(expected)
    try:
        got = np.asarray(actual)
    except (ValueError, TypeError):
        return f"returned {_type_name(actual)}{_at(path)} but expected an array"
    if got.dtype.kind not in "biufc" or want.dtype.kind not in "biufc":
        if got.shape == want.shape and np.array_equal(got, want):
            return None
        return f"{shown(got)}{_at(path)} but expected {shown(want)}"
    if got.shape != want.shape:
        what = "a scalar" if got.shape == () else f"shape {got.shape}"
        return f"{what}{_at(path)} but expected shape {want.shape}"
    if check_dtype_kind and _dtype_family(got) != _dtype_family(want):
        return (
            f"dtype {got.dtype}{_at(path)} is {_dtype_family(got)} but expected "
            f"{_dtype_family(want)} values"
        )
    if got.size == 0:
        return None
    if tolerance is None and {got.dtype.kind, want.dtype.kind} <= set("biu"):
        # Exact integers stay integers: float64 would blur values past 2**53.
        wrong = got != want
        if not wrong.any():
            return None
        return _first_difference(want, got, wrong, "", path)
    common = np.complex128 if "c" in got.dtype.kind + want.dtype.kind else np.float64
    return _compare_values(want.astype(common), got.astype(common), tolerance, path)


def _first_difference(
    want: Array, got: Array, wrong: Array, detail: str, path: tuple[int | str, ...]
) -> str:
    index = tuple(int(i) for i in np.argwhere(wrong)[0])
    return (
        f"value at index {index}{_at(path)} is {got[index].item()!r} but expected "
        f"{want[index].item()!r}{detail}; {int(wrong.sum())} of {got.size} values differ"
    )


def _compare_values(
    want: Array, got: Array, tolerance: tuple[float, float] | None, path: tuple[int | str, ...]
) -> str | None:
    got_nan, want_nan = np.isnan(got), np.isnan(want)
    surprise_nan = got_nan & ~want_nan
    if surprise_nan.any():
        index = tuple(int(i) for i in np.argwhere(surprise_nan)[0])
        count = int(surprise_nan.sum())
        return f"nan at index {index}{_at(path)} ({count} of {got.size} values are nan)"
    if tolerance is None:
        wrong = ~((got == want) | (got_nan & want_nan))
        detail = ""
    else:
        rtol, atol = tolerance
        wrong = ~np.isclose(got, want, rtol=rtol, atol=atol, equal_nan=True)
        detail = f" (rtol {rtol:g}, atol {atol:g})"
    if not wrong.any():
        return None
    return _first_difference(want, got, wrong, detail, path)


def _row_sum_hint(want: Array, got: Array) -> str | None:
    """Explain outputs whose rows should sum to one (softmax, probabilities) but do not."""
    if want.ndim < 1 or want.shape[-1] < 2 or want.dtype.kind != "f":
        return None
    want_sums, got_sums = want.sum(axis=-1), got.sum(axis=-1)
    if not np.allclose(want_sums, 1.0, atol=1e-6) or np.allclose(got_sums, 1.0, atol=1e-6):
        return None
    if want.ndim == 1:
        return f"the output sums to {float(got_sums):.4g}; it should sum to 1"
    bad = tuple(int(i) for i in np.argwhere(~np.isclose(got_sums, 1.0, atol=1e-6))[0])
    row = bad[0] if len(bad) == 1 else bad
    return f"row {row} of the output sums to {float(got_sums[bad]):.4g}; rows should sum to 1"


def canonical(value: Any) -> Any:
    """Return a hashable form of a decoded value for multiset comparison."""
    if isinstance(value, list | tuple):
        return tuple(canonical(item) for item in value)
    if isinstance(value, dict):
        return ("dict", tuple(sorted((repr(k), canonical(v)) for k, v in value.items())))
    if isinstance(value, set | frozenset):
        return frozenset(canonical(item) for item in value)
    if isinstance(value, np.ndarray):
        return ("ndarray", value.shape, tuple(value.ravel().tolist()))
    return value


def compare_unordered(expected: Any, actual: Any, *, distinct: bool) -> str | None:
    """Compare top-level elements in any order: as a multiset, or as a set when distinct."""
    if isinstance(actual, np.ndarray):
        actual = actual.tolist()
    if isinstance(expected, np.ndarray):
        expected = expected.tolist()
    if not isinstance(actual, list | tuple | set | frozenset):
        return f"returned {_type_name(actual)} but expected a collection"
    want, got = Counter(map(canonical, expected)), Counter(map(canonical, actual))
    if distinct:
        want, got = Counter(set(want)), Counter(set(got))
    elif sum(got.values()) != sum(want.values()):
        return f"{sum(got.values())} items but expected {sum(want.values())}"
    if want == got:
        return None
    missing, extra = list((want - got).elements()), list((got - want).elements())
    parts = []
    if missing:
        parts.append(f"missing {shown(missing[:5])}")
    if extra:
        parts.append(f"unexpected {shown(extra[:5])}")
    return "; ".join(parts) + " (order does not matter)"

"""What the grader is asked to do and what it reports: the contract between grader and services.

Values in cases are plain Python data (and NumPy arrays for ML problems); expected outputs stay
in the trusted parent and never enter the sandbox.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mldojo.domain.submission import Verdict


class CallStyle(StrEnum):
    """How the harness calls the submission."""

    FUNCTION = "function"  # a plain function: ML problems
    SOLUTION = "solution"  # LeetCode's `class Solution` with a method
    DESIGN = "design"  # a class driven by a sequence of operations (LRU cache)


class ValueKind(StrEnum):
    """How an argument or a return value is converted at the sandbox boundary."""

    PLAIN = "plain"  # JSON-like data
    LINKED_LIST = "linked_list"  # LeetCode list form <-> ListNode
    LINKED_LISTS = "linked_lists"  # a list of linked lists (arguments only): List[ListNode]
    TREE = "tree"  # LeetCode level-order list with None <-> TreeNode
    NDARRAY = "ndarray"  # NumPy array, through .npy without pickle


class CheckerKind(StrEnum):
    """How the parent compares an actual output with the expected one."""

    EXACT = "exact"
    UNORDERED = "unordered"  # same elements, any order (a multiset)
    SET = "set"  # same distinct elements
    FLOAT = "float"  # numbers or arrays within rtol/atol
    CUSTOM = "custom"  # a trusted function from the content bank


# A custom checker: (case arguments, expected, actual) -> None when right, else a message
# that teaches what is wrong.
CustomChecker = Callable[[tuple[Any, ...], Any, Any], str | None]


@dataclass(frozen=True)
class EntryPoint:
    """Where the harness finds the code to call and how it converts values."""

    style: CallStyle
    name: str  # function name, Solution method name, or design class name
    arg_kinds: tuple[ValueKind, ...] = ()
    return_kind: ValueKind = ValueKind.PLAIN
    # LeetCode's "do not return anything, modify nums in-place": judge this argument (by
    # position) after the call instead of the return value.
    output_arg: int | None = None


@dataclass(frozen=True)
class CheckerSpec:
    """The comparison a problem asks for."""

    kind: CheckerKind = CheckerKind.EXACT
    rtol: float = 1e-6
    atol: float = 1e-8
    check_dtype_kind: bool = False  # compare dtype kind (integer, float, bool) when asked
    rows_sum_to_one: bool = False  # outputs are row-wise distributions: explain bad row sums
    custom: CustomChecker | None = None


@dataclass(frozen=True)
class Limits:
    """Resource limits for one submission; times are per test unless named total."""

    time_limit_s: float = 2.0
    total_time_limit_s: float = 20.0
    memory_mb: int = 512
    output_kb: int = 64
    max_source_bytes: int = 65536
    result_mb: int = 16  # largest serialised return value, all tests together


@dataclass(frozen=True)
class GradingCase:
    """One test: its inputs (sent to the sandbox) and expected output (kept in the parent).

    For DESIGN problems, args is (operations, arguments) in LeetCode's form and expected the
    list of results.
    """

    name: str
    args: tuple[Any, ...]
    expected: Any
    is_public: bool = False


@dataclass(frozen=True)
class GradingJob:
    """Everything needed to grade one submission."""

    submission_id: str
    source: str
    entry: EntryPoint
    cases: tuple[GradingCase, ...]
    checker: CheckerSpec = field(default_factory=CheckerSpec)
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class TestReport:
    """The outcome of one test. Hidden tests carry no input, expected or actual values."""

    name: str
    verdict: Verdict
    time_ms: float
    is_public: bool
    message: str = ""
    input: Any = None
    expected: Any = None
    actual: Any = None
    number: int = 0  # 1-based position among the tests graded

    def to_dict(self) -> dict[str, Any]:
        """Return the test as JSON-ready data; hidden tests keep their data to themselves."""
        item: dict[str, Any] = {
            "number": self.number,
            "name": self.name,
            "verdict": self.verdict.value,
            "time_ms": round(self.time_ms, 3),
            "public": self.is_public,
            "message": self.message,
        }
        if self.is_public:
            item["input"] = shown(self.input)
            item["expected"] = shown(self.expected)
            item["actual"] = shown(self.actual)
        return item


@dataclass(frozen=True)
class GradeReport:
    """The outcome of a whole submission."""

    verdict: Verdict
    tests: tuple[TestReport, ...]
    time_ms: float
    message: str = ""
    peak_memory_kb: int | None = None
    stdout: str = ""
    total_tests: int = 0  # tests in the job's selection, graded or not

    @property
    def passed_tests(self) -> int:
        """Return how many tests were accepted."""
        return sum(1 for test in self.tests if test.verdict is Verdict.ACCEPTED)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready plain data (stored, and the `submit --json` object)."""
        return {
            "format_version": RESULT_FORMAT_VERSION,
            "verdict": self.verdict.value,
            "tests": [test.to_dict() for test in self.tests],
            "time_ms": round(self.time_ms, 3),
            "message": self.message,
            "passed": self.passed_tests,
            "total": self.total_tests,
            "peak_memory_kb": self.peak_memory_kb,
            "stdout": self.stdout,
        }


RESULT_FORMAT_VERSION = 1
MAX_SHOWN_CHARS = 4000


def to_jsonable(value: Any, depth: int = 0) -> Any:
    """Return plain JSON data for a shown value: arrays as lists, non-finite floats as text."""
    import math

    if depth > 50:
        return "…"
    if hasattr(value, "tolist") and callable(value.tolist):
        return to_jsonable(value.tolist(), depth + 1)
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {str(k): to_jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((to_jsonable(v, depth + 1) for v in value), key=repr)
    return repr(value)


def shown(value: Any) -> Any:
    """Return a value for display, replaced by a short description when it is huge."""
    import json

    data = to_jsonable(value)
    text = json.dumps(data)
    if len(text) <= MAX_SHOWN_CHARS:
        return data
    return f"{text[: MAX_SHOWN_CHARS - 40]}… ({len(text)} characters in all)"

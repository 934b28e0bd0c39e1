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


@dataclass(frozen=True)
class CheckerSpec:
    """The comparison a problem asks for."""

    kind: CheckerKind = CheckerKind.EXACT
    rtol: float = 1e-6
    atol: float = 1e-8
    check_dtype_kind: bool = False  # compare dtype kind (integer, float, bool) when asked
    custom: CustomChecker | None = None


@dataclass(frozen=True)
class Limits:
    """Resource limits for one submission; times are per test unless named total."""

    time_limit_s: float = 2.0
    total_time_limit_s: float = 20.0
    memory_mb: int = 512
    output_kb: int = 64
    max_source_bytes: int = 65536


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


@dataclass(frozen=True)
class GradeReport:
    """The outcome of a whole submission."""

    verdict: Verdict
    tests: tuple[TestReport, ...]
    time_ms: float
    message: str = ""
    peak_memory_kb: int | None = None
    stdout: str = ""

"""The child side of grading: load the submission, call it once per case, send outputs back.

The child sees the source and the inputs only. Each event is one frame on the result descriptor:
first ``loaded`` (or ``compile_error`` / ``load_error``), then one ``case`` frame per test, so the
supervisor can time every test (CPU and wall clock) by the frames' arrival: the child reports no
time of its own. Runs inside the sandbox, after confinement: standard library and NumPy only.
"""

from __future__ import annotations

import resource
import sys
import traceback
import types
from collections.abc import Callable
from typing import Any

import numpy as np

from mldojo.grader import channel, leetcode

SOURCE_NAME = "solution.py"
MAX_MESSAGE_CHARS = 2000
MAX_TRACEBACK_CHARS = 4000

# Bound before any submission code runs, so a solution that patches these cannot break the
# harness by accident.
_array_equal = np.array_equal
_ndarray = np.ndarray


class EntryMissingError(Exception):
    """The submission does not define what the problem calls."""


def run_job(
    job: dict[str, Any],
    blobs: list[bytes],
    result_fd: int,
    show_output: Callable[[bool], None] = lambda visible: None,
) -> None:
    """Load the submission and run every case, writing one frame per event to result_fd."""

    def send(header: dict[str, Any], frame_blobs: list[bytes] | None = None) -> None:
        channel.write_all(result_fd, channel.pack(header, frame_blobs or []))

    entry = job["entry"]
    try:
        code = compile(job["source"], SOURCE_NAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError) as exc:
        send({"kind": "compile_error", "error": describe_error(exc)})
        return
    module = types.ModuleType("solution")
    module.__dict__.update(leetcode.prelude())
    module.__file__ = SOURCE_NAME
    sys.modules["solution"] = module
    show_output(True)
    try:
        exec(code, module.__dict__)  # noqa: S102 - the sandbox exists to run this
        target = resolve_entry(module.__dict__, entry)
    except EntryMissingError as exc:
        send({"kind": "load_error", "error": {"type": "EntryMissing", "message": str(exc)}})
        return
    except BaseException as exc:
        send({"kind": "load_error", "error": describe_error(exc)})
        return
    send({"kind": "loaded"})
    for index, case in enumerate(job["cases"]):
        show_output(bool(case.get("public")))
        header, frame_blobs = run_case(target, entry, index, case["args"], blobs)
        show_output(True)
        send(header, frame_blobs)


def resolve_entry(namespace: dict[str, Any], entry: dict[str, Any]) -> Any:
    """Return what each case calls: a function, the Solution class, or the design class."""
    style, name = entry["style"], entry["name"]
    if style == "function":
        target = namespace.get(name)
        if not callable(target):
            raise EntryMissingError(f"define a function named `{name}`")
        return target
    if style == "solution":
        solution = namespace.get("Solution")
        if not isinstance(solution, type) or not callable(getattr(solution, name, None)):
            raise EntryMissingError(f"define `class Solution` with a method `{name}`")
        return solution
    design = namespace.get(name)
    if not isinstance(design, type):
        raise EntryMissingError(f"define a class named `{name}`")
    return design


def run_case(
    target: Any, entry: dict[str, Any], index: int, encoded_args: Any, blobs: list[bytes]
) -> tuple[dict[str, Any], list[bytes]]:
    """Call the submission for one case; return the case frame's header and blobs."""
    header: dict[str, Any] = {"kind": "case", "index": index, "ok": False}
    kinds = list(entry.get("arg_kinds", []))
    args = [
        to_argument(value, kinds[i] if i < len(kinds) else "plain")
        for i, value in enumerate(channel.decode_value(encoded_args, blobs))
    ]
    pristine = {i: arg.copy() for i, arg in enumerate(args) if isinstance(arg, _ndarray)}
    try:
        if entry["style"] == "design":
            value = run_design(target, entry, args)
        else:
            call = target if entry["style"] == "function" else getattr(target(), entry["name"])
            value = call(*args)
        output_arg = entry.get("output_arg")
        if output_arg is not None:
            value = args[output_arg]
        result = from_return(value, entry.get("return_kind", "plain"))
        out_blobs: list[bytes] = []
        header["value"] = channel.encode_value(result, out_blobs)
    except (channel.UnsendableValueError, leetcode.ConversionError) as exc:
        header["unsendable"] = describe_unsendable(exc)
        return header, []
    except BaseException as exc:
        header["error"] = describe_error(exc)
        return header, []
    header["ok"] = True
    header["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    header["mutated_args"] = [
        i
        for i, before in pristine.items()
        if i != entry.get("output_arg") and not same_array(before, args[i])
    ]
    return header, out_blobs


def run_design(cls: type, entry: dict[str, Any], args: list[Any]) -> list[Any]:
    """Drive a design class with LeetCode's (operations, arguments) lists."""
    if len(args) != 2:
        raise TypeError("a design case needs (operations, arguments)")
    operations, arguments = args
    results: list[Any] = []
    instance: Any = None
    for step, (operation, op_args) in enumerate(zip(operations, arguments, strict=True)):
        if step == 0:
            instance = cls(*op_args)
            results.append(None)
            continue
        if not isinstance(operation, str) or operation.startswith("_"):
            raise TypeError(f"operation {operation!r} is not a public method")
        results.append(
            from_return(getattr(instance, operation)(*op_args), entry.get("return_kind", "plain"))
        )
    return results


def to_argument(value: Any, kind: str) -> Any:
    """Convert one decoded input to what the submission receives."""
    if kind == "linked_list":
        return leetcode.list_to_linked(value)
    if kind == "linked_lists":
        return [leetcode.list_to_linked(item) for item in value]
    if kind == "tree":
        return leetcode.list_to_tree(value)
    if kind == "ndarray" and value is not None and not isinstance(value, _ndarray):
        return np.asarray(value)
    return value


def from_return(value: Any, kind: str) -> Any:
    """Convert a returned value to plain data by the problem's return kind."""
    if kind == "linked_list":
        return leetcode.linked_to_list(value)
    if kind == "tree":
        return leetcode.tree_to_list(value)
    return value


def same_array(before: np.ndarray[Any, Any], after: Any) -> bool:
    """Return whether an input array still holds what it was given."""
    if not isinstance(after, _ndarray) or after.shape != before.shape:
        return False
    try:
        return bool(_array_equal(before, after, equal_nan=before.dtype.kind in "fc"))
    except (TypeError, ValueError):
        return False


def describe_unsendable(exc: BaseException) -> str:
    """Return a teaching message for a return value that cannot be judged."""
    return (
        f"the returned value contains {exc}; return plain data (list, tuple, dict, int, "
        "float, str, bool, None) or a NumPy array"
        if isinstance(exc, channel.UnsendableValueError)
        else str(exc)
    )


def describe_error(exc: BaseException) -> dict[str, Any]:
    """Return the exception's type, message, line in the submission and traceback."""
    try:
        message = str(exc)[:MAX_MESSAGE_CHARS]
    except BaseException:
        message = "<unprintable message>"
    info: dict[str, Any] = {"type": type(exc).__name__, "message": message}
    if isinstance(exc, SyntaxError):
        info["line"] = exc.lineno
        info["message"] = f"{exc.msg} (line {exc.lineno})"
        return info
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == SOURCE_NAME]
    if frames:
        info["line"] = frames[-1].lineno
    try:
        lines = [*traceback.format_list(frames[-20:]), f"{info['type']}: {message}\n"]
        info["traceback"] = "".join(lines)[-MAX_TRACEBACK_CHARS:]
    except BaseException:
        info["traceback"] = ""
    return info

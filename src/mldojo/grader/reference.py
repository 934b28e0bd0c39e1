"""Run a problem's trusted reference solution in-process to compute expected outputs.

The reference comes from the content bank, not from a learner, so it runs in the parent; it goes
through the same harness calls and value encoding as a submission, so expected and actual
outputs have the same plain-data form.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from mldojo.domain.grading import EntryPoint
from mldojo.domain.problem import Problem
from mldojo.errors import DataFileError
from mldojo.grader import channel, harness, leetcode


def entry_payload(entry: EntryPoint) -> dict[str, Any]:
    """Return the entry point as the harness reads it."""
    return {
        "style": entry.style.value,
        "name": entry.name,
        "arg_kinds": [kind.value for kind in entry.arg_kinds],
        "return_kind": entry.return_kind.value,
        "output_arg": entry.output_arg,
    }


def reference_outputs(
    problem: Problem, source: str, arguments: Sequence[tuple[Any, ...]]
) -> list[Any]:
    """Return the reference's output for each argument tuple, as plain data."""
    namespace: dict[str, Any] = dict(leetcode.prelude())
    try:
        exec(compile(source, f"{problem.slug}/reference.py", "exec"), namespace)  # noqa: S102
        target = harness.resolve_entry(namespace, entry_payload(problem.entry))
    except Exception as exc:
        raise DataFileError(f"{problem.slug}/reference.py: fails to load: {exc}") from exc
    entry = entry_payload(problem.entry)
    outputs = []
    for index, args in enumerate(arguments):
        blobs: list[bytes] = []
        encoded = channel.encode_value(list(copy.deepcopy(args)), blobs)
        header, out_blobs = harness.run_case(target, entry, index, encoded, blobs)
        if not header.get("ok"):
            problem_text = header.get("error") or header.get("unsendable")
            raise DataFileError(
                f"{problem.slug}/reference.py: fails on test {index + 1}: {problem_text}"
            )
        outputs.append(channel.decode_value(header["value"], out_blobs))
    return outputs

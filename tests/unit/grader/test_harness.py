"""The child-side harness, run in-process: LeetCode calling conventions and error reports."""

from __future__ import annotations

import os
import tempfile
from typing import Any

import numpy as np

from mldojo.grader import channel, harness


def run(source: str, entry: dict[str, Any], *arg_lists: list[Any]) -> list[dict[str, Any]]:
    """Run the harness and return each frame's header, with decoded values under 'decoded'."""
    blobs: list[bytes] = []
    cases = [{"args": channel.encode_value(args, blobs), "public": True} for args in arg_lists]
    job = {"source": source, "entry": entry, "cases": cases}
    with tempfile.TemporaryFile() as handle:
        harness.run_job(job, blobs, handle.fileno())
        handle.seek(0)
        data = handle.read()
    reader = channel.FrameReader(1 << 24)
    headers = []
    for body in reader.feed(data):
        header, frame_blobs = channel.unpack(body)
        if "value" in header:
            header["decoded"] = channel.decode_value(header["value"], frame_blobs)
        headers.append(header)
    return headers


def function(name: str, **extra: Any) -> dict[str, Any]:
    return {"style": "function", "name": name, **extra}


def test_run_job_calls_a_module_function_once_per_case() -> None:
    frames = run("def add(a, b):\n    return a + b\n", function("add"), [1, 2], [3, 4])
    assert [frame["kind"] for frame in frames] == ["loaded", "case", "case"]
    assert [frame["decoded"] for frame in frames[1:]] == [3, 7]


def test_run_job_calls_a_fresh_solution_per_case() -> None:
    source = (
        "class Solution:\n"
        "    calls = 0\n"
        "    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
        "        Solution.calls += 1\n"
        "        seen = {}\n"
        "        for i, n in enumerate(nums):\n"
        "            if target - n in seen:\n"
        "                return (seen[target - n], i)\n"
        "            seen[n] = i\n"
    )
    frames = run(source, {"style": "solution", "name": "twoSum"}, [[2, 7, 11], 9])
    assert frames[1]["decoded"] == [0, 1]


def test_run_job_drives_a_design_class_with_operations() -> None:
    source = (
        "class LRUCache:\n"
        "    def __init__(self, capacity):\n"
        "        self.capacity, self.data = capacity, OrderedDict()\n"
        "    def get(self, key):\n"
        "        if key not in self.data:\n"
        "            return -1\n"
        "        self.data.move_to_end(key)\n"
        "        return self.data[key]\n"
        "    def put(self, key, value):\n"
        "        self.data[key] = value\n"
        "        self.data.move_to_end(key)\n"
        "        if len(self.data) > self.capacity:\n"
        "            self.data.popitem(last=False)\n"
    )
    operations = ["LRUCache", "put", "put", "get", "put", "get", "get"]
    arguments = [[2], [1, 1], [2, 2], [1], [3, 3], [2], [3]]
    frames = run(source, {"style": "design", "name": "LRUCache"}, [operations, arguments])
    assert frames[1]["decoded"] == [None, None, None, 1, None, -1, 3]


def test_run_job_converts_linked_lists_both_ways() -> None:
    source = (
        "class Solution:\n"
        "    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:\n"
        "        prev = None\n"
        "        while head:\n"
        "            head.next, prev, head = prev, head, head.next\n"
        "        return prev\n"
    )
    entry = {
        "style": "solution",
        "name": "reverseList",
        "arg_kinds": ["linked_list"],
        "return_kind": "linked_list",
    }
    frames = run(source, entry, [[1, 2, 3]], [[]])
    assert [frame["decoded"] for frame in frames[1:]] == [[3, 2, 1], []]


def test_run_job_converts_trees_both_ways() -> None:
    source = (
        "class Solution:\n"
        "    def invertTree(self, root):\n"
        "        if root:\n"
        "            left, right = self.invertTree(root.right), self.invertTree(root.left)\n"
        "            root.left, root.right = left, right\n"
        "        return root\n"
    )
    entry = {
        "style": "solution",
        "name": "invertTree",
        "arg_kinds": ["tree"],
        "return_kind": "tree",
    }
    frames = run(source, entry, [[4, 2, 7, 1, 3]])
    assert frames[1]["decoded"] == [4, 7, 2, None, None, 3, 1]


def test_run_job_judges_the_argument_of_an_in_place_problem() -> None:
    source = "def rotate(nums, k):\n    nums[:] = nums[-k:] + nums[:-k]\n"
    frames = run(source, function("rotate", output_arg=0), [[1, 2, 3, 4], 1])
    assert frames[1]["decoded"] == [4, 1, 2, 3]


def test_run_job_reports_arrays_mutated_in_place() -> None:
    source = "def relu(x):\n    x[x < 0] = 0\n    return x\n"
    frames = run(source, function("relu"), [np.array([-1.0, 2.0])])
    assert frames[1]["mutated_args"] == [0]


def test_run_job_reports_a_syntax_error_with_its_line() -> None:
    frames = run("def f(:\n    pass\n", function("f"), [1])
    assert frames == [
        {"kind": "compile_error", "error": frames[0]["error"]},
    ]
    assert frames[0]["error"]["line"] == 1


def test_run_job_reports_a_missing_entry_point() -> None:
    frames = run("def g():\n    pass\n", function("f"), [])
    assert frames[0]["kind"] == "load_error"
    assert "define a function named `f`" in frames[0]["error"]["message"]


def test_run_job_reports_an_exception_with_its_line_and_continues() -> None:
    source = "def f(x):\n    return 10 // x\n"
    frames = run(source, function("f"), [0], [5])
    assert frames[1]["ok"] is False
    assert frames[1]["error"]["type"] == "ZeroDivisionError"
    assert frames[1]["error"]["line"] == 2
    assert frames[2]["decoded"] == 2


def test_run_job_reports_an_unsendable_return_value() -> None:
    source = (
        "class Box:\n    def __eq__(self, other):\n        return True\n"
        "def f():\n    return Box()\n"
    )
    frames = run(source, function("f"), [])
    assert "Box" in frames[1]["unsendable"]


def test_run_job_catches_system_exit_as_an_error() -> None:
    frames = run("import sys\ndef f():\n    sys.exit(0)\n", function("f"), [])
    assert frames[1]["error"]["type"] == "SystemExit"


def test_run_job_closes_nothing_it_was_not_given() -> None:
    read_end, write_end = os.pipe()
    try:
        run("def f():\n    return 1\n", function("f"), [])
        os.fstat(read_end)
    finally:
        os.close(read_end)
        os.close(write_end)


def test_list_of_linked_lists_arrives_as_list_nodes() -> None:
    from mldojo.grader import harness, leetcode

    heads = harness.to_argument([[1, 4], [], [2]], "linked_lists")
    assert [leetcode.linked_to_list(h) for h in heads] == [[1, 4], [], [2]]
    assert heads[1] is None

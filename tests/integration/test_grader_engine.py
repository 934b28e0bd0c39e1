"""The grading engine end to end: a real warm pool, under bubblewrap and as plain processes."""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mldojo.config import IsolationMode
from mldojo.domain.grading import (
    CallStyle,
    CheckerKind,
    CheckerSpec,
    EntryPoint,
    GradingCase,
    GradingJob,
    Limits,
    ValueKind,
)
from mldojo.domain.submission import Verdict
from mldojo.grader.engine import GradingEngine, source_from_bytes
from mldojo.grader.judge import wall_time_limit_s

FAST = Limits(time_limit_s=0.5, total_time_limit_s=2.0)
ADD = EntryPoint(CallStyle.FUNCTION, "add")
ADD_CASES = (
    GradingCase("small", (1, 2), 3, is_public=True),
    GradingCase("negative", (-1, -2), -3, is_public=True),
    GradingCase("big", (10**12, 1), 10**12 + 1),
    GradingCase("zero", (0, 0), 0),
)
RIGHT_ADD = "def add(a, b):\n    return a + b\n"


def add_job(source: str, **overrides: Any) -> GradingJob:
    fields: dict[str, Any] = {
        "submission_id": "s",
        "source": source,
        "entry": ADD,
        "cases": ADD_CASES,
        "limits": FAST,
    }
    fields.update(overrides)
    return GradingJob(**fields)


@pytest.fixture(
    scope="module",
    params=[pytest.param(IsolationMode.BWRAP, marks=pytest.mark.sandbox), IsolationMode.PROCESS],
    ids=["bwrap", "process"],
)
def engine(request: pytest.FixtureRequest) -> Iterator[GradingEngine]:
    with GradingEngine(isolation=request.param, workers=2, recycle_after=25) as grading:
        assert grading.wait_ready(30)
        yield grading


def test_grade_accepts_a_correct_function_and_times_each_test(engine: GradingEngine) -> None:
    report = engine.grade(add_job(RIGHT_ADD))
    assert report.verdict is Verdict.ACCEPTED
    assert [test.verdict for test in report.tests] == [Verdict.ACCEPTED] * 4
    assert all(test.time_ms >= 0 for test in report.tests)
    assert report.message == "4/4 tests passed"
    assert report.peak_memory_kb is not None


def test_grade_shows_public_values_and_hides_hidden_ones(engine: GradingEngine) -> None:
    report = engine.grade(add_job("def add(a, b):\n    return a + b + (a > 100)\n"))
    assert report.verdict is Verdict.WRONG_ANSWER
    public, hidden = report.tests[0], report.tests[2]
    assert (public.input, public.expected, public.actual) == ([1, 2], 3, 3)
    assert hidden.name == "hidden test 3"
    assert (hidden.input, hidden.expected, hidden.actual) == (None, None, None)
    assert hidden.message == "wrong answer"
    assert str(10**12) not in report.message


def test_grade_stops_at_the_first_failure_on_submit(engine: GradingEngine) -> None:
    report = engine.grade(add_job("def add(a, b):\n    return a - b\n"))
    assert report.verdict is Verdict.WRONG_ANSWER
    assert len(report.tests) == 1
    assert report.message == "test 'small': -1 but expected 3"
    assert report.total_tests == 4


def test_grade_runs_only_public_tests_on_run(engine: GradingEngine) -> None:
    report = engine.grade(add_job("def add(a, b):\n    return a - b\n"), public_only=True)
    assert [test.name for test in report.tests] == ["small", "negative"]
    assert report.total_tests == 2


def test_grade_reports_a_compile_error(engine: GradingEngine) -> None:
    report = engine.grade(add_job("def add(a, b)\n    return a + b\n"))
    assert report.verdict is Verdict.COMPILE_ERROR
    assert "line 1" in report.message


def test_grade_reports_a_runtime_error_with_its_line(engine: GradingEngine) -> None:
    report = engine.grade(add_job("def add(a, b):\n    return [a][b]\n"))
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert report.tests[0].message.startswith("IndexError at line 2")


def test_grade_reports_a_time_limit_within_its_margin(engine: GradingEngine) -> None:
    started = time.monotonic()
    report = engine.grade(add_job("def add(a, b):\n    while True:\n        pass\n"))
    assert report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    # 0.5 s of CPU takes longer on a busy machine, but never past the wall-clock safety net.
    assert time.monotonic() - started < wall_time_limit_s(FAST) + 1.0


# Spins until this process has used `seconds` of CPU time, then answers right.
SPIN_ADD = (
    "import time\n"
    "def add(a, b):\n"
    "    started = time.process_time()\n"
    "    while time.process_time() - started < {seconds}:\n"
    "        pass\n"
    "    return a + b\n"
)
SLEEP_ADD = "import time\ndef add(a, b):\n    time.sleep({seconds})\n    return a + b\n"
SLEEPY = Limits(time_limit_s=0.2, total_time_limit_s=6.0)
# A small CPU limit has a wall-clock safety net 8 times as long: a spin reaches the CPU limit
# first even when a busy machine gives it an eighth of a CPU.
SPINNY = Limits(time_limit_s=0.1, total_time_limit_s=10.0)


def test_grade_judges_the_time_limit_on_cpu_time(engine: GradingEngine) -> None:
    report = engine.grade(add_job(SPIN_ADD.format(seconds=1.0), limits=SPINNY))
    assert report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert report.message == "test 'small': the test took longer than 0.1 s of CPU time"
    assert report.tests[0].time_ms >= SPINNY.time_limit_s * 1000


def test_grade_reports_each_test_s_cpu_time(engine: GradingEngine) -> None:
    limits = Limits(time_limit_s=0.5, total_time_limit_s=10.0)
    report = engine.grade(add_job(SPIN_ADD.format(seconds=0.1), limits=limits))
    assert report.verdict is Verdict.ACCEPTED
    # Timed by the frames' arrival: a few milliseconds may go to the test before or after.
    assert all(80 <= test.time_ms < 300 for test in report.tests), report.tests
    assert report.time_ms == pytest.approx(sum(test.time_ms for test in report.tests))


def test_grade_accepts_sleeping_within_the_wall_clock_safety_net(engine: GradingEngine) -> None:
    # 1.5 times the limit of wall time per test, but next to no CPU time.
    sleep_s = 1.5 * SLEEPY.time_limit_s
    report = engine.grade(add_job(SLEEP_ADD.format(seconds=sleep_s), limits=SLEEPY))
    assert report.verdict is Verdict.ACCEPTED, report.message
    assert all(test.time_ms < SLEEPY.time_limit_s * 1000 for test in report.tests)


def test_grade_reports_sleeping_past_the_wall_clock_safety_net(engine: GradingEngine) -> None:
    started = time.monotonic()
    report = engine.grade(add_job(SLEEP_ADD.format(seconds=60), limits=SLEEPY))
    elapsed = time.monotonic() - started
    assert report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert re.fullmatch(
        r"test 'small': the test ran 2\.\d\d s of wall time but only 0\.0\d s of CPU: "
        r"is it sleeping or blocked\?",
        report.message,
    ), report.message
    assert wall_time_limit_s(SLEEPY) <= elapsed < wall_time_limit_s(SLEEPY) + 1.0


def test_grade_reports_memory_exhaustion(engine: GradingEngine) -> None:
    source = "def add(a, b):\n    return len(bytearray(2 * 1024**3))\n"
    report = engine.grade(add_job(source, limits=Limits(time_limit_s=2, memory_mb=256)))
    assert report.verdict is Verdict.MEMORY_LIMIT_EXCEEDED


def test_grade_captures_stdout_of_public_tests_only(engine: GradingEngine) -> None:
    source = "def add(a, b):\n    print('sum of', a, b)\n    return a + b\n"
    report = engine.grade(add_job(source))
    assert report.verdict is Verdict.ACCEPTED
    assert report.stdout == "sum of 1 2\nsum of -1 -2\n"


def test_grade_rejects_invalid_sources_before_running(engine: GradingEngine) -> None:
    not_utf8 = source_from_bytes(b"def add(a, b):\n    return a + b  # \xff\n")
    assert engine.grade(add_job(not_utf8)).verdict is Verdict.REJECTED
    assert engine.grade(add_job("x = 1\x00")).verdict is Verdict.REJECTED
    assert engine.grade(add_job("#" * 70000)).verdict is Verdict.REJECTED


def test_grade_judges_numpy_outputs_with_tolerance(engine: GradingEngine) -> None:
    x = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
    expected = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    job = GradingJob(
        "s",
        "import numpy as np\ndef softmax(x):\n    e = np.exp(x - x.max(1, keepdims=True))\n"
        "    return e / e.sum(1, keepdims=True)\n",
        EntryPoint(CallStyle.FUNCTION, "softmax", (ValueKind.NDARRAY,), ValueKind.NDARRAY),
        (GradingCase("rows", (x,), expected, is_public=True),),
        CheckerSpec(CheckerKind.FLOAT),
    )
    report = engine.grade(job)
    assert report.verdict is Verdict.ACCEPTED
    np.testing.assert_allclose(report.tests[0].actual, expected)
    wrong = engine.grade(
        GradingJob("s", "def softmax(x):\n    return x.T\n", job.entry, job.cases, job.checker)
    )
    assert wrong.tests[0].message == "shape (3, 2) but expected shape (2, 3)"


def test_grade_runs_leetcode_style_solutions_with_linked_lists(engine: GradingEngine) -> None:
    source = (
        "class Solution:\n"
        "    def middleNode(self, head: Optional[ListNode]) -> Optional[ListNode]:\n"
        "        slow = fast = head\n"
        "        while fast and fast.next:\n"
        "            slow, fast = slow.next, fast.next.next\n"
        "        return slow\n"
    )
    entry = EntryPoint(
        CallStyle.SOLUTION, "middleNode", (ValueKind.LINKED_LIST,), ValueKind.LINKED_LIST
    )
    cases = (
        GradingCase("odd", ([1, 2, 3, 4, 5],), [3, 4, 5], is_public=True),
        GradingCase("even", ([1, 2, 3, 4, 5, 6],), [4, 5, 6]),
    )
    report = engine.grade(GradingJob("s", source, entry, cases))
    assert report.verdict is Verdict.ACCEPTED


def test_grade_drives_design_problems(engine: GradingEngine) -> None:
    source = (
        "class MinStack:\n"
        "    def __init__(self):\n"
        "        self.items = []\n"
        "    def push(self, val):\n"
        "        self.items.append((val, min(val, self.items[-1][1] if self.items else val)))\n"
        "    def pop(self):\n"
        "        self.items.pop()\n"
        "    def top(self):\n"
        "        return self.items[-1][0]\n"
        "    def getMin(self):\n"
        "        return self.items[-1][1]\n"
    )
    operations = ["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin"]
    arguments = [[], [-2], [0], [-3], [], [], [], []]
    expected = [None, None, None, None, -3, None, 0, -2]
    case = GradingCase("example", (operations, arguments), expected, is_public=True)
    report = engine.grade(
        GradingJob("s", source, EntryPoint(CallStyle.DESIGN, "MinStack"), (case,))
    )
    assert report.verdict is Verdict.ACCEPTED


def wait_until_dead(pid: int) -> None:
    """Wait until a killed process is a zombie or gone."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return
        if state in ("Z", "X"):
            return
        time.sleep(0.01)


def test_grade_survives_a_killed_worker(engine: GradingEngine) -> None:
    for pid in engine.worker_pids():
        os.kill(pid, signal.SIGKILL)
        wait_until_dead(pid)
    report = engine.grade(add_job(RIGHT_ADD))
    assert report.verdict is Verdict.ACCEPTED


def test_grade_keeps_working_across_recycled_workers(engine: GradingEngine) -> None:
    verdicts = {engine.grade(add_job(RIGHT_ADD)).verdict for _ in range(60)}
    assert verdicts == {Verdict.ACCEPTED}


def test_grade_is_safe_from_several_threads(engine: GradingEngine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    sources = [RIGHT_ADD, "def add(a, b):\n    return a * b\n"] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        verdicts = list(pool.map(lambda source: engine.grade(add_job(source)).verdict, sources))
    assert verdicts == [Verdict.ACCEPTED, Verdict.WRONG_ANSWER] * 10


@pytest.mark.sandbox
def test_close_kills_every_worker() -> None:
    grading = GradingEngine(isolation=IsolationMode.BWRAP, workers=2)
    assert grading.wait_ready(30)
    pids = grading.worker_pids()
    grading.close()
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_grade_stops_the_child_at_the_first_failure_on_submit(engine: GradingEngine) -> None:
    source = "import time\ndef add(a, b):\n    if a > 1:\n        time.sleep(0.4)\n    return 0\n"
    slow = [GradingCase(f"slow {i}", (5, i), 5 + i) for i in range(5)]
    slow_cases = (GradingCase("first", (1, 2), 3, is_public=True), *slow)
    started = time.monotonic()
    report = engine.grade(add_job(source, cases=slow_cases))
    assert report.verdict is Verdict.WRONG_ANSWER
    assert len(report.tests) == 1
    assert time.monotonic() - started < 0.3


def test_grade_runs_every_public_test_on_run_despite_failures(engine: GradingEngine) -> None:
    report = engine.grade(add_job("def add(a, b):\n    return 1 // (a + 1)\n"), public_only=True)
    assert [test.verdict for test in report.tests] == [Verdict.WRONG_ANSWER, Verdict.RUNTIME_ERROR]


@pytest.mark.sandbox
def test_check_isolation_reports_ok_when_bubblewrap_confines_a_worker() -> None:
    from mldojo.domain.health import CheckStatus
    from mldojo.grader.isolation import check_isolation

    result = check_isolation(IsolationMode.BWRAP)
    assert result.status is CheckStatus.OK
    assert "seccomp" in result.detail

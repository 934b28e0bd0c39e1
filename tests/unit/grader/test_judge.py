"""Judging time in the parent: CPU time against the limit, wall time only as a safety net."""

from __future__ import annotations

import signal
from typing import Any

from mldojo.domain.grading import CallStyle, EntryPoint, GradingCase, GradingJob, Limits
from mldojo.domain.submission import Verdict
from mldojo.grader import channel, judge

LIMITS = Limits(time_limit_s=0.1, total_time_limit_s=5.0)
CASES = (
    GradingCase("first", (1, 2), 3, is_public=True),
    GradingCase("second", (2, 2), 4),
)
JOB = GradingJob("s", "", EntryPoint(CallStyle.FUNCTION, "add"), CASES, limits=LIMITS)


def answer(value: Any, **extra: Any) -> tuple[dict[str, Any], list[bytes]]:
    return {"kind": "case", "ok": True, "value": value, "mutated_args": [], **extra}, []


def report_for(
    frame_times: list[float], frame_cpu: list[float], answers: list[Any], **header: Any
) -> Any:
    bodies = [channel.pack({"kind": "loaded"})[8:]]
    bodies += [channel.pack(answer(value)[0])[8:] for value in answers]
    result = {"frame_times": frame_times, "frame_cpu": frame_cpu, **header}
    return judge.build_report(JOB, CASES, result, [b"", *bodies], stop_at_first_failure=True)


def test_wall_time_limit_is_three_times_the_limit_plus_half_a_second_with_a_floor() -> None:
    assert judge.wall_time_limit_s(LIMITS) == 2.0  # the floor: 3 * 0.1 + 0.5 is less


def test_case_over_the_cpu_limit_is_a_time_limit_whatever_the_child_reports() -> None:
    frame = answer(3, time_s=0.0)
    outcome = judge.case_outcome(JOB, CASES[0], frame, elapsed=0.2, cpu_s=0.15)
    assert outcome.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert outcome.message == "the test took longer than 0.1 s of CPU time"
    assert outcome.time_s == 0.15


def test_case_waiting_under_the_wall_safety_net_is_judged_on_its_content() -> None:
    # 1.5 times the limit of wall time, next to no CPU time: a busy machine or a short sleep.
    outcome = judge.case_outcome(JOB, CASES[0], answer(3), elapsed=0.15, cpu_s=0.01)
    assert outcome.verdict is Verdict.ACCEPTED
    assert outcome.time_s == 0.01


def test_case_past_the_wall_safety_net_is_a_time_limit_that_says_it_was_waiting() -> None:
    outcome = judge.case_outcome(JOB, CASES[0], answer(3), elapsed=2.05, cpu_s=0.01)
    assert outcome.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert outcome.message == (
        "the test ran 2.05 s of wall time but only 0.01 s of CPU: is it sleeping or blocked?"
    )


def test_report_times_each_test_by_its_cpu_time() -> None:
    report = report_for([0.01, 0.3, 0.05], [0.0, 0.02, 0.04], [3, 4])
    assert report.verdict is Verdict.ACCEPTED
    assert [test.time_ms for test in report.tests] == [20.0, 40.0]
    assert report.time_ms == 60.0


def test_report_of_a_test_stopped_at_the_cpu_limit_gives_its_cpu_time() -> None:
    header = {"killed": "cpu", "exit_signal": signal.SIGKILL, "tail_s": 0.4, "tail_cpu_s": 0.11}
    report = report_for([0.01], [0.0], [], **header)
    assert report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert report.message == "test 'first': the test took longer than 0.1 s of CPU time"
    assert report.tests[0].time_ms == 110.0


def test_report_of_a_test_stopped_at_the_wall_safety_net_says_it_was_waiting() -> None:
    header = {"killed": "wall", "exit_signal": signal.SIGKILL, "tail_s": 0.81, "tail_cpu_s": 0.0}
    report = report_for([0.01], [0.0], [], **header)
    assert report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert report.message == (
        "test 'first': the test ran 0.81 s of wall time but only 0.00 s of CPU: "
        "is it sleeping or blocked?"
    )


def test_report_of_a_computing_test_past_the_wall_safety_net_blames_the_load() -> None:
    header = {"killed": "wall", "exit_signal": signal.SIGKILL, "tail_s": 2.01, "tail_cpu_s": 0.07}
    report = report_for([0.01], [0.0], [], **header)
    assert report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert report.message == (
        "test 'first': the test ran 2.01 s of wall time, over the 2 s wall-clock limit, "
        "with 0.07 s of CPU: the machine may be overloaded"
    )


def test_report_of_the_total_limit_says_when_the_last_test_was_waiting() -> None:
    waiting = {"killed": "total", "tail_s": 0.7, "tail_cpu_s": 0.0}
    assert report_for([0.01, 0.02], [0.0, 0.01], [3], **waiting).message == (
        "hidden test 2: all tests together took longer than 5 s (the test ran 0.70 s of wall "
        "time but only 0.00 s of CPU: is it sleeping or blocked?)"
    )
    computing = {"killed": "total", "tail_s": 0.2, "tail_cpu_s": 0.09}
    assert report_for([0.01, 0.02], [0.0, 0.01], [3], **computing).message == (
        "hidden test 2: all tests together took longer than 5 s"
    )


def test_report_of_loading_stopped_at_the_cpu_limit_names_the_module() -> None:
    header = {"frame_times": [], "frame_cpu": [], "killed": "cpu", "tail_cpu_s": 0.1}
    report = judge.build_report(JOB, CASES, header, [b""], stop_at_first_failure=True)
    assert report.message == "loading the module took longer than 0.1 s of CPU time"

"""Turn what the supervisor saw into verdicts, in the trusted parent, with the expected outputs.

Public tests show input, expected and actual values and a teaching message; hidden tests show
only their number, verdict and time, and a message that reveals nothing of their data.

Time is judged on what the session measured, never on what the child reports: each test's CPU
time (user and system, every thread) against the per-test limit, and its wall-clock time
against a generous safety net that catches code sleeping or blocked rather than computing.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from mldojo.domain.grading import GradeReport, GradingCase, GradingJob, Limits, TestReport
from mldojo.domain.submission import Verdict
from mldojo.grader import channel, checkers

RECURSION_HINT = "; recursion too deep? use an explicit stack or raise sys.setrecursionlimit"
# One test's wall-clock safety net, as a multiple of its CPU limit plus a margin: wide enough
# that a busy machine, which stretches wall time but not CPU time, never trips it.
WALL_FACTOR = 3.0
WALL_MARGIN_S = 0.5
MIN_WALL_S = 2.0  # a short limit on a busy machine must not turn a slow schedule into a TLE


def wall_time_limit_s(limits: Limits) -> float:
    """Return the wall-clock time one test (or loading the module) may take at most."""
    return max(WALL_FACTOR * limits.time_limit_s + WALL_MARGIN_S, MIN_WALL_S)


@dataclass(frozen=True)
class Outcome:
    """The verdict of one test before it is dressed for public or hidden display."""

    verdict: Verdict
    message: str = ""
    hidden_message: str = ""
    actual: Any = None
    time_s: float = 0.0  # CPU seconds, as the limit judges them


def build_report(
    job: GradingJob,
    cases: tuple[GradingCase, ...],
    header: dict[str, Any],
    blobs: list[bytes],
    *,
    stop_at_first_failure: bool,
    judged: dict[int, Outcome] | None = None,
) -> GradeReport:
    """Judge every case the child answered and summarise the submission."""
    output = blobs[0].decode("utf-8", "replace")
    if header.get("output_truncated"):
        output += f"\n[output truncated at {job.limits.output_kb} KiB]"
    frame_times = _floats(header, "frame_times")
    frame_cpu = _floats(header, "frame_cpu")
    frames = blobs[1:]
    peak = peak_memory_kb(header, frames)

    def report(verdict: Verdict, tests: list[TestReport], message: str) -> GradeReport:
        return GradeReport(
            verdict=verdict,
            tests=tuple(tests),
            time_ms=sum(test.time_ms for test in tests),
            message=message,
            peak_memory_kb=peak,
            stdout=output,
            total_tests=len(cases),
        )

    first = _unpack(frames[0]) if frames else None
    if first is None or first[0].get("kind") not in ("loaded", "compile_error", "load_error"):
        outcome = stopped_outcome(job, header, loading=True)
        return report(outcome.verdict, [], outcome.message)
    kind, info = first[0]["kind"], first[0].get("error") or {}
    if kind == "compile_error":
        return report(Verdict.COMPILE_ERROR, [], str(info.get("message", "compile error")))
    if kind == "load_error":
        if info.get("type") == "EntryMissing":
            return report(Verdict.COMPILE_ERROR, [], str(info.get("message")))
        outcome = error_outcome(job, info, 0.0)
        return report(outcome.verdict, [], f"while loading the module: {outcome.message}")
    tests: list[TestReport] = []
    for index, case in enumerate(cases):
        frame = _unpack(frames[index + 1]) if index + 1 < len(frames) else None
        if frame is None:
            outcome = stopped_outcome(job, header, loading=False)
        else:
            elapsed, cpu = _time(frame_times, index + 1), _time(frame_cpu, index + 1)
            outcome = case_outcome(job, case, frame, elapsed, cpu, (judged or {}).get(index + 1))
        tests.append(dress(case, index + 1, outcome))
        if frame is None or (stop_at_first_failure and outcome.verdict is not Verdict.ACCEPTED):
            break
    failed = next((test for test in tests if test.verdict is not Verdict.ACCEPTED), None)
    if failed is None:
        return report(Verdict.ACCEPTED, tests, f"{len(tests)}/{len(cases)} tests passed")
    label = f"test {failed.name!r}" if failed.is_public else failed.name
    return report(failed.verdict, tests, f"{label}: {failed.message}")


class EarlyJudge:
    """Judge frames as they stream in, saying stop at the first failing test.

    The outcomes are kept, so the final report does not compare any output twice.
    """

    def __init__(self, job: GradingJob, cases: tuple[GradingCase, ...]) -> None:
        self.job = job
        self.cases = cases
        self.outcomes: dict[int, Outcome] = {}

    def __call__(self, index: int, body: bytes) -> bool:
        """Return whether the child should go on after frame index."""
        frame = _unpack(body)
        if frame is None or index == 0 or index > len(self.cases):
            return frame is not None
        outcome = content_outcome(self.job, self.cases[index - 1], *frame)
        self.outcomes[index] = outcome
        return outcome.verdict is Verdict.ACCEPTED


def peak_memory_kb(header: dict[str, Any], frames: list[bytes]) -> int | None:
    """Return the child's peak memory: from the kernel when it was reaped, else self-reported."""
    reaped = header.get("max_rss_kb")
    if isinstance(reaped, int):
        return reaped
    reported = [frame[0].get("rss_kb") for frame in map(_unpack, frames) if frame is not None]
    values = [value for value in reported if isinstance(value, int)]
    return max(values) if values else None


def _unpack(body: bytes) -> tuple[dict[str, Any], list[bytes]] | None:
    try:
        return channel.unpack(body)
    except channel.ChannelError:
        return None


def _tail(header: dict[str, Any], key: str) -> float:
    tail = header.get(key)
    return max(float(tail), 0.0) if isinstance(tail, int | float) else 0.0


def _floats(header: dict[str, Any], key: str) -> list[float]:
    values = header.get(key)
    return [float(v) for v in values] if isinstance(values, list) else []


def _time(frame_times: list[float], index: int) -> float:
    return frame_times[index] if index < len(frame_times) else 0.0


def case_outcome(
    job: GradingJob,
    case: GradingCase,
    frame: tuple[dict[str, Any], list[bytes]],
    elapsed: float,
    cpu_s: float,
    content: Outcome | None = None,
) -> Outcome:
    """Judge one answered case: its CPU time, its wall time, then its content.

    elapsed and cpu_s are the wall-clock and CPU seconds the session measured between this
    frame and the previous one; whatever time the child put in the frame is ignored. content
    is the outcome already judged from the frame, if any.
    """
    header, blobs = frame
    cpu_s = max(cpu_s, 0.0)
    if cpu_s > job.limits.time_limit_s:
        text = cpu_limit_text("the test", job.limits)
        return Outcome(Verdict.TIME_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    if elapsed > wall_time_limit_s(job.limits):
        text = wall_limit_text("the test", elapsed, cpu_s, job.limits)
        return Outcome(Verdict.TIME_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    return replace(content or content_outcome(job, case, header, blobs), time_s=cpu_s)


def cpu_limit_text(phase: str, limits: Limits) -> str:
    """Return the message of a test (or the module's loading) over the CPU limit."""
    return f"{phase} took longer than {limits.time_limit_s:g} s of CPU time"


def wall_limit_text(phase: str, wall_s: float, cpu_s: float, limits: Limits) -> str:
    """Return the message of a test (or the module's loading) over the wall-clock safety net."""
    if cpu_s < limits.time_limit_s / 2:
        return waiting_text(phase, wall_s, cpu_s)
    # Computing, but given too little of a CPU to reach either limit in time.
    return (
        f"{phase} ran {wall_s:.2f} s of wall time, over the {wall_time_limit_s(limits):g} s "
        f"wall-clock limit, with {cpu_s:.2f} s of CPU: the machine may be overloaded"
    )


def waiting_text(phase: str, wall_s: float, cpu_s: float) -> str:
    """Return the message of a test that ran for long while barely computing."""
    return (
        f"{phase} ran {wall_s:.2f} s of wall time but only {cpu_s:.2f} s of CPU: "
        "is it sleeping or blocked?"
    )


def content_outcome(
    job: GradingJob, case: GradingCase, header: dict[str, Any], blobs: list[bytes]
) -> Outcome:
    """Judge what one case returned (or raised), whatever its time."""
    time_s = 0.0
    if header.get("kind") != "case" or header.get("ok") is not True:
        if isinstance(header.get("unsendable"), str):
            message = header["unsendable"]
            return Outcome(Verdict.WRONG_ANSWER, message, message, time_s=time_s)
        info = header.get("error")
        return error_outcome(job, info if isinstance(info, dict) else {}, time_s)
    try:
        actual = channel.decode_value(header.get("value"), blobs)
    except channel.ChannelError as exc:
        message = f"the output could not be read: {exc}"
        return Outcome(Verdict.RUNTIME_ERROR, message, "the output could not be read", None, time_s)
    mutated = header.get("mutated_args") or []
    if mutated:
        message = (
            f"the function changed its input argument {int(mutated[0]) + 1} in place; "
            "work on a copy (x = x.copy())"
        )
        return Outcome(Verdict.WRONG_ANSWER, message, message, actual, time_s)
    problem = checkers.check(job.checker, case.args, case.expected, actual)
    if problem is not None:
        return Outcome(Verdict.WRONG_ANSWER, problem, "wrong answer", actual, time_s)
    return Outcome(Verdict.ACCEPTED, actual=actual, time_s=time_s)


def error_outcome(job: GradingJob, info: dict[str, Any], time_s: float) -> Outcome:
    """Turn an exception the child reported into a verdict."""
    kind = str(info.get("type", "Exception"))
    line = info.get("line")
    where = f" at line {line}" if isinstance(line, int) else ""
    message = str(info.get("message", ""))
    if kind == "MemoryError":
        text = f"ran out of memory{where} (limit {job.limits.memory_mb} MB)"
        return Outcome(Verdict.MEMORY_LIMIT_EXCEEDED, text, text, time_s=time_s)
    hint = RECURSION_HINT if kind == "RecursionError" else ""
    public = f"{kind}{where}: {message}{hint}" if message else f"{kind}{where}{hint}"
    return Outcome(Verdict.RUNTIME_ERROR, public, f"{kind}{where}{hint}", time_s=time_s)


def stopped_outcome(job: GradingJob, header: dict[str, Any], *, loading: bool) -> Outcome:
    """Explain why the child stopped without answering."""
    killed, code, sig = header.get("killed"), header.get("exit_code"), header.get("exit_signal")
    limits = job.limits
    # The unfinished test's (or the module's) time, from the last frame to the end.
    elapsed, cpu_s = _tail(header, "tail_s"), _tail(header, "tail_cpu_s")
    phase = "loading the module" if loading else "the test"
    if killed == "output":
        text = f"printed more than {limits.output_kb} KiB"
        return Outcome(Verdict.OUTPUT_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    if killed == "result":
        text = f"returned more than {limits.result_mb} MiB of data"
        return Outcome(Verdict.OUTPUT_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    if killed == "wall":
        text = wall_limit_text(phase, elapsed, cpu_s, limits)
        return Outcome(Verdict.TIME_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    if killed == "total":
        text = f"all tests together took longer than {limits.total_time_limit_s:g} s"
        if cpu_s * WALL_FACTOR < elapsed:
            # The last test was mostly waiting: say so, as a stop at its own wall limit would.
            text = f"{text} ({waiting_text(phase, elapsed, cpu_s)})"
        return Outcome(Verdict.TIME_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    if killed == "cpu" or sig in (signal.SIGKILL, signal.SIGXCPU):
        text = cpu_limit_text(phase, limits)
        return Outcome(Verdict.TIME_LIMIT_EXCEEDED, text, text, time_s=cpu_s)
    if isinstance(sig, int):
        name = _signal_name(sig)
        hint = RECURSION_HINT if sig == signal.SIGSEGV else ""
        text = f"the program crashed ({name}){hint}"
        return Outcome(Verdict.RUNTIME_ERROR, text, text, time_s=cpu_s)
    text = f"the program exited (status {code}) before returning an answer"
    return Outcome(Verdict.RUNTIME_ERROR, text, text, time_s=cpu_s)


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def dress(case: GradingCase, number: int, outcome: Outcome) -> TestReport:
    """Return the test's report: full for a public test, bare for a hidden one."""
    time_ms = outcome.time_s * 1000
    if not case.is_public:
        return TestReport(
            name=f"hidden test {number}",
            verdict=outcome.verdict,
            time_ms=time_ms,
            is_public=False,
            message=outcome.hidden_message,
            number=number,
        )
    return TestReport(
        name=case.name,
        verdict=outcome.verdict,
        time_ms=time_ms,
        is_public=True,
        message=outcome.message,
        input=plain(list(case.args)),
        expected=plain(case.expected),
        actual=plain(outcome.actual),
        number=number,
    )


def plain(value: Any) -> Any:
    """Return JSON-ready data for display: arrays become lists, sets sorted lists."""
    if isinstance(value, np.ndarray):
        return plain(value.tolist())
    if isinstance(value, np.generic):
        return plain(value.item())
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, set | frozenset):
        items = [plain(item) for item in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(value, dict):
        return {k if isinstance(k, str) else repr(k): plain(v) for k, v in value.items()}
    return value

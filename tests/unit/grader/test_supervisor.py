"""The supervisor on plain forked processes: CPU time from outside the child, wall time as a net."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mldojo.grader import channel, supervisor


def spin(seconds: float) -> None:
    """Use this much CPU time, whatever the wall clock says."""
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


def fork(body: Callable[[int], None]) -> tuple[int, int, int]:
    """Fork a child running body(result_fd); return its pid and the result and output fds."""
    result_r, result_w = os.pipe()
    output_r, output_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 0
        try:
            os.close(result_r)
            os.close(output_r)
            body(result_w)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(result_w)
    os.close(output_w)
    return pid, result_r, output_r


@pytest.fixture
def run() -> Iterator[Callable[..., supervisor.Watch]]:
    """Supervise a forked child with a 0.2 s CPU limit.

    The wall-clock safety net is wide unless a test narrows it: on a busy machine a spinning
    child may get a small share of a CPU.
    """
    fds: list[int] = []

    def supervise(body: Callable[[int], None], frames: int, **limits: float) -> supervisor.Watch:
        pid, result_r, output_r = fork(body)
        fds.extend([result_r, output_r])
        watch = supervisor.Watch(output_bytes=1024, result_bytes=1 << 20, expected_frames=frames)
        options = {"cpu_time_s": 0.2, "wall_time_s": 20.0, "total_time_s": 30.0, **limits}
        reader = channel.FrameReader(1 << 20)
        if supervisor.supervise(pid, result_r, output_r, reader, watch, **options):
            supervisor.reap(pid, watch)
        return watch

    yield supervise
    for fd in fds:
        os.close(fd)


def send(fd: int) -> None:
    channel.write_all(fd, channel.pack({"kind": "case"}))


def test_child_cpu_clock_reads_the_cpu_time_of_another_process() -> None:
    pid, result_r, output_r = fork(lambda fd: (spin(0.15), time.sleep(60)))
    try:
        clock = supervisor.ChildCpuClock(pid)
        deadline = time.monotonic() + 10
        while clock.read() < 0.15 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)  # the child sleeps now: its CPU clock stands still
        assert 0.15 <= clock.read() < 0.25
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(result_r)
        os.close(output_r)


def test_supervise_times_each_frame_by_the_child_s_cpu_time(run: Callable[..., Any]) -> None:
    def body(fd: int) -> None:
        send(fd)
        spin(0.1)
        send(fd)
        time.sleep(0.3)  # 1.5 times the CPU limit, waiting
        send(fd)

    watch = run(body, frames=3)
    assert watch.killed is None
    assert watch.frame_cpu[1] == pytest.approx(0.1, abs=0.05)
    assert watch.frame_cpu[2] < 0.03
    assert watch.frame_times[2] >= 0.3


def test_supervise_stops_a_spinning_child_at_the_cpu_limit(run: Callable[..., Any]) -> None:
    def body(fd: int) -> None:
        send(fd)
        spin(10)

    watch = run(body, frames=2)
    assert watch.killed == "cpu"
    assert 0.2 <= watch.tail_cpu_s < 0.4
    assert watch.exit_signal == signal.SIGKILL


def test_supervise_stops_a_sleeping_child_at_the_wall_safety_net(run: Callable[..., Any]) -> None:
    def body(fd: int) -> None:
        send(fd)
        time.sleep(60)

    watch = run(body, frames=2, wall_time_s=0.6)
    assert watch.killed == "wall"
    assert 0.6 <= watch.tail_s < 1.2
    assert watch.tail_cpu_s < 0.05


def test_supervise_stops_at_the_total_limit_first(run: Callable[..., Any]) -> None:
    watch = run(lambda fd: time.sleep(60), frames=1, wall_time_s=0.6, total_time_s=0.3)
    assert watch.killed == "total"

"""Watch one running child: time each test by its frames, cap output, kill on any overrun.

The supervisor trusts nothing the child sends except frame boundaries: it measures time itself,
stops reading at the caps, and kills the child (pid 1 of its own namespace, so its whole process
tree) at the first overrun. Each test is timed twice between frames: the child's CPU time (user
and system, every thread), read from the kernel, is what the limit judges; wall-clock time is a
safety net against code that sleeps or blocks. Runs inside the sandbox: standard library only.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mldojo.grader import channel

DRAIN_WAIT_S = 0.2
# A quick run is cheaper to answer in one message than to stream: every message wakes the
# parent. Streaming (so the parent can stop at a failed test) pays off on long runs only.
STREAM_AFTER_S = 0.02
READ_CHUNK = 1 << 16
# Between CPU readings while no frame comes: the last step before the limit is this short.
MIN_CPU_POLL_S = 0.005
CPUCLOCK_SCHED = 2
TERMINAL_KINDS = (b'"compile_error"', b'"load_error"')
_EVENTS = select.POLLIN | select.POLLHUP | select.POLLERR
# After these ends, what the child wrote before dying is still worth reading.
_DRAIN_AFTER = (None, "cpu", "wall", "total")


class ChildCpuClock:
    """The CPU time a child has used so far: user and system, all its threads, in seconds.

    Read from the kernel's CPU-time clock of the child's process (clock_gettime on the clock id
    of its pid, which the kernel keeps for any process the caller can see), so the child cannot
    forge it, and it needs no /proc: the child hides /proc behind an empty mount in the mount
    namespace it shares with its session. It stays readable until the child is reaped.
    """

    def __init__(self, pid: int) -> None:
        self.clock_id = (~pid << 3) | CPUCLOCK_SCHED  # the kernel's MAKE_PROCESS_CPUCLOCK
        self.last = 0.0

    def read(self) -> float:
        """Return the child's CPU seconds; after a failed read, the last value read."""
        with contextlib.suppress(OSError):
            self.last = time.clock_gettime(self.clock_id)
        return self.last


@dataclass
class Watch:
    """What the supervisor saw of one run."""

    output_bytes: int
    result_bytes: int
    expected_frames: int
    frames: list[bytes] = field(default_factory=list)
    frame_times: list[float] = field(default_factory=list)  # wall seconds since the last frame
    frame_cpu: list[float] = field(default_factory=list)  # the child's CPU seconds, likewise
    output: bytearray = field(default_factory=bytearray)
    output_truncated: bool = False
    # "cpu" or "wall" (one test's limits), "total", "output", "result", "stopped" (by the parent)
    killed: str | None = None
    exit_code: int | None = None
    exit_signal: int | None = None
    max_rss_kb: int | None = None
    relayed: int = 0  # frames already sent to the parent while the child ran
    tail_s: float = 0.0  # from the last frame to the end: the unfinished test's wall time
    tail_cpu_s: float = 0.0  # and its CPU time
    result_total: int = 0
    last_frame_at: float = 0.0
    last_frame_cpu: float = 0.0
    done_at: float | None = None

    def header(self) -> dict[str, Any]:
        """Return the result header sent to the parent."""
        return {
            "kind": "result",
            "frame_times": self.frame_times[self.relayed :],
            "frame_cpu": self.frame_cpu[self.relayed :],
            "killed": self.killed,
            "exit_code": self.exit_code,
            "exit_signal": self.exit_signal,
            "max_rss_kb": self.max_rss_kb,
            "tail_s": self.tail_s,
            "tail_cpu_s": self.tail_cpu_s,
            "output_truncated": self.output_truncated,
        }

    def take_output(self, chunk: bytes) -> None:
        """Keep output up to the cap; note an overrun."""
        room = self.output_bytes - len(self.output)
        self.output += chunk[: max(room, 0)]
        if len(chunk) > room:
            self.output_truncated = True
            self.killed = self.killed or "output"

    def take_result(self, chunk: bytes, reader: channel.FrameReader, cpu: ChildCpuClock) -> None:
        """Split result bytes into frames, timing each by wall clock and CPU; note an overrun."""
        self.result_total += len(chunk)
        try:
            bodies = reader.feed(chunk)
        except channel.FrameTooLargeError:
            bodies, self.result_total = [], self.result_bytes + 1
        if self.result_total > self.result_bytes:
            self.killed = self.killed or "result"
            return
        used = cpu.read() if bodies else self.last_frame_cpu
        for body in bodies:
            now = time.monotonic()
            self.frames.append(body)
            self.frame_times.append(now - self.last_frame_at)
            self.frame_cpu.append(max(used - self.last_frame_cpu, 0.0))
            self.last_frame_at, self.last_frame_cpu = now, used
            is_last = len(self.frames) >= self.expected_frames or _is_terminal(body)
            if self.done_at is None and is_last:
                self.done_at = now


def supervise(
    child: int,
    result_fd: int,
    output_fd: int,
    reader: channel.FrameReader,
    watch: Watch,
    *,
    cpu_time_s: float,
    wall_time_s: float,
    total_time_s: float,
    relay: Callable[[list[bytes], list[float], list[float]], None] | None = None,
    stop_fd: int | None = None,
) -> bool:
    """Follow the child until its last frame, an overrun, its exit or the parent's stop.

    Between two frames (a test, or loading the module) the child may use cpu_time_s of CPU and
    wall_time_s of wall-clock time; all of it, total_time_s of wall-clock time.

    When relay is given, frames go to it as they arrive, with the wall and CPU seconds since the
    previous frame, so the parent can judge while the child runs; frames left when the run ends
    stay in watch (from watch.relayed on) for the final answer. A frame on stop_fd (the parent
    judged a failure) ends the run early.

    Return True when the child answered everything: it may still be alive, and the caller
    answers the parent first and reaps it afterwards, keeping process teardown off the
    latency. Otherwise the child is already dead and reaped, with its exit status recorded.
    """
    cpu = ChildCpuClock(child)
    started = watch.last_frame_at = time.monotonic()
    watch.last_frame_cpu = cpu.read()
    final_deadline = started + total_time_s
    # The child's CPU clock runs at most this many times faster than the wall clock.
    parallel = max(os.cpu_count() or 1, 1)
    pidfd = os.pidfd_open(child)
    poller = select.poll()
    for fd in (result_fd, output_fd, pidfd):
        poller.register(fd, _EVENTS)
    if stop_fd is not None:
        poller.register(stop_fd, _EVENTS)
    open_fds = {result_fd, output_fd}
    exited = False
    while not exited and watch.killed is None and watch.done_at is None:
        now = time.monotonic()
        cpu_left = cpu_time_s - (cpu.read() - watch.last_frame_cpu)
        wall_deadline = watch.last_frame_at + wall_time_s
        if cpu_left < 0:
            watch.killed = "cpu"
            break
        if now >= min(wall_deadline, final_deadline):
            watch.killed = "wall" if wall_deadline <= final_deadline else "total"
            break
        # Sleep until the CPU limit could be reached at the earliest, then look again.
        wake = min(wall_deadline, final_deadline, now + max(cpu_left / parallel, MIN_CPU_POLL_S))
        if relay is not None and len(watch.frames) > watch.relayed:
            wake = min(wake, started + STREAM_AFTER_S)  # relay held frames once streaming
        for fd, _ in poller.poll(max(1, int((wake - now) * 1000) + 1)):
            if fd == pidfd:
                exited = True
            elif fd == stop_fd:
                watch.killed = "stopped"
            else:
                _read_one(fd, result_fd, poller, open_fds, watch, reader, cpu)
        streaming = time.monotonic() - started >= STREAM_AFTER_S
        if (
            relay is not None
            and streaming
            and watch.done_at is None
            and len(watch.frames) > watch.relayed
        ):
            held = slice(watch.relayed, None)
            relay(watch.frames[held], watch.frame_times[held], watch.frame_cpu[held])
            watch.relayed = len(watch.frames)
    watch.tail_s = time.monotonic() - watch.last_frame_at
    watch.tail_cpu_s = max(cpu.read() - watch.last_frame_cpu, 0.0)
    if watch.done_at is not None and watch.killed is None:
        # Output written before the last frame is already in the pipe: take it without waiting.
        while output_fd in open_fds and any(fd == output_fd for fd, _ in poller.poll(0)):
            _read_one(output_fd, result_fd, poller, open_fds, watch, reader, cpu)
        os.close(pidfd)
        return True
    _kill(child)
    drain_until = time.monotonic() + DRAIN_WAIT_S
    if stop_fd is not None:
        poller.unregister(stop_fd)  # the stop frame stays unread: the next session skips it
    while open_fds and watch.killed in _DRAIN_AFTER and time.monotonic() < drain_until:
        for fd, _ in poller.poll(int(DRAIN_WAIT_S * 1000)):
            if fd != pidfd:
                _read_one(fd, result_fd, poller, open_fds, watch, reader, cpu)
    os.close(pidfd)
    reap(child, watch)
    return False


def reap(child: int, watch: Watch) -> None:
    """Kill the child (and so its whole pid namespace) and record how it ended."""
    _kill(child)
    _, status, usage = os.wait4(child, 0)
    watch.max_rss_kb = int(usage.ru_maxrss)
    if os.WIFSIGNALED(status):
        watch.exit_signal = os.WTERMSIG(status)
    else:
        watch.exit_code = os.waitstatus_to_exitcode(status)


def _read_one(
    fd: int,
    result_fd: int,
    poller: select.poll,
    open_fds: set[int],
    watch: Watch,
    reader: channel.FrameReader,
    cpu: ChildCpuClock,
) -> None:
    chunk = os.read(fd, READ_CHUNK) if fd in open_fds else b""
    if not chunk:
        if fd in open_fds:
            poller.unregister(fd)
            open_fds.discard(fd)
        return
    if fd == result_fd:
        watch.take_result(chunk, reader, cpu)
    else:
        watch.take_output(chunk)


def _is_terminal(body: bytes) -> bool:
    head = body[:64]
    return any(kind in head for kind in TERMINAL_KINDS)


def _kill(child: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(child, signal.SIGKILL)

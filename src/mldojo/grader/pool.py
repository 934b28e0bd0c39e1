"""A warm pool of sandboxed workers, shared by threads, replacing the broken and the old.

Workers are started from one long-lived spawner thread: bubblewrap's --die-with-parent follows
the thread that started it, so a worker started from a short-lived request thread would die with
that thread.
"""

from __future__ import annotations

import contextlib
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from typing import Any

from mldojo.grader import channel

READY_TIMEOUT_S = 30.0
MAX_RESPONSE_BYTES = 1 << 30
SPAWN_RETRY_DELAY_S = 1.0
FAILED_SPAWNS_TO_GIVE_UP = 3


class NoWorkerError(Exception):
    """No worker could be had: none starts on this machine, or all stayed busy too long."""


# Called with each child frame's index and body; returns whether the child should go on.
FrameCallback = Callable[[int, bytes], bool]


class WorkerFailure(Exception):
    """A worker died, stalled, or answered out of protocol; it has been discarded."""

    def __init__(self, message: str, *, job_sent: bool = True) -> None:
        super().__init__(message)
        self.job_sent = job_sent  # False: it failed before the job, which can go elsewhere


class Worker:
    """One long-lived worker process and its channel."""

    def __init__(self, process: subprocess.Popen[bytes], require_isolation: bool) -> None:
        self.process = process
        self.require_isolation = require_isolation
        self.jobs_done = 0
        self.features: dict[str, Any] = {}
        self._ready = False
        assert process.stdin is not None
        assert process.stdout is not None
        self._to_worker = process.stdin.fileno()
        self._from_worker = process.stdout.fileno()

    @property
    def pid(self) -> int:
        """Return the worker's process id on the host."""
        return self.process.pid

    def ensure_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        """Wait for the worker's next confined child to be prepared; check its isolation."""
        if self._ready:
            return
        header = self._read(time.monotonic() + timeout, 1 << 16)[0]
        if header.get("kind") != "ready":
            raise WorkerFailure(f"worker not ready: {header.get('error', header)}")
        if self.require_isolation and not (header.get("namespaces") and header.get("seccomp")):
            reason = header.get("namespace_error") or header.get("seccomp_error") or "unknown"
            raise WorkerFailure(f"the sandbox could not confine the child: {reason}")
        self.features = header
        self._ready = True

    def run(
        self, job: bytes, nonce: str, timeout: float, on_frame: FrameCallback | None = None
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Send one job; return the result header and [output, *frames].

        The header's frame_times and frame_cpu hold, for every frame, the wall-clock and CPU
        seconds the child took since the previous one, as its session measured them.

        on_frame sees each of the child's frames as it arrives; when it returns False the
        worker is told to stop the child (Submit stops at the first failing test).
        """
        deadline = time.monotonic() + timeout
        try:
            self.ensure_ready(timeout)
        except WorkerFailure as exc:
            raise WorkerFailure(str(exc), job_sent=False) from exc
        self._ready = False
        self._send(job)
        frames: list[bytes] = []
        timings: dict[str, list[float]] = {"frame_times": [], "frame_cpu": []}
        received = 0
        stopped = False
        while True:
            header, blobs = self._read(deadline, MAX_RESPONSE_BYTES)
            received += sum(map(len, blobs))
            kind = header.get("kind")
            count = len(blobs) - (kind == "result")
            if (
                header.get("nonce") != nonce
                or received > MAX_RESPONSE_BYTES
                or kind not in ("frames", "result")
                or not all(_is_list_of(header.get(key), count) for key in timings)
            ):
                raise WorkerFailure("worker answered out of protocol")
            for key, values in timings.items():
                values += [float(t) if isinstance(t, int | float) else 0.0 for t in header[key]]
            if kind == "result":
                frames += blobs[1:]
                break
            for body in blobs:
                frames.append(body)
                if on_frame is not None and not stopped and not on_frame(len(frames) - 1, body):
                    self._send(channel.pack({"kind": "stop", "nonce": nonce}))
                    stopped = True
        self.jobs_done += 1
        header.update(timings)
        return header, [blobs[0], *frames]

    def _send(self, frame: bytes) -> None:
        try:
            channel.write_all(self._to_worker, frame)
        except OSError as exc:
            raise WorkerFailure(f"cannot write to the worker: {exc}") from exc

    def _read(self, deadline: float, cap: int) -> tuple[dict[str, Any], list[bytes]]:
        try:
            body = channel.read_frame(self._from_worker, max_frame_bytes=cap, deadline=deadline)
            return channel.unpack(body)
        except EOFError as exc:
            raise WorkerFailure(f"worker exited (status {self.process.poll()})") from exc
        except TimeoutError as exc:
            raise WorkerFailure("worker did not answer in time") from exc
        except (channel.ChannelError, OSError) as exc:
            raise WorkerFailure(f"worker channel broken: {exc}") from exc

    def kill(self) -> None:
        """Kill the worker; bubblewrap takes every process inside the sandbox with it."""
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _is_list_of(value: Any, length: int) -> bool:
    return isinstance(value, list) and len(value) == length


class WorkerPool:
    """A fixed number of warm workers handed out one job at a time."""

    def __init__(self, start: Callable[[], Worker], size: int, recycle_after: int) -> None:
        self._start = start
        self._size = size
        self._recycle_after = recycle_after
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._spawn_requests: queue.Queue[bool] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.last_spawn_error: str | None = None
        self.spawn_failures = 0  # in a row: a machine that cannot sandbox fails fast
        self.spawned = 0
        self._spawner = threading.Thread(
            target=self._spawn_loop, name="grader-spawner", daemon=True
        )
        self._spawner.start()
        for _ in range(size):
            self._spawn_requests.put(True)

    def run(
        self,
        job: bytes,
        nonce: str,
        *,
        timeout: float,
        wait_s: float,
        on_frame: FrameCallback | None = None,
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Run one job on an idle worker; raise WorkerFailure when it breaks."""
        worker = self._acquire(wait_s)
        try:
            result = worker.run(job, nonce, timeout, on_frame)
        except BaseException:
            # A worker left mid-job is in an unknown state: never reuse it.
            self._discard(worker)
            raise
        if worker.jobs_done >= self._recycle_after:
            self._discard(worker)
        else:
            self._idle.put(worker)
        return result

    def _acquire(self, wait_s: float) -> Worker:
        deadline = time.monotonic() + wait_s
        while True:
            if self.spawn_failures >= FAILED_SPAWNS_TO_GIVE_UP:
                raise NoWorkerError(f"grading workers cannot start: {self.last_spawn_error}")
            remaining = deadline - time.monotonic()
            try:
                worker = self._idle.get(timeout=max(0.0, min(remaining, 0.5)))
            except queue.Empty:
                if remaining > 0.5:
                    continue
                detail = f": {self.last_spawn_error}" if self.last_spawn_error else ""
                raise NoWorkerError(f"no grading worker became available{detail}") from None
            if worker.process.poll() is None:
                return worker
            self._discard(worker)  # died while idle: replace it rather than fail a job

    def _discard(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        self._spawn_requests.put(True)

    def _spawn_loop(self) -> None:
        while True:
            self._spawn_requests.get()
            with self._lock:
                if self._closed:
                    return
            worker = self._spawn_one()
            if worker is None:
                time.sleep(SPAWN_RETRY_DELAY_S)
                self._spawn_requests.put(True)
                continue
            with self._lock:
                if self._closed:
                    worker.kill()
                    return
                self._all.add(worker)
            self._idle.put(worker)

    def _spawn_one(self) -> Worker | None:
        worker: Worker | None = None
        try:
            worker = self._start()
            worker.ensure_ready()
        except (WorkerFailure, OSError) as exc:
            self.last_spawn_error = str(exc)
            self.spawn_failures += 1
            if worker is not None:
                worker.kill()
            return None
        self.last_spawn_error = None
        self.spawn_failures = 0
        self.spawned += 1
        return worker

    def worker_pids(self) -> list[int]:
        """Return the host pids of the live workers."""
        with self._lock:
            return [worker.pid for worker in self._all]

    def wait_until_full(self, timeout: float) -> bool:
        """Wait until every worker is started and idle; return whether that happened."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._idle.qsize() >= self._size:
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        """Kill every worker and stop spawning."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._spawn_requests.put(False)
        for worker in workers:
            worker.kill()
        self._spawner.join(timeout=READY_TIMEOUT_S + 5)

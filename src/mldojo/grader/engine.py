"""The grading engine: validate a submission, run it in a warm sandboxed worker, judge it.

One engine owns one warm pool and is safe to share between threads. Expected outputs stay in
this process: the job sent to the worker holds the source and the inputs only.
"""

from __future__ import annotations

import threading
import uuid
from types import TracebackType
from typing import Any

from mldojo.config import IsolationMode
from mldojo.domain.grading import GradeReport, GradingCase, GradingJob
from mldojo.domain.submission import Verdict
from mldojo.errors import MldojoError
from mldojo.grader import channel, judge, sandbox
from mldojo.grader.pool import NoWorkerError, Worker, WorkerFailure, WorkerPool

# Beyond the submission's own limits: forking, framing, draining and reaping.
WORKER_GRACE_S = 10.0
ACQUIRE_TIMEOUT_S = 120.0
MAX_WORKER_FAILURES = 6


class GraderUnavailableError(MldojoError):
    """The grader cannot run submissions on this machine as configured."""

    http_status = 503


def source_from_bytes(data: bytes) -> str:
    """Decode a submitted file so that invalid UTF-8 survives to be rejected by grade()."""
    return data.decode("utf-8", "surrogateescape")


def source_problem(source: str, max_bytes: int) -> str | None:
    """Return why a source is refused before running it, or None when it is acceptable."""
    try:
        encoded = source.encode("utf-8")
    except UnicodeEncodeError:
        return "the source is not valid UTF-8; save the file as UTF-8"
    if "\x00" in source:
        return "the source contains NUL bytes; submit a plain-text Python file"
    if len(encoded) > max_bytes:
        return f"the source is {len(encoded)} bytes; the limit is {max_bytes} bytes"
    return None


class GradingEngine:
    """Grades submissions through one warm pool of sandboxed workers."""

    def __init__(
        self, *, isolation: IsolationMode, workers: int = 2, recycle_after: int = 200
    ) -> None:
        if isolation is IsolationMode.BWRAP and sandbox.bwrap_path() is None:
            raise GraderUnavailableError(
                "bubblewrap (bwrap) is not installed: sudo apt-get install bubblewrap "
                "(or, alone on your own machine, MLDOJO_ISOLATION=process)"
            )
        self.isolation = isolation
        runtime = sandbox.Runtime.current()
        require_isolation = isolation is IsolationMode.BWRAP

        def start() -> Worker:
            return Worker(sandbox.start_worker(isolation, runtime), require_isolation)

        self._pool = WorkerPool(start, workers, recycle_after)

    def __enter__(self) -> GradingEngine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Wait until every worker is warm; return whether they all are."""
        return self._pool.wait_until_full(timeout)

    def worker_pids(self) -> list[int]:
        """Return the host pids of the live workers (bubblewrap or worker processes)."""
        return self._pool.worker_pids()

    def grade(self, job: GradingJob, *, public_only: bool = False) -> GradeReport:
        """Grade a submission: public tests only ("Run") or every test ("Submit")."""
        cases = tuple(case for case in job.cases if case.is_public or not public_only)
        problem = source_problem(job.source, job.limits.max_source_bytes)
        if problem is not None:
            return _bare_report(Verdict.REJECTED, problem, len(cases))
        nonce = uuid.uuid4().hex
        # Streaming lets Submit stop at the first failure; with one test there is nothing to save.
        stream = not public_only and len(cases) > 1
        try:
            frame = encode_job(job, cases, nonce, stream=stream)
        except channel.ChannelError as exc:
            return _bare_report(Verdict.SYSTEM_ERROR, f"a test input cannot be sent: {exc}", 0)
        limits = job.limits
        timeout = limits.time_limit_s + limits.total_time_limit_s + WORKER_GRACE_S
        failures: list[str] = []
        attempts = 0
        # A worker that dies under a job is ours to blame: retry once on another. One found
        # dead before it got the job costs no attempt.
        while attempts < 2 and len(failures) < MAX_WORKER_FAILURES:
            early = judge.EarlyJudge(job, cases) if stream else None
            try:
                header, blobs = self._pool.run(
                    frame, nonce, timeout=timeout, wait_s=ACQUIRE_TIMEOUT_S, on_frame=early
                )
            except NoWorkerError as exc:
                failures.append(str(exc))
                break
            except WorkerFailure as exc:
                failures.append(str(exc))
                attempts += exc.job_sent
                continue
            return judge.build_report(
                job,
                cases,
                header,
                blobs,
                stop_at_first_failure=not public_only,
                judged=early.outcomes if early is not None else None,
            )
        message = "grading failed, please retry: " + "; ".join(failures)
        return _bare_report(Verdict.SYSTEM_ERROR, message, len(cases))

    def close(self) -> None:
        """Kill every worker and every child."""
        self._pool.close()


def _bare_report(verdict: Verdict, message: str, total: int) -> GradeReport:
    return GradeReport(verdict=verdict, tests=(), time_ms=0.0, message=message, total_tests=total)


class _EncodedCases:
    """Test inputs already encoded for the channel, kept for the next submission.

    Encoding the inputs of a problem with large hidden tests costs far more than running a
    fast solution on them, and every submission to the problem sends the same inputs.
    """

    def __init__(self, max_bytes: int = 256 << 20) -> None:
        self._max_bytes = max_bytes
        self._entries: dict[tuple[int, ...], tuple[tuple[GradingCase, ...], bytes, list[bytes]]]
        self._entries = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, cases: tuple[GradingCase, ...]) -> tuple[bytes, list[bytes]]:
        """Return the cases as a JSON array and the array blobs it refers to."""
        key = tuple(id(case) for case in cases)
        with self._lock:
            hit = self._entries.pop(key, None)
            if hit is not None:
                if all(a is b for a, b in zip(hit[0], cases, strict=True)):
                    self._entries[key] = hit  # most recently used last
                    return hit[1], hit[2]
                self._bytes -= _size(hit[1], hit[2])
        blobs: list[bytes] = []
        encoded = [
            {"args": channel.encode_value(list(case.args), blobs), "public": case.is_public}
            for case in cases
        ]
        text = channel.encode_json(encoded)
        size = _size(text, blobs)
        with self._lock:
            if size <= self._max_bytes // 4 and key not in self._entries:
                self._entries[key] = (cases, text, blobs)  # holding the cases pins their ids
                self._bytes += size
                while self._bytes > self._max_bytes:
                    _, old_text, old_blobs = self._entries.pop(next(iter(self._entries)))
                    self._bytes -= _size(old_text, old_blobs)
        return text, blobs


def _size(text: bytes, blobs: list[bytes]) -> int:
    return len(text) + sum(len(blob) for blob in blobs)


_ENCODED_CASES = _EncodedCases()


def encode_job(
    job: GradingJob, cases: tuple[GradingCase, ...], nonce: str, *, stream: bool = False
) -> bytes:
    """Return the job frame for the worker: source, call convention, inputs, limits.

    stream asks the worker to send each test's frame as it comes, so the parent can stop the
    child at the first failure.
    """
    entry = job.entry
    header: dict[str, Any] = {
        "nonce": nonce,
        "stream": stream,
        "source": job.source,
        "entry": {
            "style": entry.style.value,
            "name": entry.name,
            "arg_kinds": [kind.value for kind in entry.arg_kinds],
            "return_kind": entry.return_kind.value,
            "output_arg": entry.output_arg,
        },
        "limits": {
            "time_limit_s": job.limits.time_limit_s,
            "wall_time_limit_s": judge.wall_time_limit_s(job.limits),
            "total_time_limit_s": job.limits.total_time_limit_s,
            "memory_mb": job.limits.memory_mb,
            "output_kb": job.limits.output_kb,
            "result_mb": job.limits.result_mb,
        },
    }
    cases_json, blobs = _ENCODED_CASES.get(cases)
    return channel.pack(header, blobs, raw_fields={"cases": cases_json})

"""The pool's failure handling, without real workers."""

from __future__ import annotations

import time

import pytest

from mldojo.grader import pool
from mldojo.grader.pool import NoWorkerError, Worker, WorkerPool


def test_pool_run_fails_fast_when_workers_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "SPAWN_RETRY_DELAY_S", 0.01)

    def start() -> Worker:
        raise OSError("bwrap: No permissions to create new namespace")

    workers = WorkerPool(start, size=1, recycle_after=10)
    started = time.monotonic()
    try:
        with pytest.raises(NoWorkerError, match="cannot start: bwrap: No permissions"):
            workers.run(b"", "nonce", timeout=1, wait_s=30)
    finally:
        workers.close()
    assert time.monotonic() - started < 5

"""Grading through Celery on a real Redis with real `mldojo worker` processes.

The database is the source of truth: every submission ends graded exactly once, even when the
worker is killed mid-grade or Redis restarts (losing its queue) in the middle of a batch.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mldojo.bootstrap import Application
from mldojo.config import Settings
from mldojo.domain.submission import Submission, SubmissionStatus, Verdict
from tests.servers import RedisProcess

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.sandbox]

BANK = Path(__file__).resolve().parents[2] / "src/mldojo/content/bank/problems/two-sum"
ACCEPTED = (BANK / "reference.py").read_bytes()
WRONG = (BANK / "wrong" / "self_pair.py").read_bytes()
# Accepted, but about a second of wall time in all: long enough to kill a worker mid-grade.
SLOW_ACCEPTED = b"import time\n" + ACCEPTED.replace(
    b"        seen: dict[int, int] = {}", b"        time.sleep(0.05)\n        seen = {}"
)


class Worker:
    """A `mldojo worker` subprocess in its own process group."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = env
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mldojo", "worker"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
            start_new_session=True,
        )

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def redis_server() -> Iterator[RedisProcess]:
    server = RedisProcess()
    server.start()
    yield server
    server.kill()


@pytest.fixture
def celery_env(tmp_path: Path, postgres_url: str, redis_server: RedisProcess) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env.update(
        MLDOJO_HOME=str(tmp_path / "home"),
        MLDOJO_DATABASE_URL=postgres_url,
        MLDOJO_REDIS_URL=redis_server.url + "/0",
        MLDOJO_GRADER="celery",
        MLDOJO_GRADER_REQUEUE_AFTER_S="3",
    )
    return env


@pytest.fixture
def queue_app(celery_env: dict[str, str]) -> Iterator[Application]:
    settings = Settings(
        home=Path(celery_env["MLDOJO_HOME"]),
        database_url=celery_env["MLDOJO_DATABASE_URL"],
        redis_url=celery_env["MLDOJO_REDIS_URL"],
        grader="celery",
        grader_requeue_after_s=3,
    )
    app = Application(settings=settings)
    yield app
    app.close()


@pytest.fixture
def worker(celery_env: dict[str, str], tmp_path: Path) -> Iterator[Worker]:
    process = Worker(celery_env, tmp_path / "worker.log")
    process.start()
    yield process
    process.kill()


def _wait_graded(app: Application, count: int, timeout: float) -> list[object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        graded = [s for s in app.grading.history() if s.status is SubmissionStatus.GRADED]
        if len(graded) >= count:
            return graded
        time.sleep(0.2)
    raise AssertionError(f"only {len(graded)} of {count} graded after {timeout} s")


def _queue_slow_batch(app: Application) -> list[Submission]:
    """Store and queue six slow submissions; return once the first is graded."""
    created = [app.grading.create_submission("two-sum", SLOW_ACCEPTED) for _ in range(6)]
    assert app.queue is not None
    for submission in created:
        app.queue.enqueue(submission.id)
    _wait_graded(app, 1, timeout=90)
    return created


def test_batch_through_celery_is_graded_in_order(queue_app: Application, worker: Worker) -> None:
    sources = [ACCEPTED, WRONG] * 5
    graded = queue_app.grading.submit_many("two-sum", sources, wait_s=120)
    assert [s.verdict for s in graded] == [Verdict.ACCEPTED, Verdict.WRONG_ANSWER] * 5


def test_killed_worker_loses_nothing(
    queue_app: Application, worker: Worker, tmp_path: Path
) -> None:
    created = _queue_slow_batch(queue_app)
    worker.kill()  # mid-batch: some graded, one being graded, the rest queued
    worker.start()
    graded = _wait_graded(queue_app, len(created), timeout=120)
    assert {s.id for s in graded} == {s.id for s in created}  # type: ignore[attr-defined]
    assert all(s.verdict is Verdict.ACCEPTED for s in graded)  # type: ignore[attr-defined]


def test_redis_restart_mid_batch_loses_nothing(
    queue_app: Application, worker: Worker, redis_server: RedisProcess
) -> None:
    created = _queue_slow_batch(queue_app)
    redis_server.kill()  # the queue and every unacknowledged task are gone
    time.sleep(1)
    redis_server.start()
    graded = _wait_graded(queue_app, len(created), timeout=120)
    assert {s.id for s in graded} == {s.id for s in created}  # type: ignore[attr-defined]


def test_redelivered_task_changes_nothing(queue_app: Application, worker: Worker) -> None:
    [first] = queue_app.grading.submit_many("two-sum", [ACCEPTED], wait_s=120)
    assert queue_app.queue is not None
    queue_app.queue.enqueue(first.id)  # a duplicate delivery of the same submission
    time.sleep(2)
    [again] = queue_app.grading.history()
    assert again.graded_at == first.graded_at
    assert again.result == first.result

"""Celery on Redis: the queue that spreads grading over `mldojo worker` processes.

Delivery is at least once (late acks, requeue on worker loss) and the database is the source of
truth: a task carries only a submission id, grading a submission that is already graded does
nothing, and a result is recorded only while the row is pending, so nothing is graded twice into
the record and nothing is lost when a worker or Redis goes away.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from celery import Celery

from mldojo.config import Settings
from mldojo.errors import ConfigError
from mldojo.services.grading import GradingService

TASK_NAME = "mldojo.grade_submission"
QUEUE_NAME = "mldojo-grading"

log = logging.getLogger("mldojo.worker")
_service_provider: dict[str, Callable[[], GradingService]] = {}


def make_celery(redis_url: str) -> Celery:
    """Return the Celery app with mldojo's delivery guarantees."""
    app = Celery("mldojo", broker=redis_url, backend=redis_url)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE_NAME,
        result_expires=3600,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        broker_transport_options={"visibility_timeout": 600},
    )

    @app.task(name=TASK_NAME)
    def grade_submission(submission_id: str) -> dict[str, Any]:
        service = _service_provider["grading"]()
        graded = service.grade_pending(submission_id)
        return {"id": graded.id, "verdict": graded.verdict.value if graded.verdict else None}

    return app


class CeleryQueue:
    """Queue submissions for `mldojo worker` processes."""

    def __init__(self, settings: Settings) -> None:
        if not settings.redis_url:
            raise ConfigError(
                "MLDOJO_GRADER=celery needs MLDOJO_REDIS_URL, e.g. redis://127.0.0.1:6379/0"
            )
        self.app = make_celery(settings.redis_url)

    def enqueue(self, submission_id: str) -> None:
        """Send a grading task; if Redis is down the row stays pending for the reaper."""
        from kombu.exceptions import OperationalError

        try:
            self.app.send_task(
                TASK_NAME,
                args=[submission_id],
                retry=True,
                retry_policy={"max_retries": 3, "interval_start": 0.2},
            )
        except OperationalError as exc:
            log.warning(
                "could not queue %s (%s); it will be queued again later", submission_id, exc
            )


def run_worker(
    settings: Settings,
    service_factory: Callable[[], GradingService],
    *,
    concurrency: int,
) -> None:
    """Run a Celery worker in this process, grading with one warm pool, plus the reaper."""
    if not settings.redis_url:
        raise ConfigError("`mldojo worker` needs MLDOJO_REDIS_URL, e.g. redis://127.0.0.1:6379/0")
    service = service_factory()
    _service_provider["grading"] = lambda: service
    app = make_celery(settings.redis_url)
    stop = threading.Event()
    reaper = threading.Thread(
        target=_reap_forever,
        args=(service, timedelta(seconds=settings.grader_requeue_after_s), stop),
        name="mldojo-reaper",
        daemon=True,
    )
    reaper.start()
    try:
        app.worker_main(
            [
                "worker",
                "--pool=threads",
                f"--concurrency={concurrency}",
                f"--queues={QUEUE_NAME}",
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ]
        )
    finally:
        stop.set()


def _reap_forever(service: GradingService, older_than: timedelta, stop: threading.Event) -> None:
    interval = max(0.5, min(30.0, older_than.total_seconds() / 2))
    while not stop.wait(interval):
        try:
            requeued = service.requeue_stale(older_than)
        except Exception:
            log.exception("reaper failed; trying again in %.0f s", interval)
            continue
        if requeued:
            log.warning("queued %d stale submissions again", len(requeued))

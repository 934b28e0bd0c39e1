"""Grading through Celery with one local `mldojo worker`: throughput and latency of a batch.

Run: .venv/bin/python bench/celery_grading.py [--count 500]
Starts a private redis-server and a worker subprocess on a SQLite database in a temporary home,
queues the submissions, and prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import RedisProcess  # noqa: E402

from mldojo.bootstrap import Application  # noqa: E402
from mldojo.config import Settings  # noqa: E402
from mldojo.domain.submission import SubmissionStatus  # noqa: E402

SOURCE = (ROOT / "src/mldojo/content/bank/problems/climbing-stairs/reference.py").read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mldojo-bench-celery-"))
    redis = RedisProcess()
    redis.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env.update(
        MLDOJO_HOME=str(home),
        MLDOJO_REDIS_URL=redis.url + "/0",
        MLDOJO_GRADER="celery",
    )
    settings = Settings(home=home, redis_url=redis.url + "/0", grader="celery")
    app = Application(settings=settings)
    app.profiles.save_profile(name="Bench")
    worker = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        # Warm up: the worker starts its pool and calibrates the problem's time limit.
        app.grading.submit_many("climbing-stairs", [SOURCE], wait_s=120)
        started = time.perf_counter()
        created = [
            app.grading.create_submission("climbing-stairs", SOURCE) for _ in range(args.count)
        ]
        queued = time.perf_counter()
        assert app.queue is not None
        for submission in created:
            app.queue.enqueue(submission.id)
        done = app.grading.wait_for([s.id for s in created], timeout_s=900)
        finished = time.perf_counter()
        latencies = [
            (s.graded_at - s.created_at).total_seconds() * 1000
            for s in done.values()
            if s.status is SubmissionStatus.GRADED and s.graded_at is not None
        ]
        load = os.getloadavg()[0]
        print(
            f"celery, 1 worker ({settings.grader_workers} sandboxed workers), "
            f"{args.count} accepted submissions of climbing-stairs (13 tests each)"
        )
        print(f"machine          2 CPUs, load average {load:.2f} at the end")
        print(f"stored           {args.count} rows in {queued - started:.2f} s")
        print(
            f"throughput       {args.count / (finished - queued):.1f} submissions/s "
            f"({finished - queued:.1f} s from first enqueue to last result)"
        )
        print(
            f"latency          p50 {statistics.median(latencies):.0f} ms from row to result "
            f"(includes queueing behind the batch)"
        )
        singles = []
        for _ in range(20):
            began = time.perf_counter()
            app.grading.submit_many("climbing-stairs", [SOURCE], wait_s=120)
            singles.append((time.perf_counter() - began) * 1000)
        print(
            f"one at a time    p50 {statistics.median(singles):.0f} ms round trip "
            f"(store, queue, grade, poll the result; 20 runs)"
        )
        verdicts = {s.verdict.value if s.verdict else "pending" for s in done.values()}
        print(f"verdicts         {sorted(verdicts)}")
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        app.close()
        redis.kill()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()

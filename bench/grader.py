"""Grader benchmark: warm pool vs a fresh sandboxed interpreter, throughput, pool memory.

Run: .venv/bin/python bench/grader.py [--isolation bwrap|process] [--runs 300]
Prints figures and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from mldojo.config import IsolationMode
from mldojo.domain.grading import (
    CallStyle,
    CheckerKind,
    CheckerSpec,
    EntryPoint,
    GradingCase,
    GradingJob,
    Limits,
    ValueKind,
)
from mldojo.domain.submission import Verdict
from mldojo.grader import engine as engine_module
from mldojo.grader import sandbox
from mldojo.grader.engine import GradingEngine
from mldojo.grader.pool import Worker

ENTRY = EntryPoint(CallStyle.FUNCTION, "relu", (ValueKind.NDARRAY,), ValueKind.NDARRAY)
CHECKER = CheckerSpec(CheckerKind.FLOAT)
ACCEPTED = "import numpy as np\n\ndef relu(x):\n    return np.maximum(x, 0.0)\n"
WRONG = "import numpy as np\n\ndef relu(x):\n    return np.abs(x)\n"
SLOW = "def relu(x):\n    while True:\n        pass\n"


def cases() -> tuple[GradingCase, ...]:
    """Return three small tests, one public."""
    rng = np.random.default_rng(0)
    inputs = [rng.normal(size=(4, 5)) for _ in range(3)]
    return tuple(
        GradingCase(f"t{i}", (x,), np.maximum(x, 0.0), is_public=i == 0)
        for i, x in enumerate(inputs)
    )


def job(source: str, limits: Limits | None = None) -> GradingJob:
    """Return a grading job for the ReLU problem."""
    return GradingJob("bench", source, ENTRY, cases(), CHECKER, limits or Limits())


def percentile(values: list[float], fraction: float) -> float:
    """Return a percentile by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def warm_latency(grading: GradingEngine, runs: int) -> list[float]:
    """Grade the accepted submission runs times through the warm pool; return seconds."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        report = grading.grade(job(ACCEPTED))
        timings.append(time.perf_counter() - started)
        assert report.verdict is Verdict.ACCEPTED, report
    return timings


def fresh_latency(isolation: IsolationMode, runs: int) -> list[float]:
    """Grade with a new sandboxed interpreter per submission (the naive design)."""
    runtime = sandbox.Runtime.current()
    the_job = job(ACCEPTED)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        worker = Worker(sandbox.start_worker(isolation, runtime), isolation is IsolationMode.BWRAP)
        frame = engine_module.encode_job(the_job, the_job.cases, "fresh")
        header, blobs = worker.run(frame, "fresh", timeout=30)
        report = engine_module.judge.build_report(
            the_job, the_job.cases, header, blobs, stop_at_first_failure=True
        )
        timings.append(time.perf_counter() - started)
        worker.kill()
        assert report.verdict is Verdict.ACCEPTED, report
    return timings


def throughput(grading: GradingEngine, count: int) -> tuple[float, dict[str, int]]:
    """Grade a mix of accepted, wrong and too-slow submissions from four threads."""
    slow_limits = Limits(time_limit_s=0.2, total_time_limit_s=1.0)
    mix = [job(ACCEPTED)] * 45 + [job(WRONG)] * 45 + [job(SLOW, slow_limits)] * 10
    jobs = [random.Random(i).choice(mix) for i in range(count)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=4) as threads:
        verdicts = list(threads.map(lambda item: grading.grade(item).verdict.value, jobs))
    elapsed = time.perf_counter() - started
    tally = {verdict: verdicts.count(verdict) for verdict in sorted(set(verdicts))}
    return count / elapsed, tally


def tree_pids(pid: int) -> list[int]:
    """Return a process and all its live descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def tree_cpu_s(pids: list[int]) -> float:
    """Return the CPU seconds used by the processes and the children they have reaped."""
    ticks = 0
    for pid in {p for root in pids for p in tree_pids(root)}:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def tree_memory_kb(pid: int) -> tuple[int, int]:
    """Return (RSS, PSS) in KiB of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    rss = pss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def main() -> None:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--isolation", default="bwrap", choices=["bwrap", "process"])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--fresh-runs", type=int, default=20)
    parser.add_argument("--mixed", type=int, default=500)
    args = parser.parse_args()
    isolation = IsolationMode(args.isolation)
    load_before = os.getloadavg()[0]
    with GradingEngine(isolation=isolation, workers=2, recycle_after=10_000) as grading:
        assert grading.wait_ready(60)
        warm_latency(grading, 20)  # let caches and the first forks settle
        cpu_before, parent_before = tree_cpu_s(grading.worker_pids()), time.process_time()
        warm = warm_latency(grading, args.runs)
        sandbox_cpu = tree_cpu_s(grading.worker_pids()) - cpu_before
        parent_cpu = time.process_time() - parent_before
        fresh = fresh_latency(isolation, args.fresh_runs)
        rate, tally = throughput(grading, args.mixed)
        time.sleep(0.3)
        memory = [tree_memory_kb(pid) for pid in grading.worker_pids()]
    warm_p50, warm_p99 = percentile(warm, 0.5) * 1000, percentile(warm, 0.99) * 1000
    fresh_p50 = percentile(fresh, 0.5) * 1000
    print(f"isolation: {isolation.value}, 2 workers, accepted ReLU submission with 3 tests")
    print(
        f"machine          {os.cpu_count()} CPUs, load average {load_before:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after (other work on the machine slows every wake-up)"
    )
    print(f"warm pool        p50 {warm_p50:7.2f} ms   p99 {warm_p99:7.2f} ms   ({args.runs} runs)")
    print(
        f"fresh sandbox    p50 {fresh_p50:7.2f} ms   p99 "
        f"{percentile(fresh, 0.99) * 1000:7.2f} ms   ({args.fresh_runs} runs)"
    )
    print(f"ratio of p50s    {fresh_p50 / warm_p50:7.1f}x")
    print(
        f"CPU per warm submission {(sandbox_cpu + parent_cpu) / args.runs * 1000:.2f} ms "
        f"(sandbox {sandbox_cpu / args.runs * 1000:.2f}, "
        f"parent {parent_cpu / args.runs * 1000:.2f})"
    )
    print(f"mean warm        {statistics.mean(warm) * 1000:7.2f} ms")
    print(f"throughput       {rate:7.1f} submissions/s over {args.mixed} mixed: {tally}")
    rss = sum(r for r, _ in memory) / 1024
    pss = sum(p for _, p in memory) / 1024
    print(f"pool memory      RSS {rss:.1f} MiB (sum over processes), PSS {pss:.1f} MiB")


if __name__ == "__main__":
    main()

"""Print the median wall time of `mldojo --help` (target: at most 300 ms on the 2-core machine).

Run: .venv/bin/python bench/cli_startup.py [RUNS]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    exe = shutil.which("mldojo", path=str(Path(sys.executable).parent)) or "mldojo"
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([exe, "--help"], capture_output=True, check=True)
        timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    print(
        f"mldojo --help over {runs} runs: median {median:.0f} ms, "
        f"min {min(timings):.0f} ms, max {max(timings):.0f} ms"
    )
    print(f"target 300 ms: median is {median / 300:.2f}x the target")


if __name__ == "__main__":
    main()

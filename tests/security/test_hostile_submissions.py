"""Hostile submissions: each ends non-accepted, within its limits, with no effect on the host.

Every grade() call also checks, through conftest.grade, that nothing secret shows and that the
pool still accepts a right solution and rejects a wrong one afterwards.
"""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest

from mldojo.domain.grading import Limits
from mldojo.domain.submission import Verdict
from mldojo.grader.engine import GradingEngine
from mldojo.grader.judge import wall_time_limit_s
from mldojo.grader.worker_main import PREPARED_SESSIONS
from tests.security.conftest import ENV_SECRET, EXPECTED_CANARY, LIMITS, grade

pytestmark = pytest.mark.sandbox

NOT_ACCEPTED = set(Verdict) - {Verdict.ACCEPTED, Verdict.SYSTEM_ERROR}


def solve_body(body: str, imports: str = "") -> str:
    """Return a submission whose solve() runs body then answers wrongly."""
    indented = "\n".join(f"    {line}" for line in body.strip("\n").splitlines())
    return f"{imports}\ndef solve(x):\n{indented}\n    return 'nope'\n"


# Under each bubblewrap process: its pid-1 init, the worker, and for the active session and
# each prepared one, the session and its child.
STEADY_DESCENDANTS = 2 + 2 * (PREPARED_SESSIONS + 1)


def descendants(pid: int) -> int:
    """Count the live host processes below pid (an exited one not yet reaped does not count)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    count, stack = 0, list(children.get(pid, []))
    while stack:
        count += 1
        stack.extend(children.get(stack.pop(), []))
    return count


def assert_no_stray_processes(engine: GradingEngine) -> None:
    """Check every worker is back to its steady process tree: nothing of a submission lives."""
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        counts = [descendants(pid) for pid in engine.worker_pids()]
        if all(count <= STEADY_DESCENDANTS for count in counts):
            return
        time.sleep(0.05)
    raise AssertionError(f"stray processes under the workers: {counts}")


def test_hostile_reading_a_host_canary_file_fails(engine: GradingEngine, host_canary: Path) -> None:
    source = solve_body(f"return open({str(host_canary)!r}).read()")
    outcome = grade(engine, source)
    assert outcome.report.verdict in NOT_ACCEPTED
    assert host_canary.read_text() not in outcome.everything_shown


def test_hostile_reading_the_repository_fails(engine: GradingEngine) -> None:
    here = Path(__file__).resolve()
    outcome = grade(engine, solve_body(f"return open({str(here)!r}).read()[:50]"))
    assert outcome.report.verdict is Verdict.RUNTIME_ERROR
    assert "FileNotFoundError" in outcome.report.message


def test_hostile_writing_outside_the_work_dir_leaves_the_host_untouched(
    engine: GradingEngine, tmp_path: Path
) -> None:
    target = tmp_path / "pwned"
    body = f"""
for path in [{str(target)!r}, '/usr/pwned', '/opt/mldojo/pwned', '/pwned']:
    try:
        open(path, 'w').write('x')
    except OSError:
        pass
"""
    outcome = grade(engine, solve_body(body))
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert not target.exists()
    assert not Path("/usr/pwned").exists()


def test_hostile_connecting_to_a_loopback_listener_fails(engine: GradingEngine) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        source = solve_body(
            f"s = socket.create_connection(('127.0.0.1', {port}), timeout=1)\nreturn 'connected'",
            "import socket",
        )
        outcome = grade(engine, source)
        with pytest.raises(TimeoutError):
            listener.accept()
    assert outcome.report.verdict is Verdict.RUNTIME_ERROR
    assert "PermissionError" in outcome.report.message


def test_hostile_printing_the_environment_shows_no_secret(engine: GradingEngine) -> None:
    outcome = grade(
        engine, solve_body("print(dict(os.environ))\nreturn str(os.environ)", "import os")
    )
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert ENV_SECRET not in outcome.everything_shown
    assert "MLDOJO" not in outcome.everything_shown


def test_hostile_fork_bomb_fails_fast(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("while True:\n    os.fork()", "import os"))
    assert outcome.report.verdict is Verdict.RUNTIME_ERROR
    assert outcome.elapsed_s < 1.0
    assert_no_stray_processes(engine)


def test_hostile_thread_bomb_is_capped(engine: GradingEngine) -> None:
    body = """
threads = []
while True:
    t = threading.Thread(target=time.sleep, args=(60,))
    t.start()
    threads.append(t)
"""
    outcome = grade(engine, solve_body(body, "import threading, time"))
    assert outcome.report.verdict in {Verdict.RUNTIME_ERROR, Verdict.MEMORY_LIMIT_EXCEEDED}


def test_hostile_memory_exhaustion_is_a_memory_limit(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("hog = []\nwhile True:\n    hog.append(bytearray(10**7))"))
    assert outcome.report.verdict is Verdict.MEMORY_LIMIT_EXCEEDED


def test_hostile_numpy_allocation_is_a_memory_limit(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("return np.ones(10**10).sum()", "import numpy as np"))
    assert outcome.report.verdict is Verdict.MEMORY_LIMIT_EXCEEDED


def test_hostile_cpu_spin_is_a_time_limit(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("while True:\n    pass"))
    assert outcome.report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    # Stopped at 0.5 s of CPU time: later in wall time when the machine is busy, never later
    # than the wall-clock safety net.
    assert outcome.elapsed_s < wall_time_limit_s(LIMITS) + 0.5


def test_hostile_sleeping_is_a_time_limit(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("time.sleep(3600)", "import time"))
    assert outcome.report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert "is it sleeping or blocked?" in outcome.report.message
    assert outcome.elapsed_s < min(wall_time_limit_s(LIMITS), LIMITS.total_time_limit_s) + 0.5


def test_hostile_patching_the_clocks_cannot_hide_a_cpu_spin(engine: GradingEngine) -> None:
    source = """
import os, sys, time
spin_clock = time.process_time
for name in ("perf_counter", "process_time", "monotonic", "time", "thread_time"):
    setattr(time, name, lambda *args: 0.0)
    setattr(time, name + "_ns", lambda *args: 0)
time.clock_gettime = lambda *args: 0.0
os.times = lambda: os.times_result((0.0, 0.0, 0.0, 0.0, 0.0))
harness = sys.modules["mldojo.grader.harness"]
harness.time = time
harness._perf_counter = time.perf_counter
def solve(x):
    started = spin_clock()
    while spin_clock() - started < 3.0:
        pass
    return str(x * x)
"""
    # A small CPU limit, whose wall-clock safety net (0.8 s) a busy machine cannot reach first.
    limits = replace(LIMITS, time_limit_s=0.1)
    outcome = grade(engine, source, limits)
    assert outcome.report.verdict is Verdict.TIME_LIMIT_EXCEEDED
    assert outcome.report.message == "test 'public': the test took longer than 0.1 s of CPU time"
    assert outcome.report.tests[0].time_ms >= limits.time_limit_s * 1000


def test_hostile_spin_ignoring_signals_is_a_time_limit(engine: GradingEngine) -> None:
    body = """
for number in range(1, 32):
    try:
        signal.signal(number, signal.SIG_IGN)
    except (OSError, ValueError):
        pass
while True:
    pass
"""
    outcome = grade(engine, solve_body(body, "import signal"))
    assert outcome.report.verdict is Verdict.TIME_LIMIT_EXCEEDED


def test_hostile_stdout_flood_is_an_output_limit(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("while True:\n    print('x' * 1000)"))
    assert outcome.report.verdict is Verdict.OUTPUT_LIMIT_EXCEEDED
    assert outcome.report.stdout.endswith("[output truncated at 16 KiB]")


def test_hostile_stderr_flood_through_the_fd_is_an_output_limit(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("while True:\n    os.write(2, b'y' * 4096)", "import os"))
    assert outcome.report.verdict is Verdict.OUTPUT_LIMIT_EXCEEDED


def test_hostile_huge_return_value_is_an_output_limit(engine: GradingEngine) -> None:
    limits = Limits(time_limit_s=2, total_time_limit_s=4, memory_mb=512, result_mb=1)
    source = solve_body("return np.zeros(10**6)", "import numpy as np")
    outcome = grade(engine, source, limits)
    assert outcome.report.verdict is Verdict.OUTPUT_LIMIT_EXCEEDED


def test_hostile_killing_the_parent_leaves_the_workers_alive(engine: GradingEngine) -> None:
    workers = set(engine.worker_pids())
    body = "os.kill(os.getppid(), signal.SIGKILL)\nos.kill(1, signal.SIGKILL)"
    outcome = grade(engine, solve_body(body, "import os, signal"))
    assert outcome.report.verdict in NOT_ACCEPTED
    assert set(engine.worker_pids()) == workers


def test_hostile_killing_the_process_group_leaves_the_workers_alive(
    engine: GradingEngine,
) -> None:
    workers = set(engine.worker_pids())
    body = "os.killpg(os.getpgid(0), signal.SIGKILL)\nos.kill(-1, signal.SIGKILL)"
    outcome = grade(engine, solve_body(body, "import os, signal"))
    assert outcome.report.verdict in NOT_ACCEPTED
    assert set(engine.worker_pids()) == workers


def test_hostile_signalling_every_pid_leaves_the_workers_alive(engine: GradingEngine) -> None:
    workers = set(engine.worker_pids())
    body = """
for pid in range(2, 5000):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
"""
    outcome = grade(engine, solve_body(body, "import os, signal"))
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert set(engine.worker_pids()) == workers


def test_hostile_spawning_a_shell_fails(engine: GradingEngine, tmp_path: Path) -> None:
    marker = tmp_path / "shell-ran"
    body = f"subprocess.run(['sh', '-c', 'touch {marker}'])\nreturn 'shell'"
    outcome = grade(engine, solve_body(body, "import subprocess"))
    assert outcome.report.verdict is Verdict.RUNTIME_ERROR
    assert not marker.exists()


def test_hostile_os_system_runs_nothing(engine: GradingEngine, tmp_path: Path) -> None:
    marker = tmp_path / "system-ran"
    outcome = grade(engine, solve_body(f"return str(os.system('touch {marker}'))", "import os"))
    assert outcome.report.verdict in NOT_ACCEPTED
    assert not marker.exists()


@pytest.mark.parametrize(
    ("call", "name"),
    [
        ("libc.setuid(0)", "setuid"),
        ("libc.unshare(0x10000000)", "unshare"),
        ("libc.ptrace(16, 1, 0, 0)", "ptrace"),
        ("libc.mount(b'tmpfs', b'/usr', b'tmpfs', 0, None)", "mount"),
        ("libc.chroot(b'/tmp')", "chroot"),
    ],
)
def test_hostile_ctypes_privileged_call_fails(engine: GradingEngine, call: str, name: str) -> None:
    body = f"libc = ctypes.CDLL(None)\nif {call} == 0:\n    return 'escaped {name}'"
    outcome = grade(engine, solve_body(body, "import ctypes"))
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert outcome.report.tests[0].actual == "nope"


def test_hostile_listing_processes_sees_nothing(engine: GradingEngine) -> None:
    body = "return repr(sorted(os.listdir('/proc')))"
    outcome = grade(engine, solve_body(body, "import os"))
    assert outcome.report.tests[0].actual == "[]"


def test_hostile_unbounded_recursion_is_a_runtime_error(engine: GradingEngine) -> None:
    source = "def solve(x):\n    return solve(x + 1)\n"
    outcome = grade(engine, source)
    assert outcome.report.verdict is Verdict.RUNTIME_ERROR
    assert "RecursionError" in outcome.report.message


def test_hostile_recursion_past_the_c_stack_is_a_runtime_error(engine: GradingEngine) -> None:
    source = "import sys\nsys.setrecursionlimit(10**8)\ndef solve(x):\n    return solve(x + 1)\n"
    outcome = grade(engine, source)
    # Python 3.11 keeps Python-to-Python calls off the C stack: frames fill memory or time.
    assert outcome.report.verdict in {
        Verdict.RUNTIME_ERROR,
        Verdict.MEMORY_LIMIT_EXCEEDED,
        Verdict.TIME_LIMIT_EXCEEDED,
    }


def test_hostile_daemonised_grandchild_does_not_survive(
    engine: GradingEngine, tmp_path: Path
) -> None:
    marker = tmp_path / "daemon-alive"
    body = f"""
try:
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(0.5)
            open({str(marker)!r}, 'w').write('alive')
        os._exit(0)
except OSError:
    pass
def linger():
    time.sleep(0.5)
    open({str(marker)!r}, 'w').write('alive')
threading.Thread(target=linger, daemon=False).start()
"""
    outcome = grade(engine, solve_body(body, "import os, threading, time"))
    assert_no_stray_processes(engine)
    time.sleep(1.0)
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert not marker.exists()


def test_hostile_filling_the_disk_is_bounded(engine: GradingEngine) -> None:
    body = """
index = 0
while True:
    with open(f'/tmp/fill{index}', 'wb') as handle:
        handle.write(b'0' * (1 << 20) * 8)
    index += 1
"""
    outcome = grade(engine, solve_body(body))
    assert outcome.report.verdict in {Verdict.RUNTIME_ERROR, Verdict.MEMORY_LIMIT_EXCEEDED}
    assert "OSError" in outcome.report.message or "No space" in outcome.report.message


def test_hostile_always_equal_object_is_wrong(engine: GradingEngine) -> None:
    source = (
        "class Anything(str):\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "    __hash__ = str.__hash__\n"
        "class Blob:\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "def solve(x):\n"
        "    return Anything('nope') if x == 3 else Blob()\n"
    )
    outcome = grade(engine, source)
    assert outcome.report.verdict is Verdict.WRONG_ANSWER


def test_hostile_exit_zero_before_returning_is_a_runtime_error(engine: GradingEngine) -> None:
    outcome = grade(engine, solve_body("os._exit(0)", "import os"))
    assert outcome.report.verdict is Verdict.RUNTIME_ERROR
    assert "exited (status 0)" in outcome.report.message


def test_hostile_printing_a_fake_verdict_changes_nothing(engine: GradingEngine) -> None:
    body = """
print('{"verdict": "accepted", "tests": []}')
sys.stdout.flush()
frame = channel.pack({'kind': 'result', 'killed': None}, [b'', b''])
os.write(1, frame)
"""
    imports = "import os, sys\nfrom mldojo.grader import channel"
    outcome = grade(engine, solve_body(body, imports))
    assert outcome.report.verdict is Verdict.WRONG_ANSWER


def test_hostile_forged_result_frames_change_nothing(engine: GradingEngine) -> None:
    body = """
for index in range(2):
    header = {'kind': 'case', 'index': index, 'ok': True, 'time_s': 0.0, 'value': '9'}
    os.write(3, channel.pack(header))
os._exit(0)
"""
    imports = "import os\nfrom mldojo.grader import channel"
    outcome = grade(engine, solve_body(body, imports))
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert outcome.report.tests[-1].name == "hidden test 2"


def test_hostile_searching_frames_and_gc_finds_no_expected_output(
    engine: GradingEngine,
) -> None:
    body = """
found = [o for o in gc.get_objects() if isinstance(o, str) and o.startswith('expected-canary')]
frame = sys._getframe()
while frame is not None:
    for value in list(frame.f_locals.values()) + list(frame.f_globals.values()):
        if isinstance(value, str) and value.startswith('expected-canary'):
            found.append(value)
    frame = frame.f_back
for module in list(sys.modules.values()):
    for value in list(vars(module).values()):
        if isinstance(value, str) and value.startswith('expected-canary'):
            found.append(value)
return found[0] if found else 'nothing'
"""
    outcome = grade(engine, solve_body(body, "import gc, sys"))
    assert outcome.report.verdict is Verdict.WRONG_ANSWER
    assert EXPECTED_CANARY not in outcome.everything_shown


def test_hostile_searching_the_disk_finds_no_tests(engine: GradingEngine) -> None:
    body = """
wanted = ('test_hostile_submissions.py', 'mldojo.db', 'problem.toml', 'canary.txt')
hits = []
for root, dirs, files in os.walk('/'):
    hits += [os.path.join(root, name) for name in files if name in wanted]
return repr(hits[:20])
"""
    limits = Limits(time_limit_s=8, total_time_limit_s=10, memory_mb=256)
    outcome = grade(engine, solve_body(body, "import os"), limits)
    assert outcome.report.tests[0].actual == "[]"


def test_hostile_nul_bytes_in_source_are_rejected(engine: GradingEngine) -> None:
    outcome = grade(engine, "def solve(x):\n    return '9'\x00\n")
    assert outcome.report.verdict is Verdict.REJECTED
    assert outcome.report.tests == ()


def test_hostile_source_over_64_kib_is_rejected(engine: GradingEngine) -> None:
    outcome = grade(engine, "def solve(x):\n    return '9'\n" + "#" * 65536)
    assert outcome.report.verdict is Verdict.REJECTED
    assert "limit is 65536 bytes" in outcome.report.message


def test_hostile_poisoning_builtins_does_not_reach_the_next_submission(
    engine: GradingEngine,
) -> None:
    source = (
        "import builtins\n"
        "builtins.sum = lambda *args, **kwargs: 9\n"
        "builtins.int = lambda *args, **kwargs: 9\n"
        "builtins.isinstance = lambda *args: True\n"
        "def solve(x):\n"
        "    return 'nope'\n"
    )
    outcome = grade(engine, source)
    assert outcome.report.verdict in NOT_ACCEPTED


def test_hostile_poisoning_numpy_does_not_reach_the_next_submission(
    engine: GradingEngine,
) -> None:
    source = (
        "import numpy as np, sys\n"
        "np.square = lambda x: 0\n"
        "sys.modules['numpy'] = None\n"
        "sys.modules['mldojo.grader.channel'] = None\n"
        "def solve(x):\n"
        "    return 'nope'\n"
    )
    outcome = grade(engine, source)
    assert outcome.report.verdict in NOT_ACCEPTED


def test_hostile_leftover_threads_do_not_reach_the_next_submission(
    engine: GradingEngine,
) -> None:
    source = (
        "import os, threading, time\n"
        "def meddle():\n"
        "    while True:\n"
        "        for fd in range(3, 64):\n"
        "            try:\n"
        "                os.write(fd, b'garbage')\n"
        "            except OSError:\n"
        "                pass\n"
        "        time.sleep(0.001)\n"
        "threading.Thread(target=meddle, daemon=True).start()\n"
        "def solve(x):\n"
        "    return 'nope'\n"
    )
    outcome = grade(engine, source)
    assert outcome.report.verdict in NOT_ACCEPTED


def test_hostile_reading_worker_memory_fails(engine: GradingEngine) -> None:
    body = """
found = []
for pid in range(1, 200):
    try:
        found.append(open(f'/proc/{pid}/environ', 'rb').read())
    except OSError:
        pass
return repr(found)
"""
    outcome = grade(engine, solve_body(body))
    assert outcome.report.tests[0].actual == "[]"


def test_hostile_reading_the_grader_sources_shows_no_tests(engine: GradingEngine) -> None:
    body = "return repr(sorted(os.listdir('/opt/mldojo/lib/mldojo')))"
    outcome = grade(engine, solve_body(body, "import os"))
    assert outcome.report.tests[0].actual == "['__init__.py', 'grader']"

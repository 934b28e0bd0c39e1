"""The warm worker: a long-lived sandboxed process that grades one submission per fork.

Three processes take part in each submission:

- the worker itself, which imported NumPy once, never reads a job and stays pristine;
- a session process forked from it before the job arrives: it drops privileges, enters fresh
  namespaces, forks the child and waits for its turn; then it tells the parent it is ready,
  learns the job's limits from the child and supervises it (the child's CPU and wall-clock
  time per test, read from outside it; output and result size);
- the child, pid 1 of its own namespaces: it confines itself (mounts, capabilities, seccomp)
  and warms up before its turn, then reads the job from the parent, closes that channel, sets
  its rlimits and runs the harness.

So a submission starts in a fork that is already confined, and nothing it does can reach the
worker or the next submission. Runs inside the sandbox: standard library and NumPy only.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import socket
import sys
import time
import traceback
from collections import deque
from typing import Any

import numpy as np

from mldojo.grader import channel, confinement, harness, leetcode, seccomp, supervisor

MAX_JOB_BYTES = 512 << 20
PREPARE_TIMEOUT_S = 10.0
TMP_SIZE_MB = 32
TMP_INODES = 2048
FILE_BYTES = 16 << 20
CHILD_PROCESSES = 16  # threads count too; the session and the child take two
OPEN_FILES = 64
STACK_BYTES = 64 << 20  # deep recursion crashes quickly instead of eating the memory limit
CHILD_RESULT_FD, CHILD_GO_FD, CHILD_OUTPUT_FD, CHILD_NULL_FD, CHILD_PARENT_FD = 3, 4, 5, 6, 7
EXIT_PARENT_GONE = 3
HIGH_FD = 100
PREPARED_SESSIONS = 2  # ready in advance: back-to-back jobs never wait for a preparation


def main(argv: list[str]) -> None:
    """Serve the parent over stdin/stdout until it closes the channel."""
    mode = argv[1] if len(argv) > 1 else "bwrap"
    if len(argv) > 2:
        confinement.die_with_parent(int(argv[2]))
    from_parent, to_parent = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    confinement.set_dumpable(False)
    # Warm what every submission needs, once, before the first fork.
    np.ones(3).sum()
    leetcode.prelude()
    with contextlib.suppress(seccomp.SeccompUnavailableError):
        seccomp.compiled_filter()
    # Move every object to the permanent generation: a collection in a child would otherwise
    # touch, and so copy, every page of the interpreter it shares with the worker.
    gc.freeze()
    worker_pid = os.getpid()
    waiting: deque[tuple[int, int]] = deque()  # prepared sessions: (pid, link socket)
    finishing: list[int] = []  # sessions that answered and are reaping their child

    def refill(active_link: int) -> None:
        while len(waiting) < PREPARED_SESSIONS:
            links = [link for _, link in waiting] + [active_link]
            waiting.append(start_session(worker_pid, from_parent, to_parent, mode, links))

    refill(-1)
    while True:
        session, link = waiting.popleft()
        try:
            os.write(link, b"g")
        except OSError:
            sys.exit(1)  # it died while preparing: let the parent replace this worker
        answered = os.read(link, 1) == b"d"
        os.close(link)
        # Prepare a replacement only now: preparing while this session grades would take CPU
        # from it. Another prepared session is already waiting for the next job.
        refill(-1)
        if answered:
            # The next session may take the next job now; this one's teardown goes on aside.
            finishing.append(session)
        else:
            _check_exit(os.waitpid(session, 0)[1])
        for pid in list(finishing):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                finishing.remove(pid)
                _check_exit(status)


def _check_exit(status: int) -> None:
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(0 if code == EXIT_PARENT_GONE else 1)


def start_session(
    worker_pid: int, from_parent: int, to_parent: int, mode: str, other_links: list[int]
) -> tuple[int, int]:
    """Fork a session that prepares its child, then waits for its turn on a link socket."""
    worker_end, session_end = socket.socketpair()
    session = os.fork()
    if session == 0:
        code = 1
        try:
            worker_end.close()
            for link in other_links:
                if link >= 0:
                    os.close(link)
            code = run_session(worker_pid, from_parent, to_parent, mode, session_end.detach())
        except BaseException:
            traceback.print_exc()
            raise
        finally:
            os._exit(code)
    session_end.close()
    return session, worker_end.detach()


def run_session(worker_pid: int, from_parent: int, to_parent: int, mode: str, link: int) -> int:
    """Prepare a confined child, wait for the turn, take one job, supervise it, answer.

    The link socket to the worker carries "g" (your turn) in and "d" (answered) out.
    """
    confinement.die_with_parent(worker_pid)
    result_r, result_w = os.pipe()
    output_r, output_w = os.pipe()
    child_go_r, child_go_w = os.pipe()
    features: dict[str, Any] = {"kind": "ready", "mode": mode, "uid_dropped": False}
    try:
        features["uid_dropped"] = confinement.drop_to_sandbox_uid()
        confinement.enter_namespaces()
        features["namespaces"] = True
    except (OSError, confinement.ConfinementError) as exc:
        features["namespaces"] = False
        features["namespace_error"] = str(exc)
    session_pid = os.getpid()
    child = os.fork()
    if child == 0:
        code = 1
        try:
            os.close(to_parent)
            for fd in (result_r, output_r, child_go_w, link):
                os.close(fd)
            isolated = bool(features["namespaces"])
            run_child(session_pid, child_go_r, from_parent, result_w, output_w, isolated)
            code = 0
        except BaseException:
            traceback.print_exc()
            raise
        finally:
            os._exit(code)
    for fd in (child_go_r, result_w, output_w):
        os.close(fd)
    try:
        prepared = channel.read_frame(
            result_r, max_frame_bytes=1 << 16, deadline=time.monotonic() + PREPARE_TIMEOUT_S
        )
        features.update(channel.unpack(prepared)[0])
    except (EOFError, TimeoutError, channel.ChannelError) as exc:
        features["kind"], features["error"] = "broken", f"child did not prepare: {exc}"
    try:
        # Each test's limit is judged on this clock: a worker that cannot read it never grades.
        time.clock_gettime(supervisor.ChildCpuClock(child).clock_id)
    except OSError as exc:
        features["kind"], features["error"] = "broken", f"cannot read the child's CPU time: {exc}"
    warm_up_session()
    if os.read(link, 1) != b"g":
        return 1  # the worker is gone
    # The child reads the job from the parent itself: one process wake-up fewer per job.
    try:
        os.write(child_go_w, b"g")
    except BrokenPipeError:
        features["kind"], features["error"] = "broken", "child died while waiting"
    os.close(child_go_w)
    channel.write_all(to_parent, channel.pack(features))
    if features["kind"] != "ready":
        return 1
    try:
        # Sent by the child after reading the job and before running any submission code.
        job = channel.unpack(channel.read_frame(result_r, max_frame_bytes=1 << 20))[0]
    except (EOFError, channel.ChannelError):
        return EXIT_PARENT_GONE
    limits = job["limits"]
    nonce = job.get("nonce")
    watch = supervisor.Watch(
        output_bytes=int(limits["output_kb"]) * 1024,
        result_bytes=int(limits["result_mb"]) << 20,
        expected_frames=1 + int(job["cases"]),
    )
    reader = channel.FrameReader(watch.result_bytes)

    def relay(frame_bodies: list[bytes], elapsed: list[float], cpu: list[float]) -> None:
        message = {"kind": "frames", "nonce": nonce, "frame_times": elapsed, "frame_cpu": cpu}
        channel.write_all(to_parent, channel.pack(message, frame_bodies))

    answered = supervisor.supervise(
        child,
        result_r,
        output_r,
        reader,
        watch,
        cpu_time_s=float(limits["time_limit_s"]),
        wall_time_s=float(limits["wall_time_limit_s"]),
        total_time_s=float(limits["total_time_limit_s"]),
        relay=relay if job.get("stream") else None,
        stop_fd=from_parent,
    )
    header = watch.header()
    header["nonce"] = nonce
    remaining = watch.frames[watch.relayed :]
    channel.write_all(to_parent, channel.pack(header, [bytes(watch.output), *remaining]))
    os.write(link, b"d")
    if answered:
        supervisor.reap(child, watch)
    return 0


def read_job(from_parent: int) -> tuple[bytes, dict[str, Any]]:
    """Return the next job from the parent, skipping stop frames meant for earlier jobs."""
    while True:
        body = channel.read_frame(from_parent, max_frame_bytes=MAX_JOB_BYTES)
        header = channel.unpack(body)[0]
        if header.get("kind") != "stop":
            return body, header


def run_child(
    session_pid: int, go_r: int, from_parent: int, result_w: int, output_w: int, isolated: bool
) -> None:
    """Confine this process, wait for the turn, read the job from the parent, run the harness."""
    confinement.die_with_parent(0 if isolated else session_pid)
    # Its own session and process group: kill(0) and killpg() then reach only the child.
    os.setsid()
    if isolated:
        confinement.mount_private_dirs(TMP_SIZE_MB, TMP_INODES)
        os.chdir("/tmp")  # noqa: S108 - the tmpfs just mounted for this child alone
    baseline_vm = confinement.vm_size_bytes() if os.path.exists("/proc/self/statm") else 0
    null = os.open(os.devnull, os.O_RDWR)
    # Lift every source above the targets first, so no dup2 overwrites a source not yet moved.
    moves = [
        (CHILD_NULL_FD, fcntl.fcntl(null, fcntl.F_DUPFD, HIGH_FD)),
        (CHILD_OUTPUT_FD, fcntl.fcntl(output_w, fcntl.F_DUPFD, HIGH_FD)),
        (CHILD_GO_FD, fcntl.fcntl(go_r, fcntl.F_DUPFD, HIGH_FD)),
        (CHILD_PARENT_FD, fcntl.fcntl(from_parent, fcntl.F_DUPFD, HIGH_FD)),
        (CHILD_RESULT_FD, fcntl.fcntl(result_w, fcntl.F_DUPFD, HIGH_FD)),
    ]
    for target, source in moves:
        os.dup2(source, target)
    os.dup2(CHILD_NULL_FD, 0)
    os.dup2(CHILD_OUTPUT_FD, 1)
    os.dup2(CHILD_OUTPUT_FD, 2)
    os.closerange(CHILD_PARENT_FD + 1, 1 << 20)
    confinement.drop_capabilities()
    prepared: dict[str, Any] = {"kind": "ready", "seccomp": False}
    try:
        seccomp.install_filter()
        prepared["seccomp"] = True
    except seccomp.SeccompUnavailableError as exc:
        prepared["seccomp_error"] = str(exc)
    warm_up_child()
    channel.write_all(CHILD_RESULT_FD, channel.pack(prepared))
    if os.read(CHILD_GO_FD, 1) != b"g":
        return  # the session is gone
    os.close(CHILD_GO_FD)
    try:
        body, job = read_job(CHILD_PARENT_FD)
    except EOFError:
        return
    # Closed before any submission code runs: the child cannot read the parent's later frames.
    os.close(CHILD_PARENT_FD)
    blobs = channel.unpack(body)[1]
    limits = job["limits"]
    info = {"kind": "job", "nonce": job.get("nonce"), "stream": bool(job.get("stream"))}
    info.update({"limits": limits, "cases": len(job["cases"])})
    channel.write_all(CHILD_RESULT_FD, channel.pack(info))
    confinement.apply_rlimits(
        cpu_seconds=int(float(limits["total_time_limit_s"])) + 2,
        address_space_bytes=baseline_vm + (int(limits["memory_mb"]) << 20),
        processes=CHILD_PROCESSES,
        stack_bytes=STACK_BYTES,
        file_bytes=FILE_BYTES,
        open_files=OPEN_FILES,
    )
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    harness.run_job(job, blobs, CHILD_RESULT_FD, _output_switch())
    _flush_standard_streams()


def warm_up_child() -> None:
    """Run the harness once on a throwaway job while waiting for the real one.

    A forked child copies each page of the interpreter the first time it writes to it, and
    Python writes to every object it touches (reference counts): paying those copies now
    keeps them off the submission's latency.
    """
    blobs: list[bytes] = []
    args = channel.encode_value([np.arange(6.0).reshape(2, 3), [1, 2], {"a": 1}], blobs)
    job = {
        "source": "import numpy as np\ndef warm(x, y, z):\n    return np.maximum(x, 0.0), y\n",
        "entry": {"style": "function", "name": "warm", "arg_kinds": ["ndarray"]},
        "cases": [{"args": args, "public": True}],
    }
    harness.run_job(job, blobs, CHILD_NULL_FD)
    sys.modules.pop("solution", None)


def warm_up_session() -> None:
    """Exercise the supervisor's framing once before the job arrives (see warm_up_child)."""
    body = channel.pack({"kind": "case", "value": [1.5, "x"]}, [b"blob"])
    reader = channel.FrameReader(1 << 20)
    for frame_body in reader.feed(body):
        channel.unpack(frame_body)
    supervisor.Watch(output_bytes=1, result_bytes=1, expected_frames=1).header()


def _output_switch() -> Any:
    """Return a function routing fds 1 and 2 to the output pipe or to /dev/null."""

    def show_output(visible: bool) -> None:
        _flush_standard_streams()
        target = CHILD_OUTPUT_FD if visible else CHILD_NULL_FD
        os.dup2(target, 1)
        os.dup2(target, 2)

    return show_output


def _flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()

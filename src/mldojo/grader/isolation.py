"""Which isolation the machine supports, and the checks `mldojo doctor` reports."""

from __future__ import annotations

import shutil
import subprocess

from mldojo.config import IsolationMode
from mldojo.domain.health import CheckResult, CheckStatus

BWRAP_INSTALL_FIX = "install bubblewrap: sudo apt-get install bubblewrap"


def bubblewrap_problem() -> str | None:
    """Return why bubblewrap cannot sandbox here, or None when it works."""
    path = shutil.which("bwrap")
    if path is None:
        return "bubblewrap (bwrap) is not installed"
    try:
        completed = subprocess.run(
            [
                path,
                "--ro-bind",
                "/",
                "/",
                "--unshare-all",
                "--die-with-parent",
                "--new-session",
                "--",
                "true",
            ],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bubblewrap failed to start: {exc}"
    if completed.returncode != 0:
        reason = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"bubblewrap cannot create namespaces here: {reason[-1] if reason else '?'}"
    return None


def confinement_problem(mode: IsolationMode) -> str | None:
    """Start one real worker; return why it cannot confine a submission, or None when it can."""
    # Imported here: the worker modules load NumPy, which the other doctor checks do not need.
    from mldojo.grader import sandbox
    from mldojo.grader.pool import Worker, WorkerFailure

    try:
        worker = Worker(sandbox.start_worker(mode, sandbox.Runtime.current()), True)
    except OSError as exc:
        return f"the grading worker does not start: {exc}"
    try:
        worker.ensure_ready(timeout=30)
    except WorkerFailure as exc:
        return str(exc)
    finally:
        worker.kill()
    return None


def check_isolation(mode: IsolationMode) -> CheckResult:
    """Report the isolation mode and whether this machine supports it."""
    if mode is IsolationMode.PROCESS:
        return CheckResult(
            "isolation",
            CheckStatus.WARNING,
            "process mode: rlimits only, UNSAFE for untrusted code; single user only",
            "install bubblewrap and set MLDOJO_ISOLATION=bwrap",
        )
    problem = bubblewrap_problem() or confinement_problem(mode)
    if problem is None:
        return CheckResult(
            "isolation",
            CheckStatus.OK,
            "bwrap: namespaces, no network, seccomp, rlimits, per-submission pid namespace",
        )
    return CheckResult(
        "isolation",
        CheckStatus.FAILED,
        problem,
        f"{BWRAP_INSTALL_FIX} (or, alone on your own machine, MLDOJO_ISOLATION=process)",
    )


def check_redis(redis_url: str | None, *, required: bool) -> CheckResult:
    """Check that the Redis broker answers, when one is configured."""
    if not redis_url:
        if required:
            return CheckResult(
                "redis",
                CheckStatus.FAILED,
                "MLDOJO_GRADER=celery but MLDOJO_REDIS_URL is not set",
                "set MLDOJO_REDIS_URL=redis://127.0.0.1:6379/0",
            )
        return CheckResult("redis", CheckStatus.SKIPPED, "not configured (grading is local)")
    import redis

    from mldojo.config import mask_url_password

    shown = mask_url_password(redis_url)
    try:
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=3, socket_timeout=3)
        client.ping()
    except (redis.RedisError, OSError, ValueError) as exc:
        return CheckResult(
            "redis",
            CheckStatus.FAILED if required else CheckStatus.WARNING,
            f"{shown}: {exc}",
            "start Redis (redis-server) or fix MLDOJO_REDIS_URL",
        )
    return CheckResult("redis", CheckStatus.OK, shown)

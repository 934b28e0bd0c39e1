"""The command line that starts a warm worker: under bubblewrap, or as a plain process.

Under bubblewrap the worker sees a read-only runtime (system libraries, the Python installation,
the site-packages holding NumPy, and the few grader modules it runs) and nothing else of the
host: no home, no /work, no database, content bank or tests, no network, a cleared environment.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mldojo.config import IsolationMode

# Modules the worker imports; only these files of mldojo are visible inside the sandbox.
SANDBOX_MODULES = (
    "channel",
    "confinement",
    "harness",
    "leetcode",
    "seccomp",
    "supervisor",
    "worker_main",
)
SANDBOX_ROOT = "/opt/mldojo"
SANDBOX_LIB = f"{SANDBOX_ROOT}/lib"
SANDBOX_SITE = f"{SANDBOX_ROOT}/site"
SYSTEM_DIRS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ENVIRONMENT = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": "/tmp",  # noqa: S108 - the child's own private tmpfs
    "LANG": "C.UTF-8",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}
BOOTSTRAP = (
    "import sys; sys.path[:0] = {paths!r}; "
    "from mldojo.grader.worker_main import main; main(sys.argv)"
)


@dataclass(frozen=True)
class Runtime:
    """Where the host keeps what the worker needs to run."""

    python: Path
    prefixes: tuple[Path, ...]
    site_dirs: tuple[Path, ...]
    package_dir: Path  # the directory holding the `mldojo` package

    @classmethod
    def current(cls) -> Runtime:
        """Describe the interpreter running this process."""
        python = Path(getattr(sys, "_base_executable", sys.executable))
        numpy_site = Path(np.__file__).resolve().parents[1]
        sites = [numpy_site]
        for entry in site.getsitepackages():
            path = Path(entry).resolve()
            if path.is_dir() and path not in sites:
                sites.append(path)
        prefixes = {Path(sys.base_prefix).resolve(), Path(sys.base_exec_prefix).resolve()}
        package_dir = Path(__file__).resolve().parents[2]
        return cls(python, tuple(sorted(prefixes)), tuple(sites), package_dir)


def bwrap_path() -> str | None:
    """Return the bubblewrap executable, or None when it is not installed."""
    return shutil.which("bwrap")


def bwrap_command(runtime: Runtime, bwrap: str) -> list[str]:
    """Return the bubblewrap command line that starts one sandboxed worker."""
    args = [
        bwrap,
        "--unshare-ipc",
        "--unshare-pid",
        "--unshare-net",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--die-with-parent",
        "--new-session",
        "--hostname",
        "sandbox",
        "--tmpfs",
        "/",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for path in SYSTEM_DIRS:
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    args += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    binds: list[tuple[str, str]] = [
        (str(prefix), str(prefix))
        for prefix in runtime.prefixes
        if not str(prefix).startswith("/usr/")
    ]
    binds += [(str(path), f"{SANDBOX_SITE}/{i}") for i, path in enumerate(runtime.site_dirs)]
    binds += [
        (str(runtime.package_dir / relative), f"{SANDBOX_LIB}/{relative}")
        for relative in sandbox_files()
    ]
    # bubblewrap creates missing parents as 0700 root: the unprivileged child could not
    # traverse them, so create them first, world-readable.
    for directory in parent_dirs([inside for _, inside in binds]):
        args += ["--perms", "0755", "--dir", directory]
    for host, inside in binds:
        args += ["--ro-bind", host, inside]
    for index, site_dir in enumerate(runtime.site_dirs):
        if (site_dir / "mldojo").is_dir():
            # An installed copy of mldojo would show the content bank: hide it.
            hidden = f"{SANDBOX_SITE}/{index}/mldojo"
            args += ["--tmpfs", hidden, "--remount-ro", hidden]
    # /tmp is only a mount point here: each child mounts its own size-capped tmpfs on it.
    args += ["--dev", "/dev", "--proc", "/proc", "--dir", "/tmp"]  # noqa: S108
    args += ["--chdir", "/", "--clearenv"]
    for name, value in ENVIRONMENT.items():
        args += ["--setenv", name, value]
    if os.geteuid() == 0:
        # bubblewrap run by root keeps every capability unless told otherwise; the worker needs
        # only these two, to hand each submission to the unprivileged sandbox uid.
        args += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    args += ["--remount-ro", "/", "--"]
    site_paths = [f"{SANDBOX_SITE}/{i}" for i in range(len(runtime.site_dirs))]
    return args + python_command(runtime.python, [SANDBOX_LIB, *site_paths], "bwrap")


def parent_dirs(paths: list[str]) -> list[str]:
    """Return every ancestor directory of the paths, shallowest first, / excluded."""
    parents: set[str] = set()
    for path in paths:
        parts = path.strip("/").split("/")[:-1]
        parents.update("/" + "/".join(parts[: i + 1]) for i in range(len(parts)))
    return sorted(parents, key=lambda path: (path.count("/"), path))


def process_command(runtime: Runtime) -> list[str]:
    """Return the command line of an unsandboxed worker (rlimits and namespaces only)."""
    paths = [str(runtime.package_dir), *map(str, runtime.site_dirs)]
    return python_command(runtime.python, paths, "process", str(os.getpid()))


def python_command(python: Path, paths: list[str], *args: str) -> list[str]:
    """Return an isolated interpreter command that runs the worker with these import paths."""
    bootstrap = BOOTSTRAP.format(paths=paths)
    return [str(python), "-I", "-S", "-B", "-X", "utf8", "-c", bootstrap, *args]


def sandbox_files() -> list[str]:
    """Return the package files the worker needs, relative to the package directory."""
    files = ["mldojo/__init__.py", "mldojo/grader/__init__.py"]
    return files + [f"mldojo/grader/{name}.py" for name in SANDBOX_MODULES]


def start_worker(isolation: IsolationMode, runtime: Runtime) -> subprocess.Popen[bytes]:
    """Start one worker process with pipes on its stdin and stdout."""
    if isolation is IsolationMode.BWRAP:
        bwrap = bwrap_path()
        if bwrap is None:
            raise FileNotFoundError("bubblewrap (bwrap) is not installed")
        command = bwrap_command(runtime, bwrap)
    else:
        command = process_command(runtime)
    debug = os.environ.get("MLDOJO_GRADER_DEBUG") == "1"
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=None if debug else subprocess.DEVNULL,
        env=dict(ENVIRONMENT),
        cwd="/",
        close_fds=True,
        start_new_session=True,
    )

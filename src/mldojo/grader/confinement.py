"""Kernel-level confinement of one submission: uid, namespaces, mounts, capabilities, rlimits.

The supervisor (forked from the worker per submission) drops to an unprivileged uid when the
worker runs as root, then enters a fresh user, pid and mount namespace. Its child becomes pid 1 of
that pid namespace: it cannot see, signal or trace the worker or the supervisor, every process it
starts dies with it, and it mounts its own size-capped /tmp and an empty /proc. Runs inside the
sandbox: standard library only.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal

SANDBOX_UID = 65534  # "nobody": owns no files and no processes the child could reach
INNER_UID = 1000
CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_CAP_AMBIENT = 47
PR_CAP_AMBIENT_CLEAR_ALL = 4
_LINUX_CAPABILITY_VERSION_3 = 0x20080522

_libc = ctypes.CDLL(None, use_errno=True)


class ConfinementError(Exception):
    """A confinement step failed."""


def _check(result: int, what: str) -> None:
    if result != 0:
        error = ctypes.get_errno()
        raise ConfinementError(f"{what}: {os.strerror(error)} (errno {error})")


def set_dumpable(dumpable: bool) -> None:
    """Allow or forbid ptrace, core dumps and /proc access to this process's memory."""
    _check(_libc.prctl(PR_SET_DUMPABLE, int(dumpable), 0, 0, 0), "prctl(PR_SET_DUMPABLE)")


def die_with_parent(expected_parent: int) -> None:
    """Get SIGKILL when the parent dies; exit now when it already has."""
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl(PR_SET_PDEATHSIG)")
    if os.getppid() != expected_parent:
        os._exit(70)


def drop_to_sandbox_uid() -> bool:
    """Become the sandbox uid when running as root; return whether the uid changed."""
    if os.geteuid() != 0:
        return False
    os.setgroups([])
    os.setresgid(SANDBOX_UID, SANDBOX_UID, SANDBOX_UID)
    os.setresuid(SANDBOX_UID, SANDBOX_UID, SANDBOX_UID)
    return True


def enter_namespaces() -> None:
    """Enter new user, pid and mount namespaces; the next child forked is their pid 1."""
    outer_uid, outer_gid = os.geteuid(), os.getegid()
    # Changing uid made the process non-dumpable, which hides /proc/self/*_map from itself.
    set_dumpable(True)
    try:
        _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS), "unshare")
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{INNER_UID} {outer_uid} 1")
        _write("/proc/self/gid_map", f"{INNER_UID} {outer_gid} 1")
    finally:
        set_dumpable(False)


def _write(path: str, text: str) -> None:
    with open(path, "w") as handle:
        handle.write(text)


def mount_private_dirs(tmp_size_mb: int, tmp_inodes: int) -> None:
    """Give this mount namespace a fresh size-capped /tmp and an empty read-only /proc."""
    _check(_libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None), "mount(private)")
    options = f"size={tmp_size_mb}m,nr_inodes={tmp_inodes},mode=0700".encode()
    flags = MS_NOSUID | MS_NODEV
    _check(_libc.mount(b"tmpfs", b"/tmp", b"tmpfs", flags, options), "mount(/tmp)")
    flags = MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC
    _check(_libc.mount(b"tmpfs", b"/proc", b"tmpfs", flags, b"size=4k,nr_inodes=8"), "mount(/proc)")


class _CapHeader(ctypes.Structure):
    _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))


class _CapData(ctypes.Structure):
    _fields_ = (
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    )


def drop_capabilities() -> None:
    """Drop every capability, including those held in the child's own user namespace."""
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "capset")
    _libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)


def vm_size_bytes() -> int:
    """Return this process's virtual memory size."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")


def apply_rlimits(
    *,
    cpu_seconds: int,
    address_space_bytes: int,
    processes: int,
    file_bytes: int,
    open_files: int,
    stack_bytes: int,
) -> None:
    """Set hard and soft limits together, so the child cannot raise them again."""
    for name, value in (
        (resource.RLIMIT_CPU, cpu_seconds),
        (resource.RLIMIT_AS, address_space_bytes),
        (resource.RLIMIT_NPROC, processes),
        (resource.RLIMIT_FSIZE, file_bytes),
        (resource.RLIMIT_NOFILE, open_files),
        (resource.RLIMIT_STACK, stack_bytes),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_MEMLOCK, 0),
        (resource.RLIMIT_MSGQUEUE, 0),
    ):
        resource.setrlimit(name, (value, value))

"""A small seccomp filter for the child: no new processes, no sockets, no kernel toys.

Threads stay allowed (clone with CLONE_THREAD; RLIMIT_NPROC caps how many), so learner code that
uses them still runs. Refused calls fail with EPERM rather than killing the child, so the learner
sees an ordinary Python error. Built with ctypes and prctl, no libseccomp needed. Runs inside the
sandbox: standard library only.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import platform
import struct

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
SECCOMP_RET_KILL_PROCESS = 0x80000000
CLONE_THREAD = 0x00010000

# BPF opcodes.
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_JSET_K = 0x45
_RET_K = 0x06
_OFFSET_NR = 0
_OFFSET_ARCH = 4
_OFFSET_ARG0_LOW = 16

_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
_X32_SYSCALL_BIT = 0x40000000

# Calls refused with EPERM. clone3 is answered ENOSYS instead, so the C library falls back to
# clone, whose flags the filter can inspect.
_DENIED = {
    "x86_64": {
        "socket": 41, "socketpair": 53, "fork": 57, "vfork": 58, "execve": 59, "ptrace": 101,
        "syslog": 103, "acct": 163, "mount": 165, "umount2": 166, "swapon": 167,
        "swapoff": 168, "reboot": 169, "pivot_root": 155, "chroot": 161, "init_module": 175,
        "delete_module": 176, "quotactl": 179, "add_key": 248, "request_key": 249,
        "keyctl": 250, "kexec_load": 246, "unshare": 272, "perf_event_open": 298,
        "name_to_handle_at": 303, "open_by_handle_at": 304, "setns": 308,
        "process_vm_readv": 310, "process_vm_writev": 311, "finit_module": 313,
        "kexec_file_load": 320, "bpf": 321, "execveat": 322, "userfaultfd": 323,
        "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432,
        "fspick": 433, "pidfd_getfd": 438, "mount_setattr": 442,
    },
    "aarch64": {
        "socket": 198, "socketpair": 199, "execve": 221, "ptrace": 117, "syslog": 116,
        "acct": 89, "mount": 40, "umount2": 39, "swapon": 224, "swapoff": 225,
        "reboot": 142, "pivot_root": 41, "chroot": 51, "init_module": 105,
        "delete_module": 106, "quotactl": 60, "add_key": 217, "request_key": 218,
        "keyctl": 219, "kexec_load": 104, "unshare": 97, "perf_event_open": 241,
        "name_to_handle_at": 264, "open_by_handle_at": 265, "setns": 268,
        "process_vm_readv": 270, "process_vm_writev": 271, "finit_module": 273,
        "kexec_file_load": 294, "bpf": 280, "execveat": 281, "userfaultfd": 282,
        "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432,
        "fspick": 433, "pidfd_getfd": 438, "mount_setattr": 442,
    },
}  # fmt: skip
_CLONE = {"x86_64": 56, "aarch64": 220}
_CLONE3 = 435


class SeccompUnavailableError(Exception):
    """This machine's architecture or kernel cannot take the filter."""


def _statement(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def build_filter(arch: str) -> bytes:
    """Return the BPF program for an architecture as packed sock_filter structs."""
    if arch not in _DENIED:
        raise SeccompUnavailableError(f"no seccomp filter for architecture {arch}")
    denied = sorted(_DENIED[arch].values())
    errno_eperm = SECCOMP_RET_ERRNO | errno.EPERM
    errno_enosys = SECCOMP_RET_ERRNO | errno.ENOSYS
    program = [
        _statement(_LD_W_ABS, _OFFSET_ARCH),
        _statement(_JEQ_K, _AUDIT_ARCH[arch], jt=1, jf=0),
        _statement(_RET_K, SECCOMP_RET_KILL_PROCESS),
        _statement(_LD_W_ABS, _OFFSET_NR),
    ]
    if arch == "x86_64":
        # x32 calls reuse numbers with a high bit; refuse the whole ABI.
        program.append(_statement(_JGE_K, _X32_SYSCALL_BIT, jt=0, jf=1))
        program.append(_statement(_RET_K, errno_eperm))
    # Each denied number jumps to the shared EPERM return placed after the list.
    tail = [
        _statement(_JEQ_K, _CLONE3, jt=0, jf=1),
        _statement(_RET_K, errno_enosys),
        _statement(_JEQ_K, _CLONE[arch], jt=0, jf=4),
        _statement(_LD_W_ABS, _OFFSET_ARG0_LOW),
        _statement(_JSET_K, CLONE_THREAD, jt=1, jf=0),
        _statement(_RET_K, errno_eperm),
        _statement(_RET_K, SECCOMP_RET_ALLOW),
        _statement(_RET_K, SECCOMP_RET_ALLOW),
    ]
    # Layout: [checks...][tail][EPERM]; check i jumps over the rest of the checks and the tail.
    checks = []
    for position, number in enumerate(denied):
        remaining = len(denied) - position - 1
        checks.append(_statement(_JEQ_K, number, jt=remaining + len(tail), jf=0))
    program.extend(checks)
    program.extend(tail)
    program.append(_statement(_RET_K, errno_eperm))
    return b"".join(program)


class _SockFprog(ctypes.Structure):
    _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.c_void_p))


_libc = ctypes.CDLL(None, use_errno=True)


@functools.cache
def compiled_filter() -> tuple[ctypes.Array[ctypes.c_char], _SockFprog]:
    """Return this machine's filter ready for prctl; built once, before the worker forks."""
    program = build_filter(platform.machine())
    buffer = ctypes.create_string_buffer(program, len(program))
    return buffer, _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))


def install_filter() -> None:
    """Install the filter on the calling thread's process; it cannot be removed afterwards."""
    _, prog = compiled_filter()
    if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise SeccompUnavailableError(f"no_new_privs: errno {ctypes.get_errno()}")
    if _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        raise SeccompUnavailableError(f"seccomp: errno {ctypes.get_errno()}")

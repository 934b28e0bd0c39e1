"""The worker's command line: what the sandbox shows and what it hides."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

from mldojo.grader import sandbox, seccomp

GRADER = Path(sandbox.__file__).resolve().parent


def bind_sources(command: list[str]) -> list[str]:
    return [command[i + 1] for i, arg in enumerate(command) if arg in ("--ro-bind", "--bind")]


def test_bwrap_command_cuts_network_environment_and_session() -> None:
    command = sandbox.bwrap_command(sandbox.Runtime.current(), "/usr/bin/bwrap")
    for flag in ("--unshare-net", "--unshare-pid", "--clearenv", "--new-session"):
        assert flag in command
    assert "--die-with-parent" in command
    assert "--bind" not in command


def test_bwrap_command_binds_only_the_runtime_and_the_worker_modules() -> None:
    runtime = sandbox.Runtime.current()
    allowed = {"/usr", *sandbox.SYSTEM_DIRS, str(Path(sys.base_prefix).resolve())}
    allowed |= {str(path) for path in runtime.site_dirs}
    allowed |= {str(runtime.package_dir / name) for name in sandbox.sandbox_files()}
    sources = bind_sources(sandbox.bwrap_command(runtime, "/usr/bin/bwrap"))
    assert set(sources) <= allowed
    assert str(Path.home()) not in sources
    assert not any(source.endswith(("content", "tests", ".db")) for source in sources)


def test_bwrap_command_keeps_only_setuid_capabilities_when_root() -> None:
    command = sandbox.bwrap_command(sandbox.Runtime.current(), "/usr/bin/bwrap")
    if os.geteuid() == 0:
        assert command[command.index("--cap-drop") + 1] == "ALL"
    assert "CAP_SYS_ADMIN" not in command


def test_sandbox_modules_import_only_the_standard_library_numpy_and_each_other() -> None:
    allowed = {f"mldojo.grader.{name}" for name in sandbox.SANDBOX_MODULES}
    allowed |= {"mldojo.grader", "numpy", "__future__"}
    offenders = []
    for name in sandbox.SANDBOX_MODULES:
        tree = ast.parse((GRADER / f"{name}.py").read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
                if node.module == "mldojo.grader":
                    modules = [f"mldojo.grader.{alias.name}" for alias in node.names]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if module not in allowed and top not in sys.stdlib_module_names | {"numpy"}:
                    offenders.append(f"{name} imports {module}")
    assert offenders == []


def test_seccomp_filter_fits_in_bpf_jump_range() -> None:
    program = seccomp.build_filter("x86_64")
    assert len(program) % 8 == 0
    assert len(program) // 8 < 255

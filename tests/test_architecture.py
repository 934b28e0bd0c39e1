"""DESIGN.md's dependency rule, enforced on the imports of every module in src/mldojo."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "mldojo"

# For each layer, the mldojo packages it may import (besides itself).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "services": {"domain", "errors", "__init__"},
    "storage": {"domain", "errors", "config", "services"},
    "grader": {"domain", "errors", "config", "services"},
    "content": {"domain", "errors", "config", "services"},
    "web": {"bootstrap", "services", "domain", "errors", "config", "__init__", "charts"},
    "charts": {"domain", "services"},
    "cli": {"bootstrap", "services", "domain", "errors", "config", "__init__", "web", "charts"},
}
# web and cli parse, call a service and format: they never reach into the adapters.
DOMAIN_EXTERNAL_ALLOWED = {"pydantic", "pydantic_core", "annotated_types"}


def _layer(path: Path) -> str:
    relative = path.relative_to(SRC)
    return relative.parts[0].removesuffix(".py")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "mldojo":
                names.extend(f"mldojo.{alias.name}" for alias in node.names)
    return names


def _modules() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "bank" not in p.relative_to(SRC).parts]


def test_layers_import_only_what_the_dependency_rule_allows() -> None:
    violations = []
    for path in _modules():
        layer = _layer(path)
        if layer not in ALLOWED:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "mldojo" or len(parts) < 2:
                continue
            target = parts[1]
            if target not in (layer, "__version__") and target not in ALLOWED[layer]:
                violations.append(f"{path.relative_to(SRC)} imports {name}")
    assert violations == []


def test_domain_uses_only_stdlib_and_pydantic() -> None:
    import sys

    violations = []
    for path in (SRC / "domain").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in ("mldojo", "__future__") or top in sys.stdlib_module_names:
                continue
            if top not in DOMAIN_EXTERNAL_ALLOWED:
                violations.append(f"{path.relative_to(SRC)} imports {name}")
    assert violations == []


def test_services_never_commit_outside_units_of_work_in_web_or_cli() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for layer in ("web", "cli")
        for path in (SRC / layer).rglob("*.py")
        if ".commit(" in path.read_text()
    ]
    assert offenders == []

"""Load problems from the bank: problem.toml, statement, starter, reference, wrong/ and tests.py."""

from __future__ import annotations

import difflib
import hashlib
import importlib.util
import sys
import threading
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import ValidationError

from mldojo.content.catalog import BUNDLED_BANK
from mldojo.content.schema import ProblemManifest
from mldojo.content.testing import Case
from mldojo.domain.grading import CheckerSpec, EntryPoint, GradingCase
from mldojo.domain.problem import (
    KnownSolution,
    Problem,
    ProblemSummary,
    ProblemTests,
    TimePolicy,
)
from mldojo.errors import DataFileError, NotFoundError

REQUIRED_FILES = ("problem.toml", "statement.md", "starter.py", "reference.py", "tests.py")

# Computes expected outputs by running the trusted reference: (problem, reference source,
# argument tuples) -> outputs as plain data.
ExpectedOutputs = Callable[[Problem, str, Sequence[tuple[Any, ...]]], list[Any]]


def problem_seed(slug: str) -> int:
    """Return the fixed seed of a problem's random hidden cases."""
    return int.from_bytes(hashlib.sha256(slug.encode()).digest()[:4], "big")


def _validation_message(path: Path, exc: ValidationError) -> str:
    first = exc.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(file)"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{path}: {location}: {first['msg']}{more}"


def read_manifest(path: Path) -> ProblemManifest:
    """Parse and validate one problem.toml, naming the file, line and field at fault."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{path}: {exc}") from None
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        manifest = ProblemManifest.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(_validation_message(path, exc)) from None
    if manifest.slug != path.parent.name:
        raise DataFileError(
            f"{path}: slug: {manifest.slug!r} differs from its folder {path.parent.name!r}"
        )
    return manifest


class ProblemBank:
    """The problems under bank/problems, loaded lazily and cached."""

    def __init__(self, root: Path | None = None, *, expected_outputs: ExpectedOutputs) -> None:
        self.root = (root or BUNDLED_BANK) / "problems"
        self._expected_outputs = expected_outputs
        self._manifests: dict[str, ProblemManifest] | None = None
        self._summaries: list[ProblemSummary] | None = None
        self._problems: dict[str, Problem] = {}
        self._errors: dict[str, DataFileError] = {}
        self._tests: dict[str, ProblemTests] = {}
        self._lock = threading.Lock()

    def _all_manifests(self) -> dict[str, ProblemManifest]:
        if self._manifests is None:
            manifests = {}
            if self.root.is_dir():
                # Tool caches (.ruff_cache, __pycache__) are not problems.
                folders = (p for p in self.root.iterdir() if p.is_dir() and p.name[0] not in "._")
                for folder in sorted(folders):
                    # A broken problem is set aside with its error, so the rest stay usable.
                    try:
                        manifest = read_manifest(folder / "problem.toml")
                    except DataFileError as exc:
                        self._errors[folder.name] = exc
                        continue
                    manifests[manifest.slug] = manifest
            self._manifests = manifests
        return self._manifests

    def load_errors(self) -> dict[str, str]:
        """Return the problems whose problem.toml is broken, with what is wrong."""
        self._all_manifests()
        return {slug: exc.message for slug, exc in sorted(self._errors.items())}

    def slugs(self) -> list[str]:
        """Return every problem's slug, sorted."""
        return sorted(self._all_manifests())

    def summaries(self) -> list[ProblemSummary]:
        """Return every problem's summary, sorted by slug."""
        if self._summaries is None:
            self._summaries = [_summary(m) for _, m in sorted(self._all_manifests().items())]
        return list(self._summaries)

    def directory(self, slug: str) -> Path:
        """Return the folder of a problem, or explain that the slug is unknown."""
        if slug not in self._all_manifests():
            if slug in self._errors:
                raise self._errors[slug]
            close = difflib.get_close_matches(slug, self.slugs(), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise NotFoundError(f"no problem {slug!r}{hint} (`mldojo problem list` shows them all)")
        return self.root / slug

    def get(self, slug: str) -> Problem:
        """Return the problem with this slug (read once, then kept)."""
        problem = self._problems.get(slug)
        if problem is None:
            problem = self._problems[slug] = self._load(slug)
        return problem

    def _load(self, slug: str) -> Problem:
        folder = self.directory(slug)
        manifest = self._all_manifests()[slug]
        module = self._tests_module(slug) if manifest.checker.kind == "custom" else None
        custom = getattr(module, "check", None) if module else None
        if manifest.checker.kind == "custom" and not callable(custom):
            raise DataFileError(f"{folder / 'tests.py'}: checker is custom but defines no check()")
        return Problem(
            summary=_summary(manifest),
            statement=_read(folder / "statement.md"),
            starter=_read(folder / "starter.py"),
            hints=tuple(manifest.hints),
            key_idea=manifest.key_idea.strip(),
            entry=EntryPoint(
                style=manifest.entry.style,
                name=manifest.entry.name,
                arg_kinds=tuple(manifest.entry.args),
                return_kind=manifest.entry.returns,
                output_arg=manifest.entry.output_arg,
            ),
            checker=CheckerSpec(
                kind=manifest.checker.kind,
                rtol=manifest.checker.rtol,
                atol=manifest.checker.atol,
                check_dtype_kind=manifest.checker.dtype_kind,
                rows_sum_to_one=manifest.checker.rows_sum_to_one,
                custom=custom,
            ),
            time_policy=TimePolicy(
                factor=manifest.limits.time_factor, floor_s=manifest.limits.time_floor_s
            ),
            memory_mb=manifest.limits.memory_mb,
        )

    def reference_source(self, slug: str) -> str:
        """Return the reference solution's source."""
        return _read(self.directory(slug) / "reference.py")

    def wrong_solutions(self, slug: str) -> list[KnownSolution]:
        """Return the known-wrong and too-slow solutions, sorted by file name."""
        return self._known_solutions(slug, "wrong")

    def accepted_solutions(self, slug: str) -> list[KnownSolution]:
        """Return the correct solutions written in other styles than the reference's."""
        return self._known_solutions(slug, "accepted")

    def _known_solutions(self, slug: str, folder_name: str) -> list[KnownSolution]:
        folder = self.directory(slug) / folder_name
        found = []
        for path in sorted(folder.glob("*.py")) if folder.is_dir() else []:
            source = _read(path)
            first = source.splitlines()[0] if source else ""
            found.append(KnownSolution(path.stem, source, first.lstrip("# ").strip()))
        return found

    def public_tests(self, slug: str) -> ProblemTests:
        """Return only the public examples (cheaper: hidden cases are not generated)."""
        with self._lock:
            if slug in self._tests:
                return ProblemTests(public=self._tests[slug].public, hidden=())
        return self._build_tests(slug, include_hidden=False)

    def tests(self, slug: str) -> ProblemTests:
        """Return the problem's cases with expected outputs (computed once, then cached)."""
        with self._lock:
            if slug in self._tests:
                return self._tests[slug]
        tests = self._build_tests(slug, include_hidden=True)
        with self._lock:
            self._tests[slug] = tests
        return tests

    def _build_tests(self, slug: str, *, include_hidden: bool) -> ProblemTests:
        problem = self.get(slug)
        module = self._tests_module(slug)
        path = self.directory(slug) / "tests.py"
        public = _declared_cases(module, "public", path)
        hidden = (
            _declared_cases(module, "hidden", path, problem_seed(slug)) if include_hidden else []
        )
        names = [c.name for c in public + hidden]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise DataFileError(f"{path}: duplicate case names {duplicates}")
        missing = [c for c in public + hidden if not c.has_expected]
        computed = (
            self._expected_outputs(problem, self.reference_source(slug), [c.args for c in missing])
            if missing
            else []
        )
        by_name = {c.name: value for c, value in zip(missing, computed, strict=True)}

        def grading_case(item: Case, is_public: bool) -> GradingCase:
            expected = item.expected if item.has_expected else by_name[item.name]
            return GradingCase(item.name, item.args, expected, is_public=is_public)

        return ProblemTests(
            public=tuple(grading_case(c, True) for c in public),
            hidden=tuple(grading_case(c, False) for c in hidden),
        )

    def _tests_module(self, slug: str) -> ModuleType:
        path = self.directory(slug) / "tests.py"
        name = f"mldojo_bank_tests.{slug.replace('-', '_')}"
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise DataFileError(f"{path}: cannot be loaded as a Python module")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise DataFileError(f"{path}: fails to import: {type(exc).__name__}: {exc}") from exc
        sys.modules[name] = module
        return module


def _declared_cases(module: ModuleType, name: str, path: Path, *args: Any) -> list[Case]:
    function = getattr(module, name, None)
    if not callable(function):
        raise DataFileError(f"{path}: define {name}() returning a list of cases")
    try:
        cases = list(function(*args))
    except Exception as exc:
        raise DataFileError(f"{path}: {name}() fails: {type(exc).__name__}: {exc}") from exc
    if name == "public" and not cases:
        raise DataFileError(f"{path}: public() must return at least one example")
    for item in cases:
        if not isinstance(item, Case):
            raise DataFileError(f"{path}: {name}() returned {item!r}, not a case(...)")
    return cases


def _summary(manifest: ProblemManifest) -> ProblemSummary:
    return ProblemSummary(
        slug=manifest.slug,
        id=str(manifest.id),
        title=manifest.title,
        kind=manifest.kind,
        difficulty=manifest.difficulty,
        topics=tuple(manifest.topics),
        estimated_minutes=manifest.estimated_minutes,
        leetcode=manifest.leetcode,
        skill=manifest.skill or manifest.kind.default_skill,
    )


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{path}: missing (every problem needs {REQUIRED_FILES})") from None
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text") from None

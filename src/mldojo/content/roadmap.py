"""The roadmap from the bank: the skill tree (roadmap/skills.yaml) and the ordered study plans
(roadmap/plans/*.yaml), checked against the problems, decks and prompts they name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mldojo.content.catalog import BUNDLED_BANK
from mldojo.content.schema import SLUG_PATTERN
from mldojo.content.yaml_files import load_spec
from mldojo.domain.roadmap import SKILLS, STAGES, PlanSection, SkillNode, StudyPlan
from mldojo.errors import NotFoundError

ROADMAP_SCHEMA_VERSION = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SkillSpec(_Strict):
    stage: Literal["foundations", "core-ml", "specialisations", "production", "interviews"]
    requires: list[str] = Field(default_factory=list)
    description: str = Field(min_length=20)


class SkillTreeSpec(_Strict):
    schema_version: int = Field(ge=1, le=ROADMAP_SCHEMA_VERSION)
    skills: dict[str, SkillSpec]


class SectionSpec(_Strict):
    title: str = Field(min_length=3)
    problems: list[str] = Field(default_factory=list)
    decks: list[str] = Field(default_factory=list)
    prompts: list[str] = Field(default_factory=list)


class PlanSpec(_Strict):
    schema_version: int = Field(ge=1, le=ROADMAP_SCHEMA_VERSION)
    slug: str
    title: str = Field(min_length=3)
    problem_count: int | None = Field(default=None, ge=1)
    summary: str = Field(min_length=20)
    sections: list[SectionSpec] = Field(min_length=1)

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        if not SLUG_PATTERN.match(value):
            raise ValueError("use lowercase words joined by hyphens")
        return value


@dataclass
class _Loaded:
    tree: list[SkillNode] = field(default_factory=list)
    plans: dict[str, StudyPlan] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


class RoadmapBank:
    """The skill tree and study plans of one content bank, loaded once."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or BUNDLED_BANK) / "roadmap"
        self._loaded: _Loaded | None = None

    def _load(self) -> _Loaded:
        if self._loaded is None:
            loaded = _Loaded()
            self._load_tree(loaded)
            for path in sorted((self.root / "plans").glob("*.yaml")):
                self._load_plan(path, loaded)
            self._loaded = loaded
        return self._loaded

    def _load_tree(self, loaded: _Loaded) -> None:
        path = self.root / "skills.yaml"
        if not path.is_file():
            if self.root.is_dir():
                loaded.errors.append(f"{path}: missing; it holds the skill tree")
            return
        spec = load_spec(path, SkillTreeSpec, loaded.errors)
        if spec is None:
            return
        if sorted(spec.skills) != sorted(SKILLS):
            missing = sorted(set(SKILLS) - set(spec.skills))
            extra = sorted(set(spec.skills) - set(SKILLS))
            loaded.errors.append(f"{path}: skills: missing {missing}, unknown {extra}")
            return
        for skill, node in spec.skills.items():
            unknown = [r for r in node.requires if r not in SKILLS or r == skill]
            if unknown:
                loaded.errors.append(f"{path}: skills.{skill}.requires: unknown {unknown}")
                return
        cycle = _cycle({skill: node.requires for skill, node in spec.skills.items()})
        if cycle:
            loaded.errors.append(f"{path}: requirements form a cycle: {' -> '.join(cycle)}")
            return
        stage_order = list(STAGES)
        loaded.tree = sorted(
            (
                SkillNode(
                    skill=skill,
                    title=SKILLS[skill],
                    stage=node.stage,
                    requires=tuple(node.requires),
                    description=node.description.strip(),
                )
                for skill, node in spec.skills.items()
            ),
            key=lambda n: (stage_order.index(n.stage), list(SKILLS).index(n.skill)),
        )

    def _load_plan(self, path: Path, loaded: _Loaded) -> None:
        spec = load_spec(path, PlanSpec, loaded.errors)
        if spec is None:
            return
        if spec.slug != path.stem:
            loaded.errors.append(f"{path}: slug {spec.slug!r} must equal the file name")
            return
        plan = StudyPlan(
            slug=spec.slug,
            title=spec.title,
            summary=spec.summary.strip(),
            sections=tuple(
                PlanSection(s.title, tuple(s.problems), tuple(s.decks), tuple(s.prompts))
                for s in spec.sections
            ),
        )
        repeated = _repeated(plan.problems)
        if repeated:
            loaded.errors.append(f"{path}: problems listed twice: {', '.join(repeated)}")
            return
        if spec.problem_count is not None and len(plan.problems) != spec.problem_count:
            loaded.errors.append(
                f"{path}: lists {len(plan.problems)} problems; problem_count says "
                f"{spec.problem_count}"
            )
            return
        loaded.plans[plan.slug] = plan

    def load_errors(self) -> list[str]:
        """Return what is wrong with the roadmap files themselves, one line each."""
        return list(self._load().errors)

    def reference_errors(
        self, problems: Iterable[str], decks: Iterable[str], prompts: Iterable[str]
    ) -> list[str]:
        """Return the plan items that name no problem, deck or prompt of the bank."""
        known = {"problems": set(problems), "decks": set(decks), "prompts": set(prompts)}
        errors = []
        for plan in self._load().plans.values():
            for section in plan.sections:
                for kind, items in (
                    ("problems", section.problems),
                    ("decks", section.decks),
                    ("prompts", section.prompts),
                ):
                    for item in items:
                        if item not in known[kind]:
                            errors.append(
                                f"{self.root / 'plans' / plan.slug}.yaml: {section.title}: "
                                f"no {kind[:-1]} {item!r} in the bank"
                            )
        return errors

    def skill_tree(self) -> list[SkillNode]:
        """Return the skills from foundations to getting hired."""
        return list(self._load().tree)

    def plans(self) -> list[StudyPlan]:
        """Return the study plans, sorted by slug."""
        return sorted(self._load().plans.values(), key=lambda p: p.slug)

    def plan(self, slug: str) -> StudyPlan:
        """Return a study plan by slug."""
        plan = self._load().plans.get(slug)
        if plan is None:
            names = ", ".join(p.slug for p in self.plans())
            raise NotFoundError(f"no study plan {slug!r}; the plans are {names}")
        return plan


def _repeated(items: tuple[str, ...]) -> list[str]:
    return sorted(item for item, count in Counter(items).items() if count > 1)


def _cycle(graph: dict[str, list[str]]) -> list[str]:
    """Return one cycle of the requirement graph as a path, or [] when there is none."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for start in graph:
        if start not in state:
            found = visit(start)
            if found:
                return found
    return []

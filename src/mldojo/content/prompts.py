"""Interview prompts from the bank: system design prompts (one YAML file each), behavioral
decks (one YAML file per category) and the rubrics they are scored with (rubrics.yaml)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mldojo.content.catalog import BUNDLED_BANK
from mldojo.content.schema import SLUG_PATTERN
from mldojo.content.yaml_files import load_spec
from mldojo.domain.prompts import (
    BEHAVIORAL_CATEGORIES,
    RUBRIC_DIMENSIONS,
    BehavioralPrompt,
    Clarification,
    DesignPrompt,
    Rubric,
    RubricDimension,
    RubricKind,
    StarGuidance,
)
from mldojo.domain.roadmap import SKILLS
from mldojo.errors import NotFoundError

PROMPT_SCHEMA_VERSION = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _slug(value: str) -> str:
    if not SLUG_PATTERN.match(value):
        raise ValueError("use lowercase words joined by hyphens")
    return value


class LevelsSpec(_Strict):
    title: str = Field(min_length=3)
    levels: dict[Literal[0, 1, 2, 3], str]

    @field_validator("levels")
    @classmethod
    def _all_levels(cls, value: dict[int, str]) -> dict[int, str]:
        if sorted(value) != [0, 1, 2, 3] or any(len(text.strip()) < 15 for text in value.values()):
            raise ValueError("describe each score 0, 1, 2 and 3 in a sentence")
        return value


class RubricsSpec(_Strict):
    schema_version: int = Field(ge=1, le=PROMPT_SCHEMA_VERSION)
    rubrics: dict[RubricKind, dict[str, LevelsSpec]]


class ClarificationSpec(_Strict):
    question: str = Field(min_length=8)
    answer: str = Field(min_length=3)
    matters: bool = True


class DesignPromptSpec(_Strict):
    schema_version: int = Field(ge=1, le=PROMPT_SCHEMA_VERSION)
    id: uuid.UUID
    slug: str
    kind: Literal[RubricKind.ML_SYSTEM_DESIGN, RubricKind.SYSTEM_DESIGN]
    title: str = Field(min_length=5, max_length=120)
    difficulty: Literal["medium", "hard"]
    estimated_minutes: int = Field(ge=20, le=90)
    skills: list[str] = Field(min_length=1)
    prompt: str = Field(min_length=80)
    clarifications: list[ClarificationSpec] = Field(min_length=3)
    strong: dict[str, str]
    follow_ups: list[str] = Field(min_length=2)

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        return _slug(value)

    @field_validator("skills")
    @classmethod
    def _known_skills(cls, value: list[str]) -> list[str]:
        unknown = [skill for skill in value if skill not in SKILLS]
        if unknown:
            raise ValueError(f"unknown skill {unknown[0]!r}; choose from {', '.join(SKILLS)}")
        return value


class StarSpec(_Strict):
    situation: str = Field(min_length=15)
    task: str = Field(min_length=15)
    action: str = Field(min_length=15)
    result: str = Field(min_length=15)


class BehavioralPromptSpec(_Strict):
    id: uuid.UUID
    slug: str
    question: str = Field(min_length=10)
    listens_for: str = Field(min_length=20)
    star: StarSpec
    follow_ups: list[str] = Field(min_length=1)
    social: bool = False

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        return _slug(value)


class BehavioralDeckSpec(_Strict):
    schema_version: int = Field(ge=1, le=PROMPT_SCHEMA_VERSION)
    category: str
    title: str = Field(min_length=3)
    prompts: list[BehavioralPromptSpec] = Field(min_length=1)

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in BEHAVIORAL_CATEGORIES:
            raise ValueError(f"unknown category; choose one of {', '.join(BEHAVIORAL_CATEGORIES)}")
        return value


@dataclass
class _Loaded:
    rubrics: dict[RubricKind, Rubric] = field(default_factory=dict)
    design: dict[str, DesignPrompt] = field(default_factory=dict)
    behavioral: dict[str, BehavioralPrompt] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


class PromptBank:
    """The design and behavioral prompts of one content bank, loaded once."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or BUNDLED_BANK) / "prompts"
        self._loaded: _Loaded | None = None

    def _load(self) -> _Loaded:
        if self._loaded is None:
            loaded = _Loaded()
            self._load_rubrics(loaded)
            ids: dict[str, Path] = {}
            for path in sorted((self.root / "design").glob("*.yaml")):
                self._load_design(path, loaded, ids)
            for path in sorted((self.root / "behavioral").glob("*.yaml")):
                self._load_behavioral(path, loaded, ids)
            self._loaded = loaded
        return self._loaded

    def _load_rubrics(self, loaded: _Loaded) -> None:
        path = self.root / "rubrics.yaml"
        if not path.is_file():
            if self.root.is_dir():
                loaded.errors.append(f"{path}: missing; it defines the score levels of each rubric")
            return
        spec = load_spec(path, RubricsSpec, loaded.errors)
        if spec is None:
            return
        for kind, keys in RUBRIC_DIMENSIONS.items():
            given = spec.rubrics.get(kind, {})
            if sorted(given) != sorted(keys):
                loaded.errors.append(
                    f"{path}: rubrics.{kind.value}: give exactly the dimensions {', '.join(keys)}"
                )
                continue
            loaded.rubrics[kind] = Rubric(
                kind=kind,
                dimensions=tuple(
                    RubricDimension(
                        key=key,
                        title=given[key].title,
                        levels=(
                            given[key].levels[0].strip(),
                            given[key].levels[1].strip(),
                            given[key].levels[2].strip(),
                            given[key].levels[3].strip(),
                        ),
                    )
                    for key in keys
                ),
            )

    def _claim(
        self, path: Path, slug: str, id_: str, loaded: _Loaded, ids: dict[str, Path]
    ) -> bool:
        if slug in loaded.design or slug in loaded.behavioral:
            loaded.errors.append(f"{path}: slug {slug!r} is used twice")
            return False
        if id_ in ids:
            loaded.errors.append(f"{path}: id {id_} also in {ids[id_]}")
            return False
        ids[id_] = path
        return True

    def _load_design(self, path: Path, loaded: _Loaded, ids: dict[str, Path]) -> None:
        spec = load_spec(path, DesignPromptSpec, loaded.errors)
        if spec is None:
            return
        if spec.slug != path.stem:
            loaded.errors.append(f"{path}: slug {spec.slug!r} must equal the file name")
            return
        keys = RUBRIC_DIMENSIONS[spec.kind]
        if sorted(spec.strong) != sorted(keys):
            loaded.errors.append(
                f"{path}: strong: say what a strong answer covers for each of {', '.join(keys)}"
            )
            return
        thin = [key for key in keys if len(spec.strong[key].strip()) < 60]
        if thin:
            loaded.errors.append(
                f"{path}: strong.{thin[0]}: too thin; name what a strong answer says"
            )
            return
        if not self._claim(path, spec.slug, str(spec.id), loaded, ids):
            return
        loaded.design[spec.slug] = DesignPrompt(
            id=str(spec.id),
            slug=spec.slug,
            kind=spec.kind,
            title=spec.title,
            difficulty=spec.difficulty,
            estimated_minutes=spec.estimated_minutes,
            skills=tuple(spec.skills),
            prompt=spec.prompt.strip(),
            clarifications=tuple(
                Clarification(c.question.strip(), c.answer.strip(), c.matters)
                for c in spec.clarifications
            ),
            strong={key: spec.strong[key].strip() for key in keys},
            follow_ups=tuple(spec.follow_ups),
        )

    def _load_behavioral(self, path: Path, loaded: _Loaded, ids: dict[str, Path]) -> None:
        deck = load_spec(path, BehavioralDeckSpec, loaded.errors)
        if deck is None:
            return
        for spec in deck.prompts:
            if not self._claim(path, spec.slug, str(spec.id), loaded, ids):
                continue
            loaded.behavioral[spec.slug] = BehavioralPrompt(
                id=str(spec.id),
                slug=spec.slug,
                category=deck.category,
                question=spec.question.strip(),
                listens_for=spec.listens_for.strip(),
                star=StarGuidance(
                    situation=spec.star.situation.strip(),
                    task=spec.star.task.strip(),
                    action=spec.star.action.strip(),
                    result=spec.star.result.strip(),
                ),
                follow_ups=tuple(spec.follow_ups),
                social=spec.social,
            )

    def load_errors(self) -> list[str]:
        """Return what is wrong with the prompt files, one line each."""
        return list(self._load().errors)

    def rubric(self, kind: RubricKind) -> Rubric:
        """Return the rubric prompts of this kind are scored with."""
        rubric = self._load().rubrics.get(kind)
        if rubric is None:
            raise NotFoundError(f"the bank has no {kind.value} rubric")
        return rubric

    def design_prompts(self, kind: RubricKind | None = None) -> list[DesignPrompt]:
        """Return the system design prompts (of one kind), sorted by slug."""
        prompts = sorted(self._load().design.values(), key=lambda p: p.slug)
        return [p for p in prompts if kind is None or p.kind is kind]

    def design_prompt(self, slug: str) -> DesignPrompt:
        prompt = self._load().design.get(slug)
        if prompt is None:
            raise NotFoundError(f"no design prompt {slug!r}; `mldojo content stats` lists counts")
        return prompt

    def behavioral_prompts(self, category: str | None = None) -> list[BehavioralPrompt]:
        """Return the behavioral prompts (of one category), in deck order."""
        prompts = list(self._load().behavioral.values())
        return [p for p in prompts if category is None or p.category == category]

    def behavioral_prompt(self, slug: str) -> BehavioralPrompt:
        prompt = self._load().behavioral.get(slug)
        if prompt is None:
            raise NotFoundError(f"no behavioral prompt {slug!r}")
        return prompt

    def counts(self) -> dict[str, int]:
        """Return how many prompts of each kind the bank holds."""
        return {
            "design_prompts": len(self.design_prompts(RubricKind.ML_SYSTEM_DESIGN)),
            "general_design_prompts": len(self.design_prompts(RubricKind.SYSTEM_DESIGN)),
            "behavioral_prompts": len(self._load().behavioral),
        }

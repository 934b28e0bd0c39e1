"""Knowledge cards from the bank: YAML decks of question-and-answer cards, and Python decks of
parametric cards (a template, a generator, an answer function and an independent oracle)."""

from __future__ import annotations

import importlib.util
import math
import random
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mldojo.content.catalog import BUNDLED_BANK
from mldojo.content.schema import SLUG_PATTERN
from mldojo.domain.cards import Card, CardInstance, CardKind, Tolerance, render_prompt
from mldojo.domain.roadmap import SKILLS
from mldojo.errors import DataFileError, NotFoundError

CARD_SCHEMA_VERSION = 1
CHECK_SEEDS = 40


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _slug(value: str) -> str:
    if not SLUG_PATTERN.match(value):
        raise ValueError("use lowercase words joined by hyphens")
    return value


class QACardSpec(_Strict):
    """One question-and-answer card in a YAML deck."""

    id: uuid.UUID
    slug: str
    topics: list[str] = Field(default_factory=list)
    question: str = Field(min_length=10)
    answer: str = Field(min_length=10)
    key_points: list[str] = Field(min_length=1, max_length=6)

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, value: str) -> str:
        return _slug(value)


class DeckSpec(_Strict):
    """A YAML deck file."""

    schema_version: int = Field(ge=1, le=CARD_SCHEMA_VERSION)
    deck: str
    title: str = Field(min_length=3)
    skill: str
    cards: list[QACardSpec] = Field(min_length=1)

    @field_validator("deck")
    @classmethod
    def _deck_shape(cls, value: str) -> str:
        return _slug(value)

    @field_validator("skill")
    @classmethod
    def _known_skill(cls, value: str) -> str:
        if value not in SKILLS:
            raise ValueError(f"unknown skill; choose one of {', '.join(SKILLS)}")
        return value


@dataclass(frozen=True)
class ParametricSpec:
    """A parametric card as a Python deck declares it (see `parametric`)."""

    id: str
    slug: str
    skill: str
    topics: tuple[str, ...]
    prompt: str
    generate: Callable[[random.Random], dict[str, Any]]
    answer: Callable[[dict[str, Any]], float]
    oracle: Callable[[dict[str, Any]], float]
    explanation: str
    units: str
    tolerance: Tolerance


def parametric(
    *,
    id: str,
    slug: str,
    skill: str,
    prompt: str,
    generate: Callable[[random.Random], dict[str, Any]],
    answer: Callable[[dict[str, Any]], float],
    oracle: Callable[[dict[str, Any]], float],
    explanation: str,
    topics: tuple[str, ...] | list[str] = (),
    units: str = "",
    rel: float = 0.0,
    abs: float = 0.0,
    decimals: int | None = None,
) -> ParametricSpec:
    """Declare a parametric card: `generate` draws numbers, `answer` computes the expected value
    the way the explanation does, and `oracle` recomputes it independently (NumPy, or PyTorch
    where installed) so `mldojo content check` can prove the two agree. With fixed decimals,
    numbers whose exact answer sits on a rounding tie are drawn again."""
    if decimals is not None:
        generate = _untied(generate, answer, decimals)
    return ParametricSpec(
        id=id,
        slug=slug,
        skill=skill,
        topics=tuple(topics),
        prompt=prompt,
        generate=generate,
        answer=answer,
        oracle=oracle,
        explanation=explanation,
        units=units,
        tolerance=Tolerance(rel=rel, abs=abs, decimals=decimals),
    )


def _untied(
    generate: Callable[[random.Random], dict[str, Any]],
    answer: Callable[[dict[str, Any]], float],
    decimals: int,
) -> Callable[[random.Random], dict[str, Any]]:
    """Wrap a generator so it redraws numbers whose exact answer sits on a rounding tie."""

    def wrapped(rng: random.Random) -> dict[str, Any]:
        for _ in range(100):
            params = generate(rng)
            scaled = abs(answer(params)) * 10**decimals
            if abs(scaled - math.floor(scaled) - 0.5) > 1e-6:
                break
        return params

    return wrapped


@dataclass(frozen=True)
class _Loaded:
    card: Card
    spec: ParametricSpec | None
    source: Path


class CardBank:
    """The cards under bank/cards: *.yaml decks and parametric/*.py decks."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or BUNDLED_BANK) / "cards"
        self._cards: dict[str, _Loaded] | None = None
        self._errors: list[str] = []

    def _load(self) -> dict[str, _Loaded]:
        if self._cards is None:
            cards: dict[str, _Loaded] = {}
            if self.root.is_dir():
                for path in sorted(self.root.glob("*.yaml")):
                    self._add_all(cards, self._load_yaml(path))
                for path in sorted((self.root / "parametric").glob("*.py")):
                    self._add_all(cards, self._load_python(path))
            self._cards = cards
        return self._cards

    def _add_all(self, cards: dict[str, _Loaded], loaded: list[_Loaded]) -> None:
        ids = {item.card.id: item for item in cards.values()}
        for item in loaded:
            if item.card.slug in cards:
                self._errors.append(
                    f"{item.source}: slug {item.card.slug!r} also in {cards[item.card.slug].source}"
                )
            elif item.card.id in ids:
                self._errors.append(
                    f"{item.source}: id {item.card.id} also in {ids[item.card.id].source}"
                )
            else:
                cards[item.card.slug] = item
                ids[item.card.id] = item

    def _load_yaml(self, path: Path) -> list[_Loaded]:
        try:
            data = yaml.safe_load(path.read_text("utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark is not None else ""
            self._errors.append(f"{path}:{where} not valid YAML: {getattr(exc, 'problem', exc)}")
            return []
        except (OSError, UnicodeDecodeError) as exc:
            self._errors.append(f"{path}: cannot read: {exc}")
            return []
        try:
            deck = DeckSpec.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            location = ".".join(str(p) for p in first["loc"]) or "(file)"
            self._errors.append(f"{path}: {location}: {first['msg']}")
            return []
        return [
            _Loaded(
                Card(
                    id=str(spec.id),
                    slug=spec.slug,
                    deck=deck.deck,
                    kind=CardKind.QA,
                    skill=deck.skill,
                    topics=tuple(spec.topics),
                    question=spec.question.strip(),
                    answer=spec.answer.strip(),
                    key_points=tuple(spec.key_points),
                ),
                None,
                path,
            )
            for spec in deck.cards
        ]

    def _load_python(self, path: Path) -> list[_Loaded]:
        name = f"mldojo_bank_cards.{path.stem}"
        spec_ = importlib.util.spec_from_file_location(name, path)
        if spec_ is None or spec_.loader is None:
            self._errors.append(f"{path}: cannot be loaded as a Python module")
            return []
        module = importlib.util.module_from_spec(spec_)
        try:
            spec_.loader.exec_module(module)
        except Exception as exc:
            self._errors.append(f"{path}: fails to import: {type(exc).__name__}: {exc}")
            return []
        sys.modules[name] = module
        deck = getattr(module, "DECK", None)
        specs = getattr(module, "CARDS", None)
        if not isinstance(deck, str) or not SLUG_PATTERN.match(deck) or not isinstance(specs, list):
            self._errors.append(f"{path}: define DECK = 'deck-slug' and CARDS = [parametric(...)]")
            return []
        loaded = []
        for spec in specs:
            problem = _spec_problem(spec)
            if problem:
                self._errors.append(f"{path}: {getattr(spec, 'slug', '?')}: {problem}")
                continue
            loaded.append(
                _Loaded(
                    Card(
                        id=spec.id,
                        slug=spec.slug,
                        deck=deck,
                        kind=CardKind.PARAMETRIC,
                        skill=spec.skill,
                        topics=spec.topics,
                        question=spec.prompt,
                        answer=spec.explanation,
                        units=spec.units,
                        tolerance=spec.tolerance,
                    ),
                    spec,
                    path,
                )
            )
        return loaded

    def load_errors(self) -> list[str]:
        """Return what is wrong with the card files, one line each."""
        self._load()
        return list(self._errors)

    def cards(self) -> list[Card]:
        """Return every card, sorted by deck then slug."""
        return sorted((item.card for item in self._load().values()), key=lambda c: (c.deck, c.slug))

    def get(self, slug: str) -> Card:
        """Return a card by slug."""
        item = self._load().get(slug)
        if item is None:
            raise NotFoundError(f"no card {slug!r}")
        return item.card

    def instance(self, slug: str, seed: int) -> CardInstance:
        """Draw a parametric card's numbers from a seed and compute the expected answer."""
        item = self._load().get(slug)
        if item is None:
            raise NotFoundError(f"no card {slug!r}")
        if item.spec is None:
            raise DataFileError(f"card {slug!r} is not parametric")
        params = item.spec.generate(random.Random(seed))
        return CardInstance(
            card=item.card,
            params=params,
            prompt=render_prompt(item.spec.prompt, params),
            expected=float(item.spec.answer(params)),
        )

    def prove(self, slug: str, seeds: int = CHECK_SEEDS) -> list[str]:
        """Check a parametric card over many seeds: prompt filled, answer finite, oracle agrees."""
        item = self._load()[slug]
        spec = item.spec
        if spec is None:
            return []
        defects: list[str] = []
        answers = set()
        for seed in range(seeds):
            try:
                instance = self.instance(slug, seed)
                oracle = float(spec.oracle(instance.params))
            except Exception as exc:
                defects.append(f"{item.source}: {slug}: seed {seed}: {type(exc).__name__}: {exc}")
                break
            if "{" in instance.prompt or "}" in instance.prompt:
                defects.append(f"{item.source}: {slug}: seed {seed}: unfilled placeholder")
                break
            if not math.isfinite(instance.expected):
                defects.append(f"{item.source}: {slug}: seed {seed}: answer is {instance.expected}")
                break
            if not spec.tolerance.accepts(oracle, instance.expected) and not math.isclose(
                oracle, instance.expected, rel_tol=1e-9, abs_tol=1e-12
            ):
                defects.append(
                    f"{item.source}: {slug}: seed {seed}: answer {instance.expected!r} but the "
                    f"oracle computes {oracle!r} for {instance.params}"
                )
                break
            answers.add(round(instance.expected, 9))
        if not defects and len(answers) < 3:
            defects.append(f"{item.source}: {slug}: the numbers barely vary across seeds")
        return defects

    def counts(self) -> dict[str, Any]:
        """Return the total, the auto-graded count and the cards per deck."""
        cards = self.cards()
        decks: dict[str, int] = {}
        for card in cards:
            decks[card.deck] = decks.get(card.deck, 0) + 1
        return {
            "total": len(cards),
            "auto_graded": sum(card.is_auto_graded for card in cards),
            "decks": dict(sorted(decks.items())),
        }


def _spec_problem(spec: object) -> str | None:
    if not isinstance(spec, ParametricSpec):
        return "CARDS must hold parametric(...) cards"
    try:
        uuid.UUID(spec.id)
    except ValueError:
        return f"id {spec.id!r} is not a UUID"
    if not SLUG_PATTERN.match(spec.slug):
        return "slug: use lowercase words joined by hyphens"
    if spec.skill not in SKILLS:
        return f"skill {spec.skill!r} unknown; choose one of {', '.join(SKILLS)}"
    if len(spec.explanation) < 20:
        return "explanation: say in a sentence how the answer is computed"
    return None

"""System design and behavioral prompts, the skill tree and the study plans: the bundled ones
load and refer to real items, and broken files are named with their field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mldojo.content.catalog import BUNDLED_BANK
from mldojo.content.prompts import PromptBank
from mldojo.content.roadmap import RoadmapBank
from mldojo.domain.prompts import BEHAVIORAL_CATEGORIES, RUBRIC_DIMENSIONS, RubricKind

ML_DESIGN_SUBJECTS = {
    "video-recommendation",
    "people-you-may-know",
    "news-feed-ranking",
    "ad-click-prediction",
    "search-ranking",
    "search-autocomplete",
    "visual-search",
    "harmful-content-detection",
    "payment-fraud-detection",
    "delivery-time-estimation",
    "event-recommendation",
    "similar-items",
    "rag-support-assistant",
    "street-view-blurring",
}


def test_bundled_prompts_load_and_cover_every_rubric_dimension() -> None:
    bank = PromptBank()
    assert bank.load_errors() == []
    ml = bank.design_prompts(RubricKind.ML_SYSTEM_DESIGN)
    assert {p.slug for p in ml} >= ML_DESIGN_SUBJECTS
    assert len(bank.design_prompts(RubricKind.SYSTEM_DESIGN)) >= 10
    for prompt in bank.design_prompts():
        assert list(prompt.strong) == list(RUBRIC_DIMENSIONS[prompt.kind])
        assert any(c.matters for c in prompt.clarifications)
    for kind in RubricKind:
        rubric = bank.rubric(kind)
        assert [d.key for d in rubric.dimensions] == list(RUBRIC_DIMENSIONS[kind])
        assert all(len(d.levels) == 4 for d in rubric.dimensions)
    assert bank.rubric(RubricKind.ML_SYSTEM_DESIGN).max_score == 30


def test_behavioral_prompts_span_six_categories_with_star_guidance() -> None:
    prompts = PromptBank().behavioral_prompts()
    assert len(prompts) >= 36
    assert {p.category for p in prompts} == set(BEHAVIORAL_CATEGORIES)
    assert sum(p.social for p in prompts) >= 8
    assert all(p.star.situation and p.star.result for p in prompts)


def _copy_prompts(tmp_path: Path) -> Path:
    shutil.copytree(BUNDLED_BANK / "prompts", tmp_path / "prompts")
    return tmp_path


def test_a_design_prompt_missing_a_dimension_is_named(tmp_path: Path) -> None:
    root = _copy_prompts(tmp_path)
    path = root / "prompts" / "design" / "url-shortener.yaml"
    text = path.read_text()
    start = text.index("  caching:")
    end = text.index("  consistency-and-reliability:")
    path.write_text(text[:start] + text[end:])
    errors = PromptBank(root).load_errors()
    assert len(errors) == 1
    assert "url-shortener.yaml: strong: say what a strong answer covers" in errors[0]


def test_a_behavioral_deck_with_a_misspelt_field_names_it(tmp_path: Path) -> None:
    root = _copy_prompts(tmp_path)
    path = root / "prompts" / "behavioral" / "failure-and-learning.yaml"
    path.write_text(path.read_text().replace("    listens_for:", "    listens_four:", 1))
    errors = PromptBank(root).load_errors()
    assert len(errors) == 1
    assert "failure-and-learning.yaml: prompts.0.listens_for: Field required" in errors[0]


def test_a_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    root = _copy_prompts(tmp_path)
    (root / "prompts" / "design" / "broken.yaml").write_text("slug: broken\nprompt: [unclosed\n")
    errors = PromptBank(root).load_errors()
    assert any("broken.yaml: line" in e and "not valid YAML" in e for e in errors)


def test_bundled_roadmap_loads_and_every_plan_item_exists() -> None:
    from mldojo.bootstrap import Application
    from mldojo.config import Settings

    roadmap = RoadmapBank()
    assert roadmap.load_errors() == []
    plans = {p.slug: p for p in roadmap.plans()}
    assert len(plans["essentials-50"].problems) == 50
    assert len(plans["faang-150"].problems) == 150
    application = Application(settings=Settings(home=Path("/nonexistent-home")))
    kinds = {s.slug: s.kind.value for s in application.problems.summaries()}
    assert {kinds[s] for s in plans["essentials-50"].problems} == {"dsa", "ml"}
    assert {kinds[s] for s in plans["ml-track"].problems} == {"ml"}
    decks = {c.deck for c in application.cards.cards()}
    prompts = [p.slug for p in application.prompts.design_prompts()]
    assert roadmap.reference_errors(kinds, decks, prompts) == []
    stages = [node.stage for node in roadmap.skill_tree()]
    assert stages[0] == "foundations" and stages[-1] == "interviews"


def _copy_roadmap(tmp_path: Path) -> Path:
    shutil.copytree(BUNDLED_BANK / "roadmap", tmp_path / "roadmap")
    return tmp_path


def test_a_plan_naming_an_unknown_problem_is_reported(tmp_path: Path) -> None:
    root = _copy_roadmap(tmp_path)
    path = root / "roadmap" / "plans" / "essentials-50.yaml"
    path.write_text(path.read_text().replace("- two-sum\n", "- two-summ\n", 1))
    roadmap = RoadmapBank(root)
    assert roadmap.load_errors() == []
    errors = roadmap.reference_errors(["two-sum"], [], [])
    assert any("essentials-50.yaml" in e and "no problem 'two-summ'" in e for e in errors)


def test_a_plan_with_the_wrong_count_or_a_repeat_is_refused(tmp_path: Path) -> None:
    root = _copy_roadmap(tmp_path)
    path = root / "roadmap" / "plans" / "essentials-50.yaml"
    path.write_text(path.read_text().replace("- contains-duplicate\n", "- two-sum\n", 1))
    errors = RoadmapBank(root).load_errors()
    assert errors == [f"{path}: problems listed twice: two-sum"]


def test_a_requirement_cycle_is_refused(tmp_path: Path) -> None:
    root = _copy_roadmap(tmp_path)
    path = root / "roadmap" / "skills.yaml"
    text = path.read_text()
    text = text.replace(
        "  dsa:\n    stage: foundations\n    requires: []",
        "  dsa:\n    stage: foundations\n    requires: [software-engineering]",
    )
    path.write_text(text)
    [error] = RoadmapBank(root).load_errors()
    assert "cycle" in error and "dsa" in error and "software-engineering" in error


@pytest.mark.parametrize(
    ("tier", "first"), [("standard", "two-sum"), ("faang", "contains-duplicate")]
)
def test_next_step_follows_the_study_plan_of_the_tier(
    tier: str, first: str, tmp_path: Path
) -> None:
    from mldojo.bootstrap import Application
    from mldojo.config import Settings

    application = Application(
        settings=Settings(home=tmp_path / "home", database_url=f"sqlite:///{tmp_path / 'x.db'}")
    )
    application.profiles.save_profile(name="Plan Follower", target_tier=tier)
    items = [s.item for s in application.progress.next_steps() if s.item]
    plan = application.roadmap.plan("essentials-50" if tier == "standard" else "faang-150")
    assert first in items
    assert all(item in plan.problems for item in items)
    application.close()

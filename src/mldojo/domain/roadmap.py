"""The skill areas of the roadmap, from foundations to getting hired."""

from __future__ import annotations

from dataclasses import dataclass

# Ordered from foundations to getting hired; every problem, card and prompt maps to one or more.
SKILLS: dict[str, str] = {
    "math": "Linear algebra, calculus and optimisation",
    "probability-statistics": "Probability, statistics and A/B testing",
    "dsa": "Data structures and algorithms",
    "computer-science": "Computer science and numerics",
    "software-engineering": "Software engineering",
    "classical-ml": "Classical machine learning",
    "deep-learning": "Deep learning",
    "nlp-llm": "NLP, transformers and LLMs",
    "computer-vision": "Computer vision",
    "recsys-rl": "Recommendation and reinforcement learning",
    "ml-workflow": "ML workflow, data and evaluation",
    "mlops": "MLOps and ML in production",
    "cloud": "Cloud and infrastructure",
    "system-design": "System design",
    "ml-system-design": "ML system design",
    "communication": "Communication and behavioral interviews",
}

STAGES: dict[str, str] = {
    "foundations": "Foundations",
    "core-ml": "Core machine learning",
    "specialisations": "Specialisations",
    "production": "ML in production",
    "interviews": "Interviews and getting hired",
}


@dataclass(frozen=True)
class SkillNode:
    """A skill of the roadmap's tree: where it sits and what should come before it."""

    skill: str
    title: str
    stage: str
    requires: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class PlanSection:
    """One step of a study plan: problems to solve in order, decks to review, prompts to try."""

    title: str
    problems: tuple[str, ...]
    decks: tuple[str, ...]
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class StudyPlan:
    """An ordered study plan such as essentials-50."""

    slug: str
    title: str
    summary: str
    sections: tuple[PlanSection, ...]

    @property
    def problems(self) -> tuple[str, ...]:
        """Return every problem of the plan, in order."""
        return tuple(slug for section in self.sections for slug in section.problems)


# Which plan the next step follows for each target tier.
PLAN_FOR_TIER = {"standard": "essentials-50", "faang": "faang-150"}

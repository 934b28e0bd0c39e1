"""One readiness picture across interview rounds and skills, estimated from evidence.

Each piece of evidence is a graded outcome in [0, 1] with a weight (difficulty times recency).
A round's mastery is the mean of a Beta posterior over those outcomes, starting from a weak prior
at 0.5; its uncertainty is the posterior's standard deviation, large when evidence is thin.
Readiness discounts mastery by coverage: five easy problems solved well are not interview-ready.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

RECENCY_HALF_LIFE_DAYS = 45.0
PRIOR_STRENGTH = 2.0  # a Beta(1, 1) prior: worth two observations at 0.5
THIN_EVIDENCE = 5.0  # below this effective count, the estimate is flagged as uncertain
DIFFICULTY_WEIGHT = {"easy": 0.6, "medium": 1.0, "hard": 1.6}


class Round(StrEnum):
    """The rounds of an ML engineering interview loop."""

    DSA_CODING = "dsa_coding"
    ML_CODING = "ml_coding"
    ML_KNOWLEDGE = "ml_knowledge"
    ML_SYSTEM_DESIGN = "ml_system_design"
    BEHAVIORAL = "behavioral"
    PROJECTS = "projects_portfolio"

    @property
    def label(self) -> str:
        """Return the round's name for people."""
        return {
            Round.DSA_CODING: "DSA coding",
            Round.ML_CODING: "ML coding",
            Round.ML_KNOWLEDGE: "ML knowledge",
            Round.ML_SYSTEM_DESIGN: "ML system design",
            Round.BEHAVIORAL: "Behavioral",
            Round.PROJECTS: "Projects and portfolio",
        }[self]


@dataclass(frozen=True)
class Evidence:
    """One graded outcome that says something about a round and a skill."""

    round: Round
    skill: str
    score: float  # 0 = failed, 1 = clean success
    weight: float  # difficulty and the like, before recency
    at: datetime
    item: str  # the item it came from, e.g. 'problem:two-sum'


@dataclass(frozen=True)
class Estimate:
    """Readiness for a round or a skill, with its uncertainty."""

    readiness: float  # mastery discounted by coverage, 0..1
    mastery: float  # posterior mean of the outcomes, 0..1
    uncertainty: float  # posterior standard deviation
    evidence: float  # effective number of observations
    coverage: float  # 0..1 of the volume the round calls for

    @property
    def readiness_uncertainty(self) -> float:
        """Return the standard deviation carried over to the readiness scale."""
        return self.uncertainty * math.sqrt(self.coverage)

    @property
    def is_thin(self) -> bool:
        """Return whether too little evidence backs the estimate."""
        return self.evidence < THIN_EVIDENCE


def recency_weight(at: datetime, now: datetime) -> float:
    """Return the weight of evidence from `at`, halving every RECENCY_HALF_LIFE_DAYS."""
    age_days = max(0.0, (now - at).total_seconds() / 86400)
    return float(0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS))


def estimate(evidence: list[Evidence], now: datetime, target_volume: float) -> Estimate:
    """Return the Beta-posterior estimate for a set of evidence.

    target_volume is how much weighted evidence the round calls for (e.g. the number of
    problems in the profile's goal, scaled); coverage is the share of it present.
    """
    successes = failures = volume = 0.0
    for item in evidence:
        weight = item.weight * recency_weight(item.at, now)
        score = min(1.0, max(0.0, item.score))
        successes += weight * score
        failures += weight * (1 - score)
        volume += weight * score
    alpha = PRIOR_STRENGTH / 2 + successes
    beta = PRIOR_STRENGTH / 2 + failures
    total = alpha + beta
    mastery = alpha / total
    uncertainty = math.sqrt(alpha * beta / (total * total * (total + 1)))
    coverage = min(1.0, volume / target_volume) if target_volume > 0 else 1.0
    return Estimate(
        readiness=mastery * math.sqrt(coverage),
        mastery=mastery,
        uncertainty=uncertainty,
        evidence=successes + failures,
        coverage=coverage,
    )


def by_round(
    evidence: list[Evidence], now: datetime, targets: dict[Round, float]
) -> dict[Round, Estimate]:
    """Return an estimate for every round (rounds without evidence get the prior)."""
    return {
        round_: estimate([e for e in evidence if e.round is round_], now, targets.get(round_, 1))
        for round_ in Round
    }


def by_skill(
    evidence: list[Evidence], now: datetime, target_per_skill: float
) -> dict[str, Estimate]:
    """Return an estimate for every skill that has evidence."""
    skills = sorted({e.skill for e in evidence})
    return {
        skill: estimate([e for e in evidence if e.skill == skill], now, target_per_skill)
        for skill in skills
    }

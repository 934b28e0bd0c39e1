"""Prove the content bank: every reference passes, every known-wrong solution fails."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from mldojo.domain.grading import GradingJob
from mldojo.domain.submission import Verdict
from mldojo.errors import MldojoError
from mldojo.services.grading import GradingService
from mldojo.services.ports import (
    CardSource,
    Grader,
    ProblemSource,
    PromptSource,
    RoadmapSource,
)

STATEMENT_SECTIONS = ("**Input", "**Output", "**Examples", "**Constraints")


@dataclass
class ProblemProof:
    """What the check found for one problem."""

    slug: str
    time_limit_s: float | None = None
    reference_verdict: str | None = None
    wrong_verdicts: dict[str, str] = field(default_factory=dict)
    accepted_verdicts: dict[str, str] = field(default_factory=dict)
    defects: list[str] = field(default_factory=list)

    @property
    def is_proven(self) -> bool:
        """Return whether the problem passed every check."""
        return not self.defects


class ContentChecker:
    """Grades each problem's reference and wrong solutions through the real sandbox."""

    def __init__(
        self,
        problems: ProblemSource,
        cards: CardSource,
        prompts: PromptSource,
        roadmap: RoadmapSource,
        grading: GradingService,
        grader: Grader,
        *,
        parallel: int,
    ) -> None:
        self._problems = problems
        self._cards = cards
        self._prompts = prompts
        self._roadmap = roadmap
        self._grading = grading
        self._grader = grader
        self._parallel = max(1, parallel)

    def check_all(
        self, slugs: list[str] | None = None, progress: Callable[[str], None] | None = None
    ) -> list[ProblemProof]:
        """Check the named problems (default: all, including ones that fail to load)."""
        errors = self._problems.load_errors()
        proofs = [
            ProblemProof(slug, defects=[message])
            for slug, message in errors.items()
            if slugs is None or slug in slugs
        ]
        wanted = [s.slug for s in self._problems.summaries() if slugs is None or s.slug in slugs]
        # Problems side by side: while one computes its expected outputs in this process, the
        # sandbox runs another's solutions. The pool bounds how many run at once.
        with ThreadPoolExecutor(max_workers=self._parallel + 1) as executor:
            for proof in executor.map(self.check_problem, wanted):
                if progress:
                    progress(proof.slug)
                proofs.append(proof)
        return sorted(proofs, key=lambda p: p.slug)

    def check_cards(self, slugs: list[str] | None = None) -> list[str]:
        """Return the defects of the card files and of every parametric card."""
        defects = [] if slugs else self._cards.load_errors()
        problem_slugs = {summary.slug for summary in self._problems.summaries()}
        defects.extend(
            f"card {card.slug!r} has the slug of a problem: slugs name one item across the bank"
            for card in self._cards.cards()
            if card.slug in problem_slugs and (slugs is None or card.slug in slugs)
        )
        for card in self._cards.cards():
            if slugs is None or card.slug in slugs:
                defects.extend(self._cards.prove(card.slug))
        return defects

    def check_prompts(self) -> list[str]:
        """Return the defects of the system design and behavioral prompt files and rubrics."""
        return self._prompts.load_errors()

    def check_roadmap(self) -> list[str]:
        """Return the defects of the skill tree and the study plans, including plan items that
        name no problem, deck or prompt of the bank."""
        defects = self._roadmap.load_errors()
        prompts = [p.slug for p in self._prompts.design_prompts()]
        prompts += [p.slug for p in self._prompts.behavioral_prompts()]
        decks = {card.deck for card in self._cards.cards()}
        problems = [summary.slug for summary in self._problems.summaries()]
        defects += self._roadmap.reference_errors(problems, decks, prompts)
        return defects

    def check_problem(self, slug: str) -> ProblemProof:
        """Check one problem; defects name the file and what is wrong."""
        proof = ProblemProof(slug)
        try:
            problem = self._problems.get(slug)
            self._problems.tests(slug)
            for section in STATEMENT_SECTIONS:
                if section not in problem.statement:
                    proof.defects.append(f"{slug}/statement.md: no {section.strip('*')} section")
            job = self._grading.job_for(problem, f"check-{slug}", "", public_only=False)
            proof.time_limit_s = job.limits.time_limit_s
            wrongs = self._problems.wrong_solutions(slug)
            accepted = self._problems.accepted_solutions(slug)
            sources = (
                [self._problems.reference_source(slug)]
                + [w.source for w in wrongs]
                + [a.source for a in accepted]
            )
            # The pool is thread-safe: grade the reference and the wrong solutions side by side.
            with ThreadPoolExecutor(max_workers=self._parallel) as executor:
                reports = list(
                    executor.map(
                        lambda source: self._grader.grade(_with_source(job, source)), sources
                    )
                )
            reference = reports[0]
            wrong_reports = reports[1 : 1 + len(wrongs)]
            accepted_reports = reports[1 + len(wrongs) :]
            proof.reference_verdict = reference.verdict.value
            if reference.verdict is not Verdict.ACCEPTED:
                proof.defects.append(
                    f"{slug}/reference.py: {reference.verdict.value}: {reference.message}"
                )
            for wrong, report in zip(wrongs, wrong_reports, strict=True):
                if not wrong.note:
                    proof.defects.append(
                        f"{slug}/wrong/{wrong.name}.py: first line must name the mistake it "
                        "represents"
                    )
                proof.wrong_verdicts[wrong.name] = report.verdict.value
                if report.verdict is Verdict.ACCEPTED:
                    proof.defects.append(
                        f"{slug}/wrong/{wrong.name}.py: accepted, but it should fail "
                        f"({wrong.note}); add a hidden test that catches it"
                    )
            for other, report in zip(accepted, accepted_reports, strict=True):
                proof.accepted_verdicts[other.name] = report.verdict.value
                if report.verdict is not Verdict.ACCEPTED:
                    proof.defects.append(
                        f"{slug}/accepted/{other.name}.py: {report.verdict.value}, but it is a "
                        f"correct solution ({other.note}): {report.message}"
                    )
        except MldojoError as exc:
            proof.defects.append(exc.message)
        return proof


def _with_source(job: GradingJob, source: str) -> GradingJob:
    return replace(job, source=source)

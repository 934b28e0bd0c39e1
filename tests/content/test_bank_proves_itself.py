"""`mldojo content check` over the bundled bank: every reference passes, every wrong/ fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mldojo.bootstrap import Application
from mldojo.config import Settings
from mldojo.content.catalog import BUNDLED_BANK
from mldojo.content.problems import ProblemBank
from mldojo.services.content_check import ProblemProof

# Proving the whole bank takes minutes, all in the first test that needs the proofs.
pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(2400)]


def _bank_slugs() -> list[str]:
    return ProblemBank(BUNDLED_BANK, expected_outputs=lambda *_: []).slugs()


@pytest.fixture(scope="module")
def bank_app(
    tmp_path_factory: pytest.TempPathFactory, grading_engine: object
) -> Iterator[Application]:
    home: Path = tmp_path_factory.mktemp("bank-home")
    app = Application(settings=Settings(home=home))
    app.__dict__["grader"] = grading_engine
    yield app
    app.__dict__.pop("grader")
    app.close()


@pytest.fixture(scope="module")
def proofs(bank_app: Application, request: pytest.FixtureRequest) -> dict[str, ProblemProof]:
    """Prove every problem this run selected at once, side by side, as `mldojo content check`
    does; each test then reads its problem's proof."""
    selected = [
        item.callspec.params["slug"]
        for item in request.session.items
        if item.module is request.module
        and hasattr(item, "callspec")
        and "slug" in item.callspec.params
    ]
    return {proof.slug: proof for proof in bank_app.content_checker.check_all(selected)}


def test_bank_has_no_broken_problem_files() -> None:
    assert ProblemBank(BUNDLED_BANK, expected_outputs=lambda *_: []).load_errors() == {}


@pytest.mark.parametrize("slug", _bank_slugs())
def test_problem_proves_itself(proofs: dict[str, ProblemProof], slug: str) -> None:
    proof = proofs[slug]
    assert proof.defects == []
    assert proof.reference_verdict == "accepted"
    assert proof.wrong_verdicts, "every problem ships at least one known-wrong solution"

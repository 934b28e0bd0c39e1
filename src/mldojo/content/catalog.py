"""Count what the content bank holds without loading all of it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

BUNDLED_BANK = Path(__file__).with_name("bank")
PROBLEM_KINDS = ("dsa", "ml", "pandas", "sql")


class BankCatalog:
    """The content bank in one directory."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or BUNDLED_BANK

    def counts(self) -> dict[str, int]:
        """Return how many problems of each kind, and how many cards, the bank holds."""
        counts = dict.fromkeys(PROBLEM_KINDS, 0)
        problems_dir = self.root / "problems"
        if problems_dir.is_dir():
            for manifest in sorted(problems_dir.glob("*/problem.toml")):
                try:
                    kind = tomllib.loads(manifest.read_text("utf-8")).get("kind")
                except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                    continue
                if kind in counts:
                    counts[kind] += 1
        from mldojo.content.cards import CardBank

        card_counts = CardBank(self.root).counts()
        counts["cards"] = card_counts["total"]
        counts["auto_graded_cards"] = card_counts["auto_graded"]
        return counts

    def stats(self) -> dict[str, Any]:
        """Return the `mldojo content stats --json` document."""
        from mldojo.content.cards import CardBank
        from mldojo.content.prompts import PromptBank
        from mldojo.content.roadmap import RoadmapBank

        counts = self.counts()
        prompts = PromptBank(self.root).counts()
        cards = CardBank(self.root).counts()
        return {
            "problems": {kind: counts[kind] for kind in PROBLEM_KINDS},
            "cards": {"total": cards["total"], "auto_graded": cards["auto_graded"]},
            "decks": cards["decks"],
            "design_prompts": prompts["design_prompts"],
            "general_design_prompts": prompts["general_design_prompts"],
            "behavioral_prompts": prompts["behavioral_prompts"],
            "resources": 0,
            "plans": {p.slug: len(p.problems) for p in RoadmapBank(self.root).plans()},
        }

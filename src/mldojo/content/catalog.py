"""Count what the content bank holds without loading all of it."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
        cards_dir = self.root / "cards"
        counts["cards"] = len(list(cards_dir.glob("**/*.yaml"))) if cards_dir.is_dir() else 0
        return counts

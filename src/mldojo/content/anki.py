"""Export cards as an Anki package (.apkg) for reviewing on a phone."""

from __future__ import annotations

import hashlib
import html
import random
from collections.abc import Callable
from pathlib import Path

import genanki

from mldojo.domain.cards import Card, CardInstance, CardKind

PARAMETRIC_VARIANTS = 3  # Anki cannot draw numbers, so each parametric card ships a few drawings
_MODEL = genanki.Model(
    1_607_392_319,  # a fixed id, so re-imports update the same note type
    "mldojo card",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}],
    templates=[
        {
            "name": "Recall",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<br><small>{{Source}}</small>',
        }
    ],
)


def _stable_id(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:6], "big")


def export_apkg(
    cards: list[Card],
    draw: Callable[[str, int], CardInstance],
    path: Path,
    deck_name: str = "mldojo",
) -> tuple[Path, int]:
    """Write the cards to path as one Anki deck per mldojo deck; return the path and note count.

    draw(slug, seed) returns a parametric card's instance (prompt and expected value).
    """
    decks: dict[str, genanki.Deck] = {}
    notes = 0
    for card in cards:
        deck = decks.setdefault(
            card.deck, genanki.Deck(_stable_id(card.deck), f"{deck_name}::{card.deck}")
        )
        if card.kind is CardKind.QA:
            points = "".join(f"<li>{html.escape(p)}</li>" for p in card.key_points)
            answer = f"{html.escape(card.answer)}<ul>{points}</ul>"
            deck.add_note(_note(card.id, html.escape(card.question), answer, card.slug))
            notes += 1
            continue
        for variant in range(PARAMETRIC_VARIANTS):
            seed = random.Random(f"{card.id}:{variant}").getrandbits(32)
            instance = draw(card.slug, seed)
            units = f" {card.units}" if card.units else ""
            answer = (
                f"<b>{instance.expected:,.6g}{html.escape(units)}</b><br>{html.escape(card.answer)}"
            )
            deck.add_note(
                _note(f"{card.id}:{variant}", html.escape(instance.prompt), answer, card.slug)
            )
            notes += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(list(decks.values())).write_to_file(str(path))
    return path, notes


def _note(guid_source: str, question: str, answer: str, source: str) -> genanki.Note:
    return genanki.Note(
        model=_MODEL,
        fields=[question, answer, f"mldojo · {source}"],
        guid=genanki.guid_for(guid_source),
    )

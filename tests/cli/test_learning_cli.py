"""The daily loop from the command line, as a new user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Mldojo


@pytest.fixture
def learner(mldojo: Mldojo) -> Mldojo:
    assert mldojo("init", "--yes", "--name", "Ada").code == 0
    return mldojo


def test_log_rejects_unknown_time_format_and_empty_note(learner: Mldojo) -> None:
    bad_time = learner("log", "2x", "pca")
    assert bad_time.code != 0
    assert "write it like 90m, 1h30 or 1.5h" in bad_time.stderr
    empty = learner("log", "30m", "  ")
    assert empty.code != 0
    assert "the note is empty" in empty.stderr


def test_review_session_grades_cards_and_schedules_them(learner: Mldojo) -> None:
    # Answer whatever comes: '?' gives up on a parametric card, Enter reveals a Q&A card and
    # '3' rates it Good. Two items, then quit.
    result = learner("review", "--limit", "2", input="?\n3\n?\n3\n")
    assert result.code == 0, result.stderr
    assert "next review" in result.stdout
    exported = json.loads(learner("export").stdout)
    assert len(exported["review_log"]) == 2


def test_progress_prints_rounds_and_writes_a_chart(learner: Mldojo, tmp_path: Path) -> None:
    learner("log", "45m", "bayes rule", "--topic", "probability")
    chart = tmp_path / "progress.png"
    result = learner("progress", "--plot", str(chart))
    assert result.code == 0, result.stderr
    assert "ML knowledge" in result.stdout
    assert "0.8/10 h this week" in result.stdout
    import matplotlib.image

    pixels = matplotlib.image.imread(chart)
    assert pixels.shape[0] > 300
    assert pixels.shape[1] > 800
    assert pixels.std() > 0.05  # not a blank image


def test_next_json_recommends_with_reasons(learner: Mldojo) -> None:
    result = learner("next", "--json")
    steps = json.loads(result.stdout)["recommendations"]
    assert steps
    assert all(step["reason"] and step["command"].startswith("mldojo ") for step in steps)


def test_notes_and_weekly_post_are_published_as_markdown(learner: Mldojo, tmp_path: Path) -> None:
    learner("log", "1h", "attention by hand", "--topic", "transformers")
    assert learner("note", "add", "transformers", "Scale scores by 1/sqrt(d_k).").code == 0
    empty = learner("note", "add", "transformers", " ")
    assert empty.code != 0
    week = learner("publish", "week", "--out", str(tmp_path / "blog"))
    assert week.code == 0, week.stderr
    [post] = (tmp_path / "blog").glob("*.md")
    text = post.read_text()
    assert "transformers: 1h00" in text
    assert "Scale scores by 1/sqrt(d_k)." in text
    assert (tmp_path / "blog" / post.name.replace(".md", ".png")).exists()
    notes = learner("publish", "notes", "--out", str(tmp_path / "notes"))
    assert notes.code == 0
    assert "# transformers" in (tmp_path / "notes" / "transformers.md").read_text()


def test_cards_export_to_an_anki_package(learner: Mldojo, tmp_path: Path) -> None:
    import sqlite3
    import zipfile

    target = tmp_path / "deck.apkg"
    result = learner("cards", "export-anki", str(target))
    assert result.code == 0, result.stderr
    with zipfile.ZipFile(target) as package:
        package.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        notes = db.execute("select count(*) from notes").fetchone()[0]
    assert notes > 10


def test_review_optimize_says_why_not_without_history(learner: Mldojo) -> None:
    result = learner("review", "optimize")
    assert result.code == 1
    assert "not enough history" in result.stderr

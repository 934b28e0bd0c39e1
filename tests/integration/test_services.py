"""Profile, study log, export and import through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from mldojo.bootstrap import Application
from mldojo.config import Settings
from mldojo.domain.profile import TargetTier
from mldojo.domain.transfer import ExportDocument
from mldojo.errors import ConfigError, DataFileError, ProfileMissingError, SchemaVersionError
from mldojo.services.transfer import parse_export, render_export
from tests.conftest import FakeClock
from tests.factories import make_graded_submission


def test_profile_defaults_to_standard_tier_and_ten_hours(application: Application) -> None:
    profile = application.profiles.save_profile(name="Ada")
    assert profile.target_tier is TargetTier.STANDARD
    assert profile.solved_problem_goal == 50
    assert profile.weekly_goal_hours == 10


def test_profile_update_keeps_unchanged_fields(application: Application, clock: FakeClock) -> None:
    application.profiles.save_profile(name="Ada", target_tier="faang", weekly_goal_hours=12)
    clock.advance(days=1)
    updated = application.profiles.save_profile(name="Ada Lovelace")
    assert updated.target_tier is TargetTier.FAANG
    assert updated.solved_problem_goal == 150
    assert updated.weekly_goal_hours == 12
    assert updated.updated_at > updated.created_at


def test_profile_rejects_unknown_tier_with_choices(application: Application) -> None:
    with pytest.raises(ConfigError, match="faang, standard"):
        application.profiles.save_profile(name="Ada", target_tier="unicorn")


def test_profile_rejects_nonpositive_weekly_hours(application: Application) -> None:
    with pytest.raises(ConfigError, match="weekly_goal_hours"):
        application.profiles.save_profile(name="Ada", weekly_goal_hours=0)


def test_require_profile_explains_init_when_missing(application: Application) -> None:
    with pytest.raises(ProfileMissingError, match="mldojo init"):
        application.profiles.require_profile()


def test_study_log_records_minutes_from_duration(application: Application) -> None:
    entry = application.study_log.log_study("1h30", "gradient descent", topic="ml")
    assert entry.minutes == 90
    assert application.study_log.list_entries() == [entry]


def test_study_log_rejects_unreadable_duration(application: Application) -> None:
    with pytest.raises(DataFileError, match="90m, 1h30 or 1.5h"):
        application.study_log.log_study("soon", "notes")


def _populate(application: Application) -> None:
    application.profiles.save_profile(name="Ada", target_tier="faang", target_role="MLE")
    application.study_log.log_study("45m", "softmax by hand", topic="deep learning")
    with application.uow_factory() as uow:
        user = uow.users.get_by_username("local")
        assert user is not None
        uow.submissions.add(user.id, make_graded_submission())
        uow.commit()


def test_export_import_export_is_identical_but_for_timestamp(
    application: Application, tmp_path: object, clock: FakeClock
) -> None:
    _populate(application)
    first = application.transfer.export_user()
    fresh = Application(
        settings=Settings(home=application.settings.home.parent / "other"), clock=clock
    )
    try:
        document = parse_export(render_export(first).encode(), "a.json")
        added = fresh.transfer.import_document(document)
        clock.advance(minutes=5)
        second = fresh.transfer.export_user()
    finally:
        fresh.close()
    assert added == {"profile": 1, "submissions": 1, "study_log": 1, "reviews": 0, "notes": 0}
    a = json.loads(render_export(first))
    b = json.loads(render_export(second))
    assert a.pop("exported_at") != b.pop("exported_at")
    assert a == b


def test_import_twice_adds_nothing_the_second_time(application: Application) -> None:
    _populate(application)
    document = application.transfer.export_user()
    again = application.transfer.import_document(document)
    assert again["submissions"] == 0
    assert again["study_log"] == 0


def test_failed_import_leaves_the_database_unchanged(application: Application) -> None:
    _populate(application)
    document = application.transfer.export_user()
    with application.uow_factory() as uow:
        uow.users.add(
            "bob",
            role=uow.users.get_by_username("local").role,  # type: ignore[union-attr]
            email=None,
            created_at=document.exported_at,
        )
        uow.commit()
    # Bob's import collides with the local user's submission ids after adding his profile.
    with pytest.raises(DataFileError, match="another user"):
        application.transfer.import_document(document, username="bob")
    with application.uow_factory() as uow:
        bob = uow.users.get_by_username("bob")
        assert bob is not None
        assert uow.profiles.get(bob.id) is None
        assert uow.study_log.list_for_user(bob.id) == []


def _raw(document: ExportDocument) -> dict[str, object]:
    data: dict[str, object] = json.loads(render_export(document))
    return data


def test_parse_export_reports_truncation_with_line(application: Application) -> None:
    _populate(application)
    text = render_export(application.transfer.export_user())
    with pytest.raises(DataFileError, match=r"a\.json: not valid JSON at line \d+.*truncated"):
        parse_export(text[: len(text) // 2].encode(), "a.json")


def test_parse_export_refuses_newer_schema_version(application: Application) -> None:
    _populate(application)
    data = _raw(application.transfer.export_user())
    data["schema_version"] = 99
    with pytest.raises(SchemaVersionError, match="schema 99.*upgrade mldojo"):
        parse_export(json.dumps(data).encode(), "a.json")


def test_parse_export_names_the_bad_field(application: Application) -> None:
    _populate(application)
    data = _raw(application.transfer.export_user())
    data["study_log"][0]["minutes"] = -5  # type: ignore[index]
    with pytest.raises(DataFileError, match=r"study_log\[0\]\.minutes"):
        parse_export(json.dumps(data).encode(), "a.json")


def test_parse_export_refuses_non_utf8() -> None:
    with pytest.raises(DataFileError, match="not UTF-8"):
        parse_export(b"\xff\xfe{}", "a.json")


def test_parse_export_refuses_other_json() -> None:
    with pytest.raises(DataFileError, match="not an mldojo export"):
        parse_export(b'{"hello": 1}', "a.json")


def test_study_log_refuses_an_empty_note(application: Application) -> None:
    with pytest.raises(DataFileError, match="the note is empty"):
        application.study_log.log_study("30m", "   ")


def test_note_needs_a_topic_and_a_body(application: Application) -> None:
    with pytest.raises(DataFileError, match="body is empty"):
        application.notes.add_note("statistics", "  ")
    note = application.notes.add_note("statistics", "A p-value is not an effect size.")
    assert application.notes.notes_by_topic() == {"statistics": [note]}


def test_version_one_export_still_imports(application: Application) -> None:
    _populate(application)
    data = _raw(application.transfer.export_user())
    data["schema_version"] = 1
    for key in ("review_states", "review_log", "notes"):
        data.pop(key)
    document = parse_export(json.dumps(data).encode(), "old.json")
    assert document.study_log

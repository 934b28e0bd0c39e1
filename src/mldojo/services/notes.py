"""Markdown notes by topic, written while studying."""

from __future__ import annotations

import uuid

from pydantic import ValidationError

from mldojo.domain.notes import Note
from mldojo.domain.profile import LOCAL_USERNAME
from mldojo.errors import DataFileError
from mldojo.services.ports import Clock, UnitOfWorkFactory
from mldojo.services.profiles import ensure_user


class NoteService:
    """Add and list topic notes."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def add_note(self, topic: str, body: str, *, username: str = LOCAL_USERNAME) -> Note:
        """Store a Markdown note under a topic."""
        try:
            note = Note(id=str(uuid.uuid4()), topic=topic, body=body, created_at=self._clock.now())
        except ValidationError as exc:
            field = str(exc.errors()[0]["loc"][0])
            raise DataFileError(
                f"the note's {field} is empty: write something to remember, e.g. "
                '`mldojo note add statistics "p-values are not effect sizes"`'
            ) from None
        with self._uow_factory() as uow:
            user = ensure_user(uow, username, self._clock)
            uow.notes.add(user.id, note)
            uow.commit()
        return note

    def notes_by_topic(self, username: str = LOCAL_USERNAME) -> dict[str, list[Note]]:
        """Return notes grouped by topic (topics sorted, notes oldest first)."""
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            notes = uow.notes.list_for_user(user.id) if user else []
        grouped: dict[str, list[Note]] = {}
        for note in notes:
            grouped.setdefault(note.topic, []).append(note)
        return dict(sorted(grouped.items()))

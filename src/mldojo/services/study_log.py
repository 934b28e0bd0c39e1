"""The study log: time spent and what was learned."""

from __future__ import annotations

import uuid

from mldojo.domain.profile import LOCAL_USERNAME
from mldojo.domain.study import StudyEntry, StudySource, parse_duration_minutes
from mldojo.errors import DataFileError
from mldojo.services.ports import Clock, UnitOfWorkFactory
from mldojo.services.profiles import ensure_user


class StudyLogService:
    """Record and list study time."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def log_study(
        self,
        duration: str,
        notes: str = "",
        *,
        topic: str | None = None,
        source: StudySource = StudySource.MANUAL,
        username: str = LOCAL_USERNAME,
    ) -> StudyEntry:
        """Record a duration such as '1h30' with notes; return the stored entry."""
        try:
            minutes = parse_duration_minutes(duration)
        except ValueError as exc:
            raise DataFileError(str(exc)) from None
        if source is StudySource.MANUAL and not notes.strip():
            raise DataFileError(
                'the note is empty: say what you studied, e.g. mldojo log 1h30 "PCA by hand"'
            )
        entry = StudyEntry(
            id=str(uuid.uuid4()),
            logged_at=self._clock.now(),
            minutes=minutes,
            topic=topic or None,
            notes=notes,
            source=source,
        )
        with self._uow_factory() as uow:
            user = ensure_user(uow, username, self._clock)
            uow.study_log.add(user.id, entry)
            uow.commit()
        return entry

    def list_entries(self, username: str = LOCAL_USERNAME) -> list[StudyEntry]:
        """Return the user's entries, oldest first."""
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            return uow.study_log.list_for_user(user.id) if user else []

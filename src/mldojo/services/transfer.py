"""Export all of a user's data as one JSON document, and import it back in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from pydantic import ValidationError

from mldojo import __version__
from mldojo.domain.profile import LOCAL_USERNAME
from mldojo.domain.transfer import (
    EXPORT_FORMAT,
    EXPORT_SCHEMA_VERSION,
    ExportDocument,
    ExportedUser,
)
from mldojo.errors import DataFileError, NotFoundError, SchemaVersionError
from mldojo.services.ports import Clock, UnitOfWorkFactory
from mldojo.services.profiles import ensure_user


def parse_export(raw: bytes, source_name: str) -> ExportDocument:
    """Read an export document, explaining exactly what is wrong with a bad one."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(
            f"{source_name}: not UTF-8 text (bad byte at offset {exc.start}); "
            "is this an mldojo export?"
        ) from None
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(
            f"{source_name}: not valid JSON at line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}; the file may be truncated, export it again"
        ) from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise DataFileError(
            f'{source_name}: not an mldojo export (expected "format": "{EXPORT_FORMAT}")'
        )
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataFileError(f"{source_name}: schema_version must be an integer, got {version!r}")
    if version > EXPORT_SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{source_name}: written with export schema {version}, but this mldojo "
            f"{__version__} reads up to schema {EXPORT_SCHEMA_VERSION}; upgrade mldojo to import it"
        )
    try:
        return ExportDocument.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]
        ).lstrip(".")
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise DataFileError(f"{source_name}: {location}: {first['msg']}{more}") from None


def render_export(document: ExportDocument) -> str:
    """Serialise an export document as stable, readable JSON."""
    return document.model_dump_json(indent=2) + "\n"


class DataTransferService:
    """Move a user's data between installations."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def export_user(self, username: str = LOCAL_USERNAME) -> ExportDocument:
        """Return everything stored for the user."""
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            if user is None:
                raise NotFoundError(
                    f"no user {username!r} to export: run `mldojo init` first"
                    if username == LOCAL_USERNAME
                    else f"no user {username!r} to export"
                )
            return ExportDocument(
                exported_at=self._clock.now(),
                mldojo_version=__version__,
                user=ExportedUser(username=user.username, email=user.email, role=user.role),
                profile=uow.profiles.get(user.id),
                submissions=uow.submissions.list_for_user(user.id),
                study_log=uow.study_log.list_for_user(user.id),
                review_states=uow.reviews.states(user.id),
                review_log=uow.reviews.entries(user.id),
                notes=uow.notes.list_for_user(user.id),
            )

    def import_document(
        self, document: ExportDocument, username: str = LOCAL_USERNAME
    ) -> dict[str, int]:
        """Store the document's data for the user in one transaction; return what was added.

        The profile is replaced; submissions and study-log entries are added by id, so importing
        the same file twice changes nothing the second time.
        """
        added = {"profile": 0, "submissions": 0, "study_log": 0, "reviews": 0, "notes": 0}
        with self._uow_factory() as uow:
            user = ensure_user(uow, username, self._clock)
            if document.profile is not None:
                uow.profiles.save(user.id, document.profile)
                added["profile"] = 1
            added["submissions"] = _add_new(
                "submission",
                document.submissions,
                uow.submissions.owner_of,
                lambda item: uow.submissions.add(user.id, item),
                user.id,
            )
            added["study_log"] = _add_new(
                "study-log entry",
                document.study_log,
                uow.study_log.owner_of,
                lambda item: uow.study_log.add(user.id, item),
                user.id,
            )
            for state in document.review_states:
                # The schedule follows the imported history when the file knows the item.
                uow.reviews.save_state(user.id, state)
            added["reviews"] = _add_new(
                "review",
                document.review_log,
                uow.reviews.entry_owner,
                lambda item: uow.reviews.add_entry(user.id, item),
                user.id,
            )
            added["notes"] = _add_new(
                "note",
                document.notes,
                uow.notes.owner_of,
                lambda item: uow.notes.add(user.id, item),
                user.id,
            )
            uow.commit()
        return added


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_Identified)


def _add_new(
    label: str,
    items: Sequence[_T],
    owner_of: Callable[[str], int | None],
    add: Callable[[_T], None],
    user_id: int,
) -> int:
    """Add the items not stored yet; refuse ids that belong to someone else. Return the count."""
    added = 0
    for item in items:
        owner = owner_of(item.id)
        if owner is None:
            add(item)
            added += 1
        elif owner != user_id:
            raise DataFileError(
                f"{label} {item.id} already belongs to another user; nothing was imported"
            )
    return added

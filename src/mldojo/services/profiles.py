"""Create, read and change the learner's profile."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mldojo.domain.profile import LOCAL_USERNAME, Profile, Role, TargetTier, User
from mldojo.errors import ConfigError, ProfileMissingError
from mldojo.services.ports import Clock, UnitOfWork, UnitOfWorkFactory


def ensure_user(uow: UnitOfWork, username: str, clock: Clock) -> User:
    """Return the user with this username, creating a learner account if missing."""
    user = uow.users.get_by_username(username)
    if user is None:
        user = uow.users.add(username, role=Role.LEARNER, email=None, created_at=clock.now())
    return user


class ProfileService:
    """The learner's goals: name, target role, tier and weekly study hours."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def save_profile(
        self,
        *,
        name: str,
        target_role: str | None = None,
        target_tier: TargetTier | str | None = None,
        weekly_goal_hours: float | None = None,
        desired_retention: float | None = None,
        new_cards_per_day: int | None = None,
        max_reviews_per_day: int | None = None,
        username: str = LOCAL_USERNAME,
    ) -> Profile:
        """Create the profile, or update the fields given; return the result."""
        try:
            tier = TargetTier(target_tier) if target_tier is not None else None
        except ValueError:
            choices = ", ".join(t.value for t in TargetTier)
            raise ConfigError(f"unknown tier {target_tier!r}: choose one of {choices}") from None
        now = self._clock.now()
        with self._uow_factory() as uow:
            user = ensure_user(uow, username, self._clock)
            current = uow.profiles.get(user.id)
            fields: dict[str, object] = {"name": name, "updated_at": now}
            if target_role is not None:
                fields["target_role"] = target_role
            if tier is not None:
                fields["target_tier"] = tier
            optional = {
                "weekly_goal_hours": weekly_goal_hours,
                "desired_retention": desired_retention,
                "new_cards_per_day": new_cards_per_day,
                "max_reviews_per_day": max_reviews_per_day,
            }
            fields.update({key: value for key, value in optional.items() if value is not None})
            if current is None:
                profile = _validated_profile({"created_at": now, **fields})
            else:
                profile = _validated_profile({**current.model_dump(), **fields})
            uow.profiles.save(user.id, profile)
            uow.commit()
        return profile

    def get_profile(self, username: str = LOCAL_USERNAME) -> Profile | None:
        """Return the profile, or None when `mldojo init` has not run yet."""
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            return uow.profiles.get(user.id) if user else None

    def require_profile(self, username: str = LOCAL_USERNAME) -> Profile:
        """Return the profile or explain how to create one."""
        profile = self.get_profile(username)
        if profile is None:
            raise ProfileMissingError("no profile yet: run `mldojo init` to create one")
        return profile


PROFILE_FIELDS = (
    "name",
    "target_role",
    "target_tier",
    "weekly_goal_hours",
    "desired_retention",
    "new_cards_per_day",
    "max_reviews_per_day",
)


def profile_field_errors(fields: Mapping[str, object]) -> dict[str, str]:
    """Return a message per invalid profile field (empty when the fields make a valid profile)."""
    from datetime import UTC, datetime

    from pydantic import ValidationError

    moment = datetime.now(UTC)
    data = {k: v for k, v in fields.items() if k in PROFILE_FIELDS}
    try:
        Profile.model_validate({**data, "created_at": moment, "updated_at": moment})
    except ValidationError as exc:
        errors: dict[str, str] = {}
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "profile"
            errors.setdefault(field, _field_message(error))
        return errors
    return {}


def _field_message(error: Any) -> str:
    context = error.get("ctx") or {}
    kind = error["type"]
    if kind in ("string_too_short", "missing"):
        return "required"
    if kind == "string_too_long":
        return f"at most {context.get('max_length')} characters"
    if kind == "greater_than":
        return f"must be more than {context.get('gt')}"
    if kind == "greater_than_equal":
        return f"must be at least {context.get('ge')}"
    if kind == "less_than_equal":
        return f"must be at most {context.get('le')}"
    if kind == "enum":
        return f"choose one of {context.get('expected')}"
    if kind in ("float_parsing", "int_parsing", "int_from_float", "float_type", "int_type"):
        return "enter a whole number" if kind.startswith("int") else "enter a number"
    return str(error["msg"])


def _validated_profile(data: dict[str, object]) -> Profile:
    from pydantic import ValidationError

    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"profile {field}: {first['msg']}") from None

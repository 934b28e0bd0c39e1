"""Accounts in a multi-user installation: names, passwords, sessions, groups and comments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from mldojo.domain.profile import Role, User

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,31}$")
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256
SESSION_LIFETIME = timedelta(days=14)
MAX_COMMENT_LENGTH = 5000


def username_problem(username: str) -> str | None:
    """Return why a username cannot be used, or None when it can."""
    if not USERNAME_PATTERN.match(username):
        return (
            "use 3 to 32 characters: lowercase letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    if username == "local":
        return "'local' is reserved for the single-user account"
    return None


def password_problem(password: str, username: str) -> str | None:
    """Return why a password is too weak to accept, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"use at least {MIN_PASSWORD_LENGTH} characters"
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"use at most {MAX_PASSWORD_LENGTH} characters"
    if len(set(password)) < 4:
        return "use more than three different characters"
    if username and username.lower() in password.lower():
        return "do not include your username"
    return None


class GroupRole(StrEnum):
    """A member's place in a group: mentors see the learners of their groups."""

    MENTOR = "mentor"
    LEARNER = "learner"


@dataclass(frozen=True)
class Group:
    """A class, cohort or hiring pipeline that learners join with an invite code."""

    id: int
    name: str
    invite_code: str
    created_at: datetime


@dataclass(frozen=True)
class Member:
    """A user in a group."""

    user: User
    role: GroupRole
    joined_at: datetime


@dataclass(frozen=True)
class Comment:
    """A mentor's comment on a learner's work."""

    id: str
    author: str
    learner: str
    subject: str  # "general", or what it is about, such as "submission:<id>"
    body: str
    created_at: datetime


def may_create_groups(user: User) -> bool:
    """Mentors and admins run groups."""
    return user.role in (Role.MENTOR, Role.ADMIN)


def may_view(viewer: User, owner_id: int, mentored_ids: frozenset[int]) -> bool:
    """Whether `viewer` may see the work of user `owner_id`: their own, or a learner they
    mentor in a group, or anyone's for an admin."""
    return viewer.id == owner_id or viewer.role is Role.ADMIN or owner_id in mentored_ids

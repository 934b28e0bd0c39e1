"""Accounts for multi-user serving: registration, login sessions, roles, groups and comments."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from mldojo.domain.accounts import (
    MAX_COMMENT_LENGTH,
    SESSION_LIFETIME,
    Comment,
    Group,
    GroupRole,
    Member,
    may_create_groups,
    may_view,
    password_problem,
    username_problem,
)
from mldojo.domain.profile import Role, User
from mldojo.errors import AuthenticationError, DataFileError, ForbiddenError, NotFoundError
from mldojo.services.ports import Clock, UnitOfWork, UnitOfWorkFactory
from mldojo.services.profiles import ProfileService

REGISTRATION_OPEN = "registration_open"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class LoginSession:
    """A new session: the token goes in the cookie, only its hash is stored."""

    token: str
    user: User


class AccountService:
    """Registration, login and logout, roles, and whether registration is open."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        profiles: ProfileService,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._profiles = profiles
        self._hasher = hasher or PasswordHasher()  # argon2id with the library's defaults
        self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    def registration_open(self) -> bool:
        """Return whether new people may create accounts."""
        with self._uow_factory() as uow:
            return uow.server_settings.enabled(REGISTRATION_OPEN, True)

    def set_registration_open(self, actor: User, is_open: bool) -> None:
        """Open or close registration (admins only)."""
        _require_admin(actor)
        with self._uow_factory() as uow:
            uow.server_settings.set_enabled(REGISTRATION_OPEN, is_open)
            uow.commit()

    def register(self, username: str, password: str, *, display_name: str = "") -> User:
        """Create a learner account with a profile; the first account becomes the admin."""
        username = username.strip().lower()
        problem = username_problem(username)
        if problem:
            raise DataFileError(f"username: {problem}")
        problem = password_problem(password, username)
        if problem:
            raise DataFileError(f"password: {problem}")
        password_hash = self._hasher.hash(password)
        with self._uow_factory() as uow:
            first = uow.users.count_with_role(Role.ADMIN) == 0
            if not first and not uow.server_settings.enabled(REGISTRATION_OPEN, True):
                raise ForbiddenError("registration is closed: ask an admin for an account")
            if uow.users.get_by_username(username) is not None:
                raise DataFileError(f"username: {username!r} is taken; choose another")
            user = uow.users.add(
                username,
                role=Role.ADMIN if first else Role.LEARNER,
                email=None,
                created_at=self._clock.now(),
            )
            uow.users.set_password_hash(user.id, password_hash)
            uow.commit()
        self._profiles.save_profile(name=display_name.strip() or username, username=username)
        return user

    def login(self, username: str, password: str) -> LoginSession:
        """Check a password and start a session; the same error for any wrong detail."""
        username = username.strip().lower()
        refused = AuthenticationError("wrong username or password")
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            stored = uow.users.password_hash(user.id) if user else None
            if user is None or stored is None:
                self._verify(self._dummy_hash, password)  # the same work either way
                raise refused
            if not self._verify(stored, password):
                raise refused
            if self._hasher.check_needs_rehash(stored):
                uow.users.set_password_hash(user.id, self._hasher.hash(password))
            token = secrets.token_urlsafe(32)
            now = self._clock.now()
            uow.sessions.delete_expired(now)
            uow.sessions.add(_token_hash(token), user.id, now, now + SESSION_LIFETIME)
            uow.commit()
        return LoginSession(token, user)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def user_for_session(self, token: str | None) -> User | None:
        """Return the user of a session token, or None when it is unknown or expired."""
        if not token:
            return None
        with self._uow_factory() as uow:
            return uow.sessions.user_for(_token_hash(token), self._clock.now())

    def logout(self, token: str | None) -> None:
        """End a session."""
        if not token:
            return
        with self._uow_factory() as uow:
            uow.sessions.delete(_token_hash(token))
            uow.commit()

    def users(self, actor: User) -> list[User]:
        """Return every account (admins only)."""
        _require_admin(actor)
        with self._uow_factory() as uow:
            return uow.users.list_all()

    def set_role(self, actor: User, username: str, role: Role) -> User:
        """Change a user's role (admins only; the last admin stays an admin)."""
        _require_admin(actor)
        with self._uow_factory() as uow:
            user = uow.users.get_by_username(username)
            if user is None:
                raise NotFoundError(f"no user {username!r}")
            if (
                user.role is Role.ADMIN
                and role is not Role.ADMIN
                and uow.users.count_with_role(Role.ADMIN) == 1
            ):
                raise ForbiddenError(
                    "the last admin cannot step down: make someone else admin first"
                )
            uow.users.set_role(user.id, role)
            uow.commit()
            return user.model_copy(update={"role": role})


class GroupService:
    """Groups joined by invite code; mentors see and comment on the work of their learners."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def create_group(self, actor: User, name: str) -> Group:
        """Create a group with a fresh invite code; its creator is its mentor."""
        if not may_create_groups(actor):
            raise ForbiddenError("only mentors and admins create groups")
        name = name.strip()
        if not 2 <= len(name) <= 120:
            raise DataFileError("name: use 2 to 120 characters")
        with self._uow_factory() as uow:
            code = "-".join(secrets.token_hex(3) for _ in range(2))
            group = uow.groups.add(name, code, actor.id, self._clock.now())
            uow.groups.add_member(group.id, actor.id, GroupRole.MENTOR, self._clock.now())
            uow.commit()
            return group

    def join(self, actor: User, invite_code: str) -> Group:
        """Join a group as a learner with its invite code."""
        with self._uow_factory() as uow:
            group = uow.groups.by_code(invite_code.strip().lower())
            if group is None:
                raise NotFoundError("no group has this invite code: check it with your mentor")
            uow.groups.add_member(group.id, actor.id, GroupRole.LEARNER, self._clock.now())
            uow.commit()
            return group

    def groups(self, actor: User) -> list[tuple[Group, GroupRole, list[Member]]]:
        """Return the actor's groups, their role in each and the members they may see."""
        with self._uow_factory() as uow:
            result = []
            for group, role in uow.groups.groups_of(actor.id):
                members = uow.groups.members(group.id)
                if role is GroupRole.LEARNER:  # learners see their mentors, not each other
                    members = [m for m in members if m.role is GroupRole.MENTOR]
                result.append((group, role, members))
            return result

    def learners(self, actor: User) -> list[User]:
        """Return the learners the actor mentors (everyone, for an admin)."""
        with self._uow_factory() as uow:
            if actor.role is Role.ADMIN:
                return [u for u in uow.users.list_all() if u.id != actor.id]
            ids = uow.groups.mentored_user_ids(actor.id)
            users = [uow.users.get(user_id) for user_id in sorted(ids)]
            return sorted((u for u in users if u is not None), key=lambda u: u.username)

    def require_viewable(self, actor: User, username: str) -> User:
        """Return the learner if the actor may see their work; else the same error as for a
        user who does not exist, so names cannot be probed."""
        with self._uow_factory() as uow:
            return self._viewable(uow, actor, username)

    def _viewable(self, uow: UnitOfWork, actor: User, username: str) -> User:
        owner = uow.users.get_by_username(username)
        mentored = uow.groups.mentored_user_ids(actor.id)
        if owner is None or not may_view(actor, owner.id, mentored):
            raise NotFoundError(f"no learner {username!r} in your groups")
        return owner

    def comment(self, actor: User, learner: str, body: str, subject: str = "general") -> Comment:
        """Add a mentor's comment on a learner's work."""
        body = body.strip()
        if not body:
            raise DataFileError("comment: write something")
        if len(body) > MAX_COMMENT_LENGTH:
            raise DataFileError(f"comment: keep it under {MAX_COMMENT_LENGTH} characters")
        with self._uow_factory() as uow:
            owner = self._viewable(uow, actor, learner)
            if owner.id == actor.id:
                raise ForbiddenError("comments are for a mentor on a learner's work")
            comment = Comment(
                id=str(uuid.uuid4()),
                author=actor.username,
                learner=owner.username,
                subject=subject.strip()[:200] or "general",
                body=body,
                created_at=self._clock.now(),
            )
            uow.comments.add(actor.id, owner.id, comment)
            uow.commit()
            return comment

    def comments(self, actor: User, learner: str) -> list[Comment]:
        """Return the comments on a learner's work (the learner sees their own)."""
        with self._uow_factory() as uow:
            owner = self._viewable(uow, actor, learner)
            return uow.comments.list_for_learner(owner.id)


def _require_admin(actor: User) -> None:
    if actor.role is not Role.ADMIN:
        raise ForbiddenError("only an admin may do this")

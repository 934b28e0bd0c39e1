"""Errors with messages a user can act on.

Every error a user may see is an ``MldojoError``: its message is one line that says what went
wrong and what to do about it. The CLI and the web app render these without a traceback.
"""


class MldojoError(Exception):
    """Base class for errors whose message is safe and useful to show to a user."""

    exit_code = 1
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(MldojoError):
    """A setting is missing, malformed or contradicts another."""

    exit_code = 2


class HomeError(MldojoError):
    """The mldojo home directory cannot be created or written."""


class DatabaseError(MldojoError):
    """The database cannot be reached, opened or migrated."""

    http_status = 503


class DataFileError(MldojoError):
    """An input file (import, content, submission) is malformed."""

    exit_code = 2


class SchemaVersionError(DataFileError):
    """A file was written by a newer mldojo than this one."""


class NotFoundError(MldojoError):
    """A named thing (a slug, a user, a submission) does not exist."""

    exit_code = 2
    http_status = 404


class ForbiddenError(MldojoError):
    """A request is refused: a missing or invalid CSRF token, or no permission."""

    http_status = 403


class ProfileMissingError(MldojoError):
    """The command needs a profile and none has been created yet."""


class AuthenticationError(MldojoError):
    """Wrong credentials, or no valid session where one is needed."""

    http_status = 401


class RateLimitedError(MldojoError):
    """Too many attempts in a short time; try again after `retry_after_s`."""

    http_status = 429

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s

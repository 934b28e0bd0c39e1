"""Settings: one pydantic-settings model, read from MLDOJO_* environment variables.

Every field carries a description; ``docs/configuration.md`` lists them all and a test fails
when one is missing there.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DATABASE_FILE_NAME = "mldojo.db"


def default_home() -> Path:
    """Return the platform's user data directory for mldojo."""
    import platformdirs

    return Path(platformdirs.user_data_dir("mldojo", appauthor=False))


class GraderBackend(StrEnum):
    """Where submissions are graded."""

    LOCAL = "local"
    CELERY = "celery"


class IsolationMode(StrEnum):
    """How untrusted code is isolated from the host."""

    BWRAP = "bwrap"
    PROCESS = "process"


class Settings(BaseSettings):
    """The effective configuration of one mldojo installation."""

    model_config = SettingsConfigDict(env_prefix="MLDOJO_", extra="ignore", frozen=True)

    home: Path = Field(
        default_factory=default_home,
        description="Directory holding the SQLite database, secrets and user files. "
        "Default: the platform's user data directory (~/.local/share/mldojo on Linux).",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database. Default: the SQLite file "
        "mldojo.db inside MLDOJO_HOME. PostgreSQL: postgresql+psycopg://user:password@host/db.",
    )
    grader: GraderBackend = Field(
        default=GraderBackend.LOCAL,
        description="Where submissions are graded: 'local' (an in-process warm pool) or "
        "'celery' (Celery workers started with `mldojo worker`, through Redis).",
    )
    isolation: IsolationMode = Field(
        default=IsolationMode.BWRAP,
        description="Sandbox for untrusted code: 'bwrap' (bubblewrap: no network, read-only "
        "runtime, none of your files, namespaces, seccomp and rlimits) or 'process' (rlimits, "
        "and namespaces and seccomp where the kernel allows, but the host's files stay visible: "
        "unsafe, for one person on their own machine only).",
    )
    grader_workers: int = Field(
        default=2, ge=1, le=64, description="Number of warm sandboxed workers in the grading pool."
    )
    grader_recycle_after: int = Field(
        default=200,
        ge=1,
        description="Replace a warm worker after it has graded this many submissions.",
    )
    grader_requeue_after_s: float = Field(
        default=120.0,
        gt=0,
        description="A submission still pending after this many seconds is queued again by "
        "`mldojo worker` (after a Redis restart or a killed worker); grading is idempotent.",
    )
    max_source_bytes: int = Field(
        default=65536, ge=1024, description="Largest accepted submission source, in bytes."
    )
    redis_url: str | None = Field(
        default=None,
        description="Redis URL for the Celery broker and result backend, e.g. "
        "redis://127.0.0.1:6379/0. Required when MLDOJO_GRADER=celery.",
    )
    host: str = Field(default="127.0.0.1", description="Address `mldojo serve` binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `mldojo serve` listens on.")
    web_workers: int = Field(
        default=1,
        ge=1,
        le=32,
        description="Processes `mldojo serve` runs (each with its own grading pool). One is "
        "plenty for one person; for a class, about one per CPU core. Rate limits count per "
        "process.",
    )
    content_dir: Path | None = Field(
        default=None,
        description="Directory of the content bank. Default: the bank bundled with mldojo.",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Secret that signs the web app's CSRF tokens (and, later, session cookies). "
        "Default: a random key generated once into MLDOJO_HOME/secret_key (permissions 0600). "
        "Set it when several web servers share one database.",
    )

    @field_validator("home", mode="after")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def effective_database_url(self) -> str:
        """Return the database URL, defaulting to the SQLite file in the home."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.home / DATABASE_FILE_NAME}"

    @property
    def is_default_database(self) -> bool:
        """Return whether the database is the SQLite file inside the home."""
        return not self.database_url

    def public_items(self) -> dict[str, Any]:
        """Return every setting with its effective value, secrets masked."""
        values: dict[str, Any] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if name == "database_url":
                value = mask_url_password(self.effective_database_url)
            elif name == "redis_url" and value:
                value = mask_url_password(value)
            elif isinstance(value, SecretStr):
                value = "********"
            elif isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, Path):
                value = str(value)
            values[name] = value
        return values


def mask_url_password(url: str) -> str:
    """Replace the password in a URL with asterisks."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, location = rest.rpartition("@")
    if ":" not in credentials:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:********@{location}"


def env_name(field_name: str) -> str:
    """Return the environment variable that sets a field."""
    return f"MLDOJO_{field_name.upper()}"


def load_settings(**overrides: Any) -> Settings:
    """Read settings from the environment, turning validation errors into ConfigError."""
    from pydantic import ValidationError

    from mldojo.errors import ConfigError

    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        raise ConfigError(
            f"{env_name(field)}: {first['msg']} (got {first.get('input')!r})"
        ) from exc

"""Real PostgreSQL and Redis servers for the tests: use running ones, or start our own.

On a developer machine or CI the services may already run on loopback; on a fresh machine the
test command has installed the packages and these helpers start private servers in a temporary
directory, stopped when the session ends.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    """Return a TCP port that is free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
        return True
    return False


def _postgres_answers(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(
            url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=3
        ):
            return True
    except psycopg.Error:
        return False


def _use_running_servers() -> bool:
    """Return whether servers already on loopback may be used (MLDOJO_TEST_OWN_SERVERS=1: no)."""
    return os.environ.get("MLDOJO_TEST_OWN_SERVERS") != "1"


def _run_as_postgres_user() -> dict[str, object]:
    """Return subprocess options that drop root to the postgres user (initdb refuses root)."""
    if os.geteuid() != 0:
        return {}
    entry = pwd.getpwnam("postgres")
    return {"user": entry.pw_uid, "group": entry.pw_gid}


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield an admin URL (postgresql+psycopg://...) of a PostgreSQL server on loopback."""
    configured = os.environ.get("MLDOJO_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    for user in ("postgres", os.environ.get("USER", "root")):
        url = f"postgresql+psycopg://{user}@127.0.0.1:5432/postgres"
        if _use_running_servers() and _port_open(5432) and _postgres_answers(url):
            yield url
            return
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdbs:
        raise RuntimeError(
            "PostgreSQL is neither running on 127.0.0.1:5432 nor installed; "
            "run scripts/test.sh, which installs it"
        )
    bindir = Path(initdbs[-1]).parent
    tmp = Path(tempfile.mkdtemp(prefix="mldojo-pg-"))
    data = tmp / "data"
    options = _run_as_postgres_user()
    if options:
        shutil.chown(tmp, user="postgres", group="postgres")
    subprocess.run(
        [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
        **options,  # type: ignore[arg-type]
    )
    port = free_port()
    server = subprocess.Popen(
        [
            str(bindir / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-k",
            str(tmp),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
        ],
        stdout=subprocess.DEVNULL,
        stderr=open(tmp / "server.log", "wb"),  # noqa: SIM115 - closed with the process
        **options,  # type: ignore[arg-type]
    )
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 30
        while not _postgres_answers(url):
            if server.poll() is not None or time.monotonic() > deadline:
                log = (tmp / "server.log").read_text(errors="replace")
                raise RuntimeError(f"could not start PostgreSQL:\n{log}")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=15)
        shutil.rmtree(tmp, ignore_errors=True)


def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=2).ping())
    except (redis.RedisError, OSError):
        return False


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """Yield the base URL (redis://host:port) of a Redis server on loopback."""
    configured = os.environ.get("MLDOJO_TEST_REDIS_URL")
    if configured:
        yield configured.rstrip("/")
        return
    if _use_running_servers() and _port_open(6379) and _redis_answers("redis://127.0.0.1:6379/0"):
        yield "redis://127.0.0.1:6379"
        return
    with private_redis_server() as url:
        yield url


class RedisProcess:
    """A redis-server we own, which a test may kill and start again on the same port."""

    def __init__(self, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(
                "redis-server is not installed; run scripts/test.sh, which installs it"
            )
        self.binary = binary
        self.port = port or free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="mldojo-redis-"))
        self.url = f"redis://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server (empty: it keeps nothing on disk) and wait until it answers."""
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while not _redis_answers(self.url + "/0"):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("could not start redis-server")
            time.sleep(0.05)

    def kill(self) -> None:
        """Kill the server at once, losing everything it held."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None


@contextlib.contextmanager
def private_redis_server() -> Iterator[str]:
    """Yield the URL of a redis-server started for the caller alone."""
    server = RedisProcess()
    server.start()
    try:
        yield server.url
    finally:
        server.kill()
        shutil.rmtree(server.dir, ignore_errors=True)

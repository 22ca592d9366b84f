"""A throwaway PostgreSQL server for tests: initdb in a temporary folder, start on a free port, drop after.

PostgreSQL refuses to run as root, so when the tests run as root the server runs as the ``postgres``
user (``runuser``) in a folder owned by it. The unix socket lives in that folder, never in /var/run.
Tests that need the server are skipped when the binaries are missing, unless
``PHYSTUDIO_REQUIRE_POSTGRES=1`` (CI), which turns the skip into a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.ports import free_port

REQUIRE_ENV = "PHYSTUDIO_REQUIRE_POSTGRES"
BIN_ENV = "PHYSTUDIO_POSTGRES_BIN"  # a folder holding initdb and pg_ctl, when they are not in the usual places
DATABASE = "arena"


class PostgresUnavailable(RuntimeError):
    pass


def find_postgres_bin() -> Path:
    """The folder with initdb/pg_ctl: $PHYSTUDIO_POSTGRES_BIN, then Debian's newest, then PATH."""
    candidates = [os.environ.get(BIN_ENV, "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True)
    found = shutil.which("pg_ctl")
    candidates.append(str(Path(found).parent) if found else "")
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    raise PostgresUnavailable(f"PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin, "
                              f"PATH or ${BIN_ENV}")


@contextmanager
def running_postgres(database: str = DATABASE) -> Iterator[str]:
    """Start a server, create ``database``, yield its SQLAlchemy URL; stop the server and delete its files after."""
    binaries = find_postgres_bin()
    as_root = os.geteuid() == 0
    if as_root and shutil.which("runuser") is None:
        raise PostgresUnavailable("running as root needs `runuser` to start PostgreSQL as the postgres user")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="phystudio-pg-"))
    data = folder / "data"
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    port = free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr or done.stdout}")

    started = False
    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        run(str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "30",
            "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200", "start")
        started = True
        run(str(binaries / "createdb"), "-h", str(folder), "-p", str(port), "-U", "postgres", database)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/{database}"
    finally:
        if started:
            subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=60, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def create_database(server_url: str, name: str) -> str:
    """Another empty database on the same server (a fresh one per test is cheaper than a fresh server)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database per test module (skipped without the binaries unless CI requires them)."""
    try:
        with running_postgres() as url:
            yield url
    except PostgresUnavailable as exc:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but PostgreSQL cannot start: {exc}")
        pytest.skip(f"PostgreSQL not available ({exc}); set {REQUIRE_ENV}=1 to make this a failure")

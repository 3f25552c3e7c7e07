"""A REAL throwaway PostgreSQL server for tests (Debian's server binaries).

``scripts/system_deps.sh`` (run by ``make test``) installs the ``postgresql`` package.
:func:`postgres_server` runs ``initdb`` into a temp dir and starts ``postgres`` on a
free loopback port with trust authentication, no TCP other than 127.0.0.1 and its
socket in the same temp dir. PostgreSQL refuses to run as root, so as root the
cluster belongs to (and the server runs as) the ``postgres`` system user that the
Debian package creates.
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


def pg_bin() -> Path | None:
    """The newest ``/usr/lib/postgresql/*/bin`` holding ``initdb``, if any."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0,
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user() -> tuple[list[str], str | None]:
    """Command prefix and owner for running the server (non-root)."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("running as root needs the 'postgres' system user") from exc
    return ["runuser", "-u", "postgres", "--"], "postgres"


@contextlib.contextmanager
def postgres_server(timeout: float = 60.0) -> Iterator[str]:
    """Start a throwaway PostgreSQL; yield its URL; stop it and delete its files.

    Yields:
        ``postgresql://postgres@127.0.0.1:<port>/postgres``.
    """
    bindir = pg_bin()
    if bindir is None:
        raise RuntimeError(
            "PostgreSQL server binaries not found (scripts/system_deps.sh)"
        )
    prefix, owner = _as_user()
    root = Path(tempfile.mkdtemp(prefix="er-pg-"))
    data = root / "data"
    if owner is not None:
        shutil.chown(root, user=owner)
    os.chmod(root, 0o700)
    port = _free_port()
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
        ],
        check=True,
        capture_output=True,
    )
    proc = subprocess.Popen(
        [
            *prefix,
            str(bindir / "postgres"),
            "-D",
            str(data),
            "-p",
            str(port),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            f"unix_socket_directories={root}",
            "-c",
            "fsync=off",
            "-c",
            "max_connections=60",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + timeout
        while True:
            ready = subprocess.run(
                [str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                capture_output=True,
            )
            if ready.returncode == 0:
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("postgres did not start")
            time.sleep(0.2)
        yield url
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "stop", "-m", "fast"],
            capture_output=True,
        )
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)

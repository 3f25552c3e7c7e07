"""Shared state on PostgreSQL, for several API replicas: checkpoints and the audit.

Selected by one setting, ``REASONER_CHECKPOINT_URL=postgresql://user:pw@host/db``:
review threads are checkpointed by LangGraph's ``AsyncPostgresSaver``
(``langgraph-checkpoint-postgres``) and clinician reviews are appended to a
``review_audit`` table in the same database, so a thread paused on one replica can be
read, reviewed and resumed on any other. Both share one ``psycopg`` connection pool.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from graph._serde import checkpoint_serde

if TYPE_CHECKING:
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    from psycopg_pool import AsyncConnectionPool

logger = logging.getLogger(__name__)

_SETUP_LOCK = 724_015_001
"""Advisory-lock key serialising schema set-up when replicas start together."""

_AUDIT_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS review_audit (
    id BIGSERIAL PRIMARY KEY,
    thread_id TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    record JSONB NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS review_audit_thread ON review_audit (thread_id, id)",
)


def is_postgres_url(url: str | None) -> bool:
    """Return True for a ``postgresql://`` (or ``postgres://``) URL."""
    return bool(url) and str(url).split(":", 1)[0] in ("postgresql", "postgres")


async def open_pool(url: str, max_size: int = 10) -> AsyncConnectionPool[Any]:
    """Open a psycopg pool with the settings the LangGraph saver needs."""
    from psycopg.rows import dict_row
    from psycopg_pool import AsyncConnectionPool

    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url,
        min_size=1,
        max_size=max_size,
        open=False,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    await pool.open(wait=True, timeout=30)
    return pool


async def open_saver(pool: AsyncConnectionPool[Any]) -> AsyncPostgresSaver:
    """Return a set-up ``AsyncPostgresSaver`` on ``pool`` (migrations run once)."""
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

    saver = AsyncPostgresSaver(pool, serde=checkpoint_serde())
    async with pool.connection() as conn:
        # Replicas starting together would race on CREATE TABLE: one at a time.
        await conn.execute("SELECT pg_advisory_lock(%s)", (_SETUP_LOCK,))
        try:
            await saver.setup()
            for statement in _AUDIT_SCHEMA:
                await conn.execute(statement)
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK,))
    return saver


class PostgresAuditStore:
    """Append-only review audit records in the ``review_audit`` table.

    Records are stored as JSON (``model_dump_json``) and read back with
    ``record_type.model_validate`` so this module needs no audit model of its own.
    """

    def __init__(self, pool: AsyncConnectionPool[Any], record_type: Any) -> None:
        """Use ``pool`` (the table is created by :func:`open_saver`)."""
        self._pool = pool
        self._type = record_type

    async def add(self, record: Any) -> None:
        """Insert one record (autocommit: durable when this returns)."""
        async with self._pool.connection() as conn:
            await conn.execute(
                "INSERT INTO review_audit (thread_id, at, record) VALUES (%s, %s, %s)",
                (record.thread_id, record.at, record.model_dump_json()),
            )

    async def list(self, thread_id: str) -> list[Any]:
        """Return the thread's records in insertion order."""
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                "SELECT record FROM review_audit WHERE thread_id = %s ORDER BY id",
                (thread_id,),
            )
            rows = await cur.fetchall()
        out = []
        for row in rows:
            raw = row["record"] if isinstance(row, dict) else row[0]
            data = json.loads(raw) if isinstance(raw, str) else raw
            out.append(self._type.model_validate(data))
        return out

    async def aclose(self) -> None:
        """The pool is closed by its owner (the reasoner)."""

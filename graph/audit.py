"""The audit trail of clinician reviews: one record per approval or edit.

``AuditStore`` is the small interface a deployment backs: ``SqliteAuditStore`` (a file
next to the checkpoint file, the default) and ``MemoryAuditStore`` (with the in-memory
checkpointer) live here; a shared deployment can put the same four methods on
PostgreSQL. Records are append-only and hold no case text beyond the stage outputs a
reviewer saw and the reviewer's own comment.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from agents.schemas import FloorEvent, StageName, StageResult

__all__ = ["AuditRecord", "AuditStore", "MemoryAuditStore", "SqliteAuditStore"]


class AuditRecord(BaseModel):
    """Who approved or edited which stage of which thread, when, and what changed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    thread_id: str
    stage: StageName
    action: Literal["approve", "edit"]
    reviewer: str | None = Field(description="Who reviewed (None: unnamed, Python API)")
    comment: str | None = None
    at: datetime = Field(description="When the review was recorded (UTC)")
    before: StageResult | None = Field(
        description="The stage output the reviewer saw (None if the stage abstained)"
    )
    submitted: StageResult | None = Field(
        default=None, description="The reviewer's edit as sent (edits only)"
    )
    after: StageResult | None = Field(
        description="The output that took effect (an edit after the safety floors)"
    )
    floors_fired: tuple[FloorEvent, ...] = Field(
        default=(), description="Safety floors that changed the edit"
    )


class AuditStore(Protocol):
    """Durable, append-only storage of audit records, keyed by thread."""

    async def add(self, record: AuditRecord) -> None:
        """Store one record (durably, before returning)."""
        ...

    async def list(self, thread_id: str) -> list[AuditRecord]:
        """Return the thread's records, oldest first."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


class MemoryAuditStore:
    """Audit records in process memory (pairs with the in-memory checkpointer)."""

    def __init__(self) -> None:
        self._records: dict[str, list[AuditRecord]] = {}

    async def add(self, record: AuditRecord) -> None:
        """Store one record."""
        self._records.setdefault(record.thread_id, []).append(record)

    async def list(self, thread_id: str) -> list[AuditRecord]:
        """Return the thread's records, oldest first."""
        return list(self._records.get(thread_id, ()))

    async def aclose(self) -> None:
        """Nothing to release."""


_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    thread_id TEXT NOT NULL,
    at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_audit_thread ON review_audit (thread_id, id);
"""


class SqliteAuditStore:
    """Audit records in an SQLite table (``aiosqlite``; opened on first use)."""

    def __init__(self, path: str | Path) -> None:
        """Create the store; the file and table are created on first use."""
        self.path = Path(path)
        self._conn: Any = None
        self._lock = asyncio.Lock()

    async def _db(self) -> Any:
        if self._conn is None:
            import aiosqlite

            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = await aiosqlite.connect(self.path)
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=FULL")  # durable before we answer
            await conn.executescript(_SCHEMA)
            await conn.commit()
            self._conn = conn
        return self._conn

    async def add(self, record: AuditRecord) -> None:
        """Insert one record and commit."""
        async with self._lock:
            db = await self._db()
            await db.execute(
                "INSERT INTO review_audit (thread_id, at, record) VALUES (?, ?, ?)",
                (record.thread_id, record.at.isoformat(), record.model_dump_json()),
            )
            await db.commit()

    async def list(self, thread_id: str) -> list[AuditRecord]:
        """Return the thread's records in insertion order."""
        async with self._lock:
            db = await self._db()
            async with db.execute(
                "SELECT record FROM review_audit WHERE thread_id = ? ORDER BY id",
                (thread_id,),
            ) as cur:
                rows = await cur.fetchall()
        return [AuditRecord.model_validate(json.loads(r[0])) for r in rows]

    async def aclose(self) -> None:
        """Close the connection, if open."""
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

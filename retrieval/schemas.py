"""Retrieval result types: note chunks and the citations stages carry."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from cases.labels import NoteType


class NoteChunk(BaseModel):
    """A span of a prior note, as stored in the index."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    chunk_id: str = Field(description="Content-addressed id (stable across re-ingests)")
    note_key: str
    note_type: NoteType
    patient_id: str
    year: int | None = None
    section: str | None = Field(
        default=None, description="Heading the chunk sits under"
    )
    start: int = Field(description="Character offset of the chunk in the source note")
    end: int = Field(description="End offset (exclusive) in the source note")
    text: str


class NoteHit(BaseModel):
    """A retrieved chunk with its scores: the unit a stage cites."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    chunk: NoteChunk
    score: float = Field(description="Fused (reciprocal-rank) score; higher is better")
    dense_rank: int | None = None
    lexical_rank: int | None = None
    query: str = Field(description="The query that found it")


class Citation(BaseModel):
    """A stage's pointer to the evidence it used: resolvable to one chunk."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    chunk_id: str
    note_key: str
    note_type: NoteType
    year: int | None = None
    start: int
    end: int
    quote: str = Field(description="Verbatim text from the chunk that supports a claim")

"""Leakage filter: the Python predicate and the Chroma where clause agree."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from retrieval.filters import MISSING_YEAR, NoteFilter


def _meta(pid: str, key: str, year: int) -> dict[str, object]:
    return {"patient_id": pid, "note_key": key, "year": year}


CASES = [
    # (allowed, before_year, exclude, meta, expected)
    (None, None, (), _meta("P1", "A", 2020), True),
    (None, None, (), _meta("P2", "A", 2020), False),
    (None, 2020, (), _meta("P1", "A", 2019), True),
    (None, 2020, (), _meta("P1", "A", 2020), False),  # same year: not listed
    (None, 2020, (), _meta("P1", "A", 2021), False),
    (None, 2020, (), _meta("P1", "A", MISSING_YEAR), False),
    ({"A"}, 2020, (), _meta("P1", "A", 2020), True),  # same year but listed
    ({"A"}, 2020, (), _meta("P1", "A", 2021), False),  # listed yet later: refused
    ({"A"}, 2020, (), _meta("P1", "B", 2010), False),
    ({"A"}, 2020, (), _meta("P1", "A", MISSING_YEAR), True),
    ({"A", "ED"}, None, ("ED",), _meta("P1", "ED", 2019), False),
    (None, None, ("ED",), _meta("P1", "ED", 2019), False),
]


@pytest.mark.parametrize(("allowed", "before", "exclude", "meta", "expected"), CASES)
def test_accepts(allowed, before, exclude, meta, expected):
    flt = NoteFilter.build("P1", allowed, before, exclude)
    assert flt.accepts(meta) is expected


def test_empty_allow_list_is_empty():
    assert NoteFilter.build("P1", [], None, ()).empty
    assert NoteFilter.build("P1", ["ED"], None, ["ED"]).empty
    assert not NoteFilter.build("P1", None, 2020, ["ED"]).empty


def test_where_clause_matches_predicate_in_chroma(tmp_path):
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        path=str(tmp_path), settings=Settings(anonymized_telemetry=False)
    )
    col = client.create_collection(
        "filters", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    metas = [
        _meta(p, k, y)
        for p, k, y in itertools.product(
            ("P1", "P2"), ("A", "B", "ED"), (2018, 2020, 2021, MISSING_YEAR)
        )
    ]
    ids = [f"{m['patient_id']}-{m['note_key']}-{m['year']}" for m in metas]
    col.add(
        ids=ids,
        embeddings=np.eye(len(ids), 8, dtype=np.float32) + 0.01,
        metadatas=metas,
    )
    combos = itertools.product((None, {"A"}, {"A", "ED"}), (None, 2020), ((), ("ED",)))
    for allowed, before, exclude in combos:
        flt = NoteFilter.build("P1", allowed, before, exclude)
        got = set(col.get(where=flt.where())["ids"])  # type: ignore[arg-type]
        want = {i for i, m in zip(ids, metas, strict=True) if flt.accepts(m)}
        assert got == want, (allowed, before, exclude)

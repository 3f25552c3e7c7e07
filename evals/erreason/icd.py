"""ICD-10 diagnosis metrics, the CCSR mapping and cross-stage workflow accuracy.

Follows ``diag_evaluation.py`` and ``cross_stage_analysis.py`` of the ER-Reason release.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from cases.labels import ACUITY_TO_ESI, collapse_disposition
from evals.erreason.metrics import rate
from evals.erreason.parsing import Mode, normalise_icd

DEFAULT_CCSR: Final = Path(__file__).parent / "data" / "dxccsr_v2023-1_long.csv.gz"

_LONG_COLS: Final = {
    "code": "icd-10-cm code",
    "cat": "ccsr category",
    "desc": "ccsr category description",
    "ip": "inpatient default ccsr (y/n/x)",
    "op": "outpatient default ccsr (y/n/x)",
}


class CCSRFormatError(ValueError):
    """A CCSR file that is neither the long nor the wide AHRQ layout."""


@dataclass
class CCSRMap:
    """ICD-10-CM code → CCSR categories and default flags (rows in file order)."""

    categories: dict[str, set[str]] = field(default_factory=dict)
    ip_flags: dict[str, list[str]] = field(default_factory=dict)
    op_flags: dict[str, list[str]] = field(default_factory=dict)
    source: str = ""

    def add(self, code: str, desc: str, ip: str, op: str) -> None:
        """Add one (code, category) row."""
        norm = normalise_icd(code)
        if not norm:
            return
        self.categories.setdefault(norm, set()).add(desc.strip())
        self.ip_flags.setdefault(norm, []).append(ip.strip().upper())
        self.op_flags.setdefault(norm, []).append(op.strip().upper())

    def cats(self, code: str | None) -> set[str]:
        """The set of CCSR category descriptions of ``code`` (empty if unmapped)."""
        norm = normalise_icd(code)
        return self.categories.get(norm, set()) if norm else set()

    def default_flag(self, code: str | None, setting: str, mode: Mode) -> bool:
        """Whether ``code`` is a default CCSR code for inpatient/outpatient.

        ``paper``: the official dict built from the long table, so the last row per
        code wins. ``corrected``: any row with ``Y``.
        """
        norm = normalise_icd(code)
        flags = (self.ip_flags if setting == "inpatient" else self.op_flags).get(
            norm or "", []
        )
        if not flags:
            return False
        return flags[-1] == "Y" if mode == "paper" else "Y" in flags


def _unquote(value: str | None) -> str:
    return (value or "").strip().strip("'").strip()


def load_ccsr(path: Path | None = None) -> CCSRMap:
    """Load an AHRQ DXCCSR file in the long or the wide layout (.csv or .csv.gz).

    Args:
        path: The file; defaults to the compact v2023.1 copy shipped in the repo.

    Returns:
        The mapping.

    Raises:
        CCSRFormatError: When the header matches neither layout.
        OSError: When the file cannot be read.
    """
    path = path or DEFAULT_CCSR
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    header = {(h or "").strip().strip("'").lower(): h for h in reader.fieldnames or []}
    out = CCSRMap(source=str(path))
    if all(c in header for c in _LONG_COLS.values()):
        col = {k: header[v] for k, v in _LONG_COLS.items()}
        for row in reader:
            out.add(row[col["code"]], row[col["desc"]], row[col["ip"]], row[col["op"]])
        return out
    code_col = header.get("icd-10-cm code")
    ip_col = header.get("default ccsr category ip")
    op_col = header.get("default ccsr category op")
    if not (code_col and ip_col and op_col and "ccsr category 1" in header):
        raise CCSRFormatError(
            f"{path}: header is neither the long DXCCSR layout "
            f"({', '.join(_LONG_COLS.values())}) nor the wide one "
            "(ICD-10-CM CODE, CCSR CATEGORY 1..6, Default CCSR CATEGORY IP/OP)"
        )
    for row in reader:
        for i in range(1, 7):
            cat = _unquote(row.get(header.get(f"ccsr category {i}", ""), ""))
            if not cat:
                continue
            desc_col = header.get(f"ccsr category {i} description")
            desc = _unquote(row.get(desc_col, "")) if desc_col else cat
            ip = "Y" if _unquote(row[ip_col]) == cat else "N"
            op = "Y" if _unquote(row[op_col]) == cat else "N"
            out.add(_unquote(row[code_col]), desc or cat, ip, op)
    return out


def _code_cache() -> Path:
    import importlib.metadata as md

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = md.version("simple-icd-10-cm")
    return base / "er_reasoner" / f"icd10cm-codes-simple-{version}.txt.gz"


@lru_cache(maxsize=1)
def valid_icd_codes() -> frozenset[str]:
    """Every ICD-10-CM code and category of ``simple_icd_10_cm`` (no dots).

    Importing ``simple_icd_10_cm`` parses its XML (~11 s here), so the code list is
    cached once per package version under ``$XDG_CACHE_HOME/er_reasoner``.
    """
    cache = _code_cache()
    if cache.exists():
        return frozenset(gzip.decompress(cache.read_bytes()).decode().split())
    import simple_icd_10_cm as cm

    codes = frozenset(
        c for c in cm.get_all_codes(False) if c[:1].isalpha() and "-" not in c
    )
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_bytes(gzip.compress("\n".join(sorted(codes)).encode()))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home only costs the slow import next time
    return codes


def is_valid_icd(code: str | None) -> bool:
    """Whether ``code`` is an ICD-10-CM code or category (``simple_icd_10_cm``)."""
    norm = normalise_icd(code)
    return bool(norm) and norm in valid_icd_codes()


def diagnosis_metrics(
    preds: Sequence[str | None],
    gold_sets: Sequence[Iterable[str]],
    ccsr: CCSRMap | None,
) -> dict[str, Any]:
    """ICD-10 exact, 3-character and CCSR match (official ``diag_evaluation.py``).

    Every row is in the denominator (failures are 0) in both modes; the mode only
    changes the parser upstream. CCSR is also reported over rows whose gold set has
    any CCSR mapping. Rows with an empty gold set are left out and counted.

    Args:
        preds: Normalised predicted codes (``None`` = no code parsed).
        gold_sets: Each encounter's full gold code set.
        ccsr: The CCSR mapping, or ``None`` to skip the CCSR figures.
    """
    rows = [
        (p, {c for c in (normalise_icd(x) for x in g) if c})
        for p, g in zip(preds, gold_sets, strict=True)
    ]
    n_no_gold = sum(not g for _, g in rows)
    rows = [(p, g) for p, g in rows if g]
    exact = sum(p is not None and p in g for p, g in rows)
    cat3 = sum(p is not None and p[:3] in {c[:3] for c in g} for p, g in rows)
    out: dict[str, Any] = {
        "exact": rate(exact, len(rows)),
        "category3": rate(cat3, len(rows)),
        "n_no_gold_codes": n_no_gold,
        "coverage": sum(p is not None for p, _ in rows) / len(rows)
        if rows
        else math.nan,
        "valid_code_rate": rate(
            sum(is_valid_icd(p) for p, _ in rows if p), sum(bool(p) for p, _ in rows)
        ),
    }
    if ccsr is not None:
        hits, mapped_hits, mapped = 0, 0, 0
        for p, g in rows:
            gold_cats = set().union(*(ccsr.cats(c) for c in g))
            hit = bool(ccsr.cats(p) & gold_cats)
            hits += hit
            if gold_cats:
                mapped += 1
                mapped_hits += hit
        out["ccsr"] = rate(hits, len(rows))
        out["ccsr_mapped_gold"] = rate(mapped_hits, mapped)
        out["ccsr_gold_coverage"] = mapped / len(rows) if rows else math.nan
    return out


_ESI: dict[str, int] = dict(ACUITY_TO_ESI.items())
"""ESI level by acuity word, looked up with any string."""


def gold_bucket(acuity: str | None, disposition: str | None) -> str | None:
    """Cross-stage gold bucket: ``"high"``, ``"low"`` or ``None`` (excluded)."""
    esi = _ESI.get(acuity or "")
    if esi is None:
        return None
    if esi <= 2:
        return "high"
    if esi >= 4:
        return "low"
    collapsed = collapse_disposition(disposition) if disposition else None
    return {"admit": "high", "discharge": "low"}.get(collapsed or "")


def cross_stage(
    gold_acuity: Sequence[str | None],
    gold_disposition: Sequence[str | None],
    pred_disposition: Sequence[str | None],
    pred_icd: Sequence[str | None],
    ccsr: CCSRMap,
    mode: Mode,
) -> dict[str, Any]:
    """Cross-stage workflow accuracy per gold bucket with Wilson 95% intervals.

    high: 1[collapsed predicted disposition = admit ∧ inpatient-default flag = Y];
    low: 1[collapsed predicted disposition = discharge ∧ outpatient-default = Y].
    Predicted acuity is not scored (as in the official script).
    """
    buckets: dict[str, list[int]] = {"high": [], "low": []}
    for ga, gd, pd_, icd in zip(
        gold_acuity, gold_disposition, pred_disposition, pred_icd, strict=True
    ):
        bucket = gold_bucket(ga, gd)
        if bucket is None:
            continue
        coll = collapse_disposition(pd_) if pd_ else None
        if bucket == "high":
            hit = coll == "admit" and ccsr.default_flag(icd, "inpatient", mode)
        else:
            hit = coll == "discharge" and ccsr.default_flag(icd, "outpatient", mode)
        buckets[bucket].append(int(hit))
    allhits = buckets["high"] + buckets["low"]
    return {
        "mode": mode,
        "high": rate(sum(buckets["high"]), len(buckets["high"])),
        "low": rate(sum(buckets["low"]), len(buckets["low"])),
        "overall": rate(sum(allhits), len(allhits)),
        "n_excluded": len(gold_acuity) - len(allhits),
    }

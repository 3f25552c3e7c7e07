"""Text metrics: EHR-review ROUGE and rationale scores against physician text."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Final

import numpy as np

from evals.erreason.parsing import normalise_icd

_SYNONYMS: Final = {
    "acs": "acute coronary syndrome",
    "mi": "myocardial infarction",
    "stemi": "st elevation myocardial infarction",
    "nstemi": "non st elevation myocardial infarction",
    "pe": "pulmonary embolism",
    "dvt": "deep vein thrombosis",
    "chf": "heart failure",
    "hf": "heart failure",
    "copd": "chronic obstructive pulmonary disease",
    "uti": "urinary tract infection",
    "sbo": "small bowel obstruction",
    "sah": "subarachnoid hemorrhage",
    "ich": "intracranial hemorrhage",
    "cva": "stroke",
    "tia": "transient ischemic attack",
    "dka": "diabetic ketoacidosis",
    "afib": "atrial fibrillation",
    "gi bleed": "gastrointestinal bleeding",
    "gib": "gastrointestinal bleeding",
    "aaa": "abdominal aortic aneurysm",
    "ptx": "pneumothorax",
    "cap": "pneumonia",
}
_STOP: Final = frozenset(
    [
        "acute",
        "chronic",
        "r",
        "o",
        "rule",
        "out",
        "vs",
        "versus",
        "possible",
        "likely",
        "probable",
        "suspected",
        "concern",
        "for",
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "with",
        "without",
        "to",
        "due",
        "secondary",
        "unspecified",
        "syndrome",
        "disease",
        "disorder",
    ]
)
_SPLIT_RE: Final = re.compile(r"[\n;,•·]|\d+[.)]\s|\bvs\.?\b|\bversus\b|\br/o\b", re.I)


def preprocess(text: str | None) -> str:
    """ER-Reason ROUGE preprocessing: lower-case, non-alphanumerics to spaces."""
    if text is None:
        text = "nan"
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


@lru_cache(maxsize=1)
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def rouge(
    hyps: Sequence[str | None], refs: Sequence[str | None], field: str = "fmeasure"
) -> dict[str, float]:
    """Mean ROUGE-1/2/L over all rows (a missing hypothesis scores as "nan").

    Args:
        hyps: Generated texts.
        refs: References (rows with no reference are skipped).
        field: ``"fmeasure"`` (official), ``"recall"`` or ``"precision"``.
    """
    scores: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeL": []}
    for hyp, ref in zip(hyps, refs, strict=True):
        if ref is None or not ref.strip():
            continue
        res = _scorer().score(preprocess(ref), preprocess(hyp))
        for key in scores:
            scores[key].append(float(getattr(res[key], field)))
    out = {k: float(np.mean(v)) if v else math.nan for k, v in scores.items()}
    out["n"] = float(len(scores["rouge1"]))
    return out


def rouge_row(hyp: str | None, ref: str | None) -> dict[str, float] | None:
    """ROUGE-1/2/L F of one row (same preprocessing); None without a reference."""
    if ref is None or not ref.strip():
        return None
    res = _scorer().score(preprocess(ref), preprocess(hyp))
    return {k: float(res[k].fmeasure) for k in ("rouge1", "rouge2", "rougeL")}


def normalise_dx(name: str) -> str:
    """Diagnosis name key: lower, alphanumerics, synonyms expanded, filler dropped."""
    text = re.sub(r"\(.*?\)", " ", name.lower())
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = " ".join(text.split())
    text = _SYNONYMS.get(text, text)
    text = " ".join(_SYNONYMS.get(w, w) for w in text.split())  # abbreviations
    return " ".join(w for w in text.split() if w not in _STOP)


def split_rule_out(text: str | None) -> list[str]:
    """Split a physician's free-text Rule_Out into candidate diagnosis names."""
    if not text:
        return []
    parts = [p.strip(" -*:.\t") for p in _SPLIT_RE.split(text)]
    return [p for p in parts if p and len(p) <= 80 and normalise_dx(p)]


def dx_matches(gold: str, candidates: Iterable[tuple[str, str | None]]) -> bool:
    """Whether ``gold`` matches any (name, icd10) candidate.

    Matching: normalised names equal, one contained in the other on word boundaries,
    or an ICD-10 code written in the gold text equal to a candidate's 3-char category.
    """
    key = normalise_dx(gold)
    gold_codes = {
        c[:3]
        for c in (normalise_icd(m) for m in re.findall(r"\b[A-Z]\d\d\b", gold))
        if c
    }
    for name, icd in candidates:
        cand = normalise_dx(name)
        if not cand or not key:
            continue
        if cand == key or f" {key} " in f" {cand} " or f" {cand} " in f" {key} ":
            return True
        code = normalise_icd(icd)
        if code and code[:3] in gold_codes:
            return True
    return False


def rule_out_recall(
    rule_out: str | None, ledger: Sequence[tuple[str, str | None]]
) -> float | None:
    """Share of the physician's Rule_Out diagnoses that appear on the agent's ledger."""
    golds = split_rule_out(rule_out)
    if not golds:
        return None
    return sum(dx_matches(g, ledger) for g in golds) / len(golds)


def text_recall(hyp: str | None, ref: str | None) -> float | None:
    """ROUGE-L recall of ``ref`` by ``hyp`` (decision factors, treatment plan)."""
    if not ref or not ref.strip():
        return None
    return float(_scorer().score(preprocess(ref), preprocess(hyp))["rougeL"].recall)

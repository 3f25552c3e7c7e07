"""Script-concordance (SCT) answers from the assessment reasoner.

ER-Reason's SCT protocol gives a fixed pool of diagnoses and one new evidence item per
step; for each pool diagnosis the agent states a belief update in -2..+2 and re-ranks
the whole pool (always an exact permutation), naming a final diagnosis on the last
step. Updates come from the evidence's findings against the knowledge base's
``findings_for`` / ``findings_against`` likelihood ratios (pool names matched to KB
diagnoses by name or synonym), from the diagnosis being named or negated in the
evidence, and, for the step's own diagnosis when nothing else applies, from the
polarity of the evidence wording (normal / negative vs abnormal / positive).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Final

from agents.context import AgentContext
from agents.offline import differential
from agents.offline.knowledge import DiagnosisSpec
from agents.offline.rules import Finding, extract_findings
from agents.schemas import (
    AssessmentResult,
    BeliefUpdate,
    DifferentialEntry,
    SCTStepResult,
    StageRecord,
)
from cases.models import SCTStep

_WORD: Final[re.Pattern[str]] = re.compile(r"[a-z0-9]+")
_STOP: Final[frozenset[str]] = frozenset(
    {
        *("a", "an", "and", "or", "of", "the", "to", "in", "on", "with", "without"),
        *("for", "by", "at", "from", "acute", "chronic", "disease", "disorder"),
        "syndrome",
    }
)
_NEGATIVE: Final[re.Pattern[str]] = re.compile(
    r"(?i)\b(no|not|negative|normal|unremarkable|without|absent|denies|"
    r"within normal limits|wnl|ruled out|resolved|benign)\b"
)
_POSITIVE: Final[re.Pattern[str]] = re.compile(
    r"(?i)\b(positive|elevated|increased|abnormal|consistent with|concerning for|"
    r"shows?|showed|demonstrat\w*|found|significant|new|high|low|enlarged|acute)\b"
)
_TEST: Final[re.Pattern[str]] = re.compile(
    r"(?i)\b(ct|cta|mri|x-?ray|cxr|ultrasound|duplex|doppler|ecg|ekg|echo\w*|"
    r"troponin|d-dimer|lipase|hcg|culture|biopsy|angiogra\w*|scan|perc|wells|heart)\b"
)
"""A diagnostic test result: its wording carries a strong (±2) update."""
STRONG: Final[float] = 1.2
"""|log-odds change| at or above which an update is ±2 (weaker, from 0.35: ±1)."""
WEAK: Final[float] = 0.35


def _tokens(text: str) -> set[str]:
    return {t for t in _WORD.findall(text.lower()) if t not in _STOP and len(t) > 2}


def match_pool(name: str, ctx: AgentContext) -> DiagnosisSpec | None:
    """Map a pool diagnosis name to a KB diagnosis (name, synonym, then overlap)."""
    clean = name.strip().rstrip(":").strip()
    spec = differential.spec_for(ctx.knowledge, clean)
    if spec is not None:
        return spec
    words = _tokens(clean)
    best: tuple[float, str] | None = None
    for cand in ctx.knowledge.diagnoses.values():
        for alias in (cand.name, *cand.synonyms):
            aw = _tokens(alias)
            if words and aw:
                overlap = len(words & aw) / len(words | aw)
                if overlap >= 0.5 and (best is None or overlap > best[0]):
                    best = (overlap, cand.id)
    return ctx.knowledge.diagnoses[best[1]] if best else None


def _log_change(spec: DiagnosisSpec, findings: Sequence[Finding]) -> tuple[float, str]:
    delta, why = 0.0, []
    for f in findings:
        if f.status not in ("present", "absent", "historical"):
            continue  # a differential list, a family member, a conditional
        if f.concept == spec.id:
            sign = -1.0 if f.status == "absent" else 1.0
            delta += sign * differential.DX_MENTION[0]
            why.append(f"{'negated' if sign < 0 else 'named'}: {f.text}")
        elif f.concept in spec.findings_for:
            lr = differential.w_for(spec.findings_for[f.concept])
            delta += -0.5 * lr if f.status == "absent" else lr
            why.append(f"{f.concept} {f.status}")
        elif f.concept in spec.findings_against and f.status != "absent":
            delta += differential.w_against(spec.findings_against[f.concept])
            why.append(f"{f.concept} against")
    return delta, "; ".join(why)


def _lexical(name: str, text: str, is_target: bool) -> tuple[float, str]:
    overlap = _tokens(name) & _tokens(text)
    if not overlap and not is_target:
        return 0.0, ""
    neg, pos = len(_NEGATIVE.findall(text)), len(_POSITIVE.findall(text))
    if neg == pos:
        return 0.0, ""
    sign = 1.0 if pos > neg else -1.0
    size = STRONG if overlap or _TEST.search(text) else (WEAK + STRONG) / 2
    return (
        sign * size,
        f"evidence wording {'supports' if sign > 0 else 'argues against'}",
    )


def _to_update(delta: float) -> int:
    if abs(delta) < WEAK:
        return 0
    return int(math.copysign(2 if abs(delta) >= STRONG else 1, delta))


def step_updates(
    pool: Sequence[str], step: SCTStep, text: str, ctx: AgentContext
) -> tuple[BeliefUpdate, ...]:
    """Return one belief update per pool diagnosis for one evidence item."""
    findings = extract_findings(text, ctx.knowledge)
    target = step.differential.strip().rstrip(":").strip().lower()
    known: dict[str, tuple[float, str]] = {}
    for name in pool:
        spec = match_pool(name, ctx)
        known[name] = _log_change(spec, findings) if spec else (0.0, "")
    out = []
    for name in pool:
        delta, why = known[name]
        rival = max((d for n, (d, _) in known.items() if n != name), default=0.0)
        if delta == 0.0 and rival >= STRONG:
            # Evidence that confirms a competing diagnosis argues against this one.
            delta = -STRONG if _TEST.search(text) else -WEAK
            why = "evidence supports a competing diagnosis"
        elif delta == 0.0:
            is_target = name.strip().rstrip(":").strip().lower() == target
            delta, why = _lexical(name, text, is_target)
        rationale = why or "no finding in this evidence bears on it"
        update = _to_update(delta)
        out.append(BeliefUpdate(diagnosis=name, update=update, rationale=rationale))
    return tuple(out)


def answer_sct(
    stem: str,
    pool: Sequence[str],
    steps: Sequence[SCTStep],
    ctx: AgentContext,
    rationales: Mapping[str, str] | None = None,
) -> StageRecord:
    """Answer an SCT case step by step; returns one assessment record.

    Args:
        stem: The case stem (one-liner).
        pool: The fixed differential pool (order is the initial ranking).
        steps: Evidence items in temporal order (only ``timestep``, ``differential``
            and ``evidence`` are read; gold fields are never used).
        ctx: Run dependencies (knowledge base).
        rationales: Oracle condition: physician rationale by step differential.

    Returns:
        A ``StageRecord`` (stage ``assessment``) with ``sct_steps`` filled.
    """
    started, t0 = datetime.now(UTC), time.perf_counter()
    names = list(dict.fromkeys(pool))
    belief = dict.fromkeys(names, 0.0)
    results: list[SCTStepResult] = []
    for i, step in enumerate(steps):
        text = step.evidence
        if rationales and (extra := rationales.get(step.differential)):
            text = f"{text}. {extra}"
        updates = step_updates(names, step, text, ctx)
        for u in updates:
            belief[u.diagnosis] += u.update
        ranking = tuple(sorted(names, key=lambda n: (-belief[n], names.index(n))))
        final = ranking[0] if i == len(steps) - 1 else None
        results.append(
            SCTStepResult(
                timestep=step.timestep,
                updates=updates,
                ranking=ranking,
                final_diagnosis=final,
            )
        )
    total = sum(math.exp(b) for b in belief.values()) or 1.0
    ranked = results[-1].ranking if results else tuple(names)
    differential = tuple(
        DifferentialEntry(
            diagnosis=n,
            probability=round(math.exp(belief[n]) / total, 4),
            changed_by="assessment",
        )
        for n in ranked
    )
    return StageRecord(
        stage="assessment",
        status="ok" if results else "abstained",
        output=AssessmentResult(problem_representation=stem, differential=differential),
        seen_fields=("one_liner", "sct_evidence"),
        sct_steps=tuple(results),
        prompt_version=f"{ctx.ruleset_version}+kb-{ctx.knowledge.version}",
        started_at=started,
        latency_ms=round((time.perf_counter() - t0) * 1000.0, 3),
        error=None if results else "no evidence steps",
    )

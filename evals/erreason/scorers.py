"""Per-stage scorers: one :class:`Score` per (stage, mode) from a StageRecord + gold.

A missing or unparseable answer is an explicit no-answer (``no_answer=True``,
``value=0`` when a target exists), never a sentinel string; a missing target gives
``value=None`` (not scorable).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    StageName,
    StageRecord,
    TreatmentResult,
    TriageResult,
)
from cases.labels import ACUITY_TO_ESI
from cases.models import GoldLabels
from evals.erreason.icd import CCSRMap
from evals.erreason.parsing import (
    Mode,
    normalise_icd,
    parse_acuity,
    parse_disposition,
    parse_icd,
)
from evals.erreason.text import dx_matches, rule_out_recall, text_recall

Meta = dict[str, float | int | str | bool | None]


class Score(BaseModel):
    """The score of one stage of one case in one mode."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: float | None = Field(description="1/0 or a fraction; None = no target")
    answer: str | None = Field(default=None, description="Parsed answer (None = none)")
    target: str | None = None
    explanation: str = ""
    no_answer: bool = False
    metadata: Meta = Field(default_factory=dict)

    @classmethod
    def unscored(cls, explanation: str, answer: str | None = None) -> Score:
        """A score with no target (the case cannot be scored for this stage)."""
        return cls(value=None, answer=answer, explanation=explanation)


def _hit(answer: str | None, target: str | None, what: str) -> Score:
    if target is None:
        return Score.unscored(f"no gold {what}", answer)
    if answer is None:
        return Score(value=0.0, target=target, no_answer=True, explanation="no answer")
    ok = answer == target
    return Score(
        value=float(ok),
        answer=answer,
        target=target,
        explanation="correct" if ok else f"predicted {answer}, gold {target}",
    )


def score_triage(rec: StageRecord | None, gold: GoldLabels, mode: Mode) -> Score:
    """Acuity: exact label after the mode's parser; ESI distance in metadata."""
    out = rec.output if rec and rec.status != "error" else None
    typed = out.acuity if isinstance(out, TriageResult) else None
    answer = parse_acuity(typed, mode)
    score = _hit(answer, gold.acuity, "acuity")
    meta: Meta = {"typed": typed}
    if answer and gold.acuity:
        meta["esi_error"] = ACUITY_TO_ESI[answer] - ACUITY_TO_ESI[gold.acuity]
    return score.model_copy(update={"metadata": meta})


def score_disposition(rec: StageRecord | None, gold: GoldLabels, mode: Mode) -> Score:
    """Disposition: exact label after the mode's parser (raw gold kept if off-list)."""
    out = rec.output if rec and rec.status != "error" else None
    typed = out.disposition if isinstance(out, DispositionResult) else None
    answer = parse_disposition(typed, mode)
    target = gold.disposition or gold.raw_disposition
    return _hit(answer, target, "disposition").model_copy(
        update={"metadata": {"typed": typed}}
    )


def score_diagnosis(
    rec: StageRecord | None, gold: GoldLabels, mode: Mode, ccsr: CCSRMap | None = None
) -> Score:
    """Final diagnosis: ICD-10 exact match against the whole gold code set."""
    out = rec.output if rec and rec.status != "error" else None
    code = name = None
    if isinstance(out, DiagnosisResult):
        code, name = out.icd10, out.name
    answer = parse_icd(code, name, mode)
    golds = {c for c in (normalise_icd(g) for g in gold.icd10_codes) if c}
    if not golds and gold.diagnosis_name:
        if not name:
            return Score(
                value=0.0,
                target=gold.diagnosis_name,
                no_answer=True,
                explanation="no diagnosis",
                metadata={"match": "name"},
            )
        hit = dx_matches(gold.diagnosis_name, [(name, code)])
        return Score(
            value=float(hit),
            answer=name,
            target=gold.diagnosis_name,
            explanation="name match (no gold codes)",
            metadata={"match": "name", "code": answer},
        )
    if not golds:
        return Score.unscored("no gold ICD-10 codes", answer)
    target = ",".join(sorted(golds))
    if answer is None:
        return Score(value=0.0, target=target, no_answer=True, explanation="no code")
    meta: Meta = {
        "category3": answer[:3] in {g[:3] for g in golds},
        "name": name,
    }
    if ccsr is not None:
        gold_cats = set().union(*(ccsr.cats(g) for g in golds))
        meta["ccsr"] = bool(ccsr.cats(answer) & gold_cats)
    hit = answer in golds
    return Score(
        value=float(hit),
        answer=answer,
        target=target,
        explanation="exact code match" if hit else "code not in gold set",
        metadata=meta,
    )


def ledger_of(
    records: Iterable[StageRecord], *, addressed_only: bool = False
) -> list[tuple[str, str | None]]:
    """Every diagnosis the agent put on its ledger, over the whole trace.

    With ``addressed_only``, keep only entries the agent flagged must-not-miss or
    explicitly worked (ruled out, ruled in, or marked cannot-exclude).
    """
    entries: list[DifferentialEntry] = []
    for rec in records:
        if isinstance(rec.output, AssessmentResult | DiagnosisResult):
            entries.extend(rec.output.differential)
    if addressed_only:
        entries = [e for e in entries if e.must_not_miss or e.status != "considered"]
    return [(e.diagnosis, e.icd10) for e in entries]


def score_assessment(rec: StageRecord | None, gold: GoldLabels) -> Score:
    """Rule-out recall of the assessment ledger vs the physician Rule_Out text.

    Falls back to recall of a reference differential (MedR-Bench) when no Rule_Out.
    """
    ledger = ledger_of([rec] if rec else [])
    if gold.rule_out:
        value = rule_out_recall(gold.rule_out, ledger)
        if value is None:
            return Score.unscored("Rule_Out text has no diagnoses")
        return Score(
            value=value,
            answer="; ".join(n for n, _ in ledger) or None,
            no_answer=not ledger,
            explanation="rule-out recall",
        )
    if gold.differential:
        value = rule_out_recall("\n".join(gold.differential), ledger)
        return Score(
            value=value,
            answer="; ".join(n for n, _ in ledger) or None,
            no_answer=not ledger,
            explanation="reference differential recall",
        )
    return Score.unscored("no rationale gold")


def score_treatment(rec: StageRecord | None, gold: GoldLabels) -> Score:
    """ROUGE-L recall of the physician Treatment_Plan by the agent's orders."""
    if not gold.treatment_plan:
        return Score.unscored("no Treatment_Plan gold")
    out = rec.output if rec else None
    text = None
    if isinstance(out, TreatmentResult):
        text = " ".join(f"{o.name} {o.reason}" for o in out.orders)
    value = text_recall(text, gold.treatment_plan)
    return Score(
        value=value, answer=text, no_answer=not text, explanation="ROUGE-L recall"
    )


def score_stages(
    trace: Sequence[StageRecord],
    gold: GoldLabels,
    stages: Iterable[StageName],
    mode: Mode,
    ccsr: CCSRMap | None = None,
) -> dict[StageName, Score]:
    """Score every requested stage of one trace, keyed by stage."""
    by_stage = {r.stage: r for r in trace}
    out: dict[StageName, Score] = {}
    for stage in stages:
        rec = by_stage.get(stage)
        if stage == "triage":
            score = score_triage(rec, gold, mode)
        elif stage == "disposition":
            score = score_disposition(rec, gold, mode)
        elif stage == "diagnosis":
            score = score_diagnosis(rec, gold, mode, ccsr)
        elif stage == "assessment":
            score = score_assessment(rec, gold)
        elif stage == "treatment":
            score = score_treatment(rec, gold)
        else:
            continue
        out[stage] = score
    return out

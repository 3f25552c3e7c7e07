"""Map a parsed, bounded LLM answer onto the stage's typed result.

``llm`` mode: the model answers and the safety floors apply afterwards. ``hybrid``
mode: the rules' closed labels stand unless the model escalates (acuity more urgent,
discharge to admit), which is always within the floors; the model may reorder the
differential, add orders and citations and extend the narrative. Every difference
from the rules is recorded as a disagreement; every invalid part as a problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, cast

from agents.contracts import StageInput, StageOutcome
from agents.llm.output import (
    AssessmentLLM,
    DiagnosisLLM,
    DispositionLLM,
    LLMOutput,
    TreatmentLLM,
    TriageLLM,
    normalize_icd10,
    valid_icd10,
)
from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DifferentialEntry,
    DispositionResult,
    Order,
    StageResult,
    TreatmentResult,
    TriageResult,
)
from cases.labels import (
    ACUITY_TO_ESI,
    Acuity,
    Disposition,
    StageName,
    TriageScale,
    collapse_disposition,
)
from retrieval.schemas import Citation, NoteHit

__all__ = ["Mapped", "Mode", "map_output"]

Mode = Literal["llm", "hybrid"]


@dataclass(frozen=True)
class Mapped:
    """A stage result built from an LLM answer, with what differed and what failed."""

    result: StageResult | None
    citations: tuple[Citation, ...] = ()
    disagreements: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def _rank(
    offline: Sequence[DifferentialEntry],
    names: Sequence[str],
    stage: StageName,
    mode: Mode,
) -> tuple[tuple[DifferentialEntry, ...], tuple[str, ...]]:
    """Order the differential by the LLM's ranking; hybrid keeps every offline entry."""
    by_name = {_norm(e.diagnosis): e for e in offline}
    ranked: dict[str, DifferentialEntry] = {}
    for name in names:
        key = _norm(name)
        if key and key not in ranked:
            ranked[key] = by_name.get(key) or DifferentialEntry(
                diagnosis=name.strip(), changed_by=stage
            )
    notes = [
        f"differential: llm added '{ranked[k].diagnosis}'"
        for k in ranked
        if k not in by_name
    ]
    notes += [
        f"differential: llm omitted '{e.diagnosis}'"
        for k, e in by_name.items()
        if k not in ranked
    ]
    if mode == "hybrid":
        matched = [e for k, e in ranked.items() if k in by_name]
        rest = [e for k, e in by_name.items() if k not in ranked]
        new = [e for k, e in ranked.items() if k not in by_name]
        return (*matched, *rest, *new), tuple(notes)
    return tuple(ranked.values()), tuple(notes)


def _narrative(offline: str, llm: str, mode: Mode) -> str:
    return f"{offline}\n[LLM] {llm}".strip() if mode == "hybrid" and offline else llm


def _triage(
    out: TriageLLM,
    off: TriageResult | None,
    mode: Mode,
    votes: dict[str, float] | None,
    scale: TriageScale = "ESI",
) -> Mapped:
    """The model graded ``scale`` (the site's); its acuity word names that level.

    In ESI the level is the ESI level. At a KTAS or CTAS site it is the site level,
    compared with the rules' site level; ``esi`` stays the rules' ESI level (the
    model was not asked for one), or the site level when there are no rules.
    """
    final: Acuity = out.acuity
    notes: tuple[str, ...] = ()
    site = scale != "ESI"
    rules_level = None if off is None else (off.site_level if site else off.esi)
    if off is not None and rules_level is not None and off.acuity != out.acuity:
        # Hybrid: the rules stand unless the model escalates (more urgent is
        # always within the triage floors).
        if mode == "hybrid" and ACUITY_TO_ESI[out.acuity] > rules_level:
            final = off.acuity
        notes = (f"acuity: rules {off.acuity}, llm {out.acuity}, kept {final}",)
    flags = tuple(
        dict.fromkeys(
            [*(off.red_flags if off and mode == "hybrid" else ()), *out.red_flags]
        )
    )
    probs = {cast(Acuity, k): v for k, v in votes.items()} if votes else None
    level = ACUITY_TO_ESI[final]
    result = TriageResult(
        acuity=final,
        esi=off.esi if site and off is not None else level,
        scale=scale,
        site_level=level if site else None,
        probabilities=probs,
        red_flags=flags,
        expected_resources=off.expected_resources if off else None,
        missing_vitals=off.missing_vitals if off else (),
        rationale=_narrative(off.rationale if off else "", out.rationale, mode),
    )
    return Mapped(result, disagreements=notes)


def _disposition(
    out: DispositionLLM,
    off: DispositionResult | None,
    mode: Mode,
    votes: dict[str, float] | None,
) -> Mapped:
    final: Disposition = out.disposition
    notes: tuple[str, ...] = ()
    if off is not None and off.disposition != out.disposition:
        escalates = (
            collapse_disposition(off.disposition) == "discharge"
            and collapse_disposition(out.disposition) == "admit"
        )
        if mode == "hybrid" and not escalates:
            final = off.disposition
        notes = (
            f"disposition: rules {off.disposition}, llm {out.disposition}, "
            f"kept {final}",
        )
    probs = {cast(Disposition, k): v for k, v in votes.items()} if votes else None
    keep_level = off is not None and off.disposition == final
    result = DispositionResult(
        disposition=final,
        probabilities=probs,
        admit_level=off.admit_level if off and keep_level else None,
        rationale=_narrative(off.rationale if off else "", out.rationale, mode),
    )
    return Mapped(result, disagreements=notes)


def _citations(
    ids: Sequence[str], hits: Sequence[NoteHit]
) -> tuple[tuple[Citation, ...], tuple[str, ...]]:
    chunks = {h.chunk.chunk_id: h.chunk for h in hits}
    cites, bad = [], []
    for cid in dict.fromkeys(i.strip() for i in ids):
        chunk = chunks.get(cid)
        if chunk is None:
            bad.append(f"citation: unknown chunk id '{cid[:64]}' dropped")
            continue
        quote = chunk.text[:200]
        cites.append(
            Citation(
                chunk_id=chunk.chunk_id,
                note_key=chunk.note_key,
                note_type=chunk.note_type,
                year=chunk.year,
                start=chunk.start,
                end=chunk.start + len(quote),
                quote=quote,
            )
        )
    return tuple(cites), tuple(bad)


def _assessment(
    out: AssessmentLLM,
    off: AssessmentResult | None,
    mode: Mode,
    inp: StageInput,
    off_cites: Sequence[Citation],
) -> Mapped:
    base = off.differential if off else inp.ledger
    diff, notes = _rank(base, out.differential, "assessment", mode)
    cites, bad = _citations(out.cited_chunk_ids, inp.hits)
    if mode == "hybrid":
        seen = {c.chunk_id for c in off_cites}
        cites = (*off_cites, *(c for c in cites if c.chunk_id not in seen))
    result = AssessmentResult(
        problem_representation=out.problem_representation
        or (off.problem_representation if off else ""),
        differential=diff,
        rationale=_narrative(off.rationale if off else "", out.rationale, mode),
    )
    return Mapped(result, cites, notes, bad)


def _treatment(out: TreatmentLLM, off: TreatmentResult | None, mode: Mode) -> Mapped:
    working = out.working_diagnosis.strip() or None
    llm_orders = [
        Order(kind=o.kind, name=o.name, reason=o.reason, for_diagnosis=working)
        for o in out.orders
    ]
    notes: list[str] = []
    if off is not None and mode == "hybrid":
        have = {_norm(o.name) for o in off.orders}
        added = [o for o in llm_orders if _norm(o.name) not in have]
        notes += [f"orders: llm added '{o.name}'" for o in added]
        if (
            off.working_diagnosis
            and working
            and _norm(working) != _norm(off.working_diagnosis)
        ):
            notes.append(
                f"working diagnosis: rules {off.working_diagnosis}, "
                f"llm {working}, kept rules"
            )
        working = off.working_diagnosis or working
        orders = (*off.orders, *added)
    else:
        orders = tuple(llm_orders)
    result = TreatmentResult(
        working_diagnosis=working,
        orders=orders,
        rationale=_narrative(off.rationale if off else "", out.rationale, mode),
    )
    return Mapped(result, disagreements=tuple(notes))


def _diagnosis(out: DiagnosisLLM, off: DiagnosisResult | None, mode: Mode) -> Mapped:
    code = normalize_icd10(out.icd10)
    problems: tuple[str, ...] = ()
    if not valid_icd10(code):
        problems = (
            f"icd10: model code '{out.icd10[:8]}' is not ICD-10-CM; "
            + ("kept the rules' code" if off else "no fallback"),
        )
        if off is None:
            return Mapped(None, problems=problems)
    notes: tuple[str, ...] = ()
    keep_rules = off is not None and (mode == "hybrid" or problems)
    if (
        off is not None
        and not problems
        and code.replace(".", "") != off.icd10.replace(".", "").upper()
    ):
        notes = (
            f"icd10: rules {off.icd10}, llm {code}, kept "
            f"{off.icd10 if keep_rules else code}",
        )
    diff, diff_notes = _rank(
        off.differential if off else (),
        [out.name, *out.differential],
        "diagnosis",
        mode,
    )
    result = DiagnosisResult(
        icd10=off.icd10 if keep_rules and off else code,
        name=off.name if keep_rules and off else out.name.strip() or code,
        probability=off.probability if keep_rules and off else None,
        differential=diff,
        rationale=_narrative(off.rationale if off else "", out.rationale, mode),
    )
    return Mapped(result, disagreements=notes + diff_notes, problems=problems)


def map_output(
    out: LLMOutput,
    inp: StageInput,
    offline: StageOutcome,
    mode: Mode,
    votes: dict[str, float] | None = None,
) -> Mapped:
    """Turn a parsed LLM answer into the stage's result, honouring the mode.

    ``llm``: the model answers (floors apply afterwards). ``hybrid``: the rules'
    closed labels stand unless the model escalates (acuity more urgent, discharge →
    admit); the model may reorder the differential, add orders and citations, and
    extend the narrative. Every difference is recorded as a disagreement.
    """
    off = offline.result
    if isinstance(out, TriageLLM):
        off_t = off if isinstance(off, TriageResult) else None
        return _triage(out, off_t, mode, votes, inp.view.triage_scale)
    if isinstance(out, DispositionLLM):
        off_d = off if isinstance(off, DispositionResult) else None
        return _disposition(out, off_d, mode, votes)
    if isinstance(out, AssessmentLLM):
        off_a = off if isinstance(off, AssessmentResult) else None
        return _assessment(out, off_a, mode, inp, offline.citations)
    if isinstance(out, TreatmentLLM):
        return _treatment(out, off if isinstance(off, TreatmentResult) else None, mode)
    return _diagnosis(out, off if isinstance(off, DiagnosisResult) else None, mode)

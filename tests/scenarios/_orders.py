"""Read orders, blocked orders, the ledger and the rules shown from a scenario's trace.

Word lists are the test's own clinical vocabulary (drug classes as an emergency
physician names them), independent of the reasoner's lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agents.schemas import (
    AssessmentResult,
    DiagnosisResult,
    DispositionResult,
    Order,
    RuleResult,
    TreatmentResult,
    TriageResult,
)
from graph.state import ReasoningOutput

ANTITHROMBOTIC = (
    "aspirin",
    "heparin",
    "enoxaparin",
    "clopidogrel",
    "ticagrelor",
    "prasugrel",
    "alteplase",
    "tenecteplase",
    r"\btpa\b",
    "thromboly",
    "anticoagula",
    "apixaban",
    "rivaroxaban",
    "warfarin",
    "antiplatelet",
)
NITRATE = ("nitroglycerin", "nitrate", "ntg", "isosorbide")
LYTIC = ("alteplase", "tenecteplase", r"\btpa\b", "thromboly", r"\blytic")
NSAID = ("ibuprofen", "ketorolac", "naproxen", "nsaid", "diclofenac")
PENICILLINS = ("amoxicillin", "penicillin", "ampicillin", "piperacillin", "augmentin")
IMAGING_WITH_RADIATION = (r"\bct\b", r"\bcta\b", "x-ray", "radiograph", "computed tom")
FIXED_DOSE = re.compile(r"(?i)\b\d+(?:\.\d+)?\s*(?:mg|g|mcg|units?|u)\b(?!\s*/\s*kg)")


def triage(out: ReasoningOutput) -> TriageResult:
    """The triage stage's result (a run always triages)."""
    for r in out.trace:
        if isinstance(r.output, TriageResult):
            return r.output
    raise AssertionError("no triage record")


def treatment(out: ReasoningOutput) -> TreatmentResult | None:
    """The treatment stage's result, if any."""
    for record in out.trace:
        if isinstance(record.output, TreatmentResult):
            return record.output
    return None


def disposition(out: ReasoningOutput) -> DispositionResult:
    """The disposition stage's result (the stage must have answered)."""
    record = next(r for r in out.trace if r.stage == "disposition")
    assert isinstance(record.output, DispositionResult)
    return record.output


def working(out: ReasoningOutput) -> str:
    """The treatment stage's working diagnosis in lower case ("" when it named none)."""
    result = treatment(out)
    return (result.working_diagnosis or "").lower() if result else ""


def dispo(out: ReasoningOutput) -> str:
    """The disposition chosen ("Discharge", "Observation ward", "Admit", ...)."""
    return disposition(out).disposition


def orders(out: ReasoningOutput) -> tuple[Order, ...]:
    """The orders of the treatment stage (empty when it did not run)."""
    result = treatment(out)
    return result.orders if result else ()


def order_names(out: ReasoningOutput) -> list[str]:
    """The names of the treatment stage's orders (an assertion's message)."""
    return [o.name for o in orders(out)]


def medications(out: ReasoningOutput) -> tuple[Order, ...]:
    """The medication orders."""
    return tuple(o for o in orders(out) if o.kind == "medication")


def mentions(order: Order, words: Iterable[str]) -> bool:
    """Whether an order's name mentions any of ``words`` (regex, case-insensitive)."""
    return any(re.search(w, order.name, re.IGNORECASE) for w in words)


def ordered(out: ReasoningOutput, *words: str) -> bool:
    """Whether any order names any of ``words``."""
    return any(mentions(o, words) for o in orders(out))


def medication_ordered(out: ReasoningOutput, *words: str) -> bool:
    """Whether any medication order names any of ``words``."""
    return any(mentions(o, words) for o in medications(out))


def first_index(out: ReasoningOutput, *words: str) -> int | None:
    """Position of the first order naming any of ``words``."""
    return next((i for i, o in enumerate(orders(out)) if mentions(o, words)), None)


def blocked_names(out: ReasoningOutput) -> list[str]:
    """Names of the orders the safety layer blocked (typed trace field)."""
    result = treatment(out)
    return [b.order.name.lower() for b in result.blocked] if result else []


def diagnoses_proposed(out: ReasoningOutput) -> set[str]:
    """Every diagnosis any stage put on its differential or named as final."""
    names: set[str] = set()
    for record in out.trace:
        if isinstance(record.output, AssessmentResult | DiagnosisResult):
            names |= {e.diagnosis.lower() for e in record.output.differential}
        if isinstance(record.output, DiagnosisResult):
            names.add(record.output.name.lower())
        if (
            isinstance(record.output, TreatmentResult)
            and record.output.working_diagnosis
        ):
            names.add(record.output.working_diagnosis.lower())
    names |= {e.diagnosis.lower() for e in out.final.ledger}
    return names


def proposes(out: ReasoningOutput, *words: str) -> bool:
    """Whether any proposed diagnosis contains any of ``words``."""
    return any(w in name for name in diagnoses_proposed(out) for w in words)


def rules_shown(out: ReasoningOutput) -> set[str]:
    """Names of decision rules shown as evidence (trace and ledger)."""
    rules: list[RuleResult] = []
    for record in out.trace:
        rules.extend(record.rules_applied)
    for entry in out.final.ledger:
        rules.extend(entry.rules)
    return {r.name.lower() for r in rules}


CAP_BEFORE = re.compile(r"(?i)\b(?:max(?:imum)?|min(?:imum)?|up to)\.?\s*$")
BAND_AFTER = re.compile(
    r"(?i)^\s*(?:(?:if|for)?\s*(?:[<>]=?|under|over)\s*\d+\s*(?:kg|years?)\b"
    r"|\(?\s*(?:ages?|aged)\s*\d)"
)


def _is_fixed(name: str, m: re.Match[str]) -> bool:
    """A dose that is neither a per-kg cap ("max 0.3 mg") nor a weight/age-band dose."""
    return not (
        CAP_BEFORE.search(name[: m.start()]) or BAND_AFTER.match(name[m.end() :])
    )


def fixed_doses(out: ReasoningOutput) -> list[str]:
    """Medication orders that carry a fixed dose (a per-kg cap or a dose stated for a
    weight or age band, BNF for Children, is not one)."""
    return [
        o.name
        for o in medications(out)
        if any(_is_fixed(o.name, m) for m in FIXED_DOSE.finditer(o.name))
    ]

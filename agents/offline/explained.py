"""Which documented abnormal findings the leading diagnoses explain (an open world).

Research software, not for clinical use. A working diagnosis must be adequate: it
accounts for all the abnormal findings (Kassirer JP, Wong JB, Kopelman RI. Learning
Clinical Reasoning, 2nd ed. 2010, ch. 4; INTERNIST-1 scored a hypothesis by the
manifestations it leaves unexplained: Miller RA et al. N Engl J Med 1982;307:468).
The knowledge base declares the objective abnormalities (results, unstable vital
signs, hard signs: ``KnowledgeBase.abnormal``) and what explains each: the diagnoses
whose ``findings_for`` list it, plus the diagnoses and documented conditions of its
``explained_by``. Documented abnormalities none of the leading diagnoses explains
mean the picture is unexplained (a diagnosis outside the knowledge base, or a second
process): the final diagnosis stays a tentative working one and the patient is not
discharged (``agents.floors.unsafe_discharge``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents import ledger as L
from agents.offline.differential import in_population, spec_for
from agents.offline.knowledge import KnowledgeBase
from agents.offline.rules import ClinicalFacts
from agents.schemas import DifferentialEntry

__all__ = [
    "LEADING",
    "UNEXPLAINED_WHY",
    "Unexplained",
    "leading_ids",
    "unexplained_abnormal",
]

LEADING: Final = 3
"""How many of the most probable entries not ruled out count as leading (the three
diagnoses of the clinician summary), besides every entry a validated rule ruled in."""
UNEXPLAINED_WHY: Final = (
    "the picture is unexplained (a diagnosis outside the knowledge base or a second "
    "process): no leading diagnosis explains "
)
"""How a trace says so (disposition rationale, the discharge floor's reason)."""
SEVERER: Final[dict[str, str]] = {
    "sodium_low": "sodium_low_profound",
    "potassium_high": "potassium_high_severe",
    "glucose_low": "glucose_low_severe",
    "hemoglobin_low": "hemoglobin_low_severe",
    "lactate_high": "lactate_high_severe",
    "anion_gap_high": "anion_gap_high_marked",
    "thrombocytopenia": "platelets_low_severe",
    "troponin_elevated": "troponin_markedly_elevated",
}
"""A band and the severer band of the same test: one result, named once."""


@dataclass(frozen=True)
class Unexplained:
    """Documented abnormalities no leading diagnosis explains.

    Attributes:
        findings: The abnormal concepts, worst band of a test only.
        explainers: For each, up to three knowledge-base diagnoses that would
            explain it (names), none of them leading.
        picture: Whether the picture as a whole is unexplained: a finding that is
            not ``mild``, or two or more findings.
    """

    findings: tuple[str, ...] = ()
    explainers: tuple[tuple[str, ...], ...] = ()
    picture: bool = False

    def describe(self) -> str:
        """'thrombocytopenia (would fit: TTP, HUS), raised creatinine (...)'."""
        parts = []
        for concept, names in zip(self.findings, self.explainers, strict=True):
            fits = f" (would fit: {', '.join(names)})" if names else ""
            parts.append(_readable(concept) + fits)
        return ", ".join(parts)


_GRADE: Final = {"severe": "severe", "profound": "profound", "markedly": "marked"}


def _readable(concept: str) -> str:
    """A finding as a clinician writes it: 'calcium_high' -> 'raised calcium'."""
    words = concept.split("_")
    grade = [_GRADE[w] for w in words if w in _GRADE]
    words = [w for w in words if w not in _GRADE]
    if len(words) > 1 and words[-1] in ("high", "elevated"):
        text = "raised " + " ".join(words[:-1])
    elif len(words) > 1 and words[-1] == "low":
        text = "low " + " ".join(words[:-1])
    else:
        text = " ".join(words)
    return text + (f" ({grade[0]})" if grade else "")


@functools.lru_cache(maxsize=4)
def _explainers(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Abnormal concept -> diagnosis ids and concepts that explain it, best first."""
    out: dict[str, tuple[str, ...]] = {}
    for concept, entry in kb.abnormal.items():
        listed = sorted(
            (
                (-w, d.id)
                for d in kb.diagnoses.values()
                if (w := d.findings_for.get(concept, 0.0)) > 0
            ),
        )
        out[concept] = tuple(
            dict.fromkeys([d for _, d in listed] + list(entry.explained_by))
        )
    return out


def leading_ids(kb: KnowledgeBase, ledger: Sequence[DifferentialEntry]) -> set[str]:
    """Knowledge-base ids of the leading diagnoses (``LEADING``, plus ruled-in ones)."""
    ranked = [e for e in L.rank(ledger) if e.status != "ruled_out"]
    chosen = ranked[:LEADING] + [e for e in ranked if e.status == "ruled_in"]
    return {s.id for e in chosen if (s := spec_for(kb, e.diagnosis)) is not None}


def _documented_cause(kb: KnowledgeBase, facts: ClinicalFacts, cause: str) -> bool:
    """Whether ``cause`` is documented so that it explains a result today.

    A condition or a drug counts from the history (known CKD for a raised creatinine,
    a beta-blocker for bradycardia); an ED diagnosis counts only when present now: a
    past admission's acute kidney injury or ketoacidosis explains nothing of today's
    anion gap (ConText historical: Harkema H et al. J Biomed Inform 2009;42:839; a
    raised gap needs a current cause: Kraut JA, Madias NE. CJASN 2007;2:162).
    """
    if cause in kb.diagnoses:
        return facts.has(cause)
    return facts.known(cause)


def unexplained_abnormal(
    kb: KnowledgeBase,
    ledger: Sequence[DifferentialEntry],
    facts: ClinicalFacts,
    settled: frozenset[str] = frozenset(),
) -> Unexplained:
    """The documented abnormal findings none of the ledger's leading diagnoses explains.

    A finding is explained by a leading diagnosis that lists it among its supporting
    findings or in its ``explained_by``, by a documented condition of its
    ``explained_by`` (known CKD for a raised creatinine, a beta-blocker for
    bradycardia; an ED diagnosis only when present now: ``_documented_cause``), or by
    being the leading diagnosis' own name. ``settled`` findings
    (a triage vital sign documented back in range on repeat) are not counted.
    """
    table = _explainers(kb)
    leaders = leading_ids(kb, ledger)
    found: list[str] = []
    for concept in sorted(facts.present - settled):
        by = table.get(concept)
        if by is None or concept in leaders:
            continue
        if any(x in leaders or _documented_cause(kb, facts, x) for x in by):
            continue
        found.append(concept)
    found = [c for c in found if SEVERER.get(c) not in found]
    # only diagnoses this patient can have (no HELLP syndrome for a man: the
    # population limits of ``differential.in_population``)
    names = tuple(
        tuple(
            s.name
            for s in in_population(
                [kb.diagnoses[x] for x in table[c] if x in kb.diagnoses], facts
            )
        )[:3]
        for c in found
    )
    picture = len(found) >= 2 or any(not kb.abnormal[c].mild for c in found)
    return Unexplained(tuple(found), names, picture)

"""infect43 (session 43): the readers and rules behind its fixes, unit by unit."""

from __future__ import annotations

from functools import cache

from agents.offline import treatment
from agents.offline.differential import _explained_open, requirement_explained
from agents.offline.knowledge import DiagnosisSpec, KnowledgeBase
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import ClinicalFacts
from agents.offline.rules.admission_criteria import admission_criteria
from agents.pathway_dx import PathwayVerdict
from agents.schemas import Evidence
from cases.population import Population


@cache
def _kb() -> KnowledgeBase:
    return load_knowledge()


def _spec(dx_id: str) -> DiagnosisSpec:
    return _kb().diagnoses[dx_id]


def _facts(*present: str, **measurements: float) -> ClinicalFacts:
    return ClinicalFacts(
        age=58, present=frozenset(present), measurements=dict(measurements)
    )


def _lactate_level(facts: ClinicalFacts) -> str | None:
    met = [m for m in admission_criteria(facts) if m.rule.name.startswith("Lactate")]
    return met[0].level if met else None


def test_a_lactate_still_at_4_takes_intensive_care() -> None:
    """SSC 2021: suspected infection with a lactate >= 4 mmol/L: ICU-level care."""
    assert _lactate_level(_facts("fever", "lactate_high_severe", lactate=4.8)) == "icu"


def test_a_lactate_that_fell_below_4_after_fluids_does_not() -> None:
    """Sepsis-3 (Singer 2016): 4.1 on arrival, 1.4 after fluids is no septic shock."""
    assert _lactate_level(_facts("fever", "lactate_high_severe", lactate=1.4)) is None


def test_alcoholic_hepatitis_explains_tg18_inflammation_with_undilated_ducts() -> None:
    """NIAAA 2016 probable alcoholic hepatitis (no dilated duct) explains TG18's A."""
    hepatitis = (
        "jaundice",
        "alcohol_use",
        "ast_alt_alcoholic",
        "wbc_high",
    )
    undilated = ClinicalFacts(
        age=44,
        present=frozenset(hepatitis),
        absent=frozenset({"biliary_dilatation"}),
    )
    assert requirement_explained(_spec("acute_cholangitis"), undilated)
    dilated = ClinicalFacts(
        age=44, present=frozenset({*hepatitis, "biliary_dilatation"})
    )
    assert not requirement_explained(_spec("acute_cholangitis"), dilated)


def test_an_explained_requirement_answers_a_suspecting_pathway_not_a_defining_one() -> (
    None
):
    """A suspicion on the same defining findings is answered, 'defines' is not."""
    facts = ClinicalFacts(
        age=44,
        present=frozenset({"jaundice", "alcohol_use", "ast_alt_alcoholic", "wbc_high"}),
        absent=frozenset({"biliary_dilatation"}),
    )
    ev = Evidence(
        kind="rule",
        text="pathway criteria met: TG18",
        rule="pathway criteria (suspects)",
    )
    spec = _spec("acute_cholangitis")

    def verdict(strength: str) -> PathwayVerdict:
        return PathwayVerdict("raised_bilirubin", spec.id, strength, ev)  # type: ignore[arg-type]

    assert _explained_open(verdict("suspects"), spec, facts)
    assert _explained_open(verdict("keeps_open"), spec, facts)
    assert not _explained_open(verdict("defines"), spec, facts)


def test_a_miscarriage_establishes_the_obstetric_state_without_a_new_hcg() -> None:
    """ICD-10-CM O03-O08 and Eschenbach 2015: after a miscarriage or abortion its
    septic complication is treated at once, not after a pregnancy test."""
    unknown = Population()
    assert treatment._pregnancy_established(unknown, _facts("recent_abortion"))
    assert treatment._pregnancy_established(unknown, _facts("postpartum"))
    assert not treatment._pregnancy_established(unknown, _facts("pelvic_pain"))

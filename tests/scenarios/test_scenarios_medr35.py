"""Scenarios (medr35, issue 10): a CSF organism the knowledge base cannot treat.

The knowledge base's meningitis entry is empirical bacterial meningitis (Tunkel AR et
al. IDSA 2004): ceftriaxone and vancomycin. Mycobacterium tuberculosis or Cryptococcus
shown in the cerebrospinal fluid (smear, culture, nucleic-acid test or antigen) is a
definite tuberculous (Marais S et al. uniform case definition, Lancet Infect Dis
2010;10:803) or cryptococcal meningitis (Perfect JR et al. IDSA 2010; WHO 2022), whose
treatment is another (Thwaites G et al. BIS guidelines, J Infect 2009;59:167: four
anti-tuberculous drugs with dexamethasone; WHO 2022: amphotericin B with flucytosine,
no dexamethasone). The knowledge base holds neither, so the case lies outside it: the
reasoner says so (flag ``out_of_scope``) instead of naming meningitis as though the
bacterial regimen were the plan. A bacterial organism in the CSF, or a negative
mycobacterial test, stays inside. Research software, not for clinical use.
"""

from __future__ import annotations

from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _meningitis(age: int, sex: str, history: str, csf: str) -> Case:
    return make_case(
        "HEADACHE",
        age=age,
        sex=sex,
        vitals=vitals(104, 128, 76, 20, 97, t=38.6),
        ed_note=(
            f"{age}{sex} with {history} Exam: neck stiffness, photophobia, no rash. "
            f"CSF: {csf}"
        ),
    )


def _flags(out: ReasoningOutput) -> tuple[str, ...]:
    return tuple(out.final.summary.flags)


def test_csf_mycobacterium_tuberculosis_is_outside_the_kb(reason: Reason) -> None:
    """Marais 2010: a positive CSF NAAT is definite TBM; BIS 2009 treats it apart."""
    out = reason(
        _meningitis(
            34,
            "M",
            "3 weeks of worsening headache, fever and night sweats.",
            "lymphocytes 280, protein 2.1 g/L, glucose 1.4 mmol/L; Xpert MTB/RIF "
            "detected Mycobacterium tuberculosis.",
        )
    )
    assert "out_of_scope" in _flags(out)
    assert out.final.diagnosis_name != "Meningitis, unspecified"


def test_csf_koch_bacillus_in_an_infant_is_outside_the_kb(reason: Reason) -> None:
    """Marais 2010 (children too): CSF acid-fast bacilli are a definite TBM."""
    out = reason(
        make_case(
            "FEVER",
            age=1,
            sex="F",
            vitals=vitals(160, 90, 55, 40, 97, t=39.0),
            ed_note=(
                "14-month-old with 3 weeks of irritability, vomiting and fever; "
                "household contact with tuberculosis. Exam: bulging fontanelle, neck "
                "stiffness. Lumbar puncture: clear CSF, lymphocytic pleocytosis, high "
                "protein, low glucose, acid-fast bacilli seen on Ziehl-Neelsen stain."
            ),
        )
    )
    assert "out_of_scope" in _flags(out)


def test_csf_cryptococcus_is_outside_the_kb(reason: Reason) -> None:
    """Perfect 2010 / WHO 2022: CSF CrAg or India ink is cryptococcal meningitis."""
    out = reason(
        _meningitis(
            41,
            "F",
            "HIV, CD4 count 45, and 2 weeks of headache and fever.",
            "opening pressure 32 cm H2O; cryptococcal antigen positive, India ink "
            "positive for encapsulated yeasts.",
        )
    )
    assert "out_of_scope" in _flags(out)
    assert not [o for o in O.medications(out) if O.mentions(o, ("dexamethasone",))]


def test_guard_csf_pneumococcus_stays_bacterial_meningitis(reason: Reason) -> None:
    """IDSA 2004: a bacterial organism in the CSF is the entry's own disease."""
    out = reason(
        _meningitis(
            22,
            "M",
            "12 hours of headache, fever and vomiting.",
            "turbid, neutrophils 2400, glucose 1.0 mmol/L; Gram stain Gram-positive "
            "diplococci, culture grew Streptococcus pneumoniae.",
        )
    )
    assert "out_of_scope" not in _flags(out)
    assert [o for o in O.medications(out) if O.mentions(o, ("ceftriaxone",))]


def test_guard_negative_mycobacterial_tests_stay_inside(reason: Reason) -> None:
    """A negated result is no result of this visit (ConText): AFB and Xpert negative."""
    out = reason(
        _meningitis(
            30,
            "M",
            "1 day of headache and fever.",
            "neutrophils 1800, glucose low; AFB smear negative, Xpert MTB not "
            "detected, no cryptococcal antigen.",
        )
    )
    assert "out_of_scope" not in _flags(out)
    assert [o for o in O.medications(out) if O.mentions(o, ("ceftriaxone",))]

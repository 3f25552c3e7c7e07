"""Scenarios (treat36, issue 10): treatment and disposition follow the CSF result.

The empirical bacterial meningitis regimen (ceftriaxone and vancomycin, ampicillin
for Listeria, dexamethasone: Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID
2016) is given until the CSF names the cause; once it names one the regimen does not
treat, the cause's own treatment is the plan: four anti-tuberculous drugs with a
corticosteroid for Mycobacterium tuberculosis (Thwaites G et al. BIS, J Infect
2009;59:167; WHO 2022), amphotericin B with flucytosine and no corticosteroid for
Cryptococcus (Perfect JR et al. IDSA 2010; WHO 2022; Beardsley J et al. NEJM
2016;374:542), IV aciclovir for herpes simplex or varicella zoster virus (Tunkel AR et
al. IDSA 2008), supportive care for an enterovirus (McGill F et al. J Infect
2016;72:405). A bacterium on the Gram stain keeps the bacterial regimen, and the
organism decides between meningococcal and pneumococcal disease. Research software,
not for clinical use.
"""

from __future__ import annotations

from agents.pathways import unconditional
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BACTERIAL_COVER = ("ceftriaxone", "cefotaxime", "vancomycin")


def _csf_case(cc: str, age: int, sex: str, note: str, t: float = 38.7) -> Case:
    return make_case(
        cc, age=age, sex=sex, vitals=vitals(108, 124, 76, 20, 97, t=t), ed_note=note
    )


def _admitted(out: ReasoningOutput) -> bool:
    return O.disposition(out).disposition not in ("Discharge", "Observation")


def test_tuberculous_csf_gets_anti_tuberculous_drugs_not_the_bacterial_regimen(
    reason: Reason,
) -> None:
    """BIS 2009 / WHO 2022: CSF Xpert MTB positive -> RIPE with dexamethasone, admit."""
    out = reason(
        _csf_case(
            "HEADACHE",
            38,
            "F",
            "38-year-old with four weeks of headache, low-grade fevers and weight "
            "loss, now drowsy. Neck stiff. Lumbar puncture: CSF lymphocytes 240, "
            "protein 1.9 g/L, glucose 1.5 mmol/L; GeneXpert MTB/RIF detected M. "
            "tuberculosis.",
        )
    )
    assert O.medication_ordered(out, "rifampicin")
    assert not O.medication_ordered(out, *BACTERIAL_COVER)
    assert O.ordered(out, "infectious diseases")
    assert _admitted(out)


def test_cryptococcal_csf_gets_amphotericin_and_no_steroid(reason: Reason) -> None:
    """IDSA 2010 / WHO 2022: CrAg-positive CSF -> amphotericin + flucytosine, no
    dexamethasone (Beardsley 2016), pressure drained, admitted."""
    out = reason(
        _csf_case(
            "HEADACHE",
            33,
            "M",
            "33-year-old with advanced HIV (CD4 30), not on treatment, three weeks of "
            "headache and fevers. LP: opening pressure 36 cm H2O, CSF lymphocytes 25, "
            "CSF cryptococcal antigen positive.",
            t=38.2,
        )
    )
    assert O.medication_ordered(out, "amphotericin")
    assert O.medication_ordered(out, "flucytosine")
    assert not O.medication_ordered(out, "dexamethasone")
    assert not O.medication_ordered(out, *BACTERIAL_COVER)
    assert O.ordered(out, "therapeutic lumbar puncture")
    assert _admitted(out)


def test_hsv_in_the_csf_gets_iv_aciclovir_not_the_bacterial_regimen(
    reason: Reason,
) -> None:
    """IDSA 2008: HSV by CSF PCR is treated with IV aciclovir."""
    out = reason(
        _csf_case(
            "HEADACHE",
            26,
            "F",
            "26-year-old with two days of headache, photophobia and a stiff neck, "
            "alert, no focal deficit. CSF white cells 180, mostly lymphocytes, glucose "
            "normal; HSV-2 PCR positive.",
        )
    )
    assert O.medication_ordered(out, r"aciclovir \d+ mg/kg IV")
    assert not O.medication_ordered(out, *BACTERIAL_COVER)


def test_enterovirus_in_the_csf_stops_the_antibiotics(reason: Reason) -> None:
    """McGill 2016: a CSF PCR confirming a viral meningitis stops the antibiotics."""
    out = reason(
        _csf_case(
            "FEVER",
            21,
            "M",
            "21-year-old with a day of fever, headache, photophobia and mild neck "
            "stiffness, alert. CSF lymphocytes 130, glucose normal, Gram stain "
            "negative; enterovirus PCR detected.",
        )
    )
    assert not O.medication_ordered(out, *BACTERIAL_COVER)


def test_gram_positive_diplococci_keep_the_bacterial_regimen_no_dextrose(
    reason: Reason,
) -> None:
    """IDSA 2004 / ESCMID 2016: pneumococcal meningitis keeps ceftriaxone,
    vancomycin and dexamethasone; it is no hypoglycaemia (a CSF glucose)."""
    out = reason(
        _csf_case(
            "FEVER",
            44,
            "M",
            "44-year-old with 10 hours of fever, severe headache and vomiting, neck "
            "stiffness, confused. CSF cloudy, neutrophils 2100, glucose 0.9 mmol/L; "
            "Gram stain shows Gram-positive diplococci.",
            t=39.3,
        )
    )
    for drug in ("ceftriaxone", "vancomycin", "dexamethasone"):
        assert O.medication_ordered(out, drug), drug
    assert not O.medication_ordered(out, "dextrose")
    assert "hypoglyc" not in (out.final.diagnosis_name or "").lower()
    assert _admitted(out)


def test_guard_culture_pending_neutrophilic_csf_keeps_empirical_cover(
    reason: Reason,
) -> None:
    """IDSA 2004: a neutrophilic CSF with the culture awaited stays on empirical
    cover, and a negative AFB smear or CrAg changes nothing."""
    out = reason(
        _csf_case(
            "FEVER",
            52,
            "F",
            "52-year-old with a day of fever, headache and neck stiffness. CSF "
            "neutrophils 1400, glucose low, Gram stain no organisms seen; AFB smear "
            "negative, cryptococcal antigen negative; culture pending.",
            t=39.0,
        )
    )
    assert O.medication_ordered(out, "ceftriaxone")
    assert O.medication_ordered(out, "vancomycin")


def test_pneumococcal_csf_is_not_meningococcaemia(reason: Reason) -> None:
    """The organism decides (NICE NG240): a petechial rash beside a CSF culture of
    Streptococcus pneumoniae is pneumococcal meningitis, with vancomycin."""
    out = reason(
        _csf_case(
            "FEVER",
            24,
            "F",
            "24-year-old with 14 hours of fever, headache and vomiting; neck "
            "stiffness and a petechial rash on the legs. CSF turbid, Gram-positive "
            "diplococci; CSF culture grew Streptococcus pneumoniae.",
            t=39.2,
        )
    )
    assert "meningococc" not in (out.final.diagnosis_name or "").lower()
    assert O.medication_ordered(out, "vancomycin")


def test_gram_positive_rods_get_ampicillin_outright(reason: Reason) -> None:
    """IDSA 2004: Listeria (Gram-positive rods) is not covered by ceftriaxone:
    ampicillin is given, not left conditional."""
    out = reason(
        _csf_case(
            "ALTERED MENTAL STATUS",
            45,
            "F",
            "45-year-old on azathioprine after a kidney transplant, two days of fever, "
            "confusion and neck stiffness. CSF neutrophils 700, glucose low; Gram "
            "stain: Gram-positive rods.",
        )
    )
    assert any(
        "ampicillin" in unconditional(o.name).lower() for o in O.medications(out)
    )


def test_a_bare_neck_stiff_sentence_is_neck_stiffness(reason: Reason) -> None:
    """van de Beek 2004 / NICE NG240: fever, headache and neck stiffness are
    suspected meningitis, admitted for the LP and antibiotics, not a migraine."""
    out = reason(
        _csf_case(
            "HEADACHE",
            29,
            "M",
            "29-year-old with a day of severe headache, fever and vomiting. Neck "
            "stiff. No rash. Not yet had a lumbar puncture.",
            t=39.0,
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert "migraine" not in (result.working_diagnosis or "").lower()
    assert _admitted(out)


def test_tuberculous_csf_in_a_child_with_a_seizure_is_no_febrile_seizure(
    reason: Reason,
) -> None:
    """AAP 2011: a febrile seizure excludes a CNS infection; CSF Xpert MTB is one."""
    out = reason(
        make_case(
            "SEIZURE",
            age=3,
            sex="M",
            vitals=vitals(136, 98, 60, 28, 97, t=38.5),
            ed_note=(
                "3-year-old with 2 weeks of fever, vomiting and irritability, a "
                "generalised seizure today, drowsy since. CSF lymphocytic, protein "
                "high, glucose low; Xpert MTB positive."
            ),
        )
    )
    assert "febrile convulsions" not in (out.final.diagnosis_name or "").lower()
    assert not O.ordered(out, "no routine blood tests")
    assert O.medication_ordered(out, "rifampicin")

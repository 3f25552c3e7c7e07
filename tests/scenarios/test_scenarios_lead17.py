"""A recorded zero is not a measurement (lead, session 17).

Written from: ESI v4 Implementation Handbook ch. 3-4 (vital signs are measured before
they decide anything; a value that cannot be physiological is re-measured, not acted
on); ATLS 10th ed. (shock is recognised from measured perfusion, not from a blank
field); AAP 2021 febrile infant guideline (Pantell RH et al. Pediatrics
2021;148:e2021052228: a well-appearing 22-60-day-old gets urine, inflammatory markers
and, by them, a lumbar puncture).
"""

from __future__ import annotations

import pytest

from agents.schemas import TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_SHOCK_CARE = ("large-bore", "intraosseous", "crystalloid bolus", "massive transfusion")


@pytest.mark.parametrize(
    ("complaint", "age", "age_days", "note"),
    [
        (
            "fever",
            0,
            45,
            "6-week-old, fever 38.4 at home, feeding well, alert and pink, CRT < 2 s. "
            "No rash, no cough.",
        ),
        (
            "cough",
            4,
            None,
            "4-year-old with cough and runny nose for 2 days, playing in the waiting "
            "room, well perfused, chest clear.",
        ),
        (
            "ankle injury",
            30,
            None,
            "30-year-old twisted her ankle playing netball, walking with a limp, "
            "lateral malleolus tender, foot warm and well perfused.",
        ),
    ],
)
def test_blood_pressure_recorded_as_zero_is_not_shock(
    reason: Reason, complaint: str, age: int, age_days: int | None, note: str
) -> None:
    """A blood pressure of 0/0 in the triage fields (not measured: common for
    infants and in exported records) is never read as shock: no shock access, no
    fluid bolus, no lumbar puncture deferred "for shock", and triage says the value
    was ignored (ESI v4 ch. 3-4; ATLS 10th ed.)."""
    demographics = {"age": age} | ({"age_days": age_days} if age_days else {})
    out = reason(
        make_case(
            complaint,
            vitals=vitals(120 if age else 160, 0, 0, 24 if age else 44, 98, t=38.4),
            demographics=demographics,
            ed_note=note,
        )
    )
    assert not any(O.ordered(out, word) for word in _SHOCK_CARE)
    treatment = O.treatment(out)
    blocked = treatment.blocked if treatment else ()
    assert not any("shock" in b.reason.lower() for b in blocked)
    triage = out.trace[0].output
    assert isinstance(triage, TriageResult)
    assert "implausible" in " ".join(triage.missing_vitals)


@pytest.mark.parametrize(
    "sign",
    [
        "signs of meningeal irritation",
        "meningism on examination",
        "positive Kernig's sign",
        "Brudzinski sign present",
    ],
)
def test_fever_with_meningeal_signs_is_treated_as_meningitis(
    reason: Reason, sign: str
) -> None:
    """Fever with meningeal signs in a child: bacterial meningitis is suspected and
    treated without delay: parenteral antibiotics and a lumbar puncture, never
    symptom relief alone (NICE NG240 2024; IDSA 2004 bacterial meningitis)."""
    out = reason(
        make_case(
            "fever",
            age=3,
            sex="F",
            vitals=vitals(150, 95, 60, 30, 97, t=39.4),
            ed_note=f"3-year-old with fever for 1 day, irritable and vomiting. Exam: "
            f"{sign}, no rash, chest clear.",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")
    assert O.ordered(out, "lumbar puncture")
    assert O.proposes(out, "meningitis")


@pytest.mark.parametrize(
    "wording",
    [
        "She later learned the cookie contained peanut flour.",
        "Lateral malleolus bruised after she slipped on the stairs.",
    ],
)
def test_later_and_lateral_are_not_a_late_period(reason: Reason, wording: str) -> None:
    """A tachycardic woman of 30 with abdominal pain and no pregnancy information
    gets a pregnancy test (ACOG PB 193), but words that merely begin with "late"
    ("later", "lateral") are not a late period: no emergent ruptured-ectopic consult
    and no transvaginal ultrasound before the hCG is known."""
    out = reason(
        make_case(
            "abdominal pain",
            age=30,
            sex="F",
            vitals=vitals(118, 104, 64, 20, 98),
            ed_note=f"30F with crampy abdominal pain and vomiting since lunch. "
            f"{wording} Abdomen soft, mild diffuse tenderness.",
        )
    )
    assert O.ordered(out, "hcg", "pregnancy test")
    assert not O.ordered(out, "ob/gyn emergently", "ruptured ectopic")
    assert not O.ordered(out, "transvaginal")


@pytest.mark.parametrize(
    ("signs", "imaging"),
    [
        (
            "distended neck veins, muffled heart sounds",
            "FAST: pericardial effusion with RV diastolic collapse.",
        ),
        (
            "raised JVP, heart sounds quiet",
            "Bedside echo shows a pericardial effusion with tamponade physiology.",
        ),
    ],
)
def test_penetrating_cardiac_injury_with_tamponade_goes_to_surgery(
    reason: Reason, signs: str, imaging: str
) -> None:
    """A stab wound over the heart with shock and an effusion compressing the right
    heart is a traumatic tamponade: it is named, and operative decompression by the
    trauma or cardiothoracic surgeon is ordered (needle pericardiocentesis is only a
    bridge) (ATLS 10th ed.; Seamon MJ et al. EAST 2015 emergency department
    thoracotomy; ESC 2015 pericardial diseases)."""
    out = reason(
        make_case(
            "stab wound",
            age=27,
            sex="M",
            vitals=vitals(128, 80, 60, 26, 95),
            ed_note=f"27M stabbed in the left chest next to the sternum 15 min ago. "
            f"Pale, anxious. {signs}, breath sounds equal. {imaging}",
        )
    )
    assert O.proposes(out, "tamponade")
    assert O.ordered(out, "thoracotomy", "sternotomy", "operative pericardial")


@pytest.mark.parametrize(
    ("complaint", "sex", "note"),
    [
        (
            "vaginal bleeding",
            "F",
            "26F sudden severe lower abdominal pain, fainted at home, vaginal bleeding "
            "since this morning, LMP 8 weeks ago. Urine hCG positive. Bedside US: free "
            "fluid in the pelvis, empty uterus.",
        ),
        (
            "vomiting blood",
            "M",
            "64M sudden severe epigastric pain then collapsed, vomited blood twice, "
            "melena since yesterday. Takes naproxen daily.",
        ),
    ],
)
def test_shock_from_a_documented_bleed_is_not_scored_as_aortic(
    reason: Reason, complaint: str, sex: str, note: str
) -> None:
    """ADD-RS is used where an acute aortic syndrome is suspected (ACC/AHA 2022;
    Rogers AM et al. Circulation 2011): hypotension explained by blood lost from the
    genital tract or the gut is not an aortic sign, so a ruptured ectopic or an upper
    GI bleed in shock goes to its own resuscitation, not to an aortic CT first."""
    out = reason(
        make_case(
            complaint,
            age=26 if sex == "F" else 64,
            sex=sex,
            vitals=vitals(128, 82, 50, 24, 97),
            ed_note=note,
        )
    )
    assert not O.ordered(out, "ct angiography of the aorta")
    assert O.ordered(out, "massive transfusion", "emergency-release", "crossmatch")


def test_tearing_pain_with_shock_is_still_imaged_for_dissection(reason: Reason) -> None:
    """Guard: tearing chest pain radiating to the back with hypotension and no
    bleeding scores ADD-RS 2: aortic imaging comes first (ACC/AHA 2022)."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="M",
            vitals=vitals(110, 84, 50, 22, 96),
            ed_note="66M sudden tearing chest pain radiating to the back 1 h ago, "
            "sweaty. No vomiting, no bleeding.",
        )
    )
    assert O.ordered(out, "ct angiograph")
    # no aspirin while dissection is open: blocked, or never proposed once the
    # aortic pathway keeps dissection leading (dxname17)
    assert not O.medication_ordered(out, "aspirin")


@pytest.mark.parametrize(
    "dipstick",
    [
        "Urine dip: leucocytes ++, nitrite positive.",
        "Catheter urinalysis: positive leukocyte esterase, nitrites +.",
        "UA: 50-100 WBC/hpf, nitrite positive.",
    ],
)
def test_febrile_infant_with_a_positive_urinalysis_is_a_urinary_infection(
    reason: Reason, dipstick: str
) -> None:
    """A febrile 7-week-old whose urinalysis shows pyuria and nitrite has a urinary
    tract infection: it is named and treated parenterally, never with an oral
    cystitis drug (AAP 2011 UTI 2-24 months: pyuria and/or bacteriuria on the
    urinalysis; AAP 2021 febrile infant 29-60 days: parenteral antibiotic)."""
    out = reason(
        make_case(
            "fever",
            vitals=vitals(172, 85, 50, 44, 98, t=38.6),
            demographics={"age": 0, "age_days": 49, "sex": "F"},
            ed_note="7-week-old girl, fever 38.6 since this morning, feeding a little "
            f"less, alert, well perfused, no focus on examination. {dipstick}",
        )
    )
    assert O.proposes(out, "urinary tract infection", "pyelonephritis")
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime", "ampicillin")
    assert not O.medication_ordered(out, "nitrofurantoin")


@pytest.mark.parametrize(
    "systemic", ["fever 38.9 with rigors", "right flank pain and fever"]
)
def test_urinary_infection_with_systemic_features_is_not_treated_as_cystitis(
    reason: Reason, systemic: str
) -> None:
    """Fever, rigors or flank pain with a positive urinalysis are an upper-tract
    infection: no nitrofurantoin, which does not reach the kidney (IDSA 2011
    uncomplicated cystitis and pyelonephritis, Gupta K et al.)."""
    out = reason(
        make_case(
            "dysuria",
            age=34,
            sex="F",
            vitals=vitals(108, 118, 72, 20, 98, t=38.9),
            ed_note=f"34F with 2 days of dysuria and frequency, now {systemic}. Not "
            "pregnant. Urinalysis: nitrite positive, leukocyte esterase positive.",
        )
    )
    assert O.proposes(out, "pyelonephritis")
    assert not O.medication_ordered(out, "nitrofurantoin")


@pytest.mark.parametrize(("age", "age_days"), [(0, 300), (6, None), (35, None)])
def test_fever_with_meningeal_signs_is_admitted(
    reason: Reason, age: int, age_days: int | None
) -> None:
    """Suspected bacterial meningitis (fever with meningeal signs) is treated and
    investigated in hospital at any age: admission, never observation or discharge
    (NICE NG240 2024; IDSA 2004 bacterial meningitis)."""
    demographics = {"age": age} | ({"age_days": age_days} if age_days else {})
    out = reason(
        make_case(
            "fever",
            vitals=vitals(
                130 if age < 18 else 104, 100, 60, 26 if age < 18 else 20, 97, t=39.2
            ),
            demographics=demographics,
            ed_note="Fever since yesterday, irritable, vomited twice. Examination: "
            "signs of meningeal irritation, no rash, chest clear.",
        )
    )
    assert out.final.disposition in ("Admit", "OR Admit")


@pytest.mark.parametrize(
    "one_liner",
    [
        "36 y.o. female with peanut allergy presenting with allergic reaction after "
        "peanut ingestion.",
        "28 y.o. male with hives and lip swelling after ingestion of shellfish.",
    ],
)
def test_eating_an_allergen_is_not_an_overdose(reason: Reason, one_liner: str) -> None:
    """A food allergen eaten is an allergic exposure, not a poisoning: no overdose
    high-risk flag at triage (ESI v4 handbook ch.4 lists overdose for drugs and
    toxins; WAO 2020 anaphylaxis: food is the allergen)."""
    out = reason(
        make_case(
            "allergic reaction",
            age=36,
            sex="F",
            vitals=vitals(104, 128, 78, 18, 98),
            one_liner=one_liner,
        )
    )
    triage = out.trace[0].output
    assert isinstance(triage, TriageResult)
    assert not any("overdose" in flag.lower() for flag in triage.red_flags)

"""Context of a mention: an allergy list and a time anchor (lead, session 13).

Written from ConText (Harkema H et al. J Biomed Inform 2009;42:839: a trigger's scope
ends at a termination term) and the FHIR R4 AllergyIntolerance resource (a recorded
reaction is history). Each test failed before the mechanism it names was added.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

EPINEPHRINE = (r"(?<!nor)epinephrine", r"(?<!nor)adrenaline")
"""Epinephrine, not norepinephrine (the septic-shock vasopressor, SSC 2021)."""


def test_an_allergy_list_reaction_is_not_a_current_anaphylaxis(reason: Reason) -> None:
    """Urosepsis in a patient whose allergy list records anaphylaxis to penicillin.

    The recorded reaction is history: no intramuscular epinephrine for an 83-year-old
    in septic shock (Surviving Sepsis Campaign 2021 treats the sepsis).
    """
    out = reason(
        make_case(
            "fever and confusion",
            age=83,
            sex="F",
            vitals={
                "heart_rate": 116,
                "systolic_bp": 84,
                "diastolic_bp": 48,
                "respiratory_rate": 24,
                "temperature_c": 38.8,
            },
            ed_note=(
                "83F from a care home, 2 days of dysuria then new confusion today. "
                "Allergy: penicillin - anaphylaxis. Urine dipstick nitrites and "
                "leucocytes positive. Lactate 3.8."
            ),
        )
    )
    assert not O.medication_ordered(out, *EPINEPHRINE)
    assert all("anaphyla" not in (o.for_diagnosis or "").lower() for o in O.orders(out))


def test_a_negation_stops_at_a_time_anchor(reason: Reason) -> None:
    """'Not anticoagulated, sudden pain 4 hours ago, ..., pain out of proportion'.

    The negation belongs to the anticoagulant; the pain out of proportion to the
    examination in a 79-year-old with atrial fibrillation is asserted, so acute
    mesenteric ischaemia gets CT angiography and a surgeon (WSES 2022).
    """
    out = reason(
        make_case(
            "abdominal pain",
            age=79,
            sex="M",
            vitals={"heart_rate": 108, "systolic_bp": 118, "respiratory_rate": 22},
            ed_note=(
                "79M with atrial fibrillation not anticoagulated, sudden severe "
                "periumbilical pain 4 hours ago, vomited, pain out of proportion to a "
                "soft, minimally tender abdomen. Lactate 5.2 mmol/L."
            ),
        )
    )
    assert O.ordered(out, "angiograph")
    assert any(o.kind == "consult" and O.mentions(o, ["surg"]) for o in O.orders(out))


def test_pelvic_pain_without_bleeding_is_worked_up_for_adnexal_torsion(
    reason: Reason,
) -> None:
    """Sudden pelvic pain with vomiting and a known ovarian cyst, hCG negative.

    Pelvic pain is its own complaint, not vaginal bleeding: the torsion is the
    working diagnosis with Doppler ultrasound and a gynaecologist (ACOG CO 783;
    Huchon C 2010), and no bleeding diagnosis is named without bleeding.
    """
    out = reason(
        make_case(
            "pelvic pain",
            age=24,
            sex="F",
            vitals={"heart_rate": 102, "systolic_bp": 122, "pain": 9},
            ed_note=(
                "24F, sudden severe right pelvic pain 3 hours ago with vomiting. Known "
                "6 cm right ovarian cyst. Urine hCG negative. Tender right adnexa."
            ),
        )
    )
    plan = O.treatment(out)
    assert plan is not None and "torsion" in (plan.working_diagnosis or "").lower()
    assert O.ordered(out, "doppler")
    assert any(o.kind == "consult" and O.mentions(o, ["gyn"]) for o in O.orders(out))
    assert not O.proposes(out, "uterine and vaginal bleeding", "postpartum")


def test_unstable_bradycardia_gets_atropine_and_pacing(reason: Reason) -> None:
    """Complete heart block at 32/min with hypotension (AHA 2020 ACLS bradycardia
    algorithm; Kusumoto 2018 ACC/AHA/HRS): atropine, pacing pads, admission."""
    out = reason(
        make_case(
            "dizziness",
            age=78,
            sex="M",
            vitals={"heart_rate": 32, "systolic_bp": 82, "diastolic_bp": 50},
            ed_note=(
                "78M, two days of dizziness and a near-faint, now pale and clammy. "
                "ECG complete heart block with a broad escape rhythm at 32."
            ),
        )
    )
    assert O.medication_ordered(out, "atropine")
    assert O.ordered(out, "pacing")
    assert O.disposition(out).disposition != "Discharge"


def test_suspected_giant_cell_arteritis_with_visual_symptoms_gets_steroids(
    reason: Reason,
) -> None:
    """New temporal headache at 72 with jaw claudication, a thickened temporal artery
    and blurred vision (BSR 2020; ACR/VF 2021; Smetana 2002 likelihood ratios):
    steroids now, not a migraine cocktail."""
    out = reason(
        make_case(
            "headache",
            age=72,
            sex="F",
            vitals={"heart_rate": 84, "systolic_bp": 148, "pain": 6},
            ed_note=(
                "72F, 3 weeks of new right temporal headache, jaw pain when chewing "
                "and an episode of blurred vision in the right eye yesterday. Tender, "
                "thickened right temporal artery."
            ),
        )
    )
    assert O.medication_ordered(out, "prednis", "methylpred")
    assert not O.medication_ordered(out, "prochlorperazine")


def test_a_cold_pulseless_leg_is_worked_up_for_acute_limb_ischaemia(
    reason: Reason,
) -> None:
    """Sudden leg pain in atrial fibrillation with a cold foot and absent pulses
    (ESVS 2020 acute limb ischaemia): vascular surgeon, CT angiography, no discharge."""
    out = reason(
        make_case(
            "leg pain",
            age=74,
            sex="F",
            vitals={"heart_rate": 112, "systolic_bp": 150, "pain": 9},
            ed_note=(
                "74F with atrial fibrillation, stopped warfarin last month. Sudden "
                "severe right leg pain 3 hours ago. Right foot cold, pale, no palpable "
                "pedal pulses."
            ),
        )
    )
    assert any(
        o.kind == "consult" and O.mentions(o, ["vascular"]) for o in O.orders(out)
    )
    assert O.ordered(out, "angiograph", "duplex")
    assert O.disposition(out).disposition != "Discharge"


def test_adult_epiglottitis_with_stridor_is_not_sent_to_ct(reason: Reason) -> None:
    """Adult epiglottitis with drooling and stridor (Guldfred 2008; Tintinalli ch. 246):
    the airway is secured before any CT or pharyngeal needle."""
    out = reason(
        make_case(
            "sore throat",
            age=48,
            sex="M",
            vitals={"heart_rate": 118, "respiratory_rate": 24, "temperature_c": 39.2},
            ed_note=(
                "48M, 12 hours of severe sore throat, drooling, muffled voice, sitting "
                "forward, soft inspiratory stridor. Pharynx looks nearly normal."
            ),
        )
    )
    assert O.proposes(out, "epiglottitis")
    assert not O.ordered(out, r"\bct\b", "needle aspiration", "incision and drainage")
    assert O.ordered(out, "airway")


def test_head_trauma_with_a_fixed_dilated_pupil_is_a_neurosurgical_emergency(
    reason: Reason,
) -> None:
    """GCS 6 and a unilateral fixed dilated pupil after a motorcycle crash (Brain
    Trauma Foundation 2016; ATLS 10th ed.): CT head, neurosurgery, hyperosmolar
    therapy, no NSAID, intensive care."""
    out = reason(
        make_case(
            "motorcycle crash",
            age=27,
            sex="M",
            vitals={"heart_rate": 58, "systolic_bp": 176, "respiratory_rate": 10},
            ed_note=(
                "27M motorcyclist thrown at speed. GCS 6 (E1 V1 M4), left pupil 6 mm "
                "fixed, right 3 mm reactive."
            ),
        )
    )
    assert O.ordered(out, r"ct head")
    assert any(
        o.kind == "consult" and O.mentions(o, ["neurosurg"]) for o in O.orders(out)
    )
    assert O.medication_ordered(out, "hypertonic saline", "mannitol")
    assert not O.medication_ordered(out, *O.NSAID)
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu"


def test_chronic_digoxin_toxicity_gets_antibody_fragments(reason: Reason) -> None:
    """An 84-year-old on digoxin with renal failure, vomiting, yellow halos, HR 44,
    potassium 6.1 and a level of 3.8 ng/mL (Lavonas 2023 AHA toxicology, class 1):
    digoxin-specific antibody fragments and intensive monitoring."""
    out = reason(
        make_case(
            "nausea",
            age=84,
            sex="F",
            vitals={"heart_rate": 44, "systolic_bp": 102, "respiratory_rate": 18},
            ed_note=(
                "84F on digoxin and furosemide for heart failure and AF, 3 days of "
                "nausea, vomiting and seeing yellow halos. Potassium 6.1. "
                "Digoxin level 3.8 ng/mL."
            ),
        )
    )
    assert O.medication_ordered(out, "antibody fragments", "digifab", "immune fab")
    assert O.disposition(out).disposition == "Admit"


def test_haemolytic_uraemic_syndrome_in_a_child(reason: Reason) -> None:
    """Bloody diarrhoea, pallor, oliguria, anaemia, thrombocytopenia, raised creatinine
    and red cell fragments at 2 (Fakhouri 2017; IDSA 2017): nephrology, no
    antibiotics or antimotility drugs, admission; a transfusion threshold keeps its
    number (a concentration is not a fixed dose)."""
    out = reason(
        make_case(
            "bloody diarrhoea",
            age=2,
            sex="F",
            vitals={"heart_rate": 150, "respiratory_rate": 30},
            ed_note=(
                "2-year-old girl, 6 days of bloody diarrhoea, now pale and lethargic, "
                "passed very little urine for a day. Hb 68 g/L, platelets 42, "
                "creatinine 190 umol/L, fragmented red cells on the film."
            ),
        )
    )
    assert any(
        o.kind == "consult" and O.mentions(o, ["nephrolog"]) for o in O.orders(out)
    )
    assert not O.medication_ordered(out, "antibiotic", "loperamide", "azithromycin")
    assert O.disposition(out).disposition == "Admit"
    assert not O.ordered(out, r"<\s*/")  # no threshold lost its number


def test_hypertensive_pulmonary_oedema_gets_ventilation_and_nitrates(
    reason: Reason,
) -> None:
    """Sympathetic crashing acute pulmonary oedema: BP 212/118, SpO2 84 %, pink
    frothy sputum (ESC 2021 heart failure): CPAP/NIV and a high-dose nitrate."""
    out = reason(
        make_case(
            "shortness of breath",
            age=76,
            sex="F",
            vitals={
                "heart_rate": 118,
                "systolic_bp": 212,
                "diastolic_bp": 118,
                "respiratory_rate": 34,
                "spo2": 84,
            },
            ed_note=(
                "76F with hypertension, woke severely breathless, sitting upright, "
                "pink frothy sputum. Crackles to the apices bilaterally."
            ),
        )
    )
    assert O.ordered(out, "cpap", "non-invasive ventilation")
    assert O.medication_ordered(out, "nitroglycerin", "nitrate")


def test_a_stable_pneumothorax_is_not_coded_as_tension(reason: Reason) -> None:
    """A 3 cm primary spontaneous pneumothorax on x-ray with a central trachea and
    normal blood pressure (BTS 2023; ATLS): not 'tension', not the ICU."""
    out = reason(
        make_case(
            "shortness of breath",
            age=22,
            sex="M",
            vitals={"heart_rate": 96, "systolic_bp": 124, "spo2": 96},
            ed_note=(
                "22M sudden right pleuritic chest pain and mild breathlessness. "
                "Reduced breath sounds on the right, trachea central. Chest x-ray: "
                "right pneumothorax, 3 cm rim."
            ),
        )
    )
    names = O.diagnoses_proposed(out)
    assert any("pneumothorax" in n for n in names)
    assert not any("tension" in n for n in names)
    assert O.disposition(out).admit_level != "icu"


def test_severe_hypercalcaemia_of_malignancy_is_treated(reason: Reason) -> None:
    """Confusion, polyuria and a corrected calcium of 3.7 mmol/L in metastatic cancer
    (Endocrine Society 2023): IV saline and a bisphosphonate, admission."""
    out = reason(
        make_case(
            "confusion",
            age=71,
            sex="M",
            vitals={"heart_rate": 104, "systolic_bp": 112},
            ed_note=(
                "71M with metastatic lung cancer, a week of thirst, polyuria and "
                "increasing confusion. Corrected calcium 3.7 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, "saline")
    assert O.medication_ordered(out, "zoledronic", "bisphosphonate", "denosumab")
    assert O.disposition(out).disposition == "Admit"

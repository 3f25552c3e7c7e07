"""The lead's session-25 review: a local pulse, right-ventricular infarction, DKA.

Written from: ACR/EULAR 2022 giant cell arteritis criteria and BSR 2020 GCA guideline
(an abnormal temporal artery is tender, thickened, nodular or pulseless: a local sign,
not a pulseless patient); O'Gara PT et al. ACCF/AHA 2013 STEMI (right-ventricular
infarction with hypotension: maintain preload with a volume load, avoid nitrates and
diuretics) and Byrne RA et al. ESC 2023 ACS; Seymour CW et al. JAMA 2016 / Singer M et
al. JAMA 2016 (qSOFA points explained by another cause are not sepsis) and ADA 2024
hyperglycaemic crises (Kussmaul breathing and drowsiness are the acidosis's own;
leucocytosis is usual in DKA).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ARREST_ORDERS = (
    "advanced airway", "cpr", "defibrillat", "post-rosc", "epinephrine 1 mg",
)  # fmt: skip


def _arrest_orders(out: object) -> list[str]:
    return [
        o.name
        for o in O.orders(out)  # type: ignore[arg-type]
        if O.mentions(o, _ARREST_ORDERS)
    ]


def test_pulseless_temporal_artery_is_a_local_sign_not_an_arrest(
    reason: Reason,
) -> None:
    """An 81-year-old man with jaw claudication and a firm, pulseless left temporal
    artery is talking to you: no cardiac arrest, no airway or post-arrest orders."""
    out = reason(
        make_case(
            "headache",
            age=81,
            sex="M",
            vitals=vitals(80, 150, 84, 16, 97, t=37.3),
            one_liner="81M, left-sided headache for a month, jaw aches when he eats.",
            ed_note=(
                "HPI: 81-year-old man with a month of new left-sided headache, his "
                "scalp hurts on the pillow, his jaw aches after a few mouthfuls, "
                "morning stiffness of both shoulders. Vision normal.\nExam: alert, "
                "talking. The left temporal artery is firm, beaded and pulseless. "
                "Fundi normal.\n"
                "Results: ESR 96 mm/h, CRP 71 mg/L, platelets 512."
            ),
        )
    )
    assert not _arrest_orders(out), O.orders(out)
    assert "arrest" not in O.working(out), O.working(out)
    assert "pulseless" not in O.disposition(out).rationale.lower()


def test_pulseless_on_arrival_is_still_an_arrest(reason: Reason) -> None:
    """Named guard: 'pulseless and apnoeic on arrival, CPR in progress' stays ESI 1."""
    out = reason(
        make_case(
            "collapse",
            age=60,
            sex="M",
            vitals={},
            one_liner="60M collapsed at work, pulseless, not breathing, CPR ongoing.",
        )
    )
    assert out.final.esi == 1


def test_right_ventricular_infarction_in_shock_gets_a_volume_load(
    reason: Reason,
) -> None:
    """Inferior STEMI with ST elevation in V4R, SBP 82, clear lungs and a raised JVP:
    preload-dependent right-ventricular infarction. A fluid bolus comes first, and no
    order says to withhold fluid."""
    out = reason(
        make_case(
            "chest pain",
            age=58,
            sex="F",
            vitals=vitals(58, 82, 50, 20, 95, t=36.6),
            one_liner="58F, heavy chest pain 90 min, sweaty and faint.",
            ed_note=(
                "HPI: 58-year-old woman with diabetes, heavy central chest pain for 90 "
                "minutes with sweating and feeling faint.\nExam: cool, clammy hands; "
                "lungs clear to the bases; JVP raised to the earlobes.\nECG: ST "
                "elevation in II, III and aVF; right-sided leads show ST elevation in "
                "V4R. Sinus rhythm 58."
            ),
        )
    )
    meds = [o.name.lower() for o in O.orders(out)]
    assert any("bolus" in m and "no fluid" not in m for m in meds), meds
    assert not any("no fluid bolus" in m for m in meds), meds
    assert not O.medication_ordered(out, "nitroglycerin", "nitrate", "furosemide")


def test_cardiogenic_shock_with_pulmonary_oedema_gets_no_fluid(reason: Reason) -> None:
    """Named guard: anterior STEMI with SBP 80 and crackles to the mid-zones: no fluid
    bolus into pulmonary oedema; a vasopressor or inotrope instead."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="M",
            vitals=vitals(112, 80, 52, 30, 88, t=36.6),
            one_liner="66M, crushing chest pain 2 h, breathless, grey and sweaty.",
            ed_note=(
                "HPI: 66-year-old man, crushing central chest pain for 2 hours, now "
                "breathless.\nExam: cold clammy peripheries, crackles to the mid-zones "
                "both sides, pulmonary oedema.\nECG: ST elevation V1-V5."
            ),
        )
    )
    meds = [o.name.lower() for o in O.orders(out)]
    assert any("norepinephrine" in m or "dobutamine" in m for m in meds), meds
    assert not any("crystalloid bolus" in m for m in meds), meds


def test_dka_breathing_and_drowsiness_are_not_sepsis(reason: Reason) -> None:
    """DKA with Kussmaul breathing (RR 32), drowsiness and a white count of 17 from
    the ketosis, afebrile with no source: qSOFA does not rule sepsis in."""
    out = reason(
        make_case(
            "vomiting",
            age=19,
            sex="F",
            vitals=vitals(122, 106, 64, 32, 99, t=36.8),
            one_liner="19F type 1 diabetic, vomiting and tummy pain, sugars high.",
            ed_note=(
                "HPI: 19-year-old woman with type 1 diabetes, has missed insulin for "
                "3 days, vomiting and abdominal pain since yesterday. No cough, no "
                "urinary symptoms, no rash.\nExam: drowsy but rousable, deep sighing "
                "breathing, dry mucosa, abdomen soft.\nResults: glucose 31 mmol/L, "
                "venous pH 7.05, "
                "bicarbonate 5, beta-hydroxybutyrate 6.8 mmol/L, WBC 17.2 (stress "
                "leucocytosis likely). Precipitating infection was considered."
            ),
        )
    )
    sepsis = [e for e in out.final.ledger if "sepsis" in e.diagnosis.lower()]
    assert all(d.status != "ruled_in" for d in sepsis), sepsis
    assert "qsofa" not in O.disposition(out).rationale.lower()


def test_dka_with_pneumonia_still_gets_antibiotics(reason: Reason) -> None:
    """Named guard: DKA precipitated by a lobar pneumonia (fever 39.3, productive
    cough, consolidation on the film): the infection is judged on its own source and
    treated."""
    out = reason(
        make_case(
            "shortness of breath",
            age=44,
            sex="M",
            vitals=vitals(126, 96, 58, 30, 93, t=39.3),
            one_liner="44M type 1 diabetic, fever, cough and vomiting for 2 days.",
            ed_note=(
                "HPI: 44-year-old man with type 1 diabetes, 2 days of fever, cough "
                "with rusty sputum and right-sided pleuritic pain, then vomiting; has "
                "not eaten so has skipped insulin.\nExam: deep rapid breathing, "
                "bronchial breathing at the right base.\nResults: glucose 29 mmol/L, "
                "pH 7.12, bicarbonate 8, ketones 5.9 mmol/L, WBC 21, CRP 240, "
                "lactate 2.9. Chest X-ray: right lower lobe consolidation."
            ),
        )
    )
    assert O.medication_ordered(
        out, "ceftriaxone", "amoxicillin", "co-amoxiclav", "antibiotic", "piperacillin"
    ), O.orders(out)
    pneumonia = [e for e in out.final.ledger if "pneumonia" in e.diagnosis.lower()]
    assert pneumonia and pneumonia[0].status != "ruled_out", out.final.ledger


def test_myasthenia_with_bulbar_and_breathing_symptoms_is_high_risk(
    reason: Reason,
) -> None:
    """A man with myasthenia gravis now choking on drinks and short of breath: a
    possible myasthenic crisis is an ESI 2 high-risk situation (Sanders 2016)."""
    out = reason(
        make_case(
            "weakness",
            age=61,
            sex="M",
            vitals=vitals(102, 138, 84, 24, 95, t=36.9),
            one_liner=(
                "61M known myasthenic, eyelids drooping, choking on drinks and short "
                "of breath since last night."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_fever_on_carbimazole_is_high_risk_and_stops_the_drug(reason: Reason) -> None:
    """A woman on carbimazole with a sore throat and a temperature: possible
    agranulocytosis. ESI 2 at triage; an urgent neutrophil count and the drug stopped
    (ATA 2016; MHRA 2019)."""
    out = reason(
        make_case(
            "fever",
            age=34,
            sex="F",
            vitals=vitals(106, 116, 72, 18, 99, t=38.6),
            one_liner="34F on carbimazole for Graves', sore throat and temperature.",
            ed_note=(
                "HPI: 34-year-old woman with Graves' disease on carbimazole 20 mg "
                "daily for 5 weeks. Sore throat and temperature since yesterday, feels "
                "shivery.\nExam: red pharynx, no stridor, no rash."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.ordered(out, "neutrophil", "differential"), O.orders(out)
    assert O.ordered(out, "stop the antithyroid", "stop carbimazole"), O.orders(out)


def test_hypokalaemic_paralysis_is_not_sent_home(reason: Reason) -> None:
    """Flaccid weakness of all four limbs with potassium 2.1 mmol/L: IV potassium with
    cardiac monitoring in hospital, never a discharge (Kardalas 2018)."""
    out = reason(
        make_case(
            "weakness",
            age=27,
            sex="M",
            vitals=vitals(92, 134, 78, 16, 98, t=36.7),
            one_liner="27M woke unable to lift his arms or legs.",
            ed_note=(
                "HPI: 27-year-old man woke unable to lift his arms or legs after a "
                "night out. Palpitations and weight loss for months.\nExam: flaccid "
                "paralysis of all four limbs, reflexes depressed, sensation intact.\n"
                "Results: potassium 2.1 mmol/L, TSH < 0.01, free T4 raised. ECG: U "
                "waves."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_stage_3_aki_after_gastroenteritis_is_admitted(reason: Reason) -> None:
    """Vomiting and diarrhoea on an ACE inhibitor and an NSAID, creatinine 2.9 mg/dL
    from a baseline of 0.9: KDIGO stage 3. Admitted, and the nephrotoxic drugs held
    (KDIGO 2012; NICE NG148)."""
    out = reason(
        make_case(
            "diarrhea",
            age=73,
            sex="M",
            vitals=vitals(90, 112, 66, 16, 97, t=36.9),
            one_liner="73M, loose stools and vomiting 4 days, lightheaded on standing.",
            ed_note=(
                "HPI: 73-year-old man on lisinopril and naproxen, 4 days of loose "
                "stools and vomiting, lightheaded when he stands, little urine today."
                "\nExam: dry tongue, postural drop.\nResults: creatinine 2.9 mg/dL "
                "(baseline 0.9), potassium 5.2, sodium 134. Bladder scan 60 mL."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.ordered(out, "hold nsaids"), O.orders(out)


def test_stable_chronic_kidney_disease_is_no_aki(reason: Reason) -> None:
    """Named guard: creatinine 2.4 with a baseline of 2.3 (CKD stage 4) is no acute
    kidney injury stage."""
    out = reason(
        make_case(
            "cough",
            age=69,
            sex="F",
            vitals=vitals(80, 136, 78, 16, 97, t=37.2),
            one_liner="69F with a cough for a week, no fever.",
            ed_note=(
                "HPI: 69-year-old woman with CKD stage 4, a week of dry cough after a "
                "cold.\nExam: chest clear.\nResults: creatinine 2.4 mg/dL (baseline "
                "2.3), potassium 4.6."
            ),
        )
    )
    assert "kdigo" not in O.disposition(out).rationale.lower()
    assert not O.ordered(out, "hold nsaids"), O.orders(out)


def test_intracapsular_hip_fracture_on_the_film_is_confirmed_and_admitted(
    reason: Reason,
) -> None:
    """The radiograph reports an 'undisplaced left intracapsular neck of femur
    fracture': the hip fracture is confirmed, and the patient admitted for surgery
    (NICE CG124: surgery on the day of or after admission)."""
    out = reason(
        make_case(
            "hip pain",
            age=83,
            sex="F",
            vitals=vitals(88, 146, 76, 16, 96, t=36.5),
            one_liner="83F slipped in the kitchen, left hip pain, cannot walk.",
            ed_note=(
                "HPI: 83-year-old woman slipped in her kitchen this morning, left hip "
                "pain, unable to walk since.\nExam: left leg slightly shortened.\n"
                "Imaging: pelvis and hip X-ray: undisplaced left intracapsular neck of "
                "femur fracture."
            ),
        )
    )
    hip = [e for e in out.final.ledger if "neck of" in e.diagnosis.lower()]
    assert hip and hip[0].status == "ruled_in", out.final.ledger
    assert O.disposition(out).disposition == "Admit", O.disposition(out)

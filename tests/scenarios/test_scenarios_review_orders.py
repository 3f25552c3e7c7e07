"""Classic ED presentations read as an emergency physician: are the orders indicated?

Each scenario is written from the guideline it names (never from rows of the shared
data) and asserts a safety property of the orders: a protocol's treatment is given
only for its documented indication (tranexamic acid needs trauma or bleeding, CRASH-2;
cefepime needs a fever, IDSA 2010), blood products only for haemorrhagic shock (ATLS
10th ed.), and a working diagnosis that nothing documented supports gets its workup,
not its treatment. Each test failed before the mechanism it names was added.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

BLOOD_PRODUCTS = ("crossmatch", "transfus", "massive", "emergency-release", "prbc")
ANTIBIOTICS = (
    "antibiotic",
    "amoxicillin",
    "doxycycline",
    "ceftriaxone",
    "cefepime",
    "cephalexin",
    "azithromycin",
    "piperacillin",
    "vancomycin",
)


def test_tranexamic_acid_never_for_chest_wall_pain_without_injury(
    reason: Reason,
) -> None:
    """CRASH-2 (Lancet 2010): TXA is for trauma haemorrhage, not atraumatic pain."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=34,
            sex="Male",
            vitals={"heart_rate": 122, "systolic_bp": 98, "respiratory_rate": 18},
            one_liner="34 y.o. male with sharp left chest pain for 2 days",
            ed_note="HPI: sharp chest pain, reproducible with palpation. No trauma."
            " ECG normal sinus rhythm. Troponin < 0.01.",
        )
    )
    assert not O.medication_ordered(out, "tranexamic", r"\btxa\b")
    assert not O.ordered(out, *BLOOD_PRODUCTS)


def test_trauma_in_shock_keeps_tranexamic_acid_and_blood(reason: Reason) -> None:
    """ATLS 10th ed.; CRASH-2: haemorrhagic shock after trauma: blood and TXA."""
    out = reason(
        make_case(
            "MOTOR VEHICLE COLLISION",
            age=35,
            sex="Male",
            vitals={"heart_rate": 134, "systolic_bp": 78, "respiratory_rate": 28},
            one_liner="35 y.o. male unrestrained driver, high-speed rollover",
            ed_note="Primary survey: airway patent, GCS 13, distended tender abdomen,"
            " FAST positive in Morison's pouch, unstable pelvis.",
        )
    )
    assert O.medication_ordered(out, "tranexamic")
    assert O.ordered(out, *BLOOD_PRODUCTS)
    assert O.ordered(out, "pelvic binder")


def test_anaphylaxis_in_shock_gets_epinephrine_not_blood(reason: Reason) -> None:
    """WAO 2020 / ATLS: distributive shock is not haemorrhagic: no blood products."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=28,
            sex="Male",
            vitals={"heart_rate": 128, "systolic_bp": 84, "respiratory_rate": 26},
            one_liner="28 y.o. male with hives, lip swelling and wheeze 15 minutes"
            " after eating peanuts",
        )
    )
    assert O.medication_ordered(out, "epinephrine")
    assert not O.ordered(out, *BLOOD_PRODUCTS)
    assert not O.proposes(out, "hemorrhagic shock") or all(
        e.status != "ruled_in"
        for e in out.final.ledger
        if "hemorrhagic shock" in e.diagnosis.lower()
    )


def test_septic_shock_gets_fluids_and_antibiotics_not_blood(reason: Reason) -> None:
    """Surviving Sepsis Campaign 2021: cultures, antibiotics, 30 mL/kg; no MTP."""
    out = reason(
        make_case(
            "FEVER",
            age=78,
            sex="Female",
            vitals={
                "heart_rate": 122,
                "systolic_bp": 82,
                "respiratory_rate": 26,
                "temperature_c": 39.2,
            },
            one_liner="78 y.o. female from nursing home with fever, confusion and"
            " dysuria",
            ed_note="Lactate 4.8. UA: positive nitrite, many WBC.",
        )
    )
    assert O.medication_ordered(out, "antibiotic")
    assert O.medication_ordered(out, "30 ml/kg")
    assert not O.ordered(out, *BLOOD_PRODUCTS)


def test_tricyclic_overdose_gets_bicarbonate_not_blood(reason: Reason) -> None:
    """Toxicology (Boehnert & Lovejoy NEJM 1985): QRS widening -> bicarbonate."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=40,
            sex="Female",
            vitals={"heart_rate": 128, "systolic_bp": 92, "respiratory_rate": 18},
            one_liner="40 y.o. female took an unknown amount of amitriptyline",
            ed_note="Drowsy, GCS 12. ECG: QRS 140 ms, terminal R in aVR.",
        )
    )
    assert O.medication_ordered(out, "bicarbonate")
    assert not O.ordered(out, *BLOOD_PRODUCTS)


def test_dka_in_a_young_woman_gets_hcg_first_not_blood(reason: Reason) -> None:
    """ADA 2024 crises; ACOG PB 193: pregnancy unknown -> hCG, not emergency blood."""
    out = reason(
        make_case(
            "VOMITING",
            age=19,
            sex="Female",
            vitals={"heart_rate": 124, "systolic_bp": 102, "respiratory_rate": 30},
            one_liner="19 y.o. female with type 1 diabetes, vomiting and abdominal"
            " pain for a day",
            ed_note="Glucose 540 mg/dL, pH 7.12, bicarbonate 8, anion gap 26,"
            " ketones positive, potassium 5.6.",
        )
    )
    assert O.ordered(out, "hcg", "pregnancy test")
    assert O.medication_ordered(out, "insulin")
    assert not O.ordered(out, *BLOOD_PRODUCTS)


def test_no_cefepime_for_neutropenia_without_fever(reason: Reason) -> None:
    """IDSA 2010 (Freifeld): empiric cefepime is for FEBRILE neutropenia."""
    out = reason(
        make_case(
            "ABNORMAL LAB",
            age=58,
            sex="Female",
            vitals={"heart_rate": 84, "systolic_bp": 124, "temperature_c": 36.7},
            one_liner="58 y.o. female on chemotherapy sent in for neutropenia",
            ed_note="HPI: day 10 after chemotherapy. Denies fever, chills, cough."
            " Afebrile in the department. ANC 0.4.",
        )
    )
    assert not O.medication_ordered(out, "cefepime")


def test_febrile_neutropenia_gets_cefepime(reason: Reason) -> None:
    """IDSA 2010; ASCO/IDSA 2018: fever with neutropenia -> cefepime within 1 h."""
    out = reason(
        make_case(
            "FEVER",
            age=58,
            sex="Female",
            vitals={"heart_rate": 104, "systolic_bp": 118, "temperature_c": 38.6},
            one_liner="58 y.o. female on chemotherapy with fever 38.6",
            ed_note="HPI: day 10 after chemotherapy for breast cancer, febrile"
            " neutropenia suspected. ANC 0.3.",
        )
    )
    assert O.medication_ordered(out, "cefepime", "piperacillin", "meropenem")


def test_no_antibiotics_for_a_pigmented_mole(reason: Reason) -> None:
    """ACEP/IDSA SSTI 2014: antibiotics need signs of infection, not a skin lesion."""
    out = reason(
        make_case(
            "SKIN LESION",
            age=50,
            sex="Male",
            vitals={"heart_rate": 76, "systolic_bp": 130, "temperature_c": 36.8},
            one_liner="50 y.o. male with a slowly enlarging pigmented mole on the"
            " back for 6 months",
        )
    )
    assert not O.medication_ordered(out, *ANTIBIOTICS)


def test_no_pneumonia_antibiotics_for_afebrile_chest_pain(reason: Reason) -> None:
    """ATS/IDSA 2019 CAP: antibiotics need an infiltrate or fever with cough."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=42,
            sex="Male",
            vitals={"heart_rate": 76, "systolic_bp": 128, "temperature_c": 36.8},
            one_liner="42 y.o. male with 6 hours of intermittent chest discomfort",
            ed_note="No fever, no cough. ECG: normal. Troponin at 0 and 3 hours"
            " < 0.01 ng/mL.",
        )
    )
    assert not O.medication_ordered(out, *ANTIBIOTICS)


def test_pe_after_surgery_gets_no_pneumonia_antibiotics(reason: Reason) -> None:
    """ESC 2019 PE; ATS/IDSA 2019: post-operative pleuritic dyspnoea, afebrile."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=45,
            sex="Female",
            vitals={
                "heart_rate": 118,
                "systolic_bp": 118,
                "respiratory_rate": 24,
                "spo2": 91,
                "temperature_c": 37.2,
            },
            one_liner="45 y.o. female with sudden pleuritic chest pain and dyspnea"
            " 5 days after knee surgery",
            ed_note="Right calf swollen and tender. Urine hCG negative.",
        )
    )
    assert not O.medication_ordered(out, *ANTIBIOTICS)
    assert O.ordered(out, "oxygen")
    assert O.ordered(out, "ct pulmonary", "d-dimer", "ctpa")


def test_tearing_pain_with_pulse_deficit_leads_with_dissection(reason: Reason) -> None:
    """ACC/AHA 2022 aortic disease; Klompas JAMA 2002 (pulse deficit LR+ 5.7)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=66,
            sex="Male",
            vitals={"heart_rate": 104, "systolic_bp": 188, "diastolic_bp": 100},
            one_liner="66 y.o. hypertensive male with sudden tearing chest pain"
            " radiating to the back",
            ed_note="Exam: left radial pulse weaker than right. Chest x-ray: widened"
            " mediastinum.",
        )
    )
    result = O.treatment(out)
    assert result is not None and result.working_diagnosis is not None
    assert "dissection" in result.working_diagnosis.lower()
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)
    assert not O.medication_ordered(out, *ANTIBIOTICS)
    assert O.ordered(out, "ct angiography", r"\bcta\b")


def test_alopecia_is_out_of_scope_not_syncope(reason: Reason) -> None:
    """ACEP syncope policy 2017 does not apply to hair loss: abstain, flag it."""
    out = reason(
        make_case(
            "ALOPECIA",
            age=35,
            sex="Female",
            vitals={"heart_rate": 72, "systolic_bp": 118, "temperature_c": 36.8},
            one_liner="35 y.o. female with patchy hair loss for 2 months",
        )
    )
    assert not O.proposes(out, "syncope", "myocardial", "embolism")
    assert not O.ordered(out, "troponin", "ct pulmonary", "ctpa")
    assert "out_of_scope" in out.final.summary.flags


def test_ankle_sprain_applies_ottawa_on_documented_findings_and_discharges(
    reason: Reason,
) -> None:
    """Ottawa ankle rules (Stiell JAMA 1993) read as written; Vuurberg BJSM 2018."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=24,
            sex="Female",
            vitals={"heart_rate": 82, "systolic_bp": 122, "temperature_c": 36.8},
            one_liner="24 y.o. female rolled her right ankle playing basketball",
            ed_note="HPI: inversion injury 2 hours ago, able to walk 4 steps in the"
            " department. Exam: swelling anterior to the lateral malleolus; no"
            " tenderness at the posterior edge or tip of the lateral or medial"
            " malleolus, no navicular or base of 5th metatarsal tenderness.",
        )
    )
    result = O.treatment(out)
    assert result is not None
    ottawa = [
        r
        for rec in out.trace
        if rec.stage == "treatment"
        for r in rec.rules_applied
        if r.name == "Ottawa ankle"
    ]
    assert ottawa and ottawa[0].applicable and not ottawa[0].missing
    assert ottawa[0].score == 0
    assert not O.ordered(out, "x-ray", "radiograph")
    assert O.medication_ordered(out, "ibuprofen", "naproxen", "acetaminophen")
    assert out.final.disposition == "Discharge"
    assert out.final.diagnosis_name is not None
    assert "sprain" in out.final.diagnosis_name.lower()


def test_ankle_with_malleolar_tenderness_gets_an_x_ray(reason: Reason) -> None:
    """Ottawa ankle rule positive (posterior edge tenderness): ankle x-ray series."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=30,
            sex="Male",
            vitals={"heart_rate": 88, "systolic_bp": 130, "temperature_c": 36.8},
            one_liner="30 y.o. male twisted his ankle stepping off a curb",
            ed_note="Exam: tenderness at the posterior edge of the lateral malleolus."
            " Unable to bear weight.",
        )
    )
    assert O.ordered(out, "x-ray", "radiograph")


def test_simple_forearm_laceration_is_named_and_discharged(reason: Reason) -> None:
    """ACEP / Forsch AFP 2008 laceration repair; CDC tetanus: repair, discharge."""
    out = reason(
        make_case(
            "LACERATION",
            age=31,
            sex="Male",
            vitals={"heart_rate": 78, "systolic_bp": 128, "temperature_c": 36.7},
            one_liner="31 y.o. male with 3 cm laceration to the forearm from a"
            " kitchen knife",
            ed_note="Bleeding controlled with pressure. Exam: 3 cm linear"
            " laceration, no tendon involvement, sensation intact.",
        )
    )
    assert O.ordered(out, "laceration repair", "irrigation")
    assert O.ordered(out, "tetanus")
    assert not O.ordered(out, *BLOOD_PRODUCTS)
    assert out.final.disposition == "Discharge"
    assert out.final.diagnosis_name is not None
    assert "laceration" in out.final.diagnosis_name.lower()

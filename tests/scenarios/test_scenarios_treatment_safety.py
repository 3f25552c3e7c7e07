"""Treatment safety: resuscitation first, no order against an open must-not-miss.

Each scenario names its guideline. Properties, not strings: the treatment stage's
orders (after the safety layer) never contain a contraindicated drug, and blocked
orders are recorded in the trace with a reason.
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

DISSECTION_NOTE = (
    "HPI: 58 y.o. male with sudden tearing chest pain radiating to the back, maximal at"
    " onset. History of hypertension. Exam: pulse deficit in the left radial artery,"
    " blood pressure differential between arms of 30 mmHg. Diaphoretic."
)


def test_aortic_dissection_with_pulse_deficit_gets_no_antithrombotic_or_nitrate(
    reason: Reason,
) -> None:
    """ACC/AHA 2022 aortic disease guideline: no antiplatelet, anticoagulant, lytic."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=58,
            sex="Male",
            vitals={"heart_rate": 110, "systolic_bp": 178, "diastolic_bp": 96},
            one_liner="58 y.o. male with tearing chest pain radiating to the back",
            ed_note=DISSECTION_NOTE,
        )
    )
    assert O.proposes(out, "dissection")
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC, *O.NITRATE)


def test_blocked_orders_are_recorded_with_a_reason(reason: Reason) -> None:
    """ACC/AHA 2022: the trace shows what was withheld while dissection is open."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=64,
            sex="Male",
            vitals={"heart_rate": 96, "systolic_bp": 150},
            one_liner="64 y.o. male, substernal chest pressure radiating to the back,"
            " pulse deficit right arm",
            ed_note="HPI: chest pressure with diaphoresis, radiating to the back."
            " Exam: pulse deficit right radial. ECG: ST depression V4-V6.",
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)
    for blocked in result.blocked:
        assert blocked.reason and blocked.gate
    assert any(
        any(w in name for w in O.ANTITHROMBOTIC) for name in O.blocked_names(out)
    )


def test_no_anticoagulant_for_pe_built_from_a_risk_factor_alone(reason: Reason) -> None:
    """ESC 2019 PE guideline: anticoagulate on high/intermediate probability, not a
    risk factor: a tired patient with cancer and normal vitals gets no heparin."""
    out = reason(
        make_case(
            "FATIGUE",
            age=70,
            sex="Female",
            vitals={"heart_rate": 78, "systolic_bp": 132, "spo2": 98},
            one_liner="70 y.o. female with metastatic breast cancer, tired for a week",
            ed_note="HPI: fatigue. Denies chest pain, denies shortness of breath, no"
            " leg swelling. History: metastatic breast cancer on chemotherapy.",
        )
    )
    assert not O.medication_ordered(out, "heparin", "enoxaparin", "anticoagula")


def test_no_alteplase_ten_days_into_symptoms(reason: Reason) -> None:
    """AHA/ASA 2019 acute ischemic stroke: IV alteplase only within 4.5 h."""
    out = reason(
        make_case(
            "L SIDE WEAKNESS",
            age=72,
            sex="Male",
            vitals={"heart_rate": 82, "systolic_bp": 160, "diastolic_bp": 90},
            one_liner="72 y.o. male with left-sided weakness and facial droop for"
            " 10 days",
            ed_note="HPI: left arm and leg weakness and facial droop that started 10"
            " days ago, unchanged since. Exam: left hemiparesis, dysarthria.",
        )
    )
    assert not O.medication_ordered(out, *O.LYTIC)


def test_no_lytic_with_blood_pressure_above_185_110(reason: Reason) -> None:
    """AHA/ASA 2019: lower BP below 185/110 before alteplase."""
    out = reason(
        make_case(
            "STROKE",
            age=66,
            sex="Female",
            vitals={"heart_rate": 90, "systolic_bp": 222, "diastolic_bp": 124},
            one_liner="66 y.o. female, right-sided weakness and aphasia, onset 1 hour"
            " ago",
            ed_note="HPI: sudden right arm weakness and aphasia 1 hour ago, last known"
            " well 1 hour ago. Exam: right hemiparesis, aphasia, facial droop.",
        )
    )
    assert not O.medication_ordered(out, *O.LYTIC)


def test_no_nitroglycerin_with_hypotension(reason: Reason) -> None:
    """AHA/ACC 2013 STEMI / 2014 NSTE-ACS: no nitrates with SBP < 90."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=61,
            sex="Male",
            vitals={"heart_rate": 104, "systolic_bp": 84, "diastolic_bp": 50},
            one_liner="61 y.o. male, crushing substernal chest pressure, diaphoretic",
            ed_note="HPI: crushing substernal chest pressure for 1 hour, radiating to"
            " the left arm, diaphoresis. ECG: ST elevation in II, III, aVF.",
        )
    )
    assert not O.medication_ordered(out, *O.NITRATE)


def test_no_nitroglycerin_after_pde5_inhibitor(reason: Reason) -> None:
    """AHA/ACC 2014 NSTE-ACS: no nitrates within 24-48 h of a PDE5 inhibitor."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=57,
            sex="Male",
            vitals={"heart_rate": 92, "systolic_bp": 142},
            one_liner="57 y.o. male with exertional substernal chest pressure",
            ed_note="HPI: substernal chest pressure radiating to the jaw, diaphoresis."
            " Took sildenafil last night. ECG: ST depression in V4-V6.",
        )
    )
    assert not O.medication_ordered(out, *O.NITRATE)


@pytest.mark.parametrize("age", [19, 34, 47])
def test_woman_of_childbearing_age_gets_pregnancy_test_before_ct(
    reason: Reason, age: int
) -> None:
    """ACR-SPR / ACOG Committee Opinion 723 (2017): exclude pregnancy before CT."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=age,
            sex="Female",
            vitals={"heart_rate": 102, "systolic_bp": 118, "temperature_c": 38.2},
            one_liner=f"{age} y.o. female with right lower quadrant pain and fever",
            ed_note="HPI: periumbilical pain migrating to the right lower quadrant,"
            " anorexia, fever. Exam: RLQ tenderness, rebound.",
        )
    )
    ct = O.first_index(out, *O.IMAGING_WITH_RADIATION)
    test = O.first_index(out, "hcg", "pregnancy test")
    if ct is not None:
        assert test is not None and test < ct


def test_known_negative_hcg_needs_no_second_pregnancy_test(reason: Reason) -> None:
    """ACOG CO 723: a documented negative test satisfies the prerequisite."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=28,
            sex="Female",
            vitals={"heart_rate": 96, "systolic_bp": 120, "temperature_c": 38.1},
            one_liner="28 y.o. female with RLQ pain, urine hCG negative",
            ed_note="HPI: RLQ pain and fever since yesterday. Urine hCG negative."
            " Exam: RLQ tenderness.",
        )
    )
    assert not any(
        "prerequisite" in o.reason.lower() for o in O.orders(out) if "hcg" in o.name
    )


def test_no_pregnancy_prerequisite_for_a_man_or_a_postmenopausal_woman(
    reason: Reason,
) -> None:
    """ACOG CO 723 applies to people who can be pregnant only."""
    for age, sex in ((40, "Male"), (72, "Female")):
        out = reason(
            make_case(
                "ABDOMINAL PAIN",
                age=age,
                sex=sex,
                vitals={"heart_rate": 98, "systolic_bp": 130},
                one_liner=f"{age} y.o. with left lower quadrant pain",
            )
        )
        assert not O.ordered(out, "hcg", "pregnancy test")


def test_penicillin_allergy_no_amoxicillin(reason: Reason) -> None:
    """IDSA 2012 GAS pharyngitis: penicillin-allergic patients get a non-penicillin."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=24,
            sex="Male",
            vitals={"temperature_c": 38.8, "heart_rate": 100},
            one_liner="24 y.o. male with sore throat and fever, allergic to penicillin",
            ed_note="HPI: sore throat, fever, no cough. Allergies: penicillin (hives)."
            " Exam: tonsillar exudate, tender anterior cervical nodes. Rapid strep"
            " positive.",
        )
    )
    assert not O.medication_ordered(out, *O.PENICILLINS)


def test_cephalosporin_allergy_no_cephalexin(reason: Reason) -> None:
    """IDSA 2014 SSTI guideline; AAAAI 2022 drug allergy parameter."""
    out = reason(
        make_case(
            "CELLULITIS",
            age=45,
            sex="Female",
            vitals={"temperature_c": 37.6, "heart_rate": 88},
            one_liner="45 y.o. female with spreading redness of the left leg",
            ed_note="HPI: red, warm, tender left shin for 2 days. Allergies: cephalexin"
            " (rash). Exam: erythema, warmth, no fluctuance.",
        )
    )
    assert not O.medication_ordered(out, "cephalexin", "cefazolin", "ceftriaxone")


@pytest.mark.parametrize(
    ("complaint", "vitals", "text"),
    [
        ("UNRESPONSIVE", {"heart_rate": 60, "systolic_bp": 150}, "GCS 6, snoring"),
        ("HEAD INJURY", {"heart_rate": 58, "systolic_bp": 180}, "GCS 7 after a fall"),
        ("OVERDOSE", {"heart_rate": 70, "respiratory_rate": 6}, "unresponsive, GCS 5"),
    ],
)
def test_gcs_8_or_less_gets_an_airway_plan(
    reason: Reason, complaint: str, vitals: dict[str, float], text: str
) -> None:
    """ATLS 10th ed. / ACEP: GCS <= 8 needs a definitive airway plan."""
    out = reason(
        make_case(
            complaint,
            age=50,
            sex="Male",
            vitals=vitals,
            one_liner=text,
            ed_note=f"HPI: found down. Exam: {text}.",
        )
    )
    assert O.ordered(out, "airway", "intubat")


def test_gi_bleed_in_shock_gets_large_bore_access_and_blood(reason: Reason) -> None:
    """ACG 2021 upper GI bleeding / ATLS: large-bore IVs, crossmatch, transfusion."""
    out = reason(
        make_case(
            "VOMITING BLOOD",
            age=63,
            sex="Male",
            vitals={"heart_rate": 128, "systolic_bp": 82, "diastolic_bp": 48},
            one_liner="63 y.o. male with hematemesis and melena, lightheaded",
            ed_note="HPI: vomiting bright red blood and black stools since this"
            " morning. Takes aspirin daily.",
        )
    )
    assert O.ordered(out, "large-bore")
    assert O.ordered(out, "crossmatch", "blood", "transfus")
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC, *O.NSAID)


def test_thunderclap_headache_gets_no_antithrombotic(reason: Reason) -> None:
    """AHA/ASA 2023 aneurysmal SAH guideline: no antithrombotic while SAH is open."""
    out = reason(
        make_case(
            "HEADACHE",
            age=49,
            sex="Female",
            vitals={"heart_rate": 90, "systolic_bp": 170},
            one_liner="49 y.o. female with sudden worst headache of her life",
            ed_note="HPI: thunderclap headache at onset, worst headache of life, neck"
            " stiffness, vomiting.",
        )
    )
    assert O.proposes(out, "subarachnoid")
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC, *O.NSAID)


def test_altered_mental_status_gets_point_of_care_glucose(reason: Reason) -> None:
    """ACEP / ADA 2024 Standards: check glucose in every altered mental status."""
    out = reason(
        make_case(
            "CONFUSION",
            age=77,
            sex="Female",
            vitals={"heart_rate": 88, "systolic_bp": 140},
            one_liner="77 y.o. female brought in confused since this morning",
        )
    )
    assert O.ordered(out, "glucose")


def test_hypoxia_gets_oxygen(reason: Reason) -> None:
    """BTS 2017 emergency oxygen guideline: oxygen for SpO2 < 92 %."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=68,
            sex="Male",
            vitals={"heart_rate": 112, "respiratory_rate": 28, "spo2": 84},
            one_liner="68 y.o. male with worsening shortness of breath",
        )
    )
    assert O.ordered(out, "oxygen")


def test_danger_zone_vitals_get_cardiac_monitoring(reason: Reason) -> None:
    """ESI v4 danger-zone vitals / AHA: continuous cardiac monitoring."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=55,
            sex="Female",
            vitals={"heart_rate": 164, "systolic_bp": 112, "spo2": 97},
            one_liner="55 y.o. female with racing heart for 2 hours",
        )
    )
    assert O.ordered(out, "monitor")


def test_septic_shock_gets_large_bore_access(reason: Reason) -> None:
    """Surviving Sepsis 2021 / ATLS: shock (SBP < 90) gets two large-bore IVs."""
    out = reason(
        make_case(
            "FEVER",
            age=70,
            sex="Male",
            vitals={
                "heart_rate": 124,
                "systolic_bp": 78,
                "temperature_c": 39.4,
                "respiratory_rate": 26,
            },
            one_liner="70 y.o. male with fever, rigors and confusion",
        )
    )
    assert O.ordered(out, "large-bore")
    assert O.ordered(out, "glucose")


def test_prior_mrsa_culture_adds_mrsa_coverage(reason: Reason) -> None:
    """IDSA 2014 SSTI guideline: cover MRSA when it grew before."""
    out = reason(
        make_case(
            "CELLULITIS",
            age=39,
            sex="Male",
            vitals={"temperature_c": 38.4, "heart_rate": 104},
            one_liner="39 y.o. male with spreading redness of the forearm",
            ed_note="HPI: red, warm, tender forearm for 2 days. History: MRSA abscess"
            " of the thigh last year (wound culture grew MRSA). Exam: erythema,"
            " warmth, no fluctuance.",
        )
    )
    assert O.medication_ordered(out, "vancomycin")


def test_negative_mrsa_screen_adds_no_mrsa_coverage(reason: Reason) -> None:
    """IDSA 2014: a negative MRSA screen is not a reason for vancomycin."""
    out = reason(
        make_case(
            "CELLULITIS",
            age=39,
            sex="Male",
            vitals={"temperature_c": 37.9, "heart_rate": 96},
            one_liner="39 y.o. male with spreading redness of the forearm",
            ed_note="HPI: red, warm forearm for 2 days. MRSA nares screen negative last"
            " month. Exam: erythema, warmth, no fluctuance.",
        )
    )
    assert not O.medication_ordered(out, "vancomycin")


def _stroke_in_window(extra: str) -> dict[str, object]:
    return {
        "age": 66,
        "sex": "Female",
        "vitals": {"heart_rate": 90, "systolic_bp": 160, "diastolic_bp": 90},
        "one_liner": "66 y.o. female, right-sided weakness and aphasia since 1 hour"
        " ago",
        "ed_note": "HPI: sudden right arm weakness and aphasia 1 hour ago, last known"
        " well 1 hour ago. Exam: right hemiparesis, aphasia, facial droop." + extra,
    }


def test_stroke_in_window_keeps_the_lytic_option(reason: Reason) -> None:
    """AHA/ASA 2019: eligible patients within 4.5 h are offered IV thrombolysis."""
    out = reason(make_case("STROKE", **_stroke_in_window(" No anticoagulants.")))
    assert O.medication_ordered(out, *O.LYTIC)


def test_no_lytic_for_a_patient_on_apixaban(reason: Reason) -> None:
    """AHA/ASA 2019: a DOAC taken within 48 h contraindicates alteplase."""
    out = reason(
        make_case(
            "STROKE", **_stroke_in_window(" Takes apixaban for atrial fibrillation.")
        )
    )
    assert not O.medication_ordered(out, *O.LYTIC)
    assert any("alteplase" in b for b in O.blocked_names(out))


def test_resuscitation_orders_survive_an_abstaining_backend(reason: Reason) -> None:
    """BTS 2017 / ATLS: hypoxia is treated even when no diagnosis can be named."""
    out = reason(
        make_case(
            "PAPERWORK",
            age=45,
            sex="Male",
            vitals={"spo2": 84},
            one_liner="45 y.o. male here for forms",
        )
    )
    treatment = next(r for r in out.trace if r.stage == "treatment")
    assert treatment.status == "abstained"  # honest: no diagnosis to treat from
    assert O.ordered(out, "oxygen")

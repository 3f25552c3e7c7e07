"""Classic ED presentations read as an emergency physician: workup, paediatric doses.

Written from the guideline each test names (never from rows of the shared data).
Properties: a must-not-miss diagnosis that nothing beyond the complaint points to gets
cheap tests, not CT or lumbar puncture (Pauker-Kassirer test threshold; ACEP syncope
2017); time-critical head CT is not delayed by a pregnancy test (ACOG CO 723);
paediatric presentations get their own pathway with per-kg doses whose maximum is
kept (croup, bronchiolitis); one unsafe alternative does not withhold the safe one.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case

ANTIBIOTICS = (
    "amoxicillin",
    "doxycycline",
    "ceftriaxone",
    "azithromycin",
    "ampicillin",
)


def test_vasovagal_syncope_gets_ecg_not_head_ct_or_lumbar_puncture(
    reason: Reason,
) -> None:
    """ACEP clinical policy: syncope (2017); ESC 2018 syncope: ECG for all, no CT."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=20,
            sex="Female",
            vitals={"heart_rate": 72, "systolic_bp": 112, "temperature_c": 36.8},
            one_liner="20 y.o. female fainted while having blood drawn",
            ed_note="Prodrome of warmth and nausea, brief loss of consciousness under"
            " 30 seconds, full recovery. ECG normal sinus rhythm. Urine hCG"
            " negative.",
        )
    )
    # readers48: the ECG the note reports ("ECG normal sinus rhythm") is done; it is
    # read, not ordered again (``agents.resulted``)
    assert O.ordered(out, "ecg") or any(
        "ecg" in b.lower() for b in O.blocked_names(out)
    )
    assert not O.ordered(out, "lumbar puncture", r"\bct\b", r"\bcta\b")


def test_thunderclap_headache_gets_head_ct_without_waiting_for_hcg(
    reason: Reason,
) -> None:
    """ACEP headache policy 2019; ACOG CO 723: head CT is not delayed by pregnancy."""
    out = reason(
        make_case(
            "HEADACHE",
            age=48,
            sex="Female",
            vitals={"heart_rate": 88, "systolic_bp": 168, "temperature_c": 36.9},
            one_liner="48 y.o. female with sudden worst headache of her life",
            ed_note="Thunderclap headache maximal within 1 minute, neck stiffness.",
        )
    )
    ct = O.first_index(out, "non-contrast ct head", "ct head")
    hcg = O.first_index(out, "hcg", "pregnancy test")
    assert ct is not None
    assert hcg is None or ct < hcg


def test_severe_preeclampsia_leads_and_gets_no_migraine_fluids(reason: Reason) -> None:
    """ACOG PB 222 (2020): BP >= 160/110 at 34 weeks with headache is pre-eclampsia."""
    out = reason(
        make_case(
            "HEADACHE",
            age=30,
            sex="Female",
            vitals={"heart_rate": 92, "systolic_bp": 168, "diastolic_bp": 112},
            one_liner="30 y.o. G1P0 at 34 weeks with headache and visual scotomata",
            ed_note="Severe frontal headache since this morning, seeing spots.",
        )
    )
    result = O.treatment(out)
    assert result is not None and result.working_diagnosis is not None
    assert "eclampsia" in result.working_diagnosis.lower()
    assert O.medication_ordered(out, "magnesium")
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine")
    assert not O.medication_ordered(out, r"\bketorolac", r"^iv fluids")


def test_trauma_in_pregnancy_keeps_acetaminophen_when_nsaid_is_blocked(
    reason: Reason,
) -> None:
    """FDA 2020 (NSAIDs from 20 weeks); ATLS: analgesia is not withheld altogether."""
    out = reason(
        make_case(
            "MOTOR VEHICLE COLLISION",
            age=29,
            sex="Female",
            vitals={"heart_rate": 104, "systolic_bp": 112, "respiratory_rate": 20},
            one_liner="29 y.o. female 28 weeks pregnant, restrained driver in a frontal"
            " collision",
            ed_note="Seat belt across the abdomen, mild abdominal pain, no vaginal"
            " bleeding.",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.ordered(out, "fetal monitor", "cardiotocograph")
    assert O.medication_ordered(out, "acetaminophen", "paracetamol")


def test_anticoagulated_head_injury_gets_ct_and_coagulation_studies(
    reason: Reason,
) -> None:
    """NICE NG232 (2023) head injury; ACEP: on warfarin -> CT head and INR."""
    out = reason(
        make_case(
            "FALL",
            age=81,
            sex="Female",
            vitals={"heart_rate": 78, "systolic_bp": 152, "temperature_c": 36.7},
            one_liner="81 y.o. female on warfarin, fell at home and struck her head",
            ed_note="Mechanical fall, hit occiput, brief loss of consciousness.",
        )
    )
    assert O.ordered(out, "ct head")
    assert O.ordered(out, r"\binr\b", "coagulation")
    assert not O.medication_ordered(out, *O.NSAID)


def test_croup_gets_weight_based_dexamethasone_with_its_cap(reason: Reason) -> None:
    """Bjornson NEJM 2004; CPS 2017: dexamethasone 0.6 mg/kg (max 16 mg), no CAP."""
    out = reason(
        make_case(
            "COUGH",
            demographics={"age": 2},
            vitals={"heart_rate": 140, "respiratory_rate": 36, "temperature_c": 38.0},
            one_liner="2-year-old with barking cough and stridor at night",
            ed_note="Exam: barky cough, inspiratory stridor at rest, mild suprasternal"
            " retractions.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")
    dex = next(o.name for o in O.medications(out) if "dexamethasone" in o.name.lower())
    assert "mg/kg" in dex and "max 16 mg" in dex
    assert O.medication_ordered(out, "epinephrine")
    assert not O.medication_ordered(out, *ANTIBIOTICS)
    assert not O.proposes(out, "copd", "curb")


def test_bronchiolitis_gets_supportive_care_not_antibiotics(reason: Reason) -> None:
    """AAP bronchiolitis 2014 (Ralston): suction, oxygen < 90%; no antibiotics."""
    out = reason(
        make_case(
            "COUGH",
            demographics={"age_days": 120},
            vitals={"heart_rate": 150, "respiratory_rate": 56, "spo2": 93},
            one_liner="4-month-old with 3 days of runny nose, cough and wheeze",
            ed_note="Exam: subcostal retractions, diffuse crackles and wheeze, feeding"
            " 60% of normal.",
        )
    )
    assert O.proposes(out, "bronchiolitis")
    assert O.ordered(out, "suction")
    assert not O.medication_ordered(out, *ANTIBIOTICS)
    assert not O.ordered(out, "curb-65", "cbc and bmp")


def test_copd_exacerbation_is_named_as_copd_not_asthma(reason: Reason) -> None:
    """GOLD 2024: known COPD with purulent sputum and hypercapnia: COPD exacerbation."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=70,
            sex="Male",
            vitals={"heart_rate": 104, "systolic_bp": 146, "spo2": 86},
            one_liner="70 y.o. male with COPD, increased dyspnea and purulent sputum",
            ed_note="Home O2 2 L. Wheeze bilaterally. VBG pH 7.31, pCO2 62.",
        )
    )
    result = O.treatment(out)
    assert result is not None and result.working_diagnosis is not None
    assert "copd" in result.working_diagnosis.lower()
    assert O.ordered(out, "88-92")


def test_post_operative_pe_leads_and_gets_ctpa(reason: Reason) -> None:
    """Wells PE (2000): DVT signs + surgery + tachycardia: PE likely -> CTPA."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=45,
            sex="Female",
            vitals={"heart_rate": 118, "systolic_bp": 118, "spo2": 91},
            one_liner="45 y.o. female with sudden pleuritic chest pain and dyspnea"
            " 5 days after knee surgery",
            ed_note="Right calf swollen and tender. No hemoptysis. Urine hCG negative.",
        )
    )
    result = O.treatment(out)
    assert result is not None and result.working_diagnosis is not None
    assert "embolism" in result.working_diagnosis.lower()
    assert O.ordered(out, "ct pulmonary", "ctpa")


def test_asthma_without_pe_features_gets_no_ctpa(reason: Reason) -> None:
    """GINA 2024; ESC 2019 PE: tachycardia in asthma alone is no reason for CTPA."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=23,
            sex="Female",
            vitals={"heart_rate": 118, "systolic_bp": 124, "spo2": 91},
            one_liner="23 y.o. female with asthma, wheezing for 1 day",
            ed_note="Diffuse expiratory wheeze, accessory muscle use.",
        )
    )
    assert O.medication_ordered(out, "albuterol", "salbutamol")
    assert O.medication_ordered(out, "prednisone", "dexamethasone", "steroid")
    assert not O.ordered(out, "ct pulmonary", "ctpa")


def test_status_epilepticus_gets_a_benzodiazepine_now(reason: Reason) -> None:
    """AES 2016 (Glauser): a seizure >= 5 min is status: benzodiazepine first."""
    out = reason(
        make_case(
            "SEIZURE",
            age=45,
            sex="Male",
            vitals={"heart_rate": 128, "systolic_bp": 160, "spo2": 90},
            one_liner="45 y.o. male with continuous generalized tonic-clonic seizure"
            " for 10 minutes",
            ed_note="Known epilepsy, missed levetiracetam. Actively seizing on"
            " arrival. Glucose 112.",
        )
    )
    assert O.medication_ordered(out, "lorazepam", "midazolam", "diazepam")
    assert O.first_index(out, "lorazepam", "midazolam") is not None


def test_child_in_septic_shock_gets_per_kg_fluids_and_no_condition_as_order(
    reason: Reason,
) -> None:
    """SSC children 2020 (Weiss): 10-20 mL/kg aliquots, antibiotics within 1 h."""
    out = reason(
        make_case(
            "FEVER",
            demographics={"age": 3, "sex": "Female"},
            vitals={
                "heart_rate": 168,
                "systolic_bp": 70,
                "respiratory_rate": 40,
                "temperature_c": 39.8,
            },
            one_liner="3-year-old girl with fever and lethargy",
            ed_note="Exam: lethargic, mottled skin, capillary refill 4 seconds.",
        )
    )
    assert O.medication_ordered(out, "10-20 ml/kg")
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone")
    assert not O.medication_ordered(out, "30 ml/kg")
    # a blocked "X if A or B" order is not split into a medication named "B"
    assert not any(o.name.lower().startswith("lactate") for o in O.medications(out))


def test_haematemesis_with_known_varices_gets_octreotide_and_antibiotics(
    reason: Reason,
) -> None:
    """Baveno VII (2022); AASLD 2017: vasoactive drug and ceftriaxone before EGD."""
    out = reason(
        make_case(
            "VOMITING BLOOD",
            age=58,
            sex="Male",
            vitals={"heart_rate": 118, "systolic_bp": 94, "respiratory_rate": 20},
            one_liner="58 y.o. male with cirrhosis vomiting bright red blood",
            ed_note="Alcohol use disorder, known varices. Melena. Hemoglobin 7.2.",
        )
    )
    assert O.medication_ordered(out, "octreotide", "terlipressin", "vasopressin")
    assert O.medication_ordered(out, "ceftriaxone")
    assert O.ordered(out, "large-bore")


def test_rules_read_the_stated_age_when_none_is_recorded(reason: Reason) -> None:
    """Backus 2013 (HEART), Kline 2004 (PERC): age is an input; '67 y.o.' states it."""
    out = reason(
        make_case(
            "CHEST PAIN",
            vitals={"heart_rate": 88, "systolic_bp": 142, "spo2": 97},
            one_liner="67 y.o. male with 2 hours of chest pressure",
            ed_note="HPI: 67 y.o. male, chest pressure at rest. ECG: normal sinus"
            " rhythm. Troponin < 0.01 ng/mL.",
        )
    )
    aged = [
        r.inputs
        for rec in out.trace
        if rec.stage in ("treatment", "diagnosis")
        for r in rec.rules_applied
        if r.name in ("HEART", "PERC")
    ]
    assert aged
    for inputs in aged:
        age = inputs.get("age", inputs.get("age>=50"))
        assert age == 67


def test_febrile_neonate_by_text_age_gets_the_pathway_not_antipyretics(
    reason: Reason,
) -> None:
    """AAP 2021 febrile infant (Pantell): 8-21 days -> LP, antibiotics, admission."""
    out = reason(
        make_case(
            "FEVER",
            one_liner="18-day-old boy with fever at home",
            ed_note="HPI: 18-day-old term boy, rectal temperature 38.3 C at home."
            " Well appearing.",
        )
    )
    assert O.ordered(out, "lumbar puncture")
    assert O.medication_ordered(out, "ampicillin")
    assert out.final.disposition in ("Admit", "OR Admit")
    assert not O.medication_ordered(out, "antipyretic", "ibuprofen", r"^iv fluids")


def test_no_ibuprofen_for_a_two_month_old(reason: Reason) -> None:
    """BNF for Children: ibuprofen from 3 months; AAP 2021 for the 29-60 day band."""
    out = reason(
        make_case(
            "FEVER",
            demographics={"age_days": 55},
            vitals={"heart_rate": 160, "respiratory_rate": 40, "temperature_c": 38.4},
            one_liner="55-day-old with fever 38.4 and fussiness",
            ed_note="Well appearing, feeding normally. No cough.",
        )
    )
    assert not O.medication_ordered(out, "ibuprofen", "nsaid", "ketorolac")
    assert O.ordered(out, "urinalysis", "urine culture")


def test_non_exertional_chest_pain_is_not_read_as_exertional(reason: Reason) -> None:
    """HEART (Backus 2013): history points come from what is documented, not its
    negation; "non-exertional" is not exertional pain."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=42,
            sex="Male",
            vitals={"heart_rate": 76, "systolic_bp": 128, "spo2": 99},
            one_liner="42 y.o. male with 6 hours of intermittent chest discomfort",
            ed_note="HPI: atypical, non-exertional chest discomfort. Non-smoker."
            " ECG: normal, no ST changes.",
        )
    )
    histories = [
        str(r.inputs.get("history"))
        for rec in out.trace
        for r in rec.rules_applied
        if r.name == "HEART"
    ]
    assert histories and not any("exertional_pain" in h for h in histories)


def test_heart_pathway_reads_serial_troponins_stated_once(reason: Reason) -> None:
    """HEART pathway (Mahler SA et al. Circ Cardiovasc Qual Outcomes 2015): HEART
    <= 3 with troponin at 0 and 3 h normal -> no ACS treatment, early discharge."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=42,
            sex="Male",
            vitals={"heart_rate": 76, "systolic_bp": 128, "spo2": 99},
            one_liner="42 y.o. male with 6 hours of intermittent chest discomfort",
            ed_note="HPI: atypical chest discomfort. No risk factors, non-smoker."
            " ECG: normal, no ST changes. Troponin at 0 and 3 hours < 0.01 ng/mL"
            " (normal).",
        )
    )
    heart = [
        r
        for rec in out.trace
        if rec.stage == "treatment"
        for r in rec.rules_applied
        if r.name == "HEART"
    ]
    assert heart and heart[0].applicable and heart[0].inputs.get("troponin") == 0
    assert heart[0].score is not None and heart[0].score <= 3
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)


def test_anterior_epistaxis_gets_compression(reason: Reason) -> None:
    """AAO-HNS nosebleed guideline (Tunkel 2020): firm compression first."""
    out = reason(
        make_case(
            "NOSEBLEED",
            age=70,
            sex="Male",
            vitals={"heart_rate": 90, "systolic_bp": 168, "spo2": 98},
            one_liner="70 y.o. male on apixaban with anterior nosebleed for 40 minutes",
            ed_note="Bleeding from left anterior septum, partly controlled with"
            " pressure.",
        )
    )
    assert O.ordered(out, "compression", "packing", "cautery")
    assert not O.ordered(out, "massive transfusion", "tranexamic")

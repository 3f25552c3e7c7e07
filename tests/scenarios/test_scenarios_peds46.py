"""peds46 (session 46): triage levels, and paediatric and obstetric orders.

Written from guidelines, not from shared data: a syncope whose brother died suddenly
young is high risk at the door (ESC 2018 syncope Table 5; ACC/AHA/HRS 2017 Table 3);
the bradycardia of hypothermia is rewarmed, not paced (ERC 2021); a quinsy's muffled
voice is not drooling (ESI v4 handbook ch.4; Galioto 2017); a splash on the skin is
no eye injury; an intrauterine pregnancy scanned today is not located again (RCOG
Green-top 21; NICE NG126); dexamethasone is for suspected bacterial meningitis (NICE
NG240 2024).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


# --- syncope with a relative's sudden death ---


def _faint(reason: Reason, family: str) -> ReasoningOutput:
    return reason(
        make_case(
            "SYNCOPE",
            age=34,
            sex="M",
            vitals=vitals(72, 126, 78, 14, 99),
            one_liner="34-year-old who fainted while sitting at his desk, no warning",
            ed_note=f"{family} Well now.",
        )
    )


def test_syncope_with_a_brother_dead_suddenly_at_28_is_high_risk(
    reason: Reason,
) -> None:
    """ESC 2018 syncope Table 5 (a family history of sudden cardiac death at a young
    age; syncope sitting, no prodrome) and ACC/AHA/HRS 2017 Table 3 (family history of
    premature SCD): an inherited arrhythmia until the ECG and monitoring say otherwise,
    ESI 2. The history the nurse takes at the door was not read: ESI 3."""
    out = _faint(reason, "His brother died suddenly aged 28.")
    assert _esi(out) <= 2


def test_syncope_with_a_grandfather_dead_suddenly_at_84_stays_esi_3(
    reason: Reason,
) -> None:
    """Guard: a grandparent's sudden death at 84 is no premature sudden cardiac death
    (ESC 2018 'at a young age'; premature < 50, AHA/ACC/HRS 2017)."""
    out = _faint(reason, "His grandfather died suddenly aged 84.")
    assert _esi(out) >= 3


# --- hypothermia's bradycardia ---


def test_bradycardia_of_moderate_hypothermia_is_not_esi_1(reason: Reason) -> None:
    """ERC 2021 accidental hypothermia (Lott C et al.): bradycardia below 32-35 C is
    physiological; rewarming, not atropine or pacing. The ACLS unstable-bradycardia
    reason made a confused, normotensive hypothermic woman ESI 1."""
    out = reason(
        make_case(
            "COLD EXPOSURE",
            age=79,
            sex="F",
            vitals=vitals(44, 112, 64, 11, 95, 31.6),
            one_liner="79-year-old found on her bedroom floor this morning, cold and "
            "confused",
            ed_note="Core temperature 31.6. Sinus bradycardia.",
        )
    )
    assert _esi(out) == 2
    assert not O.medication_ordered(out, "atropine")


def test_unstable_bradycardia_with_a_normal_temperature_stays_esi_1(
    reason: Reason,
) -> None:
    """Guard: AHA ACLS 2020: HR < 50 with hypotension and confusion at a normal
    temperature needs atropine or pacing now (ESI 1)."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=81,
            sex="M",
            vitals=vitals(36, 78, 44, 16, 96, 36.7),
            one_liner="81-year-old dizzy and confused since this morning",
        )
    )
    assert _esi(out) == 1


# --- the quinsy's voice ---


def test_quinsy_with_a_muffled_voice_and_no_drooling_is_esi_3(reason: Reason) -> None:
    """ESI v4 handbook ch.4: a peritonsillar abscess without airway compromise (no
    drooling, no stridor) is level 3; the muffled 'hot potato' voice and trismus are
    the abscess' own features (Galioto NJ. Am Fam Physician 2017). 'Muffled voice' was
    read as drooling: ESI 2."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=26,
            sex="M",
            vitals=vitals(96, 126, 78, 18, 99, 38.1),
            one_liner="26-year-old with 5 days of sore throat, muffled voice and "
            "difficulty opening his mouth, no drooling",
            ed_note="Swallowing his saliva. Uvula deviated to the left.",
        )
    )
    assert _esi(out) == 3


def test_drooling_with_a_muffled_voice_stays_high_risk(reason: Reason) -> None:
    """Guard: ESI v4 handbook ch.4: a sore throat with drooling (saliva not swallowed)
    is high risk (epiglottitis: Tintinalli 9th ed. ch. 246)."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=45,
            sex="M",
            vitals=vitals(104, 138, 84, 20, 97, 38.4),
            one_liner="45-year-old with a severe sore throat since this morning, "
            "muffled voice and drooling",
        )
    )
    assert _esi(out) <= 2


# --- a chemical splash on the skin ---


def test_drain_cleaner_on_the_forearm_with_eyes_spared_gets_no_eye_irrigation(
    reason: Reason,
) -> None:
    """ABLS 2018: a chemical skin burn is irrigated and its depth and extent judged;
    RCEM 2020: eye irrigation, pH and ophthalmology are for a chemical in the eye. A
    forearm splash with 'eyes not involved, wearing goggles' was worked up as an eye
    corrosion (tetracaine drops, eye irrigation, ophthalmology)."""
    out = reason(
        make_case(
            "CHEMICAL EXPOSURE",
            age=41,
            sex="M",
            vitals=vitals(78, 130, 80, 14, 99),
            one_liner="41-year-old splashed drain cleaner on his left forearm at work "
            "an hour ago",
            ed_note="Eyes not involved, he was wearing goggles. 5 cm red patch on the "
            "forearm, no blisters.",
        )
    )
    assert not O.ordered(out, "ophthalmolog")
    assert not O.ordered(out, "conjunctival ph")


def test_alkali_splashed_into_the_eyes_is_irrigated(reason: Reason) -> None:
    """Guard: RCEM 2020 chemical eye injury: immediate irrigation to a neutral pH,
    then ophthalmology."""
    out = reason(
        make_case(
            "CHEMICAL EXPOSURE",
            age=38,
            sex="F",
            vitals=vitals(88, 134, 82, 16, 99),
            one_liner="38-year-old with oven cleaner splashed into both eyes "
            "10 minutes ago",
        )
    )
    assert O.ordered(out, "irrigat")


# --- an intrauterine pregnancy scanned today ---


def _spotting(reason: Reason, scan: str) -> ReasoningOutput:
    return reason(
        make_case(
            "VAGINAL BLEEDING",
            age=29,
            sex="F",
            vitals=vitals(74, 118, 72, 14, 99),
            one_liner="29-year-old 9 weeks pregnant with light spotting since "
            "lunchtime",
            ed_note=f"{scan} Os closed, minimal blood. Rh positive.",
        )
    )


def test_iup_scanned_this_morning_is_not_scanned_again(reason: Reason) -> None:
    """RCOG Green-top 21 (2016) / NICE NG126 2023 1.5.1: an intrauterine pregnancy seen
    on a scan excludes an ectopic after spontaneous conception and answers the
    threatened miscarriage's location and viability; the same day's spotting needs no
    repeat hCG or scan (return if it worsens). A scan of this morning was re-ordered
    with an hCG."""
    out = _spotting(
        reason,
        "Early pregnancy unit scan this morning: single live intrauterine pregnancy.",
    )
    assert not O.ordered(out, "hcg")
    assert not O.ordered(out, "transvaginal")


def test_iup_after_ivf_keeps_the_scan(reason: Reason) -> None:
    """Guard: RCOG Green-top 21: after assisted reproduction an IUP does not exclude
    a heterotopic pregnancy (about 1 in 100): a pelvic pain keeps the scan."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=35,
            sex="F",
            vitals=vitals(86, 116, 70, 16, 99),
            one_liner="35-year-old 7 weeks pregnant after IVF with spotting and "
            "left-sided pelvic pain",
            ed_note="Scan this morning showed a live intrauterine pregnancy. Two "
            "embryos transferred. Left adnexal tenderness.",
        )
    )
    assert O.ordered(out, "transvaginal", "ultrasound")


# --- dexamethasone for meningitis only ---


def test_amber_febrile_child_without_meningeal_signs_gets_no_dexamethasone(
    reason: Reason,
) -> None:
    """NICE NG240 2024 1.6: dexamethasone with the first antibiotic is for suspected or
    confirmed bacterial meningitis; a febrile 10-month-old with amber features (pallor,
    not responding normally, poor feeding, nasal flaring) and no meningeal sign got it
    beside the sepsis antibiotics."""
    out = reason(
        make_case(
            "FEVER",
            age=0,
            sex="F",
            vitals=vitals(170, 90, 55, 52, 95, 39.5),
            one_liner="10-month-old with fever since yesterday, not herself",
            ed_note="Mother says she looks pale. Not responding normally to her "
            "parents, no smile, less active. Dry mouth, capillary refill 3 seconds, "
            "feeding poorly with fewer wet nappies. Nasal flaring. No rash, fontanelle "
            "flat, no neck stiffness.",
            demographics={"age_days": 300},
        )
    )
    assert not O.medication_ordered(out, "dexamethasone")


def test_febrile_child_with_neck_stiffness_gets_dexamethasone(reason: Reason) -> None:
    """Guard: NICE NG240 2024 1.6: a child of 3 months or more with suspected bacterial
    meningitis (fever, neck stiffness, photophobia) gets dexamethasone with the first
    antibiotic dose."""
    out = reason(
        make_case(
            "FEVER",
            age=6,
            sex="M",
            vitals=vitals(140, 100, 60, 26, 97, 39.6),
            one_liner="6-year-old with fever, headache and vomiting since this morning",
            ed_note="Neck stiffness and photophobia. Drowsy but rousable. No rash.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")


# --- a moderate hyperkalaemia sent in as an abnormal result ---


def _abnormal_lab(reason: Reason, one_liner: str) -> ReasoningOutput:
    return reason(
        make_case(
            "ABNORMAL LAB",
            age=58,
            sex="F",
            vitals=vitals(92, 128, 78, 16, 98),
            one_liner=one_liner,
        )
    )


def test_potassium_of_6_2_after_chemotherapy_is_high_risk(reason: Reason) -> None:
    """UK Kidney Association 2023 acute hyperkalaemia: a potassium of 6.0-6.4 mmol/L
    is treated now with insulin-glucose beside an ECG; two days after chemotherapy with
    a creatinine rise it is tumour lysis (Cairo-Bishop 2004; BSH 2015): ESI 2
    (medgi46's request). It was ESI 4 (one resource)."""
    out = _abnormal_lab(
        reason,
        "58F with lymphoma, chemotherapy 2 days ago, sent in with K 6.2 and AKI",
    )
    assert _esi(out) <= 2


def test_potassium_of_5_6_sent_in_is_not_high_risk(reason: Reason) -> None:
    """Guard: a mild hyperkalaemia (5.5-5.9 mmol/L, UK Kidney Association 2023) in a
    well adult is repeated and treated by resources, not a high-risk situation."""
    out = _abnormal_lab(reason, "58F sent in by her GP with a potassium of 5.6")
    assert _esi(out) >= 3


# --- a cough with red flags ---


def _cough(reason: Reason, one_liner: str) -> ReasoningOutput:
    return reason(
        make_case(
            "COUGH",
            age=42,
            sex="F",
            vitals=vitals(90, 120, 76, 18, 97, 37.6),
            one_liner=one_liner,
        )
    )


def test_cough_with_night_sweats_and_weight_loss_is_not_esi_5(reason: Reason) -> None:
    """NICE NG33 2016 (suspected pulmonary TB: chest x-ray and three sputum samples)
    and NICE NG12 2015: a cough with night sweats, weight loss and a TB contact needs
    a film and laboratory tests, two resources (ESI 3); the ACP/CDC 2016 symptomatic
    care of an acute cough gave it none (ESI 5)."""
    out = _cough(
        reason,
        "42-year-old with 5 weeks of cough, night sweats and weight loss; her "
        "brother was treated for tuberculosis",
    )
    assert _esi(out) <= 3


def test_a_few_days_of_cold_cough_stays_low_acuity(reason: Reason) -> None:
    """Guard: ACP/CDC 2016 (Harris AM et al.): an acute cough with a cold in a
    well adult, afebrile, normal vitals: symptomatic care, no resource (ESI 5)."""
    out = _cough(reason, "42-year-old with 4 days of cough and a runny nose")
    assert _esi(out) >= 4

"""Triage reads what the triage nurse has: the operated neck, a child's shock, a limb's
pulse, the medication list, the complaint in its history (triage36).

ESI v4 Implementation Handbook (Gilboy N et al. AHRQ 2012, 2020 edition): ch.2 triages
on the complaint *and* the triage history (medications included); ch.3 level 1 is the
patient who needs an immediate life-saving intervention (an emergency procedure,
significant fluid resuscitation); ch.4 level 2 the high-risk situation; ch.5 Table 5-1
counts resources. Each vignette is written for this file from the guideline named in
its docstring, never from shared-file rows; guards keep the forms that must not change.
Only what triage may read is used: the complaint, the one-liner's presenting part, the
vitals and the background sentences of the note's history.
"""

from __future__ import annotations

import re

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios._orders import ordered, proposes
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _complaint(out: ReasoningOutput) -> str:
    m = re.search(r"complaint ([^;]*);", _triage(out).rationale)
    return m.group(1) if m else ""


# --- the operated neck (Iliff HA et al. Anaesthesia 2022;77:82, DAS/BAETS/ENT UK) ---


def test_neck_swelling_day_two_after_thyroidectomy_with_breathlessness_is_level_1(
    reason: Reason,
) -> None:
    """DAS/BAETS/ENT UK 2022: a neck haematoma after thyroid surgery with breathing
    difficulty is opened at the bedside now (SCOOP): an emergency procedure, level 1."""
    out = reason(
        make_case(
            "NECK SWELLING",
            age=58,
            sex="F",
            vitals=vitals(108, 152, 88, 24, 95),
            one_liner="58F day 2 after a total thyroidectomy, her neck has swollen "
            "under the scar and she is short of breath",
        )
    )
    assert out.final.esi == 1


def test_swelling_hours_after_parathyroid_surgery_is_high_risk(reason: Reason) -> None:
    """DAS/BAETS/ENT UK 2022: an expanding haematoma hours after neck surgery threatens
    the airway before it compromises it: high risk (ESI ch.4), whatever its wording of
    the time ("8 hours after")."""
    out = reason(
        make_case(
            "NECK SWELLING",
            age=49,
            sex="M",
            vitals=vitals(86, 138, 82, 16, 98),
            one_liner="49M 8 hours after a parathyroidectomy, a swelling growing "
            "under the dressing, breathing comfortably",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_neck_lump_without_an_operation_is_not_high_risk(reason: Reason) -> None:
    """Guard: a painless neck lump of weeks with no operation is no haematoma."""
    out = reason(
        make_case(
            "NECK LUMP",
            age=35,
            sex="F",
            vitals=vitals(78, 122, 76, 14, 99),
            one_liner="35F painless lump on the side of the neck for a month, no fever",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


# --- a child's shock (APLS 6th ed.; NICE CG84 1.3; NICE NG240 2024) ---


def test_lethargic_infant_with_diarrhoea_and_danger_zone_tachycardia_is_level_1(
    reason: Reason,
) -> None:
    """NICE CG84 1.3: a decreased level of consciousness with tachycardia after fluid
    losses is suspected shock (an IV bolus now): level 1 even with no skin sign
    recorded at triage."""
    out = reason(
        make_case(
            "DIARRHOEA",
            demographics={"age_days": 300, "sex": "M"},
            vitals=vitals(186, 74, 40, 46, 98, 37.9),
            one_liner="10-month-old with 2 days of watery diarrhoea, very lethargic, "
            "barely taking fluids",
        )
    )
    assert out.final.esi == 1


def test_febrile_child_with_non_blanching_rash_and_tachycardia_is_level_1(
    reason: Reason,
) -> None:
    """NICE NG240 2024: fever with a non-blanching rash and a heart rate beyond the
    danger zone is meningococcal shock until shown otherwise: ceftriaxone and a fluid
    bolus now (level 1)."""
    out = reason(
        make_case(
            "RASH",
            age=2,
            sex="F",
            vitals=vitals(176, 86, 50, 38, 97, 39.6),
            one_liner="2-year-old with fever since the morning and a purple rash on "
            "the legs that does not blanch",
        )
    )
    assert out.final.esi == 1


def test_alert_child_with_fever_and_non_blanching_rash_stays_level_2(
    reason: Reason,
) -> None:
    """Guard, NICE NG240: the rash with fever is high risk (level 2); without shock
    (heart rate within the danger zone, alert) it is not level 1."""
    out = reason(
        make_case(
            "RASH",
            age=6,
            sex="M",
            vitals=vitals(122, 104, 62, 22, 99, 38.3),
            one_liner="6-year-old with fever and a few spots on the legs that do not "
            "blanch, alert and chatting",
        )
    )
    assert out.final.esi == 2


def test_alert_vomiting_child_is_not_level_1(reason: Reason) -> None:
    """Guard, NICE CG84: vomiting with a fast pulse but normal consciousness is not
    shock (no reduced consciousness): below level 1."""
    out = reason(
        make_case(
            "VOMITING",
            age=3,
            sex="M",
            vitals=vitals(150, 98, 60, 30, 99, 37.6),
            one_liner="3-year-old vomiting since last night, alert and playing, wet "
            "nappy this morning",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 2


# --- a limb's pulse (ATLS 10th ed.; BOAST 11 2020) ---


def test_deformed_elbow_with_weak_radial_pulse_is_high_risk(reason: Reason) -> None:
    """BOAST 11 2020: a supracondylar fracture with a weak or absent radial pulse
    needs orthopaedics emergently (ATLS: a diminished pulse beside a fracture is a
    sign of arterial injury): high risk."""
    out = reason(
        make_case(
            "ELBOW INJURY",
            age=5,
            sex="M",
            vitals=vitals(120, 102, 62, 24, 99),
            one_liner="5-year-old fell off a climbing frame, deformed swollen elbow, "
            "radial pulse weak",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_pulse_not_felt_at_the_ankle_is_a_limb_not_an_arrest(reason: Reason) -> None:
    """ATLS 10th ed.: an absent distal pulse after a knee dislocation is a hard sign of
    arterial injury (high risk), a limb's sign: the patient talking at triage is not
    in cardiac arrest (no arrest protocol)."""
    out = reason(
        make_case(
            "KNEE INJURY",
            age=29,
            sex="M",
            vitals=vitals(102, 134, 82, 18, 98),
            one_liner="29M fell from a quad bike, deformed left knee, no pulse felt at "
            "the ankle",
        )
    )
    assert out.final.esi == 2
    assert not proposes(out, "cardiac arrest")


def test_long_diminished_pedal_pulses_in_a_warm_foot_are_not_high_risk(
    reason: Reason,
) -> None:
    """Guard, ESVS 2020: chronic arterial disease with a warm foot and no injury is no
    acute limb threat; a weak pulse counts only beside an injured limb."""
    out = reason(
        make_case(
            "FOOT PAIN",
            age=71,
            sex="M",
            vitals=vitals(78, 146, 84, 16, 97),
            one_liner="71M diabetic, aching feet for months, weak pedal pulses for "
            "years, feet warm",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


# --- the medication list at the door (ESI ch.2, ch.4; NICE NG232 2023 1.2.3) ---


def test_head_injury_on_a_named_anticoagulant_in_the_history_is_high_risk(
    reason: Reason,
) -> None:
    """ESI ch.4 and NICE NG232 1.2.3: a head injury on an anticoagulant is high risk;
    the nurse asks the medication list, so "on rivaroxaban" in the history sentence
    counts (only the condition is read, not the physician's findings)."""
    out = reason(
        make_case(
            "FALL",
            age=79,
            sex="M",
            vitals=vitals(80, 140, 82, 16, 97),
            ed_note="79-year-old on rivaroxaban for atrial fibrillation, slipped in "
            "the bathroom and struck his forehead, no loss of consciousness. Exam: "
            "2 cm forehead abrasion.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_no_medications_is_no_anticoagulant(reason: Reason) -> None:
    """Guard: "takes no medications" names no anticoagulant (Canadian CT head rule
    negative minor head injury stays below level 2)."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=28,
            sex="F",
            vitals=vitals(72, 118, 74, 14, 99),
            ed_note="28-year-old bumped her head on a shelf, no loss of consciousness, "
            "no vomiting, takes no medications.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


# --- the complaint read with its history ---


def test_asthmatic_tight_chest_with_wheeze_gets_a_bronchodilator(
    reason: Reason,
) -> None:
    """BTS/SIGN 158 2019: chest tightness with wheeze in a known asthmatic is asthma:
    the asthma list with its bronchodilator, not chest wall pain with none."""
    out = reason(
        make_case(
            "TIGHT CHEST",
            age=22,
            sex="F",
            vitals=vitals(112, 124, 76, 26, 93),
            one_liner="22F known asthmatic, tight chest and wheeze since a cold, using "
            "her blue inhaler every hour",
        )
    )
    assert ordered(out, r"salbutamol|albuterol")
    assert proposes(out, "asthma")


def test_chest_tightness_with_sweating_in_a_smoker_keeps_the_acs_work_up(
    reason: Reason,
) -> None:
    """Guard, AHA/ACC 2021: chest tightness with diaphoresis in a smoker is possible
    ACS (high risk, troponin)."""
    out = reason(
        make_case(
            "TIGHT CHEST",
            age=61,
            sex="M",
            vitals=vitals(94, 152, 90, 18, 97),
            one_liner="61M tight chest for 30 minutes, sweaty, smoker",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert ordered(out, r"troponin")


def test_hoarse_voice_is_not_a_psychiatric_complaint(reason: Reason) -> None:
    """NICE CKS hoarseness 2023: a hoarse voice is the larynx's; no suicide-risk
    work-up for it."""
    out = reason(
        make_case(
            "HOARSE VOICE",
            age=63,
            sex="F",
            vitals=vitals(80, 134, 80, 14, 98),
            one_liner="63F hoarse voice for 5 weeks, smoker, breathing and swallowing "
            "normally",
        )
    )
    assert "psychiatric" not in _complaint(out)
    assert not ordered(out, r"1:1 observation", r"suicide")


def test_stubbed_toe_is_not_the_gout_complaint(reason: Reason) -> None:
    """ACR 2020 gout: a flare comes without trauma; a toe stubbed on furniture is an
    injury's list, not gout's."""
    out = reason(
        make_case(
            "TOE PAIN",
            age=40,
            sex="M",
            vitals=vitals(76, 126, 78, 14, 99),
            one_liner="40M stubbed his big toe on the bed frame this morning, bruised",
        )
    )
    assert _complaint(out) != "joint_pain"


# --- resources (ESI Table 5-1) ---


def test_fight_bite_is_two_resources(reason: Reason) -> None:
    """BSSH 2021; IDSA SSTI 2014: a knuckle wound from a punch to the teeth needs an
    x-ray, exploration and a hand surgeon: two resources, level 3."""
    out = reason(
        make_case(
            "HAND INJURY",
            age=23,
            sex="M",
            vitals=vitals(84, 128, 76, 14, 99),
            one_liner="23M punched a man in the teeth at a party, small cut over the "
            "knuckle of his middle finger",
        )
    )
    assert out.final.esi == 3


def test_infected_hip_replacement_wound_with_fever_is_level_3(reason: Reason) -> None:
    """Osmon DR et al. IDSA 2013: pus draining from a joint replacement's wound with
    fever is a prosthetic joint infection until excluded (labs, cultures, x-ray,
    orthopaedics): at least two resources."""
    out = reason(
        make_case(
            "WOUND DRAINAGE",
            age=70,
            sex="F",
            vitals=vitals(96, 136, 80, 18, 97, 38.3),
            one_liner="70F 2 weeks after a hip replacement, the wound is draining pus "
            "and she has a fever",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_afebrile_red_port_site_is_not_two_resources(reason: Reason) -> None:
    """Guard, NICE NG125: a little redness at a port site with no fever and no
    implant is an oral-antibiotic wound (no more than one resource)."""
    out = reason(
        make_case(
            "WOUND CHECK",
            age=37,
            sex="M",
            vitals=vitals(76, 122, 74, 14, 99),
            one_liner="37M 6 days after a laparoscopic cholecystectomy, slight "
            "redness at one port site, no fever, eating well",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4


def test_cut_palm_unable_to_bend_fingertip_is_a_tendon_injury(reason: Reason) -> None:
    """BSSH Hand Trauma Standards 2021: a palm wound with a fingertip that cannot bend
    is a divided flexor tendon: two resources and a hand surgeon."""
    out = reason(
        make_case(
            "HAND LACERATION",
            age=34,
            sex="F",
            vitals=vitals(82, 124, 76, 14, 99),
            one_liner="34F cut her palm on a broken glass, cannot bend the tip of her "
            "middle finger",
        )
    )
    assert out.final.esi == 3
    assert ordered(out, r"hand surg")


# --- emergencies worded in the triage history whatever the complaint ---


def test_swollen_face_with_lung_cancer_is_high_risk(reason: Reason) -> None:
    """Wilson LD et al. NEJM 2007; UKONS triage tool 2016: facial swelling with a
    known cancer is superior vena cava obstruction until excluded: high risk."""
    out = reason(
        make_case(
            "FACIAL SWELLING",
            age=66,
            sex="M",
            vitals=vitals(98, 142, 86, 22, 95),
            one_liner="66M with lung cancer, his face and neck have swollen over 3 "
            "days, breathless lying flat",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_little_urine_days_after_first_chemotherapy_is_high_risk(
    reason: Reason,
) -> None:
    """Cairo-Bishop 2004; BCSH 2015: oliguria within days of starting chemotherapy
    is tumour lysis until the potassium and creatinine say otherwise: high risk."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=61,
            sex="F",
            vitals=vitals(104, 112, 66, 18, 97),
            one_liner="61F with leukaemia, started her first chemotherapy 3 days ago, "
            "passing very little urine, muscle cramps",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_headache_worse_lying_down_with_blurred_vision_is_high_risk(
    reason: Reason,
) -> None:
    """NICE CG150 red flags; AHA/ASA 2011 CVT: a headache that changes with posture,
    with visual disturbance, is raised intracranial pressure until excluded."""
    out = reason(
        make_case(
            "HEADACHE",
            age=29,
            sex="F",
            vitals=vitals(80, 126, 80, 16, 99),
            one_liner="29F headache for a week, worse lying down and on waking, "
            "blurred vision, on the combined pill",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_migraine_with_usual_aura_is_not_raised_pressure(reason: Reason) -> None:
    """Guard, NICE CG150: her usual migraine with its aura and no postural or waking
    pattern is no red flag."""
    out = reason(
        make_case(
            "HEADACHE",
            age=31,
            sex="F",
            vitals=vitals(76, 118, 74, 14, 99),
            one_liner="31F known migraine, her usual zigzag lines then a one-sided "
            "headache like her previous attacks",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


def test_yellow_baby_in_the_first_day_is_high_risk(reason: Reason) -> None:
    """NICE CG98 1.2.5: visible jaundice in the first 24 hours needs a bilirubin
    within 2 hours (haemolysis): high risk."""
    out = reason(
        make_case(
            "JAUNDICE",
            demographics={"age_days": 0, "sex": "F"},
            vitals=vitals(148, 70, 40, 44, 98, 36.9),
            one_liner="16-hour-old baby girl looks yellow, feeding",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_vomiting_on_long_term_steroids_is_high_risk(reason: Reason) -> None:
    """Society for Endocrinology 2020 (Simpson H et al.): a steroid-dependent patient
    who vomits cannot absorb the tablets: parenteral hydrocortisone now, high risk."""
    out = reason(
        make_case(
            "VOMITING",
            age=64,
            sex="M",
            vitals=vitals(98, 102, 62, 18, 97),
            one_liner="64M on long-term prednisolone for polymyalgia, vomiting since "
            "last night, cannot keep his tablets down",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_swollen_ankle_in_a_cancer_patient_is_no_vena_cava_sign(
    reason: Reason,
) -> None:
    """Guard: the vena cava's swelling is the face and neck's; a twisted ankle in a
    patient with treated cancer is graded by resources."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=58,
            sex="F",
            vitals=vitals(80, 130, 80, 14, 99),
            one_liner="58F breast cancer in remission, twisted her ankle, swollen, "
            "walking on it",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3


def test_swelling_under_the_dressing_day_one_after_neck_surgery_calls_the_surgeon(
    reason: Reason,
) -> None:
    """Bailey & Love 28th ed. (reactionary haemorrhage within 24 h); Iliff HA et al.
    Anaesthesia 2022: a swelling under the dressing the day after thyroid surgery is
    a haematoma: the airway plan and the operating surgeon, whatever the complaint."""
    out = reason(
        make_case(
            "NECK SWELLING",
            age=44,
            sex="F",
            vitals=vitals(90, 136, 82, 16, 98),
            one_liner="44F day 1 after a hemithyroidectomy, swelling under the "
            "dressing",
        )
    )
    assert ordered(out, r"airway|surg")


def test_fever_with_non_blanching_rash_is_not_sent_home_from_triage(
    reason: Reason,
) -> None:
    """NICE NG240 2024: fever with a non-blanching rash is meningococcal disease until
    proved otherwise: assessed and observed in hospital, not discharged on the
    triage record alone, however well the child looks."""
    out = reason(
        make_case(
            "RASH",
            age=7,
            sex="F",
            vitals=vitals(116, 104, 64, 22, 99, 38.4),
            one_liner="7-year-old with fever and a non-blanching rash on the legs, "
            "alert and chatting",
        )
    )
    assert out.final.disposition != "Discharge"

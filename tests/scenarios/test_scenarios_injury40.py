"""Injuries and trauma, third review (injury40, issue 10).

A head injury is scanned by NICE NG232's criteria whatever words name the blow (a
kick, a punch, a falling brick), and a child's by NG232's second list; a stated
voltage of 1,000 V or more is a high-voltage injury; smoke from a burning flat with
soot at the airway is an inhalation injury, not anaphylaxis; a swollen wrist after a
fall is filmed, not aspirated; a fracture is coded only once imaged; a distal-limb
film asks no pregnancy test; 'stabbing' pain is no stab wound. Each scenario is
written from the guideline named in its docstring; assertions are safety properties,
never strings of the shared files.
"""

from __future__ import annotations

import re

from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT_HEAD = r"ct (?:of the )?head|head ct|ct brain"
_PENETRATING = r"rectal contrast|trauma surgery|efast|laparotomy|penetrating"


def _narrative(text: str, case_id: str) -> Case:
    """A triage-only narrative record: the text is the complaint."""
    return make_case(
        text,
        demographics=demographics_from_text(text).model_dump(),
        vitals=extract_vitals_report(text).vitals,
        case_id=case_id,
    )


def _now_ct_head(out: ReasoningOutput) -> bool:
    """A CT head ordered now, not one conditional on a later finding."""
    return any(
        re.search(_CT_HEAD, n, re.I) and not re.search(r"\bif\b", n, re.I)
        for n in O.order_names(out)
    )


# --- head injury (NICE NG232 2023; Kuppermann N et al. PECARN, Lancet 2009) ---


def test_kicked_head_knocked_out_and_vomiting_is_scanned(reason: Reason) -> None:
    """NICE NG232 2023 (1.4.7): an adult head injury with more than one episode of
    vomiting is a CT head within 1 hour; a kick to the head is a head injury whatever
    its verb. Never paracetamol and home without the scan."""
    out = reason(
        _narrative(
            "A 28-year-old man was kicked in the head at a football match, was knocked "
            "out briefly and has vomited three times since; he has a headache. HR 80, "
            "BP 130/78, RR 16, SpO2 99%.",
            "i40-kick",
        )
    )
    assert O.ordered(out, _CT_HEAD), O.order_names(out)


def test_knocked_out_head_injury_is_not_coded_as_coma(reason: Reason) -> None:
    """ICD-10-CM FY2024 I.B.4 and chapter 19: an alert patient briefly knocked out by
    a blow is coded by the head injury (S0-), not R40.20 'Unspecified coma'."""
    out = reason(
        _narrative(
            "A 31-year-old woman was punched in the head outside a bar, was knocked "
            "out for a few seconds and has vomited twice; she is now alert. HR 84, "
            "BP 126/80, RR 16, SpO2 99%.",
            "i40-punch-code",
        )
    )
    assert not (out.final.icd10 or "").startswith("R40"), out.final.icd10


def test_palpable_skull_step_without_loss_of_consciousness_is_scanned(
    reason: Reason,
) -> None:
    """NICE NG232 2023 (1.4.7): a suspected open or depressed skull fracture is a CT
    head within 1 hour whether or not consciousness was lost."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=33,
            sex="M",
            vitals=vitals(88, 134, 80, 16, 98),
            ed_note=(
                "33-year-old struck on the head by a falling scaffold pole. Boggy "
                "scalp swelling with a palpable step in the skull. GCS 15, no loss of "
                "consciousness."
            ),
        )
    )
    assert O.ordered(out, _CT_HEAD), O.order_names(out)


def test_gcs_13_two_hours_after_a_fall_is_scanned_now(reason: Reason) -> None:
    """NICE NG232 2023 (1.4.7): a GCS below 15 two hours after the injury is a CT
    head within 1 hour; an injury '2 hours ago' assessed now is that time, so the
    scan is not left conditional on a later GCS."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=47,
            sex="M",
            vitals=vitals(86, 140, 84, 16, 98),
            ed_note=(
                "47-year-old fell down a flight of stairs 3 hours ago. GCS 13 (E3 V4 "
                "M6), scalp haematoma."
            ),
        )
    )
    assert _now_ct_head(out), O.order_names(out)


def test_loss_of_consciousness_after_a_two_metre_fall_is_scanned(
    reason: Reason,
) -> None:
    """NICE NG232 2023 (1.4.9): loss of consciousness with a dangerous mechanism (a
    fall from more than 1 metre or five stairs) is a CT head within 8 hours."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=42,
            sex="M",
            vitals=vitals(80, 130, 80, 16, 99),
            ed_note=(
                "42-year-old fell about 2 metres from scaffolding and struck his head; "
                "knocked out briefly, now GCS 15. No vomiting."
            ),
        )
    )
    assert O.ordered(out, _CT_HEAD), O.order_names(out)


def test_child_knocked_out_six_minutes_who_vomited_three_times_is_scanned(
    reason: Reason,
) -> None:
    """NICE NG232 2023 (1.4.11): a child with more than one of witnessed loss of
    consciousness over 5 minutes and three or more discrete episodes of vomiting has
    a CT head within 1 hour; not monitoring and home."""
    out = reason(
        _narrative(
            "An 8-year-old girl fell off a climbing wall, was knocked out for about 7 "
            "minutes and has vomited three times since. HR 106, RR 20, SpO2 99%, "
            "T 36.8 C.",
            "i40-child-ct",
        )
    )
    assert O.ordered(out, _CT_HEAD), O.order_names(out)


def test_child_who_bumped_his_head_and_vomited_three_times_is_observed(
    reason: Reason,
) -> None:
    """NICE NG232 2023 (1.4.11) and PECARN (Kuppermann 2009): a child with one risk
    factor (three vomits after a bump) is observed in hospital for at least 4 hours
    or scanned; a bumped head is a head strike."""
    out = reason(
        _narrative(
            "A 6-year-old boy bumped his head on a table and has vomited three "
            "separate times since; he did not lose consciousness and is alert. "
            "HR 102, RR 20, T 36.8 C.",
            "i40-child-obs",
        )
    )
    assert O.ordered(out, r"observ\w* (?:\w+ ){0,4}(?:neuro|4-6 h)", _CT_HEAD), (
        O.order_names(out)
    )


def test_adult_minor_head_bump_without_a_criterion_is_not_scanned(
    reason: Reason,
) -> None:
    """Guard. NICE NG232 2023: an adult with a head bump, GCS 15, no loss of
    consciousness, amnesia, vomiting or other criterion and no anticoagulant needs
    no CT head."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=29,
            sex="F",
            vitals=vitals(74, 118, 72, 14, 99),
            ed_note=(
                "29-year-old bumped her head on an open cupboard door. No loss of "
                "consciousness, no vomiting, no amnesia, GCS 15. Not on blood thinners."
            ),
        )
    )
    assert not O.ordered(out, _CT_HEAD), O.order_names(out)


def test_pecarn_low_risk_child_is_not_scanned(reason: Reason) -> None:
    """Guard. PECARN (Kuppermann 2009): a child of 2 or more with GCS 15, no loss of
    consciousness, no vomiting, no severe mechanism and normal behaviour has a
    clinically important brain injury risk below 0.05 %: no CT."""
    out = reason(
        _narrative(
            "A 4-year-old girl ran into a door frame and has a small bump on her "
            "forehead; she cried at once, did not lose consciousness, has not vomited "
            "and is playing normally. HR 100, RR 22, T 36.7 C.",
            "i40-pecarn-low",
        )
    )
    assert not O.ordered(out, _CT_HEAD), O.order_names(out)


def test_gcs_7_head_injury_names_the_ct_head(reason: Reason) -> None:
    """Guard. NICE NG232 2023: GCS 12 or less after a head injury is a CT of the head
    and cervical spine within 1 hour; the head must be named in the order."""
    out = reason(
        _narrative(
            "A 25-year-old man was hit with a bottle to the head and now responds only "
            "to pain with a GCS of 7. HR 60, BP 168/92, RR 10, SpO2 94%.",
            "i40-gcs7",
        )
    )
    assert O.ordered(out, _CT_HEAD), O.order_names(out)


# --- electrical injury (ABA ABLS 2018; Arnoldo B et al. EAST/ABA 2006) ---


def test_stated_11000_volt_contact_is_a_high_voltage_injury(reason: Reason) -> None:
    """ABA 2018 / Arnoldo 2006: an electrical injury of 1,000 V or more is high
    voltage: ECG, cardiac monitoring, CK and urine myoglobin, compartment checks and
    admission, whatever words name it ('an 11,000 volt line')."""
    out = reason(
        _narrative(
            "A 35-year-old lineman touched an 11,000 volt line an hour ago; small "
            "entry burn on his right hand and an exit burn on his left foot. HR 94, "
            "BP 128/80, RR 16, SpO2 99%.",
            "i40-11kv",
        )
    )
    assert O.ordered(out, r"\becg\b"), O.order_names(out)
    assert O.ordered(out, r"\bck\b|creatine kinase"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


# --- smoke inhalation (ATLS 10th ed. ch. 9; ABLS 2018) ---


def test_stridor_after_a_burning_flat_is_inhalation_injury_not_anaphylaxis(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 9: stridor with soot at the nose and mouth after a fire in
    an enclosed space is an inhalation injury: early intubation by the most
    experienced operator, 100 % oxygen, carboxyhaemoglobin; IM adrenaline treats
    anaphylaxis, not airway burns."""
    out = reason(
        _narrative(
            "A 46-year-old woman was pulled from a burning flat; she has soot around "
            "her nose and mouth, inspiratory stridor and is struggling to breathe. "
            "HR 126, RR 30, BP 138/84, SpO2 89%.",
            "i40-smoke",
        )
    )
    assert "anaphyla" not in O.working(out), O.working(out)
    assert not O.medication_ordered(out, r"epinephrine|adrenaline"), O.order_names(out)
    assert O.ordered(out, r"intubat"), O.order_names(out)


def test_true_anaphylaxis_with_stridor_keeps_adrenaline(reason: Reason) -> None:
    """Guard. RCUK 2021 / WAO 2020: stridor, urticaria and hypotension minutes after
    peanut is anaphylaxis: IM adrenaline at once."""
    out = reason(
        _narrative(
            "A 23-year-old woman ate a biscuit with peanuts 10 minutes ago and now has "
            "hives, a swollen tongue and stridor. HR 128, BP 86/50, RR 28, SpO2 92%.",
            "i40-anaph",
        )
    )
    assert O.medication_ordered(out, r"epinephrine|adrenaline"), O.order_names(out)


# --- the injured wrist vs the septic joint (NICE NG38; EULAR / BSR 2006) ---


def test_childs_swollen_wrist_after_falling_off_a_scooter_is_filmed_not_tapped(
    reason: Reason,
) -> None:
    """NICE NG38 2016; Slaar A et al. Radiology 2016 (Amsterdam paediatric wrist
    rules): a swollen tender wrist after a fall is a fracture until the film is read
    (x-ray, analgesia, splint); a septic-arthritis work-up (aspiration, blood
    cultures) needs a hot joint without trauma (BSR/BOA 2006)."""
    out = reason(
        _narrative(
            "A 10-year-old boy has a swollen, tender wrist after falling off a "
            "scooter; fingers pink, no deformity. HR 96, RR 20. Pain 4/10.",
            "i40-scooter",
        )
    )
    assert O.ordered(out, r"wrist (?:x-?ray|radiograph)"), O.order_names(out)
    assert not O.ordered(out, r"arthrocentesis|aspiration"), O.order_names(out)
    assert not O.ordered(out, r"blood cultures?"), O.order_names(out)


def test_adult_tender_distal_radius_after_a_fall_is_filmed(reason: Reason) -> None:
    """Walenkamp MMJ et al. Amsterdam wrist rules 2015; NICE NG38 2016: distal
    radius tenderness and swelling after a fall onto the hand asks for wrist films
    before a contusion is called one."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=26,
            sex="F",
            vitals=vitals(80, 118, 70, 14, 99),
            ed_note=(
                "26-year-old fell onto her outstretched hand playing hockey. Tender "
                "distal radius, mild swelling, no deformity."
            ),
        )
    )
    assert O.ordered(out, r"wrist (?:x-?ray|radiograph)"), O.order_names(out)


def test_febrile_child_who_will_not_put_weight_on_a_hot_knee_is_aspirated(
    reason: Reason,
) -> None:
    """Kocher MS et al. JBJS 1999; IDSA/PIDS 2023: a febrile child with a hot swollen
    joint who will not put weight on the leg is septic arthritis until aspirated:
    blood culture, joint aspiration by orthopaedics, admission; not home."""
    out = reason(
        _narrative(
            "A 7-year-old girl has a hot, swollen left knee and a fever of 39.0 C and "
            "will not put weight on the leg; there has been no injury. HR 126, RR 24, "
            "T 39.0 C.",
            "i40-kocher",
        )
    )
    assert O.ordered(out, r"aspirat|arthrocentesis"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_adult_hot_swollen_knee_without_injury_keeps_the_aspiration(
    reason: Reason,
) -> None:
    """Guard. BSR/BOA 2006 (Coakley G et al.): a hot swollen joint with fever and no
    injury is aspirated before antibiotics."""
    out = reason(
        make_case(
            "KNEE PAIN",
            age=66,
            sex="M",
            vitals=vitals(104, 132, 78, 18, 97, 38.6),
            ed_note=(
                "66-year-old with a hot, red, swollen right knee for 2 days, fever, "
                "cannot bend it. No injury."
            ),
        )
    )
    assert O.ordered(out, r"arthrocentesis|aspirat"), O.order_names(out)


# --- a fracture coded once imaged (ICD-10-CM FY2024 IV.H; NICE CG124) ---


def test_suspected_hip_fracture_is_not_coded_as_a_fracture_before_the_film(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 Section IV.H: in the ED a diagnosis documented as suspected
    is not coded; the injury is (S79.9-) until the film shows the fracture (S72.-).
    The films and admission still follow (NICE CG124)."""
    out = reason(
        make_case(
            "FALL",
            age=83,
            sex="F",
            vitals=vitals(88, 146, 82, 16, 96),
            ed_note=(
                "83-year-old tripped on a rug at home. Unable to weight bear, left leg "
                "shortened and externally rotated, pain in the left groin. Awaiting "
                "x-ray."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("S72"), out.final.icd10
    assert O.ordered(out, r"hip|pelvi"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_hip_fracture_on_the_film_is_coded_as_the_fracture(reason: Reason) -> None:
    """Guard. ICD-10-CM FY2024: a femoral neck fracture shown on the radiograph is
    coded S72.0-."""
    out = reason(
        make_case(
            "HIP INJURY",
            age=87,
            sex="F",
            vitals=vitals(86, 144, 80, 16, 96),
            ed_note=(
                "87-year-old fell at her care home. Shortened and externally rotated "
                "right leg. X-ray: displaced intracapsular fracture of the right "
                "femoral neck."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("S72"), out.final.icd10


def test_ottawa_positive_ankle_before_its_film_is_not_coded_as_a_fracture(
    reason: Reason,
) -> None:
    """Stiell IG et al. JAMA 1993 (the Ottawa rule suspects, the radiograph decides);
    ICD-10-CM IV.H: the ankle injury is coded (S99.91-) until the film shows a
    fracture, and the film is ordered."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=33,
            sex="F",
            vitals=vitals(78, 120, 74, 14, 99),
            ed_note=(
                "33-year-old twisted her ankle running. Tender at the tip of the "
                "medial malleolus, unable to take four steps."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("S82"), out.final.icd10
    assert O.ordered(out, r"ankle"), O.order_names(out)


# --- a distal-limb film asks no pregnancy test (ACR-SPR 2023; ACOG CO 723 2017) ---


def test_finger_film_in_a_woman_of_childbearing_age_asks_no_pregnancy_test(
    reason: Reason,
) -> None:
    """ACOG Committee Opinion 723 (2017) and ACR-SPR: plain films of the extremities
    give a negligible fetal dose; no pregnancy test is a prerequisite for them."""
    out = reason(
        make_case(
            "FINGER INJURY",
            age=41,
            sex="F",
            vitals=vitals(74, 122, 76, 14, 99),
            ed_note=(
                "41-year-old caught her ring finger on the duvet while making the bed. "
                "The fingertip droops and she cannot straighten the end joint "
                "actively; passive extension full. No wound."
            ),
        )
    )
    assert O.ordered(out, r"x-?ray|radiograph"), O.order_names(out)
    assert not O.ordered(out, r"hcg|pregnancy test"), O.order_names(out)


def test_abdominal_trauma_ct_in_a_woman_keeps_the_pregnancy_test(
    reason: Reason,
) -> None:
    """Guard. ACOG CO 723: CT of the abdomen and pelvis in a woman who may be
    pregnant asks for a pregnancy test (not delaying time-critical imaging)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=27,
            sex="F",
            vitals=vitals(104, 118, 72, 18, 98),
            ed_note=(
                "27-year-old driver in a head-on collision at 50 mph. Seatbelt bruise "
                "across the lower abdomen, tender left upper quadrant."
            ),
        )
    )
    assert O.ordered(out, r"hcg|pregnancy test"), O.order_names(out)


# --- 'stabbing' is a pain's character, not a wound (SOCRATES; ATLS ch. 4-5) ---


def test_stabbing_chest_pain_is_no_stab_wound(reason: Reason) -> None:
    """Macleod's Clinical Examination (SOCRATES): 'stabbing' describes a pain's
    character; ATLS's penetrating-wound evaluation (a surgeon, eFAST, CT with rectal
    contrast) is for a wound, so none is ordered or cited for it."""
    out = reason(
        _narrative(
            "A 49-year-old man has had stabbing central chest pain for an hour, worse "
            "on deep breathing. HR 90, BP 136/84, RR 18, SpO2 97%, T 36.8 C.",
            "i40-stabbing-chest",
        )
    )
    assert not O.ordered(out, _PENETRATING), O.order_names(out)
    assert "penetrating" not in O.disposition(out).rationale.lower()


def test_sharp_stabbing_abdominal_pain_gets_no_stab_wound_ct(reason: Reason) -> None:
    """SOCRATES: a 'sharp stabbing pain' in the abdomen is a character of pain; the
    penetrating abdominal wound's CT with rectal contrast and surgical serial
    examination (Como JJ et al. EAST 2010) are not its work-up."""
    out = reason(
        _narrative(
            "A 30-year-old woman has a sharp stabbing pain in her right lower abdomen "
            "since this morning. HR 88, BP 120/76, RR 16, T 37.3 C.",
            "i40-stabbing-abdo",
        )
    )
    assert not O.ordered(out, r"rectal contrast"), O.order_names(out)
    assert "penetrating" not in O.disposition(out).rationale.lower()


def test_stabbing_back_pain_gets_no_stab_wound_ct(reason: Reason) -> None:
    """SOCRATES: 'stabbing pain in the lower back' after gardening is mechanical back
    pain's character (NICE NG59), not a penetrating back wound."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=45,
            sex="M",
            vitals=vitals(80, 130, 80, 14, 99),
            ed_note="45-year-old with stabbing pain in the lower back after gardening.",
        )
    )
    assert not O.ordered(out, r"rectal contrast"), O.order_names(out)


def test_a_real_stab_wound_of_the_chest_stays_penetrating_trauma(
    reason: Reason,
) -> None:
    """Guard. ATLS 10th ed. ch. 4: a knife wound of the chest is penetrating chest
    trauma: eFAST and chest film, a surgeon, never home unexamined."""
    out = reason(
        _narrative(
            "A 21-year-old man was stabbed in the left chest with a knife 20 minutes "
            "ago. HR 116, BP 108/70, RR 24, SpO2 95%.",
            "i40-stab-chest",
        )
    )
    assert O.ordered(out, r"efast|trauma surgery|cardiothoracic"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_a_real_stab_wound_of_the_abdomen_stays_penetrating_trauma(
    reason: Reason,
) -> None:
    """Guard. Como JJ et al. EAST 2010: a stable stab wound of the abdomen gets CT
    and serial examination by the surgical team."""
    out = reason(
        make_case(
            "STAB WOUND",
            age=26,
            sex="M",
            vitals=vitals(98, 128, 78, 18, 98),
            ed_note=(
                "26-year-old stabbed in the right upper quadrant 30 minutes ago. 2 cm "
                "wound, abdomen soft, tender near the wound."
            ),
        )
    )
    assert O.ordered(out, r"ct abdomen|serial abdominal|trauma surgery"), O.order_names(
        out
    )
    assert O.dispo(out) != "Discharge"


def test_ottawa_posterior_malleolar_edge_and_no_weight_asks_for_the_film(
    reason: Reason,
) -> None:
    """Stiell IG et al. JAMA 1993 (Ottawa ankle rule): bone tenderness at the
    posterior edge of a malleolus, or not bearing weight in the department, asks
    for ankle radiographs before a sprain is called a sprain."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=36,
            sex="F",
            vitals=vitals(80, 124, 76, 14, 99),
            ed_note=(
                "36-year-old went over on her ankle stepping off a kerb. Swollen "
                "lateral ankle, tender over the posterior edge of the lateral "
                "malleolus, could not weight bear in the department."
            ),
        )
    )
    assert O.ordered(out, r"ankle (?:x-?ray|radiograph)"), O.order_names(out)


def test_vomiting_beside_an_old_gas_boiler_gets_carboxyhaemoglobin_and_oxygen(
    reason: Reason,
) -> None:
    """UKHSA 2022 carbon monoxide guidance; Wolf SJ et al. ACEP clinical policy 2017:
    nausea and vomiting with a CO source at home (a faulty or old gas boiler) is CO
    poisoning until a co-oximetry COHb says otherwise; 100 % oxygen meanwhile."""
    out = reason(
        _narrative(
            "A 35-year-old man has had nausea and vomiting for two days that ease when "
            "he is out of the house; his gas boiler is old and has not been serviced. "
            "HR 94, BP 126/80, RR 18, SpO2 99%.",
            "i40-co",
        )
    )
    assert O.ordered(out, r"carboxyh|co-?oximetry|cohb"), O.order_names(out)
    assert O.ordered(out, r"100 ?% oxygen"), O.order_names(out)

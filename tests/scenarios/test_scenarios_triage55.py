"""triage55 (session 55): time-critical words at the door, and what the door needs.

Written from guidelines, never from rows of the shared data:

- a stroke told in the family's words: "his words were muddled", "his right hand
  clumsy" are a speech disturbance and one limb's lost coordination (ROSIER, Nor AM
  et al. Lancet Neurol 2005; AHA/ASA 2019 BE-FAST: sudden trouble speaking, loss of
  coordination): signs of stroke in the window (ESI v4 handbook ch.4), worked as a
  stroke (CT, stroke team), not as "weakness"; the confusion of an older adult
  found "muddled" stays no stroke sign.

Properties (level bounds, orders present or absent), not strings. Research
software, not for clinical use.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._story import at_triage as _run
from tests.scenarios.conftest import Reason, recorded_vitals


def _stroke_flag(out: ReasoningOutput) -> bool:
    return any("stroke" in f.lower() for f in O.triage(out).red_flags)


# --- a stroke in the family's words ---


def test_muddled_words_and_a_clumsy_hand_are_a_stroke_in_the_window(
    reason: Reason,
) -> None:
    """His wife noticed his words were muddled and his right hand clumsy 50 minutes
    ago: speech disturbance and one limb's incoordination (ROSIER; AHA/ASA 2019):
    signs of stroke, ESI 2, worked as a stroke with a CT, not as "weakness"."""
    out = _run(
        reason,
        "WEAKNESS",
        69,
        "M",
        recorded_vitals(84, 172, 94, 16, 97, 36.7),
        "69-year-old man whose wife noticed his words were muddled and his right hand "
        "clumsy at breakfast, 50 minutes ago",
        "t55-muddled-clumsy",
    )
    assert O.triage(out).esi <= 2
    assert _stroke_flag(out)
    assert O.working(out).strip() != "weakness"
    assert O.ordered(out, r"\bct\b")


def test_a_clumsy_hand_alone_is_a_stroke_sign(reason: Reason) -> None:
    """A left hand gone clumsy this morning (ROSIER: arm weakness or clumsiness)."""
    out = _run(
        reason,
        "HAND PROBLEM",
        74,
        "F",
        recorded_vitals(80, 158, 88, 16, 97, 36.6),
        "74-year-old woman whose left hand went clumsy an hour ago, dropping her cup",
        "t55-clumsy-hand",
    )
    assert O.triage(out).esi <= 2
    assert _stroke_flag(out)


def test_muddled_older_adult_is_no_stroke_sign(reason: Reason) -> None:
    """Guard: an older adult found muddled (confusion, CAM) is an altered mental
    status, high risk by that, but the word alone names no focal deficit."""
    out = _run(
        reason,
        "CONFUSION",
        86,
        "F",
        recorded_vitals(96, 132, 78, 20, 95, 37.9),
        "86-year-old woman from a care home, more muddled than usual since yesterday",
        "t55-muddled-only",
    )
    assert not _stroke_flag(out)


# --- a fever without a spleen, told any way ---


def test_fever_with_no_spleen_after_a_crash_years_ago_is_esi_2(reason: Reason) -> None:
    """A fever and "has no spleen after a car crash years ago": the crash is
    history, the asplenia is now (BSH 2011: a fever without a spleen is
    overwhelming post-splenectomy infection until shown otherwise; NICE NG51 high
    risk): ESI 2."""
    out = _run(
        reason,
        "FEVER",
        31,
        "F",
        recorded_vitals(106, 112, 68, 20, 98, 38.9),
        "31-year-old woman with shivers and fever since this morning, has no spleen "
        "after a car crash years ago",
        "t55-no-spleen-crash",
    )
    assert O.triage(out).esi <= 2


def test_short_fever_has_no_spleen_is_esi_2(reason: Reason) -> None:
    """A short complaint's "no" is blanked as a negation; "has no spleen" is the
    finding itself (BSH 2011)."""
    out = _run(
        reason,
        "FEVER",
        23,
        "F",
        recorded_vitals(104, 118, 70, 18, 98, 38.6),
        "23F fever, has no spleen",
        "t55-no-spleen-short",
    )
    assert O.triage(out).esi <= 2


def test_no_history_of_splenectomy_is_no_asplenia(reason: Reason) -> None:
    """Guard: "no history of splenectomy" negates the splenectomy (NegEx): a well
    adult's fever and cough is graded by its resources, not at 2."""
    out = _run(
        reason,
        "FEVER",
        29,
        "F",
        recorded_vitals(92, 122, 76, 16, 99, 38.1),
        "29-year-old woman with a cough and fever for 2 days, no history of "
        "splenectomy, drinking well",
        "t55-no-hx-splenectomy",
    )
    assert O.triage(out).esi >= 3


def test_no_history_of_trauma_keeps_a_new_weakness_after_its_comma(
    reason: Reason,
) -> None:
    """Guard: the negated history reaches its comma, not the presentation after it
    (AHA/ASA 2019: sudden one-sided weakness is a stroke sign)."""
    out = _run(
        reason,
        "WEAKNESS",
        71,
        "M",
        recorded_vitals(82, 168, 92, 16, 97, 36.7),
        "71-year-old man with no history of trauma, sudden weakness of the left arm "
        "40 minutes ago",
        "t55-no-hx-then-weak",
    )
    assert O.triage(out).esi <= 2
    assert _stroke_flag(out)


# --- a well toddler after a breath-holding spell ---


def test_toddler_who_came_round_straight_away_is_esi_4_and_goes_home(
    reason: Reason,
) -> None:
    """Fell, cried, held his breath and went blue, "came round straight away; now
    running about": a cyanotic breath-holding spell over (Leung 2019: history and
    examination, FBC/ferritin at most): ESI 4-5. Decision point D is reached only
    by a would-be level 3 (handbook ch.6): no blood pressure holds him."""
    out = _run(
        reason,
        "BREATH HOLDING",
        1,
        "M",
        recorded_vitals(116, None, None, 28, 99, 36.7),
        "20-month-old boy who fell over, cried, held his breath and went blue for a "
        "few seconds, came round straight away; now running about and babbling",
        "t55-bhs-came-round",
    )
    assert O.triage(out).esi >= 4
    assert O.dispo(out) == "Discharge"


def test_toddler_blue_after_crying_and_still_limp_is_not_sent_home(
    reason: Reason,
) -> None:
    """Guard: the same spell with the child still limp and not recovered is no spell
    over: not ESI 4-5, not home (handbook Table 3-3; AAP 2016 BRUE)."""
    out = _run(
        reason,
        "BREATH HOLDING",
        1,
        "M",
        recorded_vitals(116, None, None, 28, 99, 36.7),
        "20-month-old boy who cried, held his breath and went blue, still limp and "
        "not responding properly",
        "t55-bhs-still-limp",
    )
    assert O.triage(out).esi <= 3
    assert O.dispo(out) != "Discharge"


# --- a limb injury with numb or tingling digits ---


def test_motorbike_wrist_with_a_numb_thumb_needs_two_resources(reason: Reason) -> None:
    """Came off a motorbike onto his hand, numb thumb and index finger: a perilunate
    dislocation or displaced fracture compressing the median nerve until imaged
    (Herzberg 1993; BSSH/BOAST): x-ray and an urgent reduction, ESI 3 or more urgent,
    not a one-x-ray ESI 4."""
    out = _run(
        reason,
        "HAND INJURY",
        24,
        "M",
        recorded_vitals(92, 132, 80, 16, 99, 36.7),
        "24-year-old man came off his motorbike onto his left hand, numb thumb and "
        "index finger, wrist painful",
        "t55-wrist-numb-thumb",
    )
    assert O.triage(out).esi <= 3


def test_swollen_wrist_with_no_tingling_stays_one_x_ray(reason: Reason) -> None:
    """Guard: a swollen wrist after a fall with feeling stated normal ("no numbness
    or tingling") is one x-ray (handbook ch.5): ESI 4."""
    out = _run(
        reason,
        "WRIST INJURY",
        30,
        "M",
        recorded_vitals(84, 128, 80, 16, 99, 36.8),
        "30-year-old man fell onto his outstretched right hand, wrist swollen, no "
        "numbness or tingling in the fingers",
        "t55-wrist-no-tingling",
    )
    assert O.triage(out).esi == 4


# --- positional vertigo told in seconds ---


def test_seconds_of_spinning_on_looking_up_is_esi_4(reason: Reason) -> None:
    """Seconds of spinning when he looks up, otherwise well: the triggered episodic
    vestibular syndrome of BPPV (AAO-HNS 2017; GRACE-3 2023): a Dix-Hallpike and a
    repositioning manoeuvre, one resource at most (ESI 4-5), not a dizziness
    work-up."""
    out = _run(
        reason,
        "VERTIGO",
        44,
        "M",
        recorded_vitals(74, 128, 78, 14, 99, 36.7),
        "44-year-old man with seconds of spinning when he looks up to a shelf, "
        "otherwise well",
        "t55-bppv-seconds",
    )
    assert O.triage(out).esi >= 4


def test_seconds_of_spinning_with_double_vision_stays_a_work_up(
    reason: Reason,
) -> None:
    """Guard: the same spells with double vision are a central cause until shown
    otherwise (GRACE-3 2023): not the one-resource BPPV."""
    out = _run(
        reason,
        "VERTIGO",
        64,
        "M",
        recorded_vitals(78, 152, 88, 16, 98, 36.7),
        "64-year-old man with seconds of spinning when he looks up, and double vision "
        "since this morning",
        "t55-bppv-diplopia",
    )
    assert O.triage(out).esi <= 3


# --- a leak told with its possessive ---


def test_clear_fluid_from_his_nose_after_a_kick_is_a_skull_base_fracture(
    reason: Reason,
) -> None:
    """Kicked in the face, knocked out briefly, clear fluid dripping from his nose:
    a sign of a basal skull fracture (NICE NG232 1.4.7: CT head within 1 hour), ESI 2,
    CT head, not forecast home as a concussion."""
    out = _run(
        reason,
        "FACIAL INJURY",
        42,
        "M",
        recorded_vitals(104, 142, 86, 20, 96, 36.8),
        "42-year-old man kicked in the face, knocked out briefly, clear fluid dripping "
        "from his nose, upper jaw moves when his teeth are rocked",
        "t55-csf-his-nose",
    )
    assert O.triage(out).esi <= 2
    assert O.ordered(out, r"\bct\b")
    assert O.dispo(out) != "Discharge"


def test_no_history_of_cancer_is_no_cancer_for_the_svco_pattern(
    reason: Reason,
) -> None:
    """A "no history of cancer" negates the cancer (NegEx): the face and neck swelling
    is not read as a superior vena cava obstruction with cancer (Wilson 2007);
    triage54 left it (the negated history blanked only "no history")."""
    out = _run(
        reason,
        "FACIAL SWELLING",
        60,
        "F",
        recorded_vitals(88, 138, 84, 18, 97, 36.8),
        "60-year-old woman with a puffy face and swollen neck, worse lying flat, no "
        "history of cancer",
        "t55-no-hx-cancer",
    )
    assert not any("cancer" in f.lower() for f in O.triage(out).red_flags)


def test_known_lung_cancer_with_a_swollen_face_stays_svco(reason: Reason) -> None:
    """Guard: with a known lung cancer the same swelling is SVCO until shown
    otherwise (Wilson 2007): ESI 2."""
    out = _run(
        reason,
        "FACIAL SWELLING",
        60,
        "F",
        recorded_vitals(88, 138, 84, 18, 97, 36.8),
        "60-year-old woman with a puffy face and swollen neck, worse lying flat, known "
        "lung cancer",
        "t55-known-cancer-svco",
    )
    assert O.triage(out).esi <= 2


# --- requests: postpartum psychosis, orbital cellulitis, hydrofluoric acid ---


def test_new_delusion_ten_days_after_birth_is_esi_2(reason: Reason) -> None:
    """peds55's request: ten days after giving birth, not sleeping, believes the baby
    has been swapped: postpartum psychosis until assessed (NICE CG192 1.10.1: a
    face-to-face assessment within 4 hours; suicide and infanticide risk): ESI 2."""
    out = _run(
        reason,
        "PSYCHIATRIC EVALUATION",
        30,
        "F",
        recorded_vitals(104, 128, 80, 16, 99, 36.8),
        "10 days after giving birth, not sleeping, believes the baby has been swapped",
        "t55-postpartum-psychosis",
    )
    assert O.triage(out).esi <= 2


def test_tearful_and_anxious_after_birth_is_not_psychosis(reason: Reason) -> None:
    """Guard: tearful and anxious about feeding three weeks after a birth (the baby
    blues or postnatal depression, NICE CG192) names no psychotic symptom."""
    out = _run(
        reason,
        "ANXIETY",
        31,
        "F",
        recorded_vitals(88, 122, 78, 16, 99, 36.7),
        "3 weeks after giving birth, tearful and anxious about feeding, sleeping "
        "poorly",
        "t55-postnatal-anxious",
    )
    assert not any("psycho" in f.lower() for f in O.triage(out).red_flags)


def test_febrile_child_with_a_swollen_eye_sore_on_looking_around_is_esi_2(
    reason: Reason,
) -> None:
    """peds55's request: a swollen red eye with fever and pain on eye movement is
    orbital cellulitis until the CT (RCOphth; NICE NG141): IV antibiotics, a threat
    to sight: ESI 2, not a 1-resource eye complaint."""
    out = _run(
        reason,
        "EYE SWELLING",
        7,
        "M",
        recorded_vitals(118, None, None, 22, 99, 38.7),
        "7yo swollen red left eye, fever, sore eye on looking around",
        "t55-orbital-cellulitis",
    )
    assert O.triage(out).esi <= 2


def test_afebrile_swollen_eyelid_after_a_bite_is_not_orbital(reason: Reason) -> None:
    """Guard: an afebrile eyelid swelling after an insect bite with the eye moving
    normally is no orbital cellulitis pattern."""
    out = _run(
        reason,
        "EYE SWELLING",
        7,
        "M",
        recorded_vitals(100, None, None, 20, 99, 36.8),
        "7yo swollen red left eyelid after an insect bite, no fever, eye moves "
        "normally",
        "t55-eyelid-bite",
    )
    assert O.triage(out).esi >= 3


def test_hydrofluoric_acid_on_the_fingers_needs_two_resources(reason: Reason) -> None:
    """trauma55's request: hydrofluoric acid binds calcium (hypocalcaemia, QT, VF):
    calcium gluconate, serial calcium and an ECG (ABA ABLS 2018): ESI 3 or more
    urgent, not a simple chemical burn's ESI 4."""
    out = _run(
        reason,
        "CHEMICAL BURN",
        46,
        "M",
        recorded_vitals(92, 138, 84, 16, 99, 36.8),
        "hydrofluoric acid rust remover on the fingers, severe pain",
        "t55-hf-fingers",
    )
    assert O.triage(out).esi <= 3


def test_head_injury_now_drowsy_with_a_cushing_response_is_esi_1(
    reason: Reason,
) -> None:
    """trauma55's request: struck on the head, lucid, now drowsy, HR 56, BP 192/88,
    RR 10: the Cushing response of herniation (BTF 2016; ATLS ch.6): airway and
    osmotherapy now, ESI 1."""
    out = _run(
        reason,
        "HEAD INJURY",
        24,
        "M",
        recorded_vitals(56, 192, 88, 10, 97, 36.7),
        "hit by a cricket ball to the side of the head, lucid, now drowsy",
        "t55-cushing",
    )
    assert O.triage(out).esi == 1


def test_head_injury_now_drowsy_with_normal_pulse_and_pressure_is_esi_2(
    reason: Reason,
) -> None:
    """Guard: the same drowsiness with a normal pulse and pressure is NICE NG232's
    CT within 1 hour, ESI 2, not level 1."""
    out = _run(
        reason,
        "HEAD INJURY",
        24,
        "M",
        recorded_vitals(86, 142, 88, 16, 97, 36.7),
        "hit by a cricket ball to the side of the head, now drowsy",
        "t55-drowsy-no-cushing",
    )
    assert O.triage(out).esi == 2

"""ESI triage: missing vitals, and handbook presentations outside the shared files.

Missing vitals (issue 10: "missing vitals flagged with an ESI 2 floor when the
presentation is high-risk"). The ESI v4 Implementation Handbook (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) puts the high-risk situation at
decision point B (ch.4), which needs no vital signs, and the danger-zone vital signs at
decision point D (ch.2 algorithm, ch.6), where the nurse measures them for a patient who
would otherwise be level 3. So a presentation needing two or more resources with no
high-risk feature and no vitals written is level 3, held there (no lower) and flagged
("vitals not documented: obtain before final level", ``TriageResult.vitals_to_obtain``);
a high-risk presentation keeps ESI 2: from B, or from what was recorded (a vital in the
NEWS2 red band, RCP 2017, with the vital that would judge it missing; an injury to the
torso with neither pulse nor pressure recorded, ATLS 10th ed.). The first five tests are
esi27b's (branch esi27b-floor, not landed then); the rest are esi28's.

Handbook presentations (ch.3-5, Table 5-1) whose concepts the reasoner missed (esi28):
a wound already sutured, "fell asleep", one-sided back pain with fever and dysuria,
gasping with hypoxaemia, a local bee-sting reaction, "breathing fine". Vignettes
written for this file from the handbook's principles, never from shared-file rows.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from tests.scenarios._esi_vignette import vignette_case
from tests.scenarios.conftest import Reason, make_case


def _triage(reason: Reason, text: str) -> tuple[int, TriageResult]:
    out = reason(vignette_case(text, "scenario", "esi28"))
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult) and out.final.esi is not None
    return out.final.esi, rec.output


def test_older_adult_cough_and_fever_without_vitals_is_level_3_flagged(
    reason: Reason,
) -> None:
    """ch.5-6: labs and a chest film (two resources), vitals measured at D."""
    level, triage = _triage(
        reason,
        "A 68-year-old man has had a productive cough and fever for three days. He"
        " walked in and is talking comfortably.",
    )
    assert level == 3
    assert {"heart_rate", "systolic_bp"} <= set(triage.missing_vitals)


def test_right_lower_quadrant_pain_without_vitals_is_level_3_flagged(
    reason: Reason,
) -> None:
    """ch.5: abdominal pain needing labs and imaging is level 3 without a B finding."""
    level, triage = _triage(
        reason,
        "A 34-year-old woman has had right lower quadrant pain since last night with"
        " nausea; she rates the pain 5/10. Her last period was two weeks ago.",
    )
    assert level == 3
    assert "heart_rate" in triage.vitals_to_obtain


def test_older_adult_vomiting_without_vitals_is_level_3_flagged(
    reason: Reason,
) -> None:
    """ch.5 Table 5-1: labs plus IV fluids are two resources; no B finding."""
    level, triage = _triage(
        reason,
        "A 72-year-old woman has had vomiting and diarrhoea for two days and cannot"
        " keep fluids down. She is alert and answers questions appropriately.",
    )
    assert level == 3
    assert "systolic_bp" in triage.missing_vitals


def test_hip_fracture_of_an_older_adult_without_vitals_is_level_3(
    reason: Reason,
) -> None:
    """ch.5: the handbook's hip fracture (shortened, rotated leg) is ESI 3."""
    level, triage = _triage(
        reason,
        "An 84-year-old woman slipped at home and cannot stand; her right leg is"
        " shortened and externally rotated. Pain 6/10. She is alert and oriented.",
    )
    assert level == 3
    assert "heart_rate" in triage.missing_vitals


def test_possible_ectopic_without_vitals_stays_esi_2(reason: Reason) -> None:
    """ch.4: a possible ectopic pregnancy is high-risk (B) with or without vitals
    (ACOG Practice Bulletin 193, 2018); the missing vitals are still flagged."""
    level, triage = _triage(
        reason,
        "A 27-year-old woman with a positive home pregnancy test has lower abdominal"
        " pain on the left and vaginal spotting since this morning.",
    )
    assert level <= 2
    assert "heart_rate" in triage.missing_vitals


def test_acute_urinary_retention_without_vitals_is_level_3_and_flagged(
    reason: Reason,
) -> None:
    """Table 5-1: a catheter (simple procedure) and a urine test are two resources;
    an older man unable to void, with no B feature, is level 3 while his pulse and
    pressure are obtained (ch.6), never lower before they are."""
    level, triage = _triage(
        reason,
        "A 74-year-old man has not passed urine since yesterday evening and his lower"
        " belly is tense and sore. He takes tamsulosin for his prostate.",
    )
    assert level == 3
    assert {"heart_rate", "systolic_bp"} <= set(triage.vitals_to_obtain)
    assert "obtain before final level" in triage.rationale


def test_tachypnoeic_older_adult_without_saturation_keeps_esi_2(
    reason: Reason,
) -> None:
    """Guard (passes on main too): a breathless 81-year-old at 29 breaths a minute,
    a NEWS2 red parameter (RCP 2017), with no saturation or pressure written cannot be
    judged at D: hypoxaemia is not excluded, so ESI 2 holds."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=81,
            sex="Female",
            vitals={"heart_rate": 90, "respiratory_rate": 29, "temperature_c": 36.9},
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_torso_injury_without_pulse_or_pressure_keeps_esi_2(reason: Reason) -> None:
    """Abdominal pain after a blow to the abdomen with
    neither pulse nor pressure recorded: bleeding is judged by them (ATLS 10th ed.,
    primary survey C), so the danger zone is not assessable and ESI 2 holds."""
    level, triage = _triage(
        reason,
        "A 59-year-old man was kicked in the abdomen during an assault an hour ago and"
        " has abdominal pain, 6/10. He is alert.",
    )
    assert level <= 2
    assert "heart_rate" in triage.vitals_to_obtain


def test_suture_removal_after_a_sutured_laceration_is_esi_5(reason: Reason) -> None:
    """Table 5-1: suture removal is not a resource; a laceration already sutured is
    the closed wound, not a repair still needed."""
    level, _ = _triage(
        reason,
        "A 31-year-old woman is here to have her stitches taken out. She had a"
        " laceration on her left shin sutured nine days ago; it looks clean and dry.",
    )
    assert level == 5


def test_fell_asleep_is_not_a_fall(reason: Reason) -> None:
    """'Fell asleep' names no fall: a first-degree sunburn without blisters or
    systemic symptoms is examination and oral analgesia, no resource (Table 5-1)."""
    level, triage = _triage(
        reason,
        "A 24-year-old man fell asleep by the pool and has a red, sore sunburn over his"
        " back and arms. No blisters. He feels otherwise well. Pain 2/10.",
    )
    assert level == 5
    assert "complaint fall" not in triage.rationale


def test_fever_with_dysuria_and_one_sided_back_pain_needs_two_resources(
    reason: Reason,
) -> None:
    """IDSA 2011: fever with flank pain and urinary symptoms is pyelonephritis, labs
    and a parenteral first dose (two resources, Table 5-1), worded 'my back hurts on
    the left side'."""
    level, _ = _triage(
        reason,
        "A 31-year-old woman says it stings when she passes urine and her back hurts on"
        " the left side since yesterday. T 38.7 C, HR 94, RR 18, BP 122/74.",
    )
    assert level <= 3


def test_gasping_with_hypoxaemia_is_esi_1(reason: Reason) -> None:
    """ch.2-3 decision point A: severe respiratory distress with SpO2 < 90 needs an
    immediate intervention; 'gasping' is the lay word for it."""
    level, _ = _triage(
        reason,
        "A 58-year-old woman with COPD is gasping for air at the triage desk and cannot"
        " finish a sentence. SpO2 82%.",
    )
    assert level == 1


def test_local_bee_sting_reaction_is_esi_5(reason: Reason) -> None:
    """Golden 2016 stinging-insect parameter: a local reaction needs examination, cold
    and an oral antihistamine, no resource (ESI 5); no systemic feature."""
    level, _ = _triage(
        reason,
        "A 41-year-old woman was stung by a bee on her thumb twenty minutes ago. The"
        " thumb is a bit swollen and sore. No hives, no wheeze, no lip swelling.",
    )
    assert level == 5


def test_breathing_fine_is_no_breathing_complaint(reason: Reason) -> None:
    """A normal state ('breathing fine') names no problem: a child's nasal foreign
    body is one simple procedure (Table 5-1), ESI 4, not a dyspnoea work-up."""
    level, triage = _triage(
        reason,
        "A 7-year-old boy pushed a small toy up his left nostril at home. He is"
        " breathing fine through his mouth and nose and is not upset.",
    )
    assert level == 4
    assert "shortness_of_breath" not in triage.rationale


def test_hives_with_lips_stated_not_swollen_is_not_anaphylaxis(reason: Reason) -> None:
    """WAO 2020 anaphylaxis needs a second organ system: lips and tongue 'are not
    swollen' (post-negation, NegEx) and breathing stated normal are its absence, so
    hives after a contact allergen are oral treatment, ESI 5 (Table 5-1)."""
    level, _ = _triage(
        reason,
        "A 38-year-old man broke out in itchy hives across his chest after using a new"
        " laundry detergent. His lips and tongue are not swollen and he is breathing"
        " normally.",
    )
    assert level == 5


def test_child_using_belly_muscles_to_breathe_is_high_risk(reason: Reason) -> None:
    """ESI ch.4 / paediatric assessment triangle: abdominal (belly) breathing is
    increased work of breathing, a decision-point B finding in its own right."""
    level, triage = _triage(
        reason,
        "A 3-year-old girl with a cold is wheezing and using her belly muscles to"
        " breathe. SpO2 94%.",
    )
    assert level <= 2
    assert "respiratory_distress" in triage.red_flags


def test_red_crusted_eye_without_pain_is_esi_5(reason: Reason) -> None:
    """AAO PPP conjunctivitis 2018: a red, crusted eye without pain or visual change
    is examined and treated topically, no resource (ESI 5); 'it does not hurt'."""
    level, _ = _triage(
        reason,
        "A 26-year-old man woke up with his left eye red and crusted shut. It does not"
        " hurt and his vision is normal once he wipes it.",
    )
    assert level == 5


def test_no_discharge_forecast_while_the_levels_vitals_are_undocumented(
    reason: Reason,
) -> None:
    """Guard (main held such patients at ESI 2): held at level 3 for want of a pulse
    and pressure (ch.6 decision point D), a 72-year-old with abdominal pain is not
    forecast home before they are obtained (ACEP geriatric ED guidelines 2014)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=72,
            sex="Female",
            vitals={"temperature_c": 37.2},
            ed_note="Two days of epigastric burning after meals, eating and drinking.",
        )
    )
    assert out.final.disposition != "Discharge"

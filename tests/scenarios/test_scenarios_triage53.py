"""triage53 (session 53): triage levels from the ESI v4 handbook, from what triage sees.

Written from guidelines, never from rows of the shared data. Triage reads the
complaint, the vitals and the presenting part of the one-liner only (a result in the
ED note is not known at the door):

- decision point A: a child in DKA with ISPAD 2022's bedside criteria of cerebral
  oedema (two major, or one major and two minor) needs mannitol or hypertonic saline
  now, an immediate life-saving medication (ESI 1; Muir AB et al. Diabetes Care 2004;
  BSPED 2021); a headache alone stays 2;
- decision point B (high risk): unwell on an SGLT2 inhibitor (euglycaemic DKA: MHRA
  2016/2020, JBDS-IP 2023); chemotherapy just started for a lymphoma with abnormal
  bloods (tumour lysis: BSH 2015); a potassium of 6.0 or more known at the door (UK
  Kidney Association 2023); a headache with a new fit (SNNOOP10, Neurology 2019); a
  fit after ecstasy (acute hyponatraemia: ESE/ESICM 2014); gastrointestinal symptoms
  after wild mushrooms (amatoxin: Diaz JH, Crit Care Med 2005); a widow spider's bite
  with systemic envenoming (Isbister GK, Lancet 2011);
- resources (handbook ch.5, Table 5-1): vomiting and diarrhoea with a danger-zone
  pulse needs labs and IV fluids whatever the complaint word (ESI 3); grazes from a
  minor fall are simple wound care and the removal of sutures from a healing wound is
  no resource (ESI 5);
- over-triage: opioid substitution is no back-pain red flag (NICE NG59 names
  injection drug use); a week's course of amoxicillin is no allergen exposure (WAO
  2020); a pleural fluid's pH is no blood acidaemia (BTS 2023).

Properties (level bounds, flags), not strings. Research software, not for clinical use.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._story import esi as _esi
from tests.scenarios.conftest import Reason, make_case, vitals


def _flags(out: ReasoningOutput) -> str:
    return " | ".join(O.triage(out).red_flags).lower()


def _run(
    reason: Reason,
    cc: str,
    age: int,
    sex: str,
    v: tuple[float, ...],
    one_liner: str | None,
    case_id: str,
) -> ReasoningOutput:
    case = make_case(
        cc, age=age, sex=sex, vitals=vitals(*v), one_liner=one_liner, case_id=case_id
    )
    return reason(case)


# --- decision point A: cerebral oedema in a child's DKA ---


def test_child_dka_with_cerebral_oedema_signs_is_esi_1(reason: Reason) -> None:
    """8-year-old in DKA on an insulin infusion, now headache, confused, heart rate
    falling, blood pressure rising: two ISPAD major criteria - mannitol now (ESI 1)."""
    out = _run(
        reason,
        "confusion",
        8,
        "M",
        (62, 138, 84, 26, 98, 36.9),
        "8M known type 1 diabetic in DKA on insulin infusion, now bad headache,"
        " confused, heart rate falling, BP rising",
        "t53-dka-oedema",
    )
    assert _esi(out) == 1
    assert "cerebral oedema" in _flags(out)


def test_child_dka_with_a_headache_alone_stays_esi_2(reason: Reason) -> None:
    """Guard: a headache alone in a child's DKA is one minor criterion: ESI 2."""
    out = _run(
        reason,
        "headache",
        13,
        "F",
        (104, 118, 72, 24, 98, 36.8),
        "13F type 1 diabetic in DKA on insulin infusion, mild headache",
        "t53-dka-headache",
    )
    assert _esi(out) == 2
    assert "cerebral oedema" not in _flags(out)


# --- decision point B: high-risk situations from what triage sees ---


def test_vomiting_and_breathless_on_dapagliflozin_after_surgery_is_esi_2(
    reason: Reason,
) -> None:
    """Day 2 after a cholecystectomy on dapagliflozin, vomiting and breathless, RR 28:
    euglycaemic DKA until ketones are measured (MHRA; JBDS-IP 2023): ESI 2."""
    out = _run(
        reason,
        "vomiting",
        58,
        "M",
        (118, 108, 70, 28, 97, 36.9),
        "58M day 2 after laparoscopic cholecystectomy, type 2 diabetes on"
        " dapagliflozin, vomiting and breathless",
        "t53-sglt2",
    )
    assert _esi(out) <= 2
    assert "ketoacidosis" in _flags(out)


def test_chemotherapy_just_started_for_lymphoma_with_abnormal_bloods_is_esi_2(
    reason: Reason,
) -> None:
    """Burkitt lymphoma, chemotherapy started 2 days ago, sent in with abnormal bloods:
    tumour lysis's window (BSH 2015): ESI 2, not a routine abnormal result (was 4)."""
    out = _run(
        reason,
        "abnormal blood test",
        44,
        "M",
        (88, 128, 76, 16, 98, 36.8),
        "44M with Burkitt lymphoma, started chemotherapy 2 days ago, sent in with"
        " abnormal bloods",
        "t53-tls",
    )
    assert _esi(out) <= 2
    assert "tumour lysis" in _flags(out)


def test_potassium_of_6_2_known_at_the_door_is_esi_2(reason: Reason) -> None:
    """GP called with a potassium of 6.2 (UK Kidney Association 2023: ECG, monitoring
    and treatment now): ESI 2, not an unknown complaint's 3."""
    out = _run(
        reason,
        "high potassium",
        44,
        "M",
        (88, 128, 76, 16, 98, 36.8),
        "44M on chemotherapy for lymphoma, GP called with potassium 6.2 and"
        " creatinine double his usual",
        "t53-k62",
    )
    assert _esi(out) <= 2


def test_headache_of_weeks_then_a_fit_is_esi_2(reason: Reason) -> None:
    """Two weeks of worsening headache, then a fit, after a dental abscess: a
    secondary headache (SNNOOP10: a seizure) - brain abscess until imaged: ESI 2."""
    out = _run(
        reason,
        "headache",
        46,
        "M",
        (92, 142, 84, 16, 98, 37.9),
        "46M two weeks of worsening headache, then a fit, after a dental abscess",
        "t53-headache-fit",
    )
    assert _esi(out) <= 2
    assert "new seizure" in _flags(out)


def test_known_epileptic_headache_after_his_usual_fit_is_not_a_new_seizure(
    reason: Reason,
) -> None:
    """Guard: a known epileptic's headache after one of his usual fits is post-ictal
    (NICE NG217): not the headache-with-a-new-seizure reason."""
    out = _run(
        reason,
        "headache",
        34,
        "M",
        (78, 128, 78, 14, 99, 36.8),
        "34M known epilepsy, headache after one of his usual fits this morning, back"
        " to normal",
        "t53-epilepsy-headache",
    )
    assert "new seizure" not in _flags(out)


def test_fit_after_ecstasy_and_water_is_esi_2(reason: Reason) -> None:
    """Fitted after ecstasy and drinking lots of water: acute hyponatraemia (3%
    saline for a seizure: ESE/ESICM 2014): ESI 2, not 3."""
    out = _run(
        reason,
        "seizure",
        19,
        "F",
        (96, 128, 76, 16, 98, 36.8),
        "19F fitted after taking ecstasy and drinking lots of water",
        "t53-mdma-fit",
    )
    assert _esi(out) <= 2
    assert "ecstasy" in _flags(out)


def test_vomiting_after_wild_mushrooms_is_esi_2(reason: Reason) -> None:
    """Vomiting and watery diarrhoea 10 hours after eating wild mushrooms he picked:
    amatoxin until shown otherwise (Diaz 2005): ESI 2, not 3."""
    out = _run(
        reason,
        "jaundice",
        34,
        "M",
        (104, 108, 64, 18, 98, 37.0),
        "34M ate wild mushrooms he picked 2 days ago, vomiting and watery diarrhoea"
        " started 10 hours after eating",
        "t53-mushroom",
    )
    assert _esi(out) <= 2
    assert "mushroom" in _flags(out)


def test_black_widow_bite_with_cramps_and_sweating_is_esi_2(reason: Reason) -> None:
    """A black widow's bite with severe abdominal cramps and sweating: systemic
    latrodectism (parenteral opioids, observation: Isbister 2011): ESI 2, not 5."""
    out = _run(
        reason,
        "spider bite",
        31,
        "M",
        (102, 144, 88, 20, 98, 37.0),
        "31M bitten by a black widow spider from a fruit import, severe abdominal"
        " cramps and sweating",
        "t53-widow",
    )
    assert _esi(out) <= 2
    assert "envenoming" in _flags(out)


def test_an_itchy_spider_bite_is_no_envenoming(reason: Reason) -> None:
    """Guard: an unknown spider's itchy red bump is a local reaction: not ESI 2."""
    out = _run(
        reason,
        "spider bite",
        28,
        "F",
        (76, 122, 74, 14, 99, 36.7),
        "28F bitten by a small house spider yesterday, itchy red bump on the arm",
        "t53-house-spider",
    )
    assert _esi(out) >= 4
    assert "envenoming" not in _flags(out)


# --- resources (handbook ch.5) ---


def test_older_adult_vomiting_and_diarrhoea_with_a_fast_pulse_needs_two_resources(
    reason: Reason,
) -> None:
    """76-year-old on ramipril, furosemide and ibuprofen, 3 days of diarrhoea and
    vomiting, HR 102, SBP 96, complaint "reduced urine output": labs and IV fluids
    (KDIGO 2012; handbook ch.5): ESI 3 or more urgent, not 4."""
    out = _run(
        reason,
        "reduced urine output",
        76,
        "F",
        (102, 96, 58, 18, 96, 37.3),
        "76F on ramipril, furosemide and ibuprofen for knee pain, 3 days of"
        " diarrhoea and vomiting",
        "t53-triple-whammy",
    )
    assert _esi(out) <= 3


def test_grazed_knees_after_a_bicycle_fall_is_esi_5(reason: Reason) -> None:
    """Fell off a bicycle, grazed both knees: simple wound care, no resource (Table
    5-1): ESI 5, not the trauma complaint's 3."""
    out = _run(
        reason,
        "fell off a bicycle, grazed both knees",
        19,
        "M",
        (64, 124, 72, 14, 99, 36.6),
        None,
        "t53-grazes",
    )
    assert _esi(out) == 5


def test_a_bicycle_fall_with_a_swollen_wrist_keeps_its_x_ray(reason: Reason) -> None:
    """Guard: grazes with a swollen, painful wrist need an x-ray: not ESI 5."""
    out = _run(
        reason,
        "fell off a bicycle, grazed knees, wrist swollen and painful",
        19,
        "M",
        (64, 124, 72, 14, 99, 36.6),
        None,
        "t53-grazes-wrist",
    )
    assert _esi(out) <= 4


def test_suture_removal_from_a_healing_laceration_is_esi_5(reason: Reason) -> None:
    """Sutures to be removed from a healing laceration (Table 5-1: no resource)."""
    out = _run(
        reason,
        "sutures to be removed from a healing laceration on his hand",
        40,
        "M",
        (72, 126, 78, 14, 99, 36.7),
        None,
        "t53-suture-removal",
    )
    assert _esi(out) == 5


# --- over-triage ---


def test_methadone_programme_mechanical_back_pain_is_not_high_risk(
    reason: Reason,
) -> None:
    """On a methadone programme, back pain after lifting, walking: opioid substitution
    is no red flag (NICE NG59: injection drug use): not ESI 2."""
    out = _run(
        reason,
        "back pain",
        38,
        "M",
        (78, 128, 78, 16, 99, 36.7),
        "38M on methadone programme, lifted a heavy box yesterday, lower back pain,"
        " walking",
        "t53-methadone-back",
    )
    assert _esi(out) >= 4


def test_injection_drug_use_back_pain_stays_high_risk(reason: Reason) -> None:
    """Guard: back pain in a person who injects drugs (spinal epidural abscess) stays
    a decision-point B patient."""
    out = _run(
        reason,
        "back pain",
        38,
        "M",
        (78, 128, 78, 16, 99, 36.7),
        "38M lower back pain after lifting, known IV drug use, no fever",
        "t53-ivdu-back",
    )
    assert _esi(out) <= 2


def test_a_week_of_amoxicillin_is_no_anaphylaxis(reason: Reason) -> None:
    """A pneumonia not better after a week of amoxicillin: a treatment failure, not
    an allergen (WAO 2020)."""
    out = _run(
        reason,
        "shortness of breath",
        59,
        "M",
        (108, 128, 76, 24, 93, 38.4),
        "59M pneumonia not getting better after a week of amoxicillin",
        "t53-amoxicillin-course",
    )
    assert "anaphylaxis" not in _flags(out)


def test_lip_swelling_after_amoxicillin_is_still_possible_anaphylaxis(
    reason: Reason,
) -> None:
    """Guard: lip swelling and wheeze an hour after a first dose of amoxicillin."""
    out = _run(
        reason,
        "allergic reaction",
        30,
        "F",
        (108, 118, 70, 22, 96, 36.8),
        "30F lips swelling and wheezy an hour after taking amoxicillin",
        "t53-amoxicillin-reaction",
    )
    assert "anaphylaxis" in _flags(out)
    assert _esi(out) <= 2


def test_a_pleural_ph_is_no_blood_acidaemia(reason: Reason) -> None:
    """A pleural fluid pH of 7.05 (BTS 2023: drain it) is no severe acidaemia."""
    out = _run(
        reason,
        "shortness of breath",
        61,
        "M",
        (112, 118, 72, 24, 93, 38.4),
        "61M pneumonia a week ago, still febrile, large left effusion, pleural pH 7.05",
        "t53-pleural-ph",
    )
    assert "acidaemia" not in _flags(out)


# --- KTAS / CTAS (the site's scale) ---


def _ktas(
    reason: Reason, cc: str, age: int, v: dict[str, float], case_id: str
) -> ReasoningOutput:
    case = make_case(
        cc,
        age=age,
        sex="F",
        vitals=v,
        triage_scale="KTAS",
        case_id=case_id,
        arrival={"mode": "walk-in"},
    )
    out = reason(case)
    assert out.final.site_level is not None
    return out


def test_usual_migraine_at_a_low_normal_systolic_is_ktas_4(reason: Reason) -> None:
    """31-year-old's headache "like her usual migraines", pain 5, BP 98/64, HR 72: a
    known recurrent pain (CTAS chronic: 4) the pressure does not bear on (the card's
    "as they relate to the presenting complaint"): KTAS 4, not 3."""
    v = {**vitals(72, 98, 64, 14, 99, 36.8), "pain": 5}
    out = _ktas(
        reason,
        "headache since yesterday, like her usual migraines",
        31,
        v,
        "t53-ktas-migraine",
    )
    assert out.final.site_level == 4


def test_febrile_four_year_old_breathing_34_quietly_is_ktas_3(reason: Reason) -> None:
    """4-year-old, fever 38.7 and cough, RR 34, SpO2 97, no work of breathing worded:
    PaedsCTAS mild distress (tachypnoea, SpO2 >= 95): KTAS 3, not 2."""
    v = {"heart_rate": 128, "respiratory_rate": 34, "spo2": 97, "temperature_c": 38.7}
    out = _ktas(reason, "fever and cough", 4, v, "t53-ktas-child-rr34")
    assert out.final.site_level == 3


def test_four_year_old_breathing_34_with_recession_stays_ktas_2(reason: Reason) -> None:
    """Guard: the same rate with subcostal recession is moderate distress (2)."""
    v = {"heart_rate": 128, "respiratory_rate": 34, "spo2": 97, "temperature_c": 38.7}
    out = _ktas(
        reason,
        "fever and cough, subcostal recession",
        4,
        v,
        "t53-ktas-child-recession",
    )
    assert out.final.site_level <= 2


# --- other helpers' requests (triage53_requests.md), each from its guideline ---


def test_parkinsons_missed_levodopa_with_vomiting_is_no_refill(reason: Reason) -> None:
    """lead53: Parkinson's disease, vomiting, levodopa missed since yesterday (NICE
    NG71: no abrupt withdrawal; a time-critical medication): ESI 2, not a refill's 5."""
    out = _run(
        reason,
        "unable to take medications",
        72,
        "M",
        (98, 134, 80, 18, 97, 37.0),
        "Parkinson's disease, vomiting, missed levodopa since yesterday",
        "t53-levodopa",
    )
    assert _esi(out) <= 2
    assert "levodopa" in _flags(out)


def test_painful_blisters_on_eczema_need_two_resources(reason: Reason) -> None:
    """lead53: painful blisters on eczema, 37.9: eczema herpeticum until shown
    otherwise (NICE CKS 2024: swab, same-day dermatology): ESI 3, not 5."""
    out = _run(
        reason,
        "rash",
        30,
        "F",
        (96, 120, 76, 16, 99, 37.9),
        "painful blisters on eczema",
        "t53-herpeticum",
    )
    assert _esi(out) <= 3


def test_older_man_passing_little_urine_for_days_needs_two_resources(
    reason: Reason,
) -> None:
    """medgi53: 82-year-old, not passing much urine for 3 days, prostate enlargement:
    a retention or an AKI until the creatinine and a bladder scan (KDIGO 2012; EAU
    2024): labs and a catheter, ESI 3, not 4."""
    out = _run(
        reason,
        "reduced urine output",
        82,
        "M",
        (88, 150, 86, 16, 97, 36.7),
        "82M not passing much urine for 3 days, known prostate enlargement",
        "t53-oliguria",
    )
    assert _esi(out) <= 3


def test_midline_neck_tenderness_after_a_fall_from_scaffolding_is_esi_2(
    reason: Reason,
) -> None:
    """trauma53: fell 2 m onto his head, GCS 15, midline tenderness over C6 (Canadian
    C-spine / NEXUS; NICE NG41: immobilise, CT within 1 h): ESI 2, not 4. The "no
    loss of consciousness" before "GCS 15" negates only itself."""
    out = _run(
        reason,
        "head injury",
        39,
        "M",
        (90, 136, 82, 16, 98, 36.7),
        "39M fell 2 metres off scaffolding landing on his head, no loss of"
        " consciousness, GCS 15, neck pain with midline tenderness over C6, moves all"
        " limbs, no numbness",
        "t53-cspine",
    )
    assert _esi(out) <= 2
    assert "cervical spine" in _flags(out)


def test_house_fire_with_soot_and_a_hoarse_voice_is_esi_1(reason: Reason) -> None:
    """trauma53: singed nasal hairs, soot in the mouth, hoarse voice after a house
    fire: an inhalation injury intubated early (ATLS; ABA 2018): ESI 1."""
    out = _run(
        reason,
        "burn",
        48,
        "M",
        (112, 138, 82, 24, 94, 36.9),
        "48M rescued from a house fire, burns to his face, singed nasal hairs and"
        " eyebrows, soot in his mouth, hoarse voice, coughing black sputum",
        "t53-airway-burn",
    )
    assert _esi(out) == 1


def test_hand_burn_from_a_pan_is_not_esi_1(reason: Reason) -> None:
    """Guard: a scald to the hand from a pan: no airway threat (not ESI 1; a hand
    burn may be level 2 by the burns pathway's referral criteria, ABA 2022)."""
    out = _run(
        reason,
        "burn",
        35,
        "F",
        (84, 124, 76, 14, 99, 36.7),
        "35F scalded the back of her hand with boiling water from a pan",
        "t53-hand-burn",
    )
    assert _esi(out) >= 2
    assert "changed voice" not in _flags(out)


def test_neck_stab_with_bubbling_and_hoarse_voice_is_esi_1(reason: Reason) -> None:
    """trauma53: zone II stab, expanding swelling, hoarse, air bubbling from the wound
    (ATLS; EAST 2019 hard signs): the airway now, ESI 1."""
    out = _run(
        reason,
        "neck injury",
        26,
        "M",
        (118, 124, 78, 22, 97, 36.8),
        "26M stabbed in the left side of the neck, wound below the angle of the jaw"
        " through the platysma, expanding swelling, hoarse voice, bubbling from the"
        " wound",
        "t53-neck-stab",
    )
    assert _esi(out) == 1


def test_a_toddlers_unresponsive_episode_told_is_not_esi_1(reason: Reason) -> None:
    """peds53: "unresponsive episode" is an event told, the toddler breathing and
    recorded at triage (handbook Table 3-3: level 1 is unresponsive now): not ESI 1."""
    case = make_case(
        "unresponsive episode",
        age=1,
        sex="F",
        vitals={
            "heart_rate": 118,
            "respiratory_rate": 26,
            "spo2": 99,
            "temperature_c": 36.8,
        },
        case_id="t53-unresponsive-episode",
    )
    out = reason(case)
    assert _esi(out) >= 2


def test_a_faint_with_known_hypertrophic_cardiomyopathy_is_esi_2(
    reason: Reason,
) -> None:
    """cardio53: a known HCM who fainted (ESC 2018 Table 5: severe structural heart
    disease; AHA/ACC 2020 HCM): ESI 2, not 3."""
    out = _run(
        reason,
        "syncope",
        31,
        "F",
        (70, 118, 72, 14, 99, 36.7),
        "31F known hypertrophic cardiomyopathy, fainted",
        "t53-hcm-syncope",
    )
    assert _esi(out) <= 2


def test_a_faint_climbing_stairs_is_esi_2(reason: Reason) -> None:
    """cardio53: pulmonary arterial hypertension, fainted climbing stairs (ESC 2018:
    syncope during exertion): ESI 2, not 3."""
    out = _run(
        reason,
        "syncope",
        46,
        "F",
        (104, 112, 70, 22, 95, 36.8),
        "46F idiopathic pulmonary arterial hypertension, fainted climbing stairs",
        "t53-exertional-syncope",
    )
    assert _esi(out) <= 2

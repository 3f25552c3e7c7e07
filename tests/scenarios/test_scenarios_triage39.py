"""ESI v4 handbook fidelity at the low-acuity end, and burns (triage39).

Vignettes written for this file from the sources each test names, before any run and
never from rows of the shared data.

- ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012/2020 ed.): ch.3 level 1
  (Table 3-1: significant IV fluid resuscitation); ch.4 high-risk situations and new
  lethargy (level 2); ch.5 resources (Table 5-1: tetanus immunisation, simple wound
  care, PO medication and a prescription refill are not resources); ch.6 paediatrics
  (fever in the young infant; the danger zone).
- Burns: American Burn Association burn-centre referral criteria 2022 (partial
  thickness over 10 % TBSA; electrical injury); ATLS 10th ed. ch.9; ISBI 2016 practice
  guidelines (formal fluids from 15-20 % TBSA in adults, 10 % in children).
- "Painless" is the absence of pain: a pattern that needs pain to fire does not read
  it (ESVS 2020 acute limb ischaemia; NHLBI 2014 sickle cell disease).

Properties asserted: the triage level (ESI), and that a pattern's reason is absent
where the pattern must not fire.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _narrative(text: str, case_id: str) -> Case:
    """A handbook-style narrative as the complaint, its vitals read from the text."""
    return make_case(
        text,
        demographics=demographics_from_text(text).model_dump(),
        vitals=extract_vitals_report(text).vitals,
        case_id=case_id,
    )


# ---- new lethargy in a young infant (ch.3-4, ch.6) ----


def test_young_infant_much_sleepier_is_level_2(reason: Reason) -> None:
    """ESI v4 ch.3-4 and ch.6; NICE NG143 (reduced responsiveness is a red feature):
    a 6-week-old feeding poorly and "much sleepier" than usual has new lethargy, a
    level-2 situation whatever words the complaint used."""
    out = reason(
        make_case(
            "POOR FEEDING",
            sex="F",
            vitals=vitals(164, 82, 50, 42, 98, t=36.9),
            one_liner="6-week-old taking about half her usual feeds since yesterday "
            "and much sleepier",
            demographics={"age_days": 42},
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


# ---- "painless" is no pain ----


def test_painless_white_hands_in_the_cold_are_not_limb_ischaemia(
    reason: Reason,
) -> None:
    """ESVS 2020 (acute limb ischaemia: pain, pallor, pulselessness, paraesthesia,
    paralysis, a cold limb of sudden onset); NICE CKS Raynaud's phenomenon 2020:
    hands that blanch in the cold, painless and back to normal when warmed, warm and
    pink at triage, are not a threatened limb (ESI v4 ch.5: examined, no resource)."""
    out = reason(
        _narrative(
            "A 29-year-old woman says her hands go white when she is out in the "
            "cold and recover on warming, painless, for six weeks; they are warm "
            "and pink now. HR 70, BP 116/70, RR 14, SpO2 99%, T 36.7 C.",
            "t39-raynaud",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi >= 4, t.rationale
    assert "limb ischaemia" not in t.rationale


def test_a_cold_white_painful_leg_stays_level_2(reason: Reason) -> None:
    """Guard. ESVS 2020 acute limb ischaemia; ESI v4 ch.4: a sudden cold, pale,
    painful leg in atrial fibrillation is level 2."""
    out = reason(
        _narrative(
            "A 74-year-old man with atrial fibrillation has had a suddenly cold, "
            "pale and painful left leg for three hours. HR 92, BP 148/82, RR 16, "
            "SpO2 97%.",
            "t39-ali",
        )
    )
    assert _triage(out).esi <= 2


def test_painless_lump_in_sickle_cell_disease_is_not_a_pain_crisis(
    reason: Reason,
) -> None:
    """NHLBI 2014 (Yawn BP et al. JAMA 2014): the vaso-occlusive crisis is pain; ESI
    v4 ch.4 names the sickle cell crisis high risk, not every visit of a patient
    with sickle cell disease. A painless lump, afebrile and well, is no crisis."""
    out = reason(
        _narrative(
            "A 22-year-old woman with sickle cell disease has noticed a painless "
            "lump in her neck for ten days; afebrile and well. HR 76, BP 118/72, "
            "RR 14, SpO2 98%, T 36.8 C.",
            "t39-sickle-lump",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi >= 3, t.rationale
    assert "sickle cell pain crisis" not in t.rationale


def test_sickle_cell_pain_crisis_stays_level_2(reason: Reason) -> None:
    """Guard. ESI v4 ch.4; NHLBI 2014: a sickle cell pain crisis is level 2."""
    out = reason(
        _narrative(
            "A 24-year-old man with sickle cell disease has severe pain in his "
            "chest wall and thighs like his usual crises, pain 9/10. HR 102, "
            "BP 126/78, RR 18, SpO2 97%, T 37.3 C.",
            "t39-sickle-crisis",
        )
    )
    assert _triage(out).esi <= 2


# ---- burns (ABA 2022, ATLS ch.9, ISBI 2016) ----


def test_an_adult_burn_worded_as_a_30_percent_burn_is_level_1_or_2(
    reason: Reason,
) -> None:
    """ABA 2022; ATLS 10th ed. ch.9; ESI v4 Table 3-1: an adult's burn of 20 % TBSA
    or more needs formal fluid resuscitation, however the extent is worded ("a 30%
    flame burn")."""
    out = reason(
        make_case(
            "BURN",
            age=46,
            sex="M",
            vitals=vitals(110, 126, 76, 20, 97),
            one_liner="46M a 30% flame burn from a bonfire, voice normal",
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


def test_a_child_with_an_11_percent_scald_is_level_1_or_2(reason: Reason) -> None:
    """ABA 2022; ATLS 10th ed. ch.9 (children: formal fluids from 10 % TBSA): a
    2-year-old's "11% scald" is a major burn for a child."""
    out = reason(
        make_case(
            "SCALD",
            age=2,
            sex="F",
            vitals=vitals(138, 96, 58, 30, 99),
            one_liner="2-year-old pulled a cup of tea off the table: an 11% scald of "
            "the chest and shoulder",
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


def test_a_stated_high_voltage_is_an_electrical_injury(reason: Reason) -> None:
    """ABA 2018 (high voltage: 1,000 V or more); ATLS 10th ed. ch.9: deep tissue
    injury and arrhythmia behind a small skin burn: a high-risk situation (ESI v4
    ch.4), whatever words name the line ("an 11 kV cable")."""
    out = reason(
        make_case(
            "HAND BURN",
            age=37,
            sex="M",
            vitals=vitals(94, 132, 80, 16, 99),
            one_liner="37M linesman touched an 11 kV cable at work; small burn on the "
            "right palm and on the left heel",
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


def test_an_adult_12_percent_partial_thickness_burn_needs_two_resources(
    reason: Reason,
) -> None:
    """ABA 2022 (partial thickness over 10 % TBSA: burn-centre referral); ISBI 2016
    (IV analgesia, fluids considered from 15 %): two resources (ESI v4 Table 5-1),
    level 3 at least, not the minor burn's 4-5."""
    out = reason(
        _narrative(
            "A 31-year-old man has partial-thickness scalds over 12% of his body "
            "surface on his back and arms after a pan of boiling water tipped "
            "over. Pain 6/10. HR 94, BP 126/80, RR 18, SpO2 99%, T 36.8 C.",
            "t39-burn-12",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 3, t.rationale


def test_a_small_kitchen_burn_stays_low_acuity(reason: Reason) -> None:
    """Guard. ESI v4 ch.5 (simple wound care is not a resource; the minor burn is
    the handbook's level-5 example): a 1 % burn of the forearm is ESI 4-5."""
    out = reason(
        make_case(
            "BURN",
            age=27,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99),
            one_liner="27F splashed hot water on her forearm cooking, a 1% "
            "superficial burn, one small blister, pain 3/10",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi >= 4, t.rationale


# ---- Table 5-1 at levels 4-5: head bumps, tetanus, stitches out (ch.5) ----


def test_head_bump_without_an_ng232_criterion_needs_no_resource(
    reason: Reason,
) -> None:
    """NICE NG232 2023: a head bump with loss of consciousness denied and none of the
    CT criteria (vomiting, amnesia, a seizure, a deficit, skull fracture signs, an
    anticoagulant, a dangerous mechanism) needs no CT: advice and home, no resource
    (ESI v4 Table 5-1), level 5."""
    out = reason(
        _narrative(
            "A 33-year-old man stood up under a low shelf and hit his head on it "
            "twenty minutes ago; he did not lose consciousness, has not vomited, "
            "and has a small lump on the scalp. HR 72, BP 126/78, RR 14, SpO2 99%.",
            "t39-bump",
        )
    )
    assert _triage(out).esi == 5, _triage(out).rationale


def test_head_bump_on_an_anticoagulant_stays_level_2(reason: Reason) -> None:
    """Guard. NICE NG232 2023 (an anticoagulant: CT within 8 hours); ESI v4 ch.4: a
    head injury on an anticoagulant is a high-risk situation."""
    out = reason(
        _narrative(
            "A 58-year-old woman on apixaban hit her head on a cupboard door this "
            "morning; she did not lose consciousness. HR 78, BP 142/84, RR 16, "
            "SpO2 98%.",
            "t39-bump-doac",
        )
    )
    assert _triage(out).esi <= 2


def test_head_bump_with_vomiting_keeps_its_ct(reason: Reason) -> None:
    """Guard. NICE NG232 2023: more than one episode of vomiting after a head injury
    is a CT criterion: at least one resource, not level 5."""
    out = reason(
        _narrative(
            "A 27-year-old woman hit her head on a door frame; no loss of "
            "consciousness, but she has vomited twice since. HR 80, BP 120/76, "
            "RR 14, SpO2 99%.",
            "t39-bump-vomit",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 4, t.rationale


def test_headache_after_a_blow_to_the_head_is_a_head_injury(reason: Reason) -> None:
    """NICE NG232 2023; ESI v4 ch.2 (the nurse triages what the presentation is): a
    headache after a blow to the head is read as the head injury, whose criteria
    (loss of consciousness, vomiting) apply: not a primary headache's list."""
    out = reason(
        _narrative(
            "A 35-year-old man was kicked in the head during a football match, was "
            "knocked out for a minute and has vomited three times; now a headache. "
            "HR 86, BP 134/82, RR 16, SpO2 99%.",
            "t39-kick",
        )
    )
    t = _triage(out)
    assert "complaint head_injury" in t.rationale, t.rationale
    assert t.esi is not None and t.esi <= 3


def test_a_nail_puncture_asking_for_tetanus_is_level_5(reason: Reason) -> None:
    """ESI v4 Table 5-1: tetanus immunisation and simple wound care are not
    resources: a small puncture from a nail, not bleeding, walking normally, who asks
    for a tetanus booster, is level 5."""
    out = reason(
        _narrative(
            "A 41-year-old woman trod on a nail in the garden this afternoon; a "
            "small puncture in her heel, no bleeding, walking normally; she wants "
            "a tetanus jab. HR 74, BP 128/80, RR 14, SpO2 99%, T 36.7 C.",
            "t39-nail",
        )
    )
    assert _triage(out).esi == 5, _triage(out).rationale


def test_a_nail_puncture_that_is_swollen_keeps_its_resource(reason: Reason) -> None:
    """Guard. A puncture that is swollen and red two days later may hold a foreign
    body or an infection (x-ray, exploration): a resource, not level 5 (ESI v4 ch.5)."""
    out = reason(
        _narrative(
            "A 41-year-old woman trod on a nail two days ago; the heel is now "
            "swollen and red around the puncture and she wants a tetanus jab. "
            "HR 80, BP 128/80, RR 14, SpO2 99%, T 37.2 C.",
            "t39-nail-red",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 4, t.rationale


def test_stitches_to_be_taken_out_are_level_5(reason: Reason) -> None:
    """ESI v4 Table 5-1: removing sutures is simple wound care, not a resource; the
    words "needs the stitches taken out of a cut on her arm" ask for that alone."""
    out = reason(
        _narrative(
            "A 49-year-old woman needs the stitches taken out of a cut on her "
            "forearm that was closed nine days ago; the wound looks clean. HR 72, "
            "BP 132/80, RR 14, SpO2 99%, T 36.6 C.",
            "t39-stitches",
        )
    )
    assert _triage(out).esi == 5, _triage(out).rationale


# ---- the young infant (ch.6) ----


def test_a_well_young_infant_with_a_nappy_rash_is_level_5(reason: Reason) -> None:
    """ESI v4 ch.6: the young infant is held to the febrile-infant and danger-zone
    criteria; afebrile, with normal vitals for age (PALS 2020: an infant's SBP 82 is
    normal), a nappy rash is examined and treated topically: level 5."""
    out = reason(
        make_case(
            "NAPPY RASH",
            sex="F",
            vitals=vitals(146, 82, 50, 40, 99, t=36.8),
            one_liner="9-week-old with a red nappy rash for two days, feeding well",
            demographics={"age_days": 63},
        )
    )
    assert _triage(out).esi == 5, _triage(out).rationale


def test_a_febrile_seven_week_old_stays_level_2(reason: Reason) -> None:
    """Guard. ESI v4 ch.6; AAP 2021: fever of 38.0 C or more at 29-90 days is
    considered for level 2, whatever the complaint."""
    out = reason(
        make_case(
            "NAPPY RASH",
            sex="M",
            vitals=vitals(168, 84, 50, 44, 98, t=38.3),
            one_liner="7-week-old with a nappy rash and a temperature of 38.3",
            demographics={"age_days": 49},
        )
    )
    assert _triage(out).esi <= 2


def test_a_cold_young_infant_is_level_2(reason: Reason) -> None:
    """ESI v4 handbook ch.6, Table 6-3: an infant under 90 days with a temperature
    below 36.5 C is level 2 (sepsis may present with hypothermia: AAP 2021)."""
    out = reason(
        make_case(
            "NAPPY RASH",
            sex="F",
            vitals=vitals(150, 80, 50, 42, 98, t=36.1),
            one_liner="5-week-old with a nappy rash, feeling cool to touch",
            demographics={"age_days": 35},
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


# ---- gastroenteritis and a red eye at level 5 (ch.5) ----


def test_diarrhoea_and_vomiting_keeping_fluids_down_is_gastroenteritis_at_level_5(
    reason: Reason,
) -> None:
    """IDSA 2017 (Shane AL et al.: no testing for uncomplicated acute diarrhoea);
    NICE CG84 / CKS gastroenteritis (urine output is the dehydration check): an adult
    who has vomited twice, keeps fluids down and passes urine needs oral rehydration
    and a PO antiemetic: level 5 (ESI v4 Table 5-1), read as gastroenteritis, not a
    urinary complaint."""
    out = reason(
        _narrative(
            "A 34-year-old man has had diarrhoea since yesterday and vomited twice; "
            "he is keeping fluids down and passing urine normally. HR 84, "
            "BP 124/78, RR 14, SpO2 99%, T 37.3 C.",
            "t39-ge",
        )
    )
    t = _triage(out)
    assert t.esi == 5, t.rationale
    assert "urinary_symptoms" not in t.rationale


def test_vomiting_that_cannot_be_kept_down_keeps_its_resources(
    reason: Reason,
) -> None:
    """Guard. NICE CKS gastroenteritis 2023; ESI v4 ch.5: vomiting many times with
    fluids not kept down needs labs and IV fluids: level 3 or higher."""
    out = reason(
        _narrative(
            "A 34-year-old man has had diarrhoea since yesterday and has vomited "
            "eight times; he cannot keep fluids down. HR 98, BP 118/74, RR 16, "
            "SpO2 99%, T 37.4 C.",
            "t39-ge-iv",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 3, t.rationale


def test_a_red_sticky_eye_with_normal_vision_is_level_5(reason: Reason) -> None:
    """AAO Preferred Practice Pattern Conjunctivitis 2018: a red, sticky eye with
    normal vision and no pain is examined and treated topically: no resource (ESI v4
    Table 5-1), level 5."""
    out = reason(
        _narrative(
            "A 26-year-old woman's left eye has been red and sticky for two days; "
            "her vision is normal. HR 70, BP 116/72, RR 14, SpO2 99%, T 36.8 C.",
            "t39-eye",
        )
    )
    assert _triage(out).esi == 5, _triage(out).rationale


def test_a_red_eye_with_blurred_vision_keeps_its_resource(reason: Reason) -> None:
    """Guard. AAO PPP 2018 red-eye red flags (reduced vision, pain, photophobia): a
    red eye with blurred vision is not the simple red eye."""
    out = reason(
        _narrative(
            "A 26-year-old woman's left eye has been red for two days and her "
            "vision in it is blurred. HR 70, BP 116/72, RR 14, SpO2 99%, T 36.8 C.",
            "t39-eye-blur",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 4, t.rationale


def test_toothache_with_slight_gum_swelling_is_level_5(reason: Reason) -> None:
    """SDCEP 2016 (dental problems: analgesia and a dentist); ESI v4 ch.5 (dental pain
    is examined and treated orally: no resource): a toothache with a slightly
    swollen gum, the face not swollen, afebrile, is the dental complaint at level 5."""
    out = reason(
        _narrative(
            "A 40-year-old has had toothache in an upper molar for 2 days with "
            "slight gum swelling; no fever, no facial swelling. HR 76, BP 118/74, "
            "RR 14, SpO2 99%, T 36.8 C.",
            "t39-tooth",
        )
    )
    t = _triage(out)
    assert t.esi == 5, t.rationale


def test_toothache_with_a_swollen_jaw_and_trismus_is_not_level_5(
    reason: Reason,
) -> None:
    """Guard. SDCEP 2016; Ludwig's angina: a swollen jaw with trismus and fever is a
    spreading dental infection: level 3 or higher."""
    out = reason(
        _narrative(
            "A 29-year-old woman has toothache and her jaw is swollen; she cannot "
            "open her mouth fully. HR 104, BP 122/76, RR 18, SpO2 98%, T 38.4 C.",
            "t39-tooth-jaw",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 3, t.rationale


# ---- set 2: a swollen joint after a fall, a wheezy asthmatic (ch.5) ----


def test_a_wrist_swollen_after_falling_off_a_scooter_is_an_injury_not_a_hot_joint(
    reason: Reason,
) -> None:
    """ESI v4 Table 5-1 (an x-ray is one resource); EULAR 2006 septic arthritis (the
    red, hot joint without an injury): a child's wrist swollen and tender "after
    falling off a scooter" is an injury needing an x-ray, level 4, not the septic
    joint's work-up (level 3)."""
    out = reason(
        _narrative(
            "A 10-year-old girl has a swollen, tender wrist after falling off her "
            "scooter this afternoon; fingers pink, no deformity. HR 96, RR 20, "
            "T 36.8 C. Pain 4/10.",
            "t39-scooter",
        )
    )
    assert _triage(out).esi == 4, _triage(out).rationale


def test_a_hot_swollen_knee_without_injury_keeps_two_resources(
    reason: Reason,
) -> None:
    """Guard. EULAR 2006; BSR/BSAC 2006: a hot, red, swollen knee without an injury
    is septic arthritis until aspirated (labs, x-ray, aspiration): level 3."""
    out = reason(
        _narrative(
            "A 45-year-old man has a hot, red, swollen right knee since yesterday; "
            "no injury. HR 92, BP 134/82, RR 16, SpO2 98%, T 37.6 C.",
            "t39-hot-knee",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 3, t.rationale


def test_a_wheezy_asthmatic_in_full_sentences_is_a_mild_attack(
    reason: Reason,
) -> None:
    """GINA 2024 (mild exacerbation: full sentences, SpO2 >= 95 %: a short-acting
    bronchodilator); ESI v4 Table 5-1 (nebulised medication, one resource): "wheezy"
    is wheeze; level 4 with a bronchodilator ordered."""
    out = reason(
        _narrative(
            "A 25-year-old woman with asthma has been wheezy since yesterday after a "
            "cold; she is speaking in full sentences. HR 94, BP 122/76, RR 20, "
            "SpO2 97%, T 37.2 C.",
            "t39-wheezy",
        )
    )
    assert _triage(out).esi == 4, _triage(out).rationale
    assert O.ordered(out, r"salbutamol|albuterol")

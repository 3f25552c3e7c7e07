"""triage51 (session 51): triage levels from the ESI v4 handbook and CTAS/KTAS manuals.

Written from guidelines, never from rows of the shared data:

- an older adult's back, flank or abdominal pain with a shock index of 1 or more is a
  leaking abdominal aortic aneurysm until imaged (Wanhainen A et al. ESVS 2024; ATLS
  10th ed.): a high-risk situation, ESI 2 (handbook ch.4), and not forecast home;
- the CTAS 2016 / KTAS pain table: mild (< 4) acute peripheral pain is level 5, so a
  sprain or a back strain with a pain of 2-3 and no other modifier is 5 in adults and
  children (PaedsCTAS uses the same table); a wound to close, a burn or a cellulitis
  keeps its own level 4;
- CTAS grades vomiting blood by the circulation (level 2 with compromise: the card's
  own example is "vomiting blood, dizzy on sitting up"; 3 with stable vital signs):
  blood streaks in the vomit with normal vital signs are 3 on KTAS, while a bare
  "vomited blood" (volume unknown), an anticoagulated patient's bleed (the
  bleeding-disorder modifier) and a cirrhotic's (a variceal bleed, Baveno VII) stay 2;
- a fall from 3 m or more is a high-risk mechanism however the height is worded (CDC /
  ACS-COT field triage 2021);
- more than one shock from an implanted defibrillator (ESC 2022 ventricular
  arrhythmias; HRS 2015) and a near-hanging or strangulation (a suicide attempt whose
  airway, vessel and cord injuries can be hidden) are high-risk situations (ESI 2).

Properties (level bounds, flags, no discharge), not strings. Research software, not
for clinical use.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._story import esi as _esi
from tests.scenarios.conftest import Reason, make_case, vitals


def _flags(out: ReasoningOutput) -> str:
    return " | ".join(O.triage(out).red_flags).lower()


def _run(
    reason: Reason,
    cc: str,
    v: dict[str, float],
    age: int,
    sex: str,
    case_id: str,
    one_liner: str | None = None,
) -> ReasoningOutput:
    return reason(
        make_case(cc, age=age, sex=sex, vitals=v, one_liner=one_liner, case_id=case_id)
    )


# --- an older adult's back or abdominal pain in shock: a leaking aneurysm ---


def test_back_pain_at_67_with_shock_index_1_is_esi_2_and_not_home(
    reason: Reason,
) -> None:
    """67M "back pain", HR 104, BP 102/62 (shock index 1.0): a leaking AAA until
    imaged (ESVS 2024), ESI 2 (handbook ch.4 high risk), not forecast home."""
    out = _run(reason, "back pain", vitals(104, 102, 62, 18, 97), 67, "M", "t51-aaa1")
    assert _esi(out) <= 2
    assert "aneurysm" in _flags(out)
    assert out.final.disposition != "Discharge"


def test_abdominal_pain_through_to_the_back_in_shock_is_esi_2(reason: Reason) -> None:
    """72M sudden abdominal pain going through to the back, HR 112, BP 96/60."""
    out = _run(
        reason,
        "sudden abdominal pain going through to the back",
        vitals(112, 96, 60, 20, 96),
        72,
        "M",
        "t51-aaa2",
    )
    assert _esi(out) <= 2
    assert out.final.disposition != "Discharge"


def test_a_womans_flank_pain_at_69_with_shock_index_over_1_is_esi_2(
    reason: Reason,
) -> None:
    """69F left flank pain, HR 108, BP 98/62: an aneurysm presents as 'renal colic'
    (ESVS 2024); the shock index decides, not the sex."""
    out = _run(
        reason, "left flank pain", vitals(108, 98, 62, 18, 97), 69, "F", "t51-aaa3"
    )
    assert _esi(out) <= 2


def test_guard_chronic_back_pain_at_66_with_normal_vitals_is_not_esi_2(
    reason: Reason,
) -> None:
    """66F chronic low back pain, out of painkillers, HR 78 / BP 142: no shock."""
    out = _run(
        reason,
        "chronic low back pain, ran out of painkillers",
        vitals(78, 142, 84, 16, 98),
        66,
        "F",
        "t51-aaa-g1",
    )
    assert _esi(out) >= 3
    assert "aneurysm" not in _flags(out)


def test_guard_back_pain_at_45_with_shock_index_1_is_not_read_as_an_aneurysm(
    reason: Reason,
) -> None:
    """45M back pain, HR 106, BP 104: under 60 the aneurysm reason does not apply
    (ESVS 2024: rupture below 60 is rare); other criteria grade him."""
    out = _run(reason, "back pain", vitals(106, 104, 70, 18, 98), 45, "M", "t51-aaa-g2")
    assert "aneurysm" not in _flags(out)


# --- the CTAS / KTAS pain table: mild peripheral acute pain is 5 ---


def test_ktas_adults_mild_ankle_sprain_is_5(reason: Reason) -> None:
    """32M twisted ankle at football, pain 2/10, vitals normal: CTAS 2016 pain
    modifier, peripheral acute mild -> 5."""
    out = ktas_walk_in(
        reason,
        "twisted right ankle playing football, walking with a limp",
        vitals(78, 126, 78, 14, 99),
        age=32,
        pain=2,
        case_id="t51-sprain",
    )
    assert out.final.site_level == 5


def test_ktas_childs_mild_ankle_sprain_is_5(reason: Reason) -> None:
    """9F twisted ankle at school, pain 2/10: PaedsCTAS uses the same pain table."""
    out = ktas_walk_in(
        reason,
        "twisted ankle at school, sore to walk",
        {"heart_rate": 92, "systolic_bp": 104, "diastolic_bp": 62},
        age=9,
        pain=2,
        case_id="t51-sprain-child",
    )
    assert out.final.site_level == 5


def test_ktas_mild_back_strain_is_5(reason: Reason) -> None:
    """38M low back pain after lifting, pain 3/10: peripheral (axial skeleton) mild."""
    out = ktas_walk_in(
        reason,
        "low back pain after lifting boxes yesterday",
        vitals(80, 128, 82, 16, 98),
        age=38,
        pain=3,
        case_id="t51-back",
    )
    assert out.final.site_level == 5


def test_guard_ktas_moderate_wrist_pain_stays_4(reason: Reason) -> None:
    """40F fall on the outstretched hand, pain 6/10: peripheral moderate -> 4."""
    out = ktas_walk_in(
        reason,
        "fell on outstretched hand, wrist painful and swollen",
        vitals(84, 130, 80, 16, 98),
        age=40,
        pain=6,
        case_id="t51-wrist",
    )
    assert out.final.site_level == 4


def test_guard_ktas_cut_needing_stitches_stays_4(reason: Reason) -> None:
    """29F knife cut of a finger needing stitches, pain 2/10: the wound's closure
    keeps level 4 (CTAS level-4 example: laceration requiring closure)."""
    out = ktas_walk_in(
        reason,
        "cut finger on kitchen knife, bleeding controlled, needs stitches",
        vitals(80, 120, 76, 14, 99),
        age=29,
        pain=2,
        case_id="t51-cut",
    )
    assert out.final.site_level == 4


def test_guard_ktas_childs_deformed_forearm_is_3_or_more_urgent(
    reason: Reason,
) -> None:
    """8M fell off his bike, forearm deformed, pain 8/10: severe peripheral -> 3."""
    out = ktas_walk_in(
        reason,
        "fell off bike, left forearm deformed",
        {"heart_rate": 110, "systolic_bp": 100, "diastolic_bp": 60},
        age=8,
        pain=8,
        case_id="t51-forearm",
    )
    assert out.final.site_level <= 3


# --- GI bleeding on the CTAS / KTAS scale ---


def test_ktas_streaks_of_blood_in_vomit_with_stable_vitals_is_3(
    reason: Reason,
) -> None:
    """27F streaks of blood in the vomit after retching all night, HR 84, BP 118:
    CTAS grades vomiting blood by the circulation: stable -> 3."""
    out = ktas_walk_in(
        reason,
        "streaks of blood in vomit after retching all night",
        vitals(84, 118, 74, 16, 99),
        age=27,
        pain=3,
        case_id="t51-mw",
    )
    assert out.final.site_level == 3


def test_guard_ktas_vomiting_blood_dizzy_on_sitting_up_is_2(reason: Reason) -> None:
    """The CTAS card's own level-2 example (postural symptoms = compromise)."""
    out = ktas_walk_in(
        reason,
        "vomiting blood, dizzy on sitting up",
        vitals(104, 108, 70, 18, 97),
        age=62,
        case_id="t51-gi-postural",
    )
    assert out.final.site_level <= 2


def test_guard_ktas_bare_vomited_blood_stays_2(reason: Reason) -> None:
    """58M vomited bright red blood twice: volume unknown, the more urgent level."""
    out = ktas_walk_in(
        reason,
        "vomited bright red blood twice this morning",
        vitals(88, 132, 80, 16, 98),
        age=58,
        case_id="t51-gi-bare",
    )
    assert out.final.site_level <= 2


def test_guard_ktas_streaks_on_warfarin_stay_2(reason: Reason) -> None:
    """CTAS bleeding-disorder modifier: a GI bleed on an anticoagulant is 2."""
    out = ktas_walk_in(
        reason,
        "streaks of blood in vomit, on warfarin",
        vitals(84, 130, 74, 16, 98),
        age=71,
        case_id="t51-gi-warfarin",
    )
    assert out.final.site_level <= 2


def test_guard_ktas_streaks_with_cirrhosis_stay_2(reason: Reason) -> None:
    """A cirrhotic's haematemesis is variceal until endoscopy (Baveno VII 2022)."""
    out = ktas_walk_in(
        reason,
        "streaks of blood in vomit, known cirrhosis",
        vitals(88, 118, 70, 16, 98),
        age=59,
        case_id="t51-gi-cirrhosis",
    )
    assert out.final.site_level <= 2


# --- a fall from 3 m or more, however worded ---


def test_fall_from_a_ladder_3_metres_is_esi_2(reason: Reason) -> None:
    """52M fell from a ladder 3 metres, back pain: field triage 2021 (> 10 ft)."""
    out = _run(
        reason,
        "fell from a ladder 3 metres, back pain",
        vitals(92, 142, 86, 18, 97),
        52,
        "M",
        "t51-ladder",
    )
    assert _esi(out) <= 2
    assert "high-risk trauma mechanism" in _flags(out)


def test_fall_off_the_roof_about_12_feet_is_esi_2(reason: Reason) -> None:
    """45M fell off the roof, about 12 feet, hip pain."""
    out = _run(
        reason,
        "fell off the roof, about 12 feet, hip pain",
        vitals(88, 130, 80, 16, 98),
        45,
        "M",
        "t51-roof",
    )
    assert _esi(out) <= 2


def test_guard_a_distance_is_no_height(reason: Reason) -> None:
    """80F fell from standing, 3 metres from the door: a ground-level fall."""
    out = _run(
        reason,
        "fell from standing, 3 metres from the door",
        vitals(78, 130, 80, 16, 98),
        80,
        "F",
        "t51-standing",
    )
    assert "high-risk trauma mechanism" not in _flags(out)


def test_guard_a_fall_off_a_chair_is_no_high_risk_mechanism(reason: Reason) -> None:
    """45F fell off a chair, 1 m, bruised knee."""
    out = _run(
        reason,
        "fell off a chair, 1 m, bruised knee",
        vitals(78, 130, 80, 16, 98),
        45,
        "F",
        "t51-chair",
    )
    assert "high-risk trauma mechanism" not in _flags(out)


# --- repeated ICD shocks; near-hanging and strangulation ---


def test_three_icd_shocks_in_an_hour_is_esi_2(reason: Reason) -> None:
    """58M 'ICD, three shocks in the last hour' (one-liner), HR 96: more than one
    shock needs emergency evaluation (HRS 2015; ESC 2022 electrical storm)."""
    out = _run(
        reason,
        "palpitations",
        vitals(96, 124, 78, 18, 97),
        58,
        "M",
        "t51-icd",
        one_liner="58M ICD, three shocks in the last hour",
    )
    assert _esi(out) <= 2
    assert "defibrillator" in _flags(out)
    assert out.final.disposition != "Discharge"


def test_device_named_in_another_sentence_counts(reason: Reason) -> None:
    """The device and the shocks in separate sentences."""
    out = _run(
        reason,
        "shocks",
        vitals(96, 124, 78, 18, 97),
        58,
        "M",
        "t51-icd2",
        one_liner="58M with an implantable defibrillator. Three shocks in the last"
        " hour",
    )
    assert _esi(out) <= 2


def test_guard_two_shocks_from_an_electric_fence_are_no_icd_storm(
    reason: Reason,
) -> None:
    """No implanted device: the ICD reason does not apply."""
    out = _run(
        reason,
        "tingling in the hand after two shocks from an electric fence",
        vitals(80, 124, 78, 16, 98),
        40,
        "M",
        "t51-fence",
    )
    assert "defibrillator" not in _flags(out)


def test_near_hanging_with_brief_unconsciousness_is_esi_2_not_home(
    reason: Reason,
) -> None:
    """24M found hanging by his partner, cut down, brief unconsciousness, now awake,
    HR 104: a suicide attempt with possible airway, vascular and cord injury."""
    out = _run(
        reason,
        "neck pain",
        vitals(104, 128, 76, 18, 98),
        24,
        "M",
        "t51-hanging",
        one_liner="found hanging by his partner, cut down, brief unconsciousness,"
        " now awake",
    )
    assert _esi(out) <= 2
    assert out.final.disposition != "Discharge"


def test_strangled_by_a_partner_is_esi_2(reason: Reason) -> None:
    """33F strangled by her partner last night, hoarse voice: non-fatal
    strangulation (laryngeal and carotid injury) is high risk."""
    out = _run(
        reason,
        "strangled by her partner last night, hoarse voice",
        vitals(90, 124, 76, 16, 99),
        33,
        "F",
        "t51-strangled",
    )
    assert _esi(out) <= 2


def test_guard_hanging_out_and_a_strangulated_hernia_are_not_near_hanging(
    reason: Reason,
) -> None:
    """'Hanging out with friends' and 'strangulated hernia' are no strangulation."""
    out = _run(
        reason,
        "was hanging out with friends, fell and hurt wrist",
        vitals(80, 120, 70, 16, 99),
        17,
        "M",
        "t51-hangout",
    )
    assert "hanging" not in _flags(out)
    out = _run(
        reason,
        "strangulated hernia, groin lump painful",
        vitals(96, 130, 80, 18, 97),
        70,
        "M",
        "t51-hernia",
    )
    assert "near-hanging" not in _flags(out)


# --- an antithyroid drug stopped weeks ago is no immunocompromise ---


def test_guard_carbimazole_stopped_two_months_ago_is_no_immunocompromise(
    reason: Reason,
) -> None:
    """41F Graves', stopped carbimazole 2 months ago, fever 39.4, HR 148: thyroid
    storm is graded by its own danger (ESI 2) but the neutrophils have recovered
    (Vicente 2017), so no immunocompromise reason."""
    out = _run(
        reason,
        "fever and palpitations",
        vitals(148, 150, 70, 24, 97, 39.4),
        41,
        "F",
        "t51-graves",
        one_liner="41F Graves' disease, stopped carbimazole 2 months ago, fever,"
        " agitated",
    )
    assert _esi(out) <= 2
    assert "immunocompromis" not in _flags(out)


def test_guard_sore_throat_and_fever_on_carbimazole_is_esi_2(reason: Reason) -> None:
    """50F on carbimazole with sore throat and fever: agranulocytosis until the
    neutrophil count (MHRA 2019): high risk."""
    out = _run(
        reason,
        "sore throat and fever",
        vitals(104, 128, 74, 18, 98, 38.6),
        50,
        "F",
        "t51-carbimazole",
        one_liner="50F on carbimazole for Graves', sore throat and fever",
    )
    assert _esi(out) <= 2


# --- requests from other helpers (session 51) ---


def test_named_pyelonephritis_in_a_well_young_woman_is_not_esi_2(
    reason: Reason,
) -> None:
    """27F pyelonephritis (a referral's diagnosis), drinking well, T 38.3, HR 98:
    the urinary source is named, so the flank pain's fever is the uncomplicated
    picture (EAU 2024; IDSA 2011): labs, urine, antibiotics, ESI 3 (ch.5)."""
    out = _run(
        reason,
        "right flank pain and fever",
        vitals(98, 124, 76, 16, 99, 38.3),
        27,
        "F",
        "t51-pyelo",
        one_liner="27F pyelonephritis, drinking well",
    )
    assert _esi(out) == 3


def test_bleeding_gums_with_platelets_22_and_blasts_is_esi_2(reason: Reason) -> None:
    """24M new bruising and bleeding gums, WCC 48 with blasts, platelets 22,
    fibrinogen 1.1 (one-liner): an acute leukaemia with bleeding (ELN 2019 APL)."""
    out = _run(
        reason,
        "bruising",
        vitals(112, 122, 70, 18, 98, 37.2),
        24,
        "M",
        "t51-blasts",
        one_liner="24M new bruising and bleeding gums; WCC 48 with blasts, platelets"
        " 22, fibrinogen 1.1",
    )
    assert _esi(out) <= 2
    assert out.final.disposition != "Discharge"


def test_guard_bruising_with_platelets_110_is_not_high_risk(reason: Reason) -> None:
    """Platelets 110 without bleeding: no marrow-failure reason."""
    out = _run(
        reason,
        "bruising",
        vitals(88, 122, 70, 16, 99),
        30,
        "F",
        "t51-plt110",
        one_liner="30F easy bruising, platelets 110",
    )
    assert "platelets below" not in _flags(out)


def test_an_anal_fissures_tearing_pain_is_no_dissection(reason: Reason) -> None:
    """29F sharp tearing pain on opening bowels, normal vitals: a fissure (NICE CKS
    2023), not the AHA/ACC 2022 dissection pain."""
    out = _run(
        reason,
        "sharp tearing pain on opening bowels",
        vitals(78, 118, 72, 14, 99),
        29,
        "F",
        "t51-fissure",
    )
    assert "dissection" not in _flags(out)
    assert _esi(out) >= 3


def test_guard_ripping_interscapular_pain_stays_a_dissection(reason: Reason) -> None:
    """64M ripping pain between the shoulder blades, constipated for days: the
    bowel words elsewhere in the text do not spare the dissection pain."""
    out = _run(
        reason,
        "ripping pain between shoulder blades, constipated for days",
        vitals(96, 170, 90, 18, 97),
        64,
        "M",
        "t51-ripping",
    )
    assert _esi(out) <= 2


def test_a_well_adults_perianal_abscess_fever_is_not_esi_2(reason: Reason) -> None:
    """38M perianal abscess, T 38.1, HR 98: drained (ASCRS 2022), graded by its
    resources (ESI v4 ch.5), not held at 2 by the fever."""
    out = _run(
        reason,
        "perianal pain and swelling",
        vitals(98, 128, 80, 16, 99, 38.1),
        38,
        "M",
        "t51-perianal",
        one_liner="38M perianal abscess, fever 38.1",
    )
    assert _esi(out) >= 3


def test_guard_a_diabetics_febrile_perianal_abscess_stays_esi_2(
    reason: Reason,
) -> None:
    """52M type 2 diabetes, febrile perianal abscess: Fournier gangrene's risk."""
    out = _run(
        reason,
        "perianal abscess, diabetic",
        vitals(98, 128, 80, 16, 99, 38.1),
        52,
        "M",
        "t51-perianal-dm",
        one_liner="52M type 2 diabetes, perianal abscess, fever",
    )
    assert _esi(out) <= 2


def test_an_apnoea_told_as_over_is_decision_point_b_not_level_1(
    reason: Reason,
) -> None:
    """8-week-old with bronchiolitis, one apnoea at home this morning lasting 15
    seconds, breathing now (RR 56): ESI Table 3-3 level 1 needs apnoea now; the
    episode is a high-risk history (NICE NG9 1.3.3): ESI 2."""
    out = reason(
        make_case(
            "apnoea",
            age=0,
            sex="F",
            vitals={
                "heart_rate": 160,
                "respiratory_rate": 56,
                "spo2": 93,
                "temperature_c": 37.4,
            },
            one_liner="8-week-old with bronchiolitis, one apnoea at home this morning"
            " lasting 15 seconds, breathing now",
            case_id="t51-apnoea",
        )
    )
    assert _esi(out) == 2

"""KTAS session 35: a complaint the knowledge base has no card for; heaviness in the
chest.

A complaint with no card: CTAS applies its first-order modifiers (respiratory
distress, haemodynamics, consciousness, temperature, pain, bleeding disorder,
mechanism) to every presenting complaint (Bullard MJ et al. Revisions to the CTAS
guidelines 2016. CJEM 2017;19(S2):S18-S27); with no modifier an acute complaint is
CTAS 4 (less urgent). ESI v4 handbook ch.5: the nurse predicts resources from the
presentation, so a physician's referral for a work-up predicts two resources (3).
Older adults present serious illness non-specifically (British Geriatrics Society
Silver Book II, 2021; ACEP/AGS/ENA Geriatric ED guidelines 2014): what cannot be
named is worked up. ESI's life-threat and high-risk criteria are read whatever the
complaint.

Heaviness in the chest: Gulati M et al. 2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR chest
pain guideline (Circulation 2021;144:e368): pressure, tightness, squeezing,
heaviness or burning are anginal descriptors; an ECG within 10 minutes and a
troponin. ESI v4 handbook ch.4: chest pain suggestive of ACS is high risk (2).

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds, order classes), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._orders import ordered, proposes
from tests.scenarios.conftest import Reason, vitals

NORMAL = vitals(78, 128, 76, 16, 98)

# --- a complaint with no card, graded by the first-order modifiers ---


def test_a_tremor_with_normal_vitals_is_less_urgent(reason: Reason) -> None:
    """A 44-year-old with a tremor of the hands for a week, vitals normal: no
    first-order modifier applies, so the card's level for an acute complaint is 4
    (CTAS 2016), not 3 for want of a complaint card."""
    out = ktas_walk_in(reason, "tremor", NORMAL, age=44, case_id="ktas35-tremor")
    assert out.final.site_level == 4


def test_a_stoma_problem_with_normal_vitals_is_less_urgent(reason: Reason) -> None:
    """A 52-year-old whose stoma bag keeps leaking, well, vitals normal: 4."""
    out = ktas_walk_in(reason, "stoma problem", NORMAL, age=52, case_id="ktas35-stoma")
    assert out.final.site_level == 4


def test_a_tremor_with_a_rate_of_126_still_rises(reason: Reason) -> None:
    """Guard: the same tremor at HR 126 (thyrotoxicosis, withdrawal): unexplained
    tachycardia is haemodynamic compromise on the card, 2."""
    out = ktas_walk_in(
        reason,
        "tremor",
        vitals(126, 138, 80, 18, 98),
        age=44,
        case_id="ktas35-tremor-tachy",
    )
    assert out.final.site_level <= 2


def test_an_unnamed_complaint_with_hypotension_still_rises(reason: Reason) -> None:
    """Guard: a stoma problem at SBP 84 and HR 112: shock until shown otherwise
    (CTAS haemodynamic modifier; ESI danger zone), <= 2."""
    out = ktas_walk_in(
        reason,
        "stoma problem",
        vitals(112, 84, 50, 20, 97),
        age=52,
        case_id="ktas35-stoma-shock",
    )
    assert out.final.site_level <= 2


def test_an_unnamed_complaint_with_a_new_weak_arm_still_rises(reason: Reason) -> None:
    """Guard: a tremor with a left arm that cannot be lifted since this morning: a
    new focal deficit, stroke until imaged (ESI B; CTAS 2), <= 2."""
    out = ktas_walk_in(
        reason,
        "tremor, cannot lift left arm since this morning",
        vitals(84, 172, 94, 16, 97),
        age=58,
        case_id="ktas35-tremor-arm",
    )
    assert out.final.site_level <= 2


def test_an_older_adults_unnamed_complaint_is_still_worked_up(reason: Reason) -> None:
    """Guard: an 83-year-old from a care home with a tremor, vitals normal: a frail
    older adult is not triaged below 3 (CTAS 2016 frailty modifier, Bullard 2017;
    ktas36: frailty, not age alone, is the modifier)."""
    out = ktas_walk_in(
        reason,
        "tremor, lives in a care home",
        NORMAL,
        age=83,
        case_id="ktas35-tremor-83",
    )
    assert out.final.site_level <= 3


def test_a_referral_for_a_work_up_is_not_below_3(reason: Reason) -> None:
    """Guard: a 48-year-old sent in by her GP with a stoma problem for a work-up:
    the referral predicts a work-up (ESI v4 ch.5: two resources), 3."""
    out = ktas_walk_in(
        reason,
        "stoma problem, sent in by her GP",
        NORMAL,
        age=48,
        case_id="ktas35-stoma-gp",
    )
    assert out.final.site_level <= 3


# --- heaviness in the chest is an anginal word ---


def test_a_heavy_feeling_in_the_chest_on_walking_is_high_risk(reason: Reason) -> None:
    """A 61-year-old with a heavy feeling in his chest when he walks: exertional
    heaviness is angina until shown otherwise (AHA/ACC 2021): ESI 2, KTAS <= 2, an
    ECG and a troponin."""
    out = ktas_walk_in(
        reason,
        "heavy feeling in chest when walking",
        vitals(82, 152, 88, 16, 97),
        age=61,
        case_id="ktas35-heavy-chest",
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.site_level <= 2
    assert ordered(out, "ecg") and ordered(out, "troponin")


def test_a_chest_that_feels_heavy_is_high_risk(reason: Reason) -> None:
    """A 57-year-old woman whose chest has felt heavy since this morning: ESI 2, an
    ECG (AHA/ACC 2021)."""
    out = ktas_walk_in(
        reason,
        "chest feels heavy since this morning",
        vitals(88, 146, 84, 18, 97),
        age=57,
        case_id="ktas35-chest-heavy",
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert ordered(out, "ecg")


def test_heavy_legs_are_not_chest_pain(reason: Reason) -> None:
    """Guard: heaviness named in the legs, not the chest, is no anginal symptom:
    no ACS work-up ordered for it."""
    out = ktas_walk_in(
        reason,
        "legs feel heavy after a long walk",
        NORMAL,
        age=45,
        case_id="ktas35-heavy-legs",
    )
    assert not ordered(out, "troponin")


# --- shaking hands are a tremor, not a seizure ---


def test_shaking_hands_are_not_worked_up_as_a_seizure(reason: Reason) -> None:
    """A 47-year-old whose hands have shaken for two weeks: CEDIS 'tremor', not a
    seizure (MDS consensus on tremor, Bhatia KP et al. Mov Disord 2018): no
    antiepileptic level and no convulsion diagnosis."""
    out = ktas_walk_in(
        reason,
        "shaking of both hands",
        vitals(96, 134, 80, 16, 98),
        age=47,
        case_id="ktas35-shaking-hands",
    )
    assert not ordered(out, "antiepileptic", "levetiracetam", "lorazepam")
    assert not proposes(out, "convulsion", "seizure", "epilep")


def test_shaking_and_jerking_of_the_body_is_still_a_seizure(reason: Reason) -> None:
    """Guard: shaking and jerking with a bitten tongue is a convulsion (seizure
    complaint: a glucose check at least, ACEP seizure policy 2014)."""
    out = ktas_walk_in(
        reason,
        "shaking and jerking",
        vitals(104, 142, 84, 18, 97),
        age=35,
        case_id="ktas35-jerking",
        one_liner="shaking and jerking of all four limbs, bit her tongue",
    )
    assert proposes(out, "convulsion", "seizure", "epilep")
    assert ordered(out, "glucose")

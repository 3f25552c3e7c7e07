"""KTAS session 36: frailty, not age alone, raises an older adult's level; a tremor
is a complaint with a work-up.

CTAS 2016 (Bullard MJ et al. Revisions to the CTAS guidelines 2016. CJEM
2017;19(S2):S18-S27) added frailty to the scale: a frail older adult (Clinical
Frailty Scale >= 5: dependent for personal or instrumental activities of daily
living, living in a care home, bed- or chair-bound; Rockwood K et al. CMAJ
2005;173:489) whose complaint would be CTAS 4 or 5 is triaged 3, since frail
patients deteriorate while they wait (Bullard MJ, Melady D, Emond M et al. Guidance
when applying the CTAS to the geriatric patient. CJEM 2017). The modifier is the
frailty, not the age: an independent 84-year-old with a small cut is graded as a
younger adult is (4). An older adult's acute loss of function ("gone off her legs")
is a non-specific presentation of illness (BGS Silver Book II 2021) and is still
worked up (3). The frailty modifier only raises: the first-order modifiers (SpO2 <
90: 1; unexplained tachycardia: 2) still bind.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._orders import ordered, proposes
from tests.scenarios.conftest import Reason, vitals

NORMAL = vitals(78, 138, 76, 16, 97)

# --- frailty raises a 4 or a 5 to 3 ---


def test_a_bedbound_care_home_residents_small_cut_is_level_3(reason: Reason) -> None:
    """An 86-year-old bed-bound care-home resident with a small cut on the hand, pain
    3/10, vitals normal: a frail older adult (CFS >= 5) is not below 3 (CTAS 2016)."""
    out = ktas_walk_in(
        reason,
        "small cut on left hand, nursing home resident, bedbound",
        NORMAL,
        age=86,
        pain=3,
        case_id="ktas36-frail-cut",
    )
    assert out.final.site_level <= 3


def test_a_frail_man_who_ran_out_of_his_tablets_is_level_3(reason: Reason) -> None:
    """A frail 79-year-old who has run out of his tablets: a refill is 5 for a well
    adult, a frail older adult's visit is 3 (CTAS 2016 frailty modifier)."""
    out = ktas_walk_in(
        reason,
        "frail elderly man, ran out of his tablets",
        vitals(70, 146, 82, 16, 97),
        age=79,
        case_id="ktas36-frail-refill",
    )
    assert out.final.site_level <= 3


def test_a_dependent_older_adults_hiccups_are_level_3(reason: Reason) -> None:
    """An 83-year-old who needs help with dressing and washing, hiccups for a day:
    dependence for personal care is CFS >= 5, so not below 3."""
    out = ktas_walk_in(
        reason,
        "hiccups for a day, needs help with dressing and washing",
        vitals(74, 140, 80, 16, 97),
        age=83,
        case_id="ktas36-frail-hiccups",
    )
    assert out.final.site_level <= 3


# --- age alone is not the modifier ---


def test_an_independent_80_year_olds_unnamed_complaint_is_level_4(
    reason: Reason,
) -> None:
    """An 80-year-old who wants a repeat prescription of his statin, well, vitals
    normal: age alone is no CTAS modifier; with none, an acute complaint is 4 (and
    a non-resource request 5), not 3."""
    out = ktas_walk_in(
        reason,
        "needs a repeat prescription of his statin",
        vitals(70, 146, 82, 16, 97),
        age=80,
        case_id="ktas36-old-refill",
    )
    assert out.final.site_level >= 4


def test_an_independent_84_year_olds_small_cut_stays_4(reason: Reason) -> None:
    """Guard: an 84-year-old who lives alone independently with the same small cut:
    no frailty stated, so 4 as for a younger adult (the modifier is not the age)."""
    out = ktas_walk_in(
        reason,
        "small cut on left hand, lives alone independently",
        NORMAL,
        age=84,
        pain=3,
        case_id="ktas36-independent-cut",
    )
    assert out.final.site_level == 4


def test_a_younger_wheelchair_users_small_cut_stays_4(reason: Reason) -> None:
    """Guard: a 34-year-old wheelchair user with a small cut: the Clinical Frailty
    Scale grades older adults (Rockwood 2005); 4."""
    out = ktas_walk_in(
        reason,
        "small cut on left hand, wheelchair user",
        NORMAL,
        age=34,
        pain=3,
        case_id="ktas36-young-wheelchair",
    )
    assert out.final.site_level == 4


def test_an_older_adult_gone_off_her_legs_is_still_worked_up(reason: Reason) -> None:
    """Guard: an 86-year-old gone off her legs since yesterday, vitals normal: an
    acute loss of function presents serious illness (BGS Silver Book II), 3."""
    out = ktas_walk_in(
        reason,
        "gone off her legs since yesterday",
        vitals(84, 134, 76, 18, 96),
        age=86,
        case_id="ktas36-off-legs",
    )
    assert out.final.site_level <= 3


# --- KTAS 1-2 stay 1-2: frailty never lowers ---


def test_a_frail_adult_with_spo2_89_stays_level_1(reason: Reason) -> None:
    """Guard: a frail 78-year-old from a nursing home, breathless, SpO2 89: severe
    respiratory distress on the card is 1 whatever the frailty."""
    out = ktas_walk_in(
        reason,
        "breathless, frail, nursing home",
        vitals(104, 128, 70, 26, 89),
        age=78,
        case_id="ktas36-frail-hypoxic",
    )
    assert out.final.site_level == 1


def test_a_frail_adult_with_a_rate_of_128_stays_level_2(reason: Reason) -> None:
    """Guard: a bed-bound 88-year-old with hiccups and HR 128: unexplained
    tachycardia is haemodynamic compromise (2), not lowered to the frailty's 3."""
    out = ktas_walk_in(
        reason,
        "hiccups, bedbound",
        vitals(128, 126, 74, 18, 96),
        age=88,
        case_id="ktas36-frail-tachy",
    )
    assert out.final.site_level <= 2


# --- a tremor is a complaint with a work-up (CEDIS 'tremor') ---
#
# Bhatia KP et al. Consensus statement on the classification of tremors (MDS). Mov
# Disord 2018;33:75; Crawford P, Zimmerman EE. Am Fam Physician 2018;97:180: a new or
# enhanced physiological tremor is worked up for its treatable causes first
# (hypoglycaemia, thyrotoxicosis, drugs, alcohol withdrawal): a glucose, a TSH, a
# medication review; with a tachycardia an ECG (atrial fibrillation of thyrotoxicosis:
# Ross DS et al. ATA 2016). A tremor is not a convulsion.


def test_a_new_hand_tremor_gets_a_glucose_and_a_tsh(reason: Reason) -> None:
    """A 44-year-old with a tremor of both hands for a week, vitals normal: a glucose
    and a TSH, no antiepileptic; KTAS 4 (no first-order modifier)."""
    out = ktas_walk_in(
        reason,
        "tremor of both hands for a week",
        vitals(84, 128, 78, 16, 98),
        age=44,
        case_id="ktas36-tremor",
    )
    assert ordered(out, "glucose")
    assert ordered(out, "tsh")
    assert not ordered(out, "levetiracetam", "lorazepam", "antiepileptic")
    assert not proposes(out, "convulsion", "seizure", "epilep")
    assert out.final.site_level == 4


def test_a_tremor_at_a_rate_of_128_gets_an_ecg_and_stays_level_2(
    reason: Reason,
) -> None:
    """A 46-year-old with shaky hands and sweating at HR 128: an ECG and a TSH;
    unexplained tachycardia is compromise on the card (KTAS <= 2) and ESI's danger
    zone (ESI <= 2): the tremor's resources are labs with IV treatment, two."""
    out = ktas_walk_in(
        reason,
        "shaky hands and sweating",
        vitals(128, 146, 84, 18, 98),
        age=46,
        case_id="ktas36-tremor-tachy",
    )
    assert ordered(out, "ecg")
    assert ordered(out, "tsh")
    assert out.final.site_level <= 2 and out.final.esi <= 2


def test_a_tremor_after_stopping_drinking_is_still_withdrawal(reason: Reason) -> None:
    """Guard: a tremor two days after stopping heavy drinking: alcohol withdrawal is
    scored (CIWA-Ar) and treated (ASAM 2020), not a benign tremor."""
    out = ktas_walk_in(
        reason,
        "tremor, stopped drinking 2 days ago, anxious",
        vitals(118, 152, 92, 18, 98),
        age=52,
        case_id="ktas36-tremor-etoh",
    )
    assert ordered(out, "ciwa")
    assert proposes(out, "withdrawal")

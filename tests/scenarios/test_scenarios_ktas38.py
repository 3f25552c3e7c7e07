"""KTAS session 38: the first-order modifiers read as the CTAS 2016 card states them:
signs of borderline perfusion, the patient's usual pain, a repeat prescription.

The CTAS adult first-order haemodynamic modifier (CTAS National Working Group,
participant manual 2016; Bullard MJ et al. Revisions to the CTAS guidelines 2016.
CJEM 2017;19(S2):S18-S27; KTAS: Park J, Lim T. J Korean Soc Emerg Med
2017;28:547) grades "evidence of borderline perfusion: pale, history of
diaphoresis, unexplained tachycardia, postural hypotension or suspected hypotension"
as haemodynamic compromise, level 2, whatever the numbers: a pale, sweaty patient
with a normal heart rate is not a level-3 dizziness, nor is light-headedness on
standing after a day of vomiting. Sweating that is a febrile
patient's heat loss, or a menopausal hot flush, is not that sign.

The pain modifier grades chronic pain (a known pain syndrome, the pain as usual) one
level less urgent than acute pain of the same severity and site: a migraine like the
patient's usual migraines at 6/10 is 4, not 3; a headache "not like" or "worse than"
the usual is an acute change and keeps its level.

A request for a repeat prescription is the CEDIS medication-request complaint, a
non-urgent visit needing no resource (CTAS 5; ESI v4 handbook: prescription refill
is ESI 5). A complaint is matched to the CEDIS list by what it states: "new
confusion, normally sharp" is a confusion, not a sharps injury (an occupational
exposure is a percutaneous injury or a mucosal or broken-skin contact with blood or
body fluid: Kuhar DT et al. USPHS 2013).

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._orders import ordered
from tests.scenarios.conftest import Reason, vitals

NORMAL = vitals(82, 126, 76, 16, 98)

# --- borderline perfusion is compromise (2) ---


def test_a_pale_sweaty_dizzy_man_with_normal_vitals_is_level_2(
    reason: Reason,
) -> None:
    """A 63-year-old, dizzy, pale and sweaty, HR 96, BP 118/70: pallor and
    diaphoresis are the card's borderline perfusion, haemodynamic compromise (2)."""
    out = ktas_walk_in(
        reason,
        "dizzy, pale and sweaty",
        vitals(96, 118, 70, 18, 97),
        age=63,
        case_id="ktas38-pale-sweaty",
    )
    assert out.final.site_level <= 2


def test_palpitations_with_clammy_skin_are_level_2(reason: Reason) -> None:
    """A 55-year-old with palpitations, skin cool and clammy, HR 94: signs of
    hypoperfusion at the skin are compromise on the CTAS card (2)."""
    out = ktas_walk_in(
        reason,
        "palpitations, skin cool and clammy",
        vitals(94, 122, 78, 18, 97),
        age=55,
        case_id="ktas38-clammy-palpitations",
    )
    assert out.final.site_level <= 2


def test_a_weak_sweaty_woman_without_fever_is_level_2(reason: Reason) -> None:
    """A 70-year-old feeling weak and sweaty, afebrile, HR 88: a history of
    diaphoresis without a fever is borderline perfusion (CTAS card: 2)."""
    out = ktas_walk_in(
        reason,
        "feeling weak and sweaty this morning",
        vitals(88, 132, 78, 18, 97),
        age=70,
        case_id="ktas38-weak-sweaty",
    )
    assert out.final.site_level <= 2


def test_light_headedness_on_standing_with_vomiting_is_level_2(
    reason: Reason,
) -> None:
    """A 44-year-old vomiting since yesterday, light-headed on standing, HR 92, BP
    124/78: postural hypotension by history is compromise on the card (2; its
    example "vomiting blood, dizzy on sitting up"; McGee S et al. JAMA 1999)."""
    out = ktas_walk_in(
        reason,
        "vomiting since yesterday, light-headed on standing",
        vitals(92, 124, 78, 18, 98),
        age=44,
        case_id="ktas38-postural",
    )
    assert out.final.site_level <= 2


def test_vertigo_on_rolling_over_in_bed_is_not_postural(reason: Reason) -> None:
    """Guard: a 61-year-old with brief vertigo when rolling over in bed, vitals
    normal: positional vertigo (BPPV) is no postural hypotension: not 2 (the
    dizziness card's 3)."""
    out = ktas_walk_in(
        reason,
        "brief vertigo when rolling over in bed",
        NORMAL,
        age=61,
        case_id="ktas38-bppv",
    )
    assert out.final.site_level >= 3


def test_sweating_with_a_fever_is_graded_by_the_temperature(reason: Reason) -> None:
    """Guard: a 31-year-old with fever 38.4 and sweats, HR 84, RR 16, well: the
    sweating is heat loss; fever appearing well is 4 (card temperature modifier)."""
    out = ktas_walk_in(
        reason,
        "fever and sweating since last night",
        vitals(84, 122, 74, 16, 99, t=38.4),
        age=31,
        case_id="ktas38-febrile-sweats",
    )
    assert out.final.site_level >= 4


def test_hot_flushes_with_sweating_are_no_compromise(reason: Reason) -> None:
    """Guard: a 52-year-old with hot flushes and sweating, vitals normal: menopausal
    vasomotor symptoms (NICE NG23) are not borderline perfusion: not 2."""
    out = ktas_walk_in(
        reason,
        "hot flushes and sweating for weeks",
        NORMAL,
        age=52,
        case_id="ktas38-hot-flushes",
    )
    assert out.final.site_level >= 3


# --- the patient's usual pain is chronic pain (one level less) ---


def test_a_migraine_like_her_usual_ones_is_level_4(reason: Reason) -> None:
    """A 35-year-old known migraine sufferer, a migraine like her usual migraines,
    pain 6/10, vitals normal: chronic central moderate pain is 4, not 3 (CTAS 2016
    pain modifier); ESI's high-risk headache criteria are not met."""
    out = ktas_walk_in(
        reason,
        "migraine like her usual migraines, known migraine sufferer",
        vitals(76, 118, 72, 16, 99),
        age=35,
        pain=6,
        case_id="ktas38-usual-migraine",
    )
    assert out.final.site_level == 4


def test_a_headache_worse_than_her_usual_stays_acute(reason: Reason) -> None:
    """Guard: the same woman, a headache worse than her usual migraines, 6/10: an
    acute change, central moderate pain, not below 3."""
    out = ktas_walk_in(
        reason,
        "headache worse than her usual migraines",
        vitals(76, 118, 72, 16, 99),
        age=35,
        pain=6,
        case_id="ktas38-worse-than-usual",
    )
    assert out.final.site_level <= 3


def test_a_headache_not_like_her_usual_stays_acute(reason: Reason) -> None:
    """Guard: a headache "not like her usual migraines", 6/10: a different headache
    is acute (and a red flag for a secondary cause): not below 3."""
    out = ktas_walk_in(
        reason,
        "headache, not like her usual migraines",
        vitals(76, 118, 72, 16, 99),
        age=35,
        pain=6,
        case_id="ktas38-not-usual",
    )
    assert out.final.site_level <= 3


# --- a repeat prescription is non-urgent (5) ---


def test_a_repeat_prescription_is_level_5(reason: Reason) -> None:
    """A well 40-year-old who needs a repeat prescription of his inhaler, vitals
    normal: a medication request needing no resource is 5 (CTAS 5; ESI 5)."""
    out = ktas_walk_in(
        reason,
        "needs a repeat prescription of his inhaler",
        vitals(72, 124, 78, 14, 99),
        age=40,
        case_id="ktas38-repeat-rx",
    )
    assert out.final.site_level == 5
    assert out.final.esi is not None and out.final.esi >= 4


# --- KTAS 4-5 stays 4-5; KTAS 1-2 stays 1-2 ---


def test_a_sprained_wrist_at_5_of_10_stays_level_4(reason: Reason) -> None:
    """Guard: a 31-year-old, sprained wrist after a fall on the hand, pain 5/10,
    vitals normal: peripheral moderate pain, 4 (the card)."""
    out = ktas_walk_in(
        reason,
        "sprained right wrist after a fall on the outstretched hand",
        vitals(80, 122, 74, 16, 99),
        age=31,
        pain=5,
        case_id="ktas38-wrist",
    )
    assert out.final.site_level == 4


def test_chest_pain_with_a_cold_sweat_stays_level_2(reason: Reason) -> None:
    """Guard: a 58-year-old with chest pain and a cold sweat: ESI's ACS criterion
    and the card's diaphoresis both give 2."""
    out = ktas_walk_in(
        reason,
        "chest pain with a cold sweat",
        vitals(88, 146, 86, 18, 97),
        age=58,
        pain=5,
        case_id="ktas38-chest-sweat",
    )
    assert out.final.site_level <= 2


def test_a_normally_sharp_mans_new_confusion_is_no_needle_stick(
    reason: Reason,
) -> None:
    """A 79-year-old with new confusion since this morning, "normally sharp": the
    complaint is confusion (2, a glucose), never a sharps exposure with HIV and
    hepatitis source testing."""
    out = ktas_walk_in(
        reason,
        "new confusion since this morning, normally sharp",
        vitals(88, 146, 84, 18, 96),
        age=79,
        case_id="ktas38-normally-sharp",
    )
    assert out.final.site_level <= 2
    assert ordered(out, "glucose")
    assert not ordered(out, "HIV", "HBsAg", "post-exposure")


def test_a_needle_stick_is_still_an_exposure(reason: Reason) -> None:
    """Guard: a nurse stuck by a used needle at work: the exposure work-up (source
    and baseline HIV, hepatitis B and C testing: USPHS 2013; CDC 2018)."""
    out = ktas_walk_in(
        reason,
        "stuck by a used needle at work",
        NORMAL,
        age=29,
        case_id="ktas38-needle",
    )
    assert ordered(out, "HIV")


# --- an asthma attack named at triage is treated as one ---


def test_a_life_threatening_asthma_attack_gets_a_bronchodilator_at_once(
    reason: Reason,
) -> None:
    """A 27-year-old in an asthma attack who can only speak in single words, RR 32,
    HR 124, SpO2 94: life-threatening asthma (BTS/SIGN 158 2019; GINA 2024 ch. 9):
    nebulised salbutamol and a systemic corticosteroid now, KTAS 1; no wheeze need be
    written (a silent chest is the worst sign)."""
    out = ktas_walk_in(
        reason,
        "asthma attack, can only speak in single words",
        vitals(124, 128, 78, 32, 94),
        age=27,
        case_id="ktas38-asthma-single-words",
    )
    assert out.final.site_level == 1
    assert ordered(out, "salbutamol", "albuterol")
    assert ordered(out, "prednis", "methylpred", "hydrocort")


def test_an_asthma_exacerbation_named_at_triage_gets_salbutamol(
    reason: Reason,
) -> None:
    """A 34-year-old with an asthma exacerbation, RR 24, SpO2 95: a short-acting
    beta-agonist is the first treatment (GINA 2024 ch. 9)."""
    out = ktas_walk_in(
        reason,
        "asthma exacerbation since this morning",
        vitals(104, 126, 76, 24, 95),
        age=34,
        case_id="ktas38-asthma-exacerbation",
    )
    assert ordered(out, "salbutamol", "albuterol")


def test_an_asthmatics_sprained_ankle_gets_no_bronchodilator(reason: Reason) -> None:
    """Guard: a known asthmatic with a sprained ankle, breathing normally: asthma in
    the history is no attack; no salbutamol."""
    out = ktas_walk_in(
        reason,
        "sprained left ankle, known asthmatic",
        vitals(80, 124, 76, 16, 99),
        age=25,
        pain=4,
        case_id="ktas38-asthmatic-ankle",
    )
    assert not ordered(out, "salbutamol", "albuterol")

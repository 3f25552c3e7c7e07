"""ESI v4 decision points A and B in narrative wordings, two resource counts (esi26).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) and the guidelines named per test,
never from rows of the shared vignette file (the blind set of this session is
tests/scenarios/data/esi26_vignettes.csv; these texts are worded afresh):

- ch.3 (decision point A): no response to a painful stimulus, however it is named
  (AVPU U); a respiratory rate written in words ("breathing 5 times a minute") is a
  respiratory rate; hypoglycaemia with altered mentation needs IV dextrose now.
- ch.4 (decision point B): signs of stroke, suicidal intent and a plan, possible
  ectopic pregnancy, acute limb ischaemia, a child's possible toxic ingestion and
  severe pain/distress, in the words families and nurses use.
- ch.5 (decision point C, Table 5-1): labs and IV fluids for hydration are two
  resources; removing a foreign body from the ear is a simple procedure (one).

Every scenario failed on main 4062c70 except the named guards.
"""

from __future__ import annotations

import pytest

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi26")


def test_no_response_to_a_named_painful_stimulus_is_level_1(reason: Reason) -> None:
    """ch.3 Table 3-3: AVPU U ("no response even to a firm trapezius squeeze").

    Failed on main (ESI 3: only 'pain', 'sternal rub' or 'stimuli' were read).
    """
    text = (
        "A 64-year-old woman was found in her armchair by her carer. She gives no"
        " response to a firm trapezius squeeze and her breathing is noisy. BP"
        " 176/100, HR 60, RR 14."
    )
    assert _esi(reason, text) == 1


def test_respiratory_rate_in_words_is_read(reason: Reason) -> None:
    """ch.3: an overdose with a respiratory rate of 6 or less needs ventilation.

    Failed on main (ESI 3: 'breathing 5 times a minute' was no respiratory rate).
    """
    text = (
        "Police bring in a 33-year-old man found behind a nightclub. He is breathing"
        " 5 times a minute and his lips are dusky."
    )
    assert _esi(reason, text) == 1


def test_hypoglycaemia_that_will_not_wake_properly_is_level_1(reason: Reason) -> None:
    """ch.3 level-1 example: hypoglycaemia with a change in mental status (ADA 2023).

    Failed on main (ESI 2: 'will not wake properly', 'only moans' were not read as
    altered mentation).
    """
    text = (
        "A 70-year-old woman who takes insulin would not wake properly this morning;"
        " she only moans when her husband shakes her. Her glucose meter reads 38"
        " mg/dL. BP 160/84, HR 96."
    )
    assert _esi(reason, text) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 69-year-old man's daughter says that forty minutes ago his words"
            " started coming out wrong while he was reading the paper. BP 174/92,"
            " HR 80, RR 16, SpO2 97%.",
            id="speech-coming-out-muddled",
        ),
        pytest.param(
            "A 77-year-old woman was buttering toast an hour ago when her left hand"
            " would not grip the knife. BP 188/96, HR 84, RR 16, SpO2 96%.",
            id="left-hand-would-not-grip",
        ),
    ],
)
def test_stroke_signs_in_family_words_are_high_risk(reason: Reason, text: str) -> None:
    """ch.4: signs of stroke within the treatment window (AHA/ASA 2019 BE-FAST).

    Failed on main (ESI 3).
    """
    assert _esi(reason, text) <= 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 45-year-old woman tells the nurse she has decided to end it once her"
            " children are at school. She has no physical complaints. BP 128/80,"
            " HR 86, RR 16.",
            id="decided-to-end-it",
        ),
        pytest.param(
            "A 58-year-old man has been saving his wife's morphine tablets for a"
            " month. He says he is a burden. BP 134/82, HR 80, RR 16.",
            id="saving-tablets",
        ),
        pytest.param(
            "A 17-year-old boy was found by his brother with a belt tied round his"
            " neck in the garage. He is awake and talking. BP 122/76, HR 98, RR 18,"
            " SpO2 98%.",
            id="belt-round-his-neck",
        ),
    ],
)
def test_suicidal_intent_and_plan_in_plain_words_is_high_risk(
    reason: Reason, text: str
) -> None:
    """ch.4: a patient at risk of harming self is high risk (C-SSRS preparatory acts).

    Failed on main (ESI 3: only 'suicidal', 'kill myself', 'saving up' were read).
    """
    assert _esi(reason, text) <= 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 27-year-old woman's period is seven weeks late. Since this morning she"
            " has had a stabbing pain low in her left side and felt faint in the"
            " shower. BP 108/68, HR 98, RR 16, SpO2 99%.",
            id="period-seven-weeks-late",
        ),
        pytest.param(
            "A 31-year-old woman missed her last period and has had cramping right"
            " lower abdominal pain with brown spotting since lunch. BP 116/72, HR"
            " 90, RR 16, SpO2 99%.",
            id="missed-her-last-period",
        ),
    ],
)
def test_possible_ectopic_pregnancy_in_plain_words_is_high_risk(
    reason: Reason, text: str
) -> None:
    """ch.4: possible ectopic pregnancy (ACEP 2017 early pregnancy): ESI 2.

    Failed on main (ESI 3: 'period ... late' with a spelt-out number and 'missed
    her period' were not read as amenorrhoea).
    """
    assert _esi(reason, text) <= 2


def test_cold_pale_painful_leg_is_high_risk(reason: Reason) -> None:
    """ch.4 neurovascular compromise: acute limb ischaemia (ESVS 2020, the 6 Ps).

    Failed on main (ESI 3: 'leg became painful, cold and white' was not read).
    """
    text = (
        "A 72-year-old man with atrial fibrillation says his left leg suddenly"
        " became painful, cold and white an hour ago and his foot feels numb. BP"
        " 148/86, HR 92, RR 18, SpO2 96%."
    )
    assert _esi(reason, text) <= 2


def test_child_with_missing_tablets_is_high_risk(reason: Reason) -> None:
    """ch.4: a toddler's possible toxic ingestion ('one pill can kill', AAPCC).

    Failed on main (ESI 3: the bottle's tablets 'are missing' was not read).
    """
    text = (
        "A 3-year-old girl was found in her grandfather's bedroom with his open"
        " bottle of blood pressure tablets; some of the tablets are missing. She is"
        " playing happily. HR 112, RR 24."
    )
    assert _esi(reason, text) <= 2


def test_worst_pain_ever_with_screaming_is_severe_distress(reason: Reason) -> None:
    """ch.4: severe pain/distress judged by the nurse's observation and the rating.

    Failed on main (ESI 3: 'the worst she has ever had' and 'screaming and
    clutching' were not read as severe pain).
    """
    text = (
        "A 52-year-old woman is screaming and clutching her belly; she says the pain"
        " started suddenly an hour ago and is the worst she has ever had. BP 150/88,"
        " HR 104, RR 22, SpO2 98%."
    )
    assert _esi(reason, text) <= 2


def test_fluids_not_kept_down_need_labs_and_iv_fluids(reason: Reason) -> None:
    """ch.5 Table 5-1: labs and IV fluids for hydration are two resources (ESI 3).

    NICE CG84 / WHO 2005: IV fluids when oral rehydration fails. Failed on main
    (ESI 4: one resource for the diarrhoea complaint).
    """
    text = (
        "A 36-year-old man has had watery diarrhoea and has vomited all night; he"
        " cannot keep any fluids down at all. BP 118/74, HR 94, RR 16, T 37.4 C,"
        " SpO2 99%."
    )
    assert _esi(reason, text) == 3


def test_drinking_toddler_with_gastroenteritis_stays_low(reason: Reason) -> None:
    """A named guard: a toddler who drinks and wets nappies needs no IV fluids."""
    text = (
        "A 2-year-old girl has had three loose stools and vomited once since"
        " yesterday. She is drinking her milk, had a wet nappy an hour ago and is"
        " smiling. HR 120, RR 26, T 37.6 C, SpO2 99%."
    )
    assert _esi(reason, text) >= 4


def test_bead_in_the_ear_is_one_simple_procedure(reason: Reason) -> None:
    """ch.5 Table 5-1: removing a foreign body from the ear is a simple procedure.

    Failed on main (ESI 5: the earache complaint's no-resource count won).
    """
    text = (
        "A 6-year-old girl pushed a small bead into her left ear at school. Her ear"
        " aches a little and she is chatting happily. HR 98, RR 20."
    )
    assert _esi(reason, text) == 4


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 61-year-old woman needs the dressing changed on a healing scald on her"
            " forearm because her practice nurse is away. The burn looks clean. Vital"
            " signs within normal limits.",
            id="dressing-changed",
        ),
        pytest.param(
            "A 29-year-old man had a nosebleed from his right nostril while blowing his"
            " nose; it stopped after ten minutes of pinching before he arrived. He is"
            " on no blood thinners. BP 126/78, HR 78, RR 14, SpO2 99%.",
            id="nosebleed-that-stopped",
        ),
        pytest.param(
            "A 27-year-old woman strained her lower back moving boxes at work"
            " yesterday; it aches when she bends. She walks normally and has no"
            " numbness, weakness or trouble passing urine. Pain 4/10. BP 118/72,"
            " HR 74, RR 14, SpO2 99%.",
            id="back-strain-no-red-flag",
        ),
        pytest.param(
            "A 24-year-old man has had five loose watery stools since last night after"
            " a barbecue. He is drinking well and has not vomited; no blood in the"
            " stool. BP 124/76, HR 82, RR 14, T 37.1 C, SpO2 99%.",
            id="watery-diarrhoea-drinking",
        ),
    ],
)
def test_presentation_needing_no_resource_is_esi_5(reason: Reason, text: str) -> None:
    """ch.5 Table 5-1: examination, oral treatment and simple wound care are not
    resources. A dressing change (Table 5-1); a nosebleed that stopped with pressure
    (AAO-HNS 2020: examination and advice); acute low back pain without a red flag
    under 50 (ACR Appropriateness Criteria 2021, ACP 2017: no imaging); uncomplicated
    watery diarrhoea in a patient who drinks (IDSA 2017: no tests, oral fluids).

    Failed on main (ESI 4: each complaint's one resource).
    """
    assert _esi(reason, text) == 5


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 74-year-old man on warfarin has had a nosebleed for an hour that keeps"
            " starting again and runs down the back of his throat. BP 158/90, HR 92,"
            " RR 18, SpO2 97%.",
            id="anticoagulated-recurrent-nosebleed",
        ),
        pytest.param(
            "A 41-year-old man who injects heroin has had low back pain for a week and"
            " now has a fever. BP 126/74, HR 98, RR 18, T 38.4 C, SpO2 98%.",
            id="back-pain-injecting-drugs-fever",
        ),
        pytest.param(
            "A 35-year-old woman has had bloody diarrhoea with cramping six times"
            " since yesterday. BP 118/70, HR 92, RR 16, T 37.8 C, SpO2 99%.",
            id="bloody-diarrhoea",
        ),
    ],
)
def test_presentation_with_a_red_flag_keeps_its_resources(
    reason: Reason, text: str
) -> None:
    """Named guards: an anticoagulated, recurrent or posterior nosebleed (AAO-HNS
    2020), back pain with fever and injection drug use (ACR 2021: epidural abscess)
    and bloody diarrhoea (IDSA 2017) need resources: never ESI 5."""
    assert _esi(reason, text) <= 4


def test_venomous_snakebite_with_swelling_is_high_risk(reason: Reason) -> None:
    """ch.4 high risk: a pit viper bite with spreading swelling and perioral tingling
    is envenomation needing antivenom (Lavonas EJ et al. BMC Emerg Med 2011; WHO
    2016 snakebite guidelines).

    Failed on main (ESI 3: the unknown complaint's default).
    """
    text = (
        "A 52-year-old farmer was bitten on the hand by a copperhead while clearing a"
        " woodpile 40 minutes ago. The swelling is spreading up his forearm and his"
        " lips tingle. BP 136/82, HR 104, RR 20, SpO2 98%."
    )
    assert _esi(reason, text) <= 2


def test_fingertip_amputation_needs_two_resources(reason: Reason) -> None:
    """ch.5 Table 5-1: a traumatic fingertip amputation with bone needs an x-ray and
    a hand surgery consultation (BSSH 2023 hand trauma standards): ESI 3 or higher.

    Failed on main (ESI 4: one resource for an injured limb).
    """
    text = (
        "A 47-year-old carpenter sliced off the end of his left middle finger with a"
        " circular saw; the tip is in a bag of ice and bone is visible. The bleeding"
        " is controlled with a dressing. BP 142/86, HR 96, RR 16, SpO2 99%."
    )
    assert _esi(reason, text) <= 3

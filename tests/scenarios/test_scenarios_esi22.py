"""ESI v4 decision points on vignettes written for this file (esi22, issue 10).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) and the guidelines named per test,
never from rows of the shared vignette file:

- ch.3 decision point A: AVPU "P" is a patient who responds only to a painful
  stimulus (eyes that stay shut to voice, withdrawal from a sternal rub or nail-bed
  pressure): level 1. Moaning *with* pain is distress, not AVPU P (a named guard).
- ch.4 decision point B: a wish or plan to end one's life; a late period with
  one-sided pelvic pain (possible ectopic pregnancy, ACEP 2017); fever with a rash
  that does not fade when pressed (NICE NG240 2024); each is high risk.
- The patient a relative brings is the patient: "a father brings his son who has
  had a fever" states the son's fever (ConText experiencer; Harkema H et al. J Biomed
  Inform 2009), the handbook's paediatric vignettes' usual wording: on main a child
  with swelling lips and a wheeze after a peanut biscuit, brought by her grandfather,
  was ESI 3 (her signs were read as the grandfather's).
- Chest wall pain worsened by twisting is not an allergen sting (anaphylaxis needs an
  allergen exposure, WAO 2020).

``test_esi22_development_set`` runs the vignettes of ``data/esi22_vignettes.csv`` (each
with the level the handbook's rules dictate and a one-line justification; written
before any run) and asserts a safety property only: no ESI 1-2 vignette is triaged
more than one level low, no ESI 1 below ESI 2 (a named guard: on main 238fed7 three
of 19 were one level low - a plan to end one's life, a late period with one-sided
pain, a child's fever with a non-blanching rash - and none more).

- ch.5 decision point C (Table 5-1): a laceration repair or a catheter change is one
  resource (a cut beside metal is no retained foreign body; a named simple procedure
  is one resource at any age); suture removal is none.
- ch.3: a family's "not himself" is new confusion unless the nurse finds the patient
  oriented.

Every scenario failed on main 238fed7 except the named guards
(``father-brings-febrile-infant``,
``test_not_himself_without_orientation_stays_esi_2``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenarios._esi_vignette import (
    high_acuity_too_low,
    read_vignettes,
    vignette_esi,
)
from tests.scenarios.conftest import Reason

DATA = Path(__file__).parent / "data" / "esi22_vignettes.csv"


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi22")


def test_esi22_development_set(reason: Reason) -> None:
    """ESI 1-2 vignettes are never more than one level low, nor ESI 1 below ESI 2.

    On the esi22 branch over main f2b0bd8 none was below its level; main 6e64769 matches
    the fainting older woman with a bruised forehead to facial swelling (ESI 3).
    """
    rows = read_vignettes(DATA)
    assert len(rows) >= 60
    too_low = high_acuity_too_low(reason, rows, "esi22")
    assert not too_low, too_low


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A neighbour found a 66-year-old woman on her sofa. She grimaces and pulls"
            " her hand away when her nail bed is pressed, but her eyes stay closed and"
            " she does not open her eyes when her name is called. BP 138/84, HR 96,"
            " RR 14, SpO2 95%.",
            id="eyes-shut-to-voice",
        ),
        pytest.param(
            "Police bring in a 35-year-old man found in a park. He only withdraws"
            " from a sternal rub and makes no sound. BP 118/72, HR 60, RR 12,"
            " SpO2 94%.",
            id="withdraws-from-sternal-rub",
        ),
    ],
)
def test_responds_only_to_pain_is_esi_1(reason: Reason, text: str) -> None:
    """ch.3: AVPU P (a response to a painful stimulus only) needs a life-saving plan."""
    assert _esi(reason, text) == 1


def test_moaning_with_pain_is_not_avpu_p(reason: Reason) -> None:
    """Guard: a patient moaning with pain is in distress, not unresponsive (ch.3)."""
    text = (
        "A 44-year-old man is moaning with pain and rocking in his chair; he says"
        " the pain in his left side came on an hour ago and goes to his groin. Pain"
        " 9/10. BP 150/90, HR 100, RR 20, SpO2 98%, T 36.9 C."
    )
    assert _esi(reason, text) == 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 52-year-old woman tells the triage nurse she has been thinking about"
            " ending her life since her husband died and has written letters to her"
            " children. BP 132/80, HR 80, RR 16, SpO2 99%.",
            id="ending-her-life",
        ),
        pytest.param(
            "A 19-year-old woman says her period is two weeks late; since lunch she"
            " has had a sharp pain low on the right of her belly and felt faint in the"
            " shower. BP 112/70, HR 94, RR 18, SpO2 99%, T 36.8 C.",
            id="period-two-weeks-late",
        ),
        pytest.param(
            "A 6-year-old boy has been hot and shivery since the morning and his"
            " father noticed dark red spots on his tummy that don't fade when a glass"
            " is pressed on them. T 39.1 C, HR 130, RR 24, SpO2 98%.",
            id="spots-do-not-fade",
        ),
        pytest.param(
            "A father brings his 7-week-old son who has felt very hot since this"
            " morning and had a temperature of 38.4 C on the home thermometer. He is"
            " feeding a little less. HR 160, RR 44, SpO2 98%.",
            id="father-brings-febrile-infant",  # a named guard: ESI 2 on main too
        ),
        pytest.param(
            "A grandfather brings his 5-year-old granddaughter whose lips began to"
            " swell after she ate a peanut biscuit; she is now wheezing and coughing."
            " BP 100/60, HR 128, RR 30, SpO2 95%, T 36.9 C.",
            id="grandfather-brings-child-after-peanut",
        ),
    ],
)
def test_high_risk_situations_are_esi_2_or_higher(reason: Reason, text: str) -> None:
    """ch.4: suicidal intent, possible ectopic, meningococcal rash, febrile infant."""
    assert _esi(reason, text) <= 2


def test_twisting_chest_wall_pain_is_no_anaphylaxis(reason: Reason) -> None:
    """Chest wall pain on twisting in a well young adult is not ESI 1-2 (WAO 2020)."""
    text = (
        "A 25-year-old woman has a sore spot under her right breast since helping a"
        " friend move house; it hurts when she is twisting or lifting and when the"
        " spot is pressed. She is not short of breath. BP 118/70, HR 74, RR 14,"
        " SpO2 99%, T 36.7 C. Pain 3/10."
    )
    assert _esi(reason, text) >= 3


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 35-year-old woman caught her shin on a sheet of metal in her shed."
            " The 3 cm cut gapes but has stopped bleeding; she walks"
            " normally. BP 124/78, HR 78, RR 14, SpO2 99%, T 36.8 C.",
            id="cut-on-metal-in-a-shed",
        ),
        pytest.param(
            "An 83-year-old man with a long-term urinary catheter comes in because the"
            " bag has been empty since breakfast; the catheter is blocked. He has no"
            " pain and no fever. BP 142/80, HR 76, RR 16, SpO2 96%, T 36.7 C.",
            id="older-man-blocked-catheter",
        ),
    ],
)
def test_one_named_resource_is_esi_4(reason: Reason, text: str) -> None:
    """ch.5 Table 5-1: a laceration repair or a catheter change is one resource.

    A cut near metal is not a retained foreign body unless the metal is in the
    wound; a named simple procedure is one resource at any age.
    """
    assert _esi(reason, text) == 4


def test_suture_removal_is_esi_5(reason: Reason) -> None:
    """ch.5 Table 5-1: removing sutures is not a resource."""
    text = (
        "A 29-year-old woman had five stitches put in her chin at an urgent care"
        " centre last week and comes in today to have them removed. The cut has"
        " healed. BP 116/72, HR 70, RR 14, SpO2 99%, T 36.6 C."
    )
    assert _esi(reason, text) == 5


def test_not_himself_but_oriented_is_not_new_confusion(reason: Reason) -> None:
    """ch.3: 'not himself' is new confusion only if the nurse finds disorientation.

    A well-oriented older adult with a few days of tiredness and poor appetite needs
    a work-up (ESI 3), not ESI 2 for confusion he does not have.
    """
    text = (
        "A 79-year-old man's son says his father is not himself; for four days he"
        " has been tired and eating little. At triage he is alert and oriented and"
        " chats about the weather. BP 134/76, HR 84, RR 16, SpO2 96%, T 37.2 C."
    )
    assert _esi(reason, text) == 3


def test_not_himself_without_orientation_stays_esi_2(reason: Reason) -> None:
    """Guard (ch.3): a family's 'not himself today' with no orientation is ESI 2."""
    text = (
        "An 82-year-old man is brought by his wife, who says he is not himself today"
        " and keeps dozing off in his chair. BP 128/70, HR 88, RR 18, SpO2 95%,"
        " T 37.0 C."
    )
    assert _esi(reason, text) <= 2

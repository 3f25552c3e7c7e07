"""ESI v4 handbook decision points on vignettes written for this file (esi20, issue 10).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition), never from rows of the shared
vignette file:

- ch.3 decision point A: an immediate life-saving intervention -> ESI 1
  (hypoglycaemia with altered mentation needs IV dextrose now);
- ch.4 decision point B: a high-risk situation or new confusion/lethargy/
  disorientation -> ESI 2 (possible ectopic pregnancy, a suicide plan);
- ch.5 decision point C: the number of *different* resources (Table 5-1: labs count
  once, imaging and a laceration repair are two types, IV fluids count, oral
  medication does not; crutches, splints and slings are not resources).

Two kinds of test. ``test_esi20_development_set`` scores the 84 vignettes of
``data/esi20_vignettes.csv`` (each with the level the handbook's rules dictate and
a one-line justification; 11/27/17/14/15 at levels 1-5, adults and children; the
last 30 in the handbook's narrative style, quoted patients and distractors) against
a floor: the exact level for at least 76 (90 %) and at most one ESI 1-2 vignette
triaged 3 or lower. On main before esi20's changes: 65/84 exact, 8/38 ESI 1-2
under-triaged (fails); after: 79/84, 1/38.
The named scenarios below restate each principle in other words; each failed on main
before the change it guards.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason

DATA = Path(__file__).parent / "data" / "esi20_vignettes.csv"
MIN_EXACT = 76
MAX_UNDER_TRIAGED = 1


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi20")


def test_esi20_development_set(reason: Reason) -> None:
    """Exact ESI on the handbook-principle vignettes, and no ESI 1-2 under-triage."""
    with DATA.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 40
    exact = 0
    under: list[str] = []
    for row in rows:
        gold = int(row["esi"])
        got = _esi(reason, row["vignette"], row["id"])
        exact += got == gold
        if gold <= 2 and got > 2:
            under.append(row["id"])
    assert len(under) <= MAX_UNDER_TRIAGED, under
    assert exact >= MIN_EXACT, exact


def test_hypoglycaemia_with_worded_disorientation_is_esi_1(reason: Reason) -> None:
    """ch.3 / ADA 2023: a glucose of 40 with incoherent speech needs dextrose now."""
    text = (
        "A 63-year-old woman who takes insulin is brought in by a neighbour who found"
        " her talking gibberish in her kitchen; she cannot give her own name. Her"
        " glucometer reads 41 mg/dL. Vital signs: BP 146/80, HR 100, RR 18,"
        " T 98.2°F, SpO2 97%."
    )
    assert _esi(reason, text) == 1


def test_last_period_in_words_with_pain_and_spotting_is_esi_2(reason: Reason) -> None:
    """ch.4 / ACEP 2017: a period 'eight weeks ago' with pain is possible ectopic."""
    text = (
        "A 29-year-old woman has cramping pain low on the right side of her abdomen"
        " since this morning and a little bleeding. Her last period was eight weeks"
        " ago. Vital signs: BP 114/72, HR 96, RR 16, T 98.4°F, SpO2 99%."
    )
    assert _esi(reason, text) <= 2


def test_suicide_plan_by_hanging_is_esi_2(reason: Reason) -> None:
    """ch.4: a patient who plans to hang himself is a high-risk situation."""
    text = (
        "A 40-year-old man says he bought a rope this week because he means to hang"
        " himself when his family is away. Vital signs: BP 128/80, HR 82, RR 14,"
        " T 98.6°F, SpO2 99%."
    )
    assert _esi(reason, text) <= 2


def test_cut_with_glass_inside_needs_two_resources(reason: Reason) -> None:
    """Table 5-1: imaging for the glass and the laceration repair are two types."""
    text = (
        "A 35-year-old woman dropped a vase and cut the sole of her foot; the 2 cm"
        " laceration is gaping and she feels a piece of glass is still in it."
        " Vital signs: BP 122/76, HR 78, RR 16, T 98.4°F, SpO2 99%."
    )
    assert _esi(reason, text) == 3


def test_febrile_vomiting_adult_with_dysuria_is_esi_3(reason: Reason) -> None:
    """ch.5: fever with vomiting needs labs and IV therapy (two resources)."""
    text = (
        "A 27-year-old woman has had painful frequent urination for two days and"
        " today shaking chills, a fever and vomiting. Vital signs: BP 116/70,"
        " HR 94, RR 18, T 38.7°C, SpO2 99%."
    )
    assert _esi(reason, text) == 3


def test_itchy_rash_in_a_well_school_child_is_esi_5(reason: Reason) -> None:
    """Table 3-4: a healthy child's contact rash needs an exam and a prescription."""
    text = (
        "An 8-year-old boy has an itchy red rash on his legs after playing in tall"
        " grass yesterday. He is otherwise well and playful. Vital signs: HR 90,"
        " RR 18, T 37.1°C, SpO2 99%."
    )
    assert _esi(reason, text) == 5


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 45-year-old woman was given crutches yesterday for a bruised knee with"
            " a normal x-ray and asks for a new pair of crutches because one broke."
            " Vital signs:"
            " BP 124/80, HR 72, RR 14, T 98.4°F, SpO2 99%.",
            id="crutches",
        ),
        pytest.param(
            "A 27-year-old man seen two days ago for a finger sprain returns because"
            " his splint is too tight. Vital signs: BP 120/74, HR 70, RR 14,"
            " T 98.6°F, SpO2 99%.",
            id="splint",
        ),
    ],
)
def test_splints_slings_and_crutches_are_not_resources(
    reason: Reason, text: str
) -> None:
    """Table 5-1: crutches, splints and slings are not resources."""
    assert _esi(reason, text) == 5


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "“It feels as if something is ripping inside my back,” says a 71-year-old"
            " man with high blood pressure. The pain started abruptly twenty minutes"
            " ago. Vital signs: BP 186/102, HR 90, RR 20, T 98.2°F, SpO2 97%.",
            id="dissection-simile",
        ),
        pytest.param(
            "“A grey shadow came across the top half of my right eye while I was"
            " reading,” reports a 58-year-old woman. She has no pain. Vital signs:"
            " BP 138/84, HR 76, RR 16, T 98.4°F, SpO2 98%.",
            id="vision-shadow",
        ),
        pytest.param(
            "A 47-year-old woman says she quit drinking vodka three days ago; her"
            " hands are trembling and she is hearing things no one else hears."
            " Vital signs: BP 158/94, HR 108, RR 18, T 99.2°F, SpO2 98%.",
            id="alcohol-withdrawal",
        ),
        pytest.param(
            "A 33-year-old woman who takes birth control pills became suddenly"
            " short of breath at work; it hurts when she takes a deep breath."
            " Vital signs: BP 122/76, HR 112, RR 22, T 98.6°F, SpO2 94%.",
            id="possible-pe",
        ),
        pytest.param(
            "“Grandpa doesn’t know what month it is and keeps picking at the air,”"
            " says the granddaughter of a 79-year-old man who was managing his own"
            " affairs last week. Vital signs: BP 134/78, HR 90, RR 18, T 99.4°F,"
            " SpO2 96%.",
            id="disoriented-to-time",
        ),
    ],
)
def test_high_risk_situations_in_narrative_words_are_esi_2(
    reason: Reason, text: str
) -> None:
    """ch.4: aortic dissection, sudden vision loss, alcohol withdrawal, possible PE
    and new disorientation are high-risk situations in the patient's own words."""
    assert _esi(reason, text) <= 2


def test_no_response_to_a_shout_is_esi_1(reason: Reason) -> None:
    """Table 3-3: a patient who does not respond to voice is AVPU P or U: level 1."""
    text = (
        "A 60-year-old woman is carried in by her sons after they found her on the"
        " floor; she does not react even to a loud shout and her breathing is"
        " shallow. Vital signs: BP 104/66, HR 58, RR 9, SpO2 91%."
    )
    assert _esi(reason, text) == 1


def test_toddler_arm_pulled_is_one_resource(reason: Reason) -> None:
    """ch.5: a toddler's arm held still after being pulled by the hand is one
    x-ray or one simple reduction, ESI 4 (not 'unknown complaint, ESI 3')."""
    text = (
        "The father of a 3-year-old boy says he yanked him up by the hand at a curb"
        " and now the boy keeps his right arm hanging by his side. He is otherwise"
        " playful. Vital signs: HR 110, RR 24, T 98.6°F, SpO2 99%."
    )
    assert _esi(reason, text) == 4

"""ESI v4 decision points on vignettes written for this file (esi23, issue 10).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) and the guidelines named per test,
never from rows of the shared vignette file:

- ch.2 algorithm and ch.6: decision point D (danger-zone vital signs) is reached only
  by a patient expected to need two or more resources. A fast pulse in an upset young
  adult with a sprain or a small cut (one resource) leaves the level at 4.
- ch.5, Table 5-1: resources are predicted from the patient, so a presentation that
  needs blood tests *and* parenteral treatment is level 3 whatever its complaint word:
  a febrile adult's skin infection (IDSA 2014: systemic signs, IV antibiotics),
  fever with flank pain in a urinary complaint (IDSA 2011 pyelonephritis), a
  symptomatic glucose over 250 mg/dL (ADA 2024 hyperglycaemic crises: labs, IV
  fluids) and a visibly deformed limb (imaging and a reduction under sedation). A
  calf that "hurts" is pain, not an injury: the swollen painful leg keeps its DVT
  work-up (labs and a Doppler, two resources).
- NegEx/ConText (Chapman 2001; Harkema 2009): "is not drooling", "is not vomiting"
  state the sign's absence; a sore throat in a patient who swallows her saliva is not
  airway compromise.

Every scenario failed on main 9a84cb6 except the named guards
(``calf-hurts-and-swollen``, ``febrile-forearm-cellulitis``: on main both reached
ESI 3 by other paths, the first through the departure removed here, a danger-zone
rate with one resource).
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

DATA = Path(__file__).parent / "data" / "esi23_vignettes.csv"


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi23")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 21-year-old netball player landed awkwardly on her left ankle an hour"
            " ago. The outside of the ankle is puffy and she limps a few steps. She is"
            " worried about a tournament next week. BP 126/76, HR 110, RR 18,"
            " SpO2 99%, pain 5/10.",
            id="netball-ankle-fast-pulse",
        ),
        pytest.param(
            "A 27-year-old man sliced the tip of his index finger opening a tin; the"
            " 2 cm cut gapes but no longer bleeds and he bends the finger fully. He"
            " is shaky and nervous about needles. BP 132/80, HR 114, RR 18,"
            " SpO2 100%.",
            id="finger-cut-nervous",
        ),
    ],
)
def test_danger_zone_pulse_with_one_resource_stays_esi_4(
    reason: Reason, text: str
) -> None:
    """ch.2/ch.6: decision point D is not reached with fewer than two resources."""
    assert _esi(reason, text) >= 4


def test_negated_drooling_is_no_airway_compromise(reason: Reason) -> None:
    """A sore throat without drooling or vomiting needs no resource (Table 5-1)."""
    text = (
        "A 20-year-old man has had a scratchy sore throat since yesterday. He is not"
        " drooling and is not vomiting, and he is eating toast in the waiting room."
        " He wants to know if it is strep. BP 122/74, HR 80, RR 14, T 37.3 C,"
        " SpO2 99%."
    )
    assert _esi(reason, text) >= 4


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 46-year-old man's left forearm has been red, hot and swollen for two"
            " days around what he thinks was a spider bite. He feels feverish."
            " T 38.6 C, HR 96, BP 134/80, RR 18, SpO2 98%.",
            id="febrile-forearm-cellulitis",  # a named guard: ESI 3 on main too
        ),
        pytest.param(
            "A 33-year-old woman has had burning when she passes urine for four days"
            " and since last night an ache in her left flank. She feels hot and"
            " achy. T 38.7 C, HR 96, BP 118/70, RR 18, SpO2 99%.",
            id="febrile-flank-urinary",
        ),
        pytest.param(
            "A 55-year-old woman with type 2 diabetes says her meter has read a"
            " blood sugar of 380 for two days. She is very thirsty, passing urine all"
            " the time and is not vomiting. T 37.0 C, HR 94, BP 138/82, RR 18,"
            " SpO2 98%.",
            id="thirsty-sugar-380",
        ),
        pytest.param(
            "A 12-year-old girl fell off her bike onto an outstretched hand; her"
            " right wrist is at an odd angle and very sore. Her fingers are pink and"
            " she can wiggle them. HR 96, RR 20, SpO2 99%, T 36.7 C.",
            id="wrist-at-an-odd-angle",
        ),
        pytest.param(
            "A 50-year-old man says his left leg is swollen and his calf hurts since"
            " a long drive three days ago. BP 144/86, HR 88, RR 24, SpO2 97%,"
            " T 36.9 C. Pain 5/10.",
            id="calf-hurts-and-swollen",  # a named guard: ESI 3 on main too
        ),
    ],
)
def test_labs_and_parenteral_care_are_two_resources(reason: Reason, text: str) -> None:
    """ch.5: blood tests plus IV treatment or a reduction are >= 2 resources: ESI 3."""
    assert _esi(reason, text) == 3


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 38-year-old hotel housekeeper got a splash of toilet disinfectant in"
            " her left eye five minutes ago. It stings, waters and she cannot keep it"
            " open. BP 128/80, HR 88, RR 16, SpO2 99%.",
            id="disinfectant-splash-eye",
        ),
        pytest.param(
            "A 60-year-old widower tells the nurse he has been stockpiling his late"
            " wife's heart tablets and has given away his dog. He is calm and polite."
            " BP 134/82, HR 76, RR 14, SpO2 98%.",
            id="stockpiling-tablets",
        ),
        pytest.param(
            "A son says his 79-year-old father has been mixing up the days and the"
            " names of his grandchildren since Tuesday; he usually does his own"
            " shopping and banking. T 37.6 C, BP 138/76, HR 90, RR 18, SpO2 96%.",
            id="mixing-up-names",
        ),
        pytest.param(
            "A 66-year-old man with diabetes has felt a pressure between his shoulder"
            " blades for an hour and is sweating through his shirt. BP 150/90,"
            " HR 88, RR 18, SpO2 97%.",
            id="shoulder-blade-pressure-sweating",
        ),
    ],
)
def test_high_risk_wordings_are_esi_2_or_higher(reason: Reason, text: str) -> None:
    """ch.4: a chemical splash to the eye, a suicide plan's preparatory acts, new
    confusion, an anginal equivalent with sweating are high-risk situations.

    Sources: AAO ocular chemical injury (irrigate at once); Posner K et al. Am J
    Psychiatry 2011 (C-SSRS: gathering the means is suicidal behaviour); Inouye SK
    1990 (CAM: an acute change from baseline); Gulati M et al. AHA/ACC 2021 chest
    pain (pressure in the back is chest pain; women and people with diabetes).
    """
    assert _esi(reason, text) <= 2


def test_esi23_development_set(reason: Reason) -> None:
    """ESI 1-2 vignettes are never more than one level low, nor ESI 1 below ESI 2.

    ``data/esi23_vignettes.csv``: 34 vignettes written from the handbook's principles
    before any run, each with its level and a one-line justification. On main
    9a84cb6 a chlorine splash to both eyes was ESI 4 (matched to a burn).
    """
    rows = read_vignettes(DATA)
    assert len(rows) >= 30
    too_low = high_acuity_too_low(reason, rows, "esi23")
    assert not too_low, too_low


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 47-year-old woman wants her thyroid prescription renewed because she"
            " is moving house. She has no chest pain, palpitations, shortness of"
            " breath or weight loss. BP 126/78, HR 72, RR 14, SpO2 99%, T 36.7 C.",
            id="thyroid-refill-denied-list",
        ),
        pytest.param(
            "A 61-year-old man was told by his dentist that his blood pressure was up"
            " and came to have it checked. He denies headache, chest pain, weakness"
            " or blurred vision and feels well. BP 164/96, HR 74, RR 14, SpO2 98%.",
            id="bp-check-denied-list",
        ),
    ],
)
def test_denied_list_is_not_the_complaint(reason: Reason, text: str) -> None:
    """NegEx (Chapman 2001): a negation reaches over its list, so symptoms a patient
    denies are not the presenting complaint; a refill or a BP check of a well patient
    needs no resource (Table 5-1)."""
    assert _esi(reason, text) >= 4

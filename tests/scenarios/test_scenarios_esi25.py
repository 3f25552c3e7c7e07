"""ESI v4 triage of narratives by their presenting problem (esi25, issue 10).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) and the sources named per test,
never from rows of the shared vignette file (the blind set of this session is
tests/scenarios/data/esi25_vignettes.csv; these texts are worded afresh):

- ch.3/4: AVPU V (responds, or opens the eyes, only to voice) is lethargy and
  disorientation (oriented only to person) is new confusion: high risk at B;
  AVPU P is decision point A.

Every scenario failed on main 50b71c0 except the named guards.
"""

from __future__ import annotations

import pytest

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi25")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 63-year-old man's son found him asleep in the afternoon and could not"
            " get much out of him. He opens his eyes only when he is spoken to"
            " loudly, says a word or two and dozes off again. BP 148/88, HR 80,"
            " RR 16, SpO2 96%, T 36.9 C.",
            id="opens-eyes-only-when-spoken-to",
        ),
        pytest.param(
            "A 19-year-old woman was brought in by her flatmates after drinking"
            " most of a bottle of gin. She responds only to verbal stimuli, mumbles"
            " and goes back to sleep. BP 108/68, HR 94, RR 14, SpO2 97%.",
            id="responds-only-to-verbal-stimuli",
        ),
    ],
)
def test_responding_only_to_voice_is_new_altered_mental_status(
    reason: Reason, text: str
) -> None:
    """ch.3: AVPU V is lethargy, new altered mental status at B: ESI 2.

    Failed on main (ESI 3: the voice-only wordings were not read).
    """
    assert _esi(reason, text) == 2


def test_oriented_only_to_person_is_new_confusion(reason: Reason) -> None:
    """ch.3: disorientation to time and place is new confusion at B.

    Failed on main (ESI 3: 'oriented' was read as orientation).
    """
    text = (
        "A 79-year-old man from a nursing home has been off his food for two days."
        " At triage he is oriented only to person. T 37.2 C, HR 88, RR 18,"
        " BP 134/80, SpO2 96%."
    )
    assert _esi(reason, text) <= 2


def test_oriented_times_three_is_not_confusion(reason: Reason) -> None:
    """A named guard: 'oriented to time, place and person' is a normal finding."""
    text = (
        "A 33-year-old woman has a splinter of wood under the skin of her palm"
        " from a garden fence this morning. She is oriented to time, place and"
        " person. Vital signs within normal limits."
    )
    assert _esi(reason, text) >= 4

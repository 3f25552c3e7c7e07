"""ESI triage: history read as a high-risk finding today; the unknown complaint (esi30).

ESI v4 Implementation Handbook (Gilboy N, Tanabe P, Travers D, Rosenau AM. AHRQ 2012,
2020 edition). Decision point B asks about a *new* problem: new confusion, a new
neurological deficit, current suicidal ideation (ch.4); a past lesion's lasting deficit
or a remote event is history (ConText temporality, Harkema H et al. J Biomed Inform
2009;42:839; AHA/ASA 2019: pre-stroke disability is baseline). Decision point C
predicts resources from the presentation (ch.5, Table 5-1: a simple procedure is one
resource; an immunisation is none), not from a default. Each vignette is written for
this file from those principles, never from shared-file rows. Guards assert that a
new deficit or a current plan stays ESI 2 whatever the history beside it.
"""

from __future__ import annotations

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str) -> int:
    return vignette_esi(reason, text, "scenario", "esi30")


# --- decision point B: history is not today's high-risk finding -------------------


def test_old_stroke_weakness_with_a_cut_finger_is_not_level_2(reason: Reason) -> None:
    """Ch.4: a new deficit is high risk; a past stroke's old weakness is baseline."""
    level = _esi(
        reason,
        "A 73-year-old woman who had a stroke four years ago and has old right-sided"
        " weakness sliced her left thumb on a tin can. The cut is 2 cm and gaping;"
        " she can bend and feel the thumb. She is at her usual self.",
    )
    assert level >= 3


def test_residual_weakness_and_a_sprained_ankle_is_not_level_2(reason: Reason) -> None:
    """Ch.4 and AHA/ASA 2019: residual weakness is pre-existing disability."""
    level = _esi(
        reason,
        "A 59-year-old man with residual left leg weakness from a brain bleed six years"
        " ago rolled his right ankle stepping off a bus. The ankle is swollen and he"
        " can bear weight with a limp.",
    )
    assert level >= 3


def test_remote_suicide_attempt_denying_current_thoughts_is_not_level_2(
    reason: Reason,
) -> None:
    """Ch.4: current suicidal ideation is high risk; an attempt years ago is not."""
    level = _esi(
        reason,
        "A 38-year-old man has an itchy rash on his forearms after clearing brambles."
        " He had a suicide attempt twelve years ago and says he has no thoughts of"
        " harming himself now.",
    )
    assert level >= 4


def test_childhood_anaphylaxis_with_a_cold_is_not_level_2(reason: Reason) -> None:
    """WAO 2020: anaphylaxis needs an exposure now; one as a child is history."""
    level = _esi(
        reason,
        "A 19-year-old man who had anaphylaxis to shellfish as a child has a runny nose"
        " and a scratchy throat for three days. He has eaten nothing new and his"
        " breathing is normal.",
    )
    assert level >= 4


def test_droop_left_over_from_bells_palsy_is_not_a_new_deficit(reason: Reason) -> None:
    """Ch.4: a facial droop left over from a past Bell's palsy is baseline."""
    level = _esi(
        reason,
        "A 48-year-old woman with a mild droop of her right lower face left over from"
        " Bell's palsy ten years ago has an itchy left ear after swimming. No fever.",
    )
    assert level >= 4


def test_new_weakness_beside_an_old_stroke_stays_level_2(reason: Reason) -> None:
    """Guard (AHA/ASA 2019): a new deficit today is a stroke until proven otherwise."""
    level = _esi(
        reason,
        "A 69-year-old man who had a stroke three years ago that left him with a"
        " slight limp developed new weakness of his left hand and slurred speech an"
        " hour ago.",
    )
    assert level <= 2


def test_current_plan_beside_a_remote_attempt_stays_level_2(reason: Reason) -> None:
    """Guard (ch.4, C-SSRS): a current plan is high risk whatever the history."""
    level = _esi(
        reason,
        "A 44-year-old woman who took an overdose fifteen years ago says she wants to"
        " die and has been collecting her husband's sleeping tablets this week.",
    )
    assert level <= 2


# --- decision point C: the unknown presentation predicted from what it is ---------


def test_embedded_earring_back_is_one_simple_procedure(reason: Reason) -> None:
    """Table 5-1: removing an embedded earring is a simple procedure, one resource."""
    level = _esi(
        reason,
        "A 13-year-old boy's earring back has sunk into his earlobe and is embedded"
        " there. The lobe is slightly red; he has no fever.",
    )
    assert level == 4


def test_fishing_hook_in_a_finger_is_one_simple_procedure(reason: Reason) -> None:
    """Table 5-1: removing a fish hook is a simple procedure, one resource."""
    level = _esi(
        reason,
        "A 61-year-old woman has a fishing hook caught in her index finger beyond the"
        " barb. She feels well otherwise.",
    )
    assert level == 4


def test_flu_vaccine_request_is_level_5(reason: Reason) -> None:
    """Table 5-1: an immunisation (like tetanus) is not a resource."""
    level = _esi(
        reason,
        "A 70-year-old man waiting with his wife asks whether he can get a flu vaccine"
        " today. He feels well and has no complaints.",
    )
    assert level == 5


def test_a_well_toddler_who_ate_a_sweet_is_not_level_3(reason: Reason) -> None:
    """Ch.5: no symptom and a well child: no work-up is predicted."""
    level = _esi(
        reason,
        "A 2-year-old boy chewed and swallowed a piece of his brother's chewing gum."
        " He is playing normally and has not vomited or coughed.",
    )
    assert level >= 4


def test_a_disease_flare_sent_by_the_specialist_stays_level_3(reason: Reason) -> None:
    """Guard (ch.5): a physician sending a flaring disease in predicts a work-up."""
    level = _esi(
        reason,
        "A 34-year-old woman says her ulcerative colitis is flaring and her"
        " gastroenterologist told her to come to the emergency department. She feels"
        " otherwise well.",
    )
    assert level <= 3

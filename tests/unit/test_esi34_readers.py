"""Readers of esi34: dated deficits and reports, dental blocks, normal states.

ConText (Harkema H et al. J Biomed Inform 2009;42:839): a history trigger's scope ends
at a new statement ("says ..."); an episode the patient says happened last year is
dated. A numb lip with thick speech after a dental block is the block's (Malamed 2019).
A normal bedside check names no presenting problem.
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings

KB = load_knowledge()


def _status(text: str, concept: str) -> set[str]:
    return {f.status for f in extract_findings(text, KB) if f.concept == concept}


def test_a_report_after_a_known_old_droop_is_current() -> None:
    """'with a known old facial droop says her right arm went weak 30 minutes ago'."""
    text = (
        "A 63-year-old woman with a known old right facial droop says her right arm"
        " went weak 30 minutes ago."
    )
    assert "present" in _status(text, "unilateral_weakness")


def test_a_seizure_he_says_he_had_last_year_is_history() -> None:
    """'says he had a seizure last year' dates the seizure."""
    assert _status("He says he had a seizure last year.", "seizure") == {"historical"}


def test_a_seizure_he_says_he_had_this_morning_is_current() -> None:
    """Guard: a report of today stays present."""
    assert "present" in _status("He says he had a seizure this morning.", "seizure")


def test_residual_speech_before_another_problem_dated_today_is_history() -> None:
    """A residual deficit's sentence may date another problem ('since last night')."""
    text = (
        "A 70-year-old man with slurred speech since his brain injury 10 years ago,"
        " has had a painful red toe since last night."
    )
    assert _status(text, "speech_disturbance") == {"historical"}


def test_dental_block_explains_a_numb_lip_and_slurred_speech() -> None:
    """Malamed 2019: the block's soft-tissue anaesthesia lasts hours."""
    text = (
        "Had a filling under local anaesthetic an hour ago; her lip is still numb and"
        " her speech is slurred."
    )
    from agents.offline.knowledge.dental_block import dental_block, dental_block_spans

    assert dental_block(text)
    assert dental_block_spans(text)
    assert "present" not in _status(text, "speech_disturbance")


def test_worn_off_dental_numbness_explains_nothing() -> None:
    """Guard: once the numbness has worn off, slurred speech is read as it stands."""
    text = (
        "Saw the dentist this morning, the lip numbness wore off at noon; now her"
        " speech is slurred."
    )
    from agents.offline.knowledge.dental_block import dental_block

    assert not dental_block(text)
    assert "present" in _status(text, "speech_disturbance")


def test_normal_bedside_states_name_no_complaint() -> None:
    """'playful, drinking' is no intoxication; 'passing urine normally' no urinary."""
    drink = KB.match_complaint(
        "A 2-year-old girl has had a cough and fever for 2 days; playful, drinking."
    )
    assert drink is None or drink.id != "intoxication"
    urine = KB.match_complaint(
        "A 20-year-old woman has nausea in the mornings; she is drinking fluids and"
        " passing urine normally."
    )
    assert urine is None or urine.id != "urinary_symptoms"


def test_bone_visible_without_a_fracture_is_no_open_fracture() -> None:
    """BOAST 4 2017: bone seen at a flap's base is the wound's depth."""
    text = "A 5 cm shin flap laceration with bone visible at its base. No deformity."
    assert "present" in _status(text, "bone_exposed")
    assert not _status(text, "open_wound")


def test_bone_visible_with_an_angulated_leg_is_an_open_fracture() -> None:
    """Guard, BOAST 4: with a deformity the bone seen is an open fracture."""
    text = "The leg is angulated with bone visible through a wound on the shin."
    assert "present" in _status(text, "open_wound")

"""trauma50: a penetrating limb wound and its artery's hard signs; new lexicon words.

Fox N et al. EAST 2012; Feliciano DV et al. WTA 2011 (hard signs); AAO-HNS 2013 Bell's
palsy; GRACE-3 2023 (truncal ataxia); ASIA 2019 (cord injury); Sanders 2016 (a weak neck
in myasthenia).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.limb_artery_words import limb_artery_spans


def _concepts(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in extract_findings(text, load_knowledge())}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("26M shot in the right thigh 20 minutes ago", "limb_penetrating_thigh"),
        ("stabbed in the left upper arm", "limb_penetrating_arm"),
        ("gunshot wound to the left groin", "limb_penetrating_thigh"),
        ("he was shot in the leg", "limb_penetrating_leg"),
        ("thigh stab wound", "limb_penetrating_thigh"),
        ("shot in the back of the knee", "limb_penetrating_knee"),
    ],
)
def test_a_penetrating_limb_wound_is_read_with_its_site(text: str, site: str) -> None:
    assert site in {c for c, _, _ in limb_artery_spans(text)}


@pytest.mark.parametrize(
    "text",
    [
        "had a flu shot in the arm last week",
        "stabbed in the chest",
        "laceration of the thigh on a fence",
        "stabbing pain in the thigh",
    ],
)
def test_no_penetrating_limb_wound(text: str) -> None:
    assert not limb_artery_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "shot in the thigh, bright red pulsatile bleeding from the wound",
        "thigh stab wound with spurting blood",
        "stabbed in the upper arm, radial pulse absent",
        "shot in the calf, foot pulses are not palpable",
        "gunshot wound to the groin, expanding haematoma",
    ],
)
def test_a_hard_sign_beside_a_limb_wound(text: str) -> None:
    assert _concepts(text).get("arterial_hard_sign") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "stabbed in the thigh, pulses palpable in the foot",
        "stabbed in the thigh, no expanding haematoma",
        "expanding haematoma of the thigh after a fall on warfarin",
        "shot in the arm, radial pulse weaker than the right",
    ],
)
def test_no_hard_sign(text: str) -> None:
    assert _concepts(text).get("arterial_hard_sign") != "present"


def test_a_limb_wound_implies_penetrating_trauma() -> None:
    kb = load_knowledge()
    assert "limb_penetrating" in kb.implies.get("limb_penetrating_thigh", ())


@pytest.mark.parametrize(
    "text",
    [
        "cannot wrinkle his right forehead",
        "unable to raise her left eyebrow",
    ],
)
def test_the_owners_forehead_is_a_lower_motor_neurone_palsy(text: str) -> None:
    assert _concepts(text).get("lmn_facial_palsy") == "present"


def test_drooling_from_one_side_of_the_mouth_is_a_facial_droop() -> None:
    found = _concepts("drooling from the left of her mouth")
    assert found.get("facial_droop") == "present"
    assert "drooling" not in found


def test_drooling_alone_stays_drooling() -> None:
    assert _concepts("drooling and unable to swallow").get("drooling") == "present"


def test_a_gait_falling_to_one_side_is_ataxia() -> None:
    found = _concepts("cannot walk without falling to the right, slurred speech")
    assert found.get("ataxia") == "present"
    assert found.get("speech_disturbance") == "present"


def test_legs_that_cannot_move_or_feel_are_a_cord_sign() -> None:
    found = _concepts("cannot move or feel his legs")
    assert found.get("cord_injury_signs") == "present"


def test_a_weak_neck_is_neck_weakness() -> None:
    assert _concepts("ptosis, weak neck, breathless").get("neck_weakness") == "present"

"""medgi54: the readers changed this session, called directly (no graph).

Williams E et al. BSG 2017: a stone in the bile duct is no ureteric stone. Chirica M
et al. WSES-ESGE 2019: a corrosive swallowed by the mouthful is a caustic ingestion.
NICE NG225 2022: an overdose taken after a row is self-harm. Salonia A et al. EAU 2022:
a rigid penile shaft is a priapism's sign, not NMS muscle rigidity. CDC ACIP 2018: a
corrosive's mouth burns are no tetanus-prone wound.
"""

from __future__ import annotations

from agents.offline.rules._rigidity_site import penile_rigidity
from agents.offline.rules._worded_signs import worded_sign_spans
from agents.offline.rules.reports import report_findings
from agents.offline.rules.self_harm_intent import self_harm_intent_spans
from agents.pathways import _TETANUS_PRONE


def _concepts(text: str) -> set[str]:
    return {f.concept for f in report_findings(text)}


def test_a_stone_in_the_bile_duct_is_no_ureteric_stone() -> None:
    assert "us_ureteric_stone" not in _concepts(
        "ALP 420, CBD 11 mm with a stone on ultrasound."
    )
    assert "us_ureteric_stone" not in _concepts(
        "Ultrasound: stone in the common bile duct."
    )


def test_a_urinary_stone_is_still_read() -> None:
    assert "ct_ureteric_stone" in _concepts("CT KUB: 7 mm stone at the right PUJ.")
    assert "us_ureteric_stone" in _concepts(
        "Ultrasound: 6 mm stone at the right VUJ with hydronephrosis."
    )
    assert "ct_ureteric_stone" in _concepts("CT: stone at the VUJ, gallbladder normal.")


def test_a_mouthful_of_drain_cleaner_is_a_caustic_ingestion() -> None:
    spans = worded_sign_spans("She swallowed a mouthful of drain cleaner an hour ago.")
    assert any(c == "caustic_ingestion" for c, _s, _e in spans)
    spans = worded_sign_spans("Drank a cup of bleach.")
    assert any(c == "caustic_ingestion" for c, _s, _e in spans)


def test_cleaning_a_drain_is_no_ingestion() -> None:
    spans = worded_sign_spans(
        "Was cleaning the drain with drain cleaner when it splashed."
    )
    assert not any(c == "caustic_ingestion" for c, _s, _e in spans)


def test_an_overdose_amount_after_a_row_is_self_harm() -> None:
    assert self_harm_intent_spans(
        "Took 24 tablets of sertraline after a fight with her mother."
    )
    assert self_harm_intent_spans("After a row she took a handful of tablets.")


def test_two_tablets_after_an_argument_are_no_self_harm() -> None:
    assert not self_harm_intent_spans(
        "Took two paracetamol after an argument for a headache."
    )
    assert not self_harm_intent_spans("Fell after an argument.")


def test_a_rigid_shaft_is_the_penis_not_the_muscles() -> None:
    text = "Painful erection for 5 hours. Rigid shaft, soft glans."
    start = text.index("Rigid")
    assert penile_rigidity(text, start, start + 5)
    limbs = "Fever, confusion. Rigid limbs."
    start = limbs.index("Rigid")
    assert not penile_rigidity(limbs, start, start + 5)


def test_mouth_burns_are_no_tetanus_prone_wound() -> None:
    assert not _TETANUS_PRONE.search("burns on the tongue and lips after drain cleaner")
    assert not _TETANUS_PRONE.search("mouth burns after the ingestion")
    assert _TETANUS_PRONE.search("burns to the left hand from boiling water")

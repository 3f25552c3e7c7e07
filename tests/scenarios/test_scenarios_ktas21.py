"""KTAS pain and haemodynamic modifiers read as the complaint sets them (ktas21).

Sources: Bullard MJ et al. Revisions to the CTAS guidelines 2016. CJEM
2017;19(S2):S18-S27 (pain modifier: central pain arises in a body cavity or an organ,
peripheral pain in the skin, soft tissue, axial skeleton or extremities; severe
peripheral pain is level 3, moderate 4); the CTAS National Working Group adult
first-order modifier card (haemodynamic stability: "vital signs at the upper and
lower ends of normal as they relate to the presenting complaint" is level 3,
compromise 2, shock 1); Park J, Lim T. Korean Triage and Acuity Scale (KTAS). J
Korean Soc Emerg Med 2017;28:547-551; Moon SH et al. PLoS One 2019;14:e0216972 and
Lee JH et al. PLoS One 2019;14:e0216519 (the pain scale misapplied is the main cause
of KTAS mistriage and of over-triage).

Each vignette is written from the manuals, in wording of its own; properties (level
bounds), not strings, are asserted.
"""

from __future__ import annotations

import pytest

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, vitals


def _site(
    reason: Reason,
    complaint: str,
    v: dict[str, float],
    pain: float | None = None,
    age: int = 38,
) -> int:
    """The KTAS level the reasoner gives a walk-in adult with ``complaint``."""
    out = ktas_walk_in(reason, complaint, v, age=age, case_id="ktas21", pain=pain)
    assert out.final.site_level is not None
    return out.final.site_level


NORMAL = vitals(78, 128, 80, 16, 98, 36.7)


@pytest.mark.parametrize("complaint", ["bruised shin", "grazed skin on the forearm"])
def test_minor_limb_or_skin_complaint_walk_in_is_ktas_4_or_5(
    reason: Reason, complaint: str
):
    # A walk-in with a minor limb or skin complaint, normal vital signs and moderate
    # peripheral pain is KTAS 4-5 (CTAS 2016 pain modifier: peripheral 4-7 -> 4); a
    # complaint named in words the lexicon lacks is not held at 3 when its site is
    # a limb or the skin.
    assert _site(reason, complaint, NORMAL, pain=5) >= 4


def test_severe_peripheral_pain_stays_ktas_3(reason: Reason):
    # Severe peripheral pain (8-10) is level 3 by the KTAS / CTAS pain modifier, not
    # 2 (that is severe *central* pain), when no first-order modifier applies.
    assert _site(reason, "bruised shin", NORMAL, pain=9) == 3


def test_toothache_with_borderline_heart_rate_is_ktas_4(reason: Reason):
    # A heart rate at the upper end of normal counts at level 3 only "as it relates
    # to the presenting complaint" (CTAS card): a painful tooth with HR 114 and
    # moderate (peripheral) pain is level 4.
    assert _site(reason, "painful wisdom tooth", vitals(114, 132, 84, 16, 99), 5) == 4


def test_peripheral_complaint_with_compromise_is_ktas_2_guard(reason: Reason):
    # Guard: the first-order modifiers still bind: haemodynamic compromise (HR 132)
    # with the same limb complaint is level 2.
    assert _site(reason, "bruised shin", vitals(132, 118, 74, 18, 98), 4) <= 2


def test_local_complaint_with_hypotension_is_ktas_2_guard(reason: Reason):
    # Guard: only the "ends of normal" band depends on the complaint: an SBP of 84
    # with a toothache is still haemodynamic compromise (2) or worse.
    assert _site(reason, "painful wisdom tooth", vitals(96, 84, 50, 18, 98), 3) <= 2


def test_bleeding_wound_with_tachycardia_stays_ktas_3_guard(reason: Reason):
    # Guard: bleeding relates to the circulation: a cut palm with HR 116 keeps the
    # level-3 "ends of normal" reading.
    v = vitals(116, 126, 80, 18, 98)
    assert _site(reason, "cut palm on broken glass", v, pain=3) <= 3


def test_central_site_named_with_a_limb_stays_central_guard(reason: Reason):
    # Guard: a text naming a body cavity as well as a limb is read as central pain
    # (CTAS: the more urgent reading when in doubt): 8/10 stays level 2.
    assert _site(reason, "bruised shin and chest", NORMAL, pain=8) <= 2


def test_facial_injury_with_moderate_pain_is_ktas_4(reason: Reason):
    # The face's soft tissue and skeleton are peripheral in the pain modifier (as
    # the nose, lips, ears and teeth are): a ball to the face with 6/10 pain, alert
    # and with normal vital signs, is level 4, not 3 as a head (cranial) injury.
    assert _site(reason, "hit in the face with a ball", NORMAL, pain=6) == 4


def test_blow_to_the_head_stays_central_guard(reason: Reason):
    # Guard: a blow to the head (the cranial cavity) with 6/10 pain stays central
    # moderate pain, level 3 or more urgent.
    assert _site(reason, "hit on the head with a ball", NORMAL, pain=6) <= 3


def test_facial_injury_with_reduced_consciousness_is_ktas_2_guard(reason: Reason):
    # Guard: the consciousness modifier binds whatever the site: a facial injury
    # with GCS 13 is level 2 or more urgent.
    assert _site(reason, "hit in the face with a ball, GCS 13", NORMAL, pain=6) <= 2

"""How a note's words are read when a misreading changes an order or a disposition.

text24 (issue 10). Text-layer sources: ConText (Harkema H et al. J Biomed Inform
2009;42:839) for experiencer and temporality; the stroke recognition tools for the
lay words of a one-sided deficit (Kothari RU et al. Cincinnati Prehospital Stroke
Scale, Ann Emerg Med 1999;33:373; FAST: face, arm, speech).

Each scenario failed on main before its change (main ab55dac).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_arm_she_cannot_lift_is_a_stroke_in_the_window(reason: Reason) -> None:
    """AHA/ASA 2019 acute ischaemic stroke (Powers WJ et al. Stroke 2019;50:e344):
    a sudden one-sided deficit within the reperfusion window gets brain and vessel
    imaging and the stroke team at once. "Could not lift her right arm" is the arm
    weakness of FAST; main read no deficit and gave an observation stay without
    imaging."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=77,
            sex="F",
            vitals=vitals(84, 171, 94, 16, 97),
            one_liner="77-year-old woman who suddenly could not lift her right arm"
            " while gardening 50 minutes ago",
            ed_note="Neighbour called the ambulance. Normal when seen at 1000.",
        )
    )
    assert O.ordered(out, "ct head", "cta", "ct angiography"), O.orders(out)
    assert O.ordered(out, "stroke team", "neurology"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"

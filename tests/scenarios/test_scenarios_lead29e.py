"""The lead's session-29 review, fifth part: both arms weak after a fall.

Written from: ATLS 10th ed. ch. 7 (a neurological deficit after trauma is a spinal
cord injury until imaged: spinal motion restriction); Pang D, Wilberger JE. J
Neurosurg 1982;57:114 (spinal cord injury without radiographic abnormality in
children: MRI); Walters BC et al. AANS/CNS 2013.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_toddler_not_moving_both_arms_after_a_fall_gets_spinal_precautions(
    reason: Reason,
) -> None:
    """A 3-year-old will not move either arm after falling from a bunk bed: the
    cervical cord is injured until imaged; spinal motion restriction and spine
    imaging are ordered."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=3,
            sex="F",
            vitals=vitals(124, 96, 58, 26, 98),
            one_liner="3-year-old girl fell from the top bunk, not moving both arms.",
            ed_note=(
                "HPI: fell from the top bunk onto the floor an hour ago, cried at once."
                "\nExam: not moving both arms, arms floppy, moving both legs, alert."
            ),
        )
    )
    assert O.ordered(out, "spinal motion restriction", "collar", "immobilis"), O.orders(
        out
    )
    assert O.ordered(out, "mri"), O.orders(out)

"""The lead's session-29 review, fourth part: endophthalmitis after an eye procedure.

Written from: Endophthalmitis Vitrectomy Study Group, Arch Ophthalmol 1995;113:1479
(after intraocular surgery blurred vision in 94 %, pain in 74 %); Durand ML, Clin
Microbiol Rev 2017;30:597 (after surgery or an intravitreal injection; vitreous tap
and intravitreal antibiotics within hours); AAO PPP 2021 cataract in the adult eye.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_painful_eye_with_falling_vision_after_an_injection_is_endophthalmitis(
    reason: Reason,
) -> None:
    """Three days after an intravitreal anti-VEGF injection, the eye is sore and red
    and the vision is getting worse: endophthalmitis is named, ophthalmology is called
    emergently and the patient is not sent home."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=78,
            sex="M",
            vitals=vitals(80, 142, 84, 16, 97),
            one_liner="78M sore red left eye after his macular injection.",
            ed_note=(
                "HPI: intravitreal injection for macular degeneration 3 days ago; "
                "since yesterday the eye is sore and red and his vision is getting "
                "worse."
            ),
        )
    )
    assert "endophthalmitis" in (out.final.diagnosis_name or "").lower(), out.final
    assert O.ordered(out, "ophthalmology"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)

"""Words that are not what they look like, and time-critical treatment that the
safety gates must not stall (lead, session 16).

Written from: Konstantinides SV et al. ESC 2019 acute pulmonary embolism, Eur Heart J
2020;41:543 (anticoagulate confirmed PE; haemorrhagic-shock care needs a bleed);
ATLS 10th ed. (haemorrhagic shock after injury).
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_TRAUMA_CARE = ("tranexamic", "trauma surgery", "massive transfusion", "pelvic binder")


@pytest.mark.parametrize(
    "wording",
    [
        "Blood pressure stable throughout, mentating normally.",
        "Haemodynamically stable on arrival.",
        "Observations have been stable since the ambulance.",
    ],
)
def test_stable_is_not_a_stab_wound(reason: Reason, wording: str) -> None:
    """A confirmed PE in a patient described as 'stable': anticoagulation goes ahead,
    and no injury care (TXA, trauma surgeon, massive transfusion) appears, because
    nobody was injured or is bleeding (ESC 2019 PE; ATLS 10th ed.)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=61,
            sex="M",
            vitals=vitals(112, 112, 70, 24, 92),
            ed_note="61M, 10 days after hip surgery, sudden breathlessness and "
            "pleuritic chest pain. CT pulmonary angiogram: right main pulmonary "
            "artery embolus. " + wording,
        )
    )
    assert not any(O.ordered(out, word) for word in _TRAUMA_CARE)
    assert O.medication_ordered(out, "heparin", "enoxaparin", "anticoagula")
    assert not any("heparin" in name.lower() for name in O.blocked_names(out))

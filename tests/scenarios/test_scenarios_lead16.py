"""Words that are not what they look like, and time-critical treatment that the
safety gates must not stall (lead, session 16).

Written from: Konstantinides SV et al. ESC 2019 acute pulmonary embolism, Eur Heart J
2020;41:543 (anticoagulate confirmed PE; haemorrhagic-shock care needs a bleed);
ATLS 10th ed. (haemorrhagic shock after injury); ASAM Clinical Practice Guideline on
Alcohol Withdrawal Management 2020 (benzodiazepines, thiamine before glucose, a
monitored bed for withdrawal delirium); Powers WJ et al. AHA/ASA 2019 acute
ischaemic stroke (BP lowered below 185/110 so that thrombolysis can be given).
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


_BENZODIAZEPINE = ("diazepam", "lorazepam", "chlordiazepoxide", "benzodiazepine")


def test_alcohol_withdrawal_gets_a_benzodiazepine_and_thiamine(reason: Reason) -> None:
    """Heavy drinking stopped two days ago, shaking, sweating and anxious with a
    pulse of 118: a benzodiazepine and thiamine, whatever else is worked up
    (ASAM 2020)."""
    out = reason(
        make_case(
            "anxiety",
            age=47,
            sex="F",
            vitals=vitals(118, 152, 92, 20, 97, t=37.6),
            ed_note="47F, alcohol dependence, usually a bottle of wine and half a "
            "bottle of gin a day; stopped drinking 2 days ago to prove she can. "
            "Shaking hands, sweating, anxious, slept badly, retching. Oriented.",
        )
    )
    assert O.medication_ordered(out, *_BENZODIAZEPINE)
    assert O.medication_ordered(out, "thiamine")
    assert not O.ordered(out, "high-dependency")  # oriented: not delirium


def test_withdrawal_delirium_is_monitored(reason: Reason) -> None:
    """Delirium with visual hallucinations on day 3 after stopping: benzodiazepine,
    thiamine and a high-dependency or ICU bed (ASAM 2020)."""
    out = reason(
        make_case(
            "hallucinations",
            age=58,
            sex="M",
            vitals=vitals(128, 170, 100, 24, 96, t=38.1),
            ed_note="58M, alcoholic, drinks 12 cans of cider daily, last drink 72 h "
            "ago when he was admitted to a care home. Disoriented, tremor, drenched in "
            "sweat, hallucinating spiders on the ceiling.",
        )
    )
    assert O.medication_ordered(out, *_BENZODIAZEPINE)
    assert O.medication_ordered(out, "thiamine")
    assert O.ordered(out, "high-dependency")


def test_drinking_without_withdrawal_gets_no_benzodiazepine(reason: Reason) -> None:
    """Intoxicated now (still drinking), calm, no tremor: no benzodiazepine order
    from the withdrawal pathway (ASAM 2020: withdrawal follows cessation)."""
    out = reason(
        make_case(
            "alcohol intoxication",
            age=35,
            sex="M",
            vitals=vitals(92, 128, 80, 16, 98),
            ed_note="35M, drinks heavily at weekends, drank a bottle of vodka tonight, "
            "slurred speech, sleepy but rousable, no tremor, no head injury.",
        )
    )
    assert not O.medication_ordered(out, *_BENZODIAZEPINE)


_BP_LOWERING = ("labetalol", "nicardipine", "clevidipine")


@pytest.mark.parametrize(
    ("sbp", "dbp", "lowered"), [(204, 112, True), (176, 96, False)]
)
def test_stroke_lytic_held_for_bp_comes_with_bp_lowering(
    reason: Reason, sbp: int, dbp: int, lowered: bool
) -> None:
    """A disabling deficit 1 h old: above 185/110 the lytic waits and the pressure
    is lowered so that it can be given; below it, no BP drug is added (AHA/ASA
    2019)."""
    out = reason(
        make_case(
            "speech difficulty",
            age=69,
            sex="M",
            vitals=vitals(88, sbp, dbp, 16, 97),
            ed_note="69M, sudden slurred speech and left arm and leg weakness that "
            "began 1 hour ago, still present. Glucose 6.1 mmol/L. Not on "
            "anticoagulants. CT head: no haemorrhage.",
        )
    )
    assert O.medication_ordered(out, *_BP_LOWERING) is lowered

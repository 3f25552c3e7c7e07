"""A discharge while the imaging that decides it is still pending (pend31).

A study ordered to exclude an injury has excluded nothing until it is read: a
discharge chosen before then is conditional on that result and names the test, and
the immobilisation stays until the result clears the injury (NEXUS, Hoffman JR et al.
N Engl J Med 2000;343:94; Canadian C-spine rule, Stiell IG et al. JAMA
2001;286:1841; NICE NG38 2016 fractures; Callen J et al. J Gen Intern Med
2012;27:1334 on results pending at discharge).
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT = re.compile(r"(?i)\bct\b")
_RADIOGRAPH = re.compile(r"(?i)radiograph|x-?ray")
_CONDITIONAL = re.compile(r"(?i)only once|until|not yet|pending|awaiting")
_IMMOBILISED = re.compile(r"(?i)collar|immobili[sz]|splint")


def _conditional_on(rationale: str, test: re.Pattern[str]) -> bool:
    """Whether a rationale makes the discharge wait for the named test."""
    return bool(test.search(rationale) and _CONDITIONAL.search(rationale))


def test_older_neck_pain_after_fall_discharge_waits_for_the_ct(
    reason: Reason,
) -> None:
    """Canadian C-spine rule (age >= 65 is high risk: image) and NEXUS: a 78-year-old
    with neck pain after a fall goes home, if at all, only once the CT of the
    cervical spine is read and clears the spine; the collar stays until then."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=78,
            sex="F",
            vitals=vitals(82, 146, 80, 16, 97),
            one_liner="78F neck pain after a fall at home",
        )
    )
    d = O.disposition(out)
    assert d.disposition != "Discharge" or (
        _conditional_on(d.rationale, _CT) and _IMMOBILISED.search(d.rationale)
    ), d.rationale


def test_fall_with_ct_c_spine_planned_discharge_names_the_pending_ct(
    reason: Reason,
) -> None:
    """NEXUS; Canadian C-spine rule; Patel MB et al. EAST 2015 (collar off after a
    negative CT): with the CT only planned, discharge is conditional on its result
    and the collar stays on."""
    out = reason(
        make_case(
            "FALL",
            age=78,
            sex="F",
            vitals=vitals(82, 146, 80, 16, 97),
            ed_note=(
                "Tripped at home, now neck pain. Alert, no neuro deficit. "
                "Plan CT C-spine, collar."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition != "Discharge" or (
        _conditional_on(d.rationale, _CT) and _IMMOBILISED.search(d.rationale)
    ), d.rationale


def test_snuffbox_tenderness_discharge_waits_for_the_radiograph(
    reason: Reason,
) -> None:
    """NICE NG38 2016: a suspected scaphoid fracture is imaged and splinted; the
    discharge from the ED is conditional on the wrist radiograph being read, the
    splint staying on; the label stays Discharge (no guideline admits it)."""
    out = reason(
        make_case(
            "WRIST PAIN",
            age=34,
            sex="F",
            vitals=vitals(88, 124, 78, 14, 99),
            ed_note="Fell on outstretched hand. Anatomical snuffbox tenderness.",
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Discharge", d.disposition
    assert _conditional_on(d.rationale, _RADIOGRAPH), d.rationale
    assert _IMMOBILISED.search(d.rationale), d.rationale


def test_guard_read_radiograph_adds_no_pending_condition(reason: Reason) -> None:
    """Guard (NICE NG38 2016): once the wrist radiograph is reported, the discharge
    waits for no radiograph (follow-up imaging is the clinic's, not the ED's)."""
    out = reason(
        make_case(
            "WRIST PAIN",
            age=34,
            sex="F",
            vitals=vitals(88, 124, 78, 14, 99),
            ed_note=(
                "Fell on outstretched hand. Anatomical snuffbox tenderness. "
                "Wrist X-ray: no fracture seen."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Discharge", d.disposition
    assert not _conditional_on(d.rationale, _RADIOGRAPH), d.rationale

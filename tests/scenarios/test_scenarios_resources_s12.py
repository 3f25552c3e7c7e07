"""ESI decision point C: expected resources predicted by the handbook's own counting.

ESI v4 Implementation Handbook (Gilboy et al., AHRQ 2012/2020 ed.) ch.5, Table 5-1:
labs count once, each imaging modality, IV fluids (hydration), IV/IM/nebulised
medications, specialty consultation, simple procedure 1, complex procedure 2 are
resources; history and physical, point-of-care tests, saline lock, PO medications,
prescription refills, simple wound care, crutches/splints/slings are not. Ch.6:
danger-zone vitals are weighed at decision point D, they are not resources
themselves. Written from the handbook, not from rows of the shared data; each case
pins both directions (the fix and the level it must not fall below).
"""

from __future__ import annotations

import pytest

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 80,
    "systolic_bp": 124,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 99,
    "temperature_c": 36.8,
}


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def test_allergic_reaction_with_tachycardia_and_tachypnoea_stays_esi2(
    reason: Reason,
) -> None:
    """Guard (passes before and after): an allergic reaction with HR 122, RR 24 and
    SBP 96 is a systemic reaction needing IM adrenaline, IV fluids and nebulised
    treatment (>= 2 resources) and its danger-zone vitals uptriage it at decision
    point D (handbook ch.6). A tried change that stopped tachypnoea from adding
    resources dropped this patient to ESI 3 and was not kept."""
    vitals = {**NORMAL, "heart_rate": 122, "respiratory_rate": 24, "systolic_bp": 96}
    out = reason(make_case("ALLERGIC REACTION", age=36, sex="F", vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= 2


def test_hypoxia_still_means_treatment_and_imaging(reason: Reason) -> None:
    """Handbook Table 5-1: hypoxia needs nebulised/IV treatment and a chest film
    (two resources) whatever the complaint; SpO2 < 92 % is uptriaged at D."""
    out = reason(make_case("cough", age=30, sex="M", vitals={**NORMAL, "spo2": 90}))
    tri = _triage(out)
    assert tri.expected_resources is not None and tri.expected_resources >= 2
    assert out.final.esi is not None and out.final.esi <= 2


@pytest.mark.parametrize(
    ("complaint", "heart_rate"),
    [
        ("diarrhea, feels dehydrated, dry lips", 92),
        ("diarrhea", 112),
        ("vomiting, dehydrated", 88),
    ],
)
def test_vomiting_or_diarrhoea_with_volume_loss_needs_labs_and_iv_fluids(
    reason: Reason, complaint: str, heart_rate: int
) -> None:
    """Handbook ch.5 answer to its dehydrated-traveller vignette: 'labs and IV fluid
    replacement - two resources' (ESI 3). Stated dehydration or a danger-zone heart
    rate are the signs; the dehydrated adult was ESI 4 on one resource before."""
    out = reason(
        make_case(
            complaint, age=34, sex="M", vitals={**NORMAL, "heart_rate": heart_rate}
        )
    )
    assert _triage(out).expected_resources == 2
    assert out.final.esi == 3


def test_diarrhoea_without_volume_loss_stays_one_resource(reason: Reason) -> None:
    """The other direction: diarrhoea with normal vitals and no stated dehydration
    needs at most a stool/lab test (one resource): ESI 4, not 3."""
    out = reason(make_case("diarrhea", age=34, sex="M", vitals=NORMAL))
    assert _triage(out).expected_resources == 1
    assert out.final.esi == 4


@pytest.mark.parametrize(
    "complaint", ["suture removal", "wound check", "dressing change"]
)
def test_simple_wound_care_is_not_a_resource(reason: Reason, complaint: str) -> None:
    """Handbook Table 5-1: simple wound care (dressings, recheck) is not a resource;
    a well adult coming for it is ESI 5 (it was ESI 3 as an unrecognised complaint
    or ESI 4 as a laceration needing repair)."""
    out = reason(make_case(complaint, age=40, sex="M", vitals=NORMAL))
    assert _triage(out).expected_resources == 0
    assert out.final.esi == 5


def test_infected_wound_at_recheck_is_not_esi5(reason: Reason) -> None:
    """The other direction (IDSA SSTI 2014; handbook ch.6): fever with a danger-zone
    heart rate at a wound recheck is a possible wound infection, not a dressing."""
    vitals = {**NORMAL, "heart_rate": 118, "temperature_c": 38.9}
    out = reason(make_case("wound check, red and hot", age=40, sex="M", vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= 3


def test_laceration_still_needs_repair(reason: Reason) -> None:
    """Pin: a laceration is a simple procedure (one resource, ESI 4), not wound care."""
    out = reason(make_case("laceration to finger", age=30, sex="M", vitals=NORMAL))
    assert _triage(out).expected_resources == 1
    assert out.final.esi == 4

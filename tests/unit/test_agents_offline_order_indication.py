"""An order's indication: ``requires_cause`` (orders follow the cause, NICE NG234)."""

from __future__ import annotations

from agents.offline.knowledge.models import OrderSpec
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.treatment import indicated

STEROID = OrderSpec(
    kind="medication",
    name="dexamethasone 16 mg",
    reason="MSCC with neurological signs",
    requires=["leg_weakness"],
    requires_cause=["active_cancer", "mri_cord_compression"],
)


def _facts(*present: str) -> ClinicalFacts:
    return ClinicalFacts(present=frozenset(present))


def test_cause_specific_order_needs_its_cause() -> None:
    assert not indicated(STEROID, _facts("leg_weakness", "fever"))
    assert indicated(STEROID, _facts("leg_weakness", "active_cancer"))
    assert indicated(STEROID, _facts("leg_weakness", "mri_cord_compression"))


def test_cause_alone_without_the_indication_is_not_enough() -> None:
    assert not indicated(STEROID, _facts("active_cancer"))


def test_no_text_read_gives_no_cause_specific_order() -> None:
    assert not indicated(STEROID, None)

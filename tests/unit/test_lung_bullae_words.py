"""lead43: a lung's bullae are no skin blister (Fleischner glossary, Hansell 2008)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings

KB = load_knowledge()


def _concepts(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text, KB) if f.status == "present"}


@pytest.mark.parametrize(
    "text",
    [
        "CXR: right pneumothorax with emphysematous bullae.",
        "CT chest: large apical bullae, no consolidation.",
        "Known bullous emphysema.",
        "Giant bulla in the left upper lobe.",
    ],
)
def test_lung_bullae_are_no_mucosal_or_skin_blistering(text: str) -> None:
    assert "mucosal_involvement" not in _concepts(text)


def test_skin_bullae_still_read() -> None:
    assert "mucosal_involvement" in _concepts(
        "Painful rash with bullae over the trunk."
    )

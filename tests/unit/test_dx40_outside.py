"""dx40: an imaging study's stated conclusion naming a disease the knowledge base lacks.

Berger JR et al. AAN PML criteria (Neurology 2013;80:1430); Transverse Myelitis
Consortium Working Group (Neurology 2002;59:499); ConText (Harkema H et al. J Biomed
Inform 2009;42:839): a negation belongs to its own clause.
"""

from __future__ import annotations

from agents.offline.diagnosis import _alias_rx
from agents.offline.knowledge import load_knowledge
from agents.offline.outside import outside_diagnoses


def _outside(text: str) -> tuple[str, ...]:
    return outside_diagnoses([text], _alias_rx(load_knowledge()))


def test_a_conclusion_after_negated_findings_is_read() -> None:
    """The negation describes the findings, the conclusion names the disease."""
    assert _outside(
        "MRI brain: white matter lesions without mass effect, consistent with "
        "progressive multifocal leukoencephalopathy."
    )
    assert _outside("MRI spine: no compression, in keeping with transverse myelitis.")


def test_a_negated_conclusion_is_not_read() -> None:
    """Guard: 'not consistent with' negates the conclusion itself."""
    assert not _outside(
        "MRI spine: disc bulge, not consistent with transverse myelitis."
    )


def test_a_known_disease_or_a_described_finding_is_not_outside() -> None:
    """Guard: a disease the knowledge base holds, or imaging without a conclusion."""
    assert not _outside("CT abdomen: dilated appendix, consistent with appendicitis.")
    assert not _outside("MRI brain: multifocal white matter lesions.")
    assert not _outside("Ultrasound: consistent with hepatic steatosis.")


def test_a_historical_conclusion_is_not_outside() -> None:
    """Guard: an old study in the past history is not this visit's result."""
    assert not _outside("Past history: MRI in 2019 consistent with neurosarcoidosis.")

"""The report reader's cue gate (perf44): the same patterns read as with one ``any``
per pattern, and the same findings (agents.offline.rules.reports)."""

from __future__ import annotations

import re

import pytest

from agents.offline.rules import reports
from agents.offline.rules.findings import Finding
from agents.offline.rules.reports import CueGate, report_findings

TEXTS = (
    "",
    "x",
    "CT abdomen/pelvis: acute appendicitis.",
    "CTPA negative for PE. Duplex ultrasound shows DVT in the popliteal vein.",
    "UA: blood 3+, nitrite positive, leukocyte esterase 2+.",
    "Urine dip: nitrite negative, leucocytes negative, blood negative.",
    "XR ankle: Weber B fracture. CXR: right 4th-6th rib fractures. Fx of L1.",
    "CT head: acute left subdural haematoma 9 mm; no midline shift.",
    "PR exam: melaena. Black stool for 2 days.",
    "Aorta measures 4.2 cm. CBD 11 mm. RV/LV ratio 1.3.",
    "TVUS: extrauterine gestational sac; adnexal mass. Doppler: absent flow, torsion.",
    "CXR R apical PTX 2 cm; pneumothorax seen on CXR.",
    "MRI spine: epidural abscess T8. Abscess cavity / collection on US.",
    "Chest x-ray: pulmonary venous congestion, Kerley B lines, cephalisation.",
    "CT: diverticulitis. Cholecystitis on ultrasound; Murphy sign positive.",
    "CT: thickened sigmoid with pericolic fat stranding and diverticula.",
    "Dip negative for leucocytes and nitrites, positive for blood.",
    "CT venogram: filling defect in the transverse sinus (empty delta sign).",
    "Whirlpool sign of the right ovarian pedicle; torsed ovary.",
    "segmental/subsegmental PE on CTA chest",
    "\u0130STANBUL \u212a \u017f CT: APPENDICITIS",  # characters lower() changes
    "Pain, chest; hx of open-book pelvic injury, symphysis widening, sacroiliac",
    "He told us about the clot. Plan: CT to rule out appendicitis.",
)


class _AnyGate:
    """The gate before perf44: one ``any`` over each pattern's cues."""

    def open_bits(self, lower: str) -> int:
        return sum(
            1 << i
            for i, (_, cue, _) in enumerate(reports._GATED)
            if any(k in lower for k in cue)
        )


def _old_report_findings(text: str) -> tuple[Finding, ...]:
    """The reader with the per-pattern ``any`` gate (the rest of it unchanged)."""
    gate = reports._GATE
    reports._GATE = _AnyGate()  # type: ignore[assignment]
    try:
        return reports._report_findings(text)
    finally:
        reports._GATE = gate


def _words() -> list[str]:
    return sorted({k for _, cue, _ in reports._GATED for k in cue})


def test_gate_bits_are_any_of_each_cue_tuple() -> None:
    cues = tuple(cue for _, cue, _ in reports._GATED)
    gate = CueGate(cues)
    samples = [t.lower() for t in TEXTS] + _words() + [" ".join(_words())]
    samples += [w[:-1] for w in _words()] + [w.upper() for w in _words()]
    for lower in samples:
        bits = gate.open_bits(lower)
        for i, cue in enumerate(cues):
            assert bool(bits >> i & 1) == any(k in lower for k in cue), (i, lower)


def test_gate_of_shared_words_and_empty_cues() -> None:
    gate = CueGate((("fx", "fractur"), ("fx",), (), ("clot",)))
    assert gate.open_bits("wrist fx") == 0b0011
    assert gate.open_bits("fracture and clot") == 0b1001
    assert gate.open_bits("") == 0
    assert gate.open_bits("nothing here") == 0


@pytest.mark.parametrize("text", TEXTS)
def test_same_findings_as_one_any_per_pattern(text: str) -> None:
    assert reports._report_findings(text) == _old_report_findings(text)


def test_every_cue_word_alone_and_each_pattern_example() -> None:
    # each cue word inside a result sentence: the gate opens the same patterns
    for word in _words():
        text = f"CT abdomen: {word} seen. Ultrasound shows {word}. UA: {word} 2+."
        assert reports._report_findings(text) == _old_report_findings(text)
        assert report_findings(text) == _old_report_findings(text)


def test_patterns_are_compiled_and_ordered() -> None:
    assert all(isinstance(rx, re.Pattern) for _, _, rx in reports._GATED)
    assert [c for c, _, _ in reports._GATED[-3:]] == [
        "hematuria",
        "urine_nitrite",
        "pyuria",
    ]

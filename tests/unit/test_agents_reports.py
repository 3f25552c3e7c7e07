"""Imaging and dipstick results stated in words (agents.offline.rules.reports)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.reports import report_findings


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("CT abdomen/pelvis: acute appendicitis.", ["ct_appendicitis"]),
        ("CT abdomen/pelvis negative for appendicitis.", ["ct_appendicitis_negative"]),
        ("CT shows no appendicitis.", ["ct_appendicitis_negative"]),
        ("CT A/P with contrast: normal appendix.", ["ct_appendicitis_negative"]),
        ("Ultrasound shows DVT in the left popliteal vein.", ["us_dvt"]),
        ("Negative compression ultrasound.", ["us_dvt_negative"]),
        ("CT KUB: 5 mm left ureteric stone.", ["ct_ureteric_stone"]),
        ("CTPA negative for PE.", ["ctpa_negative"]),
        ("Chest x-ray: right-sided pneumothorax.", ["imaging_pneumothorax"]),
        ("UA: blood 3+.", ["hematuria"]),
        ("RUQ ultrasound: acute cholecystitis.", ["us_cholecystitis"]),
        ("RUQ ultrasound negative for cholecystitis.", ["us_cholecystitis_negative"]),
        (
            "Wrist x-ray shows a displaced distal radius fracture.",
            ["xray_fracture_wrist"],
        ),
        ("XR ankle: Weber B fracture.", ["xray_fracture_ankle"]),
        ("Hip x-ray: displaced femoral neck fracture.", ["xray_fracture_hip"]),
        ("CXR: right 4th-6th rib fractures.", ["xray_fracture_rib"]),
        ("X-ray wrist: no fracture.", []),
        ("Plan: x-ray to rule out ankle fracture.", []),
        ("Urinalysis with large blood, 20-50 RBC/hpf", ["hematuria"]),
        # plans, conditions, differentials and negations state no result
        ("Plan: CT to rule out appendicitis.", []),
        ("If CT shows appendicitis, consult surgery.", []),
        ("Concern for appendicitis; CT ordered.", []),
        ("Plan: CT KUB to evaluate for stone.", []),
        ("CXR: no pneumothorax.", []),
        ("UA negative for blood.", []),
        ("He told us about the clot.", []),
        # contradictory statements of one test give neither
        ("CTPA: pulmonary embolism. CTPA negative.", []),
    ],
)
def test_report_findings(text: str, concepts: list[str]) -> None:
    assert [f.concept for f in report_findings(text)] == concepts


def test_every_report_concept_is_a_knowledge_base_concept() -> None:
    kb = load_knowledge()
    note = (
        "CT: appendicitis. Ultrasound: appendicitis. Duplex ultrasound: DVT. CT KUB:"
        " ureteric stone. Ultrasound: ureteric stone. CTPA: PE. CXR: pneumothorax."
        " UA: blood 2+. X-ray: ankle fracture. X-ray: wrist fracture. X-ray: hip"
        " fracture. X-ray: rib fractures."
    )
    found = {f.concept for f in report_findings(note)}
    assert len(found) == 12
    assert found <= set(kb.concepts)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # review17: the site after the fracture, and the femoral shaft
        (
            "XR L hip: displaced intracapsular fracture of femoral neck.",
            "xray_fracture_hip",
        ),
        (
            "Pelvis x-ray shows a fracture of the right neck of femur.",
            "xray_fracture_hip",
        ),
        ("XR R femur: spiral mid-shaft femur fracture.", "xray_fracture_femur_shaft"),
        (
            "X-ray of the left femur shows a transverse fracture of the femoral shaft.",
            "xray_fracture_femur_shaft",
        ),
    ],
)
def test_fracture_site_after_the_word_and_femoral_shaft(
    text: str, concept: str
) -> None:
    assert concept in {
        f.concept for f in report_findings(text) if f.status == "present"
    }


def test_no_femur_fracture_is_not_one() -> None:
    found = {f.concept for f in report_findings("XR femur: no fracture.")}
    assert "xray_fracture_femur_shaft" not in found


def test_pe_named_by_its_arterial_level_is_an_imaging_result() -> None:
    """ESC 2019: a segmental (or more proximal) clot is read on the CTPA."""
    read = report_findings
    for text in (
        "Imaging confirmed segmental pulmonary emboli.",
        "CT: bilateral subsegmental PE, no RV strain.",
        "Found to have a saddle embolus.",
    ):
        assert "ctpa_pe" in {f.concept for f in read(text)}, text
    for text in (
        "No segmental pulmonary emboli.",
        "concern for segmental PE, CTPA pending",
        "PE: lungs clear, heart sounds normal",
    ):
        assert "ctpa_pe" not in {f.concept for f in read(text)}, text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Pelvic ultrasound: enlarged left ovary with absent venous Doppler flow.",
            True,
        ),
        ("US: right ovary 6 cm, suspicious for torsion.", True),
        (
            "Pelvic ultrasound: right ovary normal with no evidence of reduced flow.",
            False,
        ),
        ("Pelvic ultrasound: normal ovaries, normal Doppler flow.", False),
    ],
)
def test_a_described_ovarian_torsion_is_read(text: str, found: bool) -> None:
    """lead46: the twisted ovary described (no flow, 'suspicious for torsion') is the
    ultrasound's torsion (ACOG CO 783 2019); a normal ovary or flow is not."""
    concepts = {f.concept for f in report_findings(text)}
    assert ("us_ovarian_torsion" in concepts) is found, concepts

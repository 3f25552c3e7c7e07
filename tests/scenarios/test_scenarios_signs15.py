"""signs15 (issue 10): signs written in the notes move the differential.

An examination, bedside or imaging sign with a published likelihood ratio (JAMA
Rational Clinical Examination; McGee S. Evidence-Based Physical Diagnosis, 5th ed.
2022) or a pathognomonic status is read from the text, negated forms included
("non-bilious", "afebrile"), and weighs for its diagnosis. Each scenario is written
from the source named in its row, never from rows of the shared data, asserts
properties (the named disease among the three leading diagnoses, a must-not-miss
diagnosis kept open, no discharge) and failed on main before this change.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


@dataclass(frozen=True)
class Sign:
    """One scenario: the case, the diagnosis it must name and its source."""

    case: Case
    diagnosis: str
    source: str
    discharge_ok: bool = False


def _top3(out: ReasoningOutput) -> list[str]:
    return [d.diagnosis.lower() for d in out.final.summary.top_diagnoses[:3]]


SIGNS: dict[str, Sign] = {
    "boerhaave-pneumomediastinum": Sign(
        make_case(
            "chest pain",
            age=45,
            sex="M",
            vitals=vitals(118, 104, 68, 24, 95),
            one_liner="45 y.o. male with severe retrosternal pain after forceful "
            "vomiting following a night of heavy drinking",
            ed_note="CXR: pneumomediastinum, small left pleural effusion.",
            case_id="s15-boerhaave",
        ),
        "esophageal rupture",
        "Brinster CJ et al. Ann Thorac Surg 2004;77:1475 (Mackler's triad)",
    ),
    "pyloric-olive": Sign(
        make_case(
            "vomiting",
            sex="M",
            vitals=vitals(160, 85, 50, 36, 99),
            demographics={"age_days": 35},
            one_liner="5-week-old boy with projectile non-bilious vomiting after every "
            "feed for 4 days",
            ed_note="Hungry after vomiting. Olive-shaped mass palpable in the "
            "epigastrium, visible gastric peristalsis.",
            case_id="s15-pyloric",
        ),
        "pyloric stenosis",
        "Hernanz-Schulman M. Radiology 2003;227:319; Macdessi J, Oates RK. BMJ 1993",
    ),
    "pyloric-ultrasound": Sign(
        make_case(
            "poor feeding",
            sex="F",
            vitals=vitals(165, 80, 50, 40, 99),
            demographics={"age_days": 42},
            one_liner="6-week-old girl with vomiting after feeds",
            ed_note="Ultrasound: thickened pylorus 4.5 mm, elongated pyloric channel.",
            case_id="s15-pyloric-us",
        ),
        "pyloric stenosis",
        "Hernanz-Schulman M. Radiology 2003;227:319 (sensitivity, specificity ~100 %)",
    ),
    "abruption-hypertonic-uterus": Sign(
        make_case(
            "abdominal pain",
            age=29,
            sex="F",
            vitals=vitals(112, 98, 60, 20, 99),
            one_liner="29 y.o. woman at 31 weeks gestation after a car crash with "
            "abdominal pain and vaginal bleeding",
            ed_note="Exam: firm, tender uterus, frequent contractions.",
            case_id="s15-abruption",
        ),
        "placenta",
        "Oyelese Y, Ananth CV. Obstet Gynecol 2006;108:1005; RCOG Green-top 63",
    ),
    "aaa-diameter-on-ultrasound": Sign(
        make_case(
            "abdominal pain",
            age=71,
            sex="M",
            vitals=vitals(100, 120, 70, 18, 98),
            one_liner="71 y.o. man with abdominal pain and a near-faint",
            ed_note="Bedside ultrasound: infrarenal aorta 7 cm.",
            case_id="s15-aaa",
        ),
        "aortic aneurysm",
        "Chaikof EL et al. SVS AAA guideline. J Vasc Surg 2018;67:2 (>= 3.0 cm)",
    ),
    "perforation-free-air": Sign(
        make_case(
            "abdominal pain",
            age=67,
            sex="M",
            vitals=vitals(112, 104, 60, 22, 97, 37.9),
            one_liner="67 y.o. man on NSAIDs with sudden severe epigastric pain",
            ed_note="Erect CXR: free air under the diaphragm.",
            case_id="s15-perf",
        ),
        "perforation",
        "Mularski RA et al. Crit Care Med 2000;28:2638",
    ),
    "pneumothorax-lung-ultrasound": Sign(
        make_case(
            "shortness of breath",
            age=24,
            sex="M",
            vitals=vitals(118, 112, 70, 28, 91),
            one_liner="24 y.o. tall thin man with sudden breathlessness",
            ed_note="Bedside ultrasound: absent lung sliding on the left with a lung "
            "point.",
            case_id="s15-ptx",
        ),
        "pneumothorax",
        "Alrajhi K et al. Chest 2012;141:703; Lichtenstein DA et al. 2000",
    ),
    "posterior-stroke-hints": Sign(
        make_case(
            "dizziness",
            age=66,
            sex="M",
            vitals=vitals(84, 168, 92, 16, 98),
            one_liner="66 y.o. man with continuous vertigo and vomiting since this "
            "morning",
            ed_note="Exam: direction-changing nystagmus, skew deviation, normal head "
            "impulse test.",
            case_id="s15-hints",
        ),
        "vertebral/basilar",
        "Kattah JC et al. Stroke 2009;40:3504; Tarnutzer AA et al. CMAJ 2011",
    ),
    "lithium-level": Sign(
        make_case(
            "weakness",
            age=58,
            sex="F",
            vitals=vitals(92, 128, 76, 16, 98),
            one_liner="58 y.o. woman with bipolar disorder, 3 days of diarrhoea, now "
            "confused and unsteady",
            ed_note="Exam: coarse tremor. Lithium level 3.1 mmol/L.",
            case_id="s15-lithium",
        ),
        "lithium",
        "Decker BS et al. EXTRIP lithium. Clin J Am Soc Nephrol 2015;10:875",
    ),
    "thyroid-storm-eye-signs": Sign(
        make_case(
            "palpitations",
            age=41,
            sex="F",
            vitals=vitals(158, 150, 70, 26, 96, 39.4),
            one_liner="41 y.o. woman with palpitations, agitation and fever for a day",
            ed_note="Exam: lid lag, lid retraction, goitre with a bruit, agitated and "
            "confused. ECG: atrial fibrillation 158.",
            case_id="s15-storm",
        ),
        "thyrotoxic",
        "McGee S. Evidence-Based Physical Diagnosis 5th ed. ch. 24; ATA 2016",
    ),
    "paracetamol-tablet-count": Sign(
        make_case(
            "abdominal pain",
            age=24,
            sex="F",
            vitals=vitals(104, 110, 70, 18, 98),
            one_liner="24 y.o. woman with nausea, vomiting and right upper quadrant "
            "pain 2 days after taking 40 paracetamol tablets",
            ed_note="Exam: RUQ tenderness. Labs: ALT 4200, INR 2.1.",
            case_id="s15-apap",
        ),
        "4-aminophenol",
        "Dart RC et al. JAMA Netw Open 2023 (acetaminophen poisoning consensus)",
    ),
    "scfe-radiograph": Sign(
        make_case(
            "knee pain",
            age=12,
            sex="M",
            vitals=vitals(88, 118, 70, 16, 99),
            one_liner="12 y.o. boy with 3 weeks of left knee pain and a limp",
            ed_note="Hip X-ray: widened physis, Klein's line does not intersect the "
            "left femoral epiphysis.",
            case_id="s15-scfe",
        ),
        "femoral epiphysis",
        "Peck DM. Am Fam Physician 2017;95:779; Green DW et al. J Pediatr Orthop 2009",
    ),
}


@pytest.mark.parametrize("name", list(SIGNS))
def test_written_sign_names_its_diagnosis(reason: Reason, name: str) -> None:
    """The sign's diagnosis is among the three leading ones and the patient is not
    sent home (sources per row of ``SIGNS``)."""
    sign = SIGNS[name]
    out = reason(sign.case)
    top = _top3(out)
    assert any(sign.diagnosis in d for d in top), (top, sign.source)
    if not sign.discharge_ok:
        assert out.final.disposition != "Discharge", sign.source


LUDWIG = make_case(
    "dental pain",
    age=38,
    sex="M",
    vitals=vitals(112, 132, 80, 22, 96, 38.6),
    one_liner="38 y.o. male with a lower molar toothache for 5 days, now neck swelling",
    ed_note="Exam: raised, firm floor of the mouth, tongue pushed up, drooling.",
    case_id="s15-ludwig",
)


def test_raised_floor_of_the_mouth_is_named_ludwig_angina(reason: Reason) -> None:
    """Bridwell R et al. Am J Emerg Med 2021;49:1; Tintinalli 9th ed. ch. 246: a
    raised, firm floor of the mouth with drooling after a toothache is Ludwig angina,
    the diagnosis named, not 'dental pain'."""
    out = reason(LUDWIG)
    assert "ludwig" in (out.final.diagnosis_name or "").lower()


def test_inter_arm_pressure_difference_supports_dissection(reason: Reason) -> None:
    """ACC/AHA 2022 aortic disease (ADD-RS); Klompas M. JAMA 2002 (pulse deficit LR+
    5.7): blood pressures of the two arms differing by >= 20 mmHg are a pulse deficit;
    the dissection stays open and cites it."""
    out = reason(
        make_case(
            "chest pain",
            age=64,
            sex="M",
            vitals=vitals(96, 182, 100, 20, 97),
            one_liner="64 y.o. male with sudden chest pain radiating to the back",
            ed_note="BP right arm 182/100, left arm 148/84.",
            case_id="s15-arms",
        )
    )
    entry = next(e for e in out.final.ledger if e.diagnosis == "Aortic dissection")
    assert entry.status != "ruled_out"
    assert any("pulse_deficit" in ev.text for ev in entry.evidence_for)

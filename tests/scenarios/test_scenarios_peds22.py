"""Paediatric emergency scenarios (session 22, peds22), written from guidelines.

Sources: Tintinalli 9th ed. ch.124 (airway foreign body: a choking episode with chest
signs); AHA 2017 Kawasaki disease (McCrindle BW et al. Circulation 2017;135:e927,
Figure 3: incomplete Kawasaki disease, CRP >= 3 mg/dL or ESR >= 40 mm/h with >= 3
supplementary laboratory criteria -> IVIG and aspirin); ISPAD 2022 diabetic
ketoacidosis (Glaser N et al. Pediatr Diabetes 2022;23:835: new-onset DKA in a child
is type 1 diabetes unless shown otherwise). Each scenario asserts a safety property,
not exact strings; wording differs from the peds22 review cases.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _diagnosis(out: object) -> DiagnosisResult | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, DiagnosisResult):
            return record.output
    return None


def test_asthmatic_child_on_an_inhaled_steroid_is_not_worked_up_for_a_foreign_body(
    reason: Reason,
) -> None:
    """An inhaled medicine is no inhaled object: no bronchoscopy for asthma."""
    out = reason(
        make_case(
            "WHEEZING",
            age=9,
            sex="Male",
            vitals=vitals(128, 112, 70, 30, 93, 37.0),
            one_liner="9 y.o. boy with known asthma, wheezy and short of breath since "
            "a cold started",
            ed_note="HPI: asthmatic, uses inhaled fluticasone twice daily and a "
            "salbutamol inhaler, cold for 3 days, now wheezy and breathless, reliever "
            "lasting 2 hours. Exam: talking in sentences, widespread expiratory "
            "wheeze both lungs, reduced air entry at the bases, mild subcostal "
            "recession. Weight 30 kg.",
        )
    )
    assert not O.ordered(out, "bronchoscop", r"expiratory chest x-ray")
    still_open = [d for d in out.final.summary.open_must_not_miss if "foreign" in d]
    assert not still_open, still_open


def test_incomplete_kawasaki_meeting_the_aha_algorithm_gets_ivig_and_aspirin(
    reason: Reason,
) -> None:
    """AHA 2017 Figure 3: fever 7 days, 2 principal features, ESR >= 40 and 4
    supplementary criteria (albumin <= 3.0, WBC >= 15, platelets >= 450 after day 7,
    sterile pyuria): treat as Kawasaki disease; the aspirin is not blocked."""
    out = reason(
        make_case(
            "FEVER",
            age=2,
            sex="Female",
            vitals=vitals(150, 94, 56, 30, 98, 39.0),
            one_liner="2 y.o. girl, high fevers for a week, miserable",
            ed_note="HPI: 7 days of fever to 39.5 despite paracetamol, miserable and "
            "off food. Exam: dry fissured lips, a 2 cm tender lymph node in the right "
            "side of the neck, eyes not red, no rash, hands and feet normal. Bloods: "
            "ESR 74 mm/h, albumin 2.6 g/dL, WBC 18.4 x10^9/L, platelets 610 x10^9/L. "
            "Urine: 20 WBC/hpf, Gram stain negative. Weight 12 kg.",
        )
    )
    assert O.ordered(out, "ivig", "immunoglobulin")
    assert not [b for b in O.blocked_names(out) if "ivig" in b.lower()]
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10 == "M30.3", dx


def test_two_kawasaki_features_without_laboratory_criteria_get_no_ivig(
    reason: Reason,
) -> None:
    """Guard (AHA 2017 Figure 3): a raised CRP with fewer than 3 supplementary
    criteria and no echocardiogram result is followed up with an echocardiogram,
    not treated with IVIG and aspirin."""
    out = reason(
        make_case(
            "FEVER",
            age=3,
            sex="Male",
            vitals=vitals(132, 98, 60, 26, 99, 38.8),
            one_liner="3 y.o. boy with fever for 5 days",
            ed_note="HPI: 5 days of fever. Exam: injected conjunctivae without "
            "discharge, red cracked lips, no rash, no neck nodes, hands and feet "
            "normal. Bloods: CRP 45 mg/L, WBC 11.2 x10^9/L, haemoglobin 12.1 g/dL, "
            "albumin 3.9 g/dL, ALT 22 U/L. Urinalysis normal. Weight 15 kg.",
        )
    )
    assert not O.medication_ordered(out, "ivig", "aspirin")


def test_new_diabetic_ketoacidosis_in_a_child_is_not_coded_type_2(
    reason: Reason,
) -> None:
    """ISPAD 2022: a previously well child in DKA has type 1 diabetes unless shown
    otherwise; E11 (type 2) is ICD-10-CM's adult default, not the child's diagnosis."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=11,
            sex="Male",
            vitals=vitals(128, 108, 66, 30, 99, 36.7),
            one_liner="11 y.o. boy, thirsty and weeing a lot for a fortnight, now "
            "tummy ache and vomiting",
            ed_note="HPI: 2 weeks of thirst, passing large amounts of urine, up at "
            "night to wee, lost weight. Today tummy ache and 4 vomits. No past "
            "medical history. Exam: deep rapid breathing, sweet-smelling breath, dry "
            "mouth, cap refill 3 s, GCS 15. Blood glucose 31 mmol/L, pH 7.14, "
            "bicarbonate 8 mmol/L, ketones 5.2 mmol/L. Weight 36 kg.",
        )
    )
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10.startswith("E10"), dx


def test_adolescent_with_known_type_2_diabetes_keeps_the_type_2_code(
    reason: Reason,
) -> None:
    """Guard (ICD-10-CM I.C.4.a): a documented type 2 diabetes codes E11 in a
    teenager too."""
    out = reason(
        make_case(
            "VOMITING",
            age=16,
            sex="Female",
            vitals=vitals(118, 116, 72, 28, 99, 36.8),
            one_liner="16 y.o. girl with type 2 diabetes, vomiting and breathing fast",
            ed_note="HPI: type 2 diabetes on metformin, missed doses, 2 days of "
            "vomiting. Exam: Kussmaul breathing, dry mucosa. Glucose 27 mmol/L, pH "
            "7.18, bicarbonate 10 mmol/L, ketones 4.1 mmol/L. Weight 98 kg.",
        )
    )
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10.startswith("E11"), dx


def test_green_vomit_in_a_newborn_is_not_called_gastroenteritis(
    reason: Reason,
) -> None:
    """APSA; ACR Appropriateness Criteria vomiting in infants 2019: green (bilious)
    vomiting in a neonate is malrotation with volvulus until proven otherwise; it
    is not the working or final diagnosis of gastroenteritis or plain vomiting."""
    out = reason(
        make_case(
            "VOMITING",
            sex="Male",
            vitals=vitals(176, 70, 40, 48, 98, 36.9),
            one_liner="12 day old boy with green vomits since lunchtime",
            ed_note="HPI: 12 day old, breastfed, well until today. Three green vomits "
            "since lunchtime, will not feed, unsettled. Exam: upper abdomen slightly "
            "full, soft, cries on palpation. Weight 3.5 kg.",
            demographics={"age_days": 12},
        )
    )
    t = O.treatment(out)
    assert t is not None
    assert "gastroenteritis" not in (t.working_diagnosis or "").lower()
    dx = _diagnosis(out)
    assert dx is not None
    assert dx.icd10 not in ("K52.9", "A08.4", "A09"), dx


def test_teenager_with_obligatory_external_rotation_is_a_slipped_epiphysis(
    reason: Reason,
) -> None:
    """POSNA/AAOS; Peck DM. Am Fam Physician 2017: knee or thigh pain with a limp,
    obligatory external rotation and lost internal rotation at 8-15 years is a
    slipped capital femoral epiphysis until the hip films say otherwise: it leads,
    not a knee sprain."""
    out = reason(
        make_case(
            "LEG PAIN",
            age=13,
            sex="Female",
            vitals=vitals(84, 118, 70, 16, 99, 36.7),
            one_liner="13 y.o. girl with a month of aching in the right thigh and a "
            "limp",
            ed_note="HPI: a month of aching right thigh and knee, limping, worse "
            "after netball, no injury, no fever. Exam: walks with an out-toeing limp, "
            "right hip internal rotation limited and painful, obligatory external "
            "rotation when the right hip is flexed, knee normal. Weight 71 kg.",
        )
    )
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10.startswith("M93.0"), dx


def test_child_in_dka_gets_a_per_kg_fluid_volume_not_litres(reason: Reason) -> None:
    """ISPAD 2022: the first fluid in paediatric DKA is 10-20 mL/kg, no adult litres
    and no insulin bolus (the infusion is per kg per hour)."""
    out = reason(
        make_case(
            "HYPERGLYCEMIA",
            age=7,
            sex="Female",
            vitals=vitals(138, 100, 62, 34, 99, 36.9),
            one_liner="7 y.o. girl with known type 1 diabetes, vomiting since the "
            "night, breathing deeply",
            ed_note="HPI: type 1 diabetes on injections, missed insulin at a "
            "sleepover. Vomiting x6, tummy pain. Exam: sighing respirations, dry "
            "lips, cap refill 3 s, alert. Glucose 26 mmol/L, pH 7.11, bicarbonate "
            "7 mmol/L, ketones 5.5 mmol/L, K 4.8 mmol/L. Weight 23 kg.",
        )
    )
    fluids = [o.name for o in O.medications(out) if "crystalloid" in o.name.lower()]
    assert fluids, O.orders(out)
    assert any("ml/kg" in f.lower() for f in fluids), fluids
    assert not [f for f in fluids if "1-1.5 l" in f.lower()], fluids
    assert not O.medication_ordered(out, r"insulin bolus", r"bolus of insulin")

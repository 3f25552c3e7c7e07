"""Numbers written as lists, blood pressure before a bleed is seen, and a tissue
diagnosis outside the knowledge base.

text27 (issue 10). Each scenario failed on main c07b1ff before its change.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_three_ribs_written_as_a_list_admit_an_older_adult(reason: Reason) -> None:
    """EAST 2016 (Galvagno SM et al. J Trauma Acute Care Surg 2016;81:936) and Bulger
    EM et al. (J Trauma 2000;48:1040): three or more rib fractures at 65 or older
    raise mortality and pneumonia; admission, multimodal analgesia, pulmonary care.
    "Ribs 5,6 and 7" is a list of three ribs, not rib 5.6 (ISO 80000-1: a decimal
    number is a measurement); main read it as a decimal and discharged her."""
    out = reason(
        make_case(
            "FALL",
            age=81,
            sex="F",
            vitals=vitals(92, 142, 84, 22, 94),
            one_liner="81-year-old woman fell onto her left side, chest wall pain",
            ed_note="Tripped and fell onto her left side against a table. Pain in"
            " the left chest wall, worse on breathing. No head strike. CXR: fractured"
            " left ribs 5,6 and 7, no pneumothorax.",
        )
    )
    assert O.disposition(out).disposition in ("Admit", "ICU Admit", "OR Admit")


def test_no_lowering_to_140_before_imaging_shows_a_bleed(reason: Reason) -> None:
    """Greenberg SM et al. AHA/ASA 2022 spontaneous ICH (3.1: CT or MRI confirms the
    diagnosis; 5.2.2: lowering to 140 mmHg for a haemorrhage with SBP 150-220) and
    Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (3.3: an ischaemic stroke
    keeps its pressure up to 220/120, below 185/110 only for lysis). Before the CT a
    sudden hemiparesis is as likely an infarct, whose penumbra needs the pressure;
    main ordered nicardipine to 140 for the suspected bleed."""
    out = reason(
        make_case(
            "HEMIPARESIS",
            age=66,
            sex="M",
            vitals=vitals(80, 186, 102, 16, 97),
            one_liner="66-year-old man, sudden left hemiparesis and drowsiness 1 h ago",
            ed_note="Sudden left hemiparesis and drowsiness 1 hour ago, GCS 13. Not"
            " anticoagulated. Awaiting CT head.",
        )
    )
    assert not any("to 140" in o.name for o in O.medications(out)), O.orders(out)


def test_a_tissue_diagnosis_outside_the_knowledge_base_is_said(reason: Reason) -> None:
    """Issue 10 (out of scope: when the case lies outside the knowledge base, say so
    in the trace with a typed flag and abstain from naming a disease of its own).
    Histopathology is the reference standard for a lymphoma (Sox HC et al. Medical
    Decision Making 2013, ch. 5); an ED knowledge base without haematological
    malignancy cannot diagnose it. Main answered 'fever' with no flag."""
    out = reason(
        make_case(
            "FEVER",
            age=45,
            sex="M",
            vitals=vitals(104, 122, 74, 18, 97, t=38.4),
            one_liner="45-year-old man, fevers, sweats and weight loss for 2 months",
            ed_note="Two months of fevers, drenching night sweats and 8 kg weight"
            " loss. Painless rubbery cervical and axillary lymphadenopathy, spleen"
            " palpable. Excision biopsy of a cervical node: histopathology revealed"
            " classical Hodgkin lymphoma. Seen today for fever.",
        )
    )
    dx = next(r for r in out.trace if r.stage == "diagnosis")
    assert "out_of_scope" in dx.flags
    assert dx.status != "ok" or (
        isinstance(dx.output, DiagnosisResult) and "undifferentiated" in dx.flags
    )

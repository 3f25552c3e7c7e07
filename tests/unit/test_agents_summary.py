"""The clinician summary: top three, open must-not-miss, the one next step."""

from __future__ import annotations

from agents.schemas import DifferentialEntry, Evidence, Order
from agents.summary import summarise


def _e(name: str, p: float, status: str = "considered", mnm: bool = False):
    against = (Evidence(kind="finding", text="x"),) if status == "ruled_out" else ()
    return DifferentialEntry(
        diagnosis=name,
        probability=p,
        status=status,  # type: ignore[arg-type]
        must_not_miss=mnm,
        evidence_against=against,
        changed_by="diagnosis",
    )


def test_summary_names_top_three_open_mnm_and_the_test_that_excludes_it():
    ledger = (
        _e("Chest wall pain", 0.4),
        _e("Pulmonary embolism", 0.2, "cannot_exclude", mnm=True),
        _e("Aortic dissection", 0.3, "ruled_out", mnm=True),
        _e("GERD", 0.1),
        _e("Pneumothorax", 0.05),
    )
    orders = (
        Order(kind="medication", name="Ibuprofen", reason="pain"),
        Order(
            kind="diagnostic",
            name="CT pulmonary angiography",
            reason="exclude PE",
            for_diagnosis="Pulmonary embolism",
        ),
    )
    s = summarise(ledger, orders)
    assert [d.diagnosis for d in s.top_diagnoses] == [
        "Chest wall pain",
        "Pulmonary embolism",
        "GERD",
    ]
    assert s.open_must_not_miss == ("Pulmonary embolism",)
    assert s.next_step == "CT pulmonary angiography"
    assert "Pulmonary embolism" in (s.next_step_reason or "")


def test_out_of_scope_summary_proposes_no_step():
    s = summarise((_e("Pneumonia", 0.5),), (), ["out_of_scope"])
    assert s.flags == ("out_of_scope",)
    assert s.next_step is None


def test_unexplained_picture_is_said_first() -> None:
    """dx14: the clinician reads first that documented abnormalities are unexplained
    (Kassirer et al. 2010 ch. 4: a working diagnosis must account for them)."""
    from agents.summary import summarise

    out = summarise((), (), ("unexplained_findings",))
    assert out.next_step_reason is not None and "unexplained" in out.next_step_reason
    assert "unexplained_findings" in out.flags


def test_the_entry_carrying_the_final_code_is_shown_under_the_finals_name():
    """ICD-10-CM I.C.19.b: a hand-laceration entry the final coded as the lip's wound
    is shown as the lip's; a qualified symptom entry keeps its fuller name."""
    wound = _e("Laceration without foreign body of unspecified hand", 0.6)
    wound = wound.model_copy(update={"icd10": "S01.511A"})
    faint = _e("Syncope and collapse (vasovagal)", 0.3)
    faint = faint.model_copy(update={"icd10": "R55"})
    lip = ("S01.511A", "Laceration without foreign body of lip, initial encounter")
    s = summarise((wound, faint), coded=lip)
    assert [d.diagnosis for d in s.top_diagnoses] == [lip[1], faint.diagnosis]
    s = summarise((wound, faint), coded=("R55", "Syncope and collapse"))
    assert [d.diagnosis for d in s.top_diagnoses] == [wound.diagnosis, faint.diagnosis]

"""meta28: dialysis dependence, the adrenal-crisis glucose, the febrile joint and
severe hyperkalaemia at triage (agents.offline.rules)."""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules._esi_patterns import PATTERNS
from agents.offline.rules._esi_resources import hot_joint
from agents.offline.rules.facts import ClinicalFacts
from cases.models import Vitals

KB = load_knowledge()
HYPERKALAEMIA = next(p for p in PATTERNS if p.name.startswith("severe hyperkal"))


def _note(text: str, age: int = 60) -> ClinicalFacts:
    return ClinicalFacts.from_texts([("note", text)], KB, age=age)


def test_dialysis_dependence_is_chronic_kidney_disease() -> None:
    """KDIGO G5D: on dialysis implies CKD; CKD 3b is not dialysis dependence."""
    hd = _note("End-stage renal disease on haemodialysis three times a week.")
    assert {"dialysis_dependent", "ckd"} <= hd.present
    ckd = _note("CKD stage 3b, eGFR 38, not on dialysis.")
    assert "ckd" in ckd.present
    assert "dialysis_dependent" not in ckd.present


def test_level_1_glucose_counts_in_adrenal_insufficiency_only() -> None:
    """Cryer 2009: Whipple's rule is set aside where cortisol deficiency causes it."""
    plain = _note("Alert. Glucose 3.3 mmol/L.")
    assert "glucose_low" not in plain.present
    addison = _note("Addison's disease on hydrocortisone. Alert. Glucose 3.3 mmol/L.")
    assert "glucose_low" in addison.present


def _triage(cc: str, temp: float | None = None) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [], KB, age=50, chief_complaint=cc, vitals=Vitals(temperature_c=temp)
    )


def test_hot_joint_reads_the_side_and_a_febrile_painful_joint() -> None:
    """BSR 2006: a hot swollen joint, or a painful joint with fever, is septic."""
    assert hot_joint(_triage("a hot, swollen right knee for 2 days"))
    assert hot_joint(_triage("right hip pain", temp=38.6))
    assert hot_joint(_triage("painful left knee and fever"))
    assert not hot_joint(_triage("right hip pain", temp=37.0))
    assert not hot_joint(_triage("fell on the ice, right knee pain, fever"))


def test_severe_hyperkalaemia_pattern() -> None:
    """UK KA 2020: >= 6.5 mmol/L or with ECG changes; a decimal never misread."""
    for text in (
        "potassium 6.9",
        "K+ 7.2 mmol/L",
        "K 6.5.",
        "hyperkalaemia with ECG changes",
    ):
        assert HYPERKALAEMIA.pattern.search(text), text
    for text in ("potassium 6.4", "K 5.9", "vitamin K 10 mg", "potassium 6."):
        assert not HYPERKALAEMIA.pattern.search(text), text

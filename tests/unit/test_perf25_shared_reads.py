"""perf25: texts read once a request answer as the readings they replace."""

from __future__ import annotations

import pytest

from agents.offline import stage_facts
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.knowledge.models import KnowledgeBase
from agents.offline.rules import extract_findings
from agents.offline.rules.results import _PATTERNS, analyte_results, results_of

NO_NEWBORN = (
    "crushing chest pain radiating to the left arm, started 2 hours ago",
    "Twin B: respiratory distress. Maternal history: pre-eclampsia",
    "SHORTNESS OF BREATH worse today worse today #0",
    "no fever, cough or chest pain; mother states he vomited",
    "",
)
NEWBORN = (
    "Neonate findings: intubated, apnoeic. Mother: fever and rigors",
    "fetal tachycardia; maternal fever 38.6",
    "BABY'S apnoea noted by midwife",
    "\u017fevere pain, FOETAL distress",
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


def test_texts_naming_no_newborn_read_alike_for_an_older_patient(kb):
    for text in NO_NEWBORN:
        assert stage_facts._NEWBORN_WORD.search(text) is None
        older = extract_findings(text, kb, newborn_other=True)
        assert older == extract_findings(text, kb, newborn_other=False)


def test_texts_naming_a_newborn_keep_the_older_patients_reading(kb):
    stage_facts.clear_caches()
    for text in NEWBORN:
        assert stage_facts._NEWBORN_WORD.search(text) is not None
        got = stage_facts._findings(text, "one_liner", kb, newborn_other=True)
        assert got == extract_findings(text, kb, newborn_other=True)
        plain = stage_facts.current_findings(text, kb)
        assert plain == extract_findings(text, kb, newborn_other=False)
    assert stage_facts._findings(NEWBORN[0], "x", kb, newborn_other=True) != (
        stage_facts.current_findings(NEWBORN[0], kb)
    )  # the guard matters: this text reads differently for an older patient


RESULT_TEXTS = (
    "CK 12000 U/L, creatinine 2.1 mg/dL, K 6.1",
    "urine CK 5000; serum CK 7,400",
    "CSF: WBC 620, RBC 4, protein 2.1 g/L. Glucose 40",
    "troponin 0.04 ng/mL, ck 7,000, potassium 7.1 haemolysed sample, repeat K 5.0",
    "back pain, neck stiffness; check CK",
    "",
)


def test_one_analyte_read_equals_the_full_read():
    for text in (*RESULT_TEXTS, *(t.upper() for t in RESULT_TEXTS)):
        for analyte in (*_PATTERNS, "csf_wbc", "troponin_hs", "not_an_analyte"):
            assert analyte_results(text, analyte) == results_of(text, analyte)
    assert analyte_results(RESULT_TEXTS[0], "ck")  # the reader does read

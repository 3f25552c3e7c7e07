"""Weaknesses left by session 19 (leftovers20, session 20).

Written from: Isselbacher EM et al. ACC/AHA 2022 aortic disease guideline (CT
angiography, not a non-contrast CT, excludes acute aortic dissection); Bala M et al.
WSES 2022 acute mesenteric ischaemia (CT angiography is the test; a plain CT does not
exclude it); Perry JJ et al. BMJ 2011;343:d4277 and ACEP clinical policy on acute
headache 2019 (a head CT excludes subarachnoid haemorrhage only within 6 h of onset;
later an LP or CTA follows). A negative statement names a test: it excludes a
must-not-miss diagnosis only when that test can.
"""

from __future__ import annotations

from agents.schemas import DifferentialEntry
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _entry(out: ReasoningOutput, words: str) -> DifferentialEntry | None:
    return next((e for e in out.final.ledger if words in e.diagnosis.lower()), None)


def _not_ruled_out(out: ReasoningOutput, words: str) -> bool:
    e = _entry(out, words)
    return e is None or e.status != "ruled_out"


def test_plain_ct_does_not_exclude_aortic_dissection(reason: Reason) -> None:
    """Abrupt tearing pain into the back: an unenhanced chest CT read 'no dissection'
    cannot exclude it (ACC/AHA 2022: CTA, TOE or MRI), so it stays unexcluded and
    nothing antithrombotic is given."""
    out = reason(
        make_case(
            "chest pain into the back",
            age=67,
            sex="M",
            vitals=vitals(94, 178, 102, 20, 97),
            ed_note=(
                "Abrupt ripping pain between the shoulder blades 90 minutes ago. "
                "Long-standing hypertension. CT thorax without contrast: no aortic "
                "dissection seen."
            ),
        )
    )
    assert _not_ruled_out(out, "aortic dissection"), _entry(out, "aortic dissection")
    assert not O.ordered(out, *O.ANTITHROMBOTIC), O.orders(out)


def test_plain_ct_does_not_exclude_mesenteric_ischaemia(reason: Reason) -> None:
    """Older patient in atrial fibrillation with abdominal pain and a raised lactate:
    an unenhanced abdominal CT stating no bowel ischaemia does not exclude acute
    mesenteric ischaemia (WSES 2022: CT angiography)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=80,
            sex="F",
            vitals=vitals(106, 116, 64, 20, 95),
            ed_note=(
                "Abdominal pain with vomiting since early morning. Atrial "
                "fibrillation, anticoagulant stopped weeks ago. Abdomen soft, mildly "
                "tender. Lactate 4.1. Non-contrast CT of the abdomen: no bowel "
                "ischaemia."
            ),
        )
    )
    assert _not_ruled_out(out, "infarction of intestine"), _entry(
        out, "infarction of intestine"
    )


def test_late_head_ct_statement_does_not_exclude_sah(reason: Reason) -> None:
    """Worst-ever headache, 10 h old, head CT written as 'no SAH': beyond 6 h the CT
    does not exclude SAH (Perry 2011; ACEP 2019), so it stays open and the patient is
    not sent home before an LP or CTA."""
    out = reason(
        make_case(
            "headache",
            age=31,
            sex="M",
            vitals=vitals(74, 130, 80, 16, 99),
            ed_note=(
                "The worst headache he has ever had, started 10 hours ago. Alert and "
                "oriented, no neck pain, no focal deficit. Head CT: no SAH."
            ),
        )
    )
    assert _not_ruled_out(out, "subarachnoid"), _entry(out, "subarachnoid")
    assert O.disposition(out).disposition != "Discharge"


def test_early_head_ct_statement_still_excludes_sah(reason: Reason) -> None:
    """Guard: the same words 3 h after onset exclude SAH (Perry 2011)."""
    out = reason(
        make_case(
            "headache",
            age=31,
            sex="M",
            vitals=vitals(74, 130, 80, 16, 99),
            ed_note=(
                "The worst headache he has ever had, started 3 hours ago. Alert and "
                "oriented, no neck pain, no focal deficit. Head CT: no SAH."
            ),
        )
    )
    e = _entry(out, "subarachnoid")
    assert e is None or e.status not in ("cannot_exclude", "ruled_in"), e


def test_cta_statement_excludes_dissection(reason: Reason) -> None:
    """Guard: a CT angiogram of the aorta read 'no dissection' still excludes it."""
    out = reason(
        make_case(
            "chest pain into the back",
            age=67,
            sex="M",
            vitals=vitals(94, 178, 102, 20, 97),
            ed_note=(
                "Abrupt ripping pain between the shoulder blades 90 minutes ago. "
                "Long-standing hypertension. CT angiogram of the aorta: no aortic "
                "dissection."
            ),
        )
    )
    e = _entry(out, "aortic dissection")
    assert e is None or e.status not in ("cannot_exclude", "ruled_in"), e

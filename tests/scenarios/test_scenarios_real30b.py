"""real30b: a laboratory trend read at its current value; tremor is no withdrawal.

Written from: Blatchford O et al. Lancet 2000;356:1318 and Laine L et al. ACG 2021
upper GI bleeding (the Glasgow-Blatchford score uses today's haemoglobin: below 10 g/dL
in a man scores 6; a transfusion-range bleed is no low-risk bleed); ConText (Harkema H
et al. J Biomed Inform 2009;42:839: a baseline or previous value is historical);
ASAM Clinical Practice Guideline on Alcohol Withdrawal Management 2020 (CIWA-Ar and a
benzodiazepine follow recent cessation or reduction of heavy alcohol use; tremor has
many causes: thyrotoxicosis, hypoglycaemia, essential tremor, drugs).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_MELENA_NOTE = (
    "Black tarry stools for 2 days, dizzy on standing. Past history: baseline"
    " hemoglobin 14 g/dL last year. Labs: hemoglobin {trend} g/dL. BUN 20 mg/dL."
)


def _blatchford(out: ReasoningOutput) -> float | None:
    """The highest Glasgow-Blatchford score any stage showed."""
    scores = [
        r.score
        for record in out.trace
        for r in record.rules_applied
        if r.name == "Glasgow-Blatchford" and r.score is not None
    ]
    scores += [
        r.score
        for e in out.final.ledger
        for r in e.rules
        if r.name == "Glasgow-Blatchford" and r.score is not None
    ]
    return max(scores, default=None)


def _melena(reason: Reason, trend: str) -> ReasoningOutput:
    return reason(
        make_case(
            "melena",
            age=76,
            sex="M",
            vitals=vitals(96, 118, 70, 18, 98),
            ed_note=_MELENA_NOTE.format(trend=trend),
        )
    )


def test_haemoglobin_decreased_to_is_scored_at_today_s_value(reason: Reason) -> None:
    """'Decreased to 7.5 from a baseline of 14': the Glasgow-Blatchford score takes
    7.5 (6 points in a man), never the baseline (Blatchford 2000)."""
    score = _blatchford(_melena(reason, "decreased to 7.5 g/dL from a baseline of 14"))
    assert score is not None and score >= 6, score


def test_haemoglobin_dropped_from_to_is_scored_at_today_s_value(
    reason: Reason,
) -> None:
    """'Dropped from 14 to 7.5': the value after 'to' is today's (Blatchford 2000)."""
    score = _blatchford(_melena(reason, "dropped from 14 to 7.5"))
    assert score is not None and score >= 6, score


def test_haemoglobin_arrow_trend_is_scored_at_its_last_value(reason: Reason) -> None:
    """'Hb 14 -> 7.5': the last value of the trend is today's (Blatchford 2000)."""
    score = _blatchford(_melena(reason, "14 -> 7.5"))
    assert score is not None and score >= 6, score


def test_tremor_alone_gets_no_withdrawal_scoring_or_benzodiazepine(
    reason: Reason,
) -> None:
    """Hand tremor in a complex regional pain syndrome, no alcohol use documented: no
    CIWA-Ar and no symptom-triggered benzodiazepine (ASAM 2020)."""
    out = reason(
        make_case(
            "hand pain",
            age=45,
            sex="F",
            vitals=vitals(84, 124, 78, 16, 99),
            ed_note="Burning pain, swelling and colour change of the right hand 8 weeks"
            " after a distal radius fracture. Tremors of the right hand. Allodynia.",
        )
    )
    assert not O.ordered(out, "ciwa"), O.orders(out)
    assert not O.medication_ordered(out, "benzodiazepine", "lorazepam", "diazepam")
    assert not O.proposes(out, "withdrawal"), O.diagnoses_proposed(out)

"""dx33's leftovers, each a general cause (mend33, issue 10).

Sources: Kardalas E et al. Endocr Connect 2018;7:R135 and the UK Renal Association /
NHS severe hypokalaemia guidance (K < 2.5 mmol/L, or ECG change, paralysis or
arrhythmia: IV potassium chloride at a limited rate under cardiac monitoring; 2.5-2.9
without either: by mouth); Chirica M et al. Esophageal emergencies: WSES guidelines.
World J Emerg Surg 2019;14:26, Brinster CJ et al. Ann Thorac Surg 2004;77:1475 and
Tintinalli 9th ed. ch. 80 (oesophageal perforation: nil by mouth, antibiotics,
contrast CT, surgery). Vignettes written for this file from those sources, never from
shared-file rows; properties, not strings.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios._orders import disposition, orders
from tests.scenarios.conftest import Reason, make_case, vitals

_IV_KCL = re.compile(
    r"(?i)(?:potassium chloride|\bkcl\b)[^;]{0,30}\b(?:iv|intravenous|infusion)\b"
)
_RATE = re.compile(r"(?i)\d+\s*mmol/h")
_NBM = re.compile(r"(?i)nil by mouth|\bnpo\b|nothing by mouth")


def _order_names(out: ReasoningOutput) -> list[str]:
    return [o.name for o in orders(out)]


def _iv_potassium_with_rate(out: ReasoningOutput) -> bool:
    return any(_IV_KCL.search(n) and _RATE.search(n) for n in _order_names(out))


# --- severe hypokalaemia: the IV potassium order itself ----------------------------


def test_potassium_2_0_with_paralysis_gets_iv_potassium_at_a_limited_rate(
    reason: Reason,
) -> None:
    """Kardalas 2018; UK Renal Association: K < 2.5 with paralysis is IV potassium
    chloride at a stated rate under cardiac monitoring, not a generic 'replacement'."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=27,
            sex="M",
            vitals=vitals(68, 126, 74, 16, 98),
            one_liner="27M unable to lift his legs",
            ed_note="27-year-old man woke this morning unable to lift his legs, power "
            "1/5 in both legs. Potassium 2.0 mmol/L. ECG: U waves.",
            case_id="mend33-k20",
        )
    )
    assert _iv_potassium_with_rate(out)
    assert any(re.search(r"(?i)cardiac monitor", n) for n in _order_names(out))


def test_potassium_2_3_with_ventricular_ectopics_gets_iv_potassium(
    reason: Reason,
) -> None:
    """Kardalas 2018: an arrhythmia with K < 2.5 is IV potassium chloride, rate-
    limited, monitored."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=64,
            sex="F",
            vitals=vitals(98, 128, 78, 16, 97),
            one_liner="64F palpitations, low potassium",
            ed_note="64-year-old woman with a week of diarrhoea and palpitations. "
            "Potassium 2.3 mmol/L. ECG: frequent ventricular ectopics.",
            case_id="mend33-k23",
        )
    )
    assert _iv_potassium_with_rate(out)


def test_guard_potassium_2_8_without_signs_is_not_given_iv_potassium(
    reason: Reason,
) -> None:
    """Guard (Kardalas 2018): 2.5-2.9 without ECG change or weakness is replaced by
    mouth; no IV infusion is forced and no intensive care."""
    out = reason(
        make_case(
            "VOMITING",
            age=42,
            sex="F",
            vitals=vitals(90, 120, 74, 16, 99),
            one_liner="42F vomiting, potassium 2.8",
            ed_note="42-year-old woman vomiting for three days, now keeping fluids "
            "down. Potassium 2.8 mmol/L. Power normal. ECG sinus rhythm, no U waves.",
            case_id="mend33-k28-guard",
        )
    )
    assert not _iv_potassium_with_rate(out)
    assert any(re.search(r"(?i)potassium", n) for n in _order_names(out))
    assert disposition(out).admit_level != "icu"


# --- oesophageal perforation: nil by mouth ----------------------------------------


def test_ruled_in_oesophageal_rupture_is_nil_by_mouth(reason: Reason) -> None:
    """WSES 2019 (Chirica); Brinster 2004: a perforated oesophagus takes nothing by
    mouth, with antibiotics and a thoracic surgeon."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=52,
            sex="M",
            vitals=vitals(116, 108, 68, 24, 94, 38.0),
            one_liner="52M chest pain after vomiting",
            ed_note="52-year-old man vomited violently after a heavy night of "
            "drinking, then sudden severe chest pain going through to his back. "
            "Surgical emphysema in the neck. Chest X-ray: pneumomediastinum.",
            case_id="mend33-boerhaave",
        )
    )
    names = _order_names(out)
    assert any(_NBM.search(n) for n in names)
    assert any(re.search(r"(?i)antibiotic|piperacillin", n) for n in names)

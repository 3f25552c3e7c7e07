"""disp37: the last documented heart rate and the completeness of the home paths.

Long B et al. J Emerg Med 2024 (the last set of vital signs decides); Blatchford O et
al. Lancet 2000 and Jimenez D et al. Arch Intern Med 2010 (a score with a missing input
does not apply).
"""

from __future__ import annotations

import pytest

from agents.offline.disposition_paths import gbs_home, last_heart_rate, pe_home
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts
from cases.models import Vitals


@pytest.mark.parametrize(
    ("text", "hr"),
    [
        ("Given 2 L saline. Repeat observations at 3 hours: HR 122, BP 110/68.", 122),
        ("Propranolol given. Two hours later HR 118, still tremulous.", 118),
        ("Bisoprolol given, heart rate now 86, BP 138/80.", 86),
        ("Flecainide given, converted to sinus rhythm 72 after 3 hours.", 72),
        ("Repeat vitals not obtained: HR 90.", None),
        ("HR 130 at triage. Palpitations for 2 hours.", None),
    ],
)
def test_last_heart_rate_reads_the_course(text: str, hr: float | None) -> None:
    assert last_heart_rate(text) == hr


def _facts(text: str, age: int, sex: str, **v: float) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("note", text)], load_knowledge(), age=age, sex=sex, vitals=Vitals(**v)
    )


def test_gbs_home_needs_the_urea() -> None:
    """Blatchford 2000: without the urea the score is incomplete, so no home path."""
    full = (
        "One episode of haematemesis. No melaena, no syncope. Hb 14.2 g/dL, urea 4.0."
    )
    part = "One episode of haematemesis. No melaena, no syncope. Hb 14.2 g/dL."
    v = {"heart_rate": 80.0, "systolic_bp": 126.0}
    assert gbs_home(_facts(full, 30, "M", **v)) is not None
    assert gbs_home(_facts(part, 30, "M", **v)) is None


def test_pe_home_needs_the_right_ventricle_assessed() -> None:
    """ESC 2019: the low-risk class needs the RV assessed (no dysfunction on CT)."""
    base = (
        "CTPA: segmental pulmonary embolism. Troponin normal. No cancer, no heart or"
        " lung disease."
    )
    v = {"heart_rate": 90.0, "systolic_bp": 128.0, "spo2": 97.0}
    assert pe_home(_facts(base, 40, "F", **v), base) is None
    seen = base + " RV normal, RV/LV ratio 0.8."
    assert pe_home(_facts(seen, 40, "F", **v), seen) is not None

"""ktas33: haemoptysis without breathlessness, the anticoagulated bleed the
bleeding-disorder modifier grades, a syncope's bradycardia, post-procedure bleeding
complaints, and a hedged cupful of haemoptysis.

Sources: CTAS adult participant manual 2016 and Bullard MJ et al. CJEM 2017 (the
respiratory and bleeding-disorder modifiers); CEDIS (Grafstein E et al. CJEM 2008:
haemoptysis, post-operative complication); Kusumoto FM et al. 2018 ACC/AHA/HRS
(bradycardia < 50); Kothari ST et al. ASGE 2019 (post-polypectomy bleeding is a GI
bleed); Ibrahim WH. Eur Respir J 2008 (massive haemoptysis >= 100 mL).
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules import ClinicalFacts, esi_triage, site_graded_reasons
from agents.offline.rules.ctas import (
    ANTICOAGULATION_REASON,
    SYNCOPE_BRADYCARDIA,
    anticoagulation_graded_by_bleeding,
    ctas_triage,
    haemoptysis_without_dyspnoea,
)
from agents.pathways_respiratory import MASSIVE_HAEMOPTYSIS
from cases.models import Vitals

KB = load_knowledge()
NORMAL: dict[str, Any] = {
    "heart_rate": 84,
    "systolic_bp": 130,
    "diastolic_bp": 80,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}


def _facts(cc: str, text: str, age: int = 60, **v: Any) -> ClinicalFacts:
    return ClinicalFacts.from_texts(
        [("chief_complaint", cc), ("one_liner", text)],
        KB,
        age=age,
        sex="F",
        vitals=Vitals(**(NORMAL | v)),
        chief_complaint=f"{cc}. {text}",
    )


def _site(cc: str, text: str, age: int = 60, **v: Any) -> int:
    facts = _facts(cc, text, age, **v)
    complaint = KB.match_complaint(cc)
    return ctas_triage(facts, complaint, esi_triage(facts, complaint), "KTAS").level


def test_haemoptysis_alone_is_no_dyspnoea() -> None:
    cc = "blood tinged sputum"
    sob = KB.match_complaint(cc)
    assert sob is not None and sob.id == "shortness_of_breath"
    assert haemoptysis_without_dyspnoea(_facts(cc, "with a cold"), sob)
    assert not haemoptysis_without_dyspnoea(_facts(cc, "and short of breath"), sob)
    assert not haemoptysis_without_dyspnoea(_facts("dyspnea", "since today"), sob)


def test_anticoagulated_minor_bleed_is_graded_by_its_site() -> None:
    nose = KB.match_complaint("epistaxis")
    text = "takes warfarin for a valve; nosebleed for 20 minutes, now settled"
    facts = _facts("epistaxis", text)
    assert anticoagulation_graded_by_bleeding(facts, nose)
    assert ANTICOAGULATION_REASON in site_graded_reasons(facts, nose)
    assert _site("epistaxis", text) == 3


@pytest.mark.parametrize(
    ("cc", "text"),
    [
        ("head injury", "on warfarin, fell and hit her head"),
        ("melena", "on apixaban, black stools"),
        ("headache", "on warfarin, sudden headache"),
    ],
)
def test_anticoagulation_keeps_2_at_a_major_site_or_no_bleed(
    cc: str, text: str
) -> None:
    complaint = KB.match_complaint(cc)
    assert not anticoagulation_graded_by_bleeding(_facts(cc, text), complaint)
    assert _site(cc, text) <= 2


def test_unrecognised_bleed_on_anticoagulation_is_at_least_3() -> None:
    assert KB.match_complaint("post op bleeding") is None
    facts = _facts("post op bleeding", "on apixaban, the wound is oozing")
    assert anticoagulation_graded_by_bleeding(facts, None)
    assert _site("post op bleeding", "on apixaban, the wound is oozing") <= 3


def test_syncope_rate_change_below_50() -> None:
    assert SYNCOPE_BRADYCARDIA == 50
    text = "fainted at a blood draw, back to normal"
    assert _site("syncope", text, 27, heart_rate=50) == 3
    assert _site("syncope", text, 27, heart_rate=48) <= 2


@pytest.mark.parametrize(
    ("text", "cid"),
    [
        ("post op bleeding", None),
        ("post operative bleeding", None),
        ("bleeding after surgery", None),
        ("post polypectomy bleeding", "gi_bleeding"),
        ("post tonsillectomy bleeding", "sore_throat"),
        ("postmenopausal bleeding", "vaginal_bleeding"),
        ("post partum bleeding", "vaginal_bleeding"),
        ("post extraction bleeding", "dental_pain"),
        ("bleeding, post extraction", "dental_pain"),
        ("rectal bleeding", "gi_bleeding"),
    ],
)
def test_post_procedure_bleeding_complaints(text: str, cid: str | None) -> None:
    found = KB.match_complaint(text)
    assert (found.id if found else None) == cid


@pytest.mark.parametrize(
    ("text", "massive"),
    [
        ("coughed up about a cupful of bright red blood", True),
        ("brought up nearly a cup of blood", True),
        ("coughed up half a cup of blood", True),
        ("coughed up a teaspoon of blood", False),
        ("coughed up streaks of blood", False),
    ],
)
def test_massive_haemoptysis_however_hedged(text: str, massive: bool) -> None:
    assert bool(MASSIVE_HAEMOPTYSIS.search(text)) is massive

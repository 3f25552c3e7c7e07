"""readers50: "does not report", "cannot walk without falling", clots by their outlet,
N/V/D and D&V, the abdomen's signs in a row, a chest film's shadowing, saturation
falling on walking, a postural fall by its numbers, a symptom after "known X,", a
standing lesion named "known", plural complaints, a parent acting on the child, the
birth by its count, HIV at the door, a lab value dated "last week" (sources in each
module)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import result_findings
from cases.background import background_history

KB = load_knowledge()


def _read(text: str, *concepts: str) -> set[tuple[str, str]]:
    return {
        (f.concept, f.status)
        for f in extract_findings(text, KB)
        if not concepts or f.concept in concepts
    }


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        # a verb of report after an auxiliary's "not" keeps its list negated
        ("Does not report chest pain, dyspnoea or syncope.", "dyspnea", "absent"),
        ("Does not report chest pain, dyspnoea or syncope.", "syncope", "absent"),
        ("He does not complain of chest pain, reports palpitations.", "chest_pain",
         "absent"),
        ("He does not complain of chest pain, reports palpitations.", "palpitations",
         "present"),
        ("No fever, reports cough.", "cough", "present"),
        # a gait that cannot go without falling: ataxia, and the "without" ends there
        ("Cannot walk without falling to the right, vomiting.", "ataxia", "present"),
        ("Cannot walk without falling to the right, vomiting.", "vomiting", "present"),
        ("Unable to stand without support, no headache, vomiting.", "vomiting",
         "absent"),
        # the symptom shorthands
        ("crampy abdo pain with N/V/D since last night", "diarrhea", "present"),
        ("crampy abdo pain with N/V/D since last night", "nausea", "present"),
        ("No N/V/D.", "diarrhea", "absent"),
        ("2 days of D&V.", "vomiting", "present"),
        ("2 days of D&V.", "diarrhea", "present"),
        # the abdomen's signs in a row
        ("Abdomen distended and tender, no bowel sounds.", "abdominal_tenderness",
         "present"),
        ("Abdomen soft but tender in the RIF.", "abdominal_tenderness", "present"),
        ("Abdomen soft, non-tender.", "abdominal_tenderness", "absent"),
        # a chest film's shadowing
        ("Chest x-ray: patchy bilateral shadowing.", "cxr_infiltrate", "present"),
        ("CXR shows right lower zone opacification.", "cxr_infiltrate", "present"),
        ("CXR: no focal shadowing.", "cxr_infiltrate", "absent"),
        # saturation falling on effort
        ("SpO2 drops to 90% on walking.", "exertional_desaturation", "present"),
        # a postural fall by its numbers (ESC 2018)
        ("Lying BP 132/78, BP drops to 102/60 on standing.",
         "orthostatic_hypotension", "present"),
        ("Postural drop of 30 systolic.", "orthostatic_hypotension", "present"),
        ("No postural drop.", "orthostatic_hypotension", "absent"),
        # a symptom after "known X," is today's
        ("Known IHD, chest pain radiating to the left arm.", "chest_pain", "present"),
        ("Known COPD, worse breathlessness and wheeze.", "dyspnea", "present"),
        ("Known gallstones, RUQ pain and vomiting.", "ruq_pain", "present"),
        # a standing lesion named "known" reads as its "known" term does
        ("34F known ulcerative colitis, bloody stools.", "ulcerative_colitis",
         "present"),
        ("Known right adrenal mass on a scan last month.", "adrenal_mass", "present"),
        # plural complaints
        ("Stomach pains since last night.", "abdominal_pain", "present"),
        ("No chest pains.", "chest_pain", "absent"),
        # a parent acting on the child
        ("Mum lifted her by the hand over a step, now holds the arm by her side.",
         "arm_pull_mechanism", "present"),
        ("Dad pulled her arm over a step, she cried.", "arm_pull_mechanism",
         "present"),
        # the birth by its count
        ("31F 2 weeks after a vaginal delivery, heavy PV bleeding.",
         "postpartum_after_first_day", "present"),
        ("Gave birth 10 days ago, heavy bleeding.", "postpartum_after_first_day",
         "present"),
        ("Murphy's positive.", "ruq_tenderness", "present"),
    ],
)  # fmt: skip
def test_reading(text: str, concept: str, status: str) -> None:
    assert (concept, status) in _read(text, concept), _read(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("US: acoustic shadowing from a gallstone.", "cxr_infiltrate"),
        ("Sats drop to 95% on walking.", "exertional_desaturation"),
        ("Lying 140/80, standing 128/76.", "orthostatic_hypotension"),
        ("Delivered 6 hours ago, heavy bleeding.", "postpartum_after_first_day"),
        ("29F 10 days postpartum, heavy PV bleeding, passing clots.",
         "visible_hematuria"),
        ("PR bleeding for 2 days, passing clots.", "visible_hematuria"),
        ("Mother has epilepsy.", "arm_pull_mechanism"),
    ],
)  # fmt: skip
def test_guard_not_read(text: str, concept: str) -> None:
    assert not {s for c, s in _read(text, concept) if s == "present"}, _read(text)


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("Known HTN, DM, CKD.", "ckd", "historical"),
        ("h/o MI, CABG, chest pain.", "chest_pain", "historical"),
        ("History of ulcerative colitis.", "ulcerative_colitis", "historical"),
        ("Haematuria since yesterday, passing clots.", "visible_hematuria", "present"),
        ("Passing clots in the urine for 3 weeks.", "visible_hematuria", "present"),
        ("Mother has epilepsy.", "known_epilepsy", "family"),
        ("Walks without support, no vomiting.", "vomiting", "absent"),
    ],
)  # fmt: skip
def test_guard_kept(text: str, concept: str, status: str) -> None:
    assert (concept, status) in _read(text, concept), _read(text)


def test_hiv_without_known_is_in_the_triage_background() -> None:
    bg = background_history("38M HIV, stopped his antiretrovirals a year ago. Cough.")
    assert bg is not None and "HIV" in bg


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Creatinine 90 last week, now 230, despite stopping diuretics.",
         "creatinine_high"),
        ("Hb 130 last month, now 72.", "hemoglobin_low"),
    ],
)  # fmt: skip
def test_a_value_dated_last_week_is_history_and_now_is_today(
    text: str, concept: str
) -> None:
    found = {(f.concept, f.status) for f in result_findings(text, age=54, sex="F")}
    assert (concept, "present") in found, found


def test_guard_a_falling_value_now_normal_is_not_high() -> None:
    found = {f.concept for f in result_findings("Creatinine 230 yesterday, now 90.")}
    assert "creatinine_high" not in found

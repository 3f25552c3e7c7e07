"""readers48: a bare rigidity placed by its site, "maximal at onset" and "PCI" read by
their neighbours, a bitten tongue and a witnessed fit, a stated ECG and a reported
abdominal CT, an order that stops or forbids a drug (sources in each module)."""

from __future__ import annotations

import pytest

from agents import resulted
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.order_safety import _forbidden_by_plan, _prohibition_split
from agents.schemas import Order

KB = load_knowledge()


def _read(text: str, *concepts: str) -> set[tuple[str, str]]:
    return {
        (f.concept, f.status)
        for f in extract_findings(text, KB)
        if not concepts or f.concept in concepts
    }


_RIGID = ("guarding", "muscle_rigidity", "neck_stiffness")


@pytest.mark.parametrize(
    "text",
    [
        "Marked rigidity of all four limbs, lead-pipe.",
        "On haloperidol, fever, confusion, marked rigidity",
        "Inducible ankle clonus, hyperreflexia, rigidity in the lower limbs.",
        "Drowsy and mute, sweating, marked rigidity. CK 6200.",
    ],
)
def test_a_bare_rigidity_outside_the_abdomen_is_muscle_rigidity(text: str) -> None:
    assert _read(text, *_RIGID) == {("muscle_rigidity", "present")}


@pytest.mark.parametrize(
    "text",
    [
        "Abdomen distended and tender. Rigidity and absent bowel sounds.",
        "Diffuse tenderness with rigidity.",
        "Sudden epigastric pain, rigidity, tachycardic",
        "Board-like rigidity with guarding and rebound.",
    ],
)
def test_guard_a_rigidity_of_the_abdominal_examination_stays_guarding(
    text: str,
) -> None:
    assert ("guarding", "present") in _read(text, *_RIGID)
    assert ("muscle_rigidity", "present") not in _read(text, *_RIGID)


def test_a_denied_rigidity_in_the_abdominal_examination_stays_denied_guarding() -> None:
    assert _read("Abdomen soft, no rigidity or rebound.", *_RIGID) == {
        ("guarding", "absent")
    }


def test_rigidity_of_the_neck_is_neck_stiffness() -> None:
    assert _read("Fever and rigidity of the neck.", *_RIGID) == {
        ("neck_stiffness", "present")
    }


def test_maximal_at_onset_of_a_chest_pain_is_no_thunderclap_headache() -> None:
    text = "Sudden tearing central chest pain, maximal at onset, radiating to the back."
    assert not _read(text, "thunderclap_headache")


@pytest.mark.parametrize(
    "text",
    [
        "Sudden severe occipital headache while lifting, maximal at onset.",
        "Sudden headache while straining. Maximal at onset.",
    ],
)
def test_guard_maximal_at_onset_of_a_headache_stays_thunderclap(text: str) -> None:
    assert ("thunderclap_headache", "present") in _read(text, "thunderclap_headache")


@pytest.mark.parametrize(
    "text",
    [
        "The nearest PCI centre is 40 minutes away.",
        "Transfer for primary PCI.",
        "Activate the PCI team.",
        "Not a PCI-capable hospital.",
    ],
)
def test_a_pci_place_or_plan_is_no_known_stent(text: str) -> None:
    assert not _read(text, "stent")


@pytest.mark.parametrize(
    "text", ["PCI to the LAD 2019.", "s/p PCI", "PMH: MI, PCI.", "Previous PCI x2."]
)
def test_guard_a_past_pci_stays_a_stent(text: str) -> None:
    assert _read(text, "stent") & {("stent", "present"), ("stent", "historical")}


@pytest.mark.parametrize(
    "text",
    [
        "Shaking on the floor for 2 minutes, bit his tongue.",
        "22M witnessed fit",
        "First fit at home this morning.",
    ],
)
def test_a_bitten_tongue_or_a_witnessed_fit_is_a_seizure(text: str) -> None:
    assert ("seizure", "present") in _read(text, "seizure")


def test_guard_no_tongue_biting_denies_the_seizure_sign() -> None:
    assert _read("No tongue biting, no incontinence.", "seizure") == {
        ("seizure", "absent")
    }


def _done(text: str) -> frozenset[str]:
    return resulted.read([text]).done


@pytest.mark.parametrize(
    "text",
    [
        "ECG: sinus rhythm, normal intervals, no ST changes.",
        "ECG shows AF at 140.",
        "ECG normal.",
        "ECG - sinus tachycardia.",
    ],
)
def test_an_ecg_stated_with_its_reading_is_done(text: str) -> None:
    assert "12-lead ECG" in _done(text)


@pytest.mark.parametrize(
    "text",
    [
        "ECG pending.",
        "ECG to be done.",
        "ECG: to follow.",
        "ECG:",
        "Old ECG: LBBB.",
        "If the ECG shows ST elevation, call cardiology.",
    ],
)
def test_guard_an_ecg_not_yet_read_this_visit_is_not_done(text: str) -> None:
    assert "12-lead ECG" not in _done(text)


def test_an_ecg_ordered_with_another_test_is_not_withheld() -> None:
    known = resulted.read(["ECG: sinus rhythm."])
    for name in ("12-lead ECG and troponin", "12-lead ECG, glucose and potassium"):
        order = Order(kind="diagnostic", name=name, reason="r")
        assert resulted.gate(order, known) is None
    order = Order(kind="diagnostic", name="12-lead ECG within 10 minutes", reason="r")
    assert resulted.gate(order, known) is not None


@pytest.mark.parametrize(
    "text",
    [
        "CT: dilated small bowel loops with a transition point.",
        "CT abdomen shows free air under the diaphragm.",
        "CT abdomen/pelvis: pelvic collection 5 cm.",
    ],
)
def test_a_ct_stated_with_an_abdominal_finding_is_done(text: str) -> None:
    assert "CT abdomen/pelvis" in _done(text)


@pytest.mark.parametrize(
    "text", ["CT: normal.", "CT abdomen pending.", "CT head: normal."]
)
def test_guard_a_ct_without_an_abdominal_finding_is_no_abdominal_ct(text: str) -> None:
    assert "CT abdomen/pelvis" not in _done(text)


def test_a_stop_or_forbid_clause_gives_nothing() -> None:
    acting, barred = _prohibition_split(
        "stop the NSAID (if it must continue: the lowest dose with a PPI; paracetamol "
        "for the pain instead); full-dose PPI for 4-8 weeks"
    )
    assert "paracetamol" not in acting and "PPI" in acting
    assert barred.startswith("stop the NSAID")
    acting, barred = _prohibition_split(
        "no opioids, antidiarrhoeals (loperamide), anticholinergics or NSAIDs"
    )
    assert not acting.strip() and "opioids" in barred


def test_guard_a_giving_order_keeps_its_drugs() -> None:
    acting, barred = _prohibition_split("ibuprofen 400-600 mg + acetaminophen 1000 mg")
    assert "ibuprofen" in acting and not barred


def test_a_forbidden_class_is_not_required_and_other_drugs_are() -> None:
    barred = ["no opioids, antidiarrhoeals (loperamide), anticholinergics or NSAIDs"]

    def med(name: str) -> Order:
        return Order(kind="medication", name=name, reason="r")

    assert _forbidden_by_plan(med("IV morphine 2.5-5 mg titrated"), barred)
    assert _forbidden_by_plan(med("NSAID: ibuprofen 400 mg PO"), barred)
    assert not _forbidden_by_plan(med("paracetamol 1 g IV or PO"), barred)

"""readers44: one block per reader rule, each with its guards (issue 10).

Sources: Harkema H et al. ConText, J Biomed Inform 2009;42:839 (a modifier's scope
ends at a new finding or clause with its own assertion); Chapman WW et al. NegEx, J
Biomed Inform 2001;34:301 (a pre-trigger over a conjoined list); Byrne RA et al. ESC
2023 ACS (new or dynamic ST-T changes; the 0/1 h algorithm's sampling times); ACC/AHA
2022 aortic disease (ADD-RS: an inter-arm systolic difference of 20 mmHg or more);
Surviving Sepsis 2021 (the lactate after fluids); NICE NG109 2018 (the urine
dipstick); Sartelli M et al. WSES 2020 and Hall J et al. ASCRS 2020 (CT signs of
diverticulitis); NICE CG169 2019 (loin to groin pain).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import (
    context_status,
    extract_findings,
    extract_measurements,
)
from agents.offline.rules.results import result_findings


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _status(kb, text: str, concept: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.status for f in extract_findings(text, kb) if f.concept == concept}


def _span_status(text: str, span: str) -> str:
    i = text.index(span)
    return context_status(text, i, i + len(span))


def _results(text: str) -> set[str]:
    return {f.concept for f in result_findings(text) if f.status == "present"}


# --- a finding called new after a negated one asserts itself ----------------------


def test_a_new_finding_after_a_negated_one_is_present(kb) -> None:  # type: ignore[no-untyped-def]
    text = "ECG: no ST elevation, new T wave inversion in V4-V6."
    assert _status(kb, text, "ecg_st_elevation") == {"absent"}
    assert _status(kb, text, "ecg_t_wave_inversion") == {"present"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No fever, new rash or cough.", "rash"),  # an "or" list stays negated
        ("No new weakness, numbness or speech change.", "weakness"),
    ],
)
def test_guard_new_inside_a_negated_list_stays_negated(kb, text, concept) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, concept) == {"absent"}


# --- the two arms' pressures written value first ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "BP 182/100 right arm, 150/84 left.",
        "BP 160/90 in the left arm and 130/80 in the right arm.",
        "BP right arm 182/100, left arm 150/84.",
    ],
)
def test_an_inter_arm_difference_is_a_pulse_deficit(kb, text) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, text, "pulse_deficit") == {"present"}


@pytest.mark.parametrize(
    "text",
    [
        "BP 140/90 right arm, 136/88 left.",  # 4 mmHg
        "BP 182/100 R, 150/84 L.",  # no arm named
    ],
)
def test_guard_no_pulse_deficit_without_a_named_difference(kb, text) -> None:  # type: ignore[no-untyped-def]
    assert "present" not in _status(kb, text, "pulse_deficit")


# --- the lactate after fluids; the troponin's sampling hour -------------------------


def test_a_lactate_written_before_its_treatment_is_current() -> None:
    text = "Lactate 4.6 on arrival. Lactate 1.4 after 30 mL/kg fluids, BP 112/68."
    assert extract_measurements(text)["lactate"] == 1.4


def test_guard_a_single_lactate_after_fluids_is_itself() -> None:
    assert extract_measurements("Lactate 4.8 after fluids.")["lactate"] == 4.8


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hs-troponin T 0h 8 ng/L, 1h 9 ng/L.", 8.0),
        ("Troponin 0 h: 58 ng/L.", 58.0),
        ("Troponin 12 ng/L at 3 h.", 12.0),
    ],
)
def test_a_sampling_hour_is_no_troponin(text: str, value: float) -> None:
    assert extract_measurements(text)["troponin"] == value


# --- the ward's "dip" and a negative for both items --------------------------------


def test_a_bare_dip_is_the_urine_dipstick() -> None:
    found = _results("Dip negative for leucocytes and nitrites, positive for blood.")
    assert {"hematuria", "urinalysis_negative"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Urine dip negative for nitrites and leukocytes.",
        "Urine dip: blood 2+, no nitrites or leucocytes.",
    ],
)
def test_one_negative_word_before_both_items(text: str) -> None:
    assert "urinalysis_negative" in _results(text)


@pytest.mark.parametrize("text", ["ST dip in V5.", "Urine dip negative for blood."])
def test_guard_no_urine_result_from_other_dips(text: str) -> None:
    assert not _results(text) & {"hematuria", "urinalysis_negative", "pyuria"}


# --- a CT's description of diverticulitis ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CT abdomen: no evidence of perforation or abscess; thickened sigmoid with "
        "pericolic fat stranding and diverticula.",
        "CT: sigmoid wall thickening with surrounding fat stranding, multiple "
        "diverticula.",
        "CT: inflamed diverticulum in the sigmoid.",
    ],
)
def test_ct_signs_of_diverticulitis(text: str) -> None:
    assert "ct_diverticulitis" in _results(text)


@pytest.mark.parametrize(
    "text",
    [
        "CT: thickened sigmoid with fat stranding, no diverticula.",
        "CT: thickened sigmoid, no fat stranding, diverticula present.",
        "CT: sigmoid diverticulosis, no wall thickening or fat stranding.",
        "CT: no inflamed diverticulum.",
    ],
)
def test_guard_no_diverticulitis_without_its_signs(text: str) -> None:
    assert "ct_diverticulitis" not in _results(text)


# --- loin to groin pain is a flank pain and its radiation -------------------------


def test_loin_to_groin_pain_implies_flank_pain_and_groin_radiation(kb) -> None:  # type: ignore[no-untyped-def]
    assert _status(kb, "Right loin to groin pain, colicky.", "loin_to_groin_pain") == {
        "present"
    }
    assert {"flank_pain", "radiation_groin"} <= set(kb.implies["loin_to_groin_pain"])
    assert _status(kb, "No loin to groin pain.", "loin_to_groin_pain") == {"absent"}


# --- a stated result and a new subject end a negated list -------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("No LOC, no burns, feels well, ECG normal.", "ECG normal"),
        (
            "Unable to hear in her right ear, no pain, ear canal and drum look normal.",
            "ear canal and drum look normal",
        ),
        (
            "No pain, no discharge, tuning fork Weber goes to the left ear.",
            "Weber goes to the left",
        ),
        (
            "Grinding metal without goggles, a fragment flew into his left eye, the "
            "pupil is peaked towards the wound.",
            "wound",
        ),
        (
            "Found on the floor after lying there all night, could not get up, dark "
            "urine.",
            "dark urine",
        ),
    ],
)
def test_a_stated_result_or_a_new_subject_is_asserted(text: str, span: str) -> None:
    assert _span_status(text, span) == "present"


@pytest.mark.parametrize(
    ("text", "span", "status"),
    [
        ("No rash, neck stiffness or photophobia.", "neck stiffness", "absent"),
        ("No LOC, a bruise on the forehead.", "bruise", "absent"),
        (
            "Fever and cough, her brother has sickle cell disease.",
            "sickle cell disease",
            "family",
        ),
    ],
)
def test_guard_lists_and_relatives_keep_their_status(
    text: str, span: str, status: str
) -> None:
    assert _span_status(text, span) == status

"""cardio46: a new LBBB read from the ECG, the new-LBBB and repeated-ICD-shock pathways,
an unchanged bundle branch block as no STEMI mimic, the long-QTc triage flag's
diagnosis, the pectoral muscles' tenderness."""

from __future__ import annotations

import pytest

from agents import leading_gates, triage_pathways
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.admission_criteria import _repeated_icd_shocks
from agents.offline.rules.angiography_reports import angiography_findings
from agents.offline.rules.ecg_reports import new_lbbb_stated
from agents.offline.rules.esi import LONG_QTC_REASON, triage_points_to
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.icd_shocks import repeated_icd_shocks
from agents.pathway_dx import ACTS_ON
from agents.pathways_cardiac import new_lbbb_acs, recurrent_icd_shocks
from cases.population import view_population
from cases.views import StageView, build_view
from tests.scenarios.conftest import make_case, vitals

KB = load_knowledge()


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("ECG: new LBBB.", True),
        ("ECG: presumed new left bundle branch block.", True),
        ("ECG: LBBB, not present on the ECG of 2022.", True),
        ("ECG: left bundle branch block, not seen on the previous ECG.", True),
        ("ECG: left bundle branch block, not present on the ECG from last year.", True),
        ("Known LBBB. ECG: LBBB, unchanged from the previous ECG.", False),
        ("No new LBBB.", False),
        ("LBBB, not present on the repeat ECG.", False),
        ("?new LBBB", False),
    ],
)
def test_a_new_lbbb_is_read_as_stated(text: str, new: bool) -> None:
    """ESC 2023 ACS 3.2.1: new, or absent from an earlier ECG (a comparison)."""
    assert new_lbbb_stated([text]) is new


def _view(note: str, complaint: str = "chest pain") -> StageView:
    case = make_case(
        complaint, age=66, sex="M", vitals=vitals(90, 140, 84, 18, 96), ed_note=note
    )
    return build_view(case, "treatment")


@pytest.mark.parametrize(
    ("note", "fires"),
    [
        ("Crushing central chest pain for 1 hour, ongoing. ECG: new LBBB.", True),
        ("Central chest pain 1 hour, now resolved. ECG: new LBBB.", False),
        (
            "Central chest pain for 1 hour. ECG: LBBB, unchanged from the previous.",
            False,
        ),
    ],
)
def test_new_lbbb_with_ongoing_pain_activates_the_cath_lab(
    note: str, fires: bool
) -> None:
    """ESC 2023 ACS 3.2.1: ongoing ischaemic symptoms with a new LBBB: primary PCI."""
    view = _view(note)
    assert bool(new_lbbb_acs(view, view_population(view))) is fires


def test_a_new_lbbb_without_chest_pain_activates_nothing() -> None:
    view = _view("No chest pain, no breathlessness. ECG: new LBBB.", "abnormal ECG")
    assert not new_lbbb_acs(view, view_population(view))


def test_the_new_pathways_declare_their_diagnosis() -> None:
    assert "new_lbbb_acs" in ACTS_ON
    assert "recurrent_icd_shocks" in ACTS_ON


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        ("His ICD fired three times in an hour.", True),
        ("The defibrillator fired twice this morning.", True),
        ("Shocked 4 times by his ICD today.", True),
        ("ICD shock once this morning, feels well.", False),
        ("No ICD shocks.", False),
    ],
)
def test_more_than_one_icd_shock_is_read(text: str, repeated: bool) -> None:
    """ESC 2022 VA; HRS/EHRA 2015: more than one shock (the count is read where it
    stands with the shock words)."""
    assert repeated_icd_shocks(text) is repeated


def test_repeated_icd_shocks_admit_to_a_monitored_bed() -> None:
    criterion = _repeated_icd_shocks("The ICD fired three times in an hour.")
    assert criterion is not None
    assert (criterion.disposition, criterion.level) == ("Admit", "icu")
    assert _repeated_icd_shocks("ICD shock once last week, well.") is None


def test_repeated_icd_shock_pathway_interrogates_the_device() -> None:
    view = _view(
        "Her ICD fired three times in an hour. Now sinus rhythm.", "palpitations"
    )
    names = [o.name for o, _ in recurrent_icd_shocks(view, view_population(view))]
    assert any("interrogate" in n for n in names), names


def test_an_unchanged_bundle_branch_block_is_no_stemi_mimic() -> None:
    """ESC 2023 ACS: an old LBBB with a raised troponin is an NSTE-ACS, treated."""
    old_lbbb = leading_gates.read(
        ["ECG: LBBB, unchanged from the previous ECG."], [], None, 130, 90
    )
    old_ste = leading_gates.read(
        ["ECG: ST elevation V1-V3, unchanged from the previous ECG."], [], None, 130, 90
    )
    assert old_lbbb.mimic is None
    assert old_ste.mimic is not None


def test_a_new_lbbb_is_no_missing_st_elevation() -> None:
    """The cath lab is not made conditional on ST elevation for a new LBBB."""
    s = leading_gates.read(["ECG: new LBBB."], [], None, 130, 90)
    assert not s.no_st_elevation


def test_the_long_qtc_flag_points_to_torsades() -> None:
    """Drew 2010; ESC 2018 Table 5: the triage criterion names torsades."""
    names = {c.name for c in triage_pathways.TRIAGE_CRITERIA}
    assert LONG_QTC_REASON in names
    assert triage_points_to([LONG_QTC_REASON]) == frozenset({"torsades_de_pointes"})


@pytest.mark.parametrize(
    "text",
    [
        "Tender over the pectoral muscles.",
        "The pain is reproduced by resisted adduction.",
        "Worse with arm movements.",
    ],
)
def test_the_pectoral_examination_reads_a_chest_wall_pain(text: str) -> None:
    """AHA/ACC 2021 4.1.1; Stochkendahl 2010: reproduced by palpation or movement."""
    found = {f.concept for f in extract_findings(text, KB) if f.status == "present"}
    assert "reproducible_chest_pain" in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Coronary angiography today: unobstructed coronary arteries.", True),
        ("Angiogram: non-obstructive coronary arteries, apical ballooning.", True),
        ("Angiogram in 2016: unobstructed coronary arteries.", False),
        ("A previous angiogram showed unobstructed coronaries.", False),
        ("Coronary angiography: occluded LAD.", False),
    ],
)
def test_this_visits_unobstructed_coronaries_are_read(text: str, found: bool) -> None:
    """ESC 2023 ACS 11 (MINOCA); InterTAK 2018: an old angiogram excludes nothing."""
    assert bool(angiography_findings(text)) is found

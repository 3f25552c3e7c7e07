"""real33 (issue 10): causes found reading traces of real read-half visits.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- NICE CG50 2007 (acutely ill adults in hospital) 1.1: physiological observations
  at the initial assessment; RCP NEWS2 2017; ESI v4 handbook ch.6 (decision point D
  needs the vital signs): a discharge is not judged from results alone, with no
  vital sign and no presenting problem; with no problem documented at all a
  forecast home names the condition.

Each scenario asserts safety properties and failed on main 6cdefa4 before its fix,
unless named a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_PANEL = (
    "ED laboratory results (first value of each test during the ED stay):\n"
    "Hemoglobin 11.6 g/dL (abnormal)\nWhite Blood Cells 12.8 K/uL (abnormal)\n"
    "Platelet Count 210 K/uL\nCreatinine 0.8 mg/dL\nINR(PT) 1.5 (abnormal)\n"
)


def test_results_alone_with_no_vitals_or_complaint_are_no_discharge(
    reason: Reason,
) -> None:
    """A record of laboratory results only, no complaint and no vital sign (NICE
    CG50 1.1; RCP NEWS2 2017): observations and the presenting problem come first,
    so the disposition is no Discharge forecast."""
    case = make_case(None, age=58, sex="M", ed_note=_PANEL)  # type: ignore[arg-type]
    out = reason(case)
    disp = O.disposition(out)
    assert disp is None or disp.disposition != "Discharge"


def test_no_complaint_note_or_summary_forecasts_home_only_with_a_condition(
    reason: Reason,
) -> None:
    """An older adult with vital signs in range but no complaint, summary or note
    recorded (NICE CG50 1.1: the presenting problem is assessed first): a Discharge
    forecast, if any, names that condition."""
    case = make_case(None, age=80, sex="F", vitals=vitals(78, 128, 64, 16, 97))  # type: ignore[arg-type]
    disp = O.disposition(reason(case))
    assert disp.disposition != "Discharge" or "presenting problem" in (
        disp.rationale or ""
    )


def test_guard_known_minor_complaint_with_vitals_may_go_home(reason: Reason) -> None:
    """Guard: a recognised minor complaint with normal vital signs (ESI v4 level 5,
    suture removal) may still be forecast home."""
    out = reason(
        make_case(
            "suture removal",
            age=30,
            sex="F",
            vitals=vitals(72, 118, 72, 14, 99),
        )
    )
    assert O.disposition(out).disposition == "Discharge"


_PE_TESTS = ("d-dimer", "ctpa", "ct pulmonary angiogra", "v/q scan")


def test_haemoptysis_with_hypoxia_keeps_a_test_for_the_embolism(
    reason: Reason,
) -> None:
    """Blood-streaked sputum with hypoxaemia in an older adult (ESC 2019 acute PE:
    an open embolism is excluded by a D-dimer at non-high pre-test probability or
    imaged by CT pulmonary angiography; ACR Appropriateness Criteria hemoptysis
    2020: the radiograph first, a CT angiogram only if it does not explain): a test
    that decides the embolism is ordered, not withheld for a CT angiogram that is
    only a conditional next step."""
    out = reason(
        make_case(
            "coughing up blood-streaked sputum",
            age=74,
            sex="F",
            vitals=vitals(96, 132, 78, 24, 86, 36.6),
        )
    )
    assert O.ordered(out, *_PE_TESTS)


_BP_AGENTS = ("labetalol", "nicardipine", "clevidipine")


def test_suspected_stroke_at_220_120_gets_its_pressure_lowered(reason: Reason) -> None:
    """Sudden one-sided weakness with BP 236/132 (AHA/ASA 2019 acute ischaemic stroke
    3.3.3: at >= 220/120 lower by about 15 % in 24 h; 3.3.1 below 185/110 before any
    lytic; AHA/ASA 2022 ICH 5.2): an IV antihypertensive is ordered while imaging is
    awaited, and no lytic is given before the haemorrhage is excluded."""
    out = reason(
        make_case(
            "sudden right-sided weakness",
            age=66,
            sex="M",
            vitals=vitals(84, 236, 132, 18, 97),
        )
    )
    assert O.medication_ordered(out, *_BP_AGENTS)
    assert not O.medication_ordered(out, "alteplase", "tenecteplase")


def test_guard_stroke_below_220_120_is_not_lowered(reason: Reason) -> None:
    """Guard: a suspected stroke at 176/94, below the lytic ceiling and far below
    220/120, keeps its pressure (AHA/ASA 2019 3.3.2: permissive hypertension)."""
    out = reason(
        make_case(
            "sudden right-sided weakness",
            age=66,
            sex="M",
            vitals=vitals(84, 176, 94, 18, 97),
        )
    )
    assert not O.medication_ordered(out, *_BP_AGENTS)


def _ckmb_panel(value: str) -> str:
    return (
        "ED laboratory results:\nHemoglobin 14.0 g/dL\n"
        f"Creatine Kinase, MB Isoenzyme {value} ng/mL\nCreatinine 0.9 mg/dL\n"
    )


def test_raised_ck_mb_is_read_as_myocardial_injury(reason: Reason) -> None:
    """A CK-MB mass of 36 ng/mL, well above its reference limit (>= 8 ng/mL: Young
    GP et al. Acad Emerg Med 1997;4:869; Thygesen K et al. Fourth Universal
    Definition of MI 2018: the alternative marker where troponin is unavailable;
    Balk EM et al. Ann Emerg Med 2001;37:478), is myocardial injury until shown
    otherwise: an ECG and a troponin are ordered, and it is no discharge."""
    out = reason(make_case(None, age=52, sex="M", ed_note=_ckmb_panel("36")))  # type: ignore[arg-type]
    assert O.ordered(out, "ecg", "electrocardiogra")
    assert O.ordered(out, "troponin")
    assert O.disposition(out).disposition != "Discharge"


def test_guard_normal_ck_mb_starts_no_cardiac_work_up(reason: Reason) -> None:
    """Guard: a CK-MB of 2.1 ng/mL is within its reference range (Young 1997): it
    proposes no myocardial infarction."""
    out = reason(make_case(None, age=52, sex="M", ed_note=_ckmb_panel("2.1")))  # type: ignore[arg-type]
    assert not O.proposes(out, "myocardial infarction")


_VESTIBULAR_EXAM = ("dix-hallpike", "hints", "head impulse")


def test_older_adults_vertigo_gets_the_bedside_exam_that_finds_a_central_cause(
    reason: Reason,
) -> None:
    """Spinning vertigo in a 72-year-old (AAO-HNS 2017 BPPV key action statements
    1-2: the Dix-Hallpike diagnoses it; Edlow JA et al. GRACE-3, Acad Emerg Med
    2023: HINTS for continuous vertigo, posterior stroke is the miss that matters):
    a bedside vestibular examination is ordered, whatever the working diagnosis."""
    out = reason(
        make_case(
            "rotatory vertigo",
            age=72,
            sex="F",
            vitals=vitals(80, 158, 92, 18, 97),
        )
    )
    assert O.ordered(out, *_VESTIBULAR_EXAM)


def _urea_panel(bun: str) -> str:
    return (
        "ED laboratory results:\nHemoglobin 8.6 g/dL (abnormal)\n"
        f"Urea Nitrogen {bun} mg/dL\nPlatelet Count 240 K/uL\n"
    )


def test_markedly_raised_urea_is_not_left_unexplained(reason: Reason) -> None:
    """A BUN of 118 mg/dL beside a haemoglobin of 8.6 g/dL (Blatchford O et al.
    Lancet 2000;356:1318: urea >= 25 mmol/L, BUN >= 70, the top band; Tintinalli ch.
    75 and 88: digested blood or failing kidneys): the trace names what would explain
    it (a bleed into the gut or kidney failure) instead of an anaemia alone, and it
    is no discharge."""
    out = reason(make_case(None, age=70, sex="F", ed_note=_urea_panel("118")))  # type: ignore[arg-type]
    text = out.model_dump_json().lower()
    assert "gi bleeding" in text and "kidney failure" in text
    assert O.disposition(out).disposition != "Discharge"


def test_guard_normal_urea_raises_nothing(reason: Reason) -> None:
    """Guard: a BUN of 14 mg/dL is normal: no bleed or kidney failure is named
    for it."""
    out = reason(make_case(None, age=70, sex="F", ed_note=_urea_panel("14")))  # type: ignore[arg-type]
    assert "kidney failure" not in out.model_dump_json().lower()

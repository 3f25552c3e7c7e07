"""real34 (issue 10): causes found reading traces of real read-half visits.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- Gulati M et al. AHA/ACC 2021 chest pain guideline (2.1.1: pain in the upper
  abdomen is a chest-pain equivalent; a high-sensitivity troponin for suspected ACS):
  an older adult's epigastric pain keeps ACS open and gets a troponin, not only an
  ECG.
- Lewis LM et al. J Emerg Med 2005; ACEP geriatric ED guidelines 2014: an older
  adult's abdominal pain gets the wider panel and CT, whatever the complaint list's
  abbreviation ("Abd. pain").
- NICE CG109 (transient loss of consciousness) 1.1.2.3 and 1.2.1.2; NICE NG217 2022;
  ESC 2018 syncope: a seizure-like event in an adult gets a 12-lead ECG.
- SNNOOP10 (Do TP et al. Neurology 2019;92:134): a headache with reduced
  consciousness is secondary until imaged, not a migraine given its abortive.
- O'Driscoll BR et al. BTS emergency oxygen guideline 2017: the saturation of every
  breathless patient is measured by pulse oximetry.

Each scenario asserts safety properties and failed on main 972a092 before its fix,
unless named a guard.
"""

from __future__ import annotations

from agents.schemas import AssessmentResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_TROPONIN = ("troponin",)
_ECG = (r"\becg\b", "electrocardiogram", "12-lead")
_DROWSY = "Mental: verbal response"
"""A triage record's AVPU field: responds to voice (V)."""
_MIGRAINE_ABORTIVE = ("prochlorperazine", "metoclopramide", "sumatriptan", "triptan")


def _kept_open(out: ReasoningOutput, *words: str) -> bool:
    """Whether a diagnosis naming one of ``words`` is open or ruled in at assessment."""
    for record in out.trace:
        if isinstance(record.output, AssessmentResult):
            return any(
                any(w in d.diagnosis.lower() for w in words)
                and d.status in ("cannot_exclude", "ruled_in")
                for d in record.output.differential
            )
    return False


def test_older_adults_epigastric_pain_gets_a_troponin_and_acs_on_the_list(
    reason: Reason,
) -> None:
    """Epigastric pain at 72 with no other detail (AHA/ACC 2021 chest pain 2.1.1:
    upper-abdominal discomfort is a chest-pain equivalent, ACS is considered and a
    high-sensitivity troponin measured; women and older adults present so): a
    troponin is ordered, an ECG alone does not stand in for it, and myocardial
    infarction stays open on the differential."""
    out = reason(
        make_case(
            "epigastric pain", age=72, sex="F", vitals=vitals(74, 150, 90, 18, 98)
        )
    )
    assert O.ordered(out, *_TROPONIN)
    assert _kept_open(out, "myocardial infarction", "coronary", "angina")


def test_guard_young_adults_epigastric_pain_without_risk_gets_no_acs_work_up(
    reason: Reason,
) -> None:
    """Guard: epigastric pain at 25 with no cardiovascular risk factor (the
    pathway's age and risk bounds; AHA/ACC 2021 weighs the pre-test probability):
    no troponin and no ACS kept open."""
    out = reason(
        make_case(
            "epigastric pain", age=25, sex="F", vitals=vitals(80, 118, 74, 16, 99)
        )
    )
    assert not O.ordered(out, *_TROPONIN)
    assert not _kept_open(out, "myocardial infarction")


def test_abbreviated_abdominal_pain_label_gets_the_older_adults_work_up(
    reason: Reason,
) -> None:
    """'Abd. pain' at 81 (a coded complaint list's abbreviation; Lewis LM et al. J
    Emerg Med 2005; ACEP geriatric ED guidelines 2014; ACR Appropriateness Criteria
    acute nonlocalized abdominal pain 2018): liver tests, lactate and CT are ordered
    as for 'abdominal pain'."""
    out = reason(
        make_case("Abd. pain", age=81, sex="F", vitals=vitals(88, 140, 90, 20, 97))
    )
    assert O.ordered(out, "lft", "liver")
    assert O.ordered(out, "lactate")
    assert O.ordered(out, r"\bct\b", "computed tomograph")


def test_older_adults_seizure_like_event_gets_an_ecg(reason: Reason) -> None:
    """Seizure-like activity at 74 (NICE CG109 1.1.2.3: a 12-lead ECG for everyone
    with a transient loss of consciousness; 1.2.1.2: brief jerking occurs in an
    uncomplicated faint; NICE NG217 2022): an ECG is ordered."""
    out = reason(
        make_case(
            "seizure-like activity",
            age=74,
            sex="F",
            vitals=vitals(64, 158, 90, 16, 97, 36.4),
        )
    )
    assert O.ordered(out, *_ECG)


def test_adults_first_seizure_gets_an_ecg(reason: Reason) -> None:
    """A witnessed first seizure at 30 (NICE NG217 2022: a 12-lead ECG in adults
    with a suspected seizure; NICE CG109 1.1.2.3): an ECG is ordered."""
    out = reason(
        make_case(
            "witnessed seizure, first ever",
            age=30,
            sex="M",
            vitals=vitals(96, 130, 80, 18, 98),
        )
    )
    assert O.ordered(out, *_ECG)


def test_guard_febrile_convulsion_in_a_toddler_gets_no_ecg(reason: Reason) -> None:
    """Guard: a simple febrile seizure at 2 (NICE CG109 is for 16 and over; AAP 2011
    simple febrile seizure: no routine investigations beyond the fever's source): no
    ECG."""
    out = reason(
        make_case(
            "febrile seizure", age=2, sex="M", vitals=vitals(140, 95, 60, 28, 98, 39.2)
        )
    )
    assert not O.ordered(out, *_ECG)


def test_guard_fit_and_well_is_no_seizure(reason: Reason) -> None:
    """Guard: 'normally fit and well' beside an ankle injury at 40 (health, not a
    fit; Ottawa ankle rules, Stiell IG et al. JAMA 1993): no ECG and no arrhythmia
    kept open."""
    out = reason(
        make_case(
            "twisted ankle",
            age=40,
            sex="M",
            vitals=vitals(76, 128, 78, 14, 99),
            one_liner="normally fit and well, inverted his right ankle at football",
        )
    )
    assert not O.ordered(out, *_ECG)
    assert not _kept_open(out, "arrhythmi")


def test_drowsy_older_adults_headache_is_no_migraine(reason: Reason) -> None:
    """Headache at 77 with a recorded AVPU of V (SNNOOP10, Do TP et al. Neurology
    2019: decreased consciousness is a red flag of a secondary headache; ACEP 2019
    headache policy: image it): migraine is not the working diagnosis, no migraine
    abortive is given, and a non-contrast CT head is ordered."""
    out = reason(
        make_case(
            "headache",
            age=77,
            sex="F",
            vitals={**vitals(84, 188, 98, 18, 97, 36.6), "raw": _DROWSY},
        )
    )
    assert "migraine" not in O.working(out)
    assert not O.medication_ordered(out, *_MIGRAINE_ABORTIVE)
    assert O.ordered(out, r"\bct\b", "computed tomograph")


def test_confused_older_adults_headache_is_no_migraine(reason: Reason) -> None:
    """'Headache and confusion' at 70 (SNNOOP10: altered consciousness): migraine
    and tension-type headache are not the working diagnosis and no abortive is
    given."""
    out = reason(
        make_case(
            "headache and confusion",
            age=70,
            sex="M",
            vitals=vitals(80, 150, 88, 16, 98, 36.7),
        )
    )
    working = O.working(out)
    assert "migraine" not in working and "tension" not in working
    assert not O.medication_ordered(out, *_MIGRAINE_ABORTIVE)


def test_guard_typical_migraine_in_a_young_adult_keeps_its_abortive(
    reason: Reason,
) -> None:
    """Guard: a throbbing one-sided headache like her usual migraines with nausea and
    photophobia at 28, alert, normal vital signs (ICHD-3 1.1; Orr SL et al. AHS 2016
    parenteral therapy): migraine leads and its abortive is given."""
    out = reason(
        make_case(
            "headache",
            age=28,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99, 36.7),
            one_liner="throbbing one-sided headache like her usual migraines, with "
            "nausea and photophobia",
        )
    )
    assert "migraine" in O.working(out)
    assert O.medication_ordered(out, "prochlorperazine", "metoclopramide")


_OXIMETRY = ("pulse ox", "oximetry")


def test_breathless_older_adult_with_no_saturation_gets_oximetry(
    reason: Reason,
) -> None:
    """Dyspnoea at 70 with pulse, pressure, rate and temperature recorded but no SpO2
    (BTS 2017 emergency oxygen: pulse oximetry in all breathless patients, oxygen to a
    target range): pulse oximetry is ordered."""
    v = {k: x for k, x in vitals(90, 116, 76, 20, 95, 36.7).items() if k != "spo2"}
    out = reason(make_case("dyspnea", age=70, sex="M", vitals=v))
    assert O.ordered(out, *_OXIMETRY)


def test_guard_breathless_with_saturation_recorded_gets_no_oximetry_order(
    reason: Reason,
) -> None:
    """Guard: the same dyspnoea with SpO2 95 % recorded (BTS 2017: the measured
    saturation stands): no separate pulse-oximetry order."""
    out = reason(
        make_case("dyspnea", age=70, sex="M", vitals=vitals(90, 116, 76, 20, 95, 36.7))
    )
    assert not O.ordered(out, *_OXIMETRY)

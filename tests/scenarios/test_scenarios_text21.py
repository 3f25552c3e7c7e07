"""How the offline reasoner reads note text: negation scope, early troponins, vitals.

text21 (issue 10). Text-layer sources: NegEx (Chapman WW et al. J Biomed Inform
2001;34:301) and ConText (Harkema H et al. J Biomed Inform 2009;42:839): a trigger
governs the items of its list; symptoms dated after a negated exposure item are a new
statement, and a templated answer ("Fever: no", "nil vomiting") negates its own item.
Clinical sources: IDSA 2004 / ESCMID 2016 bacterial meningitis (empirical antibiotics
without delay); ESC 2020 NSTE-ACS and Byrne RA et al. ESC 2023 ACS guideline (a single
hs-troponin rules out only > 3 h after onset; otherwise 0/1 h, 0/2 h or 0/3 h; the HEART
pathway repeats it at 3 h, Mahler SA et al. 2015); IDSA 2010 / EAU 2024 acute
pyelonephritis (fever with loin pain and dysuria is an upper urinary infection);
ESI v4 handbook ch.4 (new confusion or lethargy is high risk: GCS below 15).

Each scenario failed on main before the change unless marked a guard.
"""

from __future__ import annotations

from agents.schemas import DifferentialEntry
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_MENINGITIS_ANTIBIOTIC = ("ceftriaxone", "cefotaxime", "vancomycin")
_NSTEMI = "non-st elevation myocardial infarction"


def _entry(out: ReasoningOutput, name: str) -> DifferentialEntry | None:
    return next((e for e in out.final.ledger if e.diagnosis.lower() == name), None)


def test_symptoms_dated_after_a_negated_exposure_are_present(reason: Reason) -> None:
    """ConText: in "no recent travel or unwell contacts, severe headache, neck
    stiffness and vomiting since last night" the trigger governs the exposures; the
    dated symptoms are asserted. A febrile young adult with them gets empirical
    antibiotics (IDSA 2004; main read them denied and treated a migraine)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=24,
            sex="F",
            vitals=vitals(112, 108, 64, 22, 97, 38.7),
            one_liner="24-year-old woman with headache",
            ed_note="HPI: 24F student. No recent travel or unwell contacts, severe"
            " headache, neck stiffness and vomiting since last night. Exam:"
            " photophobic, Kernig positive.",
        )
    )
    assert O.medication_ordered(out, *_MENINGITIS_ANTIBIOTIC)


def test_a_negated_list_of_symptoms_stays_negated(reason: Reason) -> None:
    """Guard (NegEx): "no head injury, headache, vomiting or neck stiffness" is one
    list under one trigger: an ankle sprain gets no meningitis or head work-up."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=33,
            sex="M",
            vitals=vitals(78, 128, 76, 14, 99),
            one_liner="33-year-old man with ankle injury",
            ed_note="HPI: inverted R ankle playing football. No head injury,"
            " headache, vomiting or neck stiffness. Tender ATFL, no bony"
            " tenderness.",
        )
    )
    assert not O.medication_ordered(out, *_MENINGITIS_ANTIBIOTIC)
    assert not O.ordered(out, "ct head", "lumbar puncture")


def test_templated_review_of_systems_answers_negate(reason: Reason) -> None:
    """NegEx post-negation: "Neck stiffness: no. Rash: no." denies them; a usual
    migraine gets no meningitis treatment (main read them present and gave
    ceftriaxone with an LP)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=38,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99, 36.9),
            one_liner="38-year-old woman with headache",
            ed_note="HPI: 38F, usual migraine-type headache for 6 hours, similar to"
            " previous. ROS: Fever: no. Neck stiffness: no. Rash: no. Vomiting:"
            " yes. Exam: neuro intact.",
        )
    )
    assert not O.medication_ordered(out, *_MENINGITIS_ANTIBIOTIC)
    assert not O.ordered(out, "lumbar puncture")


def test_nil_negates_in_british_notes(reason: Reason) -> None:
    """Nil = none in UK and Australian notes: "nil fever, nil neck stiffness"; a usual
    migraine gets no meningitis treatment (main gave ceftriaxone and an LP)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=38,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99, 36.9),
            one_liner="38-year-old woman with headache",
            ed_note="HPI: 38F, usual migraine-type headache for 6 hours, similar to"
            " previous. Nil fever, nil neck stiffness, nil rash. Exam: neuro intact.",
        )
    )
    assert not O.medication_ordered(out, *_MENINGITIS_ANTIBIOTIC)


_EARLY_CHEST_PAIN = (
    "HPI: 49M, pressure-like central chest discomfort started 45 minutes ago while"
    " watching TV, non-radiating. Ex-smoker. ECG: sinus rhythm, no ischaemic changes."
    " High-sensitivity troponin T <5 ng/L."
)


def test_one_troponin_45_minutes_after_onset_keeps_nstemi_open(
    reason: Reason,
) -> None:
    """ESC 2023 ACS: one hs-troponin below the limit of detection rules out only when
    the pain began > 3 h before; at 45 minutes the 0/1 h or 0/3 h repeat is needed
    (main ruled NSTEMI out by HEART and discharged with one troponin)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=49,
            sex="M",
            vitals=vitals(84, 134, 82, 16, 98),
            one_liner="49-year-old man with chest pain",
            ed_note=_EARLY_CHEST_PAIN + " MDM: likely musculoskeletal, HEART low.",
        )
    )
    e = _entry(out, _NSTEMI)
    assert e is not None and e.status != "ruled_out"
    assert O.ordered(out, "serial troponin", "repeat troponin")
    assert O.disposition(out).disposition != "Discharge"


def test_a_repeated_troponin_lets_the_heart_pathway_close(reason: Reason) -> None:
    """Guard (HEART pathway, Mahler 2015): with the 3-h repeat also below the limit,
    a low HEART score may close NSTEMI."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=49,
            sex="M",
            vitals=vitals(84, 134, 82, 16, 98),
            one_liner="49-year-old man with chest pain",
            ed_note=_EARLY_CHEST_PAIN + " Repeat hs-troponin T at 3 h <5 ng/L."
            " MDM: likely musculoskeletal, HEART low.",
        )
    )
    e = _entry(out, _NSTEMI)
    assert e is None or e.status in ("ruled_out", "considered")


def test_a_temperature_written_only_in_the_text_is_a_fever(reason: Reason) -> None:
    """Recorded vitals without a temperature; the one-liner says "temperature 39.5
    at triage" with rigors, dysuria and loin pain: a febrile upper urinary infection
    gets a urine culture and an antibiotic (EAU 2024; main treated renal colic with
    ketorolac and imaging)."""
    out = reason(
        make_case(
            "DYSURIA",
            age=63,
            sex="F",
            vitals={
                "heart_rate": 114,
                "systolic_bp": 118,
                "diastolic_bp": 64,
                "respiratory_rate": 23,
                "spo2": 97,
            },
            one_liner="63-year-old woman, temperature 39.5 at triage with rigors and"
            " 2 days of dysuria",
            ed_note="HPI: burning on urination, right flank ache.",
        )
    )
    assert O.ordered(out, "urine culture")
    assert O.medication_ordered(
        out, "ceftriaxone", "cefuroxime", "ciprofloxacin", "gentamicin", "piperacillin"
    )


def test_a_gcs_in_the_triage_vitals_block_is_read(reason: Reason) -> None:
    """ESI v4 ch.4: a GCS of 9 (E2V3M4) recorded in the triage vitals block after a
    fall is an altered mental status, ESI 2 or 1 (main ignored it: ESI 3)."""
    out = reason(
        make_case(
            "FALL",
            age=79,
            sex="M",
            vitals={
                "heart_rate": 64,
                "systolic_bp": 172,
                "diastolic_bp": 90,
                "respiratory_rate": 16,
                "spo2": 96,
                "temperature_c": 36.4,
            },
            one_liner="79-year-old man, fall at home",
            ed_note="Triage Vital Signs: BP 172/90, HR 64, RR 16, SpO2 96%, GCS"
            " E2V3M4\nHPI: found at the bottom of the stairs.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2

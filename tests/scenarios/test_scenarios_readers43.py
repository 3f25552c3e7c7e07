"""readers43 (issue 10): a queried diagnosis and its evidence, serial results dated by
the clock, a scale's score in a negated list, a family-history label, tests stated
normal in words, an antibiotic course named by its drug.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a possibility trigger reaches
  its target; FAMILY "family history"); Weed LL. N Engl J Med 1968;278:593 (the
  problem-oriented note: a problem, then its evidence).
- Di Saverio S et al. WSES Jerusalem guidelines 2020 (appendicitis: migration,
  anorexia, right iliac fossa tenderness with guarding: surgical review).
- NICE NG158 2020 venous thromboembolism (DVT likely: proximal leg ultrasound within
  4 h, else interim anticoagulation; not sent home untested).
- Collet JP et al. ESC 2020 NSTE-ACS; Byrne RA et al. ESC 2023 ACS (a rise of
  hs-troponin between timed samples above the 99th centile is a myocardial infarction).
- Evans L et al. Surviving Sepsis Campaign 2021; NICE NG51 2016 (lactate >= 4 mmol/L:
  30 mL/kg crystalloid, critical-care review).
- NICE NG232 2023 head injury (GCS recorded as its score).

Each scenario asserts safety properties; each target failed on main d6bf0f04 before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _icd(out: object) -> str:
    return out.final.icd10 or ""  # type: ignore[attr-defined]


# --- a queried diagnosis, a colon, then what was found ------------------------------


def test_the_findings_after_a_queried_appendicitis_are_asserted(reason: Reason) -> None:
    """ "?r/o appendicitis: pain from the umbilicus to the right iliac fossa, anorexia,
    guarding": the query is the appendicitis; what follows the colon is what was found
    (Weed 1968; ConText's trigger reaches its target). Migration, anorexia and right
    iliac fossa tenderness with guarding are appendicitis until a surgeon says
    otherwise (WSES 2020): a surgical review, not a discharge."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=19,
        sex="M",
        vitals=vitals(96, 126, 76, 18, 99, 37.8),
        ed_note="To r/o appendicitis: pain started around the umbilicus yesterday and "
        "moved to the RIF overnight, anorexia, RIF tenderness with guarding.",
    )
    out = reason(case)
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "surg")


def test_a_calf_referred_to_rule_out_dvt_after_surgery_is_not_sent_home(
    reason: Reason,
) -> None:
    """ "Sent in to rule out DVT: tender swollen left calf, 18 days after a knee
    replacement": the swelling and the operation are the patient's, the DVT the
    question. Likely by Wells (recent surgery, calf swelling): a proximal leg
    ultrasound within 4 h or interim anticoagulation, not home untested (NICE
    NG158)."""
    case = make_case(
        "LEG SWELLING",
        age=68,
        sex="F",
        vitals=vitals(84, 134, 80, 16, 98, 37.0),
        ed_note="Sent in to rule out DVT: tender swollen left calf, 18 days after a "
        "left knee replacement.",
    )
    out = reason(case)
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "ultrasound", "duplex", "d-dimer")


def test_guard_a_differential_list_after_its_colon_stays_a_differential(
    reason: Reason,
) -> None:
    """Guard: "Differential: appendicitis, ovarian torsion" lists possibilities after
    the trigger's own colon (ConText: the list is the trigger's target); neither is
    asserted, so neither is coded as found."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=24,
        sex="F",
        vitals=vitals(84, 120, 74, 16, 99, 36.9),
        ed_note="Mild lower abdominal cramps for a day, soft abdomen, no guarding. "
        "Differential: appendicitis, ovarian torsion.",
    )
    out = reason(case)
    assert not _icd(out).startswith(("K35", "N83.5"))


# --- serial results dated by the clock ------------------------------------------------


def test_a_troponin_rising_between_two_clock_times_is_a_myocardial_infarction(
    reason: Reason,
) -> None:
    """ "Troponin 10:15 9 ng/L, 13:15 64 ng/L": each value dated by its sample time;
    the hour of the first time is no troponin of 10. A rise above the 99th centile
    between timed samples is a myocardial infarction (ESC 2020 NSTE-ACS; ESC 2023):
    coded I21, admitted."""
    case = make_case(
        "CHEST PAIN",
        age=58,
        sex="F",
        vitals=vitals(90, 148, 90, 16, 97, 36.6),
        ed_note="Central chest heaviness since 08:45, ECG without ST elevation. "
        "Troponin 10:15 9 ng/L, 13:15 64 ng/L.",
    )
    out = reason(case)
    assert _icd(out).startswith("I21")
    assert O.disposition(out).disposition != "Discharge"


def test_a_lactate_rising_by_the_clock_is_read_at_its_last_value(
    reason: Reason,
) -> None:
    """ "Lactate 2.2 at 09:30, 4.8 at 12:30" in a febrile urinary infection: the last
    timed value is today's (Surviving Sepsis 2021; NICE NG51: lactate >= 4 is high
    risk): the 30 mL/kg crystalloid bolus is ordered."""
    case = make_case(
        "FEVER",
        age=66,
        sex="M",
        vitals=vitals(110, 106, 64, 24, 95, 38.9),
        ed_note="Dysuria and rigors since yesterday. Lactate 2.2 at 09:30, 4.8 at "
        "12:30.",
    )
    out = reason(case)
    assert O.ordered(out, "30 ml/kg")


def test_guard_undetectable_troponins_at_two_hours_are_no_infarction(
    reason: Reason,
) -> None:
    """Guard: "hs-troponin <5 ng/L at 0 h and <5 ng/L at 3 h" after pain that has
    settled is ACS ruled out (ESC 2020 0/3 h algorithm): not coded I21, no
    anticoagulant."""
    case = make_case(
        "CHEST PAIN",
        age=44,
        sex="M",
        vitals=vitals(70, 128, 78, 14, 99, 36.6),
        ed_note="Chest tightness for 15 minutes this morning, pain free since. ECG "
        "normal. hs-troponin <5 ng/L at 0 h and <5 ng/L at 3 h.",
    )
    out = reason(case)
    assert not _icd(out).startswith("I21")
    assert not O.medication_ordered(out, "heparin", "enoxaparin", "fondaparinux")

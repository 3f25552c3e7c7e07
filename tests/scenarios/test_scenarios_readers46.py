"""readers46 (issue 10): a chest pain that pressing on the ribs reproduces, a tense
abdomen in a sentence on ascites, the diagnostic tap's neutrophil count, "not on
anticoagulants" after a minor head injury, a head CT's time from onset in words.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (NEGATED triggers; a
  documented absence is read as one); Chapman WW et al. NegEx. J Biomed Inform
  2001;34:301 (post-negations: "does not reproduce").
- Gulati M et al. AHA/ACC 2021 chest pain guideline 4.1.1 (a pain reproduced by
  palpation is unlikely ischaemic); Byrne RA et al. ESC 2023 ACS 3.2.3 (a single
  hs-troponin below the limit of detection more than 3 h after onset rules out).
- EASL 2018 decompensated cirrhosis (J Hepatol 2018;69:406), Aithal GP et al. BSG 2021
  ascites and Biggins SW et al. AASLD 2021 (grade 3 / tense ascites: large-volume
  paracentesis with albumin; SBP is an ascitic neutrophil count >= 250/mm3, one
  diagnostic tap decides it).
- NICE NG232 2023 head injury (CT within 8 h for current anticoagulant treatment; no
  CT without a risk factor; discharge with written advice).
- Perry JJ et al. BMJ 2011;343:d4277 and NICE NG228 2023 (a normal CT within 6 h of
  a thunderclap headache's onset excludes SAH; after 6 h an LP or CTA follows).

Each scenario asserts safety properties; each target failed on main f8ebf5cd before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

# --- a chest pain that pressing on the chest wall reproduces --------------------------


def test_pressing_the_ribs_reproduces_the_pain_is_chest_wall_pain(
    reason: Reason,
) -> None:
    """ "Pressing over the right lower ribs reproduces it" after a coughing illness
    (the examiner's act as the subject), hs-TnT below the limit of detection 7 h from
    onset: a reproducible chest wall pain (AHA/ACC 2021 4.1.1) with ACS ruled out by
    the single sample (ESC 2023): chest wall pain, no serial troponins, not kept in."""
    case = make_case(
        "CHEST PAIN",
        age=44,
        sex="F",
        vitals=vitals(80, 128, 78, 16, 98, 36.9),
        ed_note="Right-sided chest pain after two weeks of a dry cough. Pressing over "
        "the right lower ribs reproduces it exactly. Lungs clear. ECG: sinus "
        "rhythm, no acute changes. hs-TnT <5 ng/L, symptoms 7 hours.",
    )
    out = reason(case)
    assert "chest wall" in O.working(out)
    assert not O.ordered(out, "serial troponin")
    assert O.dispo(out) == "Discharge"


def test_pressing_that_does_not_reproduce_it_leaves_acs_worked(
    reason: Reason,
) -> None:
    """ "Pressing on the sternum does not reproduce it" in a heavy central pain with
    sweating is no chest wall pain (NegEx post-negation: the act is named before its
    result): the ACS work-up stays (ESC 2023: aspirin), never home."""
    case = make_case(
        "CHEST PAIN",
        age=63,
        sex="M",
        vitals=vitals(92, 150, 90, 18, 96, 36.8),
        ed_note="Heavy central chest pain radiating to the left arm for an hour with "
        "sweating. Pressing on the sternum does not reproduce it.",
    )
    out = reason(case)
    assert "chest wall" not in O.working(out)
    assert O.medication_ordered(out, "aspirin")
    assert O.dispo(out) != "Discharge"


# --- a tense abdomen in a sentence on ascites ---------------------------------------


def test_a_tensely_distended_abdomen_with_ascites_is_drained(reason: Reason) -> None:
    """ "Abdomen tensely distended with ascites" in cirrhosis, short of breath lying
    flat: grade 3 ascites, treated by a large-volume paracentesis with albumin (EASL
    2018; BSG 2021)."""
    case = make_case(
        "ABDOMINAL DISTENSION",
        age=62,
        sex="F",
        vitals=vitals(90, 114, 70, 20, 96, 36.7),
        ed_note="Known alcohol-related cirrhosis. Abdomen tensely distended with "
        "ascites, uncomfortable and short of breath lying flat. No fever, no "
        "confusion.",
    )
    out = reason(case)
    assert O.ordered(out, "large-volume paracentesis")


def test_guard_a_soft_abdomen_with_mild_ascites_is_not_drained(reason: Reason) -> None:
    """Guard: "abdomen soft, not tense" with mild ascites is no grade 3 ascites (EASL
    2018: large-volume paracentesis is for tense ascites); no drainage."""
    case = make_case(
        "ABDOMINAL DISTENSION",
        age=62,
        sex="F",
        vitals=vitals(84, 120, 74, 16, 98, 36.7),
        ed_note="Known alcohol-related cirrhosis, abdomen slowly bigger. Abdomen soft, "
        "not tense, mild ascites on examination. No fever, no confusion.",
    )
    out = reason(case)
    assert not O.ordered(out, "large-volume paracentesis")


# --- the diagnostic tap's count -----------------------------------------------------


def test_a_diagnostic_tap_count_below_250_is_not_tapped_again(reason: Reason) -> None:
    """ "Diagnostic tap: neutrophils 60/mm3" is the paracentesis that decides SBP (EASL
    2018): below 250/mm3 it is excluded, so no second diagnostic tap and no SBP
    antibiotic."""
    case = make_case(
        "ABDOMINAL DISTENSION",
        age=57,
        sex="M",
        vitals=vitals(86, 118, 72, 16, 97, 36.8),
        ed_note="Alcohol-related cirrhosis with ascites, more distended over two "
        "weeks. No fever, no confusion. Diagnostic tap: neutrophils 60/mm3.",
    )
    out = reason(case)
    assert not O.ordered(out, "diagnostic paracentesis")
    assert not O.medication_ordered(out, "cefotaxime", "ceftriaxone")


# --- "not on anticoagulants" -------------------------------------------------------


def test_not_on_anticoagulants_minor_head_injury_goes_home(reason: Reason) -> None:
    """ "Not on anticoagulants" is a documented absence (ConText NEGATED): a minor head
    injury with no NICE NG232 risk factor needs no CT and goes home with advice."""
    case = make_case(
        "HEAD INJURY",
        age=36,
        sex="F",
        vitals=vitals(74, 124, 76, 14, 99, 36.6),
        ed_note="Stood up under an open kitchen cupboard and hit her head. No loss of "
        "consciousness, no vomiting, no amnesia, GCS 15. Not on anticoagulants.",
    )
    out = reason(case)
    assert not O.ordered(out, "ct head")
    assert O.dispo(out) == "Discharge"


def test_guard_a_head_injury_on_apixaban_gets_a_ct(reason: Reason) -> None:
    """Guard: the same injury on apixaban needs a CT head within 8 h (NICE NG232)."""
    case = make_case(
        "HEAD INJURY",
        age=36,
        sex="F",
        vitals=vitals(74, 124, 76, 14, 99, 36.6),
        ed_note="Stood up under an open kitchen cupboard and hit her head. No loss of "
        "consciousness, no vomiting, no amnesia, GCS 15. On apixaban for a DVT.",
    )
    out = reason(case)
    assert O.ordered(out, "ct head")


# --- a head CT's time from onset written in words -------------------------------------


def test_a_normal_ct_three_hours_from_onset_in_words_needs_no_lp(
    reason: Reason,
) -> None:
    """ "CT head at three hours after onset: no subarachnoid blood" in a neurologically
    intact thunderclap headache: a normal CT within 6 h of onset excludes SAH
    (Perry JJ et al. BMJ 2011;343:d4277; NICE NG228 2023): no lumbar puncture."""
    case = make_case(
        "HEADACHE",
        age=41,
        sex="F",
        vitals=vitals(76, 126, 78, 14, 99, 36.6),
        ed_note="Sudden severe headache while gardening, worst within a minute, began "
        "two hours ago. Alert, neurology normal. CT head at three hours after onset: "
        "no subarachnoid blood.",
    )
    out = reason(case)
    assert not O.ordered(out, "lumbar puncture")


def test_guard_a_normal_ct_nine_hours_from_onset_keeps_the_lp(reason: Reason) -> None:
    """Guard: after 6 h a normal CT does not exclude SAH (Perry 2011; NICE NG228):
    the lumbar puncture or CTA stays, not home."""
    case = make_case(
        "HEADACHE",
        age=41,
        sex="F",
        vitals=vitals(76, 126, 78, 14, 99, 36.6),
        ed_note="Sudden severe headache while gardening, worst within a minute, began "
        "nine hours ago. Alert, neurology normal. CT head at nine hours after onset: "
        "no subarachnoid blood.",
    )
    out = reason(case)
    assert O.ordered(out, "lumbar puncture")
    assert O.dispo(out) != "Discharge"

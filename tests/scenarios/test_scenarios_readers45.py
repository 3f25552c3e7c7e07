"""readers45 (issue 10): an ECG compared with an old one, a drug named after a negated
item, a D-dimer raised in words, a value written after its direction, syncope on the
stairs, the ascitic tap's neutrophil count.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a modifier's scope ends at a
  new statement; a comparison with an earlier study does not negate the finding now);
  Chapman WW et al. NegEx. J Biomed Inform 2001;34:301 (post-negations).
- Byrne RA et al. ESC 2023 acute coronary syndromes (a new LBBB with ongoing
  ischaemic symptoms: managed as STEMI).
- NICE NG158 2020 venous thromboembolism (a positive D-dimer is followed by a CTPA);
  Konstantinides SV et al. ESC 2019 acute PE.
- Kardalas E et al. Endocr Connect 2018;7:R135; Renal Association / UKKA (potassium
  below 2.5 mmol/L: IV replacement under cardiac monitoring).
- Brignole M et al. ESC 2018 syncope, Table 5 (syncope during exertion: high risk;
  echocardiography when structural heart disease is suspected).
- EASL 2018 decompensated cirrhosis (J Hepatol 2018;69:406) and Biggins SW et al.
  AASLD 2021 ascites (SBP is an ascitic neutrophil count >= 250/mm3; one diagnostic
  tap decides it).

Each scenario asserts safety properties; each target failed on main 9793a369 before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

# --- an ECG finding absent on an old ECG is new now -----------------------------------


def test_a_new_lbbb_absent_on_the_old_ecg_is_worked_as_stemi(reason: Reason) -> None:
    """ "LBBB, new since the tracing of 2021 - not seen on the previous ECG": the
    comparison names the old study, so the LBBB is new (ConText); with ongoing crushing
    pain a new LBBB is managed as STEMI (ESC 2023 ACS): aspirin, never home."""
    case = make_case(
        "CHEST PAIN",
        age=67,
        sex="M",
        vitals=vitals(96, 136, 84, 18, 96, 36.8),
        ed_note="Crushing central chest pain for 50 minutes with sweating. ECG: new "
        "LBBB, not seen on the previous ECG.",
    )
    out = reason(case)
    assert O.working(out).startswith("st elevation")  # not "non-st elevation"
    assert O.medication_ordered(out, "aspirin")
    assert O.dispo(out) != "Discharge"


# --- a raised D-dimer, the pill named after a negated item ---------------------------


def test_a_raised_d_dimer_in_pleuritic_pain_gets_a_ctpa(reason: Reason) -> None:
    """ "no haemoptysis, on the combined oral contraceptive pill. D-dimer raised": the
    pill is what she takes (ConText: a new statement ends the negation) and a raised
    D-dimer is a positive one: a CTPA, not home on a clear film (NICE NG158 2020)."""
    case = make_case(
        "CHEST PAIN",
        age=29,
        sex="F",
        vitals=vitals(96, 118, 74, 18, 97, 36.9),
        ed_note="Right pleuritic chest pain since yesterday, no haemoptysis, on the "
        "combined pill. D-dimer raised. Chest x-ray clear.",
    )
    out = reason(case)
    assert O.ordered(out, "ct pulmonary angiography", "ctpa")
    assert O.dispo(out) != "Discharge"


# --- a value written after its direction word -----------------------------------------


def test_a_potassium_low_at_2_2_gets_iv_replacement(reason: Reason) -> None:
    """ "Potassium low at 2.2": the value after the word decides the band; below 2.5
    mmol/L it is severe: IV potassium under cardiac monitoring, not home (Kardalas
    2018)."""
    case = make_case(
        "WEAKNESS",
        age=52,
        sex="M",
        vitals=vitals(92, 124, 76, 16, 98, 36.6),
        ed_note="Vomiting for 5 days, now muscle cramps and weak. Potassium low "
        "at 2.2.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "potassium chloride iv", "iv potassium")
    assert O.dispo(out) != "Discharge"


# --- syncope while climbing stairs ----------------------------------------------------


def test_syncope_climbing_stairs_with_a_murmur_gets_an_echo(reason: Reason) -> None:
    """ "Passed out halfway while climbing the stairs" is syncope during exertion, a
    high-risk feature (ESC 2018 Table 5); with a systolic murmur the heart is imaged
    (echocardiography) and the patient is not sent home."""
    case = make_case(
        "SYNCOPE",
        age=74,
        sex="F",
        vitals=vitals(70, 128, 78, 16, 97, 36.6),
        ed_note="Passed out while climbing the stairs at home, no warning. Harsh "
        "ejection systolic murmur.",
    )
    out = reason(case)
    assert O.ordered(out, "echocardiogra")
    assert O.dispo(out) != "Discharge"


# --- the ascitic tap's neutrophil count ----------------------------------------------


def test_an_ascitic_count_below_250_is_not_tapped_again(reason: Reason) -> None:
    """ "Ascitic tap: PMN 60 cells/mm3": a count below 250 excludes SBP (EASL 2018);
    the diagnostic tap is done and read, not ordered again, and no SBP antibiotic is
    given (AASLD 2021: SBP is diagnosed by the count)."""
    case = make_case(
        "ABDOMINAL DISTENSION",
        age=58,
        sex="M",
        vitals=vitals(82, 116, 70, 16, 97, 36.8),
        ed_note="Known alcohol-related cirrhosis, increasing ascites over two weeks, "
        "afebrile, alert. Ascitic tap: PMN 60 cells/mm3.",
    )
    out = reason(case)
    assert not O.ordered(out, "diagnostic paracentesis")
    assert not O.medication_ordered(out, "cefotaxime", "ceftriaxone")


def test_guard_an_ascitic_count_above_250_is_treated_as_sbp(reason: Reason) -> None:
    """Guard: "ascitic fluid neutrophils 480/mm3" is SBP (AASLD 2021: >= 250/mm3):
    cefotaxime or ceftriaxone, admitted."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=63,
        sex="M",
        vitals=vitals(98, 112, 68, 18, 97, 37.9),
        ed_note="Cirrhosis with ascites, diffuse abdominal pain and fever since "
        "yesterday. Ascitic fluid neutrophils 480/mm3.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "cefotaxime", "ceftriaxone")
    assert O.dispo(out) != "Discharge"


def test_guard_a_collapse_with_a_prodrome_is_not_exertional(reason: Reason) -> None:
    """Guard: a faint after standing in a warm crowded room with nausea, sweating and
    greying vision, back to normal at once (reflex syncope, ESC 2018) in a young woman
    with a normal ECG is not worked as a cardiac syncope: no echocardiogram."""
    case = make_case(
        "SYNCOPE",
        age=24,
        sex="F",
        vitals=vitals(74, 116, 72, 14, 99, 36.6),
        ed_note="Fainted after standing in a hot crowded room, felt sick and sweaty "
        "and her vision went grey first, back to normal at once. ECG normal.",
    )
    out = reason(case)
    assert not O.ordered(out, "echocardiogra")

"""cardio54 (session 54): a triage-only chest pain held by its EDACS; [more below].

Written from the sources named in each docstring, never from rows of the shared data:
- Gulati M et al. AHA/ACC 2021 chest pain guideline (Circulation 2021;144:e368) 3.1
  and 4.1.1, Table 6 (validated clinical decision pathways); Than M et al. Emerg Med
  Australas 2014;26:34 (EDACS) and Flaws D et al. Heart 2016;102:1331; Byrne RA et al.
  ESC 2023 ACS 3.2 (the 0/1 h hs-troponin algorithm).

Each target failed on main bd85a5fa before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIBIOTIC = (r"antibiotic", r"piperacillin", r"ceftriaxone", r"meropenem")

# --- a triage-only chest pain (AHA/ACC 2021 3.1, 4.1.1; EDACS) ---


def test_a_typical_chest_pain_at_a_low_edacs_is_never_forecast_home(
    reason: Reason,
) -> None:
    """Guard, the safety property: a chest pain suggestive of ACS (crushing, into the
    arm, sweating) is not forecast home before its ECG and troponins, even in a young
    woman whose EDACS is 10 (AHA/ACC 2021 3.1; Swap CJ, Nagurney JT. JAMA 2005)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=35,
            sex="F",
            vitals=vitals(88, 124, 78, 16, 99, 36.8),
            one_liner="35F crushing central chest pain into the left arm, sweaty",
        )
    )
    assert O.dispo(out) != "Discharge", O.disposition(out).rationale
    assert O.ordered(out, "troponin"), O.order_names(out)


def test_a_bare_chest_pain_at_edacs_16_or_more_is_not_forecast_home(
    reason: Reason,
) -> None:
    """Guard: a bare 'chest pain' in a man of 72 scores EDACS 20 (age 14, male 6):
    not low risk whatever the ECG and troponins show (Than M et al. 2014), so the
    triage-only forecast is not home."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=72,
            sex="M",
            vitals=vitals(82, 146, 84, 16, 97, 36.7),
            one_liner="72M chest pain",
        )
    )
    assert O.dispo(out) != "Discharge", O.disposition(out).rationale
    assert O.ordered(out, "troponin"), O.order_names(out)


def test_a_bare_chest_pain_at_a_low_edacs_keeps_its_conditional_forecast(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 4.1.1: a bare 'chest pain' in a man of 39 (EDACS 8 < 16) can still
    be low risk, discharged after a normal ECG and negative serial troponins: no floor
    holds its triage forecast in Observation; a Discharge forecast names the
    troponins first (the cardio53 hold kept for EDACS >= 16)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=39,
            sex="M",
            vitals=vitals(80, 128, 80, 16, 98, 36.7),
            one_liner="39M chest pain",
        )
    )
    record = next(r for r in out.trace if r.stage == "disposition")
    assert not any(
        "EDACS" in f.reason or "hs-troponins" in f.reason for f in record.floors_fired
    ), record.floors_fired
    d = O.disposition(out)
    if d.disposition == "Discharge":
        assert "troponin" in d.rationale, d.rationale
    assert O.ordered(out, "troponin"), O.order_names(out)


# --- cardiogenic shock of a failing ventricle (ESC 2021 HF 11.1.4) ---


def test_a_congested_low_output_cardiomyopathy_is_no_sepsis_and_gets_an_inotrope(
    reason: Reason,
) -> None:
    """McDonagh TA et al. ESC 2021 HF 11.1.4; Vincent JL, De Backer D. NEJM 2013: an
    afebrile, cold, confused patient with a known dilated cardiomyopathy, a JVP to the
    ear and a lactate of 4 is in low-output cardiogenic shock: an inotrope (and a
    vasopressor), no sepsis antibiotics; his sodium of 128 in a congested circulation
    gets no hypertonic saline (Spasovski G et al. ESE 2014 1.2 and 4.1)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=57,
            sex="M",
            vitals=vitals(110, 84, 60, 24, 93, 36.2),
            one_liner="57M dilated cardiomyopathy, weak, muddled, hardly passing urine",
            ed_note="Known dilated cardiomyopathy, ejection fraction 15 %, on "
            "bisoprolol, sacubitril-valsartan and furosemide. Two days of fatigue, "
            "nausea, muddled thinking and little urine. Cold hands and feet, JVP to "
            "the ear, crackles at both bases, tender liver. Afebrile, no cough, no "
            "urinary symptoms. Lactate 4.0, creatinine 205, sodium 128, WBC 7.9.",
        )
    )
    assert "sepsis" not in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, *ANTIBIOTIC), O.order_names(out)
    assert O.medication_ordered(out, r"dobutamine|inotrope"), O.order_names(out)
    assert not O.medication_ordered(out, r"hypertonic"), O.order_names(out)

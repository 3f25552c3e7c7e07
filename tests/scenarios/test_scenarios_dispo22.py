"""dispo22 (issue 10): disposition floors and admission criteria held to their sources.

Each scenario asserts a property of the disposition, written from the source in its
docstring, never from rows of the shared data; both directions: a low-risk patient
is not escalated on a marker the source does not support, and a patient the source
sends to hospital (or to an ICU) keeps that disposition.

- AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021;144:e368): an
  ECG within 10 min and (serial) hs-troponin before a patient with chest pain
  suggestive of ACS goes home; low-risk patients (by a validated pathway, 4.1.1 Table
  6: EDACS, Than M et al. Emerg Med Australas 2014) are discharged without admission or
  observation. The guideline asks for the work-up, not for an observation stay: a bare
  triage record's disposition is a forecast conditional on that work-up, and a record
  that shows the troponin pending is no Discharge.
- ADA Standards of Care 2024 section 6 and the SCCM ICU admission guideline (Nates JL
  et al. Crit Care Med 2016;44:1553): hypoglycaemia with altered mentation is reversed
  by IV dextrose and then observed for recurrence; the ICU is for organ support.
- ACS TQIP massive transfusion guideline 2014: an activated protocol is intensive care;
  one held 'if ongoing haemorrhage' is not yet.
- European hyponatraemia guideline (Spasovski G et al. Eur J Endocrinol
  2014;170:G1): severe symptoms (vomiting, deep somnolence, seizures, coma): 150 mL
  3 % saline over 20 min, repeated until the sodium has risen 5 mmol/L, in an
  environment where close biochemical and clinical monitoring can be provided;
  moderately severe symptoms (nausea without vomiting, confusion, headache): a single
  150 mL infusion, then the cause, sodium checked after 1, 6 and 12 h (ward care).

Every scenario failed on main (238fed7) before the change that made it pass, except
the guards named as such.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

# --- chest pain suggestive of ACS (AHA/ACC 2021) ---


def test_bare_triage_chest_ache_forecast_names_the_troponins_it_waits_for(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain 3.1 and 4.1.1: chest pain needs an ECG and serial
    troponins, and a low-risk patient by a validated pathway goes home after them.

    A triage record with a complaint and normal vitals only, EDACS 2 (a woman of 41,
    no sweating or radiation: Than M et al. 2014, low risk below 16): no floor holds
    it; a Discharge forecast names the open syndrome and the troponins it waits for
    (cardio53 held it in Observation; cardio54 keeps that hold for EDACS >= 16).
    """
    out = reason(
        make_case(
            "intermittent central chest ache",
            age=41,
            sex="Female",
            vitals=vitals(76, 124, 78, 14, 99),
            case_id="dispo22-cp-bare",
        )
    )
    d = O.disposition(out)
    if d.disposition == "Discharge":
        assert "only after excluding" in d.rationale
        assert "troponin" in d.rationale
    assert "infarction" in d.rationale.lower() or "angina" in d.rationale.lower()


def test_chest_pain_awaiting_troponin_is_not_discharged(reason: Reason) -> None:
    """Guard (passes on main): AHA/ACC 2021, no discharge before the troponin result."""
    out = reason(
        make_case(
            "chest tightness",
            age=63,
            sex="Male",
            vitals=vitals(88, 152, 90, 16, 97),
            one_liner="63-year-old man, central chest tightness for 90 minutes,"
            " radiating to the left arm; first ECG without ST change; awaiting"
            " hs-troponin.",
            case_id="dispo22-cp-await",
        )
    )
    assert O.disposition(out).disposition != "Discharge"


# --- hyponatraemia: the level of care follows the symptom severity (ESE 2014) ---


def test_moderately_severe_hyponatraemia_is_admitted_to_a_ward_with_one_bolus(
    reason: Reason,
) -> None:
    """ESE 2014: confusion with profound hyponatraemia gets one 150 mL 3 % saline
    infusion and admission with sodium checks, not an ICU bed or repeated boluses."""
    out = reason(
        make_case(
            "confusion",
            age=77,
            sex="Female",
            vitals=vitals(80, 142, 74, 16, 97),
            one_liner="77-year-old woman taking a thiazide, muddled for two days and"
            " complaining of headache; no vomiting, no fits.",
            ed_note="Exam: awake, disoriented to time and place, no focal weakness."
            " Labs: sodium 118 mmol/L, potassium 3.5 mmol/L, glucose 5.8 mmol/L."
            " Assessment: hyponatraemia, probably thiazide-induced.",
            case_id="dispo22-na-moderate",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "Observation")
    assert d.admit_level != "icu"
    assert O.medication_ordered(out, r"hypertonic|3 ?%")
    assert not O.medication_ordered(out, r"repeat 150 ?ml")


def test_hyponatraemic_seizure_keeps_the_icu_and_repeated_boluses(
    reason: Reason,
) -> None:
    """Guard (passes on main): ESE 2014 severe symptoms (a seizure, vomiting) need
    repeated 3 % saline boluses where close monitoring is possible (ICU)."""
    out = reason(
        make_case(
            "seizure",
            age=49,
            sex="Male",
            vitals=vitals(104, 148, 88, 20, 95),
            one_liner="49-year-old man after a marathon, generalised tonic-clonic"
            " seizure, now vomiting repeatedly.",
            ed_note="Exam: post-ictal, opens eyes to voice. Labs: sodium 114 mmol/L."
            " Impression: exercise-associated hyponatraemia with severe symptoms.",
            case_id="dispo22-na-severe",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit") and d.admit_level == "icu"
    assert O.medication_ordered(out, r"repeat 150 ?ml")


# --- massive transfusion: an activated protocol is intensive care (ACS TQIP 2014) ---


def test_massive_transfusion_held_in_reserve_is_not_an_icu_need(
    reason: Reason,
) -> None:
    """ACS TQIP 2014: activating the massive transfusion protocol is a decision on its
    own criteria; a protocol the plan keeps 'if ongoing haemorrhage' does not by
    itself send the patient to an ICU (blood for shock still means admission)."""
    out = reason(
        make_case(
            "scalp wound after a fall",
            age=70,
            sex="Male",
            vitals=vitals(70, 84, 46, 18, 97),
            case_id="dispo22-mtp-reserve",
        )
    )
    d = O.disposition(out)
    assert d.disposition != "Discharge"
    assert d.admit_level != "icu"


def test_activated_massive_transfusion_keeps_the_icu(reason: Reason) -> None:
    """Guard (passes on main): ACS TQIP 2014, an activated protocol is ICU care."""
    out = reason(
        make_case(
            "stab wound to the abdomen",
            age=31,
            sex="Male",
            vitals=vitals(134, 78, 40, 28, 95),
            one_liner="31-year-old man stabbed in the left upper quadrant.",
            ed_note="Exam: pale, distended tender abdomen, FAST positive in the left"
            " upper quadrant. Course: MTP activated, 4 units of O-negative blood and 4"
            " units of plasma given.",
            case_id="dispo22-mtp-active",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit") and d.admit_level == "icu"


# --- hypoglycaemia: reversed by dextrose, observed, not an ICU by itself ---


def test_hypoglycaemic_confusion_is_observed_not_sent_to_an_icu(
    reason: Reason,
) -> None:
    """ADA 2024 s.6; SCCM 2016: IV dextrose reverses it; observation for recurrence."""
    out = reason(
        make_case(
            "low blood sugar",
            age=29,
            sex="Female",
            vitals=vitals(96, 126, 74, 16, 99),
            one_liner="29-year-old woman with type 1 diabetes on an insulin pump,"
            " confused and clammy at work; capillary glucose 36 mg/dL.",
            case_id="dispo22-hypo-pump",
        )
    )
    d = O.disposition(out)
    assert d.disposition != "Discharge"
    assert d.admit_level != "icu"


def test_hypoglycaemia_recurring_on_a_dextrose_infusion_keeps_the_icu(
    reason: Reason,
) -> None:
    """Guard (passes on main): hypoglycaemia that recurs despite dextrose stays ICU."""
    out = reason(
        make_case(
            "low blood sugar",
            age=58,
            sex="Male",
            vitals=vitals(92, 134, 80, 16, 98),
            one_liner="58-year-old man, confused, capillary glucose 2.2 mmol/L.",
            ed_note="Course: two 25 g boluses of IV dextrose; glucose fell again to"
            " 2.5 mmol/L despite a 10 % dextrose infusion.",
            case_id="dispo22-hypo-recur",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit") and d.admit_level == "icu"

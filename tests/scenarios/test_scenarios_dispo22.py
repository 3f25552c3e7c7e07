"""dispo22 (issue 10): disposition floors and admission criteria held to their sources.

Each scenario asserts a property of the disposition, written from the source in its
docstring, never from rows of the shared data; both directions: a low-risk patient
is not escalated on a marker the source does not support, and a patient the source
sends to hospital (or to an ICU) keeps that disposition.

- AHA/ACC 2021 chest pain guideline (Gulati M et al. Circulation 2021;144:e368): an
  ECG within 10 min and (serial) hs-troponin before a patient with chest pain
  suggestive of ACS goes home; low-risk patients are discharged without admission or
  observation. The guideline asks for the work-up, not for an observation stay: a bare
  triage record's disposition is a forecast conditional on that work-up, and a record
  that shows the troponin pending is no Discharge.
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


def test_bare_triage_chest_ache_forecast_is_not_forced_to_observation(
    reason: Reason,
) -> None:
    """AHA/ACC 2021: chest pain needs an ECG and troponin, not an observation stay.

    A triage record with a complaint and normal vitals only: no floor turns the
    forecast into Observation; a Discharge forecast names the work-up it depends on.
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
    record = next(r for r in out.trace if r.stage == "disposition")
    assert not record.floors_fired
    assert d.disposition == "Discharge"
    assert "only after excluding" in d.rationale
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

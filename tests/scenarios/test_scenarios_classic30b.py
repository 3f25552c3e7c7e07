"""classic30b (issue 10): what classic30's review left open.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- ACEP policy on pain management / NICE NG143: relief needs its symptom;
- AGS Beers Criteria 2023: no ketorolac or indometacin from 65;
- Evans L et al. Surviving Sepsis Campaign 2021 (lactate-guided resuscitation);
- Turner J et al. Society for Endocrinology 2016 acute hypocalcaemia; ESI v4 ch.4;
- Gertz MA. Blood 2018;132:1379 (symptomatic hyperviscosity: plasma exchange);
- Drew BJ et al. AHA/ACCF 2010 QT statement (a long QTc is monitored, the drugs
  stopped, K and Mg corrected; pads for torsades itself);
- KDIGO kidney transplant recipient guideline 2009 (calcineurin-inhibitor levels, the
  transplant team).

Each scenario asserts safety properties and failed on main 5535cc8 before its fix,
unless named a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

NSAID = (r"^ketorolac", r"^ibuprofen", r"^naproxen")
PADS = (r"defibrillator pads",)


def test_painless_haematuria_gets_no_analgesic(reason: Reason) -> None:
    """ACEP pain policy: symptom relief is for a documented symptom; painless
    haematuria at 84 (malignancy until shown otherwise) gets no NSAID "for colic"."""
    out = reason(
        make_case(
            "blood in urine",
            age=84,
            sex="M",
            vitals=vitals(78, 146, 82, 16, 97),
            ed_note="84-year-old man noticed red urine twice this week. No pain "
            "anywhere, no fever, passing urine normally. Abdomen soft and non-tender.",
        )
    )
    assert not O.medication_ordered(out, *NSAID), O.orders(out)


def test_no_ketorolac_from_65(reason: Reason) -> None:
    """AGS Beers Criteria 2023: ketorolac (parenteral included) is avoided from 65
    (GI bleeding, acute kidney injury), even for a renal colic."""
    out = reason(
        make_case(
            "flank pain",
            age=72,
            sex="M",
            vitals=vitals(96, 150, 88, 18, 97),
            ed_note="72-year-old man with sudden severe colicky right loin pain "
            "radiating to the groin, pain 9/10, vomited twice. Urine dip blood +++. "
            "Known kidney stones.",
        )
    )
    assert not O.medication_ordered(out, r"ketorolac", r"indometacin"), O.orders(out)


def test_sepsis_with_lactate_three_gets_a_fluid_bolus(reason: Reason) -> None:
    """SSC 2021: a lactate of 2-4 without hypotension is assessed with a crystalloid
    bolus and a repeat lactate."""
    out = reason(
        make_case(
            "fever",
            age=66,
            sex="F",
            vitals=vitals(118, 104, 62, 24, 95, 38.8),
            ed_note="66-year-old woman with 2 days of fever, rigors, dysuria and right "
            "loin pain. Exam: right renal angle tenderness. WCC 19, lactate 3.1, "
            "creatinine 120.",
        )
    )
    assert O.medication_ordered(out, r"crystalloid", r"fluid"), O.orders(out)


def test_perioral_tingling_with_a_low_calcium_is_high_risk(reason: Reason) -> None:
    """Society for Endocrinology 2016: tingling around the mouth and hand spasms with
    an adjusted calcium of 1.6 is symptomatic hypocalcaemia (IV calcium now):
    ESI v4 ch.4 high risk, and an admission for the calcium infusion."""
    out = reason(
        make_case(
            "tingling",
            age=48,
            sex="F",
            vitals=vitals(92, 128, 76, 18, 98),
            one_liner="48F a week after thyroidectomy with tingling around the mouth "
            "and hand spasms; adjusted calcium 1.61",
            ed_note="48-year-old woman 6 days after a total thyroidectomy, tingling "
            "around the mouth and in the fingers, painful hand spasms. Exam: Chvostek "
            "sign positive. Adjusted calcium 1.61 mmol/L, magnesium 0.78.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.medication_ordered(out, r"calcium gluconate"), O.orders(out)
    assert out.final.disposition not in ("Discharge", "Observation")


def test_symptomatic_hyperviscosity_is_high_risk_and_admitted(reason: Reason) -> None:
    """Gertz 2018: myeloma with nosebleeds, blurred vision and drowsiness is
    hyperviscosity treated by inpatient plasma exchange: ESI 2, admitted."""
    out = reason(
        make_case(
            "nosebleed",
            age=74,
            sex="F",
            vitals=vitals(88, 146, 84, 18, 96),
            one_liner="74F with IgA myeloma, repeated nosebleeds, blurred vision and "
            "drowsy",
            ed_note="74-year-old woman with IgA myeloma, 4 days of repeated "
            "nosebleeds, blurred vision and increasingly drowsy and confused. "
            "Fundi: engorged retinal veins. Paraprotein 72 g/L.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.disposition not in ("Discharge", "Observation")
    assert not O.medication_ordered(out, *NSAID), O.orders(out)


def test_long_qtc_without_torsades_is_monitored_not_padded(reason: Reason) -> None:
    """AHA/ACCF 2010: a QTc of 530 ms in sinus rhythm with palpitations is telemetry,
    potassium and magnesium corrected and the QT drugs stopped; defibrillator pads and
    an emergency CCU consult are for documented torsades."""
    out = reason(
        make_case(
            "palpitations",
            age=61,
            sex="F",
            vitals=vitals(72, 132, 78, 16, 98),
            ed_note="61-year-old woman on methadone and azithromycin, a few seconds of "
            "palpitations this morning, no syncope. ECG: sinus rhythm, QTc 530 ms, no "
            "ectopy. Potassium 3.3, magnesium 0.65.",
        )
    )
    assert not O.ordered(out, *PADS), O.orders(out)
    assert not O.ordered(out, r"cardiology emergently"), O.orders(out)
    assert O.ordered(out, r"telemetry", r"continuous (?:ecg|cardiac) monitor")
    assert O.ordered(out, r"stop every qt"), O.orders(out)


def test_torsades_documented_keeps_pads(reason: Reason) -> None:
    """Guard (AHA 2020 ACLS): documented runs of polymorphic VT with a long QT get
    IV magnesium and defibrillator pads."""
    out = reason(
        make_case(
            "syncope",
            age=70,
            sex="F",
            vitals=vitals(64, 118, 70, 18, 97),
            ed_note="70-year-old woman on sotalol collapsed twice. Monitor shows "
            "runs of polymorphic ventricular tachycardia (torsades de pointes) with "
            "QTc 590 ms. Potassium 3.1.",
        )
    )
    assert O.ordered(out, *PADS), O.orders(out)
    assert O.medication_ordered(out, r"magnesium"), O.orders(out)


def test_unwell_kidney_transplant_recipient_gets_level_and_team(
    reason: Reason,
) -> None:
    """KDIGO transplant recipient 2009: a febrile kidney recipient on tacrolimus with
    a rising creatinine gets a tacrolimus trough level and the transplant team."""
    out = reason(
        make_case(
            "fever",
            age=52,
            sex="F",
            vitals=vitals(104, 136, 80, 18, 97, 38.4),
            ed_note="52-year-old woman with a living-donor kidney transplant 2 years "
            "ago on tacrolimus and mycophenolate, 3 days of diarrhoea and fever. "
            "Creatinine 210 umol/L, baseline 110.",
        )
    )
    assert O.ordered(out, r"tacrolimus"), O.orders(out)
    assert O.ordered(out, r"transplant (?:team|unit)"), O.orders(out)

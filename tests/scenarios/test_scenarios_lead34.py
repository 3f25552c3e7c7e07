"""lead34 (issue 10): an injured patient with an abnormal shock index at triage.

Written from the sources named in each docstring, never from rows of the shared data:

- ACS ATLS 10th ed. 2018 ch.3 (compensated haemorrhage: tachycardia before
  hypotension; where blood hides: chest, abdomen, pelvis, retroperitoneum, thigh);
- Mutschler M et al. Crit Care 2013;17:R172 (a shock index >= 1 after trauma predicts
  transfusion);
- ESI v4 Implementation Handbook ch.4 (decision point B: a high-risk situation);
- Panchal AR et al. AHA 2020 ACLS (adult tachycardia with a pulse: synchronised
  cardioversion when unstable); Al-Khatib SM et al. AHA/ACC/HRS 2017 ventricular
  arrhythmia guideline (electrolytes); Soar J et al. ERC 2021 ALS;
- Stevens DL et al. IDSA 2014 skin and soft-tissue infections (figure 1: severe
  non-purulent infection);
- Wanhainen A et al. ESVS 2024 abdominal aorto-iliac aneurysm guideline (theatre
  without imaging for the unstable patient with a known aneurysm); Lederle FA, Simel
  DL. JAMA 1999 (a pulsatile mass); Arlt W et al. Society for Endocrinology 2016
  adrenal crisis.

Each target scenario failed on main 972a092 before its fix; the guard passes on both.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage_rationale(out: object) -> str:
    rec = next(r for r in out.trace if r.stage == "triage")  # type: ignore[attr-defined]
    return str(rec.output.rationale)


def test_handlebar_injury_with_a_shock_index_over_one_is_esi_2(reason: Reason) -> None:
    """ATLS ch.3; Mutschler 2013; ESI ch.4: left-upper-quadrant pain after a
    handlebar blow with HR 118 / SBP 96 (shock index 1.2) is a splenic bleed
    compensating: high risk at triage, not a level-3 work-up."""
    out = reason(
        make_case(
            "abdominal injury",
            age=22,
            sex="M",
            vitals=vitals(118, 96, 60, 22, 98),
            one_liner="22M handlebar injury to left upper abdomen, LUQ pain",
            ed_note="22-year-old came off his mountain bike, handlebar into the left "
            "upper abdomen. LUQ tenderness and guarding. Pale.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_driver_with_flank_pain_and_shock_index_over_one_is_esi_2(
    reason: Reason,
) -> None:
    """ATLS ch.3 (retroperitoneum); CDC 2021 field triage (vehicle crash): a
    restrained driver with right flank pain at HR 112 / SBP 106 is compensating
    until proven otherwise: ESI 2."""
    out = reason(
        make_case(
            "motor vehicle crash",
            age=47,
            sex="F",
            vitals=vitals(112, 106, 70, 20, 97),
            one_liner="47F driver in a side-impact collision, right flank pain",
            ed_note="47-year-old restrained driver, side impact at about 40 mph. Right "
            "flank pain and tenderness. GCS 15.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_sprained_ankle_with_a_fast_pulse_is_not_this_criterion(
    reason: Reason,
) -> None:
    """Guard (ATLS ch.3: a low-energy limb injury with tachycardia from pain is not
    haemorrhage): an inverted ankle at HR 108 / SBP 104 is not triaged as injury
    with haemodynamic compromise."""
    out = reason(
        make_case(
            "ankle injury",
            age=24,
            sex="F",
            vitals=vitals(108, 104, 68, 16, 99),
            one_liner="24F rolled her ankle stepping off a kerb, in pain",
            ed_note="24-year-old rolled her right ankle. Swelling over the lateral "
            "malleolus, tearful with pain 8/10.",
        )
    )
    assert "injury with haemodynamic compromise" not in _triage_rationale(out)


def test_vt_with_shock_is_cardioverted_now_not_given_fluid_boluses(
    reason: Reason,
) -> None:
    """AHA 2020 ACLS; ERC 2021: a broad-complex tachycardia at 168/min with SBP 84 and
    cool peripheries after an infarct is unstable VT: synchronised cardioversion now
    (not only 'if unstable': it is), its electrolytes measured, and no repeated
    crystalloid boluses (they neither slow VT nor restore output)."""
    out = reason(
        make_case(
            "palpitations",
            age=67,
            sex="M",
            vitals=vitals(168, 84, 50, 22, 95),
            one_liner="67M palpitations and dizziness, wide complex tachycardia",
            ed_note="67-year-old with prior MI. Palpitations for an hour, lightheaded."
            " ECG: regular broad complex tachycardia 168/min. BP 84/50, cool "
            "peripheries.",
        )
    )
    now = [
        o.name
        for o in O.orders(out)
        if re.search(r"(?i)cardiover", o.name)
        and not re.search(r"(?i)cardiover\w* if", o.name)
    ]
    assert now, [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "crystalloid", "bolus", "saline")
    assert O.ordered(out, "magnesium")


def test_fast_af_with_shock_after_diarrhoea_keeps_its_fluid_challenge(
    reason: Reason,
) -> None:
    """Guard (ESC 2024 AF: treat the precipitant; NICE CG174): fast AF at 152/min
    with SBP 86 after two days of diarrhoea and vomiting may compensate a fluid loss:
    the fluid challenge stays."""
    out = reason(
        make_case(
            "vomiting",
            age=74,
            sex="F",
            vitals=vitals(152, 86, 52, 20, 97),
            one_liner="74F two days of diarrhoea and vomiting, fast AF",
            ed_note="74-year-old with two days of profuse diarrhoea and vomiting, dry "
            "mucous membranes. ECG: atrial fibrillation, rate 152. Cool peripheries.",
        )
    )
    assert O.medication_ordered(out, "crystalloid", "bolus", "saline", "fluid")


def test_rapidly_spreading_red_thigh_with_fever_and_tachycardia_is_esi_2(
    reason: Reason,
) -> None:
    """IDSA 2014 SSTI figure 1; ESI ch.4: a rapidly spreading painful red limb with
    temperature 38.9 and HR 118 is a severe soft-tissue infection (necrotising until
    inspected): high risk at triage."""
    out = reason(
        make_case(
            "leg pain",
            age=56,
            sex="M",
            vitals=vitals(118, 102, 64, 22, 96, 38.9),
            one_liner="56M diabetic with rapidly spreading painful red thigh",
            ed_note="56-year-old with type 2 diabetes. Thigh pain out of proportion to "
            "the redness, spreading over 6 hours, dusky skin with bullae.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_simple_cellulitis_with_a_low_grade_fever_is_not_this_criterion(
    reason: Reason,
) -> None:
    """Guard (IDSA 2014: mild non-purulent cellulitis without systemic signs or
    signs of depth): a red warm shin at 37.9 and HR 84 is not flagged as a
    necrotising infection."""
    out = reason(
        make_case(
            "leg swelling",
            age=48,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 98, 37.9),
            one_liner="48F red warm swollen shin for two days",
            ed_note="48-year-old with a red, warm, tender area on the left shin after "
            "a graze, spreading slowly over two days. Well.",
        )
    )
    assert "necrotising" not in _triage_rationale(out)


def test_adrenal_crisis_with_abdominal_pain_is_not_sent_to_theatre_unimaged(
    reason: Reason,
) -> None:
    """ESVS 2024; Society for Endocrinology 2016: a 61-year-old woman off long-term
    prednisolone with vomiting, abdominal pain, SBP 86, sodium 128 and potassium 5.6
    gets her aorta imaged at the bedside, but no unconditional 'theatre without
    imaging': that is for a known aneurysm."""
    out = reason(
        make_case(
            "weakness",
            age=61,
            sex="F",
            vitals=vitals(112, 86, 50, 20, 97, 37.2),
            one_liner="61F vomiting and dizziness, ran out of long-term prednisolone",
            ed_note="61-year-old on prednisolone 10 mg for 5 years for polymyalgia, ran"
            " out a week ago. Vomiting, abdominal pain, dizziness on standing. Sodium "
            "128, potassium 5.6, glucose 3.6.",
        )
    )
    unimaged = [
        o.name
        for o in O.orders(out)
        if re.search(r"(?i)vascular surgery now \(theatre without imaging", o.name)
    ]
    assert not unimaged, unimaged


def test_known_aneurysm_with_back_pain_and_shock_still_calls_the_surgeon(
    reason: Reason,
) -> None:
    """Guard (ESVS 2024): a 76-year-old man with a known 6 cm aneurysm, sudden back
    pain and SBP 84 is a rupture: the vascular surgeon now."""
    out = reason(
        make_case(
            "back pain",
            age=76,
            sex="M",
            vitals=vitals(112, 84, 50, 20, 96, 36.5),
            one_liner="76M known 6 cm aortic aneurysm, sudden back pain",
            ed_note="76-year-old with a known 6 cm AAA under surveillance. Sudden "
            "severe back pain an hour ago, pale and sweaty.",
        )
    )
    assert O.ordered(out, "vascular surg")

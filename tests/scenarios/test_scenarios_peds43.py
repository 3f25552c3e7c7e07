"""peds43 (session 43): paediatric and obstetric emergencies, and triage levels.

Written from guidelines, not from shared data: intussusception is suspected from
episodic colicky crying with vomiting (Kelley-Quon LI et al. APSA, J Pediatr Surg
2021;56:587; RCH Melbourne intussusception guideline); a child with thirst, polyuria
and a high glucose is referred the same day (NICE NG18 1.1.3; ISPAD 2022); irregular
painless tightenings are false labour until assessed, with no steroid or tocolysis
(ACOG Practice Bulletin 171 2016; NICE NG25 1.4-1.5); an infant's viral lower
respiratory illness has its own oxygen threshold and is fed by nasogastric tube when
intake falls (NICE NG9 2015/2021 1.3.8, 1.4.4, 1.4.8-1.4.10); brief positional vertigo
is a bedside diagnosis (AAO-HNS BPPV 2017; ESI v4 handbook ch.5); a urinary infection
in pregnancy is coded O23.4- by trimester (ICD-10-CM FY2024, I.C.15.a).
"""

from __future__ import annotations

from typing import Any

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


def _infant(days: int, **extra: Any) -> dict[str, Any]:
    return {"demographics": {"age": 0, "age_days": days}, **extra}


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# --- intussusception ---


def test_episodic_crying_with_vomiting_is_imaged_for_intussusception(
    reason: Reason,
) -> None:
    """Kelley-Quon 2021 (APSA) and RCH Melbourne: episodic inconsolable crying with the
    legs drawn up and vomiting in a child of 3 months to 6 years is intussusception
    until an ultrasound says otherwise; nil by mouth, no antiemetic or oral fluids (it
    was gastroenteritis with ondansetron and oral rehydration)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=1,
            sex="F",
            vitals=vitals(135, 94, 58, 30, 99, 37.1),
            one_liner="18-month-old girl with bouts of inconsolable crying, pulling "
            "her knees up, every 15 minutes since lunchtime; vomited three times",
            ed_note="Pale during the bouts, settles in between. Abdomen soft.",
        )
    )
    assert O.ordered(out, "ultrasound")
    assert not O.medication_ordered(out, "ondansetron")
    assert not O.ordered(out, "oral rehydration")


def test_crampy_pain_with_diarrhoea_stays_gastroenteritis(reason: Reason) -> None:
    """Guard: vomiting with diarrhoea and colicky pain is a gastroenteritis (NICE CG84
    2009: diarrhoea with or without vomiting); no intussusception ultrasound."""
    out = reason(
        make_case(
            "VOMITING",
            age=3,
            sex="M",
            vitals=vitals(118, 98, 60, 24, 99, 37.6),
            one_liner="3-year-old with vomiting and watery diarrhoea since yesterday, "
            "colicky abdominal pain, drinking",
        )
    )
    assert not O.ordered(out, "target sign")


# --- new diabetes in a child ---


def test_thirsty_child_with_high_glucose_goes_to_the_diabetes_team(
    reason: Reason,
) -> None:
    """NICE NG18 1.1.3: a child with suspected type 1 diabetes is referred the same
    day to the paediatric diabetes team (it was a kidney stone sent home)."""
    out = reason(
        make_case(
            "POLYDIPSIA",
            age=9,
            sex="F",
            vitals=vitals(96, 104, 64, 18, 99, 36.9),
            one_liner="9-year-old girl drinking and passing urine a lot for 3 weeks, "
            "losing weight, otherwise well",
            ed_note="Capillary glucose 22 mmol/L, blood ketones 0.6. No vomiting.",
        )
    )
    assert O.ordered(out, "diabetes team")
    assert O.disposition(out).disposition != "Discharge"
    assert _code(out).startswith(("E1", "R73"))  # diabetes, or hyperglycaemia


# --- false labour ---


def test_irregular_painless_tightenings_get_no_steroid(reason: Reason) -> None:
    """ACOG PB 171 2016; NICE NG25 1.4-1.5: irregular painless tightenings are assessed
    (cardiotocography, speculum, fibronectin or cervical length) before any steroid,
    tocolysis or magnesium (betamethasone and penicillin were given)."""
    out = reason(
        make_case(
            "PREGNANCY PROBLEM",
            age=29,
            sex="F",
            vitals=vitals(82, 114, 70, 16, 99, 36.8),
            one_liner="29-year-old 31 weeks pregnant with painless irregular "
            "tightenings this evening, no bleeding, no fluid loss, baby moving",
        )
    )
    assert not O.medication_ordered(out, "betamethasone", "dexamethasone")
    assert not O.medication_ordered(out, "magnesium")
    assert not O.medication_ordered(out, "nifedipine")


def test_regular_contractions_at_30_weeks_still_get_steroids(reason: Reason) -> None:
    """Guard: regular painful contractions at 30 weeks are preterm labour:
    antenatal corticosteroids (ACOG CO 713; NICE NG25 1.5)."""
    out = reason(
        make_case(
            "CONTRACTIONS",
            age=27,
            sex="F",
            vitals=vitals(96, 118, 72, 18, 99, 36.9),
            one_liner="27-year-old 30 weeks pregnant with regular painful contractions "
            "every 5 minutes for 2 hours",
        )
    )
    assert O.medication_ordered(out, "betamethasone", "dexamethasone")


# --- an infant's viral lower respiratory illness ---


def test_infant_taking_under_half_feeds_is_tube_fed_and_admitted(
    reason: Reason,
) -> None:
    """NICE NG9 1.3.8 and 1.4.8-1.4.10: an infant with cough, coryza and recession
    taking under 50-75 % of feeds is admitted and fed by nasogastric tube; the oxygen
    order names NG9's threshold, not the adult 94-98 % target."""
    out = reason(
        make_case(
            "COUGH",
            sex="M",
            vitals={
                "heart_rate": 165,
                "respiratory_rate": 58,
                "spo2": 91,
                "temperature_c": 37.7,
            },
            one_liner="4-month-old with runny nose for 3 days, now coughing and "
            "breathing fast, taking less than half his usual feeds",
            ed_note="Subcostal recession. Two wet nappies today.",
            **_infant(125),
        )
    )
    assert O.ordered(out, "nasogastric")
    assert not O.ordered(out, "94-98")
    assert O.disposition(out).disposition.startswith("Admit")


def test_preterm_baby_under_6_weeks_keeps_the_92_percent_threshold(
    reason: Reason,
) -> None:
    """NICE NG9 1.4.4 (2021): 92 % for babies under 6 weeks or with an underlying
    condition such as prematurity."""
    out = reason(
        make_case(
            "BREATHING DIFFICULTY",
            sex="F",
            vitals={
                "heart_rate": 170,
                "respiratory_rate": 62,
                "spo2": 91,
                "temperature_c": 37.3,
            },
            one_liner="4-week-old born at 33 weeks with cough and snuffles, "
            "working hard to breathe",
            **_infant(28),
        )
    )
    assert O.ordered(out, "below 92")


def test_well_coryzal_infant_feeding_normally_goes_home(reason: Reason) -> None:
    """Guard (AAP 2014; NICE NG9 1.3.8): a well infant with a cough, feeding normally,
    needs no tube feeding, test or admission."""
    out = reason(
        make_case(
            "COUGH",
            sex="F",
            vitals={
                "heart_rate": 138,
                "respiratory_rate": 38,
                "spo2": 98,
                "temperature_c": 37.4,
            },
            one_liner="5-month-old with a runny nose and cough for 2 days, feeding "
            "normally, breathing comfortably",
            **_infant(150),
        )
    )
    assert not O.ordered(out, "nasogastric")
    assert O.disposition(out).disposition == "Discharge"


# --- positional vertigo ---


def test_brief_positional_vertigo_is_not_two_resources(reason: Reason) -> None:
    """AAO-HNS BPPV 2017: brief spells on turning in bed with nothing else are a
    bedside diagnosis and manoeuvre; ESI v4 handbook ch.5: at most one resource, level
    4-5 (it was ESI 3)."""
    out = reason(
        make_case(
            "VERTIGO",
            age=48,
            sex="M",
            vitals={**vitals(72, 128, 78, 14, 99, 36.7), "pain": 0},
            one_liner="48-year-old man with spinning for a few seconds whenever he "
            "turns over in bed or looks up, since 2 days",
        )
    )
    assert _esi(out) >= 4


def test_constant_vertigo_with_vomiting_keeps_its_work_up(reason: Reason) -> None:
    """Guard (ACEP GRACE-3 2023): continuous vertigo is the acute vestibular syndrome,
    examined with HINTS and imaged when central signs exist: not level 4."""
    out = reason(
        make_case(
            "VERTIGO",
            age=58,
            sex="F",
            vitals={**vitals(92, 150, 88, 18, 98, 36.8), "pain": 2},
            one_liner="58-year-old with constant spinning since this morning, "
            "vomiting, worse on moving her head",
        )
    )
    assert _esi(out) <= 3


# --- a urinary infection in pregnancy ---


def test_cystitis_at_24_weeks_is_coded_in_pregnancy(reason: Reason) -> None:
    """ICD-10-CM FY2024 O23.42 and I.C.15.a.1: a condition in pregnancy is coded in
    chapter 15 (it was N39.0)."""
    out = reason(
        make_case(
            "DYSURIA",
            age=28,
            sex="F",
            vitals={**vitals(84, 116, 72, 16, 99, 36.8), "pain": 2},
            one_liner="28-year-old 24 weeks pregnant with burning on passing urine "
            "and frequency for a day, no fever, no loin pain",
            ed_note="Urine dip: nitrites and leucocytes positive.",
        )
    )
    assert _code(out).startswith("O23.4")


# --- hypertension in and after pregnancy ---


def test_headache_two_weeks_after_giving_birth_with_raised_bp_gets_pet_labs(
    reason: Reason,
) -> None:
    """ACOG PB 222 2020; NICE NG133 2019: a raised pressure with a headache in the
    weeks after the birth is pre-eclampsia until the labs say otherwise (it was a
    migraine with IV prochlorperazine: "after giving birth" was not read as
    postpartum by the pathway)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=33,
            sex="F",
            vitals={**vitals(86, 150, 96, 16, 99, 36.8), "pain": 5},
            one_liner="33-year-old 10 days after giving birth with a headache since "
            "yesterday",
        )
    )
    assert O.ordered(out, "platelets", "protein:creatinine")


def test_normal_pressure_at_33_weeks_is_no_gestational_hypertension(
    reason: Reason,
) -> None:
    """ACOG PB 222 2020: gestational hypertension is a pressure of 140/90 or more from
    20 weeks; at 118/72 it is no label (it was O13.9 with its work-up)."""
    out = reason(
        make_case(
            "PREGNANCY PROBLEM",
            age=31,
            sex="F",
            vitals=vitals(84, 118, 72, 16, 99, 36.8),
            one_liner="31-year-old 33 weeks pregnant with backache and some "
            "tightenings since this morning",
        )
    )
    assert not _code(out).startswith("O13")

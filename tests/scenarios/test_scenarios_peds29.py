"""peds29 (session 29): obstetric emergencies, rules and work-up by population.

Written from guidelines, not from shared data: decision rules outside the population
they were validated in (the Wells scores and PERC excluded pregnant women: Wells PS et
al. 2000/2003, Kline JA et al. 2004; ESC 2019 PE section 9; Leung AN et al. ATS/STR
2011; RCOG green-top 37b 2015), pain from 20 weeks (ACOG CO 667, 2016; ACOG PB 171),
and hypertension in pregnancy below the severe range (ACOG PB 222; CHAP, Tita AT et
al. NEJM 2022; NICE NG133).
"""

from __future__ import annotations

from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_NO_PREGNANCY_ANTICOAGULANT = ("warfarin", "apixaban", "rivaroxaban", "dabigatran")


def _pe_entry_status(out: ReasoningOutput) -> set[str]:
    return {
        e.status
        for e in out.final.ledger
        if "pulmonary embolism" in e.diagnosis.lower()
    }


def test_pe_in_pregnancy_no_wells_or_perc_imaging_pathway(reason: Reason) -> None:
    """ESC 2019 / ATS-STR 2011: in pregnancy Wells and PERC do not apply; leg
    ultrasound first with leg symptoms, then V/Q or CTPA; LMWH, never warfarin/DOAC."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=27,
            sex="F",
            vitals=vitals(108, 112, 70, 22, 95),
            one_liner="27-year-old, 26 weeks pregnant, sudden breathlessness",
            ed_note="27-year-old G1 at 26 weeks gestation. Sudden breathlessness and "
            "sharp right-sided pleuritic chest pain this afternoon. Right calf swollen "
            "and tender for 2 days. No fever, no cough. Chest clear on auscultation.",
        )
    )
    shown = O.rules_shown(out)
    assert not any("wells" in r or "perc" in r for r in shown)
    assert O.ordered(out, "compression ultrasound", "v/q", "ventilation-perfusion")
    assert not O.medication_ordered(out, *_NO_PREGNANCY_ANTICOAGULANT)


def test_pe_in_pregnancy_not_excluded_by_wells_with_d_dimer(reason: Reason) -> None:
    """A negative D-dimer with 'PE unlikely by Wells' is no rule-out in pregnancy:
    Wells was not validated there (ESC 2019 section 9; RCOG green-top 37b)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=33,
            sex="F",
            vitals=vitals(104, 118, 72, 20, 96),
            one_liner="33-year-old at 30 weeks pregnant, breathless for a day",
            ed_note="33-year-old at 30 weeks gestation, breathless on exertion since "
            "yesterday with left pleuritic chest pain. No leg swelling. Chest clear. "
            "D-dimer 0.3 mg/L, negative.",
        )
    )
    assert not any("wells" in r for r in O.rules_shown(out))
    assert "ruled_out" not in _pe_entry_status(out)


def test_dvt_in_pregnancy_ultrasound_without_d_dimer_first(reason: Reason) -> None:
    """RCOG green-top 37b: suspected DVT in pregnancy goes to compression ultrasound;
    a D-dimer is not the first test."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=31,
            sex="F",
            vitals=vitals(86, 114, 68, 16, 99),
            one_liner="31-year-old at 18 weeks pregnant with a swollen left calf",
            ed_note="31-year-old G2 at 18 weeks gestation with 4 days of left calf "
            "pain and swelling, left calf 3 cm larger than the right, tender along the "
            "deep veins. No breathlessness, no chest pain.",
        )
    )
    assert O.ordered(out, "compression", "duplex")
    assert not any(
        o.kind == "diagnostic" and o.name.lower().startswith("d-dimer")
        for o in O.orders(out)
    )


def test_flank_pain_at_33_weeks_fetal_monitoring_and_obstetric_review(
    reason: Reason,
) -> None:
    """ACOG CO 667 / PB 171: pain from 20 weeks may be preterm labour; fetal heart
    rate and contraction monitoring and an obstetric review before discharge; no NSAID
    from 20 weeks (FDA 2020)."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=30,
            sex="F",
            vitals=vitals(98, 118, 72, 18, 99),
            one_liner="30-year-old at 33 weeks pregnant with colicky left loin pain",
            ed_note="30-year-old G3P2 at 33 weeks gestation. Sudden colicky left loin "
            "pain radiating to the groin since this morning, nausea. Urine dipstick "
            "blood 2+, nitrite negative. Afebrile. Abdomen soft, uterus non-tender.",
        )
    )
    assert O.ordered(out, "cardiotocograph", "fetal heart rate", "fetal monitor")
    assert O.ordered(out, "obstetric")
    assert O.disposition(out).disposition != "Discharge"
    assert not O.medication_ordered(out, "ketorolac", "ibuprofen", "naproxen", "nsaid")


def test_flank_pain_at_10_weeks_no_cardiotocography_guard(reason: Reason) -> None:
    """Guard: before 20 weeks there is no fetal heart rate monitoring (ACOG CO 667)."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=26,
            sex="F",
            vitals=vitals(92, 116, 70, 16, 99),
            one_liner="26-year-old at 10 weeks pregnant with right loin pain",
            ed_note="26-year-old at 10 weeks gestation, intrauterine pregnancy on scan "
            "last week, right loin pain radiating to the groin since last night. Urine "
            "blood 2+. Afebrile.",
        )
    )
    assert not O.ordered(out, "cardiotocograph")


def test_chronic_hypertension_early_pregnancy_treated_without_ace_inhibitor(
    reason: Reason,
) -> None:
    """CHAP (Tita 2022) / ACOG 2022 / NICE NG133: chronic hypertension >= 140/90 in
    pregnancy is treated with labetalol or nifedipine, never an ACE inhibitor or ARB;
    before 20 weeks it is not pre-eclampsia."""
    out = reason(
        make_case(
            "HYPERTENSION",
            age=38,
            sex="F",
            vitals=vitals(78, 152, 98, 16, 99),
            one_liner="38-year-old 14 weeks pregnant, high BP, stopped her ramipril",
            ed_note="38-year-old G3P2 at 14 weeks gestation with known essential "
            "hypertension; she stopped her ramipril when the pregnancy was confirmed. "
            "No headache, no visual symptoms. BP 152/98 on repeat. Urine protein "
            "negative.",
        )
    )
    assert O.medication_ordered(out, "labetalol", "nifedipine", "methyldopa")
    assert not O.medication_ordered(
        out, "ramipril", "lisinopril", "enalapril", "losartan", "sartan", "captopril"
    )
    assert not O.medication_ordered(out, "magnesium")
    assert not O.proposes(out, "pre-eclampsia")


def test_hypertension_at_30_weeks_preeclampsia_labs_and_obstetric_review(
    reason: Reason,
) -> None:
    """ACOG PB 222 / NICE NG133 1.4: new BP >= 140/90 from 20 weeks is assessed for
    pre-eclampsia the same day (platelets, creatinine, transaminases, urine
    protein); no magnesium below the severe range without features."""
    out = reason(
        make_case(
            "HYPERTENSION",
            age=25,
            sex="F",
            vitals=vitals(84, 146, 94, 16, 99),
            one_liner="25-year-old at 30 weeks pregnant, BP 146/94 at the pharmacy",
            ed_note="25-year-old G1 at 30 weeks gestation, BP 146/94 at a pharmacy "
            "check, repeated here. No headache, no visual disturbance, no abdominal "
            "pain. Fetal movements normal. Previously normotensive.",
        )
    )
    assert O.ordered(out, "platelet", "protein:creatinine", "protein/creatinine")
    assert O.ordered(out, "obstetric")
    assert not O.medication_ordered(out, "magnesium")


def _infant(age_days: int, note: str) -> Case:
    return make_case(
        "FEVER",
        sex="M",
        vitals={"heart_rate": 164, "respiratory_rate": 42, "temperature_c": 38.2},
        one_liner=f"{age_days}-day-old with fever, well-appearing",
        ed_note=note,
        demographics={"age": 0, "age_days": age_days},
    )


_NEGATIVE_WORKUP = (
    "Well-appearing, feeding well, no focus. Catheter urine: leukocyte esterase "
    "negative, nitrite negative. Procalcitonin 0.1 ng/mL, ANC 2900, CRP 4 mg/L. Blood "
    "culture sent."
)


def test_febrile_infant_35_days_low_risk_no_lp_or_antibiotics(reason: Reason) -> None:
    """AAP 2021 (29-60 days): normal inflammatory markers and a urinalysis negative
    for leukocyte esterase and nitrite: no lumbar puncture, no antibiotics."""
    out = reason(_infant(35, "35-day-old boy, fever 38.2 at home. " + _NEGATIVE_WORKUP))
    assert not O.medication_ordered(out, "ceftriaxone", "ampicillin", "cefotaxime")
    assert not any(o.name.lower().startswith("lumbar puncture") for o in O.orders(out))


def test_febrile_infant_35_days_pyuria_keeps_antibiotics_guard(reason: Reason) -> None:
    """Guard (AAP 2021): leukocyte esterase positive is a positive urinalysis, so the
    infant is not low risk: antibiotics stay."""
    out = reason(
        _infant(
            35,
            "35-day-old boy, fever 38.2 at home. Well-appearing. Catheter urine: "
            "leukocyte esterase positive, nitrite negative, 40 WBC/hpf. Procalcitonin "
            "0.1 ng/mL, ANC 2900.",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "ampicillin", "cefotaxime")


_CT_CSPINE = ("ct cervical", "ct c-spine", "cervical spine ct")


def test_toddler_gcs_14_after_fall_cspine_radiographs_not_ct(reason: Reason) -> None:
    """PECARN cervical spine rule 2024 (Leonard JC et al. Lancet Child Adolesc Health
    2024;8:482): GCS 9-14 is non-low risk, imaged with radiographs; CT is for GCS 3-8
    or a focal deficit (a young child's thyroid dose)."""
    out = reason(
        make_case(
            "FALL",
            age=2,
            sex="F",
            vitals={"heart_rate": 128, "respiratory_rate": 26, "spo2": 99},
            one_liner="2-year-old fell 1.5 m from a climbing frame, sleepy",
            ed_note="2-year-old girl fell about 1.5 m from a climbing frame onto "
            "concrete 40 minutes ago. Cried, then sleepy. GCS 14, moving all four "
            "limbs, pupils equal and reactive. Occipital scalp haematoma.",
        )
    )
    assert O.ordered(out, "cervical spine radiograph", "c-spine x-ray")
    assert not O.ordered(out, *_CT_CSPINE)


def test_child_gcs_7_after_crash_ct_cspine_guard(reason: Reason) -> None:
    """Guard (PECARN 2024 high risk): GCS 3-8 after blunt trauma: CT cervical spine."""
    out = reason(
        make_case(
            "MOTOR VEHICLE CRASH",
            age=8,
            sex="M",
            vitals={"heart_rate": 132, "systolic_bp": 104, "respiratory_rate": 24},
            one_liner="8-year-old rear passenger in a high speed crash, GCS 7",
            ed_note="8-year-old boy, rear seat passenger in a high speed collision. "
            "GCS 7 at the scene and now, pupils equal. Moving all limbs to pain.",
        )
    )
    assert O.ordered(out, *_CT_CSPINE)


def test_abruption_rigid_uterus_is_obstetric_not_a_surgical_abdomen(
    reason: Reason,
) -> None:
    """RCOG GTG 63: a rigid, woody uterus with painful bleeding is an abruption, an
    obstetric emergency; it is not the rigidity of a surgical abdomen (no general
    surgery consult for it)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=29,
            sex="F",
            vitals=vitals(118, 100, 62, 20, 98),
            one_liner="29-year-old at 35 weeks, sudden abdominal pain, bleeding and "
            "a rigid uterus",
            ed_note="29-year-old G2P1 at 35 weeks gestation, sudden constant abdominal "
            "pain and dark vaginal bleeding 45 minutes ago. Uterus rigid and tender. "
            "Fetal heart rate 110.",
        )
    )
    assert O.ordered(out, "obstetric")
    assert not O.ordered(out, "general surgery")

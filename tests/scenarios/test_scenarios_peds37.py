"""peds37 (session 37): paediatric and obstetric population limits, eighth review.

Written from guidelines, not from shared data: a neonate shocked or cyanosed by a
closing arterial duct gets prostaglandin E1 on suspicion (AHA PALS 2020; APLS 6th ed.),
a septic neonate with normal femoral pulses keeps the sepsis bundle; bacterial
meningitis under 3 months gets one regimen with amoxicillin or ampicillin and no
dexamethasone (NICE NG240 2024 1.6); a cold floppy neonate is septic (NICE NG195 2021);
an eating disorder with a MEED high-risk sign is admitted with phosphate, thiamine and
a refeeding plan (RCPsych MEED 2022); an infant's timed breathing pauses are apnoea
(NICE NG9 1.3.1); a drowsy child beyond the danger-zone heart rate after vomiting gets a
bolus, not oral fluids (NICE CG84 1.3; APLS); a positive home test beside a missed
period is a pregnancy to work up for an ectopic (NICE NG126 2023).
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_PGE1 = (r"prostaglandin", r"alprostadil")
_ANTIBIOTIC = (
    r"ampicillin",
    r"amoxicillin",
    r"cefotaxime",
    r"ceftriaxone",
    r"gentamicin",
)


def _meds(out: ReasoningOutput) -> list[str]:
    return [o.name.lower() for o in O.medications(out)]


def test_neonate_shocked_with_absent_femorals_gets_prostaglandin(
    reason: Reason,
) -> None:
    """AHA PALS 2020; APLS 6th ed. ch.9: a neonate in shock in the second week with
    absent femoral pulses has a duct-dependent systemic circulation (critical
    coarctation) until the echo: prostaglandin E1 now, cardiology and PICU, and the
    sepsis cover stays (NICE NG195 2021)."""
    out = reason(
        make_case(
            "POOR FEEDING",
            sex="M",
            demographics={"age_days": 12},
            vitals=vitals(210, 46, 24, 74, 94, 36.5),
            one_liner="12-day-old boy, grey and breathless, off feeds since yesterday",
            ed_note="12-day-old, 3.3 kg, home on day 2. Since yesterday grey, "
            "breathing fast, not feeding. Cold mottled legs, capillary refill 5 s. "
            "Femoral pulses not palpable, brachial pulses present, liver 3 cm.",
        )
    )
    assert O.medication_ordered(out, *_PGE1)
    assert O.ordered(out, "echocardiogra")
    assert O.ordered(out, "cardiology")
    assert O.medication_ordered(out, *_ANTIBIOTIC)
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu"


def test_cyanosis_oxygen_does_not_correct_gets_prostaglandin(reason: Reason) -> None:
    """AHA PALS 2020; Park's Pediatric Cardiology 7th ed. (hyperoxia test): a 2-day-old
    blue baby whose saturation does not rise with oxygen has a cyanotic duct-dependent
    lesion: prostaglandin E1 before the echo, cardiology."""
    out = reason(
        make_case(
            "CYANOSIS",
            sex="F",
            demographics={"age_days": 2},
            vitals=vitals(160, 66, 40, 60, 71, 36.9),
            one_liner="2-day-old girl, blue lips and hands since this morning",
            ed_note="2-day-old, 3.4 kg, comfortable but blue. SpO2 71 % in air and "
            "73 % in high-flow oxygen: no improvement with oxygen. No murmur, "
            "femoral pulses normal.",
        )
    )
    assert O.medication_ordered(out, *_PGE1)
    assert O.ordered(out, "cardiology")
    assert O.disposition(out).disposition == "Admit"


def test_shocked_neonate_with_pre_post_ductal_gap_gets_prostaglandin(
    reason: Reason,
) -> None:
    """Mahle WT et al. AHA/AAP 2009 (a pre/post-ductal difference > 3 % is a positive
    screen); AHA PALS 2020: a shocked 8-day-old with a right-hand saturation of 96 and
    a foot saturation of 86 has a duct-dependent lesion: prostaglandin E1."""
    out = reason(
        make_case(
            "LETHARGY",
            sex="M",
            demographics={"age_days": 8},
            vitals=vitals(200, 52, 30, 70, 90, 36.6),
            one_liner="8-day-old boy, floppy and mottled",
            ed_note="8-day-old, 3.6 kg. Floppy, mottled, capillary refill 5 seconds. "
            "Pre-ductal SpO2 96 %, post-ductal 86 %.",
        )
    )
    assert O.medication_ordered(out, *_PGE1)


def test_septic_neonate_with_normal_femorals_keeps_sepsis_care(reason: Reason) -> None:
    """Guard (NICE NG195 2021; AAP 2021): a febrile mottled 9-day-old with easily felt,
    equal femoral pulses is septic: cultures and neonatal antibiotics; no
    prostaglandin (nothing points to the duct)."""
    out = reason(
        make_case(
            "FEVER",
            sex="F",
            demographics={"age_days": 9},
            vitals=vitals(192, 56, 30, 62, 96, 38.8),
            one_liner="9-day-old with fever 38.8, drowsy and mottled",
            ed_note="9-day-old, 3.2 kg. Fever, drowsy, mottled, capillary refill 4 s. "
            "Femoral pulses easily felt and equal to the brachial. No murmur.",
        )
    )
    assert not O.medication_ordered(out, *_PGE1)
    assert O.medication_ordered(out, *_ANTIBIOTIC)
    assert O.ordered(out, "blood culture")


def test_meningitis_at_six_weeks_one_regimen_with_amoxicillin_no_steroid(
    reason: Reason,
) -> None:
    """NICE NG240 2024 1.6: a 6-week-old with fever and a bulging fontanelle gets
    cefotaxime (or ceftriaxone) with amoxicillin or ampicillin for Listeria and group
    B streptococcus, and no corticosteroid under 3 months."""
    out = reason(
        make_case(
            "FEVER",
            sex="M",
            demographics={"age_days": 44},
            vitals=vitals(178, 80, 44, 46, 98, 38.9),
            one_liner="6-week-old, fever, irritable, tense bulging fontanelle",
            ed_note="44-day-old, 4.9 kg. Fever 38.9, irritable and difficult to "
            "settle, vomiting feeds, bulging fontanelle.",
        )
    )
    meds = " | ".join(_meds(out))
    assert "dexamethasone" not in meds
    assert re.search(r"amoxicillin|ampicillin", meds)


def test_neonatal_meningitis_one_regimen_no_steroid(reason: Reason) -> None:
    """NICE NG240 2024 1.6; NICE NG195 2021: a 10-day-old with fever and a bulging
    fontanelle gets one regimen (amoxicillin/ampicillin with cefotaxime), not a
    sepsis regimen beside a meningitis regimen, and no dexamethasone."""
    out = reason(
        make_case(
            "FEVER",
            sex="F",
            demographics={"age_days": 10},
            vitals=vitals(182, 72, 40, 54, 97, 38.6),
            one_liner="10-day-old with fever and a bulging fontanelle",
            ed_note="10-day-old, 3.5 kg. Fever 38.6, high-pitched cry, poor feeding, "
            "bulging fontanelle. No rash.",
        )
    )
    meds = _meds(out)
    assert not any("dexamethasone" in m for m in meds)
    assert sum(bool(re.search(r"ampicillin|amoxicillin", m)) for m in meds) == 1


def test_toddler_meningitis_keeps_dexamethasone(reason: Reason) -> None:
    """Guard (NICE NG240 2024 1.8): from 3 months suspected bacterial meningitis gets
    dexamethasone with the first antibiotic dose: a 2-year-old keeps it."""
    out = reason(
        make_case(
            "FEVER",
            age=2,
            sex="M",
            vitals=vitals(160, 94, 56, 32, 98, 39.5),
            one_liner="2-year-old, fever, vomiting, stiff neck",
            ed_note="2-year-old, 12 kg. Fever 39.5, vomiting, irritable, neck "
            "stiffness and photophobia. No rash.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")


def test_cold_floppy_neonate_is_treated_as_sepsis(reason: Reason) -> None:
    """NICE NG195 2021 (a temperature below 36 C is a red flag of neonatal infection);
    ICD-10-CM T68 excludes the newborn: an 18-day-old at 35.6 C, floppy with an apnoea,
    gets parenteral antibiotics, not an environmental hypothermia protocol."""
    out = reason(
        make_case(
            "LETHARGY",
            sex="M",
            demographics={"age_days": 18},
            vitals=vitals(174, 64, 36, 56, 96, 35.6),
            one_liner="18-day-old, cold and floppy, one apnoeic spell",
            ed_note="18-day-old, 3.6 kg. Temperature 35.6, hypothermic, floppy, "
            "feeding poorly, one apnoeic spell at home.",
        )
    )
    assert O.medication_ordered(out, *_ANTIBIOTIC)
    assert "hypothermia" not in O.working(out)


def test_adolescent_anorexia_with_bradycardia_is_admitted_for_refeeding(
    reason: Reason,
) -> None:
    """RCPsych MEED 2022: a 16-year-old with anorexia nervosa and a heart rate of 44
    (< 50 under 18) is at high medical risk: ECG, phosphate and magnesium, thiamine,
    a monitored refeeding plan, medical admission."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=16,
            sex="F",
            vitals=vitals(44, 92, 56, 14, 99, 35.9),
            one_liner="16F with anorexia nervosa, light-headed, HR 44",
            ed_note="16-year-old with anorexia nervosa, BMI 14, eating very little for "
            "months. Light-headed on standing, cold peripheries.",
        )
    )
    assert O.ordered(out, "phosphate")
    assert O.ordered(out, "thiamine")
    assert O.ordered(out, "refeeding")
    assert O.disposition(out).disposition == "Admit"


def test_adult_eating_disorder_with_hr_38_is_admitted(reason: Reason) -> None:
    """RCPsych MEED 2022 (adult HR < 40): a 26-year-old restricting her food with HR 38
    is admitted with electrolytes including phosphate and a refeeding plan."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=26,
            sex="F",
            vitals=vitals(38, 96, 58, 14, 99, 36.0),
            one_liner="26F with an eating disorder, weak and tired",
            ed_note="26-year-old woman with an eating disorder, restricting food for "
            "weeks. Weak and tired, no chest pain.",
        )
    )
    assert O.ordered(out, "phosphate")
    assert O.ordered(out, "refeeding")
    assert O.disposition(out).disposition == "Admit"


def test_athlete_bradycardia_sprain_goes_home(reason: Reason) -> None:
    """Guard (ESC 2020 sports cardiology; Ottawa ankle rules): a 17-year-old
    cross-country runner with HR 47 and a sprained ankle is not an eating disorder and
    not unexplained: home, no refeeding orders."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=17,
            sex="M",
            vitals=vitals(47, 124, 70, 14, 99, 36.7),
            one_liner="17M rolled his ankle at training, walking",
            ed_note="17-year-old cross-country runner, eats well, no medical history. "
            "Inversion injury, tender over the ATFL, walks 4 steps, no bony "
            "tenderness.",
        )
    )
    assert not O.ordered(out, "refeeding")
    assert O.disposition(out).disposition == "Discharge"


def test_bronchiolitis_with_timed_breathing_pauses_is_admitted(reason: Reason) -> None:
    """NICE NG9 2015 1.3.1 (apnoea, observed or reported: admit); AAP 2014: a
    6-week-old with bronchiolitis whose mother saw pauses in breathing of 10 seconds
    is admitted."""
    out = reason(
        make_case(
            "COUGH",
            sex="F",
            demographics={"age_days": 42},
            vitals=vitals(168, 82, 46, 60, 93, 37.7),
            one_liner="6-week-old with a cold, cough, and two pauses in breathing",
            ed_note="42-day-old, 4.4 kg. Coryza and cough for 3 days, feeding less. "
            "Mother saw two pauses in breathing of about 10 seconds. Mild recession, "
            "crackles.",
        )
    )
    assert O.disposition(out).disposition == "Admit"


def test_drowsy_vomiting_toddler_beyond_danger_zone_gets_a_bolus(
    reason: Reason,
) -> None:
    """NICE CG84 1.3 (decreased consciousness and tachycardia are clinical shock: IV
    bolus); APLS 6th ed.: an 18-month-old vomiting for a day, drowsy, HR 172 gets a
    fluid bolus; oral rehydration and orally disintegrating drugs are withheld."""
    out = reason(
        make_case(
            "VOMITING",
            sex="F",
            demographics={"age_days": 545},
            vitals=vitals(172, 90, 52, 34, 98, 37.3),
            one_liner="18-month-old vomiting all day, drowsy, hard to wake, few wet "
            "nappies",
        )
    )
    assert O.medication_ordered(out, r"ml/kg")
    meds = " | ".join(_meds(out))
    assert not re.search(r"oral rehydration|\bodt\b", meds)


def test_alert_vomiting_toddler_gets_oral_rehydration(reason: Reason) -> None:
    """Guard (NICE CG84 1.3.1): an alert vomiting 2-year-old with HR 130 has no shock:
    oral rehydration, no IV bolus."""
    out = reason(
        make_case(
            "VOMITING",
            age=2,
            sex="M",
            vitals=vitals(130, 96, 58, 26, 99, 37.4),
            one_liner="2-year-old vomiting since this morning, alert and playing",
            ed_note="2-year-old, 12 kg, vomited 4 times, alert and playful, moist "
            "mucous membranes, passing urine.",
        )
    )
    assert not O.medication_ordered(out, r"ml/kg (?:iv|bolus)", r"bolus")
    assert O.ordered(out, "oral rehydration")


def test_positive_home_test_beside_missed_period_works_up_ectopic(
    reason: Reason,
) -> None:
    """NICE NG126 2023 1.2-1.4: a woman with pain and spotting, a positive home test
    and 6 weeks since her last period has a pregnancy of unknown location: ectopic on
    the differential, transvaginal ultrasound and the gynaecologist."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=27,
            sex="F",
            vitals=vitals(104, 104, 64, 18, 99, 36.9),
            one_liner="27F right iliac fossa pain and spotting",
            ed_note="27-year-old, positive home test last week, 6 weeks since her last "
            "period, no scan yet. Right iliac fossa pain and spotting since this "
            "morning.",
        )
    )
    assert O.proposes(out, "ectopic")
    assert O.ordered(out, "transvaginal")


def test_positive_home_covid_test_is_no_pregnancy(reason: Reason) -> None:
    """Guard: a home test that is a COVID test ('positive home test for COVID') in a
    coughing woman says nothing of pregnancy: no ectopic work-up."""
    out = reason(
        make_case(
            "COUGH",
            age=30,
            sex="F",
            vitals=vitals(92, 122, 76, 18, 97, 37.9),
            one_liner="30F cough and sore throat, positive home test for COVID",
            ed_note="30-year-old with cough, sore throat and aches for 2 days, "
            "positive home test for COVID yesterday. Eating and drinking.",
        )
    )
    assert not O.proposes(out, "ectopic")


def test_appendicitis_at_21_weeks_gets_fetal_heart_tones_and_surgeon(
    reason: Reason,
) -> None:
    """ACOG Committee Opinion 775 (2019); SAGES 2017: right-sided pain with guarding
    and fever at 21 weeks is a surgical abdomen in pregnancy: the surgeon and the
    obstetrician now, ultrasound before any CT, and - before viability, when a
    cardiotocograph is withheld - the fetal heart tones by Doppler."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=29,
            sex="F",
            vitals=vitals(106, 114, 70, 18, 99, 38.0),
            one_liner="29F 21 weeks pregnant with right-sided abdominal pain, fever "
            "and vomiting",
            ed_note="29-year-old G2P1 at 21 weeks. Pain around the navel moving to the "
            "right side over a day, off her food, vomiting, fever 38.0. Tender right "
            "lower abdomen with guarding. No bleeding, no contractions. Baby moving.",
        )
    )
    assert O.ordered(out, r"fetal heart tones")
    assert O.ordered(out, r"surg")
    assert O.ordered(out, r"obstetric")
    first_us = O.first_index(out, r"ultrasound")
    first_ct = O.first_index(out, r"\bct\b")
    assert first_us is not None
    assert first_ct is None or first_us < first_ct


def test_post_partum_dvt_is_scanned_and_covered_with_lmwh(reason: Reason) -> None:
    """RCOG green-top 37b 2015 (pregnancy and the puerperium): a swollen tender calf a
    week after a caesarean section is scanned without a D-dimer (raised after birth)
    and treated with LMWH until the scan excludes a DVT (safe in breastfeeding)."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=31,
            sex="F",
            vitals=vitals(90, 118, 74, 16, 98, 37.0),
            one_liner="31F painful swollen right calf, caesarean section 8 days ago",
            ed_note="31-year-old, caesarean section 8 days ago, breastfeeding. Right "
            "calf swollen 3 cm more than the left and tender along the deep veins. "
            "No breathlessness or chest pain.",
        )
    )
    assert O.ordered(out, r"compression (?:duplex )?ultrasound")
    assert O.medication_ordered(out, r"low-molecular-weight heparin|enoxaparin")
    assert not any(o.name.lower().startswith("d-dimer") for o in O.orders(out))


def test_dvt_in_a_man_keeps_the_d_dimer_pathway(reason: Reason) -> None:
    """Guard (NICE NG158 2020 1.1): outside pregnancy and the puerperium a suspected DVT
    keeps the Wells-then-D-dimer-or-ultrasound order; no puerperal LMWH."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=48,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98, 36.9),
            one_liner="48M swollen left calf for 3 days after a long flight",
            ed_note="48-year-old man, left calf swollen and tender for 3 days after a "
            "12-hour flight. No breathlessness.",
        )
    )
    assert not O.ordered(out, r"puerperium")

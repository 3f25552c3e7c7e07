"""peds32 (session 32): paediatric and obstetric population limits, fourth review.

Written from guidelines, not from shared data: a child's oxygen target and breathing
rate are the child's (BTS 2017 emergency oxygen; ESI v4 handbook ch.6 danger zone);
epiglottitis with drooling and a tripod posture is an airway closing (Tintinalli 9th
ed. ch.246; ESI v4 ch.3); a ruptured ectopic pregnancy is the gynaecologist's, not a
perforated viscus (ACOG PB 193, 2018); imaging in pregnancy starts with ultrasound
(ACOG CO 723, 2017; ACOG CO 775, 2019); nil by mouth means IV drugs (RCEM 2021);
bronchiolitis is oxygen on the ward unless the child fails (AAP 2014; NICE NG9);
severe croup is admitted (CPS 2017); a child's bowel obstruction is resuscitated by
weight and operated on by paediatric surgeons (NICE NG29; APSA); a febrile limp is a
septic joint until shown otherwise (Kocher 1999; ACR 2018).
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CHILD_O2_LIMIT = re.compile(r"88\s*-\s*92")


def _dispo(out: ReasoningOutput) -> tuple[str, str | None]:
    d = O.disposition(out)
    return d.disposition, d.admit_level


def _unconditional_ct(out: ReasoningOutput) -> list[str]:
    """CT orders not conditional on a failed ultrasound, the FAST or instability."""
    return [
        o.name
        for o in O.orders(out)
        if re.search(r"(?i)\bct\b", o.name)
        and not re.search(
            r"(?i)\bonly (?:if|after)\b|\bif (?:the )?\w* ?nondiagnostic", o.name
        )
    ]


def test_child_in_septic_shock_keeps_the_child_oxygen_target(reason: Reason) -> None:
    """BTS 2017 (children 94-98 %) and APLS: a drowsy 3-year-old in septic shock gets
    oxygen, never the 88-92 % target of adults at risk of CO2 retention."""
    out = reason(
        make_case(
            "FEVER",
            age=3,
            sex="F",
            vitals=vitals(176, 80, 44, 42, 93, 39.6),
            one_liner="3-year-old with fever, drowsy and mottled",
            ed_note="3-year-old girl, 15 kg. Fever for a day, vomiting, now drowsy, "
            "responds to voice only, mottled cold legs, capillary refill 5 seconds, "
            "no urine since the morning. Chest clear. Lactate 5.1.",
        )
    )
    assert O.ordered(out, "ceftriaxone", "antibiotic")
    assert not any(_CHILD_O2_LIMIT.search(o.name) for o in O.orders(out))


def test_toddler_rate_normal_for_age_is_no_hypercapnia(reason: Reason) -> None:
    """ESI v4 ch.6: a respiratory rate of 32 is normal at 18 months; a lethargic
    toddler with intussusception is not in hypercapnic respiratory failure."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=1,
            sex="M",
            vitals={
                "heart_rate": 150,
                "respiratory_rate": 32,
                "spo2": 99,
                "temperature_c": 37.2,
            },
            one_liner="20-month-old with bouts of screaming, legs drawn up, lethargic",
            ed_note="20-month-old boy, 11 kg. Every 15-20 minutes screams and draws up "
            "his legs, pale and lethargic between the bouts, vomited twice, redcurrant "
            "jelly stool. Sausage-shaped mass right upper quadrant.",
        )
    )
    assert not any(_CHILD_O2_LIMIT.search(o.name) for o in O.orders(out))
    assert not O.medication_ordered(out, r"\bPO or IV\b", r"\bIV or PO\b")


def test_adult_copd_drowsy_breathless_keeps_controlled_oxygen(reason: Reason) -> None:
    """Guard (BTS 2017; BTS/ICS 2016): a drowsy breathless adult with COPD still gets
    a blood gas with the 88-92 % target."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=71,
            sex="M",
            vitals=vitals(108, 150, 84, 30, 86, 37.4),
            one_liner="71-year-old with COPD, more breathless and drowsy",
            ed_note="71-year-old man with severe COPD, 3 days of worse breathlessness "
            "and green sputum, today drowsy and confused. Wheeze throughout.",
        )
    )
    assert O.ordered(out, r"88\s*-\s*92")


def test_epiglottitis_drooling_tripod_muffled_voice_is_level_one(
    reason: Reason,
) -> None:
    """Tintinalli ch.246; ESI v4 ch.3: a febrile child drooling in a tripod posture
    with a muffled voice has an airway closing: ESI 1, airway team."""
    out = reason(
        make_case(
            "DIFFICULTY BREATHING",
            age=3,
            sex="F",
            vitals={
                "heart_rate": 158,
                "respiratory_rate": 32,
                "spo2": 95,
                "temperature_c": 39.8,
            },
            one_liner="3-year-old unvaccinated, high fever, drooling, sitting in "
            "tripod position, muffled voice",
            ed_note="3-year-old girl, not immunised. Sudden high fever, refusing to "
            "swallow, drooling, tripod posture, muffled voice, toxic appearance.",
        )
    )
    assert out.final.esi == 1
    assert O.ordered(out, "airway team", "anaesthe", "anesthe")


def test_croup_hoarse_voice_is_not_an_airway_closing(reason: Reason) -> None:
    """Guard (CPS 2017): mild croup with a hoarse voice and stridor only when upset
    is not ESI 1."""
    out = reason(
        make_case(
            "COUGH",
            age=2,
            sex="M",
            vitals={
                "heart_rate": 128,
                "respiratory_rate": 28,
                "spo2": 98,
                "temperature_c": 38.0,
            },
            one_liner="2-year-old with barking cough and hoarse voice, stridor only "
            "when crying",
            ed_note="2-year-old boy, barking cough since last night, hoarse voice, "
            "stridor only when crying, no recession at rest, playing.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 2


def test_ruptured_ectopic_in_shock_is_no_perforated_viscus(reason: Reason) -> None:
    """ACOG PB 193 (2018): a ruptured ectopic pregnancy in shock goes to theatre with
    the gynaecologist; peritonism is the haemoperitoneum: no antibiotics, no CT, no
    general surgeon, no fetal heart tones for a pregnancy outside the uterus."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=27,
            sex="F",
            vitals=vitals(128, 80, 48, 24, 98, 36.6),
            one_liner="27-year-old, 6 weeks since her last period, collapsed with "
            "right lower abdominal pain",
            ed_note="27-year-old, LMP 6 weeks ago, positive urine pregnancy test. "
            "Sudden right iliac fossa pain, fainted, shoulder tip pain. Pale, "
            "clammy, guarding and rebound in the lower abdomen. Bedside ultrasound: "
            "no intrauterine pregnancy, free fluid in Morison's pouch.",
        )
    )
    assert O.ordered(out, r"(?:ob/gyn|gyn\w*).*emergent")
    assert not O.medication_ordered(out, "antibiotic", "ceftriaxone", "piperacillin")
    assert not O.ordered(out, r"general surg")
    assert not _unconditional_ct(out) and not O.ordered(out, r"\bct abdomen")
    assert not O.ordered(out, "fetal heart")


def test_perforated_ulcer_still_gets_antibiotics_and_surgeon(reason: Reason) -> None:
    """Guard (WSES 2020): free air with peritonism in a man is a perforated viscus:
    antibiotics and a surgeon."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=58,
            sex="M",
            vitals=vitals(118, 104, 66, 24, 97, 37.9),
            one_liner="58-year-old, sudden severe epigastric pain, rigid abdomen",
            ed_note="58-year-old man taking ibuprofen daily for back pain. Sudden "
            "severe epigastric pain 3 hours ago, now generalised. Board-like rigid "
            "abdomen. Erect chest x-ray: free air under the diaphragm.",
        )
    )
    assert O.medication_ordered(out, "antibiotic", "piperacillin", "ceftriaxone")
    assert O.ordered(out, r"surg")


def test_renal_colic_in_pregnancy_images_by_ultrasound_first(reason: Reason) -> None:
    """ACOG CO 723 (2017); AUA 2016: ultrasound first in pregnancy, CT only after a
    nondiagnostic ultrasound (and MRI)."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=30,
            sex="F",
            vitals=vitals(96, 118, 72, 18, 99, 36.8),
            one_liner="30 weeks pregnant, colicky left flank pain to the groin",
            ed_note="30-year-old G1 at 30 weeks, sudden colicky left loin pain "
            "radiating to the groin, vomited once. Urine dipstick blood 3+, nitrite "
            "and leucocytes negative. Afebrile. Uterus soft, fetal movements normal.",
        )
    )
    assert O.ordered(out, "ultrasound")
    assert not _unconditional_ct(out)


def test_bronchiolitis_hypoxaemia_without_failure_goes_to_the_ward(
    reason: Reason,
) -> None:
    """AAP 2014; NICE NG9 1.4-1.5: a 3-month-old with bronchiolitis and SpO2 88 %
    needs oxygen and admission, not an ICU bed, without apnoea, exhaustion or
    grunting."""
    out = reason(
        make_case(
            "COUGH",
            vitals={
                "heart_rate": 172,
                "respiratory_rate": 64,
                "spo2": 88,
                "temperature_c": 37.8,
            },
            demographics={"age": 0, "age_days": 95, "sex": "F"},
            one_liner="3-month-old with cough, coryza and fast breathing, feeding less",
            ed_note="3-month-old girl, 5.8 kg, term. Three days of coryza and cough, "
            "now feeding half her usual, fewer wet nappies. Subcostal recession, "
            "nasal flaring, crackles and wheeze throughout, SpO2 88 % in air. "
            "Impression bronchiolitis.",
        )
    )
    assert _dispo(out) == ("Admit", "ward")


def test_bronchiolitis_with_apnoea_stays_in_intensive_care(reason: Reason) -> None:
    """Guard (NICE NG9 1.5): apnoeas in bronchiolitis need HDU/ICU."""
    out = reason(
        make_case(
            "COUGH",
            vitals={
                "heart_rate": 176,
                "respiratory_rate": 66,
                "spo2": 88,
                "temperature_c": 37.6,
            },
            demographics={"age": 0, "age_days": 50, "sex": "M"},
            one_liner="7-week-old with bronchiolitis and pauses in breathing",
            ed_note="7-week-old boy with 2 days of coryza and cough, now apnoeas of "
            "15 seconds witnessed twice, grunting, marked recession, SpO2 88 % in air. "
            "Impression bronchiolitis.",
        )
    )
    assert _dispo(out) == ("Admit", "icu")


def test_severe_croup_is_admitted(reason: Reason) -> None:
    """CPS 2017; RCH Melbourne: stridor at rest with marked recession and agitation is
    severe croup: admission, not observation or discharge."""
    out = reason(
        make_case(
            "DIFFICULTY BREATHING",
            age=1,
            sex="F",
            vitals={
                "heart_rate": 170,
                "respiratory_rate": 46,
                "spo2": 93,
                "temperature_c": 38.2,
            },
            one_liner="18-month-old with barking cough, stridor at rest, agitated",
            ed_note="18-month-old girl, 10 kg. Coryza for a day, tonight a barking "
            "cough, hoarse cry, stridor at rest, marked sternal and subcostal "
            "recession, agitated and distressed. No drooling.",
        )
    )
    assert _dispo(out)[0] == "Admit"


def test_neonatal_bilious_vomiting_gets_child_fluids_and_paediatric_surgery(
    reason: Reason,
) -> None:
    """APSA; NICE NG29: a 2-week-old's obstruction is resuscitated by weight and seen
    by paediatric surgeons, not given the adult adhesive-obstruction fluid order or a
    general surgeon."""
    out = reason(
        make_case(
            "VOMITING",
            vitals={
                "heart_rate": 176,
                "respiratory_rate": 46,
                "spo2": 98,
                "temperature_c": 36.8,
            },
            demographics={"age": 0, "age_days": 14, "sex": "F"},
            one_liner="2-week-old with green vomits since this morning",
            ed_note="14-day-old girl, 3.5 kg, term. Since this morning bright green "
            "vomits after every feed, irritable, abdomen slightly distended.",
        )
    )
    assert O.ordered(out, r"paediatric surg|pediatric surg")
    assert not O.ordered(out, r"^general surg", "bologna", "fluid balance chart")


def test_meningococcal_child_has_one_fluid_bolus_order(reason: Reason) -> None:
    """NICE NG240 2024 and SSC children 2020: one bolus order (10 mL/kg, reassessed),
    not two protocols' boluses side by side."""
    out = reason(
        make_case(
            "FEVER",
            age=2,
            sex="M",
            vitals={
                "heart_rate": 172,
                "respiratory_rate": 40,
                "spo2": 97,
                "temperature_c": 39.5,
            },
            one_liner="2-year-old with fever and a spreading purple rash, cold feet",
            ed_note="2-year-old boy, 12 kg. Fever since the morning, now irritable and "
            "drowsy, cold hands and feet, capillary refill 4 seconds, non-blanching "
            "purpuric rash on the legs and trunk.",
        )
    )
    boluses = [o for o in O.medications(out) if re.search(r"(?i)bolus", o.name)]
    assert len(boluses) == 1


def test_febrile_child_who_will_not_walk_is_not_less_urgent(reason: Reason) -> None:
    """Kocher 1999; ACR 2018 limping child: fever with refusal to bear weight needs
    blood tests and a joint ultrasound: two resources, ESI 3 or higher."""
    out = reason(
        make_case(
            "LIMP",
            age=6,
            sex="F",
            vitals={
                "heart_rate": 122,
                "respiratory_rate": 22,
                "spo2": 99,
                "temperature_c": 39.0,
            },
            one_liner="6-year-old with fever, not putting weight on the left leg",
            ed_note="6-year-old girl, fever 39.0 and refusing to bear weight on the "
            "left leg since yesterday, holds the hip flexed, no injury.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3


def test_limp_without_injury_is_not_a_contusion(reason: Reason) -> None:
    """Herman & Martinek 2015: a child's limp with no injury is not a contusion."""
    out = reason(
        make_case(
            "HIP PAIN",
            age=7,
            sex="M",
            vitals=vitals(94, 102, 60, 20, 99, 37.4),
            one_liner="7-year-old limping with left hip pain",
            ed_note="7-year-old boy limping since this morning with left hip pain "
            "after a cold last week. No injury, no trauma. Walks with a limp, slight "
            "restriction of internal rotation. Afebrile.",
        )
    )
    plan = O.treatment(out)
    working = (plan.working_diagnosis or "") if plan else ""
    assert "contusion" not in working.lower()
    assert "contusion" not in (out.final.diagnosis_name or "").lower()


def test_abruption_after_a_slip_gets_no_unconditional_ct(reason: Reason) -> None:
    """ACOG CO 775 (2019), CO 723 (2017): after a slip at 30 weeks the abdomen is
    imaged by FAST; CT only when the FAST, the haemodynamics or the mechanism say."""
    out = reason(
        make_case(
            "FALL",
            age=31,
            sex="F",
            vitals=vitals(104, 116, 72, 18, 99, 36.8),
            one_liner="30 weeks pregnant, slipped and fell onto her abdomen, now "
            "abdominal pain and spotting",
            ed_note="31-year-old G2P1 at 30 weeks, slipped on an icy step 2 hours ago "
            "and fell forward onto her abdomen. Now constant abdominal pain, spotting, "
            "uterus tender and firm. No head injury.",
        )
    )
    assert O.ordered(out, r"fetal monitor|cardiotocograph")
    assert not _unconditional_ct(out)

"""What an emergency physician reads in a note (lead, session 18).

Written from: NICE NG133 / ACOG Practice Bulletin 222 (2020) hypertension in pregnancy:
severe-range blood pressure (>= 160/110) in pregnancy is treated within 30-60 minutes
and magnesium sulfate is given for pre-eclampsia with severe features; obstetric notes
write gestation as weeks over a 40-week term ("G2P1 at 34/40", "28+3/40": RCOG / NICE
antenatal care notation). UK Kidney Association 2020 hyperkalaemia guideline (a
dialysis-dependent patient's severe hyperkalaemia is dialysed). ATLS 10th ed. (an
injured body site's own injuries are the primary survey's differential; eFAST and
chest x-ray are adjuncts to the primary survey in shock after injury); the KTAS triage
record's injury field (Moon SH et al. Clin Exp Emerg Med 2019;6:6). Tintinalli 9th
ed. ch. 241 (an eyelid laceration is an eye injury first: visual acuity and slit lamp
for a globe injury; lid margin and canaliculus to ophthalmology); ACEP / CDC wound care
(a laceration is irrigated and closed, tetanus updated). BTS/SIGN 158 (2019) s8.7:
admit any patient with a feature of life-threatening asthma (SpO2 < 92 %, PEF < 33 %).
Duke-ISCVID 2023 (Fowler VG et al. Clin Infect Dis 2023;77:518): fever, a predisposing
valve and embolic or immunological phenomena make endocarditis a must-not-miss cause of
a new focal deficit. Chiew AL et al. Med J Aust 2020 (paracetamol: a timed level on or
above the treatment line gets acetylcysteine now). Stevens DL et al. IDSA SSTI 2014 and
Wong CH et al. JBJS Am 2003 (necrotising soft-tissue infection: hard signs, or early
signs with systemic toxicity, go to the surgeon now, with clindamycin).
"""

from __future__ import annotations

import pytest

from cases.population import population_of
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("G3P2 at 31/40, reduced fetal movements", 31), ("now 26+5/40 with bleeding", 26)],
)
def test_weeks_over_forty_is_a_pregnancy(text: str, weeks: int) -> None:
    """'31/40' and '26+5/40' are gestations: the patient is pregnant at that week."""
    case = make_case("abdominal pain", age=30, sex="F", ed_note=text)
    pop = population_of(case.demographics, (case.ed_note,))
    assert pop.pregnancy == "pregnant"
    assert pop.gestation_weeks == weeks


def test_a_blood_pressure_over_forty_is_no_pregnancy() -> None:
    """'BP 88/40' and 'hypotensive at 90/40' are blood pressures, not gestations."""
    note = "BP 88/40 on arrival, hypotensive at 90/40 after fluids, no other history."
    case = make_case("dizziness", age=30, sex="F", ed_note=note)
    pop = population_of(case.demographics, (case.ed_note,))
    assert pop.pregnancy != "pregnant"


def test_severe_pre_eclampsia_in_obstetric_notation_is_treated(reason: Reason) -> None:
    """A woman at 36/40 with severe-range BP, headache, visual symptoms and proteinuria
    gets an antihypertensive and magnesium, not a pregnancy test first (ACOG PB 222)."""
    out = reason(
        make_case(
            "blurred vision",
            age=27,
            sex="F",
            vitals=vitals(88, 174, 116, 18, 98),
            ed_note="27F primip, G1P0 at 36/40, blurred vision and headache since this "
            "morning, epigastric pain. O/E: oedema of face and hands, hyperreflexia. "
            "Urine dip protein 2+. Repeat BP 170/112.",
        )
    )
    assert O.medication_ordered(out, "magnesium"), O.orders(out)
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine"), (
        O.orders(out)
    )
    assert out.final.disposition != "Discharge"


def test_severe_hyperkalaemia_on_dialysis_is_dialysed(reason: Reason) -> None:
    """Severe hyperkalaemia in a dialysis-dependent patient: calcium for the ECG
    changes, insulin-glucose, and emergency dialysis, the definitive treatment (UK
    Kidney Association 2020); the measured value makes the diagnosis."""
    out = reason(
        make_case(
            "palpitations",
            age=58,
            sex="F",
            vitals=vitals(54, 138, 80, 16, 98),
            ed_note="58F end-stage kidney disease on PD, has not done her exchanges "
            "for 3 days after a family funeral. Palpitations, tingling in her hands. "
            "ECG: tented T waves, wide QRS. Labs: K 7.1 mmol/L, bicarbonate 15.",
        )
    )
    assert O.ordered(out, "dialysis"), O.orders(out)
    assert O.medication_ordered(out, "calcium"), O.orders(out)
    assert "hyperkal" in (out.final.diagnosis_name or "").lower()
    assert out.final.disposition != "Discharge"


def test_hyperkalaemia_without_kidney_failure_is_not_dialysed(reason: Reason) -> None:
    """Hyperkalaemia of DKA shifts back with insulin: no dialysis is asked for."""
    out = reason(
        make_case(
            "vomiting",
            age=22,
            sex="M",
            vitals=vitals(118, 112, 70, 28, 99),
            ed_note="22M type 1 diabetic, vomiting for a day, missed insulin. Kussmaul "
            "breathing. Glucose 29 mmol/L, pH 7.12, ketones 5.2, K 6.6, creatinine 98.",
        )
    )
    assert not O.ordered(out, "dialysis"), O.orders(out)


def _triage_record(sbp: float, hr: float, *, injury: bool) -> dict[str, object]:
    line = f"Triage Vital Signs: BP: {sbp:g}/60 | HR: {hr:g} | RR: 20 | Temp: 36.6 °C"
    line += " | Mental: alert" + (" | Injury: yes" if injury else "")
    return vitals(hr, sbp, 60, 20, 97, t=36.6) | {"raw": line}


def test_triage_record_injury_brings_the_sites_injuries(reason: Reason) -> None:
    """A triage record marked as an injury visit with "rib pain": rib fracture and
    traumatic pneumothorax are on the differential and the working diagnosis is no
    medical chest disease picked from the chest-pain list (ATLS 10th ed.)."""
    out = reason(
        make_case(
            "rib pain left",
            age=68,
            sex="F",
            vitals=_triage_record(132, 88, injury=True),
        )
    )
    assessment = next(r.output for r in out.trace if r.stage == "assessment")
    top = [e.diagnosis.lower() for e in assessment.differential[:3]]  # type: ignore[union-attr]
    assert any("rib" in d or "pneumothorax" in d for d in top), top
    working = (O.treatment(out).working_diagnosis or "").lower()  # type: ignore[union-attr]
    assert "infarction" not in working and "pneumonia" not in working, working


def test_rib_pain_without_an_injury_is_not_a_fracture(reason: Reason) -> None:
    """Without a documented injury the injury diagnoses are not added to the list."""
    out = reason(
        make_case(
            "rib pain left",
            age=68,
            sex="F",
            vitals=_triage_record(132, 88, injury=False),
        )
    )
    working = (O.treatment(out).working_diagnosis or "").lower()  # type: ignore[union-attr]
    assert "fracture" not in working, working


def test_shock_after_injury_gets_efast(reason: Reason) -> None:
    """Shock in an injury visit with upper abdominal pain: eFAST in the resuscitation
    bay, tranexamic acid and a trauma surgeon (ATLS 10th ed.; CRASH-2)."""
    out = reason(
        make_case(
            "left upper abdominal pain",
            age=35,
            sex="M",
            vitals=_triage_record(84, 124, injury=True),
        )
    )
    assert O.ordered(out, "efast", "fast"), O.orders(out)
    assert O.medication_ordered(out, "tranexamic"), O.orders(out)
    assert O.proposes(out, "abdom", "spleen", "liver", "hemorrhagic shock"), (
        O.diagnoses_proposed(out)
    )


def test_eyelid_laceration_is_an_eye_injury_not_a_hand_one(reason: Reason) -> None:
    """An eyelid wound: the globe is examined and ophthalmology decides on the lid
    margin; no hand surgery, no two-point discrimination (Tintinalli ch. 241)."""
    out = reason(
        make_case(
            "eyelid laceration", age=9, sex="F", vitals=vitals(96, 104, 64, 20, 99)
        )
    )
    assert O.ordered(out, "visual acuity", "slit-lamp", "slit lamp"), O.orders(out)
    assert not O.ordered(out, "hand surgery", "two-point"), O.orders(out)


def test_a_named_laceration_is_repaired(reason: Reason) -> None:
    """ "Finger laceration" as the complaint: the wound is irrigated and closed and
    tetanus is updated if due (ACEP laceration management; CDC tetanus)."""
    out = reason(
        make_case(
            "finger laceration", age=41, sex="M", vitals=vitals(78, 134, 82, 14, 99)
        )
    )
    assert O.ordered(out, "laceration repair", "wound irrigation"), O.orders(out)
    assert O.ordered(out, "tetanus"), O.orders(out)


def test_known_asthmatic_wheezing_with_hypoxia_is_admitted(reason: Reason) -> None:
    """A known asthmatic wheezing with SpO2 91 % has a life-threatening attack:
    admitted, not observed or sent home (BTS/SIGN 158 s8.7)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=34,
            sex="F",
            vitals=vitals(124, 128, 76, 30, 91),
            ed_note="34F PMH asthma (2 admissions last year), 2 days of cough and "
            "increasing SOB, using her reliever hourly. O/E: speaks in short phrases, "
            "diffuse expiratory wheeze, no focal crackles.",
        )
    )
    assert O.disposition(out).disposition in ("Admit", "OR Admit"), O.disposition(out)


def test_febrile_stroke_with_a_prosthetic_valve_keeps_endocarditis(
    reason: Reason,
) -> None:
    """Fever, a prosthetic valve, a murmur and splinter haemorrhages with a new arm
    weakness: endocarditis is on the differential beside the stroke (Duke-ISCVID
    2023 minor criteria), however many commoner diagnoses the abnormal results bring
    onto the list (hyponatraemia, kidney injury, anaemia, hyperglycaemia)."""
    out = reason(
        make_case(
            "left arm weakness",
            age=52,
            sex="F",
            vitals=vitals(108, 132, 70, 20, 97, t=38.7),
            ed_note="52F, aortic valve replacement (mechanical) 2019 on warfarin, "
            "3 weeks of fevers and night sweats, today sudden weakness of the left "
            "arm. O/E: febrile, pansystolic murmur, splinter haemorrhages on 3 nails, "
            "L arm power 3/5. Labs: Na 127, creatinine 188, Hb 89, glucose 15.2, "
            "lactate 3.4, WBC 17.",
        )
    )
    assert O.proposes(out, "endocarditis"), O.diagnoses_proposed(out)


def test_paracetamol_level_timed_in_brackets_is_on_the_nomogram(reason: Reason) -> None:
    """'APAP concentration (5 hours after ingestion) 160 mg/L' lies above the 5-h
    treatment line (126 mg/L): acetylcysteine now, not 'if above the line'."""
    out = reason(
        make_case(
            "overdose",
            age=30,
            sex="M",
            vitals=vitals(92, 126, 80, 16, 99),
            ed_note="30M took about 40 tablets of acetaminophen 500 mg in a single "
            "ingestion after losing his job. Nausea. APAP concentration (5 hours "
            "after ingestion) 160 mg/L. ALT 40.",
        )
    )
    assert O.medication_ordered(out, "acetylcysteine iv now"), O.orders(out)


def test_necrotising_infection_goes_to_the_surgeon(reason: Reason) -> None:
    """A red swollen forearm with tense oedema beyond the erythema, pain out of
    proportion, fever and tachycardia: emergent surgical exploration and clindamycin,
    to the operating room (IDSA 2014), not a septic-joint tap or cephalexin."""
    out = reason(
        make_case(
            "arm swelling",
            age=39,
            sex="M",
            vitals=vitals(126, 104, 62, 24, 97, t=38.8),
            ed_note="39M injects heroin into his R forearm. 24 h of R forearm redness "
            "and swelling, now severe pain out of proportion to the exam. O/E: "
            "erythema of the forearm, tense oedema extending beyond the erythema, "
            "skin exquisitely tender.",
        )
    )
    assert O.ordered(out, "surgery emergently", "debridement"), O.orders(out)
    assert O.medication_ordered(out, "clindamycin"), O.orders(out)
    assert O.disposition(out).disposition == "OR Admit", O.disposition(out)


def test_simple_cellulitis_is_not_sent_to_the_surgeon(reason: Reason) -> None:
    """Well-appearing cellulitis without hard signs or toxicity: no emergent surgery."""
    out = reason(
        make_case(
            "cellulitis",
            age=45,
            sex="F",
            vitals=vitals(84, 132, 80, 16, 99, t=37.6),
            ed_note="45F 3 days of a warm red patch on the L shin, spreading slowly, "
            "tender. No crepitus, no bullae. Walking normally. Looks well.",
        )
    )
    assert not O.ordered(out, "surgery emergently", "debridement"), O.orders(out)


def test_weeks_beside_labour_words_are_a_pregnancy_at_triage(reason: Reason) -> None:
    """ "33 weeks, waters went ..., tightenings": a pregnancy of 33 weeks in preterm
    labour is ESI 2 (ESI v4 handbook ch.4 high-risk situations; ACOG PB 171), and a
    bare duration in weeks elsewhere is no pregnancy."""
    out = reason(
        make_case(
            "contractions",
            age=31,
            sex="F",
            vitals=vitals(92, 118, 72, 18, 99),
            one_liner="31F 33 weeks, waters went at home, tightenings every 4 min",
        )
    )
    triage = next(r.output for r in out.trace if r.stage == "triage")
    assert triage.esi <= 2, triage  # type: ignore[union-attr]
    case = make_case("knee pain", age=31, sex="F", ed_note="knee pain for 3 weeks")
    assert population_of(case.demographics, (case.ed_note,)).pregnancy != "pregnant"

"""peds34 (session 34): paediatric and obstetric population limits, fifth review.

Written from guidelines, not from shared data: a convulsion still going on is status
epilepticus and gets a benzodiazepine (ILAE 2015; AES 2016; APLS); a febrile seizure
needs a seizure (AAP 2011); sudden one-sided pelvic pain with vomiting is adnexal
torsion until a Doppler ultrasound and a gynaecologist say otherwise (ACOG CO 783,
2019); fever with a tender uterus after a birth is endometritis, not PID (CDC 2021;
RCOG GTG 64b); reduced fetal movements are assessed by the fetal heart and a CTG, not
cross-matched as a haemorrhage (RCOG GTG 57); a newborn's findings in the mother's
note are the baby's (ConText, Harkema 2009); a febrile shock with a rash is not
rehydrated as gastroenteritis (NICE CG84 1.1.3); transient synovitis (Kocher 1999;
NICE CKS); gestational hypertension (ACOG PB 222, 2020).
"""

from __future__ import annotations

import re

from agents.schemas import AssessmentResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_BENZODIAZEPINE = ("lorazepam", "midazolam", "diazepam")


def _problems(out: ReasoningOutput) -> str:
    return " ".join(
        r.output.problem_representation or ""
        for r in out.trace
        if isinstance(r.output, AssessmentResult)
    ).lower()


def test_febrile_child_still_convulsing_gets_a_benzodiazepine(reason: Reason) -> None:
    """ILAE 2015 (Trinka): t1 = 5 min; AES 2016 and APLS 6th ed.: a child whose
    seizure began 10 minutes ago and is still going on in the department is in
    convulsive status epilepticus: a benzodiazepine now, not febrile-seizure advice."""
    out = reason(
        make_case(
            "SEIZURE",
            age=3,
            sex="M",
            vitals=vitals(166, 98, 58, 28, 93, 39.1),
            one_liner="3-year-old with fever, generalised seizure at home",
            ed_note="3-year-old boy, 14 kg, temperature since yesterday. His "
            "generalised tonic-clonic seizure began 12 minutes ago at home and is "
            "still going on in resus. No IV access yet.",
        )
    )
    assert O.medication_ordered(out, *_BENZODIAZEPINE)
    assert "febrile convulsion" not in O.working(out)


def test_brief_febrile_seizure_back_to_normal_stays_simple(reason: Reason) -> None:
    """Guard (AAP 2011): a 2-minute generalised seizure with fever, the child back to
    normal, is a simple febrile seizure: no benzodiazepine."""
    out = reason(
        make_case(
            "SEIZURE",
            age=2,
            sex="F",
            vitals=vitals(140, 96, 58, 28, 98, 38.9),
            one_liner="2-year-old had a 2 minute febrile seizure, now back to normal",
            ed_note="2-year-old girl, 12 kg, fever since the morning, generalised "
            "shaking for 2 minutes at home that stopped on its own. Now alert, "
            "playing, back to her normal self. No rash, neck supple.",
        )
    )
    assert not O.medication_ordered(out, *_BENZODIAZEPINE)


def test_fever_with_a_swollen_eyelid_is_no_febrile_seizure(reason: Reason) -> None:
    """AAP 2011: a febrile seizure is a seizure with fever; a febrile child with a
    swollen eyelid and no seizure is not treated for one."""
    out = reason(
        make_case(
            "SWOLLEN EYE",
            age=3,
            sex="F",
            vitals=vitals(118, 100, 60, 24, 99, 38.3),
            one_liner="3F swollen right eyelid and fever",
            ed_note="3-year-old girl, right upper eyelid red and swollen since "
            "yesterday after an insect bite, temperature 38.3. The eye is white, "
            "moves fully without pain, no proptosis.",
        )
    )
    assert "febrile convulsion" not in O.working(out)
    assert not O.ordered(out, "do not prevent recurrence", "seizure first aid")


def test_sudden_one_sided_pelvic_pain_with_vomiting_is_torsion_first(
    reason: Reason,
) -> None:
    """ACOG CO 783 (2019): sudden severe one-sided lower abdominal pain with vomiting
    in a girl is adnexal torsion until shown otherwise: Doppler ultrasound and a
    gynaecologist now (normal flow does not exclude it)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=15,
            sex="F",
            vitals=vitals(112, 120, 72, 20, 99, 37.1),
            one_liner="15F sudden severe right lower abdominal pain, vomiting",
            ed_note="15-year-old girl, 55 kg, sudden severe right lower abdominal pain "
            "90 minutes ago, vomited three times, cannot get comfortable. Urine hCG "
            "negative. Not sexually active.",
        )
    )
    assert O.ordered(out, "pelvic ultrasound", "doppler")
    assert O.ordered(out, "gyn")


def test_diffuse_crampy_pain_with_diarrhoea_gets_no_torsion_work_up(
    reason: Reason,
) -> None:
    """Guard (NICE CG84): diffuse crampy pain with diarrhoea and vomiting, no sudden
    one-sided pain, is gastroenteritis: no gynaecology for torsion."""
    out = reason(
        make_case(
            "VOMITING AND DIARRHOEA",
            age=15,
            sex="F",
            vitals=vitals(96, 116, 70, 18, 99, 37.6),
            one_liner="15F vomiting and diarrhoea since yesterday, crampy pain",
            ed_note="15-year-old girl, vomiting and watery diarrhoea since yesterday, "
            "generalised crampy abdominal pain, brother had the same. Abdomen soft.",
        )
    )
    assert not O.ordered(out, "laparoscop", "detorsion")


def test_postpartum_endometritis_gets_no_pid_regimen(reason: Reason) -> None:
    """RCOG GTG 64b; CDC 2021: fever with a tender uterus and offensive lochia a week
    after a caesarean is endometritis, treated as puerperal sepsis: no outpatient PID
    regimen (14 days of doxycycline) beside it."""
    out = reason(
        make_case(
            "FEVER AFTER DELIVERY",
            age=31,
            sex="F",
            vitals=vitals(106, 114, 70, 18, 98, 38.7),
            one_liner="31F day 7 after caesarean, fever, foul lochia, tender uterus",
            ed_note="31-year-old, day 7 after an emergency caesarean section. Fever "
            "38.7, lower abdominal pain, foul-smelling lochia, tender uterus. Wound "
            "clean and dry.",
        )
    )
    assert not O.medication_ordered(out, "doxycycline")


def test_reduced_fetal_movements_are_assessed_not_crossmatched(
    reason: Reason,
) -> None:
    """RCOG GTG 57 (2011): reduced fetal movements at 33 weeks: the fetal heart and a
    CTG the same day; with no bleeding there is no antepartum haemorrhage to
    cross-match for and no corticosteroid for it."""
    out = reason(
        make_case(
            "DECREASED FETAL MOVEMENTS",
            age=28,
            sex="F",
            vitals=vitals(80, 116, 70, 16, 99, 36.8),
            one_liner="28F 33 weeks pregnant, reduced fetal movements since last night",
            ed_note="28-year-old, 33 weeks pregnant, reduced fetal movements since "
            "last night. No pain, no bleeding, no fluid loss. Uncomplicated pregnancy.",
        )
    )
    assert O.ordered(out, "ctg", "cardiotocograph")
    assert not O.ordered(out, "crossmatch", "cross-match")
    assert not O.medication_ordered(out, "betamethasone", "dexamethasone")


def test_painless_bleeding_in_late_pregnancy_keeps_praevia_care(
    reason: Reason,
) -> None:
    """Guard (RCOG GTG 27a, GTG 63): painless bright red bleeding at 31 weeks keeps
    the placenta located by ultrasound before any vaginal examination and blood
    cross-matched."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=33,
            sex="F",
            vitals=vitals(98, 112, 68, 18, 99, 36.8),
            one_liner="33F 31 weeks pregnant, painless bright red vaginal bleeding",
            ed_note="33-year-old, 31 weeks pregnant, sudden painless bright red "
            "vaginal bleeding, about 100 mL. Uterus soft and non-tender.",
        )
    )
    assert O.ordered(out, "locate the placenta", "placental location", "placenta")
    assert O.ordered(out, "crossmatch", "cross-match")


def test_the_babys_jaundice_in_a_mothers_note_is_not_hers(reason: Reason) -> None:
    """ConText experiencer 'other' (Harkema 2009): in a breastfeeding mother's note
    'her baby is jaundiced' is the newborn's sign; the mother gets no observation for
    an unexplained jaundice of her own."""
    out = reason(
        make_case(
            "BREAST PAIN",
            age=27,
            sex="F",
            vitals=vitals(98, 116, 70, 18, 99, 38.2),
            one_liner="27F 2 weeks postpartum, painful red right breast, fever",
            ed_note="27-year-old, two weeks after delivery, breastfeeding. Red, hot, "
            "tender area in the right breast, fever 38.2, aches. Her baby is jaundiced "
            "and sleepy; the midwife checked the baby's bilirubin.",
        )
    )
    assert "jaundice" not in O.disposition(out).rationale.lower()


def test_a_jaundiced_mother_keeps_her_jaundice(reason: Reason) -> None:
    """Guard: a postpartum woman who is herself jaundiced keeps the sign."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=30,
            sex="F",
            vitals=vitals(104, 118, 72, 18, 98, 38.4),
            one_liner="30F 3 weeks postpartum, RUQ pain, fever, jaundiced",
            ed_note="30-year-old, three weeks after delivery. Right upper quadrant "
            "pain, fever and rigors since yesterday. She is jaundiced, dark urine.",
        )
    )
    assert "jaundice" in _problems(out)


def test_toxic_shock_is_not_rehydrated_as_gastroenteritis(reason: Reason) -> None:
    """NICE CG84 1.1.3: fever >= 39 C or a rash point away from gastroenteritis: a
    13-year-old in toxic shock is not given a 100 mL/kg gastroenteritis deficit, and
    removing a tampon sends her to intensive care, not theatre."""
    out = reason(
        make_case(
            "FEVER AND RASH",
            age=13,
            sex="F",
            vitals=vitals(136, 80, 42, 26, 97, 39.9),
            one_liner="13F fever, vomiting, diarrhoea, red rash, tampon in situ",
            ed_note="13-year-old girl, 45 kg, on her period with a tampon in. Sudden "
            "high fever, vomiting and diarrhoea, diffuse sunburn-like erythroderma, "
            "mottled cold legs, capillary refill 4 seconds.",
        )
    )
    assert not O.ordered(out, "deficit 100 ml/kg")
    assert O.disposition(out).disposition != "OR"


def test_gastroenteritis_shock_keeps_its_rehydration(reason: Reason) -> None:
    """Guard (NICE CG84 1.3.3): a 2-year-old with diarrhoea, vomiting and clinical
    shock, temperature 37.8, is rehydrated after the bolus."""
    out = reason(
        make_case(
            "VOMITING AND DIARRHOEA",
            age=2,
            sex="M",
            vitals=vitals(170, 78, 40, 36, 98, 37.8),
            one_liner="2-year-old with 2 days of diarrhoea and vomiting, lethargic",
            ed_note="2-year-old boy, 12 kg, watery diarrhoea and vomiting for 2 days, "
            "now lethargic, mottled cold hands and feet, capillary refill 4 seconds.",
        )
    )
    assert O.ordered(out, "iv rehydration")


def test_afebrile_limp_after_a_cold_is_transient_synovitis(reason: Reason) -> None:
    """Kocher 1999 (0 of 4 predictors); NICE CKS limp in children: a well afebrile
    6-year-old limping after a cold, bearing weight, with normal markers, has
    transient synovitis: an NSAID and review, not a contusion's radiograph."""
    out = reason(
        make_case(
            "LIMP",
            age=6,
            sex="M",
            vitals=vitals(96, 104, 62, 20, 99, 37.2),
            one_liner="6-year-old limping since this morning, cold last week",
            ed_note="6-year-old boy, 21 kg, viral cold last week, limping on the left "
            "since waking, mild groin pain, walks with a limp. Temperature 37.2, well. "
            "Painful internal rotation of the left hip. WCC 7.9, CRP 3.",
        )
    )
    assert "synovitis" in O.working(out)
    assert O.medication_ordered(out, "ibuprofen")


def test_new_hypertension_at_36_weeks_is_gestational(reason: Reason) -> None:
    """ACOG PB 222 (2020): BP 148/96 at 36 weeks without a severe feature is
    gestational hypertension: pre-eclampsia bloods and a fetal assessment, no IV
    antihypertensive or magnesium, not essential hypertension."""
    out = reason(
        make_case(
            "HYPERTENSION",
            age=34,
            sex="F",
            vitals=vitals(86, 148, 96, 16, 99, 36.7),
            one_liner="34F 36 weeks pregnant, BP 148/96 at antenatal clinic",
            ed_note="34-year-old, 36 weeks pregnant, BP 148/96 and 146/94 at the "
            "antenatal clinic, no headache, no visual symptoms, no abdominal pain. "
            "Normal BP at booking. Baby moving normally.",
        )
    )
    assert "essential" not in O.working(out)
    assert O.ordered(out, re.escape("protein:creatinine"), "ctg", "non-stress")
    assert not O.medication_ordered(out, "magnesium", "labetalol", "hydralazine")


def test_infant_narrow_complex_tachycardia_at_280_is_svt(reason: Reason) -> None:
    """AHA PALS 2020; APLS: a 6-week-old feeding poorly with a regular narrow-complex
    tachycardia at 270 and no visible P waves has SVT: a vagal manoeuvre and
    adenosine by weight, never the adult 6 mg."""
    out = reason(
        make_case(
            "POOR FEEDING",
            sex="F",
            demographics={"age_days": 42},
            vitals=vitals(270, 76, 46, 54, 96, 36.8),
            one_liner="6-week-old feeding poorly and sweaty, heart rate 270",
            ed_note="6-week-old girl, 4.6 kg, not finishing feeds and sweaty since the "
            "morning. Monitor: regular narrow complex rhythm at 270, P waves not "
            "visible. Capillary refill 3 seconds, alert.",
        )
    )
    assert O.medication_ordered(out, r"adenosine .*mg/kg")
    assert not O.medication_ordered(out, r"adenosine 6 mg")


def test_adult_svt_keeps_the_adult_adenosine(reason: Reason) -> None:
    """Guard (ESC 2019 SVT): an adult's stable SVT keeps adenosine 6 mg then 12 mg."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=35,
            sex="F",
            vitals=vitals(188, 124, 78, 18, 99, 36.8),
            one_liner="35F sudden palpitations, regular narrow complex tachycardia 188",
            ed_note="35-year-old woman, sudden regular palpitations for an hour. ECG: "
            "SVT, regular narrow complex tachycardia at 188. Alert, BP 124/78.",
        )
    )
    assert O.medication_ordered(out, r"adenosine 6 mg")


def test_pecarn_very_low_risk_bump_goes_home(reason: Reason) -> None:
    """PECARN (Kuppermann 2009): a 6-year-old who hit her forehead on a table,
    GCS 15, no loss of consciousness, no vomiting, acting normally, is at very low
    risk (ciTBI 0.05 %): no CT and no ward observation for an unexcluded subdural."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=6,
            sex="F",
            vitals=vitals(98, 102, 64, 20, 99, 36.8),
            one_liner="6F hit forehead on the edge of a table, no LOC, playing",
            ed_note="6-year-old girl, 20 kg, tripped and hit her forehead on the edge "
            "of a table, cried straight away, no loss of consciousness, no vomiting, "
            "acting normally, GCS 15, small forehead bruise, no palpable skull defect.",
        )
    )
    assert not O.ordered(out, r"\bct head\b", "ct of the head", "head ct")
    assert O.disposition(out).disposition == "Discharge"


def test_child_with_loss_of_consciousness_and_vomiting_keeps_the_ct(
    reason: Reason,
) -> None:
    """Guard (PECARN; NICE NG232): a 9-year-old knocked out in a fall from a climbing
    frame who has vomited three times and is GCS 14 gets a CT head."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=9,
            sex="M",
            vitals=vitals(100, 114, 70, 20, 99, 36.9),
            one_liner="9M fell 2 m from a climbing frame, knocked out, vomited x3",
            ed_note="9-year-old boy fell about 2 metres from a climbing frame onto his "
            "head, knocked out for a minute, vomited three times since, GCS 14, "
            "drowsy.",
        )
    )
    assert O.ordered(out, r"ct head", "head ct")


def test_suspected_dvt_in_pregnancy_is_treated_until_excluded(reason: Reason) -> None:
    """RCOG Green-top 37b (2015): a pregnant woman with a clinically suspected DVT gets
    LMWH by weight until the compression ultrasound excludes it, not a D-dimer."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=30,
            sex="F",
            vitals=vitals(90, 118, 72, 16, 99, 36.8),
            one_liner="30F 24 weeks pregnant, swollen painful right calf for 2 days",
            ed_note="30-year-old, 24 weeks pregnant, 72 kg. Right calf painful and "
            "swollen for two days, 3 cm larger than the left. No breathlessness or "
            "chest pain, no bleeding.",
        )
    )
    assert O.medication_ordered(out, "low-molecular-weight heparin", "enoxaparin")
    assert not O.ordered(out, r"^d-dimer")


def test_suspected_dvt_outside_pregnancy_keeps_its_pathway(reason: Reason) -> None:
    """Guard (Wells 2003; NICE NG158): outside pregnancy a suspected DVT is tested
    first (D-dimer or ultrasound), with no heparin before the test here."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=45,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98, 36.8),
            one_liner="45M swollen painful left calf for 3 days after a long flight",
            ed_note="45-year-old man, left calf swollen and tender for three days "
            "after a 12-hour flight, 2 cm larger than the right. No chest pain.",
        )
    )
    assert not O.medication_ordered(out, "until the ultrasound excludes")

"""peds51 (session 51): paediatric and obstetric pathways from sources.

Written from guidelines, not from shared data: a known type 1 diabetic child in
ketoacidosis gets the paediatric DKA fluids, insulin and cerebral-oedema watch (BSPED
2021; ISPAD 2022; NICE NG18); pre-eclampsia at 140/90-159/109 gets an antihypertensive
(NICE NG133); a cord prolapse keeps its category-1 caesarean and no latency care (RCOG
GTG 50); leg purpura with aching knees, colic and a normal count is IgA vasculitis
(EULAR/PRINTO/PReS 2010; NICE NG12); an IUP on last week's scan is no ectopic (NICE
NG126); a lower-risk BRUE goes home and a bronchiolitis apnoea is no BRUE (AAP 2016;
NICE NG9); an imminent birth is prepared in the ED (NICE NG235); Kocher's septic hip
and a well child's limp are named (Kocher 1999); hyperemesis needing admission gets
LMWH (RCOG GTG 69, 37a).
Research software, not for clinical use.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._story import partial_vitals as _v
from tests.scenarios._story import tell as _run
from tests.scenarios.conftest import Reason


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# --- a known diabetic child in DKA ---

_DKA = (
    "Known type 1 diabetic, vomiting since last night, abdominal pain, deep sighing "
    "breaths. Glucose 26, blood ketones 5.2, pH 7.08, bicarbonate 6. Cap refill 2 "
    "seconds, alert."
)


def test_a_known_type_1_diabetic_child_in_dka_gets_fluids_insulin_and_the_watch(
    reason: Reason,
) -> None:
    """BSPED 2021 / ISPAD 2022: known diabetes with ketoacidosis is DKA; 0.9 % saline
    (10 mL/kg only for poor perfusion) and the deficit over 48 h, insulin 0.05-0.1
    U/kg/h after 1-2 h, potassium, hourly neurological observations (was a BMP only:
    "known type 1 diabetic" is history and the indications read present only)."""
    out = _run(reason, "VOMITING", _DKA, _v(128, 104, 30, 98, 36.8, 62), 9, "F")
    assert O.medication_ordered(out, r"insulin infusion"), O.order_names(out)
    assert O.medication_ordered(out, r"mL/kg"), O.order_names(out)
    assert O.ordered(out, r"cerebral oedema"), O.order_names(out)
    assert not O.ordered(out, r"1-1\.5 L"), O.order_names(out)
    assert _code(out) == "E10.10"


def test_a_non_diabetic_child_vomiting_with_a_normal_gas_gets_no_insulin(
    reason: Reason,
) -> None:
    """Guard: gastroenteritis without diabetes or ketoacidosis has no DKA regimen."""
    out = _run(
        reason,
        "VOMITING",
        "Vomiting and loose stools since last night, drinking sips, passing urine. No "
        "diabetes. Alert.",
        _v(118, 104, 24, 99, 37.6, 62),
        9,
        "F",
    )
    assert not O.medication_ordered(out, r"insulin"), O.order_names(out)


# --- pre-eclampsia below the severe range ---

_PET = (
    "35 weeks pregnant, headache since this morning, protein 2+ on urine dip, mild "
    "pain under the right ribs."
)


def test_pre_eclampsia_at_158_104_gets_an_antihypertensive(reason: Reason) -> None:
    """NICE NG133 2019 1.4.11: pre-eclampsia is treated from 140/90 with labetalol
    (nifedipine, methyldopa) to 135/85 or less; magnesium with severe features (was
    magnesium without a blood-pressure drug below 160/110)."""
    out = _run(reason, "HEADACHE", _PET, _v(84, 158, 16, 99, 36.8, 104), 30, "F")
    assert O.medication_ordered(out, r"labetalol|nifedipine"), O.order_names(out)
    assert O.medication_ordered(out, r"magnesium"), O.order_names(out)


def test_a_headache_at_35_weeks_with_a_normal_pressure_gets_no_antihypertensive(
    reason: Reason,
) -> None:
    """Guard: a normal pressure in pregnancy is not lowered (NICE NG133)."""
    out = _run(
        reason,
        "HEADACHE",
        "35 weeks pregnant, mild headache since this morning after a poor night's "
        "sleep, no visual symptoms, urine dip clear.",
        _v(80, 118, 16, 99, 36.8, 72),
        30,
        "F",
    )
    assert not O.medication_ordered(out, r"labetalol|nifedipine|hydralazine")


# --- a cord prolapse after the waters broke preterm ---


def test_a_cord_prolapse_keeps_its_caesarean_call_and_no_latency_care(
    reason: Reason,
) -> None:
    """RCOG GTG 50 (2014): a cord seen at the introitus is delivered by category-1
    caesarean; NICE NG25's latency care (speculum for pooling, 10 days of
    erythromycin) is for a pregnancy that continues (the caesarean call was merged
    into the preterm labour's obstetric call, and PPROM's latency care was kept)."""
    out = _run(
        reason,
        "WATERS BROKEN",
        "36 weeks pregnant, waters broke at home 30 minutes ago, now she can feel "
        "something in the vagina; midwife sees a loop of cord at the introitus.",
        _v(92, 118, 18, 99, 36.8, 72),
        27,
        "F",
        arrival={"mode": "ambulance"},
    )
    assert O.ordered(out, r"ca?esarean"), O.order_names(out)
    assert not O.medication_ordered(out, r"erythromycin"), O.order_names(out)
    assert not O.ordered(out, r"pooling"), O.order_names(out)


def test_waters_broken_at_30_weeks_without_a_cord_keep_the_latency_antibiotic(
    reason: Reason,
) -> None:
    """Guard: PPROM keeps erythromycin and the speculum examination (NICE NG25)."""
    out = _run(
        reason,
        "WATERS BROKEN",
        "30 weeks pregnant, a gush of clear fluid from the vagina two hours ago, still "
        "leaking, no contractions, baby moving.",
        _v(84, 116, 16, 99, 36.8, 70),
        27,
        "F",
    )
    assert O.medication_ordered(out, r"erythromycin"), O.order_names(out)


# --- IgA vasculitis with a normal count in words ---

_IGAV = (
    "7-year-old, raised purple spots over buttocks and legs for 3 days, knees ache, "
    "now colicky abdominal pain and vomiting. Platelets normal."
)


def test_leg_purpura_with_aching_knees_and_colic_is_iga_vasculitis(
    reason: Reason,
) -> None:
    """EULAR/PRINTO/PReS 2010: leg purpura with arthralgia and abdominal pain, a
    normal platelet count, afebrile, is IgA vasculitis: urine and blood pressure, an
    ultrasound for intussusception with colicky pain; a count known normal needs no
    immediate haematology-oncology assessment (NICE NG12 1.11.1 is for unexplained
    petechiae). It was zoster with an immediate haematology-oncology call."""
    out = _run(reason, "RASH", _IGAV, _v(108, 108, 20, 99, 36.9, 66, 6), 7, "M")
    assert "iga vasculitis" in O.working(out), O.working(out)
    assert _code(out) == "D69.0"
    assert O.ordered(out, r"ultrasound"), O.order_names(out)
    assert not O.ordered(out, r"oncolog"), O.order_names(out)


def test_an_afebrile_childs_pinpoint_rash_with_no_count_keeps_the_specialist(
    reason: Reason,
) -> None:
    """Guard: unexplained petechiae without a count keep NICE NG12's immediate
    specialist assessment and the blood count."""
    out = _run(
        reason,
        "RASH",
        "4-year-old with a pinpoint purple rash on the chest and legs since yesterday, "
        "some bruises on the shins, well, no fever.",
        _v(104, 100, 22, 99, 36.8, 62),
        4,
        "F",
    )
    assert O.ordered(out, r"blood count|blood film"), O.order_names(out)
    assert O.ordered(out, r"oncolog|haematolog"), O.order_names(out)


# --- an intrauterine pregnancy seen on last week's scan ---


def test_spotting_at_8_weeks_with_an_iup_on_last_weeks_scan_is_no_ectopic(
    reason: Reason,
) -> None:
    """NICE NG126 2023: an intrauterine pregnancy on a scan after spontaneous
    conception all but excludes an ectopic; a threatened miscarriage before 12 weeks
    needs no anti-D (1.8.1). "Intrauterine pregnancy on scan last week" was unread:
    the spotting was worked as an ectopic with anti-D."""
    out = _run(
        reason,
        "VAGINAL BLEEDING",
        "8 weeks pregnant, light spotting since this morning. Intrauterine "
        "pregnancy on scan last week. Blood group O negative. No pain.",
        _v(80, 120, 14, 99, 36.7, 74),
        26,
        "F",
    )
    assert "ectopic" not in O.working(out), O.working(out)
    assert not O.medication_ordered(out, r"anti-d|rh immune"), O.order_names(out)


def test_spotting_at_8_weeks_with_an_iup_after_ivf_keeps_the_ectopic_open(
    reason: Reason,
) -> None:
    """Guard: after IVF an IUP leaves a heterotopic pregnancy open (ACEP 2017)."""
    out = _run(
        reason,
        "VAGINAL BLEEDING",
        "8 weeks pregnant after IVF, light spotting and left iliac fossa pain since "
        "this morning. No scan yet.",
        _v(84, 120, 14, 99, 36.7, 74),
        33,
        "F",
    )
    assert O.ordered(out, r"ultrasound"), O.order_names(out)


# --- BRUE and bronchiolitis apnoea ---


def test_a_well_three_month_olds_twenty_second_floppy_spell_is_a_lower_risk_brue(
    reason: Reason,
) -> None:
    """AAP 2016 (Tieder): older than 60 days, term, a first event under a minute, no
    CPR, a normal examination: a lower-risk BRUE, coded R68.13, no admission ("a
    20-second episode" was read as a second event: higher risk, admitted, and the
    diagnosis abstained)."""
    out = _run(
        reason,
        "CHOKING EPISODE",
        "3-month-old term baby had a 20-second episode of going floppy and pale "
        "during a feed, now completely well, normal examination. First episode, no "
        "CPR needed.",
        _v(150, None, 40, 99, 36.8),
        None,
        "F",
        demographics={"age": 0, "age_days": 90, "sex": "F"},
    )
    assert O.ordered(out, r"lower-risk brue"), O.order_names(out)
    assert not O.ordered(out, r"higher-risk brue"), O.order_names(out)
    assert _code(out) == "R68.13"
    assert O.dispo(out) == "Discharge"


def test_an_apnoea_in_a_coryzal_coughing_infant_is_bronchiolitis_not_a_brue(
    reason: Reason,
) -> None:
    """NICE NG9 2021 1.2 and 1.3.3: coryza then cough with fast breathing in an infant
    is bronchiolitis, admitted after an apnoea, with feeding support and the oxygen
    threshold; an apnoea a respiratory infection explains is no BRUE (AAP 2016). It
    was coded R06.00 with the BRUE's ECG and none of the bronchiolitis care."""
    out = _run(
        reason,
        "BREATHING DIFFICULTY",
        "8-week-old with 3 days of cough and runny nose, one apnoea at home this "
        "morning lasting 15 seconds, breathing now, feeding half her usual.",
        _v(168, None, 56, 93, 37.6),
        None,
        "F",
        demographics={"age": 0, "age_days": 56, "sex": "F"},
    )
    assert _code(out).startswith("J21"), _code(out)
    assert O.ordered(out, r"nasogastric"), O.order_names(out)
    assert not O.ordered(out, r"brue"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_a_six_week_olds_blue_spell_stays_a_higher_risk_brue(reason: Reason) -> None:
    """Guard: 60 days or younger is higher risk (AAP 2016): admitted with monitoring."""
    out = _run(
        reason,
        "TURNED BLUE",
        "6-week-old turned blue for 30 seconds at home, now well, pink, normal "
        "examination.",
        _v(150, None, 40, 99, 36.8),
        None,
        "M",
        demographics={"age": 0, "age_days": 42, "sex": "M"},
    )
    assert O.ordered(out, r"higher-risk brue"), O.order_names(out)


# --- an imminent birth at term ---


def test_an_urge_to_push_at_39_weeks_prepares_the_birth_in_the_ed(
    reason: Reason,
) -> None:
    """NICE NG235 2023 1.13-1.14: the head at the introitus with an urge to push is
    the second stage: midwife or obstetrician and the neonatal team called, no
    transfer, oxytocin for the third stage. It was led by gestational hypertension at
    120/76 with pre-eclampsia bloods and a 4-hour CTG."""
    out = _run(
        reason,
        "LABOUR PAINS",
        "39 weeks, regular contractions every 3 minutes, urge to push, head visible at "
        "the introitus.",
        _v(90, 120, 18, 99, 37.0, 76),
        25,
        "F",
    )
    assert O.ordered(out, r"neonatal team"), O.order_names(out)
    assert O.ordered(out, r"oxytocin"), O.order_names(out)
    assert _code(out) == "O80"
    assert not O.ordered(out, r"protein:creatinine"), O.order_names(out)


def test_early_labour_at_39_weeks_is_assessed_without_a_birth_in_the_ed(
    reason: Reason,
) -> None:
    """Guard: contractions with a cervix at 3 cm go to the labour ward."""
    out = _run(
        reason,
        "LABOUR PAINS",
        "39 weeks, regular contractions every 5 minutes for 3 hours, cervix 3 cm "
        "dilated, membranes intact.",
        _v(88, 120, 18, 99, 37.0, 76),
        25,
        "F",
    )
    assert not O.ordered(out, r"neonatal team"), O.order_names(out)
    assert O.ordered(out, r"labour and delivery|labour ward"), O.order_names(out)


# --- the limping child ---


def test_a_febrile_child_refusing_to_bear_weight_with_kocher_4_of_4_is_septic_hip(
    reason: Reason,
) -> None:
    """Kocher 1999: non-weight-bearing, fever, ESR > 40 and WBC > 12,000 (4 of 4: 99 %)
    is septic arthritis until aspirated: the diagnosis is named M00.9 with the
    aspiration and orthopaedics (the plan was there, the diagnosis abstained)."""
    out = _run(
        reason,
        "LIMP",
        "5-year-old refusing to weight bear on the right leg since yesterday, fever "
        "39, hip held flexed and externally rotated, pain on any movement. WCC 16, "
        "ESR 55.",
        _v(132, 104, 24, 99, 39.0, 62, 7),
        5,
        "F",
    )
    assert _code(out) == "M00.9", _code(out)
    assert O.ordered(out, r"aspiration|arthrocentesis"), O.order_names(out)


def test_a_well_afebrile_childs_limp_after_a_cold_is_coded_and_sent_home(
    reason: Reason,
) -> None:
    """NICE CKS limp in children: a well, afebrile child walking with a limp after a
    cold is an irritable hip: anti-inflammatory and safety-netting, no antibiotic;
    with no rule-in met the final is the gait abnormality R26.89, not an abstention."""
    out = _run(
        reason,
        "LIMP",
        "5-year-old limping since this morning after a cold last week. Walks with a "
        "limp, hip range mildly reduced, afebrile, well.",
        _v(98, 102, 20, 99, 36.9, 62, 3),
        5,
        "M",
    )
    assert out.final.icd10, "the diagnosis abstained"
    assert not O.medication_ordered(out, r"vancomycin|ceftriaxone|cefazolin"), (
        O.order_names(out)
    )
    assert O.dispo(out) == "Discharge"


# --- hyperemesis gravidarum ---


def test_hyperemesis_vomiting_everything_is_admitted_with_thromboprophylaxis(
    reason: Reason,
) -> None:
    """RCOG Green-top 69 (2016): fluids and antiemetics not kept down with ketonuria
    and weight loss are admitted; LMWH thromboprophylaxis for the admission (RCOG
    Green-top 37a). It went to the observation ward without LMWH."""
    out = _run(
        reason,
        "VOMITING",
        "10 weeks pregnant, vomiting everything for 2 weeks, 6 kg weight loss, ketones "
        "3+ in urine.",
        _v(112, 108, 18, 99, 36.8, 66),
        24,
        "F",
    )
    assert O.medication_ordered(out, r"thiamine"), O.order_names(out)
    assert O.medication_ordered(out, r"lmwh|enoxaparin"), O.order_names(out)
    assert O.dispo(out) == "Admit"


def test_morning_sickness_keeping_fluids_down_gets_no_lmwh(reason: Reason) -> None:
    """Guard: nausea and vomiting of pregnancy kept down by mouth is no admission."""
    out = _run(
        reason,
        "VOMITING",
        "9 weeks pregnant, nausea and vomiting in the mornings for a week, keeping "
        "fluids down, no weight loss, ketones negative.",
        _v(84, 118, 16, 99, 36.8, 72),
        27,
        "F",
    )
    assert not O.medication_ordered(out, r"lmwh|enoxaparin"), O.order_names(out)

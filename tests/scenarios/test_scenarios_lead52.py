"""lead52 (session 52): a refusal's capacity, a crisis-range pressure beside a
headache, an older man's loin pain with signs of blood loss, an older woman found down
for a time nobody knows, a heroin user's withdrawal.

Written from the sources named in each docstring, never from rows of the shared data:
- Mental Capacity Act 2005 ss.1-4; Appelbaum PS. N Engl J Med 2007;357:1834; GMC
  Decision making and consent 2020 (a refusal of care);
- McEvoy JW et al. ESC 2024 hypertension section 12; Whelton PK et al. ACC/AHA 2017
  11.2; Wolf SJ et al. ACEP 2013 asymptomatic elevated blood pressure;
- Wanhainen A et al. ESVS 2024 AAA guideline; Chaikof EL et al. SVS 2018; ATLS 10th ed.
  (a possible ruptured aneurysm with signs of blood loss);
- JRCALC 2022 falls; Fleming J, Brayne C. BMJ 2008;337:a2227 (a long lie);
- Hawk K et al. ACEP consensus, Ann Emerg Med 2021;78:434; DSM-5-TR; Sullivan JT et
  al. 1989 (CIWA-Ar) (opioid withdrawal is not alcohol's).

Each target failed on main 093cc3ae before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CAPACITY = ("capacity",)


def test_a_capacitous_stemi_refusing_the_cath_lab_gets_a_capacity_assessment(
    reason: Reason,
) -> None:
    """MCA 2005 / Appelbaum 2007: an adult refusing the cath lab for an anterior STEMI:
    capacity for the decision assessed and documented, the STEMI care still offered."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=66,
            sex="M",
            vitals=vitals(98, 148, 88, 18, 97),
            one_liner="66M anterior STEMI refuses transfer to the cath lab",
            ed_note="Central chest pain 1 hour, ST elevation V1-V4. Alert and "
            "oriented, understands the risk of death, wants to go home to his dog.",
        )
    )
    assert O.ordered(out, *_CAPACITY), O.order_names(out)
    assert O.ordered(out, "cath lab"), O.order_names(out)


def test_a_drunk_head_injury_refusing_ct_gets_capacity_and_keeps_the_ct(
    reason: Reason,
) -> None:
    """NICE NG232 / MCA 2005: an intoxicated man with a scalp wound, GCS 14 and two
    vomits who refuses a CT: his capacity is assessed and the CT stays ordered."""
    out = reason(
        make_case(
            "INTOXICATION",
            age=35,
            sex="M",
            vitals=vitals(96, 132, 84, 16, 97, 36.5),
            one_liner="35M drunk, head laceration, refuses CT and wants to leave",
            ed_note="4 cm scalp laceration, GCS 14 (E4V4M6), smells of alcohol, "
            "vomited twice. Refuses a CT scan and wants to leave. Unsteady.",
        )
    )
    assert O.ordered(out, *_CAPACITY), O.order_names(out)
    assert O.ordered(out, "ct head"), O.order_names(out)


def test_declining_renal_function_is_no_refusal(reason: Reason) -> None:
    """Guard: "declining renal function" is a trend, not a refusal of care."""
    out = reason(
        make_case(
            "RENAL FUNCTION",
            age=70,
            sex="F",
            vitals=vitals(78, 138, 76, 16, 97),
            one_liner="70F with declining renal function, eGFR 28 from 45",
            ed_note="Declining renal function over 3 months. Well.",
        )
    )
    assert not O.ordered(out, *_CAPACITY), O.order_names(out)


def test_a_teenager_refusing_tablets_gets_no_adult_capacity_order(
    reason: Reason,
) -> None:
    """Guard: the Mental Capacity Act applies from 16; a 14-year-old's refusal is
    Gillick competence and parental consent, not this order."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=14,
            sex="F",
            vitals=vitals(110, 112, 70, 18, 98, 38.2),
            one_liner="14F sore throat and fever, refuses tablets",
            ed_note="Tonsillar exudate, tender anterior nodes, no cough.",
        )
    )
    assert not O.ordered(out, *_CAPACITY), O.order_names(out)


def test_a_crisis_pressure_beside_a_headache_is_checked_for_organ_damage(
    reason: Reason,
) -> None:
    """ESC 2024 section 12 / ACC/AHA 2017 11.2: a headache at 210/124 after running out
    of amlodipine, no neurological or visual sign: organ damage is looked for
    (fundi, ECG, creatinine, urine) and the oral drug resumed, not left unaddressed."""
    out = reason(
        make_case(
            "HEADACHE",
            age=45,
            sex="F",
            vitals=vitals(82, 210, 124, 16, 99),
            one_liner="45F headache, BP 210/124, no focal deficit",
            ed_note="Headache for 2 days, ran out of amlodipine 1 week ago. No "
            "visual change, no chest pain, no confusion, no weakness.",
        )
    )
    assert O.ordered(out, "organ damage"), O.order_names(out)


def test_a_stroke_at_204_118_keeps_its_own_pressure_plan(reason: Reason) -> None:
    """Guard (AHA/ASA 2019 3.3): a sudden arm and face weakness at 204/118 is the
    stroke's pressure: no 'no IV antihypertensive' line beside its lysis ceiling."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=72,
            sex="M",
            vitals=vitals(88, 204, 118, 16, 97),
            one_liner="72M sudden left arm and face weakness 1 hour ago",
            ed_note="Sudden left face and arm weakness and slurred speech 1 hour ago.",
        )
    )
    assert not O.ordered(out, "organ damage"), O.order_names(out)


def test_a_dissection_at_202_116_keeps_its_own_pressure_plan(reason: Reason) -> None:
    """Guard (ESC 2024 aortic): tearing pain to the back at 202/116 with an arm
    difference is the dissection's: IV rate and pressure control, no oral plan."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=49,
            sex="M",
            vitals=vitals(96, 202, 116, 20, 97),
            one_liner="49M tearing chest pain to the back, BP 202/116",
            ed_note="Sudden tearing central chest pain radiating to the back. BP "
            "right arm 202/116, left arm 168/98.",
        )
    )
    assert not O.ordered(out, "organ damage"), O.order_names(out)


def test_an_older_mans_loin_pain_with_signs_of_blood_loss_gets_blood_ready(
    reason: Reason,
) -> None:
    """ESVS 2024 / SVS 2018: a 71-year-old smoker's sudden loin and back pain with a
    systolic of 96, pale and clammy, is a ruptured aneurysm until the scan says
    otherwise: large-bore access and a crossmatch while the aorta is scanned."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=71,
            sex="M",
            vitals=vitals(104, 96, 60, 20, 97),
            one_liner="71M sudden severe low back pain radiating to the groin, smoker",
            ed_note="Sudden severe left loin and lower back pain 1 hour, radiating to "
            "groin. First episode. Haematuria on dip. Pale, clammy.",
        )
    )
    assert O.ordered(out, "crossmatch"), O.order_names(out)
    assert O.ordered(out, "aortic ultrasound"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_a_young_mans_renal_colic_with_normal_pressure_gets_no_crossmatch(
    reason: Reason,
) -> None:
    """Guard: a 34-year-old's loin-to-groin pain with a normal pressure is a stone's:
    no aneurysm's blood."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=34,
            sex="M",
            vitals=vitals(96, 138, 84, 18, 99),
            one_liner="34M sudden left loin pain radiating to the groin, vomiting",
            ed_note="Writhing, haematuria on dip, pale and sweaty with the pain.",
        )
    )
    assert not O.ordered(out, "crossmatch"), O.order_names(out)


def test_an_older_woman_found_down_for_an_unknown_time_gets_a_ck(
    reason: Reason,
) -> None:
    """JRCALC 2022 / Fleming & Brayne 2008: found on the floor with the time down
    unknown is a long lie until shown otherwise: CK and pressure areas."""
    out = reason(
        make_case(
            "FALL",
            age=88,
            sex="F",
            vitals=vitals(84, 142, 78, 18, 96, 36.5),
            one_liner="88F found on floor at home this morning",
            ed_note="Found by carer on the floor, unsure how long. Pain right hip, "
            "leg shortened and externally rotated. Dark urine.",
        )
    )
    assert O.ordered(out, "ck"), O.order_names(out)
    assert O.ordered(out, "pressure"), O.order_names(out)


def test_heroin_withdrawal_is_worked_as_opioid_withdrawal_not_alcohol(
    reason: Reason,
) -> None:
    """ACEP 2021 / DSM-5-TR: a daily heroin user 20 h after the last dose, yawning,
    piloerection, dilated pupils, diarrhoea: opioid withdrawal - COWS, buprenorphine,
    take-home naloxone - not CIWA-Ar, a benzodiazepine and thiamine."""
    out = reason(
        make_case(
            "WITHDRAWAL",
            age=30,
            sex="F",
            vitals=vitals(108, 138, 86, 18, 99, 37.2),
            one_liner="30F heroin user, last used 20 hours ago, sweating, diarrhoea",
            ed_note="Uses heroin daily. Yawning, rhinorrhoea, dilated pupils, "
            "piloerection, diarrhoea, abdominal cramps. Wants to stop.",
        )
    )
    assert "opioid" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, "buprenorphine"), O.order_names(out)
    assert O.ordered(out, "naloxone"), O.order_names(out)
    assert not O.ordered(out, "ciwa"), O.order_names(out)


def test_alcohol_withdrawal_with_tremor_stays_alcohol_withdrawal(
    reason: Reason,
) -> None:
    """Guard (ASAM 2020): a heavy drinker 36 h after his last drink, tremulous and
    sweating, is alcohol withdrawal: CIWA-Ar and thiamine, no buprenorphine."""
    out = reason(
        make_case(
            "ALCOHOL WITHDRAWAL",
            age=52,
            sex="M",
            vitals=vitals(118, 162, 96, 20, 97, 37.8),
            one_liner="52M drinks a bottle of vodka a day, last drink 36 h ago, tremor",
            ed_note="Tremulous, sweaty, anxious. Withdrawal seizure last year.",
        )
    )
    assert "alcohol" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, "thiamine"), O.order_names(out)
    assert not O.ordered(out, "buprenorphine"), O.order_names(out)


def test_a_heroin_overdose_is_no_withdrawal(reason: Reason) -> None:
    """Guard (AHA 2023 poisoning update): pinpoint pupils and slow breathing after
    heroin are an overdose: naloxone for the breathing, no buprenorphine."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=28,
            sex="M",
            vitals=vitals(58, 112, 70, 6, 84, 36.2),
            one_liner="28M found unresponsive after injecting heroin",
            ed_note="Pinpoint pupils, respiratory rate 6, GCS 6.",
        )
    )
    assert O.ordered(out, "naloxone"), O.order_names(out)
    assert not O.ordered(out, "buprenorphine"), O.order_names(out)

"""orders21 (issue 10): treatment orders an emergency physician would not sign.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data) and asserts a safety property of the plan:

- ATLS 10th ed. ch. 4: tension pneumothorax is a clinical diagnosis (absent breath
  sounds, tracheal shift, distended neck veins, shock): needle or finger
  decompression, then a chest drain; no pericardiocentesis without a documented
  effusion (ESC 2015 pericardial diseases);
- RCOG green-top 37b (2015): DVT in pregnancy is treated with LMWH; DOACs and warfarin
  are not used;
- KDIGO 2012 / EAU 2024 urolithiasis: no NSAID with an eGFR < 30; paracetamol and an
  opioid instead; ACR 2020 gout: a glucocorticoid or low-dose colchicine, not an
  NSAID, in advanced CKD;
- AHA 2010 drug-induced QT prolongation (Drew BJ et al.): QTc >= 500 ms, no
  QT-prolonging antiemetic;
- RCOG green-top 69 (2016) hyperemesis and NICE CG100 (alcohol-use disorders):
  thiamine before glucose in prolonged vomiting or malnutrition;
- JBDS 2022 hypoglycaemia in adults: once treatment has brought the glucose back
  above 4 mmol/L, recheck the glucose and feed; no further dextrose (met by metab21's
  glucose_corrected; kept with its guard);
- GOLD 2024: antibiotics for an exacerbation with purulent sputum;
- 2023 ACC/AHA/ACCP/HRS AF: AF of unknown duration is rate-controlled and
  anticoagulated (CHA2DS2-VASc), cardioversion only after >= 3 weeks of
  anticoagulation or a TOE.

Every scenario failed on main before the change that made it pass, except the guards
named as such and the corrected hypoglycaemia (met on main by metab21 meanwhile).
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

NSAID = (r"ketorolac", r"ibuprofen", r"naproxen", r"diclofenac", r"\bnsaid")
NON_NSAID_ANALGESIC = (
    r"paracetamol",
    r"acetaminophen",
    r"fentanyl",
    r"morphine",
    r"hydromorphone",
    r"opioid",
)
DEXTROSE = (r"dextrose", r"\bd50\b", r"\bd10\b", r"glucagon", r"glucose \d+ ?g\b")
ANTIBIOTIC = (
    r"antibiotic",
    r"amoxicillin",
    r"doxycycline",
    r"clarithromycin",
    r"co-amoxiclav",
    r"\bcef",
    r"ceph",
)


def _now(order_name: str, *words: str) -> bool:
    """Whether the order gives one of ``words`` now, not only under an 'if'."""
    m = re.search("|".join(words), order_name, re.IGNORECASE)
    return m is not None and not re.search(r"(?i)\bif\b", order_name[: m.start()])


def test_spontaneous_tension_pneumothorax_is_decompressed_not_tapped(
    reason: Reason,
) -> None:
    """ATLS 10th ed.: shock, no air entry on one side and a displaced trachea is a
    tension pneumothorax: decompress, then drain; no pericardiocentesis."""
    out = reason(
        make_case(
            "chest pain and breathlessness",
            age=29,
            sex="M",
            vitals=vitals(136, 80, 48, 34, 85),
            one_liner="29 y.o. man, sudden left chest pain while lifting, rapidly more"
            " breathless",
            ed_note="No injury. No air entry on the left side, trachea displaced to"
            " the right, JVP raised to the earlobes. Cool peripheries. Heart sounds"
            " not described.",
            case_id="o21-tension-spont",
        )
    )
    assert O.ordered(out, r"decompress", r"finger thoracostomy", r"needle")
    assert not O.ordered(out, r"pericardiocentes")


def test_tension_signs_with_raised_neck_veins_are_not_tamponade(
    reason: Reason,
) -> None:
    """ATLS 10th ed.; ESC 2015 pericardial diseases: shock with distended neck veins
    and a deviated trachea is a tension pneumothorax until shown otherwise; no
    pericardiocentesis without an effusion."""
    out = reason(
        make_case(
            "chest pain",
            age=47,
            sex="M",
            vitals=vitals(128, 78, 50, 30, 86),
            ed_note="Sudden pleuritic chest pain and breathlessness an hour ago."
            " Tracheal deviation to the right, absent breath sounds over the left"
            " lung, distended neck veins.",
            case_id="o21-tension-jvd",
        )
    )
    assert O.ordered(out, r"decompress", r"finger thoracostomy", r"needle")
    assert not O.ordered(out, r"pericardiocentes")


def test_stabbed_chest_with_tension_signs_gets_no_pericardiocentesis(
    reason: Reason,
) -> None:
    """ATLS 10th ed.: a lateral chest stab with absent breath sounds, tracheal shift
    and distended neck veins in shock is decompressed; without an effusion on eFAST
    there is no pericardiocentesis."""
    out = reason(
        make_case(
            "stab wound",
            age=24,
            sex="M",
            vitals=vitals(142, 74, 40, 36, 84),
            one_liner="24 y.o. man stabbed once in the right side of the chest",
            ed_note="Single stab wound right mid-axillary line 6th intercostal space."
            " Breath sounds are absent on the right, trachea shifted to the left,"
            " distended neck veins. Hypotensive.",
            case_id="o21-tension-stab",
        )
    )
    assert O.ordered(out, r"decompress", r"finger thoracostomy", r"needle")
    assert not O.ordered(out, r"pericardiocentes")


def test_proximal_dvt_in_pregnancy_gets_lmwh_not_a_doac(reason: Reason) -> None:
    """RCOG green-top 37b: a DVT shown on duplex at 28 weeks is treated with LMWH by
    booking weight; no DOAC, no warfarin."""
    out = reason(
        make_case(
            "leg pain",
            age=29,
            sex="F",
            vitals=vitals(88, 112, 68, 16, 99),
            one_liner="29 y.o. woman 28 weeks pregnant with a painful swollen right"
            " leg",
            ed_note="28 weeks pregnant, first pregnancy. Right thigh and calf swollen"
            " and tender for 2 days. Venous duplex: thrombus in the right common"
            " femoral vein. Booking weight 68 kg. Renal function normal.",
            case_id="o21-dvt-preg",
        )
    )
    assert O.medication_ordered(
        out, r"enoxaparin", r"low-molecular", r"\blmwh", r"dalteparin", r"tinzaparin"
    )
    assert not O.medication_ordered(
        out, r"apixaban", r"rivaroxaban", r"edoxaban", r"dabigatran", r"warfarin"
    )


def test_renal_colic_with_advanced_ckd_gets_no_nsaid(reason: Reason) -> None:
    """EAU 2024 urolithiasis and KDIGO 2012: no NSAID with an eGFR < 30; the pain is
    still treated (paracetamol, an opioid)."""
    out = reason(
        make_case(
            "flank pain",
            age=58,
            sex="F",
            vitals=vitals(98, 152, 88, 18, 98),
            one_liner="58 y.o. woman with severe right renal colic",
            ed_note="Known CKD stage 4, eGFR 19. Sudden severe right loin-to-groin"
            " colicky pain, pain 9/10, vomiting. Urine dip blood 3+. CT KUB: 4 mm"
            " right distal ureteric stone.",
            case_id="o21-colic-ckd",
        )
    )
    assert not O.medication_ordered(out, *NSAID)
    assert O.medication_ordered(out, *NON_NSAID_ANALGESIC)


def test_gout_flare_in_advanced_ckd_no_nsaid(reason: Reason) -> None:
    """ACR 2020 gout: in advanced CKD the flare is treated with a glucocorticoid (or
    low-dose colchicine), not an NSAID."""
    out = reason(
        make_case(
            "toe pain",
            age=68,
            sex="M",
            vitals=vitals(80, 138, 80, 16, 98, 37.2),
            one_liner="68 y.o. man with an acute gout flare of the left big toe",
            ed_note="Acute gout flare, left first MTP joint red, hot and swollen since"
            " yesterday, like his previous attacks. Chronic kidney disease, eGFR 21."
            " No fever.",
            case_id="o21-gout-ckd",
        )
    )
    assert not any(_now(o.name, *NSAID) for o in O.medications(out))


def test_qtc_over_500_gets_no_qt_prolonging_antiemetic(reason: Reason) -> None:
    """AHA 2010 (Drew BJ et al.): with a QTc >= 500 ms no QT-prolonging drug
    (ondansetron, droperidol, haloperidol) is given."""
    out = reason(
        make_case(
            "nausea and vomiting",
            age=51,
            sex="M",
            vitals=vitals(84, 128, 80, 16, 98),
            one_liner="51 y.o. man with 1 day of vomiting after eating out",
            ed_note="Vomiting and loose stools since last night, several others from"
            " the same meal unwell. Takes methadone. ECG: QTc 541 ms, sinus rhythm."
            " Abdomen soft. Potassium 3.3.",
            case_id="o21-qt-vomit",
        )
    )
    assert not O.medication_ordered(out, r"ondansetron", r"droperidol", r"haloperidol")


def test_hyperemesis_gets_thiamine(reason: Reason) -> None:
    """RCOG green-top 69: thiamine for every woman admitted with prolonged vomiting
    in pregnancy (Wernicke encephalopathy)."""
    out = reason(
        make_case(
            "vomiting in pregnancy",
            age=23,
            sex="F",
            vitals=vitals(108, 102, 64, 16, 99),
            one_liner="23 y.o. woman 9 weeks pregnant, vomiting for 3 weeks",
            ed_note="9 weeks pregnant, vomiting all day for 3 weeks, unable to keep"
            " fluids down, weight down 4 kg. Ketones 3+ in the urine. Glucose 3.4"
            " mmol/L.",
            case_id="o21-hyperemesis",
        )
    )
    assert O.medication_ordered(out, r"thiamine", r"pabrinex")


def test_malnourished_drinker_gets_thiamine_before_glucose(reason: Reason) -> None:
    """NICE CG100 and RCP: a dependent drinker who is malnourished gets parenteral
    thiamine, before any glucose."""
    out = reason(
        make_case(
            "weakness",
            age=58,
            sex="M",
            vitals=vitals(98, 118, 72, 16, 97),
            one_liner="58 y.o. man with alcohol dependence, not eating and weak",
            ed_note="Alcohol dependence, drinks 2 bottles of wine a day, hardly eaten"
            " for 10 days, cachectic. Alert. Blood glucose 2.7 mmol/L.",
            case_id="o21-alcohol-glucose",
        )
    )
    thiamine = O.first_index(out, r"thiamine", r"pabrinex")
    assert thiamine is not None
    glucose = O.first_index(out, *DEXTROSE)
    assert glucose is None or thiamine < glucose


def test_hypoglycaemia_already_corrected_gets_no_more_dextrose(reason: Reason) -> None:
    """JBDS 2022: the glucose is back above 4 mmol/L after treatment: recheck and
    feed, no further dextrose."""
    out = reason(
        make_case(
            "low blood sugar",
            age=62,
            sex="F",
            vitals=vitals(86, 134, 78, 16, 98),
            one_liner="62 y.o. woman on insulin, hypoglycaemic at home, treated by the"
            " ambulance crew",
            ed_note="Type 2 diabetes on insulin glargine. Found sweaty and muddled by"
            " her husband, ambulance glucose 2.2 mmol/L, given IV 10 % glucose 100 mL"
            " with recovery. In the department glucose 6.9 mmol/L, fully orientated,"
            " eating toast.",
            case_id="o21-hypo-fixed",
        )
    )
    assert not O.medication_ordered(out, *DEXTROSE)
    assert O.ordered(out, r"glucose")


def test_copd_exacerbation_with_purulent_sputum_gets_an_antibiotic(
    reason: Reason,
) -> None:
    """GOLD 2024: increased sputum purulence with more breathlessness: antibiotics."""
    out = reason(
        make_case(
            "shortness of breath",
            age=72,
            sex="F",
            vitals=vitals(104, 138, 76, 26, 88, 37.6),
            one_liner="72 y.o. woman with COPD, more breathless with purulent sputum",
            ed_note="COPD on home inhalers. 4 days of increased breathlessness and"
            " purulent sputum, more than her usual amount. Wheeze throughout. Chest"
            " x-ray: no consolidation.",
            case_id="o21-copd-abx",
        )
    )
    assert O.medication_ordered(out, *ANTIBIOTIC)


def test_af_of_unknown_duration_gets_an_anticoagulation_plan(reason: Reason) -> None:
    """2023 ACC/AHA/ACCP/HRS AF: AF of unknown onset: rate control and
    anticoagulation by CHA2DS2-VASc; no cardioversion without >= 3 weeks of
    anticoagulation or a TOE."""
    out = reason(
        make_case(
            "irregular heartbeat",
            age=76,
            sex="M",
            vitals=vitals(128, 138, 84, 18, 97),
            one_liner="76 y.o. man with an irregular pulse found at his GP, onset"
            " unknown",
            ed_note="Hypertension and previous TIA. Tired for a week, unsure when the"
            " palpitations started. ECG: atrial fibrillation 128/min. Not on"
            " anticoagulation. Haemodynamically stable.",
            case_id="o21-af-unknown",
        )
    )
    assert O.ordered(
        out, r"anticoagula", r"apixaban", r"rivaroxaban", r"\bdoac", r"cha2ds2"
    )
    assert not any(
        _now(o.name, r"cardioversion") and not re.search(r"(?i)toe|3 weeks", o.name)
        for o in O.orders(out)
    )


def test_guard_hypoglycaemia_still_low_after_treatment_gets_dextrose(
    reason: Reason,
) -> None:
    """Guard (JBDS 2022): treated but still below 4 mmol/L, the glucose is treated
    again; the corrected-glucose gate must not withhold it."""
    out = reason(
        make_case(
            "low blood sugar",
            age=70,
            sex="M",
            vitals=vitals(90, 130, 76, 16, 98),
            one_liner="70 y.o. man on gliclazide, drowsy with a low glucose",
            ed_note="Type 2 diabetes on gliclazide. Drowsy at home, glucose 1.8"
            " mmol/L, given glucagon 1 mg IM by the ambulance crew. On arrival still"
            " drowsy, glucose 2.9 mmol/L.",
            case_id="o21-hypo-still-low",
        )
    )
    assert O.medication_ordered(out, *DEXTROSE)


LYTIC = (r"alteplase", r"tenecteplase", r"thromboly")


def _lytic_blocks(out: object) -> list[tuple[str, str]]:
    result = O.treatment(out)  # type: ignore[arg-type]
    return [
        (b.gate, b.reason)
        for b in (result.blocked if result else ())
        if re.search("|".join(LYTIC), b.order.name, re.IGNORECASE)
    ]


def test_stroke_noticed_on_waking_lytic_blocked_for_the_window_not_bp(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.5.1: a deficit noticed on waking has no known onset; IV lysis
    only with an MRI DWI-FLAIR mismatch. The block is the window, so no BP lowering
    to the lysis ceiling (permissive BP up to 220/120 without reperfusion)."""
    out = reason(
        make_case(
            "left sided weakness",
            age=74,
            sex="F",
            vitals=vitals(86, 194, 102, 16, 97),
            one_liner="74 y.o. woman who woke with left arm and leg weakness",
            ed_note="Went to sleep normal, woke up with a weak left arm and leg and"
            " slurred speech; time of onset unknown. NIHSS 10. Non-contrast CT brain:"
            " no haemorrhage.",
            case_id="o21-wakeup-bp",
        )
    )
    assert not O.medication_ordered(out, *LYTIC)
    blocks = _lytic_blocks(out)
    assert blocks and all(gate == "time_window" for gate, _ in blocks)
    assert not any(
        O.mentions(o, (r"labetalol", r"nicardipine")) and "185" in o.name
        for o in O.medications(out)
    )


def test_stroke_found_hours_after_last_seen_normal_gets_no_lytic(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: alteplase within 4.5 h of last known well; seen normal at
    10 pm and found with the deficit at 6 am is outside the window."""
    out = reason(
        make_case(
            "stroke",
            age=69,
            sex="M",
            vitals=vitals(78, 168, 90, 16, 97),
            one_liner="69 y.o. man with right arm weakness and aphasia",
            ed_note="His daughter found him at 6 am with a right facial droop and a"
            " weak right arm, unable to speak; he was last seen normal at 10 pm."
            " NIHSS 11. CT head: no haemorrhage.",
            case_id="o21-lkw-clock",
        )
    )
    assert not any(_now(o.name, *LYTIC) for o in O.medications(out))


def test_thyroid_storm_without_infection_gets_no_sepsis_antibiotics(
    reason: Reason,
) -> None:
    """JTA 2016 thyroid storm; SSC 2021: fever and tachycardia of a thyroid storm
    with no clue to infection are not sepsis: no empirical sepsis antibiotics."""
    out = reason(
        make_case(
            "agitation",
            age=44,
            sex="F",
            vitals=vitals(152, 132, 64, 26, 96, 39.7),
            one_liner="44 y.o. woman with Graves disease off treatment, febrile and"
            " agitated",
            ed_note="Graves disease, stopped her carbimazole. Sweating, tremor,"
            " diarrhoea, agitated. TSH < 0.01, free T4 76 pmol/L. Thyroid storm"
            " (Burch-Wartofsky 65). Chest clear, urine dip negative, no wounds, no"
            " rash. Lactate 2.2.",
            case_id="o21-storm-abx",
        )
    )
    assert O.medication_ordered(out, r"propranolol", r"beta-?blocker")
    assert not any(
        o.for_diagnosis and re.search(r"(?i)sepsis", o.for_diagnosis)
        for o in O.medications(out)
    )

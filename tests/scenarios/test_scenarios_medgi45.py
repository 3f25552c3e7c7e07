"""medgi45 (issue 10): a spurious potassium, an acute hepatitis A, iron deficiency,
insulin overdose, a CT's sigmoid volvulus, a glucose as the abnormal result and a
hypertriglyceridaemic pancreatitis.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main 9793a369 before its
fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- potassium -----------------------------------------------------------------------


def test_a_high_potassium_a_prompt_repeat_shows_spurious_is_not_treated(
    reason: Reason,
) -> None:
    """UK Kidney Association 2023: a high potassium on a delayed sample is
    pseudohyperkalaemia until repeated; a repeat in range, untreated between,
    excludes hyperkalaemia: no insulin-glucose, no salbutamol, no hyperkalaemia
    code, no intensive care."""
    out = reason(
        make_case(
            "abnormal lab",
            age=58,
            sex="F",
            vitals=vitals(72, 134, 80, 14, 98, 36.6),
            one_liner="58F referred by her GP with a potassium of 6.7",
            ed_note="58-year-old woman referred because the surgery's sample, taken "
            "on Friday afternoon and analysed on Monday, showed potassium 6.7 mmol/L. "
            "She is well. Not on ACE inhibitors or spironolactone. ECG normal. Repeat "
            "potassium on arrival 4.6 mmol/L; creatinine normal.",
        )
    )
    assert not O.medication_ordered(out, r"insulin"), O.orders(out)
    assert not O.medication_ordered(out, r"salbutamol|albuterol"), O.orders(out)
    assert not _code(out).startswith("E87.5"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).admit_level != "icu", O.disposition(out)


def test_a_treated_hyperkalaemia_that_fell_stays_hyperkalaemia_guard(
    reason: Reason,
) -> None:
    """Guard. UKKA 2023: a potassium that falls after calcium, insulin-glucose and
    salbutamol was real; the fall is the treatment's, not a spurious sample's."""
    out = reason(
        make_case(
            "weakness",
            age=77,
            sex="M",
            vitals=vitals(52, 118, 70, 16, 97, 36.5),
            one_liner="77M with kidney disease, weak, potassium 7.1",
            ed_note="77-year-old man with chronic kidney disease on ramipril and "
            "spironolactone. Weak for two days. Potassium 7.1 mmol/L, ECG peaked T "
            "waves. Given calcium gluconate, insulin with dextrose and nebulised "
            "salbutamol; repeat potassium 5.4 mmol/L.",
        )
    )
    assert _code(out).startswith("E87.5"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


# ---- liver ---------------------------------------------------------------------------


def test_acute_hepatitis_a_without_liver_failure_gets_no_acetylcysteine(
    reason: Reason,
) -> None:
    """UKHSA 2017 hepatitis A; Lee WM et al. AASLD 2011 (liver failure is an INR
    >= 1.5 with encephalopathy). A traveller's hepatitis A, alert, INR normal and the
    paracetamol level undetectable: no acetylcysteine, no self-harm assessment, no
    hepatic encephalopathy; coded B15 and sent home with follow-up."""
    out = reason(
        make_case(
            "jaundice",
            age=31,
            sex="F",
            vitals=vitals(80, 120, 74, 14, 99, 37.4),
            one_liner="31F yellow eyes after a trip abroad",
            ed_note="31-year-old woman back from a month abroad two weeks ago. A week "
            "of nausea, dark urine and now yellow eyes. Alert and orientated, eating. "
            "ALT 1850, bilirubin 88, INR 1.0. Hepatitis A IgM positive. Paracetamol "
            "level undetectable.",
        )
    )
    assert not O.medication_ordered(out, r"acetylcysteine|\bnac\b"), O.orders(out)
    assert not O.ordered(out, r"psychosocial|suicide"), O.orders(out)
    assert not O.ordered(out, r"lactulose|rifaximin"), O.orders(out)
    assert _code(out).startswith("B15"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_staggered_paracetamol_with_a_raised_alt_still_gets_acetylcysteine_guard(
    reason: Reason,
) -> None:
    """Guard. Chiew AL et al. Med J Aust 2020 / UK CHM 2012: a staggered overdose
    with a raised ALT needs acetylcysteine whatever the level, an undetectable one
    included."""
    out = reason(
        make_case(
            "overdose",
            age=40,
            sex="M",
            vitals=vitals(92, 128, 78, 16, 98, 36.8),
            one_liner="40M took extra paracetamol over four days for back pain",
            ed_note="40-year-old man took about 8 g of paracetamol a day over the last "
            "four days for back pain. Nausea. ALT 1400. Paracetamol level "
            "undetectable. INR 1.3.",
        )
    )
    assert O.medication_ordered(out, r"acetylcysteine"), O.orders(out)


# ---- iron deficiency -----------------------------------------------------------------


def test_iron_deficiency_anaemia_in_an_older_man_is_investigated(
    reason: Reason,
) -> None:
    """Snook J et al. BSG 2021 iron deficiency anaemia; NICE NG12: iron deficiency
    in a man is GI blood loss until bidirectional endoscopy says otherwise; oral iron;
    no transfusion while stable. Coded D50, not anaemia unspecified."""
    out = reason(
        make_case(
            "weakness",
            age=74,
            sex="M",
            vitals=vitals(84, 136, 78, 16, 98, 36.7),
            one_liner="74M tired for two months, haemoglobin 9.6",
            ed_note="74-year-old man tired and breathless on stairs for two months. No "
            "melaena, no rectal bleeding. Haemoglobin 9.6 g/dL, MCV 69, ferritin 7 "
            "ug/L. Observations normal.",
        )
    )
    assert _code(out).startswith("D50"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"colonoscopy|endoscop"), O.orders(out)
    assert O.medication_ordered(out, r"\biron\b|ferrous"), O.orders(out)


# ---- insulin overdose ----------------------------------------------------------------


def test_a_large_insulin_overdose_gets_a_dextrose_infusion(reason: Reason) -> None:
    """Goldfrank's 11th ed. ch. 47; Johansen NJ, Christensen MB 2018: a large
    long-acting insulin overdose releases from the depot for days: continuous IV
    dextrose, hourly glucose and potassium, admission; coded T38.3X2A with intent
    (ICD-10-CM I.C.19.e.5.b)."""
    out = reason(
        make_case(
            "overdose",
            age=41,
            sex="M",
            vitals=vitals(98, 130, 80, 16, 98, 36.6),
            one_liner="41M injected his insulin detemir to harm himself",
            ed_note="41-year-old man with type 2 diabetes injected 240 units of "
            "insulin detemir an hour ago because he wanted to die. Glucose 4.2 "
            "mmol/L, alert.",
        )
    )
    assert O.medication_ordered(out, r"dextrose|glucose"), O.orders(out)
    assert O.ordered(out, r"infusion"), O.orders(out)
    assert _code(out).startswith("T38.3X2"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_diabetic_on_usual_insulin_with_a_paracetamol_overdose_guard(
    reason: Reason,
) -> None:
    """Guard. ICD-10-CM Table of Drugs: the overdose is of paracetamol (T39.1-); a
    usual nightly insulin dose is no insulin overdose."""
    out = reason(
        make_case(
            "overdose",
            age=26,
            sex="F",
            vitals=vitals(90, 122, 76, 16, 99, 36.7),
            one_liner="26F took 30 paracetamol tablets 5 hours ago",
            ed_note="26-year-old woman with type 1 diabetes on 22 units of insulin "
            "glargine at night took thirty 500 mg paracetamol tablets five hours ago "
            "after a row. Glucose 7.8 mmol/L.",
        )
    )
    assert not _code(out).startswith("T38.3"), (_code(out), out.final.diagnosis_name)


# ---- bowel, glucose, pancreas --------------------------------------------------------


def test_a_ct_reported_sigmoid_volvulus_is_coded_and_decompressed(
    reason: Reason,
) -> None:
    """Alavi K et al. ASCRS 2021 colonic volvulus: CT confirms it; endoscopic
    detorsion first without ischaemia or perforation. Not 'constipation'."""
    out = reason(
        make_case(
            "abdominal pain",
            age=79,
            sex="F",
            vitals=vitals(94, 128, 74, 18, 97, 36.8),
            one_liner="79F distended abdomen, no bowels open for 3 days",
            ed_note="79-year-old woman with long-standing constipation. Three days of "
            "increasing distension and no flatus. Abdomen distended and tympanic, not "
            "peritonitic. CT: sigmoid volvulus, no features of ischaemia.",
        )
    )
    assert _code(out).startswith("K56.2"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"detorsion|sigmoidoscopy"), O.orders(out)


def test_a_new_high_glucose_without_a_crisis_is_named_and_sent_home(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024 section 2 and 16: a raised glucose without ketosis
    or hyperosmolality in a well adult is diabetes to start treating, not an
    anaemia; no insulin infusion, follow-up within days."""
    out = reason(
        make_case(
            "abnormal lab",
            age=57,
            sex="F",
            vitals=vitals(80, 138, 84, 14, 98, 36.6),
            one_liner="57F glucose 21 on bloods, thirsty",
            ed_note="57-year-old woman with a month of thirst and polyuria; her GP "
            "found glucose 21.2 mmol/L. Ketones 0.3 mmol/L, venous pH 7.39, "
            "bicarbonate 26. Eating and drinking normally.",
        )
    )
    assert _code(out).startswith(("E11.65", "R73")), (
        _code(out),
        out.final.diagnosis_name,
    )
    assert not O.medication_ordered(out, r"insulin infusion|fixed-rate"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_hypertriglyceridaemic_pancreatitis_gets_insulin_and_its_code(
    reason: Reason,
) -> None:
    """Tenner S et al. ACG 2024 (triglycerides > 1000 mg/dL cause pancreatitis);
    Scherer J et al. 2014: an insulin infusion lowers them; ICD-10-CM K85.80."""
    out = reason(
        make_case(
            "abdominal pain",
            age=44,
            sex="F",
            vitals=vitals(104, 132, 80, 18, 97, 37.3),
            one_liner="44F epigastric pain to the back, lipase 1200",
            ed_note="44-year-old woman with severe epigastric pain radiating to the "
            "back and vomiting since last night. Lipase 1200 U/L, triglycerides "
            "2150 mg/dL, glucose 14 mmol/L. Ultrasound: no gallstones. Does not "
            "drink alcohol.",
        )
    )
    assert _code(out).startswith("K85.8"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"insulin"), O.orders(out)


def test_gallstone_pancreatitis_with_normal_triglycerides_keeps_its_code_guard(
    reason: Reason,
) -> None:
    """Guard. ICD-10-CM K85.1-: gallstones named by the work-up are the cause; a
    normal triglyceride starts no insulin."""
    out = reason(
        make_case(
            "abdominal pain",
            age=63,
            sex="F",
            vitals=vitals(98, 134, 82, 18, 97, 37.2),
            one_liner="63F epigastric pain, lipase 2400, gallstones",
            ed_note="63-year-old woman with epigastric pain to the back and vomiting. "
            "Lipase 2400 U/L, triglycerides 1.6 mmol/L. Ultrasound: gallstones, bile "
            "duct 5 mm.",
        )
    )
    assert _code(out).startswith("K85.1"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, r"insulin"), O.orders(out)

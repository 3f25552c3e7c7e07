"""medgi46 (issue 10): HHS by its osmolality, a microcytic anaemia's investigation,
the abnormal-lab complaint's result, tense ascites, NSAID dyspepsia, a new diabetes,
and a bare low magnesium beside hypocalcaemia.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main f8ebf5cd before its
fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- hyperglycaemic crises -----------------------------------------------------------


def test_hhs_by_glucose_and_osmolality_under_weakness_gets_the_hhs_regimen(
    reason: Reason,
) -> None:
    """JBDS-IP 2022 HHS (Mustafa OG et al. Diabet Med 2023;40:e15005); Umpierrez GE
    et al. ADA 2024: a glucose >= 30 mmol/L with an osmolality > 320 mOsm/kg and no
    significant ketoacidosis is HHS: 0.9 % saline titrated to the osmolality, insulin
    only once the glucose stops falling, thromboprophylaxis, a monitored bed."""
    out = reason(
        make_case(
            "weakness",
            age=81,
            sex="F",
            vitals=vitals(104, 108, 62, 20, 96, 37.3),
            one_liner="81F increasingly weak and sleepy for three days",
            ed_note="81-year-old woman with type 2 diabetes on gliclazide, a urine "
            "infection last week, drinking little. Sleepy but rousable, dry tongue. "
            "Glucose 41 mmol/L, serum osmolality 352 mOsm/kg, blood ketones 0.8, "
            "venous pH 7.35, sodium 151, creatinine 188 umol/L (baseline 90).",
        )
    )
    assert "hyperosmolar" in O.working(out) or _code(out).startswith("E11.0"), (
        O.working(out),
        _code(out),
    )
    assert O.ordered(out, r"osmolality"), O.orders(out)
    assert O.medication_ordered(out, r"low-molecular-weight heparin"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_dka_with_a_high_osmolality_stays_dka_guard(reason: Reason) -> None:
    """Guard. Umpierrez GE et al. ADA 2024: ketoacidosis (pH < 7.30, ketones >= 3)
    with hyperglycaemia is DKA, treated with the fixed-rate insulin infusion, even
    with a raised osmolality."""
    out = reason(
        make_case(
            "vomiting",
            age=24,
            sex="M",
            vitals=vitals(124, 106, 64, 30, 98, 36.9),
            one_liner="24M type 1 diabetes, vomiting, breathing deeply",
            ed_note="24-year-old man with type 1 diabetes, missed insulin for two "
            "days, vomiting. Kussmaul breathing. Glucose 36 mmol/L, ketones 6.4, "
            "venous pH 7.08, bicarbonate 6, serum osmolality 326, potassium 4.9.",
        )
    )
    assert _code(out).startswith("E10.1"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"insulin infusion 0\.1"), O.orders(out)


# ---- anaemia -------------------------------------------------------------------------


def test_microcytic_anaemia_in_an_older_man_gets_its_gi_investigation(
    reason: Reason,
) -> None:
    """Snook J et al. BSG 2021 iron deficiency anaemia (Gut 2021;70:2030); NICE NG12:
    a microcytic anaemia is iron deficiency until the ferritin says otherwise, and
    iron deficiency in a man is GI blood loss until gastroscopy and colonoscopy say
    otherwise: the plan names the ferritin and the endoscopy pathway."""
    out = reason(
        make_case(
            "fatigue",
            age=74,
            sex="M",
            vitals=vitals(92, 126, 72, 16, 98, 36.7),
            one_liner="74M two months of tiredness, Hb 81, MCV 69",
            ed_note="74-year-old man, two months of tiredness and breathlessness on "
            "hills. No black stools or vomiting of blood noticed. Not on "
            "anticoagulants. Hb 81 g/L, MCV 69 fL, platelets 398. No chest pain.",
        )
    )
    assert O.ordered(out, r"colonoscopy"), O.orders(out)
    assert O.ordered(out, r"ferritin"), O.orders(out)


# ---- the abnormal-lab complaint ------------------------------------------------------


def test_mild_hyponatraemia_sent_in_is_no_diabetes_and_goes_home(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014 (Eur J Endocrinol 2014;170:G1): a chronic mild
    hyponatraemia without symptoms is treated by its cause (the thiazide stopped)
    and rechecked; no hypertonic saline, no admission. The sodium sent in is the
    visit's reason (CEDIS 'abnormal lab values'): not a diabetes with no glucose."""
    out = reason(
        make_case(
            "abnormal lab",
            age=79,
            sex="M",
            vitals=vitals(70, 146, 82, 14, 97, 36.5),
            one_liner="79M sodium 132 on routine bloods, on bendroflumethiazide",
            ed_note="79-year-old man sent in by his GP because routine bloods showed "
            "sodium 132 mmol/L. Takes bendroflumethiazide for blood pressure. No "
            "headache, no confusion, no vomiting, no falls. Eating and drinking.",
        )
    )
    assert "diabetes" not in O.working(out), O.working(out)
    assert _code(out).startswith("E87.1"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, r"3 ?% (?:hypertonic )?saline"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_mild_asymptomatic_hypercalcaemia_sent_in_goes_home(reason: Reason) -> None:
    """Walsh J et al. Society for Endocrinology 2016 emergency guidance (Endocr
    Connect 2016;5:G9): an adjusted calcium below 3.0 mmol/L without symptoms needs
    no urgent correction; PTH as an outpatient; no bisphosphonate."""
    out = reason(
        make_case(
            "abnormal lab",
            age=63,
            sex="F",
            vitals=vitals(74, 138, 80, 14, 98, 36.6),
            one_liner="63F calcium 2.78 on routine bloods, well",
            ed_note="63-year-old woman referred with an adjusted calcium of 2.78 "
            "mmol/L on routine bloods. No thirst, no confusion, no vomiting, no "
            "abdominal pain. Creatinine normal. No history of cancer.",
        )
    )
    assert "diabetes" not in O.working(out), O.working(out)
    assert _code(out).startswith("E83.52"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, r"zoledron"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_symptomatic_hypercalcaemia_sent_in_is_admitted_guard(reason: Reason) -> None:
    """Guard. Society for Endocrinology 2016: a calcium of 3.4 mmol/L with confusion
    and vomiting is treated now (IV saline) in hospital."""
    out = reason(
        make_case(
            "abnormal lab",
            age=71,
            sex="M",
            vitals=vitals(98, 112, 66, 18, 97, 36.9),
            one_liner="71M myeloma, calcium 3.4, confused and vomiting",
            ed_note="71-year-old man with myeloma sent in with an adjusted calcium of "
            "3.4 mmol/L. Confused and vomiting for two days, creatinine 164.",
        )
    )
    assert _code(out).startswith("E83.52"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"saline"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_confused_hyponatraemia_is_not_sent_home_guard(reason: Reason) -> None:
    """Guard. ESE 2014: a sodium of 122 with confusion (moderately severe symptoms)
    is treated in hospital."""
    out = reason(
        make_case(
            "abnormal lab",
            age=84,
            sex="F",
            vitals=vitals(84, 132, 74, 16, 96, 36.6),
            one_liner="84F sodium 122, muddled",
            ed_note="84-year-old woman sent in with sodium 122 mmol/L; her daughter "
            "says she has been confused for two days. On citalopram.",
        )
    )
    assert _code(out).startswith("E87.1"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


# ---- liver and gut -------------------------------------------------------------------


def test_tense_cirrhotic_ascites_gets_a_large_volume_paracentesis(
    reason: Reason,
) -> None:
    """EASL 2018 decompensated cirrhosis (J Hepatol 2018;69:406); Aithal GP et al.
    BSG 2021 ascites: grade 3 (tense) ascites is treated by large-volume paracentesis
    with albumin 8 g per litre removed."""
    out = reason(
        make_case(
            "abdominal distension",
            age=63,
            sex="M",
            vitals=vitals(86, 114, 70, 18, 97, 36.8),
            one_liner="63M alcohol cirrhosis, belly tight and swollen",
            ed_note="63-year-old man with alcohol-related cirrhosis, known ascites on "
            "spironolactone. Three weeks of increasing girth, abdomen distended and "
            "tense with shifting dullness. No fever, no confusion, no pain.",
        )
    )
    assert O.ordered(out, r"large-volume paracentesis"), O.orders(out)


def test_a_tense_peritonitic_abdomen_gets_no_paracentesis_guard(
    reason: Reason,
) -> None:
    """Guard. Tarasconi A et al. WSES 2020: a tense, rigid abdomen with free air is
    a perforation for the surgeon, not ascites to drain."""
    out = reason(
        make_case(
            "abdominal pain",
            age=59,
            sex="M",
            vitals=vitals(114, 108, 66, 22, 97, 37.8),
            one_liner="59M sudden epigastric pain, free air",
            ed_note="59-year-old man with sudden severe epigastric pain three hours "
            "ago. Abdomen tense and rigid with guarding. Erect chest X-ray: free air "
            "under the diaphragm.",
        )
    )
    assert not O.ordered(out, r"large-volume paracentesis"), O.orders(out)


def test_nsaid_dyspepsia_gets_a_ppi_and_the_nsaid_stopped(reason: Reason) -> None:
    """NICE CG184 (2014, 2019) 1.2 and 1.6: dyspepsia in a patient taking an NSAID:
    stop the NSAID (or the lowest dose), full-dose PPI for 4-8 weeks, test for H.
    pylori; endoscopy only for alarm features."""
    out = reason(
        make_case(
            "abdominal pain",
            age=38,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99, 36.7),
            one_liner="38F burning epigastric pain after meals, takes ibuprofen daily",
            ed_note="38-year-old woman with a month of burning epigastric pain after "
            "meals. Takes ibuprofen 400 mg three times daily for back pain. No "
            "vomiting, no weight loss, no black stools, no dysphagia. Soft abdomen, "
            "mild epigastric tenderness.",
        )
    )
    assert O.medication_ordered(out, r"stop the NSAID"), O.orders(out)
    assert O.medication_ordered(out, r"\bPPI\b|omeprazole|lansoprazole"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_dyspepsia_without_an_nsaid_names_no_nsaid_to_stop_guard(
    reason: Reason,
) -> None:
    """Guard. NICE CG184: without an NSAID there is none to stop."""
    out = reason(
        make_case(
            "abdominal pain",
            age=29,
            sex="M",
            vitals=vitals(72, 124, 78, 14, 99, 36.6),
            one_liner="29M epigastric burning after meals, no medicines",
            ed_note="29-year-old man with two weeks of epigastric burning after meals. "
            "Takes no regular medicines. No vomiting, no weight loss, no black stools.",
        )
    )
    assert not O.medication_ordered(out, r"stop the NSAID"), O.orders(out)


# ---- diabetes, calcium and magnesium -------------------------------------------------


def test_a_new_diabetes_is_not_told_to_restart_its_usual_treatment(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024 sections 2 and 9; NICE NG28 1.6: a new
    hyperglycaemia without a crisis is confirmed (HbA1c) and treated as a new
    diabetes with education and early review; there is no usual treatment."""
    out = reason(
        make_case(
            "hyperglycemia",
            age=55,
            sex="M",
            vitals=vitals(82, 140, 86, 14, 98, 36.6),
            one_liner="55M thirsty, glucose 20, no ketones, well",
            ed_note="55-year-old man with no known diabetes, three weeks of thirst and "
            "passing urine often. Glucose 20.2 mmol/L, ketones 0.2, venous pH 7.39. "
            "Eating and drinking, well.",
        )
    )
    assert not O.ordered(out, r"restart or adjust the usual"), O.orders(out)
    assert O.ordered(out, r"HbA1c"), O.orders(out)


def test_a_known_diabetic_is_told_to_restart_the_usual_treatment_guard(
    reason: Reason,
) -> None:
    """Guard. ADA Standards of Care 2024 section 16: a known diabetic's
    hyperglycaemia without a crisis, missed doses: restart the usual treatment."""
    out = reason(
        make_case(
            "hyperglycemia",
            age=61,
            sex="F",
            vitals=vitals(84, 142, 84, 14, 98, 36.7),
            one_liner="61F type 2 diabetes, ran out of metformin, glucose 18",
            ed_note="61-year-old woman with type 2 diabetes who ran out of metformin a "
            "week ago. Glucose 18.1 mmol/L, ketones 0.3. Well, eating and drinking.",
        )
    )
    assert O.ordered(out, r"restart or adjust the usual"), O.orders(out)


def test_a_bare_low_magnesium_beside_hypocalcaemia_is_replaced(
    reason: Reason,
) -> None:
    """Turner J et al. Society for Endocrinology 2016 acute hypocalcaemia (Endocr
    Connect 2016;5:G7): calcium does not correct while the magnesium is low; a bare
    'magnesium 0.58' is low whether read in mmol/L or mg/dL."""
    out = reason(
        make_case(
            "numbness",
            age=48,
            sex="F",
            vitals=vitals(90, 126, 76, 16, 99, 36.8),
            one_liner="48F tingling lips and hand cramps after thyroid surgery",
            ed_note="48-year-old woman three days after a total thyroidectomy. "
            "Perioral tingling, carpopedal spasm. Adjusted calcium 1.74 mmol/L, "
            "magnesium 0.58. ECG QTc 488 ms.",
        )
    )
    assert O.medication_ordered(out, r"magnesium"), O.orders(out)

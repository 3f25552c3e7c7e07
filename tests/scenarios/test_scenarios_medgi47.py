"""medgi47 (issue 10): an insulin overdose named as what is treated, an NSAID user's
perforated ulcer, severe DKA's basal insulin and dextrose, gallstone pancreatitis'
cholecystectomy, acute retention's alpha blocker and trial without catheter, mild
hyponatraemia without correction monitoring, a settled right upper quadrant pain's
ultrasound, and ITP's corticosteroid.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main ce7da4a3 before its
fix; the guards (named so) hold on both.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- poisoning and perforation ------------------------------------------------------


def test_insulin_overdose_is_worked_as_the_poisoning(reason: Reason) -> None:
    """Goldfrank's Toxicologic Emergencies 11th ed. ch. 47; ICD-10-CM I.C.19.e.5.b and
    I.A.13: an intentional insulin overdose is the poisoning, its hypoglycaemia the
    manifestation: the overdose is what is worked and treated (a dextrose infusion
    for the depot's duration, the self-harm assessment), not 'diabetes with
    hypoglycaemia'."""
    out = reason(
        make_case(
            "overdose",
            age=61,
            sex="M",
            vitals=vitals(98, 136, 82, 16, 97, 36.4),
            one_liner="61M with diabetes, drowsy, low sugar after an insulin overdose",
            ed_note="61-year-old man with type 2 diabetes on insulin who injected "
            "250 units of his insulin degludec this afternoon because he wanted to "
            "end his life. Clammy and slow to answer, capillary glucose 2.0 mmol/L, "
            "better after IV glucose.",
        )
    )
    assert "poisoning" in O.working(out), O.working(out)
    assert O.medication_ordered(out, r"dextrose infusion"), O.orders(out)
    assert _code(out).startswith("T38.3X2"), _code(out)


def test_free_air_after_epigastric_pain_on_an_nsaid_is_a_perforated_ulcer(
    reason: Reason,
) -> None:
    """Tarasconi A et al. WSES 2020 perforated peptic ulcer (World J Emerg Surg
    2020;15:3): NSAIDs are a leading cause; free air after a sudden epigastric pain in
    an NSAID user is a perforated peptic ulcer (K25-K27 .5; K63.1 excludes it), the
    NSAID stopped for good and H. pylori sought."""
    out = reason(
        make_case(
            "abdominal pain",
            age=66,
            sex="M",
            vitals=vitals(118, 110, 68, 24, 96, 37.6),
            one_liner="66M sudden epigastric pain, rigid abdomen",
            ed_note="66-year-old man taking naproxen for gout for three weeks. "
            "Sudden severe epigastric pain four hours ago, now all over the abdomen. "
            "Board-like rigidity with guarding and rebound. CT abdomen: free "
            "intraperitoneal air.",
        )
    )
    assert re.match(r"K2[567]\.5", _code(out)), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"stop the non-steroidal"), O.orders(out)
    assert O.medication_ordered(out, r"morphine|fentanyl|paracetamol"), O.orders(out)
    assert O.ordered(out, r"general surgery"), O.orders(out)


def test_free_air_with_left_iliac_fossa_pain_without_nsaid_is_no_ulcer_guard(
    reason: Reason,
) -> None:
    """Guard. WSES 2020 (Sartelli M et al.): free air with left iliac fossa pain and
    known diverticular disease, no NSAID, is no peptic ulcer: not coded K25-K27."""
    out = reason(
        make_case(
            "abdominal pain",
            age=73,
            sex="F",
            vitals=vitals(112, 118, 70, 22, 96, 38.2),
            one_liner="73F left iliac fossa pain, fever, free air",
            ed_note="73-year-old woman with known diverticular disease. Two days of "
            "left iliac fossa pain, fever. Guarding in the left iliac fossa. CT: free "
            "air and sigmoid diverticulitis.",
        )
    )
    assert not re.match(r"K2[567]\.", _code(out)), _code(out)


# ---- diabetes ------------------------------------------------------------------------


def test_severe_dka_on_basal_insulin_keeps_it_and_adds_glucose_below_14(
    reason: Reason,
) -> None:
    """JBDS-IP 2023 DKA (Dhatariya KK et al.); Umpierrez GE et al. ADA 2024
    hyperglycaemic crises: continue the usual long-acting insulin during the
    fixed-rate infusion, and add 10 % glucose once the glucose falls below 14 mmol/L
    (250 mg/dL) with the infusion kept running until the ketones clear."""
    out = reason(
        make_case(
            "vomiting",
            age=33,
            sex="F",
            vitals=vitals(126, 100, 60, 30, 98, 37.0),
            one_liner="33F type 1 diabetes, vomiting, deep breathing",
            ed_note="33-year-old woman with type 1 diabetes on insulin detemir and "
            "aspart, a day of vomiting, has not eaten. Kussmaul breathing. Glucose 27 "
            "mmol/L, blood ketones 6.1, venous pH 6.99, bicarbonate 5, potassium 4.6.",
        )
    )
    assert _code(out).startswith("E10.1"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"continue the usual long-acting"), O.orders(out)
    assert O.medication_ordered(out, r"10 % glucose.*below 14"), O.orders(out)


def test_dka_at_a_new_diagnosis_continues_no_basal_insulin_guard(
    reason: Reason,
) -> None:
    """Guard. JBDS-IP 2023: the long-acting insulin continued is the patient's usual
    one: a first presentation of diabetes in DKA has none to continue (the infusion
    and fluids as usual)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=22,
            sex="M",
            vitals=vitals(120, 112, 66, 28, 99, 36.9),
            one_liner="22M thirsty for weeks, vomiting, no known diabetes",
            ed_note="22-year-old man with no past medical history. Three weeks of "
            "thirst and weight loss, vomiting today. Glucose 29 mmol/L, blood "
            "ketones 5.2, venous pH 7.14, bicarbonate 9.",
        )
    )
    assert O.medication_ordered(out, r"insulin infusion"), O.orders(out)
    assert not O.ordered(out, r"continue the usual long-acting"), O.orders(out)


def test_euglycaemic_dka_on_sglt2_gets_dextrose_from_the_start_guard(
    reason: Reason,
) -> None:
    """Guard. JBDS-IP 2023 / ADA 2024: euglycaemic DKA on an SGLT2 inhibitor needs
    dextrose with the insulin from the start and the inhibitor stopped."""
    out = reason(
        make_case(
            "vomiting",
            age=58,
            sex="F",
            vitals=vitals(110, 120, 74, 26, 98, 36.8),
            one_liner="58F type 2 diabetes on empagliflozin, vomiting",
            ed_note="58-year-old woman with type 2 diabetes on metformin and "
            "empagliflozin, two days of vomiting. Glucose 10.4 mmol/L, blood ketones "
            "5.0, venous pH 7.15, bicarbonate 10.",
        )
    )
    assert O.medication_ordered(out, r"from the start"), O.orders(out)


# ---- pancreas, gallbladder ----------------------------------------------------------


def test_mild_gallstone_pancreatitis_is_referred_for_same_admission_cholecystectomy(
    reason: Reason,
) -> None:
    """Tenner S et al. ACG 2024 acute pancreatitis (Am J Gastroenterol 2024;119:419);
    NICE NG104 2018 1.3.1; PONCHO (Da Costa DW et al. Lancet 2015): mild gallstone
    pancreatitis has its cholecystectomy during the same admission."""
    out = reason(
        make_case(
            "abdominal pain",
            age=48,
            sex="F",
            vitals=vitals(92, 134, 80, 18, 98, 37.2),
            one_liner="48F epigastric pain through to the back, vomiting",
            ed_note="48-year-old woman with epigastric pain boring into the back since "
            "the early morning. Lipase 2100 U/L. Ultrasound: gallstones in the "
            "gallbladder, bile duct not dilated. Creatinine normal, no organ failure.",
        )
    )
    assert _code(out).startswith("K85.1"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"cholecystectomy during this admission"), O.orders(out)


def test_settled_right_upper_quadrant_pain_without_a_scan_gets_an_ultrasound(
    reason: Reason,
) -> None:
    """ACR Appropriateness Criteria Right Upper Quadrant Pain 2022; NICE CG188 2014
    1.1.1: suspected gallstone disease is imaged by ultrasound, a settled episode as
    an early scan; no antibiotic without cholecystitis."""
    out = reason(
        make_case(
            "abdominal pain",
            age=36,
            sex="F",
            vitals=vitals(74, 122, 76, 14, 99, 36.6),
            one_liner="36F right upper quadrant pain last night, settled",
            ed_note="36-year-old woman who had three hours of right upper quadrant "
            "pain last night after a large meal. Settled by the morning, now eating "
            "and comfortable. Afebrile, Murphy sign negative, white count, CRP and "
            "liver tests normal. Not yet scanned.",
        )
    )
    assert O.ordered(out, r"right upper quadrant ultrasound"), O.orders(out)
    assert not O.medication_ordered(out, *O.PENICILLINS, r"ceftriaxone"), O.orders(out)


# ---- kidney and bladder, sodium ------------------------------------------------------


def test_acute_retention_in_a_man_gets_an_alpha_blocker_and_a_trial_plan(
    reason: Reason,
) -> None:
    """NICE CG97 2010/2015 1.5.4-1.5.5; EAU non-neurogenic male LUTS 2023: a man in
    acute urinary retention is catheterised and offered an alpha blocker before a
    trial without catheter in 2-3 days."""
    out = reason(
        make_case(
            "urinary retention",
            age=74,
            sex="M",
            vitals=vitals(88, 154, 88, 18, 97, 36.7),
            one_liner="74M unable to pass urine since the morning",
            ed_note="74-year-old man with a slow stream for years, unable to pass "
            "urine since this morning, lower abdominal discomfort. Tender palpable "
            "bladder, bladder scan 900 mL. No fever, no back pain, normal leg "
            "neurology.",
        )
    )
    assert O.ordered(out, r"catheter"), O.orders(out)
    assert O.medication_ordered(out, r"tamsulosin"), O.orders(out)
    assert O.ordered(out, r"trial without catheter"), O.orders(out)


def test_retention_in_a_woman_gets_no_alpha_blocker_guard(reason: Reason) -> None:
    """Guard. NICE CG97 is a guideline for men (prostatic obstruction): a woman's
    retention is catheterised and its cause sought, with no alpha blocker."""
    out = reason(
        make_case(
            "urinary retention",
            age=70,
            sex="F",
            vitals=vitals(84, 142, 82, 16, 98, 36.8),
            one_liner="70F unable to pass urine since last night",
            ed_note="70-year-old woman unable to pass urine since last night, lower "
            "abdominal discomfort, palpable bladder, bladder scan 800 mL. No fever, no "
            "back pain, normal leg neurology and perianal sensation.",
        )
    )
    assert not O.medication_ordered(out, r"tamsulosin"), O.orders(out)


def test_retention_with_a_raised_creatinine_is_not_sent_home_for_a_trial_guard(
    reason: Reason,
) -> None:
    """Guard. NICE CG97 1.5.6; KDIGO 2012 AKI: retention with a raised creatinine
    (high-pressure retention, post-obstructive diuresis) keeps its catheter in
    hospital: no home trial without catheter."""
    out = reason(
        make_case(
            "urinary retention",
            age=82,
            sex="M",
            vitals=vitals(90, 150, 84, 18, 97, 36.8),
            one_liner="82M not passing urine, creatinine up",
            ed_note="82-year-old man unable to pass urine for a day, palpable "
            "bladder, bladder scan 1400 mL. Creatinine 310 umol/L (baseline 95), "
            "potassium 5.4. No fever.",
        )
    )
    assert not O.ordered(out, r"trial without catheter"), O.orders(out)


def test_mild_thiazide_hyponatraemia_sent_home_has_no_correction_monitoring(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014 hyponatraemia (Eur J Endocrinol 2014;170:G1) 2.3:
    mild chronic hyponatraemia without symptoms is not actively corrected; its cause
    (the thiazide) is treated and the sodium repeated as an outpatient, so no
    correction-rate monitoring every 2-4 h."""
    out = reason(
        make_case(
            "abnormal lab",
            age=78,
            sex="F",
            vitals=vitals(72, 148, 84, 14, 98, 36.6),
            one_liner="78F sodium 133 on bendroflumethiazide, well",
            ed_note="78-year-old woman sent by her GP with sodium 133 mmol/L on "
            "bendroflumethiazide. Feels well: no confusion, nausea, headache or falls. "
            "Euvolaemic. Potassium and creatinine normal.",
        )
    )
    assert not O.ordered(out, r"every 2-4 h while correcting"), O.orders(out)
    assert O.medication_ordered(out, r"stop the thiazide"), O.orders(out)


def test_confused_moderate_hyponatraemia_keeps_correction_monitoring_guard(
    reason: Reason,
) -> None:
    """Guard. ESE 2014: moderately severe symptoms (confusion) with a sodium of 124
    are treated with hypertonic saline and the rise limited: the sodium is followed
    every few hours."""
    out = reason(
        make_case(
            "confusion",
            age=80,
            sex="F",
            vitals=vitals(82, 140, 80, 16, 97, 36.7),
            one_liner="80F confused, sodium 124 on indapamide",
            ed_note="80-year-old woman on indapamide, two days of new confusion and "
            "nausea. Sodium 124 mmol/L, potassium 3.6. No focal neurology.",
        )
    )
    assert O.ordered(out, r"every 2-4 h while correcting"), O.orders(out)


# ---- haematology ---------------------------------------------------------------------


def test_itp_with_mucosal_bleeding_and_a_clean_film_gets_a_corticosteroid(
    reason: Reason,
) -> None:
    """Neunert C et al. ASH 2019 ITP (Blood Adv 2019;3:3829); Provan D et al. 2019:
    an adult's isolated thrombocytopenia below 30 with a film free of fragments is ITP:
    a corticosteroid (with IVIG for wet bleeding), no routine platelet transfusion."""
    out = reason(
        make_case(
            "bruising",
            age=34,
            sex="M",
            vitals=vitals(80, 124, 76, 14, 99, 36.6),
            one_liner="34M bruises and bleeding gums, platelets 5",
            ed_note="34-year-old man with five days of bruising, leg petechiae and "
            "bleeding gums. Platelets 5 x10^9/L, haemoglobin and white count normal; "
            "film: giant platelets, no fragments. Well otherwise.",
        )
    )
    assert O.medication_ordered(out, r"dexamethasone|prednisolone"), O.orders(out)
    assert not O.medication_ordered(out, r"^platelet transfusion"), O.orders(out)


# ---- syncope -------------------------------------------------------------------------


def test_reflex_faint_in_a_queue_leaves_no_gi_bleed_open(reason: Reason) -> None:
    """Brignole M et al. ESC 2018 syncope (Table 4: prolonged standing is a reflex
    trigger); a low-risk reflex faint with full recovery and no gastrointestinal
    symptom is discharged without a bleed held open or its blood count."""
    out = reason(
        make_case(
            "syncope",
            age=24,
            sex="M",
            vitals=vitals(72, 118, 72, 14, 99, 36.6),
            one_liner="24M fainted briefly, now well",
            ed_note="24-year-old man who felt light-headed and nauseated after "
            "standing in a long queue at a concert, then fainted for a few seconds. "
            "Full recovery at once. No chest pain, palpitations or exertion; no "
            "family history of sudden death.",
        )
    )
    summary = out.final.summary
    held = [d.lower() for d in (summary.open_must_not_miss if summary else ())]
    assert not any("gastrointestinal" in d for d in held), held
    assert O.dispo(out) == "Discharge", O.disposition(out)


# ---- upper GI bleeding --------------------------------------------------------------


def test_haematemesis_with_known_varices_is_worked_as_a_variceal_bleed(
    reason: Reason,
) -> None:
    """de Franchis R et al. Baveno VII 2022; Tripathi D et al. BSG 2015: blood vomited
    by a patient with known oesophageal varices is a variceal bleed until endoscopy
    shows otherwise: a vasoactive drug and an antibiotic before the endoscopy."""
    out = reason(
        make_case(
            "hematemesis",
            age=49,
            sex="F",
            vitals=vitals(118, 100, 60, 20, 97, 36.5),
            one_liner="49F cirrhosis, vomited blood twice",
            ed_note="49-year-old woman with alcohol-related cirrhosis and known "
            "oesophageal varices, banded last year. Vomited fresh blood twice this "
            "evening, about 500 mL. Hb 88 g/L, platelets 90.",
        )
    )
    assert _code(out).startswith("I85.1"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"octreotide|terlipressin"), O.orders(out)
    assert O.medication_ordered(out, r"ceftriaxone"), O.orders(out)


def test_haematemesis_without_liver_disease_is_no_variceal_bleed_guard(
    reason: Reason,
) -> None:
    """Guard. NICE NG141 / Laine L et al. ACG 2021: haematemesis without liver disease
    or varices is a non-variceal upper GI bleed (no vasoactive drug)."""
    out = reason(
        make_case(
            "hematemesis",
            age=44,
            sex="M",
            vitals=vitals(96, 128, 78, 16, 98, 36.7),
            one_liner="44M vomited blood once after retching",
            ed_note="44-year-old man who vomited a small amount of fresh blood after "
            "repeated retching last night. No liver disease, no alcohol excess. Hb "
            "141 g/L, urea normal.",
        )
    )
    assert not _code(out).startswith("I85"), _code(out)

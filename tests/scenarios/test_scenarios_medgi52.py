"""medgi52 (issue 10): a glass object retained in the rectum is imaged and removed by
the surgeons, an adult's jaundice with a liver failure is assessed (not outside the
knowledge base), an established tumour lysis with a potassium of 6.2 is monitored and
shifted, a heavy drinker's pancreatitis gets thiamine and its alcohol code, an adhesive
obstruction is coded by its adhesions, and haematuria then no urine with a palpable
bladder is a retention catheterised, not a renal colic.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main 093cc3ae before its
fix; the guards (named so) hold on both."""

from __future__ import annotations

from agents.schemas import AssessmentResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


def _assessed(out: ReasoningOutput) -> list[str]:
    """The assessment stage's differential (empty when it abstained or failed)."""
    for record in out.trace:
        if isinstance(record.output, AssessmentResult):
            return [d.diagnosis.lower() for d in record.output.differential]
    return []


# ---- abdomen ------------------------------------------------------------------------


def test_a_glass_object_retained_in_the_rectum_is_imaged_and_removed_by_surgeons(
    reason: Reason,
) -> None:
    """Cologne KG, Ault GT. Clin Colon Rectal Surg 2012;25:214; Kurer MA et al.
    Colorectal Dis 2010;12:851: a retained rectal foreign body is imaged for its level
    and for free air, removed by the surgical team (in theatre for glass), never sent
    home unremoved as an unspecified abdominal pain."""
    out = reason(
        make_case(
            "rectal foreign body",
            age=39,
            sex="M",
            vitals=vitals(90, 134, 82, 16, 99, 36.8),
            one_liner="39M glass bottle inserted rectally last night, cannot remove it",
            ed_note="39-year-old man inserted a glass bottle into his rectum last "
            "night and cannot get it out. Mild lower abdominal ache, no bleeding, "
            "abdomen soft, no guarding.",
        )
    )
    assert _code(out) == "T18.5XXA", _code(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, r"surgery"), O.order_names(out)
    assert O.ordered(out, r"radiograph|x-ray|\bct\b"), O.order_names(out)


def test_a_young_womans_jaundice_with_confusion_and_an_inr_of_3_is_assessed(
    reason: Reason,
) -> None:
    """Lee WM et al. AASLD 2011; Wendon J et al. EASL 2017: jaundice with an INR >= 1.5
    and encephalopathy is an acute liver failure (acetylcysteine, a transplant centre,
    intensive care); an adult's jaundice is no newborn's list that leaves the
    assessment outside the knowledge base."""
    out = reason(
        make_case(
            "jaundice",
            age=31,
            sex="F",
            vitals=vitals(106, 104, 62, 18, 98, 37.1),
            one_liner="31F yellow for 3 days after a week of flu-like illness, now "
            "muddled",
            ed_note="31-year-old woman, no past history, no medicines, drinks little. "
            "Jaundiced, confused at times, no asterixis. ALT 3600, bilirubin 140, "
            "INR 2.9, glucose 4.4, creatinine 90.",
        )
    )
    assert _assessed(out), "the assessment abstained"
    assert any("liver failure" in d for d in _assessed(out)), _assessed(out)
    assert "liver failure" in O.working(out), O.working(out)
    assert O.ordered(out, r"acetylcysteine"), O.order_names(out)


def test_pancreatitis_in_a_heavy_alcohol_drinker_gets_thiamine_and_its_code(
    reason: Reason,
) -> None:
    """NICE CG100 1.1.3 (thiamine for a harmful drinker at risk of malnutrition: here
    vomiting); Tenner S et al. ACG 2024 and ICD-10-CM FY2024 K85.20 (alcohol-induced
    acute pancreatitis)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=46,
            sex="M",
            vitals=vitals(108, 122, 76, 20, 97, 37.8),
            one_liner="46M heavy alcohol, epigastric pain through to the back, "
            "vomiting",
            ed_note="46-year-old man, heavy alcohol for years, 10 hours of epigastric "
            "pain going through to the back, vomiting since. Epigastric tenderness, "
            "no jaundice. Lipase 1900, CRP 60, creatinine 84.",
        )
    )
    assert "pancreatitis" in O.working(out), O.working(out)
    assert _code(out) == "K85.20", _code(out)
    assert O.medication_ordered(out, r"thiamine|pabrinex"), O.order_names(out)


def test_an_obstruction_named_adhesive_on_ct_is_coded_by_its_adhesions(
    reason: Reason,
) -> None:
    """Ten Broek RPG et al. Bologna 2017: adhesions cause about two thirds of small
    bowel obstructions; ICD-10-CM FY2024 K56.5- (intestinal adhesions with
    obstruction; K56.609 excludes it)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=68,
            sex="F",
            vitals=vitals(98, 130, 80, 18, 97, 36.9),
            one_liner="68F colicky abdominal pain and vomiting, two laparotomies "
            "before",
            ed_note="68-year-old woman, colicky central abdominal pain since "
            "yesterday, vomiting, no flatus for a day. Distended, tender centrally, no "
            "peritonism. CT: adhesive small bowel obstruction with a transition "
            "point, no closed loop, no ischaemia.",
        )
    )
    assert _code(out) == "K56.50", _code(out)
    assert O.ordered(out, r"surgery"), O.order_names(out)


# ---- kidney and urology --------------------------------------------------------------


def test_no_urine_after_haematuria_with_a_palpable_bladder_is_a_retention_not_a_colic(
    reason: Reason,
) -> None:
    """Gravas S et al. EAU non-neurogenic male LUTS 2023: acute retention is the
    inability to void with a palpable bladder, relieved by a catheter; an outlet
    obstruction is not an upper-tract colic (Skolarikos A et al. EAU 2024
    urolithiasis). It was a 'renal colic' with no catheter, sent home."""
    out = reason(
        make_case(
            "haematuria",
            age=77,
            sex="M",
            vitals=vitals(90, 146, 84, 16, 98, 36.7),
            one_liner="77M haematuria, now unable to pass urine since last night",
            ed_note="77-year-old man on apixaban. Haematuria yesterday, unable to pass "
            "urine since last night. Bladder palpable. No loin pain. Creatinine "
            "normal.",
        )
    )
    assert "colic" not in O.working(out) and "calculus" not in O.working(out), (
        O.working(out)
    )
    assert O.ordered(out, r"catheter"), O.order_names(out)


def test_a_full_bladder_with_hydronephrosis_and_a_kidney_injury_is_catheterised(
    reason: Reason,
) -> None:
    """NICE CG97 1.5.6; Gravas S et al. EAU 2023; KDIGO 2012 AKI: a palpable bladder
    with bilateral hydronephrosis and a creatinine of 450 is high-pressure chronic
    retention, its kidney injury postrenal: a urethral catheter and the
    post-obstructive diuresis measured in hospital. It had 'IV fluids if prerenal'
    and no catheter."""
    out = reason(
        make_case(
            "reduced urine output",
            age=83,
            sex="M",
            vitals=vitals(86, 152, 88, 16, 97, 36.7),
            one_liner="83M passing only dribbles of urine for days, known large "
            "prostate",
            ed_note="83-year-old man with a large prostate, passing only dribbles of "
            "urine for several days. Palpable bladder. Creatinine 450 (baseline "
            "105), potassium 5.7. Ultrasound: bilateral hydronephrosis, distended "
            "bladder.",
        )
    )
    assert O.ordered(out, r"catheter"), O.order_names(out)
    assert O.ordered(out, r"post-obstructive"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_no_urine_after_diarrhoea_with_an_empty_bladder_stays_a_kidney_injury_guard(
    reason: Reason,
) -> None:
    """KDIGO 2012 AKI: a dry patient after days of diarrhoea with an empty bladder on
    scan and no hydronephrosis has a prerenal kidney injury (fluids, drugs held), not
    a retention to catheterise."""
    out = reason(
        make_case(
            "reduced urine output",
            age=78,
            sex="F",
            vitals=vitals(104, 102, 60, 18, 97, 37.0),
            one_liner="78F 4 days of diarrhoea, has not passed urine today",
            ed_note="Dry mucous membranes. Creatinine 260 (baseline 80), urea 19, "
            "potassium 4.9. Bladder scan 40 mL. Renal ultrasound: no hydronephrosis.",
        )
    )
    assert "kidney" in O.working(out), O.working(out)
    assert not O.ordered(out, r"foley|urethral catheter"), O.order_names(out)


def test_a_falling_egfr_on_an_nsaid_is_chronic_kidney_disease_not_a_stone(
    reason: Reason,
) -> None:
    """NICE NG203 2021 1.1, 1.5.5, 1.6.6-1.6.8; KDIGO 2024 CKD: a well patient whose
    eGFR fell from 45 to 28 on ramipril and ibuprofen stops the NSAID, keeps the ACE
    inhibitor under review, has the potassium and an albumin:creatinine ratio, and
    is referred to nephrology; it was a kidney stone work-up (lead52's request)."""
    out = reason(
        make_case(
            "RENAL FUNCTION",
            age=70,
            sex="F",
            vitals=vitals(78, 138, 80, 16, 98, 36.7),
            one_liner="70F declining renal function",
            ed_note="Declining renal function over 3 months, eGFR 28 from 45. Well. "
            "On ramipril and ibuprofen.",
        )
    )
    assert "calculus" not in O.working(out) and "colic" not in O.working(out), (
        O.working(out)
    )
    assert O.ordered(out, r"stop the nsaid"), O.order_names(out)
    assert O.ordered(out, r"potassium"), O.order_names(out)
    assert O.ordered(out, r"nephrolog"), O.order_names(out)


# ---- haematology-oncology -----------------------------------------------------------


def test_tumour_lysis_with_a_potassium_of_6_2_is_monitored_and_shifted(
    reason: Reason,
) -> None:
    """Jones GL et al. BSH 2015 tumour lysis syndrome (Br J Haematol 2015;169:661):
    established TLS on a cardiac monitor with electrolytes every 4-6 h; UK Kidney
    Association 2023: a potassium >= 6.0 mmol/L is shifted with insulin-glucose."""
    out = reason(
        make_case(
            "abnormal blood test",
            age=52,
            sex="M",
            vitals=vitals(86, 130, 78, 16, 98, 36.8),
            one_liner="52M high-grade lymphoma, first chemotherapy 2 days ago, bloods "
            "abnormal",
            ed_note="52-year-old man with diffuse large B-cell lymphoma, first cycle "
            "of chemotherapy 2 days ago. Feels tired. Potassium 6.2, phosphate 2.3 "
            "mmol/L, urate 690, calcium 1.95, creatinine 170 (baseline 85).",
        )
    )
    assert "tumor lysis" in O.working(out) or "tumour lysis" in O.working(out), (
        O.working(out)
    )
    assert O.ordered(out, r"cardiac monitor"), O.order_names(out)
    assert O.medication_ordered(out, r"insulin"), O.order_names(out)


def test_tumour_lysis_with_a_normal_potassium_gets_no_insulin_guard(
    reason: Reason,
) -> None:
    """UK Kidney Association 2023: insulin-glucose is for a potassium >= 6.0 mmol/L;
    a laboratory TLS by its phosphate and urate with a potassium of 4.8 gets fluids
    and rasburicase (Jones GL et al. BSH 2015), no insulin."""
    out = reason(
        make_case(
            "abnormal blood test",
            age=47,
            sex="F",
            vitals=vitals(82, 126, 76, 16, 99, 36.7),
            one_liner="47F acute leukaemia, induction chemotherapy started 2 days ago, "
            "bloods abnormal",
            ed_note="47-year-old woman with acute myeloid leukaemia, induction "
            "chemotherapy started 2 days ago. Well in herself. Potassium 4.8, "
            "phosphate 2.1 mmol/L, urate 650, calcium 2.2, creatinine 140 "
            "(baseline 70).",
        )
    )
    assert not O.medication_ordered(out, r"\binsulin"), O.order_names(out)

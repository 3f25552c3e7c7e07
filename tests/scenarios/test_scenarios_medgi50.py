"""medgi50 (issue 10): a steroid-dependent patient's vomiting with a low sodium, HIT by
the 4Ts with a new thrombosis, HHS's one fluid and insulin line, colon ischaemia
suspected, SVC obstruction by its signs, a food bolus under a bare foreign-body
complaint, hepatorenal syndrome, symptomatic hypomagnesaemia, the potassium beside a
hyponatraemia, tumour lysis suspected before its results, the phosphate before
refeeding, and the codes of melaena and a drug priapism.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main 55c14d0b before its
fix; the guards (named so) hold on both."""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


def _count(out: ReasoningOutput, pattern: str) -> int:
    return sum(O.mentions(o, [pattern]) for o in O.orders(out))


# ---- endocrine and electrolytes ------------------------------------------------------


def test_vomiting_with_a_low_sodium_on_long_term_prednisolone_gets_hydrocortisone(
    reason: Reason,
) -> None:
    """Simpson H et al. Society for Endocrinology 2020 (steroid emergency card); Arlt
    W et al. 2016: a patient on long-term glucocorticoids who vomits, with a low
    sodium, is in adrenal crisis until proven otherwise: parenteral hydrocortisone
    now, before any hypotension. A test naming hydrocortisone ('cortisol sample if
    it does not delay hydrocortisone') does not give it."""
    out = reason(
        make_case(
            "weakness",
            age=57,
            sex="M",
            vitals=vitals(90, 122, 76, 16, 97, 36.8),
            one_liner="57M on long-term prednisolone, vomiting and diarrhoea, dizzy",
            ed_note="57-year-old man on prednisolone 12.5 mg daily for two years for "
            "polymyalgia. Two days of vomiting and diarrhoea, missed his steroid "
            "doses. Dizzy on standing. Sodium 132, potassium 4.5, glucose 4.3.",
        )
    )
    assert O.medication_ordered(out, r"hydrocortisone"), O.order_names(out)
    assert "adrenal" in O.working(out).lower() or "addison" in O.working(out).lower(), (
        O.working(out)
    )


def test_loose_stools_on_prednisolone_with_a_normal_sodium_is_no_adrenal_crisis_guard(
    reason: Reason,
) -> None:
    """Without vomiting, a low sodium or glucose, or hypotension, a steroid user's
    mild diarrhoea is no adrenal crisis (Simpson 2020: sick-day rules, not
    parenteral hydrocortisone)."""
    out = reason(
        make_case(
            "diarrhea",
            age=58,
            sex="M",
            vitals=vitals(80, 136, 82, 16, 98, 36.8),
            one_liner="58M loose stools for a day",
            ed_note="58-year-old man on prednisolone 7.5 mg daily for polymyalgia. One "
            "day of loose stools three times, no vomiting, eating and drinking, taking "
            "his tablets. Sodium 139, glucose 6.1.",
        )
    )
    assert "addison" not in O.working(out).lower(), O.working(out)


def test_hhs_has_one_fluid_line_and_one_insulin_line(reason: Reason) -> None:
    """JBDS-IP 2022 HHS: 0.9 % saline 1 L over the first hour, then fixed-rate
    insulin 0.05 units/kg/h only once the glucose stops falling: the entry's lines
    and the pathway's are one order each, not two."""
    out = reason(
        make_case(
            "altered mental status",
            age=74,
            sex="F",
            vitals=vitals(108, 106, 62, 20, 96, 36.9),
            one_liner="74F type 2 diabetic, drowsy, glucose 48 mmol/L",
            ed_note="74-year-old woman with type 2 diabetes on gliclazide. A week of "
            "thirst and passing a lot of urine, now drowsy. Dry. Glucose 48 mmol/L, "
            "sodium 149, urea 24, calculated osmolality 365, blood ketones 0.6, pH "
            "7.35, bicarbonate 20.",
        )
    )
    assert _count(out, r"0\.05 u") == 1, O.order_names(out)
    assert _count(out, r"1 l over the first hour") == 1, O.order_names(out)


def test_symptomatic_hypomagnesaemia_is_named_and_given_iv_magnesium(
    reason: Reason,
) -> None:
    """Pham PC et al. 2014; Hansen BA, Bruserud O. 2018 (PPI hypomagnesaemia): a low
    magnesium with tetany signs and a long QT is symptomatic hypomagnesaemia, worked
    and admitted for IV magnesium sulfate on a monitor, the PPI reviewed; not
    'palpitations'."""
    out = reason(
        make_case(
            "palpitations",
            age=71,
            sex="M",
            vitals=vitals(84, 132, 78, 16, 97, 36.6),
            one_liner="71M tingling fingers and palpitations, low magnesium",
            ed_note="71-year-old man on lansoprazole for many years. Five days of "
            "cramps, tingling fingers and palpitations. Trousseau sign positive. "
            "Magnesium 0.31 mmol/L, potassium 3.3, adjusted calcium 2.01. ECG: QTc 530 "
            "ms.",
        )
    )
    assert "magnes" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, r"magnesium sulfate[^;]*iv"), O.order_names(out)
    assert O.dispo(out).startswith("Admit"), O.dispo(out)


def test_a_thiazide_hyponatraemia_with_a_low_potassium_gets_potassium(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014; Sterns RH. NEJM 2015: a hypovolaemic thiazide
    hyponatraemia with a potassium of 3.1 gets the potassium replaced beside the
    isotonic saline, counted within the sodium's correction limit."""
    out = reason(
        make_case(
            "weakness",
            age=81,
            sex="M",
            vitals=vitals(82, 138, 76, 16, 97, 36.6),
            one_liner="81M on indapamide, diarrhoea for 3 days, sodium 123",
            ed_note="81-year-old man on indapamide. Three days of diarrhoea, tired. "
            "Alert and oriented, dry mouth. Sodium 123, potassium 3.1, creatinine 110, "
            "glucose 6.0.",
        )
    )
    assert O.medication_ordered(out, r"potassium chloride|potassium replace"), (
        O.order_names(out)
    )


def test_phosphate_low_before_refeeding_is_replaced(reason: Reason) -> None:
    """NICE CG32 1.6; Royal College of Psychiatrists MEED 2022: a low phosphate
    before feeding in anorexia nervosa is replaced now (IV below 0.6 mmol/L or with
    symptoms), not only watched."""
    out = reason(
        make_case(
            "weakness",
            age=24,
            sex="F",
            vitals=vitals(52, 96, 60, 14, 98, 35.9),
            one_liner="24F anorexia nervosa, dizzy and weak",
            ed_note="24-year-old woman with anorexia nervosa, BMI 13.5, eating very "
            "little for two weeks. Dizzy and weak. Phosphate 0.55 mmol/L, potassium "
            "3.2, magnesium 0.65, glucose 4.0.",
        )
    )
    assert O.medication_ordered(out, r"phosphate replaced|iv phosphate"), O.order_names(
        out
    )


# ---- haematology and oncology --------------------------------------------------------


def test_a_platelet_fall_on_heparin_with_a_new_thrombosis_is_worked_as_hit(
    reason: Reason,
) -> None:
    """Cuker A et al. ASH 2018; Lo GK et al. 4Ts 2006: a fall of more than half in
    the platelets on heparin with a new DVT is HIT until the assay says not: all
    heparin stopped, a non-heparin anticoagulant started (not blocked), no platelet
    transfusion, admitted."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="M",
            vitals=vitals(88, 138, 80, 16, 97, 36.9),
            one_liner="66M a week after knee surgery, swollen calf",
            ed_note="66-year-old man, day 7 after a total knee replacement, on "
            "enoxaparin since the operation. Painful swollen right calf since "
            "yesterday. Platelets 260 before surgery, now 98. Ultrasound: right "
            "femoral DVT. No bleeding.",
        )
    )
    assert "heparin-induced" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(
        out, r"argatroban|fondaparinux|apixaban|rivaroxaban|bivalirudin"
    ), O.order_names(out)
    assert O.ordered(out, r"stop all heparin"), O.order_names(out)
    assert O.dispo(out).startswith("Admit"), O.dispo(out)


def test_a_dvt_on_enoxaparin_with_steady_platelets_stays_a_dvt_guard(
    reason: Reason,
) -> None:
    """No platelet fall: no HIT (ASH 2018, 4Ts low); the DVT is the diagnosis."""
    out = reason(
        make_case(
            "leg swelling",
            age=62,
            sex="F",
            vitals=vitals(84, 134, 80, 16, 98, 36.8),
            one_liner="62F swollen calf after hip surgery",
            ed_note="62-year-old woman, day 9 after a hip replacement, on enoxaparin "
            "prophylaxis. Painful swollen left calf. Platelets 250, unchanged from "
            "before surgery. Ultrasound: left popliteal DVT.",
        )
    )
    assert "heparin-induced" not in O.working(out).lower(), O.working(out)


def test_oliguria_days_after_starting_chemotherapy_is_worked_as_tumour_lysis(
    reason: Reason,
) -> None:
    """Jones GL et al. BSH 2015; Cairo MS, Bishop M 2004: falling urine output and
    cramps two days into a lymphoma's chemotherapy is tumour lysis until the
    laboratory criteria (urate, phosphate, potassium, calcium) are measured: those
    now, a monitor, IV fluids, haematology; not 'weakness'."""
    out = reason(
        make_case(
            "weakness",
            age=61,
            sex="M",
            vitals=vitals(96, 128, 78, 18, 97, 36.9),
            one_liner="61M started chemotherapy for lymphoma 2 days ago, cramps",
            ed_note="61-year-old man with a bulky diffuse large B-cell lymphoma. "
            "Started his first cycle of chemotherapy two days ago. Now muscle cramps, "
            "nausea and much less urine since yesterday. No fever. Bloods sent.",
        )
    )
    assert "tumor lysis" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"phosphate[^;]*urate|urate[^;]*phosphate"), O.order_names(
        out
    )
    assert O.medication_ordered(out, r"isotonic fluids"), O.order_names(out)


def test_facial_swelling_with_chest_wall_veins_is_svc_obstruction(
    reason: Reason,
) -> None:
    """Wilson LD et al. NEJM 2007: facial and arm swelling with dilated chest-wall
    collateral veins is SVC obstruction, in most malignant cases before the cancer
    is known: CT with contrast, head up, no steroid before tissue, admitted; the final
    diagnosis names it (I87.1)."""
    out = reason(
        make_case(
            "facial swelling",
            age=66,
            sex="F",
            vitals=vitals(94, 142, 84, 20, 95, 36.8),
            one_liner="66F three weeks of a puffy face and arms",
            ed_note="66-year-old woman, ex-smoker, losing weight. Three weeks of a "
            "swollen face and arms, worse in the mornings and on bending over. Dilated "
            "veins over the chest wall. No stridor, no rash, no new drugs.",
        )
    )
    assert _code(out) == "I87.1", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"ct chest"), O.order_names(out)


# ---- abdomen and liver ---------------------------------------------------------------


def test_sudden_cramps_then_bloody_stools_at_78_is_colon_ischaemia(
    reason: Reason,
) -> None:
    """Brandt LJ et al. ACG 2015 colon ischaemia: sudden crampy abdominal pain then
    bloody diarrhoea in an older adult is colon ischaemia suspected: CT, stool
    tests, IV fluids and bowel rest, a surgeon and colonoscopy, admitted; not an
    unspecified abdominal pain in an observation bed."""
    out = reason(
        make_case(
            "abdominal pain",
            age=78,
            sex="M",
            vitals=vitals(92, 142, 82, 18, 97, 37.2),
            one_liner="78M sudden cramping pain then bloody loose stools",
            ed_note="78-year-old man with atrial fibrillation on apixaban and "
            "hypertension. Sudden cramping abdominal pain on the left this morning, "
            "then two loose stools with bright red blood. Tender left side, no "
            "guarding. Lactate 1.8, WBC 11.9, Hb 131.",
        )
    )
    assert "ischemia of large intestine" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"colonoscop"), O.order_names(out)
    assert O.dispo(out).startswith("Admit"), O.dispo(out)


def test_bloody_diarrhoea_with_cramps_at_35_is_no_colon_ischaemia_guard(
    reason: Reason,
) -> None:
    """ACG 2015: colon ischaemia is mostly over 60; a young adult's cramps and bloody
    diarrhoea are an infective colitis or IBD first."""
    out = reason(
        make_case(
            "bloody diarrhea",
            age=35,
            sex="F",
            vitals=vitals(90, 122, 74, 16, 99, 37.4),
            one_liner="35F cramps and bloody diarrhoea for 2 days",
            ed_note="35-year-old woman. Two days of cramping abdominal pain and "
            "diarrhoea with some blood after a barbecue. Abdomen soft, mildly tender.",
        )
    )
    assert "ischemia of large intestine" not in O.working(out).lower(), O.working(out)


def test_a_food_bolus_under_a_bare_foreign_body_complaint_is_named(
    reason: Reason,
) -> None:
    """Birk M et al. ESGE 2016; ASGE 2011: food stuck in the gullet after
    swallowing is a food bolus impaction by its history: the final diagnosis names
    it (T18.128A) under a complaint the knowledge base does not know."""
    out = reason(
        make_case(
            "foreign body",
            age=52,
            sex="F",
            vitals=vitals(86, 136, 80, 16, 99, 36.7),
            one_liner="52F chicken stuck in her chest since lunch",
            ed_note="52-year-old woman. Chicken stuck behind the sternum since lunch "
            "four hours ago, cannot swallow her saliva, spitting. Breathing "
            "comfortably, no stridor.",
        )
    )
    assert _code(out) == "T18.128A", (_code(out), out.final.diagnosis_name)


def test_a_cirrhotic_kidney_injury_despite_albumin_is_hepatorenal(
    reason: Reason,
) -> None:
    """Angeli P et al. ICA 2015; EASL 2018; Wong F et al. CONFIRM 2021: a kidney
    injury in cirrhosis with ascites that did not answer diuretic withdrawal and
    albumin, without shock or a structural cause, is HRS-AKI: terlipressin with
    albumin, an infection sought, hepatology; coded K76.7."""
    out = reason(
        make_case(
            "abnormal lab",
            age=54,
            sex="F",
            vitals=vitals(96, 104, 62, 16, 97, 36.7),
            one_liner="54F cirrhosis, creatinine rising despite stopping diuretics",
            ed_note="54-year-old woman with alcohol-related cirrhosis and ascites. "
            "Creatinine 230 today (90 last week), despite stopping diuretics and two "
            "days of IV albumin. No shock, no NSAIDs. Urine bland, no protein or "
            "blood; renal ultrasound normal.",
        )
    )
    assert O.medication_ordered(out, r"terlipressin"), O.order_names(out)
    assert _code(out) == "K76.7", (_code(out), out.final.diagnosis_name)


def test_a_cirrhotic_kidney_injury_not_yet_given_albumin_gets_albumin_guard(
    reason: Reason,
) -> None:
    """ICA 2015: before HRS is judged, diuretics stop and albumin 1 g/kg is given
    for two days; no terlipressin yet, and no crystalloid 'if prerenal'."""
    out = reason(
        make_case(
            "abnormal lab",
            age=57,
            sex="M",
            vitals=vitals(88, 118, 70, 16, 97, 36.8),
            one_liner="57M cirrhosis with ascites, creatinine up",
            ed_note="57-year-old man with alcohol-related cirrhosis and ascites on "
            "spironolactone and furosemide. Creatinine 95 last month, now 170. No "
            "fever, no abdominal pain. Urine bland.",
        )
    )
    assert not O.medication_ordered(out, r"terlipressin"), O.order_names(out)


def test_melaena_alone_is_coded_as_melaena(reason: Reason) -> None:
    """ICD-10-CM FY2024 K92.1 Melena: black tarry stools with no haematemesis or
    fresh blood have their own code; K92.2 is a bleed whose presentation is
    unspecified."""
    out = reason(
        make_case(
            "black stools",
            age=71,
            sex="F",
            vitals=vitals(90, 124, 74, 16, 98, 36.6),
            one_liner="71F on naproxen, black tarry stools for a day",
            ed_note="71-year-old woman on naproxen for arthritis. Black tarry stools "
            "since yesterday, no vomiting of blood. HR 90. Hb 104, urea 12.8. Melaena "
            "on rectal examination.",
        )
    )
    assert _code(out) == "K92.1", (_code(out), out.final.diagnosis_name)


def test_a_priapism_after_an_intracavernosal_injection_is_drug_induced(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 N48.33; Bivalacqua TJ et al. AUA/SMSNA 2022: an ischaemic
    priapism after an intracavernosal alprostadil injection is drug-induced (N48.33),
    treated by aspiration and phenylephrine."""
    out = reason(
        make_case(
            "priapism",
            age=58,
            sex="M",
            vitals=vitals(92, 144, 86, 16, 99, 36.8),
            one_liner="58M painful erection 5 hours after an alprostadil injection",
            ed_note="58-year-old man used an intracavernosal alprostadil injection for "
            "erectile dysfunction five hours ago. Painful rigid erection since. No "
            "sickle cell disease.",
        )
    )
    assert _code(out) == "N48.33", (_code(out), out.final.diagnosis_name)


def test_febrile_neutropenia_with_right_lower_quadrant_pain_gets_anaerobic_cover(
    reason: Reason,
) -> None:
    """Freifeld AG et al. IDSA 2010; Nesher L, Rolston KV. Clin Infect Dis 2013;
    Klastersky J et al. ESMO 2016: abdominal pain in febrile neutropenia is a
    neutropenic enterocolitis or another abdominal source: piperacillin-tazobactam or
    a carbapenem (anaerobic cover), not cefepime alone, with a surgeon."""
    out = reason(
        make_case(
            "abdominal pain",
            age=47,
            sex="M",
            vitals=vitals(118, 102, 60, 22, 96, 38.5),
            one_liner="47M leukaemia on chemotherapy, fever and right lower belly pain",
            ed_note="47-year-old man with acute myeloid leukaemia, day 12 of induction "
            "chemotherapy. Fever 38.5, right lower quadrant abdominal pain and "
            "tenderness, loose stools. Neutrophils 0.2, platelets 30.",
        )
    )
    assert O.medication_ordered(out, r"piperacillin|meropenem|metronidazole"), (
        O.order_names(out)
    )
    assert O.ordered(out, r"general surg"), O.order_names(out)


def test_febrile_neutropenia_with_a_cough_keeps_cefepime_guard(reason: Reason) -> None:
    """IDSA 2010: without an abdominal source the antipseudomonal beta-lactam alone
    (cefepime) stays the empirical regimen."""
    out = reason(
        make_case(
            "fever",
            age=55,
            sex="F",
            vitals=vitals(104, 118, 70, 20, 96, 38.4),
            one_liner="55F on chemotherapy for breast cancer, fever and cough",
            ed_note="55-year-old woman on chemotherapy for breast cancer, last cycle 9 "
            "days ago. Fever 38.4 and a dry cough since this morning. Abdomen soft, "
            "non-tender. Neutrophils 0.3.",
        )
    )
    assert O.medication_ordered(out, r"cefepime"), O.order_names(out)


def test_hyperviscosity_in_a_known_myeloma_is_coded_by_the_myeloma(
    reason: Reason,
) -> None:
    """Gertz MA. Blood 2018; ICD-10-CM FY2024 C90.00: symptomatic hyperviscosity with
    a named myeloma is treated by plasma exchange and coded by the disease, not as
    an abnormal viscosity (R70.1)."""
    out = reason(
        make_case(
            "blurred vision",
            age=69,
            sex="F",
            vitals=vitals(86, 150, 88, 16, 97, 36.7),
            one_liner="69F known myeloma, blurred vision, headache and bleeding gums",
            ed_note="69-year-old woman with known IgA multiple myeloma. Five days of "
            "blurred vision, headache, dizziness and bleeding gums. Fundoscopy: "
            "engorged retinal veins with haemorrhages. Hb 90.",
        )
    )
    assert _code(out) == "C90.00", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"plasma exchange|plasmapheresis"), O.order_names(out)


def test_sbp_with_a_kidney_injury_gets_albumin_not_crystalloid(reason: Reason) -> None:
    """EASL 2018 decompensated cirrhosis; Angeli P et al. ICA 2015: a cirrhotic with
    ascites whose kidney injury comes with SBP has albumin as the volume (1.5 g/kg,
    then 1 g/kg on day 3), not the kidney injury's 'IV fluids if prerenal'."""
    out = reason(
        make_case(
            "confusion",
            age=63,
            sex="M",
            vitals=vitals(90, 128, 78, 16, 97, 38.0),
            one_liner="63M cirrhosis with ascites, fever and drowsy for 2 days",
            ed_note="63-year-old man with alcohol-related cirrhosis and ascites on "
            "spironolactone and furosemide. Two days of fever, abdominal discomfort "
            "and increasing drowsiness; asterixis. Temp 38.0. Creatinine 175 "
            "(baseline 85). Diagnostic tap: neutrophils 480/mm3.",
        )
    )
    assert O.medication_ordered(out, r"albumin"), O.order_names(out)
    assert not O.medication_ordered(out, r"iv fluids if prerenal"), O.order_names(out)

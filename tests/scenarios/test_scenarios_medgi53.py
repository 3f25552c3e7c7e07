"""medgi53 (issue 10): a death-cap meal is amatoxin poisoning (poisons centre,
charcoal, silibinin, the liver unit), a grade III cholecystitis with a normal duct
gets its gallbladder drained and no ERCP, a cholangitis behind a distal duct stone
is coded K80.33, a pituitary apoplexy seen on CT is the diagnosis (not its low
sodium) and gets no massive transfusion, diverticulitis is coded by the colon
(K57.32, perforated K57.20), a retention on oxybutynin is drug-induced (R33.0), an
INR above 8 without bleeding gets oral vitamin K (BSH 2011), a hypercalcaemia has
one fluid line, a warfarin bleed with a mechanical valve calls cardiology, an
irreducible femoral hernia is named and decompressed, dysphagia for weeks is the
suspected-cancer pathway, a bile duct stone without fever is its own diagnosis, and
heavy periods' iron deficiency is D50.0 with a gynaecology review.

Written from the guidelines named in each docstring, never from rows of the shared
data. Each target failed on main b24000b7 before its fix; the guards (named so) hold on
both."""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- liver and toxicology ------------------------------------------------------------


def test_a_death_cap_meal_with_a_liver_injury_is_amatoxin_poisoning(
    reason: Reason,
) -> None:
    """Goldfrank's 11th ed. ch. 117; Enjalbert F et al. J Toxicol Clin Toxicol
    2002;40:715; Wendon J et al. EASL 2017 ALF: wild mushrooms, a delayed watery
    diarrhoea and a rising ALT and INR are amatoxin poisoning: poisons centre,
    multiple-dose charcoal, silibinin, acetylcysteine and the liver unit, admitted;
    not a gastroenteritis in an observation ward (T62.0X1A)."""
    out = reason(
        make_case(
            "diarrhea",
            age=51,
            sex="F",
            vitals=vitals(112, 106, 66, 20, 97, 37.0),
            one_liner="51F foraged mushrooms she believes were death caps eaten the "
            "day before yesterday",
            ed_note="Severe watery diarrhoea and vomiting began about 12 hours after "
            "the meal. Now yellow sclerae, alert. ALT 2600, INR 2.1, bilirubin 50, "
            "creatinine 130, glucose 5.0.",
        )
    )
    assert _code(out) == "T62.0X1A", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"silibinin"), O.order_names(out)
    assert O.ordered(out, r"charcoal"), O.order_names(out)
    assert O.ordered(out, r"poisons? cent"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_vomiting_after_a_restaurant_meal_is_no_amatoxin_poisoning_guard(
    reason: Reason,
) -> None:
    """Guard. Goldfrank's 11th ed. ch. 117: amatoxin needs mushrooms eaten; a
    restaurant meal's vomiting with normal liver tests gets no silibinin."""
    out = reason(
        make_case(
            "vomiting",
            age=33,
            sex="M",
            vitals=vitals(96, 126, 78, 16, 99, 37.4),
            one_liner="33M vomiting and diarrhoea since a takeaway chicken curry last "
            "night",
            ed_note="Crampy abdominal pain, soft abdomen, tolerating sips. ALT 30, "
            "creatinine 80.",
        )
    )
    assert not O.ordered(out, r"silibinin"), O.order_names(out)
    assert not _code(out).startswith("T62"), _code(out)


# ---- biliary -------------------------------------------------------------------------


def test_a_grade_iii_cholecystitis_with_a_normal_duct_gets_no_ercp(
    reason: Reason,
) -> None:
    """Yokoe M et al. TG18 severity grading; Okamoto K et al. TG18 flowchart: a
    cholecystitis with septic shock is drained percutaneously (cholecystostomy); an
    ERCP is the cholangitis's, whose TG18 criteria need cholestasis (bilirubin >= 2
    mg/dL, 34 umol/L) and a dilated duct: a bilirubin of 28 and a 5 mm duct are
    neither."""
    out = reason(
        make_case(
            "fever",
            age=84,
            sex="F",
            vitals=vitals(124, 80, 44, 24, 95, 38.8),
            one_liner="84F four days of right upper quadrant pain and fever",
            ed_note="Right upper quadrant tenderness with a positive Murphy's sign. "
            "Hypotensive after 2 L of crystalloid, noradrenaline started. WCC 19, "
            "creatinine 210, bilirubin 28. Ultrasound: gallstones, thick-walled "
            "distended gallbladder, pericholecystic fluid, common bile duct 5 mm.",
        )
    )
    assert not O.ordered(out, r"\bercp\b"), O.order_names(out)
    assert O.ordered(out, r"cholecystostomy|gallbladder drainage"), O.order_names(out)


def test_a_cholangitis_behind_a_distal_duct_stone_is_coded_k80_33(
    reason: Reason,
) -> None:
    """Kiriyama S et al. TG18; ICD-10-CM FY2024 K80.33 (K83.09 excludes cholangitis
    with choledocholithiasis): a dilated duct with a stone in its distal end and
    cholangitis is the stone's code, and is drained."""
    out = reason(
        make_case(
            "fever",
            age=74,
            sex="M",
            vitals=vitals(116, 98, 58, 22, 96, 39.0),
            one_liner="74M rigors, jaundice and right upper quadrant pain",
            ed_note="Jaundiced, RUQ tenderness. Bilirubin 96, ALP 510, WCC 17. "
            "Ultrasound: common bile duct dilated 13 mm with a stone in the distal "
            "duct.",
        )
    )
    assert _code(out) == "K80.33", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"ercp|biliary drainage"), O.order_names(out)


def test_an_afebrile_bile_duct_stone_is_removed_without_antibiotics(
    reason: Reason,
) -> None:
    """Williams E et al. BSG 2017 (Gut 2017;66:765); Buxbaum JL et al. ASGE 2019: a
    common bile duct stone without fever is removed by ERCP in the same admission, no
    antibiotic without infection (K80.51 with the dilated duct)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=58,
            sex="F",
            vitals=vitals(84, 136, 82, 16, 98, 36.7),
            one_liner="58F three days of right upper quadrant pain with dark urine",
            ed_note="Mildly jaundiced, no fever, no rigors. Bilirubin 72, ALP 420. "
            "Ultrasound: gallstones, dilated CBD 10 mm with stones in the common "
            "bile duct.",
        )
    )
    assert _code(out) == "K80.51", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"\bercp\b"), O.order_names(out)
    assert not O.medication_ordered(
        out, r"piperacillin|ceftriaxone|meropenem|co-amoxiclav"
    ), O.order_names(out)


# ---- endocrine -----------------------------------------------------------------------


def test_a_pituitary_apoplexy_seen_on_ct_is_the_diagnosis_not_its_sodium(
    reason: Reason,
) -> None:
    """Rajasekaran S et al. UK pituitary apoplexy guidelines, Clin Endocrinol
    2011;74:9: a bleed into a pituitary mass on imaging with a sudden headache and an
    ocular palsy is the apoplexy (E23.6), its hyponatraemia the cortisol deficiency's;
    hydrocortisone now. ATLS 10th ed.: a bleed inside the skull is no haemorrhagic
    shock (no emergency-release blood)."""
    out = reason(
        make_case(
            "headache",
            age=61,
            sex="F",
            vitals=vitals(100, 98, 60, 18, 97, 36.8),
            one_liner="61F sudden severe headache this morning, vomiting, drooping "
            "left eyelid and double vision",
            ed_note="Left third nerve palsy, bitemporal field loss. Sodium 127. CT "
            "head: haemorrhage into an enlarged pituitary fossa, no subarachnoid "
            "blood.",
        )
    )
    assert _code(out) == "E23.6", (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"hydrocortisone"), O.order_names(out)
    assert not O.ordered(out, r"emergency-release|massive transfusion"), O.order_names(
        out
    )


def test_a_hypercalcaemia_with_a_kidney_injury_has_one_fluid_line(
    reason: Reason,
) -> None:
    """Walsh J et al. Society for Endocrinology 2016 (Endocr Connect 2016;5:G9);
    KDIGO 2012: a hypercalcaemia's pre-renal kidney injury is filled by the
    hypercalcaemia's isotonic saline; the kidney injury's bare 'IV fluids if prerenal'
    is no second fluid order beside it."""
    out = reason(
        make_case(
            "fatigue",
            age=49,
            sex="F",
            vitals=vitals(90, 124, 76, 16, 98, 36.7),
            one_liner="49F a fortnight of thirst and tiredness, takes calcium and "
            "vitamin D tablets",
            ed_note="Dry mucous membranes. Adjusted calcium 3.2 mmol/L, PTH "
            "suppressed, creatinine 150 (baseline 85). Glucose 5.6.",
        )
    )
    assert O.medication_ordered(out, r"isotonic saline"), O.order_names(out)
    assert not O.ordered(out, r"^IV fluids if prerenal"), O.order_names(out)


def test_a_myeloma_hypercalcaemia_gets_no_prednisolone_guard(reason: Reason) -> None:
    """Guard. Endocrine Society 2023 hypercalcaemia of malignancy: saline and a
    bisphosphonate; the glucocorticoid is the granulomatous disease's."""
    out = reason(
        make_case(
            "confusion",
            age=71,
            sex="M",
            vitals=vitals(96, 118, 70, 18, 97, 36.8),
            one_liner="71M multiple myeloma, constipated and muddled",
            ed_note="Adjusted calcium 3.3 mmol/L, creatinine 160. Glucose 6.0.",
        )
    )
    assert not O.medication_ordered(out, r"prednisolone"), O.order_names(out)


# ---- colon, kidney and bladder -------------------------------------------------------


def test_a_perforated_sigmoid_diverticulitis_is_coded_k57_20(reason: Reason) -> None:
    """Sartelli M et al. WSES 2020; ICD-10-CM FY2024 K57.20 (K63.1 Excludes1 the
    perforation of diverticular disease): a perforated sigmoid diverticulitis is the
    large intestine's diverticulitis with perforation, operated on."""
    out = reason(
        make_case(
            "abdominal pain",
            age=66,
            sex="M",
            vitals=vitals(120, 96, 58, 24, 96, 38.4),
            one_liner="66M left iliac fossa pain for 3 days, now the whole abdomen",
            ed_note="Generalised guarding and rebound. WCC 21, lactate 3.0. CT: "
            "perforated sigmoid diverticulitis with free gas and purulent "
            "peritonitis.",
        )
    )
    assert _code(out) == "K57.20", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"surgery"), O.order_names(out)


def test_an_uncomplicated_sigmoid_diverticulitis_is_coded_k57_32(
    reason: Reason,
) -> None:
    """NICE NG147 2019; ICD-10-CM FY2024 K57.32: the CT's sigmoid diverticulitis
    without abscess or perforation is the large intestine's code, not K57.92."""
    out = reason(
        make_case(
            "abdominal pain",
            age=58,
            sex="F",
            vitals=vitals(88, 132, 80, 16, 98, 37.9),
            one_liner="58F two days of left lower quadrant pain",
            ed_note="Tender left iliac fossa, abdomen otherwise soft. WCC 12, CRP 90. "
            "CT: acute sigmoid diverticulitis without abscess or free air.",
        )
    )
    assert _code(out) == "K57.32", (_code(out), out.final.diagnosis_name)


def test_a_retention_after_starting_oxybutynin_is_drug_induced(
    reason: Reason,
) -> None:
    """Gravas S et al. EAU 2023; ICD-10-CM FY2024 R33.0 (with the adverse-effect code
    T44.3X5A): a retention on a bladder antimuscarinic is drug-induced, catheterised
    and the drug stopped."""
    out = reason(
        make_case(
            "urinary retention",
            age=81,
            sex="M",
            vitals=vitals(88, 150, 86, 16, 97, 36.6),
            one_liner="81M put on oxybutynin last week, has not passed urine since "
            "the morning",
            ed_note="Suprapubic pain, palpable bladder, bladder scan 900 mL. "
            "Creatinine normal, no haematuria, no neurological signs.",
        )
    )
    assert _code(out) == "R33.0", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"catheter"), O.order_names(out)


# ---- bleeding and blood --------------------------------------------------------------


def test_an_inr_of_9_without_bleeding_gets_oral_vitamin_k(reason: Reason) -> None:
    """Keeling D et al. BSH 2011 (Br J Haematol 2011;154:311): an INR above 8 without
    bleeding: stop warfarin and give 1-5 mg of oral vitamin K; no PCC or plasma."""
    out = reason(
        make_case(
            "abnormal blood test",
            age=74,
            sex="M",
            vitals=vitals(74, 140, 80, 16, 97, 36.6),
            one_liner="74M on warfarin for AF, INR 9.4 at the anticoagulation clinic",
            ed_note="No bleeding of any kind, no falls, no headache. Haemoglobin 131.",
        )
    )
    assert any(
        "vitamin k" in o.name.lower() and "no routine vitamin k" not in o.name.lower()
        for o in O.medications(out)
    ), O.order_names(out)
    assert not O.medication_ordered(out, r"^(?!.*no pcc).*\bpcc\b"), O.order_names(out)


def test_an_inr_of_6_without_bleeding_gets_no_vitamin_k_guard(reason: Reason) -> None:
    """Guard. BSH 2011: an INR of 5-8 without bleeding: withhold one or two doses, no
    routine vitamin K."""
    out = reason(
        make_case(
            "abnormal blood test",
            age=70,
            sex="F",
            vitals=vitals(76, 136, 78, 16, 98, 36.7),
            one_liner="70F on warfarin for a DVT, INR 6.1 on a routine check",
            ed_note="No bleeding, no bruising, feels well.",
        )
    )
    assert not any(
        "vitamin k" in o.name.lower() and "no routine vitamin k" not in o.name.lower()
        for o in O.medications(out)
    ), O.order_names(out)


def test_a_warfarin_bleed_with_a_mechanical_mitral_valve_calls_cardiology(
    reason: Reason,
) -> None:
    """Vahanian A et al. ESC/EACTS 2021 VHD; Tomaselli GF et al. ACC 2020 ECDP;
    Gralnek IM et al. ESGE 2021: a major bleed on warfarin is reversed, and with a
    mechanical valve the reversal and the restart are weighed with cardiology."""
    out = reason(
        make_case(
            "black stools",
            age=71,
            sex="F",
            vitals=vitals(110, 102, 60, 20, 97, 36.7),
            one_liner="71F mechanical mitral valve on warfarin, black tarry stools "
            "since yesterday and light-headed",
            ed_note="Melaena on rectal examination. INR 3.6, haemoglobin 84 (baseline "
            "128), urea 20.",
        )
    )
    assert O.ordered(out, r"cardiology"), O.order_names(out)
    assert O.ordered(out, r"\bpcc\b|prothrombin complex"), O.order_names(out)


def test_iron_deficiency_from_heavy_periods_is_d50_0_with_gynaecology(
    reason: Reason,
) -> None:
    """Snook J et al. BSG 2021; NICE NG88 2018; ICD-10-CM FY2024 D50.0: a
    pre-menopausal woman's iron deficiency from heavy periods is chronic blood loss's
    anaemia, its periods reviewed by her GP or gynaecology."""
    out = reason(
        make_case(
            "fatigue",
            age=34,
            sex="F",
            vitals=vitals(90, 116, 70, 16, 99, 36.6),
            one_liner="34F heavy periods for months, exhausted",
            ed_note="Pale, no chest pain, no syncope. Haemoglobin 88 g/L, MCV 68, "
            "ferritin 5. Pregnancy test negative.",
        )
    )
    assert _code(out) == "D50.0", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"gynaecolog|gynecolog"), O.order_names(out)


# ---- requests ------------------------------------------------------------------------


def test_an_irreducible_groin_lump_below_the_ligament_is_a_femoral_hernia(
    reason: Reason,
) -> None:
    """Birindelli A et al. WSES 2017; HerniaSurge 2018: a tender irreducible groin
    lump below the inguinal ligament with vomiting and distension is an incarcerated
    femoral hernia obstructing the bowel (K41.30): the stomach decompressed and the
    surgeons now; not constipation (lead53's request)."""
    out = reason(
        make_case(
            "vomiting",
            age=83,
            sex="F",
            vitals=vitals(100, 130, 76, 18, 97, 37.3),
            one_liner="83F colicky central abdominal pain and vomiting since yesterday",
            ed_note="No flatus for a day. Abdomen distended. Irreducible tender lump "
            "in the left groin below the inguinal ligament.",
        )
    )
    assert _code(out) == "K41.30", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"nasogastric"), O.order_names(out)


def test_difficulty_swallowing_food_for_weeks_is_the_cancer_pathway(
    reason: Reason,
) -> None:
    """NICE NG12 2015/2023 1.2.1: dysphagia is the urgent direct-access endoscopy
    criterion at any age (triage53's request: 'difficulty swallowing food for weeks'
    was a sore throat)."""
    out = reason(
        make_case(
            "difficulty swallowing",
            age=70,
            sex="F",
            vitals=vitals(80, 134, 80, 16, 98, 36.7),
            one_liner="70F difficulty swallowing food for weeks, lost weight",
            ed_note="Bread and meat stick low in the chest; drinks fine. Lost 5 kg.",
        )
    )
    assert _code(out).startswith("R13.1"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"endoscopy"), O.order_names(out)

"""medgi42 (issue 10): abdomen, kidney, endocrine, toxicology coding, early
pregnancy and medication safety.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- NPSA patient safety alert 13 (2006) and MHRA 2020 oral methotrexate; Goldfrank's
  Toxicologic Emergencies 11th ed. ch. 51 (folinic acid rescue).
- Di Saverio S et al. WSES Jerusalem 2020 appendicitis; Tarasconi A et al. WSES 2020
  perforated peptic ulcer; ICD-10-CM FY2024 K25-K27, K35.2-/K35.3-.
- ICD-10-CM Official Guidelines FY2024 I.C.19.e.5 (adverse effect of a drug correctly
  taken, poisoning by an overdose); Lavonas EJ et al. AHA 2023 toxicology.
- MHRA Drug Safety Update 2014, NICE NG109 2018, AGS Beers Criteria 2023
  (nitrofurantoin and the kidney); NICE NG71 2017 (Parkinson's medicines on time).
- RCOG Green-top 22 2011 / ACOG PB 181 2017 (anti-D); RCOG Green-top 69 2016 (nausea
  and vomiting of pregnancy, hyperemesis); RCOG Green-top 38 2020 (molar pregnancy).
- Ross DS et al. ATA 2016 (thyroid storm; Burch-Wartofsky); Singer M et al. Sepsis-3.
- Skolarikos A et al. EAU 2024 urolithiasis; KDIGO 2012 AKI (nephrotoxins in sepsis).
- EASL 2018 alcohol-related liver disease (Maddrey DF >= 32); Yokoe M et al. TG18
  (grade III cholecystitis: organ dysfunction, urgent gallbladder drainage).

Each target failed on main cfcfdad2 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- medication safety -------------------------------------------------------------


def test_daily_methotrexate_error_with_cytopenias_gets_folinic_acid(
    reason: Reason,
) -> None:
    """NPSA 2006 / Goldfrank's ch. 51: a weekly methotrexate dose taken daily with
    mucositis and cytopenias is methotrexate toxicity: folinic acid now; a dose
    taken in error is a poisoning (ICD-10-CM I.C.19.e.5.b: T45.1X1A)."""
    out = reason(
        make_case(
            "sore mouth",
            age=68,
            sex="M",
            vitals=vitals(102, 124, 72, 18, 97, 37.6),
            one_liner="68M sore mouth, on methotrexate for psoriatic arthritis",
            ed_note="68-year-old man on methotrexate 15 mg once a week for psoriatic "
            "arthritis, who has been taking it daily instead of weekly for a "
            "week. Painful mouth ulcers, unable to eat. WBC 1.6, neutrophils "
            "0.6, platelets 55, creatinine 1.0 mg/dL.",
        )
    )
    assert O.medication_ordered(out, r"folinic|leucovorin"), O.orders(out)
    assert _code(out) == "T45.1X1A", (_code(out), out.final.diagnosis_name)


def test_weekly_methotrexate_without_toxicity_gets_no_folinic_acid_guard(
    reason: Reason,
) -> None:
    """Guard. NPSA 2006: methotrexate taken weekly as prescribed, without mucositis
    or a cytopenia, is no toxicity; an ankle sprain is treated as one."""
    out = reason(
        make_case(
            "ankle injury",
            age=55,
            sex="F",
            vitals=vitals(78, 132, 80, 14, 99, 36.7),
            one_liner="55F twisted ankle, on weekly methotrexate",
            ed_note="55-year-old woman on methotrexate 10 mg once weekly as prescribed"
            " for rheumatoid arthritis. Rolled her right ankle on a kerb. "
            "Swelling over the lateral malleolus, able to walk four steps, no "
            "bony tenderness.",
        )
    )
    assert not O.medication_ordered(out, r"folinic|leucovorin")


def test_nitrofurantoin_is_withheld_with_an_egfr_below_45(reason: Reason) -> None:
    """MHRA 2014 / NICE NG109 / Beers 2023: nitrofurantoin is avoided with a low eGFR
    (it fails and accumulates); another antibiotic treats the cystitis."""
    out = reason(
        make_case(
            "dysuria",
            age=81,
            sex="F",
            vitals=vitals(80, 138, 76, 16, 97, 36.9),
            one_liner="81F burning on passing urine for 2 days",
            ed_note="81-year-old woman with chronic kidney disease, eGFR 26. Burning "
            "and frequency for two days, no fever, no flank pain. Urine "
            "dipstick positive for nitrites and leukocytes.",
        )
    )
    assert not O.medication_ordered(out, r"nitrofurantoin"), O.orders(out)
    assert O.medication_ordered(out, r"cefalexin|cephalexin|fosfomycin|pivmecillinam")


def test_nitrofurantoin_with_normal_kidneys_guard(reason: Reason) -> None:
    """Guard. NICE NG109 2018: nitrofurantoin is first line for a woman's lower
    urinary infection with a normal eGFR."""
    out = reason(
        make_case(
            "dysuria",
            age=29,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99, 36.8),
            one_liner="29F burning on passing urine",
            ed_note="29-year-old woman, not pregnant (urine hCG negative), two days of"
            " dysuria and frequency, no fever, no flank pain. Urine dipstick "
            "positive for nitrites and leukocytes. eGFR 98.",
        )
    )
    assert O.medication_ordered(out, r"nitrofurantoin"), O.orders(out)


def test_parkinsons_medication_order_does_not_make_the_patient_nil_by_mouth(
    reason: Reason,
) -> None:
    """NICE NG71 2017 1.5: the Parkinson's order names a route for a patient who is
    nil by mouth; it does not make a vomiting patient nil by mouth, so an antiemetic
    (not a dopamine blocker, Beers 2023) and fluids by mouth stay."""
    out = reason(
        make_case(
            "vomiting",
            age=72,
            sex="F",
            vitals=vitals(84, 126, 74, 16, 97, 37.0),
            one_liner="72F Parkinson's disease, vomiting and loose stools",
            ed_note="72-year-old woman with Parkinson's disease on co-beneldopa. "
            "Vomiting and loose stools since yesterday, her husband had the "
            "same. Abdomen soft and non-tender. Taking sips of water.",
        )
    )
    assert not any("ondansetron" in b for b in O.blocked_names(out)), O.blocked_names(
        out
    )
    assert not O.medication_ordered(out, r"metoclopramide|prochlorperazine")


# ---- perforations and their codes ---------------------------------------------------


def test_periappendiceal_abscess_is_drained_by_radiology_not_at_the_bedside(
    reason: Reason,
) -> None:
    """WSES Jerusalem 2020: appendicitis with a periappendiceal abscess is treated with
    antibiotics and image-guided percutaneous drainage (or at operation), not a skin
    incision; coded perforated with abscess (ICD-10-CM FY2024 K35.33)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=41,
            sex="F",
            vitals=vitals(104, 122, 74, 18, 98, 38.3),
            one_liner="41F five days of right lower abdominal pain",
            ed_note="41-year-old woman with five days of right lower quadrant pain and"
            " fever. Tender mass in the right iliac fossa, soft elsewhere. CT:"
            " perforated appendicitis with a 5 cm periappendiceal abscess. WBC"
            " 16. Pregnancy test negative.",
        )
    )
    assert not O.ordered(out, r"incision and drainage"), O.orders(out)
    assert not O.medication_ordered(out, r"tmp-smx|trimethoprim")
    assert _code(out).startswith(("K35.3", "K35.21")), _code(out)


def test_perforated_duodenal_ulcer_is_coded_by_its_site(reason: Reason) -> None:
    """ICD-10-CM FY2024: a perforated duodenal ulcer is K26.5 (K27.5 only when the
    site is not stated); WSES 2020 perforated peptic ulcer care stays."""
    out = reason(
        make_case(
            "abdominal pain",
            age=58,
            sex="M",
            vitals=vitals(112, 110, 68, 20, 97, 37.4),
            one_liner="58M sudden severe upper abdominal pain",
            ed_note="58-year-old man taking naproxen. Sudden severe epigastric pain "
            "four hours ago, now generalised with a rigid abdomen. CT: free "
            "intraperitoneal air from a perforated duodenal ulcer.",
        )
    )
    assert _code(out) == "K26.5", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"surg")


def test_perforated_appendix_with_free_gas_is_not_an_intestinal_perforation(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 K35.2-: a perforated appendix with generalised peritonitis is
    coded as appendicitis with perforation, not K63.1 (the intestine's)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=71,
            sex="F",
            vitals=vitals(118, 104, 62, 22, 96, 38.7),
            one_liner="71F three days of lower abdominal pain, now everywhere",
            ed_note="71-year-old woman with three days of right lower abdominal pain, "
            "now across the whole abdomen. Generalised guarding. CT: "
            "perforated appendix with free gas and free fluid. WBC 19, lactate"
            " 2.6.",
        )
    )
    assert _code(out).startswith("K35.2"), (_code(out), out.final.diagnosis_name)


def test_uncomplicated_appendicitis_keeps_its_code_guard(reason: Reason) -> None:
    """Guard. WSES 2020: an inflamed appendix without perforation or abscess is
    uncomplicated (K35.80)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=22,
            sex="M",
            vitals=vitals(94, 128, 76, 16, 99, 37.8),
            one_liner="22M one day of right lower abdominal pain",
            ed_note="22-year-old man with pain moving from the umbilicus to the right "
            "iliac fossa over a day, anorexia. Rebound tenderness in the right"
            " iliac fossa. CT: acute appendicitis, 10 mm appendix with fat "
            "stranding, no perforation or collection. WBC 13.",
        )
    )
    assert _code(out) == "K35.80", _code(out)


# ---- adverse effect or poisoning ----------------------------------------------------


def test_digoxin_toxicity_on_the_prescribed_dose_is_an_adverse_effect(
    reason: Reason,
) -> None:
    """ICD-10-CM I.C.19.e.5.a: toxicity of a drug correctly prescribed and properly
    taken (a kidney injury raising the level) is an adverse effect (T46.0X5A)."""
    out = reason(
        make_case(
            "nausea",
            age=86,
            sex="M",
            vitals=vitals(48, 118, 64, 16, 96, 36.5),
            one_liner="86M nausea and slow pulse, on digoxin",
            ed_note="86-year-old man taking digoxin 62.5 micrograms daily as "
            "prescribed for atrial fibrillation, recent vomiting illness. "
            "Nausea, poor appetite, seeing yellow. Digoxin level 3.0 ng/mL, "
            "potassium 5.2, creatinine 2.2 mg/dL.",
        )
    )
    assert _code(out) == "T46.0X5A", (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"digoxin[- ]specific|digifab|fab\b|antibod")


def test_lithium_toxicity_on_the_prescribed_dose_is_an_adverse_effect(
    reason: Reason,
) -> None:
    """ICD-10-CM I.C.19.e.5.a: chronic lithium toxicity on the prescribed dose after
    an interacting drug is an adverse effect (T43.595A); EXTRIP 2015 care stays."""
    out = reason(
        make_case(
            "confusion",
            age=67,
            sex="M",
            vitals=vitals(86, 130, 78, 16, 97, 36.9),
            one_liner="67M confused and shaky, on lithium",
            ed_note="67-year-old man taking lithium carbonate as prescribed for "
            "bipolar disorder; bendroflumethiazide was started three weeks "
            "ago. Coarse tremor, unsteady gait and confusion. Lithium 2.8 "
            "mmol/L, creatinine 1.8 mg/dL.",
        )
    )
    assert _code(out) == "T43.595A", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"nephrology|dialysis")


def test_deliberate_lithium_overdose_stays_a_poisoning_guard(reason: Reason) -> None:
    """Guard. ICD-10-CM I.C.19.e.5.b: an overdose taken to self-harm is a poisoning,
    intentional (T43.592A)."""
    out = reason(
        make_case(
            "overdose",
            age=34,
            sex="F",
            vitals=vitals(98, 120, 74, 16, 98, 36.8),
            one_liner="34F took a month of her lithium tablets",
            ed_note="34-year-old woman with bipolar disorder swallowed all her lithium"
            " carbonate tablets two hours ago, intending to kill herself. "
            "Nauseated. Lithium 3.4 mmol/L, creatinine 0.8 mg/dL.",
        )
    )
    assert _code(out) == "T43.592A", _code(out)


def test_deliberate_digoxin_poisoning_with_block_and_high_potassium_goes_to_icu(
    reason: Reason,
) -> None:
    """AHA 2023 toxicology: an acute digoxin poisoning with hyperkalaemia and AV block
    needs Fab and a monitored (intensive) bed, whatever the unspecified self-poisoning
    beside it would take."""
    out = reason(
        make_case(
            "overdose",
            age=61,
            sex="M",
            vitals=vitals(46, 96, 56, 16, 97, 36.6),
            one_liner="61M swallowed his digoxin tablets to end his life",
            ed_note="61-year-old man took about 40 of his digoxin 250 microgram "
            "tablets three hours ago intending to die. Vomiting. Digoxin level"
            " 11 ng/mL, potassium 6.0 mmol/L. ECG: second-degree AV block.",
        )
    )
    d = O.disposition(out)
    assert d.admit_level == "icu", (d.disposition, d.admit_level, d.rationale)
    assert _code(out) == "T46.0X2A", _code(out)


# ---- early pregnancy ---------------------------------------------------------------


def test_anti_d_is_not_given_to_an_rh_positive_woman(reason: Reason) -> None:
    """RCOG Green-top 22 2011 / ACOG PB 181 2017: anti-D prophylaxis is for an Rh D
    negative woman; a documented Rh positive group needs none."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=32,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99, 36.7),
            one_liner="32F 13 weeks pregnant with light bleeding",
            ed_note="32-year-old woman, 13 weeks pregnant, a little painless spotting "
            "today. Blood group B Rh positive. Ultrasound today: live "
            "intrauterine pregnancy, cervix closed.",
        )
    )
    assert not O.medication_ordered(out, r"anti-?d|rh immune|rhig|rhogam"), O.orders(
        out
    )


def test_anti_d_for_an_rh_negative_woman_bleeding_at_17_weeks_guard(
    reason: Reason,
) -> None:
    """Guard. RCOG Green-top 22 2011: bleeding after 12 weeks in an Rh D negative woman
    gets anti-D within 72 hours."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=26,
            sex="F",
            vitals=vitals(84, 116, 70, 14, 99, 36.8),
            one_liner="26F 17 weeks pregnant with vaginal bleeding",
            ed_note="26-year-old woman, 17 weeks pregnant, painless vaginal bleeding "
            "this morning. Blood group O Rh negative. Ultrasound: live "
            "intrauterine pregnancy, cervix closed.",
        )
    )
    assert O.medication_ordered(out, r"anti-?d|rh immune|rhig|rhogam"), O.orders(out)


def test_nausea_of_early_pregnancy_is_not_gastroenteritis(reason: Reason) -> None:
    """RCOG Green-top 69 2016: nausea and vomiting in early pregnancy without diarrhoea,
    fever, ketosis or weight loss is NVP (O21.0), treated at home with an oral
    antiemetic; not gastroenteritis."""
    out = reason(
        make_case(
            "nausea",
            age=28,
            sex="F",
            vitals=vitals(78, 112, 68, 14, 99, 36.7),
            one_liner="28F 7 weeks pregnant, feeling sick every day",
            ed_note="28-year-old woman, 7 weeks pregnant, nauseated most of the day "
            "and vomiting once or twice daily for ten days. Drinking and "
            "keeping fluids down. Urine ketones negative. No diarrhoea, no "
            "abdominal pain.",
        )
    )
    assert _code(out) == "O21.0", (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, r"\bIV fluids")
    assert O.disposition(out).disposition == "Discharge"


def test_hyperemesis_with_ketones_and_weight_loss_stays_hyperemesis_guard(
    reason: Reason,
) -> None:
    """Guard. RCOG Green-top 69 2016: vomiting in pregnancy that keeps no fluid down,
    with ketonuria and weight loss, is hyperemesis gravidarum (O21.1)."""
    out = reason(
        make_case(
            "vomiting",
            age=24,
            sex="F",
            vitals=vitals(112, 106, 64, 18, 99, 36.9),
            one_liner="24F 9 weeks pregnant, cannot keep fluids down",
            ed_note="24-year-old woman, 9 weeks pregnant, vomiting everything for four"
            " days and unable to keep fluids down. Lost 3 kg. Urine ketones "
            "3+.",
        )
    )
    assert _code(out) == "O21.1", _code(out)


def test_molar_pregnancy_on_ultrasound_is_not_an_ectopic(reason: Reason) -> None:
    """RCOG Green-top 38 2020: bleeding in early pregnancy with a snowstorm uterus and
    no fetus is a molar pregnancy (O01.9), evacuated by suction under gynaecology."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=35,
            sex="F",
            vitals=vitals(92, 136, 86, 16, 99, 36.8),
            one_liner="35F 12 weeks pregnant with bleeding and heavy vomiting",
            ed_note="35-year-old woman, 12 weeks pregnant, vaginal bleeding and heavy "
            "vomiting. Uterus large for dates. Ultrasound: snowstorm "
            "appearance within the uterus, no fetal pole.",
        )
    )
    assert _code(out).startswith("O01"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"gyn")


# ---- thyroid storm -----------------------------------------------------------------


def test_graves_thyroid_storm_is_the_diagnosis_not_its_atrial_fibrillation(
    reason: Reason,
) -> None:
    """ATA 2016; ICD-10-CM FY2024 (Graves' disease -> E05.0-; code first the cause):
    a thyroid storm in Graves' disease driving fast AF is coded E05.01."""
    out = reason(
        make_case(
            "palpitations",
            age=38,
            sex="F",
            vitals=vitals(158, 144, 64, 24, 97, 39.4),
            one_liner="38F Graves disease, fast palpitations, fever and agitation",
            ed_note="38-year-old woman with Graves' disease who ran out of carbimazole"
            " six weeks ago. Agitated, sweating, vomiting. AF at 158, "
            "temperature 39.4. Free T4 very high, TSH suppressed. "
            "Burch-Wartofsky score 70.",
        )
    )
    assert _code(out) == "E05.01", (_code(out), out.final.diagnosis_name)


def test_thyroid_storm_fever_without_an_infection_is_not_coded_sepsis(
    reason: Reason,
) -> None:
    """Sepsis-3 (Singer 2016): sepsis is organ dysfunction caused by infection; a
    thyroid storm ruled in by its score explains the fever and confusion when nothing
    points to infection (ATA 2016); a toxic multinodular goitre codes E05.21."""
    out = reason(
        make_case(
            "confusion",
            age=79,
            sex="F",
            vitals=vitals(144, 128, 60, 24, 96, 39.0),
            one_liner="79F toxic multinodular goitre, confused and febrile",
            ed_note="79-year-old woman with a toxic multinodular goitre, contrast CT "
            "two weeks ago. Confused and agitated, febrile, AF 144. Free T4 "
            "very high, TSH undetectable. Burch-Wartofsky score 70.",
        )
    )
    assert not _code(out).startswith("A41"), (_code(out), out.final.diagnosis_name)
    assert _code(out) == "E05.21", _code(out)


# ---- kidney and stones -------------------------------------------------------------


def test_no_nsaid_for_an_infected_obstructed_kidney(reason: Reason) -> None:
    """EAU 2024 urolithiasis: urgent decompression of an obstructed infected kidney;
    KDIGO 2012 AKI 3.1: nephrotoxins are avoided in sepsis: paracetamol or an
    opioid, not ketorolac."""
    out = reason(
        make_case(
            "flank pain",
            age=49,
            sex="M",
            vitals=vitals(118, 102, 62, 22, 97, 38.9),
            one_liner="49M right loin pain, fever and rigors",
            ed_note="49-year-old man with three days of right renal colic, now fever "
            "and rigors. CT: 8 mm proximal right ureteric stone with "
            "hydronephrosis. Urinalysis: leukocytes and nitrites. WBC 18.",
        )
    )
    assert not O.medication_ordered(
        out, r"ketorolac|ibuprofen|diclofenac|naproxen|nsaid"
    ), O.orders(out)
    assert O.ordered(out, r"decompress|nephrostomy|stent")


def test_simple_renal_colic_with_normal_kidneys_keeps_its_nsaid_guard(
    reason: Reason,
) -> None:
    """Guard. EAU 2024: an NSAID is first-line analgesia for renal colic with normal
    kidney function and no infection."""
    out = reason(
        make_case(
            "flank pain",
            age=31,
            sex="M",
            vitals=vitals(90, 136, 82, 16, 99, 36.8),
            one_liner="31M left renal colic",
            ed_note="31-year-old man with sudden left loin to groin colic. Afebrile. "
            "CT KUB: 3 mm stone at the left vesicoureteric junction, no "
            "hydronephrosis. Creatinine 0.9 mg/dL. Urinalysis: blood only.",
        )
    )
    assert O.medication_ordered(out, r"ketorolac|ibuprofen|diclofenac|naproxen")


# ---- liver and gallbladder ---------------------------------------------------------


def test_no_prednisolone_with_a_maddrey_below_32(reason: Reason) -> None:
    """EASL 2018: corticosteroids are for severe alcoholic hepatitis (Maddrey DF >= 32);
    DF = 4.6 x (14 - 12) + 2.6 = 11.8 is not severe."""
    out = reason(
        make_case(
            "jaundice",
            age=47,
            sex="F",
            vitals=vitals(90, 124, 74, 16, 98, 37.0),
            one_liner="47F heavy drinker with yellow eyes",
            ed_note="47-year-old woman drinking heavily for years, yellow eyes for ten"
            " days. Bilirubin 2.6 mg/dL, AST 150, ALT 62, prothrombin time 14 "
            "seconds (control 12 seconds). Ultrasound: fatty liver, bile ducts"
            " not dilated.",
        )
    )
    assert not O.medication_ordered(out, r"prednisolone"), O.orders(out)


def test_maddrey_above_32_keeps_prednisolone_guard(reason: Reason) -> None:
    """Guard. EASL 2018: DF = 4.6 x (23 - 12) + 16 = 66.6: severe alcoholic hepatitis,
    prednisolone considered once infection is excluded."""
    out = reason(
        make_case(
            "jaundice",
            age=45,
            sex="M",
            vitals=vitals(100, 118, 70, 18, 97, 37.5),
            one_liner="45M heavy drinker with deep jaundice",
            ed_note="45-year-old man drinking a bottle of spirits a day until last "
            "week. Deep jaundice for three weeks, tender enlarged liver. "
            "Bilirubin 16 mg/dL, AST 210, ALT 80, prothrombin time 23 seconds "
            "(control 12 seconds). Ultrasound: no biliary dilatation.",
        )
    )
    assert O.medication_ordered(out, r"prednisolone"), O.orders(out)


def test_grade_iii_cholecystitis_gets_urgent_gallbladder_drainage(
    reason: Reason,
) -> None:
    """TG18 (Yokoe M et al. 2018; Okamoto K et al. 2018): acute cholecystitis with an
    organ dysfunction (hypotension, confusion) is grade III: intensive care and urgent
    gallbladder drainage unless early surgery at an advanced centre."""
    out = reason(
        make_case(
            "abdominal pain",
            age=81,
            sex="F",
            vitals=vitals(122, 82, 48, 26, 94, 38.8),
            one_liner="81F right upper quadrant pain and fever, now confused",
            ed_note="81-year-old woman with three days of right upper quadrant pain "
            "and fever, now drowsy and confused. Murphy's sign positive. "
            "Lactate 3.2, creatinine 2.3 mg/dL. Ultrasound: gallstones, "
            "thickened gallbladder wall, pericholecystic fluid, common bile "
            "duct not dilated.",
        )
    )
    assert O.ordered(out, r"cholecystostomy|gallbladder drainage"), O.orders(out)


def test_grade_i_cholecystitis_has_no_drainage_consult_guard(reason: Reason) -> None:
    """Guard. TG18 grade I (no organ dysfunction): antibiotics and early laparoscopic
    cholecystectomy, no percutaneous drainage."""
    out = reason(
        make_case(
            "abdominal pain",
            age=44,
            sex="F",
            vitals=vitals(98, 132, 80, 16, 98, 38.1),
            one_liner="44F right upper quadrant pain for a day",
            ed_note="44-year-old woman with a day of constant right upper quadrant "
            "pain after a fatty meal. Murphy's sign positive. WBC 14. "
            "Ultrasound: gallstones, gallbladder wall 5 mm, pericholecystic "
            "fluid.",
        )
    )
    assert not O.ordered(out, r"cholecystostomy")


def test_a_scan_that_showed_the_pregnancy_in_the_womb_is_no_ectopic(
    reason: Reason,
) -> None:
    """NICE NG126 2023 / ACOG PB 200: bleeding with an intrauterine pregnancy already
    seen on a scan is a threatened miscarriage (O20.0), not an ectopic; patients say
    'in the womb'."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=30,
            sex="F",
            vitals=vitals(76, 120, 74, 14, 99, 36.8),
            one_liner="30-year-old, 9 weeks pregnant, light spotting, scan last week "
            "showed a pregnancy in the womb",
            ed_note="Painless light spotting since this morning.",
        )
    )
    assert _code(out) == "O20.0", (_code(out), out.final.diagnosis_name)


def test_early_pregnancy_pain_with_no_scan_stays_an_ectopic_work_up_guard(
    reason: Reason,
) -> None:
    """Guard. ACOG PB 193 / NICE NG126: pain and bleeding in early pregnancy with no
    scan yet keeps the ectopic open (ultrasound, gynaecology)."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=25,
            sex="F",
            vitals=vitals(88, 116, 70, 16, 99, 36.8),
            one_liner="25-year-old, 6 weeks pregnant, spotting and right pelvic pain, "
            "no scan yet",
            ed_note="Right adnexal tenderness.",
        )
    )
    assert O.ordered(out, r"ultrasound")
    assert O.proposes(out, r"ectopic")

"""medgi56 (issue 10): an adrenal crisis after long-term prednisolone ran out gets
hydrocortisone, a rectus sheath haematoma on apixaban told by Fothergill's sign is a
bleed on an anticoagulant held and admitted (not shingles sent home), an internal
hernia's mesenteric swirl and a colon obstructed by a mass are bowel obstructions, a
ruptured spleen in glandular fever is a haemoperitoneum for the surgeons, a pneumonia on
the film is the diagnosis its low sodium belongs to, a febrile boggy prostate is
prostatitis, no ovarian hyperstimulation without fertility treatment, Budd-Chiari
syndrome by its hepatic veins, a colchicine overdose is admitted to a monitored bed, an
overdose after a funeral is self-harm, a hypoxaemic pulmonary oedema gets CPAP, a
severe (not fulminant) C. difficile its standard regimen, an acalculous cholecystitis a
cholecystostomy, a jaundice with an ALT in the thousands is an acute hepatitis, and
Wernicke's is named before the low glucose beside it.

Sources (named in each docstring): Simpson H et al. Clin Med 2020;20:371 (Society for
Endocrinology adrenal crisis, glucocorticoid-induced adrenal insufficiency); Tomaselli
GF et al. ACC ECDP 2020 and Hatjipetrou A et al. Int J Surg 2015 (rectus sheath
haematoma); Lockhart ME et al. AJR 2007 and Pisano M et al. WSES 2018 (obstruction on
CT); Renzulli P et al. Br J Surg 2009 and Coccolini F et al. WSES 2017 (splenic
rupture); Spasovski G et al. ESE 2014 and Lim WS et al. BTS 2009 (pneumonia and its
SIADH); EAU 2024 urological infections (prostatitis); RCOG Green-top 5 2016 (OHSS); EASL
2016 vascular liver diseases (Budd-Chiari); Finkelstein Y et al. Clin Toxicol 2010 and
NICE NG225 2022 (colchicine, self-harm); McDonagh TA et al. ESC 2021 heart failure
(NIV); McDonald LC et al. IDSA/SHEA 2017 (C. difficile); Mori Y et al. TG18 gallbladder
drainage; Kwo PY et al. ACG 2017 (liver chemistries); Galvin R et al. EFNS 2010
(Wernicke's).

Written from those guidelines, never from rows of the shared data. Each target failed on
main e8bc0d7e (/tmp/base56) before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- endocrine -----------------------------------------------------------------------


def test_vomiting_after_long_term_prednisolone_ran_out_gets_hydrocortisone(
    reason: Reason,
) -> None:
    """Simpson H et al. Clin Med 2020;20:371 (Society for Endocrinology): a
    glucocorticoid taken for 4 weeks or more suppresses the adrenal axis; stopping it
    with vomiting, a low pressure, a low sodium and a low glucose is an adrenal crisis:
    hydrocortisone 100 mg at once."""
    out = reason(
        make_case(
            "lethargy",
            age=57,
            sex="F",
            vitals=vitals(90, 94, 56, 18, 97, 36.3),
            one_liner="57F dizzy and vomiting for two days, had no steroid tablets "
            "left",
            ed_note="Prednisolone 7.5 mg daily for 3 years for polymyalgia, ran out 6 "
            "days ago. Vomiting, light-headed on standing. Na 128, K 5.1, glucose 3.6.",
        )
    )
    assert O.medication_ordered(out, r"hydrocortisone"), O.order_names(out)
    assert _code(out).startswith("E27"), (_code(out), out.final.diagnosis_name)


def test_a_short_prednisolone_course_with_a_stomach_bug_is_no_adrenal_crisis_guard(
    reason: Reason,
) -> None:
    """Simpson 2020: a course of under 3-4 weeks does not suppress the axis; vomiting
    with a normal sodium after 5 days of prednisolone for asthma is no crisis."""
    out = reason(
        make_case(
            "vomiting",
            age=34,
            sex="M",
            vitals=vitals(88, 128, 78, 16, 98, 37.3),
            one_liner="34M vomiting since yesterday, family unwell with the same",
            ed_note="Finished prednisolone 40 mg for 5 days for asthma last week. "
            "Abdomen soft. Na 139, glucose 5.4.",
        )
    )
    assert "crisis" not in O.working(out), O.working(out)
    assert not _code(out).startswith("E27"), _code(out)


# ---- bleeding on an anticoagulant ----------------------------------------------------


def test_a_rectus_sheath_haematoma_by_fothergills_sign_on_apixaban_is_admitted(
    reason: Reason,
) -> None:
    """Hatjipetrou A et al. Int J Surg 2015;13:267 (a tender abdominal-wall mass still
    felt with the rectus tensed, on an anticoagulant, after coughing); Tomaselli GF et
    al. ACC ECDP 2020: a bleed needing hospital care holds the anticoagulant; a
    haemoglobin fall of 2 g/dL or more is major. Not shingles, not home."""
    out = reason(
        make_case(
            "abdominal pain",
            age=76,
            sex="F",
            vitals=vitals(98, 126, 70, 18, 97, 36.7),
            one_liner="76F painful lump low in her tummy wall after a bad cough, on a "
            "blood thinner",
            ed_note="Apixaban for atrial fibrillation. Tender firm mass in the right "
            "lower "
            "abdominal wall that does not cross the midline, Fothergill's sign "
            "positive. Hb 98 (was 124).",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert not O.medication_ordered(out, r"valacyclovir|valaciclovir|aciclovir")
    assert O.ordered(out, r"hold further doses|revers"), O.order_names(out)
    assert "zoster" not in O.working(out), O.working(out)


def test_a_band_of_vesicles_that_stops_at_the_midline_is_still_shingles_guard(
    reason: Reason,
) -> None:
    """NICE CKS shingles 2023: a painful vesicular rash in one dermatome that does not
    cross the midline is herpes zoster: an antiviral within 72 h."""
    out = reason(
        make_case(
            "rash",
            age=71,
            sex="M",
            vitals=vitals(82, 138, 80, 14, 98, 36.8),
            ed_note="71-year-old man, burning pain in the left chest for 3 days, now a "
            "rash of grouped vesicles on a red base that does not cross the midline.",
        )
    )
    assert O.medication_ordered(out, r"valacyclovir|valaciclovir|aciclovir"), (
        O.order_names(out)
    )


# ---- the acute abdomen ---------------------------------------------------------------


def test_a_mesenteric_swirl_after_a_gastric_bypass_is_an_obstruction_for_the_surgeons(
    reason: Reason,
) -> None:
    """Lockhart ME et al. AJR 2007;188:745 (the mesenteric swirl of an internal hernia
    after Roux-en-Y gastric bypass); Ten Broek RPG et al. Bologna 2017: a closed loop is
    an obstruction for the surgeons, nil by mouth, admitted; not gastroenteritis."""
    out = reason(
        make_case(
            "abdominal pain",
            age=39,
            sex="F",
            vitals=vitals(108, 124, 78, 20, 98, 37.1),
            one_liner="39F colicky upper abdominal pain since the morning, gastric "
            "bypass "
            "3 years ago",
            ed_note="Roux-en-Y gastric bypass 3 years ago. Vomiting twice. Soft "
            "abdomen, "
            "mild tenderness. CT: mesenteric swirl sign with clustered small bowel "
            "loops "
            "in the left upper quadrant.",
        )
    )
    assert O.ordered(out, r"surg"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)
    assert "gastroenteritis" not in O.working(out), O.working(out)


def test_a_colon_obstructed_by_a_sigmoid_mass_is_no_constipation(
    reason: Reason,
) -> None:
    """Pisano M et al. WSES 2018 obstructive left colon cancer (World J Emerg Surg
    2018;13:36): CT's dilated colon to an obstructing lesion is a large-bowel
    obstruction for the surgeons, not constipation for laxatives."""
    out = reason(
        make_case(
            "constipation",
            age=79,
            sex="F",
            vitals=vitals(100, 128, 76, 18, 96, 36.8),
            one_liner="79F no bowels opened or wind for 4 days, bloated",
            ed_note="Distended, tympanic. CT: dilated colon down to an obstructing "
            "sigmoid mass, caecum 8 cm, no perforation.",
        )
    )
    assert not _code(out).startswith("K59"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"surg"), O.order_names(out)
    assert not O.medication_ordered(out, r"laxative|lactulose|senna|macrogol|enema")


def test_a_ruptured_spleen_in_glandular_fever_goes_to_the_surgeons(
    reason: Reason,
) -> None:
    """Renzulli P et al. Br J Surg 2009;96:1114 (atraumatic splenic rupture,
    infectious mononucleosis the commonest cause); Coccolini F et al. WSES 2017: left
    upper quadrant or shoulder-tip pain with free fluid or shock is a haemoperitoneum:
    blood, the surgeons, not constipation or gastritis."""
    out = reason(
        make_case(
            "abdominal pain",
            age=21,
            sex="M",
            vitals=vitals(124, 98, 58, 22, 98, 36.8),
            one_liner="21M sudden pain in the left upper abdomen, glandular fever last "
            "month",
            ed_note="Infectious mononucleosis diagnosed 3 weeks ago. Pain at the left "
            "shoulder tip, LUQ tenderness and guarding. Hb 101. FAST: free fluid "
            "around "
            "the spleen.",
        )
    )
    assert O.ordered(out, r"surg"), O.order_names(out)
    assert O.ordered(out, r"crossmatch|transfus"), O.order_names(out)
    assert O.dispo(out) != "Discharge"
    assert not _code(out).startswith(("R10", "K59", "K29")), _code(out)


def test_glandular_fever_without_pain_or_free_fluid_is_no_splenic_rupture_guard(
    reason: Reason,
) -> None:
    """Luzuriaga K, Sullivan JL. NEJM 2010: mononucleosis with a sore throat goes home
    with advice to avoid contact sport; no surgeon."""
    out = reason(
        make_case(
            "sore throat",
            age=19,
            sex="F",
            vitals=vitals(96, 118, 72, 16, 99, 38.0),
            ed_note="Glandular fever confirmed, Monospot positive. Sore throat, tired, "
            "posterior cervical nodes. Abdomen soft, non-tender.",
        )
    )
    assert not out.final.icd10 or not out.final.icd10.startswith("D73"), _code(out)
    assert not O.ordered(out, r"splenectomy"), O.order_names(out)


# ---- electrolytes and infection ------------------------------------------------------


def test_a_pneumonia_on_the_film_is_the_diagnosis_its_low_sodium_belongs_to(
    reason: Reason,
) -> None:
    """Lim WS et al. BTS 2009 (a new infiltrate with an acute lower respiratory
    infection is pneumonia); Spasovski G et al. ESE 2014 (pneumonia among SIADH's
    causes: treat the cause); ICD-10-CM I.A.13 (the underlying condition first): a
    febrile, confused Legionella-like pneumonia with Na 125 is not finalised E87.1."""
    out = reason(
        make_case(
            "fever",
            age=60,
            sex="M",
            vitals=vitals(110, 124, 72, 26, 92, 39.3),
            one_liner="60M fever, dry cough and diarrhoea after a hotel stay, a bit "
            "muddled",
            ed_note="Dry cough, fever, watery diarrhoea, headache, confused at times. "
            "Crackles right base. CXR: right lower lobe consolidation. Na 125, ALT "
            "120, "
            "CRP 280. Legionella urinary antigen sent.",
        )
    )
    assert not _code(out).startswith("E87"), (_code(out), out.final.diagnosis_name)
    assert not O.medication_ordered(out, r"hypertonic|3 ?%"), O.order_names(out)


def test_an_ssri_low_sodium_without_pneumonia_stays_the_diagnosis_guard(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014: a euvolaemic moderate hyponatraemia on an SSRI
    with a clear chest is the sodium's diagnosis (SIADH of the drug)."""
    out = reason(
        make_case(
            "confusion",
            age=78,
            sex="F",
            vitals=vitals(80, 134, 76, 16, 97, 36.7),
            one_liner="78F muddled for a week, started citalopram last month",
            ed_note="Euvolaemic, chest clear, no fever. Sodium 124, urine osmolality "
            "470, "
            "urine sodium 48.",
        )
    )
    assert _code(out).startswith("E87"), (_code(out), out.final.diagnosis_name)


def test_a_febrile_prostate_tender_in_a_list_of_signs_is_prostatitis(
    reason: Reason,
) -> None:
    """EAU 2024 urological infections 3.8: fever with a tender, swollen, warm prostate
    is acute bacterial prostatitis (a fluoroquinolone for weeks); its retention is
    drained by a suprapubic or small-calibre catheter, not a routine Foley."""
    out = reason(
        make_case(
            "urinary retention",
            age=63,
            sex="M",
            vitals=vitals(106, 130, 76, 20, 97, 38.6),
            one_liner="63M fever, pain in the perineum, unable to pass urine",
            ed_note="Rigors, perineal pain, dysuria for 2 days. Bladder scan 580 mL. "
            "DRE: "
            "very tender, warm, boggy prostate.",
        )
    )
    assert "prostatitis" in O.working(out), O.working(out)
    assert _code(out).startswith("N41"), _code(out)
    assert not O.ordered(out, r"^foley catheter$"), O.order_names(out)


def test_a_smooth_non_tender_prostate_in_retention_is_no_prostatitis_guard(
    reason: Reason,
) -> None:
    """EAU 2024: an afebrile retention with a smooth, non-tender enlarged prostate is
    benign prostatic obstruction: catheterised, no prostatitis."""
    out = reason(
        make_case(
            "urinary retention",
            age=74,
            sex="M",
            vitals=vitals(86, 148, 84, 16, 97, 36.7),
            one_liner="74M unable to pass urine since last night, painful lower tummy",
            ed_note="Bladder scan 900 mL. DRE: smooth, enlarged, non-tender prostate. "
            "No "
            "fever, urine dip clear.",
        )
    )
    assert "prostatitis" not in O.working(out), O.working(out)


# ---- liver ---------------------------------------------------------------------------


def test_ascites_on_the_pill_without_fertility_treatment_is_no_ohss(
    reason: Reason,
) -> None:
    """RCOG Green-top 5 (2016): ovarian hyperstimulation follows ovarian
    stimulation; a woman on the pill with ascites and no fertility treatment is not
    worked as OHSS."""
    out = reason(
        make_case(
            "abdominal pain",
            age=31,
            sex="F",
            vitals=vitals(100, 118, 72, 18, 98, 37.0),
            one_liner="31F swollen abdomen and right upper pain for 10 days, on the "
            "combined pill",
            ed_note="Tender hepatomegaly, shifting dullness. ALT 180, bilirubin 30.",
        )
    )
    assert "hyperstimulation" not in O.working(out), O.working(out)
    assert not O.ordered(out, r"fertility unit"), O.order_names(out)


def test_no_flow_in_the_hepatic_veins_is_budd_chiari_anticoagulated(
    reason: Reason,
) -> None:
    """EASL 2016 vascular diseases of the liver (J Hepatol 2016;64:179): hepatic venous
    outflow obstruction on Doppler is Budd-Chiari syndrome: anticoagulation at once, the
    oestrogen stopped, hepatology with a transplant centre."""
    out = reason(
        make_case(
            "abdominal pain",
            age=35,
            sex="F",
            vitals=vitals(102, 122, 76, 18, 98, 37.0),
            one_liner="35F swollen tummy and pain under the right ribs, on the pill",
            ed_note="Tender hepatomegaly, ascites. ALT 190. Doppler ultrasound: no "
            "flow "
            "in the hepatic veins.",
        )
    )
    assert O.medication_ordered(out, r"heparin"), O.order_names(out)
    assert O.ordered(out, r"hepatology"), O.order_names(out)
    assert _code(out) == "I82.0", (_code(out), out.final.diagnosis_name)


# ---- toxicology ----------------------------------------------------------------------


def test_a_deliberate_colchicine_overdose_is_admitted_and_monitored(
    reason: Reason,
) -> None:
    """Finkelstein Y et al. Clin Toxicol 2010;48:407; TOXBASE: a colchicine overdose
    causes multi-organ failure at 24-72 h: admitted to a monitored bed whatever its
    early state, serial blood counts; NICE NG225 2022: a psychosocial assessment."""
    out = reason(
        make_case(
            "overdose",
            age=24,
            sex="F",
            vitals=vitals(108, 110, 66, 18, 98, 36.8),
            one_liner="24F took her grandmother's gout tablets, about 35 of them, 6 "
            "hours ago, vomiting",
            ed_note="Colchicine 500 microgram tablets. Deliberate after an argument. "
            "Vomiting and diarrhoea. WCC 14, platelets normal.",
        )
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, r"cardiac monitoring|high-dependency|intensive care")
    assert O.ordered(out, r"full blood count|blood count|cbc"), O.order_names(out)
    assert O.ordered(out, r"psychiatr|mental health|psychosocial"), O.order_names(out)
    assert _code(out).startswith("T50.4"), (_code(out), out.final.diagnosis_name)


def test_colchicine_for_a_gout_flare_is_no_poisoning_guard(reason: Reason) -> None:
    """EULAR 2016 gout: low-dose colchicine for a flare is treatment, not a
    poisoning."""
    out = reason(
        make_case(
            "joint pain",
            age=62,
            sex="M",
            vitals=vitals(84, 142, 86, 16, 98, 37.4),
            one_liner="62M hot swollen big toe since last night",
            ed_note="Gout before, takes colchicine 500 micrograms twice daily during "
            "flares. Red, hot, swollen first MTP joint.",
        )
    )
    assert not _code(out).startswith("T50.4"), _code(out)


def test_an_overdose_of_all_her_tablets_after_a_funeral_is_self_harm(
    reason: Reason,
) -> None:
    """NICE NG225 2022: any self-poisoning, whatever its motive, is self-harm; a loss is
    a precipitant as a row is (Hawton K et al. Lancet 2012;379:2373): coded intentional
    (ICD-10-CM I.C.19.e.5.b) with a psychosocial assessment."""
    out = reason(
        make_case(
            "overdose",
            age=61,
            sex="F",
            vitals=vitals(62, 92, 50, 16, 97, 36.5),
            one_liner="61F took all of her heart tablets after her husband's funeral",
            ed_note="About 30 x 5 mg amlodipine 2 hours ago. Dizzy. ECG sinus rhythm "
            "62.",
        )
    )
    assert _code(out).endswith("2A"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"psychiatr|mental health|psychosocial"), O.order_names(out)


# ---- more leftovers of session 55 ----------------------------------------------------


def test_pulmonary_oedema_at_spo2_87_after_missed_dialysis_gets_cpap(
    reason: Reason,
) -> None:
    """McDonagh TA et al. ESC 2021 heart failure 11.3.1 (class IIa): non-invasive
    positive pressure ventilation in respiratory distress with SpO2 < 90 %, as soon as
    possible; Berbenetz N et al. Cochrane 2019: whatever the working label (the oedema
    of a missed dialysis beside its hyperkalaemia)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=61,
            sex="M",
            vitals=vitals(102, 188, 104, 30, 87, 36.8),
            one_liner="61M on haemodialysis, missed his last two sessions, short of "
            "breath when he lies down",
            ed_note="Dialyses three times a week, missed the last two. Crackles to the "
            "mid-zones, ankle oedema, 3 kg over his dry weight. K 6.8, ECG peaked T "
            "waves. CXR pulmonary oedema.",
        )
    )
    assert O.ordered(out, r"cpap|non-invasive ventilation|bilevel"), O.order_names(out)


def test_a_pneumonia_at_spo2_88_without_oedema_gets_no_cpap_guard(
    reason: Reason,
) -> None:
    """ESC 2021 11.3.1 is about pulmonary oedema; a lobar pneumonia at SpO2 88 % gets
    oxygen, not a CPAP line by this pathway (BTS 2017 emergency oxygen)."""
    out = reason(
        make_case(
            "cough",
            age=55,
            sex="M",
            vitals=vitals(108, 124, 74, 26, 88, 38.9),
            ed_note="Productive cough 3 days, fever. Bronchial breathing right base. "
            "CXR: "
            "right lower lobe consolidation, no pulmonary oedema.",
        )
    )
    assert not O.ordered(out, r"cpap"), O.order_names(out)


def test_a_severe_c_difficile_with_bowel_sounds_gets_the_standard_regimen(
    reason: Reason,
) -> None:
    """McDonald LC et al. IDSA/SHEA 2017 (Johnson S et al. 2021 update): severe
    C. difficile (WCC >= 15 or creatinine > 1.5 mg/dL) gets oral vancomycin 125 mg four
    times a day or fidaxomicin; the fulminant regimen (vancomycin 500 mg with IV
    metronidazole) is for hypotension, shock, ileus or megacolon, not a soft, mildly
    distended belly with bowel sounds."""
    out = reason(
        make_case(
            "diarrhoea",
            age=75,
            sex="F",
            vitals=vitals(100, 120, 72, 18, 96, 38.1),
            one_liner="75F watery diarrhoea 8 times a day since her antibiotics",
            ed_note="Finished clindamycin a week ago. C. difficile toxin positive. WCC "
            "19, "
            "creatinine 160. Abdomen soft, mildly distended, bowel sounds present.",
        )
    )
    assert O.medication_ordered(out, r"vancomycin 125|fidaxomicin"), O.order_names(out)
    assert not O.medication_ordered(out, r"metronidazole"), O.order_names(out)


def test_a_c_difficile_with_shock_keeps_the_fulminant_regimen_guard(
    reason: Reason,
) -> None:
    """IDSA/SHEA 2017: hypotension makes C. difficile fulminant: vancomycin 500 mg
    four times a day with IV metronidazole, CT and the surgeons."""
    out = reason(
        make_case(
            "diarrhoea",
            age=80,
            sex="M",
            vitals=vitals(124, 82, 46, 24, 95, 38.6),
            one_liner="80M profuse diarrhoea after antibiotics, now drowsy and cold",
            ed_note="C. difficile toxin positive. WCC 31, lactate 4.2. Abdomen "
            "distended "
            "and tender.",
        )
    )
    assert O.medication_ordered(out, r"metronidazole"), O.order_names(out)


def test_an_acalculous_cholecystitis_after_cardiac_surgery_is_drained(
    reason: Reason,
) -> None:
    """Mori Y et al. TG18 gallbladder drainage (J Hepatobiliary Pancreat Sci
    2018;25:87); Huffman JL, Schenker S. Clin Gastroenterol Hepatol 2010;8:15: an
    acalculous cholecystitis in a high-risk patient is drained by percutaneous
    cholecystostomy."""
    out = reason(
        make_case(
            "fever",
            age=71,
            sex="M",
            vitals=vitals(108, 106, 62, 22, 95, 38.5),
            one_liner="71M ten days after valve surgery, fever and pain under the "
            "right "
            "ribs",
            ed_note="Long ICU stay after aortic valve replacement. RUQ tenderness, "
            "Murphy's sign positive. WCC 18. Ultrasound: distended thick-walled "
            "gallbladder with pericholecystic fluid, no stones.",
        )
    )
    assert O.ordered(out, r"cholecystostomy"), O.order_names(out)
    assert not _code(out).startswith("K80"), _code(out)


def test_a_calculous_cholecystitis_keeps_its_stone_code_guard(reason: Reason) -> None:
    """ICD-10-CM FY2024 K80.00 (K81 Excludes1 cholecystitis with cholelithiasis): a
    cholecystitis with gallstones on the scan is coded by its stones."""
    out = reason(
        make_case(
            "abdominal pain",
            age=52,
            sex="F",
            vitals=vitals(102, 132, 80, 18, 98, 38.4),
            one_liner="52F pain under the right ribs for a day with fever",
            ed_note="RUQ tenderness, Murphy's sign positive. WCC 15. Ultrasound: "
            "gallstones, thick-walled gallbladder, pericholecystic fluid.",
        )
    )
    assert _code(out).startswith("K80.0"), (_code(out), out.final.diagnosis_name)
    assert not O.ordered(out, r"acalculous"), O.order_names(out)


def test_jaundice_with_an_alt_in_the_thousands_is_an_acute_hepatitis(
    reason: Reason,
) -> None:
    """Kwo PY et al. ACG 2017 abnormal liver chemistries (aminotransferases > 1000 U/L:
    viral, toxic or ischaemic); Wendon J et al. EASL 2017 ALF (a paracetamol level in
    every one); UKHSA 2017 hepatitis A: a traveller's jaundice is an acute hepatitis,
    not a sexually transmitted infection."""
    out = reason(
        make_case(
            "dark urine",
            age=38,
            sex="F",
            vitals=vitals(86, 122, 76, 16, 98, 37.2),
            one_liner="38F yellow eyes and dark urine, off her food for a week",
            ed_note="Back from Nepal 4 weeks ago. Jaundiced, mild RUQ tenderness. ALT "
            "3100, bilirubin 98, INR 1.1. Alert, no asterixis. Hepatitis serology "
            "sent.",
        )
    )
    assert O.ordered(out, r"paracetamol level|acetaminophen level"), O.order_names(out)
    assert not O.ordered(out, r"gonorrh|chlamydia"), O.order_names(out)
    assert _code(out).startswith("B1"), (_code(out), out.final.diagnosis_name)


def test_wernickes_triad_beside_a_low_glucose_is_finalised_as_wernickes(
    reason: Reason,
) -> None:
    """Galvin R et al. EFNS 2010; NICE CG100 (trauma56's request): confusion, ataxia
    and ophthalmoplegia in a malnourished drinker are Wernicke's encephalopathy (E51.2);
    a glucose of 3.3 beside them explains no eye palsy: thiamine IV, the diagnosis
    named Wernicke's, not the hypoglycaemia."""
    out = reason(
        make_case(
            "confusion",
            age=49,
            sex="M",
            vitals=vitals(102, 120, 74, 18, 97, 36.5),
            one_liner="49M heavy drinker, muddled and unsteady, eyes not moving "
            "outwards",
            ed_note="Drinks a bottle of vodka a day, barely eating. Confused, "
            "wide-based "
            "ataxic gait, nystagmus and bilateral lateral rectus palsy. Glucose 3.3.",
        )
    )
    assert O.medication_ordered(out, r"thiamine|pabrinex"), O.order_names(out)
    assert _code(out) == "E51.2", (_code(out), out.final.diagnosis_name)


def test_an_insulin_hypoglycaemia_without_eye_signs_stays_hypoglycaemia_guard(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024 section 6: a confused insulin-treated diabetic with a
    glucose of 2.4 is a hypoglycaemia (coded with its diabetes, E1x.649)."""
    out = reason(
        make_case(
            "confusion",
            age=66,
            sex="M",
            vitals=vitals(96, 138, 80, 16, 98, 36.4),
            one_liner="66M type 2 diabetic on insulin, found sweaty and muddled",
            ed_note="Took his usual insulin, skipped lunch. Glucose 2.4. No focal "
            "signs.",
        )
    )
    assert _code(out) != "E51.2", _code(out)


def test_a_citalopram_overdose_with_a_qtc_of_560_gets_magnesium(reason: Reason) -> None:
    """Drew BJ et al. AHA/ACCF 2010 (torsades prevention); Isbister GK et al. J Toxicol
    Clin Toxicol 2004;42:277 (readers56's request): a QTc above 500 ms after a
    citalopram overdose gets IV magnesium and potassium kept high-normal."""
    out = reason(
        make_case(
            "overdose",
            age=31,
            sex="F",
            vitals=vitals(94, 114, 72, 16, 98, 36.8),
            one_liner="31F took a box of citalopram, light-headed",
            ed_note="About 30 x 20 mg citalopram 3 hours ago. ECG: sinus rhythm, QTc "
            "540 ms.",
        )
    )
    assert O.medication_ordered(out, r"magnesium"), O.order_names(out)


def test_a_sertraline_overdose_with_a_normal_qtc_gets_no_magnesium_guard(
    reason: Reason,
) -> None:
    """Isbister 2004: an SSRI overdose with a normal QTc is observed, no magnesium."""
    out = reason(
        make_case(
            "overdose",
            age=27,
            sex="M",
            vitals=vitals(96, 126, 78, 16, 99, 36.8),
            one_liner="27M took 25 of his sertraline tablets",
            ed_note="Sertraline 50 mg x 25, 2 hours ago. ECG: sinus rhythm, QTc 430 "
            "ms.",
        )
    )
    assert not O.medication_ordered(out, r"magnesium"), O.order_names(out)

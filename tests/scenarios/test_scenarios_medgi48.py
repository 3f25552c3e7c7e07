"""medgi48 (issue 10): a felt tender aneurysm behind a 'renal colic', an obstruction
read through its list of symptoms, SBP's diuretics, peritonitis around a gastrostomy, a
high-output ileostomy, a moderate hyponatraemia named and fluid-restricted, myxoedema
coma's bradycardia, an unimaged renal colic's code, and adnexal torsion in old age.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main bb189f0d before its
fix; the guards (named so) hold on both.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- abdominal vascular and obstruction -------------------------------------------


def test_a_tender_pulsatile_mass_with_a_shock_index_over_1_is_a_rupture(
    reason: Reason,
) -> None:
    """Wanhainen A et al. ESVS 2024 AAA guideline; Chaikof EL et al. SVS 2018; NICE
    CKS renal colic: a first 'renal colic' over 60 with a pulsatile mass and a shock
    index above 1 is a ruptured aneurysm until proven otherwise: vascular surgery, blood
    ready, theatre from the ED (not a ward bed)."""
    out = reason(
        make_case(
            "flank pain",
            age=73,
            sex="M",
            vitals=vitals(114, 100, 62, 22, 96, 36.5),
            one_liner="73M left loin pain, felt faint",
            ed_note="73-year-old man, smoker. Sudden left loin pain spreading to the "
            "groin two hours ago, felt faint. No previous kidney stones. Urine "
            "dipstick: trace of blood. Pulsatile tender mass above the umbilicus.",
        )
    )
    assert O.dispo(out).startswith("OR"), O.dispo(out)
    assert O.ordered(out, r"vascular surgery"), O.orders(out)
    assert _code(out).startswith("I71.3"), _code(out)


def test_obstruction_after_a_bowel_resection_is_not_coded_constipation(
    reason: Reason,
) -> None:
    """Ten Broek RPG et al. Bologna 2017 adhesive small-bowel obstruction (World J
    Emerg Surg 2018;13:24): vomiting, distension and no bowel opening after a bowel
    resection is an obstruction (adhesions two thirds of them) to be imaged and
    decompressed, with analgesia and an antiemetic meanwhile; 'no bowel opening' does
    not negate the vomiting listed after it."""
    out = reason(
        make_case(
            "abdominal pain",
            age=79,
            sex="F",
            vitals=vitals(96, 146, 84, 18, 96, 36.9),
            one_liner="79F 2 days no bowel opening, vomiting, distended",
            ed_note="79-year-old woman who had an anterior resection for a rectal "
            "cancer years ago. Two days of colicky central abdominal pain and "
            "swelling, vomiting bilious fluid since this morning. High-pitched "
            "tinkling bowel sounds. No hernia.",
        )
    )
    assert _code(out).startswith("K56"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"ondansetron|antiemetic"), O.orders(out)


# ---- liver ------------------------------------------------------------------------


def test_sbp_on_diuretics_without_kidney_injury_stops_the_diuretics(
    reason: Reason,
) -> None:
    """EASL 2018 decompensated cirrhosis (J Hepatol 2018;69:406); Aithal GP et al.
    BSG/BASL 2021 ascites (Gut 2021;70:9): the diuretics are stopped while SBP is
    treated (hepatorenal injury follows SBP in a third: Sort P et al. NEJM 1999),
    whether or not the creatinine has already risen."""
    out = reason(
        make_case(
            "abdominal pain",
            age=57,
            sex="M",
            vitals=vitals(94, 114, 68, 18, 97, 37.9),
            one_liner="57M cirrhosis, ascites, tummy pain and fever",
            ed_note="57-year-old man with alcohol-related cirrhosis and ascites, "
            "taking spironolactone 200 mg and furosemide 80 mg. Diffuse abdominal "
            "pain and fever for a day, alert. Ascitic tap: neutrophils 540 /mm3. "
            "Creatinine 80.",
        )
    )
    assert "peritonitis" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"stop the diuretics"), O.orders(out)


def test_sbp_without_a_diuretic_names_none_to_stop_guard(reason: Reason) -> None:
    """EASL 2018: the diuretic line is for a patient taking one."""
    out = reason(
        make_case(
            "abdominal pain",
            age=63,
            sex="F",
            vitals=vitals(92, 118, 70, 18, 97, 37.8),
            one_liner="63F cirrhosis, new ascites, pain and fever",
            ed_note="63-year-old woman with hepatitis C cirrhosis and new ascites, on "
            "no regular medicines. Abdominal pain and fever. Ascitic tap: neutrophils "
            "410 /mm3.",
        )
    )
    assert "peritonitis" in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, r"stop the diuretics"), O.orders(out)


# ---- tubes and stomas -------------------------------------------------------------


def test_peritonism_days_after_a_gastrostomy_is_a_leak_not_pyelonephritis(
    reason: Reason,
) -> None:
    """Rahnemai-Azar AA et al. World J Gastroenterol 2014;20:7739; Arvanitakis M et al.
    ESGE 2021 enteral tubes (Endoscopy 2021;53:81): peritonism with a gastrostomy is a
    leak or a dislodged tube until a contrast study or CT shows otherwise: feeds
    stopped, antibiotics, the surgeon (ICD-10-CM K94.29)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=76,
            sex="F",
            vitals=vitals(114, 112, 68, 22, 96, 38.2),
            one_liner="76F new PEG tube, pain and fever",
            ed_note="76-year-old woman whose PEG was placed five days ago for "
            "swallowing problems after a stroke. Since the feeds began: abdominal "
            "pain, fever, guarding around the tube and feed leaking around the tube.",
        )
    )
    assert _code(out) == "K94.29", (_code(out), O.working(out))
    assert O.ordered(out, r"stop the feeds"), O.orders(out)
    assert O.medication_ordered(out, r"antibiotic"), O.orders(out)
    assert "pyelonephritis" not in O.working(out).lower(), O.working(out)


def test_a_gastrostomy_that_fell_out_without_peritonism_is_replaced_guard(
    reason: Reason,
) -> None:
    """Rahnemai-Azar 2014: a mature tract is kept open and the tube replaced; no leak
    work-up without peritonism."""
    out = reason(
        make_case(
            "feeding tube problem",
            age=83,
            sex="M",
            vitals=vitals(80, 134, 76, 16, 97, 36.7),
            one_liner="83M gastrostomy tube came out an hour ago",
            ed_note="83-year-old man with a gastrostomy placed a year ago. The tube "
            "came out an hour ago. Soft non-tender abdomen, no fever.",
        )
    )
    assert _code(out) == "K94.23", (_code(out), O.working(out))
    assert not O.ordered(out, r"stop the feeds"), O.orders(out)


def test_a_high_output_ileostomy_is_treated_as_one(reason: Reason) -> None:
    """Nightingale J, Woodward JM. BSG short bowel guideline (Gut 2006;55 Suppl 4:iv1);
    Arenas Villafranca JJ et al. Nutr Hosp 2015: an ileostomy putting out more than
    1.5-2 L a day is rehydrated with IV saline, hypotonic drinks restricted for an oral
    rehydration solution, loperamide and a proton pump inhibitor given."""
    out = reason(
        make_case(
            "dehydration",
            age=58,
            sex="M",
            vitals=vitals(104, 102, 64, 18, 97, 36.6),
            one_liner="58M new ileostomy, high output, light-headed",
            ed_note="58-year-old man two weeks after a right hemicolectomy with an end "
            "ileostomy. Stoma output 3 litres a day for four days, thirsty, drinking "
            "plenty of water, light-headed. Creatinine 150 (baseline 80), potassium "
            "3.3.",
        )
    )
    assert "stoma" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, r"loperamide"), O.orders(out)
    assert O.ordered(out, r"restrict oral hypotonic"), O.orders(out)


def test_gastroenteritis_without_a_stoma_gets_no_stoma_care_guard(
    reason: Reason,
) -> None:
    """A diarrhoeal illness without a stoma gets no stoma regimen."""
    out = reason(
        make_case(
            "diarrhoea",
            age=34,
            sex="F",
            vitals=vitals(92, 118, 74, 16, 99, 37.4),
            one_liner="34F watery diarrhoea and vomiting for a day",
            ed_note="34-year-old woman with watery diarrhoea and vomiting since "
            "yesterday after a takeaway meal; her partner has the same. Soft abdomen.",
        )
    )
    assert "stoma" not in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, r"restrict oral hypotonic"), O.orders(out)


# ---- sodium and thyroid -----------------------------------------------------------


def test_a_moderate_euvolaemic_hyponatraemia_is_named_and_fluid_restricted(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014 (Eur J Endocrinol 2014;170:G1) sections 1 and
    3.3.1: a measured sodium of 125-129 is moderate hyponatraemia (E87.1); a euvolaemic
    one (SIADH) is treated by fluid restriction after TSH and cortisol."""
    out = reason(
        make_case(
            "abnormal lab",
            age=66,
            sex="F",
            vitals=vitals(78, 132, 76, 16, 98, 36.7),
            one_liner="66F sent in with a sodium of 127",
            ed_note="66-year-old woman, a fortnight after a chest infection, feels "
            "tired. No confusion, no vomiting. Sodium 127, serum osmolality 264, urine "
            "osmolality 410, urine sodium 48. Clinically euvolaemic. On no diuretic. "
            "Chest x-ray: resolving left lower lobe consolidation.",
        )
    )
    assert _code(out) == "E87.1", (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"fluid restriction"), O.orders(out)
    assert not O.medication_ordered(out, r"3% hypertonic"), O.orders(out)


def test_dka_with_a_low_measured_sodium_stays_dka_guard(reason: Reason) -> None:
    """ESE 2014 section 2.2: the sodium beside a high glucose is translocational; the
    ketoacidosis is the diagnosis (JBDS-IP 2023)."""
    out = reason(
        make_case(
            "vomiting",
            age=23,
            sex="F",
            vitals=vitals(120, 104, 62, 28, 98, 36.9),
            one_liner="23F type 1 diabetes, vomiting, breathing fast",
            ed_note="23-year-old woman with type 1 diabetes, vomiting since yesterday. "
            "Glucose 31 mmol/L, pH 7.08, bicarbonate 7, ketones 5.9, sodium 127, "
            "potassium 4.6.",
        )
    )
    assert "ketoacidosis" in O.working(out).lower(), O.working(out)
    assert _code(out).startswith("E10.1"), _code(out)


def test_myxoedema_coma_bradycardia_gets_no_acls_atropine(reason: Reason) -> None:
    """Jonklaas J et al. ATA 2014; Tintinalli 9th ed. ch. 229; Wiersinga WM Endotext
    2018: the bradycardia of myxoedema coma answers to thyroid hormone and rewarming,
    atropine seldom; pacing pads on, hydrocortisone before levothyroxine."""
    out = reason(
        make_case(
            "drowsy",
            age=81,
            sex="F",
            vitals=vitals(42, 90, 52, 9, 93, 33.6),
            one_liner="81F drowsy and cold at home",
            ed_note="81-year-old woman with hypothyroidism who ran out of her "
            "levothyroxine last winter. Found drowsy and cold. Puffy face, slow "
            "relaxing reflexes. Temperature 33.6, HR 42 sinus bradycardia. Sodium 126.",
        )
    )
    assert "myx" in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, r"atropine 1 mg"), O.orders(out)
    assert O.ordered(out, r"pacing pads"), O.orders(out)
    assert O.medication_ordered(out, r"hydrocortisone"), O.orders(out)


def test_a_drowsy_hypotensive_bradycardia_without_thyroid_disease_keeps_atropine_guard(
    reason: Reason,
) -> None:
    """AHA 2020 ACLS adult bradycardia algorithm: atropine first for an unstable
    bradycardia."""
    out = reason(
        make_case(
            "dizziness",
            age=72,
            sex="M",
            vitals=vitals(38, 78, 44, 16, 96, 36.6),
            one_liner="72M dizzy and confused, slow pulse, low pressure",
            ed_note="72-year-old man, dizzy and confused for an hour. Pale and clammy. "
            "ECG: complete heart block, rate 38.",
        )
    )
    assert O.medication_ordered(out, r"atropine"), O.orders(out)


# ---- kidney and pelvis ------------------------------------------------------------


def test_an_unimaged_renal_colic_is_coded_as_the_colic(reason: Reason) -> None:
    """ICD-10-CM FY2024 N23 (unspecified renal colic); NICE NG118 2019 1.1: imaging
    within 24 h confirms the stone. Until a scan shows one the code is the colic, not
    a calculus of the kidney."""
    out = reason(
        make_case(
            "flank pain",
            age=41,
            sex="F",
            vitals=vitals(92, 132, 82, 18, 99, 36.8),
            one_liner="41F left loin to groin pain, vomiting",
            ed_note="41-year-old woman with sudden colicky left loin pain spreading to "
            "the groin, restless, vomited once. Dipstick: blood 3+, nitrite and "
            "leucocytes negative. No fever. Creatinine 70. Not pregnant (urine hCG "
            "negative).",
        )
    )
    assert _code(out) == "N23", (_code(out), out.final.diagnosis_name)


def test_a_colic_with_the_stone_on_ct_keeps_its_calculus_code_guard(
    reason: Reason,
) -> None:
    """ICD-10-CM N20.1: a stone the CT shows in the ureter is coded there."""
    out = reason(
        make_case(
            "flank pain",
            age=44,
            sex="M",
            vitals=vitals(90, 136, 84, 18, 99, 36.8),
            one_liner="44M right loin to groin pain",
            ed_note="44-year-old man with right loin pain radiating to the groin. "
            "Dipstick: blood 2+. CT KUB: 4 mm stone in the right distal ureter with "
            "mild hydronephrosis.",
        )
    )
    assert _code(out).startswith("N20"), _code(out)


def test_an_old_womans_left_iliac_fossa_peritonism_calls_no_gynaecologist(
    reason: Reason,
) -> None:
    """Houry D, Abbott JT. Ann Emerg Med 2001;38:156 (adnexal torsion, a disease of
    the reproductive years); ACR Appropriateness Criteria left lower quadrant pain
    2023; Hall J et al. ASCRS 2020: an old woman's left iliac fossa peritonism with
    inflammation is diverticular disease to be scanned, not a torsion for the
    gynaecologist."""
    out = reason(
        make_case(
            "abdominal pain",
            age=86,
            sex="F",
            vitals=vitals(104, 140, 80, 20, 96, 37.6),
            one_liner="86F with dementia, vague abdominal pain, not herself",
            ed_note="86-year-old woman with dementia from a care home, off her food "
            "for 2 days, vague lower abdominal pain, vomited once. Left iliac fossa "
            "tenderness with localised guarding. WBC 16, CRP 170.",
        )
    )
    assert not O.ordered(out, r"^gyn"), O.orders(out)
    assert "torsion" not in O.working(out).lower(), O.working(out)


def test_a_young_womans_sudden_pain_with_an_ovarian_cyst_stays_torsion_guard(
    reason: Reason,
) -> None:
    """ACOG CO 783 (2019): sudden one-sided pelvic pain with vomiting and an ovarian
    mass is torsion until laparoscopy."""
    out = reason(
        make_case(
            "abdominal pain",
            age=24,
            sex="F",
            vitals=vitals(108, 120, 72, 18, 99, 37.0),
            one_liner="24F sudden left lower abdominal pain, vomiting",
            ed_note="24-year-old woman with sudden severe left iliac fossa pain two "
            "hours ago and vomiting. Urine hCG negative. Ultrasound: 6 cm left "
            "ovarian cyst with reduced ovarian flow.",
        )
    )
    assert "torsion" in O.working(out).lower(), O.working(out)
    assert re.search(r"gyn", " ".join(o.name for o in O.orders(out)), re.I)

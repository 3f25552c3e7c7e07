"""infect49 (session 49): infection, sepsis, environmental and toxicology.

Written from guidelines, not from shared data: chronic digoxin toxicity is a clinical
diagnosis the level confirms (Goldfrank's 11th ed. ch. 62; Lavonas EJ et al. AHA 2023);
a fever with a known ureteric stone is an obstructed infected kidney for decompression
(EAU urolithiasis 2024); pain and encephalopathy in cirrhotic ascites are spontaneous
bacterial peritonitis until the tap (AASLD 2021; EASL 2018); a carbon monoxide source
shown at home with its symptoms is CO poisoning (Weaver LK. NEJM 2009; ACEP 2017); an
adder bite with the bitten foot swollen is local envenoming (WHO 2016; Warrell DA. BMJ
2005); pneumonia in a transplant recipient is admitted (Ramirez JA et al. Chest 2020;
AST IDCOP 2019); a stated aspirin or amlodipine overdose is worked as that poisoning
(ICD-10-CM FY2024 I.C.19.e.5.b; EXTRIP 2015; St-Onge M et al. 2017); a painful tooth
with a swollen cheek is a dental abscess (SDCEP 2016); a spouse's sulfonylurea taken by
someone without diabetes is a poisoning (Goldfrank's 11th ed. ch. 47).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (2b06a400) -------------------------


def test_chronic_digoxin_toxicity_is_worked_as_digoxin_toxicity(reason: Reason) -> None:
    """Goldfrank's 11th ed. ch. 62; Lavonas EJ et al. AHA 2023 toxicology: an older
    patient on digoxin with a slow pulse, vomiting and a raised potassium after a kidney
    injury has digoxin toxicity until the level says otherwise; antibody fragments for
    a life-threatening bradycardia or potassium > 5. It was AF "with rapid ventricular
    response" at 44/min with no level."""
    out = reason(
        make_case(
            "weakness",
            age=83,
            sex="M",
            vitals=vitals(42, 104, 60, 16, 96, 36.5),
            one_liner="83M on digoxin, off his food and vomiting",
            ed_note=(
                "Takes digoxin and furosemide for heart failure and AF. Five days of "
                "vomiting and not eating. Pulse 42. Potassium 6.1, creatinine 230 "
                "(baseline 120)."
            ),
        )
    )
    assert "glycosides" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"digoxin level"), O.orders(out)
    assert O.medication_ordered(out, r"antibody fragments|digoxin immune fab"), (
        O.orders(out)
    )
    assert _code(out).startswith("T46.0"), _code(out)


def test_fever_with_a_known_ureteric_stone_is_an_obstructed_infected_kidney(
    reason: Reason,
) -> None:
    """Skolarikos A et al. EAU urolithiasis 2024: an obstructed kidney with signs of
    infection needs urgent decompression (nephrostomy or stent) besides antibiotics.
    A known ureteric stone with fever and rigors was sepsis with no urology."""
    out = reason(
        make_case(
            "fever",
            age=46,
            sex="M",
            vitals=vitals(118, 104, 64, 20, 97, 38.9),
            one_liner="46M rigors and right loin pain",
            ed_note=(
                "Known 6 mm right ureteric stone on CT five days ago, not yet passed. "
                "Since this morning shaking chills, fever and worse right loin pain."
            ),
        )
    )
    assert O.ordered(out, r"nephrostomy|ureteric stent|decompression"), O.orders(out)
    assert _code(out) == "N13.6", _code(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_pain_and_confusion_in_cirrhotic_ascites_are_worked_as_sbp(
    reason: Reason,
) -> None:
    """Biggins SW et al. AASLD 2021; EASL 2018: abdominal pain or encephalopathy in a
    patient with cirrhosis and ascites is spontaneous bacterial peritonitis until a
    diagnostic tap counts the neutrophils; cefotaxime (or ceftriaxone) once >= 250.
    It was uncomplicated ascites with no antibiotic."""
    out = reason(
        make_case(
            "abdominal pain",
            age=61,
            sex="F",
            vitals=vitals(102, 106, 64, 18, 97, 37.6),
            one_liner="61F with cirrhosis and ascites, belly pain and muddled",
            ed_note=(
                "Alcohol-related cirrhosis with ascites on spironolactone. Four days "
                "of generalised abdominal pain; family say she has been confused since "
                "yesterday. Abdomen distended with shifting dullness."
            ),
        )
    )
    assert "peritonitis" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"paracentesis"), O.orders(out)
    assert O.medication_ordered(out, r"cefotaxime|ceftriaxone"), O.orders(out)


def test_a_co_alarm_with_headache_and_vomiting_is_co_poisoning_not_migraine(
    reason: Reason,
) -> None:
    """Weaver LK. NEJM 2009;360:1217; Wolf SJ et al. ACEP 2017; UKHSA 2022: exposure
    shown at the source with its symptoms is CO poisoning, a COHb short of normal
    does not exclude it (it falls with time and oxygen). A child woken by the CO alarm
    with a headache was worked as migraine with an IV antimigraine cocktail."""
    out = reason(
        make_case(
            "headache",
            age=10,
            sex="F",
            vitals=vitals(100, 104, 66, 20, 99, 36.6),
            one_liner="10F headache and vomiting this morning",
            ed_note=(
                "The carbon monoxide alarm went off at home overnight; her brother "
                "also has a headache. She vomited twice. Alert, neurology normal. "
                "COHb 7%."
            ),
        )
    )
    assert "carbon monoxide" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"100% oxygen"), O.orders(out)
    assert not O.medication_ordered(out, r"prochlorperazine|ketorolac"), O.orders(out)


def test_an_adder_bite_with_the_foot_swollen_is_local_envenoming(
    reason: Reason,
) -> None:
    """WHO Guidelines for the management of snakebites 2016, 5.1; Warrell DA. BMJ
    2005;331:1244: the bitten part swollen after a viper bite is local envenoming,
    observed 24 h with repeat bloods. "Foot swollen" abstained as an animal bite."""
    out = reason(
        make_case(
            "snake bite",
            age=51,
            sex="F",
            vitals=vitals(84, 132, 80, 16, 99, 36.7),
            one_liner="51F bitten on the foot by an adder while gardening",
            ed_note=(
                "Adder bite on the right foot 2 hours ago. Foot swollen and bruised "
                "around two puncture marks. No vomiting, no abdominal pain, not faint."
            ),
        )
    )
    assert _code(out).startswith("T63.0"), _code(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, r"24 h after an adder"), O.orders(out)


def test_pneumonia_in_a_transplant_recipient_is_admitted(reason: Reason) -> None:
    """Ramirez JA et al. Chest 2020;158:1896; Dulek DE et al. AST IDCOP 2019: CURB-65
    and PSI exclude the immunocompromised, whose pneumonia is worked up for
    opportunistic causes in hospital. A febrile kidney recipient with a cough was
    observed."""
    out = reason(
        make_case(
            "cough",
            age=57,
            sex="F",
            vitals=vitals(104, 122, 74, 20, 96, 38.4),
            one_liner="57F liver transplant recipient with fever and cough",
            ed_note=(
                "Liver transplant 3 years ago, on tacrolimus and mycophenolate. Three "
                "days of fever and productive cough, short of breath on the stairs. "
                "Chest x-ray: right lower lobe consolidation."
            ),
        )
    )
    assert O.dispo(out) == "Admit", O.dispo(out)
    assert not O.ordered(out, r"no interacting antibiotic \(macrolides"), O.orders(out)


def test_an_aspirin_overdose_counted_in_words_is_salicylate_poisoning(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.e.5.b and T39.01- (aspirin); Juurlink DN et al. EXTRIP
    2015: forty aspirin tablets is an aspirin poisoning, alkalinised and levelled. A
    count in words read no overdose: "unspecified drugs"."""
    out = reason(
        make_case(
            "overdose",
            age=29,
            sex="M",
            vitals=vitals(108, 130, 80, 26, 98, 37.4),
            one_liner="29M took aspirin tablets this morning",
            ed_note=(
                "Swallowed thirty-two 300 mg aspirin tablets four hours ago. Tinnitus "
                "and nausea. Weight 80 kg. GCS 15."
            ),
        )
    )
    assert (
        "aspirin" in O.working(out).lower() or "salicylate" in O.working(out).lower()
    ), O.working(out)
    assert _code(out).startswith("T39.01"), _code(out)


def test_a_stated_ccb_overdose_is_worked_as_ccb_poisoning(reason: Reason) -> None:
    """St-Onge M et al. Crit Care Med 2017 (CCB poisoning); ICD-10-CM I.C.19.e.5.b: a
    stated amlodipine overdose with shock is a calcium-channel blocker poisoning
    (calcium, high-dose insulin, vasopressor), as the final code names it; the working
    diagnosis was 'unspecified drugs, intentional self-harm'."""
    out = reason(
        make_case(
            "overdose",
            age=49,
            sex="F",
            vitals=vitals(104, 82, 46, 18, 97, 36.6),
            one_liner="49F took her amlodipine tablets to end her life",
            ed_note=(
                "Took 30 amlodipine 10 mg tablets three hours ago, intentional. Dizzy. "
                "BP 82/46. Glucose 12."
            ),
        )
    )
    assert "calcium-channel" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, r"calcium"), O.orders(out)


def test_a_toothache_with_a_swollen_cheek_is_coded_a_dental_abscess(
    reason: Reason,
) -> None:
    """Scottish Dental Clinical Effectiveness Programme 2016; NICE CKS dental abscess
    2023: the abscess is a clinical diagnosis (a painful tooth with a swollen, tender
    face). The final code stayed "dental pain" (K08.89) beside the working abscess."""
    out = reason(
        make_case(
            "toothache",
            age=41,
            sex="M",
            vitals=vitals(88, 128, 80, 16, 99, 37.6),
            one_liner="41M lower molar pain for five days, cheek now swollen",
            ed_note=(
                "Throbbing left lower molar pain, now a swollen tender left cheek. "
                "Opens his mouth fully, swallowing and breathing normally."
            ),
        )
    )
    assert _code(out) == "K04.7", _code(out)
    assert O.medication_ordered(out, r"amoxicillin|penicillin"), O.orders(out)


def test_a_spouses_sulfonylurea_taken_without_diabetes_is_a_poisoning(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.e.5.b (a wrong drug taken in error is a poisoning, its
    hypoglycaemia the manifestation); Goldfrank's 11th ed. ch. 47: admitted for
    recurrent hypoglycaemia. It was coded E16.0 drug-induced hypoglycaemia."""
    out = reason(
        make_case(
            "hypoglycaemia",
            age=70,
            sex="M",
            vitals=vitals(90, 138, 82, 16, 98, 36.4),
            one_liner="70M took his wife's gliclazide by mistake",
            ed_note=(
                "He is not diabetic. Took two of his wife's gliclazide tablets this "
                "morning instead of his own. Found sweaty and muddled, glucose 2.0 "
                "mmol/L, better after IV glucose."
            ),
        )
    )
    assert _code(out) == "T38.3X1A", _code(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


# --- guards: pass on the base and on the branch -----------------------------------


def test_guard_digoxin_with_fast_af_and_no_toxic_feature_is_not_toxicity(
    reason: Reason,
) -> None:
    """Fast AF on digoxin with no toxic feature (no slow pulse, no visual change, no
    gut symptom with a raised potassium or creatinine) is the rhythm, not toxicity."""
    out = reason(
        make_case(
            "palpitations",
            age=72,
            sex="F",
            vitals=vitals(134, 128, 78, 18, 97, 36.7),
            one_liner="72F palpitations since this morning",
            ed_note="Known AF on digoxin and apixaban. ECG: AF at 134. Potassium 4.2.",
        )
    )
    assert "glycosides" not in O.working(out).lower(), O.working(out)


def test_guard_pyelonephritis_without_a_stone_is_not_an_obstructed_kidney(
    reason: Reason,
) -> None:
    """No stone or hydronephrosis: pyelonephritis, not N13.6 (EAU 2024)."""
    out = reason(
        make_case(
            "flank pain",
            age=28,
            sex="F",
            vitals=vitals(104, 118, 70, 18, 98, 38.6),
            one_liner="28F fever and left loin pain",
            ed_note=(
                "Two days of dysuria, now fever and left loin pain. No history of "
                "kidney stones. Not pregnant. Dipstick nitrites positive."
            ),
        )
    )
    assert _code(out) != "N13.6", _code(out)


def test_guard_a_diabetic_on_gliclazide_with_a_low_sugar_is_no_poisoning(
    reason: Reason,
) -> None:
    """A diabetic's own sulfonylurea at the prescribed dose is an adverse effect (ICD-
    10-CM I.C.19.e.5.a), not a poisoning."""
    out = reason(
        make_case(
            "hypoglycaemia",
            age=79,
            sex="F",
            vitals=vitals(84, 142, 80, 16, 98, 36.5),
            one_liner="79F type 2 diabetic on gliclazide, low sugar",
            ed_note=(
                "Type 2 diabetes on gliclazide 80 mg twice daily. Poor appetite for "
                "two days with a cold. Found drowsy, glucose 2.6, better after glucose."
            ),
        )
    )
    assert _code(out) != "T38.3X1A", _code(out)


def test_guard_a_daily_low_dose_aspirin_is_no_overdose(reason: Reason) -> None:
    """Aspirin 75 mg daily is antiplatelet therapy, not a salicylate ingestion."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="M",
            vitals=vitals(84, 144, 86, 16, 98, 36.7),
            one_liner="66M central chest pain for an hour",
            ed_note=(
                "Takes aspirin 75 mg daily for ten years and atorvastatin. Central "
                "chest tightness at rest for one hour."
            ),
        )
    )
    assert "salicylate" not in O.working(out).lower(), O.working(out)
    assert not _code(out).startswith("T39"), _code(out)


def test_guard_a_migraine_with_a_gas_boiler_and_no_alarm_is_migraine(
    reason: Reason,
) -> None:
    """A gas boiler at home without a sign of CO (no alarm, no one else unwell) does
    not make a typical migraine CO poisoning."""
    out = reason(
        make_case(
            "headache",
            age=34,
            sex="F",
            vitals=vitals(76, 120, 74, 14, 99, 36.7),
            one_liner="34F her usual migraine",
            ed_note=(
                "Migraine with aura for years, this attack is typical. Has a gas "
                "boiler serviced last month; no one else at home is unwell. Neurology "
                "normal."
            ),
        )
    )
    assert "carbon monoxide" not in O.working(out).lower(), O.working(out)

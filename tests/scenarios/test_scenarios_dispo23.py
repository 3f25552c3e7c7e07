"""dispo23 (issue 10): disposition, its level and its diagnosis, held to sources.

Each scenario asserts a property of the trace written from the source in its
docstring, never from rows of the shared data; both directions: a patient the source
lets go home is not kept, and one the source sends to hospital (or to critical care)
is not sent home or to the ward.

- ADA Standards of Care 2024 section 6: level 1 hypoglycaemia (< 70 mg/dL,
  3.9 mmol/L) is an alert value for people treated for diabetes; level 2 (< 54 mg/dL)
  is clinically significant. Cryer PE et al. Endocrine Society guideline. J Clin
  Endocrinol Metab 2009;94:709: without diabetes, hypoglycaemia is Whipple's triad (a
  glucose below about 55 mg/dL with symptoms relieved by glucose); a low-normal
  reading in a well adult is not hypoglycaemia.
- Thiruganasambandamoorthy V et al. Canadian Syncope Risk Score. CMAJ 2016;188:E289
  (an ECG read as "ECG sinus rhythm" is a documented ECG).

Every scenario failed on main (9a84cb6) before the change that made it pass, except
the guards named as such.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(out: ReasoningOutput, name: str) -> str | None:
    """The final-ledger status of the first diagnosis whose name starts ``name``."""
    return next(
        (e.status for e in out.final.ledger if e.diagnosis.lower().startswith(name)),
        None,
    )


def _hypoglycaemia_status(out: ReasoningOutput) -> str | None:
    return _status(out, "hypoglycemia")


# --- hypoglycaemia: ADA level 1 is for diabetes; Whipple's triad otherwise ---


def test_low_normal_glucose_in_a_well_adult_without_diabetes_is_no_hypoglycaemia(
    reason: Reason,
) -> None:
    """Endocrine Society 2009: 3.7 mmol/L in an alert non-diabetic is not hypoglycaemia.

    A fasting adult felt light-headed during a blood test, is well now and eating: no
    hypoglycaemia ruled in, not the final diagnosis, no glucose ordered for it.
    """
    out = reason(
        make_case(
            "LIGHTHEADED",
            age=33,
            sex="Female",
            vitals=vitals(70, 112, 70, 14, 99),
            one_liner="33-year-old woman who felt light-headed while having blood"
            " taken after an overnight fast",
            ed_note="33F healthy, no diabetes, no regular medicines. Fasted since"
            " last night for a cholesterol test; felt light-headed and clammy while"
            " blood was taken, did not lose consciousness. Now feels fine, eating"
            " toast. Fingerstick glucose 3.7 mmol/L. Observations normal, heart"
            " sounds normal, neurological examination normal.",
            case_id="dispo23-g-fasting",
        )
    )
    assert _hypoglycaemia_status(out) != "ruled_in"
    assert not (out.final.icd10 or "").startswith("E16")
    assert not O.medication_ordered(out, "fast-acting glucose", "dextrose")


def test_level_one_glucose_on_insulin_is_hypoglycaemia(reason: Reason) -> None:
    """Guard (passes on main): ADA 2024 level 1 applies on insulin."""
    out = reason(
        make_case(
            "LOW BLOOD SUGAR",
            age=67,
            sex="Female",
            vitals=vitals(88, 146, 82, 16, 98),
            one_liner="67-year-old woman on insulin with a low sugar reading at home",
            ed_note="67F type 1 diabetes on an insulin pump. Felt shaky before"
            " lunch; meter read 3.4 mmol/L; on arrival fingerstick glucose"
            " 3.5 mmol/L, alert and talking.",
            case_id="dispo23-g-insulin",
        )
    )
    assert _hypoglycaemia_status(out) == "ruled_in"


def test_level_two_glucose_without_diabetes_is_still_treated(reason: Reason) -> None:
    """Guard (passes on main): a glucose < 54 mg/dL is treated in anyone (level 2)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=48,
            sex="Male",
            vitals=vitals(96, 128, 78, 16, 98),
            ed_note="48M no diabetes. Sweaty and shaky after a long run without"
            " food. Fingerstick glucose 2.6 mmol/L. Alert.",
            case_id="dispo23-g-level2",
        )
    )
    assert _hypoglycaemia_status(out) == "ruled_in"
    assert O.medication_ordered(out, "glucose", "dextrose")


# --- syncope: an ECG written as "ECG sinus rhythm" is a documented ECG (CSRS) ---


def test_reflex_faint_with_an_ecg_read_in_words_goes_home(reason: Reason) -> None:
    """CSRS 2016: very low risk with a documented ECG; ESC 2018 reflex syncope home.

    A young man fainted at a concert after standing for an hour with a prodrome;
    ECG documented in words: the Canadian Syncope Risk Score applies (not "missing
    ECG") and no must-not-miss keeps him in.
    """
    out = reason(
        make_case(
            "SYNCOPE",
            age=22,
            sex="Male",
            vitals=vitals(68, 118, 72, 14, 99),
            one_liner="22-year-old man who fainted at a crowded concert",
            ed_note="22M well, no medical history. Standing for an hour at a"
            " crowded concert, felt hot, sweaty and sick, vision went grey and he"
            " slumped to the floor for a few seconds; friends say no jerking. Fully"
            " alert straight away. No chest pain, no palpitations, no exertion, no"
            " family history of sudden death. Examination normal. ECG sinus rhythm,"
            " normal intervals. Impression: vasovagal syncope.",
            case_id="dispo23-csrs-words",
        )
    )
    assert "canadian syncope risk score" in O.rules_shown(out)
    assert O.disposition(out).disposition == "Discharge"


# --- spinal epidural abscess (Darouiche NEJM 2006; Davis J Emerg Med 2004) ---


def test_febrile_back_pain_with_weak_legs_on_dialysis_is_admitted_as_abscess(
    reason: Reason,
) -> None:
    """Guard (passes on main): Darouiche 2006, back pain, fever and a deficit is an SEA.

    Emergency MRI, admission (not an observation stay) and the abscess as the ED
    diagnosis, not 'dorsalgia'.
    """
    out = reason(
        make_case(
            "LOWER BACK PAIN",
            age=66,
            sex="Female",
            vitals=vitals(102, 136, 80, 18, 97, 38.3),
            one_liner="66-year-old woman on haemodialysis with back pain, fever and"
            " weak legs",
            ed_note="66F end-stage renal failure on haemodialysis through a"
            " tunnelled line. Ten days of worsening lumbar back pain, temperature"
            " 38.3 at dialysis yesterday, since this morning weakness of both legs:"
            " hip flexion 3/5 bilaterally, knee jerks reduced. Tender over L3."
            " ESR 85 mm/h, CRP 160 mg/L, WBC 14.9.",
            case_id="dispo23-sea-dialysis",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit"), d.rationale
    assert O.ordered(out, "mri")
    assert (out.final.icd10 or "").startswith("G06"), out.final.diagnosis_name


def test_afebrile_back_pain_with_leg_weakness_and_high_esr_is_admitted(
    reason: Reason,
) -> None:
    """Davis 2004: a risk factor with a raised ESR and a deficit: MRI and admission."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=52,
            sex="Male",
            vitals=vitals(92, 142, 86, 16, 98, 37.3),
            ed_note="52M type 2 diabetes. A skin abscess on the buttock was drained"
            " four weeks ago. Three weeks of constant thoracolumbar pain, worse at"
            " night; since yesterday the right leg is weak, ankle dorsiflexion 4/5."
            " No fever measured. ESR 70 mm/h, CRP 95 mg/L.",
            case_id="dispo23-sea-esr",
        )
    )
    d = O.disposition(out)
    assert d.disposition in ("Admit", "OR Admit"), d.rationale
    assert O.ordered(out, "mri")


def test_mechanical_sciatica_with_full_power_still_goes_home(reason: Reason) -> None:
    """Guard (passes on main): NICE NG59, no red flag: no admission for sciatica."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=36,
            sex="Male",
            vitals=vitals(78, 128, 78, 14, 99, 36.7),
            ed_note="36M lifted a fridge two days ago, low back pain radiating down"
            " the back of the left leg to the foot. Power 5/5 throughout, reflexes"
            " normal, no saddle numbness, passing urine normally, no fever, no"
            " weight loss, no cancer history. Straight leg raise positive on the"
            " left.",
            case_id="dispo23-sciatica",
        )
    )
    assert O.disposition(out).disposition == "Discharge"


# --- sepsis: qSOFA >= 2 is critical-care level monitoring (Sepsis-3) ---


def test_pyelonephritis_with_qsofa_two_goes_to_critical_care(reason: Reason) -> None:
    """Singer 2016 (Sepsis-3): qSOFA >= 2 prompts critical-care referral (HDU/ICU)."""
    out = reason(
        make_case(
            "FEVER",
            age=79,
            sex="Female",
            vitals=vitals(112, 96, 56, 25, 95, 38.8),
            ed_note="79F three days of dysuria, now rigors and right loin pain."
            " Alert, GCS 15. Right renal angle tenderness. Urine dipstick nitrite"
            " positive, leucocytes 3+. Lactate 2.4 mmol/L, creatinine 148 umol/L.",
            case_id="dispo23-qsofa2",
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit"
    assert d.admit_level == "icu", d.rationale


def test_pyelonephritis_without_organ_dysfunction_is_not_sent_to_icu(
    reason: Reason,
) -> None:
    """Guard (passes on main): qSOFA 0 pyelonephritis is no critical-care case."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=31,
            sex="Female",
            vitals=vitals(94, 122, 76, 16, 99, 38.0),
            ed_note="31F two days of dysuria and left loin pain, fever at home."
            " Left renal angle tenderness. Nitrites positive. Eating and drinking,"
            " no vomiting. Not pregnant.",
            case_id="dispo23-pyelo-mild",
        )
    )
    assert O.disposition(out).admit_level != "icu"


# --- thyroid storm: its fever and tachycardia are not a suspected infection ---


def test_thyroid_storm_does_not_rule_in_sepsis_on_its_own_fever(
    reason: Reason,
) -> None:
    """Sepsis-3 (points explained by another cause); Burch-Wartofsky 1993, JTA 2012."""
    out = reason(
        make_case(
            "AGITATION",
            age=44,
            sex="Male",
            vitals=vitals(152, 150, 70, 24, 97, 39.4),
            ed_note="44M known hyperthyroidism, stopped methimazole a month ago."
            " Two days of sweating, palpitations and diarrhoea; today delirious and"
            " agitated. Fine tremor, goitre. Free T4 64 pmol/L, TSH undetectable."
            " No cough, no urinary symptoms, no rash, no neck stiffness, chest"
            " clear.",
            case_id="dispo23-storm",
        )
    )
    assert _status(out, "sepsis") != "ruled_in"
    assert _status(out, "thyrotoxicosis, unspecified with thyrotoxic") == "ruled_in"


def test_febrile_thyroid_storm_still_looks_for_a_precipitating_infection(
    reason: Reason,
) -> None:
    """Guard (passes on main): JTA 2016 / ATA 2016, cultures for a precipitant."""
    out = reason(
        make_case(
            "FEVER",
            age=51,
            sex="Female",
            vitals=vitals(146, 142, 66, 24, 96, 39.1),
            ed_note="51F Graves disease, ran out of carbimazole three weeks ago."
            " Restless, confused, vomiting, heart racing. Goitre, tremor, lid lag."
            " Free T4 71 pmol/L, TSH < 0.01.",
            case_id="dispo23-storm-cultures",
        )
    )
    assert O.ordered(out, "blood culture")


# --- anaphylaxis needs skin/mucosal signs or an allergen (WAO 2020) ---


def test_breathlessness_without_skin_signs_keeps_no_anaphylaxis_open(
    reason: Reason,
) -> None:
    """WAO 2020: documented absence of skin and mucosal signs, no allergen named."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=26,
            sex="Male",
            vitals=vitals(94, 126, 80, 20, 99, 36.8),
            ed_note="26M feels he cannot take a deep breath since this afternoon,"
            " worried. No hives, no rash, no swelling of the lips or face. Chest"
            " clear, speaking in full sentences, SpO2 99% on air.",
            case_id="dispo23-sob-noskin",
        )
    )
    assert not any(
        "anaphyla" in d.lower() for d in out.final.summary.open_must_not_miss
    )
    rec = next(r for r in out.trace if r.stage == "disposition")
    assert not any("anaphyla" in f.reason.lower() for f in rec.floors_fired)


def test_sting_with_wheeze_and_low_bp_without_rash_is_anaphylaxis(
    reason: Reason,
) -> None:
    """Guard (passes on main): WAO criterion 2, allergen and bronchospasm, no skin."""
    out = reason(
        make_case(
            "BEE STING",
            age=39,
            sex="Female",
            vitals=vitals(128, 84, 48, 26, 92, 36.9),
            ed_note="39F known bee venom allergy, stung on the neck 10 minutes ago;"
            " now wheezy, light-headed, BP 84/48. No rash seen.",
            case_id="dispo23-sting",
        )
    )
    assert O.medication_ordered(out, "epinephrine", "adrenaline")


# --- NEWS2 scores the current observations (RCP 2017) ---


def test_hyperventilation_settled_with_repeat_numbers_is_not_kept_in(
    reason: Reason,
) -> None:
    """RCP 2017: a red triage RR re-measured in range no longer blocks discharge."""
    out = reason(
        make_case(
            "HYPERVENTILATION",
            age=24,
            sex="Male",
            vitals=vitals(96, 128, 80, 28, 100, 36.7),
            ed_note="24M panic attack after a row with his partner: overbreathing,"
            " tingling fingers and lips. Similar episodes before. No chest pain, no"
            " leg swelling, no travel, no surgery, no haemoptysis. Chest clear."
            " Coached breathing: breathing settled, RR 16, HR 78, SpO2 99%."
            " Impression: panic attack.",
            case_id="dispo23-hypervent",
        )
    )
    d = O.disposition(out)
    rec = next(r for r in out.trace if r.stage == "disposition")
    assert not any("news2" in f.reason.lower() for f in rec.floors_fired)
    assert "objective severity" not in d.rationale
    assert d.disposition != "Admit", d.rationale


# --- a dose given for a fever is no paracetamol poisoning (ICD-10-CM I.C.19.e.5) ---


def test_antipyretic_given_before_a_repeat_reading_is_no_overdose(
    reason: Reason,
) -> None:
    """Dart 2023: assessment for an ingestion needs an overdose, not an antipyretic."""
    out = reason(
        make_case(
            "FEVER",
            age=27,
            sex="Female",
            vitals=vitals(104, 116, 70, 16, 99, 38.6),
            ed_note="27F dysuria and left loin pain for a day. Left renal angle"
            " tender, nitrites positive. Managing fluids and tablets by mouth, not"
            " pregnant. Temperature 37.5 after paracetamol.",
            case_id="dispo23-antipyretic",
        )
    )
    assert not O.medication_ordered(out, "acetylcysteine")


# --- unexplained abnormal results: kept in, and said as a clinician says them ---


def test_unexplained_results_in_a_man_keep_him_in_and_read_clinically(
    reason: Reason,
) -> None:
    """Kassirer 2010 (an adequate hypothesis explains every abnormal finding).

    An impression outside the knowledge base with abnormal results no leading
    diagnosis explains: not discharged (guard on main); the rationale names the
    findings in words, and offers only diagnoses a man can have (no HELLP syndrome).
    """
    out = reason(
        make_case(
            "FATIGUE",
            age=58,
            sex="Male",
            vitals=vitals(90, 130, 78, 16, 97, 37.0),
            ed_note="58M six weeks of tiredness, easy bruising and bone pain in the"
            " back. Pale, scattered bruises, no lymphadenopathy. Platelets 62,"
            " haemoglobin 94 g/L, adjusted calcium 2.91 mmol/L, creatinine"
            " 150 umol/L. Impression: possible marrow infiltration, for"
            " haematology review.",
            case_id="dispo23-unexplained",
        )
    )
    d = O.disposition(out)
    assert d.disposition != "Discharge"
    assert "HELLP" not in d.rationale
    assert not any(w in d.rationale for w in ("calcium_high", "hemoglobin_low"))

"""orders38 (issue 10, pattern 2): orders, the safety layer, prerequisites.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Lin SH et al. Am J Kidney Dis 2004;43:e19 and Mayo Clin Proc 2005;80:99; Ross DS
  et al. ATA 2016 hyperthyroidism (thyrotoxic periodic paralysis);
- Priori SG et al. HRS/EHRA/APHRS 2013 inherited arrhythmias; Zeppenfeld K et al.
  ESC 2022 ventricular arrhythmias (fever in Brugada syndrome);
- Cuker A et al. ASH 2018 heparin-induced thrombocytopenia; Lo GK et al. J Thromb
  Haemost 2006;4:759 (the 4Ts);
- ATLS 10th ed.; ABA Advanced Burn Life Support 2018; British Burn Association 2018
  (the airway after a fire);
- NICE NG109 2018 lower UTI (pregnant women); BNF (nitrofurantoin at term);
- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (a deficit outlasting the
  correction of hypoglycaemia);
- Spasovski G et al. ESE/ESICM/ERBP 2014 hyponatraemia;
- JBDS-IP 2022 hyperosmolar hyperglycaemic state; Umpierrez GE et al. ADA/EASD 2024;
- Arnoldo B et al. EAST/ABA 2006 electrical injury; ABA 2022 referral criteria;
- GIRFT 2023 national suspected cauda equina pathway; NICE NG59.

Each scenario asserts safety properties; each failed on main bd622d5 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_NON_SELECTIVE_BB = r"propranolol|nadolol"
_NON_HEPARIN_ANTICOAGULANT = r"argatroban|bivalirudin|fondaparinux|apixaban|rivaroxaban"
_ANTIPYRETIC = r"paracetamol|acetaminophen"
_INTUBATION = r"intubat|\brsi\b|definitive airway"
_AIRWAY_EXAM = r"nasendoscop|laryngoscop|airway examination"
_HYPERTONIC = r"hypertonic|3 ?% (?:sodium chloride|saline)"


def _names(out: object) -> list[str]:
    return [o.name.lower() for o in O.orders(out)]  # type: ignore[arg-type]


# --- thyrotoxic periodic paralysis ---


def test_thyrotoxic_periodic_paralysis_gets_propranolol_and_capped_potassium(
    reason: Reason,
) -> None:
    """Lin 2004; ATA 2016: hypokalaemic paralysis with thyrotoxicosis is a potassium
    shift: a non-selective beta-blocker, potassium given cautiously with a total cap
    and frequent checks (rebound hyperkalaemia), thyroid function."""
    out = reason(
        make_case(
            "leg weakness",
            age=27,
            sex="M",
            vitals=vitals(120, 134, 70, 16, 99),
            ed_note="27-year-old woke unable to stand, weakness of both legs after a "
            "big meal the night before. Palpitations and heat intolerance for weeks. "
            "Potassium 1.8 mmol/L. TSH suppressed, free T4 raised.",
        )
    )
    assert O.medication_ordered(out, _NON_SELECTIVE_BB)
    potassium = [n for n in _names(out) if "potassium chloride" in n]
    assert potassium and all("no more than" in n for n in potassium)
    assert O.ordered(out, r"free t3|free t4")


def test_thyrotoxic_paralysis_one_liner(reason: Reason) -> None:
    """Lin 2004: the same from a one-liner naming the thyrotoxicosis."""
    out = reason(
        make_case(
            "weakness",
            age=30,
            sex="M",
            vitals=vitals(116, 130, 70, 16, 99),
            one_liner="30M acute paralysis, potassium 2.1, thyrotoxic",
        )
    )
    assert O.medication_ordered(out, _NON_SELECTIVE_BB)


def test_guard_plain_hypokalaemia_gets_no_beta_blocker(reason: Reason) -> None:
    """Guard (Kardalas 2018): a diuretic's hypokalaemia with a normal TSH is a deficit:
    potassium replacement, no propranolol."""
    out = reason(
        make_case(
            "weakness",
            age=63,
            sex="F",
            vitals=vitals(84, 126, 72, 16, 98),
            ed_note="63-year-old on furosemide, weak and tired. Potassium 2.3 mmol/L, "
            "muscle weakness. TSH normal.",
        )
    )
    assert not O.medication_ordered(out, _NON_SELECTIVE_BB)
    assert O.medication_ordered(out, r"potassium")


# --- Brugada syndrome with fever ---


def test_brugada_syncope_with_fever_gets_an_antipyretic(reason: Reason) -> None:
    """HRS/EHRA/APHRS 2013; ESC 2022: fever unmasks Brugada and triggers VF: treat it
    promptly; no sodium-channel blocker."""
    out = reason(
        make_case(
            "collapse",
            age=33,
            sex="M",
            vitals=vitals(104, 124, 76, 18, 98, 38.9),
            ed_note="33-year-old with influenza and a temperature of 38.9, collapsed "
            "suddenly at rest. ECG: type 1 Brugada pattern, coved ST elevation in V1 "
            "and V2.",
        )
    )
    assert O.medication_ordered(out, _ANTIPYRETIC)
    assert not O.medication_ordered(out, r"flecainide|procainamide|ajmaline")


# --- heparin-induced thrombocytopenia ---


def test_hit_with_a_4ts_of_5_gets_a_non_heparin_anticoagulant_now(
    reason: Reason,
) -> None:
    """ASH 2018 3.1-3.2: an intermediate or high 4Ts probability: stop heparin and
    start a non-heparin anticoagulant before the assay (not held for the test)."""
    out = reason(
        make_case(
            "abnormal blood test",
            age=70,
            sex="F",
            vitals=vitals(80, 130, 76, 16, 98),
            ed_note="70-year-old on dalteparin for 7 days, platelet count fell from "
            "250 to 95. No bleeding. 4Ts score 5.",
        )
    )
    assert O.medication_ordered(out, _NON_HEPARIN_ANTICOAGULANT)
    assert O.ordered(out, r"stop all heparin")
    assert not any("argatroban" in n for n in O.blocked_names(out))


def test_hit_platelets_at_the_start_now_half_stops_heparin(reason: Reason) -> None:
    """Lo 2006; ASH 2018: 'platelets 240 at the start, now 90' is a > 50 % fall on
    heparin: stop heparin, non-heparin anticoagulant, haematology."""
    out = reason(
        make_case(
            "leg swelling",
            age=64,
            sex="M",
            vitals=vitals(88, 136, 80, 16, 97),
            ed_note="64-year-old on heparin for a week after a bowel operation, new "
            "swollen right leg. Platelets 240 at the start, now 90.",
        )
    )
    assert O.ordered(out, r"stop all heparin")
    assert O.medication_ordered(out, _NON_HEPARIN_ANTICOAGULANT)
    assert not O.medication_ordered(out, r"(?<!non-)heparin (?:infusion|bolus)|enoxap")


# --- the airway after a fire ---


def test_soot_alone_gets_an_airway_examination_not_a_tube(reason: Reason) -> None:
    """ABA ABLS 2018; British Burn Association 2018: soot with a normal voice, no
    stridor, no distress and no burns calls for an airway examination, observation,
    co-oximetry and oxygen, not an intubation."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=36,
            sex="M",
            vitals=vitals(92, 126, 78, 16, 98),
            ed_note="36-year-old from a house fire, out within a few minutes. Soot "
            "around the nose. Talking normally, no hoarseness, no stridor, no burns. "
            "Carboxyhaemoglobin 4 %.",
        )
    )
    assert not O.ordered(out, _INTUBATION)
    assert O.ordered(out, _AIRWAY_EXAM)
    assert O.ordered(out, r"100 ?% oxygen|non-?rebreather")


def test_guard_stridor_and_hoarseness_after_a_fire_get_early_intubation(
    reason: Reason,
) -> None:
    """Guard (ATLS 10th ed.; ABA 2018): hoarseness, stridor and facial burns after a
    fire: early intubation by the most experienced operator."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=44,
            sex="F",
            vitals=vitals(120, 120, 70, 26, 94),
            ed_note="44-year-old trapped in a burning flat. Hoarse voice and stridor, "
            "soot in the mouth, burns to the face.",
        )
    )
    assert O.ordered(out, _INTUBATION)


# --- urinary infection in pregnancy ---


def test_cystitis_in_early_pregnancy_is_treated_with_a_culture(
    reason: Reason,
) -> None:
    """NICE NG109 1.1.11: a pregnant woman with a lower UTI gets an immediate
    antibiotic and a urine culture (untreated bacteriuria: pyelonephritis, preterm
    birth); no trimethoprim in the first trimester, no fluoroquinolone."""
    out = reason(
        make_case(
            "suprapubic pain",
            age=26,
            sex="F",
            vitals=vitals(86, 114, 70, 16, 99, 37.1),
            ed_note="26-year-old, 10 weeks pregnant, suprapubic pain and frequency. "
            "Urine nitrite positive.",
        )
    )
    assert O.medication_ordered(out, r"nitrofurantoin|cefalexin|cephalexin|amoxicillin")
    assert O.ordered(out, r"urine culture")
    assert not O.medication_ordered(out, r"trimethoprim|floxacin")


def test_cystitis_at_term_gets_no_nitrofurantoin(reason: Reason) -> None:
    """NICE NG109; BNF: nitrofurantoin is avoided at term (neonatal haemolysis); an
    alternative (cefalexin) is given instead, with a culture."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=29,
            sex="F",
            vitals=vitals(88, 116, 72, 16, 99, 37.2),
            ed_note="29-year-old, 37 weeks pregnant, with dysuria and frequency. "
            "Dipstick nitrite positive. No fever, no loin pain.",
        )
    )
    assert not O.medication_ordered(out, r"nitrofurantoin")
    assert O.medication_ordered(out, r"cefalexin|cephalexin|amoxicillin")
    assert O.ordered(out, r"urine culture")


def test_guard_nitrofurantoin_stays_outside_pregnancy(reason: Reason) -> None:
    """Guard (NICE NG109): uncomplicated cystitis in a non-pregnant woman keeps
    nitrofurantoin."""
    out = reason(
        make_case(
            "dysuria",
            age=32,
            sex="F",
            vitals=vitals(82, 118, 74, 14, 99, 36.9),
            ed_note="32-year-old with dysuria and frequency for 2 days. Urine hCG "
            "negative. Dipstick nitrite positive. No fever, no loin pain.",
        )
    )
    assert O.medication_ordered(out, r"nitrofurantoin")


# --- a deficit that outlasts the glucose's correction ---


def test_deficit_persisting_after_glucose_gets_the_stroke_team(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: hypoglycaemia mimics a stroke only while the glucose is low; a
    focal deficit persisting after correction gets the stroke team and imaging now,
    with stroke on the ledger."""
    out = reason(
        make_case(
            "confusion",
            age=74,
            sex="F",
            vitals=vitals(90, 170, 90, 16, 97),
            ed_note="74-year-old on insulin found with left arm and leg weakness and "
            "glucose 2.0 mmol/L. After dextrose the glucose is 9.1 but the left-sided "
            "weakness and slurred speech persist. Last seen well 1 hour ago.",
        )
    )
    assert O.ordered(out, r"stroke team")
    assert O.ordered(out, r"ct head|ct angiograph|\bcta\b")
    assert O.proposes(out, "infarction", "stroke")


def test_guard_deficit_resolved_with_glucose_gets_no_stroke_team(
    reason: Reason,
) -> None:
    """Guard (AHA/ASA 2019): a deficit that resolved fully once the glucose was
    corrected was the hypoglycaemia's: no stroke team."""
    out = reason(
        make_case(
            "weakness",
            age=72,
            sex="F",
            vitals=vitals(84, 142, 80, 16, 98),
            ed_note="72-year-old on insulin found with left-sided weakness, glucose "
            "1.8 mmol/L. After IV glucose the weakness fully resolved within 15 "
            "minutes, neurological examination now normal, glucose 7.9.",
        )
    )
    assert not O.ordered(out, r"stroke team")


# --- hyponatraemia without moderately severe symptoms ---


def test_chronic_hyponatraemia_without_confusion_gets_no_hypertonic_saline(
    reason: Reason,
) -> None:
    """ESE 2014: chronic hyponatraemia without moderately severe or severe symptoms
    gets no hypertonic saline (the cause is treated; overcorrection risks osmotic
    demyelination). 'Tired for weeks, no confusion' is no altered mentation."""
    out = reason(
        make_case(
            "fatigue",
            age=78,
            sex="F",
            vitals=vitals(76, 134, 78, 14, 98),
            ed_note="78-year-old on indapamide, tired for weeks, no confusion, no "
            "vomiting, no seizure. Sodium 123 mmol/L.",
        )
    )
    assert not O.medication_ordered(out, _HYPERTONIC)


# --- hyperosmolar hyperglycaemic state ---


def test_hhs_gets_saline_first_and_insulin_only_later(reason: Reason) -> None:
    """JBDS-IP 2022; ADA/EASD 2024: HHS: 0.9 % saline first, insulin at a low fixed
    rate only once the glucose stops falling with fluid, thromboprophylaxis, hourly
    osmolality."""
    out = reason(
        make_case(
            "drowsy",
            age=79,
            sex="F",
            vitals=vitals(110, 108, 64, 20, 96),
            ed_note="79-year-old with type 2 diabetes, several days of thirst and "
            "drowsiness. Glucose 52 mmol/L, osmolality 355, no ketones, pH 7.38. "
            "Hyperosmolar hyperglycaemic state.",
        )
    )
    assert O.medication_ordered(out, r"0\.9 ?% (?:sodium chloride|saline)")
    insulin = [
        o.name.lower() for o in O.medications(out) if "insulin" in o.name.lower()
    ]
    assert insulin and all("stops falling" in n for n in insulin)
    assert O.medication_ordered(out, r"low-molecular-weight heparin|lmwh|enoxaparin")
    assert O.ordered(out, r"osmolality")


# --- electrical injury ---


def test_low_voltage_shock_with_a_normal_ecg_gets_no_monitoring(
    reason: Reason,
) -> None:
    """EAST/ABA 2006: a household (low-voltage) shock without loss of consciousness,
    burn, symptom or ECG change needs the ECG only: no telemetry, muscle tests,
    compartment checks or burn centre."""
    out = reason(
        make_case(
            "electric shock",
            age=27,
            sex="M",
            vitals=vitals(80, 122, 74, 14, 99),
            ed_note="27-year-old had a shock from a household plug socket, 240 V. No "
            "loss of consciousness, no burn, feels well. ECG normal sinus rhythm.",
        )
    )
    assert not O.ordered(out, r"continuous cardiac monitoring|telemetry")
    assert not O.ordered(out, r"burns? cent")
    assert not O.ordered(out, r"compartment")


def test_guard_high_voltage_injury_keeps_monitoring_and_the_burn_centre(
    reason: Reason,
) -> None:
    """Guard (EAST/ABA 2006; ABA 2022): a high-voltage contact with a burn keeps
    cardiac monitoring, CK and myoglobin, compartment checks and the burn centre."""
    out = reason(
        make_case(
            "electric shock",
            age=39,
            sex="M",
            vitals=vitals(96, 134, 80, 18, 98),
            ed_note="39-year-old electrician, high-voltage contact at a substation. "
            "Burn on the right hand and left foot.",
        )
    )
    assert O.ordered(out, r"continuous cardiac monitoring|telemetry")
    assert O.ordered(out, r"burns? cent")
    assert O.ordered(out, r"\bck\b|creatine kinase")


# --- urinary retention and the spine ---


def test_retention_without_back_signs_gets_no_emergency_spine_mri(
    reason: Reason,
) -> None:
    """GIRFT 2023; NICE NG59: cauda equina is suspected on back pain or sciatica with
    bladder, bowel or saddle symptoms; an older man's painful retention without them
    gets a catheter, not an emergency spine MRI."""
    out = reason(
        make_case(
            "abdominal pain",
            age=81,
            sex="M",
            vitals=vitals(90, 150, 86, 16, 98),
            ed_note="81-year-old man unable to pass urine since this morning, lower "
            "abdominal pain, bladder scan 1,000 ml. Creatinine 1.9 mg/dL (baseline "
            "1.0).",
        )
    )
    assert not O.ordered(out, r"mri (?:lumbar )?spine|mri of the (?:lumbar )?spine")
    assert O.ordered(out, r"catheter")


def test_guard_retention_with_back_pain_and_saddle_numbness_gets_the_mri(
    reason: Reason,
) -> None:
    """Guard (GIRFT 2023): back pain with retention and saddle anaesthesia is a
    suspected cauda equina: an emergency MRI."""
    out = reason(
        make_case(
            "back pain",
            age=45,
            sex="F",
            vitals=vitals(88, 132, 80, 16, 99),
            ed_note="45-year-old with 3 days of low back pain and sciatica, now "
            "unable to pass urine and numbness around the saddle area.",
        )
    )
    assert O.ordered(out, r"mri")

"""reviewa16 (issue 10): poisonings, environmental, endocrine and oncology emergencies.

Each scenario is written from the guideline named in its docstring (Goldfrank,
EXTRIP, AHA 2023 toxicology, Endocrine Society, JBDS, SSC 2021, NICE, Cairo-Bishop),
never from rows of the shared data, and asserts safety properties of the orders (what
must be ordered, what must not). Each failed on main before ``agents.pathways_tox``,
its gates in ``agents.order_safety`` and the unit fixes (a salicylate level in mmol/L,
a glucose in mmol/L) it guards.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

STOP = re.compile(r"(?i)\s*(?:stop|hold|no|review and stop)\b")


def _given(out: ReasoningOutput, *words: str) -> list[str]:
    """Medication orders naming one of ``words`` that are not stop orders."""
    return [
        o.name
        for o in O.medications(out)
        if not STOP.match(o.name) and O.mentions(o, words)
    ]


def test_salicylate_level_in_mmol_per_litre_is_toxic_not_undetectable(
    reason: Reason,
) -> None:
    """Chyka 2007 (AAPCC) and EXTRIP 2015: a salicylate of 4.1 mmol/L (57 mg/dL) in
    a confused patient is toxic: alkalinise, dialysis for altered mentation; the
    level reported in mmol/L is the same toxic level, not a trace."""
    out = reason(
        make_case(
            "breathing fast",
            age=83,
            sex="M",
            vitals=vitals(112, 150, 80, 32, 95, 37.6),
            one_liner="83 y.o. man, a week of muddled thinking and buzzing in both "
            "ears; has been using a lot of aspirin for his back",
            ed_note="Disorientated to time and place. Blood gas pH 7.44, bicarbonate "
            "14 mmol/L. Serum salicylate 4.1 mmol/L. Potassium 3.4 mmol/L.",
            case_id="a16-salicylate",
        )
    )
    assert _given(out, "bicarbonate")
    assert O.ordered(out, "dialysis")
    assert not _given(out, "fomepizole")


def test_dihydropyridine_overdose_in_shock_gets_calcium_and_insulin(
    reason: Reason,
) -> None:
    """St-Onge 2017 (CCB poisoning consensus) and AHA 2023: calcium, high-dose
    insulin euglycaemic therapy and a vasopressor for calcium-channel blocker shock,
    whatever the complaint is called."""
    out = reason(
        make_case(
            "collapse",
            age=58,
            sex="M",
            vitals=vitals(112, 68, 36, 18, 97, 36.6),
            one_liner="58 y.o. man found by his son, who says he swallowed about 30 "
            "of his nifedipine modified-release tablets at lunchtime",
            ed_note="Flushed, warm hands. ECG sinus tachycardia. Glucose 12.1 mmol/L.",
            case_id="a16-ccb",
        )
    )
    assert _given(out, "calcium chloride", "calcium gluconate")
    assert _given(out, "high-dose insulin")
    assert _given(out, "norepinephrine", "noradrenaline")


def test_cholinergic_toxidrome_gets_atropine_and_oxime(reason: Reason) -> None:
    """Eddleston 2008 (Lancet): miosis, fasciculations and secretions after
    insecticide exposure: decontaminate, atropine titrated to a dry chest,
    pralidoxime; not an asthma protocol alone."""
    out = reason(
        make_case(
            "collapsed in the field",
            age=44,
            sex="M",
            vitals=vitals(52, 100, 60, 28, 88, 36.4),
            one_liner="44 y.o. greenhouse worker who became unwell after mixing "
            "pesticide",
            ed_note="Tiny pupils, drooling, twitching of the calf muscles, wheeze, "
            "wet chest, vomiting.",
            case_id="a16-op",
        )
    )
    assert _given(out, "atropine")
    assert _given(out, "pralidoxime", "oxime")
    assert O.ordered(out, "decontaminat")


def test_fire_victim_with_shock_and_high_lactate_gets_hydroxocobalamin(
    reason: Reason,
) -> None:
    """Anseeuw 2013 (European cyanide consensus) and Weaver 2009: smoke inhalation
    with shock or a lactate >= 8 mmol/L: hydroxocobalamin and 100 % oxygen even with
    a normal SpO2; signs of airway burn: early intubation."""
    out = reason(
        make_case(
            "fire",
            age=38,
            sex="F",
            vitals=vitals(130, 80, 44, 28, 99, 36.8),
            one_liner="38 y.o. woman carried out of a house fire by the fire brigade",
            ed_note="Drowsy, GCS 10. Carbonaceous sputum, hoarse. Lactate 9.4 "
            "mmol/L. COHb 18 %.",
            case_id="a16-smoke",
        )
    )
    assert _given(out, "hydroxocobalamin")
    assert O.ordered(out, r"100 ?% oxygen", "non-rebreather")
    assert O.ordered(out, "intubat")
    assert not O.ordered(out, "oxygen to spo2 94")


def test_steroid_dependent_patient_in_shock_gets_hydrocortisone(
    reason: Reason,
) -> None:
    """Endocrine Society 2016 and Simpson 2020 (Clin Med): a patient on long-term
    glucocorticoids who is hypotensive gets hydrocortisone 100 mg at once, with
    saline, without waiting for a cortisol."""
    out = reason(
        make_case(
            "feeling faint",
            age=72,
            sex="M",
            vitals=vitals(110, 82, 46, 20, 96, 37.0),
            one_liner="72 y.o. man with COPD on long-term prednisolone 10 mg, "
            "stopped it last week because of indigestion; two days of vomiting",
            ed_note="Sodium 128 mmol/L, potassium 5.3 mmol/L, glucose 3.8 mmol/L.",
            case_id="a16-adrenal",
        )
    )
    assert _given(out, "hydrocortisone")
    assert _given(out, "saline", "crystalloid")


def test_sepsis_from_results_gets_antibiotics_whatever_the_complaint(
    reason: Reason,
) -> None:
    """Surviving Sepsis Campaign 2021: a documented source (pyelonephritis on the
    urinalysis) with a lactate >= 2 mmol/L is sepsis: cultures and IV antibiotics
    within 1 h, even when the complaint is only 'generally unwell'."""
    out = reason(
        make_case(
            "generally unwell",
            age=88,
            sex="M",
            vitals=vitals(96, 108, 60, 20, 95, 36.3),
            one_liner="88 y.o. man from a nursing home, less chatty and eating less "
            "for a day",
            ed_note="Loin tenderness. Lactate 2.9 mmol/L, white cells 16.2. Urine "
            "dipstick nitrite positive with pyuria.",
            case_id="a16-sepsis",
        )
    )
    assert O.ordered(out, "blood culture")
    assert _given(out, "antibiotic", "cef", "piperacillin", "meropenem")


def test_hyperosmolar_state_gets_fluids_first_not_dka_insulin(
    reason: Reason,
) -> None:
    """JBDS 2022 HHS and ADA 2024: glucose >= 30 mmol/L, osmolality >= 320 and no
    acidosis (pH >= 7.3, HCO3 >= 18) is HHS: fluids first, insulin 0.05 U/kg/h later;
    no fixed 0.1 U/kg/h DKA insulin; a glucose in mmol/L is no hypoglycaemia."""
    out = reason(
        make_case(
            "confused",
            age=81,
            sex="F",
            vitals=vitals(108, 106, 62, 20, 96, 37.0),
            one_liner="81 y.o. woman with diabetes on metformin, very thirsty for days",
            ed_note="Glucose 41 mmol/L, osmolality 355 mOsm/kg, pH 7.36, bicarbonate "
            "23 mmol/L, potassium 4.6 mmol/L, ketones 0.4 mmol/L.",
            case_id="a16-hhs",
        )
    )
    assert not _given(out, r"0\.1 u(?:nits)?/kg")
    assert _given(out, r"0\.05 u(?:nits)?/kg")
    assert not _given(out, "dextrose 50", "glucagon")
    assert not O.ordered(out, "until k >= 3.3")


def test_full_bladder_on_scan_gets_a_catheter(reason: Reason) -> None:
    """Selius & Subedi 2008 (Am Fam Physician): a bladder scan well above 400 mL in
    an agitated older man is acute retention: catheterise and review the drugs."""
    out = reason(
        make_case(
            "restless",
            age=90,
            sex="M",
            vitals=vitals(92, 172, 90, 18, 97, 36.8),
            one_liner="90 y.o. man, restless and calling out since this morning; new "
            "amitriptyline for nerve pain",
            ed_note="Distended lower abdomen. Bladder scan: 1100 mL.",
            case_id="a16-retention",
        )
    )
    assert O.ordered(out, "catheter")


def test_crush_rhabdomyolysis_gets_fluid_infusion_and_admission(
    reason: Reason,
) -> None:
    """Bosch 2009 (NEJM): CK above 5,000 U/L after a long lie: isotonic fluid
    infusion to a high urine output, repeated CK and potassium; with kidney injury
    and a raised potassium that is an admission, not observation (KDIGO 2012)."""
    out = reason(
        make_case(
            "fall",
            age=79,
            sex="F",
            vitals=vitals(100, 118, 66, 18, 96, 36.4),
            one_liner="79 y.o. woman who lay on the bathroom floor overnight after a "
            "fall",
            ed_note="Creatine kinase 19,500 U/L, creatinine 210 umol/L, potassium 5.6 "
            "mmol/L. Brown urine.",
            case_id="a16-rhabdo",
        )
    )
    assert _given(out, "crystalloid", "saline", "iv fluid")
    assert O.disposition(out).disposition == "Admit"


def test_laboratory_tumour_lysis_gets_rasburicase_and_nephrology(
    reason: Reason,
) -> None:
    """Cairo-Bishop 2004 / Coiffier 2008: two of high potassium, phosphate and urate
    after starting chemotherapy is tumour lysis: hydration, rasburicase, nephrology."""
    out = reason(
        make_case(
            "cramps",
            age=66,
            sex="F",
            vitals=vitals(88, 130, 78, 16, 98, 36.9),
            one_liner="66 y.o. woman with acute myeloid leukaemia, induction "
            "chemotherapy started 3 days ago",
            ed_note="Potassium 6.3 mmol/L, phosphate 2.4 mmol/L, uric acid 690 "
            "umol/L, creatinine 240 umol/L.",
            case_id="a16-tls",
        )
    )
    assert _given(out, "rasburicase")
    assert O.ordered(out, "dialysis", "nephrology")


def test_svc_obstruction_gets_ct_not_an_allergy_plan(reason: Reason) -> None:
    """Wilson 2007 (NEJM): face and arm swelling with engorged neck and chest-wall
    veins is superior vena cava obstruction: CT with contrast and oncology/IR."""
    out = reason(
        make_case(
            "swollen face",
            age=57,
            sex="F",
            vitals=vitals(98, 142, 86, 22, 95),
            one_liner="57 y.o. woman, ex-smoker, puffy face and swollen right arm for "
            "10 days, worse in the morning",
            ed_note="Neck veins engorged and not collapsing when upright, collateral "
            "veins over the chest wall. No urticaria, no tongue swelling.",
            case_id="a16-svc",
        )
    )
    assert O.ordered(out, "ct chest", "ct venogra")
    assert O.ordered(out, "interventional radiology", "oncology")


def test_self_harm_patient_wanting_to_leave_gets_capacity_assessment(
    reason: Reason,
) -> None:
    """ACEP 2017 clinical policy (psychiatric patients) and Appelbaum 2007 (NEJM):
    after a suicide attempt, a patient who refuses treatment and tries to leave has
    a documented capacity assessment and is kept safe."""
    out = reason(
        make_case(
            "overdose",
            age=30,
            sex="M",
            vitals=vitals(90, 124, 76, 16, 99),
            one_liner="30 y.o. man who took his sertraline and paracetamol in a "
            "suicide attempt, now refusing treatment and trying to leave",
            ed_note="Says nothing will stop him. Paracetamol level pending.",
            case_id="a16-capacity",
        )
    )
    assert O.ordered(out, "capacity")


def test_drowning_gets_oxygen_and_observation(reason: Reason) -> None:
    """Szpilman 2012 (NEJM) / ERC 2021: after a submersion with cough and low SpO2:
    oxygen (CPAP if needed), chest X-ray and at least 6 h observation."""
    out = reason(
        make_case(
            "swimming accident",
            age=34,
            sex="F",
            vitals=vitals(104, 120, 70, 26, 91, 36.0),
            one_liner="34 y.o. woman rescued from the sea by a lifeguard after being "
            "submerged, coughing",
            ed_note="Crackles at both bases. GCS 15.",
            case_id="a16-drowning",
        )
    )
    assert O.ordered(out, "cpap", "non-invasive ventilation")
    assert O.ordered(out, "observe at least 6", "observation")


def test_neutrophil_count_in_units_makes_fever_after_chemotherapy_an_admission(
    reason: Reason,
) -> None:
    """IDSA 2010 (Freifeld) / ASCO-IDSA 2018: fever with neutrophils < 0.5 x10^9/L
    after chemotherapy is febrile neutropenia: IV anti-pseudomonal antibiotic and
    admission unless a MASCC score >= 21 is documented; a count written as
    'neutrophils 0.1 x10^9/L' is the neutrophil count."""
    out = reason(
        make_case(
            "temperature",
            age=61,
            sex="M",
            vitals=vitals(102, 124, 74, 18, 97, 38.6),
            one_liner="61 y.o. man with colon cancer on FOLFOX, last cycle 10 days "
            "ago, hot and shivery tonight",
            ed_note="Comfortable. Neutrophils 0.1 x10^9/L. Lactate 1.2 mmol/L.",
            case_id="a16-fn",
        )
    )
    assert _given(out, "cefepime", "piperacillin", "meropenem", "antibiotic")
    assert O.disposition(out).disposition == "Admit"


def _final_dx(out: ReasoningOutput) -> str:
    for record in out.trace:
        if record.stage == "diagnosis" and record.output is not None:
            return str(getattr(record.output, "name", "") or "")
    return ""


def test_sickle_crisis_failing_home_opioids_is_not_sent_home(reason: Reason) -> None:
    """NICE CG143 / NHLBI 2014: a painful sickle cell crisis with severe pain
    despite home opioids needs parenteral opioids reassessed in hospital; the
    arrival forecast must not be a discharge."""
    out = reason(
        make_case(
            "knee and hip pain",
            age=29,
            sex="M",
            vitals={**vitals(104, 128, 78, 18, 97, 37.3), "pain": 8},
            one_liner="29 y.o. man with HbSS sickle cell anaemia, pain 8/10 in both "
            "knees and hips since this morning; took his oral oxycodone at home with "
            "no relief",
            ed_note="Chest clear, no cough. Hb 81 g/L.",
            case_id="a16-sickle",
        )
    )
    assert O.disposition(out).disposition != "Discharge"


def test_ruled_in_poisoning_is_the_final_diagnosis_not_a_syndrome(
    reason: Reason,
) -> None:
    """Chyka 2007 (AAPCC): a toxic salicylate level with confusion and acidosis is
    salicylate poisoning; the ED diagnosis names the poisoning, not 'delirium' or
    'altered mental status', and treatment follows it (no fomepizole)."""
    out = reason(
        make_case(
            "confusion",
            age=76,
            sex="F",
            vitals=vitals(104, 138, 76, 28, 96, 37.8),
            one_liner="76 y.o. woman, two days of confusion and ringing in the ears; "
            "has been taking extra aspirin for arthritis",
            ed_note="Disorientated. Salicylate 52 mg/dL. Bicarbonate 15 mmol/L, anion "
            "gap 21.",
            case_id="a16-salicylate-dx",
        )
    )
    # infect51: aspirin named is coded by its own ICD-10-CM line, "Poisoning by aspirin"
    # (T39.01-; Table of Drugs and Chemicals), a salicylate poisoning all the same
    assert re.search(r"(?i)salicylate|aspirin", _final_dx(out))
    assert not _given(out, "fomepizole")


def test_hypoxic_insecticide_poisoning_still_gets_oxygen(reason: Reason) -> None:
    """BTS 2017 emergency oxygen and Eddleston 2008: SpO2 87 % in organophosphate
    poisoning needs oxygen; the toxidrome's airway advice (no succinylcholine) is
    not an oxygen order and must not stand in for one."""
    out = reason(
        make_case(
            "difficulty breathing",
            age=50,
            sex="F",
            vitals=vitals(42, 104, 62, 30, 87, 36.5),
            one_liner="50 y.o. woman who drank from a bottle of insecticide in her "
            "shed",
            ed_note="Miosis, lacrimation and hypersalivation, coarse crackles "
            "throughout, fasciculations.",
            case_id="a16-op-oxygen",
        )
    )
    assert O.ordered(out, "oxygen")
    assert _given(out, "atropine")


def test_timed_paracetamol_level_above_the_line_gets_acetylcysteine_now(
    reason: Reason,
) -> None:
    """Chiew 2020 (ANZ paracetamol guideline) / Rumack-Matthew: a level on or above
    the treatment line (150 mg/L at 4 h, halving every 4 h) means acetylcysteine now,
    not 'if above the line'; a level below the line does not (guard, passes on
    main too)."""

    def case(level: str, cid: str) -> ReasoningOutput:
        return reason(
            make_case(
                "overdose",
                age=27,
                sex="M",
                vitals=vitals(88, 126, 78, 14, 99),
                one_liner="27 y.o. man who swallowed a packet of paracetamol after an "
                "argument, single ingestion",
                ed_note=f"Alert and well. {level}. ALT 22 U/L.",
                case_id=cid,
            )
        )

    above = case("APAP concentration 1100 umol/L at 5 hours", "a16-apap-high")
    below = case("Paracetamol 40 mg/L at 8 h", "a16-apap-low")
    assert _given(above, r"acetylcysteine iv now")
    assert not _given(below, r"acetylcysteine iv now")

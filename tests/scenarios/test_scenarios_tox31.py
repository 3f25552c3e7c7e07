"""A stated overdose under any complaint, passive ideation, a child's opioid, toxic
alcohols and DKA severity: leftovers of session 30 (tox31).

Written from: AACT/EAPCCT position statements and Goldfrank's Toxicologic Emergencies
11th ed. ch. 4 (every overdose: paracetamol and salicylate levels, an ECG, the poison
centre), ICD-10-CM Official Guidelines FY2024 I.C.19.e.5.b (an overdose of a drug is a
poisoning by it), NICE NG225 2022 (self-poisoning is self-harm irrespective of motive);
FDA ondansetron labelling 2014 and QT communication 2012; the ASQ (Horowitz LM et al.
2012) and C-SSRS screen question 1 (Posner K et al. 2011: a wish to be dead is
suicidal ideation), ESI v4 handbook ch.4 (suicidal ideation is high risk); Sachdeva
DK, Stadnyk JM. J Emerg Med 2005 and Hayes BD et al. Pediatrics 2008 (a toddler's
opioid: admission), AHA/AAP PALS 2020, Paediatric Critical Care Society standards 2021
(a child with GCS <= 12: high-dependency care); WHO methanol information note 2014 and
Barceloux DG et al. AACT 2002 (visual disturbance after a suspect spirit is methanol's
optic neuropathy; two of pH < 7.3, bicarbonate < 20, osmolar gap: treat as methanol);
Umpierrez GE et al. ADA 2024 (DKA needs hyperglycaemia or known diabetes) and JBDS-IP
2023 (DKA with an altered mental status, pH < 7.1 or potassium < 3.5: high-dependency
care).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_LEVELS = (r"(?:paracetamol|acetaminophen)[^;]*level",)
_ECG = (r"\becg\b", "electrocardiogra", "12-lead")
_MENTAL_HEALTH = ("psychiatr", "mental health", "psychosocial")
_SAFETY = ("1:1", "one-to-one", "sitter", "suicide precaution")
_DKA_FLUIDS = (r"crystalloid 1-1\.5 l", r"10 ml/kg over 30-60 min")


def _poisoning(out: ReasoningOutput, prefix: str = "T") -> bool:
    return (out.final.icd10 or "").startswith(prefix)


def _admit_icu(out: ReasoningOutput) -> bool:
    disp = O.disposition(out)
    return disp.disposition == "Admit" and disp.admit_level == "icu"


def test_ssri_overdose_under_a_nausea_complaint_leads_and_is_worked_up(
    reason: Reason,
) -> None:
    """ICD-10-CM I.C.19.e.5.b; AACT; NICE NG225: "took 40 fluoxetine" is an SSRI
    poisoning whatever the triage box says; levels, ECG, poison centre, a
    psychosocial assessment; no ondansetron (serotonergic, QT)."""
    out = reason(
        make_case(
            "NAUSEA",
            age=21,
            sex="F",
            vitals=vitals(106, 124, 74, 18, 99),
            one_liner="21F nauseated, took about 40 fluoxetine tablets this morning",
            ed_note=(
                "Nauseated and shaky since this morning. Took about 40 tablets of "
                "fluoxetine 20 mg at 08:00. No other ingestion stated. Alert."
            ),
        )
    )
    assert _poisoning(out, "T43.22"), out.final.icd10
    assert O.ordered(out, *_LEVELS), O.orders(out)
    assert O.ordered(out, *_ECG), O.orders(out)
    assert O.ordered(out, "poison", "toxicolog"), O.orders(out)
    assert O.ordered(out, *_MENTAL_HEALTH), O.orders(out)
    assert not O.medication_ordered(out, "ondansetron"), O.medications(out)


def test_tricyclic_overdose_under_abdominal_pain_gets_its_ecg(reason: Reason) -> None:
    """Boehnert & Lovejoy 1985; Goldfrank ch. 68: a TCA overdose is lethal by the QRS:
    an ECG and monitoring, whatever the complaint; coded as a TCA poisoning."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=27,
            sex="F",
            vitals=vitals(118, 106, 64, 18, 98),
            one_liner="27F abdominal pain after taking her partner's nortriptyline",
            ed_note=(
                "Took a whole box of her partner's nortriptyline 25 mg (about 30 "
                "tablets) two hours ago. Vague abdominal discomfort, dry mouth, "
                "sleepy but answering questions."
            ),
        )
    )
    assert _poisoning(out, "T43.01"), out.final.icd10
    assert O.ordered(out, *_ECG), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_thoughts_of_dying_are_suicidal_ideation(reason: Reason) -> None:
    """C-SSRS question 1; ESI v4 ch.4: passive ideation is high risk (ESI <= 2) with
    a safe environment and a psychiatric assessment."""
    out = reason(
        make_case(
            "DEPRESSION",
            age=45,
            sex="M",
            vitals=vitals(80, 128, 78, 14, 99),
            one_liner="45M low mood, thoughts of dying",
            ed_note=(
                "Low mood since his divorce. Tells the nurse he has thoughts of dying "
                "most days. No ingestion, no injuries."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.ordered(out, *_SAFETY), O.orders(out)
    assert O.ordered(out, *_MENTAL_HEALTH), O.orders(out)


def test_better_off_dead_is_suicidal_ideation(reason: Reason) -> None:
    """ASQ item 2 ("your family would be better off if you were dead"): ESI <= 2."""
    out = reason(
        make_case(
            "ANXIETY",
            age=60,
            sex="F",
            vitals=vitals(92, 138, 84, 16, 99),
            one_liner=(
                "60F anxious, says her children would be better off if she were dead"
            ),
            ed_note="Weeks of worry and poor sleep. No plan stated.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_denied_thoughts_of_dying_are_not_ideation(reason: Reason) -> None:
    """Guard (negation, ConText): "denies thoughts of dying" is no suicidal ideation:
    no high-risk triage for it."""
    out = reason(
        make_case(
            "HEADACHE",
            age=35,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99),
            one_liner="35F tension-type headache for 2 days",
            ed_note=(
                "Band-like headache for two days with work stress. Denies thoughts of "
                "dying or wishing she were dead. Neurologically normal."
            ),
        )
    )
    assert not O.ordered(out, *_SAFETY), O.orders(out)


def test_child_opioid_with_depressed_consciousness_gets_naloxone_and_picu(
    reason: Reason,
) -> None:
    """AAP/AHA PALS 2020; Sachdeva & Stadnyk 2005: a child with GCS 9 and slow
    breathing after an opioid: naloxone and intensive care, not an observation bed
    (the adult early-discharge rule is for adults)."""
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=7,
            sex="F",
            vitals=vitals(86, 100, 60, 9, 92),
            one_liner="7F found drowsy after eating her uncle's oxycodone, GCS 9",
            ed_note="GCS 9, pinpoint pupils, shallow breathing. Weight 22 kg.",
        )
    )
    assert O.medication_ordered(out, "naloxone"), O.medications(out)
    assert _admit_icu(out), O.disposition(out)


def test_toddler_buprenorphine_is_high_risk_and_admitted(reason: Reason) -> None:
    """Hayes 2008: buprenorphine toxicity in a child appears up to 24 h later:
    high risk at triage, admission (not an observation of 4 h)."""
    out = reason(
        make_case(
            "INGESTION",
            age=3,
            sex="M",
            vitals=vitals(112, 94, 58, 22, 97),
            one_liner="3M found chewing his mother's Suboxone film",
            ed_note=(
                "Found chewing a Suboxone film an hour ago. Now sleepy. Weight 14 kg."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_child_with_gcs_11_after_an_ingestion_goes_to_high_dependency(
    reason: Reason,
) -> None:
    """PCCS 2021: a child with GCS 12 or below needs hourly neurological observation
    in high-dependency or intensive care, whatever the cause; clonidine is coded as
    itself (ICD-10-CM Table of Drugs: T46.5X-; Seger 2002), not as an opioid."""
    out = reason(
        make_case(
            "INGESTION",
            age=5,
            sex="F",
            vitals=vitals(64, 86, 50, 14, 95),
            one_liner="5F swallowed several of her grandmother's clonidine tablets",
            ed_note="Drowsy, GCS 11, small pupils, bradycardic. Weight 19 kg.",
        )
    )
    assert _admit_icu(out), O.disposition(out)
    assert _poisoning(out, "T46.5"), out.final.icd10


def test_blurred_vision_after_moonshine_is_methanol_not_a_retinal_stroke(
    reason: Reason,
) -> None:
    """WHO 2014; Barceloux 2002: visual disturbance after a suspect spirit is
    methanol's optic neuropathy: coded as methanol, no stroke work-up."""
    out = reason(
        make_case(
            "BLURRED VISION",
            age=39,
            sex="M",
            vitals=vitals(104, 136, 84, 24, 98),
            one_liner="39M blurred vision since drinking moonshine",
            ed_note=(
                "Drank moonshine at a party last night. Since noon blurred vision, "
                "headache and nausea. Alert. Pupils sluggish. Blood gas pending."
            ),
        )
    )
    assert _poisoning(out, "T51"), out.final.icd10
    assert not O.ordered(out, "stroke", r"\bcta\b"), O.orders(out)


def test_bootleg_acidosis_with_a_normal_glucose_gets_no_dka_regimen(
    reason: Reason,
) -> None:
    """ADA 2024: DKA needs hyperglycaemia or known diabetes; AACT 2002: a suspect
    spirit with pH < 7.3 and bicarbonate < 20 is treated as methanol."""
    out = reason(
        make_case(
            "VOMITING",
            age=49,
            sex="M",
            vitals=vitals(110, 132, 82, 28, 97),
            one_liner="49M vomiting after drinking bootleg vodka",
            ed_note=(
                "Drank bootleg vodka two days ago. Vomiting, deep breathing. No "
                "history of diabetes. VBG pH 7.16, bicarbonate 10, anion gap 27, "
                "glucose 5.8 mmol/L."
            ),
        )
    )
    assert not O.medication_ordered(out, *_DKA_FLUIDS, "insulin"), O.medications(out)
    assert _poisoning(out, "T51"), out.final.icd10


def test_confused_dka_goes_to_high_dependency(reason: Reason) -> None:
    """JBDS-IP 2023; ADA 2009/2024: DKA with an altered mental status is severe:
    high-dependency or intensive care, not a ward bed. Guard: already so on the base
    (the DKA's usual care), now also by the JBDS criterion named in the rationale."""
    out = reason(
        make_case(
            "VOMITING",
            age=24,
            sex="M",
            vitals=vitals(116, 124, 76, 26, 98),
            one_liner="24M type 1 diabetic, vomiting, now confused",
            ed_note=(
                "Type 1 diabetes, ran out of insulin, vomiting since yesterday, now "
                "confused. Glucose 26 mmol/L, pH 7.19, bicarbonate 11, ketones 4.8, "
                "potassium 4.4."
            ),
        )
    )
    assert _admit_icu(out), O.disposition(out)


def test_euglycaemic_dka_on_an_sglt2_inhibitor_is_high_risk(reason: Reason) -> None:
    """ADA 2024: euglycaemic DKA on an SGLT2 inhibitor; "ketotic" is ketosis: ESI <= 2
    at triage, and the DKA regimen stands (guard for the fluid requirement)."""
    out = reason(
        make_case(
            "VOMITING",
            age=61,
            sex="F",
            vitals=vitals(108, 116, 70, 24, 98),
            one_liner="61F on dapagliflozin, vomiting, ketotic, glucose 10",
            ed_note=(
                "Type 2 diabetes on dapagliflozin, vomiting for two days. Glucose 10.2 "
                "mmol/L, ketones 4.9, pH 7.18, bicarbonate 11."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.medication_ordered(out, *_DKA_FLUIDS), O.medications(out)

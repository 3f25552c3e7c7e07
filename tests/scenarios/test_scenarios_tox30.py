"""Toxicology, intoxication, adolescent DKA, ENT: leftovers of session 29 (tox30).

Written from: Barceloux DG et al. AACT methanol guideline (J Toxicol Clin Toxicol
2002;40:415) and Roberts DM et al. EXTRIP 2015 (fomepizole on suspicion; unlicensed
spirits carry methanol: WHO methanol information note 2014); Stiell IG et al. Lancet
2001 (the Canadian CT Head Rule excludes the intoxicated patient without an injury),
NICE NG232 2023 and Jagoda AS et al. ACEP mild TBI 2008 (CT for signs of injury, a
focal sign or a GCS that does not improve); Vonghia L et al. Eur J Intern Med 2008
(dysarthria and gait ataxia are the signs of ethanol intoxication); Glaser N et al.
ISPAD 2022 (DKA to the 18th birthday: shock is rare, tachycardia is the acidosis,
10 mL/kg for poor perfusion within the DKA regimen); ICD-10-CM Official Guidelines
FY2024 I.C.19.e.5.b and NICE NG225 2022 (an ingestion stated as intentional is
self-harm: intent coded X2, a psychosocial assessment); Mitchell RB et al. AAO-HNS
tonsillectomy guideline 2019 (post-tonsillectomy haemorrhage: ENT emergently, airway,
tranexamic acid; swallowed blood is no upper GI bleed); Blatchford O et al. Lancet 2000
(the score's population is upper GI haemorrhage); Kearon C et al. CHEST 2016/2021 (a
DVT on compression ultrasound is treated; the medication list, not the plan, says what
the patient takes).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HEAD_CT = (r"\bct head\b", r"ct (?:of the )?head", r"head ct", r"ct brain")
_ENT = (r"\bent\b", r"otolaryngolog")


def _intent_self_harm(out: ReasoningOutput) -> bool:
    code = out.final.icd10 or ""
    return code.startswith("T") and code.endswith("2A")


def _mental_health(out: ReasoningOutput) -> bool:
    return O.ordered(out, "psychiatr", "mental health", "psychosocial")


def test_moonshine_with_blurred_vision_is_emergent_and_gets_fomepizole(
    reason: Reason,
) -> None:
    """AACT 2002; EXTRIP 2015: methanol is suspected from the history (home-distilled
    spirits) before any acidosis; visual symptoms mark established toxicity. The
    history alone is the early sign: ESI 2 (high risk), fomepizole now."""
    out = reason(
        make_case(
            "VISUAL DISTURBANCE",
            age=37,
            sex="M",
            vitals=vitals(102, 134, 82, 22, 98),
            one_liner="blurred vision since drinking moonshine at a wedding",
            ed_note=(
                "Drank moonshine (home-distilled spirits) at a wedding last night. "
                "Since this morning blurred, foggy vision, headache and nausea. Alert. "
                "Pupils sluggish. Blood gas and osmolality sent."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.medication_ordered(out, "fomepizole"), O.orders(out)


def test_bootleg_liquor_with_acidosis_is_emergent(reason: Reason) -> None:
    """EXTRIP 2015: a high anion gap acidosis after illegally distilled liquor is
    methanol until proven otherwise (dialysis criteria pH <= 7.15, gap > 24): ESI 2."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=48,
            sex="M",
            vitals=vitals(108, 128, 78, 28, 97),
            one_liner="abdominal pain and vomiting after illegally distilled liquor",
            ed_note=(
                "Drank illegally distilled liquor yesterday. Vomiting and epigastric "
                "pain, deep rapid breathing. VBG pH 7.13, bicarbonate 8, anion gap 29, "
                "glucose 5.9 mmol/L, lactate 1.9."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.medication_ordered(out, "fomepizole"), O.orders(out)


def test_intoxicated_without_injury_or_focal_sign_gets_no_head_ct(
    reason: Reason,
) -> None:
    """Stiell 2001 (Canadian CT Head Rule: intoxication without injury is outside
    it); NICE NG232 2023; ACEP mild TBI 2008: a drunk man with slurred speech and an
    unsteady gait, no sign of injury and no lateralising sign is observed until sober;
    slurred speech and gait ataxia are the intoxication's (Vonghia 2008), not a focal
    deficit. No CT head, no stroke CT angiography, no neurosurgeon."""
    out = reason(
        make_case(
            "ALCOHOL INTOXICATION",
            age=29,
            sex="M",
            vitals=vitals(96, 128, 76, 16, 97),
            ed_note=(
                "Brought by ambulance from a bus stop, drunk, slurred speech, unsteady "
                "gait, drowsy but rousable to voice, protecting his airway. No sign of "
                "head injury on examination. Glucose 5.8 mmol/L."
            ),
        )
    )
    assert not O.ordered(out, *_HEAD_CT), O.orders(out)
    assert not O.ordered(out, r"ct angiograph", r"\bcta\b"), O.orders(out)
    assert not O.ordered(out, "neurosurg"), O.orders(out)
    assert O.ordered(out, r"reassess", r"observ", r"sober"), O.orders(out)


def test_intoxicated_with_head_injury_and_falling_gcs_gets_a_head_ct(
    reason: Reason,
) -> None:
    """Guard (NICE NG232 2023: GCS < 13 after a head injury, vomiting twice): drink
    does not explain away an injured head. Passes before and after the change."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=44,
            sex="M",
            vitals=vitals(90, 150, 90, 16, 96),
            ed_note=(
                "Drunk, fell backwards down steps and struck his occiput. Boggy "
                "occipital haematoma. GCS 12 (E3 V4 M5), not improving over 2 hours. "
                "Vomited twice. Slurred speech."
            ),
        )
    )
    assert O.ordered(out, *_HEAD_CT), O.orders(out)


def test_sixteen_year_old_in_dka_gets_no_adult_shock_floor(reason: Reason) -> None:
    """ISPAD 2022 (to the 18th birthday; BSPED 2021): tachycardia and a capillary
    refill of 3 s in DKA are the acidosis and the dehydration, not shock; poor
    perfusion gets 10 mL/kg within the DKA regimen, no adult shock-index floor (two
    large-bore IVs for shock) and no litre of fluid."""
    out = reason(
        make_case(
            "VOMITING",
            age=16,
            sex="M",
            vitals=vitals(126, 110, 66, 30, 99),
            ed_note=(
                "16-year-old boy with type 1 diabetes, vomiting for a day, missed "
                "insulin. Weight 58 kg. Alert, dry mucous membranes, capillary refill "
                "3 seconds, Kussmaul breathing. Glucose 27 mmol/L, pH 7.09, "
                "bicarbonate 7, ketones 5.6 mmol/L. Diabetic ketoacidosis."
            ),
        )
    )
    assert not O.ordered(out, "large-bore"), O.orders(out)
    assert not O.ordered(out, r"\d(?:\.\d)?\s*(?:-\s*\d(?:\.\d)?\s*)?l\b"), O.orders(
        out
    )
    assert O.medication_ordered(out, r"10 ml/kg"), O.orders(out)


def test_intentional_antifreeze_ingestion_is_coded_as_self_harm(
    reason: Reason,
) -> None:
    """ICD-10-CM I.C.19.e.5.b: the intent is coded as documented; NICE NG225: a
    deliberate self-poisoning is self-harm. Ethylene glycol drunk on purpose is coded
    with the self-harm intent (X2), with a mental-health assessment and fomepizole."""
    out = reason(
        make_case(
            "INGESTION",
            age=34,
            sex="M",
            vitals=vitals(106, 126, 80, 22, 99),
            ed_note=(
                "Drank about 250 mL of antifreeze (ethylene glycol) on purpose 3 hours "
                "ago after losing his job. Nauseated, drowsy. VBG pH 7.27, bicarbonate "
                "14, anion gap 22, ethanol negative, osmolar gap 26."
            ),
        )
    )
    assert _intent_self_harm(out), out.final.icd10
    assert _mental_health(out), O.orders(out)
    assert O.medication_ordered(out, "fomepizole"), O.orders(out)


def test_intentional_aspirin_overdose_gets_a_mental_health_assessment(
    reason: Reason,
) -> None:
    """NICE NG225 2022: every self-poisoning has a psychosocial assessment; ICD-10-CM
    codes the stated intent. 'Took them intentionally' is self-harm."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=27,
            sex="F",
            vitals=vitals(112, 122, 72, 28, 99, 37.6),
            ed_note=(
                "Took about 50 aspirin 300 mg tablets 5 hours ago intentionally. "
                "Tinnitus, vomiting, sweating. ABG pH 7.46, pCO2 25. Salicylate level "
                "58 mg/dL."
            ),
        )
    )
    assert _intent_self_harm(out), out.final.icd10
    assert _mental_health(out), O.orders(out)


def test_child_bleeding_after_tonsillectomy_gets_ent_and_tranexamic_acid(
    reason: Reason,
) -> None:
    """AAO-HNS 2019: a secondary post-tonsillectomy haemorrhage (day 5-10) needs
    emergency ENT evaluation; airway first, blood count and crossmatch, tranexamic
    acid; admitted (a small bleed may herald a large one)."""
    out = reason(
        make_case(
            "BLEEDING",
            age=6,
            sex="F",
            vitals=vitals(124, 98, 58, 24, 99, 37.3),
            ed_note=(
                "Tonsillectomy 7 days ago. Tonight spitting fresh blood and clots from "
                "the mouth for half an hour. Weight 21 kg. Clot in the right tonsillar "
                "fossa with oozing. Alert, talking."
            ),
        )
    )
    assert O.ordered(out, *_ENT), O.orders(out)
    assert O.medication_ordered(out, "tranexamic"), O.orders(out)
    assert out.final.disposition in ("Admit", "OR Admit"), out.final.disposition


def test_vomited_blood_after_tonsillectomy_is_not_worked_up_as_a_gi_bleed(
    reason: Reason,
) -> None:
    """AAO-HNS 2019; Blatchford 2000: blood vomited 9 days after a tonsillectomy is
    swallowed from the tonsil bed: ENT, not endoscopy, no proton-pump inhibitor and no
    Glasgow-Blatchford score on the ledger."""
    out = reason(
        make_case(
            "HEMATEMESIS",
            age=21,
            sex="M",
            vitals=vitals(102, 120, 74, 18, 99),
            ed_note=(
                "Tonsillectomy 9 days ago. Coughed up and vomited bright red blood "
                "twice this evening. Fresh clot on the left tonsil bed. No abdominal "
                "pain, no melaena, no NSAIDs, no alcohol."
            ),
        )
    )
    assert O.ordered(out, *_ENT), O.orders(out)
    assert not O.ordered(out, "gastroenterolog", "endoscop"), O.orders(out)
    assert not O.medication_ordered(out, "pantoprazole", "omeprazole"), O.orders(out)
    # the triage-time complaint alone ("HEMATEMESIS") may be scored; once the note
    # tells of the tonsillectomy the score is not shown as evidence
    ledger_rules = {r.name.lower() for e in out.final.ledger for r in e.rules}
    assert not any("blatchford" in r for r in ledger_rules), ledger_rules


def test_a_dvt_on_ultrasound_with_anticoagulation_only_in_the_plan_is_treated(
    reason: Reason,
) -> None:
    """CHEST 2016/2021: a proximal DVT on compression ultrasound is anticoagulated; the
    medication list says no anticoagulant, so 'start anticoagulation' under an
    unrecognised plan heading is this visit's plan, not a drug the patient takes (no
    reversal), and the ultrasound's popliteal DVT confirms it (no D-dimer)."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=63,
            sex="F",
            vitals=vitals(82, 138, 80, 16, 98),
            ed_note=(
                "Right calf swelling and pain for 4 days after knee arthroscopy. "
                "Medications: levothyroxine; no blood thinners. Right calf 4 cm "
                "larger, tender. Venous ultrasound: occlusive right popliteal "
                "DVT.\nAssessment/plan: start anticoagulation with rivaroxaban, DVT "
                "clinic."
            ),
        )
    )
    assert O.medication_ordered(out, "apixaban", "rivaroxaban", "heparin"), O.orders(
        out
    )
    assert not O.ordered(out, "revers"), O.orders(out)
    assert not O.ordered(out, "d-dimer"), O.orders(out)

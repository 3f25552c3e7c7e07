"""metab21 scenarios: metabolic, endocrine and haematological emergencies.

Each asserts a safety property named with its source; wording differs from the
review cases (/work/notes/review/metab21_cases.py) and from any shared-data row.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _insulin_ordered(out: ReasoningOutput) -> list[str]:
    return [
        o.name
        for o in O.medications(out)
        if "insulin" in o.name.lower() and "potassium" not in o.name.lower()
    ]


def test_ketoacidosis_with_potassium_3_4_replaces_potassium_before_insulin(
    reason: Reason,
) -> None:
    """Umpierrez GE et al. ADA/EASD/JBDS/AACE/DTS hyperglycaemic crises consensus.
    Diabetes Care 2024;47:1257: hold insulin while K+ < 3.5 mmol/L and give potassium
    10-20 mmol/h first (insulin drives potassium into cells). A K+ of 3.4 is below
    that line: no insulin order stands, the insulin is blocked and potassium is
    given."""
    case = make_case(
        "NAUSEA",
        age=41,
        sex="Male",
        vitals=vitals(118, 112, 70, 26, 98, 36.7),
        ed_note="Insulin-dependent diabetic, stopped his insulin 3 days ago when he"
        " could not afford it. Nauseated, retching, crampy belly pain, very thirsty."
        " Ketones on his breath, deep rapid breathing. Blood sugar 540 mg/dL, pH 7.12,"
        " HCO3 9, beta-hydroxybutyrate 5.1 mmol/L, K 3.4 mmol/L, Na 134.",
    )
    out = reason(case)
    assert not _insulin_ordered(out)
    assert any("insulin" in b for b in O.blocked_names(out))
    assert O.medication_ordered(out, "potassium chloride")


def test_ketoacidosis_with_potassium_3_6_starts_insulin(reason: Reason) -> None:
    """Guard, ADA 2024 consensus: K+ >= 3.5 mmol/L: the fixed-rate insulin infusion
    starts with potassium in the fluids."""
    case = make_case(
        "NAUSEA",
        age=41,
        sex="Male",
        vitals=vitals(118, 112, 70, 26, 98, 36.7),
        ed_note="Insulin-dependent diabetic, stopped his insulin 3 days ago. Retching,"
        " thirsty, deep rapid breathing. Blood sugar 540 mg/dL, pH 7.12, HCO3 9,"
        " beta-hydroxybutyrate 5.1 mmol/L, K 3.6 mmol/L, Na 134.",
    )
    out = reason(case)
    assert _insulin_ordered(out)
    assert O.medication_ordered(out, "potassium")


def test_treated_insulin_low_sugar_now_normal_gets_no_bolus_and_no_icu(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024, section 6; JBDS-IP hypoglycaemia 2022: an
    insulin-treated hypoglycaemia with a clear cause, corrected (glucose now
    normal), with the patient alert and eating, needs no further IV dextrose and no
    intensive care; recurrence is expected after a sulfonylurea or a long-acting
    insulin overdose, not after a mistimed rapid-acting dose. No dextrose bolus, no
    ICU level."""
    case = make_case(
        "LOW BLOOD SUGAR",
        age=33,
        sex="Female",
        vitals=vitals(80, 118, 72, 14, 99, 36.6),
        ed_note="Type 1 diabetic on an insulin pump, gave a meal bolus and then skipped"
        " lunch. Colleague found her clammy and muddled at her desk; ambulance crew"
        " recorded a BM of 2.2 mmol/L and gave glucagon 1 mg IM. On arrival she is"
        " back to her normal self, orientated, blood glucose 6.9 mmol/L, has had tea"
        " and toast. No deliberate overdose, no alcohol.",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "dextrose 50", "glucagon 1 mg")
    assert O.disposition(out).admit_level != "icu"


def test_recurrent_low_sugar_on_glipizide_gets_octreotide(reason: Reason) -> None:
    """McLaughlin SA et al. Ann Emerg Med 2000;36:133; Goldfrank's Toxicologic
    Emergencies 11th ed. ch. 47: a sulfonylurea hypoglycaemia that recurs after
    dextrose is treated with octreotide (it suppresses the insulin release dextrose
    provokes) and a dextrose infusion, with admission; no discharge."""
    case = make_case(
        "ALTERED MENTAL STATUS",
        age=77,
        sex="Male",
        vitals=vitals(88, 160, 90, 16, 97, 36.3),
        ed_note="Takes glipizide 10 mg twice daily and metformin; eating little since a"
        " chest infection. Wife found him slurring and sweating. Fingerstick 38 mg/dL,"
        " given 25 g D50 with recovery; 90 minutes later fingerstick 49 mg/dL and"
        " drowsy again.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "octreotide")
    assert O.disposition(out).disposition != "Discharge"


def test_insulin_hypoglycaemia_gets_no_octreotide(reason: Reason) -> None:
    """Guard, Goldfrank's 11th ed. ch. 47: octreotide suppresses endogenous insulin
    release (sulfonylureas); it has no role in exogenous insulin hypoglycaemia."""
    case = make_case(
        "ALTERED MENTAL STATUS",
        age=58,
        sex="Female",
        vitals=vitals(96, 138, 80, 16, 98, 36.5),
        ed_note="Type 2 diabetes on twice-daily mixed insulin, took her evening dose"
        " and went to bed without supper. Husband found her confused and sweaty."
        " Capillary glucose 2.1 mmol/L.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "dextrose", "glucagon")
    assert not O.medication_ordered(out, "octreotide")


def test_anticoagulated_gi_bleed_with_shock_index_over_1_goes_to_icu(
    reason: Reason,
) -> None:
    """Gralnek IM et al. ESGE 2021 non-variceal upper GI haemorrhage; ATLS 10th ed.:
    a GI bleed with haemodynamic instability (haemorrhagic shock, shock index >= 1)
    is resuscitated and monitored in an ICU or high-dependency bed, not on a general
    ward; the anticoagulant is reversed (ACC 2020 ECDP)."""
    case = make_case(
        "MELENA",
        age=69,
        sex="Female",
        vitals=vitals(124, 102, 60, 22, 97, 36.5),
        ed_note="On apixaban for a previous pulmonary embolism. Three days of tarry"
        " black motions, today a large maroon stool and light-headed on standing."
        " Looks pale and clammy. Hb 68 g/L, urea 21 mmol/L.",
    )
    out = reason(case)
    assert O.disposition(out).admit_level == "icu"
    assert O.medication_ordered(out, "andexanet", "prothrombin complex", "pcc")


def test_fit_with_sodium_of_116_is_named_hyponatraemia_and_gets_hypertonic_saline(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE/ESICM/ERBP hyponatraemia guideline. Eur J Endocrinol
    2014;170:G1, sections 1.1-1.2: a seizure or somnolence with a profound
    hyponatraemia (< 125 mmol/L) is severely symptomatic hyponatraemia, treated at
    once with 150 mL 3 % saline, the rise capped at 10 mmol/L in 24 h. The
    hyponatraemia is ruled in (it explains the fit) and the hypertonic saline and the
    correction limit are ordered."""
    case = make_case(
        "SEIZURE",
        age=66,
        sex="Male",
        vitals=vitals(92, 148, 86, 18, 97, 36.7),
        ed_note="Started citalopram a month ago, has been drinking several litres of"
        " water a day. Headache and vomiting since yesterday, then a witnessed fit in"
        " the kitchen. Now sleepy but rousable, no focal signs. Serum Na 116 mmol/L,"
        " K 3.9, glucose 5.8 mmol/L, plasma osmolality 244, urine osmolality 410.",
    )
    out = reason(case)
    ledger = {e.diagnosis.lower(): e.status for e in out.final.ledger}
    assert ledger.get("hyposmolality and hyponatremia") == "ruled_in"
    assert O.medication_ordered(out, "3% hypertonic saline", "3 % saline")
    assert O.ordered(out, "limit the rise")


def test_child_on_chemotherapy_with_fever_and_anc_below_0_5_is_febrile_neutropenia(
    reason: Reason,
) -> None:
    """Freifeld AG et al. IDSA 2010; Lehrnbecher T et al. IPSOG paediatric febrile
    neutropenia 2017; NICE NG151: neutrophils < 0.5 x 10^9/L with a fever is
    febrile neutropenia by definition: ruled in, empirical anti-pseudomonal
    beta-lactam within the hour, weight-based for a child, and admission."""
    case = make_case(
        "FEVER",
        age=8,
        sex="Male",
        vitals=vitals(136, 100, 60, 24, 98, 38.9),
        ed_note="Medulloblastoma, on cycle 3 of chemotherapy, last dose 8 days ago."
        " Hot and shivery tonight, temperature 38.9. Port-a-cath in situ, site looks"
        " fine. No cough, no diarrhoea, no rash. ANC 0.2 x10^9/L, platelets 60."
        " Weight 27 kg.",
    )
    out = reason(case)
    ledger = {e.diagnosis.lower(): e.status for e in out.final.ledger}
    assert ledger.get("neutropenia, unspecified (febrile neutropenia)") == "ruled_in"
    assert O.medication_ordered(out, "cefepime", "piperacillin", "meropenem")
    assert not O.ordered(out, "rectal")
    assert O.disposition(out).disposition != "Discharge"

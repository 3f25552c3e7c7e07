"""review13 (issue 10): order-safety scenarios from guidelines, each naming its source.

Written from the guidelines named in each docstring, never from rows of the shared
data. Each test failed on main before the change it guards, except those marked as
guards.
"""

from __future__ import annotations

import re

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _reversal_names(out: object) -> list[str]:
    names = [o.name for o in O.medications(out)]  # type: ignore[arg-type]
    return [
        n
        for n in names
        if re.search(r"(?i)revers|pcc\b|idarucizumab|andexanet|protamine", n)
    ]


# --- anticoagulant reversal by the documented drug (ACC 2020 ECDP; ASH 2018) -------

AGENT_WORDS = {
    "vka": r"(?i)vitamin k\b",
    "dabigatran": r"(?i)idarucizumab",
    "factor_xa": r"(?i)andexanet",
    "heparin": r"(?i)protamine",
}
REVERSAL_CASES = {
    # Tomaselli GF et al. ACC 2020 ECDP: warfarin, major bleeding -> 4F-PCC + IV vit K
    "vka": make_case(
        "vomiting blood",
        age=77,
        sex="M",
        vitals=vitals(118, 86, 50, 22, 96),
        one_liner="77 y.o. male on warfarin for a prosthetic aortic valve,"
        " coffee-ground vomiting and black stools since yesterday",
        ed_note="INR 6.4, Hb 74 g/L. Pale and clammy.",
        case_id="r13-vka",
    ),
    # ACC 2020 ECDP / RE-VERSE AD (Pollack CV NEJM 2017): dabigatran -> idarucizumab
    "dabigatran": make_case(
        "rectal bleeding",
        age=84,
        sex="F",
        vitals=vitals(122, 82, 48, 22, 96),
        one_liner="84 y.o. female taking dabigatran for atrial fibrillation, passing"
        " large amounts of bright red blood per rectum",
        ed_note="Hb 71 g/L. Last dabigatran dose this morning.",
        case_id="r13-dabigatran",
    ),
    # ACC 2020 ECDP; ANNEXA-4 (Connolly SJ NEJM 2019): factor Xa inhibitor with ICH
    # -> andexanet alfa or 4F-PCC
    "factor_xa": make_case(
        "fall",
        age=82,
        sex="F",
        vitals=vitals(80, 168, 92, 16, 97),
        one_liner="82 y.o. female on rivaroxaban for atrial fibrillation fell and hit"
        " her head, now drowsy",
        ed_note="GCS 13. CT head shows an acute right subdural haematoma with 4 mm"
        " midline shift.",
        case_id="r13-fxa",
    ),
    # ASH 2018 (Cuker A et al.): LMWH with major bleeding -> protamine (partial)
    "heparin": make_case(
        "abdominal pain",
        age=68,
        sex="F",
        vitals=vitals(116, 84, 50, 22, 97),
        one_liner="68 y.o. female on treatment-dose enoxaparin for a pulmonary"
        " embolism, sudden painful swelling of the lower abdominal wall after coughing",
        ed_note="Tender mass in the left lower abdominal wall. CT: rectus sheath"
        " haematoma with active extravasation. Hb 76 g/L.",
        case_id="r13-lmwh",
    ),
}


@pytest.mark.parametrize("drug", sorted(REVERSAL_CASES))
def test_reversal_is_chosen_by_the_documented_anticoagulant(
    reason: Reason, drug: str
) -> None:
    """ACC 2020 ECDP (Tomaselli GF et al. JACC 2020;76:594); ASH 2018 (Cuker A et al.
    Blood Adv 2018;2:3257): major bleeding on an anticoagulant gets that drug's
    reversal (warfarin: 4F-PCC + vitamin K; dabigatran: idarucizumab; factor Xa
    inhibitor: andexanet alfa or 4F-PCC; heparin: protamine), never a list of every
    agent, and the reversal is not withheld as if it were an anticoagulant."""
    out = reason(REVERSAL_CASES[drug])
    names = _reversal_names(out)
    assert names, "no reversal ordered"
    text = " ".join(names)
    assert re.search(AGENT_WORDS[drug], text)
    for other, word in AGENT_WORDS.items():
        if other != drug:
            assert not re.search(word, text), f"{other} agent listed for {drug}"
    assert not any(
        re.search(r"(?i)revers|pcc|andexanet|idarucizumab|protamine", b)
        for b in O.blocked_names(out)
    )


def test_unnamed_anticoagulant_is_identified_before_reversal(reason: Reason) -> None:
    """ACC 2020 ECDP: the reversal depends on the agent and the time of its last dose;
    'on a blood thinner' with a major bleed says the drug is unknown instead of
    listing or guessing agents."""
    case = make_case(
        "black stools",
        age=80,
        sex="M",
        vitals=vitals(120, 84, 50, 22, 96),
        one_liner="80 y.o. male on a blood thinner, name unknown, with melaena and"
        " dizziness",
        ed_note="Melaena on rectal examination. Hb 69 g/L.",
        case_id="r13-unknown-ac",
    )
    out = reason(case)
    names = _reversal_names(out)
    assert names
    assert all(re.search(r"(?i)not named|identify the drug", n) for n in names)


def test_head_injury_on_doac_reverses_only_after_ct(reason: Reason) -> None:
    """Guard (passed on main only because the reversal was blocked outright).

    NICE NG232 (2023) head injury: CT within 8 h for a patient on an anticoagulant;
    reversal follows a CT that shows haemorrhage (Frontera JA et al. Neurocrit Care
    2016), it is not given before imaging."""
    case = make_case(
        "head injury",
        age=76,
        sex="M",
        vitals=vitals(78, 150, 84, 16, 97),
        one_liner="76 y.o. male on apixaban tripped and hit his forehead",
        ed_note="No loss of consciousness, GCS 15, no vomiting, small forehead"
        " haematoma. No neurological deficit.",
        case_id="r13-doac-noct",
    )
    out = reason(case)
    assert O.ordered(out, r"\bct\b")
    for name in _reversal_names(out):
        assert re.search(r"(?i)^if ct shows", name), name


def test_no_nsaid_for_a_patient_on_an_anticoagulant(reason: Reason) -> None:
    """Davidson BL et al. JAMA Intern Med 2014 (EINSTEIN): NSAIDs with an
    anticoagulant double major bleeding; ACC 2020 ECDP. Back pain on apixaban gets
    acetaminophen, not an NSAID."""
    case = make_case(
        "back pain",
        age=58,
        sex="M",
        vitals=vitals(84, 136, 82, 16, 98),
        one_liner="58 y.o. male on apixaban for a previous DVT with 3 days of low back"
        " pain after lifting",
        ed_note="Paraspinal tenderness, normal neurology, no saddle anaesthesia, no"
        " urinary symptoms.",
        case_id="r13-ac-nsaid",
    )
    out = reason(case)
    assert not any(O.mentions(o, O.NSAID) for o in O.medications(out))


# --- toxicology: opioid overdose after naloxone ----------------------------------

OPIOID_REVERSED = make_case(
    "overdose",
    age=36,
    sex="M",
    vitals=vitals(90, 124, 76, 14, 98),
    one_liner="36 y.o. male found by his partner with slow breathing after injecting"
    " heroin",
    ed_note="Ambulance crew found GCS 6, RR 5 and pinpoint pupils; after naloxone"
    " 0.4 mg IM he woke up, now GCS 15, RR 14. Does not drink alcohol.",
    case_id="r13-opioid-reversed",
)


def test_opioid_overdose_gets_no_alcohol_withdrawal_scoring(reason: Reason) -> None:
    """CIWA-Ar scores alcohol withdrawal (Sullivan JT et al. Br J Addict 1989; ASAM
    2020): an opioid overdose with no alcohol use documented gets naloxone and
    observation, not CIWA-Ar."""
    out = reason(OPIOID_REVERSED)
    assert O.medication_ordered(out, "naloxone")
    assert not O.ordered(out, "ciwa")


def test_airway_plan_follows_the_current_gcs(reason: Reason) -> None:
    """ATLS 10th ed. (reassess after each intervention); AHA 2020 opioid-associated
    emergencies: a patient who woke after naloxone (now GCS 15) is observed for
    re-sedation, not prepared for rapid-sequence intubation because of the
    pre-naloxone GCS."""
    out = reason(OPIOID_REVERSED)
    assert not O.ordered(out, r"\brsi\b", "definitive airway", "intubat")
    assert O.ordered(out, "observe")


def test_unresponsive_overdose_keeps_its_airway_plan(reason: Reason) -> None:
    """Guard. ATLS 10th ed.: GCS <= 8 without a response to treatment needs an
    airway plan."""
    case = make_case(
        "overdose",
        age=33,
        sex="M",
        vitals=vitals(56, 104, 62, 6, 84),
        one_liner="33 y.o. male found unresponsive beside a syringe",
        ed_note="Pinpoint pupils, RR 6, GCS 6, no response to voice.",
        case_id="r13-opioid-gcs6",
    )
    assert O.ordered(reason(case), "airway")


def test_alcohol_withdrawal_keeps_ciwa(reason: Reason) -> None:
    """Guard. ASAM 2020 alcohol withdrawal: symptom-triggered treatment by CIWA-Ar."""
    case = make_case(
        "tremor",
        age=52,
        sex="M",
        vitals=vitals(112, 158, 92, 20, 97),
        one_liner="52 y.o. male heavy drinker, last drink 2 days ago, tremulous and"
        " sweating",
        ed_note="Coarse tremor, anxious, no hallucinations. Oriented.",
        case_id="r13-awd",
    )
    assert O.ordered(reason(case), "ciwa")


# --- pregnancy prerequisite keyed on the imaging performed (ACOG CO 723) ----------


def test_pregnancy_test_precedes_imaging_not_a_lumbar_puncture(reason: Reason) -> None:
    """ACOG Committee Opinion 723 (2017): a pregnancy test before imaging with
    radiation or contrast in a woman of reproductive age; a lumbar puncture whose
    name mentions CT as an aside is not imaging and gets no prerequisite."""
    case = make_case(
        "headache",
        age=24,
        sex="F",
        vitals=vitals(118, 112, 70, 20, 98, 39.2),
        one_liner="24 y.o. female with fever, severe headache, neck stiffness and"
        " photophobia since this morning",
        ed_note="Kernig sign positive. Alert, GCS 15, no rash, no focal deficit.",
        case_id="r13-mening-hcg",
    )
    names = [o.name for o in O.orders(reason(case))]
    for i, name in enumerate(names):
        if re.search(r"(?i)hcg|pregnancy test", name):
            after = names[i + 1]
            assert not re.search(r"(?i)^lumbar puncture \(", after), after


# --- severe hypertension: pregnancy status first (ACC/AHA 2017; ACOG PB 222) ------

OBSTETRIC_ONLY = (r"magnesium sulfate", r"protein:creatinine", r"ob/gyn", r"obstetric")


def test_hypertensive_emergency_with_unknown_pregnancy(reason: Reason) -> None:
    """Whelton PK et al. 2017 ACC/AHA hypertension guideline: severe hypertension with
    retinopathy is an emergency (titratable IV agent, <= 25 % in the first hour);
    ACOG PB 222: pre-eclampsia is a disorder of pregnancy, so with pregnancy status
    unknown the hCG comes first and obstetric orders wait for a positive test."""
    case = make_case(
        "headache",
        age=47,
        sex="F",
        vitals=vitals(86, 212, 124, 16, 98),
        one_liner="47 y.o. female with 3 days of headache and blurred vision, stopped"
        " her blood pressure tablets last month",
        ed_note="Alert and oriented, no focal deficit. Fundoscopy: bilateral flame"
        " haemorrhages and cotton-wool spots.",
        case_id="r13-htn-emergency",
    )
    out = reason(case)
    assert O.ordered(out, "hcg", "pregnancy test")
    assert O.medication_ordered(out, "labetalol", "nicardipine", "clevidipine")
    for order in O.orders(out):
        if O.mentions(order, OBSTETRIC_ONLY):
            assert re.search(r"(?i)hcg positive|positive", order.name), order.name


def test_pre_eclampsia_in_known_pregnancy_is_treated_now(reason: Reason) -> None:
    """Guard. ACOG PB 222 / CO 767: severe-range BP at 34 weeks with headache gets
    magnesium sulfate and an antihypertensive within 30-60 min, unconditionally."""
    case = make_case(
        "headache",
        age=29,
        sex="F",
        vitals=vitals(98, 172, 114, 18, 98),
        demographics={"pregnancy": "pregnant"},
        one_liner="29 y.o. G1 at 34 weeks' gestation with a severe headache and"
        " flashing lights",
        ed_note="Brisk reflexes, 2+ proteinuria.",
        case_id="r13-pet-34w",
    )
    out = reason(case)
    magnesium = [o for o in O.medications(out) if O.mentions(o, ("magnesium",))]
    assert magnesium and not any("if hcg" in o.name.lower() for o in magnesium)


# --- paediatric: purpura and bilious vomiting --------------------------------------


def test_no_lumbar_puncture_in_a_child_with_purpura_and_shock(reason: Reason) -> None:
    """NICE NG240 (2024) bacterial meningitis and meningococcal disease: a child with
    fever, a non-blanching rash and poor perfusion gets IV ceftriaxone and fluids
    now; lumbar puncture is deferred (purpura, shock), never ordered first, and no
    dexamethasone is given for meningococcal septicaemia."""
    case = make_case(
        "fever",
        age=2,
        sex="M",
        vitals=vitals(176, 66, 34, 40, 95, 39.6),
        one_liner="2 y.o. boy with fever for 12 hours, now floppy with spots that do"
        " not fade under a glass",
        ed_note="Non-blanching petechiae and purpura on the trunk and legs, mottled"
        " skin, capillary refill 5 seconds.",
        case_id="r13-purpura",
    )
    out = reason(case)
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime", "antibiotic")
    assert not O.ordered(out, "lumbar puncture")
    # NICE NG240: no corticosteroid in meningococcal septicaemia (unless refractory
    # shock)
    assert not O.medication_ordered(out, "dexamethasone")


def test_stable_meningitis_keeps_its_lumbar_puncture(reason: Reason) -> None:
    """Guard. IDSA 2004 / ESCMID 2016 bacterial meningitis: an alert patient without
    focal signs, papilloedema or shock gets the lumbar puncture."""
    case = make_case(
        "headache",
        age=19,
        sex="M",
        vitals=vitals(112, 124, 74, 20, 98, 39.1),
        one_liner="19 y.o. male with fever, severe headache, neck stiffness and"
        " photophobia since last night",
        ed_note="Alert, GCS 15, no rash, no focal deficit, no papilloedema.",
        case_id="r13-mening-stable",
    )
    assert O.ordered(reason(case), "lumbar puncture")


def test_bilious_vomiting_in_an_infant_is_surgical(reason: Reason) -> None:
    """APSA; ACR Appropriateness Criteria vomiting in infants (2019): bilious vomiting
    in an infant is malrotation with volvulus until proven otherwise: nil by mouth,
    nasogastric decompression, upper GI contrast, paediatric surgery; never an
    antiemetic and oral rehydration for 'gastroenteritis'."""
    case = make_case(
        "vomiting",
        sex="F",
        demographics={"age_days": 21},
        vitals={"heart_rate": 176, "respiratory_rate": 50, "temperature_c": 36.8},
        one_liner="3-week-old girl vomiting green fluid since the early morning",
        ed_note="Four bilious vomits, refusing feeds, abdomen soft but slightly"
        " distended.",
        case_id="r13-bilious",
    )
    out = reason(case)
    assert O.ordered(out, "nil by mouth", "nasogastric")
    assert O.ordered(out, "upper gi contrast")
    assert O.ordered(out, "paediatric surg", "pediatric surg")
    assert not O.ordered(out, "ondansetron", "oral rehydration", "antiemetic")


# --- toxicology: toxic alcohol is not DKA ------------------------------------------


def test_toxic_alcohol_gets_fomepizole_not_insulin(reason: Reason) -> None:
    """AACT 2015 / EXTRIP 2015 (Roberts DM et al. Crit Care Med 2015): ethylene glycol
    or methanol with a high anion gap acidosis gets fomepizole and a dialysis
    decision; ADA 2024: insulin treats hyperglycaemic ketoacidosis, not an anion gap
    acidosis without hyperglycaemia or diabetes."""
    case = make_case(
        "intoxication",
        age=38,
        sex="M",
        vitals=vitals(112, 132, 80, 30, 98),
        one_liner="38 y.o. male drank antifreeze from the garage 6 hours ago after a"
        " row with his partner",
        ed_note="Vomiting, tachypnoeic. pH 7.14, bicarbonate 9, anion gap 27, osmolar"
        " gap 38. Ethanol negative.",
        case_id="r13-ethylene-glycol",
    )
    out = reason(case)
    assert O.medication_ordered(out, "fomepizole")
    assert O.ordered(out, "dialysis")
    assert not O.medication_ordered(out, "insulin infusion", "insulin 0.1")


def test_dka_keeps_its_insulin(reason: Reason) -> None:
    """Guard. ADA hyperglycaemic crises 2024: DKA (type 1 diabetes, glucose 29
    mmol/L, pH 7.12, ketones) gets an insulin infusion once potassium >= 3.3."""
    case = make_case(
        "vomiting",
        age=24,
        sex="M",
        vitals=vitals(118, 110, 66, 28, 99),
        one_liner="24 y.o. male with type 1 diabetes, 2 days of vomiting and abdominal"
        " pain",
        ed_note="Glucose 29 mmol/L, pH 7.12, bicarbonate 8, ketones 5.8, potassium"
        " 4.6.",
        case_id="r13-dka",
    )
    assert O.medication_ordered(reason(case), "insulin")


# --- sickle cell disease (NHLBI 2014; ASH 2020; BSH 2015) --------------------------


def test_sickle_cell_acute_chest_syndrome(reason: Reason) -> None:
    """NHLBI Expert Panel 2014 (Yawn BP et al. JAMA 2014) and ASH 2020: parenteral
    opioid within 60 min for a painful crisis; BSH 2015 acute chest syndrome (fever,
    chest pain, hypoxia, new infiltrate): cephalosporin plus macrolide, incentive
    spirometry, haematology for transfusion."""
    case = make_case(
        "chest pain",
        age=22,
        sex="F",
        vitals=vitals(116, 118, 68, 30, 90, 38.9),
        one_liner="22 y.o. female with sickle cell anaemia, 3 days of a painful crisis"
        " in her legs, now fever and pleuritic chest pain",
        ed_note="Hb 58 g/L (baseline 80). Chest X-ray: new left lower lobe"
        " consolidation. Urine hCG negative.",
        case_id="r13-acs",
    )
    out = reason(case)
    assert O.medication_ordered(out, "morphine", "hydromorphone", "opioid")
    assert O.ordered(out, "incentive spirometry")
    assert O.ordered(out, "haematolog", "hematolog")
    assert O.medication_ordered(out, "ceftriaxone", "cephalosporin")


def test_child_meningitis_antibiotics_are_dosed_for_a_child(reason: Reason) -> None:
    """Tunkel AR et al. IDSA 2004 bacterial meningitis; AAP Red Book 2021: a child
    gets ceftriaxone by weight (plus vancomycin); the adult regimen's 'ampicillin if
    over 50 years' has no place in a child's plan."""
    case = make_case(
        "fever",
        age=4,
        sex="F",
        vitals=vitals(150, 96, 58, 30, 97, 39.5),
        one_liner="4 y.o. girl with fever, vomiting and a stiff neck since today",
        ed_note="Irritable, neck stiffness, photophobia, no rash, capillary refill"
        " 2 seconds.",
        case_id="r13-child-mening",
    )
    meds = O.medications(reason(case))
    assert any(O.mentions(o, ("ceftriaxone",)) for o in meds)
    assert not any(O.mentions(o, (r"> 50 y", r"over 50")) for o in meds)


def test_hip_fracture_on_warfarin_gets_vitamin_k(reason: Reason) -> None:
    """NICE CG124; Griffiths R et al. AAGBI Anaesthesia 2021: a hip fracture on
    warfarin gets IV vitamin K so the INR does not delay surgery (no bleeding, so no
    prothrombin complex)."""
    case = make_case(
        "fall",
        age=84,
        sex="M",
        vitals=vitals(90, 142, 78, 18, 96, 36.4),
        one_liner="84 y.o. male on warfarin for atrial fibrillation slipped in the"
        " bathroom, cannot stand",
        ed_note="Right leg shortened and externally rotated, pain on any hip movement,"
        " no head injury. INR 2.9.",
        case_id="r13-hip-warfarin",
    )
    out = reason(case)
    assert O.medication_ordered(out, "vitamin k")
    assert not O.medication_ordered(out, "pcc", "prothrombin complex")

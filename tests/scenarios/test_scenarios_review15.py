"""review15 (issue 10): pathways read from their own criteria, and their order gates.

Each scenario is written from the guideline named in its docstring, never from rows
of the shared data, and asserts safety properties of the orders and disposition
(what must be ordered, what must not, no discharge). Each failed on main before the
change it guards (``agents.pathways_child``, ``agents.pathways_medical``, the
resuscitation layer of ``agents.pathways`` and the gates of ``agents.order_safety``).
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

STOP = re.compile(r"(?i)\s*(?:stop|hold|no)\b")
"""An order to stop drugs names them without giving them."""


def _given(out: ReasoningOutput, *words: str) -> list[str]:
    """Medication orders naming one of ``words`` that are not stop orders."""
    return [
        o.name
        for o in O.medications(out)
        if not STOP.match(o.name) and O.mentions(o, words)
    ]


def _not_discharged(out: ReasoningOutput) -> bool:
    return O.disposition(out).disposition != "Discharge"


# --- paediatric ---


def test_infant_fracture_gets_skeletal_survey_and_child_protection(
    reason: Reason,
) -> None:
    """AAP 2015 (Christian CW): any fracture in a non-ambulant infant is a sentinel
    injury: skeletal survey, neuroimaging under 1 year, child protection, admission."""
    out = reason(
        make_case(
            "arm swelling",
            age=0,
            sex="F",
            demographics={"age_days": 200},
            vitals=vitals(150, 90, 55, 36, 99),
            one_liner="7-month-old girl crying when her right arm is moved; mother "
            "thinks she caught it in the cot bars",
            ed_note="Swelling of the right upper arm. X-ray: transverse fracture of "
            "the humeral shaft.",
            case_id="r15-nai",
        )
    )
    assert O.ordered(out, "skeletal survey")
    assert O.ordered(out, "child protection", "safeguarding")
    assert O.ordered(out, "ct head", "neuroimaging")
    assert _not_discharged(out)


def test_ten4_bruising_in_a_toddler_gets_a_skeletal_survey(reason: Reason) -> None:
    """TEN-4-FACESp (Pierce MC et al. JAMA Netw Open 2021): bruising of the ear or
    neck in a child under 4 is a warning sign of abuse."""
    out = reason(
        make_case(
            "bruising",
            age=2,
            sex="M",
            vitals=vitals(118, 96, 60, 26, 99),
            one_liner="2 y.o. boy brought by his aunt, who noticed marks on him",
            ed_note="Bruises behind the left ear and on the side of the neck. Well, "
            "playing, no other injuries found.",
            case_id="r15-ten4",
        )
    )
    assert O.ordered(out, "skeletal survey")
    assert O.ordered(out, "child protection", "safeguarding")


def test_choking_with_unilateral_signs_gets_bronchoscopy_not_discharge(
    reason: Reason,
) -> None:
    """Tintinalli ch. 124: a witnessed choking episode with chest signs is an airway
    foreign body until rigid bronchoscopy excludes it; a normal film does not."""
    out = reason(
        make_case(
            "wheezing",
            age=1,
            sex="F",
            vitals=vitals(128, 92, 58, 36, 95),
            one_liner="18-month-old who choked on popcorn at a party this afternoon",
            ed_note="Left-sided wheeze with reduced air entry at the left base. Chest "
            "X-ray normal.",
            case_id="r15-fb",
        )
    )
    assert O.ordered(out, "bronchoscop")
    assert _not_discharged(out)


def test_orbital_cellulitis_gets_ct_iv_antibiotics_and_no_fixed_child_dose(
    reason: Reason,
) -> None:
    """RCH Melbourne orbital cellulitis; Chandler 1970: lid swelling with proptosis
    or painful eye movements is post-septal: CT orbits, IV antibiotics, ophthalmology,
    admission; a child's antibiotic dose is by weight."""
    out = reason(
        make_case(
            "swollen eyelid",
            age=9,
            sex="F",
            vitals=vitals(112, 106, 66, 20, 99, 38.6),
            one_liner="9 y.o. girl with sinusitis, right eyelid swollen and red",
            ed_note="Right proptosis, double vision on looking up, painful eye "
            "movements.",
            case_id="r15-orbit-child",
        )
    )
    assert O.ordered(out, "ct orbit")
    assert O.medication_ordered(out, "ceftriaxone")
    assert O.ordered(out, "ophthalmolog")
    assert not O.fixed_doses(out)
    assert _not_discharged(out)


def test_orbital_cellulitis_in_an_adult(reason: Reason) -> None:
    """AAO / Chandler: the post-septal signs make the diagnosis at any age (this one
    already passed on main: it guards the adult path of the new pathway)."""
    out = reason(
        make_case(
            "eye pain",
            age=41,
            sex="M",
            vitals=vitals(96, 134, 80, 16, 98, 38.1),
            one_liner="41 y.o. male with 3 days of left periorbital swelling",
            ed_note="Left eyelid swelling and erythema, chemosis, restricted eye "
            "movements, visual acuity reduced to 6/24.",
            case_id="r15-orbit-adult",
        )
    )
    assert O.ordered(out, "ct orbit")
    assert O.medication_ordered(out, "ceftriaxone")
    assert _not_discharged(out)


def test_severe_iron_poisoning_gets_deferoxamine_and_no_charcoal(
    reason: Reason,
) -> None:
    """AAPCC 2005 (Manoguerra AS et al.): iron with GI bleeding or a level above
    500 mcg/dL is severe: deferoxamine infusion, abdominal film, no charcoal."""
    out = reason(
        make_case(
            "ingestion",
            age=3,
            sex="M",
            vitals=vitals(138, 92, 56, 28, 98),
            one_liner="3 y.o. boy found with an empty bottle of iron supplements "
            "from the kitchen drawer, swallowed an unknown number",
            ed_note="Haematemesis twice. Serum iron 640 mcg/dL at 5 hours.",
            case_id="r15-iron",
        )
    )
    assert O.medication_ordered(out, "deferoxamine")
    assert O.ordered(out, "x-ray")
    assert not O.medication_ordered(out, "charcoal")
    assert _not_discharged(out)


def test_sickle_cell_splenic_sequestration_gets_transfusion(reason: Reason) -> None:
    """NHLBI 2014 (Yawn BP et al.): an enlarging spleen with Hb >= 2 g/dL below
    baseline is acute splenic sequestration: fluid and urgent transfusion."""
    out = reason(
        make_case(
            "pale and tired",
            age=1,
            sex="F",
            vitals=vitals(170, 78, 44, 40, 97),
            one_liner="20-month-old girl with HbSS disease, pale and floppy today",
            ed_note="Spleen palpable 6 cm below the costal margin (not palpable last "
            "month). Haemoglobin 4.6 g/dL.",
            case_id="r15-seq",
        )
    )
    assert O.ordered(out, "transfusion", "transfus")
    assert O.ordered(out, "haematolog", "hematolog")


# --- adult medical ---


def test_torsades_gets_magnesium_and_no_qt_prolonging_drug(reason: Reason) -> None:
    """AHA 2010 drug-induced QT prolongation (Drew BJ et al.): torsades: IV
    magnesium, stop the culprit, no amiodarone or other QT-prolonging drug."""
    out = reason(
        make_case(
            "palpitations",
            age=55,
            sex="M",
            vitals=vitals(88, 124, 78, 18, 97),
            one_liner="55 y.o. male on haloperidol, azithromycin started for a chest "
            "infection, two episodes of palpitations and dizziness",
            ed_note="Monitor: recurrent torsades de pointes, self-terminating. QTc "
            "590 ms.",
            case_id="r15-tdp",
        )
    )
    assert O.medication_ordered(out, "magnesium")
    assert not _given(out, "amiodarone", "ondansetron", "haloperidol")
    assert _not_discharged(out)


def test_myxoedema_coma_gets_hydrocortisone_before_levothyroxine(
    reason: Reason,
) -> None:
    """ATA 2014 (Jonklaas J et al.): hypothyroidism with altered mentation or
    hypothermia: IV hydrocortisone first, then IV levothyroxine; critical care."""
    out = reason(
        make_case(
            "confusion",
            age=74,
            sex="F",
            vitals=vitals(52, 102, 64, 12, 94, 34.6),
            one_liner="74 y.o. female with hypothyroidism who has not taken her "
            "levothyroxine since the winter, confused for a week",
            ed_note="Slow, puffy, cool. TSH 72 mU/L.",
            case_id="r15-myx",
        )
    )
    hydro = O.first_index(out, "hydrocortisone")
    thyroxine = O.first_index(out, "levothyroxine")
    assert hydro is not None and thyroxine is not None and hydro < thyroxine
    assert _not_discharged(out)


def test_necrotising_otitis_externa_gets_iv_antipseudomonal_not_home(
    reason: Reason,
) -> None:
    """Carfrae & Kesser 2008; Cohen & Friedman 1987: an elderly diabetic with
    otalgia, canal granulation tissue or a facial palsy has skull base
    osteomyelitis until proven otherwise: IV anti-pseudomonal, CT, ENT, admission."""
    out = reason(
        make_case(
            "ear pain",
            age=69,
            sex="F",
            vitals=vitals(84, 152, 86, 16, 98, 37.4),
            one_liner="69 y.o. female with type 2 diabetes, left ear pain and "
            "discharge for 6 weeks despite drops",
            ed_note="Granulation tissue in the left ear canal. Left facial nerve "
            "palsy.",
            case_id="r15-noe",
        )
    )
    assert O.medication_ordered(out, "ciprofloxacin", "ceftazidime", "piperacillin")
    assert O.ordered(out, "temporal bone")
    assert _not_discharged(out)
    # AAO-HNS 2013: Bell's palsy is a diagnosis of exclusion; no steroid course here
    assert not O.medication_ordered(out, "prednisolone", "prednisone")


def test_otogenic_facial_palsy_is_not_treated_as_bells_palsy(reason: Reason) -> None:
    """AAO-HNS 2013 Bell's palsy KAS 1: exclude identifiable causes first; a lower
    motor neurone palsy with otorrhoea and canal granulation in a diabetic is
    necrotising otitis externa: no Bell's steroid course."""
    out = reason(
        make_case(
            "earache",
            age=71,
            sex="F",
            vitals=vitals(82, 150, 80, 16, 97, 37.2),
            one_liner="71 y.o. female with insulin-treated diabetes, left earache "
            "for a month, now her face droops on the left",
            ed_note="Left lower motor neurone facial palsy, forehead involved. "
            "Otorrhoea, granulation tissue on the floor of the left canal.",
            case_id="r15-noe-bell",
        )
    )
    assert not O.medication_ordered(out, "prednisolone", "prednisone")
    assert O.medication_ordered(out, "ciprofloxacin", "ceftazidime", "piperacillin")


def test_euglycaemic_dka_gets_dextrose_with_the_insulin(reason: Reason) -> None:
    """ADA 2024 hyperglycaemic crises; JBDS-IP 2023: ketoacidosis on an SGLT2
    inhibitor with a glucose below 14 mmol/L: dextrose from the start."""
    out = reason(
        make_case(
            "abdominal pain",
            age=49,
            sex="M",
            vitals=vitals(108, 124, 76, 26, 98),
            one_liner="49 y.o. male with type 2 diabetes on dapagliflozin, unwell "
            "after a 3-day fast",
            ed_note="Glucose 8.1 mmol/L, blood ketones 4.9 mmol/L, pH 7.18, "
            "bicarbonate 9 mmol/L.",
            case_id="r15-eudka",
        )
    )
    assert O.medication_ordered(out, "dextrose")
    assert O.ordered(out, "sglt2")


def test_alcoholic_ketoacidosis_gets_thiamine_dextrose_and_no_insulin(
    reason: Reason,
) -> None:
    """McGuire LC et al. Emerg Med J 2006: alcoholic ketoacidosis (normal glucose,
    no diabetes): thiamine before dextrose-saline, no insulin."""
    out = reason(
        make_case(
            "vomiting",
            age=52,
            sex="F",
            vitals=vitals(110, 116, 70, 24, 98),
            one_liner="52 y.o. female who has been drinking heavily for a week, "
            "vomiting and not eating",
            ed_note="No history of diabetes. Glucose 5.0 mmol/L, beta-hydroxybutyrate "
            "5.2 mmol/L, pH 7.26, bicarbonate 13 mmol/L.",
            case_id="r15-aka",
        )
    )
    thiamine = O.first_index(out, "thiamine")
    dextrose = O.first_index(out, "dextrose")
    assert thiamine is not None and dextrose is not None and thiamine < dextrose
    assert not O.medication_ordered(out, "insulin infusion", "insulin 0.1")


def test_cholangitis_gets_antibiotics_and_biliary_drainage(reason: Reason) -> None:
    """Tokyo Guidelines 2018: fever, jaundice and a dilated duct: antibiotics within
    1 h and biliary drainage (ERCP)."""
    out = reason(
        make_case(
            "fever",
            age=66,
            sex="M",
            vitals=vitals(104, 112, 68, 20, 96, 38.7),
            one_liner="66 y.o. male with rigors and yellow eyes since yesterday",
            ed_note="Jaundiced. Tender right upper quadrant. Ultrasound: common bile "
            "duct 12 mm with a distal stone.",
            case_id="r15-chol",
        )
    )
    assert O.ordered(out, "ercp", "biliary drainage")
    assert O.medication_ordered(out, "piperacillin", "meropenem", "ceftriaxone")


def test_wellens_pattern_gets_cardiology_not_a_stress_test(reason: Reason) -> None:
    """de Zwaan 1982; ESC 2023 ACS: biphasic or deep T waves in V2-V3 after chest
    pain mark a critical LAD stenosis: angiography, no exercise test, admission."""
    out = reason(
        make_case(
            "chest pain",
            age=58,
            sex="F",
            vitals=vitals(70, 136, 82, 14, 98),
            one_liner="58 y.o. female with chest pain on the stairs this morning, "
            "settled after 20 minutes",
            ed_note="ECG: biphasic T waves in V2 and V3. Pain-free now.",
            case_id="r15-wellens",
        )
    )
    assert O.ordered(out, "angiograph")
    assert not [
        o.name
        for o in O.orders(out)
        if re.search(r"(?i)stress test|exercise test|treadmill", o.name)
        and not re.search(r"(?i)\bno (?:exercise )?stress test", o.name)
    ]
    assert _not_discharged(out)


# --- obstetric ---


def test_preterm_labour_gets_steroids_magnesium_and_obstetrics(
    reason: Reason,
) -> None:
    """ACOG PB 171; CO 713 and 455: preterm labour at 28 weeks: betamethasone,
    magnesium sulfate for neuroprotection (< 32 weeks), obstetric unit."""
    out = reason(
        make_case(
            "back pain",
            age=31,
            sex="F",
            vitals=vitals(92, 114, 68, 18, 99),
            one_liner="31 y.o. female, 28 weeks pregnant, low back ache coming and "
            "going every few minutes since this morning",
            ed_note="Palpable contractions every 5 minutes. Cervix 4 cm dilated.",
            case_id="r15-ptl",
        )
    )
    assert O.medication_ordered(out, "betamethasone")
    assert O.medication_ordered(out, "magnesium sulfate")
    assert O.ordered(out, "obstetric")
    assert _not_discharged(out)


def test_no_qualitative_pregnancy_test_in_a_documented_pregnancy(
    reason: Reason,
) -> None:
    """ACOG CO 723: the pregnancy test is for a woman whose status is unknown; a
    woman 26 weeks pregnant with abdominal pain needs none."""
    out = reason(
        make_case(
            "abdominal pain",
            age=30,
            sex="F",
            vitals=vitals(88, 112, 70, 16, 99),
            one_liner="30 y.o. female, 26 weeks pregnant, crampy lower abdominal pain "
            "since this morning",
            ed_note="Soft abdomen, mild suprapubic tenderness. Fetal heart 150.",
            case_id="r15-known-preg",
        )
    )
    assert not [
        o.name
        for o in O.orders(out)
        if re.fullmatch(r"(?i)\s*(?:urine |serum )?(?:hcg|pregnancy test)\s*", o.name)
    ]


def test_group_b_strep_status_is_not_guillain_barre(reason: Reason) -> None:
    """ACOG CO 797: 'GBS' in an obstetric note is group B streptococcus; it must not
    put Guillain-Barre syndrome on the list of a labouring woman."""
    out = reason(
        make_case(
            "contractions",
            age=24,
            sex="F",
            vitals=vitals(90, 116, 70, 18, 99),
            one_liner="24 y.o. female, 38 weeks pregnant, contractions every 4 minutes",
            ed_note="GBS positive on the 36-week swab. Membranes intact.",
            case_id="r15-gbs",
        )
    )
    assert not O.proposes(out, "guillain")


def test_no_eclampsia_drugs_without_seizure_or_severe_blood_pressure(
    reason: Reason,
) -> None:
    """ACOG PB 222: magnesium treats eclamptic seizures (and severe features); IV
    labetalol treats BP >= 160/110. A normotensive woman bleeding at 31 weeks gets
    neither."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=29,
            sex="F",
            vitals=vitals(104, 108, 64, 18, 99),
            one_liner="29 y.o. female, 31 weeks pregnant, fresh vaginal bleeding "
            "for an hour",
            ed_note="Soft non-tender uterus. Fetal heart 145.",
            case_id="r15-aph",
        )
    )
    assert not O.medication_ordered(out, "magnesium sulfate")
    assert not O.medication_ordered(out, "labetalol", "hydralazine")
    assert O.medication_ordered(out, "betamethasone")  # RCOG GTG 63: < 35 weeks


# --- trauma ---


def test_blunt_abdominal_trauma_in_shock_gets_txa_surgeon_and_no_nsaid(
    reason: Reason,
) -> None:
    """ATLS 10th ed.; CRASH-2: free fluid on FAST with a shock index >= 1 after
    injury: blood, tranexamic acid within 3 h, a surgeon; no NSAID."""
    out = reason(
        make_case(
            "abdominal pain",
            age=35,
            sex="M",
            vitals=vitals(126, 96, 60, 24, 97),
            one_liner="35 y.o. male who fell 4 m from scaffolding onto his left side",
            ed_note="Left upper quadrant tenderness. FAST: free fluid in Morison's "
            "pouch.",
            case_id="r15-fast",
        )
    )
    assert O.medication_ordered(out, "tranexamic")
    assert O.ordered(out, "trauma surg", "surgery emergent")
    assert O.ordered(out, "emergency-release", "massive transfusion")
    assert not O.medication_ordered(out, *O.NSAID)


def test_massive_haemothorax_gets_a_large_bore_drain(reason: Reason) -> None:
    """ATLS 10th ed.: a dull hemithorax with shock after injury is a massive
    haemothorax: 28-32 Fr drain, blood, thoracotomy thresholds."""
    out = reason(
        make_case(
            "chest injury",
            age=44,
            sex="M",
            vitals=vitals(124, 84, 52, 28, 91),
            one_liner="44 y.o. male driver in a head-on collision, steering wheel "
            "into the chest",
            ed_note="Reduced breath sounds and dull to percussion on the left. Trachea "
            "midline.",
            case_id="r15-htx",
        )
    )
    assert O.ordered(out, "28-32 fr")


def test_older_adult_neck_pain_after_a_fall_gets_ct_cspine_and_head(
    reason: Reason,
) -> None:
    """Canadian C-spine rule (Stiell 2001): age >= 65 is high risk: CT cervical
    spine; NICE NG232: head injury on an anticoagulant: CT head within 8 h."""
    out = reason(
        make_case(
            "fall",
            age=78,
            sex="M",
            vitals=vitals(76, 148, 82, 16, 97),
            one_liner="78 y.o. male who slipped on ice and struck his head, now neck "
            "pain",
            ed_note="Takes apixaban. Scalp laceration. GCS 15, moves all limbs.",
            case_id="r15-cspine",
        )
    )
    assert O.ordered(out, "ct cervical", "ct c-spine")
    assert O.ordered(out, "ct head")


def test_quinsy_drainage_is_not_deferred_for_epiglottitis(reason: Reason) -> None:
    """Tintinalli ch. 246; ENT UK: uvular deviation with trismus and a muffled voice
    is a peritonsillar abscess; needle aspiration is its treatment."""
    out = reason(
        make_case(
            "throat pain",
            age=28,
            sex="M",
            vitals=vitals(98, 128, 78, 16, 99, 38.2),
            one_liner="28 y.o. male with a worsening right sore throat for 4 days",
            ed_note="Muffled voice, trismus, drooling, bulging right soft palate, "
            "uvula deviated to the left. No stridor.",
            case_id="r15-pta",
        )
    )
    assert O.ordered(out, "needle aspiration", "incision and drainage")


def test_pelvic_trauma_with_meatal_blood_gets_no_urethral_catheter(
    reason: Reason,
) -> None:
    """ATLS 10th ed.: blood at the meatus after pelvic trauma is a urethral injury
    until a retrograde urethrogram excludes it: no urethral catheter."""
    out = reason(
        make_case(
            "pelvic pain",
            age=52,
            sex="M",
            vitals=vitals(104, 118, 72, 20, 98),
            one_liner="52 y.o. male pedestrian struck by a van, pain in the pelvis",
            ed_note="Pelvic X-ray: pubic rami fractures. Blood at the urethral "
            "meatus. Has not passed urine.",
            case_id="r15-urethra",
        )
    )
    assert O.ordered(out, "no urethral catheter")
    assert not [
        o.name
        for o in O.orders(out)
        if re.search(r"(?i)foley|urinary catheter", o.name) and not STOP.match(o.name)
    ]


def test_ulcer_bleeding_stops_the_nsaid(reason: Reason) -> None:
    """ACG 2021 (Laine L et al.): peptic ulcer bleeding on an NSAID: stop the NSAID,
    hold antiplatelets until endoscopy."""
    out = reason(
        make_case(
            "black stools",
            age=64,
            sex="F",
            vitals=vitals(98, 122, 74, 16, 98),
            one_liner="64 y.o. female taking ibuprofen daily for back pain, black "
            "stools for a day",
            ed_note="Melaena on rectal examination. Hb 10.9 g/dL, urea 11 mmol/L.",
            case_id="r15-ugib",
        )
    )
    assert O.ordered(out, "no nsaid")


# --- the pathways do not fire outside their criteria (these pass on main too) ---


def test_treated_hypothyroidism_with_delirium_is_not_myxoedema(reason: Reason) -> None:
    """ATA 2014: myxoedema coma is untreated hypothyroidism with decompensation; an
    old woman on levothyroxine with a urinary infection gets no IV thyroid hormone."""
    out = reason(
        make_case(
            "confusion",
            age=81,
            sex="F",
            vitals=vitals(96, 138, 74, 18, 96, 38.2),
            one_liner="81 y.o. female on levothyroxine for hypothyroidism, confused "
            "since yesterday with burning urination",
            ed_note="Urine dipstick: nitrites and leucocytes positive.",
            case_id="r15-not-myx",
        )
    )
    assert not O.medication_ordered(out, "levothyroxine")


def test_orbital_blow_out_fracture_gets_no_orbital_cellulitis_antibiotics(
    reason: Reason,
) -> None:
    """A punch to the eye swells the lid and limits upgaze (blow-out fracture) with
    no infection: not orbital cellulitis (Chandler needs an infection)."""
    out = reason(
        make_case(
            "eye injury",
            age=24,
            sex="M",
            vitals=vitals(84, 132, 78, 16, 99, 36.8),
            one_liner="24 y.o. male punched in the left eye an hour ago",
            ed_note="Left periorbital swelling, restricted upgaze with double vision, "
            "numb cheek.",
            case_id="r15-blowout",
        )
    )
    assert not O.medication_ordered(out, "ceftriaxone")


def test_iron_supplement_on_the_drug_list_is_not_an_iron_overdose(
    reason: Reason,
) -> None:
    """AAPCC 2005 applies to an ingestion: a pregnant woman who takes ferrous sulfate
    and has a headache gets no deferoxamine."""
    out = reason(
        make_case(
            "headache",
            age=27,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99),
            one_liner="27 y.o. female, 14 weeks pregnant, takes ferrous sulfate and "
            "folic acid, tension-type headache for 2 days",
            ed_note="Normal neurological examination, BP normal.",
            case_id="r15-not-iron",
        )
    )
    assert not O.medication_ordered(out, "deferoxamine")

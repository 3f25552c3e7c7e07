"""gaps14 (issue 10): the dangerous leftovers of the session-13 physicians' review.

Each scenario is written from the guideline named in its docstring, never from rows of
the shared data, and asserts safety properties of the trace. Every test here failed on
main before the change it guards (say so per test when it is only a guard).
"""

from __future__ import annotations

import pytest

from agents.schemas import DifferentialEntry, TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _top(out: ReasoningOutput) -> DifferentialEntry:
    """The first entry of the final ledger that is not ruled out."""
    return next(e for e in out.final.ledger if e.status != "ruled_out")


def _esi(out: ReasoningOutput) -> int:
    record = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(record.output, TriageResult)
    return record.output.esi


# --- 1. meningococcal septicaemia (NICE NG240 2024; NICE CG102) -----------------------


MENINGOCOCCAL = make_case(
    "fever and rash",
    age=17,
    sex="M",
    vitals=vitals(128, 96, 50, 24, 97, 39.4),
    one_liner="17 y.o. male with fever, headache and a rash that appeared this"
    " afternoon",
    ed_note="Unwell looking. Purpuric non-blanching rash on the legs and trunk."
    " Capillary refill 4 seconds, cold peripheries. No neck stiffness.",
    case_id="g14-mening",
)


def test_fever_with_purpuric_rash_and_poor_perfusion_is_meningococcal_disease(
    reason: Reason,
) -> None:
    """NICE NG240 (2024) rec 1.4 / CG102 1.1.2: fever with a non-blanching rash and
    purpura, poor perfusion (capillary refill > 3 s, cold peripheries) or an ill
    appearance is meningococcal disease: parenteral ceftriaxone at once, fluids for
    poor perfusion, critical-care review, ICU. Main named 'viral infection' and sent
    the patient to Observation (session-13 review)."""
    out = reason(MENINGOCOCCAL)
    top = _top(out)
    assert "meningococc" in top.diagnosis.lower()
    assert top.status == "ruled_in"
    assert "meningococc" in O.working(out)
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")
    assert O.ordered(out, r"bolus|crystalloid|fluid")
    assert O.ordered(out, r"critical care|picu|icu")
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu"
    assert not O.ordered(out, "lumbar puncture")  # deferred: purpura, poor perfusion


def test_blanching_viral_rash_is_not_meningococcal_disease(reason: Reason) -> None:
    """Guard (NICE NG143 traffic light; NG240): a well child with fever and a
    blanching rash and normal perfusion meets no meningococcal criteria; the
    criteria must not fire on fever and a rash alone."""
    case = make_case(
        "fever and rash",
        age=6,
        sex="F",
        vitals=vitals(118, 102, 64, 22, 99, 38.4),
        one_liner="6 y.o. girl with fever and a red rash for 1 day, eating and playing",
        ed_note="Well appearing. Blanching maculopapular rash on the trunk."
        " Capillary refill < 2 seconds.",
        case_id="g14-viral-rash",
    )
    out = reason(case)
    assert not any(
        "meningococc" in e.diagnosis.lower() and e.status == "ruled_in"
        for e in out.final.ledger
    )


# --- 2. acute limb ischaemia (ESVS 2020) ------------------------------------------


def test_acute_limb_ischaemia_is_anticoagulated_on_the_clinical_diagnosis(
    reason: Reason,
) -> None:
    """ESVS 2020 (Bjorck M et al. Eur J Vasc Endovasc Surg 2020;59:173) recs 7-9:
    acute limb ischaemia is a clinical diagnosis; give heparin at once unless
    contraindicated and call vascular surgery. Main held heparin below the treatment
    threshold (p 0.33)."""
    case = make_case(
        "leg pain",
        age=72,
        sex="M",
        vitals=vitals(96, 148, 84, 18, 97),
        one_liner="72 y.o. male with atrial fibrillation, not anticoagulated, sudden"
        " severe pain in the right leg for 3 hours",
        ed_note="Right leg cold and pale from mid-calf down, absent popliteal and"
        " pedal pulses, reduced sensation over the foot, can move the toes.",
        case_id="g14-ali",
    )
    out = reason(case)
    assert "limb isch" in O.working(out)
    assert O.medication_ordered(out, "heparin")
    assert not any("heparin" in b for b in O.blocked_names(out))
    assert O.ordered(out, "vascular surgery")
    # disp37: sensory loss over the foot is Rutherford IIb, revascularised in theatre
    # at once (ESVS 2020); admitted either way
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_traumatic_pulseless_limb_is_not_anticoagulated(reason: Reason) -> None:
    """Guard (ATLS 10th ed.; ESVS 2020 scope): a cold pulseless limb after a crush
    injury is a vascular injury, not an embolus: the limb-ischaemia criteria do not
    apply and no heparin is given before imaging and surgery."""
    case = make_case(
        "leg injury",
        age=34,
        sex="M",
        vitals=vitals(112, 118, 70, 20, 98),
        one_liner="34 y.o. male, motorcycle crash, deformed left knee",
        ed_note="Left foot cold, absent pedal pulses distal to a knee dislocation.",
        case_id="g14-ali-trauma",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "heparin")


# --- 3. convulsive status epilepticus in a child (AES 2016; APLS; NICE NG217) -----


def test_child_still_seizing_is_status_epilepticus(reason: Reason) -> None:
    """AES 2016 (Glauser T et al. Epilepsy Curr 2016;16:48); ILAE 2015 t1 = 5 min;
    APLS: a convulsion still going on at arrival is status epilepticus:
    benzodiazepine, a second-line agent, glucose, admission; not 'first seizure,
    outpatient neurology' (session-13 review)."""
    case = make_case(
        "seizure",
        age=6,
        sex="F",
        vitals=vitals(150, 104, 60, 30, 93, 38.2),
        one_liner="6 y.o. girl brought by ambulance, generalized tonic-clonic seizure"
        " started 15 minutes ago and is continuing",
        ed_note="Actively seizing on arrival, has not regained consciousness between"
        " jerks. No known epilepsy.",
        case_id="g14-status",
    )
    out = reason(case)
    assert "status epilepticus" in O.working(out)
    assert "first seizure" not in _top(out).diagnosis.lower()
    assert O.medication_ordered(out, "lorazepam", "midazolam", "diazepam")
    assert O.medication_ordered(out, "levetiracetam", "phenytoin", "valpro")
    assert O.ordered(out, "glucose")
    assert not O.ordered(out, "outpatient neurology")
    assert O.disposition(out).disposition == "Admit"


# --- 4. spontaneous pneumothorax (BTS 2023) ---------------------------------------


def test_spontaneous_pneumothorax_gets_no_trauma_chest_tube(reason: Reason) -> None:
    """BTS 2023 (Roberts ME et al. Thorax 2023;78 Suppl 3): spontaneous pneumothorax
    is managed by symptoms (conservative care, aspiration or an ambulatory device);
    the traumatic pneumothorax's tube-thoracostomy line is for trauma (ATLS)."""
    case = make_case(
        "shortness of breath",
        age=24,
        sex="M",
        vitals=vitals(98, 128, 78, 20, 96),
        one_liner="24 y.o. tall thin male, sudden left chest pain and breathlessness at"
        " rest this morning, no trauma",
        ed_note="Reduced breath sounds on the left. Chest X-ray: left pneumothorax,"
        " 1.5 cm rim at the hilum. No injury.",
        case_id="g14-ptx",
    )
    out = reason(case)
    assert "pneumothorax" in O.working(out)
    assert "traumatic" not in O.working(out)
    assert not O.ordered(out, "tube thoracostomy if large")
    assert O.ordered(out, r"aspiration|conservative|ambulatory")
    assert not any(
        e.diagnosis.lower().startswith("traumatic pneumothorax")
        and (e.probability or 0) > 0.05
        for e in out.final.ledger
    )


# --- 5. HELLP syndrome (ACOG PB 222) ----------------------------------------------


HELLP = make_case(
    "abdominal pain",
    age=31,
    sex="F",
    vitals=vitals(96, 162, 104, 18, 98),
    one_liner="31 y.o. female, 34 weeks pregnant, epigastric and right upper quadrant"
    " pain since this morning, nausea",
    ed_note="BP 162/104. Platelets 62 x10^9/L, AST 310, ALT 280, LDH 820, haemolysis"
    " on the blood film. Urine protein 2+.",
    case_id="g14-hellp",
)


def test_hellp_is_not_worked_up_as_cholecystitis(reason: Reason) -> None:
    """ACOG Practice Bulletin 222 (2020): in pregnancy > 20 weeks, RUQ/epigastric pain
    with hypertension, haemolysis, raised transaminases and low platelets is HELLP:
    magnesium, severe-range BP treated, obstetrics for delivery. Main led with
    abdominal pain / gallstones."""
    out = reason(HELLP)
    top = _top(out)
    assert "hellp" in top.diagnosis.lower() and top.status == "ruled_in"
    assert "hellp" in O.working(out)
    assert O.medication_ordered(out, "magnesium")
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine")
    assert O.ordered(out, r"ob/gyn|obstetric")
    assert O.disposition(out).disposition in ("Send to L&D", "Admit")


def test_low_platelets_without_pregnancy_is_not_hellp(reason: Reason) -> None:
    """Guard (ACOG PB 222 population): HELLP needs a pregnancy or the puerperium;
    a man with RUQ pain and thrombocytopenia never gets it."""
    case = make_case(
        "abdominal pain",
        age=50,
        sex="M",
        vitals=vitals(96, 150, 90, 18, 98),
        one_liner="50 y.o. male with right upper quadrant pain",
        ed_note="Platelets 62 x10^9/L, AST 310, ALT 280, LDH 820.",
        case_id="g14-hellp-man",
    )
    out = reason(case)
    assert not O.proposes(out, "hellp")


# --- 6. acute angle-closure glaucoma (AAO PPP 2020; EGS 2020) ---------------------


def test_angle_closure_is_treated_as_an_eye_emergency(reason: Reason) -> None:
    """AAO PPP 2020 / EGS 2020: a painful red eye with halos, a mid-dilated fixed
    pupil, corneal haze and vomiting is acute angle closure: pressure-lowering drops
    and acetazolamide, emergency ophthalmology; no CT head for 'blurred vision'. At
    triage halos with a painful red eye are a high-risk eye (ESI <= 2)."""
    case = make_case(
        "painful red eye with halos around lights",
        age=64,
        sex="F",
        vitals=vitals(92, 168, 90, 18, 98),
        one_liner="64 y.o. female with a painful red right eye, blurred vision and"
        " halos around lights since last night, nausea and vomiting",
        ed_note="Right eye: conjunctival injection, hazy cornea, mid-dilated pupil"
        " fixed to light, eye hard to palpation. Headache over the right brow.",
        case_id="g14-aacg",
    )
    out = reason(case)
    assert _esi(out) <= 2
    top = _top(out)
    assert "angle-closure" in top.diagnosis.lower() and top.status == "ruled_in"
    assert O.medication_ordered(out, "acetazolamide", "timolol")
    assert O.ordered(out, "ophthalmology")
    assert not O.ordered(out, r"\bct head\b", r"ct brain")


# --- 7. methanol poisoning, not DKA (AACT; EXTRIP 2015) ---------------------------


def test_toxic_alcohol_is_not_called_dka(reason: Reason) -> None:
    """AACT methanol guideline (Barceloux 2002); EXTRIP 2015: a high anion gap
    acidosis with a raised osmolar gap, visual symptoms, normal glucose and no
    ketones after home-made spirits is a toxic alcohol: fomepizole, dialysis
    criteria, ICU; DKA needs ketones (ADA 2024) and gets no insulin here."""
    case = make_case(
        "altered mental status",
        age=45,
        sex="M",
        vitals=vitals(110, 132, 80, 28, 97),
        one_liner="45 y.o. male found drowsy after drinking homemade spirits,"
        " complains of blurred vision",
        ed_note="Anion gap 28, osmolar gap 35, pH 7.08, bicarbonate 6. Glucose 5.4"
        " mmol/L, ketones negative. Lactate 2.1.",
        case_id="g14-methanol",
    )
    out = reason(case)
    assert "methanol" in O.working(out)
    assert "ketoacidosis" not in _top(out).diagnosis.lower()
    assert O.medication_ordered(out, "fomepizole")
    assert O.ordered(out, "dialysis")
    assert not O.medication_ordered(out, "insulin")
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu"


# --- 8. leg redness is a leg complaint; calf pain and swelling are DVT features ---


@pytest.mark.parametrize("complaint", ["LEG REDNESS", "redness of the left leg"])
def test_leg_redness_is_worked_up_for_dvt(reason: Reason, complaint: str) -> None:
    """Wells DVT (Wells PS et al. NEJM 2003): calf swelling > 3 cm, pitting oedema
    of the symptomatic leg and surgery within 12 weeks make DVT likely: compression
    ultrasound (ACEP VTE policy 2018). 'LEG REDNESS' was matched to the eye
    complaint (conjunctivitis) on main; a complaint naming the leg is never an eye
    complaint."""
    case = make_case(
        complaint,
        age=58,
        sex="F",
        vitals=vitals(88, 134, 80, 16, 98, 37.2),
        one_liner="58 y.o. female with redness of the left lower leg for 2 days",
        ed_note="Left calf pain and swelling, calf 3 cm larger than the right, pitting"
        " oedema of the left leg. Recent knee surgery 3 weeks ago.",
        case_id="g14-legred",
    )
    out = reason(case)
    assert not O.proposes(out, "conjunctivitis")
    dvt = next(e for e in out.final.ledger if "deep veins" in e.diagnosis.lower())
    assert dvt.status != "ruled_out"
    assert dvt is _top(out)
    wells = [r for e in out.final.ledger for r in e.rules if r.name == "Wells DVT"]
    assert wells and (wells[0].score or 0) >= 2
    assert O.ordered(out, "ultrasound")


def test_leg_redness_text_never_matches_an_eye_complaint() -> None:
    """The presenting problem's body site conditions the complaint: 'arm redness'
    and 'leg redness' name a limb, never the eye (session-13 review)."""
    from agents.offline.knowledge import load_knowledge

    kb = load_knowledge()
    for text in ("LEG REDNESS", "ARM REDNESS", "redness of the right leg"):
        spec = kb.match_complaint(text)
        assert spec is None or spec.id != "eye_complaint", text
    eye = kb.match_complaint("redness of the right eye")
    assert eye is not None and eye.id == "eye_complaint"


def test_words_after_a_sudden_onset_are_not_negated_by_the_clause_before() -> None:
    """ConText (Harkema H et al. J Biomed Inform 2009): 'not anticoagulated, sudden
    severe pain' asserts the pain; a new clause opened by 'sudden' ends the
    negation's reach."""
    from agents.offline.knowledge import load_knowledge
    from agents.offline.rules.findings import extract_findings

    found = extract_findings(
        "not anticoagulated, sudden severe pain in the right leg", load_knowledge()
    )
    status = {f.concept: f.status for f in found}
    assert status.get("severe_pain") == "present"
    assert status.get("anticoagulation") == "absent"


def test_red_alone_is_not_a_swollen_joint() -> None:
    """A lexicon term 'red, swollen and tender' had been split by YAML into 'red':
    any red eye or red rash read as joint swelling (septic arthritis's finding)."""
    from agents.offline.knowledge import load_knowledge
    from agents.offline.rules.findings import extract_findings

    found = extract_findings("painful red right eye", load_knowledge())
    assert "joint_swelling" not in {f.concept for f in found}


# --- 9. NEWS2 SpO2 scale 2, the oxygen item, home oxygen, pCO2 (RCP 2017; BTS) ----


HYPERCAPNIC_COPD = make_case(
    "shortness of breath",
    age=70,
    sex="M",
    vitals=vitals(104, 142, 80, 26, 89, 37.0),
    one_liner="70 y.o. male with severe COPD on home oxygen 2 L, increasing"
    " breathlessness and sputum for 3 days",
    ed_note="On 2 L/min nasal oxygen. Drowsy. ABG pH 7.28, pCO2 68 mmHg, pO2 58 mmHg.",
    case_id="g14-copd",
)


def test_news2_scores_oxygen_and_uses_scale_2_in_hypercapnia() -> None:
    """RCP 2017 NEWS2 chart 1: breathing oxygen scores 2; SpO2 scale 2 (target
    88-92 %) is used for confirmed hypercapnic respiratory failure, where 89 % scores
    0 (scale 1: 3). Main had no oxygen item, scale 1 only, no home-oxygen concept and
    did not read pCO2."""
    from agents.offline.knowledge import load_knowledge
    from agents.offline.rules.admission import news2
    from agents.offline.rules.facts import ClinicalFacts

    kb = load_knowledge()
    case = HYPERCAPNIC_COPD
    texts = [("one_liner", case.one_liner), ("ed_note", case.ed_note)]
    facts = ClinicalFacts.from_texts(texts, kb, vitals=case.vitals)
    assert facts.has("hypercapnia") and facts.has("supplemental_oxygen")
    assert facts.known("home_oxygen")
    items = news2(facts, facts.vitals).inputs
    assert items["spo2"] == 0 and items["supplemental_oxygen"] == 2
    air = ClinicalFacts.from_texts(
        [("ed_note", "COPD, SpO2 89 % on air")], kb, vitals=case.vitals
    )
    air_items = news2(air, air.vitals).inputs
    assert air_items["spo2"] == 3 and air_items["supplemental_oxygen"] == 0


def test_acidotic_hypercapnic_copd_gets_controlled_oxygen_and_niv(
    reason: Reason,
) -> None:
    """BTS 2017 emergency oxygen (target 88-92 % in hypercapnia); BTS/ICS 2016 NIV
    guideline: pH < 7.35 with pCO2 > 6.5 kPa in a COPD exacerbation -> NIV, and the
    patient is admitted (home oxygen is a risk factor against discharge)."""
    out = reason(HYPERCAPNIC_COPD)
    assert O.ordered(out, r"88-92")
    assert O.ordered(out, r"non-invasive ventilation|\bniv\b|bipap|bilevel")
    assert O.disposition(out).disposition == "Admit"


# --- 10. coverage audit: published criteria rule must-not-miss diagnoses in ---------


CRITERIA_CASES = {
    # SVS 2018 (Chaikof): known AAA with pain and hypotension -> presumed rupture
    "ruptured_aaa": (
        make_case(
            "back pain",
            age=74,
            sex="M",
            vitals=vitals(124, 78, 44, 24, 96),
            one_liner="74 y.o. male with a known abdominal aortic aneurysm, sudden"
            " severe back and abdominal pain, collapsed at home",
            ed_note="Pale, clammy. Tender pulsatile abdominal mass.",
            case_id="g14-raaa",
        ),
        "aortic aneurysm",
        r"vascular",
    ),
    # NIAID/FAAN criterion 2 (Sampson 2006): allergen + skin + respiratory compromise
    "anaphylaxis": (
        make_case(
            "allergic reaction",
            age=29,
            sex="F",
            vitals=vitals(118, 96, 58, 26, 93),
            one_liner="29 y.o. female stung by a bee 20 minutes ago, hives all over and"
            " wheezing",
            ed_note="Diffuse urticaria, lip swelling, expiratory wheeze.",
            case_id="g14-anaph",
        ),
        "anaphyla",
        r"epinephrine",
    ),
    # Hoffman 1991: depressed consciousness, miosis, slow breathing -> naloxone
    "opioid": (
        make_case(
            "unresponsive",
            age=33,
            sex="M",
            vitals=vitals(58, 104, 62, 6, 84),
            one_liner="33 y.o. male found unresponsive in a public toilet",
            ed_note="Pinpoint pupils, respiratory rate 6, shallow respirations.",
            case_id="g14-opioid",
        ),
        "opioid",
        r"naloxone",
    ),
    # ACOG PB 222: >= 20 weeks, severe-range BP and a severe feature
    "preeclampsia": (
        make_case(
            "headache",
            age=27,
            sex="F",
            vitals=vitals(90, 168, 112, 18, 98),
            one_liner="27 y.o. female, 32 weeks pregnant, severe headache and seeing"
            " spots since this morning",
            ed_note="BP 168/112 on repeat. Platelets 180, urine protein 3+.",
            case_id="g14-preecl",
        ),
        "pre-eclampsia",
        r"magnesium",
    ),
}


@pytest.mark.parametrize("name", sorted(CRITERIA_CASES))
def test_published_criteria_rule_must_not_miss_diagnoses_in(
    reason: Reason, name: str
) -> None:
    """Each must-not-miss diagnosis whose guideline gives clinical criteria is ruled
    in when they are met (SVS 2018; NIAID/FAAN 2006; Hoffman 1991; ACOG PB 222) and
    its key treatment is ordered."""
    case, dx_word, order_word = CRITERIA_CASES[name]
    out = reason(case)
    hit = [e for e in out.final.ledger if dx_word in e.diagnosis.lower()]
    assert hit and hit[0].status == "ruled_in", [
        (e.diagnosis, e.status) for e in out.final.ledger[:4]
    ]
    assert O.ordered(out, order_word)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # cortical ribboning with restricted diffusion: CJD, encephalitis, seizures
        ("MRI: cortical ribboning with restricted diffusion", "dwi_infarct"),
        # the mesenteric whirlpool sign is midgut volvulus (APSA), not ovarian torsion
        ("Ultrasound: whirlpool sign of the mesenteric vessels", "whirlpool_sign"),
        # a lymphocytic pleocytosis is any encephalitis, not bacterial meningitis
        ("CSF pleocytosis with lymphocytes", "csf_pleocytosis"),
        # thumbprinting is a colonic sign (ischaemic colitis)
        ("CT shows thumbprinting of the colon", "swollen_epiglottis"),
    ],
)
def test_non_specific_result_words_are_not_rule_in_results(
    text: str, concept: str
) -> None:
    """A rule-in result needs its specific wording (Straus JAMA 2006 for CSF; a DWI
    lesion is an infarct only when named so): otherwise a case of sporadic CJD had its
    restricted diffusion read as a confirmed stroke (MedR-Bench read half; landed in
    17af108, fixed here). The first three failed on 17af108; thumbprinting is a
    guard."""
    from agents.offline.knowledge import load_knowledge
    from agents.offline.rules.findings import extract_findings

    found = {f.concept for f in extract_findings(text, load_knowledge())}
    assert concept not in found


TOXIC_CRITERIA_CASES = {
    # Boehnert & Lovejoy NEJM 1985: TCA ingestion with QRS > 100 ms
    "tca": (
        make_case(
            "overdose",
            age=38,
            sex="F",
            vitals=vitals(128, 92, 54, 18, 96),
            one_liner="38 y.o. female took a bottle of amitriptyline 2 hours ago",
            ed_note="Drowsy. ECG: sinus tachycardia, QRS 140 ms.",
            case_id="g14-tca",
        ),
        "poisoning by tricyclic",
        r"bicarbonate",
    ),
    # Lavonas AHA 2023: beta-blocker overdose with bradycardia and hypotension
    "beta_blocker": (
        make_case(
            "overdose",
            age=52,
            sex="M",
            vitals=vitals(38, 72, 40, 14, 96),
            one_liner="52 y.o. male took an overdose of his metoprolol tablets",
            ed_note="Drowsy, cool peripheries.",
            case_id="g14-bb",
        ),
        "beta",
        r"glucagon|high-dose insulin",
    ),
}


@pytest.mark.parametrize("name", sorted(TOXIC_CRITERIA_CASES))
def test_poisoning_criteria_rule_the_toxicity_in(reason: Reason, name: str) -> None:
    """A cardiotoxic ingestion with its published toxicity sign (QRS > 100 ms after a
    TCA: Boehnert 1985; bradycardia or hypotension after a beta-blocker: AHA 2023) is
    ruled in and gets its antidote."""
    case, dx_word, order_word = TOXIC_CRITERIA_CASES[name]
    out = reason(case)
    hit = [e for e in out.final.ledger if dx_word in e.diagnosis.lower()]
    assert hit and hit[0].status == "ruled_in", [
        (e.diagnosis, e.status) for e in out.final.ledger[:4]
    ]
    assert O.medication_ordered(out, order_word)

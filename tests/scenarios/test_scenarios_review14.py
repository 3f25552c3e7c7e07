"""review14 (issue 10): acute guideline pathways and the order gates they imply.

Each scenario is written from the guideline named in its docstring or table row,
never from rows of the shared data, and asserts a safety property of the orders
(what must be ordered, what must not). Each failed on main before the change it
guards (``agents.pathways_acute`` and the gates in ``agents.order_safety``).
"""

from __future__ import annotations

import re

import pytest

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

STOP = re.compile(r"(?i)\s*(?:stop|hold|no)\b")
"""An order to stop drugs names them without giving them."""


def test_add_rs_two_withholds_antithrombotics_and_images_the_aorta(
    reason: Reason,
) -> None:
    """ACC/AHA 2022 aortic disease; ADD-RS (Rogers 2011): tearing pain with an arm
    pressure difference is high risk even when the ECG shows ST elevation: aortic
    imaging first, no aspirin, heparin or catheter laboratory."""
    out = reason(
        make_case(
            "chest pain",
            age=71,
            sex="F",
            vitals=vitals(88, 176, 96, 20, 97),
            one_liner="71 y.o. female with tearing interscapular and chest pain that "
            "began an hour ago",
            ed_note="BP right arm 176/96, left arm 140/80. ECG: ST elevation in II, "
            "III and aVF.",
            case_id="r14-aas",
        )
    )
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)
    assert not O.ordered(out, "cath lab")
    # the aorta imaged by CT angiography, named for the aorta (the ADD-RS pathway) or
    # for its territory (the dissection protocol: chest/abdomen/pelvis)
    assert O.ordered(out, "angiograph")
    assert O.ordered(out, "aorta") or O.ordered(out, "chest/abdomen/pelvis")


def test_shock_with_rv_dilatation_gets_reperfusion(reason: Reason) -> None:
    """ESC 2019 acute PE: high-risk PE (shock with RV dysfunction on echo) gets
    unfractionated heparin and reperfusion, not a wait for a CT. Nine days after a
    hip replacement systemic thrombolysis is contraindicated (ESC 2019 table 9:
    major surgery in the previous 3 weeks), so reperfusion is surgical embolectomy
    or catheter-directed treatment (cardresp20; the scenario first asked for
    alteplase)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=63,
            sex="M",
            vitals=vitals(132, 76, 44, 34, 84),
            one_liner="63 y.o. male 9 days after a hip replacement, sudden "
            "breathlessness and near-faint",
            ed_note="Left calf swollen. Bedside echo: RV dilatation with septal "
            "flattening, no pericardial effusion.",
            case_id="r14-pe",
        )
    )
    assert O.ordered(out, "embolectomy", "catheter-directed")
    assert not O.medication_ordered(out, "alteplase", "thromboly")
    assert O.medication_ordered(out, "heparin")


def test_tamponade_gets_pericardiocentesis_and_no_diuretic(reason: Reason) -> None:
    """ESC 2015 pericardial diseases: effusion with RV diastolic collapse and shock:
    urgent pericardiocentesis; no diuretics or nitrates."""
    out = reason(
        make_case(
            "shortness of breath",
            age=58,
            sex="F",
            vitals=vitals(118, 84, 66, 26, 94),
            one_liner="58 y.o. female with breast cancer, breathless for 5 days",
            ed_note="Raised JVP, quiet heart sounds. Echo: large pericardial effusion "
            "with right atrial and right ventricular diastolic collapse.",
            case_id="r14-tamp",
        )
    )
    assert O.ordered(out, "pericardiocentesis")
    assert not O.medication_ordered(out, "furosemide", "diuretic", *O.NITRATE)


def test_back_pain_with_retention_and_fever_gets_mri_and_cultures(
    reason: Reason,
) -> None:
    """NICE NG59 / GIRFT 2023; Darouiche NEJM 2006: back pain, fever, injecting drug
    use and a neurological deficit: emergency MRI, spinal surgery, cultures and
    antibiotics."""
    out = reason(
        make_case(
            "back pain",
            age=37,
            sex="F",
            vitals=vitals(108, 122, 74, 18, 98, 38.4),
            one_liner="37 y.o. female who injects drugs, a week of thoracic back pain, "
            "now numb legs",
            ed_note="Urinary retention, 800 ml on catheterisation. Both legs weak.",
            case_id="r14-sea",
        )
    )
    assert O.ordered(out, "mri")
    assert O.ordered(out, "spinal surgery", "neurosurg")
    assert O.ordered(out, "blood culture")
    assert O.medication_ordered(out, "vancomycin")


def test_compartment_syndrome_is_not_discharged_with_analgesia(
    reason: Reason,
) -> None:
    """BOAST 10 (2016): pain on passive stretch after a forearm fracture in a cast:
    split the cast, fasciotomy decision; pulses do not exclude it."""
    out = reason(
        make_case(
            "arm pain",
            age=19,
            sex="M",
            vitals=vitals(104, 134, 80, 18, 99),
            one_liner="19 y.o. male, forearm fracture put in a plaster cast this "
            "afternoon, pain now unbearable",
            ed_note="Severe pain on passive extension of the fingers, forearm tense. "
            "Radial pulse present.",
            case_id="r14-acs",
        )
    )
    assert O.ordered(out, "split")
    assert O.ordered(out, "fasciotomy")


def test_adolescent_knee_pain_with_limp_gets_hip_films(reason: Reason) -> None:
    """POSNA / AAOS slipped capital femoral epiphysis: an adolescent with knee pain
    and a limp gets X-rays of both hips and non-weight-bearing."""
    out = reason(
        make_case(
            "knee pain",
            age=13,
            sex="F",
            vitals=vitals(90, 118, 70, 16, 99),
            one_liner="13 y.o. girl with 2 weeks of right knee pain and a limp",
            ed_note="Painful, limited internal rotation of the right hip. Knee normal.",
            case_id="r14-scfe",
        )
    )
    assert O.ordered(out, "hips")
    assert O.ordered(out, "non-weight")


def test_complete_kawasaki_gets_ivig_aspirin_and_echo(reason: Reason) -> None:
    """AHA 2017 Kawasaki disease: fever >= 5 days with >= 4 principal features:
    IVIG 2 g/kg and aspirin (the exception to the Reye rule) and an echocardiogram;
    doses per kilogram."""
    out = reason(
        make_case(
            "fever",
            age=2,
            sex="M",
            vitals=vitals(150, 96, 56, 28, 98, 39.2),
            one_liner="2 y.o. boy with fever for 5 days, miserable",
            ed_note="Bilateral conjunctival injection. Lips red and cracked, "
            "maculopapular rash, oedema of the hands and feet.",
            case_id="r14-kd",
        )
    )
    assert O.medication_ordered(out, "ivig", "immunoglobulin")
    assert O.medication_ordered(out, "aspirin")
    assert O.ordered(out, "echocardiogra")
    assert not O.fixed_doses(out)


def test_intussusception_is_nil_by_mouth_not_oral_rehydration(
    reason: Reason,
) -> None:
    """APSA 2021 intussusception: currant-jelly stool and a palpable mass in a
    toddler: nil by mouth, ultrasound, paediatric surgery; no oral rehydration or
    antiemetic."""
    out = reason(
        make_case(
            "irritable and vomiting",
            sex="F",
            demographics={"age_days": 300},
            vitals=vitals(164, 90, 54, 34, 98, 37.4),
            one_liner="10-month-old girl, 8 kg, vomiting since this morning, drawing "
            "up her legs and screaming in episodes",
            ed_note="Blood and mucus in the nappy. Sausage-shaped mass in the right "
            "upper quadrant.",
            case_id="r14-intus",
        )
    )
    assert O.ordered(out, "nil by mouth")
    assert O.ordered(out, "paediatric surgery")
    assert not O.medication_ordered(out, "oral rehydration", "ondansetron")


@pytest.mark.parametrize(
    ("case", "must", "must_not"),
    [
        # Chiew AL et al. MJA 2020 (ANZ): late paracetamol ingestion with a raised ALT:
        # acetylcysteine now, the nomogram does not apply
        (
            make_case(
                "nausea",
                age=42,
                sex="M",
                vitals=vitals(96, 124, 78, 16, 98),
                one_liner="42 y.o. male took about 40 paracetamol tablets over the "
                "weekend, staggered",
                ed_note="ALT 640 U/L, INR 1.6.",
                case_id="r14-apap",
            ),
            ("acetylcysteine",),
            (),
        ),
        # EXTRIP 2015 lithium: toxic level with neurotoxicity: stop lithium, saline,
        # haemodialysis; no NSAID
        (
            make_case(
                "tremor",
                age=64,
                sex="M",
                vitals=vitals(70, 118, 70, 16, 97),
                one_liner="64 y.o. male on lithium with vomiting and new confusion",
                ed_note="Coarse tremor, ataxia. Lithium 2.9 mmol/L, creatinine 190.",
                case_id="r14-li",
            ),
            ("stop lithium", "dialys"),
            ("ibuprofen", "nsaid", "naproxen", "ketorolac"),
        ),
        # Hunter criteria; Boyer & Shannon NEJM 2005: serotonin toxicity: stop the
        # drugs, benzodiazepine, cyproheptadine; no further serotonergic opioid
        (
            make_case(
                "tremor and sweating",
                age=44,
                sex="F",
                vitals=vitals(122, 158, 92, 22, 98, 38.6),
                one_liner="44 y.o. female on venlafaxine given linezolid yesterday",
                ed_note="Agitated, diaphoretic, sustained ankle clonus.",
                case_id="r14-ss",
            ),
            ("cyproheptadine", "lorazepam"),
            ("fentanyl", "tramadol", "pethidine", "meperidine"),
        ),
        # Strawn 2007 NMS: stop the antipsychotic, fluids, dantrolene/bromocriptine;
        # never more haloperidol
        (
            make_case(
                "fever",
                age=41,
                sex="M",
                vitals=vitals(118, 166, 100, 22, 97, 39.4),
                one_liner="41 y.o. male started on olanzapine last week, now rigid and "
                "confused",
                ed_note="Lead-pipe rigidity, sweating. CK 9800 U/L.",
                case_id="r14-nms",
            ),
            ("stop the antipsychotic", "dantrolene"),
            ("haloperidol", "droperidol", "olanzapine"),
        ),
    ],
    ids=["paracetamol-late", "lithium", "serotonin", "nms"],
)
def test_toxidromes_get_their_antidote_and_no_culprit(
    reason: Reason, case: object, must: tuple[str, ...], must_not: tuple[str, ...]
) -> None:
    """Toxicology pathways (sources per row)."""
    out = reason(case)  # type: ignore[arg-type]
    for word in must:
        assert O.ordered(out, word), word
    given = [o for o in O.medications(out) if not STOP.match(o.name)]
    assert not [o.name for o in given if O.mentions(o, must_not)]


def test_hypothermic_bradycardia_gets_rewarming_not_atropine(reason: Reason) -> None:
    """ERC 2021 / WMS 2019: bradycardia below 32 °C is physiological: rewarm, no
    atropine or pacing."""
    out = reason(
        make_case(
            "cold and drowsy",
            age=76,
            sex="M",
            vitals=vitals(36, 86, 52, 9, 93, 29.6),
            one_liner="76 y.o. male found outdoors on a winter night",
            ed_note="Drowsy, GCS 11. ECG sinus bradycardia 36 with J waves.",
            case_id="r14-hypo",
        )
    )
    assert O.ordered(out, "rewarm")
    assert not O.medication_ordered(out, "atropine", "pacing")


def test_hyperthermia_with_confusion_gets_active_cooling(reason: Reason) -> None:
    """WMS 2019 heat illness: temperature above 40 °C with altered mentation:
    active cooling now, whatever the working diagnosis."""
    out = reason(
        make_case(
            "confusion",
            age=68,
            sex="F",
            vitals=vitals(132, 104, 60, 26, 96, 40.8),
            one_liner="68 y.o. female found confused in a flat without air "
            "conditioning during a heatwave",
            ed_note="Hot dry skin, disoriented.",
            case_id="r14-heat",
        )
    )
    assert O.ordered(out, "cooling")


def test_measured_hypoglycaemia_is_treated(reason: Reason) -> None:
    """ADA Standards 2024 / JBDS 2023: a measured glucose below 70 mg/dL is treated
    with glucose now, whatever the working diagnosis."""
    out = reason(
        make_case(
            "vomiting",
            age=55,
            sex="M",
            vitals=vitals(112, 82, 48, 22, 98),
            one_liner="55 y.o. male with Addison's disease, 2 days of vomiting and "
            "diarrhoea",
            ed_note="Drowsy. Sodium 129 mmol/L, potassium 5.6 mmol/L, glucose 3.4 "
            "mmol/L.",
            case_id="r14-glu",
        )
    )
    assert O.medication_ordered(out, "dextrose", "glucagon")


def test_refractory_anaphylaxis_on_a_beta_blocker_gets_glucagon_and_infusion(
    reason: Reason,
) -> None:
    """RCUK 2021 / WAO 2020: hypotension after two IM adrenaline doses: adrenaline
    infusion; on a beta-blocker: glucagon."""
    out = reason(
        make_case(
            "allergic reaction",
            age=70,
            sex="F",
            vitals=vitals(58, 70, 38, 24, 91, 36.6),
            one_liner="70 y.o. female on atenolol, hives and wheeze after a peanut "
            "sauce",
            ed_note="Anaphylaxis: two doses of IM adrenaline given, still hypotensive.",
            case_id="r14-anaph",
        )
    )
    assert O.medication_ordered(out, "glucagon")
    assert O.medication_ordered(out, "adrenaline", "epinephrine")
    assert O.ordered(out, "infusion")


def test_carboprost_is_not_offered_with_asthma(reason: Reason) -> None:
    """ACOG PB 183 / RCOG GTG 52: carboprost is contraindicated in asthma; the
    other uterotonics stay."""
    out = reason(
        make_case(
            "bleeding after delivery",
            age=33,
            sex="F",
            vitals=vitals(124, 86, 52, 22, 98),
            one_liner="33 y.o. female with asthma, delivered at home 1 hour ago, "
            "heavy bleeding",
            ed_note="Boggy uterus, about 1200 ml blood loss.",
            case_id="r14-pph",
        )
    )
    assert O.medication_ordered(out, "oxytocin")
    assert not O.medication_ordered(out, "carboprost")


def test_third_trimester_bleeding_is_not_an_ectopic_pathway(reason: Reason) -> None:
    """ACOG PB 193: ectopic pregnancy is a first-trimester diagnosis; at 34 weeks'
    gestation (written with an apostrophe) no ectopic emergency consult."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=27,
            sex="F",
            vitals=vitals(116, 98, 60, 20, 98),
            demographics={"pregnancy": "pregnant"},
            one_liner="27 y.o. female at 34 weeks' gestation with painful vaginal "
            "bleeding",
            ed_note="Uterus tender and hard.",
            case_id="r14-aph",
        )
    )
    assert not O.ordered(out, "ruptured ectopic")


def test_bleeding_at_30_weeks_gets_coagulation_and_no_digital_examination(
    reason: Reason,
) -> None:
    """RCOG Green-top 63: antepartum haemorrhage from 20 weeks: no digital vaginal
    examination before praevia is excluded; coagulation with fibrinogen."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=35,
            sex="F",
            vitals=vitals(100, 112, 70, 18, 99),
            demographics={"pregnancy": "pregnant"},
            one_liner="35 y.o. female, G3P2 at 30 weeks, bright red vaginal bleeding "
            "since an hour",
            ed_note="Soaked two pads. Fetal heart rate 145.",
            case_id="r14-aph2",
        )
    )
    assert O.ordered(out, "fibrinogen")
    assert O.ordered(out, "no digital vaginal")


def test_patient_in_shock_is_not_sent_to_ct_first(reason: Reason) -> None:
    """ATLS 10th ed.; ESC 2019 PE: a patient in shock is resuscitated and examined at
    the bedside; a CT waits until the patient is stable."""
    out = reason(
        make_case(
            "shortness of breath",
            age=66,
            sex="F",
            vitals=vitals(124, 80, 50, 30, 88),
            one_liner="66 y.o. female with lung cancer, sudden breathlessness today",
            ed_note="Pleuritic chest pain, right calf swollen.",
            case_id="r14-ctshock",
        )
    )
    ct = [o.name for o in O.orders(out) if O.mentions(o, (r"\bct\b", "computed tom"))]
    assert ct and all("stable" in n.lower() for n in ct)


def test_one_av_nodal_blocker_in_thyroid_storm(reason: Reason) -> None:
    """AHA/ACC/HRS 2023 AF; ATA 2016: AF in a thyroid storm is rate-controlled with
    the storm's beta-blocker; no second AV-nodal blocker beside it."""
    out = reason(
        make_case(
            "palpitations",
            age=45,
            sex="M",
            vitals=vitals(158, 148, 62, 24, 96, 39.1),
            one_liner="45 y.o. male with Graves' disease off carbimazole, palpitations "
            "and fever",
            ed_note="Agitated, tremor. ECG: atrial fibrillation 158. Free T4 raised.",
            case_id="r14-storm",
        )
    )
    nodal = ("propranolol", "metoprolol", "diltiazem", "verapamil", "esmolol")
    assert len([o for o in O.medications(out) if O.mentions(o, nodal)]) <= 1


@pytest.mark.parametrize(
    ("case", "words"),
    [
        # Hunter criteria (Dunkley 2003): the serotonergic toxidrome is named
        (
            make_case(
                "shaking",
                age=31,
                sex="M",
                vitals=vitals(118, 150, 90, 20, 98, 38.4),
                one_liner="31 y.o. male on fluoxetine who took ecstasy last night",
                ed_note="Inducible ankle clonus, hyperreflexia, sweating, agitated.",
                case_id="r14-ss-dx",
            ),
            ("serotonin",),
        ),
        # EXTRIP 2015: chronic lithium toxicity is named beside delirium
        (
            make_case(
                "unsteady",
                age=69,
                sex="F",
                vitals=vitals(66, 112, 68, 16, 97),
                one_liner="69 y.o. female on lithium, diarrhoea for a week, coarse "
                "tremor and ataxia",
                ed_note="Confused. Creatinine raised.",
                case_id="r14-li-dx",
            ),
            ("lithium",),
        ),
    ],
    ids=["serotonin", "lithium"],
)
def test_drug_syndromes_are_on_the_differential(
    reason: Reason, case: object, words: tuple[str, ...]
) -> None:
    """The knowledge base holds the drug syndrome the criteria describe."""
    out = reason(case)  # type: ignore[arg-type]
    assert O.proposes(out, *words)


def test_kawasaki_inside_the_knowledge_base_is_named_and_treated(
    reason: Reason,
) -> None:
    """AHA 2017 Kawasaki disease: the vignette that session 11 used for "outside the
    knowledge base" (test_scenarios_diagnosis_s11) is now inside it: named (M30.3)
    by the AHA criteria and treated with IVIG and aspirin."""
    out = reason(
        make_case(
            "FEVER",
            age=3,
            sex="Male",
            vitals={"temperature_c": 39.4, "heart_rate": 140},
            one_liner="3 y.o. boy with 6 days of fever",
            ed_note="Fever for 6 days despite antipyretics. Bilateral non-exudative"
            " conjunctival injection, red cracked lips and strawberry tongue, "
            "polymorphous truncal rash, swollen red hands and feet, a 2 cm unilateral "
            "cervical lymph node. Irritable.",
        )
    )
    assert O.proposes(out, "kawasaki")
    assert O.medication_ordered(out, "ivig")


@pytest.mark.parametrize(
    ("case", "words"),
    [
        # WMS 2019: core temperature below 35 C after cold exposure is accidental
        # hypothermia (the working diagnosis, not a head contusion from the fall)
        (
            make_case(
                "fall",
                age=88,
                sex="M",
                vitals=vitals(44, 92, 54, 10, 94, 30.2),
                one_liner="88 y.o. male found on the bathroom floor in the morning, "
                "the heating was off",
                ed_note="Drowsy, cold to touch.",
                case_id="r14-hypo-dx",
            ),
            ("hypothermia",),
        ),
        # BOAST 10: pain on passive stretch after a fracture is compartment syndrome
        (
            make_case(
                "leg pain",
                age=29,
                sex="F",
                vitals=vitals(102, 130, 78, 18, 99),
                one_liner="29 y.o. female with a tibial fracture in a backslab since "
                "this morning",
                ed_note="Pain on passive stretch of the toes, calf swollen.",
                case_id="r14-acs-dx",
            ),
            ("compartment",),
        ),
    ],
    ids=["hypothermia", "compartment"],
)
def test_seen_presentations_are_named_from_their_findings(
    reason: Reason, case: object, words: tuple[str, ...]
) -> None:
    """The working diagnosis names the presentation its findings define."""
    out = reason(case)  # type: ignore[arg-type]
    t = O.treatment(out)
    assert t is not None and t.working_diagnosis is not None
    assert any(w in t.working_diagnosis.lower() for w in words), t.working_diagnosis

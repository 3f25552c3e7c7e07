"""orders16 (issue 10): orders a physician would sign beside the named diagnosis.

Each scenario is a classic presentation written from the guideline named in its id or
docstring (never from rows of the shared data) and asserts a safety property of the
orders: no catheter laboratory beside a pericarditis without STEMI criteria, no order
concept twice, no blood-pressure lowering drug at a measured hypotension, nimodipine
only for a confirmed aneurysmal SAH, immobilisation and further imaging for an occult
fracture, a septic-joint work-up (not a seizure work-up) for a febrile child who will
not walk. Every scenario here failed on main before the change that made it pass,
except the guards named as such (they keep the gates from withholding a true STEMI or
a confirmed SAH's nimodipine).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from agents.schemas import Order
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CATH_LAB = (r"cath\w* lab", r"primary pci", r"percutaneous coronary")
BP_LOWERING = (
    "nimodipine",
    "nicardipine",
    "clevidipine",
    "labetalol",
    "hydralazine",
    "diltiazem",
    "verapamil",
    "nitroprusside",
    "esmolol",
)
CT_HEAD = (r"\bct\b[^;]{0,20}head", r"head ct", r"ct (?:of the )?brain")
DO_NOT = re.compile(r"(?i)\s*(?:no|avoid|do not|hold|stop|withhold)\b")

# The test's own order concepts (drug + route, or procedure), as an emergency
# physician names them; independent of the reasoner's lexicon.
CONCEPTS: dict[str, str] = {
    "oxygen": r"\boxygen\b|\bo2\b",
    "non-invasive ventilation": r"non-?invasive ventilation|\bniv\b|bilevel|bipap|cpap",
    "IV magnesium": r"magnesium sul(?:ph|f)ate|iv magnesium",
    "adrenaline": r"epinephrine|adrenaline",
    "aspirin": r"aspirin",
    "nebulised bronchodilator": r"albuterol|salbutamol",
    "calcium": r"calcium (?:gluconate|chloride)",
    "insulin": r"\binsulin\b",
}


def _given(o: Order) -> bool:
    return o.kind in ("medication", "procedure") and not DO_NOT.match(o.name)


def concept_counts(out: ReasoningOutput) -> Counter[str]:
    """How many therapeutic orders name each concept."""
    return Counter(
        c
        for o in O.orders(out)
        if _given(o)
        for c, rx in CONCEPTS.items()
        if re.search(rx, o.name, re.I)
    )


def given(out: ReasoningOutput, *words: str) -> bool:
    """Whether an order that is not a 'do not' instruction names any of ``words``."""
    return any(O.mentions(o, words) and not DO_NOT.match(o.name) for o in O.orders(out))


def unconditional(out: ReasoningOutput, *words: str) -> bool:
    """An order naming ``words`` that is neither withheld nor conditional."""
    return any(
        O.mentions(o, words)
        and not DO_NOT.match(o.name)
        and not re.search(r"(?i)\b(?:only if|once|if|when|after)\b", o.name)
        for o in O.orders(out)
    )


# --- 1. orders contradicting the leading diagnosis (ESC 2015; ACC/AHA 2013) ---

PERICARDITIS = make_case(
    "chest pain",
    age=29,
    sex="M",
    vitals=vitals(98, 128, 78, 18, 98, 37.8),
    one_liner="29 y.o. man with sharp chest pain for 2 days, worse lying flat and on"
    " inspiration, better sitting forward, after a viral illness last week",
    ed_note="Pericardial friction rub on auscultation. ECG: diffuse ST elevation in"
    " I, II, aVL, aVF, V2-V6 with PR depression, no reciprocal ST depression."
    " Troponin normal. Assessment: acute pericarditis.",
    case_id="o16-pericarditis",
)
PERICARDITIS_UNNAMED = make_case(
    "CHEST PAIN",
    age=34,
    sex="F",
    vitals=vitals(104, 118, 74, 20, 98, 37.9),
    one_liner="34 y.o. woman with pleuritic chest pain relieved by leaning forward",
    ed_note="Friction rub heard at the left sternal edge. ECG shows widespread"
    " concave ST elevation with PR-segment depression.",
    case_id="o16-pericarditis-unnamed",
)


@pytest.mark.parametrize(
    "case", [PERICARDITIS, PERICARDITIS_UNNAMED], ids=["named", "criteria-only"]
)
def test_no_cath_lab_when_pericarditis_leads_without_stemi_criteria(
    reason: Reason, case: Case
) -> None:
    """ESC 2015 pericardial diseases (diffuse ST elevation with PR depression, no
    reciprocal change); ACC/AHA 2013 STEMI: the catheter laboratory, lytics and the ACS
    antithrombotics are for STEMI criteria, not for its best-known mimic."""
    out = reason(case)
    assert not unconditional(out, *CATH_LAB)
    assert not O.medication_ordered(out, *O.LYTIC, "heparin", "enoxaparin")
    assert not any(
        O.mentions(o, ("aspirin",)) and "myocardial" in (o.for_diagnosis or "").lower()
        for o in O.medications(out)
    )


def test_true_stemi_keeps_cath_lab_guard(reason: Reason) -> None:
    """Guard (ACC/AHA 2013 STEMI): localised ST elevation with reciprocal depression
    activates the catheter laboratory; the mimic gate must not withhold it."""
    out = reason(
        make_case(
            "chest pain",
            age=61,
            sex="M",
            vitals=vitals(92, 146, 88, 18, 96),
            one_liner="61 y.o. man with crushing central chest pain radiating to the"
            " left arm for 1 hour, diaphoretic",
            ed_note="Smoker, hypertension. ECG: ST elevation 3 mm in II, III and aVF"
            " with reciprocal ST depression in I and aVL. Impression: inferior STEMI.",
            case_id="o16-stemi",
        )
    )
    assert unconditional(out, *CATH_LAB)
    assert O.medication_ordered(out, "aspirin")


# --- 2. one order per concept (drug + route, or procedure) ---

COPD_HYPERCAPNIC = make_case(
    "shortness of breath",
    age=71,
    sex="M",
    vitals=vitals(108, 150, 84, 28, 84, 37.2),
    one_liner="71 y.o. man with COPD, worsening breathlessness and purulent sputum for"
    " 3 days",
    ed_note="Known COPD, home inhalers. Wheeze bilaterally, using accessory muscles."
    " ABG: pH 7.28, PaCO2 68 mmHg. Assessment: acute exacerbation of COPD with"
    " hypercapnic respiratory failure.",
    case_id="o16-copd",
)
TORSADES_LOW_MG = make_case(
    "palpitations",
    age=52,
    sex="F",
    vitals=vitals(96, 118, 72, 16, 98),
    one_liner="52 y.o. woman on methadone with palpitations and a brief faint",
    ed_note="Monitor: recurrent runs of torsades de pointes. QTc 580 ms. Magnesium"
    " 0.45 mmol/L, potassium 3.0 mmol/L.",
    case_id="o16-torsades",
)


@pytest.mark.parametrize(
    "case",
    [COPD_HYPERCAPNIC, TORSADES_LOW_MG],
    ids=["copd-bts2017", "torsades-aha2010"],
)
def test_no_order_concept_twice(reason: Reason, case: Case) -> None:
    """BTS 2017 oxygen / BTS-ICS 2016 NIV (one controlled-oxygen and one NIV order in
    hypercapnic COPD); AHA 2010 drug-induced QT prolongation (one IV magnesium dose
    for torsades, even when the magnesium is also low)."""
    out = reason(case)
    twice = {c: n for c, n in concept_counts(out).items() if n > 1}
    assert not twice, twice


def test_copd_keeps_controlled_oxygen_and_niv(reason: Reason) -> None:
    """Guard (BTS 2017; BTS/ICS 2016): deduplication keeps one of each."""
    out = reason(COPD_HYPERCAPNIC)
    counts = concept_counts(out)
    assert counts["oxygen"] == 1 and counts["non-invasive ventilation"] == 1
    assert given(out, "88-92")


# --- 3. BP-dropping drugs at a measured hypotension; nimodipine (AHA/ASA 2023) ---


def test_no_nimodipine_for_unconfirmed_sah_in_hypotension(reason: Reason) -> None:
    """AHA/ASA 2023 aneurysmal SAH: nimodipine for a confirmed aSAH, and hypotension
    is to be avoided; a suspected SAH at 92/60 gets CT, not nimodipine."""
    out = reason(
        make_case(
            "headache",
            age=52,
            sex="F",
            vitals=vitals(112, 86, 56, 20, 97),
            one_liner="52 y.o. woman with sudden worst headache of her life that"
            " peaked within a minute, then vomiting",
            ed_note="Neck stiffness. GCS 15, no focal deficit. CT head pending.",
            case_id="o16-sah-hypo",
        )
    )
    assert not O.medication_ordered(out, *BP_LOWERING)
    assert O.ordered(out, r"\bct\b")


def test_no_nimodipine_before_sah_is_confirmed(reason: Reason) -> None:
    """AHA/ASA 2023 aSAH: nimodipine treats a confirmed aneurysmal SAH (class 1);
    a suspected one is imaged first."""
    out = reason(
        make_case(
            "headache",
            age=47,
            sex="M",
            vitals=vitals(88, 148, 90, 16, 98),
            one_liner="47 y.o. man with a thunderclap headache during exertion 2 hours"
            " ago",
            ed_note="Neck stiffness. GCS 15. Awaiting CT head.",
            case_id="o16-sah-suspected",
        )
    )
    assert not O.medication_ordered(out, "nimodipine")


def test_confirmed_sah_keeps_nimodipine_guard(reason: Reason) -> None:
    """Guard (AHA/ASA 2023 aSAH, class 1): oral nimodipine once aSAH is shown."""
    out = reason(
        make_case(
            "headache",
            age=55,
            sex="F",
            vitals=vitals(84, 168, 94, 16, 98),
            one_liner="55 y.o. woman with thunderclap headache 3 hours ago",
            ed_note="CT head: diffuse subarachnoid haemorrhage in the basal cisterns."
            " CT angiogram: 7 mm anterior communicating artery aneurysm. GCS 15.",
            case_id="o16-sah-confirmed",
        )
    )
    assert O.medication_ordered(out, "nimodipine")


def test_unstable_af_is_cardioverted_not_rate_slowed(reason: Reason) -> None:
    """AHA/ACC/HRS 2023 AF (class 1) and AHA 2020 ACLS: AF with rapid ventricular
    response and hypotension is cardioverted (synchronised); no IV calcium-channel or
    beta-blocker at SBP < 90."""
    out = reason(
        make_case(
            "palpitations",
            age=68,
            sex="M",
            vitals=vitals(164, 82, 50, 22, 95),
            one_liner="68 y.o. man with palpitations and lightheadedness for 3 hours",
            ed_note="ECG: atrial fibrillation with rapid ventricular response at 164,"
            " no pre-excitation. Cool peripheries.",
            case_id="o16-af-hypo",
        )
    )
    assert given(out, r"synchroni[sz]ed cardioversion")
    assert not O.medication_ordered(out, *BP_LOWERING, "metoprolol")


# --- 4. occult fractures (NICE NG38 2016; BSSH/RCEM; NICE CG124) ---


def test_suspected_scaphoid_fracture_with_normal_film_is_immobilised(
    reason: Reason,
) -> None:
    """NICE NG38 2016 and BSSH/RCEM scaphoid guidance: snuffbox tenderness after a
    fall on the outstretched hand with a normal radiograph is an occult scaphoid
    fracture until imaged: immobilise and arrange MRI (or repeat imaging)."""
    out = reason(
        make_case(
            "wrist pain",
            age=23,
            sex="M",
            vitals=vitals(78, 124, 76, 14, 99),
            one_liner="23 y.o. man fell on an outstretched hand playing football",
            ed_note="Tenderness in the anatomical snuffbox and pain on axial loading"
            " of the thumb. Wrist x-ray with scaphoid views: no fracture seen.",
            case_id="o16-scaphoid",
        )
    )
    assert given(out, r"immobili[sz]", "thumb spica", "splint", "cast")
    assert given(out, r"\bmri\b", r"repeat (?:x-?ray|radiograph)")


def test_occult_hip_fracture_gets_mri_before_discharge(reason: Reason) -> None:
    """NICE CG124 1.2.1: a suspected hip fracture with normal radiographs gets MRI
    (CT if MRI is not available within 24 h); the x-ray already done is not simply
    repeated, and the patient is not discharged on it."""
    out = reason(
        make_case(
            "fall",
            age=84,
            sex="F",
            vitals=vitals(88, 138, 80, 16, 96),
            one_liner="84 y.o. woman who slipped at home and now has left groin pain"
            " and cannot bear weight",
            ed_note="Pain on log roll of the left hip, no shortening or rotation. AP"
            " pelvis and lateral hip x-ray: no fracture seen.",
            case_id="o16-occult-hip",
        )
    )
    assert given(out, r"\bmri\b")
    assert O.disposition(out).disposition != "Discharge"


# --- 5. a febrile child who limps or will not walk (Kocher 1999; Caird 2006) ---

SEPTIC_HIP = make_case(
    "fever and limp",
    age=4,
    sex="M",
    vitals=vitals(138, 98, 60, 26, 98, 39.2),
    one_liner="4 y.o. boy with fever for 2 days who now refuses to walk and won't bear"
    " weight on the right leg",
    ed_note="Holds right hip flexed and externally rotated, pain on passive movement."
    " No trauma. Alert, playful between episodes, neck supple, no focal neurology."
    " WBC 16.2, ESR 58, CRP 8 mg/dL.",
    case_id="o16-septic-hip",
)
LIMP_TERSE = make_case(
    "LIMP",
    age=3,
    sex="F",
    vitals=vitals(140, 96, 58, 28, 98, 38.9),
    one_liner="3 y.o. girl febrile since yesterday, now limping and refusing to bear"
    " weight",
    case_id="o16-limp",
)


@pytest.mark.parametrize("case", [SEPTIC_HIP, LIMP_TERSE], ids=["kocher4", "terse"])
def test_febrile_child_who_will_not_walk_gets_septic_joint_workup(
    reason: Reason, case: Case
) -> None:
    """Kocher MS et al. JBJS Am 1999 (fever > 38.5, non-weight-bearing, ESR > 40,
    WBC > 12) and Caird MS et al. JBJS Am 2006 (CRP > 2 mg/dL): blood count, CRP/ESR,
    blood culture, hip ultrasound, orthopaedics; antibiotics after aspiration and
    culture; no CT head without neurological signs."""
    out = reason(case)
    assert given(out, r"blood cultures?")
    assert given(out, r"\bcrp\b|c-reactive")
    assert given(out, r"ultrasound[^;]{0,30}hip|hip ultrasound")
    assert given(out, r"orthop")
    assert not O.ordered(out, *CT_HEAD)
    assert not O.proposes(out, "seizure")


# --- 6. the same families, round 2 (written from guidelines before running) ---


def test_early_repolarisation_gets_no_cath_lab(reason: Reason) -> None:
    """Wang K et al. NEJM 2003 (ST elevation without infarction) and ACC/AHA 2013
    STEMI: benign early repolarisation unchanged from an old ECG with a normal
    troponin is a STEMI mimic: no catheter laboratory, no ACS antithrombotic."""
    out = reason(
        make_case(
            "chest pain",
            age=24,
            sex="M",
            vitals=vitals(64, 122, 70, 14, 99),
            one_liner="24 y.o. athletic man with brief sharp left chest pain after"
            " lifting weights",
            ed_note="Pain reproducible on palpation. ECG: benign early repolarisation"
            " with J-point notching, ST elevation V2-V4 unchanged from a 2023 ECG."
            " Troponin < 5 ng/L.",
            case_id="o16-ber",
        )
    )
    assert not unconditional(out, *CATH_LAB)
    assert not O.medication_ordered(out, "heparin", *O.LYTIC)


def test_life_threatening_asthma_keeps_its_bronchodilator(reason: Reason) -> None:
    """GINA 2024 / BTS-SIGN 2019: a short-acting beta-agonist, repeated, is the first
    treatment of severe asthma; ipratropium is given WITH it, not instead of it (one
    order per concept must not read 'with each albuterol nebuliser' as albuterol)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=28,
            sex="F",
            vitals=vitals(128, 124, 76, 30, 91),
            one_liner="28 y.o. woman with asthma, severe wheeze, unable to complete"
            " sentences",
            ed_note="Peak flow 30 % of best. Accessory muscle use. Salbutamol inhaler"
            " at home without relief.",
            case_id="o16-asthma",
        )
    )
    assert any(
        re.search(r"(?i)^(?:\w+ )?(?:albuterol|salbutamol)", o.name)
        for o in O.medications(out)
    )
    assert concept_counts(out)["IV magnesium"] == 1


def test_eclampsia_gets_one_antihypertensive_order_and_one_obstetric_call(
    reason: Reason,
) -> None:
    """ACOG PB 222 (2020) / CO 767: one magnesium regimen, one acute antihypertensive
    order (labetalol, hydralazine or nifedipine at >= 160/110), obstetrics once."""
    out = reason(
        make_case(
            "seizure",
            age=24,
            sex="F",
            vitals=vitals(110, 172, 114, 20, 96),
            one_liner="24 y.o. woman 36 weeks pregnant with a generalised tonic-clonic"
            " seizure at home",
            ed_note="Headache and visual disturbance yesterday. Proteinuria 3+. Now"
            " drowsy, GCS 13.",
            demographics={"pregnancy": "pregnant"},
            case_id="o16-eclampsia",
        )
    )
    meds = [o for o in O.medications(out) if re.search(r"(?i)labetalol", o.name)]
    assert len(meds) == 1, [o.name for o in meds]
    calls = [o for o in O.orders(out) if o.kind == "consult"]
    assert sum(bool(re.search(r"(?i)obstet|ob/?gyn", o.name)) for o in calls) == 1
    assert concept_counts(out)["IV magnesium"] == 1


def test_elbow_fat_pad_without_a_fracture_line_is_immobilised(reason: Reason) -> None:
    """Irshad F et al. Injury 1997 (fat pad sign and occult radial head fracture);
    Skaggs DL, Mirzayan R. JBJS Am 1999: a raised posterior fat pad after an elbow
    injury is an occult fracture: sling and fracture-clinic follow-up."""
    out = reason(
        make_case(
            "elbow injury",
            age=35,
            sex="F",
            vitals=vitals(80, 126, 78, 14, 99),
            one_liner="35 y.o. woman fell onto her outstretched right hand",
            ed_note="Tender over the radial head, painful pronation and supination."
            " Elbow x-ray: raised anterior and posterior fat pads, no fracture line"
            " seen.",
            case_id="o16-fat-pad",
        )
    )
    assert given(out, "sling", "backslab", "collar and cuff", r"immobili[sz]")
    assert given(out, "fracture clinic")


def test_cardiogenic_shock_gets_a_vasopressor_not_a_diuretic(reason: Reason) -> None:
    """ESC 2021 heart failure 11.1.4 and AHA 2017 cardiogenic shock: hypotension with
    hypoperfusion and pulmonary oedema: echocardiography, norepinephrine (and an
    inotrope), cardiology and ICU; loop diuretics wait until perfusion returns."""
    out = reason(
        make_case(
            "shortness of breath",
            age=74,
            sex="F",
            vitals=vitals(118, 84, 56, 30, 86),
            one_liner="74 y.o. woman with heart failure, acute breathlessness and"
            " orthopnoea",
            ed_note="Bibasal crackles, raised JVP, cool mottled peripheries. Chest"
            " x-ray: pulmonary oedema. Lactate 4.1.",
            case_id="o16-cardiogenic",
        )
    )
    assert O.medication_ordered(out, "norepinephrine", "noradrenaline", "dobutamine")
    assert not O.medication_ordered(out, "furosemide", "frusemide", "bumetanide")
    assert given(out, r"echocardiog")


def test_febrile_limping_child_is_not_discharged(reason: Reason) -> None:
    """Kocher 1999: fever > 38.5 and non-weight-bearing are two predictors (~40 %
    septic arthritis): orthopaedics the same day, IV antibiotics after aspiration,
    admission; a complaint of 'LIMP' must not read as a stroke."""
    out = reason(LIMP_TERSE)
    assert O.disposition(out).disposition != "Discharge"
    # IDSA/PIDS 2023: an anti-staphylococcal agent; vancomycin (+/- ceftriaxone)
    # where MRSA is common, as the septic-arthritis protocol orders once it leads.
    assert O.medication_ordered(
        out, "antibiotic", "cefazolin", "clindamycin", "vancomycin"
    )


def test_stable_svt_gets_a_vagal_manoeuvre_then_adenosine(reason: Reason) -> None:
    """ESC 2019 SVT (class I) and AHA 2020 ACLS; REVERT (Lancet 2015): a stable
    regular narrow-complex tachycardia: modified Valsalva, then adenosine; no
    cardioversion while stable."""
    out = reason(
        make_case(
            "palpitations",
            age=32,
            sex="F",
            vitals=vitals(182, 118, 74, 18, 99),
            one_liner="32 y.o. woman with sudden regular palpitations for 40 minutes",
            ed_note="ECG: narrow complex regular tachycardia at 182, no P waves - SVT."
            " Feels well otherwise.",
            case_id="o16-svt",
        )
    )
    assert given(out, "valsalva", "vagal")
    assert O.medication_ordered(out, "adenosine")
    assert not unconditional(out, "cardioversion")

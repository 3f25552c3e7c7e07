"""orders17 (issue 10): orders and decision rules that fit the picture already known.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data) and asserts a safety property across several wordings:

- ESC 2019 acute PE (Konstantinides SV et al. Eur Heart J 2020;41:543): clinical
  probability, then D-dimer, then CTPA; a test whose result is in the note is not
  re-ordered, and no D-dimer (a rule-out test) once a CTPA shows PE;
- Sepsis-3 (Singer M et al. JAMA 2016;315:801; Seymour CW et al. JAMA 2016;315:762)
  and SSC 2021 (Evans L et al. Crit Care Med 2021;49:e1063): qSOFA is a prognostic
  tool for patients with suspected infection, never a screen alone; its points
  explained by alcohol withdrawal, a poisoning or smoke are not evidence of sepsis;
  NEXUS (Hoffman JR et al. NEJM 2000) applies to blunt trauma only.

Every scenario failed on main before the change that made it pass, except the guards
named as such (they keep the gates from withholding a work-up or a rule that applies).
"""

from __future__ import annotations

import re

import pytest

from agents.floors import OVERRULED
from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

D_DIMER = (r"d-?dimer",)
CTPA = (r"ct pulmonary angiogra", r"\bctpa\b", r"ct pe protocol", r"v/?q scan")

# --- A. tests re-ordered after their result is known (ESC 2019 PE) ---

PE_CONFIRMED = [
    make_case(
        "shortness of breath",
        age=54,
        sex="F",
        vitals=vitals(112, 118, 76, 24, 91),
        one_liner="54 y.o. woman with sudden pleuritic chest pain and dyspnoea 2 days"
        " after a long-haul flight",
        ed_note="Left calf swollen and tender. CTPA: filling defects in the right lower"
        " lobe segmental arteries consistent with acute pulmonary embolism. RV not"
        " dilated. Troponin normal.",
        case_id="o17-pe-ctpa",
    ),
    make_case(
        "chest pain",
        age=40,
        sex="M",
        vitals=vitals(104, 130, 80, 22, 94),
        one_liner="40 y.o. man with pleuritic chest pain and breathlessness after knee"
        " surgery",
        ed_note="CT pulmonary angiogram positive for bilateral pulmonary emboli.",
        case_id="o17-pe-ctpa-bilateral",
    ),
    make_case(
        "SOB",
        age=67,
        sex="F",
        vitals=vitals(118, 102, 64, 26, 90),
        one_liner="67 y.o. woman on chemotherapy for breast cancer, acutely short of"
        " breath since this morning",
        ed_note="D-dimer 3400 ng/mL. CT PE protocol shows a saddle embolus with"
        " extension into both main pulmonary arteries.",
        case_id="o17-pe-saddle",
    ),
]


@pytest.mark.parametrize("case", PE_CONFIRMED, ids=["ctpa", "bilateral", "saddle"])
def test_no_d_dimer_or_ctpa_after_a_positive_ctpa(reason: Reason, case: Case) -> None:
    """ESC 2019 PE: the D-dimer excludes PE in non-high probability and CTPA confirms
    it; once a CTPA shows PE, neither is ordered again (anticoagulation follows)."""
    out = reason(case)
    assert not O.ordered(out, *D_DIMER)
    assert not O.ordered(out, *CTPA)


def test_no_second_d_dimer_when_its_value_is_in_the_note(reason: Reason) -> None:
    """ESC 2019 PE: a D-dimer already measured this visit is read, not re-ordered."""
    out = reason(
        make_case(
            "shortness of breath",
            age=45,
            sex="M",
            vitals=vitals(106, 132, 82, 22, 95),
            one_liner="45 y.o. man with 1 day of pleuritic chest pain and"
            " breathlessness",
            ed_note="No leg swelling. D-dimer 1250 ng/mL FEU (elevated). Chest x-ray"
            " clear.",
            case_id="o17-ddimer-known",
        )
    )
    assert not O.ordered(out, *D_DIMER)


def test_suspected_pe_without_imaging_keeps_its_workup_guard(reason: Reason) -> None:
    """Guard (ESC 2019 PE): with no test resulted, suspected PE is still worked up
    (D-dimer or CTPA)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=52,
            sex="F",
            vitals=vitals(110, 124, 78, 24, 93),
            one_liner="52 y.o. woman with sudden dyspnoea and pleuritic chest pain 10"
            " days after hip replacement",
            ed_note="Right calf swollen. No imaging yet.",
            case_id="o17-pe-open",
        )
    )
    assert O.ordered(out, *D_DIMER, *CTPA)


# --- B. decision rules outside their meaning (Sepsis-3; SSC 2021; NEXUS) ---

NOT_INFECTION = [
    make_case(
        "tremor, confusion",
        age=48,
        sex="M",
        vitals=vitals(128, 158, 94, 24, 96, 38.2),
        one_liner="48 y.o. man with heavy daily alcohol use, last drink 3 days ago,"
        " now tremulous, agitated and confused, seeing insects",
        ed_note="Diaphoretic, coarse tremor, disoriented. CIWA-Ar 28. No cough, no"
        " dysuria, chest clear, no neck stiffness. Assessment: alcohol withdrawal"
        " delirium (delirium tremens).",
        case_id="o17-dts",
    ),
    make_case(
        "agitation",
        age=55,
        sex="M",
        vitals=vitals(132, 96, 60, 26, 95, 38.4),
        one_liner="55 y.o. man with delirium tremens, stopped drinking 72 hours ago",
        ed_note="Confused and hallucinating, profuse sweating. WBC 13.1.",
        case_id="o17-dts-short",
    ),
    make_case(
        "overdose",
        age=35,
        sex="F",
        vitals=vitals(50, 84, 44, 24, 95, 38.1),
        one_liner="35 y.o. woman with calcium channel blocker poisoning after taking"
        " 30 tablets of amlodipine",
        ed_note="Drowsy and confused. Glucose 14 mmol/L. WBC 12.8. Assessment:"
        " calcium-channel blocker poisoning.",
        case_id="o17-ccb",
    ),
    make_case(
        "smoke inhalation",
        age=30,
        sex="M",
        vitals=vitals(118, 98, 60, 26, 92, 38.3),
        one_liner="30 y.o. man rescued from a house fire, confused, soot in the"
        " nostrils",
        ed_note="Singed nasal hairs, carbonaceous sputum, chills. Carboxyhaemoglobin"
        " 18 %. Lactate 6.",
        case_id="o17-smoke",
    ),
]


@pytest.mark.parametrize(
    "case", NOT_INFECTION, ids=["dts-named", "dts-short", "ccb-poisoning", "smoke"]
)
def test_no_sepsis_ruled_in_by_qsofa_without_infection(
    reason: Reason, case: Case
) -> None:
    """Sepsis-3 (Seymour 2016): qSOFA applies to SUSPECTED INFECTION; SSC 2021 advises
    against qSOFA alone. Confusion, tachypnoea and hypotension explained by alcohol
    withdrawal, a poisoning or smoke are not evidence of sepsis: no qSOFA shown, no
    sepsis ruled in."""
    out = reason(case)
    assert "qsofa" not in O.rules_shown(out)
    assert not any(
        "sepsis" in e.diagnosis.lower() and e.status == "ruled_in"
        for e in out.final.ledger
    )


def test_nexus_not_shown_in_a_poisoning_without_trauma(reason: Reason) -> None:
    """NEXUS (Hoffman 2000) is validated in blunt trauma: not evidence in an overdose
    with no injury."""
    out = reason(
        make_case(
            "overdose",
            age=35,
            sex="F",
            vitals=vitals(48, 78, 40, 24, 95),
            one_liner="35 y.o. woman took 30 tablets of her amlodipine 2 hours ago",
            ed_note="Drowsy, GCS 13. ECG sinus bradycardia. Assessment: calcium"
            " channel blocker poisoning.",
            case_id="o17-ccb-nexus",
        )
    )
    assert "nexus" not in O.rules_shown(out)


def test_qsofa_kept_in_pneumonia_guard(reason: Reason) -> None:
    """Guard (Sepsis-3): with a documented infection source qSOFA applies and is
    shown."""
    out = reason(
        make_case(
            "cough, fever",
            age=72,
            sex="M",
            vitals=vitals(118, 94, 56, 28, 90, 38.9),
            one_liner="72 y.o. man with 3 days of productive cough and fever, now"
            " confused",
            ed_note="Crackles at the right base. Chest x-ray: right lower lobe"
            " consolidation. WBC 17.",
            case_id="o17-pneumonia-qsofa",
        )
    )
    assert "qsofa" in O.rules_shown(out)


# --- D. orders that contradict the picture (ESGE 2016; ATLS 10th; ABA; ACR/ACOG) ---

BOLUS = [
    make_case(
        "food stuck",
        age=45,
        sex="M",
        vitals=vitals(96, 138, 84, 18, 98),
        one_liner="45 y.o. man with steak stuck in his oesophagus since dinner 3 hours"
        " ago",
        ed_note="Drooling, cannot swallow his saliva, spitting into a bowl. No"
        " stridor, speaking normally. Assessment: oesophageal food bolus impaction.",
        case_id="o17-bolus",
    ),
    make_case(
        "FOOD BOLUS",
        age=33,
        sex="M",
        vitals=vitals(88, 130, 80, 16, 99),
        one_liner="33 y.o. man with chicken stuck after lunch, unable to swallow his"
        " own secretions",
        ed_note="Known eosinophilic oesophagitis. Comfortable breathing. Food bolus"
        " obstruction.",
        case_id="o17-bolus-secretions",
    ),
]


@pytest.mark.parametrize("case", BOLUS, ids=["drooling", "secretions"])
def test_complete_food_bolus_obstruction_gets_emergency_endoscopy(
    reason: Reason, case: Case
) -> None:
    """ESGE 2016 (Birk 2016): complete obstruction (cannot swallow saliva) needs
    emergency endoscopy, preferably within 6 h; no discharge; an Admit's rationale
    never argues for discharge."""
    out = reason(case)
    endoscopy = [
        o.name
        for o in O.orders(out)
        if o.kind in ("consult", "procedure") and "endoscop" in o.name.lower()
    ]
    assert endoscopy and all("6 h" in n and "24 h" not in n for n in endoscopy)
    dispo = O.disposition(out)
    assert dispo.disposition != "Discharge"
    # the reasons for the Admit never argue for discharge; the forecast the floor
    # overruled follows, labelled as such
    reasons = (dispo.rationale or "").split(OVERRULED)[0]
    assert not re.search(r"(?i)\bdischarge\s*:", reasons)


TENSION = [
    make_case(
        "chest injury",
        age=28,
        sex="M",
        vitals=vitals(138, 72, 40, 34, 84),
        one_liner="28 y.o. man stabbed in the right chest",
        ed_note="Severe respiratory distress, absent breath sounds on the right,"
        " trachea deviated to the left, distended neck veins. Assessment: tension"
        " pneumothorax.",
        case_id="o17-tension-stab",
    ),
    make_case(
        "SOB after fall",
        age=70,
        sex="F",
        vitals=vitals(130, 78, 50, 32, 86),
        one_liner="70 y.o. woman fell onto the left chest, rapidly worsening"
        " breathlessness",
        ed_note="Hypotensive, absent breath sounds on the left with tracheal deviation"
        " to the right. Suspected tension pneumothorax.",
        case_id="o17-tension-fall",
    ),
]
CHEST_IMAGING = (
    r"chest x-?ray",
    r"\bcxr\b",
    r"chest radiograph",
    r"ct (?:of the )?chest",
)


@pytest.mark.parametrize("case", TENSION, ids=["stab", "fall"])
def test_needle_decompression_before_any_chest_imaging_in_tension_with_shock(
    reason: Reason, case: Case
) -> None:
    """ATLS 10th ed. ch. 4: tension pneumothorax is a clinical diagnosis; in shock or
    hypoxia it is decompressed before any chest imaging."""
    out = reason(case)
    decompress = O.first_index(out, r"decompress", r"finger thoracostomy")
    assert decompress is not None
    for i, o in enumerate(O.orders(out)):
        if o.kind == "diagnostic" and O.mentions(o, CHEST_IMAGING):
            assert i > decompress or o.name.lower().startswith("after decompression")


def test_no_minor_burn_dressing_for_a_major_burn(reason: Reason) -> None:
    """ATLS 10th ch. 9; ABA 2022: 30 % TBSA is a major burn (Parkland fluids, burn
    centre, clean dry cover); a minor-burn dressing does not fit."""
    out = reason(
        make_case(
            "burn",
            age=38,
            sex="M",
            vitals=vitals(118, 112, 70, 22, 97),
            one_liner="38 y.o. man with flame burns to the chest, abdomen and both arms"
            " in a kitchen fire",
            ed_note="Partial and full thickness burns estimated at 30 % TBSA by the"
            " rule of nines. Weight 80 kg. No facial burns, no soot.",
            case_id="o17-burn",
        )
    )
    assert not O.ordered(out, r"dress the burn", r"non-adherent dressing")
    assert O.ordered(out, r"burn cent")


@pytest.mark.parametrize(
    ("age", "note"),
    [
        (13, "Urine hCG positive. Assessment: possible ectopic pregnancy."),
        (14, "Never sexually active. Urine hCG positive on repeat, ectopic possible."),
    ],
    ids=["13-year-old", "14-never-active"],
)
def test_no_transvaginal_ultrasound_in_a_child(
    reason: Reason, age: int, note: str
) -> None:
    """ACR-AAPM-SPR-SRU 2019 pelvic ultrasound; ACOG CO 783: pelvic ultrasound in a
    child or a girl never sexually active is transabdominal."""
    out = reason(
        make_case(
            "abdominal pain",
            age=age,
            sex="F",
            vitals=vitals(104, 110, 68, 18, 99),
            one_liner=f"{age} y.o. girl with lower abdominal pain and vaginal spotting",
            ed_note=note,
            case_id=f"o17-tvus-{age}",
        )
    )
    assert not O.ordered(out, r"transvaginal")


DELIVERED = [
    make_case(
        "labour",
        age=29,
        sex="F",
        vitals=vitals(100, 118, 72, 18, 99),
        one_liner="29 y.o. G3P2 at 39 weeks who delivered a baby boy in the car on the"
        " way in",
        ed_note="Baby crying, placenta not yet delivered, uterus firm, minimal"
        " bleeding.",
        case_id="o17-delivered-car",
    ),
    make_case(
        "headache",
        age=34,
        sex="F",
        vitals=vitals(92, 168, 112, 18, 98),
        one_liner="34 y.o. woman who gave birth at home 6 hours ago, now severe"
        " headache and blurred vision",
        ed_note="BP 168/112 on repeat. Urine protein 3+. Brisk reflexes.",
        case_id="o17-delivered-pet",
    ),
]
ANTENATAL = (
    r"delivery planning",
    r"plan(?:ning)? (?:for )?delivery",
    r"tocoly",
    r"antenatal (?:cortico)?steroid",
    r"betamethasone",
    r"fetal (?:heart )?monitoring",
    r"cardiotocograph",
)


@pytest.mark.parametrize("case", DELIVERED, ids=["born-in-car", "postpartum-bp"])
def test_no_delivery_planning_after_the_baby_is_born(
    reason: Reason, case: Case
) -> None:
    """ACOG PB 183 and 222; NICE NG121: once the baby is born the care is postpartum
    (third stage, haemorrhage, postpartum pre-eclampsia); no delivery planning,
    tocolysis, antenatal steroids or fetal monitoring."""
    out = reason(case)
    assert not any(
        O.mentions(o, ANTENATAL) or any(re.search(w, o.reason, re.I) for w in ANTENATAL)
        for o in O.orders(out)
    )


HYPEREMESIS = [
    make_case(
        "vomiting",
        age=26,
        sex="F",
        vitals=vitals(112, 104, 66, 18, 98),
        one_liner="26 y.o. woman at 9 weeks of pregnancy vomiting 15 times a day,"
        " unable to keep fluids down",
        ed_note="Dry mucous membranes. Weight loss 6 % of pre-pregnancy weight. Urine"
        " ketones 3+. Potassium 3.1. Assessment: hyperemesis gravidarum.",
        case_id="o17-hg",
    ),
]


@pytest.mark.parametrize("case", HYPEREMESIS, ids=["ketonuria-weight-loss"])
def test_hyperemesis_with_ketonuria_and_weight_loss_is_not_discharged(
    reason: Reason, case: Case
) -> None:
    """RCOG GTG 69 (2016): ketonuria with weight loss > 5 %, or oral intake that
    fails, is managed in hospital; ACOG PB 189: IV fluids for ketonuria."""
    out = reason(case)
    dispo = O.disposition(out)
    assert dispo.disposition != "Discharge"
    assert not re.search(r"(?i)^\s*discharge\s*:", dispo.rationale or "")


SEPTIC_ABORTION = [
    make_case(
        "abdominal pain",
        age=22,
        sex="F",
        vitals=vitals(132, 78, 42, 28, 95, 39.4),
        one_liner="22 y.o. woman with lower abdominal pain, fever and vaginal"
        " bleeding 4 days after a self-induced abortion at 9 weeks",
        ed_note="Positive pregnancy test. Uterine tenderness, foul purulent discharge."
        " Lactate 5. Assessment: septic abortion with septic shock.",
        case_id="o17-septic-abortion",
    ),
    make_case(
        "vaginal bleeding, fever",
        age=27,
        sex="F",
        vitals=vitals(126, 84, 50, 24, 96, 39.0),
        one_liner="27 y.o. woman with fever, pelvic pain and bleeding after an unsafe"
        " abortion last week",
        ed_note="hCG positive. Offensive discharge, tender uterus. Retained products of"
        " conception suspected.",
        case_id="o17-septic-abortion-unsafe",
    ),
]


@pytest.mark.parametrize("case", SEPTIC_ABORTION, ids=["self-induced", "unsafe"])
def test_no_ectopic_shock_treatment_or_fetal_monitoring_in_a_septic_abortion(
    reason: Reason, case: Case
) -> None:
    """ACOG PB 193 (ectopic: a pregnancy outside the uterus); Eschenbach 2015 (septic
    abortion: antibiotics and uterine evacuation): after an abortion no ruptured-
    ectopic consult or transfusion, and no fetal monitoring."""
    out = reason(case)
    assert not any(
        "ectopic" in (o.for_diagnosis or "").lower()
        and o.kind in ("consult", "procedure")
        for o in O.orders(out)
    )
    assert not O.ordered(out, r"fetal (?:heart )?monitoring", r"cardiotocograph")


CHOLECYSTITIS_IMAGED = [
    make_case(
        "RUQ pain",
        age=49,
        sex="F",
        vitals=vitals(102, 134, 82, 18, 98, 38.2),
        one_liner="49 y.o. woman with 24 hours of right upper quadrant pain and fever"
        " after a fatty meal",
        ed_note="Murphy sign positive. Bedside ultrasound shows acute cholecystitis"
        " with gallstones and pericholecystic fluid.",
        case_id="o17-us-cholecystitis",
    ),
    make_case(
        "abdominal pain",
        age=57,
        sex="M",
        vitals=vitals(98, 140, 86, 18, 97, 38.0),
        one_liner="57 y.o. man with constant right upper quadrant pain since yesterday",
        ed_note="RUQ tenderness. RUQ ultrasound shows acute cholecystitis: wall"
        " thickening and stones.",
        case_id="o17-us-shows",
    ),
]


@pytest.mark.parametrize("case", CHOLECYSTITIS_IMAGED, ids=["pericholecystic", "shows"])
def test_no_second_gallbladder_ultrasound_once_it_is_reported(
    reason: Reason, case: Case
) -> None:
    """TG18 acute cholecystitis (Yokoe M et al. J Hepatobiliary Pancreat Sci
    2018;25:41): ultrasound is the first imaging test; once it is reported the plan
    acts on it (antibiotics, surgeon) rather than ordering it again."""
    out = reason(case)
    assert not O.ordered(
        out, r"(?:right upper quadrant|ruq|gallbladder|biliary) ultraso"
    )

"""Triage scenarios (issue 10, tri10 s12): ESI decision point A from the handbook.

Written from the ESI v4 Implementation Handbook (Gilboy et al., AHRQ 2012/2020 ed.):
ch.3 Table 3-1 (immediate life-saving interventions), ch.3 "Examples of ESI level-1
patients", ch.6 Table 6-2 ("Examples of ESI level-1 conditions" in children), with AHA
ACLS/PALS 2020, WAO 2020 anaphylaxis and Brain Trauma Foundation 2016; never from
shared data rows. Each level-1 presentation is pinned by a case that must be ESI 1
and, where the criterion is narrowed, by a neighbouring case that must not be.
"""

from __future__ import annotations

import pytest

from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 82,
    "systolic_bp": 128,
    "diastolic_bp": 76,
    "respiratory_rate": 16,
    "spo2": 98,
    "temperature_c": 36.8,
}

# (id, triage text, age, vitals, source) -> ESI 1
LEVEL_ONE = [
    (
        "hypotension-pale-diaphoretic",
        "CHEST PAIN, PALE AND DIAPHORETIC",
        58,
        {**NORMAL, "heart_rate": 96, "systolic_bp": 84, "diastolic_bp": 50},
        "handbook ch.3 level-1 example (chest pain, pale, diaphoretic, BP 70/palp)",
    ),
    (
        "hypotension-cool-mottled",
        "ABDOMINAL PAIN, SKIN COOL AND MOTTLED",
        70,
        {**NORMAL, "heart_rate": 104, "systolic_bp": 86},
        "handbook ch.3 (hypotension with signs of hypoperfusion); ATLS 10th ed.",
    ),
    (
        "weak-and-dizzy-hr-34",
        "WEAK AND DIZZY SINCE THIS MORNING",
        77,
        {**NORMAL, "heart_rate": 34},
        "handbook ch.3 level-1 example (weak and dizzy, heart rate 30); ACLS 2020",
    ),
    (
        "anaphylaxis-hypotension",
        "BEE STING, HIVES ALL OVER, THROAT FEELS TIGHT",
        35,
        {**NORMAL, "heart_rate": 112, "systolic_bp": 84},
        "handbook Table 6-2 (anaphylaxis with reduced SBP); WAO 2020",
    ),
    (
        "anaphylaxis-stridor",
        "ATE PEANUTS, LIPS SWOLLEN, STRIDOR",
        9,
        {**NORMAL, "heart_rate": 120, "respiratory_rate": 28},
        "handbook Table 6-2 (anaphylaxis with respiratory compromise: stridor)",
    ),
    (
        "actively-seizing-child",
        "ACTIVELY SEIZING ON ARRIVAL",
        6,
        {},
        "handbook Table 6-2 (active seizures)",
    ),
    (
        "petechiae-altered",
        "FEVER, PETECHIAL RASH, CONFUSED",
        19,
        {**NORMAL, "heart_rate": 118, "temperature_c": 39.4},
        "handbook Table 6-2 (petechial rash with altered mental status)",
    ),
    (
        "opioid-rr-9",
        "HEROIN OVERDOSE, PINPOINT PUPILS",
        28,
        {**NORMAL, "respiratory_rate": 9, "spo2": 91},
        "handbook ch.3 level-1 example (overdose with RR 6); Table 3-1 naloxone",
    ),
    (
        "head-injury-unequal-pupils",
        "FELL DOWN STAIRS, HEAD INJURY, LETHARGIC, LEFT PUPIL DILATED",
        66,
        NORMAL,
        "handbook ch.3 (head bleed with unequal pupils); BTF 2016 herniation",
    ),
    (
        "spurting-arterial-bleeding",
        "LACERATION TO THIGH WITH SPURTING ARTERIAL BLEEDING",
        31,
        {**NORMAL, "heart_rate": 112},
        "handbook Table 3-1 (control of major bleeding); ATLS 10th ed.",
    ),
    (
        "cpap-by-ems",
        "EMS placed him on CPAP for pulmonary edema; he is breathing fast and"
        " speaking a few words at a time, history of heart failure.",
        74,
        {**NORMAL, "heart_rate": 118, "respiratory_rate": 32, "spo2": 93},
        "handbook Table 3-1 (emergent CPAP/BiPAP)",
    ),
    (
        "cyanotic-dyspnea",
        "SHORT OF BREATH, LIPS CYANOTIC",
        62,
        {**NORMAL, "respiratory_rate": 26, "spo2": 93},
        "handbook Table 6-2 (respiratory failure: cyanosis)",
    ),
    (
        "toddler-shock-mottled",
        "VOMITING AND DIARRHEA, MOTTLED, CAP REFILL 5 SECONDS",
        2,
        {"heart_rate": 182, "respiratory_rate": 38, "temperature_c": 37.9},
        "handbook Table 6-2 (shock: tachycardia, capillary refill > 3-4 s, mottled)",
    ),
    (
        "infant-bradycardia-lethargic",
        "LETHARGIC INFANT, POOR FEEDING",
        0,
        {"heart_rate": 52, "respiratory_rate": 24, "temperature_c": 36.2},
        "PALS 2020 bradycardia (HR < 60 with poor perfusion); Table 6-2",
    ),
    (
        "respiratory-distress-confused-tachypnoeic",
        "SHORTNESS OF BREATH, INCREASED WORK OF BREATHING, NOW CONFUSED",
        71,
        {**NORMAL, "respiratory_rate": 34, "spo2": 90},
        "handbook Table 6-2 (respiratory failure: decreased mental status)",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in LEVEL_ONE],
)
def test_life_saving_presentation_is_esi_1(
    reason: Reason, text: str, age: int, vitals: dict[str, float], source: str
) -> None:
    """A presentation the handbook puts at level 1 gets ESI 1."""
    out = reason(make_case(text, age=age, sex="Male", vitals=vitals))
    assert out.final.esi == 1, (source, out.final.esi)


# (id, triage text, age, vitals, expected ESI, source): the narrowed boundary.
NOT_LEVEL_ONE = [
    (
        "low-bp-warm-alert",
        "DIZZY WHEN STANDING UP",
        30,
        {**NORMAL, "heart_rate": 84, "systolic_bp": 88},
        2,
        "hypotension without signs of hypoperfusion: high risk, not level 1",
    ),
    (
        "hr-38-asymptomatic",
        "TWISTED ANKLE PLAYING TENNIS",
        70,
        {**NORMAL, "heart_rate": 38},
        None,
        "ACLS 2020: bradycardia without symptoms or poor perfusion needs no"
        " immediate therapy",
    ),
    (
        "hives-only",
        "HIVES AFTER STARTING A NEW ANTIBIOTIC",
        40,
        NORMAL,
        None,
        "WAO 2020: skin-only reaction is not anaphylaxis with compromise",
    ),
    (
        "seizure-resolved-postictal",
        "HAD A SEIZURE AT HOME, NOW AWAKE AND TALKING",
        30,
        NORMAL,
        None,
        "handbook: a resolved seizure is not an active seizure",
    ),
    (
        "febrile-pale-child",
        "FEVER AND COUGH, LOOKS PALE",
        4,
        {"heart_rate": 150, "respiratory_rate": 26, "temperature_c": 39.0},
        None,
        "Table 6-2 lists cool/mottled skin and capillary refill, not pallor",
    ),
    (
        "dyspnoea-confused-normal-vitals",
        "SHORTNESS OF BREATH, CONFUSED",
        80,
        NORMAL,
        2,
        "new confusion is ESI 2 (handbook ch.3); no respiratory compromise",
    ),
    (
        "fingertip-amputation",
        "FINGERTIP AMPUTATION WITH A TABLE SAW",
        45,
        NORMAL,
        None,
        "handbook Table 3-1: a fingertip is not major bleeding",
    ),
    (
        "home-cpap",
        "COUGH FOR 3 DAYS, USES CPAP AT NIGHT",
        55,
        NORMAL,
        None,
        "home CPAP for sleep apnoea is not an emergent intervention",
    ),
    (
        "opioid-rr-16",
        "TOOK EXTRA OXYCODONE, DROWSY",
        45,
        NORMAL,
        2,
        "overdose without respiratory depression: high risk (ch.3), not level 1",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "expected", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in NOT_LEVEL_ONE],
)
def test_neighbouring_presentation_is_not_esi_1(
    reason: Reason,
    text: str,
    age: int,
    vitals: dict[str, float],
    expected: int | None,
    source: str,
) -> None:
    """The neighbour of a level-1 presentation is not ESI 1 (and ESI 2 where pinned)."""
    out = reason(make_case(text, age=age, sex="Male", vitals=vitals))
    assert out.final.esi is not None and out.final.esi > 1, (source, out.final.esi)
    if expected is not None:
        assert out.final.esi == expected, (source, out.final.esi)


UNRESPONSIVE_NOW = [
    (
        "unconscious-on-arrival",
        "EMS brings in a man found down in a park; he remains unconscious, with"
        " snoring respirations and a strong odor of alcohol.",
        48,
        {},
        "handbook ch.3 level-1 example (unresponsive with a strong odor of alcohol)",
    ),
    (
        "moans-to-sternal-rub",
        "Nursing home resident brought in after a fall; she only moans to a sternal"
        " rub and her eyes stay closed.",
        86,
        {},
        "handbook ch.3 Table 3-3 (responds only to a noxious stimulus: level 1)",
    ),
    (
        "no-response-to-pain",
        "Teenager who fell from a tree, does not respond to painful stimuli.",
        14,
        {},
        "handbook ch.3 level-1 example (child unresponsive to painful stimuli)",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in UNRESPONSIVE_NOW],
)
def test_unresponsive_now_is_esi_1(
    reason: Reason, text: str, age: int, vitals: dict[str, float], source: str
) -> None:
    """Unresponsive now (AVPU P/U), however it is worded, is ESI 1."""
    out = reason(make_case(text, age=age, sex="Male", vitals=vitals))
    assert out.final.esi == 1, (source, out.final.esi)


def test_knocked_out_earlier_is_not_esi_1(reason: Reason) -> None:
    """A transient loss of consciousness in the history is high risk, not level 1."""
    text = (
        "Hockey player who was knocked out for a few seconds during a game; now awake,"
        " alert and answering questions, headache."
    )
    out = reason(make_case(text, age=19, sex="Male", vitals=NORMAL))
    assert out.final.esi is not None and out.final.esi > 1, out.final.esi


# Decision point B: new confusion, lethargy or disorientation, as families word it.
NEW_CONFUSION = [
    (
        "not-acting-like-himself",
        "His daughter says he has not been acting like himself since yesterday and"
        " does not know where he is.",
        81,
        "handbook ch.3 (new onset confusion/disorientation: level 2)",
    ),
    (
        "hard-to-wake",
        "Mother says her son has been hard to wake up since his nap and is more"
        " sleepy than usual after a cold.",
        7,
        "handbook ch.3 (new lethargy: level 2)",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in NEW_CONFUSION],
)
def test_new_confusion_in_family_words_is_esi_2(
    reason: Reason, text: str, age: int, source: str
) -> None:
    """A family's wording of a new change in mentation is ESI <= 2."""
    out = reason(make_case(text, age=age, sex="Male", vitals=NORMAL))
    assert out.final.esi is not None and out.final.esi <= 2, (source, out.final.esi)


def test_fever_with_neck_stiffness_is_esi_2(reason: Reason) -> None:
    """Fever with neck stiffness is possible meningitis (IDSA 2004): ESI <= 2."""
    vitals = {**NORMAL, "temperature_c": 38.9, "heart_rate": 98}
    out = reason(make_case("FEVER, STIFF NECK", age=20, sex="Female", vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


FEVER_INFANT = {"heart_rate": 150, "respiratory_rate": 34, "temperature_c": 38.6}


def test_febrile_infant_of_unknown_days_stays_esi_2(reason: Reason) -> None:
    """An infant whose age in days is unknown may be <= 28 days: ESI 2 (AAP 2021)."""
    out = reason(make_case("FEVER", age=0, sex="Female", vitals=FEVER_INFANT))
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_febrile_three_week_old_is_esi_2(reason: Reason) -> None:
    """A febrile 3-week-old is ESI 2 (handbook ch.6; AAP 2021)."""
    case = make_case("3-week-old with fever since this morning", vitals=FEVER_INFANT)
    out = reason(case)
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_febrile_ten_month_old_is_not_esi_2_by_age_alone(reason: Reason) -> None:
    """From 3 months fever alone is judged by resources (handbook ch.6): not ESI 2."""
    case = make_case(
        "10-month-old with fever and runny nose, drinking well, wet diapers",
        vitals=FEVER_INFANT,
    )
    out = reason(case)
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi


# Decision point B: high-risk situations from guidelines, each with its neighbour.
# (id, triage text, age, sex, vitals, source) -> ESI <= 2
HIGH_RISK_B = [
    (
        "bleeding-at-32-weeks",
        "32 WEEKS PREGNANT WITH VAGINAL BLEEDING",
        27,
        "Female",
        NORMAL,
        "AWHONN MFTI 2015; ACOG 2019 (bleeding >= 20 weeks: abruption/previa)",
    ),
    (
        "metal-fragment-in-eye",
        "METAL FRAGMENT FLEW INTO RIGHT EYE WHILE GRINDING, VISION DECREASED",
        40,
        "Male",
        NORMAL,
        "AAO/ACEP: high-velocity eye injury is an open globe until proven otherwise",
    ),
    (
        "high-voltage-injury",
        "ELECTRICAL INJURY FROM A HIGH VOLTAGE LINE AT WORK",
        35,
        "Male",
        NORMAL,
        "American Burn Association 2018 (electrical injury: ECG, monitoring)",
    ),
    (
        "carbon-monoxide-household",
        "HEADACHE AND NAUSEA, WHOLE FAMILY SICK, GAS HEATER RUNNING ALL NIGHT",
        40,
        "Female",
        NORMAL,
        "ACEP clinical policy: carbon monoxide poisoning 2017",
    ),
    (
        "toddler-swallowed-pills",
        "CHILD SWALLOWED GRANDMOTHER'S PILLS",
        2,
        "Male",
        {"heart_rate": 110, "respiratory_rate": 24, "temperature_c": 36.8},
        "AAPCC 'one pill can kill'; ESI handbook ch.3 (overdose)",
    ),
    (
        "hypothermia-33",
        "FOUND OUTSIDE IN THE SNOW, SHIVERING",
        60,
        "Male",
        {**NORMAL, "temperature_c": 33.5},
        "Wilderness Medical Society 2019 (accidental hypothermia < 35 C)",
    ),
    (
        "agitated-threatening",
        "AGITATED, HALLUCINATING, THREATENING STAFF",
        30,
        "Male",
        NORMAL,
        "ESI handbook ch.3 (danger to self or others)",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "sex", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in HIGH_RISK_B],
)
def test_guideline_high_risk_situation_is_esi_2(
    reason: Reason,
    text: str,
    age: int,
    sex: str,
    vitals: dict[str, float],
    source: str,
) -> None:
    """A high-risk situation named by a guideline is ESI <= 2."""
    out = reason(make_case(text, age=age, sex=sex, vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= 2, (source, out.final.esi)


# Their neighbours, which the same rule must leave to decision points C/D (ESI >= 3).
NOT_HIGH_RISK_B = [
    (
        "spotting-at-8-weeks-no-pain",
        "8 WEEKS PREGNANT WITH LIGHT SPOTTING, NO PAIN",
        27,
        "Female",
        NORMAL,
        "ACEP early pregnancy 2017: stable painless bleeding is judged by resources",
    ),
    (
        "itchy-red-eye",
        "RED ITCHY EYES FOR 2 DAYS",
        30,
        "Female",
        NORMAL,
        "conjunctivitis: no mechanism of open globe",
    ),
    (
        "cut-above-eye-from-glass",
        "LACERATION ABOVE LEFT EYE FROM BROKEN GLASS",
        30,
        "Male",
        NORMAL,
        "a brow laceration is not an open globe (laceration repair: ESI 4)",
    ),
    (
        "sugar-out-of-control",
        "BLOOD SUGAR OUT OF CONTROL, THIRSTY",
        50,
        "Female",
        NORMAL,
        "'out of control' is not danger to others",
    ),
    (
        "paint-fumes-nausea",
        "NAUSEA AFTER PAINTING, SMELLED FUMES",
        35,
        "Female",
        NORMAL,
        "ACEP 2017 CO policy: a combustion source, not solvent fumes",
    ),
    (
        "bleeding-gums-at-24-weeks",
        "24 WEEKS PREGNANT, GUMS BLEEDING WHEN BRUSHING",
        29,
        "Female",
        NORMAL,
        "MFTI 2015: the high-risk bleeding in late pregnancy is vaginal",
    ),
    (
        "violent-coughing",
        "VIOLENT COUGHING FITS FOR 3 DAYS",
        30,
        "Female",
        NORMAL,
        "'violent' coughing is not a violent patient",
    ),
    (
        "phone-charger-tingle",
        "SMALL SHOCK FROM A PHONE CHARGER, TINGLING FINGER",
        25,
        "Female",
        NORMAL,
        "ABA 2018: asymptomatic low-voltage household shock",
    ),
    (
        "adult-took-pills-late",
        "TOOK MY BLOOD PRESSURE PILLS LATE, KNEE PAIN",
        45,
        "Male",
        NORMAL,
        "an adult's own dose is not a paediatric toxic ingestion",
    ),
    (
        "cool-not-hypothermic",
        "TWISTED ANKLE ON THE ICE",
        40,
        "Male",
        {**NORMAL, "temperature_c": 35.6},
        "WMS 2019: >= 35 C is not hypothermia",
    ),
    (
        "hallucinations-calm",
        "HEARING VOICES, CALM AND COOPERATIVE, WANTS MEDICATION REFILL",
        35,
        "Male",
        NORMAL,
        "handbook ch.3: the criterion is danger to self or others",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "sex", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in NOT_HIGH_RISK_B],
)
def test_neighbour_of_a_high_risk_situation_is_not_esi_2(
    reason: Reason,
    text: str,
    age: int,
    sex: str,
    vitals: dict[str, float],
    source: str,
) -> None:
    """The neighbouring presentation is not made high risk by the same rule."""
    out = reason(make_case(text, age=age, sex=sex, vitals=vitals))
    assert out.final.esi is not None and out.final.esi >= 3, (source, out.final.esi)


# More level-1 presentations as they are worded at triage.
LEVEL_ONE_WORDED = [
    (
        "confused-bs-35",
        "CONFUSED, BS 35",
        60,
        NORMAL,
        "handbook ch.3 level-1 example (hypoglycaemia with a change in mental status)",
    ),
    (
        "lethargic-glucometer-low",
        "Lethargic diabetic, glucometer reads LOW",
        50,
        NORMAL,
        "handbook ch.3; ADA 2023 level 3 hypoglycaemia",
    ),
    (
        "too-breathless-to-speak",
        "Asthmatic too short of breath to speak, sitting forward, wheezing",
        30,
        {**NORMAL, "respiratory_rate": 34, "spo2": 93, "heart_rate": 128},
        "handbook ch.3 (severe respiratory distress); BTS/SIGN 2019",
    ),
    (
        "burn-40-percent",
        "House fire, burns over 40% of his body including face",
        40,
        {**NORMAL, "heart_rate": 120},
        "ABA 2018 / ATLS: >= 20 % TBSA needs fluid resuscitation (Table 3-1)",
    ),
    (
        "gunshot-pale-cold-tachycardic",
        "Shot in the abdomen, pale and cold",
        25,
        {"heart_rate": 130},
        "ATLS 10th ed. class III shock; handbook ch.3 (trauma needing resuscitation)",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in LEVEL_ONE_WORDED],
)
def test_level_one_as_worded_is_esi_1(
    reason: Reason, text: str, age: int, vitals: dict[str, float], source: str
) -> None:
    """A level-1 presentation worded as nurses write it is ESI 1."""
    out = reason(make_case(text, age=age, sex="Male", vitals=vitals))
    assert out.final.esi == 1, (source, out.final.esi)


NOT_LEVEL_ONE_WORDED = [
    (
        "low-sugar-alert",
        "DIABETIC, BS 48, FEELS SHAKY, ALERT AND TALKING",
        50,
        NORMAL,
        "ADA 2023: hypoglycaemia without altered mentation takes oral glucose",
    ),
    (
        "small-scald",
        "SCALD TO FOREARM FROM HOT WATER, ABOUT 5% TBSA",
        30,
        NORMAL,
        "ABA 2018: a small partial-thickness burn needs no fluid resuscitation",
    ),
    (
        "profuse-nosebleed-stable",
        "PROFUSE NOSEBLEED FOR 20 MINUTES",
        40,
        NORMAL,
        "ACEP/AAO-HNS 2020 epistaxis: judged by perfusion, not by the word",
    ),
    (
        "gasping-for-air-anxious",
        "ANXIOUS, GASPING FOR AIR, TINGLING HANDS",
        24,
        {**NORMAL, "respiratory_rate": 26},
        "handbook: gasping-type (agonal) respirations, not a word for dyspnoea",
    ),
    (
        "dyspnoea-full-sentences",
        "SHORT OF BREATH, SPEAKING IN FULL SENTENCES",
        45,
        {**NORMAL, "respiratory_rate": 22},
        "BTS/SIGN 2019: full sentences is not severe distress",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in NOT_LEVEL_ONE_WORDED],
)
def test_neighbour_as_worded_is_not_esi_1(
    reason: Reason, text: str, age: int, vitals: dict[str, float], source: str
) -> None:
    """The neighbouring wording is not level 1."""
    out = reason(make_case(text, age=age, sex="Male", vitals=vitals))
    assert out.final.esi is not None and out.final.esi > 1, (source, out.final.esi)

"""Triage scenarios (issue 10, tri13): how high-acuity presentations were missed.

Each case pins one *mechanism* by which a level-1 or level-2 presentation was
under-triaged, written from the ESI v4 Implementation Handbook (Gilboy et al., AHRQ
2012/2020 ed.: ch.3 level 1, ch.4 high-risk situations, ch.6 paediatrics), CTAS 2016
modifiers (Bullard MJ et al. CJEM 2017) and the guideline named in each row; never
from shared data rows. Every ESI <= 2 case failed on main before this session's
change; each neighbour row pins what must *not* be uptriaged by the same change.
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

# (id, triage text, age, vitals, expected most-urgent-allowed ESI, guideline)
MISSED = [
    # Mechanism 1: a negation or history cue anywhere in a narrative clause hid the
    # whole clause, so the current illness after "no past history" was never read
    # (NegEx/ConText scope: Chapman 2001, Harkema 2009).
    (
        "no-history-then-stroke-signs",
        "A 67-year-old man with no significant past history says he suddenly could"
        " not move his right arm 40 minutes ago and his speech is slurred.",
        67,
        NORMAL,
        2,
        "AHA/ASA 2019 acute ischaemic stroke; ESI handbook ch.4",
    ),
    (
        "no-migraine-history-then-thunderclap",
        "A 45-year-old woman, no history of migraine, reports the worst headache of"
        " her life that began while lifting weights.",
        45,
        NORMAL,
        2,
        "ACEP clinical policy acute headache 2019; ESI handbook ch.4",
    ),
    (
        "no-prior-history-list-then-deficit",
        "A 63-year-old woman with no prior history, left arm numbness and facial"
        " droop since 8 am.",
        63,
        NORMAL,
        2,
        "AHA/ASA 2019 (BE-FAST)",
    ),
    (
        "history-cue-then-present-illness",
        "A 65-year-old woman with a history of atrial fibrillation has sudden severe"
        " abdominal pain out of proportion to the exam.",
        65,
        NORMAL,
        2,
        "ESI handbook ch.3 severe pain/distress; ESVS 2017 acute mesenteric ischaemia",
    ),
    (
        "found-unresponsive-after-no-known-problems",
        "A 45-year-old man, no known medical problems, was found unresponsive on the"
        " floor.",
        45,
        NORMAL,
        1,
        "ESI handbook Table 3-3 (unresponsive: level 1)",
    ),
    (
        "only-responds-to-pain-word-order",
        "A 50-year-old woman with a sudden severe headache, now only responds to pain.",
        50,
        NORMAL,
        1,
        "ESI handbook Table 3-3 (AVPU P: level 1)",
    ),
    # Mechanism 2: a wording of the presentation the patterns did not know.
    (
        "sudden-lost-vision",
        "A 45-year-old woman suddenly lost vision in her right eye an hour ago;"
        " painless.",
        45,
        NORMAL,
        2,
        "ESI handbook Table 3-1 (sudden loss of vision); AHA/ASA 2019 BE-FAST",
    ),
    (
        "amenorrhoea-by-lmp-with-lightheadedness",
        "A 28-year-old woman has lower abdominal pain; her last menstrual period was"
        " 7 weeks ago and she feels lightheaded.",
        28,
        NORMAL,
        2,
        "ACEP clinical policy early pregnancy 2017 (possible ectopic pregnancy)",
    ),
    (
        "throat-feels-tight-after-allergen",
        "A 29-year-old with a history of anaphylaxis to peanuts ate a cookie and now"
        " her throat feels tight.",
        29,
        NORMAL,
        2,
        "WAO 2020 anaphylaxis; ESI handbook ch.4 (airway compromise)",
    ),
    (
        "fall-15-feet",
        "A 39-year-old roofer fell 15 feet from a ladder onto his back.",
        39,
        NORMAL,
        2,
        "CDC/ACS-COT field triage 2021 (fall > 10 feet); ESI handbook ch.4",
    ),
    (
        "command-hallucinations-to-kill",
        "A 34-year-old man says he hears voices telling him to kill his neighbour.",
        34,
        NORMAL,
        2,
        "ESI handbook ch.4 (danger to others); AAEP Project BETA 2012",
    ),
    (
        "child-swallowed-grandmothers-pills",
        "A 15-month-old swallowed several of her grandmother's pills an hour ago;"
        " she is playful.",
        1,
        NORMAL,
        2,
        "AAPCC 'one pill can kill' (Bar-Oz 2004); ESI handbook ch.4 (overdose)",
    ),
    (
        "unknown-quantity-ingestion",
        "A 27-year-old woman took an unknown amount of her mother's amitriptyline.",
        27,
        NORMAL,
        2,
        "ESI handbook ch.4 (overdose); AAPCC referral guidelines",
    ),
    # Mechanism 3: a high-risk situation with no pattern at all.
    (
        "increased-work-of-breathing-asthma",
        "A 33-year-old asthmatic is speaking in short phrases and using accessory"
        " muscles.",
        33,
        {**NORMAL, "respiratory_rate": 30, "spo2": 93},
        2,
        "CTAS 2016 respiratory distress (moderate: level 2); BTS/SIGN asthma 2019",
    ),
    (
        "fever-non-blanching-rash-child",
        "A 6-year-old with fever and a purple rash that does not blanch.",
        6,
        {**NORMAL, "temperature_c": 39.4, "heart_rate": 130},
        2,
        "NICE NG240 2024 meningococcal disease; ESI handbook ch.6",
    ),
    (
        "hyperglycaemic-crisis",
        "A 55-year-old diabetic man says his blood sugar has been over 500 since"
        " yesterday; he is vomiting and breathing fast.",
        55,
        {**NORMAL, "respiratory_rate": 26, "heart_rate": 112},
        2,
        "ADA hyperglycaemic crises (Kitabchi 2009); CTAS 2016 glucose modifier",
    ),
    (
        "glucometer-hi-vomiting",
        "A 19-year-old woman with type 1 diabetes has been vomiting all day; her"
        " glucometer reads HI.",
        19,
        NORMAL,
        2,
        "ADA hyperglycaemic crises (Kitabchi 2009)",
    ),
    (
        "anginal-equivalent-diaphoresis",
        "A 59-year-old man complains of indigestion and sweating since lunch.",
        59,
        NORMAL,
        2,
        "AHA/ACC 2021 chest pain guideline (anginal equivalents); ESI handbook ch.4",
    ),
    (
        "tearing-interscapular-pain",
        "A 50-year-old man had a sudden tearing pain between his shoulder blades.",
        50,
        NORMAL,
        2,
        "AHA/ACC 2022 aortic disease (ADD-RS); CTAS 2016 ripping/tearing pain",
    ),
    (
        "submersion-with-cough",
        "A 2-year-old fell into a pool and was pulled out by his father; he is now"
        " crying and coughing.",
        2,
        NORMAL,
        2,
        "Wilderness Medical Society 2019 drowning guideline",
    ),
    (
        "postpartum-headache-vision",
        "A 31-year-old woman who delivered a baby five days ago now has a severe"
        " headache and blurred vision.",
        31,
        {**NORMAL, "systolic_bp": 164, "diastolic_bp": 106},
        2,
        "ACOG Practice Bulletin 222 (2020): postpartum pre-eclampsia",
    ),
    # Mechanism 4 (paediatric and obstetric, ESI handbook ch.6; AWHONN MFTI 2015).
    (
        "pat-abnormal-appearance",
        "A 10-month-old is inconsolable and has a weak, high-pitched cry.",
        0,
        {**NORMAL, "heart_rate": 150, "temperature_c": 37.2},
        2,
        "ESI handbook ch.6 paediatric assessment triangle (Dieckmann 2010 TICLS)",
    ),
    (
        "pat-not-interacting",
        "A 3-year-old is listless, not interacting and has poor eye contact"
        " according to his mother.",
        3,
        {**NORMAL, "heart_rate": 140},
        2,
        "ESI handbook ch.6 paediatric assessment triangle",
    ),
    (
        "infant-bilious-vomiting",
        "A 6-week-old baby has been vomiting green (bilious) fluid since this morning.",
        0,
        {**NORMAL, "heart_rate": 160},
        2,
        "APSA / Nelson 21st ed. (malrotation with volvulus until proven otherwise)",
    ),
    (
        "sickle-cell-fever-by-vitals",
        "A 4-year-old boy with sickle cell disease has a temperature of 39.1.",
        4,
        {**NORMAL, "temperature_c": 39.1, "heart_rate": 130},
        2,
        "NHLBI 2014 sickle cell disease expert panel (fever >= 38.5 C)",
    ),
    (
        "steroid-immunosuppressed-fever",
        "A 56-year-old woman with lupus on prednisone has a fever and chills.",
        56,
        {**NORMAL, "temperature_c": 38.7},
        2,
        "ESI handbook ch.4 (fever in an immunocompromised patient); IDSA 2018",
    ),
    (
        "decreased-fetal-movement-36-weeks",
        "A 30-year-old woman is 36 weeks pregnant and says the baby has not moved"
        " since yesterday.",
        30,
        NORMAL,
        2,
        "AWHONN Maternal-Fetal Triage Index 2015 (decreased fetal movement)",
    ),
    (
        "term-ruptured-membranes-cord",
        "A 33-year-old woman, 38 weeks pregnant, says her water broke and she can"
        " feel the cord.",
        33,
        NORMAL,
        2,
        "AWHONN MFTI 2015 (cord prolapse); ACOG 2020",
    ),
    (
        "post-caesarean-calf-swelling-dyspnoea",
        "A 34-year-old woman 3 days after a cesarean section has calf swelling and"
        " is short of breath.",
        34,
        {**NORMAL, "heart_rate": 110},
        2,
        "ACOG 222 (postpartum); AHA 2019 peripartum cardiomyopathy; RCOG GTG 37b",
    ),
    # Mechanism 5: adult high-risk situations with no pattern.
    (
        "exertional-syncope",
        "A 25-year-old man collapsed while playing basketball and briefly lost"
        " consciousness; he is now alert.",
        25,
        NORMAL,
        2,
        "ACC/AHA/HRS 2017 syncope guideline (syncope during exertion)",
    ),
    (
        "vertigo-cannot-walk",
        "A 52-year-old man had a sudden onset of vertigo, vomiting and cannot walk"
        " without falling.",
        52,
        NORMAL,
        2,
        "ACEP GRACE-3 2023 (inability to walk in acute vestibular syndrome)",
    ),
    (
        "angle-closure-glaucoma",
        "A 47-year-old woman has sudden severe eye pain, blurred vision, halos"
        " around lights and vomiting.",
        47,
        NORMAL,
        2,
        "AAO PPP primary angle-closure disease 2020",
    ),
    (
        "status-epilepticus-without-recovery",
        "A 23-year-old with a known seizure disorder has had three seizures in the"
        " last hour without waking up in between.",
        23,
        NORMAL,
        1,
        "AES 2016 status epilepticus (Glauser); ESI handbook Table 6-2",
    ),
    (
        "rattlesnake-bite-spreading-swelling",
        "A 40-year-old man bitten by a rattlesnake on the hand 30 minutes ago;"
        " swelling is spreading.",
        40,
        NORMAL,
        2,
        "Lavonas 2011 pit viper envenomation algorithm",
    ),
    (
        "compartment-syndrome-passive-stretch",
        "A 30-year-old man has a swollen, tense, painful forearm after a crush"
        " injury; pain is worse with passive finger movement.",
        30,
        NORMAL,
        2,
        "BOAST 2016 acute compartment syndrome",
    ),
    (
        "alert-hypoglycaemia-42",
        "A 22-year-old man with type 1 diabetes is shaky and sweaty, fingerstick 42.",
        22,
        NORMAL,
        2,
        "ADA Standards of Care 2023 (level 2 hypoglycaemia < 54 mg/dL)",
    ),
    (
        "news2-seven-febrile",
        "fever",
        60,
        {
            **NORMAL,
            "temperature_c": 39.2,
            "heart_rate": 118,
            "respiratory_rate": 24,
            "spo2": 95,
        },
        2,
        "RCP NEWS2 2017 (aggregate >= 7: emergency response); ESI handbook ch.4",
    ),
]

# (id, triage text, age, vitals, most urgent ESI allowed, guideline)
NOT_UPTRIAGED = [
    (
        "negated-stroke-list-stays-negated",
        "A 30-year-old woman twisted her ankle stepping off a curb; she denies"
        " weakness, numbness, or slurred speech.",
        30,
        NORMAL,
        3,
        "ESI handbook ch.5 (ankle injury: resources decide)",
    ),
    (
        "relative-stroke-is-family-history",
        "A 40-year-old man asks for a blood pressure check because his father had a"
        " stroke last week.",
        40,
        NORMAL,
        3,
        "ConText family history (Harkema 2009)",
    ),
    (
        "remote-history-only",
        "A 52-year-old woman had a stroke two years ago and needs a prescription"
        " refill.",
        52,
        NORMAL,
        3,
        "ConText historical cue (Harkema 2009)",
    ),
    (
        "found-down-now-awake-not-level-1",
        "A 35-year-old man was found unresponsive after drinking but is now awake and"
        " talking.",
        35,
        NORMAL,
        2,
        "ESI handbook Table 3-3 (level 1 is unresponsive *now*)",
    ),
    (
        "exercise-without-syncope",
        "A 28-year-old woman twisted her knee while playing basketball; she can"
        " walk on it.",
        28,
        NORMAL,
        3,
        "ESI handbook ch.5 (knee injury: resources decide)",
    ),
    (
        "adult-bilious-vomiting-not-malrotation-rule",
        "A 30-year-old man has been vomiting green bile after drinking last night.",
        30,
        NORMAL,
        3,
        "malrotation rule is for young children only (Nelson 21st ed.)",
    ),
    (
        "normal-glucose-not-hypoglycaemia",
        "A 40-year-old man with diabetes wants a refill; fingerstick 112.",
        40,
        NORMAL,
        3,
        "ADA 2023 (112 mg/dL is normal)",
    ),
    (
        "news2-below-seven",
        "fever",
        30,
        {**NORMAL, "temperature_c": 38.6, "heart_rate": 104},
        3,
        "RCP NEWS2 2017 (aggregate 2: routine)",
    ),
]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "most", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in MISSED],
)
def test_missed_high_acuity_is_caught(
    reason: Reason,
    text: str,
    age: int,
    vitals: dict[str, float],
    most: int,
    source: str,
) -> None:
    out = reason(make_case(text, age=age, vitals=vitals))
    assert out.final.esi is not None and out.final.esi <= most, (source, out.final)


@pytest.mark.parametrize(
    ("text", "age", "vitals", "least", "source"),
    [pytest.param(*row[1:], id=row[0]) for row in NOT_UPTRIAGED],
)
def test_neighbour_not_uptriaged(
    reason: Reason,
    text: str,
    age: int,
    vitals: dict[str, float],
    least: int,
    source: str,
) -> None:
    out = reason(make_case(text, age=age, vitals=vitals))
    assert out.final.esi is not None and out.final.esi >= least, (source, out.final)

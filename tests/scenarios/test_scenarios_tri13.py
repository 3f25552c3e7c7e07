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

"""KTAS: a fever beside the complaint graded by the temperature modifier; gum bleeding.

Sources: Bullard MJ et al. Revisions to the CTAS guidelines 2016 (CJEM 2017:
second-order modifiers are defined for their own complaints) and the CTAS National
Working Group adult first-order modifier card, as KTAS adapts them (Park J, Lim T.
J Korean Soc Emerg Med 2017). Temperature modifier: a fever with immunosuppression
or looking septic (3 SIRS criteria, or unstable signs) is level 2, looking unwell
(2 SIRS criteria) 3, appearing well 4. Pain modifier: central (head, chest, abdomen,
an organ) acute moderate 4-7 is 3; peripheral (the axial skeleton, limbs, teeth)
moderate 4, mild 5. Bleeding-disorder modifier: an anticoagulated patient with a
minor or moderate bleed (nose, mouth) is 3. The CEDIS list (Grafstein CJEM 2008)
puts gum bleeding under 'Dental / gum problem', not GI bleeding. The ESI v4
handbook keeps its own level 2 for a fever with a high-risk complaint (ch.4), and
the danger that comes with the fever (meningism, immunosuppression, injection drug
use) stays level 2 on every scale (IDSA 2004 bacterial meningitis; AHA 2015
infective endocarditis).

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, vitals


def test_febrile_headache_looking_well_is_graded_by_pain_and_temperature(
    reason: Reason,
) -> None:
    # A cold with fever and a moderate headache, neck supple: central moderate pain 3,
    # fever appearing well 4 (one SIRS criterion); ESI keeps its level 2.
    out = ktas_walk_in(
        reason,
        "headache",
        vitals(86, 124, 76, 16, 99, t=38.3),
        age=29,
        pain=5,
        case_id="ktas31-fever-headache",
        one_liner="29-year-old woman, runny nose, sore throat and fever since"
        " yesterday, headache, neck supple, no rash",
    )
    assert out.final.site_level == 3
    assert out.final.esi is not None and out.final.esi <= 2


def test_back_strain_with_a_cold_is_not_level_2(reason: Reason) -> None:
    # Mechanical low back pain after lifting, a viral cold with fever, no neurological
    # sign, no injection drug use: axial moderate pain 4, fever appearing well 4.
    out = ktas_walk_in(
        reason,
        "back pain",
        vitals(84, 130, 80, 16, 98, t=38.1),
        age=44,
        pain=6,
        case_id="ktas31-fever-back",
        one_liner="44-year-old man, low back pain after lifting a sofa, also a cold"
        " with fever, no leg weakness, no urinary retention",
    )
    assert out.final.site_level is not None and out.final.site_level >= 4


def test_gingival_bleeding_is_a_dental_complaint(reason: Reason) -> None:
    # Gums bleeding on brushing, no anticoagulant, normal vital signs: no first-order
    # modifier (peripheral mild pain 5); not the GI-bleeding complaint's level 3.
    out = ktas_walk_in(
        reason,
        "gingival bleeding",
        vitals(76, 122, 74, 14, 99),
        age=31,
        pain=1,
        case_id="ktas31-gums",
    )
    assert out.final.site_level is not None and out.final.site_level >= 4


def test_febrile_headache_with_neck_stiffness_stays_level_2(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "headache",
        vitals(98, 126, 78, 18, 98, t=38.6),
        age=24,
        pain=7,
        case_id="ktas31-meningism",
        one_liner="24-year-old, headache and fever, stiff neck, light hurts her eyes",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_fever_worded_without_a_temperature_stays_level_2(reason: Reason) -> None:
    # No temperature recorded: the modifier cannot grade the fever (in doubt, urgent).
    v = vitals(88, 128, 78, 16, 99)
    del v["temperature_c"]
    out = ktas_walk_in(
        reason,
        "headache",
        v,
        age=36,
        pain=5,
        case_id="ktas31-fever-no-temp",
        one_liner="36-year-old, headache with fever and chills at home",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_back_pain_with_fever_in_an_injecting_drug_user_stays_level_2(
    reason: Reason,
) -> None:
    out = ktas_walk_in(
        reason,
        "back pain",
        vitals(96, 124, 76, 18, 98, t=38.4),
        age=33,
        pain=6,
        case_id="ktas31-fever-ivdu",
        one_liner="33-year-old who injects heroin, mid back pain and fever for 3 days",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_febrile_headache_looking_septic_stays_level_2(reason: Reason) -> None:
    # Three SIRS criteria (temperature, HR > 90, RR > 20): looks septic, level 2.
    out = ktas_walk_in(
        reason,
        "headache",
        vitals(118, 112, 64, 24, 97, t=39.4),
        age=52,
        pain=5,
        case_id="ktas31-fever-sirs",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_febrile_headache_on_chemotherapy_stays_level_2(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "headache",
        vitals(90, 120, 74, 16, 98, t=38.2),
        age=58,
        pain=4,
        case_id="ktas31-fever-chemo",
        one_liner="58-year-old on chemotherapy for lymphoma, fever and headache today",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_gum_bleeding_on_warfarin_is_at_least_level_3(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "gingival bleeding",
        vitals(82, 134, 80, 16, 98),
        age=71,
        pain=1,
        case_id="ktas31-gums-warfarin",
        one_liner="71-year-old on warfarin for AF, gums oozing since this morning",
    )
    assert out.final.site_level is not None and out.final.site_level <= 3

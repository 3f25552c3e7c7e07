"""Complaints the triage could not name: CEDIS complaints the KB lacked, empty ones.

Sources: Grafstein E et al. Canadian Emergency Department Information System (CEDIS)
presenting complaint list. CJEM 2008;10:151 ('Lab tests / abnormal lab values' in the
general group); Bullard MJ et al. Revisions to the CTAS
guidelines 2016. CJEM 2017;19 Suppl 2:S18 (the first-order modifiers, vital signs,
consciousness, temperature and pain, apply to every complaint; an acute complaint no
modifier raises is less urgent, level 4), as KTAS adapts them (Park J, Lim T. J Korean
Soc Emerg Med 2017); ESI v4 Implementation Handbook ch.4-5 (high risk; resources:
labs 1, a procedure 1, IV medication 1); Biggins SW et al. AASLD 2021 ascites guidance
(Hepatology 2021;74:1014: a paracentesis with ascitic cell count in every patient with
ascites seen in the ED); ESC 2023 ACS guideline (a raised troponin is an ACS until shown
otherwise).

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios.conftest import Reason, vitals


def test_abnormal_blood_results_in_a_well_adult_are_not_level_3(reason: Reason) -> None:
    # CEDIS 'Lab tests / abnormal lab values' with no first-order modifier: 4.
    out = ktas_walk_in(
        reason,
        "abnormal blood work",
        vitals(72, 132, 78, 14, 98),
        age=58,
        case_id="complaint31-labs",
    )
    assert out.final.site_level is not None and out.final.site_level >= 4


def test_an_abnormal_result_with_borderline_perfusion_stays_urgent(
    reason: Reason,
) -> None:
    # The vital-sign modifier still binds: SBP 96 with HR 106 is at the ends of normal.
    out = ktas_walk_in(
        reason,
        "abnormal blood test",
        vitals(106, 96, 60, 18, 97),
        age=81,
        case_id="complaint31-low-hb",
    )
    assert out.final.site_level is not None and out.final.site_level <= 3


def test_a_raised_troponin_sent_in_is_high_risk(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "abnormal labs",
        vitals(82, 136, 80, 16, 98),
        age=68,
        case_id="complaint31-troponin",
        one_liner="sent in by his GP: troponin elevated on a blood test done for"
        " tiredness",
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_ascites_for_tapping_counts_the_tap(
    reason: Reason,
) -> None:
    # ESI: the paracentesis and the ascitic fluid count are two resources (3), not the
    # one resource of a mild abdominal pain.
    out = ktas_walk_in(
        reason,
        "ascites tapping",
        vitals(84, 124, 72, 16, 98),
        age=61,
        pain=2,
        case_id="complaint31-ascites",
        one_liner="known cirrhosis with ascites, abdomen tense, here for a tap",
    )
    assert out.final.esi == 3


def test_febrile_ascites_stays_urgent(reason: Reason) -> None:
    # Fever and moderate abdominal pain in cirrhosis (spontaneous bacterial peritonitis
    # until tapped): temperature (2 SIRS criteria) and central moderate pain: 3 or more
    # urgent.
    out = ktas_walk_in(
        reason,
        "paracentesis",
        vitals(106, 118, 70, 18, 97, t=38.5),
        age=57,
        pain=5,
        case_id="complaint31-febrile-ascites",
        one_liner="cirrhosis with ascites, belly pain and fever since yesterday",
    )
    assert out.final.site_level is not None and out.final.site_level <= 3


def test_an_empty_complaint_with_normal_signs_is_graded_by_the_first_order_modifiers(
    reason: Reason,
) -> None:
    # Nothing recorded but the vital signs, all normal, alert: the first-order
    # modifiers apply to every complaint and none is raised: 4.
    out = ktas_walk_in(
        reason,
        "",
        vitals(78, 128, 78, 16, 98),
        age=46,
        case_id="complaint31-empty",
    )
    assert out.final.site_level == 4


def test_an_empty_complaint_with_shock_is_not_downgraded(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "",
        vitals(126, 84, 50, 24, 95),
        age=77,
        case_id="complaint31-empty-shock",
    )
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_an_empty_complaint_with_severe_pain_is_not_downgraded(reason: Reason) -> None:
    out = ktas_walk_in(
        reason,
        "",
        vitals(92, 134, 80, 18, 98),
        age=40,
        pain=8,
        case_id="complaint31-empty-pain",
    )
    assert out.final.site_level is not None and out.final.site_level <= 3

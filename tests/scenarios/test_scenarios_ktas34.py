"""KTAS session 34: an anticoagulant beside a bleeding that stopped, bleeding after an
operation.

Bleeding after an operation (CEDIS 'post-operative complication'): Bailey & Love's
Short Practice of Surgery 28th ed., postoperative care (primary, reactionary within
24 h, secondary at 7-14 days; inspect the wound, pressure, blood count, clotting,
group and save, the operating team). A haematoma after thyroid or neck surgery
threatens the airway: Iliff HA et al. Anaesthesia 2022;77:82 (Difficult Airway
Society / BAETS / ENT UK consensus: the surgeon and anaesthetist now, SCOOP at the
bedside for stridor). An infected wound after an operation: NICE NG125 surgical
site infections (swab, antibiotics, the operating team); with a fever a deep or
organ-space infection or an anastomotic leak until imaged (Bailey & Love), a septic
patient admitted (NICE NG51).

Sources: CTAS National Working Group adult participant manual (2016) and Bullard MJ
et al. Revisions to the CTAS guidelines 2016 (CJEM 2017): bleeding-disorder modifier
(congenital or acquired, anticoagulants): a life- or limb-threatening site 2, a
moderate or minor bleed (nose, mouth, joints, superficial wounds) 3. Tomaselli GF et
al. 2020 ACC Expert Consensus Decision Pathway on bleeding in patients on oral
anticoagulants: a minor bleed controlled by local measures keeps the drug; the
anticoagulation is still present and an INR is checked on warfarin.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (level bounds, order classes), not strings.
"""

from __future__ import annotations

from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._orders import ordered
from tests.scenarios.conftest import Reason, vitals

# --- "stopped" of the bleeding is not the drug's withdrawal ---


def test_nosebleed_stopped_with_pressure_is_still_anticoagulated(
    reason: Reason,
) -> None:
    """A nosebleed on warfarin that stopped with pressure: the bleeding stopped, not
    the warfarin. A minor bleed in a bleeding disorder is 3 on the card (ESI keeps 2
    for the anticoagulation).
    triage54 (lead54's request): ESI no longer binds a stopped nosebleed at 2 for the
    anticoagulant (AAO-HNS 2020: first-line care before any reversal); its INR is one
    resource (ESI 4)."""
    out = ktas_walk_in(
        reason,
        "epistaxis",
        vitals(82, 152, 84, 16, 98),
        age=79,
        case_id="ktas34-nose-warfarin-pressure",
        one_liner="nosebleed for half an hour on warfarin, stopped with pressure",
    )
    assert out.final.site_level == 3
    assert out.final.esi is not None and 3 <= out.final.esi <= 4


def test_gum_bleed_that_stopped_by_itself_on_apixaban_is_still_anticoagulated(
    reason: Reason,
) -> None:
    """Bleeding gums on apixaban that settled by itself after twenty minutes: still
    anticoagulated, graded 3 by the bleeding-disorder modifier."""
    out = ktas_walk_in(
        reason,
        "bleeding gums",
        vitals(76, 138, 80, 14, 99),
        age=71,
        case_id="ktas34-gums-apixaban-itself",
        one_liner="gums bled after brushing, takes apixaban, stopped by itself after"
        " 20 minutes",
    )
    assert out.final.site_level is not None and out.final.site_level <= 3


def test_warfarin_stopped_weeks_ago_is_no_anticoagulation(reason: Reason) -> None:
    """Guard: warfarin stopped three weeks ago is no current anticoagulation (the
    withdrawal reading stays): a minor nosebleed with normal vitals is not held at the
    bleeding-disorder level 3 nor ESI 2 for it."""
    out = ktas_walk_in(
        reason,
        "epistaxis",
        vitals(78, 136, 80, 14, 99),
        age=66,
        case_id="ktas34-nose-warfarin-stopped",
        one_liner="warfarin stopped 3 weeks ago after his course for a DVT; a small"
        " nosebleed today, settled",
    )
    assert out.final.esi is not None and out.final.esi >= 3


# --- bleeding after an operation (CEDIS post-operative complication) ---


def test_post_op_wound_bleed_gets_blood_tests_and_the_surgical_team(
    reason: Reason,
) -> None:
    """A groin wound bleeding through its dressing the day after a hernia repair:
    the wound is inspected under pressure, a blood count, clotting and a group and
    screen are taken and the operating team is called (Bailey & Love)."""
    out = ktas_walk_in(
        reason,
        "post op bleeding",
        vitals(90, 132, 78, 16, 98),
        age=63,
        case_id="ktas34-hernia-wound-bleed",
        one_liner="inguinal hernia repair yesterday, the wound has bled through the"
        " dressing twice",
    )
    assert ordered(out, "cbc", "blood count")
    assert ordered(out, "group and screen", "group and save", "crossmatch")
    assert ordered(out, "surg")


def test_neck_haematoma_after_thyroidectomy_is_an_airway_threat(
    reason: Reason,
) -> None:
    """Bleeding and swelling of the neck the evening after a thyroidectomy: airway
    first, the surgeon and anaesthetist now; never discharged (Iliff 2022)."""
    out = ktas_walk_in(
        reason,
        "bleeding after surgery",
        vitals(104, 150, 88, 20, 97),
        age=47,
        case_id="ktas34-thyroid-haematoma",
        one_liner="thyroidectomy this morning, the neck wound is oozing and the neck"
        " is swelling",
    )
    assert ordered(out, "airway")
    assert out.final.disposition != "Discharge"
    assert out.final.site_level is not None and out.final.site_level <= 2


def test_healing_wound_check_gets_no_bleeding_work_up(reason: Reason) -> None:
    """Guard: a wound check after an appendicectomy, healing, no bleeding: no blood
    tests for a bleed."""
    out = ktas_walk_in(
        reason,
        "wound check",
        vitals(72, 124, 76, 14, 99),
        age=29,
        case_id="ktas34-wound-check",
        one_liner="appendicectomy eight days ago, here for a wound check, healing well",
    )
    assert not ordered(out, "group and screen", "group and save", "crossmatch")


# --- a surgical site infection (CEDIS post-operative complication) ---


def test_febrile_wound_infection_after_laparotomy_is_not_sent_home(
    reason: Reason,
) -> None:
    """A red wound oozing cloudy fluid nine days after a laparotomy, 38.4 degC,
    HR 104, RR 22: a deep or organ-space infection until imaged; the wound swabbed,
    the operating team called, not discharged (NICE NG125, NG51; Bailey & Love)."""
    out = ktas_walk_in(
        reason,
        "wound infection",
        vitals(104, 124, 76, 22, 96, t=38.4),
        age=61,
        pain=5,
        case_id="ktas34-laparotomy-ssi",
        one_liner="laparotomy 9 days ago; the wound is red and oozing cloudy fluid,"
        " fevers since yesterday",
    )
    assert ordered(out, "swab", "wound culture")
    assert ordered(out, "surg")
    assert out.final.disposition != "Discharge"


def test_red_wound_without_fever_gets_a_swab_and_the_team(reason: Reason) -> None:
    """A red wound a week after a hernia repair, afebrile, normal vitals: swabbed
    and the operating team involved (NICE NG125), not an emergency."""
    out = ktas_walk_in(
        reason,
        "wound redness",
        vitals(78, 130, 80, 14, 99),
        age=52,
        pain=3,
        case_id="ktas34-hernia-red-wound",
        one_liner="hernia repair a week ago, the wound is red around one stitch,"
        " no fever",
    )
    assert ordered(out, "swab", "wound culture")
    assert not ordered(out, "emergently")

"""KTAS session 34: an anticoagulant beside a bleeding that stopped, bleeding after an
operation.

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
from tests.scenarios.conftest import Reason, vitals

# --- "stopped" of the bleeding is not the drug's withdrawal ---


def test_nosebleed_stopped_with_pressure_is_still_anticoagulated(
    reason: Reason,
) -> None:
    """A nosebleed on warfarin that stopped with pressure: the bleeding stopped, not
    the warfarin. A minor bleed in a bleeding disorder is 3 on the card (ESI keeps 2
    for the anticoagulation)."""
    out = ktas_walk_in(
        reason,
        "epistaxis",
        vitals(82, 152, 84, 16, 98),
        age=79,
        case_id="ktas34-nose-warfarin-pressure",
        one_liner="nosebleed for half an hour on warfarin, stopped with pressure",
    )
    assert out.final.site_level == 3
    assert out.final.esi is not None and out.final.esi <= 2


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

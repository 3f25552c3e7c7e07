"""obgyn24 (issue 10): obstetric and gynaecological emergencies, second review.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- ATLS 10th ed. (2018) trauma in pregnancy; ACOG Committee Opinion 518 / 2019
  guidance on trauma in pregnancy: from 20 weeks, at least 4 h of cardiotocography
  after trauma, minor included, because abruption can present hours later; the
  monitoring is for force that can reach the uterus;
- ACEP Clinical Policy: early pregnancy. Ann Emerg Med 2017;69:241 (an intrauterine
  pregnancy on a scan all but excludes an ectopic after spontaneous conception);
  Workowski KA et al. CDC STI treatment guidelines 2021 (chlamydia in pregnancy:
  azithromycin 1 g once, doxycycline avoided; sex partners treated presumptively);

Each scenario asserts a safety property and failed on main before the change that
makes it pass, unless it is named as a guard (see the commit messages).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

FETAL_MONITORING = ("fetal monitoring", "cardiotocograph", r"\bctg\b")


def test_fall_late_in_pregnancy_is_not_sent_home_before_fetal_monitoring(
    reason: Reason,
) -> None:
    """ATLS / ACOG: a woman at 29 weeks who tripped and fell onto her front is
    monitored (CTG) for at least 4 h before she may go home, however well she looks:
    abruption after minor trauma presents late."""
    out = reason(
        make_case(
            "fall",
            age=24,
            sex="F",
            vitals=vitals(88, 114, 68, 16, 99),
            one_liner="24-year-old, 29 weeks pregnant, tripped on a pavement edge and "
            "fell forwards onto her bump 40 minutes ago.",
            ed_note="24F G1 29/40. Tripped on the pavement, fell forwards onto her "
            "hands and abdomen. No pain now, no PV loss, baby moving. Abdomen soft, "
            "uterus non-tender, fundus appropriate. FHR 145. No other injuries.",
            case_id="obgyn24-fall-29w",
        )
    )
    assert O.ordered(out, *FETAL_MONITORING)
    assert out.final.disposition not in (None, "Discharge")


def test_jammed_finger_late_in_pregnancy_needs_no_trauma_bundle(
    reason: Reason,
) -> None:
    """ATLS / ACOG: the 4 h of fetal monitoring after trauma are for force that can
    reach the uterus (a fall, a crash, a blow); a finger caught in a drawer at
    31 weeks, without a fall, needs no CTG, no Kleihauer and no obstetric consult."""
    out = reason(
        make_case(
            "finger injury",
            age=33,
            sex="F",
            vitals=vitals(80, 112, 70, 14, 99),
            one_liner="33-year-old, 31 weeks pregnant, caught her left ring finger in "
            "a kitchen drawer an hour ago.",
            ed_note="33F G2P1 at 31 weeks. Caught her left ring finger in a drawer, no "
            "fall, no other injury. Fingertip bruised and tender, full range of "
            "movement, nail intact. Baby moving normally, no abdominal pain.",
            case_id="obgyn24-finger-31w",
        )
    )
    assert not O.ordered(out, *FETAL_MONITORING, "kleihauer")

"""ESI v4 handbook fidelity at the low-acuity end, and burns (triage39).

Vignettes written for this file from the sources each test names, before any run and
never from rows of the shared data.

- ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012/2020 ed.): ch.3 level 1
  (Table 3-1: significant IV fluid resuscitation); ch.4 high-risk situations and new
  lethargy (level 2); ch.5 resources (Table 5-1: tetanus immunisation, simple wound
  care, PO medication and a prescription refill are not resources); ch.6 paediatrics
  (fever in the young infant; the danger zone).
- Burns: American Burn Association burn-centre referral criteria 2022 (partial
  thickness over 10 % TBSA; electrical injury); ATLS 10th ed. ch.9; ISBI 2016 practice
  guidelines (formal fluids from 15-20 % TBSA in adults, 10 % in children).
- "Painless" is the absence of pain: a pattern that needs pain to fire does not read
  it (ESVS 2020 acute limb ischaemia; NHLBI 2014 sickle cell disease).

Properties asserted: the triage level (ESI), and that a pattern's reason is absent
where the pattern must not fire.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _narrative(text: str, case_id: str) -> Case:
    """A handbook-style narrative as the complaint, its vitals read from the text."""
    return make_case(
        text,
        demographics=demographics_from_text(text).model_dump(),
        vitals=extract_vitals_report(text).vitals,
        case_id=case_id,
    )


# ---- new lethargy in a young infant (ch.3-4, ch.6) ----


def test_young_infant_much_sleepier_is_level_2(reason: Reason) -> None:
    """ESI v4 ch.3-4 and ch.6; NICE NG143 (reduced responsiveness is a red feature):
    a 6-week-old feeding poorly and "much sleepier" than usual has new lethargy, a
    level-2 situation whatever words the complaint used."""
    out = reason(
        make_case(
            "POOR FEEDING",
            sex="F",
            vitals=vitals(164, 82, 50, 42, 98, t=36.9),
            one_liner="6-week-old taking about half her usual feeds since yesterday "
            "and much sleepier",
            demographics={"age_days": 42},
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


# ---- "painless" is no pain ----


def test_painless_white_hands_in_the_cold_are_not_limb_ischaemia(
    reason: Reason,
) -> None:
    """ESVS 2020 (acute limb ischaemia: pain, pallor, pulselessness, paraesthesia,
    paralysis, a cold limb of sudden onset); NICE CKS Raynaud's phenomenon 2020:
    hands that blanch in the cold, painless and back to normal when warmed, warm and
    pink at triage, are not a threatened limb (ESI v4 ch.5: examined, no resource)."""
    out = reason(
        _narrative(
            "A 29-year-old woman says her hands go white when she is out in the "
            "cold and recover on warming, painless, for six weeks; they are warm "
            "and pink now. HR 70, BP 116/70, RR 14, SpO2 99%, T 36.7 C.",
            "t39-raynaud",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi >= 4, t.rationale
    assert "limb ischaemia" not in t.rationale


def test_a_cold_white_painful_leg_stays_level_2(reason: Reason) -> None:
    """Guard. ESVS 2020 acute limb ischaemia; ESI v4 ch.4: a sudden cold, pale,
    painful leg in atrial fibrillation is level 2."""
    out = reason(
        _narrative(
            "A 74-year-old man with atrial fibrillation has had a suddenly cold, "
            "pale and painful left leg for three hours. HR 92, BP 148/82, RR 16, "
            "SpO2 97%.",
            "t39-ali",
        )
    )
    assert _triage(out).esi <= 2


def test_painless_lump_in_sickle_cell_disease_is_not_a_pain_crisis(
    reason: Reason,
) -> None:
    """NHLBI 2014 (Yawn BP et al. JAMA 2014): the vaso-occlusive crisis is pain; ESI
    v4 ch.4 names the sickle cell crisis high risk, not every visit of a patient
    with sickle cell disease. A painless lump, afebrile and well, is no crisis."""
    out = reason(
        _narrative(
            "A 22-year-old woman with sickle cell disease has noticed a painless "
            "lump in her neck for ten days; afebrile and well. HR 76, BP 118/72, "
            "RR 14, SpO2 98%, T 36.8 C.",
            "t39-sickle-lump",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi >= 3, t.rationale
    assert "sickle cell pain crisis" not in t.rationale


def test_sickle_cell_pain_crisis_stays_level_2(reason: Reason) -> None:
    """Guard. ESI v4 ch.4; NHLBI 2014: a sickle cell pain crisis is level 2."""
    out = reason(
        _narrative(
            "A 24-year-old man with sickle cell disease has severe pain in his "
            "chest wall and thighs like his usual crises, pain 9/10. HR 102, "
            "BP 126/78, RR 18, SpO2 97%, T 37.3 C.",
            "t39-sickle-crisis",
        )
    )
    assert _triage(out).esi <= 2


# ---- burns (ABA 2022, ATLS ch.9, ISBI 2016) ----


def test_an_adult_burn_worded_as_a_30_percent_burn_is_level_1_or_2(
    reason: Reason,
) -> None:
    """ABA 2022; ATLS 10th ed. ch.9; ESI v4 Table 3-1: an adult's burn of 20 % TBSA
    or more needs formal fluid resuscitation, however the extent is worded ("a 30%
    flame burn")."""
    out = reason(
        make_case(
            "BURN",
            age=46,
            sex="M",
            vitals=vitals(110, 126, 76, 20, 97),
            one_liner="46M a 30% flame burn from a bonfire, voice normal",
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


def test_a_child_with_an_11_percent_scald_is_level_1_or_2(reason: Reason) -> None:
    """ABA 2022; ATLS 10th ed. ch.9 (children: formal fluids from 10 % TBSA): a
    2-year-old's "11% scald" is a major burn for a child."""
    out = reason(
        make_case(
            "SCALD",
            age=2,
            sex="F",
            vitals=vitals(138, 96, 58, 30, 99),
            one_liner="2-year-old pulled a cup of tea off the table: an 11% scald of "
            "the chest and shoulder",
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


def test_a_stated_high_voltage_is_an_electrical_injury(reason: Reason) -> None:
    """ABA 2018 (high voltage: 1,000 V or more); ATLS 10th ed. ch.9: deep tissue
    injury and arrhythmia behind a small skin burn: a high-risk situation (ESI v4
    ch.4), whatever words name the line ("an 11 kV cable")."""
    out = reason(
        make_case(
            "HAND BURN",
            age=37,
            sex="M",
            vitals=vitals(94, 132, 80, 16, 99),
            one_liner="37M linesman touched an 11 kV cable at work; small burn on the "
            "right palm and on the left heel",
        )
    )
    assert _triage(out).esi <= 2, _triage(out).rationale


def test_an_adult_12_percent_partial_thickness_burn_needs_two_resources(
    reason: Reason,
) -> None:
    """ABA 2022 (partial thickness over 10 % TBSA: burn-centre referral); ISBI 2016
    (IV analgesia, fluids considered from 15 %): two resources (ESI v4 Table 5-1),
    level 3 at least, not the minor burn's 4-5."""
    out = reason(
        _narrative(
            "A 31-year-old man has partial-thickness scalds over 12% of his body "
            "surface on his back and arms after a pan of boiling water tipped "
            "over. Pain 6/10. HR 94, BP 126/80, RR 18, SpO2 99%, T 36.8 C.",
            "t39-burn-12",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi <= 3, t.rationale


def test_a_small_kitchen_burn_stays_low_acuity(reason: Reason) -> None:
    """Guard. ESI v4 ch.5 (simple wound care is not a resource; the minor burn is
    the handbook's level-5 example): a 1 % burn of the forearm is ESI 4-5."""
    out = reason(
        make_case(
            "BURN",
            age=27,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99),
            one_liner="27F splashed hot water on her forearm cooking, a 1% "
            "superficial burn, one small blister, pain 3/10",
        )
    )
    t = _triage(out)
    assert t.esi is not None and t.esi >= 4, t.rationale

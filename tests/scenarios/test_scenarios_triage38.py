"""ESI v4 handbook fidelity (triage38): level 1 is an intervention needed now, and
every age-banded vital sign is read against its source.

Vignettes written for this file from the sources each test names, before any run and
never from rows of the shared data.

- ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012/2020 ed.), ch.3: level 1
  is the patient who *requires an immediate life-saving intervention* (Table 3-1);
  ch.4: a high-risk situation is level 2. An adult with a throat infection who
  cannot swallow his saliva and has a muffled voice, sitting up, speaking, with no
  stridor, no distress and a normal saturation, needs the airway team within minutes
  (Tintinalli 9th ed. ch. 246; Difficult Airway Society 2015) but no intervention
  now: level 2. With stridor, laboured breathing or hypoxaemia the airway is closing:
  level 1.
- PALS 2020 (Topjian AA et al. Circulation 2020;142:S469) hypotension: SBP < 60 mmHg
  in a term neonate (0-28 days), < 70 in an infant (1-12 months), < 70 + 2 x age in
  years from 1 to 10 years, < 90 from 10 years. The ESI v4 handbook's paediatric
  danger-zone heart rates (ch.6): > 180 under 3 months, > 160 from 3 months to 3
  years, > 140 from 3 to 8 years.

Properties asserted: the triage level (ESI) and, for the airway, that the airway team
is still called at level 2.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def test_saliva_not_swallowed_without_stridor_is_level_2_with_the_airway_team(
    reason: Reason,
) -> None:
    """ESI v4 ch.3-4; Tintinalli ch. 246; DAS 2015: a febrile adult who cannot swallow
    his saliva, voice muffled, sitting up and speaking, no stridor, SpO2 98 %: a
    threatened airway (level 2, the airway team and a sitting position), not an
    airway that needs securing this minute (level 1)."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=45,
            sex="M",
            vitals=vitals(104, 138, 84, 18, 98, t=38.6),
            one_liner="45M sore throat 2 days, cannot swallow his saliva, spitting "
            "into a tissue, voice muffled, sitting up, speaking in full sentences",
        )
    )
    t = _triage(out)
    assert t.esi == 2, t.rationale
    assert O.ordered(out, r"airway team|double set-?up|awake (?:fibre|fiber)optic")


def test_saliva_not_swallowed_with_laboured_breathing_is_level_1(
    reason: Reason,
) -> None:
    """Guard. Tintinalli ch. 246; ESI v4 ch.3: saliva not swallowed with breathing
    laboured and SpO2 90 % is an airway closing now: level 1."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=50,
            sex="F",
            vitals=vitals(122, 146, 88, 28, 90, t=38.9),
            one_liner="50F sore throat since yesterday, cannot swallow her saliva, "
            "muffled voice, struggling to breathe",
        )
    )
    assert _triage(out).esi == 1


def test_febrile_neonate_with_sbp_66_is_level_2_not_shock(reason: Reason) -> None:
    """ESI v4 ch.6 (fever in a neonate: level 2); PALS 2020: a term neonate is
    hypotensive below 60 mmHg, so a 10-day-old's SBP 66 is no shock (level 1)."""
    out = reason(
        make_case(
            "FEVER",
            sex="F",
            demographics={"age_days": 10},
            vitals=vitals(160, 66, 40, 48, 98, t=38.3),
            one_liner="10-day-old with a temperature of 38.3 at home, feeding a little "
            "less",
        )
    )
    assert _triage(out).esi == 2


def test_well_neonate_with_sbp_64_is_not_resuscitated(reason: Reason) -> None:
    """PALS 2020: SBP 64 is normal for a 12-day-old (hypotension < 60): a well,
    afebrile neonate is not a level-1 patient for her blood pressure."""
    out = reason(
        make_case(
            "BLEEDING FROM UMBILICAL STUMP",
            sex="M",
            demographics={"age_days": 12},
            vitals=vitals(140, 64, 38, 40, 99, t=36.9),
            one_liner="12-day-old, a spot of dried blood on the nappy from the cord "
            "stump, feeding well, afebrile",
        )
    )
    assert _triage(out).esi >= 2


def test_neonate_below_60_with_poor_perfusion_is_level_1(reason: Reason) -> None:
    """Guard. PALS 2020; ESI v4 ch.3 (Table 3-1 fluid resuscitation): a 3-week-old at
    SBP 50, grey and limp with capillary refill 5 s is in shock: level 1."""
    out = reason(
        make_case(
            "NOT FEEDING",
            sex="M",
            demographics={"age_days": 21},
            vitals=vitals(210, 50, 30, 60, 93, t=36.0),
            one_liner="3-week-old limp and grey, capillary refill 5 seconds, not "
            "feeding since this morning",
        )
    )
    assert _triage(out).esi == 1


def test_infant_below_70_with_poor_perfusion_is_level_1(reason: Reason) -> None:
    """Guard. PALS 2020 (< 70 mmHg in an infant 1-12 months); NICE CG84 1.3: a
    6-month-old at SBP 62, lethargic with cold hands after diarrhoea: level 1."""
    out = reason(
        make_case(
            "DIARRHOEA",
            sex="F",
            demographics={"age_days": 185},
            vitals=vitals(190, 62, 35, 44, 96, t=37.6),
            one_liner="6-month-old with 2 days of watery diarrhoea, now lethargic, "
            "cold hands, capillary refill 4 seconds",
        )
    )
    assert _triage(out).esi == 1


def test_young_infant_heart_rate_is_read_in_the_under_3_month_band(
    reason: Reason,
) -> None:
    """ESI v4 ch.6 danger zone: > 180 under 3 months. A 6-week-old's HR 170 after a
    day of diarrhoea is inside it, so sleepiness alone is a high-risk situation
    (level 2), not the shock of a heart rate beyond the danger zone (level 1)."""
    out = reason(
        make_case(
            "DIARRHOEA",
            sex="M",
            demographics={"age_days": 42},
            vitals=vitals(170, 76, 45, 42, 98, t=37.2),
            one_liner="6-week-old with diarrhoea since yesterday, sleepier than usual",
        )
    )
    assert _triage(out).esi == 2

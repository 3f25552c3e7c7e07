"""The lead's session-23 review: a bleed of the past, alcohol withdrawal delirium.

Written from: ATLS 10th ed. (shock is haemorrhagic when the patient is bleeding now:
blood loss of this visit or trauma) and Bjorck M et al. ESVS 2017 / Bala M et al.
WSES 2022 acute mesenteric ischaemia guidelines (unfractionated heparin at once when
acute mesenteric ischaemia is suspected, unless contraindicated); ASAM Clinical Practice
Guideline on Alcohol Withdrawal Management 2020 (DSM-5 withdrawal after heavy use;
delirium tremens: benzodiazepines, thiamine, a high-dependency or ICU bed).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_a_bleed_weeks_ago_does_not_make_shock_haemorrhagic(reason: Reason) -> None:
    """Atrial fibrillation, warfarin stopped six weeks ago after a gastrointestinal
    bleed, now sudden severe abdominal pain with a soft abdomen and lactate 5: the
    shock index is 1.1 but nothing bleeds now, so no emergency-release blood and no
    'haemorrhagic shock' block on the heparin of suspected mesenteric ischaemia."""
    out = reason(
        make_case(
            "abdominal pain",
            age=74,
            sex="M",
            vitals={**vitals(121, 110, 66, 22, 95, t=37.2), "pain": 9},
            ed_note=(
                "74M with atrial fibrillation; his warfarin was stopped six weeks ago "
                "after a gastrointestinal bleed. Three hours of sudden severe "
                "periumbilical pain, retching. Abdomen soft, barely tender, no "
                "guarding, pain far worse than the examination suggests. Pulse "
                "irregularly irregular. Lactate 5.0, WBC 17."
            ),
        )
    )
    assert not O.ordered(out, "emergency-release", "massive transfusion"), O.orders(out)
    treat = O.treatment(out)
    reasons = [b.reason for b in treat.blocked] if treat else []
    assert not any("haemorrhagic shock" in r for r in reasons), reasons


def test_bleeding_now_with_shock_index_over_one_still_gets_blood(
    reason: Reason,
) -> None:
    """Named guard: vomiting blood since this morning, HR 124 and SBP 104 (shock
    index 1.2): haemorrhagic shock, so blood is on the way (ATLS 10th ed.)."""
    out = reason(
        make_case(
            "vomiting blood",
            age=58,
            sex="M",
            vitals=vitals(124, 104, 62, 22, 97, t=36.6),
            ed_note=(
                "58M, heavy drinker, has vomited bright red blood four times since "
                "this morning, lightheaded. Pale, clammy. Abdomen soft."
            ),
        )
    )
    assert O.ordered(out, "emergency-release", "massive transfusion", "transfus"), (
        O.orders(out)
    )


def test_alcohol_withdrawal_delirium_goes_to_a_monitored_bed(reason: Reason) -> None:
    """Three days after her last drink, tremulous, sweating and picking at the air,
    disorientated: delirium tremens (ASAM 2020: a high-dependency or ICU bed), so
    the disposition is the monitored bed the plan asks for, not a ward."""
    out = reason(
        make_case(
            "shaking and confused",
            age=57,
            sex="F",
            vitals=vitals(122, 158, 94, 24, 96, t=37.9),
            ed_note=(
                "57F, two bottles of wine a day for ten years, last drink three days "
                "ago. Coarse tremor, soaked in sweat, picking at the air and talking "
                "to people who are not there, does not know where she is. No head "
                "injury. Glucose 6.0 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, "diazepam", "lorazepam", "benzodiazepine"), (
        O.orders(out)
    )
    assert O.medication_ordered(out, "thiamine"), O.orders(out)
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu", (
        dispo.disposition,
        dispo.admit_level,
        dispo.rationale,
    )


def test_fever_with_neck_swelling_and_trismus_is_high_risk_at_triage(
    reason: Reason,
) -> None:
    """A week of toothache, now a swollen right neck, painful swallowing and a mouth
    that opens two fingers, 38.4 °C: a deep neck space infection can close the airway
    within hours (Tintinalli ch. 246-247), ESI 2 before any stridor."""
    out = reason(
        make_case(
            "tooth pain",
            age=44,
            sex="F",
            vitals=vitals(108, 128, 80, 18, 98, t=38.4),
            one_liner=(
                "44F, a week of lower back tooth pain, now her right neck is swollen, "
                "painful to swallow, can only open her mouth two fingers."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.trace[0].output


def test_dental_abscess_with_cheek_swelling_and_no_fever_is_not_high_risk(
    reason: Reason,
) -> None:
    """Named guard: an upper tooth abscess with a swollen cheek, afebrile, swallowing
    normally: a dental abscess, not a deep neck space infection (NICE CKS)."""
    out = reason(
        make_case(
            "dental pain",
            age=30,
            sex="M",
            vitals=vitals(84, 126, 78, 14, 99, t=37.1),
            one_liner="30M, throbbing upper left tooth for 3 days, left cheek swollen.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.trace[0].output


def test_paroxysmal_crying_in_a_toddler_needs_an_intussusception_work_up(
    reason: Reason,
) -> None:
    """A 14-month-old who screams in bouts every 20 minutes and draws up her legs:
    the colicky pain of intussusception (APSA 2021), an ultrasound and IV
    access at least, so ESI 3 or higher, not one resource."""
    out = reason(
        make_case(
            "crying",
            vitals={"heart_rate": 140, "respiratory_rate": 30, "spo2": 99},
            demographics={"age": 1, "age_days": 425, "sex": "F"},
            one_liner=(
                "14-month-old girl who screams in bouts every 20 minutes since "
                "this morning, draws up her legs, settles in between."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 3, out.trace[0].output


def test_evening_crying_in_a_six_week_old_stays_one_resource(reason: Reason) -> None:
    """Named guard: a six-week-old who cries in the evenings drawing up his legs
    and settles when held is in colic's age (Freedman SB et al. Pediatrics 2009: a
    urinalysis at most), not intussusception's population."""
    out = reason(
        make_case(
            "crying",
            vitals={
                "heart_rate": 150,
                "respiratory_rate": 40,
                "spo2": 99,
                "temperature_c": 36.9,
            },
            demographics={"age": 0, "age_days": 42, "sex": "M"},
            one_liner=(
                "6-week-old boy crying most evenings for a week, draws up his "
                "legs, settles when held, feeding well, wet nappies, no fever."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi >= 4, out.trace[0].output

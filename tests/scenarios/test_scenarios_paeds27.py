"""Paediatric scenarios (session 27, paeds27), written from guidelines.

Sources: AAP 2011 simple febrile seizure and ESI v4 handbook ch.4/6 (a child back to
baseline after a brief generalised febrile seizure is no high-risk situation; one still
post-ictal is); Canadian Paediatric Society croup 2017 / RCH croup guideline
(observe 2-4 h after nebulised adrenaline); NICE CG89 and AAP 2015 child maltreatment
(an absent, unsuitable or changing explanation; immersion or implement-shaped burns;
ESI handbook high-risk situation); APSA 2021 intussusception (redcurrant-jelly stool
with paroxysmal crying); ESI handbook Table 6-2 and NICE NG240 (purpura with altered
mentation is level 1); AAO conjunctivitis PPP 2018 and AAP 2013 acute otitis media
(the diagnosis is coded when its defining sign is documented); ConText experiencer
(Harkema 2009: a newborn's list item in a mother's note is the newborn's). Each asserts
a safety property, not exact strings; the wording differs from the review cases.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult, TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case


def _esi(out: object) -> int | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, TriageResult):
            return record.output.esi
    return None


def _dx(out: object) -> DiagnosisResult | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, DiagnosisResult):
            return record.output
    return None


def _child_vitals(hr: float, rr: float, spo2: float, t: float) -> dict[str, float]:
    return {"heart_rate": hr, "respiratory_rate": rr, "spo2": spo2, "temperature_c": t}


def test_simple_febrile_seizure_back_to_normal_is_not_a_high_risk_level(
    reason: Reason,
) -> None:
    """AAP 2011: a brief generalised seizure with fever, back to baseline, in a well
    toddler needs no routine tests; ESI handbook: the fever is then no level-2
    situation, and the child is not held for a post-ictal state that has passed."""
    out = reason(
        make_case(
            "FEBRILE SEIZURE",
            age=1,
            sex="Male",
            demographics={"age_days": 600},
            vitals=_child_vitals(150, 30, 98, 39.0),
            one_liner="20-month-old after a 2-minute shaking episode with fever, now "
            "back to normal",
            ed_note="Well until today, temperature 39 at home. Generalised stiffening "
            "and shaking of all four limbs for about 2 minutes, stopped by itself. "
            "Sleepy for 10 minutes afterwards, then back to his normal self. First "
            "ever seizure, immunised. Exam: alert, playing, interacting, no focal "
            "neurology, neck supple, no rash, red throat with coryza.",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi >= 3
    assert O.disposition(out).disposition != "Admit"


def test_febrile_seizure_still_post_ictal_stays_high_risk(reason: Reason) -> None:
    """Guard (AAP 2011; ESI handbook ch.4): a child not back to baseline after a
    febrile seizure is no simple febrile seizure and stays at level 2 or above."""
    out = reason(
        make_case(
            "SEIZURE",
            age=2,
            sex="Female",
            vitals=_child_vitals(160, 32, 97, 39.5),
            one_liner="2-year-old after a seizure with fever, still drowsy and not "
            "responding normally",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi <= 2


def test_croup_needing_nebulised_adrenaline_is_not_sent_straight_home(
    reason: Reason,
) -> None:
    """CPS 2017 / RCH: nebulised adrenaline for stridor at rest wears off within 2 h;
    the child is observed 2-4 h after the dose, and every croup gets dexamethasone."""
    out = reason(
        make_case(
            "STRIDOR",
            age=3,
            sex="Female",
            vitals=_child_vitals(130, 28, 96, 37.9),
            one_liner="3-year-old with a seal-like cough and noisy breathing at rest",
            ed_note="Hoarse voice and barking cough since yesterday, coryza. Exam: "
            "inspiratory stridor at rest, moderate intercostal and suprasternal "
            "recession, not drooling, not toxic, air entry fair. Westley score 4. "
            "Impression: moderate croup.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")
    assert O.medication_ordered(out, "adrenaline", "epinephrine")
    assert O.disposition(out).disposition != "Discharge"


def test_toddler_burn_with_a_changing_explanation_is_safeguarded(
    reason: Reason,
) -> None:
    """NICE CG89 / AAP 2015: a burn whose explanation changes is suspected abuse: a
    high-risk situation (ESI 2), skeletal survey, child protection, no discharge."""
    out = reason(
        make_case(
            "BURN",
            age=2,
            sex="Male",
            vitals=_child_vitals(130, 28, 99, 36.9),
            one_liner="2-year-old with a hand burn, the explanation has changed twice",
            ed_note="Father first said the child touched an iron, then that he put "
            "his hand in hot water. Exam: well demarcated burn of the right hand in a "
            "glove distribution with a clear tide-mark, partial thickness. Small "
            "bruises on the neck. No other injury.",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi <= 2
    assert O.ordered(out, "skeletal survey")
    assert O.ordered(out, "child protection", "safeguarding")
    assert O.disposition(out).disposition != "Discharge"


def test_infant_with_paroxysmal_crying_and_redcurrant_stool_is_high_risk(
    reason: Reason,
) -> None:
    """APSA 2021 (Kelley-Quon): paroxysmal crying with a redcurrant-jelly stool is
    suspected intussusception, a time-critical high-risk situation (ESI 2)."""
    out = reason(
        make_case(
            "CRYING",
            age=0,
            sex="Female",
            demographics={"age_days": 330},
            vitals=_child_vitals(150, 34, 99, 37.0),
            one_liner="11-month-old with bouts of screaming with legs drawn up and a "
            "redcurrant nappy",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi <= 2


def test_febrile_drowsy_child_with_a_purple_rash_is_level_one(reason: Reason) -> None:
    """ESI handbook Table 6-2 / NICE NG240: purpura with altered mentation in a febrile
    child needs immediate intervention (level 1)."""
    out = reason(
        make_case(
            "FEVER",
            age=6,
            sex="Male",
            vitals=_child_vitals(150, 32, 96, 39.4),
            one_liner="6-year-old with fever since the afternoon, now drowsy with "
            "purple spots on the legs",
        )
    )
    assert _esi(out) == 1


def test_purulent_conjunctivitis_is_coded_as_conjunctivitis(reason: Reason) -> None:
    """AAO conjunctivitis PPP 2018: a red eye with purulent discharge and lids stuck
    together is conjunctivitis; the diagnosis is coded, not a symptom or nothing."""
    out = reason(
        make_case(
            "RED EYE",
            age=5,
            sex="Male",
            vitals=_child_vitals(98, 20, 99, 36.9),
            one_liner="5-year-old with a sticky red right eye for a day",
            ed_note="Right eye red since yesterday, eyelids stuck together this "
            "morning, yellow discharge. No pain, no photophobia, no trauma, vision "
            "normal. Exam: conjunctival injection of the right eye with mucopurulent "
            "discharge, clear cornea, normal pupils, no lid swelling.",
        )
    )
    dx = _dx(out)
    assert dx is not None and (dx.icd10 or "").startswith("H10")


def test_otitis_media_with_a_bulging_drum_is_coded_as_otitis_media(
    reason: Reason,
) -> None:
    """AAP 2013: a bulging tympanic membrane defines acute otitis media; coded as such,
    not as ear pain."""
    out = reason(
        make_case(
            "EAR PAIN",
            age=3,
            sex="Female",
            vitals=_child_vitals(128, 24, 99, 38.4),
            one_liner="3-year-old with left ear pain and fever since last night",
            ed_note="Coryza for 2 days, since last night fever and crying with the "
            "left ear. Exam: left TM is bulging and opaque, right normal, no mastoid "
            "swelling, no otorrhoea.",
        )
    )
    dx = _dx(out)
    assert dx is not None and (dx.icd10 or "").startswith("H66")


def test_a_newborns_intubation_in_the_mothers_note_is_not_the_mothers(
    reason: Reason,
) -> None:
    """ConText experiencer (Harkema 2009): a list item under a newborn's label is the
    newborn's, over all its sentences; the well mother needs no ICU bed for it."""
    out = reason(
        make_case(
            "POSTPARTUM CHECK",
            age=29,
            sex="Female",
            vitals={
                "heart_rate": 84,
                "systolic_bp": 118,
                "diastolic_bp": 74,
                "respiratory_rate": 16,
                "spo2": 99,
                "temperature_c": 36.8,
            },
            one_liner="29-year-old woman after an unplanned home birth 3 hours ago",
            ed_note="Delivered at home before the ambulance arrived, placenta "
            "delivered complete. Mother: feels well, lochia normal, fundus firm.\n"
            "- Newborn findings: floppy and apnoeic at birth. Required intubation and "
            "mechanical ventilation. Transferred to the NICU.\n"
            "- Maternal exam: alert, observations normal, perineum intact.",
        )
    )
    assert O.disposition(out).admit_level != "icu"

"""lead30: a new headache on an anticoagulant is imaged before it is called primary;
a depressed mental status with slow breathing gets a naloxone trial.

Written from: Edlow JA et al. ACEP clinical policy: critical issues in the evaluation
and management of adult patients presenting to the ED with acute headache (Ann Emerg
Med 2008;52:407) and Do TP et al. SNNOOP10 red and orange flags for secondary
headaches (Neurology 2019;92:134): a new headache in an older patient or one with a
bleeding tendency is imaged; NICE NG232 2023 (a head injury on an anticoagulant: CT
head within 8 h) for the neighbouring traumatic case; Hoffman JR et al. Ann Emerg
Med 1991;20:246 (a respiratory rate <= 12 with a depressed mental status predicts a
response to naloxone) and Lavonas EJ et al. AHA 2020 opioid-associated emergencies.
Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CT_HEAD: Final = ("ct head", "ct of the head", "head ct")


def test_new_headache_on_warfarin_gets_ct_head_and_is_not_sent_home(
    reason: Reason,
) -> None:
    """A new, worse-than-usual headache on warfarin with a normal neurological
    examination: intracranial haemorrhage stays open until a CT head excludes it."""
    out = reason(
        make_case(
            "HEADACHE",
            age=74,
            sex="F",
            vitals=vitals(84, 168, 92, 16, 97, 36.8),
            one_liner="74F on warfarin for atrial fibrillation with a new headache.",
            ed_note=(
                "HPI: on warfarin for atrial fibrillation, new headache since this "
                "morning, worse than any headache before, no trauma. INR 3.1. "
                "Neuro exam normal, GCS 15, no focal deficit, no neck stiffness."
            ),
        )
    )
    assert O.ordered(out, *CT_HEAD), O.orders(out)
    assert out.final.disposition != "Discharge", out.final.disposition


def test_new_headache_on_apixaban_in_a_younger_adult_gets_ct_head(
    reason: Reason,
) -> None:
    """The anticoagulant, not the age, is the flag: a 45-year-old on apixaban for a
    DVT with a new headache is imaged too."""
    out = reason(
        make_case(
            "HEADACHE",
            age=45,
            sex="M",
            vitals=vitals(78, 132, 84, 14, 99, 36.7),
            one_liner="45M on apixaban for a DVT, new headache for 6 hours.",
            ed_note=(
                "HPI: started apixaban for a calf DVT last month. New constant "
                "headache for 6 hours, no trauma. Exam: alert, no focal deficit, "
                "no meningism."
            ),
        )
    )
    assert O.ordered(out, *CT_HEAD), O.orders(out)


def test_usual_migraine_on_an_anticoagulant_is_outside_the_flag(
    reason: Reason,
) -> None:
    """Guard: a headache the patient calls the same as her usual migraines is no new
    headache (SNNOOP10: a change of pattern is the flag): no CT head on that alone."""
    out = reason(
        make_case(
            "HEADACHE",
            age=52,
            sex="F",
            vitals=vitals(76, 128, 80, 14, 99, 36.6),
            one_liner="52F with migraine on apixaban, headache same as her usual.",
            ed_note=(
                "HPI: known migraine with the same throbbing unilateral headache "
                "as her usual migraines, photophobia, no trauma. On apixaban for "
                "AF. Exam: no focal deficit, no meningism."
            ),
        )
    )
    assert not O.ordered(out, *CT_HEAD), O.orders(out)


def test_unresponsive_drinker_breathing_10_gets_naloxone(reason: Reason) -> None:
    """Found on the floor, AVPU P, smelling of alcohol, RR 10: alcohol does not
    exclude an opioid; a titrated naloxone trial is given (Hoffman 1991)."""
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=58,
            sex="M",
            vitals=vitals(110, 132, 80, 10, 98, 36.8),
            one_liner="58M found on floor, AVPU P, smells of alcohol",
        )
    )
    assert O.medication_ordered(out, "naloxone"), O.medications(out)


def test_gcs_9_breathing_8_without_pupils_gets_a_naloxone_trial(reason: Reason) -> None:
    """Guard (passes before the trial too, through the opioid entry's own order): GCS
    9 and RR 8 with the pupils not documented still gets naloxone (AHA 2020)."""
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=44,
            sex="F",
            vitals=vitals(92, 118, 70, 8, 93, 36.5),
            one_liner="44F brought in drowsy by her partner",
            ed_note="GCS 9 (E2 V3 M4). Breathing slowly. No injury seen.",
        )
    )
    assert O.medication_ordered(out, "naloxone"), O.medications(out)


def test_drowsy_but_breathing_normally_gets_no_naloxone_trial(reason: Reason) -> None:
    """Guard: GCS 11 with a respiratory rate of 18 is outside the trial's criterion
    (Hoffman 1991: RR <= 12)."""
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=70,
            sex="M",
            vitals=vitals(80, 132, 80, 18, 98, 36.8),
            one_liner="70M drowsy, GCS 11",
            ed_note="GCS 11, RR 18. No drugs at home.",
        )
    )
    assert not O.medication_ordered(out, "naloxone"), O.medications(out)

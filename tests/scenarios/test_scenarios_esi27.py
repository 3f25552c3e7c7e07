"""ESI v4 triage read from the concept, not the wording (esi27).

Written from the ESI v4 Implementation Handbook's principles (Gilboy N, Tanabe P,
Travers D, Rosenau AM. AHRQ 2012, 2020 edition) and the guidelines named per test,
never from rows of the shared vignette file: each text words a handbook concept the
way triage notes and families do (lay words, shorthand, vitals in words or letters).

- ch.3 (decision point A): no response to voice however worded (AVPU P/U); return of
  circulation after an arrest; transcutaneous pacing; SpO2 < 90 % with respiratory
  distress when the oximeter reading is written in words; hypotension by palpation.
- ch.4 (decision point B): severe pain judged by the patient's rating ("severe", yet
  4/10, is not; uncontrolled cancer pain at 9/10 is); a patient's usual state
  ("unresponsive at baseline") is no new unresponsiveness.
- ch.5 (decision point C, Table 5-1): persistent vomiting needs labs and IV fluids;
  nail trimming, an allergy *list* and a fungal rash need no resource; a deformed
  limb after a fall is two resources, not a high-risk situation; a laceration repair
  plus a wrist x-ray is two.
- ch.6 (decision point D): one-letter vital signs ("P 128, R 34") are vital signs.

Every scenario failed on main c07b1ff (checked).
"""

from __future__ import annotations

from tests.scenarios._esi_vignette import vignette_esi
from tests.scenarios.conftest import Reason


def _esi(reason: Reason, text: str, ident: str = "scenario") -> int:
    return vignette_esi(reason, text, ident, "esi27")


def test_no_answer_or_eye_opening_to_voice_is_level_1(reason: Reason) -> None:
    """Table 3-3: AVPU P or U needs an immediate intervention (ESI 1)."""
    text = (
        "A 45-year-old man was pulled from a house fire by neighbours. He groans but"
        " does not answer or open his eyes when spoken to. Soot around the nose."
    )
    assert _esi(reason, text) == 1


def test_return_of_circulation_after_an_arrest_is_level_1(reason: Reason) -> None:
    """ch.3 level-1 example: post-arrest care (AHA 2020 post-cardiac arrest care)."""
    text = (
        "A 61-year-old woman collapsed at the supermarket. Shoppers did chest"
        " compressions and the paramedics defibrillated her twice before her pulse"
        " came back. She arrives on a stretcher with a cooling protocol under way."
    )
    assert _esi(reason, text) == 1


def test_an_external_pacemaker_is_level_1(reason: Reason) -> None:
    """Table 3-1: electrical therapy (transcutaneous pacing; AHA ACLS 2020)."""
    text = (
        "A 79-year-old man in complete heart block. The ambulance crew put an external"
        " pacemaker on him and he is paced at 70; he is now alert."
    )
    assert _esi(reason, text) == 1


def test_oximeter_reading_in_words_with_distress_is_level_1(reason: Reason) -> None:
    """ch.3: SpO2 < 90 % with respiratory distress (BTS 2017 emergency oxygen)."""
    text = (
        "A 66-year-old man with emphysema is short of breath, with increased work of"
        " breathing and pursed lips. The pulse oximeter reads 82% on room air. HR"
        " 112, RR 30."
    )
    assert _esi(reason, text) == 1


def test_pressure_by_palpation_in_a_trauma_patient_is_level_1(reason: Reason) -> None:
    """ch.3: hypotension with signs of hypoperfusion (ATLS 10th ed. class III)."""
    text = (
        "A 30-year-old motorcyclist hit a lamppost. BP 76 by palpation, pulse 138,"
        " breathing 30 a minute. Pale and sweaty."
    )
    assert _esi(reason, text) == 1


def test_one_letter_vital_signs_reach_decision_point_d(reason: Reason) -> None:
    """ch.6: a heart rate and respiratory rate well into the danger zone (adult)."""
    text = (
        "A 30-year-old man with a cough and fever for 3 days. T 38.4, P 132, R 34,"
        " BP 118/70, sats 95%."
    )
    assert _esi(reason, text) <= 2


def test_cancer_pain_uncontrolled_by_usual_medicine_is_level_2(reason: Reason) -> None:
    """ch.4: severe pain (9/10) not controlled by the usual analgesia."""
    text = (
        "A 52-year-old man with prostate cancer in his bones says his usual pain"
        " medicine no longer touches the pain in his back; he rates it 9/10 and has"
        " not slept."
    )
    assert _esi(reason, text) <= 2


def test_severe_in_words_with_a_low_rating_is_not_level_2(reason: Reason) -> None:
    """ch.4: severe pain is judged by the rating (>= 7/10) and observed distress."""
    text = (
        "A 35-year-old woman with Crohn's disease has severe cramping in her lower"
        " abdomen since this morning, which she rates 4/10. T 37.1, HR 84, BP"
        " 118/76, RR 16, SpO2 99%."
    )
    assert _esi(reason, text) == 3


def test_persistent_vomiting_is_two_resources(reason: Reason) -> None:
    """Table 5-1: labs and IV fluids (NICE CG84; WHO 2005: persistent vomiting)."""
    text = (
        "A 24-year-old man has been throwing up non-stop since midnight after a"
        " takeaway meal, with some loose stools. T 37.3, HR 94, BP 126/80, RR 16."
    )
    assert _esi(reason, text) == 3


def test_routine_nail_trimming_needs_no_resource(reason: Reason) -> None:
    """ch.5: nothing beyond examination and simple care (no test, no procedure)."""
    text = (
        "An 81-year-old woman asks whether someone can cut her toenails, which have"
        " grown thick and long; she can no longer reach her feet. Skin is intact"
        " with no redness. Vital signs normal."
    )
    assert _esi(reason, text) == 5


def test_an_allergy_list_is_not_the_complaint(reason: Reason) -> None:
    """ch.5: a cold needs no resource; 'sulfa allergy' is history, not a reaction."""
    text = (
        "A 29-year-old woman with a blocked, runny nose and sneezing for three days"
        " wants something to help. Sulfa allergy. Vital signs within normal limits."
    )
    assert _esi(reason, text) == 5


def test_unresponsive_at_baseline_is_not_level_1(reason: Reason) -> None:
    """Table 3-3 and ch.4: only a *new* loss of responsiveness is level 1 or 2."""
    text = (
        "A 70-year-old man from a care home whose suprapubic catheter fell out this"
        " morning. He has been nonverbal and unresponsive at baseline since an"
        " anoxic brain injury. Vital signs normal."
    )
    assert _esi(reason, text) >= 3


def test_a_tube_that_fell_out_after_an_old_stroke_is_no_stroke(reason: Reason) -> None:
    """ch.4: signs of stroke are new deficits; 'bedbound after a stroke' is history."""
    text = (
        "Nursing home sends in an 84-year-old woman because her G-tube fell out an"
        " hour ago. Bedbound after a stroke; no other concerns. Vitals stable."
    )
    assert _esi(reason, text) >= 3


def test_deformed_wrist_after_a_fall_is_level_3(reason: Reason) -> None:
    """ch.5: x-ray and reduction are two resources; stable vitals ('VSS'): ESI 3."""
    text = (
        "A 72-year-old woman tripped on a rug and fell onto her hand; the wrist is"
        " swollen and deformed. Pain 6/10. VSS."
    )
    assert _esi(reason, text) == 3


def test_shorthand_laceration_and_wrist_injury_is_level_3(reason: Reason) -> None:
    """Table 5-1: a wrist x-ray and a laceration repair ('lac') are two resources."""
    text = "52M came off his scooter, FOOSH, R wrist pain, 2cm lac L elbow. VSS."
    assert _esi(reason, text) == 3


def test_ringworm_in_a_well_child_is_level_5(reason: Reason) -> None:
    """ch.5: examination and topical treatment, no resource."""
    text = (
        "A 12-year-old boy has a round, scaly patch on his forearm that his mother"
        " thinks is ringworm. He is otherwise well. Vital signs normal."
    )
    assert _esi(reason, text) == 5

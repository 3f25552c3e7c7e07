"""neuro21 scenarios: adult and paediatric neurological emergencies, from guidelines.

Each asserts a safety property named with its source; wording differs from the
review cases (/work/notes/review/neuro21_cases.py) and from any shared-data row.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult, TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _ledger(out: ReasoningOutput) -> dict[str, str]:
    return {e.diagnosis.lower(): e.status for e in out.final.ledger}


def _final(out: ReasoningOutput) -> DiagnosisResult:
    record = next(r for r in out.trace if r.stage == "diagnosis")
    assert isinstance(record.output, DiagnosisResult)
    return record.output


def _esi(out: ReasoningOutput) -> int:
    record = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(record.output, TriageResult)
    return record.output.esi


def test_haemorrhage_on_the_head_ct_is_named_and_treated_as_ich(
    reason: Reason,
) -> None:
    """Greenberg SM et al. AHA/ASA 2022 spontaneous ICH: non-contrast CT is the
    diagnostic test; an ICH on an anticoagulant is reversed, systolic pressure
    150-220 is lowered towards 140, and neurosurgery is involved. A CT that reports a
    parenchymal bleed by its site makes the ICH the diagnosis (not a cerebral
    infarction), with blood-pressure lowering and no thrombolysis."""
    case = make_case(
        "ARM WEAKNESS",
        age=71,
        sex="Male",
        vitals=vitals(80, 206, 104, 16, 97),
        ed_note="Takes rivaroxaban 20 mg for atrial fibrillation, dose this morning."
        " Collapsed at lunch with a right hemiparesis and slurred words; GCS 14."
        " Non-contrast CT brain shows a 22 mL left thalamic haematoma. Hb 141,"
        " platelets 250.",
    )
    out = reason(case)
    assert "intracerebral" in _final(out).name.lower()
    assert _ledger(out).get("nontraumatic intracerebral hemorrhage") == "ruled_in"
    assert O.ordered(out, "sbp", "blood pressure")
    assert O.ordered(out, "neurosurg")
    assert not O.medication_ordered(out, "alteplase", "tenecteplase")


def test_guillain_barre_with_a_low_vital_capacity_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """Lawn ND et al. Arch Neurol 2001;58:893 (20/30/40 rule) and van Doorn PA et al.
    EAN/PNS 2023 GBS guideline: a vital capacity below 20 mL/kg predicts respiratory
    failure and is managed in intensive care; a rapidly ascending weakness is a
    high-risk presentation at triage (ESI v4 ch.4)."""
    case = make_case(
        "LEG WEAKNESS",
        age=29,
        sex="Female",
        vitals=vitals(102, 146, 90, 20, 97),
        one_liner="29 y.o. female with ascending weakness since Monday",
        ed_note="Flu-like illness three weeks ago. Numb toes, then weak legs, now"
        " struggling to lift her arms and short of breath when lying down. Knee and"
        " ankle jerks absent, biceps reflexes absent. Power 3/5 in both legs."
        " Forced vital capacity 15 mL/kg.",
    )
    out = reason(case)
    assert _esi(out) <= 2
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit"
    assert dispo.admit_level == "icu"


def test_isolated_forehead_involving_facial_palsy_is_not_a_stroke_code(
    reason: Reason,
) -> None:
    """Baugh RF et al. AAO-HNS 2013 Bell's palsy: an acute unilateral facial
    weakness involving the forehead with no other neurological sign is a peripheral
    palsy, diagnosed clinically without routine imaging, treated with an oral
    steroid within 72 h and eye protection (Fahimi J et al. Ann Emerg Med 2014: 0.8 %
    later stroke, ICH or tumour). No CT/CT angiography and no stroke team, and she
    goes home."""
    case = make_case(
        "FACE DROOPING",
        age=41,
        sex="Male",
        vitals=vitals(70, 130, 82, 14, 99),
        ed_note="Since yesterday evening the left side of his face has dropped. He"
        " cannot wrinkle the forehead on the left, incomplete eye closure, flattened"
        " nasolabial fold. Arms and legs strong, sensation normal, speech clear, no"
        " double vision, gait normal.",
    )
    out = reason(case)
    assert "bell" in _final(out).name.lower()
    assert O.medication_ordered(out, "prednisolone", "prednisone")
    assert not O.ordered(out, "ct angiograph", "cta")
    assert not O.ordered(out, "stroke team")
    assert O.disposition(out).disposition == "Discharge"


def test_positive_hallpike_is_bppv_treated_by_repositioning(reason: Reason) -> None:
    """Bhattacharyya N et al. AAO-HNS 2017 BPPV: a Dix-Hallpike that provokes vertigo
    with torsional upbeating nystagmus diagnoses posterior canal BPPV (statement 1);
    it is treated with canalith repositioning (statement 4), not with a routine
    vestibular suppressant (statement 8)."""
    case = make_case(
        "VERTIGO",
        age=66,
        sex="Male",
        vitals=vitals(68, 138, 82, 14, 98),
        ed_note="Spinning for a few seconds whenever he lies down or turns to the"
        " left in bed, since Saturday; fine in between. Neurology examination"
        " normal, walks normally. Hallpike test positive on the left with a"
        " fatiguing torsional nystagmus.",
    )
    out = reason(case)
    assert "positional vertigo" in _final(out).name.lower()
    assert O.ordered(out, "epley", "repositioning")
    assert not O.medication_ordered(out, "meclizine", "diazepam", "betahistine")


def test_status_after_a_prehospital_benzodiazepine_gets_one_more_dose_only(
    reason: Reason,
) -> None:
    """APLS convulsive status algorithm and NICE NG217 2022: at most two
    benzodiazepine doses, prehospital doses included, then a second-line drug (AES
    2016: repeat once). A child still convulsing after a dose of intranasal midazolam
    at home gets one ED benzodiazepine, dosed by weight, and no 'repeat' order; the
    second-line drug is ordered."""
    case = make_case(
        "CONVULSIONS",
        age=6,
        sex="Female",
        vitals=vitals(150, 100, 60, 30, 93, 37.4),
        ed_note="Known epilepsy. Mother gave intranasal midazolam at home 10 minutes"
        " before the ambulance arrived. Still jerking all four limbs on arrival,"
        " unresponsive, eyes rolled up. Weight 21 kg. Glucose 6.1 mmol/L.",
    )
    out = reason(case)
    meds = [o.name.lower() for o in O.medications(out)]
    assert not any(n.startswith("repeat") and "benzodiazepine" in n for n in meds)
    assert O.medication_ordered(out, "levetiracetam", "fosphenytoin", "valpro")
    assert not O.fixed_doses(out)


def test_drinker_with_nystagmus_ataxia_and_confusion_is_treated_for_wernicke(
    reason: Reason,
) -> None:
    """Caine D et al. JNNP 1997;62:51 (two of dietary deficiency, oculomotor
    abnormality including nystagmus, cerebellar dysfunction, altered mental state)
    and Galvin R et al. EFNS 2010: Wernicke encephalopathy is treated on suspicion
    with high-dose IV thiamine (200-500 mg three times daily), before glucose."""
    case = make_case(
        "CONFUSION",
        age=58,
        sex="Male",
        vitals=vitals(104, 142, 88, 18, 97, 36.9),
        ed_note="Alcohol use disorder, drinks a bottle of whisky a day, eating"
        " little. Brought in by his sister: muddled for two days, keeps falling."
        " Disorientated to place. Wide-based gait, cannot walk heel to toe."
        " Nystagmus on lateral gaze bilaterally. Glucose 5.2 mmol/L.",
    )
    out = reason(case)
    assert O.proposes(out, "wernicke")
    assert O.medication_ordered(out, "three times daily", "tds", "500 mg")


def test_posterior_circulation_stroke_within_the_window_is_offered_lysis(
    reason: Reason,
) -> None:
    """Powers WJ et al. AHA/ASA 2019 3.5 and Edlow JA et al. GRACE-3 2023: a
    disabling posterior circulation stroke within 4.5 h is thrombolysed like an
    anterior one, after imaging excludes haemorrhage. Acute continuous vertigo with
    a central HINTS sign 2 h after onset gets a thrombolytic order (imaging first)."""
    case = make_case(
        "VERTIGO",
        age=70,
        sex="Female",
        vitals=vitals(88, 164, 90, 16, 97),
        ed_note="Sudden constant room-spinning with vomiting since 2 hours ago,"
        " cannot stand. Neurologist at the bedside: skew deviation on cover test,"
        " direction-changing nystagmus, slurred speech, right arm dysmetria."
        " Not on anticoagulants. Glucose 7.0 mmol/L.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "alteplase", "tenecteplase")
    assert O.disposition(out).disposition != "Discharge"


def test_normal_head_impulse_in_positional_dizziness_is_not_a_stroke_sign(
    reason: Reason,
) -> None:
    """Kattah JC et al. Stroke 2009;40:3504 and Edlow JA et al. GRACE-3 2023: HINTS
    applies to the acute vestibular syndrome (continuous vertigo with nystagmus); a
    normal head impulse in brief positional dizziness is the expected finding, not a
    central sign. No posterior circulation stroke is ruled in, no thrombolytic and no
    CT angiography for it."""
    case = make_case(
        "DIZZY",
        age=49,
        sex="Male",
        vitals=vitals(70, 128, 80, 14, 99),
        ed_note="Seconds-long spins when getting out of bed or tipping his head back,"
        " for a week; none between them. Head impulse test normal. No diplopia, no"
        " slurred speech, no limb weakness; walks steadily.",
    )
    out = reason(case)
    assert (
        _ledger(out).get(
            "cerebral infarction due to vertebral/basilar occlusion"
            " (posterior circulation)"
        )
        != "ruled_in"
    )
    assert not O.medication_ordered(out, "alteplase", "tenecteplase")
    assert not O.ordered(out, "ct angiograph")

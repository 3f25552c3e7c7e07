"""neuro30 (issue 10): neurological emergencies, second domain review.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Glauser T et al. AES 2016 convulsive status epilepticus; Trinka E et al. ILAE 2015
  (seizures recurring without recovery are status); Nass RD et al. Front Neurol
  2019;10:501 (blood pressure rises during generalised seizures);
- Huff JS et al. ACEP clinical policy: seizures 2014 (first seizure work-up); Brigo F
  et al. Epilepsy Behav 2012 (a bitten tongue);
- Friedman DI et al. Neurology 2013;81:1159 and Mollan SP et al. JNNP 2018;89:1088
  (idiopathic intracranial hypertension); NICE NG240 2024 (LP deferred in suspected
  meningitis with raised-pressure signs);
- GIRFT 2023 suspected cauda equina syndrome pathway;
- Wolf SJ et al. ACEP 2017 carbon monoxide; UHMS 2019 / Weaver LK et al. NEJM 2002
  (hyperbaric oxygen indications);
- ICHD-3 2018, 2.x tension-type headache.

Each scenario asserts safety properties and failed on main 5535cc8 before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

IV_ANTIHYPERTENSIVE = ("nicardipine", "labetalol", "clevidipine", "antihypertensive")
SECOND_LINE = ("levetiracetam", "fosphenytoin", "valproate", "phenytoin")


def _final(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def test_recurrent_seizures_without_recovery_are_status_not_a_hypertensive_emergency(
    reason: Reason,
) -> None:
    """AES 2016; ILAE 2015: seizures recurring without recovery in between are status
    epilepticus; after a prehospital benzodiazepine the second-line drug follows. The
    raised pressure of a convulsing patient is ictal (Nass 2019): no IV
    antihypertensive before the seizure is stopped."""
    out = reason(
        make_case(
            "seizure",
            age=64,
            sex="M",
            vitals=vitals(124, 186, 102, 28, 91, 37.6),
            ed_note=(
                "64-year-old man with a brain tumour resected last year. Three "
                "generalised tonic-clonic seizures at home, recurrent seizures without "
                "recovery of consciousness in between, 30 minutes in all. Ambulance "
                "gave midazolam 10 mg IM. On arrival tonic-clonic activity continuing, "
                "GCS 5, glucose 6.8 mmol/L."
            ),
        )
    )
    assert "status epilepticus" in O.working(out)
    assert O.medication_ordered(out, *SECOND_LINE)
    assert not O.medication_ordered(out, *IV_ANTIHYPERTENSIVE)
    disposition = O.disposition(out)
    assert disposition.disposition == "Admit"
    assert disposition.admit_level == "icu"


def test_witnessed_convulsion_under_a_fall_complaint_is_a_first_seizure(
    reason: Reason,
) -> None:
    """ACEP 2014: the witness account makes the diagnosis (stiffening then shaking of
    all limbs, a bitten tongue, postictal drowsiness); a first seizure back to
    baseline gets glucose, sodium and neuroimaging, whatever the complaint."""
    out = reason(
        make_case(
            "fall",
            age=31,
            sex="M",
            vitals=vitals(92, 132, 80, 16, 98, 36.8),
            ed_note=(
                "31-year-old man; his partner watched as he went stiff and shook, "
                "jerking all four limbs for a minute, then he fell from the sofa and "
                "was drowsy for 20 minutes afterwards. He has bitten the side of his "
                "tongue. Never had a seizure before. No head injury, no fever, no "
                "alcohol. "
                "Now GCS 15, oriented, neurological examination normal."
            ),
        )
    )
    assert O.proposes(out, "convulsion", "seizure", "epilepsy")
    assert "convulsion" in _final(out) or "seizure" in _final(out)
    assert O.ordered(out, "ct head", "neuroimaging", "mri brain")
    assert O.ordered(out, "sodium", "bmp", "electrolytes")


def test_papilloedema_with_pulsatile_tinnitus_is_worked_up_as_intracranial_hypertension(
    reason: Reason,
) -> None:
    """Friedman 2013; Mollan 2018: papilloedema with pulsatile tinnitus and obesity in a
    young woman is idiopathic intracranial hypertension until imaging with venography
    excludes a mass and venous thrombosis; then an LP with its opening pressure, and
    the vision is checked by ophthalmology."""
    out = reason(
        make_case(
            "headache",
            age=26,
            sex="F",
            vitals=vitals(80, 128, 82, 14, 99, 36.6),
            ed_note=(
                "26-year-old woman, BMI 41, two months of daily headache on waking, "
                "pulsatile tinnitus in both ears. Fundoscopy: bilateral papilloedema. "
                "Alert, visual acuity 6/9 both eyes, no focal deficit, no fever, no "
                "neck stiffness."
            ),
        )
    )
    assert O.proposes(out, "intracranial hypertension")
    assert O.ordered(out, "venography")
    assert O.ordered(out, "opening pressure")
    assert O.ordered(out, "ophthalmology")


def test_papilloedema_with_fever_and_neck_stiffness_still_defers_the_lp(
    reason: Reason,
) -> None:
    """Guard (NICE NG240 2024): with suspected meningitis and signs of raised pressure
    the LP is deferred and antibiotics start; the IIH exception does not reach it."""
    out = reason(
        make_case(
            "headache",
            age=30,
            sex="F",
            vitals=vitals(118, 112, 64, 24, 96, 39.3),
            ed_note=(
                "30-year-old woman, 2 days of fever and headache, neck stiffness and "
                "photophobia. Fundoscopy: papilloedema. Drowsy but obeys commands."
            ),
        )
    )
    assert not any(
        o.kind == "diagnostic" and "lumbar puncture" in o.name.lower()
        for o in O.orders(out)
    )
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")


def test_saddle_sensory_loss_with_retention_is_cauda_equina(reason: Reason) -> None:
    """GIRFT 2023: back pain with saddle sensory loss and urinary retention is cauda
    equina syndrome: the diagnosis named, an emergency MRI and spinal surgery."""
    out = reason(
        make_case(
            "back pain",
            age=44,
            sex="M",
            vitals=vitals(88, 136, 82, 16, 99, 36.7),
            ed_note=(
                "44-year-old man, lifting injury 3 days ago, now bilateral sciatica. "
                "Since this morning unable to pass urine. Examination: decreased "
                "sensation in the saddle area, weak ankle plantarflexion on both "
                "sides. Bladder scan 1100 mL."
            ),
        )
    )
    assert "cauda equina" in _final(out)
    assert O.ordered(out, "mri")
    assert O.ordered(out, "spine surgery", "neurosurgery", "spinal surgery")


def test_moderate_carboxyhaemoglobin_without_neurology_needs_no_hyperbaric_referral(
    reason: Reason,
) -> None:
    """UHMS 2019; Weaver 2002; ACEP 2017: hyperbaric oxygen is for loss of
    consciousness, neurological signs, cardiac ischaemia, pregnancy or COHb above
    25 %; a COHb of 16 % with headache alone is treated with 100 % oxygen. A sleepy
    pet is a clue to the exposure, not the patient's altered mental state."""
    out = reason(
        make_case(
            "headache",
            age=44,
            sex="M",
            vitals=vitals(96, 130, 82, 18, 99, 36.7),
            ed_note=(
                "44-year-old man with a frontal headache and nausea since the gas "
                "heater was switched on yesterday; his wife has the same. The dog was "
                "lethargic this morning. Alert and oriented, no focal deficit, no "
                "chest pain, no loss of consciousness. Carboxyhaemoglobin 16 %."
            ),
        )
    )
    assert "carbon monoxide" in O.working(out)
    assert O.ordered(out, "100% oxygen", "non-rebreather", "high-flow oxygen")
    assert not O.ordered(out, "hyperbaric")


def test_severe_carboxyhaemoglobin_gets_the_hyperbaric_referral(reason: Reason) -> None:
    """Guard (UHMS 2019): a COHb above 25 % is an indication by itself."""
    out = reason(
        make_case(
            "headache",
            age=44,
            sex="M",
            vitals=vitals(104, 128, 80, 20, 98, 36.7),
            ed_note=(
                "44-year-old man with headache and nausea after running a generator in "
                "the garage. Alert, no focal deficit. Carboxyhaemoglobin 31 %."
            ),
        )
    )
    assert O.ordered(out, "hyperbaric")


def test_bilateral_band_like_headache_is_tension_type(reason: Reason) -> None:
    """ICHD-3 2.x: a bilateral pressing band-like headache of mild-moderate intensity
    without nausea or photophobia is tension-type; simple oral analgesia."""
    out = reason(
        make_case(
            "headache",
            age=29,
            sex="F",
            vitals=vitals(74, 118, 76, 14, 99, 36.6),
            ed_note=(
                "29-year-old woman, 3 days of a bilateral headache like a tight band "
                "around the head, moderate, no nausea, no photophobia, no fever, no "
                "neck stiffness. Similar headaches before when working long hours. "
                "Pericranial tenderness; neurological examination normal."
            ),
        )
    )
    assert "tension" in O.working(out)
    assert not O.medication_ordered(out, "prochlorperazine")

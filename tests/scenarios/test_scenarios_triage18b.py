"""Triage gaps from the ESI v4 handbook's decision points A and B (triage18b).

Vignettes written for this file from the sources each group names, before any run and
never from rows of the shared data.

- ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012/2020 ed.) ch.4, decision
  point B (high-risk situation), with ACOG Practice Bulletin 222 (2020, gestational
  hypertension and pre-eclampsia): from 20 weeks a blood pressure in the severe range
  (systolic >= 160 or diastolic >= 110), or hypertension with a new headache or visual
  disturbance, is pre-eclampsia with severe features until proven otherwise (treat
  within 30-60 minutes, eclampsia risk). Obstetric notes write the gestation as
  "35+2 weeks", "34/40" or "G2P1 at 34/40": a triage nurse reads each as a pregnancy.
- ESI v4 handbook ch.3, decision point A (requires an immediate life-saving
  intervention): a patient seizing now, or in status epilepticus (a convulsion lasting
  5 minutes or more, or recurrent without recovery: Trinka E et al., ILAE 2015
  definition; AES 2016 guideline, Glauser T et al., Epilepsy Curr 2016: a
  benzodiazepine at 5 minutes) needs airway management and an anticonvulsant now. A
  patient post-ictal and back to baseline after a single seizure is not level 1.
- ESI v4 handbook ch.4, decision point B: cauda equina syndrome red flags with back
  pain (saddle anaesthesia, new urinary retention or incontinence, bilateral leg
  weakness or sciatica) need an emergency MRI and decompression (NICE NG59 2016, low
  back pain; Greenhalgh S et al., Musculoskelet Sci Pract 2018, international
  framework for red flags): a high-risk situation, not a one-resource back strain.
- ESI v4 handbook ch.4, decision point B, with ACEP clinical policy on acute headache
  (Godwin SA et al., Ann Emerg Med 2019) and the Ottawa SAH rule (Perry JJ et al.,
  JAMA 2013): a headache that reached its peak within a minute ("thunderclap") or is
  the worst of the patient's life is subarachnoid haemorrhage until proven otherwise,
  even when the complaint recorded is just "headache".

Properties asserted: ESI <= 2 for severe-range or symptomatic hypertension at >= 20
weeks, and for reduced fetal movements or leaking fluid (AWHONN Maternal-Fetal Triage
Index 2015: MFTI 2), written in obstetric notation; ESI 3 for abdominal pain with a
pregnancy documented as excluded (control); ESI 1 for an active seizure or status
epilepticus, ESI >= 2 for a seizure recorded as over (post-ictal, stopped, back to
baseline); ESI <= 2 for back pain with a cauda equina red flag, named or in lay words
("incontinent of urine", "numb between the legs", bilateral sciatica), ESI >= 3 for
mechanical back pain or one-sided sciatica with the red flags absent (controls); ESI
<= 2 for a thunderclap or worst-ever headache whose complaint is just "headache", ESI
>= 3 for a gradual, mild headache.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


PREECLAMPSIA = [
    # ACOG PB 222: severe-range BP with headache at 35 weeks
    pytest.param(
        "35+2 weeks, headache since this morning and seeing flashing lights",
        {"age": 31, "sex": "F", "vitals": vitals(92, 168, 112, 18, 98)},
        id="plus-notation-severe-bp-headache",
    ),
    pytest.param(
        "G2P1 at 34/40 with a frontal headache and blurred vision",
        {"age": 27, "sex": "F", "vitals": vitals(88, 162, 104, 18, 99)},
        id="gravida-slash-forty-severe-bp-visual",
    ),
    pytest.param(
        "34/40 pregnant, headache, swollen hands and face",
        {"age": 24, "sex": "F", "vitals": vitals(90, 150, 112, 18, 99)},
        id="slash-forty-diastolic-severe-headache",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), PREECLAMPSIA)
def test_severe_hypertension_in_late_pregnancy_is_high_risk(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi <= 2, t.rationale


LATE_PREGNANCY = [
    # AWHONN MFTI 2015: decreased fetal movement in the second half is MFTI 2
    pytest.param(
        "reduced fetal movements since last night",
        {"age": 28, "sex": "F", "one_liner": "28F, 35+2 weeks"},
        id="reduced-movements-plus-notation",
    ),
    pytest.param(
        "baby not moving as much today",
        {"age": 33, "sex": "F", "one_liner": "33F G3P2 at 36/40"},
        id="reduced-movements-gravida-slash-forty",
    ),
    # ACOG PB 217 (2020): prelabour rupture of membranes before term
    pytest.param(
        "leaking fluid from the vagina since this morning",
        {"age": 25, "sex": "F", "one_liner": "25F, 33+1 weeks"},
        id="leaking-fluid-preterm-plus-notation",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), LATE_PREGNANCY)
def test_late_pregnancy_in_obstetric_notation_is_high_risk(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, vitals=vitals(88, 118, 72, 16, 99), **kw)))
    assert t.esi <= 2, t.rationale


def test_documented_negative_pregnancy_is_not_a_pregnancy(reason: Reason) -> None:
    """Control: lower abdominal pain, 'not pregnant' documented, normal vitals.

    A documented negative (ACEP 2017: a negative urine hCG excludes pregnancy for
    practical purposes) is not the high-risk "pain in pregnancy" situation; the
    abdominal pain is judged by its resources (ESI 3).
    """
    t = _triage(
        reason(
            make_case(
                "lower abdominal pain since yesterday, not pregnant",
                age=26,
                sex="F",
                vitals=vitals(84, 122, 76, 16, 99),
            )
        )
    )
    assert t.esi == 3, t.rationale


SEIZING = [
    # ILAE 2015: a convulsion of 5 minutes or more is status epilepticus
    pytest.param(
        "continuous seizure for over 10 minutes, brought in by ambulance",
        {"age": 44, "sex": "M", "vitals": vitals(128, 150, 90, 24, 91)},
        id="continuous-seizure-over-five-minutes",
    ),
    pytest.param(
        "still fitting on arrival, jerking all four limbs",
        {"age": 19, "sex": "F", "vitals": vitals(134, 146, 84, 26, 92)},
        id="still-fitting-on-arrival",
    ),
    pytest.param(
        "seizing in the ambulance bay, known epileptic",
        {"age": 36, "sex": "M", "vitals": vitals(122, 138, 86, 22, 94)},
        id="seizing-now",
    ),
    pytest.param(
        "fitting",
        {"age": 27, "sex": "F", "vitals": vitals(130, 142, 88, 24, 93)},
        id="fitting-complaint",
    ),
    pytest.param(
        "status epilepticus",
        {"age": 52, "sex": "F", "vitals": vitals(118, 160, 92, 24, 93)},
        id="status-epilepticus-named",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), SEIZING)
def test_active_seizure_or_status_epilepticus_is_esi_1(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi == 1, t.rationale


POST_ICTAL = [
    pytest.param(
        "had a seizure at home an hour ago, lasted 2 minutes, now back to baseline"
        " and talking normally, known epileptic",
        id="seizure-over-back-to-baseline",
    ),
    pytest.param(
        "was seizing at home, stopped after 3 minutes, now post-ictal and drowsy",
        id="was-seizing-now-post-ictal",
    ),
    pytest.param(
        "seizure, stopped fitting in the ambulance, now awake and talking",
        id="stopped-fitting-now-awake",
    ),
]


@pytest.mark.parametrize("complaint", POST_ICTAL)
def test_seizure_that_has_stopped_is_not_esi_1(reason: Reason, complaint: str) -> None:
    """Control: the seizure is over at triage (ESI handbook ch.4: decision point B)."""
    t = _triage(
        reason(
            make_case(complaint, age=30, sex="M", vitals=vitals(88, 128, 78, 16, 98))
        )
    )
    assert t.esi >= 2, t.rationale


CAUDA_EQUINA = [
    pytest.param(
        "low back pain for a week, now numb around the saddle area and cannot pass"
        " urine since this morning",
        {"age": 45, "sex": "M", "vitals": vitals(84, 134, 82, 16, 98)},
        id="saddle-anaesthesia-retention",
    ),
    pytest.param(
        "back pain with new urinary incontinence",
        {"age": 52, "sex": "F", "vitals": vitals(80, 130, 80, 16, 98)},
        id="back-pain-new-incontinence",
    ),
    pytest.param(
        "back pain, both legs weak since yesterday",
        {"age": 38, "sex": "M", "vitals": vitals(86, 128, 76, 16, 99)},
        id="back-pain-bilateral-leg-weakness",
    ),
    pytest.param(
        "lower back pain, saddle anaesthesia",
        {"age": 41, "sex": "F", "vitals": vitals(82, 124, 76, 16, 99)},
        id="saddle-anaesthesia-named",
    ),
    # the same red flags in the patient's words (GIRFT 2023 patient card wording)
    pytest.param(
        "back pain",
        {
            "age": 47,
            "sex": "M",
            "vitals": vitals(84, 132, 80, 16, 98),
            "one_liner": "47M, low back pain for 5 days, incontinent of urine since"
            " this morning",
        },
        id="lay-incontinent-of-urine",
    ),
    pytest.param(
        "back pain",
        {
            "age": 39,
            "sex": "F",
            "vitals": vitals(80, 126, 78, 16, 99),
            "one_liner": "39F, disc prolapse pain, now numb between the legs and"
            " lost control of her bladder",
        },
        id="lay-numb-between-legs-bladder-control",
    ),
    pytest.param(
        "back pain with bilateral sciatica",
        {"age": 50, "sex": "M", "vitals": vitals(78, 138, 84, 16, 98)},
        id="bilateral-sciatica",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), CAUDA_EQUINA)
def test_cauda_equina_red_flags_are_high_risk(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi <= 2, t.rationale


BACK_STRAIN = [
    "lower back pain after lifting boxes yesterday, no leg symptoms",
    "back pain after gardening, no bladder or bowel problems, no numbness between"
    " the legs",
    "low back pain radiating down the right leg, passing urine normally",
]


@pytest.mark.parametrize("complaint", BACK_STRAIN)
def test_simple_back_strain_is_not_high_risk(reason: Reason, complaint: str) -> None:
    """Control: mechanical back pain or one-sided sciatica, red flags absent."""
    t = _triage(
        reason(
            make_case(complaint, age=34, sex="M", vitals=vitals(78, 126, 78, 14, 99))
        )
    )
    assert t.esi >= 3, t.rationale


THUNDERCLAP = [
    pytest.param(
        "headache",
        {
            "age": 48,
            "sex": "F",
            "vitals": vitals(90, 150, 88, 16, 98),
            "one_liner": "48F with a headache that reached full intensity within"
            " seconds while lifting weights, the worst of her life",
        },
        id="thunderclap-in-one-liner",
    ),
    pytest.param(
        "headache",
        {
            "age": 55,
            "sex": "M",
            "vitals": vitals(84, 146, 86, 16, 98),
            "one_liner": "55M with the worst headache of his life, came on"
            " instantly an hour ago",
        },
        id="worst-ever-in-one-liner",
    ),
]


@pytest.mark.parametrize(("complaint", "kw"), THUNDERCLAP)
def test_thunderclap_headache_is_high_risk(
    reason: Reason, complaint: str, kw: dict[str, Any]
) -> None:
    t = _triage(reason(make_case(complaint, **kw)))
    assert t.esi <= 2, t.rationale


def test_gradual_mild_headache_is_not_high_risk(reason: Reason) -> None:
    """Control: a gradual, familiar tension-type headache."""
    t = _triage(
        reason(
            make_case(
                "headache",
                age=33,
                sex="F",
                vitals=vitals(76, 122, 76, 14, 99),
                one_liner="33F with a band-like headache building over two days,"
                " like her usual headaches",
            )
        )
    )
    assert t.esi >= 3, t.rationale

"""Triage of time-critical presentations left by session 32 (triage33).

Each scenario is written from the guideline named in its docstring, never from
shared-file rows, and is triaged twice: in ESI and in a KTAS site's scale (KTAS follows
ESI's high-risk situations at level 2). Sources: ESI v4 Implementation Handbook
(Gilboy N et al., AHRQ 2012/2020) ch.4 (high-risk situations, a new neurological
deficit) and ch.5 (resources); Tunkel DE et al. AAO-HNS 2020 nosebleed guideline and
Tintinalli 9th ed. ch.244 (a bleed past an anterior pack is posterior); ASAM 2020
alcohol withdrawal management (CIWA-Ar < 10 mild, >= 19 severe; seizures complicate);
Whelton PK et al. ACC/AHA 2017 hypertension s11.2 and ESC/ESH 2018 (vomiting among
the symptoms of hypertensive encephalopathy) with CTAS 2016's severe band; Powers WJ
et al. AHA/ASA 2019 (sudden numbness of one side is a stroke sign); Kahle KT et al.
Lancet 2016 (a shunted patient with headache or vomiting has a shunt failure until
proven otherwise); Perry JJ et al. JAMA 2013 Ottawa SAH rule (instantly peaking
headache). Guards keep the presentation that must not change at its level.
"""

from __future__ import annotations

from typing import Any

from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios._esi_vignette import vignette_case
from tests.scenarios.conftest import Reason, make_case, vitals


def _levels(reason: Reason, case_id: str, cc: str, **kw: Any) -> tuple[int, int]:
    """(ESI, KTAS) of one presentation."""
    esi = reason(make_case(cc, case_id=f"triage33-{case_id}", **kw)).final.esi
    site = reason(
        make_case(cc, case_id=f"triage33-{case_id}-k", triage_scale="KTAS", **kw)
    ).final.site_level
    assert esi is not None and site is not None
    return esi, site


def _red_flags(reason: Reason, case: Case) -> str:
    out = reason(case)
    triage = next(r for r in out.trace if r.stage == "triage")
    return " ".join(getattr(triage.output, "red_flags", ()) or ()).lower()


# --- epistaxis (AAO-HNS 2020 KAS 1: the nosebleed that needs prompt management) ---


def test_nosebleed_through_a_soaked_pack_on_aspirin_is_high_risk(
    reason: Reason,
) -> None:
    """AAO-HNS 2020; Tintinalli ch.244: bleeding on through an anterior pack is a
    posterior source (ENT, posterior packing); at 72 on aspirin, ESI 2."""
    esi, ktas = _levels(
        reason,
        "soaked-pack",
        "nosebleed",
        age=72,
        sex="M",
        vitals=vitals(98, 164, 90, 18, 97),
        one_liner="bleeding for 2 hours through a soaked nasal pack, takes aspirin",
    )
    assert esi <= 2 and ktas <= 2


def test_nosebleed_with_a_shock_index_above_1_is_high_risk(reason: Reason) -> None:
    """AAO-HNS 2020 KAS 1 (haemodynamic instability); ATLS class III haemorrhage:
    a nosebleed at HR 120 and SBP 98 is bleeding with compromise, ESI 2."""
    esi, ktas = _levels(
        reason,
        "nose-shock",
        "nose bleeding",
        age=66,
        sex="F",
        vitals=vitals(120, 98, 60, 20, 97),
    )
    assert esi <= 2 and ktas <= 2


def test_a_stopped_nosebleed_on_aspirin_stays_low_acuity_guard(reason: Reason) -> None:
    """Guard (ESI ch.5): a bleed stopped by pressure before arrival is examination
    only, whatever the antiplatelet."""
    esi, ktas = _levels(
        reason,
        "nose-stopped",
        "nosebleed",
        age=70,
        sex="M",
        vitals=vitals(80, 142, 84, 16, 98),
        one_liner="nosebleed for ten minutes this morning, stopped with pressure at"
        " home; takes aspirin",
    )
    assert esi >= 4 and ktas >= 4


# --- alcohol withdrawal (ASAM 2020) ---


def test_seizure_after_stopping_heavy_drinking_is_high_risk(reason: Reason) -> None:
    """ASAM 2020: a seizure after stopping heavy drinking is complicated withdrawal
    (recurrence, delirium tremens): ESI 2 whatever the words' order."""
    esi, ktas = _levels(
        reason,
        "aw-seizure",
        "seizure",
        age=57,
        sex="M",
        vitals=vitals(114, 158, 94, 20, 97, t=37.4),
        one_liner="drinks a litre of whisky a day, stopped three days ago, had a"
        " generalised seizure this morning, tremulous",
    )
    assert esi <= 2 and ktas <= 2


def test_a_stated_severe_ciwa_score_is_high_risk(reason: Reason) -> None:
    """ASAM 2020: CIWA-Ar >= 19 is severe withdrawal (inpatient care): ESI 2."""
    esi, ktas = _levels(
        reason,
        "aw-ciwa-severe",
        "anxiety",
        age=49,
        sex="F",
        vitals=vitals(112, 156, 96, 20, 97),
        one_liner="sweating and restless at the sobering centre, CIWA-Ar 21",
    )
    assert esi <= 2 and ktas <= 2


def test_a_stated_mild_ciwa_score_is_not_high_risk(reason: Reason) -> None:
    """ASAM 2020: CIWA-Ar < 10 without seizure, hallucinations or delirium is mild
    withdrawal (ambulatory care may suit): not an ESI-2 high-risk situation."""
    esi, ktas = _levels(
        reason,
        "aw-ciwa-mild",
        "alcohol withdrawal",
        age=46,
        sex="M",
        vitals=vitals(94, 140, 86, 16, 98),
        one_liner="slight tremor, last drink last night, CIWA-Ar 7, wants detox",
    )
    assert esi >= 3 and ktas >= 3


def test_mild_score_with_hallucinations_stays_high_risk_guard(reason: Reason) -> None:
    """Guard (ASAM 2020): hallucinations make withdrawal complicated whatever the
    score."""
    esi, ktas = _levels(
        reason,
        "aw-ciwa-halluc",
        "alcohol withdrawal",
        age=51,
        sex="M",
        vitals=vitals(104, 150, 92, 18, 97),
        one_liner="stopped drinking two days ago, CIWA-Ar 8, seeing bugs on the wall",
    )
    assert esi <= 2 and ktas <= 2


# --- hypertensive emergency (ACC/AHA 2017, ESC/ESH 2018, CTAS 2016 band) ---


def test_vomiting_at_230_over_135_is_a_possible_hypertensive_emergency(
    reason: Reason,
) -> None:
    """ACC/AHA 2017 s11.2: vomiting with BP > 180/120 may be hypertensive
    encephalopathy; at the CTAS severe band (>= 220 or >= 130), ESI 2."""
    esi, ktas = _levels(
        reason,
        "htn-vomit",
        "vomiting",
        age=56,
        sex="M",
        vitals=vitals(90, 230, 135, 18, 98),
    )
    assert esi <= 2 and ktas <= 2


def test_vomiting_at_184_over_104_is_not_a_hypertensive_emergency_guard(
    reason: Reason,
) -> None:
    """Guard: below the severe band vomiting raises the pressure as often as it
    follows it (CTAS 2016: 200-219 with symptoms is 3); ESI 3."""
    esi, ktas = _levels(
        reason,
        "htn-vomit-low",
        "vomiting",
        age=40,
        sex="F",
        vitals=vitals(96, 184, 104, 18, 98),
    )
    assert esi >= 3 and ktas >= 3


# --- sensory stroke (AHA/ASA 2019, BE-FAST) ---


def test_numbness_of_one_side_written_before_its_side_is_a_stroke_sign(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: sudden numbness of the face, arm or leg on one side is a stroke
    sign in the lytic window; 'numbness of the left arm and leg' as 'left arm
    numbness': ESI 2."""
    esi, ktas = _levels(
        reason,
        "sensory-stroke",
        "numbness",
        age=67,
        sex="M",
        vitals=vitals(82, 174, 92, 16, 97),
        one_liner="numbness of the left arm and leg since 40 minutes ago",
    )
    assert esi <= 2 and ktas <= 2


def test_weeks_of_nocturnal_hand_numbness_is_not_a_stroke_guard(
    reason: Reason,
) -> None:
    """Guard: numbness of one hand for weeks, worse at night, is carpal tunnel, not
    the sudden numbness of a stroke (AHA/ASA 2019)."""
    esi, ktas = _levels(
        reason,
        "carpal-tunnel",
        "numbness",
        age=44,
        sex="F",
        vitals=vitals(72, 126, 78, 14, 99),
        one_liner="numbness in the right hand for three weeks, worse at night",
    )
    assert esi >= 3 and ktas >= 3


def test_months_of_numb_feet_in_a_diabetic_is_not_limb_ischaemia(
    reason: Reason,
) -> None:
    """ESVS 2020: acute limb ischaemia is a limb threatened within hours (< 2 weeks);
    numb feet for months in a diabetic is neuropathy, not ESI 2."""
    esi, ktas = _levels(
        reason,
        "neuropathy",
        "numb feet",
        age=64,
        sex="M",
        vitals=vitals(78, 138, 82, 14, 98),
        one_liner="diabetic, numbness of both feet for months",
    )
    assert esi >= 3 and ktas >= 3


# --- CSF shunt failure (Kahle 2016) ---


def test_shunted_child_with_headache_and_vomiting_is_high_risk(
    reason: Reason,
) -> None:
    """Kahle KT et al. Lancet 2016: headache and vomiting in a child with a VP shunt
    is a shunt failure until proven otherwise, a neurosurgical emergency: ESI 2."""
    esi, ktas = _levels(
        reason,
        "shunt",
        "headache",
        age=9,
        sex="F",
        vitals=vitals(86, 114, 70, 18, 99),
        one_liner="has a VP shunt for hydrocephalus, headache and vomiting since"
        " this morning",
    )
    assert esi <= 2 and ktas <= 2


def test_a_named_shunt_malfunction_is_high_risk(reason: Reason) -> None:
    """Kahle 2016: a suspected shunt malfunction named at triage is ESI 2."""
    esi, ktas = _levels(
        reason,
        "shunt-named",
        "shunt malfunction",
        age=15,
        sex="M",
        vitals=vitals(84, 118, 72, 16, 99),
    )
    assert esi <= 2 and ktas <= 2


def test_shunted_child_with_an_ankle_sprain_stays_low_acuity_guard(
    reason: Reason,
) -> None:
    """Guard: a shunt without headache, vomiting or drowsiness is history (ESI ch.5:
    an ankle x-ray, one resource)."""
    esi, ktas = _levels(
        reason,
        "shunt-ankle",
        "ankle injury",
        age=11,
        sex="M",
        vitals=vitals(92, 108, 66, 18, 99),
        one_liner="rolled his ankle at football; has a VP shunt, no headache, no"
        " vomiting",
    )
    assert esi >= 4 and ktas >= 4


def test_a_dialysis_shunt_is_not_read_as_a_csf_shunt_guard(reason: Reason) -> None:
    """Guard: a dialysis access ('shunt') that has stopped working is not a CSF
    shunt failure."""
    flags = _red_flags(
        reason,
        make_case(
            "dialysis shunt malfunction",
            age=62,
            sex="M",
            vitals=vitals(80, 150, 88, 16, 97),
            one_liner="no thrill in his AV fistula since this morning",
            case_id="triage33-av-shunt",
        ),
    )
    assert "csf shunt" not in flags


# --- thunderclap headache (Ottawa SAH rule; ACEP 2019) ---


def test_headache_at_full_intensity_in_under_a_minute_is_thunderclap(
    reason: Reason,
) -> None:
    """Perry JJ et al. JAMA 2013 (Ottawa SAH rule: instantly peaking pain); ACEP
    2019: 'reached full intensity in under a minute' is a thunderclap: ESI 2."""
    esi, ktas = _levels(
        reason,
        "thunderclap",
        "headache",
        age=47,
        sex="F",
        vitals=vitals(84, 156, 90, 16, 98),
        one_liner="headache that reached full intensity in under a minute at the gym",
    )
    assert esi <= 2 and ktas <= 2


def test_vertigo_that_settles_within_a_minute_is_not_thunderclap_guard(
    reason: Reason,
) -> None:
    """Guard: 'within a minute' without a headache is no thunderclap (positional
    vertigo: ESI 3 or less urgent)."""
    esi, ktas = _levels(
        reason,
        "bppv",
        "dizziness",
        age=58,
        sex="F",
        vitals=vitals(72, 136, 80, 14, 99),
        one_liner="room spins for seconds when she rolls over in bed, settles within"
        " a minute, no headache",
    )
    assert esi >= 3 and ktas >= 3


# --- an injured shoulder is not a stroke (ESI ch.4: a new *neurological* deficit) ---


def test_cannot_lift_arm_after_a_fall_onto_the_shoulder_is_not_a_stroke(
    reason: Reason,
) -> None:
    """ESI ch.4-5: an arm not lifted after a fall onto that shoulder is the injury's
    loss of function (x-ray, maybe a reduction), not a stroke sign."""
    case = make_case(
        "shoulder injury",
        age=46,
        sex="M",
        vitals=vitals(88, 136, 84, 16, 99),
        one_liner="came off his bike onto the right shoulder, cannot lift arm",
        case_id="triage33-shoulder",
    )
    assert "stroke" not in _red_flags(reason, case)
    assert (reason(case).final.esi or 0) >= 3


def test_cannot_raise_arm_after_lifting_a_heavy_box_is_not_a_stroke(
    reason: Reason,
) -> None:
    """ESI ch.4: a rotator cuff strain from lifting is not a neurological deficit."""
    esi, ktas = _levels(
        reason,
        "cuff",
        "shoulder pain",
        age=53,
        sex="M",
        vitals=vitals(78, 140, 86, 14, 99),
        one_liner="can't raise his right arm after lifting a heavy box at work",
    )
    assert esi >= 3 and ktas >= 3


def test_a_fall_caused_by_one_sided_weakness_stays_a_stroke_guard(
    reason: Reason,
) -> None:
    """Guard (AHA/ASA 2019): a fall because an arm and leg went weak is a stroke,
    whatever the fall."""
    esi, ktas = _levels(
        reason,
        "fall-stroke",
        "fall",
        age=71,
        sex="F",
        vitals=vitals(86, 184, 98, 16, 97),
        one_liner="fell because her right arm and leg suddenly went weak, cannot lift"
        " right arm",
    )
    assert esi <= 2 and ktas <= 2


def test_a_painless_arm_that_cannot_be_lifted_stays_a_stroke_guard(
    reason: Reason,
) -> None:
    """Guard (AHA/ASA 2019 BE-FAST arm): sudden, no injury: ESI 2."""
    esi, ktas = _levels(
        reason,
        "arm-stroke",
        "arm weakness",
        age=69,
        sex="M",
        vitals=vitals(82, 176, 94, 16, 97),
        one_liner="cannot lift his left arm since 20 minutes ago, no injury",
    )
    assert esi <= 2 and ktas <= 2


# --- set 2 (written after the first changes): other wordings of the same signs ---


def test_nosebleed_still_bleeding_into_the_pack_and_down_the_throat(
    reason: Reason,
) -> None:
    """AAO-HNS 2020; Tintinalli ch.244: bleeding into an anterior pack and down the
    throat is a posterior source: ESI 2."""
    esi, ktas = _levels(
        reason,
        "pack-throat",
        "nosebleed",
        age=69,
        sex="F",
        vitals=vitals(92, 158, 88, 18, 97),
        one_liner="pack placed by her GP, still bleeding into the pack and down her"
        " throat",
    )
    assert esi <= 2 and ktas <= 2


def test_hydrocephalus_with_a_shunt_sleepy_and_vomiting_is_high_risk(
    reason: Reason,
) -> None:
    """Kahle 2016: drowsiness and vomiting with a shunt for hydrocephalus: ESI 2."""
    esi, ktas = _levels(
        reason,
        "shunt-hydro",
        "vomiting",
        age=5,
        sex="F",
        vitals=vitals(110, 100, 62, 22, 99),
        one_liner="hydrocephalus with a shunt, sleepy and vomiting",
    )
    assert esi <= 2 and ktas <= 2


def test_headache_maximal_in_intensity_within_a_minute_is_thunderclap(
    reason: Reason,
) -> None:
    """Ottawa SAH rule (instantly peaking): 'maximal in intensity within a minute'."""
    esi, ktas = _levels(
        reason,
        "thunderclap-2",
        "headache",
        age=44,
        sex="F",
        vitals=vitals(82, 150, 88, 16, 98),
        one_liner="headache maximal in intensity within a minute",
    )
    assert esi <= 2 and ktas <= 2


def test_numb_hand_after_a_wrist_laceration_is_not_a_stroke_guard(
    reason: Reason,
) -> None:
    """Guard (ESI ch.4-5): a hand numb below a wrist cut is the wound's nerve injury
    (repair, hand surgery), not a stroke sign."""
    case = make_case(
        "hand laceration",
        age=29,
        sex="M",
        vitals=vitals(84, 128, 76, 14, 99),
        one_liner="cut his wrist on glass, numbness in the right hand since",
        case_id="triage33-wrist-cut",
    )
    assert "stroke" not in _red_flags(reason, case)


def test_an_arm_not_moved_after_a_punch_is_not_a_stroke(reason: Reason) -> None:
    """ESI ch.4: an arm not moved after a blow to it is an injury, not a new
    neurological deficit (ESI 3-4 by resources)."""
    esi, ktas = _levels(
        reason,
        "punched",
        "assault",
        age=27,
        sex="M",
        vitals=vitals(94, 134, 82, 16, 99),
        one_liner="punched in the arm, can't move left arm",
    )
    assert esi >= 3 and ktas >= 3


# --- what triage flags reaches the work-up (review of the full traces) ---


def test_a_fall_caused_by_one_sided_weakness_gets_stroke_imaging(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 (imaging for every suspected stroke); AGS/BGS 2011 falls (seek
    the acute illness behind a fall): 'fell because her right arm and leg suddenly
    went weak' is worked up as a stroke, not only as the fall's injuries."""
    out = reason(
        make_case(
            "fall",
            age=71,
            sex="F",
            vitals=vitals(86, 184, 98, 16, 97),
            one_liner="fell because her right arm and leg suddenly went weak",
            case_id="triage33-fall-stroke-orders",
        )
    )
    assert O.ordered(out, r"ct angio|\bcta\b|ct head|mri")
    assert O.proposes(out, "cerebral infarction", "stroke")


def test_a_trip_over_a_rug_gets_no_stroke_work_up_guard(reason: Reason) -> None:
    """Guard: a mechanical fall with a sore wrist and no deficit is no stroke."""
    out = reason(
        make_case(
            "fall",
            age=67,
            sex="F",
            vitals=vitals(80, 142, 82, 16, 98),
            one_liner="tripped over a rug, sore right wrist, no head injury",
            case_id="triage33-trip",
        )
    )
    assert not O.ordered(out, r"ct angio|\bcta\b|stroke team")


def test_a_narrative_thunderclap_headache_gets_a_ct_head(reason: Reason) -> None:
    """Ottawa SAH rule / ACEP 2019: an instantly peaking headache is imaged (CT head),
    also when the whole presentation is the triage narrative (ESI handbook style)."""
    case = vignette_case(
        "A 60-year-old man has a headache that reached full intensity in under a"
        " minute while straining on the toilet. HR 88, BP 170/95, RR 16, SpO2 98%.",
        "thunderclap-ct",
        "triage33",
    )
    out = reason(case)
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.ordered(out, r"ct head|head ct|computed tomography")


def test_a_seizure_after_stopping_a_bottle_a_day_is_treated_as_withdrawal(
    reason: Reason,
) -> None:
    """ASAM 2020: a seizure two days after stopping heavy drinking is complicated
    withdrawal: benzodiazepine and thiamine, not an epilepsy work-up sent home."""
    case = vignette_case(
        "A 60-year-old man who drinks a bottle of vodka a day stopped two days ago"
        " and had a generalised seizure at home this morning. Now awake, tremulous"
        " and sweaty. HR 112, BP 160/95, RR 20, SpO2 96%, T 37.5 C.",
        "aw-narrative",
        "triage33",
    )
    out = reason(case)
    assert O.medication_ordered(out, r"benzodiazepine|lorazepam|diazepam|phenobarb")
    assert O.disposition(out).disposition != "Discharge"

"""neuro18 (issue 10): neurology emergencies read and acted on as the guidelines say.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- ACEP clinical policy: critical issues in the evaluation and management of adult
  patients presenting with acute headache (Godwin SA et al. Ann Emerg Med
  2019;74:e41); Perry JJ et al. Ottawa SAH rule (JAMA 2013;310:1248); ICHD-3 4.4
  thunderclap headache;
- Powers WJ et al. AHA/ASA 2019 guidelines for the early management of acute
  ischaemic stroke (Stroke 2019;50:e344), section 3.5 (thrombolysis eligibility);
  Kothari RU et al. Cincinnati Prehospital Stroke Scale (Ann Emerg Med 1999;33:373);
- NICE NG232 head injury (2023) and Carney N et al. Brain Trauma Foundation
  guidelines 4th ed. (Neurosurgery 2017;80:6): CT is the diagnostic test;
- NICE NG240 bacterial meningitis and meningococcal disease (2024) and NICE NG143
  fever in under 5s (red features: bulging fontanelle, high-pitched cry);
- ACEP clinical policy: seizures (Huff JS et al. Ann Emerg Med 2014;63:437): a first
  unprovoked seizure back to baseline need not be admitted nor started on an
  antiseizure drug; Trinka E et al. ILAE 2015 status epilepticus definition;
- ICHD-3 3.1 cluster headache; Robbins MS et al. AHS guideline: treatment of cluster
  headache (Headache 2016;56:1093): high-flow oxygen and subcutaneous sumatriptan;
- Hunder GG et al. ACR 1990 GCA criteria (ESR >= 50 mm/h); Smetana GW, Shmerling RH.
  JAMA 2002;287:92; Mackie SL et al. BSR 2020 GCA guideline: steroids at suspicion;
- Brignole M et al. 2018 ESC guidelines for the diagnosis and management of syncope
  (Eur Heart J 2018;39:1883), Table 4 and the low-risk features of Table 5; Sheldon R
  et al. Calgary Syncope Symptom Score (Eur Heart J 2002;23:1814).

Each scenario asserts safety properties (the must-not-miss diagnosis kept open, the
time-critical test ordered, no discharge) and failed on main before its change.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CT_HEAD = (r"\bct\b.*head", r"computed tom\w* .*head")


def _sah_open(out: ReasoningOutput) -> bool:
    summary = out.final.summary
    named = [*summary.open_must_not_miss, out.final.diagnosis_name or ""]
    return any("subarachnoid" in n.lower() for n in named)


def test_instantly_peaking_headache_during_exertion_is_worked_up_for_sah(
    reason: Reason,
) -> None:
    """Ottawa SAH rule (Perry 2013): age >= 40, onset during exertion and
    instantly peaking pain each make a patient not low risk; ACEP 2019: non-contrast
    CT head for sudden-onset severe headache; SAH stays open until excluded."""
    out = reason(
        make_case(
            "headache",
            age=61,
            sex="M",
            vitals=vitals(76, 158, 90, 16, 98),
            ed_note="61 y/o M, HA began abruptly during intercourse 90 min ago, peaked "
            "instantly, 'like being hit over the head with a bat'. Nausea, no "
            "vomiting. No LOC. O/E alert, GCS 15, no focal neurology, neck not "
            "assessed. Takes amlodipine.",
            case_id="n18-sah-coital",
        )
    )
    assert O.ordered(out, *CT_HEAD)
    assert _sah_open(out)
    assert O.disposition(out).disposition != "Discharge"


def test_worst_ever_headache_in_a_young_woman_is_not_sent_home_unscanned(
    reason: Reason,
) -> None:
    """ACEP 2019 / Perry 2013: thunderclap onset alone makes the Ottawa SAH rule
    positive at any age; a normal examination does not exclude SAH."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="F",
            vitals=vitals(88, 136, 84, 16, 99),
            ed_note="36F headache at work 2 hrs ago, pain reached full intensity "
            "within seconds, she has never had a headache like this before. No "
            "fever. Neuro exam normal, neck supple. LMP 1 week ago, not pregnant.",
            case_id="n18-sah-young",
        )
    )
    assert O.ordered(out, *CT_HEAD)
    assert _sah_open(out)
    assert O.disposition(out).disposition != "Discharge"


def test_an_anticoagulant_stopped_long_ago_does_not_withhold_thrombolysis(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 acute ischaemic stroke 3.5: thrombolysis is withheld for a DOAC
    taken within 48 h or an INR > 1.7, not for a drug stopped years ago; within
    4.5 h of last known well the lytic is offered once CT excludes haemorrhage."""
    out = reason(
        make_case(
            "stroke symptoms",
            age=71,
            sex="M",
            vitals=vitals(84, 168, 88, 16, 97),
            ed_note="71M, last known well 90 min ago. Right-sided weakness, facial "
            "droop and aphasia. PMH: paroxysmal AF - dabigatran discontinued in 2020 "
            "after a GI bleed, now on no anticoagulant. Glucose 7.1.",
            case_id="n18-stroke-stopped-doac",
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert O.ordered(out, *O.LYTIC) or any(
        O.mentions(b.order, O.LYTIC) for b in result.blocked
    )
    for b in result.blocked:
        if O.mentions(b.order, O.LYTIC):
            assert "anticoagul" not in b.reason.lower()
    assert O.ordered(out, *CT_HEAD)


def test_hemiparesis_and_dysphasia_written_in_shorthand_are_a_stroke(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: a lateralised motor deficit with dysphasia within 4.5 h is an
    acute stroke until imaging says otherwise: CT/CTA, a lytic once haemorrhage is
    excluded, admission."""
    out = reason(
        make_case(
            "weakness",
            age=69,
            sex="M",
            vitals=vitals(78, 172, 94, 16, 96),
            ed_note="69M LKW 08:30 (~2h ago). Wife noticed weakness of the R arm and "
            "leg at breakfast, dysphasic. NIHSS 9. BM 6.8. Not on any blood "
            "thinners. PMH: HTN, T2DM.",
            case_id="n18-stroke-shorthand",
        )
    )
    assert O.ordered(out, *CT_HEAD)
    assert O.ordered(out, *O.LYTIC)
    named = [*out.final.summary.open_must_not_miss, out.final.diagnosis_name or ""]
    assert any("infarction" in n.lower() for n in named)
    assert O.disposition(out).disposition == "Admit"


def test_a_subdural_on_ct_is_the_diagnosis_and_is_admitted(reason: Reason) -> None:
    """BTF 2016 / NICE NG232: a subdural haematoma shown on CT is diagnosed, not
    still to be excluded; an acute subdural with midline shift on warfarin is
    reversed and admitted under neurosurgery."""
    out = reason(
        make_case(
            "fall",
            age=81,
            sex="F",
            vitals=vitals(76, 164, 80, 16, 97),
            ed_note="81F tripped on a rug yesterday, struck her head. Takes warfarin "
            "for a mechanical valve, INR 3.1. Increasing confusion today, GCS 13. "
            "Non-contrast CT brain showed an acute right SDH, 11 mm, with midline "
            "shift.",
            case_id="n18-sdh-warfarin",
        )
    )
    dx = out.final.diagnosis_name or ""
    assert "subdural" in dx.lower()
    assert "subdural" not in " ".join(out.final.summary.open_must_not_miss).lower()
    assert O.ordered(out, r"neurosurg")
    assert O.ordered(out, r"pcc|prothrombin complex")
    assert O.disposition(out).disposition == "Admit"


def test_a_febrile_baby_with_a_tense_fontanelle_is_meningitis_not_fever(
    reason: Reason,
) -> None:
    """NICE NG240 / NG143: fever with a bulging fontanelle and a high-pitched cry in a
    baby is suspected bacterial meningitis: antibiotics, lumbar puncture, admission;
    meningitis stays open and the ED diagnosis is a disease, not the fever."""
    out = reason(
        make_case(
            "fever",
            age=0,
            sex="M",
            vitals=vitals(176, 0, 0, 46, 97, t=38.9),
            demographics={"age": 0, "age_days": 100},
            ed_note="14 wk old boy, temp 38.9 at home, irritable w/ high pitched cry, "
            "feeding poorly. O/E tense fontanelle, mottled peripheries. No rash.",
            case_id="n18-infant-fontanelle",
        )
    )
    assert O.ordered(out, r"lumbar puncture|\blp\b")
    assert O.medication_ordered(out, r"ceftriaxone|cefotaxime")
    named = [*out.final.summary.open_must_not_miss, out.final.diagnosis_name or ""]
    assert any("meningitis" in n.lower() for n in named)
    assert not (out.final.icd10 or "R").startswith("R")
    assert O.disposition(out).disposition == "Admit"


def test_severe_headache_on_straining_with_neck_pain_is_not_discharged(
    reason: Reason,
) -> None:
    """Ottawa SAH rule (Perry 2013, 2017): onset during exertion and neck pain each
    make a severe headache not low risk; ACEP 2019: CT head, no discharge before it,
    and no NSAID while SAH is open."""
    out = reason(
        make_case(
            "headache",
            age=58,
            sex="F",
            vitals=vitals(90, 148, 88, 18, 98),
            ed_note="58 yo F, severe headache started while straining on the toilet "
            "4 h ago, now neck pain and vomiting. GCS 15, pupils equal, moving all "
            "limbs. No head injury. No hx of migraine.",
            case_id="n18-sah-straining",
        )
    )
    assert O.ordered(out, *CT_HEAD)
    assert _sah_open(out)
    assert O.disposition(out).disposition != "Discharge"
    assert not O.medication_ordered(out, *O.NSAID)


def test_severe_headache_with_meningism_keeps_sah_open_to_the_end(
    reason: Reason,
) -> None:
    """Ottawa SAH rule: neck stiffness with a severe headache is not low risk at any
    age; ACEP 2019: investigate (CT, then LP); SAH stays open in the summary."""
    out = reason(
        make_case(
            "headache",
            age=33,
            sex="M",
            vitals=vitals(80, 132, 80, 16, 99),
            ed_note="33M c/o severe bifrontal headache since this afternoon w/ "
            "photophobia. O/E afebrile, neck stiffness on flexion, no rash, "
            "no focal neuro deficit.",
            case_id="n18-sah-meningism",
        )
    )
    assert O.ordered(out, *CT_HEAD)
    assert _sah_open(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_situational_faint_with_a_warm_prodrome_is_reflex_syncope(
    reason: Reason,
) -> None:
    """ESC 2018 syncope (Tables 4-5): a faint after prolonged standing in a hot
    crowded place with a warm prodrome, quick recovery, normal ECG and no heart
    disease is low-risk reflex syncope: home, without a troponin series or a
    bleeding work-up, and no must-not-miss diagnosis left hanging."""
    out = reason(
        make_case(
            "syncope",
            age=19,
            sex="M",
            vitals=vitals(70, 118, 72, 14, 99),
            ed_note="19M fainted at a concert after prolonged standing, hot and "
            "crowded, felt warm beforehand and his vision went grey. LOC a few "
            "seconds, back to normal at once. No chest pain, palpitations or "
            "exertional symptoms, no FHx of sudden death. ECG: sinus rhythm, normal "
            "intervals. Exam normal.",
            case_id="n18-reflex-syncope",
        )
    )
    assert O.disposition(out).disposition == "Discharge"
    assert not O.ordered(out, r"serial troponin", r"type and screen")
    assert not out.final.summary.open_must_not_miss


def test_a_first_seizure_back_to_baseline_in_a_non_drinker_goes_home(
    reason: Reason,
) -> None:
    """ACEP 2014: a first unprovoked seizure with a return to baseline and normal
    work-up need not be admitted or started on an antiseizure drug; recovery
    excludes status epilepticus (ILAE 2015) and a teetotaller has no alcohol
    withdrawal."""
    out = reason(
        make_case(
            "seizure",
            age=31,
            sex="F",
            vitals=vitals(82, 122, 74, 14, 99),
            ed_note="31F first-ever tonic-clonic seizure while shopping, 90 seconds, "
            "witnessed. Post-ictal confusion has resolved, now back to her baseline. "
            "Teetotal, no medications. Neuro exam normal. Glucose 5.2, Na 138, urine "
            "hCG negative.",
            case_id="n18-first-seizure",
        )
    )
    assert O.disposition(out).disposition == "Discharge"
    assert not O.medication_ordered(
        out, r"levetiracetam", r"phenytoin", r"valpro", r"lorazepam", r"midazolam"
    )


def test_a_cluster_attack_gets_high_flow_oxygen_and_goes_home(reason: Reason) -> None:
    """ICHD-3 3.1 / AHS 2016: a unilateral orbital headache with ipsilateral
    lacrimation and nasal blockage and restlessness in a known cluster patient is a
    cluster attack: 100 % oxygen (level A), home; named as cluster headache."""
    out = reason(
        make_case(
            "headache",
            age=41,
            sex="M",
            vitals=vitals(96, 142, 88, 18, 99),
            ed_note="Known episodic cluster headache, 3rd attack this week. Now 45 "
            "min of excruciating R retro-orbital pain with R eye watering and a "
            "blocked R nostril, pacing the room. Neuro exam normal, no fever, neck "
            "supple.",
            case_id="n18-cluster",
        )
    )
    assert O.ordered(out, r"oxygen")
    assert O.disposition(out).disposition == "Discharge"
    assert "cluster" in (out.final.diagnosis_name or "").lower()


def test_jaw_claudication_and_a_high_esr_make_gca_the_working_diagnosis(
    reason: Reason,
) -> None:
    """ACR 1990 / BSR 2020: a new temporal headache over 50 with jaw claudication,
    a tender temple and an ESR >= 50 is giant cell arteritis until shown otherwise:
    the working diagnosis, steroids started before any biopsy."""
    out = reason(
        make_case(
            "headache",
            age=69,
            sex="M",
            vitals=vitals(78, 138, 82, 16, 98),
            ed_note="69M 3 wks of new L temporal headache, jaw claudication when "
            "eating, scalp tender over L temple. No visual symptoms. Sed rate 96, "
            "CRP 71.",
            case_id="n18-gca",
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert "arteritis" in (result.working_diagnosis or "").lower()
    assert O.medication_ordered(out, r"prednis", r"methylpred")

"""orders34 (issue 10, pattern 2): orders, the safety layer, prerequisites, disposition.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Umpierrez GE et al. ADA/EASD/JBDS/AACE/DTS hyperglycaemic crises consensus 2024;
  ADA Standards of Care 2024 section 6 (hypoglycaemia);
- Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1; Gulati M et al. AHA/ACC 2021
  chest pain guideline; Swap CJ, Nagurney JT. JAMA 2005 (chest pain features);
- Saposnik G et al. AHA scientific statement on CVT, Stroke 2024; Ferro JM et al. ESO
  2017 CVT guideline;
- Perry JJ et al. JAMA 2013 (Ottawa SAH rule); Hoh BL et al. AHA/ASA 2023 aSAH;
  Godwin SA et al. ACEP 2019 acute headache;
- NICE NG232 head injury 2023 (1.4.7, 1.9.1); ATLS 10th ed.;
- Chandrasekhar SS et al. AAO-HNS 2019 sudden hearing loss;
- ICD-10-CM FY2024 index (Gangrene, Fournier N49.3); Stevens DL et al. IDSA 2014 SSTI;
  Nates JL et al. SCCM 2016 ICU admission;
- ACR Appropriateness Criteria shoulder pain, traumatic (2017);

Each scenario asserts safety properties; each failed on main 972a092 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_DEXTROSE = r"dextrose|glucagon|fast-acting glucose"


def test_hhs_with_a_bare_glucose_gets_no_dextrose(reason: Reason) -> None:
    """Umpierrez GE et al. hyperglycaemic crises consensus 2024: HHS is a glucose of
    >= 33.3 mmol/L (600 mg/dL). A triage line naming HHS with a bare 'glucose 48'
    states a hyperglycaemia in mmol/L; reading it as 48 mg/dL gives IV dextrose to a
    patient with HHS. No dextrose, not an ESI 1 hypoglycaemia."""
    out = reason(
        make_case(
            "hyperglycemia",
            age=77,
            sex="F",
            vitals=vitals(114, 102, 60, 20, 96),
            one_liner="77F HHS, glucose 47, confused, dry mouth",
        )
    )
    assert not O.medication_ordered(out, _DEXTROSE), O.orders(out)
    assert "hypoglyc" not in (O.treatment(out).working_diagnosis or "").lower()  # type: ignore[union-attr]


def test_high_sugar_with_a_bare_glucose_is_no_hypoglycaemia(reason: Reason) -> None:
    """ADA Standards of Care 2024 s6 and the 2024 crises consensus: 'high sugar' with
    a bare glucose of 55 is a hyperglycaemia in mmol/L; triage's low-glucose rule (IV
    dextrose now, ESI 1) must not fire on it."""
    out = reason(
        make_case(
            "high blood sugar",
            age=66,
            sex="M",
            vitals=vitals(104, 112, 70, 18, 97),
            one_liner="66M sugars very high, glucose 55, drowsy, passing lots of urine",
        )
    )
    assert not O.medication_ordered(out, _DEXTROSE), O.orders(out)
    assert out.final.esi != 1, out.final.esi


def test_guard_low_glucose_in_mg_dl_still_gets_dextrose(reason: Reason) -> None:
    """Guard (ADA Standards of Care 2024 s6): a confused insulin user with a glucose
    of 38 and no hyperglycaemia worded still gets dextrose now."""
    out = reason(
        make_case(
            "altered mental status",
            age=72,
            sex="F",
            vitals=vitals(98, 134, 80, 16, 98),
            one_liner="72F on insulin, sweaty and confused, glucose 38",
        )
    )
    assert O.medication_ordered(out, _DEXTROSE), O.orders(out)


_ASPIRIN = r"aspirin"


def test_anterior_chest_pain_at_coronary_risk_gets_aspirin(reason: Reason) -> None:
    """Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS 4.3.1.1 (class I): chewed aspirin for
    every suspected ACS without contraindication; Gulati M et al. AHA/ACC 2021: an
    anterior chest pain is possibly cardiac. A 68-year-old's anterior chest pain at
    triage gets aspirin with the ECG and troponin."""
    out = reason(
        make_case(
            "chest pain",
            age=68,
            sex="M",
            vitals=vitals(90, 150, 88, 18, 97),
            one_liner="68M anterior chest pain for 40 min, hypertensive",
        )
    )
    assert O.medication_ordered(out, _ASPIRIN), O.orders(out)


def test_possible_acs_in_the_note_gets_aspirin(reason: Reason) -> None:
    """AHA/ACC 2014 NSTE-ACS 4.3.1.1: the ED note's 'possible acute coronary
    syndrome' with central chest pain and a troponin pending is a suspected ACS:
    aspirin while it is ruled out."""
    out = reason(
        make_case(
            "chest pain",
            age=61,
            sex="F",
            vitals=vitals(86, 142, 84, 16, 98),
            ed_note="61-year-old with an hour of central chest pain at rest, type 2 "
            "diabetes. ECG sinus rhythm without ST elevation, troponin sent. "
            "Impression: possible acute coronary syndrome.",
        )
    )
    assert O.medication_ordered(out, _ASPIRIN), O.orders(out)


def test_guard_no_aspirin_with_a_pulse_deficit(reason: Reason) -> None:
    """Guard (Isselbacher EM et al. ACC/AHA 2022 aortic disease): an antiplatelet is
    withheld while aortic dissection is open: tearing pain to the back with unequal
    arm pressures."""
    out = reason(
        make_case(
            "chest pain",
            age=63,
            sex="M",
            vitals=vitals(100, 182, 98, 20, 97),
            ed_note="63-year-old with sudden tearing central chest pain going through "
            "to the back; BP 182/98 in the right arm, 140/78 in the left. "
            "Impression: aortic dissection versus ACS.",
        )
    )
    assert not O.medication_ordered(out, _ASPIRIN), O.orders(out)


def test_guard_reproducible_chest_wall_pain_gets_no_aspirin(reason: Reason) -> None:
    """Guard (Swap CJ, Nagurney JT. JAMA 2005: pain reproduced by palpation LR
    0.2-0.3): a chest pain reproduced on pressing is no suspected ACS."""
    out = reason(
        make_case(
            "chest pain",
            age=57,
            sex="F",
            vitals=vitals(78, 128, 78, 14, 99),
            one_liner="57F left chest pain since moving furniture, reproducible on "
            "palpation",
        )
    )
    assert not O.medication_ordered(out, _ASPIRIN), O.orders(out)


def test_guard_pneumothorax_on_the_film_closes_the_acs_suspicion(
    reason: Reason,
) -> None:
    """Guard (AHA/ACC 2021 chest pain: another diagnosis established): a large
    pneumothorax on the chest x-ray explains the chest pain; no aspirin."""
    out = reason(
        make_case(
            "chest pain",
            age=59,
            sex="M",
            vitals=vitals(102, 130, 80, 22, 93),
            ed_note="59-year-old smoker with sudden left chest pain and dyspnoea. "
            "Chest x-ray: large left pneumothorax. Impression: spontaneous "
            "pneumothorax.",
        )
    )
    assert not O.medication_ordered(out, _ASPIRIN), O.orders(out)


_ANTICOAGULANT = r"heparin|enoxaparin|anticoagul|apixaban|rivaroxaban|dabigatran"


def test_venous_sinus_thrombosis_on_the_venogram_is_anticoagulated(
    reason: Reason,
) -> None:
    """Saposnik G et al. AHA 2024 CVT; Ferro JM et al. ESO 2017: a cerebral venous
    thrombosis shown on CT venography is anticoagulated with LMWH or UFH (its name,
    'thrombosis of intracranial venous system', is no intracranial bleed)."""
    out = reason(
        make_case(
            "headache",
            age=33,
            sex="F",
            vitals=vitals(84, 128, 80, 16, 99),
            ed_note="33-year-old on the oral contraceptive with a week of worsening "
            "headache, worse lying down, and blurred vision; bilateral papilloedema. "
            "CT venogram: left transverse and sigmoid sinus thrombosis.",
        )
    )
    assert O.medication_ordered(out, _ANTICOAGULANT), (
        O.orders(out),
        O.blocked_names(out),
    )


def test_venous_thrombosis_with_a_haemorrhagic_infarct_is_still_anticoagulated(
    reason: Reason,
) -> None:
    """Ferro JM et al. ESO 2017 and AHA 2024 CVT: anticoagulation also with a
    haemorrhagic venous infarct (the bleed is the thrombosis's venous infarction)."""
    out = reason(
        make_case(
            "seizure",
            age=41,
            sex="F",
            vitals=vitals(94, 138, 84, 16, 98),
            ed_note="41-year-old with 5 days of headache and a first seizure today. "
            "MR venogram: superior sagittal sinus thrombosis with a small left "
            "parietal haemorrhagic venous infarct.",
        )
    )
    assert O.medication_ordered(out, _ANTICOAGULANT), (
        O.orders(out),
        O.blocked_names(out),
    )


def test_guard_subarachnoid_haemorrhage_is_not_anticoagulated(reason: Reason) -> None:
    """Guard (Hoh BL et al. AHA/ASA 2023 aSAH): an aneurysmal subarachnoid bleed on
    CT gets no anticoagulant."""
    out = reason(
        make_case(
            "headache",
            age=50,
            sex="F",
            vitals=vitals(88, 176, 96, 16, 98),
            ed_note="50-year-old with a sudden worst-ever headache an hour ago. CT: "
            "subarachnoid haemorrhage in the basal cisterns.",
        )
    )
    assert not O.medication_ordered(out, _ANTICOAGULANT), O.orders(out)


_CT_NEGATIVE_BRANCH = r"lumbar puncture|\blp\b"


def test_ct_showing_sah_closes_the_ct_negative_branch(reason: Reason) -> None:
    """Perry JJ et al. JAMA 2013; AHA/ASA 2023 aSAH: the lumbar puncture (or CTA) is
    for a CT that is negative beyond 6 h; a CT that shows subarachnoid blood makes it
    moot (the aneurysm's CTA is neurosurgery's). No 'LP if CT negative' beside it."""
    out = reason(
        make_case(
            "headache",
            age=57,
            sex="M",
            vitals=vitals(86, 168, 94, 16, 98),
            ed_note="57-year-old with a sudden occipital headache while straining, "
            "vomited twice, neck stiff. Non-contrast CT head: acute subarachnoid "
            "blood in the sylvian fissures.",
        )
    )
    assert not O.ordered(out, _CT_NEGATIVE_BRANCH), O.orders(out)


def test_guard_thunderclap_before_ct_keeps_the_lp_branch(reason: Reason) -> None:
    """Guard (Perry JJ et al. JAMA 2013; ACEP 2019): a thunderclap headache with no CT
    yet keeps the CT and the LP-or-CTA branch for a CT negative beyond 6 h."""
    out = reason(
        make_case(
            "headache",
            age=46,
            sex="F",
            vitals=vitals(84, 150, 88, 16, 99),
            ed_note="46-year-old with a sudden severe headache that peaked within a "
            "minute, 8 hours ago, neck pain. No CT yet.",
        )
    )
    assert O.ordered(out, _CT_NEGATIVE_BRANCH), O.orders(out)


def test_drunk_with_a_head_wound_at_gcs_10_is_scanned_and_admitted(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.7 and 1.9.1: a GCS below 13 after a head injury is a CT head
    within 1 h and admission while the GCS is not 15; alcohol does not explain it."""
    out = reason(
        make_case(
            "intoxication",
            age=52,
            sex="M",
            vitals=vitals(96, 140, 86, 14, 97),
            ed_note="52-year-old found on the pavement, smelling "
            "of alcohol, with a scalp wound over the occiput. GCS 9 (E2 V3 M4).",
        )
    )
    assert O.ordered(out, r"ct head|head ct|ct brain"), O.orders(out)
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_guard_drunk_at_gcs_15_without_injury_is_not_admitted(reason: Reason) -> None:
    """Guard (NICE NG232 applies to head injury): an intoxicated adult at GCS 15 with
    no head injury is not admitted by the head-injury criterion."""
    out = reason(
        make_case(
            "intoxication",
            age=29,
            sex="F",
            vitals=vitals(90, 124, 76, 14, 98),
            ed_note="29-year-old intoxicated after a wedding, GCS 15, walking "
            "steadily, no injury, no vomiting.",
        )
    )
    assert O.disposition(out).disposition not in ("Admit", "OR Admit")


_STEROID = r"corticosteroid|prednis|dexamethasone"


def test_woke_deaf_with_a_sensorineural_pattern_is_offered_a_steroid(
    reason: Reason,
) -> None:
    """Chandrasekhar SS et al. AAO-HNS 2019: a sudden hearing loss with a normal
    drum and a lateralising Weber (sensorineural) is SSNHL; oral corticosteroids are
    offered within 2 weeks, with ENT and an audiogram ('went deaf' is a hearing
    loss)."""
    out = reason(
        make_case(
            "hearing loss",
            age=52,
            sex="F",
            vitals=vitals(74, 132, 80, 14, 99),
            ed_note="52-year-old went deaf in the right ear overnight, with ringing. "
            "Drum normal. Weber lateralises to the left, Rinne positive both sides.",
        )
    )
    assert O.medication_ordered(out, _STEROID), O.orders(out)


def test_guard_wax_occluding_the_canal_gets_no_steroid(reason: Reason) -> None:
    """Guard (AAO-HNS 2019 KAS 1; AAO-HNS 2017 cerumen): a canal blocked by wax is a
    conductive loss: wax removal, no steroid."""
    out = reason(
        make_case(
            "hearing loss",
            age=70,
            sex="M",
            vitals=vitals(72, 138, 82, 14, 98),
            ed_note="70-year-old cannot hear in his left ear for a week; the canal is "
            "fully occluded by hard impacted wax.",
        )
    )
    assert not O.medication_ordered(out, _STEROID), O.orders(out)


def test_fournier_gangrene_of_the_scrotum_is_coded_n49_3(reason: Reason) -> None:
    """ICD-10-CM FY2024 index: Gangrene, Fournier N49.3 (male genital organs); M72.6
    is necrotising fasciitis elsewhere. Theatre stays (IDSA 2014 SSTI)."""
    out = reason(
        make_case(
            "scrotal pain",
            age=58,
            sex="M",
            vitals=vitals(122, 96, 58, 24, 96, 39.0),
            ed_note="58-year-old diabetic with a swollen, dusky, exquisitely painful "
            "scrotum and perineum, crepitus on palpation. Impression: Fournier's "
            "gangrene.",
        )
    )
    assert out.final.icd10 == "N49.3", out.final.icd10
    assert O.disposition(out).disposition == "OR Admit"


def test_toxic_shock_from_a_tampon_is_intensive_care_not_theatre(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA 2014; Nates JL et al. SCCM 2016: a tampon is removed at
    the bedside; toxic shock needs intensive care (vasopressors), not an operating
    theatre, unless an infected wound needs debridement."""
    out = reason(
        make_case(
            "fever",
            age=22,
            sex="F",
            vitals=vitals(130, 80, 42, 26, 96, 39.8),
            ed_note="22-year-old on day 3 of her period, using tampons, high fever, "
            "a diffuse sunburn-like rash, vomiting and hypotension. Impression: toxic "
            "shock syndrome.",
        )
    )
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_shoulder_that_cannot_be_lifted_after_a_fall_gets_an_x_ray(
    reason: Reason,
) -> None:
    """ACR Appropriateness Criteria shoulder pain, traumatic (2017): radiographs first
    after a shoulder injury with loss of function; an arm that cannot be lifted after
    a fall is not a contusion until a fracture or dislocation is excluded."""
    out = reason(
        make_case(
            "shoulder injury",
            age=39,
            sex="F",
            vitals=vitals(86, 132, 80, 16, 99),
            one_liner="came off her horse onto the left shoulder, unable to lift her "
            "arm",
        )
    )
    assert O.ordered(out, r"radiograph|x-?ray"), O.orders(out)

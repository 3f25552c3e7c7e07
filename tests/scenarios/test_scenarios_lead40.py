"""lead40 (issue 10): presentations a physician's review found mishandled.

Written from the sources named in each docstring, never from rows of the shared data:

- NICE NG234 (2023) spinal metastases and metastatic spinal cord compression, 1.3-1.4;
- NICE NG143 (2019) fever in under 5s (traffic-light green: home, no blood tests);
  NICE CKS hand, foot and mouth disease (2022); NICE CKS common cold (2022); Harris AM
  et al. ACP/CDC 2016; BTS 2011 community-acquired pneumonia in children;
- Creamer D et al. BAD 2016 SJS/TEN guideline (Br J Dermatol 2016;174:1194);
- Turner J et al. Society for Endocrinology 2016 acute hypocalcaemia (Endocr Connect
  2016;5:G7); Orloff LA et al. ATA 2018 postoperative hypoparathyroidism (Thyroid
  2018;28:830).

Each target scenario failed on main eb5e678 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_spinal_pain_in_cancer_without_neurology_gets_an_mri_within_a_week(
    reason: Reason,
) -> None:
    """NICE NG234 1.3: pain suggesting spinal metastases without neurological symptoms
    or signs asks for an MRI of the whole spine within a week, not an emergency MRI,
    and no dexamethasone (which is for neurological symptoms or signs, 1.4)."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="F",
            vitals=vitals(84, 138, 80, 16, 98, 36.8),
            one_liner="66F breast cancer, thoracic back pain worse at night",
            ed_note="66-year-old with metastatic breast cancer. Three weeks of "
            "progressive mid-thoracic back pain, worse lying flat and at night. No leg "
            "weakness, numbness or bladder or bowel change. Walking normally. "
            "Neurological examination normal.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"MRI .*within 1 week"), names
    assert not O.ordered(out, r"MRI of the whole spine now|emergent MRI"), names
    assert not O.medication_ordered(out, "dexamethasone"), names


def test_cancer_back_pain_with_leg_weakness_gets_an_mri_now_and_dexamethasone(
    reason: Reason,
) -> None:
    """Guard, NICE NG234 1.4: spinal pain in cancer with new limb weakness is MSCC:
    MRI of the whole spine now (within 24 h), dexamethasone 16 mg, admission."""
    out = reason(
        make_case(
            "back pain",
            age=71,
            sex="M",
            vitals=vitals(88, 142, 84, 16, 97, 36.9),
            one_liner="71M prostate cancer, back pain and 2 days of leg weakness",
            ed_note="71-year-old with metastatic prostate cancer. Two weeks of "
            "thoracic back pain, now two days of bilateral leg weakness and unsteady "
            "walking. "
            "Power 4/5 in both legs, sensory level at T10.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"MRI of the whole spine now|emergent MRI"), names
    assert not O.ordered(out, r"MRI .*within 1 week"), names
    assert O.medication_ordered(out, "dexamethasone"), names
    assert O.disposition(out).disposition in {"Admit", "OR Admit"}


NO_SEPSIS_WORKUP = ("blood culture", "lactate")


def test_hand_foot_and_mouth_disease_in_a_well_child_goes_home_without_blood_tests(
    reason: Reason,
) -> None:
    """NICE CKS HFMD 2022 and NICE NG143: a well, drinking child with fever, mouth
    ulcers and vesicles on the palms and soles has hand, foot and mouth disease:
    analgesia, fluids and safety-netting at home; no blood cultures or lactate."""
    out = reason(
        make_case(
            "fever",
            age=3,
            sex="M",
            vitals=vitals(130, 98, 60, 26, 99, 38.3),
            one_liner="3M fever, mouth ulcers, spots on hands and feet",
            ed_note="3-year-old with fever for a day and ulcers in the mouth, off his "
            "food but drinking. Small grey vesicles on the palms and soles. Well "
            "hydrated, alert and playful. No new medicines.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.proposes(out, "hand, foot and mouth"), O.diagnoses_proposed(out)
    assert not O.ordered(out, *NO_SEPSIS_WORKUP), names
    assert O.disposition(out).disposition == "Discharge"


def test_a_febrile_child_with_coryza_and_a_clear_chest_gets_no_chest_x_ray(
    reason: Reason,
) -> None:
    """NICE NG143 / BTS 2011: a well febrile child with a runny nose and a mild cough
    has an upper respiratory infection (NICE CKS common cold): no chest x-ray, no
    antibiotic, home with advice."""
    out = reason(
        make_case(
            "fever",
            age=3,
            sex="F",
            vitals=vitals(128, 98, 60, 24, 99, 38.4),
            one_liner="3F fever and runny nose 2 days, playful",
            ed_note="3-year-old with a runny nose, mild cough and fever for two days. "
            "Drinking well, normal wet nappies, playful and smiling. No rash.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.ordered(out, r"chest x-?ray", *NO_SEPSIS_WORKUP), names
    assert not O.medication_ordered(out, "amoxicillin", "ceftriaxone"), names
    assert O.disposition(out).disposition == "Discharge"


def test_a_febrile_child_with_crackles_and_fast_breathing_is_still_pneumonia(
    reason: Reason,
) -> None:
    """Guard, BTS 2011 paediatric CAP: fever with a raised respiratory rate, recession
    and focal crackles is pneumonia whatever the runny nose: not a common cold sent
    home."""
    out = reason(
        make_case(
            "fever",
            age=3,
            sex="F",
            vitals=vitals(150, 96, 58, 44, 92, 39.4),
            one_liner="3F fever, fast breathing, runny nose",
            ed_note="3-year-old with a runny nose then three days of fever and cough, "
            "now breathing fast with subcostal recession. Crackles and bronchial "
            "breathing at the right base. SpO2 92 % on air.",
        )
    )
    assert O.proposes(out, "pneumonia"), O.diagnoses_proposed(out)
    assert O.disposition(out).disposition != "Discharge"


def test_mouth_ulcers_with_drowsiness_and_neck_stiffness_are_not_sent_home(
    reason: Reason,
) -> None:
    """Guard, Ooi MH et al. Lancet Neurol 2010 (enterovirus 71) and NICE NG143 red
    features: a child with hand, foot and mouth spots who is drowsy with a stiff neck
    may have meningitis or encephalitis: worked up in hospital, not discharged."""
    out = reason(
        make_case(
            "fever",
            age=3,
            sex="M",
            vitals=vitals(168, 92, 56, 32, 97, 39.6),
            one_liner="3M fever, spots on hands and feet, now drowsy",
            ed_note="3-year-old with hand, foot and mouth spots for three days: "
            "vesicles on the palms and soles and ulcers in the mouth. Today drowsy "
            "and hard to rouse, neck stiffness, two episodes of jerking.",
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.proposes(out, "meningitis", "encephalitis"), O.diagnoses_proposed(out)


def test_mouth_ulcers_and_skin_peeling_after_lamotrigine_is_sjs_ten_admitted(
    reason: Reason,
) -> None:
    """BAD 2016 SJS/TEN: fever, a painful dusky rash with skin peeling on rubbing (the
    Nikolsky sign) and mouth ulcers weeks after starting lamotrigine is SJS/TEN:
    named as such, the drug stopped, admitted to a burn centre or ICU; not
    urticaria under observation."""
    out = reason(
        make_case(
            "rash",
            age=45,
            sex="F",
            vitals=vitals(112, 108, 66, 20, 97, 38.4),
            one_liner="45F started lamotrigine 3 weeks ago, painful rash, mouth ulcers",
            ed_note="45-year-old started lamotrigine three weeks ago. Two days of "
            "fever, then a painful dusky rash on the trunk, skin peeling on rubbing, "
            "ulcers in the mouth and red eyes.",
        )
    )
    assert O.proposes(out, "stevens-johnson", "epidermal necrolysis")
    assert O.medication_ordered(out, "stop culprit", "stop the culprit"), [
        o.name for o in O.orders(out)
    ]
    assert O.disposition(out).disposition in {"Admit", "OR Admit"}
    assert O.disposition(out).admit_level == "icu"


def test_an_adults_stabbing_pleuritic_chest_pain_gets_an_ecg(reason: Reason) -> None:
    """AHA/ACC 2021 chest pain guideline 2.1.1 (class 1): every adult with acute chest
    pain has a 12-lead ECG within 10 minutes of arrival, whatever the pain's
    character: a sharp, stabbing pain worse on breathing is also pericarditis' and
    PE's."""
    out = reason(
        make_case(
            "A 47-year-old man has had stabbing central chest pain for an hour, worse "
            "on deep breathing.",
            age=47,
            sex="M",
            vitals=vitals(92, 138, 86, 18, 97, 36.8),
        )
    )
    assert O.ordered(out, r"\becg\b", "electrocardiogram", "12-lead"), [
        o.name for o in O.orders(out)
    ]


def test_tetany_after_a_thyroidectomy_gets_iv_calcium_before_the_result(
    reason: Reason,
) -> None:
    """Society for Endocrinology 2016 and ATA 2018: tingling lips and painful hand
    spasms with Chvostek's sign two days after a total thyroidectomy are post-surgical
    hypocalcaemia: IV calcium gluconate with ECG monitoring, the calcium checked now,
    admission; not a discharge without a diagnosis."""
    out = reason(
        make_case(
            "cramps in hands",
            age=48,
            sex="F",
            vitals=vitals(88, 132, 80, 16, 98, 36.8),
            one_liner="48F two days after a total thyroidectomy, tingling lips and "
            "painful spasms of her hands, Chvostek positive",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "calcium gluconate", "calcium chloride"), names
    assert O.proposes(out, "hypoparathyroidism", "hypocalc")
    assert O.disposition(out).disposition != "Discharge"


def test_hyperventilation_with_carpopedal_spasm_is_not_alcohol_withdrawal(
    reason: Reason,
) -> None:
    """Guard and target: a young woman breathing fast in a panic attack with perioral
    tingling and carpopedal spasm, no alcohol use stated, hyperventilates (Society for
    Endocrinology 2016 lists it beside hypocalcaemia): no withdrawal protocol, no
    benzodiazepine schedule or thiamine for an alcohol use nobody stated."""
    out = reason(
        make_case(
            "tingling hands",
            age=22,
            sex="F",
            vitals=vitals(104, 126, 80, 28, 100, 36.8),
            one_liner="22F panic attack, breathing fast, tingling around the mouth and "
            "carpopedal spasm of both hands",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.proposes(out, "alcohol dependence with withdrawal"), (
        O.diagnoses_proposed(out)
    )
    assert not O.medication_ordered(out, "thiamine", "phenobarbital"), names

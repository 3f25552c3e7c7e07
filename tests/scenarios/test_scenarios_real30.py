"""real30: a physician's review of traces on real visits (issue 10).

Written from: Thornton PS et al. Pediatric Endocrine Society recommendations for
persistent hypoglycaemia in neonates, infants and children, J Pediatr 2015;167:238, and
Adamkin DH, AAP Committee on Fetus and Newborn, Pediatrics 2011;127:575 (hypoglycaemia
under 1 year is evaluated in hospital with a critical sample and a dextrose infusion);
ATLS 10th ed. ch. 7 and NICE NG41 2016 spinal injury (new weakness of the legs after an
injury is a spinal cord injury until imaging says otherwise: spinal motion restriction,
CT and MRI of the spine, spinal surgery).
"""

from __future__ import annotations

from typing import Any

from cases.models import Case, Vitals
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case


def _triage(case: Case, raw: str, **v: Any) -> Case:
    """``case`` with a triage vital-signs block whose structured fields are ``raw``."""
    return case.model_copy(update={"vitals": Vitals(raw=raw, **v)})


def test_infant_hypoglycaemia_is_admitted_with_a_critical_sample(
    reason: Reason,
) -> None:
    """A 5-day-old with recurrent measured hypoglycaemia, corrected with a dextrose
    bolus: admission and the critical sample, never home (PES 2015; AAP 2011)."""
    out = reason(
        make_case(
            "hypoglycemia",
            demographics={"age": 0, "age_days": 5},
            ed_note="5-day-old term baby, jittery. Plasma glucose 32 mg/dL, again 35"
            " mg/dL an hour later despite feeds. Given 10% dextrose bolus.",
        )
    )
    assert O.disposition(out).disposition in ("Admit", "Transfer"), O.disposition(out)
    assert O.ordered(out, "critical sample", "insulin"), O.orders(out)


def test_paraparesis_at_an_injury_visit_is_a_cord_injury(reason: Reason) -> None:
    """Paraparesis at a visit the triage record marks as an injury: spinal motion
    restriction, MRI of the spine and the spinal surgeon, admitted (ATLS 10th ed.
    ch. 7; NICE NG41 2016)."""
    case = _triage(
        make_case("lower extremity paraparesis", age=44, sex="M"),
        "Triage Vital Signs: BP: 124/78 | HR: 80 | RR: 18 | Mental: alert | "
        "Injury: yes",
        heart_rate=80,
        systolic_bp=124,
        diastolic_bp=78,
        respiratory_rate=18,
    )
    out = reason(case)
    assert O.ordered(out, "spinal motion restriction", "collar"), O.orders(out)
    assert O.ordered(out, "mri"), O.orders(out)
    assert O.ordered(out, "neurosurg", "spinal surg"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_mid_menstrual_pain_gets_a_pregnancy_test(reason: Reason) -> None:
    """Pelvic pain a woman of reproductive age calls mid-menstrual: a pregnancy test
    before the pain is called menstrual (ACOG PB 193; ACEP clinical policy early
    pregnancy 2017)."""
    out = reason(make_case("Midmenstrual pain", age=29, sex="F"))
    assert O.ordered(out, "hcg", "pregnancy test"), O.orders(out)


def test_reduced_acuity_after_an_eye_injury_is_examined_for_an_open_globe(
    reason: Reason,
) -> None:
    """Reduced vision after a blow to the eye: slit lamp with fluorescein, a rigid
    shield and ophthalmology, not a conjunctivitis discharge (Tintinalli 9th ed.
    ch. 241)."""
    out = reason(
        make_case(
            "eye injury",
            age=27,
            sex="M",
            one_liner="27-year-old man hit in the right eye by a squash ball an hour"
            " ago; vision is blurred in that eye since.",
        )
    )
    assert O.ordered(out, "slit-lamp", "slit lamp"), O.orders(out)
    assert O.ordered(out, "shield"), O.orders(out)
    assert O.ordered(out, "ophthalmolog"), O.orders(out)


def test_visual_acuity_complaint_at_an_injury_visit_gets_a_shield(
    reason: Reason,
) -> None:
    """A complaint about visual acuity at a visit the triage record marks as an
    injury: a rigid shield and the slit lamp (Tintinalli 9th ed. ch. 241)."""
    case = _triage(
        make_case("decreased visual acuity", age=41, sex="F"),
        "Triage Vital Signs: BP: 128/76 | HR: 72 | RR: 16 | Mental: alert | "
        "Injury: yes",
        heart_rate=72,
        systolic_bp=128,
        diastolic_bp=76,
        respiratory_rate=16,
        pain=5,
    )
    out = reason(case)
    assert O.ordered(out, "shield"), O.orders(out)
    assert O.ordered(out, "slit-lamp", "slit lamp"), O.orders(out)


def test_a_burning_pain_is_no_burn_injury(reason: Reason) -> None:
    """'Burning pain' in a hand is a pain's quality (neuropathic pain, complex regional
    pain syndrome: Harden RN et al. Budapest criteria, Pain 2010), not a thermal burn:
    no burn diagnosis, no %TBSA estimate."""
    out = reason(
        make_case(
            "burning pain in the right hand",
            age=46,
            sex="F",
            ed_note="Burning pain in the right hand since a wrist fracture two months"
            " ago, with swelling, shiny skin and allodynia. No burn or scald.",
        )
    )
    assert not O.proposes(out, "burn"), O.diagnoses_proposed(out)
    assert not O.ordered(out, "tbsa"), O.orders(out)


def test_back_pain_with_a_lytic_vertebral_lesion_is_not_nonspecific(
    reason: Reason,
) -> None:
    """Back pain with a lytic vertebral lesion on CT: the MSCC coordinator / acute
    oncology and the spinal surgeon, and an MRI of the whole spine (NICE NG234 2023)."""
    out = reason(
        make_case(
            "back pain",
            age=57,
            sex="F",
            ed_note="Mid-back pain for three weeks, worse at night. No weakness or"
            " numbness. CT: osteolytic lesion of the T9 vertebral body with cortical"
            " destruction.",
        )
    )
    assert O.ordered(out, "mscc", "oncolog", "spinal surg"), O.orders(out)
    assert O.ordered(out, "mri"), O.orders(out)


def test_a_pituitary_macroadenoma_on_mri_goes_to_neurosurgery(reason: Reason) -> None:
    """Headache and a bitemporal field loss with a 3 cm sellar mass on MRI: the
    neurosurgeon (NICE NG99 2018; Fleseriu M et al. Endocrine Society 2016)."""
    out = reason(
        make_case(
            "headache",
            age=52,
            sex="M",
            ed_note="Headache for two months, bumping into door frames. Bitemporal"
            " hemianopia on confrontation. MRI: 3 cm sellar mass with suprasellar"
            " extension compressing the optic chiasm.",
        )
    )
    assert O.ordered(out, "neurosurg"), O.orders(out)


def test_a_childs_brain_tumour_on_ct_goes_to_neurosurgery(reason: Reason) -> None:
    """A 9-year-old with morning vomiting and a posterior fossa mass on CT: the
    (paediatric) neurosurgeon, as for an adult (HeadSmart; NICE NG99 2018)."""
    out = reason(
        make_case(
            "vomiting",
            age=9,
            sex="F",
            ed_note="Three weeks of early-morning headache and vomiting, unsteady gait."
            " CT head: posterior fossa mass with obstructive hydrocephalus.",
        )
    )
    assert O.ordered(out, "neurosurg"), O.orders(out)


def test_untreated_adrenal_insufficiency_is_given_hydrocortisone(
    reason: Reason,
) -> None:
    """Adrenal insufficiency found on a failed ACTH stimulation test: hydrocortisone
    before any levothyroxine (Bornstein SR et al. Endocrine Society 2016; Fleseriu M
    et al. 2016)."""
    out = reason(
        make_case(
            "fatigue",
            age=38,
            sex="F",
            ed_note="Months of fatigue and weight loss. Sodium 131, potassium 5.2."
            " Short Synacthen test: cortisol 210 nmol/L at 30 min, consistent with"
            " adrenal insufficiency. Not on any steroid.",
        )
    )
    assert O.medication_ordered(out, "hydrocortisone"), O.orders(out)


def test_breathless_and_responding_only_to_voice_gets_a_blood_gas(
    reason: Reason,
) -> None:
    """Dyspnoea with a triage AVPU of V: a blood gas for carbon dioxide retention
    (O'Driscoll BR et al. BTS 2017; Davidson AC et al. BTS/ICS 2016)."""
    case = _triage(
        make_case("dyspnea", age=66, sex="M"),
        "Triage Vital Signs: BP: 118/72 | HR: 88 | RR: 22 | SpO2: 93% | "
        "Mental: verbal response",
        heart_rate=88,
        systolic_bp=118,
        diastolic_bp=72,
        respiratory_rate=22,
        spo2=93,
    )
    out = reason(case)
    assert O.ordered(out, "blood gas", "abg", "vbg"), O.orders(out)

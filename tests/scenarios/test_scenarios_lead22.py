"""The lead's session-22 review: spinal infection, steroid dependence, hyperventilation,
obstructive airways.

Written from: Darouiche RO. N Engl J Med 2006;355:2012 and Davis DP et al. J Emerg Med
2004;26:285 (spinal epidural abscess: back pain, fever, a risk factor such as injection
drug use, then deficits; midline tenderness of the thoracolumbar spine is not a neck
injury, and ATLS 10th ed. keeps spinal motion restriction for trauma); Simpson H et
al. Clin Med 2020;20:371 (Society for Endocrinology: a patient on long-term
glucocorticoids who is hypotensive and vomiting is in adrenal crisis) and ICD-10-CM
Official Guidelines I.A.13/I.B.7 (code first the underlying condition: the crisis
before its hypoglycaemia); DSM-5 panic attack (dyspnoea, paraesthesiae, chest
discomfort); GOLD 2024 report ch. 5 and Singer M et al. JAMA 2016;315:801 (Sepsis-3:
the tachypnoea and hypercapnic drowsiness of a COPD exacerbation are not infection's
organ dysfunction).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_thoracolumbar_tenderness_with_weak_legs_is_no_neck_injury(
    reason: Reason,
) -> None:
    """Fever, IV drug use, lower thoracic midline tenderness, both legs weak and a
    full bladder: a spinal epidural abscess (MRI, antibiotics, spinal surgeons), no
    cervical collar without an injury, and the abscess, not the retention, leads."""
    out = reason(
        make_case(
            "back pain and fever",
            age=47,
            sex="F",
            vitals=vitals(112, 122, 70, 20, 97, t=38.9),
            ed_note=(
                "47F, injects heroin, a week of worsening lower thoracic back pain "
                "with fevers; since last night both legs are weak and she cannot void. "
                "Midline spinal tenderness over T11-T12, hip flexion 3/5 bilaterally, "
                "bladder palpable, bladder scan 800 mL. WBC 19, ESR 98."
            ),
        )
    )
    assert not O.ordered(out, "collar"), O.orders(out)
    assert O.ordered(out, "mri"), O.orders(out)
    treat = O.treatment(out)
    assert treat is not None and "retention" not in treat.working_diagnosis.lower(), (
        treat.working_diagnosis if treat else None
    )


def test_shock_on_long_term_prednisolone_is_named_adrenal_crisis(
    reason: Reason,
) -> None:
    """On long-term prednisolone, vomiting for two days, SBP 80 after fluids, sodium
    126 and glucose 3.1 mmol/L: hydrocortisone now, and the final diagnosis is the
    crisis, not its hypoglycaemia."""
    out = reason(
        make_case(
            "vomiting and dizzy",
            age=63,
            sex="M",
            vitals=vitals(118, 80, 50, 20, 97, t=37.4),
            ed_note=(
                "63M with rheumatoid arthritis on long-term prednisolone 7.5 mg a day, "
                "vomiting since the weekend and unable to keep tablets down, weak and "
                "light-headed. Systolic 80 after a litre of saline. Sodium 126, "
                "potassium 4.9, glucose 3.1 mmol/L. Chest clear, abdomen soft."
            ),
        )
    )
    assert O.medication_ordered(out, "hydrocortisone"), O.medications(out)
    name = (out.final.diagnosis_name or "").lower()
    assert "adrenal" in name or "addison" in name, out.final.diagnosis_name


def test_hyperventilation_in_known_panic_disorder_is_not_heart_failure(
    reason: Reason,
) -> None:
    """A 19-year-old with panic disorder, breathless with tingling lips and fingers
    after distressing news, normal saturation and a clear chest: the working diagnosis
    is not heart failure and no diuretic is given."""
    out = reason(
        make_case(
            "difficulty breathing",
            age=19,
            sex="M",
            vitals=vitals(104, 130, 80, 26, 100),
            ed_note=(
                "19M with panic disorder, breathing fast and feeling he cannot get "
                "enough air since hearing bad news an hour ago, tingling around the "
                "lips and in both hands, tight chest. Has had the same episodes "
                "before. Chest clear, no leg swelling. ECG sinus tachycardia, normal."
            ),
        )
    )
    treat = O.treatment(out)
    assert treat is not None and "heart failure" not in treat.working_diagnosis.lower()
    assert not O.medication_ordered(out, "furosemide"), O.medications(out)


def test_a_wheezy_copd_exacerbation_is_not_called_sepsis(reason: Reason) -> None:
    """Known COPD, three days of wheeze and yellow sputum, RR 30 and drowsy, no fever
    and normal blood pressure: the exacerbation's own treatment, not a sepsis bundle
    with a second, broad-spectrum antibiotic."""
    out = reason(
        make_case(
            "short of breath",
            age=74,
            sex="M",
            vitals=vitals(108, 148, 84, 30, 85, t=37.3),
            ed_note=(
                "74M with COPD (FEV1 35 %), three days of increasing breathlessness, "
                "wheeze and cough with more yellow sputum. Drowsy but rousable, "
                "speaking in short phrases. Widespread wheeze, no crackles. "
                "Afebrile."
            ),
        )
    )
    treat = O.treatment(out)
    assert treat is not None and "sepsis" not in treat.working_diagnosis.lower()
    assert not O.ordered(out, "broad-spectrum"), O.orders(out)
    assert O.ordered(out, "nebuli", "salbutamol", "albuterol"), O.orders(out)


def test_an_aneurysm_with_retroperitoneal_blood_is_a_rupture(reason: Reason) -> None:
    """An abdominal aorta of 68 mm with a retroperitoneal haematoma on CT in a man with
    back pain and a low pressure: the rupture is established (ESVS 2019), not merely
    not excluded, and no antithrombotic is ordered."""
    out = reason(
        make_case(
            "back pain, collapse",
            age=77,
            sex="M",
            vitals=vitals(118, 86, 50, 22, 95),
            ed_note=(
                "77M collapsed at home with sudden severe low back pain. Pale, "
                "clammy. CT angiogram: abdominal aorta measures 68 mm with a left "
                "retroperitoneal haematoma."
            ),
        )
    )
    assert any(
        e.status == "ruled_in" and "aneurysm" in e.diagnosis.lower()
        for e in out.final.ledger
    ), [(e.diagnosis, e.status) for e in out.final.ledger]
    assert not O.medication_ordered(out, "heparin", "aspirin", "alteplase")


def test_a_clinical_abruption_goes_to_labour_and_delivery(reason: Reason) -> None:
    """At 33 weeks, constant pain with dark bleeding, the uterus is hard and tender
    and the fetal heart shows late decelerations: a clinical abruption (RCOG Green-top
    63), whose place is the obstetric unit or theatre, not a general ward bed."""
    out = reason(
        make_case(
            "pregnant with bleeding",
            age=29,
            sex="F",
            vitals=vitals(114, 104, 64, 20, 99),
            ed_note=(
                "29F G3P2 at 33 weeks with sudden constant abdominal pain and dark "
                "vaginal bleeding for 40 minutes. Uterus is hard and tender between "
                "palpations. CTG: late decelerations. No trauma."
            ),
        )
    )
    assert any(
        e.status == "ruled_in" and "placenta" in e.diagnosis.lower()
        for e in out.final.ledger
    ), [(e.diagnosis, e.status) for e in out.final.ledger]
    assert O.disposition(out).disposition in ("Send to L&D", "OR Admit")


def test_a_dizzy_patient_without_bleeding_gets_no_crossmatch(reason: Reason) -> None:
    """Dizziness with normal vitals and no bleeding: a blood count and urea answer an
    occult bleed (Glasgow-Blatchford inputs); a group and screen waits for a bleed."""
    out = reason(
        make_case("dizzy", age=72, sex="F", vitals=vitals(78, 138, 80, 16, 98))
    )
    assert not O.ordered(out, "type and screen", "crossmatch"), O.orders(out)


def test_a_black_stool_bleed_still_gets_a_group_and_screen(reason: Reason) -> None:
    """Named guard: melaena with a fast pulse keeps its coagulation screen and group and
    screen (ACG 2021)."""
    out = reason(
        make_case(
            "black stools",
            age=66,
            sex="M",
            vitals=vitals(108, 112, 70, 18, 97),
            ed_note="66M, two days of black tarry stools, light-headed on standing.",
        )
    )
    assert O.ordered(out, "type and screen", "crossmatch", "group and screen"), (
        O.orders(out)
    )


def test_a_faint_with_a_bruised_face_is_triaged_as_syncope(reason: Reason) -> None:
    """An older man on a beta-blocker who collapsed without warning and bruised his
    face: a high-risk syncope (ESI v4 handbook ch. 4: possible arrhythmia), ESI 2, not
    a facial swelling to be seen in turn."""
    out = reason(
        make_case(
            "An 82-year-old man with atrial fibrillation on bisoprolol blacked out "
            "without warning in the garden and now is awake and talking. There is a "
            "bruise over his left cheekbone. BP 118/70, HR 58, RR 16, SpO2 96%.",
            age=82,
            sex="M",
            vitals=vitals(58, 118, 70, 16, 96),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi

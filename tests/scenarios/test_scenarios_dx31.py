"""Diagnoses the knowledge base lacked or placed wrongly (dx31).

Sources: Ross DS et al. 2016 ATA guidelines for hyperthyroidism and other causes of
thyrotoxicosis (Thyroid 2016;26:1343): recommendation 2, a Burch-Wartofsky score >=
45 in thyrotoxicosis needs aggressive treatment (beta-blocker, thionamide, then
iodine, corticosteroid) in intensive care; recommendation 4, a beta-blocker for
symptomatic thyrotoxicosis, a calcium-channel blocker where beta-blockade is
contraindicated (asthma). Burch HB, Wartofsky L. Endocrinol Metab Clin North Am
1993;22:263 (the score). Jabs DA et al. SUN Working Group. Am J Ophthalmol
2005;140:509 and the AAO uveitis practice pattern: a painful red photophobic eye
with a ciliary flush and a small pupil is anterior uveitis until a slit lamp shows
otherwise; ophthalmology the same day; no topical steroid before the slit lamp (a
herpetic or microbial keratitis worsens; Tintinalli 9th ed. ch. 241). Narayana S,
McGee S. Am J Med 2015;128:1220 (red-eye findings). NICE NG12 1.11 (an X-ray
suggesting a bone sarcoma: very urgent specialist referral); gout begins after
puberty (Dalbeth N et al. Lancet 2021;397:1843). Chandler JR et al. Laryngoscope
1970;80:1414 and the RCH Melbourne guideline: a febrile sinusitis with eyelid
swelling is an orbital cellulitis until the orbit is examined or imaged; Rosenfeld
RM et al. AAO-HNS 2015: purulent nasal drainage with obstruction or facial pressure
is acute rhinosinusitis, treated with analgesia, saline and an intranasal steroid.
Each vignette is written for this file from those sources, never from shared-file
rows; properties, not strings.
"""

from __future__ import annotations

from tests.scenarios._orders import (
    disposition,
    medication_ordered,
    ordered,
    rules_shown,
    treatment,
    working,
)
from tests.scenarios.conftest import Reason, make_case, vitals

# --- thyrotoxicosis and thyroid storm ---------------------------------------------


def test_storm_in_known_graves_gets_thionamide_iodine_steroid_and_icu(
    reason: Reason,
) -> None:
    # Burch-Wartofsky: 39.6 C (25) + delirium (20) + diarrhoea (10) + HR 146 (25) +
    # AF (10) = 90 >= 45: a storm (ATA 2016 recommendation 2).
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=52,
            sex="F",
            vitals=vitals(146, 150, 64, 24, 96, 39.6),
            one_liner="52F confused, febrile, Graves disease",
            ed_note="52-year-old woman with Graves disease who ran out of her "
            "carbimazole a month ago. Two days of diarrhoea, now confused and "
            "restless. Goitre, tremor, hot moist skin, disoriented to time and place. "
            "ECG: atrial fibrillation 146. Lungs clear.",
            case_id="dx31-thyroid-storm",
        )
    )
    assert "storm" in working(out) or "thyrotoxic crisis" in working(out)
    assert medication_ordered(out, "propylthiouracil", "methimazole")
    assert medication_ordered(out, "hydrocortisone")
    assert out.final.disposition in ("Admit", "Transfer")
    assert disposition(out).admit_level == "icu"
    assert "burch-wartofsky" in rules_shown(out)


def test_thyrotoxic_tremor_weight_loss_and_heat_intolerance_is_worked_up(
    reason: Reason,
) -> None:
    # ATA 2016: TSH and free T4 confirm; a beta-blocker for the symptoms.
    out = reason(
        make_case(
            "TREMOR",
            age=41,
            sex="M",
            vitals=vitals(116, 142, 72, 16, 99, 37.2),
            one_liner="41M shaky hands, weight loss",
            ed_note="41-year-old man with two months of shaky hands, heat intolerance "
            "and weight loss of 7 kg though eating more. Fine tremor of the "
            "outstretched hands, smooth goitre, warm skin. Sinus tachycardia 116. "
            "No alcohol, no drugs, no asthma.",
            case_id="dx31-thyrotoxicosis-tremor",
        )
    )
    # TREMOR is no complaint of the knowledge base: the findings bring the diagnosis
    assert "thyro" in working(out)
    assert ordered(out, "tsh")


def test_thyrotoxicosis_with_asthma_gets_no_propranolol(reason: Reason) -> None:
    # ATA 2016 recommendation 4; BTS/SIGN 158: non-selective blockade in asthma.
    out = reason(
        make_case(
            "PALPITATIONS",
            age=30,
            sex="F",
            vitals=vitals(122, 130, 70, 18, 98, 37.3),
            one_liner="30F palpitations, tremor, asthma",
            ed_note="30-year-old woman with asthma on a salbutamol inhaler. A month of "
            "palpitations, heat intolerance, tremor and weight loss. Lid retraction "
            "and a diffuse goitre. Sinus tachycardia 122.",
            case_id="dx31-thyrotoxicosis-asthma",
        )
    )
    assert "thyro" in working(out)
    assert not medication_ordered(out, "propranolol")
    assert medication_ordered(out, "diltiazem", "verapamil")


# --- anterior uveitis -------------------------------------------------------------


def test_painful_photophobic_eye_with_ciliary_flush_is_uveitis(reason: Reason) -> None:
    out = reason(
        make_case(
            "EYE PAIN",
            age=29,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99, 36.7),
            one_liner="29F painful red left eye, light sensitive",
            ed_note="29-year-old woman with psoriatic arthritis: a painful red left "
            "eye for a day, photophobia, slightly blurred vision. No discharge, no "
            "contact lenses, no injury. Circumcorneal flush, left pupil smaller than "
            "the right, cornea clear without fluorescein uptake, IOP 11 left and 15 "
            "right.",
            case_id="dx31-uveitis",
        )
    )
    assert "uveitis" in working(out) or "iridocyclitis" in working(out)
    assert ordered(out, "ophthalmology")
    assert not any(
        "steroid" in o.name.lower()
        and "no " not in o.name.lower()
        and o.kind == "medication"
        for o in (treatment(out).orders if treatment(out) else ())
    )
    assert not ordered(out, "ct head", "ct angiography")
    assert not medication_ordered(out, "pilocarpine")


def test_angle_closure_stays_angle_closure_beside_uveitis(reason: Reason) -> None:
    # Guard: a mid-dilated pupil, corneal oedema and IOP 58 are a closed angle.
    out = reason(
        make_case(
            "EYE PAIN",
            age=71,
            sex="M",
            vitals=vitals(88, 172, 94, 16, 98, 36.6),
            one_liner="71M severe right eye pain, vomiting",
            ed_note="71-year-old man with sudden severe right eye pain and brow ache "
            "after reading in dim light, vomited twice, coloured haloes. Red eye, "
            "cloudy cornea, fixed mid-dilated pupil, IOP 58 right and 17 left.",
            case_id="dx31-angle-closure-guard",
        )
    )
    assert "angle-closure" in working(out) or "angle closure" in working(out)
    assert medication_ordered(out, "acetazolamide", "timolol")


# --- population limits and the bone tumour ---------------------------------------


def test_child_with_an_aggressive_femoral_lesion_is_referred_not_gout(
    reason: Reason,
) -> None:
    out = reason(
        make_case(
            "LEG PAIN",
            age=13,
            sex="F",
            vitals=vitals(84, 110, 66, 16, 99, 36.8),
            one_liner="13F knee pain for 2 months, waking at night",
            ed_note="13-year-old girl with two months of pain above the right knee, "
            "pain at night waking her, a firm swelling of the lower thigh. No injury, "
            "no fever. Radiograph: destructive lesion of the distal femoral metaphysis "
            "with a Codman triangle.",
            case_id="dx31-bone-tumour",
        )
    )
    assert ordered(out, "sarcoma", "orthopaedic oncology")
    names = " ".join(e.diagnosis.lower() for e in out.final.ledger)
    assert "gout" not in names


# --- orbital cellulitis on the headache list; the sinus headache -------------------


def test_febrile_sinus_headache_with_swollen_eyelid_keeps_the_orbit_open(
    reason: Reason,
) -> None:
    out = reason(
        make_case(
            "HEADACHE",
            age=31,
            sex="M",
            vitals=vitals(102, 124, 76, 18, 98, 38.4),
            one_liner="31M headache, sinus pressure, fever, swollen eyelid",
            ed_note="31-year-old man with a week of blocked nose and left facial "
            "pressure, now a left frontal headache with fever and a swollen left upper "
            "eyelid since this morning. Alert, no neck stiffness.",
            case_id="dx31-orbital-headache",
        )
    )
    open_mnm = " ".join(out.final.summary.open_must_not_miss).lower()
    assert "orbit" in open_mnm or "orbit" in (out.final.diagnosis_name or "").lower()
    assert ordered(out, "ct orbits")


def test_sinus_headache_with_purulent_discharge_gets_no_iv_migraine_protocol(
    reason: Reason,
) -> None:
    out = reason(
        make_case(
            "HEADACHE",
            age=38,
            sex="M",
            vitals=vitals(78, 128, 80, 14, 99, 37.1),
            one_liner="38M facial pressure headache, blocked nose",
            ed_note="38-year-old man with a week of blocked nose, thick green nasal "
            "discharge and pressure over the cheeks, worse bending over. No fever, no "
            "eye swelling, no neck stiffness, neurological examination normal.",
            case_id="dx31-sinus-headache",
        )
    )
    assert "sinusitis" in working(out)
    assert not medication_ordered(out, "prochlorperazine", "metoclopramide")
    assert not ordered(out, "ct head", "lumbar puncture")


# --- a second active problem, not a rival explanation ------------------------------


def test_hip_fracture_with_symptomatic_cystitis_treats_both(reason: Reason) -> None:
    # Two organ systems, neither explains the other: the cystitis is treated too
    # (NICE NG109; NICE CG124 for the fracture). Kassirer 2010 ch. 6 (Hickam).
    out = reason(
        make_case(
            "FALL",
            age=79,
            sex="F",
            vitals=vitals(92, 148, 80, 18, 96, 37.3),
            one_liner="79F fall, hip pain, cannot walk",
            ed_note="79-year-old woman tripped at home, cannot bear weight on the "
            "left leg, which is shortened and externally rotated. Radiograph: "
            "displaced left femoral neck fracture. For four days painful urination, "
            "frequency and urgency; urine dipstick nitrite positive, leucocytes 2+. "
            "eGFR 64. No drug allergies.",
            case_id="dx31-hip-fracture-uti",
        )
    )
    assert "femur" in working(out) or "fracture" in working(out)
    assert medication_ordered(
        out, "nitrofurantoin", "trimethoprim", "cefalexin", "cephalexin", "fosfomycin"
    )
    assert out.final.disposition in ("Admit", "Transfer")


def test_pneumonia_with_asymptomatic_bacteriuria_gets_one_regimen(
    reason: Reason,
) -> None:
    # Guard: a second infection competes for one fever; bacteriuria without urinary
    # symptoms is not treated (Nicolle LE et al. IDSA 2019 asymptomatic bacteriuria).
    out = reason(
        make_case(
            "COUGH",
            age=74,
            sex="M",
            vitals=vitals(106, 126, 72, 24, 92, 38.6),
            one_liner="74M cough, fever, breathless",
            ed_note="74-year-old man with four days of productive cough, fever and "
            "breathlessness. Bronchial breathing at the left base; chest radiograph: "
            "left lower lobe consolidation. Urine dipstick leucocytes 1+, nitrite "
            "negative; no urinary symptoms.",
            case_id="dx31-pneumonia-asb",
        )
    )
    assert "pneumonia" in working(out)
    assert not medication_ordered(out, "nitrofurantoin", "fosfomycin")

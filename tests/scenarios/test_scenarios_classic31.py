"""classic31 (issue 10): classic30b's leftovers and new classic ED presentations.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- NICE NG12 2015 1.6.1 / Barocas DA et al. AUA/SUFU 2020: painless visible
  haematuria is a urothelial cancer until cystoscopy and CT urography say otherwise;
- Drew BJ et al. AHA/ACCF 2010 QT statement: the magnesium push is for torsades;
- Creamer D et al. UK SJS/TEN 2016 / Harman KE et al. BAD 2017 pemphigus;
- NICE CG179 2014 pressure ulcers; Bosch X et al. NEJM 2009 rhabdomyolysis;
- Nicolle LE et al. IDSA 2019 asymptomatic bacteriuria.

Each scenario asserts safety properties and failed on main 0bde63c before its fix,
unless named a guard.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

MAGNESIUM_PUSH = (r"magnesium[^;]*over 1-2 min",)


def test_painless_visible_haematuria_is_referred_for_cystoscopy(reason: Reason) -> None:
    """NICE NG12 1.6.1 / AUA/SUFU 2020: painless visible haematuria at 45 or over
    without a UTI: suspected-cancer urology referral (cystoscopy, CT urography); no
    kidney-stone working diagnosis without colic."""
    out = reason(
        make_case(
            "blood in urine",
            age=71,
            sex="M",
            vitals=vitals(76, 152, 84, 16, 98),
            ed_note="71-year-old man, former smoker, has passed dark red urine three "
            "times since yesterday. No pain at all, no dysuria, no fever, voiding "
            "normally. Abdomen soft, non-tender, no loin tenderness.",
        )
    )
    assert O.ordered(out, r"cystoscop", r"ct urogra"), O.orders(out)
    working = (O.treatment(out).working_diagnosis or "").lower()
    assert "calculus" not in working and "stone" not in working, working
    assert "calculus" not in (out.final.diagnosis_name or "").lower()


def test_clot_retention_gets_irrigation_and_admission(reason: Reason) -> None:
    """Clot retention (EAU 2024; Avellino GJ et al. Urol Clin North Am 2019): a
    three-way catheter with washout and irrigation, as an inpatient."""
    out = reason(
        make_case(
            "urinary retention",
            age=77,
            sex="M",
            vitals=vitals(90, 146, 80, 16, 97),
            ed_note="77-year-old man on rivaroxaban, painless frank haematuria for 3 "
            "days, now passing clots and unable to pass urine for 6 hours. Lower "
            "abdomen distended. Bladder scan 800 mL.",
        )
    )
    assert O.ordered(out, r"irrigation", r"three-way"), O.orders(out)
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_long_qtc_without_torsades_gets_no_magnesium_push(reason: Reason) -> None:
    """Drew BJ et al. AHA/ACCF 2010: a QTc > 500 ms without torsades is monitored,
    the QT drugs stopped and K/Mg replaced; the 2 g push over 1-2 min is torsades'."""
    out = reason(
        make_case(
            "palpitations",
            age=64,
            sex="F",
            vitals=vitals(72, 128, 76, 16, 98),
            ed_note="64-year-old woman on escitalopram and clarithromycin, fluttering "
            "palpitations this afternoon, no syncope. ECG sinus rhythm, QTc 530 ms, "
            "no ventricular ectopy. K 3.4, Mg 0.70.",
        )
    )
    assert O.ordered(out, r"telemetry|continuous ecg"), O.orders(out)
    assert not O.medication_ordered(out, *MAGNESIUM_PUSH), O.orders(out)
    triage = next(r.output for r in out.trace if r.stage == "triage")
    assert not any("syncope" in f.lower() for f in triage.red_flags), triage.red_flags


def test_torsades_keeps_the_magnesium_push(reason: Reason) -> None:
    """Guard (AHA 2020 ACLS): documented torsades gets magnesium 2 g over 1-2 min."""
    out = reason(
        make_case(
            "syncope",
            age=59,
            sex="F",
            vitals=vitals(88, 118, 70, 18, 97),
            ed_note="59-year-old woman on methadone collapsed at home. On the monitor "
            "runs of torsades de pointes, self-terminating. QTc 590 ms. K 3.1.",
        )
    )
    assert O.medication_ordered(out, *MAGNESIUM_PUSH), O.orders(out)


def test_pemphigus_without_a_drug_gets_no_sjs_fluids_and_catheter(
    reason: Reason,
) -> None:
    """Creamer 2016 / BAD 2017: mucosal erosions with flaccid blisters and no new
    drug over weeks is pemphigus until biopsy, not SJS/TEN: no burn-unit fluids or
    catheter; still seen urgently (ESI 2)."""
    out = reason(
        make_case(
            "mouth ulcers",
            age=55,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 98, 37.0),
            one_liner="55M, two months of mouth erosions, now fragile blisters that "
            "break easily",
            ed_note="55-year-old man with two months of painful mouth erosions, now "
            "fragile blisters on the scalp and chest that break easily, about 8 % of "
            "the skin. Nikolsky sign positive. No new medicines. Eating soft food, "
            "drinking well.",
        )
    )
    assert not O.ordered(out, r"urinary catheter", r"parkland"), O.orders(out)
    assert out.final.esi is not None and out.final.esi <= 2


def test_sjs_after_a_new_drug_keeps_its_floor(reason: Reason) -> None:
    """Guard (Creamer 2016): mucosal erosions with detachment after lamotrigine is
    SJS/TEN: stop the culprit, fluids, burn unit."""
    out = reason(
        make_case(
            "rash",
            age=34,
            sex="F",
            vitals=vitals(112, 108, 64, 20, 97, 38.4),
            ed_note="34-year-old woman started lamotrigine 3 weeks ago, now painful "
            "red skin with flaccid blisters and skin peeling on the trunk, oral "
            "erosions and crusted lips, red eyes.",
        )
    )
    assert O.ordered(out, r"culprit"), O.orders(out)


def test_long_lie_gets_ck_and_pressure_area_care(reason: Reason) -> None:
    """Bosch X et al. NEJM 2009 (CK after immobilisation) and NICE CG179 2014
    (pressure-area care) after a long lie (Fleming & Brayne BMJ 2008)."""
    out = reason(
        make_case(
            "fall",
            age=83,
            sex="F",
            vitals=vitals(88, 134, 76, 18, 96, 36.1),
            ed_note="83-year-old woman fell in her bathroom and could not get up; her "
            "neighbour found her the next morning, about 14 hours on the floor. No "
            "head injury. Alert, GCS 15, reddened skin over the right hip.",
        )
    )
    assert O.ordered(out, r"\bck\b", r"creatine kinase"), O.orders(out)
    assert O.ordered(out, r"pressure[- ]area", r"pressure[- ]ulcer"), O.orders(out)


def test_bacteriuria_is_not_the_final_diagnosis_of_delirium(reason: Reason) -> None:
    """IDSA 2019 asymptomatic bacteriuria: a positive dipstick without urinary
    symptoms or fever does not make delirium a UTI: no UTI label, no antibiotic."""
    out = reason(
        make_case(
            "confusion",
            age=91,
            sex="M",
            vitals=vitals(80, 142, 78, 16, 96, 36.9),
            ed_note="91-year-old man from a nursing home, more muddled and sleepy for "
            "3 days; the home letter says UTI, urine dip positive. No fever, no "
            "dysuria reported, continent as usual. Drowsy, disorientated, moves all "
            "limbs, abdomen soft and non-tender. Urine dip: leucocytes ++, nitrite "
            "positive.",
        )
    )
    name = (out.final.diagnosis_name or "").lower()
    assert not re.search(r"urinary tract infection|cystitis", name), name
    working = (O.treatment(out).working_diagnosis or "").lower()
    assert "urinary tract infection" not in working, working
    assert not O.medication_ordered(out, r"nitrofurantoin|trimethoprim|cefalexin")


def test_no_rate_control_for_the_tachycardia_of_a_bleed(reason: Reason) -> None:
    """ESC 2024 AF (treat the precipitant) / ATLS 10th ed.: a known-AF patient
    bleeding with a shock index >= 1 is resuscitated, not given diltiazem or a
    beta-blocker that removes the compensating tachycardia."""
    out = reason(
        make_case(
            "nosebleed",
            age=81,
            sex="M",
            vitals=vitals(116, 108, 64, 20, 97),
            ed_note="81-year-old man with atrial fibrillation on apixaban, heavy "
            "nosebleed for 90 minutes from both sides, swallowing blood, light-headed. "
            "Pale, blood running down the back of the throat.",
        )
    )
    assert not O.medication_ordered(out, r"diltiazem", r"metoprolol"), O.orders(out)


def test_food_bolus_not_swallowing_saliva_is_urgent_endoscopy(reason: Reason) -> None:
    """ASGE 2011 / ESGE 2016: a food bolus with saliva not swallowed is a complete
    oesophageal obstruction: ESI 2 and endoscopy within hours, not a sore throat."""
    out = reason(
        make_case(
            "difficulty swallowing",
            age=45,
            sex="M",
            vitals=vitals(92, 138, 84, 16, 98),
            one_liner="45M with a piece of chicken stuck in his chest since lunch, "
            "unable to swallow his saliva",
            ed_note="45-year-old man, food sticking before. Since lunch a piece of "
            "chicken stuck behind the sternum, cannot swallow anything, spitting "
            "saliva into a cup. No stridor, speaking normally.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.ordered(out, r"endoscop"), O.orders(out)


def test_shunted_patient_with_headache_and_vomiting_gets_neurosurgery(
    reason: Reason,
) -> None:
    """Paff M et al. 2018 / Kestle JRW et al. 2016: headache, vomiting and drowsiness
    with a VP shunt are a malfunction until imaged: CT and shunt series,
    neurosurgery; no migraine treatment as the plan."""
    out = reason(
        make_case(
            "headache",
            age=23,
            sex="M",
            vitals=vitals(62, 148, 82, 14, 98),
            ed_note="23-year-old man with a ventriculoperitoneal shunt for "
            "hydrocephalus since infancy, 2 days of headache and vomiting, now drowsy. "
            "GCS 14, no fever.",
        )
    )
    assert O.ordered(out, r"neurosurg"), O.orders(out)
    assert O.ordered(out, r"shunt series"), O.orders(out)


def test_shoulder_dislocation_is_imaged_and_reduced(reason: Reason) -> None:
    """BESS/BOA 2015; Gottlieb M. J Emerg Med 2020: an anterior shoulder dislocation
    is x-rayed, the axillary nerve checked, and reduced (ESI 3: x-ray and procedural
    sedation); an arm held externally rotated is no hip fracture."""
    out = reason(
        make_case(
            "shoulder injury",
            age=31,
            sex="F",
            vitals=vitals(94, 128, 78, 16, 99),
            one_liner="31F fell skiing, left shoulder popped out, severe pain",
            ed_note="31-year-old woman fell skiing onto her outstretched left arm, "
            "felt the shoulder come out. Arm held abducted and externally rotated, "
            "squared-off shoulder, humeral head palpable anteriorly, radial pulse "
            "present.",
        )
    )
    assert out.final.esi == 3
    assert O.ordered(out, r"reduction"), O.orders(out)
    assert "hip" not in (out.final.diagnosis_name or "").lower()


def test_flexor_tenosynovitis_gets_iv_antibiotics_and_hand_surgery(
    reason: Reason,
) -> None:
    """Kennedy CD et al. Hand 2017 (Kanavel's signs) / IDSA SSTI 2014: pyogenic
    flexor tenosynovitis after a bite needs IV antibiotics and hand surgery."""
    out = reason(
        make_case(
            "finger swelling",
            age=47,
            sex="M",
            vitals=vitals(96, 132, 80, 16, 98, 37.9),
            ed_note="47-year-old man bitten on the middle finger by his dog 36 hours "
            "ago. Whole finger swollen and red, held in slight flexion, tenderness "
            "along the flexor sheath into the palm, pain on passive extension of the "
            "finger.",
        )
    )
    assert O.ordered(out, r"hand surg"), O.orders(out)
    assert O.medication_ordered(out, r"\biv\b.*(?:ampicillin|cef|amoxicillin)")


def test_paraphimosis_is_reduced(reason: Reason) -> None:
    """Choe JM. Am Fam Physician 2000: a paraphimosis is reduced now (block,
    compression, manual reduction), urology if that fails."""
    out = reason(
        make_case(
            "penile pain",
            age=72,
            sex="M",
            vitals=vitals(88, 148, 84, 16, 97),
            ed_note="72-year-old man, catheter changed this morning, now a swollen "
            "painful tip of the penis. The foreskin is stuck behind the glans with a "
            "tight oedematous ring; cannot pull the foreskin forward.",
        )
    )
    assert O.ordered(out, r"reduction"), O.orders(out)
    assert out.final.esi is not None and out.final.esi <= 3


def test_hay_fever_is_no_fever(reason: Reason) -> None:
    """Hay fever (allergic rhinitis) in the history is no fever (NICE NG143 reads a
    temperature of 38 C or a reported fever): no febrile label on a food bolus."""
    out = reason(
        make_case(
            "food stuck",
            age=34,
            sex="M",
            vitals=vitals(84, 130, 80, 14, 99, 36.7),
            one_liner="34M with hay fever, steak stuck in his chest for 2 hours",
            ed_note="34-year-old man with hay fever and eczema, steak stuck in his "
            "chest for 2 hours, swallowing saliva with difficulty.",
        )
    )
    assessment = next(r.output for r in out.trace if r.stage == "assessment")
    parts = (assessment.problem_representation or "").split("; ")
    found = next((p for p in parts if p.startswith("with ")), "with ")
    assert "fever" not in found[5:].split(", "), assessment.problem_representation

"""classic32 (issue 10): classic ED presentations and the leftovers of session 31.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Hogan CJ, Ruland RT. J Am Acad Orthop Surg 2006 high-pressure injection injuries;
- Stevens DL et al. IDSA SSTI 2014; Kennedy SA et al. J Hand Surg Am 2015 (bites);
- Chiodo CP et al. AAOS 2010 Achilles tendon rupture;
- Cohen EJ, Jeng BH. NEJM 2020 herpes zoster ophthalmicus; NICE CKS shingles 2023;
- van Doorn PA et al. EAN/PNS 2023 Guillain-Barre syndrome;
- Omole F et al. Am Fam Physician 2003 Bartholin abscess;
- Raff AB, Kroshinsky D. JAMA 2016 cellulitis (bilateral redness is rarely it);
- Nicolle LE et al. IDSA 2019 asymptomatic bacteriuria;
- Tenner S et al. ACG 2024 acute pancreatitis; ICD-10-CM S27.0 (traumatic pneumothorax).

Each scenario asserts safety properties and failed on main 0d7e922 before its fix.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_high_pressure_injection_goes_to_hand_surgery_not_home(reason: Reason) -> None:
    """Hogan CJ, Ruland RT 2006: a high-pressure injection is a surgical emergency
    whatever the size of the wound: ESI 2, emergent hand surgery, not discharged."""
    out = reason(
        make_case(
            "finger injury",
            age=41,
            sex="M",
            vitals=vitals(88, 134, 82, 16, 99),
            one_liner="41M airless paint sprayer injection into his middle finger",
            ed_note="41-year-old painter, an airless paint sprayer fired into the pad "
            "of his right middle finger an hour ago. Pinpoint wound, the finger is "
            "swelling and throbbing, pain 7/10.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.ordered(out, r"hand surgery"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_clenched_fist_injury_gets_co_amoxiclav_xray_and_hand_surgery(
    reason: Reason,
) -> None:
    """IDSA SSTI 2014; Kennedy SA et al. 2015: a knuckle cut on a tooth is a bite of
    the MCP joint: x-ray, amoxicillin-clavulanate, hand surgery review."""
    out = reason(
        make_case(
            "hand injury",
            age=23,
            sex="M",
            vitals=vitals(84, 128, 78, 16, 99),
            ed_note="23-year-old man punched someone in the teeth at a party two hours "
            "ago; 8 mm wound over the fourth knuckle of the right hand, bleeding "
            "stopped, sore to make a fist.",
        )
    )
    assert O.medication_ordered(out, r"amoxicillin-clavulanate|co-amoxiclav"), O.orders(
        out
    )
    assert O.ordered(out, r"x-ray of the hand|hand x-ray"), O.orders(out)
    assert O.ordered(out, r"hand surgery"), O.orders(out)


def test_achilles_rupture_is_immobilised_in_equinus_with_orthopaedic_review(
    reason: Reason,
) -> None:
    """Chiodo CP et al. AAOS 2010: a positive Thompson test is an Achilles rupture:
    equinus immobilisation and orthopaedic review, not an ankle sprain."""
    out = reason(
        make_case(
            "ankle injury",
            age=39,
            sex="F",
            vitals=vitals(80, 122, 76, 16, 99),
            ed_note="39-year-old woman lunging at badminton felt a snap at the back of "
            "the left ankle. Walks flat-footed. Palpable gap above the heel, "
            "Thompson test positive. No bony tenderness of the malleoli.",
        )
    )
    assert O.ordered(out, r"equinus"), O.orders(out)
    assert O.ordered(out, r"orthopaedic|orthopedic"), O.orders(out)
    assert "sprain" not in O.working(out), O.working(out)


def test_zoster_of_the_ophthalmic_division_gets_antiviral_and_eye_review(
    reason: Reason,
) -> None:
    """Cohen EJ, Jeng BH. NEJM 2020; NICE CKS shingles 2023: zoster with Hutchinson's
    sign threatens the eye: an oral antiviral now and same-day ophthalmology."""
    out = reason(
        make_case(
            "rash",
            age=67,
            sex="M",
            vitals=vitals(78, 142, 82, 16, 97),
            ed_note="67-year-old man, burning pain over the left forehead for 4 days, "
            "then a crop of blisters there; today blisters on the side of the nose "
            "(Hutchinson's sign) and the left eye is sore and watery.",
        )
    )
    assert O.medication_ordered(out, r"valaciclovir|valacyclovir|aciclovir"), O.orders(
        out
    )
    assert O.ordered(out, r"ophthalmology"), O.orders(out)


def test_ascending_weakness_with_areflexia_is_guillain_barre(reason: Reason) -> None:
    """van Doorn PA et al. EAN/PNS 2023: ascending symmetric weakness with lost
    reflexes is Guillain-Barre until shown otherwise: vital capacity, neurology,
    admission."""
    out = reason(
        make_case(
            "weakness",
            age=44,
            sex="F",
            vitals=vitals(92, 138, 84, 18, 98),
            ed_note="44-year-old woman, a chest infection 3 weeks ago, 5 days of pins "
            "and needles in the toes then weakness climbing up both legs, now "
            "struggling with stairs. Absent ankle jerks and knee jerks, power 4/5 "
            "in both legs, no sensory level, bladder normal.",
        )
    )
    assert O.ordered(out, r"vital capacity"), O.orders(out)
    assert O.ordered(out, r"neurology"), O.orders(out)
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_bartholin_abscess_is_drained_without_renal_imaging(reason: Reason) -> None:
    """Omole F et al. Am Fam Physician 2003: a Bartholin abscess is drained (Word
    catheter or incision) and sent home; it is no kidney stone to image."""
    out = reason(
        make_case(
            "vaginal pain",
            age=31,
            sex="F",
            vitals=vitals(82, 118, 72, 16, 99, 37.1),
            ed_note="31-year-old woman with a painful lump at the entrance of the "
            "vagina for 2 days. Tender fluctuant 4 cm Bartholin's abscess on the "
            "right. Urine pregnancy test negative. No fever.",
        )
    )
    assert O.ordered(out, r"word catheter|incision and drainage"), O.orders(out)
    assert not O.ordered(out, r"renal ultrasound|low-dose ct"), O.orders(out)
    assert "calculus" not in O.working(out), O.working(out)


def test_bilateral_red_scaly_shins_are_not_treated_as_cellulitis(
    reason: Reason,
) -> None:
    """Raff AB, Kroshinsky D. JAMA 2016: cellulitis is almost always unilateral;
    afebrile venous eczema of both legs gets emollients and a topical steroid, not
    an antibiotic or the cellulitis label."""
    out = reason(
        make_case(
            "leg redness",
            age=81,
            sex="F",
            vitals=vitals(74, 136, 78, 16, 97, 36.7),
            ed_note="81-year-old woman with varicose veins, itchy redness of both "
            "lower legs for a month, sent as bilateral cellulitis. Afebrile, well. "
            "Haemosiderin staining and scaling of both shins, mild ankle oedema, "
            "no tenderness.",
        )
    )
    assert not any(
        O.mentions(o, [r"cephalexin", r"cefalexin", r"flucloxacillin", r"doxycycline"])
        for o in O.medications(out)
    ), O.orders(out)
    assert "cellulitis" not in (out.final.diagnosis_name or "").lower()


def test_cellulitis_beside_sulfonylurea_hypoglycaemia_is_treated_too(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014 / ADA 2024: a febrile spreading cellulitis is
    treated beside the hypoglycaemia it may have precipitated; the metabolic working
    diagnosis is no rival explanation of a red swollen leg."""
    out = reason(
        make_case(
            "leg swelling",
            age=76,
            sex="F",
            vitals=vitals(90, 130, 76, 16, 97, 38.3),
            ed_note="76-year-old woman on glimepiride, 3 days of a hot, red, swollen "
            "right shin with spreading redness, fever, not eating. Confused and "
            "sweaty on arrival, capillary glucose 2.4 mmol/L. No crepitus.",
        )
    )
    assert O.medication_ordered(out, r"dextrose|glucagon"), O.orders(out)
    assert O.medication_ordered(
        out, r"cephalexin|cefalexin|flucloxacillin|cefazolin|doxycycline"
    ), O.orders(out)


def test_pneumonia_without_injury_gets_no_traumatic_pneumothorax_work_up(
    reason: Reason,
) -> None:
    """ICD-10-CM S27.0 (J93 Excludes1): a traumatic pneumothorax needs an injury; a
    pneumonia's dull, quiet base adds no eFAST for it."""
    out = reason(
        make_case(
            "shortness of breath",
            age=72,
            sex="M",
            vitals=vitals(106, 128, 72, 24, 92, 38.4),
            ed_note="72-year-old man with 4 days of fever, productive cough and "
            "breathlessness. Reduced breath sounds and dullness at the left base "
            "with crackles. Alert.",
        )
    )
    assert not O.ordered(out, r"efast"), O.orders(out)


def test_delirium_with_a_positive_dipstick_and_no_urinary_symptom_sends_no_culture(
    reason: Reason,
) -> None:
    """Nicolle LE et al. IDSA 2019 (recommendations 6-7): an older adult with
    delirium, bacteriuria and no urinary symptom or fever is not screened with a
    urine culture nor treated; the delirium's other causes are sought."""
    out = reason(
        make_case(
            "confusion",
            age=86,
            sex="M",
            vitals=vitals(80, 144, 80, 16, 96, 36.6),
            one_liner="86M from a care home, more confused for 3 days, sent as a UTI",
            ed_note="86-year-old man with dementia from a care home, more muddled and "
            "sleepy for 3 days; the letter says UTI, dipstick positive. No fever, no "
            "dysuria reported. Dipstick leucocytes ++, nitrite positive. Moves all "
            "limbs, abdomen soft.",
        )
    )
    assert not O.ordered(out, r"^urine culture"), O.orders(out)
    assert not any(
        O.mentions(o, [r"nitrofurantoin", r"trimethoprim", r"ceftriaxone"])
        for o in O.medications(out)
    ), O.orders(out)


def test_pneumonia_with_bacteriuria_is_not_admitted_as_a_urinary_infection(
    reason: Reason,
) -> None:
    """Nicolle LE et al. IDSA 2019: a febrile pneumonia with bacteriuria and no
    urinary symptom has a source, the lung; the bacteriuria is no febrile urinary
    infection to admit for."""
    out = reason(
        make_case(
            "cough",
            age=79,
            sex="F",
            vitals=vitals(100, 132, 74, 22, 94, 38.3),
            ed_note="79-year-old woman, 3 days of productive cough and fever. Crackles "
            "left base. Chest x-ray: left lower lobe consolidation. Urinalysis: "
            "leukocytes 2+, nitrite positive; no urinary symptoms.",
        )
    )
    assert "urinary infection" not in (O.disposition(out).rationale or "").lower()


def test_acute_pancreatitis_gets_a_gallbladder_ultrasound(reason: Reason) -> None:
    """Tenner S et al. ACG 2024: every acute pancreatitis gets a transabdominal
    ultrasound for gallstones (the commonest cause; cholecystectomy follows)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=55,
            sex="M",
            vitals=vitals(100, 134, 80, 18, 97, 37.4),
            ed_note="55-year-old man, 6 hours of severe epigastric pain going through "
            "to the back with vomiting. Epigastric tenderness. Lipase 1900 U/L "
            "(normal < 60).",
        )
    )
    assert O.ordered(out, r"upper quadrant ultrasound|abdominal ultrasound"), O.orders(
        out
    )

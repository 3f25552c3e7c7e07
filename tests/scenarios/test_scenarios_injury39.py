"""Injuries and musculoskeletal presentations, second review (injury39, issue 10).

A penetrating wound of the trunk has its own label and site code; an open fracture is
read when named with its bone between and coded by its bone; a buckle fracture, a
scaphoid fracture (seen or suspected), a mallet finger and an extensor mechanism
rupture have their own entries and orders; a sore hip after a long lie is filmed and
not sent home unfilmed; a person with cancer and spinal pain is not non-specific
back pain; an injured or painful ankle or knee is named by its symptom code. Each
scenario is written from the guideline named in its docstring; assertions are
safety properties, never strings of the shared files.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# --- open fractures (BOA/BAPRAS BOAST 4 2017; ICD-10-CM FY2024 chapter 19) ---


def test_open_tibial_shaft_fracture_gets_antibiotics_and_stays_in(
    reason: Reason,
) -> None:
    """BOAST 4 (2017): an open fracture gets IV antibiotics within 1 h and
    orthopaedic debridement; 'open tibial shaft fracture' names one whatever words
    stand between 'open' and 'fracture'. Never a contusion sent home."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=38,
            sex="M",
            vitals=vitals(98, 134, 82, 18, 98),
            ed_note=(
                "38-year-old footballer kicked on the shin. Open tibial shaft fracture "
                "with a 3 cm wound over the tibia. Foot warm, pulses present."
            ),
        )
    )
    assert O.medication_ordered(out, "cefazolin", "co-amoxiclav"), O.order_names(out)
    assert O.dispo(out) != "Discharge"
    assert "contusion" not in O.working(out)


def test_bone_visible_in_a_deformed_forearm_wound_is_an_open_forearm_fracture(
    reason: Reason,
) -> None:
    """BOAST 4: bone seen in a wound over a deformed limb is an open fracture
    (antibiotics within 1 h, theatre); ICD-10-CM codes it by its bone: the forearm
    (S52.-, 7th character B), not the tibia (S82.2-)."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=45,
            sex="M",
            vitals=vitals(102, 138, 84, 18, 98),
            ed_note=(
                "45-year-old fell from a ladder. Deformed right forearm with a 2 cm "
                "wound over the ulna through which bone is visible. Fingers pink, "
                "radial pulse present."
            ),
        )
    )
    assert O.medication_ordered(out, "cefazolin", "co-amoxiclav"), O.order_names(out)
    assert O.dispo(out) != "Discharge"
    assert _code(out).startswith("S52") and _code(out).endswith("B"), _code(out)


def test_open_femoral_fracture_is_coded_as_the_femur(reason: Reason) -> None:
    """ICD-10-CM FY2024 S72.9-: an open fracture of the femur is coded as the femur
    (7th character B), not as an open tibial fracture (BOAST 4 care unchanged)."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=23,
            sex="M",
            vitals=vitals(122, 108, 70, 22, 97),
            ed_note=(
                "23-year-old motorcyclist. Open fracture of his left femur with bone "
                "protruding through the thigh."
            ),
        )
    )
    assert _code(out).startswith("S72") and _code(out).endswith("B"), _code(out)


def test_open_humeral_fracture_is_coded_as_the_humerus(reason: Reason) -> None:
    """ICD-10-CM FY2024 S42.3-: an open humeral shaft fracture is the humerus's code
    (7th character B); BOAST 4: antibiotics within 1 h."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=60,
            sex="M",
            vitals=vitals(100, 150, 90, 18, 97),
            ed_note=(
                "60-year-old hit by a car. Open fracture of the right humerus: wound "
                "on the upper arm with bone ends visible."
            ),
        )
    )
    assert _code(out).startswith("S42") and _code(out).endswith("B"), _code(out)
    assert O.medication_ordered(out, "cefazolin", "co-amoxiclav"), O.order_names(out)


def test_open_ankle_fracture_is_coded_as_the_ankle(reason: Reason) -> None:
    """ICD-10-CM FY2024 S82.8-: an open ankle (malleolar) fracture is coded as the
    ankle / lower leg (7th character B), not as the tibial shaft (S82.2-)."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=52,
            sex="F",
            vitals=vitals(96, 140, 82, 16, 98),
            ed_note=(
                "52-year-old fell down stairs. Open ankle fracture with the medial "
                "malleolus through a wound on the inner ankle. Foot pink, pulses "
                "present."
            ),
        )
    )
    assert _code(out).startswith("S82") and not _code(out).startswith("S82.2")
    assert _code(out).endswith("B"), _code(out)


# --- penetrating wounds of the trunk (ATLS 10th ed. ch. 4-5; EAST 2010) ---


def test_stable_stab_wound_of_the_abdomen_is_labelled_a_wound_not_a_contusion(
    reason: Reason,
) -> None:
    """ATLS 10th ed.; Como JJ et al. EAST 2010: a stab wound of the abdomen in a
    haemodynamically normal patient is evaluated by the surgeon (CT, serial
    examination) and observed; it is an open wound of the abdominal wall (ICD-10-CM
    S31), never a 'contusion', and not sent home."""
    out = reason(
        make_case(
            "STAB WOUND",
            age=28,
            sex="M",
            vitals=vitals(98, 128, 78, 18, 98),
            ed_note=(
                "28-year-old stabbed once in the left upper quadrant with a kitchen "
                "knife 40 minutes ago. 2 cm wound, abdomen soft, mildly tender around "
                "the wound only. No other injuries."
            ),
        )
    )
    assert "contusion" not in O.working(out)
    assert _code(out).startswith("S31"), _code(out)
    assert O.ordered(out, "surg"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_omentum_not_visible_is_no_evisceration(reason: Reason) -> None:
    """EAST 2010: laparotomy for peritonitis, instability or evisceration; the stable
    patient without them is managed selectively. 'Omentum not visible' denies an
    evisceration: no laparotomy and no evisceration dressing."""
    out = reason(
        make_case(
            "STAB WOUND",
            age=26,
            sex="M",
            vitals=vitals(94, 130, 80, 18, 99),
            ed_note=(
                "26-year-old stabbed in the right lower quadrant. 1.5 cm wound, "
                "omentum not visible, abdomen soft and non-tender away from the wound."
            ),
        )
    )
    assert not O.ordered(out, "laparotomy", "eviscerat"), O.order_names(out)


def test_stab_wound_of_the_chest_is_a_thoracic_wound_with_a_chest_film(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4: a penetrating chest wound gets a chest film and eFAST
    (pneumothorax, haemothorax, pericardial blood) and the surgeon; it is an open
    wound of the thorax (ICD-10-CM S21), not 'haemorrhagic shock' at a normal
    blood pressure."""
    out = reason(
        make_case(
            "STAB WOUND",
            age=22,
            sex="M",
            vitals=vitals(104, 126, 80, 22, 95),
            ed_note=(
                "22-year-old stabbed in the right chest, 2 cm wound in the 5th "
                "intercostal space mid-axillary line. Breath sounds slightly reduced "
                "on the right."
            ),
        )
    )
    assert _code(out).startswith("S21"), _code(out)
    assert O.ordered(out, r"chest x-?ray", "efast"), O.order_names(out)
    assert "shock" not in O.working(out)


def test_stab_wound_of_the_lower_back_is_not_an_ankle_sprain(reason: Reason) -> None:
    """EAST 2010: a back or flank stab wound is a penetrating torso wound (CT with
    contrast, the surgeon); ICD-10-CM S31.0 (lower back). It is never worked up as a
    sprain with an NSAID."""
    text = (
        "A 41-year-old man was stabbed in the lower back outside a bar; there is a 3 "
        "cm wound to the left of the spine, and he is moving his legs normally. "
        "Vital signs: HR 96, BP 132/84, RR 18, SpO2 98%, T 36.7 C."
    )
    out = reason(make_case(text, age=41, sex="M", vitals=vitals(96, 132, 84, 18, 98)))
    assert "sprain" not in O.working(out)
    assert _code(out).startswith("S31"), _code(out)
    assert O.dispo(out) != "Discharge"


def test_stab_wound_with_peritonism_is_coded_with_peritoneal_penetration(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5; EAST 2010: peritonitis after an abdominal stab wound means
    the peritoneum is breached (laparotomy): ICD-10-CM S31.6-, and the operating
    room. The injury is coded first (ICD-10-CM I.C.19.b); R57 excludes traumatic
    shock (T79.4), so the trauma's shock is no R57.1 final code."""
    out = reason(
        make_case(
            "STAB WOUND",
            age=34,
            sex="M",
            vitals=vitals(128, 84, 50, 26, 96),
            ed_note=(
                "34-year-old stabbed in the abdomen. Pale and sweaty, abdomen rigid "
                "and distended, guarding in all quadrants."
            ),
        )
    )
    assert _code(out).startswith("S31.6"), _code(out)
    assert O.ordered(out, "laparotomy"), O.order_names(out)


# --- wrist (NICE NG38 2016; BSSH/RCEM 2021) ---


def test_buckle_fracture_gets_a_removable_splint_not_a_reduction(
    reason: Reason,
) -> None:
    """NICE NG38 2016: a buckle (torus) fracture of the distal radius in a child gets
    a removable splint and no routine follow-up; it is never manipulated, and it is
    not a 'contusion'."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=8,
            sex="M",
            vitals=vitals(96, 104, 62, 20, 99),
            ed_note=(
                "8-year-old fell off his bike onto an outstretched hand. Tender distal "
                "radius, no deformity, neurovascularly intact. X-ray: torus fracture "
                "of the distal radius."
            ),
        )
    )
    assert O.ordered(out, "splint"), O.order_names(out)
    assert not O.ordered(out, r"\breduction\b(?! and)", "reduction and splint")
    assert "contusion" not in O.working(out)
    assert _code(out).startswith("S52.52"), _code(out)
    assert O.dispo(out) == "Discharge"


def test_scaphoid_fracture_on_the_film_is_immobilised_with_fracture_clinic(
    reason: Reason,
) -> None:
    """NICE NG38 2016; BSSH 2021: a scaphoid fracture is immobilised and followed in
    the fracture or hand clinic (non-union, avascular necrosis); not a contusion with
    paracetamol."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=31,
            sex="M",
            vitals=vitals(80, 126, 78, 14, 99),
            ed_note=(
                "31-year-old fell off a bike. Snuffbox tenderness. X-ray: undisplaced "
                "fracture of the scaphoid waist."
            ),
        )
    )
    assert O.ordered(out, "cast", "splint", "immobili"), O.order_names(out)
    assert O.ordered(out, "fracture clinic", "hand surg"), O.order_names(out)
    assert _code(out).startswith("S62.0"), _code(out)


def test_suspected_scaphoid_with_a_normal_film_is_labelled_as_the_scaphoid(
    reason: Reason,
) -> None:
    """NICE NG38 2016: snuffbox tenderness with a normal film is a suspected scaphoid
    fracture (immobilise, MRI): the label names the scaphoid, not a contusion, and the
    code is the wrist injury's until imaging shows a fracture (ICD-10-CM IV.H)."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=24,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99),
            ed_note=(
                "24-year-old fell skiing onto an outstretched hand. Anatomical "
                "snuffbox tenderness and pain on thumb telescoping. Scaphoid views: "
                "no fracture seen."
            ),
        )
    )
    assert "scaphoid" in O.working(out), O.working(out)
    assert not _code(out).startswith("S62"), _code(out)
    assert O.ordered(out, r"\bmri\b"), O.order_names(out)


def test_guard_displaced_distal_radius_fracture_in_an_adult_is_still_reduced(
    reason: Reason,
) -> None:
    """Guard (BOAST distal radius 2017): a dorsally angulated distal radius fracture
    with a dinner-fork deformity in an adult is reduced; the buckle entry must not
    take it."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=70,
            sex="F",
            vitals=vitals(84, 146, 82, 16, 97),
            ed_note=(
                "70-year-old tripped on a kerb. Dinner-fork deformity. X-ray: dorsally "
                "angulated distal radius fracture. Hand neurovascularly intact."
            ),
        )
    )
    assert O.ordered(out, "reduction"), O.order_names(out)
    assert "torus" not in O.working(out) and "buckle" not in O.working(out)


# --- tendons (BSSH 2021; Cochrane 2004; Ilan 2003) ---


def test_mallet_finger_gets_an_extension_splint(reason: Reason) -> None:
    """BSSH Hand Trauma Standards 2021; Handoll & Vaghela Cochrane 2004: a drooping
    fingertip that cannot be straightened actively is a mallet finger: a splint
    holding the DIP joint straight for 6-8 weeks and hand clinic; not a contusion."""
    out = reason(
        make_case(
            "FINGER INJURY",
            age=40,
            sex="F",
            vitals=vitals(74, 122, 76, 14, 99),
            ed_note=(
                "40-year-old caught her finger tucking in a bed sheet. The tip of the "
                "middle finger droops and she cannot straighten it; skin intact."
            ),
        )
    )
    assert O.ordered(out, "mallet splint", r"splint.*(?:dip|extension)"), O.order_names(
        out
    )
    assert "contusion" not in O.working(out)


def test_quadriceps_tendon_rupture_is_referred_for_repair(reason: Reason) -> None:
    """Ilan DI et al. J Am Acad Orthop Surg 2003; Tintinalli 9th ed.: no active
    straight-leg raise with a suprapatellar gap is an extensor mechanism rupture:
    knee immobiliser and orthopaedics within days for repair (not a knee sprain)."""
    out = reason(
        make_case(
            "KNEE INJURY",
            age=64,
            sex="M",
            vitals=vitals(82, 142, 84, 14, 98),
            ed_note=(
                "64-year-old stumbled on stairs, knee buckled. Palpable gap above the "
                "patella, cannot perform a straight leg raise."
            ),
        )
    )
    assert O.ordered(out, "orthop"), O.order_names(out)
    assert O.ordered(out, "immobili"), O.order_names(out)
    assert "sprain" not in O.working(out)


def test_gunshot_wound_of_the_thigh_gets_an_arterial_index_and_a_film(
    reason: Reason,
) -> None:
    """Fox N et al. EAST 2012 (penetrating lower-extremity arterial trauma): without
    hard signs, an ankle-brachial index of the injured limb (CT angiography below
    0.9); ATLS 10th ed. ch. 8: the limb is filmed for a fracture and fragments."""
    out = reason(
        make_case(
            "GUNSHOT WOUND",
            age=25,
            sex="M",
            vitals=vitals(110, 122, 76, 20, 98),
            ed_note=(
                "25-year-old with a gunshot wound to the left thigh, entry wound "
                "anterior, exit wound posterior. Foot warm, pedal pulses present, no "
                "expanding haematoma."
            ),
        )
    )
    assert O.ordered(out, r"ankle[- ]brachial|arterial[- ]brachial|\babi\b"), (
        O.order_names(out)
    )
    assert O.ordered(out, r"radiograph|x-?ray"), O.order_names(out)


# --- the hip after a fall (NICE CG124 1.2.1) ---


def test_sore_hip_after_a_long_lie_is_filmed_and_not_sent_home(
    reason: Reason,
) -> None:
    """NICE CG124 1.2.1: hip pain after a fall in an older person is a hip fracture
    until the films exclude it; after a long lie CK too. 'A sore right hip' is hip
    pain: films before any discharge."""
    out = reason(
        make_case(
            "FALL",
            age=86,
            sex="F",
            vitals=vitals(92, 136, 78, 18, 95),
            ed_note=(
                "86-year-old found on the floor by her carer this morning after a "
                "night on the floor (long lie). Complains of a sore right hip; leg not "
                "obviously shortened."
            ),
        )
    )
    assert O.ordered(out, r"(?:hip|pelvi\w*).{0,30}(?:x-?ray|radiograph)"), (
        O.order_names(out)
    )
    assert O.dispo(out) != "Discharge"


def test_hip_pain_after_a_fall_at_triage_is_not_forecast_home(
    reason: Reason,
) -> None:
    """NICE CG124 1.2.1: hip pain after a fall at 65 or over needs hip films before
    any discharge; a triage-only record cannot be forecast home."""
    text = (
        "An 81-year-old man was found on the floor after lying there overnight and "
        "complains of pain in his left hip. Vital signs: HR 96, BP 142/80, RR 18, "
        "SpO2 96%, T 36.2 C."
    )
    out = reason(make_case(text, age=81, sex="M", vitals=vitals(96, 142, 80, 18, 96)))
    assert O.dispo(out) != "Discharge"


# --- back pain in a person with cancer (NICE NG59 2016; NICE NG234 2023) ---


def test_cancer_with_spinal_pain_gets_no_nonspecific_back_pain_order(
    reason: Reason,
) -> None:
    """NICE NG234 2023 1.3: spinal pain suggestive of metastases in a person with
    cancer goes to the MSCC coordinator and MRI; NICE NG59: 'no imaging without red
    flags' is for non-specific back pain, and cancer is a red flag. The label is not
    non-specific back pain."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=58,
            sex="F",
            vitals=vitals(80, 132, 80, 14, 98),
            ed_note=(
                "58-year-old with breast cancer treated 3 years ago. Progressive "
                "mid-back pain for a month, worse lying flat and at night, band-like "
                "around the chest. Neurology normal."
            ),
        )
    )
    assert not O.ordered(out, "no imaging without red flags"), O.order_names(out)
    assert O.ordered(out, r"\bmri\b"), O.order_names(out)
    assert "low back pain" not in O.working(out), O.working(out)


def test_guard_mechanical_low_back_pain_keeps_its_nsaid_and_goes_home(
    reason: Reason,
) -> None:
    """Guard (NICE NG59 2016; ACP 2017): low back pain after lifting with no red flag
    gets an NSAID, no imaging and goes home."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=35,
            sex="M",
            vitals=vitals(74, 124, 76, 14, 99),
            ed_note=(
                "35-year-old lifted a sofa yesterday and now has low back pain. No "
                "leg symptoms, no saddle numbness, bladder and bowels normal, no "
                "history of cancer."
            ),
        )
    )
    assert O.medication_ordered(out, *O.NSAID), O.order_names(out)
    assert not O.ordered(out, r"\bmri\b")
    assert O.dispo(out) == "Discharge"


# --- symptom-level codes (ICD-10-CM FY2024 Official Guidelines I.B.4) ---


def test_knee_pain_alone_is_coded_as_knee_pain(reason: Reason) -> None:
    """ICD-10-CM I.B.4: with no diagnosis established the presenting symptom is
    coded: knee pain is M25.56-, not no diagnosis at all."""
    out = reason(
        make_case("KNEE PAIN", age=45, sex="F", vitals=vitals(78, 132, 80, 14, 99))
    )
    assert _code(out).startswith("M25.56"), _code(out)


def test_ankle_injury_alone_is_coded_as_an_ankle_injury(reason: Reason) -> None:
    """ICD-10-CM FY2024 S99.91-: an injured ankle with no structure named is coded as
    the unspecified ankle injury, not left without a diagnosis."""
    out = reason(
        make_case("ANKLE INJURY", age=27, sex="M", vitals=vitals(76, 122, 76, 14, 99))
    )
    assert _code(out).startswith("S99.91"), _code(out)


# --- guards: the fixes must not over-reach ---


def test_guard_ottawa_negative_ankle_sprain_is_discharged_without_films(
    reason: Reason,
) -> None:
    """Guard (Stiell 1993): an ankle sprain that walked in, tender over the ATFL only,
    is Ottawa-negative: no radiograph, RICE and analgesia, discharge."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=24,
            sex="M",
            vitals=vitals(74, 120, 74, 14, 99),
            ed_note=(
                "24-year-old inverted his ankle playing basketball. Walked in unaided. "
                "Tender anterior to the lateral malleolus over the ATFL only; no bony "
                "tenderness at the malleoli, navicular or base of the fifth metatarsal."
            ),
        )
    )
    assert not O.ordered(out, r"ankle.{0,20}(?:x-?ray|radiograph)")
    assert "sprain" in O.working(out)
    assert O.dispo(out) == "Discharge"


def test_guard_finger_laceration_is_repaired_and_home(reason: Reason) -> None:
    """Guard (RCEM; BSSH 2021): a clean finger laceration with tendons and nerves
    intact is irrigated and closed, tetanus checked, and the patient goes home; no
    open-fracture antibiotics, no penetrating-wound label."""
    out = reason(
        make_case(
            "LACERATION",
            age=31,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            ed_note=(
                "31-year-old cut the pad of her left index finger with a kitchen "
                "knife. 1.5 cm laceration, full flexion and extension, sensation "
                "intact both sides, bleeding controlled."
            ),
        )
    )
    assert O.ordered(out, "repair", "suture", "closure"), O.order_names(out)
    assert not O.medication_ordered(out, "cefazolin")
    assert _code(out).startswith("S61"), _code(out)
    assert O.dispo(out) == "Discharge"


def test_guard_thigh_contusion_stays_a_contusion_and_goes_home(
    reason: Reason,
) -> None:
    """Guard (ATLS secondary survey): a kicked thigh that walks normally with no bony
    tenderness is a contusion: analgesia and home, no films, no fracture label."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=20,
            sex="M",
            vitals=vitals(72, 122, 74, 14, 99),
            ed_note=(
                "20-year-old kneed in the thigh playing rugby. Bruised, tender "
                "anterior thigh, walks normally, knee flexes beyond 90 degrees, no "
                "bony tenderness."
            ),
        )
    )
    assert "contusion" in O.working(out), O.working(out)
    assert O.dispo(out) == "Discharge"
    assert not O.medication_ordered(out, "cefazolin")


def test_stab_wound_of_the_forearm_is_coded_as_a_forearm_wound(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.b (an open wound is coded by its documented site);
    ATLS 10th ed.; BSSH 2021: a stab wound of the forearm with tendons, nerves and
    pulse intact is explored, closed and sent home, coded as a forearm wound (S51),
    neither a hand wound nor a penetrating wound of the trunk."""
    out = reason(
        make_case(
            "LACERATION",
            age=30,
            sex="M",
            vitals=vitals(88, 128, 78, 16, 99),
            ed_note=(
                "30-year-old with a stab wound to the volar forearm while defending "
                "himself. 4 cm wound, full flexion of all fingers against resistance, "
                "sensation intact, radial pulse present."
            ),
        )
    )
    assert _code(out).startswith("S51"), _code(out)
    assert O.dispo(out) == "Discharge"


def test_guard_open_book_pelvic_fracture_is_not_an_open_fracture(
    reason: Reason,
) -> None:
    """Guard (ATLS 10th ed. ch. 5; BOAST 4 2017): an 'open-book' pelvic fracture is a
    closed ring disruption (pelvic binder, haemorrhage control), not an open fracture:
    no open-fracture antibiotics and no open-fracture code."""
    out = reason(
        make_case(
            "PELVIC INJURY",
            age=44,
            sex="M",
            vitals=vitals(104, 124, 78, 20, 98),
            ed_note=(
                "44-year-old rider thrown from a horse. Pelvic pain. Skin intact, no "
                "wounds. CT: open-book pelvic fracture with symphyseal diastasis."
            ),
        )
    )
    assert not O.medication_ordered(out, "cefazolin"), O.order_names(out)
    assert not _code(out).endswith("B"), _code(out)


# --- burns (ATLS 10th ed. ch. 9; ISBI 2016; BBA) ---


def test_circumferential_forearm_burn_gets_no_fluid_formula_without_an_extent(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 9; ISBI 2016: formal fluid resuscitation is for burns of
    20 % TBSA or more in adults; a circumferential forearm burn (a few per cent)
    needs escharotomy and the burn centre, not a Parkland formula, and its extent
    is measured, not claimed (no T31.2- '20-29 %' code when none is stated)."""
    out = reason(
        make_case(
            "BURN",
            age=44,
            sex="M",
            vitals=vitals(100, 132, 80, 18, 98),
            ed_note=(
                "44-year-old with a circumferential full-thickness burn of the left "
                "forearm from a clothing fire. Fingers cool with slow capillary refill."
            ),
        )
    )
    assert not O.medication_ordered(out, r"ringer|per %tbsa|x %tbsa"), O.order_names(
        out
    )
    assert O.ordered(out, "escharotomy"), O.order_names(out)
    assert not _code(out).startswith("T31.2"), _code(out)


def test_guard_thirty_percent_flame_burn_still_gets_fluids(reason: Reason) -> None:
    """Guard (ATLS 10th ed. ch. 9): a stated 30 % TBSA burn in an adult gets formal
    fluid resuscitation by weight and %TBSA and the burn centre."""
    out = reason(
        make_case(
            "BURN",
            age=40,
            sex="M",
            vitals=vitals(118, 122, 76, 22, 97),
            ed_note=(
                "40-year-old caught in a garage fire. Partial and full-thickness burns "
                "to the chest, abdomen and both arms, estimated 30 % TBSA. No soot in "
                "the mouth."
            ),
        )
    )
    assert O.medication_ordered(out, r"ringer"), O.order_names(out)
    assert O.ordered(out, "burn cent"), O.order_names(out)


def test_guard_stabbing_chest_pain_is_no_stab_wound(reason: Reason) -> None:
    """Guard (ATLS 10th ed. ch. 4 is about wounds): 'stabbing' describes a pain's
    character; a stabbing pleuritic chest pain is no penetrating wound of the
    thorax (no open-wound label or S21 code)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=34,
            sex="F",
            vitals=vitals(88, 124, 78, 16, 98),
            ed_note=(
                "34-year-old with sudden stabbing left chest pain, worse on deep "
                "inspiration, for two hours. No injury."
            ),
        )
    )
    assert not _code(out).startswith("S21"), _code(out)
    assert "open wound" not in O.working(out), O.working(out)

"""Injuries and musculoskeletal presentations (injury38, issue 10).

The imaging decision rules (Ottawa ankle, foot and knee) put a fracture on the ledger
and a film in the orders before any contusion or sprain label; an open fracture named
in a patient's words; a dislocated hip replacement by its posture; the hip fracture of
a fall by the leg's; cauda equina and spinal metastasis red flags in back pain; a
child's inflicted scald. Each scenario is written from the guideline named in its
docstring; assertions are safety properties, never strings of the shared files.
"""

from __future__ import annotations

from agents.schemas import Order
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _consults(out: ReasoningOutput) -> list[Order]:
    return [o for o in O.orders(out) if o.kind == "consult"]


def _films(out: ReasoningOutput, region: str) -> bool:
    return any(
        o.kind == "diagnostic" and O.mentions(o, (rf"{region}.*(?:x-?ray|radiograph)",))
        for o in O.orders(out)
    )


# --- Ottawa ankle and foot rules (Stiell IG et al. JAMA 1993;269:1127) ---


def test_ankle_injury_unable_to_take_four_steps_is_filmed_as_a_fracture(
    reason: Reason,
) -> None:
    """Ottawa ankle rule (Stiell 1993): unable to bear weight both immediately and in
    the department for four steps is positive: ankle radiographs, and the fracture is
    what is worked up, never a sprain or contusion label before the film."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=28,
            sex="M",
            vitals=vitals(84, 128, 78, 14, 99),
            ed_note=(
                "28-year-old went over on his ankle stepping off a bus. He could not "
                "put weight on it at the time and cannot take four steps in the "
                "department."
            ),
        )
    )
    assert _films(out, "ankle"), [o.name for o in O.orders(out)]
    assert "fracture" in O.working(out)


def test_tender_tip_of_the_medial_malleolus_with_a_limp_is_filmed(
    reason: Reason,
) -> None:
    """Ottawa ankle rule: bone tenderness at the tip of either malleolus is positive
    on its own, whether or not the patient walks (a limp is bearing weight)."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=46,
            sex="F",
            vitals=vitals(78, 132, 80, 14, 99),
            ed_note=(
                "46-year-old turned her ankle on a step. Walking with a limp, tender "
                "over the tip of the medial malleolus."
            ),
        )
    )
    assert _films(out, "ankle"), [o.name for o in O.orders(out)]
    assert "contusion" not in O.working(out) and "sprain" not in O.working(out)


def test_navicular_tenderness_after_a_foot_injury_is_filmed_as_a_foot_fracture(
    reason: Reason,
) -> None:
    """Ottawa foot rule (Stiell 1993): navicular or fifth metatarsal base tenderness:
    foot radiographs; the midfoot fracture is on the ledger, not a contusion."""
    out = reason(
        make_case(
            "FOOT INJURY",
            age=35,
            sex="M",
            vitals=vitals(80, 126, 76, 14, 99),
            ed_note=(
                "35-year-old twisted his foot jumping off a wall. Walks with a limp. "
                "Navicular tenderness, no malleolar tenderness."
            ),
        )
    )
    assert _films(out, "foot"), [o.name for o in O.orders(out)]
    assert "fracture" in O.working(out)


def test_ottawa_negative_ankle_with_a_limp_gets_no_film_and_goes_home(
    reason: Reason,
) -> None:
    """Guard. Ottawa ankle rule negative (Stiell 1993; Bachmann LM et al. BMJ 2003):
    walking with a limp is bearing weight, and with no bone tenderness there is no
    film: a sprain managed at home."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=24,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            ed_note=(
                "24-year-old rolled her ankle at netball. She walks with a limp. "
                "No tenderness over the ankle bones, the navicular or the fifth "
                "metatarsal; tender over the anterior talofibular ligament."
            ),
        )
    )
    assert not _films(out, "ankle") and not _films(out, "foot")
    assert O.disposition(out).disposition == "Discharge"


# --- Ottawa knee rule (Stiell IG et al. JAMA 1996;275:611) ---


def test_ottawa_knee_positive_is_worked_up_as_a_fracture_not_a_contusion(
    reason: Reason,
) -> None:
    """Ottawa knee rule: fibular head tenderness after a knee injury is positive:
    knee radiographs, the fracture on the ledger, not a contusion before the film."""
    out = reason(
        make_case(
            "KNEE INJURY",
            age=33,
            sex="M",
            vitals=vitals(80, 128, 78, 14, 99),
            ed_note=(
                "33-year-old was tackled from the side playing rugby and hurt his "
                "right knee. Tenderness of the fibular head, flexes to 90 degrees."
            ),
        )
    )
    assert _films(out, "knee"), [o.name for o in O.orders(out)]
    assert "contusion" not in O.working(out)
    assert "fracture" in O.working(out)


# --- an open fracture in a patient's words (BOAST 4 2017) ---


def test_bone_poking_through_a_shin_wound_is_an_open_fracture(
    reason: Reason,
) -> None:
    """BOAST 4 (2017) open fractures: bone through a wound is an open fracture:
    IV antibiotics within an hour, orthopaedics for debridement; the leg's, not a
    hand laceration or a contusion."""
    out = reason(
        make_case(
            "A 40-year-old fell from scaffolding and has bone poking through a cut on "
            "his right shin. Vital signs: HR 102, BP 132/80, RR 18, SpO2 98%, "
            "T 36.8 C.",
            age=40,
            sex="M",
            vitals=vitals(102, 132, 80, 18, 98),
        )
    )
    assert O.medication_ordered(out, "cefazolin", "co-amoxiclav", "antibiotic")
    assert any(O.mentions(o, ("orthop",)) for o in _consults(out))
    assert not any(O.mentions(o, ("hand surg",)) for o in _consults(out))
    assert O.disposition(out).disposition != "Discharge"


# --- the hip: a dislocated replacement and a fractured neck of femur ---


def test_hip_replacement_with_a_shortened_internally_rotated_leg_is_reduced(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 8; AAOS / BOA: a shortened, internally rotated leg after a
    hip replacement is a (posterior) prosthetic dislocation: films, the sciatic
    nerve, closed reduction under sedation or anaesthesia by orthopaedics; not
    limb pain and home."""
    out = reason(
        make_case(
            "HIP PAIN",
            age=77,
            sex="F",
            vitals=vitals(90, 148, 82, 16, 97),
            ed_note=(
                "77-year-old with a left total hip replacement last year felt a clunk "
                "getting out of the bath. Severe pain, the left leg is shortened and "
                "internally rotated. Foot warm, pulses present."
            ),
        )
    )
    assert "dislocation" in O.working(out)
    assert any(O.mentions(o, ("reduction",)) for o in _consults(out))
    assert O.disposition(out).disposition != "Discharge"


def test_fall_with_a_shortened_externally_rotated_leg_is_a_hip_fracture(
    reason: Reason,
) -> None:
    """NICE CG124 hip fracture: a shortened, externally rotated leg after a fall is
    the displaced hip fracture: hip radiographs and its analgesia, not a wrist's
    film and reduction."""
    out = reason(
        make_case(
            "FALL",
            age=88,
            sex="M",
            vitals=vitals(88, 138, 78, 16, 95),
            ed_note=(
                "88-year-old found on the bedroom floor after a fall. Left leg "
                "shortened and externally rotated, pain on moving the hip."
            ),
        )
    )
    assert "femur" in O.working(out) or "hip" in O.working(out)
    assert not O.ordered(out, "wrist")
    assert O.ordered(out, "hip")
    assert O.disposition(out).disposition != "Discharge"


# --- back pain red flags (NICE NG59 2016; GIRFT 2023; NICE NG234 2023) ---


def test_back_pain_with_saddle_numbness_and_retention_in_lay_words_is_cauda_equina(
    reason: Reason,
) -> None:
    """GIRFT 2023 national suspected cauda equina syndrome pathway; NICE NG59: back
    pain with numbness around the back passage and no urine passed is suspected
    cauda equina syndrome: emergency MRI and the spinal surgeon, not home."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=47,
            sex="M",
            vitals=vitals(84, 134, 80, 16, 98),
            ed_note=(
                "47-year-old with low back pain for ten days now has numbness around "
                "the back passage and has not passed urine since last night."
            ),
        )
    )
    assert O.ordered(out, r"\bmri\b"), [o.name for o in O.orders(out)]
    assert "cauda equina" in O.working(out)
    assert O.disposition(out).disposition != "Discharge"


def test_cancer_with_thoracic_back_pain_at_night_gets_a_whole_spine_mri(
    reason: Reason,
) -> None:
    """NICE NG234 2023: a person with cancer and spinal pain suggestive of
    metastases (thoracic, at night, band-like) needs the MSCC coordinator and a
    whole-spine MRI, not an NSAID and home."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=63,
            sex="F",
            vitals=vitals(82, 138, 80, 16, 97),
            ed_note=(
                "63-year-old with metastatic breast cancer has three weeks of "
                "thoracic back pain that wakes her at night. No leg weakness, "
                "bladder and bowels normal."
            ),
        )
    )
    assert O.ordered(out, r"mri of the whole spine"), [o.name for o in O.orders(out)]
    assert any(O.mentions(o, ("oncolog", "mscc")) for o in _consults(out))
    assert O.disposition(out).disposition != "Discharge"


def test_simple_mechanical_back_pain_gets_no_imaging_and_goes_home(
    reason: Reason,
) -> None:
    """Guard. NICE NG59 2016: non-specific low back pain without red flags: no
    imaging, an NSAID, stay active, home."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=31,
            sex="F",
            vitals=vitals(74, 120, 74, 14, 99),
            ed_note=(
                "31-year-old with low back pain since moving furniture yesterday. No "
                "leg symptoms, bladder and bowels normal, no fever, no cancer."
            ),
        )
    )
    assert not O.ordered(out, r"\bmri\b", r"\bct\b")
    assert O.disposition(out).disposition == "Discharge"


# --- a child's inflicted scald (NICE CG89) ---


def test_toddler_with_symmetrical_tide_line_scalds_gets_child_protection(
    reason: Reason,
) -> None:
    """NICE CG89 child maltreatment; Maguire S et al. Burns 2008: symmetrical
    immersion scalds with clear tide lines and no splash marks suggest maltreatment:
    the child protection team and a place of safety, not a dressing and home."""
    out = reason(
        make_case(
            "SCALD",
            age=2,
            sex="F",
            vitals=vitals(128, 96, 60, 26, 99),
            ed_note=(
                "2-year-old with symmetrical scalds of both feet with clear tide "
                "lines and no splash marks. Mother says she climbed into the bath."
            ),
        )
    )
    assert any(O.mentions(o, ("child protection", "safeguard")) for o in _consults(out))
    assert O.disposition(out).disposition != "Discharge"


def test_adult_small_kettle_scald_gets_no_child_protection_and_goes_home(
    reason: Reason,
) -> None:
    """Guard. BBA/NNBC 2012 referral guidance: a 1 % superficial partial-thickness
    scald in an adult is dressed and followed up at home; the maltreatment pathway
    is a child's."""
    out = reason(
        make_case(
            "BURN",
            age=36,
            sex="M",
            vitals=vitals(80, 124, 76, 14, 99),
            ed_note=(
                "36-year-old spilled a kettle on the back of his hand. Superficial "
                "partial-thickness scald about 1% of the body surface."
            ),
        )
    )
    assert not any(
        O.mentions(o, ("child protection", "safeguard")) for o in _consults(out)
    )
    assert O.disposition(out).disposition == "Discharge"


# --- the elbow, the wrist and the hand ---


def test_toddler_swung_by_the_arms_who_will_not_use_it_has_a_pulled_elbow_reduced(
    reason: Reason,
) -> None:
    """Tintinalli 9th ed. ch. 141; RCH Melbourne pulled elbow guideline; Krul M et
    al. Cochrane 2017: a longitudinal pull and an unused arm with no swelling is a
    pulled elbow: reduced by hyperpronation in the department, no film, home."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=3,
            sex="M",
            vitals=vitals(108, 98, 60, 24, 99),
            ed_note=(
                "3-year-old lifted up by his arm onto the kerb by his mother; now "
                "will not use his left arm. No swelling, no bruising, no deformity."
            ),
        )
    )
    assert O.ordered(out, "hyperpronation", "supination"), [
        o.name for o in O.orders(out)
    ]
    assert O.disposition(out).disposition == "Discharge"


def test_toddler_who_fell_with_a_swollen_deformed_elbow_is_no_pulled_elbow(
    reason: Reason,
) -> None:
    """Guard. RCH Melbourne pulled elbow guideline; BOAST 11 (2020): a fall with a
    swollen, deformed elbow is a fracture until filmed, never manipulated as a
    pulled elbow."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=4,
            sex="F",
            vitals=vitals(120, 100, 62, 24, 99),
            ed_note=(
                "4-year-old fell off a slide onto her outstretched hand. Swollen, "
                "deformed elbow; radial pulse present, hand pink."
            ),
        )
    )
    assert not O.ordered(out, "hyperpronation")
    assert O.ordered(out, r"x-?rays?|radiograph")


def test_deformed_forearm_after_a_fall_gets_analgesia_before_the_film(
    reason: Reason,
) -> None:
    """RCEM best practice guideline, management of pain in adults (2021): analgesia
    within 20 minutes for moderate or severe pain; ATLS 10th ed. ch. 8: a deformed
    limb is splinted and filmed. The analgesic is not withheld until the fracture is
    confirmed."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=52,
            sex="M",
            vitals=vitals(92, 138, 84, 16, 98),
            ed_note=(
                "52-year-old slipped on ice and landed on his outstretched left hand. "
                "The forearm is swollen and angulated; fingers warm and pink."
            ),
        )
    )
    assert O.medication_ordered(
        out, "analges", "morphine", "fentanyl", "paracetamol"
    ), [o.name for o in O.orders(out)]
    assert O.ordered(out, r"x-?rays?|radiograph")


def test_distal_radius_fracture_with_median_nerve_numbness_goes_to_orthopaedics_now(
    reason: Reason,
) -> None:
    """BOAST distal radius fractures (BOA 2017); AAOS 2020: numbness of the thumb,
    index and middle fingers after a distal radius fracture is an acute carpal
    tunnel syndrome: reduction and decompression urgently, not a splint and home."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=58,
            sex="F",
            vitals=vitals(86, 146, 84, 16, 98),
            ed_note=(
                "58-year-old fell on her outstretched hand. Swollen deformed right "
                "wrist with numbness of the thumb, index and middle fingers. X-ray: "
                "displaced distal radius fracture."
            ),
        )
    )
    assert any(
        O.mentions(o, ("carpal tunnel",)) and O.mentions(o, ("orthop",))
        for o in _consults(out)
    ), [o.name for o in O.orders(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_numbness_beyond_a_finger_cut_goes_to_the_hand_surgeon(
    reason: Reason,
) -> None:
    """BSSH Hand Trauma Standards 2021: sensation lost beyond a finger wound is a
    digital nerve injury until explored: the hand surgeon repairs it."""
    out = reason(
        make_case(
            "FINGER INJURY",
            age=29,
            sex="M",
            vitals=vitals(78, 124, 76, 14, 99),
            ed_note=(
                "29-year-old cut the side of his middle finger on a broken bottle. "
                "Numbness beyond the cut on the ulnar side of the fingertip; "
                "flexion intact."
            ),
        )
    )
    assert any(O.mentions(o, ("hand surg",)) for o in _consults(out)), [
        o.name for o in O.orders(out)
    ]

"""Limb and vascular trauma and surgical complications (trauma37, issue 10).

A fracture-dislocation with a threatened foot, a limb's arterial injury, a neck
haematoma after anterior cervical spine surgery, a blocked or dislodged chest drain, a
burst abdomen, a leak after a bowel operation and a crush. Each scenario is written
from the guideline named in its docstring; assertions are safety properties, never
strings of the shared files.
"""

from __future__ import annotations

from agents.schemas import Order
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _consults(out: ReasoningOutput) -> list[Order]:
    return [o for o in O.orders(out) if o.kind == "consult"]


def _consulted(out: ReasoningOutput, *words: str) -> bool:
    return any(O.mentions(o, words) for o in _consults(out))


# --- a limb threatened by its fracture or dislocation (BOAST ankle 2016; ATLS 10) ---


def test_ankle_fracture_dislocation_with_a_pale_cold_foot_is_reduced_and_kept(
    reason: Reason,
) -> None:
    """BOA BOAST 'Management of ankle fractures' 2016: a dislocated ankle with a
    threatened foot is reduced and splinted at once, before radiographs, and the
    foot re-checked; orthopaedics emergently, not a splint and home. Its artery is
    no hand surgeon's."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=52,
            sex="F",
            vitals=vitals(94, 136, 82, 16, 98),
            ed_note=(
                "52-year-old fell down two steps. The left ankle is deformed and "
                "displaced laterally, the foot is cold and pale with no dorsalis "
                "pedis pulse. Impression: ankle fracture-dislocation."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "reduce", "realign"), [o.name for o in O.orders(out)]
    assert _consulted(out, "orthopaedics emergently", "orthopedics emergently")
    assert not _consulted(out, "hand surgery")


def test_ankle_fracture_dislocation_with_tented_skin_is_reduced(
    reason: Reason,
) -> None:
    """BOAST ankle fractures 2016: skin tented or blanched over a displaced ankle is
    pressure necrosis within hours: reduce and splint now, admit."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=70,
            sex="F",
            vitals=vitals(86, 146, 84, 16, 98),
            ed_note=(
                "70-year-old tripped in the garden. Deformed right ankle, the skin "
                "over the medial malleolus is tented and white, foot warm with "
                "pulses. Impression: bimalleolar fracture-dislocation."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "reduce", "realign")


def test_dislocated_elbow_without_a_radial_pulse_gets_the_vascular_surgeon(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 8; Fox N et al. EAST 2012: a dislocation with lost distal
    pulses is reduced at once and, if perfusion does not return, the artery is
    imaged or explored by the vascular surgeon; the hand surgeon repairs a wound's
    tendons and nerves, not a closed brachial artery injury."""
    out = reason(
        make_case(
            "ELBOW INJURY",
            age=39,
            sex="M",
            vitals=vitals(96, 134, 80, 16, 99),
            ed_note=(
                "39-year-old fell off a ladder onto his outstretched arm. The right "
                "elbow is dislocated, the right radial pulse is absent and the hand "
                "is cool. Impression: posterior elbow dislocation."
            ),
        )
    )
    assert _consulted(out, "vascular surg"), [o.name for o in _consults(out)]
    assert not _consulted(out, "hand surgery")
    assert O.disposition(out).disposition != "Discharge"


def test_knee_dislocation_with_a_cold_pulseless_foot_gets_the_vascular_surgeon(
    reason: Reason,
) -> None:
    """Fox N et al. EAST 2012; Medina O et al. 2014: a knee dislocation with a cold
    foot and no pulse at the ankle is a popliteal artery injury: vascular surgery
    emergently (CT angiography or theatre), no hand-surgery consult."""
    out = reason(
        make_case(
            "KNEE INJURY",
            age=28,
            sex="M",
            vitals=vitals(102, 128, 78, 18, 98),
            ed_note=(
                "28-year-old in a motorbike crash. Grossly deformed left knee, the "
                "foot is cold and no pulse is felt at the ankle. Impression: knee "
                "dislocation."
            ),
        )
    )
    assert _consulted(out, "vascular surg"), [o.name for o in _consults(out)]
    assert not _consulted(out, "hand surgery")


def test_arm_wound_with_a_low_arterial_pressure_index_is_imaged_not_sent_home(
    reason: Reason,
) -> None:
    """Fox N et al. EAST 2012 (penetrating extremity trauma): an arterial pressure
    index below 0.9 is CT angiography and the vascular surgeon; a weak pulse in a
    wounded arm with no chest or back pain is that limb's artery, not an aortic
    dissection (ADD-RS applies to patients with aortic symptoms: Rogers AM et al.
    Circulation 2011), so no rate control."""
    out = reason(
        make_case(
            "LACERATION",
            age=31,
            sex="M",
            vitals=vitals(98, 128, 76, 16, 99),
            ed_note=(
                "31-year-old cut his left upper arm on a broken window, bleeding "
                "controlled with pressure, left radial pulse weaker than the right, "
                "API 0.78. Impression: possible brachial artery injury."
            ),
        )
    )
    assert _consulted(out, "vascular surg"), [o.name for o in _consults(out)]
    assert not O.medication_ordered(out, "esmolol", "labetalol")
    assert O.disposition(out).disposition != "Discharge"


def test_undisplaced_ankle_fracture_with_pulses_is_splinted_and_sent_home(
    reason: Reason,
) -> None:
    """Guard. NICE NG38 (2016); Stiell 1992: an Ottawa-positive ankle with an
    undisplaced lateral malleolar (Weber A) fracture and a perfused foot is splinted
    and followed up in the fracture clinic: no reduction, no vascular surgeon."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=26,
            sex="F",
            vitals=vitals(82, 122, 74, 14, 99),
            ed_note=(
                "26-year-old rolled her ankle at netball, tender at the tip of the "
                "lateral malleolus, could not take four steps. Foot warm, pulses "
                "present, sensation normal. X-ray: undisplaced Weber A fracture. "
                "Impression: undisplaced lateral malleolus fracture."
            ),
        )
    )
    assert O.disposition(out).disposition == "Discharge"
    assert not O.ordered(out, "reduce (realign)")
    assert not _consulted(out, "vascular surg")


def test_reduced_knee_dislocation_with_a_normal_abi_has_no_vascular_consult(
    reason: Reason,
) -> None:
    """Guard. Mills WJ et al. J Trauma 2004: an ABI of 0.9 or more after a knee
    dislocation excludes a significant arterial injury (serial examination and
    observation, no CT angiography or vascular surgeon)."""
    out = reason(
        make_case(
            "KNEE INJURY",
            age=33,
            sex="F",
            vitals=vitals(86, 122, 76, 16, 99),
            ed_note=(
                "33-year-old, knee dislocation reduced at the scene, foot warm, "
                "pulses symmetrical, ankle-brachial index 1.02. Impression: reduced "
                "knee dislocation."
            ),
        )
    )
    assert not _consulted(out, "vascular surg")


def test_pulseless_pink_hand_of_a_supracondylar_fracture_is_no_arrest(
    reason: Reason,
) -> None:
    """BOAST 11 (2020): the 'pulseless pink hand' of a supracondylar fracture is the
    limb's sign, not a pulseless patient: no advanced airway, CPR or post-ROSC
    care for a talking child."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=7,
            sex="F",
            vitals=vitals(118, 102, 62, 22, 99),
            ed_note=(
                "7-year-old fell off the climbing frame, swollen deformed right "
                "elbow, crying and talking. Impression: displaced supracondylar "
                "fracture with a pulseless pink hand."
            ),
        )
    )
    assert not O.ordered(out, "advanced airway", "post-ROSC", "ROSC")
    assert O.disposition(out).admit_level != "icu"


# --- a neck haematoma after anterior cervical spine surgery (Iliff 2022) ---


def test_neck_swelling_after_acdf_gets_the_airway_plan_and_the_surgeon(
    reason: Reason,
) -> None:
    """Iliff HA et al. Anaesthesia 2022 (DAS/BAETS/ENT UK); Palumbo MA et al. Spine
    J 2012: swelling of the neck after an anterior cervical discectomy and fusion is
    a haematoma threatening the airway: airway plan (SCOOP if stridor), the
    operating team emergently, admission, not home."""
    out = reason(
        make_case(
            "NECK SWELLING",
            age=57,
            sex="F",
            vitals=vitals(94, 148, 88, 18, 97),
            ed_note=(
                "57-year-old 3 days after an anterior cervical discectomy and fusion "
                "with a swollen neck and difficulty swallowing since this morning. "
                "Talking in full sentences."
            ),
        )
    )
    assert O.ordered(out, "SCOOP", "open the wound"), [o.name for o in O.orders(out)]
    assert _consulted(out, "operating surgical team")
    assert O.disposition(out).disposition != "Discharge"


def test_acdf_one_liner_gets_the_airway_plan(reason: Reason) -> None:
    """Iliff 2022: the same haematoma written as a triage one-liner ('post ACDF')
    gets the same plan."""
    out = reason(
        make_case(
            "NECK SWELLING",
            age=64,
            sex="M",
            vitals=vitals(90, 150, 90, 16, 98),
            one_liner="64M 2 days post ACDF, swelling at the front of the neck",
        )
    )
    assert O.ordered(out, "SCOOP", "open the wound"), [o.name for o in O.orders(out)]


def test_acdf_haematoma_with_stridor_keeps_the_scoop_order(reason: Reason) -> None:
    """Iliff 2022: with stridor the wound is opened at the bedside (SCOOP) while the
    airway team comes; the airway team's own order must not stand in for it."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=60,
            sex="M",
            vitals=vitals(120, 162, 96, 26, 91),
            ed_note=(
                "60-year-old the day after an anterior cervical discectomy and fusion "
                "with rapidly increasing neck swelling and stridor."
            ),
        )
    )
    assert O.ordered(out, "SCOOP", "open the wound"), [o.name for o in O.orders(out)]


def test_old_acdf_with_neck_stiffness_gets_no_haematoma_plan(reason: Reason) -> None:
    """Guard. An operation years ago is past history (Bailey & Love 28th ed.): no
    haematoma, no wound opened."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=66,
            sex="F",
            vitals=vitals(78, 138, 82, 14, 98),
            ed_note=(
                "66-year-old with an anterior cervical discectomy and fusion 6 years "
                "ago, 2 days of neck stiffness after gardening, no swelling, "
                "swallowing normally."
            ),
        )
    )
    assert not O.ordered(out, "SCOOP", "open the wound")


# --- chest drains (Roberts ME et al. BTS pleural guideline 2023) ---


def test_blocked_chest_drain_is_named_and_checked_not_treated_as_acs(
    reason: Reason,
) -> None:
    """BTS 2023: a drain that stops swinging is checked (kinks, clamps, position),
    flushed or replaced, with a chest x-ray; the chest discomfort it explains is no
    suspected ACS (no aspirin)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=61,
            sex="M",
            vitals=vitals(98, 126, 76, 22, 94),
            ed_note=(
                "61-year-old with a right chest drain inserted two days ago for a "
                "pneumothorax; the drain is no longer swinging, more breathless and "
                "tight on the right."
            ),
        )
    )
    assert "chest drain" in O.working(out), O.working(out)
    assert O.ordered(out, "chest x-ray")
    assert O.ordered(out, "flush")
    assert not O.medication_ordered(out, "aspirin")


def test_dislodged_chest_drain_gets_an_occlusive_dressing_and_a_film(
    reason: Reason,
) -> None:
    """Havelock T et al. BTS 2010 pleural procedures; BTS 2023: a drain that has
    come out is not pushed back: occlusive dressing, chest x-ray, a new drain through
    a fresh site if the pneumothorax remains."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=68,
            sex="F",
            vitals=vitals(100, 132, 78, 22, 94),
            ed_note=(
                "68-year-old whose chest tube was pulled out by accident this "
                "afternoon, now short of breath."
            ),
        )
    )
    assert O.ordered(out, "occlusive dressing")
    assert O.ordered(out, "chest x-ray")


def test_a_swinging_chest_drain_is_no_drain_problem(reason: Reason) -> None:
    """Guard. BTS 2023: a drain that still swings but no longer bubbles has a sealed
    air leak: no blocked-drain diagnosis."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=24,
            sex="M",
            vitals=vitals(84, 124, 76, 16, 98),
            ed_note=(
                "24-year-old with a chest drain for a spontaneous pneumothorax, "
                "swinging well, no bubbling since this morning, mild soreness at the "
                "drain site."
            ),
        )
    )
    assert "chest drain" not in O.working(out)


# --- the operated abdomen (Bailey & Love 28th ed.; WSES 2017) ---


def test_burst_abdomen_is_covered_and_goes_to_the_surgeon(reason: Reason) -> None:
    """Bailey & Love 28th ed.: a wound dehiscence with bowel visible after a
    laparotomy is covered with saline-soaked swabs and returned to theatre; never
    home."""
    out = reason(
        make_case(
            "WOUND PROBLEM",
            age=71,
            sex="F",
            vitals=vitals(98, 128, 78, 18, 97),
            ed_note=(
                "71-year-old 8 days after a laparotomy for a perforated diverticulum; "
                "the wound burst open when she coughed and bowel is visible."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "saline-soaked")
    assert _consulted(out, "operating surgical team")


def test_fever_and_pain_after_a_bowel_resection_is_a_leak_admitted(
    reason: Reason,
) -> None:
    """Bailey & Love 28th ed.; Sartelli M et al. WSES 2017: abdominal pain with fever
    and tachycardia days after an anastomosis is a leak until CT: CT with contrast,
    blood cultures and antibiotics, the surgeon; admitted."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=58,
            sex="M",
            vitals=vitals(116, 108, 66, 22, 96, 38.5),
            ed_note=(
                "58-year-old 6 days after a right hemicolectomy with increasing "
                "abdominal pain, fevers and a fast heart rate; tender with guarding."
            ),
        )
    )
    assert "leak" in O.working(out), O.working(out)
    assert O.disposition(out).disposition in {"Admit", "OR Admit"}
    assert O.ordered(out, "CT abdomen")


def test_afebrile_port_site_soreness_is_no_leak(reason: Reason) -> None:
    """Guard. Bailey & Love 28th ed.: mild wound pain days after a laparoscopy,
    afebrile, normal heart rate, eating: no leak."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=29,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99),
            ed_note=(
                "29-year-old 4 days after a laparoscopic appendicectomy with mild "
                "soreness at one port site, afebrile, eating and drinking."
            ),
        )
    )
    assert "leak" not in O.working(out)


# --- crush (Sever & Vanholder 2012; Better & Stein 1990) ---


def test_prolonged_entrapment_gets_fluids_and_potassium_not_nsaids(
    reason: Reason,
) -> None:
    """Sever MS, Vanholder R. ERA-EDTA/ISN 2012; Better OS, Stein JH. NEJM 1990: a
    limb trapped for hours gets early isotonic saline, CK and potassium with an ECG;
    Bosch 2009: no NSAID beside rhabdomyolysis."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=55,
            sex="M",
            vitals=vitals(108, 120, 74, 20, 97),
            ed_note=(
                "55-year-old pinned under a fallen tractor for 4 hours, right leg "
                "bruised and swollen, passing dark urine."
            ),
        )
    )
    assert O.ordered(out, "saline", "crystalloid")
    assert O.ordered(out, "potassium")
    assert not O.medication_ordered(out, "ibuprofen", "naproxen", "nsaid")


def test_dissection_with_a_pulse_deficit_keeps_its_work_up(reason: Reason) -> None:
    """Guard. ADD-RS (Rogers AM et al. Circulation 2011): a pulse deficit beside a
    tearing chest pain radiating to the back is a dissection until CT angiography."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=64,
            sex="M",
            vitals=vitals(96, 182, 100, 18, 97),
            ed_note=(
                "64-year-old with sudden tearing chest pain radiating to the back, "
                "the left radial pulse weaker than the right. Hypertensive."
            ),
        )
    )
    assert O.ordered(out, "CT angiography")


# --- dislocated hips and closed fractures (ATLS 10th ed. ch. 8; BOAST 4 2017) ---


def test_posterior_hip_dislocation_is_reduced_by_orthopaedics_not_hand_surgery(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 8; Kellam P, Ostrum RF. J Orthop Trauma 2016: a posterior
    hip dislocation (shortened, flexed, adducted, internally rotated) is reduced by
    orthopaedics within 6 h, the sciatic nerve documented; admitted."""
    out = reason(
        make_case(
            "HIP PAIN",
            age=37,
            sex="M",
            vitals=vitals(102, 130, 78, 18, 98),
            ed_note=(
                "37-year-old front-seat passenger, knee struck the dashboard. Left leg "
                "shortened and internally rotated, weak ankle dorsiflexion. X-ray: "
                "posterior hip dislocation, no fracture."
            ),
        )
    )
    assert _consulted(out, "orthopaedics emergently"), [o.name for o in _consults(out)]
    assert not _consulted(out, "hand surgery")
    assert O.disposition(out).disposition != "Discharge"


def test_closed_clavicle_fracture_with_skin_intact_is_not_held_as_open(
    reason: Reason,
) -> None:
    """BOAST 4 (2017): an open fracture has a wound communicating with it; skin
    stated intact over a deformed clavicle is a closed fracture, sling and fracture
    clinic (NICE NG38), not kept in for an open fracture."""
    out = reason(
        make_case(
            "SHOULDER INJURY",
            age=19,
            sex="M",
            vitals=vitals(86, 124, 72, 14, 99),
            ed_note=(
                "19-year-old came off his mountain bike onto the right shoulder. "
                "Tender, deformed mid-clavicle, skin intact, hand warm with a good "
                "radial pulse."
            ),
        )
    )
    assert O.disposition(out).disposition == "Discharge"


def test_open_tibial_fracture_still_gets_antibiotics_within_the_hour(
    reason: Reason,
) -> None:
    """Guard. BOAST 4 (2017): bone through the skin is an open fracture: IV
    antibiotics within 1 h and theatre, whatever else the note says."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=33,
            sex="M",
            vitals=vitals(104, 128, 78, 18, 98),
            ed_note=(
                "33-year-old fell off scaffolding, bone protruding through a wound "
                "over the left shin, the skin around it bruised, foot warm."
            ),
        )
    )
    assert O.medication_ordered(out, "cefazolin")


# --- a limb's pain out of proportion (BOAST 10 2014; WSES 2022 mesenteric) ---


def test_limb_pain_out_of_proportion_in_a_cast_gets_no_mesenteric_work_up(
    reason: Reason,
) -> None:
    """BOAST 10 (2014): pain out of proportion in a plastered leg is a compartment
    syndrome's sign; mesenteric ischaemia's pain out of proportion is the abdomen's
    (Bala M et al. WSES 2022): no abdominal CT angiography or antibiotics."""
    out = reason(
        make_case(
            "LEG PAIN",
            age=29,
            sex="M",
            vitals=vitals(102, 126, 78, 18, 99),
            one_liner="29M tib/fib fracture in a cast, pain out of proportion, "
            "?compartment syndrome",
        )
    )
    assert not O.ordered(out, "CT angiography abdomen")
    assert not O.medication_ordered(out, "piperacillin")
    assert O.ordered(out, "compartment")


def test_abdominal_pain_out_of_proportion_in_af_keeps_the_mesenteric_work_up(
    reason: Reason,
) -> None:
    """Guard. Bala M et al. WSES 2022: severe abdominal pain out of proportion to the
    examination in atrial fibrillation is mesenteric ischaemia until CT angiography."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=78,
            sex="F",
            vitals=vitals(112, 128, 76, 20, 96),
            ed_note=(
                "78-year-old with atrial fibrillation, not anticoagulated, with sudden "
                "severe abdominal pain out of proportion to a soft, barely tender "
                "abdomen."
            ),
        )
    )
    assert O.ordered(out, "CT angiography")


# --- a false aneurysm at an arterial puncture (Webber GW et al. Circulation 2007) ---


def test_pulsatile_groin_swelling_after_femoral_access_is_a_pseudoaneurysm(
    reason: Reason,
) -> None:
    """Webber GW et al. Circulation 2007: a painful pulsatile swelling at the groin
    days after a femoral angiogram is a pseudoaneurysm: duplex ultrasound and
    vascular surgery or interventional radiology (thrombin injection), not a renal
    colic work-up."""
    out = reason(
        make_case(
            "GROIN PAIN",
            age=71,
            sex="F",
            vitals=vitals(84, 142, 80, 16, 98),
            ed_note=(
                "71-year-old 2 days after a coronary angiogram via the right femoral "
                "artery, now a painful pulsatile swelling at the puncture site with a "
                "bruit."
            ),
        )
    )
    assert O.ordered(out, "duplex"), [o.name for o in O.orders(out)]
    assert _consulted(out, "vascular surgery or interventional radiology")
    assert (out.final.icd10 or "").startswith("T81.718"), out.final.icd10


def test_a_dislocated_ankle_is_no_sprain(reason: Reason) -> None:
    """ATLS 10th ed. ch. 8; BOAST ankle fractures 2016: a dislocated ankle is a
    deformed joint (a fracture-dislocation until the film), never a sprain, and is
    reduced now when the foot is cold."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=41,
            sex="M",
            vitals=vitals(98, 136, 84, 18, 99),
            one_liner="41M jumped off a wall, dislocated ankle, foot white and cold",
        )
    )
    assert "sprain" not in O.working(out), O.working(out)
    assert O.ordered(out, "reduce", "realign")

"""Compartment syndrome, adolescent and child shock, older C-spine, foreign bodies,
stings and burn extent (trauma31).

Written from: BOA/BOAST 10 (2014, revised 2016) acute compartment syndrome (pain out
of proportion, pain on passive stretch, a tense compartment after a fracture or a
crush; split the cast to skin, fasciotomy within 1 h of the decision) and EAST; CDC/
ACS-COT National Guideline for Field Triage of Injured Patients 2021 (crushed,
degloved or mangled extremity); Sever MS, Vanholder R. Nephrol Dial Transplant 2012
(crush: CK, potassium).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _top(out: object) -> list[str]:
    return [d.diagnosis.lower() for d in out.final.summary.top_diagnoses]  # type: ignore[attr-defined]


def test_a_lower_leg_crushed_by_a_load_is_high_risk_at_triage(reason: Reason) -> None:
    """CDC/ACS-COT 2021: a crushed extremity is an injury pattern of high risk, ESI 2
    at the least, whatever fell on it."""
    out = reason(
        make_case(
            "CRUSH INJURY",
            age=38,
            sex="M",
            vitals=vitals(96, 136, 84, 18, 98),
            one_liner="right lower leg crushed by a steel beam on a building site",
            ed_note=(
                "A steel beam fell across his right lower leg an hour ago. Severe "
                "pain, swollen shin, foot warm with pulses."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_tibial_fracture_with_pain_on_passive_stretch_is_compartment_syndrome(
    reason: Reason,
) -> None:
    """BOAST 10: pain on passive stretch and a tense compartment after a tibial
    fracture is compartment syndrome until decompressed: it leads the list, the
    orthopaedic surgeon is called for fasciotomy and CK is sent."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=23,
            sex="M",
            vitals=vitals(104, 140, 82, 18, 99),
            one_liner="closed tibial shaft fracture in a backslab, pain getting worse",
            ed_note=(
                "Closed tibial shaft fracture from a motorbike fall this afternoon, "
                "backslab applied. Pain increasing despite morphine. Tense anterior "
                "compartment, severe pain on passive dorsiflexion of the toes. "
                "Dorsalis pedis palpable."
            ),
        )
    )
    assert any("compartment syndrome" in d for d in _top(out)), _top(out)
    assert O.ordered(out, "fasciotomy"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "creatine kinase", r"\bck\b"), [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge"


def test_a_tense_forearm_after_a_fracture_is_emergent(reason: Reason) -> None:
    """BOAST 10: a tense forearm after a forearm fracture in a child is possible
    compartment syndrome at triage (ESI 2), not a fracture waiting its turn."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=11,
            sex="M",
            vitals=vitals(112, 108, 66, 20, 99),
            one_liner="fell off a trampoline, forearm fracture, forearm tense",
            ed_note=(
                "Fell off a trampoline onto his left arm. Displaced radius and ulna "
                "shaft fractures on X-ray. Forearm swollen and tense, pain out of "
                "proportion."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_a_crushed_toe_is_not_a_crushed_limb(reason: Reason) -> None:
    """Guard: a toe under a dropped box is no limb injury pattern of high risk."""
    out = reason(
        make_case(
            "TOE INJURY",
            age=33,
            sex="F",
            vitals=vitals(80, 122, 76, 14, 99),
            one_liner="dropped a box on her big toe, toe crushed and bruised",
            ed_note="Dropped a heavy box on her right big toe. Bruised, swollen toe.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi


# --- foreign bodies of the ear, nose and skin; stings (trauma31) ---
# Heim SW, Maughan KL. Foreign bodies in the ear, nose, and throat. Am Fam Physician
# 2007;76:1185; Halaas GW. Management of foreign bodies in the skin. Am Fam Physician
# 2007;76:683; National Capital Poison Center 2018 button battery guideline (a battery
# in the nose or ear is removed at once; no drops); Golden DBK et al. stinging insect
# hypersensitivity practice parameter 2016 (a local reaction goes home).


def test_a_button_battery_in_the_nose_is_removed_now_by_ent(reason: Reason) -> None:
    """NCPC 2018: a button battery in a nostril burns the septum within hours: ENT
    removes it at once (ESI 2); it is no swallowed battery (no honey, no endoscopy)."""
    out = reason(
        make_case(
            "FOREIGN BODY NOSE",
            age=4,
            sex="F",
            vitals=vitals(104, 100, 62, 22, 99),
            one_liner="pushed a button battery into her left nostril this morning",
            ed_note=(
                "4-year-old girl pushed a small button battery from a toy into her "
                "left nostril this morning. Left nasal discharge. Breathing normally."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert any(
        o.kind == "consult"
        and "ent" in o.name.lower().split()
        and "emergent" in o.name.lower()
        for o in O.orders(out)
    ), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "honey"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, "endoscop"), [o.name for o in O.orders(out)]


def test_a_bead_in_the_ear_is_an_ear_foreign_body(reason: Reason) -> None:
    """Heim 2007: a bead in the ear canal is removed under direct vision (ESI 4); the
    diagnosis is the ear foreign body, not an abstention."""
    out = reason(
        make_case(
            "FOREIGN BODY IN EAR",
            age=7,
            sex="M",
            vitals=vitals(92, 104, 64, 20, 99),
            one_liner="put a plastic bead in his right ear",
            ed_note=(
                "7-year-old boy put a plastic bead in his right ear at school. No "
                "pain, no discharge. Bead seen in the right external canal."
            ),
        )
    )
    assert "ear" in (out.final.diagnosis_name or "").lower(), out.final.diagnosis_name
    assert out.final.esi is not None and out.final.esi >= 4, out.final.esi
    assert out.final.disposition == "Discharge", out.final.disposition


def test_glass_in_the_hand_is_a_skin_foreign_body(reason: Reason) -> None:
    """Halaas 2007: a retained fragment of glass is located (radiograph) and removed;
    the diagnosis names the foreign body, the patient goes home."""
    out = reason(
        make_case(
            "FOREIGN BODY SKIN",
            age=41,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99),
            one_liner="piece of glass in her hand after a glass broke while washing up",
            ed_note=(
                "A glass broke while washing up; she feels a retained foreign body in "
                "the right palm. Small puncture, no bleeding, full finger movement."
            ),
        )
    )
    assert "foreign body" in (out.final.diagnosis_name or "").lower(), (
        out.final.diagnosis_name
    )
    assert O.ordered(out, "radiograph", "x-ray"), [o.name for o in O.orders(out)]
    assert out.final.disposition == "Discharge", out.final.disposition


def test_a_local_bee_sting_goes_home(reason: Reason) -> None:
    """Golden 2016: a local reaction with no skin, airway or circulatory sign elsewhere
    needs a cold compress and an antihistamine: ESI 5, home, no anaphylaxis watch."""
    out = reason(
        make_case(
            "BEE STING",
            age=30,
            sex="M",
            vitals=vitals(78, 126, 78, 14, 99),
            one_liner="stung by a bee on the hand, local swelling",
            ed_note=(
                "Stung by a bee on the back of the right hand an hour ago. Local "
                "swelling and redness around the sting site. No hives elsewhere, no "
                "lip swelling, no wheeze, no dizziness."
            ),
        )
    )
    assert out.final.esi == 5, out.final.esi
    assert out.final.disposition == "Discharge", out.final.disposition


def test_a_bee_sting_with_wheeze_and_lip_swelling_is_anaphylaxis(
    reason: Reason,
) -> None:
    """Guard, WAO 2020: a sting followed by lip swelling and wheeze is anaphylaxis:
    IM adrenaline, ESI 1-2."""
    out = reason(
        make_case(
            "BEE STING",
            age=30,
            sex="F",
            vitals=vitals(124, 88, 52, 26, 93),
            one_liner="stung by a bee, now lips swelling and wheezy",
            ed_note=(
                "Stung by a bee 15 minutes ago. Now swollen lips, generalised hives, "
                "wheeze and lightheaded."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.medication_ordered(out, "epinephrine", "adrenaline")


def test_a_burn_is_coded_by_its_documented_extent(reason: Reason) -> None:
    """ICD-10-CM T31 (Official Guidelines I.C.19.d.6): the fourth character is the
    documented total %TBSA in tens; a 45 % TBSA flame burn is T31.4-, not T31.2-."""
    out = reason(
        make_case(
            "BURN",
            age=48,
            sex="M",
            vitals=vitals(122, 118, 70, 24, 96),
            one_liner="caught fire lighting a barbecue with petrol, extensive burns",
            ed_note=(
                "Clothing caught fire while lighting a barbecue with petrol outdoors. "
                "Partial-thickness flame burns of the trunk, both arms and the left "
                "leg, estimated 45% TBSA by the rule of nines. No facial burns, voice "
                "normal. Weight 85 kg."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T31.4"), out.final.icd10


# --- shock index by age (trauma31) ---
# Acker SJ et al. J Pediatr Surg 2015;50:331 (SIPA: abnormal above 1.22 at 4-6 years,
# 1.0 at 7-12, 0.9 at 13-16 after blunt injury); ATLS 10th ed. ch. 3 and ch. 10 (the
# adult shock index of 1; no permissive hypotension in children).


def test_a_tachycardic_child_after_a_handlebar_injury_is_resuscitated(
    reason: Reason,
) -> None:
    """SIPA: a 9-year-old with HR 122 and SBP 102 (1.2, above 1.0) after a handlebar
    blow to the abdomen is in compensated haemorrhagic shock: vascular access, the
    trauma surgeon, eFAST, blood ready."""
    out = reason(
        make_case(
            "ABDOMINAL TRAUMA",
            age=9,
            sex="F",
            vitals=vitals(122, 102, 60, 24, 99),
            one_liner="handlebar struck the left upper abdomen in a bicycle fall",
            ed_note=(
                "Fell off her bicycle an hour ago, the handlebar struck her left upper "
                "abdomen. Left upper quadrant pain and tenderness with guarding, "
                "handlebar bruise. Pale. GCS 15. Weight 28 kg."
            ),
        )
    )
    assert O.ordered(out, "intraosseous", "large-bore", "vascular access")
    assert O.ordered(out, "trauma surg"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "fast"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, "permissive hypotension"), [o.name for o in O.orders(out)]


def test_a_calm_child_with_a_normal_sipa_gets_no_transfusion(reason: Reason) -> None:
    """Guard, SIPA: a 5-year-old with HR 110 and SBP 100 (1.1, under 1.22) after a
    fall onto an arm is not in shock."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=5,
            sex="M",
            vitals=vitals(110, 100, 62, 22, 99),
            one_liner="fell off the sofa onto his outstretched arm, sore wrist",
            ed_note=(
                "Fell off the sofa onto his outstretched right arm. Tender distal "
                "radius, no deformity, hand warm with good capillary refill."
            ),
        )
    )
    assert not O.ordered(out, "emergency-release", "massive transfusion")


def test_a_17_year_old_with_a_bleeding_wound_and_shock_index_1_is_in_shock(
    reason: Reason,
) -> None:
    """ATLS: from 16 the adult shock index applies; a 17-year-old with HR 118 and SBP
    112 (1.05) after a stab wound with free fluid on FAST goes to theatre."""
    out = reason(
        make_case(
            "STAB WOUND ABDOMEN",
            age=17,
            sex="M",
            vitals=vitals(118, 112, 70, 22, 98),
            one_liner="stabbed in the left flank, pale and sweaty",
            ed_note=(
                "Stabbed once in the left flank 40 minutes ago. Pale, sweaty. Tender "
                "left flank and upper abdomen. eFAST positive: free fluid in the "
                "splenorenal space."
            ),
        )
    )
    assert O.ordered(out, "laparotomy"), [o.name for o in O.orders(out)]

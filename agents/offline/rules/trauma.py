"""Injury imaging rules: Canadian CT head, NICE NG232 head CT, NEXUS, Ottawa.

Research use only. Exam items that decide whether imaging can be skipped are listed
as missing when the note does not document them, so a 'no imaging' answer is never
given on undocumented exam findings.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._scoring import Tally, altered, doc_or_false, flag, gcs
from agents.offline.rules.facts import ClinicalFacts
from agents.schemas import RuleResult

__all__ = [
    "canadian_ct_head",
    "nexus",
    "nice_head_ct",
    "ottawa_ankle",
    "ottawa_knee",
    "pecarn_head",
]


def canadian_ct_head(facts: ClinicalFacts) -> RuleResult:
    """Canadian CT Head Rule (Stiell IG et al. Lancet 2001).

    Applies to minor head injury (witnessed LOC, amnesia or disorientation, GCS 13-15)
    in patients >= 16 not on anticoagulants and without a post-injury seizure.
    """
    name, source = "Canadian CT head", "Stiell IG et al. Lancet 2001;357:1391-1396"
    excluded = []
    if facts.age is not None and facts.age < 16:
        excluded.append("age<16")
    if facts.known("anticoagulation"):
        excluded.append("anticoagulation")
    if facts.has("seizure"):
        excluded.append("seizure")
    g = gcs(facts)
    if g is not None and g < 13:
        excluded.append("gcs<13")
    inclusion = flag(facts, "loss_of_consciousness", "amnesia", "disorientation")
    t = Tally()
    t.add("gcs<15_at_2h", None if g is None else g < 15, 1, g)
    t.add(
        "suspected_open_or_depressed_skull_fracture",
        facts.has("skull_fracture_signs"),
        1,
    )
    t.add("signs_of_basal_skull_fracture", facts.has("basilar_skull_fracture_signs"), 1)
    t.add("vomiting>=2", facts.has("vomiting"), 1)
    t.add("age>=65", None if facts.age is None else facts.age >= 65, 1, facts.age)
    t.add("amnesia_before_impact>=30min", facts.has("retrograde_amnesia"), 1)
    t.add("dangerous_mechanism", facts.has("dangerous_mechanism"), 1)
    res = t.result(
        name,
        source,
        lambda s: (
            "CT head indicated (high or medium risk criterion)"
            if s >= 1
            else "no criterion: CT head not required"
        ),
    )
    if excluded or not inclusion:
        why = (
            ", ".join(excluded)
            if excluded
            else "no documented LOC/amnesia/disorientation"
        )
        return res.model_copy(
            update={
                "applicable": False,
                "interpretation": f"rule does not apply ({why}); {res.interpretation}",
            }
        )
    return res


def nice_head_ct(facts: ClinicalFacts) -> RuleResult:
    """NICE NG232 (2023) head injury: the adult criteria for a CT head scan.

    Within 1 h (1.4.7): GCS < 13 at first or < 15 at 2 h after the injury, a
    suspected open or depressed skull fracture, any sign of a basal skull fracture, a
    post-traumatic seizure, a focal neurological deficit, more than one episode of
    vomiting. Within 8 h: current anticoagulant treatment (1.4.11), or loss of
    consciousness or amnesia with age >= 65, a bleeding or clotting disorder, a
    dangerous mechanism or > 30 min of retrograde amnesia (1.4.9). Unlike the Canadian
    CT head rule it covers injuries without loss of consciousness; a negative answer
    needs the GCS and the neurological examination documented (missing otherwise).
    """
    name = "NICE NG232 head CT"
    source = (
        "NICE NG232 (2023) Head injury: assessment and early management, 1.4.7-1.4.11"
    )
    g = gcs(facts)
    t = Tally()
    t.add("gcs<15", None if g is None else g < 15, 1, g)
    t.add(
        "suspected_open_or_depressed_skull_fracture",
        facts.has("skull_fracture_signs"),
        1,
    )
    t.add("signs_of_basal_skull_fracture", facts.has("basilar_skull_fracture_signs"), 1)
    t.add("post_traumatic_seizure", facts.has("seizure"), 1)
    t.add("focal_neurological_deficit", flag(facts, "focal_deficit"), 1)
    t.add("vomiting", facts.has("vomiting"), 1)
    t.add("anticoagulant_treatment", facts.known("anticoagulation"), 1)
    lost = flag(facts, "loss_of_consciousness", "amnesia")
    risk = (
        (facts.age is not None and facts.age >= 65)
        or facts.known("coagulopathy")
        or facts.has("dangerous_mechanism")
        or facts.has("retrograde_amnesia")
    )
    t.add("loc_or_amnesia_with_a_risk_factor", bool(lost) and risk, 1)
    return t.result(
        name,
        source,
        lambda s: (
            "CT head indicated (NICE NG232 criterion)"
            if s >= 1
            else "no NICE NG232 criterion: CT head not indicated"
        ),
    )


def pecarn_head(facts: ClinicalFacts) -> RuleResult:
    """PECARN minor head trauma rule, age 2-17 (Kuppermann N et al. Lancet 2009).

    No altered mental status (GCS 15), no loss of consciousness, no vomiting, no
    severe mechanism, no sign of a basal skull fracture and no severe headache: a
    clinically important brain injury in 0.05 % (negative predictive value 99.95 %),
    no CT. The mentation, loss of consciousness and vomiting must be documented for
    a negative (missing otherwise); the mechanism, skull signs and a severe headache
    are read as absent when not written. The under-2 rule (scalp haematoma, acting
    normally per the parents) is not implemented here.
    """
    name = "PECARN head (2-17 y)"
    source = "Kuppermann N et al. PECARN. Lancet 2009;374:1160-1170"
    t = Tally()
    t.add("altered_mental_status_or_gcs<15", altered(facts), 1)
    t.add("loss_of_consciousness", flag(facts, "loss_of_consciousness"), 1)
    t.add("vomiting", flag(facts, "vomiting"), 1)
    t.add("severe_mechanism", facts.has("dangerous_mechanism"), 1)
    t.add(
        "signs_of_basal_skull_fracture",
        facts.has("basilar_skull_fracture_signs") or facts.has("skull_fracture_signs"),
        1,
    )
    t.add("severe_headache", facts.has("headache") and facts.has("severe_pain"), 1)
    return t.result(
        name,
        source,
        lambda s: (
            "PECARN risk factor present: observation or CT"
            if s >= 1
            else "PECARN very low risk: CT head not indicated"
        ),
    )


DISTRACTING_INJURIES: Final = (
    "distracting_injury",
    "bone_exposed",
    "open_fracture_forearm",
    "open_fracture_femur",
    "open_fracture_humerus",
    "open_fracture_ankle",
    "xray_fracture_femur_shaft",
    "xray_fracture_hip",
    "xray_fracture_pelvis",
    "shortened_rotated_leg",
)
"""NEXUS's painful distracting injury by its kind (Hoffman JR et al. N Engl J Med
2000;343:94: "a long-bone fracture, a visceral injury needing surgical consultation,
a large laceration, degloving or crush injury, large burns"), not only when the note
writes "distracting injury" (trauma49: a motorcyclist's open tibial fracture left his
neck pain NEXUS-negative, with no cervical imaging)."""


def nexus(facts: ClinicalFacts) -> RuleResult:
    """NEXUS low-risk criteria (Hoffman JR et al. N Engl J Med 2000)."""
    t = Tally()
    t.add("midline_cervical_tenderness", flag(facts, "midline_tenderness"), 1)
    t.add("focal_neurologic_deficit", doc_or_false(flag(facts, "focal_deficit")), 1)
    t.add("altered_alertness", altered(facts), 1)
    t.add("intoxication", doc_or_false(flag(facts, "intoxication")), 1)
    t.add(
        "painful_distracting_injury",
        doc_or_false(flag(facts, *DISTRACTING_INJURIES)),
        1,
    )
    return t.result(
        "NEXUS",
        "Hoffman JR et al. N Engl J Med 2000;343:94-99",
        lambda s: (
            "positive: cervical spine imaging indicated"
            if s >= 1
            else "negative: low risk, imaging not required"
        ),
    )


def bears_weight(facts: ClinicalFacts) -> bool:
    """Whether the patient bears weight as the Ottawa rules define it.

    Four steps taken, however unsteadily: 'a limp counts as bearing weight' (Stiell
    IG et al. JAMA 1993;269:1127; Ann Emerg Med 1995;26:405).
    """
    return (
        facts.has("ambulatory")
        or facts.has("limp")
        or facts.denied("unable_to_bear_weight")
    )


def ottawa_ankle(facts: ClinicalFacts) -> RuleResult:
    """Ottawa ankle and foot rules (Stiell IG et al. JAMA 1993/1994)."""
    bony = flag(facts, "bony_tenderness")
    t = Tally()
    mall = flag(facts, "malleolar_tenderness")
    t.add("malleolar_bone_tenderness", bony if mall is None else mall, 1)
    mid = flag(facts, "midfoot_tenderness")
    t.add("navicular_or_5th_metatarsal_tenderness", bony if mid is None else mid, 1)
    if facts.has("unable_to_bear_weight"):
        weight: bool | None = True
    elif bears_weight(facts):
        weight = False
    else:
        weight = None
    t.add("unable_to_bear_weight_4_steps", weight, 1)
    return t.result(
        "Ottawa ankle",
        "Stiell IG et al. JAMA 1993;269:1127-1132",
        lambda s: (
            "positive: ankle/foot x-ray indicated"
            if s >= 1
            else "negative: x-ray not required"
        ),
    )


def ottawa_knee(facts: ClinicalFacts) -> RuleResult:
    """Ottawa knee rule (Stiell IG et al. Ann Emerg Med 1995)."""
    t = Tally()
    t.add("age>=55", None if facts.age is None else facts.age >= 55, 1, facts.age)
    t.add("isolated_patellar_tenderness", flag(facts, "patellar_tenderness"), 1)
    t.add(
        "fibular_head_tenderness",
        doc_or_false(flag(facts, "fibular_head_tenderness")),
        1,
    )
    t.add("unable_to_flex_90", doc_or_false(flag(facts, "unable_to_flex_knee")), 1)
    weight = (
        True
        if facts.has("unable_to_bear_weight")
        else (False if bears_weight(facts) else None)
    )
    t.add("unable_to_bear_weight_4_steps", weight, 1)
    return t.result(
        "Ottawa knee",
        "Stiell IG et al. Ann Emerg Med 1995;26:405-413",
        lambda s: (
            "positive: knee x-ray indicated"
            if s >= 1
            else "negative: x-ray not required"
        ),
    )

"""Complaint matching by meaning on hand-written paraphrases and unknown complaints.

Research software, not for clinical use. Usage::

    python -m benchmarks.complaint_matching

The calibration set of ``agents.offline.knowledge.semantic`` (floor, margin): chief
complaints paraphrased from CEDIS / ICD-10 chief-complaint vocabulary with the
knowledge-base complaint they mean, and complaints with no knowledge-base counterpart
that must match nothing. Written by hand, not taken from shared-data rows. Prints the
share matched right and the mismatches as JSON.
"""

from __future__ import annotations

import json

from agents.offline.knowledge import load_knowledge

POSITIVE: list[tuple[str, str]] = [
    ("retrosternal chest pressure", "chest_pain"),
    ("tightness in the chest", "chest_pain"),
    ("angina", "chest_pain"),
    ("difficulty breathing", "shortness_of_breath"),
    ("can't catch my breath", "shortness_of_breath"),
    ("wheezing", "shortness_of_breath"),
    ("stomach ache", "abdominal_pain"),
    ("belly pain", "abdominal_pain"),
    ("epigastric pain", "abdominal_pain"),
    ("worst headache of my life", "headache"),
    ("migraine", "headache"),
    ("fainted", "syncope"),
    ("blacked out", "syncope"),
    ("vertigo", "dizziness"),
    ("lightheaded", "dizziness"),
    ("high temperature", "fever"),
    ("febrile", "fever"),
    ("confusion", "altered_mental_status"),
    ("disoriented", "altered_mental_status"),
    ("facial droop and slurred speech", "stroke_symptoms"),
    ("sudden trouble speaking", "stroke_symptoms"),
    ("tired all the time", "weakness"),
    ("slipped on ice and fell", "fall"),
    ("hit his head on the door", "head_injury"),
    ("lumbago", "back_pain"),
    ("twisted knee", "extremity_injury"),
    ("sprained wrist", "extremity_injury"),
    ("cut finger with knife", "laceration"),
    ("painful swallowing", "sore_throat"),
    ("coughing up phlegm", "cough"),
    ("throwing up", "nausea_vomiting"),
    ("loose stools", "diarrhea"),
    ("blood in stool", "gi_bleeding"),
    ("black tarry stools", "gi_bleeding"),
    ("burning on urination", "urinary_symptoms"),
    ("dysuria", "urinary_symptoms"),
    ("kidney stone pain", "flank_pain"),
    ("bleeding in pregnancy", "vaginal_bleeding"),
    ("hives", "allergic_reaction"),
    ("lip swelling after peanuts", "allergic_reaction"),
    ("depression", "psychiatric"),
    ("wants to kill himself", "psychiatric"),
    ("drunk", "intoxication"),
    ("overdose", "intoxication"),
    ("convulsions", "seizure"),
    ("racing heart", "palpitations"),
    ("heart pounding", "palpitations"),
    ("swollen calf", "leg_swelling"),
    ("red hot swollen skin", "rash_cellulitis"),
    ("abscess", "rash_cellulitis"),
    ("high blood sugar", "hyperglycemia"),
    ("motor vehicle collision", "trauma"),
    ("gunshot wound", "trauma"),
    ("no pulse, CPR in progress", "cardiac_arrest"),
    ("red eye", "eye_complaint"),
    ("blurred vision", "eye_complaint"),
    ("tooth pain", "dental_pain"),
    ("ran out of blood pressure pills", "medication_refill"),
    ("scrotal pain", "testicular_pain"),
    ("stiff neck", "neck_pain"),
    ("nosebleed", "epistaxis"),
    (
        "Patient presents with crushing chest pressure radiating to the left arm.",
        "chest_pain",
    ),
    (
        (
            "A 67-year-old woman is brought in by her daughter because she has been "
            "confused since yesterday. She has diabetes."
        ),
        "altered_mental_status",
    ),
    (
        (
            "A 19-year-old college student comes in complaining of a sore throat and "
            "fever for three days. He has no allergies."
        ),
        "sore_throat",
    ),
    (
        (
            "A 40-year-old man presents after cutting his hand on a broken glass while "
            "washing dishes. Bleeding is controlled."
        ),
        "laceration",
    ),
    (
        (
            "A 30-year-old woman who is 8 weeks pregnant presents with "
            "vaginal bleeding and cramping since this morning."
        ),
        "vaginal_bleeding",
    ),
    (
        (
            "A 55-year-old man with a history of stroke presents with chest pain that "
            "started an hour ago while shoveling snow."
        ),
        "chest_pain",
    ),
    # dx13: medical terms the embedder knows only as word pieces, read through the
    # knowledge base's own vocabulary (``semantic.RARE_WORD_PIECES``).
    ("otalgia", "ear_pain"),
    ("conjunctivitis", "eye_complaint"),
]
NEGATIVE: list[str] = [
    # dx13: one technical word with no complaint in the knowledge base; the embedder
    # matched each to a complaint spelled alike (arthralgia ~ dysarthria: stroke).
    "arthralgia",
    "dyspareunia",
    "bursitis",
    "pruritus",
    "ALOPECIA",
    "hair loss",
    "hiccups",
    "ingrown toenail",
    "suture removal",
    "wants pregnancy test",
    "head lice",
    "snoring",
    "foreign body in ear",
    "needle stick injury",
    "G-tube dislodged",
    "feeding tube came out",
    "foley catheter problem",
    "bat exposure",
    "rabies vaccine",
    "cast check",
    "dressing change",
    "work note",
    "hearing loss",
    "earwax",
    "wart",
    (
        "A 34-year-old man woke up to find a bat flying in his bedroom last night. "
        "He is worried about rabies. No bite marks seen. Vital signs are normal."
    ),
    (
        "A 70-year-old nursing home resident is sent in because her feeding "
        "tube came out this morning. She is nonverbal at baseline after a stroke. "
        "Vital signs are "
        "stable."
    ),
    (
        "A 28-year-old man asks for a tetanus booster. He has no complaints and "
        "his vital signs are normal."
    ),
]


def main() -> None:
    """Match every phrase and print the figures as JSON."""
    kb = load_knowledge()
    wrong: list[dict[str, str | None]] = []
    for text, expected in POSITIVE:
        spec = kb.match_complaint(text)
        if spec is None or spec.id != expected:
            wrong.append(
                {"text": text, "expected": expected, "got": spec.id if spec else None}
            )
    for text in NEGATIVE:
        spec = kb.match_complaint(text)
        if spec is not None:
            wrong.append({"text": text, "expected": None, "got": spec.id})
    n_pos = sum(1 for w in wrong if w["expected"] is not None)
    n_neg = len(wrong) - n_pos
    report = {
        "paraphrases": len(POSITIVE),
        "paraphrases_right_pct": round(100 * (1 - n_pos / len(POSITIVE)), 1),
        "unknown": len(NEGATIVE),
        "unknown_unmatched_pct": round(100 * (1 - n_neg / len(NEGATIVE)), 1),
        "mismatches": wrong,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

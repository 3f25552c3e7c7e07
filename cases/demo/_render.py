"""Render an Epic-style, de-identified ED provider note from a source encounter.

Boilerplate (header, normal exam systems, ROS closing line, vitals block) is templated;
the HPI, pertinent positives, MDM and ED course come verbatim from the source.
"""

from __future__ import annotations

import hashlib
from typing import Final

from cases.demo._source import SrcEncounter, SrcPatient, SrcVitals

_NORMAL_EXAM: Final[dict[str, str]] = {
    "Constitutional": "General: Not in acute distress.",
    "HENT": "Head: Normocephalic and atraumatic.\n"
    "Mouth/Throat: Mucous membranes are moist.",
    "Eyes": "Extraocular Movements: Extraocular movements intact.\n"
    "Pupils: Pupils are equal, round, and reactive to light.",
    "Cardiovascular": "Rate and Rhythm: Normal rate and regular rhythm.\n"
    "Heart sounds: Normal heart sounds. No murmur heard.",
    "Pulmonary": "Effort: Pulmonary effort is normal.\n"
    "Breath sounds: Normal breath sounds.",
    "Abdominal": "Palpations: Abdomen is soft.\n"
    "Tenderness: There is no abdominal tenderness.",
    "Musculoskeletal": "General: Normal range of motion.\nCervical back: Neck supple.",
    "Skin": "General: Skin is warm and dry.",
    "Neurological": "General: No focal deficit present.\n"
    "Mental Status: Alert and oriented to person, place, and time.",
    "Psychiatric": "Mood and Affect: Mood normal.\nBehavior: Behavior normal.",
}
"""Exam systems in Epic order with normal defaults; a case overrides pertinent ones."""


def make_key(slug: str) -> str:
    """Return a deterministic 14-character upper-case hex key for a source slug.

    The key always contains a letter, so pandas never parses it as a number.

    Args:
        slug: A stable source identifier such as ``"p01e1"``.

    Returns:
        A key shaped like ER-Reason's (e.g. ``"D76477E56C0B53"``).
    """
    salt = 0
    while True:
        digest = hashlib.sha1(f"er-reason-demo:{slug}:{salt}".encode()).hexdigest()
        key = digest[:14].upper()
        if key[0] in "ABCDEF":
            return key
        salt += 1


def age_at(patient: SrcPatient, enc: SrcEncounter) -> int:
    """Return the patient's age in whole years at the encounter."""
    return enc.year - patient.birthYear - (1 if enc.birthday_after_visit else 0)


def fill(text: str, age: int) -> str:
    """Substitute the ``{age}`` placeholder in hand-written text."""
    return text.replace("{age}", str(age)).strip()


def vitals_block(v: SrcVitals) -> str:
    """Format triage vitals as an Epic "Triage Vital Signs:" block (or raw text)."""
    if v.raw is not None:
        return v.raw.strip()
    temp_f = v.temp * 9 / 5 + 32
    line = (
        f"BP: {v.bp} | Pulse: {v.hr} | Resp: {v.rr} | "
        f"Temp: {v.temp:.1f} °C ({temp_f:.1f} °F) | SpO2: {v.spo2}%"
    )
    extra = f"\n{v.extra}" if v.extra else ""
    return f"Triage Vital Signs:\n{line}{extra}"


def _bullets(title: str, items: tuple[str, ...], empty: str) -> str:
    if not items:
        return f"{title}\n{empty}"
    return title + "\n" + "\n".join(f"• {item}" for item in items)


def _ros(ros: dict[str, str] | str) -> str:
    if isinstance(ros, str):
        return f"Review of Systems\n{ros.strip()}"
    lines = [f"{system}: {text}" for system, text in ros.items()]
    lines.append("All other systems reviewed and are negative.")
    return "Review of Systems\n" + "\n".join(lines)


def _exam(overrides: dict[str, str]) -> str:
    unknown = set(overrides) - set(_NORMAL_EXAM)
    if unknown:
        raise ValueError(f"unknown exam systems: {sorted(unknown)}")
    parts = ["Physical Exam", "Vitals and nursing note reviewed."]
    for system, normal in _NORMAL_EXAM.items():
        parts.append(f"{system}:\n{overrides.get(system, normal).strip()}")
    return "\n".join(parts)


def render_ed_note(patient: SrcPatient, enc: SrcEncounter) -> str:
    """Render the full ED provider note for one encounter.

    Args:
        patient: The source patient (for age).
        enc: The source encounter.

    Returns:
        The note text, de-identified with ``*****``.
    """
    age = age_at(patient, enc)
    sections = [
        "ED Provider Notes by *****, MD at ***** *****",
        "Chief Complaint\nPatient presents with\n• " + enc.cc.title(),
        "HPI\n" + fill(enc.hpi, age),
        _ros(enc.ros),
        _bullets("Past Medical History:", enc.pmh, "No past medical history on file."),
        _bullets(
            "Past Surgical History:", enc.psh, "No past surgical history on file."
        ),
        _bullets(
            "Current Outpatient Medications",
            enc.meds,
            "No current facility-administered medications on file.",
        ),
        _bullets("Allergies", enc.allergies, "No Known Allergies"),
        "Social History\n" + (enc.social.strip() or "Not on file."),
        vitals_block(enc.vitals),
        _exam(enc.exam),
        "Medical Decision Making\n" + fill(enc.mdm, age),
        f"{enc.course_heading}\n" + fill(enc.course, age),
        "Clinical Impression:\nFinal diagnoses:\n" + enc.diagnosis,
    ]
    return "\n\n".join(sections) + "\n"

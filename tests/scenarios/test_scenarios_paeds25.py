"""Paediatric emergency scenarios (session 25, paeds25), written from guidelines.

Sources: AHA 2017 Kawasaki disease (McCrindle BW et al. Circulation 2017;135:e927:
fever >= 5 days with >= 4 of bilateral non-exudative conjunctival injection, oral
changes, rash, extremity changes and cervical lymphadenopathy -> IVIG and aspirin);
NegEx / ConText negation scope (Chapman 2001; Harkema 2009). Each scenario asserts a
safety property, not exact strings; wording differs from the paeds25 review cases.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _diagnosis(out: object) -> DiagnosisResult | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, DiagnosisResult):
            return record.output
    return None


def test_complete_kawasaki_with_eyes_red_but_not_sticky_gets_ivig(
    reason: Reason,
) -> None:
    """AHA 2017: fever 5 days and 5 principal features is complete Kawasaki disease.
    "Without discharge" qualifies the eyes only: the features after it are present."""
    out = reason(
        make_case(
            "FEVER",
            age=4,
            sex="Female",
            vitals=vitals(138, 100, 60, 26, 98, 39.2),
            one_liner="4 y.o. girl, fevers since Friday, miserable",
            ed_note="HPI: fever to 39.8 for 5 days, not settling with antipyretics, "
            "very miserable. Exam: both eyes injected without exudate, dry fissured "
            "lips with a red tongue, swollen hands and feet, a fine erythematous rash "
            "on the trunk, 1.8 cm firm lymph node in the right side of the neck. "
            "Weight 16 kg.",
        )
    )
    assert O.ordered(out, "ivig", "immunoglobulin")
    assert O.ordered(out, "echocardiog")
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10 == "M30.3", dx


def test_red_eye_without_discharge_pain_or_photophobia_stays_a_negated_list(
    reason: Reason,
) -> None:
    """Guard (NegEx: an "or" list stays under its trigger): a child with a red eye
    "without discharge, pain or photophobia" has no eye pain, so no angle-closure or
    keratitis work-up is driven by pain the note denies."""
    out = reason(
        make_case(
            "EYE REDNESS",
            age=8,
            sex="Male",
            vitals=vitals(92, 108, 64, 18, 99, 36.8),
            one_liner="8 y.o. boy with a red left eye since this morning",
            ed_note="HPI: left eye red since this morning without discharge, pain or "
            "photophobia, vision normal, no trauma. Exam: bulbar conjunctival "
            "injection left eye, cornea clear, pupils equal and reactive, acuity 6/6.",
        )
    )
    record = next(r for r in out.trace if r.stage == "assessment")
    pains = [
        e.text
        for d in record.output.differential  # type: ignore[union-attr]
        for e in d.evidence_for
        if e.text.startswith(("eye_pain", "photophobia"))
    ]
    assert not pains, pains


def test_two_swallowed_magnets_are_removed_not_left_to_pass(reason: Reason) -> None:
    """NASPGHAN 2021 (Mubarak A et al. JPGN 2021;73:129): two magnets attract across
    bowel walls; no expectant management, a GI / surgical plan, no discharge home."""
    out = reason(
        make_case(
            "SWALLOWED OBJECT",
            age=6,
            sex="Female",
            vitals=vitals(104, 102, 62, 20, 99, 36.7),
            one_liner="6 y.o. girl who swallowed two tiny magnets from a fidget toy",
            ed_note="HPI: mum saw her swallow two small neodymium magnets from a "
            "fidget toy 90 minutes ago. No pain, no vomiting, eating normally. Exam: "
            "comfortable, abdomen soft and non-tender, chest clear. Weight 21 kg.",
        )
    )
    assert not [o.name for o in O.orders(out) if "expectant" in o.name.lower()]
    assert O.ordered(out, "gastroenterolog", "paediatric surg", "pediatric surg")
    assert O.disposition(out).disposition != "Discharge"

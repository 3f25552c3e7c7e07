"""Surgical abdomen and stable trauma scenarios (session 28, surg28), from guidelines.

Sources: ATLS 10th ed. (adjuncts to the primary survey: chest and pelvic radiographs
and eFAST; CT of the injured regions in the secondary survey); Newgard CD et al. CDC
2021 field triage guideline (high-risk mechanisms: a pedestrian or cyclist struck,
ejection, rollover, a fall from height); ACR Appropriateness Criteria major blunt
trauma 2019 and rib fractures 2018; EAST 2016 rib fractures in older adults; Hoff WS
et al. EAST blunt abdominal trauma 2002; TCCC guidelines 2021 (no NSAID in the injured:
platelet dysfunction); Tarasconi A et al. WSES 2020 perforated peptic ulcer (sudden
severe pain with peritonism: CT, surgeon, no NSAID); Gulati M et al. AHA/ACC 2021
chest pain guideline (epigastric discomfort with sweating is an anginal equivalent,
most often in women and people with diabetes). Each asserts a safety property, not
exact strings; the wording differs from the surg28 review cases.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_TRAUMA_FILMS = (r"chest (?:and pelvic )?radiograph", r"chest x-?ray", r"\bcxr\b")


def _open_mnm(out: object) -> list[str]:
    summary = out.final.summary  # type: ignore[attr-defined]
    return [d.lower() for d in summary.open_must_not_miss]


def test_stable_cyclist_hit_by_a_van_is_imaged_and_not_sent_home(
    reason: Reason,
) -> None:
    """ATLS adjuncts and CDC 2021: a high-risk mechanism with normal vital signs gets
    chest and pelvic films / eFAST / CT, no NSAID, and no discharge before them."""
    out = reason(
        make_case(
            "BICYCLE ACCIDENT",
            age=29,
            sex="Female",
            vitals=vitals(88, 124, 76, 16, 99),
            one_liner="29 y.o. cyclist hit by a van at a junction, landed on her right "
            "side",
            ed_note="HPI: cyclist hit by a van turning at a junction, thrown onto the "
            "road, helmet on, no loss of consciousness. Right shoulder and right "
            "hip pain. Exam: GCS 15, breath sounds equal, abdomen soft, pelvis "
            "stable to gentle compression, grazes to the right arm.",
        )
    )
    assert O.ordered(out, *_TRAUMA_FILMS, r"\bct\b"), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, *O.NSAID), [o.name for o in O.medications(out)]
    assert O.disposition(out).disposition != "Discharge"


def test_shocked_rollover_driver_gets_the_bay_films_without_waiting(
    reason: Reason,
) -> None:
    """ATLS 10th ed.: chest and pelvic radiographs and eFAST are adjuncts of the
    primary survey, done in the resuscitation bay, not deferred until stable."""
    out = reason(
        make_case(
            "MOTOR VEHICLE CRASH",
            age=41,
            sex="Male",
            vitals=vitals(128, 82, 48, 26, 95),
            one_liner="41 y.o. driver, car rollover on the motorway",
            ed_note="HPI: driver in a rollover, trapped for 30 minutes. Exam: pale, "
            "GCS 14, breath sounds reduced on the left, pelvis tender.",
        )
    )
    bay = [o.name for o in O.orders(out) if O.mentions(o, (r"pelvic radiograph",))]
    assert bay, [o.name for o in O.orders(out)]
    assert not any(n.lower().startswith("once haemodynamically") for n in bay), bay


def test_older_adult_on_a_doac_with_tender_ribs_after_a_fall_gets_chest_imaging(
    reason: Reason,
) -> None:
    """ACR rib fractures 2018 / EAST 2016: a blunt chest wall injury is imaged (CT
    chest from 65), and no NSAID on an anticoagulant."""
    out = reason(
        make_case(
            "FALL",
            age=78,
            sex="Male",
            vitals=vitals(88, 150, 84, 20, 95),
            one_liner="78 y.o. man on rivaroxaban slipped in the bathroom onto the "
            "bath edge",
            ed_note="HPI: slipped getting out of the bath and fell against the bath "
            "edge. Left sided chest pain on breathing in. No head injury. Exam: "
            "tenderness over the left lower ribs, no crepitus, air entry equal.",
        )
    )
    assert O.ordered(out, *_TRAUMA_FILMS, r"ct chest"), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, *O.NSAID)


def test_tackle_with_left_upper_quadrant_guarding_is_imaged_without_an_nsaid(
    reason: Reason,
) -> None:
    """EAST 2002 / ACR: blunt force with abdominal signs gets FAST and CT; an NSAID
    waits until a splenic bleed is excluded (TCCC 2021: platelet dysfunction)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=17,
            sex="Male",
            vitals=vitals(104, 122, 72, 18, 99),
            one_liner="17 y.o. tackled in a football match, pain under the left ribs",
            ed_note="HPI: tackled hard during a football match an hour ago, pain in "
            "the left upper abdomen going to the left shoulder. Exam: tender left "
            "upper quadrant with guarding, no bruising.",
        )
    )
    assert O.ordered(out, r"\bfast\b", r"\bct\b"), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, *O.NSAID), [o.name for o in O.medications(out)]


def test_sudden_epigastric_pain_with_a_rigid_abdomen_goes_to_the_surgeon(
    reason: Reason,
) -> None:
    """WSES 2020: sudden severe epigastric pain with peritonism is a perforation until
    imaged: CT, surgical review, no NSAID; renal colic does not lead."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=52,
            sex="Male",
            vitals=vitals(102, 138, 84, 20, 98, 37.4),
            one_liner="52 y.o. man, sudden onset severe epigastric pain 2 hours ago",
            ed_note="HPI: sudden onset of severe epigastric pain 2 hours ago, now "
            "constant, vomited once, takes naproxen for his back. Exam: lying very "
            "still, abdomen rigid and tender, rebound tenderness.",
        )
    )
    assert O.ordered(out, r"surg"), [o.name for o in O.orders(out)]
    assert O.ordered(out, r"\bct\b", r"chest x-?ray")
    assert not O.medication_ordered(out, *O.NSAID), [o.name for o in O.medications(out)]
    working = (O.treatment(out).working_diagnosis or "").lower()  # type: ignore[union-attr]
    assert "perforation" in working and "without perforation" not in working, working
    assert O.disposition(out).disposition != "Discharge"


def test_typical_renal_colic_without_peritonism_keeps_its_nsaid(
    reason: Reason,
) -> None:
    """Guard (EAU 2024 urolithiasis): loin-to-groin colic without peritonism is
    treated with an NSAID first line; the peritonism rules leave it alone."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=38,
            sex="Male",
            vitals=vitals(92, 142, 86, 18, 99),
            one_liner="38 y.o. man, colicky right loin pain going to the groin",
            ed_note="HPI: colicky right loin pain radiating to the groin since this "
            "morning, restless, blood in the urine. Exam: right renal angle "
            "tenderness, abdomen soft, no guarding.",
        )
    )
    assert O.medication_ordered(out, *O.NSAID), [o.name for o in O.medications(out)]


def test_epigastric_discomfort_with_sweating_keeps_nste_acs_open(
    reason: Reason,
) -> None:
    """AHA/ACC 2021: epigastric discomfort with sweating in a woman with risk factors
    is an anginal equivalent: serial troponins, NSTE-ACS open, not discharged."""
    out = reason(
        make_case(
            "EPIGASTRIC PAIN",
            age=64,
            sex="Female",
            vitals=vitals(90, 156, 90, 18, 97),
            one_liner="64 y.o. woman with hypertension, epigastric discomfort and "
            "clammy",
            ed_note="HPI: epigastric discomfort for 40 minutes while resting, nausea, "
            "she felt clammy and sweaty. Hypertension, high cholesterol. Exam: "
            "abdomen soft and non-tender.",
        )
    )
    assert O.ordered(out, r"troponin"), [o.name for o in O.orders(out)]
    assert any("myocardial infarction" in d for d in _open_mnm(out)), _open_mnm(out)
    assert O.disposition(out).disposition != "Discharge"


def test_simple_fall_from_standing_with_an_ankle_injury_gets_no_trauma_series(
    reason: Reason,
) -> None:
    """Guard (CDC 2021, ATLS): a ground-level twist is no high-risk mechanism: no
    chest and pelvic trauma films."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=26,
            sex="Female",
            vitals=vitals(76, 118, 72, 14, 99),
            one_liner="26 y.o. twisted her ankle stepping off a kerb",
            ed_note="HPI: inverted her left ankle stepping off a kerb, able to take "
            "four steps. Exam: tender anterior talofibular ligament, malleoli not "
            "tender.",
        )
    )
    assert not O.ordered(out, r"pelvic radiograph", r"whole[- ]body ct")

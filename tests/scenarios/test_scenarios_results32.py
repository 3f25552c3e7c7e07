"""Imaging results written in an ED note's own words are read (results32, issue 10).

A study already reported this visit is read, not re-ordered (ACR Appropriateness
Criteria: no repeat imaging without a new question), and what the result excludes is
excluded only where that is validated: a head CT within 6 h of onset excludes
subarachnoid haemorrhage, after 6 h it does not (Perry JJ et al. BMJ 2011;343:d4277;
ACEP 2019 acute headache); a negative CT of the cervical spine excludes a fracture
(Holmes JF, Akkinepalli R. J Trauma 2005;58:902; Patel MB et al. EAST 2015); an
unremarkable CT of the abdomen and pelvis shows no appendicitis (Terasawa T et al.
Ann Intern Med 2004;141:537); a normal wrist radiograph does not exclude a scaphoid
fracture (NICE NG38 2016).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT_HEAD = (r"\bct (?:of the )?(?:head|brain)", r"head ct")
_CT_CSPINE = (r"\bct (?:of the )?(?:c-?spine|cervical)", r"cervical spine ct")


def _status(out: ReasoningOutput, words: str) -> str | None:
    """The final ledger status of the first diagnosis whose name contains ``words``."""
    return next(
        (e.status for e in out.final.ledger if words in e.diagnosis.lower()), None
    )


def test_late_normal_head_ct_is_read_not_repeated_and_sah_stays_open(
    reason: Reason,
) -> None:
    """Perry 2011; ACEP 2019: a normal head CT 70 hours after a thunderclap onset is
    read (not re-ordered) and does not exclude SAH: LP or CT angiography follows."""
    out = reason(
        make_case(
            "HEADACHE",
            age=41,
            sex="M",
            vitals=vitals(80, 140, 86, 16, 99),
            ed_note=(
                "Sudden worst headache of his life 3 days ago, maximal at onset, "
                "persisting. Alert, GCS 15, no focal deficit. CT head today, 70 hours "
                "after onset, normal."
            ),
        )
    )
    assert not O.ordered(out, *_CT_HEAD), [o.name for o in O.orders(out)]
    assert O.ordered(out, r"lumbar puncture|\blp\b|\bcta\b|ct angio")
    assert _status(out, "subarachnoid") not in (None, "ruled_out", "excluded")


def test_normal_head_ct_within_6_hours_in_any_word_order_excludes_sah(
    reason: Reason,
) -> None:
    """Perry 2011 (sensitivity 100 % within 6 h, alert patient): "normal non-contrast
    CT head at 2 hours after onset" excludes SAH; no lumbar puncture follows."""
    out = reason(
        make_case(
            "HEADACHE",
            age=49,
            sex="M",
            vitals=vitals(84, 146, 88, 16, 98),
            ed_note=(
                "Sudden severe headache during exertion, maximal within a minute. "
                "Alert, GCS 15, neck supple, no deficit. Normal non-contrast CT head "
                "at 2 hours after onset. Headache settling."
            ),
        )
    )
    assert not O.ordered(out, r"lumbar puncture|\blp\b", *_CT_HEAD)
    assert _status(out, "subarachnoid") in (None, "considered", "ruled_out")


def test_negative_ct_cervical_spine_is_read_no_repeat_ct_no_spine_surgery(
    reason: Reason,
) -> None:
    """EAST 2015; Holmes 2005: "CT cervical spine: no fracture" after a fall at 71 is
    read: no CT repeated, no spine surgery consult, no cervical fracture diagnosed."""
    out = reason(
        make_case(
            "NECK PAIN",
            age=73,
            sex="M",
            vitals=vitals(76, 148, 82, 16, 97),
            ed_note=(
                "Fell down four stairs at home, neck pain, midline tenderness. Collar "
                "applied. CT cervical spine: no fracture or malalignment. "
                "Neurologically intact."
            ),
        )
    )
    assert not O.ordered(out, *_CT_CSPINE), [o.name for o in O.orders(out)]
    assert not O.ordered(out, r"spine surg|neurosurg")
    assert "cervical vertebra" not in (out.final.diagnosis_name or "").lower()


def test_no_fracture_on_ct_c_spine_keeps_no_collar_until_imaging(
    reason: Reason,
) -> None:
    """Canadian C-spine rule (age >= 65: image); EAST 2015 (collar off after a negative
    CT): "no fracture on CT C-spine" written before the study name is the result; no
    new CT and no collar "until imaging clears it"."""
    out = reason(
        make_case(
            "MOTOR VEHICLE COLLISION",
            age=69,
            sex="F",
            vitals=vitals(84, 140, 80, 16, 98),
            ed_note=(
                "Restrained front-seat passenger, rear-ended at speed. Neck pain. "
                "GCS 15, no deficit. No fracture on CT C-spine. Abdomen soft."
            ),
        )
    )
    assert not O.ordered(out, *_CT_CSPINE), [o.name for o in O.orders(out)]
    assert not O.ordered(out, r"collar|immobili[sz]ation")


def test_unremarkable_ct_abdomen_pelvis_is_read_no_appendicitis_treatment(
    reason: Reason,
) -> None:
    """Terasawa 2004: an unremarkable contrast CT of the abdomen and pelvis shows no
    appendicitis: the CT is not repeated and no appendicitis antibiotics or
    appendectomy consult follow."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=31,
            sex="M",
            vitals=vitals(88, 124, 76, 16, 99, 37.3),
            ed_note=(
                "Right lower quadrant pain since this morning, nausea. Mild RLQ "
                "tenderness without guarding. Unremarkable CT abdomen and pelvis with "
                "IV contrast. Pain improved."
            ),
        )
    )
    assert not O.ordered(out, r"\bct (?:of the )?(?:abdomen|a/p)")
    assert not O.ordered(out, r"general surg|appendectomy")
    assert "appendicitis" not in (out.final.diagnosis_name or "").lower()


def test_urinalysis_already_resulted_is_not_re_ordered(reason: Reason) -> None:
    """IDSA 2011 cystitis: the dipstick already read (nitrite positive, leucocyte
    esterase) is the result; the urinalysis is not ordered again (dx31's leftover)."""
    out = reason(
        make_case(
            "DYSURIA",
            age=33,
            sex="F",
            vitals=vitals(82, 116, 70, 14, 99, 37.0),
            ed_note=(
                "Dysuria and frequency for 3 days, no fever, no flank pain. UA: "
                "nitrite positive, leukocyte esterase 3+. Urine hCG negative."
            ),
        )
    )
    assert not O.ordered(out, r"^urinalysis$|^ua$"), [o.name for o in O.orders(out)]


def test_head_ct_from_this_morning_is_read_in_a_new_headache_after_50(
    reason: Reason,
) -> None:
    """SNNOOP10 (Do TP 2019): a new headache after 50 is imaged; "Head CT from this
    morning was unremarkable" is that image: not re-ordered."""
    out = reason(
        make_case(
            "HEADACHE",
            age=61,
            sex="F",
            vitals=vitals(76, 144, 86, 16, 98),
            ed_note=(
                "New daily headache for 10 days, never had headaches before. No jaw "
                "claudication or visual symptoms. Neuro exam normal. Head CT from "
                "this morning was unremarkable. ESR 10, CRP 2."
            ),
        )
    )
    assert not O.ordered(out, *_CT_HEAD), [o.name for o in O.orders(out)]


def test_anticoagulated_head_injury_negative_ct_not_repeated(reason: Reason) -> None:
    """Guard (passes before and after; the haemorrhage excluded by the CT no longer
    holds the plan's CT head, so the pathway's "CT head within 8 h" must be read as
    answered): NICE NG232 2023 (1.4.11): an anticoagulated head injury has one CT;
    "CT head: no intracranial haemorrhage" is that CT and is not ordered again."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=83,
            sex="M",
            vitals=vitals(70, 150, 80, 16, 97),
            ed_note=(
                "On apixaban for AF, tripped and struck his head. No LOC, GCS 15. "
                "CT head: no intracranial haemorrhage. Wife at home."
            ),
        )
    )
    assert not O.ordered(out, *_CT_HEAD), [o.name for o in O.orders(out)]


def test_guard_pending_head_ct_is_no_result(reason: Reason) -> None:
    """Guard (passes before and after): "CT head pending" is no result; a thunderclap
    headache keeps its CT and SAH stays open (ACEP 2019)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=47,
            sex="F",
            vitals=vitals(86, 150, 90, 16, 99),
            ed_note=(
                "Sudden severe headache 2 hours ago, worst ever, maximal at onset. "
                "GCS 15, no deficit. CT head pending."
            ),
        )
    )
    assert O.ordered(out, *_CT_HEAD)
    assert _status(out, "subarachnoid") not in (None, "ruled_out")


def test_guard_normal_wrist_radiograph_does_not_clear_the_scaphoid(
    reason: Reason,
) -> None:
    """Guard (passes before and after): NICE NG38 2016: a normal radiograph does not
    exclude a scaphoid fracture; the wrist stays immobilised and is re-imaged."""
    out = reason(
        make_case(
            "WRIST PAIN",
            age=27,
            sex="F",
            vitals=vitals(78, 122, 74, 14, 99),
            ed_note=(
                "Fell onto outstretched hand. Anatomical snuffbox tenderness. Wrist "
                "X-ray: no fracture."
            ),
        )
    )
    assert O.ordered(out, r"splint|spica|cast|immobili")
    assert O.ordered(out, r"\bmri\b|repeat (?:x-?ray|radiograph)|fracture clinic")

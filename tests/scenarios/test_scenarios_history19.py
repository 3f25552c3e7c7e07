"""A stopped anticoagulant and a past injury are history, not this visit (history19).

Written from guidelines, not from rows of the shared data; the assertions are safety
properties. A drug stopped before the visit is no current anticoagulation (NICE NG232
1.4.11 and the ACC 2020 ECDP on bleeding on oral anticoagulants concern current use;
a DOAC taken or held within ~48 h still anticoagulates: AHA/ASA 2019 3.5). The ATLS
primary survey, eFAST and the trauma team are for the injury of this visit, not a fall
months ago. Tests marked "guard" held on main; every other one failed on main.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _anticoagulant_reasons(out: object) -> list[str]:
    """Order reasons and block reasons that cite anticoagulation."""
    res = O.treatment(out)  # type: ignore[arg-type]
    if res is None:
        return []
    texts = [f"{o.name} {o.reason}" for o in res.orders]
    texts += [f"{b.reason}" for b in res.blocked]
    return [t for t in texts if "anticoag" in t.lower() or "revers" in t.lower()]


def _sprain(note: str) -> object:
    return make_case(
        "ANKLE INJURY",
        age=61,
        sex="Female",
        vitals=vitals(82, 136, 80, 16, 98),
        one_liner="61 y.o. woman rolled her ankle on a step this afternoon",
        ed_note=f"Lateral malleolus swelling, weight bearing with a limp. {note}",
    )


def test_doac_stopped_weeks_ago_is_no_nsaid_contraindication(reason: Reason) -> None:
    """Apixaban stopped 3 weeks ago: no current anticoagulation, so the NSAID gate
    cites no anticoagulant (Davidson BL et al. JAMA Intern Med 2014 concerns current
    use)."""
    out = reason(_sprain("She stopped apixaban 3 weeks ago after her AF ablation."))
    assert not _anticoagulant_reasons(out)


def test_doac_taken_this_morning_still_withholds_nsaid(reason: Reason) -> None:
    """Guard: a DOAC taken today anticoagulates: no NSAID (ACC 2020 ECDP)."""
    out = reason(_sprain("Takes apixaban for AF, last dose this morning."))
    assert not O.medication_ordered(out, "ibuprofen", "naproxen", "nsaid", "ketorolac")
    assert _anticoagulant_reasons(out)


def test_warfarin_stopped_after_a_bleed_is_no_anticoagulated_head_injury(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.11 (CT within 8 h) concerns current anticoagulation; warfarin
    stopped after a past bleed leaves no anticoagulated head injury to reverse."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=71,
            sex="Male",
            vitals=vitals(76, 144, 86, 16, 97),
            one_liner="71 y.o. man knocked his head on a garage door today, GCS 15",
            ed_note="Small scalp wound. No LOC, no vomiting, no amnesia. Warfarin "
            "stopped after the bleed last year and not restarted.",
        )
    )
    assert not _anticoagulant_reasons(out)


def test_doac_held_this_morning_still_gets_ct_head(reason: Reason) -> None:
    """Guard, NICE NG232 1.4.11: head injury, a DOAC held only this morning: CT head."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=69,
            sex="Female",
            vitals=vitals(80, 150, 84, 16, 97),
            one_liner="69 y.o. woman struck her head on a kitchen shelf today, GCS 15",
            ed_note="Forehead haematoma. No LOC, no vomiting. On apixaban for AF, "
            "held this morning.",
        )
    )
    assert O.ordered(out, r"ct (?:of the )?head|head ct")


def test_rivaroxaban_off_since_spring_gets_no_reversal(reason: Reason) -> None:
    """ACC 2020 ECDP: reversal is for bleeding on an anticoagulant; a course that ended
    months ago leaves nothing to reverse."""
    out = reason(
        make_case(
            "RECTAL BLEEDING",
            age=74,
            sex="Male",
            vitals=vitals(102, 112, 70, 18, 97),
            one_liner="74M passing dark red blood per rectum since this morning",
            ed_note="Off rivaroxaban since March, when his DVT treatment course "
            "finished. Abdomen soft, non-tender. Hb 95.",
        )
    )
    assert not _anticoagulant_reasons(out)


def test_fall_months_ago_in_a_gi_bleed_gets_no_trauma_work_up(reason: Reason) -> None:
    """ATLS 10th ed.: eFAST and the trauma team are for this visit's injury; a fall in
    the summer, in the history of a GI bleed, is no haemorrhage after injury."""
    out = reason(
        make_case(
            "VOMITING BLOOD",
            age=68,
            sex="Female",
            vitals=vitals(110, 104, 62, 18, 97),
            one_liner="68 y.o. woman vomiting coffee-ground material since breakfast",
            ed_note="Has taken ibuprofen daily for hip pain after a fall in July. She "
            "fell 4 months ago and has had no injury since. Abdomen soft. Hb 90.",
        )
    )
    assert not O.ordered(out, "efast", r"\bfast\b", "trauma surg", "tranexamic")


def test_fall_today_with_shock_still_gets_the_trauma_work_up(reason: Reason) -> None:
    """Guard, ATLS 10th ed.: a fall down stairs today with shock: eFAST, a surgeon."""
    out = reason(
        make_case(
            "FALL",
            age=67,
            sex="Male",
            vitals=vitals(120, 90, 58, 22, 96),
            one_liner="67 y.o. man fell down a flight of stairs an hour ago",
            ed_note="Left lower rib and left upper quadrant tenderness. GCS 15.",
        )
    )
    assert O.ordered(out, "efast", r"\bfast\b")
    assert O.ordered(out, "trauma surg")

"""complaint29's leftovers: unrecognised complaints and single note words.

Sources: Jaeschke R, Guyatt GH, Sackett DL. Users' guides to the medical literature III
(JAMA 1994;271:703): a likelihood ratio of 2-5 moves the probability a little, only an
LR+ >= 10 alone is conclusive; without a presenting complaint nothing sets the prior,
so one non-specific note word must not start a must-not-miss work-up. Movement
Disorder Society criteria (Postuma RB et al. Mov Disord 2015): rigidity of a limb is a
parkinsonian sign, not an abdomen's peritonism (WSES 2020, Tarasconi A et al. World J
Emerg Surg 2020;15:3: peritonism with free air or sudden severe pain is a perforation).
US PHS 2013 (Kuhar DT et al. Infect Control Hosp Epidemiol 2013;34:875), CDC MMWR
2018;67(RR-1) and UK EAGA: a needlestick or a blood splash gets the source's and the
exposed person's blood-borne virus tests, HIV PEP within 72 h (ideally 2 h) and
hepatitis B prophylaxis by vaccination status, then goes home with follow-up.

Each vignette is written from these sources in wording of its own, never from rows of
the shared data; properties (dispositions, orders, proposed families), not strings.
"""

from __future__ import annotations

from tests.scenarios._orders import disposition, ordered, proposes
from tests.scenarios.conftest import Reason, make_case, vitals


def test_limb_rigidity_starts_no_surgical_work_up(reason: Reason) -> None:
    # Parkinsonism (an unrecognised complaint): the arm's rigidity is no rigid abdomen.
    out = reason(
        make_case(
            "TREMOR",
            age=74,
            sex="M",
            vitals=vitals(70, 136, 78, 14, 97, 36.6),
            ed_note="74-year-old man with a slowly worsening resting tremor of the "
            "left hand over several months. Rigidity of the left arm on examination, "
            "slow gait. Abdomen soft and non-tender. Eating and drinking normally.",
            case_id="complaint29b-limb-rigidity",
        )
    )
    assert not proposes(out, "perforation")
    assert disposition(out).disposition != "OR Admit"
    assert not ordered(out, "general surgery")


def test_peritonism_with_an_unlisted_complaint_still_goes_to_the_surgeon(
    reason: Reason,
) -> None:
    # Guard: a rigid abdomen with sudden severe pain keeps its surgical work-up (WSES
    # 2020) whatever the complaint field says.
    out = reason(
        make_case(
            "HICCOUGHS",
            age=58,
            sex="M",
            vitals=vitals(118, 98, 60, 24, 96, 37.9),
            ed_note="58-year-old man with hiccoughs, then sudden severe epigastric "
            "pain an hour ago spreading over the abdomen. Takes ibuprofen daily. "
            "Abdomen rigid and tender with rebound tenderness; lying still.",
            case_id="complaint29b-peritonism-unlisted",
        )
    )
    assert ordered(out, "surgery", "surgical", "surgeon")
    assert disposition(out).disposition in ("Admit", "OR Admit", "Transfer")


def test_needlestick_gets_post_exposure_work_up_and_prophylaxis(reason: Reason) -> None:
    out = reason(
        make_case(
            "NEEDLESTICK INJURY",
            age=31,
            sex="M",
            vitals=vitals(78, 124, 78, 14, 99, 36.6),
            ed_note="31-year-old theatre nurse stuck his thumb with a used hollow "
            "needle 30 minutes ago; the source patient's HIV and hepatitis status is "
            "unknown. Small puncture, no other injury. Hepatitis B vaccinated, titre "
            "not known.",
            case_id="complaint29b-needlestick",
        )
    )
    assert ordered(out, "post-exposure", r"\bPEP\b")
    assert ordered(out, "HBsAg", "hepatitis B")
    assert ordered(out, "HIV")
    assert not proposes(out, "contusion", "fracture")
    assert disposition(out).disposition == "Discharge"


def test_blood_splash_to_the_eye_gets_the_same_work_up(reason: Reason) -> None:
    out = reason(
        make_case(
            "BODY FLUID EXPOSURE",
            age=40,
            sex="F",
            vitals=vitals(72, 118, 74, 14, 99, 36.8),
            ed_note="40-year-old paramedic had a patient's blood splash into her left "
            "eye an hour ago; the patient has HIV. Eye irrigated at the scene, no "
            "pain, vision normal.",
            case_id="complaint29b-splash",
        )
    )
    assert ordered(out, "post-exposure", r"\bPEP\b")
    assert ordered(out, "HCV", "hepatitis C")

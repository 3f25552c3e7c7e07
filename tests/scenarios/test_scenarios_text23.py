"""How a note's words are read when a misreading changes an order or a disposition.

text23 (issue 10, evidence that moves beliefs). Text-layer sources: NegEx (Chapman WW
et al. J Biomed Inform 2001;34:301) and ConText (Harkema H et al. J Biomed Inform
2009;42:839): a negation word that is part of a finding's own name ("no bowel
sounds", "no air entry") is no trigger over the items after it, and a sign named
negative before it ("negative Battle's sign") is a negated finding, as it is when
named negative after it.

``cases.rx.whole_letters`` bounds every alternative of its pattern (ESI v4 handbook
patterns read "febrile" inside "afebrile").

Each scenario failed on main before its change (9a84cb6 / b25a415 for the reading,
004d6a6 for the bound).
"""

from __future__ import annotations

from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_absent_bowel_sounds_leave_the_distension_asserted(reason: Reason) -> None:
    """WSES 2017 Bologna guideline on adhesive small-bowel obstruction (Ten Broek RPG
    et al. World J Emerg Surg 2018;13:24): colicky pain, vomiting, no stool and a
    distended, tender abdomen after abdominal surgery is obstruction until CT says
    otherwise (CT, decompression, surgical review), not a discharge. Main read "no
    bowel sounds, abdomen distended" as distension denied and sent her home."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=68,
            sex="F",
            vitals=vitals(102, 122, 72, 20, 97),
            one_liner="68-year-old woman with abdominal pain and vomiting",
            ed_note="Crampy abdominal pain and vomiting since yesterday, has not"
            " opened her bowels. Open appendicectomy in her twenties. No bowel"
            " sounds, abdomen distended and tender.",
        )
    )
    assert O.ordered(out, "ct abdomen", "general surgery", "surgical"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_negative_battle_sign_is_no_basal_skull_fracture(reason: Reason) -> None:
    """Canadian CT Head Rule (Stiell IG et al. Lancet 2001;357:1391): a head bump at
    GCS 15 without loss of consciousness, amnesia or disorientation is outside the
    rule and needs no CT; "negative Battle's sign, no raccoon eyes" denies the signs
    of a basal skull fracture (main read them present and ordered CT and
    neurosurgery)."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=29,
            sex="F",
            vitals=vitals(74, 124, 78, 14, 99),
            one_liner="29-year-old woman who bumped her head on a shelf",
            ed_note="Stood up into an open kitchen shelf. No LOC, no amnesia, no"
            " vomiting, GCS 15. Small tender bump on the scalp. Negative Battle's"
            " sign, no raccoon eyes, no CSF leak.",
        )
    )
    assert not O.ordered(out, "ct head", "neurosurg"), O.orders(out)


def test_family_words_for_new_confusion_with_fever(reason: Reason) -> None:
    """NICE NG51 (sepsis, 2024): new confusion reported by the family is a high-risk
    criterion; with fever in an older adult, cultures and a lactate come first and
    the patient is not sent home. Main did not read "muddled" or "not making sense"
    as confusion and discharged him with a chest x-ray."""
    out = reason(
        make_case(
            "FEVER",
            age=86,
            sex="M",
            vitals=vitals(94, 132, 74, 20, 95, 38.3),
            one_liner="86-year-old man with fever",
            ed_note="Lives with his wife, who says he has been muddled and not"
            " making sense since lunchtime. Dry cough for 2 days.",
        )
    )
    assert O.ordered(out, "blood culture", "lactate"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def _vignette(text: str) -> Case:
    return Case(
        patient_id="text23-v",
        encounter_id="text23-v-e",
        demographics=demographics_from_text(text),
        chief_complaint=text,
        vitals=extract_vitals_report(text).vitals,
        source="esi_handbook",
    )


def test_an_afebrile_graze_asking_for_tetanus_needs_no_resource(
    reason: Reason,
) -> None:
    """ESI v4 handbook ch.5, Table 5-1: a tetanus booster and simple care of a
    superficial wound are not resources, so a well adult with a scratch is ESI 5
    (or 4), never 3. Main read "febrile" inside "afebrile" (``whole_letters`` bounded
    only its first and last alternatives) and triaged ESI 3."""
    level = reason(
        _vignette(
            "A 52-year-old woman would like a tetanus booster after a superficial"
            " scratch from a rose bush on her forearm this morning; she is afebrile"
            " and otherwise well."
        )
    ).final.esi
    assert level is not None
    assert level >= 4

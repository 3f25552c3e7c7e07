"""geri24 (issue 10): older adults and vascular emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Wanhainen A et al. ESVS 2024 clinical practice guidelines on the management of
  abdominal aorto-iliac artery aneurysms, Eur J Vasc Endovasc Surg 2024;67:192
  (rupture: pain with collapse or hypotension in an older patient; bedside
  ultrasound, permissive hypotension, vascular surgery at once; a leaking aneurysm is
  often misdiagnosed as renal colic); NICE CKS renal or ureteric colic 2024 (consider a
  leaking AAA in anyone over 60 with renal colic symptoms);
- ACEP/AGS/ENA/SAEM Geriatric Emergency Department Guidelines 2014 and the GEDA
  2023 update (an older adult who cannot mobilise safely is not sent home: admission
  or observation with physiotherapy and occupational therapy);
- American Geriatrics Society 2023 updated Beers Criteria, J Am Geriatr Soc
  2023;71:2052 (first-generation antihistamines and long-acting benzodiazepines
  avoided in older adults);
- NICE CG176 head injury (2014, updated 2023) 1.4.12: anyone on an anticoagulant
  with a head injury has a CT head within 8 hours whatever else; the Canadian CT Head
  Rule excluded anticoagulated patients (Stiell IG et al. Lancet 2001;357:1391).

Each scenario asserts safety properties and failed on main before its fix, unless
named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

AORTA_IMAGED = ("aort", "ct kub", "non-contrast ct", "ct abdomen", "ct angiograph")


def _ledger(out: ReasoningOutput) -> list[tuple[str, str]]:
    return [(e.diagnosis.lower(), e.status) for e in out.final.ledger]


def _esi(out: ReasoningOutput) -> int | None:
    record = next(r for r in out.trace if r.stage == "triage")
    return getattr(record.output, "esi", None)


def test_back_pain_with_near_faint_in_older_man_is_a_leaking_aneurysm(
    reason: Reason,
) -> None:
    """ESVS 2024: a 72-year-old with sudden low back pain who almost passed out on the
    toilet, pale, pulse faster than the systolic pressure: a leaking aneurysm until the
    aorta is imaged. High-risk triage, bedside aortic ultrasound, blood crossmatched
    through large-bore access, the vascular surgeon now, no NSAID, never home."""
    out = reason(
        make_case(
            "low back pain",
            age=72,
            sex="M",
            vitals=vitals(104, 100, 62, 20, 97),
            one_liner="72M sudden severe low back pain, almost passed out",
            ed_note="72-year-old retired builder, smokes. Sudden severe pain across "
            "the lower back and into the left side of the belly this afternoon; "
            "almost passed out on the toilet and his wife found him pale and sweaty. "
            "Never had this before. Tender lower abdomen, no guarding.",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi <= 2, esi
    ledger = _ledger(out)
    assert any("aortic aneurysm" in d and s != "ruled_out" for d, s in ledger), ledger
    names = [o.name.lower() for o in O.orders(out)]
    assert any("aort" in n and ("ultraso" in n or "pocus" in n) for n in names), names
    assert any("crossmatch" in n or "cross-match" in n for n in names), names
    assert any("vascular surg" in n for n in names), names
    assert not O.medication_ordered(out, *O.NSAID), names
    assert out.final.disposition != "Discharge"


def test_first_loin_colic_after_sixty_is_not_sent_home_unimaged(
    reason: Reason,
) -> None:
    """NICE CKS renal colic / ESVS 2024: a 64-year-old with his first ever colicky loin
    pain into the groin and blood in the urine looks like a stone, but a leaking
    aneurysm presents the same way: the aorta is imaged (non-contrast CT or aortic
    ultrasound) before he goes home, and the aneurysm stays on the list meanwhile."""
    out = reason(
        make_case(
            "loin pain",
            age=64,
            sex="M",
            vitals=vitals(84, 148, 86, 16, 98),
            ed_note="64-year-old man, hypertensive. Colicky left loin pain coming in "
            "waves into the left groin since early morning, cannot keep still. No "
            "fever, no collapse. No previous stones. Left renal angle tender, abdomen "
            "soft. Urine dip: blood 2+, no nitrites or leucocytes.",
        )
    )
    ledger = _ledger(out)
    assert any("aortic aneurysm" in d and s != "ruled_out" for d, s in ledger), ledger
    names = [o.name.lower() for o in O.orders(out)]
    assert any(any(w in n for w in AORTA_IMAGED) for n in names), names
    assert out.final.disposition != "Discharge"


def test_loin_colic_in_a_young_man_is_still_sent_home(reason: Reason) -> None:
    """Guard (EAU 2024 urolithiasis): the same colic at 38 with a normal pulse and
    pressure is a stone; no aneurysm pathway, analgesia and home are right."""
    out = reason(
        make_case(
            "loin pain",
            age=38,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98),
            ed_note="38-year-old man. Colicky left loin pain coming in waves into the "
            "left groin since early morning, cannot keep still. No fever, no "
            "collapse. Left renal angle tender, abdomen soft. Urine dip: blood 2+, "
            "no nitrites or leucocytes.",
        )
    )
    assert not any("vascular surg" in o.name.lower() for o in O.orders(out))
    assert out.final.disposition == "Discharge"


def test_frail_woman_who_cannot_walk_after_a_spine_fracture_is_not_sent_home(
    reason: Reason,
) -> None:
    """GEDA 2023: an 84-year-old who lives alone with a stable osteoporotic L1
    compression fracture after lifting a shopping bag, who cannot get out of the chair
    or walk to the toilet for pain, is not safe at home whatever the fracture's usual
    outpatient care: observation or admission with physiotherapy and occupational
    therapy."""
    out = reason(
        make_case(
            "back pain",
            age=84,
            sex="F",
            vitals=vitals(86, 148, 80, 16, 97),
            ed_note="84F osteoporosis on alendronate, lives alone. Sudden pain in the "
            "lower back two days ago lifting a shopping bag, no fall. Tender over L1. "
            "Legs strong, sensation normal, bladder and bowels normal. Lumbar spine "
            "X-ray: L1 osteoporotic compression fracture, about 20 % loss of height, "
            "old appearance of T11. Cannot get out of the chair or walk to the toilet "
            "because of the pain.",
        )
    )
    assert out.final.disposition != "Discharge"
    names = [o.name.lower() for o in O.orders(out)]
    assert any("physio" in n or "occupational" in n for n in names), names


def test_older_man_off_his_legs_after_a_fall_without_fracture_is_not_sent_home(
    reason: Reason,
) -> None:
    """GEDA 2023 / NICE CG161: an 88-year-old who lives alone fell in the night and
    lay on the floor until morning; the hip and pelvis films show no fracture, but he
    cannot get up off the trolley even with his stick and two staff. No fracture is
    no safe discharge: observation with physiotherapy and occupational therapy."""
    out = reason(
        make_case(
            "fall",
            age=88,
            sex="M",
            vitals=vitals(84, 136, 74, 16, 96),
            ed_note="88-year-old man who lives by himself, uses a stick outdoors. Fell "
            "getting up to the toilet overnight, on the floor until his carer came "
            "at 8 am. Bruised left buttock. Hip and pelvis X-rays: no fracture. "
            "CK 310. Tried to get him up in the department: unable to stand even "
            "with his stick and two staff. No head injury, no chest pain.",
        )
    )
    assert out.final.disposition != "Discharge"
    names = [o.name.lower() for o in O.orders(out)]
    assert any("physio" in n or "occupational" in n for n in names), names


def test_older_migraineur_gets_no_first_generation_antihistamine(
    reason: Reason,
) -> None:
    """AGS Beers 2023: a 72-year-old with her lifelong migraine, the same attack as
    always, no red flags (normal examination, ESR normal), is treated for migraine
    without diphenhydramine, promethazine or another first-generation antihistamine
    (anticholinergic: confusion, retention, falls); the abortive itself stays."""
    out = reason(
        make_case(
            "headache",
            age=72,
            sex="F",
            vitals=vitals(74, 136, 78, 16, 98),
            ed_note="72-year-old woman with migraine since her teens, this attack the "
            "same as all the others: throbbing right-sided headache with nausea and "
            "dislike of light after a shimmering visual aura that cleared in 15 "
            "minutes. Same as her usual migraines. Examination normal, no jaw "
            "claudication, no scalp tenderness, ESR 10.",
        )
    )
    banned = ("diphenhydramine", "promethazine", "hydroxyzine", "chlorphenamine")
    assert not O.medication_ordered(out, *banned), [o.name for o in O.orders(out)]


def test_bump_on_the_head_on_warfarin_is_scanned_whatever_the_gcs(
    reason: Reason,
) -> None:
    """NICE CG176 1.4.12: a 59-year-old on warfarin (INR in range) who slipped and
    bumped the back of her head, GCS 15, no loss of consciousness or vomiting, has a
    CT head within 8 hours; the Canadian CT Head Rule excluded anticoagulated
    patients. She is not sent home unscanned."""
    out = reason(
        make_case(
            "fall",
            age=59,
            sex="F",
            vitals=vitals(78, 134, 82, 14, 98),
            ed_note="59-year-old woman on warfarin for a mechanical mitral valve, INR "
            "3.1 last week. Slipped on a wet floor and bumped the back of her head. "
            "No loss of consciousness, no vomiting, GCS 15, no neck pain, walking "
            "normally. Neurologically intact.",
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    assert any("ct" in n.split() and "head" in n for n in names), names
    assert out.final.disposition != "Discharge"


def test_delirium_work_up_looks_for_a_full_bladder(reason: Reason) -> None:
    """NICE CG103 1.6 / Inouye 2014: an 83-year-old woman, newly drowsy and
    inattentive over two days (4AT positive), gets the delirium work-up with its
    reversible causes, urinary retention and constipation among them: a bladder
    scan."""
    out = reason(
        make_case(
            "confusion",
            age=83,
            sex="F",
            vitals=vitals(88, 132, 74, 16, 96, 37.0),
            ed_note="83-year-old woman, usually independent and chatty. Over two days "
            "her son says she has become sleepy, vague and cannot follow a "
            "conversation. 4AT 7: inattentive, disoriented to year and place. No "
            "fever, no cough, no focal weakness, no head injury. Capillary glucose "
            "7.2 mmol/L. Impression: delirium, cause not yet found.",
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    assert any("bladder" in n for n in names), names

"""Vascular pathways read from their own published criteria (aneurysm, access).

A leaking or ruptured abdominal aortic aneurysm (Wanhainen A et al. ESVS 2024
clinical practice guidelines on abdominal aorto-iliac artery aneurysms, Eur J Vasc
Endovasc Surg 2024;67:192; Chaikof EL et al. SVS 2018 AAA guideline): abdominal,
flank or back pain with collapse, a near-collapse or hypotension in a patient aged 50
or more (or with a known aneurysm) is a rupture until the aorta is imaged. The classic
triad (pain, shock, a pulsatile mass) is complete in only about half, and a leaking
aneurysm is often taken for renal colic. Bedside ultrasound of the aorta now, two
large-bore cannulae with blood crossmatched and the massive-transfusion protocol
ready, permissive hypotension (fluid only to keep the patient conscious, SBP about
70-90 mmHg) and the vascular surgeon at once; CT angiography only when stable. A
documented gastrointestinal bleed (melaena, haematemesis) is the shock's own source
and is resuscitated as such (Laine L et al. ACG 2021), unless the aorta is a known
aneurysm or graft (an aorto-enteric fistula).

First renal colic after 60 (NICE CKS renal or ureteric colic 2024: consider a leaking
AAA in anyone over 60 presenting with renal colic; NICE NG118 2019: non-contrast CT
within 24 hours): flank or loin pain in a patient of 60 or more with no stones
before and no imaging of the aorta yet is not called renal colic until the aorta is
seen; the aneurysm stays open until then.

Upper abdominal pain going through to the back at 50 or more: the aorta imaged at the
bedside (a symptomatic aneurysm); the aneurysm stays open until the aorta is seen.

A known aneurysm (or one felt) with new abdominal, back or flank pain and no shock
(``symptomatic_aaa``): a symptomatic aneurysm, imaged by CT angiography now with the
vascular surgeon and blood ready (Wanhainen A et al. ESVS 2024 AAA 6.1; Mazzolai L
et al. ESC 2024 peripheral arterial and aortic diseases; NICE NG156 2020 1.1).

A gastrointestinal bleed after aortic repair (``aortic_graft_gi_bleed``): an
aorto-enteric fistula until CT angiography says otherwise, its herald bleed before
exsanguination (Chakfe N et al. ESVS 2020 vascular graft infection).

A bleeding arteriovenous dialysis access (``dialysis_access_bleeding``): pressure
that keeps the access open, then the access surgeon (Jose MD et al. 2017).
Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from agents._text import any_text, visible_texts
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.stage_facts import current_findings, present_facts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.pathways_acute import OVERT_GI_BLEEDING, asserted
from agents.population import years
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView
from cases.vitals import FEVER_READING

__all__ = [
    "COLIC_AAA_AGE_YEARS",
    "LEAKING_AAA_AGE_YEARS",
    "VASCULAR_PATHWAYS",
    "aortic_graft_gi_bleed",
    "dialysis_access_bleeding",
    "first_colic_after_sixty",
    "leaking_aaa",
    "symptomatic_aaa",
    "upper_abdominal_pain_to_back",
]

_rx = word_start

LEAKING_AAA_AGE_YEARS: Final = 50
"""Degenerative aneurysms are rare before 50 (ESVS 2024; USPSTF screening from 65)."""
COLIC_AAA_AGE_YEARS: Final = 60
"""NICE CKS renal colic: consider a leaking AAA over 60."""
HYPOTENSION_SBP: Final = 90.0

_PAIN: Final = _rx(
    r"(?:abdominal|abdomen|abdo|belly|tummy|stomach|flank|loin|back(?! of)|lumbar|"
    r"umbilic\w*|periumbilical|groin|renal angle)\W+(?:\w+\W+){0,3}?(?:pain|ache)|"
    r"pain\W+(?:\w+\W+){0,4}?(?:to|into|in|through|across|of|round) (?:the |his |"
    r"her |my )?(?:\w+ )?(?:abdomen|belly|tummy|flank|loin|back(?! of)|groin)|"
    r"(?:renal|ureteric) colic|backache|back ache"
)
_CHEST_TO_BACK: Final = _rx(
    r"chest (?:pain|discomfort|tightness)\W+(?:\w+\W+){0,6}?"
    r"(?:back|shoulder blades?|interscapular\w*)"
)
"""Chest pain radiating to the back: the aortic dissection's pattern (Isselbacher EM et
al. ACC/AHA 2022 aortic disease), read by its own pathway, not a leaking AAA's back
pain."""
_COLLAPSE: Final = _rx(
    r"collaps\w*|syncop\w*|presyncop\w*|near[- ]syncop\w*|passed out|passing out|"
    r"pass out|fainted|fainting|(?:felt|feeling|feels) faint|blacked out|"
    r"blacking out|black out|light[- ]?headed\w*|went grey|"
    r"lost consciousness|loss of consciousness|hypotensi\w*"
)
_KNOWN_AAA: Final = _rx(
    r"(?:abdominal )?aortic aneurysm|\baaa\b|aneurysmal (?:abdominal )?aorta"
)
_PULSATILE_MASS: Final = _rx(
    r"pulsatile (?:\w+ ){0,2}(?:mass|swelling|lump)|expansile (?:\w+ ){0,2}(?:mass|"
    r"swelling|lump)"
)
"""A pulsatile abdominal mass: palpation finds an aneurysm of 5 cm or more with LR+
about 15 (Lederle FA, Simel DL. JAMA 1999;281:77)."""
_FLANK: Final = _rx(
    r"(?:flank|loin|renal angle|costovertebral|cva)\W+(?:\w+\W+){0,3}?"
    r"(?:pain|ache|tender\w*)|"
    r"pain\W+(?:\w+\W+){0,4}?(?:flank|loin)|(?:renal|ureteric) colic"
)
_STONES_BEFORE: Final = _rx(
    r"(?:previous|prior|known|past|recurrent|history of|hx of|h/o)\W+(?:\w+\W+){0,2}?"
    r"(?:renal |kidney |ureteric |urinary )?(?:stones?|calcul\w*|colic|"
    r"nephrolithiasis|urolithiasis)|"
    r"(?:stones?|colic) (?:before|in the past)|stone former"
)
_AORTA_IMAGED: Final = _rx(
    r"(?:ct|computed tomograph\w*|ctkub)\W+(?:\w+\W+){0,3}?(?:kub|abdomen|abdominal|"
    r"abdo|urogra\w*|renal tract|aorta|angiogra\w*)|ct kub|ctkub|ct urogra\w*|"
    r"aort\w*\W+(?:\w+\W+){0,4}?(?:normal|not dilated|not aneurysmal|calibre|"
    r"\d+(?:\.\d+)? ?(?:cm|mm))|"
    r"(?:normal|non-?dilated|non-?aneurysmal) (?:calibre )?(?:abdominal )?aorta"
)
_FEVER: Final = _rx(rf"fever\w*|febrile|pyrexi\w*|rigou?rs|{FEVER_READING}")
_AORTIC_GRAFT: Final = _rx(
    r"aortic (?:graft|stent[- ]?graft|repair|endograft)|\bevar\b|"
    r"endovascular (?:\w+ )?(?:aneurysm )?(?:repair|graft|stent)|"
    r"aorto-?(?:bi)?(?:iliac|femoral) (?:graft|bypass)|"
    r"(?:aortic aneurysm|\baaa) (?:open |endovascular |surgical |elective )?"
    r"(?:repair|graft|stent)(?:ed|ing)?\b|(?:open|endovascular|elective) (?:aaa|"
    r"(?:aortic )?aneurysm) repair|(?:repaired|grafted|stented) (?:abdominal )?"
    r"(?:aortic aneurysm|aaa|aorta)"
)
"""A repaired aorta: its GI bleed may be an aorto-enteric fistula (ESVS 2024)."""


def _own_asserted(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern`` asserted in one text with its chest pain to the back blanked."""
    return asserted(pattern, [_CHEST_TO_BACK.sub(" ", text)])


def _hypotensive(view: StageView) -> bool:
    sbp = view.vitals.systolic_bp
    return sbp is not None and 0 < sbp < HYPOTENSION_SBP


def leaking_aaa(view: StageView, pop: Population) -> list[Required]:
    """Pain with collapse or hypotension at 50 or more: a leaking aneurysm."""
    texts = visible_texts(view)
    known = asserted(_KNOWN_AAA, texts)
    if not (known or pop.age_within(years(LEAKING_AAA_AGE_YEARS), None) is True):
        return []
    if pop.age_within(years(18), None) is not True or not any_text(
        _own_asserted, _PAIN, texts
    ):
        return []
    if not (_hypotensive(view) or asserted(_COLLAPSE, texts)):
        return []
    if asserted(OVERT_GI_BLEEDING, texts) and not (
        known or asserted(_AORTIC_GRAFT, texts)
    ):
        return []  # the bleed is the source: the GI bleed's resuscitation (ACG 2021)
    src = "ESVS 2024 abdominal aorto-iliac aneurysm guideline; SVS 2018 AAA guideline"
    why = "pain with collapse or hypotension in an older patient: a leaking AAA"
    temp = view.vitals.temperature_c
    febrile = (temp is not None and temp >= 38.0) or asserted(_FEVER, texts)
    if febrile and not known:
        # ledger26: fever with pain and shock is sepsis's picture first: the aorta is
        # looked at, but the shock is not starved of fluid nor the surgeon called
        # before an aneurysm is seen (Evans L et al. SSC 2021: 30 mL/kg; ESVS 2024)
        return [
            _req(
                "diagnostic",
                "bedside ultrasound of the abdominal aorta (POCUS)",
                f"pain with hypotension or collapse at {LEAKING_AAA_AGE_YEARS} or "
                f"more: the aorta is imaged even with a fever ({src})",
                r"(?:bedside |point-of-care )?(?:aortic |aorta )(?:ultraso\w*|us\b|"
                r"pocus)|ultraso\w* (?:of )?(?:the )?(?:abdominal )?aort\w*|pocus",
            )
        ]
    # An aneurysm known or felt goes to the surgeon and theatre at once; otherwise the
    # bedside ultrasound decides first (ESVS 2024: theatre without imaging is for the
    # unstable patient with a known aneurysm): a 61-year-old in adrenal crisis with
    # abdominal pain is not sent to theatre on her age and pressure alone.
    aneurysm = known or asserted(_PULSATILE_MASS, texts)
    seen = "" if aneurysm else "once the ultrasound shows an aneurysm: "
    return [
        _req(
            "diagnostic",
            "bedside ultrasound of the abdominal aorta (POCUS) now",
            f"{why} until the aorta is imaged ({src})",
            r"(?:bedside |point-of-care )?(?:aortic |aorta )(?:ultraso\w*|us\b|pocus)|"
            r"ultraso\w* (?:of )?(?:the )?(?:abdominal )?aort\w*|pocus",
        ),
        _req(
            "procedure",
            "two large-bore IV cannulae; group and crossmatch 6 units, "
            "massive-transfusion protocol ready",
            f"{why}: haemorrhage ({src}; ATLS 10th ed.)",
            r"crossmatch|cross-match",
        ),
        _req(
            "medication",
            f"{seen}permissive hypotension: fluid or blood only to keep the patient "
            "conscious (SBP 70-90 mmHg), no fluid to a normal pressure",
            f"{why}: fluid to a normal pressure worsens the bleeding ({src})",
            r"permissive hypotension",
        ),
        _req(
            "consult",
            f"{seen}vascular surgery now (theatre without imaging if unstable)"
            if aneurysm
            else "vascular surgery now if the ultrasound shows an aneurysm (theatre "
            "without further imaging if unstable)",
            f"{why} ({src})",
            r"vascular surg",
        ),
    ]


def first_colic_after_sixty(view: StageView, pop: Population) -> list[Required]:
    """First flank pain at 60 or more: the aorta is imaged before 'renal colic'."""
    if pop.age_within(years(COLIC_AAA_AGE_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_FLANK, texts) or asserted(_STONES_BEFORE, texts):
        return []
    temp = view.vitals.temperature_c
    if (temp is not None and temp >= 38.0) or asserted(_FEVER, texts):
        return []  # a fever with flank pain is an infection's work-up
    if asserted(_AORTA_IMAGED, texts):
        return []
    return [
        _req(
            "diagnostic",
            "non-contrast CT of the abdomen (KUB), which images the aorta, or "
            "bedside aortic ultrasound before calling it renal colic",
            f"first flank pain at {COLIC_AAA_AGE_YEARS} or more: a leaking AAA is "
            "often taken for renal colic (NICE CKS renal colic 2024; NICE NG118; "
            "ESVS 2024)",
            r"ct kub|non-?contrast ct|ct (?:of the )?abdomen|ct angiograph\w*|"
            r"aort\w* (?:ultraso\w*|us\b|pocus)|ultraso\w* (?:of )?(?:the )?"
            r"(?:abdominal )?aort\w*",
        )
    ]


_UPPER_ABDOMINAL: Final = _rx(
    r"epigastri\w*|upper abdom\w*|upper (?:belly|stomach)|(?:abdominal|abdomen|"
    r"belly|stomach|tummy)\W+(?:\w+\W+){0,2}?pain"
)
_TO_THE_BACK: Final = _rx(
    r"(?:radiat\w*|going|goes|went|shoot\w*|spread\w*|bor\w*|straight) (?:\w+ ){0,3}?"
    r"(?:to|into|through|thru) (?:to )?(?:the |his |her |my )?(?:\w+ )?back\b"
)
"""Pain going through to the back: the back pain of a symptomatic aneurysm (ESVS
2024)."""


def upper_abdominal_pain_to_back(view: StageView, pop: Population) -> list[Required]:
    """Upper abdominal pain through to the back at 50 or more: the aorta imaged.

    A symptomatic aneurysm's pain goes to the back and the classic triad misses it in
    half (ESVS 2024: imaged at once; ACEP emergency ultrasound guidelines 2023:
    bedside aorta ultrasound for abdominal or back pain in the patient at risk). The
    same pain's ECG (an anginal equivalent) and lipase (pancreatitis) are asked by
    ``pathways_cardiac.epigastric_anginal_equivalent`` and
    ``pathways_surgical.pancreatic_type_pain``. A chest pain to the back is the
    dissection pathway's (``agents.pathways_acute.aortic_syndrome``).
    """
    if pop.age_within(years(LEAKING_AAA_AGE_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not (
        any_text(_own_asserted, _UPPER_ABDOMINAL, texts)
        and any_text(_own_asserted, _TO_THE_BACK, texts)
    ):
        return []
    if any_text(_own_asserted, _AORTA_IMAGED, texts):
        return []
    src = "ESVS 2024; ACEP emergency ultrasound guidelines 2023"
    return [
        _req(
            "diagnostic",
            "bedside ultrasound of the abdominal aorta (POCUS)",
            f"upper abdominal pain through to the back at {LEAKING_AAA_AGE_YEARS} or "
            f"more: a symptomatic aneurysm until the aorta is seen ({src})",
            r"(?:aortic |aorta )(?:ultraso\w*|us\b|pocus)|ultraso\w* (?:of )?"
            r"(?:the )?(?:abdominal )?aort\w*|pocus|ct angiograph\w*",
        )
    ]


# --- a symptomatic known aneurysm; a bleed after aortic repair (cardio50) ---

_FELT_ANEURYSM: Final = _rx(r"(?:tender|pulsatile),? (?:\w+,? )?aneurysm")
"""An aneurysm felt on examination ("tender aneurysm", "pulsatile, tender aneurysm")."""
_ANEURYSM_CONCEPTS: Final = frozenset({"aortic_aneurysm", "us_aaa", "pulsatile_mass"})
"""The lexicon's aneurysm, known (history), imaged or felt: its reading leaves out the
aneurysm listed in a differential ("less likely, aortic aneurysm")."""


def _aneurysm_known(texts: tuple[str, ...]) -> bool:
    """An aortic aneurysm in the history, imaged, or felt as a pulsatile mass."""
    kb = load_knowledge()
    return any(
        f.concept in _ANEURYSM_CONCEPTS and f.status in ("present", "historical")
        for t in texts
        for f in current_findings(t, kb)
    ) or any_text(_own_asserted, _FELT_ANEURYSM, texts)


_OTHER_CAUSE_IMAGED: Final = (
    "aaa_intact_on_imaging",
    "aaa_rupture_blood",
    "ct_ureteric_stone",
    "us_ureteric_stone",
)
"""The aorta already imaged (intact: ``aaa_symptomatic_intact``; blood round it: the
rupture's own criteria) or a stone shown: the pain's cause is on the images."""


def symptomatic_aaa(view: StageView, pop: Population) -> list[Required]:
    """A known or felt aneurysm with new abdominal, back or flank pain, no shock.

    A symptomatic aneurysm is repaired urgently, and tenderness or pain is a rupture
    until imaged (Wanhainen A et al. ESVS 2024 AAA, Eur J Vasc Endovasc Surg
    2024;67:192, 6.1: CT angiography at once, repair on this admission; Mazzolai L et
    al. ESC 2024 peripheral arterial and aortic diseases; NICE NG156 2020 1.1: a
    symptomatic unruptured AAA is referred for emergency vascular assessment).
    Cardio50: a known 5.8 cm aneurysm with a sudden back pain and a tender aneurysm
    was "low back pain" on the observation ward with a bedside ultrasound only. With
    a collapse or hypotension ``leaking_aaa`` acts; after repair the graft's own
    questions apply (``aortic_graft_gi_bleed``), and a chest pain to the back is the
    dissection pathway's.
    """
    if pop.age_within(years(18), None) is not True:
        return []
    texts = visible_texts(view)
    if not _aneurysm_known(texts):
        return []
    if asserted(_AORTIC_GRAFT, texts) or not any_text(_own_asserted, _PAIN, texts):
        return []
    if _hypotensive(view) or asserted(_COLLAPSE, texts):
        return []  # a leak's picture: ``leaking_aaa``
    facts = present_facts(view, load_knowledge())
    if any(map(facts.has, _OTHER_CAUSE_IMAGED)):
        return []
    src = "ESVS 2024 AAA 6.1; ESC 2024 aortic; NICE NG156 1.1"
    why = f"a known or felt aneurysm with new pain: symptomatic until imaged ({src})"
    return [
        _req(
            "diagnostic",
            "CT angiography of the aorta now (rupture or a symptomatic intact "
            "aneurysm), bedside ultrasound meanwhile",
            why,
            r"ct angiograph\w*|cta\b|ct aortogra\w*",
        ),
        _req(
            "consult",
            "vascular surgery now: a symptomatic aneurysm is repaired this admission",
            why,
            r"vascular surg",
        ),
        _req(
            "procedure",
            "two large-bore IV cannulae; group and crossmatch 4-6 units",
            f"{why}: blood ready should it rupture",
            r"crossmatch|cross-match",
        ),
    ]


def aortic_graft_gi_bleed(view: StageView, _pop: Population) -> list[Required]:
    """A gastrointestinal bleed after aortic repair: an aorto-enteric fistula.

    Any GI bleed after an aortic graft or endograft is an aorto-enteric fistula until
    CT angiography says otherwise; a small self-limiting herald bleed precedes the
    exsanguinating one by hours to days, and endoscopy first can miss it or start the
    bleed (Chakfe N et al. ESVS 2020 vascular graft and endograft infections, Eur J
    Vasc Endovasc Surg 2020;59:339; Lyons OTA et al. MAGIC 2016). Cardio50: a
    haematemesis two years after aneurysm repair was an upper GI bleed for the
    endoscopist alone.
    """
    texts = visible_texts(view)
    if not (asserted(OVERT_GI_BLEEDING, texts) and asserted(_AORTIC_GRAFT, texts)):
        return []
    src = "ESVS 2020 vascular graft infection; MAGIC 2016"
    why = f"a GI bleed after aortic repair: aorto-enteric fistula until imaged ({src})"
    return [
        _req(
            "diagnostic",
            "CT angiography of the abdomen and pelvis now, before endoscopy (gas or "
            "contrast at the graft, fistula to the bowel)",
            why,
            r"ct angiograph\w*|cta\b",
        ),
        _req(
            "consult",
            "vascular surgery emergently; endoscopy only with the vascular surgeon "
            "aware and theatre available",
            why,
            r"vascular surg",
        ),
        _req(
            "procedure",
            "two large-bore IV cannulae; group and crossmatch 6 units, "
            "massive-transfusion protocol ready",
            f"{why}: the herald bleed precedes exsanguination",
            r"crossmatch|cross-match",
        ),
    ]


# --- bleeding dialysis access (classic30) ---

_AV_ACCESS: Final = _rx(
    r"(?:av|a-v|arteriovenous|dialysis|ha?emodialysis|brachio-?cephalic|radio-?cephalic"
    r"|brachio-?basilic|arm|forearm)(?: \w+){0,2} (?:fistula|graft)s?"
    r"|(?:dialysis|vascular) access|needling sites?"
)
"""An arteriovenous dialysis access: a fistula or graft, or its needling site."""
_ACCESS_BLEED: Final = _rx(r"bleed\w*|bled\b|ha?emorrhag\w*|oozing|spurting|pulsatile")


def _access_bleeding_in(_: None, text: str) -> bool:
    return asserted(_AV_ACCESS, [text]) and asserted(_ACCESS_BLEED, [text])


def dialysis_access_bleeding(view: StageView, _pop: Population) -> list[Required]:
    """A bleeding arteriovenous dialysis access: pressure, then the access surgeon.

    An access bleed can exsanguinate within minutes, at home or after needling (Jose
    MD et al. Fatal dialysis vascular access hemorrhage. Am J Kidney Dis 2017;70:570:
    most deaths followed an aneurysm or thin, shiny or ulcerated skin over the access);
    it is stopped with firm pressure on the bleeding point that keeps the access open,
    never a tourniquet, and an aneurysm with skin changes or a rebleed goes to the
    access surgeon (Lok CE et al. KDOQI vascular access 2019, Am J Kidney Dis 2020;75
    Suppl 2:S1).
    """
    texts = visible_texts(view)
    if not any_text(_access_bleeding_in, None, texts):
        return []
    src = "Jose MD et al. Am J Kidney Dis 2017;70:570; KDOQI vascular access 2019"
    return [
        _req(
            "procedure",
            "firm direct pressure on the bleeding point for 10-15 min, keeping the "
            "thrill; no tourniquet or blood-pressure cuff on the access arm; topical "
            "haemostatic, then a purse-string or figure-of-eight suture if it keeps "
            "bleeding",
            f"access haemorrhage can exsanguinate ({src})",
            r"direct pressure|figure[- ]of[- ]eight|purse[- ]string",
        ),
        _req(
            "consult",
            "vascular or access surgeon urgently (an aneurysm with thin, shiny or "
            "ulcerated skin, or a recurrent bleed, needs repair)",
            src,
            r"vascular surg\w*|access surg\w*",
        ),
        _req(
            "diagnostic",
            "CBC, coagulation, type and screen, potassium; heparin given at dialysis "
            "and antithrombotic drugs reviewed; thrill and bruit after haemostasis",
            f"blood loss, residual dialysis heparin and access patency ({src})",
            r"type and (?:screen|cross\w*)",
        ),
    ]


# --- imaged VTE that cannot be anticoagulated (cardio49) ---

_RECENTLY: Final = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?) "
    r"ago|(?:last|past|this) (?:week|fortnight|month)|recent(?:ly)?|yesterday|"
    r"(?:admitted|discharged|treated) (?:\w+ ){0,3}?(?:with|for)"
)
_BLEED: Final = (
    r"(?:intracranial|intracerebral|subdural|subarachnoid|extradural|epidural|"
    r"thalamic|lobar|cerebellar|brain(?:stem)?) (?:ha?emorrhag\w*|ha?ematoma|bleed)|"
    r"ha?emorrhagic stroke|\bich\b|craniotomy|(?:brain|spinal) surgery"
)
BARRING_BLEED: Final = re.compile(
    rf"(?i)\b(?:(?:{_RECENTLY})[^.;]{{0,80}}?(?:{_BLEED})|(?:{_BLEED})[^.;]{{0,60}}?"
    rf"(?:{_RECENTLY}))|\bactive(?:ly)? bleed\w*|\bongoing (?:\w+ )?(?:bleed\w*|"
    rf"ha?emorrhag\w*)"
)
"""An intracranial bleed or brain surgery of the last weeks, or an active bleed: an
absolute contraindication to anticoagulation (Konstantinides SV et al. ESC 2019 PE
6.1 and 6.9 (class IIa: an IVC filter); NICE NG158 2020 1.5.1: an IVC filter for a
proximal DVT or PE when anticoagulation is contraindicated)."""
VTE_IMAGED: Final = ("ctpa_pe", "us_dvt")
"""The findings of a PE or DVT shown by imaging."""


def vte_anticoagulation_barred(view: StageView, _pop: Population) -> list[Required]:
    """A PE or DVT on imaging with a recent intracranial or an active bleed.

    The order gate withholds the anticoagulant (``order_safety``'s bleeding risks);
    the clot still needs a plan: a retrievable inferior vena cava filter while
    anticoagulation is contraindicated, removed once it can start, and the bleed's
    specialist (neurosurgery or stroke, or the bleeding site's) with haematology on
    when to start it (Konstantinides SV et al. ESC 2019 PE 6.9, class IIa; NICE NG158
    2020 1.5.1; Kaufman JA et al. SIR 2020 IVC filters). Cardio49: bilateral PE ten
    days after an intracerebral haemorrhage had its DOAC blocked and nothing else.
    """
    texts = visible_texts(view)
    facts = present_facts(view, load_knowledge())
    if not any(map(facts.has, VTE_IMAGED)):
        return []
    if not any_text(_own_asserted, BARRING_BLEED, texts):
        return []
    src = "Konstantinides SV et al. ESC 2019 PE 6.9; NICE NG158 2020 1.5.1"
    why = (
        f"imaged venous thromboembolism with a recent intracranial or an active "
        f"bleed: anticoagulation contraindicated ({src})"
    )
    return [
        _req(
            "consult",
            "interventional radiology: a retrievable inferior vena cava filter while "
            "anticoagulation is contraindicated (removed once it can start)",
            why,
            r"vena cava filter|ivc filter",
        ),
        _req(
            "consult",
            "the bleed's specialist (neurosurgery or stroke, or the bleeding site's) "
            "and haematology: when anticoagulation can start",
            why,
            r"neurosurg\w*|stroke (?:team|physician|unit)|haematolog\w*|hematolog\w*",
        ),
    ]


VASCULAR_PATHWAYS: Final = (
    leaking_aaa,
    symptomatic_aaa,
    aortic_graft_gi_bleed,
    first_colic_after_sixty,
    upper_abdominal_pain_to_back,
    dialysis_access_bleeding,
    vte_anticoagulation_barred,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""

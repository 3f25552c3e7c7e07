"""Tests whose result this visit already reports, and rule-out tests made moot.

Research software, not for clinical use. Protocol orders are copied whatever the note
already says; a physician does not re-order a test whose result is on the chart, nor
a rule-out test once imaging has confirmed the diagnosis:

- a test already resulted in the visible text of this visit (never prior notes): the
  D-dimer with a value or a stated result, a CT pulmonary angiogram, a venous
  ultrasound of the leg, a right upper quadrant ultrasound, a CT KUB, a CT head
  with its findings stated, a chest radiograph or an aortic CT angiogram stated with
  its findings, an ESR with its value (with the CRP for a panel), a diagnostic
  paracentesis with its neutrophil count, read
  by the results readers
  (``agents.offline.rules.results``: numbers, ``reports``: imaging stated in words);
  a qualitative pregnancy test once a test result or an hCG value is stated, and a
  transvaginal ultrasound once its findings are (ACOG PB 193 goes on from them);
  serial tests (troponin, quantitative hCG, lactate, glucose) are repeated by design
  and are not listed;
- a rule-out test once imaging confirms the diagnosis: the D-dimer only excludes
  VTE in a patient with a non-high clinical probability, and has no place once a CTPA
  shows PE or an ultrasound shows DVT (Konstantinides SV et al. ESC 2019 acute PE.
  Eur Heart J 2020;41:543, diagnostic algorithm; NICE NG158 2020 VTE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agents import _text
from agents.offline.rules.imaging_results import negative_studies
from agents.offline.rules.reports import report_findings
from agents.offline.rules.results import read_results
from agents.schemas import Order
from cases.rx import word_start

__all__ = ["NOTHING_KNOWN", "Known", "gate", "read"]

_rx = word_start


@dataclass(frozen=True)
class _Test:
    """A one-off test: how an order names it and the results that answer it."""

    name: str
    order: re.Pattern[str]
    reports: frozenset[str] = frozenset()
    analytes: frozenset[str] = frozenset()
    words: re.Pattern[str] | None = None
    studies: frozenset[tuple[str, str]] = frozenset()
    """(modality, region) of the studies whose negative reading answers it
    (``imaging_results``: "CT head today, 68 hours after onset, normal")."""
    every: bool = False
    """Every answer is needed (``analytes`` all reported and ``words`` stated): a
    panel order is redundant only once each of its tests is resulted."""


_D_DIMER_WORDS: Final = _rx(
    r"d-?dimer\W{0,3}(?:level |result |test )?(?:was |is |came back |returned )?"
    r"(?:strongly |markedly |mildly )?(?:positive|negative|elevated|raised|high|"
    r"normal|unremarkable|not elevated|within normal limits|<|>|\d)|"
    r"(?:positive|negative|elevated|raised|normal|high) d-?dimer"
)
"""A D-dimer stated as a result ("D-dimer positive", "elevated D-dimer")."""

_PREGNANCY_TEST = (
    r"(?:b-?hcg|beta[- ]?hcg|hcg|upt|urine preg\w*|pregnancy test|preg test)"
)
_PREGNANCY_TEST_WORDS: Final = _rx(
    rf"(?:positive|pos|negative|neg)\s*(?:home\s+|urine\s+|serum\s+)?{_PREGNANCY_TEST}|"
    rf"{_PREGNANCY_TEST}\s*(?:is |was |came back |:|=)?\s*(?:positive|pos\b|negative|"
    r"neg\b|\+|\d)"
)
"""A pregnancy test stated as a result ("pos home UPT", "urine hCG negative",
"serum bhCG 1850"): a qualitative test answers nothing more (ACOG PB 193 then follows
the quantitative value; serial quantitative hCG is ordered as such)."""
_CT_HEAD = r"(?:non-?contrast )?(?:ct (?:of the )?(?:head|brain)|head ct)"
_CT_HEAD_WORDS: Final = _rx(
    rf"{_CT_HEAD}(?:\s+(?:done |performed )?at \d+(?:\.\d+)? ?(?:h|hours?|hrs?)"
    r"(?: (?:from|after|post) (?:the )?(?:symptom )?onset)?)?"
    r"(?:[^.;:\n]{0,70}?:)?"
    r"\s*(?::|-|=)?\s*(?!pending|ordered|requested|planned|to be\b)"
    r"(?:shows?|showed|reveal\w*|demonstrat\w*|confirm\w*|negative|normal|"
    r"unremarkable|positive|no acute|"
    r"no (?:subarachnoid |intracranial )?(?:ha?emorrhage|bleed|blood)|"
    r"(?:an? )?(?:acute|chronic|subacute|small|large|left|right|bilateral|\d)|"
    r"(?:diffuse|focal) |(?:subarachnoid|intracranial|intraparenchymal) "
    r"(?:blood|ha?emorrhage|bleed))"
)
"""A CT of the head stated with its findings ("CT head: acute subdural",
"CT head negative", "CT head at 2.5 h from onset: no haemorrhage", "CT head on a
modern scanner, reported by a neuroradiologist: no subarachnoid haemorrhage")."""
_CRP_WORDS: Final = _rx(
    r"crp\W{0,3}(?:of |was |is |level )?(?:\d|<|>|normal|elevated|raised|high)|"
    r"(?:elevated|raised|normal|high) crp"
)
"""A C-reactive protein stated as a result (no numeric reader for it)."""

_TVUS_WORDS: Final = _rx(
    r"(?:tvus|tvs|transvaginal (?:ultraso\w*|us|scan|sonograph\w*)|pelvic "
    r"(?:ultraso\w*|us|scan))\s*(?::|=|-|shows?|showed|reveal\w*|demonstrat\w*|"
    r"confirm\w*|found)"
)
"""A transvaginal or pelvic ultrasound stated with its findings."""

_RUQ_US_WORDS: Final = _rx(
    r"(?:ultraso\w*|(?-i:US)|sonograph\w*|pocus)(?:\s+(?:today|this morning|done))?"
    r"\s*(?::|=|-|shows?|showed|reveal\w*|"
    r"demonstrat\w*|confirm\w*)?\s*(?:(?:multiple|several|a|an|the|small|large|"
    r"numerous)\s+)?(?:gallstones?|cholelithiasis|gallbladder (?:sludge|calculi|"
    r"stones?|wall)|biliary sludge|(?:dilated |non-?dilated |undilated )?(?:common "
    r"bile duct|cbd)\b|(?:dilated|no dilated|no dilatation of the) (?:common )?bile "
    r"ducts?|biliary (?:dilatation|dilation))"
)
"""readers42: a biliary ultrasound stated with its finding, with or without a verb
("ultrasound gallstones without wall thickening", "US: multiple gallstones"); "an
ultrasound for gallstones" is a request (the finding must follow at once). infect44:
the bile duct is its finding too ("Ultrasound today: common bile duct 11 mm with a
stone", "US: dilated CBD"), so TG18's imaging is not ordered again."""
_CXR_WORDS: Final = _rx(
    r"(?:cxr|chest x-?ray|chest radiograph|chest film)\s*(?::|=|-|shows?|showed|"
    r"reveal\w*|demonstrat\w*|confirm\w*|(?:is |was )?(?:clear|normal|"
    r"unremarkable|negative))(?!\s*(?:pending|ordered|requested|to be\b))"
)
"""A chest radiograph stated with its findings ("CXR: right lower lobe
consolidation", "chest x-ray clear")."""

_CT_ABDOMEN_STATED = (
    r"ct (?:of the )?(?:abdomen|abdo|abd)(?:\s*(?:/|and|&)\s*pelvis)?(?:\s+with\s+"
    r"(?:iv\s+|oral\s+)?contrast)?\s*(?::|=|-|shows?|showed|reveal\w*|demonstrat\w*)"
    r"(?!\s*(?:pending|awaited|ordered|requested|booked|to (?:be|follow)\b))"
    r"[^.;\n]{0,40}?(?:appendix|appendiceal|normal|unremarkable|no\s+(?:acute|free"
    r"|fat|fluid|collection|abnormalit))"
)
"""readers39: a CT of the abdomen stated with its findings on the appendix or the
abdomen, whatever its verdict ("CT abdomen: appendix not visualised, no free fluid, no
fat stranding"). An indeterminate CT is followed by ultrasound or MRI, or by
observation with serial examination and surgical review, not by a second CT (ACR
Appropriateness Criteria right lower quadrant pain 2022; Nikolaidis P et al. AJR
2004;183:889: a non-visualised appendix without secondary signs)."""

_CT_ABDOMINAL_FINDING = (
    r"(?:(?:dilated|distended) (?:small |large )?(?:bowel|loops|jejun\w*|ile\w*|colon)"
    r"|(?:small |large )?bowel (?:obstruction|dilatation|dilation)|transition point"
    r"|free (?:intra-?peritoneal |intra-?abdominal )?(?:air|gas|fluid)|pneumoperitoneum"
    r"|(?:pelvic |intra-?abdominal |peri\w* )?(?:collection|abscess)|volvulus"
    r"|(?:acute |perforated |complicated )?(?:appendicitis|diverticulitis|pancreatitis)"
    r"|(?:closed|open)[- ]loop|(?:bowel|colonic|gastric|duodenal) (?:wall )?"
    r"(?:thickening|perforation|ischa?emia)|pneumatosis|fat stranding)"
)
_CT_ABDOMEN_FOUND = (
    r"ct(?: (?:of the )?(?:abdomen|abdo|abd)(?:\s*(?:/|and|&)\s*pelvis)?|"
    r" a/?p)?(?:\s+with\s+(?:iv\s+|oral\s+)?contrast)?(?: (?:today|this morning|"
    r"tonight|on arrival))?\s*(?::|=|-|shows?|showed|reveal\w*|demonstrat\w*)"
    r"(?!\s*(?:pending|awaited|ordered|requested|booked|to (?:be|follow)\b))"
    rf"[^.;\n]{{0,40}}?(?<![a-z]){_CT_ABDOMINAL_FINDING}"
)
"""readers48 (medgi47's request): a CT stated with an abdominal finding, its region
named or not ("CT: dilated small bowel loops with a transition point", "CT abdomen
shows free air"): the abdominal CT is done and is read, not repeated (ACR
Appropriateness Criteria suspected small-bowel obstruction 2020; WSES 2017 Bologna
adhesive SBO: one CT decides the management). A bare "CT" counts only with a finding
of the abdomen (a bare "CT: normal" may be the head's)."""
_CT_ABDOMEN_WORDS: Final = _rx(f"{_CT_ABDOMEN_STATED}|{_CT_ABDOMEN_FOUND}")

_ECG = r"(?:(?:12|twelve)[- ]lead )?(?:ecg|ekg|electrocardiogram)"
_ECG_NAMED = (
    rf"(?<!previous )(?<!prior )(?<!old )(?<!baseline ){_ECG}"
    r"(?: (?:on arrival|in triage|today|here|at triage|in the department))?"
)
_ECG_WORDS: Final = _rx(
    rf"{_ECG_NAMED}(?:\s*(?::|=|-)|\s+(?:shows?|showed|reveal\w*|demonstrat\w*))"
    r"(?!\s*(?:pending|awaited|ordered|requested|to (?:be|follow)\b|not (?:yet )?done"
    r"|planned|tb[ca]\b|needed|required|due\b|repeat|if\b|when\b|once\b))"
    r"\s*[a-z0-9(]|"
    rf"{_ECG_NAMED}\s+(?:is |was )?(?:normal|unremarkable|unchanged|abnormal|"
    r"non-?diagnostic|nonspecific)"
)
"""readers48 (medgi47's request): a 12-lead ECG stated with its reading this visit
("ECG: sinus rhythm, normal intervals", "ECG shows AF at 140", "ECG normal"): the
first ECG is done and is read, not ordered again (AHA/ACC 2021 chest pain 4.1.1: an
ECG within 10 minutes; a repeat for persisting or changing symptoms is written as a
repeat and stays, ``_CONDITIONAL``). A previous, old or baseline ECG is another
visit's."""

_CT_AORTA = (
    r"(?:ct aortogra\w*|ct angiogra\w* (?:of the )?(?:aorta|thoracic aorta|"
    r"chest/abdomen/pelvis|chest,? abdomen and pelvis)|cta (?:of the )?(?:aorta|"
    r"chest/abdomen/pelvis))"
)
_CT_AORTA_WORDS: Final = _rx(
    rf"{_CT_AORTA}\s*(?::|=|-|shows?|showed|reveal\w*|demonstrat\w*|confirm\w*|"
    r"(?:is |was )?(?:negative|normal|unremarkable)|no\b)"
    r"(?!\s*(?:pending|ordered|requested|to be\b))"
)
"""A CT angiogram of the aorta stated with its findings ("CT aortogram: no aortic
dissection")."""

_CTA_HEAD_WORDS: Final = _rx(
    r"(?:ct angiogra\w*|cta)(?: (?:of )?(?:the )?(?:head|neck|brain|intracranial|"
    r"circle of willis|and))*\s*(?::|=|-|shows?|showed|reveal\w*|demonstrat\w*)"
    r"(?!\s*(?:pending|ordered|requested|planned|to be\b))[^.;\n]{0,60}?"
    r"(?:basilar|vertebral|carotid|middle cerebral|mca|ica\b|m1\b|m2\b|"
    r"cerebral arter\w*|intracranial|aneurysm|(?:large[- ]vessel )?occlusion|lvo\b|"
    r"circle of willis|vasoconstriction|beading|narrowing|dissection)"
)
"""trauma55: a CT angiogram of the head and neck stated with a cerebral vessel
finding ("CT angiogram: basilar artery occlusion", "CTA: no aneurysm", "CTA head and
neck shows an M1 occlusion"); a CT angiogram of the chest or aorta is another study."""

_LP = r"(?:lumbar puncture|lp|spinal tap|csf)"
_JOINT_ASPIRATE_WORDS: Final = _rx(
    r"(?:(?:joint |synovial |knee |ankle )?(?:aspirated?|fluid|arthrocentesis)\b"
    r"[^.;]{0,30}?(?::|=|shows?|showed|reveal\w*|demonstrat\w*)[^.;]{0,40}?"
    r"(?:crystals?|birefringen\w*|wbc|wcc|white cells?|cell count|gram stain|"
    r"organisms?|culture)|synovial (?:fluid )?(?:wbc|wcc|white cell count|"
    r"white cells?|cell count|leucocytes?|leukocytes?)\W{0,3}(?:of |was |is )?\d)"
)
"""A joint aspirate stated with its findings ("aspirate shows needle crystals, no
organisms on Gram stain", "knee aspirated: turbid fluid, synovial WCC 78,000";
infect46: the past participle and the synovial count read too)."""
_LP_WORDS: Final = _rx(
    r"(?:no |without |negative for |positive for )?xanthochrom\w*|"
    r"opening pressure\W{0,3}(?:of |was |is )?\d|"
    rf"{_LP}\s*(?:\([^)]{{0,40}}\)\s*)?(?::|=|-|shows?|showed|reveal\w*|"
    r"demonstrat\w*|(?:is |was )?(?:negative|normal|unremarkable|clear|cloudy|"
    r"turbid|bloody|xanthochromic|positive|lymphocytic|neutrophilic|purulent))"
    r"(?!\s*(?:pending|ordered|requested|planned|to be\b|deferred))"
)
"""A lumbar puncture stated with its findings ("LP: opening pressure 18, WBC 1",
"CSF clear, no xanthochromia")."""

_CT_CSPINE_WORDS: Final = _rx(
    r"ct (?:of (?:the )?)?(?:cervical spine|c-? ?spine)\s*(?::|=|-|shows?|showed|"
    r"reveal\w*|demonstrat\w*|confirm\w*)(?!\s*(?:pending|ordered|requested|to be\b))"
)
"""A cervical spine CT stated with its findings ("CT C-spine: C2 fracture")."""
_UA_WORDS: Final = _rx(
    r"(?:urinalysis|ua|u/a|urine dip\w*|dipstick)\s*(?::|=|-|shows?|showed|"
    r"(?:is |was )?(?:negative|normal|unremarkable|bland|clear))"
    r"(?!\s*(?:pending|ordered|requested|sent|to be\b))"
)
"""A urinalysis stated with its result ("UA: nitrite positive", "UA negative")."""
_LIMBS: Final = ("ankle", "foot", "wrist", "hand", "hip", "knee", "elbow", "shoulder",
                 "forearm", "femur", "lower_leg")  # fmt: skip
"""Limb regions of a radiograph (``imaging_results``)."""

TESTS: Final[tuple[_Test, ...]] = (
    _Test(
        name="D-dimer",
        order=_rx(r"(?:quantitative |age-adjusted |high-sensitivity )?d-?dimer"),
        analytes=frozenset({"d_dimer"}),
        words=_D_DIMER_WORDS,
    ),
    _Test(
        name="CT pulmonary angiogram",
        order=_rx(
            r"ct pulmonary angiogra\w*|ctpa\b|ct pe protocol|pe protocol ct|"
            r"ct angiogra\w* (?:of the )?chest|v/?q (?:scan|scintigraph\w*)"
        ),
        reports=frozenset({"ctpa_pe", "ctpa_negative"}),
    ),
    _Test(
        name="venous ultrasound of the leg",
        order=_rx(
            r"(?:compression|duplex|venous) (?:doppler )?ultraso\w*|"
            r"(?:lower[- ]limb|leg|lower[- ]extremity) (?:venous )?(?:doppler|duplex|"
            r"ultraso\w*)"
        ),
        reports=frozenset({"us_dvt", "us_dvt_negative"}),
    ),
    _Test(
        name="right upper quadrant ultrasound",
        order=_rx(
            r"(?:right upper quadrant|ruq|biliary|gallbladder|hepatobiliary|abdominal) "
            r"ultraso\w*|ultraso\w* (?:of the )?(?:right upper quadrant|ruq|"
            r"gallbladder|biliary tree)"
        ),
        reports=frozenset({"us_cholecystitis", "us_cholecystitis_negative"}),
        words=_RUQ_US_WORDS,
    ),
    _Test(
        name="qualitative pregnancy test",
        order=_rx(
            r"(?:urine |serum |point-of-care )?(?:or serum )?(?:b-?hcg|beta[- ]?hcg|"
            r"hcg|pregnancy test|upt)(?! level| titre| titer)"
        ),
        words=_PREGNANCY_TEST_WORDS,
    ),
    _Test(
        name="transvaginal ultrasound",
        # lead46: the pelvic ultrasound with Doppler of a suspected torsion is the same
        # study once its report is in (ACOG CO 783 2019)
        order=_rx(
            r"transvaginal (?:ultraso\w*|scan|us)\b|tvus\b|"
            r"pelvic (?:ultraso\w*|scan|us)\b"
        ),
        reports=frozenset({"us_ectopic", "us_ovarian_torsion", "whirlpool_sign"}),
        words=_TVUS_WORDS,
    ),
    _Test(
        name="CT KUB",
        # the stone protocol's imaging ("renal ultrasound or low-dose CT") asks
        # what a reported CT KUB has answered (EAU 2024 urolithiasis: imaging once)
        order=_rx(
            r"ct kub|non-?contrast ct (?:kub|abdomen|of the abdomen)|"
            r"(?:renal |kidney )?ultraso\w* or low-?dose ct|low-?dose ct(?: kub)?\b"
        ),
        reports=frozenset({"ct_ureteric_stone", "ct_ureteric_stone_negative"}),
    ),
    # An ultrasound that already shows appendicitis answers the ultrasound the
    # appendicitis protocol asks for (WSES Jerusalem 2020: imaging once; a
    # non-diagnostic scan goes on to MRI or CT, a new question).
    _Test(
        name="appendix ultrasound",
        order=_rx(
            r"(?:graded[- ]compression )?(?:right lower quadrant|rlq|appendix) "
            r"ultraso\w*|ultraso\w* (?:of the )?(?:right lower quadrant|rlq|appendix)"
        ),
        reports=frozenset({"us_appendicitis"}),
    ),
    # A contrast CT of the abdomen and pelvis already read for appendicitis or
    # diverticulitis answers that question (ACR Appropriateness Criteria: right lower
    # quadrant pain 2022, left lower quadrant pain 2023; one CT per question).
    _Test(
        name="CT abdomen/pelvis",
        order=_rx(
            r"ct (?:of the )?(?:abdomen|abd)(?:/| and | & )pelvis"
            r"(?: with (?:iv |oral )?(?:and oral )?contrast)?|ct a/p(?: with contrast)?"
        ),
        reports=frozenset(
            {"ct_appendicitis", "ct_appendicitis_negative", "ct_diverticulitis"}
        ),
        words=_CT_ABDOMEN_WORDS,
        studies=frozenset({("CT", "abdomen_pelvis")}),
    ),
    # readers48: a 12-lead ECG stated with its reading is not ordered again; an ECG
    # ordered with another test ("12-lead ECG and troponin") stays for the other test
    _Test(
        name="12-lead ECG",
        order=_rx(
            rf"{_ECG}(?: within \d+ min\w*(?: of arrival)?)?"
            r"(?!\s*(?:and|with|,|\+|/|&|or)(?![a-z]))"
        ),
        words=_ECG_WORDS,
    ),
    # The aortic CT angiogram already read answers the dissection question (ACC/AHA
    # 2022 aortic disease: CTA is the first test; no repeat without a new question).
    _Test(name="CT aortogram", order=_rx(_CT_AORTA), words=_CT_AORTA_WORDS),
    # A chest radiograph read this visit is not repeated without a new question
    # (ACR Appropriateness Criteria; a deliberate repeat is written as such).
    _Test(
        name="chest x-ray",
        order=_rx(
            r"(?:portable )?(?:chest x-?ray|cxr|chest radiograph)(?! (?:if|once))"
        ),
        words=_CXR_WORDS,
        studies=frozenset({("radiograph", "chest")}),
    ),
    # A head CT whose findings are stated (a subdural already shown) is read, not
    # repeated; an angiogram or venogram with it asks a new question and stays, and
    # a deliberate repeat for deterioration is written as such (``_CONDITIONAL``).
    _Test(
        name="CT head",
        order=_rx(
            rf"{_CT_HEAD}(?! with\b| and\b| \+|,? ?(?:ct )?angio|,? ?(?:ct )?veno)"
        ),
        reports=frozenset({"ct_subdural", "ct_extradural"}),
        words=_CT_HEAD_WORDS,
        studies=frozenset({("CT", "head")}),
    ),
    # trauma55: a CT angiogram of the head and neck stated with its findings (a basilar
    # occlusion, "no large-vessel occlusion") has answered the stroke CT/CTA order: the
    # reperfusion decision follows it, not a repeat (AHA/ASA 2019 3.2: imaging once,
    # then treatment without delay; Strbian D et al. ESO 2023 basilar occlusion)
    _Test(
        name="CT head with CT angiography",
        order=_rx(
            rf"{_CT_HEAD}(?: with|,| and| \+) ?(?:ct )?angiogra\w*|{_CT_HEAD} and cta\b"
        ),
        words=_CTA_HEAD_WORDS,
    ),
    # results32: a CT of the cervical spine read this visit, negative in any word order
    # or showing the fracture, is read, not repeated (Patel MB et al. EAST 2015: a
    # negative high-quality CT clears the spine; ACR: no repeat without a new question)
    _Test(
        name="CT cervical spine",
        order=_rx(
            r"ct (?:of (?:the )?)?(?:cervical spine|c-? ?spine)|"
            r"(?:cervical spine|c-? ?spine) ct"
        ),
        words=_CT_CSPINE_WORDS,
        studies=frozenset({("CT", "cervical_spine")}),
    ),
    # readers45: a diagnostic ascitic tap with its neutrophil count stated is read,
    # not repeated (AASLD 2021 / EASL 2018: one diagnostic paracentesis decides SBP;
    # a large-volume paracentesis is treatment and stays)
    _Test(
        name="diagnostic paracentesis",
        order=_rx(r"diagnostic (?:paracentesis|ascitic tap)"),
        analytes=frozenset({"ascitic_pmn"}),
    ),
    # results32 (dx31's leftover): a urinalysis already reported this visit
    _Test(
        name="urinalysis",
        order=_rx(r"(?:urinalysis|urine dipstick|ua)(?! and| with| \(|,|/| or)"),
        reports=frozenset({"hematuria", "urine_nitrite", "pyuria"}),
        words=_UA_WORDS,
    ),
    # an extremity radiograph ordered generically is answered by a radiograph of a
    # limb read this visit (the site's own order is below)
    _Test(
        name="extremity radiograph",
        order=_rx(r"extremity (?:x-?rays?|radiographs?)"),
        studies=frozenset(("radiograph", r) for r in _LIMBS),
    ),
    # A lumbar puncture with its CSF reported is read, not repeated, and its 'or CTA'
    # alternative is answered with it (ACEP 2019 acute headache: LP or CTA after a
    # late negative CT; IDSA 2004 meningitis: one diagnostic LP).
    _Test(
        name="lumbar puncture",
        order=_rx(r"lumbar puncture|lp\b|spinal tap"),
        analytes=frozenset({"csf_wbc", "csf_rbc"}),
        words=_LP_WORDS,
    ),
    # orders33: a joint aspirate already reported this visit (crystals, cell count,
    # Gram stain) is read, not repeated (ACR 2020 gout: synovial crystals confirm
    # the flare; BSR/BOA 2006 hot joint: one diagnostic aspirate before antibiotics)
    _Test(
        name="joint aspiration",
        order=_rx(r"joint aspiration|arthrocentesis|aspirat\w* (?:of )?the joint"),
        words=_JOINT_ASPIRATE_WORDS,
    ),
    # An intraocular pressure already measured is read, not measured again (EGS 2020
    # angle closure: the IOP is measured once at presentation, then after treatment,
    # which is written as a repeat).
    _Test(
        name="intraocular pressure",
        order=_rx(r"intraocular pressure|iop\b|tonometry"),
        analytes=frozenset({"iop"}),
    ),
    # The ESR is one result per visit (not a serial test); a panel with the CRP is
    # redundant only when both are reported.
    _Test(
        name="ESR",
        order=_rx(
            r"(?:esr|erythrocyte sedimentation rate)(?!\W{1,3}(?:and |& |or )?"
            r"(?:crp|c-reactive))"
        ),
        analytes=frozenset({"esr"}),
    ),
    _Test(
        name="ESR and CRP",
        order=_rx(
            r"(?:esr|erythrocyte sedimentation rate)\W{1,3}(?:and |& )?(?:crp|"
            r"c-reactive)|crp\W{1,3}(?:and |& )?esr"
        ),
        analytes=frozenset({"esr"}),
        words=_CRP_WORDS,
        every=True,
    ),
    # ledger26: a gadolinium MRI of the whole spine stated with its findings is read,
    # not repeated; a lumbar study leaves the whole-spine order for skip lesions
    # (Darouiche RO. N Engl J Med 2006;355:2012).
    _Test(
        name="MRI whole spine",
        order=_rx(
            r"(?:emergent |emergency |urgent )?mri (?:of )?(?:the )?(?:whole|entire|"
            r"total|full) spine"
        ),
        words=_rx(
            r"mri (?:of )?(?:the )?(?:whole|entire|total|full) spine[^.:;\n]{0,40}?"
            r"(?::|=|shows?|showed|reveal\w*|demonstrat\w*|confirm\w*|(?:is |was )?"
            r"(?:negative|normal|unremarkable))"
            r"(?!\s*(?:pending|ordered|requested|planned|to be\b))"
        ),
    ),
    # A radiograph that already shows the fracture (``reports``: the site's fracture
    # stated on the x-ray) is not re-ordered for that fracture.
    *(
        _Test(
            name=f"{site} x-ray",
            order=_rx(
                rf"(?:{words})(?: and (?:{words}))? (?:x-?rays?|radiographs?|films?)|"
                rf"x-?rays? (?:of )?(?:the )?(?:{words})"
            ),
            reports=frozenset({concept}),
            studies=frozenset(("radiograph", r) for r in regions),
        )
        for site, words, concept, regions in (
            ("hip", r"hip|pelvis|pelvic", "xray_fracture_hip", ("hip",)),
            ("femur", r"femur|femoral|thigh", "xray_fracture_femur_shaft", ("femur",)),
            ("ankle", r"ankle", "xray_fracture_ankle", ("ankle",)),
            (
                "wrist",
                r"wrist|forearm|distal radius",
                "xray_fracture_wrist",
                ("wrist", "forearm"),
            ),
        )
    ),
)
"""One-off tests whose reported result makes a new order of them redundant."""

_RULE_OUT: Final[tuple[tuple[str, frozenset[str], str], ...]] = (
    (
        "D-dimer",
        frozenset({"ctpa_pe"}),
        "a CTPA shows PE: a D-dimer (or PERC) rules nothing out once imaging has "
        "confirmed the diagnosis (ESC 2019 PE diagnostic algorithm)",
    ),
    (
        "D-dimer",
        frozenset({"us_dvt"}),
        "an ultrasound shows DVT: a D-dimer rules nothing out once imaging has "
        "confirmed the diagnosis (ESC 2019 PE; NICE NG158 2020)",
    ),
)
"""(test, confirming imaging, why): rule-out tests made moot by a confirmation."""

_CONDITIONAL: Final = re.compile(r"(?i)^\s*(?:if|only if|when|once|repeat|serial)\b")
"""An order that is itself conditional or a deliberate repeat is left as written."""
_CONDITION_THEN: Final = re.compile(
    r"(?i)^\s*(?:if|only if|when|once)\b[^:]{0,80}?\b(?:negative|normal|"
    r"unremarkable|non-?diagnostic|inconclusive|equivocal)\b[^:]{0,60}:\s*"
)
"""The next test of a diagnostic sequence, after a first one's negative ('if the CT
head is negative beyond 6 h of onset: lumbar puncture ...'): asked as any order once
written (a condition on the course, 'if GCS falls: CT head', stays as written)."""


@dataclass(frozen=True)
class Known:
    """What the visible text of this visit already answers."""

    done: frozenset[str] = frozenset()
    """Names (``_Test.name``) of the tests whose result is reported."""
    shown: frozenset[str] = frozenset()
    """Imaging result concepts reported present (``reports.report_findings``)."""


NOTHING_KNOWN: Final = Known()


def read(texts: Sequence[str]) -> Known:
    """Read the tests already resulted in ``texts`` (the current visit only)."""
    shown = frozenset(
        f.concept for t in texts for f in _text.per_text(report_findings, t)
    )
    analytes = frozenset(r.analyte for t in texts for r in read_results(t))
    studies = frozenset(
        (r.modality, r.region)
        for t in texts
        for r in _text.per_text(negative_studies, t)
    )
    done = frozenset(
        test.name
        for test in TESTS
        if test.studies & studies or _answered(test, shown, analytes, texts)
    )
    return Known(done=done, shown=shown)


def _answered(
    test: _Test, shown: frozenset[str], analytes: frozenset[str], texts: Sequence[str]
) -> bool:
    """Whether ``texts`` answer ``test`` (any of its answers, or all when ``every``)."""
    said = test.words is not None and _text.asserted(test.words, texts)
    if test.every:
        return test.analytes <= analytes and (test.words is None or said)
    return bool(test.reports & shown or test.analytes & analytes) or said


def _names(order: Order) -> str | None:
    """The one-off test an order is, when its name starts with it.

    Of tests whose names both start the order, the longer naming wins ('CT
    angiography chest/abdomen/pelvis' is the aortic study, not a CT angiogram of the
    chest for PE).
    """
    best: tuple[int, str] | None = None
    for test in TESTS:
        m = test.order.search(order.name)
        starts = m is not None and not order.name[: m.start()].strip(" :-(").strip()
        if m is not None and starts and (best is None or m.end() > best[0]):
            best = (m.end(), test.name)
    return best[1] if best else None


def gate(order: Order, known: Known) -> str | None:
    """Why ``order`` is not re-ordered, if its answer is already known."""
    if order.kind != "diagnostic":
        return None
    then = _CONDITION_THEN.match(order.name)
    if then is not None:
        # the condition's test, once resulted, answers the conditional order too
        order = order.model_copy(update={"name": order.name[then.end() :]})
    elif _CONDITIONAL.match(order.name):
        return None
    test = _names(order)
    if test is None:
        return None
    for name, confirming, why in _RULE_OUT:
        if name == test and confirming & known.shown:
            return why
    if test in known.done:
        return (
            f"{test} already resulted in this visit's notes: not re-ordered (read the "
            "result; ESC 2019 PE and ACR appropriateness: no repeat imaging without a "
            "new question)"
        )
    return None

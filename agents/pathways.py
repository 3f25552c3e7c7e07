"""Orders a patient needs whatever the working diagnosis: resuscitation and pathways.

Resuscitation (ABC) from vitals and mental status (ATLS 10th ed.; PALS 2020; BTS 2017
oxygen; ESI v4 danger zone), then the must-not-miss pathways of populations the
diagnosis-led protocols miss:

- febrile infant by age band (AAP 2021, Pantell et al. Pediatrics 2021;148:e2021052228);
- paediatric septic shock (Surviving Sepsis Campaign children, Weiss et al. 2020);
- suspected ectopic pregnancy (ACOG Practice Bulletin 193, 2018);
- hypertensive disorders of pregnancy (ACOG PB 222, 2020; Committee Opinion 767);
- trauma in pregnancy (ATLS 10th ed.; ACOG Committee Opinion 775 / 2019 guidance);
- tetanus prophylaxis for a wound by vaccination status (CDC ACIP 2018/2020);
- severe asthma: ipratropium, IV magnesium, doses by age (GINA 2024; BTS/SIGN 2019);
- self-harm: 1:1 observation and psychiatry (ACEP 2017 psychiatric patients);
- hypertensive emergency: a titratable IV agent with its first-hour limit, end-organ
  tests, and the pregnancy test first in a woman who may be pregnant (ACC/AHA 2017);
- bilious vomiting in a child: malrotation with volvulus until proven otherwise (nil by
  mouth, nasogastric decompression, upper GI contrast, paediatric surgery; APSA);
- toxic alcohol (methanol, ethylene glycol): fomepizole, haemodialysis criteria
  (AACT 2015; EXTRIP 2015);
- sickle cell disease: analgesia within 60 min, fever as a risk of sepsis, acute
  chest syndrome (NHLBI 2014; ASH 2020; BSH 2015);
- hip fracture on warfarin: IV vitamin K so the INR does not delay surgery (AAGBI
  2011/2021; NICE CG124);
- major bleeding on an anticoagulant: reversal by the documented drug, coagulation
  tests (ACC 2020 ECDP; ASH 2018; ``agents.reversal``);
- surgical, trauma, gynaecological, ENT and eye emergencies read by their own criteria
  (chemical eye injury, orbital compartment syndrome, button battery, major burns,
  posterior epistaxis, mesenteric ischaemia, strangulated hernia, adnexal torsion,
  SCIWORA, penetrating neck injury, rib fractures in older adults, septic abortion):
  ``agents.pathways_surgical``;
- obstetric, airway and skin emergencies (umbilical cord prolapse, a threatened upper
  airway from a throat or neck infection, SJS/TEN): ``agents.pathways_specialty``;
- critical laboratory results (severe hypo- and hyperkalaemia, hypomagnesaemia, a
  supratherapeutic INR without bleeding): ``agents.pathways_results``;
- poisonings, environmental, endocrine and oncological emergencies (salicylate,
  calcium-channel blocker, cholinergic, smoke and CO, adrenal crisis, sepsis from
  results, HHS, retention, rhabdomyolysis, tumour lysis, SVC obstruction, capacity in
  self-harm, drowning): ``agents.pathways_tox``;
- an overdose stated under any complaint (levels, ECG, poison centre, a psychosocial
  assessment from 12 years): ``agents.pathways_overdose``;
- the febrile limping child (Kocher criteria) and occult scaphoid and hip fractures:
  ``agents.pathways_msk``; an unstable tachyarrhythmia: ``agents.pathways_cardiac``.

``agents.order_safety.check`` puts these orders first (unless an equivalent order is
already there) and then gates them like every other order. Research software, not for
clinical use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence, Set
from typing import Final

from agents import ceilings, picture_gates, reversal
from agents import ledger as L
from agents import pathways_abuse as abuse
from agents import pathways_acute as acute
from agents import pathways_cardiac as cardiac
from agents import pathways_child as child
from agents import pathways_cns as cns
from agents import pathways_consent as consent
from agents import pathways_drains as drains
from agents import pathways_medical as medical
from agents import pathways_msk as msk
from agents import pathways_nutrition as nutrition
from agents import pathways_older as older
from agents import pathways_overdose as overdose
from agents import pathways_pain as pain
from agents import pathways_pressure as pressure
from agents import pathways_respiratory as respiratory
from agents import pathways_results as results
from agents import pathways_scrotum as scrotum
from agents import pathways_specialty as specialty
from agents import pathways_surgical as surgical
from agents import pathways_tox as tox
from agents import pathways_trauma as trauma
from agents import pathways_vascular as vascular
from agents._reads import Reuse, reused_runs
from agents._text import (
    any_kept,
    any_text,
    asserted,
    current,
    each_text,
    injury_now,
    new_texts,
    per_text,
    text_results,
    visible_texts,
)
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules import infant_lrti
from agents.offline.rules.admission import fever_read_heart_rate
from agents.offline.rules.decompression_words import CHEST_DECOMPRESSED, CHEST_DRAIN
from agents.offline.rules.gcs_words import gcs_changed_to, gcs_swing_worst
from agents.offline.rules.immunocompromise import ASPLENIA
from agents.offline.rules.injury_words import BLEEDING_SITE as _BLEEDING_SITE
from agents.offline.rules.injury_words import HIGH_ENERGY as _HIGH_ENERGY
from agents.offline.rules.injury_words import TRAUMA as _TRAUMA
from agents.offline.rules.low_bp_words import KNOWN_LOW_BP
from agents.offline.rules.osmolar_gap import suggestive_gap
from agents.offline.rules.passive_ideation import PASSIVE_IDEATION
from agents.offline.rules.results import RETENTION_ML, LabResult, results_of
from agents.offline.rules.uterine_force_words import FORCE_TO_TRUNK
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import Required
from agents.pathway_orders import child as _child
from agents.pathway_orders import required as _req
from agents.population import years
from agents.schemas import DifferentialEntry
from agents.shock_index import abnormal_shock_index
from cases.memo import HashMemo, digest, text_digest
from cases.models import Vitals
from cases.population import Population
from cases.rx import guarded, word_start
from cases.views import StageView
from cases.vitals import FEVER_READING

__all__ = [
    "BILIOUS",
    "PATHWAYS",
    "Pathway",
    "Required",
    "fired_pathways",
    "hypotension_sbp",
    "required_orders",
    "unconditional",
]


_rx = word_start


_GCS: Final = guarded(
    re.compile(
        r"(?i)\bGCS\W{0,3}(?:of|is|was)?\s*(?:(?:has\s+|had\s+)?(?:dropped|fallen|fell"
        r"|falling|declined|deteriorated|decreased|worsened|gone\s+down)\s+"
        r"(?:from\s+(\d{1,2})\s+)?to\s+)?(\d{1,2})\b"
    )
)
"""A GCS, or a fall in it ("GCS dropped from 13 to 7": 13 then 7, the current last;
peds45: the airway decision follows the GCS now, ATLS 10th ed.)."""
_NOT_TREATMENT_RESPONSE: Final = r"(?:ness)?\b(?!\s+(?:to|episodes?|spells?)\b)"
"""'Unresponsive to tamsulosin / to steroids' is a treatment response, not a mental
status: 'unresponsive' followed by 'to' is not read as unresponsiveness. peds53: an
'unresponsive episode' or 'spell' is an event told, over (a toddler's breath-holding
spell got an airway plan with RSI): the state now is read from the examination."""
_UNRESPONSIVE: Final = _rx(
    rf"unresponsive{_NOT_TREATMENT_RESPONSE}|obtunded|comatose|coma\b|pain response|"
    r"responds only to pain|avpu\W{0,3}[pu]\b"
)
_AMS: Final = _rx(
    r"confus\w*|altered mental|altered level|ams\b|letharg\w*|disorient\w*|obtunded|"
    rf"unresponsive{_NOT_TREATMENT_RESPONSE}|somnolent|delirium|postictal|seizur\w*|"
    r"found down|"
    r"verbal response|pain response|not acting right"
)
_BLEEDING: Final = acute.BLOOD_LOSS
_MISCARRIAGE_UNDER_WAY: Final = _rx(
    r"(?:spontaneous|incomplete|inevitable|septic|missed|induced|medical|surgical)"
    r" (?:abortion|miscarriage)|miscarri\w*|products of conception|retained products|"
    r"termination of (?:the )?pregnancy"
)
"""A miscarriage or abortion under way or taken place: the pregnancy was intrauterine,
so its shock is not a ruptured ectopic's unless the bleeding says so (ACOG PB 200)."""
# dx39: "ulcerative colitis ... with rectal bleeding" (K51.x11) names the colitis: its
# tachycardia is the inflammation's (Truelove and Witts), not a haemorrhage's (BSG 2019)
_HAEMORRHAGE_DX: Final = _rx(
    # infect53: a viral haemorrhagic fever's shock is capillary leak, not blood loss to
    # crossmatch and transfuse; its samples go only as the infection consultant directs
    # (ACDP / UKHSA VHF 2015/2023; WHO 2016 dengue/VHF clinical management)
    r"\w*hemorrhag(?!ic fever)|\w*haemorrhag(?!ic fever)|(?<!with rectal )\w*bleed|"
    r"ruptured|ectopic|abruption|intra-abdominal injury|variceal"
)
_INTRACRANIAL_BLEED_DX: Final = _rx(
    r"subarachnoid|intracerebral|intracranial|subdural|epidural|extradural|"
    r"intraventricular|pituitary"
)
"""A bleed inside the skull, which does not explain shock in an adult (ATLS 10th ed.
ch. 3 and 6: look for another source). medgi53: a pituitary apoplexy at a shock index
of 1.0, with a subarachnoid haemorrhage leading its headache differential, got a
crossmatch with emergency-release blood and the massive transfusion protocol."""
_FEVER: Final = _rx(rf"fever\w*|febrile|pyrexi\w*|{FEVER_READING}")
_PELVIC: Final = _rx(
    r"abd\w* pain|abdominal pain|pelvic pain|lower abd\w* pain|[lr]lq pain|"
    r"(?:left|right) lower quadrant|vaginal bleed\w*|spotting|vb\b|cramp\w*|"
    r"syncop\w*|fainted|fainting|passed out|shoulder tip pain|"
    r"(?:periumbilical|suprapubic|hypogastric|iliac fossa|adnexal|ovarian|"
    r"(?:mid-?)?menstrual|period|ovulat\w*) pain|dysmenorrh\w*|mittelschmerz"
)
"""Abdominal or pelvic pain, bleeding or syncope in a woman who may be pregnant: the
presentations of an ectopic pregnancy (ACOG PB 193; ACEP clinical policy early
pregnancy 2017), pain named by its region ("periumbilical", "suprapubic") or by the
cycle ("mid-menstrual", "period pain": a pregnancy is excluded before the pain is
called menstrual)."""
# A period that is late or missed, or a dated last period ("later", "lateral" are not).
_LATE_PERIOD: Final = _rx(
    r"lmp|last menstrual period|missed (?:a |her )?(?:period|menses)|"
    # readers54 (peds54's request): "last period 7 weeks ago" is the LMP in words
    r"last (?:period|menses|menstruation)|"
    r"(?:period|menses|menstruation)\W+"
    r"(?:\w+\W+){0,3}late\b|late (?:period|menses)"
)
_SEVERE_FEATURES: Final = _rx(
    r"headache|visual|vision|scotoma|blurr\w*|ruq|right upper quadrant|epigastric|"
    r"seizur\w*|convuls\w*|confus\w*|short\w* of breath|dyspnea|pulmonary edema"
)
_SEIZURE: Final = _rx(r"seizur\w*|convuls\w*|tonic[- ]clonic|eclamp\w*")
_STATUS: Final = _rx(
    r"status epilepticus|actively seizing|still seizing|currently seizing|"
    r"seizing on arrival|ongoing seizure|continuous (?:generali[sz]ed )?"
    r"(?:tonic[- ]clonic )?seizure|seiz\w* (?:for|lasting) (?:more than |over )?"
    r"(?:[5-9]|[1-9]\d) min\w*|back-to-back seizures|"
    r"(?:seizure|tonic[- ]clonic|convulsive) activity (?:is )?(?:still )?continuing|"
    r"continuing (?:seizure|tonic[- ]clonic|convulsive) activity|"
    r"seizures? without (?:regaining consciousness|recovery)|"
    r"(?:second|another|further|third) seizure (?:\w+ ){0,2}before (?:she|he|they) "
    r"(?:woke|regained consciousness)"
)
"""A seizure still going, lasting >= 5 minutes, or recurring without recovery in
between (AES 2016; Trinka E et al. ILAE 2015: each is treated as status)."""
_SEIZURE_STOPPED: Final = _rx(
    r"(?:stopped|ended|terminated|ceased|settled|resolved|self-terminat\w*)"
    r"(?! (?:breathing|eating|feeding|drinking|talking))"
)
"""peds56 (readers56's request): a seizure that lasted 25 minutes and "stopped after
buccal midazolam" is over: the child is post-ictal, and a benzodiazepine now is for
a seizure still going (AES 2016; APLS 6th ed.; NICE NG217 1.4)."""


def _status_stopped(texts: Sequence[str]) -> bool:
    """Whether every seizure the status words name is stated to have stopped."""
    hits = [
        t[m.start() : t.find(".", m.end()) if "." in t[m.end() :] else len(t)]
        for t in texts
        for m in _STATUS.finditer(t)
    ]
    return bool(hits) and all(_SEIZURE_STOPPED.search(h) for h in hits)


_PAST_FIRST_TRIMESTER: Final = _rx(
    r"(?:second|third|2nd|3rd|last|final|mid-?)\s*trimester"
)
"""obpeds39: a pregnancy named in its second or third trimester is past early pregnancy,
where an ectopic pregnancy presents (NICE NG126 2023: to 13 completed weeks; RCOG
Green-top 21, 2016)."""
_POSTPARTUM: Final = _rx(
    r"post-?partum|delivered \w+ (?:hours?|days?|weeks?) ago|delivered at home|"
    r"after (?:her )?delivery|gave birth|"
    # peds43: "2 weeks after giving birth" (the KB's postpartum finding reads it)
    r"giving birth|given birth|(?:after|since|following) (?:the )?birth\b|"
    r"(?:days?|weeks?) postnatal|"
    r"(?:after|post|following) (?:an? |her |the )?(?:\w+ )?"
    r"(?:caesarean|cesarean|c-section)"
)
_POOR_PERFUSION: Final = _rx(
    r"clammy|mottl\w*|cool peripher\w*|cold peripher\w*|delayed capillary refill|"
    r"capillary refill (?:time )?(?:of )?(?:[3-9]|\d\d) ?s\w*|syncop\w*|"
    r"near[- ]faint\w*"
)
"""Signs of poor perfusion in a slow pulse (AHA 2020 ACLS: hypotension, altered
mentation, signs of shock, ischaemic chest discomfort, acute heart failure)."""
_TRACHEA_SHIFTED: Final = (
    r"trachea\w* (?:is |was )?(?:deviat|shift|displac)\w*|"
    r"(?:deviated|shifted|displaced) trachea|mediastinal shift"
)
_TENSION_SIGNS: Final = _rx(
    rf"tension pneumothorax|{_TRACHEA_SHIFTED}|"
    r"(?:absent|no) (?:breath sounds|air entry)|breath sounds (?:are |were )?absent|"
    r"silent hemithorax"
)
"""Clinical signs of tension pneumothorax (ATLS 10th ed.: a clinical diagnosis; treat
before imaging)."""
_HAEMOTHORAX: Final = _rx(
    r"h(?:a)?emothora\w*|(?:stony )?dull\w* (?:to )?percussion|stony dull\w*|"
    r"pleural (?:fluid|effusion|collection)|"
    r"fluid (?:collection )?in the (?:left|right) (?:chest|hemithorax|pleural)"
)
"""A dull hemithorax or pleural fluid after injury: haemothorax (ATLS 10th ed.)."""
_PNEUMOTHORAX: Final = _rx(r"pneumothora\w*|hyper-?resonan\w*")


def _effusion_shift(texts: Sequence[str]) -> bool:
    """Whether a shifted mediastinum is a pleural effusion's, not a tension's.

    A stony dull hemithorax or a pleural effusion pushes the trachea and mediastinum
    away as a tension pneumothorax does; away from an injury and with no pneumothorax
    named it is drained under ultrasound guidance, never decompressed blind (Roberts
    ME et al. BTS pleural disease guideline 2023; ATLS 10th ed.: tension is
    hyper-resonant, an effusion dull; lead39).
    """
    return (
        asserted(_HAEMOTHORAX, texts)
        and not asserted(_PNEUMOTHORAX, texts)
        and not injury_now(_TRAUMA, texts)
    )


_DEVIATED_TRACHEA: Final = _rx(
    rf"{_TRACHEA_SHIFTED}|hyper-?resonan\w*|tension pneumothorax"
)
STRIDOR_SPO2: Final = 94.0
"""A child with stridor below this saturation gets oxygen (BTS 2017: children's target
94-98 %); in upper-airway obstruction desaturation means severe obstruction."""
_STRIDOR: Final = _rx(r"stridor\w*|stridulous")
_BREATHLESS: Final = _rx(
    r"dyspn\w*|short(?:ness)? of breath|\bsob\b|breathless\w*|difficulty breathing|"
    r"trouble breathing|can'?t (?:catch (?:his|her|my) )?breath\w*|respiratory distress"
)
_SATURATION_STATED: Final = _rx(
    r"(?:spo2|sp02|sats?|saturation\w*|o2 sat\w*|pulse ox\w*)\W{0,3}(?:of |was |is |"
    r"at )?\d{2,3}\s*%?"
)
"""A saturation stated in the text (the structured field may be empty)."""
LEADING_P: Final = 0.25
"""Probability at which a haemorrhage diagnosis on the ledger counts as a source."""
_PELVIS: Final = _rx(
    r"unstable pelvi\w*|pelvi\w* instability|pelvic ring (?:injury|disruption)|"
    r"open[- ]book pelvi\w*|pelvic fracture"
)
_TENDER_PELVIS: Final = _rx(
    r"pelvi\w* (?:is |was )?(?:\w+ )?tender\w*|tender\w* (?:over |of )?(?:the )?"
    r"pelvi\w*|pelvic (?:pain|tenderness)|pain (?:in|over|around) (?:the |his |her "
    r"|their )?pelvi\w*"
)
"""A painful or tender pelvis after injury: in shock, a pelvic ring injury is presumed
and bound before imaging (ATLS 10th ed. ch. 5; WSES 2017 pelvic trauma)."""
_DANGER_ZONE: Final[tuple[tuple[int, float, float], ...]] = (
    # max age (days), heart rate above, respiratory rate above (ESI v4 handbook)
    (90, 180, 50),
    (years(3), 160, 40),
    (years(8), 140, 30),
    (10**9, 100, 20),
)


def hypotension_sbp(pop: Population) -> float:
    """PALS 2020 hypotension: < 60 neonates, < 70 infants, < 70 + 2 x age to 10 y."""
    days = pop.age_days_max
    if days is None or days >= years(10):
        return 90.0
    if days <= 28:
        return 60.0
    if days < years(1):
        return 70.0
    return 70.0 + 2 * (days // years(1))


def _gcs_values(texts: Sequence[str]) -> list[int]:
    return [v for t in texts for v in per_text(_gcs_in, t)]


def _gcs_in(text: str) -> tuple[int, ...]:
    """The GCS values written in one text (kept per text: 5 runs a request ask)."""
    values = [int(g) for m in _GCS.finditer(text) for g in m.groups() if g]
    # readers53 (trauma53's request): the score it changed to ("GCS 8 on scene,
    # improved to 14"), then a swinging range's worst, are the score now (ATLS 10th ed.)
    if values and (changed := gcs_changed_to(text)) is not None:
        values.append(changed)
    if (worst := gcs_swing_worst(text)) is not None:
        values.append(worst)
    return tuple(v for v in values if 3 <= v <= 15)


def _gcs(texts: Sequence[str]) -> int | None:
    """The lowest GCS documented: any altered state gets its glucose check."""
    values = _gcs_values(texts)
    return min(values) if values else None


def _gcs_now(texts: Sequence[str]) -> int | None:
    """The GCS written last: the patient's current state.

    "GCS 5 at scene; responded to naloxone, now GCS 15" is an awake patient: the airway
    decision follows the current GCS (ATLS 10th ed.: reassess after each
    intervention), not the worst one recorded before treatment.
    """
    values = _gcs_values(texts)
    return values[-1] if values else None


BRADYARRHYTHMIC_SHOCK_INDEX: Final = 0.6
"""A shock index below 0.6 in hypotension: a heart rate under ~55 at a systolic
under 90, too slow for the compensatory tachycardia of blood loss (ATLS 10th ed.
ch. 3)."""
_HIGH_GRADE_AV_BLOCK: Final = _rx(
    r"complete (?:heart|av|atrio-?ventricular) block|"
    r"(?:third|3rd)[- ]degree (?:heart |av |atrio-?ventricular )?block|"
    r"high[- ]grade (?:av |atrio-?ventricular )?block|mobitz (?:type )?(?:ii|2)\b|"
    r"(?:broad|wide|ventricular|junctional) (?:complex )?escape rhythm"
)
"""A high-grade AV block or an escape rhythm named on the ECG."""


def _bradyarrhythmic_hypotension(texts: Sequence[str], si: float | None) -> bool:
    """A fall's low pressure explained by a documented high-grade AV block.

    cardio55: an 82-year-old in complete heart block at 32/min who fell was given
    tranexamic acid, a trauma surgeon and permissive hypotension: hypotension after
    an injury is bleeding until shown otherwise, but ATLS 10th ed. ch. 3 names the
    non-haemorrhagic causes, cardiogenic among them, and a bradyarrhythmia with
    adverse features is paced (Resuscitation Council UK 2021 bradycardia algorithm;
    Kusumoto FM et al. ACC/AHA/HRS 2018 bradycardia). A high-energy mechanism, a
    bleeding site or blood loss still makes it haemorrhagic.
    """
    return (
        si is not None
        and si < BRADYARRHYTHMIC_SHOCK_INDEX
        and asserted(_HIGH_GRADE_AV_BLOCK, texts)
    )


_EFAST_NEGATIVE: Final = _rx(
    r"e?fast(?: scan| exam\w*)?(?: is| was)?:? (?:negative|normal|no free fluid)|"
    r"(?:negative|normal) e?fast"
)
NEUROGENIC_HR: Final = 60
"""ATLS 10th ed. ch. 7: neurogenic shock is hypotension with bradycardia."""


def _neurogenic_shock(view: StageView, v: Vitals, texts: Sequence[str]) -> bool:
    """A cord injury's hypotension with bradycardia once the eFAST found no blood.

    trauma56: a diver's tetraplegia at HR 46 / SBP 76 with a negative eFAST got
    tranexamic acid and "permissive hypotension (SBP 80-90)". ATLS 10th ed. ch. 7:
    the lost sympathetic tone of a cervical or high thoracic cord injury gives
    hypotension with bradycardia (neurogenic shock), treated with volume then a
    vasopressor for a MAP of 85-90 mmHg (Walters BC et al. AANS/CNS 2013); bleeding
    is looked for first, so only a documented negative eFAST, with no blood loss and
    no bleeding site, makes it neurogenic. A high-energy mechanism stays haemorrhagic.
    """
    hr = v.heart_rate
    return (
        hr is not None
        and hr < NEUROGENIC_HR
        and asserted(_EFAST_NEGATIVE, texts)
        and present_facts(view, load_knowledge()).has("cord_injury_signs")
    )


def _haemorrhagic(
    pop: Population,
    texts: Sequence[str],
    ledger: Sequence[DifferentialEntry],
    hypo: bool,
    si: float | None,
    neurogenic: bool = False,
) -> bool:
    """Whether a patient in shock is bleeding (``resuscitation``)."""
    # Shock is haemorrhagic with blood loss of this visit, after an injury with
    # hypotension, a high-energy mechanism or signs at a site where blood hides
    # (chest, abdomen, pelvis, retroperitoneum, thigh: ATLS 10th ed.), or when a
    # haemorrhage diagnosis leads or is ruled in; a bleed merely listed on the
    # differential of a septic, anaphylactic or poisoned patient is not enough. A
    # normotensive tachycardia after a low-energy injury of a limb with no blood loss
    # documented (pain, fear: ATLS class I-II at most; ABC score 0, Nunez TC et al.
    # J Trauma 2009;66:346) is assessed and given analgesia, not transfused.
    injured = injury_now(_TRAUMA, texts) and (
        (hypo and not _bradyarrhythmic_hypotension(texts, si) and not neurogenic)
        or asserted(_HIGH_ENERGY, texts)
        or asserted(_BLEEDING_SITE, texts)
    )
    injured = injured and (hypo or not _obstruction_relieved(texts))
    bleeding = (
        acute.blood_loss_now(texts)
        or injured
        or any(
            _HAEMORRHAGE_DX.search(e.diagnosis)
            and not _INTRACRANIAL_BLEED_DX.search(e.diagnosis)
            and (e.status == "ruled_in" or (e.probability or 0.0) >= LEADING_P)
            for e in ledger
            if e.must_not_miss
        )
    )
    # Ectopic pregnancy in shock: haemorrhagic once pregnancy is known (ACOG PB 193);
    # with pregnancy unknown the hCG comes first (``ectopic``), not blood products.
    bleeding |= (
        pop.pregnancy == "pregnant"
        and _possible_ectopic(pop, texts)
        and (hypo or (si or 0) >= 1.0)
        and not asserted(_MISCARRIAGE_UNDER_WAY, texts)
    )
    return bleeding


_CHEST_DECOMPRESSED: Final = _rx(CHEST_DECOMPRESSED)
_FREE_FLUID: Final = _rx(
    r"free (?:intra-?peritoneal |intra-?abdominal |abdominal )?fluid|"
    r"h(?:a)?emoperitoneum|positive (?:e?fast|focused assessment)|"
    r"e?fast (?:scan |exam\w* )?(?:is |was )?positive"
)


_CHEST_DRAIN: Final = _rx(CHEST_DRAIN)


def _chest_drain_after_needle() -> Required:
    """A chest drain after a needle or finger decompression (ATLS 10th ed. ch. 4)."""
    return _req(
        "procedure",
        "chest drain (tube thoracostomy, 5th intercostal space, anterior to the "
        "mid-axillary line) now: needle decompression only temporises",
        "tension pneumothorax decompressed by needle or finger: a chest drain "
        "follows (ATLS 10th ed. ch. 4)",
        r"(?:chest (?:drain|tube)|tube thoracostomy|intercostal drain)(?! if\b)",
    )


def _obstruction_relieved(texts: Sequence[str]) -> bool:
    """A decompressed tension pneumothorax with no bleeding source documented.

    Obstructive shock relieved by decompression is not haemorrhage: without
    hypotension (the caller's) and without a haemothorax or free fluid on FAST, the
    injury's fast pulse is not transfused (ATLS 10th ed. ch. 3-4; ABC score, Nunez TC
    et al. J Trauma 2009;66:346).
    """
    return asserted(_CHEST_DECOMPRESSED, texts) and not (
        asserted(_HAEMOTHORAX, texts) or asserted(_FREE_FLUID, texts)
    )


HYPOPERFUSION: Final = _rx(
    r"mottl\w*|(?:cold|cool) (?:and \w+ )?(?:hands|feet|peripher\w*|extremit\w*|limbs)|"
    r"(?:peripher\w*|extremit\w*|hands|feet) (?:are |were |feel |felt )?(?:cold|cool)|"
    r"(?:weak|thready|feeble) (?:and thready |and weak )?(?:peripheral )?pulses?|"
    r"pulses? (?:\w+ ){0,2}(?:weak|thready|feeble)|"
    r"(?:capillary refill|cap refill|crt)(?: time)?\W{0,12}(?:of |was |is )?"
    r"(?:>\s*2|[3-9]|\d\d)\s*(?:s\b|sec)|(?:prolonged|delayed|sluggish) "
    r"(?:capillary refill|cap refill|crt)|oligur\w*|anuri\w*"
)
"""Bedside signs of hypoperfusion: mottled or cold peripheries, weak or thready
pulses, capillary refill > 2 s, little or no urine (NICE CG174 1.3.1: capillary
refill > 2 s or peripheries cold to touch indicate the need for fluid resuscitation;
the shock column of NICE CG84 Table 1)."""
_OWN_FLUID_REGIMEN: Final = _rx(
    r"ketoacidosis|\bdka\b|hyperosmolar|\bhhs\b|pulmonary (?:o)?edema|"
    r"pulmonary oedema|(?:bibasal|bibasilar|bilateral) (?:crackles|creps|"
    r"crepitations|rales)|crackles to (?:the )?mid|(?:basal|bibasilar) (?:crackles|"
    r"creps|crepitations)|(?:crackles|creps|crepitations|rales) (?:at|in) (?:both|"
    r"the) (?:lung )?bases|raised jvp|elevated jvp|"
    r"jvp (?:raised|elevated|up)|jvd\b|jugular venous distension|cardiogenic|"
    r"fluid overload\w*|burns?\b"
)
"""Shock whose fluids follow their own regimen (DKA and HHS: ADA 2024, JBDS 2022;
burns: Parkland) or in which a bolus harms (pulmonary oedema, raised venous pressure:
cardiogenic shock, ESC 2021 heart failure): no undifferentiated fluid challenge.
cardio51: "crackles at both bases", "basal crackles" are the same congestion (ESC 2021
HF 11.1: no fluid challenge in the congested patient)."""


def _febrile(v: Vitals, texts: Sequence[str]) -> bool:
    """Fever or hypothermia (SIRS): shock that the sepsis bundle's 30 mL/kg treats."""
    t = v.temperature_c
    return (t is not None and (t >= 38.0 or t < 36.0)) or asserted(_FEVER, texts)


def shocked_adult(view: StageView, pop: Population) -> bool:
    """An adult in shock: hypotensive, or a shock index >= 1 with hypoperfusion."""
    if _child(pop):
        return False
    v = view.vitals
    if v.systolic_bp is None or v.systolic_bp <= 0:
        return False
    if v.systolic_bp < hypotension_sbp(pop):
        return True
    si = (v.heart_rate or 0) / v.systolic_bp
    return si >= 1.0 and asserted(HYPOPERFUSION, visible_texts(view))


def _adult_fluid_challenge(shock: str) -> list[Required]:
    """NICE CG174: a 500 mL crystalloid bolus in < 15 min, reassessed, in shock."""
    src = "NICE CG174 intravenous fluid therapy in adults, 1.3.1-1.3.2; SSC 2021"
    return [
        _req(
            "medication",
            "IV crystalloid 500 mL bolus over < 15 min, reassess perfusion after each "
            "and repeat; senior review if no response after 2 L",
            f"shock without bleeding: {shock} ({src})",
            r"crystalloid|fluid bolus|500 ?ml|30 ?ml/kg|saline|ringer\w*|hartmann\w*|"
            r"iv fluids? (?:bolus|resuscitation)",
        ),
        _req(
            "diagnostic",
            "lactate, electrolytes and creatinine",
            f"hypoperfusion and its organ effect: {shock} ({src})",
            r"lactate",
        ),
    ]


def _occult_hypoperfusion(si: float) -> Required:
    """A shock index >= 1 with the pressure held and no hypoperfusion documented.

    The index rises before the pressure falls: >= 0.9 flags acute critical illness
    that normal-range vitals miss (Rady MY et al. Ann Emerg Med 1994;24:685), and a
    raised index goes with hyperlactataemia (Berger T et al. West J Emerg Med
    2013;14:168). A lactate and repeat observations decide whether it is shock
    (SSC 2021: lactate-guided resuscitation); the fluid challenge waits for them.
    """
    return _req(
        "diagnostic",
        "lactate, IV access and repeat heart rate and blood pressure within 15 min",
        f"shock index {si:.1f} without documented hypoperfusion: occult shock until "
        "the lactate and repeat observations say otherwise (Rady MY et al. Ann "
        "Emerg Med 1994;24:685; Evans L et al. SSC 2021)",
        r"lactate",
    )


def _dka_under_18(view: StageView, pop: Population, texts: Sequence[str]) -> bool:
    """DKA before the 18th birthday: its tachycardia is no shock index of shock.

    ISPAD 2022 (Glaser N et al. Pediatr Diabetes 2022;23:835; BSPED 2021 to the 18th
    birthday): tachycardia and a slow capillary refill are the acidosis and the
    dehydration, shock (weak pulses, hypotension) is rare, and poor perfusion is met
    by 10 mL/kg over 30-60 min within the DKA regimen (``diabetic_ketoacidosis``'s
    orders), not by the adult shock-index floor. Hypotension still counts.
    """
    under_18 = pop.age_within(0, years(18) - 1) is True
    return under_18 and child.dka_documented(view, texts)


def _rhythm_shock_child(view: StageView, pop: Population) -> bool:
    """Whether a child's shock is an SVT's, cardioverted rather than filled.

    peds54: a grey 4-month-old at 290/min with SBP 58, an enlarged liver and basal
    crackles got a 10-20 mL/kg bolus beside the cardioversion. PALS 2020 (Topjian AA
    et al. Circulation 2020;142:S469) and APLS 6th ed.: SVT with shock is ended by
    synchronised cardioversion (adenosine if access is in place); fluid does not
    treat the rhythm, and a failing heart (hepatomegaly, crackles) is harmed by it
    (Weiss SL et al. SSC children 2020, 4.2: no bolus with fluid overload).
    """
    return any(
        "synchronised cardioversion" in order.name
        for order, _ in cardiac.child_svt(view, pop)
    )


def resuscitation(
    view: StageView, pop: Population, ledger: Sequence[DifferentialEntry]
) -> list[Required]:
    """Return ABC orders driven by vitals and mental status."""
    texts = visible_texts(view)
    v = view.vitals
    out: list[Required] = []
    gcs, now = _gcs(texts), _gcs_now(texts)
    awake = now is not None and now > 8
    if (now is not None and now <= 8) or (not awake and asserted(_UNRESPONSIVE, texts)):
        why = f"GCS {now} <= 8" if now is not None and now <= 8 else "unresponsive"
        out.append(
            _req(
                "procedure",
                "airway plan: suction, bag-valve-mask, prepare definitive airway (RSI)",
                f"{why}: protect the airway (ATLS 10th ed.)",
                r"airway|intubat|rsi\b",
            )
        )
    if (
        v.spo2 is not None
        and v.spo2 < 92
        and infant_lrti.picture(texts, pop, v.respiratory_rate)
    ):
        # peds43: an infant's viral lower respiratory illness has its own oxygen
        # threshold, not the adult's 94-98 % target (NICE NG9 2021 1.4.4; AAP 2014)
        limit = infant_lrti.oxygen_threshold(texts, pop)
        out.append(
            _req(
                "procedure",
                f"supplemental oxygen if SpO2 stays below {limit:g} % (NICE NG9: 92 % "
                "under 6 weeks or with an underlying condition, 90 % otherwise)",
                f"SpO2 {v.spo2:g}% in an infant's viral lower respiratory illness "
                "(NICE NG9 2015/2021 1.4.4-1.4.6; AAP 2014: keep SpO2 >= 90 %)",
                r"oxygen|\bo2\b|ventilat|bipap|cpap|intubat",
            )
        )
    elif v.spo2 is not None and v.spo2 < 92:
        out.append(
            _req(
                "procedure",
                "supplemental oxygen to SpO2 94-98% (88-92% if hypercapnic risk)",
                f"SpO2 {v.spo2:g}% (BTS 2017 emergency oxygen)",
                r"oxygen|\bo2\b|ventilat|bipap|cpap|intubat",
            )
        )
    elif (
        v.spo2 is None
        and asserted(_BREATHLESS, texts)
        and not any(_SATURATION_STATED.search(t) for t in texts)
    ):
        # BTS 2017 emergency oxygen (O'Driscoll BR et al. Thorax 2017;72:i1): the
        # saturation is checked by pulse oximetry in every breathless patient, and
        # oxygen prescribed to a target range; a breathless 70-year-old with no SpO2
        # recorded had a chest film and a D-dimer but no oximetry (real34)
        out.append(
            _req(
                "monitoring",
                "pulse oximetry now (a blood gas if SpO2 < 92 % or at risk of "
                "hypercapnia); oxygen to SpO2 94-98 % (88-92 % if hypercapnic risk)",
                "breathlessness with no oxygen saturation recorded (BTS 2017 "
                "emergency oxygen: pulse oximetry in all breathless patients)",
                r"pulse ox\w*|oximetry|\bspo2\b|saturation",
            )
        )
    elif (
        v.spo2 is not None
        and v.spo2 < STRIDOR_SPO2
        and _child(pop)
        and asserted(_STRIDOR, texts)
    ):
        out.append(
            _req(
                "procedure",
                "oxygen without upsetting the child (blow-by or a mask held by the "
                "parent) to SpO2 94-98%; keep the child calm on the parent's lap",
                f"stridor with SpO2 {v.spo2:g}%: a falling saturation is a late sign "
                "of severe upper-airway obstruction (BTS 2017 emergency oxygen, "
                "children 94-98%; Bjornson CL, Johnson DW. CMAJ 2013;185:1317; APLS)",
                r"oxygen|\bo2\b|ventilat|bipap|cpap|intubat",
            )
        )
    hypo = v.systolic_bp is not None and v.systolic_bp < hypotension_sbp(pop)
    hypo = hypo and not _habitual_low_pressure(pop, v, texts)
    si = (
        v.heart_rate / v.systolic_bp
        if v.heart_rate and v.systolic_bp and v.systolic_bp > 0
        else None
    )
    adult = not _child(pop)
    # trauma31: a child's shock index by SIPA (Acker 2015), the adult's from 16
    high_si = abnormal_shock_index(v.heart_rate, v.systolic_bp, pop) is not None
    # Whether the shock is haemorrhagic matters only in shock: read it only then.
    shocked = hypo or high_si
    cord = shocked and present_facts(view, load_knowledge()).has("cord_injury_signs")
    bleeding = shocked and _haemorrhagic(
        pop, texts, ledger, hypo, si, cord and _neurogenic_shock(view, v, texts)
    )
    perfusion = (
        adult
        and not hypo
        and not bleeding
        and si is not None
        and si >= 1.0
        and asserted(HYPOPERFUSION, texts)
        and not _dka_under_18(view, pop, texts)
    )
    if hypo or (bleeding and high_si) or perfusion:
        shock = (
            f"SBP {v.systolic_bp:g}"
            if hypo
            else f"shock index {si:.1f} with "
            + ("bleeding" if bleeding else "signs of hypoperfusion")
        )
        access = (
            "two large-bore IVs (14-18 G)"
            if adult
            else "vascular access: two IVs or intraosseous (large-bore for age)"
        )
        out.append(
            _req("procedure", access, f"shock: {shock} (ATLS 10th ed.)", r"large-bore")
        )
        injured_pelvis = bleeding and injury_now(_TRAUMA, texts)
        if asserted(_PELVIS, texts) or (
            injured_pelvis and asserted(_TENDER_PELVIS, texts)
        ):
            out.append(
                _req(
                    "procedure",
                    "pelvic binder centred on the greater trochanters",
                    f"suspected pelvic ring injury with {shock} (ATLS 10th ed.)",
                    r"pelvic binder|sheet",
                )
            )
        if bleeding and injury_now(_TRAUMA, texts):
            out += _trauma_haemorrhage(pop, shock, msk.crushed(tuple(texts)), cord=cord)
        if bleeding:
            out.append(
                _req(
                    "procedure",
                    "type and crossmatch; emergency-release blood, massive transfusion "
                    "protocol if ongoing haemorrhage",
                    f"haemorrhagic shock: {shock} (ATLS 10th ed.)",
                    # a crossmatch sample or "transfuse if Hb < 7" is not blood now
                    r"emergency-release|massive transfusion|prbc|uncrossmatched|"
                    r"o-negative",
                )
            )
        elif not adult and not _rhythm_shock_child(view, pop):
            out.append(
                _req(
                    "medication",
                    "isotonic crystalloid bolus 10-20 mL/kg, reassess after each",
                    f"paediatric shock: {shock} (SSC children 2020; PALS)",
                    r"10-20 ml/kg|20 ml/kg",
                )
            )
        elif not (
            asserted(_OWN_FLUID_REGIMEN, texts)
            or _febrile(v, texts)
            # cardio45: the shock of a high-risk PE is right-ventricular failure, which
            # a repeated bolus worsens: its own order is a cautious fluid of <= 500 mL
            # and norepinephrine (Konstantinides SV et al. ESC 2019 acute PE 6.1:
            # "aggressive volume expansion is of no use and may worsen RV function")
            or acute.high_risk_pe(view)
            # shock from VT is cardioverted, not filled (AHA 2020 ACLS; ERC 2021
            # tachycardia algorithm); fast AF may compensate a fluid loss
            or (
                asserted(cardiac.VENTRICULAR_TACHYCARDIA, texts)
                and bool(cardiac.unstable_tachyarrhythmia(view, pop))
            )
            # cardio55: a high-grade AV block's low pressure is paced, not filled
            # (Resuscitation Council UK 2021 bradycardia algorithm)
            or _bradyarrhythmic_hypotension(texts, si)
        ):
            out += _adult_fluid_challenge(shock)
    elif adult and si is not None and si >= 1.0 and not _dka_under_18(view, pop, texts):
        out.append(_occult_hypoperfusion(si))
    if (
        asserted(_HAEMOTHORAX, texts)
        and injury_now(_TRAUMA, texts)
        and (hypo or (si or 0) >= 1.0 or (v.spo2 is not None and v.spo2 < 92))
        and not asserted(_DEVIATED_TRACHEA, texts)
    ):
        out.append(
            _req(
                "procedure",
                "large-bore chest drain (28-32 Fr, 5th intercostal space, anterior "
                "to mid-axillary line) with autotransfusion ready; thoracic or trauma "
                "surgeon for thoracotomy if > 1500 mL at once or > 200 mL/h",
                "massive haemothorax: dull hemithorax with shock or hypoxia after "
                "injury (ATLS 10th ed.)",
                r"28-32 fr|massive ha?emothorax",
            )
        )
    elif (
        asserted(_TENSION_SIGNS, texts)
        and (hypo or (v.spo2 is not None and v.spo2 < 92))
        and not _effusion_shift(texts)
    ):
        out.append(
            _req(
                "procedure",
                "immediate decompression: finger thoracostomy or needle (4th/5th "
                "intercostal space, mid-axillary line), then chest tube; do not wait "
                "for imaging",
                "signs of tension pneumothorax with shock or hypoxia (ATLS 10th ed.)",
                # classic33: a spontaneous pneumothorax's "needle aspiration" (BTS
                # 2023) is no decompression of tension: it left neither in the plan
                r"decompress|finger thoracostomy|needle (?:decompression|thoraco\w+)",
            )
        )
    if asserted(_CHEST_DECOMPRESSED, texts) and not asserted(_CHEST_DRAIN, texts):
        out.append(_chest_drain_after_needle())
    # Below 32 °C bradycardia is physiological: rewarm, no atropine or pacing
    # (WMS 2019; ERC 2021; ``pathways_acute.temperature`` orders the rewarming).
    if (
        v.heart_rate is not None
        and v.heart_rate < (60 if _child(pop) else 50)
        and (
            hypo
            # infect54: GHB's coma is the drug's, and its sinus bradycardia needs no
            # treatment at a normal pressure (Busardo FP, Jones AW. Curr Neuropharmacol
            # 2015;13:47; Goldfrank's 11th ed. ch. 76): no atropine for a GHB coma
            or (
                asserted(_AMS, texts)
                and not present_facts(view, load_knowledge()).has("ghb_use")
            )
            or asserted(_POOR_PERFUSION, texts)
            # cardio42: an inferior STEMI at HR 48, SBP 92 got no atropine; ischaemic
            # chest discomfort is an ACLS instability sign (AHA 2020 bradycardia
            # algorithm; O'Gara PT et al. ACCF/AHA 2013 STEMI 9.5: atropine for a
            # symptomatic sinus bradycardia or AV block in an inferior infarct)
            or (not _child(pop) and cardiac.ischaemic_chest_discomfort(texts))
        )
        and not acute.hypothermic(view)
        # medgi48: the bradycardia of myxoedema coma is treated by the thyroid hormone
        # and rewarming (``medical.myxoedema_coma``), atropine seldom moves it
        and not medical.myxoedema_coma(view, pop)
        # trauma55 (trauma54's leftover): an alert patient's sinus bradycardia of
        # starvation in an eating disorder is an adaptation treated by monitored
        # refeeding, not atropine or pacing (RCPsych MEED 2022, CR233; Sachs KV et al.
        # Int J Eat Disord 2016;49:238); the ECG and monitor stay (below)
        and not _starvation_bradycardia(view, texts)
    ):
        out.append(
            _cervical_shock(v.heart_rate)
            if _products_in_os(view)
            else _unstable_bradycardia(pop, v.heart_rate)
        )
    elif (
        v.heart_rate is not None
        and v.heart_rate < SEVERE_BRADYCARDIA_HR
        and not _child(pop)
        and not acute.hypothermic(view)
    ):
        out.append(_severe_bradycardia(v.heart_rate))
    if asserted(_STATUS, texts) and not _status_stopped(texts):
        out.append(
            _second_line()
            if asserted(_TWO_BENZODIAZEPINE_DOSES, texts)
            else _benzodiazepine(pop)
        )
    if asserted(_AMS, texts) or (gcs is not None and gcs < 15):
        out.append(
            _req(
                "diagnostic",
                "point-of-care glucose",
                "altered mental status: exclude hypoglycaemia (ADA 2024; ACEP)",
                r"glucose|fingerstick|accu-?chek|\bbgl\b",
            )
        )
    if _hypoventilating_coma(pop, v.respiratory_rate, now, texts):
        out.append(_naloxone_trial(v.respiratory_rate))
    if _danger_zone(view, pop, fever_read=True) or hypo:
        out.append(
            _req(
                "monitoring",
                "continuous cardiac monitoring and pulse oximetry",
                "danger-zone vital signs (ESI v4)",
                MATERNAL_MONITOR,
            )
        )
    return out


MATERNAL_MONITOR: Final = (
    r"(?<!fetal heart rate )(?<!foetal heart rate )(?<!fetal heart )(?<!fetal )"
    r"(?<!foetal )(?<!glucose )(?<!ketone )monitor"
)
"""Orders that already monitor the patient's own rhythm and saturation. medgi55
(medgi54's leftover): a fetal heart rate (cardiotocography) or a glucose monitoring
watches the fetus or a number, not the mother's heart: it does not stand in for the
danger-zone floor's cardiac monitoring (ESI v4; JBDS-IP 2017 DKA in pregnancy: maternal
and fetal monitoring both)."""
NALOXONE_TRIAL_RR: Final = 12.0
"""Hoffman JR et al. Ann Emerg Med 1991;20:246: in adults with a depressed mental
status, a respiratory rate <= 12 was the best single predictor of a response to
naloxone."""
DEPRESSED_GCS: Final = 12
"""A GCS of 12 or less is a depressed mental status (moderate or worse, Teasdale G,
Jennett B. Lancet 1974): awake patients are not given a naloxone trial."""


def _hypoventilating_coma(
    pop: Population, rr: float | None, now: int | None, texts: Sequence[str]
) -> bool:
    """An adult with a depressed mental status breathing 12 a minute or slower."""
    if _child(pop) or rr is None or rr > NALOXONE_TRIAL_RR or rr <= 0:
        return False
    if now is not None:
        return now <= DEPRESSED_GCS
    return asserted(_UNRESPONSIVE, texts)


def _naloxone_trial(rr: float | None) -> Required:
    """Titrated naloxone for a depressed mental status with hypoventilation."""
    return _req(
        "medication",
        "naloxone trial: 0.04-0.1 mg IV every 2-3 min titrated to a respiratory rate "
        ">= 12 (0.4 mg IM or intranasal 4 mg without IV access); ventilate with a "
        "bag-valve-mask meanwhile",
        f"depressed consciousness with a respiratory rate of {rr:g}: an opioid is "
        "possible whatever else is suspected (Hoffman JR et al. Ann Emerg Med 1991;"
        "20:246; Lavonas EJ et al. AHA 2020 opioid-associated emergencies; Boyer EW. "
        "NEJM 2012;367:146: small titrated doses avoid precipitated withdrawal)",
        r"naloxone",
    )


_HABITUAL_LOW_BP: Final = _rx(KNOWN_LOW_BP)


def _habitual_low_pressure(pop: Population, v: Vitals, texts: Sequence[str]) -> bool:
    """An adult's stated usual low pressure, SBP >= 80 with HR < 100 (esi31).

    The resuscitation bundle is for hypotension *with* hypoperfusion or blood loss
    (ATLS 10th ed.; ESI v4 handbook ch.3); a well adult whose pressure is always low
    and whose pulse is normal is rechecked, not given tranexamic acid and blood.
    """
    sbp, hr = v.systolic_bp, v.heart_rate
    if _child(pop) or sbp is None or sbp < 80 or hr is None or hr >= 100:
        return False
    return asserted(_HABITUAL_LOW_BP, texts) and not asserted(HYPOPERFUSION, texts)


def _trauma_haemorrhage(
    pop: Population, shock: str, crushed: bool = False, cord: bool = False
) -> list[Required]:
    """Injury with haemorrhagic shock: tranexamic acid, eFAST, a surgeon for control.

    lead51: a crushed patient's pressure is restored, not held low: the crush
    syndrome's hypovolaemia and myoglobin need volume first (Sever MS, Vanholder R.
    Nephrol Dial Transplant 2012;27:i1), so no permissive hypotension is asked.
    trauma56: nor with a spinal cord injury (``cord``): the injured cord needs its
    perfusion pressure (Spahn DR et al. European major trauma bleeding guideline
    2019, rec. 10: a restrictive pressure is contraindicated with brain and spinal
    injuries; Walters BC et al. AANS/CNS 2013: MAP 85-90 mmHg).
    """
    txa = (
        "tranexamic acid 1 g IV over 10 min within 3 h of injury, then 1 g over 8 h"
        if not _child(pop)
        else "tranexamic acid 15 mg/kg IV (max 1 g) within 3 h of injury"
    )
    return [
        _req(
            "medication",
            txa,
            f"traumatic haemorrhage with {shock} (CRASH-2, Lancet 2010; RCPCH 2012)",
            r"tranexamic|txa\b",
        ),
        _req(
            "consult",
            "trauma surgery emergently: haemorrhage control (operation, angio-"
            "embolisation or pelvic packing); "
            + (
                # trauma31: no permissive hypotension in children (ATLS 10th ed.
                # ch. 10: no evidence for it; a child's pressure falls late)
                "a child's blood pressure is kept normal for age"
                if _child(pop)
                else "a crushed patient's volume restored: the pressure is not held "
                "low in a crush syndrome"
                if crushed
                else "no permissive hypotension with a spinal cord injury: MAP kept at "
                "85-90 mmHg for the cord"
                if cord
                else "permissive hypotension (SBP 80-90) until control unless a head "
                "injury"
            ),
            f"haemorrhagic shock after injury: {shock} (ATLS 10th ed.)",
            r"trauma surg|general surg|surgery emergent",
        ),
        _req(
            "diagnostic",
            "eFAST and a portable chest x-ray in the resuscitation bay (pelvic x-ray "
            "for blunt trauma): find the bleeding cavity and a tension pneumothorax",
            f"adjuncts to the primary survey in shock after injury: {shock} (ATLS "
            "10th ed.)",
            r"\bfast\b|efast|focused assessment",
        ),
    ]


def _starvation_bradycardia(view: StageView, texts: Sequence[str]) -> bool:
    """An alert patient's bradycardia beside an eating disorder (starvation's).

    RCPsych MEED 2022 (CR233); Sachs KV et al. Int J Eat Disord 2016;49:238: the
    sinus bradycardia of anorexia nervosa is a vagal adaptation to starvation,
    corrected by monitored refeeding, not by atropine or pacing.
    """
    return not asserted(_AMS, texts) and present_facts(view, load_knowledge()).has(
        "eating_disorder"
    )


def _products_in_os(view: StageView) -> bool:
    """Products of conception seen in the cervical os (a miscarriage under way)."""
    return present_facts(view, load_knowledge()).has("products_in_os")


def _cervical_shock(hr: float) -> Required:
    """peds56: the vagal bradycardia and hypotension of tissue held in the os.

    Cervical shock: products of conception distending the cervical canal cause a
    vagal bradycardia with hypotension out of proportion to the blood lost; they are
    removed with sponge forceps at the speculum, and the rate and pressure recover
    (Queensland Clinical Guidelines, Early pregnancy loss MN22.4 2022; RCOG/NICE
    NG126 2023 1.6: management of miscarriage). Atropine and pacing (the ACLS
    algorithm) were ordered for it.
    """
    return _req(
        "procedure",
        "cervical shock: speculum now and remove the products of conception from the "
        "cervical os with sponge forceps (the vagal bradycardia and hypotension settle "
        "once the os is cleared); atropine 0.5-1 mg IV only if the bradycardia "
        "persists after",
        f"HR {hr:g} with products of conception in the os (Queensland Clinical "
        "Guidelines, Early pregnancy loss 2022; NICE NG126 2023 1.6)",
        r"sponge forceps|remove the products|cervical shock",
    )


def _unstable_bradycardia(pop: Population, hr: float) -> Required:
    """Bradycardia with poor perfusion, by age (AHA 2020 ACLS and PALS algorithms)."""
    if _child(pop):
        return _req(
            "medication",
            "bradycardia with poor perfusion: oxygenate and ventilate; CPR if HR < 60 "
            "despite it; epinephrine 0.01 mg/kg IV/IO every 3-5 min; atropine "
            "0.02 mg/kg for vagal tone or AV block",
            f"HR {hr:g} with poor perfusion (PALS 2020 bradycardia algorithm)",
            r"atropine|epinephrine|pacing",
        )
    return _req(
        "medication",
        "atropine 1 mg IV every 3-5 min (max 3 mg); if ineffective transcutaneous "
        "pacing or dopamine 5-20 mcg/kg/min or epinephrine 2-10 mcg/min; cardiology "
        "for transvenous pacing",
        f"HR {hr:g} with hypotension, altered mentation or shock (AHA 2020 ACLS "
        "adult bradycardia algorithm)",
        r"atropine|isoproterenol",
    )


SEVERE_BRADYCARDIA_HR: Final = 40
"""An adult heart rate below this is a bradyarrhythmia to look for and be ready to
treat even with a normal blood pressure (AHA 2020 ACLS adult bradycardia algorithm:
identify and treat the cause, monitor, 12-lead ECG; Kusumoto FM et al. 2018
ACC/AHA/HRS bradycardia guideline: AV block, drugs, hyperkalaemia)."""


def _severe_bradycardia(hr: float) -> Required:
    """Severe bradycardia with preserved perfusion: find the cause, be ready to pace."""
    return _req(
        "procedure",
        "12-lead ECG for AV block, continuous monitoring, transcutaneous pacing pads "
        "on and atropine at the bedside; potassium, and a review of rate-slowing "
        "drugs (beta-blocker, calcium-channel blocker, digoxin level if taking it)",
        f"HR {hr:g} < {SEVERE_BRADYCARDIA_HR}: severe bradycardia (AHA 2020 ACLS "
        "adult bradycardia algorithm; 2018 ACC/AHA/HRS bradycardia guideline)",
        r"pacing pads|transcutaneous pacing|atropine",
    )


def _benzodiazepine(pop: Population) -> Required:
    """First-line treatment of status epilepticus, dosed for age (AES 2016)."""
    src = "seizure >= 5 min: benzodiazepine now (Glauser T et al. AES guideline 2016)"
    if _child(pop):
        name = (
            "benzodiazepine now: midazolam 0.2 mg/kg IM/intranasal (max 10 mg) or "
            "lorazepam 0.1 mg/kg IV (max 4 mg); repeat once after 5 min"
        )
    else:
        name = (
            "benzodiazepine now: lorazepam 4 mg IV or midazolam 10 mg IM; "
            "repeat once after 5 min, then a second-line antiseizure drug"
        )
    return _req("medication", name, src, r"lorazepam|midazolam|diazepam")


_BENZO: Final = r"(?:lorazepam|midazolam|diazepam|clonazepam|benzodiazepines?)"
_TWO_BENZODIAZEPINE_DOSES: Final = _rx(
    rf"(?:two|2|both|repeated) (?:doses|boluses) of (?:\w+ ){{0,2}}?{_BENZO}|"
    rf"{_BENZO} (?:\w+ ){{0,3}}?(?:twice|x ?2|two doses|2 doses)|"
    rf"(?:second|2nd|repeat(?:ed)?) dose of (?:\w+ ){{0,2}}?{_BENZO}|"
    rf"{_BENZO}[- ]refractory|refractory to {_BENZO}"
)
"""Two benzodiazepine doses already given ("given IV lorazepam twice", "two doses of
midazolam", "a second dose of lorazepam", "benzodiazepine-refractory")."""


def _second_line() -> Required:
    """Status epilepticus after two benzodiazepine doses: the second-line drug now.

    AES 2016 (Glauser T et al. Epilepsy Curr 2016;16:48): at most two benzodiazepine
    doses, then a second-line drug; ESETT (Kapur J et al. N Engl J Med
    2019;381:2103): levetiracetam 60 mg/kg, fosphenytoin 20 mg PE/kg or valproate
    40 mg/kg are equivalent; a third benzodiazepine adds respiratory depression, not
    seizure control (trauma49: "given IV lorazepam twice, still jerking" got a
    benzodiazepine again).
    """
    return _req(
        "medication",
        "two benzodiazepine doses given: no third; second-line now: levetiracetam "
        "60 mg/kg IV (max 4.5 g) or fosphenytoin 20 mg PE/kg IV or valproate 40 mg/kg "
        "IV (max 3 g); anaesthesia for intubation and an infusion if still seizing",
        "status epilepticus after two benzodiazepine doses (Glauser T et al. AES "
        "guideline 2016; Kapur J et al. ESETT, N Engl J Med 2019;381:2103)",
        r"levetiracetam|fosphenytoin|phenytoin|valpro",
    )


def _danger_zone(view: StageView, pop: Population, fever_read: bool = False) -> bool:
    """ESI v4 danger-zone vitals; with ``fever_read`` a febrile child's pulse at 37 C.

    peds55 (peds54's leftover): a 14-year-old's strep throat at 38.6 C and 108/min
    (about 92 at 37 C) had continuous cardiac monitoring; the disposition already
    reads that pulse after the fever from 5 years (``admission.fever_read_heart_rate``:
    Thompson 2009; APLS), and so does the plan's monitoring. Sepsis recognition reads
    the measured rate.
    """
    v = view.vitals
    days = pop.age_days_min if pop.age_days_min is not None else 10**8
    if fever_read and _child(pop) and pop.age_days_min is not None:
        v = fever_read_heart_rate(v, pop.age_days_min // 365)
    hr_max, rr_max = next((h, r) for age, h, r in _DANGER_ZONE if days <= age)
    return bool(
        (v.heart_rate is not None and v.heart_rate > hr_max)
        or (v.respiratory_rate is not None and v.respiratory_rate > rr_max)
        or (v.spo2 is not None and v.spo2 < 92)
    )


_PCT_VALUE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:pct|procalcitonin)(?![A-Za-z])\W{0,3}(?:level\s*)?"
    r"(?:of|was|is|=|:)?\s*<?\s*(\d+(?:\.\d+)?)"
)
_CRP_VALUE: Final = re.compile(
    r"(?i)(?<![A-Za-z])crp(?![A-Za-z])\W{0,3}(?:of|was|is|=|:)?\s*<?\s*"
    r"(\d+(?:\.\d+)?)\s*(mg/dl|mg/l)?"
)
_NEG: Final = r"\s*(?:was |is |:\s*)?(?:negative|neg\b|nil)"
_UA_NEGATIVE: Final = _rx(
    r"(?:ua|u/a|urinalysis|urine dip\w*|urine dipstick|dipstick)\s*(?:was |is |:\s*)?"
    r"(?:negative|normal|clear|unremarkable|nad)|"
    rf"(?:leu[ck]ocyte esterase|le){_NEG}\W+(?:and\s+)?nitrites?{_NEG}|"
    rf"nitrites?{_NEG}\W+(?:and\s+)?(?:leu[ck]ocyte esterase|le){_NEG}|"
    r"(?:leu[ck]ocyte esterase and nitrites?|nitrites? and leu[ck]ocyte esterase)"
    rf"(?:\s+both)?{_NEG}"
)
"""A urinalysis stated negative, as a whole or as leukocyte esterase and nitrite."""
_UA_POSITIVE_SIGN: Final = _rx(
    r"pyuria|(?:[5-9]|\d{2,})\s*(?:wbcs?|white (?:blood )?cells?)\s*/\s*hpf|"
    r"(?:leu[ck]ocyte esterase|nitrites?)\s*(?:was |is |:\s*)?"
    r"(?:positive|trace|[1-3]\+)"
)
"""AAP 2021: a urinalysis is positive with leukocyte esterase, nitrite or pyuria."""
AAP_PCT_MAX: Final = 0.5
"""ng/mL; AAP 2021 inflammatory markers abnormal: procalcitonin > 0.5 ng/mL, ANC >
4000/uL (4.0 x 10^9/L), CRP > 20 mg/L (2 mg/dL), temperature > 38.5 °C."""
AAP_ANC_MAX: Final = 4.0
AAP_CRP_MAX_MG_L: Final = 20.0
AAP_TEMP_MAX: Final = 38.5


def low_risk_markers(view: StageView) -> bool:
    """AAP 2021 (29-60 days): markers documented normal and the urinalysis negative.

    Procalcitonin and ANC must both be stated (PCT <= 0.5 ng/mL, ANC <= 4000/uL), a
    stated CRP must be <= 20 mg/L (<= 2 mg/dL), the temperature <= 38.5 °C and the
    urinalysis stated negative (as a whole, or leukocyte esterase and nitrite) with no
    sign of a positive one (pyuria, >= 5 white cells per high-power field).
    """
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if t is None or t > AAP_TEMP_MAX or not asserted(_UA_NEGATIVE, texts):
        return False
    if asserted(_UA_POSITIVE_SIGN, texts):
        return False
    pct = [float(m.group(1)) for x in texts for m in _PCT_VALUE.finditer(x)]
    anc = [r.value for x in texts for r in results_of(x, "anc")]
    crp = [
        float(m.group(1)) * (10.0 if (m.group(2) or "").lower() == "mg/dl" else 1.0)
        for x in texts
        for m in _CRP_VALUE.finditer(x)
    ]
    return (
        bool(pct)
        and bool(anc)
        and max(pct) <= AAP_PCT_MAX
        and max(anc) <= AAP_ANC_MAX
        and all(v <= AAP_CRP_MAX_MG_L for v in crp)
    )


_HSV_SIGNS: Final = _rx(
    r"vesic\w*|herpe\w*|\bhsv\b|genital (?:sores?|ulcers?|lesions?)|seizures?|"
    r"convuls\w*|fitting|rhythmic (?:jerking|twitching)|jerking (?:of|episodes?)"
)
"""Neonatal HSV's signs (AAP Red Book 2021; Pantell RH et al. AAP 2021 febrile
infant: vesicles, seizures, a maternal genital lesion or herpes)."""
HSV_MAX_DAYS: Final = 42
"""Neonatal HSV presents up to 6 weeks of age (AAP Red Book 2021)."""


def _neonatal_hsv(view: StageView, pop: Population) -> Required | None:
    """Aciclovir for a febrile infant up to 6 weeks with a sign of HSV (peds36)."""
    high = pop.age_days_max
    if high is None or high > HSV_MAX_DAYS:
        return None
    if not asserted(_HSV_SIGNS, visible_texts(view)):
        return None
    return _req(
        "medication",
        "aciclovir 20 mg/kg IV every 8 h; HSV PCR of CSF and blood, surface swabs, ALT",
        "neonatal HSV until excluded: vesicles, seizures or maternal genital herpes "
        "(AAP Red Book 2021; Pantell RH et al. AAP 2021 febrile infant; NICE NG240)",
        r"aciclovir|acyclovir",
    )


def febrile_infant(view: StageView, pop: Population) -> list[Required]:
    """AAP 2021 febrile infant (8-60 days) by age band, with aciclovir for HSV signs."""
    out = _febrile_infant_bands(view, pop)
    if out and (hsv := _neonatal_hsv(view, pop)) is not None:
        out.append(hsv)
    return out


def _febrile_infant_bands(view: StageView, pop: Population) -> list[Required]:
    """AAP 2021 febrile infant (well-appearing, 8-60 days) by age band."""
    low, high = pop.age_days_min, pop.age_days_max
    if low is None or high is None or low > 60 or high > 90:
        return []
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if not ((t is not None and t >= 38.0) or asserted(_FEVER, texts)):
        return []
    src = "AAP 2021 febrile infant guideline"
    out = [
        _req(
            "diagnostic",
            "urinalysis and urine culture (catheter)",
            f"febrile infant {low}-{high} days: {src}",
            r"urinalysis|urine culture",
        ),
        _req("diagnostic", "blood culture", src, r"blood cultures?"),
    ]
    markers = _req(
        "diagnostic",
        "inflammatory markers: procalcitonin, CRP, absolute neutrophil count",
        src,
        r"procalcitonin|crp\b|inflammatory marker",
    )
    if low <= 21:
        return [
            *out,
            _req(
                "diagnostic",
                "lumbar puncture: CSF cell count, glucose, protein, Gram stain, "
                "culture",
                f"8-21 days: CSF for all ({src})",
                r"lumbar puncture|\bcsf\b",
            ),
            markers,
            _req(
                "medication",
                "parenteral antibiotics: ampicillin 50 mg/kg IV plus gentamicin "
                "4 mg/kg IV (or ampicillin plus ceftazidime 50 mg/kg IV)",
                f"8-21 days: empiric parenteral antibiotics ({src})",
                r"ampicillin",
            ),
            _req(
                "consult",
                "paediatrics: hospital admission",
                f"8-21 days: admit all ({src})",
                r"paediatric|pediatric",
            ),
        ]
    if low <= 28:
        return [
            *out,
            markers,
            _req(
                "diagnostic",
                "lumbar puncture if any inflammatory marker abnormal or UA positive",
                f"22-28 days ({src})",
                r"lumbar puncture|\bcsf\b",
            ),
            _req(
                "medication",
                "parenteral antibiotics after cultures (ampicillin 50 mg/kg plus "
                "ceftazidime 50 mg/kg or gentamicin 4 mg/kg) if markers abnormal",
                f"22-28 days ({src})",
                r"ampicillin|ceftriaxone|ceftazidime",
            ),
            _req(
                "consult",
                "paediatrics: admission unless UA, markers and CSF are all normal",
                f"22-28 days ({src})",
                r"paediatric|pediatric",
            ),
        ]
    if low_risk_markers(view):
        # 29-60 days, markers normal and urinalysis negative: no LP, no antibiotics;
        # home with follow-up in 24-36 h when it can be assured (AAP 2021)
        return [
            *out,
            _req(
                "procedure",
                "no lumbar puncture or antibiotics: inflammatory markers normal and "
                "urinalysis negative; follow blood and urine cultures, re-examine "
                "within 24-36 h (observe in hospital if follow-up is not assured)",
                f"29-60 days, low-risk markers ({src})",
                r"follow (?:the )?(?:blood )?cultures|re-?examin",
            ),
        ]
    return [
        *out,
        markers,
        _req(
            "diagnostic",
            "lumbar puncture if inflammatory markers abnormal",
            f"29-60 days ({src})",
            r"lumbar puncture|\bcsf\b",
        ),
        _req(
            "medication",
            "ceftriaxone 50 mg/kg IV/IM if UA positive or markers abnormal "
            "(100 mg/kg if meningitis suspected)",
            f"29-60 days ({src})",
            r"ceftriaxone|ampicillin",
        ),
    ]


_EATING_DISORDER: Final = _rx(
    r"anorexia nervosa|eating disorder|bulimi\w*|\barfid\b|avoidant restrictive food"
)
"""An eating disorder named (not 'anorexia', a loss of appetite)."""


def paediatric_sepsis(view: StageView, pop: Population) -> list[Required]:
    """SSC children 2020: septic shock bundle for a child older than 60 days."""
    if not _child(pop) or (pop.age_days_min or 0) <= 60:
        return []
    v = view.vitals
    texts = visible_texts(view)
    hot = (v.temperature_c is not None and v.temperature_c >= 38.0) or asserted(
        _FEVER, texts
    )
    cold = v.temperature_c is not None and v.temperature_c < 36.0
    # peds52: a starved child's low temperature, pulse and pressure are the eating
    # disorder's high-risk markers (RCPsych MEED 2022: HR < 40, T < 35.5, SBP < 90),
    # not a septic shock's: a 15-year-old with anorexia nervosa at 35.6 C, 38/min and
    # 84/50 got ceftriaxone and 10-20 mL/kg boluses. A fever keeps the bundle.
    febrile = hot or (cold and not asserted(_EATING_DISORDER, texts))
    hypo = v.systolic_bp is not None and v.systolic_bp < hypotension_sbp(pop)
    poor_perfusion = asserted(
        _rx(r"mottl\w*|capillary refill\W{0,5}(?:[3-9]|\d\d)|cool extremit\w*|"
            r"letharg\w*|unresponsive|confus\w*"),
        texts,
    )  # fmt: skip
    if not febrile or not (hypo or (_danger_zone(view, pop) and poor_perfusion)):
        return []
    src = "Surviving Sepsis Campaign children 2020"
    return [
        _req(
            "diagnostic",
            "blood culture",
            f"before antibiotics ({src})",
            r"blood cultures?",
        ),
        _req("diagnostic", "lactate", src, r"lactate"),
        _req(
            "procedure",
            "vascular access: two IVs or intraosseous (large-bore for age)",
            src,
            r"large-bore|intraosseous",
        ),
        _req(
            "medication",
            "broad-spectrum antibiotics within 1 h (e.g. ceftriaxone 100 mg/kg IV)",
            f"septic shock: antibiotics within 1 h ({src})",
            r"antibiotic|ceftriaxone|cefotaxime",
        ),
        _req(
            "medication",
            "isotonic crystalloid bolus 10-20 mL/kg, up to 40-60 mL/kg in the first "
            "hour, reassess after each",
            src,
            r"10-20 ml/kg|20 ml/kg",
        ),
    ]


def _possible_ectopic(pop: Population, texts: Sequence[str]) -> bool:
    if pop.sex != "F" or not pop.pregnancy_possible:
        return False
    if pop.age_within(years(10), years(56) - 1) is False:
        return False
    if pop.gestation_weeks is not None and pop.gestation_weeks >= 14:
        return False
    if asserted(_PAST_FIRST_TRIMESTER, texts):
        return False  # past early pregnancy (NICE NG126 2023)
    if asserted(_POSTPARTUM, texts):
        return False  # after a birth the bleeding is postpartum (ACOG PB 183)
    if picture_gates.intrauterine_seen(texts):
        return False  # an IUP on a scan, no assisted reproduction (ACEP 2017)
    if asserted(specialty.TISSUE_IN_OS, texts):
        return False  # the pregnancy is in the uterus and leaving (ACOG PB 200)
    return asserted(_PELVIC, texts)


def ectopic(view: StageView, pop: Population) -> list[Required]:
    """ACOG PB 193: pregnancy test, pelvic ultrasound, Rh; OB/GYN now if unstable."""
    texts = visible_texts(view)
    if not _possible_ectopic(pop, texts):
        return []
    if pop.pregnancy != "pregnant" and not asserted(_LATE_PERIOD, texts):
        return [
            _req(
                "diagnostic",
                "urine hCG now (quantitative serum hCG if positive)",
                "abdominal/pelvic pain in a woman who may be pregnant (ACOG PB 193)",
                r"hcg|pregnancy test",
            )
        ]
    v = view.vitals
    unstable = (v.systolic_bp is not None and v.systolic_bp < 90) or (
        abnormal_shock_index(v.heart_rate, v.systolic_bp, pop) is not None
    )
    src = "ACOG Practice Bulletin 193 (2018)"
    out = [
        _req("diagnostic", "quantitative serum hCG", src, r"hcg"),
        _req(
            "diagnostic",
            "transvaginal pelvic ultrasound (bedside FAST if unstable)",
            f"locate the pregnancy ({src})",
            r"ultrasound|sonograph|\bus\b",
        ),
        _req(
            "diagnostic",
            "blood type and Rh status (anti-D immunoglobulin if Rh-negative)",
            src,
            r"\brh\b|type and (?:screen|crossmatch)",
        ),
    ]
    if unstable:
        out[0:0] = [
            _req(
                "consult",
                "OB/GYN emergently: suspected ruptured ectopic pregnancy in shock",
                f"haemodynamic instability: operative management ({src})",
                # Only an emergent consult satisfies it: a routine gynaecology
                # consult (the protocol's) is not the response to shock.
                r"(?:ob/gyn|obstetric|gynecolog|gynaecolog)\w* emergent",
            ),
            _req(
                "procedure",
                "two large-bore IVs, type and crossmatch, blood ready",
                "shock index >= 1 or hypotension with a possible ruptured ectopic: "
                f"haemorrhage until the ultrasound says otherwise ({src}; ATLS)",
                r"large-bore|crossmatch|massive transfusion",
            ),
        ]
    return out


_PE_LABS: Final = (
    "pre-eclampsia labs: CBC with platelets, creatinine, AST/ALT, "
    "urine protein:creatinine"
)
_PE_LABS_DONE: Final = r"platelet|protein:creatinine|hellp"


def hypertensive_pregnancy(view: StageView, pop: Population) -> list[Required]:
    """ACOG PB 222 / CO 767: treat BP >= 160/110 within 30-60 min; magnesium.

    Hypertension below the severe range is not left alone either: before 20 weeks it
    is chronic hypertension, treated from 140/90 with labetalol or nifedipine (never
    an ACE inhibitor or ARB) with baseline labs (Tita AT et al. CHAP, NEJM
    2022;386:1781; ACOG clinical guidance 2022; NICE NG133 1.2); from 20 weeks or
    after delivery it is gestational hypertension or pre-eclampsia until the labs and a
    same-day obstetric assessment say which (ACOG PB 222; NICE NG133 1.4).
    """
    texts = visible_texts(view)
    weeks = pop.gestation_weeks
    known_pregnant = pop.pregnancy == "pregnant"
    pregnant = known_pregnant and (weeks is None or weeks >= 20)
    if pop.sex == "M" or not (known_pregnant or asserted(_POSTPARTUM, texts)):
        return []
    v = view.vitals
    sbp, dbp = v.systolic_bp or 0.0, v.diastolic_bp or 0.0
    severe_bp = sbp >= 160 or dbp >= 110
    hypertensive = sbp >= 140 or dbp >= 90
    if not (pregnant or asserted(_POSTPARTUM, texts)):
        if not hypertensive:
            return []
        chronic = _chronic_hypertension_in_pregnancy(sbp, dbp)
        # peds53: a raised pressure beside a molar pregnancy is the mole's early
        # pre-eclampsia, treated by evacuation in hospital (ACOG PB 222 2020;
        # RCOG GTG 38 2020), not a chronic hypertension for the antenatal clinic
        return chronic[:2] if asserted(_MOLAR, texts) else chronic
    seizure = asserted(_SEIZURE, texts)
    features = asserted(_SEVERE_FEATURES, texts)
    src = "ACOG Practice Bulletin 222 (2020)"
    out: list[Required] = []
    if severe_bp:
        out.append(
            _req(
                "medication",
                "IV labetalol or IV hydralazine or oral immediate-release nifedipine, "
                "target < 160/110",
                f"BP {sbp:g}/{dbp:g}: treat within 30-60 min (ACOG CO 767)",
                r"labetalol|hydralazine|nifedipine",
            )
        )
    if hypertensive and not severe_bp and pregnant and (seizure or features):
        # peds51 (issue 10): at 35 weeks with 158/104 and pain under the right ribs
        # the woman had magnesium and no blood-pressure drug. NICE NG133 2019 1.4.11
        # (pre-eclampsia): offer labetalol (nifedipine, then methyldopa) from 140/90,
        # aiming at 135/85 or less; ACOG PB 222 treats the severe range at once
        out.append(
            _req(
                "medication",
                "oral labetalol (nifedipine MR, or methyldopa, if labetalol is "
                "unsuitable) to a target of 135/85 mmHg or less",
                f"pre-eclampsia at BP {sbp:g}/{dbp:g}: antihypertensive from 140/90 "
                "(NICE NG133 1.4.11)",
                r"labetalol|hydralazine|nifedipine|methyldopa",
            )
        )
    if seizure or severe_bp or (hypertensive and features):
        out += [
            _req(
                "medication",
                "magnesium sulfate 4-6 g IV over 20 min, then 1-2 g/h",
                ("eclampsia" if seizure else "pre-eclampsia with severe features")
                + f": seizure prophylaxis/treatment ({src})",
                r"magnesium sulfate",
            ),
            _req("diagnostic", _PE_LABS, src, _PE_LABS_DONE),
            _req(
                "consult",
                "OB/GYN emergently (delivery planning)",
                src,
                r"ob/gyn|obstetric",
            ),
        ]
    elif hypertensive:
        why = f"BP {sbp:g}/{dbp:g} from 20 weeks or after delivery"
        out += [
            _req("diagnostic", _PE_LABS, f"{why} ({src})", _PE_LABS_DONE),
            _req(
                "consult",
                "obstetrics: same-day assessment for gestational hypertension or "
                "pre-eclampsia, with fetal assessment",
                f"{why} ({src}; NICE NG133 1.4)",
                r"ob/gyn|obstetric",
            ),
        ]
    return out


_MOLAR: Final = _rx(
    r"molar pregnancy|hydatidiform|snow-?storm (?:appearance|pattern)|grape-like|"
    r"(?:complete|partial) mole\b"
)


def _chronic_hypertension_in_pregnancy(sbp: float, dbp: float) -> list[Required]:
    why = f"BP {sbp:g}/{dbp:g} before 20 weeks: chronic hypertension"
    src = "Tita AT et al. CHAP, NEJM 2022; ACOG clinical guidance 2022; NICE NG133"
    return [
        _req(
            "medication",
            "oral labetalol or extended-release nifedipine, target < 140/90",
            f"{why}: the antihypertensives of pregnancy ({src})",
            r"labetalol|nifedipine|methyldopa",
        ),
        _req(
            "diagnostic",
            "baseline " + _PE_LABS,
            f"{why}: a baseline for later pre-eclampsia (ACOG PB 203)",
            _PE_LABS_DONE,
        ),
        _req(
            "consult",
            "obstetrics / antenatal clinic within a week (hypertension in pregnancy)",
            f"{why} ({src})",
            r"ob/gyn|obstetric|antenatal",
        ),
    ]


_FORCE_TO_TRUNK: Final = _rx(FORCE_TO_TRUNK)
"""A mechanism whose force can reach the uterus: the falls, crashes and blows after
which abruption is watched for (ATLS 10th ed.; ACOG trauma in pregnancy)."""
_DISTAL_LIMB: Final = _rx(
    r"ankle\w*|foot|feet|toes?\b|finger\w*|thumbs?\b|hands?\b|wrists?\b|nail\w*"
)
"""A hand or foot: an injury confined to it, without a fall or blow, sends no force
to the uterus."""


def _trauma_reaching_uterus(texts: Sequence[str]) -> bool:
    """Whether this visit's injury is one the pregnancy bundle is for.

    ATLS / ACOG monitor after any trauma from 20 weeks, minor included, because
    abruption follows force transmitted to the uterus; an injury confined to a hand
    or a foot (a jammed finger, a rolled ankle) without a fall or blow is not one.
    """
    if injury_now(_FORCE_TO_TRUNK, texts):
        return True
    return injury_now(_TRAUMA, texts) and not asserted(_DISTAL_LIMB, texts)


def trauma_in_pregnancy(view: StageView, pop: Population) -> list[Required]:
    """ATLS 10th ed. / ACOG: tilt, Rh status, fetal monitoring >= 20 weeks, KB test."""
    texts = visible_texts(view)
    if pop.pregnancy != "pregnant" or not _trauma_reaching_uterus(texts):
        return []
    weeks = pop.gestation_weeks
    late = weeks is None or weeks >= 20
    src = "ATLS 10th ed.; ACOG trauma in pregnancy"
    out = [
        _req(
            "diagnostic",
            "blood type, Rh status and antibody screen (anti-D if Rh-negative)",
            f"fetomaternal haemorrhage risk ({src})",
            r"\brh\b",
        ),
        _req("consult", "obstetrics", src, r"ob/gyn|obstetric"),
    ]
    if late:
        out = [
            _req(
                "procedure",
                "left lateral uterine displacement / left lateral tilt 15-30 degrees",
                f"relieve aortocaval compression from 20 weeks ({src})",
                r"left lateral|uterine displacement",
            ),
            *out,
            _req(
                "monitoring",
                "continuous fetal monitoring (cardiotocography) for at least 4-6 h",
                f"viable gestation >= 20-24 weeks ({src})",
                r"fetal monitor|cardiotocograph",
            ),
            _req(
                "diagnostic",
                "Kleihauer-Betke test",
                f"quantify fetomaternal haemorrhage; anti-D dosing ({src})",
                r"kleihauer",
            ),
        ]
    else:
        out.append(
            _req(
                "diagnostic",
                "fetal heart tones by Doppler or pelvic ultrasound",
                f"before 20 weeks: no continuous fetal monitoring ({src})",
                r"fetal heart|ultrasound",
            )
        )
    return out


_IN_ARREST: Final = _rx(
    r"cardiac arrest|in arrest|arrested|cpr (?:in progress|ongoing|under way)|"
    r"(?:on-?going|continuing|in progress) cpr|chest compressions|pulseless|no pulse|"
    r"asystole|pea arrest|pulseless electrical activity|\bv-?fib\b|"
    r"ventricular fibrillation"
)
_ROSC: Final = _rx(
    r"rosc\b|return of (?:spontaneous )?circulation|pulse (?:came )?back|"
    r"got a pulse back|regained (?:a )?pulses?|post[- ]arrest"
)
_FUNDUS_HIGH: Final = _rx(
    r"(?:uterus|fundus|fundal height)\b[^.;]{0,30}\b(?:at|above|to|reaching)\b"
    r"[^.;]{0,12}\b(?:umbilicus|xiphi\w*|costal margin)"
)
MATERNAL_ARREST_SOURCE: Final = (
    "RCUK 2021 ALS, cardiac arrest in pregnancy; AHA 2020 (Panchal AR et al.) and "
    "Jeejeebhoy FM et al. Circulation 2015;132:1747; RCOG GTG 56 (2019) maternal "
    "collapse"
)


def maternal_cardiac_arrest(view: StageView, pop: Population) -> list[Required]:
    """A pregnant woman in cardiac arrest from 20 weeks: the mother's own algorithm.

    From 20 weeks (or a uterus at or above the umbilicus when the gestation is not
    known) the uterus compresses the aorta and the vena cava: manual left uterine
    displacement during CPR, IV access above the diaphragm, the obstetric and
    neonatal teams at once, and a resuscitative hysterotomy (perimortem caesarean
    section) when there is no return of circulation within 4 minutes, the baby
    delivered by 5 minutes, where the arrest happened (RCUK 2021; AHA 2020; RCOG GTG
    56). Not once a pulse is back.
    """
    if pop.pregnancy != "pregnant":
        return []
    texts = visible_texts(view)
    if not asserted(_IN_ARREST, texts) or asserted(_ROSC, texts):
        return []
    weeks = pop.gestation_weeks
    if weeks is not None and weeks < 20:
        return []
    if weeks is None and not asserted(_FUNDUS_HIGH, texts):
        return []
    src = MATERNAL_ARREST_SOURCE
    return [
        _req(
            "procedure",
            "manual left uterine displacement during CPR (hands-on, uterus pushed to "
            "the left; 15-30 degree left tilt only if compressions stay effective); "
            "IV or IO access above the diaphragm; early tracheal intubation",
            f"cardiac arrest from 20 weeks: aortocaval compression ({src})",
            r"uterine displacement|left (?:lateral )?tilt",
        ),
        _req(
            "consult",
            "obstetric, neonatal and anaesthetic teams emergently (maternal cardiac "
            "arrest)",
            f"perimortem delivery and neonatal resuscitation ({src})",
            r"neonat\w*|obstetric",
        ),
        _req(
            "procedure",
            "resuscitative hysterotomy (perimortem caesarean section) in the "
            "resuscitation room if no return of circulation by 4 minutes of CPR, the "
            "baby delivered within 5 minutes",
            f"delivery improves the mother's chance of ROSC ({src})",
            r"hysterotomy|perimortem|peri-mortem|caesarean|cesarean",
        ),
    ]


_GAS_CONTACT: Final = _rx(
    r"scarlet fever|strep(?:tococcal)? throat|strep a\b|group a strep\w*|"
    r"(?:invasive )?gas infection|impetigo"
)
"""A group A streptococcal illness told in the woman or her household (RCOG GTG 64a
2012 1.3: a sore throat or a contact with GAS infection precedes most maternal GAS
sepsis)."""
GAS_PREGNANCY_SOURCE: Final = (
    "RCOG Green-top 64a (2012) 4.3-4.4 and 64b (2012); UKHSA 2023 invasive group A "
    "streptococcal infection"
)


def sepsis_in_pregnancy(view: StageView, pop: Population) -> list[Required]:
    """Sepsis in pregnancy or after a birth with shock or group A streptococcus.

    RCOG GTG 64a/64b (2012): a febrile pregnant or postpartum woman in septic shock
    (hypotension, mottled or cold peripheries, a raised lactate) or with group A
    streptococcus suspected (a sore throat, a household contact with scarlet fever
    or a streptococcal throat) gets high-dose IV piperacillin-tazobactam (or a
    carbapenem) with clindamycin, which switches off the toxin, within the hour, and
    the obstetric and critical care teams together. A fever alone keeps the ordinary
    source-directed regimen.
    """
    facts = present_facts(view, load_knowledge())
    if pop.pregnancy != "pregnant" and not facts.has("postpartum"):
        return []
    t = view.vitals.temperature_c
    if not ((t is not None and t >= 38.0) or facts.has("fever")):
        return []
    texts = visible_texts(view)
    sbp = view.vitals.systolic_bp
    shock = (sbp is not None and 0 < sbp < hypotension_sbp(pop)) or any(
        facts.has(c) for c in ("poor_perfusion", "lactate_high")
    )
    gas = facts.has("sore_throat") or asserted(_GAS_CONTACT, texts)
    if not (shock or gas):
        return []
    why = "septic shock" if shock else "group A streptococcus suspected"
    src = GAS_PREGNANCY_SOURCE
    return [
        _req(
            "medication",
            "IV piperacillin-tazobactam 4.5 g (or a carbapenem) plus clindamycin "
            "900 mg within 1 h, after blood cultures",
            f"sepsis in pregnancy or the puerperium with {why}: broad cover and "
            f"clindamycin against the streptococcal toxin ({src})",
            r"piperacillin|carbapenem|meropenem|clindamycin",
        ),
        _req(
            "consult",
            "obstetric team and critical care together now (obstetric anaesthetist); "
            "fetal assessment once the mother is resuscitated",
            f"maternal sepsis with {why} ({src})",
            r"obstetric\w*[^|]{0,40}critical care",
        ),
    ]


_SURGICAL_SIGN: Final = _rx(
    r"guarding|rebound|rigid\w*|peritonism|peritonitic|peritoneal signs|"
    r"mcburney\w*|rovsing\w*|psoas sign|obturator sign|murphy'?s sign"
)
"""Signs of a surgical abdomen on examination (guarding, rebound, rigidity; the
appendicitis signs; Murphy's sign)."""
_UTERINE_TONE: Final = guarded(
    re.compile(
        r"(?i)\b(?:uterus|womb|uterine)\b[^.;]{0,30}?\brigid\w*|"
        r"\brigid\w*\s+(?:\w+\s+)?(?:uterus|womb)\b"
    )
)
"""A rigid ('woody') uterus: the sign of a placental abruption (RCOG GTG 63), an
obstetric sign rather than a surgical abdomen's rigidity."""


def _surgical_abdomen(texts: tuple[str, ...]) -> bool:
    """Abdominal pain with a surgical sign, a rigid uterus not counted as one."""
    return asserted(_ABDOMINAL_PAIN, texts) and any_text(_surgical_sign_in, None, texts)


def _surgical_sign_in(_: None, text: str) -> bool:
    """``_surgical_abdomen``'s sign in one text, a rigid uterus blanked (recorded)."""
    return asserted(_SURGICAL_SIGN, (_UTERINE_TONE.sub(" ", text),))


VIABLE_WEEKS: Final = 24
"""ACOG CO 775 (2019): from viability (about 23-24 weeks) the fetal heart rate and
contractions are monitored before and after any non-obstetric surgery."""


def surgical_abdomen_in_pregnancy(view: StageView, pop: Population) -> list[Required]:
    """A surgical abdomen in pregnancy: surgeon and obstetrician, fetal assessment.

    Appendicitis is the commonest non-obstetric surgical emergency of pregnancy; delay
    to surgery raises fetal loss, so a pregnant woman with abdominal pain and guarding
    or peritonism is seen by the surgeon now, with obstetric involvement, and the
    fetus is assessed: heart tones before viability, fetal heart rate and contraction
    monitoring from it (ACOG Committee Opinion 775, 2019; Pearl JP et al. SAGES 2017
    guidelines for the use of laparoscopy during pregnancy, Surg Endosc 2017;31:3767).
    Imaging follows the pregnancy gate (ultrasound, then MRI without gadolinium).
    It yields to the ectopic pathway (``YIELD_TO_ECTOPIC``).
    """
    texts = visible_texts(view)
    if pop.pregnancy != "pregnant" or _trauma_reaching_uterus(texts):
        return []
    if not _surgical_abdomen(texts):
        return []
    weeks = pop.gestation_weeks
    src = "ACOG Committee Opinion 775 (2019); SAGES 2017 laparoscopy in pregnancy"
    why = "abdominal pain with guarding or peritonism in pregnancy"
    fetal = (
        _req(
            "monitoring",
            "fetal heart rate and uterine contraction monitoring (cardiotocography); "
            "obstetric team present if surgery",
            f"{why} at a viable gestation (>= {VIABLE_WEEKS} weeks) ({src})",
            r"fetal (?:heart rate )?monitor|cardiotocograph",
        )
        if weeks is not None and weeks >= VIABLE_WEEKS
        else _req(
            "diagnostic",
            "fetal heart tones by Doppler or ultrasound",
            f"{why} before viability ({src})",
            # peds37: a cardiotocograph is withheld before viability
            # (``picture_gates``): it does not stand for the heart tones
            r"fetal heart (?:tones|rate by doppler)|doppler",
        )
    )
    return [
        _req(
            "consult",
            "general surgery review now (delay to appendicectomy raises fetal loss)",
            f"{why} ({src})",
            r"general surg|surgery|surgical (?:review|consult)",
        ),
        _req(
            "consult",
            "obstetrics (non-obstetric surgical abdomen in pregnancy)",
            f"{why}: obstetric involvement and fetal assessment ({src})",
            r"ob/gyn|obstetric",
        ),
        fetal,
    ]


_PAIN_AFTER_20_WEEKS: Final = _rx(
    r"abd\w*\.? pain|abdominal pain|stomach pain|belly pain|epigastric pain|"
    r"[lr][lu]q pain|flank pain|loin pain|pelvic pain|(?:lower )?back pain|"
    r"renal colic|ureteric colic|colicky|cramp\w*|contractions|tightenings"
)
"""Pain that preterm labour or a placental cause can present as, or provoke: abdominal,
pelvic, flank, loin or back pain, cramps, contractions, tightenings."""
VIABLE_TRIAGE_WEEKS: Final = 20
"""ACOG CO 667 (2016): from 20 weeks a pregnant woman's complaint may be obstetric."""


def pain_in_later_pregnancy(view: StageView, pop: Population) -> list[Required]:
    """Abdominal, pelvic, flank or back pain from 20 weeks: fetal and obstetric review.

    From 20 weeks pain may be preterm labour, an abruption, or a non-obstetric cause
    (renal colic, pyelonephritis, appendicitis) that provokes contractions, so before
    she goes home the fetal heart rate and contractions are monitored and an
    obstetrician sees her (ACOG Committee Opinion 667, 2016, hospital-based triage of
    obstetric patients; ACOG Practice Bulletin 171, 2016, preterm labour). Trauma and a
    surgical abdomen have their own pathways; a documented gestation is required.
    """
    weeks = pop.gestation_weeks
    if pop.pregnancy != "pregnant" or weeks is None or weeks < VIABLE_TRIAGE_WEEKS:
        return []
    texts = visible_texts(view)
    if not asserted(_PAIN_AFTER_20_WEEKS, texts) or _trauma_reaching_uterus(texts):
        return []
    if _surgical_abdomen(texts):
        return []
    src = "ACOG Committee Opinion 667 (2016); ACOG Practice Bulletin 171 (2016)"
    why = f"pain at {weeks} weeks: preterm labour or a placental cause"
    return [
        _req(
            "monitoring",
            "fetal heart rate and uterine contraction monitoring (cardiotocography) "
            "before discharge",
            f"{why} ({src})",
            r"fetal (?:heart rate )?monitor|cardiotocograph|\bctg\b|non-?stress test",
        ),
        _req(
            "consult",
            "obstetrics review before discharge (labour and delivery triage)",
            f"{why} ({src})",
            r"ob/gyn|obstetric",
        ),
    ]


_SPLINTER: Final = r"splinters?(?! ha?emorrhag\w*)"
"""A splinter in the skin, not the splinter haemorrhages of a nail bed (endocarditis's
vascular sign: Fowler VG et al. Duke-ISCVID 2023), which is no wound (cardio43)."""
_NOT_A_WOUND: Final = r"(?<!lumbar )(?<!dural )(?<!arterial )(?<!femoral )(?<!radial )"
"""A puncture that is a procedure (lumbar, dural, arterial), not a wound."""
_BURN: Final = (
    r"(?<!mouth )(?<!oral )(?<!tongue )(?<!lip )burns?\b(?! (?:on|to|of|in|around) "
    r"(?:the |her |his |their )?(?:mouth|tongue|lips?|palate|oropharynx|throat|"
    r"o?esophag\w*))"
)
"""A burn of the skin; a corrosive's burns in the mouth or gullet are mucosal, no
tetanus-prone wound (medgi54: a drain-cleaner ingestion got a tetanus history order;
CDC ACIP 2018 and the Green Book ch. 30 name skin burns)."""
_WOUND: Final = _rx(
    rf"laceration\w*|{_NOT_A_WOUND}puncture\w*|wound\w*|open fracture|"
    r"compound fracture|bone (?:visible|exposed|protruding)|(?<!tongue )bite\b|"
    r"bitten|"
    + _BURN
    + r"|abrasion\w*|(?:stepped|trod|treading) on (?:a |an )?(?:\w+ )?"
    r"(?:nail|glass)|crush injur\w*|degloving|" + _SPLINTER + r"|(?:retained|embedded) "
    r"(?:\w+ )?(?:foreign body|fragment)"
)
_TETANUS_PRONE: Final = _rx(
    r"soil\w*|dirt\w*|rust\w*|manure|f(?:a)?eces|f(?:a)?ecal|saliva|"
    rf"(?<!tongue )bite\b|bitten|{_NOT_A_WOUND}puncture\w*|nail\b|{_BURN}|crush\w*|"
    r"devitali[sz]ed|contaminat\w*|open fracture|compound fracture|" + _SPLINTER + r"|"
    r"foreign bod(?:y|ies)|"
    r"bone (?:visible|exposed|protruding)|frostbite|gunshot|missile|avuls\w*|deglov\w*"
)
"""CDC ACIP (Liang JL et al. MMWR 2018;67(RR-2)): wounds contaminated with dirt,
faeces, soil or saliva, puncture wounds, avulsions, missile, crush, burn and frostbite
wounds are tetanus-prone; UKHSA Green Book ch. 30 (2024) adds wounds containing a
foreign body."""
_NOT_OTHER_VACCINE: Final = r"(?! (?:against|for) (?!tetanus)[a-z])"
"""After 'vaccinated': not a vaccine named against another disease."""
_TETANUS_UNKNOWN: Final = _rx(
    r"(?:unknown|unsure|not sure|uncertain|does not know|doesn't know|do(?:es)?n't "
    r"recall|cannot recall|can't recall|no record)\W+(?:\w+\W+){0,8}?"
    r"(?:tetanus|td\b|tdap)|(?:tetanus|td|tdap)\W+(?:\w+\W+){0,4}?"
    r"(?:status\W+)?(?:unknown|unsure|uncertain|not up to date|out of date|overdue|"
    r"incomplete|never)|never (?:been )?(?:vaccinated|immuni[sz]ed)"
    # lead38: a vaccine against another disease is not the tetanus history ("never
    # vaccinated against rabies": CDC ACIP rabies 2008 vs tetanus 2018)
    rf"{_NOT_OTHER_VACCINE}|unvaccinated|"
    r"(?:never|not) (?:had|received|been given) (?:a |any )?(?:tetanus|td\b|tdap)|"
    r"no (?:tetanus|td|tdap) (?:vaccin\w*|immuni[sz]ation|doses?|jabs?|shots?)|"
    r"(?:fewer|less) than (?:3|three) (?:tetanus )?doses"
)
_TETANUS_LAPSED: Final = _rx(
    r"(?:tetanus|td|tdap)\W+(?:\w+\W+){0,4}?(?:>|over|more than)\s*"
    r"(?:10|ten) years|(?:last tetanus|tetanus (?:last|booster|shot|vaccin\w*|"
    r"immuni[sz]ation))\W+(?:\w+\W+){0,3}?(?:1\d|[2-9]\d) years ago"
)
"""Last dose 10 or more years ago: a booster for any wound (CDC ACIP 2018)."""


_TETANUS_RECORDED: Final = _rx(
    r"tetanus|td\b|tdap|immuni[sz]ations? (?:are |is )?(?:up to date|complete|current)|"
    rf"(?:fully )?(?:vaccinated|immuni[sz]ed){_NOT_OTHER_VACCINE}|"
    r"vaccinations? (?:are |is )?(?:up to date|"
    r"complete|current)"
)
"""Any word on the tetanus or immunisation history (then the history decides)."""
TETANUS_HISTORY_SOURCE: Final = (
    "UKHSA Green Book ch. 30 tetanus (2024 update): tetanus-prone wounds (puncture, "
    "foreign body, soil or manure, bites, compound fractures) are managed by the "
    "immunisation history; CDC ACIP (Liang JL et al. MMWR 2018;67(RR-2))"
)


def _tetanus_history(texts: Sequence[str]) -> list[Required]:
    """A tetanus-prone wound whose immunisation history is not documented."""
    if not asserted(_TETANUS_PRONE, texts) or asserted(_TETANUS_RECORDED, texts):
        return []
    return [
        _req(
            "medication",
            "tetanus: take the immunisation history now; a reinforcing dose (Tdap or "
            "Td 0.5 mL IM) if incomplete, unknown or the last dose 10 or more years "
            "ago, with tetanus immune globulin for a high-risk wound (soil or manure, "
            "devitalised tissue) if not fully immunised",
            f"tetanus-prone wound, immunisation history not documented "
            f"({TETANUS_HISTORY_SOURCE})",
            r"tetanus|tdap|dtap|\btd\b",
        )
    ]


def tetanus(view: StageView, pop: Population) -> list[Required]:
    """CDC ACIP 2018/2020: Td/Tdap by wound and vaccination history; TIG if unknown.

    A tetanus-prone wound with no history documented gets the history taken and the
    dose it decides (UKHSA Green Book ch. 30, 2024).
    """
    texts = visible_texts(view)
    if not asserted(_WOUND, texts):
        return []
    unknown = asserted(_TETANUS_UNKNOWN, texts)
    if not (unknown or asserted(_TETANUS_LAPSED, texts)):
        return _tetanus_history(texts)
    prone = asserted(_TETANUS_PRONE, texts)
    src = "CDC ACIP tetanus wound management (Liang JL et al. MMWR 2018;67(RR-2))"
    vaccine = (
        "DTaP" if pop.age_within(0, years(7) - 1) is True else "Tdap (or Td) 0.5 mL IM"
    )
    out = [
        _req(
            "medication",
            f"tetanus vaccine: {vaccine}",
            ("vaccination history unknown or incomplete" if unknown else
             "last tetanus dose 10 or more years ago") + f" ({src})",
            r"tdap|dtap|\btd\b|tetanus toxoid|tetanus vaccine",
        )
    ]  # fmt: skip
    if unknown and prone:
        out.append(
            _req(
                "medication",
                "tetanus immune globulin 250 units IM (separate site from vaccine)",
                f"tetanus-prone wound with unknown or < 3 vaccine doses ({src})",
                r"tetanus immune globulin|\btig\b",
            )
        )
    return out


_SEVERE_ASTHMA: Final = _rx(
    r"single words|one-word|unable to (?:speak|complete|finish) (?:in )?(?:full )?"
    r"sentences|cannot (?:speak|complete) (?:in )?(?:full )?sentences|silent chest|"
    r"speaks? in (?:short )?(?:words|phrases)|accessory muscle\w*|exhaust\w*|"
    r"drowsy|confus\w*|peak flow (?:of )?(?:[1-4]\d|50)\s*%|"
    r"pef\w* (?:of )?(?:[1-4]\d|50)\s*%"
)
"""GINA 2024 severe or life-threatening exacerbation: talks in words, accessory muscles,
drowsy or confused, silent chest, PEF <= 50 % predicted (with SpO2 < 92 %)."""
_ASTHMA_PICTURE: Final = _rx(
    r"asthma\w*|wheez\w*|bronchospasm|reactive airway|silent chest|peak flow|pef\b"
)
"""Asthma named, or its airway narrowing heard or measured (GINA 2024 ch. 9: an
exacerbation is a worsening in a person with asthma, wheeze its sign)."""


def severe_asthma(
    view: StageView, pop: Population, ledger: Sequence[DifferentialEntry]
) -> list[Required]:
    """GINA 2024 / BTS-SIGN 2019: severe asthma: ipratropium and IV magnesium."""
    working = L.working(ledger)
    if working is None or "asthma" not in working.diagnosis.lower():
        return []
    v = view.vitals
    hypoxic = v.spo2 is not None and v.spo2 < 92
    if not (hypoxic or asserted(_SEVERE_ASTHMA, visible_texts(view))):
        return []
    if not asserted(_ASTHMA_PICTURE, visible_texts(view)):
        # cardio56: asthma leading a breathless man's list by its prior alone (no
        # asthma, no wheeze: a dapsone methaemoglobinaemia at SpO2 86 %) is no severe
        # asthma to give magnesium and an ICU call (GINA 2024 ch. 9)
        return []
    src = "GINA 2024 severe exacerbation; BTS/SIGN 2019"
    child = _child(pop)
    ipratropium = (
        "ipratropium 250 mcg (ages 2-11) or 500 mcg (ages 12-15) nebulised with "
        "each of the first three albuterol nebulisers"
        if child
        else "ipratropium 0.5 mg nebulised with each of the first three albuterol "
        "nebulisers"
    )
    magnesium = (
        "magnesium sulfate 40-50 mg/kg IV over 20 min (max 2 g)"
        if child
        else "magnesium sulfate 2 g IV over 20 min"
    )
    # lead46 (issue 10): acute severe asthma at SpO2 93 % got no oxygen (the general
    # layer starts below 92 %): every hypoxaemic patient with acute severe asthma gets
    # oxygen to 94-98 % (BTS/SIGN 158 2019 8.3.1; O'Driscoll BR et al. BTS 2017)
    oxygen = (
        [
            _req(
                "procedure",
                "supplemental oxygen to SpO2 94-98%",
                f"SpO2 {v.spo2:g}% in acute severe asthma, below the 94-98 % target "
                "(BTS/SIGN 158 2019 8.3.1; BTS 2017 emergency oxygen)",
                r"oxygen|\bo2\b|ventilat|bipap|cpap|intubat",
            )
        ]
        if v.spo2 is not None and v.spo2 < 94
        else []
    )
    return [
        *oxygen,
        _req("medication", ipratropium, f"severe exacerbation ({src})", r"ipratropium"),
        _req(
            "medication",
            magnesium,
            f"severe exacerbation not responding to initial bronchodilators ({src})",
            r"magnesium",
        ),
        _req(
            "consult",
            "ICU / senior review: severe asthma (prepare for escalation)",
            f"hypoxia or life-threatening features ({src})",
            r"\bicu\b|critical care|intensiv",
        ),
    ]


_SELF_HARM: Final = _rx(
    r"suicid\w*|self[- ]harm|self[- ]inflicted|intentional (?:overdose|ingestion)|"
    r"wanted to die|wants to die|want(?:s|ed)? to kill (?:him|her|my)self|"
    r"tried to kill|end (?:his|her|my) life|took \w+ (?:\w+ )?(?:pills|tablets) "
    r"(?:after an argument|to die)"
)


_PLAN_DENIED: Final = _rx(
    r"no (?:specific |clear |active |current |suicid\w* )?plans?|denie[sd] (?:a |any )?"
    r"plans?|without (?:a |any )?plans?"
)
_ACUTE_BESIDE_IDEATION: Final = _rx(
    r"plan(?:s|ned|ning)? to (?:kill|hang|shoot|jump|overdose|end|take)|"
    r"intends? to|bought (?:a )?(?:rope|gun)|(?:wrote|written|left) (?:a )?"
    r"(?:suicide )?note|overdos\w*|took \d+|tablets|pills|self[- ]harm\w*|"
    r"cut (?:her|him|them|my)sel(?:f|ves)|cut (?:her|his|their|my) \w+|laceration|"
    r"hallucinat\w*|voices|"
    r"paranoi\w*|agitat\w*|threaten\w*|intoxicat\w*|drunk|homicid\w*|confus\w*"
)


def non_acute_ideation(texts: Sequence[str]) -> bool:
    """Ideation with its plan denied and no act or acute sign beside it (ASQ non-acute).

    The text-level reading of ``rules.suicide_risk`` (NIMH ASQ adult ED pathway 2020):
    a plan, preparatory acts, an overdose or cut, psychosis, agitation, intoxication
    or confusion, asserted anywhere, keep the screen acute.
    """
    return asserted(_PLAN_DENIED, texts) and not asserted(_ACUTE_BESIDE_IDEATION, texts)


_SELF_INJURY_WOUND: Final = _rx(
    r"lacerations?|cuts?|cut (?:her|his|their|my) \w+|"
    r"cut (?:her|him|them|my)sel(?:f|ves)|gaping|wounds?"
)


def self_injury_wound(texts: Sequence[str]) -> list[Required]:
    """The wound of a self-injury, cared for like any other (NICE NG225 2022).

    Self-harm's physical injury is treated with the same care as any wound, with
    local anaesthesia for its repair (NICE NG225 2022 1.4; NICE CG16 2004 1.1.7):
    depth, tendon and nerve examined, irrigated and closed, tetanus by immunisation
    status (WHO 2017; UKHSA Green Book ch. 30).
    """
    if not asserted(_SELF_INJURY_WOUND, texts):
        return []
    return [
        _req(
            "procedure",
            trauma.WOUND_CARE,
            "a self-injury's wound has the same care as any other (NICE NG225 2022; "
            "NICE CG16 1.1.7; UKHSA Green Book ch. 30)",
            r"wound care|irrigat\w*|sutur\w*|wound closure|laceration repair",
        )
    ]


def self_harm(view: StageView, _pop: Population) -> list[Required]:
    """ACEP 2017 psychiatric patients; Joint Commission NPSG 15.01.01: keep safe.

    A wish to be dead (passive ideation: ASQ, C-SSRS question 1) is ideation too.
    Ideation without a plan or an act (``non_acute_ideation``) is kept in a safe
    waiting area until assessed, without a 1:1 order (NIMH ASQ pathway 2020).
    """
    texts = visible_texts(view)
    if not (asserted(_SELF_HARM, texts) or asserted(PASSIVE_IDEATION, texts)):
        return []
    src = (
        "ACEP Clinical Policy psychiatric patients 2017; Joint Commission NPSG 15.01.01"
    )
    out = self_injury_wound(texts)
    if non_acute_ideation(texts):
        asq = "non-acute positive suicide screen (NIMH ASQ adult ED pathway 2020)"
        return [
            *out,
            _req(
                "monitoring",
                "safe waiting area with regular checks; not to leave before the "
                "mental health assessment (no constant observation without a plan or "
                "an act)",
                asq,
                r"1:1|one-to-one|sitter|suicide precaution|safe waiting area",
            ),
            _req(
                "consult",
                "psychiatry once medically stable (suicide risk assessment)",
                f"{asq}; NICE NG225 2022 1.5-1.6",
                r"psychiatr",
            ),
        ]
    return [
        *out,
        _req(
            "monitoring",
            "1:1 observation, remove means of self-harm, no leaving before assessment",
            f"self-harm or suicidal intent ({src})",
            r"1:1|one-to-one|sitter|suicide precaution",
        ),
        _req(
            "consult",
            "psychiatry once medically stable (suicide risk assessment)",
            src,
            r"psychiatr",
        ),
    ]


_ABDOMINAL_PAIN: Final = _rx(
    r"abd\w*\.? pain|abdominal pain|stomach pain|belly pain|epigastric pain|"
    r"[lr][lu]q pain|flank pain"
)
OLDER_ADULT_YEARS: Final = 65


def older_abdominal_pain(view: StageView, pop: Population) -> list[Required]:
    """Abdominal pain at 65 or older: laboratory work-up, an ECG and CT whatever leads.

    Older adults with abdominal pain often need surgery or admission and present
    atypically (Lewis LM et al. J Emerg Med 2005;28:1; ACEP geriatric ED guidelines
    2014); myocardial ischaemia can present as abdominal pain.
    """
    if pop.age_within(years(OLDER_ADULT_YEARS), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_ABDOMINAL_PAIN, texts):
        return []
    labs = [
        _req(
            "diagnostic",
            "CBC, BMP, LFTs, lipase, lactate and urinalysis; 12-lead ECG",
            f"abdominal pain at {OLDER_ADULT_YEARS} or older (Lewis LM et al. J Emerg "
            "Med 2005; ACEP geriatric ED guidelines 2014)",
            # a diagnosis's own panel without lactate or ECG does not cover it:
            # mesenteric ischaemia and an inferior MI are what the panel looks for;
            # nor does a lactate alone (the shock-index screen): the panel is wider
            r"lactate[^;]*?(?:lipase|\becg\b)|(?:lipase|\becg\b)[^;]*?lactate",
        ),
    ]
    if _retention_scanned(texts):
        return labs
    return [
        *labs,
        # real29: the examination and the panel miss what CT finds in older adults
        # (Hustey FM et al. Am J Emerg Med 2005;23:259: CT changed the diagnosis in
        # 45 % and the disposition in 25 %); ACR Appropriateness Criteria acute
        # nonlocalized abdominal pain 2018: CT with IV contrast usually appropriate
        _req(
            "diagnostic",
            "CT abdomen and pelvis with IV contrast (creatinine first) unless the "
            "cause is already evident on ultrasound",
            f"abdominal pain at {OLDER_ADULT_YEARS} or older: the examination is "
            "unreliable and a surgical cause common (Hustey FM et al. Am J Emerg Med "
            "2005; ACR Appropriateness Criteria acute nonlocalized abdominal pain "
            "2018)",
            r"ct\b|computed tomograph\w*|ultraso\w*|sonograph\w*|\w*fast\b",
        ),
    ]


def _retention_scanned(texts: Sequence[str]) -> bool:
    """Whether a bladder scan shows retention (a volume >= ``RETENTION_ML``).

    The cause of a lower abdominal pain is then evident on the bladder ultrasound, and
    a catheter, not a CT, comes next (lead39; NICE CG97 LUTS in men 1.6).
    """
    return any_kept(_retention_in, texts)


def _retention_in(text: str) -> bool:
    """``_retention_scanned`` in one text (kept per text, recorded)."""
    return any(r.value >= RETENTION_ML for r in results_of(text, "bladder_volume"))


BILIOUS: Final = _rx(
    r"bilious|bile[- ]stained|green (?:vomit\w*|emesis)|"
    r"(?:vomit\w*|emesis) (?:that is |was |is )?(?:bright |dark )?green|"
    r"vomit\w* (?:(?!(?:not|no|non|never|nor|without)\b)[\w,]+ ){0,6}"
    r"(?:bright |dark |bottle )?green\b|"
    r"(?:bright |dark )?green[- ]coloured vomit"
)
"""Bilious (green) vomiting; a negation between the vomiting and the colour ends the
span ("vomiting of milk after feeds, not green" is non-bilious)."""


def bilious_vomiting(view: StageView, pop: Population) -> list[Required]:
    """Bilious vomiting in a child is malrotation with volvulus until proven otherwise.

    APSA (Kelley-Quon LI et al.) and ACR Appropriateness Criteria "vomiting in
    infants" (2019): nil by mouth, nasogastric decompression, IV fluids, an urgent
    upper GI contrast study (not CT or ultrasound first), and the paediatric surgeon
    now; a volvulus can infarct the midgut within hours.
    """
    if not _child(pop) or not asserted(BILIOUS, visible_texts(view)):
        return []
    src = "APSA; ACR Appropriateness Criteria vomiting in infants 2019"
    return [
        _req(
            "procedure",
            "nil by mouth; nasogastric tube on free drainage",
            f"bilious vomiting: bowel obstruction until proven otherwise ({src})",
            r"nil by mouth|\bnpo\b|nasogastric",
        ),
        _req(
            "medication",
            "IV access, isotonic fluid (10-20 mL/kg bolus if shocked, then maintenance "
            "with glucose), blood glucose and electrolytes",
            f"no oral intake ({src})",
            r"isotonic|10-20 ml/kg",
        ),
        _req(
            "diagnostic",
            "urgent upper GI contrast study (malrotation with volvulus)",
            f"the test of choice for bilious vomiting ({src})",
            r"upper gi contrast|upper gastrointestinal contrast",
        ),
        _req(
            "consult",
            "paediatric surgery emergently (suspected malrotation with volvulus)",
            f"midgut volvulus infarcts within hours ({src})",
            r"(?:paediatric|pediatric) surg",
        ),
    ]


_TOXIC_ALCOHOL: Final = _rx(
    r"methanol|ethylene glycol|antifreeze|anti-freeze|windscreen washer|"
    r"windshield washer|moonshine|home-?made (?:spirits?|alcohol|liquor|vodka)|"
    r"home-?distilled|bootleg|illicit(?:ly distilled)? (?:alcohol|spirits?|liquor)|"
    r"illegal(?:ly)? (?:distilled|brewed|made) (?:alcohol|spirits?|liquor|vodka)|"
    r"toxic alcohol"
)
"""Words of a suspected methanol or ethylene glycol ingestion: the agents, and the
unlicensed spirits that carry methanol in outbreaks (moonshine, home-distilled or
bootleg liquor: WHO methanol poisoning information note 2014; Hassanian-Moghaddam H
et al. Clin Toxicol 2015)."""


_VISUAL_DISTURBANCE: Final = _rx(
    r"blurr\w* (?:vision|sight)|vision (?:is |was )?(?:blurr\w*|dim\w*|hazy|cloudy)|"
    r"visual (?:disturbance|loss|symptoms?|blurring|impairment)|"
    r"(?:loss of|lost|losing|reduced|decreased|dim|dimmed|hazy|cloudy) (?:the )?vision|"
    r"vision loss|snow ?storm|snowfield|(?:can'?t|cannot|unable to) see"
)
VISION_AFTER_TOXIC_ALCOHOL: Final = "visual disturbance after a suspect spirit"
"""The reason words of the probable methanol case (``agents.pathway_dx`` reads them)."""
AACT_TOXIC_ALCOHOL: Final = "suspect spirit with the AACT treatment criteria"
"""The reason words of a suspected ingestion meeting two of pH < 7.3, bicarbonate < 20
mmol/L and an osmolar gap > 10 (``agents.pathway_dx`` reads them)."""


def _aact_criteria(results: Sequence[LabResult], gap: bool) -> bool:
    """Two of: pH < 7.3, bicarbonate < 20 mmol/L, a raised osmolar gap (AACT 2002).

    Barceloux DG et al. AACT practice guidelines on methanol (J Toxicol Clin Toxicol
    2002;40:415): a history or strong suspicion of methanol ingestion with two of the
    three is treated as methanol poisoning.
    """
    ph = min((r.value for r in results if r.analyte == "ph"), default=None)
    hco3 = min((r.value for r in results if r.analyte == "bicarbonate"), default=None)
    met = (ph is not None and ph < 7.3) + (hco3 is not None and hco3 < 20) + gap
    return met >= 2


def toxic_alcohol(view: StageView, _pop: Population) -> list[Required]:
    """Suspected methanol or ethylene glycol poisoning.

    AACT 2015 (Barceloux DG et al. J Toxicol Clin Toxicol 2002; AACT practice
    guidelines): fomepizole on suspicion, without waiting for levels; EXTRIP 2015
    (Roberts DM et al. Crit Care Med 2015;43:461): haemodialysis for methanol with
    coma, seizures, new visual deficit, pH <= 7.15 or anion gap > 24. A measured
    gap counts by ``osmolar_gap.suggestive_gap`` (ethanol subtracted, ketosis weighed).
    """
    texts = visible_texts(view)
    results = [r for rs in each_text(text_results, None, texts) for r in rs]
    gap = suggestive_gap(results)
    named = asserted(_TOXIC_ALCOHOL, texts)
    if gap is None and not named:
        return []
    src = "AACT 2015; EXTRIP 2015 (Roberts DM et al. Crit Care Med 2015)"
    # tox31: a visual disturbance after a suspect spirit is the probable case of the
    # WHO outbreak definition: methanol's optic neuropathy (both eyes), not a
    # retinal stroke (WHO methanol information note 2014; Barceloux 2002)
    why = (
        f"{VISION_AFTER_TOXIC_ALCOHOL} (WHO methanol information note 2014)"
        if named and asserted(_VISUAL_DISTURBANCE, texts)
        else f"{AACT_TOXIC_ALCOHOL} (Barceloux DG et al. AACT 2002)"
        if named and _aact_criteria(results, gap is not None)
        else "suspected toxic alcohol"
    )
    return [
        _req(
            "medication",
            "fomepizole 15 mg/kg IV loading dose (ethanol infusion if unavailable)",
            f"{why}: block alcohol dehydrogenase now ({src})",
            r"fomepizole",
        ),
        _req(
            "diagnostic",
            "serum osmolality, methanol and ethylene glycol levels, venous blood gas, "
            "lactate, ethanol level",
            f"osmolar and anion gaps ({src})",
            r"methanol (?:and ethylene glycol )?level|osmolality",
        ),
        _req(
            "consult",
            "nephrology: haemodialysis (coma, seizures, visual loss, pH <= 7.15 or "
            "anion gap > 24) and poison centre",
            src,
            r"dialysis",
        ),
    ]


_SICKLE: Final = _rx(
    r"sickle[- ]cell|\bhb ?ss\b|\bhb ?sc\b|hb ?s(?:-| )?beta|\bscd\b|sickle crisis|"
    r"(?:vaso-?occlusive|painful) crisis"
)
_SICKLE_PAIN: Final = _rx(r"pain(?!less)\w*|crisis|ache\w*|priapism")
_CHEST_SYNDROME: Final = _rx(
    r"chest pain|pleuritic|short\w* of breath|dyspn(?:o)?ea|infiltrate|"
    r"consolidation|acute chest"
)
_COUGH: Final = _rx(r"cough\w*")
"""A cough alone, with a normal saturation, asks for the chest x-ray that shows or
excludes acute chest syndrome; its treatment waits for the chest picture (Howard J et
al. BSH 2015: a new infiltrate with fever or respiratory signs; NHLBI 2014)."""
_SPLEEN_ENLARGING: Final = _rx(
    r"splenomegal\w*|(?:enlarg\w*|enlarging|palpable|large) spleen|spleen (?:tip )?"
    r"(?:is )?(?:palpable|enlarg\w*|\d+ ?cm)|splenic sequestration"
)
_HB_FALL: Final = _rx(
    r"(?:fall|drop|decrease)\w* in (?:hb|ha?emoglobin)|(?:hb|ha?emoglobin) "
    r"(?:has )?(?:fallen|dropped)|below (?:her |his |their )?baseline|"
    r"\(baseline \d+|baseline (?:hb|ha?emoglobin)"
)
SEQUESTRATION_HB: Final = 7.0
"""Hb (g/dL) below which an enlarging spleen in sickle cell disease is treated as
acute splenic sequestration (NHLBI 2014: a fall of >= 2 g/dL from baseline)."""
FEVER_SCD_C: Final = 38.5
"""NHLBI 2014: temperature >= 38.5 C in sickle cell disease: cultures and parenteral
antibiotics (functional asplenia)."""


_ASPLENIA: Final = ASPLENIA
"""No spleen, by operation or disease (readers54; concept ``asplenia``; one reader
with triage's, ``rules.immunocompromise.ASPLENIA``)."""
ASPLENIC_FEVER_C: Final = 38.0
"""A fever (C) in an asplenic patient (Davies JM et al. BSH 2011)."""


def asplenic_fever(view: StageView, _pop: Population) -> list[Required]:
    """A fever in a patient without a spleen: overwhelming post-splenectomy infection.

    Davies JM et al. BCSH/BSH 2011 (Br J Haematol 2011;155:308): an asplenic or
    hyposplenic patient with a fever is given empirical antibiotics at once, after
    blood cultures, whatever else is done; the infection can kill within hours
    (Rubin LG, Schaffner W. NEJM 2014;371:349); NICE NG51 (2016/2024) counts a
    splenectomy as impaired immunity. Sickle cell's functional asplenia has its own
    order (``sickle_cell``). readers54, at infect54's request.
    """
    texts = visible_texts(view)
    if not asserted(_ASPLENIA, texts) or asserted(_SICKLE, texts):
        return []
    t = view.vitals.temperature_c
    if not ((t is not None and t >= ASPLENIC_FEVER_C) or asserted(_FEVER, texts)):
        return []
    src = (
        "Davies JM et al. BCSH/BSH 2011 asplenia guideline; Rubin LG, Schaffner W."
        " NEJM 2014;371:349"
    )
    return [
        _req(
            "medication",
            "blood cultures, then IV ceftriaxone within the hour, not delayed for "
            "investigations",
            f"fever without a spleen: overwhelming post-splenectomy infection until "
            f"proven otherwise ({src})",
            r"ceftriaxone|cefotaxime",
        )
    ]


def sickle_cell(view: StageView, _pop: Population) -> list[Required]:
    """Sickle cell disease with pain, fever or chest symptoms.

    NHLBI Expert Panel 2014 (Yawn BP et al. JAMA 2014;312:1033) and ASH 2020 (Brandow
    AM et al. Blood Adv 2020;4:2656): parenteral opioid within 60 min of arrival (NICE
    CG143 2012: within 30 min, the order's time since peds41),
    reassessed every 15-30 min; fever >= 38.5 C: blood culture and IV ceftriaxone;
    acute chest syndrome (chest pain, respiratory symptoms, new infiltrate or
    hypoxia): chest X-ray, oxygen, a cephalosporin plus a macrolide, incentive
    spirometry, haematology for transfusion (BSH 2015, Howard J et al.).
    """
    texts = visible_texts(view)
    if not asserted(_SICKLE, texts):
        return []
    v = view.vitals
    fever = (v.temperature_c is not None and v.temperature_c >= FEVER_SCD_C) or (
        asserted(_FEVER, texts)
    )
    hypoxic = v.spo2 is not None and v.spo2 < 95
    chest = asserted(_CHEST_SYNDROME, texts) or (
        hypoxic and (fever or asserted(_COUGH, texts))
    )
    cough = not chest and asserted(_COUGH, texts)
    pain = asserted(_SICKLE_PAIN, texts) or (v.pain or 0) >= 4
    hb = min(
        (r.value for t in texts for r in results_of(t, "hemoglobin")),
        default=None,
    )
    sequestration = asserted(_SPLEEN_ENLARGING, texts) and (
        (hb is not None and hb < SEQUESTRATION_HB) or asserted(_HB_FALL, texts)
    )
    if not (pain or fever or chest or cough or sequestration):
        return []
    src = "NHLBI 2014 (Yawn BP et al. JAMA 2014); ASH 2020"
    out: list[Required] = []
    if pain:
        out.append(
            _req(
                "medication",
                "parenteral opioid (morphine or hydromorphone, weight-based) within "
                "30 min of arrival, reassess every 15-30 min; acetaminophen",
                f"sickle cell pain: rapid analgesia (NICE CG143 2012 1.1.1: within "
                f"30 min; {src})",
                r"morphine|hydromorphone|fentanyl|opioid",
            )
        )
    out.append(
        _req(
            "diagnostic",
            "CBC with reticulocyte count, type and screen (extended red cell "
            "phenotype), creatinine",
            f"haemolysis, aplasia and transfusion ({src})",
            r"reticulocyte",
        )
    )
    if fever:
        out.append(
            _req(
                "medication",
                "blood culture, then IV ceftriaxone without delay",
                f"fever >= {FEVER_SCD_C:g} C with functional asplenia ({src})",
                r"ceftriaxone|cefotaxime",
            )
        )
    if cough:
        out.append(
            _req(
                "diagnostic",
                "chest x-ray (acute chest syndrome)",
                "a cough in sickle cell disease: the x-ray shows or excludes a new "
                "infiltrate (BSH 2015 acute chest syndrome, Howard J et al.)",
                r"chest x-?ray|cxr",
            )
        )
    if chest:
        bsh = "BSH 2015 acute chest syndrome (Howard J et al. Br J Haematol)"
        out += [
            _req(
                "diagnostic",
                "chest x-ray (acute chest syndrome)",
                f"new infiltrate with chest symptoms or fever ({bsh})",
                r"chest x-?ray|cxr",
            ),
            _req(
                "medication",
                "acute chest syndrome: IV cephalosporin plus a macrolide, oxygen to "
                "SpO2 >= 95 %, incentive spirometry",
                bsh,
                r"incentive spirometry",
            ),
        ]
    if sequestration:
        out.append(
            _req(
                "procedure",
                "acute splenic sequestration: IV fluid bolus and urgent red cell "
                "transfusion in small aliquots (about 5 mL/kg; aim no higher than the "
                "baseline Hb: the spleen returns blood); paediatric/critical care",
                f"enlarging spleen with a falling Hb ({src})",
                r"splenic sequestration|transfus",
            )
        )
    out.append(
        _req(
            "consult",
            "haematology now (transfusion: simple or exchange)"
            if chest or sequestration
            else "haematology",
            src,
            r"haematolog|hematolog",
        )
    )
    return out


_ORGAN_BEYOND_BRAIN: Final = (
    r"papill?o?edema|papilledema|retinal h(?:a)?emorrhag\w*|flame h(?:a)?emorrhag\w*|"
    r"cotton[- ]wool|hypertensive retinopathy|pulmonary (?:o)?edema|"
    r"acute kidney injury|\baki\b"
)
_END_ORGAN: Final = _rx(
    rf"{_ORGAN_BEYOND_BRAIN}|encephalopath\w*|confus\w*|blurr\w* vision|"
    r"visual (?:loss|disturbance)|seizur\w*|drows\w*|somnolen\w*|letharg\w*|"
    r"obtunded"
)
"""Acute end-organ damage that makes severe hypertension an emergency (Whelton PK et
al. 2017 ACC/AHA hypertension guideline, section 11.2: encephalopathy, retinopathy,
pulmonary oedema, acute kidney injury); hypertensive encephalopathy is somnolence,
lethargy, seizures or cortical blindness (Williams B et al. ESC/ESH 2018 section 11.1:
dx34, a drowsy patient at 228/134 was worked up as gastroenteritis). Chest pain or
breathlessness alone is not read as end-organ damage here: ACS and dissection are
worked up on their own protocols and BP targets first."""
_ORGAN_BEYOND_SEIZURE: Final = _rx(
    rf"{_ORGAN_BEYOND_BRAIN}|blurr\w* vision|visual (?:loss|disturbance)"
)
"""End-organ damage a convulsion does not explain. Blood pressure rises during and
after a generalised seizure (the ictal sympathetic surge: Nass RD et al. Front Neurol
2019;10:501), and the postictal state is drowsy and confused, so a seizure with its
confusion cannot tell hypertensive encephalopathy from the seizure's own effect: the
seizure is treated first (Glauser T et al. AES 2016) and the pressure re-measured,
not lowered by 25 %; retinal, visual, pulmonary or renal damage still makes it an
emergency (eclampsia has its own pathway, ACOG PB 222)."""
_CONVULSION: Final = _rx(r"seizur\w*|convuls\w*|tonic[- ]clonic|post-?ictal")
_OWN_BP_TARGET: Final = _rx(
    r"weakness|facial droop|slurred speech|aphasi\w*|hemipar\w*|focal (?:neuro\w* )?"
    r"deficit|stroke|tearing|ripping|dissection|thunderclap|worst headache"
)
"""Stroke, intracranial haemorrhage and aortic dissection have their own BP targets
(AHA/ASA 2019 and 2022; ACC/AHA 2022 aortic disease): the generic 25 % rule does not
apply."""
_HEAD_INJURY: Final = _rx(
    r"head (?:injur\w*|trauma|strike)|(?:hit|struck|bang\w*|bump\w*) (?:\w+ ){0,4}"
    r"head|traumatic brain injury|\btbi\b|skull fracture|scalp (?:h(?:a)?ematoma|"
    r"laceration|wound)"
)
"""A head injury: confusion after it is the injury's, and a high pressure with a slow
pulse is the Cushing response to raised intracranial pressure. Its BP target is a
floor (SBP >= 100-110 mmHg: Carney N et al. Brain Trauma Foundation 4th ed. 2017),
not a lowering (ATLS 10th ed. ch. 6)."""
SEVERE_HYPERTENSION: Final = (180.0, 120.0)
"""ACC/AHA 2017: hypertensive crisis at SBP > 180 or DBP > 120 mmHg."""
_BILATERAL_CRACKLES: Final = _rx(
    r"(?:bi-?basal|bibasilar|bilateral|widespread) (?:fine )?(?:crackles|crepitations|"
    r"rales)|(?:crackles|crepitations|rales) (?:bi-?basally|bilaterally|at both bases|"
    r"(?:at|to) (?:both )?(?:mid[- ]?zones|apices))"
)
"""Crackles at both bases or higher: beside a crisis-range pressure and no fever, the
lungs' congestion, hypertensive acute heart failure (McDonagh TA et al. ESC 2021 heart
failure 11.2: hypertensive pulmonary oedema, vasodilators first; Williams B et al.
ESC/ESH 2018 table 29: acute pulmonary oedema is hypertensive-emergency organ damage).
cardio42: 226/128 with bibasal crackles, chest pain and a raised troponin got a
sublingual nitrate only."""


def hypertensive_emergency(view: StageView, pop: Population) -> list[Required]:
    """ACC/AHA 2017: severe hypertension with acute end-organ damage.

    A titratable IV agent lowering SBP by no more than 25 % in the first hour, then
    to 160/100-110 over 2-6 h; end-organ tests. A woman who may be pregnant (status
    unknown) gets the pregnancy test first: a positive one makes this pre-eclampsia
    (magnesium, obstetrics; ACOG PB 222), and some agents are contraindicated.
    Stroke, haemorrhage and dissection keep their own targets (``_OWN_BP_TARGET``),
    and so does a head injury or an intracranial bleed (``_HEAD_INJURY``: BTF 2017).
    """
    v = view.vitals
    sbp, dbp = v.systolic_bp or 0.0, v.diastolic_bp or 0.0
    if not (sbp > SEVERE_HYPERTENSION[0] or dbp > SEVERE_HYPERTENSION[1]):
        return []
    if pop.pregnancy == "pregnant":
        return []  # hypertensive_pregnancy: ACOG thresholds and agents
    texts = visible_texts(view)
    congested = asserted(_BILATERAL_CRACKLES, texts) and not (
        v.temperature_c is not None and v.temperature_c >= 38.0
    )
    if not (asserted(_END_ORGAN, texts) or congested) or asserted(
        _OWN_BP_TARGET, texts
    ):
        return []
    if asserted(_CONVULSION, texts) and not asserted(_ORGAN_BEYOND_SEIZURE, texts):
        return []  # ictal or postictal pressure: treat the seizure first (AES 2016)
    if asserted(trauma.INTRACRANIAL_BLEED, texts) or injury_now(_HEAD_INJURY, texts):
        return []
    if medical.cord_injury_above_t6(view):
        return []  # autonomic dysreflexia: the trigger first (neuro31; PVA 2001)
    src = "Whelton PK et al. 2017 ACC/AHA hypertension guideline"
    out: list[Required] = []
    if (
        pop.sex != "M"
        and pop.pregnancy == "unknown"
        and pop.pregnancy_possible
        and pop.age_within(years(12), years(56) - 1) is not False
    ):
        out.append(
            _req(
                "diagnostic",
                "urine hCG now (positive: treat as pre-eclampsia with magnesium and "
                "obstetrics)",
                "severe hypertension in a woman who may be pregnant (ACOG PB 222)",
                r"hcg|pregnancy test",
            )
        )
    out += [
        _req(
            "medication",
            "titratable IV antihypertensive chosen by the organ (nitroglycerin "
            "for pulmonary oedema; labetalol or nicardipine for encephalopathy or "
            "retinopathy): lower SBP by no more than 25 % in the first hour, then "
            "to 160/100-110 over 2-6 h",
            f"BP {sbp:g}/{dbp:g} with acute end-organ damage ({src})",
            r"nicardipine|labetalol|clevidipine|hydralazine|nifedipine|esmolol",
        ),
        _req(
            "diagnostic",
            "ECG, troponin, creatinine and electrolytes, urinalysis, CBC",
            f"end-organ damage ({src})",
            r"troponin",
        ),
    ]
    return out


STROKE_SEVERE_BP: Final = (220.0, 120.0)
"""AHA/ASA 2019 acute ischaemic stroke 3.3.3: BP >= 220/120 is lowered (by about 15 %
in the first 24 h) even without reperfusion treatment."""
_STROKE_DX: Final = _rx(r"cerebral infarction|intracerebral hemorrhage")


def stroke_hypertension(
    view: StageView, pop: Population, ledger: Sequence[DifferentialEntry]
) -> list[Required]:
    """A suspected acute stroke with BP >= 220/120: an IV agent and its targets.

    Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke 3.3: at 220/120 or more the
    pressure is lowered by about 15 % in the first 24 h (3.3.3), and below 185/110
    before any reperfusion treatment (3.3.1, class I); Greenberg SM et al. AHA/ASA
    2022 ICH 5.2: SBP 140 once imaging shows a haemorrhage. Before imaging tells an
    infarct from a bleed (ICH 3.1) both stay open, so the generic 25 % rule of a
    hypertensive emergency does not apply (``_OWN_BP_TARGET``) and, while the lytic
    is held for the open haemorrhage, nothing else orders the pressure down (real33).
    """
    v = view.vitals
    sbp, dbp = v.systolic_bp or 0.0, v.diastolic_bp or 0.0
    if not (sbp >= STROKE_SEVERE_BP[0] or dbp >= STROKE_SEVERE_BP[1]):
        return []
    if _child(pop) or pop.pregnancy == "pregnant":
        return []  # children: no such target; pregnancy: ACOG's thresholds
    if not any(
        _STROKE_DX.search(e.diagnosis) and e.status in ("cannot_exclude", "ruled_in")
        for e in ledger
    ):
        return []
    src = "AHA/ASA 2019 acute ischaemic stroke 3.3; AHA/ASA 2022 ICH 5.2"
    return [
        _req(
            "medication",
            "labetalol 10-20 mg IV over 1-2 min or nicardipine 5 mg/h IV titrated by "
            "2.5 mg/h every 5-15 min: lower BP by about 15 % over the first 24 h; "
            "below 185/110 before any reperfusion treatment; SBP 140 once imaging "
            "shows a haemorrhage",
            f"BP {sbp:g}/{dbp:g} (>= 220/120) with a suspected acute stroke ({src})",
            r"labetalol|nicardipine|clevidipine",
        )
    ]


_HIP_FRACTURE: Final = _rx(
    r"hip fracture|fractured (?:neck of )?(?:femur|hip)|(?:neck of )?femur fracture|"
    r"femoral neck fracture|intertrochanteric|\bnof\b|shortened and externally "
    r"rotated|externally rotated and shortened"
)


def hip_fracture_on_warfarin(view: StageView, _pop: Population) -> list[Required]:
    """A hip fracture on warfarin: vitamin K now so surgery is not delayed.

    NICE CG124 (surgery on the day of, or the day after, admission); AAGBI 2011 and
    Griffiths R et al. Anaesthesia 2021 (management of hip fractures): IV vitamin K
    to bring the INR below the surgical threshold within hours; prothrombin complex
    only for bleeding or surgery that cannot wait (the major-bleeding pathway).
    """
    texts = visible_texts(view)
    vka = reversal.agent("vka")
    if not (asserted(_HIP_FRACTURE, texts) and asserted(vka.names, texts)):
        return []
    src = "NICE CG124; AAGBI 2011 / Griffiths R et al. Anaesthesia 2021"
    return [
        _req(
            "medication",
            "vitamin K 1-5 mg IV now so the INR does not delay surgery; recheck INR "
            "at 4-6 h",
            f"hip fracture on warfarin: surgery within 36 h ({src})",
            r"vitamin k|revers",
        )
    ]


_CRITICAL_SITE_BLEED: Final = _rx(
    r"(?:retroperitoneal|intracranial|intracerebral|subdural|subarachnoid|epidural|"
    r"extradural|intraspinal|pericardial|intra-?articular|intraocular|rectus sheath|"
    r"(?:ilio-?)?psoas)\s+(?:hemorrhag\w*|haemorrhag\w*|hematoma|haematoma|bleed\w*)|"
    r"h(?:a)?emopericardium|h(?:a)?emarthrosis"
)
"""Bleeding in a critical site: major bleeding whatever the haemoglobin (ISTH; ACC
2020 ECDP on bleeding in patients on oral anticoagulants)."""


def bleeding_on_anticoagulant(view: StageView, pop: Population) -> list[Required]:
    """Major bleeding on an anticoagulant: reverse by the drug, measure its effect.

    Major bleeding (ACC 2020 ECDP, Tomaselli GF et al. JACC 2020;76:594): bleeding in
    a critical site, or bleeding with haemodynamic instability. The reversal order is
    named generically here and resolved to the documented drug's agent by
    ``agents.reversal.resolve`` in the safety layer (an unnamed anticoagulant: find
    out which first).
    """
    texts = visible_texts(view)
    if not reversal.on_anticoagulant(texts):
        return []
    v = view.vitals
    unstable = (
        v.systolic_bp is not None and v.systolic_bp < hypotension_sbp(pop)
    ) or abnormal_shock_index(v.heart_rate, v.systolic_bp, pop) is not None
    critical = reversal.found(_CRITICAL_SITE_BLEED, texts)
    if not (critical or (unstable and current(_BLEEDING, texts))):
        return []
    src = "ACC 2020 ECDP bleeding on oral anticoagulants; ASH 2018"
    why = "bleeding in a critical site" if critical else "bleeding with shock"
    return [
        _req(
            "medication",
            "anticoagulant reversal; hold further anticoagulant doses",
            f"major bleeding on an anticoagulant: {why} ({src})",
            r"revers|pcc\b|idarucizumab|andexanet|protamine",
        ),
        _req(
            "diagnostic",
            "INR, aPTT, anti-Xa level, fibrinogen, CBC, type and crossmatch",
            f"anticoagulant effect and transfusion ({src})",
            r"\binr\b|anti-?xa",
        ),
    ]


def _all_pathways() -> tuple[tuple[str, Pathway], ...]:
    """Every pathway with its name, in the order their orders are listed."""
    plain: tuple[Callable[[StageView, Population], list[Required]], ...] = (
        febrile_infant,
        paediatric_sepsis,
        ectopic,
        hypertensive_pregnancy,
        trauma_in_pregnancy,
        maternal_cardiac_arrest,
        sepsis_in_pregnancy,
        surgical_abdomen_in_pregnancy,
        pain_in_later_pregnancy,
        tetanus,
        self_harm,
        older_abdominal_pain,
        hypertensive_emergency,
        bilious_vomiting,
        toxic_alcohol,
        sickle_cell,
        asplenic_fever,
        bleeding_on_anticoagulant,
        hip_fracture_on_warfarin,
    )
    later: tuple[Callable[[StageView, Population], list[Required]], ...] = (
        *results.RESULT_PATHWAYS,
        *child.CHILD_PATHWAYS,
        *scrotum.SCROTUM_PATHWAYS,
        *medical.MEDICAL_PATHWAYS,
        *nutrition.NUTRITION_PATHWAYS,
        *surgical.SURGICAL_PATHWAYS,
        *trauma.TRAUMA_PATHWAYS,
        *abuse.ABUSE_PATHWAYS,
        *consent.CONSENT_PATHWAYS,
        *pressure.PRESSURE_PATHWAYS,
        *specialty.SPECIALTY_PATHWAYS,
        *tox.TOX_PATHWAYS,
        *overdose.OVERDOSE_PATHWAYS,
        *msk.MSK_PATHWAYS,
        *cardiac.CARDIAC_PATHWAYS,
        *vascular.VASCULAR_PATHWAYS,
        *respiratory.RESPIRATORY_PATHWAYS,
        *older.OLDER_PATHWAYS,
        *ceilings.CEILING_PATHWAYS,
        *pain.PAIN_PATHWAYS,
        *cns.CNS_PATHWAYS,
        *drains.DRAINS_PATHWAYS,
    )
    return (
        ("resuscitation", resuscitation),
        *((fn.__name__, _ignore_ledger(fn)) for fn in plain),
        ("severe_asthma", severe_asthma),
        ("stroke_hypertension", stroke_hypertension),
        *((fn.__name__, fn) for fn in acute.ACUTE_PATHWAYS),
        *((fn.__name__, _ignore_ledger(fn)) for fn in later),
    )


Pathway = Callable[[StageView, Population, Sequence[DifferentialEntry]], list[Required]]
"""A pathway: the orders its criteria require on this view (none: not met)."""


def _ignore_ledger(
    fn: Callable[[StageView, Population], list[Required]],
) -> Pathway:
    @functools.wraps(fn)
    def run(
        view: StageView, pop: Population, _ledger: Sequence[DifferentialEntry]
    ) -> list[Required]:
        return fn(view, pop)

    return run


PATHWAYS: Final[tuple[tuple[str, Pathway], ...]] = _all_pathways()
"""Every pathway by name (``agents.pathway_dx.ACTS_ON`` declares their diagnoses)."""
_LEDGER_FREE: Final[frozenset[str]] = frozenset(
    name for name, fn in PATHWAYS if hasattr(fn, "__wrapped__")
)
"""Pathways that read the view only (wrapped by ``_ignore_ledger`` or the acute
module's ``_with_ledger``): their verdict is shared by every stage that sees the
same text."""
Fired = tuple[tuple[str, list[Required]], ...]
_BY_CONTENT: Final[HashMemo[Fired]] = HashMemo(512)
"""The view-only pathways' verdicts by the SHA-256 of what the view shows (no text
kept): the disposition and diagnosis stages see the same note, and the treatment
stage asks for the ledger and for the orders. A request makes three views (64
entries held fewer than the demo's 41 rows' 123: a repeated request replayed every
view, perf35); a verdict is a few hundred bytes."""
_VIEW_KEY_EXCLUDE: Final = {"stage", "exposed_fields", "prior_note_keys"}
_VIEW_ONLY: Final = tuple((name, fn) for name, fn in PATHWAYS if name in _LEDGER_FREE)


_BY_READS: Final[HashMemo[list[Reuse[list[Required]]]]] = HashMemo(256)
"""The view-only pathways' verdicts by what the view shows besides its new texts
(complaint, one-liner, encounter: ``agents._reads``) and the population, each with
the answers its pathways got from the new texts: a returning patient's views of the
same stage reuse them whenever the new complaint and one-liner answer alike (a key
seen once holds no reuse: recording starts at its second sight). 256
views (~25 kB each) hold the 41 demo patients' three views with room to spare."""
_NEW_FIELDS: Final = {"chief_complaint", "one_liner", "presentation", "encounter_id"}


def reuse_key(view: StageView, pop: Population) -> bytes:
    """Digest of what ``view`` shows besides its new texts, and of the population.

    The key under which runs on the view and the population are reused when their
    reads of the new texts replay (``agents._reads.reused_runs``); whether each new
    text is shown is part of it.
    """
    new = new_texts(view)
    return digest(
        (
            *view_key_parts(view, _VIEW_KEY_EXCLUDE | _NEW_FIELDS),
            pop.model_dump_json(),
            "C" if new[0] else "-",
            "O" if new[1] else "-",
        )
    )


_LONG_FIELDS: Final = frozenset({"ed_text", "background"})
"""A view's note texts: keyed by their own digest, not dumped into the view's JSON."""


def view_key_parts(
    view: StageView, exclude: Set[str]
) -> tuple[str, bytes | None, bytes | None]:
    """What a view key hashes: the view's JSON without ``exclude`` and its note texts.

    The note texts (``ed_text``, ``background``; ~2/3 of a view's JSON) enter by
    ``text_digest``, kept per text object, so the ED note is hashed once a request
    instead of dumped to JSON and hashed again for every key (perf40). The parts
    determine the same fields as the whole dump: equal parts, equal views.
    """
    return (
        view.model_dump_json(exclude=set(exclude) | _LONG_FIELDS),
        None if view.ed_text is None else text_digest(view.ed_text),
        None if view.background is None else text_digest(view.background),
    )


def _view_only(view: StageView, pop: Population) -> Fired:
    """The view-only pathways that fire on ``view``: reused when the reads replay."""
    return tuple(
        reused_runs(
            _BY_READS, reuse_key(view, pop), view, new_texts(view), _VIEW_ONLY, pop, ()
        )
    )


def fired_pathways(
    view: StageView,
    pop: Population,
    ledger: Sequence[DifferentialEntry],
    skip: frozenset[str] = frozenset(),
) -> Fired:
    """Every pathway whose criteria are met on ``view``, with the orders it requires.

    ``pop`` is the view's population (``cases.population.view_population``). The
    view-only pathways are memoised by the content of the view (``_BY_CONTENT``)
    and, across requests, by the rest of the view and the answers they got from
    its new texts (``_BY_READS``); the few that read the ledger run on every call,
    unless named in ``skip``. Callers must not mutate the returned lists.
    """
    key = digest(view_key_parts(view, _VIEW_KEY_EXCLUDE))
    free = dict(_BY_CONTENT.get_or_compute(key, lambda: _view_only(view, pop)))
    if pop.pregnancy == "pregnant" and "ectopic" in free:
        for name in YIELD_TO_ECTOPIC:
            free.pop(name, None)
    out: list[tuple[str, list[Required]]] = []
    for name, pathway in PATHWAYS:
        if name in _LEDGER_FREE:
            if name in free:
                out.append((name, free[name]))
        elif name not in skip and (got := pathway(view, pop, ledger)):
            out.append((name, got))
    return tuple(out)


YIELD_TO_ECTOPIC: Final = frozenset({"peritonism", "surgical_abdomen_in_pregnancy"})
"""Surgical-abdomen pathways set aside while a known pregnancy may be ectopic (first
trimester or unknown gestation, no intrauterine pregnancy seen: ``ectopic`` fires):
peritonism and shock there are haemoperitoneum until the scan says otherwise, and
the ectopic pathway (ultrasound, Rh, blood, gynaecology; emergently in shock)
applies, not a general surgeon, a CT or fetal heart tones, which presume a
pregnancy in the uterus (ACOG Practice Bulletin 193, 2018; ACOG Committee Opinion
775, 2019 concerns non-obstetric surgery in an intrauterine pregnancy)."""


_CONDITION_CLAUSE: Final = re.compile(r"(?i)\b(?:if|unless|only|when|once|until)\b")


def unconditional(name: str) -> str:
    """An order's clauses that act now: conditional clauses and asides dropped.

    'hold warfarin; vitamin K 1-2.5 mg orally (IV if bleeding persists); PCC only if
    the bleed becomes major' holds warfarin and gives oral vitamin K now; it gives no
    PCC and no IV vitamin K.
    """
    plain = re.sub(r"\([^()]*\)", " ", name)
    return "; ".join(c for c in plain.split(";") if not _CONDITION_CLAUSE.search(c))


def required_orders(
    view: StageView, pop: Population, ledger: Sequence[DifferentialEntry]
) -> list[Required]:
    """Return resuscitation orders, then every population pathway that applies."""
    seen: set[str] = set()
    unique: list[Required] = []
    for _name, orders in fired_pathways(view, pop, ledger):
        for order, pattern in orders:
            if order.name.lower() not in seen:
                seen.add(order.name.lower())
                unique.append((order, pattern))
    return unique

"""Dictionary-based findings extraction with ConText-style context classification.

Concepts and their synonyms live in ``agents/offline/knowledge/findings.yaml``
(reviewable). Each mention gets one status (ConText, Harkema et al., J Biomed Inform
2009; NegEx, Chapman et al., J Biomed Inform 2001):

- ``absent``: a negation trigger ("denies", "no", "negative for", "without", ...)
  precedes it in its clause, or a post-trigger follows it ("... was negative",
  "... ruled out", "(excluded, glucose 142)"), or it is stated by a negation word of
  the knowledge base ("afebrile", "non-bilious": ``KnowledgeBase.negations``);
- ``differential``: it is listed as a possibility ("differential includes", "DDx:",
  "r/o", "concern for", "possible", "vs", "cannot rule out"): a hypothesis, never
  support;
- ``hypothetical``: conditional or future ("return if", "should he develop", return
  precautions);
- ``family``: another person's ("family history", "mother", a family-history section);
- ``historical``: past ("history of", "prior", "known", a past-history section), or a
  symptom written as resolved ("diarrhoea last week, settled"); an event whose
  resolved episode is the presentation (a TIA's deficit, a settled chest pain, a
  fever before the visit) stays ``present`` (``_TRANSIENT_EVENTS``), and a resolved
  deficit adds ``symptoms_resolved``;
- ``present`` otherwise.

Scope: a trigger reaches forward to the end of its sentence, across a coordinated list
("without pneumonia, PE, heart failure" negates all three), and stops at a termination
term ("but", "presents", "positive for", ...) or a new clause after a comma that starts
with a verb or "with" ("no fever, has chest pain"). Numeric facts are read by regex.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import Final, Literal, cast

from pydantic import BaseModel, ConfigDict

from agents.offline.knowledge.dental_block import dental_block_spans
from agents.offline.knowledge.models import ABSENT_PREFIX, KnowledgeBase
from agents.offline.rules._abpi import abpi_pad_spans
from agents.offline.rules._altitude import altitude_spans
from agents.offline.rules._angina_pattern import (
    EXERTIONAL_CHEST,
    STABLE_ANGINA,
    stable_angina_span,
    unstable_spans,
)
from agents.offline.rules._bite_site import bite_spans
from agents.offline.rules._bone_seen import (
    BONE_EXPOSED,
    bone_probe_spans,
    fracture_context,
    open_fracture_site,
)
from agents.offline.rules._chronic_limb import chronic_limb_spans
from agents.offline.rules._co_source import co_source_spans
from agents.offline.rules._complaint_label import label_reading
from agents.offline.rules._csf_scope import in_csf_sentence
from agents.offline.rules._dark_stool import darkened_stool_spans
from agents.offline.rules._dysphagia_weeks import (
    PROGRESSIVE_DYSPHAGIA,
    dysphagia_over_weeks_span,
)
from agents.offline.rules._excluding_test import unfit_exclusion
from agents.offline.rules._family_death_age import older_relative_death
from agents.offline.rules._foot_puncture import foot_puncture_spans
from agents.offline.rules._headache_onset import headache_onset_spans
from agents.offline.rules._headache_weeks import (
    HEADACHE_OVER_WEEKS,
    headache_over_weeks_span,
)
from agents.offline.rules._insulin_overdose import insulin_overdose_spans
from agents.offline.rules._lab_trend import (
    CLOCK_LABEL,
    NOT_CLOCK,
    TREND_PREFIX,
    historical_value,
    threshold_value,
)
from agents.offline.rules._lethargy_sense import fatigue_lethargy
from agents.offline.rules._lexicon import lexicon, matches, term_words
from agents.offline.rules._limb_signs import (
    limb_perfusion_spans,
    limb_sign_spans,
    stated_nihss,
)
from agents.offline.rules._mental_status_course import (
    PROLONGED_ALTERED_MENTATION,
    prolonged_altered_mentation_spans,
)
from agents.offline.rules._mention_sense import (
    joint_effusion,
    onset_of_another_pain,
    pci_not_done,
)
from agents.offline.rules._not_stroke import (
    BILATERAL_FEET_NUMBNESS,
    BILATERAL_LEG_DEFICIT,
    DEFICIT_OVER_WEEKS,
    bilateral_feet_numbness_span,
    bilateral_leg_deficit_span,
    deficit_over_weeks_span,
)
from agents.offline.rules._onset_course import (
    CHRONIC_MEMORY_LOSS,
    CHRONIC_NEURO_SYMPTOMS,
    CHRONIC_SWELLING,
    GRADUAL_ONSET,
    chronic_memory_loss_span,
    chronic_neuro_symptoms_span,
    chronic_swelling_span,
    gradual_onset_span,
)
from agents.offline.rules._penetrating import penetrating_site_spans
from agents.offline.rules._pressure_reproduced import pressure_reproduced_spans
from agents.offline.rules._prodrome import viral_prodrome_spans
from agents.offline.rules._raised_icp import (
    HEADACHE_RAISED_ICP,
    cough_aggravator_spans,
    raised_icp_spans,
)
from agents.offline.rules._recurrent_swelling import recurrent_swelling_spans
from agents.offline.rules._rigidity_site import penile_rigidity, rigidity_site
from agents.offline.rules._seizure_course import seizure_course_spans
from agents.offline.rules._site_pain import site_pain_spans
from agents.offline.rules._skin_extent import erythroderma_extent_spans
from agents.offline.rules._symptom_weeks import CHRONIC_COUGH, chronic_cough_span
from agents.offline.rules._tense_ascites import tense_ascites_spans
from agents.offline.rules._this_pregnancy import (
    INTRAUTERINE_PREGNANCY,
    scan_of_this_pregnancy,
)
from agents.offline.rules._travel import (
    dengue_travel_spans,
    enteric_travel_spans,
    malaria_travel_spans,
    vhf_travel_spans,
)
from agents.offline.rules._valued_mention import normal_value_after
from agents.offline.rules._venous_limb import venous_limb_spans
from agents.offline.rules._worded_signs import after_birth_days, worded_sign_spans
from agents.offline.rules._wound_infection import traumatic_wound_infected_spans
from agents.offline.rules._wound_site import wound_site_spans
from agents.offline.rules.antibiotic_course import (
    RECENT_ANTIBIOTICS,
    antibiotic_course_spans,
)
from agents.offline.rules.burn_extent import burn_band_spans
from agents.offline.rules.burn_site import burn_depth_spans, burn_site_spans
from agents.offline.rules.chemical_eye_words import chemical_eye_spans
from agents.offline.rules.chronic_breathlessness import (
    CHRONIC_BREATHLESSNESS_CUES,
    chronic_breathlessness_spans,
)
from agents.offline.rules.compartment_words import (
    PASSIVE_STRETCH,
    TENSE_COMPARTMENT,
    UPPER_LIMB_COMPARTMENT,
)
from agents.offline.rules.decompression_words import (
    CHEST_DECOMPRESSED,
    DECOMPRESSION_CUES,
)
from agents.offline.rules.dental_injury_words import TOOTH_KNOCKED_OUT
from agents.offline.rules.detachment_extent import detachment_spans
from agents.offline.rules.digit_amputation_words import digit_amputation_spans
from agents.offline.rules.disproportion import BENIGN_ABDOMEN, SEVERE_PAIN
from agents.offline.rules.drain_words import (
    BILIARY_PROBLEM,
    CHEST_DRAIN_DISPLACED,
    CHEST_DRAIN_PROBLEM,
    DRAIN_CUES,
    DRAIN_DISPLACED,
    DRAIN_INFECTED,
    NEPHROSTOMY_PROBLEM,
)
from agents.offline.rules.exposure import (
    EXPOSURE_CONCEPTS,
    overdose_worded,
    supratherapeutic,
    therapeutic_use,
)
from agents.offline.rules.flail_words import flail_spans
from agents.offline.rules.gcs_words import gcs_changed_to, gcs_swing_worst
from agents.offline.rules.groin_pulse_words import pulsatile_groin_spans
from agents.offline.rules.head_strike_weeks import (
    HEAD_INJURY_WEEKS_AGO,
    head_injury_weeks_ago_span,
)
from agents.offline.rules.intent_undetermined import intent_undetermined_spans
from agents.offline.rules.itch_words import SCABIES_HISTORY
from agents.offline.rules.joint_signs import HOT_JOINT
from agents.offline.rules.labour_words import false_labour_spans
from agents.offline.rules.late_infarct import (
    LATE_INFARCT_CUES,
    reperfusion_window_passed_spans,
)
from agents.offline.rules.limb_artery_words import limb_artery_spans
from agents.offline.rules.loc_duration import brief_loc_spans
from agents.offline.rules.open_globe_words import open_globe_spans
from agents.offline.rules.pain_rating import NOW_CUE, SEVERE_PAIN_NRS, WORDED_RATING
from agents.offline.rules.passive_ideation import passive_ideation_spans
from agents.offline.rules.pci_delay import PCI_CUES, pci_delayed_spans
from agents.offline.rules.peds_signs import peds_sign_spans
from agents.offline.rules.post_operative import post_operative_spans
from agents.offline.rules.retrograde_amnesia import retrograde_amnesia_spans
from agents.offline.rules.rib_count import rib_fracture_spans
from agents.offline.rules.scan_wait import SCAN_CUES, scan_delayed_spans
from agents.offline.rules.self_harm_intent import self_harm_intent_spans
from agents.offline.rules.sensory_level_words import (
    SENSORY_LEVEL,
    TRUNK_SENSORY_LEVEL,
)
from agents.offline.rules.sentence import sentence_end, sentence_start
from agents.offline.rules.skin_lesion_words import PUNCHED_OUT_LESIONS, VESICLES_ON_V1
from agents.offline.rules.spine_level_words import THORACOLUMBAR_TENDERNESS
from agents.offline.rules.stopped import planned, stopped
from agents.offline.rules.syncope_history import PALPITATION_SYNCOPE, SUPINE_SYNCOPE
from agents.offline.rules.tonsil_bleed import RECENT_TONSILLECTOMY, TONSIL_BED_BLEEDING
from agents.offline.rules.uterine_force_words import FORCE_TO_TRUNK
from agents.offline.rules.vestibular_words import vestibular_spans
from cases.memo import HashMemo, RecentByIdentity, text_digest
from cases.number_words import number_value
from cases.rx import guarded, scan
from cases.vitals import temperature_readings, worded_rates

__all__ = [
    "DANGEROUS_FALL_M",
    "FALL_HEIGHT",
    "Finding",
    "FindingStatus",
    "another_persons",
    "case_glucose_unit",
    "context_status",
    "dated_past",
    "extract_findings",
    "extract_measurements",
    "fall_metres",
    "glucose_mg_dl",
    "label_reading",
    "may_name",
    "negative_prefix",
    "plain_quotes",
    "sign_findings",
    "stated_glucose_unit",
    "stated_nihss",
]

FindingStatus = Literal[
    "present", "absent", "historical", "family", "hypothetical", "differential"
]
"""``present`` / ``absent`` / ``historical`` feed the facts; the other three never
count as support for (or against) anything."""


class Finding(BaseModel):
    """One concept mention in a text, with its status and character span."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    concept: str
    status: FindingStatus
    text: str
    start: int
    end: int


_TYPOGRAPHIC: Final = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"'}
)


def plain_quotes(text: str) -> str:
    """Typographic quotes as ASCII, one character for one (offsets are kept).

    Typeset narratives (handbook vignettes, case reports) write "couldn\u2019t see" and
    "can\u2019t move"; the lexicon and the triage patterns are written with "'".
    A text without them is returned as it is (a substring test per quote is far
    cheaper than translating every character).
    """
    if not any(q in text for q in _TYPOGRAPHIC_QUOTES):
        return text
    return text.translate(_TYPOGRAPHIC)


_TYPOGRAPHIC_QUOTES: Final = tuple(chr(c) for c in _TYPOGRAPHIC)


_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"

_NEG_PRE = (
    r"no|not|never|neither|denies|denied|deny|denying|negative for|neg for|without|w/o|"
    # dx31: "chest clear of consolidation", "lungs clear of crackles" (as "free of")
    r"free of|clear of|absence of|no evidence of|no signs? of|no history of|no hx of|"
    r"no h/o|ruled out for|rules out for|fails to reveal|unremarkable for|"
    r"does not have|did not have|doesn't have|resolution of|"
    # readers52: a judgement against the criteria ("doesn't fit the criteria for
    # sepsis", "didn't meet SIRS criteria": medspaCy's "not" reads spaCy's "n't")
    r"(?:does|did|do)n't (?:meet|fit|fulfil+|satisfy)|"
    # a judgement against the disease before it: "unlikely to be appendicitis",
    # "unlikely to represent PE" (ConText "unlikely"; medspaCy "not to be")
    r"unlikely to (?:be|represent)|"
    # a result or an examination that excludes a finding: "exploration excludes
    # tendon laceration", "ruled out fracture" (NegEx pre-negation "rules out")
    r"excludes|excluded|ruled out|rules out|"
    # a list label of the negatives: "Pertinent negatives: fever, neck stiffness"
    r"(?:pertinent\s+)?negatives\s*:|pertinent\s+negative\s*:|"
    # British and Australian notes: "nil vomiting, nil diarrhoea" (nil = none)
    r"nil"
)
_UNCERTAIN_NEG = (
    r"(?:can ?not|can't|could not|couldn't|did not|didn't) (?:be )?(?:rule[sd]? out|"
    r"exclude[sd]?)|not (?:been )?(?:ruled out|excluded)|unable to (?:rule out|exclude)"
)
"""A test that could not exclude a disease leaves it possible ("cannot exclude
pneumothorax", "could not rule out MI"; medspaCy ConText POSSIBLE_EXISTENCE "did not
rule out", "may be ruled out")."""
_PSEUDO = (
    r"no increase|no (?:significant |real |major |further )?change|not only|not just"
    r"|not merely|not simply|no sooner|no further|not certain|gram negative|"
    r"without difficulty|not limited to|no longer than|non-?contrast|no acute distress|"
    # a treatment that failed, not a treatment denied: "pain not controlled with home
    # oxycodone", "no relief from paracetamol" (the drug was taken)
    r"not (?:well |adequately |fully |completely )?(?:controlled|relieved|helped|"
    r"improved|settled|managed|responding|responsive)(?: \w+)? (?:with|by|on|to)|"
    r"no (?:relief|improvement|response) (?:with|from|on|to|despite|of|in|after"
    # readers46: "no improvement after three nebs" (NegEx / medspaCy PSEUDO "no
    # improvement"): the treatment failed; the list after it is not denied
    r"|following)|"
    r"no doubt|"
    # readers53 (trauma53's request): an amnesia for the event asserts the event ("does
    # not remember the fall", "no memory of the accident": NICE NG232 1.4 amnesia)
    r"(?:does not|doesn't|did not|didn't|cannot|can't|can not|could not|couldn't"
    r"|unable to) (?:remember|recall)|no (?:memory|recollection|recall) of|"
    # "collapsed without warning" is a sudden onset (no prodrome), not a trigger that
    # negates the list after it ("..., brief loss of consciousness, palpitations")
    r"(?:without|with no|no) (?:any )?(?:warning|forewarning)|"
    # readers50: an inability named by what it needs ("cannot walk without falling",
    # "unable to stand without support") asserts the inability; the "without" negates
    # nothing after it ("..., vomiting": NegEx pseudo-trigger, Chapman 2001)
    r"(?:cannot|can't|can not|could not|couldn't|unable to|not able to)\s+(?:walk|stand"
    r"|sit|mobili[sz]e)\s+without(?=\s+(?:falling|toppling|veering|support|help"
    r"|assistance|holding on))|"
    # a scan finding of its own (findings.yaml no_intrauterine_pregnancy), not a
    # negation of the next item: "no IUP, free fluid in the pelvis" (ACEP 2017)
    r"no (?:definite |evidence of (?:an? )?)?(?:intrauterine (?:pregnancy|gestation"
    r"(?:al sac)?)|iup)|"
    # peds55: a sleeplessness told ("not slept for 3 nights", "hasn't slept", "not
    # sleeping") asserts it; it denies nothing after it (NegEx pseudo-trigger, Chapman
    # 2001): "Not slept for 3 nights, agitated, ... the nurses are poisoning her" lost
    # the agitation and the delusion of a postpartum psychosis (NICE CG192)
    r"(?:not|n't|never) (?:slept|been sleeping|sleeping)|"
    # "nil by mouth" is an order, "nil of note" closes its own statement
    r"nil (?:by mouth|per os|orally|else|(?:else )?of note|significant)|"
    # a templated answer closing its own item, not a trigger for the next one:
    # "fever - no, vomiting - yes", "chest pain: denied, palpitations: yes"
    r"(?:no|nil|denies|denied)(?=[ \t]*[,;.\n])|" + _UNCERTAIN_NEG
)
_DDX_PRE = (
    r"differential(?: diagnosis| diagnoses| dx)?(?: includes?| including| is| of)?|"
    r"ddx|r/o|rule out|to rule out|ruling out|evaluate for|eval for|evaluation for|"
    # readers54 (peds54's request): a working or provisional diagnosis is the
    # hypothesis under test, not a result (ConText POSSIBLE_EXISTENCE; RCOG GTG 37b:
    # "working diagnosis PE" keeps the LMWH until imaging excludes it)
    r"(?:working|provisional|presumptive) (?:diagnosis|dx)(?: is| of)?|"
    # dx35: an impression's "exclude SAH" is the question, not the answer (ConText
    # POSSIBLE_EXISTENCE "rule out"; Harkema H et al. J Biomed Inform 2009;42:839):
    # "excludes" / "excluded" stay a result's negation
    r"exclud(?:e|ing)(?![a-z])|exclusion of|"
    r"concern for|concerning for|worrisome for|worry for|suspicion for|suspicious for|"
    r"question of|questionable|possible|possibly|probable|may represent|vs\.?|versus|"
    r"consider|considering|considered|query|queried|concerned (?:for|about|that)|"
    # The patient's own belief or fear ("I think I'm having a stroke", "worried she
    # has a blood clot") is why they came, not an asserted finding: ConText's
    # possible existence (Harkema H et al. J Biomed Inform 2009;42:839).
    r"(?:thinks?|thought|believes?|believed|feels? like|felt like)\s+(?:that\s+)?"
    r"(?:i|i'm|i am|he|she|they|he's|she's|they're|it's|it is|the patient|pt)|"
    r"(?:worried|worries|afraid|scared|fearful|fears?|feared)\s+(?:about|of|for|that)|"
    # an uncertain history: "not certain whether she had a seizure" (possible)
    r"(?:not (?:certain|sure|clear)|unsure|uncertain|unclear) (?:whether|if)|"
    # toxpsych39: what the patient cannot say is not asserted ("cannot say whether
    # he meant to harm himself": ConText POSSIBLE_EXISTENCE; Harkema 2009)
    r"(?:cannot|can't|could not|couldn't|unable to|not able to) (?:say|tell|state|"
    r"remember|recall)(?: [\w']+){0,6}? (?:whether|if)|"
    # a stated doubt keeps the disease possible ("doubt PE", "doubtful for
    # appendicitis": medspaCy ConText POSSIBLE_EXISTENCE "doubt")
    r"(?<!no )doubt(?:ful)?(?: for| of)?|" + _UNCERTAIN_NEG
)
_DDX_POST = re.compile(
    r"(?i)^\W{0,3}(?:vs\.?|versus|(?:is |was )?(?:less likely|not (?:been )?"
    r"(?:ruled out|excluded)|cannot be (?:ruled out|excluded)|on the differential|"
    r"considered|equivocal|indeterminate|questionable))(?![A-Za-z0-9])"
)
_HYPO_PRE = (
    r"if|should|return precautions?|return to (?:the )?(?:ed|er|emergency)|"
    r"in case of|unless|watch for|monitor for|call for|may develop|at risk for|"
    # Return advice and a discussed risk are future events, not findings (ConText
    # hypothetical triggers "return for", "risk of"; Harkema 2009): "return for
    # vomiting", "the risk of GI bleeding on apixaban". "risk factors for PE: recent
    # surgery" is no trigger (the factors are the patient's).
    r"(?:return|come back|go to (?:the )?(?:ed|er|emergency)) (?:for|with)|"
    r"risks? (?:of|for)|"
    # a goal of the plan, not a finding: "temperature control to prevent fever",
    # "avoid hypotension", "avoidance of hyperoxia" (ConText hypothetical; AHA 2020
    # post-cardiac arrest care states its targets so)
    r"prevent|to prevent|prevention of|avoid|avoidance of|"
    # infect55: the subject of the advice asked for ("wants advice on HIV and
    # pregnancy" after a split condom) is a question, not a finding (ConText
    # hypothetical; a split condom read HIV and a pregnancy as present)
    r"(?:advice|information|counsell?ing|guidance) (?:on|about|regarding)"
)
_NEG_POST = (
    r"(?:(?:has|have|had)\s+(?:now\s+|since\s+)?)?"
    r"(?:is|was|were|are|been|:|\()?\s*(?:negative|neg|ruled out|absent|not present|"
    r"not seen|none|unlikely|denied|resolved|excluded|-\s?ve"
    # readers52: "sepsis criteria not met", "criteria for sepsis are not fulfilled"
    # (the criteria judged against the disease: SSC 2021 screens by criteria)
    r"|criteria\s+(?:(?:are|were|is|was)\s+)?not\s+(?:met|fulfil+ed|satisfied)"
    # readers46: the examiner's act named before its result: "pressing on the sternum
    # does not reproduce it" (NegEx post-negation; AHA/ACC 2021 4.1.1)
    r"|(?:does|did|do)\s+not\s+reproduce|(?:does|did)n't\s+reproduce"
    r"|fail(?:s|ed)?\s+to\s+reproduce"
    # readers47: the denial after a relative pronoun ("pressing on the chest wall,
    # which did not reproduce the pain": NegEx post-negation, Chapman 2001)
    r"|(?:which|that)\s+(?:(?:does|did|do)\s+not|(?:does|did)n't|fail(?:s|ed)?\s+to)"
    r"\s+reproduce)"
)
_ANSWER_POST = re.compile(
    r"(?i)^(?:\s+(?:use|user|abuse|history|hx))?\s*[:=?-]\s*"
    r"(?:no|nil|none|neg|negative|denies|denied|absent)"
    r"(?:\s+(?:new|acute|today|now|currently|noted|reported|seen|documented"
    r"|of note|overnight))?(?=\s*(?:[,.;)]|$))"
)
"""A templated review of systems or social history answers each item after a colon,
a dash or its question mark: "Fever: no.", "IV drug use? no", "Alcohol use: none",
"Chest pain: denies.", "Diarrhoea: nil", "vomiting - no,", "SOB: neg", "Confusion:
nil new." (the answer closes the item; NegEx post-negation)."""
_CHECKLIST_ANSWER: Final = re.compile(
    r"(?i)^[ \t]+(?:no|nil|none)(?=[ \t]*(?:[,;)]|\.(?!\d)|$))"
)
"""A checklist answers its item after a space ("Confusion no, Urea 9, RR 32",
"Fever no, neck stiffness no."): the answer, closed by the item's comma or the
sentence end, is a post-posed negation of the item before it (NegEx post-negation,
Chapman WW et al. J Biomed Inform 2001;34:301; the CURB-65 items are listed so: Lim
WS et al. Thorax 2003;58:377). medspaCy's default "no" is FORWARD only; here a "no"
closed by its comma is a pseudo-trigger (``_PSEUDO``), so it reaches no further item.
"Confusion no better", "no longer" continue the clause and are not answers."""
_NEXT_ITEM_NEGATED = re.compile(
    r"(?i)^\s*,\s*(?:absent|negative|neg)\s+(?!(?:today|now|currently|on|at|in|"
    r"bilaterally|throughout|since|and|or|but|per|by|this|again)\b)[a-z]"
)
"""A negated next item of a list, not a post-negation of this one: "rebound
tenderness, absent bowel sounds", "calf tenderness, negative Homans sign", "nausea,
negative for vomiting", "+CP, neg palpitations" (the trigger modifies the words after
it); "rebound, absent."
and "fever, absent today" stay post-negations (NegEx, Chapman WW et al. 2001)."""
_ABSENT_BEFORE: Final = re.compile(
    r"(?i)^\W{0,3}(?:(?:is|was|were|are|has been|had been)\s+)?"
    r"(?:not present|not seen|absent|not there)\s+(?:(?:on|in|from)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?(?:(?:previous|prior|old|older"
    r"|earlier|last|baseline)(?![A-Za-z0-9])|(?:19|20)\d\d(?!\d)|(?:ecg|ekg|film|scan"
    r"|ct|mri|x-?ray|cxr|imaging|study|tracing)s?\s+(?:of|from|in)\s+(?:19|20)\d\d(?!\d))"
    r"|(?:previously|before|at baseline)(?![A-Za-z0-9]))"
)
"""A comparison with an earlier study, not a post-negation: "new LBBB, not present on
the ECG of 2022", "ST depression, not seen on the previous ECG", "a mass, absent in
2019" state the finding new now (ConText HISTORICAL/NEGATED scope: the trigger's
object is the earlier study; ESC 2023 ACS: a new LBBB with ischaemic symptoms is
managed as a STEMI). "not present on the repeat ECG" stays a negation (the study of
now)."""
_NON_PRE = re.compile(r"(?i)(?<![A-Za-z0-9])non[- ]?$")
"""A negative prefix on the mention itself: "non-bilious vomiting", "non-tender
abdomen" (NegEx reads "non" as a pre-negation of the next word)."""


def negative_prefix(text: str, start: int) -> bool:
    """Whether the mention at ``start`` carries a "non-" prefix ("non-bilious").

    For readers of their own patterns: a pattern that means the "non-" word names it
    ("non-blanching") and so starts at "non", never after it.
    """
    return _NON_PRE.search(text, max(0, start - 4), start) is not None


_NEGATIVE_PRE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?<!gram )(?<!gram-)(?:negative|neg|-ve)\s+$"
)
"""A sign or test named as negative before it: "negative Murphy's sign", "negative
Kernig sign", "negative flu swab" state the finding absent, as "Murphy's sign
negative" does (NegEx post-negation turned round; Chapman WW et al. 2001). A
lexicon term that holds the word itself ("negative D-dimer", "negative troponin")
is the longer match and never reaches this."""
_NEGATIVE_KEPT: Final = re.compile(
    r"(?i)(?:[tpu][- ]?waves?|pressure|inotrop|predictive|feedback)(?![A-Za-z])"
)
"""Where "negative" is the finding's own quality: "negative T waves" are inverted
ones, "negative pressure pulmonary oedema" is an oedema."""
_FREE_POST = re.compile(
    r"(?i)^-?\s?free(?![A-Za-z0-9])(?!\s+(?:air|fluid|gas|flap|wall|water)\b)"
)
"""A negative suffix: "seizure-free", "chest pain-free" ("free air" is a finding)."""
_HIST_PRE = (
    r"history of|hx of|h/o|hx|pmh|pmhx|past medical history|prior|previous|"
    r"previously|remote|known|in the past|usually|normally|chronically|at baseline|"
    # An allergy list records past reactions ("Allergy: penicillin - anaphylaxis"),
    # not the present illness (FHIR AllergyIntolerance.reaction is history).
    r"allerg(?:y|ies)\s*[:(-]|allergic to|drug allerg(?:y|ies)"
)
"""Past or habitual state ("usually unresponsive", "at baseline bedbound") is history,
not a new finding (ESI v4 handbook ch.4: *new* confusion/lethargy/unresponsiveness)."""
_USUAL_SELF_PRE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:his|her|their|the patient'?s|pt'?s) (?:usual|normal"
    r"|typical|ordinary) (?:\w+ )?$"
)
_USUAL_SELF_POST: Final = re.compile(r"(?i)^\s*self(?![A-Za-z0-9])")
"""A state named as the patient's usual self ("her usual confused self", "his normal
sleepy self"): the baseline, not a new finding (ESI v4 handbook ch.4: *new*
confusion, lethargy or disorientation; CTAS grades the level of consciousness against
the patient's baseline)."""
_HIST_PSEUDO = (
    r"prior to|previous to|history of present illness|hx of present|"
    # readers43: "normally" after a verb is the manner of today's behaviour ("acting
    # normally, GCS 15, small bruise"), not a habit ("normally walks with a frame")
    r"(?:acting|behaving|walking|eating|drinking|feeding|talking|speaking|moving"
    r"|breathing|playing|mobilising|mobilizing|weight[- ]bearing|passing urine"
    r"|voiding|interacting|responding)\s+normally"
)
_RELATIVE = (
    r"mother|father|brother|sister|sibling|siblings|mom|dad|parents?|grandmother"
    r"|grandfather|grandparents?|grandma|grandpa|aunt|uncle|cousin"
    # ConText's other experiencers beyond the family history (Harkema 2009): lay
    # and British names of parents, step-parents, spouse, partner, adult children.
    r"|mum|mummy|mommy|mama|papa|step-?(?:mother|father|mom|mum|dad)|husband|wife"
    r"|spouse|partner|boyfriend|girlfriend|son|daughter|grandson|granddaughter"
    r"|nephew|niece"
    # obpeds39: the people a child's or a pregnant woman's infection comes from
    # (RCOG Green-top 13 2015: a chickenpox contact in the same room, a classmate)
    r"|classmates?|schoolmates?|playmates?|housemates?|flatmates?|roommates?"
)
_PET = (
    r"(?:the |our |her |his |their |a )?(?:cat|cats|dog|dogs|pets?|parrot|budgie|bird)"
    r"\s+(?:is|was|are|were|seems?|seemed|has been|have been|had been|also)"
)
"""A household animal as the subject of its own state ("the cat is lethargic", "the
dogs were sleepy"): another experiencer (ConText, Harkema 2009). Sick pets are a clue
to a shared exposure such as carbon monoxide (ACEP 2017 carbon monoxide policy),
not findings of the patient."""
_SOURCE_PERSON = (
    r"(?:source|index)\s+(?:patient|individual|person|case|donor)(?:'?s)?"
    r"|source(?:'s)?(?=\s+(?:(?:is|was)\s+)?(?:known|reported|said|tested|believed"
    r"|thought)\s+(?:to|as|hiv|hep|positive|negative)|\s+(?:hiv|hep(?:atitis)?|hbv"
    r"|hcv|bbv|blood[- ]borne)(?![A-Za-z0-9]))"
    # readers53 (infect53's request): the exposure's source as a patient named after
    # "from" ("a needlestick from a patient known to have HIV", "splashed by a patient
    # with hepatitis C"): the source's status, not the exposed worker's
    r"|(?:from|by|off)\s+(?:a|an|the|another)\s+(?:known\s+)?(?:patient|person"
    r"|individual|drug user|needle user)(?=\s+(?:who\s+(?:is|has|was|had)|known\s+to"
    r"\s+(?:have|be)|with|living\s+with)(?![A-Za-z]))"
    # readers54: other patients, plural, as an exposure's possible sources ("ward had
    # patients on chemotherapy and one with HIV"): never the patient of the note
    r"|(?:other\s+)?patients(?=\s+(?:on|with|who|receiving|known|having)(?![A-Za-z]))"
)
"""The source of a body-fluid exposure ("the source patient is HIV positive", "source
known to have hepatitis C"): another experiencer (ConText, Harkema 2009). The
exposed worker's risk is the source's status (Kuhar DT et al. US PHS occupational
PEP 2013; UKHSA 2024 needlestick guidance); the worker is not HIV positive. "Source
of infection", "source is likely urinary" are no person: a person word follows, or a
bloodborne virus or a known status does."""
_FAMILY = rf"family history|family hx|fam hx|fhx|fh|{_RELATIVE}|{_PET}|{_SOURCE_PERSON}"
_OWNER = r"(?:(?:his|her|their|my|our|the|a|pt'?s|patient'?s)\s+)?"
_FAMILY_PSEUDO = (
    # The relative as companion or informant: "brought in by mother", "per mom",
    # "according to her father", "lives with his grandmother".
    rf"(?:by|per|from|with|to|according to|accompanied by)\s+{_OWNER}(?:{_RELATIVE})"
    rf"(?:\s+(?:and|or)\s+(?:{_RELATIVE}))?{_E}"
    # ... unless a relative clause describes the relative: "lives with his mother,
    # who is on chemotherapy" is the mother's (ConText experiencer).
    r"(?!\s*,?\s*(?:who|whom|whose)(?![A-Za-z0-9]))"
    # neuro32: the relative the patient speaks to is no experiencer: "asked his wife
    # the same questions over and over" is his repeated questioning (TGA).
    rf"|(?:asked|asks|asking|told|tells|telling)\s+{_OWNER}(?:{_RELATIVE}){_E}"
    r"(?!\s*,?\s*(?:who|whom|whose)(?![A-Za-z0-9]))"
    # ... or the one who tells or acts: "mother states he has been vomiting".
    # the patient named as the relative's ("the daughter of a 67-year-old man
    # noticed ..."): the relative is the informant
    rf"|(?:{_RELATIVE})\s+of\s+(?:the|a|an|this|our|my)(?![A-Za-z0-9])"
    # The one a relative brings is the patient: "a mother brings her 3-year-old
    # daughter who has had a fever", "a daughter brings her 81-year-old mother".
    rf"|(?:(?:{_RELATIVE})\s+)?(?:brings?|bringing|brought|carr(?:y|ies|ied|ying)"
    r"|rush(?:es|ed|ing)?)"
    r"(?:\s+in)?\s+(?:his|her|their|our|my|the|a)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_RELATIVE}|child|baby|infant|boy|girl|toddler|newborn){_E}"
    rf"|(?:{_RELATIVE})(?:\s*,?\s*who)?\s+(?:states?|stated|says|said|reports?|reported|notes?|noted"
    r"|notices?|noticed|found|finds|saw|sees|witnessed|heard|called|brought|brings?"
    r"|bringing|carries|carried|rushes|rushed|gave"
    r"|gives|giving|thinks|thought|believes?|believed|is concerned|concerned"
    r"|worried|is worried|describes?|described|tried|administered|at (?:the )?bedside"
    r"|present|is here|accompanies|accompanied|felt|feels|measured|checked|observed"
    r"|tells|told|explains|explained|adds|added|confirms|confirmed|recalls|recalled"
    rf"|denies|denied|endorses|endorsed|is (?:at|by) (?:the )?bedside){_E}"
    # readers50 (peds50): the relative as the actor of the injury on the patient:
    # "Mum lifted her by the hand over a step", "dad swung him by the arms" (the
    # child's mechanism; ConText experiencer is the one it happens to, Harkema 2009)
    rf"|(?:{_RELATIVE})\s+(?:(?:had|has|then|accidentally)\s+)?(?:lifted|lifts|pulled"
    r"|pulls|swung|swings|yanked|yanks|tugged|tugs|jerked|jerks|grabbed|grabs"
    r"|picked|picks|dropped|drops|caught|catches|twisted|twists)"
    r"(?=\s+(?:up\s+)?(?:her|him|them|the\s+(?:child|baby|boy|girl|toddler|infant)"
    r"|(?:her|his|their)\s+(?:\w+\s+)?(?:arm|hand|wrist|forearm)s?)(?![A-Za-z]))"
    # Another person's object the patient took: "ate her mother's ferrous sulfate
    # tablets", "got into grandma's pill box" (possession, not family history);
    # readers51: a drug list before it ("took 40 sertraline and some of her mother's
    # amitriptyline").
    r"|(?:took|take|takes|taking|ate|eaten|eating|eats|swallowed|swallowing|ingested"
    r"|ingesting|drank|drinking|chewed|chewing|got into|found with|found in|used"
    r"|using|injected|access to)\s+(?:\w+\s+){0,7}?"
    rf"{_OWNER}(?:{_RELATIVE})'?s{_E}"
    rf"|(?:{_RELATIVE})'s\s+(?:[\w-]+\s+){{0,3}}?(?:tablets?|pills?|medications?"
    r"|medicines?|meds|drugs?|prescriptions?|supply|bottles?|box|boxes|patch(?:es)?"
    r"|inhalers?|vitamins?|capsules?|gummies|purse|bag|handbag|cabinet|gun|firearm"
    rf"|cigarettes?|vape|lighter){_E}"
)
"""Relatives who are not the experiencer (ConText pseudo-triggers; Harkema 2009): the
companion or informant of a visit and the owner of what a patient ingested. Family
history attaches to a relative's conditions, not to the relative's tablets."""
_ACTION_VERBS = (
    r"took|ingested|swallowed|overdosed|drank|injected|cut|slashed|jumped"
    r"|attempted|tried|vomited|fell|collapsed|fainted|passed out"
)
"""Past-tense actions of the patient that open a new assertion (``_ACTION_MENTION``)."""
_AND_PREDICATE: Final = re.compile(
    rf"(?i)(?<![A-Za-z0-9])and\s+(?:then\s+)?(?:{_ACTION_VERBS}|asked|repeated|kept"
    r"|became|went|said|told|started|began|developed)(?![A-Za-z])"
)
""""And" with a new past-tense verb opens a new predicate ("could not lay down new
memories and asked the same questions", "no chest pain and vomited twice"): the
negation before it ends there (ConText termination at a new clause; Harkema 2009;
NegEx, Chapman 2001). The verb may be the mention's own first word."""
_TERMINATORS = (
    # readers49: "no past history other than hypertension": an exception asserts
    r"but|however|though|although|except|apart from|aside from|other than|yet|"
    r"presents?|presenting|presented|"
    # readers50: a verb of report after an auxiliary's "not" is the denial's own verb,
    # not a new report: "does not report chest pain, dyspnoea or syncope" negates the
    # list (NegEx pre-negation "does not have", Chapman 2001; ConText, Harkema 2009)
    r"(?<!not )(?<!n't )(?<!never )(?:reports?|reporting|endorses?|complains?|admits?)|"
    r"c/o|"
    r"positive for|notable for|now|today|currently|which|who|secondary to|due to|"
    r"still|remains|and has|has had|here|here for|"
    # "concern for sepsis given fever and hypotension": the evidence is stated.
    r"given(?!\s+(?:for|to|as|with|in|at|iv|po|im)\b)|"
    # A time anchor opens a new event: "not anticoagulated, sudden pain 4 hours ago,
    # vomited" asserts the vomiting (ConText termination; Harkema 2009).
    # months too: "never smoked, 2 months of haemoptysis" dates a new complaint
    r"\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?)\s+(?:of|ago)|"
    # readers41: a comma item opened by its own duration, the unit abbreviated and
    # no "of" ("not on anticoagulation, 4 h cold pale left foot", "no trauma, 2/7
    # cough"): a new statement with its own time (ConText termination; Harkema 2009)
    r"(?<=,)\s*\d+\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|/7|/52)(?=\s+[a-z]|\s*$)"
)
_CLAUSE_RX = re.compile(
    r"(?i),\s*(?:and\s+)?(?:has|have|had|is|was|with|reports?|endorses?|"
    r"complains?|noted|found|appears|appearing|looks|sudden(?:ly)?|abrupt(?:ly)?|"
    r"associated with|"
    # readers42 (trauma42): a verb of current use opens a new clause ("no injury,
    # takes bendroflumethiazide and doxazosin": the drugs are taken)
    r"takes|taking|uses|using|"
    r"in\s+(?:mild|moderate|severe|marked|obvious|significant|visible|acute)|"
    # readers44 (trauma44): a new subject with its own verb ("grinding metal without
    # goggles, a fragment flew into his left eye"; "no pain, the pupil is peaked");
    # (not a relative's: "her brother has sickle cell disease" stays the family's)
    r"(?:a|an|the)\s+"
    rf"(?!(?:[a-z]+\s+)?(?:{_RELATIVE}|{_SOURCE_PERSON})(?![A-Za-z]))[a-z]+(?:\s+[a-z]+)?"
    r"\s+(?:is|was|are|were|has|had|flew|went|hit|struck|got|[a-z]+ed))"
    r"(?![A-Za-z0-9])"
)
"""A new clause after a comma: ends a negation's reach over the list before it
("wheezing audible without auscultation, in moderate respiratory distress": the
distress is asserted; ESI handbook Table 3-1)."""
_NEW_REPORT_RX: Final = re.compile(
    r"(?i),\s*(?:and\s+)?(?:(?:the|her|his|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:scan|ultrasound|uss?|tvus|x-?ray|cxr|ct|mri|ecg|film|bloods)"
    r"(?:\s+[\w-]+){0,3}?(?:\s+(?:showed|shows|revealed|reveals|demonstrated"
    r"|demonstrates|confirmed|confirms|found)(?![A-Za-z0-9])|\s*$)"
)
"""readers43 (peds43): a study with its own reporting verb after a comma ("no pain,
scan last week showed a pregnancy in the womb"; the verb may open the mention), or a
study just before the finding ("no fever, CXR consolidation"): a new statement with
its own subject and verb, so the negation before the comma does not reach its finding
(NegEx / ConText termination at a new clause; Chapman WW et al. J Biomed Inform
2001;34:301; Harkema H et al. J Biomed Inform 2009;42:839)."""
_NEW_SUBJECT_RX = re.compile(
    r"(?i),\s*(?:and\s+)?(?:(?:his|her|their|the|a)\s+)?(?:partner|wife|husband"
    r"|girlfriend|boyfriend|mother|mum|father|dad|son|daughter|parents?|friend"
    r"|flatmate|housemate|carer|neighbou?r|colleague|family|paramedics?|police"
    r"|ambulance crew|staff)(?:\s+\w+)?\s+(?:found|finds|says|said|saw|sees"
    r"|noticed|notices|brought|called|reports?|reported|states?|stated|heard)"
    r"(?![A-Za-z0-9])"
)
"""A new subject with its own verb after a comma ("smells of no alcohol, his partner
found a bottle of antifreeze"): a new statement, so a negation before the comma does
not reach into it (NegEx / ConText termination at a clause boundary; Chapman WW et
al. J Biomed Inform 2001;34:301; Harkema H et al. J Biomed Inform 2009;42:839)."""
FITTING_NOT_A_FIT: Final = re.compile(
    r"(?i)\b(?:light|lamp|ceiling|pipe|plumbing|gas|water|electrical|bathroom|kitchen"
    r"|door|window|socket|wall|roof|tap|shower) fittings?\b"
    r"|\bfittings? (?:a|an|the|new|some|his|her|their) (?!fits?\b|seizures?\b)\w+"
    r"|\bfitting (?:room|shop|test)s?\b"
)
"""'Fitting' as a thing fitted or the work of fitting it ("changing a light fitting",
"was fitting a new socket"), not a convulsion (peds44: a 230 V tingle while changing a
light fitting was read as a seizure going on: ESI 1 and an ICU bed)."""
VALUE_FELL: Final = re.compile(
    r"(?i)\b(?:bp|blood pressure|(?:systolic|diastolic|arterial)(?: pressure)?|sbp|map"
    r"|pressure|sats?|saturations?|spo2|sao2|o2 sats?|oxygen(?: saturations?)?|hb"
    r"|ha?emoglobin|gcs|heart rate|hr|pulse(?: rate)?|potassium|sodium|k\+?|na\+?"
    r"|glucose|sugars?|bms?|cbg|temperature|temp|urine output|platelets?|plt|weight"
    r"|ph|bicarbonate|bicarb|lactate|fev1|pefr|peak flow|fvc|egfr|score)"
    r"(?:\s+(?:has|had|then|later|subsequently|briefly|transiently|quickly|rapidly"
    r"|further|also|now|again))*\s+(?:fell|fallen|falls|falling)\b"
)
"""A measured value that fell ("BP fell to 80/50 after GTN", "sats falling", "Hb has
fallen from 120"): a number's course, no fall of the patient and no force to a uterus
(readers51; trauma50's request)."""
_PSEUDO_MENTION = re.compile(
    r"(?i)\bglasgow coma scal\w*|\bcoma scal\w*"
    r"|\b(?:un|non-?)responsive to (?!(?:voice|verbal\w*|pain\w*|stimul\w*|sternal|"
    r"touch|commands?|(?:his |her |their )?name|questions?|noxious|deep)\b)[a-z]\w*"
    r"|\b(?:fell|fallen|falls|falling) out\b(?!\s+of\b)"
    + "|"
    + VALUE_FELL.pattern.removeprefix("(?i)")
    + r"|\bhay[- ]?fever\b"
    # readers51: a pain made worse by coughing names an aggravating factor, no cough
    # ("headache worse on coughing": NICE CG150's red flag; "pain worse on coughing":
    # Dunphy's sign of peritonism); a cough of the patient's is named on its own
    r"|\b(?:worse|worsens|worsened|aggravated|exacerbated|increased|hurts|painful)"
    r" (?:on|with|when|by|during) (?:coughing|sneezing)\b"
    # readers51: an alcoholic blackout is amnesia for a drinking bout, no faint
    r"|\b(?:alcohol(?:ic|-related| related)?|drinking|drunken|etoh)\s+black[- ]?outs?\b"
    r"|\bblack[- ]?outs?\s+(?:from|after|with|when)\s+(?:drinking|alcohol)\b"
    # lead41: a lesion's shape ("punched-out erosions"), not a blow; a tooth knocked
    # out is no loss of consciousness (``dental_injury_words``)
    r"|\bpunched[- ]out\b"
    # a vaccination or immunity status names the virus, not a liver disease:
    # "hepatitis B vaccinated", "immunised against hepatitis B" (Green Book ch. 18)
    r"|\bhep(?:atitis)?[ -]?b\s+(?:vaccin\w*|immuni[sz]\w*|immune|immunity"
    r"|booster|jabs?|status|antibod\w*|surface antibod\w*|titres?)\b"
    r"|\b(?:vaccinated|immuni[sz]ed|vaccine|vaccination)\s+(?:against|for)\s+"
    r"hep(?:atitis)?[ -]?b\b"
    r"|\bconsolidat\w+ (?:treatment|therapy|chemo\w*|immuno\w*|radio\w*|phase|cycles?"
    r"|course|regimen|durvalumab)\b"
    # lead43: emphysematous bullae are air spaces in the lung (Fleischner glossary,
    # Hansell DM et al. Radiology 2008;246:697), no blister of the skin or mucosa
    r"|\b(?:emphysematous|pulmonary|lung|apical|subpleural|giant) bullae?\b"
    r"|\bbullous (?:emphysema|lung disease)\b"
    # readers46: "PE:" opening a statement and followed by an examination item is the
    # physical examination's heading (Oxford Handbook of Emergency Medicine: PE =
    # physical examination), not a pulmonary embolism ("CTPA: PE in the right lower
    # lobe" and "PE: Wells 2" stay the disease)
    r"|(?:(?<![\s\S])|(?<=[\n.;]))[ \t]*\bPEx?[ \t]*:[ \t]*(?=(?:general|gen|chest"
    r"|lungs?|heart|hs|cvs|cv|resp\w*|abdo\w*|vitals?|vs|heent|alert|well|nad|gcs"
    r"|skin|neuro\w*|ext\w*|head|eyes|afebrile|a&o|aox3|pleasant|comfortable"
    r"|appears|pt|patient|obese|thin|anxious|distressed|pale|no acute)\b)"
    + "|"
    + TOOTH_KNOCKED_OUT.pattern
    + "|"
    + FITTING_NOT_A_FIT.pattern.removeprefix("(?i)")
)
"""Names that contain a finding's word without stating it ("Glasgow Coma Scale"), and
a treatment response ("unresponsive to tamsulosin"): not a mental status, unlike
"unresponsive to pain" (AVPU). A device, tooth or stitch that "fell out" is no fall
of the patient (the patient who "fell out of bed" is). Hay fever is allergic
rhinitis, no fever (classic31). Consolidation treatment (chemo- or immunotherapy after
induction, e.g. durvalumab after chemoradiation for lung cancer) is no infiltrate
(classic32). Emphysematous or lung bullae are air spaces of the lung, no skin
blister (lead43). "PE:" heading an examination is the physical examination, no
pulmonary embolism (readers46). Likewise a drug taken as
directed ("fever despite paracetamol") is no poisoning exposure
(``exposure.therapeutic_use``)."""
_CONTACT_OF: Final = re.compile(
    r"(?i)\b(?!gun\b)([a-z][\w-]*)\s+(?=(?:contacts?|vaccin\w*|immuni[sz]ations?"
    r"|boosters?|jabs?|shots?(?!\s+wound))\b)"
)
"""A disease named as a contact or a vaccine ("no COVID contacts", "no pertussis
contact", "influenza vaccine given", "asks for a flu shot"): an exposure or an
immunisation, not the disease present or denied (CDC/CSTE case definitions keep contact
apart from illness; a vaccine request is no symptom, ESI v4 Table 5-1)."""
_PULSE_SITE = (
    r"(?:temporal|radial|ulnar|brachial|femoral|popliteal|pedal|dorsalis|posterior "
    r"tibial|tibial|carotid|arter(?:y|ies)|foot|feet|legs?|arms?|hands?|limbs?|"
    r"extremit(?:y|ies)|digits?|fingers?|toes?|calf|calves|ankles?|wrists?)"
)
_LOCAL_PULSE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:pulseless|no pulses?|absent pulses?)"
    r"(?=\s+(?:(?:felt|palpable|palpated|found|detected|detectable)\s+)?"
    r"(?:(?:in|at|over|of)\s+)?(?:(?:the|his|her|their|both)\s+)?"
    r"(?:(?:left|right|l|r|bilateral|distal|lower|upper|superficial)\s+)*"
    r"(?:(?:pink|white|pale|cold|cool|warm|perfused|well[- ]perfused|dusky|mottled)"
    r",?\s+(?:(?:and|but)\s+)?)*"
    rf"{_PULSE_SITE}(?![A-Za-z0-9]))"
)
_VEHICLE_PART: Final = (
    r"(?:steering (?:wheel|column)|steering|windscreen|windshield|dashboard|bonnet"
    r"|car|vehicle|helmet|bicycle|bike|motorbike|motorcycle|door|roof|cab|frame)"
)
_VEHICLE_DEFORMED_BEFORE: Final = re.compile(
    rf"(?i)(?<![A-Za-z0-9]){_VEHICLE_PART}s?\s+(?:(?:was|were|is|are|badly|severely"
    r"|markedly|visibly|heavily|also)\s+){0,3}$"
)
_VEHICLE_DEFORMED_AFTER: Final = re.compile(
    rf"(?i)\s+(?:of\s+)?(?:the\s+|his\s+|her\s+)?{_VEHICLE_PART}(?![A-Za-z0-9])"
)
"""trauma54: "steering wheel deformed", "a deformed helmet": the vehicle's or the
helmet's deformity is the mechanism's energy (ATLS 10th ed. ch. 1: a deformed steering
wheel is a high-energy marker), not a deformed limb; no splint or reduction follows."""


def _vehicle_deformity(text: str, start: int, end: int) -> bool:
    """Whether the deformity word names a vehicle's or a helmet's."""
    return bool(
        _VEHICLE_DEFORMED_BEFORE.search(text, max(0, start - 40), start)
        or _VEHICLE_DEFORMED_AFTER.match(text, end)
    )


_LOCAL_PULSE_BEFORE: Final = re.compile(
    rf"(?i)(?<![A-Za-z0-9]){_PULSE_SITE}\s+(?:is|are|was|were|feels?|looks?)"
    r"(?![A-Za-z0-9])[^.;:\n]{0,40}$"
)
"""A pulse absent at a named artery or limb ("a pulseless left temporal artery", "the
right foot is cold and pulseless", "no pulse felt at the ankle", BOAST 11's "pulseless
pink hand" of a supracondylar fracture): a local sign (GCA:
ACR/EULAR 2022; limb ischaemia: ESVS 2020), not a pulseless patient. The limb's own
terms ("pulseless limb") are read as neurovascular compromise by the lexicon; only the
bare arrest concept is dropped."""
_PAIN_LIMITED: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:cannot|can'?t|could not|couldn'?t|unable to|won'?t|will "
    r"not|not able to|does not|doesn'?t) (?:move|lift|bend|straighten|use|weight[- ]?"
    r"bear on) (?:(?:his|her|their|the|both|either|my) )?(?:\w+ )?(?:legs?|arms?|"
    r"limbs?|hips?|knees?)\b[^.;\n]{0,12}?\b(?:for|because of|due to|with|from) "
    r"(?:the )?(?:severe )?pain\b"
)
"""A limb not moved for pain ("cannot move her legs for pain"): guarding, not the
paralysis of a cord injury; the motor examination decides (ATLS 10th ed. ch. 7)."""
_QUALIFIED_WEAK: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:weak(?:er|ening)?\s+(?:(?:urinary|urine|pee)\s+)?"
    r"(?:stream|flow|jet)|weak(?:er)?(?:\s+(?:and|,)\s+thready)?\s+(?:(?:radial"
    r"|femoral|pedal|peripheral|distal|carotid|brachial|foot|dorsalis pedis|posterior"
    r"\s+tibial)\s+)?pulses?|pulses?\s+(?:(?:are|is|were|was|feel|felt)\s+)?weak"
    r"|weak(?:er)?\s+(?:voice|erections?|bladder)|(?:voice|erections?|bladder|stream)"
    r"\s+(?:(?:is|are|was|has been|feels?)\s+)?weak)(?![A-Za-z])"
)
""""Weak" as the quality of a flow, a pulse, the voice or an erection ("weak urinary
stream", "weak and thready pulses", "weak voice"): that organ's finding (lower urinary
tract symptoms, AUA 2021 BPH guideline; pulse volume; dysphonia), not the generalised
or motor weakness the word names alone."""
_LOCAL_CAUSE: Final = re.compile(
    r"(?i)(?:because of|from|due to|limited by|secondary to|caused by) (?:the |his |her"
    r" |a |an |its |their )?(?:\w+ )?(?:pain|numbness|swelling|ulcers?|sores?|sore"
    r" throat|tooth\w*|dental \w+|(?:local )?ana?esthetic|injection|filling|hoarse\w*"
    r"|laryngitis|cold)(?![A-Za-z])"
)
"""A deficit word whose own clause names a local cause ("difficulty talking and eating
because of the pain", "speech slurred from the numbness" after a dental block, "arm
weakness from the pain"): the mouth's, throat's or limb's own problem, not a new
neurological deficit (ESI v4 handbook ch.4 asks for a *new neurological* deficit;
AHA/ASA 2019: BE-FAST speech and arm signs are painless and unexplained)."""
_SWOLLEN_ASYMMETRY: Final = re.compile(
    r"(?i)(?:swell\w*|swollen|abscess|oedema|edema)[^.;]{0,40}?(?:facial asymmetry"
    r"|asymmetr\w*|lopsided)|(?:facial asymmetry|asymmetr\w*|lopsided)[^.;]{0,40}?"
    r"(?:swell\w*|swollen|abscess)"
)
"""A face uneven because one cheek or eyelid is swollen ("swelling of the right cheek
with obvious facial asymmetry"): a mass effect, not a facial palsy (AAO-HNS 2013:
palsy is weakness of the facial muscles)."""
_EYELID_DROOP: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:eye)?lids? (?:is |are |has been )?droop\w*|droop\w* (?:of"
    r" )?(?:the |his |her |my )?(?:(?:left|right|upper) )*(?:eye)?lids?)(?![A-Za-z])"
)
"""A drooping eyelid (ptosis: third-nerve palsy, Horner's, myasthenia, ageing) is not
the lower facial droop of a stroke (BE-FAST 'face'); ptosis is read on its own."""
_DYSPHONIA: Final = re.compile(
    r"(?i)hoarse\w*[^.;]{0,40}?(?:difficulty|trouble) (?:speaking|talking)"
    r"|(?:difficulty|trouble) (?:speaking|talking) (?:loudly|above a whisper)"
)
"""A hoarse voice (dysphonia: the larynx) is not dysarthria or aphasia (AAO-HNS 2018
hoarseness guideline)."""


_LOCAL_HINT: Final = re.compile(
    r"(?i)because of|from|due to|limited by|secondary to|caused by|swell|swollen"
    r"|abscess|edema|lid|hoarse"
)
"""Cheap words without which no local-cause span can match (a hot path)."""
_LOCAL_DEFICITS: Final = (
    "speech_disturbance",
    "facial_droop",
    "unilateral_weakness",
    "focal_deficit",
)


def _cause_clause(text: str, m: re.Match[str]) -> tuple[int, int]:
    """From the start of ``m``'s clause (after '.', ';' or a newline) to ``m``'s end."""
    return max(sentence_start(text, m.start()), m.start() - 80), m.end()


def local_deficit_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose deficit words are another organ's problem (not neurological).

    A local cause in the clause (``_LOCAL_CAUSE``), a face uneven from swelling, a
    drooping eyelid, a hoarse voice.
    """
    out = [_cause_clause(text, m) for m in _LOCAL_CAUSE.finditer(text)]
    out += [m.span() for m in _SWOLLEN_ASYMMETRY.finditer(text)]
    out += [m.span() for m in _EYELID_DROOP.finditer(text)]
    out += [m.span() for m in _DYSPHONIA.finditer(text)]
    return out


_COLD_NUMB: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:numb(?:ness)?|tingl\w*|pins and needles)(?:\s+\w+){0,4}?"
    r"\s+(?:with|in|from|when|on exposure to)\s+(?:the\s+)?cold(?![A-Za-z])"
    r"|cold[- ](?:induced|provoked)\s+(?:numbness|tingling)"
)
"""Numbness the cold brings on ("fingers numb with the cold", "numbness in the
fingers in cold weather"): the vasospasm of Raynaud's phenomenon (ACR; Wigley FM.
N Engl J Med 2016;375:556), not a sensory deficit of nerve or brain."""
_HIST_TERMINATORS = (
    _TERMINATORS + r"|on|taking|takes|currently on|with new|with acute|worsening"
    r"|says|said|states|stated|tells|told"
)
"""A history trigger's reach ends where the current illness starts: "known disc
prolapse, 2 days of worsening low back pain" states the back pain now; so does the
patient's own report ("with a known old facial droop says her right arm went weak 30
minutes ago": ConText termination at a new statement, Harkema 2009; esi34)."""
_FAMILY_TERMINATORS = (
    r"but|however|though|although|except|apart from|aside from|yet|presents?|"
    r"presenting|presented|complains?|c/o|endorses?|admits?|secondary to|due to|"
    # ("the source patient", "index patient" name the other person: no end)
    # readers53: nor "a patient" (an exposure's source: "from a patient with HIV")
    r"(?<!source )(?<!index )(?<!a )(?<!another )(?<!from the )(?<!by the )"
    r"(?:the )?patient(?:'s)?|pt'?s?|he|she|they|i'm|i've"
    r"|i'd|myself|"
    # the speaker "I", not a roman numeral ("mother has type I diabetes")
    r"(?<!type )(?<!grade )(?<!class )(?<!stage )(?<!phase )(?-i:I)|"
    r"(?:the )?(?:child|baby|infant|toddler|boy|girl|kid)|"
    r"\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?)\s+(?:of|ago)"
)
"""An other experiencer's reach (ConText, Harkema 2009): to the end of its clause,
through "on", "takes", "who" and "which" ("mother on chemotherapy", "mum takes
iron tablets", "her mother, who has dementia": the relative's), and ended by the
patient's own presentation, a contrast or the patient named as a new subject
("father has epilepsy but the patient presents with a first seizure", "daughter has
a cold, he now has a cough", "parents at bedside, child has fever"; in a quoted
history the speaker, "I", is the patient: "having breakfast with my wife, and all of
a sudden I couldn't see")."""
_OWN_VERB = re.compile(
    r"(?i)^\s+(?:(?:is|was|are|were|has|had|have)\s+(?:been\s+)?"
    r"(?:worse|worsening|better|present|severe|mild|moderate|constant|intermittent"
    r"|sharp|dull|new|ongoing|persistent|getting|increasing|associated|noted|started"
    r"|described|located|radiating|localized|\w+ed\b)|started|starts|began|begins"
    r"|worsened|worsens|radiates|developed|occurred|occurs|came on|comes on"
    r"|noted|appeared|persists|persisted|continues|continued)(?![A-Za-z0-9])"
)
"""A mention that is the subject of its own verb ("denies fever, chest pain is worse
on inspiration", "no cough, dyspnea started two days ago"): a new clause, so the
negation of the list before it ends at the comma (NegEx/ConText scope ends at a new
clause; Chapman 2001, Harkema 2009). Applies only past a comma: "no chest pain is
reported" keeps its negation."""

_OWN_CONTEXT = re.compile(
    r"(?i)^\s*(?:[x\u00d7]\s?\d+|\d+\s*(?:x|times|episodes)|once|twice"
    r"|(?:three|four|five|several|multiple|many|numerous|repeated)\s+(?:times|episodes)"
    r"|since\s+(?:\d|yesterday|last|this|the|[a-z]+day\b)|overnight"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night|all\s+(?:day|night)"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:\d+|an?|one|two|three|four|five|six"
    r"|seven|several|a\s+few|few)\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?"
    r"|wks?|months?))(?![A-Za-z0-9])"
)
"""A mention with its own count, onset or duration ("no flatus, vomiting x3 today",
"known epilepsy, seizure twice this morning"): a new asserted statement. Applies only
to the first item after a comma that no coordinator joins to the list before it:
"no fever, chills or rigors for 3 days" keeps the rigors negated (a list under one
trigger; NegEx/ConText scope ends at a new clinical statement, Chapman 2001,
Harkema 2009)."""
_CLOSED_BY_DURATION = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:for|x|since|in|over)\s+(?:the\s+(?:past|last)\s+)?"
    r"(?:(?:\d+|an?|one|two|three|four|five|six|seven|several|a\s+few|few)\s*"
    r"(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?)"
    r"|yesterday|last\s+\w+|\w+day)(?:\s+(?:morning|afternoon|evening|night))?\s*,"
)
_LIST_OR: Final = re.compile(r"(?i)(?<![A-Za-z0-9])(?:or|nor)(?![A-Za-z0-9])")
"""A list under one negation trigger: "no vomiting for 24 h, diarrhoea or pain"."""
"""A negated item closed by its own duration ("no flatus for 2 days, vomiting brown
fluid, abdomen distended"): the negation is a complete statement, and the comma items
after it are new ones (NegEx/ConText scope ends at a new clinical statement, Chapman
2001, Harkema 2009); "no fever, chills or rigors for 3 days" is one list under one
trigger (its duration closes the list, after it)."""
_CONTEXT_ITEM: Final = re.compile(
    r"(?i)\s*(?:(?:any|recent(?:ly)?|known|significant|sig|similar|other|new|prior"
    r"|previous|foreign|international|overseas|long[- ]haul|long|sick|ill|unwell"
    r"|[a-z]+-?19|covid|tb|animal|insect|tick|med(?:ication)?|drug|iv|illicit"
    r"|past|medical|surgical)\s+)*"
    r"(?:(?:sick |ill |unwell )?contacts?|exposures?|travel(?:l?ed|l?ing)?"
    r"|travel history|flights?|car (?:rides?|journeys?)|surger(?:y|ies)|procedures?"
    r"|operations?|trauma|injur(?:y|ies)|burns?|falls?|head (?:injury|strike|trauma)"
    r"|mvc"
    r"|accidents?|hospitali[sz]ations?|admissions?|hospital stays?|antibiotics"
    r"|abx|immobili[sz]ation|immobility|bed ?rest|changes|meds|medications"
    r"|pmh|pmhx|(?:medical )?history|medical problems|allergies|alcohol|etoh"
    r"|drug use|drugs|ivdu|smoking|tobacco|vaping|bites?|pets?|camping|hiking"
    r"|episodes)\s*"
)
"""A context item of the history: an exposure or a risk (sick contacts, travel,
recent surgery, trauma, injuries or burns of the event, antibiotics, the past history),
not a symptom of the visit
(ConText's modifiers are scoped to the findings they govern; Harkema 2009)."""
_DATED_LIST_END: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:since|starting|started|began|begun|onset"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:\d+|an?|one|two|three|four|five|six"
    r"|seven|several|a\s+few|few)\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d"
    r"|weeks?|wks?|w|months?)|(?:over\s+)?(?:the\s+)?(?:past|last)\s+(?:\d+|few"
    r"|several|two|three)\s*(?:hours?|hrs?|h|days?|d|weeks?|wks?|w)"
    r"|[x\u00d7]\s?\d+\s*(?:/7|/52|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?"
    r"|w)?|\d+\s*(?:/7|/52)|\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?"
    r"|wks?)\s+ago|yesterday|today|overnight|last\s+night"
    r"|this\s+(?:morning|afternoon|evening|week))(?![A-Za-z0-9])"
)
"""A time phrase that dates the symptoms listed before it ("fever and cough since
Tuesday", "vomiting and diarrhoea x2d", "for 3 days", "3/7")."""
_PREDICATE_NOT = re.compile(
    r"(?i)(?<![A-Za-z0-9])not\s+(?:[A-Za-z][\w-]*"
    # readers41: a predicate of three words, "not short of breath, chest pain on
    # inspiration" (the pleuritic pain is asserted: ConText max_scope)
    r"(?:\s+of\s+breath)?"
    # readers49 (trauma48): a recovery not reached, "not back to normal since,
    # twitching of the mouth" (the twitching is asserted: NegEx scope ends at the
    # comma that ends the predicate)
    r"|(?:yet\s+)?(?:back|returned|recovered)\s+to\s+(?:normal|baseline"
    r"|(?:his|her|their)\s+(?:usual\s+|normal\s+)?(?:self|selves|baseline))"
    r"(?:\s+(?:since(?:\s+then)?|yet|afterwards|after(?:\s+it|\s+that)?))?"
    # or a verb phrase: "not wanting to be alive," "not able to cope," (a report
    # verb's object stays a list: "not having chest pain, dyspnoea")
    r"|(?!(?:having|experiencing|reporting|complaining|endorsing|noticing)\b)"
    r"(?:[a-z]+ing|want|wants|wish|wishes|able|going|sleeping|eating"
    # readers44 (trauma44): a modal's verb phrase, "could not get up, dark urine"
    r"|get|stand|walk|weight[- ]bear|bear|move|remember|recall|keep|swallow|speak)"
    r"(?:\s+[a-z']+){1,5}?)\s*,"
)
"""A bare "not" before one predicate word, or a verb phrase, and a comma ("not
anticoagulated, R-sided weakness"; "thoughts of not wanting to be alive, suicidal
ideation"): the negation's scope is that predicate (medspaCy ``max_scope``), carried
on only over a parallel list of predicates ("not tachycardic, hypotensive or
hypoxic")."""
_NOT_RECOVERED: Final = re.compile(
    r"(?i)not\s+(?:yet\s+)?(?:back|returned|recovered)\s+to\s"
)
"""The recovery alternative of ``_PREDICATE_NOT``: what follows its comma is a sign
of the unrecovered state, never a predicate listed under the "not"."""
_ACTION_MENTION: Final = re.compile(rf"(?i)(?:{_ACTION_VERBS})(?![A-Za-z])")
"""A mention that opens with its own past-tense action ("no plan, took 20 tablets"):
a new assertion, where a negation before the comma ends (ConText termination at a
new predicate; Harkema H et al. J Biomed Inform 2009;42:839)."""
_ON_ITEM: Final = re.compile(
    r"(?i)^\s*(?:(?:and|but|currently|still|is|was|she\s+is|he\s+is|she's|he's)\s+)*"
    r"on\s+(?!(?:movement|moving|palpation|exertion|inspiration|breathing|coughing"
    r"|walking|standing|lying|swallowing|weight[- ]bearing|no|nil)(?![A-Za-z]))"
)
"""A comma item that opens with "on" before the mention: "no calf swelling, on the
combined pill", "no fever, on warfarin for AF" state what the patient takes (and
why), a new
assertion where the list's negation ends (ConText: a modifier's scope ends at a new
statement, Harkema 2009; NegEx, Chapman 2001). Wells and PERC count oestrogen use and
anticoagulation as stated (NICE NG158 2020; Kline JA et al. J Thromb Haemost 2004)."""
_QUALIFIER_WITHOUT = re.compile(
    r"(?i)[A-Za-z]\s+(?:without|w/o)\s+(?:any\s+)?(?:discharge|exudates?|exudate"
    r"|pus|purulen\w*|crust\w*|vesicles|blisters|\[REDACTED\])\s*,"
)
"""A finding qualified by the absence of its own discharge or exudate ("red eyes
without discharge, cracked lips"; the views scrub "discharge" to "[REDACTED]"): the
"without" describes that finding (non-purulent conjunctivitis, AHA 2017 Kawasaki
disease), so its scope is the one word and the comma items after it are new findings
(NegEx scope ends at the item, Chapman 2001); an "or" list stays under the trigger
("red eye without discharge, pain or photophobia")."""
_ADJECTIVE_HEAD = re.compile(
    r"(?i)(?:ed|ic|ive|ous|al|ent|ant|ile|ary|able|ible|ful|less|tender|pale|warm"
    r"|cold|well|alert|awake|unwell|short|breathless"
    # readers41: predicate adjectives in -y ("not short of breath, wheezy or cyanosed")
    r"|wheezy|sweaty|clammy|drowsy|sleepy|floppy|shaky|dizzy|itchy|unsteady)$"
)
_ITEM_SPLIT = re.compile(r"(?i)\s*(?:,|\+|&|\b(?:or|and|nor)\b)\s*")
_COORDINATED = re.compile(r"(?i)(?:^|\s)(?:or|and|nor|\+|&)(?:\s|$)")
_NEW_ITEM_OPENER = re.compile(
    r"(?i),\s*(?:(?:his|her|their|the)\s+)?(?:usual|typical|ongoing|current|today'?s"
    r"|sudden|acute|new|increasing|worsening|worst"
    # a symptom's character (SOCRATES): "previous hysterectomy, colicky pain, bilious
    # vomiting" lists today's obstruction after a past operation
    r"|colicky|crampy|cramping|griping|central|pleuritic|crushing|tearing|stabbing"
    r"|burning|throbbing|bilious|projectile|fa?eculent"
    # readers46 (trauma46): a complaint that opens with its duration ("known
    # myasthenia gravis, three days of drooping eyelids")
    r"|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few"
    r"|few)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?)\s+of)(?![A-Za-z0-9])"
)
"""A comma item that opens with a word of the present ("usual", "new", "acute",
"worsening") or with a symptom's character ("colicky", "central", "pleuritic",
"bilious"): "known cluster headache, usual severe L orbital pain" describes today's
attack, and "previous hysterectomy, colicky pain, bilious vomiting, distension" today's
bowel obstruction (Bologna guidelines: ten Broek RPG et al. World J Emerg Surg
2018;13:24), so a history trigger's reach ("known", "previous", "history of") ends at
that comma: a history list names diseases and operations, the character of a symptom
describes the complaint (ConText historical scope ends at a new clinical statement,
Harkema 2009). So does a complaint opening with its duration ("known myasthenia
gravis, three days of drooping eyelids": ConText, a recent time marks a current
mention). A bare list ("known HTN, DM, CAD"; "h/o MI, CABG") stays history."""
_DESCRIPTOR_OPENER = re.compile(
    r"(?i),\s*(?:(?:his|her|their|the)\s+)?(?:mild|moderate|severe|marked|dense"
    r"|l|r|left|right|bilateral|bibasal|bibasilar|basal|diffuse|widespread"
    r"|scattered|coarse"
    # readers41: a quantity that asserts its own finding ("no palpable pulses,
    # reduced sensation of the toes"; "no tenderness, reduced range of movement")
    r"|reduced|decreased|diminished|impaired|increased"
    # readers44: a finding called new asserts itself ("ECG: no ST elevation, new T
    # wave inversion in V4-V6"; "no pulse deficit, new murmur")
    r"|new|fresh|dynamic|evolving)(?![A-Za-z0-9])"
)
"""A comma item that opens with a severity or a side only ("known AF, R arm
weakness"): today's complaint, unless it is a chronic condition of the history list
("known COPD, severe emphysema") or the residual deficit of a past brain or cord
lesion ("h/o stroke, L hemiparesis": ``_RESIDUAL_SOURCE``). "New", "fresh",
"dynamic" or "evolving" opening the item state a change seen today, asserted as a
finding (readers44; Harkema 2009: a new finding with its own assertion ends the
scope; ESC 2023 ACS: new or dynamic ST-T changes)."""
_PREDICATE_ITEM: Final = re.compile(
    r"(?i)^\s*(?:(?:his|her|the)\s+)?(?:(?:left|right|l|r)\s+)?(?:neck|abdomen|abdo"
    r"|belly|calf|leg|knee|ankle|joint|wound|scrotum|testis|testicle|pupils?"
    r"|fontanelle|fontanel|limb|arm|foot|hand)\s+(?:is\s+|was\s+|looks\s+|feels\s+)?"
    r"(?:(?:very|markedly|slightly|mildly)\s+)?(?:stiff|swollen|distended|tender|rigid"
    r"|red|erythematous|hot|cold|pale|mottled|cyanosed|guarded|dilated|fixed|bulging"
    r"|tense)(?![A-Za-z-])"
)
"""readers45: a comma item that names a body part and states its sign ("GCS 15, no
focal neurology, neck stiff"; "no vomiting, abdomen distended"): an examination list
alternates absent and present findings, and a part with its own predicate adjective
is an observation, not a member of the "no" list (ConText: a new finding with its own
assertion ends the scope, Harkema 2009; NICE NG240 2024 / NG228: neck stiffness is
meningism)."""
_SIGN_ADJ: Final = (
    r"(?:sore|swollen|painful|tender|bruised|deformed|aching|achy|cold|cool|pale|white"
    r"|mottled|dusky|blue|cyanosed|cyanotic)"
)
_SIGN_ITEM: Final = re.compile(
    rf"(?i)\s*(?:(?:very|markedly|slightly|mildly)\s+)?{_SIGN_ADJ}"
    rf"(?:\s+(?:and\s+)?{_SIGN_ADJ})?\s+(?:(?:his|her|their|the|both)\s+)?"
    r"(?:(?:left|right|l|r|bilateral)\s+)?(?:hips?|knees?|ankles?|calf|calves|legs?"
    r"|arms?|wrists?|shoulders?|elbows?|feet|foot|hands?|thighs?|shins?|ribs?"
    r"|fingers?|toes?|heels?|groins?)(?![A-Za-z])"
)
"""readers47: a comma item opened by its predicate adjective and naming a limb part
("no head injury, sore hips"; "no chest pain, swollen left calf"): a new finding with
its own assertion, where the "no" list ends (ConText: Harkema 2009; NegEx scope,
Chapman 2001), the mirror of ``_PREDICATE_ITEM``'s "calf swollen"; the items after it
are outside the list too ("no head injury, sore hips, unable to stand"; trauma47).
readers51 (trauma50): the limb's colour and temperature too, one or two of them ("no
pulses in the foot, cold pale foot": ESVS 2020 acute limb ischaemia's pallor). A
symptom name ("no cough, sore throat") names no limb part and stays in the list, as
does an item after "or" ("no fever, sore hips or back pain")."""
_RESIDUAL_SOURCE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:stroke|cva|cvas|infarct\w*|cerebrovascular|ich"
    r"|(?:intra)?cerebral (?:haem|hem)\w*|sah|subarachnoid|tbi|(?:traumatic )?brain"
    r" injury|head injury|craniotomy|brain (?:tumou?r|abscess|surgery)"
    r"|multiple sclerosis|ms|cerebral palsy|polio\w*|spinal cord injury|sci"
    r"|myelopathy|transverse myelitis|bell'?s palsy|guillain|gbs)(?![A-Za-z0-9])"
)
"""Past lesions whose deficits persist: a side-marked deficit listed after them is
their residual deficit, history rather than a new focal deficit (ConText historical
scope over the items of a history statement, Harkema 2009; AHA/ASA 2019: the
deficit that counts for reperfusion is the new one, pre-stroke disability is
baseline)."""
_ITEM_DATED = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:since|today|tonight|this (?:morning|afternoon|evening)"
    r"|last night|overnight|began|begun|started|starting|came on|onset"
    r"|\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?)\s+ago"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve|fifteen|twenty|thirty"  # trauma43: "for ten minutes"
    r"|several|a\s+few|few)\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?)"
    r"|[x\u00d7]\s?\d+)(?![A-Za-z0-9])"
)
"""A comma item dated in the present ("h/o stroke, L arm weakness and slurred speech
since 09:00"): a new statement, whatever the history before it."""

SCOPE_CHARS: Final = 250
"""How far (characters) a trigger reaches: NegEx's scope is the sentence, bounded
here so that text without sentence breaks stays linear. 250 characters (~40 words)
keeps long review-of-systems lists ("denies fever, chills, ... or leg swelling")."""
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")
_SENT_SPLIT = re.compile(
    r"(?:[.!;](?=\s|$)|\?(?=\s|$)(?![ \t]*(?i:yes|no|nil|none|denies|denied)\b)"
    r"|\n\s*\n|\n(?=\s*[-*•]))"
)
"""Sentence ends; a question answered on its line ("IV drug use? no") stays one
sentence with its answer."""
_SECTION = re.compile(r"(?im)^\s*([A-Za-z][A-Za-z /&()-]{1,40}):")
_HIST_SECTION = re.compile(
    r"(?i)^(past (medical|surgical) history|pmh|psh|pmhx|medical history|"
    r"problem list|past history|surgical history|history|background)$"
)
_INLINE_HIST = re.compile(
    r"(?i)(?<=[.;])[ \t]+(background|pmh|pmhx|psh|past (?:medical|surgical) history"
    r"|past history|medical history|family history|fhx|fh):"
)
"""A history or family label opening a sentence mid-line ("... sleeps badly.
Background: asthma with wheeze on exertion."): its items are the patient's history,
as under a label at a line start (a sectionizer's section title; medspaCy, Eyre H et
al. AMIA 2021), up to the sentence that turns to this visit or the next label."""
_INLINE_LABEL = re.compile(r"(?<=[.;])[ \t]+[A-Za-z][A-Za-z /&()-]{1,40}:")
"""Any label opening a sentence mid-line ("Exam:"): where an inline history ends."""
_FAMILY_SECTION = re.compile(r"(?i)^(family history|fhx|fh|family hx|fam hx)$")
_DDX_SECTION = re.compile(
    r"(?i)^(differential|differential diagnos[ie]s|ddx|differential dx)$"
)
_HYPO_SECTION = re.compile(
    r"(?i)^(return precautions|discharge instructions|patient instructions)$"
)
_FAMILY_MAP = {
    "cad": "family_history_cad",
    "prior_mi": "family_history_cad",
    # obpeds39: another person's chickenpox or shingles is the patient's exposure
    # (RCOG Green-top 13 2015: contact with chickenpox or shingles)
    "varicella": "varicella_exposure",
    "zoster_rash": "varicella_exposure",
    # infect47: a relative's or flatmate's tuberculosis is the patient's TB contact
    # (NICE NG33 2016 1.5, household and close contacts): "her husband was recently
    # treated for pulmonary TB"
    "tb_exposure": "tb_exposure",
    "pulmonary_tuberculosis": "tb_exposure",
}
_NOT_BEFORE = re.compile(r"(?i)(?:^|[^A-Za-z0-9])(?:not|no longer|never)\s+$")
"""A negation word negated where it stands ("not afebrile", "no longer afebrile"):
the concept is present. A trigger further back ("no wheezing and breathing
comfortably") reaches the clause, not the word, and leaves it a negation."""


def _rx(alts: str, *, end: bool = False) -> re.Pattern[str]:
    body = rf"{_B}(?:{alts}){_E}"
    return re.compile(body + (r"\W*$" if end else ""), re.IGNORECASE)


_NEG_RX = _rx(_NEG_PRE)
_PSEUDO_RX = _rx(_PSEUDO)
_TEST_NOUN: Final = (
    r"(?:films?|smears?|screen|swabs?|(?-i:PCR|RDT|NAAT)|tests?|antigen|serology)"
)
"""The test named after its target: "malaria films negative", "COVID swab negative"
state the disease's test negative, as "negative flu swab" does (``_NEGATIVE_PRE``)."""
_TEST_QUALIFIER: Final = (
    r"(?:(?:a|b|a\s*(?:/|and|&)\s*b|rsv|rna|dna|rapid|nasal|throat|nasopharyngeal"
    r"|np|antigen|(?-i:RAT|LFT))\s+)"
)
"""Words between a disease and its test: "Influenza A/B PCR", "COVID rapid antigen
test", "strep throat swab" (as ``_PENDING_TEST`` reads them)."""
_POST_RX = re.compile(
    rf"^(?:\W{{0,3}}{_TEST_QUALIFIER}*{_TEST_NOUN}(?:\s*x\s*\d+)?)?\W{{0,3}}"
    rf"(?:{_NEG_POST}|not detected|undetected){_E}",
    re.IGNORECASE,
)
"""A post-posed negation, the disease's test between ("Influenza - PCR negative",
"Influenza A/B PCR: negative", "COVID-19 PCR not detected"): NegEx post-negation
(Chapman WW et al. J Biomed Inform 2001;34:301; medspaCy's default rules hold
"negative" and "not detected" as post-negations)."""
_PENDING_TEST: Final = re.compile(
    r"(?i)^(?:\s+(?:a|b|a\s*(?:/|and|&)\s*b|rsv|rna|dna))?\s*(?:rapid\s+)?"
    r"(?:films?|smears?|screen|swabs?|(?-i:PCR|RDT|NAAT|LAMP)|tests?|testing|antigen"
    r"|serology|nasal swab|throat swab|nasopharyngeal swab|np swab|cultures?)"
    r"(?:\s*(?:x\s*\d+|and\s+\w+\s+(?:swab|test|pcr)s?))?\s*(?:[,:=-]\s*)?"
    r"(?:(?:is|was|has been|have been|were|are)\s+)?(?:results?\s+)?"
    r"(?:pending|sent(?!\s+home)|awaited|awaiting|requested|ordered|outstanding"
    r"|in progress|to follow|not yet (?:back|resulted|available))(?![A-Za-z0-9])"
)
"""A disease named by its test that is pending: "influenza test pending", "COVID
swab sent, result awaited", "malaria films requested". The test's result is unknown,
so the disease is one the clinician is testing for, not a stated finding (ConText
POSSIBLE_EXISTENCE, as "evaluate for" / "rule out"; Harkema H et al. J Biomed Inform
2009;42:839). Test results pending are no results (Callen J et al. J Gen Intern Med
2012;27:1334)."""
_PENDING_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:awaiting|await|pending|sent|send|sending|requested"
    r"|ordered)\s+(?:(?:an?|the)\s+)?(?:rapid\s+)?$"
)
_TEST_AFTER: Final = re.compile(
    r"(?i)^(?:\s+(?:a|b|a\s*/\s*b))?\s+(?:swabs?|(?-i:PCR|NAAT|RDT)|tests?|films?"
    r"|smears?|antigen|serology|screen)(?![A-Za-z0-9])"
)
"""The same test named before its target: "awaiting COVID swab", "pending influenza
PCR", "sent malaria films" (``_PENDING_TEST``)."""
_HIST_RX = _rx(_HIST_PRE)
_HIST_PSEUDO_RX = _rx(_HIST_PSEUDO)
_FAMILY_RX = _rx(_FAMILY)
_FAMILY_PSEUDO_RX = re.compile(rf"{_B}(?:{_FAMILY_PSEUDO})", re.IGNORECASE)
_TERM_RX = _rx(_TERMINATORS)
_DDX_RX = _rx(_DDX_PRE)
_HYPO_RX = _rx(_HYPO_PRE)
_HIST_TERM_RX = _rx(_HIST_TERMINATORS)
_FAMILY_TERM_RX = _rx(_FAMILY_TERMINATORS)


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


_LINE_BREAK: Final = re.compile(r"[.!?;](?=\s|$)|\n")
_TODAY_OPENER: Final = re.compile(
    r"(?i)\W*(?:presents?|presenting|presented|attends|attended|arrives?|arrived"
    r"|came|comes|brought|biba|bibems|c/o|complains?|complaining|reports?|reporting"
    r"|states|now|today|tonight|currently|this (?:morning|afternoon|evening)"
    r"|yesterday|last night|overnight|since|on arrival|on exam(?:ination)?|o/e"
    r"|he|she|pt|patient|the patient|woke|awoke|developed|started|began"
    r"|sudden(?:ly)?|abrupt(?:ly)?|acute(?:ly)?|new)(?![A-Za-z0-9])"
)
"""The opening of a sentence about this visit (a presentation verb, the patient as
subject, a time of today, a sudden onset)."""


def _inline_list_end(text: str, start: int, limit: int) -> int | None:
    """Where an inline history or family label's list ends, if before ``limit``.

    "PMH: HTN, DM. Presents with chest pain for 1 hour": the label's items end at the
    sentence that turns to this visit (a presentation verb, the patient as subject,
    a time of today or a duration), on its line or the next. A label alone on its line
    heads a block section to the next header (unchanged). The sectionizer's section
    runs to the next title (medspaCy); an inline label lists its items and the note
    moves on without a title (ConText scope ends at a new clinical statement, Harkema
    2009).
    """
    line_end = text.find("\n", start)
    if not text[start : line_end if line_end >= 0 else len(text)].strip():
        return None
    for br in _LINE_BREAK.finditer(text, start, limit):
        nxt = _LINE_BREAK.search(text, br.end(), limit)
        sentence = text[br.end() : nxt.start() if nxt else limit]
        if _TODAY_OPENER.match(sentence) or _ITEM_DATED.search(sentence):
            return br.end()
    return None


_ITEM_TODAY: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:today|tonight|this (?:morning|afternoon|evening)"
    r"|last night|overnight|since (?:yesterday|this|last night)"
    r"|\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?)\s+ago"
    r"|for\s+(?:the\s+(?:past|last)\s+)?(?:\d+|an?|one|two|three|four|five|six"
    r"|several|a\s+few|few)\s*(?:minutes?|mins?|hours?|hrs?|h|days?))(?![A-Za-z0-9])"
)
"""A comma item dated within this illness's days ("chest pain today", "cough for 2
days"): under a family label only these end the relative's items ("stroke since 2010"
or "3 weeks ago" may still be a relative's)."""


def _family_item_end(text: str, start: int, limit: int) -> int:
    """Where an inline family label's items end at a comma item dated now.

    readers53 (readers52's leftover): "FHx: MI in father aged 45, chest pain today":
    the item dated today that names no relative is the patient's (ConText: an
    experiencer's scope ends at a new clinical statement; Harkema H et al. J Biomed
    Inform 2009;42:839). Only in the label's first sentence; else ``limit``.
    """
    brk = _LINE_BREAK.search(text, start, limit)
    stop = brk.start() if brk else limit
    comma = text.find(",", start, stop)
    while comma >= 0:
        nxt = text.find(",", comma + 1, stop)
        hi = stop if nxt < 0 else nxt
        if _ITEM_TODAY.search(text, comma + 1, hi) and not _FAMILY_RX.search(
            text, comma + 1, hi
        ):
            return comma + 1
        comma = nxt
    return limit


_LIST_HEADER = re.compile(
    r"(?im)^[ \t]*(allerg(?:y|ies)(?: list)?|(?:current |home |outpatient )*"
    r"(?:outpatient )?medications?)[ \t]*$"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
"""An EHR list header on its own line, no colon ("Allergies" then "- Sulfa - Hives";
"Current Outpatient Medications"): its items are history (an allergy's reaction is
a past one: FHIR AllergyIntolerance.reaction), not the present illness."""


def _sections(text: str) -> list[tuple[int, str]]:
    """(offset, kind) where kind is 'history', 'family' or 'other'."""
    out: list[tuple[int, str]] = [(0, "other")]
    headers = sorted(
        [
            *_SECTION.finditer(text),
            *_LIST_HEADER.finditer(text),
            *_INLINE_HIST.finditer(text),
        ],
        key=lambda m: m.start(),
    )
    for i, m in enumerate(headers):
        name = m.group(1).strip()
        if m.re is _LIST_HEADER or _HIST_SECTION.match(name):
            kind = "history"
        elif _FAMILY_SECTION.match(name):
            kind = "family"
        elif _DDX_SECTION.match(name):
            kind = "differential"
        elif _HYPO_SECTION.match(name):
            kind = "hypothetical"
        else:
            kind = "other"
        out.append((m.start(), kind))
        # The content after the header colon belongs to it.
        limit = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        first_item_end = text.find("\n", m.end() + 1)
        if m.re is _LIST_HEADER and (
            gap := _BLANK_LINE.search(text, max(first_item_end, m.end()))
        ):
            limit = min(limit, gap.start())  # the list ends at its blank line
            out.append((limit, "other"))
        label_end = None
        if m.re is _INLINE_HIST and (nxt := _INLINE_LABEL.search(text, m.end(), limit)):
            limit = label_end = nxt.start()
        if (
            kind == "family"
            and m.re is not _LIST_HEADER
            and (item_end := _family_item_end(text, m.end(), limit)) < limit
        ):
            limit = item_end  # "FHx: MI in father aged 45, chest pain today"
            label_end = item_end
        if (
            kind in ("history", "family")
            and (cut := _inline_list_end(text, m.end(), limit)) is not None
        ):
            out.append((cut, "other"))
        elif label_end is not None:
            out.append((label_end, "other"))
    return out


def _scope_start(text: str, lo: int, pos: int) -> int:
    """Start of the text a trigger before ``pos`` may come from.

    The sentence (or section) start ``lo``, but never more than ``SCOPE_CHARS``
    before the mention, cut at a word boundary. Bounding the scope keeps extraction
    linear on text without sentence breaks (an unbounded scope rescans the whole
    "sentence" for every mention: quadratic, 77 s for 88 KB).
    """
    bound = pos - SCOPE_CHARS
    if lo >= bound:
        return lo
    m = _WORD_START.search(text, bound, pos)
    return m.start() if m else pos


def _clause_before(
    text: str, sent_start: int, pos: int, *terms: re.Pattern[str]
) -> str:
    window = text[sent_start:pos]
    last = 0
    for term in terms:
        for m in term.finditer(window):
            last = max(last, m.end())
    return window[last:]


def _last(rx: re.Pattern[str], clause: str) -> int:
    """End of the last trigger of ``rx`` in the clause, or -1."""
    last = -1
    for m in rx.finditer(clause):
        last = m.end()
    return last


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _status(
    text: str,
    s_start: int,
    s_end: int,
    start: int,
    end: int,
    section: str,
    *,
    chronic: bool = False,
    disease: bool = False,
) -> FindingStatus:
    """Classify one mention: post-triggers first, then the nearest pre-trigger.

    ``disease``: the mention names a diagnosis, not a finding (an anchored past
    disease is history, an anchored event of this visit is present).
    """
    after = text[end:s_end]
    if (
        _DDX_POST.match(after)
        or _PENDING_TEST.match(after)
        or (
            _TEST_AFTER.match(after)
            and _PENDING_BEFORE.search(text, max(0, start - 24), start)
        )
        or _queried(text, start)
        or _polar_question(text, s_start, start, end, s_end)
    ):
        return "differential"
    if (
        (
            _POST_RX.match(after)
            and not _NEXT_ITEM_NEGATED.match(after)
            and not _ABSENT_BEFORE.match(after)
        )
        or _ANSWER_POST.match(after)
        or _CHECKLIST_ANSWER.match(after)
        or _FREE_POST.match(after)
        or _NON_PRE.search(text, max(0, start - 4), start)
        or (
            _NEGATIVE_PRE.search(text, max(0, start - 10), start)
            and not _NEGATIVE_KEPT.match(text, start)
        )
    ):
        return "absent"
    clause = _clause_before(
        text, s_start, start, _TERM_RX, _CLAUSE_RX, _NEW_SUBJECT_RX, _NEW_REPORT_RX
    )
    negation = _last(_NEG_RX, _PSEUDO_RX.sub(_blank, clause))
    if (
        negation >= 0
        and "," in clause[negation:]
        and _new_statement(clause, negation, after, text[start:end])
    ) or (
        negation >= 0
        and _AND_PREDICATE.search(text, start - len(clause) + negation, end)
    ):
        negation = -1  # a new asserted item after the negated list
    if negation >= 0 and _EVENT_ANCHOR.search(text, max(0, start - 24), start):
        if disease:
            return "historical"  # "no seizure since the stroke": a past stroke
        negation = -1  # "no headache since the fall": the fall is the time's anchor
    possible = _possible_reach(clause)
    if possible >= 0 and _state_qualifier(text, start, end):
        possible = -1  # "working diagnosis PE in pregnancy": the pregnancy is stated
    nearest = max(
        (negation, 2, "absent"),
        (possible, 1, "differential"),
        (_last(_HYPO_RX, clause), 0, "hypothetical"),
    )
    if nearest[0] >= 0 and not _terminated_at(text, start, end):
        return cast(FindingStatus, nearest[2])
    if section in ("differential", "hypothetical"):
        return cast(FindingStatus, section)
    before_hist = _clause_before(
        text, s_start, start, _HIST_TERM_RX, _CLAUSE_RX, _NEW_ITEM_OPENER
    )
    before_hist = _HIST_PSEUDO_RX.sub(" ", before_hist)
    hist = _last(_HIST_RX, before_hist)
    if (
        hist >= 0
        and "," in before_hist[hist:]
        and (
            _own_item(before_hist, after)
            or _item_dated(text, start, end, s_end)
            or _NEW_ITEM_OPENER.search(before_hist + text[start:end], hist)
            or _described_now(before_hist + text[start:end], hist, chronic=chronic)
        )
    ):
        before_hist = ""  # its own count, onset or descriptor: today's event
    if (
        hist >= 0
        and not chronic
        and not disease
        and "," in before_hist[hist:]
        and _KNOWN_END.search(before_hist, 0, hist)
        and not _RESIDUAL_SOURCE.search(before_hist, hist)
    ):
        # readers50: "known IHD, chest pain radiating to the left arm": "known" names
        # one standing diagnosis; a symptom in a comma item after it is today's
        before_hist = ""
    if (
        section == "family"
        or _family_label_split(text, start)
        or (
            # most sentences name no relative: the family clause is cut only then
            _FAMILY_RX.search(text, s_start, start)
            and _family(
                _HIST_PSEUDO_RX.sub(
                    " ",
                    _clause_before(text, s_start, start, _FAMILY_TERM_RX, _CLAUSE_RX),
                ),
                text[start : min(s_end, end + 60)],
            )
            and not _own_dated_item(text, s_start, start, end, s_end)
        )
        or _relative_pronoun(text, s_start, start)
    ):
        return "family"
    if section == "history" or _HIST_RX.search(before_hist):
        return "historical"
    if _USUAL_SELF_POST.match(after) and _USUAL_SELF_PRE.search(
        text, max(0, start - 40), start
    ):
        return "historical"
    return "present"


_STATE_BEFORE: Final = re.compile(r"(?i)(?<![A-Za-z])(?:in|during)\s+(?:her\s+)?$")
_STATE_WORD: Final = re.compile(r"(?i)pregnan|post-?partum|puerper")


def _state_qualifier(text: str, start: int, end: int) -> bool:
    """Whether the mention qualifies a hypothesis by the patient's state.

    readers55 (readers54's leftover): "working diagnosis PE in pregnancy", "?DVT
    during pregnancy": the disease is the hypothesis, the pregnancy or puerperium it
    is placed in is the patient's stated state (ConText scopes a possible-existence
    trigger over the condition it modifies, not its population: Harkema H et al. J
    Biomed Inform 2009;42:839; RCOG GTG 37b works "PE in pregnancy" as pregnant).
    """
    return bool(
        _STATE_WORD.match(text, start, end)
        and _STATE_BEFORE.search(text, max(0, start - 12), start)
    )


_KNOWN_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])known\s+(?:(?:left|right|l|r|bilateral|large|small|big"
    r"|\d+(?:\.\d+)?\s*(?:cm|mm)|inguinal|umbilical|incisional|femoral|oesophageal"
    r"|esophageal|gastric|adrenal|active)\s+){0,2}$"
)
_NO_LONGER: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:resolved|removed|excised|resected|repaired|in remission"
    r"|cured|no longer|banded|ligated|colectomy|adrenalectomy|treated in"
    r"|(?:19|20)\d\d)(?![A-Za-z0-9])"
)


def _known_current(knowledge: KnowledgeBase) -> frozenset[str]:
    """Concepts the lexicon itself names current with "known" ("known UC").

    readers50 (medgi49's request): "known ulcerative colitis" and "known right
    adrenal mass" read as history while the lexicon's own "known UC" and "known
    phaeochromocytoma" read as present: a standing disease or lesion named "known"
    is there now unless written as past (``_NO_LONGER``). Every term of such a
    concept after "known" (and a side or size, ``_KNOWN_BEFORE``) reads as its
    "known" term does (ConText: "known" marks a chronic condition, not a past
    event; Harkema H et al. J Biomed Inform 2009;42:839).
    """
    found = _KNOWN_CURRENT.get(id(knowledge))
    if found is None or found[0] is not knowledge:
        lookup = lexicon(knowledge).lookup
        concepts = frozenset(
            c for t, c in lookup.items() if t.lower().startswith("known ")
        )
        found = (knowledge, concepts)
        _KNOWN_CURRENT[id(knowledge)] = found
    return found[1]


_KNOWN_CURRENT: Final[dict[int, tuple[KnowledgeBase, frozenset[str]]]] = {}
_KNOWN_END: Final = re.compile(r"(?i)(?<![A-Za-z])(?:known|previous|prior|remote)$")
"""The history trigger "known" (``_HIST_PRE``): an adjective of the one diagnosis
after it ("known COPD"), not a list label such as "history of" or "PMH:". A symptom
(no chronic condition, no diagnosis) in a comma item after it is the presentation:
"known COPD, worse breathlessness", "known gallstones, RUQ pain and vomiting" (ConText
historical scope ends at a new clinical statement; Harkema H et al. J Biomed Inform
2009;42:839). A list of standing conditions stays history ("known HTN, DM, CKD"), as
does a deficit after a brain or cord lesion ("known MS, bilateral leg weakness":
``_RESIDUAL_SOURCE``). readers52 (medgi52's request): "previous", "prior" and "remote"
are adjectives of the one past event after them as "known" is: "previous laparotomy,
vomiting and distended" is an obstruction's vomiting today (WSES 2017 ASBO)."""
_FAMILY_HEAD: Final = re.compile(r"(?i)(?<![A-Za-z])(?:family|fam\.?)\s*$")
_HISTORY_MENTION: Final = re.compile(r"(?i)(?:history|hx|h/o)(?![A-Za-z])")


def _family_label_split(text: str, start: int) -> bool:
    """Whether the mention starts inside a "family history" label.

    readers43: a lexicon term beginning "history of ..." ("history of epilepsy": the
    patient's known epilepsy) takes the label's second word, so "Family history of
    epilepsy" left only "Family" before the mention, no trigger. The label is
    ConText's FAMILY trigger (medspaCy context rules; Harkema H et al. J Biomed
    Inform 2009;42:839): what it names is a relative's.
    """
    return bool(
        _HISTORY_MENTION.match(text, start)
        and _FAMILY_HEAD.search(text, max(0, start - 12), start)
    )


_QUERY_OBJECT_COLON: Final = re.compile(r"\w[^:\n]*?(?<!\d):(?!\d)")
_LIST_NOUN: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:causes?|diagnos[ie]s|dx|ddx|differentials?|a?etiolog\w*"
    r"|following|includ\w*|options?|considerations?|conditions?|sources?"
    r"|possibilit\w*|list|problems?|issues?)(?![A-Za-z])"
)
"""readers43: a queried diagnosis closed by a colon, then its evidence ("r/o
appendicitis: periumbilical pain moving to the RIF, guarding", "referred to rule out
DVT: swollen painful right calf"): the colon ends the query's object, and what follows
is what the clinician saw, asserted (as ``_TERMINATORS``' "given": "concern for sepsis
given fever and hypotension"). ConText's possible-existence trigger reaches its
target, the queried diagnosis (Harkema H et al. J Biomed Inform 2009;42:839); the
problem-oriented note states the problem, then its subjective and objective evidence
(Weed LL. N Engl J Med 1968;278:593). A trigger followed by the colon itself ("DDx:
PE, pneumonia"), or by a list noun ("possible causes: infection, PE"), keeps its list
a differential."""


def _possible_reach(clause: str) -> int:
    """End of the last possibility trigger reaching the clause's end, or -1."""
    ddx = _last(_DDX_RX, clause)
    if ddx < 0:
        return ddx
    colon = _QUERY_OBJECT_COLON.search(clause, ddx)
    if colon is None or _LIST_NOUN.search(clause, ddx, colon.end()):
        return ddx
    return -1


_EVENT_ANCHOR: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:since|after|following|from|during|before|at the time of)"
    r"\s+(?:the|his|her|their|this|that)\s+(?:[a-z-]+\s+)?$"
)
"""An event named as the anchor of a time, with a definite or possessive determiner
("no headache or vomiting since the fall", "no loss of consciousness after the
fall", "no injuries from the fall"): the determiner presupposes the event, and the
negation before it is the symptoms' (ConText: a modifier's scope is its target's,
Harkema H et al. J Biomed Inform 2009;42:839; the presupposition of a definite
description, as ``_DEFINITE_BEFORE``). "No falls since her last visit" negates the
falls: they are the target, not the anchor."""
_TERM_REACH: Final = 24
"""Characters before a mention a termination term may start in and run into it."""


def _terminated_at(text: str, start: int, end: int) -> bool:
    """Whether a termination term runs into the mention itself.

    "not on any treatment, 3 weeks of dry cough": the lexicon's term "weeks of dry
    cough" starts inside the time anchor "3 weeks of", which opens a new event (the
    terminator list ``_TERMINATORS``), so the negation before it does not reach the
    cough (ConText termination, Harkema H et al. J Biomed Inform 2009;42:839).
    """
    return any(
        m.start() < start < m.end()
        for m in _TERM_RX.finditer(text, max(0, start - _TERM_REACH), end)
    )


_REFERRAL_LABEL = re.compile(
    r"(?i)(?<![A-Za-z])(?:referred|sent)(?: in| up)? as "
    r"(?:an? |possible |suspected )?\??$"
)
"""A referral's label on the term itself ("referred as renal colic", "sent in as
?sepsis"): the referrer's hypothesis, not a finding (diagnostic momentum: Croskerry P.
Acad Med 2003;78:775). Only the label: "referred as urgent for chest pain" asserts
the chest pain."""


_POLAR_OPENER: Final = re.compile(
    r"(?i)\W*(?:is|are|was|were|could|can|would|should|might|may|does|do|did|has"
    r"|have|had|will|any)(?![A-Za-z0-9])"
)
_WH_OPENER: Final = re.compile(
    r"(?i)\W*(?:why|what|when|where|which|who|whose|how)(?![A-Za-z0-9])"
)
_BARE_QUESTION_WORDS: Final = 5
"""A question of this many words or fewer is a bare one ("Heart attack?", "Query
DVT?", "CT to exclude PE?")."""


def _polar_question(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """Whether the mention ending at ``end`` is in a yes-no question left unanswered.

    A yes-no question asks whether its proposition holds ("Is this a stroke?",
    "Could this be meningitis?", "Bowel obstruction?"): the disease it names is a
    possibility, not an asserted finding (ConText POSSIBLE_EXISTENCE; Harkema H et
    al. J Biomed Inform 2009;42:839). A wh-question presupposes its proposition
    ("Why is he hypotensive?" asserts the hypotension); an answered question
    ("Chest pain? yes", "IV drug use? no") is read by its answer.
    """
    q = text.find("?", end, s_end)
    if q < 0 or any(c in text[end:q] for c in ".;\n"):
        return False
    if _DEFINITE_BEFORE.search(text, max(s_start, start - 12), start):
        return False  # "Is the chest pain pleuritic?": the pain is presupposed
    if _ANSWERED.match(text, q + 1):
        return False
    question = text[s_start : q + 1]
    return bool(_POLAR_OPENER.match(question)) or (
        len(question.split()) <= _BARE_QUESTION_WORDS and not _WH_OPENER.match(question)
    )


_DEFINITE_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:the|his|her|their|its|your|my)\s+$"
)
"""A definite or possessive determiner presupposes what it names (a question about
the chest pain's character asserts the chest pain)."""
_ANSWERED: Final = re.compile(
    r"(?i)[ \t]*(?:yes|y|no|n|nil|none|denies|denied|negative|positive|neg|pos"
    r"|present|absent)[ \t]*(?:[,.;:)-]|$)",
    re.MULTILINE,
)
"""A bare answer after a question mark ("? yes,", "? no."), closing its item."""


def _queried(text: str, start: int) -> bool:
    """A '?' on the term ('?renal colic', '(?appendicitis)') or a referral label.

    The question mark prefixed to a diagnosis is the clinical shorthand for a
    suspected, unconfirmed one (ConText's possible existence; Harkema H et al.
    J Biomed Inform 2009;42:839). A question ending a sentence ('any pain? no') is
    followed by a space and is not on the term.
    """
    if (
        start > 0
        and text[start - 1] == "?"
        and not text[start - 2 : start - 1].isalnum()
    ):
        return True
    return _REFERRAL_LABEL.search(text, max(0, start - 40), start) is not None


def _own_dated_item(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """Whether a comma item after a relative's history names no relative, dated now.

    readers53 (readers52's leftover): "FHx: MI in father aged 45, chest pain today"
    is the patient's chest pain: the relative's item ends at its comma, and the next
    item, dated today with no relative of its own, is a new statement (ConText: an
    experiencer's scope ends at a new clinical statement; Harkema H et al. J Biomed
    Inform 2009;42:839), as a dated item ends a history trigger's (``_item_dated``).
    """
    comma = text.rfind(",", s_start, start)
    if (
        comma < 0
        or not _FAMILY_RX.search(text, s_start, comma)
        or not _AGE_AT_EVENT.search(text, s_start, comma)
    ):
        return False
    hi = text.find(",", end, s_end)
    stop = s_end if hi < 0 else hi
    if _FAMILY_RX.search(text, comma + 1, stop) or _RELATIVE_GOES_ON.match(
        text, comma + 1, start
    ):
        return False
    return _item_dated(text, start, end, s_end)


_AGE_AT_EVENT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:aged?\s+\d{1,3}|at\s+(?:the\s+age\s+of\s+)?\d{1,3}(?![\d:.])"
    r"|in\s+(?:his|her|their)\s+\d0s|died|passed away|deceased)"
)
"""A relative's item closed as family history, by the age at the event or a death
("MI in father aged 45", "father had an MI at 45"): not a sick contact's illness
going on ("sister has D&V, started 2 days ago" stays the sister's)."""
_RELATIVE_GOES_ON: Final = re.compile(
    r"(?i)\s*(?:and\s+|but\s+)?(?:who|which|had|has|have|was|is|were|got|gets|developed"
    r"|suffered|died|also|then)(?![A-Za-z])"
)
"""The relative's own sentence going on after its comma ("Brother, who has epilepsy,
had a seizure today": the brother's)."""


def _item_dated(text: str, start: int, end: int, s_end: int) -> bool:
    """Whether the comma item holding the mention states a present time or course."""
    lo = text.rfind(",", 0, start) + 1
    hi = text.find(",", end, s_end)
    stop = s_end if hi < 0 else hi
    return bool(
        _ITEM_DATED.search(text, lo, stop) or _ITEM_CHANGING.search(text, lo, stop)
    )


_ITEM_CHANGING: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:spreading|worsening|getting (?:worse|bigger|larger)"
    r"|increasing|progressing|enlarging|growing|extending|rapidly|fast)(?![A-Za-z0-9])"
)
"""readers41 (lead41): a comma item changing now ("known atopic eczema, blisters on
the face spreading fast", "h/o DVT, swollen left calf getting bigger"): a history list
names past diseases, a lesion that spreads or grows is described today, so the history
trigger's reach ends at that comma (ConText historical scope ends at a new clinical
statement; Harkema H et al. J Biomed Inform 2009;42:839; NICE CKS atopic eczema 2024:
a rapidly spreading, painful, blistering eczema is eczema herpeticum, treated now)."""


def _described_now(probe: str, hist: int, *, chronic: bool) -> bool:
    """Whether a severity or side item after a history trigger is today's complaint.

    ``probe`` is the clause before the mention and the mention (its side may be its
    own first word: "known AF, R arm weakness"). Not for a chronic condition of the
    list ("known COPD, severe emphysema") nor for the residual deficit of a past
    brain or cord lesion ("h/o CVA, R hemiparesis").
    """
    m = _DESCRIPTOR_OPENER.search(probe, hist)
    if m is None or chronic:
        return False
    return not _RESIDUAL_SOURCE.search(probe, 0, m.start())


def _own_item(clause: str, after: str) -> bool:
    """Whether the mention opens its comma item and has its own count or onset."""
    item = clause[clause.rfind(",") + 1 :]
    return not _COORDINATED.search(item) and bool(_OWN_CONTEXT.match(after))


_MEASURED: Final = re.compile(
    r"(?i)(?<![\w.])\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|%|mm ?hg|mm|cm|bpm|/min|°\s?c)"
    r"(?![A-Za-z0-9])"
    # readers43: a scale with its score ("GCS 15", "GCS 14/15", "AMT 10/10")
    r"|(?<![A-Za-z])(?:gcs|amts?|4at|nihss|avpu)\s*(?:of|=|:)?\s*\d{1,2}(?:/\d{1,2})?"
    r"(?!\w|\.\d)|(?<![\w./])\d{1,2}/(?:10|15)(?!\w|[./]\d)"
)
"""A measured value with its unit ("capillary refill 3 seconds", "SpO2 89%", "1 mm ST
depression"), or a scale's score ("no LOC, no vomiting, GCS 15": an observation,
never a member of the negated list; NICE NG232 records the GCS as its score)."""


def _measured_item(clause: str, negation: int, after: str, mention: str) -> bool:
    """Whether a comma item after the negated one states a measured value.

    A measurement is an observation, never a member of a "no ..." list: "no tears,
    capillary refill 3 seconds, cool hands" negates the tears only, and the scope
    ends at the measured item (NegEx termination; medspaCy ConText max_scope).
    """
    items = clause[negation:].split(",")[1:]
    own = mention + after.split(",")[0]
    return bool(items) and any(_MEASURED.search(i) for i in (*items, own))


def _dated_after_context(clause: str, negation: int, after: str, mention: str) -> bool:
    """Whether symptoms dated after a negated context item are asserted.

    "No sick contacts, fever and cough since Tuesday": the trigger governs the
    context item (an exposure, a risk, the past history: ``_CONTEXT_ITEM``); the
    symptoms after the comma, closed by their own time phrase
    (``_DATED_LIST_END``), are a new statement of the present illness (ConText:
    a modifier's scope is the findings it governs, Harkema 2009; NegEx scope ends at
    a new clinical statement, Chapman 2001). A list joined by "or"/"nor" stays under
    the trigger ("no travel, fever or cough for 3 days"), as does any list whose
    first item is a symptom ("no fever, cough or dyspnoea").
    """
    items = clause[negation:].split(",")
    if len(items) < 2 or _CONTEXT_ITEM.fullmatch(mention):
        return False
    governed = 0  # the leading context items, under the trigger
    for item in items[:-1]:
        parts = [p for p in _ITEM_SPLIT.split(item) if p.strip()]
        if not parts or not all(_CONTEXT_ITEM.fullmatch(p) for p in parts):
            break
        governed += 1
    if governed == 0:
        return False
    rest = re.split(r"[.;:\n]", after, maxsplit=1)[0]
    negated = _NEG_RX.search(rest)
    if negated is not None:
        rest = rest[: negated.start()]
    if _LIST_OR.search(",".join(items[governed:]) + rest):
        return False
    return bool(_DATED_LIST_END.search(mention + rest))


def _new_statement(clause: str, negation: int, after: str, mention: str) -> bool:
    """Whether a mention past a comma after a negation is asserted on its own.

    The subject of its own verb ("no cough, dyspnea started today"), an item with
    its own count or onset ("no flatus, vomiting x3"), a measured value or an item
    after one ("no tears, capillary refill 3 s, cool hands"), an item after a negated
    one closed by its own duration ("no flatus for 2 days, vomiting") unless an "or"
    lists it under the trigger, or a noun item after a predicate negated by a bare
    "not" ("not anticoagulated, R-sided weakness"; "not tachycardic, hypotensive or
    hypoxic" is a list of predicates and stays negated).
    """
    if _OWN_VERB.match(after) or _own_item(clause, after):
        return True
    if _ACTION_MENTION.match(mention) or _ACTION_MENTION.search(
        clause[clause.rfind(",") + 1 :]
    ):
        return True
    if _ON_ITEM.match(clause[clause.rfind(",") + 1 :]) and not _LIST_OR.search(
        clause[negation:] + mention + after[:40]
    ):
        return True  # "no calf swelling, on the combined pill": what she takes
    if _on_list_after(clause, negation) and not _LIST_OR.search(
        clause[negation:] + mention + after[:40]
    ):
        return True  # "no chest pain, on amlodipine, ramipril and furosemide"
    if _verb_phrase_not(clause, negation):
        return True  # "did not hit her head, fourth fall this year": a new item
    if _measured_item(clause, negation, after, mention):
        return True
    if _dated_after_context(clause, negation, after, mention):
        return True
    first = clause.find(",", negation)
    if (
        first >= 0
        and _CLOSED_BY_DURATION.search(clause, negation, first + 1)
        and not _LIST_OR.search(clause[first:] + after[:40])
    ):
        return True
    if (
        _qualifier_only(clause, negation, after)
        or _described_item(clause, negation, after, mention)
        or _stated_result(clause, after, mention)
    ):
        return True
    m = _PREDICATE_NOT.match(clause, max(0, negation - 3))
    if m is None:
        return False
    if _NOT_RECOVERED.match(m.group(0)):
        return True  # "not back to normal since, drowsy": no list of predicates
    items = _ITEM_SPLIT.split(clause[m.end() :] + mention)
    return any(
        not _ADJECTIVE_HEAD.search(words[-1]) for i in items if (words := i.split())
    )


def _on_list_after(clause: str, negation: int) -> bool:
    """Whether a comma item after the negated one opens a drug list with "on".

    readers49 (trauma49): "no chest pain, on amlodipine, ramipril and furosemide" is
    one list of what she takes, all of it, not only its first drug (``_ON_ITEM``
    reads the item that opens with "on"; the drugs after it are that list's).
    """
    first = clause.find(",", negation)
    if first < 0:
        return False
    items = clause[first + 1 :].split(",")[:-1]
    return any(_ON_ITEM.match(item) for item in items)


_AUX_NOT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:did|does|do|has|have|had|could|can|would|will|is|was"
    r"|were|are)(?:\s+not|n't)\s*$"
)
_LIST_VERB: Final = re.compile(
    r"(?i)^\s*(?:have|has|had|having|report\w*|complain\w*|experienc\w*|notic\w*"
    r"|feel\w*|felt|develop\w*|mention\w*|describ\w*|endors\w*|admit\w*|get|got"
    r"|suffer\w*|show\w*|exhibit\w*|any|see|saw)(?![A-Za-z])"
)
_VERB_PHRASE_ITEM: Final = re.compile(r"(?i)^\s*[a-z]+(?:\s+[a-z0-9'-]+){0,5}?\s*,")


def _verb_phrase_not(clause: str, negation: int) -> bool:
    """Whether an auxiliary's "not" negates a verb phrase that ends at a comma.

    readers49 (trauma49): "did not hit her head, fourth fall this year" negates the
    blow to the head ("has not slept for 3 nights, hearing voices": the sleep, peds49);
    the comma ends that predicate and the item after it is a new
    statement (NegEx scope, Chapman WW et al. J Biomed Inform 2001;34:301; ConText,
    Harkema 2009). A verb whose object is a list of findings ("did not have fever,
    cough or rash", "does not report chest pain, dyspnoea") keeps its list negated.
    """
    if not _AUX_NOT.search(clause, 0, negation):
        return False
    rest = clause[negation:]
    return not _LIST_VERB.match(rest) and _VERB_PHRASE_ITEM.match(rest) is not None


_ABSENCE_TRIGGER: Final = re.compile(r"(?i)(?<![A-Za-z0-9])(?:no|nil|without|w/o)\W*$")
"""A bare absence word ("no", "nil", "without"), not a verb of denial whose object
list is the patient's answer ("denies fever, left arm pain")."""


def _described_item(clause: str, negation: int, after: str, mention: str) -> bool:
    """Whether a comma item after a "no" item states a described finding.

    "No neck stiffness, bibasal crackles, mild ankle oedema": an examination list
    alternates absent and present findings, and an item opened by its own site,
    side or severity (``_DESCRIPTOR_OPENER``) is an observation of its own, where
    the negation ends (ConText: a modifier's scope ends at a new finding with its
    own assertion, Harkema 2009; NegEx scope, Chapman 2001). A list joined by
    "or"/"nor" stays under the trigger ("no rash, bilateral swelling or pain").
    """
    if not _ABSENCE_TRIGGER.search(clause, 0, negation):
        return False
    head = mention + re.split(r"[,.;:\n]", after, maxsplit=1)[0]
    if (
        not _DESCRIPTOR_OPENER.search(clause + mention, negation)
        and not _PREDICATE_ITEM.match(clause[clause.rfind(",") + 1 :] + head)
        and not any(
            _SIGN_ITEM.match(clause[c + 1 :] + head)
            for c in range(negation, len(clause))
            if clause[c] == ","
        )
    ):
        return False
    rest = re.split(r"[.;:\n]", after, maxsplit=1)[0]
    return not _LIST_OR.search(clause[negation:] + mention + rest)


_RESULT_PREDICATE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:normal|unremarkable|within normal limits|(?-i:NAD)"
    r"|goes\s+to\s+the|lateralis\w*|lateraliz\w*"
    # readers51 (trauma51, peds51): a sign or test stated positive ("Dix-Hallpike
    # positive to the right"), or a finding seen on a named study ("intrauterine
    # pregnancy on scan last week")
    r"|positive|\+ve|(?:seen |shown |confirmed |visible )?on\s+(?:the\s+|an?\s+|her\s+"
    r"|his\s+)?(?:\w+\s+)?(?:scan|ultrasound|uss|(?-i:CT|MRI|TVS|TVUS|CXR)|x-?ray|film"
    r"|echo\w*|imaging))(?![A-Za-z])"
)
"""A result stated in the item: its test or structure judged normal ("ECG normal",
"ear canal and drum look normal", "normal sinus rhythm") or a bedside test's
lateralising result ("Weber goes to the left ear")."""


def _stated_result(clause: str, after: str, mention: str) -> bool:
    """Whether the mention's own comma item states a result.

    "No LOC, no burns, feels well, ECG normal"; "no pain, no discharge, ear canal and
    drum look normal": an examination or test stated with its result is a new
    observation, never a member of the negated list before it (ConText: a new
    finding with its own assertion ends the scope, Harkema 2009; NegEx, Chapman
    2001). Only the mention's own item is read, and an "or" in it keeps the list
    ("no fever, rash or normal ..." stays under the trigger).
    """
    item = (
        clause[clause.rfind(",") + 1 :]
        + mention
        + re.split(r"[,.;:\n]", after, maxsplit=1)[0]
    )
    return bool(_RESULT_PREDICATE.search(item)) and not _LIST_OR.search(item)


def _qualifier_only(clause: str, negation: int, after: str) -> bool:
    """Whether the negation is a "without" qualifying the finding before it."""
    return any(
        m.start() < negation <= m.end()
        and not _LIST_OR.search(clause[m.end() :] + after[:40])
        for m in _QUALIFIER_WITHOUT.finditer(clause)
    )


_MALE_RELATIVE: Final = (
    r"father|dad|daddy|papa|brother|uncle|nephew|son|grandson|grandfather|grandpa"
    r"|husband|boyfriend|step-?(?:father|dad|son)|(?:father|brother|son)-in-law"
)
_FEMALE_RELATIVE: Final = (
    r"mother|mum|mummy|mom|mommy|mama|sister|aunt|niece|daughter|granddaughter"
    r"|grandmother|grandma|wife|girlfriend|step-?(?:mother|mum|mom|daughter)"
    r"|(?:mother|sister|daughter)-in-law"
)
_SUBJECT_PRONOUN: Final = re.compile(r"(?i)(?<![A-Za-z])(he|she)(?![A-Za-z'])")
_OWNED_RELATIVE: Final = re.compile(
    rf"(?i)(?<![A-Za-z])(?P<owner>his|her)\s+(?:[a-z-]+\s+)?"
    rf"(?:(?P<male>{_MALE_RELATIVE})|(?P<female>{_FEMALE_RELATIVE}))(?![A-Za-z])"
)
_PRONOUN_REACH: Final = 160
"""Characters before a pronoun its antecedent relative may stand in."""
_SENTENCE_MARK: Final = re.compile(r"[.;!?\n]")


def _last_match(
    rx: re.Pattern[str], text: str, lo: int, hi: int
) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text[lo:hi]``, or None."""
    found = None
    for found in rx.finditer(text, lo, hi):  # noqa: B007 (the last one is kept)
        pass
    return found


def _relative_pronoun(text: str, s_start: int, start: int) -> bool:
    """Whether the mention's subject pronoun can only be a relative named before it.

    ConText (Harkema H et al. J Biomed Inform 2009;42:839; medspaCy's default rules)
    runs an other experiencer's scope to the sentence end or a termination term, and
    the patient named as a new subject ends it; a pronoun is the patient only if it
    can be. Agreement in gender is the first filter of pronoun resolution (Hobbs J.
    Lingua 1978;44:311; Lappin S, Leass HJ. Comput Linguist 1994;20:535): in "her
    nephew has chickenpox; he developed the rash" "her" is the patient, so "he" is the
    nephew (the rash is his, in this sentence or the next one). "Her nephew ...; she
    developed a rash" is the patient's; a relative of the patient's own gender ("his
    brother ... he") is ambiguous and stays the patient's.
    """
    pronoun = _last_match(_SUBJECT_PRONOUN, text, s_start, start)
    if pronoun is None:
        return False
    p = pronoun.start()
    lo = max(0, p - _PRONOUN_REACH)
    relative = _last_match(_OWNED_RELATIVE, text, lo, p)
    if relative is None or len(_SENTENCE_MARK.findall(text, relative.end(), p)) > 1:
        return False
    male_pronoun = pronoun.group(1).lower() == "he"
    male_relative = relative.group("male") is not None
    male_owner = relative.group("owner").lower() == "his"
    return male_pronoun == male_relative and male_owner != male_pronoun


def _family(before: str, mention_on: str) -> bool:
    """Whether a family trigger before a mention makes it another person's.

    Pseudo-triggers are blanked first (``_FAMILY_PSEUDO``), over the clause before
    the mention and the mention's own noun phrase ("her mother's iron tablets").
    """
    if not _FAMILY_RX.search(before):
        return False
    probe = _FAMILY_PSEUDO_RX.sub(_blank, before + mention_on)
    return bool(_FAMILY_RX.search(probe[: len(before)]))


def _negated(status: FindingStatus, before: str) -> FindingStatus:
    """The status of a negation word ("afebrile": fever absent).

    "not afebrile" states it present; "non-bilious" is a word of its own, so the
    vomiting after it stays present.
    """
    if status in ("present", "absent"):
        return "present" if _NOT_BEFORE.search(before) else "absent"
    return status


_INJURY_EVENTS: Final = frozenset(
    {"fall", "trauma", "mvc", "penetrating_trauma", "dangerous_mechanism",
     "head_injury"}
)  # fmt: skip
"""Injury events: the primary survey, eFAST and the trauma team are for the injury of
this visit (ATLS 10th ed.), not for one dated weeks or months before it."""
_MONTHS: Final = (
    r"(?:january|february|march|april|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_PAST_DATE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:(?:\d+|an?|one|two|three|four|five|six|several|a few|few"
    r"|many)\s*(?:weeks?|wks?|months?|mo|years?|yrs?|y)\s+(?:ago|earlier|before|prior)"
    r"|(?:last|previous|past) (?:year|month|winter|spring|summer|autumn|fall)"
    rf"|(?:in|since|during|back in|early|late|mid)[ -](?:{_MONTHS}|(?:19|20)\d\d)"
    r")(?![A-Za-z0-9])"
)
"""A date weeks, months or years before the visit ("fell 3 months ago", "after a fall
in June", "MVC in 2019"); days or hours ago stay this visit's injury."""
_CLAUSE_END: Final = re.compile(r"[.;:\n]|\b(?:but|now|today|then|and now)\b", re.I)


def dated_past(text: str, start: int, end: int) -> bool:
    """Whether the mention's own clause dates it weeks or months before the visit."""
    after = text[end : end + 40]
    cut = _CLAUSE_END.search(after)
    before = text[max(0, start - 40) : start]
    cuts = list(_CLAUSE_END.finditer(before))
    probe = before[cuts[-1].end() :] if cuts else before
    probe += " " + (after[: cut.start()] if cut else after)
    return _PAST_DATE.search(probe) is not None


_PAST_INTUBATION: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:once|twice|(?:\d+|two|three|four|several|many) times"
    r"|(?:before|prior)(?! (?:to )?(?:the )?(?:arriv|transf|transport|ems|ambulance))"
    r"|previously|in the past|at (?:the )?age (?:of )?\d+|aged \d+"
    r"|at birth|after (?:his |her |their )?birth|in the (?:nicu|neonatal unit)"
    r"|as an? (?:child|baby|infant|newborn|neonate|toddler|premature baby|preemie"
    r"|teen\w*)|(?:\d+|an?|one|two|three|four|five|six"
    r"|several|a few) (?:days?|weeks?|wks?|months?|years?|yrs?) (?:ago|earlier|before)"
    r"|for (?:an? |his |her |the |their )?(?:\w+ )?(?:operation|surgery|procedure"
    r"|\w+ectomy|\w+otomy|\w+plasty)"
    r"|x ?(?:\d+|two|three)|after (?:he|she|they) (?:was|were) born"
    r"|for (?:\w+ ){0,2}(?:exacerbations|attacks|episodes|flares|crises)"
    r"|during (?:which|(?:an? |his |her |their |that |the )?(?:previous|prior|last"
    r"|earlier|past) \w+|(?:an? |his |her |their )?(?:admission|hospitali[sz]ation"
    r"|stay|illness))"
    r"|(?:the |his |her |their |a )?(?:last|previous|prior) (?:time|admission|visit"
    r"|exacerbation|attack|episode|flare|hospitali[sz]ation|stay|icu stay))"
    r"(?![A-Za-z0-9])"
)
"""An intubation of the past ("intubated once at age 15", "was intubated two weeks
ago for pneumonia", "intubated for a hernia operation last month", "has needed
intubation before", "prior PICU intubations", "intubated as a newborn" or "at birth":
a neonatal intubation; esi33: "intubated x2", "for a month after she was born", "for
COPD exacerbations" (recurrent episodes), "during which he was intubated" / "during his
last admission", "the last time it was this bad he was intubated", "his last
exacerbation required intubation" (a stay before this visit); "intubated prior to
arrival" or "before transfer" is this visit's airway, esi32): a risk factor of the
history (GINA 2024: prior intubation for asthma), not the airway of this visit, which
ESI decision point A reads (handbook ch.3: a patient arriving intubated)."""


_INTUBATION_FEARED: Final = re.compile(
    r"(?i)(?:(?:may|might|could|will|would|going to)\s+(?:\w+\s+){0,2}(?:need|require)"
    r"\w*\s+(?:\w+\s+){0,2}?(?:to\s+be\s+)?|(?:worried|afraid|fears?|scared|concerned)"
    r"\b[^.;]{0,40}?|(?:not|n't|never)\s+(?:want|wish)\w*\s+(?:to\s+be\s+)?)$"
)
"""An intubation feared, foreseen or refused ("worried she may need to be intubated",
"would not want to be intubated"): hypothetical (ConText), not a patient arriving
intubated (ESI v4 handbook ch.3); the need itself is read from the airway signs."""


def feared_intubation(text: str, start: int) -> bool:
    """Whether an 'intubated' mention is only foreseen, feared or refused."""
    return _INTUBATION_FEARED.search(text[max(0, start - 60) : start]) is not None


def past_intubation(text: str, start: int, end: int) -> bool:
    """Whether an 'intubated' mention's own clause dates it before this visit."""
    if dated_past(text, start, end):
        return True
    after = text[end : end + 60]
    cut = _CLAUSE_END.search(after)
    before = text[max(0, start - 70) : start]
    cuts = list(_CLAUSE_END.finditer(before))
    probe = before[cuts[-1].end() :] if cuts else before
    probe += " " + (after[: cut.start()] if cut else after)
    return _PAST_INTUBATION.search(probe) is not None


_NEAR_MISS: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:nearly|almost|near-|about to|going to|gonna|felt like"
    r"|feels? like|feeling like|as if|as though)(?:\s+(?:he|she|i|they|was|were|is"
    r"|would|might|could|be|going|to|about|gonna))*\s*$"
)
"""A faint that nearly happened ("nearly blacked out", "felt like passing out",
"felt like she was going to faint") is presyncope: no loss of consciousness, which
syncope requires (ESC 2018 syncope guideline, definitions)."""


_EYE_SUBJECT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:vision|sight|eye)(?![A-Za-z])[^.;,]{0,40}$"
)
"""An eye or the vision as the subject of "blacked out" ("the vision in his left eye
blacked out for a few minutes"): a transient monocular visual loss (amaurosis fugax,
a GCA and carotid warning: AHA/ASA 2021 CRAO statement; BSR 2020 GCA), not a faint."""


_OR_ITEM_AFTER: Final = re.compile(r"(?i)\s*,?\s+(?:or|nor)\s+(?=[A-Za-z])")
"""An "or" item right after a term that owns its negation: "has not opened her bowels
or passed flatus" denies both (readers51: the flatus read passed). A negation
distributes over a disjunction ("no X or Y": neither; NegEx keeps "or" inside the
scope, Chapman WW et al. J Biomed Inform 2001;34:301)."""


_EXERTION_WORD: Final = re.compile(
    r"(?i)^(?:on exertion|exertional|worse with exertion)$"
)
_EXERTION_SUBJECT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?P<pain>pain\w*|tight\w*|discomfort|pressure|heav\w*|ache\w*"
    r"|angina\w*|cp)|(?P<other>desat\w*|sats?|saturations?|spo2|breathless\w*|sob\w*"
    r"|short of breath|dyspn\w*|(?:pre)?syncop\w*|faint\w*|collaps\w*|dizz\w*"
    r"|light-?headed\w*|palpitations?|wheez\w*|cough\w*|fatigue\w*|tired\w*|hypoxi\w*"
    r"|\d+\s*%))(?![A-Za-z])"
)


def _exertion_of_another(text: str, start: int, end: int) -> bool:
    """Whether a bare "on exertion" / "exertional" qualifies no pain.

    readers51 (readers50's leftover): "desaturates to 86% on exertion", "SOB on
    exertion" qualify the saturation or the breathlessness: its sentence names that
    finding before it and no pain, so it is no exertional chest pain (angina's
    provocation: Diamond GA, JACC 1983;2:334). A sentence naming a pain keeps it
    ("chest pain and SOB on exertion"), as does a qualifier with no subject
    ("Exertional.").
    """
    if not _EXERTION_WORD.match(text[start:end].strip()):
        return False
    lo = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    found = list(_EXERTION_SUBJECT.finditer(text, lo, start))
    return bool(found) and not any(m.group("pain") for m in found)


def _own_negations_masked(text: str, found: list[tuple[int, int, str]]) -> str:
    """The text with the negation words that belong to a finding's own name masked.

    "No air entry", "not breathing", "no bowel sounds" and "not passing urine" state
    a finding present; their "no" is not a trigger over the items after them ("no
    air entry on the left, trachea deviated, hypotensive" asserts all three): a
    trigger that is part of a target term is no trigger (ConText, Harkema H et al.
    J Biomed Inform 2009). A negation term of the lexicon ("no pulse deficit") keeps
    its reach over its list. Same length, so offsets hold.
    """
    out: list[str] | None = None
    for start, end, concept in found:
        if concept.startswith(ABSENT_PREFIX) or _OR_ITEM_AFTER.match(text, end):
            continue
        for m in _NEG_RX.finditer(text, start, end):
            if m.end() <= end:
                out = out if out is not None else list(text)
                out[m.start() : m.end()] = "x" * (m.end() - m.start())
    return text if out is None else "".join(out)


_RESOLUTION: Final = (
    r"(?:(?:has|have|had)\s+)?(?:now\s+|since\s+|both\s+|all\s+|fully\s+"
    r"|completely\s+|spontaneously\s+)*(?:(?:is|was|were|are|been|has|have)\s+)?"
    r"(?:now\s+|since\s+|fully\s+|completely\s+|spontaneously\s+)*"
    r"(?:resolved|settled|subsided|went away|abated|(?:now|all|completely) gone"
    # complaint30's leftover: "now back to normal", "returned to baseline"
    r"|(?:back|returned) to (?:(?:his|her|their) )?(?:normal|baseline)"
    # no episode since: "haematuria yesterday, none today", "seizure, none since"
    r"|none (?:since|today|now|further)|nil since|no (?:further|more) episodes)"
    r"(?![A-Za-z0-9])"
)
_RESOLVED_ON: Final = re.compile(rf"(?i)^\W{{0,3}}{_RESOLUTION}")
"""The mention's own resolution written after it ("chest pain resolved with GTN",
"weakness has now resolved")."""
_RESOLVED_LATER: Final = re.compile(
    rf"(?i)^[^.;,:\n]{{0,60}}?(?:,\s*(?:and\s+|but\s+)?|\s+(?:which|that|and)\s+)"
    rf"{_RESOLUTION}"
)
"""A resolution closing the mention's own comma item or relative clause ("chest pain
yesterday, now resolved", "diarrhoea last week, settled", "pain at 0300 which has since
resolved"); the next list item is not reached ("fever, cough now resolved")."""
_TRANSIENT_EVENTS: Final = frozenset(
    {"unilateral_weakness", "facial_droop", "speech_disturbance", "vision_loss",
     "diplopia", "focal_deficit", "numbness", "chest_pain", "chest_pressure",
     "exertional_pain", "pleuritic_pain", "palpitations", "syncope", "presyncope",
     "seizure", "fever", "apnea", "thunderclap_headache", "worst_headache",
     "hematemesis", "melena", "hematochezia", "gi_bleeding", "hemoptysis",
     "vaginal_bleeding"}
)  # fmt: skip
"""Events whose resolved episode is itself the presentation, read present when they
resolved: a focal deficit that resolved is a TIA, high risk of stroke in the next
days (Easton JD et al. AHA/ASA TIA statement, Stroke 2009;40:2276); rest chest pain
that has settled is still a suspected acute coronary syndrome (Byrne RA et al. ESC
2023 ACS: pain-free at presentation does not exclude it); a fever documented before
the visit counts (Pantell RH et al. AAP 2021 febrile infant guideline), as does a
bleed that has stopped (Glasgow-Blatchford score) or a palpitation, faint or seizure
that is over. Other symptoms that resolved are past, not current (ConText
temporality, Harkema 2009)."""
_ONE_SIDE_OF_MOUTH: Final = guarded(
    re.compile(
        r"(?i)^\W{0,3}(?:\w+ ){0,2}?(?:from|at|out of|through) (?:the |his |her |my )?"
        r"(?:(?:left|right|one|affected|weak) (?:side|corner) of "
        r"(?:the |his |her |my )?(?:mouth|lips?)"
        r"|(?:left|right|affected|weak)(?: side of the)? (?:mouth|lip)(?: corner)?"
        r"|corner of (?:the |his |her |my )?mouth)"
    )
)
"""Drooling from one corner or side of the mouth: the lip's weakness in a facial
palsy (Baugh RF et al. AAO-HNS 2013 Bell's palsy: oral incompetence), not the saliva
an obstructed or painful throat cannot swallow (Tintinalli 9th ed. ch. 246)."""


def _one_sided_drool(text: str, end: int) -> bool:
    """Whether a drooling mention goes on to name one corner or side of the mouth."""
    return _ONE_SIDE_OF_MOUTH.search(text[end : end + 60]) is not None


_DEFICITS: Final = frozenset(
    {"unilateral_weakness", "facial_droop", "speech_disturbance", "vision_loss",
     "diplopia", "focal_deficit", "numbness"}
)  # fmt: skip
"""Deficits whose resolution is the transience of a TIA (``symptoms_resolved``)."""


_LONG_AGO: Final = re.compile(
    r"(?i)\s*\(?\s*(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a few|few|many)"
    r"\s*(?:months?|mo|years?|yrs?)\s+(?:ago|earlier|before|previously)"
    r"|in\s+(?:19|20)\d\d|(?:last|the previous) year|as a child|in childhood)"
    r"(?![A-Za-z0-9])"
)
"""A mention dated months or years before the visit by the words right after it
("seizure 5 years ago", "DVT in 2019", "pneumonia last year"): historical (ConText
temporality: more than two weeks before the visit; Harkema H et al. J Biomed Inform
2009;42:839). "Cough started 2 weeks ago" is an onset (no date right after the
mention, and weeks stay this illness's)."""
_STILL_NOW: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:again|recurr\w*|another|similar|now|today|tonight"
    r"|this (?:morning|afternoon|evening)|since then|ongoing|still|persist\w*"
    r"|worse\w*|continu\w*|on and off|intermittent\w*|ever since)(?![A-Za-z0-9])"
)
"""Words that carry a past episode into this visit ("chest pain 3 months ago, again
today", "headache 2 years ago, ongoing since")."""


_EPISODE_OPENS: Final = re.compile(
    r"(?i)(?:^|[.;,:(\n]|\b(?:who|which|that|from|says|said|states|stated|tells|told)"
    r"(?=\s))\s*(?:(?:he|she|they|patient|pt"
    r"|had|has had|have had|a|an|one|last|his|her|the|single)\s+)*$"
)
"""The dated mention opens its clause or a relative clause ("seizure 5 years ago", "had
a DVT in 2019", "a man who had a stroke two years ago",
"he had chest pain last year", esi34: "says he had a seizure last year"): the episode
itself is dated, not an act on it ("ran out of methimazole a month ago" is today's
state, off treatment)."""


_OLD_DEFICIT: Final = re.compile(
    r"(?i)(?<![-\w])(?<!year )(?<!years )(?<!month )(?<!months )(?<!week )(?<!weeks )"
    r"(?<!day )(?<!days )(?:old|residual|long-?standing|chronic|baseline|congenital)\s+"
    r"(?:(?:left|right|l|r)(?:[- ]sided)?\s+)?(?:\w+\s+)?$"
)
"""A deficit called old, residual, chronic or baseline ("old left-sided weakness",
"residual R arm weakness", "chronic right leg weakness"): the lasting deficit of a
past lesion, history (ConText historical; ESI v4 handbook ch.4 counts a *new*
neurological deficit), never the "old" of a person's age ("70-year-old")."""


_VIA_COMPLEMENT: Final = re.compile(
    r"(?i)\s+(?:to|of|in|on|at|with|from|after|while)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
    r"(?=" + _LONG_AGO.pattern.removeprefix("(?i)") + ")"
)
"""The date after the event's prepositional complement ("anaphylaxis to peanuts as a
child", "a seizure at work two years ago"): the complement belongs to the event, so
the date does too (ConText temporality over the event's phrase)."""


_RESIDUAL_OF: Final = re.compile(
    r"(?i)(?:\s+[\w'-]+){0,8}?\s+(?:left over|leftover|remaining|residual) from"
    r"|(?:\s+[\w'-]+){0,3}?\s+(?:since|from) birth(?![A-Za-z])"
    r"|(?:\s+(?:that|which|and))?(?:\s+(?:is|are|was|remains?|has been))?\s+(?:at"
    r" (?:his |her |their )?baseline|(?:his |her |their )baseline|unchanged|the same"
    r" as (?:usual|always|before)|as (?:usual|always))(?![A-Za-z])"
    r"|(?:\s+[\w'-]+){0,3}?\s+(?:from|since|after) (?:a |an |his |her |the |their )?"
    r"(?:old |previous |prior |past |earlier )?(?:[\w'-]+ ){0,2}?"
    + _RESIDUAL_SOURCE.pattern.removeprefix("(?i)")
)
"""A deficit followed by the past lesion it is left from ("a droop left over from
Bell's palsy", "weakness since his stroke", "a limp from a previous stroke", esi33: "a
right hemiparesis since birth", "aphasic at baseline", "weakness that is unchanged"):
the lesion's (or birth's) lasting deficit, history
(AHA/ASA 2019: pre-stroke disability is baseline). A deficit dated today is read by
``_ITEM_DATED`` first."""


_NEW_NOW: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:new|sudden\w*|acute\w*|worse\w*|today|tonight|this"
    r" (?:morning|afternoon|evening)|last night|overnight|\d+\s*(?:minutes?|mins?"
    r"|hours?|hrs?)\s+ago|an? hour ago)(?![A-Za-z0-9])"
)


def _residual_deficit(text: str, start: int, end: int, s_end: int) -> bool:
    """Whether a deficit is an old lesion's residual, not a new one (history).

    "Old left-sided weakness", "a droop left over from Bell's palsy", "a limp since
    his stroke"; never with a word of today or of a new onset in the clause ("new
    weakness since his stroke this morning").
    """
    after = _RESIDUAL_OF.match(text, end, s_end)
    if not (after or _OLD_DEFICIT.search(text, max(0, start - 30), start)):
        return False
    lo = max(text.rfind(".", 0, start), text.rfind(";", 0, start), 0)
    ends = [
        i for i in (text.find(".", end, s_end), text.find(";", end, s_end)) if i > 0
    ]
    hi = min(ends, default=s_end)
    if other := _OTHER_PROBLEM.search(text, end, hi):
        hi = other.start()  # "..., has had a painful toe since last night": the toe's
    return not _NEW_NOW.search(text, lo, hi)


_OTHER_PROBLEM: Final = re.compile(
    r"(?i),\s+(?:(?:and|but)\s+)?(?:(?:he|she|they|now)\s+)?(?:has had|has|had"
    r"|presents?|presented|complains?|comes?|came|is here|was brought|is brought)"
    r"(?![A-Za-z])(?!\s+(?:new|sudden\w*|worse\w*|more|increas\w*))"
)
"""A comma followed by a new predicate about another problem ("slurred speech since his
brain injury 10 years ago, ..., has had a painful red toe since last night"): the
onset words after it date that problem, not the residual deficit before it (ConText
termination at a new clause, Harkema H et al. J Biomed Inform 2009;42:839). A
predicate of a new or worse deficit ("..., has new right arm weakness") keeps its
onset words in reach."""


_NEXT_CLAUSE: Final = re.compile(
    r"(?i)\s(?:and|but)\s+(?:(?:he|she|they|patient|pt)\s+)?(?:says?|said|states?"
    r"|stated|reports?|reported|denies|denied|tells|told)(?![A-Za-z0-9])"
)
"""A coordinated clause of the patient's report ("... and says he has ..."): a new
statement, where the previous clause's date stops (ConText termination)."""


_CANCER_PAST_CONCEPTS: Final = frozenset({"active_cancer", "recent_chemotherapy"})
_REMISSION: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:in (?:complete |full )?remission|remission since|cured"
    r"|no evidence of (?:disease|recurrence)|ned|disease[- ]free|cancer[- ]free"
    r"|all clear|discharged from (?:oncology|(?:\w+ )?follow[- ]up)"
    r"|no (?:active )?treatment since|survivor)(?![A-Za-z])"
)
_STILL_ACTIVE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:not in remission|relaps\w*|recurr\w*|metasta\w*|palliati\w*"
    r"|progress\w*|receiving|undergoing|on (?:chemo|treatment|therapy)"
    r"|active (?:disease|cancer)|new(?:ly)? diagnos\w*)(?![A-Za-z])"
)


def _cancer_in_remission(text: str, start: int, end: int) -> bool:
    """Whether a cancer or its chemotherapy is written as past: in remission, cured.

    Wells PS et al. (Thromb Haemost 2000; Lancet 1997): 'active cancer' is treatment
    within 6 months or palliative care; IDSA 2010 / NICE NG151 neutropenic sepsis
    follow chemotherapy within 6 weeks. "Breast cancer resected in 2015, in
    remission", "lymphoma treated with chemotherapy in 2010, in remission since" is
    history (ConText historical); a relapse, metastases, palliative or current
    treatment keep it active.
    """
    sentence = text[sentence_start(text, start) : sentence_end(text, end)]
    return bool(_REMISSION.search(sentence)) and not _STILL_ACTIVE.search(sentence)


def _long_ago(text: str, start: int, end: int, s_end: int) -> bool:
    """Whether the mention is an episode dated months or years back, not today's."""
    via = _VIA_COMPLEMENT.match(text, end, s_end)
    m = _LONG_AGO.match(text, via.end() if via else end, s_end)
    if m is None or _EPISODE_OPENS.search(text, max(0, start - 30), start) is None:
        return False
    # a word of the present carries the episode into this visit only in its own
    # clause ("seizure 2 years ago, again today"), not in the next one ("an attempt
    # 12 years ago and says he has no such thoughts now": ConText termination)
    nxt = _NEXT_CLAUSE.search(text, m.end(), s_end)
    return not _STILL_NOW.search(text, m.end(), nxt.start() if nxt else s_end)


_TREATED_FOR: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:treated(?: (?:with|by)(?: [\w/'-]+){1,4}?)?"
    r"|(?P<done>(?:completed?|completing|finish(?:ed|ing)?) (?:a |the |his |her )?"
    r"(?:course|treatment)(?: of \w+)?)) for"
    r"(?: (?:a|an|his|her|the|their))?(?: [\w'-]+){0,3}\s*$"
)
"""An episode and its treatment: "treated for cellulitis", "treated with clindamycin
for cellulitis" (readers41: the drug may stand between), "completed a course of
antibiotics for a UTI"; readers46: a completed or finished treatment closes the
episode without a date ("after finishing treatment for a DVT": ConText historical)."""
_TREATED_DATE: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:(?:(?P<n>\d+|seven|eight|nine|ten|eleven|twelve|fourteen"
    r"|several)\s*days?|(?:\d+|an?|one|two|three|four|five|six|several|a few|few"
    r"|many)\s*(?:weeks?|wks?|months?|years?|yrs?))\s+(?:ago|prior|earlier|before"
    r"|previously)"
    # readers41: a calendar anchor dates the episode too ("last month", "last week",
    # "in March", "in 2023"); a week is a usual course's length (IDSA SSTI 2014)
    r"|(?:last|previous|past|the previous|the past) (?:week|fortnight|month|year"
    r"|winter|spring|summer|autumn)|a fortnight ago"
    rf"|(?:in|during|back in|early|late|mid)[ -](?:{_MONTHS}|(?:19|20)\d\d)"
    r")(?![A-Za-z0-9])"
)
_TREATED_DONE: Final = re.compile(
    r"(?i)(?:(?<![A-Za-z])(?:(?:course|treatment|antibiotics?)\s+(?:was\s+|were\s+"
    r"|now\s+)?(?:completed|finished|complete)|(?:completed|finished)\s+(?:the\s+"
    r"|a\s+|his\s+|her\s+)?(?:course|treatment|antibiotics?)"
    r"|(?:now|since|has|had|have)\s+(?:fully\s+)?(?:healed|resolved|settled|cleared))"
    r"|,\s*completed)(?![A-Za-z])"
)
"""The treated episode closed: its course completed or its disease healed since
("treated for cellulitis with cephalexin, completed", "course finished", "now
healed"): a past episode even without a date (ConText historical; Harkema H et al.
J Biomed Inform 2009;42:839)."""
_TREATED_STILL: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:not (?:improv|better|resolv)\w*|fail\w*|despite|spread\w*"
    r"|recurr\w*|again|persist\w*|still|ongoing|worse\w*|progress\w*)"
)


_OPERATION_CAUSE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?P<op>\w+(?:ectomy|otomy|ostomy|plasty|pexy)|surgery|operation"
    r"|orif|amputation|transplant\w*|replacement|repair|fixation|removal"
    # readers53 (infect53's request): the operation in words, "had his spleen removed
    # after a car crash", "her hip was pinned following a fall"
    r"|removed|repaired|replaced|pinned|plated|fixed|amputated|reconstructed"
    r"|operated on)\s+(?:after|following|due to|secondary to)"
    r"\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+){0,2}$"
)
_OPERATION_AHEAD: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:plan\w*|booked|needs?|requir\w*|await\w*|scheduled|for|to"
    r" have|going|consent\w*|listed|proceed\w*|urgent|emergency|emergent|immediate)"
    r"\W+(?:\w+\W+){0,2}$"
)


_CAUSE_WORDS: Final = ("after", "following", "due to", "secondary to")


def _operation_cause(text: str, start: int) -> bool:
    """Whether the mention is the cause of a past operation named before it.

    "Splenectomy after a car crash", "hip replacement following a fall": the
    mechanism is the operation's, dated with it, not today's event (ConText
    historical: the history's own finding; Harkema H et al. J Biomed Inform
    2009;42:839). An operation planned or needed now ("needs laparotomy after the
    stab wound") leaves its cause present.
    """
    lo = max(0, start - 60)
    window = text[lo:start].lower()
    if not any(w in window for w in _CAUSE_WORDS):
        return False  # the cheap words first: most mentions have none before them
    m = _OPERATION_CAUSE.search(text, lo, start)
    if m is None:
        return False
    return not _OPERATION_AHEAD.search(text, max(0, m.start() - 30), m.start())


def _treated_before(text: str, start: int, end: int) -> bool:
    """Whether the mention is an episode treated a week or more before the visit.

    "Treated for left leg cellulitis with IV antibiotics 10 days prior": the episode
    and its course are dated before this illness (ConText historical: a historical
    trigger with a date; Harkema H et al. J Biomed Inform 2009;42:839), past a usual
    course's length (5-7 days for cellulitis: Stevens DL et al. IDSA SSTI 2014), by
    a calendar anchor ("last month", "in March"), or closed by a completed course or
    healing ("..., completed", "now healed"). A word that the episode persists,
    recurred or failed treatment keeps it present.
    """
    cuts = list(re.finditer(r"[.;\n]", text[max(0, start - 80) : start]))
    clause = max(0, start - 80) + (cuts[-1].end() if cuts else 0)
    trigger = _TREATED_FOR.search(text, clause, start)
    if trigger is None:
        return False
    stop = re.compile(r"[.;\n]").search(text, end)
    sentence = text[clause : stop.start() if stop else len(text)]
    if _TREATED_STILL.search(sentence):
        return False
    if trigger["done"]:
        return True  # "completed treatment for a DVT": the episode is closed
    limit = stop.start() if stop else len(text)
    m = _TREATED_DATE.search(text, end, limit)
    if m is None:
        return _TREATED_DONE.search(text, end, limit) is not None
    return not (m.group("n") or "").isdigit() or int(m.group("n")) >= 7


_LAST_WEEK: Final = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:last week|the week before|(?:a|one|1) week ago)"
    r"(?![A-Za-z0-9])"
)
_RECENT_STAYS: Final = _DEFICITS | {
    "chest_pain",
    "chest_pressure",
    "exertional_pain",
    "pleuritic_pain",
}
"""Transient events whose resolved episode of last week is still this presentation:
a TIA (stroke risk highest in the first week: Easton JD et al. AHA/ASA 2009) and
rest chest pain (recent angina: ESC 2023 ACS)."""


def _resolved_long_before(text: str, start: int, end: int, concept: str) -> bool:
    """Whether a resolved transient event is dated before this illness.

    Dated weeks, months or years back (``dated_past``) it is a past episode
    (ConText temporality: more than two weeks before the visit, Harkema H et al. J
    Biomed Inform 2009;42:839); a fever, faint or bleed of last week that settled is
    too, except the events whose last week still counts (``_RECENT_STAYS``).
    """
    if dated_past(text, start, end):
        return True
    if concept in _RECENT_STAYS:
        return False
    after = text[end : end + 40]
    cut = _CLAUSE_END.search(after)
    before = text[max(0, start - 40) : start]
    cuts = list(_CLAUSE_END.finditer(before))
    probe = (before[cuts[-1].end() :] if cuts else before) + " "
    probe += after[: cut.start()] if cut else after
    return _LAST_WEEK.search(probe) is not None


_PERSISTS_AFTER: Final = re.compile(
    r"(?i)^[^.;\n]{0,60}?(?<![A-Za-z])(?:still(?: \w+)? (?:present|there|ongoing)"
    r"|persist\w*|ongoing|continu(?:es|ing)|remains?|unchanged|not resolved"
    r"|(?:has|have)(?: not|n't) (?:resolved|improved|gone)|on (?:arrival|exam\w*)"
    r"|since (?:\d{1,2}(?:[:.]?\d\d)?\s*(?:h\b|hrs?|hours|am|pm|a\.m\.|p\.m\.)?"
    r"|this (?:morning|afternoon|evening)|waking|(?:he|she|they) woke|last night"
    r"|yesterday|onset))(?![A-Za-z])"
)
_PERSISTS_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:still (?:has|have|had|with)|persistent|persisting|ongoing"
    r"|continuing)\s+(?:[\w'-]+\s+){0,4}$"
)
"""A deficit written as still present at the visit ("arm drift and trouble finding
words since 08:00", "weakness persists", "still has a facial droop", "drift on
examination"). A deficit that has not resolved is a stroke until proven otherwise, not
a TIA (tissue definition: Easton JD et al. AHA/ASA TIA statement, Stroke
2009;40:2276; Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke)."""


def _persisting(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether a deficit is written as persisting, after it or just before it."""
    return bool(
        _PERSISTS_AFTER.match(text[end:s_end])
        or _PERSISTS_BEFORE.search(text[s_start:start])
    )


_REPAIRED_ON: Final = re.compile(
    r"(?i)\W{0,3}(?:(?:which\s+)?(?:was|were|has been|had been|have been)\s+)?"
    r"(?:surgically\s+|successfully\s+|electively\s+|laparoscopically\s+)?"
    r"(?:repaired|excised|resected|(?:(?:mesh|open|lap\w*)\s+)?"
    r"repair(?=\s+(?:in\s+)?(?:(?:19|20)\d\d|\d+\s+(?:years?|months?)\s+ago|"
    r"last\s+(?:year|month))))(?![A-Za-z])"
)
"""A lesion written with its past repair or removal right after it ("known hernia,
repaired 2015", "hernia repaired in 2015", "hernia repair 2015"): history, no longer
there (readers51, readers50's leftover; ConText temporality, Harkema H et al. J
Biomed Inform 2009;42:839). A repair planned ("for hernia repair", "awaiting repair")
has no past participle or date and stays the lesion present; "removed" is left out (a
tick removed is still a tick bite)."""


def _resolved(text: str, end: int, s_end: int) -> bool:
    """Whether the mention is written as resolved, on it or closing its item."""
    after = text[end:s_end]
    return bool(_RESOLVED_ON.match(after) or _RESOLVED_LATER.match(after))


_OTHER_LABEL: Final = re.compile(
    r"(?i)(?:^|(?<=[\n.;]))[ \t*•-]*(?:(?:maternal|paternal|mother'?s|father'?s)"
    r"(?:\s+(?:medical|obstetric|family|past))?\s+(?:history|hx|background|details)"
    r"|(?:co-?)?twin(?:\s+(?:[a-d1-4]|one|two))?|sibling|(?:older |younger |twin )?"
    r"(?:brother|sister)|(?P<newborn>(?:the\s+)?(?:neonate|neonatal|newborn|baby|infant"
    r"|f(?:o)?etus|f(?:o)?etal)(?:'s)?(?:\s+(?:findings|details|status|course"
    r"|outcome|condition|exam|examination|history|assessment|at birth))?))"
    r"\s*:"
)
"""A list label naming another person ("Twin B:", "Maternal history:", "Sibling:",
"Neonate findings:"): the items after it, to the end of its sentence, are that
person's (ConText experiencer 'other', Harkema 2009); a label opening a line owns its
whole list item, over several sentences ("- Neonate findings: shock. Required
transfusion and intubation."). A newborn's label is another
person only in an older patient's note (a mother's labour with the baby's course).
A label naming the patient ("Twin A (patient):") is none."""


_NEWBORN_OWNED: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:f(?:o)?etal|neonatal|(?:newborn|baby|infant|neonate)'s)\s+$"
)
"""The fetus's or newborn's own sign in a mother's note ("fetal tachycardia", "the
baby's apnoea"): not the mother's."""


_INFORMANT_VERB: Final = (
    r"(?:states?|stated|says|said|reports?|reported|notes?|noted|notices?|noticed"
    r"|found|finds|saw|sees|witnessed|heard|thinks|thought|believes?|believed"
    r"|describes?|described|tells|told|explains|explained|observed|recalls|recalled"
    r"|(?:is\s+)?(?:concerned|worried))(?![A-Za-z])"
)
"""A relative's verb of telling or seeing: the relative is the informant and what
follows is the patient's (ConText pseudo-trigger, Harkema 2009; ``_FAMILY_PSEUDO``)."""
_NEWBORN_SUBJECT: Final = re.compile(
    r"(?i)[\s*•-]*(?:(?:her|his|their|the)\s+)?(?:(?:new-?born|\d+-(?:day|week)-old)"
    r"\s+)?(?:baby|newborn|infant|neonate|son|daughter)\s+(?:(?:is|was|has|had|looks"
    r"|seems|appears|became|has been)\s+)?(?=[a-z])"
    rf"(?!{_INFORMANT_VERB})"
    r"(?![^.;\n]*\b(?:mov\w*|kick\w*|due|breech)\b)"
)
"""A sentence whose subject is the patient's newborn ("Her baby is jaundiced, sleepy
and feeding poorly") in an older patient's note: its findings are the baby's
(ConText experiencer 'other', Harkema 2009). Fetal movements and a due date stay
the pregnant patient's. A son or daughter who tells or sees ("her son noticed her
face drooping", triage56) is the informant: the findings are the patient's."""


def _newborn_subject(text: str, s_start: int, start: int) -> bool:
    """Whether the sentence from ``s_start`` is about the newborn up to ``start``."""
    m = _NEWBORN_SUBJECT.match(text, s_start)
    return m is not None and m.end() <= start


def another_persons(text: str, start: int, *, newborn_other: bool = False) -> bool:
    """Whether a list label or a newborn's owner makes ``text[start:]`` another's.

    For the regex readers of their own patterns (``needs``): "Twin B: intubated"
    is no ventilated patient; "Neonate findings: intubated" in a mother's note
    (``newborn_other``) neither (ConText experiencer, Harkema 2009).
    """
    cuts = [m.end() for m in _SENT_SPLIT.finditer(text, 0, start)]
    return _other_label(
        text, cuts[-1] if cuts else 0, start, newborn_other=newborn_other
    )


def _other_label(text: str, s_start: int, start: int, *, newborn_other: bool) -> bool:
    """Whether the mention is another person's by a label or a newborn's owner."""
    if newborn_other and (
        _NEWBORN_OWNED.search(text, max(0, start - 20), start)
        or _newborn_subject(text, s_start, start)
    ):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    opening = _OTHER_LABEL.match(text, line_start)
    if (
        opening is not None
        and opening.end() <= start
        and (newborn_other or opening.group("newborn") is None)
    ):
        return True  # a label opening a list line owns the whole item
    for m in _OTHER_LABEL.finditer(text, max(s_start, line_start), start):
        if newborn_other or m.group("newborn") is None:
            return True
    return False


_DRUG_NOT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:not|no longer|never)\s+(?:(?:currently|presently|yet|ever"
    r"|been|regularly)\s+)*(?:on|taking|using|prescribed|started on)(?![A-Za-z])"
)
"""A negated current use ("not on", "not taking", "no longer on"): its scope is the
drug list it names."""
_MEDICATION: Final = re.compile(
    r"^(?:anticoagulation|antiplatelet|recent_chemotherapy|.+_(?:use|drug|medication"
    r"|inhibitor))$"
)
"""Concepts of a drug taken (``findings.yaml``: anticoagulation, insulin_use, ...),
the items a "not on" list negates."""


def _drug_object_not(
    text: str, s_start: int, start: int, end: int, s_end: int
) -> tuple[int, int] | None:
    """The "not on" trigger whose drug list a comma closes before ``start``, or None.

    "Not on warfarin, black tarry stools and epigastric pain": the negation is the
    drug's, and the comma item after the list is a new statement (ConText: a
    modifier's scope ends at a new finding, Harkema H et al. J Biomed Inform
    2009;42:839; NegEx scope, Chapman WW et al. 2001). "Not on aspirin, clopidogrel or
    warfarin" keeps every drug negated (the caller asks only for non-drug mentions).
    A later trigger ("not on warfarin, no melaena") governs the mention itself, and an
    "or" list after the comma stays under the trigger ("not on warfarin, vomiting or
    diarrhoea": ``_LIST_OR``).
    """
    last = None
    for m in _DRUG_NOT.finditer(text, s_start, start):
        last = m
    comma = text.rfind(",", last.end(), start) if last is not None else -1
    if last is None or comma < 0 or _NEG_RX.search(text, last.end(), start):
        return None
    rest = re.split(r"[.;:\n]", text[end:s_end], maxsplit=1)[0]
    if _LIST_OR.search(text[comma:start] + " " + rest):
        return None
    return last.start(), last.end()


_STOPPABLE: Final = frozenset({"anticoagulation"})
"""Current-use concepts a stop before the visit ends (``rules.stopped``: "apixaban
stopped 3 weeks ago" is no anticoagulation; "held this morning" still is)."""
_PLANNABLE: Final = frozenset({"anticoagulation", "antiplatelet"})
"""Current-use concepts a plan to start is not (``rules.stopped.planned``: "start
anticoagulation with apixaban" in the plan is no anticoagulant the patient takes)."""


def may_name(knowledge: KnowledgeBase, concept: str, text: str) -> bool:
    """False only when ``extract_findings(text, knowledge)`` finds no ``concept``.

    For a concept the findings lexicon alone reads (its knowledge-base terms: no
    sign reader names it): a text naming none of its terms' words (``term_words``,
    compared lower-cased) holds no mention of it.
    """
    low = plain_quotes(text).lower()  # the text ``extract_findings`` matches
    return any(w in low for w in term_words(knowledge, concept))


MEDICATION_CONCEPTS: Final = frozenset(
    {
        "anticoagulation",
        "antiplatelet",
        "beta_blocker_use",
        "ccb_use",
        "glucocorticoid_use",
        "hormone_use",
        "insulin_use",
        "qt_prolonging_drug",
    }
)
"""Lexicon concepts read from a drug's name (rivaroxaban is ``anticoagulation``)."""
_INDICATION_GAP: Final = re.compile(
    r"(?i)^[\w ./-]{0,30}?\bfor (?:(?:his|her|their|known|chronic|paroxysmal|"
    r"persistent|permanent|long-?standing|an?) )*$"
)
"""What lies between a drug and the condition it is taken for ("rivaroxaban 20 mg
daily for", "apixaban for her paroxysmal")."""


def _drug_indication(text: str, start: int, before: list[Finding]) -> bool:
    """Whether the mention at ``start`` is the indication of the drug named just before.

    A standing condition named as the reason for a medication ("on rivaroxaban for
    atrial fibrillation") is the patient's background, as in a past-history list, not
    the presenting problem (ConText historical: Harkema H et al. J Biomed Inform
    2009;42:839; ICD-10-CM I.B.4: code the condition the visit is for).
    """
    drug = next((f for f in reversed(before) if f.end <= start), None)
    return (
        drug is not None
        and drug.concept in MEDICATION_CONCEPTS
        and _INDICATION_GAP.match(text[drug.end : start]) is not None
    )


_SEIZURE_WORD: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:seiz\w*|fits?|fitting|convuls\w*|\w*ictal|jerk\w*|shak\w*"
    r"|tonic|clonic|epilep\w*|twitch\w*|stiffen\w*|status)(?![A-Za-z])"
)
_FAINT_WORD: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:faint\w*|syncop\w*|collaps\w*|passed\s+out|blacked\s+out"
    r"|keeled\s+over|swoon\w*|vasovagal)(?![A-Za-z])"
)


def _faint_recovery(text: str, start: int, end: int) -> bool:
    """Whether a recovery phrase ("back to normal in a minute") closes a faint.

    The lexicon's recovery words ("back to normal", "back to baseline", "now alert")
    are the end of a post-ictal phase only where the note tells of a seizure; after a
    faint or a collapse with no seizure word they are the rapid, complete recovery of
    a syncope (ESC 2018 syncope guideline, Brignole M et al. Eur Heart J 2018;39:1883:
    transient loss of consciousness with spontaneous complete recovery), not a
    seizure's (Harkema 2009: the mention's sense is its context's).
    """
    return (
        _SEIZURE_WORD.search(text) is None
        and _FAINT_WORD.search(text) is not None
        and _SEIZURE_WORD.search(text[start:end]) is None
    )


_TOOK_FOR: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:took|taken|had\s+taken|(?:was|were)\s+taking|used"
    r"|(?:was|were)\s+(?:prescribed|given)|prescribed|had)\s+(?:an?\s+|some\s+)?"
    r"[A-Za-z][\w-]*(?:\s+\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml))?\s+for\s+"
    r"(?:(?:his|her|their|the|some|an?|mild)\s+)?$"
)
_DAYS_AGO: Final = (
    r"(?:(?:\d+|an?|one|two|three|four|five|six|seven|several|(?:a\s+)?few)\s+"
    r"(?:days?|weeks?|wks?|months?|years?)\s+ago|last\s+(?:week|month|year))"
    r"(?![A-Za-z0-9])"
)
_AGO_AFTER: Final = re.compile(rf"(?i)\s*,?\s*(?:about\s+|around\s+)?{_DAYS_AGO}")
_AGO_BEFORE: Final = re.compile(rf"(?i)(?<![A-Za-z0-9]){_DAYS_AGO}")


def _past_indication(text: str, start: int, end: int) -> bool:
    """Whether the mention is the reason for a drug taken days or more ago.

    "Took ondansetron for nausea 2 days ago": a mention in a "DRUG for X" frame is
    the drug's indication (pyConText's INDICATION modifier, Chapman BE et al. J
    Biomed Inform 2011;44:728; medspaCy's context rules), and dated days or more
    before the visit it is history, not a symptom of today (ConText historical,
    Harkema 2009): a nausea two days ago is no syncope prodrome (ESC 2018 syncope).
    A drug given now ("given ondansetron for nausea") or undated keeps its symptom,
    and so does a date that is the symptom's onset ("took paracetamol for the
    headache, which started 2 days ago"): the date must follow the mention at once or
    open the sentence before the drug.
    """
    s_start = sentence_start(text, start)
    took = _TOOK_FOR.search(text, max(s_start, start - 60), start)
    return took is not None and (
        _AGO_AFTER.match(text, end) is not None
        or _AGO_BEFORE.search(text, s_start, took.start()) is not None
    )


_RECTAL_SITE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:per\s+rectum|PR|rectal\w*|rectum|stools?|bowels?|bottom"
    r"|back\s+passage|anus|anal|toilet|faeces|feces|motions?|defecat\w*)(?![A-Za-z])"
)
_OTHER_OUTLET: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:cough\w*|vomit\w*|spit\w*|bring\w*\s+up|brought\s+up"
    r"|haematemesis|hematemesis|haemoptysis|hemoptysis|mouth|nose|nostril|throat"
    r"|tonsil\w*|PV|vagina\w*|urine|urinat\w*|catheter|wound|drain)(?![A-Za-z])"
)


def _clots_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether "red blood and clots" come from another outlet than the rectum.

    Rectal clots (Srygley FD et al. JAMA 2012;307:1072) are passed per rectum; the
    lexicon's bare "red blood and clots" is that only where the sentence names no
    other outlet before it: "coughing up bright red blood and clots" after a
    tonsillectomy is the tonsil bed's bleed (ENT UK 2019), "vomiting" is an upper GI
    source. A rectal site named in the sentence keeps it.
    """
    if "rect" in text[start:end].lower() or " PR" in text[start:end]:
        return False
    s_start, s_end = sentence_start(text, start), sentence_end(text, end)
    if _RECTAL_SITE.search(text, s_start, s_end):
        return False
    return _OTHER_OUTLET.search(text, max(s_start, start - 60), start) is not None


_URINARY_SITE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:urin\w*|wee(?:s|d|ing)?|pee(?:s|d|ing)?|void\w*|micturi\w*|bladder"
    r"|catheter\w*|haematuria|hematuria|clot retention|TURP|cystoscop\w*)(?![A-Za-z])"
)
_CLOT_SOURCE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:vagina\w*|PV|per vaginam|post-?partum|postnatal|delivery"
    r"|delivered|caesarean|c-section|lochia|menstrua\w*|periods?|menorrhagia"
    r"|miscarr\w*|pregnan\w*|weeks? gestation|uterus|uterine|womb|rect\w*|PR"
    r"|per rectum|stools?|bowels?|motions?|back passage|vomit\w*|cough\w*|nose"
    r"|nostril)(?![A-Za-z])"
)


def _clots_not_urinary(text: str, start: int, end: int) -> bool:
    """Whether a bare "passing clots" is another outlet's bleed, not haematuria.

    readers50 (peds49's request): "heavy vaginal bleeding, passing clots" after a
    delivery is a postpartum bleed's clots (RCOG Green-top 52, 2016), and clots per
    rectum or in the vomit are those outlets'. The lexicon's bare "passing clots" is
    visible haematuria only where no urinary word is near and another outlet is named
    before it in its sentence or the one before (ConText scope of a site modifier).
    """
    if _URINARY_SITE.search(text, start, end):
        return False
    lo = max(0, start - 160)
    hi = sentence_end(text, end)
    if _URINARY_SITE.search(text, lo, hi):
        return False
    # readers52: the outlet right after ("passing blood clots PR")
    return (
        _CLOT_SOURCE.search(text, lo, start) is not None
        or _CLOT_SOURCE.search(text, end, min(hi, end + 25)) is not None
    )


_PASSED_BEFORE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:pass(?:es|ed|ing)?|discharg\w*|bleed\w*|bleeding with"
    r"|with)\s+(?:(?:some|large|small|big|many|a few|several|fresh|dark|red)\s+){0,2}$"
)
_BLEED_NEAR: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:bleed\w*|blood loss|haemorrhag\w*|hemorrhag\w*|PV|PR"
    r"|vagina\w*|rect\w*|urin\w*|haematuria|hematuria|catheter\w*|vomit\w*|cough\w*"
    r"|nose|nostril|stools?|menstrua\w*|periods?|lochia)(?![A-Za-z])"
)
_VTE_SITE_AFTER: Final = re.compile(
    r"(?i)\s+(?:in|on|to|of)\s+(?:(?:the|his|her|their|both|left|right)\s+){0,2}"
    r"(?:legs?|calf|calves|thigh|lungs?|arm|veins?)(?![A-Za-z])|\s*\((?:DVT|PE|VTE)"
)


def _clots_passed(text: str, start: int, end: int) -> bool:
    """Whether "blood clots" are clots passed from a bleeding outlet, not a VTE.

    medgi52's request: "passing blood clots, now unable to pass urine" is a bladder's
    clot retention (visible haematuria: EAU 2024), "PV bleeding with blood clots" a
    uterine bleed's clots: a clot passed through the urethra, vagina, rectum or
    mouth is no venous thromboembolism of the history (Wells "previous DVT/PE"). A
    clot named in a leg, a lung or a vein stays one (ConText: the mention's own
    modifiers decide its sense).
    """
    if _VTE_SITE_AFTER.match(text, end):
        return False
    if _PASSED_BEFORE.search(text, max(0, start - 30), start):
        return True
    lo = max(sentence_start(text, start), start - 60)
    hi = min(sentence_end(text, end), end + 40)
    before = _BLEED_NEAR.search(text, lo, start)
    return bool(before or _BLEED_NEAR.search(text, end, hi))


_SITE_AFTER: Final = re.compile(
    r"(?i)\s+(?:in|over|of|at)\s+(?:the\s+)?(?:(?P<rlq>right lower (?:abdomen|quadrant)"
    r"|right iliac fossa|RIF)|(?P<llq>left lower (?:abdomen|quadrant)|left iliac fossa"
    r"|LIF)|(?P<ruq>right upper (?:abdomen|quadrant)|RUQ)|(?P<luq>left upper"
    r" (?:abdomen|quadrant)|LUQ))(?![A-Za-z])"
)


def _pain_site_after(text: str, out: list[Finding]) -> list[Finding]:
    """A quadrant named right after an abdominal pain is that quadrant's pain.

    medgi52's request: "sudden onset abdominal pain in the right lower abdomen" is a
    right lower quadrant pain (the site after the pain, as "pain in the RIF"); the
    lexicon's longest match takes the sudden onset first.
    """
    found = []
    for f in out:
        if f.concept not in ("abdominal_pain", "sudden_abdominal_pain"):
            continue
        m = _SITE_AFTER.match(text, f.end)
        if m is None:
            continue
        site = next(g for g in ("rlq", "llq", "ruq", "luq") if m.group(g))
        found.append(_at(text, f"{site}_pain", f.status, f.start, m.end()))
    return found


_BARE_SUDDEN: Final = re.compile(
    r"(?i)(?:^|(?<=[.;\n]))\s*(?:(?:it|the pain|pain)\s+)?(?:(?:was|of)\s+)?"
    r"(?:sudden(?:ly)?[- ](?:in\s+)?onset|abrupt(?:ly)?[- ](?:in\s+)?onset"
    r"|(?:came on|started|began)\s+(?:very\s+)?(?:suddenly|abruptly))(?![A-Za-z])"
)
_ABDOMINAL_PAINS: Final = frozenset(
    {
        "abdominal_pain",
        "rlq_pain",
        "llq_pain",
        "ruq_pain",
        "luq_pain",
        "epigastric_pain",
        "pelvic_pain",
    }
)


_ONSET_OF: Final = re.compile(r"(?i)\s*(?:of\s+)?(?:(?:a|an|the|severe|sharp)\s+)*")
"""What may stand between an onset and the finding it names ("sudden onset of severe
vomiting"); a finding after "with" or a comma ("came on suddenly, with nausea") is an
accompaniment, and the onset stays the pain's."""


def _abdominal_pain_onset(text: str, out: list[Finding]) -> tuple[int, int] | None:
    """A sudden onset stated in its own sentence after an abdominal pain named present.

    medgi52's request: "RIF pain since this morning. Sudden onset while dancing.": the
    onset sentence names no symptom, so it is the pain's (ConText: a modifier's
    target is the finding it follows when its own sentence names none). A sudden
    one-sided lower abdominal pain is ovarian torsion's (ACOG CO 783 2019).
    """
    pains = [f for f in out if f.concept in _ABDOMINAL_PAINS and f.status == "present"]
    if not pains or any(f.concept == "sudden_abdominal_pain" for f in out):
        return None
    for m in _BARE_SUDDEN.finditer(text):
        if not any(f.end <= m.start() for f in pains):
            continue
        if any(
            f.start >= m.end() and _ONSET_OF.fullmatch(text, m.end(), f.start)
            for f in out
        ):
            continue  # the onset names its own finding ("sudden onset of vomiting")
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()
    return None


_SHARED_SETTING: Final = frozenset({"co_exposure", "smoke_inhalation"})
"""Exposures of a place (a running engine in a garage, a faulty boiler, a house fire):
everyone in it shares them, the patient with the relatives named before."""
_OWN_COMMA_ITEM: Final = re.compile(
    r"[,;]\s*(?:and\s+)?(?:(?:the|a|an|their|our)\s+)?$"
)
"""The mention opens a comma item of its own (ConText: the experiencer's scope ends
at a new statement; Harkema H et al. J Biomed Inform 2009;42:839)."""


_DEVICE_FOR: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:permanent |dual[- ]chamber |single[- ]chamber "
    r"|biventricular )?pacemaker|PPM|pacing (?:system|device)|ICD|AICD|S-?ICD"
    r"|defibrillator|CRT-?[DP]?|cardiac device|loop recorder|ILR|stents?|TAVI|TAVR"
    r"|(?:mechanical |metallic |tissue )?valve (?:replacement|prosthesis)|VP shunt"
    r"|shunt)(?![A-Za-z])(?P<gap>[^.;:\n]{0,50}?)\bfor\s+(?:(?:his|her|their|a|an"
    r"|known|previous|prior|old|symptomatic|complete|intermittent|paroxysmal)\s+)*$"
)
"""A device and the condition it was put in for ("permanent pacemaker in situ for
heart block", "ICD inserted 2019 for VT", "stent for an MI in 2018")."""
_DEVICE_EVENT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:check(?:ed|ing)?|interrogat\w*|fired|firing|shock\w*|discharg\w*"
    r"|malfunction\w*|fail\w*|review(?:ed)?|clinic|referr\w*|refer|planned|plan|booked"
    r"|list(?:ed)?|wait(?:ing)?|consider\w*|needs?|need(?:ed|ing)?|awaiting|due)(?![A-Za-z])"
)
"""Words that make the device's "for" today's event or a plan ("ICD fired for VT",
"listed for a pacemaker for heart block"): no past indication."""

_DEVICE_PLANNED: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:await\w*|list(?:ed)?|needs?|needing|will\s+need|requires?"
    r"|for\s+(?:an?\s+|urgent\s+|temporary\s+)?|refer\w*|plann?\w*|booked|consider\w*"
    r"|to\s+have|temporary|external|transcutaneous|transvenous)\s*(?:an?\s+|the\s+)?$"
)
"""A device still to come or a temporary one ("awaiting a pacemaker for", "listed for
PPM for", "transvenous pacing wire for"): the condition is today's."""


def _device_indication(text: str, start: int) -> bool:
    """Whether the mention is the condition a device in place was fitted for.

    "Permanent pacemaker in situ for heart block": the block is the reason for the
    device, treated and part of the history (pyConText's INDICATION modifier,
    Chapman BE et al. J Biomed Inform 2011;44:728; ConText historical, Harkema H et
    al. J Biomed Inform 2009;42:839), as readers47's drug indication
    (``_past_indication``). A paced patient's block is no present arrhythmia to pace
    again (Glikson M et al. ESC 2021 pacing: the device treats it); a device that
    fired or failed "for" something, or one planned, keeps its mention.
    """
    s_start = sentence_start(text, start)
    m = _DEVICE_FOR.search(text, max(s_start, start - 90), start)
    return (
        m is not None
        and _DEVICE_EVENT.search(m["gap"]) is None
        and _DEVICE_PLANNED.search(text, max(s_start, m.start() - 30), m.start())
        is None
    )


def extract_findings(
    text: str | None,
    knowledge: KnowledgeBase,
    *,
    source: str = "note",
    newborn_other: bool = False,
) -> tuple[Finding, ...]:
    """Find lexicon concepts in a text and classify each as present/absent/historical.

    Args:
        text: Free text (chief complaint, note, retrieved chunk); None/empty → ().
        knowledge: The knowledge base whose concepts and diagnosis names are sought.
        source: Label of where the text came from; ``"prior_note"`` (or any label
            starting with ``"prior"``) turns present mentions into ``historical``.
        newborn_other: The patient is no newborn, so a newborn's list label
            ("Neonate findings:", "Baby:") names another person (``_OTHER_LABEL``).

    Returns:
        One Finding per concept mention, in text order.
    """
    if not text or not text.strip():
        return ()
    text = label_reading(plain_quotes(text))
    lex = lexicon(knowledge)
    sections = _sections(text)
    offsets = [o for o, _ in sections]
    spans = _spans(text)
    prior_source = source.lower().startswith("prior")
    out: list[Finding] = []
    span_i = 0
    pseudo = [m.span() for m in scan(_PSEUDO_MENTION, text)]
    pseudo += [_tearing_span(m) for m in scan(_EYE_TEARING, text)]
    pseudo += [m.span(1) for m in scan(_CONTACT_OF, text)]
    hot_joints = [m.span() for m in _hot_joints(text)]
    qualified = {
        "weakness": [m.span() for m in scan(_QUALIFIED_WEAK, text)],
        "numbness": [m.span() for m in scan(_COLD_NUMB, text)],
        # trauma42: "midline tenderness over T12" is the thoracolumbar spine's
        "midline_tenderness": [m.span() for m in scan(THORACOLUMBAR_TENDERNESS, text)],
    }
    for concept in ("cord_injury_signs", "paralysis", "leg_weakness", "weakness"):
        qualified.setdefault(concept, []).extend(
            m.span() for m in scan(_PAIN_LIMITED, text)
        )
    if _LOCAL_HINT.search(text):
        local = local_deficit_spans(text)
        for concept in _LOCAL_DEFICITS:
            qualified.setdefault(concept, []).extend(local)
    if dental := dental_block_spans(text):
        for concept in (*_LOCAL_DEFICITS, "numbness"):
            qualified.setdefault(concept, []).extend(dental)
    found = matches(lex, text)
    scoped = _own_negations_masked(text, found)
    for start, end, concept in found:
        if any(a <= start and end <= b for a, b in pseudo):
            continue
        if any(a <= start and end <= b for a, b in qualified.get(concept, ())):
            continue  # "weak urinary stream", "numb with the cold": another finding
        if concept == "cellulitis" and any(
            a <= start and end <= b for a, b in hot_joints
        ):
            continue  # "hot, red, swollen knee": the joint's heat and redness (BSR/BOA)
        if concept == "pulseless" and (
            _LOCAL_PULSE.match(text, start)
            or _LOCAL_PULSE_BEFORE.search(text, max(0, start - 80), start)
        ):
            continue  # "pulseless left temporal artery": a local sign, no arrest
        if concept == "deformity" and _vehicle_deformity(text, start, end):
            continue  # "steering wheel deformed": the mechanism's, not a limb's
        if concept in EXPOSURE_CONCEPTS and therapeutic_use(text, start, end):
            continue  # a medication taken as directed is no poisoning exposure
        concept = _as_ingestion(concept, text, start, end)
        if concept == "guarding" and (site := rigidity_site(text, start, end)):
            concept = site  # "marked rigidity of all four limbs": the muscles' (NMS)
        if concept == "muscle_rigidity" and penile_rigidity(text, start, end):
            continue  # "rigid shaft, soft glans": a priapism's sign (EAU 2022)
        if concept == "thunderclap_headache" and onset_of_another_pain(
            text, start, end
        ):
            continue  # "tearing chest pain, maximal at onset": the chest pain's onset
        if concept == "lethargy" and fatigue_lethargy(text, start, end):
            concept = "weakness"  # "tired and lethargic for 3 weeks, GCS 15": fatigue
        if concept == "rectal_clots" and _clots_elsewhere(text, start, end):
            continue  # "coughing up bright red blood and clots": not per rectum
        if concept == "prior_pe_dvt" and _clots_passed(text, start, end):
            continue  # "passing blood clots", "PV bleeding with clots": a bleed
        if concept == "visible_hematuria" and _clots_not_urinary(text, start, end):
            continue  # "heavy PV bleeding, passing clots": not the urine's
        if concept == "exertional_pain" and _exertion_of_another(text, start, end):
            continue  # "desaturates to 86% on exertion": the saturation's, no pain
        if concept == "stent" and pci_not_done(text, start, end):
            continue  # "the nearest PCI centre", "for primary PCI": no past stent
        if concept == "large_pleural_effusion" and joint_effusion(text, start, end):
            concept = "joint_swelling"  # "knee ... Large effusion": the knee's
        while span_i < len(spans) - 1 and spans[span_i][1] <= start:
            span_i += 1
        s_start, s_end = spans[span_i]
        k = bisect.bisect_right(offsets, start) - 1
        sec_start, section = sections[k]
        s_start = _scope_start(text, max(s_start, sec_start), start)
        if k + 1 < len(offsets):
            s_end = min(s_end, offsets[k + 1])
        s_end = min(s_end, end + SCOPE_CHARS)
        status = _status(
            scoped,
            s_start,
            s_end,
            start,
            end,
            section,
            chronic=concept in knowledge.history_concepts,
            disease=concept in knowledge.diagnoses,
        )
        if (
            status == "absent"
            and scoped[start:end] != text[start:end]
            and not _POST_RX.match(text[end:s_end])
            and not _NEGATIVE_PRE.search(text, max(0, start - 10), start)
        ):
            # "no fever, no bowel sounds": the second "no" names the finding (absent
            # bowel sounds), it does not repeat the first one's negation
            status = "present"
        if (
            status == "absent"
            and not _MEDICATION.search(concept)
            and (obj := _drug_object_not(scoped, s_start, start, end, s_end))
            is not None
        ):
            # "not on warfarin, black tarry stools": the trigger's scope is its drug
            # list; the item after it is a new statement (ConText max_scope)
            masked = scoped[: obj[0]] + " " * (obj[1] - obj[0]) + scoped[obj[1] :]
            status = _status(
                masked,
                s_start,
                s_end,
                start,
                end,
                section,
                chronic=concept in knowledge.history_concepts,
                disease=concept in knowledge.diagnoses,
            )
        read = scoped  # the text the status is read from
        if concept == "syncope" and _EYE_SUBJECT.search(text, s_start, start):
            concept = "vision_loss"  # "the vision in his left eye blacked out"
        if concept == "syncope" and (near := _NEAR_MISS.search(text, s_start, start)):
            # "nearly blacked out": the faint did not happen (presyncope)
            unmasked = " " * (start - near.start())
            read = text[: near.start()] + unmasked + text[start:]
            concept = "presyncope"
            status = _status(read, s_start, s_end, start, end, section)
        if (
            status == "family"
            and concept in _SHARED_SETTING
            and _OWN_COMMA_ITEM.search(text, s_start, start)
        ):
            # "parents with headache, car engine running in a closed garage": the
            # household's exposure is the child's too (ACEP 2017 CO policy)
            status = _status(read, start, s_end, start, end, section)
        if status in ("present", "historical", "absent") and _other_label(
            text, s_start, start, newborn_other=newborn_other
        ):
            status = "family"  # "Twin B: respiratory distress": another person's
        resolved = _resolved(text, end, s_end)
        if (
            resolved
            and concept in _TRANSIENT_EVENTS
            and _resolved_long_before(text, start, end, concept)
        ):
            status = "historical"  # "fever last week, which resolved": history
        elif resolved and concept in _TRANSIENT_EVENTS:
            # the resolution is no negation of the event: the status its words before
            # it give (a TIA's deficit, a settled chest pain stay present)
            status = _status(read, s_start, end, start, end, section)
            if status == "present" and concept in _DEFICITS:
                out.append(_resolved_finding(text, start, end, s_end))
        elif resolved and status == "present":
            status = "historical"  # "diarrhoea last week, settled": past, not current
        if (
            status == "historical"
            and concept in _known_current(knowledge)
            and _KNOWN_BEFORE.search(text, max(0, start - 40), start)
            and not _NO_LONGER.search(text, end, s_end)
        ):
            status = "present"  # "known ulcerative colitis" as "known UC": standing
        if status == "present" and _long_ago(text, start, end, s_end):
            status = "historical"  # "seizure 5 years ago": an episode of the history
        if status == "present" and _REPAIRED_ON.match(text, end):
            status = "historical"  # "known hernia, repaired 2015": no longer there
        if status == "present" and _operation_cause(text, start):
            status = "historical"  # "splenectomy after a car crash": the op's cause
        if status == "present" and normal_value_after(concept, text, end):
            status = "absent"  # "capillary ketones 0.3 mmol/L": a normal result
        if status == "present" and _treated_before(text, start, end):
            status = "historical"  # "treated for cellulitis 10 days prior": past
        if (
            status == "present"
            and concept in _DEFICITS
            and _residual_deficit(text, start, end, s_end)
        ):
            status = "historical"  # "old left-sided weakness": a past lesion's deficit
        if (
            status == "historical"
            and concept == INTRAUTERINE_PREGNANCY
            and scan_of_this_pregnancy(text[s_start:s_end])
        ):
            status = "present"  # "a previous scan at 8 weeks showed an IUP": today's
        if (
            status == "present"
            and concept in _CANCER_PAST_CONCEPTS
            and _cancer_in_remission(text, start, end)
        ):
            status = "historical"  # "resected in 2015, in remission": not active
        if (
            status == "present"
            and concept in _DEFICITS
            and not resolved
            and _persisting(text, start, end, s_start, s_end)
            and not prior_source
        ):
            out.append(
                Finding(
                    concept="deficit_persisting",
                    status="present",
                    text=text[start:end],
                    start=start,
                    end=end,
                )
            )
        if (
            concept in _STOPPABLE
            and status in ("present", "historical")
            and stopped(text, start, end)
        ):
            status = "absent"  # stopped before the visit (a history's too): no use
        elif (
            concept in _PLANNABLE and status == "present" and planned(text, start, end)
        ):
            status = "hypothetical"  # the plan's new drug: no current use
        if (
            concept in _INJURY_EVENTS
            and status == "present"
            and dated_past(text, start, end)
        ):
            status = "historical"  # an injury weeks or months ago is history
        if (
            concept == "intubated"
            and status == "present"
            and past_intubation(text, start, end)
        ):
            status = "historical"  # "intubated once at age 15": the history's
        if (
            concept == "intubated"
            and status == "present"
            and feared_intubation(text, start)
        ):
            status = "hypothetical"  # "worried she may need to be intubated"
        if (
            status == "present"
            and concept in knowledge.history_concepts
            and _drug_indication(text, start, out)
        ):
            status = "historical"  # "rivaroxaban for atrial fibrillation": the reason
        if status == "present" and _past_indication(text, start, end):
            status = "historical"  # "took ondansetron for nausea 2 days ago": then's
        if status == "present" and _device_indication(text, start):
            status = "historical"  # "pacemaker in situ for heart block": the device's
        if concept.startswith(ABSENT_PREFIX):
            concept = concept.removeprefix(ABSENT_PREFIX)
            status = _negated(status, text[max(0, start - 14) : start])
        if status == "absent" and unfit_exclusion(
            knowledge, concept, text[spans[span_i][0] : spans[span_i][1]]
        ):
            continue  # another test's negative: no statement on this diagnosis
        if status == "family" and concept in _FAMILY_MAP:
            concept, status = _FAMILY_MAP[concept], "present"
        elif status == "present" and prior_source:
            status = "historical"
        if concept == "seizure_recovered" and _faint_recovery(text, start, end):
            continue  # "fainted ..., back to normal in a minute": a syncope's recovery
        if concept == "drooling" and _one_sided_drool(text, end):
            continue  # a weak lip's corner (facial palsy), not unswallowed saliva
        if concept == "family_history_sudden_death" and older_relative_death(
            text, start, end
        ):
            continue  # a sudden death at 50 or older: not premature (ESC 2018 Table 5)
        if concept == BONE_EXPOSED and fracture_context(text):
            # bone seen beside a fracture, deformity or high-energy mechanism: an open
            # fracture (BOAST 4); without one it is the wound's depth (esi34)
            out.append(_at(text, "open_wound", status, start, end))
        if (
            concept in EXPOSURE_CONCEPTS
            and status == "present"
            and supratherapeutic(text, start, end)
        ):
            # "took 8-10 g a day of paracetamol": more than the maximum dose is an
            # overdose (a repeated supratherapeutic ingestion: Dart RC et al. 2023)
            out.append(_at(text, "overdose", status, start, end))
        out.append(_at(text, concept, status, start, end))
    out = _post_posed_over_list(text, out, knowledge)
    for sign in sign_findings(text):
        if sign.status == "present" and prior_source:
            sign = sign.model_copy(update={"status": "historical"})
        out.append(sign)
    for concept, span in (
        (GRADUAL_ONSET, gradual_onset_span(text)),
        (CHRONIC_SWELLING, chronic_swelling_span(text)),
        (CHRONIC_NEURO_SYMPTOMS, chronic_neuro_symptoms_span(text)),
        (CHRONIC_MEMORY_LOSS, chronic_memory_loss_span(text)),
        (BILATERAL_LEG_DEFICIT, bilateral_leg_deficit_span(text)),
        (BILATERAL_FEET_NUMBNESS, bilateral_feet_numbness_span(text)),
        (DEFICIT_OVER_WEEKS, deficit_over_weeks_span(text)),
        (HEAD_INJURY_WEEKS_AGO, head_injury_weeks_ago_span(text)),
    ):
        if span is not None:
            out.append(
                Finding(
                    concept=concept,
                    status="historical" if prior_source else "present",
                    text=text[span[0] : span[1]],
                    start=span[0],
                    end=span[1],
                )
            )
    out.extend(_pain_site_after(text, out))
    if (onset := _abdominal_pain_onset(text, out)) is not None:
        out.append(
            _at(
                text,
                "sudden_abdominal_pain",
                "historical" if prior_source else "present",
                *onset,
            )
        )
    weeks = headache_over_weeks_span(text)
    if weeks is not None and context_status(text, *weeks) in ("present", "historical"):
        # readers52: a headache of two weeks or more (its course, for the differential)
        out.append(
            _at(
                text,
                HEADACHE_OVER_WEEKS,
                "historical" if prior_source else "present",
                *weeks,
            )
        )
    out = _raised_icp(text, out, weeks, prior_source=prior_source)
    # readers53: a difficulty swallowing of weeks is progressive (NICE NG12 1.2.1);
    # readers55: a cough of three weeks or more in any words ("cough 3/52"; NICE NG33
    # 1.3)
    for concept, span in (
        (PROGRESSIVE_DYSPHAGIA, dysphagia_over_weeks_span(text)),
        (CHRONIC_COUGH, chronic_cough_span(text)),
    ):
        if (
            span is not None
            and context_status(text, *span) in ("present", "historical")
            and not any(f.concept == concept for f in out)
        ):
            out.append(
                _at(text, concept, "historical" if prior_source else "present", *span)
            )
    out.extend(_course_findings(text, prior_source=prior_source))
    if newborn_other:
        out.extend(_own_baby_born(text, prior_source=prior_source))
    out.extend(_open_fracture_sites(text, out))
    out.extend(_antibiotic_course(text, prior_source=prior_source))
    return tuple(sorted(out, key=lambda f: f.start))


_BIRTH_COUNT: Final = (
    r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\s*(?P<unit>days?|weeks?|wks?|months?|/7|/52|/12)\s+ago"
)
_BABY_BORN: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:her|the|my|their)\s+)?(?:(?:new-?born|first|second"
        r"|third|youngest)\s+)?(?:baby|son|daughter|twins|child)(?:\s+(?:boy|girl))?"
        r"\s+(?:(?:was|were)\s+)?(?:born|delivered)"
        r"(?:\s+(?:by\s+)?(?:(?:emergency|elective)\s+)?(?:c-?section|caesarean"
        r"|cesarean|(?:normal|vaginal)\s+delivery))?\s+"
        rf"(?:{_BIRTH_COUNT}|(?P<week>last\s+week|a\s+fortnight\s+ago|last\s+month)"
        r"|(?P<day>yesterday|last\s+night|this\s+morning|today|earlier\s+today))"
        r"|(?<![A-Za-z])(?:delivered|gave\s+birth|had\s+(?:her|the|a)\s+baby)"
        r"(?:\s+(?:by\s+)?(?:(?:emergency|elective)\s+)?(?:c-?section|caesarean"
        r"(?:\s+section)?|cesarean(?:\s+section)?))?"
        r"\s+(?P<week2>last\s+week|a\s+fortnight\s+ago|last\s+month)"
    )
)
"""readers56 (peds55's and the lead's leftover): the birth of the patient's own baby
("Baby born 8 days ago", "her son was born last week", "delivered last week", "gave
birth last week"): the puerperium, six weeks after the birth (WHO; ACOG CO 736), in
which a raised pressure is postnatal pre-eclampsia (NICE NG133 1.7) and a breathless
leg a venous thromboembolism (RCOG GTG 37a/b). Read only in a note of a patient who is
no newborn (``newborn_other``): a newborn's note says "born 8 days ago" of itself. A
birth up to five months before is the postpartum period still (PPCM: Bauersachs J et
al. HFA 2019), as ``_worded_signs`` reads it; six months or more is none."""
_BIRTH_DAYS_MAX: Final = 150
"""The postpartum period's end in days (five months: HFA 2019 PPCM)."""
_DAYS_PER: Final = {"d": 1, "/7": 1, "w": 7, "/52": 7, "m": 30, "/12": 30}


def _own_births(text: str) -> list[tuple[float, int, int]]:
    """``(days ago, start, end)`` of each own baby's birth ``_BABY_BORN`` reads.

    "Last week" counts as 7 days, "last month" as 30, "yesterday" or "this morning"
    as 0; a birth more than five months before is left out (``_BIRTH_DAYS_MAX``).
    """
    if "born" not in text.lower() and not re.search(
        r"(?i)delivered|gave\s+birth|had\s+(?:her|the|a)\s+baby", text
    ):
        return []
    out: list[tuple[float, int, int]] = []
    for m in _BABY_BORN.finditer(text):
        if m.group("n"):
            unit = m.group("unit").lower()
            per = _DAYS_PER.get(unit, _DAYS_PER.get(unit[:1], 1))
            count = m.group("n").lower()
            days = float((int(count) if count.isdigit() else number_value(count)) * per)
        elif m.group("day"):
            days = 0.0
        else:
            week = (m.group("week") or m.group("week2") or "").lower()
            days = 30.0 if "month" in week else 14.0 if "fortnight" in week else 7.0
        if days <= _BIRTH_DAYS_MAX:
            out.append((days, m.start(), m.end()))
    return out


def _own_baby_born(text: str, *, prior_source: bool) -> list[Finding]:
    """``postpartum`` (or ``postpartum_after_first_day``) from the own baby's birth."""
    out: list[Finding] = []
    for days, start, end in _own_births(text):
        if context_status(text, start, end) not in ("present", "historical"):
            continue
        concept = "postpartum_after_first_day" if days >= 1 else "postpartum"
        status: FindingStatus = "historical" if prior_source else "present"
        out.append(_at(text, concept, status, start, end))
    return out


def birth_days_ago(texts: Iterable[str | None]) -> float | None:
    """Days since the patient gave birth, the least the visit's texts state, or None.

    readers56: the own baby's birth (``_own_births``: call it only for a patient who
    is no newborn) and a counted birth ("gave birth 10 days ago", ``_worded_signs``),
    each asserted or dated (ConText: not negated or hypothetical).
    """
    found: list[float] = []
    for text in texts:
        if not text:
            continue
        for days, start, end in [*_own_births(text), *after_birth_days(text)]:
            if context_status(text, start, end) in ("present", "historical"):
                found.append(days)
    return min(found, default=None)


def _raised_icp(
    text: str,
    out: list[Finding],
    weeks: tuple[int, int] | None,
    *,
    prior_source: bool,
) -> list[Finding]:
    """A headache with raised-ICP features; its cough trigger is no cough.

    readers53 (trauma53's request, NICE CG150 1.1.1; ``_raised_icp``): a headache
    sentence naming a morning, posture or cough-strain aggravator, or a headache of
    weeks with vomiting, reads ``headache_raised_icp_features``.
    """
    if not any(f.concept == "headache" and f.status == "present" for f in out):
        return out
    triggers = cough_aggravator_spans(text)
    if triggers:
        out = [
            f
            for f in out
            if not (
                f.concept == "cough"
                and any(a <= f.start and f.end <= b for a, b in triggers)
            )
        ]
    spans = [
        span
        for span in raised_icp_spans(text)
        if context_status(text, *span) != "absent"
    ]
    if (
        not spans
        and weeks is not None
        and any(f.concept == "vomiting" and f.status == "present" for f in out)
    ):
        spans = [weeks]
    if spans:
        status: FindingStatus = "historical" if prior_source else "present"
        out.append(_at(text, HEADACHE_RAISED_ICP, status, *spans[0]))
    return out


def _antibiotic_course(text: str, *, prior_source: bool) -> list[Finding]:
    """readers43: the first antibiotic course the patient took (``antibiotic_course``).

    Its ConText status must be the patient's, now or past: not denied, planned,
    advised or a relative's (Harkema H et al. J Biomed Inform 2009;42:839).
    """
    for start, end in antibiotic_course_spans(text):
        if context_status(text, start, end) in ("present", "historical"):
            status: FindingStatus = "historical" if prior_source else "present"
            return [_at(text, RECENT_ANTIBIOTICS, status, start, end)]
    return []


def _open_fracture_sites(text: str, found: list[Finding]) -> list[Finding]:
    """The bone of each open fracture asserted (injury39: ICD-10-CM codes it by site).

    ``_bone_seen.open_fracture_site`` reads the long bone named in the open wound's
    sentence; the site concept carries the wound's span for its context.
    """
    out: list[Finding] = []
    for f in found:
        if f.concept != "open_wound" or f.status != "present":
            continue
        site = open_fracture_site(text, f.start, f.end)
        if site is not None and all(o.concept != site[0] for o in out):
            out.append(_at(text, site[0], "present", site[1], site[2]))
    return out


_LIST_SEP: Final = re.compile(
    r"(?i)\s*(?:(?P<comma>,)\s*(?:(?P<c1>and|or|nor|&)\s+)?|(?P<c2>/|&)\s*"
    r"|\s+(?P<c3>and|or|nor|and/or)\s+)(?:(?:an?|the)\s+)?"
)
"""The separator between two items of a coordinated list ("PE, pneumothorax and
pericarditis", "DVT / cellulitis / Baker's cyst", "rebound, guarding or rigidity")."""
_LIST_OPENING: Final = re.compile(r"(?:^|[.:;\n(])\s*(?:(?:an?|the)\s+)?$")
"""A list that opens its clause: the text start, a sentence end, a colon, a semicolon
or a bracket before its first item ("Abdomen: rebound, guarding and rigidity
absent")."""
_SHORT_ITEMS_OPENING: Final = re.compile(
    r"(?:^|[.:;\n(])(?:\s*[A-Za-z-]+(?:[ \t]+[A-Za-z-]+){0,2}\s*,){1,3}\s*$"
)
"""A list that opens after one to three short unread items of its clause
("Abdomen: soft, rebound, guarding and rigidity absent")."""
_POST_LIST_CHARS: Final = 60


def _post_posed_over_list(
    text: str, out: list[Finding], knowledge: KnowledgeBase
) -> list[Finding]:
    """A post-posed negation or doubt after a coordinated list reaches every item.

    "PE, pneumothorax and pericarditis excluded", "DVT, cellulitis and Baker's cyst
    unlikely", "Abdomen: rebound, guarding and rigidity absent": the trigger after
    the last item is the list's (NegEx post-negation, Chapman WW et al. J Biomed
    Inform 2001;34:301; ConText BACKWARD triggers scope back over the sentence,
    Harkema H et al. J Biomed Inform 2009;42:839; medspaCy's default "unlikely" and
    "is ruled out" are BACKWARD), not only the item it follows (issue 10: a
    differential named in a list is no diagnosis). Narrower than ConText's sentence
    scope: the items are lexicon mentions joined only by commas, slashes and
    "and"/"or" (a finding and a diagnosis only by a conjunction or slash), the last
    joint a conjunction or slash, and the list opens its clause (a list of diagnoses
    may also follow a comma): "fever, cough and vomiting, sepsis unlikely" and "calf
    pain, swelling absent" keep their findings.
    """
    groups: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(out):
        groups.setdefault((f.start, f.end), []).append(i)
    if len(groups) < 2:
        return out
    spans = sorted(groups)
    by_start: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        by_start.setdefault(span[0], []).append(span)

    def disease(span: tuple[int, int]) -> bool:
        return any(out[i].concept in knowledge.diagnoses for i in groups[span])

    chained: set[tuple[int, int]] = set()
    for first in spans:
        if first in chained:
            continue
        kind = disease(first)
        opening = text[max(0, first[0] - 60) : first[0]]
        if not (
            _LIST_OPENING.search(opening)
            or _SHORT_ITEMS_OPENING.search(opening)
            or (kind and re.search(r",\s*(?:(?:an?|the)\s+)?$", opening))
        ):
            continue
        chain, conj = [first], False
        while True:
            sep = _LIST_SEP.match(text, chain[-1][1])
            nxt = (
                max(by_start.get(sep.end(), ()), key=lambda s: s[1], default=None)
                if sep is not None and sep.end() > chain[-1][1]
                else None
            )
            joint = sep is not None and any(sep.group(g) for g in ("c1", "c2", "c3"))
            if nxt is None or (disease(nxt) != kind and not joint):
                break
            chain.append(nxt)
            conj = joint
        if len(chain) < 2 or not conj:
            continue
        chained.update(chain)
        last = chain[-1]
        after = text[last[1] : last[1] + _POST_LIST_CHARS]
        if _DDX_POST.match(after):
            status: FindingStatus = "differential"
        elif _POST_RX.match(after):
            status = "absent"
        else:
            continue
        if not any(out[i].status == status for i in groups[last]):
            continue
        for span in chain[:-1]:
            for i in groups[span]:
                if out[i].status == "present":
                    out[i] = out[i].model_copy(update={"status": status})
    return out


def _at(
    text: str, concept: str, status: FindingStatus, start: int, end: int
) -> Finding:
    """A finding of ``concept`` over ``text[start:end]``."""
    return Finding(
        concept=concept, status=status, text=text[start:end], start=start, end=end
    )


def _course_findings(text: str, *, prior_source: bool) -> list[Finding]:
    """Course findings read by duration, when asserted in the text.

    Altered mentation lasting a day or more (the IEC 2013 encephalitis major
    criterion), a prolonged or focal seizure (a complex febrile seizure, AAP 2011),
    an ingestion stated as intentional (self-harm: NICE NG225 2022), a wish to be
    dead (passive suicidal ideation: ASQ, C-SSRS question 1; ``passive_ideation``),
    bleeding after a recent tonsillectomy (``tonsil_bleed``), and a recent operation
    with its wound infected or bleeding (``post_operative``), a loss of
    consciousness of 30 minutes or less (``loc_duration``), tightenings of false
    labour (``labour_words``: "tightenings that settle when she rests"), a stool
    blackened by iron or bismuth and described as not tarry (``_dark_stool``), an
    insulin overdose by its words or dose (``_insulin_overdose``), a tense abdomen in a
    sentence on ascites (``_tense_ascites``), a chest pain that pressing on the chest
    wall reproduces (``_pressure_reproduced``), a retrograde amnesia of 30 minutes or
    more in words (``retrograde_amnesia``), redness of 90 % or more of the skin
    (``_skin_extent``), a face, lip or tongue swelling that recurs
    (``_recurrent_swelling``), a cut, graze or repaired laceration worded as infected
    (``_wound_infection``), a puncture of the foot (``_foot_puncture``), the source
    of a carbon monoxide exposure (``_co_source``), a penetrating limb wound and its
    artery's hard signs (``limb_artery_words``), a groin swelling that pulsates or has
    a bruit (``groin_pulse_words``), a bite of the hand and a bite gone infected
    (``_bite_site``), an ankle-brachial index of 0.90 or less (``_abpi``), a height
    above 2,500 m (``_altitude``).
    """
    spans = [
        (PROLONGED_ALTERED_MENTATION, start, end)
        for start, end in prolonged_altered_mentation_spans(text)
    ]
    out: list[Finding] = []
    for concept, start, end in [
        *spans,
        *seizure_course_spans(text),
        *false_labour_spans(text),
        *self_harm_intent_spans(text),
        *intent_undetermined_spans(text),
        *passive_ideation_spans(text),
        *_tonsil_bed_bleeding(text),
        *_plus_ve_signs(text),
        *_oxygen_flow(text),
        *_regular_tachycardia(text),
        *post_operative_spans(text, _asserted_span),
        *brief_loc_spans(text),
        *site_pain_spans(text),
        *darkened_stool_spans(text),
        *insulin_overdose_spans(text),
        *tense_ascites_spans(text),
        *altitude_spans(text),
        *pressure_reproduced_spans(text),
        *retrograde_amnesia_spans(text),
        *erythroderma_extent_spans(text),
        *recurrent_swelling_spans(text),
        *traumatic_wound_infected_spans(text, _asserted_span),
        *foot_puncture_spans(text),
        *pulsatile_groin_spans(text),
        *bite_spans(text),
        *abpi_pad_spans(text),
        *co_source_spans(text),
        *limb_artery_spans(text),
        *chemical_eye_spans(text),
        *flail_spans(text),
        *vestibular_spans(text),
        *open_globe_spans(text),
        *digit_amputation_spans(text),
    ]:
        status = context_status(text, start, end)
        if status != "present":
            continue
        out.append(
            Finding(
                concept=concept,
                status="historical" if prior_source else "present",
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    return out


POST_TONSILLECTOMY_BLEEDING: Final = "post_tonsillectomy_bleeding"


def _asserted_span(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``text[start:end]`` is asserted (ConText: present)."""
    return context_status(text, start, end) == "present"


_PLUS_VE_SIGN: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9+-])\+ve\s+(?:(?P<murphy>murphy'?s?(?:\s+sign)?)"
        r"|(?:urine\s+)?(?:upt|pregnancy\s+test|(?:beta[- ]?|b-?)?hcg))(?![A-Za-z0-9])"
        r"|(?<![A-Za-z0-9])(?:upt|urine\s+pregnancy\s+test|pregnancy\s+test"
        r"|(?:urine\s+|serum\s+)?(?:beta[- ]?|b-?)?hcg)\s*(?::\s*)?\+ve(?![A-Za-z0-9])"
    )
)
"""A sign or test written "+ve", read here because a lexicon term must open with a
letter or digit (its first-word index): readers54's "+ve Murphy's" (Tokyo Guidelines
2018: Murphy's sign); readers55's "+ve UPT", "UPT +ve", "hCG +ve", a positive
pregnancy test (NICE NG126: the ectopic pathway's first fact)."""


def _plus_ve_signs(text: str) -> list[tuple[str, int, int]]:
    return [
        (
            "ruq_tenderness" if m.group("murphy") else "pregnancy_test_positive",
            m.start(),
            m.end(),
        )
        for m in _PLUS_VE_SIGN.finditer(text)
    ]


_OXYGEN_FLOW: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9.])\d{1,2}(?:\.\d)?\s*-?\s*(?:l|lpm|litres?|liters?)"
        r"(?:\s*/\s*min(?:ute)?|\s+(?:a|per)\s+min(?:ute)?)?\s*(?:of\s+)?"
        r"(?:(?:supplemental|nasal|face\s?mask)\s+)?(?:oxygen|o2|nc|nasal\s+"
        r"(?:cannulae?|prongs|specs))(?![A-Za-z0-9])"
    )
)
"""readers55: an oxygen flow given now, "on 4 L nasal oxygen", "2L NC", "15 litres
O2", "3 L/min of oxygen" (BTS 2017 emergency oxygen: the flow and device beside the
saturation); the lexicon's "on oxygen" needs its words side by side."""


def _oxygen_flow(text: str) -> list[tuple[str, int, int]]:
    if "o2" not in text.lower() and not re.search(r"(?i)oxygen|nc\b|nasal", text):
        return []
    return [
        ("supplemental_oxygen", m.start(), m.end()) for m in _OXYGEN_FLOW.finditer(text)
    ]


_FAST: Final = r"(?:1[5-9]\d|2\d\d)(?!\d)"
"""A rate of 150-299/min: the SVT's range (Brugada J et al. ESC 2019 SVT 5)."""
_REGULAR_TACHY: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])regular,?\s+(?:and\s+)?narrow[- ]complex\s+"
        r"(?:tachy\w*|rhythm)"
        r"|(?<![A-Za-z])narrow[- ]complex\s+regular(?![A-Za-z])"
        r"|(?<![A-Za-z])(?:heart ?rate|hr|pulse|rate)\s*(?:of|at|is|was|:)?\s*"
        rf"{_FAST}[^.;\n]{{0,20}}?(?<![A-Za-z])regular(?![A-Za-z])"
        rf"|(?<![A-Za-z])regular\s+(?:tachy\w*|rhythm|pulse)\s+(?:at|of)\s+{_FAST}"
        r"|(?<![A-Za-z])(?:palpitations?|racing(?: heart)?|heart racing)(?![A-Za-z])"
        r"[^.;\n]{0,30}?(?<![A-Za-z])regular(?![A-Za-z])(?=\s*(?:[,.;)\n]|$|and\b))"
        r"|(?<![A-Za-z])regular,?\s+(?:fast|rapid|racing)\s+"
        r"(?:palpitations?|heart ?beat|pulse|heart)(?![A-Za-z])"
    )
)
"""readers55: a fast rhythm described regular - "regular narrow complex tachycardia",
"pulse 176, regular", "regular tachycardia at 182", "racing heart, regular": the
SVT's (Brugada J et al. ESC 2019 SVT 5), never AF's (irregularly irregular). A sinus
tachycardia is regular too, so an examination's "Tachycardia present. Regular rhythm."
or "normal rate and regular rhythm" is not read: a rate of 150 or more, a narrow
complex or palpitations must be named with it. Not "irregular", "regularly"."""


_WORDED_REGULAR: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:heart\s+rate|hr|pulse(?:\s+rate)?)\s+(?:(?:of|is|was|at)\s+)?"
        r"(?:a|one|two)\s+hundred[^.;\n]{0,60}?(?<![A-Za-z])regular(?![A-Za-z])"
    )
)
"""readers56 (readers55's leftover): the rate written in words before "regular" ("Heart
rate one hundred and seventy, regular"), as dictated notes write it: read when the
rate in digits (``cases.vitals.worded_rates``) is the SVT's."""


def _regular_tachycardia(text: str) -> list[tuple[str, int, int]]:
    low = text.lower()
    if "regular" not in low:
        return []
    out = [("regular_tachycardia", *m.span()) for m in _REGULAR_TACHY.finditer(text)]
    if "hundred" in low:
        out += [
            ("regular_tachycardia", *m.span())
            for m in _WORDED_REGULAR.finditer(text)
            if _REGULAR_TACHY.search(worded_rates(m.group(0)))
        ]
    return out


def _tonsil_bed_bleeding(text: str) -> list[tuple[str, int, int]]:
    """The recent tonsillectomy's span when the text also asserts a bleed."""
    if not TONSIL_BED_BLEEDING.search(text):
        return []
    recent = [
        m.span()
        for m in RECENT_TONSILLECTOMY.finditer(text)
        if context_status(text, *m.span()) == "present"
    ]
    if not recent or not any(
        context_status(text, *m.span()) == "present"
        for m in TONSIL_BED_BLEEDING.finditer(text)
    ):
        return []
    return [(POST_TONSILLECTOMY_BLEEDING, *recent[0])]


def _resolved_finding(text: str, start: int, end: int, s_end: int) -> Finding:
    """``symptoms_resolved`` over a deficit and its resolution (a TIA's transience)."""
    m = _RESOLVED_ON.match(text, end, s_end) or _RESOLVED_LATER.match(text, end, s_end)
    stop = m.end() if m else end
    return Finding(
        concept="symptoms_resolved",
        status="present",
        text=text[start:stop],
        start=start,
        end=stop,
    )


_AORTA_CM = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:abdominal aort\w*|infrarenal aort\w*|"
        r"suprarenal aort\w*|AAA|aort\w* on (?:bedside )?(?:ultrasound|US|POCUS)|"
        r"(?:ultrasound|US|POCUS) of the (?:abdominal )?aorta|"
        r"(?:ultrasound|US|POCUS)\W{1,3}(?:infrarenal |abdominal )?aort\w*)"
        r"[^.;\d]{0,40}?(\d{1,2}(?:\.\d)?)\s*cm(?![A-Za-z])"
    )
)
_VOLTAGE = guarded(
    re.compile(
        r"(?i)(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?= ?(?:kv|v\b|volt))|"
        r"\d+(?:\.\d+)?)[- ]?"
        r"(kv|kilovolts?|v|volts?)(?![A-Za-z0-9/])"
    )
)
HIGH_VOLTAGE_V: Final = 1000.0
"""An electrical injury of 1,000 V or more is a high-voltage injury (American Burn
Association ABLS 2018; Arnoldo B et al. EAST/ABA 2006): "touched an 11,000 volt line",
"an 11 kV cable", "an 11 000 volt line" (the SI thin-space thousands; trauma43)
(``high_voltage_injury``)."""


def _volts(m: re.Match[str]) -> float:
    """The voltage of one ``_VOLTAGE`` match, in volts."""
    value = float(m.group(1).replace(",", "").replace(" ", ""))
    return value * 1000.0 if m.group(2).lower().startswith("k") else value


_ENCLOSED: Final = (
    r"(?:house|home|flat|apartment|building|room|bedroom|kitchen|garage|shed|caravan"
    r"|car|vehicle|basement|cellar|office|factory|warehouse)"
)
_SMOKE_EXPOSURE = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z])(?:(?:burning|blazing) (?:\w+ )?{_ENCLOSED}s?\b|"
        rf"{_ENCLOSED} (?:fire|blaze)\b|"
        r"soot\w* (?:\w+ ){0,2}(?:in|around|on|at|over|from|inside) (?:the |his |her "
        r"|their |both )?(?:nose|nostrils?|nares|mouth|lips|face|airway|oropharynx|"
        r"tongue|throat|sputum)|(?:sooty|soot-stained|blackened) (?:sputum|saliva|"
        r"nostrils|nares))"
    )
)
"""A fire in an enclosed space or soot at the airway in the examiner's words ("pulled
from a burning flat", "soot around her nose and mouth"): the smoke exposure of an
inhalation injury (ATLS 10th ed. ch. 9; ABLS 2018; ``smoke_inhalation``)."""
AORTA_ANEURYSM_CM: Final = 3.0
"""An abdominal aorta of 3.0 cm or more across is an aneurysm (Chaikof EL et al. SVS
AAA guideline. J Vasc Surg 2018;67:2): "bedside ultrasound: infrarenal aorta 7 cm"
states the aneurysm without the word."""
_BMI = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])BMI\s*(?:of |is |was |=\s*|:\s*)?"
        r"(\d{2}(?:\.\d)?)(?![\d.])"
    )
)
OBESE_BMI: Final = 30.0
"""A body-mass index of 30 kg/m2 or more is obesity (WHO 2000 technical report 894):
"BMI 38" states it without the word."""
_PILLS = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:took|taken|taking|swallowed|swallowing|ingested|"
        r"ingesting|overdosed on)\s+(?:about |around |approximately |roughly |~|"
        r"over |more than |at least )?(?:(\d{2,3}|a (?:whole|full) (?:bottle|pack|"
        r"packet|box)|(?:the|an?) (?:whole|entire) (?:bottle|pack|packet|box))"
        r"(?:\s+of\s+(?:his|her|their|my|the))?"
        r"(?:\s+[A-Za-z0-9-]+){0,3}?\s+(?:tablets|tabs|pills|capsules|caps)"
        r"(?![A-Za-z])|((?:a|an|the|his|her|their|my) (?:whole|entire|full) "
        r"(?:bottle|pack|packet|box|blister pack|strip|supply|prescription)|"
        r"(?:a|his|her|their|my) (?:week|fortnight|month)'?s?'? (?:supply|worth))"
        r" of (?:his |her |their |my )?[A-Za-z]"
        # readers51 (infect51): a container of a named drug ("took a bottle of his
        # isoniazid"), the whole supply without its drug ("took his whole supply"),
        # a count of doses ("about 30 x 300 mg")
        r"|(?:a|an|one|two|three|\d) (?:bottles?|packets?|packs?|box(?:es)?|blister"
        r" packs?|strips?|tubs?|jars?) of (?:his |her |their |my |the )?[A-Za-z]"
        r"|(?:his|her|their|my|the) (?:whole |entire |full )?(?:supply|stash|stockpile)"
        r"(?! of (?:water|food|oxygen))"
        r"|(?:\(\s*)?(?:about |around |approximately |~)?\d{2,3}\s*x\s*\d+(?:\.\d+)?"
        r"\s*(?:mg|g|mcg)(?![A-Za-z]))"
    )
)
"""Tablets counted, or a whole container or a week's or month's supply of a named
drug taken at once ('took his whole box of metoprolol', 'swallowed a month's supply
of nortriptyline', 'took 20 of his fluoxetine 20 mg tablets')."""
_PILLS_MORE = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?:took|taken|swallowed|ingested)\s+(?:a\s+)?"
        r"handfuls?\s+of\s+(?:his |her |their |my |the )?[A-Za-z]"
        r"|\d+(?:\.\d+)?\s*(?:mg|g|mcg)\s*x\s*(\d{1,3})\s*(?:tablets|tabs|pills|"
        r"capsules|caps)(?![A-Za-z])"
        r"|(?:tablets|tabs|pills|capsules|caps),?\s+(?:about|around|approximately"
        r"|roughly|~|over|more than|at least)\s*(\d{2,3})(?:\s+of\s+them)?"
        r"(?!\s*(?:mg|g|mcg|micrograms?|%|mmol|kg|ml|units?)(?![A-Za-z]))(?!\d|\.\d))"
    )
)
"""medgi55: a handful of a named drug taken ('took a handful of her sodium
valproate'), and tablets counted after their strength ('valproate 500 mg x 40
tablets'): the same overdose as ``_PILLS`` (NICE NG225 2022: a self-poisoning).
medgi56: and counted after the tablets with a word of estimate ('took her father's
gout tablets, about 40 of them', 'colchicine 500 microgram tablets, approximately
40'); a strength after them ('tablets, about 40 mg') is no count."""
FALL_HEIGHT: Final = guarded(
    re.compile(
        r"(?i)\b(?:fell|falls?|fallen|rolled|dropped|jumped)\b"
        r"(?:(?!from (?:a |her |his |the )?(?:standing|chair|bed|toilet|sofa|couch"
        r"|wheelchair|stool)|ground[- ]level|same[- ]level)[^.;]){0,40}?"
        r"(\d+(?:\.\d+)?)\s*(cm|(?-i:m)|metres?|meters?|ft|feet|foot)\b"
        r"(?!\s+(?:away|along|across|further|from (?:the |her |his )?(?:door|car|bus"
        r"|house|kerb|curb|bed)))|"
        r"(?<![\d.])(\d+(?:\.\d+)?)[- ]?((?-i:m)|metres?|meters?|ft|feet|foot)[- ]"
        r"(?:fall|drop)\b"
    )
)
"""A fall's stated height ("fell about 4 metres", "a 12 ft fall"). The metre's symbol
is lower-case "m" (SI); "82M fall" is the one-liner's age and sex (an 82-year-old
man's fall), not an 82-metre fall (trauma32). readers51 (triage51): a fall from
standing, a chair or a bed has its height, and a distance away or along ("3 metres
from the door") is none."""
_TO_METRES: Final = {"cm": 0.01, "ft": 0.3048, "feet": 0.3048, "foot": 0.3048}
DANGEROUS_FALL_M: Final = 3.0
"""CDC/ACS-COT National Guideline for Field Triage 2021 (Newgard CD et al. Prehosp
Emerg Care 2022;26 sup1:1): a fall from more than 10 feet (3 m) at any age is a
high-risk mechanism (the 2011 guideline: 20 feet in adults, 10 feet or two to three
times the height in children)."""


def fall_metres(match: re.Match[str]) -> float:
    """The height of one ``FALL_HEIGHT`` match, in metres."""
    value = match.group(1) or match.group(3)
    unit = (match.group(2) or match.group(4)).lower()
    return float(value) * _TO_METRES.get(unit, 1.0)


OVERDOSE_TABLETS: Final = 10
"""Ten or more tablets taken at once is an overdose of any common tablet (ten 500 mg
paracetamol tablets are 5 g, above the 4 g daily maximum; Dart RC et al. JAMA Netw
Open 2023 acetaminophen consensus: assess any ingestion above it)."""
_ARM_BP = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(right|left|r|l)\.?\s*(?:arm|upper extremity|ue)\W{0,3}"
        r"(?:bp\W{0,3})?(\d{2,3})\s*/\s*\d{2,3}"
    )
)
_ARM_BP_AFTER = guarded(
    re.compile(
        r"(?i)(?<![\d/.])(\d{2,3})\s*/\s*\d{2,3}\s*(?:mm\s*hg\s*)?(?:(?:in|on)\s+(?:the\s+)?)?"
        r"\(?(right|left|r\.?|l\.?)\)?(\s*(?:arm|upper extremity|ue))?(?![A-Za-z])"
    )
)
"""readers44: the value before its arm ("BP 182/100 right arm, 150/84 left"; "160/90
in the left arm"); one of a pair names the arm."""
_BREAK = re.compile(r"[.;\n]")
FEVER_C: Final = 38.0
"""A temperature of 38.0 °C or more is a fever, measured in the ED or reported from
home (Pantell RH et al. AAP 2021 febrile infant guideline: a reliable home reading
counts; NICE NG143)."""
_AUTONOMIC = (
    r"(?:ptosis|miosis|rhinorrh\w*|runny nose|nasal congestion|blocked nostril"
    r"|conjunctival (?:injection|redness)|red eye|eyelid (?:oedema|edema|swelling))"
)
_EYE_TEARING = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(tearing|lacrimation)(?=[\s,&+/]+(?:(?:and|with|or)\s+)?"
        rf"(?:(?:an?|the|ipsilateral|left|right|l|r)\s+)?{_AUTONOMIC})"
        rf"|(?<![A-Za-z0-9]){_AUTONOMIC}[\s,&+/]+(?:(?:and|with)\s+)?"
        r"(?:ipsilateral\s+)?(tearing|lacrimation)(?![A-Za-z0-9])"
    )
)
"""Tearing beside another cranial autonomic sign ("orbital pain with tearing and
ptosis", "red eye and lacrimation") is lacrimation (ICHD-3 3.1 cluster headache), not
the "tearing" quality of an aortic dissection's pain."""
_SMALL_PUPIL = (
    r"(?:miosis|miotic (?:left |right )?pupil|(?:smaller|small|constricted)"
    r" (?:(?:left|right|l|r|ipsilateral)\s+)?pupil"
    r"|pupil (?:is |was )?(?:smaller|constricted|miotic))"
)
_PTOSIS = (
    r"(?:ptosis|(?:eye)?lid (?:is |was )?droop\w*|droop\w* (?:(?:left|right|upper)\s+)?"
    r"(?:eye)?lid)"
)
_HORNER = guarded(
    re.compile(
        rf"(?i)(?<![A-Za-z0-9])(?:{_PTOSIS}[^.;\n]{{0,60}}?{_SMALL_PUPIL}"
        rf"|{_SMALL_PUPIL}[^.;\n]{{0,60}}?{_PTOSIS})(?![A-Za-z0-9])"
    )
)
"""A ptosis and a small pupil in one sentence ("left ptosis and a smaller left pupil")
is a Horner syndrome, partial when anhidrosis is not mentioned: with neck pain or a
headache, the warning sign of a carotid dissection (Biller J et al. AHA/ASA cervical
arterial dissection statement. Stroke 2014;45:3155; a painful Horner is a dissection
until imaging shows otherwise)."""
ARM_SBP_DIFFERENCE: Final = 20
"""An inter-arm systolic difference of 20 mmHg or more is a pulse deficit, the
high-risk examination feature of aortic dissection (ACC/AHA 2022 aortic disease:
ADD-RS; pulse deficit LR+ 5.7, Klompas M. JAMA 2002;287:2262)."""


EXERTIONAL_SYNCOPE_WORDS: Final = (
    r"(?:syncop\w*|passed out|collapsed|fainted|lost consciousness|blacked out"
    # readers51: the faint as a noun ("two blackouts while playing football")
    r"|black[- ]?outs?|faints|fainting (?:episodes?|spells?))"
    r"(?: \w+){0,3} (?:(?:while|during|when|at|on) "
    r"(?:(?!(?:watching|after|end|finish\w*)\b)\w+ ){0,3}|mid-?)"
    r"(?:exercis\w*|running|jogging|playing|exertion|lifting|swimming|training"
    r"|sprint\w*|sports?|basketball|football|soccer|rugby|cycling|race|match|gym"
    # readers45: climbing stairs or a hill is exertion ("collapsed without warning
    # while climbing stairs"; ESC 2018 Table 5; an aortic stenosis's syncope)
    r"|(?:climbing|walking up|running up|going up|hurrying up)(?: the| a| some)?"
    r" (?:stairs|steps|hill|slope|incline|flights? of stairs))"
)
"""Syncope during exertion in words ("collapsed mid-sprint at football training",
"passed out while climbing the stairs"; "passed out during a 10 km race": up to three
words before the activity, peds45; not after it or watching it):
a major high-risk feature of syncope (Brignole M et al. ESC 2018 syncope, Table 5;
Shen WK et al. ACC/AHA/HRS 2017: a cardiac cause until shown otherwise)."""
_EXERTIONAL_SYNCOPE: Final = guarded(
    re.compile(rf"(?i)(?<![A-Za-z0-9]){EXERTIONAL_SYNCOPE_WORDS}(?![A-Za-z0-9])")
)


_VULVAL_LUMP: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:swelling|swollen|lump|mass|cyst|abscess)[^.;\n]{0,40}?"
        r"(?:labi(?:um|a)\b|vulva\b|vulval|introitus|vaginal opening|entrance of the "
        r"vagina|vestibule)|(?:labi(?:um|a)\b|labial|vulva\b|vulval|vulvar|introitus|"
        r"introital)[^.;\n]{0,20}?(?:swelling|lump|mass|cyst|abscess))"
    )
)
"""A swelling, lump or cyst of the labium, vulva or vestibule ("fluctuant mass in the
posterior left labium majus", "swelling at the entrance of the vagina"): a Bartholin
duct cyst or abscess until examined (Omole F et al. Am Fam Physician 2003;68:135)."""


_LID: Final = r"(?:eye)?lids?\b"
_UNNEGATED: Final = r"(?:(?!\b(?:not|no|nor|without|never)\b)[^.;\n])"
"""One character of a clause, never where a negation starts ("lids are not swollen")."""
_SWOLLEN_EYELID: Final = guarded(
    re.compile(
        rf"(?i)\b(?:swollen|swelling|puffy|oedematous|edematous)\b[^.;\n]{{0,30}}?\b{_LID}"
        rf"|\b{_LID}{_UNNEGATED}{{0,15}}?\b(?:swollen|swelling|puffy|oedema|edema)\b"
    )
)
"""A swollen eyelid written across its descriptors ("red, swollen, warm left upper
eyelid", "right eyelids swollen shut"): ``periorbital_swelling`` (peds35)."""
_INFLAMED_EYELID: Final = guarded(
    re.compile(
        r"(?i)\b(?:red|redness|warm|hot|tender|erythematous|inflamed)\b"
        rf"[^.;\n]{{0,30}}?\b{_LID}"
        rf"|\b{_LID}{_UNNEGATED}{{0,15}}?\b(?:red|warm|hot|tender|erythema\w*|inflamed)\b"
    )
)
"""A red, warm or tender eyelid across its descriptors: ``eyelid_erythema``, the
inflammation of preseptal cellulitis (NICE CKS periorbital cellulitis 2022; peds35)."""
_BREAST: Final = (
    r"breasts?\b(?!\s*(?:cancer|carcinoma|ca\b|implants?|reconstruction|milk|feed|fed))"
)
_INFLAMED_BREAST: Final = guarded(
    re.compile(
        r"(?i)\b(?:red|redness|hot|warm|tender|erythematous|inflamed|engorged|"
        rf"fluctuant|lump)\b(?:(?!\b(?:history|hx|pmh|cancer)\b)[^.;\n]){{0,50}}?\b{_BREAST}"
        rf"|\b{_BREAST}{_UNNEGATED}{{0,25}}?\b(?:red|redness|hot|warm|tender|erythema\w*|"
        r"inflamed|engorged|fluctuant|lump)\b"
    )
)
"""A red, hot, tender or lumpy breast written across its descriptors ("painful, red,
hot wedge-shaped area in the upper outer right breast"): ``breast_inflammation``,
mastitis's sign (ABM Clinical Protocol #36 2022; peds35). Not a breast cancer, an
implant or breast milk."""

_INJURED_ELBOW: Final = guarded(
    re.compile(
        r"(?i)\b(?:swollen|swelling|deformed|deformity|tender)\b[^.;\n]{0,25}?\belbows?\b"
        rf"|\belbows?\b{_UNNEGATED}{{0,15}}?\b(?:swollen|swelling|deformed|deformity)\b"
    )
)
"""A swollen or deformed elbow across its descriptors ("grossly swollen, deformed left
elbow"): ``elbow_injury_signs``, a supracondylar fracture in a child (BOAST 11 2020)."""


def sign_findings(text: str | None) -> tuple[Finding, ...]:
    """``_sign_findings(text)``, kept for the last texts asked, by their identity.

    ``extract_findings`` reads a note part's signs, and the thunderclap headache
    pathway asks again of the very same string (perf27).
    """
    if not text:
        return ()
    return _SIGNS.get_or_compute((text,), lambda: _sign_findings(text))


_SIGNS: RecentByIdentity[tuple[Finding, ...]] = RecentByIdentity(16)


def _severe_rating(text: str) -> re.Match[str] | None:
    """The pain rating of the text if it is severe (7-10/10), else None.

    The rating given now wins over an earlier one ("9/10 last night, now 2/10"); a
    text without "/10" or "out of 10" is not searched.
    """
    if "10" not in text:
        return None
    found = list(WORDED_RATING.finditer(text))
    if not found:
        return None
    now = [m for m in found if NOW_CUE.search(text, max(0, m.start() - 20), m.end())]
    m = (now or found)[0]
    value = float(next(g for g in m.groups() if g is not None))
    return m if value >= SEVERE_PAIN_NRS else None


def _sign_findings(text: str) -> tuple[Finding, ...]:
    """Signs stated as measurements rather than words, with their ConText status.

    A temperature of ``FEVER_C`` or more stated in the text, measured or the
    illness's maximum ("Tmax 39.4", "temp 102.4 F", "temp 101": ``fever``), an
    abdominal aorta of ``AORTA_ANEURYSM_CM`` or more (``us_aaa``), a stated
    count of ``OVERDOSE_TABLETS`` or more tablets taken (``overdose``), a body-mass
    index of ``OBESE_BMI`` or more (``obesity``), blood
    a fall from ``DANGEROUS_FALL_M`` or more (``dangerous_mechanism``), a stated
    voltage of ``HIGH_VOLTAGE_V`` or more (``high_voltage_injury``), a fire in an
    enclosed space or soot at the airway (``smoke_inhalation``: ``_SMOKE_EXPOSURE``),
    blood
    pressures of the two arms differing by ``ARM_SBP_DIFFERENCE`` mmHg or more
    (``pulse_deficit``), tearing beside another cranial autonomic sign
    (``cranial_autonomic_signs``: ``_EYE_TEARING``), a ptosis with a small pupil
    (``horner_syndrome``: ``_HORNER``), and a headache's thunderclap
    onset or worst-ever severity written across its sentence
    (``thunderclap_headache``, ``worst_headache``: ``_headache_onset``); a clause
    after a headache that is not present ("denies headache, chest pain came on
    suddenly") describes something else and is skipped; a lateralised limb weakness
    written with its side and limbs ("R arm and leg weakness":
    ``unilateral_weakness``) and a stated NIHSS (``focal_deficit``, absent at 0:
    ``_limb_signs``), and a limb's lost perfusion in the examiner's words ("right
    foot white and cold", "no popliteal, DP or PT pulses", no arterial Doppler
    signal: ``neurovascular_compromise``, ``_limb_signs``), and a soft abdomen with
    little or no tenderness in a note that also asserts a severe pain ("pain 10/10
    ... abdomen soft, minimal tenderness": ``pain_out_of_proportion``,
    ``disproportion``), and a hot, red or swollen joint with its descriptors and
    side between ("hot, red, very swollen right knee": ``joint_swelling``,
    ``joint_signs``; not an ankle, whose swelling is mostly oedema), and an open
    wound's body site ("laceration on the volar left forearm": ``wound_forearm``,
    ``_wound_site``; ICD-10-CM codes a wound by its site), and compartment
    syndrome's stretch sign and tense compartment ("severe pain on passive
    plantarflexion of the toes", "tense anterior compartment":
    ``passive_stretch_pain``, ``tense_compartment``, ``compartment_words``; in the
    forearm or hand: ``compartment_upper_limb``), and a
    stated burnt %TBSA's ICD-10-CM T31 band ("36% TBSA": ``burn_tbsa_30``,
    ``burn_extent``), a burn's site and degree ("boiling water on her left forearm
    ... superficial partial thickness": ``burn_forearm``, ``burn_second_degree``,
    ``burn_site``; ICD-10-CM T20-T25), two or more broken ribs and their side
    ("fractures of right ribs 5, 6 and 7": ``rib_fractures_multiple_right``,
    ``rib_count``; ICD-10-CM S22.4-), and a syncope during exertion in words
    (``exertional_syncope``: ``EXERTIONAL_SYNCOPE_WORDS``), and travel to a
    malaria-endemic area (``malaria_area_travel``: ``_travel``), and a swelling
    of the labium or vulva (``bartholin_abscess``: ``_VULVAL_LUMP``), and a
    swollen or red eyelid, a red, hot or lumpy breast and a swollen or deformed elbow
    across their descriptors (``periorbital_swelling``, ``eyelid_erythema``,
    ``breast_inflammation``, ``elbow_injury_signs``).

    Args:
        text: Free text or None.

    Returns:
        The findings, in text order.
    """
    if not text:
        return ()
    text = plain_quotes(text)
    out: list[Finding] = []
    for m in scan(_AORTA_CM, text):
        if float(m.group(1)) >= AORTA_ANEURYSM_CM:
            out.append(_sign(text, "us_aaa", m))
    rated = _severe_rating(text)
    if rated is not None:  # "pain 9/10": severe pain (NRS 7-10, ``pain_rating``)
        out.append(_sign(text, "severe_pain", rated))
    for m in scan(FALL_HEIGHT, text):
        if fall_metres(m) >= DANGEROUS_FALL_M:  # "fell about 4 metres"
            out.append(_sign(text, "dangerous_mechanism", m))
    for m in scan(_SMOKE_EXPOSURE, text):
        out.append(_sign(text, "smoke_inhalation", m))
    for m in scan(_VOLTAGE, text):
        if _volts(m) >= HIGH_VOLTAGE_V:  # "an 11,000 volt line", "11 kV"
            out.append(_sign(text, "high_voltage_injury", m))
    for m in scan(_BMI, text):
        if float(m.group(1)) >= OBESE_BMI:
            out.append(_sign(text, "obesity", m))
    for m in scan(_PILLS, text):
        count = m.group(1) or m.group(2)
        if count is None or not count[0].isdigit() or int(count) >= OVERDOSE_TABLETS:
            out.append(_sign(text, "overdose", m))
    for m in scan(_PILLS_MORE, text):
        count = m.group(1) or m.group(2)
        if count is None or int(count) >= OVERDOSE_TABLETS:
            out.append(_sign(text, "overdose", m))
    arms = [(m, m.group(1), m.group(2), True) for m in scan(_ARM_BP, text)]
    arms += [
        (m, m.group(2), m.group(1), bool(m.group(3))) for m in scan(_ARM_BP_AFTER, text)
    ]
    arms.sort(key=lambda a: a[0].start())
    # "182/100 right arm, 150/84 left": the first arm's word is no side for the next
    # value; of two overlapping readings the earlier stands
    kept: list[tuple[re.Match[str], str, str, bool]] = []
    for arm in arms:
        if not kept or arm[0].start() >= kept[-1][0].end():
            kept.append(arm)
    for one, two in itertools.pairwise(kept):
        a, b = one[0], two[0]
        sides = {one[1][0].lower(), two[1][0].lower()}
        between = text[a.end() : b.start()]
        pair = len(between) <= 60 and not _BREAK.search(between) and (one[3] or two[3])
        gap = abs(int(one[2]) - int(two[2]))
        if sides == {"r", "l"} and pair and gap >= ARM_SBP_DIFFERENCE:
            out.append(_sign(text, "pulse_deficit", a, b.end()))
    for start, end, celsius in temperature_readings(text):
        if celsius >= FEVER_C:  # "Tmax 100.9 F", "T 38.5", "39.2 °C": a fever
            out.append(_span_sign(text, "fever", start, end))
    for m in scan(_EYE_TEARING, text):
        start, end = _tearing_span(m)
        out.append(
            Finding(
                concept="cranial_autonomic_signs",
                status=context_status(text, start, end),
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    for m in scan(_HORNER, text):
        out.append(_sign(text, "horner_syndrome", m))
    for m in scan(_EXERTIONAL_SYNCOPE, text):
        out.append(_sign(text, "exertional_syncope", m))  # ESC 2018 Table 5
    for m in scan(SUPINE_SYNCOPE, text):
        out.append(_sign(text, "supine_syncope", m))  # ESC 2018 Table 5 (cardio47)
    for m in scan(PALPITATION_SYNCOPE, text):
        out.append(_sign(text, "palpitation_syncope", m))  # ESC 2018 Table 5
    for start, end in malaria_travel_spans(text):
        out.append(_span_sign(text, "malaria_area_travel", start, end))
    for start, end in dengue_travel_spans(text):
        out.append(_span_sign(text, "dengue_area_travel", start, end))  # lead38
    for start, end in enteric_travel_spans(text):
        out.append(_span_sign(text, "enteric_area_travel", start, end))  # lead39
    for start, end in vhf_travel_spans(text):
        out.append(_span_sign(text, "vhf_area_travel", start, end))  # infect52
    for start, end in viral_prodrome_spans(text) if _PRODROME_HINT.search(text) else ():
        status = context_status(text, start, end)  # vasc40: ESC 2013 myocarditis
        out.append(  # a prodrome is dated by definition: its past is its presence
            Finding(
                concept="viral_prodrome",
                status="present" if status == "historical" else status,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    for m in scan(_NUMBERED_RIBS_TENDER, text):  # readers53: "tender over the 7th rib"
        out.append(_sign(text, "rib_tenderness", m))
    for m in scan(_BITTEN_BY, text):  # readers53: "bitten by the family dog"
        out.append(_sign(text, "animal_bite", m))
    for m in scan(_DUCT_STONE, text):  # readers53: "a dilated duct with a stone"
        out.append(_sign(text, "biliary_dilatation", m))
        out.append(_sign(text, "bile_duct_stone", m))
    for m in scan(_MEASURED_DUCT_STONE, text):  # medgi55: "CBD 12 mm with a stone"
        if float(m.group(1)) > CBD_DILATED_MM:
            out.append(_sign(text, "biliary_dilatation", m))
        out.append(_sign(text, "bile_duct_stone", m))
    for m in scan(_VULVAL_LUMP, text):
        out.append(_sign(text, "bartholin_abscess", m))  # Omole 2003
    for m in scan(_ACALCULOUS, text):
        out.append(_sign(text, "acalculous_gallbladder", m))
    for m in scan(_TENDER_PROSTATE, text):
        if re.search(r"(?i)(?<![\w-])(?:tender|boggy)", m.group()):
            out.append(_sign(text, "prostate_tenderness", m))
    for m in scan(_MIDLINE_RASH, text):
        out.append(_sign(text, "zoster_rash", m))
    for m in scan(_STEROID_COURSE, text):  # medgi56: "prednisolone 10 mg for 4 years"
        if m.group(3)[0].lower() != "w" or _weeks_at_least_four(m):
            out.append(_sign(text, "glucocorticoid_use", m))
    fell = [m.span() for m in scan(VALUE_FELL, text)]
    for concept, rx in _EYELID_AND_BREAST:
        out.extend(
            _sign(text, concept, m)
            for m in scan(rx, text)
            if not any(a <= m.start() and m.end() <= b for a, b in fell)
        )  # peds35; readers51: "BP fell to 80/50" is no fall
    for concept, start, end in worded_sign_spans(text):
        out.append(_span_sign(text, concept, start, end))  # readers50
    for concept, start, end in peds_sign_spans(text):
        out.append(_span_sign(text, concept, start, end))  # peds36: measured signs
    for m in _hot_joints(text):
        out.append(_sign(text, "joint_swelling", m))
    for concept, start, end in wound_site_spans(text):
        out.append(_span_sign(text, concept, start, end))
    for concept, start, end in penetrating_site_spans(text):
        out.append(_span_sign(text, concept, start, end))  # injury39
    for concept, start, end in bone_probe_spans(text):
        out.append(_span_sign(text, concept, start, end))
    local = local_deficit_spans(text) if _LOCAL_HINT.search(text) else []
    local += dental_block_spans(text)
    for concept, start, end, present in limb_sign_spans(text):
        if concept in _LOCAL_DEFICITS and any(
            a <= start and end <= b for a, b in local
        ):
            continue  # "left arm weakness from the pain": the limb's own problem
        status = context_status(text, start, end)
        if concept in _TRANSIENT_EVENTS and _resolved(text, end, len(text)):
            status = context_status(text[:end], start, end)  # a TIA's deficit
        if not present and status == "present":
            status = "absent"
        if status == "present" and _residual_deficit(text, start, end, len(text)):
            status = "historical"  # "old L arm weakness": a past lesion's deficit
        out.append(
            Finding(
                concept=concept,
                status=status,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    severe = any(
        context_status(text, m.start(), m.end()) == "present"
        for m in scan(SEVERE_PAIN, text)
    )
    for m in scan(BENIGN_ABDOMEN, text) if severe else ():
        # severe pain in the history, a soft abdomen with little or no tenderness on
        # examination: pain out of proportion (ESVS 2017; WSES 2022: early AMI)
        out.append(_sign(text, "pain_out_of_proportion", m))
    for concept, start, end in burn_band_spans(text):
        out.append(_span_sign(text, concept, start, end))  # ICD-10-CM T31 band
    for concept, start, end in (*burn_site_spans(text), *burn_depth_spans(text)):
        out.append(_span_sign(text, concept, start, end))  # ICD-10-CM T20-T25
    for concept, start, end in rib_fracture_spans(text):
        out.append(_span_sign(text, concept, start, end))  # ICD-10-CM S22.4-
    for concept, start, end in detachment_spans(text):
        out.append(_span_sign(text, concept, start, end))  # trauma45: L51.1-3
    for concept, start, end in (
        venous_limb_spans(text) if _VENOUS_LIMB_HINT.search(text) else ()
    ):
        out.append(_span_sign(text, concept, start, end))  # vasc41: ESVS 2021
    for concept, start, end in (
        chronic_limb_spans(text) if _CHRONIC_LIMB_HINT.search(text) else ()
    ):
        out.append(_span_sign(text, concept, start, end))  # vasc41: ESC/ESVS 2017
    for m in scan(_CENTRAL_CHEST, text):
        # "central chest pain": the site is a specific element of the HEART history
        # (Backus 2010); the words stay the lexicon's chest pain as well
        out.append(_sign(text, "retrosternal_pain", m))
    for concept, rx in _COMPARTMENT_SIGNS:
        # "severe pain on passive plantarflexion of the toes": the stretch sign is
        # read whole, not lost inside the lexicon's "severe pain" (BOAST 10)
        out.extend(_sign(text, concept, m) for m in scan(rx, text))
    low = text.lower()
    if "droop" in low or "hangs down" in low or "has dropped" in low:
        out.extend(_sign(text, "mallet_finger", m) for m in scan(_MALLET, text))
    if any(w in low for w in _EFFORT_HINTS):
        # "tightness that comes on with exertion", "eased with rest": angina's
        # provocation and relief, a specific HEART element (Backus 2010); cardio55:
        # in the patient's words ("after 300 yards up the hill"), and its stable
        # course over weeks (``_angina_pattern``)
        effort = [
            m
            for m in (*scan(_EXERTIONAL, text), *scan(EXERTIONAL_CHEST, text))
            if not _NEGATED_IN.search(m.group())
        ]
        out.extend(_sign(text, "exertional_pain", m) for m in effort)
        out.extend(_stable_angina(text, effort))
    if "gtn" in low or "nitr" in low:
        # "relieved by sublingual GTN": relief by nitrates, a specific HEART element
        out.extend(
            _sign(text, "relief_with_nitro", m)
            for m in scan(_NITRATE_RELIEF, text)
            if not _NEGATED_IN.search(m.group())
        )
    if "smok" in low:
        # "ex-smoker", "remote smoking": HEART counts current or recent smoking only
        out.extend(_sign(text, "former_smoking", m) for m in scan(_FORMER_SMOKER, text))
    if any(cue in low for cue in DECOMPRESSION_CUES):
        # "needle decompressed by paramedics": the tension relieved (ATLS 10th ed.)
        out.extend(
            _sign(text, "chest_decompressed", m) for m in scan(_DECOMPRESSED, text)
        )
    if any(cue in low for cue in SCAN_CUES):
        # "ultrasound not available until tomorrow": a scan over 4 h away (NG158)
        for start, end in scan_delayed_spans(text):
            out.append(_span_sign(text, "scan_delayed", start, end))
    if any(cue in low for cue in PCI_CUES):
        # "the nearest PCI centre is 3 hours away": no primary PCI within 120 min
        # (ESC 2023 ACS 5.2.2: fibrinolysis within 10 min of the diagnosis)
        for start, end in pci_delayed_spans(text):
            out.append(_span_sign(text, "pci_delayed", start, end))
    if any(cue in low for cue in LATE_INFARCT_CUES):
        # cardio52: "chest pain 3 days ago ... now pain free": beyond 48 h and over,
        # no emergency reperfusion (ESC 2023 ACS 5.2.2, class III)
        for start, end in reperfusion_window_passed_spans(text):
            out.append(_span_sign(text, "reperfusion_window_passed", start, end))
    if any(cue in low for cue in CHRONIC_BREATHLESSNESS_CUES):
        # cardio52: "progressive breathlessness for 2 months": a persistent
        # breathlessness, the fibrotic lung's course (NICE CG163 1.1.1)
        for start, end in chronic_breathlessness_spans(text):
            out.append(_span_sign(text, "chronic_breathlessness", start, end))
    if any(cue in low for cue in DRAIN_CUES):
        for concept, rx in _DRAIN_SIGNS:
            # "the nephrostomy fell out": the drain and its problem in one sentence
            # (SIR 2010/2016), read whole; "drain problem" alone names neither
            out.extend(_sign(text, concept, m) for m in scan(rx, text))
    for concept, start, end, own in limb_perfusion_spans(text):
        # "no popliteal pulses": the absence is the sign; its own "no", and the "no"
        # of the clause before ("no calf tenderness, no pedal pulses"), are not its
        # negation: its status is read within its clause
        clause = 1 + max(text.rfind(c, 0, start) for c in ",;:.") if own else 0
        status = context_status(text[clause:], start - clause, end - clause)
        out.append(
            Finding(
                concept=concept,
                status=status,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
        if _ARM_PART.search(text, start, end) and not _LEG_PART.search(
            text, start, end
        ):
            # vasc41: the arm's lost perfusion, coded I74.2 not I74.3 (ICD-10-CM)
            out.append(out[-1].model_copy(update={"concept": "upper_limb_ischemia"}))
    for concept, start, end, h_start, h_end in headache_onset_spans(text):
        after = h_start < start or h_end > end  # the descriptor follows its headache
        if after and context_status(text, h_start, h_end) != "present":
            continue
        status = context_status(text, start, end)
        out.append(
            Finding(
                concept=concept,
                status=status,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    return tuple(sorted(out, key=lambda f: f.start))


_MALLET: Final = re.compile(
    r"(?i)(?<![a-z])(?:(?:finger ?)?tip|end joint|distal phalanx|dip(?: joint)?)"
    r"(?: of (?:the |his |her |their |a )?(?:[a-z]+ ){0,2}(?:finger|thumb))?"
    r" (?:droops|is drooping|drooped|hangs down|has dropped|is flexed and cannot)"
    r"(?![a-z])"
)
"""A fingertip that droops ("the tip of the middle finger droops"): a mallet finger's
sign with its finger named between (BSSH Hand Trauma Standards 2021; injury39)."""
_FORCE_TO_UTERUS: Final = re.compile(
    rf"(?<![A-Za-z])(?:{FORCE_TO_TRUNK})(?![A-Za-z])", re.IGNORECASE
)
"""A fall, crash or blow whose force can reach a pregnant uterus (the trauma-in-
pregnancy pathway's words, ``uterine_force_words``); a jammed finger is not one."""
_ORDINAL: Final = r"\d{1,2}(?:st|nd|rd|th)"
_NUMBERED_RIBS_TENDER: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:point\s+)?(?:tender|tenderness)\s+(?:over|of|at|on)\s+(?:the\s+)?"
    r"(?:(?:left|right|lower|upper|anterior|posterior|lateral|L|R)\s+)*"
    rf"(?:{_ORDINAL}(?:\s*(?:-|to|and|,|&)\s*{_ORDINAL})*\s+(?:(?:left|right)\s+)?ribs?"
    r"|ribs?\s+\d{1,2}(?:\s*(?:-|to|and|,|&)\s*\d{1,2})*)(?![A-Za-z0-9])"
)
"""readers53 (lead53's request): a tenderness over ribs named by number ("tender over
right 6th-8th ribs", "tenderness over the right 7th rib", "tender over ribs 5-7"), as
the lexicon's unnumbered "tender over the ribs" (NICE NG39 2016 chest injury: point
tenderness over a rib after a blow is a fracture until imaged)."""
_BITTEN_BY: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:bitten|bit|mauled|attacked)\s+(?:\w+\s+){0,3}?by\s+"
    r"(?:(?:the|a|an|his|her|their|our|my|own|family|pet|stray|loose|large|small|big"
    r"|[a-z]+'s|[a-z]+s')\s+){0,3}(?:dog|dogs|cat|cats|puppy|kitten|ferret|rat|hamster"
    r"|rabbit|horse|monkey|fox)(?![A-Za-z])"
)
"""readers53 (lead53's request): a mammal's bite by whoever owns the animal ("bitten by
the family dog", "by a friend's cat", "bitten on the hand by her sister's puppy"): the
owner's word is an adjective of the animal, not another experiencer; the bite is the
patient's (NICE NG184 2020 human and animal bites)."""
_DUCT_STONE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:dilated|distended)\s+(?:common\s+bile\s+|bile\s+|common\s+"
    r"|CBD\s+|biliary\s+)?(?:duct|CBD)(?:\s*\(?\s*(?:of\s+)?\d+(?:\.\d+)?\s*mm\s*\)?)?"
    r",?\s+(?:with|containing|and)\s+(?:an?\s+|one\s+|two\s+|multiple\s+|several\s+"
    r"|\d+\s+)?(?:(?:impacted|distal|obstructing|large|small|echogenic|hyperechoic"
    r"|shadowing)\s+){0,2}(?:stones?|calcul\w+|gallstones?)(?![A-Za-z])"
)
"""readers53 (medgi53's choledocholithiasis): a dilated duct holding a stone on
imaging, "ultrasound: a dilated duct with a stone", "dilated CBD 11 mm containing a
stone", is a bile-duct stone with biliary dilatation (Williams E et al. BSG 2017
common bile duct stones, Gut 2017;66:765: ultrasound's dilated duct and a stone seen
in it; TG18's imaging criterion C)."""
_MEASURED_DUCT_STONE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:common\s+bile\s+duct|common\s+duct|bile\s+duct|CBD)\s*"
    r"(?:\(\s*)?(?:of\s+|measuring\s+|measures\s+|is\s+|at\s+|:\s*)?(\d+(?:\.\d+)?)"
    r"\s*mm\s*\)?,?\s+(?:with|containing|and)\s+(?:an?\s+|one\s+|two\s+|multiple\s+"
    r"|several\s+|\d+\s+)?(?:(?:impacted|distal|obstructing|large|small|echogenic"
    r"|hyperechoic|shadowing)\s+){0,2}(?:stones?|calcul\w+)(?![A-Za-z])"
)
"""medgi55: a measured duct holding a stone, "CBD 12 mm with an echogenic stone", is a
bile-duct stone seen; the duct is dilated above 6 mm (Williams E et al. BSG 2017 common
bile duct stones, Gut 2017;66:765; Buxbaum JL et al. ASGE 2019: a duct over 6 mm with
the gallbladder in situ)."""
CBD_DILATED_MM: Final = 6.0
"""A common bile duct wider than 6 mm is dilated (Buxbaum JL et al. ASGE 2019)."""
_ACALCULOUS: Final = re.compile(
    r"(?i)(?<![A-Za-z])acalculous(?![A-Za-z])"
    r"|(?<![A-Za-z])gall\s?bladder[^.;\n]{0,80}?(?<![A-Za-z])(?:no|without)\s+"
    r"(?:gall\s?)?(?:stones?|calculi)(?![A-Za-z])"
)
"""medgi56: a gallbladder imaged without stones ("distended thick-walled gallbladder,
pericholecystic fluid, no stones, sludge only"), or acalculous named, is
``acalculous_gallbladder``: acute acalculous cholecystitis is drained percutaneously
(Mori Y et al. TG18 gallbladder drainage, J Hepatobiliary Pancreat Sci 2018;25:87;
Huffman JL, Schenker S. Clin Gastroenterol Hepatol 2010;8:15)."""
_PROSTATE_ADJ: Final = (
    r"(?:(?:exquisitely|very|markedly|extremely|acutely|diffusely)\s+)?"
    r"(?<![\w-])(?:tender|boggy|swollen|warm|hot|enlarged|oedematous|edematous)"
)
_TENDER_PROSTATE: Final = re.compile(
    rf"(?i)(?:{_PROSTATE_ADJ},?\s+(?:and\s+)?){{1,4}}prostate(?![A-Za-z])"
    rf"|(?<![A-Za-z])prostate(?:\s+(?:is|was|felt)\s+|\s*:\s*|\s+)"
    rf"(?:{_PROSTATE_ADJ}(?:,?\s+(?:and\s+)?|(?![A-Za-z]))){{1,4}}"
)
"""medgi56: the examined prostate told by a list of its signs, "exquisitely tender,
boggy, warm prostate", "prostate: hot, swollen and tender", is ``prostate_tenderness``
when the list names it tender or boggy (EAU 2024 urological infections 3.8: a tender,
swollen, warm prostate in acute bacterial prostatitis); a "non-tender" one is not."""
_MIDLINE_RASH: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:rash|vesic\w+|blisters?|eruption|lesions?)(?![A-Za-z])[^.;\n]{0,60}?"
    r"(?:not\s+crossing|does\s+not\s+cross|doesn't\s+cross|stops?\s+at|stopping\s+at)"
    r"\s+the\s+midline"
)
"""medgi56: a rash that stops at the midline is one dermatome's (``zoster_rash``; Cohen
JI. N Engl J Med 2013;369:255); the midline words alone are not a rash (a rectus sheath
haematoma "does not cross the midline" either: Hatjipetrou A et al. Int J Surg 2015)."""
_STEROID_COURSE: Final = re.compile(
    r"(?i)(?<!inhaled )(?<![A-Za-z])(?:prednisolone|prednisone|methylprednisolone"
    r"|dexamethasone|oral\s+steroids?)(?![A-Za-z])(?:[^.;\n]|\.(?=\d)){0,40}?\bfor\s+"
    r"(?:the\s+(?:last|past)\s+)?"
    r"(?:over\s+)?(?:(\d+)|(an?|one|two|three)|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|several|many)\s+(weeks?|months?|years?)(?![A-Za-z])"
)
"""medgi56: an oral glucocorticoid told by its course, "prednisolone 10 mg daily for 4
years", "on prednisone for six months", is long-term glucocorticoid use: a course of 4
weeks or more suppresses the adrenal axis (Simpson H et al. Clin Med 2020;20:371,
Society for Endocrinology: >= 5 mg prednisolone-equivalent for >= 4 weeks). A course of
days, or one to three weeks, is not; inhaled steroids are not."""
_EYELID_AND_BREAST: Final = (
    ("periorbital_swelling", _SWOLLEN_EYELID),
    ("eyelid_erythema", _INFLAMED_EYELID),
    ("breast_inflammation", _INFLAMED_BREAST),
    ("elbow_injury_signs", _INJURED_ELBOW),
    # lead41: V1 zoster by its site, eczema herpeticum by its lesions' shape
    ("zoster_ophthalmic", VESICLES_ON_V1),
    ("punched_out_erosions", PUNCHED_OUT_LESIONS),
    ("tooth_avulsion", TOOTH_KNOCKED_OUT),
    # trauma42: midline tenderness at a thoracic or lumbar level (NICE NG41 2016)
    ("thoracolumbar_tenderness", THORACOLUMBAR_TENDERNESS),
    # trauma42: a fall, crash or blow whose force reaches the uterus (ACOG CO 775)
    ("force_to_uterus", _FORCE_TO_UTERUS),
    *SCABIES_HISTORY,
    # lead42: a sensory level on the trunk places the lesion in the cord (ASIA 2019)
    ("sensory_level", SENSORY_LEVEL),
    ("cord_injury_signs", TRUNK_SENSORY_LEVEL),
)
"""Eyelid, breast, elbow and vesicular skin signs across their descriptors (peds35,
lead41: ``skin_lesion_words``)."""

_CENTRAL_CHEST: Final = re.compile(
    r"\b(?:central|substernal|sub-sternal|mid-?sternal|retrosternal)\s+(?:\w+\s+)?"
    r"chest\s+(?:pain|pressure|tightness|discomfort|heaviness|ache)\b",
    re.IGNORECASE,
)
"""A chest pain at a retrosternal site (Six AJ et al. Neth Heart J 2008;16:191; Backus
BE et al. Crit Pathw Cardiol 2010;9:164: a specific element of the HEART history)."""
_CHEST_WORD: Final = (
    r"(?:chest\s+(?:\w+\s+)?(?:pain|pressure|tightness|discomfort|heaviness|ache)|"
    r"angina\w*|(?:retrosternal|substernal)\s+\w+)"
)
_EXERTIONAL: Final = re.compile(
    rf"\b{_CHEST_WORD}[^.;]{{0,50}}?\b(?:(?:comes?|came|brought) on|starts?|"
    r"started|occurs?|provoked|triggered|worse)\s+(?:with|on|by|during|when)\s+"
    r"(?:exertion|exercise|effort|walking|climbing)|\b"
    + _CHEST_WORD
    + r"[^.;]{0,60}?\b(?:settles?|settled|eases?|eased|relieved|resolves?|"
    r"resolved|goes|went)\s+(?:off\s+)?(?:with|on|by|after)\s+rest(?:ing)?\b",
    re.IGNORECASE,
)
"""A chest pain brought on by exertion or relieved by rest: angina's provocation,
a specific element of the HEART history (Six AJ et al. Neth Heart J 2008;16:191;
Backus BE et al. Crit Pathw Cardiol 2010;9:164; Diamond GA. JACC 1983 typical
angina)."""
_NEGATED_IN: Final = re.compile(r"\b(?:not|no|never|nor|without)\b|n't\b", re.I)
"""A negation inside the span ("pain, not brought on by exertion")."""
_NITRATE_RELIEF: Final = re.compile(
    r"\b(?:relieved|eased|improved|settled|resolved|abated|responded|went)\s+"
    r"(?:\w+\s+){0,4}?(?:by|with|after|on|to)\s+(?:\w+\s+){0,3}?"
    r"(?:gtn|nitroglycerin\w*|nitrates?|isosorbide)\b|\b(?:gtn|nitroglycerin|"
    r"nitrates?)\s+(?:\w+\s+){0,2}?(?:relieved|eased|settled|resolved)\b",
    re.IGNORECASE,
)
"""A pain relieved by nitrates: a specific element of the HEART history (Six AJ et al.
Neth Heart J 2008;16:191; Backus BE et al. Crit Pathw Cardiol 2010;9:164)."""
_FORMER_SMOKER: Final = re.compile(
    r"\bex-?\s?smokers?\b|\b(?:former|previous|past|remote|reformed)\s+(?:heavy\s+)?"
    r"(?:smok\w*|tobacco(?:\s+use)?)|\b(?:quit|stopped|gave\s+up)\s+smoking\s+"
    r"(?:\w+\s+){0,2}?(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"many|several)\s+years",
    re.IGNORECASE,
)
"""A smoker who stopped years ago: the HEART score counts current or recent smoking
(stopped less than 3 months ago) as its risk factor (Backus BE et al. Int J Cardiol
2013;168:2153), not a remote one."""
_COMPARTMENT_SIGNS: Final = (
    ("passive_stretch_pain", re.compile(PASSIVE_STRETCH, re.IGNORECASE)),
    ("tense_compartment", re.compile(TENSE_COMPARTMENT, re.IGNORECASE)),
    # its site selects the ICD-10-CM code (T79.A1- upper, T79.A2- lower extremity)
    ("compartment_upper_limb", re.compile(UPPER_LIMB_COMPARTMENT, re.IGNORECASE)),
)
"""Compartment syndrome's signs in the note's words (``compartment_words``)."""
_DRAIN_SIGNS: Final = (
    ("biliary_drain_problem", re.compile(BILIARY_PROBLEM, re.IGNORECASE)),
    ("nephrostomy_problem", re.compile(NEPHROSTOMY_PROBLEM, re.IGNORECASE)),
    # its displacement selects the ICD-10-CM code (T83.022A, T85.520A)
    ("drain_displaced", re.compile(DRAIN_DISPLACED, re.IGNORECASE)),
    # its infection selects the ICD-10-CM code (T83.512A, T85.79XA)
    ("drain_infected", re.compile(DRAIN_INFECTED, re.IGNORECASE)),
    # trauma37: a chest drain's (BTS 2023), and its displacement (T85.628A)
    ("chest_drain_problem", re.compile(CHEST_DRAIN_PROBLEM, re.IGNORECASE)),
    ("chest_drain_displaced", re.compile(CHEST_DRAIN_DISPLACED, re.IGNORECASE)),
)
"""A percutaneous drain's problem in the note's words (``drain_words``)."""
_DECOMPRESSED: Final = re.compile(CHEST_DECOMPRESSED, re.IGNORECASE)
"""A chest decompressed by needle or finger (``decompression_words``)."""


def _hot_joints(text: str) -> list[re.Match[str]]:
    """Hot, red or swollen joints; not an ankle, whose swelling is mostly oedema."""
    return [m for m in scan(HOT_JOINT, text) if "ankle" not in m.group().lower()]


_INGESTED_AS: Final = {"nsaid_use": "nsaid_ingestion", "antiplatelet": "aspirin_named"}
"""metab40: a drug-use concept whose mention in an overdose is a poisoning exposure."""
_ASPIRIN: Final = re.compile(r"(?i)aspirin|acetylsalicylic")


def _as_ingestion(concept: str, text: str, start: int, end: int) -> str:
    """An NSAID or aspirin named where an overdose is worded: the ingestion concept.

    "Took 30 x 400 mg ibuprofen" is an ibuprofen poisoning (ICD-10-CM T39.31-), "40 x
    300 mg aspirin" an aspirin one (T39.01-), not NSAID use or antiplatelet therapy
    (``exposure.overdose_worded`` / ``supratherapeutic``; BNF 2024 maxima).
    """
    new = _INGESTED_AS.get(concept)
    if new is None or (concept == "antiplatelet" and not _ASPIRIN.match(text, start)):
        return concept
    if overdose_worded(text, start, end) or supratherapeutic(text, start, end):
        return new
    return concept


def _tearing_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of "tearing" (or "lacrimation") in an ``_EYE_TEARING`` match."""
    group = 1 if m.group(1) else 2
    return m.span(group)


_PRODROME_HINT: Final = re.compile(r"(?i)\b(?:ago|last week|week before|after)\b")
_VENOUS_LIMB_HINT: Final = re.compile(
    r"(?i)massive|gross|huge|tense|marked|severely|groin|hip|thigh|buttock|inguinal"
    r"|dusky|blue|purpl|violac|cyano"
)
"""A cheap word every whole-leg swelling or blue limb has (``_venous_limb``)."""
_ARM_PART: Final = re.compile(
    r"(?i)\b(?:arms?|hands?|forearms?|fingers?|radial|brachial|ulnar|wrists?|"
    r"upper (?:limb|extremity))\b"
)
_LEG_PART: Final = re.compile(
    r"(?i)\b(?:legs?|foot|feet|toes?|calf|calves|thigh|knee|ankle|popliteal|femoral|"
    r"pedal|dorsalis|tibial|\bDP\b|\bPT\b|lower (?:limb|extremity))\b"
)
"""Which limb a lost perfusion names (ICD-10-CM I74.2 upper, I74.3 lower extremity)."""
_CHRONIC_LIMB_HINT: Final = re.compile(r"(?i)\brest|hanging|dangling|hangs|dangles")
"""A cheap word every claudication or rest pain has (``_chronic_limb``)."""
"""A cheap word every dated prodrome has (``_prodrome``): the reader runs only then."""


_EFFORT_HINTS: Final = ("exer", "stairs", "rest", "walk", "climb", "hill", "still")
"""Words one of whose presence lets the exertional readers run."""


def _stable_angina(text: str, effort: list[re.Match[str]]) -> list[Finding]:
    """``stable_angina_pattern`` at an exertional pain of weeks (cardio55).

    Only when the exertional pain is asserted and no rest, crescendo or fresh-episode
    word stands unnegated ("never at rest, not more frequent" leaves it stable).
    """
    present = [m.span() for m in effort if context_status(text, *m.span()) == "present"]
    if not present or any(
        context_status(text, a, b) == "present" for a, b in unstable_spans(text)
    ):
        return []
    span = stable_angina_span(text, present)
    return [] if span is None else [_span_sign(text, STABLE_ANGINA, *span)]


def _weeks_at_least_four(m: re.Match[str]) -> bool:
    """Whether ``_STEROID_COURSE``'s count of weeks is 4 or more (Simpson 2020)."""
    if m.group(1) is not None:
        return int(m.group(1)) >= 4
    return m.group(2) is None  # "a / one / two / three weeks" is under four


def _sign(text: str, concept: str, m: re.Match[str], end: int = -1) -> Finding:
    return _span_sign(text, concept, m.start(), m.end() if end < 0 else end)


def _span_sign(text: str, concept: str, start: int, stop: int) -> Finding:
    return Finding(
        concept=concept,
        status=context_status(text, start, stop),
        text=text[start:stop],
        start=start,
        end=stop,
    )


def context_status(text: str, start: int, end: int) -> FindingStatus:
    """The ConText status of the span ``text[start:end]`` (as for a lexicon mention).

    For readers of their own patterns (``reports``): "if the CT shows ..." is
    hypothetical, "r/o ... CT shows" a differential, a past-history section historical,
    the items under another person's list label ("Sibling:", "Twin B:") family.
    Each text's answers are kept by span while the text is among the last asked
    (``_CONTEXTS``): the stages' pathways and order checks ask about the same spans.
    """
    answers = _CONTEXTS.get_or_compute((text,), dict)
    found = answers.get((start, end))
    if found is None:
        found = answers[(start, end)] = _context_status(text, start, end)
    return found


_CONTEXTS: RecentByIdentity[dict[tuple[int, int], FindingStatus]] = RecentByIdentity(64)
"""The last texts asked about by ``context_status``, each with its answers by span."""


def _context_status(text: str, start: int, end: int) -> FindingStatus:
    text = plain_quotes(text)
    sections, offsets, spans = _layout(text)
    k = bisect.bisect_right(offsets, start) - 1
    sec_start, section = sections[k]
    i = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    s_start, s_end = spans[i] if i >= 0 and start < spans[i][1] else (0, len(text))
    s_start = _scope_start(text, max(s_start, sec_start), start)
    if k + 1 < len(sections):
        s_end = min(s_end, sections[k + 1][0])
    s_end = min(s_end, end + SCOPE_CHARS)
    status = _status(text, s_start, s_end, start, end, section)
    if status == "present" and (
        _long_ago(text, start, end, s_end) or _operation_cause(text, start)
    ):
        status = "historical"  # "PE in 2019", "splenectomy after a car crash"
    if status in ("present", "historical", "absent") and _other_label(
        text, s_start, start, newborn_other=False
    ):
        return "family"  # "Twin B: intubated": another person's (a newborn's label
        # needs the patient's age: ``extract_findings``' ``newborn_other``)
    return status


_Layout = tuple[list[tuple[int, str]], list[int], list[tuple[int, int]]]
_LAYOUTS: HashMemo[_Layout] = HashMemo(256)
"""Sections, their offsets and sentence spans per text (by SHA-256: no text kept):
the safety layer's keyword checks ask ``context_status`` about many mentions of the
same few texts."""


def _layout(text: str) -> _Layout:
    def compute() -> _Layout:
        sections = _sections(text)
        return sections, [o for o, _ in sections], _spans(text)

    return _LAYOUTS.get_or_compute(text_digest(text), compute)


_NUM = r"(\d+(?:\.\d+)?)"
_SEP = (
    r"\s*(?:level|value|score)?\s*(?:of|is|was|:|=|estimated at)?\s*"
    # readers44: a sampling-time label before the value ("hs-troponin T 0h 8 ng/L, 1h
    # 9 ng/L": the 0 is the hour, as ``results`` reads it; ESC 2023 0/1 h algorithm)
    r"(?:(?:at\s*)?\d{1,2}\s*(?:h|hrs?|hours?)\s*(?:[:=]\s*)?(?=\d))?<?\s*"
)


def _measure(
    names: str, *, percent: bool = False, trend: bool = True, grouped: bool = False
) -> re.Pattern[str]:
    tail = r"\s*%" if percent else ""
    prefix = TREND_PREFIX if trend else ""
    num = _GROUPED_NUM if grouped else _NUM
    return guarded(
        re.compile(
            rf"(?i){_B}(?:{names}){_SEP}{CLOCK_LABEL}?{prefix}{num}(?!\d){NOT_CLOCK}"
            rf"{tail}"
        )
    )


_GROUPED_NUM: Final = r"(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?)"
"""readers54: a value in thousands written with its digit groups ("troponin T 2,340
ng/L" is 2340, not 2; ISO 80000-1), for a measure whose unit has no counts per
litre to convert (``_MEASURES``' troponin)."""


_MEASURES: dict[str, re.Pattern[str]] = {
    "gcs": _measure(r"GCS|glasgow coma scale"),
    "troponin": _measure(
        r"(?:hs-?)?(?:troponin|trop|hs-?tn[it]?)(?:\s*[it])?", grouped=True
    ),
    "wbc": _measure(r"WBC|white (?:blood )?count|leukocytes"),
    "bun": _measure(r"BUN|urea nitrogen|(?:serum |plasma |blood )?urea"),
    # medgi43: the British spellings too (results.py reads them): "Haemoglobin 9.1 g/dL"
    "hematocrit": _measure(r"hct|ha?ematocrit"),
    "hemoglobin": _measure(r"hgb|hb|ha?emoglobin"),
    # glucose keeps its first reading (its units and corrections: own rules)
    "glucose": _measure(r"glucose|bg|fsbg|blood sugar|sugar|poc glucose", trend=False),
    "lactate": _measure(r"lactate|lactic acid"),
    "neutrophil_pct": _measure(r"neutrophils|neut|pmn|segs", percent=True),
    "ef_pct": _measure(r"EF|LVEF|ejection fraction", percent=True),
}


def extract_measurements(text: str | None, glucose_unit: str = "") -> dict[str, float]:
    """Read simple numeric facts (GCS, troponin, WBC, BUN, Hct, Hb, glucose, ...).

    The first current value of each measure is kept: a trend's last value ("Hb
    dropped from 14 to 7.5"), never one marked baseline or past (``_lab_trend``);
    nothing is inferred, except that
    a glucose is kept in mg/dL by ``glucose_mg_dl`` (the one unit convention),
    a haemoglobin in g/L and a urea in mmol/L are converted to g/dL and BUN mg/dL,
    and a GCS written only by its parts ("E3V4M5") is their sum.

    Args:
        text: Free text or None.
        glucose_unit: The case's one stated glucose unit (``case_glucose_unit``),
            for a bare glucose this text writes without one.

    Returns:
        Mapping of measure name to value, e.g. ``{"gcs": 14.0, "wbc": 15.2}``.
    """
    if not text:
        return {}
    out: dict[str, float] = {}
    for name, rx in _MEASURES.items():
        found = [
            m
            for m in rx.finditer(text)
            if (
                (name == "glucose" and not in_csf_sentence(text, m.start()))
                or (name != "glucose" and not historical_value(text, *m.span()))
            )
            and not threshold_value(text, *m.span())
        ]
        m = (
            _current_sample(text, found)
            if name != "glucose"
            else next(iter(found), None)
        )
        if m:
            try:
                out[name] = float(m.group(1).replace(",", ""))
            except ValueError:  # pragma: no cover - regex guarantees digits
                continue
            if name == "glucose":
                unit = "mmol" if _MMOL.match(text, m.end()) else ""
                unit = unit or ("mg/dl" if _MG_DL.match(text, m.end()) else "")
                unit = unit or stated_glucose_unit(text) or glucose_unit
                mg_dl = glucose_mg_dl(out[name], unit)
                if mg_dl is None:
                    del out[name]
                else:
                    out[name] = mg_dl
            elif name == "hemoglobin" and (
                _G_PER_L.match(text, m.end()) or out[name] > HB_G_DL_MAX
            ):
                out[name] /= 10.0
            elif name == "bun":
                out[name] *= _bun_factor(m.group(0), text, m.end())
    if "gcs" not in out and (m := _GCS_PARTS.search(text)):
        out["gcs"] = float(sum(int(g) for g in m.groups()))
    if "gcs" in out and (changed := gcs_changed_to(text)) is not None:
        out["gcs"] = float(changed)
    if (worst := gcs_swing_worst(text)) is not None:
        out["gcs"] = min(out.get("gcs", float(worst)), float(worst))
    if m := USUAL_SYSTOLIC.search(text):  # infect54: NICE NG51's "40 below normal"
        out["usual_sbp"] = float(m.group("v"))
    if m := FVC_PER_KG.search(text):
        out["fvc_ml_kg"] = float(m.group("v"))
    elif (m := FVC_VOLUME.search(text)) and (w := _STATED_WEIGHT.search(text)):
        litres = float(m.group("v")) / (1000.0 if m.group("u").lower() != "l" else 1.0)
        kg = float(w.group("kg"))
        if 0 < litres < 8 and 20 <= kg <= 250:
            out["fvc_ml_kg"] = round(litres * 1000.0 / kg, 1)
    if m := NIF.search(text):
        out["nif_cmh2o"] = abs(float(m.group("v").replace(" ", "")))
    return out


_TREATMENT: Final = (
    r"(?<![A-Za-z])(?:after|following|post)\s+(?:\d+(?:\.\d+)?\s*(?:ml|l)(?:/kg)?"
    r"\s+(?:of\s+)?)?(?:iv\s+)?(?:fluids?|crystalloid|saline|resuscitation|treatment"
    r"|a bolus|boluses|the bolus|antibiotics|insulin|dextrose|transfusion)(?![A-Za-z])"
)
_REPEAT_SAMPLE: Final = re.compile(
    r"(?i)(?:(?<![A-Za-z])(?:repeat(?:ed)?|follow[- ]?up|second|subsequent"
    r"|re-?check(?:ed)?|latest|most recent|now|currently|on re-?assessment"
    r"|on review)\s+(?:\w+\s+)?$"
    rf"|{_TREATMENT}[^.;\n]{{0,60}}$)"
)
"""readers43 (infect43): a value named as a repeat ("lactate 4.6, repeat lactate 4.9"),
or taken after a treatment ("lactate 4.1; after 30 mL/kg of crystalloid ... repeat
lactate 1.4"), is the current one: a result stands for its specimen's time (LOINC
result semantics; Surviving Sepsis 2021 and Sepsis-3 read the lactate after fluids).
readers53: so is one written "now" ("GCS 5 at scene; responded to naloxone, now GCS 15":
ATLS 10th ed., the score after the intervention decides)."""


def _current_sample(text: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The first value, or the last later one written as a repeat or after a treatment.

    ``_REPEAT_SAMPLE`` before it, ``_TAKEN_AFTER`` after it: "GCS 14, repeat GCS
    15", "lactate 4.1; after fluids ... repeat lactate 1.4", "lactate 4.6 on arrival.
    Lactate 1.4 after 30 mL/kg fluids".
    """
    if not found:
        return None
    current = found[0]
    for m in found[1:]:
        if _REPEAT_SAMPLE.search(text, current.end(), m.start()) or _TAKEN_AFTER.match(
            text, m.end()
        ):
            current = m
    return current


_TAKEN_AFTER: Final = re.compile(
    rf"(?i)\s*(?:mmol\s*/\s*l|mg\s*/\s*dl|ng\s*/\s*l)?\s*,?\s*{_TREATMENT}"
)
"""readers44: a later value followed by its treatment ("lactate 4.6 on arrival.
Lactate 1.4 after 30 mL/kg fluids") is the sample taken after it, the current one (as
``_REPEAT_SAMPLE`` reads it written before: SSC 2021)."""


USUAL_SYSTOLIC: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z])(?:(?:usual(?:ly)?|baseline|normal(?:ly)?) (?:systolic|sbp"
        r"|bp|blood pressure)|(?:systolic|sbp|bp|blood pressure) (?:is )?(?:usually"
        r"|normally))\W{1,3}(?:(?:is|of|in the|runs|around|about|~)\W{1,3}){0,2}"
        r"(?P<v>\d{2,3})(?![\d.])"
    )
)
"""The patient's usual systolic pressure ("usual systolic 150s", "BP usually 160/90"):
NICE NG51 (2016/2024) counts a systolic more than 40 mmHg below it a high-risk
criterion (``rules.sepsis_risk``)."""
FVC_PER_KG: Final = guarded(
    re.compile(
        r"(?i)\b(?:FVC|forced vital capacity|vital capacity|VC)\b"
        r"(?:[^.;\n]|\.(?=\d)){0,30}?"
        r"(?P<v>\d{1,2}(?:\.\d)?)\s*(?:mL|ml|cc)\s*/\s*kg"
    )
)
"""A vital capacity per kilogram ("FVC 1.1 L (18 mL/kg)"): ``fvc_ml_kg``."""
FVC_VOLUME: Final = guarded(
    re.compile(
        r"(?i)\b(?:FVC|forced vital capacity|vital capacity)\b\s*(?:of|was|is|:|=)?\s*"
        r"(?P<v>\d{1,4}(?:\.\d{1,2})?)\s*(?P<u>L|litres?|liters?|mL|ml|cc)(?![A-Za-z/])"
    )
)
"""readers51 (trauma50's request): a vital capacity in litres or millilitres ("FVC 1.2
L", "VC 900 mL"), read per kilogram with the weight the note states
(``_STATED_WEIGHT``): the 20/30/40 rule is per kilogram (Lawn ND et al. Arch Neurol
2001;58:893)."""
_STATED_WEIGHT: Final = re.compile(
    r"(?i)\b(?:weight|weighs|wt)\b\s*(?:of|is|was|:|=)?\s*(?:about |approx\.? |~)?"
    r"(?P<kg>\d{2,3}(?:\.\d)?)\s*kg\b"
)
"""The patient's weight as the note states it ("Weight 80 kg", "wt: 72kg")."""
NIF: Final = guarded(
    re.compile(
        r"(?i)\b(?:NIF|negative inspiratory force|MIP|PImax|maximal inspiratory"
        r" pressure)\b\s*(?:of|was|is|:|=)?\s*(?P<v>-?\s*\d{1,3})\s*(?:cm\s*H2O|cmH2O)?"
    )
)
"""A maximal inspiratory pressure ("NIF -20 cmH2O"), kept as its magnitude
(``nif_cmh2o``)."""


_GCS_PARTS: Final = guarded(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:(?:GCS|glasgow coma scale)\W{0,3}(?:score\W{0,3})?)?"
        r"E\s?([1-4])\s*[,/]?\s*V\s?([1-5])\s*[,/]?\s*M\s?([1-6])(?![A-Za-z0-9])"
    )
)
"""A GCS written by its parts ("GCS E3V4M5", "E2 V3 M5"): the total is their sum
(Teasdale G, Jennett B. Lancet 1974); a verbal "T" (intubated) has no sum."""

HB_G_DL_MAX: Final = 30.0
"""A haemoglobin above this is in g/L (72 is 7.2 g/dL); ``results`` reads it so too."""
MG_DL_BUN_PER_MMOL_UREA: Final = 2.8
"""Urea 1 mmol/L = blood urea nitrogen 2.8 mg/dL (urea N2 28 g/mol)."""
UREA_PER_BUN_MG_DL: Final = 2.14
"""Urea 2.14 mg/dL per 1 mg/dL of urea nitrogen (60/28)."""
_G_PER_L: Final = re.compile(r"(?i)\s*g/l\b")
_MG_DL: Final = re.compile(r"(?i)\s*mg/dl")


def _bun_factor(matched: str, text: str, end: int) -> float:
    """Factor to blood urea nitrogen in mg/dL.

    A reading in mmol/L (a unit saying so, or the word 'urea' with no unit, as SI
    reports write it) or urea in mg/dL.
    """
    if _MMOL.match(text, end):
        return MG_DL_BUN_PER_MMOL_UREA
    word = matched.lower()
    if "urea" not in word or "nitrogen" in word:
        return 1.0
    if _MG_DL.match(text, end):
        return 1.0 / UREA_PER_BUN_MG_DL
    return MG_DL_BUN_PER_MMOL_UREA


_MMOL: Final = re.compile(r"(?i)\s*mmol")
MG_DL_PER_MMOL_GLUCOSE: Final = 18.0
"""A glucose written in mmol/L is kept in mg/dL (x 18): the bare value of '48 mmol/L'
is no hypoglycaemia of 48 mg/dL (ADA 2024 units)."""
GLUCOSE_AMBIGUOUS_BELOW: Final = 36.0
"""A glucose written without a unit below this is ambiguous: 18 mmol/L is marked
hyperglycaemia, 18 mg/dL a coma. mg/dL readings are whole numbers, so a decimal
reading is mmol/L (1.9 is hypoglycaemia); a whole number below 36 is not read at all
(dextrose for a hyperglycaemic patient is worse than a point-of-care check, which
altered mentation orders anyway: ADA Standards of Care 2024 s6), except below
``GLUCOSE_MMOL_ONLY_BELOW``."""
GLUCOSE_HYPO_MG_DL: Final = 70.0
"""Level-1 hypoglycaemia is < 70 mg/dL (ADA Standards of Care 2024, section 6)."""
GLUCOSE_MMOL_ONLY_BELOW: Final = 10.0
"""A bare glucose below 10 can only be mmol/L: no meter reports a living patient's
glucose as 2-9 mg/dL (their lower limit is 10-20 mg/dL), so "glucose 2" is 36 mg/dL."""


_GLUCOSE_WITH_UNIT: Final = re.compile(
    r"(?i)\b(?:glucose|sugar|bg|cbg|bsl|bgl)\b[^.;\d]{0,24}?\d+(?:\.\d+)?\s*"
    r"(?P<u>mmol|mg/dl)"
)


def stated_glucose_unit(text: str) -> str:
    """The one glucose unit a text states ('mmol' or 'mg/dl'), else ''.

    A case writes its glucose in one unit: a bare "glucose 48" in the one-liner
    is the note's "glucose 48 mmol/L" (ADA 2024 units; the site convention is
    the unit the text states). Both units stated, or none: '' (not assumed).
    """
    lowered = text.lower()
    if "mmol" not in lowered and "mg/" not in lowered:
        return ""
    units = {m.group("u").lower() for m in _GLUCOSE_WITH_UNIT.finditer(text)}
    return units.pop() if len(units) == 1 else ""


GLUCOSE_HYPER_WORDED: Final = "hyper-worded"
"""No glucose unit is stated but the case words a hyperglycaemic crisis: a bare whole
glucose below 70 is then mmol/L (HHS is >= 33.3 mmol/L, ADA 2024 hyperglycaemic crises
consensus), never a hypoglycaemia in mg/dL that would call for IV dextrose."""

_HYPERGLYCAEMIA: Final = re.compile(
    r"(?i)(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bexclude )"
    r"\b(?:hhs|hhns|hyperosmolar|dka|(?:diabetic )?ketoacidosis|hyperglyc(?:a)?emi\w*"
    r"|high (?:blood )?(?:sugars?|glucose)|(?:sugars?|glucose) (?:is |are )?"
    r"(?:high|raised|elevated|very high))\b"
)
"""A hyperglycaemic crisis worded (HHS, DKA, 'hyperglycaemia', 'high sugar')."""


_HYPER_CHEAP: Final = (
    "hh",
    "hyper",
    "dka",
    "keto",
    "high",
    "sugar",
    "gluc",
    "raised",
    "osm",
)
HHS_OSMOLALITY: Final = 320
"""mOsm/kg: the serum osmolality of HHS (JBDS-IP HHS 2022: > 320 with glucose >= 30
mmol/L; Umpierrez GE et al. ADA 2024 hyperglycaemic crises consensus)."""
_HIGH_OSMOLALITY: Final = re.compile(
    r"(?i)(?<!urine )(?<!urinary )(?<![A-Za-z])(?:serum |plasma |measured )?"
    r"osm(?:olality|olarity|s)?\s*(?:of|was|is|:|=)?\s*(?P<v>\d{3})(?!\d)"
)
_OTHER_OSMOLE: Final = re.compile(
    r"(?i)alcohol|ethanol|etoh|intoxicat\w*|drunk|methanol|ethylene glycol"
    r"|antifreeze|isopropanol|osmol[ae]r? gap|osm gap|mannitol"
)
"""What raises the osmolality without a high glucose: ethanol (which also causes
hypoglycaemia), a toxic alcohol, mannitol (Kraut JA, Kurtz I. Clin J Am Soc Nephrol
2008;3:208; Purssell RA et al. Ann Emerg Med 2001;38:653)."""


def _hyperosmolar_measured(text: str) -> bool:
    """A serum osmolality of HHS written, with no other osmole named.

    "glucose 48, osmolality 360": 48 mg/dL (2.7 mmol/L) cannot make 360 without a
    sodium near 175 or an unmeasured osmole (osmolality = 2 Na + glucose + urea), so
    the bare glucose is the crisis's mmol/L, as a worded HHS says.
    """
    return any(
        int(m["v"]) > HHS_OSMOLALITY for m in _HIGH_OSMOLALITY.finditer(text)
    ) and not _OTHER_OSMOLE.search(text)


_OSMOTIC: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?<!no )(?<!not )(?<!without )(?:polyuri\w*|polydipsi\w*"
    # readers55: the lay words of the osmotic symptoms (NICE NG18 1.1.1, ISPAD 2022:
    # "passing lots of urine", "weeing a lot", new bedwetting); thirst alone is no
    # polyuria (a vomiting child's starvation ketosis is thirsty too)
    r"|passing (?:lots of|a lot of|large (?:amounts|volumes) of) (?:urine|water)"
    r"|(?:urinating|peeing|weeing) (?:a lot|lots|all the time|constantly)"
    r"|(?:new |started )bed-?wetting)"
)
_KETONAEMIA: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:blood |capillary |serum )?(?:beta-?hydroxybutyrate|bhb"
    r"|ketones?)\s*(?:of|was|is|:|=)?\s*(?P<v>\d+(?:\.\d+)?)(?!\s*\+)"
)
KETONAEMIA_MMOL: Final = 3.0
"""Blood ketones (mmol/L) of diabetic ketoacidosis (JBDS-IP DKA 2021: >= 3.0; ISPAD
2022)."""


def _osmotic_ketosis(text: str) -> bool:
    """Polyuria or polydipsia with blood ketones of DKA written in the same text.

    readers54 (peds54's request): the osmotic symptoms are the glucose's own (NICE NG18
    1.1.1; ISPAD 2022) and a ketonaemia >= 3 mmol/L with them is a ketoacidosis of
    hyperglycaemia: "capillary glucose 24" beside them is 24 mmol/L, not 24 mg/dL.
    """
    return bool(_OSMOTIC.search(text)) and any(
        float(m["v"]) >= KETONAEMIA_MMOL and float(m["v"]) < 20
        for m in _KETONAEMIA.finditer(text)
    )


def hyperglycaemia_worded(text: str) -> bool:
    """Whether ``text`` words hyperglycaemia (a cheap word check first).

    readers39: a measured serum osmolality of HHS with no other osmole named counts
    (``_hyperosmolar_measured``); readers54: polyuria or polydipsia with a
    ketonaemia of DKA counts (``_osmotic_ketosis``).
    """
    lowered = text.lower()
    if "keto" in lowered and _osmotic_ketosis(text):
        return True
    if not any(w in lowered for w in _HYPER_CHEAP):
        return False
    return bool(_HYPERGLYCAEMIA.search(text)) or (
        "osm" in lowered and _hyperosmolar_measured(text)
    )


def case_glucose_unit(texts: Iterable[str | None]) -> str:
    """``stated_glucose_unit`` of a case's texts together (one-liner and note).

    With no unit stated anywhere and hyperglycaemia worded: ``GLUCOSE_HYPER_WORDED``
    (ADA 2024 hyperglycaemic crises: "HHS, glucose 48" is 48 mmol/L).
    """
    present = [t for t in texts if t]
    units = {u for t in present if (u := stated_glucose_unit(t))}
    if len(units) == 1:
        return units.pop()
    if not units and any(hyperglycaemia_worded(t) for t in present):
        return GLUCOSE_HYPER_WORDED
    return ""


def glucose_mg_dl(value: float, unit: str) -> float | None:
    """The one glucose unit convention: a value and its written unit to mg/dL.

    Every reader of a glucose (the typed results, the measurements that ESI, the CTAS
    modifier and the DKA criteria read) converts through here, so one number is never
    mmol/L to one rule and mg/dL to another. A stated unit wins ("mmol" x 18; "mg/dL"
    as written). A bare value is placed by its range (the site convention is the unit
    the text states; none is assumed): >= 36 is mg/dL, a decimal or a value below 10
    is mmol/L, a whole number of 10-35 is ambiguous and not read (None): the words of
    the text (hypoglycaemia, DKA, a meter's "HI") still carry it.
    """
    if unit == GLUCOSE_HYPER_WORDED:
        whole = value == int(value)
        if whole and GLUCOSE_MMOL_ONLY_BELOW <= value < GLUCOSE_HYPO_MG_DL:
            return value * MG_DL_PER_MMOL_GLUCOSE
        unit = ""
    unit = unit.lower()
    if "mmol" in unit:
        return value * MG_DL_PER_MMOL_GLUCOSE
    if unit or value >= GLUCOSE_AMBIGUOUS_BELOW:
        return value
    mmol = value != int(value) or value < GLUCOSE_MMOL_ONLY_BELOW
    return value * MG_DL_PER_MMOL_GLUCOSE if mmol else None

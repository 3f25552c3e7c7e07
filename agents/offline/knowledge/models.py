"""Typed schema of the reviewable clinical knowledge base (YAML files beside this one).

Research software, not for clinical use. Every entry names its published source so a
clinician can review it; the loader (``agents.offline.knowledge.loader``) validates
the files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from agents.offline.knowledge.dental_block import (
    DENTAL_COMPLAINT,
    dental_block,
    dental_block_blanked,
    names_other_deficit,
)
from agents.offline.knowledge.semantic import (
    ComplaintMatcher,
    focus,
    spelled,
)
from agents.population import PopulationLimits
from cases.labels import Disposition
from cases.memo import RecentByIdentity

__all__ = [
    "ABSENT_PREFIX",
    "KNOWN_PREFIX",
    "AgeSexRisk",
    "BodySite",
    "ClinicalCriteria",
    "CodeVariant",
    "ComplaintSpec",
    "DiagnosisSpec",
    "KnowledgeBase",
    "OrderSpec",
    "RuleCriterion",
    "RuleName",
    "SymptomCode",
]

ABSENT_PREFIX = "absent:"
"""Finding-weight key prefix: applies when the concept is documented absent."""
KNOWN_PREFIX = "known:"
"""Order-condition prefix: the concept documented now or in the history. A chronic
disease withholds a drug whenever it is known ("Background: asthma" withholds a
non-selective beta-blocker: BTS/SIGN 158 2019), not only when it is active today."""

RuleName = Literal[
    "shock_index",
    "qsofa",
    "sirs",
    "heart",
    "wells_pe",
    "perc",
    "wells_dvt",
    "curb65",
    "canadian_ct_head",
    "nice_head_ct",
    "nexus",
    "ottawa_ankle",
    "ottawa_knee",
    "sf_syncope",
    "centor",
    "alvarado",
    "glasgow_blatchford",
    "abcd2",
    "burch_wartofsky",
    "pecarn_head",
]
"""The decision rules the knowledge base may name; ``agents.offline.rules.registry``
implements exactly these (a unit test checks), so a YAML file naming another rule is
refused when it is read."""

OrderKind = Literal["diagnostic", "medication", "procedure", "consult", "monitoring"]
_TOKEN = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"and", "or", "the", "of", "with", "to", "in", "on", "a", "r", "l"})


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RuleCriterion(_Frozen):
    """A condition on a decision-rule result, e.g. ``HEART <= 3`` or ``PERC negative``.

    ``negative`` / ``positive`` test the rule's interpretation flag (see
    ``agents.offline.rules.registry.rule_positive``); numeric ops compare the rule's
    score.
    """

    rule: RuleName = Field(description="Key in agents.offline.rules.registry.RULES")
    op: Literal["<=", ">=", "==", "negative", "positive"]
    value: float | None = None
    requires_all_inputs: bool = Field(
        default=True, description="Only counts when the rule result is applicable"
    )
    with_findings: list[str] = Field(
        default_factory=list,
        description="All-of: concepts that must also be documented present, e.g. "
        "d_dimer_negative with 'Wells PE <= 4' (Wells alone never excludes PE)",
    )
    without_findings: list[str] = Field(
        default_factory=list,
        description="None-of: concepts whose documented presence means the criterion "
        "does not apply, e.g. a shock index after a tension pneumothorax was "
        "decompressed is no haemorrhage by itself (ATLS 10th ed.)",
    )
    also: list[RuleCriterion] = Field(
        default_factory=list,
        description="All-of: further rule criteria that must also hold, e.g. PERC "
        "negative only with a low pre-test probability (Wells PE <= 1.5)",
    )


class ClinicalCriteria(_Frozen):
    """Published criteria that establish a diagnosis clinically, without a score.

    E.g. fever with a non-blanching rash and poor perfusion is meningococcal disease
    until proven otherwise (NICE NG240); a cold pulseless painful limb is acute limb
    ischaemia (ESVS 2020). Met when every ``all_of`` group has a concept documented
    present now and no ``none_of`` concept is: the diagnosis is then ruled in (treated
    on the clinical diagnosis) and the criteria weigh as a rule-in result (LR+ >= 10).
    """

    name: str = Field(description="Short name shown as evidence, e.g. 'NICE NG240'")
    all_of: list[list[str]] = Field(
        min_length=1,
        description="Groups of concepts: each group needs one of its concepts present",
    )
    none_of: list[str] = Field(
        default_factory=list,
        description="Concepts whose presence means the criteria do not apply "
        "(a traumatic pulseless limb is a vascular injury, not an embolus)",
    )
    source: str
    told: bool = Field(
        default=False,
        description="As a requirement: the defining feature is an event the history "
        "tells (a seizure), never a pending result, so with none documented the "
        "diagnosis is as if denied and does not lead the working picture",
    )

    explained_by: list[str] = Field(
        default_factory=list,
        description="As a requirement: diagnoses (ids) whose own published criteria, "
        "when met, are the documented other cause of its findings (a fever with the "
        "NMS consensus criteria met is the NMS's, not an infection's); resolved at "
        "load into ``explained_by_criteria``",
    )
    explained_by_criteria: list[ClinicalCriteria] = Field(
        default_factory=list,
        description="The ``explained_by`` diagnoses' criteria (filled by the loader)",
    )

    def excluded(self, has: Callable[[str], bool]) -> bool:
        """Whether a documented other cause stops it (``none_of``, ``explained_by``)."""
        return any(has(c) for c in self.none_of) or any(
            c.met(has) is not None for c in self.explained_by_criteria
        )

    def met(self, has: Callable[[str], bool]) -> list[str] | None:
        """The concept found for each group when the criteria hold, else None."""
        if self.excluded(has):
            return None
        found: list[str] = []
        for group in self.all_of:
            hit = next((c for c in group if has(c)), None)
            if hit is None:
                return None
            found.append(hit)
        return found


class OrderSpec(_Frozen):
    """A protocol order for a diagnosis."""

    kind: OrderKind
    name: str
    reason: str
    population: PopulationLimits = Field(
        default_factory=PopulationLimits,
        description="Who the order is for (CT for adults, ultrasound for children)",
    )
    requires: list[str] = Field(
        default_factory=list,
        description="Any-of: concepts of which one must be documented present now for "
        "the order to be given (its indication, e.g. tranexamic acid needs trauma or "
        "bleeding, CRASH-2), or diagnosis ids named present in the text (a "
        "neurosurgical consult once a scan shows the SAH); empty: no precondition "
        "beyond the diagnosis",
    )
    requires_all: list[str] = Field(
        default_factory=list,
        description="All-of: concepts each of which must be documented present now "
        "(besides ``requires``), e.g. magnesium for pre-eclampsia needs the "
        "severe-range BP as well as the pregnancy (ACOG PB 222)",
    )
    requires_cause: list[str] = Field(
        default_factory=list,
        description="Any-of: the cause the order treats, one of which must be "
        "documented present now (besides ``requires``): the protocol of a syndrome "
        "with several causes gives its cause-specific orders only for that cause "
        "(dexamethasone and an oncology referral for cord compression need a cancer "
        "or a scan showing the metastasis, NICE NG234, not an epidural abscess)",
    )
    unless: list[str] = Field(
        default_factory=list,
        description="None-of: concepts whose documented presence withholds the order "
        "(a cardiology drainage consult when a penetrating cardiac wound goes to the "
        "operating room, ATLS 10th ed.); an 'absent:<concept>' key withholds it when "
        "the concept is documented absent (no ERCP for ducts imaged undilated)",
    )
    pretest: RuleCriterion | None = Field(
        default=None,
        description="A pre-test probability criterion of a test sequence: the order "
        "is given only when it holds on the documented inputs (ESC 2019 PE: D-dimer "
        "when Wells <= 4, CTPA directly when Wells > 4), or once one of ``after`` is "
        "documented; not evaluated when the rule is outside its scope",
    )
    after: list[str] = Field(
        default_factory=list,
        description="Any-of: results that indicate the order whatever ``pretest`` "
        "(a CTPA after a positive D-dimer, ESC 2019 PE)",
    )


class Documented(_Frozen):
    """What the text must document (and not document) for an entry to apply."""

    when_any: list[str] = Field(
        min_length=1,
        description="Any-of: concepts documented now or in the history",
    )
    none_of: list[str] = Field(
        default_factory=list,
        description="Concepts that, documented, keep this variant from applying",
    )
    all_of: list[str] = Field(
        default_factory=list,
        description="Concepts every one of which must also be documented (the drug "
        "and the intent of a poisoning: methadone taken in self-harm)",
    )
    population: PopulationLimits | None = Field(
        default=None,
        description="Only in a patient known to be inside these limits (a child's "
        "new diabetic ketoacidosis is type 1 unless shown otherwise, ISPAD 2022)",
    )
    source: str


class CodeVariant(Documented):
    """A more specific code of a diagnosis, used when the text documents what it needs.

    E.g. diabetic ketoacidosis is E10.10 when type 1 diabetes is documented; the
    diagnosis' own code is the default when nothing more specific is.
    """

    icd10: str = Field(description="Billable ICD-10-CM code with dot")
    name: str
    working: bool = Field(
        default=True,
        description="Whether the variant also names the working diagnosis; False for "
        "a coding fallback before a test names the lesion (an intracranial injury "
        "coded S06.9X- before CT is still worked up as the suspected subdural)",
    )
    until_ruled_in: bool = Field(
        default=False,
        description="Whether the variant names the diagnosis only while it is not "
        "ruled in: a symptomatic aneurysm is coded without rupture (I71.40) until "
        "shock or imaging shows the rupture (ESVS 2024)",
    )


class OutpatientWhen(Documented):
    """A documented presentation of an inpatient diagnosis cared for at home.

    A primary spontaneous pneumothorax with no high-risk feature (BTS 2023) is
    managed as an outpatient: its usual disposition is then Discharge.
    """


class AdmittedWhen(Documented):
    """A documented presentation of a theatre or home diagnosis cared for on a ward.

    Complicated diverticulitis (an abscess, a perforation) is admitted for IV
    antibiotics and drainage (Hall J et al. ASCRS 2020). Likewise:

    Haemorrhagic shock from the gut, not an injury, is resuscitated, transfused and
    endoscoped in an ICU or high-dependency bed (NICE CG141 2012; Gralnek IM et al.
    ESGE 2021; Oakland K et al. BSG 2019 LGIB): its usual disposition is then Admit,
    the operating room chosen only by a planned operation (``needs``).
    """


class BodySite(_Frozen):
    """A body site a complaint may name, and the narrower sites a region contains."""

    words: list[str] = Field(min_length=1, description="Lower-case words naming it")
    contains: list[str] = Field(
        default_factory=list,
        description="Sites inside it (lay 'leg' is the whole lower limb)",
    )


class AbnormalFinding(_Frozen):
    """An objective abnormality (a result, an unstable vital sign, a hard sign).

    The diagnoses that explain it are those whose ``findings_for`` list it plus
    ``explained_by`` (diagnosis ids, or documented conditions such as known CKD for a
    raised creatinine): the knowledge base's open-world map of what accounts for
    what. One nobody leading explains makes the picture unexplained.
    """

    explained_by: list[str] = Field(
        default_factory=list,
        description="Diagnosis ids or documented concepts that also explain it",
    )
    mild: bool = Field(
        default=False,
        description="Unexplained alone it does not make the picture unexplained "
        "(mild anaemia); beside another unexplained abnormality it does",
    )
    source: str = ""


class AgeSexRisk(_Frozen):
    """How a diagnosis' prior moves with age and sex (published epidemiology).

    The knowledge-base prior holds at ``reference_age_years`` in a mixed-sex
    population; the prior of a patient of age ``a`` is multiplied by
    ``odds_ratio_per_decade ** ((a - reference) / 10)``, with ``a`` clamped to the
    ages the gradient was measured in, and by the factor of the patient's sex.
    Unknown age or sex leaves the prior unchanged.
    """

    reference_age_years: float = Field(ge=0)
    odds_ratio_per_decade: float = Field(default=1.0, gt=0)
    measured_ages: tuple[float, float] = Field(
        description="Youngest and oldest age the gradient was measured in"
    )
    male: float = Field(default=1.0, gt=0)
    female: float = Field(default=1.0, gt=0)
    younger_than_days: int | None = Field(
        default=None,
        gt=0,
        description="An age (days) below which ``younger_factor`` replaces the "
        "gradient: a disease rare, though possible, in infancy (type 1 diabetes "
        "and its ketoacidosis under 1 year, ISPAD 2022)",
    )
    younger_factor: float = Field(default=1.0, gt=0)
    source: str

    def factor(
        self, age_years: float | None, sex: str | None, age_days: int | None = None
    ) -> float:
        """The prior's multiplier for this patient (1.0 when nothing is known).

        ``age_days`` is the oldest age the patient can be (an infant's age is read
        in days or months); unknown, the infant band does not apply.
        """
        out = {"M": self.male, "F": self.female}.get(sex or "", 1.0)
        if (
            self.younger_than_days is not None
            and age_days is not None
            and age_days < self.younger_than_days
        ):
            return out * self.younger_factor
        if age_years is not None:
            low, high = self.measured_ages
            age = min(max(age_years, low), high)
            out *= self.odds_ratio_per_decade ** ((age - self.reference_age_years) / 10)
        return out


class DiagnosisSpec(_Frozen):
    """One diagnosis of the knowledge base."""

    id: str
    name: str
    icd10: str = Field(description="Billable ICD-10-CM code with dot, e.g. 'I21.4'")
    must_not_miss: bool = False
    prior: float = Field(default=1.0, gt=0.0, description="Relative weight")
    findings_for: dict[str, float] = Field(
        default_factory=dict,
        description="concept -> weight (~ln LR) added when present (or known)",
    )
    findings_against: dict[str, float] = Field(
        default_factory=dict,
        description="concept -> negative weight when present; 'absent:<concept>' keys "
        "apply when the concept is documented absent",
    )
    findings_against_unless: dict[str, list[str]] = Field(
        default_factory=dict,
        description="finding (a findings_against key) -> conditions: its weight counts "
        "only when none of them is documented present, because its LR was measured "
        "without them (an intrauterine pregnancy on the scan all but excludes an "
        "ectopic after a spontaneous conception, heterotopic ~1 in 30,000, not after "
        "assisted reproduction, ~1 in 100: NICE NG126 2023; Clayton HB et al. Obstet "
        "Gynecol 2006;107:595). Empty: each finding counts alone",
    )
    findings_beside: dict[str, list[str]] = Field(
        default_factory=dict,
        description="finding (a findings_for key) -> companions: its weight counts "
        "only when one of them is documented present, because its LR was measured "
        "beside them (ADD-RS counts a focal deficit 'in conjunction with pain': "
        "Rogers AM et al. Circulation 2011;123:2213). Empty: each finding counts alone",
    )
    rule_out: list[RuleCriterion] = Field(default_factory=list)
    rule_in: list[RuleCriterion] = Field(default_factory=list)
    criteria: list[ClinicalCriteria] = Field(
        default_factory=list,
        description="Any-of: published clinical criteria that rule the diagnosis in",
    )
    requires: list[ClinicalCriteria] = Field(
        default_factory=list,
        description="Any-of: the result that defines the diagnosis (DKA: "
        "hyperglycaemia or known diabetes, with ketoacidosis; hyponatraemia: a low "
        "sodium). With none met it is never ruled in, confirmed or asserted, "
        "whatever else supports it; background conditions (known diabetes) count "
        "from the history. Empty: no defining result",
    )
    recognition_only: bool = Field(
        default=False,
        description="A recognition and referral entry (NICE NG12 'suspected cancer'): "
        "it holds the suspicion and its referral, not the disease. A tissue result "
        "naming the disease proves what the knowledge base does not manage: the case "
        "lies outside it (``outside.outside_diagnoses``)",
    )
    coded_after: list[ClinicalCriteria] = Field(
        default_factory=list,
        description="Any-of: the result before which the ED diagnosis is the "
        "presenting symptom (ICD-10-CM Official Guidelines IV.H: a suspected "
        "diagnosis is not coded), while the treatment still acts on the suspicion "
        "(a painful Horner syndrome is worked up as a carotid dissection until CT "
        "angiography shows it). Unlike ``requires`` it does not stop the rule-in. "
        "Empty: none",
    )
    disposition: Disposition = "Discharge"
    admit_level: Literal["ward", "icu"] | None = None
    orders: list[OrderSpec] = Field(default_factory=list)
    retrieval_terms: list[str] = Field(default_factory=list)
    synonyms: list[str] = Field(default_factory=list)
    cannot_exclude_in_ed: bool = Field(
        default=False,
        description="Documented: the ED cannot exclude it; needs follow-up/admission",
    )
    held_open_by: list[str] = Field(
        default_factory=list,
        description="Cardinal findings: a must-not-miss diagnosis is kept open by its "
        "probability alone only when one of these is documented present (acute "
        "angle closure without eye pain, a red eye or visual symptoms is no "
        "headache's must-not-miss). Empty: its probability alone keeps it open",
    )
    excluded_by: list[str] = Field(
        default_factory=list,
        description="The tests whose negative can exclude it (case-insensitive "
        "regular expressions): a sentence naming it absent beside other tests only "
        "('non-contrast CT chest: no dissection') does not exclude it. Empty: any "
        "statement of its absence does",
    )
    population: PopulationLimits = Field(
        default_factory=PopulationLimits,
        description="Who it occurs in (age, sex, pregnancy); outside: never proposed",
    )
    code_variants: list[CodeVariant] = Field(
        default_factory=list,
        description="More specific codes by documented facts; first match wins",
    )
    outpatient_when: list[OutpatientWhen] = Field(
        default_factory=list,
        description="Any-of: documented presentations whose guideline care is "
        "outpatient; the usual disposition is then Discharge",
    )
    admitted_when: list[AdmittedWhen] = Field(
        default_factory=list,
        description="Any-of: documented presentations of a usual theatre or home "
        "diagnosis whose guideline care is an admission (a GI bleed in shock; a "
        "diverticulitis with an abscess); the usual disposition is then Admit",
    )
    risk: AgeSexRisk | None = Field(
        default=None, description="Age and sex gradient of the prior, when published"
    )
    body_sites: list[str] = Field(
        default_factory=list,
        description="Where it occurs (keys of the knowledge base's body_sites); "
        "empty: any site. Left off a complaint that names only other sites",
    )
    causes: list[str] = Field(
        default_factory=list,
        description="Result-defined diagnoses (ids) this one causes: when both are "
        "established, this cause is the final diagnosis (ICD-10-CM I.A.13: code "
        "first the underlying condition; the hypercalcaemia behind its pre-renal "
        "kidney injury)",
    )
    complicates: list[str] = Field(
        default_factory=list,
        description="Diagnoses (ids) this one complicates: suspected by its own "
        "signs, it is worked before the uncomplicated illness it follows (HUS after "
        "STEC diarrhoea: UKHSA 2023)",
    )
    source: str

    @field_validator("excluded_by")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            re.compile(pattern)  # a bad pattern fails the load, not a later note
        return value


class SymptomCode(_Frozen):
    """The ICD-10-CM code of a presenting symptom.

    It is the ED diagnosis when no disease on the differential meets its rule-in
    requirement.
    """

    icd10: str = Field(description="Billable ICD-10-CM code with dot, e.g. 'R06.00'")
    name: str
    population: PopulationLimits = Field(
        default_factory=PopulationLimits,
        description="Who the code applies to (testicular pain: people with testes)",
    )
    refined_by: tuple[str, ...] = Field(
        default=(),
        description="Findings concepts that name the presentation more specifically "
        "when documented present (weakness with a focal deficit): the first one's own "
        "symptom code is used instead (ICD-10-CM guidelines I.B.1: code to the "
        "highest specificity documented)",
    )


VitalName = Literal[
    "heart_rate", "systolic_bp", "respiratory_rate", "spo2", "temperature_c"
]
"""A triage vital that a time-critical complaint needs measured."""


class ComplaintSpec(_Frozen):
    """One chief complaint with its worst-first differential."""

    id: str
    aliases: list[str]
    exact_aliases: list[str] = Field(
        default_factory=list,
        description="Aliases matched by their words only (the whole complaint, or "
        "contained in it), never by meaning: a phrase whose embedding would pull "
        "unrelated texts to this complaint ('post extraction bleeding' drew 'post op "
        "bleeding' and 'bleeding post delivery' to the dental complaint; ktas32). With "
        "no ``aliases`` the complaint matches only a whole complaint equal to one "
        "(lead48: the swollen arm)",
    )
    differential: list[str] = Field(description="Diagnosis ids, must-not-miss first")
    rules: list[RuleName] = Field(default_factory=list)
    expected_resources: int = Field(ge=0, le=5)
    high_risk_findings: list[str] = Field(default_factory=list)
    high_risk_history: list[str] = Field(
        default_factory=list,
        description="Known conditions (now or in history) that make it ESI-2 high risk",
    )
    priors: dict[str, float] = Field(
        default_factory=dict,
        description="Diagnosis id -> prevalence (% of ED visits for this complaint); "
        "overrides the diagnosis' relative prior within this complaint",
    )
    priors_source: str | None = None
    severe_pain_to_esi2: bool = Field(
        default=False,
        description="Severe pain (>=7/10) with this complaint is an ESI-2 situation",
    )
    resources_if_mild: int | None = Field(
        default=None,
        ge=0,
        le=5,
        description="ESI resources for a mild presentation (adult < 65, pain <= 3/10, "
        "vitals outside the danger zone, afebrile, no high-risk finding)",
    )
    mild_without_pain_score: bool = Field(
        default=False,
        description="Pain is not what this complaint is about (cough, rash): an "
        "unrecorded pain score does not stop resources_if_mild; a recorded one must "
        "still be <= 3/10",
    )
    symptom_words: list[str] = Field(
        default_factory=list,
        description="Words (lower case, a word's start; a trailing '$' asks for the "
        "whole word) of which a complaint matched by meaning alone must contain one: "
        "a chest-wall deformity is near 'CHEST WALL PAIN' in meaning but is no chest "
        "pain",
    )
    vitals_required: list[VitalName] = Field(
        default_factory=list,
        description="Vitals without which decision point D cannot be judged for this "
        "time-critical complaint: any missing -> ESI 2 floor, flagged",
    )
    listed_by_result: bool = Field(
        default=False,
        description="The complaint is the result the patient was sent in with (CEDIS "
        "'abnormal lab values'): a listed diagnosis defined by a result (``requires``) "
        "that is not documented is not on its list (a sodium of 131 is no diabetes)",
    )
    source: str


def _tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(text.lower()) if t not in _STOP)


class KnowledgeBase(_Frozen):
    """The loaded, validated knowledge base."""

    version: str = Field(description="Rule-set version: hash of the YAML files")
    complaints: dict[str, ComplaintSpec]
    diagnoses: dict[str, DiagnosisSpec]
    concepts: dict[str, list[str]] = Field(
        default_factory=dict, description="Findings lexicon: concept -> synonyms"
    )
    negations: dict[str, list[str]] = Field(
        default_factory=dict,
        description="concept -> words that state it absent ('afebrile': fever, "
        "'non-bilious': bilious vomiting)",
    )
    implies: dict[str, list[str]] = Field(
        default_factory=dict, description="concept -> broader concepts it implies"
    )
    history_implies: dict[str, list[str]] = Field(
        default_factory=dict,
        description="acute event -> the history it leaves (a stroke now is no prior "
        "stroke; a stroke in the history is): applied to historical findings only",
    )
    history_concepts: frozenset[str] = Field(
        default=frozenset(),
        description="Conditions that count for a diagnosis when only in the history",
    )
    symptom_codes: dict[str, SymptomCode] = Field(
        default_factory=dict,
        description="Complaint id or findings concept -> its symptom-level code",
    )
    body_sites: dict[str, BodySite] = Field(
        default_factory=dict, description="Site id -> its words and narrower sites"
    )
    abnormal: dict[str, AbnormalFinding] = Field(
        default_factory=dict,
        description="Objective abnormal finding -> what explains it besides the "
        "diagnoses whose findings_for list it",
    )
    _alias_index: dict[str, str] = PrivateAttr(default_factory=dict)
    _site_rx: re.Pattern[str] | None = PrivateAttr(default=None)
    _site_index: dict[str, str] = PrivateAttr(default_factory=dict)
    _by_meaning: ComplaintMatcher | None = PrivateAttr(default=None)
    # Answers for the last complaint string objects: a request's stages and floors ask
    # about the very same string ~20 times, and a server interleaves requests. Made on
    # first use (a lock inside), like ``_by_meaning``: a fresh KB stays picklable.
    _matches: RecentByIdentity[ComplaintSpec | None] | None = PrivateAttr(default=None)
    _sites: RecentByIdentity[frozenset[str]] | None = PrivateAttr(default=None)

    def __hash__(self) -> int:
        """Hash by version (a digest of the files): derived indexes are cached per KB.

        The findings lexicon (``agents.offline.rules._lexicon``) is one of them.
        """
        return hash(self.version)

    def model_post_init(self, __context: object) -> None:
        """Build the normalised alias index once."""
        index: dict[str, str] = {}
        for spec in self.complaints.values():
            words = [*spelled(spec.aliases), *spelled(spec.exact_aliases)]
            for alias in [spec.id.replace("_", " "), *words]:
                index.setdefault(_normalise(alias), spec.id)
        self._alias_index = index

    def complaint_named_by(self, concept: str) -> str | None:
        """The complaint a finding concept names: its id or one of its aliases.

        "nosebleed" names the complaint ``epistaxis`` (alias NOSEBLEED), "vomiting"
        ``nausea_vomiting``; a concept naming no complaint gives None.
        """
        if concept in self.complaints:
            return concept
        return self._alias_index.get(_normalise(concept.replace("_", " ")))

    def sites_named(self, text: str | None) -> frozenset[str]:
        """The body sites a text names, regions expanded to the sites they contain.

        "KNEE PAIN" -> {knee}; "LEG INJURY" -> {leg, hip, thigh, knee, ...}; a text
        naming no site -> the empty set (no site constraint).
        """
        if not text or not self.body_sites:
            return frozenset()
        sites: RecentByIdentity[frozenset[str]] | None = self._private("_sites")
        if sites is None:
            sites = self._sites = RecentByIdentity(64)
        return sites.get_or_compute((text,), lambda: self._sites_named(text))

    def _private(self, name: str) -> Any:
        """A private attribute's value, read from pydantic's own dict of them.

        ``self._matches`` goes through ``BaseModel.__getattr__``, ~30 times a plain
        read; a request asks the complaint match ~25 times.
        """
        private = self.__pydantic_private__
        return private[name] if private is not None else getattr(self, name)

    def _sites_named(self, text: str) -> frozenset[str]:
        index = self._site_index
        if self._site_rx is None:
            index.update(
                (w, sid) for sid, site in self.body_sites.items() for w in site.words
            )
            alts = "|".join(re.escape(w) for w in sorted(index, key=len, reverse=True))
            self._site_rx = re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")
        todo = [index[m.group(0)] for m in self._site_rx.finditer(text.lower())]
        out: set[str] = set()
        while todo:
            sid = todo.pop()
            if sid not in out:
                out.add(sid)
                todo.extend(self.body_sites[sid].contains)
        return frozenset(out)

    def _other_site(self, text: str, spec: ComplaintSpec) -> bool:
        """Whether ``text`` names a body site and every alias of ``spec`` other sites.

        "LEG REDNESS" is near "EYE REDNESS" in meaning but names the leg: a complaint
        whose aliases all name only the eye is not its complaint (the presenting
        problem's site conditions the differential). Alias by alias, as the meaning
        match (``semantic``): an alias naming no site ("HEMATEMESIS") agrees with any.
        """
        named = self.sites_named(text)
        if not named:
            return False
        return all(
            (own := self.sites_named(a)) and named.isdisjoint(own) for a in spec.aliases
        )

    def diagnosis(self, diagnosis_id: str) -> DiagnosisSpec:
        """Return one diagnosis by id.

        Raises:
            KeyError: when the id is unknown.
        """
        return self.diagnoses[diagnosis_id]

    def match_complaint(self, text: str | None) -> ComplaintSpec | None:
        """Map a chief-complaint string to a complaint spec.

        Tries an exact alias match, then the complaint nearest in meaning (MiniLM
        sentence embeddings, :mod:`agents.offline.knowledge.semantic`; a narrative is
        read by its presenting-problem clause, else its unnegated clauses), then an
        alias contained in that presenting problem (earliest, then longest), then an
        alias all of whose words it contains. Nothing clearing these is an unknown
        complaint (None): the generic ESI path, never the nearest wrong protocol.

        Args:
            text: The chief complaint as written (any case), or None.

        Returns:
            The best-matching complaint, or None when nothing matches.
        """
        if not text or not text.strip():
            return None
        matches: RecentByIdentity[ComplaintSpec | None] | None = self._private(
            "_matches"
        )
        if matches is None:
            matches = self._matches = RecentByIdentity(64)
        return matches.get_or_compute((text,), lambda: self._match_complaint(text))

    def _match_complaint(self, text: str) -> ComplaintSpec | None:
        norm = _normalise(text)
        if norm in self._alias_index:
            return self.complaints[self._alias_index[norm]]
        if self._by_meaning is None:
            self._by_meaning = ComplaintMatcher(self)
        if dental_block(text) and not names_other_deficit(dental_block_blanked(text)):
            # a dental block's numb lip and thick speech name the dental problem, no
            # stroke (esi34; Malamed 2019)
            spec = self.complaints.get(DENTAL_COMPLAINT)
            if spec is not None:
                return spec
        if self._by_meaning.unlisted(text):
            # A CEDIS complaint the knowledge base has none of ("tremor", "heat
            # stroke"): no alias it happens to contain ("stroke") names it.
            return None
        nearest = self._by_meaning.nearest(text)
        if (
            nearest is not None
            and not self._other_site(text, nearest)
            and _states_symptom(norm, nearest)
        ):
            return nearest
        if nearest is not None and (problem := self._beside_state(text)) is not None:
            return problem
        # Fallbacks read only the presenting problem (a narrative's "presents with"
        # clause or its unnegated clauses): a denied, past or baseline problem is not
        # the complaint.
        # A state alias ("9 weeks pregnant") yields to a problem named in the same
        # clause ("... pregnant has had a stuffy nose"): the pregnancy is the
        # patient's state, the other alias her complaint (esi29).
        stated = [_normalise(part) for part in focus(text)]
        best: tuple[int, bool, int, int, str] | None = None
        for i, part in enumerate(stated):
            padded = f" {part} "
            for alias, cid in self._alias_index.items():
                if not self.complaints[cid].aliases:
                    continue  # lead48: a complaint of exact aliases only: whole text
                pos = padded.find(f" {alias} ")
                if pos >= 0:
                    key = (-i, alias not in STATE_ALIASES, -pos, len(alias), cid)
                    if best is None or key[:4] > best[:4]:
                        best = key
        words = _tokens(" ".join(stated))
        if best is not None and not best[1] and (problem := self._all_words(words)):
            # "9 weeks pregnant, jammed her finger": the pregnancy is her state, the
            # finger her complaint (esi33, as esi29 for a contiguous alias)
            return problem
        if best is not None:
            return self.complaints[best[4]]
        return self._all_words(words)

    def _all_words(self, words: frozenset[str]) -> ComplaintSpec | None:
        """The complaint with every word of an alias, in any order.

        "Pain in the chest"; one shared word ("hair loss" ~ loss of consciousness) is
        no match.
        """
        for alias, cid in self._alias_index.items():
            alias_words = _tokens(alias)
            if not self.complaints[cid].aliases:
                continue  # a complaint of exact aliases only (lead48)
            if len(alias_words) > 1 and alias_words <= words:
                return self.complaints[cid]
        return None

    def _beside_state(self, text: str) -> ComplaintSpec | None:
        """The complaint of a text read without the patient's pregnancy, if another.

        A pregnant woman's text is near "PREGNANT" in meaning; when that complaint
        is refused for naming none of its problems (``symptom_words``: no bleeding,
        cramps, contractions, fetal movement), the text is matched once more without
        the pregnancy ("24 weeks pregnant jammed her finger" is a finger injury):
        the pregnancy is her state, not her complaint (esi32; ESI v4 handbook ch.5
        counts the resources of the problem; the pregnancy's own high-risk forms
        are read on any complaint, Table 4-1). None when nothing else is near.
        """
        bare = _PREGNANCY_STATE.sub(" ", text)
        if bare == text or self._by_meaning is None:
            return None
        other = self._by_meaning.nearest(bare)
        if other is None or self._other_site(bare, other):
            return None
        if other.symptom_words and not _states_symptom(_normalise(bare), other):
            return None
        return other


STATE_ALIASES: Final = frozenset({"pregnant", "pregnancy"})
_PREGNANCY_STATE: Final = re.compile(
    r"(?i)(?:,? ?(?:who is|who'?s|she is|she'?s|is|at|currently|now)\s+)?"
    r"(?:about |approximately |around |nearly |almost )?"
    r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?) ?(?:weeks?|wks?|months?)"
    r"(?: (?:and \d days? )?(?:pregnant|of (?:her )?(?:pregnancy|gestation)"
    r"|gestation|into (?:her|the) pregnancy))"
    r"|(?:,? ?(?:who is|she is|is|currently)\s+)?pregnant(?! with)"
)
"""A woman's pregnancy named as her state ("who is 24 weeks pregnant", "at 33 weeks
of pregnancy", ", pregnant,"): what ``_beside_state`` reads the text without."""
"""Normalised aliases naming a patient's state rather than a problem."""


def _states_symptom(norm: str, spec: ComplaintSpec) -> bool:
    """Whether a normalised complaint names one of ``spec.symptom_words`` (if any).

    A word's start matches ("swell" in "swelling"); an entry ending in '$' only the
    whole word ("burn$": "burn", not "burning", a pain's quality).
    """
    if not spec.symptom_words:
        return True
    whole = {s[:-1] for s in spec.symptom_words if s.endswith("$")}
    starts = tuple(s for s in spec.symptom_words if not s.endswith("$"))
    return any(w in whole or w.startswith(starts) for w in norm.split())


def _normalise(text: str) -> str:
    """Lower-case words of ``text``, punctuation and spacing dropped."""
    return " ".join(_TOKEN.findall(text.lower().replace("/", " ")))

"""ClinicalFacts: everything the decision tools read, gathered from a stage view.

Current texts (chief complaint, one-liner, the ED note part the stage may see) give
present / absent / historical findings; extra texts such as retrieved prior-note chunks
only ever contribute ``historical`` findings (and numeric facts keyed ``prior_*``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from agents.offline.knowledge.models import ABSENT_PREFIX, KNOWN_PREFIX, KnowledgeBase
from agents.offline.rules import ng143
from agents.offline.rules._baseline import baseline_statement
from agents.offline.rules._dark_stool import (
    DRUG_DARKENED_STOOL,
    explained_black_stool,
)
from agents.offline.rules._intoxication_signs import explained_by_intoxication
from agents.offline.rules._repeat_potassium import POTASSIUM_HIGH, PSEUDOHYPERKALAEMIA
from agents.offline.rules.findings import (
    Finding,
    case_glucose_unit,
    context_status,
    extract_findings,
    extract_measurements,
)
from agents.offline.rules.immunocompromise import IMMUNOCOMPROMISED
from agents.offline.rules.ng106 import AMBULATORY_HF, ambulatory_heart_failure
from agents.offline.rules.results import result_findings
from agents.offline.rules.self_harm_intent import SELF_HARM, visit_conflict_spans
from agents.offline.rules.suicide_risk import NON_ACUTE_IDEATION, non_acute_ideation
from agents.population import years
from cases.models import Vitals
from cases.population import Population, view_population
from cases.views import StageView
from cases.vitals import with_text_temperature

__all__ = ["ClinicalFacts"]

_AGE_RX = re.compile(
    r"(?i)\b(\d{1,3})\s*(?:-|\s)?\s*"
    r"(?:y/?o|yo|y\.o\.|yr?s?[\s-]*old|year[\s-]*old|years old)"
)
_SEX_RX = re.compile(
    r"(?i)\b\d{1,3}\s*(?:y/?o|yo|y\.o\.|year[\s-]*old)?\s*"
    r"(male|female|man|woman|boy|girl|m|f)\b"
)
_SEX_WORDS = {
    "male": "M",
    "man": "M",
    "boy": "M",
    "m": "M",
    "female": "F",
    "woman": "F",
    "girl": "F",
    "f": "F",
}


class ClinicalFacts(BaseModel):
    """Facts about one patient at one stage: demographics, vitals and findings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    age: int | None = None
    sex: str | None = Field(default=None, description="'M', 'F' or as recorded")
    population: Population = Field(
        default_factory=Population,
        description="Age in days, sex and pregnancy (for population limits)",
    )
    vitals: Vitals = Vitals()
    evaluation_vitals: Vitals | None = Field(
        default=None,
        description="Vitals documented after triage in this visit's ED note (at the "
        "physician's evaluation or on repeat), the last set; None when none is",
    )
    implausible_vitals: tuple[str, ...] = Field(
        default=(), description="Recorded vitals removed as implausible (the view's)"
    )
    chief_complaint: str | None = None
    present: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()
    historical: frozenset[str] = frozenset()
    measurements: dict[str, float] = Field(
        default_factory=dict,
        description="Numeric facts from current text (gcs, troponin, wbc, ...); "
        "values read from prior notes are keyed 'prior_<name>'",
    )
    evidence: dict[str, str] = Field(
        default_factory=dict, description="concept -> short source text"
    )
    findings: tuple[Finding, ...] = ()

    def has(self, concept: str) -> bool:
        """True when the concept is documented as currently present.

        A key ``absent:<concept>`` (knowledge-base convention) is True when the
        concept is documented absent, ``known:<concept>`` when it is present now or
        in the history (``known``).
        """
        if ":" not in concept:  # a plain concept (most asks: ~1,700 a request)
            return concept in self.present
        if concept.startswith(ABSENT_PREFIX):
            return concept.removeprefix(ABSENT_PREFIX) in self.absent
        if concept.startswith(KNOWN_PREFIX):
            return self.known(concept.removeprefix(KNOWN_PREFIX))
        return concept in self.present

    def known(self, concept: str) -> bool:
        """True when present now or documented in the history (e.g. known CAD)."""
        return concept in self.present or concept in self.historical

    @property
    def immunocompromised(self) -> bool:
        """Whether the patient is documented immunocompromised, now or in the history.

        The one declaration, ``rules.immunocompromise`` (IDSA, Rubin LG et al. Clin
        Infect Dis 2014;58:e44; ATS/IDSA 2019 and Ramirez JA et al. Chest 2020): stated
        immunosuppression, a transplant recipient, chemotherapy within 6 weeks, HIV
        with a CD4 < 200 (or no count), prednisone >= 20 mg/day for >= 14 days,
        biologics, DMARDs and transplant drugs; or neutropenia (ANC < 0.5, which
        implies it). The evidence text is ``evidence["immunocompromised"]``.
        """
        return self.known(IMMUNOCOMPROMISED)

    def denied(self, concept: str) -> bool:
        """True when documented absent and never documented present."""
        return concept in self.absent

    def status(self, concept: str) -> bool | None:
        """Tri-state current status: True present, False denied, None not documented."""
        if concept in self.present:
            return True
        if concept in self.absent:
            return False
        return None

    @classmethod
    def from_findings(
        cls,
        findings: Iterable[Finding],
        knowledge: KnowledgeBase,
        *,
        historical_only: Iterable[Finding] = (),
        **fields: object,
    ) -> ClinicalFacts:
        """Build facts from findings (present wins over absent; safety first).

        Args:
            findings: Findings from current texts.
            knowledge: The knowledge base (its ``implies`` adds broader concepts).
            historical_only: Findings from prior notes (present → historical).
            **fields: Other ClinicalFacts fields (age, sex, vitals, measurements...).

        Returns:
            The assembled facts.
        """
        present: set[str] = set()
        absent: set[str] = set()
        historical: set[str] = set()
        evidence: dict[str, str] = {}
        vitals = fields.get("vitals")
        triage_signs = vital_sign_findings(
            vitals if isinstance(vitals, Vitals) else None,
            _as_population(fields.get("population")),
        )
        current = (
            *findings,
            *later_vital_findings(
                fields.get("evaluation_vitals"),
                _as_population(fields.get("population")),
                {f.concept for f in triage_signs if f.status == "present"},
            ),
            *triage_signs,
            *_population_findings(fields.get("population")),
            *triage_record_findings(vitals if isinstance(vitals, Vitals) else None),
            *_gcs_findings(fields.get("measurements")),
            *_respiratory_muscle_findings(fields.get("measurements")),
            *_below_severe_range(
                vitals if isinstance(vitals, Vitals) else None,
                fields.get("evaluation_vitals"),
                _as_population(fields.get("population")),
            ),
        )
        sets = {"present": present, "absent": absent, "historical": historical}
        for f in current:
            # Family, hypothetical and differential mentions are not the patient's
            # documented state: they never count for or against anything.
            if f.status in sets:
                sets[f.status].add(f.concept)
                evidence.setdefault(f.concept, f.text)
        for f in historical_only:
            if f.status in ("present", "historical"):
                historical.add(f.concept)
                evidence.setdefault(f.concept, f"prior note: {f.text}")
        if str(fields.get("sex") or "").upper() in ("M", "MALE"):
            # readers51 (triage51): a fall or blow reaches no uterus in a man (the
            # concept is ACOG CO 775's force to a pregnant uterus, not the injury)
            present.discard("force_to_uterus")
        # drink explains slurred speech and an unsteady gait: no focal sign, no
        # stroke or subdural pointer of their own (``_intoxication_signs``)
        present -= explained_by_intoxication(current, present)
        if explained_black_stool(current, present):
            # iron or bismuth explains a formed, non-tarry black stool: no melaena
            # (``_dark_stool``); a sign of bleeding beside it keeps the melaena
            present.discard("melena")
            present.add(DRUG_DARKENED_STOOL)
            evidence.setdefault(DRUG_DARKENED_STOOL, "black stool on iron or bismuth")
        if PSEUDOHYPERKALAEMIA in present:
            # a high potassium that a prompt repeat in range shows spurious, in any
            # text (the one-liner restates the first value): no hyperkalaemia
            # (UK Kidney Association 2023; ``_repeat_potassium``)
            present -= POTASSIUM_HIGH
        _close(present, evidence, knowledge.implies)
        if non_acute_ideation(present):
            present.add(NON_ACUTE_IDEATION)
            evidence.setdefault(NON_ACUTE_IDEATION, "ideation, no plan, no act")
        if ambulatory_heart_failure(present):
            present.add(AMBULATORY_HF)
            evidence.setdefault(AMBULATORY_HF, "raised NT-proBNP, weeks, no acute sign")
        if _painless(present, vitals if isinstance(vitals, Vitals) else None):
            present.add(PAINLESS_HEMATURIA)
            evidence.setdefault(PAINLESS_HEMATURIA, "visible haematuria, no pain")
        if "troponin_early_sample" in present and not present & _TROPONIN_REPEATS:
            # one normal value < 3 h after onset is not yet a normal troponin (ESC
            # 2023 ACS: repeat at 1, 2 or 3 h): it excludes nothing until repeated
            present -= {"troponin_normal", "troponin_below_lod"}
        _close(historical, evidence, knowledge.history_implies)
        _close(historical, evidence, knowledge.implies)
        if _whipple_unmet(present, historical, fields.get("age")):
            present.discard("glucose_low")
        for concept in absent - present:
            if concept in evidence:
                evidence.setdefault(
                    f"{ABSENT_PREFIX}{concept}", f"no {evidence[concept]}"
                )
        return cls(
            present=frozenset(present),
            absent=frozenset(absent - present),
            historical=frozenset(historical - present),
            evidence=evidence,
            findings=current,
            **fields,
        )

    @classmethod
    def from_texts(
        cls,
        texts: Sequence[tuple[str, str | None]],
        knowledge: KnowledgeBase,
        *,
        extra_texts: Sequence[tuple[str, str]] = (),
        age: int | None = None,
        sex: str | None = None,
        vitals: Vitals | None = None,
        chief_complaint: str | None = None,
        population: Population | None = None,
    ) -> ClinicalFacts:
        """Build facts from labelled current texts plus prior-note texts.

        Args:
            texts: (source label, text) pairs from the current visit.
            knowledge: The knowledge base (findings lexicon and implications).
            extra_texts: (source label, text) pairs from earlier notes; their present
                findings count as historical.
            age: Age in years if known from demographics.
            sex: Sex if known.
            vitals: Triage vitals.
            chief_complaint: The chief complaint as written.
            population: Age in days, sex and pregnancy, when already known.

        Returns:
            The assembled facts.
        """
        if population is not None:
            age = population.age_years if age is None else age
            sex = population.sex if sex is None else sex
        joined = " ".join(t for _, t in texts if t)
        if age is None:
            m = _AGE_RX.search(joined)
            age = int(m.group(1)) if m and int(m.group(1)) < 120 else None
        if sex is None:
            m = _SEX_RX.search(joined)
            sex = _SEX_WORDS.get(m.group(1).lower()) if m else None
        pregnant = population is not None and population.pregnancy == "pregnant"
        current: list[Finding] = []
        measures: dict[str, float] = {}
        unit = case_glucose_unit(t for _, t in texts)
        for label, text in texts:
            current.extend(
                extract_findings(
                    text,
                    knowledge,
                    source=label,
                    newborn_other=age is not None and age >= 1,
                )
            )
            current.extend(
                result_findings(
                    text,
                    age=age,
                    onset_text=joined,
                    glucose_unit=unit,
                    sex=sex,
                    pregnant=pregnant,
                )
            )
            for k, v in extract_measurements(text, unit).items():
                measures.setdefault(k, v)
        current.extend(avpu_findings(vitals, (t for _, t in texts)))
        current.extend(visit_self_harm([t for _, t in texts]))
        prior: list[Finding] = []
        for label, text in extra_texts:
            prior.extend(extract_findings(text, knowledge, source=f"prior:{label}"))
            for k, v in extract_measurements(text).items():
                measures.setdefault(f"prior_{k}", v)
        return cls.from_findings(
            current,
            knowledge,
            historical_only=prior,
            age=age,
            sex=_normalise_sex(sex),
            vitals=vitals or Vitals(),
            chief_complaint=chief_complaint,
            measurements=measures,
            population=population or Population(),
        ).with_ng143(t for _, t in texts if t)

    def with_ng143(self, texts: Iterable[str]) -> ClinicalFacts:
        """These facts with ``ng143_green`` when a febrile child under 5 is green.

        NICE NG143 (2019/2021) Table 1 (``rules.ng143``): every green feature
        documented (colour, activity, hydration) and no amber or red one, vitals for
        age included. Any other child is unchanged.
        """
        if not self.has("fever") or self.population.age_days_min is None:
            return self
        light = ng143.traffic_light(
            self.present, self.absent, self.vitals, self.population, texts
        )
        if light != "green":
            return self
        return self.model_copy(
            update={
                "present": self.present | {ng143.GREEN},
                "evidence": {**self.evidence, ng143.GREEN: "NICE NG143 green"},
            }
        )

    @classmethod
    def from_view(
        cls,
        view: StageView,
        knowledge: KnowledgeBase,
        extra_texts: Sequence[tuple[str, str]] = (),
    ) -> ClinicalFacts:
        """Build facts from a stage view and optional prior-note texts.

        Args:
            view: What the stage may see.
            knowledge: The knowledge base (findings lexicon and implications).
            extra_texts: (source label, text) pairs such as retrieved prior-note chunks;
                their present findings count as historical.

        Returns:
            The facts the decision tools consume.
        """
        texts = [
            ("chief_complaint", view.chief_complaint),
            ("one_liner", view.one_liner),
            ("ed_note", view.ed_text),
        ]
        raw = view.vitals.raw
        facts = cls.from_texts(
            texts,
            knowledge,
            extra_texts=extra_texts,
            age=view.demographics.age,
            sex=view.demographics.sex,
            vitals=with_text_temperature(view.vitals, [raw, *(t for _, t in texts)]),
            chief_complaint=view.chief_complaint,
            population=view_population(view),
        )
        update: dict[str, object] = {}
        if raw and "gcs" not in facts.measurements:  # a GCS in the vitals record
            gcs = extract_measurements(raw).get("gcs")
            if gcs is not None:
                update["measurements"] = {**facts.measurements, "gcs": gcs}
        if view.implausible_vitals:
            update["implausible_vitals"] = view.implausible_vitals
        return facts.model_copy(update=update) if update else facts


PAIN_CONCEPT: Final = re.compile(
    r"pain|ache|colic|sore|tender|cramp|dysuria|migraine|algia|burn|sprain|fractur|"
    r"injur|wound|lacerat|bite|sting"
)
"""Concepts that are a pain, or a lesion that hurts (ACEP 2017 acute pain)."""
PAINLESS_HEMATURIA: Final = "painless_hematuria"


def _painless(present: set[str], vitals: Vitals | None) -> bool:
    """Visible haematuria with no pain documented: no pain concept, no pain score.

    Painless visible haematuria is the presentation of a urothelial cancer (NICE NG12
    2015 1.6; AUA/SUFU 2020), not of a stone, whose haematuria comes with colic.
    """
    return (
        "visible_hematuria" in present
        and not (vitals is not None and vitals.pain is not None and vitals.pain > 0)
        and not any(PAIN_CONCEPT.search(c) for c in present)
    )


_TROPONIN_REPEATS: Final = frozenset({"troponin_repeated", "troponin_dynamic"})
"""A troponin measured again (``rules.results._troponin_timing``): an early first
value is then part of a serial measurement."""
SEVERE_SBP: Final = 160.0
SEVERE_DBP: Final = 110.0
"""A severe-range pressure: >= 160 systolic or >= 110 diastolic (ACOG PB 222; ACC/AHA
2017)."""
CRISIS_SBP: Final = 180.0
CRISIS_DBP: Final = 120.0
"""A hypertensive crisis: > 180 systolic and/or > 120 diastolic (ACC/AHA 2017 11.2)."""
_VITAL_SIGN_CONCEPTS: tuple[tuple[str, str, float, str, str], ...] = (
    # concept, Vitals field, threshold, comparison, label (adult SIRS/shock cut-offs)
    ("tachycardia", "heart_rate", 100.0, ">", "HR"),
    ("bradycardia", "heart_rate", 50.0, "<", "HR"),
    # peds37: the heart rate of an eating disorder's high medical risk, for age
    # (``meed_bradycardia_hr``: RCPsych MEED 2022)
    ("meed_bradycardia", "heart_rate", 40.0, "<", "HR"),
    ("hypotension", "systolic_bp", 90.0, "<", "SBP"),
    # lead35: an adult's systolic under 100 mmHg is the absolute hypotension of an
    # adrenal crisis (Rushworth RL et al. N Engl J Med 2019;381:852) and qSOFA's
    # (Seymour CW et al. JAMA 2016); adults only (``ADULT_SBP_DAYS``)
    ("sbp_under_100", "systolic_bp", 100.0, "<", "SBP"),
    ("fever", "temperature_c", 38.0, ">=", "Temp °C"),
    # WMS 2019: hypothermia is a core temperature < 35 °C; heat stroke > 40 °C with
    # CNS dysfunction (Lipman GS et al. Wilderness Environ Med 2019;30:S33)
    ("hypothermia", "temperature_c", 35.0, "<", "Temp °C"),
    ("hyperthermia", "temperature_c", 40.0, ">=", "Temp °C"),
    # metab40: below 32 °C is moderate (stage II) hypothermia or worse (Dow J et al. WMS
    # 2019; Lott C et al. ERC 2021): not the mild, shivering patient rewarmed externally
    ("hypothermia_moderate", "temperature_c", 32.0, "<", "Temp °C"),
    # ACOG PB 222 / ACC/AHA 2017: a severe-range reading (>= 160 or >= 110 mmHg)
    ("severe_range_bp", "systolic_bp", SEVERE_SBP, ">=", "SBP"),
    ("severe_range_bp", "diastolic_bp", SEVERE_DBP, ">=", "DBP"),
    # lead41: after the birth a pressure that stays >= 150/100 is treated with an oral
    # antihypertensive (ACOG PB 222, 2020; NICE NG133 2019 postnatal care); a criteria
    # threshold, not shown (``assessment._THRESHOLD_ONLY``)
    ("postnatal_treatment_bp", "systolic_bp", 150.0, ">=", "SBP"),
    ("postnatal_treatment_bp", "diastolic_bp", 100.0, ">=", "DBP"),
    # peds43: 140/90 is the hypertension of pregnancy (ACOG PB 222 2020; NICE NG133
    # 2019): the defining result of gestational hypertension; a criteria threshold,
    # not shown (``assessment._THRESHOLD_ONLY``)
    ("bp_140_90", "systolic_bp", 140.0, ">=", "SBP"),
    ("bp_140_90", "diastolic_bp", 90.0, ">=", "DBP"),
    # dx34: a hypertensive crisis, > 180 systolic and/or > 120 diastolic (Whelton PK et
    # al. ACC/AHA 2017 section 11.2; Williams B et al. ESC/ESH 2018 section 11): the
    # pressure at which organ damage makes it a hypertensive emergency
    ("hypertensive_crisis_bp", "systolic_bp", CRISIS_SBP, ">", "SBP"),
    ("hypertensive_crisis_bp", "diastolic_bp", CRISIS_DBP, ">", "DBP"),
    # BTS 2017 emergency oxygen: SpO2 < 90 % is hypoxaemia needing treatment
    ("hypoxaemia", "spo2", 90.0, "<", "SpO2"),
    # metab40: below 92 % on air a patient needs supplemental oxygen (BTS 2017 target
    # 94-98 %; NICE NG191 COVID-19 target 92-96 %), which is hospital care; a criteria
    # threshold, not shown (``assessment._THRESHOLD_ONLY``)
    ("spo2_under_92", "spo2", 92.0, "<", "SpO2"),
    # Slow breathing at any age: a rate <= 10/min is respiratory depression (Hoffman
    # JR et al. Ann Emerg Med 1991;20:246: the opioid toxidrome's RR <= 12; AHA 2020
    # opioid-associated emergency; NEWS2 scores 9-11 and <= 8 as abnormal)
    ("respiratory_depression", "respiratory_rate", 10.0, "<=", "RR"),
)
_PLAUSIBLE: dict[str, tuple[float, float]] = {
    "heart_rate": (20.0, 300.0),
    "systolic_bp": (40.0, 300.0),
    "diastolic_bp": (20.0, 200.0),
    "temperature_c": (25.0, 45.0),
    "spo2": (40.0, 100.0),
    "respiratory_rate": (2.0, 80.0),
}


AFEBRILE_C: Final = (36.0, 38.0)
"""A measured temperature in this range documents no fever at presentation (the SIRS
limits, Bone 1992); below it is hypothermia, which is not evidence against sepsis. A
fever stated in the history still counts as present (present wins over absent)."""


NORMAL_HR: Final = (50.0, 100.0)
"""A measured heart rate in this range documents no tachycardia at presentation in
anyone from 12 years (the adult limits of ``_VITAL_SIGN_CONCEPTS``); a younger child's
normal rate depends on age and is not read as evidence either way."""


CRASH2_HR: Final = 110.0
"""The heart rate above which CRASH-2 enrolled an injured adult as bleeding or at risk
of significant haemorrhage (with SBP < 90 mmHg; CRASH-2 trial collaborators. Lancet
2010;376:23); read from 12 years only, like ``NORMAL_HR``."""


def _crash2_tachycardia(hr: float | None) -> list[Finding]:
    """An adult's heart rate above ``CRASH2_HR`` (``tachycardia_over_110``)."""
    if hr is None or not CRASH2_HR < hr <= _PLAUSIBLE["heart_rate"][1]:
        return []
    text = f"HR {hr:g}"
    finding = Finding(
        concept="tachycardia_over_110", status="present", text=text, start=0, end=0
    )
    return [finding]


GCS_MODERATE_MAX: Final = 12.0
"""ATLS 10th ed.: GCS 9-12 a moderate, 3-8 a severe depression of consciousness."""
GCS_SEVERE_MAX: Final = 8.0


def _gcs_findings(measurements: object) -> list[Finding]:
    """A measured GCS in this visit's text as the depressed consciousness it scores.

    GCS <= 12 is an altered mental status (ATLS 10th ed.: moderate 9-12); <= 8 is
    responsive to pain at best (AVPU 'P' corresponds to a median GCS of 8: McNarry AF,
    Goldhill DR. Anaesthesia 2004;59:34), read as ``lethargy`` like 'responds only to
    pain'. A GCS worded alone ('GCS 6') otherwise names no finding.
    """
    gcs = measurements.get("gcs") if isinstance(measurements, Mapping) else None
    if not isinstance(gcs, float | int) or not 3.0 <= gcs <= GCS_MODERATE_MAX:
        return []
    text = f"GCS {gcs:g}"
    concepts = ["altered_mental_status"]
    if gcs <= GCS_SEVERE_MAX:
        concepts.append("lethargy")
    return [
        Finding(concept=c, status="present", text=text, start=0, end=0)
        for c in concepts
    ]


FVC_ML_PER_KG_LIMIT: Final = 20.0
"""Forced vital capacity (mL/kg) below which intubation is anticipated (Lawn 2001)."""
NIF_LIMIT_CMH2O: Final = 30.0
"""Maximal inspiratory pressure magnitude (cmH2O) below which it is (Lawn 2001)."""


def _respiratory_muscle_findings(measurements: object) -> list[Finding]:
    """A measured vital capacity or inspiratory force past the 20/30/40 rule.

    A forced vital capacity below 20 mL/kg or a maximal inspiratory pressure weaker
    than -30 cmH2O is the respiratory failure of neuromuscular weakness (Lawn ND et
    al. Arch Neurol 2001;58:893; van Doorn PA et al. EAN/PNS GBS 2023; Sanders DB et
    al. Neurology 2016;87:419): ``vital_capacity_low``, as the words say it.
    """
    if not isinstance(measurements, Mapping):
        return []
    fvc = measurements.get("fvc_ml_kg")
    nif = measurements.get("nif_cmh2o")
    if isinstance(fvc, float | int) and 0 < fvc < FVC_ML_PER_KG_LIMIT:
        text = f"FVC {fvc:g} mL/kg"
    elif isinstance(nif, float | int) and 0 < nif < NIF_LIMIT_CMH2O:
        text = f"NIF -{nif:g} cmH2O"
    else:
        return []
    return [
        Finding(
            concept="vital_capacity_low", status="present", text=text, start=0, end=0
        )
    ]


def _below_severe_range(
    vitals: Vitals | None, later: object, population: Population | None
) -> list[Finding]:
    """A pressure below the severe range: ``severe_range_bp`` documented absent.

    An adult's triage pressure with both values plausible and below ``SEVERE_SBP`` /
    ``SEVERE_DBP`` (as ``_VITAL_SIGN_CONCEPTS`` reads them), and no later pressure the
    note documents at or above them: no hypertensive emergency, whose definition is a
    severe pressure (> 180/120) with new organ damage (Whelton PK et al. ACC/AHA
    2017; Williams B et al. ESC/ESH 2018 section 11).
    """
    if population is not None and population.age_within(12 * 365, None) is False:
        return []
    if vitals is None or vitals.systolic_bp is None or vitals.diastolic_bp is None:
        return []
    sbp, dbp = vitals.systolic_bp, vitals.diastolic_bp
    if sbp < _PLAUSIBLE["systolic_bp"][0] or dbp < _PLAUSIBLE["diastolic_bp"][0]:
        return []
    for v in (vitals, later):
        if not isinstance(v, Vitals):
            continue
        if (v.systolic_bp or 0.0) >= SEVERE_SBP or (
            v.diastolic_bp or 0.0
        ) >= SEVERE_DBP:
            return []
    text = f"severe-range blood pressure (BP {sbp:g}/{dbp:g})"
    return [
        Finding(concept="severe_range_bp", status="absent", text=text, start=0, end=0)
    ]


def hypotension_sbp(pop: Population | None) -> float:
    """Systolic hypotension for age, in mmHg.

    PALS 2020: < 60 neonates, < 70 infants, < 70 + 2 x age in years to 10 years;
    the adult 90 mmHg otherwise.
    """
    days = pop.age_days_max if pop is not None else None
    if days is None or days >= 10 * 365:
        return 90.0
    if days <= 28:
        return 60.0
    if days < 365:
        return 70.0
    return 70.0 + 2 * (days // 365)


def tachycardia_hr(pop: Population | None) -> float:
    """The heart rate above which a patient is tachycardic for age, in beats/min.

    The ESI v4 handbook's danger-zone heart rates (ch.6, from PALS ranges): > 180
    under 3 months, > 160 from 3 months to 3 years, > 140 from 3 to 8 years, the adult
    > 100 over 8 years and at an unknown age. The oldest possible age decides (the
    lower limit). A 2-year-old's HR 128 is normal, not tachycardia.
    """
    days = pop.age_days_max if pop is not None else None
    if days is None or days // 365 > 8:
        return 100.0
    if days < 90:
        return 180.0
    return 160.0 if days // 365 < 3 else 140.0


MEED_ADULT_DAYS: Final = 18 * 365
"""MEED 2022 (RCPsych CR233) has separate thresholds for adults and under-18s."""


NEONATE_DAYS: Final = 28
NEONATAL_HYPOTHERMIA_C: Final = 36.0
"""NICE NG195 2021 (neonatal infection, table 2): a temperature below 36 C is a
clinical indicator of early- and late-onset infection in a baby up to 28 days."""


def hypothermia_c(pop: Population | None) -> float:
    """The temperature below which a patient is hypothermic, in degrees Celsius.

    WMS 2019's 35 C (core) from 29 days; a neonate's 36 C (NICE NG195 2021), whose
    cold is a sign of sepsis. The oldest possible age decides.
    """
    days = pop.age_days_max if pop is not None else None
    return NEONATAL_HYPOTHERMIA_C if days is not None and days <= NEONATE_DAYS else 35.0


def meed_bradycardia_hr(pop: Population | None) -> float:
    """The heart rate below which an eating disorder is at high medical risk.

    RCPsych MEED 2022 (Medical emergencies in eating disorders, CR233): an awake heart
    rate below 40/min in an adult, below 50/min under 18 (children's rates run higher);
    an unknown age takes the adult limit.
    """
    days = pop.age_days_max if pop is not None else None
    return 50.0 if days is not None and days < MEED_ADULT_DAYS else 40.0


ADULT_SBP_DAYS: Final = 16 * 365
"""From 16 years the adult blood-pressure limits apply (PALS 2020 ends at 10 years;
NEWS2 and qSOFA are validated from 16)."""


def _adult(pop: Population | None) -> bool:
    """Whether the patient is 16 or older (an unknown age counts as adult)."""
    days = pop.age_days_min if pop is not None else None
    return days is None or days >= ADULT_SBP_DAYS


CHILDBEARING_YEARS: Final = (10, 55)
"""The obstetric entries' population (ACOG PB 183; the knowledge base's obstetric
limits): outside it no pressure is a postnatal one."""


def _may_be_postnatal(pop: Population | None) -> bool:
    """peds43: a woman of childbearing age, or one whose age or sex is unknown.

    NICE NG133 2019 and ACOG PB 222 2020 treat a pressure >= 150/100 after the birth:
    a 90-year-old woman's or a man's 150/82 is no postnatal pressure.
    """
    if pop is None:
        return True
    if pop.sex is not None and pop.sex != "F":
        return False
    low, high = CHILDBEARING_YEARS
    within = pop.age_within(years(low), years(high + 1) - 1)
    return within is not False


def _not_for(concept: str, pop: Population | None) -> bool:
    """A vital-sign concept outside its population (an adult's or a postnatal one)."""
    if concept == "sbp_under_100":
        return not _adult(pop)
    return concept == "postnatal_treatment_bp" and not _may_be_postnatal(pop)


def _as_population(pop: object) -> Population | None:
    return pop if isinstance(pop, Population) else None


def vital_sign_findings(
    vitals: Vitals | None, population: Population | None = None
) -> list[Finding]:
    """Turn measured triage vitals into findings (SBP 88 → hypotension present).

    Only recorded, plausible values count; a missing vital yields no finding. A
    measured normal temperature is documented absent fever (``AFEBRILE_C``).
    Hypotension is judged for age (``hypotension_sbp``): SBP 85 is normal at 3 months;
    tachycardia too (``tachycardia_hr``): HR 128 is normal at 2 years.
    """
    if vitals is None:
        return []
    out: list[Finding] = []
    for concept, field, limit, op, label in _VITAL_SIGN_CONCEPTS:
        if concept == "hypotension":
            limit = hypotension_sbp(population)
        elif _not_for(concept, population):
            continue
        elif concept == "tachycardia":
            limit = tachycardia_hr(population)
        elif concept == "meed_bradycardia":
            limit = meed_bradycardia_hr(population)
        elif concept == "hypothermia":
            limit = hypothermia_c(population)
        value = getattr(vitals, field)
        low, high = _PLAUSIBLE[field]
        if value is None or not low <= value <= high:  # implausible: never a finding
            continue
        hit = (
            value > limit
            if op == ">"
            else value < limit
            if op == "<"
            else value <= limit
            if op == "<="
            else value >= limit
        )
        if hit:
            text = f"{label} {value:g}"
            out.append(
                Finding(concept=concept, status="present", text=text, start=0, end=0)
            )
    hr = vitals.heart_rate
    adult = population is None or population.age_within(12 * 365, None) is not False
    if hr is not None and NORMAL_HR[0] <= hr <= NORMAL_HR[1] and adult:
        text = f"tachycardia (HR {hr:g})"
        out.append(
            Finding(concept="tachycardia", status="absent", text=text, start=0, end=0)
        )
    if adult:
        out += _crash2_tachycardia(hr)
    temp = vitals.temperature_c
    if temp is not None and AFEBRILE_C[0] <= temp < AFEBRILE_C[1]:
        text = f"fever (Temp °C {temp:g})"
        out.append(Finding(concept="fever", status="absent", text=text, start=0, end=0))
    return out


def later_vital_findings(
    later: object, population: Population | None, triage_present: set[str]
) -> list[Finding]:
    """The abnormal signs of vitals the ED note documents after triage.

    readers54: a later measurement of the same visit ("Re-assessed at 2 h: now HR 132,
    BP 78/42, RR 30") is read beside the triage set, never over it: each abnormal sign
    it shows (hypotension, tachycardia, tachypnoea, hypoxaemia, fever) is present, its
    evidence saying where it came from; a sign the triage set already shows keeps the
    triage evidence, and a later value in range documents nothing absent (a patient
    better after treatment still presented with the sign). Sepsis-3 counts a sign
    whenever it is measured in the episode (Seymour CW et al. JAMA 2016;315:762: the
    most abnormal value); NICE NG51 (2016/2024) 1.3 re-assesses with each new set.
    """
    if not isinstance(later, Vitals):
        return []
    return [
        f.model_copy(update={"text": f"{f.text} (ED note, after triage)"})
        for f in vital_sign_findings(later, population)
        if f.status == "present" and f.concept not in triage_present
    ]


_TRIAGE_INJURY: Final = re.compile(r"(?:^|\|)\s*Injury: yes\s*(?:\||$)")
"""The triage record's structured injury field as the adapters write it into the
vital-signs line (``cases.adapters.ktas``: KTAS "Injury" = 2)."""


Avpu = Literal["A", "V", "P", "U"]

_AVPU_RX: Final = re.compile(
    r"(?i)\b(?:mental(?:\s+status)?|avpu|mentation|responsiveness)\s*[:=]\s*"
    r"(alert|verbal(?:\s+response)?|pain(?:ful)?(?:\s+response)?|unresponsive|[avpu])\b"
)
_AVPU_WORD: Final[Mapping[str, Avpu]] = {
    "a": "A",
    "alert": "A",
    "v": "V",
    "verbal": "V",
    "p": "P",
    "pain": "P",
    "painful": "P",
    "u": "U",
    "unresponsive": "U",
}


_AVPU_WRITTEN: Final = re.compile(
    r"(?i)(?<![a-z])avpu(?: score| level)?\s*(?:[:=-]|of|is|was)?\s*"
    r"([avpu])(?![a-z0-9/+-])"
    r"|(?<![a-z/])(alert|verbal|pain|unresponsive|[avpu]) on (?:the )?avpu(?![a-z])"
)
"""An AVPU level written in prose ("AVPU P", "AVPU of V", "P on AVPU"; ACS ATLS 10th
ed., Resuscitation Council UK ABCDE): the letter read as the block's field is."""


def written_avpu(text: str | None) -> Avpu | None:
    """The AVPU level a triage narrative or one-liner writes ("found down, AVPU P").

    Returns:
        "A", "V", "P", "U", or None when the text writes no AVPU level.
    """
    m = _AVPU_WRITTEN.search(text or "")
    if m is None:
        return None
    return _AVPU_WORD.get((m.group(1) or m.group(2)).lower())


def recorded_avpu(raw: str | None) -> Avpu | None:
    """The AVPU level a triage vital-signs block records ("Mental: verbal response").

    Returns:
        "A", "V", "P", "U", or None when no AVPU/mental-status field is recorded.
    """
    m = _AVPU_RX.search(raw or "")
    if m is None:
        return None
    return _AVPU_WORD.get(m.group(1).split()[0].lower())


def triage_record_findings(vitals: Vitals | None) -> list[Finding]:
    """A triage record's structured injury field documents an injury (``trauma``).

    The triage nurse records whether the visit is for an injury (KTAS: Moon SH et al.
    Clin Exp Emerg Med 2019;6:6); an injury diagnosis of the named body site then
    needs no injury word in the complaint ("chest wall pain right" after a fall).
    """
    raw = vitals.raw if vitals is not None else None
    if raw is None or not _TRIAGE_INJURY.search(raw):
        return []
    text = "triage record: injury"
    return [Finding(concept="trauma", status="present", text=text, start=0, end=0)]


def avpu_findings(vitals: Vitals | None, texts: Iterable[str | None]) -> list[Finding]:
    """A recorded AVPU below Alert is a reduced level of consciousness, unless usual.

    Responding to voice only, to pain only, or not at all is an altered mental status
    (Kelly CA et al. Emerg Med J 2004;21:158: V about GCS 13, P about GCS 8) whatever
    the complaint says; not when a text states it is the patient's baseline
    (``baseline_statement``: CTAS grades the level against the baseline).
    """
    level = recorded_avpu(vitals.raw if vitals is not None else None)
    if level not in ("V", "P", "U") or baseline_statement(*texts):
        return []
    text = f"triage record: AVPU {level}"
    return [
        Finding(
            concept="altered_mental_status", status="present", text=text, start=0, end=0
        )
    ]


SECOND_HALF_WEEKS: Final = 20
"""ACOG: a pregnancy loss before 20 weeks is an abortion; ectopic pregnancy presents in
the first trimester (ACOG PB 193, 2018); abruption and pre-eclampsia from 20 weeks
(ACOG PB 222, 2020)."""


TERM_WEEKS: Final = 37
"""ACOG Committee Opinion 579 (2013): term from 37+0 weeks; labour before it is
preterm (ACOG PB 171)."""
PAST_FIRST_TRIMESTER_WEEKS: Final = 14
"""obpeds39: NICE NG126 2023 covers early pregnancy to 13 completed weeks (RCOG
Green-top 21, 2016); from 14 weeks the pregnancy is past the first trimester, where an
ectopic pregnancy no longer presents."""
THIRD_TRIMESTER_WEEKS: Final = 28
"""infect42: ICD-10-CM FY2024 Official Guidelines I.C.15.a.3: the third trimester is
from 28 weeks 0 days until delivery (the trimester selects the O-code's last
character: pyelonephritis at 28 weeks is O23.03)."""


ADULT_YEARS: Final = 16
"""Age from which the adult definition of hypoglycaemia applies (Cryer 2009)."""
_DIABETES: Final = frozenset(
    {
        "diabetes",
        "type_1_diabetes",
        "type_2_diabetes",
        "insulin_use",
        "sulfonylurea_use",
    }
)
_NEUROGLYCOPENIA: Final = frozenset(
    {"confusion", "altered_mental_status", "seizure", "unresponsive", "lethargy"}
)
_HYPOGLYCAEMIC_DEFICIENCY: Final = frozenset({"adrenal_insufficiency"})
"""A hormone deficiency that causes hypoglycaemia (cortisol: Cryer 2009, Table 1;
Bornstein SR et al. Endocrine Society 2016 adrenal insufficiency): with it a level 1
glucose is the crisis's own low glucose, not a reading to explain away."""


def _whipple_unmet(present: set[str], historical: set[str], age: object) -> bool:
    """Whether an alert adult without diabetes has a level 1 glucose only (54-69).

    ADA level 1 hypoglycaemia (< 70 mg/dL) is an alert value in people with
    diabetes; without diabetes hypoglycaemia is Whipple's triad, a glucose below
    about 55 mg/dL with symptoms relieved by glucose (Cryer PE et al. Endocrine
    Society. J Clin Endocrinol Metab 2009;94:709): such a reading is no low glucose
    (``agents.pathways_acute.whipple_unmet`` orders nothing for it). Altered
    mentation keeps it (treat first); children and an unknown age keep it too, and
    so does a known cortisol deficiency (Cryer 2009 evaluates hypoglycaemia in a
    patient with a condition that causes it; ``_HYPOGLYCAEMIC_DEFICIENCY``).
    """
    return (
        isinstance(age, int)
        and age >= ADULT_YEARS
        and "glucose_low" in present
        and "glucose_low_severe" not in present
        and not (present | historical) & (_DIABETES | _HYPOGLYCAEMIC_DEFICIENCY)
        and not present & _NEUROGLYCOPENIA
    )


def _asserted(text: str, start: int, end: int) -> bool:
    return context_status(text, start, end) == "present"


def visit_self_harm(texts: Sequence[str | None]) -> list[Finding]:
    """Self-harm from an overdose after a row told across the visit's texts."""
    out: list[Finding] = []
    for i, start, end in visit_conflict_spans(texts, _asserted):
        text = texts[i] or ""
        if _asserted(text, start, end):
            out.append(
                Finding(
                    concept=SELF_HARM,
                    status="present",
                    text=text[start:end],
                    start=start,
                    end=end,
                )
            )
    return out


def _population_findings(pop: object) -> list[Finding]:
    """A documented pregnancy ("G2P1 at 12 weeks", "positive hCG") is a finding.

    Under 14 weeks the gestation is ``first_trimester``; from 14 weeks
    ``past_first_trimester``, from
    20 weeks ``second_half_pregnancy``, from 28 weeks ``third_trimester``, from 37
    weeks ``term_pregnancy``.
    """
    if not (isinstance(pop, Population) and pop.pregnancy == "pregnant"):
        return []
    weeks = pop.gestation_weeks
    text = "pregnant" + (f" ({weeks} weeks)" if weeks else "")
    concepts = ["pregnancy"]
    if weeks is not None and weeks < PAST_FIRST_TRIMESTER_WEEKS:
        concepts.append("first_trimester")  # peds43: ICD-10-CM I.C.15.a.3
    if weeks is not None:
        concepts += [
            concept
            for concept, since in (
                ("past_first_trimester", PAST_FIRST_TRIMESTER_WEEKS),
                ("second_half_pregnancy", SECOND_HALF_WEEKS),
                ("third_trimester", THIRD_TRIMESTER_WEEKS),
                ("term_pregnancy", TERM_WEEKS),
            )
            if weeks >= since
        ]
    return [
        Finding(concept=c, status="present", text=text, start=0, end=0)
        for c in concepts
    ]


def _close(
    concepts: set[str], evidence: dict[str, str], implies: Mapping[str, list[str]]
) -> None:
    """Add broader concepts implied by narrower ones (knowledge base 'implies')."""
    for concept in sorted(concepts):  # sorted: set order varies with PYTHONHASHSEED
        for broader in implies.get(concept, ()):
            if broader not in concepts:
                concepts.add(broader)
                if concept in evidence:
                    evidence.setdefault(broader, evidence[concept])


def _normalise_sex(sex: str | None) -> str | None:
    if sex is None:
        return None
    s = sex.strip().lower()
    if s in ("m", "male", "man", "boy"):
        return "M"
    if s in ("f", "female", "woman", "girl"):
        return "F"
    return sex.strip() or None


_PREHOSPITAL_CUE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:paramedics?|ambulance|(?:the\s+)?crew|EMS|HEMS"
    r"|on\s+scene|at\s+the\s+scene|pre-?hospital(?:ly)?|en\s+route|in\s+transit"
    r"|in\s+the\s+ambulance)(?![A-Za-z])"
)
_STATED_SBP: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:BP|blood\s+pressure|SBP|systolic(?:\s+BP)?)\s*(?:of|was|:|=)?"
    r"\s*(?P<sbp>\d{2,3})(?:\s*/\s*\d{2,3}|\s*systolic)?(?![0-9])"
    r"|(?<![0-9/])(?P<bare>\d{2,3})\s*/\s*\d{2,3}\s*(?:mm\s*Hg)?\s+(?:on\s+scene"
    r"|at\s+the\s+scene|pre-?hospital|en\s+route|in\s+the\s+ambulance)"
)
_NEGATED_OR_USUAL: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:usual|usually|baseline|normally|always|runs?\s+low)(?![A-Za-z])"
)


def prehospital_hypotension(
    text: str | None, population: Population | None = None
) -> list[Finding]:
    """A systolic pressure below the age's limit measured before arrival.

    "Per paramedics BP 76/40 on scene, 110/68 after 500 ml fluid": a hypotension the
    crew measured is the patient's, though the triage set after their fluid is normal.
    Sepsis-induced hypotension is a systolic under 90 at any point (Evans L et al.
    Surviving Sepsis Campaign 2021; NICE NG51 1.4: a systolic under 90 is high
    risk), and a pre-hospital hypotension predicts a serious injury or illness after
    a normal ED pressure (Shapiro NI et al. Ann Emerg Med 2003;41:6 (pre-hospital
    hypotension), Jones AE et al. Acad Emerg Med 2004;11:1258: transient hypotension
    in the ED). Read only in a sentence that names the pre-hospital setting; a usual
    pressure ("BP always 85 systolic") is not read.
    """
    if not text or _PREHOSPITAL_CUE.search(text) is None:
        return []
    limit = hypotension_sbp(population)
    for sentence in re.split(r"[.;\n]", text):
        if _PREHOSPITAL_CUE.search(sentence) is None:
            continue
        if _NEGATED_OR_USUAL.search(sentence):
            continue
        for m in _STATED_SBP.finditer(sentence):
            sbp = float(m["sbp"] or m["bare"])
            if 30 <= sbp < limit:
                label = f"pre-hospital SBP {sbp:g}"
                hypo = Finding(
                    concept="hypotension", status="present", text=label, start=0, end=0
                )
                return [hypo]
    return []

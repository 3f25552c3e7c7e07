"""Final-diagnosis agent: an ICD-10-CM code and name.

The final diagnosis is reasoned, not copied: the ledger is re-scored with everything the
stage may see (findings, typed results, decision rules), the physician's stated
impression ("Impression: community-acquired pneumonia", "consistent with renal colic")
counts as one more piece of evidence (``differential.IMPRESSION_LR``), and the leading
entry that is not ruled out is the answer when it meets its rule-in requirement
(``differential.rule_in_met``: a validated rule, or discriminating findings and
results; never MDM wording, risk factors or non-specific findings alone). Otherwise
the ED diagnosis is the presenting symptom (ICD-10-CM chapter R, as EDs code an
undifferentiated presentation) with the typed flag ``undifferentiated``; with an
unknown complaint the case lies outside the knowledge base (flag ``out_of_scope``).
Codes are checked against ICD-10-CM (``simple_icd_10_cm``); an invalid code abstains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from agents import leading_gates
from agents import ledger as L
from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.offline import differential
from agents.offline.explained import (
    UNEXPLAINED_WHY,
    Unexplained,
    unexplained_abnormal,
)
from agents.offline.knowledge import (
    ComplaintSpec,
    DiagnosisSpec,
    KnowledgeBase,
    SymptomCode,
    verified_icd10,
)
from agents.offline.outside import csf_outside, outside_diagnoses
from agents.offline.rules.ctas import haemoptysis_without_dyspnoea
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.rules.findings import context_status, extract_findings
from agents.pathway_dx import is_presumed, presumed_entry
from agents.population import excluded_reason
from agents.schemas import DiagnosisResult, DifferentialEntry, TraceFlag
from cases.memo import HashMemo, digest
from cases.population import Population, view_population

HEADED: Final[re.Pattern[str]] = re.compile(
    r"(?im)(?:^|(?<=[.;] ))\s*(?:clinical\s+|ed\s+|final\s+|working\s+)?"
    r"(?:impression|assessment|diagnos[ie]s)\s*(?:and plan)?\s*[:\-]\s*"
    r"(?P<s>[^\n]{3,200})"
)
"""An impression / assessment / diagnosis line: the strongest statement."""
INLINE: Final[re.Pattern[str]] = re.compile(
    r"(?i)(?<!less )(?<!not )(?<!\w)(?:consistent with|most likely|likely|suspected"
    r"|diagnosed with|presumed)\s+(?P<s>[^.\n;,]{3,120})"
)
"""Inline wording ("consistent with X"); 'unlikely' / 'less likely' never match."""
_ALIAS_RX: dict[str, re.Pattern[str]] = {}
WORD_ACRONYMS: Final = frozenset({"LAST", "HIT", "CAP", "DRESS", "HONK"})
"""Acronym synonyms that are also English words, matched in capitals only (trauma54):
"diagnosed ... by neurology last year" stated local anaesthetic systemic toxicity
(LAST) and admitted a known dissociative seizure to its ICU care; "hit by a car"
would state heparin-induced thrombocytopenia (HIT), a "knee cap" pneumonia (CAP)."""


def _alias_rx(kb: KnowledgeBase) -> re.Pattern[str]:
    rx = _ALIAS_RX.get(kb.version)
    if rx is None:
        # a recognition entry's names (a suspected bone tumour's 'Ewing sarcoma') are
        # no disease the knowledge base manages once tissue proves it (dx38)
        aliases = {
            a.lower()
            for s in kb.diagnoses.values()
            if not s.recognition_only
            for a in (s.name, *s.synonyms, s.id.replace("_", " "))
            if len(a) >= 3
        }
        # longest first; equal lengths in a fixed order, so the source is the same
        # in every process (read from the regex code file, not compiled again: perf53)
        # and the matches are too (two aliases of one length cannot match one span)
        ordered = sorted(aliases, key=lambda a: (-len(a), a))
        alts = "|".join(
            f"(?-i:{re.escape(a.upper())})"
            if a.upper() in WORD_ACRONYMS
            else re.escape(a)
            for a in ordered
        )
        rx = re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])", re.IGNORECASE)
        _ALIAS_RX[kb.version] = rx
    return rx


def named_diagnoses(text: str, kb: KnowledgeBase) -> tuple[DiagnosisSpec, ...]:
    """Every KB diagnosis named anywhere in ``text``, in order, whatever its context.

    At each place the longest name wins ("heat stroke" names heatstroke, not a
    stroke). For reading a reference label (a case report's diagnosis), not a note.
    """
    found: dict[str, DiagnosisSpec] = {}
    for hit in _alias_rx(kb).finditer(text):
        spec = differential.spec_for(kb, hit.group(0))
        if spec is not None:
            found.setdefault(spec.id, spec)
    return tuple(found.values())


def stated_diagnosis(text: str | None, kb: KnowledgeBase) -> DiagnosisSpec | None:
    """Return the first KB diagnosis named in an impression-like statement."""
    found = stated_diagnoses(text, kb)
    return found[0] if found else None


def stated_diagnoses(text: str | None, kb: KnowledgeBase) -> tuple[DiagnosisSpec, ...]:
    """Every KB diagnosis named present in the first impression-like statement.

    "Impression: SVT with heart failure" states both, the first of them leading.
    """
    if not text:
        return ()
    return _STATED.get_or_compute(
        digest((text, kb.version)), lambda: _stated_diagnoses(text, kb)
    )


_STATED: HashMemo[tuple[DiagnosisSpec, ...]] = HashMemo(1024)
"""Answers by the SHA-256 of the text and the knowledge base version (no text kept)."""


def _stated_diagnoses(text: str, kb: KnowledgeBase) -> tuple[DiagnosisSpec, ...]:
    rx = _alias_rx(kb)
    for pattern in (HEADED, INLINE):
        for m in pattern.finditer(text):
            statement = m.group("s")
            if re.match(r"\s*(?:no|not|without|negative)\b", statement, re.I):
                continue
            found: dict[str, DiagnosisSpec] = {}
            for hit in rx.finditer(statement):
                if context_status(statement, *hit.span()) != "present":
                    continue  # dx35: "headache, exclude SAH": SAH is the question
                spec = differential.spec_for(kb, hit.group(0))
                if spec is not None:
                    found.setdefault(spec.id, spec)
            if found:
                return tuple(found.values())
    return ()


def valid_icd10(code: str) -> bool:
    """Return whether ``code`` is a valid ICD-10-CM item (with or without the dot).

    Codes in the knowledge base's manifest (checked when it was written) answer
    without importing simple_icd_10_cm, whose first import parses the whole code
    table (seconds of CPU that stalled the first request of every server process).
    """
    if code in verified_icd10():
        return True
    import simple_icd_10_cm as cm

    return bool(cm.is_valid_item(code))


def symptom_code(
    kb: KnowledgeBase,
    chief_complaint: str | None,
    population: Population,
    facts: ClinicalFacts | None = None,
) -> SymptomCode | None:
    """The presenting symptom's ICD-10-CM code (``KnowledgeBase.symptom_codes``).

    The complaint's own code when the complaint is known, else the first symptom
    stated present in the chief complaint text; None when neither has one for this
    patient (testicular pain never for a woman). With the visit's ``facts``, an
    injured chin or jaw is the face injury triage saw, not dental pain
    (``differential.complaint_in_context``: injuries have no symptom code), and a
    code whose ``refined_by`` concept is documented present gives way to that
    concept's code (a weakness with a focal deficit is coded as the deficit, R29.818,
    not as generalised weakness: ICD-10-CM guidelines I.B.1). Sputum with blood and
    no breathlessness, filed under the breathing complaint, is coded as haemoptysis
    (``ctas.haemoptysis_without_dyspnoea``), not as dyspnoea.
    """
    complaint = kb.match_complaint(chief_complaint)
    present: frozenset[str] = frozenset()
    if facts is not None:
        complaint = differential.complaint_in_context(
            kb, complaint, chief_complaint, facts
        )
        present = facts.present
        if haemoptysis_without_dyspnoea(facts, complaint):
            complaint = None  # CEDIS haemoptysis: coded as the sign stated (R04.2)
    code = _symptom_code(kb, chief_complaint, population, complaint)
    if code is None and _HEAD_INJURY in present:
        code = kb.symptom_codes.get(_HEAD_INJURY)
    if code is None:
        return None
    for concept in code.refined_by:
        finer = kb.symptom_codes.get(concept)
        if (
            concept in present
            and finer is not None
            and excluded_reason(finer.population, population) is None
        ):
            return finer
    return code


_HEAD_INJURY: Final = "head_injury"
"""trauma46: a head injury stated beside a complaint with no code of its own (an
intoxication: "found drunk with a scalp wound, GCS 13") is the presenting problem's
code (S09.90XA): intoxication does not explain a reduced GCS, and the patient is
assessed and imaged as a head injury (NICE NG232 2023 1.4; ATLS 10th ed. ch. 6); the
final abstained instead."""


def _symptom_code(
    kb: KnowledgeBase,
    chief_complaint: str | None,
    population: Population,
    complaint: ComplaintSpec | None,
) -> SymptomCode | None:
    keys = [complaint.id] if complaint is not None else []
    keys += [
        f.concept
        for f in extract_findings(chief_complaint, kb, source="chief_complaint")
        if f.status == "present"
    ]
    for key in keys:
        code = kb.symptom_codes.get(key)
        if code is not None and excluded_reason(code.population, population) is None:
            return code
    return None


def _undifferentiated(
    kb: KnowledgeBase,
    inp: StageInput,
    ledger: tuple[DifferentialEntry, ...],
    leading: DifferentialEntry | None,
    known: bool,
    outside: tuple[Sequence[str], float] | None = None,
    tissue: Sequence[str] = (),
    facts: ClinicalFacts | None = None,
) -> StageOutcome:
    """Name the presenting symptom (no disease protocol), or abstain without one.

    ``facts``: the visit's facts (``symptom_code`` reads them).
    """
    need = (
        "a validated rule, or discriminating findings and results with summed LR >= 5"
        if known
        else "the complaint is not in the knowledge base, so a validated rule or a "
        "rule-in finding with LR+ >= 10"
    )
    why = (
        f"{leading.diagnosis} (p={leading.probability:.2f}) does not meet its rule-in "
        f"requirement ({need})"
        if leading is not None and leading.probability is not None
        else "no diagnosis on the differential"
    )
    if outside is not None and leading is not None:
        why = (
            f"no diagnosis on the differential explains {', '.join(outside[0])}: "
            f"a diagnosis outside the knowledge base (p={outside[1]:.2f}) is likelier "
            f"than {leading.diagnosis} (p={leading.probability or 0.0:.2f})"
        )
    if tissue and leading is not None:
        why = (
            f"a tissue, imaging or CSF result names {', '.join(tissue)}, which the "
            f"knowledge base does not hold; {leading.diagnosis} "
            f"(p={leading.probability or 0.0:.2f}) is not confirmed"
        )
    scope: tuple[TraceFlag, ...] = () if known else ("out_of_scope",)
    what = "complaint" if outside is None and not tissue else "case"
    sign = differential.established_sign(kb, ledger)
    if sign is not None and sign.icd10:
        # medgi50: a sign coded by the disease the record names for it (a known
        # Waldenstrom's hyperviscosity is C88.00, not R70.1: ``CodeVariant``)
        sign_spec = differential.spec_for(kb, sign.diagnosis)
        variant = (
            differential.coded(sign_spec, facts, True)
            if sign_spec is not None and facts is not None
            else None
        )
        named = variant is not None and valid_icd10(variant.icd10)
        result = DiagnosisResult(
            icd10=variant.icd10 if named and variant else sign.icd10,
            name=variant.name if named and variant else sign.diagnosis,
            differential=ledger[:5],
            rationale=f"undifferentiated: {why}; the ED diagnosis is the sign "
            "established on the ledger, not the presenting complaint's symptom "
            "(ICD-10-CM Official Guidelines I.B.4-5)"
            + (
                f"; coded as documented ({variant.source})" if named and variant else ""
            ),
        )
        return StageOutcome(
            status="ok", result=result, ledger=ledger, flags=("undifferentiated",)
        )
    box = inp.view.chief_complaint
    presenting = box if facts is None else differential.presenting_box(kb, box, facts)
    code = symptom_code(kb, presenting, view_population(inp.view), facts)
    if code is None or not valid_icd10(code.icd10):
        # dx40: an abstention is typed: with neither a disease meeting its rule-in
        # nor a symptom code, the case lies outside what the knowledge base can
        # name (issue 10: "say so in the trace (a typed flag) and abstain")
        return StageOutcome(
            status="abstained",
            error=f"{why}; no symptom code for the presenting problem; "
            + (
                "outside the knowledge base"
                if not known
                else "the case lies outside what the knowledge base can name"
            ),
            ledger=ledger,
            flags=("out_of_scope",),
        )
    result = DiagnosisResult(
        icd10=code.icd10,
        name=code.name,
        differential=ledger[:5],
        rationale=f"undifferentiated: {why}; the ED diagnosis is the presenting "
        "symptom (ICD-10-CM chapter R), no disease is asserted"
        + ("" if known else f"; the {what} lies outside the knowledge base"),
    )
    return StageOutcome(
        status="ok", result=result, ledger=ledger, flags=("undifferentiated", *scope)
    )


_POISONING_CODE: Final = re.compile(r"T(?:3[6-9]|[45]\d|6[0-5])")
"""ICD-10-CM T36-T65: poisoning by drugs and toxic effects of substances."""
_MANIFESTATION_CODES: Final = (
    "E16",  # hypoglycaemia
    "E86",  # volume depletion
    "E87",  # electrolyte and acid-base disorders
    "M62.82",  # rhabdomyolysis
    "N17",  # acute kidney failure
    "R00",  # bradycardia, tachycardia
    "R40",  # somnolence, stupor, coma
    "R56",  # convulsions
    "R57",  # shock
    "I95",  # hypotension
    "I49",  # other cardiac arrhythmias
)
"""Physiological consequences of a poisoning (ICD-10-CM chapters E, M, N, R, I)."""


def poisoning_first(
    ledger: Sequence[DifferentialEntry], working: DifferentialEntry | None
) -> DifferentialEntry | None:
    """A ruled-in poisoning is named before its ruled-in manifestation.

    ICD-10-CM Official Guidelines FY2024 I.C.19.e.5(b): a poisoning code (T36-T65) is
    sequenced first, followed by its manifestations (hypoglycaemia after a
    beta-blocker overdose, rhabdomyolysis, seizures, acute kidney injury); the
    poisoning is what the ED treats.
    """
    if working is None or working.status != "ruled_in" or not working.icd10:
        return working
    if not working.icd10.startswith(_MANIFESTATION_CODES):
        return working
    return next(
        (
            e
            for e in L.rank(ledger)
            if e.status == "ruled_in" and e.icd10 and _POISONING_CODE.match(e.icd10)
        ),
        working,
    )


_UNSPECIFIED_DRUG: Final = "T50.90"
"""ICD-10-CM T50.90-: poisoning by unspecified drugs, medicaments and biological
substances."""


def named_agent_first(
    ledger: Sequence[DifferentialEntry], working: DifferentialEntry | None
) -> DifferentialEntry | None:
    """A ruled-in poisoning by a named agent is named before 'unspecified drugs'.

    ICD-10-CM Official Guidelines FY2024 I.C.19.e.5(b) code each drug by its own
    poisoning code (Table of Drugs and Chemicals); T50.90- is for a drug that is not
    identified. A stated paracetamol or benzodiazepine overdose is what the ED treats
    (N-acetylcysteine by the nomogram, airway care), not an unnamed ingestion.
    """
    if working is None or not (working.icd10 or "").startswith(_UNSPECIFIED_DRUG):
        return working
    return next(
        (
            e
            for e in L.rank(ledger)
            if e.status == "ruled_in"
            and e.icd10
            and _POISONING_CODE.match(e.icd10)
            and not e.icd10.startswith(_UNSPECIFIED_DRUG)
        ),
        working,
    )


SEPSIS_UNSPECIFIED: Final = "A41.9"
_ORGANISM_SEPSIS: Final = re.compile(
    r"A39(?:\.|$)|A40(?:\.|$)|A41\.[0-8]|A32\.7|A02\.1|B37\.7"
)
"""ICD-10-CM systemic infections by a named organism: meningococcal disease (A39),
streptococcal and other named-organism sepsis (A40, A41.0-A41.8), listerial (A32.7),
salmonella (A02.1) and candidal (B37.7) sepsis."""


def organism_first(
    ledger: Sequence[DifferentialEntry], working: DifferentialEntry | None
) -> DifferentialEntry | None:
    """A ruled-in systemic infection by a named organism is named before 'sepsis'.

    ICD-10-CM Official Guidelines FY2024 I.C.1.d.1(a): sepsis is coded by its
    organism; A41.9 (sepsis, unspecified organism) only when no causal organism is
    documented. Meningococcaemia that NICE NG240's criteria rule in is what the ED
    treats (ceftriaxone, public health), not an unspecified sepsis.
    """
    if working is None or working.icd10 != SEPSIS_UNSPECIFIED:
        return working
    return next(
        (
            e
            for e in L.rank(ledger)
            if e.status == "ruled_in" and e.icd10 and _ORGANISM_SEPSIS.match(e.icd10)
        ),
        working,
    )


LOCALISED_INFECTION_ICD10: Final = (
    "J09",
    "J10",
    "J11",
    "J12",
    "J13",
    "J14",
    "J15",
    "J16",
    "J17",
    "J18",
    "N10",
    "N39.0",
    "N30",
    "L03",
    "L02",
    "M00",
    "M86",
    "K35",
    "K81",
    "K65",
    "N70",
    "N71",
    "N73",
    "G00",
    "G01",
    "G03",
    "G04",
    "I33",
    "A46",
)
"""Localised infections (pneumonia, pyelonephritis and urinary infection, cellulitis
and abscess, septic arthritis, osteomyelitis, appendicitis, cholecystitis, peritonitis,
pelvic infection, meningitis and encephalitis, endocarditis, erysipelas): ICD-10-CM
Official Guidelines FY2024 I.C.1.d.4: with sepsis present on admission, the systemic
infection is sequenced first and the localised infection second."""


def sterile_first(
    ledger: Sequence[DifferentialEntry],
    working: DifferentialEntry | None,
    texts: Sequence[str],
) -> DifferentialEntry | None:
    """A ruled-in SIRS mimic is named before a sepsis with no sign of infection.

    Sepsis is organ dysfunction caused by infection (Singer M et al. Sepsis-3, JAMA
    2016;315:801): the fever, confusion and tachycardia of a thyroid storm ruled in by
    its Burch-Wartofsky score (Ross DS et al. ATA 2016), a pancreatitis or a DKA are
    their own when nothing documented points to an infection
    (``leading_gates.sterile_sirs``; the treatment stage withholds the sepsis
    antibiotics on the same reading).
    """
    if working is None or working.icd10 != SEPSIS_UNSPECIFIED:
        return working
    mimic = leading_gates.sterile_sirs(ledger, texts)
    if mimic is None:
        return working
    return next((e for e in ledger if e.diagnosis == mimic), working)


def _ruled_in_cause(
    kb: KnowledgeBase,
    ledger: Sequence[DifferentialEntry],
    leader: DifferentialEntry,
    facts: ClinicalFacts,
) -> DifferentialEntry | None:
    """A ruled-in cause declaring a leader that is itself only probable.

    metab40: a thyrotoxic periodic paralysis ruled in by its criteria (hypokalaemia,
    thyrotoxicosis and weakness; Kung AWC 2006) is the diagnosis its low potassium
    belongs to, even when the hypokalaemia leads the ledger by probability alone
    (ICD-10-CM I.A.13: code first the underlying condition).
    """
    cause = differential.declared_cause(kb, ledger, leader, facts)
    if cause is None:
        return None
    own = next((e for e in ledger if e.diagnosis == cause.diagnosis), None)
    if own is None or own.status != "ruled_in":
        return None
    return cause.model_copy(update={"status": "ruled_in"})


SUBTYPE_OF: Final[dict[str, str]] = {"variceal_bleed": "upper_gi_bleed"}
"""A diagnosis and the less specific one it is a form of (not its cause).

medgi49: a variceal bleed is an upper GI bleed named by its source, not a manifestation
of one: a cirrhotic's haematemesis, worked and treated as variceal (Baveno VII 2022;
Kaplan DE et al. AASLD 2024), was coded K92.2 because the unspecified bleed, ruled in
beside it, lists haematemesis among its findings. ICD-10-CM FY2024 I.B.1-2: the more
specific code (I85.11) is assigned.
"""


def cause_first(
    kb: KnowledgeBase,
    ledger: Sequence[DifferentialEntry],
    working: DifferentialEntry | None,
    facts: ClinicalFacts,
) -> DifferentialEntry | None:
    """A ruled-in must-not-miss cause is named before the result it explains.

    ICD-10-CM Official Guidelines FY2024 I.A.13 and I.B.7 (etiology and manifestation:
    code first the underlying condition): a diagnosis defined by a result
    (``DiagnosisSpec.requires``: hypoglycaemia by a low glucose) that a ruled-in
    must-not-miss disease lists among its own findings (adrenal crisis: low glucose,
    low sodium) is its manifestation; the cause is what the ED treats. So is one
    that an established result-defined diagnosis declares among what it causes
    (``DiagnosisSpec.causes``: the pre-renal kidney injury of a measured
    hypercalcaemia, treated by treating the calcium; KDIGO 2012 AKI 2.3; the organ
    dysfunction of sepsis, ICD-10-CM I.C.1.d.1.a: the systemic infection first).
    A ruled-in sepsis is named before the localised infection that is its source
    (``LOCALISED_INFECTION_ICD10``; I.C.1.d.4).
    """
    if working is None:
        return working
    if working.status != "ruled_in":
        return _ruled_in_cause(kb, ledger, working, facts) or working
    spec = differential.spec_for(kb, working.diagnosis)
    if spec is None:
        return working
    if (
        declared := differential.declared_cause(kb, ledger, working, facts)
    ) is not None:
        return declared
    if spec.icd10.startswith(LOCALISED_INFECTION_ICD10):
        for entry in ledger:
            cause = differential.spec_for(kb, entry.diagnosis)
            if (
                cause is not None
                and cause.id == differential.SEPSIS_ID
                and entry.status == "ruled_in"
            ):
                return entry.model_copy(
                    update={
                        "probability": max(
                            entry.probability or 0.0, working.probability or 0.0
                        )
                    }
                )
    if not spec.requires:
        return working
    defining = {c for req in spec.requires for group in req.all_of for c in group}
    for entry in L.rank(ledger):
        cause = differential.spec_for(kb, entry.diagnosis)
        if (
            entry.status == "ruled_in"
            and cause is not None
            and cause.id != spec.id
            and SUBTYPE_OF.get(spec.id) != cause.id
            and cause.must_not_miss
            and not cause.requires
            and defining & set(cause.findings_for)
        ):
            return entry
    return working


_COMBINATIONS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # N13.6 pyonephrosis: "conditions in N13.0-N13.5 with infection; obstructive
    # uropathy with infection": an obstructing ureteric stone (N20) or hydronephrosis
    # (N13) with pyelonephritis (N10) or a urinary infection (N39.0). It is what the
    # ED acts on: emergency decompression (EAU urolithiasis 2024).
    ("N13.6", ("N10", "N20", "N13", "N39.0")),
)
"""ICD-10-CM combination codes and the component codes each one includes."""
_PROMPTING_COMPLICATION: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    # peds50: a cord prolapse after the membranes ruptured is the emergency of the visit
    # (RCOG Green-top 50 2014: category-1 delivery), the rupture its circumstance:
    # ICD-10-CM FY2024 I.C.15.b.4 names the complication that prompted the encounter
    # first (O69.0XX0 before O42.-)
    ("O69.0XX0", ("O42",)),
)
"""Obstetric complications named before the condition they complicate."""


def combination_first(
    ledger: Sequence[DifferentialEntry], working: DifferentialEntry | None
) -> DifferentialEntry | None:
    """A ruled-in combination code is named before a component it includes.

    ICD-10-CM Official Guidelines FY2024 I.B.9: a combination code classifies two
    diagnoses, or a diagnosis with its complication, and is assigned alone when it
    fully identifies the conditions (``_COMBINATIONS``); an obstetric complication
    that prompted the encounter is named before the condition it complicates
    (I.C.15.b.4, ``_PROMPTING_COMPLICATION``).
    """
    code = (working.icd10 or "") if working is not None else ""
    for combined, parts in (*_COMBINATIONS, *_PROMPTING_COMPLICATION):
        if not code.startswith(parts):
            continue
        found = next(
            (e for e in ledger if e.status == "ruled_in" and e.icd10 == combined),
            None,
        )
        if found is not None:
            return found
    return working


def presumed_code(
    entry: DifferentialEntry, spec: DiagnosisSpec, facts: ClinicalFacts
) -> DiagnosisResult | None:
    """The documented injury a presumed, still untested diagnosis is coded as.

    A presuming pathway (``pathway_dx.PRESUMED_UNTIL_TESTED``: a head injury on an
    anticoagulant, NICE NG232 2023 1.4.12) works the intracranial injury up before
    the CT; until the CT names a lesion the ED diagnosis is the injury documented
    (the entry's coding fallback, ``CodeVariant.working`` False: S09.90XA for a head
    injury with no sign of the brain's injury, ICD-10-CM FY2024 IV.H), not the triage
    complaint's symptom. None without such a fallback.
    """
    variant = differential.coded(spec, facts)
    if variant is None or variant.working or not valid_icd10(variant.icd10):
        return None
    return DiagnosisResult(
        icd10=variant.icd10,
        name=variant.name,
        probability=min(entry.probability or 0.0, differential.WORKING_MAX),
        rationale=f"{entry.diagnosis} is presumed and worked up until a test "
        f"excludes it (p={entry.probability or 0.0:.2f}); before the test the ED "
        f"diagnosis is the injury documented ({variant.source})",
    )


def reason_diagnosis(inp: StageInput, ctx: AgentContext) -> StageOutcome:
    """Pick the final diagnosis: the leading ledger entry after re-scoring.

    The leading entry is named only when it meets its rule-in requirement
    (``differential.rule_in_met``) and is likelier than a diagnosis outside the
    knowledge base: every discriminating finding no candidate explains
    (``differential.unexplained``) multiplies the odds of that alternative by
    e^``differential.UNEXPLAINED_LR`` (INTERNIST-1's penalty for unexplained
    manifestations; a validated rule's ruled-in diagnosis stands).
    Otherwise the ED diagnosis is the presenting
    symptom with the flag ``undifferentiated`` (and ``out_of_scope`` when the
    complaint is not in the knowledge base), or an abstention when the symptom has
    no code.
    """
    kb = ctx.knowledge
    stated = stated_diagnosis(inp.view.ed_text, kb)
    ledger, rules, cites, facts, loose, other = differential.restage_open(
        kb, inp.view, inp.hits, inp.ledger, "diagnosis", mention=True, impression=stated
    )
    known = differential.presenting_spec(kb, facts) is not None
    odd = unexplained_abnormal(kb, ledger, facts)
    # Stated before chosen: a confirmed disease (at least CONFIRMED_MIN) leads a
    # working hypothesis (at most WORKING_MAX), as ICD-10-CM codes it.
    ledger = L.rank(differential.temper(kb, ledger, facts, tentative=odd.picture))
    working = combination_first(
        ledger,
        organism_first(
            ledger,
            named_agent_first(
                ledger,
                poisoning_first(ledger, differential.working_entry(kb, ledger, facts)),
            ),
        ),
    )
    texts = [t for t in (inp.view.one_liner, inp.view.ed_text) if t]
    # medgi54: the cause named first is never 'unspecified drugs' before a named agent
    # (an ibuprofen overdose taken on purpose was T50.902A: its definition's overdose is
    # also the unspecified self-poisoning's finding; ICD-10-CM I.C.19.e.5.b)
    leader = sterile_first(
        ledger,
        named_agent_first(ledger, cause_first(kb, ledger, working, facts)),
        texts,
    )
    working = presumed_entry(ledger, leader)
    presumed = (
        working is not None and working.status != "ruled_in" and is_presumed(working)
    )
    # A tissue diagnosis or a CSF organism the knowledge base lacks puts the case
    # outside it.
    csf = csf_outside(texts)
    tissue = outside_diagnoses(texts, _alias_rx(kb)) + csf
    known = known and not tissue
    if working is None or not working.icd10:
        return _unexplained(
            _undifferentiated(kb, inp, ledger, None, known, tissue=tissue, facts=facts),
            odd,
        )
    spec = differential.spec_for(kb, working.diagnosis)
    if (
        working is leader
        and spec is not None
        and differential.gives_way(working, spec, facts, stated, kb)
    ):
        # the open must-not-miss diagnosis the treatment acted on (its rule-in met
        # from discriminating findings) is named before an unconfirmed leader, as a
        # working diagnosis (treatment.working_diagnosis: the same switch)
        threat = differential.ruled_in_disease(
            ledger, facts, kb, stated
        ) or differential.rule_in_threat(ledger, facts, kb, stated)
        if threat is not None and threat.icd10:
            working, spec = threat, differential.spec_for(kb, threat.diagnosis)
    if spec is not None and not differential.rule_in_met(
        working, spec, facts, stated, kb
    ):
        fallback = presumed_code(working, spec, facts) if presumed else None
        if fallback is not None and not tissue:
            return _unexplained(
                differential.ok_outcome(
                    fallback, cites, rules, ledger, ("working_diagnosis",)
                ),
                odd,
            )
        return _unexplained(
            _undifferentiated(
                kb, inp, ledger, working, known, tissue=tissue, facts=facts
            ),
            odd,
        )
    if spec is not None and not differential.coded_now(spec, facts):
        return _unexplained(
            _undifferentiated(
                kb, inp, ledger, working, known, tissue=tissue, facts=facts
            ),
            odd,
        )
    # a confirmed meningitis is the KB's empirical bacterial one: a CSF organism it
    # does not treat keeps the case outside (medr35; treat36)
    # so is a tissue-proven disease that a recognition entry only suspected (dx38:
    # Ewing sarcoma on biopsy is no 'suspected bone tumour', NICE NG12 1.11)
    if csf or (
        tissue
        and not (
            spec is not None
            and not spec.recognition_only
            and differential.confirmed(working, spec, facts)
        )
    ):
        return _unexplained(
            _undifferentiated(
                kb, inp, ledger, working, False, tissue=tissue, facts=facts
            ),
            odd,
        )
    # a presumed diagnosis (ATLS; NICE NG232) is worked up until its test answers:
    # findings outside the knowledge base do not displace it before then
    if (
        loose
        and not presumed
        and working.status != "ruled_in"
        and other > (working.probability or 0)
    ):
        return _unexplained(
            _undifferentiated(
                kb,
                inp,
                ledger,
                working,
                False,
                outside=(loose, other),
                facts=facts,
            ),
            odd,
        )
    if not working.icd10 or not valid_icd10(working.icd10):
        return StageOutcome(
            status="abstained", error="knowledge-base code is not valid"
        )
    why = "leading diagnosis on the re-scored ledger" + (
        f"; physician's impression weighed as evidence: {stated.name}"
        if stated is not None
        else ""
    )
    sure = spec is None or differential.confirmed(working, spec, facts)
    symptom = spec is not None and differential.symptom_level(spec)
    if symptom:
        why += "; a symptom or sign (ICD-10-CM chapter R): no disease is asserted"
    elif sure and odd.picture:
        sure = False
        why += (
            f"; a working diagnosis only: it leaves abnormal findings unexplained,"
            f" stated at most p={differential.WORKING_MAX:.2f}"
        )
    elif not sure:
        why += (
            "; working diagnosis, not confirmed (no rule-in finding with LR+ >= 10 "
            f"and no validated rule): stated at most p={differential.WORKING_MAX:.2f}"
        )
    icd10, name = working.icd10, working.diagnosis
    variant = (
        differential.coded(spec, facts, working.status == "ruled_in")
        if spec is not None
        else None
    )
    if variant is not None:
        icd10, name = variant.icd10, variant.name
        why += f"; coded as documented ({variant.source})"
        # peds55: the ledger entry the final names carries the documented code too,
        # so the clinician's summary does not say E11.10 beside a final E10.10;
        # lead56: only a variant naming the diagnosis itself (the summary then
        # shows its documented name, ``summary.summarise``); a coding fallback
        # before the test (an injured hip before the film) leaves the hypothesis'
        # own code
        if variant.working:
            ledger = tuple(
                e.model_copy(update={"icd10": icd10})
                if e.diagnosis == working.diagnosis
                else e
                for e in ledger
            )
    elif spec is not None and spec.code_variants:
        why += (
            f"; {icd10} is the default code: nothing documented selects a more "
            f"specific one ({spec.code_variants[0].source})"
        )
    result = DiagnosisResult(
        icd10=icd10,
        name=name,
        probability=working.probability
        if sure
        else min(working.probability or 0.0, differential.WORKING_MAX),
        differential=ledger[:5],
        rationale=why,
    )
    flags: tuple[TraceFlag, ...] = (
        ("undifferentiated",) if symptom else () if sure else ("working_diagnosis",)
    )
    return _unexplained(
        differential.ok_outcome(result, cites, rules, ledger, flags), odd
    )


def _unexplained(outcome: StageOutcome, odd: Unexplained) -> StageOutcome:
    """Say so when the picture is unexplained: flag ``unexplained_findings``.

    The rationale (or the abstention's reason) names the abnormal findings no leading
    diagnosis explains and the knowledge-base diagnoses that would.
    """
    if not odd.picture:
        return outcome
    note = (
        f"; {UNEXPLAINED_WHY}{odd.describe()}: the diagnosis stays tentative, "
        "clinician review, no discharge until explained"
    )
    flags = (*outcome.flags, "unexplained_findings")
    result = outcome.result
    if isinstance(result, DiagnosisResult):
        result = result.model_copy(update={"rationale": result.rationale + note})
        return replace(outcome, result=result, flags=flags)
    return replace(outcome, error=(outcome.error or "") + note, flags=flags)

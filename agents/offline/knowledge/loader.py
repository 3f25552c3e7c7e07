"""Load and validate the YAML knowledge base (cached; nothing heavy at import time)."""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterable
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from agents.offline.knowledge.models import (
    ABSENT_PREFIX,
    KNOWN_PREFIX,
    AbnormalFinding,
    BodySite,
    ClinicalCriteria,
    ComplaintSpec,
    DiagnosisSpec,
    KnowledgeBase,
    SymptomCode,
)

__all__ = ["KnowledgeError", "load_knowledge", "validate_knowledge"]

logger = logging.getLogger(__name__)

_PACKAGE = "agents.offline.knowledge"


class KnowledgeError(ValueError):
    """Raised when the knowledge base files are inconsistent."""


def _terms(words: Iterable[object] | None, fname: str, concept: object) -> list[str]:
    """A concept's words as strings; a term YAML read as a mapping is an error.

    An unquoted term holding ": " inside a flow list ("[..., CT: ischaemic colitis]")
    is parsed as a mapping and would silently become its repr (lead43).
    """
    out: list[str] = []
    for w in words or []:
        if isinstance(w, dict | list):
            raise KnowledgeError(
                f"{fname}: concept '{concept}': term {w!r} is not a string "
                "(quote a term that holds ': ')"
            )
        out.append(str(w))
    return out


_MANIFEST = "icd10_manifest.txt"


def _yaml_load(text: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def _manifest() -> dict[str, str]:
    """Codes already checked with simple_icd_10_cm (code -> description).

    Importing simple_icd_10_cm takes ~10 s (it parses the full code XML), so codes
    verified once are recorded in ``icd10_manifest.txt``; any code missing from it is
    checked live. Regenerate with ``python -m agents.offline.knowledge.loader``.
    """
    try:
        text = resources.files(_PACKAGE).joinpath(_MANIFEST).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    rows = (line.split("\t", 1) for line in text.splitlines() if "\t" in line)
    return dict(rows)


@functools.cache
def verified_icd10() -> frozenset[str]:
    """The ICD-10-CM codes of ``icd10_manifest.txt`` (each checked valid and billable).

    Lets the request path answer "is this code valid?" for knowledge-base codes
    without importing simple_icd_10_cm (~10 s, and ~300 MiB, on first use).
    """
    return frozenset(_manifest())


def _read_yaml_files() -> list[tuple[str, str]]:
    root = resources.files(_PACKAGE)
    files = sorted(
        (p.name, p.read_text(encoding="utf-8"))
        for p in root.iterdir()
        if p.name.endswith(".yaml")
    )
    if not files:
        raise KnowledgeError("no YAML files found in agents/offline/knowledge")
    return files


def _as_list(doc: Any, key: str, fname: str) -> list[dict[str, Any]]:
    items = doc.get(key, []) if isinstance(doc, dict) else []
    if not isinstance(items, list):
        raise KnowledgeError(f"{fname}: '{key}' must be a list")
    return items


_Spec = TypeVar(
    "_Spec", DiagnosisSpec, ComplaintSpec, SymptomCode, BodySite, AbnormalFinding
)


def _entry(model: type[_Spec], raw: dict[str, Any], fname: str) -> _Spec:
    """Validate one YAML entry; the error names the file, the entry and the field."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        name = raw.get("id", "?") if isinstance(raw, dict) else "?"
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise KnowledgeError(f"{fname}: entry '{name}': {problems}") from None


@functools.lru_cache(maxsize=1)
def load_knowledge() -> KnowledgeBase:
    """Load, validate and cache the knowledge base.

    Returns:
        The validated knowledge base; ``version`` is a hash of the YAML files.

    Raises:
        KnowledgeError: when a file is malformed or cross-references do not resolve.
    """
    files = _read_yaml_files()
    digest = hashlib.sha256()
    complaints: dict[str, ComplaintSpec] = {}
    diagnoses: dict[str, DiagnosisSpec] = {}
    concepts: dict[str, list[str]] = {}
    negations: dict[str, list[str]] = {}
    implies: dict[str, list[str]] = {}
    history_implies: dict[str, list[str]] = {}
    history: set[str] = set()
    symptoms: dict[str, SymptomCode] = {}
    sites: dict[str, BodySite] = {}
    abnormal: dict[str, AbnormalFinding] = {}
    for fname, text in files:
        digest.update(fname.encode())
        digest.update(text.encode())
        doc = _yaml_load(text) or {}
        for raw in _as_list(doc, "diagnoses", fname):
            dx = _entry(DiagnosisSpec, raw, fname)
            if dx.id in diagnoses:
                raise KnowledgeError(f"{fname}: duplicate diagnosis id '{dx.id}'")
            diagnoses[dx.id] = dx
        for raw in _as_list(doc, "complaints", fname):
            cc = _entry(ComplaintSpec, raw, fname)
            if cc.id in complaints:
                raise KnowledgeError(f"{fname}: duplicate complaint id '{cc.id}'")
            complaints[cc.id] = cc
        lex = doc.get("concepts", {}) if isinstance(doc, dict) else {}
        for concept, synonyms in lex.items():
            if concept in concepts:
                raise KnowledgeError(f"{fname}: duplicate concept '{concept}'")
            concepts[str(concept)] = _terms(synonyms, fname, concept)
        for concept, words in (doc.get("negations", {}) or {}).items():
            negations.setdefault(str(concept), []).extend(_terms(words, fname, concept))
        if isinstance(doc, dict):
            history.update(str(c) for c in doc.get("history_concepts", []) or [])
            for key, raw in (doc.get("symptom_codes", {}) or {}).items():
                symptoms[str(key)] = _entry(SymptomCode, raw, fname)
            for key, raw in (doc.get("body_sites", {}) or {}).items():
                sites[str(key)] = _entry(BodySite, raw, fname)
            for key, raw in (doc.get("abnormal_findings", {}) or {}).items():
                abnormal[str(key)] = _entry(AbnormalFinding, raw, fname)
        for concept, broader in (doc.get("implies", {}) or {}).items():
            implies.setdefault(str(concept), []).extend(str(b) for b in broader)
        for concept, broader in (doc.get("history_implies", {}) or {}).items():
            history_implies.setdefault(str(concept), []).extend(str(b) for b in broader)
    kb = KnowledgeBase(
        version="kb-" + digest.hexdigest()[:12],
        complaints=complaints,
        diagnoses=_resolve_explained_by(diagnoses),
        concepts=concepts,
        negations=negations,
        implies=implies,
        history_implies=history_implies,
        history_concepts=frozenset(history),
        symptom_codes=symptoms,
        body_sites=sites,
        abnormal=abnormal,
    )
    problems = validate_knowledge(kb)
    if problems:
        raise KnowledgeError("; ".join(problems[:20]))
    logger.debug(
        "knowledge base %s: %d complaints, %d diagnoses, %d concepts",
        kb.version,
        len(complaints),
        len(diagnoses),
        len(concepts),
    )
    return kb


def _resolve_explained_by(
    diagnoses: dict[str, DiagnosisSpec],
) -> dict[str, DiagnosisSpec]:
    """Copy the ``explained_by`` diagnoses' criteria into each requirement, criterion.

    A requirement names the other diagnoses whose published criteria, met, explain
    its findings (sepsis's fever in a neuroleptic malignant syndrome, Gurrera RJ et
    al. J Clin Psychiatry 2011;72:1222); their criteria are attached here so a
    requirement is judged on the facts alone. An unknown id, or one without
    criteria, is a knowledge error.
    """
    out = dict(diagnoses)
    for dx in diagnoses.values():
        if not any(c.explained_by for c in (*dx.requires, *dx.criteria)):
            continue
        out[dx.id] = dx.model_copy(
            update={
                "requires": [_explained(dx.id, r, diagnoses) for r in dx.requires],
                # infect48: a rule-in criterion names them too (a fibrotic lung
                # disease's
                # interstitial shadowing is Pneumocystis pneumonia's in untreated HIV)
                "criteria": [_explained(dx.id, c, diagnoses) for c in dx.criteria],
            }
        )
    return out


def _explained(
    dx_id: str, req: ClinicalCriteria, diagnoses: dict[str, DiagnosisSpec]
) -> ClinicalCriteria:
    """``req`` with its ``explained_by`` diagnoses' criteria attached."""
    if not req.explained_by:
        return req
    crits: list[ClinicalCriteria] = []
    for other in req.explained_by:
        if other not in diagnoses or not diagnoses[other].criteria:
            raise KnowledgeError(
                f"{dx_id}: requirement '{req.name}' explained_by "
                f"'{other}': no such diagnosis with criteria"
            )
        crits += diagnoses[other].criteria
    return req.model_copy(update={"explained_by_criteria": crits})


def _icd_problems(kb: KnowledgeBase, *, live: bool) -> list[str]:
    known = {} if live else _manifest()
    coded = [(d.id, d.icd10) for d in kb.diagnoses.values()]
    coded += [(d.id, v.icd10) for d in kb.diagnoses.values() for v in d.code_variants]
    coded += [(f"symptom_codes.{k}", s.icd10) for k, s in kb.symptom_codes.items()]
    todo = sorted({code for _, code in coded} - set(known))
    if not todo:
        return []
    import simple_icd_10_cm as icd  # local and lazy: ~10 s import

    bad = {c for c in todo if not (icd.is_valid_item(c) and icd.is_leaf(c))}
    return [
        f"{name}: '{code}' is not a billable ICD-10-CM code"
        for name, code in coded
        if code in bad
    ]


def validate_knowledge(kb: KnowledgeBase, *, live_icd: bool = False) -> list[str]:
    """Check codes and cross-references; return a list of problems (empty if fine).

    Args:
        kb: The knowledge base to check.
        live_icd: Check every code with simple_icd_10_cm instead of trusting the
            manifest of previously verified codes.

    Returns:
        Human-readable problems: invalid or non-billable ICD-10-CM codes, unknown
        diagnosis ids or concepts, and must-not-miss diagnoses with no way to be
        excluded and no 'cannot exclude in ED' note. Rule names need no check here:
        they are typed (``RuleName``), so an unknown one fails when it is read.
    """
    problems = _icd_problems(kb, live=live_icd)
    concept_ids = set(kb.concepts) | set(kb.diagnoses)
    for dx in kb.diagnoses.values():
        problems += _diagnosis_problems(kb, dx, concept_ids)
    for concept in kb.history_concepts:
        if concept not in kb.concepts:
            problems.append(f"history_concepts: unknown concept '{concept}'")
    for concept in kb.negations:
        if concept not in kb.concepts:
            problems.append(f"negations: unknown concept '{concept}'")
    for key, code in kb.symptom_codes.items():
        if key not in kb.complaints and key not in kb.concepts:
            problems.append(f"symptom_codes: '{key}' is no complaint id or concept")
        problems += [
            f"symptom_codes.{key}.refined_by: '{c}' has no symptom code"
            for c in code.refined_by
            if c not in kb.symptom_codes
        ]
    for key, table in (
        ("implies", kb.implies),
        ("history_implies", kb.history_implies),
    ):
        for narrow, broader in table.items():
            for concept in [narrow, *broader]:
                if concept not in concept_ids:
                    problems.append(f"{key}: unknown concept '{concept}'")
    for concept, entry in kb.abnormal.items():
        problems += [
            f"abnormal_findings: unknown concept or diagnosis '{c}'"
            for c in (concept, *entry.explained_by)
            if c not in concept_ids
        ]
    for sid, site in kb.body_sites.items():
        problems += [
            f"body_sites.{sid}: unknown site '{c}'"
            for c in site.contains
            if c not in kb.body_sites
        ]
    problems += [
        f"{dx.id}: unknown body site '{b}'"
        for dx in kb.diagnoses.values()
        for b in dx.body_sites
        if b not in kb.body_sites
    ]
    for cc in kb.complaints.values():
        problems += _complaint_problems(kb, cc)
    return problems + _synonym_problems(kb)


def _phrase_key(phrase: str) -> str:
    """A phrase as the findings lexicon looks it up.

    Spaces and hyphens are one separator; short all-caps abbreviations keep their
    case ("PE" is not "pe"), everything else is case-insensitive.
    """
    key = " ".join(phrase.replace("-", " ").split())
    return key if phrase.isupper() and len(phrase) <= 5 else key.lower()


def _synonym_problems(kb: KnowledgeBase) -> list[str]:
    """Phrases that name two concepts, or two diagnoses.

    The findings lexicon maps each phrase to one id (the first it reads), so a
    phrase listed under two concepts silently never reaches the second ("bitten by a
    bat" was an animal bite and never a rabies exposure; "proptosis" periorbital
    swelling and never an orbital sign). A phrase shared by a concept and a diagnosis
    is by design (the finding wins, ``rules._lexicon``).
    """
    owners: dict[tuple[str, str], set[str]] = {}
    named: list[tuple[str, str, list[str]]] = [
        ("concept", c, list(s)) for c, s in kb.concepts.items()
    ]
    named += [("diagnosis", d.id, [d.name, *d.synonyms]) for d in kb.diagnoses.values()]
    for kind, owner, phrases in named:
        for phrase in phrases:
            owners.setdefault((kind, _phrase_key(phrase)), set()).add(owner)
    return [
        f"{kind} synonym '{phrase}' names {len(ids)} ids ({', '.join(sorted(ids))}): "
        "the lexicon reads it as the first only"
        for (kind, phrase), ids in sorted(owners.items())
        if len(ids) > 1
    ]


def _diagnosis_problems(
    kb: KnowledgeBase, dx: DiagnosisSpec, concept_ids: set[str]
) -> list[str]:
    """Problems of one diagnosis entry (code form, concepts, criteria, exclusion)."""
    problems: list[str] = []
    if "." not in dx.icd10 and len(dx.icd10) > 3:
        problems.append(f"{dx.id}: ICD-10 code '{dx.icd10}' needs a dot")
    variants = [
        c
        for v in (*dx.code_variants, *dx.outpatient_when)
        for c in (*v.when_any, *v.all_of, *v.none_of)
    ]
    for key in [*dx.findings_for, *dx.findings_against, *variants, *dx.held_open_by]:
        # lead48: a weight may be on a background disease known from the history
        # ("known:paraprotein": a known Waldenstrom's for hyperviscosity)
        concept = key.removeprefix(ABSENT_PREFIX).removeprefix(KNOWN_PREFIX)
        if concept not in kb.concepts:
            problems.append(f"{dx.id}: unknown finding concept '{concept}'")
    for key, voiders in dx.findings_against_unless.items():
        if key not in dx.findings_against:
            problems.append(
                f"{dx.id}: findings_against_unless '{key}' is no findings_against key"
            )
        problems += [
            f"{dx.id}: unknown voiding concept '{c}'"
            for c in voiders
            if c not in kb.concepts
        ]
    for key, companions in dx.findings_beside.items():
        if key not in dx.findings_for:
            problems.append(f"{dx.id}: findings_beside '{key}' is no findings_for key")
        problems += [
            f"{dx.id}: unknown companion concept '{c}'"
            for c in companions
            if c not in kb.concepts
        ]
    for order in dx.orders:
        for concept in [
            *order.requires,
            *order.requires_all,
            *order.requires_cause,
            *order.unless,
            *order.after,
        ]:
            concept = concept.removeprefix(KNOWN_PREFIX).removeprefix(ABSENT_PREFIX)
            if concept not in kb.concepts and concept not in kb.diagnoses:
                problems.append(
                    f"{dx.id}: order '{order.name}' requires unknown '{concept}'"
                )
    problems += [
        f"{dx.id}: causes unknown diagnosis '{d}'"
        for d in dx.causes
        if d not in kb.diagnoses
    ]
    problems += [
        f"{dx.id}: complicates unknown diagnosis '{d}'"
        for d in dx.complicates
        if d not in kb.diagnoses
    ]
    crits = [*dx.rule_out, *dx.rule_in]
    for crit in crits + [a for c in crits for a in c.also]:
        for concept in [*crit.with_findings, *crit.without_findings]:
            if concept not in concept_ids:
                problems.append(f"{dx.id}: unknown criterion finding '{concept}'")
        if crit.op in ("<=", ">=", "==") and crit.value is None:
            problems.append(f"{dx.id}: rule '{crit.rule}' {crit.op} needs a value")
    for cr in [*dx.criteria, *dx.requires]:
        for key in [*(c for g in cr.all_of for c in g), *cr.none_of]:
            # ``known:`` (present or in the history, ``ClinicalFacts.has``): peds36;
            # ``absent:`` (documented absent: no dilated duct on imaging): gi41
            concept = key.removeprefix(KNOWN_PREFIX).removeprefix(ABSENT_PREFIX)
            if concept not in concept_ids:
                problems.append(f"{dx.id}: criteria '{cr.name}' unknown '{concept}'")
    if (
        dx.must_not_miss
        and not dx.rule_out
        and not dx.findings_against
        and not dx.cannot_exclude_in_ed
    ):
        problems.append(f"{dx.id}: must-not-miss with no way to exclude it")
    return problems


def _complaint_problems(kb: KnowledgeBase, cc: ComplaintSpec) -> list[str]:
    """Problems of one complaint entry (differential, priors, high-risk concepts)."""
    problems: list[str] = []
    for dx_id in cc.differential:
        if dx_id not in kb.diagnoses:
            problems.append(f"{cc.id}: unknown diagnosis id '{dx_id}'")
    if set(cc.priors) - set(cc.differential) or sum(cc.priors.values()) > 100:
        problems.append(f"{cc.id}: priors must be % of its differential (<= 100)")
    if cc.priors and not cc.priors_source:
        problems.append(f"{cc.id}: priors need a source")
    for concept in [*cc.high_risk_findings, *cc.high_risk_history]:
        if concept not in kb.concepts:
            problems.append(f"{cc.id}: unknown high-risk concept '{concept}'")
    flags = [
        kb.diagnoses[d].must_not_miss for d in cc.differential if d in kb.diagnoses
    ]
    if any(later for i, flag in enumerate(flags) if not flag for later in flags[i:]):
        problems.append(f"{cc.id}: must-not-miss diagnoses must come first")
    return problems


def main() -> None:
    """Regenerate ``icd10_manifest.txt`` after checking every code live."""
    import sys
    from pathlib import Path

    import simple_icd_10_cm as icd

    from agents.offline.intent_code import undetermined_variant

    load_knowledge.cache_clear()
    files = _read_yaml_files()
    codes: set[str] = set()
    for _, text in files:
        doc = _yaml_load(text) or {}
        for d in _as_list(doc, "diagnoses", ""):
            codes.add(str(d["icd10"]))
            codes |= {str(v["icd10"]) for v in d.get("code_variants", [])}
            # toxpsych39: a poisoning's undetermined-intent code, derived at run time
            for c in (d, *d.get("code_variants", [])):
                u = undetermined_variant(str(c["icd10"]), str(c["name"]))
                codes |= {u.icd10} if u is not None else set()
        symptoms = doc.get("symptom_codes", {}) if isinstance(doc, dict) else {}
        codes |= {str(s["icd10"]) for s in (symptoms or {}).values()}
    good = sorted(c for c in codes if icd.is_valid_item(c) and icd.is_leaf(c))
    lines = [f"{c}\t{icd.get_description(c)}" for c in good]
    path = Path(__file__).with_name(_MANIFEST)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(
        f"{len(good)} verified codes written; {len(codes) - len(good)} bad\n"
    )


if __name__ == "__main__":
    main()

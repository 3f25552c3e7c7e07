"""FHIR R4 input: one ``Bundle`` → the ``Case`` of one ED visit, plus an import report.

Resources are validated with the ``fhir.resources`` models of FHIR R4B (4.3.0), the
technical correction of R4 (4.0.1) that keeps every resource read here (Patient,
Encounter, Observation, Condition, AllergyIntolerance, MedicationStatement,
MedicationRequest, Medication, DocumentReference, Composition) wire-compatible with R4.
``fhir.resources`` 7+ ships no 4.0.1 models and 6.x needs pydantic 1.

Mapping (what a clinician knows at arrival, nothing later):

- the visit is ``encounter_id`` when given, else the latest emergency encounter
  (``class`` EMER), else the latest encounter; its ``period.start`` is the arrival
  time and the cut-off for everything else;
- Patient: age from ``birthDate`` at arrival (and in days under two years), sex;
  pregnancy status from this visit's Observation LOINC 82810-3 (SNOMED answers);
- Encounter: reason (``reasonCode`` or the Condition in ``reasonReference``) as the
  chief complaint, arrival date, arrival mode (``modeOfArrival`` extension or
  ``hospitalization.admitSource``);
- Observation vital signs by LOINC code, units converted (UCUM): the first value of
  each sign recorded in this encounter (triage); implausible values are dropped with
  a warning, unknown units are a validation error;
- Condition, AllergyIntolerance, MedicationStatement / MedicationRequest recorded
  before arrival become the history in the one-liner; diagnoses recorded during the
  visit are withheld (they are the answer) and counted;
- DocumentReference (base64 or plain attachment data) and Composition (narrative)
  dated before arrival become prior notes with their dates; a note of this encounter
  becomes the ED note; later notes are withheld and counted.

Unused resource types (e.g. Claim, Procedure) and types that FHIR R4 does not define
are counted in the report, never dropped silently. A resource that fails validation
raises :class:`FHIRValidationError` naming the entry, the resource id and the element
path.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cases.labels import NoteType
from cases.models import Arrival, Case, ClinicalNote, Demographics, Pregnancy, Vitals
from cases.vitals import PLAUSIBLE_RANGES, format_vitals

FHIR_MODELS: Final = "fhir.resources.R4B"
"""The model package used to validate input (see the module docstring)."""

LOINC: Final = "http://loinc.org"

MAPPED_TYPES: Final = frozenset(
    {
        "Patient",
        "Encounter",
        "Observation",
        "Condition",
        "AllergyIntolerance",
        "MedicationStatement",
        "MedicationRequest",
        "Medication",
        "DocumentReference",
        "Composition",
    }
)
"""Resource types this importer reads; every other type is counted as unused."""

# LOINC codes of the FHIR R4 vital-signs profiles (+ common pain scores).
_VITAL_CODES: Final[dict[str, str]] = {
    "8867-4": "heart_rate",
    "9279-1": "respiratory_rate",
    "8310-5": "temperature_c",
    "8331-1": "temperature_c",  # oral temperature
    "59408-5": "spo2",
    "2708-6": "spo2",
    "8480-6": "systolic_bp",
    "8462-4": "diastolic_bp",
    "72514-3": "pain",
    "38208-5": "pain",
}
_BP_PANEL: Final = "85354-9"
_SNOMED: Final = "http://snomed.info/sct"
_PREGNANCY_STATUS: Final = "82810-3"
_PREGNANT: Final = frozenset({"77386006"})
_NOT_PREGNANT: Final = frozenset({"60001007"})
_IGNORED_VITALS: Final = frozenset(
    {"85353-1", "29463-7", "8302-2", "39156-5", "9843-4", "8287-5", "8478-0"}
)
"""Vital-signs panel, weight, height, BMI, head circumference, mean BP: not used."""

_PER_MINUTE: Final = ("/min", "{beats}/min", "{breaths}/min", "1/min", "bpm")
_RATE_UNITS: Final = dict.fromkeys(_PER_MINUTE, 1.0) | {"/s": 60.0, "Hz": 60.0}
_UNITS: Final[dict[str, dict[str, float]]] = {
    "heart_rate": _RATE_UNITS,
    "respiratory_rate": _RATE_UNITS,
    "systolic_bp": {"mm[Hg]": 1.0, "mmHg": 1.0, "kPa": 7.50062},
    "diastolic_bp": {"mm[Hg]": 1.0, "mmHg": 1.0, "kPa": 7.50062},
    "spo2": {"%": 1.0, "1": 100.0},
    "pain": {"{score}": 1.0, "1": 1.0, "{Score}": 1.0},
}
_CELSIUS: Final = frozenset({"Cel", "°C", "C", "degC"})
_FAHRENHEIT: Final = frozenset({"[degF]", "°F", "F", "degF"})
_UNITLESS_OK: Final = frozenset({"pain"})

_NOTE_TYPES: Final[dict[str, NoteType]] = {
    "18842-5": "discharge_summary",
    "11506-3": "progress_note",
    "34117-2": "hp_note",
    "11488-4": "consult",
    "18748-4": "imaging",
    "11524-6": "ecg",
    "34552-0": "echo",
    "42148-7": "echo",
}
_SKIP_STATUS: Final = frozenset({"entered-in-error", "cancelled"})
_SEMANTIC_TAG = re.compile(r"\s*\((?:finding|disorder|situation|symptom)\)\s*$")
_TAG = re.compile(r"<[^>]+>")
_MAX_ISSUES: Final = 50


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FHIRIssue(_Frozen):
    """One validation problem: which entry and resource, which element, what."""

    entry: int | None = Field(description="0-based index in Bundle.entry")
    resource: str = Field(description='"Type/id" (or "Type" when it has no id)')
    path: str = Field(description="FHIRPath-like element path, e.g. valueQuantity.code")
    message: str


class FHIRValidationError(ValueError):
    """The bundle (or a resource in it) is not valid FHIR R4 input."""

    def __init__(self, issues: Iterable[FHIRIssue]) -> None:
        self.issues = tuple(issues)[:_MAX_ISSUES]
        first = self.issues[0] if self.issues else None
        where = f"{first.resource} {first.path}: {first.message}" if first else ""
        super().__init__(f"invalid FHIR bundle ({len(self.issues)} issue(s)) {where}")


class FHIRImportReport(_Frozen):
    """What the importer used, left unused and withheld (counts only, no PHI)."""

    encounter: str = Field(description='The visit read, as "Encounter/id"')
    used: dict[str, int] = Field(description="Resources read, per type")
    unused: dict[str, int] = Field(
        default_factory=dict, description="Valid R4 types this importer does not read"
    )
    unknown_types: dict[str, int] = Field(
        default_factory=dict, description="resourceType values FHIR R4 does not define"
    )
    withheld: dict[str, int] = Field(
        default_factory=dict,
        description="Resources left out on purpose, per reason (e.g. recorded later)",
    )
    warnings: tuple[str, ...] = ()


class FHIRCase(_Frozen):
    """A case read from a bundle and the report of how it was read."""

    case: Case
    report: FHIRImportReport


# ----------------------------------------------------------------- helpers
def _models() -> Any:
    from fhir.resources import R4B  # imported lazily: ~0.2 s

    return R4B


def _label(res: Mapping[str, Any]) -> str:
    rtype = str(res.get("resourceType", "?"))
    rid = res.get("id")
    return f"{rtype}/{rid}" if rid else rtype


def _path(loc: Iterable[object]) -> str:
    out = ""
    for part in loc:
        out += (
            f"[{part}]" if isinstance(part, int) else ("." if out else "") + str(part)
        )
    return out or "(resource)"


def _concept_text(concept: Any) -> str | None:
    if concept is None:
        return None
    if getattr(concept, "text", None):
        return _SEMANTIC_TAG.sub("", str(concept.text)).strip()
    for coding in getattr(concept, "coding", None) or ():
        if coding.display:
            return _SEMANTIC_TAG.sub("", str(coding.display)).strip()
    for coding in getattr(concept, "coding", None) or ():
        if coding.code:
            return str(coding.code)
    return None


def _codes(concept: Any, system: str = LOINC) -> list[str]:
    return [
        str(c.code)
        for c in (getattr(concept, "coding", None) or ())
        if c.code and (c.system in (None, system))
    ]


_NOT_VERIFIED: Final = frozenset({"refuted", "entered-in-error"})


def _status_codes(concept: Any) -> set[str]:
    """Every code and text of a status concept, lower-cased (any code system)."""
    if concept is None:
        return set()
    found = {str(c.code).lower() for c in concept.coding or () if c.code}
    found |= {str(c.display).lower() for c in concept.coding or () if c.display}
    if concept.text:
        found.add(str(concept.text).lower())
    return found


def _ref(reference: Any) -> str | None:
    value = getattr(reference, "reference", None)
    return str(value) if value else None


def _as_datetime(value: Any) -> dt.datetime | None:
    """FHIR date/dateTime/instant → aware datetime (dates at midnight UTC)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    text = str(value)
    parts = text.split("-")
    try:  # partial dates "1957" / "1957-03": the earliest instant they can mean
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
    except ValueError:
        return None
    return dt.datetime(year, month, 1, tzinfo=dt.UTC)


def _years_between(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class _Index:
    """Resources of one bundle, validated, addressable by "Type/id" and fullUrl."""

    def __init__(self) -> None:
        self.by_type: dict[str, list[tuple[str, Any]]] = {}
        self.by_ref: dict[str, Any] = {}

    def add(self, key: str, full_url: str | None, resource: Any) -> None:
        rtype = type(resource).__name__
        self.by_type.setdefault(rtype, []).append((key, resource))
        self.by_ref[key] = resource
        if full_url:
            self.by_ref[full_url] = resource

    def of(self, rtype: str) -> list[tuple[str, Any]]:
        return self.by_type.get(rtype, [])

    def get(self, reference: str | None) -> Any:
        return self.by_ref.get(reference) if reference else None


def _load_json(bundle: Mapping[str, Any] | str | bytes) -> Mapping[str, Any]:
    if isinstance(bundle, str | bytes):
        try:
            data = json.loads(bundle)
        except ValueError as exc:
            issue = FHIRIssue(entry=None, resource="Bundle", path="", message=str(exc))
            raise FHIRValidationError([issue]) from None
    else:
        data = bundle
    if not isinstance(data, Mapping) or data.get("resourceType") != "Bundle":
        issue = FHIRIssue(
            entry=None,
            resource="Bundle",
            path="resourceType",
            message="expected a FHIR Bundle (resourceType 'Bundle')",
        )
        raise FHIRValidationError([issue])
    return data


def _shell_issues(
    models: Any, data: Mapping[str, Any]
) -> tuple[list[Any], list[FHIRIssue]]:
    """The bundle's entries (a list, maybe empty) and the problems of its shell."""
    issues: list[FHIRIssue] = []
    shell = {k: v for k, v in data.items() if k != "entry"}
    entries = data.get("entry") or []
    if not isinstance(entries, list):
        entries = []
        issues.append(
            FHIRIssue(
                entry=None,
                resource="Bundle",
                path="entry",
                message="Bundle.entry must be a list",
            )
        )
    try:
        models.get_fhir_model_class("Bundle").model_validate(shell)
    except ValidationError as exc:
        issues += [
            FHIRIssue(
                entry=None,
                resource=_label(data),
                path=_path(e["loc"]),
                message=e["msg"],
            )
            for e in exc.errors()
        ]
    return entries, issues


def _entry_issues(
    models: Any,
    i: int,
    entry: object,
    index: _Index,
    unused: Counter[str],
    unknown: Counter[str],
) -> list[FHIRIssue]:
    """Validate entry ``i``: index a mapped resource, count others, or say why not."""
    fields: Mapping[str, Any] = entry if isinstance(entry, Mapping) else {}
    res = fields.get("resource")
    if not isinstance(res, Mapping):
        return [
            FHIRIssue(
                entry=i,
                resource="Bundle.entry",
                path=f"entry[{i}].resource",
                message="entry has no resource object",
            )
        ]
    rtype = str(res.get("resourceType", ""))
    if rtype not in MAPPED_TYPES:
        try:
            models.get_fhir_model_class(rtype)
        except (ValueError, KeyError):
            unknown[rtype or "(missing resourceType)"] += 1
        else:
            unused[rtype] += 1
        return []
    if rtype == "DocumentReference" and (bad := _bad_base64(res)):
        return [
            FHIRIssue(
                entry=i,
                resource=_label(res),
                path=path,
                message="attachment data is not valid base64",
            )
            for path in bad
        ]
    try:
        model = models.get_fhir_model_class(rtype).model_validate(dict(res))
    except ValidationError as exc:
        return [
            FHIRIssue(
                entry=i,
                resource=_label(res),
                path=_path(e["loc"]),
                message=e["msg"],
            )
            for e in exc.errors()
        ]
    full_url = fields.get("fullUrl")
    key = _label(res) if res.get("id") else (str(full_url or f"{rtype}#{i}"))
    index.add(key, str(full_url) if full_url else None, model)
    return []


def _validate(
    data: Mapping[str, Any],
) -> tuple[_Index, Counter[str], Counter[str], list[FHIRIssue]]:
    """Validate the bundle shell and every mapped resource; count the others."""
    models = _models()
    entries, issues = _shell_issues(models, data)
    index, unused, unknown = _Index(), Counter[str](), Counter[str]()
    for i, entry in enumerate(entries):
        issues += _entry_issues(models, i, entry, index, unused, unknown)
    return index, unused, unknown, issues


def _bad_base64(res: Mapping[str, Any]) -> list[str]:
    """Paths of attachment data that strict base64 rejects (pydantic is lenient)."""
    bad: list[str] = []
    contents = res.get("content")
    for j, content in enumerate(contents if isinstance(contents, list) else []):
        att = content.get("attachment") if isinstance(content, Mapping) else None
        data = att.get("data") if isinstance(att, Mapping) else None
        if isinstance(data, str):
            try:
                base64.b64decode("".join(data.split()), validate=True)
            except (binascii.Error, ValueError):
                bad.append(f"content[{j}].attachment.data")
    return bad


# --------------------------------------------------------------- the reader
class _Reader:
    """Maps one validated bundle onto a Case (holds the cut-off and the report)."""

    def __init__(self, index: _Index, encounter_id: str | None) -> None:
        self.index = index
        self.used: Counter[str] = Counter()
        self.withheld: Counter[str] = Counter()
        self.warnings: list[str] = []
        self.issues: list[FHIRIssue] = []
        self.pregnancy: Pregnancy = "unknown"
        self._pregnancy_at: dt.datetime | None = None
        self.enc_key, self.encounter = self._pick_encounter(encounter_id)
        start = _as_datetime(
            self.encounter.period.start if self.encounter.period else None
        )
        if start is None:
            raise FHIRValidationError(
                [
                    FHIRIssue(
                        entry=None,
                        resource=self.enc_key,
                        path="period.start",
                        message="the visit needs period.start (arrival time): it is "
                        "the cut-off that keeps later data out",
                    )
                ]
            )
        self.start = start
        self.patient_key, self.patient = self._pick_patient()

    # ------------------------------------------------------------ selection
    def _pick_encounter(self, encounter_id: str | None) -> tuple[str, Any]:
        encounters = self.index.of("Encounter")
        if encounter_id is not None:
            for key, enc in encounters:
                if enc.id == encounter_id or key == encounter_id:
                    return key, enc
            raise FHIRValidationError(
                [
                    FHIRIssue(
                        entry=None,
                        resource=f"Encounter/{encounter_id}",
                        path="id",
                        message="no Encounter with this id in the bundle",
                    )
                ]
            )
        if not encounters:
            raise FHIRValidationError(
                [
                    FHIRIssue(
                        entry=None,
                        resource="Bundle",
                        path="entry",
                        message="the bundle has no Encounter (the visit to reason on)",
                    )
                ]
            )

        def start(item: tuple[str, Any]) -> dt.datetime:
            period = item[1].period
            got = _as_datetime(period.start if period else None)
            return got or dt.datetime.min.replace(tzinfo=dt.UTC)

        emergency = [e for e in encounters if (e[1].class_fhir.code or "") == "EMER"]
        if not emergency:
            self.warnings.append(
                "no emergency Encounter (class EMER): the latest one is used"
            )
            emergency = encounters
        return max(emergency, key=start)

    def _pick_patient(self) -> tuple[str, Any]:
        subject = _ref(self.encounter.subject)
        patient = self.index.get(subject)
        patients = self.index.of("Patient")
        if patient is None and len(patients) == 1:
            return patients[0]
        if patient is None:
            raise FHIRValidationError(
                [
                    FHIRIssue(
                        entry=None,
                        resource=self.enc_key,
                        path="subject",
                        message="Encounter.subject does not resolve and the bundle "
                        f"has {len(patients)} Patient resources: whose visit is it?",
                    )
                ]
            )
        key = next(k for k, p in patients if p is patient)
        return key, patient

    def _is_this_visit(self, reference: Any) -> bool:
        ref = _ref(reference)
        if ref is None:
            return False
        return self.index.get(ref) is self.encounter

    def _other_visit(self, reference: Any) -> bool:
        ref = _ref(reference)
        return ref is not None and not self._is_this_visit(reference)

    # --------------------------------------------------------------- fields
    def demographics(self) -> Demographics:
        self.used["Patient"] += 1
        p = self.patient
        age = None
        born = _as_datetime(p.birthDate)
        if born is not None:
            if len(str(p.birthDate)) < 10:
                self.warnings.append("Patient.birthDate is partial: age is approximate")
            age = _years_between(born.date(), self.start.date())
            if age < 0:
                self.issues.append(
                    FHIRIssue(
                        entry=None,
                        resource=self.patient_key,
                        path="birthDate",
                        message="birthDate is after the visit's start",
                    )
                )
                age = None
        sex = {"male": "Male", "female": "Female", "other": "Other"}.get(
            str(p.gender or "")
        )
        fields: dict[str, Any] = {"age": age, "sex": sex}
        if born is not None and age is not None and age < 2:
            fields["age_days"] = (self.start.date() - born.date()).days
        fields["pregnancy"] = self.pregnancy
        language = None
        for comm in p.communication or ():
            language = _concept_text(comm.language)
            if language:
                break
        fields["language"] = language
        return Demographics(**fields)

    def complaint(self) -> str | None:
        enc = self.encounter
        for concept in enc.reasonCode or ():
            if text := _concept_text(concept):
                return text
        for reference in enc.reasonReference or ():
            target = self.index.get(_ref(reference))
            if target is not None and (text := _concept_text(target.code)):
                return text
        self.warnings.append("Encounter has no reasonCode: no chief complaint")
        return None

    def arrival(self) -> Arrival:
        self.used["Encounter"] += 1
        others = len(self.index.of("Encounter")) - 1
        if others:
            self.withheld["Encounter: other visits (used only to place resources)"] = (
                others
            )
        enc = self.encounter
        mode = None
        for ext in enc.extension or ():
            if str(ext.url).endswith("/encounter-modeOfArrival") and ext.valueCoding:
                mode = ext.valueCoding.display or ext.valueCoding.code
        if mode is None and enc.hospitalization is not None:
            mode = _concept_text(enc.hospitalization.admitSource)
        return Arrival(year=self.start.year, date=self.start.date(), mode=mode)

    def vitals(self) -> Vitals:
        earliest: dict[str, tuple[dt.datetime, float]] = {}
        for key, obs in self.index.of("Observation"):
            if str(obs.status) in _SKIP_STATUS:
                self.withheld["Observation: entered in error or cancelled"] += 1
                continue
            when = _as_datetime(
                obs.effectiveDateTime
                or obs.effectiveInstant
                or (obs.effectivePeriod.start if obs.effectivePeriod else None)
            )
            if not self._observation_in_visit(obs, when):
                self.withheld["Observation: not of this visit"] += 1
                continue
            if _PREGNANCY_STATUS in _codes(obs.code):
                self.used["Observation"] += 1
                self._pregnancy(obs, when)
                continue
            found = self._vital_values(key, obs)
            if not found:
                self.withheld["Observation: not a vital sign read here"] += 1
                continue
            self.used["Observation"] += 1
            for name, (path, value) in found.items():
                low, high = PLAUSIBLE_RANGES[name]
                if not low <= value <= high:
                    self.warnings.append(
                        f"{key} {path}: implausible {name} {value:g} dropped"
                    )
                    continue
                at = when or self.start
                if name not in earliest or at < earliest[name][0]:
                    earliest[name] = (at, value)
        values = {name: round(v, 1) for name, (_, v) in earliest.items()}
        vitals = Vitals.model_validate(values)
        raw = format_vitals(vitals)
        return vitals.model_copy(update={"raw": raw or None})

    def _pregnancy(self, obs: Any, when: dt.datetime | None) -> None:
        codes = set(_codes(obs.valueCodeableConcept, system=_SNOMED))
        status: Pregnancy = (
            "pregnant"
            if _PREGNANT & codes
            else "not_pregnant"
            if _NOT_PREGNANT & codes
            else "unknown"
        )
        at = when or self.start
        if self._pregnancy_at is None or at < self._pregnancy_at:
            self._pregnancy_at, self.pregnancy = at, status

    def _observation_in_visit(self, obs: Any, when: dt.datetime | None) -> bool:
        if obs.encounter is not None:
            return self._is_this_visit(obs.encounter)
        if when is None or when < self.start:
            return False
        end = _as_datetime(self.encounter.period.end)
        return end is None or when <= end

    def _vital_values(self, key: str, obs: Any) -> dict[str, tuple[str, float]]:
        out: dict[str, tuple[str, float]] = {}
        codes = _codes(obs.code)
        if _BP_PANEL in codes:
            for j, comp in enumerate(obs.component or ()):
                for code in _codes(comp.code):
                    name = _VITAL_CODES.get(code)
                    if name in ("systolic_bp", "diastolic_bp"):
                        path = f"component[{j}].valueQuantity"
                        got = self._quantity(key, path, name, comp.valueQuantity)
                        if got is not None:
                            out[name] = (path, got)
            return out
        for code in codes:
            name = _VITAL_CODES.get(code)
            if name is None:
                continue
            got = self._quantity(key, "valueQuantity", name, obs.valueQuantity)
            if got is None and name == "pain" and obs.valueInteger is not None:
                got = float(obs.valueInteger)
            if got is not None:
                out[name] = ("valueQuantity", got)
            break
        return out

    def _quantity(self, key: str, path: str, name: str, qty: Any) -> float | None:
        if qty is None or qty.value is None:
            return None
        value = float(Decimal(qty.value))
        unit = str(qty.code or qty.unit or "").strip()
        if name == "temperature_c":
            if unit in _CELSIUS:
                return value
            if unit in _FAHRENHEIT:
                return (value - 32.0) * 5.0 / 9.0
            if unit == "K":
                return value - 273.15
        elif unit in _UNITS[name]:
            factor = _UNITS[name][unit]
            if name == "spo2" and unit == "1" and value > 1.0:
                factor = 1.0  # a bare number above 1 is already a percentage
            return value * factor
        elif not unit and name in _UNITLESS_OK:
            return value
        expected = (
            "Cel or [degF]"
            if name == "temperature_c"
            else (" or ".join(sorted(_UNITS[name])))
        )
        self.issues.append(
            FHIRIssue(
                entry=None,
                resource=key,
                path=f"{path}.code",
                message=(
                    f"unit {unit!r} is not supported for {name}"
                    if unit
                    else f"{name} needs a UCUM unit"
                )
                + f" (expected {expected})",
            )
        )
        return None

    # -------------------------------------------------------------- history
    def _before_arrival(self, *dates: Any) -> bool | None:
        """True/False when a date is known, None when none is."""
        for value in dates:
            when = _as_datetime(value)
            if when is not None:
                return when < self.start
        return None

    def conditions(self) -> tuple[list[str], list[str]]:
        reasons = {_ref(r) for r in self.encounter.reasonReference or ()}
        active: list[str] = []
        resolved: list[str] = []
        for key, cond in self.index.of("Condition"):
            if key in reasons or any(self.index.get(r) is cond for r in reasons if r):
                self.used["Condition"] += 1  # the reason for this visit
                continue
            if _status_codes(cond.verificationStatus) & _NOT_VERIFIED:
                self.withheld["Condition: refuted or entered in error"] += 1
                continue
            before = self._before_arrival(
                cond.recordedDate,
                cond.onsetDateTime,
                cond.onsetPeriod.start if cond.onsetPeriod else None,
            )
            if self._is_this_visit(cond.encounter) or before is False:
                self.withheld["Condition: recorded during or after this visit"] += 1
                continue
            if before is None and not self._other_visit(cond.encounter):
                self.withheld["Condition: undated"] += 1
                continue
            name = _concept_text(cond.code)
            if not name:
                continue
            self.used["Condition"] += 1
            clinical = _status_codes(cond.clinicalStatus)
            past = clinical & {"resolved", "inactive", "remission"}
            target = resolved if past else active
            if name not in target:
                target.append(name)
        return active, resolved

    def allergies(self) -> list[str]:
        out: list[str] = []
        for _key, allergy in self.index.of("AllergyIntolerance"):
            if _status_codes(allergy.verificationStatus) & _NOT_VERIFIED:
                self.withheld["AllergyIntolerance: refuted or entered in error"] += 1
                continue
            if (
                self._before_arrival(allergy.recordedDate, allergy.onsetDateTime)
                is False
            ):
                self.withheld["AllergyIntolerance: recorded after arrival"] += 1
                continue
            name = _concept_text(allergy.code)
            if not name:
                continue
            reactions = [
                text
                for r in allergy.reaction or ()
                for m in r.manifestation or ()
                if (text := _concept_text(m))
            ]
            self.used["AllergyIntolerance"] += 1
            out.append(f"{name} ({', '.join(reactions)})" if reactions else name)
        return out

    def medications(self) -> list[str]:
        out: list[str] = []
        for _key, stmt in self.index.of("MedicationStatement"):
            if str(stmt.status) in {*_SKIP_STATUS, "not-taken", "stopped"}:
                self.withheld["MedicationStatement: not taken or stopped"] += 1
                continue
            start = stmt.effectiveDateTime or (
                stmt.effectivePeriod.start if stmt.effectivePeriod else None
            )
            if self._before_arrival(start, stmt.dateAsserted) is False:
                self.withheld["MedicationStatement: started after arrival"] += 1
                continue
            if name := self._medication_name(stmt):
                self.used["MedicationStatement"] += 1
                out.append(name)
        for _key, req in self.index.of("MedicationRequest"):
            if (
                str(req.status) != "active"
                or self._is_this_visit(req.encounter)
                or (self._before_arrival(req.authoredOn) is not True)
            ):
                self.withheld["MedicationRequest: not an active pre-visit order"] += 1
                continue
            if name := self._medication_name(req):
                self.used["MedicationRequest"] += 1
                out.append(name)
        return list(dict.fromkeys(out))

    def _medication_name(self, resource: Any) -> str | None:
        if resource.medicationCodeableConcept is not None:
            return _concept_text(resource.medicationCodeableConcept)
        med = self.index.get(_ref(resource.medicationReference))
        if med is not None:
            self.used["Medication"] += 1
            return _concept_text(med.code)
        return None

    # ---------------------------------------------------------------- notes
    def notes(self) -> tuple[list[ClinicalNote], str | None, str | None]:
        prior: list[ClinicalNote] = []
        current: list[tuple[str, str]] = []
        for key, doc in self.index.of("DocumentReference"):
            if str(doc.status) == "entered-in-error":
                self.withheld["DocumentReference: entered in error"] += 1
                continue
            context = doc.context
            encounters = list(context.encounter or ()) if context else []
            period = context.period if context else None
            when = _as_datetime(doc.date or (period.start if period else None))
            text = self._attachment_text(key, doc)
            note_type = self._note_type(doc.type)
            self._place(
                key,
                text,
                when,
                any(self._is_this_visit(e) for e in encounters),
                note_type,
                prior,
                current,
                "DocumentReference",
            )
        for key, comp in self.index.of("Composition"):
            if str(comp.status) == "entered-in-error":
                self.withheld["Composition: entered in error"] += 1
                continue
            sections = [
                f"{s.title}:\n{_narrative(s.text)}" if s.title else _narrative(s.text)
                for s in comp.section or ()
                if s.text is not None
            ]
            text = "\n\n".join(t for t in sections if t.strip()) or None
            if comp.title and text:
                text = f"{comp.title}\n\n{text}"
            self._place(
                key,
                text,
                _as_datetime(comp.date),
                self._is_this_visit(comp.encounter),
                self._note_type(comp.type),
                prior,
                current,
                "Composition",
            )
        ed_note = "\n\n".join(t for _, t in current) or None
        ed_key = current[0][0] if current else None
        return prior, ed_note, ed_key

    def _place(
        self,
        key: str,
        text: str | None,
        when: dt.datetime | None,
        this_visit: bool,
        note_type: NoteType,
        prior: list[ClinicalNote],
        current: list[tuple[str, str]],
        rtype: str,
    ) -> None:
        if not text:
            self.withheld[f"{rtype}: no readable text"] += 1
            return
        if this_visit:
            self.used[rtype] += 1
            current.append((key, text))
            return
        if when is None:
            self.withheld[f"{rtype}: undated"] += 1
            return
        if when >= self.start:
            self.withheld[f"{rtype}: written after arrival"] += 1
            return
        self.used[rtype] += 1
        prior.append(
            ClinicalNote(
                note_key=key,
                note_type=note_type,
                patient_id=self.patient_id,
                text=text,
                year=when.year,
                date=when.date(),
            )
        )

    def _note_type(self, concept: Any) -> NoteType:
        for code in _codes(concept):
            if code in _NOTE_TYPES:
                return _NOTE_TYPES[code]
        return "progress_note"

    def _attachment_text(self, key: str, doc: Any) -> str | None:
        for j, content in enumerate(doc.content or ()):
            att = content.attachment
            ctype = str(att.contentType or "text/plain").split(";")[0].strip()
            if not ctype.startswith("text/") or att.data is None:
                continue
            raw = att.data
            if isinstance(raw, str):  # the model decodes base64 to bytes already
                raw = base64.b64decode(raw)
            try:
                text = bytes(raw).decode("utf-8")
            except UnicodeDecodeError:
                self.issues.append(
                    FHIRIssue(
                        entry=None,
                        resource=key,
                        path=f"content[{j}].attachment.data",
                        message="attachment text is not UTF-8",
                    )
                )
                continue
            if ctype == "text/html":
                text = _strip_html(text)
            if text.strip():
                return text.strip()
        return None

    @property
    def patient_id(self) -> str:
        return str(self.patient.id or self.patient_key)


def _strip_html(text: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", text)
    return html.unescape(_TAG.sub("", text)).strip()


def _narrative(narrative: Any) -> str:
    div = getattr(narrative, "div", None)
    return _strip_html(str(div)) if div else ""


def _one_liner(
    demo: Demographics,
    complaint: str | None,
    active: list[str],
    resolved: list[str],
    allergies: list[str],
    meds: list[str],
) -> str:
    who = (
        " ".join(
            p
            for p in (
                f"{demo.age} y.o." if demo.age is not None else None,
                (demo.sex or "").lower() or None,
            )
            if p
        )
        or "Patient"
    )
    parts = [who]
    if active:
        parts.append(f"with {', '.join(active)}")
    if complaint:
        parts.append(f"presenting with {complaint.lower()}")
    text = " ".join(parts) + "."
    if resolved:
        text += f" Past history: {', '.join(resolved)}."
    text += f" Allergies: {', '.join(allergies) if allergies else 'none recorded'}."
    if meds:
        text += f" Medications: {', '.join(meds)}."
    return text


def read_bundle(
    bundle: Mapping[str, Any] | str | bytes, *, encounter_id: str | None = None
) -> FHIRCase:
    """Read a FHIR R4 ``Bundle`` into the ``Case`` of one ED visit.

    Args:
        bundle: The Bundle as parsed JSON, or JSON text / bytes.
        encounter_id: The visit to reason about; default: the latest emergency
            Encounter (``class`` EMER), else the latest Encounter.

    Returns:
        The case (no gold: diagnoses recorded during the visit are withheld) and a
        report of the resources used, unused, unknown and withheld.

    Raises:
        FHIRValidationError: when the bundle or a resource in it is invalid, a vital
            sign has an unsupported unit, or the visit or patient cannot be found.
            Each issue names the entry, the resource ("Type/id") and the element path.
    """
    data = _load_json(bundle)
    index, unused, unknown, issues = _validate(data)
    if issues:
        raise FHIRValidationError(issues)
    reader = _Reader(index, encounter_id)
    vitals = reader.vitals()  # before demographics: reads the pregnancy status
    demographics = reader.demographics()
    arrival = reader.arrival()
    complaint = reader.complaint()
    active, resolved = reader.conditions()
    allergies, meds = reader.allergies(), reader.medications()
    prior, ed_note, ed_key = reader.notes()
    if reader.issues:
        raise FHIRValidationError(reader.issues)
    case = Case(
        patient_id=reader.patient_id,
        encounter_id=str(reader.encounter.id or reader.enc_key),
        demographics=demographics,
        chief_complaint=complaint,
        arrival=arrival,
        vitals=vitals,
        ed_note=ed_note,
        ed_note_key=ed_key,
        one_liner=_one_liner(
            demographics, complaint, active, resolved, allergies, meds
        ),
        prior_notes=tuple(
            sorted(prior, key=lambda n: (n.date or dt.date.min, n.note_key))
        ),
        source="fhir",
    )
    report = FHIRImportReport(
        encounter=reader.enc_key,
        used=dict(sorted(reader.used.items())),
        unused=dict(sorted(unused.items())),
        unknown_types=dict(sorted(unknown.items())),
        withheld=dict(sorted(reader.withheld.items())),
        warnings=tuple(reader.warnings),
    )
    return FHIRCase(case=case, report=report)


def is_bundle(data: object) -> bool:
    """Return True when ``data`` looks like a FHIR Bundle (a dict with resourceType)."""
    return isinstance(data, Mapping) and data.get("resourceType") == "Bundle"

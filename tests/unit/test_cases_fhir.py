"""FHIR R4 bundles → Case: vital-signs profiles, a Synthea-style multi-encounter bundle.

The bundles in tests/data/fhir were written by the team: the vital-signs one after the
FHIR R4 vital-signs profile examples (LOINC codes, UCUM units, the blood-pressure panel
with components), the multi-encounter one in Synthea's transaction shape (urn:uuid
references, Claims, Immunizations, an encounter diagnosis recorded during the visit).
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from cases.fhir import FHIRValidationError, read_bundle

DATA = Path(__file__).resolve().parents[1] / "data" / "fhir"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text())
    return data


@pytest.fixture
def vitals_bundle() -> dict[str, Any]:
    return _load("vital_signs_bundle.json")


@pytest.fixture
def synthea() -> dict[str, Any]:
    return _load("synthea_style_bundle.json")


def _resource(bundle: dict[str, Any], rid: str) -> dict[str, Any]:
    for entry in bundle["entry"]:
        if entry["resource"].get("id") == rid:
            res: dict[str, Any] = entry["resource"]
            return res
    raise KeyError(rid)


def test_vital_signs_profiles_with_units_converted(vitals_bundle):
    got = read_bundle(vitals_bundle)
    case = got.case
    v = case.vitals
    assert (v.heart_rate, v.respiratory_rate) == (124, 24)
    assert (v.systolic_bp, v.diastolic_bp) == (88, 50)  # BP panel components
    assert v.temperature_c == pytest.approx(37.3, abs=0.05)  # 99.1 [degF]
    assert (v.spo2, v.pain) == (92, 8)
    assert v.raw and "BP 88/50" in v.raw
    # age at the encounter date: born 1956-07-20, seen 2024-03-05 -> 67
    assert case.demographics.age == 67
    assert case.demographics.sex == "Male"
    assert case.chief_complaint == "Chest pain"  # semantic tag "(finding)" removed
    assert case.arrival.date is not None and case.arrival.date.isoformat() == (
        "2024-03-05"
    )
    assert case.arrival.mode == "ambulance"
    assert (case.patient_id, case.encounter_id, case.source) == (
        "pat-1",
        "ed-1",
        "fhir",
    )
    # the later heart rate (16:30) is not the triage value; weight is not read
    assert got.report.used["Observation"] == 7
    assert got.report.withheld == {"Observation: not a vital sign read here": 1}


def test_units_fraction_spo2_kpa_and_celsius(vitals_bundle):
    sat = _resource(vitals_bundle, "satO2")
    sat["valueQuantity"] = {"value": 0.95, "unit": "1", "code": "1"}
    bp = _resource(vitals_bundle, "blood-pressure")
    bp["component"][0]["valueQuantity"] = {"value": 16, "code": "kPa", "unit": "kPa"}
    temp = _resource(vitals_bundle, "body-temperature")
    temp["valueQuantity"] = {"value": 310.15, "code": "K", "unit": "K"}
    v = read_bundle(vitals_bundle).case.vitals
    assert v.spo2 == 95
    assert v.systolic_bp == pytest.approx(120.0, abs=0.1)
    assert v.temperature_c == pytest.approx(37.0, abs=0.05)


def test_unknown_unit_is_an_error_naming_resource_and_path(vitals_bundle):
    hr = _resource(vitals_bundle, "heart-rate")
    hr["valueQuantity"]["code"] = "furlongs"
    with pytest.raises(FHIRValidationError) as err:
        read_bundle(vitals_bundle)
    issue = err.value.issues[0]
    assert issue.resource == "Observation/heart-rate"
    assert issue.path == "valueQuantity.code"
    assert "furlongs" in issue.message and "heart_rate" in issue.message


def test_invalid_resource_names_entry_id_and_element(vitals_bundle):
    vitals_bundle["entry"][3]["resource"]["valueQuantity"]["value"] = "fast"
    vitals_bundle["entry"][0]["resource"]["birthDate"] = "1956-02-30"
    with pytest.raises(FHIRValidationError) as err:
        read_bundle(vitals_bundle)
    found = {(i.entry, i.resource, i.path) for i in err.value.issues}
    assert (3, "Observation/respiratory-rate", "valueQuantity.value") in found
    assert (0, "Patient/pat-1", "birthDate") in found


def test_implausible_vital_dropped_with_warning(vitals_bundle):
    _resource(vitals_bundle, "heart-rate")["valueQuantity"]["value"] = 900
    got = read_bundle(vitals_bundle)
    assert got.case.vitals.heart_rate == 96  # the next plausible value
    assert any("implausible heart_rate 900" in w for w in got.report.warnings)


def test_not_a_bundle_and_bundle_without_encounter():
    with pytest.raises(FHIRValidationError, match="expected a FHIR Bundle"):
        read_bundle({"resourceType": "Patient", "id": "x"})
    with pytest.raises(FHIRValidationError, match="no Encounter"):
        read_bundle({"resourceType": "Bundle", "type": "collection", "entry": []})
    with pytest.raises(FHIRValidationError) as err:
        read_bundle("{not json")
    assert err.value.issues[0].resource == "Bundle"


def test_synthea_style_multi_encounter(synthea):
    got = read_bundle(synthea)
    case, report = got.case, got.report
    # The ED visit (class EMER) is chosen, not the earlier ambulatory visits.
    assert case.encounter_id.endswith("00d")
    assert case.chief_complaint == "Dyspnea"
    assert case.demographics.age == 52 and case.demographics.sex == "Female"
    assert (case.vitals.heart_rate, case.vitals.spo2) == (118, 89)
    assert (case.vitals.systolic_bp, case.vitals.diastolic_bp) == (96, 58)
    # History before arrival: conditions, a resolved pneumonia, allergy, medications.
    liner = case.one_liner or ""
    assert "Hypertension" in liner and "Diabetes mellitus type 2" in liner
    assert "Past history: Pneumonia" in liner
    assert "Penicillin (Hives)" in liner
    assert "metformin" in liner and "lisinopril" in liner
    # Prior notes with their dates; the note written after arrival is withheld.
    assert [
        (n.note_type, n.date.isoformat() if n.date else None) for n in case.prior_notes
    ] == [("hp_note", "2019-05-14"), ("progress_note", "2022-01-10")]
    assert "lisinopril" in case.prior_notes[0].text  # base64 decoded
    assert all("sepsis" not in n.text for n in case.prior_notes)
    # The diagnosis recorded during this visit is the answer: withheld, counted.
    assert report.withheld["Condition: recorded during or after this visit"] == 1
    assert report.withheld["DocumentReference: written after arrival"] == 1
    assert report.withheld["Observation: not of this visit"] == 1
    # Types not read are counted; a type FHIR R4 lacks is reported as unknown.
    assert report.unused == {
        "Claim": 1,
        "ExplanationOfBenefit": 1,
        "Immunization": 1,
        "Organization": 1,
        "Practitioner": 1,
        "Procedure": 1,
    }
    assert report.unknown_types == {"SyntheaCustomThing": 1}


def test_pick_an_earlier_encounter_keeps_later_data_out(synthea):
    enc_2022 = "00000000-0000-0000-0000-00000000000c"
    got = read_bundle(synthea, encounter_id=enc_2022)
    case = got.case
    assert case.encounter_id == enc_2022
    assert case.chief_complaint == "Pneumonia"
    assert "Penicillin" not in (case.one_liner or "")  # allergy recorded 2 days later
    # only the 2019 note is prior; the 2022 note of this encounter is the ED note
    assert [n.date.year for n in case.prior_notes if n.date] == [2019]
    assert case.ed_note is not None and "crackles" in case.ed_note
    assert case.vitals.heart_rate is None  # the 2024 vitals belong to another visit
    with pytest.raises(FHIRValidationError, match="no Encounter with this id"):
        read_bundle(synthea, encounter_id="nope")


def test_composition_narrative_and_plain_text_document(synthea):
    bundle = copy.deepcopy(synthea)
    patient = "urn:uuid:00000000-0000-0000-0000-000000000001"
    bundle["entry"].append(
        {
            "fullUrl": "urn:uuid:c0",
            "resource": {
                "resourceType": "Composition",
                "id": "c0",
                "status": "final",
                "type": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}]},
                "subject": {"reference": patient},
                "date": "2023-06-01T12:00:00Z",
                "author": [{"display": "Dr. A"}],
                "title": "Discharge summary",
                "section": [
                    {
                        "title": "Hospital course",
                        "text": {
                            "status": "generated",
                            "div": '<div xmlns="http://www.w3.org/1999/xhtml">'
                            "<p>Admitted for COPD exacerbation &amp; treated.</p>"
                            "</div>",
                        },
                    }
                ],
            },
        }
    )
    doc = _resource(bundle, "00000000-0000-0000-0000-000000000029")
    doc["content"][0]["attachment"]["data"] = base64.b64encode(
        b"<p>Plain <b>HTML</b> note</p>"
    ).decode()
    doc["content"][0]["attachment"]["contentType"] = "text/html"
    case = read_bundle(bundle).case
    comp = next(n for n in case.prior_notes if n.note_key == "Composition/c0")
    assert comp.note_type == "discharge_summary" and comp.year == 2023
    assert "COPD exacerbation & treated." in comp.text
    html_note = next(n for n in case.prior_notes if n.note_key.endswith("029"))
    assert html_note.text == "Plain HTML note"


def test_bad_base64_names_the_attachment(synthea):
    doc = _resource(synthea, "00000000-0000-0000-0000-000000000029")
    doc["content"][0]["attachment"]["data"] = "###"
    with pytest.raises(FHIRValidationError) as err:
        read_bundle(synthea)
    issue = err.value.issues[0]
    assert issue.path == "content[0].attachment.data"
    assert issue.resource.startswith("DocumentReference/")


def test_infant_age_in_days_and_pregnancy_status(vitals_bundle):
    infant = copy.deepcopy(vitals_bundle)
    infant["entry"][0]["resource"]["birthDate"] = "2024-01-20"
    demo = read_bundle(infant).case.demographics
    assert (demo.age, demo.age_days) == (0, 45)  # 2024-01-20 -> 2024-03-05
    vitals_bundle["entry"][0]["resource"]["gender"] = "female"
    vitals_bundle["entry"].append(
        {
            "resource": {
                "resourceType": "Observation",
                "id": "preg",
                "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3"}]},
                "subject": {"reference": "Patient/pat-1"},
                "encounter": {"reference": "Encounter/ed-1"},
                "effectiveDateTime": "2024-03-05T14:10:00-05:00",
                "valueCodeableConcept": {
                    "coding": [{"system": "http://snomed.info/sct", "code": "77386006"}]
                },
            }
        }
    )
    demo = read_bundle(vitals_bundle).case.demographics
    assert demo.pregnancy == "pregnant" and demo.age_days is None


def test_refuted_conditions_and_allergies_are_withheld(synthea):
    refuted = {
        "coding": [
            {
                "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                "code": "refuted",
                "display": "Refuted",
            }
        ]
    }
    _resource(synthea, "00000000-0000-0000-0000-000000000015")["verificationStatus"] = (
        refuted  # hypertension
    )
    allergy = _resource(synthea, "00000000-0000-0000-0000-000000000047")
    allergy["verificationStatus"] = {"text": "Entered in error"} | {
        "coding": [{"code": "entered-in-error"}]
    }
    got = read_bundle(synthea)
    liner = got.case.one_liner or ""
    assert "Hypertension" not in liner and "Penicillin" not in liner
    assert "Diabetes mellitus type 2" in liner
    assert got.report.withheld["Condition: refuted or entered in error"] == 1

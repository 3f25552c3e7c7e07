import re
from pathlib import Path

import pytest

from cases.erreason import load_erreason
from cases.labels import STAGE_ORDER
from cases.models import Case, ClinicalNote, Demographics, GoldLabels, LabelledCase
from cases.redaction import redact_gold
from cases.views import StageView, build_view, missing_cut_count

SYNTH = Path(__file__).parents[1] / "data" / "erreason_synth"
DEMO = Path(__file__).parents[2] / "cases" / "demo"


def forbidden_strings(gold: GoldLabels) -> dict[str, list[str]]:
    """Gold strings a view must never contain (derived without cases.redaction)."""
    out: dict[str, list[str]] = {"diagnosis": [], "labels": [], "icd": []}
    if gold.diagnosis_name:
        name = gold.diagnosis_name
        bare = re.sub(r"\s*\((?:CMS code|HCC|CMS-HCC)\)", "", name).strip()
        out["diagnosis"] += [name, bare]
        if m := re.match(r"(.+?)\s*\((.+)\)$", bare):
            out["diagnosis"] += [m.group(1), m.group(2)]
    for label in (gold.disposition, gold.raw_disposition, gold.acuity):
        if label:
            out["labels"].append(label)
    for code in gold.icd10_codes:
        plain = code.replace(".", "")
        out["icd"] += [plain, f"{plain[:3]}.{plain[3:]}" if len(plain) > 3 else plain]
    return out


def assert_no_leak(case: Case, gold: GoldLabels) -> None:
    forbidden = forbidden_strings(gold)
    for stage in STAGE_ORDER:
        view = build_view(case, stage)
        texts = [view.vitals.raw or "", view.one_liner or "", view.ed_text or ""]
        note_text = "\n".join(texts).lower()
        for kind, strings in forbidden.items():
            for s in strings:
                hay = (
                    note_text
                    if kind == "diagnosis"
                    else note_text + (view.chief_complaint or "").lower()
                )
                if kind == "labels":
                    # whole-word check plus any inflection ("admitted" for "Admit")
                    assert not re.search(rf"\b{re.escape(s.lower())}", hay), (stage, s)
                else:
                    assert s.lower() not in hay, (stage, kind, s)


ADVERSARIAL = [
    (
        "HPI: vomiting.\nTriage Vital Signs: BP 120/80 Pulse 90 to be admitted\n"
        "HENT: ok\nMedical Decision Making: "
        "Dx: SBO (small bowel obstruction) (CMS code), K56.609, "
        "icd k56609. Final dispo: admitted. ESI 2 Emergent.",
        GoldLabels(
            acuity="Emergent",
            disposition="Admit",
            diagnosis_name="SBO (small bowel obstruction) (CMS code)",
            icd10_codes=("K56.609",),
        ),
    ),
    (
        "HPI: cough.\nMDM: Pneumonia, unspecified organism, J18.9. "
        "triaged Less Urgent.\n"
        "Disposition: Discharged home with abx. Patient discharged.",
        GoldLabels(
            acuity="Less Urgent",
            disposition="Discharge",
            diagnosis_name="Pneumonia, unspecified organism",
            icd10_codes=("J18.9",),
        ),
    ),
    (
        "HPI: found down.\nMedical Decision Making: septic shock. "
        "Transfer to Another Facility "
        "for ECMO; transferred by air. Immediate resuscitation.",
        GoldLabels(
            acuity="Immediate",
            disposition="Transfer to Another Facility",
            diagnosis_name="Septic shock (HCC)",
            icd10_codes=("R65.21",),
        ),
    ),
]


@pytest.mark.parametrize(("note", "gold"), ADVERSARIAL)
def test_adversarial_notes_do_not_leak(note, gold):
    case = Case(
        patient_id="p",
        encounter_id="e",
        ed_note=note,
        one_liner=f"pt with {gold.diagnosis_name}",
    )
    assert_no_leak(redact_gold(case, gold), gold)


def test_forbidden_check_can_fail():
    gold = ADVERSARIAL[0][1]
    case = Case(patient_id="p", encounter_id="e", one_liner="SBO")
    with pytest.raises(AssertionError):
        assert_no_leak(case, gold)  # not redacted: the one-liner leaks


def _synth_cases() -> list[LabelledCase]:
    return list(load_erreason(SYNTH, csv_name="er_reason_synthetic.csv").cases)


@pytest.mark.parametrize("lc", _synth_cases(), ids=lambda lc: lc.case.encounter_id)
def test_synthetic_csv_views_do_not_leak(lc):
    assert_no_leak(lc.case, lc.gold)


@pytest.mark.skipif(
    not (DEMO / "er_reason_demo.csv").exists(), reason="demo data not built yet"
)
def test_demo_views_do_not_leak():
    ds = load_erreason(DEMO, csv_name="er_reason_demo.csv")
    assert ds.cases
    for lc in ds.cases:
        assert_no_leak(lc.case, lc.gold)


NOTE = (
    "HPI: SENTINEL_HPI.\nTriage Vital Signs:\nBP: 150/90\nPulse: 110\n\n"
    "Physical Exam:\nHENT: ok\nMedical Decision Making\nSENTINEL_MDM\n"
    "Final Disposition and ED Course\nSENTINEL_COURSE"
)
CASE = Case(
    patient_id="p1",
    encounter_id="e1",
    demographics=Demographics(age=70, sex="Female"),
    chief_complaint="WEAKNESS",
    ed_note=NOTE,
    one_liner="70F with weakness",
    prior_notes=(
        ClinicalNote(note_key="k1", note_type="echo", patient_id="p1", text="EF 30%"),
    ),
)


def test_triage_view_exposes_only_vitals_from_note():
    view = build_view(CASE, "triage")
    dumped = view.model_dump_json()
    assert "SENTINEL" not in dumped and "EF 30" not in dumped
    assert view.vitals.heart_rate == 110  # extracted on the fly: the Case had no vitals
    assert view.exposed_fields == (
        "demographics",
        "chief_complaint",
        "arrival",
        "vitals",
        "vitals:ed_note",  # readers54: the trace says the vitals came from the note
        "one_liner:presentation",
    )
    assert view.ed_text is None and view.prior_note_keys == ()
    assert view.one_liner is None and view.presentation == "70F with weakness"


def test_triage_view_keeps_only_the_presenting_part_of_the_one_liner():
    """History and presenting symptoms are triage-time; results and diagnoses are not
    (triage17: the triage history, ESI v4 handbook ch.2)."""
    case = CASE.model_copy(
        update={
            "one_liner": "70F with AF presenting with weakness, CT showing SENTINEL_CT"
        }
    )
    view = build_view(case, "triage")
    assert view.presentation == "70F with AF presenting with weakness"
    assert "SENTINEL" not in view.model_dump_json()
    bare = build_view(CASE.model_copy(update={"one_liner": None}), "triage")
    assert bare.presentation is None
    assert "one_liner:presentation" not in bare.exposed_fields


def test_stage_progression_of_disclosure():
    views: dict[str, StageView] = {s: build_view(CASE, s) for s in STAGE_ORDER}
    assert views["assessment"].one_liner == "70F with weakness"
    assert views["assessment"].prior_note_keys == ("k1",)
    assert "SENTINEL" not in views["assessment"].model_dump_json()
    treat = views["treatment"].ed_text or ""
    assert "SENTINEL_HPI" in treat and "SENTINEL_MDM" not in treat
    assert views["treatment"].cut_heading_found is True
    for stage in ("disposition", "diagnosis"):
        text = views[stage].ed_text or ""
        assert "SENTINEL_MDM" in text and "SENTINEL_COURSE" not in text
        assert views[stage].cut_heading_found is True
        assert views[stage].exposed_fields[-1] == "ed_note:pre_disposition"


def test_missing_cut_count():
    no_heading = CASE.model_copy(update={"ed_note": "HPI only", "encounter_id": "e2"})
    no_note = CASE.model_copy(update={"ed_note": None, "encounter_id": "e3"})
    assert missing_cut_count([CASE, no_heading, no_note]) == 1
    assert build_view(no_heading, "disposition").cut_heading_found is False


def test_unknown_stage_raises():
    with pytest.raises(KeyError):
        build_view(CASE, "sct")  # type: ignore[arg-type]

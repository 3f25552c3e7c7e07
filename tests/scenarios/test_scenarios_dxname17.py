"""Pathways name the disease they treat; a ruled-in disease outranks a symptom code.

Written from guidelines (issue 10, session-17 blind review patterns), not from data:

- WSES 2017 incarcerated/strangulated hernia (Birindelli A et al. World J Emerg Surg
  2017;12:37) and EHS/HerniaSurge 2018: an irreducible hernia is an incarcerated
  hernia; the pathway's criteria define the disease.
- ACOG Committee Opinion 783 (2019) adnexal torsion: ultrasound signs (enlarged ovary,
  absent or reduced Doppler flow, whirlpool sign) raise the suspicion, the diagnosis
  is made at laparoscopy: the disease stays open as must-not-miss.
- Ocular chemical injury (Tintinalli 9th ed. ch. 241; Kuckelkorn R et al. Acta
  Ophthalmol Scand 2002;80:4; Dua HS et al. Br J Ophthalmol 2001;85:1379): an alkali
  or acid splash into the eye is a chemical eye injury, irrigated before anything.
- Tokyo Guidelines 2018 acute cholecystitis (Yokoe M et al. J Hepatobiliary Pancreat
  Sci 2018;25:41): local signs + systemic inflammation + characteristic imaging is a
  definite diagnosis.
- docs/ARCHITECTURE.md: the presenting symptom (ICD-10-CM chapter R) is the final
  diagnosis only when no disease meets its rule-in requirement; ICD-10-CM Official
  Guidelines FY2024 section IV codes the established diagnosis.

Each asserts a property (the disease is named, ruled in, or kept open; no symptom code
above a ruled-in disease), across several wordings.
"""

from __future__ import annotations

import pytest

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _named(out: ReasoningOutput, word: str, *, open_ok: bool = False) -> bool:
    """Whether the final diagnosis or the summary's top three name ``word``."""
    final = out.final
    names = [final.diagnosis_name or ""]
    summary = final.summary
    if summary is not None:
        names += [d.diagnosis for d in summary.top_diagnoses]
        if open_ok:
            names += list(summary.open_must_not_miss)
    return any(word in n.lower() for n in names)


def _final(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def _no_symptom_above_ruled_in(out: ReasoningOutput) -> None:
    ranked = [e for e in out.final.ledger if e.status != "ruled_out"]
    diseases_in = [
        i
        for i, e in enumerate(ranked)
        if e.status == "ruled_in" and not (e.icd10 or "").startswith("R")
    ]
    if not diseases_in:
        return
    for i, e in enumerate(ranked[: diseases_in[-1]]):
        assert not (e.icd10 or "").startswith("R"), (
            f"symptom code {e.diagnosis} ranks above a ruled-in disease"
        )
        del i


# --- incarcerated / strangulated hernia (WSES 2017) ---

HERNIA = [
    (
        "groin pain",
        "58M known right inguinal hernia, now irreducible for 6 hours, painful, "
        "vomiting x3. Exam: tender irreducible right groin swelling with overlying "
        "erythema.",
    ),
    (
        "flank pain",
        "66F left groin and flank pain since this morning, vomiting. Exam: tender "
        "femoral hernia that will not go back, abdomen distended, no flatus today.",
    ),
    (
        "abdominal pain",
        "71M periumbilical pain and vomiting. Umbilical hernia incarcerated, cannot "
        "be reduced at the bedside; overlying skin dusky. Lactate 3.1.",
    ),
]


@pytest.mark.parametrize(("complaint", "note"), HERNIA)
def test_irreducible_hernia_is_the_final_diagnosis(
    reason: Reason, complaint: str, note: str
) -> None:
    """WSES 2017: an irreducible hernia is an incarcerated hernia, not renal colic."""
    out = reason(
        make_case(
            complaint,
            age=66,
            vitals=vitals(104, 138, 84, 18, 98, 37.4),
            ed_note=note,
            case_id="dx17-hernia",
        )
    )
    assert "hernia" in _final(out), out.final.diagnosis_name
    entry = next(e for e in out.final.ledger if "hernia" in e.diagnosis.lower())
    assert entry.status == "ruled_in"
    assert any("pathway criteria met" in ev.text for ev in entry.evidence_for)
    _no_symptom_above_ruled_in(out)


# --- adnexal torsion (ACOG CO 783) ---

TORSION = [
    (
        "abdominal pain",
        "24F sudden onset right lower quadrant pain with nausea and vomiting. Pelvic "
        "ultrasound: enlarged right ovary with reduced Doppler flow, whirlpool sign. "
        "hCG negative.",
    ),
    (
        "vomiting",
        "19F vomiting and crampy lower abdominal pain since 4 am. Transvaginal "
        "ultrasound: 6 cm left adnexal mass with absent venous flow to the ovary. "
        "Urine hCG negative.",
    ),
    (
        "pelvic pain",
        "31F severe left pelvic pain for 3 hours. Ultrasound concerning for ovarian "
        "torsion (oedematous ovary with peripheral follicles). Pregnancy test "
        "negative.",
    ),
]


@pytest.mark.parametrize(("complaint", "note"), TORSION)
def test_suspected_adnexal_torsion_stays_on_the_differential(
    reason: Reason, complaint: str, note: str
) -> None:
    """ACOG CO 783: suspected torsion is open must-not-miss, not gastroenteritis."""
    out = reason(
        make_case(
            complaint,
            age=24,
            sex="F",
            vitals=vitals(98, 124, 78, 18, 99, 37.0),
            ed_note=note,
            case_id="dx17-torsion",
        )
    )
    assert _named(out, "torsion", open_ok=True), out.final.summary
    entry = next(e for e in out.final.ledger if "torsion" in e.diagnosis.lower())
    assert entry.status in ("cannot_exclude", "ruled_in")
    assert any("pathway criteria met" in ev.text for ev in entry.evidence_for)
    assert "gastroenteritis" not in _final(out)


# --- chemical eye injury ---

EYE = [
    (
        "eye injury",
        "35M splashed with oven cleaner (alkali) into the right eye at work 20 "
        "minutes ago. Severe eye pain, tearing, blurred vision.",
    ),
    (
        "eye pain",
        "42F drain cleaner splashed in her left eye while cleaning; eye burning and "
        "red, cannot open it.",
    ),
    (
        "chemical exposure",
        "28M battery acid sprayed into both eyes at the garage; eyes painful and "
        "watering.",
    ),
]


@pytest.mark.parametrize(("complaint", "note"), EYE)
def test_chemical_eye_injury_is_the_final_diagnosis(
    reason: Reason, complaint: str, note: str
) -> None:
    """A chemical splash into the eye is a chemical injury, not a corneal abrasion."""
    out = reason(
        make_case(
            complaint,
            age=35,
            sex="M",
            vitals=vitals(88, 130, 80, 16, 99),
            ed_note=note,
            case_id="dx17-eye",
        )
    )
    final = _final(out)
    assert "corrosion" in final or "chemical" in final, out.final.diagnosis_name
    assert "abrasion" not in final


# --- acute cholecystitis, TG18 definite ---

CHOLE = [
    (
        "abdominal pain",
        "52F RUQ pain for 2 days with fever and vomiting. Positive Murphy's sign. "
        "WBC 16.2. RUQ ultrasound: acute cholecystitis with gallstones, wall "
        "thickening and pericholecystic fluid.",
        38.6,
    ),
    (
        "right upper quadrant pain",
        "47M right upper quadrant tenderness since yesterday, leukocytosis (WBC 14). "
        "Ultrasound consistent with acute cholecystitis.",
        37.2,
    ),
    (
        "fever",
        "63F febrile with right upper quadrant pain and tenderness. Bedside US "
        "positive for cholecystitis.",
        38.9,
    ),
]


@pytest.mark.parametrize(("complaint", "note", "temp"), CHOLE)
def test_definite_cholecystitis_is_ruled_in(
    reason: Reason, complaint: str, note: str, temp: float
) -> None:
    """TG18: A + B + C is a definite diagnosis: ruled in, not a working diagnosis."""
    out = reason(
        make_case(
            complaint,
            age=52,
            vitals=vitals(102, 130, 80, 18, 98, temp),
            ed_note=note,
            case_id="dx17-chole",
        )
    )
    assert "cholecystitis" in _final(out), out.final.diagnosis_name
    entry = next(e for e in out.final.ledger if "cholecystitis" in e.diagnosis.lower())
    assert entry.status == "ruled_in"
    record = next(r for r in out.trace if r.stage == "diagnosis")
    assert "working_diagnosis" not in record.flags
    assert "undifferentiated" not in record.flags
    _no_symptom_above_ruled_in(out)


# --- acute gout (ACR/EULAR 2015 classification; ACR 2020 management) ---

GOUT = [
    (
        "foot pain",
        61,
        "61M known gout, woke with an exquisitely painful hot swollen red right first "
        "MTP joint. Joint aspirate: negatively birefringent needle-shaped urate "
        "crystals.",
    ),
    (
        "toe pain",
        55,
        "55M overnight podagra: swollen, red, exquisitely tender 1st MTP joint. "
        "Aspirate shows monosodium urate crystals, Gram stain negative.",
    ),
    (
        "knee pain",
        70,
        "70F hot swollen right knee with an effusion since yesterday; history of "
        "gout. Arthrocentesis: MSU crystals, Gram stain negative.",
    ),
]


@pytest.mark.parametrize(("complaint", "age", "note"), GOUT)
def test_crystal_proven_gout_is_named(
    reason: Reason, complaint: str, age: int, note: str
) -> None:
    """ACR/EULAR 2015: urate crystals in a symptomatic joint are sufficient for gout."""
    out = reason(
        make_case(
            complaint,
            age=age,
            vitals=vitals(84, 146, 88, 16, 98, 37.6),
            ed_note=note,
            case_id="dx17-gout",
        )
    )
    assert "gout" in _final(out), out.final.diagnosis_name
    entry = next(e for e in out.final.ledger if "gout" in e.diagnosis.lower())
    assert entry.status == "ruled_in"


# --- simple febrile seizure (AAP 2011) ---

FEBRILE_SEIZURE = [
    (
        "seizure",
        {"age": 2},
        "2 year old girl with fever since this morning had a generalized tonic-clonic "
        "seizure lasting 2 minutes at home, first ever, single episode. Now back to "
        "baseline, playful. Runny nose.",
        39.4,
    ),
    (
        "seizure",
        {"age": 1, "age_days": 548},
        "18-month-old boy, temperature 39.5, one generalised convulsion lasting about "
        "a minute; now alert and playful. Red bulging left ear drum.",
        39.5,
    ),
    (
        "fever",
        {"age": 3},
        "3 year old with a fever of 39.8 had a convulsion at home, shaking all four "
        "limbs for 3 minutes, single episode, now back to normal.",
        39.8,
    ),
]


@pytest.mark.parametrize(("complaint", "demo", "note", "temp"), FEBRILE_SEIZURE)
def test_simple_febrile_seizure_is_not_epilepsy(
    reason: Reason, complaint: str, demo: dict[str, int], note: str, temp: float
) -> None:
    """AAP 2011: a simple febrile seizure at 6-60 months is provoked, not epilepsy."""
    out = reason(
        make_case(
            complaint,
            demographics=demo,
            vitals=vitals(150, 95, 60, 30, 98, temp),
            ed_note=note,
            case_id="dx17-fs",
        )
    )
    final = out.final
    assert not (final.icd10 or "").startswith("G40"), final.diagnosis_name
    summary = final.summary
    assert summary is not None and summary.top_diagnoses
    assert not (summary.top_diagnoses[0].icd10 or "").startswith("G40")
    assert _named(out, "febrile"), (final.diagnosis_name, summary.top_diagnoses)


# --- encephalitis (IDSA 2008; International Encephalitis Consortium 2013) ---

ENCEPHALITIS = [
    (
        "fever",
        34,
        "34M fever and headache for 3 days, today confused with odd behaviour, then a "
        "generalized seizure in the ED. Disoriented. No rash.",
        39.2,
    ),
    (
        "confusion",
        58,
        "58F two days of fever, new word-finding difficulty and confusion; a focal "
        "seizure of the right arm in triage.",
        38.9,
    ),
    (
        "altered mental status",
        22,
        "22M febrile, agitated, bizarre behaviour since yesterday and a generalised "
        "seizure this morning. No neck stiffness.",
        39.1,
    ),
]


@pytest.mark.parametrize(("complaint", "age", "note", "temp"), ENCEPHALITIS)
def test_fever_seizure_and_confusion_get_lp_and_aciclovir(
    reason: Reason, complaint: str, age: int, note: str, temp: float
) -> None:
    """IDSA 2008 / IEC 2013: possible encephalitis: LP and empirical aciclovir."""
    out = reason(
        make_case(
            complaint,
            age=age,
            vitals=vitals(112, 128, 76, 20, 97, temp),
            ed_note=note,
            case_id="dx17-enceph",
        )
    )
    assert O.ordered(out, "lumbar puncture", r"\bLP\b")
    assert O.medication_ordered(out, "aciclovir", "acyclovir")
    assert _named(out, "encephalitis", open_ok=True), out.final.summary

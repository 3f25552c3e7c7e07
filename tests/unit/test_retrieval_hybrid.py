# ruff: noqa: E501  (clinical note fixtures read better unwrapped)
"""Hybrid ranking with the real MiniLM model: lexical terms and paraphrases.

Abbreviations and drug names are lexical (BM25 wins), lay paraphrases are semantic
(dense wins). Reciprocal-rank fusion should keep the strength of each.
"""

from __future__ import annotations

import pytest

from cases.models import ClinicalNote
from retrieval.store import NoteStore

P = "P1"


def _n(key, kind, year, text):
    return ClinicalNote(
        note_key=key, note_type=kind, patient_id=P, year=year, text=text
    )


NOTES = [
    _n(
        "DS1",
        "discharge_summary",
        2019,
        "History of Present Illness: 71 year old man admitted with dyspnea and leg "
        "swelling.\nHospital Course: Diuresed with IV furosemide, weight down 4 kg. "
        "Anticoagulation was discussed with cardiology and he was started on a direct "
        "oral anticoagulant.\nDischarge Medications: Eliquis (apixaban) 5 mg twice "
        "daily, furosemide 40 mg daily, carvedilol 6.25 mg BID.\nDischarge Diagnoses: "
        "Acute on chronic systolic heart failure; new atrial fibrillation.",
    ),
    _n(
        "PN1",
        "progress_note",
        2020,
        "Assessment and Plan: Heart failure clinic follow-up. Blood thinner reviewed, no "
        "bleeding. Kidney function stable, creatinine 1.6 mg/dL.\nSocial History: lives "
        "with his wife, still drives, independent in ADLs.",
    ),
    _n(
        "EC1",
        "echo",
        2020,
        "Findings: The left ventricle is dilated with severe global hypokinesis.\n"
        "Conclusions: LVEF 25-30%. Moderate functional mitral regurgitation. RVSP 45 "
        "mmHg.",
    ),
    _n(
        "IM1",
        "imaging",
        2021,
        "Findings: Bilateral pleural effusions, cardiomegaly, interstitial edema.\n"
        "Impression: Findings consistent with pulmonary edema.",
    ),
    _n(
        "CO1",
        "consult",
        2021,
        "Recommendations: Nephrology consult for CKD stage 3b. Avoid NSAIDs. Hold "
        "metformin if eGFR falls below 30. Renally dose antibiotics.",
    ),
    _n(
        "EKG1",
        "ecg",
        2021,
        "Interpretation: Atrial fibrillation with rapid ventricular response, rate 128. "
        "LBBB. QTc 480.",
    ),
    _n(
        "HP1",
        "hp_note",
        2018,
        "HPI: Presents with syncope while standing at church, brief loss of "
        "consciousness.\nPast Medical History: Type 2 diabetes, HbA1c 8.9; hypertension; "
        "gout.\nAllergies: sulfa drugs cause rash. Medications: metformin 1000 mg BID, "
        "allopurinol, lisinopril 20 mg.",
    ),
    _n(
        "DS0",
        "discharge_summary",
        2016,
        "Discharge Medications: warfarin 5 mg daily with INR goal 2-3, aspirin 81 mg, "
        "simvastatin 20 mg, sacubitril-valsartan (Entresto) 24/26 mg BID.\n"
        "Discharge Diagnoses: Pneumonia, resolved.",
    ),
    _n(
        "EKG0",
        "ecg",
        2016,
        "Interpretation: Sinus rhythm, right bundle branch block, first degree AV block, "
        "PR 230 ms.",
    ),
    _n(
        "PN0",
        "progress_note",
        2017,
        "Assessment and Plan: Diabetes poorly controlled, glucose logs in the 200s, "
        "started empagliflozin (Jardiance). NT-proBNP 2400 pg/mL. Continue "
        "spironolactone 25 mg.",
    ),
    _n(
        "IM0",
        "imaging",
        2017,
        "Impression: Status post TAVR with well-seated prosthesis. No pneumothorax.",
    ),
]

# (query, note key, section) of the chunk that answers it.
LEXICAL = [
    ("NT-proBNP", "PN0", "Assessment and Plan"),
    ("LBBB", "EKG1", "Interpretation"),
    ("RVSP", "EC1", "Conclusions"),
    ("Entresto", "DS0", "Discharge Medications"),
    ("Jardiance", "PN0", "Assessment and Plan"),
    ("TAVR", "IM0", "Impression"),
    ("apixaban", "DS1", "Discharge Medications"),
    ("eGFR", "CO1", "Recommendations"),
    ("QTc", "EKG1", "Interpretation"),
    ("HbA1c", "HP1", "Past Medical History"),
]
PARAPHRASE = [
    ("how well does the heart pump", "EC1", "Conclusions"),
    ("who does he live with at home", "PN1", "Social History"),
    ("fluid in the lungs on chest x-ray", "IM1", "Impression"),
    ("fainting episode", "HP1", "HPI"),
    ("kidney doctor advice", "CO1", "Recommendations"),
    ("irregular heartbeat fast", "EKG1", "Interpretation"),
]


@pytest.fixture(scope="module")
def store(embedder, tmp_path_factory):
    s = NoteStore(tmp_path_factory.mktemp("hybrid"), embedder=embedder)
    s.add_notes(NOTES)
    return s


def _rank(store, query, key, section, mode):
    hits = store.search([query], patient_id=P, k=10, mode=mode)
    for i, h in enumerate(hits, start=1):
        if h.chunk.note_key == key and h.chunk.section == section:
            return i
    return None


def _hits_at(store, items, mode, n):
    ranks = [_rank(store, q, key, sec, mode) for q, key, sec in items]
    return sum(r is not None and r <= n for r in ranks), ranks


def test_hybrid_beats_dense_on_abbreviations_and_drug_names(store):
    hybrid, h_ranks = _hits_at(store, LEXICAL, "hybrid", 1)
    dense, d_ranks = _hits_at(store, LEXICAL, "dense", 1)
    assert hybrid == len(LEXICAL), h_ranks
    assert dense < hybrid, (d_ranks, h_ranks)


def test_hybrid_beats_lexical_on_paraphrases(store):
    hybrid, h_ranks = _hits_at(store, PARAPHRASE, "hybrid", 5)
    lexical, l_ranks = _hits_at(store, PARAPHRASE, "lexical", 5)
    assert hybrid == len(PARAPHRASE), h_ranks
    assert lexical < hybrid, (l_ranks, h_ranks)


def test_multi_query_fuses_all_rankings(store):
    qs = ["LBBB", "how well does the heart pump"]
    hits = store.search(qs, patient_id=P, k=4)
    found = {(h.chunk.note_key, h.query) for h in hits}
    assert ("EKG1", "LBBB") in found
    assert ("EC1", "how well does the heart pump") in found

"""Narrative vignettes matched to complaints by meaning, not by negated or normal words.

Vignettes written by text15 in the ESI handbook's style (Gilboy N et al. ESI v4
Implementation Handbook, 2020 ed.), not taken from shared data. A negated problem
("without chest pain") or a normal state ("breathing comfortably", "in no distress")
names no complaint; the clause's remaining words still do. The first four failed on
main before session 15 (the whole clause was skipped for its negation: no complaint);
the rest are controls.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.semantic import focus

KB = load_knowledge()


@pytest.mark.parametrize(
    ("text", "complaints"),
    [
        (
            "Well-appearing 8-year-old, breathing comfortably, no distress, with a "
            "sore throat and fever for two days.",
            {"sore_throat", "fever"},
        ),
        (
            "A 29-year-old man without shortness of breath or chest pain has a "
            "swollen, painful right ankle after twisting it playing football.",
            {"extremity_injury"},
        ),
        (
            "A 40-year-old woman with normal breathing and no wheeze has a bee sting "
            "on her hand with local swelling, no hives.",
            {"bite_or_sting", "allergic_reaction"},
        ),
        (
            "A 25-year-old woman, breathing comfortably, no chest pain, has had "
            "vomiting and diarrhoea since last night after eating chicken.",
            {"nausea_vomiting", "diarrhea"},
        ),
        (
            "A 34-year-old man is breathing comfortably and talking in full "
            "sentences; he cut his left palm on a broken glass an hour ago.",
            {"laceration"},
        ),
        (
            "A 70-year-old man with COPD is short of breath and cannot finish "
            "sentences, RR 32, SpO2 86%.",
            {"shortness_of_breath"},
        ),
    ],
)
def test_vignette_matches_its_stated_problem(text: str, complaints: set[str]) -> None:
    found = KB.match_complaint(text)
    assert found is not None and found.id in complaints


def test_normal_state_and_negated_words_are_not_read() -> None:
    parts = " ".join(
        focus(
            "A 52-year-old man, speaking in full sentences and breathing comfortably, "
            "denies chest pain, and has had burning on urination for three days."
        )
    ).lower()
    assert "burning on urination" in parts
    assert "breathing" not in parts and "chest pain" not in parts


def test_measured_vital_signs_name_no_complaint() -> None:
    """'T 98.9°F, HR 80' is a measurement (triage reads the vitals), not a fever
    complaint; on main its clause matched 'fever' (split at the decimal point)."""
    text = (
        "A 30-year-old man twisted his ankle stepping off a curb this morning. "
        "Temp 98.9°F, pulse 80, BP 118/70, pain 4/10."
    )
    parts = focus(text)
    assert parts and not any(p for p in parts if "98" in p or "pulse" in p)
    found = KB.match_complaint(text)
    assert found is not None and found.id == "extremity_injury"

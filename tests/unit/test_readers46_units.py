"""readers46: one block per reader rule, each with its guards (issue 10).

The sentence bounds every mention reader shares (``agents.offline.rules.sentence``):
the last '.', ';' or newline before a mention and the first after it (Harkema H et
al. ConText, J Biomed Inform 2009;42:839: a modifier's scope ends at the sentence).
Then the reader rules: a pressure that reproduces a chest pain (Gulati M et al.
AHA/ACC 2021 chest pain 4.1.1), a tense abdomen with ascites and the diagnostic tap's
count (EASL 2018; Aithal GP et al. BSG 2021), "not on anticoagulants" (NICE NG232
2023), "no improvement after" as a pseudo-negation and a finished treatment as
history (Chapman WW et al. NegEx 2001; medspaCy context rules), "PE:" heading an
examination (Oxford Handbook of Emergency Medicine).
"""

from __future__ import annotations

import pytest

from agents import _text
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import onset_hours, read_results, result_findings
from agents.offline.rules.sentence import sentence_end, sentence_start


def _idiom_start(text: str, at: int, stops: str) -> int:
    return max(text.rfind(c, 0, at) for c in stops) + 1


def _idiom_end(text: str, at: int, stops: str) -> int:
    found = [i for c in stops if (i := text.find(c, at)) >= 0]
    return min(found, default=len(text))


_TEXTS = (
    "",
    "no stop at all",
    "Pain. K 6.8 (haemolysed); repeat 4.9.\nPlan: home",
    "a;b.c\nd",
    ".;\n",
)


@pytest.mark.parametrize("stops", [".;\n", ".\n", ".;", "."])
@pytest.mark.parametrize("text", _TEXTS)
def test_bounds_equal_the_idiom_they_replace(text: str, stops: str) -> None:
    for at in range(len(text) + 1):
        assert sentence_start(text, at, stops) == _idiom_start(text, at, stops)
        assert sentence_end(text, at, stops) == _idiom_end(text, at, stops)


def test_the_sentence_of_a_mention() -> None:
    text = "Chest pain. No fever; K 7 haemolysed\nrepeat 5"
    at = text.index("K 7")
    lo, hi = sentence_start(text, at), sentence_end(text, at)
    assert text[lo:hi] == " K 7 haemolysed"
    # a caller's own stops: ';' kept inside
    lo, hi = sentence_start(text, at, ".\n"), sentence_end(text, at, ".\n")
    assert text[lo:hi] == " No fever; K 7 haemolysed"


def test_no_stop_gives_the_whole_text() -> None:
    assert (sentence_start("abc", 2), sentence_end("abc", 1)) == (0, 3)


def test_re_exported_for_the_stage_agents() -> None:
    assert _text.sentence_start is sentence_start
    assert _text.sentence_end is sentence_end


# --- the reader rules (second landing) ----------------------------------------------


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _read(kb, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.concept, f.status) for f in extract_findings(text, kb)}


@pytest.mark.parametrize(
    "text",
    [
        "Pressing the left lower ribs reproduces it exactly.",
        "Palpation over left lower ribs reproduces the pain.",
        "Pressure over the 4th costochondral junction reproduced her pain.",
        "Firm pressure on the sternum reproduces his pain.",
    ],
)
def test_a_pressure_that_reproduces_the_pain(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """AHA/ACC 2021 4.1.1: a pain reproduced by palpation of the chest wall."""
    assert ("reproducible_chest_pain", "present") in _read(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pressing the sternum does not reproduce the pain.",
        "Pressing the chest wall did not reproduce it.",
        "A pressing chest pain reproduced on exertion.",
        "Chest pressure reproduced by walking up the stairs.",
        "Pressing the left upper quadrant reproduces it.",
    ],
)
def test_guard_no_pressure_reproduction(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "reproducible_chest_pain" not in {c for c, _ in _read(kb, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Abdomen tensely distended with ascites, breathless lying flat.",
        "Alcohol-related cirrhosis with ascites, tense abdomen for a week.",
        "Cirrhosis. Gross ascites, the abdomen is tense.",
    ],
)
def test_a_tense_abdomen_with_ascites(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """EASL 2018 / BSG 2021: grade 3 (tense) ascites."""
    assert ("tense_ascites", "present") in _read(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tense and anxious. Known ascites.",
        "Abdomen soft, not tense. Mild ascites.",
        "Abdomen tense and guarded, rigid. No ascites on the scan.",
        "Abdomen tensely distended, tympanic. Vomiting.",
    ],
)
def test_guard_no_tense_ascites(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("tense_ascites", "present") not in _read(kb, text)


def test_the_diagnostic_tap_count_is_ascitic() -> None:
    """EASL 2018: the diagnostic paracentesis decides SBP (>= 250/mm3)."""
    low = result_findings("Cirrhosis. Diagnostic tap: PMN 40 cells/mm3.")
    high = result_findings("Peritoneal tap: neutrophils 300/mm3.")
    assert "ascitic_pmn_normal" in {f.concept for f in low}
    assert "ascitic_pmn_high" in {f.concept for f in high}


def test_guard_a_spinal_tap_is_no_ascitic_tap() -> None:
    assert not [
        r
        for r in read_results("Spinal tap: neutrophils 300/mm3.")
        if r.analyte == "ascitic_pmn"
    ]


def test_not_on_anticoagulants_is_an_absence(kb) -> None:  # type: ignore[no-untyped-def]
    """ConText NEGATED; NICE NG232 asks for current anticoagulant treatment."""
    assert ("anticoagulation", "absent") in _read(kb, "Not on anticoagulants.")
    assert ("anticoagulation", "present") in _read(kb, "On anticoagulants for AF.")


def test_no_improvement_after_nebs_negates_nothing(kb) -> None:  # type: ignore[no-untyped-def]
    """NegEx / medspaCy PSEUDO "no improvement": the treatment failed."""
    text = "Wheeze with no improvement after three nebs, unable to complete sentences."
    assert ("severe_respiratory_distress", "present") in _read(kb, text)
    assert ("wheezing", "absent") in _read(kb, "No improvement after nebs, no wheeze.")


def test_a_finished_treatment_closes_the_episode(kb) -> None:  # type: ignore[no-untyped-def]
    """ConText historical: "after finishing treatment for a DVT"."""
    text = "Stopped apixaban 3 months ago after finishing treatment for a DVT."
    assert ("dvt", "historical") in _read(kb, text)
    still = "Completed a course of antibiotics for a UTI but still has dysuria."
    assert ("uti", "present") in _read(kb, still)


@pytest.mark.parametrize(
    "text",
    [
        "Productive cough. PE: chest: coarse crackles right base.",
        "PE: General: alert. Chest clear.",
        "Exam\nPE: HS I+II, chest clear",
    ],
)
def test_pe_heading_an_examination_is_no_embolism(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """Oxford Handbook of Emergency Medicine: "PE:" = physical examination."""
    assert "pulmonary_embolism" not in {c for c, _ in _read(kb, text)}


@pytest.mark.parametrize(
    "text", ["CTPA: PE in the right lower lobe.", "PE: Wells 2, D-dimer sent."]
)
def test_guard_pe_the_disease_stays(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "pulmonary_embolism" in {c for c, _ in _read(kb, text)}


def test_an_act_that_does_not_reproduce_the_pain(kb) -> None:  # type: ignore[no-untyped-def]
    """NegEx post-negation: "pressing on the sternum does not reproduce it"."""
    text = "Pressing on the sternum does not reproduce it."
    assert ("reproducible_chest_pain", "absent") in _read(kb, text)
    assert ("reproducible_chest_pain", "absent") in _read(
        kb, "Pressing on the sternum failed to reproduce the pain."
    )
    assert ("reproducible_chest_pain", "present") in _read(
        kb, "Pressing on the chest wall reproduces it."
    )


# --- third block: times in words, a complaint opening with its duration ---------------


def test_onset_in_words() -> None:
    """ESC 2023 / NICE NG228: the time from onset, written in words."""
    assert onset_hours("Sudden severe headache, started three hours ago.") == 3.0
    assert onset_hours("Nosebleed for two hours that will not stop.") == 2.0
    assert onset_hours("Splashed in the eye ten minutes ago.") == pytest.approx(1 / 6)
    assert onset_hours("Two weeks of cough.") is None  # days and weeks: no onset


def test_a_ct_within_six_hours_in_words_excludes_sah() -> None:
    """Perry JJ et al. BMJ 2011: a normal CT within 6 h of onset excludes SAH."""
    text = "Thunderclap headache. CT head at four hours after onset is normal."
    assert "ct_head_negative_early" in {f.concept for f in result_findings(text)}
    late = "Thunderclap headache. CT head at eight hours after onset is normal."
    assert "ct_head_negative_early" not in {f.concept for f in result_findings(late)}


def test_a_complaint_opening_with_its_duration_is_current(kb) -> None:  # type: ignore[no-untyped-def]
    """ConText: a recent time marks a current mention after a history trigger."""
    text = "Known myasthenia gravis, three days of drooping eyelids and a weak voice."
    assert ("ptosis", "present") in _read(kb, text)
    assert ("hypertension", "historical") in _read(kb, "Known HTN, DM, CAD.")


def test_a_bare_diagnostic_tap_needs_ascites_named() -> None:
    """medgi46: a knee's "diagnostic tap" is another fluid (EASL 2018 is ascites)."""
    knee = read_results("Hot knee. Diagnostic tap: neutrophils 90.")
    assert not [r for r in knee if r.analyte == "ascitic_pmn"]
    ascites = read_results("Cirrhosis with ascites. Diagnostic tap: PMN 40 cells/mm3.")
    assert [r.value for r in ascites if r.analyte == "ascitic_pmn"] == [40.0]

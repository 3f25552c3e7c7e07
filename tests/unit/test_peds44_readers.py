"""Readers of peds44: a convulsion worded as still happening (APLS; ILAE 2015), a
fitting that is no fit, false labour's words (ACOG PB 171 2016; ACOG FAQ 004), an
uncomplicated low-voltage shock (Arnoldo 2006) and days of fever (NICE NG143).
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._esi_patterns import low_voltage_spans
from agents.offline.rules._seizure_course import seizure_course_spans
from agents.offline.rules.fever_days import fever_days
from agents.offline.rules.findings import FITTING_NOT_A_FIT, extract_findings
from agents.offline.rules.labour_words import false_labour_spans

KB = load_knowledge()


def _present(text: str) -> set[str]:
    return {f.concept for f in extract_findings(text, KB) if f.status == "present"}


def _course(text: str) -> set[str]:
    return {c for c, _, _ in seizure_course_spans(text)}


def test_still_having_a_seizure_is_convulsing_now() -> None:
    assert "convulsing_now" in _course("still having a generalised tonic-clonic fit")
    assert "convulsing_now" in _course("He is having a fit in the waiting room.")
    assert "convulsing_now" in _course("Still jerking all four limbs on arrival.")


def test_a_seizure_frequency_is_not_convulsing_now() -> None:
    assert "convulsing_now" not in _course("She is having seizures every day.")
    assert "convulsing_now" not in _course("is having fits more often since May")


def test_light_fitting_is_not_a_seizure() -> None:
    assert "seizure" not in _present("Shock while changing a light fitting.")
    assert "seizure" not in _present("He was fitting a new socket when it happened.")
    assert "seizure" in _present("She was fitting at home, now drowsy.")
    assert FITTING_NOT_A_FIT.search("a pipe fitting")
    assert not FITTING_NOT_A_FIT.search("fitting for 5 minutes")


def test_false_labour_words() -> None:
    assert false_labour_spans("tightenings on and off that settle when she rests")
    assert false_labour_spans("Tightenings irregular and painless.")
    assert false_labour_spans("Braxton Hicks contractions")
    assert not false_labour_spans("regular painful contractions every 3 minutes")


def test_irregular_alone_is_no_braxton_hicks() -> None:
    assert "braxton_hicks" not in _present("Pulse irregular, 110.")
    assert "braxton_hicks" in _present("irregular, painless tightenings since noon")


def test_low_voltage_shock_words_spared_only_when_uncomplicated() -> None:
    line = "shock from a 230 V socket, live wire, feels fine"
    assert "live wire" not in low_voltage_spans(line, line)
    lost = "shock from a 230 V socket, live wire, knocked out"
    assert "live wire" in low_voltage_spans(lost, lost)
    denied = "230 V plug, live wire, no loss of consciousness, no burns"
    assert "live wire" not in low_voltage_spans(denied, denied)
    high = "live wire, 11,000 volt line"
    assert "live wire" in low_voltage_spans(high, high)


def test_fever_days_read_from_one_source() -> None:
    assert fever_days(["3-year-old with 6 days of high fever"]) == 6
    assert fever_days(["fever for two days"]) == 0

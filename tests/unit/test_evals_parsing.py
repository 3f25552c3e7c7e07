"""Official (paper) parsers with their bugs, and the corrected parsers."""

from __future__ import annotations

import pytest

from evals.erreason import parsing as P


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immediate", "Immediate"),
        ("emergent", "Emergent"),
        ("Urgent", "Urgent"),
        ("Less Urgent", "Urgent"),  # official substring-order bug
        ("Non-Urgent", "Urgent"),  # official substring-order bug
        ("I would say ESI 4", None),
        ("", None),
        (None, None),
    ],
)
def test_paper_acuity_reproduces_substring_bug(text, expected):
    assert P.paper_parse_acuity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Less Urgent", "Less Urgent"),
        ("non-urgent", "Non-Urgent"),
        ("Emergent.", "Emergent"),
        ("Level: ESI 4", "Less Urgent"),
        ("I am not sure", None),
    ],
)
def test_corrected_acuity_matches_longest_label(text, expected):
    assert P.corrected_parse_acuity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OR Admit", "Admit"),  # official bug: Admit is checked first
        ("Transfer to Another Facility", "Transfer to Another Facility"),
        ("Reasoning: not safe to discharge.\nAdmit", "Admit"),
        ("Patient improved.\nObservation unit", "Observation"),
        # last line has no label: whole response, first label in LIST order
        ("Consider OR Admit vs AMA.\nUnsure", "Admit"),
        ("Would discharge home.\nno idea", "Discharge"),
        ("nothing useful", None),
    ],
)
def test_paper_disposition_last_line_then_list_order(text, expected):
    assert P.paper_parse_disposition(text) == expected


def test_corrected_disposition_is_exact():
    assert P.corrected_parse_disposition("OR Admit") == "OR Admit"
    assert P.corrected_parse_disposition("Send to L&D") == "Send to L&D"
    assert P.corrected_parse_disposition("Unsure") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J18.9 Pneumonia, unspecified", "J189"),
        ("[J18.9] Pneumonia", "J189"),
        ("I21.4 NSTEMI", "I214"),
        ("j18.9 pneumonia", None),  # lower case fails the official regex
        ("**J18.9** Pneumonia", None),  # markdown fails
        ("ICD-10: J18.9 Pneumonia", None),  # prefix fails
        ("J18.9", None),  # needs whitespace and a name
    ],
)
def test_paper_icd_regex_anchored_at_start(text, expected):
    assert P.paper_parse_icd(text) == expected


def test_corrected_icd_finds_code_anywhere():
    assert P.corrected_parse_icd("ICD-10: J18.9 Pneumonia") == "J189"
    assert P.corrected_parse_icd("**j18.9** pneumonia") == "J189"
    assert P.corrected_parse_icd("no code here") is None


def test_typed_answers_rendered_then_parsed_in_paper_mode():
    assert P.parse_acuity("Less Urgent", "paper") == "Urgent"
    assert P.parse_acuity("Less Urgent", "corrected") == "Less Urgent"
    assert P.parse_disposition("OR Admit", "paper") == "Admit"
    assert P.parse_disposition("OR Admit", "corrected") == "OR Admit"
    assert P.parse_icd("J18.9", "Pneumonia", "paper") == "J189"
    assert P.parse_icd("j18.9", "pneumonia", "paper") is None
    assert P.parse_icd("j18.9", "pneumonia", "corrected") == "J189"
    assert P.parse_acuity(None, "paper") is None

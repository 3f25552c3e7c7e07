"""neuro18: a headache's thunderclap onset and worst-ever severity written across a
sentence (ICHD-3 4.4: maximum intensity within a minute; Perry JJ et al. JAMA 2013
Ottawa SAH rule: "instantly peaking pain"; ACEP clinical policy, acute headache 2019).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import sign_findings


def _found(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in sign_findings(text)}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("sudden severe occipital headache at the gym", "thunderclap_headache"),
        ("Abrupt-onset bifrontal HA 1 h ago", "thunderclap_headache"),
        ("headache which came on like a bang while hoovering", "thunderclap_headache"),
        ("Headache, maximal within seconds, vomited", "thunderclap_headache"),
        ("HA onset was instantaneous", "thunderclap_headache"),
        ("headache, like being hit with a baseball bat", "thunderclap_headache"),
        ("headache 10/10 at onset", "thunderclap_headache"),
        ("occipital headache, worst of her life", "worst_headache"),
        ("headache - 'never had one like this'", "worst_headache"),
        ("pt c/o worst ever headache", "worst_headache"),
        ("HA is the worst he has ever had", "worst_headache"),
    ],
)
def test_onset_and_severity_wordings_are_read(text: str, concept: str) -> None:
    """The feature is read wherever the sentence puts it."""
    assert _found(text).get(concept) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Usual throbbing HA, gradual onset over 4h, same as previous attacks.",
        "Denies headache, chest pain came on suddenly.",
        "R arm weakness came on suddenly, mild headache since.",
        "h/o headaches that start suddenly.",
        "Headache for 3 days. Back pain came on like a bang.",
    ],
)
def test_other_onsets_are_not_the_headache(text: str) -> None:
    """Gradual onset, an absent or past headache, or another symptom's onset."""
    found = _found(text)
    assert found.get("thunderclap_headache") in (None, "absent", "historical")
    assert "worst_headache" not in found


def test_a_negated_onset_is_absent() -> None:
    """ConText: "not maximal at onset" states the feature absent."""
    assert _found("Headache, not maximal at onset, built up over hours") == {
        "thunderclap_headache": "absent"
    }

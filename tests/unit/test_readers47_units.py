"""readers47: one block per reader rule, each with its guards (issue 10).

Sources: Harkema H et al. ConText, J Biomed Inform 2009;42:839 (a modifier's scope
ends at a new finding with its own assertion; historical mentions); Chapman WW et al.
NegEx, J Biomed Inform 2001;34:301 (post-negations); Chapman BE et al. pyConText, J
Biomed Inform 2011;44:728 and medspaCy's context rules (a drug's indication);
AHA/ACC 2021 chest pain 4.1.1; EASL 2018 / BSG 2021 tense ascites; NICE CG124 hip
fracture 1.2.1; NICE NG232 2023 head injury 1.4.9 (> 30 min retrograde amnesia).
"""

from __future__ import annotations

import pytest

from agents import _text
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import context_status, extract_findings
from agents.offline.rules.retrograde_amnesia import retrograde_amnesia_spans
from agents.pathways_msk import _HIP
from cases.vitals import temperature_readings, text_temperature


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _read(kb, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(f.concept, f.status) for f in extract_findings(text, kb)}


def _status_of(text: str, words: str) -> str:
    start = text.index(words)
    return context_status(text, start, start + len(words))


# --- a "no" list ends at a limb sign opened by its adjective ------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("No head injury, sore hips, unable to stand.", "sore hips"),
        ("No chest pain, swollen left calf.", "swollen left calf"),
        ("Nil LOC, painful right wrist after the fall.", "painful right wrist"),
        ("No vomiting, tender left ankle.", "tender left ankle"),
    ],
)
def test_a_limb_sign_after_a_no_item_is_present(text: str, words: str) -> None:
    """ConText: a new finding with its own assertion ends the negation's scope."""
    assert _status_of(text, words) == "present"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("No fever, cough or sore throat.", "sore throat"),
        ("No cough, sore throat, runny nose.", "sore throat"),
        ("No head injury, sore hips or back pain.", "sore hips"),
        ("No sore hips.", "sore hips"),
        ("Denies fever, sore hips.", "sore hips"),
    ],
)
def test_guard_the_list_stays_negated(text: str, words: str) -> None:
    """NegEx: a symptom list, an 'or' list, and a denial's object list stay absent."""
    assert _status_of(text, words) == "absent"


def test_the_hip_reader_reads_the_plural() -> None:
    """NICE CG124 1.2.1: hip pain after a fall ("sore hips")."""
    texts = ["Fell at home. No head injury, sore hips, could not stand up."]
    assert _text.asserted(_HIP, texts)
    assert not _text.asserted(_HIP, ["Fell at home. No head injury, no sore hips."])


# --- a denial after a relative pronoun -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pressing on the chest wall, which did not reproduce the pain.",
        "Pressing the chest wall, which does not reproduce it.",
        "Pressing on the chest wall, that failed to reproduce the pain.",
    ],
)
def test_a_denial_after_which_is_no_reproducible_pain(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """NegEx post-negation; AHA/ACC 2021 4.1.1."""
    assert ("reproducible_chest_pain", "present") not in _read(kb, text)


def test_guard_which_reproduced_the_pain(kb) -> None:  # type: ignore[no-untyped-def]
    text = "Pressing on the chest wall, which reproduced the pain exactly."
    assert ("reproducible_chest_pain", "present") in _read(kb, text)


# --- a tense abdomen after a sentence on ascites ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Known cirrhosis with ascites. Abdomen tense, breathless lying flat.",
        "Liver disease, ascites on diuretics. Abdomen tensely distended.",
    ],
)
def test_a_tense_abdomen_after_the_ascites(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """EASL 2018 / BSG 2021: grade 3 (tense) ascites."""
    assert ("tense_ascites", "present") in _read(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cirrhosis, no ascites. Abdomen tense and guarded.",
        "Cirrhosis with ascites.\n\nAbdomen tense and guarded after the fall.",
        "Ascites resolved after the last drain. Abdomen tense, rigid.",
        "Known ascites. Abdomen soft, not tense.",
    ],
)
def test_guard_no_tense_ascites_across_sentences(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("tense_ascites", "present") not in _read(kb, text)


# --- a retrograde amnesia in words --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Denies LOC but cannot remember the events for an hour before the injury.",
        "No memory of the 45 minutes before the fall.",
        "Amnesic for 40 minutes before the crash.",
        "Can't recall half an hour prior to the impact.",
    ],
)
def test_a_retrograde_amnesia_of_30_minutes_or_more(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """NICE NG232 1.4.9: more than 30 minutes' retrograde amnesia."""
    assert retrograde_amnesia_spans(text)
    assert ("retrograde_amnesia", "present") in _read(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cannot remember the 10 minutes before the fall.",
        "Cannot remember the fall.",
        "Remembers the events before the injury.",
        "Cannot remember the last 2 hours of the film.",
    ],
)
def test_guard_a_short_or_undated_amnesia(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("retrograde_amnesia", "present") not in _read(kb, text)


# --- a drug's indication days ago is no symptom of today ----------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Took ondansetron for nausea 2 days ago after a takeaway.", "nausea"),
        ("Two weeks ago took ibuprofen for a headache.", "headache"),
        ("Was prescribed amoxicillin for a cough last week.", "cough"),
    ],
)
def test_a_past_indication_is_history(kb, text: str, concept: str) -> None:  # type: ignore[no-untyped-def]
    """pyConText INDICATION; ConText historical."""
    read = _read(kb, text)
    assert (concept, "present") not in read
    assert (concept, "historical") in read


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Given ondansetron for nausea in the ambulance.", "nausea"),
        ("Took paracetamol for the headache, which started 2 days ago.", "headache"),
        ("Took ondansetron for nausea, vomiting since this morning.", "nausea"),
        ("Nausea for 2 days, took ondansetron.", "nausea"),
    ],
)
def test_guard_a_current_indication_stays(kb, text: str, concept: str) -> None:  # type: ignore[no-untyped-def]
    assert (concept, "present") in _read(kb, text)


# --- the right lower quadrant named after its pain (peds47) -------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Abdominal pain now in the right lower quadrant.", "rlq_pain"),
        ("The pain has moved to the right iliac fossa.", "rlq_pain"),
        ("Tender with guarding in the right iliac fossa.", "rlq_tenderness"),
        ("Tenderness maximal over the RIF.", "rlq_tenderness"),
    ],
)
def test_the_rlq_named_after_its_pain(kb, text: str, concept: str) -> None:  # type: ignore[no-untyped-def]
    """Alvarado 1986 / Pediatric Appendicitis Score: RLQ pain, migration, tenderness."""
    assert (concept, "present") in _read(kb, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No pain in the right iliac fossa.", "rlq_pain"),
        ("Pain in the left iliac fossa.", "rlq_pain"),
        ("Not tender in the right lower quadrant.", "rlq_tenderness"),
        ("Tender in the right upper quadrant.", "rlq_tenderness"),
    ],
)
def test_guard_no_rlq_finding(kb, text: str, concept: str) -> None:  # type: ignore[no-untyped-def]
    assert (concept, "present") not in _read(kb, text)


# --- a faint's rapid recovery is no seizure's -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fainted in a hot queue after feeling sweaty. Back to normal in a minute.",
        "Collapsed at the bus stop, back to her normal self within a minute.",
    ],
)
def test_a_faint_recovery_is_no_seizure_recovery(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    """ESC 2018 syncope: spontaneous complete recovery."""
    assert "seizure_recovered" not in {c for c, _ in _read(kb, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Generalised seizure at home lasting 2 minutes, now back to normal.",
        "Collapsed and was jerking all four limbs, back to baseline after 20 minutes.",
        "Back to baseline.",
    ],
)
def test_guard_a_seizure_recovery_stays(kb, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("seizure_recovered", "present") in _read(kb, text)


# --- a carer-measured temperature without the word (NICE NG143) ----------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mother measured 38.3 at home last night.", 38.3),
        ("Dad took it at 38.6 this morning.", 38.6),
        ("Mum measured 38,4 C.", 38.4),
    ],
)
def test_a_carer_measured_temperature_is_read(text: str, value: float) -> None:
    """NICE NG143 1.2.1.1: a fever measured by a parent or carer counts."""
    assert [v for _, _, v in temperature_readings(text)] == [value]
    assert text_temperature(text) is None  # before the visit: no vital sign


@pytest.mark.parametrize(
    "text",
    ["Pulse measured 40 at rest.", "The AAA measured 55 mm.", "She measured 38 cm."],
)
def test_guard_other_measurements_are_no_temperature(text: str) -> None:
    assert temperature_readings(text) == []


def test_a_carer_measured_fever_is_the_patient_s(kb) -> None:  # type: ignore[no-untyped-def]
    text = "6 weeks old. Mother measured 38.3 at home last night. Feeding less."
    assert ("fever", "present") in _read(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "She took 40 paracetamol tablets last night.",
        "He took 40 at once.",
        "Mother measured his height, 38 in centimetres.",
    ],
)
def test_guard_a_count_is_no_temperature(text: str) -> None:
    assert temperature_readings(text) == []

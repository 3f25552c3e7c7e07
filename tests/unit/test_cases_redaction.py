import re

import pytest

from cases.models import Case, ClinicalNote, GoldLabels
from cases.redaction import (
    CODE_TOKEN,
    DIAGNOSIS_TOKEN,
    SCRUB_TOKEN,
    diagnosis_variants,
    redact_gold,
    redact_gold_text,
    redact_gold_with_counts,
    scrub_outcome_text,
)

SBO = GoldLabels(
    diagnosis_name="SBO (small bowel obstruction) (CMS code)", icd10_codes=("K56.609",)
)


def test_variants_cover_suffix_and_parenthetical_parts():
    variants = set(diagnosis_variants("SBO (small bowel obstruction) (CMS code)"))
    assert {
        "sbo (small bowel obstruction) (cms code)",
        "sbo",
        "small bowel obstruction",
    } <= variants


@pytest.mark.parametrize(
    "text",
    [
        "Dx: SBO (small bowel obstruction) (CMS code)",
        "likely sbo",
        "consistent with small  bowel\nobstruction",
        "recurrent SBOs",
        "code K56.609 noted",
        "code k56609 noted",
    ],
)
def test_gold_forms_are_redacted(text):
    out, counts = redact_gold_text(text, SBO)
    assert out is not None
    assert not re.search(r"(?i)sbo|small bowel obstruction|k56\.?609", out)
    assert sum(counts.values()) >= 1


def test_synonym_table_and_suffix_variants():
    gold = GoldLabels(diagnosis_name="Acute cystitis without hematuria (HCC)")
    out, _ = redact_gold_text(
        "UTI. Urinary tract infection. Acute cystitis without hematuria.", gold
    )
    assert out == f"{DIAGNOSIS_TOKEN}. {DIAGNOSIS_TOKEN}. {DIAGNOSIS_TOKEN}."


def test_head_before_comma_and_no_partial_word_hits():
    gold = GoldLabels(diagnosis_name="Pneumonia, unspecified organism")
    out, _ = redact_gold_text("Pneumonia on CXR; pneumonitis unlikely.", gold)
    assert out == f"{DIAGNOSIS_TOKEN} on CXR; pneumonitis unlikely."


def test_redact_gold_touches_note_and_one_liner_not_prior_notes():
    prior = ClinicalNote(
        note_key="n1",
        note_type="discharge_summary",
        patient_id="p",
        text="Old SBO, K56.609",
    )
    case = Case(
        patient_id="p",
        encounter_id="e",
        ed_note="SBO again, K56.609",
        one_liner="67F with SBO",
        prior_notes=(prior,),
    )
    out, counts = redact_gold_with_counts(case, SBO)
    assert out.ed_note == f"{DIAGNOSIS_TOKEN} again, {CODE_TOKEN}"
    assert out.one_liner == f"67F with {DIAGNOSIS_TOKEN}"
    assert out.prior_notes[0].text == "Old SBO, K56.609"
    assert counts == {"diagnosis": 2, "icd10": 1}
    assert redact_gold(case, GoldLabels()) == case


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Final dispo: admitted to medicine", "disposition"),
        ("plan admission; readmission risk", "disposition"),
        ("Patient was discharged home", "disposition"),
        ("transferred to OSH", "disposition"),
        ("left AMA", "disposition"),
        ("pt eloped", "disposition"),
        ("LWBS", "disposition"),
        ("patient expired at 03:10", "disposition"),
        ("placed in observation", "disposition"),
        ("triaged as Less Urgent", "acuity"),
        ("seen emergently", "acuity"),
        ("ESI level 2", "acuity"),
        ("triage acuity 2, visual acuity 6/6", "acuity"),
        ("coded R07.9 and K56609", "icd10"),
        ("HTN (I10)", "icd10"),
    ],
)
def test_scrub_removes_outcome_words_without_residue(text, kind):
    out, counts = scrub_outcome_text(text)
    assert out is not None and counts[kind] >= 1
    words = (
        r"admi(t|ss)|discharg|transfer|\bAMA\b|elope|LWBS|expire|observation|"
        r"urgent|emergent|ESI\s*level\s*\d|R07|K56|I10"
    )
    assert not re.search(words, out, re.IGNORECASE), out
    assert not re.search(r"\[REDACTED\][A-Za-z]|[A-Za-z]\[REDACTED\]", out)


def test_scrub_leaves_clinical_words_alone():
    text = (
        "Emergency department visit; administered aspirin; vitamin B12; "
        "T12 fracture; urgency; visual acuity 6/24 right."
    )
    out, counts = scrub_outcome_text(text)
    assert out == text and sum(counts.values()) == 0
    assert SCRUB_TOKEN not in (out or "")


def test_gold_redaction_is_memoised_by_digest_and_follows_the_gold():
    """A repeated (text, gold) pair is answered from memory with the same text and
    counts; another gold label redacts afresh; the memo keys are digests."""
    import cases.redaction as redaction
    from cases.models import Case, GoldLabels
    from cases.redaction import redact_gold_with_counts

    case = Case(
        patient_id="P-memo",
        encounter_id="E-memo",
        ed_note="Assessment: pneumonia (J18.9), improving. Memo probe 81c2.",
        one_liner="Cough and fever, pneumonia.",
        source="test",
    )
    gold = GoldLabels(diagnosis_name="Pneumonia", icd10_codes=("J18.9",))
    first, c1 = redact_gold_with_counts(case, gold)
    again, c2 = redact_gold_with_counts(case.model_copy(), gold)
    assert first.ed_note == again.ed_note and c1 == c2
    assert c1 == {"diagnosis": 2, "icd10": 1}
    assert "pneumonia" not in (first.ed_note or "").lower()
    other, c3 = redact_gold_with_counts(case, GoldLabels(diagnosis_name="Cough"))
    assert "pneumonia" in (other.ed_note or "") and c3 == {"diagnosis": 1}
    held = [*redaction._REDACTED._data, *redaction._PATTERNS._data]
    assert all(isinstance(k, bytes) and len(k) == 32 for k in held)


@pytest.mark.parametrize(
    "text",
    [
        "fever and foul-smelling vaginal discharge",
        "mucopurulent cervical discharge on speculum",
        "penile discharge for 3 days",
        "purulent discharge from the left ear",
        "no nipple discharge",
    ],
)
def test_scrub_keeps_a_discharge_that_is_a_body_fluid(text):
    """PID, urethritis, otitis: a discharge with a site or character is a finding."""
    out, counts = scrub_outcome_text(text)
    assert out == text and counts["disposition"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "discharge home with follow-up",
        "safe for discharge",
        "Discharge from the ED to home",
        "Discharge instructions given",
    ],
)
def test_scrub_still_removes_a_discharge_that_is_a_disposition(text):
    out, counts = scrub_outcome_text(text)
    assert out is not None and counts["disposition"] == 1
    assert not re.search(r"discharg", out, re.IGNORECASE), out

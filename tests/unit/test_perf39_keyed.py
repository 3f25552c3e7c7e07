"""perf39: fewer asks of a unique request, each answering exactly as before.

- ``agents._reads.keyed``: ``lab_results(a, text)`` is empty exactly for the
  analytes not in ``analytes_in(text)``, so a replay confirms its recorded empty
  results in one disjointness test; a plan replays exactly when every check does.
- ``cases.sections.presentation_part`` kept by the note's identity: the same answer
  as the split itself, the same part object on a repeat.
- ``cases.redaction.scrub_outcome_text`` keyed by ``text_digest``: the key
  ``digest((text,))`` was, the same scrubbed text.
"""

from __future__ import annotations

import random

from agents import _reads, _text
from agents.offline.rules import results
from benchmarks.api_load import Payloads, rows
from cases import redaction, sections
from cases.memo import digest, text_digest

_RESULTS = (
    "Sodium 128, K 5.1, Cr 1.8, troponin 0.05, lactate 4.2, Hb 7.1",
    "glucose 2.1 mmol/L; lithium 2.4",
    "troponin negative x2, lactate normal",
    "bilirubin 45 umol/L, ALT 300, INR 2.5, platelets 40",
    "CSF WBC 250, CSF glucose 1.2; urine sodium 10",
    "pH 7.1, HCO3 8, ketones 4.1, potassium 6.8",
    "no labs yet",
    "",
)


def _texts() -> list[str]:
    """Demo complaints and one-liners (plain and made unique) and result texts."""
    base = rows(41)
    out = [*_RESULTS]
    for payloads in (Payloads(base, unique=False), Payloads(base, unique=True)):
        for i in range(len(base)):
            row = payloads.next(i)["row"]
            for key in ("primarychiefcomplaintname", "One_Sentence_Extracted"):
                if row.get(key):
                    out.append(row[key])
    rng = random.Random(39)
    glued = [
        "; ".join(rng.sample(_RESULTS[:6], 2)) + " " + rng.choice(out)
        for _ in range(20)
    ]
    return [*out, *glued]


def test_lab_results_are_empty_exactly_for_the_analytes_not_present() -> None:
    analytes = sorted(results._ANALYTES)
    assert len(analytes) > 20
    seen_present = 0
    for text in _texts():
        present = results.analytes_in(text)
        for analyte in analytes:
            got = _text.lab_results(analyte, text)
            assert (got == ()) == (analyte not in present), (analyte, text)
            seen_present += analyte in present
    assert seen_present > 20  # texts with results of many analytes were read


def _checks(
    rng: random.Random, texts: tuple[str, str]
) -> tuple[tuple[int, _reads.Ask, object, object], ...]:
    """lab_results checks as a recorded run on ``texts`` holds them, and others."""
    out: list[tuple[int, _reads.Ask, object, object]] = []
    for analyte in rng.sample(sorted(results._ANALYTES), 25):
        pos = rng.randrange(2)
        out.append(
            (pos, _text.lab_results, analyte, _text.lab_results(analyte, texts[pos]))
        )
    for reader in (_text.text_results,):
        pos = rng.randrange(2)
        out.append((pos, reader, None, reader(None, texts[pos])))
    rng.shuffle(out)
    return tuple(out)


def test_a_plan_with_keyed_checks_replays_exactly_when_every_check_does() -> None:
    rng = random.Random(7)
    texts = _texts()
    replayed = failed = keyed_failed = 0
    for _ in range(200):
        recorded = (rng.choice(texts), rng.choice(texts))
        checks = _checks(rng, recorded)
        plan = _reads.Plan(checks)
        assert plan.absent  # the empty results are grouped
        assert plan.replays(recorded)
        again = tuple(t.encode().decode() for t in recorded)  # equal, new objects
        for new in [again, *((rng.choice(texts), rng.choice(texts)) for _ in range(8))]:
            got = plan.replays(new)
            assert got == _reads.replays(checks, new), (recorded, new)
            replayed += got
            failed += not got
            keyed_failed += any(
                not keys.isdisjoint(present(new[pos]))
                for pos, present, keys in plan.absent
            )
        assert not plan.replays((None, recorded[1]))
    assert replayed and failed and keyed_failed


def test_a_result_in_the_new_complaint_stops_the_replay() -> None:
    """An empty troponin recorded on one complaint is not replayed on one with it."""
    checks = ((0, _text.lab_results, "troponin_hs", ()),)
    plan = _reads.Plan(checks)
    assert plan.absent and not plan.rest
    first = ("".join(["chest ", "pain"]), "well")
    assert plan.replays(first)
    with_result = "".join(["chest pain, ", "hs-troponin 250 ng/L"])
    assert _text.lab_results("troponin_hs", with_result) != ()
    assert not plan.replays((with_result, "well"))


def test_a_non_empty_recorded_result_is_asked_as_recorded() -> None:
    text = _RESULTS[0]
    sodium = _text.lab_results("sodium", text)
    assert sodium
    plan = _reads.Plan(((1, _text.lab_results, "sodium", sodium),))
    assert not plan.absent and plan.rest
    assert plan.replays(("x", "".join(text)))
    assert not plan.replays(("x", "Sodium 140"))


def test_presentation_part_is_the_split_and_kept_by_identity() -> None:
    notes = [
        "HPI: chest pain.\nExam: normal.\nMedical Decision Making: ACS.\nPlan: admit",
        "HPI: cough.\nFinal Disposition and ED Course: home",
        "HPI: fall, no headings",
        "",
    ]
    for note in notes:
        first = sections.presentation_part(note)
        assert first == sections._presentation_part(note)
        again = sections.presentation_part(note)
        assert again[0] is first[0]
        copy = note.encode().decode()
        assert sections.presentation_part(copy) == first


def test_scrub_outcome_text_keeps_its_key_and_answer() -> None:
    text = "".join(["Dispo: admit to ICU, ESI 2, ", "I21.4 NSTEMI"])
    assert text_digest(text) == digest((text,))
    scrubbed, counts = redaction.scrub_outcome_text(text)
    redaction._SCRUBBED.clear()
    fresh, fresh_counts = redaction.scrub_outcome_text(text.encode().decode())
    assert (scrubbed, counts) == (fresh, fresh_counts)
    assert "[REDACTED]" in scrubbed and sum(counts.values()) >= 2

"""The indexed lexicon matcher must give exactly the full alternations' matches."""

from __future__ import annotations

import itertools
import random

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules._lexicon import full_matches, lexicon, matches, raw_matches
from cases.demo import DEMO_DIR
from cases.erreason import load_erreason

KB = load_knowledge()


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return lexicon(KB)


def _soups(terms: list[str], n: int, seed: int) -> list[str]:
    """Random texts of lexicon terms with case, spacing and hyphen variants."""
    rnd = random.Random(seed)
    seps = [" ", "  ", "-", "\n", ", ", ". ", "/", "'", "\u00a0", "x", "1", "", "("]
    pre = ["no ", "history of ", "PMH: ", "", "negative for ", "s/p "]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            term = rnd.choice(terms)
            r = rnd.random()
            if r < 0.3:
                term = term.upper()
            elif r < 0.5:
                term = term.title()
            elif r < 0.6:
                term = term.replace(" ", rnd.choice(["  ", "-", "\n"]))
            elif r < 0.7:
                term = term[: max(1, len(term) - 2)]  # truncated: must not match
            parts += [rnd.choice(pre), term, rnd.choice(seps)]
        out.append("".join(parts))
    return out


def test_lexicon_is_indexed(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.indexed and lex.ci_groups and lex.cs_groups


def test_indexed_equals_full_regex_on_term_soups(lex) -> None:  # type: ignore[no-untyped-def]
    texts = _soups(sorted(lex.lookup), 400, seed=7)
    hits = 0
    for text in texts:
        fast = raw_matches(lex, text)
        assert fast == full_matches(lex, text), text
        hits += len(fast)
    assert hits > 400  # the soups really contain matches


def test_indexed_equals_full_regex_on_demo_notes(lex) -> None:  # type: ignore[no-untyped-def]
    data = load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv")
    texts = [n.text for lc in data.cases for n in lc.case.prior_notes]
    for lc in data.cases:
        texts += [v for v in lc.case.model_dump().values() if isinstance(v, str)]
    assert len(texts) > 100
    for text in texts:
        assert raw_matches(lex, text) == full_matches(lex, text)


def test_case_folding_characters_take_the_full_path(lex) -> None:  # type: ignore[no-untyped-def]
    # U+017F (long s) matches "s" under re.IGNORECASE; the word index must not miss it.
    text = "denies \u017fhortness of breath and chest pain"
    assert raw_matches(lex, text) == full_matches(lex, text)
    assert any(m[2].lower().endswith("breath") for m in raw_matches(lex, text))


def test_matches_are_leftmost_longest_and_non_overlapping(lex) -> None:  # type: ignore[no-untyped-def]
    found = matches(lex, "Pt with chest pain and shortness of breath, no fever.")
    starts = [s for s, _, _ in found]
    assert starts == sorted(starts)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))
    assert {"chest_pain", "dyspnea", "fever"} <= {c for _, _, c in found}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # A term mixing spaces and hyphens was matched but never looked up, so the
        # span was consumed with no concept (review: no finding at all).
        ("continuous generalized tonic-clonic seizure", "status_epilepticus"),
        ("continuous generalized tonic clonic seizure", "status_epilepticus"),
        ("Continuous-generalized tonic-clonic seizure today", "status_epilepticus"),
    ],
)
def test_terms_with_spaces_and_hyphens_are_found(text: str, concept: str) -> None:
    assert concept in {c for _, _, c in matches(lexicon(KB), text)}

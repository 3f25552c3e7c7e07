"""population_of is memoised by a digest of its inputs: same answers, no text kept."""

from __future__ import annotations

import itertools

from cases import population as P
from cases.models import Demographics

TEXTS = (
    None,
    "",
    "28 yo F, positive urine hCG, LMP 7 weeks ago",
    "3 wk old girl with fever",
    "post-menopausal woman with chest pain",
    "is she pregnant? unsure",
)
DEMOGRAPHICS = (
    Demographics(),
    Demographics(age=28, sex="Female"),
    Demographics(age=40, sex="Male"),
    Demographics(age_days=21),
)


def test_memoised_answers_equal_the_computed_ones():
    for demo, (a, b) in itertools.product(
        DEMOGRAPHICS, itertools.product(TEXTS, repeat=2)
    ):
        for _ in range(2):  # the second call is served by the memo
            assert P.population_of(demo, (a, b)) == P._population_of(demo, (a, b))


def test_inputs_that_differ_get_their_own_entries():
    demo = Demographics()
    P._MEMO.clear()
    # the same characters placed or split differently over the texts
    P.population_of(demo, ("positive urine hCG", None))
    P.population_of(demo, (None, "positive urine hCG"))
    P.population_of(demo, ("positive urine", " hCG"))
    P.population_of(demo, ("positive urine hCG", ""))
    assert len(P._MEMO) == 4
    assert P.population_of(demo, ("negative hCG",)).pregnancy == "not_pregnant"
    assert P.population_of(demo, ("positive hCG",)).pregnancy == "pregnant"


def test_memo_is_bounded_and_holds_digests_only():
    for i in range(P._MEMO_SIZE + 50):
        P.population_of(Demographics(), (f"note {i}",))
    assert len(P._MEMO) <= P._MEMO_SIZE
    assert all(isinstance(k, bytes) and len(k) == 32 for k in P._MEMO)


NOTE = (
    "HPI: abdominal pain since this morning, no vaginal bleeding. "
    + "Exam: soft abdomen, mild suprapubic tenderness; BP 118/76. " * 20
    + "32/40 by dates? unsure. hCG pending. She is pregnant per the patient."
)
HEADS = (None, "", "positive", "positive urine", "bp", "G2P1 at", "not", "32")


def test_a_note_part_answers_once_and_the_same_as_a_scan():
    # ``_Joined``: a match starting in the complaint or one-liner may run into the
    # note part; one starting inside the part reads the part alone (kept by digest)
    for cc, ol in itertools.product(HEADS, repeat=2):
        for part in (NOTE, "hCG positive " + NOTE, "\n" + NOTE, NOTE + " 12/40"):
            texts = (cc, ol, part)
            joined = "\n".join(t for t in texts if t)
            for _ in range(2):  # the second pass reads the kept answers
                j = P._Joined(texts)
                assert j.text == joined
                for rx in (P._POSITIVE, P._BARE_FORTIETHS, P._NEGATIVE):
                    assert j.found(rx) == (rx.search(joined) is not None)
                got = j.starts(P._PREGNANT)
                assert got == [m.start() for m in P._PREGNANT.finditer(joined)]
                assert P._pregnancy(j) == P.pregnancy_from_text(joined)


def test_patterns_whose_start_reads_across_a_newline_are_scanned_whole():
    import re

    assert P._tail_apart(P._POSITIVE)
    assert not P._tail_apart(re.compile(r"(?<=\s)hcg"))  # a lookbehind on "\n"
    assert not P._within_lines(P._POSITIVE)  # \s* runs over the newline
    assert P._within_lines(P._PREGNANT)

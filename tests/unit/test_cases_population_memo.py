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

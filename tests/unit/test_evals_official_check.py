"""The harness in ``paper`` mode gives the official ER-Reason scripts' numbers.

The official scoring logic (ERREASON_SPEC §2.1-2.4 and §3: ``acuity.py``,
``disposition.py``, ``diag_evaluation.py``, ``sct_eval.py``) is re-expressed here in
plain Python, independently of ``evals.erreason``, and fed the same seeded synthetic
replies as the harness. The numbers must be identical, parser bugs included
(``Less Urgent``/``Non-Urgent`` read as ``Urgent``, ``OR Admit`` read as ``Admit``,
invalid replies left out of the acuity/disposition denominators).
"""

from __future__ import annotations

import random
import re

import pytest

from agents.schemas import BeliefUpdate, SCTStepResult
from cases.models import SCTStep
from evals.erreason.icd import CCSRMap, diagnosis_metrics
from evals.erreason.metrics import classification_metrics
from evals.erreason.parsing import (
    paper_parse_acuity,
    paper_parse_disposition,
    paper_parse_icd,
)
from evals.erreason.sct_metrics import dx_trajectory, dx_update

# -- the official logic, transcribed ------------------------------------------------

OFFICIAL_ACUITY = ["Immediate", "Emergent", "Urgent", "Less Urgent", "Non-Urgent"]
OFFICIAL_DISPOSITION = [
    "Discharge",
    "Admit",
    "Observation",
    "Transfer to Another Facility",
    "AMA",
    "OR Admit",
    "LWBS after Triage",
    "Send to L&D",
    "Expired",
    "Eloped",
]


def official_extract_acuity(text: str) -> str:
    for label in OFFICIAL_ACUITY:  # substring, list order: the released bug
        if label.lower() in text.lower():
            return label
    return text


def official_extract_disposition(text: str) -> str:
    last = text.strip().split("\n")[-1]
    for scope in (last, text):
        for label in OFFICIAL_DISPOSITION:
            if label.lower() in scope.lower():
                return label
    return text


def official_accuracy(preds: list[str], golds: list[str], labels: list[str]) -> float:
    valid = [(p, g) for p, g in zip(preds, golds, strict=True) if p in labels]
    return sum(p == g for p, g in valid) / len(valid)


_DX = re.compile(r"^\[?([A-Z]\d\d\.?[0-9A-Z]*)\]?\s+.+", re.DOTALL)


def official_icd(text: str) -> str | None:
    m = _DX.match(text.strip())
    return m.group(1).upper().replace(".", "") if m else None


def official_weighted_kappa(a: list[int], b: list[int]) -> float:
    labels = [-2, -1, 0, 1, 2]
    n = len(a)
    obs = [[0.0] * 5 for _ in labels]
    for x, y in zip(a, b, strict=True):
        obs[labels.index(x)][labels.index(y)] += 1 / n
    pa = [sum(row) for row in obs]
    pb = [sum(obs[i][j] for i in range(5)) for j in range(5)]
    w = [[abs(i - j) / 4 for j in range(5)] for i in range(5)]
    num = sum(w[i][j] * obs[i][j] for i in range(5) for j in range(5))
    den = sum(w[i][j] * pa[i] * pb[j] for i in range(5) for j in range(5))
    return 1 - num / den


def official_spearman(x: list[int], y: list[int]) -> float:
    def ranks(v: list[int]) -> list[int]:
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0] * len(v)
        for rank, i in enumerate(order, start=1):
            r[i] = rank
        return r

    rx, ry = ranks(x), ranks(y)
    n = len(x)
    d2 = sum((a - b) ** 2 for a, b in zip(rx, ry, strict=True))
    return 1 - 6 * d2 / (n * (n * n - 1))


# -- seeded synthetic replies --------------------------------------------------------


def _acuity_reply(rng: random.Random) -> str:
    word = rng.choice(OFFICIAL_ACUITY)
    return rng.choice(
        [word, word.lower(), f"ESI level: {word}.", "I cannot decide.", f"**{word}**"]
    )


def _disposition_reply(rng: random.Random) -> str:
    a, b = rng.sample(OFFICIAL_DISPOSITION, 2)
    return rng.choice(
        [a, f"Reasoning mentions {b}.\n{a}", f"{a}\nthen maybe", "unsure", "OR Admit"]
    )


@pytest.fixture(scope="module")
def rng() -> random.Random:
    return random.Random(20261201)


def test_acuity_accuracy_matches_the_official_script(rng):
    replies = [_acuity_reply(rng) for _ in range(400)]
    golds = [rng.choice(OFFICIAL_ACUITY) for _ in replies]
    official = official_accuracy(
        [official_extract_acuity(r) for r in replies], golds, OFFICIAL_ACUITY
    )
    ours = classification_metrics(
        [paper_parse_acuity(r) for r in replies], golds, OFFICIAL_ACUITY, "paper"
    )
    assert ours["accuracy"] == pytest.approx(official, abs=1e-12)
    assert "Less Urgent" not in {paper_parse_acuity(r) for r in replies}


def test_disposition_accuracy_matches_the_official_script(rng):
    replies = [_disposition_reply(rng) for _ in range(400)]
    golds = [rng.choice(OFFICIAL_DISPOSITION) for _ in replies]
    official = official_accuracy(
        [official_extract_disposition(r) for r in replies], golds, OFFICIAL_DISPOSITION
    )
    ours = classification_metrics(
        [paper_parse_disposition(r) for r in replies],
        golds,
        OFFICIAL_DISPOSITION,
        "paper",
    )
    assert ours["accuracy"] == pytest.approx(official, abs=1e-12)
    assert paper_parse_disposition("OR Admit") == "Admit"


def test_icd_exact_category_and_ccsr_match_the_official_script(rng):
    codes = ["J18.9", "J18.1", "I21.4", "N39.0", "K57.92", "R07.9", "S93.401A"]
    cats = {
        "J189": {"RSP002"},
        "J181": {"RSP002"},
        "I214": {"CIR009"},
        "N390": {"GEN004"},
        "K5792": {"DIG021"},
        "R079": {"SYM012"},
        "S93401A": {"INJ016"},
    }
    ccsr = CCSRMap()
    for code in codes:
        for cat in cats[code.replace(".", "")]:
            ccsr.add(code, cat, "Y", "N")
    replies, gold_sets = [], []
    for _ in range(300):
        code = rng.choice(codes)
        replies.append(
            rng.choice(
                [f"{code} Some name", f"[{code}] Name", f"**{code}** bold", code, "?"]
            )
        )
        gold_sets.append(rng.sample(codes, rng.randint(1, 2)))
    official_preds = [official_icd(r) for r in replies]
    norm_golds = [{g.replace(".", "") for g in gs} for gs in gold_sets]
    exact = sum(
        p in g for p, g in zip(official_preds, norm_golds, strict=True) if p
    ) / len(replies)
    cat3 = sum(
        p[:3] in {c[:3] for c in g}
        for p, g in zip(official_preds, norm_golds, strict=True)
        if p
    ) / len(replies)
    ccsr_hits = sum(
        bool(cats.get(p, set()) & set().union(*(cats[c] for c in g)))
        for p, g in zip(official_preds, norm_golds, strict=True)
        if p
    ) / len(replies)
    ours = diagnosis_metrics([paper_parse_icd(r) for r in replies], gold_sets, ccsr)
    assert ours["exact"]["rate"] == pytest.approx(exact, abs=1e-12)
    assert ours["category3"]["rate"] == pytest.approx(cat3, abs=1e-12)
    assert ours["ccsr"]["rate"] == pytest.approx(ccsr_hits, abs=1e-12)


def test_sct_kappa_per_timestep_and_pooled_rho_match_the_official_script(rng):
    pool = ["acs", "pe", "aortic dissection", "gerd", "pneumothorax"]
    cases, gold_by_t, pred_by_t, rhos = [], {}, {}, []
    for _ in range(60):
        gold_steps, model_steps = [], []
        for t in (1, 2, 3):
            dx = rng.choice(pool)
            g_up, m_up = rng.randint(-2, 2), rng.randint(-2, 2)
            g_rank = rng.sample(range(1, 6), 5)
            m_order = rng.sample(pool, 5)
            gold_steps.append(
                SCTStep(
                    timestep=t,
                    differential=dx,
                    evidence="e",
                    gold_update=g_up,
                    gold_ranking=dict(zip(pool, g_rank, strict=True)),
                )
            )
            model_steps.append(
                SCTStepResult(
                    timestep=t,
                    updates=(BeliefUpdate(diagnosis=dx, update=m_up),),
                    ranking=tuple(m_order),
                )
            )
            gold_by_t.setdefault(t, []).append(g_up)
            pred_by_t.setdefault(t, []).append(m_up)
            rhos.append(official_spearman(g_rank, [m_order.index(d) + 1 for d in pool]))
        cases.append((gold_steps, model_steps))
    kappas = [official_weighted_kappa(gold_by_t[t], pred_by_t[t]) for t in (1, 2, 3)]
    ours = dx_update(cases, "paper")
    assert ours["kappa_mean"] == pytest.approx(sum(kappas) / 3, abs=1e-9)
    traj = dx_trajectory(cases)
    assert traj["dx_trajectory"] == pytest.approx(sum(rhos) / len(rhos), abs=1e-9)


def test_cross_stage_flag_lookup_is_last_row_wins_in_paper_mode():
    """``cross_stage_analysis.py`` builds a dict from the long table: last row wins."""
    ccsr = CCSRMap()
    ccsr.add("A41.9", "Septicemia", "Y", "N")
    ccsr.add("A41.9", "Other infection", "N", "N")
    flags: dict[str, str] = {}
    for code, flag in (("A419", "Y"), ("A419", "N")):  # the long table, in order
        flags[code] = flag
    official = flags["A419"] == "Y"
    assert ccsr.default_flag("A41.9", "inpatient", "paper") is official is False
    assert ccsr.default_flag("A41.9", "inpatient", "corrected") is True

"""The paired statistics of ``benchmarks.cpu_ab`` (perf45): ratios, intervals, the
A/A control's validity."""

from __future__ import annotations

import random

from benchmarks import cpu_ab


def _blocks(n: int, factor: float, noise: float, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    base = [rng.uniform(0.15, 0.35) for _ in range(n)]  # rows differ block to block
    return {
        "A": [x * rng.gauss(1, noise) for x in base],
        "B": [x * factor * rng.gauss(1, noise) for x in base],
        "A2": [x * rng.gauss(1, noise) for x in base],
    }


def test_median_ratio_is_paired() -> None:
    assert cpu_ab.median_ratio([1.0, 2.0, 4.0], [0.9, 1.8, 3.6]) == 0.9


def test_a_two_percent_change_is_resolved_with_a_valid_control() -> None:
    # a fixed draw (a 95 % interval misses 1 in 1 of 20 draws: seed 1 is one)
    got = cpu_ab.summary(_blocks(400, 0.98, 0.01, 2), seed=3)
    _lo, hi = got["B/A"]["median_ci"]
    assert hi < 1.0 and abs(got["B/A"]["geometric"] - 0.98) < 0.005
    assert got["control_valid_1pct"]
    glo, ghi = got["A2/A"]["geometric_ci"]
    assert glo <= 1.0 <= ghi


def test_a_noisy_control_is_not_valid() -> None:
    got = cpu_ab.summary(_blocks(40, 1.0, 0.1, 3), seed=4)
    assert not got["control_valid_1pct"]


def test_bootstrap_interval_brackets_the_estimate() -> None:
    cpu = _blocks(100, 0.95, 0.03, 5)
    lo, hi = cpu_ab.bootstrap(cpu["A"], cpu["B"], cpu_ab.median_ratio, seed=6)
    assert lo <= cpu_ab.median_ratio(cpu["A"], cpu["B"]) <= hi

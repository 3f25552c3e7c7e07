"""The learning-curve benchmark's subsampling and extrapolation."""

import numpy as np

from benchmarks.learned_curve import power_law, subsample


def test_subsample_is_stratified_and_keeps_rare_levels():
    y = np.array([1] * 4 + [3] * 40 + [4] * 56, dtype=np.int64)
    idx = np.arange(100, dtype=np.int64)
    sub = subsample(idx, y, 0.25, 0)
    counts = {k: int((y[sub] == k).sum()) for k in (1, 3, 4)}
    assert counts == {1: 2, 3: 10, 4: 14}  # a rare level keeps 2 rows
    assert len(set(sub.tolist())) == len(sub)
    assert np.array_equal(subsample(idx, y, 1.0, 0), idx)


def test_power_law_recovers_a_known_curve_and_says_when_70_is_out_of_reach():
    ns = [90.0, 180.0, 270.0, 360.0]
    rising = [100 * (0.9 - 2.0 * n**-0.5) for n in ns]
    fit = power_law(ns, rising)
    assert abs(fit["asymptote"] - 90.0) < 1.0
    assert fit["rows_for_70"] is not None and 90 < fit["rows_for_70"] < 150
    flat = [100 * (0.65 - 0.5 * n**-0.5) for n in ns]
    assert power_law(ns, flat)["rows_for_70"] is None

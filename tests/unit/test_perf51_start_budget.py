"""The integration tests' start-up budget counts the CPU spent since the wait began.

``tests/integration/_startup.StartBudget`` bounds a starting server by the CPU its
process tree spends. A replacement worker's wait compared the tree's lifetime CPU
(the supervisor's and the surviving worker's included) with the budget, and a
process that ended took its CPU out of the total, so the tree seemed idle until the
others had spent as much again (perf50, benchmarks/RESULTS.md). REAL processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.integration._startup import StartBudget, cpu_seconds, tree_cpu

_BURN = (
    "import time\nt = time.process_time()\nwhile time.process_time() - t < {s}: pass\n"
)


def _burn(seconds: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", _BURN.format(s=seconds)])


def test_cpu_spent_before_the_wait_is_not_counted() -> None:
    child = _burn(60)
    try:
        while cpu_seconds(child.pid) < 1.0:  # it has spent a second of CPU
            time.sleep(0.05)
        budget = StartBudget(child.pid, cpu_s=0.9, stall_s=600)
        assert budget.exceeded() is None  # lifetime 1 s > 0.9 s: not counted
        while (why := budget.exceeded()) is None:  # then 0.9 s more is
            time.sleep(0.05)
        assert "of CPU without being ready" in why
    finally:
        child.kill()
        child.wait()


def test_a_process_that_ends_takes_no_progress_with_it() -> None:
    """The tree's total falls when a child ends; the others' CPU still counts."""
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys\n"
            f"subprocess.run([sys.executable, '-c', {_BURN.format(s=1.5)!r}])\n"
            + _BURN.format(s=60),
        ]
    )
    try:
        while len(tree_cpu(parent.pid)) < 2:  # the first child runs
            time.sleep(0.02)
        budget = StartBudget(parent.pid, cpu_s=600, stall_s=600)
        while len(tree_cpu(parent.pid)) > 1:  # it ends after 1.5 s of CPU
            assert budget.exceeded() is None
            time.sleep(0.05)
        spent = budget.cpu
        own = tree_cpu(parent.pid)[parent.pid]
        while tree_cpu(parent.pid)[parent.pid] < own + 0.3:  # the parent burns on
            time.sleep(0.05)
        assert budget.exceeded() is None
        assert budget.cpu > spent  # counted at once, not after 1.5 s more
    finally:
        parent.kill()
        parent.wait()


def test_a_stopped_tree_is_hung() -> None:
    child = _burn(60)
    try:
        budget = StartBudget(child.pid, cpu_s=600, stall_s=0.5)
        os.kill(child.pid, 19)  # SIGSTOP
        time.sleep(0.1)
        budget.exceeded()
        time.sleep(1.0)
        assert "hung" in (budget.exceeded() or "")
    finally:
        child.kill()
        child.wait()

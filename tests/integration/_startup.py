"""Start-up deadlines that hold on a loaded box: counted in the server's own CPU time.

A wall-clock deadline (400 s for four API servers starting at once) failed on a
shared 2-core box at a load of 15-35: each server had had ~15 of the ~15-25 s of
CPU its start-up needs (perf49, benchmarks/RESULTS.md). A server that makes no
progress is still caught at once: it fails when it has spent ``cpu_s`` of CPU
without becoming ready (a start-up loop), when its CPU time has not moved for
``stall_s`` of wall time (a hang: a runnable process gets some CPU every second
even at a load of 35), or past ``wall_s`` in all. The CPU counted is what the tree
(the server and its descendants) spends from the wait's start on: a replacement
worker's wait does not count what the surviving worker spent before it, and a
process that ends takes none of the tree's progress with it (perf51).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of ``pid`` and its live descendants; 0 when gone."""
    return sum(tree_cpu(pid).values())


def tree_cpu(pid: int) -> dict[int, float]:
    """CPU time (user + system) of ``pid`` and of each live descendant, by pid."""
    out: dict[int, float] = {}
    for each in (pid, *_descendants(pid)):
        try:
            stat = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        out[each] = (int(stat[11]) + int(stat[12])) / _TICK
    return out


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(stat[1]), []).append(int(entry.name))
    out: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


class StartBudget:
    """Whether a starting server is still within its budget (see the module)."""

    def __init__(
        self,
        pid: int,
        cpu_s: float = 240.0,
        stall_s: float = 120.0,
        wall_s: float = 3000.0,
    ) -> None:
        self.pid = pid
        self.cpu_s, self.stall_s = cpu_s, stall_s
        self.started = self.moved_at = time.monotonic()
        self.wall_deadline = self.started + wall_s
        self.seen = tree_cpu(pid)  # what each process had spent before the wait
        self.cpu = 0.0  # spent since the wait began

    def exceeded(self) -> str | None:
        """A reason to give up, or None while the server may still come up."""
        now = time.monotonic()
        current = tree_cpu(self.pid)
        # a process new since the last look counts from 0; one that ended is dropped
        moved = sum(max(0.0, c - self.seen.get(p, 0.0)) for p, c in current.items())
        self.seen = current
        if moved > 0:
            self.cpu, self.moved_at = self.cpu + moved, now
        if self.cpu > self.cpu_s:
            return f"{self.cpu:.0f} s of CPU without being ready"
        if now - self.moved_at > self.stall_s:
            return f"no CPU used for {self.stall_s:.0f} s (hung)"
        if now > self.wall_deadline:
            return f"not ready after {now - self.started:.0f} s"
        return None

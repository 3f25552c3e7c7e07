"""Start-up deadlines that hold on a loaded box: counted in the server's own CPU time.

A wall-clock deadline (400 s for four API servers starting at once) failed on a
shared 2-core box at a load of 15-35: each server had had ~15 of the ~15-25 s of
CPU its start-up needs (perf49, benchmarks/RESULTS.md). A server that makes no
progress is still caught at once: it fails when it has spent ``cpu_s`` of CPU
without becoming ready (a start-up loop), when its CPU time has not moved for
``stall_s`` of wall time (a hang: a runnable process gets some CPU every second
even at a load of 35), or past ``wall_s`` in all.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of ``pid`` and its live descendants; 0 when gone."""
    total = 0.0
    for each in (pid, *_descendants(pid)):
        try:
            stat = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        total += (int(stat[11]) + int(stat[12])) / _TICK
    return total


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
        self.cpu = cpu_seconds(pid)

    def exceeded(self) -> str | None:
        """A reason to give up, or None while the server may still come up."""
        now = time.monotonic()
        cpu = cpu_seconds(self.pid)
        if cpu > self.cpu:
            self.cpu, self.moved_at = cpu, now
        if cpu > self.cpu_s:
            return f"{cpu:.0f} s of CPU without being ready"
        if now - self.moved_at > self.stall_s:
            return f"no CPU used for {self.stall_s:.0f} s (hung)"
        if now > self.wall_deadline:
            return f"not ready after {now - self.started:.0f} s"
        return None

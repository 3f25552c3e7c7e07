"""The reading-set check shared by the table-driven reading tests.

``not_present``: the concept must not be read present (absent or not found); any other
status must be the only status the concept gets in the sentence.
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings


def assert_read(text: str, concept: str, want: str) -> None:
    """Assert that ``concept`` is read in ``text`` with the status ``want``."""
    got = {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }
    if want == "not_present":
        assert "present" not in got
    else:
        assert got == {want}

"""signs15 (issue 10): negation words, measured signs and the signs coverage table.

``docs/signs_coverage.md`` lists written signs, what they are read as and the
log-likelihood ratio they give their diagnosis; every "after" column is checked here
against the live knowledge base, so the table cannot drift from the code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings, sign_findings
from agents.offline.rules.results import result_findings

DOC = Path(__file__).resolve().parents[2] / "docs" / "signs_coverage.md"
KB = load_knowledge()


def _status(text: str) -> dict[str, str]:
    found = [*extract_findings(text, KB), *result_findings(text)]
    return {f.concept: f.status for f in found}


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        ("Afebrile, HR 88.", "fever", "absent"),
        ("Not afebrile: 38.9 at home.", "fever", "present"),
        ("Neck supple, no rash.", "neck_stiffness", "absent"),
        ("Non-bilious vomiting after feeds.", "bilious_vomiting", "absent"),
        ("Projectile non-bilious vomiting", "projectile_vomiting", "present"),
        ("Non-bilious vomiting after feeds.", "vomiting", "present"),
        ("Non-bloody diarrhoea for 2 days.", "diarrhea", "present"),
        ("Abdomen soft, non-tender.", "abdominal_tenderness", "absent"),
        ("Cremasteric reflex present bilaterally.", "absent_cremasteric", "absent"),
        ("He has no wheezing and is breathing comfortably.", "respiratory_distress",
         "absent"),
    ],
)  # fmt: skip
def test_negation_words_state_a_concept_absent(
    text: str, concept: str, status: str
) -> None:
    """A negation word ("afebrile") is its concept absent; negated, present."""
    assert _status(text).get(concept) == status


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Bedside ultrasound: infrarenal aorta 7 cm.", "us_aaa"),
        ("POCUS of the aorta: abdominal aorta measuring 5.5 cm", "us_aaa"),
        ("POCUS of the aorta: 4.1 cm", "us_aaa"),
        ("She took 40 paracetamol tablets last night.", "overdose"),
        ("swallowed a whole bottle of pills", "overdose"),
        # tox19 (fail on main): a whole container or a supply of a named drug
        ("took his whole box of metoprolol with intent", "overdose"),
        ("swallowed a month's supply of her lithium", "overdose"),
        ("took a full pack of ibuprofen", "overdose"),
        ("BP right arm 182/100, left arm 148/84.", "pulse_deficit"),
    ],
)
def test_measured_signs_are_read(text: str, concept: str) -> None:
    """SVS 2018 (aorta >= 3 cm), a tablet count >= 10, ACC/AHA 2022 (SBP >= 20)."""
    assert [f.concept for f in sign_findings(text)] == [concept]


@pytest.mark.parametrize(
    "text",
    [
        "Bedside ultrasound: abdominal aorta 2.1 cm.",
        "Echo: ascending aorta 4.1 cm.",
        "Took 2 tablets of ibuprofen for the pain.",
        "taking his usual supply of insulin",  # tox19 guard: no container taken
        "BP right arm 122/80, left arm 118/78.",
        "BP right arm 150/90. Later: left arm 120/80.",
    ],
)
def test_normal_measurements_are_no_sign(text: str) -> None:
    """A normal aorta, a dose, equal arms (or two sentences) give nothing."""
    assert sign_findings(text) == ()


def test_a_planned_or_conditional_count_is_not_an_overdose() -> None:
    """ConText: "if she took 30 tablets" is hypothetical, not a finding."""
    (found,) = sign_findings("Poison centre advice if she took 30 tablets.")
    assert found.status == "hypothetical"


_ROW = re.compile(
    r"^\| (\d+) \| (.+?) \| (\w+) \| .+? \| .+? \| (.+?) \| (.+?) \| .*\|$"
)


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m:
            rows.append((m.group(2), m.group(3), m.group(4), m.group(5)))
    return rows


def test_the_table_lists_the_signs() -> None:
    """The table exists and holds every sign row."""
    assert len(_rows()) >= 50


@pytest.mark.parametrize(("text", "dx", "read", "weight"), _rows())
def test_each_table_row_matches_the_knowledge_base(
    text: str, dx: str, read: str, weight: str
) -> None:
    """docs/signs_coverage.md 'after' columns: the concepts read and the summed
    log-LR (findings_for, then ' / ' findings_against) the diagnosis gives them."""
    status = _status(text)
    for item in read.split(", "):
        concept = item.removeprefix("not ")
        want = "absent" if item.startswith("not ") else "present"
        assert status.get(concept) == want, (text, item, status)
    spec = KB.diagnoses[dx]
    present = {c for c, s in status.items() if s == "present"}
    absent = {c for c, s in status.items() if s == "absent"}
    w_for = sum(abs(v) for c, v in spec.findings_for.items() if c in present)
    w_against = sum(
        v
        for c, v in spec.findings_against.items()
        if (
            c.removeprefix("absent:") in absent
            if c.startswith("absent:")
            else c in present
        )
    )
    parts = weight.split(" / ")
    assert float(parts[0]) == pytest.approx(round(w_for, 2))
    assert float(parts[1] if len(parts) > 1 else 0) == pytest.approx(
        round(w_against, 2)
    )

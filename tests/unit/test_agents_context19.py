"""How far a history trigger reaches over the items of its statement (context19).

ConText (Harkema H et al. J Biomed Inform 2009;42:839): a historical trigger covers
the items of its statement; an item with a present-time word, its own onset, or a
side or severity that describes today's complaint starts a new statement, except a
chronic condition of the list and the residual deficit of a past brain or cord lesion
(AHA/ASA 2019: the deficit that counts is the new one).
"""

from __future__ import annotations

import re

import pytest

from agents._text import asserted
from agents.offline.knowledge import load_knowledge
from agents.offline.rules._esi_patterns import PATTERNS
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import haemolysed_potassium, read_results
from agents.pathways_acute import _CORD_DEFICIT
from cases.population import gestation_weeks_from_text, pregnancy_from_text


def _status(text: str, target: str) -> str:
    pos = text.lower().find(target.lower())
    hits = [
        f for f in extract_findings(text, load_knowledge()) if f.start <= pos < f.end
    ]
    return hits[0].status if hits else "not_found"


@pytest.mark.parametrize(
    ("text", "target", "status"),
    [
        ("Previous CVA, L hemiparesis.", "hemiparesis", "historical"),
        ("H/o stroke, R-sided weakness, dysphasia.", "dysphasia", "historical"),
        ("Known MS, bilateral leg weakness.", "leg weakness", "historical"),
        ("Known COPD, severe emphysema.", "emphysema", "historical"),
        # today's statements after the history
        ("H/o stroke, R hemiparesis, now new L arm weakness.", "L arm", "present"),
        ("H/o stroke, new L arm weakness.", "L arm", "present"),
        (
            "H/o CVA, L hemiparesis and slurred speech since 09:00.",
            "hemiparesis",
            "present",
        ),
        ("Known AF, R arm weakness.", "R arm weakness", "present"),
        ("Known cluster headache, usual severe L orbital pain.", "orbital", "present"),
        # guards
        ("Known HTN, DM, CAD.", "CAD", "historical"),
    ],
)
def test_history_scope_over_its_items(text: str, target: str, status: str) -> None:
    assert _status(text, target) == status


@pytest.mark.parametrize(
    ("text", "read", "haemolysed"),
    [
        ("K 6.8, haemolysed sample.", None, (6.8,)),
        ("Potassium 7.1 mmol/L (hemolyzed), Na 138.", None, (7.1,)),
        ("Haemolysed sample: Na 139, K 6.4, Cr 88.", None, (6.4,)),
        ("K 6.9 haemolysed, repeat K 5.0 non-haemolysed.", 5.0, (6.9,)),
        # guards: a valid sample, a low value (haemolysis only raises it), in vivo
        ("K+ 6.7, non-haemolysed.", 6.7, ()),
        ("K 3.1 (haemolysed).", 3.1, ()),
        ("K 6.6. LDH high, haemolysis on the film.", 6.6, ()),
    ],
)
def test_a_haemolysed_potassium_is_not_read(
    text: str, read: float | None, haemolysed: tuple[float, ...]
) -> None:
    """UK Kidney Association 2020: pseudohyperkalaemia from a haemolysed sample."""
    values = [r.value for r in read_results(text) if r.analyte == "potassium"]
    assert values == ([] if read is None else [read])
    assert haemolysed_potassium(text) == haemolysed


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Low back pain, numb between the legs.", True),
        ("Back pain; can't feel the toilet paper when wiping.", True),
        ("Back pain, wet myself on the way here.", True),
        ("Back pain, cannot pass urine since noon.", True),
        ("Back pain with saddle anaesthesia.", True),
        # guards
        ("Back pain, numbness in the bottom of the left foot.", False),
        ("Back pain, no saddle anaesthesia, passing urine normally.", False),
    ],
)
def test_both_readers_share_the_cauda_equina_words(text: str, flag: bool) -> None:
    """GIRFT 2023 / NICE CKS: the triage pattern and the spinal pathway agree."""
    triage = next(p for p in PATTERNS if "cauda equina" in p.name).pattern
    assert isinstance(triage, re.Pattern)
    assert asserted(_CORD_DEFICIT, (text,)) is flag
    assert asserted(triage, (text,)) is flag


@pytest.mark.parametrize(
    ("text", "pregnancy", "weeks"),
    [
        ("G2P1, 32/40, reduced fetal movements.", "pregnant", 32),
        ("Pregnant, 32/40, headache.", "pregnant", 32),
        ("Primip 36/40 with abdominal pain.", "pregnant", 36),
        # guards: a blood pressure, an acuity, other senses of obstetric words
        ("BP 120/40, HR 110.", "unknown", None),
        ("BP 85/40 in a G2P1.", "unknown", None),
        ("VA 20/40 right eye, contractions?", "unknown", None),
        ("Back pain for 24 weeks, labour-intensive job.", "unknown", None),
        ("Laboured breathing for 24 weeks.", "unknown", None),
        ("Mucous membranes dry, cough for 26 weeks.", "unknown", None),
        ("Premature ventricular contractions for 30 weeks.", "unknown", None),
    ],
)
def test_gestation_in_weeks_of_forty(
    text: str, pregnancy: str, weeks: int | None
) -> None:
    """RCOG notation "32/40" in an obstetric note; ACOG/NICE gestational gates."""
    assert pregnancy_from_text(text) == pregnancy
    assert gestation_weeks_from_text(text) == (
        weeks if pregnancy == "pregnant" else None
    )

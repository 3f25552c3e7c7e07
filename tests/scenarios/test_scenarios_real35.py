"""real35 (issue 10): causes found reading traces of real read-half visits.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- Gabow PA et al. N Engl J Med 1980;303:854; Kraut JA, Madias NE. Clin J Am Soc
  Nephrol 2007;2:162; Tintinalli 9th ed. ch. 15: an anion gap of 20 mmol/L or more
  is an organic acidosis in most patients: the acid is looked for (gas, lactate,
  ketones, urea, osmolality, salicylate), and a minor electrolyte result that leaves
  the gap unexplained is not the final diagnosis.
- Workowski KA et al. CDC STI treatment guidelines 2021 (sexual assault and abuse);
  CDC nPEP 2016; WHO 2013: after an acute sexual assault, pregnancy test, emergency
  contraception, STI prophylaxis, HIV post-exposure prophylaxis assessed within 72 h,
  and a forensic examination by a trained examiner.

Each scenario asserts safety properties and failed on base 8c19b8c before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ACID_WORK_UP = ("ketone", "beta-hydroxybutyrate", "osmolality")
_PEP = ("post-exposure prophylaxis", "pep")
_EC = ("emergency contraception", "levonorgestrel", "ulipristal")


def _confident_final(out: ReasoningOutput, word: str) -> bool:
    """Whether the final diagnosis names ``word`` and carries no caveat flag."""
    for record in out.trace:
        if record.stage == "diagnosis" and record.output is not None:
            name = (getattr(record.output, "name", "") or "").lower()
            return word in name and not record.flags
    return False


def _gap_note(gap: int, bicarbonate: int) -> str:
    return (
        "Labs: sodium 138 mmol/L, potassium 4.2 mmol/L, chloride 100 mmol/L, "
        f"bicarbonate {bicarbonate} mmol/L, anion gap {gap} mmol/L, "
        "magnesium 0.55 mmol/L, creatinine 80 umol/L."
    )


def test_marked_anion_gap_gets_the_acid_looked_for(reason: Reason) -> None:
    """Laboratory results only (no complaint, no vital signs), at 78: an anion gap of
    26 mmol/L with a bicarbonate of 20 beside a low magnesium (Gabow 1980: a gap of
    20 or more is an organic acidosis in most patients, even when a second disorder
    holds the bicarbonate up; Kraut and Madias 2007: lactate, ketones, uraemia,
    toxins are measured): the acid is worked up, and hypomagnesaemia is not a
    confident final diagnosis that leaves the gap unexplained."""
    out = reason(make_case("", age=78, sex="F", ed_note=_gap_note(26, 20)))
    assert O.ordered(out, *_ACID_WORK_UP)
    assert not _confident_final(out, "hypomagnes")


def test_guard_mildly_raised_gap_gets_no_acid_work_up(reason: Reason) -> None:
    """Guard: an anion gap of 14 mmol/L with a normal bicarbonate (below Gabow's 20:
    most such gaps have no identifiable acid): no acid work-up is added."""
    out = reason(
        make_case(
            "generalised weakness",
            age=70,
            sex="F",
            vitals=vitals(80, 128, 74, 16, 98),
            ed_note=_gap_note(14, 25),
        )
    )
    assert not O.ordered(out, *_ACID_WORK_UP)


def test_acute_sexual_assault_gets_time_limited_prophylaxis(reason: Reason) -> None:
    """A 24-year-old woman sexually assaulted last night (CDC STI 2021 sexual
    assault; CDC nPEP 2016: within 72 h): a pregnancy test, emergency contraception,
    HIV post-exposure prophylaxis assessed and a forensic examiner."""
    out = reason(
        make_case(
            "sexual assault", age=24, sex="F", vitals=vitals(104, 126, 80, 18, 99)
        )
    )
    assert O.ordered(out, "pregnancy test", "hcg")
    assert O.medication_ordered(out, *_EC)
    assert O.ordered(out, *_PEP)
    assert O.ordered(out, "forensic", "sane")


def test_sexual_assault_of_a_man_gets_pep_without_contraception(
    reason: Reason,
) -> None:
    """A 30-year-old man raped (CDC 2021: the same STI and HIV prophylaxis; no
    pregnancy question): PEP assessed and STI prophylaxis, no emergency
    contraception."""
    out = reason(
        make_case("raped", age=30, sex="M", vitals=vitals(88, 130, 80, 16, 99))
    )
    assert O.ordered(out, *_PEP)
    assert O.ordered(out, "ceftriaxone", "sti prophylaxis")
    assert not O.medication_ordered(out, *_EC)


def test_guard_past_abuse_in_a_history_gets_no_prophylaxis(reason: Reason) -> None:
    """Guard: low mood in a 35-year-old with a history of childhood sexual abuse
    (no recent exposure: nPEP only within 72 h, CDC 2016): no PEP, no emergency
    contraception."""
    out = reason(
        make_case(
            "low mood",
            age=35,
            sex="F",
            vitals=vitals(78, 120, 76, 14, 99),
            ed_note="Low mood for 3 months. History of childhood sexual abuse. "
            "No thoughts of self-harm.",
        )
    )
    assert not O.ordered(out, *_PEP)
    assert not O.medication_ordered(out, *_EC)

"""real36 (issue 10): causes found reading traces of real read-half visits.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- Kiriyama S et al. Tokyo Guidelines 2018 diagnostic criteria of acute cholangitis.
  J Hepatobiliary Pancreat Sci 2018;25:17: A systemic inflammation (fever > 38 C, a
  white count < 4 or > 10 x 10^9/L), B-1 jaundice (total bilirubin >= 2 mg/dL);
  A with B is a suspected acute cholangitis: blood cultures, ultrasound for biliary
  dilatation (Miura F et al. TG18 flowchart).
- Kwo PY et al. ACG clinical guideline: evaluation of abnormal liver chemistries. Am J
  Gastroenterol 2017;112:18: a raised bilirubin is fractionated and the liver tests
  and synthetic function measured.

Each scenario asserts safety properties and failed on base df1ee18 before its fix,
unless named a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CULTURES = (r"blood cultures?",)
_RUQ_US = (r"right upper quadrant ultrasound", r"\bruq\b.{0,20}(?:ultrasound|us)")
_LIVER_TESTS = (r"fractionated", r"direct bilirubin", r"conjugated bilirubin")


def test_leukocytosis_with_raised_bilirubin_is_suspected_cholangitis(
    reason: Reason,
) -> None:
    """Laboratory results only (no complaint, no vital signs), at 66: a white count
    of 14.6 x 10^9/L and a total bilirubin of 53 umol/L (3.1 mg/dL). TG18 A (white
    count > 10) with B-1 (bilirubin >= 2 mg/dL) is a suspected acute cholangitis:
    blood cultures and a right upper quadrant ultrasound are ordered, cholangitis is
    considered, and the patient is not sent home."""
    note = (
        "Results: white cell count 14.6 x10^9/L, haemoglobin 13.1 g/dL, platelets "
        "240 x10^9/L, total bilirubin 53 umol/L, creatinine 84 umol/L."
    )
    out = reason(make_case("", age=66, sex="F", ed_note=note))
    assert O.ordered(out, *_RUQ_US)
    assert O.ordered(out, *_CULTURES)
    assert O.proposes(out, "cholangitis")
    assert O.disposition(out).disposition != "Discharge"


def test_fever_with_raised_bilirubin_gets_biliary_ultrasound(reason: Reason) -> None:
    """Fever of 38.7 C in a 58-year-old man whose bilirubin comes back at 2.8 mg/dL
    (TG18: fever is criterion A, a total bilirubin >= 2 mg/dL criterion B-1): a
    suspected acute cholangitis gets blood cultures and a right upper quadrant
    ultrasound whatever else leads."""
    note = (
        "Febrile since yesterday with rigors. Labs: total bilirubin 2.8 mg/dL, "
        "white cell count 9.1 x10^9/L."
    )
    out = reason(
        make_case(
            "fever",
            age=58,
            sex="M",
            vitals=vitals(104, 128, 76, 18, 97, 38.7),
            ed_note=note,
        )
    )
    assert O.ordered(out, *_RUQ_US)
    assert O.ordered(out, *_CULTURES)


def test_raised_bilirubin_gets_its_liver_tests(reason: Reason) -> None:
    """A 49-year-old with upper abdominal discomfort and a total bilirubin of 2.6
    mg/dL, afebrile with a normal white count (ACG 2017: fractionate the bilirubin,
    measure the liver enzymes and the liver's synthetic function): the liver tests
    are ordered."""
    note = "Labs: total bilirubin 2.6 mg/dL, white cell count 7.4 x10^9/L."
    out = reason(
        make_case(
            "epigastric discomfort",
            age=49,
            sex="F",
            vitals=vitals(82, 124, 78, 16, 98),
            ed_note=note,
        )
    )
    assert O.ordered(out, *_LIVER_TESTS)


def test_guard_normal_bilirubin_with_leukocytosis_is_no_cholangitis(
    reason: Reason,
) -> None:
    """Guard: a total bilirubin of 1.1 mg/dL is below TG18's B-1 (2 mg/dL): a white
    count of 15 with it raises no cholangitis and no biliary ultrasound."""
    note = "Results: white cell count 15.2 x10^9/L, total bilirubin 1.1 mg/dL."
    out = reason(make_case("", age=66, sex="F", ed_note=note))
    assert not O.ordered(out, *_RUQ_US)
    assert not O.proposes(out, "cholangitis")


def test_guard_direct_bilirubin_is_not_the_total(reason: Reason) -> None:
    """Guard: TG18's B-1 is the TOTAL bilirubin; a direct fraction of 2.2 mg/dL with a
    total of 1.6 is below it (no cholangitis suspected from the fraction)."""
    note = (
        "Results: white cell count 14.0 x10^9/L, direct bilirubin 2.2 mg/dL, "
        "total bilirubin 1.6 mg/dL."
    )
    out = reason(make_case("", age=70, sex="M", ed_note=note))
    assert not O.ordered(out, *_RUQ_US)


def test_guard_newborn_jaundice_is_not_cholangitis(reason: Reason) -> None:
    """Guard: TG18 is an adult guideline; a 5-day-old's total bilirubin of 14 mg/dL is
    neonatal jaundice (NICE CG98), not a suspected cholangitis."""
    note = "Yellow since day 3, feeding well. Total bilirubin 14 mg/dL."
    out = reason(
        make_case(
            "jaundice",
            age=0,
            sex="M",
            demographics={"age_days": 5},
            vitals=vitals(140, 70, 40, 44, 98, 37.0),
            ed_note=note,
        )
    )
    assert not O.proposes(out, "cholangitis")
    assert not O.ordered(out, *_RUQ_US)


def test_table_bilirubin_counts_as_cholestasis_for_the_gate(reason: Reason) -> None:
    """Fever 38.9 C at 71 with a results table printing 'Bilirubin, Total 3.2 mg/dL'
    and a white count of 16.1: TG18 B-1 is met (total bilirubin >= 2 mg/dL), so the
    cholangitis antibiotic is not withheld as 'no cholestasis documented'."""
    note = (
        "ED laboratory results:\nWhite Blood Cells 16.1 K/uL (abnormal)\n"
        "Bilirubin, Total 3.2 mg/dL (abnormal)\nCreatinine 1.0 mg/dL\n"
    )
    out = reason(
        make_case(
            "fever",
            age=71,
            sex="F",
            vitals=vitals(108, 118, 70, 20, 96, 38.9),
            ed_note=note,
        )
    )
    treated = O.treatment(out)
    assert treated is not None
    assert not any("no cholestasis documented" in b.reason for b in treated.blocked)
    assert O.ordered(out, *_RUQ_US)

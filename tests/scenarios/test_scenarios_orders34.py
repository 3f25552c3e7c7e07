"""orders34 (issue 10, pattern 2): orders, the safety layer, prerequisites, disposition.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Umpierrez GE et al. ADA/EASD/JBDS/AACE/DTS hyperglycaemic crises consensus 2024;
  ADA Standards of Care 2024 section 6 (hypoglycaemia);

Each scenario asserts safety properties; each failed on main 972a092 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_DEXTROSE = r"dextrose|glucagon|fast-acting glucose"


def test_hhs_with_a_bare_glucose_gets_no_dextrose(reason: Reason) -> None:
    """Umpierrez GE et al. hyperglycaemic crises consensus 2024: HHS is a glucose of
    >= 33.3 mmol/L (600 mg/dL). A triage line naming HHS with a bare 'glucose 48'
    states a hyperglycaemia in mmol/L; reading it as 48 mg/dL gives IV dextrose to a
    patient with HHS. No dextrose, not an ESI 1 hypoglycaemia."""
    out = reason(
        make_case(
            "hyperglycemia",
            age=77,
            sex="F",
            vitals=vitals(114, 102, 60, 20, 96),
            one_liner="77F HHS, glucose 47, confused, dry mouth",
        )
    )
    assert not O.medication_ordered(out, _DEXTROSE), O.orders(out)
    assert "hypoglyc" not in (O.treatment(out).working_diagnosis or "").lower()  # type: ignore[union-attr]


def test_high_sugar_with_a_bare_glucose_is_no_hypoglycaemia(reason: Reason) -> None:
    """ADA Standards of Care 2024 s6 and the 2024 crises consensus: 'high sugar' with
    a bare glucose of 55 is a hyperglycaemia in mmol/L; triage's low-glucose rule (IV
    dextrose now, ESI 1) must not fire on it."""
    out = reason(
        make_case(
            "high blood sugar",
            age=66,
            sex="M",
            vitals=vitals(104, 112, 70, 18, 97),
            one_liner="66M sugars very high, glucose 55, drowsy, passing lots of urine",
        )
    )
    assert not O.medication_ordered(out, _DEXTROSE), O.orders(out)
    assert out.final.esi != 1, out.final.esi


def test_guard_low_glucose_in_mg_dl_still_gets_dextrose(reason: Reason) -> None:
    """Guard (ADA Standards of Care 2024 s6): a confused insulin user with a glucose
    of 38 and no hyperglycaemia worded still gets dextrose now."""
    out = reason(
        make_case(
            "altered mental status",
            age=72,
            sex="F",
            vitals=vitals(98, 134, 80, 16, 98),
            one_liner="72F on insulin, sweaty and confused, glucose 38",
        )
    )
    assert O.medication_ordered(out, _DEXTROSE), O.orders(out)

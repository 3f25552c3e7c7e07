"""lead40 (issue 10): presentations a physician's review found mishandled.

Written from the sources named in each docstring, never from rows of the shared data:

- NICE NG234 (2023) spinal metastases and metastatic spinal cord compression, 1.3-1.4.

Each target scenario failed on main eb5e678 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_spinal_pain_in_cancer_without_neurology_gets_an_mri_within_a_week(
    reason: Reason,
) -> None:
    """NICE NG234 1.3: pain suggesting spinal metastases without neurological symptoms
    or signs asks for an MRI of the whole spine within a week, not an emergency MRI,
    and no dexamethasone (which is for neurological symptoms or signs, 1.4)."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="F",
            vitals=vitals(84, 138, 80, 16, 98, 36.8),
            one_liner="66F breast cancer, thoracic back pain worse at night",
            ed_note="66-year-old with metastatic breast cancer. Three weeks of "
            "progressive mid-thoracic back pain, worse lying flat and at night. No leg "
            "weakness, numbness or bladder or bowel change. Walking normally. "
            "Neurological examination normal.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"MRI .*within 1 week"), names
    assert not O.ordered(out, r"MRI of the whole spine now|emergent MRI"), names
    assert not O.medication_ordered(out, "dexamethasone"), names


def test_cancer_back_pain_with_leg_weakness_gets_an_mri_now_and_dexamethasone(
    reason: Reason,
) -> None:
    """Guard, NICE NG234 1.4: spinal pain in cancer with new limb weakness is MSCC:
    MRI of the whole spine now (within 24 h), dexamethasone 16 mg, admission."""
    out = reason(
        make_case(
            "back pain",
            age=71,
            sex="M",
            vitals=vitals(88, 142, 84, 16, 97, 36.9),
            one_liner="71M prostate cancer, back pain and 2 days of leg weakness",
            ed_note="71-year-old with metastatic prostate cancer. Two weeks of thoracic "
            "back pain, now two days of bilateral leg weakness and unsteady walking. "
            "Power 4/5 in both legs, sensory level at T10.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"MRI of the whole spine now|emergent MRI"), names
    assert not O.ordered(out, r"MRI .*within 1 week"), names
    assert O.medication_ordered(out, "dexamethasone"), names
    assert O.disposition(out).disposition in {"Admit", "OR Admit"}

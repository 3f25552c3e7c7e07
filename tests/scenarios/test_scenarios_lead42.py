"""lead42 (session 42): a sensory level on the trunk, metastatic cord compression.

Written from the sources named in each docstring, never from rows of the shared data:
- NICE NG234 (2023) spinal metastases and metastatic spinal cord compression;
- Kirshblum SC et al. International Standards for Neurological Classification of
  Spinal Cord Injury (ASIA, revised 2019): dermatomes T4 nipples, T10 umbilicus;
- GIRFT (2023) national suspected cauda equina syndrome pathway; NICE NG59 (2016).

Each target scenario failed on main cfcfdad2 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_known_cancer_with_a_sensory_level_is_cord_compression_with_dexamethasone(
    reason: Reason,
) -> None:
    """NICE NG234 2023 1.2-1.4: a past or current cancer with spinal pain and
    neurological signs is metastatic cord compression until the whole-spine MRI:
    dexamethasone 16 mg now and the MSCC coordinator. Numbness up to the umbilicus is
    a T10 sensory level (ASIA 2019): the cord, not the cauda equina."""
    out = reason(
        make_case(
            "back pain",
            age=61,
            sex="M",
            vitals=vitals(88, 138, 84, 16, 98),
            one_liner="61M back pain, known prostate cancer, new leg weakness and "
            "numbness up to the umbilicus, urinary retention",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "dexamethasone"), names
    assert O.ordered(out, "whole spine"), names
    assert O.ordered(out, "oncology"), names


def test_saddle_numbness_and_retention_without_a_level_stays_cauda_equina(
    reason: Reason,
) -> None:
    """Guard. GIRFT 2023 / NICE NG59: back pain with saddle numbness and retention and
    no cancer is suspected cauda equina syndrome: an emergency lumbar MRI and the
    spinal surgeons; no steroid for an unproven cancer (NICE NG234 orders follow the
    cause)."""
    out = reason(
        make_case(
            "back pain",
            age=42,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 99),
            one_liner="42F low back pain and bilateral sciatica for 2 days, now numb "
            "around the back passage and has not passed urine since the morning",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "MRI"), names
    assert not O.medication_ordered(out, "dexamethasone"), names
    assert O.proposes(out, "cauda equina"), names


def test_a_wheezy_two_year_old_gets_a_bronchodilator_before_a_label(
    reason: Reason,
) -> None:
    """BTS/SIGN 158 (2019) acute asthma and preschool wheeze, and GINA 2024: a child of
    2 years or more with an acute wheeze, breathing fast with recession, gets an
    inhaled beta-2 agonist first, whether the label is asthma or viral wheeze; not
    monitoring alone."""
    out = reason(
        make_case(
            "cough",
            age=2,
            sex="M",
            vitals={"heart_rate": 150, "respiratory_rate": 44, "spo2": 94},
            one_liner="2-year-old, cough and wheeze for 2 days, breathing fast with "
            "chest indrawing",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "salbutamol", "albuterol"), names


def test_a_wheezy_infant_with_bronchiolitis_gets_no_bronchodilator(
    reason: Reason,
) -> None:
    """Guard. NICE NG9 (2021) 1.3.3: do not give a salbutamol to a baby with
    bronchiolitis (coryza, then cough, recession and wheeze in the first year)."""
    out = reason(
        make_case(
            "difficulty breathing",
            age=0,
            sex="F",
            demographics={"age_days": 150},
            vitals={"heart_rate": 160, "respiratory_rate": 56, "spo2": 93},
            one_liner="5-month-old with coryza for 2 days, now cough, wheeze and "
            "subcostal recession, feeding less than usual",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "salbutamol", "albuterol"), names

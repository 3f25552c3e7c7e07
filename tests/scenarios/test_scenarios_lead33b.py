"""lead33b (issue 10): tablet counts and tablet strengths read apart.

Written from the sources named in each docstring, never from rows of the shared data:

- Isbister GK et al. J Toxicol Clin Toxicol 2004;42:277 (SSRI overdose: QT,
  serotonin toxicity, seizures); Goldfrank's Toxicologic Emergencies 11th ed. ch. 4
  and 69; NICE NG225 2022 (self-harm: psychosocial assessment from 12 years);
- Dart RC et al. JAMA Netw Open 2023 (a therapeutic paracetamol dose is no overdose).

The targets failed on main 6cdefa4 before their fix; the guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_twenty_of_his_fluoxetine_tablets_is_an_ssri_overdose(reason: Reason) -> None:
    """Isbister 2004; Goldfrank ch. 69; NICE NG225: 20 fluoxetine tablets taken to
    end his life is an SSRI poisoning: ECG for the QTc, observation for serotonin
    toxicity and seizures, paracetamol and salicylate levels, mental health."""
    out = reason(
        make_case(
            "ingestion",
            age=15,
            sex="M",
            vitals=vitals(100, 124, 76, 16, 99),
            one_liner="15M took his fluoxetine tablets",
            ed_note="15-year-old boy took 20 of his fluoxetine 20 mg tablets an hour "
            "ago, saying he wanted to end his life. Alert, tremor.",
        )
    )
    assert O.ordered(out, r"\becg\b|12-lead"), O.orders(out)
    assert O.ordered(out, r"serotonin"), O.orders(out)
    assert O.ordered(out, r"paracetamol|acetaminophen"), O.orders(out)
    assert O.ordered(out, r"mental health|psychiatr"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_two_paracetamol_500_mg_tablets_for_a_headache_is_no_overdose(
    reason: Reason,
) -> None:
    """Dart 2023 (1 g is a therapeutic dose): two 500 mg tablets taken for the
    headache she came with are a remedy; '500 mg tablets' is a strength, not a
    count of 50: no acetylcysteine, no poisoning work-up, no admission for it."""
    for taken in (
        "took 2 of her paracetamol 500 mg tablets",
        "took 2 paracetamol 500 mg tablets",
    ):
        out = reason(
            make_case(
                "headache",
                age=34,
                sex="F",
                vitals=vitals(78, 122, 76, 14, 99),
                one_liner="34F tension-type headache",
                ed_note="34-year-old woman with a band-like headache since the "
                f"afternoon, {taken} with some relief. No fever, no neck "
                "stiffness, neurological examination normal.",
            )
        )
        assert not O.ordered(out, r"acetylcysteine"), (taken, O.orders(out))
        assert not O.ordered(out, r"poison|toxicolog"), (taken, O.orders(out))


def test_sixteen_paracetamol_500mg_tablets_is_still_an_overdose(reason: Reason) -> None:
    """Guard (Chiew 2020 ANZ guideline; Dart 2023): 16 x 500 mg is 8 g, an
    overdose: the paracetamol level and the poisoning work-up stay."""
    out = reason(
        make_case(
            "overdose",
            age=24,
            sex="F",
            vitals=vitals(88, 118, 72, 16, 99),
            one_liner="24F paracetamol overdose",
            ed_note="24-year-old woman took 16 paracetamol 500mg tablets 2 hours ago "
            "after an argument. Alert, nauseated.",
        )
    )
    assert O.ordered(out, r"paracetamol|acetaminophen"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"

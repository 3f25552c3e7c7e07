"""How a note's words are read when a misreading changes an order or a disposition.

text25 (issue 10). Text-layer sources: ConText (Harkema H et al. J Biomed Inform
2009;42:839) for the experiencer and temporality of a mention, and the sectionizer's
list labels (medspaCy): an inline label ("PMH:", "Family history:") lists its items,
and the note then moves on to this visit without a new title.

Each scenario failed on main before its change (main 50b71c0).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_chest_pain_after_the_past_history_label_is_todays(reason: Reason) -> None:
    """ESC 2023 ACS guideline (Byrne RA et al. Eur Heart J 2023;44:3720): suspected
    ACS gets a 12-lead ECG within 10 minutes, troponin and aspirin. A note that opens
    with its past history ("PMH: hypertension, type 2 diabetes.") and then describes
    40 minutes of crushing chest pain is describing this visit. Main read the whole
    line as past history and discharged the man with no ECG."""
    out = reason(
        make_case(
            "UNWELL",
            age=61,
            sex="M",
            vitals=vitals(96, 148, 88, 18, 97),
            one_liner="61-year-old man feeling unwell",
            ed_note="PMH: hypertension, type 2 diabetes, smoker. Crushing central"
            " chest pain for 40 minutes, radiating to the left arm, sweaty and"
            " nauseated.",
        )
    )
    assert O.ordered(out, "ecg"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_thunderclap_headache_after_the_family_label_is_hers(
    reason: Reason,
) -> None:
    """NICE NG228 (subarachnoid haemorrhage, 2022) and the Ottawa SAH rule: a
    sudden, worst-ever headache reaching its peak at once gets a non-contrast CT head
    at once. A family-history label on the line before ("Family history: mother had
    a brain aneurysm.") names the mother's illness, not the headache described on
    the next line. Main read the headache as the mother's and ordered no CT."""
    out = reason(
        make_case(
            "HEADACHE",
            age=44,
            sex="F",
            vitals=vitals(88, 162, 94, 16, 99),
            one_liner="44-year-old woman with a headache",
            ed_note="Family history: mother had a brain aneurysm.\nSudden severe"
            " headache at 14:00 while lifting, worst of her life, vomited twice.",
        )
    )
    assert O.ordered(out, "ct head"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"

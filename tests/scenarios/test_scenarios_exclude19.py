"""A negative reference test excludes a must-not-miss diagnosis (exclude19, session 19).

Written from: Perry JJ et al. BMJ 2011;343:d4277 (a non-contrast head CT read as
negative within 6 h of headache onset has sensitivity 100 % for SAH in an alert
patient) and ACEP clinical policy on acute headache 2019 (after 6 h an LP or CTA
follows; xanthochromia keeps SAH); Tunkel AR et al. IDSA 2004 and van de Beek D et
al. ESCMID 2016 bacterial meningitis (a normal CSF white cell count makes bacterial
meningitis very unlikely); Isselbacher EM et al. ACC/AHA 2022 aortic disease guideline
(CT angiography of the aorta, sensitivity ~100 %, excludes acute aortic dissection).
Later evidence must move beliefs: once the reference test is negative the diagnosis
is no longer 'cannot exclude' and its empiric treatment is not ordered.
"""

from __future__ import annotations

from agents.schemas import DifferentialEntry
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _entry(out: ReasoningOutput, words: str) -> DifferentialEntry | None:
    return next((e for e in out.final.ledger if words in e.diagnosis.lower()), None)


def _open(out: ReasoningOutput, words: str) -> bool:
    e = _entry(out, words)
    return e is not None and e.status in ("cannot_exclude", "ruled_in")


def test_early_negative_head_ct_excludes_sah(reason: Reason) -> None:
    """A sudden headache 2 h old, alert and intact, head CT negative: SAH is excluded
    (Perry 2011), no LP/CTA is needed and no neurosurgeon is called."""
    out = reason(
        make_case(
            "abrupt severe headache",
            age=47,
            sex="F",
            vitals=vitals(78, 136, 84, 15, 99),
            ed_note=(
                "Abrupt severe occipital headache that peaked within a minute, onset 2 "
                "hours ago while at the gym. Alert, GCS 15, no focal signs. Plain CT "
                "brain done 90 minutes later: normal, no intracranial blood."
            ),
        )
    )
    assert not _open(out, "subarachnoid"), _entry(out, "subarachnoid")
    assert not O.ordered(out, "neurosurgery", "nimodipine"), O.orders(out)


def test_late_negative_head_ct_alone_keeps_sah_open(reason: Reason) -> None:
    """Guard: the same CT 12 h after onset does not exclude SAH (ACEP 2019)."""
    out = reason(
        make_case(
            "abrupt severe headache",
            age=47,
            sex="F",
            vitals=vitals(78, 136, 84, 15, 99),
            ed_note=(
                "Abrupt severe occipital headache that peaked within a minute, "
                "onset 12 hours ago while at the gym. Alert, GCS 15, no focal signs. "
                "Plain CT brain: normal."
            ),
        )
    )
    assert _open(out, "subarachnoid"), _entry(out, "subarachnoid")


def test_xanthochromia_keeps_sah_open(reason: Reason) -> None:
    """Guard: a late normal CT with xanthochromic CSF keeps SAH (Perry BMJ 2015)."""
    out = reason(
        make_case(
            "abrupt severe headache",
            age=52,
            sex="M",
            vitals=vitals(82, 150, 88, 16, 98),
            ed_note=(
                "Worst headache of life, onset 14 hours ago. CT brain unremarkable. "
                "Lumbar puncture: xanthochromia present, CSF RBC 6500 x10^6/L."
            ),
        )
    )
    assert _open(out, "subarachnoid"), _entry(out, "subarachnoid")


def test_normal_csf_makes_bacterial_meningitis_unlikely(reason: Reason) -> None:
    """Febrile headache, LP with a normal CSF white cell count, protein and glucose
    ratio and no organisms: meningitis no longer 'cannot exclude', no empiric
    ceftriaxone/vancomycin and no ICU (IDSA 2004; ESCMID 2016)."""
    out = reason(
        make_case(
            "fever and headache",
            age=31,
            sex="M",
            vitals=vitals(98, 124, 76, 17, 99, 38.2),
            ed_note=(
                "Two days of headache and fever, neck stiffness and photophobia. "
                "GCS 15, no rash. LP done: CSF WBC 2 cells/uL, CSF protein 0.3 g/L, "
                "CSF to serum glucose ratio 0.7, Gram stain no organisms seen."
            ),
        )
    )
    assert not _open(out, "meningitis"), _entry(out, "meningitis")
    assert not O.medication_ordered(out, "ceftriaxone", "vancomycin"), O.orders(out)


def test_csf_pleocytosis_keeps_meningitis_open(reason: Reason) -> None:
    """Guard: the same patient with a CSF white cell count of 850 stays treated."""
    out = reason(
        make_case(
            "fever and headache",
            age=31,
            sex="M",
            vitals=vitals(98, 124, 76, 17, 99, 38.2),
            ed_note=(
                "Two days of headache and fever, neck stiffness and photophobia. "
                "GCS 15, no rash. LP done: CSF WBC 850 cells/uL, CSF protein 1.9 g/L."
            ),
        )
    )
    assert _open(out, "meningitis"), _entry(out, "meningitis")
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)


def test_negative_ct_aortogram_excludes_dissection(reason: Reason) -> None:
    """Tearing back pain, CT angiography of the aorta negative for dissection:
    dissection is excluded, no BP control or surgeon for it (ACC/AHA 2022)."""
    out = reason(
        make_case(
            "chest pain going through to the back",
            age=66,
            sex="M",
            vitals=vitals(86, 158, 92, 18, 97),
            ed_note=(
                "Sudden tearing interscapular pain 3 hours ago, equal arm pulses. "
                "CTA of the thoracic and abdominal aorta negative for dissection; "
                "no intramural haematoma."
            ),
        )
    )
    assert not _open(out, "aortic dissection"), _entry(out, "aortic dissection")
    assert not O.ordered(out, "esmolol", "labetalol", "cardiothoracic"), O.orders(out)


def test_intimal_flap_keeps_dissection(reason: Reason) -> None:
    """Guard: a CTA that shows an intimal flap keeps dissection (ruled in or open)."""
    out = reason(
        make_case(
            "chest pain going through to the back",
            age=66,
            sex="M",
            vitals=vitals(86, 158, 92, 18, 97),
            ed_note=(
                "Sudden tearing interscapular pain 3 hours ago. CTA aorta: "
                "intimal flap in the descending thoracic aorta."
            ),
        )
    )
    assert _open(out, "aortic dissection"), _entry(out, "aortic dissection")

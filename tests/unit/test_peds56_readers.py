"""peds56: the readers changed this session, called directly (no graph).

A delusion about the baby and a voice heard are psychosis's positive symptoms (NICE
CG192 1.10.1; DSM-5); a toddler "found with" a relative's tablets has an exploratory
ingestion (Manoguerra AS et al. AAPCC 2005); the early pregnancy scan as charted
("transvaginal scan", "scan shows an ectopic") and an inhomogeneous adnexal mass are
the ultrasound's ectopic (NICE NG126 2023 1.5; Kirk E et al. Hum Reprod 2007).
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.reports import report_findings


def _status(text: str) -> dict[str, str]:
    kb = load_knowledge()
    return {f.concept: f.status for f in extract_findings(text, kb, source="ed_note")}


def _reported(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in report_findings(text)}


def test_a_delusion_about_the_baby_and_a_voice_are_read() -> None:
    found = _status(
        "Believes the baby has been swapped by the nurses and hears a voice at night."
    )
    assert found.get("delusions") == "present"
    assert found.get("hallucinations") == "present"


def test_guard_a_denied_voice_stays_absent() -> None:
    assert _status("Denies hearing voices.").get("hallucinations") == "absent"


def test_a_toddler_found_with_a_relatives_tablets_has_ingested() -> None:
    assert _status("Found with mum's iron tablets.").get("ingestion_event") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Scan shows an ectopic.",
        "Scan: left tubal ectopic, no free fluid.",
        "TVUS: inhomogeneous left adnexal mass 2 cm, empty uterus.",
        "Transvaginal scan: empty uterus, inhomogeneous left adnexal mass 20 mm.",
    ],
)
def test_an_ectopic_on_the_early_pregnancy_scan_is_read(text: str) -> None:
    assert _reported(text).get("us_ectopic") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "Transvaginal scan: no ectopic seen, empty uterus.",
        "Scan today: intrauterine pregnancy, no ectopic.",
        "Early pregnancy scan booked to exclude an ectopic.",
        "CT scan shows ectopic beats on the monitor.",
        "Transvaginal scan: 22 mm left adnexal mass, no fetal heartbeat.",
    ],
)
def test_guard_no_ectopic_read_where_none_is_seen(text: str) -> None:
    assert "us_ectopic" not in _reported(text)


def test_nothing_in_the_uterus_is_no_intrauterine_pregnancy() -> None:
    found = _status("Transvaginal ultrasound: nothing in the uterus, no free fluid.")
    assert found.get("no_intrauterine_pregnancy") == "present"

"""tox22 scenarios: toxicology, environmental and behavioural emergencies.

Each asserts a safety property named with its source; wording differs from the
review cases (/work/notes/review/tox22_cases.py) and from any shared-data row.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CONDITION = re.compile(r"(?i)\b(?:if|when|only)\b")


def _ledger(out: ReasoningOutput) -> dict[str, str]:
    return {e.diagnosis.lower(): e.status for e in out.final.ledger}


def _acetylcysteine_now(out: ReasoningOutput) -> bool:
    """An acetylcysteine order whose own clause carries no condition."""
    return any(
        "acetylcysteine" in clause.lower() and not _CONDITION.search(clause)
        for o in O.medications(out)
        for clause in re.sub(r"\([^()]*\)", " ", o.name).split(";")
    )


def test_repeated_supratherapeutic_paracetamol_gets_acetylcysteine_now(
    reason: Reason,
) -> None:
    """UK CHM 2012; Chiew AL et al. Med J Aust 2020; Dart RC et al. JAMA Netw Open
    2023: the Rumack-Matthew nomogram reads only a level taken 4-24 h after a single
    acute ingestion. Paracetamol taken repeatedly above the daily maximum over days,
    with a raised ALT, needs acetylcysteine at once whatever the level: no
    acetylcysteine made conditional on the treatment line, no '4-hour level'."""
    case = make_case(
        "BACK PAIN",
        age=52,
        sex="Male",
        vitals=vitals(88, 132, 80, 16, 98),
        one_liner="52 y.o. male with nausea who has been taking a lot of paracetamol"
        " for back pain",
        ed_note="Lumbar back pain for a week. Has taken paracetamol 1 g every 3 hours"
        " day and night for the past 3 days, about 7 g a day, together with"
        " ibuprofen. Nausea and poor appetite since yesterday, no abdominal pain."
        " Paracetamol concentration 19 mg/L, ALT 412 U/L, INR 1.4, creatinine 80"
        " umol/L. Weight 80 kg.",
    )
    out = reason(case)
    assert _acetylcysteine_now(out)
    assert not O.ordered(out, "treatment line", "nomogram", "4-hour", "4 hour")


def test_early_single_paracetamol_ingestion_keeps_the_timed_level(
    reason: Reason,
) -> None:
    """Guard (passes on main): 90 minutes after one acute ingestion the nomogram
    applies, so the 4-hour level that guides acetylcysteine is not withheld (Chiew
    2020; UK CHM 2012)."""
    case = make_case(
        "OVERDOSE",
        age=20,
        sex="Female",
        vitals=vitals(90, 118, 74, 16, 99),
        one_liner="20 y.o. female who swallowed a packet of paracetamol after a row",
        ed_note="Swallowed 16 paracetamol 500 mg tablets (8 g) at once about 90"
        " minutes ago after an argument with her partner; told her sister straight"
        " away. Well, no vomiting, no other tablets, no alcohol. Weight 58 kg.",
    )
    out = reason(case)
    assert not any(
        re.search(r"(?i)paracetamol|acetaminophen|acetylcysteine", b.order.name)
        and b.gate == "time_window"
        for b in (O.treatment(out).blocked if O.treatment(out) else ())
    )


def test_slow_breathing_with_pinpoint_pupils_rules_in_the_opioid_toxidrome(
    reason: Reason,
) -> None:
    """Hoffman JR et al. Ann Emerg Med 1991;20:246 and Boyer EW. NEJM 2012;367:146:
    depressed consciousness, miosis and a respiratory rate at or below 12 define the
    opioid toxidrome, which responds to naloxone. A measured rate of 7 is that slow
    breathing: opioid toxicity is ruled in (not left 'cannot exclude') and naloxone
    is given."""
    case = make_case(
        "DECREASED LOC",
        age=44,
        sex="Female",
        vitals=vitals(62, 112, 70, 7, 88, 36.3),
        one_liner="44 y.o. female found by her daughter barely rousable beside her"
        " oxycodone bottle",
        ed_note="Chronic pain on oxycodone. Daughter found her on the sofa this"
        " evening, hard to wake, snoring, beside an open oxycodone bottle. Rousable"
        " to pain only, GCS 7. Pupils pinpoint and equal. Breathing 7 per minute."
        " No head injury seen. Capillary glucose 6.1 mmol/L.",
    )
    out = reason(case)
    statuses = [s for d, s in _ledger(out).items() if "opioid" in d or "heroin" in d]
    assert "ruled_in" in statuses
    assert O.medication_ordered(out, "naloxone")


def test_carbon_monoxide_with_blackout_and_high_cohb_is_not_sent_home(
    reason: Reason,
) -> None:
    """Weaver LK et al. NEJM 2002;347:1057, UHMS 2019 and ACEP 2017 CO clinical
    policy: CO poisoning with loss of consciousness or carboxyhaemoglobin > 25 %
    meets hyperbaric oxygen criteria (three sessions within 24 h): 100 % oxygen, a
    hyperbaric referral, and no discharge home from the ED."""
    case = make_case(
        "HEADACHE",
        age=33,
        sex="Male",
        vitals=vitals(96, 130, 80, 16, 99),
        one_liner="33 y.o. male with a throbbing headache after a power cut at home",
        ed_note="During a power cut the family lit a charcoal grill indoors to keep"
        " warm. He developed a throbbing headache and dizziness and fainted for a"
        " few seconds; his wife and daughter also have headaches. Now alert, GCS 15,"
        " no focal deficit. Carboxyhaemoglobin 26 %. ECG sinus rhythm.",
    )
    out = reason(case)
    assert O.ordered(out, "hyperbaric")
    assert O.disposition(out).disposition != "Discharge"

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


def test_alert_adult_with_a_level_one_low_gets_glucose_without_a_50_percent_bolus(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024 section 6 and JBDS-IP 2022 hospital hypoglycaemia: a
    level 1 low (54-69 mg/dL, 3.0-3.8 mmol/L) in an alert adult who can swallow is
    treated with 15-20 g of fast-acting glucose by mouth and rechecked at 15 min;
    50 % dextrose is for a level 2 low or neuroglycopenia (and is not needed then
    either when 10 % is at hand). Glucose is still given."""
    case = make_case(
        "HYPOGLYCEMIA",
        age=41,
        sex="Female",
        vitals=vitals(92, 126, 78, 14, 99),
        one_liner="41 y.o. female with type 1 diabetes who felt shaky after missing"
        " lunch",
        ed_note="Type 1 diabetes on basal-bolus insulin. Took her usual lunchtime"
        " rapid-acting insulin and then missed lunch; felt shaky and sweaty at work."
        " Fingerstick glucose 62 mg/dL. Fully alert and oriented, talking normally,"
        " able to eat and drink. No vomiting.",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "50%", "d50")
    assert O.medication_ordered(out, "glucose", "dextrose")


def test_confused_adult_with_a_severe_low_still_gets_iv_dextrose(
    reason: Reason,
) -> None:
    """Guard (passes on main): a level 2-3 low with neuroglycopenia (confused,
    cannot take glucose safely by mouth) is treated with IV dextrose or glucagon at
    once (ADA Standards of Care 2024 section 6; JBDS-IP 2022)."""
    case = make_case(
        "ALTERED MENTAL STATUS",
        age=67,
        sex="Male",
        vitals=vitals(96, 150, 88, 16, 97),
        one_liner="67 y.o. male on insulin found confused and sweating by his wife",
        ed_note="Type 2 diabetes on insulin glargine. Wife found him sweating,"
        " confused and not making sense. Capillary glucose 1.9 mmol/L. GCS 13,"
        " moving all limbs.",
    )
    out = reason(case)
    assert any(
        re.search(r"(?i)dextrose|glucagon", o.name)
        and re.search(r"(?i)\biv\b|\bim\b", o.name)
        for o in O.medications(out)
    )


def test_heat_illness_with_a_clear_mind_is_named_and_cooled(reason: Reason) -> None:
    """Lipman GS et al. WMS heat illness 2019: after heat exposure or exertion,
    dizziness, nausea and heavy sweating with a normal mental status and a core
    temperature below 40 C is heat exhaustion: rest in a cool place, cooling and
    fluids. The heat illness is named (not only 'dizziness') and cooling ordered."""
    case = make_case(
        "WEAKNESS",
        age=36,
        sex="Male",
        vitals=vitals(108, 118, 72, 18, 99, 38.6),
        one_liner="36 y.o. male roofer who felt faint and sick working in the heat",
        ed_note="Roofer working outdoors all afternoon during a heat wave, drinking"
        " little. Became light-headed, nauseated and drenched in sweat with a"
        " headache; sat down in the shade, no collapse. Alert and fully oriented,"
        " speech and gait normal. Rectal temperature 38.6. Sodium 141, glucose 5.8.",
    )
    out = reason(case)
    assert "heat" in out.final.summary.top_diagnoses[0].diagnosis.lower()
    assert O.ordered(out, "cool")

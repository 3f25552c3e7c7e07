"""Toxicology: toxidromes, nomogram windows, ECG in sodium-channel blockade (issue 10).

Toxidromes after Holstege & Borek (Crit Care Clin 2012) and Goldfrank's 11th ed.;
acetaminophen after Rumack-Matthew (1975) and Dart et al. (JAMA Netw Open 2023);
salicylate after Chyka et al. (Clin Toxicol 2007); TCA after Boehnert & Lovejoy
(NEJM 1985). Each asserts safety properties of the trace, never wording.
"""

from __future__ import annotations

import pytest

from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {"heart_rate": 88, "systolic_bp": 130, "respiratory_rate": 16, "spo2": 98}


def rank(out: ReasoningOutput, name: str) -> int:
    ranked = [e.diagnosis.lower() for e in out.final.ledger if e.status != "ruled_out"]
    hits = [i for i, d in enumerate(ranked) if name.lower() in d]
    return hits[0] if hits else 99


def entry(out: ReasoningOutput, name: str):
    hits = [e for e in out.final.ledger if name.lower() in e.diagnosis.lower()]
    return hits[0] if hits else None


def evidence(out: ReasoningOutput, name: str) -> str:
    e = entry(out, name)
    assert e is not None, f"{name} not on the ledger"
    return " | ".join(x.text for x in (*e.evidence_for, *e.evidence_against))


def orders(out: ReasoningOutput) -> str:
    tx = next((r for r in out.trace if r.stage == "treatment"), None)
    if tx is None or tx.output is None:
        return ""
    return " | ".join(o.name.lower() for o in tx.output.orders)  # type: ignore[union-attr]


def test_opioid_toxidrome_leads_and_is_emergent(reason: Reason) -> None:
    """Opioid toxidrome: miosis, respiratory depression, coma (Boyer NEJM 2012)."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=29,
            sex="Male",
            vitals={
                "heart_rate": 58,
                "systolic_bp": 104,
                "respiratory_rate": 6,
                "spo2": 84,
            },
            one_liner="29 y.o. male found unresponsive with pinpoint pupils after "
            "heroin use, respiratory depression.",
        )
    )
    assert rank(out, "opioid") == 0
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.disposition != "Discharge"


def test_sympathomimetic_toxidrome_ranks_above_anticholinergic(reason: Reason) -> None:
    """Sympathomimetic: mydriasis with diaphoresis (anticholinergic skin is dry)."""
    out = reason(
        make_case(
            "INTOXICATION",
            age=31,
            sex="Male",
            vitals={
                "heart_rate": 142,
                "systolic_bp": 178,
                "respiratory_rate": 22,
                "temperature_c": 39.4,
            },
            one_liner="31 y.o. male agitated after cocaine, diaphoretic, dilated "
            "pupils, hyperthermic.",
        )
    )
    assert rank(out, "psychostimulant") < rank(out, "parasympatholytic")
    assert rank(out, "psychostimulant") <= 2


def test_anticholinergic_toxidrome_ranks_above_sympathomimetic(reason: Reason) -> None:
    """Anticholinergic: dry flushed skin, mydriasis, retention, delirium."""
    out = reason(
        make_case(
            "INGESTION",
            age=17,
            sex="Female",
            vitals={"heart_rate": 134, "systolic_bp": 132, "temperature_c": 38.3},
            one_liner="17 y.o. female took 30 diphenhydramine tablets: dry flushed "
            "skin, dilated pupils, urinary retention, hallucinating.",
        )
    )
    assert rank(out, "parasympatholytic") < rank(out, "psychostimulant")
    assert rank(out, "parasympatholytic") <= 2


def test_salicylate_level_above_toxic_threshold_leads(reason: Reason) -> None:
    """AAPCC 2007: salicylate >= 30 mg/dL with tinnitus and tachypnoea."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=44,
            sex="Female",
            vitals={**NORMAL, "respiratory_rate": 30},
            one_liner="44 y.o. female after aspirin ingestion with tinnitus.",
            ed_note="HPI: took a bottle of aspirin. Tachypneic. Salicylate level "
            "62 mg/dL. Venous pH 7.31, anion gap 22.",
        )
    )
    assert rank(out, "salicylate") == 0
    assert out.final.disposition != "Discharge"


def test_acetaminophen_above_treatment_line_at_4h(reason: Reason) -> None:
    """Rumack-Matthew: 150 mcg/mL at 4 h is the treatment line (US)."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=22,
            sex="Female",
            vitals=NORMAL,
            one_liner="22 y.o. female intentional Tylenol overdose.",
            ed_note="HPI: took acetaminophen tablets. APAP level 210 at 4 hours "
            "post-ingestion.",
        )
    )
    assert rank(out, "aminophenol") == 0
    assert "acetaminophen_level_toxic" in evidence(out, "aminophenol")
    assert "acetylcysteine" in orders(out)


@pytest.mark.parametrize(
    ("note", "concept"),
    [
        # Before 4 h a level is not interpretable on the nomogram.
        ("APAP level 90 at 2 hours post-ingestion.", None),
        # 8 h: the line is 75 mcg/mL; 20 is below it.
        ("APAP level 20 at 8 hours post-ingestion.", "acetaminophen_level_low"),
        # 12 h: the line is 37.5 mcg/mL; 60 is above it.
        ("APAP level 60 at 12 hours post-ingestion.", "acetaminophen_level_toxic"),
    ],
    ids=["2h-not-interpretable", "8h-below-line", "12h-above-line"],
)
def test_acetaminophen_nomogram_window(reason: Reason, note: str, concept) -> None:
    """Rumack-Matthew window: 4-24 h, line halving every 4 h from 150 at 4 h."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=25,
            sex="Male",
            vitals=NORMAL,
            one_liner="25 y.o. male after an acetaminophen ingestion.",
            ed_note="HPI: took acetaminophen. " + note,
        )
    )
    text = evidence(out, "aminophenol")
    if concept is None:
        assert "acetaminophen_level" not in text
    else:
        assert concept in text


def test_acetaminophen_unknown_time_detectable_level_is_treated(reason: Reason) -> None:
    """Dart 2023: unknown time of ingestion with a detectable level is treated."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=40,
            sex="Female",
            vitals=NORMAL,
            one_liner="40 y.o. female found with empty pill bottles.",
            ed_note="HPI: unknown ingestion time. Acetaminophen level 35.",
        )
    )
    assert "acetaminophen_level_detectable" in evidence(out, "aminophenol")
    e = entry(out, "aminophenol")
    assert e is not None and e.status != "ruled_out"


def test_tca_overdose_with_wide_qrs(reason: Reason) -> None:
    """Boehnert & Lovejoy 1985: QRS > 100 ms predicts seizures; bicarbonate."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=38,
            sex="Female",
            vitals={"heart_rate": 128, "systolic_bp": 86, "respiratory_rate": 18},
            one_liner="38 y.o. female took her amitriptyline, now drowsy.",
            ed_note="HPI: amitriptyline overdose. ECG: sinus tachycardia, QRS 146 ms.",
        )
    )
    assert rank(out, "tricyclic") == 0
    assert out.final.esi is not None and out.final.esi <= 2
    assert "bicarbonate" in orders(out)
    assert out.final.disposition != "Discharge"


def test_undetectable_levels_count_against_coingestants(reason: Reason) -> None:
    """AACT: undetectable salicylate and acetaminophen levels argue against them."""
    out = reason(
        make_case(
            "INTOXICATION",
            age=50,
            sex="Male",
            vitals=NORMAL,
            one_liner="50 y.o. male intoxicated with alcohol.",
            ed_note="HPI: drinking all day. Salicylate level <3. Acetaminophen "
            "level <10 at 6 hours.",
        )
    )
    assert "salicylate_undetectable" in evidence(out, "salicylate")
    assert rank(out, "salicylate") > 2

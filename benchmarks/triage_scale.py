"""Why ESI over-triages KTAS: decision-point attribution and a CTAS-modifier check.

Research software, not for clinical use. Usage::

    python -m benchmarks.triage_scale [--shared ../shared/data] [--json out.json]

The KTAS rows (Moon et al. 2019) are graded on the Korean Triage and Acuity Scale,
derived from the Canadian scale (CTAS): a complaint graded by first-order modifiers
(vital signs, consciousness, temperature, pain, mechanism), not by ESI's count of
expected resources. An adult with abdominal pain 3/10 and normal vital signs is ESI 3
(labs and imaging; ESI handbook Table 3-4) and CTAS/KTAS 4. For each half of the
shared split (``cases.splits.read_score_split``; aggregate counts only, no rows),
this reports:

1. which ESI decision point set the level of every over-triaged visit (the offline
   reasoner's ``esi_triage`` on the triage view; the final ESI on these rows equals
   it);
2. how far a level built from the published CTAS 2016 adult first-order modifiers
   (below) agrees with ``KTAS_expert``: the test of whether a scale-aware triage,
   designed from the published scale and not from rows, would serve KTAS better.
   It is measured here only (it under-triages; see benchmarks/RESULTS.md, res10
   section). The reasoner's own KTAS/CTAS level is ``agents.offline.rules.ctas``
   (ktas14: complaint-specific levels, ESI's high-risk criteria kept), scored by
   ``benchmarks.reasoner_quality``; this script's ESI figures read ``final.esi``.

Modifiers (Bullard MJ et al. Revisions to the Canadian Emergency Department Triage
and Acuity Scale (CTAS) Guidelines 2016. CJEM 2017;19(S2):S18-S27; adult
first-order modifier card of the CTAS National Working Group): GCS 3-9 -> 1, 10-13
(new confusion) -> 2; SpO2 < 90 % -> 1, < 92 % -> 2, 92-94 % -> 3; tachypnoea (mild
distress) -> 3; shock -> 1, haemodynamic compromise -> 2, vital signs at the ends of
normal -> 3 (CTAS gives no numbers: the NEWS2 bands, Royal College of Physicians
2017, are used: HR <= 40 or >= 131 or SBP <= 90 compromise; HR 41-50 or 111-130 or SBP
91-100 ends of normal); temperature >= 38.0 degC with immunosuppression or three
SIRS criteria -> 2, two -> 3, fever alone -> 4; pain central (head, chest, abdomen,
flank, pelvis, testis) acute 8-10 -> 2, 4-7 -> 3, < 4 -> 4, peripheral 8-10 -> 3,
4-7 -> 4, < 4 -> 5, chronic one level lower; ESI decision points A and B (immediate
life-saving need; chest pain with cardiac features, signs of stroke, high-risk
mechanism...) are CTAS level-1/level-2 presentations. Without a modifier a
recognised complaint is level 4 (5 for the complaints ESI expects no resource for)
and an unrecognised one 3. KTAS: Park J, Lim T. J Korean Soc Emerg Med 2017;28:547.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from agents.context import AgentContext
from agents.offline.knowledge import load_knowledge
from agents.offline.knowledge.models import ComplaintSpec
from agents.offline.rules import esi_triage, plausible_vitals
from agents.offline.rules._scoring import gcs
from agents.offline.rules.esi import EsiAssessment
from agents.offline.rules.facts import ClinicalFacts
from agents.offline.stage_facts import facts_with_notes
from agents.schemas import RuleResult
from cases.labels import ACUITY_TO_ESI
from cases.models import LabelledCase
from cases.splits import read_score_split
from cases.views import build_view
from graph.runtime import Reasoner

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

CTAS_NAME: Final = "CTAS 2016 first-order modifiers"
CTAS_SOURCE: Final = (
    "Bullard MJ et al. Revisions to the CTAS guidelines 2016. CJEM 2017;19(S2):S18-"
    "S27 (adult first-order modifiers; KTAS: Park J, Lim T. J Korean Soc Emerg Med "
    "2017;28:547); haemodynamic bands: NEWS2, Royal College of Physicians 2017"
)
CENTRAL_PAIN: Final = frozenset(
    {
        "chest_pain",
        "abdominal_pain",
        "headache",
        "flank_pain",
        "testicular_pain",
        "vaginal_bleeding",
    }
)
"""Complaints whose pain is central (a body cavity or organ: CTAS 2016)."""
_CHRONIC = re.compile(r"(?i)\b(?:chronic|recurrent|usual|typical|known)\b")
ADULT_AGE: Final = 17
"""CTAS adult modifiers apply from this age (paediatric CTAS differs)."""


def _pain_level(complaint: ComplaintSpec | None, pain: float, chronic: bool) -> int:
    central = complaint is None or complaint.id in CENTRAL_PAIN
    if central:
        level = 2 if pain >= 8 else 3 if pain >= 4 else 4
    else:
        level = 3 if pain >= 8 else 4 if pain >= 4 else 5
    return min(level + int(chronic), 5)


def ctas_modifiers(
    facts: ClinicalFacts, complaint: ComplaintSpec | None, esi: EsiAssessment
) -> RuleResult:
    """The CTAS level the published adult first-order modifiers give.

    Args:
        facts: Clinical facts at triage.
        complaint: The matched complaint, or None when unrecognised.
        esi: The ESI assessment of the same facts (its decision-point A and B
            reasons are CTAS level-1 and level-2 presentations).

    Returns:
        A rule result whose ``score`` is the CTAS level (1-5); not applicable for
        children (paediatric CTAS modifiers differ) or with no vital signs.
    """
    v, _ = plausible_vitals(facts.vitals)
    reasons: list[tuple[int, str]] = []
    if esi.life_saving_reasons:
        reasons.append((1, "immediate life-saving need (ESI decision point A)"))
    b_reasons = [r for r in esi.high_risk_reasons if r not in esi.life_saving_reasons]
    if b_reasons:
        reasons.append((2, f"high-risk presentation: {b_reasons[0].split(' [')[0]}"))
    g = gcs(facts)
    if g is not None and g <= 9:
        reasons.append((1, f"GCS {g:g}"))
    elif esi.altered_mental_status:
        reasons.append((2, "altered level of consciousness"))
    if v.spo2 is not None and v.spo2 < 95:
        lvl = 1 if v.spo2 < 90 else 2 if v.spo2 < 92 else 3
        reasons.append((lvl, f"SpO2 {v.spo2:g} %"))
    if v.respiratory_rate is not None and v.respiratory_rate > 20:
        reasons.append((3, f"tachypnoea (RR {v.respiratory_rate:g})"))
    hr, sbp = v.heart_rate, v.systolic_bp
    if (hr is not None and (hr <= 40 or hr >= 131)) or (sbp is not None and sbp <= 90):
        reasons.append((2, f"haemodynamic compromise (HR {hr}, SBP {sbp})"))
    elif (hr is not None and (hr <= 50 or hr >= 111)) or (
        sbp is not None and sbp <= 100
    ):
        reasons.append((3, f"vital signs at the ends of normal (HR {hr}, SBP {sbp})"))
    t = v.temperature_c
    if t is not None and t >= 38.0:
        sirs = (
            1
            + int(hr is not None and hr > 90)
            + int(v.respiratory_rate is not None and v.respiratory_rate > 20)
        )
        if facts.known("immunocompromised") or sirs >= 3:
            reasons.append(
                (2, f"fever {t:g} with {sirs} SIRS criteria or immunosuppression")
            )
        else:
            reasons.append(
                (3 if sirs == 2 else 4, f"fever {t:g} with {sirs} SIRS criteria")
            )
    if v.pain is not None and v.pain > 0:
        chronic = bool(_CHRONIC.search(facts.chief_complaint or ""))
        lvl = _pain_level(complaint, v.pain, chronic)
        kind = (
            "central"
            if complaint is None or complaint.id in CENTRAL_PAIN
            else "peripheral"
        )
        reasons.append(
            (lvl, f"{kind} pain {v.pain:g}/10{' (chronic)' if chronic else ''}")
        )
    if complaint is None:
        reasons.append((3, "unrecognised complaint: not graded below 3"))
    else:
        default = 5 if complaint.expected_resources == 0 else 4
        reasons.append((default, f"complaint {complaint.id} without a modifier"))
    level = min(lvl for lvl, _ in reasons)
    why = [text for lvl, text in reasons if lvl == level]
    adult = facts.age is None or facts.age >= ADULT_AGE
    vitals_seen = any(x is not None for x in (hr, sbp, v.respiratory_rate, v.spo2, t))
    return RuleResult(
        name=CTAS_NAME,
        source=CTAS_SOURCE,
        inputs={
            "age": facts.age,
            "complaint": complaint.id if complaint else None,
            "heart_rate": hr,
            "systolic_bp": sbp,
            "respiratory_rate": v.respiratory_rate,
            "spo2": v.spo2,
            "temperature_c": t,
            "pain": v.pain,
            "gcs": g,
            "esi_level": esi.level,
        },
        score=float(level),
        interpretation=f"CTAS {level} (not ESI; reported beside it): " + "; ".join(why),
        applicable=adult and vitals_seen,
    )


def over_triage_cause(esi: EsiAssessment) -> str:
    """The ESI decision point (and its kind of reason) that set ``esi.level``."""
    text = esi.rule.interpretation
    if esi.decision_point == "A":
        return "A: immediate life-saving intervention"
    if esi.decision_point == "B":
        if not esi.high_risk and not esi.altered_mental_status:
            return "B: severe pain/distress"
        return "B: high-risk situation or new confusion"
    if esi.decision_point == "D":
        if "not assessable" in text:
            return "D: required vitals missing for a time-critical complaint"
        if esi.level <= 2:
            return "D: danger-zone vitals, uptriaged to 2"
        return "D: danger-zone vitals with 0-1 expected resources (ESI 3)"
    if esi.expected_resources is None:
        return "C: unrecognised complaint (ESI 3 by default)"
    if esi.expected_resources >= 2:
        return "C: >= 2 expected resources"
    return "C: 0-1 expected resources"


def _rates(pairs: Sequence[tuple[int, int]]) -> dict[str, float]:
    """Exact / under / over / KTAS 1-2 under-triage (%) of (gold, ours) pairs."""
    n = len(pairs)
    top = [(g, o) for g, o in pairs if g <= 2]

    def pct(k: int, d: int) -> float:
        return round(100.0 * k / d, 1) if d else float("nan")

    return {
        "n": n,
        "exact_pct": pct(sum(g == o for g, o in pairs), n),
        "under_pct": pct(sum(o > g for g, o in pairs), n),
        "over_pct": pct(sum(o < g for g, o in pairs), n),
        "ktas12_under_pct": pct(sum(o > g for g, o in top), len(top)),
    }


async def half_report(
    reasoner: Reasoner, ctx: AgentContext, cases: Sequence[LabelledCase]
) -> dict[str, object]:
    """Aggregate figures for one half: ESI confusion, over-triage causes, CTAS check."""
    esi_pairs: list[tuple[int, int]] = []
    ctas_pairs: list[tuple[int, int]] = []
    confusion: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    for lc in cases:
        if lc.gold.acuity is None:
            continue
        gold = ACUITY_TO_ESI[lc.gold.acuity]
        out = await reasoner.run(lc.case)
        view = build_view(lc.case, "triage")
        complaint = ctx.knowledge.match_complaint(view.chief_complaint)
        facts = facts_with_notes(view, (), ctx.knowledge)
        esi = esi_triage(facts, complaint)
        final = out.final.esi
        if final is not None:
            esi_pairs.append((gold, final))
            confusion[f"{gold}->{final}"] += 1
            if final < gold:
                causes[over_triage_cause(esi)] += 1
        ctas = ctas_modifiers(facts, complaint, esi)
        if ctas.applicable and ctas.score is not None:
            ctas_pairs.append((gold, int(ctas.score)))
    return {
        "esi": _rates(esi_pairs),
        "esi_confusion_gold_to_ours": dict(sorted(confusion.items())),
        "esi_over_triage_by_cause": dict(causes.most_common()),
        "ctas_modifiers": _rates(ctas_pairs),
    }


async def main_async(shared: Path) -> dict[str, object]:
    """Both halves of the KTAS file; aggregate figures only."""
    from cases.adapters.ktas import load_ktas

    ctx = AgentContext(knowledge=load_knowledge())
    reasoner = Reasoner(ctx)
    ktas = load_ktas(shared / "ktas-triage" / "data.csv").cases
    read, score = read_score_split(ktas)
    return {
        "read": await half_report(reasoner, ctx, read),
        "score": await half_report(reasoner, ctx, score),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the figures as JSON (optionally save them)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    report = asyncio.run(main_async(args.shared))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Toxicology and environmental emergencies, session 25 (tox25, issue 10).

Written from: UKHSA 2022 'Carbon monoxide: recognising and treating' and Wolf SJ et al.
ACEP clinical policy: carbon monoxide poisoning, Ann Emerg Med 2017;69:98 (headache,
nausea or dizziness with a combustion source in the home - boiler, gas fire, paraffin
heater, wood or coal stove, car exhaust in an enclosed space - or shared by the
household and easing away from home; the pulse oximeter reads normal, so the history
alone must raise it at triage).
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CALM = vitals(88, 126, 80, 16, 99)


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _co_flag(out: ReasoningOutput) -> bool:
    return any("carbon monoxide" in f for f in _triage(out).red_flags)


def test_household_headache_with_a_new_gas_fire_is_esi_2(reason: Reason) -> None:
    """A grandmother and the grandson staying with her share a headache since a gas
    fire was fitted: suspected CO poisoning at triage (ESI 2) although SpO2 is 99 %."""
    out = reason(
        make_case(
            "headache",
            age=67,
            sex="F",
            vitals=_CALM,
            one_liner=(
                "67F pounding headache and feeling sick for two days; her grandson "
                "staying with her has the same, new gas fire fitted last week."
            ),
        )
    )
    assert _triage(out).esi <= 2 and _co_flag(out), _triage(out)


def test_couple_with_dizziness_easing_at_work_is_esi_2(reason: Reason) -> None:
    """Husband and wife both dizzy with headaches that ease when they leave for work:
    the household pattern of CO exposure with no source named yet (UKHSA 2022)."""
    out = reason(
        make_case(
            "dizziness",
            age=58,
            sex="M",
            vitals=_CALM,
            one_liner=(
                "58M dizzy with headaches since the weekend, his wife has similar, "
                "both better once they get to work."
            ),
        )
    )
    assert _triage(out).esi <= 2 and _co_flag(out), _triage(out)


def test_family_with_colds_is_not_carbon_monoxide(reason: Reason) -> None:
    """Named guard: a febrile headache with a cough while the children have colds is
    a viral illness pattern, not a household CO exposure."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="F",
            vitals=_CALM,
            one_liner="36F headache, cough and runny nose, her children have colds.",
        )
    )
    assert not _co_flag(out), _triage(out)


def test_suspected_household_co_is_not_sent_home_before_oxygen(reason: Reason) -> None:
    """A shared headache in a house heated by a coal stove, carboxyhaemoglobin not yet
    measured: 100 % oxygen for hours and the home made safe first, not Discharge
    (UKHSA 2022; Weaver LK. NEJM 2009;360:1217)."""
    out = reason(
        make_case(
            "headache",
            age=54,
            sex="M",
            vitals=_CALM,
            one_liner="54M headache, light-headed for 3 days, his wife has the same.",
            ed_note=(
                "HPI: 54-year-old man with a dull headache, light-headedness and "
                "nausea for 3 days; his wife has the same headache. They heat the "
                "cottage with an old coal stove. No fever, no neck stiffness.\nExam: "
                "GCS 15, no focal deficit, fundi normal. SpO2 99 % on air."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def _toxic_alcohol_open(out: ReasoningOutput) -> list[tuple[str, str]]:
    rec = next(r for r in out.trace if r.stage == "assessment")
    rows = [
        (d.diagnosis.lower(), d.status) for d in getattr(rec.output, "differential", ())
    ]
    return [
        (n, st)
        for n, st in rows
        if any(w in n for w in ("methanol", "glycol", "other alcohols"))
        and st in ("cannot_exclude", "ruled_in")
    ]


def test_antifreeze_found_by_a_relative_is_not_negated(reason: Reason) -> None:
    """'No alcohol on his breath, his wife found an empty antifreeze bottle': the
    negation ends at the comma where a new subject speaks (NegEx clause boundary), so
    the ethylene glycol ingestion is read and a toxic alcohol is in the differential
    (AACT 2018 toxic alcohols: osmolar gap, fomepizole)."""
    out = reason(
        make_case(
            "intoxicated",
            age=56,
            sex="M",
            vitals=vitals(108, 132, 80, 30, 98),
            one_liner=(
                "56M slurred and staggering, no alcohol on his breath, his wife found "
                "an empty antifreeze bottle in the shed."
            ),
            ed_note=(
                "HPI: 56-year-old man, slurred speech and unsteady gait since the "
                "afternoon. No alcohol on his breath, his wife found an empty "
                "antifreeze bottle in the shed.\nExam: GCS 14, nystagmus, Kussmaul "
                "breathing.\nResults: pH 7.18, bicarbonate 9, anion gap 27."
            ),
        )
    )
    assert _toxic_alcohol_open(out), out.trace[1].output


def test_days_of_poor_intake_with_lithium_ataxia_is_not_wernicke(
    reason: Reason,
) -> None:
    """Chronic lithium toxicity after a few days of vomiting: unsteady, muddled, poor
    oral intake since Monday. Caine 1997's dietary deficiency is weeks of it (thiamine
    stores last 2-3 weeks), so Wernicke encephalopathy is not ruled in; the lithium
    explains the ataxia and confusion (EXTRIP 2015 lithium)."""
    out = reason(
        make_case(
            "unsteady on feet",
            age=71,
            sex="F",
            vitals=vitals(92, 138, 76, 16, 97),
            one_liner="71F on lithium, unsteady and muddled after 4 days of vomiting.",
            ed_note=(
                "HPI: 71-year-old woman on lithium carbonate for bipolar affective "
                "disorder, 4 days of vomiting with poor oral intake. Now unsteady on "
                "her feet and muddled. No alcohol.\nExam: coarse tremor of both hands, "
                "ataxia, disorientated to time, no ophthalmoplegia.\nResults: lithium "
                "2.9 mmol/L, creatinine 168 umol/L, sodium 139."
            ),
        )
    )
    wernicke = [d for d in out.final.ledger if "wernicke" in d.diagnosis.lower()]
    assert all(d.status != "ruled_in" for d in wernicke), wernicke


def test_fire_victim_in_shock_gets_cyanide_care_not_sepsis_care(reason: Reason) -> None:
    """Pulled from a burning garage, hoarse with soot in the nostrils, BP 78/44 and
    lactate 9.6: shock after smoke inhalation is cyanide and CO (hydroxocobalamin,
    fluids, oxygen), not sepsis - no blood-culture-and-antibiotic bundle (Anseeuw K
    et al. Eur J Emerg Med 2013; Baud FJ et al. NEJM 1991;325:1761)."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=47,
            sex="F",
            vitals=vitals(128, 78, 44, 26, 95),
            one_liner="47F pulled out of a burning garage by neighbours, drowsy.",
            ed_note=(
                "HPI: 47-year-old woman rescued by neighbours from her burning garage "
                "after several minutes inside.\nExam: soot in the nostrils, hoarse "
                "voice, GCS 10, no skin burns.\nResults: lactate 9.6 mmol/L, "
                "carboxyhaemoglobin 12 %."
            ),
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    assert any("hydroxocobalamin" in n for n in names), names
    assert any("crystalloid" in n or "fluid" in n for n in names), names
    drugs = [o.name.lower() for o in O.medications(out)]
    assert not any("antibiotic" in n for n in drugs), drugs


def test_toxic_digoxin_level_with_features_is_the_diagnosis(reason: Reason) -> None:
    """On digoxin with vomiting, a slow ventricular rate and a level of 3.0 ng/mL:
    digoxin toxicity is made (level above range with its clinical features; Chan BS,
    Buckley NA. Clin Toxicol 2014;52:824), not left 'cannot exclude' with the level
    it already has as the next step; antibody fragments are ordered (AHA 2023)."""
    out = reason(
        make_case(
            "vomiting",
            age=79,
            sex="M",
            vitals=vitals(46, 112, 64, 16, 96),
            one_liner="79M on digoxin for heart failure, vomiting and slow pulse.",
            ed_note=(
                "HPI: 79-year-old man with heart failure and atrial fibrillation on "
                "digoxin 125 micrograms daily, 2 days of vomiting and anorexia.\nExam: "
                "irregular pulse 46, no focal neurology.\nResults: serum digoxin "
                "3.0 ng/mL, potassium 5.6 mmol/L, creatinine 176 umol/L."
            ),
        )
    )
    dig = [d for d in out.final.ledger if "glycoside" in d.diagnosis.lower()]
    assert dig and dig[0].status == "ruled_in", dig
    assert O.medication_ordered(out, "antibody fragments", "fab"), O.orders(out)

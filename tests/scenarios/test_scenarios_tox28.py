"""Toxicology and environmental emergencies, session 28 (tox28, issue 10).

Written from: the Rumack-Matthew nomogram and Chiew AL et al. Med J Aust 2020 (a
level timed 4-24 h after one ingestion on or above the line: acetylcysteine now);
McCord J et al. AHA scientific statement on cocaine-associated chest pain,
Circulation 2008;117:1897 (aspirin, benzodiazepines, nitrates) and Amsterdam EA et al.
2014 AHA/ACC NSTE-ACS guideline 7.2 (no beta-blocker during acute cocaine or
methamphetamine intoxication, class III harm); ICD-10-CM FY2024 Table of Drugs
(cocaine T40.5-); BOAST 10 (2016) and Arnoldo B et al. J Burn Care Res 2006 (a
high-voltage injury's compartment syndrome: fasciotomy); Barceloux DG et al. AACT
ethylene glycol 1999 / methanol 2002 practice guidelines (fomepizole; pyridoxine and
thiamine for ethylene glycol, folate for methanol) and McGuire LC et al. Emerg Med J
2006 (alcoholic ketoacidosis needs alcohol use, not a toxic alcohol).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CONDITIONAL = ("if above", "treatment line", "nomogram")


def _nac_now(out: ReasoningOutput) -> bool:
    return any(
        O.mentions(o, ("acetylcysteine", r"\bnac\b"))
        and not O.mentions(o, _CONDITIONAL)
        for o in O.medications(out)
    )


def test_paracetamol_level_above_the_line_after_ingestion_gets_nac_now(
    reason: Reason,
) -> None:
    """A single acute paracetamol ingestion with a level drawn 4 h after it of 210
    mg/L (line 150 mg/L): acetylcysteine now, not 'if above the treatment line'."""
    out = reason(
        make_case(
            "overdose",
            age=19,
            sex="M",
            vitals=vitals(88, 124, 76, 16, 99),
            ed_note=(
                "19 year old man swallowed a packet of paracetamol tablets in one go "
                "this morning. Nausea only. Alert, abdomen soft. Paracetamol level "
                "210 mg/L taken 4 hours after ingestion; ALT 18, INR 1.0."
            ),
        )
    )
    assert _nac_now(out), O.medications(out)


def test_paracetamol_level_in_a_labs_line_at_six_hours_gets_nac_now(
    reason: Reason,
) -> None:
    """'Bloods at 6 hours post-ingestion: paracetamol 130 mg/L' is above the line
    (~106 mg/L at 6 h): acetylcysteine now."""
    out = reason(
        make_case(
            "overdose",
            age=26,
            sex="F",
            vitals=vitals(84, 118, 72, 14, 99),
            ed_note=(
                "26 year old woman took 24 paracetamol 500 mg tablets at once. "
                "Bloods at 6 hours post-ingestion: paracetamol level 130 mg/L, "
                "ALT 25, INR 1.1, creatinine 60."
            ),
        )
    )
    assert _nac_now(out), O.medications(out)


def test_cocaine_chest_pain_gets_aspirin_and_is_coded_as_cocaine(
    reason: Reason,
) -> None:
    """Chest pain an hour after smoking crack cocaine with the sympathomimetic
    toxidrome and a non-diagnostic ECG: aspirin (McCord 2008, class I), no
    beta-blocker; a poisoning is coded T40.5- (cocaine), not 'unspecified
    psychostimulants'."""
    out = reason(
        make_case(
            "chest pain",
            age=41,
            sex="M",
            vitals=vitals(118, 170, 100, 20, 98, 37.4),
            ed_note=(
                "41 year old man with central chest pressure since smoking crack "
                "cocaine 1 hour ago. Agitated and sweating, dilated pupils. ECG: "
                "sinus tachycardia, no ST elevation. Troponin to follow."
            ),
        )
    )
    assert O.medication_ordered(out, "aspirin"), O.medications(out)
    assert not O.medication_ordered(
        out, "metoprolol", "esmolol", "propranolol", "atenolol"
    ), O.medications(out)
    code = out.final.icd10 or ""
    assert not code.startswith("T43.6"), code


def test_cocaine_atrial_fibrillation_gets_no_beta_blocker(reason: Reason) -> None:
    """AF with a fast rate starting after cocaine use tonight: rate control without a
    beta-blocker (Amsterdam 2014 7.2, class III harm)."""
    out = reason(
        make_case(
            "palpitations",
            age=39,
            sex="M",
            vitals=vitals(152, 148, 92, 18, 98, 37.2),
            ed_note=(
                "39 year old man with irregular palpitations since snorting cocaine "
                "at a club 2 hours ago. ECG: atrial fibrillation, ventricular rate "
                "152. No chest pain. Alert and orientated."
            ),
        )
    )
    assert not O.medication_ordered(
        out, "metoprolol", "esmolol", "propranolol", "atenolol", "beta-?blocker"
    ), O.medications(out)


def test_high_voltage_injury_with_compartment_signs_gets_fasciotomy_referral(
    reason: Reason,
) -> None:
    """A high-voltage contact with a tense forearm painful on passive finger
    extension: compartment syndrome, an emergency surgical referral (BOAST 10)."""
    out = reason(
        make_case(
            "electrical injury",
            age=45,
            sex="M",
            vitals=vitals(104, 132, 80, 18, 98),
            ed_note=(
                "45 year old lineman touched an overhead high-voltage cable 2 hours "
                "ago. Entry wound left hand, exit wound right foot. The left forearm "
                "is swollen, tense and painful on passive finger extension; radial "
                "pulse present. CK 7200."
            ),
        )
    )
    assert any(
        o.kind == "consult"
        and O.mentions(o, ("fasciotomy",))
        and not O.mentions(o, (r"if compartment",))
        for o in O.orders(out)
    ), O.orders(out)


def test_ethylene_glycol_is_not_alcoholic_ketoacidosis(reason: Reason) -> None:
    """Antifreeze ingestion with an anion-gap acidosis and an osmolar gap, no
    alcohol use: a toxic alcohol (fomepizole, pyridoxine), not alcoholic
    ketoacidosis (McGuire 2006: AKA follows alcohol use)."""
    out = reason(
        make_case(
            "altered mental status",
            age=36,
            sex="M",
            vitals=vitals(108, 134, 80, 30, 97),
            ed_note=(
                "36 year old man found slurring and unsteady next to a bottle of "
                "antifreeze. Does not drink alcohol. Deep rapid breathing. VBG pH "
                "7.10, bicarbonate 7, anion gap 31, osmolar gap 38, ethanol "
                "undetectable, glucose 6.0. Urine calcium oxalate crystals."
            ),
        )
    )
    assert O.medication_ordered(out, "fomepizole"), O.medications(out)
    assert O.medication_ordered(out, "pyridoxine"), O.medications(out)
    assert not O.proposes(out, "alcoholic ketoacidosis"), O.diagnoses_proposed(out)


def test_carbon_monoxide_in_late_pregnancy_gets_fetal_monitoring(
    reason: Reason,
) -> None:
    """Carbon monoxide poisoning at 30 weeks: the fetus binds CO more avidly and
    clears it more slowly (Aubard & Magne BJOG 2000): obstetric review and fetal
    heart rate monitoring besides 100 % oxygen."""
    out = reason(
        make_case(
            "dizziness",
            age=32,
            sex="F",
            vitals=vitals(100, 116, 72, 18, 99),
            ed_note=(
                "32 year old woman, 30 weeks pregnant, with headache, nausea and "
                "dizziness since this morning; her partner has a headache too and "
                "they use a gas fire. Alert, GCS 15, no focal deficit. "
                "Carboxyhaemoglobin 16 %."
            ),
        )
    )
    assert O.medication_ordered(out, "100 ?% oxygen"), O.medications(out)
    assert O.ordered(out, "fetal"), O.orders(out)

"""Toxicology leftovers of session 31 and the paediatric 'one pill can kill' agents
(tox32).

Written from: Whyte IM et al. QJM 2003;96:369 and Goldfrank's Toxicologic Emergencies
11th ed. ch. 69 (venlafaxine: seizures, QRS; its own ICD-10-CM T43.21- poisoning);
Minns AB, Clark RF. J Emerg Med 2012;43:906 and Goldfrank's ch. 67 (antipsychotic
overdose, T43.59- / T43.4X-); Spiller HA et al. J Pediatr 1997;131:141, Little GL,
Boniface KS. J Emerg Med 2005;28:305 and Lung DD, Olson KR. Pediatr Emerg Care
2011;27:846 (a toddler's sulfonylurea: hourly glucose, admission >= 16 h, no
prophylactic dextrose); Seger DL. J Toxicol Clin Toxicol 2002;40:145 (clonidine) and
Goldfrank's ch. 4 (neuroimaging in the poisoned patient is for trauma, focal signs or an
unexplained course); ESI v4 handbook ch.3 (atropine is a life-saving intervention) and
Eddleston M et al. Lancet 2008;371:597 (organophosphates); Goldfrank's ch. 29 and 75,
Boyer & Shannon NEJM 2005 (toxic hyperthermia >= 40 C: intensive care); ICD-10-CM
Official Guidelines FY2024 I.C.19.e.5.b (intent as documented); Sateia MJ et al. AASM
2017 (insomnia is a sleep complaint).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT_HEAD = (r"\bct\b[^;]*head", r"ct brain", r"head ct")


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


def _admit(out: ReasoningOutput, level: str | None = None) -> bool:
    disp = O.disposition(out)
    return disp.disposition == "Admit" and (level is None or disp.admit_level == level)


def test_venlafaxine_overdose_with_a_seizure_is_an_snri_poisoning(
    reason: Reason,
) -> None:
    """Whyte 2003; Goldfrank ch. 69; ICD-10-CM T43.21-: venlafaxine taken in overdose is
    an SNRI poisoning (not serotonin syndrome as the final, not 'unspecified drugs');
    ECG and cardiac monitoring, benzodiazepine for seizures, admitted."""
    out = reason(
        make_case(
            "SEIZURE",
            age=29,
            sex="M",
            vitals=vitals(124, 138, 84, 18, 97, 37.5),
            one_liner="29M seizure after an overdose of venlafaxine",
            ed_note=(
                "Took about 30 tablets of venlafaxine XR 150 mg five hours ago. One "
                "generalised seizure at home. Now drowsy but answering, GCS 14, pupils "
                "6 mm, tremor. No head injury. No other ingestion known."
            ),
        )
    )
    assert _code(out).startswith("T43.21"), _code(out)
    assert O.ordered(out, r"\becg\b", "12-lead"), O.orders(out)
    assert O.ordered(out, "cardiac monitoring"), O.orders(out)
    assert O.medication_ordered(out, "benzodiazepine", "lorazepam", "midazolam")
    assert _admit(out), O.disposition(out)


def test_quetiapine_overdose_is_an_antipsychotic_poisoning(reason: Reason) -> None:
    """Minns & Clark 2012; Goldfrank ch. 67; ICD-10-CM Table of Drugs (quetiapine
    T43.59-): coded by its agent, with an airway watch and an ECG."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=41,
            sex="F",
            vitals=vitals(118, 104, 62, 14, 96),
            one_liner="41F overdose of quetiapine, drowsy",
            ed_note=(
                "Took 25 tablets of quetiapine 200 mg two hours ago. Drowsy, rousable "
                "to voice, GCS 13, pupils 4 mm. No other ingestion stated."
            ),
        )
    )
    assert _code(out).startswith("T43.59"), _code(out)
    assert O.ordered(out, "airway"), O.orders(out)
    assert O.ordered(out, r"\becg\b", "12-lead"), O.orders(out)


def test_haloperidol_overdose_is_coded_as_a_butyrophenone(reason: Reason) -> None:
    """ICD-10-CM Table of Drugs: haloperidol is T43.4X- (butyrophenones)."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=36,
            sex="M",
            vitals=vitals(104, 126, 78, 16, 98),
            one_liner="36M took an overdose of haloperidol",
            ed_note=(
                "Took an overdose of his haloperidol 5 mg, about 20 tablets, 3 hours "
                "ago. Alert, stiff neck muscles, no fever."
            ),
        )
    )
    assert _code(out).startswith("T43.4X"), _code(out)


def test_a_toddlers_sulfonylurea_gets_hourly_glucose_and_admission(
    reason: Reason,
) -> None:
    """Spiller 1997; Little & Boniface 2005; Lung & Olson 2011: one sulfonylurea tablet
    can kill a toddler; hypoglycaemia up to 16-21 h: poisoning named, serial glucose,
    admission, no prophylactic dextrose (it delays the hypoglycaemia)."""
    out = reason(
        make_case(
            "INGESTION",
            age=3,
            sex="F",
            vitals=vitals(112, 96, 60, 22, 99),
            one_liner="3F swallowed one of grandmother's glipizide tablets",
            ed_note=(
                "Three-year-old seen to swallow one of her grandmother's glipizide 10 "
                "mg tablets 30 minutes ago. Well and playful. Capillary glucose 5.8 "
                "mmol/L. Normal examination."
            ),
        )
    )
    assert _code(out).startswith("T38.3X"), _code(out)
    assert O.ordered(out, r"glucose[^;]*hourly", r"hourly[^;]*glucose"), O.orders(out)
    assert _admit(out), O.disposition(out)
    assert not any(
        "dextrose" in o.name.lower() and "for glucose" not in o.name.lower()
        for o in O.medications(out)
    ), O.medications(out)


def test_a_drowsy_toddler_after_clonidine_gets_no_head_ct(reason: Reason) -> None:
    """Seger 2002; Goldfrank ch. 4: drowsiness after a known clonidine ingestion, with
    no injury or focal sign, is the toxidrome; no CT head, admission with monitoring."""
    out = reason(
        make_case(
            "LETHARGY",
            age=2,
            sex="M",
            vitals=vitals(72, 84, 48, 18, 96, 36.3),
            one_liner="2M sleepy after getting into grandfather's clonidine",
            ed_note=(
                "Two-year-old found with his grandfather's clonidine 0.1 mg tablets an "
                "hour ago, three missing. Sleepy, rouses to voice, GCS 13, small "
                "pupils. No fall, no injury, no vomiting."
            ),
        )
    )
    assert _code(out).startswith("T46.5X"), _code(out)
    assert not O.ordered(out, *_CT_HEAD), O.orders(out)
    assert _admit(out), O.disposition(out)


def test_clonidine_with_a_head_injury_keeps_its_head_ct(reason: Reason) -> None:
    """Guard (NICE NG232; Goldfrank ch. 4): a head injury points to imaging whatever the
    poisoning explains."""
    out = reason(
        make_case(
            "LETHARGY",
            age=4,
            sex="F",
            vitals=vitals(70, 86, 50, 18, 97, 36.4),
            one_liner="4F sleepy after clonidine, fell down the stairs",
            ed_note=(
                "Four-year-old swallowed her brother's clonidine tablets this morning, "
                "then fell down the stairs and hit her head, large scalp haematoma. "
                "Vomited twice. Drowsy, GCS 12, small pupils."
            ),
        )
    )
    assert O.ordered(out, *_CT_HEAD), O.orders(out)


def test_organophosphate_crisis_with_hypoxaemia_is_esi_1(reason: Reason) -> None:
    """ESI v4 ch.3 (atropine is a life-saving intervention); Eddleston 2008: a
    cholinergic crisis with hypoxaemia needs atropine now."""
    out = reason(
        make_case(
            "NAUSEA",
            age=52,
            sex="M",
            vitals=vitals(46, 104, 62, 24, 88),
            one_liner="52M nauseated and drooling after spraying pesticide",
            ed_note=(
                "Sprayed an organophosphate insecticide in a closed greenhouse this "
                "morning without a mask. Drooling, sweating, vomiting, wheeze with "
                "copious secretions, pinpoint pupils, fasciculations."
            ),
        )
    )
    assert out.final.esi == 1, out.final.esi
    assert O.medication_ordered(out, "atropine"), O.medications(out)


def test_methamphetamine_hyperthermia_over_40_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """Goldfrank ch. 29 and 75; Richards 2015: a sympathomimetic toxidrome at >= 40 C
    needs continuous cooling and sedation in intensive care, not a ward."""
    out = reason(
        make_case(
            "AGITATION",
            age=31,
            sex="M",
            vitals=vitals(148, 176, 100, 26, 97, 40.6),
            one_liner="31M agitated and hyperthermic after methamphetamine",
            ed_note=(
                "Used methamphetamine all night. Agitated, diaphoretic, dilated "
                "pupils, hot skin, temperature 40.6. No injury."
            ),
        )
    )
    assert _admit(out, "icu"), O.disposition(out)


def test_an_overdose_taken_to_end_his_life_is_coded_as_self_harm(
    reason: Reason,
) -> None:
    """ICD-10-CM I.C.19.e.5.b (intent as documented); NICE NG225: 'to end his life' is
    intentional self-harm."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=47,
            sex="M",
            vitals=vitals(112, 118, 72, 16, 97),
            one_liner="47M overdose of amitriptyline",
            ed_note=(
                "Took 30 tablets of amitriptyline 25 mg an hour ago intending to end "
                "his life. Drowsy, dry mouth, pupils dilated."
            ),
        )
    )
    assert _code(out) == "T43.012A", _code(out)


def test_insomnia_in_a_well_adult_has_no_delirium_work_up(reason: Reason) -> None:
    """AASM 2017 (insomnia): an alert, oriented adult who cannot sleep is no delirium,
    hidden overdose or hypoglycaemia work-up and is not held in the department."""
    out = reason(
        make_case(
            "INSOMNIA",
            age=38,
            sex="F",
            vitals=vitals(74, 122, 76, 14, 99),
            one_liner="38F poor sleep for three weeks",
            ed_note=(
                "Three weeks of waking at 3 am since a house move. Mood fine, no "
                "thoughts of self-harm, no ingestion. Alert and oriented, normal "
                "examination."
            ),
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert not O.ordered(out, "delirium", "bladder scan"), O.orders(out)


def test_insomnia_with_suicidal_thoughts_stays_high_risk(reason: Reason) -> None:
    """Guard (ESI v4 ch.4; ACEP 2017): suicidal ideation under an insomnia complaint is
    high risk and is not sent home."""
    out = reason(
        make_case(
            "INSOMNIA",
            age=44,
            sex="M",
            vitals=vitals(88, 132, 82, 16, 99),
            one_liner="44M cannot sleep, thinking of suicide",
            ed_note=(
                "Not sleeping for a month since his divorce. Says he has been thinking "
                "of suicide and has a plan to take his pills."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_toddler_who_chewed_a_named_calcium_channel_blocker_is_high_risk(
    reason: Reason,
) -> None:
    """Bar-Oz 2004 ('one pill can kill'); ESI v4 ch.3: a toddler's ingestion of a
    calcium-channel blocker named by the drug, not by the word 'tablets', is high risk
    at triage and admitted (delayed vasodilatory shock: St-Onge 2017)."""
    out = reason(
        make_case(
            "INGESTION",
            age=2,
            sex="M",
            vitals=vitals(108, 94, 56, 24, 99),
            one_liner="2M chewed his grandmother's amlodipine",
            ed_note=(
                "Two-year-old found chewing his grandmother's amlodipine 10 mg half "
                "an hour ago. Well and playful. Normal examination."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert _admit(out), O.disposition(out)

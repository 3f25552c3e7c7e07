"""Toxicology and environmental emergencies, session 26 (tox26, issue 10).

Written from: Goldfrank's Toxicologic Emergencies 11th ed. (lithium ch. 71: coarse
tremor, ataxia, dysarthria and confusion are the drug's neurotoxicity; sodium-channel
blockers ch. 57); Decker BS et al. EXTRIP lithium, Clin J Am Soc Nephrol 2015;
Bruccoleri RE, Burns MM. J Med Toxicol 2016 (sodium bicarbonate for QRS > 100 ms);
Boyer EW, Shannon M. NEJM 2005 and Isbister GK et al. Med J Aust 2007 (serotonin
toxicity above 38.5 °C is cooled; > 41.1 °C paralysed); ICD-10-CM FY2024 Table of
Drugs (methadone T40.3-); Lavonas EJ et al. BMC Emerg Med 2011 and WHO 2016 (snake
envenomation: antivenom); Eddleston M et al. Lancet 2008 (cholinergic crisis);
Drew BJ et al. AHA 2010 (a QTc over a wide QRS is conduction delay).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_lithium_neurotoxicity_gets_no_stroke_work_up(reason: Reason) -> None:
    """Chronic lithium toxicity (level 2.9, ataxia, dysarthria, confusion, no focal
    weakness): EXTRIP haemodialysis, no stroke team, CT angiography or lysis."""
    out = reason(
        make_case(
            "unsteady",
            age=72,
            sex="M",
            vitals=vitals(66, 134, 78, 16, 97),
            ed_note=(
                "72 year old man on lithium for bipolar disorder, recently started "
                "on bendroflumethiazide. Four days of vomiting, worsening tremor, "
                "staggering gait and muddled thinking, speech slurred. Exam: "
                "confused, coarse tremor, ataxia, brisk reflexes, no focal weakness, "
                "no facial droop. Lithium level 2.9 mmol/L, creatinine 176."
            ),
        )
    )
    assert O.ordered(out, "dialys"), O.orders(out)
    assert not O.ordered(
        out, "stroke team", "neurosurg", r"\bcta\b", "ct angiograph", *O.LYTIC
    ), O.orders(out)


def test_methadone_overdose_is_coded_t40_3(reason: Reason) -> None:
    """Methadone poisoning has its own ICD-10-CM code, T40.3- (not 'other opioids')."""
    out = reason(
        make_case(
            "overdose",
            age=44,
            sex="F",
            vitals=vitals(62, 108, 66, 7, 86),
            ed_note=(
                "44 year old woman took her partner's methadone, about 80 mg, "
                "tonight. Found drowsy, pinpoint pupils, breathing 7 a minute. GCS 8."
            ),
        )
    )
    assert out.final.icd10 is not None and out.final.icd10.startswith("T40.3"), (
        out.final.icd10
    )


def test_propranolol_overdose_with_wide_qrs_gets_bicarbonate(reason: Reason) -> None:
    """Propranolol blocks sodium channels: QRS 124 ms after an overdose is treated
    with hypertonic sodium bicarbonate beside glucagon and high-dose insulin."""
    out = reason(
        make_case(
            "overdose",
            age=33,
            sex="M",
            vitals=vitals(52, 82, 48, 14, 96),
            ed_note=(
                "33 year old man took about 30 tablets of propranolol 80 mg three "
                "hours ago. Drowsy. ECG: sinus bradycardia 52, QRS 124 ms."
            ),
        )
    )
    assert O.medication_ordered(out, "bicarbonate"), O.medications(out)


def test_hyperthermic_serotonin_toxicity_is_cooled(reason: Reason) -> None:
    """Serotonin toxicity at 39.6 °C with rigidity: active cooling, not antipyretics."""
    out = reason(
        make_case(
            "agitation",
            age=26,
            sex="M",
            vitals=vitals(138, 158, 92, 26, 97, t=39.6),
            ed_note=(
                "26 year old man on fluoxetine was given tramadol for back pain two "
                "days ago. Agitated, sweating, tremulous. Exam: spontaneous and "
                "ocular clonus, hyperreflexia, rigid legs."
            ),
        )
    )
    assert O.ordered(out, "cool"), O.orders(out)


def test_button_battery_named_lithium_is_no_lithium_level(reason: Reason) -> None:
    """A '20 mm lithium' coin cell swallowed by a toddler: the battery's size is no
    serum lithium level, so no haemodialysis or lithium orders."""
    out = reason(
        make_case(
            "swallowed battery",
            age=3,
            sex="M",
            vitals=vitals(118, 96, 58, 24, 99),
            ed_note=(
                "3 year old boy swallowed a lithium 20 mm coin cell from a car key "
                "fob 40 minutes ago. Drooling, otherwise well."
            ),
        )
    )
    assert not O.ordered(out, "dialys", "stop lithium"), O.orders(out)
    assert O.ordered(out, "endoscop"), O.orders(out)


def test_pit_viper_envenomation_gets_antivenom(reason: Reason) -> None:
    """A copperhead bite with spreading swelling and low platelets is envenomation:
    antivenom (Lavonas 2011 unified algorithm)."""
    out = reason(
        make_case(
            "snake bite",
            age=55,
            sex="F",
            vitals=vitals(104, 118, 72, 18, 98),
            ed_note=(
                "55 year old woman bitten on the ankle by a copperhead while "
                "gardening 2 hours ago. Swelling spreading to the knee, bruising. "
                "Platelets 88, INR 1.7."
            ),
        )
    )
    assert O.medication_ordered(out, "antivenom"), O.medications(out)


def test_organophosphate_wheeze_is_not_asthma(reason: Reason) -> None:
    """Wheeze and bronchorrhoea after drinking an insecticide is the cholinergic
    crisis, atropine's, not an asthma exacerbation."""
    out = reason(
        make_case(
            "difficulty breathing",
            age=51,
            sex="M",
            vitals=vitals(54, 98, 60, 28, 88),
            one_liner="51M drank insecticide, wheezy, drooling, small pupils",
            ed_note=(
                "51 year old man drank an insecticide (diazinon) an hour ago. "
                "Vomiting, drooling, sweating. Exam: pinpoint pupils, wheeze "
                "throughout, muscle twitching, GCS 14."
            ),
        )
    )
    assert "asthma" not in (out.final.diagnosis_name or "").lower()
    assert O.medication_ordered(out, "atropine"), O.medications(out)


def test_tca_wide_qrs_long_qtc_is_not_torsades(reason: Reason) -> None:
    """A TCA overdose with QRS 146 ms and QTc 530 ms after a seizure: the long QT is
    the wide QRS (conduction delay), not torsades; bicarbonate is the treatment."""
    out = reason(
        make_case(
            "overdose",
            age=41,
            sex="F",
            vitals=vitals(128, 92, 54, 18, 96),
            ed_note=(
                "41 year old woman took about 40 tablets of nortriptyline 25 mg. "
                "Drowsy, one seizure. ECG: sinus tachycardia, QRS 146 ms, QTc 530 ms."
            ),
        )
    )
    ruled_in = [e.diagnosis.lower() for e in out.final.ledger if e.status == "ruled_in"]
    assert not any("torsades" in d for d in ruled_in), ruled_in
    assert O.medication_ordered(out, "bicarbonate"), O.medications(out)


def test_methadone_is_observed_beyond_four_hours(reason: Reason) -> None:
    """Methadone outlasts naloxone: admitted and observed 12-24 h, not 4 h
    (Boyer EW. NEJM 2012)."""
    out = reason(
        make_case(
            "overdose",
            age=50,
            sex="M",
            vitals=vitals(64, 118, 72, 8, 90),
            ed_note=(
                "50 year old man on a methadone programme took 120 mg extra methadone "
                "this evening. Drowsy, pinpoint pupils, RR 8; woke with naloxone "
                "0.4 mg IV."
            ),
        )
    )
    assert O.ordered(out, r"12-24 h"), O.orders(out)
    assert not O.ordered(out, r"4 h after last naloxone"), O.orders(out)


def test_iron_poisoning_with_acidosis_goes_to_intensive_care(reason: Reason) -> None:
    """A toddler's iron overdose with vomiting, lethargy and acidosis needs
    deferoxamine in a monitored bed (AAPCC 2005), not a ward."""
    out = reason(
        make_case(
            "ingestion",
            age=3,
            sex="F",
            vitals=vitals(150, 84, 50, 32, 98),
            ed_note=(
                "3 year old girl (14 kg) swallowed about 20 of her mother's ferrous "
                "sulfate tablets 5 hours ago. Vomiting repeatedly with blood, "
                "lethargic. VBG pH 7.21, lactate 4.6."
            ),
        )
    )
    assert O.medication_ordered(out, "deferoxamine"), O.medications(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_heroin_in_self_harm_is_coded_intentional(reason: Reason) -> None:
    """A heroin overdose taken in a suicide attempt is coded as intentional self-harm
    with the drug's own code, T40.1X2A (ICD-10-CM Official Guidelines I.C.19.e.5.b)."""
    out = reason(
        make_case(
            "unresponsive",
            age=27,
            sex="F",
            vitals=vitals(58, 104, 66, 5, 83),
            ed_note=(
                "27 year old woman found unresponsive beside a suicide note after "
                "injecting heroin. Pinpoint pupils, breathing 5 a minute."
            ),
        )
    )
    assert out.final.icd10 == "T40.1X2A", out.final.icd10

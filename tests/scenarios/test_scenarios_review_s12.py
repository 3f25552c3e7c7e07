"""Third physician's review (review10, issue 10): safety properties of classic ED
presentations written from guidelines (``_cases_s12.py``), each naming its source.

Each test failed on main before the change it guards (benchmarks/RESULTS.md,
"review10 s12"), except those marked as guards.
"""

from __future__ import annotations

import pytest

from tests.scenarios import _orders as O
from tests.scenarios._cases_s12 import CASES
from tests.scenarios.conftest import Reason, make_case

AV_NODAL = ("diltiazem", "verapamil", "metoprolol", "esmolol", "adenosine", "digoxin")


def test_beta_blocker_shock_gets_its_antidotes(reason: Reason) -> None:
    """Lavonas EJ et al. AHA 2023 toxicology: beta-blocker overdose with bradycardia and
    shock gets atropine, glucagon or high-dose insulin, and a vasopressor, not only
    dextrose for the low glucose."""
    out = reason(CASES["beta_blocker"])
    assert O.medication_ordered(out, "atropine")
    assert O.medication_ordered(out, "glucagon", "high-dose insulin")
    assert O.medication_ordered(out, "norepinephrine", "epinephrine infusion")


def test_calcium_channel_blocker_shock_gets_calcium(reason: Reason) -> None:
    """St-Onge M et al. Crit Care Med 2017: calcium and high-dose insulin for CCB shock;
    never CIWA-Ar or an unspecified-poisoning plan alone."""
    out = reason(CASES["ccb"])
    assert O.medication_ordered(out, "calcium chloride", "calcium gluconate")
    assert O.medication_ordered(out, "high-dose insulin")


def test_organophosphate_gets_atropine_not_naloxone(reason: Reason) -> None:
    """Eddleston M et al. Lancet 2008: cholinergic crisis (miosis, bronchorrhoea,
    bradycardia) after insecticide is treated with atropine and decontamination; the
    pinpoint pupils are not an opioid toxidrome."""
    out = reason(CASES["organophosphate"])
    assert O.medication_ordered(out, "atropine")
    assert O.ordered(out, "decontaminat")
    assert not O.medication_ordered(out, "naloxone")


def test_carbon_monoxide_gets_oxygen(reason: Reason) -> None:
    """ACEP clinical policy 2017: a raised carboxyhaemoglobin with confusion gets 100 %
    oxygen (the COHb result is read, whatever the headache complaint)."""
    out = reason(CASES["carbon_monoxide"])
    assert O.ordered(out, "100% oxygen", "hyperbaric")


def test_intussusception_is_considered_and_not_discharged(reason: Reason) -> None:
    """Kelley-Quon LI et al. J Pediatr Surg 2021 (APSA): currant-jelly stool, colicky
    crying and a sausage-shaped mass in a 9-month-old: intussusception, ultrasound,
    surgery; never gastroenteritis with oral rehydration and discharge."""
    out = reason(CASES["intussusception"])
    assert O.proposes(out, "intussusception")
    assert O.ordered(out, "ultrasound")
    assert not O.ordered(out, "oral rehydration")
    assert O.disposition(out).disposition != "Discharge"


def test_suspected_abuse_in_an_infant(reason: Reason) -> None:
    """AAP 2015 (Christian CW): a non-ambulatory infant with a femoral swelling and
    bruises of different ages: skeletal survey, child protection, not discharged."""
    out = reason(CASES["nai_infant"])
    assert O.ordered(out, "skeletal survey")
    assert O.ordered(out, "child protection")
    assert O.disposition(out).disposition != "Discharge"


def test_postpartum_haemorrhage_gets_uterotonic_not_ectopic_workup(
    reason: Reason,
) -> None:
    """ACOG PB 183 (2017); WOMAN trial 2017: bleeding 2 h after birth with a boggy
    uterus gets oxytocin, tranexamic acid and obstetrics; an ectopic workup
    (transvaginal ultrasound, hCG) after a delivery is wrong."""
    out = reason(CASES["pph"])
    assert O.medication_ordered(out, "oxytocin")
    assert O.medication_ordered(out, "tranexamic")
    assert O.ordered(out, "obstetric")
    assert not O.ordered(out, "transvaginal", "hcg")


def test_ectopic_not_proposed_in_the_third_trimester(reason: Reason) -> None:
    """ACOG PB 193 (2018): ectopic pregnancy is a first-trimester diagnosis; at 33 weeks
    bleeding with a hard uterus is placental abruption, not an ectopic workup."""
    out = reason(CASES["abruption"])
    assert not O.ordered(out, "transvaginal")
    assert O.ordered(out, "obstetric")


def test_tension_pneumothorax_decompressed_before_imaging(reason: Reason) -> None:
    """ATLS 10th ed.: tracheal deviation and absent breath sounds with shock is a
    clinical diagnosis; decompress first, do not wait for a chest x-ray."""
    out = reason(CASES["tension_ptx"])
    decompress = O.first_index(out, "decompress", "finger thoracostomy")
    assert decompress is not None
    xray = O.first_index(out, "x-ray")
    assert xray is None or decompress < xray


def test_spinal_cord_injury_gets_motion_restriction(reason: Reason) -> None:
    """AANS/CNS 2013; ATLS 10th ed.: a sensory level and priapism after a shallow dive:
    spinal motion restriction, spine imaging, MAP support, neurosurgery."""
    out = reason(CASES["cord_injury"])
    assert O.ordered(out, "spinal motion restriction", "collar")
    assert O.ordered(out, "neurosurg", "spine surgery")


def test_hypothermia_is_rewarmed(reason: Reason) -> None:
    """WMS 2019 accidental hypothermia: core 28.5 °C: gentle handling and rewarming, not
    an adult 30 mL/kg sepsis bolus as the plan."""
    out = reason(CASES["hypothermia"])
    assert O.ordered(out, "rewarm")
    assert O.proposes(out, "hypothermia")


def test_heat_stroke_is_cooled(reason: Reason) -> None:
    """WMS 2019 heat illness; Epstein & Yanovich NEJM 2019: 41.2 °C with confusion
    after a marathon: immediate cooling (cold-water immersion)."""
    out = reason(CASES["heat_stroke"])
    assert O.ordered(out, "cooling", "cold-water immersion")


def test_adrenal_crisis_gets_hydrocortisone(reason: Reason) -> None:
    """Endocrine Society 2016 (Bornstein): known Addison's, vomiting and shock:
    hydrocortisone now, not an antiemetic and oral rehydration."""
    out = reason(CASES["adrenal_crisis"])
    assert O.medication_ordered(out, "hydrocortisone")
    assert not O.ordered(out, "oral rehydration")


def test_thyroid_storm_gets_its_treatment(reason: Reason) -> None:
    """ATA 2016: Graves disease off carbimazole with fever, AF and agitation: a
    thionamide and a beta-blocker, not rate control alone."""
    out = reason(CASES["thyroid_storm"])
    assert O.medication_ordered(out, "propylthiouracil", "methimazole")


def test_ttp_goes_to_haematology(reason: Reason) -> None:
    """ISTH 2020 TTP: platelets 14 with schistocytes and confusion: haematology for
    plasma exchange now."""
    out = reason(CASES["ttp"])
    assert O.ordered(out, "plasma exchange", "haematology", "hematology")


def test_no_av_nodal_blocker_in_pre_excited_af(reason: Reason) -> None:
    """AHA/ACC/HRS 2019 AF focused update (class III: harm): no diltiazem, verapamil,
    beta-blocker, adenosine, digoxin or amiodarone in pre-excited AF; cardioversion or
    procainamide instead."""
    out = reason(CASES["af_wpw"])
    assert not O.medication_ordered(out, *AV_NODAL, "amiodarone")
    assert O.ordered(out, "cardioversion", "procainamide")


def test_child_with_epiglottitis_is_not_sent_to_ct(reason: Reason) -> None:
    """RCH Melbourne upper airway obstruction guideline: a drooling, tripoding child
    with suspected epiglottitis is kept calm and upright; no CT neck or pharyngeal
    needle before the airway is secured."""
    out = reason(CASES["epiglottitis"])
    assert not O.ordered(out, r"\bct\b", "needle aspiration", "incision and drainage")
    assert O.ordered(out, "airway")


@pytest.mark.parametrize(
    "key",
    ["salicylate", "acetaminophen_4h", "opioid_hypoventilation", "sah_thunderclap"],
)
def test_guards_toxicology_and_sah_keep_their_protocol(
    reason: Reason, key: str
) -> None:
    """Guards (passed before): EXTRIP/AACT salicylate, Rumack-Matthew acetaminophen,
    AHA 2020 opioid emergency, AHA/ASA 2023 SAH keep their specific treatment."""
    out = reason(CASES[key])
    expected = {
        "salicylate": ("bicarbonate",),
        "acetaminophen_4h": ("acetylcysteine",),
        "opioid_hypoventilation": ("naloxone",),
        "sah_thunderclap": ("ct head", "nimodipine"),
    }[key]
    assert O.ordered(out, *expected)


def test_dissection_is_the_working_diagnosis_without_an_nsaid(reason: Reason) -> None:
    """ACC/AHA 2022 aortic disease: tearing interscapular pain with a pulse deficit is
    worked up and treated as dissection (CTA, impulse control), never as low back
    pain with an NSAID."""
    out = reason(CASES["dissection_type_a"])
    result = O.treatment(out)
    assert (
        result is not None and "dissection" in (result.working_diagnosis or "").lower()
    )
    assert not O.medication_ordered(out, *O.NSAID, "nsaid")
    assert O.ordered(out, "cta", "ct angiography")


def test_no_nsaid_for_an_unconfirmed_sprain_beside_a_cord_injury(
    reason: Reason,
) -> None:
    """AANS/CNS 2013: the cord injury is treated; an NSAID for an 'ankle sprain' that
    nothing supports is not symptom relief beside it."""
    out = reason(CASES["cord_injury"])
    assert not O.medication_ordered(out, *O.NSAID, "nsaid")


def test_no_nsaid_beside_suspected_acs(reason: Reason) -> None:
    """AHA/ACC 2014 NSTE-ACS (class III: harm): no NSAID while ACS is the working
    diagnosis, even as relief for a musculoskeletal alternative that nothing
    supports (a 61-year-old man with chest pain and no note yet)."""
    case = make_case(
        "CHEST PAIN",
        age=61,
        sex="Male",
        vitals={
            "heart_rate": 88,
            "systolic_bp": 148,
            "diastolic_bp": 88,
            "respiratory_rate": 18,
            "spo2": 97,
            "temperature_c": 36.8,
        },
        case_id="s12-acs",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "ibuprofen", "naproxen", "ketorolac")


def test_no_magnesium_for_severe_range_bp_without_pregnancy(reason: Reason) -> None:
    """ACOG PB 222: pre-eclampsia treatment (magnesium, obstetric antihypertensives)
    needs a documented pregnancy or postpartum state; a woman with vaginal bleeding
    and BP 166/104 and no pregnancy documented gets her hCG first."""
    case = make_case(
        "VAGINAL BLEEDING",
        age=34,
        sex="Female",
        vitals={
            "heart_rate": 78,
            "systolic_bp": 166,
            "diastolic_bp": 104,
            "respiratory_rate": 16,
            "spo2": 99,
            "temperature_c": 36.9,
        },
        case_id="s12-bp-bleed",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "magnesium")


def test_no_arrest_drugs_after_rosc(reason: Reason) -> None:
    """AHA 2020 post-cardiac arrest care (Panchal 2020): a patient brought in after an
    out-of-hospital VF arrest with a pulse and BP 86/54 gets post-ROSC care, not CPR
    and 1 mg epinephrine boluses."""
    case = make_case(
        "CARDIAC ARREST",
        age=58,
        sex="Male",
        vitals={
            "heart_rate": 112,
            "systolic_bp": 86,
            "diastolic_bp": 54,
            "respiratory_rate": 16,
            "spo2": 92,
        },
        one_liner="58 y.o. man after an out-of-hospital ventricular fibrillation"
        " cardiac arrest, return of spontaneous circulation after two shocks",
        case_id="s12-rosc",
    )
    out = reason(case)
    assert not O.ordered(out, r"\bcpr\b", "epinephrine 1 mg iv every")
    assert O.ordered(out, "post-rosc")


def test_guard_pulseless_arrest_gets_cpr(reason: Reason) -> None:
    """Guard (AHA 2020 ACLS): a pulseless patient with no blood pressure still gets CPR
    and epinephrine."""
    case = make_case(
        "CARDIAC ARREST",
        age=66,
        sex="Male",
        vitals={"heart_rate": 0, "respiratory_rate": 0},
        one_liner="66 y.o. man found pulseless, CPR in progress",
        case_id="s12-arrest",
    )
    out = reason(case)
    assert O.ordered(out, r"\bcpr\b")
    assert O.medication_ordered(out, "epinephrine")


def test_unresponsive_to_a_drug_is_not_unresponsiveness(reason: Reason) -> None:
    """ATLS 10th ed. airway for GCS <= 8 / unresponsive: 'urinary symptoms unresponsive
    to tamsulosin' is a treatment response; an alert walking patient gets no airway
    plan or RSI."""
    case = make_case(
        "URINARY FREQUENCY",
        age=58,
        sex="Male",
        vitals={
            "heart_rate": 76,
            "systolic_bp": 132,
            "diastolic_bp": 80,
            "respiratory_rate": 14,
            "spo2": 99,
            "temperature_c": 36.7,
        },
        one_liner="58 y.o. man with weak stream and nocturia for months, unresponsive"
        " to tamsulosin, walked in",
        case_id="s12-tamsulosin",
    )
    out = reason(case)
    assert not O.ordered(out, "airway plan", r"\brsi\b")


def test_gi_bleed_on_warfarin_gets_reversal(reason: Reason) -> None:
    """ACC expert consensus 2020 (Tomaselli): haematemesis in shock on warfarin with
    INR 5.8: 4-factor PCC and IV vitamin K, and no anticoagulant continued."""
    out = reason(CASES["ugib_warfarin"])
    assert O.ordered(out, "pcc", "prothrombin complex")
    assert O.ordered(out, "vitamin k")
    assert not O.medication_ordered(out, "heparin", "apixaban", r"^warfarin")


def test_older_adult_abdominal_pain_gets_labs(reason: Reason) -> None:
    """Lewis LM et al. J Emerg Med 2005; ACEP geriatric ED guidelines 2014: an
    81-year-old with abdominal pain and tachycardia gets blood tests (lipase, lactate)
    and an ECG, not an antiemetic and oral rehydration alone."""
    case = make_case(
        "ABD. PAIN",
        age=81,
        sex="Female",
        vitals={
            "heart_rate": 110,
            "systolic_bp": 100,
            "diastolic_bp": 60,
            "respiratory_rate": 22,
            "spo2": 93,
            "temperature_c": 37.1,
        },
        case_id="s12-older-abdo",
    )
    out = reason(case)
    assert O.ordered(out, "lipase")
    assert O.ordered(out, "ecg")

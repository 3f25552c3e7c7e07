"""neuro31 (issue 10): neurological emergencies, third review and session-30 leftovers.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Do TP et al. SNNOOP10 red flags. Neurology 2019;92:134; Edlow JA et al. ACEP
  clinical policy: acute headache. Ann Emerg Med 2008;52:407 (new headache after 50,
  immune deficiency: neuroimaging); Mackie SL et al. BSR 2020 giant cell arteritis;
- Huff JS et al. ACEP clinical policy: seizures. Ann Emerg Med 2014;63:437 (first
  unprovoked seizure back to baseline need not be admitted); ACOG PB 222 2020;
- Hoh BL et al. AHA/ASA 2023 aneurysmal SAH; Perry JJ et al. BMJ 2011 (CT after 6 h);
  Greenberg SM et al. AHA/ASA 2022 ICH; ICD-10-CM Official Guidelines FY2024 IV.H
  (uncertain diagnoses are not coded in the ED);
- Biller J et al. AHA/ASA 2014 cervical arterial dissection (painful Horner syndrome);
- van Harten PN et al. BMJ 1999;319:623 (drug-induced acute dystonia);
- Consortium for Spinal Cord Medicine 2001 / Krassioukov A et al. 2021 (autonomic
  dysreflexia);
- Galvin R et al. EFNS 2010 Wernicke's encephalopathy; Caine D et al. JNNP 1997;
- Hodges JR, Warlow CP. JNNP 1990;53:834 (transient global amnesia);
- Easton JD et al. AHA/ASA 2009 TIA (a deficit that has resolved).

Each scenario asserts safety properties and failed on main 0bde63c before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CT_HEAD = ("ct head", "ct of the head", "head ct", "ct brain")
ANTICHOLINERGIC = ("benztropine", "diphenhydramine", "procyclidine")
IV_INFUSION_ANTIHYPERTENSIVE = ("nicardipine", "labetalol", "clevidipine", "esmolol")


def _final(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def test_new_headache_after_fifty_is_imaged_and_gca_tested(reason: Reason) -> None:
    """SNNOOP10 (onset after 50) and ACEP 2008 level C: an older adult with a new
    headache and a normal examination gets neuroimaging before it is called primary,
    and after 50 the ESR and CRP for giant cell arteritis (BSR 2020)."""
    out = reason(
        make_case(
            "headache",
            age=63,
            sex="F",
            vitals=vitals(88, 138, 82, 16, 98, 37.0),
            ed_note=(
                "63-year-old woman with a new-onset headache for three days, dull and "
                "global. She has never had headaches before. No injury. Alert, normal "
                "neurological examination, no meningism."
            ),
        )
    )
    assert O.ordered(out, *CT_HEAD)
    assert O.ordered(out, "esr", "crp", "c-reactive")
    assert O.disposition(out).disposition != "Discharge"


def test_headache_with_immune_deficiency_is_imaged(reason: Reason) -> None:
    """SNNOOP10 (immune deficiency) and ACEP 2008 level C: an HIV-positive adult with a
    new headache is imaged (mass, abscess, opportunistic infection) before any
    migraine treatment decides it."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="M",
            vitals=vitals(84, 126, 78, 16, 98, 37.2),
            ed_note=(
                "36-year-old man with HIV, CD4 count 90, not taking antiretrovirals. "
                "Headache for a week, getting worse. No trauma. Alert, normal "
                "neurological examination."
            ),
        )
    )
    assert O.ordered(out, *CT_HEAD)


def test_first_seizure_back_to_baseline_goes_home_with_follow_up(
    reason: Reason,
) -> None:
    """ACEP 2014 level C: a first unprovoked seizure with a return to the clinical
    baseline, a normal examination and normal glucose and sodium need not be admitted;
    outpatient neurology with EEG follows."""
    out = reason(
        make_case(
            "seizure",
            age=31,
            sex="M",
            vitals=vitals(92, 132, 80, 16, 98, 36.9),
            one_liner="31M first generalised seizure at the gym, sleepy afterwards",
            ed_note=(
                "31-year-old man. His trainer saw him go rigid and jerk all four limbs "
                "for a minute; drowsy for 10 minutes afterwards. First ever seizure. "
                "No head injury, no alcohol or drugs, no fever. Now GCS 15, alert and "
                "oriented, normal neurological examination, no injuries. Glucose 5.9 "
                "mmol/L, sodium 140 mmol/L."
            ),
        )
    )
    assert "seizure" in _final(out) or "convulsion" in _final(out)
    assert O.disposition(out).disposition == "Discharge"
    assert O.ordered(out, "neurology", "eeg")


def test_postpartum_first_seizure_is_not_sent_home(reason: Reason) -> None:
    """Guard. ACOG PB 222: a seizure in the puerperium is eclampsia until shown
    otherwise: magnesium and admission, never the first-seizure discharge."""
    out = reason(
        make_case(
            "seizure",
            age=27,
            sex="F",
            vitals=vitals(96, 168, 108, 18, 98, 36.8),
            ed_note=(
                "27-year-old woman, 9 days after a vaginal delivery. A first "
                "generalised seizure at home, now back to baseline, GCS 15, oriented. "
                "Headache since yesterday. No history of epilepsy. Glucose 5.0 mmol/L."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.medication_ordered(out, "magnesium")


def test_sah_unshown_after_a_late_normal_ct_takes_no_icu_bed_or_code(
    reason: Reason,
) -> None:
    """AHA/ASA 2023 aSAH: the neurocritical care bed is for a shown SAH. A normal CT
    more than 6 h after onset (Perry 2011) leaves LP or CT angiography to do in a
    monitored bed; until then the ED diagnosis is the headache (ICD-10-CM IV.H)."""
    out = reason(
        make_case(
            "headache",
            age=51,
            sex="M",
            vitals=vitals(80, 150, 88, 16, 98, 36.8),
            ed_note=(
                "51-year-old man. Sudden severe occipital headache three days ago "
                "during sex, worst of his life, with vomiting and a stiff neck. Still "
                "present. Alert, GCS 15, no focal deficit, neck stiff on flexion. "
                "Non-contrast CT head negative, done 68 hours after onset."
            ),
        )
    )
    assert O.ordered(out, "lumbar puncture", "cta", "ct angiography")
    disposition = O.disposition(out)
    assert disposition.disposition in ("Admit", "Observation")
    assert disposition.admit_level != "icu"
    assert not (out.final.icd10 or "").startswith("I60")


def test_unimaged_posterior_stroke_syndrome_is_not_coded_as_infarct(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.2.1 and Runchey & McGee 2010: an infarct is told from a
    cerebellar or brainstem haemorrhage by imaging only. Before it the CT with
    angiography is ordered, lysis waits, and the ED diagnosis is neither an infarct
    nor a haemorrhage (ICD-10-CM IV.H: uncertain diagnoses are not coded)."""
    out = reason(
        make_case(
            "dizziness",
            age=75,
            sex="F",
            vitals=vitals(84, 192, 100, 18, 96, 36.7),
            ed_note=(
                "75-year-old woman with hypertension. Sudden vertigo and vomiting 90 "
                "minutes ago, cannot stand, slurred speech and double vision. Now "
                "drowsy, GCS 13. Left-sided ataxia. Glucose 6.9. CT pending."
            ),
        )
    )
    assert O.ordered(out, "ct angiography")
    assert not O.medication_ordered(out, "alteplase", "tenecteplase")
    assert not (out.final.icd10 or "").startswith(("I61", "I63"))


def test_painful_horner_after_neck_manipulation_gets_vessel_imaging(
    reason: Reason,
) -> None:
    """AHA/ASA 2014 cervical arterial dissection: neck pain or headache with a partial
    Horner syndrome (ptosis and a small pupil) is a carotid dissection until CT or MR
    angiography shows otherwise; not a migraine sent home."""
    out = reason(
        make_case(
            "neck pain",
            age=38,
            sex="F",
            vitals=vitals(78, 132, 80, 16, 99, 36.7),
            ed_note=(
                "38-year-old woman. Right-sided neck pain and right temple headache "
                "for two days after a neck manipulation by her chiropractor. Her right "
                "eyelid droops and the right pupil is smaller than the left. Limbs, "
                "speech and gait normal."
            ),
        )
    )
    assert O.ordered(out, "ct angiography", "cta", "mr angiography", "mra")
    assert O.disposition(out).disposition != "Discharge"


def test_acute_dystonia_after_an_antiemetic_gets_an_anticholinergic(
    reason: Reason,
) -> None:
    """van Harten 1999: a dystonia (oculogyric crisis, torticollis) within days of a
    dopamine-blocking antiemetic, with a clear mind and no fever, is an acute dystonic
    reaction: a parenteral anticholinergic, an oral course, home."""
    out = reason(
        make_case(
            "eye problem",
            age=23,
            sex="M",
            vitals=vitals(96, 128, 76, 16, 99, 36.9),
            ed_note=(
                "23-year-old man given prochlorperazine for vomiting two days ago. "
                "Since this afternoon an oculogyric crisis: his eyes are fixed looking "
                "upwards, with torticollis to the right. Alert, talking normally, no "
                "stridor, no fever, no rigidity."
            ),
        )
    )
    assert "dystonia" in _final(out)
    assert O.medication_ordered(out, *ANTICHOLINERGIC)
    assert O.disposition(out).disposition == "Discharge"


def test_autonomic_dysreflexia_removes_the_trigger_first(reason: Reason) -> None:
    """Consortium for Spinal Cord Medicine 2001: a pressure surge above a T6-or-higher
    cord injury is autonomic dysreflexia: sit up and empty the bladder first, a
    short-acting agent only if it stays high; no titrated IV infusion as for a
    hypertensive emergency."""
    out = reason(
        make_case(
            "headache",
            age=41,
            sex="F",
            vitals=vitals(52, 204, 112, 16, 98, 36.7),
            ed_note=(
                "41-year-old woman with a C6 spinal cord injury from a diving "
                "accident, suprapubic catheter. Sudden pounding headache for 30 "
                "minutes, sweating and flushed face, blurred vision. Catheter has not "
                "drained since this morning. Usual BP 95/60."
            ),
        )
    )
    assert "dysreflexia" in O.working(out)
    assert O.ordered(out, "catheter")
    assert not O.medication_ordered(out, *IV_INFUSION_ANTIHYPERTENSIVE)


def test_wernicke_encephalopathy_is_admitted(reason: Reason) -> None:
    """EFNS 2010: Wernicke's encephalopathy (Caine criteria: eye signs in alcohol use)
    is treated with IV thiamine three times a day for days, in hospital, also when a
    low glucose beside it is corrected at once."""
    out = reason(
        make_case(
            "confusion",
            age=49,
            sex="M",
            vitals=vitals(102, 118, 72, 16, 97, 36.4),
            ed_note=(
                "49-year-old man with alcohol dependence, eating little for a month. "
                "Confused and unsteady for three days. Examination: disoriented, "
                "bilateral sixth nerve palsy, nystagmus, ataxic gait. Capillary "
                "glucose 2.9 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, "thiamine")
    assert O.disposition(out).disposition == "Admit"


def test_transient_global_amnesia_is_named_and_not_a_sepsis_work_up(
    reason: Reason,
) -> None:
    """Hodges & Warlow 1990: sudden anterograde amnesia with repetitive questioning,
    identity kept, no focal or epileptic sign, no head injury, is transient global
    amnesia: glucose and observation, not delirium's sepsis screen."""
    out = reason(
        make_case(
            "confusion",
            age=66,
            sex="M",
            vitals=vitals(72, 146, 86, 14, 98, 36.6),
            ed_note=(
                "66-year-old man who after digging the garden could not remember the "
                "last hours and was asking the same questions again and again for "
                "three hours. Knew his name and his wife. No weakness, no speech "
                "problem, no headache, no head injury, no seizure activity, no "
                "alcohol. Now GCS 15, normal neurological examination, still amnesic "
                "for the morning. Glucose 6.0."
            ),
        )
    )
    assert "amnesia" in _final(out)
    assert not O.ordered(out, "blood cultures")


def test_deficit_now_back_to_normal_is_a_tia_without_lysis(reason: Reason) -> None:
    """AHA/ASA 2009 TIA: a focal deficit that has resolved ('now back to normal') is a
    TIA: imaging, ECG and antiplatelet secondary prevention, no thrombolysis."""
    out = reason(
        make_case(
            "weakness",
            age=71,
            sex="F",
            vitals=vitals(76, 162, 90, 16, 97, 36.7),
            ed_note=(
                "71-year-old woman with hypertension. This morning her left arm went "
                "weak and her face drooped for 20 minutes, now back to normal. NIHSS "
                "0, normal neurological examination. Glucose 6.8. ECG sinus rhythm."
            ),
        )
    )
    assert "transient" in O.working(out) or "transient" in _final(out)
    assert not O.medication_ordered(out, "alteplase", "tenecteplase")

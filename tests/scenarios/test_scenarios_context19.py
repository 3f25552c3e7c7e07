"""How the offline reasoner reads a note: history lists, sample quality, lay words.

context19 (issue 10). Text-layer sources: NegEx (Chapman WW et al. J Biomed Inform
2001;34:301) and ConText (Harkema H et al. J Biomed Inform 2009;42:839): a history
trigger's scope covers the items of its statement up to a termination term or a new
clinical statement. Clinical sources: AHA/ASA 2019 acute ischaemic stroke (Powers WJ
et al. Stroke 2019;50:e344: the deficit that counts is the new one; a residual
deficit of an old stroke is baseline); GOLD 2024 (emphysema is the chronic disease,
an exacerbation is an acute worsening of symptoms).

Each scenario failed on main before the change unless marked a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_STROKE = ("infarction", "stroke", "cerebrovascular")


def test_residual_deficit_of_an_old_stroke_is_not_a_new_stroke(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: "previous CVA, R hemiparesis and expressive dysphasia" in a
    febrile cough is the baseline of a care-home resident, not a focal deficit today
    (main proposed a cerebral infarction)."""
    out = reason(
        make_case(
            "COUGH",
            age=78,
            sex="M",
            vitals=vitals(96, 138, 80, 22, 93, 38.3),
            one_liner="78-year-old man with cough and fever",
            ed_note="HPI: 78M, previous CVA 2021, R hemiparesis and expressive"
            " dysphasia, lives in a care home. Productive cough and fever for 3"
            " days. Crackles at the L base.",
        )
    )
    assert not O.proposes(out, *_STROKE)
    assert not O.ordered(out, "stroke team", "ct head", "cta head")


def test_a_new_deficit_after_an_old_stroke_is_a_stroke(reason: Reason) -> None:
    """Guard (AHA/ASA 2019): after the old residual deficit, "now new L facial droop
    and L arm weakness" within the window is a stroke: imaging and the stroke team."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=77,
            sex="F",
            vitals=vitals(84, 176, 94, 16, 97),
            one_liner="77-year-old woman with new weakness",
            ed_note="HPI: 77F, h/o stroke, R hemiparesis. Now new L facial droop and"
            " L arm weakness, last seen well 50 minutes ago.",
        )
    )
    assert O.proposes(out, *_STROKE)
    assert O.ordered(out, "ct head", "ct/cta head", "mri")


def test_severe_emphysema_in_the_history_is_no_exacerbation(reason: Reason) -> None:
    """GOLD 2024: "known COPD, severe emphysema" names the chronic disease; an ankle
    sprain with normal breathing is no COPD exacerbation (main proposed one)."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=66,
            sex="F",
            vitals=vitals(84, 136, 80, 16, 95),
            one_liner="66-year-old woman with an ankle injury",
            ed_note="HPI: 66F. Known COPD, severe emphysema. Twisted her right ankle"
            " on a kerb, can weight bear 4 steps. Tender over the ATFL, no bony"
            " tenderness at the malleoli.",
        )
    )
    assert not O.proposes(out, "exacerbation")


_HYPERK_TREATMENT = ("calcium gluconate", "calcium chloride", "insulin")


def test_a_haemolysed_potassium_is_repeated_not_treated(reason: Reason) -> None:
    """UK Kidney Association 2020: a potassium of 6.8 from a sample marked
    haemolysed, with a normal ECG, is pseudohyperkalaemia until an urgent repeat on
    a non-haemolysed sample (main gave calcium and insulin)."""
    out = reason(
        make_case(
            "FATIGUE",
            age=59,
            sex="M",
            vitals=vitals(78, 142, 84, 16, 98),
            one_liner="59-year-old man with a week of tiredness",
            ed_note="HPI: 59M, type 2 diabetes, on lisinopril. Tired for a week."
            " Bloods: Na 138, K 6.8 (sample haemolysed), creatinine 1.1. ECG: sinus"
            " rhythm 76, normal T waves, QRS 88 ms.",
        )
    )
    assert not O.medication_ordered(out, *_HYPERK_TREATMENT)
    assert O.ordered(out, "repeat potassium", "non-haemolysed", "non-hemolyzed")


def test_a_haemolysed_potassium_with_hyperkalaemic_ecg_is_treated(
    reason: Reason,
) -> None:
    """Guard (UK Kidney Association 2020): hyperkalaemic ECG changes with a high
    potassium are treated whatever the sample (calcium, insulin with glucose)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=64,
            sex="F",
            vitals=vitals(52, 150, 84, 16, 98),
            one_liner="64-year-old woman on dialysis with weakness",
            ed_note="HPI: 64F, end-stage renal failure on haemodialysis, missed a"
            " session. Generalised weakness. K 7.4, hemolyzed. ECG: peaked T waves,"
            " QRS 130 ms.",
        )
    )
    assert O.medication_ordered(out, "calcium gluconate", "calcium chloride")
    assert O.medication_ordered(out, "insulin")


def test_lay_words_of_saddle_anaesthesia_and_incontinence_get_an_mri(
    reason: Reason,
) -> None:
    """GIRFT 2023 suspected cauda equina pathway / NICE CKS: back pain with saddle
    anaesthesia ("cannot feel the toilet paper when she wipes") and new incontinence
    ("wet herself without noticing") needs an emergency MRI and a spinal surgeon;
    main's triage read the red flags but its spinal pathway did not, and discharged
    her with an NSAID."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=44,
            sex="F",
            vitals=vitals(88, 134, 82, 16, 99),
            one_liner="44-year-old woman with low back pain",
            ed_note="HPI: 44F, lifting injury 3 days ago, low back pain radiating"
            " down both legs. Today says she cannot feel the toilet paper when she"
            " wipes and wet herself on the way in without noticing.",
        )
    )
    assert O.ordered(out, "mri")
    assert O.disposition(out).disposition != "Discharge"


def test_numb_soles_of_the_feet_are_no_saddle_anaesthesia(reason: Reason) -> None:
    """Guard (NICE CKS sciatica): unilateral sciatica with numbness in the bottom of
    one foot and normal bladder and bowel is no cauda equina red flag: no emergency
    MRI."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=38,
            sex="M",
            vitals=vitals(76, 128, 78, 14, 99),
            one_liner="38-year-old man with sciatica",
            ed_note="HPI: 38M, 5 days of low back pain radiating down the back of the"
            " left leg with numbness in the bottom of his left foot. Passing urine"
            " normally, bowels normal. Power 5/5, SLR positive on the left.",
        )
    )
    assert not O.ordered(out, "emergent mri", "emergency mri")


def test_a_bare_fortieths_gestation_in_an_obstetric_note_is_a_pregnancy(
    reason: Reason,
) -> None:
    """ACOG PB 222 (2020) / NICE NG133: "G2P1, 32/40" (RCOG notation, no "at" and
    no word "pregnant") with BP 168/112, headache, visual blurring and proteinuria is
    preeclampsia with severe features: magnesium sulfate and an antihypertensive
    (main read no pregnancy and only asked for an hCG)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=31,
            sex="F",
            vitals=vitals(92, 168, 112, 18, 98),
            one_liner="31-year-old woman with a headache",
            ed_note="HPI: 31F, G2P1, 32/40. Frontal headache since this morning with"
            " blurred vision and epigastric pain. Booking BP 112/70. Urine dipstick"
            " protein 2+.",
        )
    )
    assert O.medication_ordered(out, "magnesium")
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine")


def test_a_labour_intensive_job_is_no_labour(reason: Reason) -> None:
    """NICE CKS low back pain (2023): months of mechanical back pain blamed on a
    "labour-intensive" job, with weeks beside it, is no preterm labour (main gave
    magnesium, betamethasone and GBS prophylaxis to a woman not known pregnant)."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=29,
            sex="F",
            vitals=vitals(80, 124, 76, 14, 99),
            one_liner="29-year-old woman with low back pain",
            ed_note="HPI: 29F. Mechanical low back pain for 22 weeks, worse after"
            " shifts at her labour-intensive warehouse job. No leg symptoms, bladder"
            " and bowels normal. Paraspinal tenderness, neuro exam normal.",
        )
    )
    assert not O.medication_ordered(out, "magnesium", "betamethasone", "penicillin")
    assert not O.proposes(out, "placenta", "eclampsia", "preterm labo")


def test_a_snellen_acuity_is_no_gestation(reason: Reason) -> None:
    """Guard (RCOG notation is weeks of forty; a Snellen acuity is not): "VA 20/40"
    in an eye complaint is no pregnancy at 20 weeks (no obstetric orders)."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=27,
            sex="F",
            vitals=vitals(76, 118, 74, 14, 99),
            one_liner="27-year-old woman with a red painful eye",
            ed_note="HPI: 27F, contact lens wearer, R eye pain and photophobia for 1"
            " day. VA 20/40 R, 20/20 L. Fluorescein: no uptake.",
        )
    )
    assert not O.medication_ordered(out, "magnesium", "betamethasone")
    assert not O.ordered(out, "obstetric", "ob/gyn", "fetal")

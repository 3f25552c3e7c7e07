"""Critical results and blood-pressure targets (lead, session 15).

A measured value beyond its critical limit is treated whatever the differential names
(``agents.pathways_results``), and a blood-pressure target is a ceiling for a raised
pressure, not an order for a normal one (``agents.order_safety``). Written from:
Kardalas E et al. Endocr Connect 2018;7:R135 (hypokalaemia); Pham PC et al. Clin J Am
Soc Nephrol 2014;9:1 (hypomagnesaemia); UK Kidney Association 2020 (hyperkalaemia);
Holbrook A et al. CHEST 2012;141:e152S (supratherapeutic INR); Greenberg SM et al.
AHA/ASA 2022 ICH, Stroke 2022;53:e282 (SBP 150-220 lowered to 140).
"""

from __future__ import annotations

import pytest

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_severe_hypokalaemia_is_replaced_under_monitoring(reason: Reason) -> None:
    """Vomiting for days, K 2.2 mmol/L: IV potassium at a limited rate with cardiac
    monitoring, never a bolus, magnesium checked; not sent home (Kardalas 2018)."""
    out = reason(
        make_case(
            "vomiting",
            age=72,
            sex="M",
            vitals=vitals(96, 118, 70, 18, 97),
            ed_note="72M, four days of vomiting, feels weak. Potassium 2.2 mmol/L, "
            "sodium 136 mmol/L, creatinine 1.1 mg/dL.",
        )
    )
    iv_k = [o for o in O.medications(out) if O.mentions(o, ["potassium chloride"])]
    assert iv_k and all("never as a bolus" in o.name for o in iv_k)
    assert O.ordered(out, "cardiac monitoring")
    assert O.ordered(out, "magnesium")
    assert O.disposition(out).disposition != "Discharge"


def test_mild_hypokalaemia_without_signs_gets_no_iv_potassium(reason: Reason) -> None:
    """K 3.2 mmol/L without ECG changes or weakness is not critical: no IV potassium
    pathway (Kardalas 2018: oral replacement)."""
    out = reason(
        make_case(
            "diarrhea",
            age=30,
            sex="F",
            vitals=vitals(88, 120, 76, 16, 99),
            ed_note="30F, two days of watery diarrhoea, drinking well. Potassium "
            "3.2 mmol/L, creatinine normal.",
        )
    )
    assert not O.medication_ordered(out, "potassium chloride iv infusion")


def test_hypokalaemia_with_u_waves_counts_as_severe(reason: Reason) -> None:
    """K 2.8 mmol/L with U waves on the ECG is severe by its signs (Kardalas 2018)."""
    out = reason(
        make_case(
            "palpitations",
            age=55,
            sex="F",
            vitals=vitals(92, 130, 80, 16, 98),
            ed_note="55F on a thiazide. ECG: prominent U waves. Potassium 2.8 mmol/L.",
        )
    )
    assert O.medication_ordered(out, "potassium chloride")


def test_severe_hyperkalaemia_with_ecg_changes_gets_calcium(reason: Reason) -> None:
    """K 7.1 mmol/L with peaked T waves in a dialysis patient: monitoring, calcium
    gluconate, insulin with glucose (UK Kidney Association 2020)."""
    out = reason(
        make_case(
            "weakness",
            age=64,
            sex="M",
            vitals=vitals(58, 150, 86, 18, 96),
            ed_note="64M on haemodialysis, missed two sessions. ECG: peaked T waves. "
            "Potassium 7.1 mmol/L.",
        )
    )
    assert O.medication_ordered(out, "calcium gluconate")
    assert O.medication_ordered(out, "insulin")
    assert O.ordered(out, "cardiac monitoring")
    assert O.disposition(out).disposition != "Discharge"


@pytest.mark.parametrize(
    ("inr", "vitamin_k"),
    [(11.5, True), (6.2, False)],
    ids=["inr_above_10", "inr_4_5_to_10"],
)
def test_high_inr_without_bleeding_is_held_not_reversed(
    reason: Reason, inr: float, vitamin_k: bool
) -> None:
    """INR above range on warfarin without bleeding: hold warfarin; oral vitamin K only
    above 10; no PCC or plasma (CHEST 2012; ACC 2020 ECDP)."""
    out = reason(
        make_case(
            "abnormal lab",
            age=80,
            sex="M",
            vitals=vitals(72, 142, 80, 16, 97),
            ed_note=f"80M on warfarin for a mechanical valve, INR {inr} at the "
            "anticoagulation clinic. No bleeding, no bruising, no falls.",
        )
    )
    hold = [o for o in O.medications(out) if O.mentions(o, ["hold warfarin"])]
    assert hold
    # medgi53: the oral dose by BSH 2011 (1-5 mg above INR 8; CHEST 2012: above 10)
    assert ("vitamin k 1-5 mg orally" in hold[0].name.lower()) is vitamin_k
    given = [o.name.lower() for o in O.medications(out)]
    assert not any("pcc" in n and "no pcc" not in n for n in given)


def test_bleeding_on_warfarin_is_not_managed_as_a_high_inr(reason: Reason) -> None:
    """Melaena on warfarin with INR 8: the bleeding pathways decide, not the
    non-bleeding advice to hold and wait (ACC 2020 ECDP)."""
    out = reason(
        make_case(
            "gi bleeding",
            age=78,
            sex="F",
            vitals=vitals(104, 102, 60, 20, 96),
            ed_note="78F on warfarin, black tarry stools since yesterday. INR 8.0, "
            "haemoglobin 8.1 g/dL.",
        )
    )
    assert not O.medication_ordered(out, "no pcc or plasma without bleeding")


def test_severe_hypomagnesaemia_is_replaced(reason: Reason) -> None:
    """Mg 0.4 mmol/L on a proton-pump inhibitor with cramps: IV magnesium sulfate
    (Pham 2014)."""
    out = reason(
        make_case(
            "weakness",
            age=66,
            sex="F",
            vitals=vitals(84, 128, 74, 16, 98),
            ed_note="66F on long-term omeprazole, muscle cramps and tremor. Magnesium "
            "0.4 mmol/L, potassium 3.8 mmol/L, calcium normal.",
        )
    )
    assert O.medication_ordered(out, "magnesium sulfate")


def test_a_normal_pressure_is_not_lowered_to_an_ich_target(reason: Reason) -> None:
    """Sudden hemiparesis with SBP 126: haemorrhage cannot be excluded before CT, but
    its 'lower SBP to 140' order does not apply to a pressure already below it
    (AHA/ASA 2022 ICH: SBP 150-220)."""
    out = reason(
        make_case(
            "left sided weakness",
            age=70,
            sex="F",
            vitals=vitals(80, 126, 74, 16, 97),
            ed_note="70F, sudden left arm and leg weakness 1 hour ago, left facial "
            "droop, slurred speech. Glucose 6.1 mmol/L.",
        )
    )
    assert not O.medication_ordered(out, "lower sbp")


_ONGOING_DEFICIT = (
    "70F, sudden left arm and leg weakness 1 hour ago, left facial droop, slurred "
    "speech. Glucose 6.1 mmol/L."
)


@pytest.mark.parametrize("sbp", [126, 196], ids=["normotensive", "hypertensive"])
def test_no_antithrombotic_before_brain_imaging_in_an_ongoing_deficit(
    reason: Reason, sbp: float
) -> None:
    """An ongoing hemiparesis: any antiplatelet or anticoagulant waits until brain
    imaging has excluded haemorrhage (AHA/ASA 2019, 4.8)."""
    out = reason(
        make_case(
            "left sided weakness",
            age=70,
            sex="F",
            vitals=vitals(80, sbp, 74 if sbp < 150 else 104, 16, 97),
            ed_note=_ONGOING_DEFICIT,
        )
    )
    for order in O.medications(out):
        if O.mentions(order, O.ANTITHROMBOTIC):
            assert order.name.lower().startswith("once brain imaging"), order.name


def test_aspirin_is_not_delayed_after_a_resolved_tia(reason: Reason) -> None:
    """A transient deficit that has fully resolved: no imaging hold on aspirin
    (NICE NG128: aspirin 300 mg at once for a suspected TIA)."""
    out = reason(
        make_case(
            "tia",
            age=68,
            sex="M",
            vitals=vitals(76, 150, 88, 16, 98),
            ed_note="68M, 20 minutes of right arm weakness and slurred speech this "
            "morning, fully resolved on arrival. Exam normal.",
        )
    )
    assert not any(
        o.name.lower().startswith("once brain imaging") for o in O.medications(out)
    )


def test_anticholinergic_toxidrome_is_named_and_treated(reason: Reason) -> None:
    """Jimson weed tea, hallucinating, dilated pupils, dry skin and urinary retention:
    the anticholinergic toxidrome (Holstege & Borek 2012) is named although fever and
    confusion also fit sepsis; benzodiazepine for agitation; no sodium bicarbonate
    with a normal QRS."""
    out = reason(
        make_case(
            "confusion",
            age=19,
            sex="M",
            vitals=vitals(128, 142, 84, 22, 98, t=38.6),
            ed_note="19M drank jimson weed tea at a party 3 hours ago, now agitated "
            "and hallucinating. Dilated pupils, dry skin, urinary retention on "
            "bladder scan. ECG sinus tachycardia, QRS 88 ms.",
        )
    )
    final = next(r.output for r in out.trace if r.stage == "diagnosis")
    assert "anticholinergic" in getattr(final, "name", "")
    assert O.medication_ordered(out, "benzodiazepine")
    assert not O.medication_ordered(out, "sodium bicarbonate")


def test_diphenhydramine_with_a_wide_qrs_gets_bicarbonate(reason: Reason) -> None:
    """Diphenhydramine overdose with QRS 124 ms: sodium bicarbonate for the
    sodium-channel blockade (Goldfrank ch. 49; AHA 2023 toxicology)."""
    out = reason(
        make_case(
            "altered mental status",
            age=34,
            sex="F",
            vitals=vitals(134, 128, 78, 22, 97, t=38.4),
            ed_note="34F took a bottle of diphenhydramine 2 hours ago. Confused, "
            "dilated pupils, dry skin, absent bowel sounds. ECG: QRS 124 ms.",
        )
    )
    assert O.medication_ordered(out, "sodium bicarbonate")


def _final(out: ReasoningOutput) -> str:
    record = next(r for r in out.trace if r.stage == "diagnosis")
    return str(getattr(record.output, "name", ""))


def test_ischaemic_priapism_goes_to_urology_not_home(reason: Reason) -> None:
    """An erection for 5 hours after trazodone: ischaemic priapism until proven
    otherwise; urology and corporal aspiration, not discharge (AUA/SMSNA 2022)."""
    out = reason(
        make_case(
            "penile pain",
            age=45,
            sex="M",
            vitals=vitals(98, 140, 86, 16, 98),
            ed_note="45M started trazodone last week, painful erection for 5 hours, "
            "rigid shaft, soft glans.",
        )
    )
    assert O.ordered(out, "urology")
    assert O.ordered(out, "aspiration")
    assert O.disposition(out).disposition != "Discharge"


def test_lightning_strike_is_monitored(reason: Reason) -> None:
    """Struck by lightning, brief loss of consciousness: ECG, cardiac monitoring, CK
    and myoglobin; not sent home (Arnoldo 2006; ABA 2022)."""
    out = reason(
        make_case(
            "burn",
            age=28,
            sex="M",
            vitals=vitals(104, 128, 78, 18, 98),
            ed_note="28M struck by lightning on a golf course, lost consciousness "
            "briefly. Feathering burns on the chest.",
        )
    )
    assert O.ordered(out, "ecg")
    assert O.ordered(out, "cardiac monitoring")
    assert O.ordered(out, "ck")
    assert O.disposition(out).disposition != "Discharge"


def test_forehead_involving_facial_palsy_is_bell_palsy(reason: Reason) -> None:
    """A lower motor neurone facial palsy alone: Bell's palsy, prednisolone within
    72 h, eye protection; no lytic (AAO-HNS 2013)."""
    out = reason(
        make_case(
            "facial droop",
            age=44,
            sex="M",
            vitals=vitals(72, 128, 80, 14, 99),
            ed_note="44M, left facial weakness since yesterday evening. Unable to "
            "wrinkle the forehead or close the left eye. Limbs, speech and gait "
            "normal.",
        )
    )
    assert "Bell" in _final(out)
    assert O.medication_ordered(out, "prednisolone")
    assert O.ordered(out, "eye protection")
    assert not O.medication_ordered(out, *O.LYTIC)


def test_forehead_sparing_palsy_with_arm_drift_stays_a_stroke(reason: Reason) -> None:
    """Facial droop sparing the forehead with arm drift: a central lesion, not Bell's
    palsy (AAO-HNS 2013 excludes other neurological signs)."""
    out = reason(
        make_case(
            "facial droop",
            age=71,
            sex="F",
            vitals=vitals(84, 176, 92, 16, 97),
            ed_note="71F, right facial droop with forehead sparing and right arm drift "
            "for 90 minutes.",
        )
    )
    assert "Bell" not in _final(out)
    assert O.ordered(out, "stroke team")


def test_cirrhosis_with_ascites_and_fever_gets_a_diagnostic_tap(reason: Reason) -> None:
    """Cirrhosis, ascites and fever: diagnostic paracentesis before antibiotics,
    cefotaxime or ceftriaxone, admission (AASLD 2021)."""
    out = reason(
        make_case(
            "fever",
            age=62,
            sex="F",
            vitals=vitals(100, 104, 62, 18, 97, t=38.3),
            ed_note="62F with hepatitis C cirrhosis and ascites, fever and abdominal "
            "discomfort for a day. Moderate ascites, mild diffuse tenderness.",
        )
    )
    assert O.ordered(out, "paracentesis")
    assert O.medication_ordered(out, "cefotaxime", "ceftriaxone")
    assert O.disposition(out).disposition != "Discharge"


def test_infant_with_paroxysmal_cough_and_apnoea_is_admitted(reason: Reason) -> None:
    """A 2-month-old with coughing fits, post-tussive vomiting and apnoea: pertussis
    kept open, azithromycin, cardiorespiratory monitoring, admission (AAP Red Book)."""
    out = reason(
        make_case(
            "cough",
            sex="M",
            demographics={"age_days": 60},
            vitals={"heart_rate": 168, "respiratory_rate": 46, "spo2": 95},
            ed_note="2-month-old, a week of coughing fits with post-tussive vomiting; "
            "his mother saw him stop breathing after a fit this morning.",
        )
    )
    assert O.medication_ordered(out, "azithromycin")
    assert O.ordered(out, "cardiorespiratory monitoring")
    assert O.disposition(out).disposition != "Discharge"


def test_rate_controlled_af_is_not_a_rapid_ventricular_response(reason: Reason) -> None:
    """Known atrial fibrillation at a measured rate of 74: no 'AF with rapid
    ventricular response' working diagnosis and no rate-control drug (AHA/ACC/HRS
    2023 AF: a rapid response is a rate above 100-110/min)."""
    out = reason(
        make_case(
            "abnormal lab",
            age=74,
            sex="M",
            vitals=vitals(74, 132, 78, 16, 97),
            ed_note="74M with permanent atrial fibrillation on apixaban, sent in with "
            "a creatinine of 1.6 mg/dL on routine bloods. Feels well.",
        )
    )
    plan = O.treatment(out)
    assert plan is None or "rapid ventricular" not in (plan.working_diagnosis or "")
    assert not O.medication_ordered(out, "diltiazem", "metoprolol", "verapamil")


def test_posterior_stroke_in_the_window_gets_the_stroke_team(reason: Reason) -> None:
    """Vertigo with ataxia, dysarthria and a central HINTS pattern 2 hours after onset:
    stroke team and CT angiography for reperfusion, not MRI alone (AHA/ASA 2019;
    ATTENTION and BAOCHE 2022: basilar thrombectomy)."""
    out = reason(
        make_case(
            "vertigo",
            age=63,
            sex="F",
            vitals=vitals(88, 168, 92, 16, 97),
            ed_note="63F, sudden vertigo and vomiting 2 hours ago, cannot stand, "
            "slurred speech. Direction-changing nystagmus, skew deviation, right "
            "finger-nose ataxia.",
        )
    )
    assert O.ordered(out, "stroke team")
    assert O.ordered(out, "ct angiography")

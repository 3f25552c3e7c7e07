"""metab40 (session 40): endocrine, metabolic, environmental, toxicology, infection.

Written from guidelines, not from shared data: a severe hypocalcaemia with perioral
and finger paraesthesiae is treated with IV calcium, not worked up as a stroke
(Turner J et al. Society for Endocrinology 2016); COVID-19 needing oxygen is admitted
with dexamethasone (NICE NG191; RECOVERY 2021; WHO 2023); a dengue without warning
signs goes home with daily review (WHO 2009/2012 group A); a well hyperglycaemia
without a crisis is sent home on oral fluids and its usual treatment (ADA 2024;
JBDS-IP 2023); aspirin and ibuprofen poisonings carry their own codes (ICD-10-CM FY2024
T39.01-, T39.31-; TOXBASE ibuprofen 2023); a thyrotoxic periodic paralysis is named
before its low potassium (Kung 2006; ICD-10-CM I.A.13); heat exhaustion is recognised
from exertion in the heat (WMS 2019); a mild, alert hypothermia is rewarmed
externally, without IV fluid or a ward bed (WMS 2019).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_STROKE_WORKUP = (r"ct angiograph", r"stroke team")


def _code(out: ReasoningOutput) -> str:
    """The final ICD-10-CM code ('' if none)."""
    return out.final.icd10 or ""


def test_symptomatic_hypocalcaemia_gets_iv_calcium_not_a_stroke_workup(
    reason: Reason,
) -> None:
    """Society for Endocrinology 2016 (Turner J et al. Endocr Connect 2016;5:G7):
    an adjusted calcium < 1.9 mmol/L with perioral and finger paraesthesiae and
    Chvostek's sign is acute symptomatic hypocalcaemia: IV calcium gluconate now.
    Bilateral perioral tingling after neck surgery is no stroke syndrome."""
    out = reason(
        make_case(
            "numbness",
            age=52,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 99),
            one_liner="52F tingling lips and fingers the day after parathyroidectomy",
            ed_note=(
                "Parathyroidectomy yesterday. Now tingling around her mouth and in the "
                "fingers of both hands with cramping. Chvostek positive. Adjusted "
                "calcium 1.83 mmol/L. No weakness, speech normal, face symmetrical."
            ),
        )
    )
    assert O.medication_ordered(out, "calcium gluconate"), O.orders(out)
    assert not O.ordered(out, *_STROKE_WORKUP), O.orders(out)
    # lead40: after a thyroid operation the code names the cause (E89.2 postprocedural
    # hypoparathyroidism, ICD-10-CM FY2024)
    assert _code(out).startswith(("E83.5", "E89.2")), _code(out)


def test_guard_one_sided_numbness_with_normal_calcium_keeps_the_stroke_workup(
    reason: Reason,
) -> None:
    """Guard (AHA/ASA 2019): sudden numbness of one side of the face and arm is a
    stroke until imaged; a normal calcium does not explain it."""
    out = reason(
        make_case(
            "numbness",
            age=71,
            sex="M",
            vitals=vitals(88, 168, 92, 16, 97),
            one_liner="71M sudden numbness and weakness of the right face and arm",
            ed_note=(
                "Sudden numbness and weakness of the right face and right arm 50 "
                "minutes ago, slurred speech. Adjusted calcium 2.31 mmol/L."
            ),
        )
    )
    assert O.ordered(out, *_STROKE_WORKUP), O.orders(out)


def test_covid_needing_oxygen_is_admitted_with_dexamethasone(reason: Reason) -> None:
    """NICE NG191 2023; RECOVERY (NEJM 2021;384:693); WHO 2023: COVID-19 with an SpO2
    below 92 % on air needs oxygen, dexamethasone 6 mg and hospital care."""
    out = reason(
        make_case(
            "shortness of breath",
            age=58,
            sex="F",
            vitals=vitals(102, 128, 78, 24, 89, 38.2),
            one_liner="58F COVID positive day 8, breathless, SpO2 89 % on air",
            ed_note=(
                "Positive COVID-19 PCR 8 days ago. Worsening breathlessness for 2 "
                "days. SpO2 89 % on air. Chest X-ray bilateral patchy opacities."
            ),
        )
    )
    assert O.medication_ordered(out, "dexamethasone"), O.orders(out)
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_guard_well_covid_goes_home_without_dexamethasone(reason: Reason) -> None:
    """Guard (NICE NG191; RECOVERY: no benefit, possible harm, without oxygen need):
    a well adult with COVID-19 and a normal saturation is cared for at home."""
    out = reason(
        make_case(
            "cough",
            age=33,
            sex="M",
            vitals=vitals(86, 124, 76, 16, 98, 37.8),
            one_liner="33M COVID positive, cough and fever for 2 days, SpO2 98 %",
            ed_note=(
                "Positive COVID-19 lateral flow. Cough, fever. Eating and drinking."
            ),
        )
    )
    assert not O.medication_ordered(out, "dexamethasone"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_dengue_without_warning_signs_goes_home_with_daily_review(
    reason: Reason,
) -> None:
    """WHO 2009 / WHO 2012 dengue, group A: no warning sign, drinking and passing
    urine: home with oral fluids, paracetamol and a daily review; IV fluid is for
    warning signs."""
    out = reason(
        make_case(
            "fever",
            age=31,
            sex="M",
            vitals=vitals(90, 122, 76, 16, 99, 38.7),
            one_liner="31M back from Thailand, fever and aches, dengue NS1 positive",
            ed_note=(
                "Returned from Thailand 5 days ago. Fever, headache behind the eyes "
                "and myalgia for 3 days. Dengue NS1 positive. Drinking well and "
                "passing urine. No abdominal pain, no vomiting, no bleeding. "
                "Platelets 150."
            ),
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert not O.medication_ordered(out, "iv isotonic crystalloid"), O.orders(out)
    assert O.ordered(out, "daily review"), O.orders(out)


def test_guard_dengue_with_warning_signs_is_admitted_for_iv_fluid(
    reason: Reason,
) -> None:
    """Guard (WHO 2009 group B): abdominal pain and persistent vomiting are warning
    signs: admission and IV crystalloid titrated to the haematocrit."""
    out = reason(
        make_case(
            "abdominal pain",
            age=26,
            sex="F",
            vitals=vitals(106, 108, 68, 20, 98, 37.6),
            one_liner="26F dengue day 5, abdominal pain and vomiting",
            ed_note=(
                "Dengue NS1 positive 3 days ago after a trip to Bali. Fever settling; "
                "now abdominal pain and vomiting 6 times today. Platelets 35."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert O.medication_ordered(out, "crystalloid"), O.orders(out)


def test_hyperglycaemia_without_a_crisis_gets_no_iv_fluid_or_insulin(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024; JBDS-IP 2023: a high glucose without ketosis or
    acidosis in a patient who eats and drinks needs oral fluids, the usual treatment
    restarted and follow-up, not IV fluid or insulin in the ED."""
    out = reason(
        make_case(
            "hyperglycemia",
            age=47,
            sex="F",
            vitals=vitals(82, 134, 80, 16, 98),
            one_liner="47F type 2 diabetes, glucose 19 on her meter, feels well",
            ed_note=(
                "Type 2 diabetes on metformin, ran out of tablets 10 days ago. Glucose "
                "19 mmol/L. Eating and drinking. No vomiting. Blood ketones 0.2, VBG "
                "pH 7.40, bicarbonate 26."
            ),
        )
    )
    meds = [o.name.lower() for o in O.medications(out)]
    assert not any("iv fluid" in m or "insulin" in m for m in meds), meds
    assert O.ordered(out, "oral fluids"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_aspirin_poisoning_is_coded_as_aspirin(reason: Reason) -> None:
    """ICD-10-CM FY2024 Table of Drugs and Chemicals: aspirin is T39.01- (T39.09- is
    other salicylates); the stated self-harm intent is the sixth character 2."""
    out = reason(
        make_case(
            "overdose",
            age=29,
            sex="M",
            vitals=vitals(106, 126, 78, 26, 98),
            one_liner="29M took 50 aspirin tablets wanting to die",
            ed_note=(
                "Took 50 x 300 mg aspirin 4 hours ago, says he wanted to die. Tinnitus "
                "and vomiting. Salicylate level 520 mg/L."
            ),
        )
    )
    assert _code(out).startswith("T39.012"), _code(out)


def test_ibuprofen_overdose_has_its_poisoning_label_and_orders(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 T39.31- (propionic acid derivatives); TOXBASE ibuprofen
    2023: observation and renal function after 100 mg/kg or more."""
    out = reason(
        make_case(
            "overdose",
            age=22,
            sex="F",
            vitals=vitals(92, 120, 74, 16, 99),
            one_liner="22F took 40 ibuprofen 1 hour ago after a row",
            ed_note=(
                "Took 40 x 200 mg ibuprofen tablets 1 hour ago after a row with her "
                "partner. Weight 60 kg. Nausea. GCS 15."
            ),
        )
    )
    assert _code(out).startswith("T39.31"), _code(out)
    assert O.ordered(out, "creatinine"), O.orders(out)


def test_guard_ibuprofen_for_a_fever_is_no_poisoning(reason: Reason) -> None:
    """Guard (ICD-10-CM I.C.19.e.5: a drug properly taken is no poisoning;
    rules/exposure.py): ibuprofen given for a fever is a remedy."""
    out = reason(
        make_case(
            "fever",
            age=6,
            sex="F",
            vitals=vitals(118, 102, 64, 22, 98, 38.6),
            one_liner="6F fever and sore throat, ibuprofen given at home",
            ed_note=(
                "Fever and sore throat for 2 days. Mother gave ibuprofen for the fever "
                "this morning. Drinking."
            ),
        )
    )
    assert not _code(out).startswith("T39"), _code(out)


def test_thyrotoxic_periodic_paralysis_is_named_before_its_hypokalaemia(
    reason: Reason,
) -> None:
    """Kung AWC 2006; ATA 2016; ICD-10-CM I.A.13 (the underlying condition first):
    sudden weakness with a low potassium and a suppressed TSH is thyrotoxic periodic
    paralysis (G72.3), not plain hypokalaemia."""
    out = reason(
        make_case(
            "weakness",
            age=29,
            sex="M",
            vitals=vitals(108, 138, 76, 16, 99),
            one_liner="29M woke unable to lift his arms or legs, K 2.0",
            ed_note=(
                "Woke unable to lift his arms or legs after a large meal. Palpitations "
                "and weight loss for 2 months. Potassium 2.0, TSH < 0.01, free T4 44."
            ),
        )
    )
    assert _code(out).startswith("G72.3"), _code(out)


def test_heat_exhaustion_after_hiking_in_the_heat(reason: Reason) -> None:
    """WMS 2019 heat illness (Lipman GS et al.): dizziness, nausea and headache after
    exertion in the heat, with a normal mental status, is heat exhaustion."""
    out = reason(
        make_case(
            "dizziness",
            age=27,
            sex="M",
            vitals=vitals(102, 116, 70, 18, 99, 38.0),
            one_liner="27M dizzy and nauseated after hiking in the heat",
            ed_note=(
                "Felt faint with nausea and a headache after hiking in the heat all "
                "afternoon. Alert and oriented. Sodium 138."
            ),
        )
    )
    assert _code(out).startswith("T67.5"), _code(out)


def test_mild_alert_hypothermia_is_rewarmed_externally_without_a_ward_bed(
    reason: Reason,
) -> None:
    """WMS 2019 (Dow J et al.): stage I hypothermia, alert and shivering, is rewarmed
    externally with warm drinks; warmed IV fluid and admission are for moderate or
    severe hypothermia or instability."""
    out = reason(
        make_case(
            "hypothermia",
            age=44,
            sex="F",
            vitals=vitals(66, 124, 76, 14, 98, 34.6),
            one_liner="44F cold after her car broke down in the snow, alert, 34.6",
            ed_note=(
                "Waited 3 hours in the snow after her car broke down. Shivering, alert "
                "and oriented, GCS 15. Temperature 34.6 C. ECG sinus rhythm."
            ),
        )
    )
    assert not O.medication_ordered(out, "warmed iv"), O.orders(out)
    assert O.disposition(out).disposition != "Admit", O.disposition(out)


def test_guard_moderate_hypothermia_keeps_warmed_iv_fluid(reason: Reason) -> None:
    """Guard (WMS 2019; ERC 2021): below 32 C with drowsiness is moderate
    hypothermia: warmed IV fluid, active rewarming, critical care."""
    out = reason(
        make_case(
            "hypothermia",
            age=70,
            sex="M",
            vitals=vitals(48, 96, 60, 10, 94, 30.8),
            one_liner="70M found outdoors overnight, drowsy, 30.8",
            ed_note="Found in his garden in the morning, drowsy, not shivering.",
        )
    )
    assert O.medication_ordered(out, "warmed iv"), O.orders(out)
    assert O.disposition(out).disposition == "Admit", O.disposition(out)


def test_pituitary_apoplexy_with_a_ptosis_is_named(reason: Reason) -> None:
    """UK pituitary apoplexy guideline (Rajasekaran S et al. Clin Endocrinol
    2011;74:9): sudden headache with an ocular palsy (ptosis, double vision) and a
    bleed into a pituitary mass is apoplexy: hydrocortisone, not a symptom label."""
    out = reason(
        make_case(
            "headache",
            age=57,
            sex="M",
            vitals=vitals(92, 104, 64, 18, 98),
            one_liner="57M sudden severe headache, drooping left eyelid, double vision",
            ed_note=(
                "Sudden severe headache 6 hours ago, then a drooping left eyelid and "
                "double vision. Bitemporal hemianopia. CT head: haemorrhage within a "
                "pituitary mass."
            ),
        )
    )
    assert _code(out).startswith("E23.6"), _code(out)
    assert O.medication_ordered(out, "hydrocortisone"), O.orders(out)


def test_steroid_withdrawal_crisis_in_copd_gets_no_exacerbation_orders(
    reason: Reason,
) -> None:
    """Society for Endocrinology 2020 (Simpson H et al.): vomiting and hypotension
    after stopping long-term prednisolone is an adrenal crisis (hydrocortisone). GOLD
    2024 ch. 5: an exacerbation is a worsening of breathing; known COPD alone orders
    no bronchodilator or second steroid."""
    out = reason(
        make_case(
            "vomiting",
            age=71,
            sex="F",
            vitals=vitals(112, 88, 52, 18, 96),
            one_liner="71F with COPD stopped her prednisolone a week ago, vomiting",
            ed_note=(
                "COPD, on prednisolone 7.5 mg daily for 3 years, stopped it a week "
                "ago. Vomiting and dizziness for 2 days. Breathing at her usual. "
                "Sodium 128, glucose 3.8."
            ),
        )
    )
    assert O.medication_ordered(out, "hydrocortisone"), O.orders(out)
    assert not O.medication_ordered(out, "nebuli", "prednisone 40"), O.orders(out)


def test_guard_copd_exacerbation_with_wheeze_keeps_its_bronchodilator(
    reason: Reason,
) -> None:
    """Guard (GOLD 2024 ch. 5): worse breathlessness and wheeze in known COPD is an
    exacerbation: a short-acting bronchodilator and prednisolone."""
    out = reason(
        make_case(
            "shortness of breath",
            age=68,
            sex="M",
            vitals=vitals(104, 142, 84, 26, 91),
            one_liner="68M COPD, 3 days of worse breathlessness and wheeze",
            ed_note="Known COPD. Three days of worse breathlessness, wheeze and cough.",
        )
    )
    assert O.medication_ordered(out, "nebuli", "albuterol", "salbutamol"), O.orders(out)

"""med27 (issue 10): general medicine, neurology and toxicology.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke; Merino JG et al. Stroke
  2013;44:1300 (stroke mimics: a documented alternative explanation);
- Chandler JR et al. Laryngoscope 1970;80:1414; AAO orbital cellulitis (proptosis,
  painful or restricted eye movements: CT orbits, IV antibiotics);
- Zheng XL et al. ISTH 2020 TTP (microangiopathic haemolysis with severe
  thrombocytopenia: haematology, plasma exchange; no lysis with platelets < 100);
- Mackie SL et al. BSR 2020 giant cell arteritis; Mac Grory B et al. AHA 2021 CRAO
  (arteritic visual loss: steroids and ophthalmology, no embolic work-up);
- Whelton PK et al. ACC/AHA 2017 hypertension (hypertensive emergency: > 180/120);
- Boyer EW. NEJM 2012;367:146 and Goldfrank's 11th ed. (the opioid toxidrome:
  miosis, respiratory depression, depressed consciousness); Brignole M et al. ESC
  2018 syncope 3.1 (syncope recovers completely and spontaneously);
- Gulati M et al. AHA/ACC 2021 chest pain (anginal equivalents: ECG within 10 min);
  Banks PA et al. revised Atlanta 2012; Tenner S et al. ACG 2024 acute pancreatitis
  (the typical pain is a criterion: lipase);
- Singer M et al. Sepsis-3, JAMA 2016 (organ dysfunction, not a heart rate); KDIGO
  2012 acute kidney injury;
- Jonklaas J et al. ATA 2014 hypothyroidism (myxoedema coma: thyroid hormone and
  hydrocortisone, passive rewarming); Spasovski G et al. ESE 2014 hyponatraemia;
- Bornstein SR et al. Endocrine Society 2016 adrenal insufficiency (dextrose in
  saline for the low glucose of a crisis).

Each scenario asserts safety properties and failed on main c07b1ff before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

STROKE_IMAGING = ("ct angiograph", r"\bcta\b", "stroke team", "stroke work-up")
LYTIC = ("alteplase", "tenecteplase", "thrombolys")
ANTIBIOTIC = ("antibiotic", "ceftriaxone", "piperacillin", "meropenem", "vancomycin")
HYPERTONIC = ("hypertonic", "3% saline", "3 % saline")


def _final_name(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def test_orbital_cellulitis_diplopia_is_not_worked_up_as_a_stroke(
    reason: Reason,
) -> None:
    """Chandler 1970 / AAO: diplopia with proptosis and painful, restricted eye
    movements after sinusitis is orbital (post-septal) cellulitis: CT orbits and IV
    antibiotics; the orbit explains the diplopia, so no stroke CTA or stroke team."""
    out = reason(
        make_case(
            "eye swelling",
            age=27,
            sex="F",
            vitals=vitals(100, 122, 74, 18, 99, 38.4),
            ed_note="27-year-old woman, a week of blocked nose and facial pain, now "
            "3 days of a swollen, red right upper lid and since last night diplopia. "
            "Exam: right proptosis, painful eye movements, abduction "
            "restricted, acuity 6/12 right. Limbs and speech normal.",
        )
    )
    assert O.ordered(out, "ct orbit")
    assert O.medication_ordered(out, *ANTIBIOTIC)
    assert not O.ordered(out, *STROKE_IMAGING)


def test_ttp_with_transient_dysphasia_gets_haematology_not_the_stroke_pathway(
    reason: Reason,
) -> None:
    """ISTH 2020: severe thrombocytopenia with schistocytes and haemolysis is a
    thrombotic microangiopathy: haematology for plasma exchange now; its fluctuating
    neurology is TTP's, so no stroke team or CTA and never a lytic (AHA/ASA 2019 3.5:
    platelets < 100)."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="M",
            vitals=vitals(98, 142, 86, 16, 98, 37.6),
            ed_note="36-year-old man, 5 days of headache and purple spots on his "
            "shins. "
            "This morning for 15 minutes he could not get his words out; now "
            "speaking normally, no weakness. Platelets 11, haemoglobin 79 g/L, "
            "fragmented red cells on the film, LDH 1,420, haptoglobin undetectable, "
            "creatinine 1.4 mg/dL, INR 1.1. CT head: no bleed.",
        )
    )
    assert O.ordered(out, "plasma exchange")
    assert not O.ordered(out, *STROKE_IMAGING)
    assert not O.medication_ordered(out, *LYTIC)
    assert "thrombotic" in _final_name(out)


def test_gca_with_transient_monocular_loss_gets_no_embolic_stroke_work_up(
    reason: Reason,
) -> None:
    """BSR 2020 / AHA 2021 CRAO: transient monocular loss with jaw claudication and a
    tender, thickened temporal artery is arteritic: IV methylprednisolone, ESR/CRP and
    ophthalmology the same day; no CTA of an embolic source."""
    out = reason(
        make_case(
            "vision loss",
            age=81,
            sex="M",
            vitals=vitals(84, 146, 80, 16, 97, 37.2),
            one_liner="81M with new headache and jaw claudication, transient loss of "
            "vision in the right eye",
            ed_note="81-year-old man with hypertension, a month of new right-sided "
            "headache, jaw claudication after a few mouthfuls, scalp tenderness. Twice "
            "today sudden loss of vision in his right eye for a few minutes. Exam: "
            "tender, thickened right temporal artery, acuity 6/9 both eyes, no focal "
            "neurology.",
        )
    )
    assert O.medication_ordered(out, "methylprednisolone", "prednis")
    assert O.ordered(out, "esr")
    assert not O.ordered(out, *STROKE_IMAGING)


def test_gca_headache_at_a_normal_pressure_gets_no_hypertensive_emergency_work_up(
    reason: Reason,
) -> None:
    """ACC/AHA 2017: hypertensive emergency is a severe pressure (> 180/120) with new
    organ damage; at 152/84 it is excluded, so no troponin and no antihypertensive for
    a GCA headache (BSR 2020: ESR/CRP and steroids)."""
    out = reason(
        make_case(
            "headache",
            age=70,
            sex="F",
            vitals=vitals(80, 152, 84, 16, 98, 37.3),
            one_liner="70F with 2 weeks of new temporal headache and jaw claudication",
            ed_note="70-year-old woman with hypertension, 2 weeks of new left temporal "
            "headache, scalp tender when combing her hair, jaw pain after chewing. No "
            "visual symptoms. Left temporal artery tender and thickened. No focal "
            "neurology.",
        )
    )
    assert O.medication_ordered(out, "prednis", "methylprednisolone")
    assert not O.ordered(out, "troponin")
    assert not O.medication_ordered(out, "nicardipine", "labetalol")


def test_opioid_toxidrome_read_from_signs_in_a_collapse(reason: Reason) -> None:
    """Goldfrank's / Boyer 2012: pinpoint pupils, slow breathing and a GCS of 5 are
    the opioid toxidrome whatever the complaint word: naloxone and an airway plan, and
    the diagnosis is a poisoning, not a faint (ESC 2018: syncope recovers
    completely)."""
    out = reason(
        make_case(
            "collapse",
            age=44,
            sex="M",
            vitals=vitals(66, 118, 72, 7, 89, 36.3),
            ed_note="Found collapsed behind a shop. GCS 5 (E1 V1 M3). Pupils pinpoint. "
            "Breathing slowly, about 7 a minute, snoring. No injuries seen.",
        )
    )
    assert O.medication_ordered(out, "naloxone")
    assert O.ordered(out, "airway", "bag-valve")
    assert "syncope" not in _final_name(out)
    assert "opioid" in _final_name(out) or "heroin" in _final_name(out)


def test_epigastric_pain_with_risk_factors_gets_an_ecg(reason: Reason) -> None:
    """AHA/ACC 2021: epigastric discomfort is an anginal equivalent; an adult with
    cardiovascular risk factors gets a 12-lead ECG within 10 minutes and a
    troponin."""
    out = reason(
        make_case(
            "epigastric pain",
            age=58,
            sex="F",
            vitals=vitals(88, 148, 88, 18, 97),
            ed_note="58-year-old woman with type 2 diabetes and high cholesterol, an "
            "hour of burning epigastric pain and nausea, clammy. Abdomen soft, mild "
            "epigastric tenderness.",
        )
    )
    assert O.ordered(out, r"\becg\b")
    assert O.ordered(out, "troponin")


def test_epigastric_pain_through_to_the_back_gets_a_lipase(reason: Reason) -> None:
    """Revised Atlanta 2012 / ACG 2024: epigastric pain radiating to the back is the
    typical pain of acute pancreatitis, one of its three criteria: a serum lipase."""
    out = reason(
        make_case(
            "abdominal pain",
            age=41,
            sex="F",
            vitals=vitals(96, 132, 80, 18, 98),
            ed_note="41-year-old woman, since last night constant upper abdominal pain "
            "going through to her back, vomiting twice. Epigastric tenderness, no "
            "guarding.",
        )
    )
    assert O.ordered(out, "lipase")


def test_young_epigastric_pain_without_risk_gets_no_acs_screen(reason: Reason) -> None:
    """Guard (AHA/ACC 2021 applies to anginal equivalents at cardiac risk): a
    22-year-old with epigastric pain after a takeaway and no risk factor is not
    screened with an urgent ECG and troponin."""
    out = reason(
        make_case(
            "epigastric pain",
            age=22,
            sex="M",
            vitals=vitals(78, 122, 74, 14, 99),
            ed_note="22-year-old man, epigastric burning after a spicy takeaway last "
            "night, eating and drinking. No medical history, non-smoker.",
        )
    )
    assert not O.ordered(out, "within 10 minutes")


def test_prerenal_kidney_injury_with_tachycardia_gets_no_antibiotics(
    reason: Reason,
) -> None:
    """KDIGO 2012: a kidney injury after vomiting and diarrhoea on an ACE inhibitor and
    an NSAID is pre-renal: fluids and stop the drugs. Sepsis-3: a heart rate is no
    organ dysfunction, so without a sign of infection no sepsis antibiotics."""
    out = reason(
        make_case(
            "decreased urine output",
            age=76,
            sex="M",
            vitals=vitals(106, 112, 66, 18, 97, 36.7),
            ed_note="76-year-old man, 4 days of watery diarrhoea and vomiting, passing "
            "little urine. On lisinopril and naproxen. Dry mouth, chest clear, abdomen "
            "soft and non-tender. Creatinine 3.1 mg/dL (baseline 1.0), potassium 5.2, "
            "urine dipstick clear.",
        )
    )
    assert not O.medication_ordered(out, *ANTIBIOTIC)
    assert "sepsis" not in _final_name(out)
    assert O.ordered(out, "hold nsaid", "stop", "hold")


def test_myxoedema_coma_hyponatraemia_and_hypothermia_orders(reason: Reason) -> None:
    """ATA 2014: myxoedema coma is treated with IV levothyroxine after hydrocortisone;
    its moderate hyponatraemia corrects with them (no 3 % saline for a sodium of 123
    whose drowsiness the coma explains), and its hypothermia is rewarmed passively
    (active external rewarming causes vasodilation and collapse)."""
    out = reason(
        make_case(
            "drowsy",
            age=77,
            sex="F",
            vitals=vitals(48, 96, 60, 10, 92, 34.3),
            ed_note="77-year-old woman with hypothyroidism, ran out of levothyroxine "
            "months ago. A week of increasing slowness, now drowsy. Puffy face, dry "
            "skin, slow-relaxing reflexes. Sodium 123, TSH 92, free T4 below range.",
        )
    )
    assert O.medication_ordered(out, "levothyroxine")
    assert O.medication_ordered(out, "hydrocortisone")
    assert not O.medication_ordered(out, *HYPERTONIC)
    assert O.ordered(out, "passive rewarming")
    assert not O.ordered(out, r"(?<!no )forced-air")


def test_adrenal_crisis_with_a_low_glucose_gets_dextrose(reason: Reason) -> None:
    """Guard (Endocrine Society 2016): adrenal crisis is treated with hydrocortisone
    100 mg and 0.9 % saline, with 5 % dextrose in it when the glucose is low (the
    hypoglycaemia entry already gave a dextrose bolus on c07b1ff)."""
    out = reason(
        make_case(
            "vomiting",
            age=39,
            sex="M",
            vitals=vitals(122, 82, 48, 20, 97, 37.4),
            ed_note="39-year-old man with Addison's disease on hydrocortisone, "
            "vomiting since yesterday and unable to keep tablets down, dizzy. Sodium "
            "127, potassium 5.9, glucose 2.8 mmol/L.",
        )
    )
    assert O.medication_ordered(out, "hydrocortisone")
    assert O.medication_ordered(out, "dextrose")

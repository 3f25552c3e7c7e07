"""medicine26 (issue 10): general medicine, neurology and older adults.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Spasovski G et al. ESE/ESICM/ERBP hyponatraemia guideline, Eur J Endocrinol
  2014;170:G1 (130-134 mmol/L is mild; symptoms at a mild level may have another
  cause; hypertonic saline for severe or moderately severe symptoms; stop drugs that
  lower the sodium); Liamis G et al. Am J Kidney Dis 2008;52:144 (thiazides);
- Decker BS et al. EXTRIP lithium, Clin J Am Soc Nephrol 2015;10:875; NICE CG103
  delirium (drugs are a common reversible cause);
- Kleindorfer DO et al. AHA/ASA 2021 secondary stroke prevention (dual antiplatelet
  therapy for a TIA or minor stroke, NIHSS <= 3; POINT, CHANCE); Powers WJ et al.
  AHA/ASA 2019 4.8 (antiplatelets wait 24 h after thrombolysis);
- Hindricks G et al. ESC 2020 AF; Stiell IG et al. CAEP acute AF checklist 2021
  (stable rate-controlled AF: home with a CHA2DS2-VASc stroke-prevention decision);
- Mackie SL et al. BSR 2020 giant cell arteritis (visual symptoms: IV
  methylprednisolone for up to 3 days, same-day ophthalmology);
- Hooton TM et al. IDSA 2009 catheter-associated UTI (replace a catheter in place
  > 2 weeks, culture from the new one, antibiotics);
- Ross DS et al. ATA 2016 hyperthyroidism (thyroid storm: a thionamide; an
  agranulocytosis is sought on a thionamide taken now, not one stopped months ago);
- Bornstein SR et al. Endocrine Society 2016 adrenal insufficiency (crisis:
  hydrocortisone and fluid, not permissive hypotension).

Each scenario asserts safety properties and failed on main 4062c70 before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

HYPERTONIC = ("hypertonic", "3% saline", "3 % saline")
DAPT = ("clopidogrel", "ticagrelor")


def _ledger(out: ReasoningOutput) -> list[str]:
    return [e.diagnosis.lower() for e in out.final.ledger]


def test_mild_hyponatraemia_does_not_get_hypertonic_saline_in_lithium_toxicity(
    reason: Reason,
) -> None:
    """ESE 2014: a sodium of 133 is mild and does not explain drowsiness and vomiting;
    EXTRIP 2015: a patient on lithium with a new NSAID, vomiting, coarse tremor, ataxia
    and a creatinine rise has chronic lithium toxicity until the level is known.
    No hypertonic saline; lithium toxicity on the differential; lithium stopped and its
    level measured."""
    out = reason(
        make_case(
            "drowsy",
            age=66,
            sex="M",
            vitals=vitals(88, 134, 76, 16, 97),
            ed_note="66-year-old man with bipolar disorder on lithium carbonate for "
            "15 years; started naproxen for a painful knee a week ago. Three days of "
            "vomiting, now drowsy and muddled, walking unsteadily, coarse tremor of "
            "both hands, brisk reflexes. No fever, no neck stiffness, no focal "
            "weakness. Bloods: sodium 133, potassium 4.4, creatinine 2.1 (baseline "
            "1.0), glucose 104. Lithium level sent.",
        )
    )
    assert not O.medication_ordered(out, *HYPERTONIC)
    assert any("lithium" in d for d in _ledger(out))
    assert O.ordered(out, "stop lithium")
    assert O.ordered(out, "lithium level")


def test_seizure_with_a_mild_hyponatraemia_gets_no_hypertonic_saline(
    reason: Reason,
) -> None:
    """ESE 2014: hypertonic saline treats severe symptoms caused by hyponatraemia; a
    sodium of 132 does not cause a seizure (look for the other cause: a known epilepsy
    off its drug)."""
    out = reason(
        make_case(
            "seizure",
            age=41,
            sex="F",
            vitals=vitals(112, 150, 88, 20, 95),
            ed_note="41-year-old woman with epilepsy who missed her lamotrigine for "
            "four days; generalised tonic-clonic seizure at home, another in the "
            "ambulance, now post-ictal and drowsy. Sodium 132, glucose 110, calcium "
            "normal.",
        )
    )
    assert not O.medication_ordered(out, *HYPERTONIC)


def test_profound_hyponatraemia_with_a_seizure_still_gets_hypertonic_saline(
    reason: Reason,
) -> None:
    """Guard (ESE 2014): a seizure with a sodium of 114 is a severe symptom of
    hyponatraemia: 150 mL of 3 % saline now."""
    out = reason(
        make_case(
            "seizure",
            age=70,
            sex="F",
            vitals=vitals(96, 142, 80, 18, 96),
            ed_note="70-year-old woman, 2 days of nausea and confusion, then a "
            "generalised seizure at home. No epilepsy. Sodium 114, potassium 3.9, "
            "glucose 120.",
        )
    )
    assert O.medication_ordered(out, *HYPERTONIC)


def test_thiazide_hyponatraemia_stops_the_thiazide(reason: Reason) -> None:
    """ESE 2014 / Liamis 2008: a thiazide is the commonest drug cause of hyponatraemia
    in older women; it is stopped while the sodium is low."""
    out = reason(
        make_case(
            "confusion",
            age=83,
            sex="F",
            vitals=vitals(78, 138, 70, 16, 97),
            ed_note="83-year-old woman on bendroflumethiazide 2.5 mg for blood "
            "pressure, a week of poor appetite, now muddled and unsteady. No "
            "vomiting, no seizure. Clinically euvolaemic. Sodium 121, potassium 3.4, "
            "creatinine normal, glucose 95.",
        )
    )
    assert any(
        O.mentions(o, ("stop",)) and O.mentions(o, ("thiazide",)) for o in O.orders(out)
    )


def test_moderate_stroke_in_the_window_gets_no_dual_antiplatelet_load(
    reason: Reason,
) -> None:
    """AHA/ASA 2021: aspirin with a clopidogrel load is for a TIA or minor stroke
    (NIHSS <= 3); an NIHSS of 9 in the lysis window with a CT clear of blood is
    lysed, and antiplatelets wait 24 h after thrombolysis (AHA/ASA 2019 4.8)."""
    out = reason(
        make_case(
            "stroke symptoms",
            age=74,
            sex="F",
            vitals=vitals(80, 168, 90, 16, 97),
            ed_note="74-year-old woman, last seen well 70 minutes ago, found unable "
            "to lift her right arm with slurred words. Exam: right hemiparesis, "
            "expressive aphasia, NIHSS 9. Glucose 7.0. No anticoagulants. "
            "Non-contrast CT head: no haemorrhage, no early ischaemic change.",
        )
    )
    assert not O.medication_ordered(out, *DAPT)
    assert O.medication_ordered(out, *O.LYTIC)


def test_high_risk_tia_still_gets_dual_antiplatelet_therapy(reason: Reason) -> None:
    """Guard (AHA/ASA 2021; POINT): a resolved high-risk TIA gets aspirin with a
    clopidogrel load once imaging excludes haemorrhage."""
    out = reason(
        make_case(
            "transient weakness",
            age=67,
            sex="M",
            vitals=vitals(72, 150, 86, 14, 98),
            ed_note="67-year-old man with 30 minutes of left arm and face weakness "
            "this morning, now completely resolved. Hypertensive, diabetic. NIHSS 0. "
            "ABCD2 score 6. ECG sinus rhythm.",
        )
    )
    assert O.medication_ordered(out, *DAPT)


def test_stable_rate_controlled_atrial_fibrillation_is_named_and_sent_home(
    reason: Reason,
) -> None:
    """ESC 2020 / CAEP 2021: new AF at a controlled rate in a well patient is the
    diagnosis (not 'palpitations'), with a stroke-prevention decision by CHA2DS2-VASc,
    and goes home with follow-up."""
    out = reason(
        make_case(
            "palpitations",
            age=63,
            sex="F",
            vitals=vitals(88, 128, 78, 14, 98),
            ed_note="63-year-old woman with a day of an irregular heartbeat, no chest "
            "pain, breathlessness or syncope. ECG: atrial fibrillation, ventricular "
            "rate 88, no ischaemia. Electrolytes and TSH normal, troponin normal. "
            "Hypertension on amlodipine.",
        )
    )
    assert out.final.icd10 is not None and out.final.icd10.startswith("I48")
    assert O.ordered(out, "cha2ds2")
    assert out.final.disposition == "Discharge"


def test_gca_with_visual_symptoms_is_admitted_for_iv_steroid(reason: Reason) -> None:
    """BSR 2020: suspected giant cell arteritis with visual symptoms gets IV
    methylprednisolone for up to 3 days and same-day ophthalmology: hospital care."""
    out = reason(
        make_case(
            "blurred vision",
            age=74,
            sex="M",
            vitals=vitals(84, 146, 80, 16, 97),
            ed_note="74-year-old man with a month of new left-sided headache, pain in "
            "the jaw on chewing and scalp tenderness; twice today the vision in his "
            "left eye blacked out for a few minutes. Exam: tender, beaded left "
            "temporal artery. Acuity 6/9, fundi normal. No focal neurology.",
        )
    )
    assert O.medication_ordered(out, "methylprednisolone")
    assert out.final.disposition == "Admit"


def test_catheter_uti_changes_the_catheter_and_treats(reason: Reason) -> None:
    """IDSA 2009 CAUTI: fever and new confusion with a long-term catheter: replace the
    catheter, culture from the new one, then antibiotics."""
    out = reason(
        make_case(
            "fever",
            age=88,
            sex="F",
            vitals=vitals(102, 124, 66, 18, 96, 38.6),
            ed_note="88-year-old nursing-home resident with a long-term indwelling "
            "urinary catheter (last changed 8 weeks ago), fever and rigors since last "
            "night, more confused than usual. Chest clear, abdomen soft. Urinalysis: "
            "nitrite positive, pyuria. WBC 14. No allergies.",
        )
    )
    assert any(
        O.mentions(o, ("catheter",)) and O.mentions(o, ("replace", "change"))
        for o in O.orders(out)
    )
    assert O.medication_ordered(out, "antibiotic", "ceftriaxone", "cef")


def test_thyroid_storm_after_stopping_carbimazole_keeps_its_thionamide(
    reason: Reason,
) -> None:
    """ATA 2016: thyroid storm is treated with a thionamide; carbimazole stopped three
    months ago does not cause today's fever, so no 'stop the antithyroid drug'."""
    out = reason(
        make_case(
            "fever",
            age=38,
            sex="F",
            vitals=vitals(148, 150, 64, 24, 96, 39.2),
            ed_note="38-year-old woman with Graves' disease; she stopped carbimazole "
            "3 months ago. Two days of fever, vomiting, diarrhoea, agitation and "
            "palpitations. Exam: tremor, goitre, warm moist skin. ECG: sinus "
            "tachycardia 148. Free T4 high, TSH suppressed. Burch-Wartofsky 60. Urine "
            "hCG negative.",
        )
    )
    assert O.medication_ordered(out, "propylthiouracil", "methimazole", "thionamide")
    assert not any(
        O.mentions(o, ("stop",)) and O.mentions(o, ("antithyroid", "carbimazole"))
        for o in O.orders(out)
    )


def test_adrenal_crisis_with_abdominal_pain_gets_fluid_not_permissive_hypotension(
    reason: Reason,
) -> None:
    """Endocrine Society 2016: adrenal crisis (abdominal pain, vomiting, hypotension
    in known Addison's) is treated with hydrocortisone and isotonic fluid; permissive
    hypotension is a bleeding aneurysm's order, not this shock's."""
    out = reason(
        make_case(
            "abdominal pain",
            age=56,
            sex="F",
            vitals=vitals(120, 80, 46, 20, 97, 37.6),
            ed_note="56-year-old woman with Addison's disease on hydrocortisone and "
            "fludrocortisone; two days of vomiting and abdominal pain, could not keep "
            "her tablets down, now dizzy and weak. Sodium 127, potassium 5.6, glucose "
            "4.0.",
        )
    )
    assert O.medication_ordered(out, "hydrocortisone")
    assert not O.ordered(out, "permissive hypotension")

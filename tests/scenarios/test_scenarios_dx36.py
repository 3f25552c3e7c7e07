"""dx36 (issue 10, pattern 1): evidence that moves beliefs, mention context.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Harkema H et al. ConText, J Biomed Inform 2009;42:839 (a yes-no question names a
  possibility, not an asserted finding).
- RCOG Green-top Guideline 21 (2016); ACOG Practice Bulletin 193 (2018); ACEP 2017
  early pregnancy (an intrauterine pregnancy seen on a scan of this pregnancy; the
  heterotopic risk after assisted reproduction).
- Friedman DI, Liu GT, Digre KB. Neurology 2013;81:1159 (IIH needs normal venography);
  ICD-10-CM Official Guidelines FY2024 IV.H.
- Powers WJ et al. AHA/ASA 2019; Sacco RL et al. Stroke 2013;44:2064 (a stroke is
  sudden); England JD et al. Neurology 2009;72:185 (polyneuropathy screening).
- Biggins SW et al. AASLD 2021 ascites guidance. Hepatology 2021;74:1014.

Each scenario asserts safety properties; each failed on main df1ee18 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _final(out: object) -> str:
    return f"{out.final.icd10} {out.final.diagnosis_name}".lower()  # type: ignore[attr-defined]


def _open(out: object, words: str) -> list[object]:
    """Ledger entries naming ``words`` held open or ruled in."""
    return [
        e
        for e in out.final.ledger  # type: ignore[attr-defined]
        if words in e.diagnosis.lower() and e.status in ("cannot_exclude", "ruled_in")
    ]


def _status(text: str, concept: str) -> set[str]:
    return {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }


# --- a question is not a finding -------------------------------------------------


def test_an_unanswered_yes_no_question_does_not_state_the_disease() -> None:
    """ConText (Harkema 2009): "Is this a stroke?", "Could this be meningitis?" and a
    bare "Bowel obstruction?" ask whether the disease is there (possible existence);
    the examination after the question ("No focal deficit") is no answer to it."""
    assert "present" not in _status(
        "Is this a stroke? No focal deficit on examination.", "ischemic_stroke"
    )
    assert "present" not in _status(
        "Could this be meningitis? Afebrile, neck supple.", "meningitis"
    )
    assert "present" not in _status(
        "Bowel obstruction? Passing flatus, abdomen soft.", "bowel_obstruction"
    )


def test_guard_answered_and_wh_questions_keep_their_reading() -> None:
    """An answered question is read by its answer ("Chest pain? yes", "IV drug use?
    no": NegEx post-negation), a wh-question presupposes what it asks about ("Why is
    he hypotensive?"), a definite article presupposes the pain ("Is the chest pain
    pleuritic?"), and a stated CT result stays a result beside a question about the
    disposition."""
    assert _status("Chest pain? yes, central pressure.", "chest_pain") == {"present"}
    assert _status("IV drug use? no", "injection_drug_use") == {"absent"}
    assert _status("Why is he hypotensive? Sepsis likely.", "hypotension") == {
        "present"
    }
    assert _status("Is the chest pain pleuritic?", "chest_pain") == {"present"}
    assert "present" in _status(
        "CTPA shows PE in the segmental arteries. Is she safe for discharge?",
        "pulmonary_embolism",
    )


# --- an intrauterine pregnancy seen on an earlier scan of this pregnancy -----------


def test_iup_on_an_earlier_scan_of_this_pregnancy_closes_the_ectopic_question(
    reason: Reason,
) -> None:
    """RCOG GTG 21 / ACOG PB 193: an intrauterine pregnancy documented on a scan of
    this pregnancy makes an ectopic pregnancy very unlikely after spontaneous
    conception (heterotopic ~1 in 30,000): spotting at 10 weeks is a threatened
    miscarriage, not an ectopic held open for observation."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=30,
            sex="F",
            vitals=vitals(80, 120, 76, 14, 99),
            ed_note="30-year-old woman, 10 weeks pregnant, light spotting since "
            "the morning. A prior ultrasound at 7 weeks showed a viable intrauterine "
            "pregnancy. Abdomen soft, cervical os closed.",
        )
    )
    assert not _open(out, "ectopic"), out.final.ledger
    assert "ectopic" not in O.working(out), O.working(out)


def test_guard_after_ivf_an_earlier_iup_leaves_a_heterotopic_pregnancy_open(
    reason: Reason,
) -> None:
    """ACOG PB 193 / ACEP 2017: after assisted reproduction a heterotopic pregnancy
    (~1 in 100) stays possible beside an intrauterine one: pelvic pain with guarding
    keeps the ectopic open."""
    out = reason(
        make_case(
            "abdominal pain",
            age=36,
            sex="F",
            vitals=vitals(106, 106, 64, 18, 99),
            ed_note="36-year-old woman, 7 weeks pregnant after IVF. A previous scan "
            "at 6 weeks showed a live intrauterine pregnancy. Now sharp right iliac "
            "fossa pain radiating to the shoulder tip. Guarding in the right iliac "
            "fossa.",
        )
    )
    assert _open(out, "ectopic") or "ectopic" in O.working(out), out.final.ledger


def test_guard_an_iup_of_a_previous_pregnancy_is_history() -> None:
    """A previous pregnancy's intrauterine location says nothing of this one (RCOG
    GTG 21): it stays history."""
    assert _status(
        "Her previous pregnancy 2 years ago was a live intrauterine pregnancy on "
        "ultrasound.",
        "intrauterine_pregnancy",
    ) == {"historical"}


# --- idiopathic intracranial hypertension before venography ------------------------


def test_iih_is_not_the_final_label_before_venography(reason: Reason) -> None:
    """Friedman 2013: IIH needs normal neuroimaging including MR or CT venography;
    before it the venous sinus thrombosis that mimics it is not excluded, so the ED
    diagnosis is the symptom (ICD-10-CM IV.H) and the venogram is ordered."""
    out = reason(
        make_case(
            "headache",
            age=25,
            sex="F",
            vitals=vitals(78, 126, 78, 14, 99),
            ed_note="25-year-old woman, BMI 39, with daily headaches for a month, "
            "pulsatile tinnitus and transient visual obscurations. Bilateral "
            "papilloedema. Neurological examination otherwise normal. Non-contrast "
            "CT head normal.",
        )
    )
    assert not (out.final.icd10 or "").startswith("G93.2"), _final(out)
    assert O.ordered(out, "venograph"), O.orders(out)


def test_guard_iih_is_named_once_venography_is_normal(reason: Reason) -> None:
    """Friedman 2013: papilloedema, normal MR venography and an opening pressure of
    >= 25 cmH2O with normal CSF meet the criteria: IIH is named (G93.2)."""
    out = reason(
        make_case(
            "headache",
            age=28,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99),
            ed_note="28-year-old woman, BMI 37, daily headaches with pulsatile "
            "tinnitus for 2 months. Bilateral papilloedema. MRI brain with MR "
            "venography normal. LP opening pressure 36 cmH2O, CSF normal.",
        )
    )
    assert (out.final.icd10 or "").startswith("G93.2"), _final(out)


# --- numbness for months is no stroke ------------------------------------------------


def test_numbness_for_months_is_not_worked_up_as_an_acute_stroke(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: a stroke is a sudden focal deficit; numbness and tingling of
    both feet for six months is a neuropathy (England 2009: glucose, HbA1c, B12),
    not a stroke for CT angiography, a stroke team or admission."""
    out = reason(
        make_case(
            "numbness",
            age=63,
            sex="M",
            vitals=vitals(74, 138, 84, 14, 98),
            ed_note="63-year-old man with slowly worsening numbness and tingling of "
            "both feet for 6 months. Type 2 diabetes. Power normal, ankle reflexes "
            "absent, reduced vibration sense to the knees. Face and speech normal.",
        )
    )
    assert "stroke" not in O.working(out) and "infarct" not in O.working(out)
    assert "ischemic attack" not in O.working(out), O.working(out)
    assert not O.ordered(out, "stroke team"), O.orders(out)
    assert not O.ordered(out, "ct angiography"), O.orders(out)
    assert O.ordered(out, "b12"), O.orders(out)


def test_guard_sudden_numbness_an_hour_ago_is_a_stroke_work_up(
    reason: Reason,
) -> None:
    """AHA/ASA 2019: sudden unilateral numbness with a drift an hour ago is a stroke
    until imaged: CT with angiography and the stroke team."""
    out = reason(
        make_case(
            "numbness",
            age=67,
            sex="F",
            vitals=vitals(86, 176, 96, 16, 97),
            ed_note="67-year-old woman with sudden numbness of the right face and arm "
            "that started 1 hour ago. Exam: reduced sensation right face and arm, "
            "right pronator drift.",
        )
    )
    assert O.ordered(out, "stroke team"), O.orders(out)


# --- ascites -----------------------------------------------------------------------


def test_tense_cirrhotic_ascites_gets_a_diagnostic_tap_and_admission(
    reason: Reason,
) -> None:
    """AASLD 2021: every patient with cirrhosis and ascites admitted has a diagnostic
    paracentesis (cell count for SBP, albumin for the SAAG, culture in blood-culture
    bottles); tense ascites is drained with albumin; not gastroenteritis."""
    out = reason(
        make_case(
            "abdominal distension",
            age=59,
            sex="M",
            vitals=vitals(90, 114, 70, 18, 97, 37.1),
            ed_note="59-year-old man with cirrhosis from alcohol, his abdomen "
            "increasingly swollen over 3 weeks and now tight, breathless lying flat. "
            "Exam: tense ascites with shifting dullness, no tenderness, alert.",
        )
    )
    assert "ascites" in O.working(out), O.working(out)
    assert O.ordered(out, "diagnostic paracentesis"), O.orders(out)
    assert O.ordered(out, "albumin"), O.orders(out)
    assert "gastroenteritis" not in O.working(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_guard_sbp_with_a_high_neutrophil_count_stays_sbp(reason: Reason) -> None:
    """AASLD 2021: ascitic neutrophils >= 250/mm3 in cirrhosis is SBP, treated with a
    third-generation cephalosporin: the new ascites entry does not take its place."""
    out = reason(
        make_case(
            "abdominal pain",
            age=60,
            sex="F",
            vitals=vitals(102, 106, 64, 20, 96, 38.2),
            ed_note="60-year-old woman with cirrhosis and ascites, fever and diffuse "
            "abdominal pain. Diagnostic paracentesis: ascitic neutrophils 620/mm3.",
        )
    )
    assert "peritonitis" in O.working(out), O.working(out)
    assert O.ordered(out, "ceftriaxone") or O.ordered(out, "cefotaxime")


def test_guard_a_planned_tap_of_known_ascites_goes_home(reason: Reason) -> None:
    """AASLD 2021: uncomplicated ascites (no fever, pain, encephalopathy, kidney
    injury or bleeding) is managed as an outpatient, large-volume paracentesis
    included: a planned tap is no admission."""
    out = reason(
        make_case(
            "ascites tapping",
            age=66,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98, 36.6),
            ed_note="66-year-old man with known cirrhosis and ascites for his planned "
            "therapeutic paracentesis. Well, no fever, no abdominal pain, alert.",
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


# --- concussion ----------------------------------------------------------------------


def test_a_knock_out_with_amnesia_is_named_a_concussion(reason: Reason) -> None:
    """CISG 2017 (McCrory P et al. Br J Sports Med 2017;51:838) and ACEP 2008 mild
    TBI: a head injury followed by a brief loss of consciousness and amnesia for the
    event, with GCS 15 and no focal sign, is a concussion (S06.0X1A): the ED names
    it rather than abstaining."""
    out = reason(
        make_case(
            "head injury",
            age=21,
            sex="F",
            vitals=vitals(80, 120, 74, 14, 99),
            ed_note="21-year-old woman who hit her head on the floor during a "
            "netball match, knocked out for a few seconds, cannot remember the fall. "
            "GCS 15, neurological examination normal, no vomiting.",
        )
    )
    assert (out.final.icd10 or "").startswith("S06.0X"), _final(out)


def test_guard_an_anticoagulated_head_injury_is_not_called_a_concussion(
    reason: Reason,
) -> None:
    """Canadian CT Head Rule (Stiell 2001) and NICE NG232 (2023): a head injury on an
    anticoagulant needs a CT before any label that reassures; the concussion is not
    named before it."""
    out = reason(
        make_case(
            "head injury",
            age=78,
            sex="M",
            vitals=vitals(82, 150, 84, 16, 97),
            ed_note="78-year-old man on apixaban who tripped and hit his head, "
            "knocked out briefly, cannot remember the fall. GCS 15.",
        )
    )
    assert not (out.final.icd10 or "").startswith("S06.0X"), _final(out)


# --- a past admission's acute diagnosis explains nothing today ------------------------


def _diagnosis_flags(out: object) -> tuple[str, ...]:
    rec = next(r for r in out.trace if r.stage == "diagnosis")  # type: ignore[attr-defined]
    return tuple(rec.flags)


def test_a_past_admissions_kidney_injury_does_not_explain_todays_anion_gap(
    reason: Reason,
) -> None:
    """Kraut JA, Madias NE. CJASN 2007;2:162 and Gabow PA et al. NEJM 1980: a gap of
    30 is an organic acidosis until shown otherwise and needs a current cause
    (lactate, ketones, toxic alcohols, salicylate, uraemia now). A kidney injury of an
    admission two years ago, with a normal creatinine today, is history (ConText)
    and explains nothing: the picture stays unexplained."""
    out = reason(
        make_case(
            "weakness",
            age=72,
            sex="F",
            vitals=vitals(100, 126, 76, 26, 97),
            ed_note="72-year-old woman with 2 days of weakness and deep breathing. "
            "PMH: admitted in 2023 with acute kidney injury, recovered. Na 140, K 4.4, "
            "Cl 100, HCO3 10, creatinine 0.8 mg/dL, glucose 110 mg/dL. Anion gap 30.",
        )
    )
    assert "unexplained_findings" in _diagnosis_flags(out), _diagnosis_flags(out)


def test_guard_a_kidney_injury_today_explains_the_gap(reason: Reason) -> None:
    """KDIGO 2012: a creatinine of 7 mg/dL from a baseline of 0.9 after days of
    vomiting is an acute kidney injury today, the uraemia of which explains a gap of
    22: the picture is explained."""
    out = reason(
        make_case(
            "weakness",
            age=74,
            sex="F",
            vitals=vitals(94, 130, 80, 20, 97),
            ed_note="74-year-old woman with 4 days of vomiting and diarrhoea, little "
            "urine. Na 134, K 6.0, Cl 100, HCO3 12, creatinine 7.0 mg/dL (baseline "
            "0.9), urea 45 mmol/L. Anion gap 22.",
        )
    )
    assert "unexplained_findings" not in _diagnosis_flags(out), _diagnosis_flags(out)

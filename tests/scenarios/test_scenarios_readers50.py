"""readers50 (issue 10): a denial by "does not report", a gait that "cannot walk
without falling", a chest film's shadowing, a pull on a child's arm by a parent, a
symptom written after "known gallstones,", oxygen falling on walking, the birth a
fortnight ago by its count, HIV without "known" at the door, N/V/D, a postural fall by
its numbers.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a mention's sense,
  experiencer and time are its context's); Chapman WW et al. NegEx. J Biomed Inform
  2001;34:301.

Each scenario asserts safety properties; each target failed on main 55c14d0b before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    record = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(record.output, TriageResult)
    return record.output


def _open(out: ReasoningOutput) -> list[str]:
    summary = out.final.summary
    return list(summary.open_must_not_miss) if summary is not None else []


def test_does_not_report_breathlessness_keeps_pe_closed(reason: Reason) -> None:
    """A 61-year-old with exertional chest tightness relieved by rest who "does not
    report breathlessness, palpitations or blackouts". The verb of report belongs to
    the denial (NegEx "does not have", Chapman 2001): no dyspnoea and no syncope, so
    no PE work-up (Wells/PERC need a reason to suspect PE: ACEP 2018 PE policy); the
    angina picture is worked (NICE CG95)."""
    case = make_case(
        "chest tightness",
        age=61,
        sex="F",
        vitals=vitals(78, 138, 80, 16, 98),
        ed_note="61F tightness across the chest when walking uphill for 10 days, "
        "settles with rest in 5 minutes. She does not report breathlessness, "
        "palpitations or blackouts.",
    )
    out = reason(case)
    assert "Pulmonary embolism" not in _open(out), _open(out)
    assert not O.ordered(out, "d-dimer"), O.order_names(out)
    assert "pneumonia" not in O.working(out)


def test_cannot_walk_without_falling_and_vomiting_is_imaged(reason: Reason) -> None:
    """A 71-year-old hypertensive smoker woke with vertigo, "unable to walk without
    falling to the left, vomiting three times". Gait ataxia with acute vertigo is a
    posterior circulation stroke until imaged (Kattah JC et al. Stroke 2009 HINTS;
    AHA/ASA 2019), and the "without" negates nothing after it: the vomiting stays.
    Not positional vertigo with a Dix-Hallpike alone."""
    case = make_case(
        "vertigo",
        age=71,
        sex="F",
        vitals=vitals(80, 168, 92, 16, 97),
        ed_note="71F woke with the room spinning, unable to walk without falling to "
        "the left, vomiting three times. Hypertensive, smoker.",
    )
    out = reason(case)
    assert O.ordered(out, r"\bmri\b", "ct angiography"), O.order_names(out)
    assert "positional" not in O.working(out)


def test_shadowing_on_the_chest_film_is_treated_as_pneumonia(reason: Reason) -> None:
    """A 67-year-old with a productive cough and fever whose "CXR: right lower zone
    shadowing": airspace shadowing on the film is the infiltrate of pneumonia (BTS
    2009 CAP; NICE NG138 2019: antibiotic within 4 hours of diagnosis)."""
    case = make_case(
        "fever and cough",
        age=67,
        sex="F",
        vitals=vitals(104, 122, 70, 24, 93, 38.4),
        ed_note="67F productive cough and fevers for 5 days. CXR: right lower zone "
        "shadowing.",
    )
    out = reason(case)
    assert O.ordered(out, "amoxicillin", "ceftriaxone", "doxycycline"), O.order_names(
        out
    )
    assert "pneumonia" in O.working(out)


def test_a_mothers_pull_on_the_hand_is_a_pulled_elbow(reason: Reason) -> None:
    """A 2-year-old: "Mum pulled her up by the hand when she tripped; ... will not use
    it", no swelling or deformity. The mother is the actor, the mechanism is the
    child's (ConText experiencer, Harkema 2009): a pulled elbow, reduced without an
    x-ray (Tintinalli 9th ed. ch. 141; RCH clinical practice guideline)."""
    case = make_case(
        "arm injury",
        age=2,
        sex="F",
        vitals=vitals(118, 96, 60, 26, 99),
        ed_note="2F. Mum pulled her up by the hand when she tripped on the kerb; "
        "cried at once and now holds the arm still by her side, will not use it. "
        "No swelling, no deformity.",
    )
    out = reason(case)
    assert O.ordered(out, "radial head", "hyperpronation"), O.order_names(out)


def test_pain_after_known_gallstones_is_todays_cholecystitis(reason: Reason) -> None:
    """A febrile 49-year-old, "known gallstones, RUQ pain and vomiting since last
    night. Murphy's positive." "Known" names the one standing diagnosis; the pain and
    vomiting after its comma are today's (ConText historical scope ends at a new
    clinical statement, Harkema 2009): acute cholecystitis, an ultrasound (Tokyo
    2018), not gastroenteritis."""
    case = make_case(
        "abdominal pain",
        age=49,
        sex="F",
        vitals=vitals(108, 124, 74, 20, 97, 38.3),
        ed_note="49F known gallstones, RUQ pain and vomiting since last night. "
        "Murphy's positive.",
    )
    out = reason(case)
    assert O.ordered(out, "ultrasound"), O.order_names(out)
    assert "gastroenteritis" not in O.working(out)


def test_saturation_falling_on_walking_is_not_sent_home(reason: Reason) -> None:
    """A 61-year-old with 4 weeks of dry cough whose "oxygen saturation falls to 88%
    on walking": exertional desaturation is hypoxaemia on effort (BTS 2017 emergency
    oxygen; BHIVA 2011: a marker of Pneumocystis pneumonia); not a discharge."""
    case = make_case(
        "cough",
        age=61,
        sex="M",
        vitals=vitals(98, 128, 76, 22, 95, 37.6),
        ed_note="61M 4 weeks of dry cough and breathlessness. Oxygen saturation falls "
        "to 88% on walking around the department.",
    )
    out = reason(case)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_bleeding_two_weeks_after_delivery_is_a_secondary_pph(reason: Reason) -> None:
    """A 31-year-old "2 weeks after a vaginal delivery, heavy PV bleeding today,
    passing clots". A bleed from 24 hours to 12 weeks after birth is a secondary
    postpartum haemorrhage (RCOG Green-top 52, 2016; ICD-10-CM O72.2): no tranexamic
    acid "within 3 h of birth", and the clots are the uterus's, not haematuria."""
    case = make_case(
        "vaginal bleeding",
        age=31,
        sex="F",
        vitals=vitals(104, 108, 66, 18, 98),
        ed_note="31F 2 weeks after a vaginal delivery, heavy PV bleeding today, "
        "passing clots.",
    )
    out = reason(case)
    assert (out.final.icd10 or "").startswith("O72.2"), out.final.icd10
    assert not O.ordered(out, "within 3 h of birth"), O.order_names(out)


def test_hiv_not_on_treatment_with_fever_is_flagged_at_the_door(
    reason: Reason,
) -> None:
    """A 41-year-old: "Has HIV, off treatment for two years. Fevers and night sweats
    for a week, dry cough." HIV is a standing condition with or without "known"; the
    triage history holds it (ESI v4 handbook ch.2), and fever in an
    immunocompromised patient is high risk (WHO 2021 advanced HIV disease)."""
    case = make_case(
        "fever",
        age=41,
        sex="M",
        vitals=vitals(106, 120, 72, 22, 95, 38.7),
        ed_note="41M. Has HIV, off treatment for two years. Fevers and night sweats "
        "for a week, dry cough.",
    )
    out = reason(case)
    flags = " ".join(_triage(out).red_flags).lower()
    assert "immunocompromis" in flags, flags


def test_n_v_d_is_gastroenteritis_without_a_ketoacidosis_screen(
    reason: Reason,
) -> None:
    """A 27-year-old with crampy pain and "N/V/D" since a barbecue, tolerating
    fluids. N/V/D is nausea, vomiting and diarrhoea (NICE CKS gastroenteritis 2022):
    diarrhoea makes it gastroenteritis, not abdominal pain with vomiting held open
    for ketoacidosis in a man with no diabetes."""
    case = make_case(
        "abdominal pain",
        age=27,
        sex="M",
        vitals=vitals(96, 126, 78, 18, 98, 37.5),
        ed_note="27M crampy abdo pain with N/V/D since last night after a barbecue. "
        "Tolerating sips.",
    )
    out = reason(case)
    assert not any("ketoacidosis" in d.lower() for d in _open(out)), _open(out)


def test_a_postural_fall_by_its_numbers_is_orthostatic(reason: Reason) -> None:
    """A 77-year-old faint on rising, on doxazosin: "lying BP 136/80, BP falls to
    104/62 on standing". A fall of 32 mmHg systolic is classical orthostatic
    hypotension (ESC 2018 syncope: a fall of >= 20 mmHg or a standing systolic
    below 90)."""
    case = make_case(
        "collapse",
        age=77,
        sex="M",
        vitals=vitals(76, 136, 80, 16, 97),
        ed_note="77M felt faint on getting out of his chair, on doxazosin. Lying BP "
        "136/80, BP falls to 104/62 on standing.",
    )
    out = reason(case)
    assert (out.final.icd10 or "").startswith("I95"), out.final.icd10


# --- guards --------------------------------------------------------------------------


def test_guard_haematuria_passing_clots_is_still_visible_haematuria(
    reason: Reason,
) -> None:
    """Guard: a 68-year-old smoker "passing blood in the urine, passing clots": the
    clots are the urine's (NICE NG12: visible haematuria at 45 or over is a
    suspected cancer pathway referral)."""
    case = make_case(
        "haematuria",
        age=68,
        sex="M",
        vitals=vitals(82, 142, 84, 16, 97),
        ed_note="68M smoker, passing blood in the urine for a week, passing clots. "
        "Passing urine freely.",
    )
    out = reason(case)
    assert (
        "haematuria" in O.working(out)
        or "hematuria" in O.working(out)
        or ((out.final.icd10 or "").startswith("R31"))
    ), (O.working(out), out.final.icd10)


def test_guard_a_bare_list_after_known_stays_history(reason: Reason) -> None:
    """Guard: "Known HTN, DM, CKD" and a sprained ankle: the list after "known" is
    the history, no acute kidney or diabetic emergency worked (Ottawa ankle rules)."""
    case = make_case(
        "ankle injury",
        age=58,
        sex="F",
        vitals=vitals(80, 138, 80, 16, 98),
        ed_note="58F known HTN, DM, CKD. Rolled her right ankle on a kerb, walking "
        "with a limp, tender over the ATFL only.",
    )
    out = reason(case)
    assert "kidney" not in O.working(out) and "ketoacidosis" not in O.working(out)

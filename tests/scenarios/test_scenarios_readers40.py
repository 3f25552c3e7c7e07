"""readers40 (issue 10): typed flags, mention context and a pain's character.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- RCP NEWS2 2017 and ESI v4 handbook ch. 2 (a full set of observations and the triage
  history for every ED patient); The Joint Commission NPSG 02.03.01 and the Royal
  College of Pathologists 2017 (critical results communicated and acted on at once);
  UK Kidney Association 2020 (potassium >= 6.5 mmol/L severe).
- Harkema H et al. ConText. J Biomed Inform 2009;42:839 and medspaCy 1.3.1 default
  rules (an other experiencer's scope to the sentence end or a termination term);
  Lappin S, Leass HJ. Comput Linguist 1994;20:535 (gender agreement filters a
  pronoun's antecedents); RCOG Green-top 13 (2015) (chickenpox in pregnancy: a
  contact is checked for VZV immunity).
- Macleod's Clinical Examination 14th ed. (SOCRATES: a pain's character);
  Tintinalli's Emergency Medicine 9th ed. ch. 48; ATLS 10th ed. (a mechanism of
  injury is an event); CRASH-2, Lancet 2010 (tranexamic acid is for bleeding trauma).

Each scenario asserts safety properties; each failed on main eb5e678 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_LABS = "ED laboratory results (first value of each test during the ED stay):\n"
_TRAUMA_ORDERS = ("tranexamic", "efast", "massive transfusion", "trauma team")


def _status(text: str, concept: str) -> set[str]:
    return {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }


def _trauma_orders(out: object) -> list[str]:
    return [
        o.name
        for o in O.orders(out)  # type: ignore[arg-type]
        if any(w in o.name.lower() for w in _TRAUMA_ORDERS)
    ]


# --- a record with no presentation -----------------------------------------------


def test_labs_only_record_names_the_assessment_and_the_critical_potassium(
    reason: Reason,
) -> None:
    """Results only, potassium 6.8: no complaint, vital sign or history to place a
    diagnosis on. The trace says so (typed flag on every stage), the next step is a
    full set of observations and a history (NEWS2 2017; ESI v4 ch. 2), and the
    severe hyperkalaemia is named to act on now (UKKA 2020; NPSG 02.03.01)."""
    case = make_case(
        None,  # type: ignore[arg-type]
        age=71,
        sex="M",
        ed_note=_LABS + "Potassium 6.8 mEq/L (abnormal)\nSodium 138 mEq/L\n"
        "Creatinine 3.9 mg/dL (abnormal)",
    )
    out = reason(case)
    assert all("no_presentation" in r.flags for r in out.trace)
    summary = out.final.summary
    assert "no_presentation" in summary.flags
    assert summary.next_step is not None and "vital signs" in summary.next_step
    assert any("potassium" in c.lower() for c in summary.critical_results)


def test_labs_only_normal_results_flag_without_a_critical_result(
    reason: Reason,
) -> None:
    """Normal results only: the same next step, no critical result invented."""
    case = make_case(
        None,  # type: ignore[arg-type]
        age=45,
        sex="F",
        ed_note=_LABS + "Sodium 140 mEq/L\nPotassium 4.2 mEq/L\nGlucose 95 mg/dL",
    )
    summary = reason(case).final.summary
    assert "no_presentation" in summary.flags
    assert summary.critical_results == ()


def test_guard_a_complaint_or_a_history_is_a_presentation(reason: Reason) -> None:
    """Guard: a complaint with results, or an ED note with a history (no complaint,
    no vitals), is a presentation: no flag in the summary."""
    with_cc = make_case(
        "CHEST PAIN", age=62, sex="M", ed_note=_LABS + "Potassium 4.4 mEq/L"
    )
    assert "no_presentation" not in reason(with_cc).final.summary.flags
    history = make_case(
        None,  # type: ignore[arg-type]
        age=50,
        sex="M",
        ed_note="HPI: 50-year-old man with 3 hours of central chest pain radiating "
        "to the left arm, sweaty. Troponin T 0.35 ng/mL.",
    )
    assert "no_presentation" not in reason(history).final.summary.flags


# --- another person's pronoun ----------------------------------------------------


def test_the_nephews_rash_is_a_contact_not_chickenpox(reason: Reason) -> None:
    """'Spent the afternoon with her nephew; he developed the chickenpox rash': "her"
    is the patient, so "he" is the nephew (gender agreement; ConText experiencer). A
    pregnant contact is checked for VZV immunity (RCOG GTG 13), not labelled
    chickenpox and treated for a rash she does not have."""
    case = make_case(
        "CHICKENPOX CONTACT",
        age=29,
        sex="F",
        vitals=vitals(78, 118, 72, 14, 99),
        one_liner="29F 20 weeks pregnant, chickenpox contact",
        ed_note="20 weeks pregnant. Spent the afternoon with her nephew 3 days ago; he "
        "developed the chickenpox rash the next day. She is well, no fever.",
    )
    out = reason(case)
    assert not (out.final.icd10 or "").startswith("B01")


def test_another_persons_symptoms_after_his_or_her_pronoun() -> None:
    """'His wife ...; she has a cough': the wife's cough; 'her son has a cold, he has
    a cough': the son's (ConText experiencer; Lappin & Leass 1994)."""
    wife = "His wife tested positive for COVID-19; she has a cough and a fever."
    assert "present" not in _status(wife, "cough")
    son = "Her son has a cold, he has a runny nose and a cough. She has a sore throat."
    assert "present" not in _status(son, "cough")
    assert "present" in _status(son, "sore_throat")


def test_guard_the_patients_pronoun_keeps_her_symptoms() -> None:
    """Guard: "her nephew ...; she developed a rash" is the patient's; a relative of
    the patient's own gender ("his brother ...; he") stays the patient's; "her
    husband has COPD; she has wheeze" is hers."""
    # peds52 (session 52) reads "vesicular rash" as its own concept (chickenpox after a
    # contact, RCOG GTG 13): the pronoun guard holds on that concept
    assert "present" in _status(
        "Her nephew has chickenpox; she developed a vesicular rash yesterday.",
        "vesicular_rash",
    )
    assert "present" in _status(
        "His brother has chickenpox; he developed a rash yesterday.", "rash"
    )
    assert "present" in _status(
        "Her husband has COPD; she has wheeze and breathlessness.", "wheezing"
    )


# --- a pain's character is no mechanism -------------------------------------------


def test_stabbing_chest_pain_in_shock_gets_no_trauma_orders(reason: Reason) -> None:
    """Sudden stabbing pleuritic chest pain after a flight, HR 118, SBP 88: a PE
    picture, no injury. 'Stabbing' is the pain's character (SOCRATES), so no
    tranexamic acid, eFAST or massive transfusion (ATLS; CRASH-2)."""
    case = make_case(
        "CHEST PAIN",
        age=64,
        sex="M",
        vitals=vitals(118, 88, 56, 24, 93),
        one_liner="64M stabbing chest pain",
        ed_note="Sudden stabbing left-sided chest pain 1 hour ago, worse on breathing, "
        "short of breath. Recent long-haul flight.",
    )
    assert _trauma_orders(reason(case)) == []


def test_pain_described_as_stabbing_gets_no_trauma_orders(reason: Reason) -> None:
    """'Abdominal pain ..., described as stabbing': the character named after the
    pain is no stab wound (no tranexamic acid, no eFAST)."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=55,
        sex="F",
        vitals=vitals(112, 92, 60, 22, 97),
        ed_note="Abdominal pain since this morning, described as stabbing, with "
        "vomiting.",
    )
    assert _trauma_orders(reason(case)) == []


def test_guard_a_stab_wound_with_stabbing_pain_stays_an_injury(reason: Reason) -> None:
    """Guard: a stab wound of the flank with 'stabbing pain at the wound' is still a
    penetrating injury: the trauma work-up stands (ATLS; EAST 2010)."""
    case = make_case(
        "STAB WOUND",
        age=27,
        sex="M",
        vitals=vitals(110, 104, 66, 20, 98),
        ed_note="Stab wound to the right flank 1 hour ago, stabbing pain at the wound.",
    )
    assert _trauma_orders(reason(case))


# --- requests: melaena on the rectal examination, a clear chest ------------------


def test_melaena_named_before_its_rectal_examination_is_read() -> None:
    """gi40: "melaena on PR", "black stool on DRE", "PR: melaena" are melaena on the
    rectal examination (LR+ 25 for an upper GI source: Srygley FD et al. JAMA
    2012;307:1072; NICE CG141)."""
    from agents.offline.rules.reports import report_findings

    for text in (
        "Epigastric pain, melaena on PR, Hb 81 on diclofenac.",
        "Black stool on DRE.",
        "PR: melaena.",
    ):
        assert "melena_on_exam" in {f.concept for f in report_findings(text)}, text


def test_guard_no_melaena_and_the_pr_interval_are_not_melaena() -> None:
    """Guard: a negated finding, a brown stool and an ECG's PR interval read none."""
    from agents.offline.rules.reports import report_findings

    for text in (
        "No melaena on PR.",
        "PR: brown stool, no melaena.",
        "ECG: PR interval 160 ms, black stool reported.",
    ):
        assert "melena_on_exam" not in {f.concept for f in report_findings(text)}, text


def test_a_clear_chest_is_a_normal_chest_examination() -> None:
    """lead40: "Chest clear" documents no consolidation sign (Metlay JP et al. JAMA
    1997;278:1440: the normal chest examination lowers pneumonia); "chest clear apart
    from right basal crackles" keeps its crackles (guard)."""
    assert _status("Coryza, cough, fever. Chest clear.", "consolidation_signs") == {
        "absent"
    }
    assert "present" in _status("Chest clear apart from right basal crackles.", "rales")


def test_a_severe_pain_rating_keeps_a_typical_sickle_crisis(reason: Reason) -> None:
    """lead40: HbSS with his typical painful crisis in the legs and back, 'pain 9/10'
    (NRS 7-10 severe: Serlin RC et al. Pain 1995;61:277), chest pain denied, SpO2 96 %:
    a vaso-occlusive crisis (NICE CG143; Yawn BP et al. JAMA 2014), with a parenteral
    opioid; not an acute chest syndrome with antibiotics (no infiltrate, no chest
    sign: BSH 2015)."""
    case = make_case(
        "PAIN",
        age=19,
        sex="M",
        vitals=vitals(108, 128, 76, 20, 96, 37.8),
        ed_note="19-year-old with HbSS. Typical painful crisis in both legs and lower "
        "back for 12 hours, pain 9/10, not helped by oral codeine at home. No chest "
        "pain, SpO2 96 % on air.",
    )
    out = reason(case)
    assert (out.final.icd10 or "").startswith("D57.0") or "crisis" in (
        out.final.diagnosis_name or ""
    ).lower()
    assert not (out.final.icd10 or "").startswith("D57.01")  # acute chest syndrome


def test_guard_a_mild_or_past_rating_is_no_severe_pain() -> None:
    """Guard: 'pain 5/10', '9/10 last night, now 2/10' and 'pain since 9/10' (a
    date) are no severe pain."""
    for text in ("pain 5/10", "pain was 9/10 last night, now 2/10", "pain since 9/10"):
        assert "present" not in _status(text, "severe_pain"), text

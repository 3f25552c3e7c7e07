"""readers38 (issue 10, pattern 1): mention context and typed results.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Chapman WW et al. NegEx. J Biomed Inform 2001;34:301; Harkema H et al. ConText.
  J Biomed Inform 2009;42:839 (negation, temporality, experiencer, termination).
- Callen J et al. J Gen Intern Med 2012;27:1334 (tests pending are no results).
- Kuhar DT et al. US PHS occupational HIV PEP 2013 (the source's status sets PEP).
- ten Broek RPG et al. Bologna adhesive SBO guidelines. World J Emerg Surg 2018.
- NICE CG141 (2012) and Laine L et al. ACG 2021: haematemesis, upper GI bleeding.
- Rud B et al. Cochrane 2019 (CD009977); ACR Appropriateness Criteria right lower
  quadrant pain 2022: a CT showing a normal appendix is negative for appendicitis.

Each scenario asserts safety properties; each failed on main bd622d5 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.offline.diagnosis import stated_diagnosis
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.reports import report_findings
from agents.offline.rules.results import result_findings
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(text: str, concept: str) -> set[str]:
    return {
        f.status
        for f in extract_findings(text, load_knowledge())
        if f.concept == concept
    }


# --- a test pending asserts nothing about its target ------------------------------


def test_a_pending_test_leaves_its_disease_possible() -> None:
    """A disease named by a test still pending is the question, not the answer
    (ConText possible existence, as "evaluate for"; Callen 2012): "influenza test
    pending", "COVID swab sent, result awaited" do not state the infection."""
    text = "Fever and myalgia for 1 day. Influenza test pending. Chest clear."
    assert _status(text, "influenza") == {"differential"}
    text = "Cough and fever. COVID swab sent, result awaited."
    assert _status(text, "covid19") == {"differential"}
    assert _status("Influenza A/B PCR: pending.", "influenza") == {"differential"}
    assert _status("Awaiting COVID swab result.", "covid19") == {"differential"}


def test_guard_a_resulted_test_and_a_raised_troponin_stay_results() -> None:
    """Guard: a positive test states the disease; a raised troponin with its repeat
    pending stays raised (ESC 2020 NSTE-ACS 0/1 h); "CT shows PE" stays a PE."""
    # dx39: the positive test is read as its own concept, which implies influenza
    # (findings.yaml ``implies``; IDSA 2018: a positive RT-PCR confirms influenza)
    flu = "Influenza A PCR positive. Chest clear."
    assert (_status(flu, "influenza") | _status(flu, "influenza_test_positive")) == {
        "present"
    }
    labs = {
        f.concept
        for f in result_findings("Troponin I 850 ng/L, repeat pending.", age=66)
    }
    assert "troponin_elevated" in labs
    assert "present" in _status(
        "CT shows PE in the right lower lobe artery.", "pulmonary_embolism"
    )


# --- the source of a body-fluid exposure is another person ------------------------


def test_the_source_patients_hiv_is_not_the_exposed_workers(reason: Reason) -> None:
    """US PHS 2013 occupational PEP: the source patient's HIV sets the worker's PEP;
    the worker is not immunocompromised (ConText experiencer 'other'), and a worker
    "hepatitis B vaccinated" has no liver disease."""
    note = (
        "29-year-old nurse with a hollow-bore needle-stick injury to the left index "
        "finger 1 hour ago. The source patient is HIV positive with an unknown viral "
        "load. She is hepatitis B vaccinated."
    )
    assert not {f.concept for f in result_findings(note, age=29)} & {
        "hiv_immunosuppressed",
        "immunocompromised",
    }
    out = reason(
        make_case(
            "NEEDLESTICK INJURY",
            age=29,
            sex="F",
            vitals=vitals(80, 120, 76, 14, 99),
            ed_note=note,
            case_id="readers38-needlestick",
        )
    )
    assert O.ordered(out, "pep")
    names = " | ".join(e.diagnosis.lower() for e in out.final.ledger)
    assert "hepatic encephalopathy" not in names and "varices" not in names
    text = "Paramedic stuck by a used needle. Source known to have hepatitis C and HIV."
    assert "present" not in _status(text, "liver_disease")


def test_guard_the_patients_own_hiv_and_an_infections_source_stay_the_patients() -> (
    None
):
    """Guard: "HIV positive on ART, CD4 150" is the patient's own (BHIVA 2023: CD4 <
    200 is advanced disease); a "source of infection" is no person; a relative's
    cancer stays family history."""
    labs = {
        f.concept
        for f in result_findings("HIV positive on ART, CD4 150. Fever 2 days.", age=35)
    }
    assert "hiv_immunosuppressed" in labs
    assert _status("Fever 38.9, source of infection unclear.", "fever") == {"present"}
    assert _status("Her mother had breast cancer at 50.", "active_cancer") == {"family"}


# --- a past operation does not make today's symptoms history ----------------------


def test_symptoms_after_a_past_operation_are_todays(reason: Reason) -> None:
    """Adhesive small-bowel obstruction after a hysterectomy (Bologna 2018): colicky
    pain, bilious vomiting and distension listed after "previous hysterectomy" are
    today's obstruction, so the obstruction is worked up and the patient not sent
    home (ConText historical scope ends at a new clinical statement)."""
    line = "63F, previous hysterectomy, colicky pain, bilious vomiting, distension."
    assert _status(line, "bilious_vomiting") == {"present"}
    assert _status(line, "distension") == {"present"}
    line = "70-year-old, previous CABG, central chest pain, sweating."
    assert _status(line, "diaphoresis") == {"present"}
    assert "historical" not in _status(line, "chest_pain")
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=63,
            sex="F",
            vitals=vitals(104, 128, 78, 20, 97),
            ed_note=(
                "63-year-old, previous hysterectomy, colicky pain, bilious vomiting, "
                "distension. No flatus for 24 hours. High-pitched bowel sounds."
            ),
            case_id="readers38-sbo",
        )
    )
    assert "obstruction" in O.working(out)
    d = O.disposition(out)
    assert d is not None and d.disposition != "Discharge"


def test_guard_a_history_list_stays_history() -> None:
    """Guard: a list of past diagnoses stays history ("known HTN, DM, CAD";
    "previous MI, stroke"); a residual deficit after a stroke stays history
    (AHA/ASA 2019: pre-stroke disability is baseline)."""
    line = "72-year-old, known HTN, DM, CAD, with lightheadedness."
    assert _status(line, "hypertension") == {"historical"}
    assert _status(line, "cad") == {"historical"}
    line = "77-year-old, previous MI, stroke, with breathlessness."
    assert _status(line, "ischemic_stroke") == {"historical"}
    line = "80-year-old, h/o stroke, L hemiparesis, with fever."
    assert _status(line, "unilateral_weakness") == {"historical"}


# --- haematemesis in words; the burns of a fire are the event's --------------------


def test_vomited_blood_in_words_is_haematemesis(reason: Reason) -> None:
    """NICE CG141 / ACG 2021: vomiting fresh or bright red blood is haematemesis, an
    upper GI bleed: the GI bleeding work-up, not the gastroenteritis list."""
    assert _status("Vomited fresh blood twice this morning.", "hematemesis") == {
        "present"
    }
    assert _status("Streaks of blood in the vomit.", "hematemesis") == {"present"}
    out = reason(
        make_case(
            "VOMITING",
            age=45,
            sex="F",
            vitals=vitals(112, 104, 66, 20, 97),
            ed_note=(
                "45-year-old with alcohol excess, vomiting bright red blood since 1 "
                "hour. Pale, clammy."
            ),
            case_id="readers38-haematemesis",
        )
    )
    assert "gastroenteritis" not in O.working(out)
    top = " | ".join(e.diagnosis.lower() for e in out.final.ledger[:3])
    assert "upper gi bleeding" in top
    assert O.ordered(out, "type and screen", "crossmatch")
    kb = load_knowledge()
    spec = stated_diagnosis("Impression: upper gastrointestinal bleeding.", kb)
    assert spec is not None and spec.id == "upper_gi_bleed"


def test_guard_vomiting_without_blood_stays_vomiting(reason: Reason) -> None:
    """Guard: "no blood in the vomit" is no haematemesis; plain vomiting and
    diarrhoea keep the gastroenteritis list (NICE CG84)."""
    assert "present" not in _status("Vomiting, no blood in the vomit.", "hematemesis")
    out = reason(
        make_case(
            "VOMITING",
            age=30,
            sex="F",
            vitals=vitals(90, 120, 76, 16, 99),
            ed_note="30-year-old vomiting since last night, no blood. Diarrhoea x3.",
            case_id="readers38-gastro",
        )
    )
    assert "bleed" not in O.working(out) and "hemorrhage" not in O.working(out)


def test_symptoms_dated_after_a_fires_burns_are_asserted() -> None:
    """ "No burns, coughing and vomiting since yesterday": the negation governs the
    burns of the event (a context item, as "no injuries"), and the symptoms dated
    after it are a new statement (ConText: a modifier's scope is the findings it
    governs; NegEx scope ends at a new clinical statement)."""
    line = "House fire yesterday. No burns, coughing and vomiting since yesterday."
    assert _status(line, "cough") == {"present"}
    assert _status(line, "vomiting") == {"present"}
    assert _status(line, "burn") == {"absent"}


def test_guard_negated_lists_stay_negated() -> None:
    """Guard: one trigger over a list (NegEx): "no rash, photophobia, neck
    stiffness", "no fever or cough", "no nausea, vomiting, diarrhoea", "no burns,
    cough or headache for 2 days"; "denies chest pain, has palpitations" keeps the
    palpitations."""
    line = "No rash, photophobia, neck stiffness."
    for concept in ("rash", "photophobia", "neck_stiffness"):
        assert _status(line, concept) == {"absent"}, concept
    for concept in ("fever", "cough"):
        assert _status("No fever or cough.", concept) == {"absent"}, concept
    for concept in ("nausea", "vomiting"):
        assert _status("No nausea, vomiting, diarrhoea.", concept) == {"absent"}
    line = "No burns, cough or headache for 2 days."
    for concept in ("cough", "headache"):
        assert _status(line, concept) == {"absent"}, concept
    line = "Denies chest pain, has palpitations and feels anxious."
    assert _status(line, "palpitations") == {"present"}
    assert _status(line, "chest_pain") == {"absent"}


# --- a CT that shows the appendix not inflamed -------------------------------------


def test_an_appendix_without_signs_of_inflammation_is_a_negative_ct(
    reason: Reason,
) -> None:
    """Rud 2019 / ACR 2022: a CT that shows the appendix without signs of
    inflammation is negative for appendicitis: no appendicitis label, no
    appendicitis antibiotics."""
    ct = (
        "CT abdomen: the appendix is visualised without signs of active "
        "inflammation. Small amount of free fluid in the pelvis."
    )
    assert "ct_appendicitis_negative" in {f.concept for f in report_findings(ct)}
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=24,
            sex="F",
            vitals=vitals(84, 118, 74, 16, 99, 37.2),
            ed_note="24-year-old with right lower quadrant pain for 1 day. Mild RLQ "
            "tenderness. " + ct,
            case_id="readers38-ct-appendix",
        )
    )
    assert "appendicitis" not in O.working(out)
    assert not O.medication_ordered(out, "metronidazole")


def test_a_thickened_appendix_with_inflammatory_change_is_appendicitis() -> None:
    """Pinto Leite N et al. AJR 2005;185:406: appendiceal wall thickening and
    periappendiceal inflammation are CT signs of appendicitis; a report that names
    them is a positive CT, not a silent one."""
    text = "CT abdomen: thickened appendix with surrounding inflammatory changes."
    found = {f.concept for f in report_findings(text)}
    assert "ct_appendicitis" in found and "ct_appendicitis_negative" not in found


def test_guard_an_unseen_or_inflamed_appendix_is_no_negative_ct() -> None:
    """Guard: an appendix not visualised, or thickened with inflammatory change, or
    dilated with fat stranding, is no negative CT (ACR 2022)."""
    for text in (
        "CT abdomen: appendix not visualised. No free fluid.",
        "CT abdomen: dilated appendix 11 mm with periappendiceal fat stranding.",
        "CT abdomen: appendix not visualised, no signs of inflammation in the RIF.",
    ):
        found = {f.concept for f in report_findings(text)}
        assert "ct_appendicitis_negative" not in found, text
    found = {f.concept for f in report_findings("CT abdomen: inflamed appendix.")}
    assert "ct_appendicitis" in found

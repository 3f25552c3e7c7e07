"""neuro28 (issue 10): neurology, older adults and behavioural emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- van Doorn PA et al. EAN/PNS 2023 Guillain-Barre syndrome guideline; Leonhard SE et
  al. Nat Rev Neurol 2019;15:671; Lawn ND et al. Arch Neurol 2001;58:893 (20/30/40
  rule: vital capacity < 20 mL/kg, maximal inspiratory pressure weaker than -30);
- Sanders DB et al. Neurology 2016;87:419 and Narayanaswami P et al. 2021 (myasthenic
  crisis: IVIG or plasma exchange, intensive care, drugs that worsen myasthenia);
- Hooton TM et al. IDSA 2009 CAUTI (the catheter defines it); NICE CG103 delirium
  (look for infection); Gupta K et al. IDSA 2011 (febrile UTI: antibiotics);
- Laine L et al. ACG 2021 upper GI bleeding (acid suppression, transfusion plan and
  endoscopy treat a documented bleed); Brignole M et al. ESC 2018 syncope (bifascicular
  block is a major high-risk ECG feature: monitoring);
- ACEP 2017 clinical policy, psychiatric patients (medical screening of a possible
  ingestion); AACT / Goldfrank's (ECG in every intentional ingestion);
- Kolias AG et al. Nat Rev Neurol 2014;10:570 (chronic subdural haematoma: days to
  weeks after a minor injury, headache and confusion); Greenberg SM et al. AHA/ASA
  2022 ICH (anticoagulant reversal).

Each scenario asserts safety properties and failed on main 28f85ee before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

IMMUNOTHERAPY = ("ivig", "immunoglobulin", "plasma exchange", "plasmapheresis")
ANTIBIOTIC = (
    "antibiotic",
    "ceftriaxone",
    "cefalexin",
    "nitrofurantoin",
    "piperacillin",
)
PPI = ("pantoprazole", "omeprazole", "esomeprazole", "proton pump")


def _final(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def test_ascending_areflexic_weakness_with_low_vital_capacity_is_gbs_in_icu(
    reason: Reason,
) -> None:
    """EAN/PNS 2023; Lawn 2001: ascending symmetrical weakness with lost reflexes
    after an infection is Guillain-Barre syndrome; a vital capacity below 20 mL/kg
    needs intensive care, with neurology and IVIG or plasma exchange."""
    out = reason(
        make_case(
            "weakness",
            age=52,
            sex="M",
            vitals=vitals(104, 150, 88, 22, 96),
            ed_note=(
                "52-year-old man. Gastroenteritis 10 days ago. Over 4 days "
                "ascending weakness and tingling from the feet, now unable to "
                "climb stairs or lift his arms above his head. Exam: reflexes "
                "absent in arms and legs, symmetrical proximal and distal "
                "weakness, no sensory level, bladder normal. Vital capacity "
                "15 mL/kg."
            ),
        )
    )
    assert "guillain" in O.working(out)
    assert O.ordered(out, *IMMUNOTHERAPY)
    disposition = O.disposition(out)
    assert disposition.disposition == "Admit"
    assert disposition.admit_level == "icu"


def test_examination_line_of_leg_weakness_with_areflexia_names_gbs(
    reason: Reason,
) -> None:
    """Brighton Collaboration (Sejvar 2011) level 3: bilateral flaccid limb weakness
    with reduced or absent reflexes; an examination line 'weakness legs 3/5' is leg
    weakness, and neurology is consulted."""
    out = reason(
        make_case(
            "weakness",
            age=39,
            sex="F",
            vitals=vitals(92, 132, 80, 18, 98),
            ed_note="39-year-old woman, flu-like illness 2 weeks ago, 3 days of numb "
            "feet and difficulty walking. Exam: symmetrical weakness legs 3/5, arms "
            "5/5, areflexia at knees and ankles, no sensory level, normal anal tone.",
        )
    )
    assert "guillain" in O.working(out)
    assert O.ordered(out, "neurology")


def test_myasthenia_with_weak_inspiratory_force_is_a_crisis_treated_with_ivig(
    reason: Reason,
) -> None:
    """Sanders 2016 / MGFA: known myasthenia gravis with bulbar weakness and a
    maximal inspiratory pressure weaker than -30 cmH2O is a myasthenic crisis:
    intensive care, IVIG or plasma exchange, and no drug that worsens myasthenia."""
    out = reason(
        make_case(
            "difficulty breathing",
            age=66,
            sex="M",
            vitals=vitals(108, 146, 84, 26, 94),
            ed_note=(
                "66-year-old man with myasthenia gravis on pyridostigmine. Two "
                "days of slurred nasal speech, choking on his tablets and "
                "breathlessness. Exam: bilateral ptosis, weak neck flexion, weak "
                "cough. Negative inspiratory force -18 cmH2O."
            ),
        )
    )
    assert "myasthen" in O.working(out)
    assert O.ordered(out, *IMMUNOTHERAPY)
    assert O.disposition(out).admit_level == "icu"


def test_delirium_with_urinary_infection_and_no_catheter_is_not_a_cauti(
    reason: Reason,
) -> None:
    """IDSA 2009: a catheter-associated UTI needs a catheter; NICE CG103: a febrile
    urinary infection causing delirium in an older adult is treated with
    antibiotics, and no catheter is 'replaced' in a woman who has none."""
    out = reason(
        make_case(
            "confusion",
            age=88,
            sex="F",
            vitals=vitals(96, 134, 72, 18, 95, 38.4),
            ed_note="88-year-old woman from home with her daughter: 2 days of new "
            "confusion, inattentive, drowsy by day; burning on passing urine and "
            "frequency. No fall, no head injury. No focal neurology, neck supple. "
            "Urine dipstick nitrite positive, leucocytes 3+.",
        )
    )
    assert O.medication_ordered(out, *ANTIBIOTIC)
    assert not O.ordered(out, "replace a catheter", "from the new catheter")
    assert "catheter" not in _final(out)


def test_syncope_with_bifascicular_block_gets_monitoring_not_bleeding_treatment(
    reason: Reason,
) -> None:
    """ESC 2018: syncope with a bifascicular block is high risk for paroxysmal AV
    block: cardiac monitoring; ACG 2021: with no sign of bleeding, no acid
    suppression or transfusion plan for a presumed GI bleed."""
    out = reason(
        make_case(
            "syncope",
            age=81,
            sex="F",
            vitals=vitals(56, 124, 72, 16, 97),
            ed_note="81-year-old woman collapsed without warning while watching "
            "television, unconscious for under a minute, full recovery. No melaena, "
            "no haematemesis. ECG: sinus rhythm, bifascicular block. Troponin normal.",
        )
    )
    assert O.ordered(out, "telemetry", "cardiac monitor")
    assert not O.medication_ordered(out, *PPI)
    assert not O.medication_ordered(out, "transfus")


def test_melaena_with_syncope_still_gets_acid_suppression_and_endoscopy(
    reason: Reason,
) -> None:
    """Guard (ACG 2021): a documented upper GI bleed (melaena) with a faint keeps its
    IV proton pump inhibitor, transfusion threshold and endoscopy."""
    out = reason(
        make_case(
            "syncope",
            age=67,
            sex="M",
            vitals=vitals(112, 98, 60, 20, 97),
            ed_note="67-year-old man on naproxen for his knees, two days of black "
            "tarry stools, fainted on the toilet this morning. Pale. Melaena on rectal "
            "examination.",
        )
    )
    assert O.medication_ordered(out, *PPI)
    assert O.ordered(out, "gastroenterolog", "endoscop")


def test_suicidal_patient_who_took_a_handful_of_pills_gets_an_ecg_and_levels(
    reason: Reason,
) -> None:
    """ACEP 2017 psychiatric patients; AACT: a suicidal patient who says he took a
    handful of pills has an ingestion of unknown drugs: ECG and paracetamol and
    salicylate levels before medical clearance."""
    out = reason(
        make_case(
            "suicidal ideation",
            age=31,
            sex="F",
            vitals=vitals(102, 126, 78, 16, 99),
            ed_note="31-year-old woman brought by her partner after saying she wanted "
            "to end her life; she admits she took a handful of pills an hour ago but "
            "will not say what. Alert, tearful, GCS 15.",
        )
    )
    assert O.ordered(out, "ecg", "electrocardiogram")
    assert O.ordered(out, "acetaminophen", "paracetamol")
    assert O.ordered(out, "psychiatr", "mental health")


def test_weeks_after_a_fall_on_an_anticoagulant_gradual_confusion_is_a_subdural(
    reason: Reason,
) -> None:
    """Kolias 2014: an older adult on an anticoagulant with headache and confusion
    worsening over days, weeks after a minor head injury, has a chronic subdural
    haematoma until CT says otherwise (not a sudden intracerebral haemorrhage): CT
    head and neurosurgery."""
    out = reason(
        make_case(
            "confusion",
            age=81,
            sex="M",
            vitals=vitals(70, 156, 82, 16, 96),
            ed_note="81-year-old man on apixaban for atrial fibrillation. Tripped over "
            "the dog 4 weeks ago and struck his head. Over the last 2 weeks increasing "
            "confusion and headache, sleeping more. Exam: GCS 14, mild left arm drift. "
            "Afebrile.",
        )
    )
    assert "subdural" in O.working(out)
    assert O.ordered(out, "ct head")
    assert O.ordered(out, "neurosurg")

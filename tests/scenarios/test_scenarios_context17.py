"""Words read rightly: negation scope, whose mention, drugs taken as directed, headings.

context17 (issue 10). Each scenario failed on main before context17's change unless
marked a positive control. Text-layer sources: NegEx (Chapman WW et al. J Biomed
Inform 2001;34:301) and ConText (Harkema H et al. J Biomed Inform 2009;42:839:
termination terms, new clauses, other experiencers); sectionizer scope (Eyre H et al.
medspaCy, AMIA 2021). Clinical sources: IDSA 2010 febrile neutropenia (Freifeld AG et
al. Clin Infect Dis 2011;52:e56: the patient's own chemotherapy-induced neutropenia);
acetaminophen poisoning consensus (Dart RC et al. JAMA Netw Open 2023;6:e2327739: an
overdose needs an ingestion above the therapeutic dose; ICD-10-CM I.C.19.e.5); AAPCC
iron ingestion guideline (Manoguerra AS et al. Clin Toxicol 2005;43:553: the child's
own ingestion); hyponatraemia (Spasovski G et al. Eur J Endocrinol 2014;170:G1:
severe symptoms with sodium < 125: hypertonic saline); ACC/AHA 2021 chest pain
guideline (Gulati M et al. Circulation 2021;144:e368: ECG within 10 minutes).
"""

from __future__ import annotations

import pytest

from agents.schemas import TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_NAC = ("acetylcysteine", r"\bnac\b")


@pytest.mark.parametrize(
    ("complaint", "history"),
    [
        ("HEADACHE", "2 days of headache, took 1 g paracetamol without relief"),
        ("HEADACHE", "2 days of headache, took Tylenol 650 mg twice today"),
        ("BACK PAIN", "3 days of low back pain, took paracetamol 1 g every 6 hours"),
    ],
)
def test_paracetamol_taken_as_directed_is_no_poisoning(
    reason: Reason, complaint: str, history: str
) -> None:
    """Dart 2023: a therapeutic dose is no ingestion: no acetylcysteine, no poison
    centre (main ordered acetylcysteine 'before the level' for each)."""
    out = reason(
        make_case(
            complaint,
            age=35,
            sex="F",
            vitals=vitals(80, 125, 80, 14, 99),
            one_liner=f"35-year-old woman with {history}",
            ed_note=f"HPI: 35F with {history}. No fever. Neuro exam normal.",
        )
    )
    assert not O.ordered(out, *_NAC)
    assert not O.ordered(out, "poison")


@pytest.mark.parametrize(
    "history",
    [
        "2 days of fever despite paracetamol 15 mg/kg, cough",
        "2 days of fever and cough, mother gave paracetamol 15 mg/kg at 6 am",
    ],
)
def test_a_febrile_child_given_paracetamol_has_no_poisoning_on_the_list(
    reason: Reason, history: str
) -> None:
    """Dart 2023: 15 mg/kg is the therapeutic dose; the dose is no serum level (main
    read '15 mg/kg' as a paracetamol level and listed the poisoning)."""
    out = reason(
        make_case(
            "FEVER",
            age=4,
            sex="M",
            vitals=vitals(130, 100, 60, 26, 98, t=39.0),
            one_liner=f"4-year-old with {history}",
            ed_note=f"HPI: 4yo boy with {history}. Playful, well hydrated.",
        )
    )
    assert not O.proposes(out, "4-aminophenol", "acetaminophen", "paracetamol")


def test_a_paracetamol_overdose_still_gets_acetylcysteine(reason: Reason) -> None:
    """Positive control (Dart 2023): 30 tablets 10 h ago: acetylcysteine now."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=19,
            sex="F",
            vitals=vitals(100, 120, 80, 16, 99),
            one_liner="19-year-old woman took 30 paracetamol tablets 10 hours ago",
            ed_note="HPI: 19F took 30 paracetamol tablets 10 hours ago after an"
            " argument. Nausea. Alert.",
        )
    )
    assert O.ordered(out, *_NAC)


_BROAD_SPECTRUM = ("cefepime", "piperacillin", "meropenem")


@pytest.mark.parametrize(
    "relative",
    [
        "Mother on chemotherapy for breast cancer.",
        "Lives with her mum, who is on chemo for lymphoma.",
    ],
)
def test_a_relatives_chemotherapy_is_no_febrile_neutropenia(
    reason: Reason, relative: str
) -> None:
    """IDSA 2010: febrile neutropenia is the patient's own; a well child with a cold
    whose mother has chemotherapy gets no empirical anti-pseudomonal antibiotic (main
    ordered cefepime within 1 h)."""
    out = reason(
        make_case(
            "FEVER",
            age=6,
            sex="F",
            vitals=vitals(110, 100, 60, 22, 99, t=38.4),
            one_liner="6-year-old with fever and runny nose",
            ed_note=f"HPI: 6yo girl with 1 day of fever and runny nose. {relative}"
            " Child well, playful, eating.",
        )
    )
    assert not O.medication_ordered(out, *_BROAD_SPECTRUM)


def test_the_patients_own_recent_chemotherapy_is_febrile_neutropenia_risk(
    reason: Reason,
) -> None:
    """Positive control (IDSA 2010): last chemotherapy 8 days ago, fever: empirical
    anti-pseudomonal beta-lactam within the hour."""
    out = reason(
        make_case(
            "FEVER",
            age=6,
            sex="F",
            vitals=vitals(110, 100, 60, 22, 99, t=38.4),
            one_liner="6-year-old with fever, last chemotherapy 8 days ago",
            ed_note="HPI: 6yo girl with ALL, last chemotherapy 8 days ago, 1 day of"
            " fever. Well appearing.",
        )
    )
    assert O.medication_ordered(out, *_BROAD_SPECTRUM)


@pytest.mark.parametrize(
    "relative",
    ["Mum takes iron tablets for anaemia.", "Her mother is on ferrous sulfate."],
)
def test_a_relatives_iron_tablets_are_no_iron_ingestion(
    reason: Reason, relative: str
) -> None:
    """AAPCC 2005: the child's own ingestion makes the work-up; a toddler with
    gastroenteritis whose mother takes iron gets no serum iron (main ordered it)."""
    out = reason(
        make_case(
            "VOMITING",
            age=2,
            sex="F",
            vitals=vitals(125, 95, 60, 26, 99),
            one_liner="2-year-old with vomiting and diarrhoea",
            ed_note="HPI: 2yo girl with vomiting and diarrhoea since last night,"
            f" sibling with the same. {relative} Abdomen soft.",
        )
    )
    assert not O.ordered(out, "serum iron", "deferoxamine", "desferrioxamine")


@pytest.mark.parametrize(
    "labs",
    [
        "UA: no pyuria, nitrite negative. Sodium 116, glucose 110.",
        "Urinalysis: leukocyte esterase negative; BMP: sodium 116, potassium 3.9.",
    ],
)
def test_a_serum_sodium_after_a_urinalysis_is_read(reason: Reason, labs: str) -> None:
    """Spasovski 2014: sodium 116 with confusion is severe hyponatraemia; a
    urinalysis heading's scope ends at the next panel (main dropped the sodium as a
    urine value)."""
    out = reason(
        make_case(
            "CONFUSION",
            age=78,
            sex="F",
            vitals=vitals(84, 138, 76, 16, 97),
            one_liner="78-year-old woman with new confusion",
            ed_note="HPI: 78F, 2 days of new confusion and nausea. On"
            f" hydrochlorothiazide. Labs: {labs}",
        )
    )
    assert O.ordered(out, "hypertonic saline", "3% saline", "3 % saline")


# --- complaints read by meaning (CEDIS v2 presenting complaints; Grafstein E et al.
# CJEM 2008;10:151) ---


@pytest.mark.parametrize(
    "complaint", ["hearing voices", "hearing voices telling him to hurt himself"]
)
def test_hearing_voices_is_a_psychiatric_complaint(
    reason: Reason, complaint: str
) -> None:
    """CEDIS 'hallucinations / delusions': psychosis on the list, no hearing-loss
    work-up (main matched the hearing-loss complaint or nothing)."""
    out = reason(
        make_case(complaint, age=25, sex="M", vitals=vitals(90, 130, 80, 16, 99))
    )
    assert O.proposes(out, "psychosis")
    assert not O.proposes(out, "hearing loss", "cerumen", "otitis")


@pytest.mark.parametrize(
    "complaint", ["SOB climbing stairs", "short of breath climbing the stairs"]
)
def test_breathless_on_stairs_is_exertional_dyspnoea_not_a_fall(
    reason: Reason, complaint: str
) -> None:
    """ACC/AHA/HFSA 2022 heart failure: exertional dyspnoea; no fall decision rules
    (main matched the fall complaint: NEXUS, subdural haematoma)."""
    out = reason(
        make_case(complaint, age=70, sex="F", vitals=vitals(96, 150, 90, 22, 93))
    )
    assert not ({"nexus", "canadian ct head"} & O.rules_shown(out))
    assert not O.proposes(out, "subdural")
    assert O.proposes(out, "heart failure")


@pytest.mark.parametrize("complaint", ["cold pale leg", "pale pulseless left leg"])
def test_a_cold_pale_limb_puts_acute_limb_ischaemia_on_the_list(
    reason: Reason, complaint: str
) -> None:
    """Rutherford 1997 / ESVS 2020 acute limb ischaemia (pallor, pulselessness,
    poikilothermia): on the list (main matched leg swelling: DVT, no ischaemia)."""
    out = reason(
        make_case(complaint, age=72, sex="M", vitals=vitals(96, 150, 90, 18, 97))
    )
    assert O.proposes(out, "limb isch")


def test_right_lower_quadrant_pain_is_abdominal_pain(reason: Reason) -> None:
    """CEDIS: right lower quadrant pain is abdominal pain; appendicitis on the list
    (main matched no complaint for the written-out quadrant)."""
    out = reason(
        make_case(
            "right lower quadrant pain",
            age=22,
            sex="M",
            vitals=vitals(96, 128, 78, 16, 99, t=37.9),
        )
    )
    assert O.proposes(out, "appendicitis")


def _esi(out: O.ReasoningOutput) -> int:
    return next(r.output.esi for r in out.trace if isinstance(r.output, TriageResult))


@pytest.mark.parametrize(
    "one_liner",
    [
        "58-year-old man, denies fever, chest pain started an hour ago, radiating to"
        " the left arm, sweaty",
        "58-year-old man, no cough, chest pressure began 40 minutes ago with sweating",
    ],
)
def test_chest_pain_after_a_negated_list_is_asserted_at_triage(
    reason: Reason, one_liner: str
) -> None:
    """ConText: the list item with its own verb is a new clause; ACC/AHA 2021 chest
    pain guideline (Gulati M et al. Circulation 2021;144:e368): possible ischaemic
    chest pain gets an ECG within 10 minutes, ESI 2 (main read the pain as
    negated in the triage text)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=58,
            sex="M",
            vitals=vitals(96, 150, 90, 18, 97),
            one_liner=one_liner,
        )
    )
    assert _esi(out) <= 2


@pytest.mark.parametrize(
    ("history", "high_risk"),
    [
        ("father has leukaemia", False),
        ("her brother has sickle cell disease", False),
        ("has leukaemia", True),  # positive control
    ],
)
def test_a_relatives_febrile_risk_group_is_not_the_patients(
    reason: Reason, history: str, high_risk: bool
) -> None:
    """IDSA/ASCO 2018 febrile neutropenia and NHLBI 2014 sickle cell disease: fever
    in the patient's own risk group is ESI 2 (handbook ch.4); a relative's is not
    (main raised the child to ESI 2 for the father's leukaemia)."""
    out = reason(
        make_case(
            "FEVER",
            age=6,
            sex="F",
            vitals=vitals(110, 100, 60, 22, 99, t=38.4),
            one_liner=f"6-year-old with fever and cough, {history}",
        )
    )
    assert (_esi(out) <= 2) is high_risk

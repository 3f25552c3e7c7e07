"""How a note's words are read when a misreading changes an order or a disposition.

text25 (issue 10). Text-layer sources: ConText (Harkema H et al. J Biomed Inform
2009;42:839) for the experiencer and temporality of a mention, and the sectionizer's
list labels (medspaCy): an inline label ("PMH:", "Family history:") lists its items,
and the note then moves on to this visit without a new title.

Each scenario failed on main before its change (main 50b71c0).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_chest_pain_after_the_past_history_label_is_todays(reason: Reason) -> None:
    """ESC 2023 ACS guideline (Byrne RA et al. Eur Heart J 2023;44:3720): suspected
    ACS gets a 12-lead ECG within 10 minutes, troponin and aspirin. A note that opens
    with its past history ("PMH: hypertension, type 2 diabetes.") and then describes
    40 minutes of crushing chest pain is describing this visit. Main read the whole
    line as past history and discharged the man with no ECG."""
    out = reason(
        make_case(
            "UNWELL",
            age=61,
            sex="M",
            vitals=vitals(96, 148, 88, 18, 97),
            one_liner="61-year-old man feeling unwell",
            ed_note="PMH: hypertension, type 2 diabetes, smoker. Crushing central"
            " chest pain for 40 minutes, radiating to the left arm, sweaty and"
            " nauseated.",
        )
    )
    assert O.ordered(out, "ecg"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_thunderclap_headache_after_the_family_label_is_hers(
    reason: Reason,
) -> None:
    """NICE NG228 (subarachnoid haemorrhage, 2022) and the Ottawa SAH rule: a
    sudden, worst-ever headache reaching its peak at once gets a non-contrast CT head
    at once. A family-history label on the line before ("Family history: mother had
    a brain aneurysm.") names the mother's illness, not the headache described on
    the next line. Main read the headache as the mother's and ordered no CT."""
    out = reason(
        make_case(
            "HEADACHE",
            age=44,
            sex="F",
            vitals=vitals(88, 162, 94, 16, 99),
            one_liner="44-year-old woman with a headache",
            ed_note="Family history: mother had a brain aneurysm.\nSudden severe"
            " headache at 14:00 while lifting, worst of her life, vomited twice.",
        )
    )
    assert O.ordered(out, "ct head"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_home_tmax_on_chemotherapy_is_neutropenic_fever(reason: Reason) -> None:
    """NICE CG151 neutropenic sepsis and IDSA 2010 (Freifeld AG et al. Clin Infect Dis
    2011;52:e56): a temperature of 38 °C or more in a patient within weeks of
    chemotherapy is treated as neutropenic sepsis, with empirical IV antibiotics
    within an hour, whether it was measured at home or in the department (an
    antipyretic may have brought it down). "T-max 38.6 at home" is that reading. Main
    did not read it and ordered cultures with no antibiotic."""
    out = reason(
        make_case(
            "UNWELL",
            age=58,
            sex="F",
            vitals=vitals(104, 118, 70, 18, 97, t=37.3),
            one_liner="58-year-old woman on chemotherapy for breast cancer, feeling"
            " shivery",
            ed_note="Last cycle of docetaxel 9 days ago. T-max 38.6 at home this"
            " afternoon, took paracetamol 2 hours ago. Tired, no focal symptoms.",
        )
    )
    assert O.medication_ordered(
        out, "cefepime", "piperacillin", "meropenem", "ceftazidime"
    ), O.orders(out)


def test_a_hot_hip_at_39_degrees_is_aspirated_not_discharged(reason: Reason) -> None:
    """Kocher criteria for septic arthritis of the hip (Kocher MS et al. J Bone Joint
    Surg Am 1999;81:1662): fever over 38.5 °C and refusal to bear weight; a child
    with both gets an ultrasound and urgent orthopaedic aspiration. The note gives
    the temperature only as "39.1 °C at triage". Main read no temperature and
    discharged the boy with analgesia."""
    out = reason(
        make_case(
            "LIMP",
            age=6,
            sex="M",
            vitals={"heart_rate": 118, "respiratory_rate": 22, "spo2": 99},
            one_liner="6-year-old boy limping",
            ed_note="Will not bear weight on the right leg since this morning. 39.1 °C"
            " at triage. Right hip held flexed, pain on any movement.",
        )
    )
    assert O.ordered(out, "aspiration", "arthrocentesis"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_paracetamol_taken_for_the_fever_is_no_overdose(reason: Reason) -> None:
    """Dart RC et al. acetaminophen poisoning consensus (JAMA Netw Open
    2023;6:e2327739): assessment and acetylcysteine follow a single ingestion above
    150 mg/kg or 7.5 g, or a repeated supratherapeutic one; a dose taken for a fever
    is a remedy (ICD-10-CM I.C.19.e.5: a correct drug properly taken is no
    poisoning). "Temperature spike to 38.7 at home, took paracetamol" names the
    remedy; main read it as a paracetamol ingestion and ordered acetylcysteine for
    a woman on chemotherapy whose fever needs antibiotics (NICE CG151)."""
    out = reason(
        make_case(
            "UNWELL",
            age=58,
            sex="F",
            vitals=vitals(104, 118, 70, 18, 97, t=37.3),
            one_liner="58-year-old woman on chemotherapy for breast cancer",
            ed_note="Last cycle of docetaxel 9 days ago. Temperature spike to 38.7 at"
            " home this afternoon, took paracetamol. Tired, no focal symptoms.",
        )
    )
    assert not O.medication_ordered(out, "acetylcysteine"), O.orders(out)
    assert O.medication_ordered(
        out, "cefepime", "piperacillin", "meropenem", "ceftazidime"
    ), O.orders(out)

"""readers51 (issue 10): a negation over "or" ("has not opened her bowels or passed
flatus"), legs "numb and weak", blood "in the sputum", a relative's drug after a list
of drugs, a vital capacity in litres, a remedy taken for a fever named earlier, a
positive test after a negated item, faints counted as "blackouts" during sport; guards
for a pressure that "fell", an overdose counted after a fever, a planned hernia repair.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a mention's sense,
  experiencer and time are its context's); Chapman WW et al. NegEx. J Biomed Inform
  2001;34:301.

Each scenario asserts safety properties; each target failed on main 23923fdb before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_no_bowels_or_flatus_for_three_days_is_an_obstruction(reason: Reason) -> None:
    """A 71-year-old after a laparotomy, distended and vomiting, "has not opened her
    bowels or passed flatus for 3 days": the negation distributes over the "or"
    (NegEx, Chapman 2001), so this is absolute constipation, not flatus passed.
    Adhesional small-bowel obstruction (WSES 2017 ASBO: CT, nil by mouth, NG
    decompression, surgeons), not gastroenteritis with oral fluids."""
    case = make_case(
        "abdominal pain",
        age=71,
        sex="F",
        vitals=vitals(104, 128, 76, 20, 96),
        ed_note="71F abdominal distension, has not opened her bowels or passed flatus "
        "for 3 days, vomiting. Previous laparotomy.",
    )
    out = reason(case)
    assert "gastroenteritis" not in O.working(out), O.working(out)
    assert O.ordered(out, "nasogastric"), O.order_names(out)
    assert O.ordered(out, "surgery"), O.order_names(out)


def test_legs_numb_and_weak_with_known_cancer_get_dexamethasone(
    reason: Reason,
) -> None:
    """A 69-year-old with known prostate cancer, 3 weeks of thoracic back pain, "now
    both legs numb and weak since this morning". Limb weakness with sensory change
    in a person with cancer and spinal pain is suspected metastatic cord compression
    (NICE NG234 2023 1.3.3, 1.4: MSCC coordinator now, dexamethasone 16 mg, MRI whole
    spine within 24 h), not low back pain for home."""
    case = make_case(
        "back pain",
        age=69,
        sex="M",
        vitals=vitals(88, 142, 84, 16, 97),
        ed_note="69M known prostate cancer, thoracic back pain for 3 weeks, now both "
        "legs numb and weak since this morning.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "dexamethasone"), O.order_names(out)
    assert O.ordered(out, "mri"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_blood_in_the_sputum_for_two_months_is_worked_as_tuberculosis(
    reason: Reason,
) -> None:
    """A 39-year-old from a high-incidence country with 2 months of cough, "blood in
    the sputum", night sweats and weight loss: haemoptysis in a chronic cough is
    pulmonary TB until shown otherwise (NICE NG33 2016: CXR, three sputum samples,
    airborne isolation), not an upper respiratory infection."""
    case = make_case(
        "cough",
        age=39,
        sex="M",
        vitals=vitals(102, 126, 78, 20, 95),
        ed_note="39M cough for 2 months, blood in the sputum, night sweats and weight "
        "loss. Moved from India last year.",
    )
    out = reason(case)
    assert "upper respiratory" not in O.working(out), O.working(out)
    assert "tuberculosis" in O.working(out), O.working(out)
    assert O.ordered(out, "sputum"), O.order_names(out)


def test_her_mothers_amitriptyline_after_a_drug_list_is_her_ingestion(
    reason: Reason,
) -> None:
    """A 24-year-old "took 30 citalopram and some of her mother's amitriptyline" 2 hours
    ago, drowsy. The mother owns the tablets, the patient took them (ConText
    experiencer, Harkema 2009): a tricyclic overdose, cardiotoxic (TOXBASE; Body R et
    al. EMJ 2011: ECG for QRS, monitored bed), not an SSRI ingestion alone in an
    observation bed."""
    case = make_case(
        "overdose",
        age=24,
        sex="F",
        vitals=vitals(118, 116, 70, 18, 98),
        ed_note="24F took 30 citalopram and some of her mother's amitriptyline about 2 "
        "hours ago, drowsy.",
    )
    out = reason(case)
    assert "tricyclic" in O.working(out), O.working(out)
    assert O.dispo(out) != "Observation ward"


def test_a_vital_capacity_in_litres_below_20_ml_per_kg_goes_to_icu(
    reason: Reason,
) -> None:
    """A 38-year-old with an ascending paralysis after diarrhoea, areflexic, "FVC 1.1
    L, weight 75 kg": 14.7 mL/kg, below the 20 mL/kg of the 20/30/40 rule (Lawn ND et
    al. Arch Neurol 2001;58:893; Leonhard SE et al. Nat Rev Neurol 2019 GBS): an ICU
    or high-dependency bed, not the ward."""
    case = make_case(
        "weakness",
        age=38,
        sex="M",
        vitals=vitals(102, 136, 82, 22, 96),
        ed_note="38M ascending leg weakness for 5 days after a diarrhoeal illness, now "
        "weak arms and hands. Reflexes absent. FVC 1.1 L, weight 75 kg.",
    )
    out = reason(case)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_paracetamol_taken_for_the_fever_is_no_overdose(reason: Reason) -> None:
    """medgi51's request: a 27-year-old with fever 38.3, dysuria and loin pain,
    "drinking well, took paracetamol". A dose with no amount, count or intent after
    a fever is its remedy (Dart RC et al. JAMA Netw Open 2023: an exposure is an
    amount above the therapeutic dose or an intent): pyelonephritis treated (NICE
    NG111), no acetylcysteine before any level."""
    case = make_case(
        "flank pain",
        age=27,
        sex="F",
        vitals=vitals(98, 124, 76, 16, 99, 38.3),
        ed_note="27F fever 38.3 since yesterday, dysuria and right loin pain. Nausea "
        "but no vomiting, drinking well, took paracetamol.",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "acetylcysteine"), O.order_names(out)
    assert "pyelonephritis" in O.working(out), O.working(out)


def test_dix_hallpike_positive_after_no_hearing_loss_is_bppv(reason: Reason) -> None:
    """trauma51's request: "No hearing loss, Dix-Hallpike positive to the right with
    torsional nystagmus": a test stated with its result is a new statement, outside
    the "no" before the comma (ConText, Harkema 2009). A positive Dix-Hallpike is
    posterior-canal BPPV: the Epley manoeuvre (Bhattacharyya N et al. AAO-HNS 2017)."""
    case = make_case(
        "dizziness",
        age=58,
        sex="F",
        vitals=vitals(76, 132, 80, 14, 99),
        ed_note="58F brief spinning vertigo on rolling over in bed since yesterday. No "
        "hearing loss, Dix-Hallpike positive to the right with torsional nystagmus.",
    )
    out = reason(case)
    assert "positional vertigo" in O.working(out), O.working(out)
    assert O.ordered(out, "epley"), O.order_names(out)


def test_two_blackouts_during_football_get_an_echo_and_cardiology(
    reason: Reason,
) -> None:
    """A 16-year-old with "two blackouts while playing football this month, no
    warning" and a cousin's sudden death at 20. Syncope during exertion is a major
    high-risk feature (Brignole M et al. ESC 2018 syncope, Table 5): echocardiography
    and cardiology before discharge, no sport until assessed."""
    case = make_case(
        "collapse",
        age=16,
        sex="M",
        vitals=vitals(70, 118, 70, 14, 99),
        ed_note="16M two blackouts while playing football this month, no warning. "
        "Cousin died suddenly aged 20.",
    )
    out = reason(case)
    assert O.ordered(out, "echocardiogram"), O.order_names(out)
    assert O.ordered(out, "cardiology"), O.order_names(out)


def test_guard_a_pressure_that_fell_after_gtn_is_no_fall(reason: Reason) -> None:
    """Guard: "BP fell to 78/50 after GTN" in an inferior STEMI is a number falling
    (right ventricular involvement: ESC 2023 ACS, no further nitrates, fluids), no
    fall of the patient: the infarct is worked and taken to the cath lab."""
    case = make_case(
        "chest pain",
        age=62,
        sex="M",
        vitals=vitals(56, 84, 50, 18, 96),
        ed_note="62M central chest pain for an hour. BP fell to 78/50 after GTN. ECG: "
        "ST elevation in II, III and aVF.",
    )
    out = reason(case)
    assert "st elevation" in O.working(out), O.working(out)
    assert O.ordered(out, "cath lab", "pci"), O.order_names(out)


def test_guard_thirty_tablets_after_a_fever_stay_an_overdose(reason: Reason) -> None:
    """Guard: a count of tablets is an amount (Dart 2023), whatever fever the note
    named before: "took 30 paracetamol tablets" is a staggered or acute overdose to
    level and treat (MHRA 2012 / TOXBASE)."""
    case = make_case(
        "fever",
        age=22,
        sex="F",
        vitals=vitals(96, 118, 72, 16, 99, 37.9),
        ed_note="22F fever and sore throat for 3 days. Took 30 paracetamol tablets "
        "this morning after an argument.",
    )
    out = reason(case)
    assert O.ordered(out, "acetaminophen", "paracetamol", "acetylcysteine"), (
        O.order_names(out)
    )

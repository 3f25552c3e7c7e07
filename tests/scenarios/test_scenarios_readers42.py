"""readers42 (issue 10): negation scope, results stated in words, a pain's site, a
complaint the note denies, a deficit's own onset.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a modifier's scope ends at
  a new finding); Chapman WW et al. NegEx. J Biomed Inform 2001;34:301.
- AAOS hip fractures in older adults 2021; NICE CG124 (the radiograph diagnoses).
- UK Kidney Association 2020 hyperkalaemia (reference interval 3.5-5.0 mmol/L).
- NICE NG240 2024 meningitis; van de Beek D et al. ESCMID 2016 (antibiotics at once).
- NICE CG141 2012 / Laine L et al. ACG 2021 (upper GI bleeding: melaena).
- McDonagh TA et al. ESC 2021 heart failure (breathlessness, ankle swelling).
- Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke 3.5 (the window runs from the
  deficit's own last known well).
- Byrne RA et al. ESC 2023 acute coronary syndromes (chest pain: serial troponin).
- Stevens KN et al. / BOA-BAPRAS / BOAST 10 compartment syndrome 2021 (pain on
  passive stretch).

Each scenario asserts safety properties; each target failed on main cfcfdad2 before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _icd(out: object) -> str:
    return out.final.icd10 or ""  # type: ignore[attr-defined]


def _open(out: object) -> list[str]:
    return [n.lower() for n in out.final.summary.open_must_not_miss]  # type: ignore[attr-defined]


# --- an imaging verdict without a verb -------------------------------------------


def test_a_hip_fracture_on_x_ray_is_the_diagnosis_and_the_x_ray_is_not_repeated(
    reason: Reason,
) -> None:
    """ "Right neck of femur fracture on x-ray": the radiograph has diagnosed it (AAOS
    2021; NICE CG124: analgesia, orthopaedic admission); the hip film is not ordered
    again and the code is the fracture's, not a suspected hip injury's."""
    case = make_case(
        "HIP INJURY",
        age=91,
        sex="M",
        vitals=vitals(84, 150, 82, 16, 96, 36.6),
        ed_note="Slipped in the bathroom, cannot stand, right leg shortened and "
        "externally rotated. Right neck of femur fracture on x-ray.",
    )
    out = reason(case)
    assert _icd(out).startswith("S72")
    assert not O.ordered(out, "hip and pelvis x-ray")


def test_a_film_without_its_region_answers_the_injured_ankles_x_ray(
    reason: Reason,
) -> None:
    """ "X-ray shows no fracture" after an ankle injury is the ankle's film (the one
    limb named): the ankle series is not ordered again (Ottawa ankle rules, Stiell IG
    et al. JAMA 1993;269:1127: the radiograph is the test; no repeat imaging without
    a new question)."""
    case = make_case(
        "ANKLE INJURY",
        age=31,
        sex="F",
        vitals=vitals(82, 124, 76, 14, 99, 36.7),
        ed_note="Went over on her right ankle, tender at the posterior edge of the "
        "lateral malleolus, unable to bear weight. X-ray shows no fracture.",
    )
    out = reason(case)
    assert not O.ordered(out, "ankle x-ray")


# --- a result stated normal in words ------------------------------------------------


def test_potassium_within_normal_limits_closes_hyperkalaemia(reason: Reason) -> None:
    """A potassium "within normal limits" is a result inside 3.5-5.0 mmol/L (UKKA
    2020): hyperkalaemia is no open must-not-miss and no repeat potassium is asked."""
    case = make_case(
        "WEAKNESS",
        age=69,
        sex="F",
        vitals=vitals(74, 132, 76, 16, 97, 36.6),
        ed_note="Generally tired for a few days. CKD 3b, on lisinopril and "
        "spironolactone. Potassium within normal limits today, ECG sinus rhythm.",
    )
    out = reason(case)
    assert not any("hyperkal" in n for n in _open(out))
    assert not O.medication_ordered(out, "calcium gluconate", "calcium chloride")


# --- "not on <drug>": its scope is the drug list ------------------------------------


def test_not_on_medication_does_not_negate_the_meningism_after_it(
    reason: Reason,
) -> None:
    """ "Not on any regular medication, neck stiffness and photophobia": the negation
    is the medication's (ConText scope ends at a new finding). Fever with neck
    stiffness is bacterial meningitis until shown otherwise: antibiotics without
    delay (NICE NG240 2024; ESCMID 2016)."""
    case = make_case(
        "HEADACHE",
        age=23,
        sex="F",
        vitals=vitals(108, 116, 70, 20, 98, 38.4),
        ed_note="Not on any regular medication, neck stiffness and photophobia since "
        "this morning, vomited twice.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")


def test_not_on_warfarin_does_not_negate_the_melaena_after_it(reason: Reason) -> None:
    """ "Not on warfarin, black tarry stools and dizziness on standing": melaena with
    a shock index above 1 is an upper GI bleed (NICE CG141; ACG 2021): blood is
    cross-matched."""
    case = make_case(
        "DIZZINESS",
        age=71,
        sex="M",
        vitals=vitals(112, 98, 60, 20, 97, 36.6),
        ed_note="Not on warfarin, black tarry stools and dizziness on standing since "
        "yesterday.",
    )
    out = reason(case)
    assert O.ordered(out, "crossmatch", "cross-match", "type and screen")


def test_guard_a_drug_list_after_not_on_stays_negated(reason: Reason) -> None:
    """Guard: "not on aspirin, clopidogrel or warfarin" after a minor head injury
    keeps every drug negated: no reversal agent (NICE NG232 2023)."""
    case = make_case(
        "HEAD INJURY",
        age=77,
        sex="F",
        vitals=vitals(80, 144, 80, 16, 97, 36.6),
        ed_note="Tripped and struck her forehead, no loss of consciousness, GCS 15. "
        "Not on aspirin, clopidogrel or warfarin.",
    )
    out = reason(case)
    assert not O.medication_ordered(
        out, "vitamin k", "prothrombin complex", "andexanet", "idarucizumab"
    )


# --- a pain descriptor does not hide its site -------------------------------------


def test_severe_pain_in_the_chest_is_chest_pain(reason: Reason) -> None:
    """ "Severe pain in his chest for an hour, sweaty": the severity is read and so is
    the site after it; chest pain with sweating is worked up as an acute coronary
    syndrome with serial troponin (ESC 2023 ACS)."""
    case = make_case(
        "UNWELL",
        age=63,
        sex="M",
        vitals=vitals(98, 150, 90, 20, 96, 36.7),
        ed_note="Severe pain in his chest for an hour, sweaty and nauseated.",
    )
    out = reason(case)
    assert O.ordered(out, "troponin")


def test_guard_pain_on_passive_stretch_stays_compartment_syndrome(
    reason: Reason,
) -> None:
    """Guard: "severe pain on passive extension of the fingers" after a crush is a
    compartment syndrome (BOAST 10 2021): orthopaedics for fasciotomy."""
    case = make_case(
        "ARM INJURY",
        age=27,
        sex="M",
        vitals=vitals(104, 134, 80, 18, 99, 36.8),
        ed_note="Forearm crushed under a pallet 3 hours ago. Severe pain on passive "
        "extension of the fingers, forearm tense and swollen.",
    )
    out = reason(case)
    assert O.ordered(out, "fasciotomy")


# --- a chest pain complaint the note denies ---------------------------------------


def test_denied_chest_pain_breathless_with_swollen_ankles_is_heart_failure(
    reason: Reason,
) -> None:
    """Booked as chest pain, the note says "no chest pain today but increasingly
    breathless with both ankles swollen, three pillows": the presenting problem is
    the breathlessness (CEDIS v2), worked as heart failure (ESC 2021: natriuretic
    peptide, ECG, chest x-ray), not a chest pain labelled pneumonia."""
    case = make_case(
        "CHEST PAIN",
        age=74,
        sex="F",
        vitals=vitals(96, 148, 86, 22, 94, 36.7),
        ed_note="No chest pain today but increasingly breathless with both ankles "
        "swollen, needs three pillows at night.",
    )
    out = reason(case)
    tx = O.treatment(out)
    assert tx is not None and "heart failure" in (tx.working_diagnosis or "").lower()
    assert O.ordered(out, "BNP")


def test_guard_chest_pain_earlier_today_stays_a_chest_pain(reason: Reason) -> None:
    """Guard: crushing chest pain this morning, none now, a little breathless: the
    pain happened, so the ACS work-up stays (ESC 2023: serial troponin)."""
    case = make_case(
        "CHEST PAIN",
        age=62,
        sex="M",
        vitals=vitals(92, 144, 88, 18, 97, 36.7),
        ed_note="Crushing central chest pain this morning lasting 30 minutes. No "
        "chest pain now, a little breathless.",
    )
    out = reason(case)
    assert O.ordered(out, "troponin")
    tx = O.treatment(out)
    assert tx is None or "heart failure" not in (tx.working_diagnosis or "").lower()


# --- a deficit's own onset ------------------------------------------------------------


def test_a_one_hour_deficit_is_not_dated_by_an_older_headache(reason: Reason) -> None:
    """Headaches on and off for 2 weeks, then left arm weakness and slurred speech 1
    hour ago: the window runs from the deficit's onset (AHA/ASA 2019 3.5), so lysis
    is not blocked as "symptoms for 336 h"."""
    case = make_case(
        "WEAKNESS",
        age=66,
        sex="M",
        vitals=vitals(88, 168, 94, 16, 97, 36.7),
        ed_note="Intermittent headaches for 2 weeks. Sudden left arm weakness and "
        "slurred speech 1 hour ago.",
    )
    out = reason(case)
    assert not any(
        "alteplase" in b or "tenecteplase" in b for b in O.blocked_names(out)
    )
    assert O.medication_ordered(out, "alteplase", "tenecteplase")

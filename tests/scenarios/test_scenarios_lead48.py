"""lead48 (session 48): carbon monoxide from a car in a closed garage, a dental abscess
under a bare "SWELLING" box, a swollen arm with a PICC line, the retention of a
metastatic cord compression, hyperviscosity in a known Waldenstrom's.

Written from the sources named in each docstring, never from rows of the shared data:
- Wolf SJ et al. ACEP clinical policy: carbon monoxide poisoning. Ann Emerg Med
  2017;69:98; Weaver LK. Carbon monoxide poisoning. N Engl J Med 2009;360:1217;
- Lockhart PB et al. ADA guideline on antibiotics for dental pain and swelling. J Am
  Dent Assoc 2019;150:906; SDCEP Drug prescribing for dentistry 3rd ed. 2016;
- Kucher N. Deep-vein thrombosis of the upper extremities. N Engl J Med
  2011;364:861; Kearon C et al. CHEST 2016;149:315; NICE NG151 neutropenic sepsis 2024;
- NICE NG234 Spinal metastases and metastatic spinal cord compression (2023);
  NICE CG148 Urinary incontinence in neurological disease (2012);
- Gertz MA. Acute hyperviscosity: syndromes and management. Blood 2018;132:1379.

Each target scenario failed on main bb189f0d before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_COHB = ("carboxyh", "co-oximetry")
_ANTIBIOTIC = ("amoxicillin", "penicillin", "cef", "antibiotic", "metronidazole")


def test_a_child_dizzy_after_a_car_ran_in_the_garage_gets_cohb_and_oxygen(
    reason: Reason,
) -> None:
    """ACEP 2017; Weaver 2009: headache, dizziness and vomiting after an engine ran in
    a closed space is carbon monoxide poisoning until the carboxyhaemoglobin says
    otherwise: high-flow oxygen while it is measured."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=7,
            sex="F",
            vitals=vitals(128, 102, 64, 26, 98),
            one_liner="7F dizzy and vomiting after playing in the garage",
            ed_note="Playing in the garage with the car engine running. Headache, "
            "vomiting and dizziness. Alert now.",
        )
    )
    assert O.ordered(out, *_COHB), [o.name for o in O.orders(out)]
    assert O.ordered(out, "100% oxygen", "100 % oxygen", "high-flow oxygen")


def test_postural_dizziness_after_diarrhoea_is_not_worked_as_co(reason: Reason) -> None:
    """Guard. NICE CKS dizziness 2023: postural dizziness after fluid loss without an
    exposure is orthostatic; no carboxyhaemoglobin."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=45,
            sex="M",
            vitals=vitals(78, 130, 80, 14, 99),
            one_liner="45M dizzy on standing",
            ed_note="Dizzy on standing for a day after diarrhoea. Orthostatic drop 20. "
            "Neurologically normal.",
        )
    )
    assert not O.ordered(out, *_COHB)


def test_a_dental_abscess_under_a_bare_swelling_box_gets_its_antibiotic(
    reason: Reason,
) -> None:
    """ADA 2019; SDCEP 2016: a dental abscess with facial swelling and a temperature
    gets an antibiotic beside the dentist. The triage box said only "SWELLING"; the
    note's swollen jaw is the presenting complaint (CEDIS v2)."""
    out = reason(
        make_case(
            "SWELLING",
            age=38,
            sex="M",
            vitals=vitals(96, 134, 82, 16, 98, 37.8),
            one_liner="38M swollen jaw from a bad tooth",
            ed_note="Lower left molar pain 4 days, now swelling of the left jaw. "
            "Temperature 37.8. Opens mouth 3 fingers. Floor of mouth soft, swallowing "
            "normal.",
        )
    )
    assert O.medication_ordered(out, *_ANTIBIOTIC), [o.name for o in O.orders(out)]
    assert out.final.icd10 in ("K04.7", "K08.89"), out.final.diagnosis_name


def test_a_swollen_arm_with_a_picc_line_is_scanned_for_a_clot(reason: Reason) -> None:
    """Kucher 2011; CHEST 2016: a swollen aching arm with a PICC line during
    chemotherapy is an upper-extremity DVT until a duplex scan of the arm veins says
    otherwise. Without a fever it is not febrile neutropenia (NICE NG151): no
    empirical antibiotic."""
    out = reason(
        make_case(
            "PAIN",
            age=42,
            sex="F",
            vitals=vitals(92, 128, 76, 16, 99),
            one_liner="42F on chemo, arm swollen with PICC line",
            ed_note="Breast cancer on chemotherapy via a left arm PICC line. Left arm "
            "swollen and aching for 2 days. Radial pulse present. Temperature 36.8.",
        )
    )
    assert O.ordered(out, "ultrasound of the arm"), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "cefepime", "piperacillin", "antibiotic")
    assert out.final.icd10 is not None and out.final.icd10.startswith("I82.6")


def test_a_swollen_calf_keeps_the_leg_work_up(reason: Reason) -> None:
    """Guard. NICE NG158 2020: a unilateral swollen calf is a leg DVT's work-up
    (Wells, D-dimer or leg ultrasound), not the arm's."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=55,
            sex="M",
            vitals=vitals(84, 138, 84, 16, 98),
            one_liner="55M swollen left calf after a long flight",
            ed_note="Left calf swollen and tender for 3 days after a 12-hour flight. "
            "Calf 3 cm larger than the right.",
        )
    )
    assert O.ordered(out, "d-dimer", "ultrasound of the leg", "compression")
    assert not O.ordered(out, "ultrasound of the arm")


def test_febrile_neutropenia_after_chemotherapy_still_gets_antibiotics_now(
    reason: Reason,
) -> None:
    """Guard. NICE NG151 2024; IDSA 2010: a fever 10 days after chemotherapy with
    neutrophils 0.2 is neutropenic sepsis: IV antibiotics within 1 h."""
    out = reason(
        make_case(
            "FEVER",
            age=58,
            sex="M",
            vitals=vitals(118, 98, 60, 22, 95, 38.6),
            one_liner="58M fever 10 days after chemotherapy for lymphoma",
            ed_note="Day 10 after chemotherapy for lymphoma. Fever 38.6 and rigors. "
            "Neutrophils 0.2 x10^9/L. No focus on examination.",
        )
    )
    assert O.medication_ordered(out, "cefepime", "piperacillin", "meropenem")


def test_mscc_with_a_full_bladder_gets_a_catheter(reason: Reason) -> None:
    """NICE NG234 2023; NICE CG148 2012: suspected MSCC with 900 mL retained on the
    bladder scan: dexamethasone, the whole-spine MRI and a urinary catheter."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=66,
            sex="M",
            vitals=vitals(88, 132, 80, 18, 97),
            one_liner="66M lung cancer, back pain and leg weakness",
            ed_note="Known metastatic lung cancer. Thoracic back pain for 3 weeks, now "
            "both legs weak and numb to the umbilicus since yesterday. Power 3/5 both "
            "legs. Urinary retention 900 mL on bladder scan.",
        )
    )
    assert O.ordered(out, "catheter"), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "dexamethasone")


def test_hyperviscosity_in_known_waldenstrom_gets_plasma_exchange_and_fluids(
    reason: Reason,
) -> None:
    """Gertz 2018: headache, blurred vision and nosebleeds in a known Waldenstrom's
    macroglobulinaemia is symptomatic hyperviscosity: haematology for plasma
    exchange, fluids, no transfusion first. Naming a drug class to avoid is no order
    for it: the fluids are not blocked."""
    out = reason(
        make_case(
            "HEADACHE",
            age=58,
            sex="M",
            vitals=vitals(78, 148, 86, 16, 97),
            one_liner="58M Waldenstrom's, headache and blurred vision",
            ed_note="Known Waldenstrom macroglobulinaemia. Headache, blurred vision, "
            "nosebleeds and drowsiness. IgM 62 g/L.",
        )
    )
    assert O.ordered(out, "plasma exchange", "plasmapheresis")
    assert O.medication_ordered(out, "crystalloid", "iv fluids")
    assert not any("crystalloid" in b or "fluids" in b for b in O.blocked_names(out))


def test_hives_after_a_shower_gel_stay_an_antihistamine_and_home(
    reason: Reason,
) -> None:
    """Guard. NICE CKS urticaria 2023; EAACI 2022: itchy wheals without airway,
    breathing or circulation signs are acute urticaria: a non-sedating
    antihistamine, home, no antibiotic."""
    out = reason(
        make_case(
            "ITCHING",
            age=26,
            sex="F",
            vitals=vitals(88, 118, 72, 16, 99),
            one_liner="26F hives for 3 hours, no breathing difficulty",
            ed_note="Itchy wheals over trunk and arms for 3 hours after a new shower "
            "gel. No lip or tongue swelling, no wheeze, no vomiting.",
        )
    )
    assert O.dispo(out) == "Discharge"
    assert not O.medication_ordered(out, *_ANTIBIOTIC)


def test_a_new_leukaemia_without_hyperleukocytosis_is_not_held_from_red_cells(
    reason: Reason,
) -> None:
    """Ganzel 2012: red cells are held for leukostasis, a white count over 100; blasts
    with a count of 48 and a haemoglobin of 72 g/L are a new acute leukaemia for the
    haematologist today with the usual transfusion threshold, and the bleeding gums'
    platelets (BSH 2017)."""
    out = reason(
        make_case(
            "FATIGUE",
            age=67,
            sex="F",
            vitals=vitals(96, 134, 78, 18, 96),
            one_liner="67F tired, bruising, gum bleeding",
            ed_note="Two weeks of tiredness, bruising and bleeding gums. Hb 72 g/L, "
            "white cells 48 x10^9/L with blasts on the film, platelets 18.",
        )
    )
    assert O.ordered(out, "haematology", "hematology")
    assert not O.ordered(out, "no red cell transfusion until the white count falls")
    assert "hyperleukocytosis" not in O.working(out)

"""readers55 (issue 10): how clinicians write what the readers must read - the lay
words of polyuria beside a ketonaemia, a home temperature beside the triage one, an
oxygen flow in words, a cancer patient's raised-pressure headache, a cough of "4/52",
an old refusal, "+ve UPT", "neuts 0.2".

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- NICE NG18 1.1.1 and ISPAD 2022 (Glaser N et al. Pediatr Diabetes 2022;23:835): the
  osmotic symptoms of diabetes in lay words; JBDS-IP 2021 DKA (ketones >= 3 mmol/L).
- O'Driscoll BR et al. BTS emergency oxygen guideline 2017 (oxygen is weaned before
  discharge; COPD target 88-92 %); GOLD 2024 (COPD exacerbation: hospitalisation).
- NICE NG12 (2015/2023) 1.11 brain and CNS cancers; Do TP et al. SNNOOP10. Neurology
  2019;92:134; NICE NG99 2018 brain tumours; Le Rhun E et al. EANO-ESMO 2021.
- NICE NG33 2016 1.3 (a cough of more than 3 weeks); CDC 2005 airborne isolation.
- Mental Capacity Act 2005 ss.1-3 (capacity is decision- and time-specific); Harkema H
  et al. ConText, J Biomed Inform 2009;42:839 (historical mentions).
- NICE NG126 2019/2023 ectopic pregnancy; NICE NG151 2020 / ASCO-IDSA 2018 febrile
  neutropenia (ANC < 0.5 x 10^9/L).

Each scenario asserts safety properties; each target failed on main cee594c7 before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_weeing_a_lot_with_ketones_of_5_gets_fluids_and_insulin(reason: Reason) -> None:
    """A 12-year-old boy, "weeing a lot and always thirsty for three weeks, lost weight,
    vomiting since last night; capillary glucose 31, blood ketones 5.4". The osmotic
    symptoms in lay words are polyuria (NICE NG18 1.1.1) and with a ketonaemia of DKA
    the bare glucose is the crisis's 31 mmol/L: DKA gets IV fluid and an insulin
    infusion (ISPAD 2022), not a chemistry panel alone."""
    case = make_case(
        "vomiting",
        age=12,
        sex="M",
        vitals=vitals(128, 102, 60, 32, 99, 36.9),
        ed_note="Weeing a lot and always thirsty for three weeks, lost weight. "
        "Vomiting since last night. Capillary glucose 31, blood ketones 5.4. Deep "
        "breathing.",
    )
    out = reason(case)
    assert O.ordered(out, "insulin"), O.order_names(out)
    assert O.ordered(out, "10 mL/kg", "crystalloid", "0.9"), O.order_names(out)
    assert O.dispo(out) not in ("Discharge", "Observation"), O.dispo(out)


def test_guard_a_thirsty_vomiting_child_gets_no_insulin_from_a_bare_glucose(
    reason: Reason,
) -> None:
    """Guard: a 6-year-old vomiting for a day, thirsty, "glucose 30, ketones 3.2", no
    polyuria. Thirst is no osmotic symptom alone (a vomiting child's starvation ketosis
    is thirsty too) and a bare 30 may be mg/dL, a hypoglycaemia: no insulin infusion
    is started on it (ISPAD 2022: DKA needs its hyperglycaemia)."""
    case = make_case(
        "vomiting",
        age=6,
        sex="F",
        vitals=vitals(118, 98, 60, 24, 99, 37.2),
        ed_note="Vomiting for a day, thirsty, tired. Glucose 30, ketones 3.2. Abdomen "
        "soft.",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "insulin infusion"), O.order_names(out)


def test_a_copd_exacerbation_kept_at_93_on_2_litres_is_not_sent_home(
    reason: Reason,
) -> None:
    """A 71-year-old with COPD, more breathless and wheezy for 2 days, "saturating 93 %
    on 2L NC". A saturation kept only on oxygen, with no home oxygen, is a new oxygen
    need: hospital care until weaned (BTS 2017; GOLD 2024), and the flow is adjusted to
    the COPD target of 88-92 % (BTS 2017 8.12)."""
    case = make_case(
        "shortness of breath",
        age=71,
        sex="M",
        vitals=vitals(98, 142, 84, 22, 93, 36.9),
        ed_note="Known COPD, more breathless and wheezy for 2 days with more sputum. "
        "Saturating 93% on 2L NC. Widespread wheeze.",
    )
    out = reason(case)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, "88-92"), O.order_names(out)


def test_guard_home_oxygen_at_its_usual_flow_is_no_new_need(reason: Reason) -> None:
    """Guard: a man on long-term home oxygen at 2 L whose saturation is at his usual
    level on it: the oxygen need criterion does not speak (BTS 2017: home oxygen is no
    new hypoxaemia)."""
    case = make_case(
        "shortness of breath",
        age=74,
        sex="M",
        vitals=vitals(88, 136, 80, 18, 91, 36.7),
        ed_note="COPD on home oxygen 2 L. Sats 91% on 2 L oxygen, his usual. Mild "
        "cough, no change in sputum.",
    )
    out = reason(case)
    assert "supplemental oxygen, not on home oxygen" not in (
        O.disposition(out).rationale
    ), O.disposition(out).rationale


def test_a_cancer_patients_morning_headache_with_vomiting_is_a_mass_until_imaged(
    reason: Reason,
) -> None:
    """A 61-year-old whose melanoma was excised three years ago, with a headache for a
    month, worse when she bends or coughs and vomiting in the mornings. A new
    raised-pressure headache with a cancer history is a brain metastasis until imaged
    (NICE NG12 1.11; SNNOOP10): contrast imaging, not a migraine's cocktail as the
    working plan."""
    case = make_case(
        "headache",
        age=61,
        sex="F",
        vitals=vitals(76, 140, 84, 14, 98, 36.6),
        ed_note="Melanoma excised three years ago. Headache for a month, worse when "
        "she bends or coughs, vomiting in the mornings. No previous headaches.",
    )
    out = reason(case)
    assert O.proposes(out, "brain"), O.diagnoses_proposed(out)
    assert "migraine" not in O.working(out).lower(), O.working(out)
    assert O.ordered(out, "contrast"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_guard_a_usual_migraine_after_cancer_is_no_mass(reason: Reason) -> None:
    """Guard: a woman treated for breast cancer five years ago with her usual migraine
    (one-sided, throbbing, nausea, like her previous attacks) and no raised-pressure
    feature: no intracranial mass is proposed (NICE NG12 1.11 names the new and
    progressive; ICHD-3 migraine)."""
    case = make_case(
        "headache",
        age=47,
        sex="F",
        vitals=vitals(74, 122, 76, 14, 99, 36.7),
        ed_note="Breast cancer treated five years ago. Her usual migraine: left-sided "
        "throbbing headache with nausea, like her previous attacks. Neuro exam normal.",
    )
    out = reason(case)
    assert not O.proposes(out, "neoplasm of unspecified behavior of brain"), (
        O.diagnoses_proposed(out)
    )


def test_a_cough_of_4_52_with_night_sweats_gets_airborne_isolation(
    reason: Reason,
) -> None:
    """A 33-year-old: "cough 4/52, drenching night sweats, weight loss, streaks of blood
    in the sputum". 4/52 is four weeks: a cough of more than three weeks with night
    sweats, weight loss and haemoptysis is presumptive pulmonary TB (NICE NG33 1.3):
    airborne isolation and three sputa (CDC 2005), not an upper respiratory
    infection."""
    case = make_case(
        "cough",
        age=33,
        sex="M",
        vitals=vitals(94, 124, 78, 18, 96, 37.8),
        ed_note="Cough 4/52, drenching night sweats, weight loss of 5 kg, streaks of "
        "blood in the sputum.",
    )
    out = reason(case)
    assert O.ordered(out, "isolation"), O.order_names(out)
    assert O.ordered(out, "AFB", "sputum"), O.order_names(out)


def test_a_surgery_declined_last_year_asks_no_capacity_assessment_now(
    reason: Reason,
) -> None:
    """An 80-year-old with heart failure who "declined valve surgery last year",
    now breathless and congested, accepting treatment. Capacity is assessed for a
    decision at the time it is made (Mental Capacity Act 2005 s.2): a refusal dated
    before this visit (ConText historical) asks no capacity assessment today."""
    case = make_case(
        "shortness of breath",
        age=80,
        sex="F",
        vitals=vitals(96, 118, 70, 24, 93, 36.6),
        ed_note="Severe aortic stenosis; she declined valve surgery last year. "
        "Four days of worsening breathlessness, orthopnoea, swollen ankles, bibasal "
        "crackles. Happy to stay for treatment.",
    )
    out = reason(case)
    assert not O.ordered(out, "capacity"), O.order_names(out)


def test_guard_a_refusal_today_still_gets_the_capacity_assessment(
    reason: Reason,
) -> None:
    """Guard: the same heart failure with "refuses admission today, wants to go home":
    a refusal of this visit gets its capacity assessment (MCA 2005 ss.1-3; GMC 2020)."""
    case = make_case(
        "shortness of breath",
        age=80,
        sex="F",
        vitals=vitals(96, 118, 70, 24, 93, 36.6),
        ed_note="Four days of worsening breathlessness, orthopnoea, swollen ankles, "
        "bibasal crackles. Refuses admission today and wants to go home.",
    )
    out = reason(case)
    assert O.ordered(out, "capacity"), O.order_names(out)


def test_plus_ve_upt_with_pain_and_bleeding_works_the_ectopic_at_once(
    reason: Reason,
) -> None:
    """A 24-year-old with right iliac fossa pain and spotting, "+ve UPT". The positive
    pregnancy test is a fact, not a question: the ectopic work-up (transvaginal
    ultrasound, gynaecology) is ordered outright, not "if hCG positive" (NICE NG126
    1.3-1.4)."""
    case = make_case(
        "abdominal pain",
        age=24,
        sex="F",
        vitals=vitals(92, 116, 72, 16, 99, 36.8),
        ed_note="Right iliac fossa pain since this morning with spotting. +ve UPT.",
    )
    out = reason(case)
    names = O.order_names(out)
    assert any("transvaginal" in n and "if hcg" not in n.lower() for n in names), names


def test_neuts_of_0_2_after_chemotherapy_is_febrile_neutropenia(
    reason: Reason,
) -> None:
    """A 58-year-old a week after chemotherapy with a fever of 38.4 and "WCC 0.9, neuts
    0.2". The shorthand is the neutrophil count: febrile neutropenia (ANC < 0.5), an
    antipseudomonal beta-lactam within the hour and admission (NICE NG151; ASCO/IDSA
    2018)."""
    case = make_case(
        "fever",
        age=58,
        sex="M",
        vitals=vitals(102, 118, 72, 18, 97, 38.4),
        ed_note="Lymphoma, chemotherapy 7 days ago. Fever and shivers tonight. WCC "
        "0.9, neuts 0.2.",
    )
    out = reason(case)
    assert O.proposes(out, "neutropenia"), O.diagnoses_proposed(out)
    assert "neutropenia" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, "cefepime", "piperacillin", "meropenem"), (
        O.order_names(out)
    )


def test_a_provisional_dvt_in_pregnancy_is_worked_in_pregnancy(reason: Reason) -> None:
    """A 31-year-old with a swollen, painful right calf, "provisional diagnosis DVT in
    pregnancy". The hypothesis is the DVT; the pregnancy it is placed in is stated
    (ConText scopes the possible existence over the condition): in pregnancy no D-dimer
    decides, the leg is scanned and LMWH by booking weight given until it is (RCOG GTG
    37a/37b)."""
    case = make_case(
        "leg swelling",
        age=31,
        sex="F",
        vitals=vitals(90, 114, 70, 16, 98, 36.8),
        ed_note="Right calf swollen and painful for two days, 3 cm larger than the "
        "left. Provisional diagnosis DVT in pregnancy.",
    )
    out = reason(case)
    names = O.order_names(out)
    assert not any(n.lower().startswith("d-dimer") for n in names), names
    assert O.ordered(out, "ultrasound"), names
    assert O.medication_ordered(out, "booking weight"), O.order_names(out)


def test_a_regular_pulse_of_176_is_worked_as_svt_not_af(reason: Reason) -> None:
    """A 27-year-old with palpitations for 20 minutes, "pulse 176, regular", no ECG
    yet. A regular narrow tachycardia is the SVT's (ESC 2019 SVT 5: vagal manoeuvres,
    then adenosine); AF is irregularly irregular by definition (ESC 2020/2024 AF), so no
    rate-control-and-anticoagulation plan is the working one."""
    case = make_case(
        "palpitations",
        age=27,
        sex="M",
        vitals=vitals(176, 118, 72, 18, 99, 36.7),
        one_liner="27M sudden palpitations, pulse regular",
        ed_note="Sudden onset of palpitations 20 minutes ago while sitting. Pulse 176, "
        "regular. No chest pain.",
    )
    out = reason(case)
    assert "supraventricular" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, "vagal"), O.order_names(out)
    assert not O.medication_ordered(out, "anticoagulation"), O.order_names(out)


def test_guard_an_irregularly_irregular_pulse_stays_af(reason: Reason) -> None:
    """Guard: a 79-year-old, "pulse irregularly irregular at 146": AF with a rapid
    ventricular response (ESC 2024 AF), rate control, no adenosine."""
    case = make_case(
        "palpitations",
        age=79,
        sex="F",
        vitals=vitals(146, 132, 80, 18, 96, 36.7),
        ed_note="Palpitations since last night. Pulse irregularly irregular at 146.",
    )
    out = reason(case)
    assert "atrial fibrillation" in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, "adenosine"), O.order_names(out)


def test_thirty_tablets_in_words_after_a_row_is_self_harm(reason: Reason) -> None:
    """A 19-year-old who "took about thirty paracetamol tablets after a row with her
    mother" 6 hours ago. An overdose after a row is self-poisoning whatever its motive
    (NICE NG225 2022), the count in words as in digits: coded as intentional
    self-harm (ICD-10-CM FY2024 I.C.19.e.5.b), not accidental."""
    case = make_case(
        "overdose",
        age=19,
        sex="F",
        vitals=vitals(92, 116, 70, 14, 99, 36.7),
        ed_note="Took about thirty paracetamol tablets after a row with her mother, 6 "
        "hours ago. Weight 58 kg. Nauseated.",
    )
    out = reason(case)
    assert out.final.icd10.endswith("2A"), (out.final.icd10, out.final.diagnosis_name)

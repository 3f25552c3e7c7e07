"""cardio49 (issue 10): an aching jaw on exertion, a dissection whose pulse is written
before its absence, a syncope with a pressure deficit between the arms, an imaged PE
that cannot be anticoagulated, a myopericarditis with a failing ventricle, sinus
pauses, and the code of a second-degree AV block.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Gulati M et al. AHA/ACC 2021 chest pain guideline (Circulation 2021;144:e368) 2.1.1;
  Knuuti J et al. ESC 2019 chronic coronary syndromes 3.1.1; Byrne RA et al. ESC 2023
  ACS (Eur Heart J 2023;44:3720) 3.1.
- Mazzolai L et al. ESC 2024 peripheral arterial and aortic diseases 9.2 (the ADD-RS
  algorithm); Rogers AM et al. Circulation 2011;123:2213 (ADD-RS); Nazerian P et al.
  ADvISED, Circulation 2018;137:250; Isselbacher EM et al. ACC/AHA 2022 aortic 7.1.1.
- Konstantinides SV et al. ESC 2019 PE (Eur Heart J 2020;41:543) 6.9; NICE NG158 2020
  1.5.1 (an IVC filter when anticoagulation is contraindicated).
- McDonagh TA et al. ESC 2021 heart failure (NSAIDs not recommended, class III); Adler Y
  et al. ESC 2015 pericardial diseases 3.1.7 (myopericarditis).
- Glikson M et al. ESC 2021 cardiac pacing 5.1-5.2; ICD-10-CM FY2024 I44.1, I49.5.

Each target failed on main 2b06a400 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

TROPONIN_SERIES = (
    r"serial (?:hs-?)?tropon",
    r"repeat (?:hs-?)?tropon",
    r"0 h and 1-3 h",
)
AORTIC_CT = (r"ct angiograph\w* (?:of )?(?:the )?(?:chest|aorta)", r"\bcta\b")


def _code(out: ReasoningOutput) -> str | None:
    return out.final.icd10 if out.final else None


# ---- an anginal equivalent in other words -------------------------------------------


def test_aching_jaw_walking_uphill_then_at_rest_is_worked_as_acs(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 2.1.1, ESC 2019 CCS 3.1.1 and ESC 2023 ACS 3.1: "an ache in both
    sides of the jaw when walking uphill", now 30 minutes at rest and sweaty in a
    diabetic, is an anginal equivalent, unstable angina until shown otherwise (teeth
    fine): serial troponins and aspirin, not dental pain sent home with an NSAID."""
    out = reason(
        make_case(
            "jaw pain",
            age=68,
            sex="M",
            vitals=vitals(84, 156, 88, 16, 97),
            one_liner="68M aching jaw on walking uphill, today at rest",
            ed_note="Type 2 diabetes. For ten days an ache in both sides of the jaw "
            "when walking uphill, gone on stopping. This evening the same ache"
            " sitting in a chair for 30 minutes, sweaty. Teeth and gums "
            "normal, no dental problem. ECG: no acute ST change.",
            case_id="cardio49-aching-jaw",
        )
    )
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, *TROPONIN_SERIES), O.order_names(out)
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)
    assert not O.medication_ordered(out, *O.NSAID), O.order_names(out)


def test_guard_aching_jaw_when_chewing_gets_no_acs_work_up(reason: Reason) -> None:
    """Guard: an aching jaw when chewing with a broken molar is dental (Swap CJ,
    Nagurney JT. JAMA 2005): no aspirin, no troponin series."""
    out = reason(
        make_case(
            "jaw pain",
            age=56,
            sex="F",
            vitals=vitals(76, 132, 80, 14, 99),
            one_liner="56F aching jaw when chewing for a week",
            ed_note="Aching jaw on the right when chewing for a week since a molar "
            "broke. Tender lower right molar with a cracked crown. No "
            "exertional symptoms. Smoker.",
            case_id="cardio49-jaw-chewing",
        )
    )
    assert not O.medication_ordered(out, "aspirin"), O.order_names(out)
    assert not O.ordered(out, *TROPONIN_SERIES), O.order_names(out)


# ---- aortic syndromes -------------------------------------------------------------


def test_tearing_pain_with_a_femoral_pulse_absent_is_a_dissection_in_intensive_care(
    reason: Reason,
) -> None:
    """ADD-RS 2 (tearing pain; pulse deficit written "left femoral pulse absent"):
    CT angiography now and the aortic surgeon (ACC/AHA 2022 aortic 7.1.1; ESC 2024
    aortic 9.2), and a suspected acute aortic syndrome is monitored in intensive care,
    not an observation bed."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="M",
            vitals=vitals(96, 184, 100, 20, 97),
            one_liner="66M sudden tearing back pain, left femoral pulse absent",
            ed_note="Sudden tearing pain in the back 2 hours ago. Hypertensive. Left "
            "femoral pulse absent, left foot cool; right femoral pulse normal."
            " ECG sinus rhythm without ST change.",
            case_id="cardio49-femoral-pulse-absent",
        )
    )
    assert O.ordered(out, *AORTIC_CT), O.order_names(out)
    assert O.ordered(out, "cardiothoracic", "vascular surg"), O.order_names(out)
    assert O.dispo(out) == "Admit", O.dispo(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_guard_back_strain_with_femoral_pulses_present_gets_no_aortic_ct(
    reason: Reason,
) -> None:
    """Guard: a lower back strain after lifting, femoral pulses present and equal, no
    tearing pain (ADD-RS 0): no aortic CT."""
    out = reason(
        make_case(
            "back pain",
            age=45,
            sex="M",
            vitals=vitals(78, 134, 82, 14, 99),
            one_liner="45M low back pain after lifting a wardrobe",
            ed_note="Low back pain since lifting a wardrobe yesterday, worse on "
            "bending. Paraspinal tenderness. Femoral pulses present and equal."
            " Legs neurologically normal.",
            case_id="cardio49-back-strain",
        )
    )
    assert not O.ordered(out, *AORTIC_CT), O.order_names(out)


def test_syncope_with_chest_pain_and_a_pressure_deficit_between_the_arms(
    reason: Reason,
) -> None:
    """ESC 2024 aortic 9.2 (ADD-RS 1 with an inter-arm systolic difference of 20 mmHg
    or more: D-dimer, CT angiography if raised; a bedside echo), ESC 2018 syncope: a
    collapse with chest and neck pain and 152/88 in the right arm against 98/60 in the
    left keeps the dissection open with a bedside echo and aortic imaging."""
    out = reason(
        make_case(
            "collapse",
            age=70,
            sex="F",
            vitals=vitals(94, 100, 60, 20, 96),
            one_liner="70F collapsed, chest and neck pain since",
            ed_note="Brief loss of consciousness at home. Since then pain in the chest"
            " and neck. BP right arm 152/88, left arm 98/60. Hypertensive.",
            case_id="cardio49-arm-pressure-deficit",
        )
    )
    assert O.ordered(out, r"echocardiog"), O.order_names(out)
    assert O.ordered(out, r"d-?dimer", *AORTIC_CT), O.order_names(out)
    assert O.proposes(out, "aortic dissection") or any(
        "dissection" in m.lower() for m in out.final.summary.open_must_not_miss
    ), out.final.summary
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_guard_faint_with_equal_arm_pressures_gets_no_aortic_echo(
    reason: Reason,
) -> None:
    """Guard: a faint at a blood test with a prodrome, no pain, equal arm pressures
    (ESC 2018 reflex syncope; ADD-RS 0): no aortic work-up."""
    out = reason(
        make_case(
            "fainting",
            age=24,
            sex="F",
            vitals=vitals(72, 112, 70, 14, 99),
            one_liner="24F fainted at a blood test",
            ed_note="Felt hot and sick and fainted while blood was taken, recovered in"
            " seconds. No pain. BP right arm 112/70, left arm 110/68. ECG "
            "normal.",
            case_id="cardio49-venepuncture-faint",
        )
    )
    assert not O.ordered(out, *AORTIC_CT), O.order_names(out)
    assert not O.ordered(out, r"aortic root"), O.order_names(out)


# ---- VTE that cannot be anticoagulated ---------------------------------------------


def test_imaged_pe_days_after_an_intracerebral_haemorrhage_gets_a_filter_plan(
    reason: Reason,
) -> None:
    """ESC 2019 PE 6.9 (class IIa) and NICE NG158 1.5.1: bilateral PE a week after an
    intracerebral haemorrhage cannot be anticoagulated: a retrievable IVC filter, the
    stroke or neurosurgical team and haematology on when to start, in hospital."""
    out = reason(
        make_case(
            "shortness of breath",
            age=71,
            sex="F",
            vitals=vitals(106, 130, 80, 24, 93),
            one_liner="71F breathless, PE on CTPA, brain bleed last week",
            ed_note="Discharged 2 days ago after an intracerebral haemorrhage 7 days "
            "ago. Sudden breathlessness today. CTPA: bilateral segmental "
            "pulmonary emboli, no right ventricular dilatation.",
            case_id="cardio49-pe-after-ich",
        )
    )
    assert O.ordered(out, r"vena cava filter", r"ivc filter"), O.order_names(out)
    assert not O.medication_ordered(out, "apixaban", "rivaroxaban", "enoxaparin"), (
        O.order_names(out)
    )
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_guard_imaged_pe_without_a_bleed_gets_no_filter(reason: Reason) -> None:
    """Guard: a low-risk PE without a contraindication is anticoagulated (ESC 2019
    PE, class III: no routine IVC filter)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=52,
            sex="M",
            vitals=vitals(96, 136, 82, 20, 96),
            one_liner="52M pleuritic pain, PE on CTPA",
            ed_note="Pleuritic left chest pain after a long flight. CTPA: left lower "
            "lobe segmental pulmonary embolus, no right ventricular strain. "
            "sPESI 0. eGFR 90, no bleeding history.",
            case_id="cardio49-pe-no-bleed",
        )
    )
    assert not O.ordered(out, r"vena cava filter", r"ivc filter"), O.order_names(out)


# ---- myopericarditis with a failing ventricle ---------------------------------------


def test_myopericarditis_with_an_ejection_fraction_of_35_gets_no_nsaid(
    reason: Reason,
) -> None:
    """ESC 2021 heart failure (NSAIDs not recommended, class III) and ESC 2015
    pericardial 3.1.7: a pericarditic pain after a viral illness with troponin 900 and
    an ejection fraction of 35 % gets no ibuprofen, and no steroid in its place."""
    out = reason(
        make_case(
            "chest pain",
            age=26,
            sex="M",
            vitals=vitals(106, 114, 70, 20, 97),
            one_liner="26M chest pain worse lying flat after a flu-like illness",
            ed_note="Flu-like illness last week. Central chest pain worse lying flat. "
            "ECG: diffuse ST elevation. hs-troponin T 900 ng/L. Echo: LV "
            "ejection fraction 35%, globally hypokinetic.",
            case_id="cardio49-myopericarditis-low-ef",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID), O.order_names(out)
    assert not O.medication_ordered(out, "prednis"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_guard_pericarditis_with_a_normal_ventricle_keeps_its_nsaid(
    reason: Reason,
) -> None:
    """Guard (ESC 2015 pericardial 3.1, class I): pericarditis with a normal troponin
    and ventricle keeps its NSAID."""
    out = reason(
        make_case(
            "chest pain",
            age=30,
            sex="M",
            vitals=vitals(88, 126, 78, 16, 99),
            one_liner="30M sharp chest pain better sitting forward",
            ed_note="Sharp central chest pain for 2 days, worse lying flat, better "
            "sitting forward. ECG: widespread concave ST elevation with PR "
            "depression. Troponin normal. Echo: normal LV function, no "
            "effusion.",
            case_id="cardio49-pericarditis-normal-ef",
        )
    )
    assert O.medication_ordered(out, *O.NSAID), O.order_names(out)


# ---- bradyarrhythmias and their codes ----------------------------------------------


def test_sinus_pauses_with_presyncope_are_a_sick_sinus_with_pads(
    reason: Reason,
) -> None:
    """ESC 2021 pacing 5.1.1: sinus pauses of 4-5 s with presyncope are a symptomatic
    sinus node dysfunction (pacing, class I): pads and the pacing cardiologist, coded
    I49.5, not a dizziness."""
    out = reason(
        make_case(
            "dizziness",
            age=79,
            sex="F",
            vitals=vitals(40, 108, 62, 16, 96),
            one_liner="79F near faints, sinus pauses on the monitor",
            ed_note="A week of near fainting. Monitor: sinus bradycardia 40 with sinus"
            " pauses of 4 to 5 seconds during which she feels faint. No rate-"
            "slowing drugs. Potassium 4.4.",
            case_id="cardio49-sinus-pauses",
        )
    )
    assert O.ordered(out, r"pacing pads", r"transcutaneous pacing"), O.order_names(out)
    assert _code(out) == "I49.5", out.final


def test_mobitz_ii_is_coded_as_a_second_degree_block(reason: Reason) -> None:
    """ICD-10-CM FY2024 I44.1; ESC 2021 pacing 5.2: a symptomatic Mobitz II is
    coded as a second-degree AV block, paced."""
    out = reason(
        make_case(
            "dizziness",
            age=83,
            sex="M",
            vitals=vitals(44, 114, 66, 16, 96),
            one_liner="83M dizzy, Mobitz type II on the ECG",
            ed_note="Dizzy spells for 3 days. ECG: Mobitz type II second degree AV "
            "block, ventricular rate 44. No rate-slowing drugs.",
            case_id="cardio49-mobitz-ii",
        )
    )
    assert _code(out) == "I44.1", out.final
    assert O.ordered(out, r"pacing pads", r"transcutaneous pacing"), O.order_names(out)


def test_guard_complete_heart_block_keeps_its_code(reason: Reason) -> None:
    """Guard (ICD-10-CM FY2024 I44.2): a complete heart block stays I44.2."""
    out = reason(
        make_case(
            "dizziness",
            age=80,
            sex="F",
            vitals=vitals(34, 96, 54, 16, 96),
            one_liner="80F dizzy, complete heart block",
            ed_note="Dizzy and weak since this morning. ECG: complete heart block, "
            "ventricular escape 34.",
            case_id="cardio49-chb",
        )
    )
    assert _code(out) == "I44.2", out.final

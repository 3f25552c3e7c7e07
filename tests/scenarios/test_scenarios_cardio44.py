"""cardio44 (issue 10): cardiovascular emergencies, chest pain and breathlessness.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Isselbacher EM et al. ACC/AHA 2022 aortic disease (Circulation 2022;146:e334):
  anti-impulse therapy to SBP 100-120 when the pressure allows; hypotension in an
  acute dissection is a tamponade, a rupture or an arm's malperfusion; Erbel R et al.
  ESC 2014 aortic diseases.
- NICE NG234 2023 (spinal cord compression: leg weakness, a sensory level, the
  sphincters); GIRFT 2023 suspected cauda equina; Nor AM et al. ROSIER (Lancet Neurol
  2005;4:727): one side's arm and leg weakness is a brain's deficit.
- Adler Y et al. ESC 2015 pericardial diseases 3.1 and 3.1.5 (a large pericardial
  effusion is a major predictor of a poor prognosis: admitted).
- Van Gelder IC et al. ESC 2024 AF; McDonagh TA et al. ESC 2021 heart failure 11.1
  (AF in acute heart failure: IV digoxin or amiodarone; no non-dihydropyridine CCB).
- Konstantinides SV et al. ESC 2019 PE 9.1 and RCOG green-top 37b 2015 (PE in
  pregnancy: a multidisciplinary plan with obstetrics); ICD-10-CM FY2024 O88.21-.
- Gulati M et al. AHA/ACC 2021 chest pain 4.1.1 (a pain reproduced by palpation or
  movement is unlikely ischaemic); Byrne RA et al. ESC 2023 ACS 3.1 (a single hs-cTn
  below the limit of detection more than 3 h after onset rules out).

Each target failed on main 1ed59164 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BETA_BLOCKER = ("esmolol", "labetalol", "metoprolol", r"beta-?blocker")
SPINE = (r"mri (?:of the )?(?:lumbar|whole) spine", r"spin\w* surg", "neurosurg")
PLEURAL = ("pleural fluid", "pleural aspiration", "pleural catheter", "pleurodesis")


def _code(out: ReasoningOutput) -> str | None:
    return out.final.icd10 if out.final else None


# ---- aortic dissection with a low pressure, or with a hemiparesis --------------------


def test_dissection_at_systolic_94_gets_no_beta_blocker_and_a_bedside_echo(
    reason: Reason,
) -> None:
    """ACC/AHA 2022 aortic disease: anti-impulse therapy (a beta-blocker to HR < 60,
    then SBP 100-120) needs a pressure to lower; with a systolic under 100 a suspected
    dissection is a tamponade or a rupture until the bedside echo says otherwise."""
    out = reason(
        make_case(
            "chest pain",
            age=68,
            sex="M",
            vitals=vitals(108, 94, 60, 22, 96, 36.7),
            one_liner="68M sudden tearing chest pain going through to the back",
            ed_note="Abrupt severe tearing central chest pain radiating between the "
            "shoulder blades 40 minutes ago. BP 94/60 in both arms. Known 5 cm "
            "thoracic aortic aneurysm under surveillance. ECG: sinus tachycardia, "
            "no ST elevation.",
            case_id="cardio44-dissection-low-bp",
        )
    )
    assert not O.medication_ordered(out, *BETA_BLOCKER), O.order_names(out)
    assert O.ordered(out, r"bedside echo"), O.order_names(out)
    assert O.ordered(out, r"ct angio|cta\b"), O.order_names(out)


def test_guard_dissection_at_systolic_176_keeps_its_anti_impulse_therapy(
    reason: Reason,
) -> None:
    """ACC/AHA 2022 aortic disease: a hypertensive suspected dissection gets IV
    esmolol or labetalol to HR < 60 and SBP 100-120 (guard)."""
    out = reason(
        make_case(
            "chest pain",
            age=61,
            sex="M",
            vitals=vitals(98, 176, 100, 20, 97, 36.7),
            one_liner="61M sudden tearing chest pain radiating to the back",
            ed_note="Abrupt tearing chest pain through to the back an hour ago. "
            "Known 5 cm thoracic aortic aneurysm. ECG no ST elevation.",
            case_id="cardio44-dissection-high-bp",
        )
    )
    assert O.medication_ordered(out, "esmolol", "labetalol"), O.order_names(out)


def test_back_pain_with_one_sides_arm_and_leg_weakness_is_no_cord_compression(
    reason: Reason,
) -> None:
    """NICE NG234 2023 and GIRFT 2023: a cord or cauda equina lesion weakens the legs,
    with a sensory level or the sphincters; the left arm and leg weak together (with
    a facial droop) is a brain's deficit (ROSIER). No spinal MRI or spinal surgeon;
    the tearing pain goes to aortic imaging."""
    out = reason(
        make_case(
            "back pain",
            age=63,
            sex="F",
            vitals=vitals(92, 158, 90, 18, 97, 36.8),
            one_liner="63F sudden ripping upper back pain, then left arm and leg "
            "weakness",
            ed_note="Sudden ripping pain between the shoulder blades an hour ago, then "
            "left arm and leg weakness and a left facial droop. Passing urine "
            "normally, no saddle numbness.",
            case_id="cardio44-hemiparesis-back-pain",
        )
    )
    assert not O.ordered(out, *SPINE), O.order_names(out)
    assert O.ordered(out, r"ct angio|cta\b"), O.order_names(out)


def test_guard_back_pain_with_both_legs_weak_and_retention_gets_spinal_mri(
    reason: Reason,
) -> None:
    """GIRFT 2023 suspected cauda equina; NICE NG234 2023: back pain with both legs
    weak and urinary retention is imaged now (guard)."""
    out = reason(
        make_case(
            "back pain",
            age=52,
            sex="M",
            vitals=vitals(88, 138, 84, 16, 98, 36.8),
            one_liner="52M low back pain, both legs weak, cannot pass urine",
            ed_note="Low back pain for a week, since yesterday weakness of both legs "
            "and unable to pass urine. Bladder scan 900 mL.",
            case_id="cardio44-cauda-guard",
        )
    )
    assert O.ordered(out, r"\bmri\b"), O.order_names(out)


# ---- a pericardial effusion is no pleural effusion -----------------------------------


def test_large_effusion_on_echo_in_pericarditis_is_not_tapped_as_pleural(
    reason: Reason,
) -> None:
    """Adler Y et al. ESC 2015 pericardial diseases: an effusion seen on the echo is
    the pericardium's; a large one with fever is a poor-prognosis pericarditis,
    admitted. No pleural fluid analysis or pleural catheter."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="M",
            vitals=vitals(102, 122, 76, 20, 97, 38.4),
            one_liner="52M sharp chest pain for a week, worse lying flat, large "
            "effusion on echo",
            ed_note="Chest pain better sitting forward, pericardial rub. ECG: "
            "widespread concave ST elevation. Echo: large effusion on echo, 22 mm, "
            "no right ventricular collapse.",
            case_id="cardio44-pericardial-effusion",
        )
    )
    assert not O.ordered(out, *PLEURAL), O.order_names(out)
    assert O.disposition(out).disposition == "Admit"


def test_guard_large_pleural_effusion_on_chest_film_keeps_its_pleural_work_up(
    reason: Reason,
) -> None:
    """Roberts ME et al. BTS 2023 pleural disease: a large pleural effusion on the
    chest film is sampled (guard)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=71,
            sex="F",
            vitals=vitals(98, 132, 78, 24, 93, 36.8),
            one_liner="71F breathless for 3 weeks, breast cancer",
            ed_note="CXR: large left pleural effusion with mediastinal shift. Known "
            "metastatic breast cancer.",
            case_id="cardio44-pleural-guard",
        )
    )
    assert O.ordered(out, "pleural"), O.order_names(out)


# ---- AF with a fast rate in decompensated heart failure ------------------------------


def test_af_at_136_in_decompensated_hfref_gets_rate_control_and_anticoagulation(
    reason: Reason,
) -> None:
    """ESC 2021 HF 11.1 and ESC 2024 AF: AF with a fast rate in acute heart failure with
    a kept pressure is rate-controlled (IV digoxin or amiodarone; no diltiazem or
    verapamil with a reduced EF) and anticoagulated, beside the diuretic."""
    out = reason(
        make_case(
            "shortness of breath",
            age=70,
            sex="F",
            vitals=vitals(136, 112, 72, 26, 92, 36.8),
            one_liner="70F 3 days of worsening breathlessness and ankle swelling",
            ed_note="Heart failure with reduced ejection fraction, LVEF 30 %. "
            "Orthopnoea, bibasal crackles, raised JVP. ECG: atrial fibrillation "
            "136, not known before. Not anticoagulated.",
            case_id="cardio44-af-hfref",
        )
    )
    assert O.medication_ordered(out, "digoxin", "amiodarone"), O.order_names(out)
    assert O.medication_ordered(out, "anticoagula", "heparin", "doac"), O.order_names(
        out
    )
    assert not O.medication_ordered(out, "diltiazem", "verapamil"), O.order_names(out)
    assert O.medication_ordered(out, "furosemide", "diuretic"), O.order_names(out)


def test_guard_decompensated_heart_failure_in_sinus_rhythm_gets_no_rate_drug(
    reason: Reason,
) -> None:
    """ESC 2021 HF: congestion in sinus rhythm is treated with a loop diuretic; no
    rate-control drug (guard)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=74,
            sex="M",
            vitals=vitals(96, 138, 84, 24, 93, 36.7),
            one_liner="74M a week of increasing breathlessness and swollen legs",
            ed_note="Known heart failure. Orthopnoea, bibasal crackles, pitting oedema "
            "to the knees. ECG: sinus rhythm 96.",
            case_id="cardio44-hf-sinus-guard",
        )
    )
    assert not O.medication_ordered(out, "digoxin", "amiodarone"), O.order_names(out)


# ---- PE in pregnancy -----------------------------------------------------------------


def test_pe_at_24_weeks_gets_obstetrics_and_its_pregnancy_code(
    reason: Reason,
) -> None:
    """ESC 2019 PE 9.1; RCOG green-top 37b 2015: a PE in pregnancy is managed with the
    obstetric team (fetal wellbeing, LMWH through pregnancy, delivery planned around
    it); ICD-10-CM FY2024 I.C.15.a: coded in chapter 15 (O88.212, second trimester)."""
    out = reason(
        make_case(
            "chest pain",
            age=29,
            sex="F",
            vitals=vitals(108, 116, 70, 22, 95, 37.0),
            one_liner="29F 24 weeks pregnant, pleuritic chest pain and breathlessness",
            ed_note="24 weeks pregnant. Sudden left pleuritic chest pain. CTPA: left "
            "lower lobe segmental pulmonary embolism, no right ventricular strain.",
            case_id="cardio44-pe-pregnancy",
        )
    )
    assert O.ordered(out, "obstetric"), O.order_names(out)
    assert (_code(out) or "").startswith("O88.21"), _code(out)


def test_guard_pe_outside_pregnancy_gets_no_obstetric_consult(
    reason: Reason,
) -> None:
    """ESC 2019 PE: a PE in a man is coded I26.- with no obstetric team (guard)."""
    out = reason(
        make_case(
            "chest pain",
            age=47,
            sex="M",
            vitals=vitals(104, 128, 80, 20, 95, 36.9),
            one_liner="47M pleuritic chest pain after a long flight",
            ed_note="CTPA: right segmental pulmonary embolism, no right ventricular "
            "strain.",
            case_id="cardio44-pe-guard",
        )
    )
    assert not O.ordered(out, "obstetric"), O.order_names(out)
    assert (_code(out) or "").startswith("I26"), _code(out)


# ---- chest pain reproduced by palpation ----------------------------------------------


def test_chest_pain_reproduced_exactly_by_palpation_is_not_worked_as_angina(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain 4.1.1: a pain reproduced by palpation is unlikely
    ischaemic; ESC 2023 ACS: an hs-troponin below the limit of detection 6 h after
    onset rules out. Analgesia and home: no serial troponins, no cardiology."""
    out = reason(
        make_case(
            "chest pain",
            age=44,
            sex="M",
            vitals=vitals(76, 128, 78, 14, 99, 36.6),
            one_liner="44M left chest pain since moving furniture this morning",
            ed_note="Pain reproduced exactly by palpation over the left second and "
            "third costal cartilages. ECG normal. hs-troponin below the limit of "
            "detection, pain 6 hours old.",
            case_id="cardio44-costochondral",
        )
    )
    assert not O.ordered(out, "serial troponin", "cardiology"), O.order_names(out)
    assert not O.medication_ordered(out, "aspirin", "heparin"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge"


def test_guard_exertional_chest_pressure_still_gets_troponins(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain: an exertional central pressure in a 59-year-old smoker
    is worked up with an ECG and serial troponins (guard)."""
    out = reason(
        make_case(
            "chest pain",
            age=59,
            sex="M",
            vitals=vitals(84, 148, 90, 16, 98, 36.7),
            one_liner="59M central chest pressure on climbing stairs for a week, "
            "today at rest",
            ed_note="Smoker, diabetic. Central pressure radiating to the left arm, "
            "20 minutes at rest this morning. ECG no ST elevation.",
            case_id="cardio44-acs-guard",
        )
    )
    assert O.ordered(out, "troponin"), O.order_names(out)


# ---- syncope during exertion ---------------------------------------------------------


def test_collapse_while_running_with_a_family_sudden_death_is_worked_as_cardiac(
    reason: Reason,
) -> None:
    """Brignole M et al. ESC 2018 syncope, Table 5: syncope during exertion is a major
    high-risk feature, a family history of sudden death at a young age a minor one: an
    echocardiogram and a cardiologist, not a faint sent home."""
    out = reason(
        make_case(
            "syncope",
            age=24,
            sex="F",
            vitals=vitals(76, 118, 70, 14, 99, 36.7),
            one_liner="24F passed out during a 10 km race, no warning",
            ed_note="Passed out during exercise at the 8 km mark without any warning, "
            "came round within a minute. Her father died suddenly at 39. ECG: sinus "
            "rhythm, normal QT. No murmur.",
            case_id="cardio44-exertional-syncope",
        )
    )
    assert O.ordered(out, "echocardiogra"), O.order_names(out)
    assert O.ordered(out, "cardiology"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_faint_at_venepuncture_stays_a_faint(reason: Reason) -> None:
    """ESC 2018 syncope, Table 4: a faint with a trigger and a warm prodrome in a young
    adult with a normal ECG is reflex syncope: home, no echo (guard)."""
    out = reason(
        make_case(
            "syncope",
            age=21,
            sex="M",
            vitals=vitals(70, 120, 72, 14, 99, 36.7),
            one_liner="21M fainted while having blood taken",
            ed_note="Felt hot, sweaty and nauseated during venepuncture, then fainted "
            "for a few seconds. Fully recovered. ECG: normal sinus rhythm.",
            case_id="cardio44-vasovagal-guard",
        )
    )
    assert not O.ordered(out, "echocardiogra"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge"


# ---- stable AF inside the lenient rate target ----------------------------------------


def test_stable_af_at_106_gets_no_iv_rate_control_drug(reason: Reason) -> None:
    """Van Gelder IC et al. ESC 2024 AF 7.1 (RACE II, NEJM 2010;362:1363): a resting
    rate under 110/min is the lenient target; a stable patient at 106 gets no IV
    diltiazem or metoprolol (an oral drug if symptomatic)."""
    out = reason(
        make_case(
            "palpitations",
            age=68,
            sex="F",
            vitals=vitals(106, 138, 82, 16, 98, 36.7),
            one_liner="68F a few days of fluttering in the chest, comfortable at rest",
            ed_note="ECG: atrial fibrillation, ventricular rate 106. No chest pain or "
            "breathlessness. Onset unknown. Hypertension.",
            case_id="cardio44-af-lenient",
        )
    )
    iv_rate = [
        o.name
        for o in O.medications(out)
        if O.mentions(o, (r"\biv\b",))
        and O.mentions(o, ("diltiazem", "metoprolol"))
        and not O.mentions(o, (r"no iv rate",))
    ]
    assert not iv_rate, O.order_names(out)


def test_guard_stable_af_at_134_keeps_its_rate_control(reason: Reason) -> None:
    """ESC 2024 AF 7.1: above 110/min the rate is controlled (guard)."""
    out = reason(
        make_case(
            "palpitations",
            age=64,
            sex="M",
            vitals=vitals(134, 136, 84, 18, 97, 36.7),
            one_liner="64M palpitations since last night",
            ed_note="ECG: atrial fibrillation 134. No chest pain, no breathlessness, "
            "BP 136/84.",
            case_id="cardio44-af-fast-guard",
        )
    )
    assert O.medication_ordered(out, "diltiazem", "metoprolol"), O.order_names(out)

"""cardio46 (issue 10): a new LBBB with ongoing ischaemic pain, a known LBBB unchanged,
a tearing pain's working label, repeated ICD shocks, syncope with a long QTc, a
pectoral strain.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720), 3.2.1 (a bundle branch
  block with ongoing ischaemic symptoms: primary PCI strategy, managed as a STEMI;
  parenteral anticoagulation at diagnosis), NSTE-ACS (aspirin for all).
- Isselbacher EM et al. ACC/AHA 2022 aortic disease (suspected acute aortic
  syndrome: CT angiography, anti-impulse therapy, no antithrombotic before imaging).
- Zeppenfeld K et al. ESC 2022 ventricular arrhythmias (electrical storm: monitored
  bed, interrogation, amiodarone and beta-blocker); Stiles MK et al.
  HRS/EHRA/APHRS/SOLAECE 2015 ICD consensus (more than one shock: emergency
  evaluation).
- Drew BJ et al. AHA/ACCF 2010 QT statement; Brignole M et al. ESC 2018 syncope,
  Table 5 (a long QTc is a major high-risk ECG feature).
- Gulati M et al. AHA/ACC 2021 chest pain 4.1.1 (pain reproduced by palpation or
  movement); Stochkendahl MJ, Christensen HW. Med Clin North Am 2010;94:259.

Each target failed on main f8ebf5cd before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CATH_LAB = ("cath lab", "catheter laboratory", "primary pci")
PARENTERAL = ("heparin", "enoxaparin", "fondaparinux", "bivalirudin")
ANTIPLATELET = ("aspirin", "clopidogrel", "ticagrelor", "prasugrel", "p2y12")


def _cath_lab_now(out: ReasoningOutput) -> bool:
    return any(
        O.mentions(o, CATH_LAB) and not o.name.lower().startswith("only if")
        for o in O.orders(out)
    )


# ---- bundle branch block -------------------------------------------------------------


def test_new_lbbb_with_ongoing_pain_goes_to_the_cath_lab_with_heparin(
    reason: Reason,
) -> None:
    """ESC 2023 ACS 3.2.1: a bundle branch block new since the last ECG, with ongoing
    ischaemic pain, is managed as a STEMI: primary PCI strategy (the catheter
    laboratory now, not "only if STEMI criteria are met") and parenteral
    anticoagulation at diagnosis."""
    out = reason(
        make_case(
            "chest pain",
            age=74,
            sex="F",
            vitals=vitals(98, 142, 86, 20, 95),
            one_liner="74F ongoing central chest pressure for 40 minutes, clammy",
            ed_note="Central chest pressure radiating to the jaw, started 40 minutes "
            "ago and still present, clammy. ECG: left bundle branch block, not seen "
            "on her ECG of 2021. Troponin sent.",
            case_id="cardio46-new-lbbb",
        )
    )
    assert _cath_lab_now(out), O.order_names(out)
    assert O.medication_ordered(out, *PARENTERAL), O.order_names(out)


def test_known_lbbb_unchanged_with_chest_tightness_still_gets_aspirin(
    reason: Reason,
) -> None:
    """ESC 2023 ACS: a known LBBB unchanged from the previous ECG is no STEMI mimic to
    withhold the ACS treatment: a possible NSTE-ACS gets aspirin and serial
    troponins (no catheter laboratory on an old LBBB)."""
    out = reason(
        make_case(
            "chest pain",
            age=69,
            sex="M",
            vitals=vitals(76, 136, 80, 16, 97),
            one_liner="69M chest tightness on and off today, pain free now",
            ed_note="Intermittent central chest tightness today, none now. Diabetic. "
            "ECG: LBBB, unchanged from the previous ECG. hs-troponin pending.",
            case_id="cardio46-old-lbbb",
        )
    )
    assert O.medication_ordered(out, "aspirin"), (
        O.order_names(out),
        O.blocked_names(out),
    )
    assert not _cath_lab_now(out), O.order_names(out)


def test_guard_new_lbbb_without_chest_pain_gets_no_cath_lab(reason: Reason) -> None:
    """Guard (ESC 2023 3.2.1): the primary PCI strategy is for a bundle branch block
    with ongoing ischaemic symptoms; a new LBBB found on a pre-operative ECG in a
    man with no chest pain is worked up, not taken to the catheter laboratory."""
    out = reason(
        make_case(
            "pre-operative assessment",
            age=66,
            sex="M",
            vitals=vitals(72, 138, 82, 14, 98),
            one_liner="66M sent from pre-op clinic with an abnormal ECG, no symptoms",
            ed_note="No chest pain, no breathlessness, no syncope. ECG: new LBBB. "
            "Examination normal.",
            case_id="cardio46-lbbb-no-pain",
        )
    )
    assert not _cath_lab_now(out), O.order_names(out)


# ---- acute aortic syndrome -----------------------------------------------------------


def test_tearing_interscapular_pain_is_worked_as_a_dissection_not_an_acs(
    reason: Reason,
) -> None:
    """ACC/AHA 2022 aortic disease: a sudden tearing pain between the shoulder blades is
    an acute aortic syndrome until the aorta is imaged, even with equal pulses and a
    normal neurological examination: worked as a dissection (CT angiography), no
    antiplatelet, not labelled an NSTEMI."""
    out = reason(
        make_case(
            "chest pain",
            age=64,
            sex="F",
            vitals=vitals(92, 168, 96, 18, 97),
            one_liner="64F sudden severe tearing pain between the shoulder blades",
            ed_note="Sudden severe tearing pain between the shoulder blades 40 minutes "
            "ago while gardening. Hypertensive. Pulses equal in both arms, no murmur, "
            "neurology normal. ECG sinus rhythm, no ST changes. Troponin pending.",
            case_id="cardio46-tearing",
        )
    )
    assert "dissection" in O.working(out), O.working(out)
    assert O.ordered(out, "ct angiograph", r"\bcta\b"), O.order_names(out)
    assert not O.medication_ordered(out, *ANTIPLATELET), O.order_names(out)


def test_guard_nstemi_with_st_depression_keeps_its_treatment(reason: Reason) -> None:
    """Guard (ESC 2023 ACS): heavy central pain with ST depression and a raised
    troponin, no tearing quality, is an NSTE-ACS: aspirin and anticoagulation."""
    out = reason(
        make_case(
            "chest pain",
            age=61,
            sex="M",
            vitals=vitals(88, 148, 88, 18, 97),
            one_liner="61M heavy central chest pain for 2 hours, sweaty",
            ed_note="Heavy central chest pain radiating to the left arm, sweaty. ECG: "
            "2 mm ST depression V4-V6. Troponin raised.",
            case_id="cardio46-nstemi-guard",
        )
    )
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)
    assert O.medication_ordered(out, *PARENTERAL), O.order_names(out)


# ---- ICD shocks ----------------------------------------------------------------------


def test_repeated_icd_shocks_are_admitted_and_the_device_interrogated(
    reason: Reason,
) -> None:
    """ESC 2022 ventricular arrhythmias and the HRS/EHRA 2015 ICD consensus: more than
    one shock is a possible electrical storm: a monitored bed, the device
    interrogated, electrophysiology; not an observation-ward palpitation."""
    out = reason(
        make_case(
            "palpitations",
            age=63,
            sex="F",
            vitals=vitals(82, 124, 76, 16, 97),
            one_liner="63F her defibrillator fired four times this afternoon",
            ed_note="Dilated cardiomyopathy with an ICD. The defibrillator fired four "
            "times over 2 hours, dizzy before each. Now sinus rhythm 82, alert.",
            case_id="cardio46-icd-shocks",
        )
    )
    assert O.ordered(out, "interrogat"), O.order_names(out)
    assert O.disposition(out).disposition == "Admit", O.disposition(out).disposition


# ---- syncope and a long QTc ----------------------------------------------------------


def test_syncope_with_a_long_qtc_is_not_labelled_a_faint(reason: Reason) -> None:
    """Drew BJ et al. AHA/ACCF 2010; ESC 2018 syncope Table 5: an unheralded collapse
    with a QTc >= 500 ms on QT-prolonging drugs is torsades (arrhythmic syncope)
    until monitoring shows otherwise: magnesium, the drugs stopped, telemetry, and a
    working label that is not a vasovagal faint."""
    out = reason(
        make_case(
            "syncope",
            age=61,
            sex="M",
            vitals=vitals(66, 128, 76, 14, 98),
            one_liner="61M sudden collapse at home, QTc 530 ms, on haloperidol",
            ed_note="Collapsed without warning while sitting, brief loss of "
            "consciousness, no jerking. Started haloperidol and clarithromycin this "
            "week. ECG sinus rhythm, QTc 530 ms. K 3.5.",
            case_id="cardio46-long-qt-syncope",
        )
    )
    assert "vasovagal" not in O.working(out), O.working(out)
    assert O.medication_ordered(out, "magnesium"), O.order_names(out)


def test_guard_a_hot_crowded_faint_stays_a_faint(reason: Reason) -> None:
    """Guard (ESC 2018 syncope): a faint after long standing in the heat with a warm
    prodrome, a normal ECG and QTc is reflex syncope: home with advice."""
    out = reason(
        make_case(
            "syncope",
            age=21,
            sex="F",
            vitals=vitals(76, 114, 70, 14, 99),
            one_liner="21F fainted after standing in a hot queue for an hour",
            ed_note="Felt hot, sweaty and nauseated, vision went grey, then fainted "
            "for a few seconds; recovered fully. No chest pain or palpitations. ECG "
            "normal, QTc 420 ms. Examination normal.",
            case_id="cardio46-faint-guard",
        )
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert "torsades" not in O.working(out), O.working(out)


# ---- chest wall ----------------------------------------------------------------------


def test_pectoral_strain_reproduced_by_resisted_movement_goes_home(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain 4.1.1; Stochkendahl 2010: a chest pain reproduced by a
    resisted movement over tender pectoral muscles after weight training is chest
    wall pain: an NSAID and home, no serial troponins or cardiology."""
    out = reason(
        make_case(
            "chest pain",
            age=29,
            sex="M",
            vitals=vitals(74, 126, 78, 14, 99),
            one_liner="29M sore chest since the gym yesterday",
            ed_note="Anterior chest soreness since heavy push-ups and bench press "
            "yesterday, worse with arm movements. Tender over the pectoral muscles, "
            "pain reproduced by resisted adduction. ECG normal.",
            case_id="cardio46-pectoral",
        )
    )
    assert not O.ordered(out, "serial troponin"), O.order_names(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_exertional_pressure_without_tenderness_gets_troponins(
    reason: Reason,
) -> None:
    """Guard (AHA/ACC 2021): central pressure on exertion radiating to the arm, with no
    chest wall finding, is a possible ACS: serial troponins."""
    out = reason(
        make_case(
            "chest pain",
            age=58,
            sex="M",
            vitals=vitals(84, 146, 88, 16, 97),
            one_liner="58M central chest pressure on exertion, to the left arm",
            ed_note="Central chest pressure walking uphill today radiating to the left "
            "arm, eased with rest. Smoker. Chest wall not tender. ECG normal.",
            case_id="cardio46-exertional-guard",
        )
    )
    assert O.ordered(out, "troponin"), O.order_names(out)


# ---- Takotsubo ---------------------------------------------------------------------


def test_takotsubo_after_unobstructed_coronaries_is_not_reperfused_again(
    reason: Reason,
) -> None:
    """Ghadri JR et al. InterTAK 2018; ESC 2023 ACS 11 (MINOCA): anterior ST elevation
    after an emotional shock, with unobstructed coronary arteries and apical
    ballooning at angiography, is Takotsubo syndrome: monitored, cardiology, no
    second catheter laboratory activation or P2Y12 load."""
    out = reason(
        make_case(
            "chest pain",
            age=71,
            sex="F",
            vitals=vitals(96, 124, 76, 18, 97),
            one_liner="71F chest pain after a house fire, angiogram done",
            ed_note="Central chest pain after escaping a house fire. ECG: ST elevation "
            "V2-V5. Emergency coronary angiography: unobstructed coronary arteries, "
            "left ventriculogram shows apical ballooning. Troponin mildly raised.",
            case_id="cardio46-takotsubo",
        )
    )
    assert "takotsubo" in O.working(out), O.working(out)
    assert not _cath_lab_now(out), O.order_names(out)
    assert not O.medication_ordered(out, "p2y12", "ticagrelor", "prasugrel"), (
        O.order_names(out)
    )


def test_guard_stemi_with_an_old_normal_angiogram_still_goes_to_the_cath_lab(
    reason: Reason,
) -> None:
    """Guard (ESC 2023 ACS): ST elevation with reciprocal depression and ongoing pain
    is a STEMI whatever an angiogram of years ago showed: the catheter laboratory."""
    out = reason(
        make_case(
            "chest pain",
            age=63,
            sex="M",
            vitals=vitals(88, 142, 86, 18, 96),
            one_liner="63M crushing chest pain for an hour",
            ed_note="Crushing central chest pain for 1 hour, sweaty. Angiogram in "
            "2016: unobstructed coronary arteries. ECG: ST elevation II, III and aVF "
            "with reciprocal ST depression in I and aVL.",
            case_id="cardio46-stemi-old-angio",
        )
    )
    assert _cath_lab_now(out), O.order_names(out)

"""triage56 (session 56): what triage finds is worked up whatever the complaint.

Written from guidelines, never from rows of the shared data:

- a time-critical pattern found at triage is worked up under any complaint (issue 10):
  signs of stroke told by her son after a fall are a suspected stroke (AHA/ASA 2019:
  imaging and the stroke team for every suspected stroke; ESI v4 handbook ch.4), a
  diabetic's jaw ache with sweating under "dizziness" a possible ACS (Gulati M et al.
  AHA/ACC 2021 chest pain guideline: anginal equivalents; ECG and troponin before any
  discharge), swollen lips and a tight throat after nuts under "rash" an anaphylaxis
  (Cardona V et al. WAO 2020, criterion 2: laryngeal involvement after a likely
  allergen; RCUK 2021: IM adrenaline at once); a relative who "noticed" is the
  informant, not the experiencer (ConText, Harkema H et al. J Biomed Inform 2009);
- the psychiatric patient is high risk (ESI 2) when a danger to self or others or
  acutely agitated (ESI v4 handbook ch.4; AHRQ ESI Table 6-7); a known psychosis's
  usual voices, calm and unchanged, are not (CTAS 2016 mental health: chronic and
  stable 4-5; Bullard MJ et al. CJEM 2017);
- sudden breathlessness with nausea in an older diabetic woman without pain is an
  anginal equivalent (AHA/ACC 2021 2.1.2-2.1.3; Canto JG et al. JAMA 2012): ESI 2
  (cardio56's request); with a cough and fever in COPD it is not;
- a dialysis patient who missed his sessions is high risk (ESI v4 handbook ch.4; UK
  Kidney Association 2020 hyperkalaemia) and is not sent home unevaluated.

Properties (level bounds, orders present or absent), not strings. Research
software, not for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios._story import at_triage as _run
from tests.scenarios.conftest import Reason, recorded_vitals

# --- a time-critical pattern worked up whatever the complaint ---


def test_stroke_signs_after_a_fall_told_by_her_son_are_a_suspected_stroke(
    reason: Reason,
) -> None:
    """A fall an hour ago, her son noticed her face drooping and her speech slurred:
    signs of stroke in the window (AHA/ASA 2019; ESI ch.4): ESI 2, CT with
    angiography and the stroke team, not a contusion with monitoring alone."""
    out = _run(
        reason,
        "FALL",
        78,
        "F",
        recorded_vitals(88, 176, 94, 16, 97, 36.7),
        "78-year-old woman fell at home an hour ago; her son noticed her face drooping "
        "on the left and her speech slurred since then",
        "t56-fall-stroke",
    )
    assert O.triage(out).esi <= 2
    assert O.ordered(out, r"\bct\b")
    assert O.ordered(out, "stroke team")


def test_a_fall_without_a_neurological_sign_gets_no_stroke_team(
    reason: Reason,
) -> None:
    """Guard: a trip on a rug with a bruised hip and nothing neurological."""
    out = _run(
        reason,
        "FALL",
        78,
        "F",
        recorded_vitals(84, 148, 84, 16, 97, 36.7),
        "78-year-old woman tripped on a rug at home, bruised left hip, walking, did "
        "not hit her head; her son brought her in",
        "t56-fall-only",
    )
    assert not O.ordered(out, "stroke team")


def test_an_anginal_equivalent_under_dizziness_gets_a_troponin_and_stays(
    reason: Reason,
) -> None:
    """A diabetic woman grey and sweaty with jaw ache and nausea for 40 minutes:
    a possible ACS (AHA/ACC 2021): troponin, and no discharge before it."""
    out = _run(
        reason,
        "DIZZINESS",
        66,
        "F",
        recorded_vitals(96, 142, 84, 18, 97, 36.7),
        "66-year-old diabetic woman went grey and sweaty while gardening, jaw ache and "
        "nausea for 40 minutes",
        "t56-jaw-ache",
    )
    assert O.triage(out).esi <= 2
    assert O.ordered(out, "troponin")
    assert O.dispo(out) != "Discharge"


def test_anaphylaxis_under_rash_gets_adrenaline(reason: Reason) -> None:
    """Hives after a cake with nuts, lips swelling, throat tight, HR 118: WAO 2020
    criterion 2 (laryngeal involvement after a likely allergen): IM adrenaline, not
    oral cetirizine for an urticaria."""
    out = _run(
        reason,
        "RASH",
        19,
        "F",
        recorded_vitals(118, 96, 58, 22, 95, 36.9),
        "19-year-old woman with hives after eating a cake with nuts, lips swelling and "
        "her throat feels tight",
        "t56-nut-anaphylaxis",
    )
    assert O.triage(out).esi <= 2
    assert O.medication_ordered(out, "epinephrine")


def test_hives_alone_after_a_new_soap_get_no_adrenaline(reason: Reason) -> None:
    """Guard: an itchy urticarial rash after a new soap, breathing and swallowing
    normally, normal vitals: skin signs alone are not anaphylaxis (RCUK 2021)."""
    out = _run(
        reason,
        "RASH",
        24,
        "F",
        recorded_vitals(84, 122, 76, 14, 99, 36.8),
        "24-year-old woman with itchy hives on her arms since using a new soap, "
        "breathing and swallowing normally, no lip or tongue swelling",
        "t56-hives-only",
    )
    assert not O.medication_ordered(out, "epinephrine")


# --- the psychiatric patient: danger, agitation, or a calm baseline ---


def test_calm_usual_voices_are_no_high_risk_situation(reason: Reason) -> None:
    """Long-standing schizophrenia, the same voices for years, calm, asking for his
    missed depot: not a danger to self or others nor agitated (ESI ch.4): not ESI 2."""
    out = _run(
        reason,
        "HEARING VOICES",
        41,
        "M",
        recorded_vitals(78, 128, 80, 14, 99, 36.7),
        "41-year-old man with long-standing schizophrenia, has heard the same voices "
        "for years, no change, calm and cooperative, missed his depot injection last "
        "week and asks for it",
        "t56-usual-voices",
    )
    assert O.triage(out).esi >= 3


def test_usual_voices_on_the_ktas_scale_are_not_level_2(reason: Reason) -> None:
    """KTAS: known psychosis, voices as usual, not distressed, no thoughts of harm
    (CTAS 2016 mental health: chronic and stable, no distress 4-5)."""
    out = _run(
        reason,
        "HALLUCINATIONS",
        33,
        "F",
        recorded_vitals(88, 124, 78, 16, 99, 36.8),
        "33-year-old woman with known psychosis, hears voices as usual, not "
        "distressed, no thoughts of harm, wants a repeat prescription",
        "t56-usual-voices-ktas",
        triage_scale="KTAS",
    )
    triage = O.triage(out)
    assert triage.esi >= 3
    assert triage.site_level is not None and triage.site_level >= 3


def test_voices_telling_him_to_hurt_a_neighbour_stay_esi_2(reason: Reason) -> None:
    """Guard: command hallucinations to harm another, pacing and shouting: a danger
    to others and acutely agitated (ESI ch.4; AHRQ Table 6-7): ESI 2."""
    out = _run(
        reason,
        "HALLUCINATIONS",
        26,
        "M",
        recorded_vitals(104, 142, 86, 20, 98, 36.9),
        "26-year-old man hearing voices telling him to hurt his neighbour, pacing and "
        "shouting in the waiting room",
        "t56-command-voices",
    )
    assert O.triage(out).esi <= 2


def test_usual_voices_now_telling_her_to_die_stay_esi_2(reason: Reason) -> None:
    """Guard: the usual voices now commanding her to end her life: a danger to self
    (ESI ch.4), whatever the voices' history."""
    out = _run(
        reason,
        "HEARING VOICES",
        38,
        "F",
        recorded_vitals(92, 126, 78, 16, 99, 36.8),
        "38-year-old woman with schizophrenia, her usual voices for years, since "
        "yesterday telling her to jump off a bridge",
        "t56-usual-voices-command",
    )
    assert O.triage(out).esi <= 2


# --- a missed dialysis ---


def test_missed_dialysis_sessions_are_not_sent_home_unevaluated(
    reason: Reason,
) -> None:
    """On haemodialysis, missed his last two sessions, weak and breathless, HR 54:
    possible hyperkalaemia (UK Kidney Association 2020; ESI ch.4): ESI 2, an ECG and
    a potassium, and no discharge forecast before them."""
    out = _run(
        reason,
        "WEAKNESS",
        64,
        "M",
        recorded_vitals(54, 148, 86, 18, 97, 36.6),
        "64-year-old man on haemodialysis missed his last two sessions, weak and "
        "short of breath",
        "t56-missed-dialysis",
    )
    assert O.triage(out).esi <= 2
    assert O.ordered(out, "ecg")
    assert O.dispo(out) != "Discharge"


def test_an_anticoagulated_wrist_fall_without_a_head_strike_gets_no_head_ct(
    reason: Reason,
) -> None:
    """Guard: on apixaban, fell onto her hand and did not hit her head: NICE NG232
    images an anticoagulated patient's head injury, not every fall; the triage
    pattern (injury on an anticoagulant) keeps no subdural haematoma open against
    the documented absence of a head injury."""
    out = _run(
        reason,
        "WRIST INJURY",
        74,
        "F",
        recorded_vitals(84, 148, 84, 16, 97, 36.7),
        "74-year-old woman on apixaban tripped and fell onto her outstretched right "
        "hand, did not hit her head, wrist swollen and painful",
        "t56-anticoag-wrist",
    )
    assert not O.ordered(out, r"ct head")


# --- an anginal equivalent without pain (cardio56's request) ---


def test_sudden_breathlessness_and_nausea_in_an_older_diabetic_is_esi_2(
    reason: Reason,
) -> None:
    """81F diabetic, sudden breathless and sick for 2 hours, no pain: an ACS
    presenting without pain (AHA/ACC 2021; Canto 2012): ESI 2, ECG and troponin."""
    out = _run(
        reason,
        "SHORTNESS OF BREATH",
        81,
        "F",
        recorded_vitals(98, 118, 70, 22, 94, 36.6),
        "81F diabetic, sudden breathless and sick for 2 hours, no pain",
        "t56-dyspnoea-equivalent",
    )
    assert O.triage(out).esi <= 2
    assert O.ordered(out, "troponin")


def test_copd_breathlessness_with_cough_and_fever_is_no_anginal_equivalent(
    reason: Reason,
) -> None:
    """Guard: COPD, more breathless with a cough and fever (the handbook's
    non-cardiac example): no ACS reason at triage."""
    out = _run(
        reason,
        "SHORTNESS OF BREATH",
        81,
        "F",
        recorded_vitals(98, 118, 70, 22, 94, 36.6),
        "81F with COPD and diabetes, suddenly more breathless and sick with a cough "
        "and fever",
        "t56-copd-fever",
    )
    assert not any("anginal" in f for f in O.triage(out).red_flags)

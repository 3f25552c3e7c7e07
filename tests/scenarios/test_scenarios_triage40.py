"""Triage fidelity: mild hypothermia, tetanus, a leg weakness not a stroke's (triage40).

Vignettes written for this file from the sources each test names, before any run and
never from rows of the shared data.

- Accidental hypothermia: Lott C et al. ERC 2021 special circumstances (Resuscitation
  2021;161:152) and Dow J et al. WMS 2019 (Wilderness Environ Med 2019;30:S47): Swiss
  stage HT I (conscious, shivering, 32-35 C) is rewarmed externally; HT II (impaired
  consciousness, shivering stopped, < 32 C) and beyond are high risk. Brown DJA et al.
  NEJM 2012;367:1930 (secondary hypothermia in older adults). ESI v4 handbook ch.4-5;
  CTAS 2016 (CEDIS hypothermia: 32-35 C -> 3).
- Tetanus: Yen LM, Thwaites CL. Lancet 2019;393:1657; WHO tetanus position paper 2017
  (trismus first; generalised reflex spasms threaten the airway).
- Stroke: Powers WJ et al. AHA/ASA 2019 (a sudden deficit of one side, BE-FAST);
  NICE NG234 2023 and GIRFT 2023 (new weakness of both legs: the cord or cauda
  equina); van Doorn PA et al. EAN/PNS 2023 (Guillain-Barre syndrome).

Properties asserted: the triage level (ESI, or the site level on KTAS) and that a
pattern's reason is present or absent.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _why(out: ReasoningOutput) -> str:
    return str(_triage(out).rationale).lower()


# ---- accidental hypothermia (ERC 2021, WMS 2019) ----


def test_mild_hypothermia_alert_shivering_adult_is_level_3(reason: Reason) -> None:
    """ERC 2021 / WMS 2019 HT I: an alert, shivering 41-year-old at 33.9 C after a
    night lost on a hill is rewarmed externally with labs and an ECG (two resources,
    ESI 3), not a high-risk situation (2) nor a one-resource visit (4)."""
    out = reason(
        make_case(
            "HYPOTHERMIA",
            age=41,
            sex="M",
            vitals=vitals(62, 126, 78, 14, 98, t=33.9),
            one_liner="41M got lost hiking overnight, walked in himself, shivering "
            "hard, alert and talking normally",
        )
    )
    assert out.final.esi == 3, _why(out)


def test_mild_hypothermia_on_ktas_is_level_3(reason: Reason) -> None:
    """CTAS 2016 (CEDIS hypothermia): 32-35 C is level 3, < 32 C level 2; an alert,
    shivering adult at 34.2 C is not raised to 2 by ESI's high-risk list."""
    out = reason(
        make_case(
            "cold exposure",
            age=37,
            sex="F",
            vitals=vitals(66, 118, 74, 16, 98, t=34.2),
            one_liner="stayed outdoors at a festival overnight, shivering, alert",
            triage_scale="KTAS",
        )
    )
    assert out.final.site_level == 3, _why(out)


def test_hypothermia_with_a_minor_word_is_not_a_level_5_visit(reason: Reason) -> None:
    """ERC 2021: hypothermia below 35 C needs a glucose, an ECG and rewarming; "cold"
    beside it is the temperature, not a common cold (ESI v4 handbook ch.5: a level-5
    visit is a well patient's)."""
    out = reason(
        make_case(
            "cold",
            age=29,
            sex="F",
            vitals=vitals(74, 114, 70, 16, 99, t=34.7),
            one_liner="sleeping rough, shivering, cold hands, alert",
        )
    )
    assert out.final.esi == 3, _why(out)


def test_hypothermia_after_immersion_stays_high_risk(reason: Reason) -> None:
    """Guard. ERC 2021 (drowning, immersion): a shivering adult pulled from a river at
    34.0 C may aspirate or deteriorate: hypothermia stays high risk (<= 2)."""
    out = reason(
        make_case(
            "HYPOTHERMIA",
            age=35,
            sex="M",
            vitals=vitals(64, 124, 80, 16, 97, t=34.0),
            one_liner="pulled out of a river after 15 minutes, shivering, alert",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_hypothermia_without_shivering_stays_high_risk(reason: Reason) -> None:
    """Guard. WMS 2019 HT II: drowsy, shivering stopped, 31.2 C -> <= 2."""
    out = reason(
        make_case(
            "COLD EXPOSURE",
            age=50,
            sex="M",
            vitals=vitals(52, 104, 64, 12, 95, t=31.2),
            one_liner="drowsy, no longer shivering, mumbling",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_hypothermia_in_an_older_adult_stays_high_risk(reason: Reason) -> None:
    """Guard. Brown DJA et al. NEJM 2012: in an older adult hypothermia is often
    secondary (sepsis, stroke, a drug): a shivering, alert 72-year-old at 34.4 C ->
    ESI <= 2."""
    out = reason(
        make_case(
            "FEELS COLD",
            age=72,
            sex="F",
            vitals=vitals(64, 132, 76, 16, 96, t=34.4),
            one_liner="heating broke two days ago, shivering, alert",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


# ---- tetanus (Yen & Thwaites 2019; WHO 2017) ----


def test_generalised_tetanic_spasms_are_high_risk(reason: Reason) -> None:
    """Yen LM, Thwaites CL. Lancet 2019: generalised reflex spasms and risus
    sardonicus after a wound are tetanus; laryngospasm can close the airway within
    hours (IV benzodiazepine, airway, ICU): ESI <= 2, never 3."""
    out = reason(
        make_case(
            "MUSCLE SPASMS",
            age=52,
            sex="M",
            vitals=vitals(112, 148, 90, 22, 96, t=37.8),
            one_liner="never vaccinated, dug a splinter out of his foot 10 days ago, "
            "now generalized tetanic spasms set off by noise and a fixed sardonic grin",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)
    assert "tetanus" in _why(out)


def test_generalised_tetanus_on_ktas_is_level_1_or_2(reason: Reason) -> None:
    """CTAS 2016 with ESI's high-risk list on the site scale: opisthotonus with spasms
    is tetanus (Yen & Thwaites 2019) -> site level <= 2."""
    out = reason(
        make_case(
            "spasms",
            age=44,
            sex="M",
            vitals=vitals(116, 150, 92, 22, 96, t=37.6),
            one_liner="episodes of opisthotonus with painful spasms, cut his shin on "
            "barbed wire last week",
            triage_scale="KTAS",
        )
    )
    assert out.final.site_level is not None and out.final.site_level <= 2, _why(out)


def test_trismus_after_a_wound_is_high_risk(reason: Reason) -> None:
    """WHO 2017; Yen & Thwaites 2019: trismus is tetanus's first sign; after a
    puncture wound in a patient with no vaccination record it is ESI 2, not a dental
    complaint's 3."""
    out = reason(
        make_case(
            "JAW STIFF",
            age=66,
            sex="F",
            vitals=vitals(92, 150, 86, 18, 97, t=37.3),
            one_liner="cannot open her mouth since this morning, trod on a garden fork "
            "9 days ago, no vaccination record",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_tetanus_booster_request_is_not_tetanus(reason: Reason) -> None:
    """Guard. ESI v4 handbook Table 5-1: a tetanus booster after a small clean cut is
    no resource; the tetanus patterns read signs, not the vaccine's name."""
    out = reason(
        make_case(
            "TETANUS BOOSTER",
            age=33,
            sex="M",
            vitals=vitals(72, 124, 76, 14, 99),
            one_liner="small clean cut on his thumb yesterday, healing, wants a "
            "tetanus booster",
        )
    )
    assert "tetanus (" not in _why(out) and "trismus after" not in _why(out)
    assert out.final.esi is not None and out.final.esi >= 4, _why(out)


def test_dental_trismus_is_not_tetanus(reason: Reason) -> None:
    """Guard. SDCEP 2016; NICE CKS dental abscess: trismus with a painful wisdom tooth
    and a cut lip from biting is the tooth's, not tetanus."""
    out = reason(
        make_case(
            "TOOTHACHE",
            age=24,
            sex="M",
            vitals=vitals(84, 126, 78, 16, 99, t=37.6),
            one_liner="painful lower wisdom tooth for 3 days, cannot open his mouth "
            "fully, bit his lip and cut it yesterday",
        )
    )
    assert "trismus after a wound" not in _why(out)


def test_carpopedal_spasm_of_hyperventilation_is_not_tetanus(reason: Reason) -> None:
    """Guard. Carpopedal spasm with perioral tingling while over-breathing is
    hyperventilation (or hypocalcaemia), not tetanus (Yen & Thwaites 2019)."""
    out = reason(
        make_case(
            "TINGLING HANDS",
            age=23,
            sex="F",
            vitals=vitals(102, 124, 78, 28, 100),
            one_liner="panic attack, breathing fast, carpopedal spasm of both hands",
        )
    )
    assert "tetanus" not in _why(out)


# ---- leg weakness (AHA/ASA 2019; NICE NG234; GIRFT 2023) ----


def test_chronic_bilateral_leg_weakness_is_not_a_stroke(reason: Reason) -> None:
    """AHA/ASA 2019: a stroke is a sudden deficit of one side. A "leg weakness"
    complaint whose one-liner says both legs have slowly weakened over six months, no
    back pain or sphincter symptom, is not signs of stroke: ESI 3-4, not 2."""
    out = reason(
        make_case(
            "LEG WEAKNESS",
            age=71,
            sex="M",
            vitals=vitals(76, 136, 80, 16, 97),
            one_liner="both legs slowly weaker over 6 months, walks with a stick",
        )
    )
    assert "signs of stroke" not in _why(out)
    assert out.final.esi is not None and out.final.esi >= 3, _why(out)


def test_sudden_one_sided_leg_weakness_stays_a_stroke(reason: Reason) -> None:
    """Guard. AHA/ASA 2019 (BE-FAST): sudden weakness of the left leg 90 minutes ago
    is signs of stroke in the window -> ESI 2."""
    out = reason(
        make_case(
            "LEG WEAKNESS",
            age=70,
            sex="F",
            vitals=vitals(82, 166, 92, 16, 97),
            one_liner="sudden weakness of the left leg 90 minutes ago, dragging her "
            "foot",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_bare_leg_weakness_keeps_the_stroke_reading(reason: Reason) -> None:
    """Guard. A bare "leg weakness" complaint with nothing else: side and onset are
    unknown, so the stroke reading stays (AHA/ASA 2019; safety first) -> ESI <= 2."""
    out = reason(
        make_case("LEG WEAKNESS", age=68, sex="M", vitals=vitals(80, 150, 88, 16, 97))
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_new_weakness_of_both_legs_with_cancer_stays_high_risk(reason: Reason) -> None:
    """Guard. NICE NG234 2023: new weakness of both legs in a patient with cancer is
    metastatic cord compression until an MRI -> ESI <= 2."""
    out = reason(
        make_case(
            "LEG WEAKNESS",
            age=63,
            sex="F",
            vitals=vitals(88, 138, 82, 16, 97),
            one_liner="breast cancer with spinal metastases, both legs weak since "
            "yesterday, back pain",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_long_standing_leg_weakness_with_cancer_stays_high_risk(reason: Reason) -> None:
    """Guard. NICE NG234 2023: in a patient with cancer a weakness of both legs that
    has lasted months is still cord compression until imaged -> ESI <= 2."""
    out = reason(
        make_case(
            "LEG WEAKNESS",
            age=67,
            sex="M",
            vitals=vitals(80, 134, 80, 16, 97),
            one_liner="prostate cancer, both legs weak for 2 months",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_ascending_weakness_over_days_stays_high_risk(reason: Reason) -> None:
    """Guard. EAN/PNS 2023: weakness of both legs rising over 3 days after a
    diarrhoeal illness is Guillain-Barre syndrome until shown otherwise (respiratory
    failure risk) -> ESI <= 2."""
    out = reason(
        make_case(
            "LEG WEAKNESS",
            age=36,
            sex="F",
            vitals=vitals(94, 122, 76, 18, 98),
            one_liner="tingling feet, then both legs weak, rising over 3 days after a "
            "diarrhoeal illness",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_sudden_painless_arm_weakness_is_a_stroke(reason: Reason) -> None:
    """Guard. AHA/ASA 2019: "painless" does not negate a deficit; sudden painless
    weakness of the right arm 40 minutes ago -> ESI 2."""
    out = reason(
        make_case(
            "ARM WEAKNESS",
            age=64,
            sex="M",
            vitals=vitals(80, 164, 90, 16, 97),
            one_liner="sudden painless weakness of the right arm 40 minutes ago",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


# ---- other helpers' requests (readers40_requests.md), from the sources named ----


def test_continuous_seizure_of_12_minutes_is_level_1(reason: Reason) -> None:
    """Glauser T et al. AES 2016: a seizure of 5 minutes or more is status
    epilepticus, treated now (benzodiazepine, airway); ESI v4 handbook Table 6-2
    (active seizure): level 1."""
    out = reason(
        make_case(
            "SEIZURE",
            age=47,
            sex="M",
            vitals=vitals(126, 166, 92, 24, 93),
            one_liner="47M known epilepsy, continuous generalized seizure 10 minutes",
        )
    )
    assert out.final.esi == 1, _why(out)


def test_a_seizure_that_has_stopped_is_not_level_1(reason: Reason) -> None:
    """Guard. AES 2016 / ILAE 2015: a single seizure that stopped, the patient now
    talking, is not an active seizure: ESI >= 2."""
    out = reason(
        make_case(
            "SEIZURE",
            age=31,
            sex="F",
            vitals=vitals(94, 128, 78, 18, 98),
            one_liner="single seizure 6 minutes long at home, stopped, now talking",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 2, _why(out)


def test_child_with_a_stated_ph_of_7_1_is_high_risk(reason: Reason) -> None:
    """ISPAD 2022 DKA: a venous pH below 7.2 is moderate-severe DKA, with a cerebral
    oedema risk in a child: a 9-year-old vomiting with pH 7.10 is ESI <= 2."""
    out = reason(
        make_case(
            "VOMITING",
            age=9,
            sex="M",
            vitals=vitals(112, 104, 62, 24, 99),
            one_liner="9M vomiting since this morning, tummy ache, venous pH 7.10",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_a_normal_or_urine_ph_is_not_acidaemia(reason: Reason) -> None:
    """Guard. A urine dipstick pH of 6.5 and a venous pH of 7.36 are not the severe
    acidaemia pattern."""
    for one in ("burning urine, urine pH 6.5, nitrites", "vomiting, venous pH 7.36"):
        out = reason(
            make_case(
                "UNWELL",
                age=30,
                sex="F",
                vitals=vitals(84, 122, 74, 16, 99),
                one_liner=one,
            )
        )
        assert "severe acidaemia" not in _why(out)


def test_pseudomembrane_and_bull_neck_are_high_risk(reason: Reason) -> None:
    """WHO 2024 clinical management of diphtheria; UKHSA 2022: an adherent grey
    pseudomembrane with a bull neck in an unvaccinated child threatens the airway:
    ESI <= 2, never a sore throat's 5."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=7,
            sex="F",
            vitals=vitals(128, 100, 62, 26, 97, t=38.4),
            one_liner="unvaccinated, grey pseudomembrane over the tonsils, bull neck",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_exudative_tonsillitis_is_not_diphtheria(reason: Reason) -> None:
    """Guard. NICE NG84: white tonsillar exudate in a well, drinking young adult is a
    sore throat (FeverPAIN), not the diphtheria pattern."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=21,
            sex="M",
            vitals=vitals(86, 122, 74, 16, 99, t=37.9),
            one_liner="sore throat 2 days, white exudate on the tonsils, drinking well",
        )
    )
    assert "diphtheria" not in _why(out)


def test_anticoagulated_groin_pain_with_a_low_hb_is_high_risk(reason: Reason) -> None:
    """Tomaselli GF et al. ACC 2020 ECDP (bleeding on oral anticoagulants): new groin
    and thigh pain on rivaroxaban with a haemoglobin of 86 g/L is a possible
    retroperitoneal or iliopsoas (critical-site) bleed: reversal within the hour,
    ESI <= 2."""
    out = reason(
        make_case(
            "GROIN PAIN",
            age=76,
            sex="F",
            vitals=vitals(96, 118, 70, 16, 97),
            one_liner="on rivaroxaban, right groin and thigh pain since yesterday, "
            "Hb 86",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, _why(out)


def test_anticoagulated_chronic_back_ache_is_not_a_bleed(reason: Reason) -> None:
    """Guard. A three-week mechanical back ache on warfarin, no dizziness, pallor or
    haemoglobin, is not the critical-site bleed pattern."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=62,
            sex="M",
            vitals=vitals(78, 132, 80, 16, 98),
            one_liner="on warfarin, low back ache for 3 weeks after digging the garden",
        )
    )
    assert "possible retroperitoneal" not in _why(out)

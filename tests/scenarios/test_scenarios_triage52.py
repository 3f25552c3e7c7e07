"""triage52 (session 52): triage levels from the ESI v4 handbook and CTAS/KTAS manuals.

Written from guidelines, never from rows of the shared data:

- an apnoea a young child had and that is over (an infant's BRUE, the apnoea of
  bronchiolitis) is a high-risk history at ESI decision point B whatever the complaint
  (Tieder JS et al. AAP 2016 BRUE; NICE NG9 bronchiolitis 2015; ESI v4 Table 3-3:
  level 1 only while apnoeic); an adult's pauses in sleep are not;
- bleeding in a named acute leukaemia or DIC is high risk (Sanz MA et al. ELN 2019
  APL; ISTH DIC guidance): ESI 2 and not forecast home; a chronic leukaemia is not
  read so;
- resource counts (handbook ch.5, Table 5-1): an auricular haematoma's drainage is a
  simple procedure (one resource: ESI 4); a pulsatile groin lump is a duplex scan and a
  vascular opinion (two: ESI 3; Stone PA et al. J Vasc Surg 2014); a diabetic's foot
  wound with absent pulses is an ischaemic ulcer (x-ray, labs, vascular imaging: IWGDF
  2023 PAD guideline; ESI 3); a progressive dysphagia needs at least a blood count
  (NICE NG12), not ESI 5;
- CTAS / KTAS haemodynamic modifier: "vital signs at the ends of normal *as they relate
  to the presenting complaint*, especially if they differ from the patient's normal"
  is level 3; a younger adult's systolic of 91-100 with a normal pulse and a sprain or
  a sore throat is her normal range, no modifier; a fluid loss, an older adult or a
  fast pulse keep level 3.

Properties (level bounds, flags, no discharge), not strings. Research software, not
for clinical use.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._ktas_walk_in import ktas_walk_in
from tests.scenarios._story import esi as _esi
from tests.scenarios.conftest import Reason, make_case, vitals


def _flags(out: ReasoningOutput) -> str:
    return " | ".join(O.triage(out).red_flags).lower()


def _infant(
    reason: Reason, cc: str, case_id: str, age_days: int = 60
) -> ReasoningOutput:
    case = make_case(
        cc,
        vitals={
            "heart_rate": 150,
            "respiratory_rate": 44,
            "spo2": 96,
            "temperature_c": 37.6,
        },
        demographics={"age_days": age_days, "sex": "F"},
        case_id=case_id,
    )
    return reason(case)


def _adult(
    reason: Reason, cc: str, v: dict[str, float], age: int, sex: str, case_id: str
) -> ReasoningOutput:
    return reason(make_case(cc, age=age, sex=sex, vitals=v, case_id=case_id))


# --- a young child's apnoea that is over: decision point B ---


def test_bronchiolitis_infant_with_a_resolved_apnoea_is_esi_2(reason: Reason) -> None:
    """2-month-old, bronchiolitis, "stopped breathing for a few seconds at home, now
    breathing normally and pink" (NICE NG9: apnoea admits; AAP 2016): ESI 2, not 1
    (breathing now) and not 3."""
    out = _infant(
        reason,
        "bronchiolitis, stopped breathing for a few seconds at home, now breathing"
        " normally and pink",
        "t52-apnoea1",
    )
    assert _esi(out) == 2
    assert "apnoea" in _flags(out)


def test_infant_apnoea_now_well_is_esi_2(reason: Reason) -> None:
    """ "2 month old with bronchiolitis, one apnoea at home, now well": ESI 2."""
    out = _infant(reason, "bronchiolitis, one apnoea at home, now well", "t52-apnoea2")
    assert _esi(out) == 2


def test_infant_apnoea_told_as_resolved_is_esi_2_not_1(reason: Reason) -> None:
    """ "bronchiolitis, one episode of apnoea, resolved" at 75 days, RR 44, SpO2 96:
    breathing now, so no level-1 intervention (ESI Table 3-3); a resolved apnoea is
    high risk: ESI 2 (was 1)."""
    out = _infant(
        reason, "bronchiolitis, one episode of apnoea, resolved", "t52-apnoea3", 75
    )
    assert _esi(out) == 2


def test_infant_not_breathing_being_bagged_stays_esi_1(reason: Reason) -> None:
    """Guard: an infant "stopped breathing, not breathing now, being bagged": ESI 1."""
    case = make_case(
        "stopped breathing, not breathing now, being bagged by paramedics",
        vitals={"heart_rate": 70, "respiratory_rate": 0, "spo2": 72},
        demographics={"age_days": 75, "sex": "F"},
        case_id="t52-apnoea-now",
    )
    assert _esi(reason(case)) == 1


def test_adult_pauses_in_sleep_are_no_high_risk_apnoea(reason: Reason) -> None:
    """Guard: 45M "partner says he stops breathing in his sleep, snores" (obstructive
    sleep apnoea: a clinic's question): no resolved-apnoea reason."""
    out = _adult(
        reason,
        "partner says he stops breathing in his sleep at night, loud snoring",
        vitals(78, 134, 82, 14, 98),
        45,
        "M",
        "t52-osa",
    )
    assert "young child's resolved apnoea" not in _flags(out)
    assert _esi(out) >= 3


# --- bleeding in an acute leukaemia or DIC ---


def test_new_acute_leukaemia_with_bleeding_gums_is_esi_2_not_home(
    reason: Reason,
) -> None:
    """45M "bruising all over and bleeding gums, new diagnosis of acute leukaemia last
    week, told clotting is deranged" (ELN 2019 APL; ISTH DIC): ESI 2, not home."""
    out = _adult(
        reason,
        "bruising all over and bleeding gums, new diagnosis of acute leukaemia last"
        " week, told clotting is deranged",
        vitals(104, 112, 68, 18, 98, 37.8),
        45,
        "M",
        "t52-aml1",
    )
    assert _esi(out) <= 2
    assert "leukaemia" in _flags(out)
    assert out.final.disposition != "Discharge"


def test_newly_diagnosed_aml_with_a_nosebleed_is_esi_2(reason: Reason) -> None:
    """45M "newly diagnosed AML, nosebleed that won't stop": ESI 2 (was ESI 4)."""
    out = _adult(
        reason,
        "newly diagnosed AML, nosebleed that won't stop",
        vitals(104, 112, 68, 18, 98, 37.8),
        45,
        "M",
        "t52-aml2",
    )
    assert _esi(out) <= 2


def test_chronic_leukaemia_settled_nosebleed_is_not_the_acute_reason(
    reason: Reason,
) -> None:
    """Guard: 74M with chronic lymphocytic leukaemia, a nosebleed that has stopped:
    not read as an acute leukaemia's bleeding."""
    out = _adult(
        reason,
        "nosebleed, now stopped, known chronic lymphocytic leukaemia",
        vitals(78, 138, 80, 16, 97),
        74,
        "M",
        "t52-cll",
    )
    assert "acute leukaemia" not in _flags(out)


# --- resource counts (handbook ch.5) ---


def test_auricular_haematoma_to_drain_is_esi_4(reason: Reason) -> None:
    """22M "swollen tender ear after rugby tackle, blood collection in the ear needs
    draining": drainage is a simple procedure, one resource: ESI 4 (was 5)."""
    out = _adult(
        reason,
        "swollen tender ear after rugby tackle, blood collection in the ear needs"
        " draining",
        vitals(72, 124, 74, 14, 99, 36.6),
        22,
        "M",
        "t52-pinna",
    )
    assert _esi(out) == 4


def test_pulsatile_groin_lump_is_esi_3(reason: Reason) -> None:
    """64M "pulsatile groin lump": a femoral (pseudo)aneurysm, duplex scan and a
    vascular opinion, two resources: ESI 3 (was 4)."""
    out = _adult(
        reason,
        "pulsatile groin lump",
        vitals(80, 138, 82, 14, 98),
        64,
        "M",
        "t52-groin",
    )
    assert _esi(out) <= 3


def test_diabetic_foot_wound_without_pulses_is_esi_3(reason: Reason) -> None:
    """66M "diabetic with foot wound, can't feel foot, no pulses": an ischaemic ulcer
    (IWGDF 2023 PAD): x-ray, labs, vascular imaging: ESI 3 at least (was 4)."""
    out = _adult(
        reason,
        "diabetic with foot wound, can't feel foot, no pulses",
        vitals(84, 142, 80, 16, 97, 37.0),
        66,
        "M",
        "t52-dfoot",
    )
    assert _esi(out) <= 3


def test_progressive_dysphagia_with_weight_loss_is_not_esi_5(reason: Reason) -> None:
    """68M "difficulty swallowing solids getting worse over 2 months, lost a stone in
    weight" (NICE NG12 1.2.1: urgent endoscopy; a blood count first): not ESI 5."""
    out = _adult(
        reason,
        "difficulty swallowing solids getting worse over 2 months, lost a stone in"
        " weight",
        vitals(82, 136, 80, 14, 98),
        68,
        "M",
        "t52-dysphagia",
    )
    assert _esi(out) <= 4


# --- CTAS / KTAS: a low-normal systolic as it relates to the complaint ---


def test_young_adult_sore_throat_with_sbp_96_and_normal_pulse_is_not_ktas_3(
    reason: Reason,
) -> None:
    """24F sore throat 3 days, eating and drinking, BP 96/62, HR 74, pain 3: the
    systolic is her normal range (CTAS card: ends of normal as they relate to the
    complaint): KTAS 4-5, not 3."""
    out = ktas_walk_in(
        reason,
        "sore throat for 3 days, eating and drinking",
        vitals(74, 96, 62, 14, 99, 37.2),
        age=24,
        case_id="t52-k-throat",
        pain=3,
    )
    assert out.final.site_level >= 4


def test_young_adult_ankle_sprain_with_sbp_94_is_ktas_5(reason: Reason) -> None:
    """27F twisted ankle, walking on it, BP 94/60, HR 70, pain 3: the pain table's
    mild peripheral pain, level 5 (CTAS 2016 / KTAS); no haemodynamic modifier."""
    out = ktas_walk_in(
        reason,
        "twisted left ankle stepping off a kerb, walking on it",
        vitals(70, 94, 60, 14, 99, 36.6),
        age=27,
        case_id="t52-k-ankle",
        pain=3,
    )
    assert out.final.site_level >= 4


def test_vomiting_with_sbp_96_keeps_ktas_3(reason: Reason) -> None:
    """Guard: 34F vomiting and diarrhoea 2 days, BP 96/60: the pressure relates to the
    fluid loss: KTAS 3 at most."""
    out = ktas_walk_in(
        reason,
        "vomiting and diarrhoea for 2 days, can't keep fluids down",
        vitals(98, 96, 60, 16, 98, 37.4),
        age=34,
        case_id="t52-k-vomit",
        pain=2,
    )
    assert out.final.site_level <= 3


def test_older_adult_ankle_with_sbp_96_keeps_ktas_3(reason: Reason) -> None:
    """Guard: 74F twisted ankle, BP 96/60, HR 76 (lower than expected for her age:
    the card's "differ from the patient's normal"): KTAS 3 at most."""
    out = ktas_walk_in(
        reason,
        "twisted ankle, walking with a limp",
        vitals(76, 96, 60, 16, 97, 36.6),
        age=74,
        case_id="t52-k-older",
        pain=3,
    )
    assert out.final.site_level <= 3


def test_young_adult_ankle_with_sbp_96_and_fast_pulse_keeps_ktas_3(
    reason: Reason,
) -> None:
    """Guard: 27F twisted ankle, BP 96/60 with HR 104: not an isolated systolic:
    KTAS 3 at most."""
    out = ktas_walk_in(
        reason,
        "twisted ankle, walking with a limp",
        vitals(104, 96, 60, 16, 98, 36.6),
        age=27,
        case_id="t52-k-fast",
        pain=3,
    )
    assert out.final.site_level <= 3


# --- trauma52's request: neuromuscular respiratory failure ---


def test_gbs_with_vital_capacity_below_20_ml_per_kg_is_esi_2(reason: Reason) -> None:
    """36M Guillain-Barre syndrome, getting weaker, FVC 15 mL/kg (20/30/40 rule: Lawn
    2001; EAN/PNS 2023): respiratory muscles failing, ESI 2 (was 3)."""
    out = _adult(
        reason,
        "Guillain-Barre syndrome, getting weaker, FVC 15 ml/kg",
        vitals(108, 128, 78, 22, 97),
        36,
        "M",
        "t52-gbs",
    )
    assert _esi(out) <= 2
    assert "vital capacity" in _flags(out)


def test_gbs_with_vital_capacity_above_the_limit_has_no_such_reason(
    reason: Reason,
) -> None:
    """Guard: FVC 35 mL/kg is above the 20 mL/kg limit: no respiratory-failure
    reason."""
    out = _adult(
        reason,
        "Guillain-Barre syndrome, tingling feet, FVC 35 ml/kg",
        vitals(84, 128, 78, 16, 98),
        36,
        "M",
        "t52-gbs-ok",
    )
    assert "vital capacity" not in _flags(out)


# --- CTAS dehydration modifier: moderate is the signs together ---


def test_vomiting_with_oliguria_and_tachycardia_is_ktas_2(reason: Reason) -> None:
    """40M vomiting 2 days, can't keep fluids down, passing little urine, HR 112: the
    card's moderate dehydration (tachycardia, reduced urine, fluid loss): KTAS 2."""
    out = ktas_walk_in(
        reason,
        "vomiting for 2 days, can't keep fluids down, passing little urine",
        vitals(112, 118, 74, 18, 98, 37.2),
        age=40,
        case_id="t52-k-dehyd",
        pain=2,
    )
    assert out.final.site_level <= 2


def test_vomiting_with_tachycardia_and_no_dehydration_symptom_is_ktas_3(
    reason: Reason,
) -> None:
    """Guard: 40M vomiting since this morning, drinking, HR 104: mild at most, KTAS 3
    (not raised to 2 without a symptom of dehydration)."""
    out = ktas_walk_in(
        reason,
        "vomiting since this morning, drinking water",
        vitals(104, 128, 78, 16, 98, 37.0),
        age=40,
        case_id="t52-k-vomit2",
        pain=2,
    )
    assert out.final.site_level == 3


# --- CTAS / CEDIS: symptoms of CVA resolved are level 3 (ESI keeps 2) ---


def test_slurred_speech_back_to_normal_is_ktas_3_and_esi_2(reason: Reason) -> None:
    """72M slurred speech yesterday lasting an hour, back to normal now (CEDIS /
    prehospital CTAS: CVA symptoms resolved 3; NICE NG128: TIA clinic within 24 h):
    KTAS 3, while ESI keeps 2 (handbook ch.4: TIA high risk)."""
    out = ktas_walk_in(
        reason,
        "slurred speech yesterday lasting an hour, back to normal now",
        vitals(80, 150, 88, 16, 97, 36.7),
        age=72,
        case_id="t52-k-tia",
    )
    assert out.final.site_level == 3
    assert _esi(out) <= 2


def test_recurrent_tia_keeps_ktas_2(reason: Reason) -> None:
    """Guard: "TIA, two episodes today, resolved" (a crescendo TIA: AHA/ASA 2021):
    KTAS 2."""
    out = ktas_walk_in(
        reason,
        "TIA, two episodes of slurred speech today, resolved",
        vitals(80, 150, 88, 16, 97, 36.7),
        age=72,
        case_id="t52-k-tia2",
    )
    assert out.final.site_level <= 2


def test_speech_still_slurred_keeps_ktas_2(reason: Reason) -> None:
    """Guard: "slurred speech, arm weakness resolved but speech still slurred":
    a deficit now, KTAS 2."""
    out = ktas_walk_in(
        reason,
        "slurred speech, arm weakness resolved but speech still slurred",
        vitals(80, 150, 88, 16, 97, 36.7),
        age=72,
        case_id="t52-k-tia3",
    )
    assert out.final.site_level <= 2

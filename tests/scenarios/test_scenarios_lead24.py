"""The lead's session-24 review: a stopped anticoagulant, a hot swollen joint.

Written from: Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke guideline,
section 3.5
(IV alteplase is reasonable in a warfarin-treated patient whose INR is <= 1.7; a direct
oral anticoagulant contraindicates it only if a dose was taken within 48 h or its
activity is unknown), and the ED convention that a drug the patient stopped taking
months ago is not a current medication.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_LYTIC = ("alteplase", "tenecteplase", "thromboly")


def _lytic_blocked_for_anticoagulant(out: object) -> list[str]:
    treat = O.treatment(out)  # type: ignore[arg-type]
    reasons = [b.reason for b in treat.blocked] if treat else []
    return [r for r in reasons if "anticoagulant" in r]


def test_warfarin_stopped_months_ago_does_not_block_lysis(reason: Reason) -> None:
    """Left hemiparesis and dysarthria 70 minutes ago in a man who gave up taking his
    warfarin half a year ago; CT shows no bleed: the lytic is not withheld for an
    anticoagulant he no longer takes."""
    out = reason(
        make_case(
            "arm weakness",
            age=71,
            sex="M",
            vitals=vitals(84, 168, 92, 16, 97, t=36.7),
            one_liner="71M, sudden left arm and leg weakness, slurred words 70 min.",
            ed_note=(
                "HPI: 71-year-old man with paroxysmal atrial fibrillation, who stopped "
                "taking his warfarin six months ago after a fall. Sudden weakness of "
                "the left arm and leg and slurred speech 70 minutes ago while reading; "
                "last known well 70 minutes ago.\nExam: left facial droop, left arm "
                "drift, dysarthria.\nResults: capillary glucose 6.4 mmol/L. CT head: "
                "no haemorrhage."
            ),
        )
    )
    assert not _lytic_blocked_for_anticoagulant(out), O.treatment(out)


def test_warfarin_with_inr_under_1_7_does_not_block_lysis(reason: Reason) -> None:
    """On warfarin but the point-of-care INR is 1.3: below the 1.7 threshold, so the
    anticoagulant is no contraindication to alteplase (AHA/ASA 2019 3.5)."""
    out = reason(
        make_case(
            "speech difficulty",
            age=77,
            sex="F",
            vitals=vitals(78, 162, 88, 16, 98, t=36.6),
            one_liner="77F on warfarin, word-finding trouble, right arm weakness 1 h.",
            ed_note=(
                "HPI: 77-year-old woman on warfarin for atrial fibrillation (poorly "
                "controlled INRs). Sudden difficulty finding words and weakness of the "
                "right hand an hour ago; last seen well 60 minutes ago.\nExam: "
                "expressive dysphasia, right arm drift.\nResults: point-of-care INR "
                "1.3, glucose 7.0 mmol/L. CT head: no bleed, no early ischaemic change."
            ),
        )
    )
    assert not _lytic_blocked_for_anticoagulant(out), O.treatment(out)


def test_warfarin_with_a_high_inr_still_blocks_lysis(reason: Reason) -> None:
    """Named guard: on warfarin with INR 2.6: the lytic stays withheld."""
    out = reason(
        make_case(
            "speech difficulty",
            age=77,
            sex="F",
            vitals=vitals(78, 162, 88, 16, 98, t=36.6),
            one_liner="77F on warfarin, word-finding trouble, right arm weakness 1 h.",
            ed_note=(
                "HPI: 77-year-old woman on warfarin for atrial fibrillation. Sudden "
                "difficulty finding words and weakness of the right hand an hour ago; "
                "last seen well 60 minutes ago.\nExam: expressive dysphasia, right arm "
                "drift.\nResults: INR 2.6, glucose 7.0 mmol/L. CT head: no bleed."
            ),
        )
    )
    assert _lytic_blocked_for_anticoagulant(out), O.treatment(out)


def test_apixaban_this_morning_still_blocks_lysis(reason: Reason) -> None:
    """Named guard: a factor Xa inhibitor taken this morning blocks lysis whatever the
    INR (the INR does not measure it; AHA/ASA 2019 3.5)."""
    out = reason(
        make_case(
            "facial droop",
            age=69,
            sex="M",
            vitals=vitals(80, 158, 86, 16, 97, t=36.8),
            one_liner="69M on apixaban, right facial droop, arm weakness 50 min.",
            ed_note=(
                "HPI: 69-year-old man on apixaban for atrial fibrillation, took his "
                "dose this morning. Sudden right facial droop and right arm weakness "
                "50 minutes ago.\nExam: right facial droop, right arm drift.\n"
                "Results: INR 1.1. CT head: no haemorrhage."
            ),
        )
    )
    assert _lytic_blocked_for_anticoagulant(out), O.treatment(out)


def _status(out: object, name: str) -> str | None:
    return next(
        (e.status for e in out.final.ledger if e.diagnosis.lower().startswith(name)),  # type: ignore[attr-defined]
        None,
    )


def test_febrile_hot_swollen_knee_is_a_septic_joint_not_cellulitis(
    reason: Reason,
) -> None:
    """A febrile woman on prednisolone with a warm, red, markedly swollen left knee
    and a tense effusion: septic arthritis until aspirated (BSR/BOA 2006), so the final
    diagnosis is not 'cellulitis' and the septic joint stays open."""
    out = reason(
        make_case(
            "knee swelling",
            age=63,
            sex="F",
            vitals={**vitals(104, 128, 74, 18, 97, t=38.4), "pain": 8},
            one_liner="63F on prednisolone, painful swollen left knee 3 days.",
            ed_note=(
                "HPI: 63-year-old woman on prednisolone 15 mg for polymyalgia "
                "rheumatica. Three days of a painful left knee, now cannot walk on it. "
                "No injury.\nExam: warm, red, markedly swollen left knee with a tense "
                "effusion; any passive flexion is very painful. Skin intact.\nResults: "
                "CRP 180, WBC 14."
            ),
        )
    )
    final = (out.final.diagnosis_name or "").lower()
    assert "cellulitis" not in final, final
    assert _status(out, "pyogenic arthritis") in ("cannot_exclude", "ruled_in"), [
        (e.diagnosis, e.status) for e in out.final.ledger[:5]
    ]


def test_swollen_ankles_of_heart_failure_are_no_hot_joint(reason: Reason) -> None:
    """Named guard: both ankles swollen in an older man with heart failure and no fever:
    oedema, not a hot joint; no joint aspiration."""
    out = reason(
        make_case(
            "leg swelling",
            age=81,
            sex="M",
            vitals=vitals(82, 134, 76, 20, 95, t=36.6),
            one_liner="81M with heart failure, breathless, swollen ankles for a week.",
            ed_note=(
                "HPI: 81-year-old man with heart failure, a week of swollen ankles and "
                "breathlessness on exertion, 3 kg weight gain.\nExam: pitting oedema "
                "to mid-shin, both ankles swollen, fine basal crackles."
            ),
        )
    )
    assert not O.ordered(out, "aspiration before antibiotics", "arthrocentesis"), (
        O.orders(out)
    )


def test_breathless_guillain_barre_goes_to_a_monitored_bed(reason: Reason) -> None:
    """Ascending weakness with areflexia after a chest infection, now breathless when
    lying flat: respiratory failure risk, so a high-dependency or ICU bed, not a
    general ward (van Doorn PA et al. EAN/PNS 2023 GBS guideline)."""
    out = reason(
        make_case(
            "leg weakness",
            age=52,
            sex="F",
            vitals=vitals(112, 138, 84, 26, 95, t=36.9),
            one_liner="52F, five days of numb feet, legs weaker, now breathless.",
            ed_note=(
                "HPI: 52-year-old woman, chest infection three weeks ago. Five days of "
                "pins and needles in the feet then both legs getting weaker, now the "
                "arms too; since last night breathless lying flat.\nExam: power 3/5 "
                "in both legs, 4/5 in both arms, reflexes absent, sensation patchy, no "
                "sensory level. Vital capacity 1.5 L."
            ),
        )
    )
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu", dispo


def test_adrenal_crisis_hyponatraemia_gets_no_hypertonic_saline(
    reason: Reason,
) -> None:
    """Addison's disease with vomiting, hypotension and sodium 123: hydrocortisone and
    0.9 % saline correct it; 3 % saline on top risks overcorrection (Endocrine Society
    2016 primary adrenal insufficiency guideline)."""
    out = reason(
        make_case(
            "vomiting",
            age=38,
            sex="M",
            vitals=vitals(116, 84, 50, 20, 98, t=37.4),
            one_liner="38M with Addison's disease, vomiting all night, lightheaded.",
            ed_note=(
                "HPI: 38-year-old man with Addison's disease on hydrocortisone, "
                "vomiting "
                "since last night, cannot keep his tablets down. Lightheaded on "
                "standing.\nExam: dry mucous membranes, drowsy but orientated.\n"
                "Results: sodium 123, potassium 5.7, glucose 4.6 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, "hydrocortisone"), O.orders(out)
    assert not O.medication_ordered(out, "hypertonic", "3%"), O.orders(out)


def test_hyponatraemic_seizure_still_gets_hypertonic_saline(reason: Reason) -> None:
    """Named guard: a seizure with sodium 114 after drinking large amounts of water:
    3 % saline now (ESE 2014 section 1.1)."""
    out = reason(
        make_case(
            "seizure",
            age=29,
            sex="F",
            vitals=vitals(104, 132, 80, 20, 97, t=36.8),
            one_liner="29F, generalised seizure after drinking litres of water.",
            ed_note=(
                "HPI: 29-year-old woman with schizophrenia who drinks several litres "
                "of water a day, headache, vomiting, then a generalised seizure.\n"
                "Exam: post-ictal, GCS 13.\nResults: sodium 114, glucose 5.6 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, "hypertonic", "3%"), O.orders(out)


def test_stable_svt_with_mild_chest_tightness_is_not_cardioverted(
    reason: Reason,
) -> None:
    """An alert, well-perfused young man in a regular narrow-complex tachycardia at 188
    with only a mild tightness in the chest: vagal manoeuvres and adenosine, not
    synchronised cardioversion under sedation (Brugada J et al. ESC 2019 SVT)."""
    out = reason(
        make_case(
            "racing heart",
            age=33,
            sex="M",
            vitals=vitals(188, 126, 80, 18, 99, t=36.6),
            one_liner="33M, racing heart that started suddenly 30 minutes ago.",
            ed_note=(
                "HPI: 33-year-old man, sudden regular racing heartbeat 30 minutes ago "
                "while lifting boxes, slight chest tightness, no fainting.\nExam: "
                "alert, warm peripheries, capillary refill 2 s.\nResults: ECG regular "
                "narrow-complex tachycardia at 188, no P waves seen."
            ),
        )
    )
    assert not O.ordered(out, "cardioversion"), O.orders(out)
    assert O.ordered(out, "adenosine", "vagal", "valsalva"), O.orders(out)


def test_svt_with_hypotension_is_still_cardioverted(reason: Reason) -> None:
    """Named guard: the same rhythm with SBP 78 and clammy skin: synchronised
    cardioversion now (AHA 2020 ACLS)."""
    out = reason(
        make_case(
            "racing heart",
            age=33,
            sex="M",
            vitals=vitals(204, 78, 50, 22, 97, t=36.6),
            one_liner="33M, racing heart for 2 hours, now lightheaded and clammy.",
            ed_note=(
                "HPI: 33-year-old man, regular racing heartbeat for 2 hours, now "
                "lightheaded.\nExam: pale, clammy, cool peripheries.\nResults: ECG "
                "regular narrow-complex tachycardia at 204."
            ),
        )
    )
    assert O.ordered(out, "cardioversion"), O.orders(out)


def test_infant_with_forceful_vomiting_and_an_olive_is_pyloric_stenosis(
    reason: Reason,
) -> None:
    """A 6-week-old vomiting forcefully after every feed, hungry straight after, with an
    olive-sized lump felt in the epigastrium: pyloric stenosis (Hernanz-Schulman M.
    Radiology 2003), so a pyloric ultrasound or the paediatric surgeons, IV fluids, no
    antiemetic and no discharge."""
    out = reason(
        make_case(
            "vomiting",
            sex="F",
            demographics={"age": 0, "age_days": 42},
            vitals={
                "heart_rate": 158,
                "respiratory_rate": 38,
                "spo2": 99,
                "temperature_c": 36.9,
            },
            one_liner="6-week-old girl, projectile vomiting after feeds for 4 days.",
            ed_note=(
                "HPI: 6-week-old girl, four days of vomiting milk after every feed, "
                "hungry again straight afterwards, fewer wet nappies.\nExam: slightly "
                "dry; a firm olive-sized mass in the upper abdomen.\nResults: venous "
                "pH 7.49, chloride 91, bicarbonate 31."
            ),
        )
    )
    assert O.ordered(out, "pyloric", "paediatric surgery"), O.orders(out)
    assert not O.medication_ordered(out, "ondansetron"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_dissection_pain_to_the_back_is_not_a_leaking_aaa(reason: Reason) -> None:
    """Sudden tearing chest pain through to the back with a near-faint and BP 172/98:
    an aortic dissection's picture, so the BP is lowered and no permissive hypotension
    or blood is ordered for a 'leaking AAA' (ACC/AHA 2022 aortic disease)."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="M",
            vitals={**vitals(96, 172, 98, 20, 97, t=36.7), "pain": 10},
            one_liner="66M, sudden tearing chest pain going through to the back.",
            ed_note=(
                "HPI: 66-year-old man with hypertension, sudden severe tearing chest "
                "pain through to his back 40 minutes ago, nearly fainted.\nExam: BP "
                "172/98 right arm, 140/84 left arm.\nResults: ECG no ST elevation."
            ),
        )
    )
    assert not O.ordered(out, "permissive hypotension"), O.orders(out)

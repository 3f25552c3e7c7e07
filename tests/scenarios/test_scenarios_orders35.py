"""orders35 (issue 10, pattern 2): orders, the safety layer, one order per thing.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- ACS ATLS 10th ed. 2018 ch. 3-4 (tension pneumothorax is obstructive shock; a chest
  drain follows needle decompression); Nunez TC et al. J Trauma 2009;66:346 (ABC
  score); CRASH-2, Lancet 2010;376:23;
- ISMP 2020 targeted medication safety best practices (duplicate therapy); Kardalas E
  et al. Endocr Connect 2018;7:R135 (hypokalaemia);
- Panchal AR et al. AHA 2020 ACLS adult tachycardia with a pulse; Soar J et al. ERC
  2021 ALS tachycardia algorithm;
- Pabon-Ramos WM et al. SIR 2016 percutaneous nephrostomy; Saad WE et al. SIR 2010
  biliary drainage; AUA BPH 2021 / EAU male LUTS 2023 (acute urinary retention);
- RCEM 2020 chemical eye injury; Eslani M et al. Surv Ophthalmol 2014;59:364;
- Guldfred LA et al. J Laryngol Otol 2008;122:818 (adult epiglottitis); Frerk C et al.
  DAS 2015; RCH Melbourne acute upper airway obstruction;
- BSSH standards for the management of open injuries of the hand 2021.

Each scenario asserts safety properties; each failed on main 8c19b8c before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_BLOOD_NOW = r"massive transfusion|emergency-release|uncrossmatched|o-negative"
_TXA = r"tranexamic|\btxa\b"
_CHEST_DRAIN = r"chest drain|chest tube|tube thoracostomy|intercostal drain"
_OPIOID = r"morphine|fentanyl|hydromorphone|oxycodone|diamorphine"
_BLADDER = r"bladder scan|post-void|foley|urethral catheter"


def _names(out: object) -> list[str]:
    return [o.name.lower() for o in O.orders(out)]  # type: ignore[arg-type]


def test_decompressed_tension_pneumothorax_gets_no_blood(reason: Reason) -> None:
    """ATLS 10th ed. ch. 3-4: a tension pneumothorax is obstructive shock, relieved by
    decompression. After needle decompression, with a fast pulse but no hypotension,
    no haemothorax and a negative FAST, there is no haemorrhage to transfuse (ABC
    score 0, Nunez 2009) and no bleeding trauma patient for tranexamic acid
    (CRASH-2); a chest drain follows the needle."""
    out = reason(
        make_case(
            "chest injury",
            age=44,
            sex="M",
            vitals=vitals(121, 115, 72, 24, 94),
            ed_note="44-year-old knocked off a scaffold onto his left side. Left "
            "tension pneumothorax needle decompressed at the scene, breathing easier "
            "since. No external haemorrhage, abdomen soft, eFAST negative for free "
            "fluid. Impression: decompressed tension pneumothorax.",
        )
    )
    assert not O.ordered(out, _BLOOD_NOW), _names(out)
    assert not O.medication_ordered(out, _TXA), _names(out)
    assert O.ordered(out, _CHEST_DRAIN), _names(out)
    assert "haemorrhagic shock" not in O.disposition(out).rationale.lower()


def test_guard_haemothorax_after_decompression_keeps_blood(reason: Reason) -> None:
    """Guard, ATLS 10th ed. ch. 4: a decompressed chest still bleeding into a drain
    (a massive haemothorax) is haemorrhagic shock: blood and tranexamic acid stay."""
    out = reason(
        make_case(
            "chest injury",
            age=33,
            sex="M",
            vitals=vitals(132, 84, 50, 30, 91),
            ed_note="33-year-old stabbed in the right chest. Needle decompression, "
            "then a chest drain put in: 1600 mL of blood at once, still draining "
            "300 mL an hour. Impression: massive haemothorax with ongoing bleeding.",
        )
    )
    assert O.ordered(out, _BLOOD_NOW), _names(out)
    assert O.medication_ordered(out, _TXA), _names(out)


def test_guard_decompressed_but_still_hypotensive_keeps_blood(reason: Reason) -> None:
    """Guard, ATLS 10th ed. ch. 3: shock that persists after decompression in an
    injured patient is haemorrhage until proven otherwise: blood stays."""
    out = reason(
        make_case(
            "motor vehicle collision",
            age=51,
            sex="F",
            vitals=vitals(134, 78, 44, 28, 93),
            ed_note="51-year-old driver in a high speed collision. Right tension "
            "pneumothorax needle decompressed by paramedics; still hypotensive on "
            "arrival, pale and clammy. Impression: trauma with shock.",
        )
    )
    assert O.ordered(out, _BLOOD_NOW), _names(out)


def test_one_potassium_order_beside_explicit_iv_potassium(reason: Reason) -> None:
    """ISMP 2020 (duplicate therapy); Kardalas 2018: a severe hypokalaemia with the
    plan's own IV potassium chloride gets one potassium prescription, not the
    protocol's generic 'potassium replacement' line beside it."""
    out = reason(
        make_case(
            "weakness",
            age=67,
            sex="F",
            vitals=vitals(98, 126, 76, 16, 97),
            ed_note="67-year-old on bendroflumethiazide with leg weakness. Potassium "
            "2.2 mmol/L, ECG U waves. Plan: IV potassium chloride 10 mmol/h "
            "peripherally with cardiac monitoring. Impression: severe hypokalaemia.",
        )
    )
    potassium = [m.name for m in O.medications(out) if "potassium" in m.name.lower()]
    assert len(potassium) == 1, potassium


def test_guard_moderate_hypokalaemia_keeps_a_potassium_order(reason: Reason) -> None:
    """Guard, Kardalas 2018: a moderate deficit without ECG change still gets its
    (oral) potassium order."""
    out = reason(
        make_case(
            "fatigue",
            age=39,
            sex="M",
            vitals=vitals(82, 124, 78, 14, 99),
            ed_note="39-year-old after a week of diarrhoea, now eating. Potassium 2.8 "
            "mmol/L, ECG normal. Impression: hypokalaemia.",
        )
    )
    assert O.medication_ordered(out, r"potassium"), _names(out)


def test_unstable_vt_gets_one_cardioversion_and_no_stable_branch(
    reason: Reason,
) -> None:
    """AHA 2020 ACLS; ERC 2021: a pulsed VT with shock is cardioverted now; the
    protocol's 'synchronized cardioversion if unstable' is the same order, and its
    'amiodarone ... if stable' branch does not apply to this patient."""
    out = reason(
        make_case(
            "palpitations",
            age=70,
            sex="M",
            vitals=vitals(182, 70, 40, 26, 92),
            ed_note="70-year-old with an old MI, palpitations, chest tightness and "
            "near collapse, grey and clammy. ECG: regular broad complex tachycardia "
            "182, monomorphic. Impression: ventricular tachycardia with a pulse, "
            "unstable.",
        )
    )
    cardioversions = [n for n in _names(out) if re.search(r"cardiover", n)]
    assert len(cardioversions) == 1, cardioversions
    assert not any(re.search(r"if stable\s*$", n) for n in _names(out)), _names(out)


def test_guard_stable_svt_is_not_cardioverted_now(reason: Reason) -> None:
    """Guard, AHA 2020 ACLS: a stable narrow-complex tachycardia gets vagal
    manoeuvres and adenosine, no cardioversion now."""
    out = reason(
        make_case(
            "palpitations",
            age=29,
            sex="F",
            vitals=vitals(188, 122, 76, 18, 99),
            ed_note="29-year-old with sudden regular palpitations for 30 minutes, "
            "well perfused, no chest pain. ECG: regular narrow complex tachycardia "
            "188. Impression: SVT, stable.",
        )
    )
    assert not any("cardioversion now" in n for n in _names(out)), _names(out)
    assert O.ordered(out, r"adenosine|vagal|valsalva"), _names(out)


def test_blocked_nephrostomy_is_no_urinary_retention(reason: Reason) -> None:
    """Pabon-Ramos WM et al. SIR 2016: a nephrostomy that stops draining is a failed
    decompression of the kidney for interventional radiology; it is not a bladder
    (AUA 2021: retention is an inability to void or a palpable bladder): no bladder
    scan or urethral catheter."""
    out = reason(
        make_case(
            "drain problem",
            age=72,
            sex="F",
            vitals=vitals(90, 134, 80, 16, 97, 37.0),
            ed_note="72-year-old with a left nephrostomy for a ureteric stricture; "
            "nothing in the nephrostomy bag since this morning, dull left loin ache, "
            "passing urine normally. Impression: blocked nephrostomy.",
        )
    )
    assert not O.ordered(out, _BLADDER), _names(out)
    assert O.ordered(out, r"interventional radiolog"), _names(out)
    working = O.treatment(out).working_diagnosis or ""  # type: ignore[union-attr]
    assert "retention" not in working.lower(), working


def test_dislodged_biliary_drain_gets_no_bladder_or_chest_work_up(
    reason: Reason,
) -> None:
    """Saad WE et al. SIR 2010: a dislodged biliary drain goes back to
    interventional radiology with liver tests; neither a bladder scan nor a chest
    film answers its problem."""
    out = reason(
        make_case(
            "drain problem",
            age=64,
            sex="M",
            vitals=vitals(84, 130, 78, 16, 97, 36.8),
            ed_note="64-year-old with a percutaneous biliary drain for a "
            "cholangiocarcinoma; the drain came out when he turned in bed. "
            "Afebrile, no pain. Impression: dislodged biliary drain.",
        )
    )
    assert not O.ordered(out, _BLADDER), _names(out)
    assert not O.ordered(out, r"chest x-?ray"), _names(out)
    assert O.ordered(out, r"interventional radiolog"), _names(out)


def test_guard_blocked_urethral_catheter_keeps_the_bladder(reason: Reason) -> None:
    """Guard, AUA 2021: a blocked urethral catheter with a palpable bladder is
    retention: the bladder is scanned or catheterised."""
    out = reason(
        make_case(
            "urinary retention",
            age=84,
            sex="M",
            vitals=vitals(92, 146, 86, 16, 97),
            ed_note="84-year-old with a long-term urethral catheter, no urine in the "
            "bag for 8 hours, lower abdominal pain, palpable bladder. Impression: "
            "blocked catheter with urinary retention.",
        )
    )
    assert O.ordered(out, _BLADDER + r"|catheter"), _names(out)


def test_alkali_eye_gets_topical_anaesthetic_not_iv_opioid(reason: Reason) -> None:
    """RCEM 2020 chemical eye injury: topical anaesthetic drops, then irrigation to a
    conjunctival pH of 7-7.5 checked with litmus; the pain is relieved by the drops,
    not by an IV opioid as the first step."""
    out = reason(
        make_case(
            "eye injury",
            age=27,
            sex="M",
            vitals=vitals(98, 136, 82, 16, 99),
            ed_note="27-year-old splashed in the left eye with drain cleaner 15 "
            "minutes ago, severe pain 9/10, eyelids clamped shut. Impression: alkali "
            "eye injury.",
        )
    )
    assert O.medication_ordered(out, r"topical an(?:a)?esthe|tetracaine"), _names(out)
    assert not O.medication_ordered(out, _OPIOID), _names(out)
    assert O.ordered(out, r"\bph\b"), _names(out)


def test_guard_long_bone_fracture_keeps_its_opioid(reason: Reason) -> None:
    """Guard, ACEP 2017 acute pain: a severe pain of a fracture keeps its titrated
    opioid; the topical route is for the ocular surface only."""
    out = reason(
        make_case(
            "leg injury",
            age=35,
            sex="M",
            vitals=vitals(104, 138, 84, 18, 99),
            ed_note="35-year-old footballer kicked in the shin, obvious deformity of "
            "the lower leg, pain 9/10. X-ray: displaced tibial shaft fracture. "
            "Neurovascularly intact. Impression: closed tibial fracture.",
        )
    )
    assert O.medication_ordered(out, _OPIOID + r"|ketamine|nerve block"), _names(out)
    assert not O.medication_ordered(out, r"topical an(?:a)?esthe"), _names(out)


def test_adult_epiglottitis_plan_is_not_ventilation(reason: Reason) -> None:
    """Guldfred 2008; DAS 2015: an adult with epiglottitis is kept sitting up with
    the airway team at hand and a controlled airway ready; the ICU admission is for
    a threatened airway, not because ventilation is already needed; the adult's
    ceftriaxone does not wait for an airway intervention."""
    out = reason(
        make_case(
            "sore throat",
            age=49,
            sex="F",
            vitals=vitals(116, 136, 82, 24, 95, 38.8),
            ed_note="49-year-old with a day of very painful swallowing, drooling, "
            "muffled voice and faint inspiratory stridor, sitting forward. "
            "Impression: acute epiglottitis.",
        )
    )
    rationale = O.disposition(out).rationale.lower()
    assert "mechanical ventilation" not in rationale, rationale[:300]
    assert O.medication_ordered(out, r"ceftriaxone"), _names(out)
    assert not O.medication_ordered(out, r"ceftriaxone[^;]*once the airway"), _names(
        out
    )


def test_guard_child_epiglottitis_antibiotic_waits_for_the_airway(
    reason: Reason,
) -> None:
    """Guard, RCH Melbourne: a child with epiglottitis is not cannulated until the
    airway is secured: the ceftriaxone order stays deferred."""
    out = reason(
        make_case(
            "sore throat",
            age=5,
            sex="M",
            vitals=vitals(150, 100, 60, 32, 94, 39.5),
            ed_note="5-year-old unimmunised boy, toxic, drooling, soft stridor, "
            "sitting forward. Impression: epiglottitis.",
        )
    )
    assert not O.medication_ordered(out, r"ceftriaxone 2 g iv now"), _names(out)


def test_guard_intubated_patient_still_needs_ventilation(reason: Reason) -> None:
    """Guard, SCCM 2016: a patient intubated in the department needs invasive
    ventilation in the ICU."""
    out = reason(
        make_case(
            "overdose",
            age=41,
            sex="M",
            vitals=vitals(58, 102, 60, 6, 86),
            ed_note="41-year-old found unresponsive after a mixed overdose, GCS 5, "
            "intubated in the ED for airway protection, on the ventilator. "
            "Impression: mixed overdose, intubated.",
        )
    )
    assert "mechanical ventilation" in O.disposition(out).rationale.lower()


def test_visible_tendon_goes_to_hand_surgery(reason: Reason) -> None:
    """BSSH 2021 open hand injuries: a tendon seen in a hand wound is explored and
    repaired by the hand service; analgesia alone is not the plan."""
    out = reason(
        make_case(
            "laceration",
            age=30,
            sex="F",
            vitals=vitals(86, 122, 76, 14, 99),
            ed_note="30-year-old cut the back of her right hand on a broken bottle; "
            "2 cm wound with the extensor tendon showing. Impression: hand wound.",
        )
    )
    assert O.ordered(out, r"hand surg|plastic surg"), _names(out)


def test_guard_clean_forearm_cut_gets_no_hand_surgeon(reason: Reason) -> None:
    """Guard, BSSH 2021: a superficial forearm cut with full movement and sensation,
    no tendon seen, is closed in the department."""
    out = reason(
        make_case(
            "laceration",
            age=42,
            sex="M",
            vitals=vitals(78, 126, 78, 14, 99),
            ed_note="42-year-old with a 3 cm superficial cut on the forearm from a "
            "knife, full finger and wrist movement, sensation normal, no tendon "
            "seen. Impression: simple laceration.",
        )
    )
    assert not O.ordered(out, r"hand surg"), _names(out)


def test_stable_monomorphic_vt_gets_an_antiarrhythmic(reason: Reason) -> None:
    """AHA 2020 ACLS (stable wide-QRS tachycardia); ERC 2021 ALS (regular broad-complex
    tachycardia presumed VT: amiodarone): a stable VT gets its antiarrhythmic with
    defibrillator pads on, not diagnostics alone, and no cardioversion now."""
    out = reason(
        make_case(
            "palpitations",
            age=61,
            sex="M",
            vitals=vitals(168, 128, 78, 18, 97),
            ed_note="61-year-old with ischaemic cardiomyopathy, palpitations for two "
            "hours, alert, warm peripheries, no chest pain. ECG: regular broad "
            "complex tachycardia 168, monomorphic. Impression: ventricular "
            "tachycardia, haemodynamically stable.",
        )
    )
    assert O.medication_ordered(out, r"amiodarone|procainamide|sotalol"), _names(out)
    assert O.ordered(out, r"pads"), _names(out)
    assert not any("cardioversion now" in n for n in _names(out)), _names(out)


def test_guard_febrile_sinus_tachycardia_gets_no_antiarrhythmic(
    reason: Reason,
) -> None:
    """Guard, AHA 2020 ACLS: a sinus tachycardia is treated by its cause, never with
    an antiarrhythmic."""
    out = reason(
        make_case(
            "fever",
            age=58,
            sex="F",
            vitals=vitals(128, 118, 70, 22, 96, 39.1),
            ed_note="58-year-old with two days of cough and fever. ECG: sinus "
            "tachycardia 128, narrow QRS. Impression: community-acquired pneumonia.",
        )
    )
    assert not O.medication_ordered(out, r"amiodarone|procainamide"), _names(out)

"""Eye, ENT, dental and musculoskeletal scenarios (session 28, msk28), from guidelines.

Sources: AAO Preferred Practice Pattern / Blair K et al. BMJ 2020 and ACEP 2016
ultrasound imaging criteria (open globe: rigid shield, nothing pressing on the eye,
emergent ophthalmology); Medina O et al. Clin Orthop Relat Res 2014 and Mills WJ et al.
J Trauma 2004 (knee dislocation: ankle-brachial index, vascular surgery for a pulse
deficit); Tintinalli 9th ed. ch. 246-247 and DAS 2015 (no sedation of a threatened
upper airway); Stiell IG et al. 1992/1993/1995 and ACR Appropriateness Criteria (the
Ottawa rules are not applied with intoxication or reduced sensation: films); Roberts ME
et al. BTS pleural disease guideline 2023 (a primary spontaneous pneumothorax without
high-risk features is managed as an outpatient); NICE CG124 / AAOS 2021 (a fall with a
shortened, externally rotated leg is a hip fracture: admission); SDCEP 2016 / NICE CKS
dental abscess and ESI v4 ch.4 (trismus is not drooling; trismus: same-day
maxillofacial review). Each asserts a safety property, not exact strings; the wording
differs from the msk28 review cases.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HOME = "Discharge"


def _esi(out: object) -> int | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, TriageResult):
            return record.output.esi
    return None


def test_open_globe_gets_shield_and_ophthalmology_and_no_probe_on_the_eye(
    reason: Reason,
) -> None:
    """AAO / ACEP 2016: an open globe is shielded, nothing presses on it (no ocular
    ultrasound or tonometry), and ophthalmology repairs it; not a corneal abrasion."""
    out = reason(
        make_case(
            "EYE INJURY",
            age=41,
            sex="Male",
            vitals=vitals(88, 138, 82, 16, 99),
            one_liner="41 y.o. man, a wire snapped and whipped into his right eye",
            ed_note="HPI: cutting fencing wire, the end sprang back into the right eye "
            "40 minutes ago, immediate pain and blurred vision. Exam: acuity right eye "
            "counting fingers, peaked pupil pointing to a small scleral laceration "
            "with iris prolapse, shallow anterior chamber. Tetanus within 5 years.",
        )
    )
    assert O.ordered(out, "ophthalm"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "shield"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, "ultrasound", "tonometr", "intraocular pressure"), [
        o.name for o in O.orders(out)
    ]
    assert out.final.disposition != _HOME


def test_reduced_knee_dislocation_gets_an_abi_and_is_not_sent_home(
    reason: Reason,
) -> None:
    """Medina 2014 / Mills 2004: a knee dislocation that reduced itself still injures
    the popliteal artery: ankle-brachial index, orthopaedics, no discharge."""
    out = reason(
        make_case(
            "KNEE PAIN",
            age=34,
            sex="Female",
            vitals=vitals(96, 128, 78, 16, 99),
            one_liner="34 y.o. woman, dislocated her left knee on a trampoline",
            ed_note="HPI: landed awkwardly on a trampoline, her left knee "
            "dislocated and went back in when she straightened it. Exam: swollen "
            "knee, gross laxity "
            "of the cruciate and collateral ligaments, foot warm, pulses palpable, "
            "sensation intact.",
        )
    )
    assert O.ordered(out, "ankle[- ]brachial", r"\babi\b"), [
        o.name for o in O.orders(out)
    ]
    assert O.ordered(out, "orthop"), [o.name for o in O.orders(out)]
    assert out.final.disposition != _HOME


def test_knee_dislocation_with_a_weak_pulse_goes_to_vascular_surgery(
    reason: Reason,
) -> None:
    """EAST 2012 / Mills 2004: a pulse deficit after a knee dislocation is an arterial
    injury until imaged: vascular surgery now."""
    out = reason(
        make_case(
            "LEG INJURY",
            age=51,
            sex="Male",
            vitals=vitals(104, 134, 84, 18, 98),
            one_liner="51 y.o. man, dislocated right knee after a fall from a roof",
            ed_note="HPI: fell 3 m from a roof onto his right leg. Exam: posterior "
            "knee dislocation, foot cool, dorsalis pedis pulse diminished compared "
            "with "
            "the left, posterior tibial pulse faint.",
        )
    )
    assert O.ordered(out, "vascular surg"), [o.name for o in O.orders(out)]
    assert out.final.disposition != _HOME


def test_adult_epiglottitis_with_stridor_gets_no_opioid_before_the_airway(
    reason: Reason,
) -> None:
    """Tintinalli ch. 246-247 / DAS 2015: no sedating drug for a threatened upper
    airway until it is secured (paracetamol is allowed)."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=52,
            sex="Female",
            vitals=vitals(122, 146, 88, 26, 95, 38.9),
            one_liner="52 y.o. woman, rapidly worsening throat pain, cannot swallow",
            ed_note="HPI: 6 hours of severe throat pain, 10/10, now drooling, cannot "
            "swallow her saliva, muffled voice, leaning forward, inspiratory stridor. "
            "Exam: pharynx unremarkable, tender over the hyoid. Impression: "
            "supraglottitis / epiglottitis.",
        )
    )
    assert not O.medication_ordered(
        out, "morphine", "fentanyl", "hydromorphone", "opioid", "midazolam", "lorazepam"
    ), [o.name for o in O.medications(out)]


def test_intoxicated_ankle_injury_gets_films_not_the_ottawa_rule(
    reason: Reason,
) -> None:
    """Stiell 1992/1993 exclusions; ACR acute ankle trauma: an intoxicated patient
    cannot be cleared by the Ottawa ankle rule: radiographs."""
    out = reason(
        make_case(
            "ANKLE PAIN",
            age=29,
            sex="Male",
            vitals=vitals(94, 132, 80, 16, 98),
            one_liner="29 y.o. man twisted his ankle leaving a bar, intoxicated",
            ed_note="HPI: rolled his right ankle on a kerb after a night out, "
            "intoxicated, smells of alcohol, says it does not hurt much. Exam: swollen "
            "lateral ankle, walks with a limp, no tenderness reported on palpation.",
        )
    )
    assert O.ordered(out, "x-?ray", "radiograph"), [o.name for o in O.orders(out)]


def test_ankle_sprain_with_diabetic_neuropathy_gets_films(reason: Reason) -> None:
    """Stiell 1993 / Bachmann 2003: reduced sensation of the legs takes the patient
    outside the Ottawa ankle rule (a fracture or Charcot foot can be painless)."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=66,
            sex="Female",
            vitals=vitals(80, 148, 84, 16, 97),
            one_liner="66 y.o. woman with diabetes turned her foot over on a step",
            ed_note="HPI: inverted her left ankle on a step this morning, walking on "
            "it. Diabetic peripheral neuropathy. Exam: mild swelling over the lateral "
            "ankle, no bony tenderness, walks unaided, sensation diminished in both "
            "feet to the ankles.",
        )
    )
    assert O.ordered(out, "x-?ray", "radiograph"), [o.name for o in O.orders(out)]


def test_small_primary_spontaneous_pneumothorax_can_go_home(reason: Reason) -> None:
    """BTS 2023: a primary spontaneous pneumothorax without high-risk features
    (stable, no hypoxia, no lung disease) is managed as an outpatient."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=19,
            sex="Male",
            vitals=vitals(78, 122, 74, 16, 98),
            one_liner="19 y.o. man with right-sided chest pain since yesterday",
            ed_note="HPI: sudden sharp right chest pain yesterday while sitting, now "
            "a dull ache, mildly short of breath walking fast. No lung disease, no "
            "injury. Exam: comfortable at rest. CXR: small right apical pneumothorax, "
            "2 cm rim at the apex.",
        )
    )
    assert out.final.disposition == _HOME, out.final.disposition


def test_pneumothorax_with_hypoxia_is_not_sent_home(reason: Reason) -> None:
    """BTS 2023: significant hypoxia is a high-risk feature (guard: the outpatient
    pathway is only for the stable patient)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=24,
            sex="Female",
            vitals=vitals(118, 112, 70, 28, 86),
            one_liner="24 y.o. woman with sudden breathlessness and left chest pain",
            ed_note="HPI: sudden left pleuritic pain and breathlessness 3 hours ago. "
            "No lung disease. Exam: reduced breath sounds on the left. CXR: large left "
            "pneumothorax.",
        )
    )
    assert out.final.disposition != _HOME, out.final.disposition


def test_fall_with_a_shortened_rotated_leg_is_admitted_before_the_film(
    reason: Reason,
) -> None:
    """NICE CG124 / AAOS 2021: an older adult with a shortened, externally rotated leg
    after a fall has a hip fracture until the film says otherwise: admission."""
    out = reason(
        make_case(
            "FALL",
            age=88,
            sex="Male",
            vitals=vitals(84, 152, 84, 18, 96),
            one_liner="88 y.o. man found on the floor by his carer",
            ed_note="HPI: slipped in the bathroom last night, found on the floor this "
            "morning, pain in the left groin. Exam: left leg externally rotated and "
            "shortened, pain on any movement, foot perfused. Films requested.",
        )
    )
    assert O.disposition(out).disposition in ("Admit", "OR Admit"), O.disposition(
        out
    ).disposition


def test_dental_abscess_with_trismus_is_no_threatened_airway(reason: Reason) -> None:
    """ESI v4 ch.4 (drooling/stridor is the high-risk sign) and SDCEP 2016 / NICE CKS:
    trismus with a normal swallow is not ESI 2, but needs same-day maxillofacial
    review."""
    out = reason(
        make_case(
            "TOOTHACHE",
            age=27,
            sex="Male",
            vitals=vitals(92, 126, 78, 16, 99, 37.9),
            one_liner="27 y.o. man with a painful lower molar, swollen jaw and trismus",
            ed_note="HPI: 5 days of lower left molar pain, now swollen jaw and "
            "trismus, mouth opens two finger-breadths. Swallowing saliva normally, "
            "voice "
            "normal, breathing comfortably. Exam: fluctuant buccal swelling next to "
            "the lower left second molar, floor of mouth soft.",
        )
    )
    assert _esi(out) in (3, 4), _esi(out)
    assert O.ordered(out, "maxillofacial", "omfs"), [o.name for o in O.orders(out)]


def test_quinsy_with_trismus_but_a_normal_swallow_is_not_esi_2(
    reason: Reason,
) -> None:
    """ESI v4 ch.4-5: a peritonsillar abscess swallowing its saliva without stridor is
    not a threatened airway (trismus and uvular deviation are its own signs), and its
    drainage by ENT is two resources: ESI 3-4, neither 2 nor 5."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=19,
            sex="Female",
            vitals=vitals(96, 118, 72, 16, 99, 38.0),
            one_liner="19 y.o. woman with a right-sided sore throat and trismus",
            ed_note="HPI: 4 days of sore throat, worse on the right, some trismus. "
            "Managing saliva and fluids. Exam: right peritonsillar bulge, uvula "
            "deviated to the left, no stridor.",
        )
    )
    assert _esi(out) in (3, 4), _esi(out)


def test_blunt_eye_injury_with_signs_of_occult_rupture_is_shielded(
    reason: Reason,
) -> None:
    """AAO / Blair 2020: after blunt trauma a circumferential subconjunctival
    haemorrhage with hyphaema and poor vision is an occult globe rupture until the
    ophthalmologist says otherwise: shield, ophthalmology; not a retinal-stroke CTA."""
    out = reason(
        make_case(
            "EYE INJURY",
            age=67,
            sex="Male",
            vitals=vitals(84, 150, 86, 16, 98),
            one_liner="67 y.o. man struck in the left eye by a swinging gate",
            ed_note="HPI: hit in the left eye by a metal gate an hour ago. Exam: lids "
            "swollen, bullous subconjunctival haemorrhage all round the globe, "
            "hyphaema, acuity left counting fingers only.",
        )
    )
    assert O.ordered(out, "shield"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "ophthalm"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, "stroke"), [o.name for o in O.orders(out)]


def test_quinsy_pain_is_treated(reason: Reason) -> None:
    """Galioto 2017: a peritonsillar abscess is drained, given antibiotics and its
    pain treated (the pain is why the patient cannot swallow)."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=26,
            sex="Male",
            vitals=vitals(98, 130, 80, 16, 99, 38.1),
            one_liner="26 y.o. man with a week of sore throat, now one-sided",
            ed_note="HPI: worsening left throat pain, cannot eat, sipping water. Exam: "
            "left peritonsillar swelling, uvula deviated to the right, trismus, "
            "no stridor. Impression quinsy.",
        )
    )
    assert O.medication_ordered(
        out, "paracetamol", "acetaminophen", "ibuprofen", "morphine", "fentanyl"
    ), [o.name for o in O.medications(out)]


def test_acute_angle_closure_with_vomiting_gets_an_antiemetic(reason: Reason) -> None:
    """AAO PPP primary angle-closure disease 2020: the pressure is lowered and the
    vomiting treated."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=70,
            sex="Female",
            vitals=vitals(90, 162, 90, 18, 98),
            one_liner="70 y.o. woman, painful red right eye, vomiting since evening",
            ed_note="HPI: sudden right eye pain and headache this evening, sees "
            "rainbow halos, vomited three times. Exam: red eye, hazy cornea, pupil "
            "fixed and mid-dilated, IOP 62 mmHg right.",
        )
    )
    assert O.medication_ordered(
        out, "ondansetron", "antiemetic", "metoclopramide", "prochlorperazine"
    ), [o.name for o in O.medications(out)]

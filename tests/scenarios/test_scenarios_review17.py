"""review17 (issue 10): obstetric, airway and skin emergencies; blood loss read right.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- RCOG Green-top Guideline 50, Umbilical cord prolapse (2014);
- ACOG Committee Opinion 579 (2013, definition of term) and Practice Bulletin 171
  (2016, preterm labour); ACOG Committee Opinion 713 (antenatal corticosteroids);
- Tintinalli's Emergency Medicine 9th ed. ch. 246-247 (upper airway infections) and
  Frerk C et al. Difficult Airway Society 2015 guidelines (Br J Anaesth 2015;115:827);
- Creamer D et al. UK guidelines for SJS/TEN in adults 2016 (Br J Dermatol
  2016;174:1194); ESI v4 handbook ch. 4 (high-risk situations);
- ATLS 10th ed. (haemorrhagic shock needs a haemorrhage: haemorrhagic bullae, a
  haemorrhagic crust or ruptured membranes are no blood loss).

Each scenario asserts safety properties (what must be ordered, what must not, the
triage floor) and failed on main before ``agents.pathways_specialty``, the blood-loss
words of ``agents.pathways`` and the term-pregnancy finding.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BLOOD_NOW = ("emergency-release", "massive transfusion", "uncrossmatched", "o-negative")
STEROID_FOR_LUNGS = ("betamethasone", "dexamethasone")


def _esi(out: ReasoningOutput) -> int | None:
    return out.final.esi


def test_cord_prolapse_at_term_relieves_compression_and_delivers(
    reason: Reason,
) -> None:
    """RCOG GTG 50 (2014): with an overt cord prolapse, elevate the presenting part
    (or fill the bladder) and deliver by category-1 caesarean section; at 40 weeks
    no antenatal corticosteroid (ACOG CO 713: 24-34 weeks)."""
    out = reason(
        make_case(
            "contractions",
            age=34,
            sex="F",
            vitals=vitals(98, 118, 72, 18, 99),
            one_liner="34 y.o. G3P2 at 40 weeks gestation, membranes ruptured at home "
            "20 minutes ago",
            ed_note="Contractions every 3 minutes. On speculum examination the "
            "umbilical cord is visible in the vagina, pulsating. Cervix 7 cm. "
            "Fetal heart rate 100 on Doppler, decelerating with contractions.",
            case_id="r17-cord-term",
        )
    )
    assert O.ordered(out, r"presenting part", r"fill\w* (?:the )?bladder")
    assert O.ordered(out, r"caesarean|cesarean")
    assert not O.medication_ordered(out, *STEROID_FOR_LUNGS)
    assert O.disposition(out).disposition in ("OR Admit", "Admit", "Send to L&D")


def test_term_labour_gets_no_preterm_corticosteroid(reason: Reason) -> None:
    """ACOG CO 579: 37+0 weeks is term; preterm labour (ACOG PB 171) and its
    betamethasone (ACOG CO 713: up to 34+6 weeks) do not apply to labour at term."""
    out = reason(
        make_case(
            "contractions",
            age=29,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 99),
            one_liner="29 y.o. G2P1 at 39+3 weeks gestation with regular painful "
            "contractions since midnight",
            ed_note="Contractions every 4 minutes lasting 60 s. Membranes intact. "
            "Cervix 4 cm dilated, fully effaced. Fetal heart 140, reactive.",
            case_id="r17-term-labour",
        )
    )
    assert not O.medication_ordered(out, *STEROID_FOR_LUNGS)
    final = out.final.diagnosis_name or ""
    assert "preterm" not in final.lower()


def test_deep_neck_infection_with_stridor_calls_the_airway_team(
    reason: Reason,
) -> None:
    """Tintinalli ch. 246-247 and DAS 2015: a neck infection with stridor and pooled
    secretions threatens the airway: the most experienced airway team secures it in a
    controlled setting; the patient stays sitting up."""
    out = reason(
        make_case(
            "neck swelling",
            age=61,
            sex="F",
            vitals=vitals(112, 150, 84, 24, 95, 38.6),
            one_liner="61 y.o. woman with 3 days of a painful swollen neck after a "
            "dental extraction",
            ed_note="Hoarse, pooling of secretions in the mouth, soft inspiratory "
            "stridor. Woody swelling of both submandibular spaces, floor of the mouth "
            "firm. WBC 21.",
            case_id="r17-deep-neck",
        )
    )
    assert O.ordered(out, r"airway team", r"awake (?:fibre|fiber)optic")
    assert O.ordered(out, r"sitting up", r"calm and upright")


def test_peritonsillar_abscess_without_a_threat_is_no_airway_emergency(
    reason: Reason,
) -> None:
    """Control (Tintinalli ch. 246): trismus, a muffled voice and some drooling are a
    quinsy's own signs; without stridor or inability to handle secretions it is
    drained, not an airway-team emergency."""
    out = reason(
        make_case(
            "sore throat",
            age=19,
            sex="F",
            vitals=vitals(100, 118, 70, 16, 99, 38.2),
            one_liner="19 y.o. woman with 4 days of sore throat, worse on the right",
            ed_note="Muffled voice, mild trismus, drooling slightly. Right "
            "peritonsillar bulge with the uvula deviated to the left. No stridor, "
            "handling secretions, speaking in full sentences.",
            case_id="r17-quinsy",
        )
    )
    assert not O.ordered(out, r"airway team", r"awake (?:fibre|fiber)optic")


def test_epidermal_necrolysis_gets_fluids_eyes_and_no_blood(reason: Reason) -> None:
    """Creamer 2016 (BAD SJS/TEN): stop the culprit, IV fluids to urine output,
    ophthalmology, burn centre/ICU; a haemorrhagic crust of the lips is no
    haemorrhage (ATLS: no emergency-release blood without blood loss)."""
    out = reason(
        make_case(
            "skin peeling",
            age=67,
            sex="M",
            vitals=vitals(122, 104, 62, 22, 96, 38.4),
            one_liner="67 y.o. man started on allopurinol 4 weeks ago, now skin coming "
            "off in sheets",
            ed_note="Dusky erythema of the trunk with flaccid bullae, Nikolsky sign "
            "positive, about 40 % of the skin detached. Haemorrhagic crusts on the "
            "lips, oral erosions, both eyes red and sticky. Urea 12 mmol/L, "
            "bicarbonate 18.",
            case_id="r17-ten",
        )
    )
    assert O.ordered(out, r"ophthalmolog")
    assert O.medication_ordered(out, r"crystalloid", r"iv fluid")
    assert not O.ordered(out, *BLOOD_NOW)


def test_haemorrhagic_bullae_are_not_haemorrhagic_shock(reason: Reason) -> None:
    """ATLS 10th ed.: shock is haemorrhagic with blood loss; septic shock from a
    Vibrio soft-tissue infection with haemorrhagic bullae needs antibiotics and
    surgery, not emergency-release blood or a massive transfusion protocol."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="M",
            vitals=vitals(128, 98, 56, 24, 95, 38.8),
            one_liner="66 y.o. man with cirrhosis, cut his shin wading in the sea "
            "yesterday, now the leg is swollen and purple",
            ed_note="Rapidly spreading erythema of the left leg with haemorrhagic "
            "bullae, pain out of proportion. Lactate 4.1.",
            case_id="r17-vibrio",
        )
    )
    assert not O.ordered(out, *BLOOD_NOW)
    assert not O.medication_ordered(out, r"tranexamic")


def test_ruptured_membranes_are_not_blood_loss(reason: Reason) -> None:
    """ATLS 10th ed. and ACOG CO 712 (intra-amniotic infection): a tachycardic
    febrile woman whose membranes ruptured a day ago has chorioamnionitis, not a
    haemorrhage: no emergency-release blood."""
    out = reason(
        make_case(
            "fever",
            age=26,
            sex="F",
            vitals=vitals(126, 108, 64, 22, 97, 38.7),
            one_liner="26 y.o. G1P0 at 31 weeks gestation with ruptured membranes "
            "since yesterday, now fever and abdominal pain",
            ed_note="Uterine tenderness, foul-smelling amniotic fluid. No vaginal "
            "bleeding. Fetal heart 175.",
            case_id="r17-chorio",
        )
    )
    assert not O.ordered(out, *BLOOD_NOW)


def test_blisters_and_mouth_erosions_on_a_culprit_drug_are_high_risk_at_triage(
    reason: Reason,
) -> None:
    """ESI v4 handbook ch. 4 and Creamer 2016: a blistering rash with mucosal
    erosions on a high-risk drug (carbamazepine) is SJS/TEN until shown otherwise:
    a high-risk situation (ESI 2), whatever the heart rate."""
    out = reason(
        make_case(
            "rash with blisters and mouth ulcers, started carbamazepine 2 weeks ago",
            age=44,
            sex="F",
            vitals=vitals(96, 124, 80, 18, 98, 37.9),
            case_id="r17-sjs-triage",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi <= 2


def test_hand_foot_and_mouth_disease_is_not_sjs(reason: Reason) -> None:
    """Control (Creamer 2016; AAP Red Book): vesicles on the hands and feet with mouth
    ulcers in a toddler, on no culprit drug, is hand, foot and mouth disease: no burn
    centre, no SCORTEN."""
    out = reason(
        make_case(
            "rash",
            age=2,
            sex="M",
            vitals=vitals(120, 96, 60, 26, 99, 38.1),
            one_liner="2 y.o. boy, 2 days of fever, sores in the mouth and small "
            "blisters on the hands and feet",
            ed_note="Oral ulcers on the tongue and buccal mucosa, vesicles on palms "
            "and soles. Drinking. No medications.",
            case_id="r17-hfmd",
        )
    )
    assert not O.ordered(out, r"scorten", r"burn cent")


def test_waters_broken_in_late_pregnancy_is_read_at_triage(reason: Reason) -> None:
    """AWHONN Maternal-Fetal Triage Index 2015 and ESI v4 handbook ch. 4: ruptured
    membranes in late pregnancy (the cord may follow) are a high-risk situation;
    "her waters broke" is the same history as "her water broke"."""
    out = reason(
        make_case(
            "labour",
            age=31,
            sex="F",
            vitals=vitals(90, 120, 74, 18, 99),
            one_liner="31 y.o. 40 wk pregnant, waters broke 15 min ago at home, "
            "feels pressure",
            case_id="r17-waters",
        )
    )
    esi = _esi(out)
    assert esi is not None and esi <= 2


def test_femoral_shaft_fracture_on_the_radiograph_is_splinted(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 8: a femoral shaft fracture (blood loss up to 1-1.5 L) gets
    analgesia with a femoral nerve block, a traction splint, blood for type and
    screen and orthopaedics; the radiograph's 'fracture of the femoral shaft' is read
    as the fracture."""
    out = reason(
        make_case(
            "thigh pain",
            age=27,
            sex="M",
            vitals=vitals(104, 132, 80, 18, 99),
            one_liner="27 y.o. man thrown from his motorbike, right thigh deformed",
            ed_note="Right thigh swollen, shortened and angulated, distal pulses "
            "present. X-ray of the right femur shows a transverse fracture of the "
            "femoral shaft.",
            case_id="r17-femur",
        )
    )
    assert O.ordered(out, r"traction splint")
    assert O.ordered(out, r"type and screen", r"crossmatch", r"type and cross")
    assert O.ordered(out, r"orthop")
    assert O.disposition(out).disposition != "Discharge"


def test_four_hour_level_written_before_the_drug_starts_acetylcysteine(
    reason: Reason,
) -> None:
    """Chiew AL et al. Med J Aust 2020 (Rumack-Matthew line 150 mg/L at 4 h): a
    '4 hour acetaminophen concentration 186 mcg/mL' is above the line: acetylcysteine
    now, not 'if above the treatment line'."""
    out = reason(
        make_case(
            "ingestion",
            age=34,
            sex="M",
            vitals=vitals(96, 128, 78, 16, 99),
            one_liner="34 y.o. man took about 30 tablets of acetaminophen 500 mg after "
            "an argument",
            ed_note="Nausea, no vomiting. 4 hour acetaminophen concentration 186 "
            "mcg/mL. AST 30, INR 1.0. Salicylate and ethanol negative.",
            case_id="r17-apap",
        )
    )
    assert O.medication_ordered(out, r"acetylcysteine iv now", r"acetylcysteine 200")


def test_four_hour_level_below_the_line_starts_no_acetylcysteine(
    reason: Reason,
) -> None:
    """Control (Chiew 2020): a 4-h level of 90 mg/L lies below the 150 mg/L line."""
    out = reason(
        make_case(
            "ingestion",
            age=22,
            sex="F",
            vitals=vitals(84, 118, 72, 14, 99),
            one_liner="22 y.o. woman took 12 paracetamol tablets 5 hours ago",
            ed_note="Well. 4-h paracetamol level 90 mg/L. ALT 18.",
            case_id="r17-apap-low",
        )
    )
    assert not O.medication_ordered(out, r"acetylcysteine iv now")


def test_infant_fracture_with_abuse_concern_stays_in_a_place_of_safety(
    reason: Reason,
) -> None:
    """AAP 2015 (Christian CW, Pediatrics 2015;135:e1337) and NICE CG89: a fracture in
    a non-mobile infant with bruising and an inconsistent history is suspected abuse:
    child protection, a skeletal survey, and the infant admitted to a place of safety
    while the assessment is completed (not an observation bed)."""
    out = reason(
        make_case(
            "arm swelling",
            sex="F",
            vitals=vitals(150, 90, 52, 36, 99, 36.8),
            demographics={"age_days": 150},
            one_liner="5-month-old girl crying when her right arm is moved since this "
            "morning, mother unsure how it happened",
            ed_note="Non-mobile infant. Right upper arm swollen and tender. Bruises of "
            "differing colour on both cheeks and a torn frenulum. X-ray of the right "
            "humerus shows a spiral fracture of the humeral shaft.",
            case_id="r17-nai-humerus",
        )
    )
    assert O.ordered(out, r"skeletal survey")
    assert O.ordered(out, r"child protection|safeguarding")
    assert O.disposition(out).disposition in ("Admit", "OR Admit")

"""reviewb16 (issue 10): surgical, trauma, gynaecological, ENT and eye pathways.

Each scenario is written from the guideline named in its docstring (not from the
review case it guards, nor from rows of the shared data) and asserts safety
properties of the orders and the disposition: what must be ordered, what must not be
kept, no discharge. Each failed on main before ``agents.pathways_surgical`` and its
gates in ``agents.order_safety`` (or the two small fixes named in the docstring).
"""

from __future__ import annotations

import re

import pytest

from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _not_discharged(out: ReasoningOutput) -> bool:
    return O.disposition(out).disposition != "Discharge"


def _kept(out: ReasoningOutput, pattern: str) -> list[str]:
    return [o.name for o in O.orders(out) if re.search(pattern, o.name, re.I)]


# --- eye ---


def test_chemical_splash_to_the_eye_is_irrigated_first(reason: Reason) -> None:
    """Tintinalli 9th ed. ch. 241: a chemical in the eye is irrigated at once with
    litres of fluid until the pH is neutral, then seen by ophthalmology."""
    out = reason(
        make_case(
            "red eye",
            age=29,
            sex="F",
            vitals=vitals(88, 126, 78, 16, 99),
            one_liner="29 y.o. cleaner who got bleach sprayed into her left eye at "
            "work 20 minutes ago",
            ed_note="Left eye watering, blepharospasm, burning pain.",
            case_id="rb16-chem-eye",
        )
    )
    assert O.ordered(out, r"irrigat")
    assert O.ordered(out, r"ophthalmolog")


def test_tense_proptosed_eye_after_a_blow_gets_a_canthotomy(reason: Reason) -> None:
    """McCallum 2019 (orbital compartment syndrome): proptosis with a raised
    intraocular pressure or failing vision after trauma -> lateral canthotomy and
    cantholysis before imaging; not a discharge."""
    out = reason(
        make_case(
            "eye swelling",
            age=52,
            sex="M",
            vitals=vitals(92, 150, 90, 16, 98),
            one_liner="52 y.o. man who fell off his bicycle onto his face 40 minutes "
            "ago, right eye now bulging",
            ed_note="Right eye proptosis with tense lids, cannot open it. Vision "
            "reduced to hand movements. IOP 52 mmHg on the right.",
            case_id="rb16-obcs",
        )
    )
    assert O.ordered(out, r"canthotomy")
    assert _not_discharged(out)


# --- paediatric ---


def test_battery_at_the_thoracic_inlet_is_removed_not_watched(reason: Reason) -> None:
    """NASPGHAN 2021 (Mubarak 2021): a button battery in the oesophagus is removed
    endoscopically within 2 hours whatever the symptoms; never expectant care."""
    out = reason(
        make_case(
            "ingestion",
            age=3,
            sex="M",
            vitals=vitals(110, 100, 62, 24, 99),
            one_liner="3 y.o. boy whose sister saw him swallow a watch battery an hour "
            "ago, no symptoms",
            ed_note="Weight 14 kg. Well, drinking. Radiograph: coin-shaped object at "
            "the thoracic inlet with a double contour.",
            case_id="rb16-battery",
        )
    )
    assert O.ordered(out, r"endoscop")
    assert not _kept(out, r"expectant")
    assert _not_discharged(out)


def test_green_vomit_in_a_newborn_brings_the_paediatric_surgeon(
    reason: Reason,
) -> None:
    """APSA / ACR 2019: bilious vomiting in a neonate is malrotation with volvulus
    until proven otherwise: nil by mouth, NG tube, upper GI contrast, surgeon. Fixed
    in ``agents.pathways.BILIOUS`` ('vomited ..., now green' was not read)."""
    out = reason(
        make_case(
            "vomiting",
            age=0,
            sex="M",
            demographics={"age_days": 4},
            vitals=vitals(170, 70, 42, 50, 98),
            one_liner="4-day-old boy who has vomited his last three feeds, now green",
            ed_note="Weight 3.4 kg. Abdomen mildly distended.",
            case_id="rb16-green",
        )
    )
    assert O.ordered(out, r"(?:paediatric|pediatric) surg")
    assert O.ordered(out, r"upper gi contrast")


def test_cervical_cord_symptoms_with_normal_films_keep_the_collar(
    reason: Reason,
) -> None:
    """Pang 1982 (SCIWORA); NICE NG41: transient neurological symptoms in both arms
    after a neck injury need MRI and spinal immobilisation even with normal
    radiographs or CT."""
    out = reason(
        make_case(
            "neck pain",
            age=11,
            sex="F",
            vitals=vitals(96, 112, 70, 20, 99),
            one_liner="11 y.o. girl who dived into the shallow end of a pool",
            ed_note="Weight 38 kg. Tingling in both hands for 20 minutes afterwards, "
            "now resolved. Neck tender in the midline. CT cervical spine normal.",
            case_id="rb16-sciwora",
        )
    )
    assert O.ordered(out, r"\bmri\b")
    assert O.ordered(out, r"collar|immobilis|motion restriction")
    assert _not_discharged(out)


# --- burns and trauma ---


def test_quarter_body_scald_gets_formula_fluids_and_a_burn_centre(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 9 / ABA 2022: a partial-thickness burn of 20 % TBSA or more
    in an adult needs weight x %TBSA fluid resuscitation and burn-centre transfer;
    no NSAID during burn shock."""
    out = reason(
        make_case(
            "scald",
            age=58,
            sex="M",
            vitals=vitals(112, 124, 76, 20, 97),
            one_liner="58 y.o. man scalded by a burst boiler pipe 1 hour ago",
            ed_note="Weight 90 kg. Partial thickness scalds of the back and both legs,"
            " 25 % TBSA. Airway clear, no facial burns.",
            case_id="rb16-scald",
        )
    )
    assert O.ordered(out, r"ml x kg|ringer|parkland")
    assert O.ordered(out, r"burns? cent")
    assert not [m.name for m in O.medications(out) if O.mentions(m, O.NSAID)]
    # the NSAID is dropped from inside the brackets, the paracetamol kept whole
    assert all(o.name.count("(") == o.name.count(")") for o in O.orders(out))
    assert O.ordered(out, r"paracetamol|acetaminophen")


def test_smoke_inhalation_with_stridor_is_intubated_early(reason: Reason) -> None:
    """ATLS 10th ed. ch. 9: soot in the airway, singed hair and stridor after a fire
    are signs of inhalation injury: early intubation before oedema closes it."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=36,
            sex="F",
            vitals=vitals(118, 130, 80, 26, 93),
            one_liner="36 y.o. woman rescued from a car fire",
            ed_note="Soot in both nostrils, singed eyebrows, inspiratory stridor, "
            "superficial burns to the face.",
            case_id="rb16-smoke",
        )
    )
    assert O.ordered(out, r"intubat")


def test_neck_wound_with_expanding_haematoma_gets_an_airway_not_a_probe(
    reason: Reason,
) -> None:
    """WTA 2013 (Sperry) / ATLS: penetrating neck trauma with hard signs (expanding
    haematoma, stridor) -> early airway, no probing, operative exploration."""
    out = reason(
        make_case(
            "laceration",
            age=31,
            sex="M",
            vitals=vitals(110, 118, 72, 22, 96),
            one_liner="31 y.o. man who fell through a glass door and cut his neck",
            ed_note="Deep laceration right side of the neck with an expanding "
            "haematoma and soft inspiratory stridor.",
            case_id="rb16-neck",
        )
    )
    assert O.ordered(out, r"airway|intubat")
    assert O.ordered(out, r"no probing")
    assert O.ordered(out, r"operative exploration")


def test_three_broken_ribs_at_eighty_get_regional_analgesia(reason: Reason) -> None:
    """EAST 2016 (Galvagno); Bulger 2000: three or more rib fractures at 65 or older
    carry high pneumonia risk: regional or epidural analgesia and spirometry."""
    out = reason(
        make_case(
            "chest wall pain",
            age=80,
            sex="F",
            vitals=vitals(90, 140, 80, 22, 94),
            one_liner="80 y.o. woman who fell against a kitchen worktop yesterday",
            ed_note="Left lateral chest wall tenderness. X-ray: three rib fractures on"
            " the left, no pneumothorax.",
            case_id="rb16-ribs",
        )
    )
    assert O.ordered(out, r"regional|epidural|serratus|erector")
    assert O.ordered(out, r"spirometr")


# --- ENT ---


def test_nosebleed_running_down_the_throat_past_a_pack_goes_to_ent(
    reason: Reason,
) -> None:
    """AAO-HNS 2020 epistaxis: bleeding that continues past anterior packing or down
    the pharynx is posterior: posterior pack or balloon, ENT, admission."""
    out = reason(
        make_case(
            "epistaxis",
            age=70,
            sex="F",
            vitals=vitals(100, 158, 88, 18, 98),
            one_liner="70 y.o. woman on apixaban with a nosebleed since this morning",
            ed_note="Nasal tampon in the right nostril, but blood keeps trickling "
            "down the back of her throat.",
            case_id="rb16-epistaxis",
        )
    )
    assert O.ordered(out, r"\bent\b|otolaryngolog")
    assert O.ordered(out, r"posterior (?:nasal )?pack|balloon")
    assert _not_discharged(out)


def test_high_inr_with_a_nosebleed_is_not_managed_as_no_bleeding(
    reason: Reason,
) -> None:
    """CHEST 2012 (Holbrook): 'hold warfarin, no vitamin K' is the plan for a high
    INR WITHOUT bleeding; a nosebleed is bleeding. Fixed in
    ``agents.pathways_results`` ('nosebleed' was not read as bleeding)."""
    out = reason(
        make_case(
            "nosebleed",
            age=66,
            sex="M",
            vitals=vitals(84, 150, 86, 16, 98),
            one_liner="66 y.o. man on warfarin for atrial fibrillation with a "
            "nosebleed for an hour",
            ed_note="Oozing from the left nostril, stopped with pressure. INR 6.1.",
            case_id="rb16-inr-nose",
        )
    )
    assert not _kept(out, r"without bleeding")


# --- surgery and gynaecology ---


def test_abrupt_pain_with_af_and_a_soft_abdomen_gets_cta(reason: Reason) -> None:
    """ESVS 2017 (Björck): sudden severe abdominal pain out of proportion to the
    examination with an embolic source is mesenteric ischaemia until CT
    angiography: vascular surgery, heparin."""
    out = reason(
        make_case(
            "abdominal pain",
            age=72,
            sex="M",
            vitals=vitals(104, 134, 80, 20, 96),
            one_liner="72 y.o. man with atrial fibrillation, not anticoagulated, with "
            "abrupt severe periumbilical pain 3 hours ago",
            ed_note="Pain severe but the abdomen is soft with minimal tenderness. "
            "Lactate 3.6 mmol/L.",
            case_id="rb16-ami",
        )
    )
    assert O.ordered(out, r"ct angiograph")
    assert O.ordered(out, r"vascular surg")


def test_irreducible_hernia_with_red_skin_goes_to_theatre(reason: Reason) -> None:
    """WSES 2017 (Birindelli): an incarcerated hernia with signs of strangulation
    needs emergency surgery without attempted reduction; not a discharge."""
    out = reason(
        make_case(
            "groin pain",
            age=68,
            sex="F",
            vitals=vitals(102, 132, 78, 18, 97),
            one_liner="68 y.o. woman with a painful lump below the right groin crease "
            "since last night",
            ed_note="Irreducible tender femoral hernia with erythema of the overlying "
            "skin. Vomited twice.",
            case_id="rb16-hernia",
        )
    )
    assert O.ordered(out, r"general surg")
    assert O.ordered(out, r"no attempt at manual reduction")
    assert _not_discharged(out)


def test_adnexal_mass_without_doppler_flow_goes_to_laparoscopy(
    reason: Reason,
) -> None:
    """ACOG CO 783 (2019): suspected adnexal torsion needs prompt laparoscopy with
    ovarian conservation; the patient is kept nil by mouth (no oral fluids)."""
    out = reason(
        make_case(
            "pelvic pain",
            age=15,
            sex="F",
            vitals=vitals(108, 116, 70, 18, 99),
            one_liner="15 y.o. girl with sudden left-sided pelvic pain and vomiting",
            ed_note="Ultrasound: enlarged left ovary with absent venous Doppler flow.",
            case_id="rb16-torsion",
        )
    )
    assert O.ordered(out, r"laparoscop")
    assert not _kept(out, r"oral rehydration|\bodt\b")


def test_fever_after_a_miscarriage_with_retained_tissue_is_evacuated(
    reason: Reason,
) -> None:
    """Eschenbach 2015 (septic abortion): infected retained products need
    antibiotics and prompt uterine evacuation (source control)."""
    out = reason(
        make_case(
            "fever",
            age=27,
            sex="F",
            vitals=vitals(116, 102, 60, 22, 97, 38.9),
            one_liner="27 y.o. woman with fever and cramping 6 days after a "
            "miscarriage at 9 weeks",
            ed_note="Offensive vaginal discharge. Ultrasound: retained products of "
            "conception.",
            case_id="rb16-septic-ab",
        )
    )
    assert O.ordered(out, r"evacuat")
    assert _not_discharged(out)


# --- triage: the same criteria are high-risk situations (ESI v4 handbook ch. 4) ---


def _vignette(text: str, n: int) -> Case:
    """A triage case read the way the handbook adapter reads a vignette."""
    return Case(
        patient_id=f"P-rb16-triage-{n}",
        encounter_id=f"E-rb16-triage-{n}",
        demographics=demographics_from_text(text),
        chief_complaint=text,
        vitals=extract_vitals_report(text).vitals,
        source="scenario",
    )


HIGH_RISK_AT_TRIAGE = [
    pytest.param(
        "A 34-year-old plasterer got wet cement in his right eye 15 minutes ago; it"
        " is burning and he cannot open it. HR 90, BP 132/80, RR 16, SpO2 99%.",
        id="chemical-eye-esi-handbook",
    ),
    pytest.param(
        "A 2-year-old swallowed a button battery from a toy half an hour ago and is"
        " playing normally. HR 118, RR 24, SpO2 99%.",
        id="button-battery-naspghan",
    ),
    pytest.param(
        "A 76-year-old man's groin hernia became stuck, tender and red this morning"
        " and he has vomited; it will not go back. HR 104, BP 138/82, RR 18.",
        id="strangulated-hernia-wses",
    ),
    pytest.param(
        "A 40-year-old man was kicked in the face an hour ago; his right eye is"
        " bulging and rock hard and he can only count fingers with it. HR 96,"
        " BP 150/90, RR 16.",
        id="orbital-compartment-mccallum",
    ),
    pytest.param(
        "A 9-year-old boy fell off the monkey bars onto his head; both arms went"
        " numb and weak for a few minutes and his neck hurts. HR 100, RR 20,"
        " SpO2 99%.",
        id="cord-symptoms-atls",
    ),
    pytest.param(
        "A 74-year-old woman on warfarin has had a nosebleed for two hours; blood is"
        " running down the back of her throat despite pinching. HR 96, BP 160/90,"
        " RR 18.",
        id="posterior-epistaxis-aao-hns",
    ),
    pytest.param(
        "A 26-year-old woman has fever and offensive discharge 5 days after a"
        " termination of pregnancy. T 38.6, HR 112, BP 110/70, RR 20.",
        id="septic-abortion-eschenbach",
    ),
    pytest.param(
        "A 30-year-old man was stabbed in the neck; there is an expanding swelling"
        " and his voice is hoarse. HR 104, BP 128/80, RR 20, SpO2 97%.",
        id="neck-hard-signs-wta",
    ),
]


@pytest.mark.parametrize("text", HIGH_RISK_AT_TRIAGE)
def test_surgical_emergency_in_triage_prose_is_level_two(
    reason: Reason, text: str
) -> None:
    """ESI v4 handbook ch. 4: a time-critical condition (chemical eye injury, a
    swallowed button battery, a strangulated hernia) is a high-risk situation,
    ESI <= 2, with normal vital signs."""
    esi = reason(_vignette(text, hash(text) % 10_000)).final.esi
    assert esi is not None and esi <= 2, f"ESI {esi} for a level-2 presentation"

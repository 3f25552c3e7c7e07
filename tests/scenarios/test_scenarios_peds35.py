"""peds35 (session 35): paediatric and obstetric population limits, sixth review.

Written from guidelines, not from shared data: preseptal cellulitis is treated with
oral co-amoxiclav while its orbital red flags go to CT and admission (NICE CKS
periorbital cellulitis 2022; RCOphth); lactational mastitis keeps breastfeeding and
gets flucloxacillin, an abscess an ultrasound and aspiration (ABM Clinical Protocol #36
2022; NICE CKS mastitis); a gestation written without the word pregnant is still a
pregnancy (ACOG PB 222); an infant's head swelling over 5 cm is scanned (NICE NG232
2023 1.4.11); torsion of the appendix testis is not explored, testicular torsion
always is (EAU paediatric urology 2023); suspected abusive head trauma goes to
paediatric intensive care (Narang SK et al. AAP 2020); smoke exposure is worked up for
carbon monoxide and coded as the exposure (ATLS 10th ed. ch. 9; ABA ABLS 2018).
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from cases.population import population_of
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT = (r"\bct\b", "computed tom")
_TORSION_SURGERY = (r"urolog", r"explor", r"detorsion")


def _final_code(out: ReasoningOutput) -> str:
    found = [r.output for r in out.trace if isinstance(r.output, DiagnosisResult)]
    return found[-1].icd10 if found else ""


def test_preseptal_cellulitis_gets_oral_co_amoxiclav_without_a_scan(
    reason: Reason,
) -> None:
    """NICE CKS periorbital cellulitis (2022); RCOphth: a red, warm, swollen eyelid
    with a white eye, full painless eye movements, no proptosis and normal vision is
    preseptal cellulitis: oral co-amoxiclav and review, no CT, no admission."""
    out = reason(
        make_case(
            "EYELID SWELLING",
            age=6,
            sex="M",
            vitals=vitals(108, 100, 62, 22, 99, 38.0),
            one_liner="6-year-old with a red swollen left upper lid since yesterday",
            ed_note="6-year-old boy, 21 kg. Mosquito bite near the left eyebrow two "
            "days ago, since yesterday the left upper eyelid is swollen, red and warm "
            "to touch. Temperature 38.0. The eye itself is white, eye movements full "
            "and painless, no proptosis, acuity 6/6, pupils equal and reactive.",
        )
    )
    assert O.medication_ordered(out, "co-amoxiclav", "amoxicillin", "clavulan")
    assert not O.ordered(out, *_CT)
    assert O.disposition(out).disposition == "Discharge"


def test_orbital_red_flags_keep_ct_and_admission(reason: Reason) -> None:
    """Guard (Chandler 1970; RCOphth): a swollen eyelid with proptosis and painful
    restricted eye movements is orbital cellulitis: CT orbits, IV antibiotics,
    admission, not the preseptal oral course."""
    out = reason(
        make_case(
            "EYELID SWELLING",
            age=9,
            sex="F",
            vitals=vitals(126, 104, 64, 24, 98, 39.1),
            one_liner="9-year-old, swollen eyelid, fever, proptosis",
            ed_note="9-year-old girl, 30 kg, sinusitis last week. Right eyelids "
            "swollen and red, fever 39.1, proptosis of the right eye, painful eye "
            "movements with restricted abduction, double vision.",
        )
    )
    assert O.ordered(out, *_CT)
    assert O.disposition(out).disposition != "Discharge"


def test_lactational_mastitis_keeps_breastfeeding_with_flucloxacillin(
    reason: Reason,
) -> None:
    """ABM Clinical Protocol #36 (2022); NICE CKS mastitis: a breastfeeding woman
    with a red, hot, tender breast and fever has mastitis: keep feeding, an NSAID and
    flucloxacillin (or cefalexin), home with review; coded as lactational mastitis."""
    out = reason(
        make_case(
            "BREAST PAIN",
            age=27,
            sex="F",
            vitals=vitals(98, 116, 72, 16, 99, 38.6),
            one_liner="27F, two weeks after delivery, breastfeeding, sore left breast",
            ed_note="27-year-old woman, two weeks after a vaginal birth, "
            "breastfeeding her son. Since yesterday the inner half of the left breast "
            "is red, hot and tender, temperature 38.6, aching all over. No lump, no "
            "fluctuance.",
        )
    )
    assert O.ordered(out, r"breastfe")
    assert O.medication_ordered(out, "flucloxacillin", "cefalexin", "cephalexin")
    assert _final_code(out).startswith("O91")
    assert O.disposition(out).disposition == "Discharge"


def test_lactational_breast_abscess_is_imaged_and_aspirated(reason: Reason) -> None:
    """ABM #36 (2022); Irusen 2015 (Cochrane): a fluctuant tender breast lump in a
    breastfeeding woman is an abscess: breast ultrasound and needle aspiration, no
    trimethoprim-sulfamethoxazole for a mother feeding a young infant."""
    out = reason(
        make_case(
            "BREAST LUMP",
            age=30,
            sex="F",
            vitals=vitals(96, 120, 74, 16, 99, 38.0),
            one_liner="30F breastfeeding, 5 weeks postpartum, lump in right breast",
            ed_note="30-year-old woman, 5 weeks after delivery, breastfeeding. "
            "Mastitis last week, now a tender fluctuant 4 cm lump in the upper outer "
            "right breast with red skin over it, temperature 38.0.",
        )
    )
    assert O.ordered(out, r"breast ultraso")
    assert O.ordered(out, r"aspirat")
    assert not O.medication_ordered(out, "tmp-smx", "sulfamethoxazole", "trimethoprim")


def test_gestation_after_age_and_sex_is_a_pregnancy(reason: Reason) -> None:
    """ACOG PB 222 (2020): '29F, 35 weeks' in a one-liner is a woman 35 weeks
    pregnant; with BP 166/112, a headache and proteinuria she has pre-eclampsia with
    severe features: magnesium sulfate."""
    out = reason(
        make_case(
            "HEADACHE",
            age=29,
            sex="F",
            vitals=vitals(92, 166, 112, 18, 98),
            one_liner="29F, 35 weeks, headache and BP 166/112",
            ed_note="29F, 35 weeks, throbbing frontal headache since the morning, "
            "seeing spots. BP 166/112 and 164/110. Urine protein 3+.",
        )
    )
    assert O.medication_ordered(out, "magnesium")


def test_weeks_without_pregnancy_words_are_read_by_their_meaning() -> None:
    """Population reading (peds35): 'IUP at 30w', '29F, 34 weeks,' and 'she is 34
    weeks' are gestations; '6 weeks post-op', '2 weeks of cough' and '3 weeks
    postpartum' are intervals, never a pregnancy's weeks."""
    from cases.models import Demographics

    demo = Demographics(sex="F", age=29)
    for text, weeks in (
        ("29F, IUP at 30w, regular tightenings", 30),
        ("29F, 34 weeks, BP 146/94 at the check", 34),
        ("she is 34 weeks and feels unwell", 34),
    ):
        pop = population_of(demo, (text,))
        assert pop.pregnancy == "pregnant" and pop.gestation_weeks == weeks, text
    for text in (
        "29F, 16 weeks post-op, wound red",
        "29F, 2 weeks of cough",
        "29F, 14 weeks postpartum, tired",
    ):
        assert population_of(demo, (text,)).gestation_weeks is None, text


def test_infant_with_a_large_scalp_swelling_is_scanned(reason: Reason) -> None:
    """NICE NG232 (2023) 1.4.11: under 1 year, a bruise, swelling or laceration of
    more than 5 cm on the head is a CT head within 1 hour, even in an infant acting
    normally after a short fall (PECARN: a non-frontal haematoma under 2)."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=0,
            sex="F",
            vitals=vitals(130, 90, 54, 30, 99),
            demographics={"age_days": 300},
            one_liner="10-month-old rolled off the sofa onto a tiled floor",
            ed_note="10-month-old girl, 9 kg. Rolled off the sofa (about 50 cm) onto "
            "tiles, cried straight away, no loss of consciousness, no vomiting. A 7 cm "
            "soft swelling over the left occipital scalp. Feeding, behaving as usual.",
        )
    )
    assert O.ordered(out, *_CT)
    assert O.disposition(out).disposition != "Discharge"


def test_infant_with_a_small_forehead_bump_is_not_scanned(reason: Reason) -> None:
    """Guard (PECARN under 2; NICE NG232): a 1 cm frontal bump after a 40 cm fall
    in an infant acting normally has no CT criterion."""
    out = reason(
        make_case(
            "HEAD INJURY",
            age=0,
            sex="M",
            vitals=vitals(128, 92, 56, 30, 99),
            demographics={"age_days": 320},
            one_liner="11-month-old bumped his forehead falling from sitting",
            ed_note="11-month-old boy, 9.5 kg. Toppled over from sitting on the rug "
            "(about 40 cm) and bumped his forehead, cried at once. A 1 cm frontal "
            "bump. No loss of consciousness, no vomiting, acting normally.",
        )
    )
    assert not O.ordered(out, *_CT)


def test_torsion_of_the_appendix_testis_is_not_explored(reason: Reason) -> None:
    """EAU paediatric urology 2023: a tender upper-pole nodule with a blue dot, the
    testis in its normal lie and the cremasteric reflex present is torsion of the
    appendix testis: analgesia and an ultrasound if in doubt, not exploration."""
    out = reason(
        make_case(
            "TESTICULAR PAIN",
            age=9,
            sex="M",
            vitals=vitals(94, 102, 62, 20, 99),
            one_liner="9-year-old with right scrotal pain since yesterday",
            ed_note="9-year-old boy. Right scrotal pain since yesterday, came on "
            "gradually, no nausea or vomiting. A small tender nodule at the upper "
            "pole of the right testis with a blue dot sign through the skin; the "
            "testis is not tender, lies normally, cremasteric reflex present.",
        )
    )
    assert not O.ordered(out, *_TORSION_SURGERY)
    assert O.medication_ordered(out, "ibuprofen", "paracetamol", "acetaminophen")
    assert O.disposition(out).disposition not in ("OR", "OR Admit")


def test_blue_dot_with_torsion_signs_keeps_urology(reason: Reason) -> None:
    """Guard (EAU 2023; TWIST, Barbosa 2013): a blue dot beside an absent cremasteric
    reflex, a high-riding testis and vomiting does not exclude testicular torsion:
    urology emergently."""
    out = reason(
        make_case(
            "TESTICULAR PAIN",
            age=11,
            sex="M",
            vitals=vitals(112, 118, 70, 20, 99),
            one_liner="11-year-old, sudden left testicular pain 3 hours, vomiting",
            ed_note="11-year-old boy, sudden severe left testicular pain 3 hours ago, "
            "vomited twice. Possible blue dot at the upper pole, but the left testis "
            "is high-riding and tender, cremasteric reflex absent.",
        )
    )
    assert O.ordered(out, r"urolog", r"explor")


def test_suspected_abusive_head_trauma_goes_to_picu(reason: Reason) -> None:
    """Narang SK et al. AAP 2020 (abusive head trauma); PCCS 2021: a lethargic infant
    with a seizure, a tense fontanelle and bruises on the back, no injury reported,
    has abusive head trauma until the CT: CT now, paediatric intensive care, child
    protection."""
    out = reason(
        make_case(
            "VOMITING",
            age=0,
            sex="F",
            vitals=vitals(104, 94, 56, 26, 98, 36.7),
            demographics={"age_days": 200},
            one_liner="6-month-old vomiting since last night, now lethargic",
            ed_note="6-month-old girl, 7 kg. Vomiting since last night without "
            "diarrhoea, now lethargic, and a one-minute seizure in the waiting room. "
            "Anterior fontanelle tense. Two small bruises on the lower back. Parents "
            "report no injury. Afebrile.",
        )
    )
    assert O.ordered(out, *_CT)
    assert O.ordered(out, r"child protection|safeguarding")
    dispo = O.disposition(out)
    assert dispo.disposition == "Admit" and dispo.admit_level == "icu"


def test_bruised_alert_infant_stays_a_ward_safeguarding_admission(
    reason: Reason,
) -> None:
    """Guard (AAP 2015; NICE CG89): a bruised cheek in an alert 4-month-old feeding
    well is a sentinel injury (skeletal survey, child protection), not a PICU
    admission."""
    out = reason(
        make_case(
            "BRUISING",
            age=0,
            sex="F",
            vitals=vitals(132, 88, 52, 32, 99),
            demographics={"age_days": 125},
            one_liner="4-month-old with a bruise on the left cheek",
            ed_note="4-month-old girl, 6 kg, not yet rolling. A 2 cm bruise on the "
            "left cheek noticed at nursery. Alert, smiling, feeding well, fontanelle "
            "soft, no other injury seen.",
        )
    )
    assert O.ordered(out, r"child protection|safeguarding")
    assert O.disposition(out).admit_level != "icu"


def test_smoke_exposure_without_injury_is_the_exposure(reason: Reason) -> None:
    """ATLS 10th ed. ch. 9; ABA ABLS 2018: a child from a house fire without a burn
    or airway sign is checked for carbon monoxide (COHb by co-oximetry, 100 %
    oxygen) and coded as smoke exposure (T59.81-), not pneumonia."""
    out = reason(
        make_case(
            "SMOKE INHALATION",
            age=8,
            sex="F",
            vitals=vitals(104, 106, 66, 22, 99),
            one_liner="8-year-old girl brought out of a burning garage, well",
            ed_note="8-year-old girl, 26 kg, in a smoke-filled garage for a few "
            "minutes before her father carried her out. Mild headache. No burns, "
            "voice normal, no soot in the mouth or nostrils, no stridor, chest clear.",
        )
    )
    assert O.ordered(out, r"carboxyh|cohb|co-oximetry")
    assert "pneumonia" not in O.working(out)
    assert _final_code(out).startswith("T59.81")


def test_smoke_with_airway_signs_is_an_inhalation_injury(reason: Reason) -> None:
    """Guard (ABLS 2018): after smoke, stridor, a hoarse voice and soot in the mouth
    are an inhalation injury, not a mere exposure."""
    out = reason(
        make_case(
            "SMOKE INHALATION",
            age=10,
            sex="M",
            vitals=vitals(128, 112, 70, 30, 93),
            one_liner="10-year-old from a house fire, hoarse, stridor",
            ed_note="10-year-old boy from a house fire, trapped in a bedroom. Hoarse "
            "voice, inspiratory stridor, soot in the mouth and nostrils, singed nasal "
            "hairs, SpO2 93 %.",
        )
    )
    assert not _final_code(out).startswith("T59.81")
    assert O.disposition(out).disposition != "Discharge"


def test_pulseless_supracondylar_fracture_goes_to_orthopaedics_now(
    reason: Reason,
) -> None:
    """BOAST 11 (2020): a child's swollen, deformed elbow after a fall on the
    outstretched hand with no radial pulse is a displaced supracondylar fracture:
    elbow x-rays, a backslab and orthopaedics emergently, never a wrist film and
    home."""
    out = reason(
        make_case(
            "ARM INJURY",
            age=7,
            sex="M",
            vitals=vitals(118, 106, 64, 22, 99),
            one_liner="7-year-old fell from monkey bars onto his outstretched left arm",
            ed_note="7-year-old boy, 24 kg, fell from the monkey bars onto his "
            "outstretched left arm. Grossly swollen, deformed left elbow; radial pulse "
            "not palpable, hand warm with a capillary refill of 2 s.",
        )
    )
    assert O.ordered(out, r"elbow")
    assert O.ordered(out, r"orthop")
    assert O.disposition(out).disposition != "Discharge"


def test_childs_deformed_wrist_stays_a_wrist_fracture(reason: Reason) -> None:
    """Guard (BOAST 11 is for the elbow): a swollen, deformed wrist with normal
    pulses after a fall on the outstretched hand is a distal forearm fracture: a
    wrist film, no supracondylar fracture."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=10,
            sex="F",
            vitals=vitals(100, 108, 66, 20, 99),
            one_liner="10-year-old fell on her outstretched right hand, deformed wrist",
            ed_note="10-year-old girl, 32 kg, fell rollerskating onto her outstretched "
            "right hand. Swollen deformed right wrist, radial pulse present, hand "
            "warm and well perfused, sensation normal. Elbow non-tender.",
        )
    )
    assert O.ordered(out, r"wrist|forearm")
    assert "supracondylar" not in O.working(out)
    assert not O.ordered(out, r"elbow")


def test_childs_clinical_pneumonia_gets_amoxicillin(reason: Reason) -> None:
    """BTS 2011 children's CAP; NICE NG138: fever with focal crackles in a
    4-year-old is pneumonia on clinical grounds: oral amoxicillin without waiting for
    a chest film."""
    out = reason(
        make_case(
            "COUGH",
            age=4,
            sex="F",
            vitals=vitals(136, 100, 60, 36, 96, 39.0),
            one_liner="4-year-old with cough and fever for 3 days",
            ed_note="4-year-old girl, 17 kg. Cough and fever to 39.0 for three days, "
            "breathing faster today. Crackles at the left base, mild subcostal "
            "recession, no wheeze. SpO2 96 %. Drinking well.",
        )
    )
    assert O.medication_ordered(out, "amoxicillin")


def test_wheezy_toddler_with_crackles_gets_no_antibiotic(reason: Reason) -> None:
    """Guard (AAP 2014 bronchiolitis; BTS 2011): a 14-month-old with coryza, wheeze
    and crackles has a viral infection: no amoxicillin."""
    out = reason(
        make_case(
            "COUGH",
            age=1,
            sex="M",
            vitals=vitals(140, 96, 58, 40, 96, 38.2),
            one_liner="14-month-old with runny nose, cough and wheeze",
            ed_note="14-month-old boy, 10 kg. Runny nose for three days, then cough, "
            "fever 38.2. Widespread wheeze and fine crackles, mild recession. "
            "Feeding well.",
        )
    )
    assert not O.medication_ordered(out, "amoxicillin")

"""peds36 (session 36): paediatric and obstetric population limits, seventh review.

Written from guidelines, not from shared data: preterm prelabour rupture of the
membranes gets a speculum (no digital examination), erythromycin and corticosteroids,
magnesium only when birth is expected (NICE NG25; ACOG PB 217), intraamniotic
infection ampicillin with gentamicin (ACOG CO 712); a newborn's jaundice is worked up
by its age (NICE CG98: a serum bilirubin and haemolysis screen within the first 24
hours, plotted bilirubin after, a conjugated bilirubin and liver referral beyond 14
days with pale stools); a child's nephrotic syndrome gets prednisolone by body surface
and its complications their treatment (KDIGO 2021 ch.4); periorbital cellulitis with
reduced acuity is orbital until imaged, and an infant's or an unexaminable eye's is
treated IV in hospital (NICE CKS periorbital cellulitis 2022; RCOphth); a newborn's
respiratory rate is judged by the under-3-months band (ESI v4 handbook ch.6).
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT = (r"\bct\b", "computed tom")


def _med_names(out: ReasoningOutput) -> str:
    return " | ".join(o.name.lower() for o in O.medications(out))


def test_pprom_gets_latency_antibiotic_steroids_and_no_digital_exam(
    reason: Reason,
) -> None:
    """NICE NG25 1.2-1.5; ACOG PB 217 (2020): clear fluid leaking at 30 weeks without
    contractions is preterm prelabour rupture of the membranes: sterile speculum (no
    digital examination), erythromycin, antenatal corticosteroids, obstetric care; no
    co-amoxiclav (necrotising enterocolitis) and no magnesium before birth is
    expected (NICE NG25 1.6)."""
    out = reason(
        make_case(
            "LEAKING FLUID",
            age=24,
            sex="F",
            vitals=vitals(90, 112, 68, 16, 99, 36.9),
            one_liner="24F, 30 weeks pregnant, gush of clear fluid from the vagina",
            ed_note="24-year-old, 30 weeks pregnant, first pregnancy. A gush of clear "
            "fluid 4 hours ago and she keeps leaking, pads soaked. No contractions, no "
            "bleeding, no abdominal pain, afebrile, baby moving.",
        )
    )
    meds = _med_names(out)
    assert "erythromycin" in meds
    assert "betamethasone" in meds or "dexamethasone" in meds
    assert not re.search(r"(?<!not )co-amoxiclav", meds)
    assert "magnesium" not in meds
    assert O.ordered(out, "speculum")
    assert O.disposition(out).disposition != "Discharge"
    assert "hypertension" not in O.working(out)


def test_preterm_labour_keeps_magnesium_for_neuroprotection(reason: Reason) -> None:
    """Guard (NICE NG25 1.6; ACOG PB 171): regular contractions with a dilating cervix
    at 28 weeks is preterm labour: magnesium sulfate for fetal neuroprotection stays."""
    out = reason(
        make_case(
            "CONTRACTIONS",
            age=27,
            sex="F",
            vitals=vitals(98, 118, 72, 18, 99, 36.8),
            one_liner="27F, 28 weeks pregnant, regular painful contractions",
            ed_note="27-year-old, 28 weeks pregnant. Regular painful contractions "
            "every 4 minutes for 2 hours, cervix 3 cm dilated, membranes intact, "
            "afebrile.",
        )
    )
    assert "magnesium" in _med_names(out)


def test_term_prelabour_rupture_gets_no_preterm_protocol(reason: Reason) -> None:
    """Guard (NICE NG235 1.8; ACOG PB 217): membranes ruptured at 39 weeks go to the
    labour ward; no corticosteroids, magnesium or 10-day erythromycin."""
    out = reason(
        make_case(
            "LEAKING FLUID",
            age=31,
            sex="F",
            vitals=vitals(84, 120, 74, 16, 99, 36.7),
            one_liner="31F at 39 weeks, waters broke 1 hour ago",
            ed_note="31-year-old, 39 weeks pregnant, her waters broke an hour ago, "
            "clear fluid. No contractions yet, baby moving, afebrile.",
        )
    )
    meds = _med_names(out)
    assert not any(d in meds for d in ("betamethasone", "magnesium", "erythromycin"))


def test_intraamniotic_infection_gets_ampicillin_and_gentamicin(reason: Reason) -> None:
    """ACOG CO 712 (2017): a maternal fever with a tender uterus and a fetal
    tachycardia after ruptured membranes is intraamniotic infection: blood cultures,
    IV ampicillin with gentamicin, obstetrics for delivery; not home."""
    out = reason(
        make_case(
            "FEVER",
            age=29,
            sex="F",
            vitals=vitals(116, 110, 66, 20, 98, 38.7),
            one_liner="29F, 32 weeks pregnant, waters broke yesterday, now fever",
            ed_note="29-year-old, 32 weeks pregnant. Her waters broke yesterday. Now "
            "fever 38.7, tender uterus, offensive vaginal discharge. Fetal heart rate "
            "172.",
        )
    )
    meds = _med_names(out)
    assert "ampicillin" in meds and "gentamicin" in meds
    assert O.disposition(out).disposition != "Discharge"


def test_jaundice_in_the_first_day_gets_serum_bilirubin_and_haemolysis_screen(
    reason: Reason,
) -> None:
    """NICE CG98 1.2.7, 1.3; AAP 2022: visible jaundice at 16 hours of age is
    pathological: a serum bilirubin within 2 h, the blood group and direct
    antiglobulin test, and admission."""
    out = reason(
        make_case(
            "JAUNDICE",
            sex="M",
            vitals=vitals(146, 70, 40, 44, 98, 36.9),
            one_liner="16-hour-old boy looking yellow",
            ed_note="16-hour-old boy, born at 39 weeks, breastfeeding. Yellow skin of "
            "the face and chest noticed this morning. Feeding, alert.",
            demographics={"age_days": 0},
        )
    )
    assert O.ordered(out, "bilirubin")
    assert O.ordered(out, "antiglobulin", "coombs", r"\bdat\b")
    assert O.disposition(out).disposition == "Admit"


def test_well_jaundiced_five_day_old_goes_home_after_a_plotted_bilirubin(
    reason: Reason,
) -> None:
    """NICE CG98 1.2.8-1.2.10: a well, feeding 5-day-old with jaundice has a bilirubin
    measured and plotted, and goes home below the threshold; a respiratory rate of 46
    is normal under 3 months (ESI v4 handbook ch.6: danger zone > 50), not a reason
    to admit; no antibiotics."""
    out = reason(
        make_case(
            "JAUNDICE",
            sex="F",
            vitals=vitals(142, 72, 42, 46, 99, 37.0),
            one_liner="5-day-old, yellow, feeding well",
            ed_note="5-day-old girl, term, breastfed 8 times a day, plenty of wet "
            "nappies and yellow stools. Mildly jaundiced face and chest. Alert, well.",
            demographics={"age_days": 5},
        )
    )
    assert O.ordered(out, "bilirubin")
    assert not O.medications(out) or "antibiotic" not in _med_names(out)
    dispo = O.disposition(out)
    assert dispo.disposition == "Discharge"
    assert "respiratory_rate>40" not in dispo.rationale


def test_prolonged_jaundice_with_pale_stools_gets_conjugated_bilirubin_and_liver_team(
    reason: Reason,
) -> None:
    """NICE CG98 1.2.22-1.2.23: jaundice beyond 14 days with pale stools is conjugated
    jaundice, biliary atresia until excluded: a conjugated (split) bilirubin and an
    urgent paediatric liver referral."""
    out = reason(
        make_case(
            "JAUNDICE",
            sex="M",
            vitals=vitals(148, 78, 44, 40, 99, 36.8),
            one_liner="4-week-old still jaundiced, pale stools",
            ed_note="4-week-old boy, term, still yellow since the first week, stools "
            "pale and chalky, dark urine. Feeding well.",
            demographics={"age_days": 28},
        )
    )
    assert O.ordered(out, "conjugated")
    assert O.ordered(out, "hepatolog", "liver referral")


def test_child_nephrotic_syndrome_gets_prednisolone_by_body_surface(
    reason: Reason,
) -> None:
    """KDIGO 2021 ch.4: a 4-year-old with periorbital and leg oedema and proteinuria
    4+ has the nephrotic syndrome: urine protein:creatinine, albumin, prednisolone
    60 mg/m2 (a body-surface dose is not an adult fixed dose: BNF for Children); no
    dental or cellulitis antibiotic."""
    out = reason(
        make_case(
            "FACIAL SWELLING",
            age=4,
            sex="M",
            vitals=vitals(106, 100, 62, 22, 99, 36.8),
            one_liner="4-year-old with puffy eyes and swollen legs",
            ed_note="4-year-old boy, 17 kg. Puffy eyes every morning for a week, now "
            "swollen legs and ankles. Not itchy, no redness, no fever, no toothache. "
            "Urine dipstick protein 4+, no blood. Albumin 19.",
        )
    )
    meds = _med_names(out)
    assert re.search(r"prednisolone 60 mg/m2", meds)
    assert O.ordered(out, "protein:creatinine")
    assert not any(d in meds for d in ("amoxicillin", "penicillin", "co-amoxiclav"))


def test_nephrotic_relapse_with_fever_and_abdominal_pain_is_treated_as_peritonitis(
    reason: Reason,
) -> None:
    """KDIGO 2021 ch.4 practice points: fever with abdominal pain in a child with
    nephrotic syndrome is spontaneous bacterial peritonitis until proven otherwise:
    blood culture and IV ceftriaxone, admission."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=6,
            sex="F",
            vitals=vitals(136, 92, 56, 26, 98, 38.8),
            one_liner="6-year-old, known nephrotic syndrome, fever and tummy pain",
            ed_note="6-year-old girl, 20 kg, steroid-sensitive nephrotic syndrome in "
            "relapse. Fever 38.8 and diffuse abdominal pain with tenderness since this "
            "morning. Urine protein 4+.",
        )
    )
    assert "nephrotic" in O.working(out)
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")
    assert O.disposition(out).disposition != "Discharge"


def test_allergic_eyelid_swelling_gets_no_steroid_course_or_antibiotic(
    reason: Reason,
) -> None:
    """Guard (NICE CKS allergic conjunctivitis; KDIGO 2021): itchy puffy lids after
    grass with no redness, no fever and no proteinuria is neither nephrotic syndrome
    nor cellulitis: no prednisolone course, no antibiotic."""
    out = reason(
        make_case(
            "SWOLLEN EYE",
            age=8,
            sex="F",
            vitals=vitals(90, 104, 64, 20, 99, 36.6),
            one_liner="8-year-old with itchy puffy eyelids after playing in grass",
            ed_note="8-year-old girl, hay fever. Both eyelids itchy and puffy after "
            "playing in long grass, watery eyes, sneezing. No fever, lids not red, "
            "eye movements full, vision normal.",
        )
    )
    meds = _med_names(out)
    assert "prednisolone 60 mg/m2" not in meds
    assert "co-amoxiclav" not in meds and "ceftriaxone" not in meds


def test_periorbital_cellulitis_with_reduced_acuity_is_imaged_and_admitted(
    reason: Reason,
) -> None:
    """NICE CKS periorbital cellulitis 2022; RCOphth: reduced visual acuity beside a
    red swollen eyelid is an orbital red flag: CT orbits, IV antibiotics, admission,
    not the oral preseptal course."""
    out = reason(
        make_case(
            "SWOLLEN EYE",
            age=10,
            sex="M",
            vitals=vitals(112, 106, 64, 20, 99, 38.4),
            one_liner="10-year-old, red swollen eyelid and fever",
            ed_note="10-year-old boy, 32 kg. Right upper eyelid red, swollen and "
            "tender for 2 days after a cold, fever 38.4. Visual acuity 6/24 right, 6/6 "
            "left. Eye movements full, no proptosis seen.",
        )
    )
    assert O.ordered(out, *_CT)
    assert "co-amoxiclav" not in _med_names(out)
    assert O.disposition(out).disposition != "Discharge"


def test_infant_periorbital_cellulitis_is_treated_iv_in_hospital(
    reason: Reason,
) -> None:
    """RCH Melbourne and UHL periorbital cellulitis guidelines; NICE CKS 2022: an
    8-month-old with a red, swollen, warm eyelid and fever is admitted for IV
    antibiotics and ophthalmology, not sent home on oral co-amoxiclav."""
    out = reason(
        make_case(
            "SWOLLEN EYE",
            sex="F",
            vitals=vitals(148, 92, 54, 32, 99, 38.5),
            one_liner="8-month-old with a red swollen eyelid and fever",
            ed_note="8-month-old girl, 8.5 kg. Left upper eyelid red, swollen and warm "
            "since this morning, fever 38.5. The eye opens, white, moves fully, no "
            "proptosis.",
            demographics={"age_days": 240},
        )
    )
    meds = _med_names(out)
    assert "ceftriaxone" in meds and "co-amoxiclav" not in meds
    assert O.disposition(out).disposition not in ("Discharge", "Observation")


def test_eye_that_cannot_be_examined_is_not_sent_home_on_oral_antibiotics(
    reason: Reason,
) -> None:
    """RCOphth; UpToDate (Gappy, Archer 2024): eyelids swollen shut so that eye
    movements and vision cannot be assessed leave orbital cellulitis open: IV
    antibiotics, admission, ophthalmology."""
    out = reason(
        make_case(
            "SWOLLEN EYE",
            age=5,
            sex="M",
            vitals=vitals(122, 100, 62, 22, 99, 38.2),
            one_liner="5-year-old, eyelids swollen shut, fever",
            ed_note="5-year-old boy, 19 kg. Right eyelids red and swollen shut after a "
            "cold, fever 38.2. The eye cannot be opened to assess eye movements or "
            "vision.",
        )
    )
    assert "co-amoxiclav" not in _med_names(out)
    assert O.disposition(out).disposition not in ("Discharge", "Observation")


def test_distressed_toddler_laceration_gets_ketamine_sedation(reason: Reason) -> None:
    """Green SM et al. ACEP ketamine guideline 2011; ACEP PSA policy 2014: a
    3-year-old's gaping chin laceration who will not let anyone near gets topical
    anaesthetic and ketamine dissociative sedation by weight (no fasting delay)."""
    out = reason(
        make_case(
            "LACERATION",
            age=3,
            sex="F",
            vitals=vitals(120, 98, 60, 24, 99, 36.8),
            one_liner="3-year-old, 3 cm gaping chin laceration after a fall",
            ed_note="3-year-old girl, 14 kg, fell against a coffee table 1 hour ago: a "
            "3 cm gaping laceration under the chin, bleeding controlled. Ate lunch an "
            "hour ago. Inconsolable, will not let anyone near the wound. No loss of "
            "consciousness, healthy.",
        )
    )
    meds = _med_names(out)
    assert re.search(r"ketamine [\d.-]+ mg/kg", meds)
    assert "fasting" not in meds or "no reason to delay" in meds


def test_infant_under_three_months_gets_no_ketamine(reason: Reason) -> None:
    """Guard (Green 2011: age under 3 months is an absolute contraindication to
    ketamine): a distressed 6-week-old's scalp cut gets no ketamine."""
    out = reason(
        make_case(
            "LACERATION",
            sex="M",
            vitals=vitals(150, 80, 46, 40, 99, 36.9),
            one_liner="6-week-old with a 1 cm scalp laceration, inconsolable",
            ed_note="6-week-old boy, 4.8 kg, 1 cm scalp laceration from a sibling's "
            "toy, inconsolable, feeding well, no bruising elsewhere.",
            demographics={"age_days": 42},
        )
    )
    assert "ketamine" not in _med_names(out)


def test_cooperative_child_laceration_gets_no_sedation(reason: Reason) -> None:
    """Guard (ACEP PSA policy 2014: sedation when the procedure needs it): a calm
    11-year-old's forearm cut is closed under local anaesthetic, no ketamine."""
    out = reason(
        make_case(
            "LACERATION",
            age=11,
            sex="M",
            vitals=vitals(88, 110, 66, 18, 99, 36.7),
            one_liner="11-year-old, 2 cm forearm cut on a fence",
            ed_note="11-year-old boy, 36 kg, 2 cm clean forearm laceration on a "
            "fence an hour ago, calm and cooperative, tetanus up to date, hand "
            "neurovascularly intact.",
        )
    )
    assert "ketamine" not in _med_names(out)


def test_febrile_neonate_with_vesicles_and_seizure_gets_aciclovir(
    reason: Reason,
) -> None:
    """AAP Red Book 2021; Pantell RH et al. AAP 2021 febrile infant; NICE NG240: a
    febrile 10-day-old with scalp vesicles and a focal seizure is neonatal HSV until
    excluded: aciclovir 20 mg/kg IV 8-hourly beside the antibiotics."""
    out = reason(
        make_case(
            "FEVER",
            sex="F",
            vitals=vitals(176, 70, 40, 50, 97, 38.1),
            one_liner="10-day-old, fever, jerking of the right arm",
            ed_note="10-day-old girl, 3.3 kg. Temperature 38.1, feeding poorly, one "
            "episode of rhythmic jerking of the right arm, a cluster of vesicles on "
            "the scalp. Mother had a genital sore at delivery.",
            demographics={"age_days": 10},
        )
    )
    meds = _med_names(out)
    assert re.search(r"aciclovir 20 mg/kg", meds)
    assert "ampicillin" in meds


def test_febrile_infant_without_hsv_signs_gets_no_aciclovir(reason: Reason) -> None:
    """Guard (AAP 2021 febrile infant): a well febrile 7-week-old with a positive
    urinalysis and no vesicles, seizure or maternal herpes gets antibiotics, not
    aciclovir."""
    out = reason(
        make_case(
            "FEVER",
            sex="M",
            vitals=vitals(168, 82, 46, 42, 99, 38.3),
            one_liner="7-week-old with fever",
            ed_note="7-week-old boy, 4.9 kg, fever 38.3, feeding a little less, well "
            "appearing, no rash. Urinalysis leukocyte esterase positive.",
            demographics={"age_days": 49},
        )
    )
    assert "aciclovir" not in _med_names(out)


def test_postural_headache_after_an_epidural_is_a_dural_puncture_headache(
    reason: Reason,
) -> None:
    """ICHD-3 7.2.1; OAA 2018 PDPH guideline: a headache that comes within minutes of
    sitting up and goes lying flat, 2 days after a labour epidural, is a post-dural
    puncture headache: the anaesthetist (blood patch), blood pressure and urine
    checked for pre-eclampsia; not a migraine cocktail."""
    out = reason(
        make_case(
            "HEADACHE",
            age=29,
            sex="F",
            vitals=vitals(76, 116, 70, 16, 99, 36.8),
            one_liner="29F, 2 days postpartum, headache when she sits up",
            ed_note="29-year-old, 2 days after a vaginal birth with an epidural. "
            "Occipital headache that starts within minutes of sitting up and goes "
            "when lying flat. No fever, BP 116/70, neurological examination normal.",
        )
    )
    assert O.ordered(out, "blood patch", "anaesthe", "anesthe")
    assert "prochlorperazine" not in _med_names(out)


def test_postpartum_headache_with_severe_hypertension_stays_pre_eclampsia(
    reason: Reason,
) -> None:
    """Guard (ACOG PB 222; NICE NG133): a postpartum headache with BP 164/112 after an
    epidural is severe pre-eclampsia until proven otherwise: magnesium and an
    antihypertensive, not a blood patch."""
    out = reason(
        make_case(
            "HEADACHE",
            age=33,
            sex="F",
            vitals=vitals(90, 164, 112, 18, 98, 36.9),
            one_liner="33F, 4 days postpartum, severe headache, BP 164/112",
            ed_note="33-year-old, 4 days after a birth with an epidural. Severe "
            "headache and blurred vision, BP 164/112 and 162/110, urine protein 2+, "
            "brisk reflexes.",
        )
    )
    assert "magnesium" in _med_names(out)
    assert not O.ordered(out, "blood patch")

"""peds48 (session 48): triage levels, paediatric and obstetric orders from sources.

Written from guidelines, not from shared data: a fever days after a named cytotoxic is
febrile neutropenia until the count says otherwise (NICE NG151 2020); an infant's head
swelling over 5 cm is a CT head within 1 hour whatever PECARN says (NICE NG232 2023
1.4.11); a patient whose age is not recorded is no neonate (NICE NG195 criteria are
validated in babies up to 28 days); a brief resolved unexplained event is graded by
the AAP 2016 guideline (Tieder JS et al.); a postpartum fever with a pelvic source or a
heavy bleed is high risk (RCOG GTG 64b, 52) and tranexamic acid's window is 3 h from
the birth (WOMAN trial 2017); a diver's neurological symptoms are decompression
illness (UHMS 2018); bilateral ankle oedema with breathlessness only on exertion is no
high-risk breathlessness (NICE NG106); croup's stridor only when upset is mild
(Westley 1978) beside a denied airway sign. Research software, not for clinical use.
"""

from __future__ import annotations

from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


def _v(
    hr: float, sbp: float | None, rr: float, spo2: float, t: float, dbp: float = 70
) -> dict[str, float]:
    v = {"heart_rate": hr, "respiratory_rate": rr, "spo2": spo2, "temperature_c": t}
    if sbp is not None:
        v |= {"systolic_bp": sbp, "diastolic_bp": dbp}
    return v


# --- a fever after a named cytotoxic ---


def test_a_fever_eight_days_after_docetaxel_is_febrile_neutropenia(
    reason: Reason,
) -> None:
    """NICE NG151 2020 (neutropenic sepsis: anticancer treatment within 6 weeks and a
    fever: empirical antibiotics within 1 h, not waiting for the count); ESI v4
    handbook ch.4. The drug named instead of the word 'chemotherapy' was ESI 3, a
    viral infection and home."""
    text = (
        "Breast cancer, last cycle of docetaxel 8 days ago. Fever at home 38.5. "
        "Feels ok otherwise."
    )
    out = reason(
        make_case(
            "FEVER",
            age=45,
            sex="F",
            vitals=_v(96, 122, 18, 98, 38.4),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) <= 2
    assert O.dispo(out) != "Discharge"
    assert O.medication_ordered(out, r"cefepime|piperacillin|meropenem")


def test_a_cytotoxic_finished_years_ago_is_no_immunocompromise(reason: Reason) -> None:
    """Guard: NICE NG151's window is 6 weeks; a course finished in 2019 is none."""
    text = "Breast cancer treated with docetaxel, finished in 2019. Cough and fever."
    out = reason(
        make_case(
            "COUGH",
            age=58,
            sex="F",
            vitals=_v(88, 128, 18, 98, 38.1),
            one_liner=text,
            ed_note=text,
        )
    )
    assert not O.medication_ordered(out, r"cefepime|piperacillin|meropenem")


# --- an infant's large head swelling ---


def test_an_infant_with_a_six_cm_scalp_swelling_gets_the_ct_head(
    reason: Reason,
) -> None:
    """NICE NG232 2023 1.4.11: under 1 year, a bruise, swelling or laceration of more
    than 5 cm on the head is a CT head within 1 hour; PECARN counts a non-frontal
    scalp haematoma under 2 years (Kuppermann 2009). The PECARN no-factor gate
    withheld the CT (the size between the swelling and its site was unread)."""
    text = (
        "9-month-old. Father says she fell off the bed onto carpet yesterday. Large "
        "boggy swelling 6 cm over the right parietal scalp. Alert, feeding."
    )
    out = reason(
        make_case(
            "HEAD INJURY",
            demographics={"age_days": 275, "sex": "F"},
            vitals={"heart_rate": 130, "respiratory_rate": 30, "spo2": 99},
            one_liner=text,
            ed_note=text,
        )
    )
    assert O.ordered(out, r"ct head|head ct")
    assert not any("CT head" in b for b in O.blocked_names(out))


def test_a_toddler_bump_with_no_pecarn_factor_keeps_no_ct(reason: Reason) -> None:
    """Guard: a 3-year-old's frontal bump with no PECARN factor gets no CT
    (Kuppermann 2009; ALARA)."""
    text = (
        "3-year-old tripped and bumped her forehead on a table an hour ago. Small "
        "frontal bruise. No loss of consciousness, no vomiting, acting normally."
    )
    out = reason(
        make_case(
            "HEAD INJURY",
            age=3,
            sex="F",
            vitals={"heart_rate": 110, "respiratory_rate": 24, "spo2": 99},
            one_liner=text,
            ed_note=text,
        )
    )
    assert not O.ordered(out, r"ct head|head ct")


# --- a patient whose age is not recorded ---


def test_an_unknown_age_with_fever_and_shock_is_no_neonate(reason: Reason) -> None:
    """NICE NG195 2021 (table 2) is a criterion for babies up to 28 days; an unknown
    age gets the adult sepsis set (Surviving Sepsis 2021), not neonatal sepsis with
    ampicillin-gentamicin and paediatric admission beside it."""
    text = (
        "Fever and rigors since last night, confused, works as a builder. "
        "Productive cough."
    )
    out = reason(
        make_case(
            "FEVER",
            vitals=_v(124, 86, 26, 94, 39.1, dbp=50),
            one_liner=text,
            ed_note=text,
        )
    )
    assert "newborn" not in O.working(out).lower()
    assert out.final.icd10 is None or not out.final.icd10.startswith("P36")
    assert not O.ordered(out, r"paediatrics: hospital admission|mg/kg")


def test_a_febrile_three_week_old_keeps_neonatal_sepsis(reason: Reason) -> None:
    """Guard: AAP 2021 (8-21 days): a febrile neonate is worked up and admitted."""
    text = (
        "21-day-old, fever 38.2 at home, feeding normally, well appearing, term baby."
    )
    out = reason(
        make_case(
            "FEVER",
            demographics={"age_days": 21, "sex": "M"},
            vitals={"heart_rate": 178, "respiratory_rate": 50, "spo2": 97,
                    "temperature_c": 38.2},
            one_liner=text,
            ed_note=text,
        )
    )  # fmt: skip
    assert "newborn" in O.working(out).lower()
    assert O.ordered(out, r"lumbar puncture")


# --- brief resolved unexplained event ---


def test_a_lower_risk_brue_is_worked_as_one_without_routine_tests(
    reason: Reason,
) -> None:
    """AAP 2016 (Tieder JS et al. Pediatrics 2016;137:e20160590): older than 60 days,
    born at term, a first 20-second event without CPR: brief monitoring, an ECG may be
    obtained, no blood tests, imaging or admission. The complaint was unknown and the
    assessment abstained."""
    text = (
        "2.5-month-old, term. At home went pale and limp for about 20 seconds during "
        "a nap, recovered spontaneously without intervention. First episode. Now "
        "well, feeding, normal exam."
    )
    out = reason(
        make_case(
            "BRIEF RESOLVED UNEXPLAINED EVENT",
            demographics={"age_days": 75, "sex": "M"},
            vitals={"heart_rate": 140, "respiratory_rate": 36, "spo2": 99,
                    "temperature_c": 36.8},
            one_liner=text,
            ed_note=text,
        )
    )  # fmt: skip
    assert out.final.icd10 == "R68.13"
    assert O.ordered(out, r"lower-risk brue")
    assert not O.ordered(out, r"\bct\b|lumbar puncture|blood culture")


def test_a_higher_risk_brue_is_admitted_with_monitoring(reason: Reason) -> None:
    """AAP 2016: a 40-day-old born at 31 weeks with a second event needing stimulation
    is higher risk: admission with cardiorespiratory monitoring and an ECG. The
    assessment and treatment stages abstained."""
    text = (
        "40-day-old born at 31 weeks. Second episode today of stopping breathing and "
        "turning blue, mother blew in her face to restart. Now pink and alert."
    )
    out = reason(
        make_case(
            "APPARENT LIFE THREATENING EVENT",
            demographics={"age_days": 40, "sex": "F"},
            vitals={"heart_rate": 150, "respiratory_rate": 40, "spo2": 98,
                    "temperature_c": 36.7},
            one_liner=text,
            ed_note=text,
        )
    )  # fmt: skip
    assert _esi(out) <= 2
    assert O.ordered(out, r"cardiorespiratory monitoring")
    assert O.ordered(out, r"\becg\b")
    assert O.dispo(out) not in ("Discharge", "Observation")


def test_an_infants_screaming_episodes_complaint_is_worked_as_intussusception(
    reason: Reason,
) -> None:
    """APLS 6th ed.; Kelley-Quon LI et al. APSA 2021: paroxysmal screaming with the
    legs drawn up and vomiting at 8 months is intussusception until an ultrasound
    excludes it. The complaint 'screaming episodes' was unknown: gastroenteritis
    worked, no final diagnosis."""
    out = reason(
        make_case(
            "SCREAMING EPISODES",
            demographics={"age_days": 240, "sex": "M"},
            vitals={"heart_rate": 150, "respiratory_rate": 34, "spo2": 99},
            one_liner="8-month-old with paroxysmal screaming, drawing legs up and "
            "vomiting",
        )
    )
    assert "intussusception" in O.working(out).lower()
    assert O.ordered(out, r"ultrasound")


# --- the puerperium ---


def test_a_secondary_postpartum_haemorrhage_with_fever_is_high_risk(
    reason: Reason,
) -> None:
    """RCOG GTG 64b 2012 (sepsis after pregnancy: fever, offensive lochia and
    tachycardia can progress within hours); RCOG GTG 52 2016 (secondary PPH:
    endometritis, retained tissue); WOMAN trial 2017 (tranexamic acid within 3 h of
    birth). Day 9 was ESI 3 with the primary-PPH tranexamic acid 'within 3 h of
    birth'."""
    text = (
        "Delivered vaginally 9 days ago. Heavy fresh bleeding with clots since this "
        "morning, offensive lochia, fever, lower abdominal tenderness."
    )
    out = reason(
        make_case(
            "POSTPARTUM BLEEDING",
            age=30,
            sex="F",
            vitals=_v(112, 108, 20, 98, 38.4, dbp=66),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) <= 2
    assert not O.ordered(out, r"within 3 h of birth")
    assert O.medication_ordered(out, r"clindamycin|co-amoxiclav|piperacillin")


def test_a_mild_late_lochia_change_is_no_tranexamic_acid_within_three_hours(
    reason: Reason,
) -> None:
    """WOMAN trial (Lancet 2017;389:2105): the benefit of tranexamic acid is within
    3 h of birth; ten days after it the order's own window has passed."""
    text = (
        "Delivered 10 days ago. Lochia a little heavier today, no clots, no fever, "
        "no pain."
    )
    out = reason(
        make_case(
            "POSTPARTUM BLEEDING",
            age=30,
            sex="F",
            vitals=_v(84, 118, 16, 99, 36.8),
            one_liner=text,
            ed_note=text,
        )
    )
    assert not O.ordered(out, r"within 3 h of birth")


def test_postpartum_mastitis_is_not_puerperal_sepsis_at_triage(reason: Reason) -> None:
    """Guard: a lactational mastitis' fever with a red breast is treated by mouth
    (ABM protocol 36, 2022); the puerperal high-risk pattern wants a pelvic source."""
    text = (
        "Gave birth 3 weeks ago, breastfeeding. Red, hot, painful wedge on the left "
        "breast and fever since yesterday."
    )
    out = reason(
        make_case(
            "BREAST PAIN",
            age=29,
            sex="F",
            vitals=_v(96, 118, 16, 99, 38.3),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) >= 3


# --- diving ---


def test_a_divers_numb_legs_and_retention_are_high_risk(reason: Reason) -> None:
    """UHMS 2018 best practice; Vann RD et al. Lancet 2011;377:153: neurological
    decompression illness needs 100 % oxygen and recompression without delay (ESI v4
    handbook ch.4). It was ESI 3."""
    text = (
        "Scuba dived to 30 m this morning. Since surfacing: tingling and numbness in "
        "both legs, and difficulty passing urine."
    )
    out = reason(
        make_case(
            "NUMBNESS",
            age=36,
            sex="M",
            vitals=_v(84, 132, 16, 98, 36.8, dbp=82),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) <= 2
    assert O.ordered(out, r"hyperbaric")


def test_a_dive_into_a_shallow_pool_is_no_decompression_illness(
    reason: Reason,
) -> None:
    """Guard: a dive into shallow water is a cervical spine injury (ATLS 10th ed.),
    not a compressed-gas dive."""
    text = (
        "Dived into the shallow end of a pool, hit his head. Tingling in both "
        "hands, neck pain."
    )
    out = reason(
        make_case(
            "NECK INJURY",
            age=19,
            sex="M",
            vitals=_v(88, 128, 16, 99, 36.7, dbp=78),
            one_liner=text,
            ed_note=text,
        )
    )
    triage = next(r.output for r in out.trace if isinstance(r.output, TriageResult))
    assert not any("dive" in f for f in triage.red_flags)
    assert not O.ordered(out, r"hyperbaric")


# --- breathlessness beside swollen ankles ---


def test_both_ankles_swollen_with_breathlessness_on_exertion_is_esi_3(
    reason: Reason,
) -> None:
    """NICE NG106 2018 (suspected heart failure: NT-proBNP, ECG); ESI v4 handbook
    ch.4-5: bilateral oedema with breathlessness only on the stairs and normal vitals
    is a work-up with several resources, not a high-risk breathlessness (the
    leg-swelling complaint's 'dyspnea' was read as a swollen leg's PE)."""
    text = (
        "Both ankles swollen for 2 weeks, slightly breathless walking up stairs. No "
        "orthopnoea, no chest pain. Started amlodipine last month."
    )
    out = reason(
        make_case(
            "ANKLE SWELLING",
            age=72,
            sex="F",
            vitals=_v(80, 146, 18, 96, 36.7, dbp=84),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) == 3


def test_one_swollen_calf_with_breathlessness_stays_high_risk(reason: Reason) -> None:
    """Guard: a swollen calf with breathlessness is a PE until excluded (Wells 2003;
    ESI v4 handbook ch.4)."""
    text = "Right calf swollen and painful for 3 days, now short of breath at rest."
    out = reason(
        make_case(
            "LEG SWELLING",
            age=55,
            sex="M",
            vitals=_v(96, 134, 20, 96, 36.9, dbp=80),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) <= 2


# --- croup ---


def test_mild_croup_with_no_drooling_is_not_airway_compromise(reason: Reason) -> None:
    """Westley CR et al. 1978 (stridor with agitation only: mild croup); Bjornson CL,
    Johnson DW. CMAJ 2013 (oral dexamethasone and home); ESI v4 handbook ch.4
    (airway compromise is stridor at rest). 'No drooling' made it ESI 2."""
    text = (
        "2-year-old with barking cough, hoarse voice, mild stridor only when upset, "
        "low grade fever. No drooling. Well."
    )
    out = reason(
        make_case(
            "CROUP",
            age=2,
            sex="F",
            vitals={"heart_rate": 132, "respiratory_rate": 32, "spo2": 97,
                    "temperature_c": 38.3},
            one_liner=text,
            ed_note=text,
        )
    )  # fmt: skip
    assert _esi(out) >= 3
    assert O.medication_ordered(out, r"dexamethasone")


def test_croup_with_drooling_stays_airway_compromise(reason: Reason) -> None:
    """Guard: stridor with drooling is an airway at risk (epiglottitis, a foreign
    body: ESI v4 handbook ch.4)."""
    text = "3-year-old with stridor only when upset and drooling since this afternoon."
    out = reason(
        make_case(
            "STRIDOR",
            age=3,
            sex="M",
            vitals={"heart_rate": 140, "respiratory_rate": 32, "spo2": 96,
                    "temperature_c": 38.6},
            one_liner=text,
            ed_note=text,
        )
    )  # fmt: skip
    assert _esi(out) <= 2


# --- hearing ---


def test_waking_up_deaf_in_one_ear_is_a_sudden_hearing_loss(reason: Reason) -> None:
    """NICE CKS hearing loss 2023; Chandrasekhar SS et al. AAO-HNS 2019: a hearing
    loss found on waking is sudden, referred to ENT within 24 h (one resource: ESI v4
    handbook ch.5). 'Woke up today unable to hear' was ESI 5."""
    text = (
        "Woke up today unable to hear in the right ear, ringing. No ear pain or "
        "discharge. Weber lateralises to the left."
    )
    out = reason(
        make_case(
            "HEARING LOSS",
            age=49,
            sex="F",
            vitals=_v(76, 128, 14, 99, 36.6, dbp=80),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) == 4


# --- requests of session 48 (cardio48, trauma48, lead48) ---


def test_jaw_ache_on_walking_then_at_rest_is_a_possible_acs(reason: Reason) -> None:
    """AHA/ACC 2021 chest pain guideline 2.1.1 (jaw, arm or shoulder discomfort is
    chest pain's equivalent); ESI v4 handbook ch.4 (possible ACS is high risk). A
    diabetic's jaw ache on walking, then at rest, was ESI 5 (cardio48)."""
    text = "Diabetic. Jaw ache when walking to the shops, today 25 min while sitting."
    out = reason(
        make_case(
            "JAW PAIN",
            age=66,
            sex="F",
            vitals=_v(80, 146, 16, 98, 36.7, dbp=84),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) <= 2


def test_a_toothache_in_the_jaw_on_chewing_stays_dental(reason: Reason) -> None:
    """Guard: a toothache worse on chewing is dental (NICE CKS dental abscess)."""
    text = "Toothache and jaw ache on the left for 3 days, worse chewing."
    out = reason(
        make_case(
            "JAW PAIN",
            age=45,
            sex="F",
            vitals=_v(78, 128, 14, 99, 36.6, dbp=80),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) >= 4


def test_diplopia_after_a_punch_to_the_eye_is_no_posterior_stroke(
    reason: Reason,
) -> None:
    """Joseph JM, Glavas IP. Clin Ophthalmol 2011;5:95; ACR orbits 2022: diplopia on
    upgaze with a numb cheek after a blow is an orbital floor fracture, not the
    posterior circulation's (trauma48)."""
    text = (
        "Punched in the left eye, double vision when looking up, numb left cheek and "
        "upper lip, swelling around the eye."
    )
    out = reason(
        make_case(
            "EYE INJURY",
            age=25,
            sex="M",
            vitals=_v(84, 128, 16, 99, 36.7, dbp=78),
            one_liner=text,
            ed_note=text,
        )
    )
    triage = next(r.output for r in out.trace if isinstance(r.output, TriageResult))
    assert not any("posterior circulation" in f for f in triage.red_flags)
    assert not any("stroke" in f for f in triage.red_flags)


def test_sudden_double_vision_and_unsteadiness_stay_a_posterior_stroke(
    reason: Reason,
) -> None:
    """Guard: sudden diplopia and ataxia without a blow (ACEP GRACE-3 2023)."""
    text = "Sudden double vision and unsteady walking since 2 hours ago."
    out = reason(
        make_case(
            "DOUBLE VISION",
            age=67,
            sex="M",
            vitals=_v(84, 158, 16, 98, 36.7, dbp=88),
            one_liner=text,
            ed_note=text,
        )
    )
    assert _esi(out) <= 2


def test_a_rash_and_sore_mouth_after_lamotrigine_is_high_risk(reason: Reason) -> None:
    """Creamer D et al. UK SJS/TEN guidelines 2016; EuroSCAR (Mockenhaupt 2008): a
    rash with mucosal soreness after a new high-risk drug is SJS/TEN until proven
    otherwise (ESI v4 handbook ch.4). It was ESI 3 before any blister (lead48)."""
    out = reason(
        make_case(
            "RASH",
            age=34,
            sex="F",
            vitals=_v(112, 118, 18, 98, 38.9),
            one_liner="34F rash and sore mouth after starting lamotrigine 2 weeks ago",
        )
    )
    assert _esi(out) <= 2

"""peds53 (session 53): children's and obstetric pathways from sources.

Written from guidelines, not from shared data: a pregnant woman's cardiac arrest
(RCUK 2021; RCOG GTG 56); eclampsia at a normal pressure and after a birth (NICE NG133;
RCOG GTG 56); maternal sepsis with group A streptococcus (RCOG GTG 64a); DKA's cerebral
oedema (ISPAD 2022); a breath-holding spell (Leung 2019); an unstable slip (Loder 1993);
a teenager's heavy bleeding (ACOG CO 785); mild croup (CPS 2017); HUS before the count
(NICE CKS; UKHSA 2023); OHSS (RCOG GTG 5); a child's migraine (AAN/AHS 2019); a
forearm shaft fracture (Pace 2016; NICE NG38); a febrile infant of 5 weeks (AAP 2021);
a mole's pressure (RCOG GTG 38); a swallowed coin (NASPGHAN); green vomiting at 8 weeks
(APSA). One reasoner run per case. Research software, not for clinical use."""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios._story import partial_vitals as _v
from tests.scenarios._story import tell as _run
from tests.scenarios.conftest import Reason, make_case


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


def _infant(
    reason: Reason, cc: str, text: str, vitals: dict[str, float], days: int, sex: str
) -> ReasoningOutput:
    return reason(
        make_case(
            cc,
            vitals=vitals,
            one_liner=text,
            ed_note=text,
            demographics={"age": 0, "age_days": days, "sex": sex},
        )
    )


# --- obstetrics ---


def test_a_pregnant_womans_arrest_at_33_weeks_gets_displacement_and_hysterotomy(
    reason: Reason,
) -> None:
    """RCUK 2021 / AHA 2020 / RCOG GTG 56: cardiac arrest from 20 weeks: manual left
    uterine displacement, the obstetric and neonatal teams, and a resuscitative
    hysterotomy if no ROSC by 4 minutes (was the adult ALS algorithm alone)."""
    out = _run(
        reason,
        "CARDIAC ARREST",
        "34-year-old at 33 weeks pregnant collapsed at home, in cardiac arrest on "
        "arrival, CPR in progress, uterus at the level of the xiphisternum.",
        {},
        34,
        "F",
    )
    assert O.ordered(out, r"uterine displacement"), O.order_names(out)
    assert O.ordered(out, r"hysterotomy"), O.order_names(out)


def test_a_cardiac_arrest_in_a_woman_not_pregnant_gets_no_hysterotomy(
    reason: Reason,
) -> None:
    """Guard: the maternal algorithm is for a pregnancy from 20 weeks only."""
    out = _run(
        reason,
        "CARDIAC ARREST",
        "56-year-old woman collapsed at home, in cardiac arrest on arrival, CPR in "
        "progress. Postmenopausal.",
        {},
        56,
        "F",
    )
    assert not O.ordered(out, r"hysterotomy|uterine displacement"), O.order_names(out)


def test_a_first_fit_at_37_weeks_with_a_normal_pressure_is_eclampsia(
    reason: Reason,
) -> None:
    """NICE NG133 2019; RCOG GTG 56 2019; Douglas & Redman BMJ 1994: a new seizure
    from 20 weeks is eclampsia until shown otherwise, even at 134/86: magnesium, coded
    O15.03, no first-seizure clinic or driving advice (was R56.9 with an outpatient
    EEG)."""
    out = _run(
        reason,
        "SEIZURE",
        "26-year-old at 37 weeks pregnant had a generalised tonic-clonic seizure at "
        "home lasting 2 minutes, now drowsy. No history of epilepsy. Urine protein 2+, "
        "headache this morning.",
        _v(110, 134, 20, 97, 36.9, 86),
        26,
        "F",
    )
    assert "clampsia" in O.working(out), O.working(out)
    assert O.medication_ordered(out, r"magnesium"), O.order_names(out)
    assert not O.ordered(out, r"outpatient neurology|driving advice"), O.order_names(
        out
    )
    assert _code(out) == "O15.03"


def test_a_first_seizure_in_a_man_keeps_the_first_seizure_clinic(
    reason: Reason,
) -> None:
    """Guard (ACEP 2014; NICE NG217 2022): a man's first unprovoked seizure keeps its
    outpatient neurology and safety advice."""
    out = _run(
        reason,
        "SEIZURE",
        "30-year-old man had a witnessed generalised tonic-clonic seizure at work, his "
        "first ever seizure. Now back to baseline, normal examination.",
        _v(88, 132, 16, 99, 36.8, 80),
        30,
        "M",
    )
    assert O.ordered(out, r"outpatient neurology"), O.order_names(out)


def test_a_seizure_six_days_after_a_caesarean_gets_venography_and_o15_2(
    reason: Reason,
) -> None:
    """RCOG GTG 56; AHA 2024 CVT: a seizure after a birth is eclampsia with the
    puerperium's other causes imaged: CT with venography (was a plain CT or none);
    coded as eclampsia of the puerperium."""
    out = _run(
        reason,
        "SEIZURE",
        "30-year-old, 6 days after a caesarean birth, had a generalised seizure at "
        "home after two days of a worsening headache. Urine protein trace. Now drowsy.",
        _v(92, 128, 16, 98, 36.9, 80),
        30,
        "F",
    )
    assert O.ordered(out, r"venograph"), O.order_names(out)
    assert _code(out) == "O15.2"


def test_a_septic_mother_at_26_weeks_after_her_daughters_scarlet_fever_gets_clindamycin(
    reason: Reason,
) -> None:
    """RCOG GTG 64a (2012) 4.3-4.4: maternal septic shock with group A streptococcus
    suspected: piperacillin-tazobactam (or a carbapenem) with clindamycin within the
    hour, obstetrics with critical care (was ceftriaxone alone)."""
    out = _run(
        reason,
        "FEVER",
        "27-year-old at 26 weeks pregnant, fever, rigors, diffuse abdominal pain, "
        "vomiting and diarrhoea, a sore throat last week, her daughter has scarlet "
        "fever. Mottled knees.",
        _v(136, 84, 26, 96, 39.1, 46, pain=6),
        27,
        "F",
    )
    assert O.medication_ordered(out, r"clindamycin"), O.order_names(out)
    assert not O.medication_ordered(out, r"ampicillin 2 g"), O.order_names(out)


def test_a_stable_pyelonephritis_at_22_weeks_gets_no_clindamycin(
    reason: Reason,
) -> None:
    """Guard (RCOG GTG 64a; NICE NG224): a febrile pregnant woman with loin pain and
    normal pressure, no GAS contact, keeps the source's own antibiotic."""
    out = _run(
        reason,
        "FLANK PAIN",
        "26-year-old at 22 weeks pregnant with right loin pain, fever and dysuria "
        "for two days. Right renal angle tenderness. Urine dipstick nitrites and "
        "leucocytes.",
        _v(104, 114, 18, 98, 38.4, 70, pain=5),
        26,
        "F",
    )
    assert not O.medication_ordered(out, r"clindamycin"), O.order_names(out)


def test_abdominal_swelling_and_oliguria_after_an_egg_collection_is_ohss_with_lmwh(
    reason: Reason,
) -> None:
    """RCOG GTG 5 (2016): severe OHSS (ascites, oliguria, haematocrit > 0.45) is
    admitted with thromboprophylaxis ('abdominal swelling' was not read as distension:
    the LMWH was held at the treatment threshold)."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "33-year-old, egg collection for IVF 5 days ago, now abdominal swelling and "
        "pain, vomiting, passing very little urine, breathless lying flat. Haematocrit "
        "47 %.",
        _v(112, 106, 24, 97, 36.9, 66, pain=6),
        33,
        "F",
    )
    assert O.medication_ordered(out, r"LMWH"), O.order_names(out)
    assert O.dispo(out) != "Discharge"
    assert _code(out) == "N98.1"


def test_a_molar_pregnancy_at_154_98_gets_no_antenatal_clinic_order(
    reason: Reason,
) -> None:
    """ACOG PB 222 2020; RCOG GTG 38 2020: a raised pressure with a mole before 20 weeks
    is the mole's pre-eclampsia, evacuated in hospital, not a chronic hypertension for
    the antenatal clinic within a week (peds52's leftover)."""
    out = _run(
        reason,
        "VAGINAL BLEEDING",
        "25-year-old at 11 weeks with bleeding and severe vomiting, uterus larger than "
        "dates, hCG 310,000; scan shows a snowstorm appearance with no fetus.",
        _v(108, 154, 18, 99, 36.8, 98),
        25,
        "F",
    )
    assert not O.ordered(out, r"antenatal clinic within a week"), O.order_names(out)
    assert O.ordered(out, r"suction evacuation"), O.order_names(out)


# --- children ---


def test_a_childs_dka_with_the_heart_rate_dropped_and_incontinence_gets_mannitol_now(
    reason: Reason,
) -> None:
    """ISPAD 2022; Muir 2004: altered mentation, a falling heart rate and
    age-inappropriate incontinence are cerebral oedema: hyperosmolar therapy now and
    fluids reduced ('heart rate dropped to 54', 'incontinent of urine' were unread)."""
    out = _run(
        reason,
        "ALTERED MENTAL STATUS",
        "11-year-old girl with new type 1 diabetes, in diabetic ketoacidosis "
        "(pH 6.98), started on IV fluids and insulin 5 hours ago. Now drowsy and "
        "disorientated, complaining of headache, incontinent of urine, heart rate "
        "dropped to 54.",
        _v(54, 146, 22, 98, 36.8, 88),
        11,
        "F",
    )
    assert O.medication_ordered(out, r"mannitol[^;]*now"), O.order_names(out)
    assert O.ordered(out, r"reduce the iv fluid rate"), O.order_names(out)


def test_a_toddler_who_cried_went_blue_and_limp_and_recovered_is_breath_holding(
    reason: Reason,
) -> None:
    """Leung AKC et al. Curr Pediatr Rev 2019; DiMario 2001: a spell provoked by crying
    with cyanosis and brief limpness, recovered, is a breath-holding spell (R06.89):
    reassurance and iron studies; no CT, naloxone or airway plan (was opioid
    poisoning)."""
    out = _run(
        reason,
        "UNRESPONSIVE EPISODE",
        "14-month-old cried hard after a toy was taken, went blue around the lips, "
        "became limp for 10 seconds, then recovered fully and was back to normal "
        "within a minute. Well now, normal examination. Two similar episodes "
        "before, always after crying.",
        _v(118, None, 26, 99, 36.8),
        1,
        "F",
    )
    assert "breath-holding" in O.working(out), O.working(out)
    assert not O.ordered(out, r"\bct\b|naloxone|airway plan"), O.order_names(out)
    assert _code(out) == "R06.89"


def test_an_infant_screaming_then_pale_and_limp_with_vomiting_is_no_breath_holding(
    reason: Reason,
) -> None:
    """Guard (APLS; APSA 2021): pallor and limpness after screaming episodes with
    vomiting are intussusception's, not a breath-holding spell's."""
    out = _infant(
        reason,
        "CRYING",
        "9-month-old with episodes of screaming every 15 minutes drawing her legs up, "
        "vomited twice, went pale and limp after crying. Sleepy between episodes.",
        _v(150, None, 34, 99, 37.0),
        270,
        "F",
    )
    assert "breath-holding" not in O.working(out), O.working(out)


def test_an_obese_boy_not_bearing_weight_with_the_leg_shortened_and_rotated_is_a_slip(
    reason: Reason,
) -> None:
    """Peck 2017; Loder 1993: 3 weeks of thigh ache then no weight bearing, the leg
    held externally rotated and shortened, at 12: an unstable slip (was a supracondylar
    fracture with elbow films and no final code)."""
    out = _run(
        reason,
        "HIP PAIN",
        "12-year-old obese boy with 3 weeks of aching left thigh and a limp, today "
        "slipped on a step and now cannot bear weight at all. Left leg held externally "
        "rotated and shortened.",
        _v(96, 124, 18, 99, 36.8, 76, pain=7),
        12,
        "M",
    )
    assert "slipped" in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, r"elbow"), O.order_names(out)
    assert _code(out).startswith("M93.0")


def test_a_teenagers_heavy_period_with_fainting_gets_a_bleeding_disorder_screen(
    reason: Reason,
) -> None:
    """ACOG CO 785 (2019); NICE NG88 1.3.3: a teenager soaking a pad hourly who fainted,
    with lifelong nosebleeds: von Willebrand screen before treatment, gynaecology
    (was dizziness, R42, with an upper GI bleed open)."""
    out = _run(
        reason,
        "HEAVY PERIOD",
        "15-year-old girl with her third period, soaking a pad every hour for 2 days, "
        "dizzy on standing, fainted in the shower. Nosebleeds since childhood. Not "
        "sexually active.",
        _v(118, 102, 18, 99, 36.8, 60),
        15,
        "F",
    )
    assert O.ordered(out, r"von willebrand"), O.order_names(out)
    assert O.ordered(out, r"gynaecolog"), O.order_names(out)


def test_croup_with_stridor_only_when_crying_goes_home_without_nebulised_adrenaline(
    reason: Reason,
) -> None:
    """CPS 2017; Bjornson 2013: stridor only when crying, none at rest, is mild croup:
    dexamethasone and home ('stridor only when crying, none at rest' was read as no
    mild picture: nebulised adrenaline and observation)."""
    out = _run(
        reason,
        "COUGH",
        "18-month-old brought in at 2 a.m. with a barking cough and hoarse voice since "
        "midnight after a cold. Stridor only when crying, none at rest, no recession, "
        "playing with toys.",
        _v(132, None, 30, 98, 37.8),
        1,
        "M",
    )
    assert O.medication_ordered(out, r"dexamethasone"), O.order_names(out)
    assert not O.medication_ordered(out, r"nebulised epinephrine"), O.order_names(out)
    assert O.dispo(out) == "Discharge"


def test_a_puffy_eyed_child_without_urine_after_bloody_diarrhoea_gets_no_deficit(
    reason: Reason,
) -> None:
    """NICE CKS gastroenteritis 2022; UKHSA 2023; Fakhouri 2017: bloody diarrhoea then
    pallor, puffy eyes and no urine is HUS until the count: film, nephrology, strict
    fluid balance, no 100 mL/kg deficit (was dehydration with the deficit)."""
    out = _run(
        reason,
        "BLOODY DIARRHOEA",
        "3-year-old boy, bloody diarrhoea for 5 days after a farm visit, now pale and "
        "puffy around the eyes, has not passed urine for 18 hours, lethargic. No "
        "fever. Bruises on the legs.",
        _v(142, 118, 28, 99, 37.2, 78),
        3,
        "M",
    )
    assert not O.ordered(out, r"deficit 100 ml/kg"), O.order_names(out)
    assert O.ordered(out, r"nephrolog"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_a_childs_migraine_gets_no_opioid(reason: Reason) -> None:
    """Oskoui M et al. AAN/AHS 2019 (acute migraine in children); RCEM 2021: a child's
    migraine gets an NSAID and an antiemetic, not intranasal fentanyl."""
    out = _run(
        reason,
        "HEADACHE",
        "10-year-old with a throbbing left-sided headache since school, with nausea, "
        "vomited once, wants the lights off. Similar headaches every month, mother has "
        "migraine. Neurological examination normal, no fever, no neck stiffness.",
        _v(92, 108, 18, 99, 36.8, 66, pain=7),
        10,
        "F",
    )
    assert not O.medication_ordered(out, r"fentanyl|morphine"), O.order_names(out)
    assert O.medication_ordered(out, r"ibuprofen|ketorolac"), O.order_names(out)


def test_a_childs_deformed_forearm_shaft_gets_forearm_films_and_orthopaedics(
    reason: Reason,
) -> None:
    """Pace JL. J Am Acad Orthop Surg 2016; NICE NG38 2016: a deformed mid-shaft
    forearm: films of the whole forearm with wrist and elbow, a splint, orthopaedics
    for manipulation, severe pain's opioid; not home (was a wrist film, S69.90XA,
    discharge)."""
    out = _run(
        reason,
        "ARM INJURY",
        "8-year-old fell off a trampoline onto his outstretched hand. Obvious "
        "deformity of the left forearm mid-shaft, fingers pink and warm, radial "
        "pulse present, sensation normal. Crying in pain.",
        _v(112, 108, 22, 99, 36.8, 66, pain=8),
        8,
        "M",
    )
    assert O.ordered(out, r"whole forearm"), O.order_names(out)
    assert O.ordered(out, r"fentanyl|morphine"), O.order_names(out)
    assert O.dispo(out) != "Discharge"
    assert _code(out) == "S52.90XA"


def test_a_well_febrile_five_week_old_is_no_viral_infection(reason: Reason) -> None:
    """AAP 2021 (Pantell RH et al.): a febrile infant of 8-60 days is worked up as a
    possible invasive bacterial infection: not labelled a viral infection before the
    results (was 'Viral infection, unspecified')."""
    out = _infant(
        reason,
        "FEVER",
        "5-week-old boy with a fever of 38.3 measured rectally at home, slightly "
        "sleepier than usual, feeding normally. Looks well, pink, good tone, "
        "fontanelle flat, no rash, no focus.",
        _v(168, None, 42, 99, 38.3),
        38,
        "M",
    )
    assert "viral" not in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"blood culture"), O.order_names(out)
    assert _code(out) == "R50.9"


def test_a_well_five_year_old_who_swallowed_a_coin_is_coded(reason: Reason) -> None:
    """NASPGHAN 2015: a swallowed object before its film is a foreign body of the
    alimentary tract (T18.9XXA), not an abstention (peds52's leftover)."""
    out = _run(
        reason,
        "SWALLOWED FOREIGN BODY",
        "5-year-old swallowed a 1p coin an hour ago, no symptoms, eating and drinking "
        "normally, no drooling, no chest pain.",
        _v(96, None, 20, 99, 36.8),
        5,
        "M",
    )
    assert _code(out).startswith("T18"), _code(out)


def test_green_vomit_at_eight_weeks_is_coded_as_the_volvulus(reason: Reason) -> None:
    """APSA; Millar 2003: 'the vomit is bright green' in an 8-week-old is bilious
    vomiting, malrotation with volvulus until shown otherwise, coded K56.2 (was R11.2
    or K56.609)."""
    out = _infant(
        reason,
        "VOMITING",
        "8-week-old girl, vomiting since last night, now the vomit is bright green, "
        "stopped feeding, abdomen slightly distended, more irritable.",
        _v(170, None, 40, 99, 36.9),
        56,
        "F",
    )
    assert O.ordered(out, r"paediatric surgery"), O.order_names(out)
    assert _code(out) == "K56.2"

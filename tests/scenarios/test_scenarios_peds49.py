"""peds49 (session 49): triage levels, paediatric and obstetric care from sources.

Written from guidelines, not from shared data: an adult's mild lethargy with no
confusion is fatigue, not the ESI handbook's new lethargy (ESI v4 ch.4); an adult's
gradual scrotal pain with urethritis is epididymo-orchitis (BASHH 2020; TWIST, Barbosa
2013), a boy's stays torsion; an offensive lochia with pelvic pain after a birth is
endometritis (RCOG GTG 64b) and no pregnancy test is due within 21 days of a birth
(FSRH 2017); a haemorrhage from 24 h after a birth is secondary, O72.2 (RCOG GTG 52);
jaw stiffness and spasms after a wound are tetanus (WHO 2017); a newborn jaundiced
since the first day or feeding poorly is admitted (NICE CG98; AAP 2022); a pain felt in
the testis is torsion's referred pain (EAU 2023); an acute-on-chronic back pain with
both legs is a cauda equina warning (GIRFT 2023); a joint ache after a dive is pain-only
decompression sickness (UHMS 2018); a meningococcaemia merely listed beside an afebrile
immune thrombocytopenia does not block its corticosteroid (NICE NG240). Research
software, not for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios._story import esi as _esi
from tests.scenarios._story import partial_vitals as _v
from tests.scenarios._story import tell as _run
from tests.scenarios.conftest import Reason


def test_an_adults_mild_lethargy_with_no_confusion_is_no_altered_mental_status(
    reason: Reason,
) -> None:
    """ESI v4 handbook ch.4: new lethargy is level 2 as a change in consciousness; a
    week of mild lethargy after a virus, no confusion, in an alert adult is fatigue
    (was ESI 2 by altered mental status)."""
    out = _run(
        reason,
        "FATIGUE",
        "Mild lethargy for a week after a viral illness. No confusion, eating and "
        "drinking. Working from home.",
        _v(76, 118, 14, 99, 36.7),
        age=34,
        sex="F",
    )
    assert _esi(out) >= 3


def test_a_drowsy_confused_older_adult_stays_level_2(reason: Reason) -> None:
    """Guard. ESI v4 handbook ch.4: new confusion or drowsiness is level 2."""
    out = _run(
        reason,
        "WEAKNESS",
        "Lethargic and drowsy since yesterday, muddled, not her usual self.",
        _v(96, 128, 18, 96, 37.4),
        age=82,
        sex="F",
    )
    assert _esi(out) <= 2


# --- scrotal pain: epididymo-orchitis and torsion ---


def test_an_adults_gradual_scrotal_pain_with_urethritis_is_not_held_at_level_2(
    reason: Reason,
) -> None:
    """BASHH 2020 epididymo-orchitis; EAU 2023 urological infections; TWIST (Barbosa
    JA et al. J Urol 2013): three days of gradual ache with dysuria and a discharge, a
    tender epididymis and a present cremasteric reflex at 27 is epididymo-orchitis,
    graded by its resources (was ESI 2 by the torsion flag)."""
    out = _run(
        reason,
        "TESTICULAR PAIN",
        "Gradual right testicular ache over 3 days with burning on passing urine and "
        "urethral discharge. Tender swollen epididymis, cremasteric reflex present.",
        _v(88, 132, 16, 99, 38.1, dbp=80, pain=5),
        age=27,
        sex="M",
    )
    assert _esi(out) == 3
    assert O.working(out).lower().startswith(("epididym", "orchitis"))


def test_a_teenagers_scrotal_ache_with_dysuria_stays_torsion_at_level_2(
    reason: Reason,
) -> None:
    """Guard. EAU paediatric urology 2023: torsion peaks at 12-18 years; a boy's
    scrotal pain is torsion until proven otherwise whatever the urine symptoms."""
    out = _run(
        reason,
        "TESTICULAR PAIN",
        "Right testicular ache for 2 days with burning on passing urine.",
        _v(96, 126, 16, 99, 37.0, dbp=78, pain=6),
        age=16,
        sex="M",
    )
    assert _esi(out) <= 2


def test_a_mans_sudden_testicular_pain_with_vomiting_stays_level_2(
    reason: Reason,
) -> None:
    """Guard. AUA / EAU: sudden severe scrotal pain with vomiting is torsion."""
    out = _run(
        reason,
        "TESTICULAR PAIN",
        "Sudden severe left testicular pain 2 hours ago, vomited twice.",
        _v(96, 132, 16, 99, 36.8, dbp=80, pain=8),
        age=30,
        sex="M",
    )
    assert _esi(out) <= 2


def test_a_boys_abdominal_pain_spreading_to_the_testicle_gets_a_urologist(
    reason: Reason,
) -> None:
    """EAU paediatric urology 2023: torsion may present as lower abdominal pain felt
    in the testis; the urologist is called without waiting for imaging (was worked as
    gastroenteritis with no urology)."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "Sudden severe left lower abdominal pain spreading to the left testicle 2 "
        "hours ago, vomited once.",
        _v(104, 128, 18, 99, 36.8, dbp=74, pain=8),
        age=15,
        sex="M",
    )
    assert _esi(out) <= 2
    assert O.ordered(out, "urolog")
    assert O.proposes(out, "torsion of testis")


# --- after a birth ---


def test_offensive_lochia_with_pelvic_pain_after_a_birth_is_endometritis(
    reason: Reason,
) -> None:
    """RCOG GTG 64b 2012: offensive lochia with lower abdominal pain after a birth is
    genital tract infection, a fever or not; FSRH 2017: no pregnancy possible before
    day 21 and hCG still positive, so no pregnancy test (was an unspecified abdominal
    pain sent home with a urine hCG, at ESI 2 by the lochia alone)."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "Gave birth by vaginal delivery 5 days ago. Lower abdominal pain and "
        "offensive lochia.",
        _v(92, 122, 16, 99, 37.0, dbp=76),
        age=31,
        sex="F",
    )
    names = [o.name for o in O.orders(out)]
    assert _esi(out) == 3
    # peds50: without fever it is named (and coded) endometritis following delivery
    assert any(w in O.working(out).lower() for w in ("puerperal", "endometritis"))
    assert O.dispo(out) != "Discharge"
    assert not any(n.lower().strip().startswith("urine hcg") for n in names), names


def test_a_pregnancy_test_stays_six_weeks_after_a_birth(reason: Reason) -> None:
    """Guard. FSRH 2017: from day 21 after a birth a new pregnancy is possible, so a
    woman with pelvic pain 6 weeks after a birth keeps her pregnancy test before
    imaging."""
    out = _run(
        reason,
        "ABDOMINAL PAIN",
        "Lower abdominal pain since yesterday. Delivery 6 weeks ago, not "
        "breastfeeding.",
        _v(84, 122, 16, 99, 36.8, dbp=76),
        age=28,
        sex="F",
    )
    assert O.ordered(out, "hcg")


def test_a_heavy_bleed_ten_days_after_a_birth_is_a_secondary_haemorrhage(
    reason: Reason,
) -> None:
    """RCOG GTG 52 2016: a haemorrhage from 24 h to 12 weeks after a birth is
    secondary (ICD-10-CM O72.2): swabs, an ultrasound for retained tissue, antibiotics
    when infected, not the immediate haemorrhage's bimanual massage (was O72.1 / N93.9
    with the atony bundle)."""
    out = _run(
        reason,
        "VAGINAL BLEEDING",
        "Delivered 10 days ago. Heavy fresh bleeding since this morning, soaking "
        "pads, passing clots.",
        _v(104, 112, 18, 99, 37.1),
        age=29,
        sex="F",
    )
    assert _esi(out) <= 2
    assert out.final.icd10 == "O72.2", out.final.icd10
    assert O.ordered(out, "ultrasound")
    assert not O.ordered(out, "bimanual")


def test_a_heavy_bleed_three_hours_after_a_birth_stays_immediate(
    reason: Reason,
) -> None:
    """Guard. ACOG PB 183 2017: a heavy bleed within 24 h of a birth is primary
    postpartum haemorrhage (O72.1): uterotonics and the atony bundle."""
    out = _run(
        reason,
        "VAGINAL BLEEDING",
        "Gave birth 3 hours ago at home, now heavy bleeding, soaking pads.",
        _v(96, 118, 16, 99, 36.8),
        age=30,
        sex="F",
    )
    assert _esi(out) <= 2
    assert out.final.icd10 != "O72.2", out.final.icd10
    assert O.medication_ordered(out, "oxytocin")


# --- tetanus ---


def test_jaw_stiffness_and_spasms_after_a_thorn_wound_are_tetanus(
    reason: Reason,
) -> None:
    """WHO tetanus position paper 2017; Yen LM, Thwaites CL. Lancet 2019: trismus
    ('jaw stiffness') and painful spasms after a wound are generalised tetanus:
    immunoglobulin, metronidazole, spasm control, ICU (was dental pain sent home)."""
    out = _run(
        reason,
        "JAW STIFFNESS",
        "Gardener, puncture wound to the hand from a rose thorn 10 days ago. Jaw "
        "stiffness, difficulty swallowing and painful spasms of the back muscles.",
        _v(112, 156, 22, 97, 37.6, dbp=92),
        age=62,
        sex="M",
    )
    assert _esi(out) <= 2
    assert "tetanus" in O.working(out).lower()
    assert O.dispo(out) != "Discharge"


def test_a_stiff_jaw_from_a_wisdom_tooth_is_no_tetanus(reason: Reason) -> None:
    """Guard. Yen LM, Thwaites CL 2019: a dental cause is trismus' commonest mimic."""
    out = _run(
        reason,
        "JAW STIFFNESS",
        "Jaw stiffness and swelling around a painful lower wisdom tooth for 3 days.",
        _v(84, 128, 14, 99, 37.2, dbp=78),
        age=24,
        sex="F",
    )
    assert "tetanus" not in O.working(out).lower()


# --- neonatal jaundice ---


def test_a_two_day_old_jaundiced_since_the_first_day_and_feeding_less_is_admitted(
    reason: Reason,
) -> None:
    """NICE CG98 1.2.5-1.2.7, 1.3.1; Kemper AR et al. AAP 2022: jaundice from the
    first 24 hours is pathological and a jaundiced baby feeding poorly needs a serum
    bilirubin and admission for phototherapy per the graph (was sent home)."""
    out = _run(
        reason,
        "JAUNDICE",
        "2-day-old breastfed baby, yellow since yesterday (first day of life), sleepy "
        "and feeding less.",
        _v(150, None, 44, 98, 36.9),
        sex="M",
        demographics={"age": 0, "age_days": 2, "sex": "M"},
    )
    assert O.dispo(out) != "Discharge"
    assert O.ordered(out, "bilirubin")


def test_a_well_four_day_old_with_jaundice_from_day_three_may_go_home(
    reason: Reason,
) -> None:
    """Guard. NICE CG98 1.2.8: a well, feeding baby jaundiced after 24 hours has a
    bilirubin measured and goes home below the treatment threshold."""
    out = _run(
        reason,
        "JAUNDICE",
        "4-day-old breastfed baby, yellow since day 3, feeding well, alert, good wet "
        "nappies.",
        _v(140, None, 40, 98, 36.9),
        sex="F",
        demographics={"age": 0, "age_days": 4, "sex": "F"},
    )
    assert O.ordered(out, "bilirubin")
    assert O.dispo(out) == "Discharge"


# --- back pain: acute on chronic ---


def test_chronic_back_pain_worse_with_new_pain_down_both_legs_is_high_risk(
    reason: Reason,
) -> None:
    """GIRFT 2023 suspected cauda equina pathway; NICE NG59: bilateral leg symptoms
    are a red flag; ConText (Harkema 2009): 'worse for', 'with new' end the chronic
    cue's scope (was ESI 4, the whole clause read as chronic)."""
    out = _run(
        reason,
        "BACK PAIN",
        "Known chronic low back pain, worse for 2 days with new pain down both legs.",
        _v(80, 136, 16, 98, 36.7, dbp=84, pain=6),
        age=52,
        sex="F",
    )
    assert _esi(out) <= 2


def test_unchanged_chronic_back_pain_stays_low_acuity(reason: Reason) -> None:
    """Guard. ESI v4 ch.5: a chronic unchanged back pain with no red flag is judged by
    its resources."""
    out = _run(
        reason,
        "BACK PAIN",
        "Known chronic low back pain, usual pain, no leg symptoms, ran out of tablets.",
        _v(80, 136, 16, 98, 36.7, dbp=84, pain=5),
        age=52,
        sex="F",
    )
    assert _esi(out) >= 4


# --- diving ---


def test_a_shoulder_ache_after_a_dive_is_decompression_sickness_at_level_2(
    reason: Reason,
) -> None:
    """UHMS 2018; Vann RD et al. Lancet 2011: a deep joint ache after surfacing is
    pain-only decompression sickness, treated by oxygen and recompression (was ESI 4:
    only neurological or breathing symptoms counted)."""
    out = _run(
        reason,
        "SHOULDER PAIN",
        "Deep ache in the left shoulder starting 30 minutes after surfacing from a 25 "
        "m scuba dive this morning. No injury. No numbness or weakness.",
        _v(78, 128, 14, 99, 36.7, dbp=78, pain=4),
        age=41,
        sex="M",
    )
    assert _esi(out) <= 2
    assert O.dispo(out) != "Discharge"


def test_a_shoulder_strain_lifting_a_box_is_no_decompression_sickness(
    reason: Reason,
) -> None:
    """Guard. A shoulder strain with no dive is judged by its resources."""
    out = _run(
        reason,
        "SHOULDER PAIN",
        "Ache in the left shoulder since lifting a heavy box yesterday. Full movement.",
        _v(78, 128, 14, 99, 36.7, dbp=78, pain=4),
        age=41,
        sex="M",
    )
    assert _esi(out) >= 4


# --- the meningococcal corticosteroid rule ---


def test_itp_with_meningococcaemia_merely_listed_keeps_its_corticosteroid(
    reason: Reason,
) -> None:
    """ASH 2019 (Neunert C et al.): a well adult with platelets of 5, petechiae and
    gum bleeding has immune thrombocytopenia: corticosteroid and IVIG. NICE NG240 2024
    forbids corticosteroids in meningococcal septicaemia, suspected with fever or an
    unwell patient; a meningococcaemia merely listed in the differential of an
    afebrile, well woman does not (it blocked both)."""
    out = _run(
        reason,
        "RASH",
        "Petechiae on both legs and bruises for 3 days, gum bleeding. Well, afebrile. "
        "Platelets 5, Hb 131, WBC 6.8, film no fragments. Differential ITP vs "
        "meningococcaemia, the latter felt unlikely.",
        _v(78, 118, 14, 99, 36.7, dbp=72),
        age=24,
        sex="F",
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "dexamethasone", "prednisolone"), names
    assert not any("dexamethasone" in b for b in O.blocked_names(out))


# --- DKA in words, postpartum psychosis, peripartum cardiomyopathy ---


def test_a_thirsty_girl_vomiting_with_deep_sighing_breathing_is_worked_as_dka(
    reason: Reason,
) -> None:
    """BSPED 2021 DKA; NICE NG18 1.4: vomiting, abdominal pain, weeks of thirst and
    weight loss with deep sighing (Kussmaul) breathing is DKA until the glucose and
    ketones say otherwise (was gastroenteritis with ondansetron and oral fluids)."""
    out = _run(
        reason,
        "VOMITING",
        "Vomiting and abdominal pain since this morning, very thirsty for 2 weeks, "
        "weight loss, deep sighing breathing.",
        _v(122, 108, 28, 99, 36.8, dbp=64),
        age=13,
        sex="F",
    )
    assert "ketoacidosis" in O.working(out).lower()
    assert O.dispo(out) != "Discharge"


def test_voices_and_a_delusion_about_the_baby_after_a_birth_are_postpartum_psychosis(
    reason: Reason,
) -> None:
    """NICE CG192 1.10.1; RCOG Good Practice 14: a new psychosis within weeks of a
    birth is a psychiatric emergency: a perinatal psychiatrist within 4 h, the baby's
    safety, an organic screen, admission (was delirium with no psychiatrist)."""
    out = _run(
        reason,
        "CONFUSION",
        "Had a baby 10 days ago. She is hearing voices and believes the baby is evil. "
        "Has not slept for 3 nights.",
        _v(104, 132, 18, 99, 36.8, dbp=82),
        age=29,
        sex="F",
    )
    assert out.final.icd10 == "F53.1", out.final.icd10
    assert O.ordered(out, "psychiatr")
    assert O.dispo(out) != "Discharge"


def test_a_relapse_of_schizophrenia_is_no_puerperal_psychosis(reason: Reason) -> None:
    """Guard. A man's psychosis after stopping olanzapine is a relapse (F29)."""
    out = _run(
        reason,
        "HALLUCINATIONS",
        "Known schizophrenia, stopped his olanzapine a month ago, hearing voices.",
        _v(88, 132, 16, 99, 36.8, dbp=82),
        age=34,
        sex="M",
    )
    assert out.final.icd10 != "F53.1"


def test_breathless_lying_flat_three_weeks_after_a_birth_is_worked_as_ppcm(
    reason: Reason,
) -> None:
    """Bauersachs J et al. HFA PPCM 2019; ESC 2018 pregnancy: breathlessness,
    orthopnoea and oedema in the months after a birth are peripartum cardiomyopathy
    until the echocardiogram says otherwise (was pneumonia with no echo)."""
    out = _run(
        reason,
        "SHORTNESS OF BREATH",
        "Gave birth 3 weeks ago. Increasingly breathless, now can't lie flat, ankles "
        "swollen.",
        _v(112, 108, 24, 94, 36.8, dbp=66),
        age=30,
        sex="F",
    )
    assert "cardiomyopathy" in O.working(out).lower()
    assert O.ordered(out, "echocardiogra")


# --- lead49's request: a high-velocity eye injury ---


def test_something_flying_into_the_eye_while_hammering_metal_is_high_risk(
    reason: Reason,
) -> None:
    """RCEM / RCOphth eye injury guidance; AAO open globe PPP: a fragment from
    hammering metal on metal is an intraocular foreign body until imaging excludes it;
    ESI v4 ch.4 (penetrating eye injury: high risk) (was ESI 4)."""
    out = _run(
        reason,
        "EYE INJURY",
        "30M something flew into his left eye while hammering metal on metal",
        _v(78, 128, 14, 99, 36.7, dbp=78),
        age=30,
        sex="M",
    )
    assert _esi(out) <= 2


def test_dust_blown_into_the_eye_is_not_high_risk(reason: Reason) -> None:
    """Guard. A speck of dust blown into the eye with normal vision is a superficial
    foreign body, judged by its resources."""
    out = _run(
        reason,
        "EYE INJURY",
        "Dust blew into her right eye on a windy walk, gritty, vision normal.",
        _v(78, 128, 14, 99, 36.7, dbp=78),
        age=30,
        sex="F",
    )
    assert _esi(out) >= 3

"""peds41 (session 41): paediatric and obstetric emergencies, triage and orders.

Written from guidelines, not from shared data: projectile vomiting in a young infant is
pyloric stenosis until an ultrasound says otherwise (NICE NG1 2015/2019 red flags;
Hernanz-Schulman 2003; APLS 6th ed.); "knocked out" is a head injury with loss of
consciousness (NICE NG232 2023), not a faint; a "painful crisis" is the acute painful
sickle cell episode (NICE CG143 2012: analgesia within 30 minutes); noisy breathing at
rest in croup is stridor at rest (Westley score; RCH croup guideline; ESI v4 handbook:
stridor is high risk); tightenings after a car crash at 30 weeks are suspected, not
established, preterm labour (NICE NG25 1.6.2; ACOG PB 171): no magnesium for
neuroprotection yet; bronchiolitis oxygen thresholds by age (NICE NG9 2021 1.4.4).
"""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


# --- pyloric stenosis ---------------------------------------------------------


def test_projectile_vomiting_in_a_young_infant_is_worked_as_pyloric_stenosis(
    reason: Reason,
) -> None:
    """NICE NG1 red flags: frequent forceful (projectile) vomiting in an infant up to 2
    months may be hypertrophic pyloric stenosis: paediatric surgical referral; the gas
    and electrolytes, the ultrasound, nil by mouth and IV fluids (APLS 6th ed.), not
    gastroenteritis's antiemetic and oral rehydration."""
    out = reason(
        make_case(
            "VOMITING",
            sex="F",
            vitals=vitals(160, 85, 50, 36, 99, 36.9),
            one_liner="4-week-old girl with projectile vomiting after feeds for 2 "
            "days, "
            "wet nappies normal",
            ed_note="Alert and well hydrated. Abdomen soft.",
            demographics={"age_days": 28},
        )
    )
    assert O.ordered(out, r"pyloric ultrasound|ultrasound (?:of the )?pylorus")
    assert O.ordered(out, r"blood gas|electrolytes")
    assert not O.medication_ordered(out, "ondansetron", "oral rehydration")
    assert "pyloric" in O.working(out)
    assert O.disposition(out).disposition != "Discharge"


def test_lethargic_dry_infant_with_projectile_vomiting_gets_iv_fluids_not_oral(
    reason: Reason,
) -> None:
    """ESI v4 handbook: a lethargic, dehydrated infant is high risk (level 2); APLS:
    pyloric stenosis's alkalosis and dehydration are corrected IV before surgery."""
    out = reason(
        make_case(
            "VOMITING",
            sex="M",
            vitals=vitals(170, 80, 50, 40, 98, 36.8),
            one_liner="5-week-old boy with projectile vomiting after every feed, no "
            "wet "
            "nappy for 12 hours, sunken fontanelle, lethargic",
            demographics={"age_days": 35},
        )
    )
    assert _esi(out) <= 2
    assert O.ordered(out, r"isotonic fluid|iv fluid|iv rehydration")
    assert O.ordered(out, r"pyloric ultrasound")
    assert not O.medication_ordered(out, "ondansetron", "oral rehydration")
    assert not O.ordered(out, r"ct head")


def test_older_infant_with_vomiting_and_diarrhoea_is_not_pyloric(
    reason: Reason,
) -> None:
    """Guard (NICE CG84; Hernanz-Schulman 2003: pyloric stenosis presents at 2-12
    weeks): an 8-month-old's vomiting and diarrhoea is gastroenteritis."""
    out = reason(
        make_case(
            "VOMITING",
            sex="M",
            vitals=vitals(130, 95, 55, 30, 99, 37.6),
            one_liner="8-month-old with forceful vomiting and watery diarrhoea since "
            "yesterday, drinking",
            demographics={"age_days": 240},
        )
    )
    assert not O.ordered(out, r"pyloric")
    assert "pyloric" not in O.working(out)


def test_bilious_vomiting_in_a_young_infant_is_not_pyloric(reason: Reason) -> None:
    """Guard (APLS; ACR vomiting in infants 2019): green vomit in an infant is
    malrotation with volvulus until an upper GI contrast study says otherwise; the
    projectile red flag is for non-bilious vomiting."""
    out = reason(
        make_case(
            "VOMITING",
            sex="M",
            vitals=vitals(170, 75, 45, 44, 98, 36.9),
            one_liner="5-week-old with projectile green bilious vomiting since this "
            "morning",
            demographics={"age_days": 35},
        )
    )
    assert O.ordered(out, r"upper gi contrast")
    assert "pyloric" not in O.working(out)


# --- complaint words ------------------------------------------------------------


def test_knocked_out_child_is_a_head_injury_at_level_2_with_a_ct(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.11: a child with more than one of LOC > 5 min and >= 3 vomits
    has a CT head within 1 hour; ESI v4 handbook: a head injury with loss of
    consciousness and vomiting is high risk. "KNOCKED OUT" is no faint."""
    out = reason(
        make_case(
            "KNOCKED OUT",
            age=8,
            sex="M",
            vitals=vitals(100, 105, 65, 20, 99),
            one_liner="8-year-old knocked out for about 6 minutes after falling off a "
            "trampoline, vomited 3 times since",
        )
    )
    assert _esi(out) <= 2
    assert O.ordered(out, r"ct head")
    assert "gastrointestinal" not in O.working(out)
    assert "syncope" not in O.working(out)


def _complaint(text: str) -> str | None:
    spec = load_knowledge().match_complaint(text)
    return spec.id if spec else None


def test_knocked_out_painful_crisis_and_croup_have_their_complaints() -> None:
    """'Knocked out' is made unconscious by a blow (NICE NG232), a 'painful crisis' the
    sickle cell episode (NICE CG143), croup a barking cough (Bjornson 2013)."""
    assert _complaint("KNOCKED OUT") == "head_injury"
    assert _complaint("PAINFUL CRISIS") == "sickle_cell_pain"
    assert _complaint("CROUP") == "cough"


def test_complaint_words_keep_their_own_meaning() -> None:
    """Guard: 'knocked out' and 'painful crisis' are matched by their words only, so
    a blackout stays a faint (ESC 2018 syncope), a knocked-out tooth stays dental
    (IADT 2020) and an emotional crisis stays a mental-health one."""
    cc = _complaint
    assert cc("BLACKED OUT") == "syncope"
    assert cc("TOOTH KNOCKED OUT") == "dental_pain"
    assert cc("EMOTIONAL CRISIS") == "psychiatric"
    assert cc("MENTAL HEALTH CRISIS") == "psychiatric"


def test_painful_crisis_is_a_sickle_cell_episode_with_analgesia_in_30_minutes(
    reason: Reason,
) -> None:
    """NICE CG143 (2012) 1.1.1: an acute painful sickle cell episode gets analgesia
    within 30 minutes of presentation; a patient's "painful crisis" is not a
    mental-health crisis (no suicide screen, no paracetamol or salicylate levels)."""
    out = reason(
        make_case(
            "PAINFUL CRISIS",
            age=22,
            sex="F",
            vitals=vitals(105, 120, 75, 18, 98, 37.3),
            one_liner="22-year-old with HbSS, painful crisis in her back and legs "
            "since "
            "last night, pain 8/10",
        )
    )
    assert _esi(out) <= 2
    assert O.medication_ordered(out, r"within 30 min")
    assert not O.ordered(out, r"salicylate")
    assert "sickle" in O.working(out) or "hb-ss" in O.working(out)


# --- croup ------------------------------------------------------------------------


def test_croup_with_noisy_breathing_at_rest_is_stridor_at_rest(
    reason: Reason,
) -> None:
    """Westley croup score / RCH croup guideline: stridor (harsh noisy breathing) at
    rest is moderate croup or worse: nebulised adrenaline beside dexamethasone; ESI v4
    handbook: stridor is a high-risk situation."""
    out = reason(
        make_case(
            "CROUP",
            age=2,
            sex="M",
            vitals=vitals(140, 100, 60, 36, 96, 38.0),
            one_liner="2-year-old with barking cough and noisy breathing at rest since "
            "the night",
        )
    )
    assert _esi(out) <= 2
    assert O.medication_ordered(out, r"dexamethasone")
    assert O.medication_ordered(out, r"epinephrine|adrenaline")


def test_mild_croup_without_noisy_breathing_at_rest_stays_low_acuity(
    reason: Reason,
) -> None:
    """Guard (Bjornson 2013): a barking cough with no stridor at rest is mild croup:
    one dose of oral dexamethasone and home; no adrenaline."""
    out = reason(
        make_case(
            "COUGH",
            age=3,
            sex="F",
            vitals=vitals(115, 100, 60, 24, 99, 37.8),
            one_liner="3-year-old with a barking cough since last night, no noisy "
            "breathing at rest, playing",
        )
    )
    assert _esi(out) >= 4
    assert O.medication_ordered(out, r"dexamethasone")
    assert not O.medication_ordered(out, r"epinephrine|adrenaline")


# --- preterm labour ------------------------------------------------------------


def test_tightenings_after_a_crash_at_30_weeks_get_no_magnesium_yet(
    reason: Reason,
) -> None:
    """NICE NG25 1.6.2 (magnesium for neuroprotection in established preterm labour or
    a planned birth within 24 h); ACOG PB 171 (labour: contractions with cervical
    change or >= 2 cm); ATLS ch. 12: after trauma at 30 weeks, fetal monitoring for
    4 h, Kleihauer and obstetrics."""
    out = reason(
        make_case(
            "MOTOR VEHICLE COLLISION",
            age=30,
            sex="F",
            vitals=vitals(105, 110, 70, 18, 99),
            one_liner="30-year-old at 30 weeks of pregnancy, driver in a car crash at "
            "50 km/h, lower abdominal pain",
            ed_note="Seatbelt bruise across the lower abdomen. Some tightenings.",
        )
    )
    assert not O.medication_ordered(out, r"magnesium")
    assert O.ordered(out, r"cardiotocograph|fetal monitoring")
    assert O.ordered(out, r"obstetric")


def test_established_preterm_labour_at_29_weeks_keeps_magnesium(
    reason: Reason,
) -> None:
    """Guard (NICE NG25 1.6.2; ACOG CO 455): contractions every 3 minutes with the
    cervix 3 cm dilated at 29 weeks is established preterm labour: magnesium sulfate
    for fetal neuroprotection."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=26,
            sex="F",
            vitals=vitals(96, 116, 70, 18, 99),
            one_liner="26-year-old at 29 weeks of pregnancy with painful tightenings",
            ed_note="Contractions every 3 minutes. Cervix 3 cm dilated on speculum.",
        )
    )
    assert O.medication_ordered(out, r"magnesium")


# --- bronchiolitis and readers ------------------------------------------------------


def test_bronchiolitis_oxygen_order_names_the_young_infants_92_percent(
    reason: Reason,
) -> None:
    """NICE NG9 (2021 update) 1.4.4: oxygen below 90 %, or below 92 % in babies under
    6 weeks and children with an underlying condition; no salbutamol or steroids."""
    out = reason(
        make_case(
            "BREATHING DIFFICULTY",
            sex="M",
            vitals=vitals(170, 80, 50, 60, 93, 37.6),
            one_liner="4-week-old with 2 days of coryza and cough, now breathing fast "
            "and feeding less, wheeze and crackles",
            demographics={"age_days": 28},
        )
    )
    assert O.ordered(out, r"oxygen[^;]*92")
    assert not O.medication_ordered(out, r"salbutamol|albuterol", r"prednisolone")


def test_pain_in_the_left_testicle_is_testicular_pain() -> None:
    """AUA / EAU paediatric urology 2023: acute testicular pain is torsion until shown
    otherwise; the side between the pain and the testis does not hide it."""
    kb = load_knowledge()
    for text in ("pain in the left testicle", "a painful right testicle"):
        concepts = {
            f.concept for f in extract_findings(text, kb) if f.status == "present"
        }
        assert "testicular_pain" in concepts, text


# --- requests to triage (readers41_requests.md) ------------------------------------


def test_febrile_childs_swollen_eye_painful_to_move_is_orbital_at_level_2(
    reason: Reason,
) -> None:
    """resp41's request. Chandler 1970 / RCH Melbourne: a swollen lid with pain on eye
    movement is post-septal (orbital) cellulitis: IV antibiotics, CT orbits, emergent
    ophthalmology; ESI v4 handbook: a high-risk situation (level 2), the family's
    "painful to move" after a comma included."""
    out = reason(
        make_case(
            "eye swelling",
            age=9,
            sex="M",
            vitals=vitals(118, 108, 66, 20, 98, 38.9),
            one_liner="9M swollen red left eye, painful to move",
        )
    )
    assert _esi(out) <= 2


def test_sticky_red_eyes_are_not_orbital(reason: Reason) -> None:
    """Guard (NICE CKS conjunctivitis 2022): both eyes red and sticky, afebrile, is
    conjunctivitis, a low-acuity visit."""
    out = reason(
        make_case(
            "red eye",
            age=27,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99, 36.8),
            one_liner="27F both eyes red and sticky, not painful to move",
        )
    )
    assert _esi(out) >= 4


def test_whole_leg_swollen_and_purple_is_a_threatened_limb_at_level_2(
    reason: Reason,
) -> None:
    """vasc41's request. Kakkos SK et al. ESVS 2021: a whole leg swollen and blue or
    purple is phlegmasia cerulea dolens, a limb-threatening iliofemoral DVT; ESI v4
    handbook ch.4: a threatened limb is a high-risk situation (level 2)."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=58,
            sex="F",
            vitals=vitals(104, 128, 78, 18, 97, 37.2),
            one_liner="58F entire left leg massively swollen and purple since "
            "yesterday",
        )
    )
    assert _esi(out) <= 2


def test_a_fall_with_purple_bruising_up_the_thigh_is_not_phlegmasia(
    reason: Reason,
) -> None:
    """Guard: a bruise's purple after a fall is no cyanosed limb (ESVS 2021 names the
    blue, swollen whole leg of a DVT); a red, warm swollen calf is a DVT or
    cellulitis work-up at level 3 (NICE NG158)."""
    for cc, age, text in (
        ("FALL", 70, "70F fell, swelling up to the thigh with purple bruising"),
        ("LEG SWELLING", 55, "55F swollen red warm left calf for 2 days"),
    ):
        out = reason(
            make_case(
                cc,
                age=age,
                sex="F",
                vitals=vitals(86, 135, 80, 16, 98, 36.9),
                one_liner=text,
            )
        )
        triage = next(r.output for r in out.trace if r.stage == "triage")
        flags = " ".join(getattr(triage, "red_flags", ()))
        assert "phlegmasia" not in flags, text


def test_ace_inhibitor_tongue_swelling_with_noisy_breathing_is_level_1(
    reason: Reason,
) -> None:
    """resp41's request. Ishoo E et al. 1999: angioedema reaching the larynx (stridor,
    noisy breathing) is stage IV, an airway that may close: the airway team now, an
    ESI level-1 need (handbook ch.3: airway)."""
    out = reason(
        make_case(
            "facial swelling",
            age=58,
            sex="F",
            vitals=vitals(110, 140, 85, 26, 93),
            one_liner="58F tongue swelling, noisy breathing, on lisinopril",
        )
    )
    assert _esi(out) == 1


def test_tongue_swelling_without_noisy_breathing_stays_level_2(
    reason: Reason,
) -> None:
    """Guard (ESI handbook ch.4: angioedema is high risk, level 2, until the airway is
    involved): tongue swelling on an ACE inhibitor, speaking normally, no noisy
    breathing."""
    out = reason(
        make_case(
            "facial swelling",
            age=58,
            sex="F",
            vitals=vitals(84, 140, 85, 16, 99),
            one_liner="58F tongue swelling on lisinopril, no noisy breathing, speaking "
            "normally",
        )
    )
    assert _esi(out) == 2

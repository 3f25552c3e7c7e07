"""abdo18 (issue 10): abdominal, biliary, obstetric and gynaecological emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- ESVS 2019 abdominal aorto-iliac aneurysm guideline (Wanhainen A et al. Eur J Vasc
  Endovasc Surg 2019;57:8): abdominal or back pain with collapse in an older smoker
  is a leaking aneurysm until imaged; CEDIS v2 (a presenting complaint is coded by
  its site: "pain" alone has none);
- ACOG Practice Bulletin 222 (2020) gestational hypertension and pre-eclampsia, and
  the obstetric "weeks+days" / "/40" notation of gestational age (RCOG);
- Eschenbach DA. Obstet Gynecol 2015;125:1042 (septic abortion) and ATLS 10th ed.
  (haemorrhagic shock needs a haemorrhage that explains it);
- Tokyo Guidelines 2018 (Yokoe M et al., Kiriyama S et al. J Hepatobiliary Pancreat
  Sci 2018;25:41 and 25:17): definite acute cholecystitis and cholangitis need the
  imaging finding, read from the report whatever form the radiologist names;
- Wattar BH et al. BJOG 2021;128:37 (imaging for adnexal torsion); ACOG CO 783.

Each scenario asserts safety properties and failed on main before this change.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BLOOD_NOW = ("emergency-release", "massive transfusion", "uncrossmatched", "o-negative")


def _ledger(out: ReasoningOutput) -> list[tuple[str, str]]:
    return [(e.diagnosis.lower(), e.status) for e in out.final.ledger]


def test_bare_pain_complaint_reads_the_note_and_keeps_aaa_open(reason: Reason) -> None:
    """A chief complaint of just "pain" names no site: the note's abdominal pain to
    the back with collapse in a 69-year-old ex-smoker keeps a leaking AAA open (ESVS
    2019), never an anorectal protocol, and the patient is not sent home."""
    out = reason(
        make_case(
            "pain",
            age=69,
            sex="M",
            vitals=vitals(96, 128, 80, 18, 97),
            ed_note="69 yo man, ex-smoker, HTN. Abrupt onset of severe abdominal pain "
            "going through to his back this evening, nearly passed out on standing "
            "(lightheaded). No PR bleeding, no anal symptoms. Abdomen soft, "
            "generally tender.",
        )
    )
    ledger = _ledger(out)
    assert any("aortic aneurysm" in d and s != "ruled_out" for d, s in ledger), ledger
    assert not any(
        w in (out.final.diagnosis_name or "").lower()
        for w in ("anal", "anus", "rectum", "hemorrhoid")
    ), out.final.diagnosis_name
    assert out.final.disposition != "Discharge"


def test_gestation_in_weeks_plus_days_is_a_pregnancy(reason: Reason) -> None:
    """ACOG PB 222: a woman at 33+4/40 with BP 164/112 and a severe headache has
    pre-eclampsia with severe features: magnesium sulfate and an antihypertensive
    now, not a pregnancy test."""
    out = reason(
        make_case(
            "high blood pressure",
            age=27,
            sex="F",
            vitals=vitals(90, 164, 112, 18, 99),
            ed_note="G2P1 33+4/40 sent in by midwife, BP 164/112 and 160/110 on "
            "recheck, severe frontal headache, blurred vision. Urinalysis protein 2+. "
            "Reflexes brisk.",
        )
    )
    assert O.medication_ordered(out, "magnesium"), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "labetalol", "hydralazine", "nifedipine")
    assert not O.ordered(out, "hcg now"), [o.name for o in O.orders(out)]


def test_septic_abortion_with_scant_bleeding_is_not_haemorrhagic_shock(
    reason: Reason,
) -> None:
    """Eschenbach 2015 / ATLS 10th ed.: fever, uterine tenderness and offensive
    discharge after a termination with only scant bleeding is sepsis: antibiotics and
    evacuation, no emergency-release blood; named as septic abortion."""
    out = reason(
        make_case(
            "abdominal pain",
            age=33,
            sex="F",
            vitals=vitals(116, 106, 64, 22, 98, t=38.7),
            ed_note="33F surgical termination of pregnancy 5 days ago at 9 weeks, "
            "now rigors, suprapubic pain and foul-smelling discharge, scant bleeding "
            "only. Tender uterus on bimanual, os open. Hb 121.",
        )
    )
    assert not O.ordered(out, *BLOOD_NOW), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "gentamicin", "piperacillin", "clindamycin")
    assert "abortion" in (out.final.diagnosis_name or "").lower() or any(
        "abortion" in d and s == "ruled_in" for d, s in _ledger(out)
    ), _ledger(out)[:4]


def test_ultrasound_naming_gangrenous_cholecystitis_is_read(reason: Reason) -> None:
    """TG18: local signs, systemic inflammation and imaging characteristic of acute
    cholecystitis make it definite; a report naming the form ("gangrenous
    cholecystitis") is such imaging."""
    out = reason(
        make_case(
            "abdominal pain",
            age=58,
            sex="M",
            vitals=vitals(102, 138, 84, 18, 97, t=38.4),
            ed_note="58M diabetic, 2 days constant right upper quadrant pain and "
            "vomiting. RUQ tenderness with Murphy's sign. WBC 17.8. "
            "Bedside USS: gangrenous cholecystitis, gallstones, CBD normal calibre.",
        )
    )
    hit = [s for d, s in _ledger(out) if "cholecystitis" in d]
    assert hit and hit[0] == "ruled_in", _ledger(out)[:4]


def test_common_duct_diameter_in_mm_is_biliary_dilatation(reason: Reason) -> None:
    """TG18 definite cholangitis: fever, cholestasis and biliary dilatation on
    imaging; the report gives the duct as a measurement ("CBD 14 mm")."""
    out = reason(
        make_case(
            "jaundice",
            age=71,
            sex="M",
            vitals=vitals(104, 118, 70, 20, 96, t=38.8),
            ed_note="71M rigors and dark urine for 2 days, yellow sclerae. Mild RUQ "
            "tenderness. Bilirubin 94, ALP 380, WBC 15.1. Ultrasound: CBD 14 mm, "
            "gallstones in the gallbladder.",
        )
    )
    hit = [s for d, s in _ledger(out) if "cholangitis" in d]
    assert hit and hit[0] == "ruled_in", _ledger(out)[:4]


def test_whirlpool_sign_of_the_ovarian_pedicle_leads_to_torsion(
    reason: Reason,
) -> None:
    """Garde 2023 (whirlpool sign LR+ 8.0) / ACOG CO 783: a left ovarian pedicle
    whirlpool in a young woman with iliac fossa pain makes adnexal torsion the
    working diagnosis and brings gynaecology."""
    out = reason(
        make_case(
            "abdominal pain",
            age=22,
            sex="F",
            vitals=vitals(92, 124, 78, 16, 99),
            ed_note="22F left iliac fossa pain since lunchtime, came on while "
            "exercising, nauseous. bHCG negative. Doppler US: left ovary enlarged "
            "with peripheral follicles, whirlpool sign of the left ovarian pedicle.",
        )
    )
    assert "ovar" in (out.final.diagnosis_name or "").lower(), _ledger(out)[:4]
    assert O.ordered(out, "gyn"), [o.name for o in O.orders(out)]


def test_well_febrile_quinsy_is_drained_without_a_sepsis_work_up(
    reason: Reason,
) -> None:
    """NICE CKS sore throat (quinsy: same-day ENT for drainage and antibiotics) and
    Sepsis-3 / NICE NG51: a well-looking patient whose fever and tachycardia come
    from a peritonsillar abscess gets drainage, not lactate and blood cultures, and
    no epiglottitis antibiotics or double-setup airway."""
    out = reason(
        make_case(
            "throat pain",
            age=24,
            sex="M",
            vitals=vitals(106, 128, 74, 16, 99, t=38.5),
            ed_note="24M one week of sore throat, worse on the right for 2 days, "
            "difficulty opening the mouth, voice muffled, swallowing fluids. Right "
            "peritonsillar bulging, uvula displaced to the left. Non-toxic, speaking "
            "comfortably, no stridor. WBC 15.4.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "drainage", "aspiration"), names
    assert not O.ordered(out, "lactate", "blood culture"), names
    assert not O.ordered(out, "double setup", "epiglottitis"), names
    assert not any("epiglottitis" in o.reason.lower() for o in O.orders(out)), names


def test_stated_pregnancy_test_and_scan_are_read_not_reordered(
    reason: Reason,
) -> None:
    """ACOG PB 193 / NICE NG126: with a positive pregnancy test and a transvaginal
    scan already reported (empty uterus, adnexal mass), the work-up goes on from them
    (gynaecology, Rh status), not a second pregnancy test or scan."""
    out = reason(
        make_case(
            "lower abdominal pain",
            age=34,
            sex="F",
            vitals=vitals(84, 122, 76, 16, 99),
            ed_note="34F, 7 weeks since LMP, right-sided pelvic pain and brown "
            "spotting for 2 days. Urine pregnancy test positive at GP. Transvaginal "
            "ultrasound showed an empty uterus and a 2.5 cm right adnexal mass "
            "separate from the ovary, no free fluid. Haemodynamically stable.",
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    assert not any(
        n.startswith(("urine hcg", "urine or serum hcg", "serum hcg", "pregnancy test"))
        for n in names
    ), names
    assert not any(n.startswith("transvaginal") for n in names), names
    assert O.ordered(out, "gyn"), names


def test_febrile_obstructing_stone_gets_urgent_decompression(reason: Reason) -> None:
    """EAU urolithiasis 2024: an obstructed kidney with fever is drained urgently
    (nephrostomy or ureteric stent) with antibiotics; it is not discharged as renal
    colic or treated as pyelonephritis alone."""
    out = reason(
        make_case(
            "loin pain",
            age=63,
            sex="M",
            vitals=vitals(104, 126, 78, 18, 97, t=38.6),
            ed_note="63M left loin to groin pain for 2 days, now shivering and "
            "vomiting. Left renal angle tenderness. CT KUB: 6 mm calculus at the "
            "left VUJ with hydronephrosis. Creatinine 131.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "nephrostomy", "ureteric stent", "decompress"), names
    assert out.final.disposition != "Discharge"


def test_bleeding_after_birth_is_postpartum_haemorrhage_not_aub(
    reason: Reason,
) -> None:
    """ACOG PB 183 / FIGO PALM-COEIN: heavy bleeding an hour after a birth with a
    poorly contracted uterus is postpartum haemorrhage (uterotonics, obstetrics), not
    abnormal uterine bleeding with a pregnancy test."""
    out = reason(
        make_case(
            "heavy bleeding",
            age=35,
            sex="F",
            vitals=vitals(118, 96, 58, 20, 98),
            ed_note="35F baby born in the ambulance 1 hour ago, placenta out, "
            "estimated blood loss over a litre and still trickling. Uterus poorly "
            "contracted on palpation. Looks pale.",
        )
    )
    name = (out.final.diagnosis_name or "").lower()
    assert "postpartum" in name, _ledger(out)[:4]
    assert not O.ordered(out, "urine hcg"), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "oxytocin")


def test_volvulus_on_the_film_is_obstruction_not_constipation(reason: Reason) -> None:
    """ASCRS 2021 colonic volvulus guideline / AGA 2023: a coffee bean sign in a
    constipated, distended older patient is a sigmoid volvulus (a mechanical
    obstruction for the surgeons; vomiting is often late or absent), never
    'constipation' with a laxative."""
    out = reason(
        make_case(
            "abdominal distension",
            age=79,
            sex="M",
            vitals=vitals(100, 134, 80, 18, 96),
            ed_note="79M care home resident with long-standing constipation on "
            "laxatives, 3 days increasing abdominal distension, no vomiting. "
            "Abdomen grossly distended and tympanic. Abdominal x-ray: coffee bean "
            "sign.",
        )
    )
    name = (out.final.diagnosis_name or "").lower()
    assert "constipation" not in name, _ledger(out)[:4]
    assert O.ordered(out, "surg"), [o.name for o in O.orders(out)]

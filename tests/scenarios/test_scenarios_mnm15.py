"""mnm15 (issue 10): critical diagnoses the knowledge base did not hold.

The must-not-miss coverage audit (docs/mnm_coverage_audit.md) listed the critical
diagnoses of Rosen's and Tintinalli's cardinal presentations that were missing. Each
scenario below is a classic presentation written from the guideline named in its id
and docstring, never from rows of the shared data. Each asserts safety properties:
the diagnosis is on the differential and kept open as must-not-miss (or ruled in by
its published criteria), the key first order is present, nothing it forbids is
ordered, and the patient is not discharged. Every scenario of the table failed on main
before the change (the diagnosis did not exist); guards say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from agents.schemas import DifferentialEntry
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


@dataclass(frozen=True)
class Scenario:
    """A presentation, the diagnosis kept open and what must (not) be ordered."""

    case: Case
    dx: str
    """Words of the diagnosis name (lower case) as the knowledge base names it."""
    first_order: tuple[str, ...]
    """Regexes: one order must name one of them (the key first order)."""
    forbidden: tuple[str, ...] = ()
    """Regexes no order may name."""
    ruled_in: bool = False
    """Published criteria are met: the diagnosis is ruled in, not only open."""
    discharge_ok: bool = False
    not_in: tuple[str, ...] = field(default=())
    """Words of diagnoses that must not lead (top-1) the final ledger."""


def _given(out: ReasoningOutput, words: str) -> bool:
    """Whether an order that is not itself a 'do not' instruction names ``words``."""
    return any(
        O.mentions(o, (words,))
        for o in O.orders(out)
        if not re.match(r"(?i)\s*(?:no|avoid|do not|hold|stop|withhold)\b", o.name)
    )


def _open(out: ReasoningOutput, words: str) -> DifferentialEntry | None:
    """The final-ledger entry naming ``words`` if open (not ruled out)."""
    return next(
        (
            e
            for e in out.final.ledger
            if words in e.diagnosis.lower() and e.status != "ruled_out"
        ),
        None,
    )


SCENARIOS: dict[str, Scenario] = {
    # ESC 2013 myocarditis position statement (Caforio ALP et al.)
    "esc2013-myocarditis": Scenario(
        make_case(
            "chest pain",
            age=24,
            sex="M",
            vitals=vitals(114, 118, 72, 20, 97, 37.9),
            one_liner="24 y.o. man with chest pain and shortness of breath a week"
            " after a flu-like illness",
            ed_note="No coronary risk factors. Troponin elevated at 850 ng/L. ECG:"
            " sinus tachycardia, nonspecific T wave changes. Cardiac MRI consistent"
            " with myocarditis.",
            case_id="mnm-myocarditis",
        ),
        dx="myocarditis",
        first_order=(r"echocardiogra",),
        forbidden=O.LYTIC,
        ruled_in=True,
    ),
    # Tokyo Guidelines 2018 acute cholangitis (Kiriyama S et al.)
    "tg18-cholangitis": Scenario(
        make_case(
            "abdominal pain",
            age=72,
            sex="F",
            vitals=vitals(118, 96, 58, 22, 95, 39.2),
            one_liner="72 y.o. woman with right upper quadrant pain, fever and rigors",
            ed_note="Jaundiced, right upper quadrant tenderness. Ultrasound: dilated"
            " common bile duct with a CBD stone. Bilirubin 4.2 mg/dL.",
            case_id="mnm-cholangitis",
        ),
        dx="cholangitis",
        first_order=(r"piperacillin|ceftriaxone|antibiotic",),
        ruled_in=True,
    ),
    # WSES 2017 / HerniaSurge 2018 incarcerated hernia
    "wses2017-incarcerated-hernia": Scenario(
        make_case(
            "abdominal pain",
            age=68,
            sex="M",
            vitals=vitals(104, 142, 84, 18, 97),
            one_liner="68 y.o. man with a painful lump in the right groin for 6 hours"
            " and vomiting",
            ed_note="Tender irreducible right inguinal hernia. Abdomen mildly"
            " distended.",
            case_id="mnm-hernia",
        ),
        dx="hernia",
        first_order=(r"surgery",),
        ruled_in=True,
    ),
    # HerniaSurge 2018; APSA: incarcerated inguinal hernia of infancy
    "herniasurge2018-infant-inguinal-hernia": Scenario(
        make_case(
            "testicular pain",
            age=0,
            sex="M",
            vitals=vitals(168, 88, 50, 40, 99),
            one_liner="8-month-old boy crying inconsolably with a swollen right side"
            " of the scrotum",
            ed_note="Irreducible right inguinal hernia extending into the scrotum,"
            " tender. Testis palpable below it.",
            case_id="mnm-hernia-infant",
            demographics={"age_days": 245},
        ),
        dx="hernia",
        first_order=(r"surgery",),
    ),
    # AHA 2024 cerebral venous thrombosis; ESO 2017
    "aha2024-cvt": Scenario(
        make_case(
            "headache",
            age=32,
            sex="F",
            vitals=vitals(88, 128, 80, 16, 99),
            one_liner="32 y.o. woman on the oral contraceptive pill with 5 days of"
            " worsening headache",
            ed_note="Headache worse lying down, vomiting. Bilateral papilledema. No"
            " neck stiffness. No fever.",
            case_id="mnm-cvt",
        ),
        dx="venous",
        first_order=(r"venograph|venogram|mr venograph",),
        not_in=("migraine", "tension"),
    ),
    # AHA/ASA 2014 cervical arterial dissection (Biller J et al.)
    "aha2014-cervical-dissection": Scenario(
        make_case(
            "neck pain",
            age=38,
            sex="F",
            vitals=vitals(84, 136, 82, 16, 99),
            one_liner="38 y.o. woman with left neck pain and headache since a"
            " chiropractor manipulated her neck 2 days ago",
            ed_note="Left partial Horner syndrome. No limb weakness, speech normal.",
            case_id="mnm-cad",
        ),
        dx="cervical artery dissection",
        first_order=(r"ct angiograph|cta\b|mr angiograph",),
        forbidden=O.LYTIC,
        not_in=("strain",),
    ),
    # UK pituitary apoplexy guideline 2011 (Rajasekaran S et al.)
    "uk2011-pituitary-apoplexy": Scenario(
        make_case(
            "headache",
            age=55,
            sex="M",
            vitals=vitals(104, 92, 60, 18, 98),
            one_liner="55 y.o. man with a sudden severe headache and double vision",
            ed_note="Known pituitary macroadenoma. Bitemporal hemianopia, right third"
            " nerve palsy. Sodium 128.",
            case_id="mnm-apoplexy",
        ),
        dx="pituitary apoplexy",
        first_order=(r"hydrocortisone",),
        not_in=("migraine", "tension"),
    ),
    # ESC/EACTS 2021 valvular heart disease; ESC 2018 syncope
    "esc2021-aortic-stenosis-syncope": Scenario(
        make_case(
            "syncope",
            age=79,
            sex="M",
            vitals=vitals(78, 112, 70, 16, 96),
            one_liner="79 y.o. man who collapsed while walking up the stairs",
            ed_note="Ejection systolic murmur radiating to the carotids, slow rising"
            " pulse. ECG: sinus rhythm, left ventricular hypertrophy.",
            case_id="mnm-as",
        ),
        dx="aortic (valve) stenosis",
        first_order=(r"echocardiogra",),
        forbidden=O.NITRATE,
        not_in=("vasovagal",),
    ),
    # AHA/ACC 2020 hypertrophic cardiomyopathy (Ommen SR et al.)
    "aha2020-hcm-syncope": Scenario(
        make_case(
            "syncope",
            age=17,
            sex="M",
            vitals=vitals(92, 118, 70, 16, 99),
            one_liner="17 y.o. boy who fainted during exercise at football practice",
            ed_note="Systolic murmur louder with Valsalva. Family history of sudden"
            " cardiac death.",
            case_id="mnm-hcm",
        ),
        dx="hypertrophic cardiomyopathy",
        first_order=(r"echocardiogra",),
        not_in=("vasovagal",),
    ),
    # 2023 Duke-ISCVID infective endocarditis (Fowler VG et al.)
    "duke-iscvid2023-endocarditis": Scenario(
        make_case(
            "fever",
            age=34,
            sex="M",
            vitals=vitals(112, 108, 64, 20, 96, 38.9),
            one_liner="34 y.o. man who injects heroin with fever and malaise for two"
            " weeks",
            ed_note="New murmur. Janeway lesions on the soles. Blood cultures positive"
            " for Staphylococcus aureus.",
            case_id="mnm-ie",
        ),
        dx="endocarditis",
        first_order=(r"blood cultures",),
        ruled_in=True,
    ),
    # CDC/CSTE 2011 toxic shock syndrome case definition
    "cdc2011-toxic-shock": Scenario(
        make_case(
            "fever",
            age=22,
            sex="F",
            vitals=vitals(132, 78, 40, 24, 97, 39.6),
            one_liner="22 y.o. woman with fever, vomiting, diarrhoea and a red rash;"
            " tampon in place for two days",
            ed_note="Diffuse erythroderma. Confused. Elevated creatinine, low"
            " platelets.",
            case_id="mnm-tss",
        ),
        dx="toxic shock",
        first_order=(r"clindamycin",),
        ruled_in=True,
    ),
    # Caine criteria 1997; EFNS 2010 Wernicke encephalopathy
    "efns2010-wernicke": Scenario(
        make_case(
            "altered mental status",
            age=52,
            sex="M",
            vitals=vitals(96, 124, 78, 16, 98),
            one_liner="52 y.o. man, confused and unsteady for two days",
            ed_note="Alcohol use disorder, poor oral intake. Bilateral sixth nerve"
            " palsy, ataxic gait. Glucose 5.8 mmol/L.",
            case_id="mnm-wernicke",
        ),
        dx="wernicke",
        first_order=(r"thiamine",),
        ruled_in=True,
    ),
    # BTS/ICS 2016 acute hypercapnic respiratory failure
    "bts2016-hypercapnia": Scenario(
        make_case(
            "altered mental status",
            age=71,
            sex="M",
            vitals=vitals(104, 150, 88, 24, 95),
            one_liner="71 y.o. man with COPD, drowsy after the ambulance gave 15 L"
            " oxygen",
            ed_note="Somnolent, rousable to voice. VBG pH 7.21, pCO2 86 mmHg.",
            case_id="mnm-hypercapnia",
        ),
        dx="hypercapnia",
        first_order=(r"non-invasive ventilation|bilevel|bipap",),
        ruled_in=True,
    ),
    # NICE NG234 (2023) metastatic spinal cord compression
    "nice-ng234-mscc": Scenario(
        make_case(
            "back pain",
            age=66,
            sex="M",
            vitals=vitals(88, 138, 80, 16, 97),
            one_liner="66 y.o. man with metastatic prostate cancer and thoracic back"
            " pain for three weeks, now weak legs",
            ed_note="Back pain worse at night. Bilateral leg weakness, power 3/5 in"
            " both legs. Sensory level at T10.",
            case_id="mnm-mscc",
        ),
        dx="cord compression",
        first_order=(r"dexamethasone",),
        not_in=("strain", "low back pain"),
    ),
    # International consensus guidance for myasthenia gravis 2016 (Sanders DB et al.)
    "mgfa2016-myasthenic-crisis": Scenario(
        make_case(
            "weakness",
            age=45,
            sex="F",
            vitals=vitals(108, 132, 80, 26, 94),
            one_liner="45 y.o. woman with myasthenia gravis, two days of worsening"
            " weakness and shortness of breath",
            ed_note="Bilateral ptosis, weak cough, nasal speech. FVC declining.",
            case_id="mnm-mg",
        ),
        dx="myasthenia",
        first_order=(r"vital capacity",),
        forbidden=(r"gentamicin|ciprofloxacin|levofloxacin|azithromycin|magnesium",),
    ),
    # ESVS 2020 vascular graft infection; MAGIC 2016
    "esvs2020-aortoenteric-fistula": Scenario(
        make_case(
            "vomiting blood",
            age=74,
            sex="M",
            vitals=vitals(108, 104, 62, 18, 97),
            one_liner="74 y.o. man with an aortic graft for an aneurysm 3 years ago,"
            " vomited blood this morning",
            ed_note="Small haematemesis, then melena. Now haemodynamically stable.",
            case_id="mnm-aef",
        ),
        dx="aorto-enteric",
        first_order=(r"ct angiograph",),
        forbidden=O.ANTITHROMBOTIC,
    ),
    # RCOG Green-top 27a placenta praevia
    "rcog27a-placenta-praevia": Scenario(
        make_case(
            "vaginal bleeding",
            age=29,
            sex="F",
            vitals=vitals(96, 118, 70, 16, 99),
            one_liner="29 y.o. woman, 32 weeks pregnant, with painless bright red"
            " vaginal bleeding",
            ed_note="Soft non-tender uterus.",
            case_id="mnm-praevia",
        ),
        dx="placenta previa",
        first_order=(r"ultrasound",),
        forbidden=(r"speculum|digital vaginal exam|bimanual|pelvic exam",),
        # RCOG Green-top 27a: no digital examination before the placenta is located
    ),
    # Eschenbach 2015 septic abortion; ACOG PB 200; SSC 2021
    "acog200-septic-abortion": Scenario(
        make_case(
            "vaginal bleeding",
            age=24,
            sex="F",
            vitals=vitals(124, 98, 58, 22, 97, 39.1),
            one_liner="24 y.o. woman with fever and bleeding four days after a"
            " medical abortion",
            ed_note="Foul-smelling vaginal discharge, uterine tenderness.",
            case_id="mnm-septic-abortion",
        ),
        dx="septic abortion",
        first_order=(r"gentamicin|piperacillin|antibiotic",),
    ),
    # Endophthalmitis Vitrectomy Study 1995
    "evs1995-endophthalmitis": Scenario(
        make_case(
            "eye pain",
            age=76,
            sex="F",
            vitals=vitals(80, 146, 82, 16, 98),
            one_liner="76 y.o. woman with a painful red right eye and blurred vision"
            " three days after cataract surgery",
            ed_note="Hypopyon in the right eye.",
            case_id="mnm-endophthalmitis",
        ),
        dx="endophthalmitis",
        first_order=(r"ophthalmology emergently",),
        # EGS 2020: angle-closure drops need a sign of angle closure; a miotic
        # worsens an inflamed eye (failed on main: pilocarpine was ordered)
        forbidden=(r"pilocarpine",),
        not_in=("conjunctivitis",),
    ),
    # AAO Bacterial Keratitis Preferred Practice Pattern
    "aao-microbial-keratitis": Scenario(
        make_case(
            "red eye",
            age=23,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            one_liner="23 y.o. contact lens wearer who sleeps in her contacts, with a"
            " painful red left eye and photophobia",
            ed_note="White spot on the cornea with overlying fluorescein uptake.",
            case_id="mnm-keratitis",
        ),
        dx="keratitis",
        first_order=(r"ophthalmology",),
        forbidden=(r"\bpatch|steroid|prednisolone|dexamethasone",),
        discharge_ok=True,
        not_in=("conjunctivitis",),
    ),
    # ESVS 2021 venous thrombosis; phlegmasia cerulea dolens
    "esvs2021-phlegmasia": Scenario(
        make_case(
            "leg swelling",
            age=64,
            sex="F",
            vitals=vitals(118, 104, 64, 20, 96),
            one_liner="64 y.o. woman with pancreatic cancer and a painful, massively"
            " swollen left leg",
            ed_note="Whole leg swollen, leg is dusky and cyanotic. Duplex: occlusive"
            " DVT from the common femoral to the popliteal vein.",
            case_id="mnm-phlegmasia",
        ),
        dx="phlegmasia",
        first_order=(r"vascular surgery",),
        ruled_in=True,
    ),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_critical_diagnosis_is_kept_open_and_treated(reason: Reason, name: str) -> None:
    """The guideline in the id: the diagnosis is open (or ruled in by its criteria),
    its key first order is given, nothing it forbids is ordered, no discharge."""
    sc = SCENARIOS[name]
    out = reason(sc.case)
    entry = _open(out, sc.dx)
    assert entry is not None, [e.diagnosis for e in out.final.ledger]
    assert entry.must_not_miss
    if sc.ruled_in:
        assert entry.status == "ruled_in", entry
    else:
        assert entry.status in ("cannot_exclude", "ruled_in"), entry
    assert O.ordered(out, *sc.first_order), [o.name for o in O.orders(out)]
    for words in sc.forbidden:
        assert not _given(out, words), [o.name for o in O.orders(out)]
    if not sc.discharge_ok:
        assert O.disposition(out).disposition != "Discharge"
    top = next(e for e in out.final.ledger if e.status != "ruled_out")
    assert not any(w in top.diagnosis.lower() for w in sc.not_in), top.diagnosis


# --- guards: the new diagnoses do not take over ordinary presentations -------------

GUARDS: dict[str, tuple[Case, str, str]] = {
    # ICHD-3 migraine without aura: no red flag, no papilloedema
    "ichd3-migraine-is-not-cvt": (
        make_case(
            "headache",
            age=28,
            sex="F",
            vitals=vitals(78, 118, 74, 14, 99),
            one_liner="28 y.o. woman with her usual throbbing migraine with nausea and"
            " photophobia",
            ed_note="Normal neurological examination. No papilledema.",
            case_id="mnm-g-migraine",
        ),
        "venous",
        "migraine",
    ),
    # ESC 2018 syncope: typical reflex syncope
    "esc2018-vasovagal-is-not-structural": (
        make_case(
            "syncope",
            age=22,
            sex="F",
            vitals=vitals(72, 112, 70, 14, 99),
            one_liner="22 y.o. woman who fainted after standing in a hot queue, with"
            " nausea and sweating beforehand",
            ed_note="No murmur. ECG: normal sinus rhythm.",
            case_id="mnm-g-vasovagal",
        ),
        "stenosis",
        "vasovagal",
    ),
    # AHA/ACC 2014 NSTE-ACS: a raised troponin in coronary disease is an infarct
    "aha2014-nstemi-is-not-myocarditis": (
        make_case(
            "chest pain",
            age=68,
            sex="M",
            vitals=vitals(92, 146, 88, 18, 96),
            one_liner="68 y.o. man with known coronary artery disease and exertional"
            " chest pressure radiating to the left arm",
            ed_note="Troponin elevated. ECG: ST depression in V4-V6.",
            case_id="mnm-g-nstemi",
        ),
        "myocarditis",
        "myocardial infarction",
    ),
    # Caine 1997: ataxia and confusion from intoxication alone do not meet the criteria
    "caine1997-intoxication-is-not-wernicke": (
        make_case(
            "intoxication",
            age=30,
            sex="M",
            vitals=vitals(96, 128, 80, 16, 98),
            one_liner="30 y.o. man, drunk, brought in by friends after a party",
            ed_note="Smells of alcohol, slurred speech, unsteady gait, confused."
            " Glucose 6.1 mmol/L.",
            case_id="mnm-g-drunk",
        ),
        "wernicke",
        "alcohol",
    ),
}


@pytest.mark.parametrize("name", list(GUARDS))
def test_new_diagnosis_does_not_lead_an_ordinary_presentation(
    reason: Reason, name: str
) -> None:
    """Guards (passed on main, where the new diagnoses did not exist): the ordinary
    diagnosis still leads and the new one is neither ruled in nor leading."""
    case, new, usual = GUARDS[name]
    out = reason(case)
    top = next(e for e in out.final.ledger if e.status != "ruled_out")
    assert usual in top.diagnosis.lower(), top.diagnosis
    assert not any(
        new in e.diagnosis.lower() and e.status == "ruled_in" for e in out.final.ledger
    )


# --- rule-in paths: published criteria or a confirmatory result -------------------
# The audit's section 2 listed must-not-miss diagnoses with no rule-in path: treated on
# suspicion forever, never confirmed by the test that establishes them. Each case
# below documents the guideline's criteria or test; the diagnosis must be ruled in
# (failed on main: no criteria, so the entry stayed 'cannot_exclude' or 'considered').

RULE_IN: dict[str, tuple[Case, str]] = {
    "aha-asa2022-ich-on-ct": (
        make_case(
            "weakness",
            age=71,
            sex="M",
            vitals=vitals(88, 196, 104, 16, 97),
            one_liner="71 y.o. man with sudden right arm weakness and headache",
            ed_note="Right hemiparesis. CT head shows an intracerebral hemorrhage in"
            " the left basal ganglia.",
            case_id="mnm-r-ich",
        ),
        "intracerebral hemorrhage",
    ),
    "btf2016-subdural-on-ct": (
        make_case(
            "fall",
            age=84,
            sex="F",
            vitals=vitals(76, 158, 84, 16, 97),
            one_liner="84 y.o. woman on warfarin, fell and hit her head yesterday,"
            " now drowsy",
            ed_note="Acute subdural on CT with 4 mm midline shift.",
            case_id="mnm-r-sdh",
        ),
        "subdural",
    ),
    "darouiche2006-epidural-abscess-mri": (
        make_case(
            "back pain",
            age=46,
            sex="M",
            vitals=vitals(104, 132, 80, 18, 97, 38.6),
            one_liner="46 y.o. man who injects heroin with fever and severe thoracic"
            " back pain",
            ed_note="Spinal epidural abscess on MRI at T8-T10.",
            case_id="mnm-r-sea",
        ),
        "intraspinal abscess",
    ),
    "wses2022-mesenteric-ischaemia-cta": (
        make_case(
            "abdominal pain",
            age=78,
            sex="F",
            vitals=vitals(112, 108, 66, 20, 96),
            one_liner="78 y.o. woman in atrial fibrillation with sudden severe"
            " abdominal pain",
            ed_note="Pain out of proportion to the examination. CT angiography:"
            " superior mesenteric artery embolus with pneumatosis intestinalis.",
            case_id="mnm-r-ami",
        ),
        "infarction of intestine",
    ),
    "baveno7-variceal-bleed-endoscopy": (
        make_case(
            "vomiting blood",
            age=56,
            sex="M",
            vitals=vitals(118, 96, 58, 20, 96),
            one_liner="56 y.o. man with alcoholic cirrhosis vomiting bright red blood",
            ed_note="Emergency endoscopy: actively bleeding varix in the distal"
            " oesophagus, banded.",
            case_id="mnm-r-varix",
        ),
        "varices",
    ),
    "brugada1991-vt": (
        make_case(
            "palpitations",
            age=67,
            sex="M",
            vitals=vitals(182, 104, 66, 20, 95),
            one_liner="67 y.o. man with a prior myocardial infarction and palpitations",
            ed_note="ECG: regular wide QRS tachycardia at 180 with AV dissociation and"
            " fusion beats.",
            case_id="mnm-r-vt",
        ),
        "ventricular tachycardia",
    ),
    "aha2019-preexcited-af": (
        make_case(
            "palpitations",
            age=28,
            sex="M",
            vitals=vitals(230, 112, 70, 20, 97),
            one_liner="28 y.o. man with Wolff-Parkinson-White and racing heart",
            ed_note="ECG: irregularly irregular wide QRS tachycardia, atrial"
            " fibrillation with delta waves.",
            case_id="mnm-r-wpw",
        ),
        "pre-excitation",
    ),
    "rushworth2019-adrenal-crisis": (
        make_case(
            "vomiting",
            age=39,
            sex="F",
            vitals=vitals(118, 78, 44, 20, 97),
            one_liner="39 y.o. woman with Addison's disease vomiting for a day, unable"
            " to keep her hydrocortisone down",
            ed_note="Hypotensive, dry mucous membranes. Sodium 129.",
            case_id="mnm-r-adrenal",
        ),
        "addisonian",
    ),
    "fakhouri2017-stec-hus": (
        make_case(
            "diarrhea",
            age=4,
            sex="F",
            vitals=vitals(132, 98, 60, 26, 98),
            one_liner="4 y.o. girl with bloody diarrhoea last week, now pale and"
            " passing very little urine",
            ed_note="Schistocytes on the blood film, low platelets, elevated"
            " creatinine.",
            case_id="mnm-r-hus",
        ),
        "hemolytic-uremic",
    ),
    "dsm5-alcohol-withdrawal": (
        make_case(
            "alcohol withdrawal",
            age=48,
            sex="M",
            vitals=vitals(118, 158, 96, 18, 98),
            one_liner="48 y.o. man, daily drinker, last drink two days ago, now"
            " tremulous",
            ed_note="Tremulous, diaphoretic, anxious, seeing insects on the wall.",
            case_id="mnm-r-awd",
        ),
        "alcohol",
    ),
    "jta2012-thyroid-storm": (
        make_case(
            "fever",
            age=36,
            sex="F",
            vitals=vitals(148, 142, 70, 24, 97, 39.4),
            one_liner="36 y.o. woman with Graves disease who stopped her"
            " methimazole, now agitated and febrile",
            ed_note="Agitated and confused. Elevated free T4, TSH suppressed.",
            case_id="mnm-r-storm",
        ),
        "thyrotoxic crisis",
    ),
    "atls-fast-positive-abdominal-injury": (
        make_case(
            "motor vehicle crash",
            age=31,
            sex="M",
            vitals=vitals(124, 96, 60, 24, 97),
            one_liner="31 y.o. driver in a high-speed motor vehicle crash",
            ed_note="Abdominal tenderness, seat-belt sign. Positive FAST with free"
            " fluid in Morison's pouch.",
            case_id="mnm-r-fast",
        ),
        # dx35: the entry names its organ by the injury's side (ATLS 10th ed. ch. 5)
        "intra-abdominal organ",
    ),
    "aha2021-crao": (
        make_case(
            "vision loss",
            age=72,
            sex="M",
            vitals=vitals(84, 164, 90, 16, 97),
            one_liner="72 y.o. man with sudden painless loss of vision in the right"
            " eye an hour ago",
            ed_note="Fundoscopy: pale retina with a cherry-red spot.",
            case_id="mnm-r-crao",
        ),
        "retinal artery",
    ),
    "chandler1970-orbital-cellulitis": (
        make_case(
            "eye swelling",
            age=9,
            sex="M",
            vitals=vitals(118, 104, 62, 22, 98, 38.9),
            one_liner="9 y.o. boy with sinusitis, fever and left eyelid swelling",
            ed_note="Proptosis and pain with eye movements on the left.",
            case_id="mnm-r-orbital",
        ),
        "orbit",
    ),
    "acr2018-cspine-fracture-on-ct": (
        make_case(
            "neck pain",
            age=58,
            sex="M",
            vitals=vitals(86, 138, 84, 16, 98),
            one_liner="58 y.o. man who dived into a shallow pool, neck pain",
            ed_note="Midline cervical tenderness. CT cervical spine shows a fracture"
            " of C5.",
            case_id="mnm-r-cspine",
        ),
        "cervical vertebra",
    ),
    "holstege2012-sympathomimetic": (
        make_case(
            "agitation",
            age=26,
            sex="M",
            vitals=vitals(136, 168, 98, 22, 98, 38.4),
            one_liner="26 y.o. man agitated after using methamphetamine at a party",
            ed_note="Agitated, diaphoretic, dilated pupils.",
            case_id="mnm-r-symp",
        ),
        "stimulant",
    ),
    "kattah2009-hints-central": (
        make_case(
            "dizziness",
            age=63,
            sex="M",
            vitals=vitals(84, 168, 94, 16, 97),
            one_liner="63 y.o. man with continuous vertigo, nausea and unsteadiness"
            " since this morning",
            ed_note="Vertigo for 8 hours. HINTS: normal head impulse test,"
            " direction-changing nystagmus, skew deviation.",
            case_id="mnm-r-hints",
        ),
        "vertebral/basilar",
    ),
    "eular2023-gca-halo": (
        make_case(
            "headache",
            age=74,
            sex="F",
            vitals=vitals(82, 148, 84, 16, 97),
            one_liner="74 y.o. woman with a new temporal headache and jaw"
            " claudication for two weeks",
            ed_note="Tender temporal artery. Temporal artery halo sign on the"
            " bedside ultrasound.",
            case_id="mnm-r-gca",
        ),
        "giant cell arteritis",
    ),
    "bologna2017-sbo-on-ct": (
        make_case(
            "abdominal pain",
            age=67,
            sex="F",
            vitals=vitals(102, 128, 78, 18, 97),
            one_liner="67 y.o. woman with previous laparotomy, colicky abdominal pain"
            " and vomiting",
            ed_note="Distended abdomen. CT: dilated small bowel loops with a"
            " transition point in the right lower quadrant.",
            case_id="mnm-r-sbo",
        ),
        "intestinal obstruction",
    ),
    "brinster2004-boerhaave": (
        make_case(
            "chest pain",
            age=52,
            sex="M",
            vitals=vitals(118, 112, 70, 24, 95),
            one_liner="52 y.o. man with severe chest pain after forceful vomiting"
            " following heavy drinking",
            ed_note="Chest CT: pneumomediastinum with a left pleural effusion.",
            case_id="mnm-r-boerhaave",
        ),
        "esophag",
    ),
    "fernando2019-nsti-ct-gas": (
        make_case(
            "leg pain",
            age=58,
            sex="M",
            vitals=vitals(122, 94, 56, 24, 96, 38.9),
            one_liner="58 y.o. man with diabetes and rapidly spreading painful"
            " redness of the left thigh",
            ed_note="Pain out of proportion to the examination. CT: gas tracking"
            " along the fascial planes of the thigh.",
            case_id="mnm-r-nsti",
        ),
        "necrotizing",
    ),
    "galioto2017-peritonsillar-abscess": (
        make_case(
            "sore throat",
            age=24,
            sex="M",
            vitals=vitals(104, 126, 78, 18, 98, 38.3),
            one_liner="24 y.o. man with a worsening sore throat, muffled voice and"
            " trismus",
            ed_note="Left peritonsillar swelling with uvular deviation. Frank pus"
            " on needle aspiration.",
            case_id="mnm-r-pta",
        ),
        "peritonsillar",
    ),
}


@pytest.mark.parametrize("name", list(RULE_IN))
def test_must_not_miss_diagnosis_is_ruled_in_by_its_criteria(
    reason: Reason, name: str
) -> None:
    """The guideline in the id: its criteria or confirmatory test rule it in."""
    case, words = RULE_IN[name]
    out = reason(case)
    hits = [e for e in out.final.ledger if words in e.diagnosis.lower()]
    assert hits, [e.diagnosis for e in out.final.ledger]
    assert hits[0].status == "ruled_in", hits[0]
    assert hits[0].must_not_miss


def test_intoxicated_drinker_does_not_meet_alcohol_withdrawal_criteria(
    reason: Reason,
) -> None:
    """Guard (DSM-5-TR: withdrawal follows cessation; intoxication is excluded): a
    tachycardic, sweating, agitated drunk patient is not 'alcohol withdrawal ruled
    in'."""
    case = make_case(
        "intoxication",
        age=35,
        sex="M",
        vitals=vitals(112, 138, 84, 18, 98),
        one_liner="35 y.o. man, intoxicated, drinking all day, daily drinker",
        ed_note="Smells of alcohol, agitated, diaphoretic. Says he is scared of"
        " withdrawal.",
        case_id="mnm-r-drunk",
    )
    out = reason(case)
    assert not any(
        "withdrawal" in e.diagnosis.lower() and e.status == "ruled_in"
        for e in out.final.ledger
    )


def test_cervical_artery_dissection_does_not_block_stroke_antithrombotics(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 (Powers WJ et al.) 3.5.1: IV alteplase is reasonable in a stroke
    with extracranial cervical artery dissection (IIa); antiplatelets or
    anticoagulants treat the dissection (CADISS 2015). The gate that keeps
    antithrombotics from an open aortic dissection must not fire for it. Failed before
    the gate fix: 'thrombolytic while Cervical artery dissection (carotid) is open'."""
    case = make_case(
        "stroke symptoms",
        age=44,
        sex="M",
        vitals=vitals(88, 162, 92, 16, 98),
        one_liner="44 y.o. man with sudden left arm and face weakness 90 minutes ago"
        " and right neck pain",
        ed_note="Last known well 90 minutes ago. Left facial droop, left arm"
        " weakness. Right partial Horner syndrome. Glucose 6.2 mmol/L.",
        case_id="mnm-cad-stroke",
    )
    out = reason(case)
    assert O.proposes(out, "cervical artery dissection")
    result = O.treatment(out)
    assert result is not None
    assert not any(
        "cervical artery dissection" in b.reason.lower() for b in result.blocked
    ), [b.reason for b in result.blocked]


def test_aortic_dissection_still_blocks_antithrombotics(reason: Reason) -> None:
    """Guard (ACC/AHA 2022 aortic disease): tearing chest pain radiating to the back
    with a pulse deficit: no aspirin, heparin or lytic while dissection is open."""
    case = make_case(
        "chest pain",
        age=62,
        sex="M",
        vitals=vitals(104, 186, 100, 20, 97),
        one_liner="62 y.o. man with sudden tearing chest pain radiating to the back",
        ed_note="Pulse deficit in the left arm. ECG: no ST elevation.",
        case_id="mnm-aad",
    )
    out = reason(case)
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)

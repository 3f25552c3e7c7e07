"""Paediatric emergency scenarios (session 25, paeds25), written from guidelines.

Sources: AHA 2017 Kawasaki disease (McCrindle BW et al. Circulation 2017;135:e927:
fever >= 5 days with >= 4 of bilateral non-exudative conjunctival injection, oral
changes, rash, extremity changes and cervical lymphadenopathy -> IVIG and aspirin);
NegEx / ConText negation scope (Chapman 2001; Harkema 2009). Each scenario asserts a
safety property, not exact strings; wording differs from the paeds25 review cases.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _diagnosis(out: object) -> DiagnosisResult | None:
    for record in out.trace:  # type: ignore[attr-defined]
        if isinstance(record.output, DiagnosisResult):
            return record.output
    return None


def test_complete_kawasaki_with_eyes_red_but_not_sticky_gets_ivig(
    reason: Reason,
) -> None:
    """AHA 2017: fever 5 days and 5 principal features is complete Kawasaki disease.
    "Without discharge" qualifies the eyes only: the features after it are present."""
    out = reason(
        make_case(
            "FEVER",
            age=4,
            sex="Female",
            vitals=vitals(138, 100, 60, 26, 98, 39.2),
            one_liner="4 y.o. girl, fevers since Friday, miserable",
            ed_note="HPI: fever to 39.8 for 5 days, not settling with antipyretics, "
            "very miserable. Exam: both eyes injected without exudate, dry fissured "
            "lips with a red tongue, swollen hands and feet, a fine erythematous rash "
            "on the trunk, 1.8 cm firm lymph node in the right side of the neck. "
            "Weight 16 kg.",
        )
    )
    assert O.ordered(out, "ivig", "immunoglobulin")
    assert O.ordered(out, "echocardiog")
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10 == "M30.3", dx


def test_red_eye_without_discharge_pain_or_photophobia_stays_a_negated_list(
    reason: Reason,
) -> None:
    """Guard (NegEx: an "or" list stays under its trigger): a child with a red eye
    "without discharge, pain or photophobia" has no eye pain, so no angle-closure or
    keratitis work-up is driven by pain the note denies."""
    out = reason(
        make_case(
            "EYE REDNESS",
            age=8,
            sex="Male",
            vitals=vitals(92, 108, 64, 18, 99, 36.8),
            one_liner="8 y.o. boy with a red left eye since this morning",
            ed_note="HPI: left eye red since this morning without discharge, pain or "
            "photophobia, vision normal, no trauma. Exam: bulbar conjunctival "
            "injection left eye, cornea clear, pupils equal and reactive, acuity 6/6.",
        )
    )
    record = next(r for r in out.trace if r.stage == "assessment")
    pains = [
        e.text
        for d in record.output.differential  # type: ignore[union-attr]
        for e in d.evidence_for
        if e.text.startswith(("eye_pain", "photophobia"))
    ]
    assert not pains, pains


def test_two_swallowed_magnets_are_removed_not_left_to_pass(reason: Reason) -> None:
    """NASPGHAN 2021 (Mubarak A et al. JPGN 2021;73:129): two magnets attract across
    bowel walls; no expectant management, a GI / surgical plan, no discharge home."""
    out = reason(
        make_case(
            "SWALLOWED OBJECT",
            age=6,
            sex="Female",
            vitals=vitals(104, 102, 62, 20, 99, 36.7),
            one_liner="6 y.o. girl who swallowed two tiny magnets from a fidget toy",
            ed_note="HPI: mum saw her swallow two small neodymium magnets from a "
            "fidget toy 90 minutes ago. No pain, no vomiting, eating normally. Exam: "
            "comfortable, abdomen soft and non-tender, chest clear. Weight 21 kg.",
        )
    )
    assert not [o.name for o in O.orders(out) if "expectant" in o.name.lower()]
    assert O.ordered(out, "gastroenterolog", "paediatric surg", "pediatric surg")
    assert O.disposition(out).disposition != "Discharge"


def test_milky_vomits_that_are_not_green_with_alkalosis_are_pyloric_stenosis(
    reason: Reason,
) -> None:
    """Hernanz-Schulman 2003; APLS: forceful non-bilious vomiting in a hungry
    6-week-old with a hypochloraemic alkalosis is pyloric stenosis (ultrasound, fluids
    and electrolytes before surgery); vomit described "not green" opens no
    malrotation work-up (ACR 2019: that is for bilious vomiting)."""
    out = reason(
        make_case(
            "EMESIS",
            sex="Male",
            demographics={"age_days": 42},
            vitals=vitals(156, 80, 48, 40, 99, 36.7),
            one_liner="6 week old boy vomiting forcefully after feeds for 3 days",
            ed_note="HPI: vomiting curdled milk forcefully across the room after "
            "nearly every feed for 3 days, it is not green, feeds again hungrily "
            "straight after. Fewer wet nappies. Exam: alert, slightly dry mouth, "
            "peristaltic waves visible over the upper abdomen, an olive-like lump "
            "felt right of the epigastrium. Gas: pH 7.50, Cl- 91, HCO3 31, K 3.3. "
            "Weight 4.2 kg.",
        )
    )
    assert O.ordered(out, "pyloric ultrasound", r"ultrasound.{0,20}pylor")
    assert not O.ordered(out, "upper gi contrast", "malrotation")
    dx = _diagnosis(out)
    assert dx is not None and dx.icd10 == "Q40.0", dx


def test_infant_and_toddler_vomiting_keeps_no_adult_stone_disease_open(
    reason: Reason,
) -> None:
    """Population by age (Alloo 2004; Tasian 2016; Svensson 2012): appendicitis in a
    3-month-old and kidney or gallbladder stones in a 20-month-old are rarities;
    a vomiting infant's differential is not led or kept open by them."""
    infant = reason(
        make_case(
            "VOMITING",
            sex="Female",
            demographics={"age_days": 90},
            vitals=vitals(150, 82, 50, 40, 99, 37.0),
            one_liner="3 month old girl vomiting feeds since yesterday",
            ed_note="HPI: vomiting after feeds since yesterday, still feeding, wet "
            "nappies normal, no fever, no diarrhoea. Exam: alert, abdomen soft, "
            "fontanelle flat. Weight 5.8 kg.",
        )
    )
    open_mnm = infant.final.summary.open_must_not_miss
    assert not [d for d in open_mnm if "appendicitis" in d.lower()], open_mnm
    toddler = reason(
        make_case(
            "VOMITING",
            sex="Male",
            demographics={"age_days": 600},
            vitals=vitals(128, 90, 55, 28, 99, 37.1),
            one_liner="20 month old boy with vomiting and tummy ache since this "
            "morning",
            ed_note="HPI: vomited 4 times since this morning, seems to have tummy "
            "ache, no diarrhoea, no fever. Exam: alert, abdomen soft. Weight 11 kg.",
        )
    )
    stones = [
        (d.diagnosis, d.probability)
        for d in toddler.final.ledger
        if "calculus" in d.diagnosis.lower() and d.probability >= 0.02
    ]
    assert not stones, stones


def test_well_looking_febrile_eleven_week_old_gets_urine_bloods_and_culture(
    reason: Reason,
) -> None:
    """NICE NG143: fever >= 38 °C under 3 months is a red feature: a urine test, full
    blood count, CRP and blood culture for every infant (UTI is the commonest serious
    bacterial infection), whatever the appearance."""
    out = reason(
        make_case(
            "FEVER",
            sex="Female",
            demographics={"age_days": 80},
            vitals=vitals(164, 84, 50, 44, 99, 38.5),
            one_liner="11 week old girl, hot to touch since lunchtime, feeding well",
            ed_note="HPI: felt hot since lunchtime, temperature 38.5 C on arrival, "
            "feeding as normal, plenty of wet nappies, no cough, no vomiting. Exam: "
            "smiling, pink, well perfused, fontanelle flat, no rash, chest clear. "
            "Weight 5.6 kg.",
        )
    )
    assert O.ordered(out, r"urin")
    assert O.ordered(out, r"blood count|\bfbc\b|\bcbc\b")
    assert O.ordered(out, r"\bcrp\b")
    assert O.ordered(out, r"blood cultures?")


_STRONG = (
    "fentanyl",
    "morphine",
    "diamorphine",
    "ketamine",
    "nitrous",
    "entonox",
    "methoxyflurane",
    "nerve block",
)


def test_child_with_severe_fracture_pain_gets_more_than_paracetamol(
    reason: Reason,
) -> None:
    """RCEM 2021 pain in children: severe pain (7-10) is treated with intranasal
    fentanyl or diamorphine or IV morphine, beside paracetamol and ibuprofen."""
    out = reason(
        make_case(
            "WRIST INJURY",
            age=10,
            sex="Female",
            vitals=vitals(116, 112, 70, 22, 99, 36.9),
            one_liner="10 y.o. girl, fell from the monkey bars, painful bent wrist",
            ed_note="HPI: fell from the monkey bars onto her right hand 30 minutes "
            "ago. Pain 9/10, sobbing. Exam: dinner-fork deformity of the right "
            "wrist, skin intact, hand warm with a good radial pulse and normal "
            "sensation. Weight 32 kg.",
        )
    )
    assert O.ordered(out, *_STRONG), [o.name for o in O.orders(out)]


def test_per_kg_drugs_for_a_child_with_no_recorded_weight_come_after_weighing(
    reason: Reason,
) -> None:
    """APLS 7th ed.; ISMP 2018: every per-kg dose is calculated on a recorded (or, in
    an emergency, estimated) weight; with none written, weighing comes first."""
    out = reason(
        make_case(
            "SEIZURE",
            age=3,
            sex="Male",
            vitals=vitals(168, 98, 60, 32, 94, 39.0),
            one_liner="3 y.o. boy brought in still having a generalised fit",
            ed_note="HPI: generalised stiffening and jerking for 12 minutes before "
            "arrival, still seizing in the department, febrile since this morning. "
            "No regular medicines, no allergies.",
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    per_kg = [i for i, n in enumerate(names) if "/kg" in n]
    weigh = [i for i, n in enumerate(names) if "weigh" in n and "weighing" not in n]
    assert per_kg, names
    assert weigh and weigh[0] < per_kg[0], names


def test_a_recorded_weight_asks_for_no_weighing(reason: Reason) -> None:
    """Guard: the weight written in the note is the one the doses use."""
    out = reason(
        make_case(
            "SEIZURE",
            age=3,
            sex="Male",
            vitals=vitals(168, 98, 60, 32, 94, 39.0),
            one_liner="3 y.o. boy brought in still having a generalised fit",
            ed_note="HPI: generalised stiffening and jerking for 12 minutes before "
            "arrival, still seizing in the department, febrile since this morning. "
            "Weighed 14.5 kg at his GP last week.",
        )
    )
    assert not [o.name for o in O.orders(out) if "weigh the child" in o.name]


def test_toddler_with_crying_bouts_and_knees_pulled_up_has_intussusception_named(
    reason: Reason,
) -> None:
    """APSA 2021 (Kelley-Quon LI et al.): episodic inconsolable crying with the knees
    drawn up, vomiting and lethargy in a toddler is intussusception until shown
    otherwise; it is on the differential from the presenting story, and the
    ultrasound target sign confirms it (Hryhorczuk 2009; ACR 2019)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            sex="Female",
            demographics={"age_days": 540},
            vitals=vitals(158, 90, 55, 30, 99, 37.2),
            one_liner="18 month old girl with bouts of crying, knees pulled up, "
            "vomited twice",
            ed_note="HPI: since this afternoon bouts of crying every 15 minutes with "
            "her knees pulled up, pale and quiet between them, vomited twice. Exam: "
            "sleepy between episodes, vague fullness right upper abdomen. Point of "
            "care ultrasound: target sign right upper quadrant. Weight 10.5 kg.",
        )
    )
    record = next(r for r in out.trace if r.stage == "assessment")
    ddx = record.output.differential  # type: ignore[union-attr]
    intus = next(d for d in ddx if "intussusception" in d.diagnosis.lower())
    assert any("crying" in e.text for e in intus.evidence_for), intus.evidence_for
    stones = [d for d in ddx if "calculus" in d.diagnosis.lower()]
    assert all(d.probability < intus.probability for d in stones), stones
    assert O.ordered(out, "enema", "paediatric surg", "pediatric surg")

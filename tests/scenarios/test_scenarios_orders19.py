"""orders19 (issue 10): the treatment plan read as a whole, one intervention once.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data) and asserts a safety property of the plan:

- ISMP 2020 targeted medication safety best practices (duplicate therapy) and ESC 2023
  endocarditis (Delgado V et al. Eur Heart J 2023;44:3948): a septic patient with
  suspected endocarditis has one blood-culture order (the three sets endocarditis
  needs, not two sets beside them) and one antibiotic order (the named empirical
  regimen, Surviving Sepsis Campaign 2021: within 1 h); splinter haemorrhages are a
  vascular sign, not blood loss, so septic shock gets no emergency-release blood
  (ATLS 10th ed.);
- the same blood drawn twice (a CBC inside two panels) or one vasoactive drug ordered
  twice (octreotide, Baveno VII 2022) is one order.

Every scenario failed on main before the change that made it pass, except the guards
named as such.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CULTURES = r"blood cultures?"
ANTIBIOTIC = (
    r"antibiotic",
    r"cillin",
    r"mycin",
    r"\bcef",
    r"ceph",
    r"penem",
    r"floxacin",
    r"metronidazole",
)
BLOOD_NOW = (
    r"emergency-release",
    r"massive transfusion",
    r"o-negative",
    r"uncrossmatched",
)


def _count(out: object, *words: str) -> int:
    return sum(1 for o in O.orders(out) if O.mentions(o, words))  # type: ignore[arg-type]


def test_prosthetic_valve_endocarditis_in_septic_shock_one_culture_one_antibiotic(
    reason: Reason,
) -> None:
    """ESC 2023 IE and SSC 2021: three culture sets once, one named IV regimen with
    the 1-h clock, and no blood products for a shock with no bleeding (ATLS)."""
    out = reason(
        make_case(
            "fever and rigors",
            age=67,
            sex="F",
            vitals=vitals(118, 84, 46, 26, 94, 39.1),
            one_liner="67 y.o. woman with a mechanical aortic valve replacement, a week"
            " of fevers, now hypotensive and drowsy",
            ed_note="New early diastolic murmur. Painless red macules on both palms"
            " (Janeway lesions) and splinter haemorrhages under several nails."
            " Lactate 4.4 mmol/L.",
            case_id="o19-pve-shock",
        )
    )
    tests = [o for o in O.orders(out) if o.kind == "diagnostic"]
    assert sum(1 for o in tests if O.mentions(o, (CULTURES,))) == 1
    assert O.ordered(out, r"three sets|3 sets|x ?3")
    antibiotics = [o for o in O.medications(out) if O.mentions(o, ANTIBIOTIC)]
    assert len(antibiotics) == 1
    assert not O.ordered(out, *BLOOD_NOW)


def _now(order_name: str, *words: str) -> bool:
    """Whether the order gives one of ``words`` now, not only under an 'if'."""
    m = re.search("|".join(words), order_name, re.IGNORECASE)
    return m is not None and not re.search(r"(?i)\bif\b", order_name[: m.start()])


REVERSAL_AGENT = (r"\bpcc\b", r"prothrombin complex", r"andexanet", r"idarucizumab")


def test_stable_rectal_bleed_on_warfarin_holds_and_does_not_reverse(
    reason: Reason,
) -> None:
    """ACC 2020 ECDP (Tomaselli 2020, figure 2): a bleed with stable haemodynamics,
    a normal haemoglobin and no critical site is not major: hold the anticoagulant,
    no prothrombin complex concentrate now; ISMP 2020: the blood count drawn once."""
    out = reason(
        make_case(
            "blood per rectum",
            age=81,
            sex="M",
            vitals=vitals(82, 134, 76, 16, 98),
            one_liner="81 y.o. man anticoagulated with warfarin for atrial"
            " fibrillation, fresh red blood mixed with stool since yesterday",
            ed_note="Obs stable, abdomen soft and non-tender. INR 3.9. Haemoglobin"
            " 124 g/L.",
            case_id="o19-lgib-warfarin",
        )
    )
    assert not any(_now(o.name, *REVERSAL_AGENT) for o in O.medications(out))
    assert O.ordered(out, r"hold\b.*warfarin|hold further doses|hold the anticoag")
    tests = [o for o in O.orders(out) if o.kind == "diagnostic"]
    assert sum(1 for o in tests if re.search(r"(?i)\bcbc\b", o.name)) <= 1


def test_melaena_on_warfarin_with_a_haemoglobin_fall_is_reversed_now(
    reason: Reason,
) -> None:
    """Guard (passes on main): ACC 2020 ECDP: a haemoglobin fall >= 2 g/dL on
    warfarin is major bleeding: 4-factor PCC and IV vitamin K now."""
    out = reason(
        make_case(
            "dark tarry stools",
            age=71,
            sex="F",
            vitals=vitals(96, 118, 70, 18, 97),
            one_liner="71 y.o. woman on warfarin after a pulmonary embolism, three days"
            " of melaena",
            ed_note="Pale. Hb 8.6 g/dL, baseline 12.1 in clinic last month. INR 4.4.",
            case_id="o19-melaena-fall",
        )
    )
    assert any(_now(o.name, *REVERSAL_AGENT) for o in O.medications(out))


def test_cirrhotic_haematemesis_gets_octreotide_once(reason: Reason) -> None:
    """Baveno VII 2022: one vasoactive drug order (octreotide bolus and infusion)
    with antibiotic prophylaxis, not the same infusion written twice."""
    out = reason(
        make_case(
            "vomiting blood",
            age=54,
            sex="M",
            vitals=vitals(112, 96, 58, 20, 96),
            one_liner="54 y.o. man with alcohol-related liver cirrhosis and known"
            " oesophageal varices, two large haematemeses of bright red blood",
            ed_note="Ascites, spider naevi. Hb 8.4 g/dL, platelets 70, INR 1.7.",
            case_id="o19-varices",
        )
    )
    assert _count(out, r"octreotide|terlipressin|somatostatin") == 1


# --- giant cell arteritis: the steroid the visual symptoms call for (BSR 2020) ---

STEROID = (r"prednis", r"methylpred", r"hydrocortisone", r"dexamethasone")


def _steroids(out: object) -> list[str]:
    return [
        o.name.lower()
        for o in O.medications(out)  # type: ignore[arg-type]
        if O.mentions(o, STEROID)
    ]


def test_gca_with_blurred_vision_gets_iv_methylprednisolone_not_oral(
    reason: Reason,
) -> None:
    """Mackie SL et al. BSR 2020 GCA guideline: suspected GCA with visual symptoms is
    treated with IV methylprednisolone 0.5-1 g daily for 3 days; the oral dose is for
    GCA without visual or ischaemic symptoms, not a second steroid beside it."""
    out = reason(
        make_case(
            "temple pain",
            age=77,
            sex="M",
            vitals=vitals(80, 150, 86, 16, 97),
            one_liner="77 y.o. man with a month of right temple pain and jaw"
            " claudication",
            ed_note="Blurred vision in the right eye since yesterday. Tender thickened"
            " right temporal artery. ESR 84 mm/h.",
            case_id="o19-gca-blurred",
        )
    )
    steroids = _steroids(out)
    assert steroids and all(re.search(r"\biv\b|intravenous", s) for s in steroids)


def test_gca_in_lay_words_with_double_vision_gets_an_iv_steroid(
    reason: Reason,
) -> None:
    """BSR 2020 GCA and ACR/VF 2021: chewing pain ('hurts to chew'), a thickened
    temporal artery and diplopia in a 70-year-old are GCA with visual symptoms until
    shown otherwise: IV methylprednisolone the same day, not migraine treatment."""
    out = reason(
        make_case(
            "headache",
            age=70,
            sex="F",
            vitals=vitals(84, 144, 82, 16, 98),
            one_liner="70 y.o. woman with a new headache over the left temple for 2"
            " weeks; it hurts to chew her food",
            ed_note="Seeing double since this morning. On examination the left temporal"
            " artery is thickened. ESR 71 mm/h, CRP 45.",
            case_id="o19-gca-lay",
        )
    )
    steroids = _steroids(out)
    assert steroids and all(re.search(r"\biv\b|intravenous", s) for s in steroids)


def test_gca_without_visual_symptoms_keeps_the_oral_steroid(reason: Reason) -> None:
    """Guard (passes on main): BSR 2020: GCA without visual symptoms is oral
    prednisolone 40-60 mg daily; no IV pulse."""
    out = reason(
        make_case(
            "headache",
            age=72,
            sex="F",
            vitals=vitals(82, 140, 80, 16, 98),
            one_liner="72 y.o. woman with 3 weeks of new bitemporal headache and jaw"
            " claudication",
            ed_note="Scalp tenderness. Vision normal, no diplopia. Tender thickened"
            " left temporal artery. ESR 68 mm/h.",
            case_id="o19-gca-no-visual",
        )
    )
    steroids = _steroids(out)
    assert steroids and not any(re.search(r"methylpred", s) for s in steroids)


# --- symptomatic hyponatraemia (ESE/ESICM/ERBP 2014) ---


def test_hyponatraemic_seizure_gets_150_ml_of_3_percent_now(reason: Reason) -> None:
    """Spasovski G et al. Eur J Endocrinol 2014;170:G1, 1.1: severe symptoms (here a
    convulsion and vomiting) with a low sodium: 150 mL 3 % saline IV over 20 min at
    once, recheck the sodium and repeat; not a 100 mL bolus 'if severe symptoms'."""
    out = reason(
        make_case(
            "fit at home",
            age=66,
            sex="F",
            vitals=vitals(92, 142, 78, 18, 97),
            one_liner="66 y.o. woman on indapamide, vomiting for three days, then a"
            " convulsion at home witnessed by her husband",
            ed_note="Drowsy but rousable. Serum sodium 111 mmol/L, glucose 5.8.",
            case_id="o19-na-fit",
        )
    )
    saline = [
        o.name
        for o in O.medications(out)
        if O.mentions(o, (r"hypertonic", r"3 ?% (?:saline|sodium chloride|nacl)"))
    ]
    assert saline and all(re.search(r"150 ?ml", s, re.I) for s in saline)
    assert all(_now(s, r"150 ?ml") for s in saline)


def test_mild_hyponatraemia_without_symptoms_gets_no_hypertonic_bolus(
    reason: Reason,
) -> None:
    """Guard (passes on main): ESE 2014 section 1.4: chronic hyponatraemia without
    moderately severe or severe symptoms: treat the cause, no hypertonic saline
    bolus (and so no ICU bed for one)."""
    out = reason(
        make_case(
            "low sodium on bloods",
            age=79,
            sex="M",
            vitals=vitals(74, 136, 72, 16, 97),
            one_liner="79 y.o. man sent in by his GP with a sodium of 127 on routine"
            " bloods, on a thiazide",
            ed_note="Alert, orientated, walking independently, no headache or nausea."
            " Sodium 127 mmol/L.",
            case_id="o19-na-mild",
        )
    )
    assert not O.ordered(out, r"hypertonic", r"3 ?% (?:saline|sodium chloride|nacl)")


# --- ureteric stones: medical expulsive therapy by size (EAU 2024) ---

ALPHA_BLOCKER = (r"tamsulosin", r"alfuzosin", r"silodosin", r"alpha[- ]blocker")


def test_four_millimetre_ureteric_stone_gets_no_alpha_blocker_or_repeat_ct(
    reason: Reason,
) -> None:
    """EAU 2024 urolithiasis (Skolarikos A et al.): MET with an alpha-blocker is for
    distal ureteric stones > 5 mm; a 4 mm stone needs analgesia; the CT KUB that
    measured it is read, not repeated."""
    out = reason(
        make_case(
            "renal colic",
            age=45,
            sex="M",
            vitals=vitals(86, 138, 84, 16, 99),
            one_liner="45 y.o. man with left loin pain radiating to the groin since"
            " this morning, comfortable after analgesia",
            ed_note="Afebrile. Urine: blood ++, nitrite negative. CT KUB: 4 mm calculus"
            " in the distal left ureter, no hydronephrosis.",
            case_id="o19-stone-4mm",
        )
    )
    assert not O.medication_ordered(out, *ALPHA_BLOCKER)
    assert not O.ordered(out, r"low-?dose ct", r"ct kub")


def test_seven_millimetre_distal_stone_keeps_the_alpha_blocker(reason: Reason) -> None:
    """Guard (passes on main): EAU 2024: a 7 mm distal ureteric stone is offered
    medical expulsive therapy with an alpha-blocker."""
    out = reason(
        make_case(
            "renal colic",
            age=39,
            sex="M",
            vitals=vitals(88, 132, 80, 16, 99),
            one_liner="39 y.o. man with right renal colic since last night",
            ed_note="Afebrile. CT KUB: 7 mm stone in the distal right ureter with mild"
            " hydronephrosis. Pain controlled with an NSAID.",
            case_id="o19-stone-7mm",
        )
    )
    assert O.medication_ordered(out, *ALPHA_BLOCKER)


# --- NSTEMI ruled in by the ESC 0/1 h algorithm ---


def _status(out: object, pattern: str) -> str | None:
    ledger = out.final.ledger  # type: ignore[attr-defined]
    return next((e.status for e in ledger if re.search(pattern, e.diagnosis)), None)


def test_rising_hs_troponin_with_ischaemic_pain_rules_nstemi_in(
    reason: Reason,
) -> None:
    """Byrne RA et al. 2023 ESC ACS guideline (0/1 h algorithm): an hs-cTnT change of
    >= 6 ng/L in 1 h with ischaemic symptoms and no ST elevation rules NSTEMI in
    (Fourth Universal Definition of MI); it is not left 'cannot exclude'."""
    out = reason(
        make_case(
            "chest tightness",
            age=63,
            sex="F",
            vitals=vitals(96, 148, 88, 18, 97),
            one_liner="63 y.o. woman with diabetes, an hour of heavy central chest"
            " tightness going into her jaw",
            ed_note="ECG: 1.5 mm horizontal ST depression in the lateral leads, no ST"
            " elevation. hs-cTnT 0h 24 ng/L, 1h 41 ng/L.",
            case_id="o19-nstemi-delta",
        )
    )
    assert _status(out, r"Non-ST elevation") == "ruled_in"
    assert O.medication_ordered(out, r"aspirin")


def test_flat_hs_troponin_does_not_rule_nstemi_in(reason: Reason) -> None:
    """Guard (passes on main): ESC 2023 0/1 h: a 1-h change of 1 ng/L is below the
    rule-in delta; NSTEMI is not ruled in by it."""
    out = reason(
        make_case(
            "chest pain",
            age=58,
            sex="M",
            vitals=vitals(78, 134, 80, 16, 98),
            one_liner="58 y.o. man with 5 hours of intermittent central chest ache",
            ed_note="ECG sinus rhythm, no ischaemic changes. hs-cTnT 0h 8 ng/L, 1h 9"
            " ng/L.",
            case_id="o19-nstemi-flat",
        )
    )
    assert _status(out, r"Non-ST elevation") != "ruled_in"


def test_bacterial_meningitis_keeps_dexamethasone_beside_the_antibiotics(
    reason: Reason,
) -> None:
    """IDSA 2004 / ESCMID 2016 bacterial meningitis: dexamethasone 0.15 mg/kg IV with
    (or just before) the first antibiotic dose; an order timed 'with the first
    antibiotic dose' is the steroid, not a second antibiotic order to merge away."""
    out = reason(
        make_case(
            "fever and stiff neck",
            age=34,
            sex="M",
            vitals=vitals(112, 124, 70, 20, 97, 39.6),
            one_liner="34 y.o. man with a day of severe headache, fever and vomiting,"
            " now drowsy",
            ed_note="Marked neck stiffness, photophobia, Kernig sign positive. No rash."
            " GCS 14, no focal deficit.",
            case_id="o19-meningitis-dex",
        )
    )
    assert O.medication_ordered(out, r"dexamethasone")
    assert O.medication_ordered(out, r"ceftriaxone", r"cefotaxime", r"antibiotic")


# --- imaging already read this visit (ACR Appropriateness Criteria) ---


def test_chest_radiograph_already_reported_is_not_reordered(reason: Reason) -> None:
    """ACR Appropriateness Criteria (acute respiratory illness) and ATS/IDSA 2019: the
    chest radiograph that showed the consolidation is read, not repeated."""
    out = reason(
        make_case(
            "productive cough",
            age=57,
            sex="F",
            vitals=vitals(100, 126, 74, 22, 94, 38.5),
            one_liner="57 y.o. woman with 5 days of cough with yellow sputum and"
            " fevers",
            ed_note="Coarse crackles at the left base. Chest radiograph shows left"
            " lower lobe consolidation, no effusion.",
            case_id="o19-cxr-read",
        )
    )
    assert not O.ordered(out, r"chest x-?ray", r"\bcxr\b", r"chest radiograph")


def test_negative_ct_aortogram_is_not_repeated(reason: Reason) -> None:
    """ACC/AHA 2022 aortic disease (Isselbacher EM et al.): CT angiography is the
    first test for suspected dissection; a CT aortogram already reported is read,
    not ordered again."""
    out = reason(
        make_case(
            "chest and back pain",
            age=66,
            sex="M",
            vitals=vitals(84, 174, 98, 18, 97),
            one_liner="66 y.o. man with hypertension and sudden tearing pain between"
            " the shoulder blades",
            ed_note="CT aortogram: no dissection or intramural haematoma, normal"
            " calibre aorta. ECG sinus rhythm.",
            case_id="o19-cta-read",
        )
    )
    assert not O.ordered(out, r"ct angiogra\w* (?:of the )?(?:chest|aorta)", r"\bcta\b")

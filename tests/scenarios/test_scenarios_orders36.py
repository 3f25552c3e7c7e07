"""orders36 (issue 10, pattern 2): orders, the safety layer, prerequisites.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Guldfred LA et al. J Laryngol Otol 2008;122:818 (adult epiglottitis); ENT UK;
  Frerk C et al. DAS 2015; Galioto NJ. Am Fam Physician 2017;95:501 (quinsy);
- Brugada J et al. ESC 2019 SVT; Zeppenfeld K et al. ESC 2022 VA; Collet JP et al.
  ESC 2020 NSTE-ACS; Gulati M et al. AHA/ACC 2021 chest pain (2.1.3, older adults);
- Pabon-Ramos WM et al. SIR 2016 nephrostomy; Saad WE et al. SIR 2010 biliary
  drainage; EAU urolithiasis 2024; Gomi H et al. TG18 antimicrobial therapy;
- Tintinalli 9th ed. ch. 51 (soft tissue foreign bodies); Manthey DE et al. Ann
  Emerg Med 1996;28:7; NICE CKS lacerations;
- Bosch X et al. NEJM 2009;361:62 (rhabdomyolysis); Roberts WO et al. ACSM 2023
  exertional heat illness; Lipman GS et al. WMS 2019 heat illness;
- RCOG green-top 37b 2015; Konstantinides SV et al. ESC 2019 PE; NICE NG158 2020;
- Six AJ et al. Neth Heart J 2008;16:191; Backus BE et al. Crit Pathw Cardiol 2010.

Each scenario asserts safety properties; each failed on main df1ee18 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_THROAT_NEEDLE = r"needle aspiration|incision and drainage"
_ABSCESS_ANTIBIOTIC = r"ampicillin-sulbactam|clindamycin"
_CEFTRIAXONE = r"ceftriaxone"
_ASPIRIN = r"aspirin|\basa\b"
_IR = r"interventional radiolog"
_ANTIBIOTIC = r"antibiotic|ceftriaxone|piperacillin|co-amoxiclav|gentamicin|meropenem"
_FILM = r"x-?ray|radiograph"
_ULTRASOUND = r"ultrasound"
_HEAT_EXHAUSTION = r"evaporative cooling|oral rehydration with water"
_IV_FLUIDS = r"iv isotonic crystalloid|iv crystalloid|iv fluid"
_COOLING = r"cold-water immersion|immediate cooling"
_ANTICOAGULANT = r"heparin|enoxaparin|apixaban|rivaroxaban|anticoagula"


def _names(out: object) -> list[str]:
    return [o.name.lower() for o in O.orders(out)]  # type: ignore[arg-type]


def _heart_history(out: object) -> int | None:
    """The HEART score's history points in the trace (the last shown)."""
    points = None
    for record in out.trace:  # type: ignore[attr-defined]
        for rule in record.rules_applied:
            if rule.name == "HEART" and isinstance(rule.inputs.get("history"), str):
                points = int(rule.inputs["history"].split()[0])
    return points


# --- one plan for one threatened airway ---


def test_epiglottitis_supersedes_the_quinsy_plan(reason: Reason) -> None:
    """Guldfred 2008; ENT UK; DAS 2015: an adult with drooling, a muffled voice and
    tenderness over the larynx with a near-normal oropharynx has epiglottitis until
    nasendoscopy says otherwise: ceftriaxone and the airway team. A peritonsillar
    abscess standing only on the shared drooling gets no second antibiotic, and no
    needle or scalpel goes into the pharynx."""
    out = reason(
        make_case(
            "sore throat",
            age=47,
            sex="F",
            vitals=vitals(114, 132, 80, 22, 96, 38.7),
            ed_note="47-year-old with a day of severe odynophagia, drooling and a "
            "muffled voice. Oropharynx looks near normal, no trismus, no uvular "
            "deviation. Tender over the larynx. Impression: acute epiglottitis.",
        )
    )
    assert O.medication_ordered(out, _CEFTRIAXONE), _names(out)
    assert not O.medication_ordered(out, _ABSCESS_ANTIBIOTIC), _names(out)
    assert not O.ordered(out, _THROAT_NEEDLE), _names(out)


def test_supraglottitis_seen_is_no_quinsy_to_drain(reason: Reason) -> None:
    """Guldfred 2008 (flexible nasendoscopy is the adult's diagnosis): a swollen red
    epiglottis seen by ENT with symmetric tonsils is supraglottitis; a quinsy only
    'considered' is not drained (no instrument in the pharynx: DAS 2015)."""
    out = reason(
        make_case(
            "sore throat",
            age=39,
            sex="M",
            vitals=vitals(108, 128, 78, 20, 97, 38.4),
            ed_note="39-year-old with severe painful swallowing, a muffled voice and "
            "drooling. Nasendoscopy: swollen erythematous epiglottis. Peritonsillar "
            "abscess considered but tonsils symmetric. Impression: supraglottitis.",
        )
    )
    assert not O.ordered(out, _THROAT_NEEDLE), _names(out)
    assert O.medication_ordered(out, _CEFTRIAXONE), _names(out)


def test_guard_quinsy_keeps_its_drainage(reason: Reason) -> None:
    """Guard, Galioto 2017: trismus, a deviated uvula and a fluctuant peritonsillar
    swelling are a quinsy: aspiration or incision and its antibiotic stay."""
    out = reason(
        make_case(
            "sore throat",
            age=23,
            sex="F",
            vitals=vitals(102, 122, 78, 18, 98, 38.5),
            ed_note="23-year-old with 5 days of sore throat worse on the right, "
            "trismus, hot-potato voice, uvula deviated to the left, fluctuant right "
            "peritonsillar swelling. Impression: right peritonsillar abscess.",
        )
    )
    assert O.ordered(out, _THROAT_NEEDLE), _names(out)
    assert O.medication_ordered(out, _ABSCESS_ANTIBIOTIC), _names(out)


# --- aspirin: the rhythm first; from 75 any acute chest pain ---


def test_fast_af_with_chest_tightness_gets_no_aspirin(reason: Reason) -> None:
    """ESC 2019 SVT / Joglar 2023 AF / ESC 2020 NSTE-ACS 5.1.4: chest discomfort
    during a fast arrhythmia is rate-related until the rhythm is treated; aspirin
    has no place in AF (stroke prevention is an anticoagulant by CHA2DS2-VASc)."""
    out = reason(
        make_case(
            "palpitations",
            age=71,
            sex="F",
            vitals=vitals(152, 124, 80, 20, 96),
            ed_note="71-year-old with palpitations and mild central chest tightness "
            "for 3 hours. ECG: atrial fibrillation with fast ventricular response "
            "152, no ST elevation. Impression: fast AF.",
        )
    )
    assert not O.medication_ordered(out, _ASPIRIN), _names(out)


def test_svt_with_chest_pain_gets_no_aspirin(reason: Reason) -> None:
    """ESC 2019 SVT: chest pain and even a small troponin rise are common in SVT and
    do not mean coronary disease; vagal manoeuvres and adenosine, no aspirin."""
    out = reason(
        make_case(
            "palpitations",
            age=56,
            sex="M",
            vitals=vitals(196, 118, 76, 20, 97),
            ed_note="56-year-old hypertensive with sudden palpitations and central "
            "chest pain, sweaty. ECG: regular narrow complex tachycardia 196. "
            "Impression: SVT.",
        )
    )
    assert not O.medication_ordered(out, _ASPIRIN), _names(out)


def test_guard_vt_in_an_evolving_stemi_keeps_aspirin(reason: Reason) -> None:
    """Guard, ESC 2023 ACS: VT during an anterior STEMI is the infarct's: aspirin
    and the cath lab stay."""
    out = reason(
        make_case(
            "chest pain",
            age=64,
            sex="M",
            vitals=vitals(148, 106, 66, 22, 95),
            ed_note="64-year-old with 2 hours of crushing central chest pain and "
            "sweating, then palpitations. ECG: ST elevation V1-V4 with runs of "
            "ventricular tachycardia. Impression: anterior STEMI with VT.",
        )
    )
    assert O.medication_ordered(out, _ASPIRIN), _names(out)


def test_older_adult_chest_pain_gets_aspirin(reason: Reason) -> None:
    """Gulati 2021 2.1.3; Amsterdam 2014 NSTE-ACS 4.3.1.1: from 75 an acute chest
    pain is a suspected ACS (atypical presentations are the rule) and aspirin is
    given while it is worked up, unless contraindicated."""
    out = reason(
        make_case(
            "chest pain",
            age=77,
            sex="F",
            vitals=vitals(86, 146, 84, 16, 97),
            one_liner="77-year-old woman with ant. chest pain for 2 hours",
        )
    )
    assert O.medication_ordered(out, _ASPIRIN), _names(out)


# --- drains: infection is a drain problem ---


def test_infected_nephrostomy_gets_radiology_and_antibiotics(reason: Reason) -> None:
    """SIR 2016; EAU urolithiasis 2024: fever with pus in a nephrostomy bag is an
    infected obstructed system: cultures, IV antibiotics and interventional
    radiology to check and exchange the tube."""
    out = reason(
        make_case(
            "fever",
            age=71,
            sex="M",
            vitals=vitals(110, 108, 66, 20, 96, 38.8),
            ed_note="71-year-old with a left nephrostomy, fever and rigors, pus in "
            "the nephrostomy bag. Impression: infected nephrostomy.",
        )
    )
    assert O.ordered(out, _IR), _names(out)
    assert O.medication_ordered(out, _ANTIBIOTIC), _names(out)


def test_guard_blocked_nephrostomy_without_fever_gets_no_antibiotic(
    reason: Reason,
) -> None:
    """Guard, SIR 2016: an afebrile, well patient with a blocked nephrostomy needs
    interventional radiology, not antibiotics."""
    out = reason(
        make_case(
            "flank pain",
            age=62,
            sex="F",
            vitals=vitals(84, 132, 80, 16, 98),
            ed_note="62-year-old with a right nephrostomy, no urine from the "
            "nephrostomy since this morning, right flank ache. Afebrile and well. "
            "Impression: blocked nephrostomy.",
        )
    )
    assert O.ordered(out, _IR), _names(out)
    assert not O.medication_ordered(out, _ANTIBIOTIC), _names(out)


def test_blocked_biliary_drain_with_fever_gets_antibiotics(reason: Reason) -> None:
    """TG18 (Kiriyama 2018; Gomi 2018): fever and jaundice behind a blocked biliary
    drain is cholangitis: antibiotics after blood cultures and the drain restored."""
    out = reason(
        make_case(
            "abdominal pain",
            age=69,
            sex="F",
            vitals=vitals(112, 110, 66, 20, 96, 38.6),
            ed_note="69-year-old with a percutaneous biliary drain for pancreatic "
            "cancer, fever and jaundice, no drainage from the tube since yesterday. "
            "Impression: blocked biliary drain.",
        )
    )
    assert O.ordered(out, _IR), _names(out)
    assert O.medication_ordered(out, _ANTIBIOTIC), _names(out)


# --- a wound's foreign body ---


def test_glass_wound_gets_a_radiograph(reason: Reason) -> None:
    """Tintinalli ch. 51; Manthey 1996: glass of 2 mm or more shows on a plain film;
    a glass wound is filmed before it is explored and closed."""
    out = reason(
        make_case(
            "laceration",
            age=31,
            sex="M",
            vitals=vitals(86, 130, 80, 14, 99),
            ed_note="31-year-old punched through a glass door, 2 cm laceration on the "
            "back of the hand, bleeding controlled, tendons intact.",
        )
    )
    assert O.ordered(out, _FILM), _names(out)


def test_wooden_splinter_gets_an_ultrasound(reason: Reason) -> None:
    """Tintinalli ch. 51: wood is radiolucent; ultrasound finds the retained piece."""
    out = reason(
        make_case(
            "hand injury",
            age=44,
            sex="M",
            vitals=vitals(78, 128, 80, 14, 99),
            ed_note="44-year-old with a wooden splinter in the thumb, part of it broke "
            "off inside.",
        )
    )
    assert O.ordered(out, _ULTRASOUND), _names(out)


def test_guard_clean_knife_cut_is_not_imaged(reason: Reason) -> None:
    """Guard, NICE CKS lacerations: a clean cut from a knife with no suspected
    foreign body needs no film."""
    out = reason(
        make_case(
            "laceration",
            age=28,
            sex="F",
            vitals=vitals(80, 118, 74, 14, 99),
            ed_note="28-year-old cut her finger on a clean kitchen knife, 1 cm wound, "
            "neurovascularly intact.",
        )
    )
    assert not O.ordered(out, _FILM + "|" + _ULTRASOUND), _names(out)


# --- exertional rhabdomyolysis is not heat exhaustion ---


def test_marathon_rhabdomyolysis_gets_no_heat_exhaustion_plan(reason: Reason) -> None:
    """Bosch 2009; ACSM 2023: after a marathon, cola urine and a CK in the tens of
    thousands with a normal temperature and mentation is exertional rhabdomyolysis:
    IV fluids to a urine output, not a fan and a drink of water."""
    out = reason(
        make_case(
            "weakness",
            age=38,
            sex="F",
            vitals=vitals(102, 122, 76, 18, 99, 37.5),
            ed_note="38-year-old ran a marathon this morning, now very painful thighs "
            "and dark cola-coloured urine. Alert. CK 52,000 U/L, creatinine 130 "
            "umol/L. Impression: exertional rhabdomyolysis.",
        )
    )
    assert O.medication_ordered(out, _IV_FLUIDS), _names(out)
    assert not O.ordered(out, _HEAT_EXHAUSTION), _names(out)


def test_guard_exertional_heat_stroke_is_cooled(reason: Reason) -> None:
    """Guard, WMS 2019: confusion with a core temperature above 40 after exertion is
    exertional heat stroke: cold-water immersion now."""
    out = reason(
        make_case(
            "collapse",
            age=24,
            sex="M",
            vitals=vitals(140, 94, 52, 28, 97, 41.0),
            ed_note="24-year-old collapsed near the end of a marathon on a hot day, "
            "confused, rectal temperature 41.0. Impression: exertional heat stroke.",
        )
    )
    assert O.ordered(out, _COOLING), _names(out)


# --- anticoagulation while imaging is awaited ---


def test_suspected_pe_in_pregnancy_gets_lmwh(reason: Reason) -> None:
    """RCOG GTG 37b 1.2.1; ESC 2019 PE: a pregnant woman with a suspected PE gets LMWH
    until imaging excludes it, unless contraindicated."""
    out = reason(
        make_case(
            "shortness of breath",
            age=28,
            sex="F",
            vitals=vitals(100, 118, 72, 18, 98),
            one_liner="28F 22/40 pregnant, SOB and pleuritic CP, ?PE",
        )
    )
    assert O.medication_ordered(out, r"heparin|enoxaparin"), _names(out)


def test_bleeding_pregnancy_gets_no_anticoagulant(reason: Reason) -> None:
    """RCOG GTG 37b: active antepartum bleeding contraindicates LMWH; the PE is
    imaged, the bleeding seen by obstetrics."""
    out = reason(
        make_case(
            "shortness of breath",
            age=32,
            sex="F",
            vitals=vitals(108, 114, 70, 22, 96),
            ed_note="32-year-old 31 weeks pregnant with breathlessness and pleuritic "
            "pain, and bright red vaginal bleeding since this morning, still "
            "bleeding. Impression: suspected PE; antepartum haemorrhage.",
        )
    )
    assert not O.medication_ordered(out, _ANTICOAGULANT), _names(out)


def test_dvt_with_scan_tomorrow_gets_interim_anticoagulation(reason: Reason) -> None:
    """NICE NG158 1.1.3: when the proximal leg vein ultrasound cannot be done within
    4 hours, interim therapeutic anticoagulation until it is done."""
    out = reason(
        make_case(
            "leg swelling",
            age=54,
            sex="F",
            vitals=vitals(82, 134, 80, 16, 98),
            ed_note="54-year-old with a painful swollen right calf for 2 days after a "
            "long flight, Wells 2. Ultrasound not available until tomorrow morning. "
            "Impression: suspected DVT.",
        )
    )
    assert O.medication_ordered(out, r"apixaban|rivaroxaban|anticoagula"), _names(out)


def test_guard_dvt_after_a_recent_major_bleed_gets_no_anticoagulant(
    reason: Reason,
) -> None:
    """Guard, ESC 2019 PE 6.1; CHEST 2016: a major bleed that needed transfusion last
    week is a high bleeding risk: no interim anticoagulant from the protocol."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="M",
            vitals=vitals(86, 138, 84, 16, 98),
            ed_note="66-year-old with a swollen left calf, and a duodenal ulcer bleed "
            "last week requiring transfusion. Ultrasound tomorrow. Impression: "
            "suspected DVT.",
        )
    )
    assert not O.medication_ordered(out, _ANTICOAGULANT), _names(out)


# --- the HEART history ---


def test_central_pressure_radiating_to_the_arm_is_highly_suspicious(
    reason: Reason,
) -> None:
    """Backus 2010; Six 2008: a history of mainly specific elements (a central,
    retrosternal site, a pressure quality, radiation to the left arm, nothing
    non-specific) scores 2; the site is one of the specific elements."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="M",
            vitals=vitals(80, 136, 82, 14, 99),
            ed_note="52-year-old with central chest pressure radiating to the left arm "
            "for 40 minutes. ECG normal.",
        )
    )
    assert _heart_history(out) == 2


def test_guard_sharp_chest_wall_pain_is_slightly_suspicious(reason: Reason) -> None:
    """Guard, Backus 2010: a sharp pain reproduced on pressing the chest wall is
    non-specific: 0."""
    out = reason(
        make_case(
            "chest pain",
            age=37,
            sex="M",
            vitals=vitals(76, 124, 78, 14, 99),
            ed_note="37-year-old with sharp left chest pain, reproducible on "
            "palpation of the chest wall, no radiation. ECG normal.",
        )
    )
    assert _heart_history(out) == 0


# --- a need beside a negated list item ---


def test_chest_drain_beside_a_negated_item_is_ward_care(reason: Reason) -> None:
    """BTS pleural procedures 2010 / BTS 2023: a chest drain in place is managed on a
    ward. 'No blood in the drain' negates the blood, not the drain (NegEx: 'no' scopes
    forward, Chapman 2001)."""
    out = reason(
        make_case(
            "chest injury",
            age=49,
            sex="M",
            vitals=vitals(98, 128, 78, 18, 96),
            ed_note="49-year-old after a fall from a bike onto the right chest. "
            "Traumatic pneumothorax; chest drain in situ, bubbling, no blood in the "
            "drain. Impression: traumatic pneumothorax with a chest drain.",
        )
    )
    assert O.disposition(out).disposition == "Admit", O.disposition(out).rationale

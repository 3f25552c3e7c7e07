"""Triage sees what the pathways know (triage16, issue 10).

Vignettes written for this file from the sources each one names, before any run and
never from rows of the shared data. The ESI v4 handbook's high-risk principle (Gilboy N
et al., AHRQ 2012/2020 ed., ch.4: "would you give your last open bed to this
patient?") makes a presentation whose must-not-miss pathway criteria are met at triage
ESI 2, and CTAS/KTAS grade ESI's high-risk situations at level 2 (Bullard MJ et al.
CJEM 2017; Park & Lim 2017). Sources of the criteria:

- orbital (post-septal) cellulitis: Chandler JR et al. Laryngoscope 1970; RCH
  Melbourne periorbital and orbital cellulitis guideline (proptosis, painful eye
  movements);
- airway foreign body: Tintinalli 9th ed. ch.124 (a choking episode then cough or
  wheeze);
- iron ingestion: AAPCC 2005 (Manoguerra AS et al. Clin Toxicol 2005;43:553);
- brief resolved unexplained event: AAP 2016 (Tieder JS et al. Pediatrics
  2016;137:e20160590: lower risk only when > 60 days, >= 32 weeks, first event,
  < 1 minute, no CPR);
- necrotising otitis externa: Cohen & Friedman 1987; Carfrae & Kesser 2008 (ear pain
  and otorrhoea in an older diabetic);
- preterm labour: ACOG Practice Bulletin 171 (2016); AWHONN MFTI 2015;
- drug-induced long QT with syncope: AHA scientific statement (Drew BJ et al. 2010);
- acute cholangitis: Tokyo Guidelines 2018 (fever with jaundice: suspected);
- intussusception: APSA 2021 (Kelley-Quon LI et al.);
- serotonin syndrome: Hunter criteria (Dunkley EJ et al. QJM 2003);
- strangulated hernia: WSES 2017 (an irreducible hernia with red overlying skin);
- septic abortion: ACOG Practice Bulletin 200 (2018) (fever and foul discharge after an
  abortion).

Properties: "<= 2" in ESI and in the site's KTAS for each presentation; a resolved
event is not level 1; the same words in a later note do not change triage (no label
leakage); the lower-risk forms of each presentation do not raise the pathway flag.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.schemas import TriageResult
from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _case(text: str) -> Case:
    """A triage case read the way the handbook adapter reads a vignette."""
    return Case(
        patient_id="P-triage16-prose",
        encounter_id="E-triage16-prose",
        demographics=demographics_from_text(text),
        chief_complaint=text,
        vitals=extract_vitals_report(text).vitals,
        source="scenario",
    )


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


_CHILD = vitals(112, 104, 64, 22, 99, 38.6)
_TODDLER = vitals(128, 96, 60, 30, 97)
_ADULT = vitals(88, 150, 80, 16, 97, 37.4)
_INFANT = {"heart_rate": 150.0, "respiratory_rate": 40.0, "spo2": 99.0}

HIGH_RISK = [
    pytest.param(
        "swollen red eyelid, pain moving the eye, eye bulging",
        {"age": 7, "sex": "M", "vitals": _CHILD},
        "orbital cellulitis",
        id="orbital-cellulitis-lay-words-chandler",
    ),
    pytest.param(
        "left periorbital swelling with proptosis after a cold",
        {"age": 34, "sex": "F", "vitals": vitals(96, 124, 76, 16, 99, 38.2)},
        "orbital cellulitis",
        id="orbital-cellulitis-adult-proptosis-rch",
    ),
    pytest.param(
        "choked on a peanut, now coughing and wheezing",
        {"age": 2, "sex": "F", "vitals": _TODDLER},
        "foreign body",
        id="airway-foreign-body-peanut-tintinalli",
    ),
    pytest.param(
        "found with an empty bottle of ferrous sulfate tablets, may have eaten some",
        {"age": 2, "sex": "F", "vitals": _TODDLER},
        "iron",
        id="iron-ingestion-toddler-aapcc",
    ),
    pytest.param(
        "7 week old baby turned blue and stiff for about 30 seconds at home, now"
        " acting normal",
        {"sex": "F", "vitals": _INFANT},
        "unexplained event",
        id="brue-under-60-days-aap2016",
    ),
    pytest.param(
        "5 month old had an episode of not breathing with colour change lasting one"
        " minute, now back to normal, born at 30 weeks",
        {"age": 0, "sex": "M", "vitals": _INFANT},
        "unexplained event",
        id="brue-preterm-one-minute-aap2016",
    ),
    pytest.param(
        "severe right ear pain with discharge from the ear, diabetic on insulin",
        {"age": 78, "sex": "M", "vitals": _ADULT},
        "otitis",
        id="necrotising-otitis-externa-cohen-friedman",
    ),
    pytest.param(
        "34 weeks pregnant, tightenings every 5 minutes",
        {"age": 27, "sex": "F", "vitals": vitals(96, 118, 72, 18, 99)},
        "preterm labour",
        id="preterm-labour-acog171",
    ),
    pytest.param(
        "on methadone, fainted twice today, QTc 560 on GP ECG",
        {"age": 45, "sex": "M", "vitals": vitals(70, 120, 70, 16, 98)},
        "long QT",
        id="syncope-drug-induced-long-qt-aha2010",
    ),
    pytest.param(
        "fever and rigors, yellow eyes, right upper quadrant pain",
        {"age": 70, "sex": "F", "vitals": vitals(98, 124, 70, 18, 96, 38.9)},
        "cholangitis",
        id="charcot-triad-tokyo2018",
    ),
    pytest.param(
        "episodes of screaming and drawing up his legs, vomiting, redcurrant jelly"
        " stool",
        {"age": 1, "sex": "M", "vitals": {"heart_rate": 140.0, "spo2": 99.0}},
        "intussusception",
        id="intussusception-apsa2021",
    ),
    pytest.param(
        "vomiting, red overlying skin on a groin hernia that will not go back in",
        {"age": 70, "sex": "M", "vitals": vitals(96, 140, 80, 18, 97, 37.6)},
        "hernia",
        id="strangulated-hernia-wses2017",
    ),
    pytest.param(
        "fever and foul vaginal discharge 3 days after an abortion",
        {"age": 24, "sex": "F", "vitals": vitals(110, 110, 70, 20, 98, 38.7)},
        "septic abortion",
        id="septic-abortion-acog200",
    ),
    pytest.param(
        "on sertraline, took tramadol, agitated, sweating, muscle jerks with clonus",
        {"age": 34, "sex": "F", "vitals": vitals(98, 150, 90, 18, 98, 37.9)},
        "serotonin",
        id="serotonin-syndrome-hunter",
    ),
]


@pytest.mark.parametrize(("text", "kw", "flag"), HIGH_RISK)
def test_pathway_criteria_met_at_triage_make_esi_two(
    reason: Reason, text: str, kw: dict[str, Any], flag: str
) -> None:
    """A must-not-miss presentation recognised at triage is ESI <= 2 (handbook ch.4)."""
    triage = _triage(reason(make_case(text, case_id="t16-esi", **kw)))
    assert triage.esi is not None and triage.esi <= 2, triage.rationale
    assert any(flag.lower() in f.lower() for f in triage.red_flags), triage.red_flags


@pytest.mark.parametrize(("text", "kw", "flag"), HIGH_RISK)
def test_pathway_criteria_met_at_triage_make_ktas_two(
    reason: Reason, text: str, kw: dict[str, Any], flag: str
) -> None:
    """The site's KTAS grades ESI's high-risk situations at level 2 (KTAS/CTAS)."""
    case = make_case(text, case_id="t16-ktas", triage_scale="KTAS", **kw)
    triage = _triage(reason(case))
    assert triage.site_level is not None and triage.site_level <= 2, triage.rationale


def test_resolved_apnoea_in_an_infant_is_level_two_not_one(reason: Reason) -> None:
    """AAP 2016: a BRUE has resolved; level 1 needs apnoea now (handbook Table 3-3)."""
    text = (
        "6 week old stopped breathing and turned blue for about a minute while"
        " feeding, now well"
    )
    triage = _triage(reason(make_case(text, sex="F", vitals=_INFANT)))
    assert triage.esi == 2, triage.rationale


def test_criteria_met_only_in_a_later_note_do_not_change_triage(
    reason: Reason,
) -> None:
    """Triage reads triage-time text only: a later note's findings are not triage's."""
    case = make_case(
        "cough",
        age=2,
        sex="F",
        vitals=vitals(110, 96, 60, 24, 99),
        ed_note="HPI: choked on a peanut at a party, since then coughing and wheezing.",
    )
    triage = _triage(reason(case))
    assert not any("foreign body" in f for f in triage.red_flags), triage.red_flags


LOWER_RISK = [
    pytest.param(
        "swollen red eyelid after an insect bite, eye moves freely, vision normal",
        {"age": 7, "sex": "M", "vitals": vitals(96, 104, 64, 20, 99)},
        "orbital cellulitis",
        id="preseptal-no-postseptal-signs-rch",
    ),
    pytest.param(
        "4 month old, first episode, turned pale for 10 seconds, now back to normal",
        {"demographics": {"age": 0, "age_days": 120}, "sex": "F", "vitals": _INFANT},
        "unexplained event",
        id="brue-lower-risk-aap2016",
    ),
    pytest.param(
        "itchy ear after swimming, no discharge",
        {"age": 40, "sex": "M", "vitals": vitals(72, 124, 76, 14, 99)},
        "otitis",
        id="otitis-externa-young-no-risk-factor",
    ),
]


@pytest.mark.parametrize(("text", "kw", "flag"), LOWER_RISK)
def test_lower_risk_forms_do_not_raise_the_pathway_flag(
    reason: Reason, text: str, kw: dict[str, Any], flag: str
) -> None:
    """Each criterion is read in full: the lower-risk form is judged by resources."""
    triage = _triage(reason(make_case(text, case_id="t16-low", **kw)))
    assert not any(flag.lower() in f.lower() for f in triage.red_flags), (
        triage.red_flags
    )


# --- ESI 1-2 and over-triage mechanisms read from the handbook's own principles ---


def _vignette(reason: Reason, text: str, **kw: Any) -> TriageResult:
    return _triage(reason(make_case(text, case_id="t16-hb", **kw)))


def test_stridor_with_cyanosis_is_level_one(reason: Reason) -> None:
    """Handbook Table 6-2: cyanosis with an obstructed airway is respiratory failure."""
    triage = _vignette(
        reason,
        "stridor at rest, drooling and cyanosis, sitting forward",
        age=3,
        sex="M",
        vitals={"heart_rate": 150.0, "respiratory_rate": 36.0},
    )
    assert triage.esi == 1, triage.rationale


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "nurse stuck herself with a needle from an HIV-positive patient 30"
            " minutes ago",
            id="needle-stick-cdc2018-pep-window",
        ),
        pytest.param(
            "on dialysis, missed his last two sessions, feels weak",
            id="missed-dialysis-handbook-ch4",
        ),
    ],
)
def test_handbook_high_risk_wordings_are_level_two(reason: Reason, text: str) -> None:
    """ESI v4 handbook ch.4 high-risk situations worded in prose: ESI <= 2."""
    triage = _vignette(
        reason, text, age=40, sex="F", vitals=vitals(84, 132, 80, 16, 98)
    )
    assert triage.esi is not None and triage.esi <= 2, triage.rationale


def test_dyspnoea_on_exertion_is_not_chest_pain_suggestive_of_acs(
    reason: Reason,
) -> None:
    """AHA/ACC 2021: the ACS symptom is chest pain or pressure, not 'on exertion'."""
    triage = _vignette(
        reason,
        "short of breath on exertion for two weeks",
        age=45,
        sex="F",
        vitals=vitals(84, 128, 78, 18, 97),
    )
    assert not any("ACS" in f for f in triage.red_flags), triage.red_flags
    assert "chest_pain" not in triage.red_flags, triage.red_flags


def test_no_resource_bite_is_not_held_at_d_for_missing_vitals(reason: Reason) -> None:
    """Handbook ch.6: danger-zone vitals (point D) apply to >= 2-resource patients."""
    triage = _vignette(
        reason, "bitten by a mosquito, small itchy bump on his arm", age=29, sex="M"
    )
    assert triage.esi is not None and triage.esi >= 4, triage.rationale


HANDBOOK_HIGH_RISK = [
    pytest.param(
        "had his tonsils removed 7 days ago, now spitting up bright red blood",
        {"age": 6, "sex": "M"},
        id="post-tonsillectomy-bleed-aao-hns-2019",
    ),
    pytest.param(
        "her defibrillator shocked her twice in the last hour, feels anxious",
        {"age": 58, "sex": "F", "vitals": vitals(78, 128, 76, 16, 98)},
        id="icd-shocks-hrs-2015",
    ),
    pytest.param(
        "frostbite: toes are white, hard and numb after a night outside",
        {"age": 35, "sex": "M", "vitals": vitals(92, 128, 76, 16, 98, 36.1)},
        id="deep-frostbite-wms-2019",
    ),
    pytest.param(
        "delivered a baby at home 2 hours ago, soaking a pad every 10 minutes",
        {"age": 30, "sex": "F", "vitals": vitals(118, 100, 60, 20, 98)},
        id="postpartum-haemorrhage-acog183",
    ),
    pytest.param(
        "fever, irritable, bulging fontanelle",
        {
            "demographics": {"age": 0, "age_days": 150},
            "sex": "F",
            "vitals": {"temperature_c": 38.5, "heart_rate": 160.0},
        },
        id="bulging-fontanelle-nice-ng143",
    ),
]


@pytest.mark.parametrize(("text", "kw"), HANDBOOK_HIGH_RISK)
def test_handbook_high_risk_presentations_are_level_two(
    reason: Reason, text: str, kw: dict[str, Any]
) -> None:
    """ESI v4 handbook ch.4 high-risk situations from their guidelines: ESI <= 2."""
    triage = _vignette(reason, text, **kw)
    assert triage.esi is not None and triage.esi <= 2, triage.rationale


def test_asymptomatic_raised_blood_pressure_needs_no_resource(reason: Reason) -> None:
    """ACEP 2013 clinical policy: asymptomatic raised BP needs no testing (ESI 5)."""
    triage = _vignette(
        reason,
        "A 50-year-old man was told his blood pressure was 170/100 at a pharmacy; he"
        " has no symptoms.",
        age=50,
        sex="M",
    )
    assert triage.esi == 5, triage.rationale


def test_raised_blood_pressure_with_a_headache_stays_high_risk(reason: Reason) -> None:
    """ACC/AHA 2017: BP > 180/120 with a target-organ symptom is an emergency."""
    triage = _vignette(
        reason,
        "blood pressure 200/125 at home and a headache, no other symptoms",
        age=50,
        sex="M",
        vitals=vitals(88, 200, 125, 16, 98),
    )
    assert triage.esi is not None and triage.esi <= 2, triage.rationale


PAEDIATRIC_HIGH_RISK = [
    pytest.param(
        "A 2-month-old with a fever of 38.4 C.",
        id="febrile-infant-reported-fever-aap2021",
    ),
    pytest.param(
        "A 10-year-old with diabetes, vomiting, abdominal pain and rapid deep"
        " breathing.",
        id="dka-in-a-known-diabetic-child-ispad2022",
    ),
    pytest.param(
        "A 2-year-old found with his grandmother's blood pressure pills in his mouth.",
        id="one-pill-can-kill-aapcc",
    ),
]


@pytest.mark.parametrize("text", PAEDIATRIC_HIGH_RISK)
def test_paediatric_high_risk_in_prose_is_level_two(reason: Reason, text: str) -> None:
    """ESI v4 handbook ch.4 and ch.6 paediatric high-risk situations: ESI <= 2."""
    triage = _triage(reason(_case(text)))
    assert triage.esi is not None and triage.esi <= 2, triage.rationale


def test_stridor_only_when_crying_is_not_airway_compromise(reason: Reason) -> None:
    """Westley 1978 / Bjornson 2013: stridor only when upset is mild croup."""
    text = "A 3-year-old with a barking cough and stridor only when crying, playful."
    triage = _triage(reason(_case(text)))
    assert triage.esi is not None and triage.esi >= 3, triage.rationale


def test_stridor_at_rest_stays_level_two(reason: Reason) -> None:
    """Westley 1978: stridor at rest is moderate croup, an airway at risk (ch.4)."""
    text = "A 2-year-old with a barking cough and stridor at rest."
    triage = _triage(reason(_case(text)))
    assert triage.esi is not None and triage.esi <= 2, triage.rationale

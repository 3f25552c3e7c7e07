"""Triage: ESI 1-2 presentations in prose and the site's own scale (triage15, issue 10).

Vignettes written for this file from the sources each one names, before any run and
never from rows of the shared data:

- ESI v4 Implementation Handbook (Gilboy N et al., AHRQ 2012, 2020 ed.): ch.3 level 1
  (hypotension with signs of hypoperfusion needs immediate fluid/blood resuscitation);
  ch.4 level 2 (a high-risk situation described in prose rather than by the complaint:
  fever in an immunocompromised patient, e.g. after chemotherapy; acute visual loss or
  a painful red eye with halos; new onset confusion, lethargy or disorientation told
  by the family);
- ATLS 10th ed. (class III-IV haemorrhage) and the shock index (HR / SBP >= 1: Allgower
  1967; Mutschler, Crit Care 2013) for hypotension with hypoperfusion;
- IDSA 2010 / ASCO-IDSA 2018 febrile neutropenia (fever after chemotherapy is an
  emergency: antibiotics within 1 h);
- AAO Preferred Practice Pattern, primary angle-closure disease 2020 (acute angle
  closure: blurred vision, halos, eye pain, headache, nausea/vomiting; hours to
  irreversible loss);
- CTAS 2016 (Bullard MJ et al., CJEM 2017;19(S2):S18-S27) and paediatric CTAS (Warren
  DW et al., CJEM 2008;10:224-243; Gravel J et al., CJEM 2013), KTAS (Park & Lim 2017).

Properties: level 1 exactly where decision point A applies, "<= 2" for level-2
presentations (never under-triaged).
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.schemas import TriageResult
from cases.adapters._common import demographics_from_text
from cases.models import Case
from cases.vitals import extract_vitals_report
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case


def _case(text: str, n: int) -> Case:
    """A triage case read the way the handbook adapter reads a vignette."""
    return Case(
        patient_id=f"P-triage15-{n}",
        encounter_id=f"E-triage15-{n}",
        demographics=demographics_from_text(text),
        chief_complaint=text,
        vitals=extract_vitals_report(text).vitals,
        source="scenario",
    )


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


LEVEL_ONE = [
    pytest.param(
        "A 74-year-old man collapsed at home with sudden tearing pain in his back and"
        " abdomen. He is pale and sweaty. BP 84/50, HR 118, RR 24, SpO2 96%.",
        id="ruptured-aaa-shock-atls",
    ),
    pytest.param(
        "A 52-year-old woman vomited a large amount of bright red blood twice. She"
        " is cool and clammy. Vital signs: BP 86/54, HR 112, RR 22, SpO2 97%.",
        id="haematemesis-shock-index-atls",
    ),
    pytest.param(
        "A 30-year-old man was stabbed in the abdomen. He is anxious and pale."
        " BP 88/60, HR 110, RR 26.",
        id="penetrating-trauma-shock-atls",
    ),
    pytest.param(
        "A 71-year-old man has abdominal pain radiating to his back. BP 84/52,"
        " HR 118, RR 22, SpO2 97%.",
        id="aaa-shock-index-no-skin-words-atls",
    ),
    pytest.param(
        "Ruptured abdominal aortic aneurysm suspected: 68-year-old man with flank"
        " pain, BP 84/50, HR 118.",
        id="aaa-named-shock-index-atls",
    ),
    pytest.param(
        "A 7-year-old has a seizure that has lasted 10 minutes and he is still"
        " shaking. HR 150, RR 30, SpO2 92%.",
        id="status-epilepticus-lasting-aes-2016",
    ),
]


@pytest.mark.parametrize("text", LEVEL_ONE)
def test_decision_point_a_presentations_are_level_one(
    reason: Reason, text: str
) -> None:
    """ESI handbook ch.3 / Table 6-2: shock (ATLS class III: SBP < 90 with shock index
    >= 1) and a seizure lasting 5 minutes or more (AES 2016) need an immediate
    life-saving intervention: level 1."""
    esi = reason(_case(text, hash(text) % 10_000)).final.esi
    assert esi == 1, f"ESI {esi}: an immediate life-saving need (handbook ch.3)"


LEVEL_TWO = [
    pytest.param(
        "A 58-year-old woman who had chemotherapy for breast cancer eight days ago"
        " feels shaky and has a temperature of 38.4 C at home. T 38.3°C, HR 96,"
        " RR 18, BP 122/70, SpO2 98%.",
        id="febrile-neutropenia-chemo-idsa",
    ),
    pytest.param(
        "A 44-year-old man receiving chemo for lymphoma says he has had fevers and"
        " chills since last night. Vital signs: T 100.9°F, HR 94, BP 130/80, RR 16.",
        id="fever-on-chemo-fahrenheit-idsa",
    ),
    pytest.param(
        "A 61-year-old kidney transplant recipient on tacrolimus and prednisone has a"
        " fever and a cough. T 38.6°C, HR 92, RR 18, BP 134/82, SpO2 96%.",
        id="fever-transplant-immunosuppressed-esi",
    ),
    pytest.param(
        "Fever. 57-year-old woman with leukaemia, neutrophil count 0.2 yesterday."
        " T 38.2 HR 100 BP 118/76 RR 18 SpO2 97%.",
        id="fever-leukaemia-neutrophils-idsa",
    ),
    pytest.param(
        "A 40-year-old man with lymphoma was told his counts were very low; he has"
        " had a fever of 38.5 since the afternoon. T 38.4, HR 96, BP 128/74, RR 16.",
        id="fever-lymphoma-low-counts-idsa",
    ),
    pytest.param(
        "A 60-year-old woman has blurred vision in the right eye with eye pain and"
        " headache and she vomited. HR 80, BP 140/85, RR 16.",
        id="angle-closure-triad-no-halos-aao",
    ),
    pytest.param(
        "A 66-year-old woman reports blurred vision in her left eye since this"
        " evening, with a severe ache in the eye, halos around lights, a headache"
        " and nausea. Vital signs within normal limits.",
        id="angle-closure-blurred-vision-aao",
    ),
    pytest.param(
        "A 70-year-old man says his right eye is red and very painful and his vision"
        " has gone blurry over the last few hours; he sees rainbow rings around"
        " lights. HR 80, BP 150/90, RR 16.",
        id="angle-closure-red-eye-halos-aao",
    ),
    pytest.param(
        "A 79-year-old woman is brought in by her son, who says she has not been"
        " making sense since this morning and keeps asking where she is. She lives"
        " alone and is normally independent. T 37.2°C, HR 88, BP 142/80, RR 18.",
        id="new-disorientation-family-words-esi-ch4",
    ),
    pytest.param(
        "A 67-year-old man with known atrial fibrillation woke up with a cold, pale,"
        " painful left leg that he cannot feel properly. HR 96 irregular, BP 150/90,"
        " RR 18.",
        id="acute-limb-ischaemia-esvs",
    ),
    pytest.param(
        "A 72-year-old woman says her right foot suddenly went white and numb an hour"
        " ago and it hurts. HR 88, BP 160/84, RR 16, SpO2 97%.",
        id="acute-limb-ischaemia-foot-esvs",
    ),
    pytest.param(
        "A 29-year-old woman, 6 weeks since her last period, has right lower"
        " abdominal pain and spotting. HR 96, BP 118/74, RR 16.",
        id="possible-ectopic-weeks-since-lmp-acep",
    ),
    pytest.param(
        "A 27-year-old man says he swallowed 40 of his sleeping pills an hour ago."
        " HR 88, BP 118/72, RR 14, SpO2 98%.",
        id="overdose-number-of-his-pills-esi-ch4",
    ),
    pytest.param(
        "A 19-year-old man drank antifreeze at a party on a dare two hours ago."
        " HR 100, BP 130/80, RR 20.",
        id="toxic-alcohol-ingestion-extrip",
    ),
    pytest.param(
        "A 2-year-old girl may have swallowed some drain cleaner from under the"
        " sink; she is drooling a little. HR 120, RR 26, SpO2 99%.",
        id="caustic-ingestion-child-esge",
    ),
    pytest.param(
        "An 84-year-old man's wife says he kept asking what day it is all afternoon"
        " and cannot tell us where he is. HR 92, BP 150/86, RR 18, T 37.0°C.",
        id="new-disorientation-asking-esi-ch4",
    ),
    pytest.param(
        "A 45-year-old man with a urinary tract infection for two days is now"
        " shivering. T 39.4°C, HR 128, RR 26, BP 104/62, SpO2 94%.",
        id="danger-zone-vitals-sepsis-esi-ch6",
    ),
]


@pytest.mark.parametrize("text", LEVEL_TWO)
def test_high_risk_prose_is_level_two(reason: Reason, text: str) -> None:
    """ESI handbook ch.4/ch.6: a high-risk situation in prose is ESI <= 2."""
    esi = reason(_case(text, hash(text) % 10_000)).final.esi
    assert esi is not None and esi <= 2, f"ESI {esi} for a level-2 presentation"


NOT_LEVEL_TWO = [
    pytest.param(
        "A 28-year-old contact lens wearer scratched her eye this morning; it is"
        " painful and a little blurry. HR 76, BP 118/70, RR 14, T 36.9°C.",
        id="corneal-abrasion-not-angle-closure",
    ),
    pytest.param(
        "A 35-year-old man has blurred vision after losing his glasses. Vital signs"
        " within normal limits.",
        id="blurred-vision-alone-not-high-risk",
    ),
    pytest.param(
        "A 30-year-old woman says her fingers turn white and then blue in the cold"
        " and ache while rewarming, for years. Vital signs within normal limits.",
        id="raynaud-not-limb-ischaemia",
    ),
]


@pytest.mark.parametrize("text", NOT_LEVEL_TWO)
def test_look_alikes_are_not_high_risk(reason: Reason, text: str) -> None:
    """AAO 2020 (angle closure is the triad), ESVS 2020 (one acutely ischaemic limb):
    a scratched eye, blurred vision alone or Raynaud's phenomenon is not ESI 2."""
    esi = reason(_case(text, hash(text) % 10_000)).final.esi
    assert esi is not None and esi >= 3


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 35-year-old man cut his forearm on glass; the wound gapes and needs"
            " stitches, bleeding controlled. HR 84, BP 128/78, RR 16.",
            id="laceration-needs-stitches",
        ),
        pytest.param(
            "A 22-year-old woman sliced her palm with a kitchen knife; it will need"
            " some sutures. Vital signs within normal limits.",
            id="laceration-will-need-sutures",
        ),
    ],
)
def test_laceration_repair_is_one_resource(reason: Reason, text: str) -> None:
    """ESI handbook Table 5-1: a laceration repair is a simple procedure (ESI 4)."""
    esi = reason(_case(text, hash(text) % 10_000)).final.esi
    assert esi == 4, f"ESI {esi}: one resource (repair) gives ESI 4"


NOT_LEVEL_ONE = [
    pytest.param(
        "A 25-year-old woman fainted at a blood draw and is now sitting up, talking"
        " and pink. BP 96/60, HR 64, RR 16, SpO2 99%.",
        id="vasovagal-recovered-not-shock",
    ),
    pytest.param(
        "A 30-year-old woman with epilepsy had a seizure at home that lasted two"
        " minutes; she is now awake and talking. HR 92, BP 124/78, RR 16,"
        " SpO2 98%.",
        id="brief-seizure-recovered-not-status",
    ),
]


@pytest.mark.parametrize("text", NOT_LEVEL_ONE)
def test_low_pressure_without_hypoperfusion_is_not_level_one(
    reason: Reason, text: str
) -> None:
    """ESI handbook ch.3: a low reading without hypoperfusion is no life-saving need."""
    esi = reason(_case(text, hash(text) % 10_000)).final.esi
    assert esi is not None and esi >= 2


def _site(reason: Reason, text: str, scale: str, **kw: Any) -> TriageResult:
    """The triage result of a narrative at a KTAS/CTAS site."""
    case = make_case(
        text,
        vitals=extract_vitals_report(text).vitals.model_dump(exclude={"raw"}),
        triage_scale=scale,
        case_id=f"triage15-{scale}-{hash(text) % 10_000}",
        demographics=demographics_from_text(text).model_dump(),
        **kw,
    )
    return _triage(reason(case))


@pytest.mark.parametrize("scale", ["KTAS", "CTAS"])
def test_paediatric_modifiers_grade_children(reason: Reason, scale: str) -> None:
    """PaedsCTAS (Warren 2008): a child is graded by the paediatric modifiers."""
    r = _site(
        reason,
        "A 6-year-old boy has had a fever since yesterday and is playing."
        " T 38.6, HR 110, RR 22, SpO2 98%.",
        scale,
    )
    assert r.site_level == 4, "a well-appearing school child with fever is level 4"
    assert r.esi == 3  # ESI counts resources; the site scale does not
    assert "paediatric" in r.rationale.lower() or "PaedsCTAS" in r.rationale


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A 2-year-old girl with fever and fast breathing. T 39.2, HR 175, RR 46,"
            " SpO2 95%.",
            id="toddler-danger-zone",
        ),
        pytest.param(
            "A 6-week-old baby has a fever. T 38.3, HR 150, RR 40, SpO2 98%.",
            id="febrile-young-infant-aap-2021",
        ),
    ],
)
def test_sick_children_stay_level_two_at_a_site(reason: Reason, text: str) -> None:
    """PaedsCTAS: rates beyond the danger zone for age, or fever under 3 months -> 2."""
    r = _site(reason, text, "CTAS")
    assert r.site_level is not None and r.site_level <= 2

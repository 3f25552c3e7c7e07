"""Readers of peds43: an infant's viral lower respiratory illness (NICE NG9), brief
positional vertigo (AAO-HNS BPPV 2017), false labour (ACOG PB 171 2016), the postnatal
pressure's population (NICE NG133 2019) and the first trimester (ICD-10-CM I.C.15.a.3).
"""

from __future__ import annotations

from agents.offline.door import triage_facts
from agents.offline.knowledge import load_knowledge
from agents.offline.rules import infant_lrti
from agents.offline.rules._esi_resources import positional_vertigo
from agents.offline.rules.facts import ClinicalFacts, vital_sign_findings
from agents.pathways_medical import false_labour
from agents.population import years
from cases.models import Case, Vitals
from cases.population import Population
from cases.views import StageView, build_treatment_view, build_triage_view

KB = load_knowledge()


def _case(cc: str, line: str, age: int, **demo: object) -> Case:
    return Case.model_validate(
        {
            "patient_id": "P-u",
            "encounter_id": "E-u",
            "chief_complaint": cc,
            "demographics": {"age": age, **demo},
            "one_liner": line,
        }
    )


def _facts(cc: str, line: str, age: int) -> ClinicalFacts:
    return triage_facts(build_triage_view(_case(cc, line, age)), KB)


def _infant(days: int) -> Population:
    return Population(age_days_min=days, age_days_max=days)


def test_infant_cough_with_recession_is_the_lrti_picture() -> None:
    texts = ("4-month-old with cough and coryza, subcostal recession",)
    assert infant_lrti.picture(texts, _infant(120), 48)
    assert not infant_lrti.picture(("barking cough, recession",), _infant(400), 48)
    assert not infant_lrti.picture(texts, _infant(years(3)), 48)


def test_poor_feeding_wordings() -> None:
    assert infant_lrti.poor_feeding(("taking less than half her usual feeds",))
    assert infant_lrti.poor_feeding(("taking about a third of his feeds",))
    assert not infant_lrti.poor_feeding(("feeding normally",))


def test_oxygen_threshold_by_age_and_condition() -> None:
    assert infant_lrti.oxygen_threshold(("cough",), _infant(30)) == 92.0
    assert infant_lrti.oxygen_threshold(("born at 32 weeks",), _infant(120)) == 92.0
    assert infant_lrti.oxygen_threshold(("cough",), _infant(120)) == 90.0


def test_admission_reasons_name_ng9_criteria() -> None:
    texts = ("cough and runny nose, recession, taking half her feeds",)
    assert infant_lrti.admission_reasons(texts, _infant(120), 50, 95) == [
        "oral intake under 50-75 % of usual"
    ]
    assert (
        infant_lrti.admission_reasons(("cough, recession",), _infant(120), 50, 96) == []
    )


def test_brief_positional_spells_are_bppv_like() -> None:
    f = _facts("VERTIGO", "spinning for a few seconds when he rolls over in bed", 50)
    assert positional_vertigo(f)


def test_constant_or_neurological_vertigo_is_not() -> None:
    constant = _facts("VERTIGO", "constant spinning, worse turning her head", 60)
    diplopia = _facts(
        "VERTIGO", "brief spinning when looking up, double vision, slurred speech", 60
    )
    assert not positional_vertigo(constant)
    assert not positional_vertigo(diplopia)


def test_false_labour_reader() -> None:
    def view(line: str) -> StageView:
        return build_treatment_view(
            _case("PREGNANCY PROBLEM", f"28-year-old {line}", 28, sex="F")
        )

    assert false_labour(view("31 weeks pregnant with irregular painless tightenings"))
    assert not false_labour(
        view("31 weeks pregnant with irregular tightenings and vaginal bleeding")
    )
    assert not false_labour(
        view("30 weeks pregnant with regular painful contractions every 5 minutes")
    )


def test_postnatal_pressure_needs_a_woman_of_childbearing_age() -> None:
    v = Vitals(systolic_bp=152, diastolic_bp=84)

    def concepts(sex: str, age: int) -> list[str]:
        pop = Population(
            age_days_min=years(age), age_days_max=years(age) + 300, sex=sex
        )
        return [f.concept for f in vital_sign_findings(v, pop)]

    assert "postnatal_treatment_bp" in concepts("F", 31)
    assert "postnatal_treatment_bp" not in concepts("F", 90)
    assert "postnatal_treatment_bp" not in concepts("M", 31)


def test_first_trimester_from_the_weeks() -> None:
    case = _case("DYSURIA", "8 weeks pregnant with dysuria", 30, sex="F")
    facts = triage_facts(build_triage_view(case), KB)
    assert facts.has("first_trimester")
    later = _case("DYSURIA", "20 weeks pregnant with dysuria", 30, sex="F")
    assert not triage_facts(build_triage_view(later), KB).has("first_trimester")


def test_a_scan_showing_the_pregnancy_in_the_womb_is_an_iup() -> None:
    """ACEP 2017 early pregnancy; RCOG GTG 21: the lay words of an intrauterine
    pregnancy seen on a scan."""
    from agents.picture_gates import intrauterine_seen

    assert intrauterine_seen(("8 weeks pregnant, scan showed a pregnancy in the womb",))
    assert not intrauterine_seen(("8 weeks pregnant, no scan yet",))

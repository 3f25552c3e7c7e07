"""infect44 (session 44): the pathway helpers behind its fixes, unit by unit."""

from __future__ import annotations

from agents.pathways_medical import endocarditis_suspected
from agents.pathways_results import _ducts_undilated, tg18_grade_ii_factors
from agents.resulted import _RUQ_US_WORDS
from cases.population import view_population
from cases.views import StageView, build_view
from tests.scenarios.conftest import make_case, vitals


def _view(note: str, age: int = 60, temp: float = 38.4) -> StageView:
    case = make_case(
        "fever",
        age=age,
        sex="F",
        vitals=vitals(100, 130, 80, 18, 97, temp),
        ed_note=note,
    )
    return build_view(case, "treatment")


def test_a_native_valve_lesion_with_splinters_suspects_endocarditis() -> None:
    """Duke-ISCVID 2023: predisposition (more than mild regurgitation), fever and an
    immunological phenomenon."""
    view = _view("Known mitral regurgitation. Fevers for weeks. Splinter haemorrhages.")
    assert endocarditis_suspected(view)


def test_a_native_valve_lesion_with_its_own_murmur_does_not() -> None:
    """A valve lesion has its murmur anyway: fever and the known murmur are no sign."""
    view = _view("Known aortic stenosis, ejection systolic murmur as before. Cough.")
    assert not endocarditis_suspected(view)


def test_injection_drug_use_with_septic_pulmonary_emboli_suspects_endocarditis() -> (
    None
):
    """ESC 2023: septic pulmonary emboli in a person who injects drugs."""
    view = _view("Injects heroin. Fever. CT chest: multiple cavitating nodules.")
    assert endocarditis_suspected(view)


def test_tg18_grade_ii_factors_are_counted() -> None:
    """Kiriyama 2018: white count > 12, temperature >= 39, age >= 75, bilirubin >= 5."""
    view = _view("WBC 16.2, bilirubin 3.1 mg/dL.", age=80, temp=39.1)
    factors = tg18_grade_ii_factors(view, view_population(view), 3.1)
    assert len(factors) == 3, factors


def test_tg18_grade_i_has_no_factor() -> None:
    view = _view("WBC 10.8, bilirubin 2.6 mg/dL.", age=50, temp=38.2)
    assert tg18_grade_ii_factors(view, view_population(view), 2.6) == []


def test_ducts_stated_undilated_are_read() -> None:
    assert _ducts_undilated(_view("Ultrasound: no biliary dilatation."))
    assert not _ducts_undilated(_view("Ultrasound: dilated common bile duct 12 mm."))
    assert not _ducts_undilated(_view("No imaging yet."))


def test_an_ultrasound_of_the_bile_duct_is_a_resulted_ruq_ultrasound() -> None:
    """The duct is the biliary ultrasound's finding too; a request is not a result."""
    assert _RUQ_US_WORDS.search("Ultrasound today: common bile duct 11 mm")
    assert _RUQ_US_WORDS.search("US: dilated CBD with a stone")
    assert not _RUQ_US_WORDS.search("ultrasound of the bile duct requested")

from collections import Counter

import pytest

from cases.adapters import ADAPTERS, SHARED_DATA_ROOT, load_adapter
from cases.labels import STAGE_ORDER
from cases.views import build_view

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(
        not SHARED_DATA_ROOT.exists(), reason="../shared/data is not present"
    ),
]


def _every_row_accounted(result) -> None:
    r = result.report
    assert r.cases_loaded == len(result.cases)
    assert r.rows_read == r.cases_loaded + r.rows_skipped


@pytest.fixture(scope="module")
def ktas():
    return load_adapter("ktas")


def test_registry_declares_stages():
    assert set(ADAPTERS) == {"ktas", "esi_handbook", "medrbench", "mimic_demo"}
    for spec in ADAPTERS.values():
        assert spec.stages and set(spec.stages) <= set(STAGE_ORDER)


def test_ktas_all_887_rows_loaded_with_dirty_values_counted(ktas):
    _every_row_accounted(ktas)
    assert ktas.report.rows_read == 887 and ktas.report.cases_loaded == 887
    assert (
        ktas.report.warnings["dirty_NRS_pain"] > 0
        and ktas.report.warnings["dirty_RR"] > 0
    )
    levels = Counter(c.gold.acuity for c in ktas.cases)
    assert set(levels) == {
        "Immediate",
        "Emergent",
        "Urgent",
        "Less Urgent",
        "Non-Urgent",
    }
    dispos = Counter(c.gold.disposition for c in ktas.cases)
    assert dispos["Discharge"] > dispos["Admit"] > 0 and dispos["OR Admit"] > 0
    assert any(c.gold.admit_level == "icu" for c in ktas.cases)
    assert all(c.gold.human_acuity is not None for c in ktas.cases)


def test_ktas_mental_status_visible_to_triage(ktas):
    unresponsive = [
        c for c in ktas.cases if "unresponsive" in (c.case.vitals.raw or "")
    ]
    assert unresponsive
    view = build_view(unresponsive[0].case, "triage")
    assert "Mental: unresponsive" in (view.vitals.raw or "")
    assert sum(c.case.vitals.heart_rate is not None for c in ktas.cases) > 850


def test_esi_handbook_loads_and_parses_vitals():
    res = load_adapter("esi_handbook")
    _every_row_accounted(res)
    assert res.report.cases_loaded == 89 and res.stages == ("triage",)
    assert sum(c.case.vitals.heart_rate is not None for c in res.cases) >= 40
    assert sum(c.case.demographics.age is not None for c in res.cases) >= 80


def test_medrbench_loads_both_files_and_redacts_gold():
    res = load_adapter("medrbench")
    _every_row_accounted(res)
    assert res.report.cases_loaded == 120
    dx = [c for c in res.cases if "diagnosis" in c.stages]
    assert len(dx) == 60 and all(c.gold.diagnosis_name for c in dx)
    assert sum(bool(c.gold.differential) for c in dx) >= 35  # heuristic list parsing
    assert all(c.gold.treatment_plan for c in res.cases if c.stages == ("treatment",))
    for c in dx:
        assert c.gold.diagnosis_name.lower() not in (c.case.ed_note or "").lower()


def test_mimic_demo_ed_admissions():
    res = load_adapter("mimic_demo")
    _every_row_accounted(res)
    assert res.report.cases_loaded == 182  # admissions with an edregtime
    levels = Counter(c.gold.admit_level for c in res.cases)
    assert levels["icu"] > 0 and levels["ward"] > 0
    with_dx = [c for c in res.cases if "diagnosis" in c.stages]
    assert with_dx and all(c.gold.icd10_codes for c in with_dx)
    for c in res.cases:
        years = [n.year for n in c.case.prior_notes]
        assert all(y is not None and y <= (c.case.arrival.year or 0) for y in years)


def test_ktas_cases_grade_in_the_sites_own_scale(ktas):
    # KTAS is the site's scale (Park & Lim 2017); every view carries it to triage
    assert {c.case.triage_scale for c in ktas.cases} == {"KTAS"}
    view = build_view(ktas.cases[0].case, "triage")
    assert view.triage_scale == "KTAS"
    assert {c.case.triage_scale for c in load_adapter("esi_handbook").cases} == {"ESI"}

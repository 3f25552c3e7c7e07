"""The site's triage scale on the case, its views and the triage result."""

import pytest
from pydantic import ValidationError

from agents.schemas import TriageResult
from cases.labels import TRIAGE_SCALES
from cases.models import Case
from cases.views import build_view
from graph.summary import final_summary


def _case(**kw: object) -> Case:
    return Case(patient_id="p", encounter_id="e", chief_complaint="cough", **kw)


def test_case_scale_defaults_to_esi_and_accepts_ktas_and_ctas():
    assert TRIAGE_SCALES == ("ESI", "KTAS", "CTAS")
    assert _case().triage_scale == "ESI"
    for scale in ("KTAS", "CTAS"):
        case = _case(triage_scale=scale)
        assert case.triage_scale == scale
        assert all(
            build_view(case, stage).triage_scale == scale
            for stage in ("triage", "assessment", "treatment", "disposition")
        )


def test_case_refuses_an_unknown_scale_naming_the_field():
    with pytest.raises(ValidationError) as err:
        _case(triage_scale="MTS")
    assert err.value.errors()[0]["loc"] == ("triage_scale",)


def test_triage_result_site_level_only_in_a_site_scale():
    esi = TriageResult(acuity="Urgent", esi=3, rationale="r")
    assert esi.scale == "ESI" and esi.site_level is None and esi.level == 3
    site = TriageResult(
        acuity="Less Urgent", esi=3, scale="KTAS", site_level=4, rationale="r"
    )
    assert site.level == 4 and site.esi == 3
    with pytest.raises(ValidationError):
        TriageResult(acuity="Urgent", esi=3, scale="KTAS", rationale="r")
    with pytest.raises(ValidationError):
        TriageResult(acuity="Urgent", esi=3, site_level=3, rationale="r")


def test_final_summary_reports_both_levels():
    site = TriageResult(
        acuity="Less Urgent", esi=3, scale="CTAS", site_level=4, rationale="r"
    )
    final = final_summary({"triage": site})
    assert (final.esi, final.triage_scale, final.site_level) == (3, "CTAS", 4)
    assert final.acuity == "Less Urgent"


def test_learned_level_answers_the_site_level_and_keeps_the_rules_esi():
    from agents.learned.tool import _learned_triage

    site = TriageResult(
        acuity="Less Urgent", esi=3, scale="KTAS", site_level=4, rationale="r"
    )
    out = _learned_triage(site, 3, {3: 0.7, 4: 0.3})
    assert (out.site_level, out.esi, out.acuity) == (3, 3, "Urgent")
    esi = TriageResult(acuity="Urgent", esi=3, rationale="r")
    out = _learned_triage(esi, 2, {2: 0.8, 3: 0.2})
    assert (out.site_level, out.esi, out.acuity) == (None, 2, "Emergent")

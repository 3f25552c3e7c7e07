"""medgi55 (issue 10): the readers and the monitoring floor behind session 55's fixes.

A theophylline level read in mg/L or umol/L (BNF range 10-20 mg/L; Ghannoum M et al.
EXTRIP theophylline 2015), a measured bile duct holding a stone (Williams E et al. BSG
2017; Buxbaum JL et al. ASGE 2019), a handful of a named drug and "strength x count
tablets" as an overdose (NICE NG225 2022), a negated past history negating the condition
it names (NegEx, Chapman WW et al. 2001), and the danger-zone floor's cardiac
monitoring not stood in for by a fetal heart rate monitoring (ESI v4; JBDS-IP 2017).
"""

from __future__ import annotations

from agents.offline.rules._esi_patterns import _texts_of
from agents.offline.rules.findings import sign_findings
from agents.offline.rules.results import results_of
from agents.pathways import resuscitation
from cases.population import view_population
from cases.views import build_view
from tests.scenarios.conftest import make_case, vitals


def _signs(text: str) -> set[str]:
    return {f.concept for f in sign_findings(text) if f.status == "present"}


def test_a_theophylline_level_is_read_in_mg_per_litre_and_micromoles() -> None:
    (mg,) = results_of("Theophylline level 41 mg/L.", "theophylline")
    assert mg.value == 41.0
    (umol,) = results_of("serum theophylline 228 umol/L", "theophylline")
    assert abs(umol.value - 41.04) < 0.01


def test_a_theophylline_dose_is_no_level_guard() -> None:
    assert results_of("theophylline 200 mg twice daily", "theophylline") == ()


def test_a_measured_duct_holding_a_stone_is_a_dilated_duct_stone() -> None:
    found = _signs("Ultrasound: CBD 12 mm with an echogenic stone in its distal end.")
    assert {"bile_duct_stone", "biliary_dilatation"} <= found


def test_a_normal_calibre_duct_with_a_stone_is_a_stone_not_a_dilated_duct() -> None:
    found = _signs("Ultrasound: common bile duct 5 mm with a small stone.")
    assert "bile_duct_stone" in found
    assert "biliary_dilatation" not in found


def test_a_handful_of_a_named_drug_is_an_overdose() -> None:
    assert "overdose" in _signs("She took a handful of her sodium valproate.")
    assert "overdose" in _signs("Valproate 500 mg x 40 tablets 5 hours ago.")


def test_a_strength_times_a_few_tablets_is_no_overdose_guard() -> None:
    assert "overdose" not in _signs("Paracetamol 500 mg x 2 tablets four times a day.")


def test_no_history_of_cancer_negates_the_cancer_at_triage() -> None:
    (clause,) = _texts_of(
        "no past history of lung cancer, facial swelling since this morning and "
        "getting worse over hours"
    )
    assert "cancer" not in clause
    assert "facial swelling" in clause


def test_fetal_heart_rate_monitoring_does_not_stand_in_for_cardiac_monitoring() -> None:
    case = make_case(
        "high blood sugar",
        age=29,
        sex="F",
        vitals=vitals(128, 104, 62, 28, 98, 36.9),
        one_liner="29F type 1 diabetic, 30 weeks pregnant, vomiting, breathing fast",
        ed_note="Glucose 19.8 mmol/L, ketones 5.1, pH 7.12, bicarbonate 9.",
    )
    view = build_view(case, "treatment")
    floor = [
        (order, pattern)
        for order, pattern in resuscitation(view, view_population(view), [])
        if order.name.startswith("continuous cardiac monitoring")
    ]
    assert floor, "danger-zone vitals: the monitoring floor applies"
    (_, satisfied_by) = floor[0]
    fetal = (
        "obstetrics emergently with the diabetes team: fetal heart rate monitoring "
        "(continuous cardiotocography from a viable gestation)"
    )
    assert not satisfied_by.search(fetal)
    assert satisfied_by.search("continuous monitoring")

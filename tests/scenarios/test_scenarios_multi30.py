"""multi30: the patient's other active problems, and what points a harmful test at a
diagnosis.

Written from: GINA 2024 (a short-acting bronchodilator and a systemic corticosteroid
for an asthma exacerbation) and GOLD 2024 ch. 5 (short-acting bronchodilators and a
systemic corticosteroid for a COPD exacerbation), whatever else is treated beside
them; Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (suspected stroke, the
indication for emergency brain and vessel imaging, is a sudden focal deficit; risk
factors raise the prior, they are no deficit); Joglar JA et al. 2023 ACC/AHA/ACCP/HRS
atrial fibrillation 7.1 (no IV non-dihydropyridine calcium-channel blocker with an
LVEF <= 40 %, class 3 harm) and McDonagh TA et al. ESC 2021 heart failure (a
beta-blocker or digoxin for AF in heart failure). Research software, not for clinical
use.
"""

from __future__ import annotations

from typing import Final

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BRONCHODILATOR: Final = ("albuterol", "salbutamol", "ipratropium")
CORTICOSTEROID: Final = ("prednisone", "prednisolone", "methylprednisolone")
STROKE_IMAGING: Final = ("ct head", "ct angiograph", "cta ", "mri brain")


def test_copd_wheeze_keeps_its_bronchodilator_behind_af_rvr(reason: Reason) -> None:
    """A COPD exacerbation with diffuse wheeze while AF with a rapid response leads
    the list: the airways are treated too (GOLD 2024: short-acting bronchodilator
    and a systemic corticosteroid)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=70,
            sex="F",
            vitals=vitals(144, 130, 80, 26, 89, 36.9),
            one_liner="70F with COPD, breathless and wheezy, fast irregular pulse.",
            ed_note=(
                "HPI: COPD on inhalers, three days of more breathlessness and "
                "palpitations since last night. Widespread expiratory wheeze, "
                "prolonged expiratory phase. Echo 2024: LVEF 60 %. Not on an "
                "anticoagulant.\nECG: atrial fibrillation with rapid ventricular "
                "response, rate 144."
            ),
        )
    )
    assert O.medication_ordered(out, *BRONCHODILATOR), O.medications(out)
    assert O.medication_ordered(out, *CORTICOSTEROID), O.medications(out)


def test_asthma_wheeze_keeps_its_bronchodilator_behind_af_rvr(reason: Reason) -> None:
    """Palpitations from AF at 150/min in an asthmatic who is wheezing: the rate is
    controlled and the bronchospasm gets its short-acting bronchodilator (GINA
    2024)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=58,
            sex="M",
            vitals=vitals(150, 128, 78, 24, 93, 36.8),
            one_liner="58M asthmatic with palpitations and wheeze.",
            ed_note=(
                "HPI: asthma since childhood, palpitations for 6 hours, now short of "
                "breath. Bilateral expiratory wheeze. No chest pain. LVEF 55 % on "
                "echo last year.\nECG: atrial fibrillation with rapid ventricular "
                "response at 150."
            ),
        )
    )
    assert O.medication_ordered(out, *BRONCHODILATOR), O.medications(out)


def test_non_focal_weakness_with_af_gets_no_stroke_imaging(reason: Reason) -> None:
    """An older woman with generalised weakness, AF at 130/min and hypertension, no
    focal deficit: AF and hypertension are stroke risk factors, not a suspected
    stroke, so no CT head with angiography (AHA/ASA 2019)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=80,
            sex="F",
            vitals=vitals(130, 120, 72, 20, 95, 36.7),
            one_liner="80F generalised weakness, AF.",
            ed_note=(
                "HPI: hypertension and diabetes, two days of generalised weakness and "
                "tiredness, unsure when it began. No chest pain. Not on any "
                "anticoagulant.\nECG: atrial fibrillation with rapid ventricular "
                "response, rate 130, duration unknown."
            ),
        )
    )
    assert not O.ordered(out, *STROKE_IMAGING), O.orders(out)

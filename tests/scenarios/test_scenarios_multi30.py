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
NON_DHP_CCB: Final = ("diltiazem", "verapamil")
RATE_CONTROL_IN_HF: Final = (r"\w+olol\b", "digoxin", "amiodarone")
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


def test_af_rvr_in_known_heart_failure_gets_no_diltiazem(reason: Reason) -> None:
    """AF at 130/min in a woman with a history of congestive heart failure, EF not
    given and no congestion written: no diltiazem or verapamil until an echo shows
    the EF preserved; a beta-blocker or digoxin instead (AHA/ACC/HRS 2023 AF 7.1;
    ESC 2021 HF)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=76,
            sex="F",
            vitals=vitals(130, 128, 76, 18, 96, 36.6),
            one_liner="76F with a history of CHF, palpitations.",
            ed_note=(
                "HPI: history of congestive heart failure and hypertension, "
                "palpitations since yesterday evening. No chest pain. On apixaban.\n"
                "ECG: atrial fibrillation with rapid ventricular response at 130."
            ),
        )
    )
    assert not O.medication_ordered(out, *NON_DHP_CCB), O.medications(out)
    assert O.medication_ordered(out, *RATE_CONTROL_IN_HF), O.medications(out)


def test_af_rvr_in_dilated_cardiomyopathy_gets_no_diltiazem(reason: Reason) -> None:
    """AF with a rapid response in a man with a known dilated cardiomyopathy: a
    negative inotrope is withheld (AHA/ACC/HRS 2023 AF 7.1, class 3 harm)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=63,
            sex="M",
            vitals=vitals(138, 118, 74, 20, 95, 36.8),
            one_liner="63M dilated cardiomyopathy, palpitations.",
            ed_note=(
                "HPI: dilated cardiomyopathy, palpitations and mild breathlessness "
                "for 10 hours. Lungs clear. On rivaroxaban.\nECG: atrial "
                "fibrillation with rapid ventricular response, rate 138."
            ),
        )
    )
    assert not O.medication_ordered(out, *NON_DHP_CCB), O.medications(out)


def test_af_beside_a_heart_failure_working_diagnosis_gets_no_diltiazem(
    reason: Reason,
) -> None:
    """Breathlessness, weight gain, oedema to the knees and a BNP of 1850 with AF at
    128/min, no crackles or raised JVP written: decompensated heart failure is the
    working diagnosis, and diltiazem is withheld there (AHA/ACC/HRS 2014 AF 7.1,
    class 3 harm in decompensated HF; Joglar 2023 AF 7.1)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=78,
            sex="M",
            vitals=vitals(128, 136, 80, 24, 92, 36.7),
            one_liner="78M breathless with swollen legs and AF.",
            ed_note=(
                "HPI: one week of worsening breathlessness on exertion, ankle "
                "swelling and 3 kg weight gain. Pitting oedema to the knees. BNP "
                "1850.\nECG: atrial fibrillation, rate 128."
            ),
        )
    )
    assert not O.medication_ordered(out, *NON_DHP_CCB), O.medications(out)

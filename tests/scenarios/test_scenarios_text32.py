"""Negation across a comma or an "and", background findings read as today's (text32).

Sources: NegEx (Chapman WW et al. J Biomed Inform 2001;34:301) and ConText (Harkema
H et al. J Biomed Inform 2009;42:839): a negation ends at a new clause or a new
finding with its own assertion. Ross DS et al. 2016 ATA hyperthyroidism guideline
(Thyroid 2016;26:1343) and Satoh T et al. Endocr J 2016;63:1025 (JTA/JES thyroid
storm guideline): beta-blockade for the storm, a short-acting beta-1 blocker with
heart failure, a calcium-channel blocker with asthma; BTS/SIGN 158 2019: a
non-selective beta-blocker is contraindicated in asthma. McDonagh TA et al. ESC 2021
heart failure guideline: hypertensive acute heart failure gets a vasodilator and a
loop diuretic. Metlay JP et al. ATS/IDSA 2019 community-acquired pneumonia: an
antibiotic once focal signs and fever make pneumonia the working diagnosis. NICE
NG232 2023 head injury: a CT head within 1 h for an anticoagulated adult or one over
65 with loss of consciousness. Each vignette is written for this file from those
sources, never from shared-file rows; properties, not strings.
"""

from __future__ import annotations

from tests.scenarios._orders import medication_ordered, ordered, working
from tests.scenarios.conftest import Reason, make_case, vitals


def test_storm_with_crackles_after_a_negated_sign_gets_no_propranolol(
    reason: Reason,
) -> None:
    # "no neck stiffness, bibasal crackles": the crackles are found, and with a
    # raised JVP the storm is complicated by heart failure (JTA/JES 2016: a
    # short-acting beta-1 blocker, not propranolol, in Killip III-IV)
    out = reason(
        make_case(
            "FEVER",
            age=49,
            sex="F",
            vitals=vitals(150, 146, 62, 28, 92, 39.4),
            one_liner="49F Graves, off treatment, fever, agitated, AF",
            ed_note="49-year-old woman with Graves disease who stopped her carbimazole "
            "two months ago. Two days of fever, vomiting and diarrhoea, agitated "
            "today. Exam: hot sweaty skin, goitre, tremor, disoriented, no neck "
            "stiffness, bibasal crackles, JVP raised. ECG atrial fibrillation 150.",
            case_id="text32-storm-hf",
        )
    )
    assert "storm" in working(out) or "thyrotoxic crisis" in working(out)
    assert not medication_ordered(out, "propranolol")
    assert medication_ordered(out, "propylthiouracil", "methimazole")


def test_background_asthma_withholds_propranolol_and_is_not_treated(
    reason: Reason,
) -> None:
    # "Background: asthma with wheeze in winter" mid-line is the history: no
    # nebuliser or steroid for an attack she does not have, and the known asthma
    # withholds the non-selective beta-blocker (BTS/SIGN 158; ATA 2016 rec. 4)
    out = reason(
        make_case(
            "PALPITATIONS",
            age=31,
            sex="F",
            vitals=vitals(118, 126, 68, 16, 99, 37.2),
            one_liner="31F palpitations, heat intolerance, weight loss",
            ed_note="31-year-old woman with five weeks of palpitations, heat "
            "intolerance and 5 kg weight loss. Background: asthma with wheeze in "
            "winter, salbutamol inhaler as needed. Exam: fine tremor, smooth goitre, "
            "lid lag, chest clear. Sinus tachycardia 118. Pregnancy test negative.",
            case_id="text32-thyrotoxic-background-asthma",
        )
    )
    assert "thyro" in working(out)
    assert not medication_ordered(out, "propranolol")
    assert not medication_ordered(out, "albuterol", "salbutamol")
    assert not medication_ordered(out, "prednis", "methylprednisolone")


def test_known_asthma_withholds_propranolol_in_thyrotoxicosis(reason: Reason) -> None:
    # "known asthma" is the history, and still contraindicates propranolol
    out = reason(
        make_case(
            "PALPITATIONS",
            age=36,
            sex="M",
            vitals=vitals(114, 138, 70, 16, 98, 37.1),
            one_liner="36M palpitations and tremor, known asthma",
            ed_note="36-year-old man with known asthma, well controlled, with a month "
            "of palpitations, heat intolerance, weight loss of 4 kg and shaky hands. "
            "Exam: fine tremor, diffuse goitre, lid retraction, chest clear. Sinus "
            "tachycardia 114.",
            case_id="text32-thyrotoxic-known-asthma",
        )
    )
    assert "thyro" in working(out)
    assert not medication_ordered(out, "propranolol")


def test_heart_failure_with_crackles_after_a_negated_symptom_is_decongested(
    reason: Reason,
) -> None:
    # "no chest pain, bibasal crepitations to mid zones": pulmonary oedema found;
    # hypertensive acute heart failure (ESC 2021): vasodilator and loop diuretic
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=77,
            sex="F",
            vitals=vitals(110, 172, 96, 30, 87, 36.9),
            one_liner="77F breathless, orthopnoea",
            ed_note="77-year-old woman with ischaemic cardiomyopathy and 2 days of "
            "worsening breathlessness and orthopnoea. No chest pain, "
            "bibasal crepitations to mid zones, pitting oedema to the knees, JVP "
            "raised.",
            case_id="text32-ahf-crepitations",
        )
    )
    assert "heart failure" in working(out)
    assert medication_ordered(out, "furosemide", "nitroglycerin", "nitrate")


def test_pneumonia_with_crackles_after_a_negated_wheeze_gets_an_antibiotic(
    reason: Reason,
) -> None:
    # "no wheeze, coarse crackles right base": a focal sign with fever and cough
    out = reason(
        make_case(
            "COUGH",
            age=71,
            sex="M",
            vitals=vitals(106, 116, 68, 24, 91, 38.8),
            one_liner="71M productive cough, fever",
            ed_note="71-year-old man with 3 days of productive cough, fever and right "
            "pleuritic chest pain. No wheeze, coarse crackles right base, bronchial "
            "breathing right lower zone.",
            case_id="text32-cap-crackles",
        )
    )
    assert "pneumonia" in working(out)
    assert medication_ordered(
        out, "amoxicillin", "ceftriaxone", "doxycycline", "levofloxacin"
    )


def test_collapse_with_head_strike_after_and_gets_ct_head(reason: Reason) -> None:
    # "no prodrome and collapsed, hit his head": the head strike is asserted; over 65
    # with loss of consciousness: CT head (NICE NG232; Canadian CT head rule)
    out = reason(
        make_case(
            "SYNCOPE",
            age=74,
            sex="M",
            vitals=vitals(72, 128, 74, 16, 97, 36.7),
            one_liner="74M collapse at home",
            ed_note="74-year-old man, no prodrome and collapsed in the garden, hit his "
            "head on the path, brief loss of consciousness. No chest pain. GCS 15. "
            "ECG sinus rhythm 72.",
            case_id="text32-collapse-head",
        )
    )
    assert ordered(out, "ct head", "head ct")


def test_review_of_systems_list_stays_negated(reason: Reason) -> None:
    # guard: one "denies" over a list keeps every item negated (NegEx)
    out = reason(
        make_case(
            "BACK PAIN",
            age=35,
            sex="M",
            vitals=vitals(78, 126, 76, 14, 99, 36.6),
            one_liner="35M low back pain after lifting",
            ed_note="35-year-old man with low back pain since lifting a box yesterday. "
            "Denies fever, chills, night sweats, weight loss, leg weakness, saddle "
            "numbness or urinary retention. Exam: paraspinal tenderness, power 5/5, "
            "perianal sensation normal.",
            case_id="text32-ros-guard",
        )
    )
    assert out.final.disposition == "Discharge"
    assert not ordered(out, "mri", "ct ")

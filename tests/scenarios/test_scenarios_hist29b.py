"""hist29b: immunocompromised fever with a source; a hip injury on an anticoagulant.

Written from: Ramirez JA et al. immunocompromised CAP consensus (Chest 2020;158:1896)
and Metlay JP et al. ATS/IDSA CAP 2019; the AST infectious diseases community of
practice guidelines 2019 (Clin Transplant 2019;33: fever with a respiratory or urinary
source in a transplant recipient is cultured and treated empirically at once); Gupta K
et al. IDSA/ESCMID 2011 and EAU 2024 urological infections (a febrile urinary infection
in an immunosuppressed adult is complicated: urinalysis, cultures, parenteral
antibiotic); Surviving Sepsis Campaign 2021 (cultures before antimicrobials); NICE
CG124 hip fracture (hip pain after a fall at 65 or over: radiographs, MRI if normal)
and NICE NG232 (an anticoagulant makes an injury more consequential); ConText
(Harkema H et al. J Biomed Inform 2009;42:839) and ICD-10-CM I.B.4 (the drug's
indication is background, not the presenting problem).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIBIOTIC = (
    "ceftriaxone",
    "cefotaxime",
    "piperacillin",
    "cefepime",
    "meropenem",
    "levofloxacin",
    "antibiotic",
)


def test_febrile_kidney_transplant_recipient_with_a_cough_is_treated_now(
    reason: Reason,
) -> None:
    """A febrile transplant recipient with a productive cough: chest imaging, cultures
    and an empirical antibiotic at presentation, not after the infiltrate is seen
    (Ramirez 2020; AST IDCOP 2019)."""
    out = reason(
        make_case(
            "FEVER",
            age=52,
            sex="F",
            vitals=vitals(100, 128, 80, 20, 95, 38.7),
            one_liner="52F with fever and a cough for 3 days",
            ed_note=(
                "Fever and a productive cough for 3 days. Renal transplant in 2017, "
                "takes tacrolimus and mycophenolate. No urinary symptoms."
            ),
        )
    )
    assert O.medication_ordered(out, *ANTIBIOTIC), O.orders(out)
    assert O.ordered(out, "chest x-ray", "chest radiograph", r"\bcxr\b"), O.orders(out)
    assert O.ordered(out, "blood culture"), O.orders(out)


def test_fever_with_rigors_and_dysuria_on_methotrexate_is_a_urinary_infection(
    reason: Reason,
) -> None:
    """Fever, rigors and dysuria on methotrexate and prednisone: urinalysis, cultures
    and a parenteral antibiotic; a viral illness does not lead (IDSA/ESCMID 2011;
    EAU 2024; SSC 2021)."""
    out = reason(
        make_case(
            "FEVER",
            age=67,
            sex="F",
            vitals=vitals(100, 124, 72, 18, 96, 38.3),
            one_liner="67F with fever and chills today",
            ed_note=(
                "Fever and rigors since this morning. Psoriatic arthritis on "
                "methotrexate and prednisone 5 mg daily. Some dysuria."
            ),
        )
    )
    assert O.ordered(out, "urinalysis", "urine culture", "dipstick"), O.orders(out)
    assert O.ordered(out, "blood culture"), O.orders(out)
    assert O.medication_ordered(out, *ANTIBIOTIC), O.orders(out)
    working = O.treatment(out)
    assert working is not None
    assert "viral" not in (working.working_diagnosis or "").lower(), working


def test_hip_pain_after_a_fall_at_71_on_rivaroxaban_gets_a_radiograph(
    reason: Reason,
) -> None:
    """A fall onto the hip at 71 on rivaroxaban: hip and pelvis radiographs and no
    discharge before them (NICE CG124); the drug's indication is not a new problem."""
    out = reason(
        make_case(
            "HIP PAIN",
            age=71,
            sex="M",
            vitals=vitals(82, 140, 82, 16, 97),
            one_liner="71M fell onto his right hip in the garden",
            ed_note=(
                "Tripped in the garden and landed on his right hip, no head strike. "
                "Takes rivaroxaban for atrial fibrillation. Painful to bear weight."
            ),
        )
    )
    film = r"(?:hip|pelvi)\w*[^;]{0,30}(?:x-?ray|radiograph)"
    assert O.ordered(out, film), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert not O.proposes(out, "atrial fibrillation"), O.diagnoses_proposed(out)


def test_atrial_fibrillation_seen_now_stays_a_current_finding(reason: Reason) -> None:
    """Control: palpitations with fast AF on the ECG, the anticoagulant named too: the
    arrhythmia of this visit is still on the differential (ESC 2024 AF)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=66,
            sex="F",
            vitals=vitals(142, 132, 80, 18, 97),
            one_liner="66F with palpitations for 2 hours",
            ed_note=(
                "Palpitations for 2 hours. Takes apixaban for atrial fibrillation. "
                "ECG: atrial fibrillation with a rapid ventricular rate of 140."
            ),
        )
    )
    assert O.proposes(out, "atrial fibrillation"), O.diagnoses_proposed(out)

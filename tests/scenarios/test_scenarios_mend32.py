"""mend32 (issue 10): orders after a withheld NSAID; GCA's oral steroid fallback.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Adler Y et al. ESC 2015 pericardial diseases: aspirin or an NSAID plus colchicine
  (class I); when NSAIDs are contraindicated, low-dose corticosteroid (prednisone
  0.2-0.5 mg/kg/day) with colchicine (class IIa); colchicine is kept either way;
- Galioto NJ. Am Fam Physician 2017;95:501 (peritonsillar abscess): analgesia and a
  single dose of dexamethasone; WHO analgesic ladder (paracetamol when the NSAID is
  withheld);
- Mackie SL et al. BSR 2020 GCA guideline: visual symptoms -> IV methylprednisolone,
  or prednisolone 60 mg orally at once if IV is not immediately available (do not
  delay glucocorticoids).

Each scenario asserts safety properties and failed on main 0d7e922 before its fix.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

COLCHICINE = (r"colchicine",)
CORTICOSTEROID = (r"prednisone", r"prednisolone")
PARACETAMOL = (r"paracetamol", r"acetaminophen")
DEXAMETHASONE = (r"dexamethasone",)
ORAL_PREDNISOLONE_60 = (r"prednisolone 60 ?mg (?:PO|orally|oral)",)


def _pericarditis(reason: Reason, history: str, age: int, sex: str) -> ReasoningOutput:
    return reason(
        make_case(
            "CHEST PAIN",
            age=age,
            sex=sex,
            vitals=vitals(94, 130, 80, 18, 97, 37.7),
            ed_note=f"{age}-year-old with 2 days of sharp chest pain, worse lying "
            "flat and on deep inspiration, eased by sitting forward, after a cold. "
            f"{history} Pericardial friction rub. ECG: widespread concave ST "
            "elevation with PR depression. Troponin normal twice. Echo: small "
            "effusion, no tamponade. Impression: acute pericarditis.",
        )
    )


def test_pericarditis_in_severe_ckd_keeps_colchicine_and_gets_steroid(
    reason: Reason,
) -> None:
    """ESC 2015: the NSAID withheld with eGFR < 30 (KDIGO 2012) leaves colchicine
    (class I) and a low-dose corticosteroid in its place (class IIa)."""
    out = _pericarditis(reason, "Chronic kidney disease stage 4, eGFR 22.", 74, "M")
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *COLCHICINE)
    assert O.medication_ordered(out, *CORTICOSTEROID)


def test_pericarditis_on_warfarin_keeps_colchicine(reason: Reason) -> None:
    """ESC 2015: colchicine is first line beside the anti-inflammatory; an NSAID
    withheld for an anticoagulant (bleeding risk) must not take colchicine with it."""
    out = _pericarditis(
        reason, "On warfarin for atrial fibrillation, INR 2.5.", 58, "F"
    )
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *COLCHICINE)
    assert O.medication_ordered(out, *CORTICOSTEROID)


def test_pericarditis_after_melaena_gets_no_nsaid(reason: Reason) -> None:
    """ACG 2021 UGIB (Laine L et al.): overt GI bleeding of the last days rules out
    an NSAID; the pericarditis keeps colchicine (ESC 2015)."""
    out = _pericarditis(
        reason,
        "Melaena three days ago; gastroscopy showed a bleeding duodenal ulcer.",
        45,
        "M",
    )
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *COLCHICINE)


def _quinsy(reason: Reason, history: str) -> ReasoningOutput:
    return reason(
        make_case(
            "SORE THROAT",
            age=47,
            sex="M",
            vitals=vitals(100, 130, 80, 16, 98, 38.3),
            ed_note="47-year-old man with 5 days of worsening left sore throat, "
            "painful swallowing, trismus and a muffled voice. Uvula deviated to the "
            f"right, fluctuant left peritonsillar swelling. {history} Impression: "
            "left peritonsillar abscess.",
        )
    )


def test_quinsy_on_anticoagulant_keeps_paracetamol_and_steroid(reason: Reason) -> None:
    """Galioto 2017: the quinsy's pain and swelling are treated (analgesia, a single
    dexamethasone dose); an NSAID withheld on warfarin leaves the rest."""
    out = _quinsy(reason, "On warfarin for a mechanical mitral valve, INR 2.9.")
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *PARACETAMOL)
    assert O.medication_ordered(out, *DEXAMETHASONE)


def test_quinsy_with_nsaid_allergy_keeps_steroid(reason: Reason) -> None:
    """An NSAID allergy withholds ibuprofen only (AAAAI/ACAAI 2022): paracetamol and
    the single dexamethasone dose stay (Galioto 2017)."""
    out = _quinsy(reason, "Allergies: ibuprofen (bronchospasm).")
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *PARACETAMOL)
    assert O.medication_ordered(out, *DEXAMETHASONE)


def test_gca_with_visual_loss_has_oral_fallback(reason: Reason) -> None:
    """BSR 2020: IV methylprednisolone for visual symptoms, or prednisolone 60 mg
    orally at once if IV is not immediately available: the steroid is not delayed."""
    out = reason(
        make_case(
            "VISUAL DISTURBANCE",
            age=77,
            sex="F",
            vitals=vitals(82, 152, 84, 16, 97, 37.1),
            ed_note="77-year-old woman with 3 weeks of new right temporal headache, "
            "jaw claudication and scalp tenderness; today transient loss of vision "
            "in the right eye for 5 minutes. Tender, thickened right temporal artery. "
            "ESR 92, CRP 70. Impression: giant cell arteritis with visual symptoms.",
        )
    )
    assert O.medication_ordered(out, r"methylprednisolone")
    assert O.medication_ordered(out, *ORAL_PREDNISOLONE_60)

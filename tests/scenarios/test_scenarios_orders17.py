"""orders17 (issue 10): orders and decision rules that fit the picture already known.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data) and asserts a safety property across several wordings:

- ESC 2019 acute PE (Konstantinides SV et al. Eur Heart J 2020;41:543): clinical
  probability, then D-dimer, then CTPA; a test whose result is in the note is not
  re-ordered, and no D-dimer (a rule-out test) once a CTPA shows PE;
- Sepsis-3 (Singer M et al. JAMA 2016;315:801; Seymour CW et al. JAMA 2016;315:762)
  and SSC 2021 (Evans L et al. Crit Care Med 2021;49:e1063): qSOFA is a prognostic
  tool for patients with suspected infection, never a screen alone; its points
  explained by alcohol withdrawal, a poisoning or smoke are not evidence of sepsis;
  NEXUS (Hoffman JR et al. NEJM 2000) applies to blunt trauma only.

Every scenario failed on main before the change that made it pass, except the guards
named as such (they keep the gates from withholding a work-up or a rule that applies).
"""

from __future__ import annotations

import pytest

from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

D_DIMER = (r"d-?dimer",)
CTPA = (r"ct pulmonary angiogra", r"\bctpa\b", r"ct pe protocol", r"v/?q scan")

# --- A. tests re-ordered after their result is known (ESC 2019 PE) ---

PE_CONFIRMED = [
    make_case(
        "shortness of breath",
        age=54,
        sex="F",
        vitals=vitals(112, 118, 76, 24, 91),
        one_liner="54 y.o. woman with sudden pleuritic chest pain and dyspnoea 2 days"
        " after a long-haul flight",
        ed_note="Left calf swollen and tender. CTPA: filling defects in the right lower"
        " lobe segmental arteries consistent with acute pulmonary embolism. RV not"
        " dilated. Troponin normal.",
        case_id="o17-pe-ctpa",
    ),
    make_case(
        "chest pain",
        age=40,
        sex="M",
        vitals=vitals(104, 130, 80, 22, 94),
        one_liner="40 y.o. man with pleuritic chest pain and breathlessness after knee"
        " surgery",
        ed_note="CT pulmonary angiogram positive for bilateral pulmonary emboli.",
        case_id="o17-pe-ctpa-bilateral",
    ),
    make_case(
        "SOB",
        age=67,
        sex="F",
        vitals=vitals(118, 102, 64, 26, 90),
        one_liner="67 y.o. woman on chemotherapy for breast cancer, acutely short of"
        " breath since this morning",
        ed_note="D-dimer 3400 ng/mL. CT PE protocol shows a saddle embolus with"
        " extension into both main pulmonary arteries.",
        case_id="o17-pe-saddle",
    ),
]


@pytest.mark.parametrize("case", PE_CONFIRMED, ids=["ctpa", "bilateral", "saddle"])
def test_no_d_dimer_or_ctpa_after_a_positive_ctpa(reason: Reason, case: Case) -> None:
    """ESC 2019 PE: the D-dimer excludes PE in non-high probability and CTPA confirms
    it; once a CTPA shows PE, neither is ordered again (anticoagulation follows)."""
    out = reason(case)
    assert not O.ordered(out, *D_DIMER)
    assert not O.ordered(out, *CTPA)


def test_no_second_d_dimer_when_its_value_is_in_the_note(reason: Reason) -> None:
    """ESC 2019 PE: a D-dimer already measured this visit is read, not re-ordered."""
    out = reason(
        make_case(
            "shortness of breath",
            age=45,
            sex="M",
            vitals=vitals(106, 132, 82, 22, 95),
            one_liner="45 y.o. man with 1 day of pleuritic chest pain and"
            " breathlessness",
            ed_note="No leg swelling. D-dimer 1250 ng/mL FEU (elevated). Chest x-ray"
            " clear.",
            case_id="o17-ddimer-known",
        )
    )
    assert not O.ordered(out, *D_DIMER)


def test_suspected_pe_without_imaging_keeps_its_workup_guard(reason: Reason) -> None:
    """Guard (ESC 2019 PE): with no test resulted, suspected PE is still worked up
    (D-dimer or CTPA)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=52,
            sex="F",
            vitals=vitals(110, 124, 78, 24, 93),
            one_liner="52 y.o. woman with sudden dyspnoea and pleuritic chest pain 10"
            " days after hip replacement",
            ed_note="Right calf swollen. No imaging yet.",
            case_id="o17-pe-open",
        )
    )
    assert O.ordered(out, *D_DIMER, *CTPA)


# --- B. decision rules outside their meaning (Sepsis-3; SSC 2021; NEXUS) ---

NOT_INFECTION = [
    make_case(
        "tremor, confusion",
        age=48,
        sex="M",
        vitals=vitals(128, 158, 94, 24, 96, 38.2),
        one_liner="48 y.o. man with heavy daily alcohol use, last drink 3 days ago,"
        " now tremulous, agitated and confused, seeing insects",
        ed_note="Diaphoretic, coarse tremor, disoriented. CIWA-Ar 28. No cough, no"
        " dysuria, chest clear, no neck stiffness. Assessment: alcohol withdrawal"
        " delirium (delirium tremens).",
        case_id="o17-dts",
    ),
    make_case(
        "agitation",
        age=55,
        sex="M",
        vitals=vitals(132, 96, 60, 26, 95, 38.4),
        one_liner="55 y.o. man with delirium tremens, stopped drinking 72 hours ago",
        ed_note="Confused and hallucinating, profuse sweating. WBC 13.1.",
        case_id="o17-dts-short",
    ),
    make_case(
        "overdose",
        age=35,
        sex="F",
        vitals=vitals(50, 84, 44, 24, 95, 38.1),
        one_liner="35 y.o. woman with calcium channel blocker poisoning after taking"
        " 30 tablets of amlodipine",
        ed_note="Drowsy and confused. Glucose 14 mmol/L. WBC 12.8. Assessment:"
        " calcium-channel blocker poisoning.",
        case_id="o17-ccb",
    ),
    make_case(
        "smoke inhalation",
        age=30,
        sex="M",
        vitals=vitals(118, 98, 60, 26, 92, 38.3),
        one_liner="30 y.o. man rescued from a house fire, confused, soot in the"
        " nostrils",
        ed_note="Singed nasal hairs, carbonaceous sputum, chills. Carboxyhaemoglobin"
        " 18 %. Lactate 6.",
        case_id="o17-smoke",
    ),
]


@pytest.mark.parametrize(
    "case", NOT_INFECTION, ids=["dts-named", "dts-short", "ccb-poisoning", "smoke"]
)
def test_no_sepsis_ruled_in_by_qsofa_without_infection(
    reason: Reason, case: Case
) -> None:
    """Sepsis-3 (Seymour 2016): qSOFA applies to SUSPECTED INFECTION; SSC 2021 advises
    against qSOFA alone. Confusion, tachypnoea and hypotension explained by alcohol
    withdrawal, a poisoning or smoke are not evidence of sepsis: no qSOFA shown, no
    sepsis ruled in."""
    out = reason(case)
    assert "qsofa" not in O.rules_shown(out)
    assert not any(
        "sepsis" in e.diagnosis.lower() and e.status == "ruled_in"
        for e in out.final.ledger
    )


def test_nexus_not_shown_in_a_poisoning_without_trauma(reason: Reason) -> None:
    """NEXUS (Hoffman 2000) is validated in blunt trauma: not evidence in an overdose
    with no injury."""
    out = reason(
        make_case(
            "overdose",
            age=35,
            sex="F",
            vitals=vitals(48, 78, 40, 24, 95),
            one_liner="35 y.o. woman took 30 tablets of her amlodipine 2 hours ago",
            ed_note="Drowsy, GCS 13. ECG sinus bradycardia. Assessment: calcium"
            " channel blocker poisoning.",
            case_id="o17-ccb-nexus",
        )
    )
    assert "nexus" not in O.rules_shown(out)


def test_qsofa_kept_in_pneumonia_guard(reason: Reason) -> None:
    """Guard (Sepsis-3): with a documented infection source qSOFA applies and is
    shown."""
    out = reason(
        make_case(
            "cough, fever",
            age=72,
            sex="M",
            vitals=vitals(118, 94, 56, 28, 90, 38.9),
            one_liner="72 y.o. man with 3 days of productive cough and fever, now"
            " confused",
            ed_note="Crackles at the right base. Chest x-ray: right lower lobe"
            " consolidation. WBC 17.",
            case_id="o17-pneumonia-qsofa",
        )
    )
    assert "qsofa" in O.rules_shown(out)

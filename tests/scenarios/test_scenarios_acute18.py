"""acute18 (issue 10): paediatrics, trauma, toxicology, skin and MSK read right.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- Singer M et al. Sepsis-3 (JAMA 2016;315:801) and Evans L et al. Surviving Sepsis
  Campaign 2021: sepsis is organ dysfunction caused by infection;
- Wolf SJ et al. ACEP clinical policy: carbon monoxide poisoning (Ann Emerg Med
  2017;69:98); American Burn Association burn-centre referral criteria 2022; ATLS 10th
  ed. ch. 9 (thermal injury);
- FitzGerald JD et al. ACR 2020 gout guideline; ACS TQIP massive transfusion
  guideline 2014;
- Creamer D et al. UK SJS/TEN guidelines 2016 (Br J Dermatol 2016;174:1194) and
  ICD-10-CM FY2024 (L51.1 SJS, L51.2 TEN).

Each scenario asserts a safety property and failed on main before the change that
makes it pass (see the commit messages).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIBIOTIC = ("antibiotic", "ceftriaxone", "piperacillin", "meropenem", "vancomycin")


def test_enclosed_space_fire_is_poisoning_not_sepsis(reason: Reason) -> None:
    """Sepsis-3 / SSC 2021: confusion and a high lactate after a closed-space fire are
    CO and cyanide poisoning (ACEP 2017); with no sign of infection, no empirical
    antibiotics, and no major skin burn is asserted when the skin is not burnt."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=63,
            sex="F",
            vitals=vitals(126, 98, 58, 26, 96),
            ed_note="63F found by fire crew in smoke-filled bedroom, house fire. "
            "Drowsy, GCS 13, c/o headache and nausea. Carbonaceous sputum, singed "
            "eyebrows. Skin intact, no burns seen. Carboxyhaemoglobin 24%, lactate "
            "10.4 mmol/L.",
            case_id="a18-fire",
        )
    )
    assert O.ordered(out, r"oxygen")
    assert not O.medication_ordered(out, *ANTIBIOTIC)
    assert out.final.icd10 is None or not out.final.icd10.startswith("T31")
    assert not any(
        e.diagnosis.startswith("Burns involving") and e.status == "ruled_in"
        for e in out.final.summary.top_diagnoses
    )


def test_podagra_mtp_is_not_a_massive_transfusion(reason: Reason) -> None:
    """ACR 2020: a crystal-proven gout flare in a well patient is treated and sent home;
    "MTP" here is the metatarsophalangeal joint, not the massive transfusion protocol
    (ACS TQIP 2014), so no ICU admission follows from it."""
    out = reason(
        make_case(
            "toe pain",
            age=61,
            sex="M",
            vitals=vitals(80, 138, 84, 14, 98, t=37.2),
            ed_note="61M known gout, on allopurinol. Woke with exquisitely painful red "
            "swollen L 1st MTP. Well, afebrile. Joint aspirate: monosodium urate "
            "crystals, no organisms on Gram stain.",
            case_id="a18-podagra",
        )
    )
    dispo = O.disposition(out)
    assert dispo.admit_level != "icu"
    assert "transfusion" not in dispo.rationale.lower()


def test_ten_is_coded_as_ten_not_sjs(reason: Reason) -> None:
    """Creamer 2016 / ICD-10-CM: toxic epidermal necrolysis is L51.2; SJS (L51.1) is
    the < 10 % BSA end of the spectrum. The culprit drug is stopped."""
    out = reason(
        make_case(
            "skin peeling",
            age=38,
            sex="M",
            vitals=vitals(118, 108, 66, 22, 96, t=38.9),
            ed_note="38M on lamotrigine started 2/52 ago for epilepsy. Fever then "
            "painful dusky rash, now sheets of skin sloughing off trunk and back, "
            "Nikolsky sign +ve, oral erosions. Derm review: toxic epidermal "
            "necrolysis, approx 35% BSA.",
            case_id="a18-ten",
        )
    )
    assert out.final.icd10 == "L51.2"
    assert O.ordered(out, r"stop (?:the )?culprit|stop lamotrigine|withdraw")

"""Reading text once and correctly: whose mention, immunocompromise, complaint site.

text16 (issue 10). Each scenario names its guideline; each failed on main before
text16's change unless marked a positive control. Sources: AAPCC iron ingestion
guideline (Manoguerra AS et al. Clin Toxicol 2005;43:553); AAP 2021 febrile infant
guideline (Pantell RH et al. Pediatrics 2021;148:e2021052228: a fever reported by the
caregiver counts); ConText (Harkema H et al. J Biomed Inform 2009) for the experiencer;
ATS/IDSA 2019 CAP (Metlay JP et al.) and the consensus definition of the
immunocompromised host (Ramirez JA et al. Chest 2020;158:1896); CEDIS v2 presenting
complaints (abdominal pain by quadrant, not flank pain).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_a_toddlers_ingestion_of_her_mothers_iron_tablets_is_hers(
    reason: Reason,
) -> None:
    """AAPCC 2005: iron ingestion -> serum iron and an abdominal X-ray."""
    out = reason(
        make_case(
            "INGESTION",
            age=2,
            sex="F",
            vitals=vitals(130, 95, 60, 26, 99),
            one_liner="2-year-old ate her mother's ferrous sulfate tablets",
            ed_note="HPI: 2-year-old girl found 1 h ago with her mother's ferrous"
            " sulfate tablets, about 10 missing. Vomited twice. Abdomen soft.",
        )
    )
    assert O.ordered(out, "serum iron")


def test_a_fever_reported_by_the_mother_is_the_infants_fever(reason: Reason) -> None:
    """AAP 2021: a 3-week-old with a caregiver-reported fever needs the work-up."""
    out = reason(
        make_case(
            "FUSSY",
            age=0,
            sex="M",
            vitals=vitals(160, 80, 50, 40, 99, t=37.3),
            one_liner="3-week-old brought in by mother",
            ed_note="HPI: 3-week-old boy. Mother states he had a fever this morning"
            " and felt hot. Feeding well.",
            demographics={"age_days": 21},
        )
    )
    assert O.ordered(out, "lumbar puncture", " lp", "csf")
    assert O.ordered(out, "blood culture")


def _pneumonia(history: str) -> O.ReasoningOutput:
    return make_case(
        "COUGH",
        age=40,
        sex="M",
        vitals=vitals(96, 128, 78, 20, 95, t=38.3),
        one_liner=f"40-year-old with {history}, 3 days of cough and fever",
        ed_note=f"HPI: 40M, {history}, 3 days of productive cough and fever. Alert,"
        " oriented. Right basal crackles. CXR: right lower lobe consolidation."
        " BUN 12.",
    )


def test_hiv_with_a_normal_cd4_count_is_not_an_immunocompromised_host(
    reason: Reason,
) -> None:
    """ATS/IDSA 2019, Ramirez 2020: HIV counts with a CD4 < 200, not at 650."""
    out = reason(_pneumonia("HIV on ART, CD4 650, undetectable viral load"))
    assert not any("immunocompromised host" in r for r in O.rules_shown(out))


def test_a_transplant_recipient_with_pneumonia_is_an_immunocompromised_host(
    reason: Reason,
) -> None:
    """Positive control: a kidney transplant recipient on tacrolimus (Ramirez 2020)."""
    out = reason(_pneumonia("kidney transplant recipient on tacrolimus"))
    assert any("immunocompromised host" in r for r in O.rules_shown(out))


def test_a_transplant_candidate_is_not_an_immunocompromised_host(
    reason: Reason,
) -> None:
    """Ramirez 2020: a recipient is; a patient awaiting a transplant is not."""
    out = reason(_pneumonia("alcoholic cirrhosis, awaiting liver transplant"))
    assert not any("immunocompromised host" in r for r in O.rules_shown(out))


def test_right_upper_quadrant_pain_is_an_abdominal_complaint(reason: Reason) -> None:
    """CEDIS: RUQ pain is abdominal pain; biliary disease on the list, not colic."""
    out = reason(
        make_case(
            "right upper quadrant pain",
            age=45,
            sex="F",
            vitals=vitals(92, 132, 80, 16, 98, t=37.9),
        )
    )
    assert O.proposes(out, "cholecyst", "cholangitis", "biliary")

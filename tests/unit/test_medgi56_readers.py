"""medgi56 (issue 10): the readers behind session 56's fixes.

A glucocorticoid course of 4 weeks or more (Simpson H et al. Clin Med 2020;20:371), a
prostate examined tender in a list of its signs (EAU 2024 urological infections 3.8), a
rash that stops at the midline and Fothergill's sign (Cohen JI. NEJM 2013;
Hatjipetrou A et al. Int J Surg 2015), an earlier haemoglobin written "(was 128)"
(Schulman S, Kearon C. ISTH 2005), tablets counted after them and an intent told in
a fragment after the overdose (NICE NG225 2022).
"""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings, sign_findings
from agents.offline.rules.results import result_findings


def _signs(text: str) -> set[str]:
    return {f.concept for f in sign_findings(text) if f.status == "present"}


def _found(text: str) -> set[str]:
    return {
        f.concept
        for f in extract_findings(text, load_knowledge())
        if f.status == "present"
    }


def test_a_prednisolone_course_of_years_is_long_term_glucocorticoid_use() -> None:
    assert "glucocorticoid_use" in _signs("Prednisolone 10 mg daily for 4 years.")
    assert "glucocorticoid_use" in _signs("prednisolone 7.5 mg for 3 years")
    assert "glucocorticoid_use" in _signs("dexamethasone for the last 3 months")
    assert "glucocorticoid_use" in _signs("prednisone 5 mg daily for six weeks")


def test_a_short_course_or_an_inhaled_steroid_is_no_long_term_use_guard() -> None:
    assert "glucocorticoid_use" not in _signs("prednisolone 40 mg for 5 days")
    assert "glucocorticoid_use" not in _signs("Prednisolone 30 mg daily for 3 weeks")
    assert "glucocorticoid_use" not in _signs("inhaled steroids for 10 years")


def test_a_prostate_tender_in_a_list_of_signs_is_prostate_tenderness() -> None:
    assert "prostate_tenderness" in _signs(
        "DRE: exquisitely tender, boggy, warm prostate."
    )
    assert "prostate_tenderness" in _signs("Prostate: hot, swollen and tender.")


def test_a_non_tender_prostate_is_no_tenderness_guard() -> None:
    assert "prostate_tenderness" not in _signs(
        "DRE: smooth, enlarged non-tender prostate"
    )
    assert "prostate_tenderness" not in _signs("prostate not tender")
    assert "prostate_tenderness" not in _signs("enlarged smooth prostate")


def test_a_rash_stopping_at_the_midline_is_zoster_a_mass_is_not() -> None:
    assert "zoster_rash" in _signs(
        "vesicles on the left chest that stop at the midline"
    )
    mass = "Tender mass in the abdominal wall, does not cross the midline."
    assert "zoster_rash" not in _found(mass)


def test_fothergills_sign_is_an_abdominal_wall_haematoma() -> None:
    assert "soft_tissue_haematoma" in _found("Fothergill's sign positive.")


def test_an_earlier_haemoglobin_written_was_is_a_fall() -> None:
    found = {f.concept for f in result_findings("Hb 101 (was 128).")}
    assert "hemoglobin_fall" in found


def test_tablets_counted_after_them_are_an_overdose() -> None:
    assert "overdose" in _signs("took her father's gout tablets, about 40 of them")
    assert "overdose" in _signs("Colchicine 500 microgram tablets, approximately 40.")


def test_a_strength_after_the_tablets_is_no_count_guard() -> None:
    assert "overdose" not in _signs("takes her BP tablets, about 40 mg a day")


def test_an_intent_fragment_after_the_overdose_is_self_harm() -> None:
    text = (
        "Colchicine 500 microgram tablets, approximately 40. Intentional after a row."
    )
    assert "suicidal_ideation" in _found(text)


def test_an_intent_word_opening_its_own_matter_is_no_self_harm_guard() -> None:
    text = "Took 30 paracetamol tablets. Intentional weight loss of 5 kg."
    assert "suicidal_ideation" not in _found(text)

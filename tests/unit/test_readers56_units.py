"""readers56: the CSF panel reader, the own baby's birth, a regular rate in words.

Sources: Marais S et al. Lancet Infect Dis 2010;10:803 (lymphocytic > 50 %, protein
> 1 g/L, CSF:plasma glucose < 0.5 or CSF glucose < 2.2 mmol/L); Tunkel AR et al. IDSA
2004; McGill F et al. J Infect 2016;72:405; Perfect JR et al. IDSA 2010 and WHO 2022
(opening pressure >= 25 cm H2O); Harkema H et al. ConText 2009 (historical,
hypothetical); NICE NG133 1.7; ACOG CO 736 (the puerperium); ESC 2019 SVT.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.csf_panel import csf_panel, csf_panel_findings
from agents.offline.rules.findings import extract_findings
from agents.offline.rules.results import result_findings


def _concepts(text: str) -> set[str]:
    return {f.concept for f in csf_panel_findings(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CSF: WCC 350 (lymphocytes 80 %), protein 2.1 g/L, glucose 1.2 (serum 6).",
            {"csf_lymphocytic", "csf_protein_high", "csf_glucose_low"},
        ),
        (
            "LP: CSF WBC 240/uL, 85% lymphs, protein 190 mg/dL, glucose 30 mg/dL "
            "(serum glucose 110 mg/dL). AFB smear negative.",
            {"csf_lymphocytic", "csf_protein_high", "csf_glucose_low"},
        ),
        (
            "LP: opening pressure 28 cm, CSF white cells 220 (lymphocytes 85%), "
            "protein 2.1 g/L, CSF glucose 1.5 mmol/L (plasma 6.8)",
            {
                "csf_lymphocytic",
                "csf_protein_high",
                "csf_glucose_low",
                "csf_opening_pressure_high",
            },
        ),
        (
            "CSF turbid: WBC 2,800/mm3 (92% neutrophils), protein 380 mg/dL, glucose "
            "18 mg/dL (serum 126 mg/dL).",
            {"csf_neutrophilic", "csf_protein_high", "csf_glucose_low"},
        ),
        (
            "CSF: WCC 85 x10^6/L, 95% lymphocytes, protein 0.6 g/L, glucose 3.4 mmol/L "
            "(blood 5.8).",
            {"csf_lymphocytic"},
        ),
        (
            "LP at 13:00: opening pressure 17 cm H2O, CSF WCC 1, RBC 3, protein 0.32 "
            "g/L, glucose 3.5 (serum 5.2), no xanthochromia.",
            {"csf_glucose_normal"},
        ),
        (
            "CSF: WCC 12, polymorphs 10%, lymphocytes 90%, CSF/serum glucose ratio "
            "0.31",
            {"csf_lymphocytic", "csf_glucose_low"},
        ),
        (
            "CSF opening pressure 320 mm H2O, normal constituents.",
            {"csf_opening_pressure_high"},
        ),
    ],
)
def test_csf_panel_values_by_their_cut_offs(text: str, expected: set[str]) -> None:
    assert _concepts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If the CSF shows lymphocytes 80 %, protein 2 g/L, consider TB.",
        "CSF last year: WCC 300 (lymphocytes 90%), protein 2.1 g/L.",
        "An LP in 2019 showed WCC 300, protein 2.1 g/L. Today headache.",
        "No LP done. Protein 2.1 g/L in the urine.",
        "Plan: LP. Serum glucose 6.",
    ],
)
def test_no_panel_of_this_visit(text: str) -> None:
    assert not _concepts(text)


def test_the_ratio_is_computed_in_one_unit_and_a_bare_protein_by_its_size() -> None:
    p = csf_panel("CSF: WBC 400, protein 150, glucose 20 (serum 100).")
    assert p is not None
    assert p.protein_g_l == pytest.approx(1.5)
    assert p.glucose_ratio == pytest.approx(0.2)
    assert p.glucose_mmol_l == pytest.approx(20 / 18)


def test_wcc_is_read_as_the_csf_white_cell_count() -> None:
    high = {f.concept for f in result_findings("CSF: WCC 350, protein 2.1 g/L.")}
    normal = {f.concept for f in result_findings("CSF: WCC 1, protein 0.3 g/L.")}
    assert "csf_pleocytosis" in high
    assert "csf_wbc_normal" in normal and "csf_pleocytosis" not in normal


def test_a_blood_wcc_beside_no_csf_is_no_csf_count() -> None:
    found = {f.concept for f in result_findings("Bloods: WCC 14.2, CRP 80.")}
    assert not any(c.startswith("csf_") for c in found)


def _postpartum(text: str, *, newborn_other: bool) -> set[str]:
    found = extract_findings(text, load_knowledge(), newborn_other=newborn_other)
    return {
        f.concept
        for f in found
        if f.concept.startswith("postpartum") and f.status == "present"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Baby born 8 days ago, normal delivery. Headache since yesterday.",
        "Her baby was born last week. Headache.",
        "Her daughter was born 3/52 ago.",
        "Baby born eight days ago by caesarean.",
        "Gave birth last week, headache.",
    ],
)
def test_the_own_babys_birth_is_the_puerperium(text: str) -> None:
    assert "postpartum_after_first_day" in _postpartum(text, newborn_other=True)


@pytest.mark.parametrize(
    "text",
    [
        "Her son was born 7 months ago.",
        "If the baby is born today we will call.",
    ],
)
def test_no_puerperium_long_after_or_before_a_birth(text: str) -> None:
    assert not _postpartum(text, newborn_other=True)


def test_a_newborns_own_birth_is_no_puerperium() -> None:
    assert not _postpartum(
        "Baby born 8 days ago at term, feeding less.", newborn_other=False
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Heart rate one hundred and seventy, regular. No chest pain.", True),
        ("Pulse two hundred and ten regular", True),
        ("Heart rate one hundred and ten, regular.", False),
        ("HR one hundred and eighty, irregular", False),
    ],
)
def test_a_regular_rate_in_words(text: str, read: bool) -> None:
    found = {f.concept for f in extract_findings(text, load_knowledge())}
    assert ("regular_tachycardia" in found) is read


def test_an_overdose_after_a_row_told_across_the_visits_texts() -> None:
    from agents.offline.rules.facts import visit_self_harm

    texts = [
        "OVERDOSE",
        "22F took tablets after an argument with her boyfriend",
        "Took about thirty paracetamol tablets 3 hours ago.",
    ]
    assert [f.concept for f in visit_self_harm(texts)] == ["suicidal_ideation"]


@pytest.mark.parametrize(
    "texts",
    [
        [
            "HEADACHE",
            "Headache after an argument at work, took two paracetamol",
            "Denies taking an overdose.",
        ],
        ["FALL", "Fell after an argument with her son", "Takes 20 amlodipine tablets."],
    ],
)
def test_no_self_harm_without_an_asserted_amount_or_ingestion(
    texts: list[str],
) -> None:
    from agents.offline.rules.facts import visit_self_harm

    assert not visit_self_harm(texts)


@pytest.mark.parametrize(
    ("text", "mg_dl"),
    [
        ("Ca 3.6, creatinine 160.", 3.6 * 4.008),
        ("adj Ca 3.1", 3.1 * 4.008),
        ("corr Ca 2.9", 2.9 * 4.008),
        ("Ca: 14.2 mg/dL", 14.2),
        ("Calcium 2.4", 2.4 * 4.008),
    ],
)
def test_a_calcium_written_ca(text: str, mg_dl: float) -> None:
    from agents.offline.rules.results import read_results

    found = [r.value for r in read_results(text) if r.analyte == "calcium"]
    assert found == [pytest.approx(mg_dl)]


@pytest.mark.parametrize(
    "text",
    [
        "Ca 125 raised",
        "CA 19-9 of 300",
        "Ca 15-3 raised",
        "Ca breast 2019",
        "ionised calcium 1.18",
        "Ionized calcium 1.05 mmol/L",
        "Ca2+ 1.12 on the gas",
    ],
)
def test_no_total_calcium_from_a_marker_or_an_ionised_value(text: str) -> None:
    from agents.offline.rules.results import read_results

    assert not [r for r in read_results(text) if r.analyte == "calcium"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Delivered last week by caesarean section.", 7.0),
        ("Baby born 8 days ago.", 8.0),
        ("Gave birth 5 weeks ago.", 35.0),
        ("A few days after her caesarean.", 3.0),
        ("3/52 postpartum.", 21.0),
        ("Her son was born 7 months ago.", None),
        ("No pregnancy.", None),
    ],
)
def test_days_since_the_birth(text: str, days: float | None) -> None:
    from agents.offline.rules.findings import birth_days_ago

    assert birth_days_ago([text]) == days


@pytest.mark.parametrize(
    "text",
    [
        "CSF analysis showed 350 WBC with lymphocytic predominance, elevated protein "
        "(2.1 g/L) and low glucose (1.2 mmol/L, serum 6.0).",
        "CSF: cells 350/mm3, 80% lymphocytes; protein 210 mg/dL; glucose 25 mg/dL "
        "(serum 120).",
        "CSF WCC 200 x10^6/L (90% mononuclear), protein 1.2 g/L, glucose 2.0 mmol/L, "
        "paired plasma glucose 6.5 mmol/L.",
    ],
)
def test_a_tuberculous_pattern_in_running_words(text: str) -> None:
    assert _concepts(text) == {"csf_lymphocytic", "csf_protein_high", "csf_glucose_low"}

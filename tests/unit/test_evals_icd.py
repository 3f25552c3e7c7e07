"""ICD-10 exact / 3-char / CCSR match, CCSR layouts, cross-stage, code validity."""

from __future__ import annotations

import pytest

from evals.erreason.icd import (
    CCSRFormatError,
    cross_stage,
    diagnosis_metrics,
    gold_bucket,
    is_valid_icd,
    load_ccsr,
)

LONG = (
    (
        "ICD-10-CM Code,ICD-10-CM Code Description,CCSR Category,"
        "CCSR Category Description,Inpatient Default CCSR (Y/N/X),"
        "Outpatient Default CCSR (Y/N/X)\n"
    )
    + """J189,Pneumonia unspecified,RSP002,Pneumonia,Y,Y
J181,Lobar pneumonia,RSP002,Pneumonia,Y,Y
I214,NSTEMI,CIR009,AMI,Y,Y
I219,AMI unspecified,CIR009,AMI,Y,Y
R079,Chest pain,SYM012,Chest pain,Y,Y
E119,T2DM,END003,Diabetes,Y,Y
K5720,Diverticulitis,DIG021,Diverticulitis,Y,Y
K5720,Diverticulitis,INF003,Bacterial infection,N,N
"""
)


@pytest.fixture()
def ccsr(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(LONG)
    return load_ccsr(path)


def test_diagnosis_metrics_by_hand(ccsr):
    preds = ["J189", "J181", "I214", None, "J18"]
    golds = [("J18.9", "E11.9"), ("J18.9",), ("I21.9",), ("R07.9",), ("J18.9",)]
    m = diagnosis_metrics(preds, golds, ccsr)
    assert (m["exact"]["hits"], m["exact"]["n"]) == (1, 5)
    assert m["category3"]["hits"] == 4
    # CCSR: J189∩{Pneumonia,Diabetes}, J181~J189, I214~I219; None and J18 (unmapped) 0
    assert m["ccsr"]["hits"] == 3
    assert m["coverage"] == pytest.approx(4 / 5)


def test_ccsr_flags_last_row_wins_vs_any_y(ccsr):
    assert ccsr.default_flag("K57.20", "inpatient", "paper") is False
    assert ccsr.default_flag("K57.20", "inpatient", "corrected") is True
    assert ccsr.cats("K5720") == {"Diverticulitis", "Bacterial infection"}


def test_cross_stage_paper_vs_corrected(ccsr):
    ga = ["Emergent", "Urgent", "Urgent", "Less Urgent", None, "Urgent"]
    gd = [
        "Admit",
        "Discharge",
        "Transfer to Another Facility",
        "Admit",
        "Admit",
        "Observation",
    ]
    pd_ = ["Admit", "Discharge", "Admit", "Admit", "Admit", "OR Admit"]
    icd = ["K5720", "R079", "J189", "J189", "J189", "I214"]
    paper = cross_stage(ga, gd, pd_, icd, ccsr, "paper")
    corr = cross_stage(ga, gd, pd_, icd, ccsr, "corrected")
    assert (paper["high"]["hits"], paper["high"]["n"]) == (1, 2)
    assert (corr["high"]["hits"], corr["high"]["n"]) == (2, 2)
    assert (paper["low"]["hits"], paper["low"]["n"]) == (1, 2)
    assert paper["n_excluded"] == 2
    assert (
        corr["overall"]["ci_low"] < corr["overall"]["rate"] < corr["overall"]["ci_high"]
    )


def test_gold_bucket_rules():
    assert gold_bucket("Immediate", "Discharge") == "high"
    assert gold_bucket("Non-Urgent", "Admit") == "low"
    assert gold_bucket("Urgent", "OR Admit") == "high"
    assert gold_bucket("Urgent", "AMA") is None
    assert gold_bucket(None, "Admit") is None


def test_wide_layout_is_reshaped(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(
        "'ICD-10-CM CODE','ICD-10-CM CODE DESCRIPTION','Default CCSR CATEGORY IP',"
        "'Default CCSR CATEGORY DESCRIPTION IP','Default CCSR CATEGORY OP',"
        "'Default CCSR CATEGORY DESCRIPTION OP','CCSR CATEGORY 1',"
        "'CCSR CATEGORY 1 DESCRIPTION','CCSR CATEGORY 2',"
        "'CCSR CATEGORY 2 DESCRIPTION'\n"
        "'K5720','Diverticulitis','DIG021','Diverticulitis','INF003','Bact',"
        "'DIG021','Diverticulitis','INF003','Bacterial infection'\n"
    )
    m = load_ccsr(path)
    assert m.cats("K57.20") == {"Diverticulitis", "Bacterial infection"}
    assert m.default_flag("K5720", "inpatient", "corrected") is True
    assert m.ip_flags["K5720"] == ["Y", "N"]
    assert m.op_flags["K5720"] == ["N", "Y"]


def test_bad_ccsr_header_names_file(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(CCSRFormatError, match=r"bad\.csv"):
        load_ccsr(path)


def test_bundled_ccsr_loads_with_multi_category_codes():
    m = load_ccsr()
    assert "Pneumonia (except that caused by tuberculosis)" in m.cats("J18.9")
    multi = [
        c for c, f in m.ip_flags.items() if len(f) > 1 and f[-1] != "Y" and "Y" in f
    ]
    assert len(multi) > 100  # last-row-wins differs from any-Y on real data


def test_code_validity():
    assert is_valid_icd("J18.9") and is_valid_icd("j189") and is_valid_icd("J18")
    assert (
        not is_valid_icd("J18.99")
        and not is_valid_icd("Q99.999")
        and not is_valid_icd(None)
    )

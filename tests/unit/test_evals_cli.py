"""CLI: a real run on the bundled demo (--limit 5), report rebuild, bad input."""

from __future__ import annotations

import json
from functools import partial

from evals.erreason import summary
from evals.erreason.__main__ import build_parser, main
from evals.erreason.sct_metrics import sct_metrics


def test_help_explains_subcommands():
    text = build_parser().format_help()
    for word in ("run", "report", "compare", "paper", "corrected"):
        assert word in text


def test_cli_demo_run_limit_5_then_report_and_resume(tmp_path, capsys, monkeypatch):
    # 50 SCT bootstrap resamples instead of 1,000: this test is about the CLI
    # (run, resume, report, compare), and each report build repeated the 1,000
    # sklearn/scipy resamples (~3/4 of its time). The intervals have their own tests.
    monkeypatch.setattr(summary, "sct_metrics", partial(sct_metrics, n_boot=50))
    out = tmp_path / "run"
    argv = [
        "--limit",
        "5",
        "--out",
        str(out),
        "--quiet",
        "--no-retrieval",
        "--no-plots",
    ]
    argv += ["--cache-dir", str(tmp_path / "cache")]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "acuity accuracy" in printed and "report:" in printed
    lines = (out / "cases.jsonl").read_text().splitlines()
    assert len(lines) == 5
    rec = json.loads(lines[0])
    assert {"trace", "scores", "gold", "per_stage"} <= set(rec)
    assert set(rec["scores"]) == {"paper", "corrected"}
    header = json.loads((out / "run.json").read_text())
    assert header["dataset"] == "demo" and len(header["dataset_sha256"]) == 64
    assert "api_key" not in json.dumps(header["settings"]).replace("api_key_set", "")
    # rerun with the same --out: nothing new is run, nothing duplicated
    assert main(argv) == 0
    assert "0 cases run (5 already done" in capsys.readouterr().out
    assert len((out / "cases.jsonl").read_text().splitlines()) == 5
    assert main(["report", str(out), "--no-plots"]) == 0
    assert (out / "report.json").exists() and (out / "report.md").exists()
    capsys.readouterr()
    assert main(["compare", str(out), str(out)]) == 0
    table = capsys.readouterr().out
    assert "paired on 5 shared case ids" in table and "corrected/triage" in table
    assert main(["compare", str(out), str(out), "--json"]) == 0
    cmp_ = json.loads(capsys.readouterr().out)
    assert cmp_["n_shared"] == 5
    assert all(r["diff"] == 0 for r in cmp_["results"].values())


def test_bad_input_exits_2_with_a_message(tmp_path, capsys):
    assert main(["--dataset", "er_reason", "--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "main CSV not found" in err
    bad = tmp_path / "ccsr.csv"
    bad.write_text("x,y\n1,2\n")
    argv = ["--limit", "1", "--ccsr", str(bad), "--out", str(tmp_path / "r")]
    assert main(argv) == 2
    assert "ccsr.csv" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "nope")]) == 2
    assert main(["--stages", "triage,foo"]) == 2


def test_cli_triage_scale_grades_every_case_in_the_sites_scale(tmp_path, capsys):
    # a KTAS/CTAS site runs the harness on its own data: acuity in its scale, ESI
    # still in the trace
    out = tmp_path / "run"
    argv = ["--limit", "2", "--stages", "triage", "--triage-scale", "CTAS"]
    argv += ["--out", str(out), "--quiet", "--no-retrieval", "--no-plots"]
    assert main([*argv, "--cache-dir", str(tmp_path / "cache")]) == 0
    capsys.readouterr()
    assert json.loads((out / "run.json").read_text())["triage_scale"] == "CTAS"
    for line in (out / "cases.jsonl").read_text().splitlines():
        triage = next(r for r in json.loads(line)["trace"] if r["stage"] == "triage")
        assert triage["output"]["scale"] == "CTAS"
        assert triage["output"]["site_level"] in range(1, 6)
        assert triage["output"]["esi"] in range(1, 6)

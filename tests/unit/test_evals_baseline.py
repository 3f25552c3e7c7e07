"""The v3 single-prompt baselines: inputs, answer parsing, step-back cache, CLI."""

from __future__ import annotations

import pytest

from cases.demo import DEMO_DIR
from cases.erreason import load_erreason
from evals.erreason.__main__ import main
from evals.erreason.baseline import BaselineSolver, task_prompt
from evals.erreason.parsing import parse_acuity
from tests.fakes import scripted

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def demo():
    return load_erreason(DEMO_DIR, csv_name="er_reason_demo.csv").cases


def test_acuity_prompt_has_the_v3_inputs_and_no_note_text(demo):
    lc = next(lc for lc in demo if lc.case.ed_note and lc.case.demographics.race)
    text = task_prompt("triage", lc.case, None)
    assert f"Age: {lc.case.demographics.age}" in text
    assert f"Race: {lc.case.demographics.race}" in text
    assert lc.case.chief_complaint in text and "Vital signs:" in text
    assert "Medical Decision" not in text and "<ed_note>" not in text


def test_disposition_prompt_shows_the_dx_name_and_the_note_cut_before_disposition(
    demo,
):
    lc = next(lc for lc in demo if "Final Disposition" in (lc.case.ed_note or ""))
    text = task_prompt("disposition", lc.case, "Community acquired pneumonia")
    assert "Primary ED diagnosis: Community acquired pneumonia" in text
    assert "Final Disposition and ED Course" not in text
    assert "Expired" not in text and "OR Admit" in text


def test_diagnosis_prompt_asks_for_code_and_name_with_the_discharge_summary(demo):
    lc = next(
        lc
        for lc in demo
        if any(n.note_type == "discharge_summary" for n in lc.case.prior_notes)
    )
    text = task_prompt("diagnosis", lc.case, "gold name must not appear")
    assert "<past_medical_history>" in text and "None available" not in text
    assert "[ICD-10 CODE] [DIAGNOSIS NAME]" in text
    assert "gold name must not appear" not in text


async def test_solver_answers_become_typed_records_scored_like_the_paper(
    demo, tmp_path
):
    lc = demo[0]
    model = scripted(
        "Less Urgent", "Reasoning...\nAdmit", "J18.9 Pneumonia, unspecified"
    )
    solver = BaselineSolver(model=model, model_id="fake", principles_dir=tmp_path)
    out = await solver.run(lc.case)
    triage, dispo, dx = out.trace
    assert triage.output.acuity == "Less Urgent"
    assert parse_acuity(triage.output.acuity, "paper") == "Urgent"  # official bug
    assert dispo.output.disposition == "Admit"
    assert (dx.output.icd10, dx.output.name) == ("J18.9", "Pneumonia, unspecified")
    assert all(r.backend == "llm" and r.model_id == "fake" for r in out.trace)


async def test_an_answer_off_the_option_list_is_an_abstention(demo, tmp_path):
    solver = BaselineSolver(
        model=scripted("I am not sure."),
        model_id="fake",
        principles_dir=tmp_path,
        tasks=("triage",),
    )
    (rec,) = (await solver.run(demo[0].case)).trace
    assert rec.status == "abstained" and rec.output is None
    assert rec.error == "answer not in the option list"


async def test_step_back_principles_are_generated_once_and_cached_on_disk(
    demo, tmp_path
):
    model = scripted("PRINCIPLES-X", "Urgent", "Emergent")
    solver = BaselineSolver(
        model=model,
        model_id="fake",
        condition="step_back",
        principles_dir=tmp_path,
        tasks=("triage",),
    )
    await solver.run(demo[0].case)
    await solver.run(demo[1].case)
    assert len(model.calls) == 3  # one principles call, then one per case
    assert "PRINCIPLES-X" in model.calls[2][-1].content
    again = BaselineSolver(
        model=scripted("Urgent"),
        model_id="fake",
        condition="step_back",
        principles_dir=tmp_path,
        tasks=("triage",),
    )
    assert (await again.principles("triage"))[0] == "PRINCIPLES-X"


def test_cli_refuses_a_baseline_without_a_model(capsys, tmp_path):
    code = main(
        [
            "run",
            "--solver",
            "baseline",
            "--backend",
            "rules",
            "--out",
            str(tmp_path / "r"),
            "--quiet",
            "--limit",
            "1",
        ]
    )
    assert code == 2
    assert "--solver baseline needs a chat model" in capsys.readouterr().err


async def test_a_model_timeout_is_an_endpoint_failure_not_an_answer(demo, tmp_path):
    import httpx
    import openai

    from agents.llm import ModelTimeoutError

    timeout = openai.APITimeoutError(request=httpx.Request("POST", "http://x/v1"))
    solver = BaselineSolver(
        model=scripted(timeout), model_id="fake", principles_dir=tmp_path
    )
    with pytest.raises(ModelTimeoutError):
        await solver.run(demo[0].case)

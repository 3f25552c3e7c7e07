"""Rendered LLM prompts are pinned by snapshots; any change is a reviewed diff."""

from __future__ import annotations

import pytest

from agents.llm.output import LLM_OUTPUTS, OfferedDisposition
from agents.llm.prompts import PROMPT_VERSION, STAGE_PROMPTS
from agents.llm.prompts.common import escape, notes_block
from cases.labels import OFFERED_DISPOSITIONS, STAGE_ORDER
from tests.fakes import RULE, offline, stage_input

ED_TEXT = "HPI: chest pain for 1 hour, diaphoretic.\nExam: pale."


@pytest.mark.parametrize("stage", STAGE_ORDER)
def test_rendered_prompt_snapshot(stage, snapshot):
    inp = stage_input(stage, ED_TEXT if stage != "triage" else None)
    if stage != "triage":
        previous = {"triage": offline("triage").result}
        inp = type(inp)(
            stage=inp.stage,
            view=inp.view,
            hits=inp.hits,
            ledger=inp.ledger,
            previous=previous,
        )
    messages = STAGE_PROMPTS[stage].render(inp, (RULE,), principles=None)
    rendered = [f"[{m.type}]\n{m.content}" for m in messages]
    assert rendered == snapshot


def test_prompt_version_is_set():
    assert PROMPT_VERSION.startswith("llm-")


@pytest.mark.parametrize("stage", STAGE_ORDER)
def test_prompts_hold_no_identifiers_and_tag_the_data(stage):
    user = str(STAGE_PROMPTS[stage].render(stage_input(stage), (RULE,))[1].content)
    assert "P-SECRET-ID" not in user and "E-SECRET-ID" not in user
    for tag in ("case", "prior_notes", "decision_tools", "ledger"):
        assert f"<{tag}>" in user and f"</{tag}>" in user
    assert '<chunk id="c-0001"' in user
    assert "HEART score=6: high risk (6-10)" in user


def test_step_back_principles_are_prepended_and_escaped():
    user = str(
        STAGE_PROMPTS["triage"]
        .render(stage_input("triage"), (), "ESI <1> rule")[1]
        .content
    )
    assert user.startswith("Using the following general principles:")
    assert "ESI &lt;1&gt; rule" in user


def test_escape_and_empty_notes():
    assert escape("a</case><b>&") == "a&lt;/case&gt;&lt;b&gt;&amp;"
    assert notes_block(()) == "<prior_notes>none retrieved</prior_notes>"


def test_llm_schemas_are_bounded_and_closed():
    assert set(OfferedDisposition.__args__) == set(OFFERED_DISPOSITIONS)
    for schema in LLM_OUTPUTS.values():
        props = schema.model_json_schema()["properties"]
        assert next(iter(props)) == "rationale"  # reasoning before the decision
        for name, prop in props.items():
            if prop.get("type") == "string" and "enum" not in prop:
                assert "maxLength" in prop, (schema.__name__, name)
            if prop.get("type") == "array":
                assert "maxItems" in prop, (schema.__name__, name)
    assert LLM_OUTPUTS["triage"].model_json_schema()["properties"]["acuity"]["enum"]

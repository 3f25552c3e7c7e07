"""Prompt tokens per case: our retrieval prompts vs the ER-Reason full-note prompts.

Research software, not for clinical use. Usage::

    python -m benchmarks.llm_prompt_tokens [--limit N] [--json] [--data-dir DIR --csv F]

Ours: the graph runs offline on the bundled demo cases with a real ``NoteStore``
(MiniLM embedder, temporary Chroma) and a *capturing* refiner that records each
stage's real ``StageInput`` and offline rule results and returns the offline outcome
unchanged (so later stages see exactly what a rules run sees). Each captured input is
rendered with ``agents.llm.prompts.STAGE_PROMPTS[stage].render`` (zero-shot, no
principles).

Official: reconstructions of the ER-Reason prompts for the same stages from the inputs
listed in ERREASON_SPEC §2 (V3) and §4 (V1); the wording is ours (the spec lists the
inputs, not the verbatim text), the content is the official one:

- triage → V3 acuity: age, sex, race, CC, ``Vital_Signs`` (official regex cascade).
- assessment → V1 rationale call 1: CC, age, sex, one-liner, selected prior notes.
- treatment → V1 rationale call 3: call 1's inputs plus ED_Presentations (H&P part).
- disposition → V3: age, sex, CC, primary ED diagnosis, ED note cut before
  "Final Disposition and ED Course" (official: no fallback cut).
- diagnosis → V3: age, sex, CC, full prior Discharge_Summary_Text, the cut ED note.

V1 note selection is a model choice; we assume every available prior note type is
selected, each cut to 4,000 characters (upper bound; the selection call itself is not
counted). Both sides are wrapped in the model's chat template (system + user) by the
bundled llama.cpp server (``/apply-template``) and counted with its ``/tokenize``
endpoint: the SmolLM2-135M-Instruct tokenizer (49,152-entry BPE).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from agents.context import AgentContext
from agents.contracts import StageInput, StageOutcome
from agents.llm.prompts import STAGE_PROMPTS
from agents.llm.prompts.common import MAX_ED_CHARS, escape
from agents.offline.knowledge import load_knowledge
from cases.labels import STAGE_ORDER
from cases.models import Case, LabelledCase
from cases.sections import cut_before_final_disposition, presentation_part
from cases.vitals import vitals_cascade_official

V1_NOTE_CHARS = 4000
"""V1 note-selection cut per chosen prior note (GPT/o3 runs)."""
_NOTE_LABEL = {
    "discharge_summary": "Discharge Summary",
    "progress_note": "Progress Note",
    "hp_note": "H&P Note",
    "echo": "Echo",
    "imaging": "Imaging",
    "consult": "Consult",
    "ecg": "ECG",
}


@dataclass
class CapturingRefiner:
    """A pass-through ``StageRefiner`` that keeps every stage's real input."""

    seen: list[tuple[StageInput, StageOutcome]] = field(default_factory=list)

    async def __call__(self, inp: StageInput, offline: StageOutcome) -> StageOutcome:
        """Record ``(inp, offline)`` and return ``offline`` unchanged."""
        self.seen.append((inp, offline))
        return offline


def _demo(case: Case) -> str:
    d = case.demographics
    return f"Age: {d.age}\nSex: {d.sex}\nChief Complaint: {case.chief_complaint}"


def _prior_notes_v1(case: Case) -> str:
    parts = []
    for note in case.prior_notes:
        label = _NOTE_LABEL.get(str(note.note_type), str(note.note_type))
        parts.append(f"{label}:\n{note.text[:V1_NOTE_CHARS]}")
    return "\n\n".join(parts) or "No prior notes available."


def official_messages(lc: LabelledCase) -> dict[str, list[dict[str, str]]]:
    """Return reconstructed official (system, user) messages per our stage name."""
    case, gold = lc.case, lc.gold
    note = case.ed_note or ""
    cut, _, _ = cut_before_final_disposition(note, fallback=False)
    hp, _ = presentation_part(note)
    d = case.demographics
    discharge = next(
        (n.text for n in case.prior_notes if n.note_type == "discharge_summary"), ""
    )
    acuity_user = (
        "Based on the following patient information, determine the triage acuity "
        "level.\n\n"
        f"Age: {d.age}\nSex: {d.sex}\nRace: {d.race}\n"
        f"Chief Complaint: {case.chief_complaint}\n"
        f"Vital Signs: {vitals_cascade_official(note)}\n\n"
        "Respond with exactly one of: Immediate, Emergent, Urgent, Less Urgent, "
        "Non-Urgent. Do not explain."
    )
    rationale_user = (
        f"{_demo(case)}\nOne-liner: {case.one_liner}\n\n"
        f"Prior notes:\n{_prior_notes_v1(case)}\n\n"
        "List the differential diagnosis and what must be ruled out, with reasoning."
    )
    treatment_user = (
        f"{_demo(case)}\nOne-liner: {case.one_liner}\n\n"
        f"Prior notes:\n{_prior_notes_v1(case)}\n\n"
        f"ED presentation:\n{hp}\n\n"
        "Give the treatment plan, the most likely diagnosis and the disposition."
    )
    dispo_user = (
        f"{_demo(case)}\nPrimary ED Diagnosis: {gold.diagnosis_name}\n\n"
        f"ED Provider Note:\n{cut}\n\n"
        "Choose the disposition from: Discharge, Admit, Observation, Transfer to "
        "Another Facility, AMA, OR Admit, LWBS after Triage, Send to L&D, Expired, "
        "Eloped. Put only the label on the last line, with no explanation."
    )
    dx_user = (
        f"{_demo(case)}\n\nPast Medical History (prior discharge summary):\n"
        f"{discharge or 'Not available'}\n\nED Provider Note:\n{cut}\n\n"
        "Give the primary ED diagnosis as [CODE] [DIAGNOSIS NAME], for example "
        "J18.9 Pneumonia, unspecified. Nothing else."
    )
    nurse = "You are an experienced emergency department triage nurse."
    doc = "You are an experienced emergency department physician."
    return {
        "triage": [_sys(nurse), _usr(acuity_user)],
        "assessment": [_sys(doc), _usr(rationale_user)],
        "treatment": [_sys(doc), _usr(treatment_user)],
        "disposition": [_sys(doc), _usr(dispo_user)],
        "diagnosis": [
            _sys(doc + " Answer only as [CODE] [DIAGNOSIS NAME]."),
            _usr(dx_user),
        ],
    }


def _sys(text: str) -> dict[str, str]:
    return {"role": "system", "content": text}


def _usr(text: str) -> dict[str, str]:
    return {"role": "user", "content": text}


class ServerTokenizer:
    """Count chat-templated tokens with the llama.cpp server's endpoints."""

    def __init__(self, base_url: str) -> None:
        root = base_url.removesuffix("/v1").rstrip("/")
        self._http = httpx.Client(base_url=root, timeout=120)

    def count(self, messages: Sequence[dict[str, str]]) -> int:
        """Return the prompt tokens of ``messages`` after the chat template."""
        tpl = self._http.post("/apply-template", json={"messages": list(messages)})
        tpl.raise_for_status()
        toks = self._http.post(
            "/tokenize", json={"content": tpl.json()["prompt"], "add_special": True}
        )
        toks.raise_for_status()
        return len(toks.json()["tokens"])

    def count_text(self, text: str) -> int:
        """Return the tokens of a bare text (no template, no special tokens)."""
        if not text:
            return 0
        toks = self._http.post("/tokenize", json={"content": text})
        toks.raise_for_status()
        return len(toks.json()["tokens"])


async def capture(
    labelled: Sequence[LabelledCase],
) -> list[list[tuple[StageInput, StageOutcome]]]:
    """Run the graph offline with retrieval; return each case's captured stages."""
    from graph.runtime import Reasoner
    from retrieval.store import NoteStore

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = NoteStore(tmp)
        store.add_notes([n for lc in labelled for n in lc.case.prior_notes])
        for lc in labelled:
            cap = CapturingRefiner()
            ctx = AgentContext(
                knowledge=load_knowledge(), store=store, backend="hybrid", refiner=cap
            )
            await Reasoner(ctx).run(lc.case)
            out.append(cap.seen)
    return out


def measure(
    limit: int | None,
    threads: int,
    data_dir: str | None = None,
    csv_name: str = "er_reason_demo.csv",
) -> dict[str, object]:
    """Count both prompt families on ER-Reason-shaped cases; return the ratios.

    Args:
        limit: At most this many cases.
        threads: Server threads (tokenizing only).
        data_dir: An ER-Reason folder; the bundled demo when None.
        csv_name: The main CSV's file name inside ``data_dir``.
    """
    from agents.llm.local_server import start_local_server
    from cases.demo import DEMO_DIR
    from cases.erreason import load_erreason

    data = load_erreason(data_dir or DEMO_DIR, csv_name=csv_name, limit=limit)
    labelled = list(data.cases)
    captured = asyncio.run(capture(labelled))
    ours: dict[str, list[int]] = {s: [] for s in STAGE_ORDER}
    theirs: dict[str, list[int]] = {s: [] for s in STAGE_ORDER}
    case_ratio: list[float] = []
    hits: dict[str, list[int]] = {s: [] for s in STAGE_ORDER}
    ed_part: dict[str, list[int]] = {s: [] for s in STAGE_ORDER}
    with start_local_server(threads=threads, n_ctx=8192) as srv:
        tok = ServerTokenizer(srv.base_url)
        for lc, seen in zip(labelled, captured, strict=True):
            official = official_messages(lc)
            c_ours = c_off = 0
            for inp, offline in seen:
                msgs = STAGE_PROMPTS[inp.stage].render(inp, offline.rules, None)
                mine = tok.count(
                    [
                        _sys(str(msgs[0].content)),
                        _usr(str(msgs[1].content)),
                    ]
                )
                off = tok.count(official[inp.stage])
                ours[inp.stage].append(mine)
                theirs[inp.stage].append(off)
                hits[inp.stage].append(len(inp.hits))
                ed = escape((inp.view.ed_text or "")[:MAX_ED_CHARS])
                ed_part[inp.stage].append(tok.count_text(ed))
                c_ours, c_off = c_ours + mine, c_off + off
            if c_off:
                case_ratio.append(c_ours / c_off)
    per_stage = {
        s: {
            "n": len(ours[s]),
            "ours_median": statistics.median(ours[s]),
            "official_median": statistics.median(theirs[s]),
            "ratio_of_sums": round(sum(ours[s]) / sum(theirs[s]), 3),
            "median_hits": statistics.median(hits[s]),
            "ours_ed_note_median": statistics.median(ed_part[s]),
        }
        for s in STAGE_ORDER
        if ours[s]
    }
    return {
        "tokenizer": "SmolLM2-135M-Instruct (llama.cpp /tokenize, chat template)",
        "cases": len(labelled),
        "per_stage": per_stage,
        "per_case_ratio": {
            "median": round(statistics.median(case_ratio), 3),
            "min": round(min(case_ratio), 3),
            "max": round(max(case_ratio), 3),
            "cases_meeting_35pct": sum(r <= 0.35 for r in case_ratio),
        },
    }


def main(argv: Sequence[str] | None = None) -> None:
    """CLI entry point: print the comparison as a Markdown table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data-dir", default=None, help="ER-Reason folder (local)")
    parser.add_argument("--csv", default="er_reason_demo.csv")
    args = parser.parse_args(argv)
    res = measure(args.limit, args.threads, args.data_dir, args.csv)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"tokenizer: {res['tokenizer']}; cases: {res['cases']}")
    print(
        "| stage | n | ours median (ED note part) | official median "
        "| ours/official (sum) | median hits |"
    )
    print("|---|---|---|---|---|---|")
    per_stage = res["per_stage"]
    assert isinstance(per_stage, dict)
    for s, r in per_stage.items():
        print(
            f"| {s} | {r['n']} | {r['ours_median']} ({r['ours_ed_note_median']}) | "
            f"{r['official_median']} | "
            f"{r['ratio_of_sums']:.0%} | {r['median_hits']} |"
        )
    print(f"per case ours/official: {res['per_case_ratio']}")


if __name__ == "__main__":
    main()

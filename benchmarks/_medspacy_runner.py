"""Run medspaCy (ConText + sectionizer) on the context test set, in its own venv.

medspaCy 1.3.1 pins spaCy < 3.8, whose thinc needs numpy < 2, so it cannot live in the
project's environment (numpy 2). ``benchmarks/context_compare.py`` calls this script
with another interpreter; it reads one JSON request on stdin and writes one JSON answer
on stdout. Self-contained: it imports nothing from the project.
"""

from __future__ import annotations

import json
import sys
import time


def _label(ent: object) -> str:
    e = ent._  # type: ignore[attr-defined]
    concept = ent.label_  # type: ignore[attr-defined]
    section = getattr(e, "section_category", None) or ""
    if e.is_negated:
        return "negated"
    if e.is_family or section == "family_history":
        return "family"
    if e.is_hypothetical:
        return "hypothetical"
    if e.is_uncertain:
        return "differential"
    if e.is_historical or section == "past_medical_history":
        return "historical"
    # The project's lexicon folds context into some concepts (scored alike).
    if concept.startswith("family_history"):
        return "family"
    if concept.startswith("prior_"):
        return "historical"
    return "asserted"


def main() -> None:
    """Answer one request: labels of the test set and timings on the speed texts."""
    import medspacy
    from medspacy.ner import TargetRule

    req = json.load(sys.stdin)
    t0 = time.perf_counter()
    nlp = medspacy.load(
        medspacy_enable={
            "medspacy_pyrush",
            "medspacy_target_matcher",
            "medspacy_context",
        }
    )
    nlp.add_pipe("medspacy_sectionizer")
    matcher = nlp.get_pipe("medspacy_target_matcher")
    rules = [TargetRule(t, "CASE") for t in sorted({c["target"] for c in req["cases"]})]
    lex = [TargetRule(s, c) for c, syns in req["lexicon"].items() for s in syns]
    matcher.add(rules + lex)
    load_s = time.perf_counter() - t0
    labels = []
    for case in req["cases"]:
        doc = nlp(case["text"])
        pos = case["text"].lower().find(case["target"].lower())
        hit = [e for e in doc.ents if e.start_char <= pos < e.end_char]
        labels.append(_label(hit[0]) if hit else "not_found")
    times = []
    for text in req["speed_texts"]:
        t = time.perf_counter()
        nlp(text)
        times.append((time.perf_counter() - t) * 1000)
    json.dump({"labels": labels, "ms": times, "load_s": load_s}, sys.stdout)


if __name__ == "__main__":
    main()

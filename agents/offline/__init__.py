"""The offline (rules) backend: deterministic stage reasoners over a knowledge base.

- ``triage`` … ``diagnosis``: one reasoner per stage, ``(StageInput, AgentContext) ->
  StageOutcome``, plus the retrieval queries of the stages that read prior notes.
- ``differential``: likelihood-ratio scoring of the differential;
  ``stage_facts``: a stage's clinical facts and prior-note citations.
- ``rules``: findings extraction, clinical facts, decision rules, ESI v4.
- ``knowledge``: the reviewed YAML knowledge base and its loader.
- ``sct`` and ``ehr_review``: the ER-Reason side tasks.

No LangChain import; never imports ``agents.llm``. Research software, not for
clinical use.
"""

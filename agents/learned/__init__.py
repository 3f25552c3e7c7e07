"""Learning from labelled visits: a fitted acuity/disposition model and similar visits.

Research software, not for clinical use. ``features`` builds the triage-time row,
``artifact`` reads and verifies a fitted artifact, ``model`` predicts with it,
``library`` searches similar past visits in Chroma, ``tool`` puts both into the
triage and disposition stages (the safety floors apply after them). Fitting lives in
``evals.erreason.fit`` (``python -m evals.erreason fit``).
"""

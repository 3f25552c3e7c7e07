"""ER-Reason evaluation harness (`python -m evals.erreason`)."""

"""Stage agents, typed results and the rule-out ledger."""

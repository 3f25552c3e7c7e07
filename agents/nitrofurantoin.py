"""Nitrofurantoin withheld with poor kidney function.

Nitrofurantoin needs the kidney to reach the urine: with a low eGFR it fails to treat
and accumulates (peripheral neuropathy, pulmonary and hepatic toxicity). MHRA Drug
Safety Update 2014 and BNF: avoid with an eGFR below 45 mL/min/1.73 m2 (a short
course at 30-44 only for a resistant organism, a specialist's choice); NICE NG109
2018 lower UTI: the same limit; AGS Beers Criteria 2023: avoid with a creatinine
clearance below 30 mL/min in older adults. Dialysis and CKD stage 4-5 count as below
it. Cefalexin (or fosfomycin) treats the cystitis instead.
Research software, not for clinical use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from agents._text import asserted
from agents.kidney_function import NO_KIDNEY, SEVERE_CKD, lowest_egfr
from agents.schemas import Order, OrderGate
from cases.rx import word_start

__all__ = ["KIDNEY_UTI_ANTIBIOTIC", "NITROFURANTOIN_MIN_EGFR", "gate"]

NITROFURANTOIN_MIN_EGFR: Final = 45
"""MHRA 2014 / BNF / NICE NG109: avoid nitrofurantoin below this eGFR."""
_NITROFURANTOIN: Final = word_start(r"nitrofurantoin|macrobid|macrodantin")

KIDNEY_UTI_ANTIBIOTIC: Final = Order(
    kind="medication",
    name="cefalexin 500 mg PO twice daily for 3 days (7 days in a man) or "
    "fosfomycin 3 g PO once; dose by kidney function; urine culture",
    reason="lower urinary tract infection when nitrofurantoin is withheld for the "
    "kidney function (NICE NG109 2018 second choices; BNF renal dosing)",
)


def gate(order: Order, texts: Sequence[str]) -> tuple[OrderGate, str] | None:
    """Why nitrofurantoin is withheld here, if it is (module docstring)."""
    if order.kind != "medication" or not _NITROFURANTOIN.search(order.name):
        return None
    egfr = lowest_egfr(texts)
    low = egfr is not None and egfr < NITROFURANTOIN_MIN_EGFR
    if not (low or asserted(NO_KIDNEY, texts) or asserted(SEVERE_CKD, texts)):
        return None
    stated = f"an eGFR of {egfr}" if low else "dialysis or CKD stage 4-5"
    return "contraindication", (
        f"nitrofurantoin with {stated}: below an eGFR of 45 it does not reach the "
        "urine and accumulates (MHRA Drug Safety Update 2014; BNF; NICE NG109 2018; "
        "AGS Beers Criteria 2023: avoid with a creatinine clearance < 30); cefalexin "
        "or fosfomycin instead"
    )

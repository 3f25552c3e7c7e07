"""Colchicine's kidney and interaction gate.

Colchicine is cleared by the kidney and by CYP3A4 with P-glycoprotein; its margin is
narrow and its toxicity (diarrhoea, myopathy, marrow failure) can be fatal:

- with a strong CYP3A4 or P-gp inhibitor (clarithromycin, telithromycin, the azoles
  ketoconazole / itraconazole / posaconazole / voriconazole, ritonavir or cobicistat
  and the boosted protease inhibitors, nefazodone, ciclosporin): fatal toxicity is
  reported; the FDA colchicine label (Colcrys 2009, rev. 2020) contraindicates the
  pair with renal or hepatic impairment and cuts the dose otherwise; EULAR 2016 gout
  (Richette P et al. Ann Rheum Dis 2017;76:29): colchicine should not be given with
  strong P-gp and/or CYP3A4 inhibitors such as ciclosporin or clarithromycin; BNF
  interactions (clarithromycin, ciclosporin): avoid;
- on dialysis or with an eGFR below 10 mL/min/1.73 m2: BNF colchicine (renal
  impairment): avoid; the FDA label: not removed by dialysis;
- an eGFR below 30 (CKD stage 4-5) for a gout flare: EULAR 2016: colchicine and NSAIDs
  should be avoided in severe renal impairment; a glucocorticoid treats the flare
  (FitzGerald JD et al. ACR 2020 gout: glucocorticoids are first line beside them);
  for another indication (pericarditis: Adler Y et al. ESC 2015) it is kept at the
  reduced dose its order names (BNF: reduce the dose or increase the interval at
  eGFR 10-50).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agents._text import asserted
from agents.kidney_function import NO_KIDNEY, SEVERE_CKD, lowest_egfr
from agents.schemas import Order, OrderGate
from cases.rx import word_start

__all__ = ["gate"]

_COLCHICINE: Final = re.compile(r"(?i)(?:^|,? or |\+ )\s*colchicine\b")
"""An order (or one alternative of it: "prednisolone ..., or colchicine ...") that
gives colchicine itself; "prednisone ... with colchicine" gives the steroid. A
withheld alternative leaves the others (``order_safety._safe_alternatives``)."""
_INHIBITOR: Final = word_start(
    r"clarithromycin|telithromycin|ketoconazole|itraconazole|posaconazole|"
    r"voriconazole|ritonavir|cobicistat|lopinavir|atazanavir|darunavir|saquinavir|"
    r"indinavir|nelfinavir|tipranavir|nefazodone|ciclosporin|cyclosporine?\b|"
    r"paxlovid|nirmatrelvir"
)
"""Strong CYP3A4 or P-glycoprotein inhibitors named by the FDA colchicine label."""
NO_COLCHICINE_EGFR: Final = 10
SEVERE_EGFR: Final = 30


_GOUT: Final = re.compile(r"(?i)gout")


def gate(order: Order, texts: Sequence[str]) -> tuple[OrderGate, str] | None:
    """Why colchicine is withheld here, if it is (module docstring)."""
    if order.kind != "medication" or not _COLCHICINE.search(order.name):
        return None
    if asserted(_INHIBITOR, texts):
        return "contraindication", (
            "colchicine with a strong CYP3A4 or P-glycoprotein inhibitor "
            "(clarithromycin, an azole, ritonavir or cobicistat, ciclosporin): fatal "
            "colchicine toxicity reported (FDA colchicine label; EULAR 2016 gout, "
            "Richette P et al.; BNF interactions: avoid); a glucocorticoid for a gout "
            "flare (ACR 2020)"
        )
    egfr = lowest_egfr(texts)
    if asserted(NO_KIDNEY, texts) or (egfr is not None and egfr < NO_COLCHICINE_EGFR):
        return "contraindication", (
            "colchicine on dialysis or with an eGFR below 10: avoid (BNF colchicine, "
            "renal impairment; FDA label: not removed by dialysis); a glucocorticoid "
            "for a gout flare (ACR 2020)"
        )
    gout = f"{order.for_diagnosis or ''} {order.reason}"
    severe = asserted(SEVERE_CKD, texts) or (egfr is not None and egfr < SEVERE_EGFR)
    if _GOUT.search(gout) and severe:
        return "contraindication", (
            "colchicine for a gout flare with an eGFR below 30 (CKD stage 4-5): "
            "colchicine and NSAIDs avoided in severe renal impairment (EULAR 2016 "
            "gout, Richette P et al. Ann Rheum Dis 2017;76:29); a glucocorticoid "
            "treats the flare (ACR 2020)"
        )
    return None

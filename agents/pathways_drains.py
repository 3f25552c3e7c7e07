"""A percutaneous drain that is blocked, leaking or out goes back to its radiologist.

A percutaneous biliary drain (PTBD, cholecystostomy) or a nephrostomy decompresses an
obstructed system; a blocked, leaking or dislodged drain is a failed decompression,
and its tract can close within hours, so interventional radiology checks it
(contrast study) and exchanges or replaces it through the tract the same day (Saad WE
et al. SIR quality improvement guidelines for percutaneous transhepatic
cholangiography, biliary drainage and cholecystostomy, J Vasc Interv Radiol
2010;21:789; Pabon-Ramos WM et al. SIR quality improvement guidelines for
percutaneous nephrostomy, J Vasc Interv Radiol 2016;27:410; Dagli M, Ramchandani P.
Semin Intervent Radiol 2011;28:424). The obstructed organ is tested: liver tests and
cultures for cholangitis behind a biliary drain (Kiriyama S et al. TG18, J
Hepatobiliary Pancreat Sci 2018;25:17), kidney function and urine culture behind a
nephrostomy (EAU urolithiasis 2024: an obstructed infected kidney is drained first).

Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents._text import asserted, visible_texts
from agents.offline.rules import drain_words
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from cases.population import Population
from cases.rx import word_start
from cases.views import StageView

__all__ = ["DRAINS_PATHWAYS", "percutaneous_drain"]

BILIARY_PROBLEM: Final = word_start(drain_words.BILIARY_PROBLEM)
NEPHROSTOMY_PROBLEM: Final = word_start(drain_words.NEPHROSTOMY_PROBLEM)
IR_SOURCE: Final = (
    "Saad WE et al. SIR biliary drainage QI guideline, JVIR 2010;21:789; "
    "Pabon-Ramos WM et al. SIR nephrostomy QI guideline, JVIR 2016;27:410"
)
_IR: Final = (
    "interventional radiology the same day: check the drain (contrast study) and "
    "exchange or replace it through its tract before the tract closes"
)


def percutaneous_drain(view: StageView, _pop: Population) -> list[Required]:
    """A blocked, leaking or dislodged biliary drain or nephrostomy (module doc)."""
    texts = visible_texts(view)
    biliary = asserted(BILIARY_PROBLEM, texts)
    kidney = asserted(NEPHROSTOMY_PROBLEM, texts)
    if not (biliary or kidney):
        return []
    organ = "biliary drain" if biliary else "nephrostomy"
    out = [
        _req(
            "consult",
            _IR,
            f"a blocked, leaking, dislodged or infected {organ} is a failed "
            f"decompression "
            f"({IR_SOURCE})",
            r"interventional radiolog",
        )
    ]
    if biliary:
        out.append(
            _req(
                "diagnostic",
                "bilirubin, ALP and liver tests, full blood count, CRP and creatinine; "
                "blood cultures if febrile",
                "cholangitis behind an obstructed biliary drain (Kiriyama S et al. "
                "TG18 diagnostic criteria)",
                r"lfts?\b|liver (?:function )?tests|bilirubin",
            )
        )
    if kidney:
        out.append(
            _req(
                "diagnostic",
                "creatinine and electrolytes, full blood count; urine culture (from "
                "the nephrostomy or bladder) and blood cultures if febrile",
                "an obstructed kidney behind a failed nephrostomy (EAU urolithiasis "
                "2024; Dagli M, Ramchandani P. Semin Intervent Radiol 2011)",
                r"creatinine",
            )
        )
    return out


DRAINS_PATHWAYS: Final = (percutaneous_drain,)
"""Every pathway of this module, run by ``agents.pathways.required_orders``."""

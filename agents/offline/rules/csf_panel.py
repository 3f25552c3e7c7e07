"""A CSF panel read as one typed result: cells, differential, protein, glucose, OP.

Research software, not for clinical use. A lumbar puncture's result names its specimen
once and lists its values after it ("CSF: WCC 350 (lymphocytes 80 %), protein 2.1
g/L, glucose 1.2 (serum 6)", "LP: opening pressure 34 cm H2O, WBC 240/uL, 85% lymphs,
protein 190 mg/dL, glucose 30 mg/dL (serum glucose 110 mg/dL)"). Each value is read
in the specimen's sentence (a decimal point does not end it), in SI or US units, and
turned into findings by published cut-offs:

- a differential of 50 % or more lymphocytes (or "lymphocytic", "lymphocyte
  predominant", "mononuclear") with a pleocytosis (>= 5 cells/uL) is a lymphocytic
  CSF: viral, tuberculous, cryptococcal or a partially treated bacterial meningitis
  (Marais S et al. uniform TBM case definition, Lancet Infect Dis 2010;10:803:
  lymphocytic predominance > 50 %; McGill F et al. UK joint specialist societies
  meningitis guideline, J Infect 2016;72:405); 50 % or more neutrophils is a
  neutrophilic CSF, the bacterial pattern (Tunkel AR et al. IDSA 2004; van de Beek D
  et al. ESCMID 2016);
- a protein above 1 g/L (100 mg/dL; a bare value of 10 or more is mg/dL, CSF protein
  being 0.15-0.45 g/L) is high (Marais 2010; IDSA 2004: > 220 mg/dL bacterial);
- a CSF:plasma glucose ratio below 0.5, or a CSF glucose below 2.2 mmol/L (40
  mg/dL), is low (Marais 2010; IDSA 2004: < 40 mg/dL or ratio < 0.4 bacterial;
  McGill 2016: ratio < 0.36); a ratio of 0.6 or more with a CSF glucose of 2.2
  mmol/L or more is normal (IDSA 2004; McGill 2016). The ratio is the stated one, or
  the CSF value over the paired blood value written beside it in the same sentence
  ("glucose 1.2 (serum 6)"), both in the same unit;
- an opening pressure of 25 cm H2O or more is raised (Perfect JR et al. IDSA 2010 and
  WHO 2022 cryptococcal disease: drained by a therapeutic LP; Friedman DI et al.
  Neurology 2013: > 25 cm in adults for idiopathic intracranial hypertension).

A value counts only in this visit's panel (``findings.context_status``: not negated,
hypothetical or historical: "if the CSF shows ...", "CSF last year ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from agents.offline.rules.findings import Finding, context_status
from cases.rx import guarded

__all__ = ["CsfPanel", "csf_panel", "csf_panel_findings"]

LYMPHOCYTIC_PCT: Final = 50.0
"""Lymphocytes (or neutrophils) from which the differential is predominant (Marais)."""
PLEOCYTOSIS: Final = 5.0
"""CSF white cells per uL from which the count is a pleocytosis (IDSA 2004)."""
PROTEIN_HIGH_G_L: Final = 1.0
"""CSF protein above which it is high (Marais 2010)."""
GLUCOSE_RATIO_LOW: Final = 0.5
"""CSF:plasma glucose ratio below which the CSF glucose is low (Marais 2010)."""
GLUCOSE_RATIO_NORMAL: Final = 0.6
"""CSF:plasma glucose ratio from which it is normal (IDSA 2004; McGill 2016)."""
GLUCOSE_LOW_MMOL_L: Final = 2.2
"""CSF glucose below which it is low whatever the blood's (Marais 2010; 40 mg/dL)."""
OPENING_PRESSURE_HIGH_CM: Final = 25.0
"""Opening pressure (cm H2O) from which it is raised (IDSA 2010; WHO 2022)."""
MG_DL_PER_MMOL_L: Final = 18.0

_HEAD: Final = guarded(
    re.compile(
        r"(?<![A-Za-z])(?:(?i:CSF|cerebrospinal fluid|lumbar puncture|spinal tap)|LP)"
        r"(?![A-Za-z])"
    )
)
_END: Final = re.compile(r"\n|\.(?!\d)(?=\s|$)")
_SCOPE_CHARS: Final = 400
_NUM: Final = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)"
_SEP: Final = r"\s*(?:[:=]|of|was|is|were)?\s*"
_VSEP: Final = (
    r"\s*(?:[:=]|of|was|is|were|(?:(?:was|is)\s+)?(?:elevated|raised|high|increased"
    r"|low|reduced|decreased|normal)(?:\s+at)?)?\s*\(?\s*"
)
"""Between a name and its number: "protein was elevated at 2.1", "glucose (1.2"."""
_CELLS: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:WCC|WBCs?|white (?:blood )?cells?(?: count)?"
    r"|white cell count|leu[ck]ocytes|nucleated cells|cell count|cells)"
    rf"{_SEP}(?P<cmp><)?\s*(?P<v>{_NUM})"
    r"(?![\d.,]*\s*%)"
    rf"|(?P<v2>{_NUM})\s*(?:x\s*10\^?6\s*/\s*L\s*"
    r"|(?:cells?\s*)?/\s*(?:u|µ|mm|m)[lL3]\s*)?"
    r"(?:WCC|WBCs?|white (?:blood )?cells|leu[ck]ocytes)(?![A-Za-z])"
)
_LYMPH: Final = r"(?:lymph\w*|mononuclear(?: cells)?|monocytes?)"
_NEUT: Final = r"(?:neut\w*|polymorph\w*|polys|PMNs?|granulocytes?)"
_DIFF: Final = re.compile(
    rf"(?i)(?<![A-Za-z\d.])(?P<p1>\d{{1,3}}(?:\.\d)?)\s*%\s*(?:(?P<l1>{_LYMPH})|(?P<n1>{_NEUT}))"
    rf"|(?<![A-Za-z])(?:(?P<l2>{_LYMPH})|(?P<n2>{_NEUT})){_SEP}(?P<p2>\d{{1,3}}(?:\.\d)?)\s*%"
)
_PREDOMINANT: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?P<l>lymphocytic|lymphocyte[- ]predominan\w*|"
    r"(?:predominantly|mostly|mainly) (?:lymphocytes|mononuclear)"
    r"|mononuclear pleocytosis)"
    r"|(?P<n>neutrophilic|neutrophil[- ]predominan\w*|polymorph[- ]predominan\w*|"
    r"(?:predominantly|mostly|mainly) (?:neutrophils|polymorphs)))(?![A-Za-z])"
)
_PROTEIN: Final = re.compile(
    rf"(?i)(?<![A-Za-z])protein{_VSEP}(?P<cmp>[<>])?\s*(?P<v>{_NUM})\s*(?P<u>g/L|mg/dL|mg%|mg/L)?"
)
_BLOOD: Final = r"(?:serum|plasma|blood|capillary|paired|bm|cbg|fingerstick)"
_GLUCOSE: Final = re.compile(
    rf"(?i)(?<![A-Za-z])(?P<blood>{_BLOOD}\s+)?(?:glucose|sugar){_VSEP}(?P<cmp><)?\s*(?P<v>{_NUM})"
    r"\s*(?P<u>mmol/L|mg/dL|mg%)?"
)
_PAIRED: Final = re.compile(
    rf"(?i)\s*[(,;]\s*(?:{_BLOOD})(?:\s+(?:glucose|sugar))?{_SEP}(?P<v>{_NUM})\s*(?P<u>mmol/L|mg/dL|mg%)?"
)
_RATIO: Final = re.compile(
    r"(?i)(?<![A-Za-z])ratio(?:\s+of)?\s*(?:[:=]|was|is)?\s*(?P<v>0?\.\d+|1(?:\.0+)?)(?![\d])"
)
_PRESSURE: Final = re.compile(
    r"(?i)(?<![A-Za-z])(?:opening pressure|OP)(?![A-Za-z])"
    rf"{_SEP}(?P<v>{_NUM})\s*(?P<u>cm\s*H2O|cmH2O|cm|mm\s*H2O|mmH2O|mm\s*Hg|mmHg)?"
)


@dataclass(frozen=True)
class CsfPanel:
    """The values of one CSF panel (None when not written)."""

    white_cells: float | None
    lymphocytic: bool
    neutrophilic: bool
    protein_g_l: float | None
    glucose_mmol_l: float | None
    glucose_ratio: float | None
    opening_pressure_cm: float | None
    start: int
    end: int


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _scopes(text: str) -> list[tuple[int, int, int]]:
    """Each CSF head's start, end and scope's end (its sentence's; merged)."""
    out: list[tuple[int, int, int]] = []
    for m in _HEAD.finditer(text):
        if out and m.start() < out[-1][2]:
            continue
        limit = min(len(text), m.end() + _SCOPE_CHARS)
        e = _END.search(text, m.end(), limit)
        out.append((m.start(), m.end(), e.start() if e else limit))
    return out


def _glucose(
    text: str, lo: int, hi: int
) -> tuple[float | None, float | None, tuple[int, int] | None]:
    """CSF glucose (mmol/L), the ratio to the blood's and the CSF value's span."""
    ratio: float | None = None
    stated = _RATIO.search(text, lo, hi)
    if stated:
        ratio = float(stated.group("v"))
    for m in _GLUCOSE.finditer(text, lo, hi):
        if m.group("blood"):
            continue
        value, unit = _num(m.group("v")), (m.group("u") or "").lower()
        paired = _PAIRED.match(text, m.end(), hi) or next(
            (b for b in _GLUCOSE.finditer(text, m.end(), hi) if b.group("blood")), None
        )
        blood = _num(paired.group("v")) if paired else None
        blood_unit = (paired.group("u") or "").lower() if paired else ""
        unit = unit or blood_unit
        if ratio is None and blood:
            ratio = value / blood if unit == blood_unit or not blood_unit else None
        if not unit:  # a bare CSF glucose: mg/dL when it (or its blood value) is large
            unit = "mg/dl" if value > 20 or (blood or 0) > 40 else "mmol/l"
        mmol = value / MG_DL_PER_MMOL_L if unit.startswith("mg") else value
        return mmol, ratio, m.span()
    return None, ratio, stated.span() if stated else None


_Span = tuple[int, int]


def _protein(text: str, lo: int, hi: int) -> tuple[float | None, _Span | None]:
    m = _PROTEIN.search(text, lo, hi)
    if m is None:
        return None, None
    value, unit = _num(m.group("v")), (m.group("u") or "").lower()
    if unit in ("mg/dl", "mg%") or (not unit and value >= 10):
        value /= 100.0
    elif unit == "mg/l":
        value /= 1000.0
    return value, m.span()


def _pressure(text: str, lo: int, hi: int) -> tuple[float | None, _Span | None]:
    for m in _PRESSURE.finditer(text, lo, hi):
        unit = re.sub(r"\s", "", (m.group("u") or "").lower())
        if m.group(0)[:2].lower() == "op" and not unit:
            continue  # a bare "OP 32" may be another measure
        value = _num(m.group("v"))
        if unit.startswith("mmh2o"):
            value /= 10.0
        elif unit.startswith("mmhg"):
            value *= 1.36
        return value, m.span()
    return None, None


def _differential(text: str, lo: int, hi: int) -> tuple[bool, bool, _Span | None]:
    lymph = neut = False
    span: tuple[int, int] | None = None
    for m in _DIFF.finditer(text, lo, hi):
        pct = float(m.group("p1") or m.group("p2"))
        if pct < LYMPHOCYTIC_PCT:
            continue
        if m.group("l1") or m.group("l2"):
            lymph = True
        else:
            neut = True
        span = span or m.span()
    for m in _PREDOMINANT.finditer(text, lo, hi):
        lymph, neut = lymph or bool(m.group("l")), neut or bool(m.group("n"))
        span = span or m.span()
    return lymph and not neut, neut and not lymph, span


def _cells(text: str, lo: int, hi: int) -> tuple[float | None, _Span | None]:
    for m in _CELLS.finditer(text, lo, hi):
        raw = m.group("v") or m.group("v2")
        before = text[max(lo, m.start() - 25) : m.start()].lower()
        if re.search(r"(?<![a-z])(?:serum|blood|peripheral|plasma)\s*$", before):
            continue
        return _num(raw), m.span()
    return None, None


def csf_panel(text: str | None) -> CsfPanel | None:
    """The first CSF panel of ``text`` with a value this reader reads, if any."""
    if not text or _HEAD.search(text) is None:
        return None
    for lo, head_end, hi in _scopes(text):
        cells, c_span = _cells(text, lo, hi)
        lymph, neut, d_span = _differential(text, lo, hi)
        protein, p_span = _protein(text, lo, hi)
        glucose, ratio, g_span = _glucose(text, lo, hi)
        pressure, o_span = _pressure(text, lo, hi)
        spans = [s for s in (c_span, d_span, p_span, g_span, o_span) if s]
        if not spans:
            continue
        first = min(s[0] for s in spans)
        if context_status(text, lo, head_end) != "present" or (
            context_status(text, *spans[0]) != "present"
        ):
            continue  # "if the CSF shows ...", "CSF last year: ...", "LP in 2019 ..."
        return CsfPanel(
            white_cells=cells,
            lymphocytic=lymph,
            neutrophilic=neut,
            protein_g_l=protein,
            glucose_mmol_l=glucose,
            glucose_ratio=ratio,
            opening_pressure_cm=pressure,
            start=first,
            end=max(s[1] for s in spans),
        )
    return None


def panel_concepts(p: CsfPanel) -> list[str]:
    """The finding concepts of a panel's values (the module's cut-offs)."""
    out: list[str] = []
    pleocytosis = p.white_cells is None or p.white_cells >= PLEOCYTOSIS
    if p.lymphocytic and pleocytosis:
        out.append("csf_lymphocytic")
    if p.neutrophilic and pleocytosis:
        out.append("csf_neutrophilic")
    if p.protein_g_l is not None and p.protein_g_l > PROTEIN_HIGH_G_L:
        out.append("csf_protein_high")
    ratio, glucose = p.glucose_ratio, p.glucose_mmol_l
    if (ratio is not None and ratio < GLUCOSE_RATIO_LOW) or (
        glucose is not None and glucose < GLUCOSE_LOW_MMOL_L
    ):
        out.append("csf_glucose_low")
    elif (
        ratio is not None
        and ratio >= GLUCOSE_RATIO_NORMAL
        and (glucose is None or glucose >= GLUCOSE_LOW_MMOL_L)
    ):
        out.append("csf_glucose_normal")
    pressure = p.opening_pressure_cm
    if pressure is not None and pressure >= OPENING_PRESSURE_HIGH_CM:
        out.append("csf_opening_pressure_high")
    return out


def csf_panel_findings(text: str | None) -> tuple[Finding, ...]:
    """Findings of this visit's CSF panel (``panel_concepts``), each spanning it."""
    p = csf_panel(text)
    if p is None or text is None:
        return ()
    span = text[p.start : p.end]
    return tuple(
        Finding(concept=c, status="present", text=span, start=p.start, end=p.end)
        for c in panel_concepts(p)
    )

"""ESI decision point B: marrow failure that bleeds; a well adult's perianal abscess.

Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents.offline.rules._esi_patterns import triage_clauses
from agents.offline.rules._esi_resources import BLEEDING_SIGNS
from agents.offline.rules.facts import ClinicalFacts
from cases.rx import whole_letters

__all__ = ["marrow_failure_bleeding", "perianal_abscess_picture"]

_BLASTS: Final = whole_letters(
    r"(?:with|\d+ ?%|circulating|peripheral|many|numerous) blasts"
    r"|blasts? (?:on|in) (?:the )?(?:blood )?(?:film|smear)|blast cells"
    r"|blasts (?:seen|present|reported)"
)
"""Blasts reported on the blood count or film: an acute leukaemia until a
haematologist says otherwise (never a blast injury)."""
_BLEEDING: Final = (*BLEEDING_SIGNS, "hematuria", "hematemesis", "melena")
_ACUTE_LEUKAEMIA: Final = whole_letters(
    r"acute (?:\w+ ){0,2}leuka?emi\w*|(?:new|newly diagnosed|recently diagnosed"
    r"|new diagnosis of|diagnosed last \w+ with)(?: \w+){0,3} leuka?emi\w*|aml|apml"
    r"|promyelocytic|myeloblastic|lymphoblastic leuka?emi\w*"
    r"|dic|disseminated intravascular coagulation"
)
"""An acute leukaemia named at triage (acute myeloid, lymphoblastic or promyelocytic;
a leukaemia diagnosed days ago), or a disseminated intravascular coagulation named:
with bleeding, the coagulopathy of an acute leukaemia (above all APL) kills early
(Sanz MA et al. ELN 2019 APL; Levi M et al. ISTH DIC guidance 2009/2013). Not a
chronic leukaemia (CLL, CML), whose bleeding is graded by its count."""
_CHRONIC_LEUKAEMIA: Final = whole_letters(r"chronic|cll|cml")


def marrow_failure_bleeding(facts: ClinicalFacts) -> str | None:
    """The high-risk reason for bleeding with platelets below 30, or blasts reported.

    A platelet count below 30 x10^9/L with bleeding (mucosal, petechiae, purpura, a
    nosebleed, blood in the urine or the gut) needs treatment now (Provan D et al.
    International consensus on ITP, Blood Adv 2019; BSH 2016 platelet transfusion);
    blasts on the count are an acute leukaemia, and with bleeding or a low fibrinogen
    an acute promyelocytic leukaemia whose coagulopathy kills early: ATRA and blood
    products on suspicion (Sanz MA et al. ELN 2019 APL, Blood 2019;133:1630; NICE NG12
    2015: immediate specialist assessment). ESI v4 handbook ch.4: a high-risk
    situation (level 2). The count must be written in the triage text (the one-liner):
    results only in the ED note are outside triage's view.
    """
    bleeding = any(facts.has(c) for c in _BLEEDING)
    if facts.has("platelets_low_severe") and bleeding:
        return (
            "bleeding with platelets below 30 x10^9/L (ITP consensus 2019; BSH 2016;"
            " ESI v4 handbook ch.4)"
        )
    clauses = triage_clauses(facts)
    if any(_BLASTS.search(t) for t in clauses):
        return (
            "blasts on the blood count: possible acute leukaemia (NICE NG12 2015;"
            " ELN 2019 APL: treat a coagulopathy on suspicion)"
        )
    named = [m.group(0) for t in clauses for m in _ACUTE_LEUKAEMIA.finditer(t)]
    if bleeding and any(not _CHRONIC_LEUKAEMIA.search(n) for n in named):
        # triage52 (medgi51's leftover): "new acute leukaemia, bleeding gums, clotting
        # deranged" was ESI 3, "newly diagnosed AML, nosebleed that won't stop" ESI 4
        return (
            "bleeding in an acute leukaemia or DIC (ELN 2019 APL; ISTH DIC guidance;"
            " ESI v4 handbook ch.4)"
        )
    return None


_PERIANAL_NOT_SIMPLE: Final = (
    "diabetes",
    "type_1_diabetes",
    "type_2_diabetes",
    "immunocompromised",
    "crepitus",
    "hypotension",
    "altered_mental_status",
    "confusion",
    "rigors",
)
_SPREADING: Final = whole_letters(
    r"scrot\w*|perine\w*|penis|penile|labia\w*|vulva\w*|crepit\w*|black\w*"
    r"|necro\w*|dusky|spreading|rapidly|severe|excruciating|worst"
)


def perianal_abscess_picture(
    facts: ClinicalFacts,
    heart_rate: float | None,
    respiratory_rate: float | None,
    systolic_bp: float | None,
    temperature_c: float | None,
) -> bool:
    """Whether a perianal abscess's fever is a well adult's, not a high-risk fever.

    ESI binds a fever with an anorectal complaint at 2 for the deep or necrotising
    infection (Fournier gangrene). A perianal abscess named in an adult of 18-64 with
    no diabetes, immunocompromise or rigors, no spread to the perineum, scrotum or
    vulva, crepitus or necrosis worded, and no danger-zone vital (HR <= 100, RR <= 20,
    SBP >= 90, temperature < 39.5) is drained in the ED or theatre (Gaertner WB et al.
    ASCRS 2022 anorectal abscess guideline: drainage; antibiotics for systemic signs,
    cellulitis or immunosuppression): its resources grade it (ESI v4 handbook ch.5).
    """
    if facts.age is None or not 18 <= facts.age < 65:
        return False
    if not facts.has("perianal_abscess"):
        return False
    if any(facts.has(c) or facts.known(c) for c in _PERIANAL_NOT_SIMPLE):
        return False
    if (
        (heart_rate is not None and heart_rate > 100)
        or (respiratory_rate is not None and respiratory_rate > 20)
        or (systolic_bp is not None and systolic_bp < 90)
        or (temperature_c is not None and temperature_c >= 39.5)
    ):
        return False
    return not any(_SPREADING.search(t) for t in triage_clauses(facts))

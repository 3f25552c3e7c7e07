"""Suspected CNS infection: fever, altered mentation and a meningeal or cerebral sign.

Bacterial meningitis and encephalitis are treated on suspicion: 95 % of adults with
bacterial meningitis have at least two of headache, fever, neck stiffness and an
altered mental status (van de Beek D et al. N Engl J Med 2004;351:1849), and the
delay to the first antibiotic dose decides the outcome: blood cultures, then empirical
antibiotics (ceftriaxone and vancomycin, ampicillin over 50 or immunocompromised) with
dexamethasone and aciclovir within the first hour, not delayed for imaging; a CT head
before the lumbar puncture when consciousness is reduced, with a focal deficit, a
seizure or immunocompromise (Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID
2016; IDSA 2008 and ABN/BIA 2012 encephalitis; Venkatesan A et al. International
Encephalitis Consortium 2013: altered mental status with fever and a seizure or focal
finding is possible encephalitis).

Fever with confusion alone is not enough in an adult (an older adult's delirium with
a urinary source is urosepsis): a third finding that points at the meninges or the
brain is needed (headache, neck stiffness, photophobia, a seizure, a focal deficit, a
petechial or purpuric rash). Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from agents._text import any_kept, each_kept, visible_texts
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.csf_organisms import csf_causes, serum_crag_positive
from agents.offline.rules.facts import recorded_avpu
from agents.offline.rules.immunocompromise import HIV_IMMUNOSUPPRESSED
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import Required
from agents.pathway_orders import required as _req
from agents.pathways_acute import core_temperature
from agents.population import years
from cases.population import Population
from cases.views import StageView

__all__ = [
    "CNS_PATHWAYS",
    "csf_organism",
    "encephalitis_suspected",
    "febrile_altered_signs",
    "meningitis_suspected",
]

ALTERED: Final = frozenset(
    {"altered_mental_status", "confusion", "lethargy", "disorientation", "unresponsive"}
)
"""Concepts of an altered mental status."""
MENINGEAL_SIGNS: Final = ("headache", "neck_stiffness", "photophobia", "petechiae")
"""Signs that point a febrile altered mental status at the meninges (van de Beek 2004:
the classic tetrad; a petechial rash, meningococcal: NICE NG240 2024)."""
CEREBRAL_SIGNS: Final = ("seizure", "focal_deficit", "behaviour_change")
"""IEC 2013 minor criteria of encephalitis beside fever: a seizure, a focal finding
(and the behaviour change of its major criterion)."""
FIRST_MONTH_DAYS: Final = 28
"""The febrile neonate has its own pathway (AAP 2021 febrile infants)."""
SOURCES: Final = (
    "Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID 2016; IDSA 2008 and"
    " ABN/BIA 2012 encephalitis; Venkatesan A et al. IEC 2013"
)


def febrile_altered_signs(
    view: StageView, pop: Population, signs: tuple[str, ...]
) -> tuple[str, ...]:
    """Which of ``signs`` accompany fever and an altered mental status, or ()."""
    if pop.age_within(0, FIRST_MONTH_DAYS) is True:
        return ()
    facts = present_facts(view, load_knowledge())  # the stage's own, when read
    t = core_temperature(view)
    febrile = (t is not None and t >= 38.0) or facts.has("fever")
    avpu = recorded_avpu(view.vitals.raw)
    altered = any(facts.has(c) for c in ALTERED) or avpu in ("V", "P", "U")
    if not (febrile and altered):
        return ()
    return tuple(c for c in signs if facts.has(c))


def _why(signs: tuple[str, ...], what: str) -> str:
    named = ", ".join(s.replace("_", " ") for s in signs)
    return (
        f"fever with an altered mental status and {named}: {what} until the CSF says"
        f" otherwise ({SOURCES})"
    )


_CT_THEN_LP: Final = (
    "CT head before the lumbar puncture (reduced consciousness, focal deficit,"
    " seizure or immunocompromise), then LP: cell count, protein, glucose, Gram"
    " stain, culture, HSV/VZV/enterovirus PCR"
)


def meningitis_suspected(view: StageView, pop: Population) -> list[Required]:
    """Cultures, then ceftriaxone and vancomycin with dexamethasone within the hour."""
    signs = febrile_altered_signs(view, pop, MENINGEAL_SIGNS)
    if not signs or present_facts(view, load_knowledge()).has("csf_wbc_normal"):
        return []  # a normal CSF white count: bacterial meningitis very unlikely
    why = _why(signs, "bacterial meningitis")
    adult = pop.age_within(years(18), None) is not False
    facts = present_facts(view, load_knowledge())
    hiv = facts.has(HIV_IMMUNOSUPPRESSED)
    regimen = (
        "blood cultures, then within 1 h, not delayed for imaging: ceftriaxone 2 g"
        " IV + vancomycin + ampicillin; no dexamethasone in HIV with a low CD4"
        " (cryptococcal meningitis: Beardsley J et al. NEJM 2016;374:542; WHO 2022);"
        " serum cryptococcal antigen, and opening pressure with CSF cryptococcal"
        " antigen"
        if adult and hiv
        # lead37: malaria parasites on the film: dexamethasone harms in cerebral
        # malaria (Warrell DA et al. NEJM 1982;306:313; WHO malaria guidelines 2023)
        else "blood cultures, then within 1 h, not delayed for imaging: ceftriaxone 2 g"
        " IV + vancomycin (+ ampicillin if > 50 y or immunocompromised); no"
        " dexamethasone with malaria parasites on the film (harmful in cerebral"
        " malaria: Warrell DA et al. NEJM 1982; WHO 2023)"
        if adult and facts.has("malaria_parasites_seen")
        else "blood cultures, then within 1 h, not delayed for imaging: ceftriaxone 2 g"
        " IV + vancomycin (+ ampicillin if > 50 y or immunocompromised), with"
        " dexamethasone 10 mg IV before or with the first dose"
        if adult
        else "blood cultures, then within 1 h, not delayed for imaging: ceftriaxone"
        " 100 mg/kg IV (max 2 g) + vancomycin 15 mg/kg, with dexamethasone 0.15 mg/kg"
    )
    return [
        _req("medication", regimen, why, r"ceftriaxone|cefotaxime"),
        _req("diagnostic", _CT_THEN_LP, why, r"lumbar puncture|\blp\b"),
    ]


def encephalitis_suspected(view: StageView, pop: Population) -> list[Required]:
    """Aciclovir within the hour beside the meningitis cover; CT, LP, MRI and EEG."""
    signs = febrile_altered_signs(view, pop, CEREBRAL_SIGNS)
    if not signs:
        return []
    why = _why(signs, "encephalitis (HSV first)")
    adult = pop.age_within(years(12), None) is not False
    dose = "10 mg/kg IV every 8 h" if adult else "10-15 mg/kg IV every 8 h"
    return [
        _req(
            "medication",
            f"aciclovir {dose} (renal dose adjustment), within 1 h, not delayed for"
            " the LP or imaging",
            why,
            r"aciclovir|acyclovir",
        ),
        _req("diagnostic", _CT_THEN_LP, why, r"lumbar puncture|\blp\b"),
    ]


_ID: Final = "infectious diseases"
_CSF_WHY: Final = "the CSF shows {cause}: {what}"
_BLOOD_WHY: Final = "{cause} (WHO 2022 cryptococcal disease guidelines 3.1): {what}"
_MENINGITIC_SYMPTOMS: Final = (
    "headache",
    "neck_stiffness",
    "photophobia",
    "altered_mental_status",
    "confusion",
    "seizure",
    "papilledema",
)


def _meningitic_symptom(view: StageView) -> bool:
    """A headache or a sign of meningitis documented now (WHO 2022 3.1)."""
    facts = present_facts(view, load_knowledge())
    return any(facts.has(c) for c in _MENINGITIC_SYMPTOMS)


def _tuberculous(pop: Population) -> list[Required]:
    """RIPE with a corticosteroid, the TB team, baseline tests (BIS 2009; WHO 2022)."""
    young = pop.age_within(0, years(16) - 1) is True
    why = _CSF_WHY.format(
        cause="Mycobacterium tuberculosis",
        what="tuberculous meningitis, not covered by the empirical bacterial regimen;"
        " four anti-tuberculous drugs with a corticosteroid now (Thwaites G et al. BIS,"
        " J Infect 2009;59:167; WHO 2022; Thwaites GE et al. NEJM 2004;351:1741)",
    )
    steroid = (
        "dexamethasone 0.6 mg/kg/day or prednisolone 2-4 mg/kg/day (WHO 2022)"
        if young
        else "dexamethasone 0.4 mg/kg/day IV, tapered over 6-8 weeks"
    )
    return [
        _req(
            "medication",
            "rifampicin, isoniazid (with pyridoxine), pyrazinamide and ethambutol at"
            f" weight-banded doses, started now, with {steroid}",
            why,
            r"rifampicin|rifampin",
        ),
        _req(
            "consult",
            f"{_ID} / TB team now; neurosurgery if imaging shows hydrocephalus",
            why,
            _ID,
        ),
        _req(
            "diagnostic",
            "chest x-ray, HIV test, liver function and creatinine before the"
            " anti-tuberculous drugs",
            why,
            r"hiv test",
        ),
    ]


def _cryptococcal(blood: str | None = None) -> list[Required]:
    """Amphotericin B with flucytosine, pressure drained, no steroid (IDSA 2010).

    ``blood``: the CSF shows nothing yet but the blood cryptococcal antigen is
    positive with a meningitic symptom (WHO 2022 3.1: cryptococcal meningitis until
    the CSF says otherwise; the LP's opening pressure is measured, not deferred).
    """
    why = (_BLOOD_WHY if blood else _CSF_WHY).format(
        cause=blood or "Cryptococcus",
        what="cryptococcal meningitis, not covered by the empirical bacterial regimen;"
        " amphotericin B with flucytosine, no corticosteroid (Perfect JR et al. IDSA"
        " 2010; WHO 2022; Beardsley J et al. NEJM 2016;374:542)",
    )
    return [
        _req(
            "medication",
            "liposomal amphotericin B 3-4 mg/kg IV daily with flucytosine 25 mg/kg"
            " orally every 6 h (induction; WHO 2022: one 10 mg/kg liposomal"
            " amphotericin B dose with 14 days of flucytosine and fluconazole where"
            " available); no corticosteroid",
            why,
            r"amphotericin",
        ),
        _req(
            "procedure",
            "opening pressure at every lumbar puncture; therapeutic lumbar puncture"
            " when it is >= 25 cm H2O (drain to below 20 or by half), repeated daily"
            " until stable",
            why,
            r"therapeutic lumbar puncture",
        ),
        _req(
            "consult",
            f"{_ID} now (antiretroviral therapy deferred 4-6 weeks after the start of"
            " antifungal treatment: Boulware DR et al. COAT, NEJM 2014;370:2487)",
            why,
            _ID,
        ),
    ]


def _syphilitic() -> list[Required]:
    """IV aqueous penicillin G for 10-14 days (CDC STI Treatment Guidelines 2021)."""
    why = _CSF_WHY.format(
        cause="a reactive VDRL or treponemal test",
        what="neurosyphilis, outside the knowledge base and not the empirical"
        " bacterial regimen: aqueous crystalline penicillin G IV for 10-14 days"
        " (Workowski KA et al. CDC STI Treatment Guidelines, MMWR 2021;70(4))",
    )
    return [
        _req(
            "medication",
            "aqueous crystalline penicillin G 18-24 million units a day IV (3-4"
            " million units every 4 h) for 10-14 days (penicillin allergy:"
            " infectious diseases on desensitisation)",
            why,
            r"penicillin g",
        ),
        _req("consult", f"{_ID} now", why, _ID),
        _req(
            "diagnostic",
            "serum RPR titre, HIV test and other sexually transmitted infections",
            why,
            r"\brpr\b",
        ),
    ]


def _no_antimicrobial(cause: str, what: str) -> list[Required]:
    """A CSF virus no antimicrobial treats: the specialists now, supportive care."""
    why = _CSF_WHY.format(cause=cause, what=what)
    return [
        _req(
            "consult",
            f"{_ID} and neurology now (outside the knowledge base: no antimicrobial"
            " treats it; supportive care)",
            why,
            _ID,
        )
    ]


def _herpes(pop: Population, cause: str) -> list[Required]:
    """IV aciclovir for HSV or VZV in the CSF (IDSA 2008; ABN/BIA 2012)."""
    why = _CSF_WHY.format(
        cause=f"{cause} virus by PCR",
        what="IV aciclovir (Tunkel AR et al. IDSA 2008; Solomon T et al. ABN/BIA"
        " 2012); the empirical bacterial regimen is not the plan",
    )
    dose = (
        "10 mg/kg IV every 8 h (adjusted to renal function)"
        if pop.age_within(years(12), None) is not False
        else "10-15 mg/kg IV every 8 h (20 mg/kg under 3 months)"
    )
    return [_req("medication", f"aciclovir {dose}", why, r"a[cy]iclovir [\d-]+ mg/kg")]


def _bacterial(pop: Population, causes: tuple[str, ...]) -> list[Required]:
    """The organism's own cover (IDSA 2004; ESCMID 2016)."""
    child = pop.age_within(0, years(18) - 1) is True
    out: list[Required] = []
    if "pneumococcal" in causes and not child:
        why = _CSF_WHY.format(
            cause="Streptococcus pneumoniae",
            what="bacterial meningitis; vancomycin with ceftriaxone until"
            " susceptibilities, dexamethasone 10 mg IV every 6 h for 4 days (Tunkel AR"
            " et al. IDSA 2004; van de Beek D et al. ESCMID 2016)",
        )
        out += [
            _req(
                "medication",
                "vancomycin 15-20 mg/kg IV every 8-12 h with ceftriaxone 2 g IV every"
                " 12 h",
                why,
                r"vancomycin",
            ),
            _req(
                "medication",
                "dexamethasone 10 mg IV every 6 h for 4 days",
                why,
                r"dexamethasone",
            ),
        ]
    if "listeria" in causes:
        why = _CSF_WHY.format(
            cause="Listeria (Gram-positive rods)",
            what="bacterial meningitis that cephalosporins do not treat: ampicillin"
            " (Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID 2016)",
        )
        dose = "75 mg/kg IV every 6 h" if child else "2 g IV every 4 h"
        out.append(
            _req(
                "medication",
                f"ampicillin {dose}",
                why,
                r"ampicillin (?:2 g|\d+ mg/kg)",
            )
        )
    return out


def _csf_causes(texts: tuple[str, ...]) -> tuple[str, ...]:
    """``csf_causes(texts)`` through each text's kept causes (recorded, perf39)."""
    found: list[str] = []
    for causes in each_kept(_text_causes, texts):
        for cause in causes:
            if cause not in found:
                found.append(cause)
    return tuple(found)


def _text_causes(text: str) -> tuple[str, ...]:
    """``csf_causes`` of one text, in order of mention."""
    return csf_causes((text,))


def csf_organism(view: StageView, pop: Population) -> list[Required]:
    """The treatment of the cause the CSF names (``csf_organisms``), if any."""
    causes = _csf_causes(visible_texts(view))
    out: list[Required] = []
    if "tuberculous" in causes:
        out += _tuberculous(pop)
    if "cryptococcal" in causes:
        out += _cryptococcal()
    elif any_kept(serum_crag_positive, visible_texts(view)) and _meningitic_symptom(
        view
    ):
        out += _cryptococcal(
            "a positive blood cryptococcal antigen with a headache or"
            " a sign of meningitis"
        )
    if "syphilitic" in causes:
        out += _syphilitic()
    if "JC virus" in causes:
        out += _no_antimicrobial(
            "JC virus by PCR",
            "progressive multifocal leukoencephalopathy: immune reconstitution"
            " (antiretroviral therapy, less immunosuppression), no antiviral (Berger JR"
            " et al. Neurology 2013;80:1430; NIH/CDC/IDSA OI guidelines 2023)",
        )
    if "West Nile virus" in causes:
        out += _no_antimicrobial(
            "West Nile virus IgM",
            "West Nile neuroinvasive disease: supportive care, no antiviral (Tunkel"
            " AR et al. IDSA 2008 encephalitis; CDC case definition 2015)",
        )
    for cause in ("herpes simplex", "varicella zoster"):
        if cause in causes:
            out += _herpes(pop, cause)
            break
    return out + _bacterial(pop, causes)


CNS_PATHWAYS: Final = (meningitis_suspected, encephalitis_suspected, csf_organism)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""

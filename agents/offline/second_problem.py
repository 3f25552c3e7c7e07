"""A second active problem beside the working diagnosis, or a rival explanation.

Private to ``agents.offline``. Two diagnoses that both meet their rule-in are either
two problems of one visit, each treated (Hickam's dictum: a hip fracture and a urinary
infection), or rival explanations of the same findings, of which only the working one
is treated (a cellulitis beside a septic joint; the rate of a septic AF, treated by its
cause). Kassirer JP, Wong JB, Kopelman RI. Learning Clinical Reasoning, 2nd ed. 2010,
ch. 3 and 6: a second hypothesis is accepted when it accounts for findings the first
leaves unexplained and is not the first's cause or consequence. Here:

1. the working diagnosis explains what it lists (its ``findings_for``): the second
   must meet its own rule-in on the rest (``treatment.coexisting_problems``);
2. they lie in different organ systems, read from the ICD-10-CM chapter (the chapters
   are organised by body system; WHO ICD-10 2019): two diagnoses of one system are
   read as rivals for that system's findings;
3. neither is systemic (an infection chapter such as sepsis, a metabolic derangement,
   a poisoning, a symptom, a neoplasm, pregnancy): a systemic process makes findings in
   every organ (the AF of sepsis, the bradycardia of hyperkalaemia, the arrhythmia of
   a tricyclic overdose), so a second 'problem' there is read as its manifestation;
4. neither declares the other among what it causes (``DiagnosisSpec.causes``);
5. not both treated with an antimicrobial: two infections compete for one fever and
   one empirical regimen is chosen for the likely source (Evans L et al. SSC 2021).

One exception to 3 (classic32): an endocrine or metabolic working diagnosis (ICD-10-CM
chapter E: hypoglycaemia, DKA, hyponatraemia) beside an infection of one organ (a
cellulitis, a pyelonephritis, a pneumonia). A metabolic derangement makes no pus and no
spreading redness, so it is no rival for the infection's findings; an infection is the
commonest precipitant of a metabolic emergency and is treated beside it (Umpierrez GE et
al. ADA/EASD hyperglycaemic crises consensus, Diabetes Care 2024;47:1257; ADA Standards
of Care 2024 section 6: hypoglycaemia with reduced intake in intercurrent illness).
"""

from __future__ import annotations

from typing import Final

from agents import order_concepts
from agents.offline.knowledge import DiagnosisSpec

ORGAN_CHAPTERS: Final = frozenset("GIJKLMNS")
"""ICD-10-CM chapters of one body system (nervous, circulatory, respiratory,
digestive, skin, musculoskeletal, genitourinary) and injuries by region; H is split
into eye (H00-H59) and ear (H60-H95)."""


def organ_system(icd10: str) -> str | None:
    """The ICD-10-CM organ-system chapter of a code, None for a systemic chapter.

    Cerebrovascular diseases (I60-I69) are the brain's, as ICD-11 classifies them
    (chapter 8, diseases of the nervous system; WHO 2019): a stroke and a meningitis
    are rival explanations of one deficit.
    """
    letter = icd10[:1].upper()
    if letter == "H":
        return "H-eye" if icd10[1:3] < "60" else "H-ear"
    if letter == "I" and icd10[1:2] == "6":
        return "G"
    return letter if letter in ORGAN_CHAPTERS else None


def treats_infection(spec: DiagnosisSpec) -> bool:
    """Whether the diagnosis' protocol gives an antimicrobial (an infection)."""
    return any(
        o.kind == "medication" and order_concepts.antimicrobial(o.name)
        for o in spec.orders
    )


METABOLIC_CHAPTER: Final = "E"
"""ICD-10-CM chapter 4, endocrine, nutritional and metabolic diseases."""


def infection_beside_metabolic(other: DiagnosisSpec, working: DiagnosisSpec) -> bool:
    """Whether ``other`` is an organ's infection beside a metabolic working one."""
    return (
        working.icd10[:1].upper() == METABOLIC_CHAPTER
        and organ_system(other.icd10) is not None
        and treats_infection(other)
        and not treats_infection(working)
    )


def not_rival(other: DiagnosisSpec, working: DiagnosisSpec) -> bool:
    """Whether ``other`` can be a second problem beside ``working`` (points 2-5)."""
    mine, theirs = organ_system(other.icd10), organ_system(working.icd10)
    if other.id in working.causes or working.id in other.causes:
        return False
    if infection_beside_metabolic(other, working):
        return True
    return (
        mine is not None
        and theirs is not None
        and mine != theirs
        and not (treats_infection(other) and treats_infection(working))
    )

"""dx38 (issue 10): labels that need their defining feature.

- ICD-10-CM Official Guidelines FY2024 I.C.19 and IV.H: a subdural's codes are
  injuries; with no injury documented and no CT showing the lesion, the suspected
  chronic subdural of a confused older patient (Kolias AG et al. Nat Rev Neurol
  2014;10:570) is coded as the presenting symptom while it is worked up.
- Proulx AM, Zryd TW. Am Fam Physician 2009;80:617; Gulati M et al. AHA/ACC 2021
  chest pain guideline: chest wall pain is a chest wall shown to be the source; without
  that feature it is never the working label.
"""

from __future__ import annotations

from agents.offline import differential as D
from agents.offline.knowledge import load_knowledge
from agents.offline.rules.facts import ClinicalFacts

KB = load_knowledge()
SUBDURAL = KB.diagnoses["subdural_hematoma"]
CHEST_WALL = KB.diagnoses["musculoskeletal_chest_pain"]


def _facts(*present: str) -> ClinicalFacts:
    return ClinicalFacts(present=frozenset(present))


def test_suspected_subdural_without_an_injury_is_not_coded_yet() -> None:
    """IV.H: confusion and a gradual course, no injury, no CT: not an injury code."""
    assert not D.coded_now(SUBDURAL, _facts("altered_mental_status", "gradual_onset"))


def test_guard_subdural_after_a_fall_or_on_ct_is_coded() -> None:
    """Guard: a fall, a head injury or the CT's subdural codes it (S06 / S09)."""
    for concept in ("fall", "head_injury", "ct_subdural"):
        assert D.coded_now(SUBDURAL, _facts("altered_mental_status", concept))


def test_chest_wall_pain_without_a_chest_wall_feature_is_an_undefined_sign() -> None:
    """Proulx 2009: a central pain to the arm has no chest wall feature."""
    assert D.undefined_sign(CHEST_WALL, _facts("chest_pain", "radiation_arm_jaw"))


def test_guard_chest_wall_pain_reproduced_by_palpation_is_defined() -> None:
    """Guard: pain reproduced by palpation defines it."""
    assert not D.undefined_sign(
        CHEST_WALL, _facts("chest_pain", "reproducible_chest_pain")
    )

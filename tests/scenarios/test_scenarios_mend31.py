"""mend31 (issue 10): analgesia after a withheld NSAID; GCA with visual loss.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- WHO analgesic ladder; ACEP 2017 acute pain in the ED; AGS Beers Criteria 2023 (no
  NSAID from 65); EAU 2024 urolithiasis: paracetamol or a titrated opioid when NSAIDs
  are contraindicated;
- Mackie SL et al. BSR 2020 GCA guideline: visual symptoms -> IV methylprednisolone
  (or prednisolone 60 mg at once) and same-day ophthalmology, not waiting for biopsy.

Each scenario asserts safety properties and failed on main 0bde63c before its fix.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANALGESIC = ("paracetamol", "acetaminophen", "morphine", "fentanyl", "hydromorphone")
HIGH_DOSE_STEROID = (r"methylprednisolone", r"prednisolone 60", r"prednisone 60")


def test_older_renal_colic_without_nsaid_still_gets_analgesia(reason: Reason) -> None:
    """AGS Beers 2023 withholds the NSAID at 70; EAU 2024: paracetamol or a titrated
    opioid instead. Severe colic must not end with no analgesic at all."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=70,
            sex="M",
            vitals=vitals(94, 146, 86, 18, 97),
            ed_note="70-year-old man, first-ever severe right flank pain radiating to "
            "the groin for 2 hours, colicky, vomiting. Exam: writhing, right loin "
            "tenderness, abdomen soft. Urine dipstick blood +++. Creatinine 90.",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *ANALGESIC)


def test_older_colic_without_pain_score_still_gets_analgesia(reason: Reason) -> None:
    """Renal colic is a painful condition (ACEP 2017) even with no score written; the
    NSAID withheld at 78 (AGS Beers 2023) leaves paracetamol (WHO ladder)."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=78,
            sex="F",
            vitals=vitals(88, 150, 80, 18, 97),
            ed_note="78-year-old woman with left renal colic since this morning, pain "
            "comes in waves and radiates to the groin, nauseated. Left loin "
            "tenderness, abdomen soft. Urine dipstick blood ++. Creatinine 80.",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *ANALGESIC)


def test_gca_with_curtain_over_one_eye_gets_high_dose_steroid(reason: Reason) -> None:
    """BSR 2020 GCA: a transient curtain over one eye is a visual symptom: IV
    methylprednisolone (or prednisolone 60 mg at once) and same-day ophthalmology."""
    out = reason(
        make_case(
            "HEADACHE",
            age=76,
            sex="F",
            vitals=vitals(84, 150, 80, 16, 97, 37.2),
            ed_note="76-year-old woman with 4 weeks of new left temporal headache, "
            "scalp tenderness combing her hair, jaw pain on chewing, and this morning "
            "a shade came down over her left eye for a few minutes. Tender thickened "
            "left temporal artery with reduced pulse, acuity 6/9 both eyes, no focal "
            "neurology. ESR 80, CRP 55.",
        )
    )
    assert O.medication_ordered(out, *HIGH_DOSE_STEROID)
    assert O.ordered(out, "ophthalmolog")


def test_gca_with_curtain_came_down_gets_same_day_eye_review(reason: Reason) -> None:
    """BSR 2020 GCA: visual symptoms mean same-day ophthalmology and high-dose
    steroid now, without waiting for the biopsy."""
    out = reason(
        make_case(
            "VISION PROBLEM",
            age=69,
            sex="M",
            vitals=vitals(80, 144, 82, 16, 98),
            ed_note="69-year-old man, a curtain came down over his right eye for about "
            "ten minutes yesterday, now resolved. Six weeks of new headache over the "
            "temples, pain in the jaw when chewing, stiff aching shoulders. Temporal "
            "arteries tender. ESR 74.",
        )
    )
    assert O.medication_ordered(out, *HIGH_DOSE_STEROID)
    assert O.ordered(out, "ophthalmolog")

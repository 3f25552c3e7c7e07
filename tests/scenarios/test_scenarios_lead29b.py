"""The lead's session-29 review, second part: retinal detachment, agitation in
psychosis and constipation without vomiting.

Written from: AAO Preferred Practice Pattern 2019 (posterior vitreous detachment,
retinal breaks; new flashes and floaters with a field defect need same-day
ophthalmology) and Hollands H et al. JAMA 2009;302:2243; Wilson MP et al. Project
BETA, West J Emerg Med 2012 and NICE NG10 2015 (de-escalation, then oral, then IM
medication for the agitated patient); Ten Broek RPG et al. Bologna 2017 adhesive SBO
guideline (nasogastric decompression for vomiting or gross distension).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_flashes_floaters_and_a_field_shadow_lead_to_retinal_detachment(
    reason: Reason,
) -> None:
    """New photopsia, a shower of floaters and a shadow over part of the field in a
    myope: retinal detachment leads the differential, with same-day ophthalmology."""
    out = reason(
        make_case(
            "VISION LOSS",
            age=61,
            sex="F",
            vitals=vitals(74, 136, 80, 14, 98),
            one_liner="61F, flashing lights and new floaters in the right eye.",
            ed_note=(
                "HPI: high myope, 2 days of flashing lights and a shower of floaters "
                "in the right eye, this morning a shadow over the lower half of the "
                "field. No pain, no headache, no weakness or speech change."
            ),
        )
    )
    top = out.final.ledger[0].diagnosis.lower()
    assert "retinal detachment" in top, out.final.ledger[:3]
    assert O.ordered(out, "ophthalmolog"), O.orders(out)


def test_agitated_patient_with_a_psychotic_illness_gets_a_sedation_plan(
    reason: Reason,
) -> None:
    """Known psychotic illness off antipsychotics, agitated and threatening, verbal
    de-escalation failing: an agitation plan (oral, then IM medication) is ordered
    before the diagnosis is confirmed (Project BETA 2012; NICE NG10)."""
    out = reason(
        make_case(
            "AGITATION",
            age=27,
            sex="F",
            vitals=vitals(112, 146, 88, 20, 99),
            one_liner="27F with a psychotic illness, aggressive in the street.",
            ed_note=(
                "HPI: known schizoaffective disorder, stopped her risperidone a month "
                "ago, brought by police after threatening others, pacing, shouting, "
                "not settling with verbal de-escalation. Glucose 6.1."
            ),
        )
    )
    assert O.medication_ordered(out, "olanzapine", "haloperidol", "droperidol"), (
        O.medications(out)
    )


def test_constipation_without_vomiting_gets_no_nasogastric_tube(
    reason: Reason,
) -> None:
    """Opioid-started constipation, still passing flatus, not vomiting: no
    nasogastric tube (Bologna 2017: decompression is for vomiting or gross
    distension)."""
    out = reason(
        make_case(
            "CONSTIPATION",
            age=81,
            sex="M",
            vitals=vitals(76, 138, 78, 14, 97),
            one_liner="81M, no bowel motion for 6 days since starting morphine.",
            ed_note=(
                "HPI: started oral morphine for back pain last week, no bowel motion "
                "for 6 days, mild discomfort, passing flatus, no vomiting.\nExam: "
                "abdomen soft, mildly distended, non-tender, bowel sounds normal, hard "
                "stool on PR."
            ),
        )
    )
    assert not O.ordered(out, "nasogastric"), O.orders(out)

"""trauma55 (session 55): an extradural haematoma, ...

Written from the sources named in each docstring, never from rows of the shared data:
- Carney N et al. Brain Trauma Foundation guidelines 4th ed. Neurosurgery 2017;80:6;
  Bullock MR et al. Neurosurgery 2006;58:S2-7 (surgical management of acute epidural
  haematomas); ACS ATLS 10th ed. 2018 ch. 6; ICD-10-CM FY2024 S06.4-.

Each target scenario failed on main (cee594c7) before its fix; each guard passes on
both. One reasoner run per test.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_extradural_haematoma_on_ct_with_a_sluggish_dilated_pupil_is_no_concussion(
    reason: Reason,
) -> None:
    """Bullock 2006; BTF 2016; ATLS 10th ed. ch. 6: a lucid interval, then drowsiness
    with one pupil 6 mm and sluggish, and an extradural haematoma with midline shift
    on CT: a herniating mass lesion. Osmotherapy as a bridge, neurosurgery for
    evacuation; coded as the epidural haemorrhage (S06.4-), never as a concussion."""
    out = reason(
        make_case(
            "head injury",
            age=24,
            sex="M",
            vitals=vitals(56, 192, 88, 10, 97),
            one_liner="24M hit by a cricket ball to the side of the head, lucid, now "
            "drowsy",
            ed_note="Struck on the left temple by a cricket ball 2 h ago, briefly dazed "
            "then talking normally for an hour, now increasingly drowsy with vomiting. "
            "GCS 10 (E2 V3 M5). Left pupil 6 mm sluggish. CT head: left temporal "
            "extradural haematoma 2.5 cm with 8 mm midline shift and a temporal bone "
            "fracture.",
        )
    )
    assert out.final.icd10.startswith("S06.4"), (out.final.icd10, O.working(out))
    assert O.medication_ordered(out, "hypertonic saline", "mannitol"), O.order_names(out)
    assert O.ordered(out, "neurosurg"), O.order_names(out)

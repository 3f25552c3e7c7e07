"""review17 (issue 10): obstetric, airway and skin emergencies; blood loss read right.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- RCOG Green-top Guideline 50, Umbilical cord prolapse (2014);
- ACOG Committee Opinion 579 (2013, definition of term) and Practice Bulletin 171
  (2016, preterm labour); ACOG Committee Opinion 713 (antenatal corticosteroids);
- Tintinalli's Emergency Medicine 9th ed. ch. 246-247 (upper airway infections) and
  Frerk C et al. Difficult Airway Society 2015 guidelines (Br J Anaesth 2015;115:827);
- Creamer D et al. UK guidelines for SJS/TEN in adults 2016 (Br J Dermatol
  2016;174:1194); ESI v4 handbook ch. 4 (high-risk situations);
- ATLS 10th ed. (haemorrhagic shock needs a haemorrhage: haemorrhagic bullae, a
  haemorrhagic crust or ruptured membranes are no blood loss).

Each scenario asserts safety properties (what must be ordered, what must not, the
triage floor) and failed on main before ``agents.pathways_specialty``, the blood-loss
words of ``agents.pathways`` and the term-pregnancy finding.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BLOOD_NOW = ("emergency-release", "massive transfusion", "uncrossmatched", "o-negative")
STEROID_FOR_LUNGS = ("betamethasone", "dexamethasone")


def test_term_labour_gets_no_preterm_corticosteroid(reason: Reason) -> None:
    """ACOG CO 579: 37+0 weeks is term; preterm labour (ACOG PB 171) and its
    betamethasone (ACOG CO 713: up to 34+6 weeks) do not apply to labour at term."""
    out = reason(
        make_case(
            "contractions",
            age=29,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 99),
            one_liner="29 y.o. G2P1 at 39+3 weeks gestation with regular painful "
            "contractions since midnight",
            ed_note="Contractions every 4 minutes lasting 60 s. Membranes intact. "
            "Cervix 4 cm dilated, fully effaced. Fetal heart 140, reactive.",
            case_id="r17-term-labour",
        )
    )
    assert not O.medication_ordered(out, *STEROID_FOR_LUNGS)
    final = out.final.diagnosis_name or ""
    assert "preterm" not in final.lower()


def test_haemorrhagic_bullae_are_not_haemorrhagic_shock(reason: Reason) -> None:
    """ATLS 10th ed.: shock is haemorrhagic with blood loss; septic shock from a
    Vibrio soft-tissue infection with haemorrhagic bullae needs antibiotics and
    surgery, not emergency-release blood or a massive transfusion protocol."""
    out = reason(
        make_case(
            "leg swelling",
            age=66,
            sex="M",
            vitals=vitals(128, 98, 56, 24, 95, 38.8),
            one_liner="66 y.o. man with cirrhosis, cut his shin wading in the sea "
            "yesterday, now the leg is swollen and purple",
            ed_note="Rapidly spreading erythema of the left leg with haemorrhagic "
            "bullae, pain out of proportion. Lactate 4.1.",
            case_id="r17-vibrio",
        )
    )
    assert not O.ordered(out, *BLOOD_NOW)
    assert not O.medication_ordered(out, r"tranexamic")


def test_ruptured_membranes_are_not_blood_loss(reason: Reason) -> None:
    """ATLS 10th ed. and ACOG CO 712 (intra-amniotic infection): a tachycardic
    febrile woman whose membranes ruptured a day ago has chorioamnionitis, not a
    haemorrhage: no emergency-release blood."""
    out = reason(
        make_case(
            "fever",
            age=26,
            sex="F",
            vitals=vitals(126, 108, 64, 22, 97, 38.7),
            one_liner="26 y.o. G1P0 at 31 weeks gestation with ruptured membranes "
            "since yesterday, now fever and abdominal pain",
            ed_note="Uterine tenderness, foul-smelling amniotic fluid. No vaginal "
            "bleeding. Fetal heart 175.",
            case_id="r17-chorio",
        )
    )
    assert not O.ordered(out, *BLOOD_NOW)

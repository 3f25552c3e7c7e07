"""card29c: leftovers of card29b (massive haemoptysis, the dissection repair consult,
an airway already secured).

Written from: Davidson K, Shojaee S. Managing massive hemoptysis. Chest 2020;157:77
and Ibrahim WH. Eur Respir J 2008;32:1131 (massive haemoptysis is treated as itself
before its cause is known; ICD-10-CM FY2024 I.B.4 codes the sign when no diagnosis is
established); Isselbacher EM et al. 2022 ACC/AHA aortic disease guideline and Rogers AM
et al. Circulation 2011;123:2213 (ADD-RS: the dissection's own signs) and Wanhainen A
et al. ESVS 2024 (a ruptured AAA goes to the vascular surgeon for repair); Panchal AR
et al. AHA 2020 post-cardiac arrest care, Circulation 2020;142:S366 (after ROSC the
patient is ventilated through the airway already placed). Research software, not for
clinical use.
"""

from __future__ import annotations

import re
from typing import Final

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

DISSECTION_REPAIR: Final = re.compile(r"type a|dissection repair", re.IGNORECASE)


def _repair_consults(out: ReasoningOutput) -> list[str]:
    """Consults whose name or reason is a (type A) dissection repair."""
    return [
        f"{o.name} ({o.reason})"
        for o in O.orders(out)
        if o.kind == "consult" and DISSECTION_REPAIR.search(f"{o.name} {o.reason}")
    ]


def test_massive_haemoptysis_is_named_as_what_is_treated(reason: Reason) -> None:
    """300 mL of bright red blood coughed up in bronchiectasis (Ibrahim 2008: massive):
    the airway, tranexamic acid and embolisation are ordered for the haemoptysis
    itself, and the visit is coded as haemoptysis (R04), not as the dyspnoea of the
    complaint list; the patient goes to intensive care."""
    out = reason(
        make_case(
            "HEMOPTYSIS",
            age=58,
            sex="M",
            vitals=vitals(118, 104, 66, 26, 89, 37.1),
            one_liner="58M with bronchiectasis coughing up frank blood.",
            ed_note=(
                "HPI: known bronchiectasis, coughing up about 300 mL of bright red "
                "blood over 2 hours. No chest pain. No anticoagulant."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("R04"), out.final
    assert O.medication_ordered(out, "tranexamic"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_ruptured_aaa_gets_no_type_a_dissection_repair_consult(
    reason: Reason,
) -> None:
    """A known 6 cm aneurysm, collapse, shock and a 7 cm AAA with a retroperitoneal
    haematoma on bedside ultrasound: the vascular surgeon repairs the aneurysm (ESVS
    2024); nothing shows or suggests a dissection (no flap, no pulse deficit, no
    widened mediastinum), so no type A dissection repair consult."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=72,
            sex="M",
            vitals=vitals(124, 78, 44, 24, 95, 36.4),
            one_liner="72M with sudden abdominal pain and collapse.",
            ed_note=(
                "HPI: sudden severe abdominal and back pain radiating to the flank, "
                "collapsed at home. Known 6 cm abdominal aortic aneurysm under "
                "surveillance.\nExam: pale, clammy, pulsatile tender abdominal mass.\n"
                "Bedside ultrasound: AAA 7 cm with retroperitoneal haematoma."
            ),
        )
    )
    assert O.ordered(out, r"vascular surg"), O.orders(out)
    assert not _repair_consults(out), _repair_consults(out)


def test_imaged_type_a_dissection_keeps_its_repair_consult(reason: Reason) -> None:
    """Guard: tearing chest pain to the back with a pulse deficit and a flap in the
    ascending aorta on CT angiography is a type A dissection (ACC/AHA 2022): the
    cardiothoracic surgeon is called."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=64,
            sex="M",
            vitals=vitals(104, 182, 98, 20, 97),
            one_liner="64M with sudden tearing chest pain radiating to the back.",
            ed_note=(
                "HPI: sudden tearing chest pain radiating to the back, maximal at "
                "onset. Hypertension.\nExam: pulse deficit in the right arm.\nCT "
                "angiography: intimal flap in the ascending aorta, Stanford type A "
                "aortic dissection."
            ),
        )
    )
    assert O.ordered(out, "cardiothoracic"), O.orders(out)


def test_intubated_patient_after_rosc_gets_no_second_airway(reason: Reason) -> None:
    """VF arrest, ROSC after two shocks, intubated in the field and on the ventilator:
    the airway is already secured, so post-ROSC care (AHA 2020) ventilates through it
    and no 'advanced airway' is ordered; arrest drugs stay withheld."""
    out = reason(
        make_case(
            "CARDIAC ARREST",
            age=61,
            sex="M",
            vitals=vitals(98, 96, 58, 14, 96, 35.9),
            one_liner="61M after out-of-hospital VF arrest, ROSC.",
            ed_note=(
                "HPI: out-of-hospital VF arrest, bystander CPR, ROSC after 2 shocks by "
                "EMS. Intubated in the field, ETT in situ, on the ventilator. GCS 3T.\n"
                "ECG post-ROSC: sinus rhythm, no ST elevation."
            ),
        )
    )
    assert not O.ordered(out, r"advanced airway|intubat"), O.orders(out)
    assert not O.medication_ordered(out, r"epinephrine 1 mg"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_arrest_without_an_airway_still_gets_one(reason: Reason) -> None:
    """Guard: a witnessed arrest being bagged (bag-valve-mask) has no secured airway:
    the advanced airway stays in the plan (AHA 2020 adult ALS)."""
    out = reason(
        make_case(
            "CARDIAC ARREST",
            age=70,
            sex="M",
            vitals=vitals(0, 0, 0, 0, 0),
            one_liner="70M in cardiac arrest, CPR in progress.",
            ed_note=(
                "HPI: collapsed at home, pulseless, CPR in progress, ventilated by "
                "BVM by EMS."
            ),
        )
    )
    assert O.ordered(out, r"advanced airway"), O.orders(out)

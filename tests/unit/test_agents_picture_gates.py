"""Unit tests for ``agents.picture_gates``: orders against the documented picture."""

from __future__ import annotations

import pytest

from agents import picture_gates as P
from agents.schemas import Order
from cases.population import Population

ADULT = Population(age_days_min=40 * 365, age_days_max=40 * 365, sex="F")
CHILD = Population(age_days_min=13 * 365, age_days_max=13 * 365, sex="F")
ERCP = Order(
    kind="consult",
    name="gastroenterology (ERCP) for biliary drainage",
    reason="biliary decompression",
    for_diagnosis="Other cholangitis (acute ascending cholangitis)",
)


@pytest.mark.parametrize(
    "text",
    [
        "Jaundiced. Bilirubin 4.2 mg/dL.",
        "Bilirubin 68 umol/L, ALP 410 U/L.",
        "Ultrasound: dilated common bile duct 11 mm with a duct stone.",
        "Raised ALP and GGT.",
    ],
)
def test_cholestasis_lets_drainage_through(text: str) -> None:
    assert P.gate(ERCP, P.read([text], ADULT)) is None


@pytest.mark.parametrize(
    "text",
    [
        "No jaundice. Bilirubin 0.8 mg/dL, ALP 90, GGT normal. CBD not dilated.",
        "Fever and RUQ pain; gallstones with a thick-walled gallbladder.",
    ],
)
def test_no_cholangitis_treatment_without_cholestasis(text: str) -> None:
    picture = P.read([text], ADULT)
    assert P.gate(ERCP, picture) is not None
    antibiotic = ERCP.model_copy(
        update={"kind": "medication", "name": "piperacillin-tazobactam 4.5 g IV"}
    )
    assert P.gate(antibiotic, picture) is not None
    cholecystitis = antibiotic.model_copy(
        update={"for_diagnosis": "Acute cholecystitis", "name": "IV antibiotics"}
    )
    assert P.gate(cholecystitis, picture) is None


def test_minor_burn_care_blocked_only_in_a_major_burn() -> None:
    dress = Order(
        kind="procedure",
        name="clean and dress the burn (non-adherent dressing)",
        reason="minor burn care",
    )
    assert P.gate(dress, P.read(["flame burn, 30 % TBSA"], ADULT)) is not None
    assert P.gate(dress, P.read(["flame burn, 5 % TBSA"], ADULT)) is None


def test_transvaginal_becomes_transabdominal_in_a_child_or_never_active() -> None:
    tvus = Order(kind="diagnostic", name="transvaginal ultrasound", reason="x")
    assert P.adjust(tvus, P.read(["hCG positive"], CHILD)) is not None
    assert P.adjust(tvus, P.read(["never sexually active"], ADULT)) is not None
    assert P.adjust(tvus, P.read(["hCG positive"], ADULT)) is None


def test_complete_food_bolus_obstruction_makes_endoscopy_emergent() -> None:
    scope = Order(
        kind="consult",
        name="endoscopy within 24 h; biopsies",
        reason="food impaction",
        for_diagnosis="Food in esophagus",
    )
    changed = P.adjust(scope, P.read(["drooling, cannot swallow saliva"], ADULT))
    assert changed is not None and "6 h" in changed[0].name
    assert P.adjust(changed[0], P.read(["drooling"], ADULT)) is None
    assert (
        P.adjust(scope, P.read(["swallowing saliva, mild discomfort"], ADULT)) is None
    )


def test_tension_decompression_first_and_imaging_after() -> None:
    decompress = Order(kind="procedure", name="needle decompression", reason="x")
    cxr = Order(kind="diagnostic", name="chest x-ray", reason="x")
    picture = P.read(["tension"], ADULT, [decompress])
    assert P.decompression_first([cxr, decompress], picture)[0] == decompress
    staged = P.adjust(cxr, picture)
    assert staged is not None and staged[0].name.startswith("after decompression")
    assert P.adjust(cxr, P.read(["tension"], ADULT)) is None


def test_antenatal_orders_withheld_once_the_baby_is_born() -> None:
    ctg = Order(kind="monitoring", name="continuous fetal monitoring", reason="x")
    steroid = Order(kind="medication", name="antenatal corticosteroids", reason="x")
    consult = Order(
        kind="consult", name="OB/GYN emergently", reason="delivery planning"
    )
    born = P.read(["delivered a baby girl at home 1 hour ago"], ADULT)
    pregnant = P.read(["34 weeks pregnant, contractions"], ADULT)
    assert P.gate(ctg, born) is not None
    assert P.gate(steroid, born) is not None
    assert P.gate(ctg, pregnant) is None
    changed = P.adjust(consult, born)
    assert changed is not None and "delivery planning" not in changed[0].reason
    assert P.adjust(consult, pregnant) is None


def test_no_ectopic_treatment_after_an_abortion_or_a_documented_iup() -> None:
    consult = Order(
        kind="consult", name="gynecology", reason="x", for_diagnosis="Ectopic pregnancy"
    )
    anti_d = consult.model_copy(
        update={"kind": "medication", "name": "anti-D immunoglobulin if Rh-negative"}
    )
    scan = consult.model_copy(update={"kind": "diagnostic", "name": "transvaginal US"})
    after = P.read(["fever 4 days after a self-induced abortion"], ADULT)
    iup = P.read(["bedside ultrasound: live intrauterine pregnancy"], ADULT)
    ivf = P.read(["intrauterine pregnancy after IVF embryo transfer"], ADULT)
    unknown = P.read(["6 weeks pregnant, pelvic pain"], ADULT)
    assert P.gate(consult, after) is not None
    assert P.gate(consult, iup) is not None
    assert P.gate(consult, ivf) is None  # heterotopic pregnancy after ART
    assert P.gate(consult, unknown) is None
    assert P.gate(anti_d, after) is None
    assert P.gate(scan, after) is None
    ctg = Order(kind="monitoring", name="fetal monitoring", reason="x")
    assert P.gate(ctg, after) is not None

"""One order per concept (agents.order_concepts) and the leading-diagnosis gates
(agents.leading_gates): unit tests written from ISMP 2020 (duplicate therapy), ESC 2015
pericardial diseases, ACC/AHA 2013 STEMI and AHA/ASA 2023 aneurysmal SAH."""

from __future__ import annotations

from agents import leading_gates as G
from agents.order_concepts import concepts, deduplicate
from agents.schemas import DifferentialEntry, Order


def _o(name: str, kind: str = "medication", for_dx: str | None = None) -> Order:
    return Order(kind=kind, name=name, reason="r", for_diagnosis=for_dx)  # type: ignore[arg-type]


def test_same_drug_same_route_is_one_order_keeping_the_dosed_one() -> None:
    first = _o("IV magnesium")
    dosed = _o("magnesium sulfate 2 g IV over 15 min")
    kept, dropped = deduplicate([first, dosed])
    assert kept == [dosed] and dropped == [(first, dosed)]


def test_same_drug_other_route_is_two_orders() -> None:
    orders = [_o("nitroglycerin 0.4 mg SL"), _o("nitroglycerin infusion 10 mcg/min")]
    assert deduplicate(orders)[0] == orders


def test_the_first_of_two_dosed_orders_stays() -> None:
    a = _o("magnesium sulfate 2 g IV over 1-2 min (repeat once), then infusion")
    b = _o("magnesium sulfate 2 g (8 mmol) IV over 15 min, then an infusion; recheck")
    assert deduplicate([a, b])[0] == [a]
    assert deduplicate([b, a])[0] == [b]


def test_a_combination_covers_its_single_drug() -> None:
    combo = _o("albuterol/ipratropium nebulizer")
    single = _o("nebulised salbutamol 5 mg")
    assert deduplicate([single, combo])[0] == [combo]


def test_procedures_deduplicate_and_conditions_name_nothing() -> None:
    niv = _o(
        "non-invasive ventilation (bilevel); intubate if it fails", kind="procedure"
    )
    again = _o("non-invasive ventilation (bilevel) with HDU monitoring", "procedure")
    intubate = _o("rapid sequence intubation", kind="procedure")
    kept, _ = deduplicate([niv, again, intubate])
    assert kept == [niv, intubate]


def test_a_bundle_is_never_dropped_for_one_of_its_concepts() -> None:
    """The fuller order stays: the plain one it covers goes."""
    oxygen = _o("supplemental oxygen to SpO2 94-98%", kind="procedure")
    bundle = _o(
        "acute chest syndrome: IV cephalosporin plus a macrolide, oxygen to SpO2 >= "
        "95 %, incentive spirometry"
    )
    assert deduplicate([oxygen, bundle])[0] == [bundle]
    assert deduplicate([bundle, oxygen])[0] == [bundle]


def test_a_test_panel_is_kept_and_a_drug_is_not_covered_by_a_test() -> None:
    panel = _o("CBC (hematocrit), BMP, troponin", kind="diagnostic")
    serial = _o("serial troponins", kind="diagnostic")
    single = _o("troponin", kind="diagnostic")
    cultures = _o("blood cultures x2 before antibiotics", kind="diagnostic")
    drug = _o("piperacillin-tazobactam 4.5 g IV after blood cultures")
    kept, _ = deduplicate([panel, serial, single, cultures, drug])
    assert kept == [panel, serial, cultures, drug]


def test_stop_orders_name_no_concept() -> None:
    assert concepts(_o("stop every QT-prolonging drug (ondansetron, methadone)")) == (
        frozenset()
    )


PERICARDITIS_ECG = (
    "ECG: diffuse ST elevation with PR depression, no reciprocal ST depression.",
)


def _entry(name: str, p: float, status: str = "considered") -> DifferentialEntry:
    return DifferentialEntry(
        diagnosis=name,
        probability=p,
        status=status,  # type: ignore[arg-type]
        changed_by="treatment",
    )


def test_pericarditis_leading_withholds_the_acs_protocol_and_qualifies_cath_lab() -> (
    None
):
    ledger = [_entry("Acute pericarditis", 0.45), _entry("ST elevation MI", 0.01)]
    s = G.read(PERICARDITIS_ECG, ledger, "Acute pericarditis", 128, 90)
    assert s.mimic == "Acute pericarditis"
    aspirin = _o("aspirin 324 mg chewed", for_dx="ST elevation myocardial infarction")
    assert G.gate(aspirin, s) is not None
    assert G.gate(_o("tenecteplase weight-based"), s) is not None
    assert G.gate(_o("ibuprofen 600 mg PO", for_dx="Acute pericarditis"), s) is None
    cath = _o("cardiology / cath lab activation", kind="consult")
    qualified = G.qualify(cath, s)
    assert qualified is not None and qualified.name.startswith("only if STEMI")


def test_stemi_criteria_keep_the_cath_lab() -> None:
    texts = ("ST elevation in II, III, aVF with reciprocal ST depression in aVL.",)
    s = G.read(texts, [_entry("Acute pericarditis", 0.3)], None, 140, 90)
    assert s.mimic is None
    assert G.qualify(_o("cath lab activation", kind="consult"), s) is None


def test_the_pericarditis_ecg_alone_is_a_mimic() -> None:
    s = G.read(PERICARDITIS_ECG, [_entry("Chest wall pain", 0.4)], None, 120, 90)
    assert s.mimic is not None


def test_bp_lowering_and_diuretics_wait_at_hypotension() -> None:
    s = G.read((), [], None, 84, 90)
    assert G.gate(_o("diltiazem 0.25 mg/kg IV"), s) is not None
    assert G.gate(_o("IV furosemide"), s) is not None
    assert G.gate(_o("stop labetalol"), s) is None
    assert G.gate(_o("diltiazem 0.25 mg/kg IV"), G.read((), [], None, 120, 90)) is None


def test_nimodipine_needs_a_shown_aneurysmal_sah() -> None:
    nimodipine = _o("nimodipine 60 mg PO q4h")
    suspected = ("Suspected subarachnoid haemorrhage, CT head pending.",)
    shown = ("CT head: diffuse subarachnoid haemorrhage in the basal cisterns.",)
    assert G.gate(nimodipine, G.read(suspected, [], None, 150, 90)) is not None
    assert G.gate(nimodipine, G.read(shown, [], None, 150, 90)) is None
    assert G.gate(nimodipine, G.read(shown, [], None, 86, 90)) is not None


def test_a_drug_named_as_a_companion_is_not_ordered_by_that_order() -> None:
    """GINA 2024: ipratropium 'with each albuterol nebuliser' orders no albuterol."""
    ipratropium = _o(
        "ipratropium 0.5 mg nebulised with each of the first three albuterol"
    )
    albuterol = _o("albuterol (salbutamol) 2.5-5 mg nebulised every 20 min")
    assert deduplicate([ipratropium, albuterol])[0] == [ipratropium, albuterol]


def test_a_specialty_is_called_once_keeping_the_specific_call() -> None:
    plain = _o("cardiology consult", kind="consult")
    cath = _o("cardiology / cath lab activation", kind="consult")
    ob = _o("obstetrics emergently", kind="consult")
    ob_again = _o("OB/GYN emergently", kind="consult")
    assert deduplicate([plain, cath, ob, ob_again])[0] == [cath, ob]


def test_a_resolved_deficit_is_not_lysed() -> None:
    """AHA/ASA 2019 3.5; NICE NG128: a TIA gets antiplatelets, not alteplase."""
    lytic = _o("alteplase or tenecteplase if eligible within 4.5 h", for_dx="stroke")
    resolved = ("Symptoms fully resolved before arrival; examination normal.",)
    ongoing = ("Right arm weakness and aphasia for 1 hour.",)
    assert G.gate(lytic, G.read(resolved, [], None, 150, 90)) is not None
    assert G.gate(lytic, G.read(ongoing, [], None, 150, 90)) is None
    assert G.gate(
        lytic, G.read(ongoing, [], "Transient cerebral ischemic attack", 150, 90)
    )

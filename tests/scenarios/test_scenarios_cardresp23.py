"""cardresp23: adult cardiorespiratory presentations, from the guidelines.

Each scenario asserts a safety property written from the source in its docstring
(never from rows of the shared data):

- McDonagh TA et al. ESC 2021 heart failure, 11.1.4 (cardiogenic shock) and ATLS
  10th ed.: a low ejection fraction is no injury mechanism, so a cardiogenic shock
  gets no massive transfusion, tranexamic acid or trauma team;
- Six AJ et al. Neth Heart J 2008 (HEART score) and Gulati M et al. AHA/ACC 2021
  chest pain: the HEART score is validated in chest pain suspected to be ACS;
  breathlessness on exertion without chest pain is outside its population;
- Konstantinides SV et al. ESC 2019 acute PE (class I): PE likely by Wells (one leg
  swollen and tender with its side is the clinical sign of DVT) is anticoagulated
  while the CTPA is awaited;
- Katz PO et al. ACG 2022 GERD and NICE CG184: a burning retrosternal pain with
  regurgitation, ACS excluded, gets an antacid or PPI, not an NSAID;
- Kusumoto FM et al. ACC/AHA/HRS 2018 bradycardia: a Mobitz II, high-grade or
  third-degree AV block on the ECG with its symptoms is the diagnosis; a
  first-degree block is not;
- APA 2009 panic disorder (DSM-5 panic attack): perioral numbness and carpopedal
  spasm after a stressor, chest clear, are hyperventilation, not a pneumonia.

Every scenario failed on main (9a84cb6) before the change that made it pass, except
the guards named as such.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_low_ejection_fraction_in_cardiogenic_shock_is_no_trauma(
    reason: Reason,
) -> None:
    """ESC 2021 heart failure 11.1.4: cardiogenic shock is treated with vasopressor
    and inotrope support; blood products and tranexamic acid belong to haemorrhage
    (ATLS 10th ed.; CRASH-2), and the working diagnosis is no haemorrhagic shock."""
    out = reason(
        make_case(
            "dyspnea",
            age=68,
            sex="F",
            vitals=vitals(118, 78, 52, 30, 89),
            one_liner="68 yo F with known heart failure, increasingly breathless and"
            " grey",
            ed_note="68F dilated cardiomyopathy, last echo ejection fraction 15 %."
            " Progressive breathlessness over 4 days, cannot lie flat. Cool mottled"
            " legs, confused, crackles to the mid zones, raised JVP. Lactate 5.1."
            " CXR: bilateral alveolar oedema.",
            case_id="cr23-ef-shock",
        )
    )
    assert not O.medication_ordered(out, "tranexamic", "txa")
    assert not O.ordered(out, "massive transfusion", "trauma surg")
    assert not O.proposes(out, "hemorrhagic shock")


def test_heart_score_is_not_used_for_exertional_breathlessness(
    reason: Reason,
) -> None:
    """AHA/ACC 2021 chest pain; HEART (Six 2008) was derived and validated in chest
    pain: a breathless patient who denies chest pain is not scored with it, and the
    denied chest pain stays denied."""
    out = reason(
        make_case(
            "shortness of breath",
            age=74,
            sex="M",
            vitals=vitals(84, 138, 80, 18, 96),
            one_liner="74 yo M short of breath on exertion for 10 days",
            ed_note="74M hypertension. Short of breath on exertion for 10 days, now"
            " after one flight of stairs. Denies chest pain, palpitations or"
            " syncope. Chest clear, no ankle oedema. ECG sinus rhythm.",
            case_id="cr23-doe-heart",
        )
    )
    assert not any(r == "heart" or r.startswith("heart ") for r in O.rules_shown(out))
    assert "HEART" not in O.disposition(out).rationale


def test_pe_likely_by_wells_is_anticoagulated_while_ctpa_is_awaited(
    reason: Reason,
) -> None:
    """ESC 2019 acute PE (class I): with PE likely (Wells > 4: one leg swollen and
    tender, HR > 100, active cancer) and no bleeding risk, anticoagulation starts
    while the CT pulmonary angiogram is awaited, and no D-dimer is sent for the PE."""
    out = reason(
        make_case(
            "shortness of breath",
            age=70,
            sex="M",
            vitals=vitals(106, 130, 78, 24, 92),
            one_liner="70 yo M with prostate cancer, breathless for 3 days",
            ed_note="70M metastatic prostate cancer on hormone therapy. Three days of"
            " breathlessness, worse today. Left calf swollen and tender, pitting"
            " oedema to the knee. No haemoptysis, no bleeding history, not on"
            " anticoagulants. Chest clear. ECG sinus tachycardia.",
            case_id="cr23-wells-heparin",
        )
    )
    assert O.medication_ordered(out, "heparin", "enoxaparin", "anticoagula")
    assert not any(
        "d-dimer" in o.name.lower() and "pulmonary" in (o.for_diagnosis or "").lower()
        for o in O.orders(out)
    )


def test_reflux_type_chest_pain_after_acs_excluded_gets_acid_suppression(
    reason: Reason,
) -> None:
    """Katz PO et al. ACG 2022 GERD: a burning retrosternal pain with regurgitation is
    reflux once ACS is excluded (AHA/ACC 2021 chest pain: normal ECG, hs-troponin
    below the limit twice); it is treated with an antacid or PPI, not an NSAID,
    which worsens dyspepsia (NICE CG184)."""
    out = reason(
        make_case(
            "chest pain",
            age=49,
            sex="F",
            vitals=vitals(74, 128, 80, 14, 99),
            one_liner="49 yo F burning in the chest after dinner",
            ed_note="49F, no cardiac history or risk factors. Burning in the chest"
            " behind the breastbone since a heavy dinner, worse bending forward, with"
            " a sour taste coming up into the mouth. Comparable episodes before. ECG"
            " normal. High-sensitivity troponin < 5 ng/L at presentation and 3 hours"
            " later. Chest wall not tender. Abdomen soft.",
            case_id="cr23-reflux",
        )
    )
    assert O.medication_ordered(out, "ppi", "antacid", "omeprazole", "proton pump")
    assert not O.medication_ordered(out, *O.NSAID)


def _final_status(out: ReasoningOutput, word: str) -> str | None:
    """The final ledger status of the first diagnosis whose name contains ``word``."""
    ledger = out.final.ledger
    return next((e.status for e in ledger if word in e.diagnosis.lower()), None)


def test_third_degree_block_on_the_ecg_establishes_the_bradyarrhythmia(
    reason: Reason,
) -> None:
    """ACC/AHA/HRS 2018 bradycardia; ESC 2021 pacing: third-degree AV block on the
    ECG with presyncope is the diagnosis (pacing, class I), not one possibility
    beside vertigo; pads and pacing are arranged."""
    out = reason(
        make_case(
            "weakness",
            age=84,
            sex="F",
            vitals=vitals(38, 96, 52, 16, 96),
            one_liner="84 yo F near-faints since this morning, pulse slow",
            ed_note="84F felt she was going to pass out three times this morning,"
            " now tired. Alert and orientated. 12-lead: third-degree AV block with"
            " a wide ventricular escape at 38 bpm. Potassium 4.2. No new drugs.",
            case_id="cr23-chb",
        )
    )
    assert _final_status(out, "arrhythmia") == "ruled_in"
    assert O.ordered(out, "pacing")


def test_first_degree_block_in_a_faint_is_no_high_grade_block(
    reason: Reason,
) -> None:
    """Guard (ACC/AHA/HRS 2018): a first-degree AV block is conduction delay, not the
    high-grade block that establishes an arrhythmic syncope."""
    out = reason(
        make_case(
            "syncope",
            age=33,
            sex="M",
            vitals=vitals(68, 122, 76, 14, 99),
            one_liner="33 yo M fainted while having blood taken",
            ed_note="33M felt hot, sweaty and nauseated while having blood taken,"
            " then fainted for a few seconds, back to normal at once. ECG: sinus"
            " rhythm 68, first degree heart block (PR 220 ms), normal QT. Well.",
            case_id="cr23-first-degree",
        )
    )
    assert _final_status(out, "arrhythmia") != "ruled_in"


def test_hyperventilation_signs_point_to_panic_not_pneumonia(
    reason: Reason,
) -> None:
    """DSM-5 panic attack (APA 2009): acute breathlessness after a stressor with
    perioral numbness and carpopedal spasm, clear chest, SpO2 100 % and no fever, is
    hyperventilation: the working diagnosis is the panic attack, not a
    pneumonia worked up with a chest x-ray."""
    out = reason(
        make_case(
            "shortness of breath",
            age=24,
            sex="M",
            vitals=vitals(102, 132, 78, 30, 100),
            one_liner="24 yo M overbreathing after hearing bad news",
            ed_note="24M started overbreathing after hearing bad news an hour ago,"
            " feels he cannot catch his breath. Perioral numbness, carpopedal spasm"
            " of both hands. No chest pain. Chest clear. SpO2 100 % on room air.",
            case_id="cr23-hyperventilation",
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert "pneumonia" not in (result.working_diagnosis or "").lower()
    assert "panic" in (result.working_diagnosis or "").lower()

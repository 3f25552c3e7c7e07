"""dx33's leftovers, each a general cause (mend33, issue 10).

Sources: Kardalas E et al. Endocr Connect 2018;7:R135 and the UK Renal Association /
NHS severe hypokalaemia guidance (K < 2.5 mmol/L, or ECG change, paralysis or
arrhythmia: IV potassium chloride at a limited rate under cardiac monitoring; 2.5-2.9
without either: by mouth); Chirica M et al. Esophageal emergencies: WSES guidelines.
World J Emerg Surg 2019;14:26, Brinster CJ et al. Ann Thorac Surg 2004;77:1475 and
Tintinalli 9th ed. ch. 80 (oesophageal perforation: nil by mouth, antibiotics,
contrast CT, surgery); Adler Y et al. ESC 2015 pericardial diseases, Eur Heart J
2015;36:2921 (3.1: widespread ST elevation or PR depression with pericarditic pain;
3.1.3: myopericarditis is admitted) and O'Gara PT et al. ACC/AHA 2013 STEMI with
Thygesen K et al. Fourth UDMI 2018 (ST elevation in a territory with reciprocal
depression is an occlusion MI); NICE NG158 2020 and Wells PS et al. Lancet 1997 (a
swollen painful calf is suspected DVT: Wells score, D-dimer or proximal ultrasound);
ICD-10-CM Official Guidelines FY2024 I.C.19.e.5.b and NICE NG225 2022 (a poisoning
documented as meant to harm oneself is coded intentional self-harm; a child's
exploratory ingestion is accidental). Vignettes written for this file from those
sources, never from shared-file rows; properties, not strings.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios._orders import ANTITHROMBOTIC, disposition, orders, working
from tests.scenarios.conftest import Reason, make_case, vitals

_IV_KCL = re.compile(
    r"(?i)(?:potassium chloride|\bkcl\b)[^;]{0,30}\b(?:iv|intravenous|infusion)\b"
)
_RATE = re.compile(r"(?i)\d+\s*mmol/h")
_NBM = re.compile(r"(?i)nil by mouth|\bnpo\b|nothing by mouth")


def _order_names(out: ReasoningOutput) -> list[str]:
    return [o.name for o in orders(out)]


def _cath_lab_unqualified(out: ReasoningOutput) -> bool:
    """A catheter-laboratory activation not staged on 'only if STEMI criteria'."""
    return any(
        re.search(r"(?i)cath\w* lab", n) and not re.match(r"(?i)\s*only if", n)
        for n in _order_names(out)
    )


def _antithrombotic(out: ReasoningOutput) -> bool:
    words = "|".join(ANTITHROMBOTIC)
    return any(
        o.kind == "medication" and re.search(rf"(?i){words}", o.name)
        for o in orders(out)
    )


def _iv_potassium_with_rate(out: ReasoningOutput) -> bool:
    return any(_IV_KCL.search(n) and _RATE.search(n) for n in _order_names(out))


# --- severe hypokalaemia: the IV potassium order itself ----------------------------


def test_potassium_2_0_with_paralysis_gets_iv_potassium_at_a_limited_rate(
    reason: Reason,
) -> None:
    """Kardalas 2018; UK Renal Association: K < 2.5 with paralysis is IV potassium
    chloride at a stated rate under cardiac monitoring, not a generic 'replacement'."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=27,
            sex="M",
            vitals=vitals(68, 126, 74, 16, 98),
            one_liner="27M unable to lift his legs",
            ed_note="27-year-old man woke this morning unable to lift his legs, power "
            "1/5 in both legs. Potassium 2.0 mmol/L. ECG: U waves.",
            case_id="mend33-k20",
        )
    )
    assert _iv_potassium_with_rate(out)
    assert any(re.search(r"(?i)cardiac monitor", n) for n in _order_names(out))


def test_potassium_2_3_with_ventricular_ectopics_gets_iv_potassium(
    reason: Reason,
) -> None:
    """Kardalas 2018: an arrhythmia with K < 2.5 is IV potassium chloride, rate-
    limited, monitored."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=64,
            sex="F",
            vitals=vitals(98, 128, 78, 16, 97),
            one_liner="64F palpitations, low potassium",
            ed_note="64-year-old woman with a week of diarrhoea and palpitations. "
            "Potassium 2.3 mmol/L. ECG: frequent ventricular ectopics.",
            case_id="mend33-k23",
        )
    )
    assert _iv_potassium_with_rate(out)


def test_guard_potassium_2_8_without_signs_is_not_given_iv_potassium(
    reason: Reason,
) -> None:
    """Guard (Kardalas 2018): 2.5-2.9 without ECG change or weakness is replaced by
    mouth; no IV infusion is forced and no intensive care."""
    out = reason(
        make_case(
            "VOMITING",
            age=42,
            sex="F",
            vitals=vitals(90, 120, 74, 16, 99),
            one_liner="42F vomiting, potassium 2.8",
            ed_note="42-year-old woman vomiting for three days, now keeping fluids "
            "down. Potassium 2.8 mmol/L. Power normal. ECG sinus rhythm, no U waves.",
            case_id="mend33-k28-guard",
        )
    )
    assert not _iv_potassium_with_rate(out)
    assert any(re.search(r"(?i)potassium", n) for n in _order_names(out))
    assert disposition(out).admit_level != "icu"


# --- oesophageal perforation: nil by mouth ----------------------------------------


def test_ruled_in_oesophageal_rupture_is_nil_by_mouth(reason: Reason) -> None:
    """WSES 2019 (Chirica); Brinster 2004: a perforated oesophagus takes nothing by
    mouth, with antibiotics and a thoracic surgeon."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=52,
            sex="M",
            vitals=vitals(116, 108, 68, 24, 94, 38.0),
            one_liner="52M chest pain after vomiting",
            ed_note="52-year-old man vomited violently after a heavy night of "
            "drinking, then sudden severe chest pain going through to his back. "
            "Surgical emphysema in the neck. Chest X-ray: pneumomediastinum.",
            case_id="mend33-boerhaave",
        )
    )
    names = _order_names(out)
    assert any(_NBM.search(n) for n in names)
    assert any(re.search(r"(?i)antibiotic|piperacillin", n) for n in names)


# --- pericarditis is not a STEMI; a STEMI with reciprocal change stays one ---------


def test_diffuse_st_elevation_with_pr_depression_is_pericarditis_not_stemi(
    reason: Reason,
) -> None:
    """ESC 2015 3.1: widespread concave ST elevation with PR depression, no reciprocal
    change, and pain eased by sitting forward is acute pericarditis: no catheter
    laboratory, no antithrombotic."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=29,
            sex="M",
            vitals=vitals(100, 124, 76, 18, 98, 37.8),
            one_liner="29M sharp chest pain after flu",
            ed_note="29-year-old man had flu last week; now sharp central chest pain "
            "for a day, worse lying back and on breathing in, better sitting "
            "forward. Troponin 0.35 ng/mL. ECG: diffuse concave ST elevation with PR "
            "depression, no reciprocal ST depression.",
            case_id="mend33-myopericarditis",
        )
    )
    assert "st elevation" not in working(out)
    assert "pericarditis" in working(out)
    assert not _cath_lab_unqualified(out)
    assert not _antithrombotic(out)
    # ESC 2015 3.1.3: a raised troponin (myopericarditis) is admitted, not sent home
    assert out.final.disposition != "Discharge"


def test_guard_territorial_st_elevation_with_reciprocal_change_stays_stemi(
    reason: Reason,
) -> None:
    """Guard (ACC/AHA 2013; Fourth UDMI 2018): 'widespread' anterolateral ST elevation
    with reciprocal inferior depression is a STEMI: cath lab, antiplatelet."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=63,
            sex="M",
            vitals=vitals(104, 112, 70, 20, 95),
            one_liner="63M crushing chest pain, sweating",
            ed_note="63-year-old man with an hour of crushing central chest pain, "
            "sweaty and grey. ECG: widespread ST elevation in V1-V6, I and aVL with "
            "reciprocal ST depression in II, III and aVF.",
            case_id="mend33-stemi-guard",
        )
    )
    assert "st elevation" in working(out)
    assert any(re.search(r"(?i)cath\w* lab", n) for n in _order_names(out))
    assert not any(re.match(r"(?i)\s*only if", n) for n in _order_names(out))


# --- a swollen painful calf is suspected DVT ---------------------------------------


def test_unilateral_calf_pain_and_swelling_puts_dvt_on_the_list(reason: Reason) -> None:
    """NICE NG158; Wells 1997: a swollen painful calf is suspected DVT, tested by
    D-dimer or proximal leg-vein ultrasound, whatever the complaint's label."""
    out = reason(
        make_case(
            "LEG PAIN",
            age=66,
            sex="F",
            vitals=vitals(82, 140, 84, 16, 97),
            one_liner="66F painful leg",
            ed_note="66-year-old woman with five days of pain and swelling of the "
            "right leg, worse on walking. No injury. Right calf tender.",
            case_id="mend33-dvt",
        )
    )
    dvt = [e for e in out.final.ledger if e.icd10.startswith("I82")]
    assert dvt and dvt[0].status in ("cannot_exclude", "ruled_in")
    tests = re.compile(r"(?i)d-dimer|ultrasound|duplex")
    assert any(tests.search(n) for n in _order_names(out))


# --- intent of a poisoning ---------------------------------------------------------


def test_ssri_overdose_meant_to_harm_herself_is_coded_intentional(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.e.5.b: documented self-harm intent is coded
    intentional self-harm (T43.222A), not accidental; NICE NG225: mental health."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=17,
            sex="M",
            vitals=vitals(102, 122, 74, 16, 99),
            one_liner="17M took his citalopram",
            ed_note="17-year-old boy took an overdose of his citalopram tablets an "
            "hour ago after a row at home, to harm himself. Alert.",
            case_id="mend33-ssri-intent",
        )
    )
    assert out.final.icd10 is not None
    assert out.final.icd10.startswith("T")
    assert out.final.icd10[6] == "2", out.final.icd10  # intent: 2 self-harm
    assert any(re.search(r"(?i)mental health|psychiatr", n) for n in _order_names(out))


def test_guard_toddler_ssri_ingestion_stays_accidental(reason: Reason) -> None:
    """Guard (ICD-10-CM I.C.19.e.5.b; NICE NG225): a toddler's exploratory ingestion
    is accidental, with no self-harm consult."""
    out = reason(
        make_case(
            "INGESTION",
            age=2,
            sex="M",
            vitals=vitals(118, 94, 56, 24, 99),
            one_liner="2M chewed his grandmother's sertraline",
            ed_note="2-year-old boy found chewing his grandmother's sertraline "
            "tablets, one or two missing. Alert and playing.",
            case_id="mend33-ssri-toddler-guard",
        )
    )
    assert out.final.icd10 is not None
    assert not out.final.icd10.startswith("T") or out.final.icd10[6] != "2"
    assert not any(re.search(r"(?i)self-harm", o.name) for o in orders(out))

"""Disposition scenarios, sixth pass (issue 10): the level of care follows the need.

Written from these sources, never from shared data rows:

- A level-1 criterion that resolved in the ED does not by itself need an ICU:
  hypoglycaemia corrected with dextrose, the patient awake and eating, is observed or
  sent home with food and a plan (ADA Standards of Care 2024, section 6; Goldfrank's
  11th ed., ch. 47); anaphylaxis that responded to one dose of IM epinephrine is
  observed for 6-12 h and admitted only when refractory or at risk of a biphasic
  reaction (Cardona V et al. WAO anaphylaxis guidance 2020. World Allergy Organ J
  2020;13:100472; Resuscitation Council UK, Emergency treatment of anaphylaxis 2021).
  Refractory anaphylaxis on an epinephrine infusion still goes to the ICU.
- Pneumonia in an immunocompromised host is outside CURB-65/PSI-based outpatient care
  (Metlay JP et al. ATS/IDSA CAP guideline. Am J Respir Crit Care Med 2019;200:e45,
  which excludes immunocompromised hosts; Ramirez JA et al. consensus statement on
  CAP in immunocompromised adults. Chest 2020;158:1896 for the definition:
  chemotherapy, transplant, biologic immune modulators such as rituximab or
  ocrelizumab, prednisone >= 20 mg/day for >= 14 days, HIV with a low CD4 count).
- Febrile neutropenia after chemotherapy: MASCC < 21 (high risk) is admitted for IV
  empirical antibiotics; only MASCC >= 21 with follow-up may be treated as an
  outpatient (Taplitz RA et al. ASCO/IDSA 2018. J Clin Oncol 2018;36:1443; Freifeld AG
  et al. IDSA 2010. Clin Infect Dis 2011;52:e56).
- The rationale names what the patient needs (ventilation, vasopressors,
  thrombolysis, hypertonic saline, IV antibiotics, monitoring), not the usual
  disposition of the diagnosis (SCCM ICU admission guideline, Nates JL et al. Crit
  Care Med 2016;44:1553: ICU admission by need for organ support or monitoring).
"""

from __future__ import annotations

import pytest

from agents.schemas import DispositionResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case, vitals


def _disposition(out: ReasoningOutput) -> DispositionResult:
    record = next(r for r in out.trace if r.stage == "disposition")
    assert isinstance(record.output, DispositionResult)
    return record.output


HYPO_NOTE = (
    "HPI: 34-year-old with type 1 diabetes on an insulin pump (insulin lispro) found "
    "by her partner confused and sweaty after skipping dinner. EMS glucose 31 mg/dL, "
    "GCS 11. Given dextrose 50% 25 g IV with full recovery.\nMedical decision making: "
    "alert and oriented, GCS 15, repeat glucose 142 mg/dL and 128 mg/dL one hour "
    "later, ate a full meal. No sulfonylurea, no overdose, no intentional ingestion. "
    "Pump settings reviewed with the patient.\n"
    "Assessment: hypoglycaemia from a missed meal, corrected."
)

ANAPHYLAXIS_NOTE = (
    "HPI: 27-year-old with a peanut allergy ate a cookie containing peanuts, then "
    "generalised urticaria, lip swelling, wheeze and throat tightness; BP 88/50 on "
    "arrival.\nMedical decision making: epinephrine 0.5 mg IM given once with prompt "
    "response; diphenhydramine and methylprednisolone. One hour later: BP 124/76, HR "
    "92, SpO2 99 % on room air, no wheeze, no stridor, urticaria fading. No further "
    "epinephrine needed.\n"
    "Assessment: anaphylaxis to peanut, responded to a single dose of IM epinephrine."
)


def test_corrected_hypoglycaemia_is_not_sent_to_the_icu(reason: Reason) -> None:
    """ADA 2024 section 6: a corrected hypoglycaemia, awake and eating: no ICU."""
    out = reason(
        make_case(
            "HYPOGLYCEMIA",
            age=34,
            sex="Female",
            vitals=vitals(96, 128, 74, 16, 98),
            arrival={"mode": "public ambulance"},
            ed_note=HYPO_NOTE,
            case_id="d15-hypo-corrected",
        )
    )
    d = _disposition(out)
    assert d.admit_level != "icu", d.rationale
    assert d.disposition in ("Discharge", "Observation"), d.rationale


def test_anaphylaxis_responding_to_one_dose_is_observed_not_icu(
    reason: Reason,
) -> None:
    """WAO 2020; RCUK 2021: one dose of IM epinephrine, resolved: observe 6-12 h."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=27,
            sex="Male",
            vitals=vitals(118, 88, 50, 24, 94),
            arrival={"mode": "public ambulance"},
            ed_note=ANAPHYLAXIS_NOTE,
            case_id="d15-anaphylaxis-resolved",
        )
    )
    d = _disposition(out)
    assert d.admit_level != "icu", d.rationale
    assert d.disposition == "Observation", d.rationale
    assert "observ" in (d.rationale or "").lower()


def test_refractory_anaphylaxis_on_an_epinephrine_infusion_goes_to_the_icu(
    reason: Reason,
) -> None:
    """RCUK 2021 refractory anaphylaxis: epinephrine infusion, critical care."""
    note = (
        "HPI: 55-year-old stung by a wasp: urticaria, stridor, BP 70/40.\nMedical "
        "decision making: epinephrine 0.5 mg IM given three times without sustained "
        "response; epinephrine infusion started at 0.1 mcg/kg/min; BP 92/55 on the "
        "infusion.\n"
        "Assessment: refractory anaphylaxis."
    )
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=55,
            sex="Male",
            vitals=vitals(130, 70, 40, 28, 90),
            arrival={"mode": "public ambulance"},
            ed_note=note,
            case_id="d15-anaphylaxis-refractory",
        )
    )
    d = _disposition(out)
    assert d.admit_level == "icu", d.rationale
    assert d.disposition in ("Admit", "OR Admit")


PNEUMONIA_NOTE = (
    "HPI: {age}-year-old with {host}, three days of cough productive of green sputum,"
    " fever to 38.6 C and pleuritic right-sided chest pain.\n"
    "Exam: crackles at the right base. Alert and oriented.\n"
    "Results: chest X-ray shows right lower lobe consolidation. WBC 13.2, urea 5.1"
    " mmol/L, lactate 1.4.\n"
    "Assessment: community-acquired pneumonia, CURB-65 0."
)


@pytest.mark.parametrize(
    "host",
    [
        "relapsing multiple sclerosis on ocrelizumab",
        "rheumatoid arthritis on rituximab",
        "breast cancer on chemotherapy (last cycle 9 days ago)",
        "a kidney transplant on tacrolimus and mycophenolate",
        "polymyalgia on prednisone 40 mg daily for two months",
    ],
)
def test_pneumonia_in_an_immunocompromised_host_is_not_discharged(
    reason: Reason, host: str
) -> None:
    """ATS/IDSA 2019 CAP excludes immunocompromised hosts; ATS 2020 definition."""
    out = reason(
        make_case(
            "COUGH",
            age=46,
            sex="Female",
            vitals=vitals(98, 124, 76, 18, 95, t=38.4),
            arrival={"mode": "walk-in"},
            ed_note=PNEUMONIA_NOTE.format(age=46, host=host),
            case_id=f"d15-cap-immuno-{host[:12]}",
        )
    )
    d = _disposition(out)
    assert d.disposition in ("Admit", "Observation"), d.rationale
    assert "immunocompromis" in (d.rationale or "").lower()


def test_pneumonia_curb65_0_in_an_immunocompetent_adult_may_go_home(
    reason: Reason,
) -> None:
    """BTS 2009 / ATS-IDSA 2019: CURB-65 0, SpO2 >= 92 %, no comorbidity: home."""
    out = reason(
        make_case(
            "COUGH",
            age=46,
            sex="Female",
            vitals=vitals(98, 124, 76, 18, 96, t=38.4),
            arrival={"mode": "walk-in"},
            ed_note=PNEUMONIA_NOTE.format(age=46, host="no past medical history"),
            case_id="d15-cap-well",
        )
    )
    d = _disposition(out)
    assert "immunocompromis" not in (d.rationale or "").lower()


FN_NOTE = (
    "HPI: {age}-year-old with {cancer}, last chemotherapy {days} days ago, fever to"
    " 38.7 C at home and chills. {extra}\n"
    "Results: WBC 0.9, absolute neutrophil count 0.2 x10^9/L, lactate 1.6. Blood"
    " cultures drawn.\n"
    "Assessment: febrile neutropenia{mascc}."
)


@pytest.mark.parametrize(
    ("age", "cancer", "extra", "mascc", "sbp"),
    [
        (
            68,
            "acute myeloid leukaemia",
            "Feels very unwell, dizzy on standing; given 2 L IV fluid.",
            ", MASCC 14: high risk",
            86,
        ),
        (52, "breast cancer", "Mild fatigue.", "", 118),
        (61, "colon cancer", "Tired, eating less.", ", MASCC 19", 112),
    ],
)
def test_febrile_neutropenia_below_mascc_21_is_admitted(
    reason: Reason, age: int, cancer: str, extra: str, mascc: str, sbp: float
) -> None:
    """ASCO/IDSA 2018, IDSA 2010: MASCC < 21 or not scored: admit, IV antibiotics."""
    out = reason(
        make_case(
            "FEVER",
            age=age,
            sex="Female",
            vitals=vitals(112, sbp, 60, 20, 96, t=38.7),
            arrival={"mode": "walk-in"},
            ed_note=FN_NOTE.format(
                age=age, cancer=cancer, days=10, extra=extra, mascc=mascc
            ),
            case_id=f"d15-fn-{age}",
        )
    )
    d = _disposition(out)
    assert d.disposition == "Admit", d.rationale
    assert "iv antibiotics" in (d.rationale or "").lower()


def test_febrile_neutropenia_with_mascc_21_is_not_forced_in(reason: Reason) -> None:
    """ASCO/IDSA 2018: MASCC >= 21 with follow-up may be outpatient: no forced admit."""
    out = reason(
        make_case(
            "FEVER",
            age=45,
            sex="Female",
            vitals=vitals(96, 126, 74, 16, 98, t=38.3),
            arrival={"mode": "walk-in"},
            ed_note=FN_NOTE.format(
                age=45,
                cancer="breast cancer",
                days=9,
                extra="Well, eating and drinking.",
                mascc=", MASCC 26: low risk, oncology follow-up tomorrow",
            ),
            case_id="d15-fn-low",
        )
    )
    d = _disposition(out)
    assert "mascc < 21" not in (d.rationale or "").lower()


@pytest.mark.parametrize(
    ("note", "need"),
    [
        (
            "Intubated for GCS 6 after an overdose; ventilator settings AC 450 x 16.",
            "ventilation",
        ),
        (
            "Septic shock from pneumonia: 3 L crystalloid then norepinephrine"
            " infusion to MAP 65.",
            "vasopressor",
        ),
        (
            "Severe symptomatic hyponatraemia, sodium 112 with a seizure: 3% hypertonic"
            " saline 150 mL bolus given.",
            "hypertonic saline",
        ),
    ],
)
def test_the_icu_rationale_names_what_the_patient_needs(
    reason: Reason, note: str, need: str
) -> None:
    """SCCM 2016: ICU admission by need (organ support), named in the rationale."""
    out = reason(
        make_case(
            "ALTERED MENTAL STATUS",
            age=60,
            sex="Male",
            vitals=vitals(118, 84, 50, 24, 92),
            arrival={"mode": "public ambulance"},
            ed_note="Medical decision making: " + note,
            case_id=f"d15-need-{need[:8]}",
        )
    )
    d = _disposition(out)
    assert d.admit_level == "icu"
    assert need in (d.rationale or "").lower()
    assert (d.rationale or "").lower().find(need) < 200, d.rationale


def test_a_duplex_confirmed_dvt_is_made_not_still_to_be_excluded(
    reason: Reason,
) -> None:
    """NICE NG158 2020; CHEST 2021: a venous duplex showing thrombus confirms the DVT
    (LR+ ~15, Goodacre 2005): the summary no longer lists it as an open must-not-miss
    and does not propose the compression ultrasound already done."""
    from tests.scenarios.test_scenarios_dispo14 import DVT_NOTE

    out = reason(
        make_case(
            "LEG SWELLING",
            age=58,
            sex="Female",
            vitals=vitals(84, 132, 78, 16, 99),
            ed_note=DVT_NOTE,
            case_id="d15-dvt-made",
        )
    )
    summary = out.final.summary
    assert summary is not None
    dvt = next(e for e in out.final.ledger if "deep veins" in e.diagnosis)
    assert dvt.status == "ruled_in"
    assert not any("deep veins" in d for d in summary.open_must_not_miss)
    assert "ultrasound" not in (summary.next_step or "").lower()
    assert out.final.disposition == "Discharge"  # home DOAC (CHEST 2021)


def test_an_admission_for_pneumonia_names_the_iv_antibiotics(reason: Reason) -> None:
    """BTS 2009 (CURB-65 >= 2: hospital) and SSC 2021: what the patient needs in
    hospital is parenteral antibiotics, named in the rationale (SCCM 2016: by need)."""
    out = reason(
        make_case(
            "COUGH",
            age=78,
            sex="Male",
            vitals=vitals(104, 118, 70, 24, 93, t=38.6),
            arrival={"mode": "public ambulance"},
            ed_note="HPI: 78-year-old with cough and fever. Exam: crackles at the left"
            " base, confused. Results: chest X-ray left lower lobe consolidation, urea"
            " 9 mmol/L. Assessment: community-acquired pneumonia, CURB-65 3.",
            case_id="d15-cap-iv",
        )
    )
    d = _disposition(out)
    assert d.disposition in ("Admit", "Observation")
    assert "iv antibiotics" in (d.rationale or "").lower(), d.rationale


def test_wording_alone_does_not_settle_a_shock(reason: Reason) -> None:
    """SSC 2021; SCCM 2016: septic shock at triage with 'good response' written but
    no vitals re-measured in range keeps its ICU-level need (guard)."""
    note = (
        "HPI: 70-year-old with fever, dysuria and confusion, cool mottled extremities,"
        " capillary refill 4 s.\nMedical decision making: sepsis from a urinary"
        " source; 30 mL/kg crystalloid with good response, now alert; ceftriaxone"
        " given. Lactate 3.1."
    )
    out = reason(
        make_case(
            "FEVER",
            age=70,
            sex="Female",
            vitals=vitals(128, 78, 40, 26, 94, t=39.1),
            arrival={"mode": "public ambulance"},
            ed_note=note,
            case_id="d15-shock-wording",
        )
    )
    d = _disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu", d.rationale


@pytest.mark.parametrize(
    ("complaint", "one_liner", "note", "v"),
    [
        (  # Christenson J et al. St Paul's early discharge rule. AEM 2000;7:1110
            "OVERDOSE",
            "30-year-old found unresponsive after injecting heroin, RR 6.",
            "HPI: found unresponsive after heroin, RR 6, SpO2 84%.\nMedical decision"
            " making: naloxone 0.4 mg IV with prompt response; now awake, RR 16, SpO2"
            " 98% on room air, HR 82, BP 124/76. No co-ingestants reported.",
            vitals(60, 110, 70, 6, 84),
        ),
        (  # Huff JS et al. ACEP clinical policy: seizures. Ann Emerg Med 2014;63:437
            "SEIZURE",
            "35-year-old with epilepsy actively seizing on arrival.",
            "HPI: known epilepsy, missed doses, generalised seizure ongoing on"
            " arrival.\nMedical decision making: lorazepam 4 mg IV, seizure stopped;"
            " back to baseline after 40 minutes, GCS 15. Repeat vitals: HR 88, BP"
            " 128/76, RR 16, SpO2 98%.",
            vitals(110, 140, 80, 20, 95),
        ),
    ],
)
def test_a_reversed_level_one_presentation_is_monitored_not_icu(
    reason: Reason, complaint: str, one_liner: str, note: str, v: dict[str, float]
) -> None:
    """Opioid toxidrome reversed by naloxone; a seizure that stopped with the patient
    back to baseline: monitoring for recurrence, not an ICU bed (SCCM 2016)."""
    out = reason(
        make_case(
            complaint,
            age=30,
            sex="Male",
            vitals=v,
            arrival={"mode": "public ambulance"},
            one_liner=one_liner,
            ed_note=note,
            case_id=f"d15-reversed-{complaint[:4]}",
        )
    )
    d = _disposition(out)
    assert d.admit_level != "icu", d.rationale
    assert d.disposition != "Discharge"

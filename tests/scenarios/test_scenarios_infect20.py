"""infect20 scenarios: infections and sepsis across ages, written from guidelines.

Each asserts a safety property named with its source; wording differs from the
review cases (/work/notes/review/infect20_cases.py) and from any shared-data row.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _ledger(out: ReasoningOutput) -> dict[str, str]:
    return {e.diagnosis.lower(): e.status for e in out.final.ledger}


def _final(out: ReasoningOutput) -> DiagnosisResult:
    record = next(r for r in out.trace if r.stage == "diagnosis")
    assert isinstance(record.output, DiagnosisResult)
    return record.output


def test_febrile_adult_hot_ankle_with_gout_history_is_aspirated_not_sent_home(
    reason: Reason,
) -> None:
    """Coakley G et al. BSR/BOA 2006 hot swollen joint in adults: a febrile adult's
    hot swollen joint is septic until aspirated, a gout history notwithstanding
    (crystals and infection coexist). Septic arthritis stays open, the joint is
    aspirated, empirical IV antibiotics follow the aspiration (not the culture
    result), and the patient is not discharged."""
    case = make_case(
        "ANKLE PAIN",
        age=71,
        sex="Female",
        vitals=vitals(98, 150, 88, 18, 97, 38.6),
        ed_note="Known gout on allopurinol. Since yesterday her right ankle is red,"
        " hot and swollen and she cannot put weight through it; shivering at home."
        " Tense effusion, pain on the slightest movement. CRP 150, WBC 14.",
    )
    out = reason(case)
    assert _ledger(out).get("pyogenic arthritis, unspecified") == "cannot_exclude"
    assert O.ordered(out, "aspirat", "arthrocent")
    assert O.medication_ordered(
        out, "flucloxacillin", "cefazolin", "vancomycin", "ceftriaxone"
    )
    assert O.disposition(out).disposition != "Discharge"


def test_ketoacidosis_with_lobar_opacity_gets_an_antibiotic(reason: Reason) -> None:
    """Metlay JP et al. ATS/IDSA CAP 2019: an infiltrate with compatible symptoms is
    pneumonia and is treated empirically; ADA hyperglycaemic crises 2024: the
    infection that precipitated DKA is treated with the DKA. The DKA protocol and an
    antibiotic are both ordered, and the final diagnosis stays the DKA."""
    case = make_case(
        "VOMITING",
        age=19,
        sex="Female",
        vitals=vitals(122, 108, 66, 28, 95, 38.2),
        ed_note="Type 1 diabetic, has not taken insulin for two days because she was"
        " off her food. Coughing up green phlegm, feverish. Deep sighing breaths."
        " Right basal crackles. pH 7.15, HCO3 9, beta-hydroxybutyrate 4.9 mmol/L,"
        " glucose 27 mmol/L. CXR: right lower zone consolidation.",
    )
    out = reason(case)
    assert O.medication_ordered(out, "insulin")
    assert O.medication_ordered(
        out, "ceftriaxone", "amoxicillin", "doxycycline", "levofloxacin"
    )
    assert "ketoacidosis" in _final(out).name.lower()


def test_meningococcal_shock_is_named_by_its_organism(reason: Reason) -> None:
    """NICE NG240 2024: fever with a non-blanching rash and shock is meningococcal
    septicaemia; ICD-10-CM FY2024 I.C.1.d.1(a): sepsis is coded by its organism,
    A41.9 only when none is documented. The final diagnosis is the meningococcal
    disease the orders treat, not an unspecified sepsis; ceftriaxone is ordered."""
    case = make_case(
        "RASH",
        age=21,
        sex="Male",
        vitals=vitals(136, 82, 48, 28, 96, 38.9),
        ed_note="University student, unwell since last night with fever, muscle aches"
        " and vomiting. Petechiae and purpura over the shins and abdomen that do not"
        " fade when pressed with a glass. Cool peripheries, capillary refill 4 s."
        " Lactate 5.2.",
    )
    out = reason(case)
    assert _final(out).icd10.startswith("A39")
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")


def test_uncomplicated_leg_cellulitis_gets_an_oral_antibiotic(reason: Reason) -> None:
    """NICE NG141 2019 and Stevens DL et al. IDSA SSTI 2014: non-purulent cellulitis
    without systemic features (Eron / Eriksson class I) is treated with an oral
    antibiotic active against streptococci and staphylococci, at home. The trace
    names cellulitis, orders the antibiotic and discharges."""
    case = make_case(
        "LEG SWELLING",
        age=38,
        sex="Male",
        vitals=vitals(80, 126, 78, 14, 99, 37.4),
        ed_note="Scratched his calf on a rose bush four days ago. The skin around it"
        " is now red and warm, about the size of a palm, tender, edges outlined. No"
        " pus, no blisters, no crepitus. Well, walking, eating. No diabetes.",
    )
    out = reason(case)
    assert "cellulitis" in _final(out).name.lower()
    assert O.medication_ordered(
        out, "cephalexin", "flucloxacillin", "cefalexin", "clindamycin", "doxycycline"
    )
    assert O.disposition(out).disposition == "Discharge"


def test_fever_with_a_prosthetic_valve_and_murmur_is_admitted(reason: Reason) -> None:
    """Delgado V et al. ESC 2023 endocarditis; Fowler VG et al. Duke-ISCVID 2023:
    fever in a patient with a prosthetic valve and a murmur is endocarditis until
    three blood culture sets and echocardiography say otherwise, managed in hospital
    by the endocarditis team: admission, not observation or discharge."""
    case = make_case(
        "FEVER",
        age=64,
        sex="Female",
        vitals=vitals(104, 124, 70, 18, 97, 38.4),
        ed_note="Mechanical aortic valve replaced three years ago, on warfarin. Ten"
        " days of evening temperatures, sweats and tiredness. Regurgitant diastolic"
        " murmur at the left sternal edge not documented at her last clinic. Tender"
        " red nodules on two finger pulps (Osler nodes). No cough, no dysuria.",
    )
    out = reason(case)
    assert O.disposition(out).disposition == "Admit"
    assert O.ordered(out, "blood culture")


def test_septic_shock_from_the_urine_gets_source_cultures_and_antibiotic(
    reason: Reason,
) -> None:
    """Evans L et al. Surviving Sepsis Campaign 2021: cultures from the suspected
    source before antimicrobials, and an antimicrobial chosen for the likely source.
    Sepsis with a positive urine nitrite and loin tenderness: the urine is cultured
    and a named antibiotic for the urinary source is ordered beside the bundle."""
    case = make_case(
        "WEAKNESS",
        age=76,
        sex="Male",
        vitals=vitals(122, 86, 50, 26, 95, 38.9),
        ed_note="Lives alone, found weak and muddled by his daughter. Shaking chills"
        " overnight, passing urine often and it burns. Left loin tenderness."
        " Dipstick: nitrite positive, leukocyte esterase large. Lactate 4.4.",
    )
    out = reason(case)
    assert O.ordered(out, "urine culture")
    assert O.medication_ordered(
        out, "ceftriaxone", "piperacillin", "meropenem", "gentamicin", "cefepime"
    )
    assert O.ordered(out, "blood culture")


def test_cough_with_one_apnoea_is_not_confirmed_pertussis(reason: Reason) -> None:
    """AAP Red Book 2024 pertussis; CDC/CSTE 2020 case definition: in an infant the
    clinical picture of pertussis is cough with paroxysms, an inspiratory whoop or
    post-tussive vomiting; apnoea with a cough and coryza alone is shared by RSV
    bronchiolitis and a brief resolved unexplained event (Tieder JS et al. AAP BRUE
    2016) and the infant case definition asks for a PCR or a contact besides. Without
    paroxysms pertussis is not ruled in (it may stay open), and the infant is still
    admitted and monitored."""
    case = make_case(
        "COUGH",
        age=0,
        sex="Female",
        vitals=vitals(158, 80, 50, 48, 95, 37.3),
        demographics={"age_days": 70},
        ed_note="Ten-week-old with a blocked snuffly nose and a cough for three days."
        " While feeding this afternoon she stopped breathing for about 15 seconds"
        " and looked pale, then recovered by herself. No known sick contacts.",
    )
    out = reason(case)
    pertussis = "whooping cough, unspecified species without pneumonia"
    assert _ledger(out).get(pertussis) != "ruled_in"
    assert O.disposition(out).disposition != "Discharge"


def test_no_covid_contacts_does_not_exclude_covid(reason: Reason) -> None:
    """CDC/CSTE case definitions keep an exposure apart from the illness: 'no known
    COVID contacts' denies a contact, not the disease. Fever, cough and myalgia with
    anosmia keep COVID-19 on the list, not ruled out."""
    case = make_case(
        "FEVER",
        age=35,
        sex="Male",
        vitals=vitals(96, 124, 78, 18, 97, 38.4),
        ed_note="Four days of high temperatures, a dry cough and aching muscles; lost"
        " his sense of smell two days ago. No COVID contacts that he knows of. Chest"
        " clear, saturations normal.",
    )
    out = reason(case)
    assert _ledger(out).get("covid-19") not in (None, "ruled_out")

"""readers52 (issue 10): a negation or a doubt written after a list reaches the whole
list ("rebound, guarding and rigidity absent", "DVT, cellulitis and Baker's cyst
unlikely"), "sepsis criteria not met", a plan's threshold ("if Na < 120") is no
result, and a headache of weeks is not the haemorrhage's headache.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Chapman WW et al. NegEx. J Biomed Inform 2001;34:301 (post-negation); Harkema H et
  al. ConText. J Biomed Inform 2009;42:839 (BACKWARD triggers, hypothetical "if",
  historical > 14 days).

Each scenario asserts safety properties; each target failed on main 093cc3ae before
its fix, except the guard (named so), which holds on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_peritonism_denied_over_a_list_is_no_perforation(reason: Reason) -> None:
    """A 34-year-old with a day of epigastric pain; "Abdomen: soft, rebound, guarding
    and rigidity absent". The post-posed "absent" is the whole list's (NegEx
    post-negation, Chapman 2001): there is no peritonism, so no perforated viscus
    worked with broad-spectrum antibiotics and ICU observation (WSES 2017: peritonitis
    is a clinical diagnosis of guarding and rigidity)."""
    case = make_case(
        "abdominal pain",
        age=34,
        sex="M",
        vitals=vitals(92, 128, 78, 16, 98),
        ed_note="34M central abdominal pain for a day. Abdomen: soft, rebound, "
        "guarding and rigidity absent. Tender epigastrium.",
    )
    out = reason(case)
    assert "perforation" not in O.working(out), O.working(out)
    assert not O.ordered(out, "broad-spectrum iv antibiotics"), O.order_names(out)


def test_dvt_and_cellulitis_unlikely_after_an_ankle_twist(reason: Reason) -> None:
    """A 55-year-old with a swollen ankle after a twist, "DVT, cellulitis and Baker's
    cyst unlikely": a differential judged unlikely in a list is no diagnosis
    (ConText: "unlikely" is a BACKWARD negation, Harkema 2009); no antibiotics for a
    cellulitis the clinician set aside (Stevens DL et al. IDSA SSTI 2014)."""
    case = make_case(
        "leg swelling",
        age=55,
        sex="F",
        vitals=vitals(84, 134, 80, 16, 98),
        ed_note="55F swollen left ankle after a twist yesterday. DVT, cellulitis and "
        "Baker's cyst unlikely.",
    )
    out = reason(case)
    assert "cellulitis" not in O.working(out), O.working(out)
    assert not O.medication_ordered(out, "cephalexin", "doxycycline", "flucloxacillin")


def test_sepsis_criteria_not_met_is_no_sepsis_code(reason: Reason) -> None:
    """A 30-year-old with a fever and a sore throat, eating and drinking, "Sepsis
    criteria not met": the clinician's screen is negative (NICE NG51: low risk; Evans
    L et al. SSC 2021 screens by criteria), so the visit is not coded sepsis (A41.9)
    and he is not kept in for it."""
    case = make_case(
        "fever",
        age=30,
        sex="M",
        vitals=vitals(98, 124, 76, 16, 99, 38.2),
        ed_note="30M fever and sore throat. Sepsis criteria not met. Eating and "
        "drinking.",
    )
    out = reason(case)
    assert not (out.final.icd10 or "").startswith("A41"), out.final.icd10
    assert "sepsis" not in O.working(out), O.working(out)


def test_a_plans_sodium_threshold_is_no_profound_hyponatraemia(reason: Reason) -> None:
    """A 61-year-old, tired for a week, "Na 131. Plan: if Na < 120 give hypertonic
    saline": the 120 is the plan's threshold (ConText hypothetical "if"), the result
    is 131, a mild hyponatraemia (Spasovski G et al. ESE/ESICM/ERA-EDTA 2014:
    hypertonic saline for severe symptoms), not a profound one to admit for."""
    case = make_case(
        "weakness",
        age=61,
        sex="F",
        vitals=vitals(88, 132, 80, 16, 98),
        ed_note="61F tired for a week. Na 131. Plan: if Na < 120 give hypertonic "
        "saline.",
    )
    out = reason(case)
    assert O.dispo(out) != "Admit", O.dispo(out)
    assert not O.medication_ordered(out, "hypertonic"), O.order_names(out)


def test_weeks_of_headaches_before_a_sudden_deficit_keep_lysis(reason: Reason) -> None:
    """A 68-year-old with a sudden right arm weakness and aphasia 1 hour ago, and
    "headaches on and off for 2 weeks". A headache of weeks is not the haemorrhage's
    headache at onset (Greenberg SM et al. AHA/ASA 2022 ICH; ConText historical >
    14 days): the stroke in the window keeps its thrombolysis once imaging has
    excluded haemorrhage (Powers WJ et al. AHA/ASA 2019 3.5)."""
    case = make_case(
        "weakness",
        age=68,
        sex="M",
        vitals=vitals(84, 168, 92, 16, 97),
        ed_note="68M sudden right arm weakness and aphasia 1 hour ago. Headache on "
        "and off for 2 weeks.",
    )
    out = reason(case)
    assert O.medication_ordered(out, *O.LYTIC), O.blocked_names(out)
    assert not any("alteplase" in b.lower() for b in O.blocked_names(out))


def test_guard_a_thunderclap_headache_with_a_deficit_stays_a_bleed_risk(
    reason: Reason,
) -> None:
    """Guard: a 58-year-old with a sudden severe headache and a left arm weakness 1
    hour ago: a headache at the deficit's onset is the haemorrhage's (AHA/ASA 2022
    ICH), so lysis waits for imaging to exclude haemorrhage and is never given
    before it (AHA/ASA 2019 3.2)."""
    case = make_case(
        "headache",
        age=58,
        sex="F",
        vitals=vitals(88, 188, 104, 16, 97),
        ed_note="58F sudden severe headache, worst ever, and left arm weakness 1 hour "
        "ago. Vomited twice.",
    )
    out = reason(case)
    for name in O.order_names(out):
        if any(w in name.lower() for w in ("alteplase", "tenecteplase")):
            assert "imaging" in name.lower() or "haemorrhage" in name.lower(), name
    assert O.ordered(out, "ct"), O.order_names(out)


def test_passing_blood_clots_then_retention_is_a_clot_retention(
    reason: Reason,
) -> None:
    """medgi52's request: a 74-year-old with 2 days of haematuria, "passing blood
    clots, now unable to pass urine": clots passed per urethra are a bleeding
    bladder's, not a venous thromboembolism of the history. Clot retention needs a
    three-way catheter, washout and irrigation, and urology (EAU 2024 non-muscle-
    invasive bladder cancer / BAUS haematuria guidance), not a catheter and home."""
    case = make_case(
        "haematuria",
        age=74,
        sex="M",
        vitals=vitals(92, 142, 84, 18, 97),
        ed_note="74M haematuria for 2 days, passing blood clots, now unable to pass "
        "urine, suprapubic pain.",
    )
    out = reason(case)
    assert O.ordered(out, "three-way", "washout", "irrigation"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_previous_laparotomy_then_vomiting_is_an_obstruction_today(
    reason: Reason,
) -> None:
    """medgi52's request: "previous laparotomy, vomiting and distended": "previous"
    dates its own operation, not the symptoms listed after it (ConText historical
    scope ends at a new clinical statement, Harkema 2009). Adhesional small-bowel
    obstruction: nil by mouth, NG decompression, surgeons (WSES 2017 ASBO)."""
    case = make_case(
        "abdominal pain",
        age=71,
        sex="M",
        vitals=vitals(104, 128, 76, 20, 96),
        ed_note="71M adhesive small bowel obstruction, previous laparotomy, vomiting "
        "and distended.",
    )
    out = reason(case)
    assert O.ordered(out, "nasogastric"), O.order_names(out)
    assert O.ordered(out, "surgery"), O.order_names(out)


def test_a_pleural_fluid_glucose_is_no_hypoglycaemia(reason: Reason) -> None:
    """infect52's request: "Pleural fluid pH 7.05, glucose 1.8": the glucose is the
    fluid's, an empyema's (Roberts ME et al. BTS 2023 pleural disease: pH < 7.2 needs a
    drain), not the blood's: no dextrose, no hypoglycaemia code."""
    case = make_case(
        "shortness of breath",
        age=58,
        sex="M",
        vitals=vitals(108, 122, 74, 24, 93, 38.4),
        ed_note="58M fever and pleuritic pain for a week. Ultrasound: septated "
        "effusion. Pleural fluid pH 7.05, glucose 1.8.",
    )
    out = reason(case)
    assert not O.medication_ordered(out, "dextrose"), O.order_names(out)
    assert not (out.final.icd10 or "").startswith("E16"), out.final.icd10
    assert O.ordered(out, "chest drain"), O.order_names(out)

"""orders33 (issue 10, pattern 2): orders, the safety layer and prerequisites.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each scenario asserts a safety property and
failed on main 6cdefa4 before its fix; the guards are the cases that must not change.
"""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

COLCHICINE = (r"(?:^|or |\+ )\s*colchicine",)
GLUCOCORTICOID = (r"prednis\w+", r"methylprednisolone", r"triamcinolone")


def _gout(reason: Reason, history: str, age: int = 63) -> ReasoningOutput:
    return reason(
        make_case(
            "TOE PAIN",
            age=age,
            sex="M",
            vitals=vitals(86, 140, 84, 16, 98, 37.3),
            ed_note=f"{age}-year-old man with a red, hot, swollen first MTP joint of "
            f"the left foot since the early morning; two similar attacks before. "
            f"{history} No trauma, no fever. Impression: acute gout flare.",
        )
    )


def _colchicine_given(out: ReasoningOutput) -> bool:
    return any(
        re.search(COLCHICINE[0], o.name, re.IGNORECASE) for o in O.medications(out)
    )


def test_gout_with_egfr_below_30_gets_no_colchicine(reason: Reason) -> None:
    """EULAR 2016 gout (Richette P et al. Ann Rheum Dis 2017;76:29): colchicine and
    NSAIDs avoided in severe renal impairment; a glucocorticoid treats the flare
    (FitzGerald JD et al. ACR 2020 gout)."""
    out = _gout(reason, "Chronic kidney disease, last eGFR 21.")
    assert not _colchicine_given(out)
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, *GLUCOCORTICOID)


def test_gout_on_clarithromycin_gets_no_colchicine(reason: Reason) -> None:
    """FDA colchicine label; EULAR 2016: no colchicine with a strong CYP3A4 / P-gp
    inhibitor such as clarithromycin (fatal toxicity reported)."""
    out = _gout(reason, "Started clarithromycin 500 mg twice daily 4 days ago.")
    assert not _colchicine_given(out)
    assert O.medication_ordered(out, *GLUCOCORTICOID)


def test_gout_on_ciclosporin_gets_no_colchicine(reason: Reason) -> None:
    """EULAR 2016 names ciclosporin with clarithromycin: colchicine not given with a
    strong P-glycoprotein inhibitor (BNF interactions: avoid)."""
    out = _gout(reason, "Heart transplant 2019, on ciclosporin and prednisolone 5 mg.")
    assert not _colchicine_given(out)


def test_gout_on_haemodialysis_gets_no_colchicine(reason: Reason) -> None:
    """BNF colchicine: avoid with an eGFR below 10; the FDA label: not removed by
    dialysis."""
    out = _gout(reason, "End-stage renal disease on haemodialysis Mon/Wed/Fri.")
    assert not _colchicine_given(out)
    assert O.medication_ordered(out, *GLUCOCORTICOID)


def test_gout_with_normal_kidneys_keeps_colchicine(reason: Reason) -> None:
    """Guard: ACR 2020: colchicine, an NSAID or a glucocorticoid are first line; with
    normal kidneys and no interacting drug colchicine stays a choice."""
    out = _gout(reason, "Otherwise well, eGFR 88, takes no regular medicines.", 44)
    assert _colchicine_given(out)


def test_gout_with_moderate_ckd_keeps_colchicine(reason: Reason) -> None:
    """Guard: an eGFR of 45 (CKD G3a) is not severe impairment: the BNF reduces the
    dose at eGFR 10-50 but does not withhold it (EULAR 2016 avoids it below 30)."""
    out = _gout(reason, "CKD stage 3a, eGFR 45.", 70)
    assert _colchicine_given(out)


WBI = (r"whole[- ]bowel",)
CHARCOAL = (r"charcoal",)
NALOXONE_NOW = re.compile(r"(?i)^\s*naloxone")
OBSERVE_AFTER_NALOXONE = re.compile(
    r"(?i)^\s*observe\b[^;]*after (?:the )?last naloxone"
)


def _ingestion(
    reason: Reason, cc: str, note: str, v: dict[str, float]
) -> ReasoningOutput:
    return reason(make_case(cc, age=47, sex="F", vitals=v, ed_note=note))


def test_extended_release_diltiazem_gets_whole_bowel_irrigation(reason: Reason) -> None:
    """AACT/EAPCCT WBI position paper (Thanacoody R et al. Clin Toxicol 2015;53:5):
    WBI for a potentially toxic modified-release ingestion; St-Onge M et al. Crit
    Care Med 2017: decontamination for the asymptomatic CCB ingestion (1D);
    Olson KR et al. AAPCC 2005: delayed toxicity, so at least 24 h on a monitor."""
    out = _ingestion(
        reason,
        "OVERDOSE",
        "47-year-old who swallowed 25 diltiazem XR 240 mg capsules 90 minutes ago "
        "after an argument. Alert and talking, GCS 15. ECG sinus rhythm 76, PR "
        "180 ms. Impression: deliberate diltiazem overdose.",
        vitals(76, 118, 72, 16, 98),
    )
    assert O.ordered(out, *WBI)
    assert O.ordered(out, *CHARCOAL)
    assert O.ordered(out, r"24 h")


def test_slow_release_lithium_gets_irrigation_not_charcoal(reason: Reason) -> None:
    """Thanacoody 2015: WBI is considered for sustained-release lithium; charcoal
    does not adsorb lithium (EXTRIP 2015, Decker BS et al.)."""
    out = _ingestion(
        reason,
        "INGESTION",
        "47-year-old on Priadel (lithium carbonate modified-release) took 40 tablets "
        "in a suicide attempt 2 hours ago. Alert, no tremor, no vomiting. Impression: "
        "acute lithium overdose.",
        vitals(82, 126, 78, 16, 99),
    )
    assert O.ordered(out, *WBI)
    assert not O.medication_ordered(out, *CHARCOAL)


def test_modified_release_ccb_in_shock_gets_no_irrigation(reason: Reason) -> None:
    """Guard: AACT/EAPCCT 2015: haemodynamic instability and an unprotected airway
    contraindicate WBI; the shock gets calcium and high-dose insulin (St-Onge 2017)."""
    out = _ingestion(
        reason,
        "OVERDOSE",
        "47-year-old took a box of verapamil SR 240 mg 4 hours ago; now drowsy, "
        "HR 40, BP 70/38, glucose 17. Impression: severe verapamil poisoning.",
        vitals(40, 70, 38, 18, 95),
    )
    assert not O.ordered(out, *WBI)
    assert O.medication_ordered(out, r"calcium (?:chloride|gluconate)")


def test_immediate_release_amlodipine_gets_no_irrigation(reason: Reason) -> None:
    """Guard: WBI is for modified-release products (Thanacoody 2015), not for an
    immediate-release amlodipine ingestion."""
    out = _ingestion(
        reason,
        "OVERDOSE",
        "47-year-old took 12 amlodipine 10 mg tablets 1 hour ago, alert, well. "
        "Impression: amlodipine overdose.",
        vitals(98, 122, 74, 16, 99),
    )
    assert not O.ordered(out, *WBI)


def _unconditional(out: ReasoningOutput, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(o.name) for o in O.orders(out))


def test_alert_patient_breathing_normally_gets_no_naloxone_now(reason: Reason) -> None:
    """Boyer EW. NEJM 2012; ACMT/AACT: naloxone is titrated to depressed breathing;
    an alert patient with RR 16 gets none now, and no 'observe after naloxone' as if
    it had been given."""
    out = _ingestion(
        reason,
        "OVERDOSE",
        "47-year-old took 30 co-codamol 30/500 tablets 3 hours ago, fully alert, GCS "
        "15, RR 16, pupils normal size. Impression: deliberate overdose.",
        vitals(84, 124, 78, 16, 98),
    )
    assert not _unconditional(out, NALOXONE_NOW)
    assert not _unconditional(out, OBSERVE_AFTER_NALOXONE)


def test_naloxone_given_by_paramedics_keeps_its_observation(reason: Reason) -> None:
    """Guard: Boyer 2012; Clarke SF et al. EMJ 2005: after naloxone, observe for
    re-sedation as it wears off (the order follows the dose given before arrival)."""
    out = _ingestion(
        reason,
        "OVERDOSE",
        "47-year-old found drowsy after injecting heroin; paramedics gave naloxone "
        "400 micrograms IM and she woke. Now GCS 15, RR 14. Impression: opioid "
        "overdose, reversed.",
        vitals(76, 122, 76, 14, 97),
    )
    assert _unconditional(out, OBSERVE_AFTER_NALOXONE)


def test_apnoeic_opioid_overdose_keeps_naloxone_now(reason: Reason) -> None:
    """Guard: AHA 2020 opioid-associated emergency: depressed breathing (RR 4,
    pinpoint pupils) gets naloxone now and the observation after it."""
    out = _ingestion(
        reason,
        "UNRESPONSIVE",
        "47-year-old found unresponsive beside a syringe, pinpoint pupils, RR 4. "
        "Impression: heroin overdose.",
        vitals(58, 104, 64, 4, 82),
    )
    assert _unconditional(out, NALOXONE_NOW)
    assert _unconditional(out, OBSERVE_AFTER_NALOXONE)


SAH_TESTS = (r"\bct\b", r"lumbar puncture", r"\bcta\b")


def _headache(reason: Reason, note: str, age: int = 67) -> ReasoningOutput:
    return reason(
        make_case(
            "HEADACHE",
            age=age,
            sex="F",
            vitals=vitals(92, 164, 94, 16, 98),
            ed_note=note,
        )
    )


def test_angle_closure_ruled_in_closes_the_sah_work_up(reason: Reason) -> None:
    """Gedde SJ et al. AAO PPP 2020: a raised intraocular pressure with a fixed
    mid-dilated pupil and a hazy cornea is acute angle closure; it explains the
    abrupt headache and vomiting, so no CT or lumbar puncture for SAH (ACEP 2019
    headache policy: the work-up follows the features that keep SAH open)."""
    out = _headache(
        reason,
        "67-year-old woman with abrupt severe left-sided headache and a painful red "
        "left eye since dusk, seeing rainbow haloes, vomited twice. Left cornea "
        "cloudy, pupil fixed and mid-dilated, IOP 62 mmHg on the left, 16 on the "
        "right. Impression: acute angle-closure glaucoma.",
    )
    assert not O.ordered(out, *SAH_TESTS)
    assert O.ordered(out, r"ophthalmolog")


def test_angle_closure_with_neck_stiffness_keeps_the_ct(reason: Reason) -> None:
    """Guard: Perry JJ et al. JAMA 2013 (Ottawa SAH rule); ACEP 2019: neck stiffness
    and a collapse are not explained by angle closure: SAH stays worked up."""
    out = _headache(
        reason,
        "67-year-old woman with abrupt severe headache, collapsed at onset, neck "
        "stiffness on examination; also a painful red left eye, IOP 48 mmHg, "
        "mid-dilated pupil. Impression: angle closure, SAH not excluded.",
    )
    assert O.ordered(out, r"\bct\b")


def test_thunderclap_headache_without_eye_signs_gets_ct(reason: Reason) -> None:
    """Guard: ACEP 2019 headache policy: a thunderclap headache with vomiting and
    normal eyes is imaged for SAH."""
    out = _headache(
        reason,
        "52-year-old woman with a sudden worst-ever occipital headache, maximal "
        "within a minute, vomiting. Pupils equal and reactive, eyes white. "
        "Impression: thunderclap headache, SAH to exclude.",
        52,
    )
    assert O.ordered(out, r"\bct\b")


IR = (r"interventional radiolog",)


def _drain(reason: Reason, cc: str, note: str) -> ReasoningOutput:
    return reason(
        make_case(
            cc, age=69, sex="M", vitals=vitals(88, 132, 78, 16, 97, 37.2), ed_note=note
        )
    )


def test_dislodged_biliary_drain_goes_back_to_interventional_radiology(
    reason: Reason,
) -> None:
    """Saad WE et al. SIR biliary drainage QI guideline (JVIR 2010): a dislodged
    percutaneous biliary drain is replaced through its tract before it closes;
    TG18: the obstructed ducts are tested for cholangitis."""
    out = _drain(
        reason,
        "DRAIN PROBLEM",
        "69-year-old with pancreatic cancer and a percutaneous transhepatic biliary "
        "drain placed last month; the biliary drain came out when his shirt caught "
        "on a door this afternoon. No fever, mild ache at the site. Impression: "
        "dislodged biliary drain.",
    )
    assert O.ordered(out, *IR)
    assert O.ordered(out, r"bilirubin|liver|lfts?")


def test_blocked_nephrostomy_goes_back_to_interventional_radiology(
    reason: Reason,
) -> None:
    """Pabon-Ramos WM et al. SIR nephrostomy QI guideline (JVIR 2016); Dagli M,
    Ramchandani P. 2011: a blocked or dislodged nephrostomy is exchanged or replaced
    by interventional radiology; kidney function is checked."""
    out = _drain(
        reason,
        "FLANK PAIN",
        "69-year-old with a left nephrostomy tube for a ureteric obstruction from "
        "bladder cancer; the nephrostomy has stopped draining since this morning and "
        "the left flank aches. Impression: blocked nephrostomy.",
    )
    assert O.ordered(out, *IR)
    assert O.ordered(out, r"creatinine")


def test_blocked_urinary_catheter_is_not_sent_to_interventional_radiology(
    reason: Reason,
) -> None:
    """Guard: a blocked urethral catheter is flushed or changed at the bedside
    (NICE CG139 / EAU catheter care): no interventional radiology."""
    out = _drain(
        reason,
        "CATHETER PROBLEM",
        "69-year-old with a long-term urethral catheter that has not drained since "
        "the morning; lower abdominal discomfort, bladder palpable. Impression: "
        "blocked urinary catheter.",
    )
    assert not O.ordered(out, *IR)


UNCONDITIONAL_COOLING = re.compile(r"(?i)^\s*cool (?:running )?water|^\s*cool the burn")


def test_major_burn_cooling_keeps_the_patient_warm(reason: Reason) -> None:
    """ABA ABLS 2018; ANZBA EMSB: in a large burn cool the wound, warm the patient
    (hypothermia worsens outcome): no unconditional cooling beside Parkland fluids."""
    out = reason(
        make_case(
            "BURN",
            age=51,
            sex="M",
            vitals=vitals(122, 106, 66, 22, 96),
            one_liner="51M garage fire, flame burns about 40% TBSA chest, back and "
            "arms, 85 kg",
        )
    )
    assert O.ordered(out, r"%\s*tbsa|parkland")
    assert not any(UNCONDITIONAL_COOLING.search(o.name) for o in O.orders(out))
    assert O.ordered(out, r"warm")


def test_small_scald_keeps_cool_running_water(reason: Reason) -> None:
    """Guard: ANZBA EMSB / Cuttle 2008: a small scald within 3 h gets 20 min of cool
    running water."""
    out = reason(
        make_case(
            "BURN",
            age=29,
            sex="F",
            vitals=vitals(84, 122, 76, 16, 99),
            ed_note="29-year-old splashed hot oil on the back of her hand 15 minutes "
            "ago, 1 % TBSA superficial partial thickness. Impression: minor burn.",
        )
    )
    assert any(UNCONDITIONAL_COOLING.search(o.name) for o in O.orders(out))


CATH_LAB_NOW = re.compile(r"(?i)^(?!\s*only if).*(?:cath\w* lab|primary pci)")


def _chest(reason: Reason, note: str) -> ReasoningOutput:
    return reason(
        make_case(
            "CHEST PAIN",
            age=59,
            sex="M",
            vitals=vitals(82, 142, 86, 16, 98),
            ed_note=note,
        )
    )


def test_no_cath_lab_activation_without_st_elevation(reason: Reason) -> None:
    """Byrne RA et al. ESC 2023 ACS 3.2.1: the STEMI working diagnosis, and primary
    PCI, are decided on the ECG; with no ST changes and serial troponins normal no
    catheter laboratory is activated."""
    out = _chest(
        reason,
        "59-year-old with an hour of central chest tightness this morning, now "
        "settled. ECG sinus rhythm, no ST changes. hs-troponin 3 ng/L at 0 h and "
        "4 ng/L at 2 h. Impression: chest pain, ACS ruled out.",
    )
    assert not any(CATH_LAB_NOW.search(o.name) for o in O.orders(out))


def test_inferior_st_elevation_keeps_cath_lab_activation(reason: Reason) -> None:
    """Guard: ESC 2023: ST elevation in two contiguous leads with ischaemic pain is
    a STEMI: the catheter laboratory is activated now."""
    out = _chest(
        reason,
        "59-year-old with 40 minutes of crushing central chest pain, sweaty. ECG: "
        "ST elevation in II, III and aVF. Impression: inferior STEMI.",
    )
    assert any(CATH_LAB_NOW.search(o.name) for o in O.orders(out))


def test_discharge_names_the_culture_still_pending(reason: Reason) -> None:
    """Callen J et al. J Gen Intern Med 2012;27:1334: tests pending at ED discharge
    are the results most often never followed up; the discharge names them."""
    out = reason(
        make_case(
            "DYSURIA",
            age=41,
            sex="F",
            vitals=vitals(80, 124, 78, 14, 99, 37.2),
            ed_note="41-year-old with burning on passing urine and frequency for 3 "
            "days, no loin pain, no fever, not pregnant (hCG negative). Dipstick "
            "nitrite and leucocytes positive. Urine sent for culture, result "
            "awaited. Impression: lower urinary tract infection, home on "
            "nitrofurantoin.",
        )
    )
    dispo = O.disposition(out)
    assert dispo.disposition == "Discharge"
    assert re.search(r"(?i)pending at discharge: [^;]*culture", dispo.rationale)


def test_discharge_with_nothing_pending_names_nothing(reason: Reason) -> None:
    """Guard: an ankle sprain discharged with nothing sent has no pending test."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=23,
            sex="M",
            vitals=vitals(78, 124, 74, 14, 99),
            ed_note="23-year-old rolled his ankle at football; walks four steps, no "
            "bony tenderness at the malleoli, navicular or fifth metatarsal base "
            "(Ottawa negative). Impression: lateral ankle sprain.",
        )
    )
    assert "pending at discharge" not in O.disposition(out).rationale


def test_shunt_malfunction_gets_one_head_ct(reason: Reason) -> None:
    """ISMP 2020 duplicate orders; NICE CG176 / AAP shunt: one non-contrast head CT
    compared with the last scan answers the shunt and the headache questions."""
    out = reason(
        make_case(
            "HEADACHE",
            age=11,
            sex="F",
            vitals=vitals(74, 116, 72, 18, 99),
            ed_note="11-year-old with a ventriculoperitoneal shunt for "
            "hydrocephalus; two days of worsening headache with vomiting and "
            "lethargy. Impression: suspected shunt malfunction.",
        )
    )
    head_cts = [o.name for o in O.orders(out) if re.search(r"(?i)\bct head", o.name)]
    assert len(head_cts) == 1


def test_joint_aspirate_already_reported_is_not_repeated(reason: Reason) -> None:
    """ACR 2020 gout; BSR/BOA 2006 hot joint: the aspirate read this visit
    (needle-shaped negatively birefringent crystals, Gram stain negative) is read,
    not repeated."""
    out = _gout(
        reason,
        "Aspirate of the joint shows needle-shaped negatively birefringent crystals "
        "and no organisms on Gram stain.",
    )
    assert not O.ordered(out, r"aspiration|arthrocentesis")


def test_gout_after_kidney_transplant_gets_no_nsaid(reason: Reason) -> None:
    """KDIGO 2009 care of the kidney transplant recipient: avoid NSAIDs (with a
    calcineurin inhibitor, additive nephrotoxicity; BNF interactions)."""
    out = _gout(reason, "Kidney transplant 2020, on tacrolimus and mycophenolate.")
    assert not O.medication_ordered(out, *O.NSAID)

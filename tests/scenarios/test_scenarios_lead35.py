"""lead35 (issue 10): readings that moved a work-up the wrong way, and duplicate orders.

Written from the sources named in each docstring, never from rows of the shared data:

- Fowler VG et al. Duke-ISCVID 2023 endocarditis criteria (predisposition: a
  prosthetic valve, injection drug use); the ECG lead aVR is no valve;
- Chapman WW et al. NegEx 2001 / Harkema H et al. ConText 2009 (an answered
  question closes the item: "IV drug use? no");
- KDIGO 2012 CKD 3.1.19 and AKI; Türk C et al. EAU 2024 urolithiasis (NSAIDs first
  line for renal colic unless renal function is impaired);
- Kiriyama S et al. Tokyo Guidelines 2018 (Charcot's triad: specificity 95.9 %);
- Rushworth RL et al. N Engl J Med 2019;381:852 (adrenal crisis: absolute
  hypotension is a systolic under 100 mmHg); Simpson H et al. Society for
  Endocrinology 2020 (glucocorticoid-induced adrenal insufficiency);
- ISMP 2020 duplicate therapy; Guyatt GH et al. CHEST 2012 antithrombotic therapy
  (one anticoagulant; a parenteral-to-oral overlap only as a planned switch).
- BOA/BOAST 10 2016 acute compartment syndrome (increasing pain and analgesic
  requirement in a fractured or casted limb); ESI v4 handbook ch.4;
- NICE NG234 2023 spinal metastases and metastatic spinal cord compression (1.4).
- ElSayed NA et al. ADA Standards of Care 2024 s6 and Umpierrez GE et al. ADA 2024
  hyperglycaemic crises (a glucose read once, in the unit it was written).
- Neunert C et al. ASH 2019 immune thrombocytopenia; Zheng XL et al. ISTH 2020 TTP
  (plasma exchange for microangiopathic haemolysis with thrombocytopenia).
- NICE CKS periorbital cellulitis 2022, RCOphth and RCH Melbourne (the orbital red
  flags: reduced acuity, restricted eye movements, chemosis, a raised pressure).

Each target scenario failed on main 8c19b8c before its fix (the orbital red flags' on
19f547e, where the preseptal entry first came in); each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ENDOCARDITIS = ("echocardiog", r"three sets of blood cultures", "endocarditis team")


def _final_name(out: object) -> str:
    return (out.final.diagnosis_name or "").lower()  # type: ignore[attr-defined]


def _endocarditis_open(out: object) -> bool:
    summary = out.final.summary  # type: ignore[attr-defined]
    return any("endocarditis" in d.lower() for d in summary.open_must_not_miss)


def test_tca_ecg_lead_avr_is_no_prosthetic_valve(reason: Reason) -> None:
    """Duke-ISCVID 2023: a prosthetic valve is a predisposition; 'R wave in aVR' is
    the TCA sodium-channel sign on the ECG (Liebelt 1995), not an aortic valve
    replacement: a febrile anticholinergic overdose gets no endocarditis work-up."""
    out = reason(
        make_case(
            "overdose",
            age=31,
            sex="M",
            vitals=vitals(126, 108, 66, 20, 97, 38.2),
            one_liner="31M took a large amount of his nortriptyline",
            ed_note="31-year-old took about 40 nortriptyline 25 mg 2 hours ago. "
            "Drowsy, flushed, dry mouth, dilated pupils. ECG: QRS 124 ms, "
            "terminal R wave in aVR 5 mm.",
        )
    )
    assert not O.ordered(out, *_ENDOCARDITIS), [o.name for o in O.orders(out)]
    assert not _endocarditis_open(out)
    assert O.medication_ordered(out, "bicarbonate")


def test_mechanical_avr_with_fever_keeps_endocarditis_open(reason: Reason) -> None:
    """Guard (Duke-ISCVID 2023; ESC 2023): fever with a mechanical aortic valve
    replacement ('s/p AVR') is endocarditis until cultures and echo say otherwise."""
    out = reason(
        make_case(
            "fever",
            age=64,
            sex="M",
            vitals=vitals(104, 128, 70, 18, 97, 38.7),
            one_liner="64M fever for 5 days, s/p mechanical AVR on warfarin",
            ed_note="64-year-old, mechanical AVR 2019 on warfarin, 5 days of fevers "
            "and night sweats. No cough, no urinary symptoms.",
        )
    )
    assert O.ordered(out, *_ENDOCARDITIS), [o.name for o in O.orders(out)]


def test_answered_question_denies_injection_drug_use(reason: Reason) -> None:
    """NegEx / ConText: 'IV drug use? no' answers the item; a febrile back pain with
    a urinary source is not worked up for endocarditis as a person who injects
    drugs (AHA 2015 infective endocarditis)."""
    out = reason(
        make_case(
            "back pain",
            age=70,
            sex="F",
            vitals=vitals(102, 124, 72, 18, 97, 38.4),
            one_liner="70F fever and low back pain, IV drug use? no",
            ed_note="70-year-old with 4 days of low back pain and fever after a "
            "catheter-associated urinary infection. IV drug use? no. Smoking? no.",
        )
    )
    assert not _endocarditis_open(out)
    assert not O.ordered(out, "endocarditis team"), [o.name for o in O.orders(out)]


def test_stated_injection_drug_use_with_fever_keeps_endocarditis_open(
    reason: Reason,
) -> None:
    """Guard (AHA 2015; ESC 2023): fever in a person who injects heroin daily is
    endocarditis until three culture sets and an echo say otherwise."""
    out = reason(
        make_case(
            "fever",
            age=29,
            sex="M",
            vitals=vitals(112, 118, 70, 18, 97, 38.9),
            one_liner="29M fever and rigors, injects heroin daily",
            ed_note="29-year-old who injects heroin daily, 3 days of fever and "
            "rigors. IV drug use? yes, last injected this morning.",
        )
    )
    assert O.ordered(out, *_ENDOCARDITIS), [o.name for o in O.orders(out)]


def test_renal_colic_with_a_raised_creatinine_gets_no_nsaid(reason: Reason) -> None:
    """KDIGO 2012; EAU 2024: an NSAID is nephrotoxic with impaired renal function;
    a creatinine of 205 (umol/L: no meter reports 205 mg/dL) is impaired whatever
    the unit written."""
    out = reason(
        make_case(
            "flank pain",
            age=52,
            sex="M",
            vitals=vitals(96, 146, 88, 18, 98, 37.0),
            one_liner="52M left renal colic",
            ed_note="52-year-old with sudden colicky left loin-to-groin pain, "
            "vomiting. Urine dipstick blood 3+. Creatinine 205, potassium 4.6.",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID), [o.name for o in O.orders(out)]


def test_renal_colic_with_a_normal_creatinine_keeps_its_nsaid(reason: Reason) -> None:
    """Guard (EAU 2024: an NSAID is first line for renal colic): creatinine 78."""
    out = reason(
        make_case(
            "flank pain",
            age=38,
            sex="M",
            vitals=vitals(92, 138, 84, 18, 99, 36.9),
            one_liner="38M right renal colic",
            ed_note="38-year-old with sudden colicky right loin-to-groin pain. "
            "Urine dipstick blood 2+. Creatinine 78.",
        )
    )
    assert O.medication_ordered(out, *O.NSAID), [o.name for o in O.orders(out)]


def test_charcots_triad_is_cholangitis_and_admitted(reason: Reason) -> None:
    """TG18: fever with rigors, jaundice and right upper quadrant pain (Charcot's
    triad, specificity 95.9 %) is acute cholangitis: blood cultures, IV antibiotics,
    biliary drainage, admission; not an unspecified abdominal pain."""
    out = reason(
        make_case(
            "abdominal pain",
            age=67,
            sex="M",
            vitals=vitals(106, 118, 72, 20, 97, 38.6),
            one_liner="67M right upper quadrant pain, fever, jaundice",
            ed_note="67-year-old, 2 days of right upper quadrant pain with fevers "
            "and rigors; jaundiced since yesterday. Bilirubin 92, ALP 388.",
        )
    )
    assert "cholangitis" in _final_name(out), out.final.diagnosis_name
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_biliary_colic_without_fever_is_not_cholangitis(reason: Reason) -> None:
    """Guard (TG18: no systemic inflammation, no cholangitis): a short afebrile
    right upper quadrant pain after a fatty meal."""
    out = reason(
        make_case(
            "abdominal pain",
            age=41,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 99, 36.8),
            one_liner="41F right upper quadrant pain after a fatty meal",
            ed_note="41-year-old, 3 hours of right upper quadrant pain after a fatty "
            "meal, now easing. Afebrile, not jaundiced.",
        )
    )
    assert "cholangitis" not in _final_name(out), out.final.diagnosis_name


def test_stopped_steroids_with_sbp_under_100_is_an_adrenal_crisis(
    reason: Reason,
) -> None:
    """Rushworth 2019 (absolute hypotension: systolic < 100 mmHg); Society for
    Endocrinology 2020: years of prednisolone stopped abruptly, vomiting, SBP 96 and
    a low sodium is an adrenal crisis: hydrocortisone now, the crisis named."""
    out = reason(
        make_case(
            "vomiting",
            age=66,
            sex="M",
            vitals=vitals(98, 96, 60, 18, 97, 36.5),
            one_liner="66M vomiting and dizzy, on long-term prednisolone",
            ed_note="66-year-old on prednisolone 7.5 mg daily for 5 years for "
            "rheumatoid arthritis, ran out 6 days ago. Vomiting, lightheaded on "
            "standing. Sodium 129, glucose 3.7.",
        )
    )
    assert "adrenal" in _final_name(out) or "addison" in _final_name(out)
    assert O.medication_ordered(out, "hydrocortisone")


def test_af_with_mesenteric_ischaemia_gets_one_anticoagulant(reason: Reason) -> None:
    """ISMP 2020; CHEST 2012: heparin for suspected acute mesenteric ischaemia
    (ESVS 2017) and an oral anticoagulant for the AF at once double the
    anticoagulation: one anticoagulant medication order."""
    out = reason(
        make_case(
            "abdominal pain",
            age=81,
            sex="M",
            vitals=vitals(114, 112, 66, 22, 96, 37.3),
            one_liner="81M severe abdominal pain, known AF, abdomen soft",
            ed_note="81-year-old with atrial fibrillation not on anticoagulation. "
            "Sudden severe central abdominal pain for 3 hours, pain out of "
            "proportion to a soft abdomen. Lactate 5.2.",
        )
    )
    anticoagulants = [
        o.name
        for o in O.medications(out)
        if O.mentions(o, ("heparin", "doac", "apixaban", "rivaroxaban", "warfarin"))
        or O.mentions(o, (r"\banticoagulation by",))
    ]
    assert len(anticoagulants) <= 1, anticoagulants


def test_casted_fracture_with_pain_despite_morphine_is_esi_2(reason: Reason) -> None:
    """BOAST 10 (2016): increasing pain and analgesic requirement in a fractured,
    casted limb is the earliest sign of compartment syndrome, a limb threat (ESI v4
    handbook ch.4 high risk): not an ESI 4 single-resource visit."""
    out = reason(
        make_case(
            "leg pain",
            age=27,
            sex="F",
            vitals=vitals(102, 132, 80, 18, 99, 36.8),
            one_liner="27F tibial fracture in a backslab, pain not controlled by "
            "morphine",
            ed_note="27-year-old with a closed tibial shaft fracture put in a "
            "backslab yesterday, pain increasing overnight despite oral morphine.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_sciatica_not_helped_by_analgesia_keeps_its_level(reason: Reason) -> None:
    """Guard (BOAST 10 reads the sign after a fracture, a crush or a cast): a back
    pain down the leg not helped by paracetamol is no compartment syndrome."""
    out = reason(
        make_case(
            "back pain",
            age=45,
            sex="M",
            vitals=vitals(78, 128, 80, 14, 99, 36.7),
            one_liner="45M low back pain down the left leg, not helped by paracetamol",
            ed_note="45-year-old with 5 days of low back pain radiating down the left "
            "leg, not helped by paracetamol. Walking normally. No weakness.",
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi


def test_cancer_back_pain_with_leg_weakness_is_mscc_and_admitted(
    reason: Reason,
) -> None:
    """NICE NG234 (2023) 1.4: spinal pain in a person with cancer and neurological
    symptoms or signs is suspected MSCC, managed as MSCC until the MRI: the
    diagnosis named, dexamethasone, admission; not a back pain."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="F",
            vitals=vitals(84, 136, 80, 16, 97, 36.7),
            one_liner="66F breast cancer with bone metastases, back pain, legs weak",
            ed_note="66-year-old with metastatic breast cancer, 3 weeks of mid-back "
            "pain waking her at night, since yesterday weak legs and a sensory level "
            "at T8.",
        )
    )
    assert "cord compression" in _final_name(out), out.final.diagnosis_name
    assert O.medication_ordered(out, "dexamethasone")
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_bare_glucose_beside_mmol_is_read_once_and_treated(reason: Reason) -> None:
    """ADA Standards of Care 2024 s6; JBDS-IP 2022: a drowsy patient on a
    sulfonylurea with a glucose of 2.3 (written bare in the summary, in mmol/L in
    the note) is a level 2 low with neuroglycopenia: IV dextrose now, and HHS, which
    needs a glucose >= 600 mg/dL (ADA 2024 crises), is not left open."""
    out = reason(
        make_case(
            "altered mental status",
            age=83,
            sex="F",
            vitals=vitals(94, 136, 74, 16, 97, 36.5),
            one_liner="83F confused and clammy, takes glimepiride, glucose 2.3",
            ed_note="83-year-old with type 2 diabetes on glimepiride, off her food for "
            "two days, found confused and clammy. Capillary glucose 2.3 mmol/L.",
        )
    )
    assert O.medication_ordered(out, r"dextrose \d+ ?%|\d+ ?% dextrose", "glucagon")
    open_mnm = " ".join(out.final.summary.open_must_not_miss).lower()
    assert "hyperosmolar" not in open_mnm, open_mnm


def test_bare_glucose_of_a_hyperglycaemic_crisis_stays_mmol(reason: Reason) -> None:
    """Guard (ADA 2024 crises): 'glucose 41' in a summary whose note writes
    mmol/L is 41 mmol/L (HHS range), never a hypoglycaemia of 41 mg/dL."""
    out = reason(
        make_case(
            "altered mental status",
            age=77,
            sex="M",
            vitals=vitals(112, 104, 60, 20, 96, 37.2),
            one_liner="77M drowsy and dry, glucose 41",
            ed_note="77-year-old with type 2 diabetes, a week of thirst and passing "
            "lots of urine, now drowsy. Glucose 41 mmol/L, sodium 149.",
        )
    )
    assert not O.medication_ordered(out, r"dextrose \d+ ?%|\d+ ?% dextrose")


def test_isolated_thrombocytopenia_in_a_well_child_is_itp_not_ttp(
    reason: Reason,
) -> None:
    """Neunert C et al. ASH 2019; ISTH 2020 TTP (plasma exchange for
    microangiopathic haemolysis with thrombocytopenia): a well 5-year-old with
    petechiae after a viral illness, platelets 6, normal haemoglobin and film, is
    immune thrombocytopenia: the film and haematology, no plasma exchange."""
    out = reason(
        make_case(
            "rash",
            age=5,
            sex="M",
            vitals=vitals(104, 100, 62, 22, 99, 36.9),
            one_liner="5-year-old with new bruises and tiny red spots, otherwise well",
            ed_note="5-year-old boy, viral illness 3 weeks ago, since this morning "
            "bruises on the shins and petechiae on the chest. Playing, no mucosal "
            "bleeding, no hepatosplenomegaly. Platelets 6, Hb 124, white cells 8.1.",
        )
    )
    assert not O.ordered(out, "plasma exchange"), [o.name for o in O.orders(out)]
    assert O.proposes(out, "immune thrombocytop"), O.diagnoses_proposed(out)


def test_microangiopathic_haemolysis_with_low_platelets_gets_plasma_exchange(
    reason: Reason,
) -> None:
    """Guard (ISTH 2020 presumed TTP): confusion with schistocytes, Hb 7.9 and
    platelets 11 is TTP: haematology for plasma exchange now."""
    out = reason(
        make_case(
            "altered mental status",
            age=36,
            sex="F",
            vitals=vitals(108, 132, 80, 18, 98, 37.6),
            one_liner="36F confused, bruising, low platelets",
            ed_note="36-year-old, 2 days of headache and intermittent confusion, "
            "bruising. Hb 7.9, platelets 11, schistocytes on the blood film, LDH "
            "1450, INR 1.1, creatinine 1.3 mg/dL.",
        )
    )
    assert O.ordered(out, "plasma exchange"), [o.name for o in O.orders(out)]


def test_swollen_red_lid_with_orbital_red_flags_is_not_preseptal(
    reason: Reason,
) -> None:
    """NICE CKS periorbital cellulitis 2022; RCOphth; RCH Melbourne: a red swollen
    eyelid with reduced visual acuity, limited eye movements and chemosis is orbital
    until imaged: CT orbits and IV antibiotics, not preseptal cellulitis on oral
    co-amoxiclav."""
    out = reason(
        make_case(
            "eye swelling",
            age=47,
            sex="M",
            vitals=vitals(98, 134, 82, 16, 98, 38.3),
            one_liner="47M red swollen right eyelid for 2 days, vision blurred",
            ed_note="47-year-old with sinusitis last week, 2 days of a red, swollen, "
            "tender right upper eyelid. Reduced visual acuity on the right, limited "
            "eye movement to the right and chemosis.",
        )
    )
    assert "preseptal" not in _final_name(out), out.final.diagnosis_name
    assert O.ordered(out, r"\bct\b.*orbit", r"orbit.*\bct\b"), [
        o.name for o in O.orders(out)
    ]

"""Classic ED presentations for the orders review (orders10, issue 10).

Each case is written from the guideline named in its key's comment, never from rows
of the shared data. ``test_scenarios_orders_s11.py`` asserts safety properties of the
trace of each; the review table in benchmarks/RESULTS.md grades them.
"""

from __future__ import annotations

from cases.models import Case
from tests.scenarios.conftest import make_case

CASES: dict[str, Case] = {
    # ACOG PB 222 (2020): severe-range BP with headache and visual symptoms at 34 weeks
    "preeclampsia_severe": make_case(
        "HEADACHE",
        age=31,
        sex="Female",
        vitals={
            "heart_rate": 96,
            "systolic_bp": 172,
            "diastolic_bp": 114,
            "respiratory_rate": 18,
            "spo2": 98,
            "temperature_c": 36.9,
        },
        one_liner="31 y.o. G2P1 at 34 weeks pregnant with a severe frontal headache"
        " and blurred vision since this morning",
        ed_note="HPI: 34 weeks pregnant, severe headache, seeing spots, RUQ discomfort."
        " Exam: hyperreflexia, pedal oedema. Urine dipstick protein 3+.",
        case_id="s11-preeclampsia",
    ),
    # ACOG PB 222 / CO 767: postpartum pre-eclampsia presents up to 6 weeks after birth
    "postpartum_preeclampsia": make_case(
        "HEADACHE",
        age=28,
        sex="Female",
        vitals={
            "heart_rate": 88,
            "systolic_bp": 166,
            "diastolic_bp": 104,
            "respiratory_rate": 16,
            "spo2": 99,
            "temperature_c": 36.8,
        },
        one_liner="28 y.o. female, delivered 6 days ago, with a headache that does not"
        " respond to acetaminophen and blurred vision",
        case_id="s11-postpartum",
    ),
    # ACOG PB 222: eclampsia at 36 weeks; magnesium is the anticonvulsant
    "eclampsia": make_case(
        "SEIZURE",
        age=22,
        sex="Female",
        vitals={
            "heart_rate": 110,
            "systolic_bp": 168,
            "diastolic_bp": 112,
            "respiratory_rate": 22,
            "spo2": 95,
        },
        one_liner="22 y.o. G1P0 at 36 weeks pregnant brought in after a generalized"
        " tonic-clonic seizure at home",
        ed_note="Post-ictal, GCS 13. Headache earlier today. Oedema of face and hands.",
        case_id="s11-eclampsia",
    ),
    # UK Kidney Association 2020; AHA 2020 ECC: hyperkalaemia with ECG changes
    "hyperkalaemia_ecg": make_case(
        "WEAKNESS",
        age=64,
        sex="Male",
        vitals={
            "heart_rate": 48,
            "systolic_bp": 132,
            "diastolic_bp": 78,
            "respiratory_rate": 16,
            "spo2": 97,
        },
        one_liner="64 y.o. male on haemodialysis who missed two sessions, generalized"
        " weakness",
        ed_note="ESRD on hemodialysis MWF, missed Friday and Monday. Labs: potassium"
        " 7.4 mmol/L. ECG: peaked T waves, wide QRS 150 ms, bradycardia.",
        case_id="s11-hyperk",
    ),
    # ADA hyperglycaemic crises 2024 (Umpierrez): DKA with K >= 3.5
    "dka": make_case(
        "VOMITING",
        age=19,
        sex="Female",
        vitals={
            "heart_rate": 124,
            "systolic_bp": 104,
            "diastolic_bp": 62,
            "respiratory_rate": 30,
            "spo2": 99,
            "temperature_c": 37.0,
        },
        one_liner="19 y.o. female with type 1 diabetes, 2 days of vomiting, abdominal"
        " pain and polyuria, ran out of insulin",
        ed_note="Kussmaul respirations, dry mucosa. Labs: glucose 512 mg/dL, pH 7.08,"
        " bicarbonate 7, anion gap 28, potassium 5.1, beta-hydroxybutyrate 6.2."
        " Urine hCG negative.",
        case_id="s11-dka",
    ),
    # ADA 2024: DKA with K < 3.3: potassium before insulin
    "dka_low_k": make_case(
        "ABDOMINAL PAIN",
        age=34,
        sex="Male",
        vitals={
            "heart_rate": 118,
            "systolic_bp": 110,
            "diastolic_bp": 70,
            "respiratory_rate": 28,
            "spo2": 98,
        },
        one_liner="34 y.o. male with type 1 diabetes, vomiting and abdominal pain",
        ed_note="Kussmaul breathing. Glucose 460 mg/dL, pH 7.12, bicarbonate 9, anion"
        " gap 24, potassium 2.9 mmol/L.",
        case_id="s11-dka-lowk",
    ),
    # ESC 2019 PE / CHEST 2016: high clinical probability: anticoagulate while imaging
    "pe_high_probability": make_case(
        "SHORTNESS OF BREATH",
        age=52,
        sex="Male",
        vitals={
            "heart_rate": 118,
            "systolic_bp": 124,
            "diastolic_bp": 80,
            "respiratory_rate": 26,
            "spo2": 91,
            "temperature_c": 37.2,
        },
        one_liner="52 y.o. male 8 days after a total knee replacement with sudden"
        " dyspnoea and pleuritic chest pain",
        ed_note="Right calf swollen and tender, 4 cm larger than the left. No"
        " haemoptysis. No bleeding history, no anticoagulant. Wells score 7.5: PE"
        " likely. CTPA requested.",
        case_id="s11-pe",
    ),
    # ESC 2019 PE: anticoagulation contraindicated by a recent intracranial haemorrhage
    "pe_recent_ich": make_case(
        "SHORTNESS OF BREATH",
        age=70,
        sex="Female",
        vitals={
            "heart_rate": 112,
            "systolic_bp": 130,
            "diastolic_bp": 76,
            "respiratory_rate": 24,
            "spo2": 92,
        },
        one_liner="70 y.o. female, 10 days after surgery for a subdural haematoma, with"
        " sudden dyspnoea and a swollen left leg",
        ed_note="Left calf swelling and tenderness. Recent intracranial hemorrhage"
        " (subdural, evacuated 10 days ago). Wells 6.5.",
        case_id="s11-pe-ich",
    ),
    # ESC 2019 PE: PE likely (Wells > 4), no contraindication: anticoagulate before CTPA
    "pe_likely_no_contraindication": make_case(
        "SHORTNESS OF BREATH",
        age=70,
        sex="Female",
        vitals={
            "heart_rate": 112,
            "systolic_bp": 130,
            "diastolic_bp": 76,
            "respiratory_rate": 24,
            "spo2": 92,
        },
        one_liner="70 y.o. female, 10 days after a hip replacement, with sudden"
        " dyspnoea and a swollen left leg",
        ed_note="Left calf swelling and tenderness. No bleeding, no anticoagulant."
        " Wells 6.5. CTPA pending.",
        case_id="s11-pe-likely",
    ),
    # Canadian Paediatric Society 2017; Bjornson NEJM 2004: croup with stridor at rest
    "croup_stridor": make_case(
        "COUGH",
        age=2,
        sex="Male",
        vitals={
            "heart_rate": 150,
            "respiratory_rate": 44,
            "spo2": 95,
            "temperature_c": 38.3,
        },
        one_liner="2 y.o. boy with a barking cough since last night and noisy"
        " breathing",
        ed_note="Inspiratory stridor at rest, suprasternal retractions, agitated. No"
        " drooling. Weight 12 kg.",
        case_id="s11-croup",
    ),
    # paediatric anaphylaxis: IM epinephrine by age band (RCUK 2021; WAO 2020)
    "anaphylaxis_child": make_case(
        "ALLERGIC REACTION",
        age=6,
        sex="Female",
        vitals={
            "heart_rate": 150,
            "systolic_bp": 78,
            "respiratory_rate": 34,
            "spo2": 93,
        },
        one_liner="6 y.o. girl with hives, lip swelling, wheeze and vomiting 10 minutes"
        " after eating a peanut cookie",
        ed_note="Weight 20 kg. Diffuse urticaria, angioedema of the lips, wheeze.",
        case_id="s11-anaph-child",
    ),
    # Shaker 2020 anaphylaxis practice parameter: adult, IM epinephrine 0.5 mg
    "anaphylaxis_adult": make_case(
        "ALLERGIC REACTION",
        age=41,
        sex="Male",
        vitals={
            "heart_rate": 124,
            "systolic_bp": 86,
            "respiratory_rate": 24,
            "spo2": 94,
        },
        one_liner="41 y.o. male with throat tightness, hives and dizziness 20 minutes"
        " after a bee sting",
        case_id="s11-anaph-adult",
    ),
    # AHA 2020 opioid-associated emergency; ACMT: naloxone, ventilation first
    "opioid_overdose": make_case(
        "OVERDOSE",
        age=29,
        sex="Male",
        vitals={
            "heart_rate": 58,
            "systolic_bp": 104,
            "respiratory_rate": 6,
            "spo2": 82,
        },
        one_liner="29 y.o. male found unresponsive next to a syringe",
        ed_note="Pinpoint pupils, snoring respirations, GCS 6. Track marks.",
        case_id="s11-opioid",
    ),
    # AAP / poison centre: toddler opioid ingestion, naloxone 0.1 mg/kg
    "opioid_toddler": make_case(
        "INGESTION",
        age=2,
        sex="Female",
        vitals={"heart_rate": 90, "respiratory_rate": 10, "spo2": 88},
        one_liner="2 y.o. girl found with her grandmother's oxycodone tablets, now very"
        " sleepy",
        ed_note="Lethargic, pinpoint pupils, shallow breathing.",
        case_id="s11-opioid-child",
    ),
    # GINA 2024 / NAEPP: severe adult asthma exacerbation
    "status_asthmaticus": make_case(
        "SHORTNESS OF BREATH",
        age=24,
        sex="Female",
        vitals={
            "heart_rate": 132,
            "systolic_bp": 118,
            "respiratory_rate": 34,
            "spo2": 88,
        },
        one_liner="24 y.o. female with asthma, wheezing for 2 days, now speaking in"
        " single words despite her inhaler",
        ed_note="Diffuse wheeze, accessory muscle use, unable to complete sentences."
        " Peak flow 30% predicted. Prior ICU admission for asthma. Urine hCG negative.",
        case_id="s11-asthma",
    ),
    # GINA 2024 children 6-11; PECARN: severe paediatric asthma exacerbation
    "asthma_child": make_case(
        "WHEEZING",
        age=8,
        sex="Male",
        vitals={"heart_rate": 140, "respiratory_rate": 36, "spo2": 90},
        one_liner="8 y.o. boy with known asthma, wheezing and short of breath since"
        " this afternoon",
        ed_note="Subcostal retractions, speaks in short phrases. Weight 26 kg.",
        case_id="s11-asthma-child",
    ),
    # Baveno VII; ACG 2021: variceal bleed in a cirrhotic in shock
    "variceal_bleed": make_case(
        "VOMITING BLOOD",
        age=58,
        sex="Male",
        vitals={
            "heart_rate": 124,
            "systolic_bp": 86,
            "diastolic_bp": 50,
            "respiratory_rate": 22,
            "spo2": 96,
        },
        one_liner="58 y.o. male with alcoholic cirrhosis vomiting bright red blood",
        ed_note="Hematemesis x3, melena. Ascites, spider naevi. Hb 7.2.",
        case_id="s11-varices",
    ),
    # ACG 2021 UGIB: peptic ulcer bleed on NSAIDs, haemodynamically stable
    "peptic_bleed": make_case(
        "BLACK STOOLS",
        age=67,
        sex="Female",
        vitals={
            "heart_rate": 104,
            "systolic_bp": 118,
            "diastolic_bp": 70,
            "respiratory_rate": 18,
            "spo2": 98,
        },
        one_liner="67 y.o. female on daily ibuprofen for arthritis with 2 days of black"
        " tarry stools and dizziness",
        ed_note="Melena on rectal exam. Hb 8.9. BUN 38.",
        case_id="s11-pud",
    ),
    # ADA 2024 Standards (hypoglycaemia): insulin-treated adult, glucose 38
    "hypoglycaemia_adult": make_case(
        "ALTERED MENTAL STATUS",
        age=72,
        sex="Male",
        vitals={
            "heart_rate": 96,
            "systolic_bp": 142,
            "respiratory_rate": 16,
            "spo2": 98,
        },
        one_liner="72 y.o. male on insulin found confused and sweaty by his wife",
        ed_note="Fingerstick glucose 38 mg/dL. Diaphoretic, GCS 13.",
        case_id="s11-hypogly",
    ),
    # ISPAD 2022: hypoglycaemia in a child, dextrose 10% 2-5 mL/kg
    "hypoglycaemia_child": make_case(
        "LETHARGY",
        age=5,
        sex="Female",
        vitals={"heart_rate": 124, "respiratory_rate": 22, "spo2": 98},
        one_liner="5 y.o. girl with type 1 diabetes, drowsy and sweaty after football",
        ed_note="Glucose 40 mg/dL on fingerstick. Weight 18 kg.",
        case_id="s11-hypogly-child",
    ),
    # EAST 2022 / BOA-BOAST 2017: open fracture antibiotics within 1 h, tetanus
    "open_fracture": make_case(
        "LEG INJURY",
        age=33,
        sex="Male",
        vitals={
            "heart_rate": 108,
            "systolic_bp": 128,
            "respiratory_rate": 20,
            "spo2": 98,
        },
        one_liner="33 y.o. male motorcyclist with an open tibial fracture, bone"
        " visible through the wound",
        ed_note="Open fracture of the right tibia with a 4 cm wound contaminated with"
        " road dirt. Distal pulses present. Tetanus status unknown.",
        case_id="s11-open-fx",
    ),
    # CDC ACIP 2020: tetanus-prone wound, unknown vaccination: Td/Tdap plus TIG
    "tetanus_wound": make_case(
        "PUNCTURE WOUND",
        age=56,
        sex="Male",
        vitals={
            "heart_rate": 82,
            "systolic_bp": 136,
            "respiratory_rate": 14,
            "spo2": 99,
        },
        one_liner="56 y.o. male stepped on a rusty nail in the garden this morning",
        ed_note="Puncture wound of the sole, soil in the wound. Does not know when he"
        " last had a tetanus shot.",
        case_id="s11-tetanus",
    ),
    # Rumack-Matthew nomogram; UK 2012 / ACMT: paracetamol overdose at 4 h
    "paracetamol_od": make_case(
        "OVERDOSE",
        age=19,
        sex="Female",
        vitals={
            "heart_rate": 96,
            "systolic_bp": 118,
            "respiratory_rate": 16,
            "spo2": 99,
        },
        one_liner="19 y.o. female took 30 tablets of acetaminophen 500 mg 4 hours ago"
        " after an argument",
        ed_note="Nausea. Says she wanted to die. No other ingestions.",
        case_id="s11-apap",
    ),
    # Goldfrank; Bruccoleri 2016: TCA overdose with QRS > 100 ms: sodium bicarbonate
    "tca_overdose": make_case(
        "OVERDOSE",
        age=45,
        sex="Female",
        vitals={
            "heart_rate": 134,
            "systolic_bp": 88,
            "respiratory_rate": 18,
            "spo2": 96,
        },
        one_liner="45 y.o. female took a handful of her amitriptyline tablets 2 hours"
        " ago",
        ed_note="Drowsy, dry skin, dilated pupils. ECG: sinus tachycardia, QRS 140 ms,"
        " terminal R in aVR.",
        case_id="s11-tca",
    ),
    # SSC 2021: adult septic shock from pneumonia
    "septic_shock": make_case(
        "FEVER",
        age=74,
        sex="Female",
        vitals={
            "heart_rate": 122,
            "systolic_bp": 82,
            "diastolic_bp": 44,
            "respiratory_rate": 28,
            "spo2": 90,
            "temperature_c": 39.2,
        },
        one_liner="74 y.o. female with 3 days of productive cough, fever and confusion",
        ed_note="Crackles right base. Lactate 4.6. Allergies: penicillin"
        " (anaphylaxis).",
        case_id="s11-sepsis",
    ),
    # AHA/ASA 2019: stroke in the window on a DOAC (no lytic; thrombectomy pathway)
    "stroke_on_doac": make_case(
        "WEAKNESS",
        age=78,
        sex="Male",
        vitals={
            "heart_rate": 88,
            "systolic_bp": 168,
            "diastolic_bp": 92,
            "respiratory_rate": 16,
            "spo2": 97,
        },
        one_liner="78 y.o. male with sudden right arm and face weakness and aphasia,"
        " last known well 1 hour ago",
        ed_note="Takes apixaban for atrial fibrillation, last dose this morning. NIHSS"
        " 14. Glucose 124.",
        case_id="s11-stroke-doac",
    ),
}

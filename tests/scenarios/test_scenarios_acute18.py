"""acute18 (issue 10): paediatrics, trauma, toxicology, skin and MSK read right.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- Singer M et al. Sepsis-3 (JAMA 2016;315:801) and Evans L et al. Surviving Sepsis
  Campaign 2021: sepsis is organ dysfunction caused by infection;
- Wolf SJ et al. ACEP clinical policy: carbon monoxide poisoning (Ann Emerg Med
  2017;69:98); American Burn Association burn-centre referral criteria 2022; ATLS 10th
  ed. ch. 9 (thermal injury);
- FitzGerald JD et al. ACR 2020 gout guideline; ACS TQIP massive transfusion
  guideline 2014;
- Creamer D et al. UK SJS/TEN guidelines 2016 (Br J Dermatol 2016;174:1194) and
  ICD-10-CM FY2024 (L51.1 SJS, L51.2 TEN).

Each scenario asserts a safety property and failed on main before the change that
makes it pass (see the commit messages).
"""

from __future__ import annotations

from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIBIOTIC = ("antibiotic", "ceftriaxone", "piperacillin", "meropenem", "vancomycin")


def test_enclosed_space_fire_is_poisoning_not_sepsis(reason: Reason) -> None:
    """Sepsis-3 / SSC 2021: confusion and a high lactate after a closed-space fire are
    CO and cyanide poisoning (ACEP 2017); with no sign of infection, no empirical
    antibiotics, and no major skin burn is asserted when the skin is not burnt."""
    out = reason(
        make_case(
            "smoke inhalation",
            age=63,
            sex="F",
            vitals=vitals(126, 98, 58, 26, 96),
            ed_note="63F found by fire crew in smoke-filled bedroom, house fire. "
            "Drowsy, GCS 13, c/o headache and nausea. Carbonaceous sputum, singed "
            "eyebrows. Skin intact, no burns seen. Carboxyhaemoglobin 24%, lactate "
            "10.4 mmol/L.",
            case_id="a18-fire",
        )
    )
    assert O.ordered(out, r"oxygen")
    assert not O.medication_ordered(out, *ANTIBIOTIC)
    assert out.final.icd10 is None or not out.final.icd10.startswith("T31")
    assert not any(
        e.diagnosis.startswith("Burns involving") and e.status == "ruled_in"
        for e in out.final.summary.top_diagnoses
    )


def test_podagra_mtp_is_not_a_massive_transfusion(reason: Reason) -> None:
    """ACR 2020: a crystal-proven gout flare in a well patient is treated and sent home;
    "MTP" here is the metatarsophalangeal joint, not the massive transfusion protocol
    (ACS TQIP 2014), so no ICU admission follows from it."""
    out = reason(
        make_case(
            "toe pain",
            age=61,
            sex="M",
            vitals=vitals(80, 138, 84, 14, 98, t=37.2),
            ed_note="61M known gout, on allopurinol. Woke with exquisitely painful red "
            "swollen L 1st MTP. Well, afebrile. Joint aspirate: monosodium urate "
            "crystals, no organisms on Gram stain.",
            case_id="a18-podagra",
        )
    )
    dispo = O.disposition(out)
    assert dispo.admit_level != "icu"
    assert "transfusion" not in dispo.rationale.lower()


def test_ten_is_coded_as_ten_not_sjs(reason: Reason) -> None:
    """Creamer 2016 / ICD-10-CM: toxic epidermal necrolysis is L51.2; SJS (L51.1) is
    the < 10 % BSA end of the spectrum. The culprit drug is stopped."""
    out = reason(
        make_case(
            "skin peeling",
            age=38,
            sex="M",
            vitals=vitals(118, 108, 66, 22, 96, t=38.9),
            ed_note="38M on lamotrigine started 2/52 ago for epilepsy. Fever then "
            "painful dusky rash, now sheets of skin sloughing off trunk and back, "
            "Nikolsky sign +ve, oral erosions. Derm review: toxic epidermal "
            "necrolysis, approx 35% BSA.",
            case_id="a18-ten",
        )
    )
    assert out.final.icd10 == "L51.2"
    assert O.ordered(out, r"stop (?:the )?culprit|stop lamotrigine|withdraw")


def test_radiograph_proven_neck_of_femur_fracture_is_the_diagnosis(
    reason: Reason,
) -> None:
    """NICE CG124 / AAOS 2021: a femoral neck fracture on the radiograph is the
    diagnosis (the radiograph is the reference standard); analgesia (nerve block) and
    orthopaedic admission follow, and the x-ray is not ordered again."""
    out = reason(
        make_case(
            "hip pain",
            age=81,
            sex="M",
            vitals=vitals(88, 152, 84, 16, 97),
            ed_note="81M tripped on rug at care home, c/o L hip pain, can't weight "
            "bear. L leg shortened + ext rotated. Radiograph L hip: subcapital "
            "fracture of the lt femoral neck, displaced.",
            case_id="a18-nof",
        )
    )
    assert (out.final.icd10 or "").startswith("S72.0")
    dx = next(
        e for e in out.final.summary.top_diagnoses if e.diagnosis.startswith("Fracture")
    )
    assert dx.status == "ruled_in"
    assert O.ordered(out, r"block|analges")
    assert O.ordered(out, r"ortho")
    assert O.disposition(out).disposition in ("Admit", "OR Admit")
    assert not O.ordered(out, r"hip (?:and pelvis )?x-?ray", r"wrist")


def test_femur_fracture_in_non_mobile_infant(reason: Reason) -> None:
    """RCPCH child protection / AAP 2015: a femoral fracture in a non-ambulant infant
    is the diagnosis on the film, with a skeletal survey and child-protection referral;
    it is not read as swelling."""
    out = reason(
        make_case(
            "irritable",
            age=0,
            sex="F",
            vitals=vitals(160, 0, 0, 38, 99),
            demographics={"age": 0, "age_days": 150},
            ed_note="5 month old girl, mother reports crying on nappy changes x2d, no "
            "hx of trauma given. Not crawling. R thigh swollen, tender. XR R femur: "
            "oblique fracture of the R femoral shaft. Healing posterior rib "
            "fractures noted.",
            case_id="a18-infant-femur",
        )
    )
    assert (out.final.icd10 or "")[:3] in ("S72", "T74", "T76")
    assert O.ordered(out, r"skeletal survey")
    assert O.ordered(out, r"child protect|safeguard|social")


def test_explored_wound_that_excludes_tendon_injury_needs_no_hand_surgeon(
    reason: Reason,
) -> None:
    """ATLS 10th ed. / Tintinalli ch. 43 (hand injuries): a wound explored through a
    full range of motion that excludes a tendon laceration, with intact sensation, is
    closed in the ED; "excludes tendon laceration" is a negative finding, not a
    tendon injury that needs a hand surgeon."""
    out = reason(
        make_case(
            "hand laceration",
            age=36,
            sex="F",
            vitals=vitals(78, 124, 76, 14, 99),
            ed_note="36F sliced thenar eminence R hand with a bread knife. 2.5 cm "
            "linear lac. Explored under local: exploration excludes tendon "
            "laceration, FPL intact, digital sensation normal, CRT < 2 s.",
            case_id="a18-hand",
        )
    )
    assert not O.ordered(out, r"hand surg", r"plastic")
    assert not any(
        "tendon" in e.diagnosis and e.status == "ruled_in"
        for e in out.final.summary.top_diagnoses
    )
    assert O.disposition(out).disposition == "Discharge"


def test_failed_home_opioid_is_opioid_exposure_not_denial(reason: Reason) -> None:
    """ACMT/AACT naloxone position statement; Hoffman 1991: a drowsy older patient
    whose home oxycodone dose was raised and who breathes slowly is treated for opioid
    toxicity (naloxone titrated to respirations); "pain not controlled with home
    oxycodone" states opioid use, it does not deny it."""
    out = reason(
        make_case(
            "drowsy",
            age=83,
            sex="F",
            vitals=vitals(66, 118, 64, 11, 94),
            ed_note="83F, knee OA pain not controlled with home oxycodone so dose "
            "doubled by GP 2 days ago. Carer found her very sleepy and slurring "
            "today. No focal neuro deficit. BM 6.1.",
            case_id="a18-oxy",
        )
    )
    assert O.medication_ordered(out, "naloxone")


def test_febrile_child_who_will_not_bear_weight_is_a_septic_joint(
    reason: Reason,
) -> None:
    """Kocher 1999 / Caird 2006; IDSA/PIDS 2023: a febrile child who will not bear
    weight with raised ESR, WBC and CRP has septic arthritis until aspiration says
    otherwise; with no seizure there is no febrile seizure (AAP 2011) to treat or
    to name."""
    out = reason(
        make_case(
            "not walking",
            age=3,
            sex="F",
            vitals=vitals(138, 0, 0, 26, 99, t=39.0),
            ed_note="3yo girl won't walk since yesterday, non-weight bearing on L leg, "
            "T 39.0, L knee hot and swollen, screams when moved. Bloods: WBC 18.5, "
            "ESR 55, CRP 140 mg/L.",
            case_id="a18-kocher",
        )
    )
    tr = O.treatment(out)
    assert tr is not None and "febrile convulsion" not in tr.working_diagnosis.lower()
    assert not O.ordered(out, r"seizure first aid")
    assert (out.final.icd10 or "").startswith("M00")
    assert O.ordered(out, r"aspiration|arthrocentesis")


def test_exertional_heat_stroke_is_cooled_not_given_sepsis_antibiotics(
    reason: Reason,
) -> None:
    """WMS 2019 heat illness (Lipman GS et al.): core temperature > 40 °C with CNS
    dysfunction after exertion in the heat is heat stroke: cool first; the fever and
    confusion are the heat's, so they do not make qSOFA-positive sepsis (Sepsis-3:
    suspected infection only)."""
    out = reason(
        make_case(
            "confusion",
            age=19,
            sex="F",
            vitals=vitals(152, 96, 48, 32, 97, t=41.5),
            ed_note="19F army recruit, collapsed during a 10 km march in a heatwave. "
            "Agitated, disoriented, GCS 11. Rectal temp 41.5. Skin hot. No cough, no "
            "urinary symptoms, no rash.",
            case_id="a18-heat",
        )
    )
    assert O.ordered(out, r"cool|immersion")
    assert not O.medication_ordered(out, *ANTIBIOTIC)


def test_uncomplicated_lower_leg_cellulitis_is_named_and_sent_home(
    reason: Reason,
) -> None:
    """IDSA SSTI 2014 (Stevens DL et al.): non-purulent cellulitis in a well,
    afebrile adult is treated with oral antibiotics as an outpatient; spreading,
    warm erythema is cellulitis, not 'localized oedema'."""
    out = reason(
        make_case(
            "red leg",
            age=47,
            sex="M",
            vitals=vitals(84, 128, 78, 15, 98, t=37.4),
            ed_note="47M c/o 3d spreading erythema R calf, erythematous and warm, "
            "tender. Tinea between toes. No crepitus, no blistering, systemically "
            "well.",
            case_id="a18-cellulitis",
        )
    )
    assert (out.final.icd10 or "").startswith("L03")
    assert O.medication_ordered(out, "cephalexin", "cefalexin", "flucloxacillin")
    assert O.disposition(out).disposition == "Discharge"


def test_counted_tricyclic_tablets_are_a_tca_overdose(reason: Reason) -> None:
    """AACT / Boehnert & Lovejoy 1985: a counted ingestion of a tricyclic ('30 x
    nortriptyline 25 mg') with a wide QRS is TCA toxicity: sodium bicarbonate and
    cardiac monitoring; a count of tablets is an overdose, not a therapeutic dose."""
    out = reason(
        make_case(
            "ingestion",
            age=27,
            sex="M",
            vitals=vitals(128, 98, 60, 16, 97),
            ed_note="27M took 30 x nortriptyline 25 mg about 3 h ago. Drowsy, "
            "mydriatic. ECG sinus tachy, QRS 128 ms.",
            case_id="a18-tca",
        )
    )
    assert (out.final.icd10 or "").startswith("T43.01")
    assert O.medication_ordered(out, "bicarbonate")


def test_deliberate_paracetamol_overdose_gets_a_psychosocial_assessment(
    reason: Reason,
) -> None:
    """UK TOXBASE / MHRA 2012 treatment line and NICE NG225 (self-harm, 2022): a
    deliberate paracetamol overdose above the line gets acetylcysteine, and every
    self-harm presentation a psychosocial (mental health) assessment."""
    out = reason(
        make_case(
            "overdose",
            age=24,
            sex="M",
            vitals=vitals(90, 124, 70, 14, 99),
            ed_note="24M took 24 x 500 mg paracetamol tablets deliberately after "
            "losing his job, single ingestion 4 hours ago, no co-ingestants. "
            "Paracetamol level at 4 h 170 mg/L. LFTs normal.",
            case_id="a18-para",
        )
    )
    assert O.medication_ordered(out, "acetylcysteine")
    assert O.ordered(out, r"mental health|psychiat|psychosocial")


def test_low_risk_febrile_infant_29_to_60_days_needs_no_lp_or_antibiotics(
    reason: Reason,
) -> None:
    """AAP 2021 febrile infant guideline (Pantell RH et al. Pediatrics 2021), 29-60
    days, well-appearing: with a negative urinalysis and normal inflammatory markers
    (procalcitonin <= 0.5 ng/mL, ANC <= 4000/uL, CRP <= 20 mg/L, T <= 38.5 °C) no
    lumbar puncture and no antibiotics; an abnormal procalcitonin keeps both."""

    def infant(markers: str, cid: str) -> Case:
        return make_case(
            "fever",
            age=0,
            sex="F",
            vitals=vitals(160, 0, 0, 42, 99, t=38.2),
            demographics={"age": 0, "age_days": 38},
            ed_note="38 day old girl, term, well appearing, feeding well, temp 38.2 "
            f"at home. No focus. Urine dip negative. {markers}",
            case_id=cid,
        )

    low = reason(infant("Procalcitonin 0.1 ng/mL, ANC 2900, CRP 4 mg/L.", "a18-fi-low"))
    # an LP order, not the statement that none is needed
    assert not O.ordered(low, r"^(?!no\b).*lumbar puncture")
    assert not O.medication_ordered(low, "ceftriaxone", "ampicillin", "antibiotic")
    high = reason(
        infant("Procalcitonin 1.6 ng/mL, ANC 6200, CRP 35 mg/L.", "a18-fi-hi")
    )
    assert O.ordered(high, r"lumbar puncture")
    assert O.medication_ordered(high, "ceftriaxone", "ampicillin")

"""medgi51 (issue 10): a spontaneous bruising with a platelet count below 20 is no
contusion, aspirin continues through an ulcer bleed after a coronary stent, a grade III
cholangitis is no acute liver failure, a progressive dysphagia is endoscoped on the
suspected-cancer pathway, a retention with saddle numbness gets no alpha blocker for
home, a moderate hypercalcaemia of myeloma gets its bisphosphonate, and a variceal
bleed holds the beta-blocker.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases. Each target failed on main 23923fdb before its
fix; the guards (named so) hold on both."""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- haematology ---------------------------------------------------------------------


def test_spontaneous_bruises_with_platelets_of_9_and_gum_bleeding_are_no_contusion(
    reason: Reason,
) -> None:
    """Neunert C et al. ASH 2019; Provan D et al. ITP consensus 2019; NICE NG12 1.10:
    new bruises nobody knocked, petechiae and a mucosal bleed with a platelet count
    below 20 are a thrombocytopenia (ITP until the film says otherwise): blood film,
    same-day haematology, admission; not a contusion sent home with no orders."""
    out = reason(
        make_case(
            "bruising",
            age=34,
            sex="M",
            vitals=vitals(84, 126, 78, 16, 99, 36.7),
            one_liner="34M bruises appearing for a week, gums bleeding, platelets 9",
            ed_note="34-year-old man, fit and well, no medicines. A week of bruises "
            "appearing on his arms and thighs without any knock, a rash of tiny red "
            "dots on his ankles, and gums bleeding since yesterday. Plt 9, Hb 141, "
            "WCC 7.1, clotting normal.",
        )
    )
    assert "contusion" not in O.working(out).lower(), O.working(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, r"film"), O.order_names(out)
    assert O.ordered(out, r"haematolog|hematolog"), O.order_names(out)


def test_a_bruise_after_a_fall_with_normal_platelets_stays_a_contusion_guard(
    reason: Reason,
) -> None:
    """ATLS 10th ed.: a bruise after a minor knock in a well adult with a normal count
    is a contusion, treated with simple analgesia at home."""
    out = reason(
        make_case(
            "bruising",
            age=41,
            sex="F",
            vitals=vitals(76, 124, 78, 14, 99, 36.6),
            one_liner="41F bruise on the thigh after walking into a table",
            ed_note="41-year-old woman walked into the corner of a table yesterday; a "
            "tender bruise on the outer thigh. Walking normally, no bony tenderness. "
            "No other bruises, no bleeding. Not on any medicines.",
        )
    )
    assert O.dispo(out) == "Discharge", O.dispo(out)
    assert "thrombocytop" not in O.working(out).lower(), O.working(out)


# ---- GI bleeding ---------------------------------------------------------------------


def test_an_ulcer_bleed_months_after_a_coronary_stent_keeps_aspirin(
    reason: Reason,
) -> None:
    """Gralnek IM et al. ESGE 2021; Abraham NS et al. ACG-CAG 2022; Sung JJ et al. Ann
    Intern Med 2010: aspirin for secondary prevention is not interrupted for an upper
    GI bleed, and on dual antiplatelet therapy after a recent coronary stent the P2Y12
    inhibitor is paused only with cardiology: no blanket 'hold antiplatelet drugs'."""
    out = reason(
        make_case(
            "melena",
            age=71,
            sex="F",
            vitals=vitals(102, 116, 70, 18, 97, 36.8),
            one_liner="71F black tarry stools, stent 3 months ago on aspirin and "
            "clopidogrel",
            ed_note="71-year-old woman with a drug-eluting coronary stent placed "
            "three months ago after a myocardial infarction, on aspirin and "
            "clopidogrel. Three black tarry stools since last night and she vomited "
            "coffee-ground material once. Hb 101 (baseline 132), urea 15.",
        )
    )
    names = " | ".join(O.order_names(out)).lower()
    assert "hold antiplatelet drugs" not in names, names
    assert O.ordered(out, r"aspirin[^|]*continu"), O.order_names(out)
    assert O.ordered(out, r"cardiolog"), O.order_names(out)


def test_an_ulcer_bleed_on_primary_prevention_aspirin_holds_it_guard(
    reason: Reason,
) -> None:
    """ACG-CAG 2022: aspirin taken for primary prevention is held through an ulcer
    bleed (no cardiovascular disease documented)."""
    out = reason(
        make_case(
            "vomiting blood",
            age=66,
            sex="M",
            vitals=vitals(96, 128, 76, 16, 98, 36.7),
            one_liner="66M coffee-ground vomiting, takes aspirin, no heart disease",
            ed_note="66-year-old man who takes aspirin 75 mg that he bought himself; "
            "no heart disease, no stroke. Vomited coffee-ground material twice and "
            "passed a black tarry stool today. Hb 118, urea 11.",
        )
    )
    assert O.ordered(out, r"hold antiplatelet"), O.order_names(out)
    assert not O.ordered(out, r"cardiology today"), O.order_names(out)


def test_a_variceal_bleed_on_propranolol_holds_the_beta_blocker(reason: Reason) -> None:
    """de Franchis R et al. Baveno VII 2022; Kaplan DE et al. AASLD 2024; Tripathi D et
    al. BSG 2015: the non-selective beta-blocker is held during an acute variceal bleed
    and restarted once the vasoactive drug stops and the pressure allows."""
    out = reason(
        make_case(
            "hematemesis",
            age=53,
            sex="F",
            vitals=vitals(82, 94, 60, 18, 97, 36.5),
            one_liner="53F cirrhosis with varices on propranolol, vomiting fresh blood",
            ed_note="53-year-old woman with alcohol-related cirrhosis and oesophageal "
            "varices, taking propranolol 40 mg twice daily. Vomited fresh red blood "
            "twice this evening. Pale. Hb 81, platelets 64, INR 1.5.",
        )
    )
    assert O.ordered(out, r"hold the beta-blocker"), O.order_names(out)


def test_a_variceal_bleed_off_beta_blockers_names_none_to_hold_guard(
    reason: Reason,
) -> None:
    """Baveno VII 2022: without a beta-blocker there is none to hold; the vasoactive
    drug and antibiotic stand."""
    out = reason(
        make_case(
            "hematemesis",
            age=59,
            sex="M",
            vitals=vitals(108, 100, 62, 18, 97, 36.6),
            one_liner="59M cirrhosis with known varices vomiting blood",
            ed_note="59-year-old man with alcohol-related cirrhosis and known "
            "oesophageal varices, on no regular medicines. Vomited a cup of fresh "
            "blood. Hb 92.",
        )
    )
    assert not O.ordered(out, r"hold the beta-blocker"), O.order_names(out)
    assert O.medication_ordered(out, r"octreotide|terlipressin"), O.order_names(out)


# ---- liver and biliary ---------------------------------------------------------------


def test_a_grade_iii_cholangitis_gets_no_acute_liver_failure_protocol(
    reason: Reason,
) -> None:
    """Kiriyama S et al. TG18 2018: fever, jaundice and a dilated duct with confusion,
    hypotension and an INR of 1.7 are a severe (grade III) cholangitis: biliary drainage
    and sepsis care. Its confusion and INR are septic, not a failure of the liver cells
    (Wendon J et al. EASL 2017: sepsis and biliary obstruction are the differential of
    acute liver failure): no acetylcysteine 'whatever the cause' or transplant call."""
    out = reason(
        make_case(
            "fever",
            age=83,
            sex="M",
            vitals=vitals(116, 84, 50, 24, 95, 38.7),
            one_liner="83M rigors, yellow, right upper abdominal pain, now muddled, "
            "BP low",
            ed_note="83-year-old man with known gallstones. Three days of right upper "
            "quadrant pain, rigors and jaundice; today muddled. BP 84/50 after a "
            "litre. Bilirubin 88, ALP 390, ALT 160, WCC 18, creatinine 150, INR 1.7. "
            "Ultrasound: common bile duct 11 mm with a stone in it.",
        )
    )
    assert "cholangitis" in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, r"acetylcysteine"), O.order_names(out)
    assert not O.ordered(out, r"transplant"), O.order_names(out)
    assert O.ordered(out, r"ercp|biliary drainage"), O.order_names(out)


def test_acute_liver_failure_from_hepatitis_keeps_acetylcysteine_guard(
    reason: Reason,
) -> None:
    """Lee WM et al. AASLD 2011 / Gastroenterology 2009; Wendon J et al. EASL 2017: a
    coagulopathy with encephalopathy from an acute hepatitis (no obstruction) is acute
    liver failure: acetylcysteine whatever the cause and a transplant centre."""
    out = reason(
        make_case(
            "confusion",
            age=36,
            sex="F",
            vitals=vitals(104, 112, 66, 18, 98, 37.4),
            one_liner="36F jaundiced for a week, now confused, INR 3.1",
            ed_note="36-year-old woman, previously well, no alcohol. A week of "
            "jaundice and vomiting after a flu-like illness; today confused and "
            "drowsy. ALT 4,200, bilirubin 180, INR 3.1, glucose 3.9. Ultrasound: "
            "normal bile ducts, no cirrhosis. Paracetamol level undetectable.",
        )
    )
    assert O.medication_ordered(out, r"acetylcysteine"), O.order_names(out)


# ---- oesophagus ----------------------------------------------------------------------


def test_progressive_dysphagia_with_weight_loss_is_endoscoped_on_the_cancer_pathway(
    reason: Reason,
) -> None:
    """NICE NG12 2015/2023 1.2.1; Allum WH et al. BSG 2011: dysphagia progressing over
    weeks with saliva and fluids passing is an urgent direct-access endoscopy within 2
    weeks (oesophageal or gastric cancer), an outpatient test: not a food bolus
    impaction admitted for endoscopy within 24 h."""
    out = reason(
        make_case(
            "dysphagia",
            age=68,
            sex="F",
            vitals=vitals(80, 132, 80, 14, 98, 36.6),
            one_liner="68F 2 months of progressive difficulty swallowing, lost weight",
            ed_note="68-year-old woman. Two months of progressive difficulty "
            "swallowing: meat first, now only managing soft food. Lost 5 kg. Drinks "
            "and swallows her saliva without trouble, no vomiting, no blood. "
            "Observations normal.",
        )
    )
    assert "food" not in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"endoscop[^|]*2 weeks|suspected-cancer"), O.order_names(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_steak_stuck_with_drooling_stays_a_food_bolus_guard(reason: Reason) -> None:
    """ASGE 2011; Birk M et al. ESGE 2016: food stuck after a swallow with saliva not
    handled is a complete oesophageal obstruction: emergency endoscopy."""
    out = reason(
        make_case(
            "food stuck",
            age=47,
            sex="M",
            vitals=vitals(92, 138, 84, 16, 99, 36.7),
            one_liner="47M steak stuck 3 h ago, drooling",
            ed_note="47-year-old man. A piece of steak stuck behind the sternum at "
            "dinner three hours ago; he cannot swallow his saliva and is spitting "
            "into a bowl. Breathing comfortably, no stridor.",
        )
    )
    assert "food" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"endoscop"), O.order_names(out)


# ---- urology -------------------------------------------------------------------------


def test_retention_with_saddle_numbness_gets_no_alpha_blocker_for_home(
    reason: Reason,
) -> None:
    """GIRFT 2023 national suspected cauda equina syndrome pathway; NICE NG59 2016:
    retention with saddle numbness and sciatica on both sides is cauda equina syndrome
    with retention (emergency MRI, spinal surgery, admission); NICE CG97's alpha blocker
    and home trial without catheter are for a non-neurogenic retention."""
    out = reason(
        make_case(
            "urinary retention",
            age=39,
            sex="M",
            vitals=vitals(82, 136, 82, 16, 98, 36.8),
            one_liner="39M back pain, both legs sciatica, unable to pass urine, numb "
            "saddle",
            ed_note="39-year-old man with five days of low back pain and pain down "
            "both legs. Unable to pass urine since the early hours. Numbness around "
            "the back passage. Bladder scan 850 ml.",
        )
    )
    assert not O.medication_ordered(out, r"tamsulosin"), O.order_names(out)
    assert O.ordered(out, r"\bmri\b"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


# ---- calcium -------------------------------------------------------------------------


def test_moderate_hypercalcaemia_of_myeloma_gets_a_bisphosphonate(
    reason: Reason,
) -> None:
    """El-Hajj Fuleihan G et al. Endocrine Society 2023: hypercalcaemia of malignancy is
    treated with an IV bisphosphonate or denosumab beside rehydration; Walsh J et al.
    Society for Endocrinology 2016: a bisphosphonate when the calcium stays >= 3.0
    mmol/L after fluids. A symptomatic 3.3 in a myeloma is not saline alone."""
    out = reason(
        make_case(
            "confusion",
            age=66,
            sex="F",
            vitals=vitals(88, 122, 72, 16, 97, 36.7),
            one_liner="66F known myeloma, drowsy and confused, adjusted calcium 3.3",
            ed_note="66-year-old woman with multiple myeloma. Five days of thirst, "
            "passing lots of urine, constipation and new confusion. Adjusted calcium "
            "3.30 mmol/L, creatinine 150.",
        )
    )
    assert O.medication_ordered(out, r"zoledron|pamidron|denosumab|bisphosphon"), (
        O.order_names(out)
    )


def test_mild_hypercalcaemia_without_cancer_gets_no_bisphosphonate_guard(
    reason: Reason,
) -> None:
    """Walsh J et al. Society for Endocrinology 2016: a mild (< 3.0 mmol/L)
    hypercalcaemia without a cancer needs no antiresorptive in the emergency
    department."""
    out = reason(
        make_case(
            "abnormal lab",
            age=61,
            sex="F",
            vitals=vitals(74, 138, 80, 14, 99, 36.6),
            one_liner="61F sent in with calcium 2.78 on routine bloods, well",
            ed_note="61-year-old woman sent in by her GP: adjusted calcium 2.78 "
            "mmol/L on routine bloods. Feels well, no confusion, no vomiting, no "
            "thirst. No history of cancer. Creatinine 72.",
        )
    )
    assert not O.medication_ordered(out, r"zoledron|pamidron|denosumab"), O.order_names(
        out
    )


def test_febrile_neutropenia_after_chemotherapy_is_coded_by_its_cause(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024: a neutropenia in the weeks after cancer chemotherapy is D70.1
    (agranulocytosis secondary to cancer chemotherapy), not D70.9."""
    out = reason(
        make_case(
            "fever",
            age=62,
            sex="M",
            vitals=vitals(104, 118, 70, 18, 97, 38.5),
            one_liner="62M lymphoma, R-CHOP 10 days ago, fever 38.5",
            ed_note="62-year-old man with lymphoma, last R-CHOP cycle 10 days ago. "
            "Fever 38.5 and shivers at home. No cough, no urinary symptoms. "
            "Neutrophils 0.2.",
        )
    )
    assert _code(out) == "D70.1", _code(out)


def test_a_nosebleed_with_platelets_of_4_and_petechiae_is_admitted_not_discharged(
    reason: Reason,
) -> None:
    """Neunert C et al. ASH 2019; Provan D et al. 2019; Tunkel DE et al. AAO-HNS 2020:
    a nosebleed with petechiae and a platelet count of 4 is the mucosal bleeding of a
    severe thrombocytopenia: film, haematology, admission and local control, not an
    epistaxis sent home."""
    out = reason(
        make_case(
            "nosebleed",
            age=45,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 99, 36.7),
            one_liner="45M nosebleed 90 min, red spots on legs, platelets 4",
            ed_note="45-year-old man, nosebleed for ninety minutes that keeps "
            "restarting, a rash of red pinpoint spots on both legs. No medicines. "
            "Platelets 4, Hb 138, WCC 6.2.",
        )
    )
    assert O.dispo(out) != "Discharge", O.dispo(out)
    assert O.ordered(out, r"haematolog|hematolog"), O.order_names(out)
    assert O.ordered(out, r"compression|packing"), O.order_names(out)


def test_an_anterior_nosebleed_with_normal_platelets_stays_epistaxis_guard(
    reason: Reason,
) -> None:
    """Tunkel DE et al. AAO-HNS 2020: an anterior nosebleed in a well adult with a
    normal count is treated by compression and goes home."""
    out = reason(
        make_case(
            "nosebleed",
            age=30,
            sex="M",
            vitals=vitals(78, 128, 78, 14, 99, 36.6),
            one_liner="30M nosebleed after picking his nose, stopped with pressure",
            ed_note="30-year-old man, nosebleed from the left nostril after picking "
            "his nose, stopped with 10 minutes of pressure. No medicines, no "
            "bruising. Platelets 250.",
        )
    )
    assert "epistaxis" in O.working(out).lower(), O.working(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_tetany_after_a_thyroidectomy_gets_oral_calcium_and_active_vitamin_d(
    reason: Reason,
) -> None:
    """Orloff LA et al. ATA 2018; Turner J et al. Society for Endocrinology 2016:
    post-surgical hypoparathyroidism is bridged from IV calcium gluconate to oral
    calcium with alfacalcidol or calcitriol."""
    out = reason(
        make_case(
            "numbness",
            age=52,
            sex="F",
            vitals=vitals(90, 126, 76, 16, 99, 36.8),
            one_liner="52F day 1 after total thyroidectomy, tingling lips, hand spasms",
            ed_note="52-year-old woman, the day after a total thyroidectomy for a "
            "goitre. Tingling lips and fingertips, hands going into spasm, Chvostek "
            "sign positive. Adjusted calcium 1.68.",
        )
    )
    assert O.medication_ordered(out, r"calcium gluconate"), O.order_names(out)
    assert O.medication_ordered(out, r"alfacalcidol|calcitriol"), O.order_names(out)


def test_hypocalcaemia_without_neck_surgery_names_no_alfacalcidol_guard(
    reason: Reason,
) -> None:
    """Turner J et al. Society for Endocrinology 2016: a symptomatic hypocalcaemia gets
    IV calcium; active vitamin D is the post-surgical hypoparathyroidism's."""
    out = reason(
        make_case(
            "numbness",
            age=58,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98, 36.7),
            one_liner="58M tingling fingers and mouth, cramps, calcium 1.72",
            ed_note="58-year-old man with diarrhoea for two weeks. Tingling fingers "
            "and around the mouth, hand cramps. Adjusted calcium 1.72. No operations.",
        )
    )
    assert O.medication_ordered(out, r"calcium gluconate"), O.order_names(out)
    assert not O.medication_ordered(out, r"alfacalcidol"), O.order_names(out)


def test_refeeding_with_a_phosphate_of_0_3_gets_iv_phosphate_and_thiamine(
    reason: Reason,
) -> None:
    """NICE CG32 2006/2017 1.6; da Silva JSV et al. ASPEN 2020; Amanzadeh J, Reilly RF
    2006: a malnourished patient days into feeding, weak and breathless with a
    phosphate below 0.32 mmol/L, has severe hypophosphataemia of refeeding: IV
    phosphate on a monitor and thiamine, not oral potassium alone."""
    out = reason(
        make_case(
            "weakness",
            age=57,
            sex="M",
            vitals=vitals(106, 110, 68, 22, 96, 36.5),
            one_liner="57M malnourished after months of poor intake, fed since "
            "Monday, weak",
            ed_note="57-year-old man, malnourished after months of poor intake, "
            "started on nutritional supplements four days ago. Now weak and short of "
            "breath. Phosphate 0.25 mmol/L, potassium 3.0, magnesium 0.6.",
        )
    )
    assert O.medication_ordered(out, r"iv phosphate|phosphate[^|]*iv"), O.order_names(
        out
    )
    assert O.medication_ordered(out, r"thiamine|pabrinex"), O.order_names(out)

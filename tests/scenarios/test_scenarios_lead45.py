"""lead45 (session 45): tension by its signs, a bleed on warfarin named as one, a
mass on the chest film, COPD written as the complaint, platelets after chemotherapy.

Written from the sources named in each docstring, never from rows of the shared data:
- ACS ATLS 10th ed. 2018 ch. 4; Leigh-Smith S, Harris T. Emerg Med J 2005;22:8; Roberts
  ME et al. BTS guideline for pleural disease 2023. Thorax 2023;78:s1;
- Tomaselli GF et al. 2020 ACC expert consensus decision pathway on bleeding in patients
  on oral anticoagulants. J Am Coll Cardiol 2020;76:594; Holbrook A et al. Chest
  2012;141:e152S; ICD-10-CM FY2024 D68.32;
- NICE NG12 Suspected cancer: recognition and referral (2015, updated 2023) 1.1.1; NICE
  NG122 Lung cancer (2019); Konstantinides SV et al. ESC 2019 acute PE;
- GOLD 2024 Global Strategy for COPD, ch. 5 (exacerbations);
- Estcourt LJ et al. BSH guidelines for the use of platelet transfusions. Br J Haematol
  2017;176:365; Schiffer CA et al. ASCO platelet transfusion guideline. J Clin Oncol
  2018;36:283;
- Bernstein JA et al. ACEP/AAAAI bradykinin angioedema consensus. Ann Emerg Med 2017;
  Maurer M et al. WAO/EAACI hereditary angioedema guideline 2021.

Each target scenario failed on main 9793a369 before its fix; each guard passes on both.
"""

from __future__ import annotations

from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_tension_pneumothorax_in_copd_is_named_by_its_signs(reason: Reason) -> None:
    """ATLS 10th ed.: tension pneumothorax is a clinical diagnosis (unilateral absent
    breath sounds, a trachea deviated away, hypotension or hypoxia), decompressed before
    any image. A COPD patient with those signs has a tension pneumothorax, not an
    exacerbation: the final diagnosis says so (J93.0) and decompression is ordered."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=64,
            sex="M",
            vitals=vitals(124, 96, 60, 30, 86),
            one_liner="64M COPD, sudden breathlessness, absent breath sounds left",
            ed_note="COPD. Sudden severe breathlessness 1 hour ago. Absent breath "
            "sounds on the left, hyper-resonant, trachea deviated to the right, "
            "hypotensive.",
        )
    )
    assert out.final.icd10 == "J93.0", out.final.diagnosis_name
    assert O.ordered(out, "decompression")


def test_a_large_effusion_pushing_the_trachea_is_not_decompressed(
    reason: Reason,
) -> None:
    """Guard. BTS 2023: a large effusion (stony dull) shifts the mediastinum away as a
    tension pneumothorax does; it is aspirated under ultrasound, never decompressed
    blind (ATLS: tension is hyper-resonant, an effusion dull)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=74,
            sex="F",
            vitals=vitals(104, 128, 80, 26, 91),
            one_liner="74F 3 weeks of breathlessness, stony dull right chest",
            ed_note="Three weeks of increasing breathlessness. Absent breath sounds "
            "and stony dull to percussion over the right chest, trachea deviated "
            "to the left. CXR: large right pleural effusion.",
        )
    )
    assert out.final.icd10 != "J93.0", out.final.diagnosis_name
    assert not O.ordered(out, "needle decompression then")


def test_a_spontaneous_thigh_haematoma_on_warfarin_is_named_a_bleed(
    reason: Reason,
) -> None:
    """ACC ECDP 2020: a spontaneous muscle bleed with the haemoglobin falling >= 2 g/dL
    on warfarin is a major bleed: hold the drug, reverse it (4-factor PCC with IV
    vitamin K), crossmatch, admit. ICD-10-CM D68.32 is the anticoagulant's haemorrhagic
    disorder; 'over-anticoagulation without bleeding' (R79.1) denies the bleed."""
    out = reason(
        make_case(
            "BLEEDING",
            age=79,
            sex="M",
            vitals=vitals(112, 98, 60, 20, 97),
            one_liner="79M on warfarin, INR 8.2, large thigh haematoma and falling Hb",
            ed_note="On warfarin for AF. Spontaneous large right thigh haematoma, "
            "Hb 78 from 128. INR 8.2.",
        )
    )
    assert out.final.icd10 == "D68.32", out.final.diagnosis_name
    assert O.medication_ordered(out, "prothrombin complex", "pcc")
    assert out.final.disposition is not None
    assert out.final.disposition.startswith("Admit")


def test_a_high_inr_without_bleeding_stays_over_anticoagulation(
    reason: Reason,
) -> None:
    """Guard. CHEST 2012 / BSH: an INR of 6.5 with no bleeding is over-anticoagulation:
    warfarin held, no PCC or plasma, INR rechecked, home."""
    out = reason(
        make_case(
            "ABNORMAL LAB",
            age=70,
            sex="F",
            vitals=vitals(76, 134, 78, 16, 98),
            one_liner="70F INR 6.5 on routine check, no bleeding",
            ed_note="On warfarin for AF. Routine INR 6.5. No bleeding, no bruising, "
            "well.",
        )
    )
    assert out.final.icd10 == "R79.1", out.final.diagnosis_name
    assert not O.medication_ordered(out, "prothrombin complex")


def test_a_mass_on_the_chest_film_is_a_suspected_cancer_not_an_embolism(
    reason: Reason,
) -> None:
    """NICE NG12 1.1.1: chest imaging suggesting lung cancer is an urgent
    suspected-cancer referral, with a contrast CT of the chest first (NG122). Six
    weeks of blood-streaked sputum and weight loss in a smoker with a hilar mass is
    no embolism work-up: the CT and the referral are ordered, no heparin, no serial
    troponins."""
    out = reason(
        make_case(
            "HEMOPTYSIS",
            age=67,
            sex="M",
            vitals=vitals(90, 132, 80, 18, 96),
            one_liner="67M smoker, 6 weeks of small-volume haemoptysis and weight loss",
            ed_note="Heavy smoker. Six weeks of streaks of blood in sputum, 6 kg "
            "weight loss. No breathlessness. Chest clear. CXR: right hilar mass.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "ct chest"), names
    assert O.ordered(out, "suspected lung cancer pathway"), names
    assert not O.medication_ordered(out, "heparin", "anticoagula"), names
    assert not O.ordered(out, "serial troponin"), names


def test_breathlessness_without_a_mass_is_no_cancer_referral(reason: Reason) -> None:
    """Guard. NICE NG12: a cancer referral needs the image (or the unexplained
    haemoptysis over 40); a young asthmatic's wheeze gets no CT and no referral."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=28,
            sex="F",
            vitals=vitals(104, 122, 74, 22, 96),
            one_liner="28F asthmatic, wheeze for 1 day after a cold",
            ed_note="Known asthma. Wheezy since yesterday after a cold. Widespread "
            "wheeze. CXR clear.",
        )
    )
    assert not O.ordered(out, "suspected lung cancer pathway")
    assert not O.proposes(out, "suspected lung cancer")


def test_copd_written_as_the_complaint_is_named_as_its_exacerbation(
    reason: Reason,
) -> None:
    """GOLD 2024 ch. 5: known COPD with more breathlessness over days is an
    exacerbation, treated with a bronchodilator and a short course of prednisolone.
    "COPD" in the triage box is the complaint, not a case outside the knowledge
    base."""
    out = reason(
        make_case(
            "COPD",
            age=66,
            sex="F",
            vitals=vitals(96, 134, 80, 20, 92),
            one_liner="66F COPD, slightly more breathless, no sputum change",
            ed_note="Known COPD. Slightly more short of breath for 2 days. No sputum "
            "change, no fever. Wheeze. Talking comfortably. SpO2 92 % (her usual).",
        )
    )
    assert "out_of_scope" not in out.final.summary.flags
    assert out.final.icd10 == "J44.1", out.final.diagnosis_name
    assert O.medication_ordered(out, "albuterol", "salbutamol")


def test_bleeding_thrombocytopenia_after_chemotherapy_gets_platelets(
    reason: Reason,
) -> None:
    """BSH 2017 / ASCO 2018: platelets of 8 x10^9/L ten days after chemotherapy, with
    bleeding gums and petechiae, is marrow failure with bleeding: a platelet
    transfusion, the treating oncology team, admission; no NSAIDs or IM injections."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=64,
            sex="M",
            vitals=vitals(104, 118, 70, 20, 96),
            one_liner="64M on chemotherapy, platelets 8, gum bleeding and petechiae",
            ed_note="On chemotherapy for lymphoma, last cycle 10 days ago. Gum "
            "bleeding and petechiae on legs. Platelets 8, Hb 92, neutrophils 1.8. "
            "No headache, no fever.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "platelet transfusion"), names
    assert out.final.disposition is not None
    assert out.final.disposition.startswith("Admit")


def test_a_mild_count_after_chemotherapy_gets_no_platelets(reason: Reason) -> None:
    """Guard. BSH 2017: prophylactic platelets below 10 x10^9/L, therapeutic ones for
    bleeding; a count of 95 without bleeding after chemotherapy needs none."""
    out = reason(
        make_case(
            "NAUSEA",
            age=58,
            sex="F",
            vitals=vitals(88, 124, 76, 16, 98),
            one_liner="58F on chemotherapy, nausea for 2 days",
            ed_note="On chemotherapy for breast cancer, last cycle 5 days ago. Nausea, "
            "eating less, no vomiting, no bleeding, afebrile. Platelets 95, Hb 118, "
            "neutrophils 2.4.",
        )
    )
    assert not O.medication_ordered(out, "platelet transfusion")


def _lip_swelling(one_liner: str, ed_note: str) -> Case:
    return make_case(
        "FACIAL SWELLING",
        age=35,
        sex="F",
        vitals=vitals(88, 126, 80, 16, 98),
        one_liner=one_liner,
        ed_note=ed_note,
    )


def test_angioedema_without_an_ace_inhibitor_is_not_told_to_stop_one(
    reason: Reason,
) -> None:
    """ACEP/AAAAI 2017: stopping the ACE inhibitor treats ACE-inhibitor angioedema; a
    woman with recurrent swellings since her teens, taking no ACE inhibitor (WAO/EAACI
    2021: a hereditary picture), is not told to stop a drug she does not take."""
    out = reason(
        _lip_swelling(
            "35F recurrent facial swelling, family history, no hives, no itch",
            "Recurrent episodes of swelling of the face and hands since teens, no "
            "hives, no itch, mother has the same. Now lips swollen for 4 hours. Voice "
            "normal, no breathing difficulty.",
        )
    )
    assert not O.medication_ordered(out, "ace inhibitor")
    assert O.ordered(out, "airway")


def test_ace_inhibitor_angioedema_still_stops_the_drug(reason: Reason) -> None:
    """Guard. ACEP/AAAAI 2017: tongue swelling on lisinopril without urticaria is
    ACE-inhibitor angioedema: the drug is stopped for good, the airway assessed."""
    out = reason(
        _lip_swelling(
            "35F on lisinopril, tongue swelling for 3 hours",
            "Takes lisinopril. Tongue and lower lip swelling for 3 hours. No "
            "urticaria, no itch, voice normal.",
        )
    )
    assert O.medication_ordered(out, "ace inhibitor")
    assert O.ordered(out, "airway")

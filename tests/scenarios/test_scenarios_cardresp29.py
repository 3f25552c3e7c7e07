"""cardresp29: cardiorespiratory, vascular and resuscitation emergencies, domain review.

Written from: Ibrahim WH. Eur Respir J 2008;32:1131 and Davidson K, Shojaee S. Chest
2020;157:77 (massive haemoptysis: airway, tranexamic acid, CT angiography, bronchial
artery embolisation); Collet JP et al. ESC 2020 NSTE-ACS 5.2.9 and Byrne RA et al. ESC
2023 ACS (no upfront parenteral anticoagulant on a DOAC); Brignole M et al. ESC 2018
syncope Table 5 and Shen WK et al. ACC/AHA/HRS 2017 syncope (major high-risk features:
in-hospital evaluation); Panchal AR et al. AHA 2020 post-cardiac arrest care and Neumar
RW et al. Circulation 2008 (post-cardiac arrest syndrome is no sepsis). Research
software, not for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

PARENTERAL_ANTICOAGULANT = ("heparin", "enoxaparin", "fondaparinux", "bivalirudin")


def test_massive_haemoptysis_gets_airway_tranexamic_acid_and_embolisation(
    reason: Reason,
) -> None:
    """About 250 mL of blood coughed up in bronchiectasis: massive haemoptysis (100 mL
    or more, Ibrahim 2008). The airway team and an ICU bed, tranexamic acid, CT
    angiography and interventional radiology for embolisation (Davidson 2020)."""
    out = reason(
        make_case(
            "HEMOPTYSIS",
            age=49,
            sex="F",
            vitals=vitals(116, 110, 70, 26, 91, 37.4),
            one_liner="49F with bronchiectasis coughing up fresh blood.",
            ed_note=(
                "HPI: known bronchiectasis. Since this morning she has coughed up "
                "around 250 ml of fresh blood, still bringing up clots. No "
                "anticoagulant.\nExam: anxious, blood-stained lips, crackles at the "
                "left base."
            ),
        )
    )
    assert O.medication_ordered(out, "tranexamic"), O.orders(out)
    assert O.ordered(out, "angiogra"), O.orders(out)
    assert O.ordered(out, "emboli"), O.orders(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_nste_acs_on_a_doac_gets_no_upfront_heparin(reason: Reason) -> None:
    """NSTEMI in a patient taking rivaroxaban this morning: aspirin, but no parenteral
    anticoagulant on top of the DOAC before angiography (ESC 2020 NSTE-ACS 5.2.9:
    angiography without interrupting the OAC, low-dose parenteral anticoagulation in
    the catheter laboratory)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=76,
            sex="M",
            vitals=vitals(78, 146, 84, 18, 96),
            one_liner="76M on rivaroxaban with chest tightness at rest.",
            ed_note=(
                "HPI: 76M with atrial fibrillation on rivaroxaban 20 mg daily, last "
                "taken at breakfast today. Two hours of central chest tightness at "
                "rest, settling now.\nExam: comfortable, irregular pulse, clear "
                "chest.\nECG: AF 78, 1.5 mm ST depression V5-V6.\nLabs: hs-troponin "
                "I 84 ng/L, rising to 160 ng/L at 2 h."
            ),
        )
    )
    assert O.medication_ordered(out, "aspirin"), O.orders(out)
    upfront = [
        o.name
        for o in O.medications(out)
        if O.mentions(o, PARENTERAL_ANTICOAGULANT) and "angiograph" not in o.name
    ]
    assert not upfront, upfront


def test_exertional_syncope_in_heart_failure_is_admitted(reason: Reason) -> None:
    """Syncope without warning on exertion, palpitations first, in heart failure with
    a low ejection fraction: ESC 2018 major high-risk features. In-hospital
    evaluation (ACC/AHA/HRS 2017, class I), not a discharge or ED observation rule."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=71,
            sex="F",
            vitals=vitals(82, 128, 76, 16, 97),
            one_liner="71F who passed out while exercising.",
            ed_note=(
                "HPI: she fainted during exercise at cardiac rehab, without warning, "
                "heart racing beforehand, back to normal within a minute. Heart "
                "failure with reduced ejection fraction (EF 25 %).\nExam: alert, "
                "no injury, no murmur.\nECG: sinus rhythm 82, QTc 450.\nLabs: "
                "troponin normal, Hb 132."
            ),
        )
    )
    assert out.final.disposition == "Admit", O.disposition(out)


def test_post_arrest_temperature_goal_is_no_fever(reason: Reason) -> None:
    """After ROSC from a VF arrest, a plan to avoid fever is a temperature goal (AHA
    2020 post-cardiac arrest care), not a fever: no sepsis bundle (blood cultures and
    antibiotics) for the post-cardiac arrest syndrome (Neumar 2008)."""
    out = reason(
        make_case(
            "CARDIAC ARREST",
            age=62,
            sex="F",
            vitals=vitals(104, 98, 60, 16, 96, 36.1),
            one_liner="62F with ROSC after a witnessed VF arrest, intubated.",
            ed_note=(
                "HPI: collapsed in a shopping centre, bystander CPR, VF, two shocks, "
                "ROSC after 11 minutes. Intubated on scene.\nExam: GCS 3T off "
                "sedation, pupils reactive, BP 98/60.\nECG after ROSC: ST elevation "
                "2 mm in II, III and aVF.\nPlan: coronary angiography, MAP above 65, "
                "normoxia, avoid fever above 37.7 C, ICU."
            ),
        )
    )
    assert not O.medication_ordered(out, "antibiotic"), O.orders(out)
    assert not O.ordered(out, "blood culture"), O.orders(out)

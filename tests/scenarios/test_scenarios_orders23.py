"""orders23 (issue 10): treatment orders an emergency physician would not sign.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data), with wording of its own, and asserts a safety property of the plan:

- ATLS 10th ed. (classes of haemorrhage) and the ABC score (Nunez TC et al. J Trauma
  2009): a normotensive tachycardia after an injury with no blood loss documented is
  not haemorrhagic shock: no emergency-release blood, no tranexamic acid;
- ACC 2020 ECDP bleeding on oral anticoagulants: a patient vomiting blood on warfarin
  is bleeding: no 'no vitamin K, no PCC without bleeding' order beside the reversal;
- AACT/EAPCCT 2004 urine alkalinisation and EXTRIP 2015 salicylates: bicarbonate
  goes with potassium replacement;
- TWIST (Barbosa JA et al. J Urol 2013; Sheth KR et al. J Urol 2016): a child with a
  TWIST score >= 5 goes to scrotal exploration without an ultrasound first;
- IDSA 2004 bacterial meningitis / NICE NG240: an adult's fever with confusion and a
  urinary source gets no lumbar puncture or meningitis regimen without a sign of
  meningitis;
- AASLD 2021 ascites and SBP: a planned tap in a well patient waits for the ascitic
  neutrophil count before antibiotics;
- BTS 2017 emergency oxygen (children 94-98 %) and croup (Bjornson CL, Johnson DW.
  CMAJ 2013): a child with stridor whose saturation falls gets oxygen;
- WSES Jerusalem 2020 appendicitis: nil by mouth and IV fluids until surgery;
- FDA 2020 / ACOG / EAU 2024: renal colic late in pregnancy gets paracetamol and an
  opioid when the NSAID is withheld;
- ESC 2024 AF / 2023 ACC/AHA/ACCP/HRS AF: no diltiazem or verapamil with an LVEF
  <= 40 %;
- AAAAI/ACAAI 2022 drug allergy practice parameter and NICE NG141: after anaphylaxis
  to a penicillin, no cephalosporin with the aminopenicillin side chain (cefalexin);
  cellulitis gets doxycycline.

Every scenario failed on main (9a84cb6) before the change that made it pass.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BLOOD_NOW = (r"emergency-release", r"massive transfusion", r"uncrossmatched", r"o-neg")
TXA = (r"tranexamic", r"\btxa\b")


def test_pain_tachycardia_after_a_simple_fall_is_not_transfused(reason: Reason) -> None:
    """ATLS 10th ed.: SI ~1 from pain, normal BP, no blood loss (class I-II)."""
    out = reason(
        make_case(
            "ANKLE INJURY",
            age=38,
            sex="Female",
            vitals=vitals(121, 116, 78, 18, 99),
            one_liner="38 y.o. female who slipped on ice and hurt her right ankle",
            ed_note=(
                "38F slipped on an icy step this morning and twisted her right ankle, "
                "heard a crack. Pain 10/10, crying, very anxious. Obvious deformity of "
                "the ankle, foot warm with pulses palpable, sensation intact. No head "
                "strike, no other pain, chest and abdomen normal, pelvis stable. No "
                "wounds, no blood loss. Takes no regular medicines."
            ),
        )
    )
    assert not O.ordered(out, *BLOOD_NOW)
    assert not O.ordered(out, *TXA)


def test_haematemesis_on_warfarin_gets_no_minor_inr_advice(reason: Reason) -> None:
    """ACC 2020 ECDP: major GI bleeding on warfarin is reversed, not 'held'."""
    out = reason(
        make_case(
            "VOMITING",
            age=81,
            sex="Female",
            vitals=vitals(118, 92, 54, 20, 96),
            one_liner="81 y.o. female on warfarin who has vomited blood three times",
            ed_note=(
                "81F with a metallic aortic valve on warfarin. Since lunchtime she has "
                "vomited bright red blood three times and passed a black, tarry stool. "
                "Light-headed. Pale and sweaty. INR 5.9, Hb 74 g/L, urea 21."
            ),
        )
    )
    assert not any("without bleeding" in o.name.lower() for o in O.orders(out)), [
        o.name for o in O.orders(out)
    ]
    assert O.ordered(out, r"pcc|prothrombin complex|revers")


def test_salicylate_alkalinisation_comes_with_potassium(reason: Reason) -> None:
    """AACT/EAPCCT 2004; EXTRIP 2015: keep potassium 4-4.5 while alkalinising."""
    out = reason(
        make_case(
            "OVERDOSE",
            age=34,
            sex="Male",
            vitals=vitals(112, 132, 80, 26, 98, 37.4),
            one_liner="34 y.o. male who swallowed a bottle of aspirin this morning",
            ed_note=(
                "34M swallowed about 40 aspirin 300 mg tablets at 07:00 intending to "
                "harm himself. Tinnitus and nausea, breathing quickly. GCS 15. "
                "Salicylate concentration 58 mg/dL at 6 hours. pH 7.44, bicarbonate "
                "16. Potassium 3.3 mmol/L, creatinine 0.9 mg/dL. Weight 80 kg."
            ),
        )
    )
    assert O.ordered(out, r"bicarbonate")
    assert O.ordered(out, r"potassium chloride|\bkcl\b|replace potassium")


def test_high_twist_goes_to_exploration_without_ultrasound(reason: Reason) -> None:
    """TWIST >= 5 (Barbosa 2013; Sheth 2016): no scrotal ultrasound before surgery."""
    out = reason(
        make_case(
            "GROIN PAIN",
            age=12,
            sex="Male",
            vitals=vitals(112, 118, 70, 20, 99),
            one_liner="12 y.o. boy with sudden right scrotal pain during football",
            ed_note=(
                "12-year-old boy, sudden severe pain in the right side of the scrotum "
                "2 hours ago during a football match, no blow to the groin. Vomited "
                "once. Right testicle swollen and firm, lying higher than the left, "
                "with no cremasteric reflex on the right."
            ),
        )
    )
    assert not any(
        o.kind == "diagnostic" and O.mentions(o, (r"ultraso", r"doppler"))
        for o in O.orders(out)
    )
    assert O.ordered(out, r"urolog|paediatric surg|pediatric surg")


def _unconditional(name: str) -> bool:
    """Whether an order gives its drug now rather than once a result allows."""
    return re.match(r"(?i)\s*(?:if|once|when|after)\b", name) is None


def test_urinary_delirium_gets_no_meningitis_work_up(reason: Reason) -> None:
    """IDSA 2004 / NICE NG240: LP and meningitis cover need a sign of meningitis."""
    out = reason(
        make_case(
            "CONFUSION",
            age=86,
            sex="Male",
            vitals=vitals(104, 138, 76, 18, 96, 38.3),
            one_liner="86 y.o. man with a long-term catheter, muddled since last night",
            ed_note=(
                "86M with a long-term urinary catheter for retention. Since last night "
                "muddled and drowsy, pulling at the catheter; the catheter bag shows "
                "cloudy, foul-smelling urine with sediment. Temperature 38.3. Neck "
                "moves freely, no rash, no headache, no fits. Suprapubic discomfort. "
                "Not on steroids or chemotherapy."
            ),
        )
    )
    assert not O.ordered(out, r"lumbar puncture", r"\blp\b")
    assert not O.ordered(out, r"dexamethasone")


def test_planned_ascitic_tap_waits_for_the_count(reason: Reason) -> None:
    """AASLD 2021: SBP is ascitic PMN >= 250/mm3; no antibiotic first unless septic."""
    out = reason(
        make_case(
            "ABDOMINAL SWELLING",
            age=63,
            sex="Female",
            vitals=vitals(80, 112, 66, 16, 98, 36.6),
            one_liner="63 y.o. woman with cirrhosis whose belly has filled up again",
            ed_note=(
                "63F with NASH cirrhosis, tapped 3 weeks ago. Belly has filled up "
                "again over 10 days, tight and uncomfortable. Afebrile, eating, no "
                "tummy pain, alert and orientated, no flap. Large-volume ascites, "
                "soft and non-tender. Diagnostic and therapeutic paracentesis today; "
                "cell count and culture sent. Creatinine 0.8 mg/dL."
            ),
        )
    )
    antibiotics = [
        o.name
        for o in O.medications(out)
        if O.mentions(o, (r"cef\w+", r"ceph", r"antibiotic", r"piperacillin"))
    ]
    assert not [n for n in antibiotics if _unconditional(n)], antibiotics


def test_croup_with_stridor_and_falling_saturation_gets_oxygen(reason: Reason) -> None:
    """BTS 2017 (children 94-98 %); CMAJ 2013 croup: desaturation = severe croup."""
    out = reason(
        make_case(
            "NOISY BREATHING",
            age=3,
            sex="Female",
            vitals={"heart_rate": 148, "respiratory_rate": 42, "spo2": 93},
            one_liner="3 y.o. girl with a seal-like cough and noisy breathing",
            ed_note=(
                "3-year-old girl with a runny nose for a day, woke at 2 am with a "
                "seal-like cough, hoarse cry and harsh inspiratory stridor even when "
                "settled on her mother's knee. Marked sternal recession, restless. "
                "Saturations 93 % in room air. Swallowing her saliva, no drooling. "
                "Weight 14 kg."
            ),
        )
    )
    assert O.ordered(out, r"oxygen", r"\bo2\b")
    assert O.ordered(out, r"dexamethasone")


def test_appendicitis_is_fasted_with_iv_fluids(reason: Reason) -> None:
    """WSES Jerusalem 2020: nil by mouth and IV fluids until the surgical decision."""
    out = reason(
        make_case(
            "RLQ PAIN",
            age=31,
            sex="Male",
            vitals=vitals(102, 126, 80, 18, 98, 38.0),
            one_liner="31 y.o. man with 24 hours of right-sided lower abdominal pain",
            ed_note=(
                "31M, central abdominal pain yesterday that has settled in the right "
                "iliac fossa, with anorexia and one vomit. Tender at McBurney's point "
                "with percussion tenderness and guarding. White cells 15.1, CRP 62. "
                "CT abdomen: dilated 11 mm appendix with fat stranding, consistent "
                "with acute appendicitis, no perforation."
            ),
        )
    )
    assert O.ordered(out, r"nil by mouth", r"\bnpo\b", r"fasting")
    assert O.ordered(out, r"iv (?:crystalloid|fluid)", r"crystalloid")


def test_renal_colic_in_late_pregnancy_still_gets_analgesia(reason: Reason) -> None:
    """FDA 2020 (no NSAID >= 20 weeks); ACOG / EAU 2024: paracetamol and an opioid."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=33,
            sex="Female",
            vitals=vitals(104, 122, 74, 18, 99),
            one_liner="33 y.o. woman 31 weeks pregnant with left-sided colicky pain",
            ed_note=(
                "33F G2P1 at 31 weeks. Since this morning severe stabbing left flank "
                "pain coming in waves into the groin, cannot keep still, nauseated. No "
                "fever, no urinary symptoms. Dipstick blood 2+, nitrite negative. "
                "Fetal movements normal, no tightenings, no bleeding."
            ),
        )
    )
    assert not O.ordered(out, r"ketorolac", r"ibuprofen", r"naproxen", r"\bnsaid")
    assert O.ordered(
        out, r"paracetamol", r"acetaminophen", r"morphine", r"fentanyl", r"opioid"
    )


def test_fast_af_with_a_poor_ventricle_gets_no_diltiazem(reason: Reason) -> None:
    """ESC 2024 AF; 2023 ACC/AHA/ACCP/HRS AF: no non-DHP CCB with LVEF <= 40 %."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=74,
            sex="Male",
            vitals=vitals(152, 118, 76, 20, 95),
            one_liner="74 y.o. man with ischaemic cardiomyopathy and a racing heart",
            ed_note=(
                "74M, two previous heart attacks, ischaemic cardiomyopathy with an "
                "LVEF of 25 % on his last echo. Racing heart since yesterday, more "
                "breathless climbing stairs. ECG: atrial fibrillation at 152, no "
                "acute ST change. Fine crackles at both bases. Potassium 4.1."
            ),
        )
    )
    assert not O.ordered(out, r"diltiazem", r"verapamil")


def test_penicillin_anaphylaxis_gets_no_cefalexin(reason: Reason) -> None:
    """AAAAI/ACAAI 2022: no aminopenicillin-side-chain cephalosporin after anaphylaxis
    to a penicillin; NICE NG141: doxycycline or clarithromycin for cellulitis."""
    out = reason(
        make_case(
            "SKIN INFECTION",
            age=47,
            sex="Female",
            vitals=vitals(92, 132, 80, 16, 99, 37.9),
            one_liner="47 y.o. woman with a spreading red area on her forearm",
            ed_note=(
                "47F, cat scratch on the left forearm 3 days ago, now a hot, red, "
                "tender, spreading area 10 cm across with a clear edge, no pus, no "
                "fluctuance. Felt feverish. Allergies: amoxicillin - anaphylaxis, "
                "needed adrenaline in 2015. Otherwise well."
            ),
        )
    )
    assert not O.ordered(
        out, r"cefalexin", r"cephalexin", r"keflex", r"cefadroxil", r"cefaclor"
    )
    assert not O.ordered(out, r"amoxicillin", r"flucloxacillin", r"benzylpenicillin")
    assert O.ordered(out, r"doxycycline", r"clarithromycin", r"clindamycin")

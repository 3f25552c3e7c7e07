"""card29b: leftovers of the cardresp29 review.

Written from: Khan DA et al. AAAAI/ACAAI drug allergy practice parameter, J Allergy
Clin Immunol 2022;150:1333 (after a penicillin reaction a dissimilar-side-chain
cephalosporin; after anaphylaxis an aztreonam-based or non-beta-lactam regimen);
Mazuski JE et al. SIS 2017 and Solomkin JS et al. IDSA 2010 intra-abdominal infection
(aztreonam or a fluoroquinolone with metronidazole); Kiriyama S et al. Tokyo
Guidelines 2018 (cholangitis: antibiotics within the hour); Adler Y et al. ESC 2015
pericardial diseases and Sagrista-Sauleda J et al. Circulation 2008;117:1545 (tamponade:
volume while drainage is arranged, no diuretic or vasodilator); Cooke G et al. J Fam
Pract 2006;55:130 (an irregularly irregular pulse for AF) and Joglar JA et al. 2023
ACC/AHA/ACCP/HRS AF (unstable AF: synchronised cardioversion). Research software, not
for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

NAMED_ALTERNATIVE = ("aztreonam", "ciprofloxacin", "levofloxacin", "vancomycin")


def test_cholangitis_with_penicillin_anaphylaxis_gets_a_named_alternative(
    reason: Reason,
) -> None:
    """Fever, jaundice and right upper quadrant pain with a dilated common bile duct
    (Tokyo 2018: acute cholangitis) in a patient whose penicillin caused anaphylaxis:
    no penicillin, and a named non-penicillin regimen for the biliary source
    (AAAAI/ACAAI 2022; SIS/IDSA: aztreonam or ciprofloxacin with metronidazole)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=71,
            sex="F",
            vitals=vitals(118, 96, 58, 24, 95, 39.2),
            one_liner="71F with fever, jaundice and right upper quadrant pain.",
            ed_note=(
                "HPI: two days of right upper quadrant pain, rigors and yellow eyes. "
                "Known gallstones.\nAllergies: penicillin (anaphylaxis, needed "
                "adrenaline).\nExam: jaundiced, tender right upper quadrant, "
                "Murphy's sign.\nLabs: WBC 18.2, bilirubin 84 umol/L, ALP 410, "
                "lactate 2.6.\nUS: common bile duct dilated to 11 mm with stones."
            ),
        )
    )
    given = [o.name for o in O.medications(out) if O.mentions(o, O.PENICILLINS)]
    assert not given, given
    assert O.medication_ordered(out, *NAMED_ALTERNATIVE), O.orders(out)


def test_unstable_af_is_treated_as_atrial_fibrillation(reason: Reason) -> None:
    """Sudden palpitations with an irregularly irregular pulse of 168, hypotension and
    confusion: unstable AF (pulse palpation: sensitivity 94 %, specificity 72 %; Cooke
    G et al. J Fam Pract 2006). The plan is made for atrial fibrillation, not for the
    symptom, and synchronised cardioversion is ordered (AHA/ACC/HRS 2023 AF)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=68,
            sex="M",
            vitals=vitals(168, 78, 46, 24, 93),
            one_liner="68M with palpitations, irregular tachycardia 168, BP 78/46.",
            ed_note=(
                "HPI: sudden palpitations 2 hours ago, now light-headed with chest "
                "tightness.\nExam: pale, cool peripheries, confused to date. "
                "Irregularly irregular pulse 168. Bibasal crackles.\nECG: atrial "
                "fibrillation with rapid ventricular response 168, narrow QRS, no "
                "pre-excitation."
            ),
        )
    )
    treat = O.treatment(out)
    assert treat is not None
    assert "fibrillation" in (treat.working_diagnosis or "").lower(), treat
    assert O.ordered(out, "cardioversion"), O.orders(out)


def test_tamponade_with_hypotension_gets_volume_while_drainage_is_arranged(
    reason: Reason,
) -> None:
    """Tamponade on bedside echo with hypotension, raised JVP and pulsus paradoxus:
    pericardiocentesis, and a volume load while it is arranged (ESC 2015 pericardial
    diseases; Sagrista-Sauleda J et al. Circulation 2008: the preload-dependent
    heart); no diuretic or vasodilator."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=47,
            sex="F",
            vitals=vitals(124, 84, 66, 26, 95, 37.1),
            one_liner="47F with breast cancer, a week of breathlessness, hypotension.",
            ed_note=(
                "HPI: metastatic breast cancer, a week of increasing breathlessness, "
                "now faint on standing.\nExam: raised JVP, muffled heart sounds, "
                "pulsus paradoxus 18 mmHg, lungs clear.\nBedside echo: large "
                "pericardial effusion with right ventricular diastolic collapse."
            ),
        )
    )
    assert O.ordered(out, "pericardiocentesis"), O.orders(out)
    assert O.medication_ordered(out, "bolus", "crystalloid"), O.orders(out)
    assert not O.medication_ordered(out, "furosemide", "nitroglycerin"), O.orders(out)

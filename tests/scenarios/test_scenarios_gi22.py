"""gi22 (issue 10): acute abdomen and genitourinary emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- ESVS 2019 AAA guideline (Wanhainen A et al. Eur J Vasc Endovasc Surg 2019;57:8),
  SVS 2018 (Chaikof EL et al. J Vasc Surg 2018;67:2) and NICE CKS renal or ureteric
  colic (2023): 'renal colic' in an older patient with a pulsatile mass or shock is a
  ruptured aneurysm until imaged; a palpable pulsatile mass has LR+ 12 for an AAA
  (Lederle FA, Simel DL. JAMA 1999;281:77); a referral label ('?renal colic') is the
  referrer's hypothesis, not a finding;
- EAU Guidelines on Urolithiasis 2024: an obstructing stone with infection is an
  emergency that needs decompression; ICD-10-CM I.B.9 combination code N13.6;
- WSES 2020 perforated peptic ulcer (Tarasconi A et al. World J Emerg Surg
  2020;15:3): free intraperitoneal air with peritonism is a perforated viscus.

Each scenario asserts safety properties and failed on main before this change.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _status(out: ReasoningOutput, words: str) -> str | None:
    return next(
        (e.status for e in out.final.ledger if words in e.diagnosis.lower()), None
    )


def test_query_colic_with_pulsatile_mass_and_shock_is_an_aneurysm(
    reason: Reason,
) -> None:
    """A 71-year-old sent in as '?ureteric colic' with a pulsatile epigastric mass,
    HR 104 and SBP 98 (shock index > 1): the final diagnosis is not a stone, the
    aneurysm is not ruled out, and no NSAID or alpha-blocker for a stone is ordered
    (NICE CKS renal colic 2023; ESVS 2019)."""
    out = reason(
        make_case(
            "right flank pain",
            age=71,
            sex="M",
            vitals=vitals(104, 98, 62, 20, 97, 36.6),
            one_liner="71 yo man sent in as renal colic: sudden right loin pain",
            ed_note="71 yo man, smoker, treated hypertension. Abrupt right loin and "
            "back pain an hour ago spreading into the right groin; the out-of-hours "
            "doctor wrote ?renal colic. Felt light-headed in the ambulance. Grey "
            "and sweaty. Pulsatile mass palpable in the epigastrium, tender. "
            "Dipstick trace of blood. Never had a kidney stone.",
        )
    )
    assert not (out.final.icd10 or "").startswith("N20"), out.final.diagnosis_name
    assert _status(out, "aortic aneurysm") not in (None, "ruled_out")
    assert not O.medication_ordered(out, "tamsulosin", "ketorolac", "ibuprofen")
    assert out.final.disposition != "Discharge"


def test_infected_obstructed_kidney_is_named_over_pyelonephritis(
    reason: Reason,
) -> None:
    """Fever with rigors, loin pain, nitrites and a 6 mm obstructing ureteric stone
    with hydronephrosis on CT: the final diagnosis is the obstructed infected kidney
    (N13.6: emergency decompression, EAU 2024), not pyelonephritis or a stone, and
    the decompression is asked for."""
    out = reason(
        make_case(
            "fever",
            age=58,
            sex="M",
            vitals=vitals(112, 112, 70, 22, 97, 38.9),
            ed_note="58 yo man. Left loin pain for three days, shaking chills and "
            "fever since this morning. Left costovertebral angle tenderness. "
            "Urinalysis: nitrites positive, large leucocyte esterase. Non-contrast "
            "CT: 6 mm obstructing stone at the left vesicoureteric junction with "
            "hydronephrosis. WBC 17.",
        )
    )
    assert out.final.icd10 == "N13.6", out.final.diagnosis_name
    assert O.ordered(out, "nephrostomy", "stent", "decompress")
    assert out.final.disposition != "Discharge"


def test_free_air_with_peritonism_rules_in_a_perforated_viscus(
    reason: Reason,
) -> None:
    """Epigastric pain, a rigid abdomen and pneumoperitoneum on an upright film: a
    perforated viscus is ruled in (WSES 2020) and named, with the surgeon and
    antibiotics asked for."""
    out = reason(
        make_case(
            "abdominal pain",
            age=66,
            sex="F",
            vitals=vitals(114, 108, 70, 22, 96, 37.4),
            ed_note="66 yo woman on naproxen for arthritis. Sudden severe upper "
            "abdominal pain four hours ago, now everywhere. Lies still, rigid "
            "abdomen with guarding. Upright chest film: pneumoperitoneum.",
        )
    )
    assert _status(out, "perforation") == "ruled_in"
    assert (out.final.icd10 or "").startswith("K63.1"), out.final.diagnosis_name
    assert O.ordered(out, "surgery")
    assert O.medication_ordered(out, "antibiotic")


def test_hyperkalaemia_on_raas_blockade_holds_the_drugs_that_raise_potassium(
    reason: Reason,
) -> None:
    """Potassium 6.8 mmol/L with peaked T waves in a woman on lisinopril and
    eplerenone after days of vomiting: besides calcium and insulin-glucose, an order
    holds the drugs that raise potassium, and no potassium-raising drug is given
    (UK Kidney Association 2020)."""
    out = reason(
        make_case(
            "generalized weakness",
            age=72,
            sex="F",
            vitals=vitals(56, 112, 64, 18, 97),
            ed_note="72 yo woman with heart failure on lisinopril, eplerenone and "
            "bumetanide. Three days of vomiting, eating and drinking little, now "
            "weak all over. Potassium 6.8 mmol/L, not haemolysed; creatinine 260 "
            "umol/L (was 120 last month). ECG: peaked T waves.",
        )
    )
    assert any(
        O.mentions(o, (r"\bhold\b", r"\bstop\b"))
        and O.mentions(o, ("potassium", "ace inhibitor", "mineralocorticoid"))
        for o in O.orders(out)
    ), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "calcium")
    assert not O.medication_ordered(out, "potassium chloride", "spironolactone")


def test_adhesive_obstruction_is_resuscitated_and_decompressed(reason: Reason) -> None:
    """Colicky pain, faeculent-looking vomit, a distended abdomen and no flatus after
    two laparotomies: obstruction is kept open, and the work-up comes with
    nil-by-mouth, IV fluid and electrolyte resuscitation, NG decompression and the
    surgeon (Bologna 2017 adhesive SBO guidelines)."""
    out = reason(
        make_case(
            "abdominal distension",
            age=59,
            sex="M",
            vitals=vitals(102, 128, 78, 18, 97),
            ed_note="59 yo man, two previous laparotomies for a perforated appendix. "
            "Cramping central abdominal pain in waves since yesterday, has vomited "
            "green fluid six times, no wind passed since last night. Abdomen "
            "distended and tympanic, tender centrally, no peritonism.",
        )
    )
    assert _status(out, "obstruction") not in (None, "ruled_out")
    assert O.ordered(out, "nasogastric", r"\bNG\b")
    assert O.ordered(out, r"crystalloid|IV fluid|saline|lactated ringer")
    assert O.ordered(out, "nil by mouth", r"\bNPO\b")
    assert O.ordered(out, "surgery")

"""Leftovers of session 28's domain reviews, session 29 (med29, issue 10).

Written from: Kraut JA, Kurtz I. Clin J Am Soc Nephrol 2008;3:208 and Schelling JR et
al. Ann Intern Med 1990;113:580 (an osmolar gap of 10-25 in alcoholic ketoacidosis;
ethanol subtracted first: Purssell RA et al. Ann Emerg Med 2001;38:653; AACT / EXTRIP
2015 fomepizole indications); Evans L et al. Surviving Sepsis Campaign 2021 and
Seymour CW et al. JAMA 2016 (sepsis needs a systemic sign); Gupta K et al. IDSA/ESCMID
2011 and Bonkat G et al. EAU 2024 (older or frail adults with febrile pyelonephritis
are treated in hospital); Glaser N et al. ISPAD 2022 and BSPED 2021 (DKA under 18:
per-kg fluids over 48 h, no insulin bolus); Wells PS et al. NEJM 2003 and NICE NG158
(DVT is an acute presentation); Caine D et al. JNNP 1997 and EFNS 2010 (Wernicke
criteria in alcohol use or malnutrition); ATLS 10th ed. ch. 6-7 (an injured face is a
head and cervical spine injury).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_FOMEPIZOLE = ("fomepizole",)
_LITRES = (r"\d(?:\.\d)?\s*(?:-\s*\d(?:\.\d)?\s*)?l\b", r"\blitres?\b", r"\bliters?\b")


def _open(out: ReasoningOutput, word: str) -> bool:
    return any(word in d.lower() for d in out.final.summary.open_must_not_miss)


def test_alcoholic_ketoacidosis_with_a_small_osmolar_gap_gets_no_fomepizole(
    reason: Reason,
) -> None:
    """Kraut & Kurtz 2008, Schelling 1990: ketoacidosis itself raises the osmolar gap
    to 10-25; a gap of 12 beside a beta-hydroxybutyrate of 6 and no toxic-alcohol
    history is alcoholic ketoacidosis, not methanol (no fomepizole, not the final
    diagnosis)."""
    out = reason(
        make_case(
            "VOMITING",
            age=51,
            sex="M",
            vitals=vitals(110, 126, 80, 22, 98),
            ed_note=(
                "Heavy drinker, stopped two days ago because of vomiting, not eating. "
                "Denies drinking antifreeze or anything else. Epigastric tenderness. "
                "Labs: glucose 5.4 mmol/L, pH 7.29, bicarbonate 15, anion gap 23, "
                "beta-hydroxybutyrate 5.9 mmol/L, ethanol undetectable. Osmolar gap 13."
            ),
        )
    )
    assert not O.medication_ordered(out, *_FOMEPIZOLE), O.orders(out)
    assert "methanol" not in (out.final.diagnosis_name or "").lower()


def test_an_osmolar_gap_explained_by_ethanol_gets_no_fomepizole(
    reason: Reason,
) -> None:
    """Purssell 2001; Goldfrank's: ethanol contributes about its level (mg/dL) / 3.7 to
    the osmolar gap. A gap of 50 with an ethanol of 240 mg/dL, a normal anion gap and
    no acidosis is the ethanol's: no toxic-alcohol treatment."""
    out = reason(
        make_case(
            "ALCOHOL INTOXICATION",
            age=38,
            sex="M",
            vitals=vitals(94, 130, 82, 16, 97),
            ed_note=(
                "Found drunk in the street, rousable, protecting his airway, no head "
                "injury. Labs: pH 7.37, bicarbonate 24, anion gap 11, serum ethanol "
                "240 mg/dL, osmolar gap 50."
            ),
        )
    )
    assert not O.medication_ordered(out, *_FOMEPIZOLE), O.orders(out)
    assert out.final.disposition != "Admit" or not O.ordered(out, "dialysis")


def test_months_of_urinary_symptoms_without_a_systemic_sign_are_not_held_for_sepsis(
    reason: Reason,
) -> None:
    """SSC 2021 / Sepsis-3: sepsis is infection with a host response, counted on
    systemic signs (SIRS, qSOFA). Months of frequency and a weak stream in a man with a
    large prostate, no fever, no rigors, no confusion (vitals not recorded): sepsis is
    not held open."""
    out = reason(
        make_case(
            "URINARY FREQUENCY",
            age=77,
            sex="M",
            one_liner="77M months of worsening frequency, nocturia and weak stream",
            ed_note=(
                "Several months of worsening urinary frequency, urgency, nocturia and"
                " a weak stream despite tamsulosin. Type 2 diabetes. Digital rectal "
                "exam: smooth, diffusely enlarged prostate. PSA 1.4."
            ),
        )
    )
    assert not _open(out, "sepsis"), out.final.summary
    assert out.final.disposition == "Discharge", out.final.disposition


def test_an_older_adult_with_febrile_pyelonephritis_is_admitted(
    reason: Reason,
) -> None:
    """IDSA/ESCMID 2011, EAU 2024: febrile pyelonephritis at 80 with a tachycardia is
    treated in hospital with parenteral antibiotics (bacteraemia is common, signs are
    atypical), whatever a forecast of admission says."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=81,
            sex="M",
            vitals=vitals(103, 130, 74, 20, 96, t=38.7),
            ed_note=(
                "Two days of dysuria and left flank pain, fever at home. Alert. Left "
                "costovertebral angle tenderness. Urinalysis pyuria, nitrite positive. "
                "Acute pyelonephritis."
            ),
        )
    )
    assert out.final.disposition == "Admit", out.final.disposition


def test_a_frail_adult_with_pyelonephritis_is_admitted(reason: Reason) -> None:
    """EAU 2024, IDSA/ESCMID 2011: pyelonephritis in a frail patient is treated in
    hospital (frailty: Rockwood 2005), with or without a fever at triage."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=61,
            sex="F",
            vitals=vitals(96, 124, 72, 18, 97, t=37.6),
            ed_note=(
                "Frail, walks with a frame, lives alone. Two days of dysuria and right "
                "flank pain. Right costovertebral angle tenderness. Urine nitrite and "
                "leucocytes positive. Acute pyelonephritis."
            ),
        )
    )
    assert out.final.disposition == "Admit", out.final.disposition


def test_an_adolescent_in_dka_gets_per_kg_fluids_and_no_adult_litre(
    reason: Reason,
) -> None:
    """ISPAD 2022, BSPED 2021 (to the 18th birthday): 10 mL/kg of 0.9 % saline only for
    poor perfusion or shock, the deficit over 48 h; no fixed adult litre in the first
    hour; insulin 0.05-0.1 U/kg/h with no bolus (loading dose)."""
    out = reason(
        make_case(
            "VOMITING",
            age=17,
            sex="M",
            vitals=vitals(122, 112, 66, 30, 99),
            ed_note=(
                "Type 1 diabetes, missed insulin, two days of vomiting and abdominal "
                "pain. Weight 60 kg. Kussmaul breathing, dry mucous membranes, alert. "
                "Glucose 27 mmol/L, pH 7.10, bicarbonate 7, ketones 5.5 mmol/L. "
                "Diabetic ketoacidosis."
            ),
        )
    )
    fluids = [o for o in O.medications(out) if O.mentions(o, ("saline", "crystalloid"))]
    assert fluids, O.orders(out)
    assert not any(O.mentions(o, _LITRES) for o in fluids), fluids
    assert any("48 h" in o.name for o in fluids), fluids
    insulin = [o.name for o in O.medications(out) if "insulin" in o.name.lower()]
    assert insulin and all("loading dose" in i for i in insulin), insulin


def test_a_swelling_of_years_is_not_held_for_dvt(reason: Reason) -> None:
    """Wells 2003, NICE NG158: DVT is an acute presentation; a thigh swelling growing
    slowly over five years is a mass until shown otherwise, not a DVT or PE to be held
    open in Observation."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=36,
            sex="M",
            one_liner="36M slowly growing left posterior thigh swelling, 5 years",
            ed_note=(
                "Progressively increasing painless swelling in the left posterior "
                "thigh for 5 years. No trauma. Exam: firm non-tender mass in the "
                "posterior thigh, calf soft, distal pulses normal."
            ),
        )
    )
    assert not _open(out, "deep veins"), out.final.summary
    assert not _open(out, "embolism"), out.final.summary


def test_diplopia_with_ataxia_is_not_called_wernicke_without_alcohol(
    reason: Reason,
) -> None:
    """Caine 1997 / EFNS 2010: the Wernicke criteria apply in alcohol use or
    malnutrition; sudden double vision, ataxia and dysarthria at 68 with atrial
    fibrillation is a posterior circulation stroke, and retinal or angle-closure
    diagnoses do not explain a binocular diplopia (Rucker & Tomsak 2005)."""
    out = reason(
        make_case(
            "DOUBLE VISION",
            age=68,
            sex="M",
            vitals=vitals(84, 176, 94, 16, 97),
            ed_note=(
                "Sudden binocular double vision 2 hours ago with vertigo, unsteady "
                "gait and slurred speech. Right sixth nerve palsy, nystagmus, left "
                "limb ataxia. Atrial fibrillation, not anticoagulated. No alcohol "
                "use."
            ),
        )
    )
    assert "wernicke" not in (out.final.diagnosis_name or "").lower()
    assert not _open(out, "retina"), out.final.summary
    assert not _open(out, "angle-closure"), out.final.summary


def test_an_injured_chin_is_not_coded_as_dental_pain(reason: Reason) -> None:
    """ATLS 10th ed.: an injury to the chin is an injury above the clavicle (face,
    brain, cervical spine), not a dental disorder."""
    out = reason(
        make_case(
            "CHIN PAIN",
            age=80,
            sex="F",
            vitals=vitals(82, 150, 84, 16, 97),
            one_liner="80F tripped and fell onto her chin, chin laceration",
            ed_note=(
                "Tripped on the kerb and fell forward onto her chin. 2 cm chin "
                "laceration, neck pain. Teeth intact. Takes apixaban."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("K0"), out.final.icd10
    assert not O.proposes(out, "teeth", "periapical"), O.diagnoses_proposed(out)

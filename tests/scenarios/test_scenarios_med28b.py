"""Leftovers of neuro28, tox28 and real28, session 28 (med28b, issue 10).

Written from: Hodges JR, Warlow CP. J Neurol Neurosurg Psychiatry 1990;53:834
(transient global amnesia criteria) and Arena JE, Rabinstein AA. Mayo Clin Proc
2015;90:264 (its mimics: hypoglycaemia, stroke, seizure, intoxication); Gupta K et al.
IDSA/ESCMID 2011, EAU 2024 urological infections and Evans L et al. Surviving Sepsis
Campaign 2021 (blood cultures before antibiotics in an older adult's febrile
pyelonephritis); Sanders DB et al. MGFA consensus, Neurology 2016;87:419 and the 2020
update (no aminoglycoside, fluoroquinolone or macrolide in myasthenia gravis; the
precipitating infection is treated); Lipman GS et al. WMS 2019 heat illness and the ESI
v4 handbook ch.3 (heat stroke: cooling now, level 1); Szpilman D et al. NEJM 2012
(drowning: hypoxaemia from aspiration, not embolism); AGS Beers Criteria 2023 and NICE
CG103 (delirium from an anticholinergic drug).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_WORSEN_MG = (
    "azithromycin",
    "clarithromycin",
    "erythromycin",
    "floxacin",
    "gentamicin",
    "tobramycin",
    "amikacin",
)
_ANTIBIOTIC = ("ceftriaxone", "cefotaxime", "amoxicillin", "doxycycline", "antibiotic")
_AVOID = (r"^\W*(?:avoid|stop|hold|no)\b",)


def _stage_abstained(out: ReasoningOutput, stage: str) -> bool:
    return any(r.stage == stage and r.status == "abstained" for r in out.trace)


def test_transient_amnesia_is_assessed_with_glucose_not_abstained(
    reason: Reason,
) -> None:
    """Hodges & Warlow 1990: sudden anterograde amnesia with repetitive questioning,
    identity kept, no focal sign. The assessment reasons about it (TGA and its mimics)
    and a glucose is checked; it does not abstain as outside the knowledge base."""
    out = reason(
        make_case(
            "AMNESIA",
            age=63,
            sex="M",
            vitals=vitals(80, 172, 94, 16, 98),
            ed_note=(
                "Wife reports that since lunchtime he keeps asking the same questions "
                "and cannot remember the last few hours. Knows who he is and who she "
                "is. No headache, no weakness, no speech problem, no seizure seen, "
                "no head injury, no alcohol. Exam: alert, repetitive questioning, "
                "no focal deficit, normal gait."
            ),
        )
    )
    assert not _stage_abstained(out, "assessment")
    assert O.proposes(out, "amnesia"), O.diagnoses_proposed(out)
    assert O.ordered(out, "glucose"), O.orders(out)


def test_memory_loss_is_not_an_eye_complaint(reason: Reason) -> None:
    """'Memory loss' is the amnesia complaint (Arena & Rabinstein 2015): not an eye
    disorder; glucose and the stroke mimics are considered."""
    out = reason(
        make_case(
            "MEMORY LOSS",
            age=60,
            sex="F",
            vitals=vitals(78, 148, 86, 14, 99),
            ed_note=(
                "Could not recall the morning after gardening, asked her daughter "
                "repeatedly what day it was. No head injury. No focal signs."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("H"), out.final.icd10
    assert O.ordered(out, "glucose"), O.orders(out)


def test_febrile_pyelonephritis_in_an_older_adult_gets_blood_cultures(
    reason: Reason,
) -> None:
    """IDSA/ESCMID 2011, EAU 2024, SSC 2021: an 84-year-old with fever, flank pain and
    costovertebral angle tenderness: blood cultures before the first antibiotic."""
    out = reason(
        make_case(
            "FLANK PAIN",
            age=84,
            sex="M",
            vitals=vitals(102, 124, 72, 20, 96, t=38.7),
            ed_note=(
                "Two days of burning on passing urine and right flank pain, rigors "
                "this morning. Right costovertebral angle tenderness. Urine dipstick "
                "nitrite and leucocytes positive. Acute pyelonephritis."
            ),
        )
    )
    assert O.ordered(out, "blood culture"), O.orders(out)


def test_myasthenia_with_pneumonia_gets_an_antibiotic_that_spares_the_junction(
    reason: Reason,
) -> None:
    """MGFA 2016/2020: a myasthenic patient with a pneumonia on the film is treated with
    an antibiotic that does not worsen neuromuscular transmission (no macrolide,
    fluoroquinolone or aminoglycoside)."""
    out = reason(
        make_case(
            "COUGH",
            age=70,
            sex="M",
            vitals=vitals(104, 136, 80, 24, 93, t=38.5),
            ed_note=(
                "Known myasthenia gravis on pyridostigmine. Three days of productive "
                "cough and fever, crackles at the left base. Chest x-ray left lower "
                "lobe consolidation. Increasing ptosis, difficulty swallowing."
            ),
        )
    )
    meds = [m for m in O.medications(out) if not O.mentions(m, _AVOID)]
    assert any(O.mentions(m, _ANTIBIOTIC) for m in meds), meds
    assert not any(O.mentions(m, _WORSEN_MG) for m in meds), meds


def test_myasthenic_crisis_from_a_chest_infection_treats_the_infection(
    reason: Reason,
) -> None:
    """Sanders DB et al. 2016: infection is the commonest trigger of a crisis and is
    treated with it; no film yet, fever and crackles."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=55,
            sex="F",
            vitals=vitals(106, 130, 78, 24, 94, t=38.3),
            ed_note=(
                "Myasthenia gravis. Chest infection for 4 days with fever and "
                "crackles at the right base. Now nasal speech, choking on fluids, "
                "weak neck flexion. FVC 17 mL/kg. Myasthenic crisis."
            ),
        )
    )
    meds = [m for m in O.medications(out) if not O.mentions(m, _AVOID)]
    assert any(O.mentions(m, _ANTIBIOTIC) for m in meds), meds
    assert not any(O.mentions(m, _WORSEN_MG) for m in meds), meds


def test_exertional_heat_stroke_is_esi_1(reason: Reason) -> None:
    """WMS 2019: core temperature over 40 C with altered mentation after exertion is
    heat stroke, cooled at once; an immediate life-saving intervention is ESI 1
    (handbook ch.3)."""
    out = reason(
        make_case(
            "COLLAPSE",
            age=19,
            sex="M",
            vitals=vitals(128, 112, 64, 24, 97, t=41.2),
            one_liner="19M collapsed on a military training run in the heat, confused",
            ed_note="Combative and confused, GCS 12. Hot dry skin. Rectal 41.2 C.",
        )
    )
    assert out.final.esi == 1, out.final.esi


def test_heat_stroke_and_drowning_carry_no_pe_work_up(reason: Reason) -> None:
    """An alternative diagnosis more likely than PE (Wells 2000): heat illness explains
    tachycardia and collapse (WMS 2019), aspiration the hypoxaemia after a submersion
    (Szpilman 2012); no D-dimer."""
    heat = reason(
        make_case(
            "COLLAPSE",
            age=23,
            sex="F",
            vitals=vitals(146, 96, 50, 28, 96, t=41.4),
            one_liner="23F collapsed at the end of a summer 10 km race, confused",
            ed_note="Confused, GCS 13, hot dry skin, rectal temperature 41.4 C.",
        )
    )
    drowning = reason(
        make_case(
            "NEAR DROWNING",
            age=15,
            sex="F",
            vitals=vitals(120, 118, 70, 28, 90, t=35.9),
            ed_note=(
                "Pulled from a swimming pool after about a minute under water, "
                "coughing, vomited water. Bilateral crackles, SpO2 90 % on air."
            ),
        )
    )
    for out in (heat, drowning):
        assert not O.ordered(out, "d-dimer"), O.orders(out)


def test_delirium_from_oxybutynin_is_delirium_and_the_drug_is_stopped(
    reason: Reason,
) -> None:
    """AGS Beers 2023, NICE CG103: new delirium in an older adult recently started on
    oxybutynin, with a full bladder: a drug-induced delirium (not constipation), the
    anticholinergic drug stopped."""
    out = reason(
        make_case(
            "CONFUSION",
            age=83,
            sex="F",
            vitals=vitals(96, 148, 80, 18, 97),
            ed_note=(
                "Confused and agitated for two days. Oxybutynin started ten days ago "
                "for urge incontinence. Palpable bladder. Bowels not open for 4 days. "
                "Afebrile, no focal neurology."
            ),
        )
    )
    assert "constipation" not in (out.final.diagnosis_name or "").lower()
    assert O.ordered(out, "anticholinergic", "oxybutynin"), O.orders(out)

"""real29b: real29's remaining majors, written from guidelines (issue 10).

McCallum E et al. Clin Ophthalmol 2019;13:2189 (orbital compartment syndrome from any
cause, orbital cellulitis and surgery among them: an intraocular pressure above 40 mmHg
with a tense orbit and restricted movements is decompressed by lateral canthotomy);
Ten Broek RPG et al. Bologna guidelines for adhesive small-bowel obstruction 2017
(World J Emerg Surg 2018;13:24: peritonitis or signs of strangulation call for
emergency surgery, not a trial of conservative management).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_orbital_infection_with_iop_above_40_is_decompressed(reason: Reason) -> None:
    """Eyelid swelling and chemosis with limited eye movements after eyelid surgery and
    an IOP of 44 mmHg in the ED: an orbital compartment syndrome (McCallum 2019):
    lateral canthotomy, ophthalmology, not discharged."""
    note = (
        "Painful swollen red eyelids since 2 days, 3 days after an upper "
        "blepharoplasty. Exam: tense erythematous eyelid oedema on the right, "
        "chemosis, limited eye movements on the right, visual acuity reduced. "
        "Intraocular pressure 44 mmHg right, 18 mmHg left."
    )
    out = reason(make_case("swollen eyelids", age=58, sex="F", ed_note=note))
    assert O.ordered(out, "canthotomy"), O.orders(out)
    assert O.ordered(out, "ophthalmolog"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_bowel_obstruction_with_peritonism_goes_to_surgery(reason: Reason) -> None:
    """Small-bowel obstruction with rebound tenderness and guarding: peritonitis in an
    obstruction is emergency surgery (Bologna 2017): surgeon emergently, admitted, not
    held in observation."""
    note = (
        "Colicky abdominal pain, distension and bilious vomiting for 2 days; "
        "no flatus. Previous laparotomy. Exam: distended abdomen, diffuse "
        "tenderness with rebound tenderness and involuntary guarding. Abdominal "
        "film: dilated small bowel loops with air-fluid levels, small bowel "
        "obstruction."
    )
    out = reason(make_case("abdominal pain", age=61, sex="M", ed_note=note))
    assert O.disposition(out).disposition in ("Admit", "OR Admit"), O.disposition(out)
    assert O.ordered(out, "emergent") or O.ordered(out, "laparotomy"), O.orders(out)


def test_fast_af_with_reduced_ef_and_wheeze_gets_digoxin_not_diltiazem(
    reason: Reason,
) -> None:
    """AF with a rapid ventricular response, an LVEF of 30 % and wheeze in a man with
    asthma: rate control is ordered, digoxin or amiodarone (a beta-blocker is avoided in
    bronchospasm) and never diltiazem or verapamil with an LVEF of 40 % or less (ESC
    2024 AF; 2023 ACC/AHA/ACCP/HRS AF, class 3 harm)."""
    note = (
        "Breathless and wheezy for 3 days after a cold; known asthma. ECG: atrial "
        "fibrillation with rapid ventricular response. Bedside echo: LVEF 30 %, "
        "dilated left ventricle. NT-proBNP 2400 pg/mL."
    )
    case = make_case(
        "shortness of breath",
        age=58,
        sex="M",
        vitals=vitals(hr=136, sbp=124, dbp=78, rr=24, spo2=94),
        ed_note=note,
    )
    out = reason(case)
    assert O.medication_ordered(out, "digoxin") or O.medication_ordered(
        out, "amiodarone"
    ), O.medications(out)
    assert not O.medication_ordered(out, "diltiazem"), O.medications(out)
    assert not O.medication_ordered(out, "verapamil"), O.medications(out)


def test_enhancing_brain_mass_on_mri_goes_to_neurosurgery(reason: Reason) -> None:
    """Confusion and vomiting with an enhancing frontal mass and surrounding oedema on
    MRI: neurosurgery and dexamethasone for the symptomatic vasogenic oedema (NICE NG99
    2018; AANS/CNS 2010 steroids for brain metastases; EANO 2021)."""
    note = (
        "Two days of confusion and vomiting. Afebrile. MRI brain: 3.8 cm enhancing "
        "mass in the right frontal lobe with surrounding vasogenic oedema."
    )
    out = reason(make_case("confusion", age=66, sex="F", ed_note=note))
    assert O.ordered(out, "neurosurg"), O.orders(out)
    assert O.medication_ordered(out, "dexamethasone"), O.medications(out)

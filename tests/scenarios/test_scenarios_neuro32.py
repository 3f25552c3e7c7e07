"""neuro32 (issue 10): neurological emergencies, fourth review and session-31 leftovers.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Galvin R et al. EFNS guidelines for Wernicke encephalopathy. Eur J Neurol
  2010;17:1408 (non-alcoholic causes: hyperemesis gravidarum; thiamine, admission);
- Easton JD et al. AHA/ASA 2009 TIA definition (a transient focal deficit, retinal
  ischaemia included); NICE NG128 (suspected TIA: specialist assessment);
- Kleindorfer DO et al. AHA/ASA 2021 secondary prevention 6.1 (TIA with atrial
  fibrillation: oral anticoagulation; POINT and CHANCE excluded a cardioembolic source);
- Mackie SL et al. BSR 2020 giant cell arteritis; Smetana GW, Shmerling RH. JAMA
  2002;287:92 (jaw claudication, abnormal temporal artery);
- WHO 2022 cryptococcal disease guidelines; Beardsley J et al. NEJM 2016;374:542
  (no adjunctive dexamethasone in cryptococcal meningitis);
- Biller J et al. AHA/ASA 2014 cervical arterial dissection; ICD-10-CM Official
  Guidelines FY2024 IV.H (a suspected diagnosis is coded as its symptom in the ED);
- Hodges JR, Warlow CP. JNNP 1990;53:834; Arena JE, Rabinstein AA. Mayo Clin Proc
  2015;90:264 (transient global amnesia, resolved, goes home);
- Hand PJ et al. Stroke 2006;37:769; Libman RB et al. Arch Neurol 1995;52:1119 (stroke
  mimics: hypoglycaemia a small share of suspected strokes); Powers WJ et al. AHA/ASA
  2019 (glucose checked before any stroke treatment).

Each scenario asserts safety properties and failed on main 0d7e922 before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CT_HEAD = (r"\bct head", r"ct of the head", r"head ct", r"ct brain", r"non-contrast ct")
DAPT = ("clopidogrel", "ticagrelor", "dual antiplatelet therapy for")
ANTICOAGULANT = ("anticoagula", "doac", "apixaban", "rivaroxaban", "edoxaban")


def _final(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def _probability(out: ReasoningOutput, word: str) -> float:
    return max(
        (e.probability or 0.0 for e in out.final.ledger if word in e.diagnosis.lower()),
        default=0.0,
    )


def test_wernicke_in_hyperemesis_gravidarum_is_treated_and_admitted(
    reason: Reason,
) -> None:
    """EFNS 2010: Wernicke's encephalopathy also follows weeks of vomiting in
    pregnancy; confusion with ophthalmoplegia and ataxia there is Wernicke's until
    proven otherwise: IV thiamine and admission, not a day-care drip."""
    out = reason(
        make_case(
            "nausea and vomiting",
            age=24,
            sex="F",
            vitals=vitals(108, 106, 64, 18, 99, 36.7),
            ed_note=(
                "24-year-old woman, 13 weeks pregnant, with hyperemesis gravidarum: "
                "vomiting after every meal for five weeks, 5 kg weight loss. Over the "
                "last two days she has become muddled and keeps losing her way in the "
                "house, walks unsteadily and sees double. Examination: disoriented to "
                "date, gaze-evoked nystagmus, bilateral abducens palsy, broad-based "
                "ataxic gait. Glucose 5.0 mmol/L, ketones 3+. No alcohol."
            ),
        )
    )
    assert O.proposes(out, "wernicke")
    assert O.medication_ordered(out, "thiamine")
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_transient_deficit_under_a_dizziness_complaint_is_a_tia(
    reason: Reason,
) -> None:
    """AHA/ASA 2009: a focal deficit that resolved is a TIA whatever the complaint
    it arrived under; it is imaged and not sent home unassessed (NICE NG128)."""
    out = reason(
        make_case(
            "dizziness",
            age=68,
            sex="M",
            vitals=vitals(78, 158, 90, 16, 97, 36.6),
            ed_note=(
                "68-year-old man with hypertension. Light-headed this morning and, at "
                "the same time, his right arm went weak and his speech was slurred for "
                "about 15 minutes; now resolved. Examination normal, NIHSS 0. "
                "Glucose 6.4 mmol/L."
            ),
        )
    )
    assert O.proposes(out, "transient cerebral ischemic attack")
    assert O.ordered(out, r"\bcta\b", "ct angiograph", r"\bmri\b")
    assert O.disposition(out).disposition != "Discharge"


def test_tia_with_atrial_fibrillation_is_anticoagulated_not_dual_antiplatelet(
    reason: Reason,
) -> None:
    """AHA/ASA 2021 6.1: after a TIA with atrial fibrillation, oral anticoagulation
    (once imaging excludes haemorrhage) prevents the cardioembolic recurrence; dual
    antiplatelet therapy was tested only without a cardioembolic source."""
    out = reason(
        make_case(
            "weakness",
            age=79,
            sex="M",
            vitals=vitals(96, 148, 82, 16, 97, 36.6),
            ed_note=(
                "79-year-old man with atrial fibrillation, on no anticoagulant. Sudden "
                "weakness of the left arm and slurred speech for 30 minutes this "
                "morning, now completely resolved. Examination normal, NIHSS 0. ECG "
                "atrial fibrillation at 96. Glucose 6.8 mmol/L."
            ),
        )
    )
    assert O.proposes(out, "transient cerebral ischemic attack")
    assert not O.medication_ordered(out, *DAPT)
    assert O.medication_ordered(out, *ANTICOAGULANT)


def test_transient_monocular_visual_loss_is_a_retinal_tia(reason: Reason) -> None:
    """AHA/ASA 2009: a curtain over one eye that cleared (amaurosis fugax) is a
    retinal TIA: vessel imaging and specialist assessment, not an eye abrasion."""
    out = reason(
        make_case(
            "visual disturbance",
            age=71,
            sex="F",
            vitals=vitals(72, 166, 88, 14, 98, 36.6),
            ed_note=(
                "71-year-old woman with hypertension and diabetes. Two hours ago a "
                "curtain came down over the vision of her right eye for about 4 "
                "minutes, painless, then cleared completely. No headache, no jaw pain. "
                "Visual acuity 6/6 both eyes, normal fundi, no eye redness."
            ),
        )
    )
    assert O.proposes(out, "transient cerebral ischemic attack")
    assert O.ordered(out, r"\bcta\b", "ct angiograph", "carotid", "head and neck")
    assert "abrasion" not in _final(out)


def test_classic_giant_cell_arteritis_leads_and_needs_no_ct_first(
    reason: Reason,
) -> None:
    """BSR 2020: a new headache after 50 with jaw claudication and tender, thickened
    temporal arteries is giant cell arteritis: glucocorticoids now and a temporal
    artery ultrasound or biopsy; it leads a migraine, and no CT head is needed first
    (Smetana 2002: jaw claudication LR+ 4.2, abnormal artery 2.6-4.6)."""
    out = reason(
        make_case(
            "headache",
            age=76,
            sex="F",
            vitals=vitals(82, 150, 84, 16, 97, 37.2),
            ed_note=(
                "76-year-old woman with 5 weeks of a new headache over both temples, "
                "pain in the jaw when chewing that stops when she rests it, and a "
                "tender scalp. No visual symptoms. Examination: both temporal arteries "
                "tender and thickened, visual acuity 6/6, normal neurological "
                "examination. ESR 84 mm/h, CRP 52 mg/L."
            ),
        )
    )
    assert _probability(out, "arteritis") > _probability(out, "migraine")
    assert O.medication_ordered(out, "prednis", "methylpred")
    assert not O.ordered(out, *CT_HEAD)


def test_meningitis_in_advanced_hiv_gets_cryptococcal_antigen_not_dexamethasone(
    reason: Reason,
) -> None:
    """WHO 2022: in HIV with a CD4 below 200, a subacute meningitis is cryptococcal
    until the antigen says otherwise (serum CrAg, opening pressure at the LP), and
    adjunctive dexamethasone harms it (Beardsley 2016)."""
    out = reason(
        make_case(
            "headache",
            age=41,
            sex="F",
            vitals=vitals(92, 118, 74, 16, 98, 38.1),
            ed_note=(
                "41-year-old woman with HIV, off antiretroviral therapy, CD4 count 60 "
                "last month. Ten days of worsening headache, fevers and vomiting. "
                "Examination: alert, GCS 15, neck stiffness, no focal deficit, no rash."
            ),
        )
    )
    assert O.ordered(out, "cryptococcal")
    assert not O.medication_ordered(out, "dexamethasone")


def test_painful_horner_is_worked_up_as_dissection_but_coded_as_symptom(
    reason: Reason,
) -> None:
    """AHA/ASA 2014: neck pain with a Horner syndrome is a carotid dissection until
    angiography shows otherwise (CTA/MRA ordered); before that the ED diagnosis is
    the symptom, not the dissection (ICD-10-CM IV.H)."""
    out = reason(
        make_case(
            "neck pain",
            age=47,
            sex="M",
            vitals=vitals(76, 136, 82, 14, 99, 36.7),
            ed_note=(
                "47-year-old man whose neck was manipulated by a chiropractor three "
                "days ago; since then right-sided neck pain running up behind the "
                "right eye and a pulsatile whooshing noise in the right ear. "
                "Examination: right ptosis and a small right pupil, otherwise normal "
                "neurological "
                "examination. No imaging yet."
            ),
        )
    )
    assert O.proposes(out, "dissection")
    assert O.ordered(out, "angiograph", r"\bcta\b", r"\bmra\b")
    assert "dissection" not in _final(out)


def test_resolved_transient_global_amnesia_goes_home(reason: Reason) -> None:
    """Hodges & Warlow 1990; Arena & Rabinstein 2015: a typical transient global
    amnesia that has resolved, with a normal examination, needs no admission."""
    out = reason(
        make_case(
            "memory loss",
            age=64,
            sex="M",
            vitals=vitals(74, 146, 86, 14, 99, 36.6),
            ed_note=(
                "64-year-old man. After a strenuous swim he could not remember "
                "anything new for about 5 hours. He asked his wife the same questions "
                "over and over ('where are we? what happened?'). He knew his own name "
                "throughout. No headache, no weakness, no speech problem, no shaking, "
                "no head injury, no alcohol. Now GCS 15, alert and oriented, normal "
                "neurological examination, no memory of the episode. Glucose 6.0 "
                "mmol/L."
            ),
        )
    )
    assert O.proposes(out, "transient global amnesia")
    assert O.disposition(out).disposition == "Discharge"


def test_guard_amnesia_with_a_focal_sign_is_not_sent_home(reason: Reason) -> None:
    """Guard (Arena & Rabinstein 2015): an amnesia with a focal sign is no typical
    transient global amnesia; a stroke is not excluded and the patient stays."""
    out = reason(
        make_case(
            "memory loss",
            age=70,
            sex="F",
            vitals=vitals(80, 160, 90, 14, 98, 36.6),
            ed_note=(
                "70-year-old woman asking the same questions over and over for 3 "
                "hours, cannot remember the morning. Examination: GCS 15, alert and "
                "oriented, right facial droop and right arm drift."
            ),
        )
    )
    assert O.disposition(out).disposition != "Discharge"


def test_stroke_symptoms_rank_stroke_far_above_hypoglycaemia(
    reason: Reason,
) -> None:
    """Hand 2006, Libman 1995: among suspected strokes about 70 % are strokes or TIAs
    and hypoglycaemia is a small share of the mimics: with no glucose result yet, a
    one-sided numbness that persists ranks ischaemic stroke far above hypoglycaemia,
    and the glucose is still checked (AHA/ASA 2019 3.2)."""
    out = reason(
        make_case(
            "numbness",
            age=69,
            sex="F",
            vitals=vitals(80, 162, 88, 16, 97, 36.7),
            ed_note=(
                "69-year-old woman with hypertension. Numbness of the left arm and the "
                "left side of the face since an hour ago, still present. No weakness, "
                "no headache, no trauma."
            ),
        )
    )
    assert _probability(out, "cerebral infarction") > 10 * _probability(
        out, "hypoglycemia"
    )
    assert O.ordered(out, "glucose")


def test_guard_hypoglycaemic_hemiparesis_is_still_treated_with_dextrose(
    reason: Reason,
) -> None:
    """Guard (AHA/ASA 2019 3.2; ADA 2024): a measured low glucose with a focal deficit
    is corrected first, whatever the stroke list's prior."""
    out = reason(
        make_case(
            "weakness",
            age=66,
            sex="M",
            vitals=vitals(102, 150, 84, 18, 98, 36.5),
            ed_note=(
                "66-year-old man on insulin, missed breakfast. Found sweaty with right "
                "arm weakness and slurred speech 20 minutes ago. Capillary glucose "
                "2.0 mmol/L."
            ),
        )
    )
    assert O.medication_ordered(out, "dextrose", "glucagon", "glucose")

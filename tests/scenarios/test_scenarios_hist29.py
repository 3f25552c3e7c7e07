"""hist29: what the record already says at triage, and past vs present findings.

Written from: the ESI v4 handbook (Gilboy N et al., AHRQ 2012/2020 ed.) ch.2 (the
triage history includes medications, allergies and past history) and ch.4 (high-risk
situations: a head injury in an elderly patient on an anticoagulant, fever in an
immunocompromised patient); NICE NG232 2023 head injury (1.4.11: CT head within 8 h
for a head injury on an anticoagulant) and ACEP 2023 mild TBI clinical policy;
IDSA/ASCO 2018 febrile neutropenia (Taplitz RA et al. J Clin Oncol 2018;36:1443: fever
within 6 weeks of chemotherapy is assessed at once) and the AST infectious diseases
community of practice 2019 (fever in a solid-organ transplant recipient); KDIGO 2020
potassium controversies conference (hyperkalaemia after a missed dialysis session);
ACEP 2017 early pregnancy clinical policy (abdominal pain or bleeding in early
pregnancy: ectopic until excluded); ConText (Chapman WW et al. BioNLP 2007; Harkema
H et al. J Biomed Inform 2009;42:839: a historical mention is not a current finding);
AHA/ASA 2019 acute ischaemic stroke (no bedside finding names the infarct before
imaging) and ICD-10-CM Official Guidelines FY2024 I.B.4 / IV.D (a sign or symptom
code when no diagnosis is established).
"""

from __future__ import annotations

from cases.views import build_view
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _esi(out) -> int:  # type: ignore[no-untyped-def]
    esi = out.final.esi
    assert esi is not None, out.final
    return int(esi)


def test_chin_injury_on_apixaban_in_the_note_only_is_high_risk(reason: Reason) -> None:
    """An older woman's fall onto her chin, apixaban on her medication list only: a
    face injury on an anticoagulant is ESI 2 (handbook ch.4; NICE NG232 1.4.11)."""
    out = reason(
        make_case(
            "CHIN PAIN",
            age=79,
            sex="F",
            vitals=vitals(84, 152, 84, 16, 97),
            one_liner="79F tripped and fell onto her chin, chin laceration",
            ed_note=(
                "Tripped on the pavement and fell forward onto her chin. 2 cm chin "
                "laceration. Past medical history: atrial fibrillation. Medications: "
                "apixaban 5 mg twice daily. Exam: GCS 15, no focal deficit."
            ),
        )
    )
    assert _esi(out) <= 2, out.final


def test_fall_on_warfarin_written_as_a_standing_condition_is_high_risk(
    reason: Reason,
) -> None:
    """'FALL' at 84 with 'on warfarin' in the history: ESI 2 (handbook ch.4)."""
    out = reason(
        make_case(
            "FALL",
            age=84,
            sex="M",
            vitals=vitals(76, 148, 80, 16, 96),
            one_liner="84M fell at home this morning",
            ed_note=(
                "Slipped in the bathroom and struck his forehead on the sink. PMH: "
                "mechanical mitral valve, on warfarin. GCS 15."
            ),
        )
    )
    assert _esi(out) <= 2, out.final


def test_fever_after_chemotherapy_in_the_history_is_high_risk(reason: Reason) -> None:
    """Fever 8 days after docetaxel, chemotherapy only in the note's history: possible
    neutropenic fever, ESI 2 (IDSA/ASCO 2018; handbook ch.4)."""
    out = reason(
        make_case(
            "FEVER",
            age=58,
            sex="F",
            vitals=vitals(96, 122, 72, 18, 97, t=38.4),
            one_liner="58F with fever since this afternoon",
            ed_note=(
                "Fever and chills since this afternoon. Breast cancer on docetaxel "
                "chemotherapy, last cycle 8 days ago."
            ),
        )
    )
    assert _esi(out) <= 2, out.final


def test_fever_in_a_kidney_transplant_recipient_is_high_risk(reason: Reason) -> None:
    """A kidney transplant recipient on tacrolimus with fever and cough: ESI 2 (AST
    2019; handbook ch.4: fever in the immunocompromised)."""
    out = reason(
        make_case(
            "FEVER",
            age=45,
            sex="M",
            vitals=vitals(98, 132, 84, 20, 95, t=38.6),
            one_liner="45M with fever and cough for 2 days",
            ed_note=(
                "Fever and productive cough 2 days. Kidney transplant 2019 on "
                "tacrolimus and mycophenolate."
            ),
        )
    )
    assert _esi(out) <= 2, out.final


def test_weakness_in_a_dialysis_patient_is_high_risk(reason: Reason) -> None:
    """Weakness in a patient on haemodialysis who missed a session: hyperkalaemia until
    the potassium and ECG say otherwise, ESI 2 (KDIGO 2020)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=66,
            sex="M",
            vitals=vitals(58, 142, 78, 18, 96),
            one_liner="66M generally weak since this morning",
            ed_note=(
                "Generalised weakness since this morning. End-stage renal disease on "
                "haemodialysis, missed Friday's session."
            ),
        )
    )
    assert _esi(out) <= 2, out.final


def test_abdominal_pain_in_early_pregnancy_from_the_history_is_high_risk(
    reason: Reason,
) -> None:
    """Lower abdominal pain with a positive home pregnancy test in the history: ectopic
    pregnancy until excluded, ESI 2 (ACEP 2017)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=31,
            sex="F",
            vitals=vitals(96, 114, 70, 16, 99),
            one_liner="31F with lower abdominal pain since last night",
            ed_note=(
                "Right lower abdominal pain since last night. She is pregnant, last "
                "menstrual period 7 weeks ago."
            ),
        )
    )
    assert _esi(out) <= 2, out.final


def test_the_examination_never_reaches_triage() -> None:
    """The nurse knows the background, not the physician's examination: a finding
    written after an examination heading is not in the triage view (ESI handbook ch.2;
    the staged disclosure of ER-Reason's triage task)."""
    case = make_case(
        "FEVER",
        age=60,
        sex="M",
        vitals=vitals(90, 130, 80, 18, 97, t=38.2),
        ed_note=(
            "Fever for a day. History of diabetes. Exam: known to be on insulin, "
            "rigid abdomen with guarding."
        ),
    )
    view = build_view(case, "triage")
    assert view.background is not None and "diabetes" in view.background
    assert "rigid" not in view.background and "insulin" not in view.background
    assert "Fever for a day" not in view.background


def test_a_fever_of_last_week_that_resolved_is_no_fever_now(reason: Reason) -> None:
    """Her usual migraine, and 'a fever last week which resolved': a past symptom is no
    finding of the present picture (ConText historical), so no lumbar puncture or blood
    cultures for meningitis (IDSA 2004: fever, neck stiffness, altered mentation)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=30,
            sex="F",
            vitals=vitals(80, 120, 70, 14, 99),
            one_liner="30F with headache",
            ed_note=(
                "Throbbing headache since this morning similar to her usual. She had a "
                "fever last week which resolved. History of migraine. Neck supple."
            ),
        )
    )
    assert not O.ordered(out, "lumbar puncture"), O.orders(out)


def test_a_faint_years_ago_is_history_not_todays_syncope(reason: Reason) -> None:
    """Palpitations today; 'he had syncope 5 years ago': a dated past episode is
    history (ConText temporality, more than two weeks), so ventricular tachycardia is
    not held open for a faint of today (ESC 2018 syncope)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=50,
            sex="M",
            vitals=vitals(88, 130, 80, 16, 98),
            one_liner="50M palpitations today",
            ed_note=(
                "Palpitations for an hour today. He had syncope 5 years ago. No chest "
                "pain now."
            ),
        )
    )
    open_mnm = out.final.summary.open_must_not_miss
    assert not any("ventricular tachycardia" in d.lower() for d in open_mnm), open_mnm


def test_back_pain_with_a_past_fever_is_no_spinal_infection(reason: Reason) -> None:
    """Back pain after lifting, 'fevers two months ago with a flu' and a retention
    'last year, resolved': neither is a sign of this visit (ConText historical), so no
    emergency MRI or IV antibiotics for an epidural abscess (Darouiche RO. N Engl J
    Med 2006;355:2012: fever and back pain now, with a risk factor)."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=38,
            sex="M",
            vitals=vitals(78, 126, 78, 14, 99, t=36.7),
            one_liner="38M low back pain after lifting",
            ed_note=(
                "Low back pain after lifting a box yesterday. He had urinary retention "
                "last year after surgery, resolved. Had fevers two months ago with a "
                "flu."
            ),
        )
    )
    assert not O.ordered(out, "mri"), O.orders(out)
    assert not O.medication_ordered(out, "vancomycin"), O.orders(out)


def test_a_focal_deficit_before_imaging_is_not_coded_as_weakness(
    reason: Reason,
) -> None:
    """Sudden arm weakness with a facial droop and no imaging yet: the final code names
    the neurological signs (R29.8-), not generalised weakness R53.1 (ICD-10-CM I.B.1;
    AHA/ASA 2019 3.2.1: imaging names the infarct)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=70,
            sex="F",
            vitals=vitals(88, 176, 94, 16, 97),
            one_liner="70F with sudden right arm weakness and facial droop 1 hour ago",
            ed_note=(
                "Sudden right arm weakness and right facial droop starting 1 hour ago. "
                "Slurred speech. Exam: right facial droop, right arm drift."
            ),
        )
    )
    assert out.final.icd10 != "R53.1", out.final


def test_an_epiglottitis_treated_as_such_is_named_as_such(reason: Reason) -> None:
    """An unimmunised child drooling with stridor, worked up and treated as
    epiglottitis (airway team, ceftriaxone after the airway): the final diagnosis is
    the epiglottitis the ED acted on, not 'dyspnoea' (RCH Melbourne; Tintinalli 9th
    ed. ch.246; Pauker SG, Kassirer JP 1980: the diagnosis acted on)."""
    out = reason(
        make_case(
            "DIFFICULTY BREATHING",
            age=4,
            sex="M",
            vitals={
                "heart_rate": 160,
                "respiratory_rate": 36,
                "spo2": 94,
                "temperature_c": 39.8,
            },
            one_liner="4-year-old boy, unimmunised, high fever, drooling, stridor.",
            ed_note=(
                "Not immunised, 6 h of high fever and sore throat, now drooling, "
                "refusing to swallow, sitting upright leaning forward, muffled voice, "
                "soft inspiratory stridor. Looks toxic. No cough."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("J05.1"), out.final


def test_an_injured_chin_is_not_coded_as_a_dental_disorder(reason: Reason) -> None:
    """A fall onto the chin is a face injury (ATLS: above the clavicle), not a disorder
    of the teeth: no K08 code (injuries are coded by the injured structure)."""
    out = reason(
        make_case(
            "CHIN PAIN",
            age=79,
            sex="F",
            vitals=vitals(84, 152, 84, 16, 97),
            one_liner="79F tripped and fell onto her chin, chin laceration",
            ed_note="Tripped and fell forward onto her chin. 2 cm chin laceration.",
        )
    )
    assert not (out.final.icd10 or "").startswith("K08"), out.final

"""coh30: evidence against a diagnosis lowers it; orders need their reason.

Written from: Taylor MR, Lalani N. Adult small bowel obstruction. Acad Emerg Med
2013;20:528 (flatus, normal bowel sounds and no vomiting argue against obstruction);
Ten Broek RPG et al. Bologna guidelines for adhesive SBO 2017, World J Emerg Surg
2018;13:24; Lacy BE et al. Rome IV bowel disorders, Gastroenterology 2016;150:1393
(bloating is a sensation, distension a sign); AAO Preferred Practice Pattern primary
angle-closure disease 2020 (symptoms with the signs of a closed angle, not a raised
pressure alone); McCallum E et al. Orbital compartment syndrome, Clin Ophthalmol
2019;13:2189; Konstantinides SV et al. ESC 2019 acute pulmonary embolism (a D-dimer
decides whether to image at non-high pre-test probability); Kuhar DT et al. US PHS
2013 occupational HIV exposure; Sandau KE et al. AHA 2017 practice standards for
ECG monitoring. Research software, not for clinical use.
"""

from __future__ import annotations

from agents.schemas import DiagnosisResult
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

INPATIENT_BOWEL_CARE = (r"nil by mouth", r"nasogastric", r"general surgery")
MIOTIC = (r"pilocarpine",)
ANGLE_CLOSURE = "angle-closure"


def _final_dx(out: ReasoningOutput) -> str:
    record = next(r for r in out.trace if r.stage == "diagnosis")
    assert isinstance(record.output, DiagnosisResult)
    return record.output.name.lower()


def _angle_closure_ruled_in(out: ReasoningOutput) -> bool:
    return any(
        ANGLE_CLOSURE in e.diagnosis.lower() and e.status == "ruled_in"
        for e in out.final.ledger
    )


def test_distended_but_passing_flatus_is_not_treated_as_obstruction(
    reason: Reason,
) -> None:
    """A constipated 76-year-old after a laparotomy with a distended but soft,
    non-tender abdomen, who passes flatus, has normal bowel sounds and does not
    vomit: the findings against it (Taylor & Lalani 2013) leave obstruction open but
    below its rule-in, so it is tested for, not treated: no nil by mouth with IV
    fluids, decompression or surgical consult (Bologna 2017 non-operative care)."""
    out = reason(
        make_case(
            "CONSTIPATION",
            age=76,
            sex="F",
            vitals=vitals(84, 136, 78, 16, 97, 36.8),
            one_liner="76F with 5 days of constipation.",
            ed_note=(
                "HPI: previous laparotomy (hysterectomy). No bowel movement for 5 "
                "days since starting codeine. Passing flatus. No vomiting, eating.\n"
                "Exam: abdomen distended, soft, non-tender, normal bowel sounds. "
                "Rectal: hard stool.\nMDM: opioid-induced constipation."
            ),
        )
    )
    given = [o.name for o in O.orders(out) if O.mentions(o, INPATIENT_BOWEL_CARE)]
    assert not given, given


def test_bloated_constipated_patient_gets_the_laxative(reason: Reason) -> None:
    """Feeling bloated is no distension (Rome IV): a constipated older patient who
    passes flatus with an undistended, soft abdomen and normal bowel sounds gets
    the laxative, not a contrast CT to exclude obstruction with the laxative held."""
    out = reason(
        make_case(
            "CONSTIPATION",
            age=78,
            sex="M",
            vitals=vitals(80, 142, 80, 16, 97, 36.6),
            one_liner="78M with 6 days of constipation, passing flatus.",
            ed_note=(
                "HPI: no bowel movement for 6 days since starting oxycodone after a "
                "hip replacement. Passing flatus. Some bloating, no vomiting, no "
                "abdominal pain.\nExam: abdomen soft, non-tender, not distended, "
                "normal bowel sounds. Rectal: hard stool in the vault.\nMDM: "
                "opioid-induced constipation."
            ),
        )
    )
    assert not O.ordered(out, r"ct abdomen/pelvis with iv contrast"), O.orders(out)
    assert not any("polyethylene glycol" in b for b in O.blocked_names(out))


def test_obstruction_with_its_findings_is_still_worked_up(reason: Reason) -> None:
    """Guard: an adhesive obstruction (previous laparotomy, bilious vomiting, no
    flatus, distension, high-pitched bowel sounds) keeps its CT, decompression and
    surgical consult, and is admitted (Bologna 2017)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=67,
            sex="F",
            vitals=vitals(104, 132, 78, 20, 97, 37.1),
            one_liner="67F with colicky pain, bilious vomiting, no flatus.",
            ed_note=(
                "HPI: previous laparotomy. 1 day of colicky central abdominal pain, "
                "bilious vomiting x5, no stool and no flatus since this morning.\n"
                "Exam: abdomen distended, tympanic, mildly tender, high-pitched "
                "tinkling bowel sounds. Midline scar.\nMDM: adhesive SBO likely."
            ),
        )
    )
    assert O.ordered(out, r"\bct\b"), O.orders(out)
    assert O.ordered(out, r"general surgery"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_raised_pressure_in_uveitis_is_not_angle_closure(reason: Reason) -> None:
    """Anterior uveitis (cells and flare, a small pupil, a deep chamber, a clear
    cornea) with an IOP of 24: a raised pressure without a sign of a closed angle is
    not acute angle closure (AAO PPP 2020), so no pilocarpine (a miotic worsens an
    inflamed eye) and no angle-closure diagnosis."""
    out = reason(
        make_case(
            "RED EYE",
            age=41,
            sex="M",
            vitals=vitals(76, 126, 80, 14, 99, 36.7),
            one_liner="41M with 2 days of a red painful eye and photophobia.",
            ed_note=(
                "HPI: ankylosing spondylitis, 2 days of aching right eye, photophobia "
                "and mildly blurred vision. No vomiting, no haloes.\nExam: right "
                "circumcorneal injection, small pupil, clear cornea, deep anterior "
                "chamber with cells and flare. IOP 24 mmHg right, 15 mmHg left.\n"
                "MDM: acute anterior uveitis."
            ),
        )
    )
    assert not O.medication_ordered(out, *MIOTIC), O.medications(out)
    assert not _angle_closure_ruled_in(out)
    assert ANGLE_CLOSURE not in _final_dx(out)


def test_orbital_cellulitis_with_a_pressure_list_gets_canthotomy(
    reason: Reason,
) -> None:
    """Orbital cellulitis with proptosis, restricted eye movements, reduced vision
    and an IOP of 47 mmHg in the affected eye, written as a list of both eyes: the
    pressure of each eye is read, so the orbital compartment syndrome gets a
    lateral canthotomy (McCallum 2019), and the orbital pressure rise is not treated
    as angle closure (no pilocarpine, AAO PPP 2020)."""
    out = reason(
        make_case(
            "EYE SWELLING",
            age=34,
            sex="M",
            vitals=vitals(104, 128, 76, 18, 98, 38.6),
            one_liner="34M with a swollen painful left eye and fever after sinusitis.",
            ed_note=(
                "HPI: 5 days of sinusitis, now a painful swollen left eye, double and "
                "blurred vision.\nExam: left eyelid swelling with chemosis and "
                "proptosis, limited eye movements in all directions. Pupil reactive. "
                "Intraocular pressure (26 mmHg in the right eye, 47 mmHg in the left "
                "eye). VA 6/18 left.\nCT: left orbital cellulitis with a "
                "subperiosteal abscess.\nMDM: orbital cellulitis with raised IOP."
            ),
        )
    )
    assert O.ordered(out, r"canthotomy"), O.orders(out)
    assert not O.medication_ordered(out, *MIOTIC), O.medications(out)
    assert not _angle_closure_ruled_in(out)


def test_classic_angle_closure_is_still_treated(reason: Reason) -> None:
    """Guard: a painful red eye with haloes and vomiting, a cloudy cornea, a
    mid-dilated pupil and an IOP of 16/52 mmHg is acute angle closure: pressure-
    lowering drops with the miotic and ophthalmology now (AAO PPP 2020)."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=69,
            sex="F",
            vitals=vitals(88, 172, 96, 16, 98, 36.7),
            one_liner="69F with a painful red left eye, haloes and vomiting.",
            ed_note=(
                "HPI: 3 hours of left eye pain after reading in dim light, nausea and "
                "vomiting, seeing coloured haloes.\nExam: left eye red, cornea "
                "cloudy, pupil fixed mid-dilated. IOP 16/52 mmHg.\nMDM: acute "
                "angle-closure glaucoma."
            ),
        )
    )
    assert O.medication_ordered(out, *MIOTIC), O.medications(out)
    assert O.ordered(out, r"ophthalmology"), O.orders(out)


def test_massive_haemoptysis_gets_no_d_dimer(reason: Reason) -> None:
    """Massive haemoptysis gets a CT angiogram of the chest for the bleeding vessel;
    the angiogram shows or excludes a pulmonary embolism itself, so no D-dimer is
    ordered beside it (ESC 2019: a D-dimer decides whether to image)."""
    out = reason(
        make_case(
            "HEMOPTYSIS",
            age=52,
            sex="M",
            vitals=vitals(118, 104, 66, 26, 90, 37.2),
            one_liner="52M with bronchiectasis coughing up cups of blood.",
            ed_note=(
                "HPI: bronchiectasis, coughed up about 400 mL of bright red blood in "
                "the last hour, ongoing.\nExam: distressed, coughing blood, coarse "
                "crackles right base.\nMDM: massive haemoptysis."
            ),
        )
    )
    assert O.ordered(out, r"ct angiogra"), O.orders(out)
    assert not O.ordered(out, r"d-?dimer"), O.orders(out)


def test_needlestick_gets_prophylaxis_not_monitoring(reason: Reason) -> None:
    """A needlestick is ESI 2 because HIV post-exposure prophylaxis cannot wait
    (US PHS 2013), not because the nurse may deteriorate: prophylaxis is ordered,
    continuous monitoring is not (AHA 2017 ECG monitoring standards)."""
    out = reason(
        make_case(
            "NEEDLESTICK",
            age=27,
            sex="F",
            vitals=vitals(84, 120, 74, 16, 99, 36.7),
            one_liner="27F nurse with a needlestick from a used hollow needle.",
            ed_note=(
                "HPI: 40 minutes ago a deep needlestick to the left index finger from "
                "a hollow-bore needle used on a patient of unknown HIV and hepatitis "
                "status.\nExam: small puncture wound, washed.\nMDM: occupational "
                "exposure."
            ),
        )
    )
    assert O.medication_ordered(out, r"\bpep\b|post-exposure"), O.medications(out)
    assert not any(o.kind == "monitoring" for o in O.orders(out)), O.orders(out)

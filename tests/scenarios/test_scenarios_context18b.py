"""Where a negation or a history trigger stops: a new asserted item after a comma.

context18b (issue 10). Text-layer sources: NegEx (Chapman WW et al. J Biomed Inform
2001;34:301) and ConText (Harkema H et al. J Biomed Inform 2009;42:839): a trigger's
scope ends at a termination term or where a new clinical statement begins; medspaCy's
``ConTextRule`` (Eyre H et al. AMIA Annu Symp Proc 2021) bounds a trigger by
``max_scope`` and ``terminated_by``. Clinical sources: AHA/ASA 2019 acute ischaemic
stroke guideline (Powers WJ et al. Stroke 2019;50:e344: brain imaging and the stroke
team for a focal deficit within the thrombolysis window); WSES 2017 adhesive small
bowel obstruction (Ten Broek RPG et al. World J Emerg Surg 2018;13:24: colicky pain,
distension, obstipation and vomiting: CT, no discharge); AHS 2016 cluster headache
(Robbins MS et al. Headache 2016;56:1093: 100 % oxygen for the acute attack; ICHD-3
3.1: unilateral orbital pain with ipsilateral autonomic signs).

Each scenario failed on main before the change unless marked a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_not_anticoagulated_does_not_negate_the_stroke_signs(reason: Reason) -> None:
    """AHA/ASA 2019: "not anticoagulated, right arm weakness, facial droop" states
    the deficit; main read the whole list as negated and ordered no brain imaging."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=74,
            sex="M",
            vitals=vitals(88, 168, 92, 16, 97),
            one_liner="74-year-old man, not anticoagulated, R-sided weakness and"
            " slurred speech",
            ed_note="HPI: 74M with AF. Not anticoagulated, right arm weakness,"
            " facial droop and slurred speech, onset 40 minutes ago.",
        )
    )
    assert O.ordered(out, "ct head", "ct/cta head", "mri")
    assert O.ordered(out, "stroke team", "neurology")


def test_vomiting_counted_after_no_flatus_is_asserted(reason: Reason) -> None:
    """WSES 2017: obstipation with vomiting counted since the morning is an
    obstruction picture (main read the vomiting as negated and discharged without
    imaging)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=68,
            sex="F",
            vitals=vitals(104, 130, 80, 18, 97),
            one_liner="68-year-old woman with colicky abdominal pain and distension",
            ed_note="HPI: 68F, prior hysterectomy. Colicky abdominal pain and"
            " distension, no flatus, vomiting x4 since this morning. Abdomen"
            " distended, tympanic.",
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, "ct abdomen")


def test_known_cluster_headache_does_not_make_todays_attack_history(
    reason: Reason,
) -> None:
    """AHS 2016 / ICHD-3 3.1: "known cluster headache, usual severe orbital pain with
    eye watering" is today's attack: oxygen (main read the attack as history and
    treated a migraine)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=34,
            sex="M",
            vitals=vitals(92, 138, 84, 18, 99),
            one_liner="34-year-old man with a headache",
            ed_note="HPI: 34M, known cluster headache, usual severe L orbital pain"
            " with eye watering and ptosis for 40 minutes, restless. Neuro exam"
            " otherwise normal.",
        )
    )
    assert O.medication_ordered(out, "oxygen")


def test_tearing_beside_ptosis_is_a_cluster_attack_not_a_dissection(
    reason: Reason,
) -> None:
    """ICHD-3 3.1 / AHS 2016: "tearing and ptosis" with orbital pain is lacrimation,
    a cranial autonomic sign: oxygen (main read "tearing" as a dissection's pain
    quality and treated a migraine)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=34,
            sex="M",
            vitals=vitals(92, 138, 84, 18, 99),
            one_liner="34-year-old man with a headache",
            ed_note="HPI: 34M, known cluster headache, usual severe L orbital pain"
            " with tearing and ptosis for 40 minutes, restless. Neuro exam"
            " otherwise normal.",
        )
    )
    assert O.medication_ordered(out, "oxygen")


def test_a_tearing_chest_pain_still_gets_aortic_imaging(reason: Reason) -> None:
    """Guard (ESC 2014 aortic diseases; ADD-RS high-risk pain feature): a sudden
    tearing chest pain stays a dissection to image (passes on main and after)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=66,
            sex="M",
            vitals=vitals(104, 182, 96, 20, 97),
            one_liner="66-year-old man with sudden tearing chest pain",
            ed_note="HPI: 66M, hypertensive. Sudden tearing chest pain 1 hour ago,"
            " now between the shoulder blades. Diaphoretic.",
        )
    )
    assert O.proposes(out, "dissection")
    assert O.ordered(out, "ct angiography", "cta", "ct aorta", "aortogram")

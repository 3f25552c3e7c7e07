"""readers53: a bare sudden onset after an abdominal pain, the site after the pain, a
known ovarian cyst, an operation's mechanism in words, a difficulty swallowing of
weeks, a dilated duct holding a stone, the fissure's pain, a comma item dated now after
a relative's, a bite by an owned animal, numbered ribs, a pneumonia on the film, and a
GCS as it is now (sources in each module)."""

from __future__ import annotations

import pytest

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.findings import extract_findings, extract_measurements
from agents.offline.rules.gcs_words import gcs_changed_to, gcs_swing_worst
from agents.pathways import _gcs, _gcs_now

KB = load_knowledge()


def _read(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in extract_findings(text, KB):
        out.setdefault(f.concept, set()).add(f.status)
    return out


@pytest.mark.parametrize(
    ("text", "concept", "status"),
    [
        # a bare onset sentence after an abdominal pain, the site after the pain
        (
            "Pain in the right lower abdomen since this morning. Sudden onset while "
            "dancing.",
            "sudden_abdominal_pain",
            "present",
        ),
        ("Pain in the right lower abdomen since this morning.", "rlq_pain", "present"),
        (
            "Left lower abdominal pain. It came on suddenly an hour ago, with nausea.",
            "sudden_abdominal_pain",
            "present",
        ),
        ("Left lower abdominal pain for a day.", "llq_pain", "present"),
        ("Known left ovarian cyst.", "ovarian_mass", "present"),
        # an operation's mechanism in words is historical
        (
            "Had his spleen removed after a car crash, now rigors.",
            "mvc",
            "historical",
        ),
        (
            "Had a splenectomy after a road traffic collision in 2015.",
            "force_to_uterus",
            "historical",
        ),
        # a difficulty swallowing of weeks (NICE NG12 1.2.1)
        (
            "Difficulty swallowing food for weeks, weight loss.",
            "progressive_dysphagia",
            "present",
        ),
        (
            "A 6-week history of difficulty swallowing.",
            "progressive_dysphagia",
            "present",
        ),
        ("Dysphagia for 2 months.", "progressive_dysphagia", "present"),
        # a dilated duct holding a stone
        (
            "Ultrasound: a dilated duct with a stone.",
            "bile_duct_stone",
            "present",
        ),
        (
            "USS: dilated CBD 11 mm containing a stone.",
            "biliary_dilatation",
            "present",
        ),
        # the fissure's pain and bleeding
        ("Tearing pain on opening the bowels.", "anal_pain", "present"),
        ("Bright red blood on the paper.", "hematochezia", "present"),
        # a comma item dated now after a relative's is the patient's
        (
            "FHx: MI in father aged 45, chest pain today.",
            "chest_pain",
            "present",
        ),
        (
            "Father had an MI at 45, chest pain since this morning.",
            "chest_pain",
            "present",
        ),
        # a bite by an owned animal
        (
            "Bitten by the family dog on the back of the hand 2 hours ago.",
            "animal_bite",
            "present",
        ),
        (
            "Bitten by the family dog on the back of the hand 2 hours ago.",
            "bite_hand",
            "present",
        ),
        ("Bitten on the calf by her sister's puppy.", "animal_bite", "present"),
        # numbered ribs
        ("Tender over right 6th-8th ribs.", "rib_tenderness", "present"),
        ("Tenderness over the right 7th rib.", "rib_tenderness", "present"),
        ("No tenderness over the 5th rib.", "rib_tenderness", "absent"),
        # a headache's raised-ICP features (NICE CG150 1.1.1)
        (
            "Headache for 3 weeks, worse in the mornings and on coughing, vomiting.",
            "headache_raised_icp_features",
            "present",
        ),
        (
            "Headaches that wake her from sleep.",
            "headache_raised_icp_features",
            "present",
        ),
        ("Headache worse lying flat.", "headache_raised_icp_features", "present"),
        # an amnesia for the event asserts the event
        ("GCS 13 (E3 V4 M6), does not remember the fall.", "fall", "present"),
        ("GCS 13 (E3 V4 M6), does not remember the fall.", "amnesia", "present"),
        # a pneumonia on the film is the film's infiltrate
        ("Right lower lobe pneumonia on x-ray.", "cxr_infiltrate", "present"),
        ("CXR: RLL pneumonia.", "cxr_infiltrate", "present"),
        ("No pneumonia on the x-ray.", "cxr_infiltrate", "absent"),
    ],
)
def test_reads(text: str, concept: str, status: str) -> None:
    read = _read(text)
    assert status in read.get(concept, set()), read
    if status == "present":
        assert read[concept] == {"present"}, read


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # the onset names its own finding, or none precedes it
        (
            "Abdominal pain for a day. Sudden onset of vomiting.",
            "sudden_abdominal_pain",
        ),
        ("Sudden onset while dancing.", "sudden_abdominal_pain"),
        # a relative's own sentence goes on after its comma
        ("FHx: MI in father aged 45, chest pain.", "chest_pain"),
        ("Sister had chest pain today, and a cough.", "chest_pain"),
        ("Sister has diarrhoea and vomiting, started 2 days ago.", "vomiting"),
        ("Brother has chickenpox, spots started 3 days ago.", "rash"),
        # today's crash after a past operation
        ("Had his appendix removed after a fall last year.", "fall"),
        # a short swallowing problem is not progressive
        ("Difficulty swallowing since lunch, food stuck.", "progressive_dysphagia"),
        ("No pneumonia on the x-ray.", "cxr_infiltrate"),
        ("Headache for 3 weeks, worse on coughing.", "cough"),
        (
            "Cough and headache, chest pain worse on coughing.",
            "headache_raised_icp_features",
        ),
        ("Headache, no worse on coughing.", "headache_raised_icp_features"),
        ("Mother was bitten by the dog last year.", "animal_bite"),
        # an exposure's source is another experiencer
        ("Needlestick from a patient with hepatitis C an hour ago.", "liver_disease"),
    ],
)
def test_not_present(text: str, concept: str) -> None:
    assert "present" not in _read(text).get(concept, set()), _read(text)


def test_a_needlestick_sources_hiv_is_no_immunocompromise() -> None:
    from agents.offline.rules.findings import context_status

    text = "32F nurse with a needlestick from a patient known to have HIV."
    start = text.index("HIV")
    assert context_status(text, start, start + 3) == "family"


def test_todays_crash_stays_present() -> None:
    read = _read(
        "Car crash an hour ago, hit his head. Had his appendix removed last year."
    )
    assert read.get("mvc") == {"present"}, read


@pytest.mark.parametrize(
    ("text", "gcs"),
    [
        ("GCS fluctuating between 14/15 and 12 since arrival.", 12.0),
        ("GCS going up and down between 13 and 8.", 8.0),
        ("GCS 8 on scene, improved to 14 after naloxone 400 mcg.", 14.0),
        ("GCS 14 on arrival, dropped to 9 in the department.", 9.0),
        ("GCS 5 at scene; responded to naloxone, now GCS 15", 15.0),
        ("GCS 15/15, Hb dropped to 8.", 15.0),
        ("GCS 15. HR rose to 120.", 15.0),
        ("GCS 12. Pain improved to 3/10.", 12.0),
    ],
)
def test_gcs_now(text: str, gcs: float) -> None:
    assert extract_measurements(text).get("gcs") == gcs


def test_gcs_words_shared_with_the_airway() -> None:
    assert gcs_swing_worst("GCS going up and down between 13 and 8") == 8
    assert gcs_changed_to("GCS 8 on scene, improved to 14") == 14
    assert gcs_changed_to("GCS 15/15, Hb dropped to 8") is None
    text = "GCS 8 on scene, improved to 14 after naloxone."
    assert _gcs_now([text]) == 14
    assert _gcs([text]) == 8
    assert _gcs_now(["GCS going up and down between 13 and 8."]) == 8

"""real32 (issue 10): causes found reading traces of real read-half visits.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the reviewed visits:

- ATLS 10th ed. (American College of Surgeons 2018) ch. 1-2 and 7: the injured
  patient with altered consciousness has a primary survey by the trauma team, with
  the cervical spine protected (manual in-line stabilisation during airway
  management) until it is cleared.
- NICE NG232 2023 head injury: GCS 12 or less, CT head and cervical spine within
  1 h; NICE NG41 2016 spinal injury; ACS-COT national field triage guideline 2021
  (GCS 13 or less: the highest level of trauma activation).
- Kiriyama S et al. Tokyo Guidelines 2018 (J Hepatobiliary Pancreat Sci 2018;25:17):
  a biliary stent or drain is a cause of cholangitis; liver tests, cultures and
  imaging of the ducts. A percutaneous biliary drain's problem is biliary, not a
  bladder catheter's or a chest tube's.
- NICE NG12 2015 (updated 2023) 1.11: a child's palpable abdominal mass or enlarged
  abdominal organ, very urgent (48 h) specialist referral for neuroblastoma and
  Wilms' tumour; imaging first.

Each scenario asserts safety properties and failed on main 0d7e922 before its fix,
unless named a guard.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CSPINE_PROTECTION = ("collar", "in-line", "motion restriction", "immobilis")
CSPINE_CT = (r"ct (?:of the )?(?:c-?spine|cervical)", "cervical spine")
TRAUMA_TEAM = ("trauma team", "primary survey")


def test_unresponsive_after_an_injury_gets_spine_protection_and_ct(
    reason: Reason,
) -> None:
    """A triage record of an injury and AVPU U (ATLS 10th ed.; NICE NG232): trauma
    team and primary survey, cervical spine protected and CT head and spine."""
    v = {
        **vitals(104, 102, 70, 24, 95, 36.1),
        "raw": "Triage Vital Signs: BP: 102/70 | HR: 104 | RR: 24 | Mental: "
        "unresponsive | Injury: yes",
    }
    out = reason(make_case("mental change", age=68, sex="M", vitals=v))
    assert O.ordered(out, *TRAUMA_TEAM)
    assert O.ordered(out, *CSPINE_PROTECTION)
    assert O.ordered(out, *CSPINE_CT)


def test_assault_with_a_low_gcs_gets_the_trauma_bundle(reason: Reason) -> None:
    """Found after an assault, GCS 7 (ATLS 10th ed.; NICE NG232 CT head and cervical
    spine within 1 h for GCS <= 12; ACS-COT 2021 highest activation)."""
    out = reason(
        make_case(
            "found down",
            age=34,
            sex="M",
            vitals=vitals(92, 138, 84, 18, 96),
            ed_note=(
                "34-year-old man brought in after he was assaulted outside a bar, "
                "struck with a bottle. GCS 7 (E2 V2 M3) on arrival. Scalp laceration."
            ),
        )
    )
    assert O.ordered(out, *TRAUMA_TEAM)
    assert O.ordered(out, *CSPINE_PROTECTION)
    assert O.ordered(out, *CSPINE_CT)


def test_guard_alert_minor_injury_gets_no_trauma_team(reason: Reason) -> None:
    """Guard: an alert adult with an ankle sprain (GCS 15) needs no trauma team or
    spine protection (ATLS activation criteria; Canadian C-spine rule)."""
    out = reason(
        make_case(
            "ankle injury",
            age=25,
            sex="F",
            vitals=vitals(78, 124, 76, 14, 99),
            ed_note="Twisted her right ankle playing football. GCS 15. Walking.",
        )
    )
    assert not O.ordered(out, *TRAUMA_TEAM)
    assert not O.ordered(out, "collar", "in-line", "motion restriction")


def test_guard_unresponsive_without_an_injury_gets_no_collar(reason: Reason) -> None:
    """Guard: an unresponsive patient with no injury recorded (an overdose) is not a
    trauma patient: no collar or trauma team (ATLS applies to the injured)."""
    v = {
        **vitals(64, 108, 66, 8, 91, 36.4),
        "raw": "Triage Vital Signs: BP: 108/66 | HR: 64 | RR: 8 | Mental: unresponsive",
    }
    out = reason(
        make_case(
            "drug overdose",
            age=29,
            sex="M",
            vitals=v,
            ed_note="Found with empty packets of heroin, pinpoint pupils, no injuries.",
        )
    )
    assert not O.ordered(out, *TRAUMA_TEAM)
    assert not O.ordered(out, "collar", "in-line", "motion restriction")


LIVER_TESTS = ("bilirubin", "liver enzymes", "liver function", "lft")


def test_leaking_biliary_drain_is_worked_up_as_biliary(reason: Reason) -> None:
    """A leaking percutaneous biliary drain in a man with a malignant biliary stricture
    (TG18): cholangitis is on the list, liver tests ordered; no bladder scan (the
    organ of a urinary catheter's problem)."""
    out = reason(
        make_case(
            "PTBD leakage",
            age=74,
            sex="M",
            vitals=vitals(84, 146, 82, 16, 97, 37.3),
        )
    )
    assert O.proposes(out, "cholangitis")
    assert O.ordered(out, *LIVER_TESTS)
    assert not O.ordered(out, "bladder scan")


def test_biliary_drain_fell_out_is_not_a_pneumothorax(reason: Reason) -> None:
    """A dislodged biliary drain (TG18: decompression lost) is worked up with liver
    tests, with cholangitis on the list, not as a chest tube's pneumothorax."""
    out = reason(
        make_case(
            "biliary drain fell out",
            age=61,
            sex="F",
            vitals=vitals(90, 128, 74, 18, 98, 37.6),
        )
    )
    assert O.proposes(out, "cholangitis")
    assert not O.proposes(out, "pneumothorax")
    assert O.ordered(out, *LIVER_TESTS)


def test_guard_chest_tube_fell_out_still_gets_a_chest_film(reason: Reason) -> None:
    """Guard: a dislodged chest tube keeps its pneumothorax work-up (BTS pleural
    disease 2023: a chest radiograph after a drain comes out)."""
    out = reason(
        make_case(
            "chest tube fell out",
            age=58,
            sex="M",
            vitals=vitals(96, 132, 80, 20, 95),
        )
    )
    assert O.proposes(out, "pneumothorax")
    assert O.ordered(out, "chest x-ray", "chest radiograph", "ultrasound")


def test_a_childs_abdominal_mass_is_imaged_and_referred(reason: Reason) -> None:
    """A well 3-year-old whose parent felt a firm abdominal mass (NICE NG12 1.11):
    abdominal ultrasound and paediatric surgical or oncology referral."""
    out = reason(
        make_case(
            "abdominal mass",
            age=3,
            sex="M",
            vitals=vitals(110, 98, 60, 24, 99),
            ed_note=(
                "Father felt a firm, non-tender abdominal mass on the left while "
                "dressing him. Eating normally, no vomiting, no blood in the stool."
            ),
        )
    )
    assert O.ordered(out, "ultrasound")
    assert O.ordered(out, "oncolog", "paediatric surg", "pediatric surg")


def test_guard_intussusception_mass_is_not_sent_to_oncology(reason: Reason) -> None:
    """Guard: a colicky infant with a sausage-shaped mass and currant-jelly stool is an
    intussusception (ultrasound, reduction), not a tumour referral."""
    out = reason(
        make_case(
            "abdominal pain",
            age=1,
            sex="M",
            vitals=vitals(150, 90, 55, 34, 98),
            ed_note=(
                "Episodes of inconsolable colicky crying drawing up his legs, "
                "currant jelly stool, sausage-shaped mass in the right upper quadrant."
            ),
        )
    )
    assert not O.ordered(out, "oncolog")

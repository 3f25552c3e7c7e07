"""lead49 (session 49): an open globe named by its Seidel test, an intoxicated patient's
scalp haematoma, toxic epidermal necrolysis by the skin that slides off, the priapism
of sickle cell disease.

Written from the sources named in each docstring, never from rows of the shared data:
- AAO Preferred Practice Pattern; Blair K et al. Open globe injury. BMJ 2020;
  RCOphth / RCEM eye injuries;
- NICE NG232 Head injury (2023) 1.4; ACEP clinical policy: mild traumatic brain injury
  (Jagoda AS et al. Ann Emerg Med 2008;52:714);
- Bastuji-Garin S et al. Arch Dermatol 1993;129:92; Creamer D et al. BAD UK SJS/TEN
  guidelines 2016; ICD-10-CM FY2024 L51.1-L51.3;
- Bivalacqua TJ et al. AUA/SMSNA guideline on priapism. J Urol 2022;208:43; ICD-10-CM
  FY2024 N48.3-.

Each target scenario failed on main 2b06a400 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CT_HEAD = ("ct head", "ct of the head", "ct brain")


def test_a_seidel_positive_corneal_wound_is_an_open_globe(reason: Reason) -> None:
    """AAO PPP; Blair 2020: a full-thickness corneal wound with a positive Seidel test
    after a metal chip is an open globe: shield, CT orbits, ophthalmology, and its
    code, not a corneal abrasion sent home; the acuity is taken without touching it."""
    out = reason(
        make_case(
            "EYE INJURY",
            age=30,
            sex="M",
            vitals=vitals(80, 128, 78, 14, 99),
            one_liner="30M something flew into his left eye while hammering metal",
            ed_note="Hammering a steel chisel 1 hour ago, felt something hit the left "
            "eye. Small full-thickness corneal wound at 4 o'clock, irregular pupil, "
            "Seidel positive.",
        )
    )
    assert "abrasion" not in O.working(out).lower(), O.working(out)
    assert out.final.icd10 is not None and out.final.icd10.startswith("S05."), out.final
    assert O.ordered(out, "ophthalmology")
    assert O.ordered(out, "visual acuity")
    assert O.dispo(out) != "Discharge"


def test_a_fingernail_abrasion_stays_an_abrasion(reason: Reason) -> None:
    """Guard. Wipperman 2013: a fingernail scratch with a fluorescein-staining
    epithelial defect and normal acuity is a corneal abrasion, treated and sent home."""
    out = reason(
        make_case(
            "EYE INJURY",
            age=29,
            sex="F",
            vitals=vitals(76, 118, 72, 14, 99),
            one_liner="29F scratched her right eye with her baby's fingernail",
            ed_note="Watering and gritty since this morning. Visual acuity 6/6 both "
            "eyes. Linear epithelial defect staining with fluorescein, anterior "
            "chamber quiet, pupil round and reactive, Seidel negative.",
        )
    )
    assert "abrasion" in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, "ct orbits")


def test_an_intoxicated_patient_with_an_occipital_haematoma_and_gcs_12_gets_a_ct_head(
    reason: Reason,
) -> None:
    """NICE NG232 1.4: a head injury with a GCS below 13 gets a CT head within 1 hour;
    intoxication never explains the GCS away (ACEP 2008)."""
    out = reason(
        make_case(
            "ALCOHOL INTOXICATION",
            age=45,
            sex="M",
            vitals=vitals(96, 146, 88, 16, 96, 36.2),
            one_liner="45M found on the pavement smelling of alcohol, not making sense",
            ed_note="Found lying on the pavement by the public. GCS 12 (E3 V4 M5), "
            "smells of alcohol, 4 cm boggy haematoma over the right occiput.",
        )
    )
    assert O.ordered(out, *_CT_HEAD), [o.name for o in O.orders(out)]
    assert O.dispo(out) != "Discharge"


def test_skin_that_slides_off_over_35_percent_is_ten(reason: Reason) -> None:
    """Bastuji-Garin 1993; BAD 2016: detachment over 30 % of the body surface is toxic
    epidermal necrolysis (L51.2), a positive Nikolsky sign told in words."""
    out = reason(
        make_case(
            "RASH",
            age=46,
            sex="M",
            vitals=vitals(118, 102, 62, 22, 96, 38.6),
            one_liner="46M painful rash, sore mouth, started allopurinol 3 weeks ago",
            ed_note="Painful dusky red skin on the trunk and face, large areas where "
            "the skin slides off with light pressure, about 35 % body surface, ulcers "
            "in the mouth and red eyes.",
        )
    )
    assert out.final.icd10 == "L51.2", out.final


def test_a_small_detachment_stays_sjs(reason: Reason) -> None:
    """Guard. Bastuji-Garin 1993: under 10 % detached is Stevens-Johnson syndrome."""
    out = reason(
        make_case(
            "RASH",
            age=46,
            sex="M",
            vitals=vitals(108, 118, 72, 20, 97, 38.2),
            one_liner="46M painful rash, sore mouth, started lamotrigine 3 weeks ago",
            ed_note="Dusky target lesions on the trunk, skin peeling over about 5 % "
            "body surface, ulcers in the mouth and red eyes.",
        )
    )
    assert out.final.icd10 == "L51.1", out.final


def test_the_priapism_of_sickle_cell_disease_is_coded_to_the_disease(
    reason: Reason,
) -> None:
    """AUA/SMSNA 2022; ICD-10-CM N48.32: an ischaemic priapism in sickle cell disease is
    'due to disease classified elsewhere'; aspiration and phenylephrine by urology."""
    out = reason(
        make_case(
            "PRIAPISM",
            age=26,
            sex="M",
            vitals=vitals(98, 132, 80, 16, 99),
            one_liner="26M sickle cell disease, painful erection for 5 hours",
            ed_note="HbSS. Painful rigid erection since 3 am, no trauma, no drugs.",
        )
    )
    assert out.final.icd10 == "N48.32", out.final
    assert O.ordered(out, "urology")
    assert O.ordered(out, "phenylephrine")

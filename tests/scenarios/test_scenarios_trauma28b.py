"""Injured face, bleeding with compromise, surgical abdomen in pregnancy (trauma28b).

Sources: ATLS 10th ed. ch. 6-7 (an injury above the clavicle is a head and cervical
spine injury until cleared); Stiell IG et al. JAMA 2001;286:1841 (Canadian C-spine
rule: age 65 or more is high risk, imaging); NICE NG232 2023 head injury (CT cervical
spine at 65 or over with neck pain); Hachimi-Idrissi S et al. EuSEM 2020 acute pain
(multimodal analgesia: paracetamol stands on its own); ATLS 10th ed. class III
haemorrhage and Mutschler M et al. Crit Care 2013 (shock index >= 1), CTAS 2016
(haemodynamic compromise is level 2), ESI v4 handbook ch.4; ACOG Committee Opinion 775
(2019) non-obstetric surgery in pregnancy and SAGES 2017 (surgeon, obstetric
involvement, fetal monitoring from viability); Nishijima DK et al. JAMA 2012;307:1517
(guarding and rebound after blunt force: intra-abdominal injury). Each asserts a
safety property, not exact strings; the wording differs from the review cases.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_CSPINE_CT = r"ct (?:of the )?(?:c-?spine|cervical)|cervical spine ct"
_PARACETAMOL = ("acetaminophen", "paracetamol")


def test_older_adult_who_fell_onto_his_jaw_is_a_face_injury_not_a_toothache(
    reason: Reason,
) -> None:
    """ATLS / Canadian C-spine rule: an 81-year-old who fell onto her jaw with neck
    soreness is imaged (CT cervical spine), not triaged as dental pain (ESI 5), and
    keeps a safe analgesic (paracetamol) while the NSAID waits for the CT head."""
    out = reason(
        make_case(
            "JAW PAIN",
            age=81,
            sex="Male",
            vitals=vitals(80, 150, 84, 16, 97),
            one_liner="81 y.o. man, fell at home and landed on his jaw",
            ed_note="HPI: lost his footing in the kitchen and fell forward onto his "
            "jaw. No loss of consciousness. Jaw is sore and he has neck pain. Exam: "
            "GCS 15, bruised chin, tender over the mandible, mouth opens fully.",
        )
    )
    assert (out.final.esi or 5) <= 4, out.final
    assert O.ordered(out, _CSPINE_CT), [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, *_PARACETAMOL), [
        o.name for o in O.medications(out)
    ]
    assert not O.medication_ordered(out, *O.NSAID), [o.name for o in O.medications(out)]


def test_paracetamol_survives_the_nsaid_of_a_combined_order_after_a_blow_to_the_jaw(
    reason: Reason,
) -> None:
    """EuSEM 2020 multimodal analgesia: withholding the NSAID of 'ibuprofen +
    paracetamol' while an intracranial bleed is open keeps the paracetamol."""
    out = reason(
        make_case(
            "JAW PAIN",
            age=27,
            sex="Female",
            vitals=vitals(90, 128, 78, 16, 99),
            one_liner="27 y.o. woman hit in the jaw in an assault, jaw pain",
            ed_note="HPI: hit on the left jaw with a fist in an assault an hour ago, "
            "no loss of consciousness. Jaw aches, bite feels off. Exam: GCS 15, "
            "swelling over the left mandible, no neck tenderness.",
        )
    )
    assert O.medication_ordered(out, *_PARACETAMOL), (
        [o.name for o in O.medications(out)],
        O.blocked_names(out),
    )


def test_heavy_vaginal_bleeding_with_a_shock_index_over_one_is_esi_2(
    reason: Reason,
) -> None:
    """ATLS class III / CTAS 2016: bleeding with a shock index >= 1 is haemodynamic
    compromise, a high-risk situation (ESI 2), before the pressure falls."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=31,
            sex="Female",
            vitals=vitals(116, 108, 70, 18, 99),
            one_liner="31 y.o. woman bleeding heavily per vagina since midday",
            ed_note="HPI: heavy bleeding with clots since midday, soaking through "
            "pads. Period was due last week. Looks pale.",
        )
    )
    assert (out.final.esi or 5) <= 2, out.final


def test_appendicitis_at_26_weeks_gets_surgeon_obstetrician_and_fetal_monitoring(
    reason: Reason,
) -> None:
    """ACOG CO 775 / SAGES 2017: suspected appendicitis at a viable gestation: general
    surgery, obstetrics, and fetal heart rate and contraction monitoring."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=33,
            sex="Female",
            vitals=vitals(102, 112, 68, 18, 99, 37.9),
            one_liner="33 y.o. woman, 26 weeks pregnant, right-sided abdominal pain "
            "since yesterday",
            ed_note="HPI: G1P0 at 26 weeks of gestation. Pain started around the "
            "navel yesterday and is now right-sided, off her food, vomited twice. "
            "Exam: tender right side of the abdomen above the iliac crest with "
            "guarding. Fetal heart rate 145. No bleeding, no contractions.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, r"obstetric|ob/gyn"), names
    assert O.ordered(out, r"general surg|surgery"), names
    assert O.ordered(out, r"fetal (?:heart rate )?monitor|cardiotocograph"), names


def test_left_upper_quadrant_guarding_after_a_handlebar_injury_keeps_the_spleen_open(
    reason: Reason,
) -> None:
    """Nishijima 2012 / EAST: guarding after blunt force to the left upper abdomen
    is a solid-organ injury until CT: the injury is on the list, open, and the
    patient is not forecast home."""
    out = reason(
        make_case(
            "ABDOMINAL TRAUMA",
            age=22,
            sex="Female",
            vitals=vitals(98, 122, 74, 18, 99),
            one_liner="22 y.o. woman thrown over the handlebars of her bike, left "
            "upper abdominal pain",
            ed_note="HPI: went over the handlebars at low speed, the bar hit her "
            "left upper abdomen. Exam: GCS 15, tender left upper quadrant with "
            "guarding, pain referred to the left shoulder. Chest clear.",
        )
    )
    open_mnm = [d.lower() for d in out.final.summary.open_must_not_miss]
    assert any("spleen" in d or "abdominal injury" in d for d in open_mnm), open_mnm
    assert O.disposition(out).disposition != "Discharge"

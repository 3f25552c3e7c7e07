"""lead51 (session 51): the environment, the assaulted and the intoxicated: an adder's
bite by its preposition, a drowned child awake after bystander CPR, a scuba diver's
cord signs, an older woman's heat stroke below 40 C, a chemical on the skin, a near-
hanging, a partner's assault, a drunk man's forehead injury and low glucose.

Written from the sources named in each docstring, never from rows of the shared data:
- WHO snakebite guidelines 2016; Warrell DA. BMJ 2005;331:1244 (adder envenoming);
- ERC 2021 drowning (Lott C et al. Resuscitation 2021;161:327);
- UHMS 2018 decompression illness (recompression first);
- Lipman GS et al. WMS heat illness 2019 (heat stroke presumed with CNS dysfunction);
- American Burn Association ABLS 2018 ch. 7 (chemical burns);
- Salim A et al. J Trauma 2006;60:1021; de Charentenay L et al. Chest 2020 (near-
  hanging);
- NICE PH50 2014, NICE QS116 2016 (domestic abuse);
- NICE NG232 2023 1.4.7 (GCS < 13 after a head injury: CT within 1 h); JBDS-IP
  hypoglycaemia 2023 and NICE CG100 (thiamine with, not before, the glucose).

Each target failed on main 23923fdb before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_adder_bite_with_vomiting_is_envenoming_not_an_animal_bite_sent_home(
    reason: Reason,
) -> None:
    """WHO 2016 / Warrell 2005: a bite "on the leg by an adder" with spreading
    swelling and vomiting is systemic envenoming: antivenom and a bed, no discharge."""
    out = reason(
        make_case(
            "ANIMAL BITE",
            age=52,
            sex="F",
            vitals=vitals(108, 118, 72, 18, 98),
            one_liner="52F bitten on the left shin by an adder in her garden 90 "
            "minutes ago",
            ed_note="Swelling has spread above the knee. Vomited three times.",
        )
    )
    assert out.final.icd10 and out.final.icd10.startswith("T63."), out.final
    assert O.ordered(out, "antivenom"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_a_child_awake_after_bystander_cpr_for_drowning_is_no_cardiac_arrest(
    reason: Reason,
) -> None:
    """ERC 2021 drowning: a child pulled from water after brief bystander CPR, now
    alert and hypoxaemic, is a drowning to oxygenate and observe: no advanced airway
    for an alert child, and the final is the drowning, not a cardiac arrest."""
    out = reason(
        make_case(
            "DROWNING",
            age=6,
            sex="F",
            vitals=vitals(124, 98, 58, 30, 92, 36.0),
            one_liner="6F found face down in a garden pond, brief CPR by her father, "
            "now alert and coughing",
            ed_note="Crackles at both bases. SpO2 92% on air.",
        )
    )
    assert out.final.icd10 == "T75.1XXA", out.final
    assert not O.ordered(out, "advanced airway"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_a_scuba_divers_leg_numbness_gets_recompression_not_a_cervical_collar(
    reason: Reason,
) -> None:
    """UHMS 2018: numb legs and retention after a scuba dive are spinal decompression
    illness: 100 % oxygen and recompression, no spinal immobilisation or spinal
    surgeon for an injury there was not."""
    out = reason(
        make_case(
            "DIVING",
            age=38,
            sex="F",
            vitals=vitals(90, 124, 76, 16, 98),
            one_liner="38F scuba diving to 25 m this morning, rapid ascent, now both "
            "legs numb and tingling",
            ed_note="Cannot pass urine. No trauma. Joint aches both elbows.",
        )
    )
    assert O.ordered(out, "hyperbaric"), O.order_names(out)
    assert not O.ordered(out, "spinal motion restriction"), O.order_names(out)
    assert not O.ordered(out, "spinal surgery"), O.order_names(out)


def test_a_head_first_dive_into_a_pool_keeps_its_spinal_precautions(
    reason: Reason,
) -> None:
    """Guard (ATLS 10th ed. ch. 7): diving head first into shallow water with
    tingling in both arms is a cervical cord injury until imaged."""
    out = reason(
        make_case(
            "NECK INJURY",
            age=19,
            sex="M",
            vitals=vitals(84, 122, 74, 16, 98),
            one_liner="19M dived into the shallow end of a pool, hit his head on the "
            "bottom, neck pain",
            ed_note="Tingling in both arms that is settling. Midline cervical "
            "tenderness.",
        )
    )
    assert O.ordered(out, "spinal motion restriction", "collar"), O.order_names(out)


def test_a_drowsy_older_woman_in_a_heatwave_at_39_5_is_cooled(reason: Reason) -> None:
    """WMS 2019: CNS dysfunction after heat exposure is heat stroke whatever the
    temperature on arrival: cooling first, while sepsis is sought."""
    out = reason(
        make_case(
            "HEAT EXPOSURE",
            age=86,
            sex="M",
            vitals=vitals(108, 102, 60, 22, 95, 39.5),
            one_liner="86M found confused in his top-floor flat during a heatwave",
            ed_note="Hot dry skin, GCS 13. Creatinine 180.",
        )
    )
    assert O.ordered(out, "cooling"), O.order_names(out)
    assert "burn" not in O.working(out).lower(), O.working(out)


def test_a_chemical_splash_on_the_skin_is_irrigated(reason: Reason) -> None:
    """ABLS 2018: an alkali on the skin is irrigated with copious water until the pH
    is neutral, and every chemical burn is referred to the burns team."""
    out = reason(
        make_case(
            "CHEMICAL EXPOSURE",
            age=36,
            sex="F",
            vitals=vitals(88, 126, 78, 16, 99),
            one_liner="36F cleaner splashed with oven cleaner on her right forearm 15 "
            "minutes ago",
            ed_note="Forearm red and stinging. Eyes not involved.",
        )
    )
    assert O.ordered(out, "irrigate"), O.order_names(out)
    assert O.ordered(out, "burns"), O.order_names(out)


def test_a_near_hanging_gets_its_airway_and_neck_vessels_looked_at(
    reason: Reason,
) -> None:
    """Salim 2006 / de Charentenay 2020: a person cut down from a ligature, hoarse,
    has the airway assessed and CT angiography of the neck, constant observation and
    psychiatry; the final names the hanging."""
    out = reason(
        make_case(
            "HANGING",
            age=27,
            sex="F",
            vitals=vitals(100, 132, 80, 18, 98),
            one_liner="27F found hanging in her room by her flatmate, cut down, "
            "unconscious for a minute",
            ed_note="Ligature mark around the neck. Voice hoarse. Says she wanted to "
            "die.",
        )
    )
    assert out.final.icd10 and out.final.icd10.startswith("T71.16"), out.final
    assert O.ordered(out, "ct angiography"), O.order_names(out)
    assert O.ordered(out, "airway"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_an_assault_by_a_partner_gets_a_risk_assessment_and_an_advocate(
    reason: Reason,
) -> None:
    """NICE PH50 / QS116: an adult who says her partner hit her is seen alone, risk-
    assessed (DASH), offered an advocate, and children at home are a safeguarding
    referral."""
    out = reason(
        make_case(
            "ASSAULT",
            age=31,
            sex="F",
            vitals=vitals(92, 122, 76, 16, 99),
            one_liner="31F punched in the face by her husband last night",
            ed_note="Bruised left cheek, no bony tenderness. Has a 3-year-old son at "
            "home.",
        )
    )
    assert O.ordered(out, "domestic abuse"), O.order_names(out)
    assert O.ordered(out, "safeguarding"), O.order_names(out)


def test_an_assault_by_a_stranger_gets_no_domestic_abuse_pathway(
    reason: Reason,
) -> None:
    """Guard: a man punched by a stranger outside a bar is no domestic abuse."""
    out = reason(
        make_case(
            "ASSAULT",
            age=24,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 99),
            one_liner="24M punched in the face by a stranger outside a bar",
            ed_note="Bruised left cheek, no bony tenderness. Teeth intact.",
        )
    )
    assert not O.ordered(out, "domestic abuse"), O.order_names(out)


def test_a_drunk_man_with_a_forehead_graze_and_gcs_11_gets_a_ct_and_thiamine(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.7: a GCS below 13 after a head injury is a CT head within 1 h,
    alcohol or not; a drunk man's low glucose is treated at once with thiamine given
    with it (JBDS-IP 2023; NICE CG100)."""
    out = reason(
        make_case(
            "ALCOHOL INTOXICATION",
            age=50,
            sex="M",
            vitals=vitals(92, 128, 80, 14, 96, 36.0),
            one_liner="50M found drunk on the pavement with a graze on the forehead",
            ed_note="GCS 10. Pupils equal and reactive. Capillary glucose 3.0.",
        )
    )
    assert O.ordered(out, "ct head"), O.order_names(out)
    assert O.medication_ordered(out, "thiamine"), O.order_names(out)
    assert not O.ordered(out, "before any glucose"), O.order_names(out)


def test_a_crushed_man_freed_after_hours_is_not_held_at_a_permissive_pressure(
    reason: Reason,
) -> None:
    """Sever & Vanholder 2012 (ERA-EDTA/ISN crush): a man freed after hours under a
    fallen wall, tachycardic with dark urine, needs volume early: isotonic saline,
    potassium and CK, and no permissive hypotension."""
    out = reason(
        make_case(
            "CRUSH INJURY",
            age=47,
            sex="M",
            vitals=vitals(114, 100, 60, 22, 97),
            one_liner="47M trapped under a collapsed wall for 5 hours, freed 30 "
            "minutes ago",
            ed_note="Both thighs swollen and tense. Dark urine in the catheter bag.",
        )
    )
    assert O.ordered(out, "saline", "crystalloid"), O.order_names(out)
    assert not O.ordered(out, "sbp 80-90"), O.order_names(out)

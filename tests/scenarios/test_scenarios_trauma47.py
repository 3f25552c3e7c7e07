"""trauma47 (session 47): trauma, neurology, ENT and the older adult.

Written from the sources named in each docstring, never from rows of the shared data:
- NICE CKS lacerations 2023; Tintinalli 9th ed. ch. 43 (face and scalp wounds); NICE
  NG232 head injury 2023; UKHSA Green Book ch. 30 (tetanus);
- Fleming J, Brayne C. BMJ 2008;337:a2227 (the long lie); Bosch X et al. NEJM 2009
  (rhabdomyolysis); NICE CG179 pressure ulcers;
- Galioto NJ. Am Fam Physician 2017;95:501 (peritonsillar abscess); ENT UK;
- NICE NG217 epilepsies 2022 (breakthrough seizure, epilepsy specialist nurse);
- NICE QS149 2017 osteoporosis, NOGG 2022 (fracture liaison after a fragility fracture).

Each target scenario failed on main ce7da4a3 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_intoxicated_patients_scalp_wound_is_closed(reason: Reason) -> None:
    """NICE CKS lacerations 2023; Tintinalli ch. 43: a scalp wound beside an
    intoxication is examined, irrigated and closed, tetanus by immunisation status;
    the intoxication changes the head injury's imaging (NICE NG232), not the wound's
    care."""
    out = reason(
        make_case(
            "intoxicated",
            age=45,
            sex="M",
            vitals=vitals(94, 132, 80, 14, 97),
            one_liner="45M drunk, fell outside a pub, 3 cm bleeding laceration to the "
            "back of the head, GCS 14, smells of alcohol",
        )
    )
    assert O.ordered(out, "irrigate and close"), O.order_names(out)


def test_guard_an_intoxication_without_a_wound_gets_no_wound_care(
    reason: Reason,
) -> None:
    """Guard. No wound written, no wound care (NICE CKS lacerations)."""
    out = reason(
        make_case(
            "intoxicated",
            age=45,
            sex="M",
            vitals=vitals(94, 132, 80, 14, 97),
            one_liner="45M drunk, brought in by friends, no injuries, GCS 14, smells "
            "of alcohol, vomited once",
        )
    )
    assert not O.ordered(out, "irrigate and close"), O.order_names(out)


def test_guard_a_scalp_wound_from_a_bottle_keeps_its_foreign_body_care(
    reason: Reason,
) -> None:
    """Guard. Tintinalli ch. 51; Manthey 1996: a wound from broken glass is filmed
    and explored, no primary closure over a retained fragment: the plain closure
    order does not sit beside it."""
    out = reason(
        make_case(
            "assault",
            age=30,
            sex="M",
            vitals=vitals(92, 136, 82, 16, 98),
            one_liner="30M hit over the head with a glass bottle, 4 cm scalp "
            "laceration, GCS 15, no loss of consciousness",
        )
    )
    assert O.ordered(out, "foreign body"), O.order_names(out)
    assert not O.ordered(out, "irrigate and close"), O.order_names(out)


def test_a_night_on_the_floor_is_a_long_lie_with_its_ck(reason: Reason) -> None:
    """Fleming & Brayne BMJ 2008: an older adult down an hour or more lay long; CK,
    renal function and the urine for myoglobin (Bosch 2009), pressure areas (NICE
    CG179); no forecast home before the CK."""
    out = reason(
        make_case(
            "fall",
            age=85,
            sex="F",
            vitals=vitals(92, 134, 76, 18, 95),
            one_liner="85F found on the kitchen floor this morning after a night there "
            "by her daughter, could not get up, feels cold",
        )
    )
    assert O.ordered(out, "ck"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_a_swelling_pushing_the_uvula_aside_is_a_quinsy_not_an_epiglottitis(
    reason: Reason,
) -> None:
    """Galioto 2017; ENT UK: a unilateral swelling above the tonsil displacing the
    uvula is a peritonsillar abscess: needle aspiration or incision and drainage and
    antibiotics, not the supraglottitis' airway plan."""
    out = reason(
        make_case(
            "sore throat",
            age=26,
            sex="M",
            vitals=vitals(104, 128, 78, 18, 98, 38.3),
            one_liner="26M sore throat for five days, muffled voice, cannot open "
            "his mouth fully, swelling above the right tonsil pushing the uvula to "
            "the left",
        )
    )
    assert "peritonsillar" in O.working(out), O.working(out)
    assert O.ordered(out, "aspiration", "incision and drainage"), O.order_names(out)


def test_guard_a_swollen_epiglottis_keeps_the_airway_plan(reason: Reason) -> None:
    """Guard. Guldfred 2008; ENT UK: a swollen epiglottis on nasendoscopy with
    drooling is supraglottitis: ENT and anaesthesia for the airway."""
    out = reason(
        make_case(
            "sore throat",
            age=48,
            sex="M",
            vitals=vitals(112, 136, 84, 22, 96, 38.6),
            one_liner="48M severe sore throat, drooling, muffled voice, sitting "
            "forward, swollen epiglottis on nasendoscopy",
        )
    )
    assert "epiglottitis" in O.working(out), O.working(out)
    assert O.ordered(out, "airway"), O.order_names(out)


def test_a_breakthrough_seizure_restarts_the_drug_and_sees_the_epilepsy_nurse(
    reason: Reason,
) -> None:
    """NICE NG217 2022: a breakthrough seizure after missed doses, back to baseline,
    goes home with the usual antiseizure medicine restarted, adherence discussed and
    the epilepsy specialist nurse or neurologist following up; driving advice."""
    out = reason(
        make_case(
            "seizure",
            age=36,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98),
            one_liner="36M known epilepsy on levetiracetam, ran out of tablets four "
            "days ago, one of his usual seizures this morning, now back to normal, "
            "no injury",
        )
    )
    assert O.ordered(out, "antiseizure medicine"), O.order_names(out)
    assert O.ordered(out, "epilepsy specialist nurse"), O.order_names(out)


def test_guard_a_first_seizure_gets_no_restart_of_a_drug_it_never_had(
    reason: Reason,
) -> None:
    """Guard. NICE NG217: a first seizure is referred to the first-seizure clinic;
    there is no usual antiseizure drug to restart."""
    out = reason(
        make_case(
            "seizure",
            age=24,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 99),
            one_liner="24F first ever seizure at work, witnessed, two minutes, now "
            "back to normal, no injury, no medical history",
        )
    )
    assert not O.ordered(out, "usual antiseizure medicine"), O.order_names(out)


def test_a_wrist_fracture_from_standing_at_70_goes_to_fracture_liaison(
    reason: Reason,
) -> None:
    """NICE QS149 2017; NOGG 2022: a distal radius fracture after a fall from
    standing at 50 or over is a fragility fracture: the fracture liaison service
    assesses bone health and falls."""
    out = reason(
        make_case(
            "wrist injury",
            age=70,
            sex="F",
            vitals=vitals(80, 144, 82, 16, 97),
            one_liner="70F tripped on the pavement and fell on her outstretched left "
            "hand, swollen deformed wrist, fingers warm with normal sensation",
        )
    )
    assert O.ordered(out, "fracture liaison"), O.order_names(out)


def test_guard_a_young_adults_wrist_fracture_has_no_fracture_liaison(
    reason: Reason,
) -> None:
    """Guard. NICE QS149: fracture liaison is for a fragility fracture at 50 or
    over."""
    out = reason(
        make_case(
            "wrist injury",
            age=27,
            sex="M",
            vitals=vitals(86, 130, 78, 16, 98),
            one_liner="27M fell off his skateboard onto his outstretched right hand, "
            "swollen deformed wrist, fingers warm with normal sensation",
        )
    )
    assert not O.ordered(out, "fracture liaison"), O.order_names(out)


def test_an_older_adults_low_sodium_on_citalopram_withholds_the_ssri(
    reason: Reason,
) -> None:
    """AGS Beers 2023 (SSRIs: SIADH, hyponatraemia in older adults); Spasovski G et
    al. ESE 2014 (stop the drugs that cause it): an SSRI started weeks before a
    sodium of 120 with confusion is withheld while the sodium is low."""
    out = reason(
        make_case(
            "confusion",
            age=83,
            sex="F",
            vitals=vitals(82, 136, 74, 16, 97),
            one_liner="83F increasingly muddled and unsteady over four days, started "
            "sertraline a month ago, sodium 120, no vomiting, no seizures",
        )
    )
    assert O.ordered(out, "withhold the ssri"), O.order_names(out)


def test_guard_a_low_sodium_on_a_thiazide_alone_stops_the_thiazide_not_an_ssri(
    reason: Reason,
) -> None:
    """Guard. ESE 2014; Liamis 2008: the thiazide is the drug stopped; no SSRI is
    named to withhold."""
    out = reason(
        make_case(
            "confusion",
            age=80,
            sex="F",
            vitals=vitals(80, 132, 74, 16, 97),
            one_liner="80F increasingly muddled over four days, takes "
            "bendroflumethiazide, sodium 121, no vomiting, no seizures",
        )
    )
    assert O.ordered(out, "thiazide"), O.order_names(out)
    assert not O.ordered(out, "withhold the ssri"), O.order_names(out)


def test_guard_a_stab_wound_of_the_scalp_is_not_simply_closed(reason: Reason) -> None:
    """Guard. ATLS 10th ed. ch. 6: a blade into the scalp may have entered the skull:
    CT and neurosurgery decide, not a primary closure order beside the work-up."""
    out = reason(
        make_case(
            "assault",
            age=22,
            sex="M",
            vitals=vitals(96, 134, 82, 16, 98),
            one_liner="22M stabbed in the back of the head with a knife, 2 cm wound "
            "to the scalp, GCS 15",
        )
    )
    assert not O.ordered(out, "irrigate and close"), O.order_names(out)


def test_a_first_seizure_goes_home_with_safety_and_driving_advice(
    reason: Reason,
) -> None:
    """NICE NG217 2022 1.2: after a first seizure, back to baseline, the patient is
    referred to a specialist within 2 weeks and told about safety and driving until
    then (DVLA)."""
    out = reason(
        make_case(
            "seizure",
            age=33,
            sex="M",
            vitals=vitals(86, 128, 78, 16, 99),
            one_liner="33M first ever generalised seizure at home, witnessed by his "
            "wife, lasted a minute, now back to normal, no injury, no medical history",
        )
    )
    assert O.ordered(out, "driving"), O.order_names(out)

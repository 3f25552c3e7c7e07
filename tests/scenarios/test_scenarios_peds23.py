"""peds23 (issue 10): paediatric emergencies, third review pass.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- NASPGHAN 2021 button battery ingestion (Mubarak A et al. JPGN 2021;73:129) and the
  NCPC 2018 guideline: a battery in the oesophagus, or not yet located, is removed
  emergently, within 2 hours, whatever the symptoms; drooling does not make it a food
  bolus with a 6 h window (ESGE 2016 is a food-bolus guideline);
- Canadian Paediatric Society croup statement 2017 (Ortiz-Alvarez O, Mikrogianakis A),
  RCH Melbourne croup guideline and NICE CKS croup: every child gets dexamethasone;
  nebulised adrenaline is for stridor at rest (moderate or severe croup), not for
  stridor heard only when the child cries (Westley <= 2, mild croup);
- EULAR/PRINTO/PReS 2010 IgA vasculitis criteria (Ozen S et al. Ann Rheum Dis
  2010;69:798) and SHARE 2019: leg purpura with joint, gut or kidney involvement in
  an afebrile child with a normal platelet count is IgA vasculitis, looked after with
  urinalysis and blood pressure; fever with a non-blanching rash stays meningococcal
  disease until shown otherwise (NICE NG240, named guard);
- RCH Melbourne limping child guideline; Halsey MF et al. J Pediatr Orthop 2001: a
  toddler who limps after a trivial twist or fall, or with bony tenderness, has a leg
  radiograph (toddler's fracture); Ottawa rules are not validated under 5.

Each scenario asserts safety properties and failed on main before this change.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_drooling_child_after_a_battery_keeps_the_two_hour_removal(
    reason: Reason,
) -> None:
    """A 3-year-old who swallowed a hearing-aid battery 40 minutes ago and now drools
    and will not swallow: the endoscopy is within 2 hours, never the food-bolus 6 h
    (NASPGHAN 2021)."""
    out = reason(
        make_case(
            "swallowed battery",
            age=3,
            sex="M",
            vitals=vitals(118, 98, 60, 24, 99, 36.7),
            one_liner="3 yo boy found chewing his grandmother's hearing-aid battery "
            "card, one disc battery missing",
            ed_note="3 year old boy, grandmother found him with the open card of "
            "hearing-aid batteries 40 minutes ago, one disc battery unaccounted for; "
            "he says he swallowed it. Now gagging, spitting out saliva and will not "
            "swallow water. Settled breathing, no stridor, chest clear, soft abdomen. "
            "Weight 15 kg.",
        )
    )
    scopes = [o.name for o in O.orders(out) if re.search(r"(?i)endoscop", o.name)]
    assert scopes, [o.name for o in O.orders(out)]
    assert not any(re.search(r"(?i)within 6 ?h", s) for s in scopes), scopes
    assert any(re.search(r"(?i)2 ?h(?:ours?)?\b", s) for s in scopes), scopes


def test_mild_croup_stridor_only_with_crying_gets_no_nebulised_adrenaline(
    reason: Reason,
) -> None:
    """A 3-year-old with a barky cough whose stridor is heard only when she cries,
    no recession: dexamethasone, no nebulised adrenaline (CPS 2017; RCH croup)."""
    out = reason(
        make_case(
            "barky cough",
            age=3,
            sex="F",
            vitals={
                "heart_rate": 112,
                "respiratory_rate": 26,
                "spo2": 97,
                "temperature_c": 38.0,
            },
            one_liner="3 yo girl with a barky cough overnight, hoarse, otherwise well",
            ed_note="3 year old girl, coryza for a day, woke with a seal-like barky "
            "cough and a hoarse voice. Soft inspiratory stridor heard only when she "
            "cries during the examination; settled on mother's lap there is no "
            "stridor and no chest wall recession. Alert, drinking. Weight 14 kg.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")
    assert not O.medication_ordered(
        out, "nebuli[sz]ed (?:l-)?epinephrine", "nebuli[sz]ed adrenaline", "racemic"
    )


def test_leg_purpura_with_sore_knees_and_proteinuria_is_iga_vasculitis(
    reason: Reason,
) -> None:
    """A well, afebrile 7-year-old with raised spots on the shins that do not fade
    under a glass, puffy sore knees and protein on the dipstick, platelets normal:
    IgA vasculitis is named and the urine is checked; no urticaria (EULAR/PRINTO/PReS
    2010; SHARE 2019)."""
    out = reason(
        make_case(
            "spots on legs",
            age=7,
            sex="M",
            vitals=vitals(96, 106, 66, 20, 99, 36.9),
            one_liner="7 yo boy with spots on his shins and sore knees for two days",
            ed_note="7 year old boy, had a cold 10 days ago. Two days of raised dark "
            "red spots over both shins and the backs of the thighs that are purpuric "
            "and do not fade under a glass; both knees puffy and painful to walk on. "
            "Afebrile, active, eating. Abdomen soft. Urine dipstick protein 2+, blood "
            "negative. FBC: platelets 280 x10^9/L, WBC 8.8. Weight 23 kg.",
        )
    )
    name = (out.final.diagnosis_name or "").lower()
    assert (out.final.icd10 or "").startswith("D69.0") or "vasculitis" in name, name
    assert "urticaria" not in name
    assert O.ordered(out, "urinalysis", "urine protein")


def test_fever_with_leg_purpura_and_belly_pain_stays_meningococcal(
    reason: Reason,
) -> None:
    """Named guard (NICE NG240): a febrile, unwell 4-year-old with a purpuric rash on
    the legs and abdominal pain gets ceftriaxone at once; IgA vasculitis is not the
    answer while fever and a non-blanching rash are present."""
    out = reason(
        make_case(
            "rash and fever",
            age=4,
            sex="F",
            vitals=vitals(164, 84, 48, 34, 96, 39.4),
            one_liner="4 yo girl, fever and a spreading purple rash on her legs",
            ed_note="4 year old girl, fever since this morning, tummy pain and now a "
            "purpuric non-blanching rash spreading over both legs. Drowsy, cool "
            "hands, capillary refill 4 seconds. Platelets 190 x10^9/L. Weight 17 kg.",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime")
    assert not (out.final.icd10 or "").startswith("D69")


def test_toddler_limping_after_jumping_off_the_sofa_gets_a_leg_film(
    reason: Reason,
) -> None:
    """A 3-year-old, afebrile, who jumped off the sofa and now will not put weight on
    the left leg, tender low on the shin: a radiograph of the leg (RCH limping child;
    Halsey 2001)."""
    out = reason(
        make_case(
            "not walking",
            age=3,
            sex="F",
            vitals=vitals(108, 96, 58, 22, 99, 36.7),
            one_liner="3 yo girl not putting weight on her left leg since jumping off "
            "the sofa",
            ed_note="3 year old girl jumped off the sofa last evening, since then she "
            "crawls or walks on tiptoe and will not put her full weight on the left "
            "leg. Well, no fever. Tenderness along the lower third of the left tibia, "
            "no swelling or bruising, hip and knee move freely. Weight 14 kg.",
        )
    )
    assert O.ordered(out, "x-?ray", "radiograph"), [o.name for o in O.orders(out)]


def test_child_in_meningococcal_shock_gets_no_emptied_adult_dose_clause(
    reason: Reason,
) -> None:
    """A 5-year-old with fever, a spreading purpuric rash and cold peripheries: the
    fluid bolus is written per kg for the child, with no adult alternative left
    behind once the adult volume is removed (NICE NG240; SSC children 2020)."""
    out = reason(
        make_case(
            "fever and rash",
            age=5,
            sex="M",
            vitals=vitals(170, 78, 40, 36, 95, 39.8),
            one_liner="5 yo boy, high fever and purple spots spreading on his body",
            ed_note="5 year old boy, fever since last night, now a rapidly spreading "
            "purpuric rash that does not blanch on the trunk and legs. Cold hands "
            "and feet, mottled, capillary refill 4 seconds, drowsy. Weight 19 kg.",
        )
    )
    fluids = [o.name for o in O.orders(out) if re.search(r"(?i)bolus", o.name)]
    assert fluids and all("mL/kg" in n for n in fluids), fluids
    assert not any(re.search(r"(?i)\(\s*adults?\s*\)", o.name) for o in O.orders(out))


def test_breathless_infant_is_not_given_a_panic_disorder(reason: Reason) -> None:
    """A 3-month-old breathing fast with a cold: panic disorder (reported fear, rare
    before adolescence, DSM-5) is on no list of an infant's breathlessness."""
    out = reason(
        make_case(
            "difficulty breathing",
            sex="M",
            demographics={"age": 0, "age_days": 95},
            vitals={"heart_rate": 164, "respiratory_rate": 62, "spo2": 93},
            one_liner="3 month old boy breathing fast with a cold, feeding less",
            ed_note="3 month old boy, two days of snuffles and cough, now breathing "
            "fast with subcostal recession and taking about half his feeds. Weight "
            "5.8 kg.",
        )
    )
    listed = [
        d.diagnosis.lower()
        for r in out.trace
        if r.stage == "assessment" and r.output is not None
        for d in getattr(r.output, "differential", ())
    ] + [d.diagnosis.lower() for d in out.final.ledger]
    assert not any("panic" in d for d in listed), listed

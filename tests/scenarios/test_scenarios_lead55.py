"""lead55 (session 55): a facial swelling that keeps coming back without hives is
worked as a bradykinin angioedema (C4 and the C1-inhibitor treatment), never sent to
the dentist; an eyebrow wound is a periocular wound (the globe checked), not a hand's;
a forearm laceration at triage is repaired, not swabbed as an infected wound; an older
adult's abdominal pain seen only at triage carries its published admission rate; a man
with a sexually transmitted infection has no pregnancy test; "hallucination" at triage
is worked as a psychosis, not as suicidal ideation; an object "in the esophagus" is no
gastric foreign body left to pass.

Written from the sources named in each docstring, never from rows of the shared data:
- Longhurst HJ et al. C1 inhibitor deficiency: 2014 United Kingdom consensus document.
  Clin Exp Immunol 2015;180:475; Maurer M et al. WAO/EAACI guideline for hereditary
  angioedema 2021. Allergy 2022;77:1961; Bernstein JA et al. ACEP/AAAAI bradykinin
  angioedema consensus. Ann Emerg Med 2017.
- ICD-10-CM FY2024 Index (Wound, open, eyebrow: see Wound, open, eyelid; S01.1-) and
  Official Guidelines I.C.19.b; Tintinalli 9th ed. ch. 241 (eyelid lacerations: the
  globe first).
- Lewis LM et al. Etiology and clinical course of abdominal pain in senior patients.
  J Emerg Med 2005;28 (58 % admitted, 18 % surgery or an invasive procedure); ACEP
  Geriatric ED guidelines 2014.
- Workowski KA et al. CDC Sexually Transmitted Infections Treatment Guidelines 2021.
  MMWR Recomm Rep 2021;70(4).
- ACEP Clinical Policy: the adult psychiatric patient in the ED 2017; NICE CG178
  psychosis 1.3 (first episode: urgent referral); ICD-10-CM R44.3.
- Ikenberry SO et al. ASGE 2011, Gastrointest Endosc 2011;73:1085; Birk M et al. ESGE
  2016, Endoscopy 2016;48:489 (an oesophageal foreign body is removed within 24 h).

Targets: 7 (each failed on main cee594c7 before its fix); guards: 5 (passing on both).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

COHORT = "Presenting-problem admission rate"


def _disposition_rules(out: ReasoningOutput) -> set[str]:
    record = next(r for r in out.trace if r.stage == "disposition")
    return {r.name for r in record.rules_applied}


def test_recurrent_facial_and_lip_swelling_without_hives_is_screened_for_hae(
    reason: Reason,
) -> None:
    """UK HAE consensus 2014 and WAO/EAACI 2021: recurrent angioedema without urticaria
    (a parent with the same) is hereditary angioedema until C4 says otherwise; the
    attack's treatment is C1-inhibitor concentrate, not adrenaline, antihistamine or
    steroid, and its follow-up is immunology, not a dentist."""
    out = reason(
        make_case(
            "FACIAL SWELLING",
            age=33,
            sex="Female",
            vitals=vitals(hr=90, sbp=124, dbp=76, rr=18, spo2=98, t=36.8),
            ed_note="Recurrent episodes of facial and lip swelling without urticaria"
            " since her teens; her mother has the same. Not on an ACE inhibitor, no"
            " new drugs or foods. Lips and face swollen now, voice normal, no stridor.",
        )
    )
    assert O.ordered(out, r"\bC4\b")
    assert O.medication_ordered(out, r"C1.esterase inhibitor|icatibant")
    assert not O.ordered(out, r"dental")
    assert O.dispo(out) != "Discharge"


def test_recurrent_ankle_swelling_is_no_angioedema(reason: Reason) -> None:
    """Guard: a recurrent ankle swelling is oedema, not angioedema (Longhurst 2014:
    angioedema is a swelling of the skin or mucosa of the face, lips, tongue, throat,
    limbs' extremities or genitals that comes and goes over days)."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=70,
            sex="Female",
            vitals=vitals(hr=80, sbp=138, dbp=80, rr=16, spo2=97, t=36.7),
            ed_note="Recurrent ankle swelling for months, worse in the evening, known"
            " heart failure. Pitting oedema to mid-shin both legs.",
        )
    )
    assert not O.ordered(out, r"\bC4\b")
    assert not O.medication_ordered(out, r"C1.esterase inhibitor|icatibant")


def test_an_eyebrow_laceration_is_a_periocular_wound_with_its_globe_checked(
    reason: Reason,
) -> None:
    """ICD-10-CM's index sends an eyebrow wound to the eyelid and periocular area
    (S01.1-), and a periocular wound is examined for a globe injury first (Tintinalli
    ch. 241); it is no hand wound with a tendon examination."""
    for complaint, one_liner in (
        ("eyebrow laceration", "cut his left eyebrow on a door frame"),
        ("LACERATION", "laceration to the right eyebrow after a trip, no LOC"),
    ):
        out = reason(
            make_case(
                complaint,
                age=28,
                sex="Male",
                vitals=vitals(hr=84, sbp=128, dbp=78, rr=16, spo2=99),
                one_liner=one_liner,
            )
        )
        assert "eyelid" in O.working(out).lower()
        assert O.ordered(out, r"visual acuity")
        assert not O.ordered(out, r"tendon")


def test_a_forearm_laceration_at_triage_is_repaired_not_swabbed(reason: Reason) -> None:
    """A fresh wound named at triage is a laceration to irrigate, close and examine for
    tendon and nerve injury, with tetanus cover (Forsch RT. Am Fam Physician 2008;78:
    945), coded at its documented site (ICD-10-CM I.C.19.b: S51.8- for the forearm);
    nothing says it is infected, so no pus swab and no cellulitis label."""
    out = reason(
        make_case(
            "right forearm laceration",
            age=34,
            sex="Male",
            vitals=vitals(hr=80, sbp=124, dbp=78, rr=16, spo2=99),
        )
    )
    assert "laceration" in O.working(out).lower()
    assert O.ordered(out, r"laceration repair|closure")
    assert O.ordered(out, r"tetanus")
    assert not O.ordered(out, r"swab")
    assert out.final.icd10 is not None and out.final.icd10.startswith("S51.8")


def test_a_palm_laceration_keeps_its_tendon_examination(reason: Reason) -> None:
    """Guard: a hand wound is still examined for tendon and nerve injury (Forsch RT.
    Am Fam Physician 2008;78:945)."""
    out = reason(
        make_case(
            "LACERATION",
            age=30,
            sex="Female",
            vitals=vitals(hr=80, sbp=120, dbp=76, rr=14, spo2=99),
            one_liner="cut to the palm of the hand on a kitchen knife",
        )
    )
    assert O.ordered(out, r"tendon")
    assert not O.ordered(out, r"visual acuity")


def test_an_older_adults_abdominal_pain_at_triage_uses_the_published_admission_rate(
    reason: Reason,
) -> None:
    """Lewis 2005: 58 % of ED patients of 65 and over with abdominal pain were
    admitted; at triage, before any work-up, that rate (not the benign-looking
    priors of abdominal pain at any age) is the presenting problem's admission rate,
    as fever and generalised weakness from 65 already are."""
    out = reason(
        make_case(
            "abd pain",
            age=81,
            sex="Male",
            vitals=vitals(hr=104, sbp=104, dbp=64, rr=22, spo2=95),
            arrival={"mode": "ambulance"},
        )
    )
    assert COHORT in _disposition_rules(out), "the published cohort applies"
    assert O.dispo(out) != "Discharge"


def test_a_young_adults_abdominal_pain_has_no_older_adult_cohort(
    reason: Reason,
) -> None:
    """Guard: the cohort starts at 65 (Lewis 2005; ACEP Geriatric ED 2014); a 30-year-
    old's abdominal pain at triage is forecast from its triage score and its ledger."""
    out = reason(
        make_case(
            "abd pain",
            age=30,
            sex="Male",
            vitals=vitals(hr=84, sbp=124, dbp=78, rr=16, spo2=99),
        )
    )
    assert COHORT not in _disposition_rules(out)


def test_a_man_with_a_sexually_transmitted_infection_has_no_pregnancy_test(
    reason: Reason,
) -> None:
    """CDC STI treatment guidelines 2021: a man with urethritis has NAATs, HIV and
    syphilis serology; a pregnancy test is a woman's (it decides her chlamydia
    regimen)."""
    out = reason(
        make_case(
            "URETHRAL DISCHARGE",
            age=59,
            sex="Male",
            vitals=vitals(hr=80, sbp=130, dbp=80, rr=16, spo2=99),
            one_liner="penile discharge and burning for 4 days, new partner",
        )
    )
    assert O.ordered(out, r"NAAT")
    assert not O.ordered(out, r"hCG|pregnancy test")


def test_a_woman_with_cervicitis_keeps_her_pregnancy_test(reason: Reason) -> None:
    """Guard: a woman of reproductive age with an STI is tested for pregnancy before
    doxycycline (CDC 2021: azithromycin for chlamydia in pregnancy)."""
    out = reason(
        make_case(
            "URETHRAL DISCHARGE",
            age=24,
            sex="Female",
            vitals=vitals(hr=80, sbp=118, dbp=76, rr=16, spo2=99),
            one_liner="discharge and burning passing urine for 4 days, new partner",
            ed_note="Mucopurulent cervicitis on speculum examination, friable cervix.",
        )
    )
    assert O.ordered(out, r"NAAT")
    assert O.ordered(out, r"hCG|pregnancy test")


def test_a_hallucination_at_triage_is_worked_as_a_psychosis(reason: Reason) -> None:
    """ACEP 2017 and NICE CG178: hallucinations are psychosis until a medical cause is
    found (organic screen, risk assessment, psychiatry); nothing at triage says the
    patient is suicidal, so 1:1 suicide observation is not the working plan, and the
    symptom is coded as the hallucinations (R44.3)."""
    out = reason(
        make_case(
            "hallucination",
            age=29,
            sex="Female",
            vitals=vitals(hr=84, sbp=120, dbp=76, rr=16, spo2=99),
        )
    )
    assert "psychosis" in O.working(out).lower()
    assert out.final.icd10 == "R44.3"


def test_an_object_in_the_esophagus_is_removed_not_left_to_pass(reason: Reason) -> None:
    """ASGE 2011 / ESGE 2016: an object held in the oesophagus is removed by endoscopy
    within 24 h (at once for a battery, magnets, a sharp object or total obstruction);
    only a blunt object past the oesophagus is left to pass."""
    out = reason(
        make_case(
            "FB in esophagus",
            age=41,
            sex="Male",
            vitals=vitals(hr=84, sbp=130, dbp=80, rr=16, spo2=99),
        )
    )
    assert "esophagus" in O.working(out).lower()
    assert O.ordered(out, r"endoscopy")
    assert not O.ordered(out, r"expectant")


def test_a_swallowed_coin_in_a_well_child_may_still_pass(reason: Reason) -> None:
    """Guard: a swallowed coin with no symptom is imaged first (NASPGHAN 2015); the
    oesophageal reading needs the object stated in the oesophagus."""
    out = reason(
        make_case(
            "SWALLOWED COIN",
            age=6,
            sex="Male",
            vitals=vitals(hr=96, sbp=104, dbp=64, rr=20, spo2=99),
            one_liner="swallowed a coin an hour ago, eating and drinking, no drooling",
        )
    )
    assert O.ordered(out, r"radiograph")

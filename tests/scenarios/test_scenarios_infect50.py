"""infect50 (session 50): skin and soft tissue infection, deep infection, toxicology.

Written from guidelines, not from shared data: pain beyond what the skin shows with
fever and systemic toxicity is an early necrotising infection for the surgeon (Stevens
DL et al. IDSA SSTI 2014; Wong CH et al. Crit Care Med 2004, LRINEC); a cut, graze or
repaired laceration gone red or purulent is opened and treated, not closed (IDSA 2014;
NICE NG141 2019; Quinn JV et al. Ann Emerg Med 2014); a febrile joint worked as septic
arthritis and a worked spinal epidural abscess are admitted (BSR/BOA 2006; Mathews CJ
et al. Lancet 2010; Darouiche RO. NEJM 2006); lead-pipe rigidity on an antipsychotic
with fever is the neuroleptic malignant syndrome (Gurrera RJ et al. 2011); bone in a
toe-tip ulcer is osteomyelitis, not an open fingertip fracture (IWGDF/IDSA 2023); a
nail or fork through the sole is a puncture wound of the foot (Tintinalli 9th ed.
ch. 47; UKHSA Green Book ch. 30).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


_CLOSURE = r"laceration repair|wound closure|irrigation and closure|nail-bed repair"


# --- targets: each fails on the session's base (55c14d0b) -------------------------


def test_pain_beyond_the_skin_with_fever_and_toxicity_is_an_early_necrotising_infection(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014: severe pain out of proportion to the skin with
    systemic toxicity prompts surgical exploration before any hard sign; LRINEC (Wong
    CH 2004) counts the white count. A tense calf after a scratch, pain "far beyond
    what the skin shows", 38.6 and a pulse of 124 was a compartment syndrome with no
    antibiotic."""
    out = reason(
        make_case(
            "leg pain",
            age=58,
            sex="F",
            vitals=vitals(124, 108, 64, 24, 96, 38.6),
            one_liner="58F calf pain after a scratch from a rose bush",
            ed_note=(
                "Scratched her calf gardening 3 days ago. Now severe calf pain far "
                "beyond what the skin shows: faint pink patch only, calf swollen and "
                "tense. "
                "White count 21, sodium 130."
            ),
        )
    )
    assert "necrotizing" in O.working(out).lower(), O.working(out)
    assert O.ordered(out, r"debridement|operative exploration"), O.orders(out)
    assert O.medication_ordered(out, r"clindamycin"), O.orders(out)
    assert _code(out) == "M72.6", _code(out)


def test_a_cut_gone_red_and_purulent_is_treated_not_closed(reason: Reason) -> None:
    """Stevens DL et al. IDSA SSTI 2014; NICE NG141 2019: an infected wound is drained
    and its cellulitis treated with an antistaphylococcal antibiotic; it is not closed.
    A shin cut "red and weeping" was a laceration for repair."""
    out = reason(
        make_case(
            "wound problem",
            age=52,
            sex="F",
            vitals=vitals(84, 128, 78, 14, 99, 37.3),
            one_liner="52F forearm cut a week ago now infected",
            ed_note=(
                "Cut her forearm on a fence a week ago. The wound is now red, hot and "
                "swollen with pus from the wound. No fever. Tetanus up to date."
            ),
        )
    )
    assert not O.ordered(out, _CLOSURE), O.orders(out)
    assert O.medication_ordered(out, r"flucloxacillin|cephalexin"), O.orders(out)
    assert _code(out) in {"L03.119", "L08.9"}, _code(out)


def test_pus_between_the_stitches_of_a_repaired_cut_opens_the_wound(
    reason: Reason,
) -> None:
    """Quinn JV et al. Ann Emerg Med 2014; IDSA SSTI 2014: a repaired laceration that
    becomes infected has its sutures removed over the pus and is treated; the hand
    laceration sutured days before was sent for a second repair."""
    out = reason(
        make_case(
            "wound check",
            age=33,
            sex="M",
            vitals=vitals(86, 132, 80, 14, 99, 37.4),
            one_liner="33M stitches in his thumb 3 days ago, now oozing pus",
            ed_note=(
                "Laceration to the left thumb sutured at a walk-in centre 3 days ago. "
                "Now redness around the wound and pus oozing between the stitches. "
                "Full movement, no tendon sheath tenderness."
            ),
        )
    )
    assert not O.ordered(out, _CLOSURE), O.orders(out)
    assert O.ordered(out, r"remove the sutures|open the wound"), O.orders(out)


def test_a_febrile_knee_worked_as_septic_arthritis_is_admitted(reason: Reason) -> None:
    """Coakley G et al. BSR/BOA 2006; Mathews CJ et al. Lancet 2010: a hot swollen
    joint with fever is septic until aspirated, treated with IV antibiotics after the
    aspirate and washed out in hospital. It went to an observation bed."""
    out = reason(
        make_case(
            "knee pain",
            age=71,
            sex="F",
            vitals=vitals(104, 130, 76, 18, 97, 38.7),
            one_liner="71F hot swollen right knee with fever",
            ed_note=(
                "Right knee hot, swollen and very painful for two days, cannot bear "
                "weight. Fever and shivers. Had gout in her big toe years ago."
            ),
        )
    )
    assert "pyogenic arthritis" in O.working(out).lower(), O.working(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_a_worked_spinal_epidural_abscess_is_admitted(reason: Reason) -> None:
    """Darouiche RO. N Engl J Med 2006;355:2012: a suspected spinal epidural abscess is
    imaged (whole-spine MRI) urgently and treated in hospital, a deficit can come within
    hours; night pain is an infection's red flag (NICE NG59). A febrile injector's
    worked abscess went to an observation bed coded as back pain."""
    out = reason(
        make_case(
            "back pain",
            age=42,
            sex="F",
            vitals=vitals(106, 124, 74, 18, 97, 38.2),
            one_liner="42F injects drugs, back pain and fevers",
            ed_note=(
                "Injects heroin. Ten days of worsening low back pain, waking her at "
                "night, with fevers and sweats. Tender over L3. Normal leg power and "
                "sensation."
            ),
        )
    )
    assert "intraspinal abscess" in O.working(out).lower(), O.working(out)
    assert O.dispo(out) == "Admit", O.dispo(out)
    assert _code(out) == "G06.1", _code(out)


def test_lead_pipe_rigidity_on_an_antipsychotic_with_fever_is_nms(
    reason: Reason,
) -> None:
    """Gurrera RJ et al. J Clin Psychiatry 2011 (NMS consensus criteria): an
    antipsychotic, rigidity, fever and altered mentation; the antipsychotic is stopped,
    the patient cooled. "Rigid like a lead pipe" was not read: sepsis was worked with a
    broad-spectrum antibiotic."""
    out = reason(
        make_case(
            "confusion",
            age=39,
            sex="F",
            vitals=vitals(122, 164, 96, 22, 96, 39.8),
            one_liner="39F on haloperidol, rigid and feverish",
            ed_note=(
                "Schizophrenia, haloperidol increased a week ago. Now confused and "
                "sweating, her arms rigid like a lead pipe. CK 9000. No clonus."
            ),
        )
    )
    assert "neuroleptic" in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, r"broad-spectrum"), O.orders(out)
    assert _code(out) == "G21.0", _code(out)


def test_bone_in_a_toe_tip_ulcer_is_no_open_fingertip_fracture(reason: Reason) -> None:
    """Senneville E et al. IWGDF/IDSA 2023: bone seen or probed in a diabetic foot
    ulcer is osteomyelitis until shown otherwise (X-ray, bone specimen, the foot team),
    not a fingertip injury for a digital block, nail-bed repair and closure."""
    out = reason(
        make_case(
            "foot ulcer",
            age=68,
            sex="M",
            vitals=vitals(82, 138, 78, 16, 98, 36.9),
            one_liner="68M diabetic, ulcer on the tip of his big toe with bone showing",
            ed_note=(
                "Type 2 diabetes with neuropathy. Ulcer on the tip of the left big toe "
                "for 2 months; today bone is visible in its base. Toe red and swollen."
            ),
        )
    )
    assert not O.ordered(out, _CLOSURE), O.orders(out)
    assert O.ordered(out, r"x-ray of the foot"), O.orders(out)
    assert not _code(out).startswith("S62"), _code(out)


def test_a_nail_through_the_sole_is_a_puncture_wound_of_the_foot(
    reason: Reason,
) -> None:
    """Tintinalli 9th ed. ch. 47; UKHSA Green Book ch. 30: a plantar puncture is
    irrigated, X-rayed for a fragment, tetanus covered and reviewed for infection. A
    garden fork through a trainer was "pain in limb" with an NSAID and no diagnosis."""
    out = reason(
        make_case(
            "foot injury",
            age=44,
            sex="F",
            vitals=vitals(78, 124, 76, 14, 99, 36.7),
            one_liner="44F stood on a nail in the garden",
            ed_note=(
                "Stood on a rusty nail in the garden two hours ago, it went through "
                "her shoe into the sole of the right foot. Small puncture, not "
                "bleeding."
            ),
        )
    )
    assert _code(out) == "S91.339A", _code(out)
    assert O.ordered(out, r"x-ray of the foot"), O.orders(out)
    assert O.ordered(out, r"tetanus"), O.orders(out)
    assert not O.medication_ordered(out, r"nsaid|ibuprofen|naproxen"), O.orders(out)


# --- guards: pass on the base and on the branch -----------------------------------


def test_guard_a_fresh_hand_laceration_is_still_repaired(reason: Reason) -> None:
    """Forsch RT. Am Fam Physician 2008: a clean fresh laceration is irrigated and
    closed; the infected-wound reading needs an infection's words."""
    out = reason(
        make_case(
            "laceration",
            age=30,
            sex="M",
            vitals=vitals(80, 128, 78, 14, 99, 36.8),
            one_liner="30M cut his palm on a knife an hour ago",
            ed_note=(
                "Cut his right palm on a kitchen knife an hour ago. 3 cm clean "
                "laceration, bleeding controlled. Full tendon function, sensation "
                "intact."
            ),
        )
    )
    assert O.ordered(out, r"laceration repair|closure"), O.orders(out)
    assert not _code(out).startswith(("L03", "L08")), _code(out)


def test_guard_a_wound_infection_after_an_operation_stays_a_surgical_site_infection(
    reason: Reason,
) -> None:
    """CDC/NHSN 2024 ch. 9: an infected incision within 30 days of an operation is a
    surgical site infection, the operating team's (NICE NG125)."""
    out = reason(
        make_case(
            "wound problem",
            age=61,
            sex="M",
            vitals=vitals(88, 134, 80, 16, 98, 37.2),
            one_liner="61M hernia repair 8 days ago, wound red",
            ed_note=(
                "Inguinal hernia repair 8 days ago. The wound is red and swollen with "
                "pus from the wound. Otherwise well."
            ),
        )
    )
    assert _code(out).startswith("T81.4"), _code(out)


def test_guard_mesenteric_pain_out_of_proportion_is_no_necrotising_infection(
    reason: Reason,
) -> None:
    """Bala M et al. WSES 2022 acute mesenteric ischaemia: abdominal pain out of
    proportion in AF; the necrotising infection's criterion is a limb's or skin's."""
    out = reason(
        make_case(
            "abdominal pain",
            age=79,
            sex="F",
            vitals=vitals(118, 112, 64, 24, 96, 38.1),
            one_liner="79F in AF with severe abdominal pain",
            ed_note=(
                "Atrial fibrillation, not anticoagulated. Sudden severe abdominal pain "
                "out of proportion to the examination: soft, barely tender. Lactate "
                "4.1."
            ),
        )
    )
    assert "necrotizing" not in O.working(out).lower(), O.working(out)
    assert _code(out) != "M72.6", _code(out)


def test_guard_an_afebrile_recurrent_gout_flare_goes_home(reason: Reason) -> None:
    """FitzGerald JD et al. ACR 2020 gout: a typical recurrent flare without fever is
    treated by mouth at home; the septic joint's admission needs a fever."""
    out = reason(
        make_case(
            "toe pain",
            age=57,
            sex="M",
            vitals=vitals(82, 138, 84, 14, 99, 36.9),
            one_liner="57M hot red big toe, third gout attack",
            ed_note=(
                "Woke with a hot, red, swollen left big toe, exquisitely tender. Two "
                "previous gout attacks. No fever, walking."
            ),
        )
    )
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_guard_an_open_fingertip_fracture_is_still_washed_out(reason: Reason) -> None:
    """BSSH Hand Trauma Standards 2021; BOAST 4: an open tuft fracture is washed out,
    the nail bed repaired, a short oral antibiotic given (the ulcer exclusion does not
    reach an injury)."""
    out = reason(
        make_case(
            "finger injury",
            age=36,
            sex="M",
            vitals=vitals(84, 130, 80, 14, 99, 36.8),
            one_liner="36M crushed fingertip in a car door",
            ed_note=(
                "Crushed his right middle fingertip in a car door: the fingertip is "
                "split with bone visible and an x-ray shows a tuft fracture."
            ),
        )
    )
    assert O.ordered(out, r"nail-bed repair|washout"), O.orders(out)


def test_co_from_a_gas_boiler_is_coded_from_utility_gas(reason: Reason) -> None:
    """ICD-10-CM FY2024 T58.1-: carbon monoxide from utility gas (a gas boiler); the
    source codes the toxic effect. A condemned gas boiler's poisoning was T58.91XA,
    source unspecified."""
    out = reason(
        make_case(
            "headache",
            age=39,
            sex="M",
            vitals=vitals(90, 130, 80, 16, 98, 36.8),
            one_liner="39M headaches at home, gas boiler leaking",
            ed_note=(
                "Two weeks of headaches and nausea at home, better at work. The gas "
                "boiler was found leaking carbon monoxide by an engineer today. COHb "
                "12%."
            ),
        )
    )
    assert _code(out) == "T58.11XA", _code(out)


def test_car_exhaust_taken_to_die_is_coded_as_self_harm(reason: Reason) -> None:
    """ICD-10-CM FY2024 T58.02XA; Official Guidelines I.C.19.e.5.b: a self-harm intent
    the record states is coded; motor vehicle exhaust is the source."""
    out = reason(
        make_case(
            "found collapsed",
            age=45,
            sex="M",
            vitals=vitals(110, 100, 60, 20, 96, 36.8),
            one_liner="45M found in his car in a closed garage",
            ed_note=(
                "Found in his car in a closed garage with the car engine running, a "
                "note left saying he wanted to die. Drowsy. COHb 28%."
            ),
        )
    )
    assert _code(out) == "T58.02XA", _code(out)


def test_guard_co_without_a_named_source_keeps_the_unspecified_code(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 T58.9-: the source not documented."""
    out = reason(
        make_case(
            "headache",
            age=30,
            sex="F",
            vitals=vitals(88, 124, 78, 16, 98, 36.8),
            one_liner="30F headache, CO alarm went off at home",
            ed_note=(
                "The carbon monoxide alarm went off at home this morning. Headache and "
                "nausea. COHb 11%."
            ),
        )
    )
    assert _code(out) == "T58.91XA", _code(out)

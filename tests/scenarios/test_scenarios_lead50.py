"""lead50 (session 50): the eye, the ear and the mouth: an angle closure's hard eye, a
GCA's blurred vision, a mastoiditis by its swelling behind the ear, Ludwig's angina by
its raised floor of the mouth, an ACE-inhibitor angioedema that is no oral cancer.

Written from the sources named in each docstring, never from rows of the shared data:
- AAO Preferred Practice Pattern: primary angle-closure disease 2020; EGS 2020;
- Mackie SL et al. BSR 2020 giant cell arteritis guideline; Maz M et al. ACR/VF 2021;
- Lieberthal AS et al. AAP 2013 acute otitis media (mastoiditis); Cohen-Kerem R et al.
  Laryngoscope 2008;118:1593;
- Bridwell R et al. Am J Emerg Med 2021;49:1; Tintinalli 9th ed. ch. 246 (Ludwig
  angina);
- NICE NG12 2015 1.8 (oral cancer referral); Bernstein JA et al. AAAAI/ACAAI 2014 and
  Maurer M et al. WAO/EAACI 2022 (ACE-inhibitor angioedema).

Each target scenario failed on main 55c14d0b before its fix (the frostnip too: no
frostbite entry, the stages abstained); each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_an_angle_closure_with_a_rock_hard_eye_gets_no_lumbar_puncture(
    reason: Reason,
) -> None:
    """AAO PPP 2020: eye pain with haloes and vomiting, a hazy cornea, a fixed
    mid-dilated pupil and an eye rock hard to palpation is an acute angle closure: its
    headache and vomiting are the attack's, and no CT head or lumbar puncture is
    ordered for a subarachnoid haemorrhage."""
    out = reason(
        make_case(
            "EYE PAIN",
            age=68,
            sex="F",
            vitals=vitals(96, 168, 94, 18, 98),
            one_liner="68F sudden severe right eye pain, blurred vision with haloes "
            "around lights, headache and vomiting since watching TV in the dark",
            ed_note="Right eye red, cornea hazy, pupil mid-dilated and fixed, eye rock "
            "hard to palpation. Visual acuity right 6/60, left 6/9.",
        )
    )
    assert out.final.icd10 == "H40.219", out.final
    assert O.ordered(out, "acetazolamide"), O.order_names(out)
    assert not O.ordered(out, "lumbar puncture"), O.order_names(out)
    assert not O.ordered(out, "ct head"), O.order_names(out)


def test_gca_with_vision_blurred_gets_iv_methylprednisolone_and_a_bed(
    reason: Reason,
) -> None:
    """BSR 2020: suspected GCA with visual symptoms gets IV methylprednisolone at once
    and same-day ophthalmology, in hospital ("vision blurred" is a visual symptom)."""
    out = reason(
        make_case(
            "HEADACHE",
            age=72,
            sex="F",
            vitals=vitals(88, 152, 84, 16, 98, 37.4),
            one_liner="72F new headache over right temple 2 weeks, pain chewing, scalp "
            "tender combing hair, vision blurred in right eye this morning",
            ed_note="Tender non-pulsatile right temporal artery. ESR pending.",
        )
    )
    assert O.medication_ordered(out, "methylprednisolone"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out)


def test_gca_without_visual_symptoms_keeps_oral_prednisolone(reason: Reason) -> None:
    """Guard (BSR 2020): without a visual symptom the dose is oral prednisolone 40-60
    mg; "no visual symptoms" is not read as blurred vision."""
    out = reason(
        make_case(
            "HEADACHE",
            age=72,
            sex="F",
            vitals=vitals(84, 148, 82, 16, 98),
            one_liner="72F new headache over right temple 2 weeks, pain chewing, scalp "
            "tender combing hair, no visual symptoms",
            ed_note="Tender right temporal artery. ESR 78.",
        )
    )
    assert not O.medication_ordered(out, "methylprednisolone"), O.order_names(out)
    assert O.medication_ordered(out, "predniso"), O.order_names(out)


def test_a_fluctuant_swelling_pushing_the_ear_forward_is_mastoiditis(
    reason: Reason,
) -> None:
    """AAP 2013: a child's otitis with a red, tender, fluctuant swelling behind the ear
    pushing the pinna forward is acute mastoiditis: IV antibiotics, imaging and ENT on a
    ward, not a skin abscess's incision and TMP-SMX on an observation bed."""
    out = reason(
        make_case(
            "EAR PAIN",
            age=8,
            sex="M",
            vitals=vitals(110, 104, 62, 22, 99, 38.8),
            one_liner="8M left ear pain 5 days on amoxicillin, now swelling behind the "
            "ear pushing the ear forward",
            ed_note="Red tender fluctuant swelling over left mastoid, pinna "
            "protruding.",
        )
    )
    assert out.final.icd10 == "H70.009", out.final
    assert O.dispo(out) == "Admit", O.disposition(out)
    assert not O.ordered(out, "tmp-smx"), O.order_names(out)
    assert not O.ordered(out, "incision and drainage"), O.order_names(out)


def test_a_raised_floor_of_the_mouth_with_trismus_and_fever_is_ludwig_angina(
    reason: Reason,
) -> None:
    """Bridwell 2021; Tintinalli ch. 246: a molar's toothache, then a firm floor of the
    mouth with the tongue elevated, trismus and fever is Ludwig angina (K12.2), worked
    with the airway team in an ICU bed, not coded as dental pain."""
    out = reason(
        make_case(
            "DENTAL PAIN",
            age=31,
            sex="M",
            vitals=vitals(104, 132, 82, 18, 98, 38.4),
            one_liner="31M toothache lower left molar 4 days, now swelling under the "
            "jaw and difficulty opening mouth, painful to swallow",
            ed_note="Firm swelling of the floor of mouth, tongue elevated. Trismus 1 "
            "cm.",
        )
    )
    assert out.final.icd10 == "K12.2", out.final
    assert O.ordered(out, "airway"), O.order_names(out)


def test_lips_and_tongue_swollen_since_waking_on_ramipril_are_no_oral_cancer(
    reason: Reason,
) -> None:
    """NICE NG12 1.8 refers a persisting lump or ulcer of the mouth; a swelling of the
    lips and tongue since waking in a woman who started ramipril 3 months ago is an
    ACE-inhibitor angioedema (AAAAI/ACAAI 2014): the drug stopped, the airway watched,
    no suspected-cancer referral."""
    out = reason(
        make_case(
            "FACIAL SWELLING",
            age=62,
            sex="F",
            vitals=vitals(88, 148, 86, 18, 98),
            one_liner="62F swelling of lips and tongue since waking, started ramipril "
            "3 months ago, no rash, no itch",
            ed_note="Tongue swollen, voice normal, no stridor. No urticaria. No new "
            "foods.",
        )
    )
    assert not O.ordered(out, "suspected-cancer", "biopsy"), O.order_names(out)
    assert O.ordered(out, "ace inhibitor"), O.order_names(out)


def test_a_tongue_ulcer_for_six_weeks_keeps_its_cancer_referral(reason: Reason) -> None:
    """Guard (NICE NG12 1.8.1): an unexplained ulcer of the tongue for 6 weeks is
    referred on the suspected-cancer pathway."""
    out = reason(
        make_case(
            "MOUTH PROBLEM",
            age=64,
            sex="M",
            vitals=vitals(78, 138, 84, 14, 98),
            one_liner="64M smoker, painless ulcer on the side of his tongue for 6 "
            "weeks, not healing",
            ed_note="Indurated 1.5 cm ulcer on the left lateral tongue. No trauma.",
        )
    )
    assert O.ordered(out, "suspected-cancer"), O.order_names(out)


def test_deep_frostbite_is_rewarmed_and_referred_for_thrombolysis(
    reason: Reason,
) -> None:
    """McIntosh SE et al. WMS 2019: fingers white, hard and insensate after a night
    outside at -10 C, blistering with blood once warmed, are deep frostbite: rapid
    rewarming in 37-39 C water, analgesia, a burns or frostbite centre for imaging and
    thrombolysis within 24 h, admitted; not an abstention with no order."""
    out = reason(
        make_case(
            "FROSTBITE",
            age=48,
            sex="M",
            vitals=vitals(92, 128, 78, 16, 98, 35.9),
            one_liner="48M homeless, found outside overnight in -10 C, fingers white "
            "and numb",
            ed_note="Fingers white, hard, insensate; core 35.9. Hands rewarmed in ED "
            "show haemorrhagic blisters.",
        )
    )
    assert out.final.icd10 == "T34.90XA", out.final
    assert O.ordered(out, "rewarming"), O.order_names(out)
    assert O.ordered(out, "thrombolysis", "iloprost"), O.order_names(out)
    assert O.dispo(out) == "Admit", O.disposition(out)
    assert not O.ordered(out, "debridement"), O.order_names(out)


def test_frostnip_that_rewarms_goes_home(reason: Reason) -> None:
    """WMS 2019: a frostnip of the cheeks after a ski day that rewarms fully,
    with a normal core temperature, is superficial: rewarmed and sent home."""
    out = reason(
        make_case(
            "FROSTBITE",
            age=26,
            sex="F",
            vitals=vitals(84, 122, 76, 14, 99, 36.6),
            one_liner="26F frostnip of both cheeks after skiing in the wind, tingling",
            ed_note="Cheeks pink after rewarming, soft, sensation normal, no blisters.",
        )
    )
    assert out.final.icd10 == "T33.90XA", out.final
    assert O.dispo(out) == "Discharge", O.disposition(out)


def test_a_socket_bleeding_on_warfarin_gets_local_haemostasis_not_reversal(
    reason: Reason,
) -> None:
    """SDCEP 2022: a tooth socket bleeding after an extraction in a woman on warfarin
    for a mechanical valve is packed and sutured with tranexamic acid and her INR
    checked; her warfarin is not reversed with PCC or vitamin K for a bleed local
    measures control (a valve thrombosis risk)."""
    out = reason(
        make_case(
            "DENTAL PAIN",
            age=42,
            sex="F",
            vitals=vitals(86, 146, 88, 16, 99),
            one_liner="42F bleeding from a tooth socket since extraction this morning, "
            "on warfarin for a mechanical valve",
            ed_note="Oozing from lower right socket, clot not holding. INR 3.4 "
            "yesterday.",
        )
    )
    assert out.final.icd10 == "K91.840", out.final
    assert O.ordered(out, "haemostasis", "suture"), O.order_names(out)
    assert O.ordered(out, "inr"), O.order_names(out)
    assert not O.ordered(out, "pcc", "prothrombin complex", "vitamin k"), O.order_names(
        out
    )


def test_a_knocked_out_tooth_with_a_bleeding_socket_stays_an_avulsion(
    reason: Reason,
) -> None:
    """Guard (IADT 2020): a permanent incisor knocked out 20 minutes ago, kept in milk,
    its socket bleeding, is an avulsion to replant, not a post-extraction bleed."""
    out = reason(
        make_case(
            "DENTAL INJURY",
            age=14,
            sex="M",
            vitals=vitals(92, 122, 72, 16, 99),
            one_liner="14M knocked out a front tooth playing hockey 20 minutes ago, "
            "brought the tooth in milk",
            ed_note="Upper left central incisor avulsed, socket bleeding. Tooth "
            "intact.",
        )
    )
    assert out.final.icd10 == "S03.2XXA", out.final
    assert O.ordered(out, "replant"), O.order_names(out)

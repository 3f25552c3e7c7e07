"""Minor forms of named complaints, wrong matches, an ongoing deficit (complaint30).

Sources: ESI v4 Implementation Handbook (Gilboy N et al. AHRQ 2012/2020), ch.5 and Table
5-1: resources are predicted from what a typical patient with this presentation needs;
removing a skin foreign body is a simple procedure (one resource), an immunisation is
none. A fish hook in a finger is a skin foreign body (CEDIS v2 "foreign body, skin";
Gammons MG, Jackson E. Fishhook removal. Am Fam Physician 2001;63:2231), not a swallowed
one. A jellyfish sting is treated locally: rinse, remove tentacles, vinegar where box
jellyfish occur, hot-water immersion and oral analgesia (Ward NT et al. Evidence-based
treatment of jellyfish stings in North America and Hawaii. Ann Emerg Med
2012;60:399; AHA/ARC 2020 First Aid guidelines). A request for a vaccine names no
illness (CDC ACIP adult schedule). A focal deficit still present at the visit is a
stroke until proven otherwise, never a TIA (tissue definition: Easton JD et al. AHA/ASA
TIA statement. Stroke 2009;40:2276; Powers WJ et al. AHA/ASA 2019 acute ischaemic
stroke): the patient is admitted, not observed as a TIA. Each vignette is written for
this file from those sources, never from shared-file rows; properties, not strings.
"""

from __future__ import annotations

from tests.scenarios._orders import LYTIC, disposition, ordered, proposes, working
from tests.scenarios.conftest import Reason, make_case, vitals

# --- an ongoing deficit is a stroke, not a TIA ------------------------------------


def test_ongoing_droop_drift_and_aphasia_is_no_tia(reason: Reason) -> None:
    # Bell's palsy long ago is history; today's deficit has not resolved.
    out = reason(
        make_case(
            "FACIAL DROOP",
            age=61,
            sex="M",
            vitals=vitals(82, 158, 90, 16, 97, 36.7),
            one_liner="61M right face and arm weakness with word-finding difficulty",
            ed_note="61-year-old man who had a Bell's palsy on the left nine years "
            "ago. Since 07:45 today a droop of the right side of his mouth, drift of "
            "the right arm and difficulty finding words. Glucose 5.8. Not on "
            "anticoagulants.",
            case_id="complaint30-ongoing-deficit",
        )
    )
    assert "transient" not in working(out)
    assert not (out.final.icd10 or "").startswith("G45")
    assert out.final.disposition in ("Admit", "Transfer")
    assert ordered(out, "stroke team", "neurology")


def test_deficit_present_on_examination_is_no_tia(reason: Reason) -> None:
    out = reason(
        make_case(
            "WEAKNESS",
            age=74,
            sex="F",
            vitals=vitals(88, 170, 92, 18, 96, 36.8),
            one_liner="74F left arm weakness and slurred speech since waking",
            ed_note="74-year-old woman with left arm weakness and slurred speech since "
            "she woke at 06:00; the weakness persists on examination with a left "
            "pronator drift. Hypertensive.",
            case_id="complaint30-deficit-persists",
        )
    )
    assert "transient" not in working(out)
    assert out.final.disposition in ("Admit", "Transfer")


def test_resolved_deficit_stays_a_tia_without_lysis(reason: Reason) -> None:
    # Guard: a deficit that resolved is a TIA; no thrombolysis (AHA/ASA 2019 3.5).
    out = reason(
        make_case(
            "TIA",
            age=69,
            sex="M",
            vitals=vitals(74, 150, 84, 14, 98, 36.6),
            one_liner="69M 20 min right hand weakness and slurred speech, resolved",
            ed_note="69-year-old man had 20 minutes of right hand weakness and slurred "
            "speech at 10:00 that completely resolved. Neurological examination now "
            "normal. Diabetic.",
            case_id="complaint30-resolved-tia",
        )
    )
    assert proposes(out, "transient")
    assert not ordered(out, *LYTIC)


# --- minor forms of named complaints and wrong matches ----------------------------


def test_fish_hook_in_a_finger_is_no_swallowed_foreign_body(reason: Reason) -> None:
    # A skin foreign body: removal is a simple procedure, then home (Table 5-1).
    out = reason(
        make_case(
            "FISH HOOK IN FINGER",
            age=38,
            sex="F",
            vitals=vitals(76, 126, 78, 14, 99, 36.7),
            one_liner="38F fishing hook embedded in the index finger",
            ed_note="38-year-old woman caught a fishing hook in the pad of her right "
            "index finger this afternoon; the barb is buried. Finger moves and feels "
            "normal. Tetanus booster four years ago.",
            case_id="complaint30-fish-hook",
        )
    )
    assert not proposes(out, "esophagus", "stomach", "respiratory tract")
    assert disposition(out).disposition == "Discharge"
    assert not ordered(out, "radiographs neck", "chest and abdomen")
    assert (out.final.esi or 0) >= 4


def test_local_jellyfish_sting_goes_home_without_anaphylaxis_watch(
    reason: Reason,
) -> None:
    out = reason(
        make_case(
            "JELLYFISH STING",
            age=9,
            sex="M",
            vitals={"heart_rate": 98, "respiratory_rate": 20, "spo2": 99},
            one_liner="9M jellyfish sting on the forearm at the beach, local pain",
            ed_note="9-year-old boy stung by a jellyfish on his right forearm at the "
            "beach an hour ago: red welts and stinging pain on the forearm only. No "
            "hives elsewhere, no lip swelling, no wheeze, no vomiting. Playing.",
            case_id="complaint30-jellyfish",
        )
    )
    assert disposition(out).disposition == "Discharge"
    assert (out.final.esi or 0) >= 4
    assert proposes(out, "jellyfish")


def test_severe_jellyfish_reaction_still_gets_epinephrine(reason: Reason) -> None:
    # Guard: hypotension and wheeze after a sting are anaphylaxis (WAO 2020).
    out = reason(
        make_case(
            "JELLYFISH STING",
            age=33,
            sex="F",
            vitals=vitals(128, 82, 48, 26, 92, 36.9),
            one_liner="33F jellyfish sting, hives, wheeze, faint",
            ed_note="33-year-old woman stung by a jellyfish 15 minutes ago, now hives "
            "all over, swollen lips, wheezing and light-headed.",
            case_id="complaint30-jellyfish-anaphylaxis",
        )
    )
    assert (out.final.esi or 5) <= 2
    assert ordered(out, "epinephrine", "adrenaline")


def test_a_flu_shot_request_is_no_influenza(reason: Reason) -> None:
    out = reason(
        make_case(
            "IMMUNIZATION",
            age=58,
            sex="M",
            vitals=vitals(72, 132, 80, 14, 98, 36.6),
            one_liner="58M here with his wife, would like a flu shot",
            ed_note="58-year-old man accompanying his wife asks whether he can have "
            "his flu shot today. No fever, cough or other symptoms.",
            case_id="complaint30-flu-shot",
        )
    )
    assert not proposes(out, "influenza")
    assert not ordered(out, "influenza pcr", "pcr/antigen")


def test_sinus_headache_with_a_cold_is_treated_orally(reason: Reason) -> None:
    # AAO-HNS 2015 / IDSA 2012: uncomplicated sinusitis needs no test; ESI 5.
    out = reason(
        make_case(
            "HEADACHE",
            age=31,
            sex="M",
            vitals=vitals(74, 122, 76, 14, 99, 37.0),
            one_liner="31M sinus pressure headache during a cold for a week",
            ed_note="31-year-old man with a cold for a week and a pressure headache "
            "over his cheeks and forehead, worse bending forward, blocked nose. "
            "Gradual onset, mild.",
            case_id="complaint30-sinus-headache",
        )
    )
    assert (out.final.esi or 0) >= 4
    assert disposition(out).disposition == "Discharge"


def test_sinus_headache_with_fever_and_a_stiff_neck_keeps_its_work_up(
    reason: Reason,
) -> None:
    # Guard: fever and meningism are red flags (SNNOOP10; IDSA 2012).
    out = reason(
        make_case(
            "HEADACHE",
            age=27,
            sex="F",
            vitals=vitals(108, 118, 70, 20, 98, 39.1),
            one_liner="27F sinus headache, now fever and stiff neck",
            ed_note="27-year-old woman with a sinus headache for a week, since "
            "yesterday fever, a stiff neck and vomiting.",
            case_id="complaint30-sinus-red-flags",
        )
    )
    assert (out.final.esi or 5) <= 2
    assert ordered(out, "lumbar puncture")

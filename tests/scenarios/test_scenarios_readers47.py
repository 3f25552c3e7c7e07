"""readers47 (issue 10): a limb sign after a "no" item, a denial after "which", a tense
abdomen after the sentence on ascites, a retrograde amnesia in words, a drug's
indication days ago, the RLQ named after its pain, a haemoglobin below the transfusion
threshold, a carer-measured fever.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a modifier's scope ends at a
  new finding with its own assertion; historical mentions); Chapman WW et al. NegEx.
  J Biomed Inform 2001;34:301 (post-negations); Chapman BE et al. pyConText. J Biomed
  Inform 2011;44:728 (a drug's indication).
- NICE CG124 hip fracture (2011, updated 2023) 1.2.1: an older adult with hip pain or
  unable to bear weight after a fall has hip films before any discharge.
- Gulati M et al. AHA/ACC 2021 chest pain guideline 4.1.1; Byrne RA et al. ESC 2023
  ACS (aspirin for a suspected ACS).
- EASL 2018 decompensated cirrhosis (J Hepatol 2018;69:406), Aithal GP et al. BSG
  2021 ascites: grade 3 (tense) ascites is drained by a large-volume paracentesis.
- NICE NG232 2023 head injury 1.4.9: amnesia since the injury with more than 30
  minutes' retrograde amnesia: CT head within 8 h.
- Samuel M. Pediatric Appendicitis Score, J Pediatr Surg 2002;37:877; WSES 2020
  Jerusalem guidelines (migration to the RLQ, RLQ tenderness).
- NICE NG24 2015 blood transfusion 1.2.1 (restrictive threshold 70 g/L); Villanueva C
  et al. NEJM 2013;368:11 (upper GI bleeding).
- NICE NG143 2019 fever in under 5s (a parent-measured fever counts; under 3 months
  with a fever: red, blood culture).

Each scenario asserts safety properties; each target failed on main ce7da4a3 before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

import re

from agents.pathways import unconditional
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_HIP_FILM = (
    r"(?:hip|pelvi\w*)[^;]{0,30}(?:x-?rays?|radiographs?|films?)|"
    r"(?:x-?rays?|radiographs?|films?)[^;]{0,30}(?:hip|pelvi\w*)"
)

# --- a limb sign after a "no" item is present (NegEx scope) ------------------------


def test_sore_hips_after_no_head_injury_get_hip_films(reason: Reason) -> None:
    """An 88-year-old slipped in the bathroom: "no head injury, sore hips, could not
    get up": the hips are sore (a new finding ends the "no" list: ConText), so a hip
    fracture is suspected and filmed before any discharge (NICE CG124 1.2.1)."""
    case = make_case(
        "FALL",
        age=88,
        sex="F",
        vitals=vitals(84, 146, 82, 16, 96, 36.6),
        ed_note="Slipped in the bathroom last night. No head injury, sore hips, could "
        "not get up off the floor without her neighbour.",
    )
    out = reason(case)
    assert O.ordered(out, _HIP_FILM), [o.name for o in O.orders(out)]


def test_guard_no_hip_pain_and_walking_gets_no_hip_films(reason: Reason) -> None:
    """Guard: "no head injury, no hip or groin pain, walking normally" after a trip at
    79: no hip fracture suspected (NICE CG124 asks for pain or no weight borne)."""
    case = make_case(
        "FALL",
        age=79,
        sex="M",
        vitals=vitals(76, 138, 80, 14, 97, 36.7),
        ed_note="Tripped on the kerb, landed on his hands. No head injury, no hip or "
        "groin pain, walking normally. Grazed palms.",
    )
    out = reason(case)
    assert not O.ordered(out, _HIP_FILM)


# --- a denial after a relative pronoun (NegEx post-negation) ----------------------


def test_a_pressure_which_did_not_reproduce_it_leaves_acs_worked(
    reason: Reason,
) -> None:
    """ "Pressing on the chest wall, which did not reproduce the pain": the denial
    after "which" is a post-negation (NegEx): a crushing pain with sweating stays a
    suspected ACS (ESC 2023: aspirin), never worked as chest wall pain, never home."""
    case = make_case(
        "CHEST PAIN",
        age=66,
        sex="M",
        vitals=vitals(94, 152, 92, 18, 96, 36.8),
        ed_note="Crushing central chest pain for 50 minutes with sweating and nausea. "
        "Pressing on the chest wall, which did not reproduce the pain. ECG: no ST "
        "elevation.",
    )
    out = reason(case)
    assert "chest wall" not in O.working(out)
    assert O.medication_ordered(out, "aspirin")
    assert O.dispo(out) != "Discharge"


# --- a tense abdomen after the sentence on ascites ---------------------------------


def test_a_tense_abdomen_after_the_ascites_sentence_is_drained(reason: Reason) -> None:
    """ "Known cirrhosis with ascites, on spironolactone. Abdomen tense, short of
    breath lying flat.": the examination's sentence after the history's is tense
    ascites (EASL 2018 grade 3; BSG 2021): a large-volume paracentesis."""
    case = make_case(
        "ABDOMINAL DISTENSION",
        age=59,
        sex="M",
        vitals=vitals(88, 114, 70, 20, 96, 36.8),
        ed_note="Known cirrhosis with ascites, on spironolactone. Abdomen tense, "
        "short of breath lying flat. No fever, no confusion.",
    )
    out = reason(case)
    assert O.ordered(out, "large-volume paracentesis"), [o.name for o in O.orders(out)]


# --- a retrograde amnesia in words (NICE NG232 1.4.9) ------------------------------


def test_no_memory_of_the_45_minutes_before_the_blow_gets_a_ct(reason: Reason) -> None:
    """ "No loss of consciousness but no memory of the 45 minutes before the blow":
    more than 30 minutes' retrograde amnesia with amnesia since the injury: CT head
    within 8 h (NICE NG232 1.4.9), not home without a scan."""
    case = make_case(
        "HEAD INJURY",
        age=31,
        sex="F",
        vitals=vitals(80, 124, 76, 14, 99, 36.7),
        ed_note="Struck her head on a low beam. No loss of consciousness but no "
        "memory of the 45 minutes before the blow. GCS 15, no vomiting, no "
        "neurological deficit.",
    )
    out = reason(case)
    assert O.ordered(out, r"\bct\b[^;]{0,20}head|head[^;]{0,20}\bct\b")


def test_guard_a_few_minutes_of_amnesia_gets_no_ct(reason: Reason) -> None:
    """Guard: "cannot remember the 5 minutes before the fall" at 30, GCS 15, nothing
    else: no NICE NG232 criterion (retrograde amnesia under 30 min, under 65): no CT."""
    case = make_case(
        "HEAD INJURY",
        age=30,
        sex="M",
        vitals=vitals(78, 126, 78, 14, 99, 36.7),
        ed_note="Slipped on ice, hit the back of his head. No loss of consciousness, "
        "cannot remember the 5 minutes before the fall. GCS 15, no vomiting, no "
        "neurological deficit.",
    )
    out = reason(case)
    assert not O.ordered(out, r"\bct\b[^;]{0,20}head|head[^;]{0,20}\bct\b")


# --- a drug's indication days ago is no symptom of today ---------------------------


def test_an_old_antiemetic_s_nausea_is_no_prodrome_of_an_exertional_faint(
    reason: Reason,
) -> None:
    """A 71-year-old blacked out climbing the stairs, no warning; "was prescribed
    metoclopramide for nausea three days ago": the nausea is the drug's indication,
    days before (pyConText INDICATION; ConText historical), no prodrome: an exertional
    syncope without prodrome is high risk, never labelled vasovagal (ESC 2018 syncope,
    Table 5)."""
    case = make_case(
        "SYNCOPE",
        age=71,
        sex="M",
        vitals=vitals(72, 134, 80, 16, 97, 36.7),
        ed_note="Blacked out while climbing the stairs, no warning. Was prescribed "
        "metoclopramide for nausea three days ago. Back to himself within a minute. "
        "ECG: sinus rhythm.",
    )
    out = reason(case)
    assert "vasovagal" not in O.working(out), O.working(out)
    assert O.dispo(out) != "Discharge"


# --- the right lower quadrant named after the pain (peds47) ------------------------


def test_pain_now_in_the_right_lower_quadrant_is_worked_as_appendicitis(
    reason: Reason,
) -> None:
    """A 12-year-old: central pain since yesterday "now in the right lower quadrant",
    anorexia, "tender with guarding in the right iliac fossa": migration to the RLQ
    and RLQ tenderness are the Alvarado / Pediatric Appendicitis Score items (Samuel
    M. J Pediatr Surg 2002; WSES 2020): appendicitis is the working diagnosis and a
    surgeon sees the child."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=12,
        sex="M",
        vitals=vitals(104, 112, 68, 20, 99, 37.8),
        ed_note="Central tummy ache since yesterday afternoon, the pain now in the "
        "right lower quadrant, off his food, vomited once. Tender with guarding in "
        "the right iliac fossa.",
    )
    out = reason(case)
    assert "appendic" in O.working(out), O.working(out)
    assert O.ordered(out, r"surg")


# --- a haemoglobin below the threshold makes the transfusion an order ---------------


def _transfused_now(out: object) -> bool:
    """A red-cell order whose clauses act now ("if Hb < 7" is no transfusion)."""
    return any(
        re.search(r"transfus|red cells", unconditional(o.name), re.IGNORECASE)
        for o in O.orders(out)  # type: ignore[arg-type]
    )


def test_melaena_with_an_hb_of_6_4_is_transfused_now(reason: Reason) -> None:
    """Melaena for two days on ibuprofen, "Hb 6.4 g/dL (11.5-16.5)": below the
    restrictive threshold of 70 g/L (NICE NG24 1.2.1; Villanueva NEJM 2013 for upper
    GI bleeding): the transfusion is ordered, not left "if Hb < 7 g/dL"."""
    case = make_case(
        "BLACK STOOLS",
        age=70,
        sex="F",
        vitals=vitals(96, 118, 70, 18, 97, 36.6),
        ed_note="Black tarry stools for two days, taking ibuprofen for knee pain. "
        "Dizzy on standing. Hb 6.4 g/dL (11.5-16.5).",
    )
    out = reason(case)
    assert _transfused_now(out), [o.name for o in O.orders(out)]


def test_guard_melaena_with_an_hb_of_9_is_not_transfused(reason: Reason) -> None:
    """Guard: the same bleed with Hb 9.1 g/dL and normal vital signs: above the
    threshold (NICE NG24 1.2.1): no transfusion now."""
    case = make_case(
        "BLACK STOOLS",
        age=70,
        sex="F",
        vitals=vitals(84, 132, 78, 16, 98, 36.6),
        ed_note="Black tarry stools for two days, taking ibuprofen for knee pain. "
        "Hb 9.1 g/dL (11.5-16.5).",
    )
    out = reason(case)
    assert not _transfused_now(out), [o.name for o in O.orders(out)]


# --- a carer-measured fever without the word "temperature" (NICE NG143) ------------


def test_a_mother_measured_fever_in_a_7_week_old_gets_blood_cultures(
    reason: Reason,
) -> None:
    """A 7-week-old feeding less; "Mum measured 38.5 at home this morning", afebrile in
    the department: a parent-measured fever counts (NICE NG143 2019 1.2.1.1) and a
    fever under 3 months is red (1.2.1.5: blood culture among the tests); the value
    is read though the word "temperature" is missing."""
    case = make_case(
        "POOR FEEDING",
        age=0,
        sex="F",
        vitals=vitals(158, 82, 50, 40, 98, 37.0),
        ed_note="7 weeks old, feeding less since yesterday. Mum measured 38.5 at home "
        "this morning. Afebrile in the department.",
    )
    out = reason(case)
    assert O.ordered(out, r"blood cultures?"), [o.name for o in O.orders(out)]

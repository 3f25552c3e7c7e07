"""readers48 (issue 10): a bare rigidity placed by its site, a stated ECG and a reported
abdominal CT read as done, a stopped drug that is no analgesic given, the PCI centre
and a pain maximal at onset read where they belong, a witnessed seizure's tongue bite,
"CP" read as chest pain.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- Harkema H et al. ConText. J Biomed Inform 2009;42:839 (a mention's sense is its
  context's); Chapman WW et al. NegEx. J Biomed Inform 2001;34:301.
- Gurrera RJ et al. NMS consensus criteria. J Clin Psychiatry 2011;72:1222 (rigidity is
  a criterion); Dunkley EJ et al. Hunter serotonin toxicity criteria. QJM 2003;96:635.
- McGee S. Evidence-based physical diagnosis (rigidity of the abdomen, peritonitis).

Each scenario asserts safety properties; each target failed on main bb189f0d before
its fix, except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ABDOMINAL_WORK_UP = (
    r"ct abdomen",
    r"ct (?:of the )?abd",
    r"upright chest",
    "laparotomy",
)

# --- a bare rigidity is the muscles' outside an abdominal examination ----------------


def test_rigidity_after_a_new_antipsychotic_is_worked_as_nms(reason: Reason) -> None:
    """A 45-year-old whose olanzapine was doubled last week: 39.4 °C, drowsy, sweating,
    "marked rigidity", CK 6200. The rigidity is the muscles' (Gurrera 2011 criterion),
    so the neuroleptic malignant syndrome is worked: the antipsychotic stopped, no
    abdominal CT for a "guarding" the abdomen never had."""
    case = make_case(
        "FEVER",
        age=45,
        sex="M",
        vitals=vitals(122, 164, 94, 22, 96, 39.4),
        ed_note="Olanzapine dose doubled last week. Drowsy and mute, sweating, marked "
        "rigidity. CK 6200. Abdomen soft.",
    )
    out = reason(case)
    assert "neuroleptic" in O.working(out), O.working(out)
    assert O.ordered(out, "stop the antipsychotic")
    assert not O.ordered(out, *_ABDOMINAL_WORK_UP), [o.name for o in O.orders(out)]


def test_rigidity_with_clonus_on_two_serotonergic_drugs_gets_no_abdominal_ct(
    reason: Reason,
) -> None:
    """Fluoxetine with linezolid started 3 days ago: agitated, sweating, 38.8 °C,
    ocular clonus, brisk reflexes and rigidity. Severe serotonin toxicity (Hunter):
    the serotonergic drugs stopped, a benzodiazepine, no CT abdomen or empirical
    antibiotics for a surgical abdomen the rigidity was read as."""
    case = make_case(
        "AGITATION",
        age=52,
        sex="F",
        vitals=vitals(126, 160, 90, 22, 97, 38.8),
        ed_note="On fluoxetine; linezolid started 3 days ago for a wound infection. "
        "Agitated and sweating. Ocular clonus, brisk reflexes, rigidity.",
    )
    out = reason(case)
    assert "serotonin" in O.working(out), O.working(out)
    assert not O.ordered(out, *_ABDOMINAL_WORK_UP), [o.name for o in O.orders(out)]


def test_guard_rigidity_after_the_abdominal_examination_stays_a_surgical_abdomen(
    reason: Reason,
) -> None:
    """Guard: sudden epigastric pain on NSAIDs, "Abdomen tender throughout. Rigidity
    and absent bowel sounds.": the abdomen's rigidity (the examination's next
    sentence), a perforated viscus worked up with imaging."""
    case = make_case(
        "ABDOMINAL PAIN",
        age=67,
        sex="M",
        vitals=vitals(118, 104, 66, 24, 96, 37.6),
        ed_note="Sudden severe epigastric pain 3 hours ago, takes naproxen. Abdomen "
        "tender throughout. Rigidity and absent bowel sounds.",
    )
    out = reason(case)
    assert O.ordered(out, *_ABDOMINAL_WORK_UP), [o.name for o in O.orders(out)]


# --- a stated ECG and a reported abdominal CT are done (medgi47's request) -----------


def test_an_ecg_stated_with_its_reading_is_not_ordered_again(reason: Reason) -> None:
    """A 61-year-old with 90 minutes of central chest heaviness: "ECG: sinus rhythm
    at 78, no ST deviation" is the ECG done (AHA/ACC 2021 4.1.1: within 10 minutes);
    it is read, not ordered again, and the ACS work-up (troponins, aspirin) goes on."""
    case = make_case(
        "CHEST PAIN",
        age=61,
        sex="F",
        vitals=vitals(78, 150, 88, 16, 98, 36.7),
        ed_note="Central chest heaviness for 90 minutes, radiating to the jaw. "
        "Hypertensive, diabetic. ECG: sinus rhythm at 78, no ST deviation.",
    )
    out = reason(case)
    assert not O.ordered(out, r"^(?:12-lead )?ecg\b"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "troponin")
    assert O.medication_ordered(out, "aspirin")


def test_guard_an_ecg_still_to_be_done_is_ordered(reason: Reason) -> None:
    """Guard: "ECG to be done" is a plan, not a result: the ECG is ordered."""
    case = make_case(
        "CHEST PAIN",
        age=61,
        sex="F",
        vitals=vitals(78, 150, 88, 16, 98, 36.7),
        ed_note="Central chest heaviness for 90 minutes, radiating to the jaw. "
        "Hypertensive, diabetic. ECG to be done.",
    )
    out = reason(case)
    assert O.ordered(out, "ecg")


def test_a_reported_ct_showing_a_transition_point_is_not_repeated(
    reason: Reason,
) -> None:
    """A 74-year-old with an old appendicectomy, faeculent vomiting and a distended
    tympanic abdomen; "CT: dilated small bowel loops and a transition point in the
    lower abdomen" (no region named) is the abdominal CT done: adhesional small-bowel
    obstruction is managed (drip and suck, surgeons) without a second contrast CT
    (ACR 2020 suspected SBO; WSES 2017 Bologna)."""
    case = make_case(
        "VOMITING",
        age=74,
        sex="M",
        vitals=vitals(106, 126, 76, 20, 96, 37.1),
        ed_note="Appendicectomy aged 30. Vomiting for a day, now faeculent, no flatus "
        "since yesterday. Abdomen distended and tympanic. CT: dilated small bowel "
        "loops and a transition point in the lower abdomen.",
    )
    out = reason(case)
    assert not O.ordered(out, r"\bct (?:of the )?abd"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "nasogastric")


# --- an order that stops or forbids a drug gives no analgesic (medgi47's request) -----


def test_stopping_the_nsaid_still_treats_the_pain(reason: Reason) -> None:
    """A 58-year-old on naproxen for gout with burning epigastric pain rated 8/10 and
    no bleeding: the NSAID is stopped (NICE CG184), and the pain is still treated
    (ACEP 2017: documented pain is treated now): "stop the NSAID" is no analgesic."""
    case = make_case(
        "EPIGASTRIC PAIN",
        age=58,
        sex="M",
        vitals=vitals(88, 138, 84, 16, 98, 36.9),
        ed_note="Naproxen for gout for 2 weeks. Burning epigastric pain for 4 days, "
        "pain 8/10. No haematemesis, no melaena. Abdomen soft, epigastric tenderness.",
    )
    out = reason(case)
    # an order naming the analgesic first, not the aside of the NSAID's stop order
    assert O.medication_ordered(
        out, r"^(?:iv |oral )?(?:paracetamol|acetaminophen|morphine)"
    ), [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "ibuprofen", "ketorolac", "naproxen")


def test_guard_acute_severe_colitis_in_severe_pain_gets_no_opioid(
    reason: Reason,
) -> None:
    """Guard: acute severe ulcerative colitis with cramping pain 9/10: the plan's "no
    opioids, antidiarrhoeals, anticholinergics or NSAIDs" stands (BSG 2019: they can
    precipitate toxic megacolon); no opioid is added for the pain."""
    case = make_case(
        "BLOODY DIARRHOEA",
        age=29,
        sex="F",
        vitals=vitals(112, 110, 68, 18, 98, 37.9),
        ed_note="29-year-old woman with ulcerative colitis. Ten bloody stools a day "
        "for a week. Cramping "
        "abdominal pain 9/10. CRP 88. Acute severe ulcerative colitis by Truelove and "
        "Witts.",
    )
    out = reason(case)
    assert not O.medication_ordered(
        out, "morphine", "fentanyl", "oxycodone", "codeine", "tramadol"
    ), [o.name for o in O.orders(out)]


# --- a bitten tongue and a "witnessed fit" are a seizure's (Sheldon 2002) ----------


def test_a_witnessed_fit_with_a_bitten_tongue_is_worked_as_a_seizure(
    reason: Reason,
) -> None:
    """A 19-year-old brought from college: her friend "saw a fit in the lecture hall",
    she bit her tongue and was muddled after. A bitten tongue and a witnessed fit are a
    seizure's (Sheldon R et al. JACC 2002;40:142; ACEP 2014 seizure policy: the
    witness history makes the diagnosis), not a vasovagal faint."""
    case = make_case(
        "COLLAPSE",
        age=19,
        sex="F",
        vitals=vitals(98, 122, 74, 16, 98, 36.9),
        one_liner="19F witnessed fit",
        ed_note="Friend says she was shaking on the floor of the lecture hall for 2 "
        "minutes and bit her tongue, muddled for half an hour after. No previous "
        "episodes. Now alert.",
    )
    out = reason(case)
    assert "vasovagal" not in O.working(out), O.working(out)
    assert any(w in O.working(out) for w in ("seizure", "convulsion", "epilep"))


# --- "CP" is the notes' chest pain -------------------------------------------------


def test_cp_written_for_chest_pain_gets_an_ecg(reason: Reason) -> None:
    """A 71-year-old under a breathlessness complaint, "c/o CP and SOB since lunch.
    CP central, heavy": the abbreviation is an acute chest pain, which gets a 12-lead
    ECG read within 10 minutes (AHA/ACC 2021 chest pain 2.1.1, class 1)."""
    case = make_case(
        "SHORTNESS OF BREATH",
        age=71,
        sex="F",
        vitals=vitals(104, 152, 90, 22, 94, 36.8),
        ed_note="c/o CP and SOB since lunch. CP central, heavy. Ex-smoker.",
    )
    out = reason(case)
    assert O.ordered(out, "ecg"), [o.name for o in O.orders(out)]

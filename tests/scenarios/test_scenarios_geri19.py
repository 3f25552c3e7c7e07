"""geri19 (issue 10): older adults and vascular / abdominal catastrophes.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Bjorck M et al. ESVS 2020 clinical practice guidelines on the management of acute
  limb ischaemia, Eur J Vasc Endovasc Surg 2020;59:173 (recs 7-9: a clinical
  diagnosis from the pale, cold, pulseless limb; heparin at once; vascular surgery);
  Rutherford RB et al. J Vasc Surg 1997;26:517 (absent arterial Doppler signal);
- Bjorck M et al. ESVS 2017 mesenteric arterial and venous disease, Eur J Vasc
  Endovasc Surg 2017;53:460, and Bala M et al. WSES 2022 acute mesenteric ischaemia,
  World J Emerg Surg 2022;17:54 (suspected AMI: CT angiography and heparin now);
- Ten Broek RPG et al. Bologna guidelines for adhesive small bowel obstruction 2017,
  World J Emerg Surg 2018;13:24, and Vogel JD et al. ASCRS 2021 colonic volvulus and
  acute colonic pseudo-obstruction, Dis Colon Rectum 2021;64:1046 (no flatus with
  vomiting and distension is an obstruction until imaged); Chapman WW et al. NegEx,
  J Biomed Inform 2001;34:301 (a negation's scope ends at a new statement).

Each scenario asserts safety properties and failed on main before its fix, unless
named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _ledger(out: ReasoningOutput) -> list[tuple[str, str]]:
    return [(e.diagnosis.lower(), e.status) for e in out.final.ledger]


def test_pale_pulseless_foot_in_examiner_words_is_limb_ischaemia(
    reason: Reason,
) -> None:
    """A 71-year-old with claudication and sudden pain in the left leg: the foot is
    pale and cold, the foot pulses are gone and the Doppler is silent at the ankle.
    That is acute limb ischaemia (ESVS 2020): heparin and an emergent vascular
    surgeon, not a musculoskeletal work-up, and never home."""
    out = reason(
        make_case(
            "leg pain",
            age=71,
            sex="M",
            vitals=vitals(94, 158, 86, 18, 96),
            ed_note="71 yo man, ex-smoker with intermittent claudication of both "
            "calves. Two hours ago sudden agonising pain in the L calf and foot "
            "while watching TV, now pins and needles in the toes. Exam: L foot "
            "white, mottled up to the ankle, no DP/PT pulse on the left, femoral "
            "pulse present, handheld Doppler: no arterial signal at the ankle. "
            "Sensation reduced over the dorsum of the foot, can wiggle toes. R foot "
            "warm with weak pulses.",
        )
    )
    ledger = _ledger(out)
    assert any("limb ischaemia" in d and s != "ruled_out" for d, s in ledger), ledger
    assert "limb ischaemia" in (out.final.diagnosis_name or "").lower(), (
        out.final.diagnosis_name
    )
    assert O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vascular"), [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge"


def test_white_arm_with_absent_brachial_pulse_is_arterial_embolism(
    reason: Reason,
) -> None:
    """An 83-year-old with atrial fibrillation whose right arm suddenly went numb and
    painful: the arm is white and cold with no brachial or radial pulse on that side.
    An upper-limb embolus is treated as acute limb ischaemia (ESVS 2020: heparin,
    vascular surgery)."""
    out = reason(
        make_case(
            "arm pain",
            age=83,
            sex="F",
            vitals=vitals(88, 146, 80, 16, 97),
            ed_note="83F, AF on no anticoagulant (falls). Sudden onset of pain and "
            "numbness of the right arm at breakfast. Right forearm white and cold, no "
            "right brachial or radial pulse, grip weak. Left arm normal. No injury.",
        )
    )
    assert O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vascular"), [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge"


def test_cold_mottled_legs_of_shock_are_not_limb_ischaemia(reason: Reason) -> None:
    """Guard: mottled, cold legs and feet on both sides in a febrile hypotensive
    patient are the skin of septic shock, not an arterial occlusion: no heparin
    for a limb (SSC 2021)."""
    out = reason(
        make_case(
            "fever",
            age=80,
            sex="M",
            vitals=vitals(124, 78, 44, 28, 92, 39.1),
            ed_note="80M from a care home, 2 days of cough and fever, now drowsy. "
            "Peripheries: cold mottled legs and feet bilaterally, capillary refill "
            "5 s. Crackles at the right base.",
        )
    )
    assert not any("limb ischaemia" in d and s == "ruled_in" for d, s in _ledger(out))
    assert not O.medication_ordered(out, "heparin 80 units"), [
        o.name for o in O.orders(out)
    ]


def test_suspected_mesenteric_ischaemia_is_heparinised_while_cta_is_arranged(
    reason: Reason,
) -> None:
    """A 76-year-old with atrial fibrillation off anticoagulation, sudden severe
    periumbilical pain for four hours and a lactate of 2.9: suspected acute mesenteric
    ischaemia. ESVS 2017 / WSES 2022: CT angiography now, a vascular surgeon, and
    unfractionated heparin at once unless contraindicated; the treatment threshold
    does not wait for the CT."""
    out = reason(
        make_case(
            "abdominal pain",
            age=76,
            sex="F",
            vitals=vitals(104, 142, 84, 20, 96),
            ed_note="76F, AF (apixaban stopped by her GP last month), hypertension. "
            "Sudden severe periumbilical pain at 4 pm, vomited once. Abdomen soft, "
            "no guarding or rebound, bowel sounds present. VBG: lactate 2.9 mmol/L. "
            "Creatinine 88.",
        )
    )
    assert O.medication_ordered(out, "heparin"), (
        [o.name for o in O.orders(out)],
        O.blocked_names(out),
    )
    assert O.ordered(out, "ct angiograph", "cta"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vascular"), [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge"


def test_severe_pain_with_a_soft_abdomen_in_af_raises_mesenteric_ischaemia(
    reason: Reason,
) -> None:
    """An 84-year-old with atrial fibrillation: abrupt 9/10 central abdominal pain
    with a loose stool, yet the abdomen is soft and only mildly tender. Severe pain
    with few signs is pain out of proportion, the early picture of acute mesenteric
    ischaemia (ESVS 2017; WSES 2022): it leads the differential over gastroenteritis,
    with CT angiography, heparin and a vascular surgeon."""
    out = reason(
        make_case(
            "abdominal pain",
            age=84,
            sex="M",
            vitals=vitals(96, 150, 88, 18, 97),
            ed_note="84 year old man with atrial fibrillation on no anticoagulant "
            "and ischaemic heart disease. Abrupt onset central abdominal pain 3 hours "
            "ago, pain score 9/10, one loose stool, no blood. On examination the "
            "abdomen is soft and only mildly tender centrally, no peritonism.",
        )
    )
    working = (O.treatment(out).working_diagnosis or "").lower()  # type: ignore[union-attr]
    assert "intestine" in working or "mesenteric" in working, working
    assert O.medication_ordered(out, "heparin"), (
        [o.name for o in O.orders(out)],
        O.blocked_names(out),
    )
    assert O.ordered(out, "ct angiograph", "cta"), [o.name for o in O.orders(out)]
    assert O.ordered(out, "vascular"), [o.name for o in O.orders(out)]


def test_gastroenteritis_with_a_soft_non_tender_abdomen_stays_benign(
    reason: Reason,
) -> None:
    """Guard: a 27-year-old with a day of vomiting and watery diarrhoea after a
    family meal, crampy mild pain, soft non-tender abdomen, no embolic source: no
    heparin and no CT angiography (IDSA 2017 infectious diarrhoea)."""
    out = reason(
        make_case(
            "vomiting and diarrhea",
            age=27,
            sex="F",
            vitals=vitals(92, 118, 72, 16, 99, 37.6),
            ed_note="27F, one day of vomiting and watery diarrhoea, her partner has "
            "the same after a takeaway meal. Crampy mild abdominal pain. Drinking "
            "sips. Abdomen soft, non-tender. Mucous membranes slightly dry.",
        )
    )
    assert not O.medication_ordered(out, "heparin"), [o.name for o in O.orders(out)]
    assert not O.ordered(out, "ct angiograph", "cta"), [o.name for o in O.orders(out)]


LAXATIVE = (
    "polyethylene glycol",
    "macrogol",
    "lactulose",
    "senna",
    "bisacodyl",
    "enema",
)


def test_obstipation_with_vomiting_and_distension_is_obstruction_not_constipation(
    reason: Reason,
) -> None:
    """A 79-year-old 'constipated' man who has passed no flatus since yesterday
    and now vomits dark fluid with a swollen, drum-like belly: absolute constipation
    with vomiting and distension is a bowel obstruction until imaged (Bologna 2017
    adhesive SBO; ASCRS 2021 large-bowel obstruction and volvulus): imaging and a
    surgeon, no laxative, never home."""
    out = reason(
        make_case(
            "constipation",
            age=79,
            sex="M",
            vitals=vitals(102, 134, 80, 20, 96),
            ed_note="79M, lives alone. No flatus since yesterday evening, vomiting "
            "dark green-brown fluid, belly swollen and drum-like to percuss, "
            "tinkling bowel sounds. Right hemicolectomy 2015.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert out.final.disposition != "Discharge", out.final.disposition
    assert not any(O.mentions(o, LAXATIVE) for o in O.orders(out)), names
    assert O.ordered(out, "ct abdomen", "general surgery"), names


def test_no_flatus_for_days_does_not_negate_the_vomiting_after_it(
    reason: Reason,
) -> None:
    """A negated item closed by its own duration ends the negation (NegEx/ConText
    scope, Chapman 2001): an 86-year-old who 'has not passed wind for 2 days' and
    is vomiting with a distended abdomen has vomiting and distension present, a
    bowel obstruction kept open."""
    out = reason(
        make_case(
            "vomiting",
            age=86,
            sex="F",
            vitals=vitals(98, 126, 74, 18, 96),
            ed_note="86F nursing home. Has not passed wind for 2 days, vomiting "
            "since this afternoon, abdomen distended and tympanic, not tender.",
        )
    )
    assert any(
        "obstruction" in e.diagnosis.lower() and e.status != "ruled_out"
        for e in out.final.ledger[:3]
    ), [(e.diagnosis, e.status) for e in out.final.ledger[:5]]
    assert out.final.disposition != "Discharge", out.final.disposition

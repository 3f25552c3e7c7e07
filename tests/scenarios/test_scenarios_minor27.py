"""minor27 scenarios: low-acuity ambulatory presentations, written from guidelines.

Each asserts the absence of an order no guideline supports, the triage level the
ESI v4 handbook gives a visit of no or one resource, or the treatment the named
guideline gives. Wording differs from the review cases
(/work/notes/review/minor27_cases.py) and from any shared-data row.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_wasp_sting_local_reaction_gets_no_lyme_prophylaxis(reason: Reason) -> None:
    """Lantos PM et al. IDSA/AAN/ACR Lyme guideline 2020: single-dose doxycycline
    prophylaxis is for an Ixodes tick bite, not a hymenopteran sting; a local reaction
    is treated with cold, an oral antihistamine and a topical steroid (Golden DBK et
    al. stinging insect practice parameter 2016) and goes home."""
    out = reason(
        make_case(
            "WASP STING",
            age=41,
            sex="M",
            vitals=vitals(78, 132, 80, 14, 99),
            one_liner="41M stung by a wasp on the back of the hand while gardening.",
            ed_note="Wasp sting to the dorsum of the right hand 40 minutes ago with"
            " local swelling and itch. No throat tightness, no wheeze, no faintness,"
            " no hives elsewhere. Impression: local reaction to wasp sting.",
        )
    )
    assert not O.medication_ordered(out, "doxycycline")
    assert out.final.esi is not None and out.final.esi >= 4
    assert out.final.disposition == "Discharge"


def test_uncomplicated_cystitis_in_a_young_woman_needs_no_urine_culture(
    reason: Reason,
) -> None:
    """NICE NG109 (2018) and IDSA 2011 uncomplicated cystitis: a non-pregnant woman
    under 65 with dysuria and frequency is treated on symptoms and dipstick (5 days of
    nitrofurantoin) without a urine culture, which is for men, pregnancy, age 65 and
    over, catheters and treatment failure."""
    out = reason(
        make_case(
            "URINARY FREQUENCY",
            age=23,
            sex="F",
            vitals=vitals(76, 112, 70, 14, 99, 36.6),
            one_liner="23F stinging passing urine and going often since yesterday.",
            ed_note="Stinging on micturition and urinary frequency since yesterday."
            " Afebrile, no loin pain, no vaginal discharge. Urine pregnancy test"
            " negative. Dipstick positive for nitrites and leukocytes. Impression:"
            " acute cystitis.",
        )
    )
    assert not O.ordered(out, "culture")
    assert O.medication_ordered(out, "nitrofurantoin", "trimethoprim", "fosfomycin")
    assert out.final.disposition == "Discharge"


def test_acute_urticaria_without_anaphylaxis_gets_an_oral_antihistamine(
    reason: Reason,
) -> None:
    """Zuberbier T et al. EAACI/GA2LEN urticaria guideline 2022: wheals without
    airway, breathing or circulatory involvement are treated with a second-generation
    H1 antihistamine, given for the itch before the diagnosis is confirmed; no
    adrenaline (oral medication is not a resource: ESI 4-5)."""
    out = reason(
        make_case(
            "HIVES",
            age=36,
            sex="F",
            vitals=vitals(82, 126, 78, 16, 99),
            one_liner="36F itchy welts over her legs and back since last night.",
            ed_note="Itchy raised welts on the legs and back since last night, each"
            " fading within hours. No lip or tongue swelling, no breathing difficulty,"
            " no vomiting. Wheals blanch. Chest clear. Impression: acute urticaria.",
        )
    )
    assert O.medication_ordered(
        out, "cetirizine", "loratadine", "fexofenadine", "antihistamine"
    )
    assert not O.medication_ordered(out, "epinephrine", "adrenaline")
    assert out.final.esi is not None and out.final.esi >= 4


def test_swimmers_ear_gets_topical_drops_not_systemic_antibiotics(
    reason: Reason,
) -> None:
    """Rosenfeld RM et al. AAO-HNSF acute otitis externa guideline 2014: pain on
    traction of the pinna and an oedematous canal with an intact drum is otitis
    externa, treated with topical drops; systemic antibiotics are not first line."""
    out = reason(
        make_case(
            "EAR PAIN",
            age=19,
            sex="M",
            vitals=vitals(74, 120, 72, 14, 99, 36.9),
            one_liner="19M left earache for two days, swims competitively.",
            ed_note="Left ear pain for two days after daily swimming training. No"
            " fever. Pain on pinna traction; the external canal is oedematous with"
            " debris; the tympanic membrane is visible and intact. Impression: otitis"
            " externa.",
        )
    )
    assert O.medication_ordered(out, "ear drops", "otic", "ciprofloxacin-dexamethasone")
    assert not O.medication_ordered(out, "amoxicillin", "azithromycin", "cefdinir")
    assert out.final.disposition == "Discharge"


def test_typical_migraine_gets_no_routine_iv_fluids_and_no_ct(reason: Reason) -> None:
    """ACEP clinical policy acute headache 2019: a recurrent headache like the
    patient's usual migraine with a normal neurological examination needs no
    neuroimaging; IV fluids add nothing to parenteral antiemetic treatment without
    vomiting (Balbin JE et al. Am J Emerg Med 2016;34:713)."""
    out = reason(
        make_case(
            "MIGRAINE",
            age=29,
            sex="F",
            vitals=vitals(78, 118, 74, 14, 99),
            one_liner="29F with a history of migraines, her usual migraine since this"
            " morning.",
            ed_note="History of episodic migraine. Throbbing right-sided headache"
            " building over the morning with light sensitivity and mild nausea,"
            " identical to previous migraines. Home rizatriptan did not help. No"
            " vomiting, no fever, not the worst headache of her life. Neurological"
            " examination normal. Impression: migraine.",
        )
    )
    assert not O.medication_ordered(out, r"^iv fluids", "normal saline bolus")
    assert not O.ordered(out, r"\bct\b.*head", r"ct brain", r"head ct")
    assert O.medication_ordered(out, "prochlorperazine", "metoclopramide")
    assert out.final.disposition == "Discharge"


def test_red_watery_eye_without_red_flags_is_esi_5(reason: Reason) -> None:
    """ESI v4 handbook ch.5 (Table 5-1: examination is not a resource) and AAO
    Preferred Practice Pattern Conjunctivitis 2018: a red, watery eye with normal
    vision, no pain, no photophobia, no contact lens and no injury is conjunctivitis
    diagnosed at the bedside, a visit of no resource (ESI 5), home."""
    out = reason(
        make_case(
            "RED EYE",
            age=44,
            sex="M",
            vitals=vitals(72, 128, 80, 14, 99),
            one_liner="44M pink itchy right eye with crusting on waking, vision fine.",
            ed_note="Right eye red and itchy with crusting on the lashes this morning."
            " No pain, no photophobia, does not wear contact lenses, no injury."
            " Acuity 6/6. Diffuse conjunctival injection, clear cornea. Impression:"
            " conjunctivitis.",
        )
    )
    assert out.final.esi == 5
    assert out.final.disposition == "Discharge"

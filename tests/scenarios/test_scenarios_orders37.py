"""orders37 (issue 10, pattern 2): orders, the safety layer, prerequisites.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Six AJ et al. Neth Heart J 2008;16:191; Backus BE et al. Crit Pathw Cardiol
  2010;9:164 and Int J Cardiol 2013;168:2153 (the HEART score: its history, its risk
  factors, the patients it was validated in);
- Proulx AM, Zryd TW. Am Fam Physician 2009;80:617 (costochondritis); Antman EM et
  al. AHA scientific statement, Circulation 2007;115:1634 (NSAIDs and cardiovascular
  risk); Amsterdam EA et al. AHA/ACC 2014 NSTE-ACS;
- UKHSA Green Book ch. 30 tetanus (2024); CDC ACIP (Liang JL et al. MMWR
  2018;67(RR-2)); Tintinalli 9th ed. ch. 51; NICE CKS lacerations and puncture wounds;
- Guldfred LA et al. J Laryngol Otol 2008;122:818 (adult epiglottitis); ENT UK;
- Perfect JR et al. IDSA 2010 cryptococcal disease; Greenberg SM et al. AHA/ASA 2022
  ICH (3.1: imaging makes the diagnosis).

Each scenario asserts safety properties; each failed on main 42d1e0a before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_TETANUS_VACCINE = r"tdap|\btd\b|tetanus (?:vaccine|toxoid)|tetanus: take"
_TIG = r"tetanus immune globulin|\btig\b"
_WOUND_CARE = r"explore the wound|exploration|irrigat"
_FILM = r"x-?ray|radiograph"
_NEUROSURGERY = r"neurosurg"
_ANTIFUNGAL = r"amphotericin|flucytosine"
_IV_ANALGESIA = r"paracetamol .*\biv\b|acetaminophen .*\biv\b|iv paracetamol"
_STEROID = r"dexamethasone|methylprednisolone|hydrocortisone"


def _names(out: object) -> list[str]:
    return [o.name.lower() for o in O.orders(out)]  # type: ignore[arg-type]


def _heart_inputs(out: object) -> dict[str, object] | None:
    """The inputs of the last HEART score shown in the trace (None: never shown)."""
    found = None
    for record in out.trace:  # type: ignore[attr-defined]
        for rule in record.rules_applied:
            if rule.name == "HEART":
                found = rule.inputs
    return found


def _heart_points(out: object, item: str) -> int | None:
    inputs = _heart_inputs(out)
    if inputs is None or not isinstance(inputs.get(item), str):
        return None
    return int(str(inputs[item]).split()[0])


def _heart_after_assessment(out: object) -> bool:
    """Whether a stage after the assessment (which reads the complaint) shows HEART."""
    return any(
        rule.name == "HEART"
        for record in out.trace  # type: ignore[attr-defined]
        if record.stage in ("treatment", "disposition", "diagnosis")
        for rule in record.rules_applied
    )


# --- the HEART history and risk factors ---


def test_central_pain_to_the_arm_now_settled_is_highly_suspicious(
    reason: Reason,
) -> None:
    """Backus 2010; Six 2008: a central pain radiating to the left arm is a history of
    specific elements only (site, radiation): highly suspicious, 2. That the pain has
    settled by arrival does not take its radiation out of the history."""
    out = reason(
        make_case(
            "chest pain",
            age=53,
            sex="M",
            vitals=vitals(80, 136, 82, 14, 99),
            ed_note="53-year-old with central chest pain radiating to the left arm for "
            "40 minutes, now settled. ECG normal. Troponin normal.",
        )
    )
    assert _heart_points(out, "history") == 2, _heart_inputs(out)


def test_central_pain_with_sweating_is_highly_suspicious(reason: Reason) -> None:
    """Six 2008 table 1: perspiration with a retrosternal pain, nothing non-specific:
    mainly specific elements, 2."""
    out = reason(
        make_case(
            "chest pain",
            age=48,
            sex="F",
            vitals=vitals(84, 130, 80, 16, 99),
            ed_note="48-year-old with central chest pain and sweating for 30 minutes. "
            "ECG normal. Troponin normal.",
        )
    )
    assert _heart_points(out, "history") == 2, _heart_inputs(out)


def test_exertional_tightness_is_a_specific_element(reason: Reason) -> None:
    """Backus 2010: a pain initiated by exercise and relieved by rest is angina's
    provocation, a specific element: the history is at least moderately suspicious."""
    out = reason(
        make_case(
            "chest pain",
            age=57,
            sex="M",
            vitals=vitals(78, 138, 84, 14, 98),
            ed_note="57-year-old with chest tightness that comes on with exertion and "
            "settles with rest for 2 weeks. ECG normal. Troponin normal.",
        )
    )
    inputs = _heart_inputs(out)
    assert _heart_points(out, "history") in (1, 2), inputs
    assert inputs is not None and "exertional" in str(inputs["history"]), inputs


def test_relief_by_nitrates_is_a_specific_element(reason: Reason) -> None:
    """Six 2008; Backus 2010: relief by nitrates is a specific element; with a central
    site and nothing non-specific the history is highly suspicious, 2."""
    out = reason(
        make_case(
            "chest pain",
            age=58,
            sex="M",
            vitals=vitals(82, 142, 86, 16, 98),
            ed_note="58-year-old with central chest pain for an hour, relieved by "
            "sublingual GTN. ECG normal. Troponin normal.",
        )
    )
    inputs = _heart_inputs(out)
    assert _heart_points(out, "history") == 2, inputs
    assert inputs is not None and "nitro" in str(inputs["history"]), inputs


def test_an_ex_smoker_is_no_heart_risk_factor(reason: Reason) -> None:
    """Backus 2013: HEART counts current or recent (< 90 days) smoking; a smoker who
    stopped fifteen years ago has no risk factor of the score."""
    out = reason(
        make_case(
            "chest pain",
            age=50,
            sex="M",
            vitals=vitals(76, 132, 80, 14, 99),
            ed_note="50-year-old with central chest pain for an hour. Ex-smoker, quit "
            "15 years ago; no other risk factors. ECG normal. Troponin normal.",
        )
    )
    assert _heart_points(out, "risk_factors") == 0, _heart_inputs(out)


def test_guard_a_current_smoker_is_a_heart_risk_factor(reason: Reason) -> None:
    """Guard, Backus 2013: a current smoker keeps the risk factor."""
    out = reason(
        make_case(
            "chest pain",
            age=50,
            sex="M",
            vitals=vitals(76, 132, 80, 14, 99),
            ed_note="50-year-old with central chest pain for an hour. Smoker, 20 a "
            "day. ECG normal. Troponin normal.",
        )
    )
    assert (_heart_points(out, "risk_factors") or 0) >= 1, _heart_inputs(out)


def test_heart_is_not_shown_once_imaging_shows_a_pneumothorax(reason: Reason) -> None:
    """Backus 2013 enrolled chest pain suspected of ACS: a pleuritic pain whose chest
    x-ray shows a pneumothorax is not scored for ACS risk."""
    out = reason(
        make_case(
            "chest pain",
            age=34,
            sex="M",
            vitals=vitals(96, 124, 78, 20, 97),
            ed_note="34-year-old smoker with sudden right pleuritic chest pain and "
            "mild breathlessness. CXR: right pneumothorax, 2 cm rim. Impression: "
            "primary spontaneous pneumothorax.",
        )
    )
    assert not _heart_after_assessment(out)


# --- an NSAID for a chest wall pain needs a chest wall ---


def test_no_nsaid_for_a_central_pain_radiating_to_the_arm(reason: Reason) -> None:
    """AHA/ACC 2014 NSTE-ACS (class III: no NSAID other than aspirin while an ACS is
    open); Proulx 2009: a chest wall pain is shown by tenderness that reproduces it.
    A central pain radiating to the left arm gets no ibuprofen."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="M",
            vitals=vitals(82, 138, 84, 16, 98),
            ed_note="52-year-old with central chest pain radiating to the left arm for "
            "40 minutes, now settled. ECG normal. First troponin normal. Impression: "
            "chest pain, possible ACS.",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID), _names(out)


def test_guard_reproducible_chest_wall_pain_keeps_its_nsaid(reason: Reason) -> None:
    """Guard, Proulx 2009: a sharp pain reproduced on palpation of the costochondral
    junctions is costochondritis: an NSAID."""
    out = reason(
        make_case(
            "chest pain",
            age=34,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99),
            ed_note="34-year-old with sharp left chest pain, reproducible on palpation "
            "of the costochondral junctions. ECG normal. Impression: costochondritis.",
        )
    )
    assert O.medication_ordered(out, *O.NSAID), _names(out)


# --- wounds: foreign bodies, wound care, tetanus ---


def test_rusty_nail_puncture_never_vaccinated_gets_vaccine_and_tig(
    reason: Reason,
) -> None:
    """UKHSA Green Book ch. 30; CDC ACIP 2018: a puncture wound contaminated with soil
    in a patient never vaccinated: a tetanus vaccine now and tetanus immune globulin;
    the wound explored and cleaned (NICE CKS puncture wounds)."""
    out = reason(
        make_case(
            "foot injury",
            age=36,
            sex="M",
            vitals=vitals(82, 130, 80, 14, 99),
            ed_note="36-year-old trod on a rusty nail through his trainer in a muddy "
            "field, puncture wound of the sole. Never had tetanus vaccination.",
        )
    )
    assert O.medication_ordered(out, _TETANUS_VACCINE), _names(out)
    assert O.medication_ordered(out, _TIG), _names(out)
    assert O.ordered(out, _WOUND_CARE), _names(out)


def test_wooden_splinter_with_a_lapsed_tetanus_gets_a_booster(reason: Reason) -> None:
    """CDC ACIP 2018: a last dose more than 10 years ago gets a booster for any wound;
    a retained wooden splinter is a wound with a foreign body (UKHSA 2024: tetanus-
    prone), found by ultrasound and removed (Tintinalli 9th ed. ch. 51)."""
    out = reason(
        make_case(
            "hand injury",
            age=44,
            sex="M",
            vitals=vitals(80, 134, 82, 14, 99),
            ed_note="44-year-old gardener with a wooden splinter driven into the palm, "
            "part of it broke off inside. Last tetanus over 10 years ago.",
        )
    )
    assert O.medication_ordered(out, _TETANUS_VACCINE), _names(out)
    assert O.ordered(out, _WOUND_CARE), _names(out)


def test_glass_puncture_is_explored_and_cleaned(reason: Reason) -> None:
    """Tintinalli 9th ed. ch. 51; NICE CKS lacerations: a glass wound is filmed, then
    explored, the fragment removed and the wound irrigated; a puncture is not closed."""
    out = reason(
        make_case(
            "foot injury",
            age=25,
            sex="F",
            vitals=vitals(84, 124, 78, 14, 99),
            ed_note="25-year-old stepped on broken glass barefoot, puncture wound of "
            "the sole, pain on weight bearing. Tetanus up to date.",
        )
    )
    assert O.ordered(out, _FILM), _names(out)
    assert O.ordered(out, _WOUND_CARE), _names(out)


def test_tetanus_prone_wound_without_a_history_asks_for_it(reason: Reason) -> None:
    """UKHSA Green Book ch. 30 (2024): a tetanus-prone wound is managed by the
    immunisation history; when none is documented it is taken, and the dose it
    decides is given."""
    out = reason(
        make_case(
            "foot injury",
            age=41,
            sex="F",
            vitals=vitals(80, 128, 78, 14, 99),
            ed_note="41-year-old trod on a rusty nail in the garden, puncture wound of "
            "the heel with soil in it. Walking normally.",
        )
    )
    assert O.medication_ordered(out, r"tetanus|tdap|\btd\b"), _names(out)


def test_guard_clean_knife_cut_fully_immunised(reason: Reason) -> None:
    """Guard, UKHSA 2024; NICE CKS lacerations: a clean kitchen-knife cut in a fully
    immunised adult: repair, no tetanus immune globulin, no film."""
    out = reason(
        make_case(
            "laceration",
            age=30,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99),
            ed_note="30-year-old cut her forearm on a clean kitchen knife, 2 cm linear "
            "wound, neurovascularly intact, no foreign body, tetanus fully immunised.",
        )
    )
    assert not O.medication_ordered(out, _TIG), _names(out)
    assert not O.ordered(out, _FILM), _names(out)


def test_guard_a_lumbar_puncture_is_no_wound(reason: Reason) -> None:
    """Guard, CDC ACIP 2018: a lumbar puncture is a procedure, not a tetanus-prone
    puncture wound: no tetanus order."""
    out = reason(
        make_case(
            "headache",
            age=29,
            sex="F",
            vitals=vitals(104, 122, 76, 18, 98, 38.6),
            ed_note="29-year-old with fever, headache and neck stiffness. Lumbar "
            "puncture: CSF turbid, neutrophils 1800. Impression: bacterial meningitis.",
        )
    )
    assert not O.ordered(out, r"tetanus|tdap"), _names(out)


# --- adult epiglottitis: analgesia and the steroid beside the airway plan ---


def test_adult_epiglottitis_gets_iv_analgesia_and_a_steroid(reason: Reason) -> None:
    """Guldfred 2008; Tintinalli 9th ed. ch. 246; ENT UK: an adult with epiglottitis
    cannot swallow: IV analgesia, a corticosteroid for the oedema beside ceftriaxone
    and the airway team."""
    out = reason(
        make_case(
            "sore throat",
            age=46,
            sex="M",
            vitals=vitals(114, 138, 84, 22, 96, 38.7),
            ed_note="46-year-old with severe sore throat, drooling, muffled voice and "
            "pain on swallowing. Oropharynx near normal. Tender over the hyoid. "
            "Impression: acute epiglottitis.",
        )
    )
    assert O.medication_ordered(out, _IV_ANALGESIA), _names(out)
    assert O.medication_ordered(out, _STEROID), _names(out)
    assert O.medication_ordered(out, r"ceftriaxone"), _names(out)


# --- a CSF organism: no haemorrhage plan without a haemorrhage ---


def test_cryptococcal_meningitis_gets_no_haemorrhage_plan(reason: Reason) -> None:
    """IDSA 2010: a cryptococcal meningitis shown in the CSF of a transplant recipient
    is treated with amphotericin and flucytosine; its headache and confusion are the
    infection's. AHA/ASA 2022 ICH 3.1: a haemorrhage is diagnosed on imaging, and its
    neurosurgical referral and anticoagulant reversal wait for one."""
    out = reason(
        make_case(
            "headache",
            age=59,
            sex="M",
            vitals=vitals(92, 138, 84, 16, 98, 37.9),
            ed_note="59M, kidney transplant on tacrolimus, 3 weeks of headache and "
            "confusion. LP: opening pressure 30 cm H2O; CSF culture grew Cryptococcus "
            "neoformans. Impression: cryptococcal meningitis.",
        )
    )
    assert O.medication_ordered(out, _ANTIFUNGAL), _names(out)
    assert not O.ordered(out, _NEUROSURGERY), _names(out)
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC), _names(out)


def test_guard_a_haemorrhage_on_ct_keeps_its_neurosurgeon(reason: Reason) -> None:
    """Guard, AHA/ASA 2022 ICH: an intracerebral haemorrhage on CT is referred to
    neurosurgery."""
    out = reason(
        make_case(
            "weakness",
            age=68,
            sex="M",
            vitals=vitals(88, 196, 104, 16, 97),
            ed_note="68-year-old with sudden left-sided weakness and headache. CT "
            "head: acute right basal ganglia intracerebral haemorrhage.",
        )
    )
    assert O.ordered(out, _NEUROSURGERY), _names(out)

"""trauma46 (session 46): trauma, neurology, allergy and the airway, the eye and ENT.

Written from the sources named in each docstring, never from rows of the shared data:
- ACS ATLS 10th ed. 2018 (ch. 4 thorax, 6 head, 8 musculoskeletal); Kellam P,
  Ostrum RF. J Orthop Trauma 2016 (hip dislocation); Clancy K et al. EAST 2012 blunt
  cardiac injury; Simon B et al. EAST 2012 flail chest; NICE CG124 hip fracture;
- NICE NG232 head injury 2023 (intoxication does not explain a reduced GCS);
- Maurer M et al. WAO/EAACI hereditary angioedema 2021; Longhurst HJ et al. UK HAE
  consensus 2014; Bernstein JA et al. ACEP/AAAAI 2017;
- Zuberbier T et al. EAACI/GA2LEN urticaria 2022; Powell RJ et al. BSACI 2015; RCUK
  2021 and Cardona V et al. WAO 2020 anaphylaxis;
- Sanders DB et al. MG consensus, Neurology 2016; Wendell LC, Levine JM. 2011;
- ENT UK / BAPRAS nasal injury; Kucik CJ et al. Am Fam Physician 2004; ICD-10-CM FY2024.

Each target scenario failed on main f8ebf5cd before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = out.final  # type: ignore[attr-defined]
    return (final.icd10 or "") if final is not None else ""


def test_a_dashboard_hip_lying_shortened_and_internally_rotated_is_a_dislocation(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 8: after a dashboard injury a leg shortened, flexed and
    internally rotated is a posterior hip dislocation: films before reduction, the
    sciatic nerve checked, orthopaedic reduction within 6 h (Kellam & Ostrum 2016);
    never a contusion sent home."""
    out = reason(
        make_case(
            "hip injury",
            age=29,
            sex="F",
            vitals=vitals(102, 126, 80, 18, 98),
            one_liner="29F passenger whose knee struck the dashboard in a crash, "
            "severe right hip pain, the leg shortened, flexed and internally rotated",
        )
    )
    assert _code(out).startswith("S73.0"), _code(out)
    assert O.ordered(out, "x-ray"), O.order_names(out)
    assert O.ordered(out, "reduction"), O.order_names(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_guard_a_shortened_externally_rotated_leg_at_84_stays_a_hip_fracture(
    reason: Reason,
) -> None:
    """Guard. NICE CG124: a shortened, externally rotated leg after a fall from
    standing at 84 is a fractured neck of femur until the film, not a dislocation."""
    out = reason(
        make_case(
            "fall",
            age=84,
            sex="F",
            vitals=vitals(88, 146, 80, 16, 97),
            one_liner="84F fell from standing at home, cannot bear weight, right leg "
            "shortened and externally rotated, pain in the right groin",
        )
    )
    assert not _code(out).startswith("S73"), _code(out)
    assert O.ordered(out, "hip"), O.order_names(out)


def test_a_laryngeal_attack_of_known_hereditary_angioedema_gets_its_own_drug(
    reason: Reason,
) -> None:
    """WAO/EAACI 2021: an attack reaching the upper airway in known hereditary
    angioedema is treated at once with C1-inhibitor concentrate or icatibant, the
    airway team ready; adrenaline, antihistamines and steroids do not treat it."""
    out = reason(
        make_case(
            "throat swelling",
            age=33,
            sex="M",
            vitals=vitals(96, 132, 84, 18, 98),
            one_liner="33M with known hereditary angioedema, tongue and throat "
            "swelling for two hours, voice hoarse, no hives, no itch",
        )
    )
    assert O.medication_ordered(out, "icatibant", "c1-esterase", "c1 esterase"), (
        O.order_names(out)
    )
    assert _code(out) == "D84.1", _code(out)


def test_an_abdominal_attack_of_known_hereditary_angioedema_is_treated_not_sent_home(
    reason: Reason,
) -> None:
    """WAO/EAACI 2021; UK HAE consensus 2014: colicky abdominal pain and vomiting in
    known hereditary angioedema is an attack (bowel-wall oedema), treated with
    C1-inhibitor concentrate or icatibant, analgesia and fluids."""
    out = reason(
        make_case(
            "abdominal pain",
            age=26,
            sex="F",
            vitals=vitals(94, 116, 72, 16, 99),
            one_liner="26F with known hereditary angioedema, severe colicky abdominal "
            "pain and vomiting since this morning like her usual attacks, no fever",
        )
    )
    assert O.medication_ordered(out, "icatibant", "c1-esterase", "c1 esterase"), (
        O.order_names(out)
    )
    assert _code(out) == "D84.1", _code(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_recurrent_swellings_without_hives_are_screened_for_hereditary_angioedema(
    reason: Reason,
) -> None:
    """UK HAE consensus 2014 (Longhurst): recurrent angioedema without urticaria is
    hereditary angioedema until C4 (and C1-inhibitor level and function) say
    otherwise; the facial attack is treated with C1-inhibitor concentrate and the
    patient referred to clinical immunology."""
    out = reason(
        make_case(
            "facial swelling",
            age=22,
            sex="M",
            vitals=vitals(84, 124, 78, 16, 99),
            one_liner="22M swollen upper lip for three hours",
            ed_note="Recurrent episodes of swelling of the face and hands since "
            "childhood, no hives, no itch. Antihistamines have never helped. Voice "
            "normal, no breathing difficulty. Takes no medication.",
        )
    )
    assert O.ordered(out, "c4"), O.order_names(out)
    assert O.ordered(out, "immunology"), O.order_names(out)


def test_guard_ace_inhibitor_angioedema_gets_no_hereditary_work_up(
    reason: Reason,
) -> None:
    """Guard. ACEP/AAAAI 2017: tongue swelling without hives on lisinopril is the
    ACE inhibitor's; it is stopped, and no C4 or immunology referral is asked for a
    first swelling."""
    out = reason(
        make_case(
            "lip swelling",
            age=64,
            sex="F",
            vitals=vitals(86, 150, 86, 16, 98),
            one_liner="64F on lisinopril with swelling of the tongue for one hour, no "
            "hives, no itch, voice normal",
        )
    )
    assert O.ordered(out, "ace inhibitor"), O.order_names(out)
    assert not O.ordered(out, "c4"), O.order_names(out)


def test_a_chest_wall_moving_inward_on_inspiration_is_a_flail_chest(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 4; EAST 2012: a chest wall segment moving inward on
    breathing in after blunt injury is a flail chest over a pulmonary contusion:
    regional analgesia and a monitored critical-care bed, not an observation bed."""
    out = reason(
        make_case(
            "chest injury",
            age=61,
            sex="F",
            vitals=vitals(110, 134, 80, 28, 90),
            one_liner="61F driver in a head-on collision, the left chest wall moves "
            "inward on breathing in, crepitus over the left ribs",
        )
    )
    assert _code(out) == "S22.5XXA", _code(out)
    assert O.ordered(out, "regional", "block", "epidural"), O.order_names(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_a_sternal_fracture_on_the_film_gets_the_blunt_cardiac_injury_screen(
    reason: Reason,
) -> None:
    """EAST 2012 blunt cardiac injury (Clancy): a sternal fracture after a crash is
    named from the film, and an ECG with a troponin screen the heart beneath it;
    not reflux."""
    out = reason(
        make_case(
            "chest pain",
            age=52,
            sex="M",
            vitals=vitals(86, 138, 84, 16, 98),
            one_liner="52M restrained driver in a collision, pain over the sternum, "
            "the lateral chest film shows a fracture of the sternum",
        )
    )
    assert _code(out).startswith("S22.2"), _code(out)
    assert O.ordered(out, "ecg"), O.order_names(out)
    assert O.ordered(out, "troponin"), O.order_names(out)


def test_known_myasthenia_with_dysphagia_and_a_weak_cough_is_a_crisis_in_icu(
    reason: Reason,
) -> None:
    """Sanders DB et al. MG consensus 2016: known myasthenia with bulbar weakness and
    a cough too weak to clear secretions is an impending crisis: intensive care,
    serial vital capacity, IVIG or plasma exchange; not a generalised weakness."""
    out = reason(
        make_case(
            "weakness",
            age=66,
            sex="M",
            vitals=vitals(100, 140, 86, 24, 95),
            one_liner="66M with known myasthenia gravis, drooping eyelids for three "
            "days, now difficulty swallowing and a weak cough",
        )
    )
    assert _code(out) == "G70.01", _code(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_an_intoxicated_patient_with_a_head_wound_is_coded_as_the_head_injury(
    reason: Reason,
) -> None:
    """NICE NG232 2023 (1.4): intoxication does not explain a reduced GCS; the
    intoxicated patient with a head wound is assessed, imaged and named as a head
    injury (S09.90XA until imaging), not left without a diagnosis."""
    out = reason(
        make_case(
            "drunk",
            age=45,
            sex="M",
            vitals=vitals(94, 132, 80, 14, 97),
            one_liner="45M intoxicated, scalp wound over the back of the head",
            ed_note="Brought in by police, smells of alcohol. 4 cm occipital "
            "laceration. GCS 13 (E3V4M6). Fall not witnessed.",
        )
    )
    assert _code(out).startswith("S0"), _code(out)
    assert O.ordered(out, "ct head"), O.order_names(out)


def test_hives_after_a_new_antibiotic_stop_the_drug_and_go_home(
    reason: Reason,
) -> None:
    """EAACI/GA2LEN 2022; BSACI 2015: acute urticaria after a new antibiotic with no
    other system involved (RCUK 2021: skin signs alone are not anaphylaxis): stop the
    drug, a non-sedating antihistamine, home; no adrenaline."""
    out = reason(
        make_case(
            "hives",
            age=36,
            sex="M",
            vitals=vitals(80, 126, 78, 14, 99),
            one_liner="36M started flucloxacillin two days ago, itchy hives over the "
            "trunk today",
            ed_note="Widespread urticarial wheals. No lip or tongue swelling, no "
            "wheeze, no vomiting, no dizziness.",
        )
    )
    assert O.ordered(out, "stop the drug"), O.order_names(out)
    assert not O.medication_ordered(out, "epinephrine", "adrenaline"), O.order_names(
        out
    )
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert _code(out).startswith("L50"), _code(out)


def test_guard_hives_with_wheeze_after_peanut_is_anaphylaxis(reason: Reason) -> None:
    """Guard. WAO 2020 / RCUK 2021: hives with wheeze after a likely allergen is
    anaphylaxis: IM adrenaline, not an urticaria's antihistamine alone."""
    out = reason(
        make_case(
            "allergic reaction",
            age=19,
            sex="F",
            vitals=vitals(116, 100, 60, 24, 94),
            one_liner="19F ate a satay sauce with peanuts, widespread hives and "
            "wheezing within 15 minutes",
        )
    )
    assert O.medication_ordered(out, "epinephrine", "adrenaline"), O.order_names(out)
    assert not _code(out).startswith("L50"), _code(out)


def test_a_bump_on_a_childs_forehead_lists_no_nasal_fracture(reason: Reason) -> None:
    """ENT UK / BAPRAS; Kucik 2004: a nasal fracture needs a nasal finding (a
    deformity, a nosebleed, a blow to the nose); a forehead bump is not one."""
    out = reason(
        make_case(
            "head injury",
            age=5,
            sex="F",
            vitals=vitals(100, 102, 62, 22, 99),
            one_liner="5F walked into a table edge, bump on the forehead, cried at "
            "once, no loss of consciousness, no vomiting, playing normally",
        )
    )
    assert not O.proposes(out, "nasal bones"), sorted(O.diagnoses_proposed(out))


def test_guard_a_punch_on_the_nose_with_a_nosebleed_considers_the_fracture(
    reason: Reason,
) -> None:
    """Guard. ENT UK / BAPRAS: a blow to the nose with a nosebleed puts the nasal
    fracture on the list (septum inspected, review at 5-7 days)."""
    out = reason(
        make_case(
            "facial injury",
            age=23,
            sex="M",
            vitals=vitals(84, 128, 78, 14, 99),
            one_liner="23M punched on the nose an hour ago, nosebleed now stopped, "
            "nose swollen",
        )
    )
    assert O.proposes(out, "nasal bones"), sorted(O.diagnoses_proposed(out))


def test_shock_after_an_injury_is_coded_as_traumatic_shock_not_r57(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024: R57 (shock, not elsewhere classified) excludes traumatic shock
    (T79.4); the haemorrhagic shock of a pedestrian struck with an unstable pelvis is
    coded T79.4XXA or as the injury, never R57.1 (ATLS 10th ed. ch. 3, 5)."""
    out = reason(
        make_case(
            "pedestrian struck",
            age=58,
            sex="M",
            vitals=vitals(128, 82, 48, 26, 95),
            one_liner="58M hit by a van, severe pelvic pain, the pelvis unstable on "
            "gentle assessment, pale, cold and clammy",
        )
    )
    assert not _code(out).startswith("R57"), _code(out)
    assert O.ordered(out, "binder"), O.order_names(out)


def test_guard_shock_from_a_bleeding_ulcer_is_not_traumatic_shock(
    reason: Reason,
) -> None:
    """Guard. ICD-10-CM T79.4 is the shock of an injury; a haematemesis in shock
    without an injury is never coded as traumatic shock (NICE CG141)."""
    out = reason(
        make_case(
            "vomiting blood",
            age=67,
            sex="M",
            vitals=vitals(124, 86, 52, 22, 96),
            one_liner="67M vomiting fresh blood twice this morning, black stools, "
            "dizzy on standing, takes naproxen",
        )
    )
    assert not _code(out).startswith("T79"), _code(out)

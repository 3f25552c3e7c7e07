"""lead43 (session 43): a red eye is no swollen lid, a lung's bullae no blister.

Written from the sources named in each docstring, never from rows of the shared data:
- RCH Melbourne periorbital and orbital cellulitis guideline; Chandler JR et al.
  Laryngoscope 1970;80:1414; AAO Primary Angle Closure PPP 2020 (Gedde SJ et al.);
- Hansell DM et al. Fleischner Society glossary of terms for thoracic imaging.
  Radiology 2008;246:697 (bulla); BTS 2023 pleural disease guideline (pneumothorax);
  Creamer D et al. UK SJS/TEN guideline. Br J Dermatol 2016;174:1194.

Each target scenario failed on main 2307b2d4 before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_acute_angle_closure_gets_no_orbital_cellulitis_antibiotics_or_ct(
    reason: Reason,
) -> None:
    """AAO PPP 2020: a painful red eye with halos, a fixed mid-dilated pupil, a cloudy
    cornea and a hard globe is acute angle closure: pressure-lowering drops,
    acetazolamide, ophthalmology. A red eye is the globe's injection, no swelling of
    the lid: orbital cellulitis needs lid swelling with post-septal signs (Chandler
    1970), so no IV antibiotics and no contrast CT of the orbits."""
    out = reason(
        make_case(
            "eye pain",
            age=64,
            sex="F",
            vitals=vitals(88, 172, 96, 16, 98),
            one_liner="64F sudden painful red right eye, halos around lights, headache "
            "and vomiting",
            ed_note="Right eye: fixed mid-dilated pupil, cloudy cornea, rock-hard "
            "globe. Visual acuity 6/60.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "acetazolamide"), names
    assert not O.medication_ordered(out, "ceftriaxone"), names
    assert not O.medication_ordered(out, "vancomycin"), names
    assert not O.ordered(out, "CT orbits"), names


def test_a_swollen_red_eye_painful_to_move_with_fever_is_still_orbital_cellulitis(
    reason: Reason,
) -> None:
    """Guard. RCH Melbourne / Chandler 1970: a swollen red eye that is painful to move,
    with fever after a cold, is orbital cellulitis: IV antibiotics, a contrast CT of
    the orbits and sinuses, ophthalmology and ENT."""
    out = reason(
        make_case(
            "eye swelling",
            age=7,
            sex="M",
            vitals={
                "heart_rate": 118,
                "respiratory_rate": 22,
                "spo2": 99,
                "temperature_c": 38.9,
            },
            one_liner="7-year-old with a cold for 5 days, now a swollen red left eye, "
            "painful to move, and double vision",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "ceftriaxone"), names
    assert O.ordered(out, "CT orbits"), names


def test_emphysematous_bullae_on_a_chest_x_ray_bring_no_sjs_care(
    reason: Reason,
) -> None:
    """Fleischner glossary 2008: a bulla on a chest film is an air space of the lung.
    A secondary pneumothorax beside emphysematous bullae (BTS 2023) gets oxygen and
    drainage; nothing of a blistering skin disease (no "stop culprit drug", no
    dermatology or burn unit: Creamer 2016 SJS/TEN care needs mucocutaneous
    detachment)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=55,
            sex="M",
            vitals=vitals(112, 134, 82, 28, 89),
            one_liner="55M sudden breathlessness, known COPD with emphysema, right "
            "chest pain",
            ed_note="Reduced breath sounds right. CXR: right pneumothorax 3 cm with "
            "emphysematous bullae.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.proposes(out, "pneumothorax"), names
    assert not O.ordered(out, "culprit drug"), names
    assert not O.ordered(out, "burn unit"), names
    assert not O.proposes(out, "Stevens-Johnson"), names


def test_bullae_and_mouth_ulcers_after_a_new_drug_still_bring_sjs_care(
    reason: Reason,
) -> None:
    """Guard. Creamer 2016: a new drug (lamotrigine) then fever, a blistering rash and
    mouth ulcers is SJS/TEN: stop the culprit drug, burn unit or dermatology."""
    out = reason(
        make_case(
            "rash",
            age=34,
            sex="F",
            vitals=vitals(112, 108, 66, 20, 97, 38.6),
            one_liner="34F started lamotrigine 2 weeks ago, now fever, painful rash "
            "with bullae over the trunk and ulcers in her mouth",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "culprit drug") or O.ordered(out, "lamotrigine"), names


def test_a_reaction_into_a_red_cell_unit_stops_the_transfusion(reason: Reason) -> None:
    """Soutar R et al. BSH 2023 acute transfusion reactions; SHOT: fever, rigors, back
    pain, hypotension and dark urine 15 minutes into a red cell transfusion are an
    acute (haemolytic) transfusion reaction: stop the transfusion first, keep the line
    open with saline, recheck the patient's identity against the unit."""
    out = reason(
        make_case(
            "fever",
            age=74,
            sex="M",
            vitals=vitals(124, 86, 50, 26, 94, 39.2),
            one_liner="74M 15 minutes into a red cell transfusion, fever, rigors, back "
            "pain, hypotension",
            ed_note="Transfusion ongoing. Dark urine.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "stop the transfusion"), names
    assert O.ordered(out, "identity"), names


def test_fever_written_as_shorthand_days_with_four_features_is_kawasaki(
    reason: Reason,
) -> None:
    """McCrindle BW et al. AHA 2017 Kawasaki disease: fever of 5 days or more with 4 of
    the 5 principal features (conjunctival injection, oral changes, a rash, swollen
    hands or feet, a cervical node of 1.5 cm or more) is complete Kawasaki disease:
    IVIG 2 g/kg with aspirin and an echocardiogram. ED notes write "fever 5 days"
    without a preposition, and a rash that is not vesicular or petechial counts."""
    out = reason(
        make_case(
            "rash",
            age=6,
            sex="M",
            vitals={
                "heart_rate": 140,
                "respiratory_rate": 28,
                "spo2": 97,
                "temperature_c": 39.4,
            },
            one_liner="6-year-old with fever 5 days, red eyes, red cracked lips, rash, "
            "swollen hands",
            ed_note="Bilateral non-purulent conjunctival injection, strawberry tongue, "
            "cervical node 2 cm.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "IVIG"), names
    assert O.ordered(out, "echocardiogram"), names


def test_two_days_of_fever_with_red_eyes_and_a_rash_gets_no_ivig(
    reason: Reason,
) -> None:
    """Guard. AHA 2017: under 5 days of fever is no Kawasaki disease outside infancy
    (a viral conjunctivitis with a rash), whatever the features: no IVIG."""
    out = reason(
        make_case(
            "rash",
            age=4,
            sex="F",
            vitals={
                "heart_rate": 120,
                "respiratory_rate": 24,
                "spo2": 99,
                "temperature_c": 38.4,
            },
            one_liner="4-year-old with fever 2 days, red eyes, rash and a runny nose",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "IVIG"), names


def test_a_red_hot_swollen_shin_is_cellulitis_with_an_oral_antibiotic(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014; NICE NG141 (2019) cellulitis: a red, hot,
    swollen, tender shin spreading over 2 days with a clear edge, in a well adult, is
    cellulitis: an oral antibiotic active against streptococci, the edge marked,
    home. Redness with heat is how notes write it ("red hot swollen", "erythema ...
    warm")."""
    out = reason(
        make_case(
            "leg swelling",
            age=49,
            sex="F",
            vitals=vitals(92, 128, 78, 16, 98, 37.9),
            one_liner="49F red hot swollen left shin spreading over 2 days",
            ed_note="Erythema with a clear edge, warm, tender. Tinea between the toes. "
            "No crepitus, no bullae, pain in proportion.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.proposes(out, "cellulitis"), names
    assert O.medication_ordered(
        out, "cephalexin", "flucloxacillin", "cefalexin", "doxycycline"
    ), names


def test_sudden_one_sided_pain_with_a_known_large_cyst_is_worked_as_torsion(
    reason: Reason,
) -> None:
    """ACOG Committee Opinion 783 (2019) adnexal torsion; Huchon C et al. 2010: sudden
    severe one-sided lower abdominal pain with vomiting in a woman with a known 6 cm
    ovarian cyst and a tender adnexa is torsion until surgery shows otherwise (a known
    cyst is still there: most torsed adnexa carry a mass >= 5 cm): the working and
    final diagnosis is torsion, with Doppler ultrasound and gynaecology, not a
    gastroenteritis."""
    out = reason(
        make_case(
            "abdominal pain",
            age=27,
            sex="F",
            vitals=vitals(108, 118, 74, 18, 99, 37.2),
            one_liner="27F sudden severe right iliac fossa pain with vomiting 3 hours "
            "ago",
            ed_note="Urine hCG negative. Known 6 cm right ovarian cyst on a previous "
            "scan. Tender right adnexa, no fever.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert (out.final.icd10 or "").startswith("N83.5"), out.final.icd10
    assert O.ordered(out, "pelvic ultrasound"), names
    assert O.ordered(out, "gyn"), names


def test_bleeding_years_after_the_menopause_goes_on_the_cancer_pathway(
    reason: Reason,
) -> None:
    """ACOG Committee Opinion 734 (2018); NICE NG12 1.5.12: vaginal bleeding 12 months
    or more after the menopause is endometrial cancer until a transvaginal ultrasound
    or biopsy excludes it: gynaecology on the suspected cancer pathway; no pregnancy
    test six years after the last period."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=56,
            sex="F",
            vitals=vitals(82, 138, 84, 14, 99),
            one_liner="56F postmenopausal vaginal bleeding for 3 days, light",
            ed_note="Last period 6 years ago. Haemodynamically stable. Hb 131.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "suspected cancer"), names
    assert not O.ordered(out, "hCG"), names


def test_heavy_periods_before_the_menopause_stay_abnormal_uterine_bleeding(
    reason: Reason,
) -> None:
    """Guard. ACOG Committee Opinion 557 (2013) acute abnormal uterine bleeding: heavy
    menstrual bleeding in a 35-year-old gets a pregnancy test and a blood count, no
    cancer pathway referral."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=35,
            sex="F",
            vitals=vitals(84, 124, 78, 14, 99),
            one_liner="35F heavy periods with clots for 5 days, soaking pads hourly "
            "yesterday, now settling",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "hCG"), names
    assert not O.ordered(out, "suspected cancer"), names

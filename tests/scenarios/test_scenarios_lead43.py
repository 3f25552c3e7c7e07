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

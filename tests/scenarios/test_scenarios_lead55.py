"""lead55 (session 55): a facial swelling that keeps coming back without hives is
worked as a bradykinin angioedema (C4 and the C1-inhibitor treatment), never sent to
the dentist.

Written from the sources named in each docstring, never from rows of the shared data:
- Longhurst HJ et al. C1 inhibitor deficiency: 2014 United Kingdom consensus document.
  Clin Exp Immunol 2015;180:475; Maurer M et al. WAO/EAACI guideline for hereditary
  angioedema 2021. Allergy 2022;77:1961; Bernstein JA et al. ACEP/AAAAI bradykinin
  angioedema consensus. Ann Emerg Med 2017.

Targets: 1 (failed on main cee594c7 before its fix); guards: 1 (passing on both).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_recurrent_facial_and_lip_swelling_without_hives_is_screened_for_hae(
    reason: Reason,
) -> None:
    """UK HAE consensus 2014 and WAO/EAACI 2021: recurrent angioedema without urticaria
    (a parent with the same) is hereditary angioedema until C4 says otherwise; the
    attack's treatment is C1-inhibitor concentrate, not adrenaline, antihistamine or
    steroid, and its follow-up is immunology, not a dentist."""
    out = reason(
        make_case(
            "FACIAL SWELLING",
            age=33,
            sex="Female",
            vitals=vitals(hr=90, sbp=124, dbp=76, rr=18, spo2=98, t=36.8),
            ed_note="Recurrent episodes of facial and lip swelling without urticaria"
            " since her teens; her mother has the same. Not on an ACE inhibitor, no"
            " new drugs or foods. Lips and face swollen now, voice normal, no stridor.",
        )
    )
    assert O.ordered(out, r"\bC4\b")
    assert O.medication_ordered(out, r"C1.esterase inhibitor|icatibant")
    assert not O.ordered(out, r"dental")
    assert O.dispo(out) != "Discharge"


def test_recurrent_ankle_swelling_is_no_angioedema(reason: Reason) -> None:
    """Guard: a recurrent ankle swelling is oedema, not angioedema (Longhurst 2014:
    angioedema is a swelling of the skin or mucosa of the face, lips, tongue, throat,
    limbs' extremities or genitals that comes and goes over days)."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=70,
            sex="Female",
            vitals=vitals(hr=80, sbp=138, dbp=80, rr=16, spo2=97, t=36.7),
            ed_note="Recurrent ankle swelling for months, worse in the evening, known"
            " heart failure. Pitting oedema to mid-shin both legs.",
        )
    )
    assert not O.ordered(out, r"\bC4\b")
    assert not O.medication_ordered(out, r"C1.esterase inhibitor|icatibant")

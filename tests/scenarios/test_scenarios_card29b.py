"""card29b: leftovers of the cardresp29 review.

Written from: Khan DA et al. AAAAI/ACAAI drug allergy practice parameter, J Allergy
Clin Immunol 2022;150:1333 (after a penicillin reaction a dissimilar-side-chain
cephalosporin; after anaphylaxis an aztreonam-based or non-beta-lactam regimen);
Mazuski JE et al. SIS 2017 and Solomkin JS et al. IDSA 2010 intra-abdominal infection
(aztreonam or a fluoroquinolone with metronidazole); Kiriyama S et al. Tokyo
Guidelines 2018 (cholangitis: antibiotics within the hour). Research software, not
for clinical use.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

NAMED_ALTERNATIVE = ("aztreonam", "ciprofloxacin", "levofloxacin", "vancomycin")


def test_cholangitis_with_penicillin_anaphylaxis_gets_a_named_alternative(
    reason: Reason,
) -> None:
    """Fever, jaundice and right upper quadrant pain with a dilated common bile duct
    (Tokyo 2018: acute cholangitis) in a patient whose penicillin caused anaphylaxis:
    no penicillin, and a named non-penicillin regimen for the biliary source
    (AAAAI/ACAAI 2022; SIS/IDSA: aztreonam or ciprofloxacin with metronidazole)."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=71,
            sex="F",
            vitals=vitals(118, 96, 58, 24, 95, 39.2),
            one_liner="71F with fever, jaundice and right upper quadrant pain.",
            ed_note=(
                "HPI: two days of right upper quadrant pain, rigors and yellow eyes. "
                "Known gallstones.\nAllergies: penicillin (anaphylaxis, needed "
                "adrenaline).\nExam: jaundiced, tender right upper quadrant, "
                "Murphy's sign.\nLabs: WBC 18.2, bilirubin 84 umol/L, ALP 410, "
                "lactate 2.6.\nUS: common bile duct dilated to 11 mm with stones."
            ),
        )
    )
    given = [o.name for o in O.medications(out) if O.mentions(o, O.PENICILLINS)]
    assert not given, given
    assert O.medication_ordered(out, *NAMED_ALTERNATIVE), O.orders(out)

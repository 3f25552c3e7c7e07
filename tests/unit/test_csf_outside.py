"""``outside.csf_outside``: a CSF organism the bacterial regimen does not treat.

Marais S et al. Lancet Infect Dis 2010 (definite TBM: AFB, culture or NAAT in CSF);
Perfect JR et al. IDSA 2010 (CSF CrAg, India ink, culture). Research software, not
for clinical use.
"""

from __future__ import annotations

import pytest

from agents.offline.outside import csf_outside

TB = ("tuberculous meningitis",)
CRYPTO = ("cryptococcal meningitis",)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("CSF: protein 2.1 g/L; Xpert MTB/RIF detected M. tuberculosis.", TB),
        ("Lumbar puncture: clear CSF, acid-fast bacilli seen on Ziehl-Neelsen.", TB),
        ("CSF: glucose 1.2 mmol/L, positive Koch bacillus on PCR.", TB),
        ("CSF: glucose 1.3 mmol/L; Xpert MTB/RIF: M. tuberculosis detected.", TB),
        ("CSF cryptococcal antigen positive.", CRYPTO),
        ("CSF culture grew Cryptococcus neoformans.", CRYPTO),
        ("CSF: AFB smear negative, Xpert MTB not detected.", ()),
        ("CSF: no cryptococcal antigen.", ()),
        ("CSF sent for AFB and cryptococcal antigen.", ()),
        ("LP to rule out TB meningitis: CSF AFB pending.", ()),
        ("CSF Gram stain showed Gram-positive diplococci.", ()),
        ("Sputum AFB smear positive.", ()),
        ("CSF normal. Sputum AFB smear positive.", ()),
        ("Past history: cryptococcal meningitis, CSF CrAg positive in 2019.", ()),
    ],
)
def test_csf_outside(text: str, want: tuple[str, ...]) -> None:
    assert csf_outside([text]) == want

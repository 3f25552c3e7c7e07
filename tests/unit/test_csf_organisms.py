"""The cause a CSF result names (treat36): organism, antigen or PCR, found or not.

Tunkel AR et al. IDSA 2004 / 2008; Marais S et al. 2010; Perfect JR et al. IDSA 2010;
McGill F et al. 2016. A head CT named without its region (AHA/ASA 2019 3.2.1).
"""

from __future__ import annotations

import pytest

from agents.offline.rules.csf_organisms import csf_causes, csf_organism_findings
from agents.offline.rules.imaging_results import negative_studies
from agents.offline.rules.results import read_results


@pytest.mark.parametrize(
    ("text", "causes"),
    [
        (
            "CSF: lymphocytes 300; Xpert MTB/RIF: M. tuberculosis detected.",
            ("tuberculous",),
        ),
        ("CSF opening pressure 34, cryptococcal antigen positive.", ("cryptococcal",)),
        ("CSF lymphocytes 85; HSV-1 PCR positive.", ("herpes simplex",)),
        ("CSF white cells 120; enterovirus PCR detected.", ("enterovirus",)),
        ("CSF turbid; Gram stain: Gram-positive diplococci.", ("pneumococcal",)),
        (
            "CSF neutrophils 3100, Gram-negative diplococci on Gram stain.",
            ("meningococcal",),
        ),
        ("CSF neutrophils 900, Gram-positive rods on the Gram stain.", ("listeria",)),
        ("CSF neutrophils 1400, Gram stain no organisms seen; culture pending.", ()),
        ("CSF: AFB smear negative, cryptococcal antigen negative.", ()),
        ("CSF sent for cryptococcal antigen.", ()),
        ("History of cryptococcal meningitis treated 3 years ago.", ()),
        ("Sputum AFB positive. CSF normal.", ()),
    ],
)
def test_csf_causes(text: str, causes: tuple[str, ...]) -> None:
    assert csf_causes([text]) == causes


def test_a_non_meningococcal_bacterium_is_marked() -> None:
    pneumo = {f.concept for f in csf_organism_findings("CSF grew S. pneumoniae.")}
    meningo = {
        f.concept for f in csf_organism_findings("CSF: Gram-negative diplococci.")
    }
    assert pneumo == {"csf_organism", "csf_bacterium", "csf_other_bacterium"}
    assert meningo == {"csf_organism", "csf_bacterium"}


@pytest.mark.parametrize(
    ("text", "glucose"),
    [
        ("CSF turbid, neutrophils 2400, glucose 0.8 mmol/L.", False),
        ("CSF WBC 3, glucose 3.4 mmol/L, serum glucose 5.6 mmol/L.", True),
        ("CSF clear; fingerstick glucose 2.1 mmol/L.", True),
        ("LP done. Glucose 2.1 mmol/L.", True),
    ],
)
def test_a_csf_glucose_is_no_blood_glucose(text: str, glucose: bool) -> None:
    assert any(r.analyte == "glucose" for r in read_results(text)) is glucose


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("NIHSS 9. CT: no intracranial haemorrhage.", True),
        ("CT negative for ICH.", True),
        ("NIHSS 7. CT no haemorrhage.", True),
        ("Trauma. CT no haemorrhage.", False),
        ("CT abdomen: no haemorrhage.", False),
        ("NIHSS 4. CT head pending.", False),
    ],
)
def test_a_ct_without_its_region_read_for_intracranial_blood(
    text: str, head: bool
) -> None:
    got = any((r.modality, r.region) == ("CT", "head") for r in negative_studies(text))
    assert got is head

"""obgyn20 (issue 10): obstetric, gynaecological and genitourinary emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- Workowski KA et al. CDC Sexually transmitted infections treatment guidelines 2021.
  MMWR Recomm Rep 2021;70(4) (PID minimum and additional criteria; hospitalisation
  for a tubo-ovarian abscess, parenteral regimens);

Each scenario asserts a safety property and failed on main before the change that
makes it pass, unless it is named as a guard (see the commit messages).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIBIOTIC = (
    "ceftriaxone",
    "cefoxitin",
    "cefotetan",
    "doxycycline",
    "metronidazole",
    "clindamycin",
    "gentamicin",
    "antibiotic",
)


def test_adnexal_abscess_on_scan_gets_iv_antibiotics_and_a_bed(reason: Reason) -> None:
    """CDC 2021: a febrile woman with pelvic pain, purulent cervical discharge,
    cervical excitation and a complex adnexal collection on ultrasound has a
    tubo-ovarian abscess: parenteral antibiotics and admission, never home."""
    out = reason(
        make_case(
            "pelvic pain",
            age=31,
            sex="F",
            vitals=vitals(106, 124, 76, 18, 98, t=38.7),
            one_liner="31-year-old with a week of lower abdominal pain, fevers at home "
            "and a yellow vaginal discharge.",
            ed_note="31F, week of crampy bilateral lower abdo pain getting worse, "
            "febrile at home, yellow vaginal discharge. Two partners in the last "
            "3 months. Speculum: mucopurulent cervical discharge. Bimanual: marked "
            "cervical excitation, right adnexal fullness. Urine pregnancy test "
            "negative. TVUS: 6 cm thick-walled multilocular adnexal collection on the "
            "right.",
            case_id="obgyn20-toa",
        )
    )
    assert O.medication_ordered(out, *ANTIBIOTIC)
    assert O.proposes(out, "tubo-ovarian", "pelvic inflammatory")
    assert out.final.disposition not in (None, "Discharge", "Observation")


def test_pid_by_cdc_criteria_is_treated(reason: Reason) -> None:
    """CDC 2021: a sexually active young woman with lower abdominal pain, cervical
    motion tenderness and a discharge (an additional criterion), not pregnant, is
    treated empirically for PID (ceftriaxone, doxycycline, metronidazole)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=19,
            sex="F",
            vitals=vitals(88, 118, 72, 16, 99, t=37.6),
            one_liner="19-year-old with 3 days of dull low abdominal pain and "
            "vaginal discharge.",
            ed_note="19F, 3 days dull suprapubic and low abdominal pain, greenish "
            "vaginal discharge, dyspareunia. New partner, condoms not used. Abdomen "
            "soft, mild lower tenderness, no peritonism. Pelvic exam: cervical motion "
            "tenderness, bilateral adnexal tenderness, no mass. hCG negative.",
            case_id="obgyn20-pid",
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "doxycycline", "cefoxitin")
    assert O.proposes(out, "pelvic inflammatory")

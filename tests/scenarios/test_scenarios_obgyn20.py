"""obgyn20 (issue 10): obstetric, gynaecological and genitourinary emergencies.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- Workowski KA et al. CDC Sexually transmitted infections treatment guidelines 2021.
  MMWR Recomm Rep 2021;70(4) (PID minimum and additional criteria; hospitalisation
  for a tubo-ovarian abscess, parenteral regimens);
- ACEP Clinical Policy: early pregnancy. Ann Emerg Med 2017;69:241; ACOG Practice
  Bulletin 193 (2018); Barnhart KT. N Engl J Med 2009;361:379 (an intrauterine
  pregnancy on a scan all but excludes an ectopic after spontaneous conception, not
  after assisted reproduction: heterotopic pregnancy);
- ACOG Clinical Consensus No. 4 (2023) urinary tract infections in pregnancy (acute
  pyelonephritis in pregnancy: inpatient parenteral antibiotics); EAU 2024 urological
  infections (fever, flank pain or CVA tenderness and pyuria);
- ACOG Committee Opinion 783 (2019) adnexal torsion in adolescents (sudden pelvic
  pain with vomiting and an adnexal mass: torsion until proven otherwise);

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


def _ectopic_entries(out):  # type: ignore[no-untyped-def]
    return [e for e in out.final.ledger if "ectopic" in e.diagnosis.lower()]


def test_bleeding_with_a_live_iup_on_a_scan_is_not_called_ectopic(
    reason: Reason,
) -> None:
    """ACEP 2017 / Barnhart 2009: first-trimester spotting in a woman whose early
    pregnancy unit scan showed a single live IUP (spontaneous conception), stable,
    closed os: a threatened miscarriage, not an ectopic pregnancy; no ruptured-ectopic
    work-up leads the plan."""
    out = reason(
        make_case(
            "spotting in pregnancy",
            age=27,
            sex="F",
            vitals=vitals(78, 122, 76, 14, 99),
            one_liner="27-year-old, 8 weeks pregnant, with brown spotting since last "
            "night.",
            ed_note="27F G1P0 8/40 by LMP, natural conception. Brown spotting since "
            "last night, no pain to speak of. EPU scan 5 days ago: single live IUP, "
            "CRL consistent with dates. Obs normal. Abdo soft, non-tender. Os closed "
            "on speculum, minimal old blood.",
            case_id="obgyn20-iup",
        )
    )
    dx = next(r for r in out.trace if r.stage == "diagnosis").output
    assert dx is not None and "ectopic" not in dx.name.lower()  # type: ignore[union-attr]
    ectopic = _ectopic_entries(out)
    assert not ectopic or ectopic[0].status != "cannot_exclude"


def test_ivf_pregnancy_with_an_iup_keeps_a_heterotopic_ectopic_open(
    reason: Reason,
) -> None:
    """Guard (ACEP 2017): after IVF an intrauterine pregnancy does not exclude a
    heterotopic ectopic (about 1 in 100): pelvic pain with free fluid keeps the ectopic
    open."""
    out = reason(
        make_case(
            "pelvic pain",
            age=35,
            sex="F",
            vitals=vitals(104, 108, 66, 18, 99),
            one_liner="35-year-old, 7 weeks pregnant after IVF embryo transfer, with "
            "sudden right pelvic pain.",
            ed_note="35F 7/40 after IVF with a two-embryo transfer. Sudden right-sided "
            "pelvic pain for 3 hours, light-headed. Scan last week: live IUP. Bedside "
            "US today: IUP seen, free fluid in the pouch of Douglas.",
            case_id="obgyn20-heterotopic",
        )
    )
    ectopic = _ectopic_entries(out)
    assert ectopic and ectopic[0].status in ("cannot_exclude", "ruled_in")


def test_no_iup_then_free_fluid_reads_the_free_fluid(reason: Reason) -> None:
    """ACEP 2017 / Moore C et al. Acad Emerg Med 2007;14:755: a positive hCG with no
    intrauterine pregnancy and free fluid on bedside ultrasound is an ectopic until
    proven otherwise; 'no IUP, free fluid ...' states the fluid present (the 'no'
    belongs to the IUP), so the ectopic is held open with the fluid as evidence."""
    out = reason(
        make_case(
            "abdominal pain",
            age=23,
            sex="F",
            vitals=vitals(96, 112, 70, 16, 99),
            one_liner="23-year-old with a positive home pregnancy test and left lower "
            "abdominal pain.",
            ed_note="23F, LMP 6 weeks ago, positive home test. Left iliac fossa "
            "pain since this morning, some spotting. Urine hCG positive. Bedside US: "
            "no IUP, moderate free fluid in the pelvis.",
            case_id="obgyn20-no-iup-fluid",
        )
    )
    ectopic = _ectopic_entries(out)
    assert ectopic and ectopic[0].status in ("cannot_exclude", "ruled_in")
    evidence = " ".join(e.text.lower() for e in ectopic[0].evidence_for)
    assert "free fluid" in evidence


def test_abrupt_pain_with_a_known_dermoid_is_triaged_as_torsion(
    reason: Reason,
) -> None:
    """ACOG CO 783: abrupt pelvic pain with vomiting in a girl with a known ovarian
    dermoid is adnexal torsion until proven otherwise, a time-critical surgical
    emergency (ESI high-risk situation, level 2 at most)."""
    out = reason(
        make_case(
            "left sided pain",
            age=16,
            sex="F",
            vitals=vitals(96, 118, 72, 18, 99),
            one_liner="16-year-old girl with a left ovarian dermoid under follow-up, "
            "abrupt onset left iliac fossa pain an hour ago and has vomited twice.",
            ed_note="16F, known 7 cm L ovarian dermoid awaiting elective surgery. "
            "Abrupt L iliac fossa pain at school an hour ago, vomited x2, can't get "
            "comfortable. Not sexually active. Tender L iliac fossa, guarding.",
            case_id="obgyn20-dermoid",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_kidney_infection_at_26_weeks_is_admitted(reason: Reason) -> None:
    """ACOG CC 4 (2023): fever, loin tenderness and an infected urine at 26 weeks is
    acute pyelonephritis in pregnancy (sepsis, preterm labour, ARDS): admitted for
    parenteral antibiotics, not sent home or to a short stay."""
    out = reason(
        make_case(
            "back pain",
            age=30,
            sex="F",
            vitals=vitals(108, 112, 68, 18, 98, t=38.6),
            one_liner="30-year-old at 26 weeks with right loin pain, shivers and "
            "burning when passing urine for a day.",
            ed_note="30F G2P1 26/40. 24 h R loin pain, rigors, dysuria, nauseated but "
            "keeping fluids down. R renal angle tenderness. Uterus soft, non-tender, "
            "FHR 145. Urine dip: leucocytes 3+, nitrite positive.",
            case_id="obgyn20-pyelo-pregnancy",
        )
    )
    assert out.final.disposition not in (None, "Discharge", "Observation")
    assert O.medication_ordered(out, "ceftriaxone", "cefuroxime", "cefazolin")

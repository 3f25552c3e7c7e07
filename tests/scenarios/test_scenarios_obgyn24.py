"""obgyn24 (issue 10): obstetric and gynaecological emergencies, second review.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- ATLS 10th ed. (2018) trauma in pregnancy; ACOG Committee Opinion 518 / 2019
  guidance on trauma in pregnancy: from 20 weeks, at least 4 h of cardiotocography
  after trauma, minor included, because abruption can present hours later; the
  monitoring is for force that can reach the uterus;
- ACEP Clinical Policy: early pregnancy. Ann Emerg Med 2017;69:241 (an intrauterine
  pregnancy on a scan all but excludes an ectopic after spontaneous conception);
  Workowski KA et al. CDC STI treatment guidelines 2021 (chlamydia in pregnancy:
  azithromycin 1 g once, doxycycline avoided; sex partners treated presumptively);

Each scenario asserts a safety property and failed on main before the change that
makes it pass, unless it is named as a guard (see the commit messages).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

FETAL_MONITORING = ("fetal monitoring", "cardiotocograph", r"\bctg\b")


def test_fall_late_in_pregnancy_is_not_sent_home_before_fetal_monitoring(
    reason: Reason,
) -> None:
    """ATLS / ACOG: a woman at 29 weeks who tripped and fell onto her front is
    monitored (CTG) for at least 4 h before she may go home, however well she looks:
    abruption after minor trauma presents late."""
    out = reason(
        make_case(
            "fall",
            age=24,
            sex="F",
            vitals=vitals(88, 114, 68, 16, 99),
            one_liner="24-year-old, 29 weeks pregnant, tripped on a pavement edge and "
            "fell forwards onto her bump 40 minutes ago.",
            ed_note="24F G1 29/40. Tripped on the pavement, fell forwards onto her "
            "hands and abdomen. No pain now, no PV loss, baby moving. Abdomen soft, "
            "uterus non-tender, fundus appropriate. FHR 145. No other injuries.",
            case_id="obgyn24-fall-29w",
        )
    )
    assert O.ordered(out, *FETAL_MONITORING)
    assert out.final.disposition not in (None, "Discharge")


def test_jammed_finger_late_in_pregnancy_needs_no_trauma_bundle(
    reason: Reason,
) -> None:
    """ATLS / ACOG: the 4 h of fetal monitoring after trauma are for force that can
    reach the uterus (a fall, a crash, a blow); a finger caught in a drawer at
    31 weeks, without a fall, needs no CTG, no Kleihauer and no obstetric consult."""
    out = reason(
        make_case(
            "finger injury",
            age=33,
            sex="F",
            vitals=vitals(80, 112, 70, 14, 99),
            one_liner="33-year-old, 31 weeks pregnant, caught her left ring finger in "
            "a kitchen drawer an hour ago.",
            ed_note="33F G2P1 at 31 weeks. Caught her left ring finger in a drawer, no "
            "fall, no other injury. Fingertip bruised and tender, full range of "
            "movement, nail intact. Baby moving normally, no abdominal pain.",
            case_id="obgyn24-finger-31w",
        )
    )
    assert not O.ordered(out, *FETAL_MONITORING, "kleihauer")


def test_chlamydia_contact_in_pregnancy_gets_azithromycin_and_goes_home(
    reason: Reason,
) -> None:
    """CDC 2021: a pregnant woman whose partner has chlamydia is treated
    presumptively with azithromycin 1 g (doxycycline is avoided in pregnancy); with
    an intrauterine pregnancy already scanned and normal vital signs she goes home."""
    out = reason(
        make_case(
            "std exposure",
            age=23,
            sex="F",
            vitals=vitals(76, 108, 64, 14, 100),
            one_liner="23-year-old, 18 weeks pregnant, boyfriend tested positive for "
            "chlamydia this week; she has a little extra discharge.",
            ed_note="23F G1 18/40, boyfriend diagnosed with chlamydia at a sexual "
            "health clinic on Monday. Slight increase in vaginal discharge, no pain, "
            "no bleeding, no fever. IUP seen on the dating scan at 12 weeks. "
            "Speculum: mucopurulent discharge from the cervix, cervix bleeds easily "
            "on swabbing. Swabs for NAAT taken.",
            case_id="obgyn24-chlamydia-18w",
        )
    )
    assert O.medication_ordered(out, "azithromycin")
    assert not O.medication_ordered(out, "doxycycline", "tetracycline")
    assert out.final.disposition == "Discharge"


def test_fever_after_caesarean_is_puerperal_sepsis_not_a_pregnancy_question(
    reason: Reason,
) -> None:
    """RCOG Green-top 64b (2012) / ACOG PB 199: fever with uterine tenderness and
    offensive lochia a week after a caesarean is puerperal sepsis (endometritis):
    blood cultures and antibiotics now and an obstetric review, not orders held
    until a pregnancy test is positive."""
    out = reason(
        make_case(
            "fever",
            age=26,
            sex="F",
            vitals=vitals(116, 102, 64, 22, 97, t=38.7),
            one_liner="26-year-old, 8 days after an elective caesarean section, with "
            "fever, shivers and lower tummy pain.",
            ed_note="26F day 8 post caesarean section. Fevers and shivering since "
            "last night, lower abdominal pain, offensive-smelling lochia. Uterus "
            "tender on palpation, wound dry. Breastfeeding. WBC 19, CRP 180.",
            case_id="obgyn24-puerperal-sepsis",
        )
    )
    names = [o.name.lower() for o in O.orders(out)]
    assert not any(n.startswith("if hcg positive") for n in names)
    assert O.ordered(out, "blood culture")
    assert O.ordered(out, "obstetric")
    assert O.proposes(out, "puerperal", "endometritis")


def test_tissue_in_the_os_with_shock_is_a_miscarriage_not_an_ectopic(
    reason: Reason,
) -> None:
    """NICE NG126 / ACOG PB 200: heavy bleeding at 8 weeks with tissue in an open
    cervical os is a miscarriage under way; bradycardia with hypotension is cervical
    shock, relieved by removing the tissue from the os with sponge forceps. The
    pregnancy is intrauterine: the diagnosis is not an ectopic."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=30,
            sex="F",
            vitals=vitals(48, 82, 46, 16, 98),
            one_liner="30-year-old, 8 weeks pregnant, bleeding heavily with clots for "
            "2 hours and nearly fainted in the toilet.",
            ed_note="30F 8/40 by LMP, heavy PV bleeding with large clots, cramping, "
            "near-syncope. Grey and sweaty. Speculum: cervical os open with tissue "
            "protruding through it, brisk bleeding. Rh positive.",
            case_id="obgyn24-cervical-shock",
        )
    )
    assert not (out.final.icd10 or "").startswith("O00")
    assert O.ordered(out, "sponge forceps", "remov\\w* (?:the )?(?:products|tissue)")


def test_new_heart_failure_after_a_birth_is_peripartum_cardiomyopathy(
    reason: Reason,
) -> None:
    """HFA 2019 PPCM position statement / ESC 2018 pregnancy guideline: new heart
    failure in the weeks after a birth, without heart disease before, is peripartum
    cardiomyopathy until echocardiography says otherwise: name it and image the
    heart."""
    out = reason(
        make_case(
            "shortness of breath",
            age=34,
            sex="F",
            vitals=vitals(108, 112, 72, 24, 92),
            one_liner="34-year-old, 3 weeks after a vaginal birth, breathless for 10 "
            "days and now cannot lie flat.",
            ed_note="34F 3 weeks post vaginal delivery. Progressive breathlessness, "
            "orthopnoea, swollen ankles. No heart history. Bibasal crackles, raised "
            "JVP. CXR: pulmonary oedema and cardiomegaly.",
            case_id="obgyn24-ppcm",
        )
    )
    assert O.proposes(out, "peripartum cardiomyopathy")
    assert O.ordered(out, "echocardiogra")


def test_pain_in_late_pregnancy_gets_paracetamol_when_the_nsaid_is_withheld(
    reason: Reason,
) -> None:
    """FDA 2020: no NSAID from 20 weeks of pregnancy; the pain is still treated,
    with paracetamol, the analgesic of choice in pregnancy."""
    out = reason(
        make_case(
            "back pain",
            age=29,
            sex="F",
            vitals=vitals(84, 112, 70, 14, 99),
            one_liner="29-year-old, 28 weeks pregnant, low back pain since lifting her "
            "toddler yesterday.",
            ed_note="29F 28/40. Lumbar paraspinal pain after lifting, no leg "
            "symptoms, no urinary symptoms, no abdominal pain, no bleeding, baby "
            "moving. Paraspinal tenderness, neurology normal.",
            case_id="obgyn24-back-28w",
        )
    )
    assert not O.medication_ordered(out, *O.NSAID)
    assert O.medication_ordered(out, "paracetamol", "acetaminophen")

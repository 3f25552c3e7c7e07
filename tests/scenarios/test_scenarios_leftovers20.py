"""Weaknesses left by session 19 (leftovers20, session 20).

Written from: Isselbacher EM et al. ACC/AHA 2022 aortic disease guideline (CT
angiography, not a non-contrast CT, excludes acute aortic dissection); Bala M et al.
WSES 2022 acute mesenteric ischaemia (CT angiography is the test; a plain CT does not
exclude it); Perry JJ et al. BMJ 2011;343:d4277 and ACEP clinical policy on acute
headache 2019 (a head CT excludes subarachnoid haemorrhage only within 6 h of onset;
later an LP or CTA follows). A negative statement names a test: it excludes a
must-not-miss diagnosis only when that test can.
"""

from __future__ import annotations

import re

from agents.schemas import DifferentialEntry
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _entry(out: ReasoningOutput, words: str) -> DifferentialEntry | None:
    return next((e for e in out.final.ledger if words in e.diagnosis.lower()), None)


def _not_ruled_out(out: ReasoningOutput, words: str) -> bool:
    e = _entry(out, words)
    return e is None or e.status != "ruled_out"


def test_plain_ct_does_not_exclude_aortic_dissection(reason: Reason) -> None:
    """Abrupt tearing pain into the back: an unenhanced chest CT read 'no dissection'
    cannot exclude it (ACC/AHA 2022: CTA, TOE or MRI), so it stays unexcluded and
    nothing antithrombotic is given."""
    out = reason(
        make_case(
            "chest pain into the back",
            age=67,
            sex="M",
            vitals=vitals(94, 178, 102, 20, 97),
            ed_note=(
                "Abrupt ripping pain between the shoulder blades 90 minutes ago. "
                "Long-standing hypertension. CT thorax without contrast: no aortic "
                "dissection seen."
            ),
        )
    )
    assert _not_ruled_out(out, "aortic dissection"), _entry(out, "aortic dissection")
    assert not O.ordered(out, *O.ANTITHROMBOTIC), O.orders(out)


def test_plain_ct_does_not_exclude_mesenteric_ischaemia(reason: Reason) -> None:
    """Older patient in atrial fibrillation with abdominal pain and a raised lactate:
    an unenhanced abdominal CT stating no bowel ischaemia does not exclude acute
    mesenteric ischaemia (WSES 2022: CT angiography)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=80,
            sex="F",
            vitals=vitals(106, 116, 64, 20, 95),
            ed_note=(
                "Abdominal pain with vomiting since early morning. Atrial "
                "fibrillation, anticoagulant stopped weeks ago. Abdomen soft, mildly "
                "tender. Lactate 4.1. Non-contrast CT of the abdomen: no bowel "
                "ischaemia."
            ),
        )
    )
    assert _not_ruled_out(out, "infarction of intestine"), _entry(
        out, "infarction of intestine"
    )


def test_late_head_ct_statement_does_not_exclude_sah(reason: Reason) -> None:
    """Worst-ever headache, 10 h old, head CT written as 'no SAH': beyond 6 h the CT
    does not exclude SAH (Perry 2011; ACEP 2019), so it stays open and the patient is
    not sent home before an LP or CTA."""
    out = reason(
        make_case(
            "headache",
            age=31,
            sex="M",
            vitals=vitals(74, 130, 80, 16, 99),
            ed_note=(
                "The worst headache he has ever had, started 10 hours ago. Alert and "
                "oriented, no neck pain, no focal deficit. Head CT: no SAH."
            ),
        )
    )
    assert _not_ruled_out(out, "subarachnoid"), _entry(out, "subarachnoid")
    assert O.disposition(out).disposition != "Discharge"


def test_early_head_ct_statement_still_excludes_sah(reason: Reason) -> None:
    """Guard: the same words 3 h after onset exclude SAH (Perry 2011)."""
    out = reason(
        make_case(
            "headache",
            age=31,
            sex="M",
            vitals=vitals(74, 130, 80, 16, 99),
            ed_note=(
                "The worst headache he has ever had, started 3 hours ago. Alert and "
                "oriented, no neck pain, no focal deficit. Head CT: no SAH."
            ),
        )
    )
    e = _entry(out, "subarachnoid")
    assert e is None or e.status not in ("cannot_exclude", "ruled_in"), e


def test_cta_statement_excludes_dissection(reason: Reason) -> None:
    """Guard: a CT angiogram of the aorta read 'no dissection' still excludes it."""
    out = reason(
        make_case(
            "chest pain into the back",
            age=67,
            sex="M",
            vitals=vitals(94, 178, 102, 20, 97),
            ed_note=(
                "Abrupt ripping pain between the shoulder blades 90 minutes ago. "
                "Long-standing hypertension. CT angiogram of the aorta: no aortic "
                "dissection."
            ),
        )
    )
    e = _entry(out, "aortic dissection")
    assert e is None or e.status not in ("cannot_exclude", "ruled_in"), e


# --- the lumbar puncture read in its usual forms (item 2) ---
# Tunkel AR et al. IDSA 2004 and van de Beek D et al. ESCMID 2016 (CSF white cell
# count < 5 /uL normal); Perry JJ et al. BMJ 2015 (a negative LP: no xanthochromia and
# CSF red cells < 2000 x10^6/L; the fluid's look is not the test); ACEP 2019 acute
# headache (an LP or CTA once after a late negative CT).


def test_csf_panel_under_its_heading_is_read(reason: Reason) -> None:
    """Febrile headache with meningism; the LP's counts are written under its name
    ('Lumbar puncture: ... WBC 1, RBC 0 ...'): a normal CSF makes bacterial meningitis
    very unlikely, so no empiric meningitis antibiotics."""
    out = reason(
        make_case(
            "fever and headache",
            age=26,
            sex="F",
            vitals=vitals(97, 118, 72, 16, 99, 38.3),
            ed_note=(
                "A day of fever, headache and photophobia, stiff neck on examination. "
                "GCS 15, no rash. Lumbar puncture: opening pressure 17 cmH2O, WBC 1, "
                "RBC 0, protein 0.31 g/L, glucose 3.5 mmol/L, Gram stain negative."
            ),
        )
    )
    e = _entry(out, "meningitis")
    assert e is None or e.status not in ("cannot_exclude", "ruled_in"), e
    assert not O.medication_ordered(out, "ceftriaxone", "vancomycin"), O.orders(out)


def test_csf_pleocytosis_under_its_heading_keeps_meningitis(reason: Reason) -> None:
    """Guard: the same panel with 900 white cells keeps meningitis and treats it."""
    out = reason(
        make_case(
            "fever and headache",
            age=26,
            sex="F",
            vitals=vitals(97, 118, 72, 16, 99, 38.3),
            ed_note=(
                "A day of fever, headache and photophobia, stiff neck on examination. "
                "GCS 15, no rash. CSF: WBC 900, 90% neutrophils, protein 2.2 g/L."
            ),
        )
    )
    e = _entry(out, "meningitis")
    assert e is not None and e.status in ("cannot_exclude", "ruled_in"), e
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)


def test_clear_csf_alone_does_not_exclude_sah(reason: Reason) -> None:
    """Thunderclap headache 12 h old, normal CT, LP noted only as 'CSF clear': the
    fluid's look is no negative LP (Perry 2015), so SAH stays open."""
    out = reason(
        make_case(
            "headache",
            age=44,
            sex="M",
            vitals=vitals(82, 144, 88, 16, 99),
            ed_note=(
                "Severe headache that reached its peak instantly, 12 hours ago. "
                "Alert, no focal signs. CT head normal. LP: CSF clear."
            ),
        )
    )
    assert _not_ruled_out(out, "subarachnoid"), _entry(out, "subarachnoid")


def test_resulted_lp_is_not_ordered_again(reason: Reason) -> None:
    """A late thunderclap with a normal CT and an LP already resulted (no
    xanthochromia, 4 red cells in the last tube): no second LP and no CTA for it."""
    out = reason(
        make_case(
            "headache",
            age=44,
            sex="M",
            vitals=vitals(82, 144, 88, 16, 99),
            ed_note=(
                "Severe headache that reached its peak instantly, 12 hours ago. "
                "Alert, no focal signs. CT head normal. LP: opening pressure 15, "
                "tube 4 RBC 4, no xanthochromia."
            ),
        )
    )
    assert not O.ordered(out, "lumbar puncture", r"\bLP\b", r"\bCTA\b", "angiogra"), (
        O.orders(out)
    )


# --- a gradual course is no stroke onset; a measured IOP is not measured again ---
# Powers WJ et al. AHA/ASA 2019 acute ischaemic stroke (a sudden deficit with a time
# last known well); Hand PJ et al. Stroke 2006;37:769 (exact onset time OR 2.6 for
# stroke; mimics come on gradually); EXTRIP lithium 2015 (Decker BS et al. CJASN
# 2015); EGS 2020 (angle closure: IOP measured at presentation).


def test_gradual_lithium_toxicity_gets_no_stroke_workup(reason: Reason) -> None:
    """A week of worsening tremor, unsteadiness and slurred speech with a toxic
    lithium level and kidney injury: a toxic encephalopathy, no stroke team, CT
    angiography with contrast in the injured kidney, or neurosurgeon."""
    out = reason(
        make_case(
            "confusion",
            age=61,
            sex="M",
            vitals=vitals(66, 120, 72, 16, 97),
            ed_note=(
                "Bipolar disorder on lithium; a thiazide was added last month. Ten "
                "days of diarrhoea, and over the last week gradually worsening "
                "tremor, unsteady walking and slurred speech, now muddled. Lithium "
                "2.9 mmol/L, creatinine 2.2 mg/dL, sodium 135."
            ),
        )
    )
    assert not O.ordered(out, "stroke team", "neurosurgery", "angiograph"), O.orders(
        out
    )


def test_sudden_deficit_on_lithium_keeps_stroke(reason: Reason) -> None:
    """Guard: on lithium, but a sudden right-sided weakness with a time last known
    well is a stroke until imaging says otherwise."""
    out = reason(
        make_case(
            "weakness",
            age=61,
            sex="M",
            vitals=vitals(88, 176, 96, 16, 97),
            ed_note=(
                "Bipolar disorder on lithium, a week of loose stools. Sudden right arm "
                "and leg weakness with slurred speech, last known well 08:40, 50 "
                "minutes ago. Right facial droop."
            ),
        )
    )
    e = _entry(out, "cerebral infarction")
    assert e is not None and e.status in ("cannot_exclude", "ruled_in"), e


def test_measured_iop_is_not_measured_again(reason: Reason) -> None:
    """Acute angle closure with the pressures already written: no second IOP order."""
    out = reason(
        make_case(
            "eye pain",
            age=67,
            sex="F",
            vitals=vitals(86, 160, 90, 16, 98),
            ed_note=(
                "Painful red right eye with blurred vision and haloes since tonight, "
                "headache and vomiting. Fixed mid-dilated right pupil, hazy cornea. "
                "IOP right 56 mmHg, left 15 mmHg."
            ),
        )
    )
    assert not O.ordered(out, "intraocular pressure", r"\bIOP\b", "tonometr"), O.orders(
        out
    )


# --- bleeding from the nose on warfarin (item 4) ---
# Tomaselli GF et al. 2020 ACC Expert Consensus Decision Pathway on bleeding in
# patients on oral anticoagulants (JACC 2020;76:594): haemodynamic instability makes a
# bleed major, reversed with 4-factor PCC and IV vitamin K for a vitamin K
# antagonist; AAO-HNS 2020 epistaxis (Tunkel DE et al.); ISMP 2020 (duplicate orders).

_HOLD = r"^\s*(?:hold|withhold|stop)\b"
_PCC = re.compile(r"(?i)prothrombin complex|\bpcc\b")


def _pcc_now(name: str) -> bool:
    """Whether an order gives PCC now: a clause naming it with no condition."""
    return any(
        _PCC.search(clause)
        and not re.search(r"(?i)\b(?:if|only|unless|when)\b", clause)
        for clause in name.split(";")
    )


def test_shocked_nosebleed_on_warfarin_is_reversed(reason: Reason) -> None:
    """A torrential nosebleed on warfarin with a shock index above 1, clammy and
    pale: a major bleed, so 4-factor PCC with IV vitamin K."""
    out = reason(
        make_case(
            "nosebleed",
            age=77,
            sex="M",
            vitals=vitals(114, 94, 56, 20, 97),
            ed_note=(
                "Nosebleed for three hours that will not stop with pressure, soaking "
                "towels and swallowing blood. Takes warfarin for atrial fibrillation. "
                "Pale and clammy. INR 4.6, Hb 86 g/L."
            ),
        )
    )
    assert any(_pcc_now(o.name) for o in O.medications(out)), O.orders(out)


def test_nosebleed_on_warfarin_gets_one_hold(reason: Reason) -> None:
    """A nosebleed on warfarin with a high INR: the anticoagulant is held once, not
    in two separate orders."""
    out = reason(
        make_case(
            "nosebleed",
            age=73,
            sex="F",
            vitals=vitals(86, 148, 86, 16, 98),
            ed_note=(
                "Brisk nosebleed from the left side for two hours, running down the "
                "back of her throat. Warfarin for atrial fibrillation. INR 3.9, "
                "Hb 128 g/L."
            ),
        )
    )
    holds = [o for o in O.orders(out) if re.match(_HOLD, o.name, re.IGNORECASE)]
    assert len(holds) <= 1, holds


# --- a simple febrile seizure is triaged by resources; AMI is admitted (item 5) ---
# Subcommittee on Febrile Seizures, AAP clinical practice guideline, Pediatrics
# 2011;127:389 (6-60 months, generalised, brief, back to baseline: no routine LP,
# blood tests or imaging); ESI v4 handbook (no high-risk situation: level by
# resources); Bala M et al. WSES 2022 and Bjorck M et al. ESVS 2017 acute mesenteric
# ischaemia (heparin at once, CT angiography, surgery: a hospital admission);
# Garcia DA et al. CHEST 2012 (a heparin infusion is titrated in hospital).


def test_simple_febrile_seizure_is_not_esi_2(reason: Reason) -> None:
    """A toddler after a brief generalised seizure with a cold, now playful and back
    to normal: no high-risk situation, the level follows the resources."""
    out = reason(
        make_case(
            "seizure",
            age=2,
            sex="F",
            vitals=vitals(130, 96, 58, 26, 99, 38.8),
            one_liner=(
                "22-month-old with a runny nose; a one-minute generalised febrile "
                "seizure at home that stopped by itself, now back to her normal "
                "self, alert and playing."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi >= 3, out.final.esi


def test_febrile_seizure_child_still_drowsy_stays_high_risk(reason: Reason) -> None:
    """Guard: the same toddler still drowsy after the seizure is ESI 2 or higher."""
    out = reason(
        make_case(
            "seizure",
            age=2,
            sex="F",
            vitals=vitals(130, 96, 58, 26, 99, 38.8),
            one_liner=(
                "22-month-old with fever; a generalised seizure at home, still drowsy "
                "and hard to rouse 40 minutes later."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_suspected_mesenteric_ischaemia_on_heparin_is_admitted(reason: Reason) -> None:
    """An older patient in AF with pain out of proportion: heparin started, CT
    angiography and a surgeon ordered: admitted, not observed."""
    out = reason(
        make_case(
            "abdominal pain",
            age=79,
            sex="F",
            vitals=vitals(104, 132, 78, 20, 96),
            ed_note=(
                "Sudden severe central abdominal pain for 4 hours, pain out of "
                "proportion to examination, abdomen soft and barely tender. Atrial "
                "fibrillation, not anticoagulated. Vomited twice."
            ),
        )
    )
    assert O.disposition(out).disposition in ("Admit", "OR Admit"), O.disposition(out)

"""dx37 (issue 10): the final diagnosis and its scope; population limits; out of scope.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- NICE NG232 (2023) head injury, 1.4.12: a head injury on an anticoagulant is scanned
  whatever the GCS; ICD-10-CM FY2024 S09.90XA / S06.9X- and IV.H (an uncertain
  intracranial lesion is not coded).
- Wanhainen A et al. ESVS 2024 AAA guideline, Eur J Vasc Endovasc Surg 2024;67:192;
  Chaikof EL et al. SVS 2018: a symptomatic intact aneurysm is not a rupture (shock,
  collapse or blood around the aorta on CT).
- AAO Preferred Practice Pattern, posterior vitreous detachment, retinal breaks and
  lattice degeneration (2019); Mac Grory B et al. AHA 2021 (Stroke 2021;52:e282):
  transient monocular vision loss is a TIA, a CRAO a stroke equivalent; flashes and
  floaters are the vitreous and retina's.
- ACOG Practice Bulletin 171 and 222; RCOG Green-top 27a and 63: placental abruption,
  praevia and preterm labour from 20 weeks; ACOG Committee Opinion 712 (2017): a
  suspected intraamniotic infection is a fever without a clear source.
- Workowski KA et al. CDC STI Treatment Guidelines 2021 (neurosyphilis); Berger JR
  et al. Neurology 2013;80:1430 (PML); Tunkel AR et al. IDSA 2008 (encephalitis);
  Perfect JR et al. IDSA 2010 (cryptococcal meningitis).

Each scenario asserts safety properties; each failed on main 42d1e0a before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CTA = (r"ct angiograph", r"\bcta\b")
STROKE_TEAM = (r"stroke team",)


def _final(out: ReasoningOutput) -> str:
    return f"{out.final.icd10} {out.final.diagnosis_name}".lower()


def _flags(out: ReasoningOutput) -> tuple[str, ...]:
    return tuple(out.final.summary.flags)


def _on_ledger(out: ReasoningOutput, words: str) -> list[str]:
    """Ledger entries naming ``words`` (any status but ruled out)."""
    return [
        e.diagnosis
        for e in out.final.ledger
        if words in e.diagnosis.lower() and e.status != "ruled_out"
    ]


# ---- a head injury on an anticoagulant: the injury, not the triage complaint ----


def test_head_injury_on_apixaban_under_weakness_is_the_head_injury(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.12: the injury is worked up and named, not 'weakness'."""
    out = reason(
        make_case(
            "weakness",
            age=81,
            sex="F",
            vitals=vitals(88, 148, 84, 16, 97),
            one_liner="81F fell at home, on apixaban, hit head, now headache",
            ed_note="81-year-old on apixaban for AF, tripped at home and hit her head "
            "3 "
            "hours ago. GCS 15, headache, one vomit. No focal deficit.",
        )
    )
    assert (out.final.icd10 or "").startswith(("S09", "S06")), _final(out)
    assert "weakness" not in O.working(out)
    assert O.ordered(out, r"ct (?:of the )?head|ct head")


def test_head_injury_on_rivaroxaban_under_dizziness_is_the_head_injury(
    reason: Reason,
) -> None:
    """NICE NG232 1.4.12: a dizzy patient who struck her head on a DOAC."""
    out = reason(
        make_case(
            "dizziness",
            age=84,
            sex="F",
            vitals=vitals(80, 138, 78, 16, 96),
            ed_note="84-year-old on rivaroxaban for AF. Lost her footing and hit her "
            "forehead on a table this morning, dizzy since. Forehead haematoma 4 cm. "
            "GCS 15, no focal deficit.",
        )
    )
    assert (out.final.icd10 or "").startswith(("S09", "S06")), _final(out)
    assert "dizziness" not in O.working(out)


def test_confused_after_head_injury_on_warfarin_is_no_out_of_scope_case(
    reason: Reason,
) -> None:
    """ATLS 10th ed.; NICE NG232: a falling GCS after a head injury is the brain's."""
    out = reason(
        make_case(
            "confusion",
            age=82,
            sex="M",
            vitals=vitals(84, 160, 88, 16, 96),
            ed_note="82-year-old on warfarin for AF. Fell yesterday and hit his head "
            "on a "
            "door frame. Since this morning more confused and drowsy, GCS 14. INR 3.1. "
            "No focal deficit.",
        )
    )
    assert (out.final.icd10 or "").startswith("S06"), _final(out)
    assert "out_of_scope" not in _flags(out)


def test_guard_anticoagulated_uti_without_a_head_injury_keeps_its_diagnosis(
    reason: Reason,
) -> None:
    """Guard (NICE NG232 applies to a head injury): no injury, no head-injury label."""
    out = reason(
        make_case(
            "weakness",
            age=79,
            sex="F",
            vitals=vitals(96, 132, 74, 18, 96, t=37.9),
            ed_note="79-year-old on apixaban for AF. Three days of generalised "
            "weakness, "
            "burning on passing urine and frequency. No fall, no head injury. Urine "
            "dip: "
            "leucocytes 3+, nitrites positive. Alert, no focal deficit.",
        )
    )
    assert not (out.final.icd10 or "").startswith(("S09", "S06")), _final(out)


def test_guard_wrist_fall_without_a_head_strike_is_the_wrist(reason: Reason) -> None:
    """Guard: a fall onto the hand on apixaban, head not struck (NICE NG232)."""
    out = reason(
        make_case(
            "fall",
            age=68,
            sex="F",
            vitals=vitals(84, 140, 80, 16, 98),
            ed_note="68-year-old on apixaban for AF tripped on a kerb and fell onto "
            "her "
            "outstretched right hand. Did not hit her head, no loss of consciousness. "
            "Dinner-fork deformity of the right wrist, radial pulse present.",
        )
    )
    # injury40: before its film the wrist is coded as the wrist's injury (S69.9-,
    # ICD-10-CM IV.H), after it as the fracture (S52.-): the wrist either way
    assert (out.final.icd10 or "").startswith(("S52", "S69")), _final(out)


# ---- a symptomatic intact aneurysm is no rupture until its evidence ----


def test_stable_tender_aneurysm_is_not_labelled_ruptured(reason: Reason) -> None:
    """ESVS 2024: stable, no imaging of rupture: 'without rupture', rupture open."""
    out = reason(
        make_case(
            "abdominal pain",
            age=72,
            sex="M",
            vitals=vitals(84, 158, 92, 16, 98),
            ed_note="72-year-old smoker with hypertension. 6 hours of abdominal and "
            "back "
            "pain. Tender pulsatile abdominal mass. Haemodynamically stable. Bedside "
            "ultrasound aorta 6.8 cm.",
        )
    )
    assert (out.final.icd10 or "").startswith("I71.4"), _final(out)
    assert "ruptured" not in _final(out) and "ruptured" not in O.working(out)
    assert _on_ledger(out, "aortic aneurysm, ruptured")
    assert O.ordered(out, r"vascular surgery")
    assert not O.ordered(out, r"permissive hypotension|massive transfusion")


def test_aneurysm_imaged_intact_with_pain_goes_to_vascular_surgery(
    reason: Reason,
) -> None:
    """ESVS 2024: a symptomatic intact AAA is repaired urgently on this admission."""
    out = reason(
        make_case(
            "abdominal pain",
            age=71,
            sex="F",
            vitals=vitals(86, 162, 94, 16, 98),
            ed_note="71-year-old with 12 hours of central abdominal pain. Tender "
            "pulsatile mass. CT angiography: 6.2 cm infrarenal abdominal aortic "
            "aneurysm "
            "without rupture, no retroperitoneal haematoma.",
        )
    )
    assert (out.final.icd10 or "").startswith("I71.4"), _final(out)
    assert O.ordered(out, r"vascular surgery")
    assert O.disposition(out).disposition != "Discharge"


def test_ureteric_stone_beside_an_intact_small_aneurysm_is_renal_colic(
    reason: Reason,
) -> None:
    """ESVS 2024: an aneurysm intact on CT excludes the rupture; EAU 2024 colic."""
    out = reason(
        make_case(
            "flank pain",
            age=66,
            sex="M",
            vitals=vitals(88, 148, 88, 18, 98),
            ed_note="66-year-old with colicky left flank pain radiating to the groin, "
            "vomiting. Known 4.1 cm AAA. CT KUB/aorta: 5 mm left vesicoureteric "
            "junction "
            "stone with hydronephrosis; abdominal aortic aneurysm 4.2 cm, intact, no "
            "periaortic stranding or haematoma.",
        )
    )
    assert (out.final.icd10 or "").startswith("N20"), _final(out)
    assert not _on_ledger(out, "aortic aneurysm, ruptured")
    assert not O.ordered(out, r"crossmatch 6 units")


def test_guard_shocked_aneurysm_keeps_rupture_and_massive_transfusion(
    reason: Reason,
) -> None:
    """Guard (SVS 2018; ESVS 2024): pulsatile mass with shock is a rupture."""
    out = reason(
        make_case(
            "abdominal pain",
            age=74,
            sex="M",
            vitals=vitals(132, 72, 40, 24, 95),
            ed_note="74-year-old collapsed at home with sudden severe back and "
            "abdominal "
            "pain. Pale, clammy, BP 72/40, HR 132. Pulsatile expansile abdominal mass. "
            "Bedside ultrasound: aorta 7.5 cm.",
        )
    )
    assert out.final.icd10 == "I71.30", _final(out)
    assert O.ordered(out, r"massive transfusion")


def test_guard_retroperitoneal_haematoma_on_ct_is_a_rupture_when_stable(
    reason: Reason,
) -> None:
    """Guard (ESVS 2024): blood around the aorta on CT is the rupture, any BP."""
    out = reason(
        make_case(
            "abdominal pain",
            age=70,
            sex="M",
            vitals=vitals(98, 128, 76, 18, 97),
            ed_note="70-year-old with left flank and abdominal pain for 3 hours. BP "
            "128/76. CT angiography: 7.1 cm infrarenal abdominal aortic aneurysm with "
            "a "
            "left retroperitoneal haematoma (contained rupture).",
        )
    )
    assert out.final.icd10 == "I71.30", _final(out)


# ---- monocular flashes, floaters and a curtain: the retina, not a stroke ----


def test_curtain_with_flashes_after_cataract_surgery_is_no_stroke_work_up(
    reason: Reason,
) -> None:
    """AAO PPP 2019: a curtain with flashes is a detachment until a dilated exam."""
    out = reason(
        make_case(
            "vision loss",
            age=70,
            sex="M",
            vitals=vitals(80, 144, 84, 14, 97),
            ed_note="70-year-old, right cataract surgery 2 months ago. Since last "
            "night a "
            "dark curtain coming down over the right eye with flashes. Acuity right "
            "6/24. "
            "Pupils equal and reactive. No focal neurological deficit.",
        )
    )
    assert (out.final.icd10 or "").startswith("H33"), _final(out)
    assert O.ordered(out, r"ophthalmology")
    assert not O.ordered(out, *CTA, *STROKE_TEAM)


def test_flashes_floaters_and_a_curtain_without_a_neuro_exam_get_no_cta(
    reason: Reason,
) -> None:
    """AAO PPP 2019; AHA 2021: the vitreoretinal picture, no CNS finding: no CTA."""
    out = reason(
        make_case(
            "eye problem",
            age=58,
            sex="M",
            vitals=vitals(78, 142, 86, 14, 98, t=36.7),
            one_liner="58M flashes, floaters, curtain over vision left eye",
            ed_note="58-year-old, high myope. Sudden flashes and new floaters "
            "yesterday, "
            "today a shadow like a curtain over the upper vision of the left eye. "
            "Visual "
            "acuity 6/9. No pain, no trauma.",
        )
    )
    assert (out.final.icd10 or "").startswith("H33"), _final(out)
    assert not O.ordered(out, *CTA, *STROKE_TEAM)


def test_guard_amaurosis_fugax_with_arm_weakness_keeps_the_stroke_work_up(
    reason: Reason,
) -> None:
    """Guard (AHA 2021): monocular loss with a focal deficit is a TIA/stroke."""
    out = reason(
        make_case(
            "vision loss",
            age=71,
            sex="M",
            vitals=vitals(82, 168, 94, 16, 97),
            ed_note="71-year-old smoker. Vision in the left eye went black like a "
            "curtain "
            "coming down for 10 minutes, now back to normal. At the same time his "
            "right "
            "arm went weak and is still weak (4/5). No flashes or floaters.",
        )
    )
    assert O.ordered(out, *CTA)
    assert _on_ledger(out, "ischemic attack") or _on_ledger(out, "cerebral infarction")


def test_guard_flashes_with_a_facial_droop_keep_the_stroke_open(reason: Reason) -> None:
    """Guard (AHA/ASA 2019): a CNS finding keeps the stroke open beside flashes."""
    out = reason(
        make_case(
            "vision problem",
            age=74,
            sex="F",
            vitals=vitals(88, 178, 98, 16, 97),
            ed_note="74-year-old, 1 hour ago flashing lights in her vision and now a "
            "left "
            "facial droop and slurred speech. Left arm drift.",
        )
    )
    assert _on_ledger(out, "cerebral infarction")
    assert O.ordered(out, *CTA)


# ---- gestational-age limits ----


def test_bleeding_at_eight_weeks_has_no_placental_abruption(reason: Reason) -> None:
    """ACOG / RCOG GTG 63: abruption is a bleed after 20 weeks; NICE NG126 before."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=24,
            sex="F",
            vitals=vitals(92, 118, 72, 16, 99),
            ed_note="24-year-old, 8 weeks pregnant by dates, no scan yet. Vaginal "
            "bleeding "
            "like a period and lower abdominal cramping since this morning. Abdomen "
            "soft, "
            "mild suprapubic tenderness. hCG positive.",
        )
    )
    assert not _on_ledger(out, "separation of placenta")
    assert not _on_ledger(out, "placenta previa")
    assert _on_ledger(out, "ectopic")


def test_pain_at_six_weeks_has_no_abruption(reason: Reason) -> None:
    """ACOG PB 193; RCOG GTG 63: at 6 weeks ectopic is open, abruption is not."""
    out = reason(
        make_case(
            "abdominal pain",
            age=27,
            sex="F",
            vitals=vitals(88, 122, 74, 16, 99),
            ed_note="27-year-old, 6 weeks pregnant, positive home pregnancy test. Left "
            "lower abdominal pain and brown spotting. Left iliac fossa tenderness, no "
            "guarding.",
        )
    )
    assert not _on_ledger(out, "separation of placenta")
    assert not _on_ledger(out, "preterm labor")


def test_guard_abruption_at_32_weeks_stays(reason: Reason) -> None:
    """Guard (RCOG GTG 63): painful bleeding with a hard uterus at 32 weeks."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=33,
            sex="F",
            vitals=vitals(116, 108, 64, 20, 98),
            ed_note="33-year-old, 32 weeks pregnant, sudden constant abdominal pain "
            "and "
            "dark vaginal bleeding for 1 hour. Uterus hard and tender. Fetal heart "
            "110.",
        )
    )
    assert (out.final.icd10 or "").startswith("O45"), _final(out)


def test_right_lower_quadrant_fever_at_22_weeks_is_not_chorioamnionitis(
    reason: Reason,
) -> None:
    """ACOG CO 712: triple I is a fever without a clear source; ACOG CO 775."""
    out = reason(
        make_case(
            "abdominal pain",
            age=30,
            sex="F",
            vitals=vitals(104, 116, 70, 18, 98, t=38.1),
            ed_note="30-year-old, 22 weeks pregnant. 24 hours of right-sided abdominal "
            "pain, nausea, anorexia, fever 38.1. Tender right lower quadrant and right "
            "flank with guarding. WCC 15.8, CRP 88. Fetal heart 148.",
        )
    )
    assert "chorioamnionitis" not in O.working(out)
    assert "chorioamnionitis" not in _final(out)
    assert not O.ordered(out, r"delivery is the treatment")
    assert O.ordered(out, r"general surgery|surgical review")


# ---- a CSF result naming a cause the knowledge base does not treat ----


def _csf_case(cc: str, age: int, sex: str, note: str) -> Case:
    return make_case(
        cc, age=age, sex=sex, vitals=vitals(90, 132, 80, 16, 98, t=37.4), ed_note=note
    )


def test_neurosyphilis_by_csf_vdrl_is_outside_the_kb(reason: Reason) -> None:
    """CDC 2021: a reactive CSF VDRL is neurosyphilis: IV penicillin G, not the
    empirical bacterial regimen; the knowledge base says it lies outside."""
    out = reason(
        _csf_case(
            "headache",
            44,
            "M",
            "44M with HIV, 4 weeks of headache and blurred vision. CSF lymphocytes 60, "
            "protein high, CSF VDRL reactive. Impression: neurosyphilis.",
        )
    )
    assert "out_of_scope" in _flags(out)
    assert out.final.diagnosis_name != "Meningitis, unspecified"
    assert not O.medication_ordered(out, r"ceftriaxone")
    assert O.ordered(out, r"penicillin g")


def test_csf_treponemal_test_in_general_paresis_is_outside_the_kb(
    reason: Reason,
) -> None:
    """CDC 2021: a positive CSF FTA-ABS with pleocytosis supports neurosyphilis."""
    out = reason(
        _csf_case(
            "confusion",
            52,
            "M",
            "52-year-old, 3 months of memory problems, personality change and unsteady "
            "gait. Serum RPR 1:64. CSF: white cells 22 (lymphocytes), protein 0.9 g/L, "
            "CSF FTA-ABS positive, CSF VDRL reactive.",
        )
    )
    assert "out_of_scope" in _flags(out)
    assert O.ordered(out, r"infectious diseases")


def test_jc_virus_in_the_csf_is_outside_the_kb(reason: Reason) -> None:
    """Berger 2013: JC virus by CSF PCR is PML; no antimicrobial treats it."""
    out = reason(
        _csf_case(
            "weakness",
            41,
            "F",
            "41-year-old with HIV, CD4 35. Four weeks of progressive left arm and leg "
            "weakness and clumsiness. MRI: non-enhancing right parietal white matter "
            "lesions without mass effect. CSF JC virus PCR positive.",
        )
    )
    assert "out_of_scope" in _flags(out)
    assert O.ordered(out, r"infectious diseases")


def test_west_nile_igm_in_the_csf_is_outside_the_kb(reason: Reason) -> None:
    """IDSA 2008; CDC 2015: West Nile neuroinvasive disease, supportive care."""
    out = reason(
        _csf_case(
            "confusion",
            67,
            "M",
            "67-year-old, 5 days of fever, confusion, tremor and weakness of the left "
            "arm. "
            "CSF white cells 180 (lymphocytes), protein 1.1 g/L; CSF West Nile virus "
            "IgM "
            "positive.",
        )
    )
    assert "out_of_scope" in _flags(out)


def test_cryptococcal_meningitis_in_a_transplant_is_no_haemorrhage(
    reason: Reason,
) -> None:
    """IDSA 2010; WHO 2022: Cryptococcus in the CSF is a meningitis, not an ICH."""
    out = reason(
        _csf_case(
            "headache",
            58,
            "M",
            "58M, kidney transplant on tacrolimus and mycophenolate, 3 weeks of "
            "headache "
            "and confusion. LP: opening pressure 28 cm H2O; CSF culture grew "
            "Cryptococcus "
            "neoformans. Impression: cryptococcal meningitis in a transplant "
            "recipient.",
        )
    )
    assert "hemorrhage" not in O.working(out)
    assert not O.ordered(out, r"^neurosurgery$")
    assert "out_of_scope" in _flags(out)


def test_guard_non_reactive_csf_vdrl_stays_inside(reason: Reason) -> None:
    """Guard (CDC 2021): a non-reactive CSF VDRL beside an enterovirus."""
    out = reason(
        _csf_case(
            "headache",
            24,
            "F",
            "24-year-old, 2 days of fever, headache and photophobia, alert. CSF white "
            "cells 140 (lymphocytes), glucose normal, protein 0.6 g/L, Gram stain "
            "negative, CSF VDRL non-reactive, enterovirus PCR positive.",
        )
    )
    assert "out_of_scope" not in _flags(out)
    assert not O.ordered(out, r"penicillin g")


def test_guard_serum_rpr_beside_a_normal_csf_is_no_neurosyphilis(
    reason: Reason,
) -> None:
    """Guard (CDC 2021): neurosyphilis is read from the CSF, not the serum."""
    out = reason(
        _csf_case(
            "headache",
            35,
            "M",
            "35-year-old with a headache for 2 days. Lumbar puncture: CSF white cells "
            "2, "
            "protein and glucose normal, serum RPR reactive 1:8.",
        )
    )
    assert not O.ordered(out, r"penicillin g")

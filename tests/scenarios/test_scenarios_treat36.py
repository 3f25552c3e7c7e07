"""Scenarios (treat36, issue 10): treatment and disposition follow the CSF result.

The empirical bacterial meningitis regimen (ceftriaxone and vancomycin, ampicillin
for Listeria, dexamethasone: Tunkel AR et al. IDSA 2004; van de Beek D et al. ESCMID
2016) is given until the CSF names the cause; once it names one the regimen does not
treat, the cause's own treatment is the plan: four anti-tuberculous drugs with a
corticosteroid for Mycobacterium tuberculosis (Thwaites G et al. BIS, J Infect
2009;59:167; WHO 2022), amphotericin B with flucytosine and no corticosteroid for
Cryptococcus (Perfect JR et al. IDSA 2010; WHO 2022; Beardsley J et al. NEJM
2016;374:542), IV aciclovir for herpes simplex or varicella zoster virus (Tunkel AR et
al. IDSA 2008), supportive care for an enterovirus (McGill F et al. J Infect
2016;72:405). A bacterium on the Gram stain keeps the bacterial regimen, and the
organism decides between meningococcal and pneumococcal disease. Research software,
not for clinical use.
"""

from __future__ import annotations

from agents.pathways import unconditional
from cases.models import Case
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

BACTERIAL_COVER = ("ceftriaxone", "cefotaxime", "vancomycin")


def _csf_case(cc: str, age: int, sex: str, note: str, t: float = 38.7) -> Case:
    return make_case(
        cc, age=age, sex=sex, vitals=vitals(108, 124, 76, 20, 97, t=t), ed_note=note
    )


def _admitted(out: ReasoningOutput) -> bool:
    return O.disposition(out).disposition not in ("Discharge", "Observation")


def test_tuberculous_csf_gets_anti_tuberculous_drugs_not_the_bacterial_regimen(
    reason: Reason,
) -> None:
    """BIS 2009 / WHO 2022: CSF Xpert MTB positive -> RIPE with dexamethasone, admit."""
    out = reason(
        _csf_case(
            "HEADACHE",
            38,
            "F",
            "38-year-old with four weeks of headache, low-grade fevers and weight "
            "loss, now drowsy. Neck stiff. Lumbar puncture: CSF lymphocytes 240, "
            "protein 1.9 g/L, glucose 1.5 mmol/L; GeneXpert MTB/RIF detected M. "
            "tuberculosis.",
        )
    )
    assert O.medication_ordered(out, "rifampicin")
    assert not O.medication_ordered(out, *BACTERIAL_COVER)
    assert O.ordered(out, "infectious diseases")
    assert _admitted(out)


def test_cryptococcal_csf_gets_amphotericin_and_no_steroid(reason: Reason) -> None:
    """IDSA 2010 / WHO 2022: CrAg-positive CSF -> amphotericin + flucytosine, no
    dexamethasone (Beardsley 2016), pressure drained, admitted."""
    out = reason(
        _csf_case(
            "HEADACHE",
            33,
            "M",
            "33-year-old with advanced HIV (CD4 30), not on treatment, three weeks of "
            "headache and fevers. LP: opening pressure 36 cm H2O, CSF lymphocytes 25, "
            "CSF cryptococcal antigen positive.",
            t=38.2,
        )
    )
    assert O.medication_ordered(out, "amphotericin")
    assert O.medication_ordered(out, "flucytosine")
    assert not O.medication_ordered(out, "dexamethasone")
    assert not O.medication_ordered(out, *BACTERIAL_COVER)
    assert O.ordered(out, "therapeutic lumbar puncture")
    assert _admitted(out)


def test_hsv_in_the_csf_gets_iv_aciclovir_not_the_bacterial_regimen(
    reason: Reason,
) -> None:
    """IDSA 2008: HSV by CSF PCR is treated with IV aciclovir."""
    out = reason(
        _csf_case(
            "HEADACHE",
            26,
            "F",
            "26-year-old with two days of headache, photophobia and a stiff neck, "
            "alert, no focal deficit. CSF white cells 180, mostly lymphocytes, glucose "
            "normal; HSV-2 PCR positive.",
        )
    )
    assert O.medication_ordered(out, r"aciclovir \d+ mg/kg IV")
    assert not O.medication_ordered(out, *BACTERIAL_COVER)


def test_enterovirus_in_the_csf_stops_the_antibiotics(reason: Reason) -> None:
    """McGill 2016: a CSF PCR confirming a viral meningitis stops the antibiotics."""
    out = reason(
        _csf_case(
            "FEVER",
            21,
            "M",
            "21-year-old with a day of fever, headache, photophobia and mild neck "
            "stiffness, alert. CSF lymphocytes 130, glucose normal, Gram stain "
            "negative; enterovirus PCR detected.",
        )
    )
    assert not O.medication_ordered(out, *BACTERIAL_COVER)


def test_gram_positive_diplococci_keep_the_bacterial_regimen_no_dextrose(
    reason: Reason,
) -> None:
    """IDSA 2004 / ESCMID 2016: pneumococcal meningitis keeps ceftriaxone,
    vancomycin and dexamethasone; it is no hypoglycaemia (a CSF glucose)."""
    out = reason(
        _csf_case(
            "FEVER",
            44,
            "M",
            "44-year-old with 10 hours of fever, severe headache and vomiting, neck "
            "stiffness, confused. CSF cloudy, neutrophils 2100, glucose 0.9 mmol/L; "
            "Gram stain shows Gram-positive diplococci.",
            t=39.3,
        )
    )
    for drug in ("ceftriaxone", "vancomycin", "dexamethasone"):
        assert O.medication_ordered(out, drug), drug
    assert not O.medication_ordered(out, "dextrose")
    assert "hypoglyc" not in (out.final.diagnosis_name or "").lower()
    assert _admitted(out)


def test_guard_culture_pending_neutrophilic_csf_keeps_empirical_cover(
    reason: Reason,
) -> None:
    """IDSA 2004: a neutrophilic CSF with the culture awaited stays on empirical
    cover, and a negative AFB smear or CrAg changes nothing."""
    out = reason(
        _csf_case(
            "FEVER",
            52,
            "F",
            "52-year-old with a day of fever, headache and neck stiffness. CSF "
            "neutrophils 1400, glucose low, Gram stain no organisms seen; AFB smear "
            "negative, cryptococcal antigen negative; culture pending.",
            t=39.0,
        )
    )
    assert O.medication_ordered(out, "ceftriaxone")
    assert O.medication_ordered(out, "vancomycin")


def test_pneumococcal_csf_is_not_meningococcaemia(reason: Reason) -> None:
    """The organism decides (NICE NG240): a petechial rash beside a CSF culture of
    Streptococcus pneumoniae is pneumococcal meningitis, with vancomycin and its
    adjunctive dexamethasone (ESCMID 2016; de Gans 2002)."""
    out = reason(
        _csf_case(
            "FEVER",
            24,
            "F",
            "24-year-old with 14 hours of fever, headache and vomiting; neck "
            "stiffness and a petechial rash on the legs. CSF turbid, Gram-positive "
            "diplococci; CSF culture grew Streptococcus pneumoniae.",
            t=39.2,
        )
    )
    assert "meningococc" not in (out.final.diagnosis_name or "").lower()
    assert O.medication_ordered(out, "vancomycin")
    assert O.medication_ordered(out, "dexamethasone")


def test_gram_positive_rods_get_ampicillin_outright(reason: Reason) -> None:
    """IDSA 2004: Listeria (Gram-positive rods) is not covered by ceftriaxone:
    ampicillin is given, not left conditional."""
    out = reason(
        _csf_case(
            "ALTERED MENTAL STATUS",
            45,
            "F",
            "45-year-old on azathioprine after a kidney transplant, two days of fever, "
            "confusion and neck stiffness. CSF neutrophils 700, glucose low; Gram "
            "stain: Gram-positive rods.",
        )
    )
    assert any(
        "ampicillin" in unconditional(o.name).lower() for o in O.medications(out)
    )


def test_a_bare_neck_stiff_sentence_is_neck_stiffness(reason: Reason) -> None:
    """van de Beek 2004 / NICE NG240: fever, headache and neck stiffness are
    suspected meningitis, admitted for the LP and antibiotics, not a migraine."""
    out = reason(
        _csf_case(
            "HEADACHE",
            29,
            "M",
            "29-year-old with a day of severe headache, fever and vomiting. Neck "
            "stiff. No rash. Not yet had a lumbar puncture.",
            t=39.0,
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert "migraine" not in (result.working_diagnosis or "").lower()
    assert _admitted(out)


def test_tuberculous_csf_in_a_child_with_a_seizure_is_no_febrile_seizure(
    reason: Reason,
) -> None:
    """AAP 2011: a febrile seizure excludes a CNS infection; CSF Xpert MTB is one."""
    out = reason(
        make_case(
            "SEIZURE",
            age=3,
            sex="M",
            vitals=vitals(136, 98, 60, 28, 97, t=38.5),
            ed_note=(
                "3-year-old with 2 weeks of fever, vomiting and irritability, a "
                "generalised seizure today, drowsy since. CSF lymphocytic, protein "
                "high, glucose low; Xpert MTB positive."
            ),
        )
    )
    assert "febrile convulsions" not in (out.final.diagnosis_name or "").lower()
    assert not O.ordered(out, "no routine blood tests")
    assert O.medication_ordered(out, "rifampicin")


def test_stroke_with_ct_free_of_intracranial_blood_is_named_the_stroke(
    reason: Reason,
) -> None:
    """AHA/ASA 2019 3.2.1: a disabling deficit in the window with CT excluding
    haemorrhage is an ischaemic stroke (the lytic decision follows), not a symptom."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=71,
            sex="F",
            vitals=vitals(84, 162, 90, 16, 97),
            ed_note=(
                "71-year-old with sudden left arm and leg weakness and slurred speech "
                "since 2 hours ago. NIHSS 9. CT: no intracranial haemorrhage, no early "
                "ischaemic change. Glucose 6.4 mmol/L. Not anticoagulated."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("I63")


def test_guard_stroke_before_any_ct_stays_a_symptom(reason: Reason) -> None:
    """AHA/ASA 2019: no imaging, no infarct named and no lytic yet."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=71,
            sex="F",
            vitals=vitals(84, 162, 90, 16, 97),
            ed_note=(
                "71-year-old with sudden left arm and leg weakness and slurred speech "
                "since 2 hours ago. NIHSS 9. CT head requested."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("I63")
    assert not any(
        O.mentions(o.model_copy(update={"name": unconditional(o.name)}), O.LYTIC)
        for o in O.medications(out)
    )


def test_af_rate_control_waits_while_mesenteric_ischaemia_is_hypoperfused(
    reason: Reason,
) -> None:
    """ESVS 2017 / ACC-AHA 2023 AF in acute illness / SSC 2021: the AF is the embolic
    source; heparin and surgery, no IV rate control at a lactate of 4.8."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=80,
            sex="M",
            vitals=vitals(116, 108, 64, 22, 96),
            one_liner="80M sudden abdominal pain, AF, abdomen soft",
            ed_note=(
                "80-year-old with atrial fibrillation, not anticoagulated. Sudden "
                "severe central abdominal pain for 5 hours, pain out of proportion to "
                "a soft abdomen. Lactate 4.8."
            ),
        )
    )
    assert O.medication_ordered(out, "heparin")
    assert not O.medication_ordered(out, "diltiazem", "metoprolol", "verapamil")


def test_guard_fast_af_alone_keeps_its_rate_control(reason: Reason) -> None:
    """ACC/AHA 2023 AF: a stable fast AF leading the picture is rate controlled."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=66,
            sex="F",
            vitals=vitals(138, 132, 80, 16, 98),
            ed_note=(
                "66-year-old with 5 hours of palpitations, no chest pain or "
                "breathlessness. ECG atrial fibrillation at 138. Lactate 1.4."
            ),
        )
    )
    assert O.medication_ordered(out, "diltiazem", "metoprolol")


def test_a_typed_dissection_on_ct_gets_no_anticoagulant(reason: Reason) -> None:
    """ACC/AHA 2022 aortic disease: a type B dissection on CT with AF: anti-impulse
    therapy, no anticoagulant (the AF's CHA2DS2-VASc plan waits)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=69,
            sex="M",
            vitals=vitals(118, 176, 94, 18, 97),
            ed_note=(
                "69-year-old with sudden tearing pain between the shoulder blades. "
                "ECG atrial fibrillation at 118. CT aorta: type B aortic dissection."
            ),
        )
    )
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)


def test_an_imaged_stroke_with_its_lytic_withheld_is_admitted(reason: Reason) -> None:
    """AHA/ASA 2019 4.11: an acute ischaemic stroke is cared for in a stroke unit,
    whatever the lytic decision (here withheld after recent major surgery)."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=64,
            sex="M",
            vitals=vitals(86, 152, 88, 16, 97),
            ed_note=(
                "64-year-old six days after a coronary artery bypass graft, sudden "
                "right face and arm weakness 90 minutes ago. NIHSS 6. CT: no "
                "intracranial haemorrhage."
            ),
        )
    )
    assert O.disposition(out).disposition == "Admit"


def test_a_resolved_deficit_stays_a_tia_without_spine_care(reason: Reason) -> None:
    """AHA/ASA 2009: a deficit that resolved with a normal CT is a TIA (hospital-based
    evaluation by ABCD2), not a stroke; with no injury, no cervical collar or spine
    CT (NEXUS and the Canadian C-spine rule apply to blunt trauma only)."""
    out = reason(
        make_case(
            "NUMBNESS",
            age=62,
            sex="F",
            vitals=vitals(76, 146, 84, 14, 98),
            ed_note=(
                "62-year-old with 15 minutes of left hand weakness this morning, now "
                "completely resolved. NIHSS 0. CT head normal."
            ),
        )
    )
    assert not (out.final.icd10 or "").startswith("I63")
    assert not O.ordered(out, "cervical collar", "ct cervical spine")


def test_mesenteric_ischaemia_named_by_its_ct_is_treated(reason: Reason) -> None:
    """WSES 2022 / ESVS 2017: acute mesenteric ischaemia shown on CT angiography is
    anticoagulated with a surgeon called, and admitted."""
    out = reason(
        make_case(
            "ABDOMINAL PAIN",
            age=83,
            sex="F",
            vitals=vitals(112, 118, 70, 20, 96),
            ed_note=(
                "83-year-old with 5 hours of severe diffuse abdominal pain and "
                "vomiting, abdomen soft. Lactate 3.9. Mesenteric ischaemia on CT "
                "angiography."
            ),
        )
    )
    assert O.medication_ordered(out, "heparin")
    assert O.ordered(out, "surgery")
    assert _admitted(out)

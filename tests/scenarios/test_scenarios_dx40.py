"""dx40 (issue 10): the final diagnosis and honest abstention in rare-but-real ED cases.

Written from the sources named in each docstring, never from rows of the shared data
or copies of the review cases:

- AST Infectious Diseases Community of Practice 2019, UTI in solid-organ transplant
  recipients (Goldman JD, Julian K. Clin Transplant 2019;33:e13507); KDIGO 2009
  transplant recipient care.
- Venning VA et al. BAD guidelines for bullous pemphigoid 2022 (Br J Dermatol
  2022;186:e15); Zuberbier T et al. EAACI/GA2LEN urticaria guideline 2022.
- EAU Guidelines on Testicular Cancer 2023; NICE NG12 1.5.3 (2015, updated 2023).
- Berger JR et al. AAN PML diagnostic criteria (Neurology 2013;80:1430); Transverse
  Myelitis Consortium Working Group (Neurology 2002;59:499); NICE NG234 MSCC 2023.
- Rao AK et al. CDC clinical guidelines for botulism 2021 (MMWR Recomm Rep
  2021;70(2):1); Sanders DB et al. MGFA international consensus guidance (Neurology
  2016;87:419).
- Tintinalli's Emergency Medicine 9th ed. ch. 171 (tick paralysis) and ch. 246
  (diphtheria); Diaz JH. Am J Trop Med Hyg 2010;83:1186; van Doorn PA et al. EAN/PNS
  2023 Guillain-Barre syndrome; ATLS 10th ed.
- Issue 10: outside the knowledge base, say so in the trace (a typed flag) and abstain.

Each target failed on main eb5e678 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from agents.schemas import StageRecord
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


def _flags(out: ReasoningOutput) -> tuple[str, ...]:
    return tuple(out.final.summary.flags)


def _diagnosis_record(out: ReasoningOutput) -> StageRecord:
    return next(r for r in out.trace if r.stage == "diagnosis")


# ---- graft pyelonephritis (AST IDCOP 2019) -------------------------------------------


def test_fever_with_a_tender_renal_graft_is_graft_pyelonephritis(
    reason: Reason,
) -> None:
    """AST IDCOP 2019: fever with pain or tenderness over the allograft and pyuria in a
    kidney transplant recipient is graft pyelonephritis (the graft lies in the iliac
    fossa): cultures, IV antibiotics, admission; the rise in creatinine is its
    consequence, not the diagnosis."""
    out = reason(
        make_case(
            "fever",
            age=47,
            sex="F",
            vitals=vitals(110, 118, 72, 20, 97, 38.7),
            one_liner="47F living-donor kidney transplant, fever and a tender graft",
            ed_note="47-year-old with a living-donor kidney transplant 2 years ago on "
            "tacrolimus and mycophenolate. Fever, rigors and frequency for a day. "
            "Tender graft in the left iliac fossa. Creatinine 1.9 mg/dL "
            "(baseline 1.1). "
            "Urine dip: nitrites and leucocytes positive.",
        )
    )
    assert _code(out).startswith(("N10", "N11", "N12")), _code(out)
    assert not _code(out).startswith("N17")
    assert O.ordered(out, "blood culture")
    assert O.medication_ordered(out, "iv")
    assert O.disposition(out).disposition != "Discharge"


def test_transplant_recipient_dry_from_diarrhoea_is_not_graft_pyelonephritis(
    reason: Reason,
) -> None:
    """Guard (AST IDCOP 2019; KDIGO 2012 AKI): afebrile, a graft that is not tender
    and a clear dip: volume depletion, not an infection of the graft."""
    out = reason(
        make_case(
            "diarrhoea",
            age=61,
            sex="M",
            vitals=vitals(96, 106, 66, 16, 98, 36.8),
            one_liner="61M kidney transplant, vomiting and diarrhoea, creatinine up",
            ed_note="61-year-old, kidney transplant 6 years ago on tacrolimus. Two "
            "days of vomiting and watery diarrhoea. No fever, no urinary symptoms, "
            "graft non-tender. Creatinine 2.0 mg/dL (baseline 1.3). Urine dip "
            "negative.",
        )
    )
    assert not _code(out).startswith(("N10", "N11", "N12"))
    assert "pyelonephritis" not in O.working(out)


# ---- bullous pemphigoid (BAD 2022) ---------------------------------------------------


def test_tense_blisters_in_an_older_adult_are_pemphigoid_not_urticaria(
    reason: Reason,
) -> None:
    """BAD 2022: tense, itchy blisters on urticated plaques in an older adult, Nikolsky
    negative, no mucosal erosions, is bullous pemphigoid until biopsy: dermatology and a
    superpotent topical steroid, not an antihistamine for urticaria."""
    out = reason(
        make_case(
            "rash",
            age=76,
            sex="M",
            vitals=vitals(80, 142, 78, 16, 97, 36.8),
            one_liner="76M itchy blistering rash for 10 days",
            ed_note="76-year-old with ten days of intense itch and tense blisters on "
            "the thighs, groin and forearms, some on red urticated skin. Mouth and "
            "eyes spared. Nikolsky negative. Afebrile, well.",
        )
    )
    assert not _code(out).startswith("L50"), _code(out)
    assert "urticaria" not in O.working(out)
    assert O.medication_ordered(out, "clobetasol", "corticosteroid", "prednisolone")
    assert O.ordered(out, "dermatology")


def test_wheals_without_blisters_stay_urticaria(reason: Reason) -> None:
    """Guard (EAACI/GA2LEN 2022): transient itchy wheals without blisters, the airway
    and circulation spared: urticaria with a non-sedating antihistamine."""
    out = reason(
        make_case(
            "rash",
            age=34,
            sex="M",
            vitals=vitals(82, 126, 78, 14, 99),
            one_liner="34M itchy hives since this morning",
            ed_note="34-year-old with itchy hives on the chest and arms since this "
            "morning, each wheal fading within hours. No blisters, no lip swelling, no "
            "wheeze, no dizziness.",
        )
    )
    assert "pemphigoid" not in O.working(out)
    assert O.medication_ordered(out, "cetirizine", "antihistamine", "loratadine")


# ---- testicular lump (EAU 2023; NICE NG12 1.5.3) -------------------------------------


def test_painless_testicular_lump_gets_ultrasound_markers_and_urology(
    reason: Reason,
) -> None:
    """EAU 2023 / NICE NG12 1.5.3: a non-painful lump in the testis is a suspected
    testicular cancer: scrotal ultrasound, AFP / beta-hCG / LDH, urology on the
    suspected cancer pathway; it is not a renal colic."""
    out = reason(
        make_case(
            "testicular lump",
            age=26,
            sex="M",
            vitals=vitals(70, 122, 74, 14, 99),
            one_liner="26M painless lump in the right testicle",
            ed_note="26-year-old who found a lump in the right testicle a month ago. "
            "No pain, no fever, no urinary symptoms, no injury. A hard 1 cm nodule "
            "within the right testis.",
        )
    )
    assert "calculus" not in O.working(out) and "kidney" not in O.working(out)
    assert not _code(out).startswith(("N20", "N23", "N50.81"))
    assert O.ordered(out, "scrotal ultrasound")
    assert O.ordered(out, "afp", "hcg")
    assert O.ordered(out, "urology")


def test_sudden_painful_testis_stays_torsion(reason: Reason) -> None:
    """Guard (EAU paediatric urology 2023): a sudden painful, high-riding testis in an
    adolescent is torsion until surgery says otherwise."""
    out = reason(
        make_case(
            "testicular pain",
            age=14,
            sex="M",
            vitals=vitals(108, 124, 72, 18, 99),
            one_liner="14M sudden right testicular pain 3 hours",
            ed_note="14-year-old with sudden severe right testicular pain for 3 hours "
            "with vomiting. Right testis high and very tender, cremasteric reflex "
            "absent.",
        )
    )
    assert "torsion" in O.working(out)
    assert O.ordered(out, "urology")


# ---- typed abstention; an imaging conclusion outside the KB (issue 10) ---------------


def test_an_abstaining_diagnosis_stage_is_typed_out_of_scope(reason: Reason) -> None:
    """Issue 10: when nothing the knowledge base holds can be named and the complaint
    has no symptom code, the stage abstains and says so with the typed flag
    (a heritable bone disease with recurrent low-energy fractures)."""
    out = reason(
        make_case(
            "recurrent fractures",
            age=33,
            sex="M",
            vitals=vitals(76, 122, 74, 14, 99),
            one_liner="33M many low-energy fractures since childhood, blue sclerae",
            ed_note="33-year-old with more than ten fractures of the long bones after "
            "minor falls since early childhood, short stature, blue sclerae and "
            "hearing loss. Aching shins on exertion. X-rays: healed old fractures, no "
            "new fracture.",
        )
    )
    dx = _diagnosis_record(out)
    if dx.status != "ok":
        assert "out_of_scope" in dx.flags
        assert dx.error
    assert "out_of_scope" in _flags(out)


def test_pml_on_mri_is_flagged_outside_the_knowledge_base(reason: Reason) -> None:
    """Berger AAN 2013: subacute progressive deficits with low CD4 and non-enhancing
    white matter lesions reported as PML is a disease the knowledge base lacks: the
    trace says out of scope and names no disease of its own (no anaemia label)."""
    out = reason(
        make_case(
            "weakness",
            age=39,
            sex="F",
            vitals=vitals(80, 118, 72, 16, 98),
            one_liner="39F HIV, three weeks of worsening left-sided clumsiness",
            ed_note="39-year-old with HIV off treatment, CD4 30. Three weeks of "
            "progressive left hand clumsiness then left leg weakness and slurred "
            "speech. Afebrile. Hb 104. MRI brain: asymmetric non-enhancing "
            "subcortical white matter lesions, consistent with progressive multifocal "
            "leukoencephalopathy.",
        )
    )
    assert "out_of_scope" in _flags(out)
    assert not _code(out).startswith("D64")


def test_transverse_myelitis_on_mri_is_flagged_outside(reason: Reason) -> None:
    """TMCWG 2002: a sensory level with bladder involvement and a cord signal without
    compression, reported as transverse myelitis: outside the knowledge base, said
    so; or (trauma49) worked as the acute myelopathy the knowledge base now holds
    (G95.9, its myelitis the MRI's), never a generic weakness."""
    out = reason(
        make_case(
            "weakness",
            age=27,
            sex="M",
            vitals=vitals(84, 124, 76, 14, 99),
            one_liner="27M three days of numb and weak legs, cannot pass urine",
            ed_note="27-year-old, viral illness ten days ago. Three days of numbness "
            "rising to the umbilicus, weak legs, urinary retention. No trauma, no "
            "cancer, afebrile. MRI spine: central T2 signal from T6 to T10 without "
            "cord compression, in keeping with acute transverse myelitis.",
        )
    )
    assert "out_of_scope" in _flags(out) or _code(out) == "G95.9", (
        _flags(out),
        _code(out),
    )


def test_cord_compression_on_mri_stays_inside(reason: Reason) -> None:
    """Guard (NICE NG234 2023): a known cancer with cord compression on MRI is
    metastatic spinal cord compression, inside the knowledge base: dexamethasone."""
    out = reason(
        make_case(
            "back pain",
            age=72,
            sex="F",
            vitals=vitals(86, 134, 78, 16, 97),
            one_liner="72F breast cancer, back pain, legs weak",
            ed_note="72-year-old with metastatic breast cancer. Four weeks of thoracic "
            "back pain, now weak numb legs. MRI spine: T7 metastasis with epidural "
            "disease, consistent with metastatic spinal cord compression.",
        )
    )
    assert "out_of_scope" not in _flags(out)
    assert O.medication_ordered(out, "dexamethasone")


# ---- botulism, myasthenic crisis (CDC 2021; MGFA 2016) -------------------------------


def test_cranial_palsies_after_injecting_drugs_get_botulinum_antitoxin(
    reason: Reason,
) -> None:
    """CDC 2021: ocular and bulbar palsies in a person who injects drugs are wound
    botulism until proven otherwise: antitoxin on suspicion, vital capacity, ICU."""
    out = reason(
        make_case(
            "weakness",
            age=38,
            sex="F",
            vitals=vitals(90, 124, 76, 18, 97),
            one_liner="38F skin-pops heroin, drooping eyelids, double vision, slurred",
            ed_note="38-year-old who injects heroin under the skin. Since yesterday "
            "double vision and drooping eyelids, slurred speech and trouble "
            "swallowing. Alert, sensation intact, pupils dilated and sluggish. "
            "Infected injection site on the forearm.",
        )
    )
    assert O.medication_ordered(out, "antitoxin")
    assert not _code(out).startswith("D64")


def test_known_myasthenia_with_bulbar_weakness_and_breathlessness_is_a_crisis(
    reason: Reason,
) -> None:
    """MGFA 2016: worsening bulbar and respiratory weakness in known myasthenia is an
    impending crisis: vital capacity, IVIG or plasma exchange, ICU."""
    out = reason(
        make_case(
            "shortness of breath",
            age=58,
            sex="M",
            vitals=vitals(108, 138, 82, 24, 95),
            one_liner="58M myasthenia gravis, choking on saliva, breathless",
            ed_note="58-year-old with generalised myasthenia gravis on pyridostigmine "
            "and prednisolone. Three days of drooping eyelids, nasal speech and "
            "difficulty swallowing his saliva, now breathless lying flat.",
        )
    )
    assert O.medication_ordered(out, "ivig", "plasma exchange")
    assert O.ordered(out, "vital capacity")


# ---- tick paralysis (Tintinalli ch. 171) ---------------------------------------------


def test_attached_tick_with_ascending_weakness_is_removed_not_given_ivig(
    reason: Reason,
) -> None:
    """Tintinalli ch. 171; Diaz 2010: an acute ascending flaccid weakness with an
    engorged tick attached is tick paralysis: find and remove the tick, watch the
    breathing; IVIG for Guillain-Barre syndrome is not the treatment."""
    out = reason(
        make_case(
            "weakness",
            age=4,
            sex="M",
            vitals=vitals(110, 96, 58, 24, 98),
            one_liner="4M unsteady then unable to walk since this morning",
            ed_note="4-year-old back from a farm holiday. Unsteady last night, this "
            "morning unable to walk, legs floppy with absent reflexes, sensation "
            "normal, afebrile. An engorged tick is embedded behind the left ear.",
        )
    )
    assert not O.medication_ordered(out, "ivig")
    assert O.ordered(out, "tick")


def test_ascending_weakness_after_diarrhoea_keeps_ivig(reason: Reason) -> None:
    """Guard (EAN/PNS 2023): ascending areflexic weakness after a diarrhoeal illness,
    no tick: Guillain-Barre syndrome with IVIG and vital capacity."""
    out = reason(
        make_case(
            "weakness",
            age=52,
            sex="F",
            vitals=vitals(92, 128, 78, 18, 97),
            one_liner="52F legs weak for a week after a stomach bug",
            ed_note="52-year-old with diarrhoea two weeks ago, then tingling feet and "
            "weakness rising to the thighs over a week; areflexia. No tick, no travel. "
            "LP: protein 1.4 g/L, white cells 1.",
        )
    )
    assert "guillain" in O.working(out)
    assert O.medication_ordered(out, "ivig", "plasma exchange")


# ---- contact bleeding is no blood loss (ATLS; Tintinalli ch. 246) --------------------


def test_a_membrane_that_bleeds_when_scraped_is_no_haemorrhage(reason: Reason) -> None:
    """Tintinalli ch. 246; ATLS 10th ed.: a pharyngeal membrane that bleeds when
    scraped is a sign of the lesion, not volume loss: no massive transfusion line."""
    out = reason(
        make_case(
            "sore throat",
            age=11,
            sex="F",
            vitals=vitals(128, 100, 62, 26, 96, 38.4),
            one_liner="11F unvaccinated, sore throat, grey membrane, swollen neck",
            ed_note="11-year-old, no vaccinations. Four days of sore throat and fever. "
            "A grey adherent membrane over the tonsils that bleeds when scraped, "
            "swollen neck.",
        )
    )
    assert not O.ordered(out, "massive transfusion")

"""dx35 (issue 10, pattern 1): diagnosis from findings, evidence that moves beliefs.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- CDC/NHSN Patient Safety Component Manual 2024 ch. 9 (surgical site infection);
  NICE NG125 (2019, updated 2020); Bailey & Love's Short Practice of Surgery 28th ed.
  (post-operative haemorrhage); Osmon DR et al. IDSA prosthetic joint infection 2013.
- Simerville JA et al. Am Fam Physician 2005 (urinalysis); MIMIC-IV d_labitems
  (a test's label and its fluid apart); ADA 2024 (HHS).
- Laine L et al. ACG 2021 upper GI bleeding; Schulman S, Kearon C. ISTH 2005.
- Huff JS et al. ACEP clinical policy: seizures 2014; NICE NG217 2022; Fisher RS et
  al. ILAE 2014.
- Harkema H et al. ConText, J Biomed Inform 2009.
- ATLS 10th ed. ch. 5; ICD-10-CM FY2024 (S36.119A, S36.00XA, S06.0X1A).

Each scenario asserts safety properties; each failed on main 8c19b8c before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

from agents.offline.rules.results import read_results, result_findings
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _final(out: object) -> str:
    return f"{out.final.icd10} {out.final.diagnosis_name}".lower()  # type: ignore[attr-defined]


def _open(out: object, words: str) -> list[object]:
    """Ledger entries naming ``words`` that are not ruled out."""
    return [
        e
        for e in out.final.ledger  # type: ignore[attr-defined]
        if words in e.diagnosis.lower() and e.status != "ruled_out"
    ]


# --- a wound infected or bleeding after an operation ------------------------------


def test_febrile_wound_infection_after_a_bowel_operation_is_a_surgical_site_infection(
    reason: Reason,
) -> None:
    """CDC/NHSN 2024 ch. 9: purulent drainage from an incision within 30 days of an
    operation is a surgical site infection; with a fever a deep or organ-space
    infection until imaged (Bailey & Love 28th ed.); NICE NG125: swab, antibiotic,
    the operating team. Not a rash, an abscess of the skin or a laceration."""
    out = reason(
        make_case(
            "wound infection",
            age=63,
            sex="F",
            vitals=vitals(112, 114, 70, 20, 96, 38.6),
            ed_note="63-year-old woman, post-op day 7 after a sigmoid colectomy. The "
            "midline incision is red and tender and is discharging pus. Feels "
            "feverish. Abdomen soft apart from the wound.",
        )
    )
    assert "infection following a procedure" in O.working(out), O.working(out)
    assert out.final.icd10 and out.final.icd10.startswith("T81.4"), _final(out)
    assert O.ordered(out, "swab"), O.orders(out)
    assert O.ordered(out, "surg"), O.orders(out)
    assert not O.ordered(out, "laceration repair"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_afebrile_port_site_infection_is_superficial_and_not_sutured(
    reason: Reason,
) -> None:
    """CDC/NHSN 2024: a red, tender port-site incision with cloudy discharge 10 days
    after a laparoscopy is a superficial incisional SSI (T81.41XA); an infected wound
    is opened and drained, never closed (Bailey & Love 28th ed.)."""
    out = reason(
        make_case(
            "wound problem",
            age=38,
            sex="M",
            vitals=vitals(80, 128, 78, 14, 99, 37.0),
            ed_note="38-year-old man 10 days after a laparoscopic appendicectomy. The "
            "umbilical port site is red and tender with a little cloudy discharge. "
            "Eating and drinking, no abdominal pain otherwise.",
        )
    )
    assert out.final.icd10 == "T81.41XA", _final(out)
    assert "laceration" not in O.working(out), O.working(out)
    assert not O.ordered(out, "laceration repair", "tendon"), O.orders(out)


def test_infected_joint_replacement_wound_is_aspirated_not_opened(
    reason: Reason,
) -> None:
    """Osmon DR et al. IDSA 2013: an infected prosthetic joint is aspirated by the
    orthopaedic team before antibiotics unless septic; its wound is not opened in
    the ED; the patient is not sent home (NICE NG125: an implant)."""
    out = reason(
        make_case(
            "wound drainage",
            age=71,
            sex="F",
            vitals=vitals(98, 138, 80, 18, 97, 38.1),
            ed_note="71-year-old woman 2 weeks after a left total knee replacement. "
            "The wound is hot and red and has been draining purulent fluid for a day.",
        )
    )
    assert "prosthesis" in O.working(out) or "infection" in O.working(out), O.working(
        out
    )
    assert O.ordered(out, "aspiration"), O.orders(out)
    assert not O.ordered(out, "open the wound"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_bleeding_wound_after_an_operation_is_a_post_operative_haemorrhage(
    reason: Reason,
) -> None:
    """Bailey & Love 28th ed.: bleeding from the wound the day after an operation is
    a reactionary haemorrhage: pressure, blood count, clotting, group and screen, the
    operating team; not a new laceration."""
    out = reason(
        make_case(
            "bleeding",
            age=58,
            sex="M",
            vitals=vitals(94, 132, 82, 16, 98),
            ed_note="58-year-old man, post-op day 1 after an open umbilical hernia "
            "repair, on clopidogrel. Blood has soaked through two dressings since "
            "the morning; oozing from the incision with a small swelling around it.",
        )
    )
    assert "postprocedural hemorrhage" in O.working(out), O.working(out)
    assert O.ordered(out, "group and screen"), O.orders(out)
    assert O.ordered(out, "surg"), O.orders(out)


def test_shock_with_a_falling_haemoglobin_after_a_colectomy_is_bleeding(
    reason: Reason,
) -> None:
    """Bailey & Love 28th ed.: tachycardia, hypotension and a falling haemoglobin in
    the days after an abdominal operation are bleeding until proven otherwise: blood
    and the surgeon emergently, not an anaemia work-up (K91.840)."""
    out = reason(
        make_case(
            "weakness",
            age=66,
            sex="F",
            vitals=vitals(128, 84, 50, 24, 95),
            ed_note="66-year-old woman, post-op day 4 after a left hemicolectomy, "
            "went home yesterday. Faint and pale today, abdomen distended and tender. "
            "Hb 7.6 g/dL (12.9 before surgery).",
        )
    )
    assert "hemorrhage" in O.working(out), O.working(out)
    assert O.ordered(out, "transfuse", "crossmatch"), O.orders(out)
    assert O.ordered(out, "surgical team emergently"), O.orders(out)


def test_guard_cellulitis_with_no_operation_is_not_a_surgical_site_infection(
    reason: Reason,
) -> None:
    """Guard (CDC/NHSN 2024: an SSI follows an operation): a red, warm forearm after
    a scratch, no surgery, stays cellulitis."""
    out = reason(
        make_case(
            "arm redness",
            age=44,
            sex="M",
            vitals=vitals(86, 126, 78, 16, 99, 37.5),
            ed_note="44-year-old man with 2 days of spreading redness and warmth of "
            "the "
            "right forearm after a cat scratch. No operations. 6 cm erythema, warm, "
            "tender, no fluctuance.",
        )
    )
    assert "procedure" not in O.working(out), O.working(out)
    assert not _open(out, "following a procedure"), out.final.ledger
    assert not _open(out, "postprocedural"), out.final.ledger


def test_guard_an_old_laparotomy_scar_is_no_recent_operation(reason: Reason) -> None:
    """Guard (CDC/NHSN 2024: 30 days; Bailey & Love): vomiting and distension years
    after a laparotomy is an adhesional obstruction, not a post-operative
    complication."""
    out = reason(
        make_case(
            "vomiting",
            age=70,
            sex="M",
            vitals=vitals(102, 136, 84, 20, 97),
            ed_note="70-year-old man with colicky abdominal pain, bilious vomiting and "
            "no flatus since yesterday. Laparotomy for a perforated ulcer 12 years "
            "ago, well healed scar. Distended, tympanic abdomen.",
        )
    )
    assert not _open(out, "following a procedure"), out.final.ledger
    assert not _open(out, "postprocedural"), out.final.ledger


# --- a result keeps its specimen ---------------------------------------------------


def test_urine_glucose_under_a_heading_without_a_colon_is_not_a_blood_glucose() -> None:
    """Simerville JA et al. AFP 2005: a dipstick glucose in mg/dL is glycosuria;
    result tables print the specimen heading alone on its line ('Urinalysis'), and
    MIMIC-IV's blood 'White Blood Cells' (K/uL) is the blood count."""
    from cases.adapters.mimic_demo import specimen_label

    table = "Urinalysis\nColor Yellow\nGlucose 1000 (A) mg/dL\nKetones Negative"
    assert not [r for r in read_results(table) if r.analyte == "glucose"]
    assert not [r for r in read_results("UA notable for glucose 1000") if r.value]
    wbc = [r for r in read_results("White Blood Cells 18.4 K/uL") if r.analyte == "wbc"]
    assert wbc and wbc[0].value == 18.4
    assert not read_results("White Blood Cells 25 #/hpf")
    assert specimen_label("Glucose", "Urine") == "Urine Glucose"
    assert specimen_label("Glucose", "Blood") == "Glucose"


def test_urine_glucose_of_1000_with_cystitis_is_no_hyperosmolar_state(
    reason: Reason,
) -> None:
    """ADA 2024: HHS is a plasma glucose >= 600 mg/dL with a raised osmolality; a urine
    dipstick glucose of 1000 mg/dL beside a cystitis is glycosuria (an SGLT2
    inhibitor's expected effect): no HHS, no insulin, and the uncomplicated cystitis
    is treated at home (Gupta K et al. IDSA 2011 uncomplicated cystitis)."""
    out = reason(
        make_case(
            "dysuria",
            age=51,
            sex="F",
            vitals=vitals(84, 128, 78, 16, 99, 37.1),
            ed_note="51-year-old woman on dapagliflozin with 2 days of dysuria and "
            "frequency, no fever, no flank pain.\nUrinalysis\nColor Yellow\n"
            "Glucose 1000 (A) mg/dL\nKetones Negative\nNitrite Positive\n"
            "Leukocyte Esterase Large",
        )
    )
    assert "hyperosmolar" not in O.working(out), O.working(out)
    assert not (out.final.icd10 or "").startswith("E11.0"), _final(out)
    assert not O.ordered(out, "insulin"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_guard_a_serum_glucose_of_1000_with_hyperosmolality_stays_hhs(
    reason: Reason,
) -> None:
    """Guard (ADA 2024): serum glucose 1040 mg/dL with an osmolality of 350 in a
    drowsy older adult is HHS, whatever the urine shows."""
    out = reason(
        make_case(
            "confusion",
            age=80,
            sex="M",
            vitals=vitals(116, 98, 60, 22, 96, 37.3),
            ed_note="80-year-old man with type 2 diabetes, thirsty for a week, now "
            "drowsy. Serum glucose 1040 mg/dL, sodium 149, serum osmolality 350. "
            "Urinalysis: glucose 1000 mg/dL, ketones negative.",
        )
    )
    assert "hyperosmolar" in O.working(out) or "hyperosmolarity" in O.working(out), (
        O.working(out)
    )


# --- an acute haemoglobin fall asks the GI-bleed question -------------------------


def test_haemoglobin_fall_with_an_ulcer_history_keeps_a_gi_bleed_open(
    reason: Reason,
) -> None:
    """Laine L et al. ACG 2021; Schulman S, Kearon C. ISTH 2005: a haemoglobin fallen
    by more than 2 g/dL in a patient with peptic ulcer disease is GI blood loss until
    shown otherwise: melaena asked, rectal examination, group and screen; not sent
    home with iron studies."""
    out = reason(
        make_case(
            "tiredness",
            age=71,
            sex="F",
            vitals=vitals(100, 116, 70, 18, 98),
            ed_note="71-year-old woman with a duodenal ulcer in the past, a week of "
            "tiredness and breathlessness on stairs. Hemoglobin 8.1 g/dL (13.2 last "
            "year), MCV 86.",
        )
    )
    bleed = _open(out, "gastrointestinal hemorrhage")
    assert bleed, out.final.ledger
    assert O.ordered(out, "rectal examination"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


def test_haemoglobin_fall_on_an_nsaid_asks_for_melaena(reason: Reason) -> None:
    """Laine L et al. ACG 2021: NSAIDs cause ulcer bleeding; a haemoglobin that fell
    from 14.6 to 9.0 g/dL on daily naproxen is a GI bleed question."""
    out = reason(
        make_case(
            "fatigue",
            age=62,
            sex="M",
            vitals=vitals(96, 122, 76, 18, 98),
            ed_note="62-year-old man taking naproxen daily for back pain, 2 weeks of "
            "fatigue. Hb dropped from 14.6 to 9.0 g/dL since his check in spring.",
        )
    )
    assert _open(out, "gastrointestinal hemorrhage"), out.final.ledger
    assert O.ordered(out, "melaena"), O.orders(out)


def test_guard_a_stable_chronic_anaemia_asks_no_rectal_examination(
    reason: Reason,
) -> None:
    """Guard (ISTH 2005: a fall of 2 g/dL): a haemoglobin unchanged from six months
    ago, no ulcer, no NSAID, no antithrombotic, is worked up as anaemia."""
    out = reason(
        make_case(
            "fatigue",
            age=45,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99),
            ed_note="45-year-old woman with heavy periods and tiredness. Hemoglobin "
            "10.4 g/dL (10.6 six months ago). No melaena, no anticoagulants.",
        )
    )
    assert not O.ordered(out, "rectal examination"), O.orders(out)


def test_haemoglobin_fall_reader_needs_an_earlier_value() -> None:
    """ISTH 2005: the fall is from an earlier value written beside today's; a
    reference range is no earlier value."""
    fall = [f.concept for f in result_findings("Hb dropped from 13.9 to 8.1 g/dL")]
    assert "hemoglobin_fall" in fall
    ranged = [f.concept for f in result_findings("Hb 9.0 g/dL (13.5-17.5)")]
    assert "hemoglobin_fall" not in ranged


# --- a first seizure is not epilepsy ------------------------------------------------


def test_first_seizure_in_an_older_adult_is_imaged_not_called_epilepsy(
    reason: Reason,
) -> None:
    """Huff JS et al. ACEP 2014; NICE NG217: an adult's seizure with no epilepsy
    documented is a first seizure: neuroimaging (CT head) and a search for a cause;
    epilepsy is not the working or final diagnosis (ILAE 2014)."""
    out = reason(
        make_case(
            "seizure",
            age=77,
            sex="F",
            vitals=vitals(88, 152, 86, 16, 97),
            ed_note="77-year-old woman, her husband saw her go stiff and shake all "
            "over "
            "for about a minute in the kitchen, confused afterwards for a quarter of "
            "an hour. Now alert and oriented, no focal deficit. Hypertension.",
        )
    )
    assert "epilepsy" not in O.working(out), O.working(out)
    assert not (out.final.icd10 or "").startswith("G40"), _final(out)
    assert O.ordered(out, "ct head"), O.orders(out)


def test_no_history_of_epilepsy_is_a_first_seizure(reason: Reason) -> None:
    """ILAE 2014 / ACEP 2014: 'no history of epilepsy' documents a first seizure."""
    out = reason(
        make_case(
            "seizure",
            age=59,
            sex="M",
            vitals=vitals(92, 146, 88, 16, 98),
            ed_note="59-year-old man had a generalised seizure at work, witnessed, "
            "lasting a minute. No history of epilepsy. Now back to normal.",
        )
    )
    assert "epilepsy" not in O.working(out), O.working(out)
    assert O.ordered(out, "ct head"), O.orders(out)


def test_guard_documented_epilepsy_with_missed_doses_stays_epilepsy(
    reason: Reason,
) -> None:
    """Guard (ILAE 2014; ACEP 2014): a typical seizure in documented epilepsy after
    missed levetiracetam is a breakthrough seizure of that epilepsy."""
    out = reason(
        make_case(
            "seizure",
            age=27,
            sex="M",
            vitals=vitals(86, 124, 76, 16, 99),
            ed_note="27-year-old man with known epilepsy on levetiracetam, ran out 3 "
            "days ago. One typical generalised seizure this morning, now at baseline.",
        )
    )
    assert "epilepsy" in O.working(out), O.working(out)


# --- 'exclude SAH' is the question ------------------------------------------------


def test_impression_to_exclude_sah_does_not_state_sah(reason: Reason) -> None:
    """ConText (Harkema 2009): 'exclude', 'rule out' are possible-existence triggers;
    an impression written as the question names no diagnosis: SAH is not weighed as
    the physician's stated impression, nor coded before a test (ACEP 2019)."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="F",
            vitals=vitals(82, 134, 80, 16, 99),
            ed_note="36-year-old woman with a headache since yesterday, gradually "
            "worse, throbbing, with photophobia. Neurologically normal.\n"
            "Impression: exclude SAH.",
        )
    )
    assert not (out.final.icd10 or "").startswith("I60"), _final(out)
    stated = [
        e.diagnosis
        for e in out.final.ledger
        for ev in e.evidence_for
        if ev.text.startswith("physician's impression")
    ]
    assert not any("subarachnoid" in d.lower() for d in stated), stated


def test_guard_ct_showing_sah_is_sah(reason: Reason) -> None:
    """Guard (ACEP 2019): a CT showing subarachnoid blood names the SAH."""
    out = reason(
        make_case(
            "headache",
            age=52,
            sex="M",
            vitals=vitals(94, 176, 98, 18, 98),
            ed_note="52-year-old man with a sudden severe headache and vomiting. CT "
            "head: acute subarachnoid haemorrhage in the basal cisterns.",
        )
    )
    assert "subarachnoid" in O.working(out), O.working(out)


# --- the solid organ by the side of the injury -------------------------------------


def test_right_sided_blunt_injury_names_the_liver_not_the_spleen(
    reason: Reason,
) -> None:
    """ATLS 10th ed. ch. 5: right upper quadrant pain and tender right lower ribs
    after a fall onto that side overlie the liver (S36.119A), not the spleen."""
    out = reason(
        make_case(
            "fall",
            age=41,
            sex="M",
            vitals=vitals(114, 104, 66, 22, 97),
            ed_note="41-year-old man fell 4 metres from scaffolding onto his right "
            "side. Right upper quadrant pain. Exam: tender right lower ribs, RUQ "
            "tenderness and guarding.",
        )
    )
    assert "spleen" not in O.working(out), O.working(out)
    assert "spleen" not in _final(out), _final(out)
    assert "liver" in O.working(out) or "liver" in _final(out), O.working(out)


def test_guard_left_sided_injury_with_free_fluid_names_the_spleen(
    reason: Reason,
) -> None:
    """Guard (ATLS 10th ed.): left upper quadrant tenderness, a left shoulder-tip pain
    (Kehr sign) and free fluid on FAST after a blow to the left side is the spleen."""
    out = reason(
        make_case(
            "abdominal trauma",
            age=24,
            sex="M",
            vitals=vitals(112, 108, 70, 20, 98),
            ed_note="24-year-old man kicked in the left side during a fight. Left "
            "upper quadrant pain and left shoulder tip pain. Exam: LUQ tenderness. "
            "FAST positive with free fluid in the splenorenal recess.",
        )
    )
    assert "liver" not in O.working(out), O.working(out)
    assert "liver" not in _final(out), _final(out)


# --- the working label says what is documented ---------------------------------------


def test_concussion_with_a_brief_knock_out_is_labelled_with_loss_of_consciousness(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 S06.0X1A: a concussion with a loss of consciousness of 30
    minutes or less; the working label names it, not 'without loss of
    consciousness'."""
    out = reason(
        make_case(
            "head injury",
            age=23,
            sex="F",
            vitals=vitals(80, 122, 74, 14, 99),
            ed_note="23-year-old woman fell from a horse, knocked out for about 2 "
            "minutes. Headache, GCS 15, no vomiting, neurologically normal.",
        )
    )
    assert "without loss of consciousness" not in O.working(out), O.working(out)
    assert "30 minutes or less" in O.working(out), O.working(out)


def test_guard_head_bump_without_knock_out_stays_without_loss_of_consciousness(
    reason: Reason,
) -> None:
    """Guard (ICD-10-CM S06.0X0A): no loss of consciousness documented."""
    out = reason(
        make_case(
            "head injury",
            age=29,
            sex="M",
            vitals=vitals(76, 120, 74, 14, 99),
            ed_note="29-year-old man hit his head on a low beam. No loss of "
            "consciousness. Mild headache, GCS 15, no vomiting.",
        )
    )
    assert "with loss of consciousness" not in O.working(out), O.working(out)


def test_split_lip_is_labelled_a_lip_wound(reason: Reason) -> None:
    """Tintinalli 9th ed. ch. 43; ICD-10-CM I.C.19 (coded by site): a split lip is a
    lip laceration, labelled so and given no tendon examination."""
    out = reason(
        make_case(
            "laceration",
            age=31,
            sex="F",
            vitals=vitals(78, 118, 72, 14, 99),
            ed_note="31-year-old woman split her lower lip on a door frame. 1 cm wound "
            "through the vermilion border, teeth intact.",
        )
    )
    assert "lip" in O.working(out), O.working(out)
    assert "hand" not in O.working(out), O.working(out)
    assert not O.ordered(out, "tendon"), O.orders(out)

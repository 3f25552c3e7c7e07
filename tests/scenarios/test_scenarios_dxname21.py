"""dxname21 (issue 10): the final diagnosis named, coded and ruled in from results.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- Banks PA et al. Gut 2013;62:102 (revised Atlanta 2012: two of typical pain, lipase
  > 3 x ULN, imaging);
- ICHD-3 (Cephalalgia 2018;38:1) 1.1 migraine without aura; SNNOOP10 (Do TP et al.
  Neurology 2019;92:134);
- ICD-10-CM Official Guidelines FY2024 I.C.19.e.5.b (a poisoning's intent as
  documented, accidental when not stated; each drug by its own code) and the Table of
  Drugs and Chemicals (benzodiazepines T42.4-);
- Boehnert MT, Lovejoy FH. N Engl J Med 1985;313:474 (TCA and a QRS > 100 ms);
- Terasawa T et al. Ann Intern Med 2004;141:537 (CT for appendicitis, LR+ 13);
  ACR Appropriateness Criteria right lower quadrant pain 2022 (one CT per question);
- Yokoe M et al. Tokyo Guidelines 2018 (definite acute cholecystitis: A + B + C);
- Stevens DL et al. IDSA SSTI 2014; Barbic D et al. BMJ Open 2017;7:e013688 (point-of-
  care ultrasound for a skin abscess).

Each scenario asserts a safety property and failed on main before the change that
makes it pass, unless it is named as a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _final(out: ReasoningOutput) -> tuple[str, str, float]:
    """The final diagnosis' code, name and stated probability."""
    rec = next(r for r in out.trace if r.stage == "diagnosis")
    res = rec.output
    assert res is not None, rec.error
    return res.icd10 or "", res.name or "", res.probability or 0.0


def test_lipase_over_three_times_normal_with_epigastric_pain_is_pancreatitis(
    reason: Reason,
) -> None:
    """Revised Atlanta 2012: typical epigastric pain and a lipase above three times the
    upper limit are two of the three criteria: acute pancreatitis is diagnosed (no CT
    needed), so it is ruled in, not left a hypothesis awaiting a lipase."""
    out = reason(
        make_case(
            "epigastric pain",
            age=56,
            sex="F",
            vitals=vitals(104, 142, 86, 20, 97, t=37.4),
            ed_note="56F known gallstones, 8 hours of severe steady epigastric pain "
            "radiating to the back with repeated vomiting. Tender epigastrium with "
            "guarding, no jaundice. Lipase 2230 U/L (ULN 60), bilirubin 22, ALT 210, "
            "WBC 14.1, creatinine 84.",
            case_id="dxname21-pancreatitis",
        )
    )
    code, _, p = _final(out)
    assert code.startswith("K85")
    assert p > 0.5
    assert out.final.summary.top_diagnoses[0].status == "ruled_in"


def test_recurrent_typical_migraine_is_named_migraine_with_confidence(
    reason: Reason,
) -> None:
    """ICHD-3 1.1: a recurrent attack like the earlier ones, one-sided and pulsating,
    worse on movement, with nausea, a normal examination and no SNNOOP10 red flag is a
    migraine: it is the ED diagnosis (G43), stated as established."""
    out = reason(
        make_case(
            "headache",
            age=36,
            sex="M",
            vitals=vitals(76, 128, 80, 14, 99),
            ed_note="36M migraines for 15 years. Since this morning a left-sided "
            "pounding headache like his usual migraines, worse on movement, with "
            "nausea and one vomit; light hurts his eyes. Gradual onset. Afebrile, no "
            "neck stiffness, neurological examination normal, fundi normal.",
            case_id="dxname21-migraine",
        )
    )
    code, _, p = _final(out)
    assert code.startswith("G43")
    assert p > 0.5


def test_migraine_history_does_not_label_a_thunderclap_headache_migraine(
    reason: Reason,
) -> None:
    """Guard (passes on main too). SNNOOP10 / ICHD-3 criterion E: a headache at its
    worst at onset is not attributed to migraine because the patient has migraines."""
    out = reason(
        make_case(
            "headache",
            age=44,
            sex="F",
            vitals=vitals(88, 156, 92, 16, 98),
            ed_note="44F with migraines, sudden severe headache maximal at onset while "
            "lifting weights, left-sided pounding headache like her usual migraines "
            "but the worst headache ever, nausea. Neurological examination normal.",
            case_id="dxname21-thunderclap",
        )
    )
    code, _, p = _final(out)
    assert not (code.startswith("G43") and p > 0.45)


def test_paracetamol_excess_without_intent_is_coded_accidental(reason: Reason) -> None:
    """ICD-10-CM I.C.19.e.5.b: a poisoning whose intent is not stated as self-harm is
    accidental; a paracetamol excess taken for pain, intent denied, is not coded as
    intentional self-harm."""
    out = reason(
        make_case(
            "overdose",
            age=19,
            sex="M",
            vitals=vitals(84, 124, 72, 14, 99),
            ed_note="19M accidental overdose: took 24 paracetamol 500 mg tablets over "
            "5 hours for a sprained ankle, not knowing the daily maximum. Denies "
            "suicidal intent. Paracetamol level at 4 hours 170 mg/L, ALT 25.",
            case_id="dxname21-apap-accidental",
        )
    )
    code, name, _ = _final(out)
    assert code.startswith("T39.1")
    assert not code.endswith("2A") and "self-harm" not in name.lower()


def test_aspirin_suicide_attempt_is_coded_intentional_self_harm(reason: Reason) -> None:
    """ICD-10-CM I.C.19.e.5.b: a salicylate poisoning taken in a suicide attempt is
    coded as intentional self-harm (T39.0-2A), which also asks for the psychosocial
    assessment (NICE NG225)."""
    out = reason(
        make_case(
            "overdose",
            age=27,
            sex="F",
            vitals=vitals(116, 122, 70, 30, 98),
            ed_note="27F aspirin overdose 4 hours ago, about 40 tablets of 300 mg "
            "after a breakup, says she wanted to die. Ringing in her ears, vomiting, "
            "breathing quickly. Salicylate level 58 mg/dL, bicarbonate 15.",
            case_id="dxname21-aspirin-intent",
        )
    )
    code, _, _ = _final(out)
    assert code.startswith("T39.0") and code.endswith("2A")


def test_benzodiazepine_overdose_is_not_named_an_opioid_poisoning(
    reason: Reason,
) -> None:
    """ICD-10-CM Table of Drugs: a benzodiazepine overdose is T42.4-, intentional when
    taken to die; neither an opioid poisoning nor 'unspecified drugs'."""
    out = reason(
        make_case(
            "overdose",
            age=47,
            sex="F",
            vitals=vitals(80, 112, 70, 14, 96),
            ed_note="47F took about 40 of her alprazolam 1 mg tablets 2 hours ago, "
            "tried to kill herself. Sleepy but rousable, slurred speech, pupils "
            "normal size and reactive, breathing normally. Paracetamol and salicylate "
            "undetectable. ECG sinus rhythm, QRS 88 ms.",
            case_id="dxname21-alprazolam",
        )
    )
    code, name, _ = _final(out)
    assert code.startswith("T42.4")
    assert "opioid" not in name.lower()


def test_unnamed_pills_stay_an_unspecified_drug_poisoning(reason: Reason) -> None:
    """Guard (passes on main too). ICD-10-CM T50.90-: pills that nobody can name stay a
    poisoning by unspecified drugs."""
    out = reason(
        make_case(
            "overdose",
            age=33,
            sex="M",
            vitals=vitals(92, 128, 76, 16, 98),
            ed_note="33M took a handful of unknown white pills from a friend an hour "
            "ago wanting to kill himself. Alert, GCS 15, pupils normal. No toxidrome.",
            case_id="dxname21-unknown-pills",
        )
    )
    code, _, _ = _final(out)
    assert not code.startswith(("T40", "T42", "T39"))


def test_tca_wide_qrs_is_read_after_a_urinary_retention_sentence(
    reason: Reason,
) -> None:
    """Boehnert 1985: after a tricyclic ingestion a QRS > 100 ms is TCA toxicity; a
    sentence naming urinary retention is no urine test heading, so the ECG's QRS that
    follows is read and the poisoning is ruled in."""
    out = reason(
        make_case(
            "overdose",
            age=36,
            sex="M",
            vitals=vitals(134, 96, 58, 18, 96),
            ed_note="36M took nortriptyline from his mother's supply, about 30 "
            "tablets. GCS 12, dilated pupils, dry hot skin, palpable bladder with "
            "urinary retention. ECG: sinus tachycardia, QRS 142 ms.",
            case_id="dxname21-tca-qrs",
        )
    )
    code, _, p = _final(out)
    assert code.startswith("T43.01")
    assert p > 0.5


def test_ct_confirmed_appendicitis_is_established_and_the_ct_not_repeated(
    reason: Reason,
) -> None:
    """Terasawa 2004 (CT LR+ 13) / ACR 2022: a contrast CT showing an enlarged
    non-compressible appendix is the diagnosis; it is stated as established and the CT
    already read is not ordered again."""
    out = reason(
        make_case(
            "abdominal pain",
            age=17,
            sex="M",
            vitals=vitals(96, 124, 72, 18, 99, t=38.0),
            ed_note="17M right lower quadrant pain for 20 hours, anorexia, nausea. "
            "RLQ tenderness with rebound. WBC 15.2. CT A/P with IV contrast: "
            "enlarged, non-compressible appendix 13 mm with surrounding fat "
            "stranding, no free air.",
            case_id="dxname21-appendicitis-ct",
        )
    )
    code, _, p = _final(out)
    assert code.startswith("K35")
    assert p > 0.5
    assert not O.ordered(out, r"\bCT abdomen")


def test_ultrasound_listing_cholecystitis_signs_meets_tokyo_criteria(
    reason: Reason,
) -> None:
    """TG18: RUQ tenderness (A), fever and leucocytosis (B) and an ultrasound listing
    the signs of cholecystitis among its findings (C) is definite acute cholecystitis;
    with gallstones the code is calculous cholecystitis (K80.0-)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=61,
            sex="M",
            vitals=vitals(98, 138, 84, 18, 97, t=38.2),
            ed_note="61M a day of constant right upper quadrant pain and vomiting. "
            "Tender RUQ with a positive Murphy sign. WBC 16.8, bilirubin 15. "
            "RUQ ultrasound: several gallstones, gallbladder wall 7 mm with "
            "pericholecystic fluid, common bile duct 5 mm.",
            case_id="dxname21-cholecystitis-us",
        )
    )
    code, _, p = _final(out)
    assert code.startswith("K80.0")
    assert p > 0.5


def test_drained_abscess_on_ultrasound_is_established(reason: Reason) -> None:
    """IDSA 2014 / Barbic 2017: a collection on point-of-care ultrasound that yields
    pus at incision and drainage is a skin abscess, stated as established."""
    out = reason(
        make_case(
            "abscess",
            age=41,
            sex="F",
            vitals=vitals(84, 126, 78, 16, 99, t=37.3),
            ed_note="41F painful swelling in the left axilla for 5 days. Red, warm, "
            "fluctuant 4 cm mass. POCUS: 3.1 cm anechoic collection. Incision and "
            "drainage under local anaesthetic, pus drained and cavity packed.",
            case_id="dxname21-abscess",
        )
    )
    code, _, p = _final(out)
    assert code.startswith("L02")
    assert p > 0.5

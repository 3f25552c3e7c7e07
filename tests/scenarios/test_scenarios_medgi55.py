"""medgi55 (issue 10): a theophylline toxicity from an interacting antibiotic worked as
the poisoning, an acute gastric volvulus told by Borchardt's triad, a measured bile
duct holding a stone coded as choledocholithiasis, a superior vena cava obstruction in
a known lung cancer without chest-wall veins, a positive urine porphobilinogen treated
with haem, a handful of valproate assessed as self-poisoning, a myxoedema coma without
3 % saline or the sepsis bundle's 30 mL/kg, one 30 mL/kg line in a septic cholangitis,
a boggy tender prostate worked as prostatitis with its retention drained, an overdose
"after argument" coded as self-harm and a methanol acidosis given bicarbonate.

Sources (named in each docstring): Ghannoum M et al. EXTRIP theophylline 2015 and the
AACT/EAPCCT 1999 multiple-dose charcoal statement; Rashid F et al. Int J Surg 2010 and
Kohn GP et al. SAGES 2013; Williams E et al. BSG 2017 and Buxbaum JL et al. ASGE 2019;
Wilson LD et al. NEJM 2007; Stein PE et al. BIPNET 2017; Ghannoum M et al. EXTRIP
valproic acid 2015 and NICE NG225 2022; Jonklaas J et al. ATA 2014 and Spasovski G et
al. ESE 2014; Evans L et al. Surviving Sepsis Campaign 2021; Kiriyama S et al. TG18;
EAU 2024 urological infections; NICE NG225 2022; Barceloux DG et al. AACT 2002 methanol.

Written from those guidelines, never from rows of the shared data. Each target failed on
main cee594c7 (/tmp/base55) before its fix; the guards (named so) hold on both."""

from __future__ import annotations

import re

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- toxicology ----------------------------------------------------------------------


def test_a_toxic_theophylline_level_after_a_macrolide_is_worked_as_the_toxicity(
    reason: Reason,
) -> None:
    """Ghannoum M et al. EXTRIP theophylline. Crit Care Med 2015;43:2236; AACT/EAPCCT
    1999: a level above 20 mg/L with vomiting, tachycardia and a low potassium is
    theophylline toxicity: the drug and its interacting antibiotic stopped,
    multiple-dose activated charcoal, IV potassium, monitoring and admission."""
    out = reason(
        make_case(
            "nausea",
            age=74,
            sex="F",
            vitals=vitals(124, 126, 72, 20, 95, 36.9),
            one_liner="74F with COPD on slow-release theophylline, given erythromycin "
            "for a "
            "chest infection, now retching and shaky",
            ed_note="Theophylline (Uniphyllin) 300 mg twice daily for years. "
            "Erythromycin "
            "started 5 days ago. Vomiting, palpitations, fine tremor. Serum "
            "theophylline "
            "38 mg/L. Potassium 2.8, glucose 10.9. ECG: sinus tachycardia.",
        )
    )
    assert "theophylline" in O.working(out), O.working(out)
    assert O.ordered(out, r"charcoal"), O.order_names(out)
    assert O.ordered(out, r"stop theophylline"), O.order_names(out)
    assert O.dispo(out) != "Discharge"
    assert _code(out).startswith("T48.6"), (_code(out), out.final.diagnosis_name)


def test_a_theophylline_level_in_range_with_a_stomach_bug_is_no_toxicity_guard(
    reason: Reason,
) -> None:
    """BNF: 10-20 mg/L is the therapeutic range; a level of 14 beside a household
    gastroenteritis is no poisoning (no charcoal, no theophylline diagnosis)."""
    out = reason(
        make_case(
            "diarrhoea",
            age=66,
            sex="M",
            vitals=vitals(92, 134, 78, 16, 96, 37.6),
            one_liner="66M with COPD on theophylline, diarrhoea and vomiting since his "
            "grandchildren had the same",
            ed_note="Theophylline level 14 mg/L. Tolerating sips. Abdomen soft, "
            "non-tender. "
            "Potassium 3.9.",
        )
    )
    assert "theophylline" not in O.working(out), O.working(out)
    assert not O.ordered(out, r"charcoal"), O.order_names(out)


def test_a_handful_of_valproate_with_a_high_ammonia_is_assessed_as_self_poisoning(
    reason: Reason,
) -> None:
    """NICE NG225 2022: any self-poisoning, whatever its motive, gets a psychosocial
    assessment; a handful of sodium valproate is an overdose, not the prescribed dose's
    adverse effect (ICD-10-CM I.C.19.e.5.a-b): L-carnitine for the hyperammonaemia
    (Ghannoum M et al. EXTRIP valproic acid 2015)."""
    out = reason(
        make_case(
            "lethargy",
            age=29,
            sex="M",
            vitals=vitals(84, 118, 72, 14, 97, 36.6),
            one_liner="29M with epilepsy found drowsy, flatmate says he took a "
            "handful of "
            "his sodium valproate last night",
            ed_note="GCS 12. No seizure. Ammonia 160 umol/L, valproate level 610 mg/L, "
            "glucose 5.8.",
        )
    )
    assert O.ordered(out, r"psychiatr|mental health|psychosocial"), O.order_names(out)
    assert O.medication_ordered(out, r"carnitine"), O.order_names(out)
    assert not _code(out).endswith("X5A"), (_code(out), out.final.diagnosis_name)


# ---- gastrointestinal ----------------------------------------------------------------


def test_borchardts_triad_in_a_hiatus_hernia_is_a_gastric_volvulus(
    reason: Reason,
) -> None:
    """Rashid F et al. Int J Surg 2010;8:18; Kohn GP et al. SAGES 2013: epigastric
    pain, retching without vomiting and a nasogastric tube that cannot be passed is an
    acute gastric volvulus: nil by mouth, decompression and the upper GI surgeons."""
    out = reason(
        make_case(
            "chest pain",
            age=81,
            sex="F",
            vitals=vitals(106, 150, 88, 22, 95, 36.8),
            one_liner="81F with a known para-oesophageal hernia, sudden severe upper "
            "abdominal and lower chest pain, dry retching",
            ed_note="Severe epigastric pain for 2 hours radiating to the lower chest. "
            "Retching but nothing comes up. Unable to pass an NG tube. ECG sinus "
            "tachycardia without ST change. Epigastrium distended and tender.",
        )
    )
    assert "volvulus" in O.working(out), O.working(out)
    assert O.ordered(out, r"surg"), O.order_names(out)
    assert O.ordered(out, r"nil by mouth"), O.order_names(out)
    assert O.dispo(out) != "Discharge"


def test_epigastric_pain_with_ordinary_vomiting_is_no_gastric_volvulus_guard(
    reason: Reason,
) -> None:
    """Rashid 2010: the triad's retching brings nothing up; a gastritis vomiting food
    after a curry, tube never tried, is no volvulus."""
    out = reason(
        make_case(
            "abdominal pain",
            age=36,
            sex="M",
            vitals=vitals(88, 128, 80, 16, 99, 36.9),
            one_liner="36M burning upper abdominal pain and vomiting after a large "
            "curry",
            ed_note="Vomited food three times. Epigastric tenderness, soft abdomen. "
            "Takes ibuprofen for back pain.",
        )
    )
    assert "volvulus" not in O.working(out), O.working(out)


def test_a_measured_duct_with_a_stone_is_choledocholithiasis_for_ercp(
    reason: Reason,
) -> None:
    """Williams E et al. BSG 2017 (Gut 2017;66:765); Buxbaum JL et al. ASGE 2019: a
    stone seen in a duct over 6 mm wide without fever is choledocholithiasis with
    obstruction (K80.51): ERCP in the same admission, no antibiotic without
    infection."""
    out = reason(
        make_case(
            "jaundice",
            age=58,
            sex="M",
            vitals=vitals(82, 132, 78, 16, 98, 36.7),
            one_liner="58M dark urine, pale stools and yellow eyes for 3 days, colicky "
            "upper abdominal pain",
            ed_note="Afebrile. Bilirubin 96, ALP 480. Ultrasound: multiple gallstones, "
            "common bile duct 10 mm with a hyperechoic stone near the ampulla.",
        )
    )
    assert _code(out).startswith("K80.5"), (_code(out), out.final.diagnosis_name)
    assert O.ordered(out, r"ercp"), O.order_names(out)


def test_a_positive_urine_porphobilinogen_gets_haem_not_a_sodium_label(
    reason: Reason,
) -> None:
    """Stein PE et al. BIPNET 2017; Anderson KE et al. 2005: abdominal pain with a
    positive urine porphobilinogen is an acute porphyria attack: haem arginate, the
    provoking drugs stopped; its hyponatraemia is the attack's."""
    out = reason(
        make_case(
            "abdominal pain",
            age=24,
            sex="F",
            vitals=vitals(116, 148, 94, 18, 99, 36.9),
            one_liner="24F recurrent severe belly pain, constipation, urine goes dark "
            "red "
            "on standing",
            ed_note="Soft abdomen despite severe pain. Sodium 127. Urine PBG strongly "
            "positive. Recently started the combined pill.",
        )
    )
    assert O.medication_ordered(out, r"haem arginate|hemin"), O.order_names(out)
    assert _code(out).startswith("E80.2"), (_code(out), out.final.diagnosis_name)


def test_a_septic_duct_stone_cholangitis_has_one_30_ml_per_kg_line(
    reason: Reason,
) -> None:
    """Evans L et al. SSC 2021: one initial 30 mL/kg crystalloid for sepsis-induced
    hypoperfusion; the cholangitis protocol's (Kiriyama S et al. TG18) is the same
    order, signed once."""
    out = reason(
        make_case(
            "fever",
            age=77,
            sex="F",
            vitals=vitals(120, 82, 46, 24, 95, 39.0),
            one_liner="77F shaking chills, jaundice and right upper abdominal pain",
            ed_note="Tender RUQ. Bilirubin 80, ALP 390, WCC 19, lactate 4.2. "
            "Ultrasound: "
            "dilated common bile duct 12 mm with a distal stone.",
        )
    )
    lines = [n for n in O.order_names(out) if re.search(r"30 ?mL/kg", n, re.I)]
    assert len(lines) == 1, lines


# ---- endocrine, metabolic, oncological -----------------------------------------------


def test_a_myxoedema_coma_gets_no_hypertonic_saline_or_sepsis_bolus(
    reason: Reason,
) -> None:
    """Jonklaas J et al. ATA 2014; Wartofsky L 2006: a myxoedema coma's drowsiness
    and sodium are the hypothyroidism's (hydrocortisone, IV levothyroxine, cautious
    saline boluses); ESE 2014 1.2: no 3 % saline for a symptom another condition
    explains; no sepsis 30 mL/kg into a hypothyroid heart without an infection."""
    out = reason(
        make_case(
            "confusion",
            age=81,
            sex="F",
            vitals=vitals(46, 82, 48, 10, 94, 34.4),
            one_liner="81F found cold and sleepy at home, stopped her thyroxine after "
            "a "
            "hospital stay",
            ed_note="Known hypothyroidism, stopped taking her thyroxine 3 months ago. "
            "Puffy face, delayed relaxation of reflexes, GCS 13. Sodium 120, TSH 96, "
            "glucose 4.4. Chest clear, urine dipstick negative.",
        )
    )
    assert O.medication_ordered(out, r"levothyroxine"), O.order_names(out)
    assert not O.ordered(out, r"3 ?% hypertonic"), O.order_names(out)
    assert not O.ordered(out, r"30 ?mL/kg"), O.order_names(out)


def test_an_afebrile_seizing_profound_hyponatraemia_keeps_hypertonic_saline_guard(
    reason: Reason,
) -> None:
    """Spasovski G et al. ESE 2014 1.1: a seizure with a sodium of 114 gets 150 mL of
    3 % saline at once, whatever else is open."""
    out = reason(
        make_case(
            "seizure",
            age=70,
            sex="F",
            vitals=vitals(96, 150, 84, 18, 97, 36.7),
            one_liner="70F on a thiazide, generalised seizure at home, now drowsy",
            ed_note="Sodium 114. Glucose 6.0. No head injury. No fever.",
        )
    )
    assert O.ordered(out, r"3 ?% hypertonic"), O.order_names(out)


def test_face_and_arm_swelling_lying_flat_in_a_lung_cancer_is_svc_obstruction(
    reason: Reason,
) -> None:
    """Wilson LD et al. NEJM 2007;356:1862: facial and neck swelling (82 %),
    breathlessness (54 %) and arm swelling (46 %) in a known intrathoracic cancer is
    superior vena cava obstruction: head up, contrast CT of the chest, oncology."""
    out = reason(
        make_case(
            "swelling",
            age=63,
            sex="F",
            vitals=vitals(100, 146, 88, 22, 94, 36.7),
            one_liner="63F with lung cancer, puffy face and swollen right arm for 10 "
            "days",
            ed_note="Non-small cell lung cancer with a right upper lobe mass, on "
            "chemotherapy. Face and neck swollen, worse in the morning, short of "
            "breath "
            "lying flat. No lip or tongue swelling, no rash. Teeth normal.",
        )
    )
    assert "vena cava" in O.working(out), O.working(out)
    assert O.ordered(out, r"ct chest"), O.order_names(out)


def test_ace_inhibitor_lip_swelling_without_cancer_is_no_svc_obstruction_guard(
    reason: Reason,
) -> None:
    """Wilson 2007: the obstruction needs a cause in the chest; lip and tongue swelling
    on an ACE inhibitor is angioedema (stop the drug, watch the airway)."""
    out = reason(
        make_case(
            "facial swelling",
            age=58,
            sex="M",
            vitals=vitals(86, 150, 92, 16, 98, 36.7),
            one_liner="58M lips and tongue swollen since waking, on lisinopril, no "
            "history "
            "of cancer",
            ed_note="No urticaria, no wheeze. Speaking normally.",
        )
    )
    assert "vena cava" not in O.working(out), O.working(out)


# ---- renal and urinary ---------------------------------------------------------------


def test_a_febrile_boggy_prostate_with_retention_is_prostatitis_and_drained(
    reason: Reason,
) -> None:
    """EAU 2024 urological infections (acute bacterial prostatitis): a tender boggy
    prostate with fever is the diagnosis, clinically; its retention is drained, by a
    suprapubic or a small-calibre urethral catheter."""
    out = reason(
        make_case(
            "fever",
            age=71,
            sex="M",
            vitals=vitals(104, 132, 76, 20, 97, 38.8),
            one_liner="71M rigors, stinging urine, perineal ache and a weak dribble",
            ed_note="Tender boggy prostate on DRE. Post-void bladder scan 420 mL. "
            "Dipstick nitrites positive.",
        )
    )
    assert "prostatitis" in O.working(out), O.working(out)
    assert O.ordered(out, r"suprapubic|small-calibre"), O.order_names(out)


def test_an_overdose_after_argument_without_an_article_is_self_harm(
    reason: Reason,
) -> None:
    """lead55's request. NICE NG225 2022: self-poisoning is self-harm whatever its
    motive; ICD-10-CM I.C.19.e.5.b codes the intent documented: forty tablets taken
    "after argument" (a one-liner drops the article) is T39.1X2A, not accidental."""
    out = reason(
        make_case(
            "overdose",
            age=21,
            sex="M",
            vitals=vitals(90, 124, 76, 16, 99, 36.7),
            one_liner="took 32 paracetamol tablets 2 hours ago after argument with "
            "girlfriend",
            ed_note="Took 32 x 500 mg paracetamol tablets in one go 2 hours ago. Now "
            "regrets it. No other drugs or alcohol.",
        )
    )
    assert _code(out) == "T39.1X2A", (_code(out), out.final.diagnosis_name)


def test_a_methanol_acidosis_gets_bicarbonate_beside_fomepizole(
    reason: Reason,
) -> None:
    """Barceloux DG et al. AACT methanol 2002: fomepizole, dialysis criteria, folate,
    and sodium bicarbonate for a pH below 7.30."""
    out = reason(
        make_case(
            "vision problem",
            age=52,
            sex="M",
            vitals=vitals(104, 138, 84, 30, 98, 36.5),
            one_liner="52M drank a bottle of screen wash yesterday, vision now blurred",
            ed_note="Venous pH 7.05, bicarbonate 6, anion gap 32, osmolar gap 31. "
            "Ethanol "
            "not detected.",
        )
    )
    assert O.medication_ordered(out, r"fomepizole"), O.order_names(out)
    assert O.medication_ordered(out, r"bicarbonate"), O.order_names(out)


def test_a_gliclazide_overdose_with_hypoglycaemia_has_one_octreotide_order(
    reason: Reason,
) -> None:
    """Glatstein M et al. Ann Pharmacother 2012; ISMP 2020 (duplicate therapy): a
    sulfonylurea's recurrent hypoglycaemia gets octreotide with dextrose, signed
    once, whichever protocol (the hypoglycaemia's or the poisoning's) writes it."""
    out = reason(
        make_case(
            "overdose",
            age=52,
            sex="F",
            vitals=vitals(98, 138, 80, 16, 98, 36.6),
            one_liner="52F type 2 diabetic took 25 of her gliclazide tablets on "
            "purpose "
            "3 hours ago",
            ed_note="Gliclazide 80 mg x 25. Capillary glucose 2.4, given 100 mL 20 % "
            "glucose by the paramedics; now 5.1 and alert. Wants to die.",
        )
    )
    lines = [n for n in O.order_names(out) if re.search(r"octreotide", n, re.I)]
    assert len(lines) == 1, lines


def _open(out: ReasoningOutput, words: str) -> bool:
    """Whether the final stage holds a diagnosis naming ``words`` open or in."""
    return any(
        re.search(words, e.diagnosis, re.I)
        and e.status in ("cannot_exclude", "ruled_in")
        for e in out.final.ledger
    )


def test_a_faint_feeling_after_football_in_the_heat_holds_no_gi_bleed_open(
    reason: Reason,
) -> None:
    """trauma55's request. Lipman GS et al. WMS heat illness 2019: cramps, nausea and a
    faint feeling after exertion in the heat, alert, is heat exhaustion; NICE CG141: a
    GI bleed is told by haematemesis, melaena or a falling haemoglobin, none here."""
    out = reason(
        make_case(
            "dizziness",
            age=23,
            sex="M",
            vitals=vitals(102, 124, 76, 18, 99, 38.3),
            one_liner="23M light-headed and cramping after a rugby match in the heat",
            ed_note="Played a full match at 33 C. Calf cramps, nausea, nearly fainted "
            "on standing. Alert, oriented, sweaty, drinking fluids.",
        )
    )
    assert not _open(out, r"gastrointestinal hemorrhage"), out.final.ledger


def test_melaena_after_a_hot_day_stays_an_upper_gi_bleed_guard(reason: Reason) -> None:
    """NICE CG141 2012: melaena is an upper GI bleed until shown otherwise, whatever
    the weather."""
    out = reason(
        make_case(
            "dizziness",
            age=67,
            sex="M",
            vitals=vitals(108, 112, 70, 18, 98, 37.1),
            one_liner="67M dizzy after gardening in the heat, black tarry stools today",
            ed_note="Takes ibuprofen for his knees. Passed black tarry offensive stool "
            "twice. Hb 96 (last year 142).",
        )
    )
    assert _open(out, r"gastrointestinal hemorrhage|melena"), out.final.ledger

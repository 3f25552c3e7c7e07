"""tox41 (session 41): toxicology, metabolic, environmental and infection.

Written from guidelines, not from shared data: sepsis is organ dysfunction caused by
infection, so the shock, confusion and lactate of a cyanide poisoning, a smoke
inhalation or a haemorrhage, with no sign of infection, get no sepsis antibiotics
and hold no sepsis open (Singer M et al. JAMA 2016;315:801; Evans L et al. SSC 2021;
Hall AH et al. Ann Emerg Med 2007; ATLS 10th ed.); leptospirosis is treated with
penicillin, ceftriaxone or doxycycline (WHO 2003); an acute porphyria attack gets
haem and is named before its hyponatraemia (Stein PE et al. 2017; ICD-10-CM I.A.13);
scurvy is recognised and given vitamin C (Hirschmann JV, Raugi GJ 1999); a ketone of
0.3 mmol/L is normal, not a DKA (JBDS-IP 2023; ADA 2024); urticaria is wheals or
angioedema (EAACI/GA2LEN 2022).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_SEPSIS_ANTIBIOTIC = (r"broad-spectrum iv antibiotics",)
_SOURCE_SCREEN = (r"source unless one is evident",)


def _code(out: ReasoningOutput) -> str:
    """The final ICD-10-CM code ('' if none)."""
    return out.final.icd10 or ""


def _open(out: ReasoningOutput) -> list[str]:
    """The must-not-miss diagnoses the summary leaves open."""
    summary = out.final.summary
    return [] if summary is None else list(summary.open_must_not_miss)


def test_cyanide_ingestion_gets_its_antidote_without_sepsis_antibiotics(
    reason: Reason,
) -> None:
    """Hall AH et al. Ann Emerg Med 2007; Tintinalli ch. 194: coma, shock and a lactic
    acidosis after drinking cyanide are cyanide's (hydroxocobalamin). Sepsis-3 (Singer
    2016) and SSC 2021: with no sign of infection they are no sepsis: no empirical
    antibiotics. Coded as a cyanide poisoning (ICD-10-CM FY2024 T65.0-; metab40)."""
    out = reason(
        make_case(
            "altered mental status",
            age=41,
            sex="M",
            vitals=vitals(122, 84, 50, 28, 99),
            one_liner="41M collapsed after drinking potassium cyanide at work",
            ed_note=(
                "Collapsed 20 minutes after drinking potassium cyanide from the "
                "laboratory. GCS 8. Lactate 14 mmol/L, pH 7.05."
            ),
        )
    )
    assert O.medication_ordered(out, "hydroxocobalamin"), O.orders(out)
    assert _code(out).startswith("T65.0"), _code(out)
    assert not O.medication_ordered(out, *_SEPSIS_ANTIBIOTIC), O.orders(out)
    assert not any("Sepsis" in d for d in _open(out)), _open(out)


def test_smoke_inhalation_with_suspected_cyanide_gets_no_sepsis_bundle(
    reason: Reason,
) -> None:
    """Anseeuw K et al. Eur J Emerg Med 2013; Weaver LK. NEJM 2009: a fire victim in
    shock with a lactate of 10 has cyanide and CO poisoning (hydroxocobalamin, 100 %
    oxygen); soot in the sputum is no pneumonia (Sepsis-3: no infection sign)."""
    out = reason(
        make_case(
            "shortness of breath",
            age=52,
            sex="F",
            vitals=vitals(128, 88, 52, 30, 95, 37.2),
            one_liner="52F smoke inhalation from a warehouse fire, confused",
            ed_note=(
                "Trapped in a burning warehouse. Confused, soot in the sputum, hoarse "
                "voice. Lactate 10 mmol/L. Suspected cyanide toxicity."
            ),
        )
    )
    assert O.medication_ordered(out, "hydroxocobalamin"), O.orders(out)
    assert not O.medication_ordered(out, *_SEPSIS_ANTIBIOTIC), O.orders(out)


def test_ruptured_ectopic_in_shock_holds_no_sepsis_open(reason: Reason) -> None:
    """RCOG GTG 21 (2016) and ATLS 10th ed. ch. 3: shock with a positive pregnancy
    test, free fluid and no intrauterine pregnancy is a haemorrhage (crossmatch,
    gynaecology). SSC 2021: without a suspected infection there is no sepsis screen."""
    out = reason(
        make_case(
            "abdominal pain",
            age=28,
            sex="F",
            vitals=vitals(128, 82, 48, 24, 98, 36.6),
            one_liner="28F lower abdominal pain and faint, 7 weeks since last period",
            ed_note=(
                "Sudden severe left iliac fossa pain then fainted. Last period 7 "
                "weeks ago. Urine hCG positive. Shoulder tip pain. Bedside "
                "ultrasound: free fluid in the pouch of Douglas, no intrauterine "
                "pregnancy. Lactate 4.2. No fever, no discharge."
            ),
        )
    )
    assert O.ordered(out, "crossmatch"), O.orders(out)
    assert not any("Sepsis" in d for d in _open(out)), _open(out)
    assert not O.ordered(out, *_SOURCE_SCREEN), O.orders(out)
    assert _code(out).startswith("O00"), _code(out)


def test_placental_abruption_holds_no_sepsis_open(reason: Reason) -> None:
    """RCOG GTG 63 (2011): painful bleeding with a hard tender uterus at 33 weeks is an
    abruption; its tachycardia and lactate are the bleed's (no fever, no infection
    sign: SSC 2021, no sepsis screen)."""
    out = reason(
        make_case(
            "vaginal bleeding",
            age=31,
            sex="F",
            vitals=vitals(122, 92, 58, 22, 98, 36.8),
            one_liner="31F 33 weeks pregnant, painful bleeding",
            ed_note=(
                "G2P1 at 33 weeks. Sudden constant abdominal pain with dark vaginal "
                "bleeding, hard tender uterus. Lactate 3.1. No fever, membranes "
                "intact, no urinary symptoms."
            ),
        )
    )
    assert not any("Sepsis" in d for d in _open(out)), _open(out)
    assert not O.ordered(out, *_SOURCE_SCREEN), O.orders(out)
    assert _code(out).startswith("O45"), _code(out)


def test_severe_leptospirosis_gets_an_antibiotic(reason: Reason) -> None:
    """WHO 2003 Human leptospirosis: fever, myalgia, conjunctival suffusion, jaundice
    and a kidney injury after flood water, with a positive IgM, is severe leptospirosis:
    IV penicillin or ceftriaxone (Panaphut T et al. Clin Infect Dis 2003), admission
    (ICD-10-CM A27.-)."""
    out = reason(
        make_case(
            "fever",
            age=34,
            sex="M",
            vitals=vitals(112, 104, 62, 22, 97, 39.2),
            one_liner="34M fever, muscle pains and red eyes after flood clean-up",
            ed_note=(
                "Cleared flood water from a farm 10 days ago. Fever, severe calf "
                "myalgia, headache, conjunctival suffusion, jaundice. Creatinine 240, "
                "bilirubin 90, platelets 60. Leptospira IgM positive."
            ),
        )
    )
    assert O.medication_ordered(out, "penicillin", "ceftriaxone", "doxycycline"), (
        O.orders(out)
    )
    assert _code(out).startswith("A27"), _code(out)
    assert O.disposition(out).disposition.startswith("Admit")


def test_acute_porphyria_attack_gets_haem_and_is_named(reason: Reason) -> None:
    """Stein PE et al. BIPNET 2017 (Ann Clin Biochem 2017;54:188): an attack with a
    raised urine porphobilinogen is treated with IV haem arginate (hemin) early and
    the provoking drugs stopped; its hyponatraemia is the attack's (ICD-10-CM I.A.13:
    the porphyria is coded, E80.2-)."""
    out = reason(
        make_case(
            "abdominal pain",
            age=26,
            sex="F",
            vitals=vitals(118, 150, 95, 18, 99, 36.9),
            one_liner="26F severe abdominal pain, dark urine, confusion",
            ed_note=(
                "Third episode of severe diffuse abdominal pain without peritonism, "
                "vomiting, constipation, reddish-brown urine. Started the combined "
                "pill two weeks ago. Sodium 122 mmol/L. Urine porphobilinogen "
                "markedly raised. CT abdomen normal. Mild proximal arm weakness."
            ),
        )
    )
    assert O.medication_ordered(out, "haem arginate", "hemin"), O.orders(out)
    assert _code(out).startswith("E80.2"), _code(out)


def test_scurvy_gets_vitamin_c_not_an_urticaria_label(reason: Reason) -> None:
    """Hirschmann JV, Raugi GJ. J Am Acad Dermatol 1999;41:895: perifollicular
    haemorrhages and corkscrew hairs with bleeding gums on a poor diet are scurvy
    (vitamin C); a non-itchy purpuric rash is no urticaria (EAACI/GA2LEN 2022)."""
    out = reason(
        make_case(
            "rash",
            age=61,
            sex="M",
            vitals=vitals(88, 118, 70, 16, 98, 36.7),
            one_liner="61M leg rash and bleeding gums",
            ed_note=(
                "Lives alone, diet of tea and toast for a year, drinks heavily. "
                "Perifollicular haemorrhages on the legs with corkscrew hairs, swollen "
                "bleeding gums, large bruises behind the knees. Not itchy, no wheals. "
                "Platelets and clotting normal."
            ),
        )
    )
    assert O.medication_ordered(out, "ascorbic acid", "vitamin c"), O.orders(out)
    assert _code(out) == "E54", _code(out)


def test_normal_capillary_ketones_are_no_dka(reason: Reason) -> None:
    """JBDS-IP 2023 DKA: a blood ketone below 0.6 mmol/L is normal (ADA 2024: DKA
    needs ketonaemia >= 3.0). A well hyperglycaemia with ketones of 0.3 is treated by
    restarting its treatment, with no insulin infusion and no admission."""
    out = reason(
        make_case(
            "high blood sugar",
            age=45,
            sex="M",
            vitals=vitals(84, 132, 80, 16, 98, 36.7),
            one_liner="45M type 2 diabetes, glucose high on home meter",
            ed_note=(
                "Glucose 16 mmol/L on home meter, missed metformin for a week. "
                "Capillary ketones 0.3 mmol/L. Eating and drinking, no vomiting, no "
                "abdominal pain."
            ),
        )
    )
    assert not O.medication_ordered(out, "insulin infusion"), O.orders(out)
    assert not O.disposition(out).disposition.startswith("Admit")


# --- guards: pass on both ---


def test_guard_undifferentiated_shock_in_an_old_woman_keeps_sepsis_care(
    reason: Reason,
) -> None:
    """Guard (Evans L et al. SSC 2021): hypotension, drowsiness and a lactate of 4.8
    with no bleed, injury or poisoning documented is possible septic shock:
    antibiotics within 1 h."""
    out = reason(
        make_case(
            "altered mental status",
            age=84,
            sex="F",
            vitals=vitals(116, 82, 46, 24, 95, 36.4),
            one_liner="84F from a care home, drowsy and hypotensive",
            ed_note=(
                "Found drowsy this morning. Lactate 4.8 mmol/L. No history of "
                "bleeding, no injury, no new medicines."
            ),
        )
    )
    assert O.medication_ordered(out, *_SEPSIS_ANTIBIOTIC), O.orders(out)


def test_guard_febrile_urosepsis_keeps_its_antibiotic(reason: Reason) -> None:
    """Guard (SSC 2021; NICE NG51): fever, confusion and hypotension with a urinary
    source is sepsis: IV antibiotic within 1 h."""
    out = reason(
        make_case(
            "urinary symptoms",
            age=82,
            sex="F",
            vitals=vitals(108, 88, 50, 22, 95, 38.7),
            one_liner="82F dysuria, fever, confused",
            ed_note=(
                "Dysuria and frequency 3 days, now confused and feverish. Loin "
                "tenderness. Urine dip nitrites and leucocytes. Lactate 3.4."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone", "antibiotic"), O.orders(out)


def test_guard_severe_dka_keeps_its_insulin_infusion(reason: Reason) -> None:
    """Guard (JBDS-IP 2023): glucose 28, ketones 5.8 and pH 7.05 in type 1 diabetes is
    severe DKA: fluids and a fixed-rate insulin infusion."""
    out = reason(
        make_case(
            "vomiting",
            age=22,
            sex="F",
            vitals=vitals(122, 104, 60, 30, 98, 37.0),
            one_liner="22F type 1 diabetes, vomiting and abdominal pain",
            ed_note=(
                "Type 1 diabetic, insulin pump failed. Glucose 28 mmol/L, ketones 5.8 "
                "mmol/L, pH 7.05, bicarbonate 6, potassium 4.8."
            ),
        )
    )
    assert O.medication_ordered(out, "insulin infusion"), O.orders(out)
    assert _code(out).startswith("E10.1"), _code(out)


def test_guard_hives_stay_urticaria(reason: Reason) -> None:
    """Guard (Zuberbier T et al. EAACI/GA2LEN 2022): itchy wheals after a food, with no
    airway, breathing or circulation sign, are acute urticaria: an oral H1
    antihistamine."""
    out = reason(
        make_case(
            "rash",
            age=29,
            sex="F",
            vitals=vitals(88, 122, 76, 16, 99, 36.8),
            one_liner="29F itchy hives after eating prawns",
            ed_note=(
                "Itchy raised wheals over trunk and arms 1 hour after eating prawns. "
                "No lip or tongue swelling, no wheeze, no dizziness."
            ),
        )
    )
    assert O.medication_ordered(out, "cetirizine", "antihistamine"), O.orders(out)
    assert _code(out).startswith("L50"), _code(out)


def test_guard_perforation_in_shock_keeps_the_sepsis_bundle(reason: Reason) -> None:
    """Guard (Sartelli M et al. WSES 2017; Evans L et al. SSC 2021): a perforated
    viscus with a rigid abdomen, free air and fluid in shock is peritonitis, an
    infection: cultures, antibiotics and a vasopressor if the pressure stays low."""
    out = reason(
        make_case(
            "abdominal pain",
            age=78,
            sex="F",
            vitals=vitals(118, 86, 50, 24, 96, 36.9),
            one_liner="78F sudden severe abdominal pain, rigid abdomen",
            ed_note=(
                "Sudden severe generalised abdominal pain, rigid abdomen with "
                "guarding, on NSAIDs. CT: free intraperitoneal air and free fluid. "
                "Lactate 4.4. No fever."
            ),
        )
    )
    assert O.medication_ordered(out, "antibiotic"), O.orders(out)
    assert O.ordered(out, "blood cultures"), O.orders(out)
    assert O.medication_ordered(out, "norepinephrine"), O.orders(out)


def test_guard_variceal_bleed_keeps_its_prophylactic_antibiotic(
    reason: Reason,
) -> None:
    """Guard (de Franchis R et al. Baveno VII 2022; Tripathi D et al. BSG 2015): a
    variceal bleed in cirrhosis gets a vasoactive drug and antibiotic prophylaxis
    (ceftriaxone), whatever the sepsis entry says."""
    out = reason(
        make_case(
            "vomiting blood",
            age=56,
            sex="M",
            vitals=vitals(126, 86, 50, 22, 97),
            one_liner="56M alcoholic cirrhosis vomiting blood",
            ed_note=(
                "Known alcoholic cirrhosis with varices. Vomited a large amount of "
                "fresh blood. Ascites, jaundice. Hb 72. Lactate 4.1."
            ),
        )
    )
    assert O.medication_ordered(out, "ceftriaxone"), O.orders(out)


def test_falciparum_malaria_with_confusion_is_coded_cerebral(reason: Reason) -> None:
    """WHO guidelines for malaria 2023: impaired consciousness in falciparum malaria is
    severe (cerebral) malaria: IV artesunate; ICD-10-CM FY2024 B50.0 (with cerebral
    complications)."""
    out = reason(
        make_case(
            "fever",
            age=41,
            sex="M",
            vitals=vitals(116, 102, 60, 24, 97, 39.8),
            one_liner="41M fever after visiting Nigeria",
            ed_note=(
                "Returned from Lagos 12 days ago, no prophylaxis. Fever, rigors, now "
                "confused. Plasmodium falciparum parasitaemia 6 %. Bilirubin 60, "
                "creatinine 180."
            ),
        )
    )
    assert O.medication_ordered(out, "artesunate"), O.orders(out)
    assert _code(out) == "B50.0", _code(out)

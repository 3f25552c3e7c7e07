"""infect51 (session 51): infection, skin, toxicology, bites and envenoming.

Written from guidelines, not from shared data: DRESS is suspected without the
eosinophil count when the culprit's timing, fever, liver, nodes and facial oedema are
there (Kardaun SH et al. RegiSCAR 2013; Shiohara T et al. J-SCAR 2007); seizures in a
patient taking isoniazid get pyridoxine (Goldfrank 11th ed. antidote A15); a groin
swelling that pulsates in a person who injects is a femoral pseudoaneurysm, imaged
before any incision (Tintinalli 9th ed. ch. 291); tetanus spasms keep their
benzodiazepine at any age (Yen LM, Thwaites CL. Lancet 2019); an infected bite of the
hand is admitted for IV antibiotics, an x-ray and a hand surgeon (Tintinalli 9th ed.
ch. 46; IDSA SSTI 2014; NICE NG184); a diabetic foot infection with PAD is admitted
(IWGDF/IDSA 2023); a febrile adult who can no longer walk is admitted (NICE NG51
2024); Lemierre's by its cavitating nodules (Riordan T 2007); lithium toxicity with a
high sodium gets no isotonic saline and a haemodialysis decision (EXTRIP 2015);
procyclidine is an anticholinergic (Dawson AH 2016); measles by its spots, admitted
when immunocompromised (UKHSA 2024); food anaphylaxis, neutropenia after chemotherapy
and chronic aspirin toxicity coded as ICD-10-CM FY2024 codes them; a weever fish sting
gets hot water (Tintinalli 9th ed. ch. 215); an opioid accumulating from a syringe
driver gets titrated naloxone (NHS England PSA 2014/016).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (23923fdb) -------------------------


def test_dress_is_suspected_without_the_eosinophil_unit(reason: Reason) -> None:
    """Kardaun SH et al. RegiSCAR 2013; Shiohara T et al. J-SCAR 2007: fever, a rash,
    nodes, facial oedema and a hepatitis weeks after a culprit drug is DRESS until the
    differential count says otherwise; the drug is stopped. An eosinophil value
    written without its unit left it urticaria with cetirizine."""
    out = reason(
        make_case(
            "rash",
            age=45,
            sex="M",
            vitals=vitals(108, 124, 76, 18, 97, 38.6),
            one_liner="45M fever and rash, on phenytoin for six weeks",
            ed_note=(
                "Started phenytoin after a craniotomy six weeks ago. Four days of a "
                "spreading itchy red rash, fever and a swollen face. Enlarged nodes in "
                "the neck and both axillae. ALT 380, eosinophils 1.9, creatinine 80. "
                "No blisters, no mouth ulcers."
            ),
        )
    )
    assert "eosinophilia" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, r"stop the culprit"), O.orders(out)
    assert _code(out) == "D72.12", _code(out)


def test_seizures_in_a_patient_taking_isoniazid_get_pyridoxine(reason: Reason) -> None:
    """Goldfrank 11th ed. ch. 56 and antidote A15: pyridoxine for seizures with a known
    or suspected isoniazid ingestion; more benzodiazepine alone does not stop them. A
    man on isoniazid who "took his whole supply" was a first seizure."""
    out = reason(
        make_case(
            "seizure",
            age=31,
            sex="M",
            vitals=vitals(124, 130, 80, 24, 95, 37.3),
            one_liner="31M on isoniazid, fitting",
            ed_note=(
                "On isoniazid for latent TB. His partner found the empty packet. Two "
                "generalised tonic-clonic seizures, still twitching after lorazepam. "
                "pH 7.08, lactate 11."
            ),
        )
    )
    assert O.medication_ordered(out, r"pyridoxine"), O.orders(out)
    assert not O.ordered(out, r"outpatient neurology"), O.orders(out)


def test_a_pulsatile_groin_lump_in_a_drug_injector_is_not_incised(
    reason: Reason,
) -> None:
    """Tintinalli 9th ed. ch. 291; Georgiadis GS et al. J Vasc Surg 2005: a pulsatile
    groin swelling with a bruit in a person who injects into the groin is an infected
    femoral pseudoaneurysm: duplex or CT angiography and the vascular surgeon, never an
    incision and drainage."""
    out = reason(
        make_case(
            "groin swelling",
            age=37,
            sex="F",
            vitals=vitals(104, 122, 74, 18, 98, 38.2),
            one_liner="37F injects heroin, painful swelling in the left groin",
            ed_note=(
                "Injects heroin into the left groin. Five days of a tender red "
                "swelling in the left groin, now pulsatile with a bruit over it. "
                "Febrile."
            ),
        )
    )
    assert not O.ordered(out, r"incision and drainage$|^incision and drainage"), (
        O.orders(out)
    )
    assert O.ordered(out, r"duplex|CT angiograph"), O.orders(out)
    assert O.ordered(out, r"vascular surg"), O.orders(out)
    assert _code(out) == "I72.4", _code(out)


def test_an_older_adults_tetanus_keeps_its_benzodiazepine(reason: Reason) -> None:
    """Yen LM, Thwaites CL. Lancet 2019: benzodiazepines (with magnesium) control
    tetanus spasms in intensive care; the Beers list does not withhold them. A 78-year-
    old's diazepam for spasms was blocked by the population gate."""
    out = reason(
        make_case(
            "jaw stiffness",
            age=81,
            sex="M",
            vitals=vitals(110, 168, 94, 22, 96, 37.6),
            one_liner="81M cannot open his mouth, spasms after a garden wound",
            ed_note=(
                "Stood on a rusty nail in the garden twelve days ago. Now trismus, "
                "stiff neck and back, painful spasms set off by touch. Never immunised "
                "against tetanus."
            ),
        )
    )
    assert "tetanus" in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, r"diazepam|midazolam"), O.orders(out)
    assert not any("diazepam" in b for b in O.blocked_names(out)), O.blocked_names(out)


def test_an_infected_cat_bite_of_the_hand_is_admitted_for_iv_antibiotics(
    reason: Reason,
) -> None:
    """Tintinalli 9th ed. ch. 46; Stevens DL et al. IDSA SSTI 2014; NICE NG184 2020: an
    infected bite of the hand gets an IV antibiotic, an x-ray, elevation and a hand
    surgeon, in hospital. It went home on oral co-amoxiclav."""
    out = reason(
        make_case(
            "animal bite",
            age=52,
            sex="F",
            vitals=vitals(96, 128, 78, 16, 98, 38.2),
            one_liner="52F cat bite to the left hand two days ago",
            ed_note=(
                "Her cat bit her left hand over the knuckles two days ago. Since "
                "yesterday the hand is red, hot and swollen with a red streak up the "
                "forearm. Painful to make a fist."
            ),
        )
    )
    assert O.medication_ordered(out, r"IV"), O.orders(out)
    assert O.ordered(out, r"x-ray"), O.orders(out)
    assert O.ordered(out, r"hand surg"), O.orders(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_a_diabetic_foot_infection_with_a_low_abpi_is_admitted(reason: Reason) -> None:
    """Senneville E et al. IWGDF/IDSA 2023: a moderate infection with a complicating
    feature, peripheral arterial disease above all, is hospitalised; IWGDF 2023 PAD:
    revascularisation assessed urgently. It went home."""
    out = reason(
        make_case(
            "foot ulcer",
            age=68,
            sex="F",
            vitals=vitals(88, 148, 80, 16, 98, 37.4),
            one_liner="68F diabetic, infected toe ulcer",
            ed_note=(
                "Type 2 diabetes. Ulcer on the left second toe for six weeks, red and "
                "swollen for three days with pus. Probe to bone positive. ABPI 0.6 on "
                "the left. Glucose 12."
            ),
        )
    )
    assert O.dispo(out) == "Admit", O.dispo(out)
    assert O.ordered(out, r"vascular"), O.orders(out)


def test_a_febrile_adult_who_can_no_longer_walk_is_admitted(reason: Reason) -> None:
    """NICE NG51 2024: acute deterioration in functional ability with a suspected
    infection is a moderate-to-high risk criterion; NICE NG27 2015: no discharge before
    care and mobility needs are met. A febrile urinary infection that left her unable
    to stand went home."""
    out = reason(
        make_case(
            "fever",
            age=58,
            sex="F",
            vitals=vitals(106, 124, 72, 20, 97, 38.6),
            one_liner="58F with MS, fever and dysuria, now cannot walk",
            ed_note=(
                "Multiple sclerosis, walks with a stick. Three days of burning on "
                "passing urine and fever. Since this morning cannot stand or walk. "
                "Urine dip nitrite positive, leucocytes 3+."
            ),
        )
    )
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_cavitating_nodules_after_a_sore_throat_are_lemierres(reason: Reason) -> None:
    """Riordan T. Clin Microbiol Rev 2007: a recent pharyngitis with septic pulmonary
    emboli is Lemierre's syndrome, admitted for IV antibiotics and imaging. "Multiple
    nodules, some cavitating" was read as a cavity alone, coded R07.0."""
    out = reason(
        make_case(
            "sore throat",
            age=20,
            sex="F",
            vitals=vitals(122, 104, 62, 24, 95, 39.2),
            one_liner="20F sore throat last week, now rigors and chest pain",
            ed_note=(
                "Sore throat ten days ago. Now fevers, rigors and pleuritic chest "
                "pain. Tender swelling along the right side of the neck. Chest x-ray: "
                "multiple nodules, some cavitating."
            ),
        )
    )
    assert _code(out) == "I80.8", _code(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_lithium_toxicity_with_hypernatraemia_gets_no_isotonic_saline(
    reason: Reason,
) -> None:
    """Sterns RH. NEJM 2015; Baird-Gunning J et al. 2017: with a nephrogenic diabetes
    insipidus isotonic saline raises the sodium; EXTRIP 2015: haemodialysis is
    suggested with significant confusion."""
    out = reason(
        make_case(
            "confusion",
            age=67,
            sex="M",
            vitals=vitals(102, 114, 68, 18, 97, 37.1),
            one_liner="67M on lithium, confused and shaky",
            ed_note=(
                "On lithium 1 g daily for years as prescribed. Ten days of passing "
                "large volumes of urine and thirst, then vomiting. Confused with a "
                "coarse tremor. Sodium 157, creatinine 160, lithium 2.1."
            ),
        )
    )
    assert not O.ordered(out, r"IV isotonic saline, watching sodium"), O.orders(out)
    assert O.ordered(out, r"haemodialysis|hemodialysis"), O.orders(out)


def test_procyclidine_delirium_is_anticholinergic_toxicity(reason: Reason) -> None:
    """Dawson AH, Buckley NA. Br J Clin Pharmacol 2016; Holstege CP, Borek HA 2012: an
    antiparkinsonian anticholinergic with mydriasis, dry skin, retention and delirium is
    the anticholinergic toxidrome, not sepsis."""
    out = reason(
        make_case(
            "confusion",
            age=24,
            sex="F",
            vitals=vitals(132, 144, 86, 20, 98, 38.1),
            one_liner="24F agitated after taking procyclidine",
            ed_note=(
                "Took a handful of her brother's procyclidine tablets four hours ago. "
                "Picking at the air, pupils dilated, skin hot and dry, bladder "
                "palpable."
            ),
        )
    )
    assert _code(out).startswith("T44.3"), _code(out)
    assert not O.medication_ordered(out, r"broad-spectrum"), O.orders(out)


def test_measles_in_a_patient_on_chemotherapy_is_isolated_and_admitted(
    reason: Reason,
) -> None:
    """UKHSA National measles guidelines 2024: airborne isolation, notification, and
    specialist inpatient care for the immunocompromised. White spots inside the cheeks
    were not read, and the measles went home as a rash."""
    out = reason(
        make_case(
            "rash",
            age=49,
            sex="F",
            vitals=vitals(112, 120, 72, 22, 95, 39.0),
            one_liner="49F on chemotherapy, fever and rash",
            ed_note=(
                "On chemotherapy for breast cancer. Five days of fever, cough, runny "
                "nose and red eyes, now a blotchy rash spreading from the face down. "
                "White spots on the inside of the cheeks."
            ),
        )
    )
    assert O.ordered(out, r"airborne isolation"), O.orders(out)
    assert O.dispo(out) == "Admit", O.dispo(out)


def test_anaphylaxis_to_a_tree_nut_is_coded_by_the_food(reason: Reason) -> None:
    """ICD-10-CM FY2024 T78.05XA: anaphylactic reaction due to tree nuts and seeds."""
    out = reason(
        make_case(
            "allergic reaction",
            age=30,
            sex="M",
            vitals=vitals(126, 86, 50, 26, 92, 36.8),
            one_liner="30M ate a pesto with walnuts, throat tight",
            ed_note=(
                "Known walnut allergy, ate a pasta sauce containing walnuts. Hives, "
                "wheeze, hoarse voice, BP 86/50."
            ),
        )
    )
    assert _code(out) == "T78.05XA", _code(out)


def test_neutropenia_after_chemotherapy_is_coded_d70_1(reason: Reason) -> None:
    """ICD-10-CM FY2024 D70.1: agranulocytosis secondary to cancer chemotherapy."""
    out = reason(
        make_case(
            "fever",
            age=61,
            sex="M",
            vitals=vitals(110, 112, 66, 20, 96, 38.5),
            one_liner="61M fever a week after chemotherapy",
            ed_note=(
                "Chemotherapy for lymphoma eight days ago. Fever and rigors since the "
                "afternoon, no focus. Neutrophils 0.3."
            ),
        )
    )
    assert _code(out) == "D70.1", _code(out)


def test_chronic_aspirin_salicylism_is_coded_as_aspirin(reason: Reason) -> None:
    """ICD-10-CM FY2024 T39.01-: aspirin has its own code; T39.09- is other
    salicylates (oil of wintergreen)."""
    out = reason(
        make_case(
            "confusion",
            age=82,
            sex="F",
            vitals=vitals(106, 128, 70, 28, 96, 37.1),
            one_liner="82F confused, breathing fast, takes aspirin for her hips",
            ed_note=(
                "Has taken aspirin 600 mg four times a day for hip pain for a month. "
                "Ringing in her ears, vomiting, now confused. Salicylate 48 mg/dL, "
                "bicarbonate 15."
            ),
        )
    )
    assert _code(out) == "T39.011A", _code(out)


def test_a_weever_fish_sting_gets_hot_water_immersion(reason: Reason) -> None:
    """Tintinalli 9th ed. ch. 215: a venomous fish spine's heat-labile venom; hot-water
    immersion, the wound explored, an x-ray for a retained spine. It was out of
    scope."""
    out = reason(
        make_case(
            "sting",
            age=35,
            sex="F",
            vitals=vitals(90, 126, 78, 16, 99, 36.9),
            one_liner="35F trod on a weever fish while paddling",
            ed_note=(
                "Stood on a weever fish in the shallows an hour ago. Severe burning "
                "pain in the sole of the left foot, two puncture marks."
            ),
        )
    )
    assert O.ordered(out, r"hot-water immersion"), O.orders(out)
    assert _code(out) == "T63.591A", _code(out)


def test_a_syringe_driver_opioid_toxicity_gets_titrated_naloxone(
    reason: Reason,
) -> None:
    """NHS England Patient Safety Alert NHS/PSA/W/2014/016: in a patient on long-term
    opioids for pain, naloxone is diluted and titrated to the breathing (20-40
    micrograms); a 0.4 mg bolus precipitates pain and withdrawal. The infusion is
    stopped (NICE CG140 2012)."""
    out = reason(
        make_case(
            "drowsy",
            age=74,
            sex="F",
            vitals=vitals(72, 116, 68, 9, 93, 36.5),
            one_liner="74F metastatic lung cancer on a morphine syringe driver, drowsy",
            ed_note=(
                "On a subcutaneous morphine syringe driver for cancer pain for ten "
                "days. Increasingly drowsy, myoclonic jerks, pinpoint pupils. "
                "Creatinine 250 (95 last week)."
            ),
        )
    )
    assert O.medication_ordered(out, r"naloxone diluted"), O.orders(out)
    assert not O.medication_ordered(out, r"naloxone 0\.4 mg"), O.orders(out)
    assert O.medication_ordered(out, r"stop the opioid infusion"), O.orders(out)


# --- guards: pass on both ------------------------------------------------------------


def test_guard_urticaria_after_amoxicillin_is_no_dress(reason: Reason) -> None:
    """RegiSCAR: no fever, organ involvement or nodes: an urticaria, treated and sent
    home (NICE CKS urticaria)."""
    out = reason(
        make_case(
            "rash",
            age=26,
            sex="F",
            vitals=vitals(82, 118, 72, 14, 99, 36.8),
            one_liner="26F hives after starting amoxicillin",
            ed_note=(
                "Started amoxicillin three days ago for a chest infection. Itchy "
                "wheals over the trunk since this morning. No lip swelling, no "
                "wheeze, no fever."
            ),
        )
    )
    assert _code(out) != "D72.12", _code(out)
    assert O.dispo(out) == "Discharge", O.dispo(out)


def test_guard_a_fresh_dog_bite_of_the_forearm_goes_home(reason: Reason) -> None:
    """NICE NG184 2020: a fresh dog bite that broke the skin gets oral co-amoxiclav
    prophylaxis and goes home; no IV antibiotic without infection."""
    out = reason(
        make_case(
            "dog bite",
            age=40,
            sex="M",
            vitals=vitals(82, 130, 80, 14, 99, 36.7),
            one_liner="40M dog bite to the forearm an hour ago",
            ed_note=(
                "Bitten by a neighbour's dog on the right forearm an hour ago. Two "
                "puncture wounds, bleeding stopped. Hand function normal."
            ),
        )
    )
    assert O.dispo(out) == "Discharge", O.dispo(out)
    assert not O.medication_ordered(out, r"1\.2 g IV"), O.orders(out)


def test_guard_a_thigh_abscess_without_pulsation_is_still_drained(
    reason: Reason,
) -> None:
    """Stevens DL et al. IDSA SSTI 2014: an abscess is incised and drained; pulsation
    and a bruit documented absent leave it an abscess."""
    out = reason(
        make_case(
            "abscess",
            age=33,
            sex="M",
            vitals=vitals(90, 126, 78, 16, 98, 37.4),
            one_liner="33M abscess on the thigh",
            ed_note=(
                "A red, hot, fluctuant 3 cm swelling on the outer left thigh for four "
                "days with pus pointing. Not pulsatile, no bruit."
            ),
        )
    )
    assert O.ordered(out, r"incision and drainage"), O.orders(out)


def test_guard_a_heroin_overdose_keeps_the_standard_naloxone(reason: Reason) -> None:
    """AHA 2020 opioid-associated emergencies: naloxone 0.4 mg titrated for an opioid
    overdose with respiratory depression in a person not on long-term opioids."""
    out = reason(
        make_case(
            "overdose",
            age=29,
            sex="M",
            vitals=vitals(60, 110, 70, 6, 86, 36.4),
            one_liner="29M found unresponsive after injecting heroin",
            ed_note=(
                "Found unresponsive by friends after injecting heroin. Pinpoint "
                "pupils, breathing 6 a minute, shallow."
            ),
        )
    )
    assert O.medication_ordered(out, r"naloxone 0\.4 mg"), O.orders(out)

"""The diagnosis each must-not-miss pathway acts on, and its verdict on the ledger.

A pathway (``agents.pathways`` and its ``pathways_*`` families) fires on its
guideline's criteria and adds orders; the disease those orders treat belongs on the
differential too, or the final diagnosis names something the orders do not treat (a
strangulated-hernia pathway beside a final diagnosis of renal colic). Every pathway
declares here, as a typed ``ActsOn``, the knowledge-base diagnosis it acts on and how
strongly its criteria speak for it:

- ``defines``: the criteria are the disease's own definition (an irreducible hernia
  is an incarcerated hernia, WSES 2017; a chemical splash into the eye is a chemical
  eye injury; severe hypertension with acute end-organ damage is a hypertensive
  emergency, ACC/AHA 2017): the disease is ruled in, weighed as a rule-in result
  (LR+ >= 10: Jaeschke R et al. JAMA 1994;271:703), unless results exclude it;
- ``suspects``: the criteria raise suspicion enough to act (reduced ovarian Doppler
  flow for adnexal torsion, ACOG CO 783: the diagnosis is made at surgery): the
  disease enters the differential with a moderate weight (LR+ 5, the knowledge
  base's rule-in bar for discriminating findings) and, when must-not-miss, stays open
  (``cannot_exclude``) until a result excludes it;
- ``keeps_open``: the criteria are those of a rule-out rule not met (the Ottawa SAH
  rule: sensitivity 100 %, specificity 15 %, so a positive criterion has an LR+ near
  1; Perry JJ et al. JAMA 2013;310:1248): the must-not-miss disease stays open until
  tested, with no weight for it and no rule-in (no protocol of a disease nobody
  suspects beyond "not excluded": the neurosurgeon follows a positive scan).

A pathway that acts on no single diagnosis (tetanus prophylaxis, an imaging rule,
resuscitation) declares ``ActsOn(None, why=...)``; ``tests/unit/test_agents_pathway_dx``
checks that every pathway declares one or the other and that every named diagnosis is
in the knowledge base. Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from agents.pathways import AACT_TOXIC_ALCOHOL, VISION_AFTER_TOXIC_ALCOHOL
from agents.pathways_medical import TORSADES_DOCUMENTED
from agents.pathways_overdose import OVERDOSE_AGENTS
from agents.pathways_results import TG18_SUSPECTED
from agents.schemas import DifferentialEntry, Evidence
from cases.population import view_population
from cases.views import StageView

__all__ = [
    "ACTS_ON",
    "PATHWAY_RULE",
    "TRIAGE_PATTERN",
    "ActsOn",
    "PathwayVerdict",
    "Strength",
    "pathway_strength",
    "pathway_verdicts",
    "presumed_entry",
    "triage_pattern_verdict",
    "triage_verdict_carried",
]

Strength = Literal["defines", "suspects", "keeps_open"]
PATHWAY_RULE: Final = "pathway criteria"
"""Prefix of the ``Evidence.rule`` of a pathway verdict: 'pathway criteria (defines):
<pathway>'."""


@dataclass(frozen=True)
class ActsOn:
    """The knowledge-base diagnosis a pathway acts on (``None``: none, with ``why``).

    ``when`` (a pattern over the pathway's order names and reasons) picks the
    diagnosis of a pathway that treats one of several (rewarming is hypothermia,
    cooling heat stroke).
    """

    diagnosis: str | None
    strength: Strength = "suspects"
    when: str | None = None
    why: str = ""


@dataclass(frozen=True)
class PathwayVerdict:
    """A pathway whose criteria are met on this view, and the diagnosis it acts on."""

    pathway: str
    diagnosis: str
    strength: Strength
    evidence: Evidence


def _one(dx: str, strength: Strength = "suspects") -> tuple[ActsOn, ...]:
    return (ActsOn(dx, strength),)


def _none(why: str) -> tuple[ActsOn, ...]:
    return (ActsOn(None, why=why),)


ACTS_ON: Final[Mapping[str, tuple[ActsOn, ...]]] = {
    # agents.pathways
    "resuscitation": _none("ABC orders from vitals and mental status, any cause"),
    "febrile_infant": _one("neonatal_sepsis"),
    "febrile_young_infant": _none(
        "a work-up rule: NICE NG143 tests every febrile infant under 3 months"
    ),
    "febrile_child_green": _none(
        "a work-up rule: NICE NG143's green febrile child has a urine test and"
        " safety-netting, whatever the source"
    ),
    "paediatric_sepsis": _one("sepsis"),
    "ectopic": (
        ActsOn("ectopic_pregnancy", when=r"locate the pregnancy|ruptured ectopic"),
        ActsOn(None, why="a pregnancy test in a woman who may be pregnant"),
    ),
    # peds29: below the severe range without features the pathway orders labs and an
    # obstetric assessment (or, before 20 weeks, treats chronic hypertension): no
    # diagnosis is suspected until they answer (ACOG PB 222; NICE NG133)
    "hypertensive_pregnancy": (
        ActsOn("preeclampsia_severe", when=r"magnesium sulfate"),
        ActsOn(None, why="hypertension in pregnancy below the severe range: work-up"),
    ),
    # trauma25: from 20 weeks the 4 h of cardiotocography after any injury is there to
    # catch an abruption (ACOG CO 775; RCOG GTG 63): open until monitoring excludes it
    "trauma_in_pregnancy": (
        ActsOn("placental_abruption", "keeps_open", when=r"cardiotocograph"),
        ActsOn(None, why="injury in pregnancy before 20 weeks: the injuries vary"),
    ),
    # peds53: the regimen of maternal sepsis with shock or GAS suspected (RCOG GTG
    # 64a/64b), whatever the source (uterus, urine, throat, chest)
    "sepsis_in_pregnancy": _none(
        "the antibiotic regimen of maternal sepsis with shock or GAS suspected,"
        " any source"
    ),
    # peds53: the mother's arrest algorithm (RCUK 2021; RCOG GTG 56): the arrest's
    # cause varies (haemorrhage, embolism, eclampsia, sepsis, cardiac)
    "maternal_cardiac_arrest": _none(
        "resuscitation of a pregnant woman in cardiac arrest, any cause"
    ),
    "surgical_abdomen_in_pregnancy": _none(
        "consults and fetal assessment for a surgical abdomen, any cause"
    ),
    "pain_in_later_pregnancy": _none(
        "fetal monitoring and obstetric review for pain from 20 weeks, any cause"
    ),
    "tetanus": _none("prophylaxis for a wound, not a diagnosis"),
    "self_harm": _one("suicidal_ideation"),
    "older_abdominal_pain": _none("a work-up rule by age, no single diagnosis"),
    "haemoptysis": _none("the tests of a symptom, no single diagnosis"),
    "spontaneous_bleeding": _none(
        "the tests of a sign (a platelet or clotting disorder), no single diagnosis"
    ),
    "adrenal_insufficiency_cover": _none(
        "cortisol replacement for a documented adrenal insufficiency, any cause"
    ),
    "drowsy_breathless": _none("a test of a presentation (the blood gas), any cause"),
    "hypertensive_emergency": _one("hypertensive_emergency", "defines"),
    "bilious_vomiting": _one("midgut_volvulus"),
    # WHO 2014 outbreak case definition: a suspect spirit with a visual disturbance
    # is a probable methanol poisoning (its optic neuropathy); AACT 2002: a suspected
    # ingestion with two of pH < 7.3, bicarbonate < 20, osmolar gap > 10 is treated
    # as one; otherwise suspected
    "toxic_alcohol": (
        ActsOn("toxic_alcohol_poisoning", "defines", when=VISION_AFTER_TOXIC_ALCOHOL),
        ActsOn("toxic_alcohol_poisoning", "defines", when=AACT_TOXIC_ALCOHOL),
        ActsOn("toxic_alcohol_poisoning"),
    ),
    # peds55: the pathway also fires on a fever or chest symptoms alone; the crisis is
    # its pain (NHLBI 2014), the chest syndrome its chest picture (BSH 2015), and a
    # fever alone is cultured and given ceftriaxone whatever its source
    "sickle_cell": (
        ActsOn("sickle_cell_vaso_occlusive_crisis", when=r"parenteral opioid"),
        ActsOn("acute_chest_syndrome", when=r"acute chest syndrome:"),
        ActsOn(None, why="fever in sickle cell disease: cultures and ceftriaxone"),
    ),
    "asplenic_fever": _none(
        "empirical antibiotics for a fever without a spleen, whatever the source"
    ),
    "bleeding_on_anticoagulant": _none("reversal for a bleed at any site"),
    "hip_fracture_on_warfarin": _one("hip_fracture"),
    "severe_asthma": _one("asthma_exacerbation", "defines"),
    "stroke_hypertension": _none(
        "a BP target for a suspected stroke before imaging tells infarct from bleed"
    ),
    # agents.pathways_acute
    "temperature": (
        ActsOn("hypothermia", "defines", when=r"rewarm"),
        ActsOn("heat_stroke", "defines", when=r"heat exposure or exertion: heat"),
        ActsOn(None, why="hyperthermia of open cause: drug, infection or heat"),
    ),
    "hypoglycaemia": _one("hypoglycemia", "defines"),
    "aortic_syndrome": _one("aortic_dissection"),
    "pulmonary_embolism_shock": _one("pulmonary_embolism"),
    "cardiac_tamponade": _one("cardiac_tamponade"),
    "spinal_emergency": (
        ActsOn("spinal_epidural_abscess", when=r"epidural abscess"),
        ActsOn("cauda_equina"),
    ),
    "compartment_syndrome": _one("compartment_syndrome"),
    "slipped_epiphysis": _one("slipped_capital_femoral_epiphysis"),
    # AHA 2017: fever >= 5 days with 4 principal features, or the incomplete-KD
    # algorithm met, is the disease treated with IVIG; fewer features only suspect it
    "kawasaki": (
        ActsOn("kawasaki_disease", "defines", when=r"ivig"),
        ActsOn("kawasaki_disease"),
    ),
    "intussusception": _one("intussusception"),
    "antepartum_haemorrhage": _one("placental_abruption"),
    # a reported ingestion at an unknown time: the level decides (the nomogram
    # pathway below defines the poisoning once a timed level is on the line)
    "paracetamol": _one("acetaminophen_overdose"),
    "lithium": _one("lithium_toxicity"),
    "lithium_suspected": _one("lithium_toxicity"),
    "serotonin": _one("serotonin_syndrome"),
    "neuroleptic_malignant": _one("neuroleptic_malignant_syndrome"),
    "anaphylaxis_refractory": _one("anaphylaxis", "defines"),
    # agents.pathways_results
    # A measured potassium >= 6.5 mmol/L lies inside hyperkalaemia's own definition
    # (K > 5.5, UK Kidney Association 2020): it defines it. The low ones are scored
    # by the measured result itself (their own findings and ``requires``); ruled in,
    # their vaguer knowledge-base protocol would stand in for the pathway's rate-
    # limited IV replacement.
    "hyperkalaemia": _one("hyperkalemia", "defines"),
    "haemolysed_potassium_repeat": _none(
        "a haemolysed sample's potassium is repeated, not a diagnosis"
    ),
    "hypokalaemia": _one("hypokalemia"),
    "hypomagnesaemia": _one("hypomagnesemia"),
    "high_anion_gap_acidosis": _none("a work-up for the acid: no diagnosis"),
    # TG18 A + B-1 is the guideline's own 'suspected' acute cholangitis (Kiriyama 2018)
    "raised_bilirubin": (
        ActsOn("acute_cholangitis", when=re.escape(TG18_SUSPECTED)),
        ActsOn(None, why="a raised bilirubin's liver tests: no single diagnosis"),
    ),
    "sexual_assault_care": _none("preventive care after an assault: no diagnosis"),
    "supratherapeutic_inr": _none("a drug level above its range, any bleed site"),
    "transfusion_below_threshold": _none(
        "a haemoglobin below the transfusion threshold in any bleeding: no diagnosis"
    ),
    # agents.pathways_child
    # ICD-10-CM T76.12XA is the suspicion itself: TEN-4-FACESp bruising or a fracture
    # in a non-ambulant child meets it (AAP 2015); the assessment continues as an
    # inpatient, but the ED diagnosis is the suspected abuse the orders act on
    "physical_abuse": _one("child_abuse_suspected", "defines"),
    "abusive_head_trauma": _one("abusive_head_trauma", "defines"),
    "airway_foreign_body": _one("airway_foreign_body"),
    # post-septal signs call for CT, which makes the diagnosis (Chandler 1970)
    "orbital_cellulitis": _one("orbital_cellulitis"),
    "iron_poisoning": _one("iron_poisoning"),
    "dehydration_shock": _one("dehydration"),
    "infant_gastric_outlet": _one("pyloric_stenosis"),
    "bronchiolitis_feeding": _none(
        "supportive care of an infant's respiratory illness whatever its label: NICE"
        " NG9 diagnoses bronchiolitis only with wheeze or crackles"
    ),
    # NICE NG12 1.11: a child's abdominal mass is imaged and referred; the tumour is
    # decided by imaging and tissue
    "childhood_abdominal_mass": _none(
        "a childhood abdominal mass: imaging and tissue decide"
    ),
    # cerebral oedema is a complication of DKA treated as DKA's own emergency
    "dka_cerebral_oedema": _one("dka"),
    # peds53: NICE CKS / UKHSA 2023: a sign of HUS after bloody diarrhoea raises it
    # until the count, film and creatinine answer
    "suspected_hus": _one("hus"),
    # EULAR/PRINTO/PReS 2010 classification criteria met, in an afebrile child with
    # a normal platelet count
    "iga_vasculitis": _one("iga_vasculitis", "defines"),
    # NICE NG12 1.11.1: an afebrile child's unexplained petechiae are a low platelet
    # count's until the count answers; ITP is its commonest cause, the film excludes
    # leukaemia (ASH 2019; Provan 2019)
    "unexplained_petechiae": _one("immune_thrombocytopenia"),
    "brue_higher_risk": _one("brue"),
    "brue_lower_risk": _one("brue"),
    # agents.pathways_medical
    # classic30: documented polymorphic VT with a long QT defines torsades; a QTc
    # >= 500 ms with palpitations or syncope is its risk (AHA 2010), open on telemetry
    "torsades": (
        ActsOn("torsades_de_pointes", "defines", when=re.escape(TORSADES_DOCUMENTED)),
        ActsOn("torsades_de_pointes", "keeps_open"),
    ),
    "myxoedema_coma": _one("myxedema_coma"),
    "necrotising_otitis": _one("necrotizing_otitis_externa"),
    # peds43: false labour's assessment order suspects no preterm labour (ACOG PB 171)
    "preterm_labour": (
        ActsOn("preterm_labor", when=r"obstetrics emergently"),
        ActsOn(None, why="irregular or painless tightenings: obstetric assessment"),
    ),
    "ketoacidosis": (
        ActsOn("dka", "defines", when=r"euglycaemic diabetic ketoacidosis"),
        ActsOn("alcoholic_ketoacidosis", "defines", when=r"alcohol ketoacidosis"),
        ActsOn(None, why="starvation ketoacidosis is not in the knowledge base"),
    ),
    "cervical_spine": _none("an imaging decision rule (Canadian C-spine)"),
    "thiamine_before_glucose": _none(
        "Wernicke prevention for a depleted patient (hyperemesis, alcohol, starvation)"
    ),
    "cholangitis": _one("acute_cholangitis"),
    "wellens": _one("unstable_angina"),
    "head_injury_anticoagulated": _none("an imaging rule (NICE NG232)"),
    "headache_anticoagulated": _one("intracranial_hemorrhage", "keeps_open"),
    # neuro31: SNNOOP10 onset after 50 / immune deficiency: imaged before primary
    "headache_new_older": _one("intracranial_hemorrhage", "keeps_open"),
    "sah_headache": _one("subarachnoid_hemorrhage", "keeps_open"),
    "infective_endocarditis": _one("infective_endocarditis"),
    # ledger26: fever with a predisposition alone is two Duke-ISCVID minor criteria:
    # open until cultures and echo, no weight (AHA 2015; ESC 2023)
    "endocarditis_risk_fever": _one("infective_endocarditis", "keeps_open"),
    # infect54: a fever after travel to a malaria area is malaria until three films
    # are negative (Lalloo DG et al. UK 2016; UKHSA 2023): open, no weight
    "febrile_traveller_malaria": _one("malaria", "keeps_open"),
    # ATS/IDSA 2019: infiltrate + symptoms is treated as pneumonia, yet the CXR is no
    # rule-in test (Self WH et al. 2013, sensitivity 43.5 % against CT): no weight
    "community_pneumonia": _one("pneumonia", "keeps_open"),
    # NICE NG138 / Metlay 1997: hypoxaemia or tachypnoea with a cough keeps
    # pneumonia open until the radiograph reads it
    "hypoxaemic_cough": _one("pneumonia", "keeps_open"),
    # real31b: NICE NG51 moderate-to-high risk: abdominal pain with HR >= 120 (or a
    # shock index >= 1) keeps sepsis open until the lactate and repeat vitals explain it
    "tachycardic_abdominal_pain": _one("sepsis", "keeps_open"),
    "immunocompromised_fever_chest": _one("pneumonia", "keeps_open"),
    "immunocompromised_fever_urine": _one("pyelonephritis", "keeps_open"),
    "transplant_recipient_unwell": _none(
        "drug level and team for a transplant recipient, whatever the diagnosis"
    ),
    "agranulocytosis_suspected": _one("neutropenic_fever", "keeps_open"),
    # lead37: ASH 2018: HIT is suspected on the 4Ts, confirmed by the PF4 assay
    "heparin_thrombocytopenia": _one("heparin_induced_thrombocytopenia"),
    # orders38: NICE NG109: a lower UTI in pregnancy is treated at once, with a culture
    "pregnancy_cystitis": _one("uti"),
    # orders38: AHA/ASA 2019: a deficit outlasting the glucose's correction is a stroke
    "deficit_after_glucose": _one("ischemic_stroke"),
    "acute_kidney_injury": _one("acute_kidney_injury", "defines"),
    "urethral_injury": _none("an order gate (no catheter before a urethrogram)"),
    # agents.pathways_surgical
    "chemical_eye": _one("chemical_eye_injury", "defines"),
    # coh30: after trauma the compartment is a retrobulbar haemorrhage (H05.23-,
    # defined by the pathway); a swollen, infected orbit's compartment syndrome is
    # its cellulitis or abscess's complication (McCallum 2019): acted on now, not
    # named a haemorrhage
    "orbital_compartment": (
        ActsOn(
            "orbital_compartment_syndrome", "defines", when=r"proptosis after trauma"
        ),
        ActsOn("orbital_compartment_syndrome", "suspects", when=r"a swollen orbit"),
    ),
    # An eye injury with reduced vision: the open globe is not excluded until the slit
    # lamp (Tintinalli ch. 241); no weight for it
    "injured_eye_vision": _one("open_globe_injury", "keeps_open"),
    # A vertebral metastasis: cord compression is not excluded until the whole-spine
    # MRI (NICE NG234 2023); no weight for it
    "vertebral_lesion": _one("malignant_spinal_cord_compression", "keeps_open"),
    # injury38: cancer with spinal pain suggestive of metastases: the same (NG234 1.3)
    # injury39: NICE NG234 1.3: spinal pain suggestive of metastases in a person with
    # cancer is acted on as suspected spinal metastasis / MSCC (the coordinator, the
    # MRI): suspected, not merely kept open, so the label is not non-specific back pain
    "cancer_spinal_pain": _one("malignant_spinal_cord_compression"),
    "button_battery": _one("esophageal_foreign_body"),
    # trauma31: a battery in the nose or the ear (NCPC 2018)
    "nose_ear_battery": _one("button_battery_nose_ear", "defines"),
    # Swallowing several magnets defines a swallowed foreign body; most lie in the
    # stomach when first imaged (NASPGHAN 2021)
    "swallowed_magnets": _one("gastric_foreign_body", "defines"),
    # A documented %TBSA over the major-burn line defines a major burn; smoke
    # inhalation alone is a burn-centre referral reason (ABA 2022), not a skin burn:
    # its CO and cyanide diagnoses are ``smoke_inhalation``'s.
    "burns": (
        ActsOn("burn_major", "defines", when=r"% TBSA"),
        ActsOn(None, why="inhalation injury without a burn size: a referral reason"),
    ),
    "posterior_epistaxis": _one("epistaxis", "defines"),
    "tonsillectomy_bleed": _one("post_tonsillectomy_haemorrhage", "defines"),
    # ktas34: the knowledge base has no post-operative haemorrhage diagnosis
    "post_operative_bleed": _none(
        "bleeding after an operation: its source is the operating team's to find"
    ),
    # ktas34: no surgical site infection diagnosis in the knowledge base
    "surgical_site_infection": _none(
        "an infected wound after an operation: its depth is the operating team's"
    ),
    "mesenteric_ischaemia": _one("mesenteric_ischemia"),
    # medgi50: ACG 2015's presentation (over 60, sudden crampy pain then bloody
    # stools, afebrile) is the working diagnosis while the CT confirms it
    "colon_ischaemia": _one("ischemic_colitis", "defines"),
    "incarcerated_hernia": _one("incarcerated_hernia", "defines"),
    "adnexal_torsion": _one("ovarian_torsion"),
    "twist_high_risk": _one("testicular_torsion"),
    "spinal_cord_injury": _one("spinal_cord_injury"),
    "cord_symptoms_after_injury": _one("spinal_cord_injury", "keeps_open"),
    "penetrating_neck": _none("a penetrating wound: the injured structure varies"),
    "rib_fractures_older": _one("rib_fracture", "defines"),
    "septic_abortion": _one("septic_abortion"),
    # agents.pathways_trauma
    # blood in the pericardium after a penetrating chest wound, with signs of
    # tamponade, is the tamponade (ATLS 10th ed. ch. 4); without signs, suspected
    "penetrating_cardiac": (
        ActsOn("cardiac_tamponade", "defines", when=r"with tamponade signs"),
        ActsOn("cardiac_tamponade"),
    ),
    # free intraperitoneal fluid after injury is haemoperitoneum (ATLS 10th ed.)
    "abdominal_haemorrhage": _one("intra_abdominal_injury", "defines"),
    "penetrating_abdomen": _none("a penetrating wound: the injured organ varies"),
    # trauma28b: guarding, rebound, distension or a seat-belt sign after blunt force
    # carry LR+ 3.7-9.9 for an intra-abdominal injury (Nishijima DK et al. JAMA 2012):
    # suspected; tenderness alone (LR about 1) keeps it open until the CT
    "blunt_abdomen_ct": (
        ActsOn("intra_abdominal_injury", when=r"guarding, rebound, distension"),
        ActsOn("intra_abdominal_injury", "keeps_open"),
    ),
    "high_risk_mechanism_imaging": _none("the adjuncts of the ATLS surveys: imaging"),
    "blunt_chest_wall_films": _none("an imaging decision after chest wall injury"),
    "thoracolumbar_injury_imaging": _none(
        "an imaging decision after a dangerous mechanism with back pain (NICE NG41)"
    ),
    "wound_foreign_body": _none("an imaging decision for a wound's foreign body"),
    "head_wound_closure": _none("a head wound's closure beside any working diagnosis"),
    "pelvic_haemorrhage": _one("pelvic_fracture"),
    "head_injury_cspine_ct": _none("an imaging rule (NICE NG232 cervical spine)"),
    "minor_head_injury_ct": _none("an imaging decision rule (Canadian CT head)"),
    "face_wound_reduced_consciousness": _none(
        "an imaging decision (NICE NG232 1.4.7) for a face wound with a low GCS"
    ),
    "head_injury_advice": _none("advice for whoever goes home after a head injury"),
    "pecarn_head": _none("an imaging decision rule (PECARN)"),
    # NICE NG232 2023 (1.4.11): an infant's head mark > 5 cm is scanned; the subdural
    # stays open until the CT (no weight: the scan decides)
    "infant_head_swelling_ct": _one("subdural_hematoma", "keeps_open"),
    # NICE NG232 1.4.11: a tense fontanelle after a fall keeps the subdural open
    "infant_tense_fontanelle_ct": _one("subdural_hematoma", "keeps_open"),
    "child_laceration_sedation": _none("procedural sedation for a wound repair"),
    "pecarn_cspine": _none("an imaging decision rule (PECARN cervical spine)"),
    # ICD-10-CM T76.11XA is the suspicion itself, as for a child (T76.12XA): two red
    # flags meet it (Lachs & Pillemer 2015); protective services confirm or refute
    "elder_abuse": _one("elder_abuse_suspected", "defines"),
    # agents.pathways_abuse: an adult's own account of a partner's or a relative's
    # assault is the abuse confirmed for coding (ICD-10-CM I.C.19.f: T74 first)
    "domestic_abuse": _one("domestic_abuse_confirmed", "defines"),
    # agents.pathways_consent: a refusal asks for a capacity assessment, whatever the
    # diagnosis it refuses the care of
    "refusal_of_care": _none("a capacity assessment for a refusal of care"),
    # agents.pathways_pressure: the organ-damage search of a crisis-range pressure,
    # beside whatever the visit is worked as
    "crisis_pressure_beside": _none(
        "a search for organ damage under a crisis-range pressure"
    ),
    "degloving": _none(
        "a wound's surgical care, coded as an open wound of its site (ICD-10-CM)"
    ),
    "intracranial_mass_lesion": _none(
        "the haematoma varies (subdural, extradural, contusion)"
    ),
    "head_injury_herniation": _none(
        "the haematoma is not yet imaged (extradural, subdural, contusion)"
    ),
    # agents.pathways_specialty
    "cord_prolapse": _one("umbilical_cord_prolapse", "defines"),
    "miscarriage_in_os": _one("spontaneous_abortion", "defines"),
    "threatened_upper_airway": _none(
        "the infection varies (epiglottitis, abscess, Ludwig angina)"
    ),
    "epidermal_necrolysis": _one("sjs_ten"),
    "csf_shunt_malfunction": _one("csf_shunt_malfunction"),
    "mucocutaneous_blistering": _one("pemphigus_vulgaris"),
    "necrotising_soft_tissue_infection": _one("necrotizing_fasciitis"),
    "oral_cancer_referral": _none(
        "a referral for a suspected oral cancer: the diagnosis is the biopsy's"
    ),
    # agents.pathways_tox
    "salicylate": _one("salicylate_toxicity", "defines"),
    "paracetamol_nomogram": _one("acetaminophen_overdose", "defines"),
    "calcium_channel_blocker": _one("ccb_toxicity"),
    # orders33: a modified-release ingestion's decontamination acts on the poisoning
    # named (AACT/EAPCCT 2015 WBI: SR calcium-channel blockers, lithium)
    "modified_release": (
        ActsOn("ccb_toxicity", when=r"charcoal"),
        ActsOn("lithium_toxicity"),
    ),
    "sodium_channel_blocker": _none(
        "sodium-channel blockade by any of several drugs: the drug's own poisoning"
    ),
    "cholinergic": _one("organophosphate_toxicity"),
    # smoke with an airway sign (soot, singed hairs, hoarseness, stridor: ABLS 2018)
    # is an inhalation injury; smoke or CO alone, CO poisoning suspected
    "smoke_inhalation": (
        ActsOn("smoke_inhalation_injury", when=r"early intubation"),
        ActsOn("co_poisoning"),
    ),
    "adrenal_crisis": _one("adrenal_crisis"),
    "sepsis_by_results": _one("sepsis"),
    "hyperosmolar": _one("hhs", "defines"),
    "urinary_retention": _one("urinary_retention", "defines"),
    "rhabdomyolysis": _one("rhabdomyolysis", "defines"),
    "tumour_lysis": _one("tumour_lysis_syndrome", "defines"),
    "tumour_lysis_suspected": _one("tumour_lysis_syndrome"),
    "svc_syndrome": _one("svc_syndrome"),
    "capacity": _none("a capacity assessment, not a diagnosis"),
    "drowning": _one("drowning", "defines"),
    "alcohol_withdrawal": _one("alcohol_withdrawal"),
    # agents.pathways_overdose: an overdose of a drug is a poisoning by it (ICD-10-CM
    # Official Guidelines FY2024 I.C.19.e.5.b): the stated agent's poisoning is
    # defined by the history; an unnamed or unlisted agent names no poisoning here
    "stated_overdose_workup": (
        *(
            ActsOn(
                a.diagnosis, "defines", when=rf"overdose stated: {re.escape(a.label)}\b"
            )
            for a in OVERDOSE_AGENTS
            if a.diagnosis is not None
        ),
        ActsOn(
            None, why="an overdose of tablets the knowledge base has no poisoning for"
        ),
    ),
    # a young child's ingestion of a named drug is a poisoning by it (tox32)
    "child_ingestion_workup": (
        *(
            ActsOn(
                a.diagnosis,
                "defines",
                when=rf"ingestion by a young child: (?:[^:]*; )?{re.escape(a.label)}\b",
            )
            for a in OVERDOSE_AGENTS
            if a.diagnosis is not None
        ),
        ActsOn(None, why="a child's ingestion the knowledge base has no poisoning for"),
    ),
    # agents.pathways_msk
    # Four or more Kocher/Caird predictors: septic arthritis in 93-99 % (Kocher 1999;
    # 2004 validation; Caird 2006): the clinical diagnosis, confirmed by aspiration
    "septic_joint_child": (
        ActsOn("septic_arthritis", "defines", when=r"predictors [45] of"),
        ActsOn("septic_arthritis"),
    ),
    # BSR/BOA 2006: fever with a hot joint raises septic arthritis enough to aspirate
    "septic_joint_adult": _one("septic_arthritis"),
    # injury39: snuffbox signs after a fall are a suspected scaphoid fracture until
    # imaged (NICE NG38 2016): its own label (coded as the wrist injury until then)
    "occult_scaphoid": _one("scaphoid_fracture"),
    "occult_hip": _one("hip_fracture"),
    # injury40: a wrist swollen or tender after a fall is filmed before a label (NICE
    # NG38 2016; Slaar 2016): the fracture, if any, is the film's to name
    "injured_wrist_films": _none("a wrist fracture not excluded: imaging rule"),
    "penetrating_limb_artery": _none("a limb's penetrating wound: the artery varies"),
    "occult_elbow": _none("an occult elbow fracture: imaging rule"),
    # injury38: an Ottawa knee criterion met is a fracture not excluded (Stiell 1996)
    "ottawa_knee_films": _one("knee_fracture"),
    # injury38: an Ottawa ankle criterion met is a fracture not excluded: on the
    # ledger until the film answers, never a contusion or sprain before it (Stiell
    # 1993: specificity ~40 %, so the criterion suspects, the radiograph decides)
    "ottawa_ankle_films": (
        ActsOn("ankle_fracture", when=r"ankle radiographs"),
        ActsOn("foot_fracture", when=r"foot radiographs"),
    ),
    "knee_dislocation": _one("knee_dislocation"),
    "crush_injury": _one("rhabdomyolysis"),
    "threatened_limb": _none(
        "a limb threatened by its fracture or dislocation: the bone or joint varies"
    ),
    "deformed_limb": _none("a deformed limb: the bone or joint varies"),
    "ottawa_not_applicable": _none("a fracture not excluded: imaging rule"),
    "toddler_limp_films": _none("a toddler's fracture not excluded: imaging rule"),
    # trauma48: double vision or restricted gaze after a facial blow is the orbital
    # floor's (Joseph & Glavas 2011)
    "facial_fracture_signs": (
        ActsOn("orbital_floor_fracture", when=r"orbital floor entrapment"),
        ActsOn(None, why="a facial fracture: imaging rule"),
    ),
    # agents.pathways_cardiac
    "unstable_tachyarrhythmia": _none("the rhythm varies (AF, flutter, VT, SVT)"),
    "cardiogenic_shock": _none("shock of cardiac cause: the cause varies"),
    "stable_svt": _one("svt", "defines"),
    # AHA 2020 ACLS: a regular broad-complex tachycardia is treated as VT
    "stable_vt": _one("ventricular_tachycardia"),
    "child_svt": _one("svt", "defines"),
    # ESC 2024 AF: the rhythm read on an ECG with a rate above 110/min is AF with RVR
    "af_rapid_response": _one("af_rvr", "suspects"),
    "st_elevation_acs": _one("stemi"),
    # ESC 2023 ACS 3.2.1: a new LBBB with ongoing ischaemic pain is a STEMI's strategy
    "new_lbbb_acs": _one("stemi"),
    # ESC 2022 VA: appropriate shocks are for VT/VF (an inappropriate one for AF or a
    # lead fault): more than one shock suspects VT until the device is interrogated
    "recurrent_icd_shocks": _one("ventricular_tachycardia", "suspects"),
    # AHA/ACC 2021 (Gulati M et al., 2.1.1): upper-abdominal (epigastric) pain is a
    # chest-pain equivalent, so at the pathway's age and risk NSTE-ACS stays open
    # until the troponin it orders excludes it (no weight: the troponin decides);
    # before, only with diaphoresis, and a 69-year-old's epigastric pain had no ACS
    # on the list and a discharge forecast (real34)
    "epigastric_anginal_equivalent": _one("nstemi", "keeps_open"),
    # cardio48: an exertional jaw, arm, neck or shoulder ache (an anginal equivalent,
    # AHA/ACC 2021 2.1.1) that is new or now at rest is unstable angina until the ECG
    # and serial troponins answer (ESC 2023 ACS 3.1): suspected, a moderate weight
    "arm_jaw_anginal_equivalent": _one("unstable_angina"),
    # cardio49: ADD-RS 1 from a pulse or pressure deficit (ESC 2024 aortic 9.2):
    # suspected until the D-dimer or the CT answers
    "aortic_perfusion_deficit": _one("aortic_dissection"),
    # cardio50: the slow pulse is observed, its cause (the drugs) presumed until shown
    # otherwise (ACC/AHA/HRS 2018 bradycardia 5.3.2): the sign is named with its cause
    "rate_slowing_drug_bradycardia": _one("drug_induced_bradycardia", "defines"),
    # cardio48: a device pocket's signs of infection are the EHRA 2020 clinical
    # definition of a CIED pocket infection
    "cied_pocket_infection": _one("cied_infection", "defines"),
    # infect54: S. aureus in a device carrier's blood suspects the device (EHRA 2020)
    "cied_staph_bacteraemia": _one("cied_infection", "suspects"),
    # cardio48: a new systolic murmur with heart failure days after an infarct raises
    # a mechanical complication enough to act; the echo names it (ESC 2023 ACS 10.1)
    "post_infarct_mechanical_complication": _one("post_mi_mechanical_complication"),
    # cardio48: a measured orthostatic fall in pressure with the faint establishes
    # orthostatic hypotension as its diagnosis (ESC 2018 syncope 3.2, Table 6)
    "orthostatic_syncope": _one("orthostatic_hypotension", "defines"),
    # cardio48: a pacemaker's failure to capture or sense stated on the ECG is the
    # device's malfunction (ESC 2021 pacing 9.1-9.2); its cause is named on
    # interrogation
    "pacemaker_malfunction": _one("pacemaker_malfunction", "defines"),
    # NICE CG109: a seizure-like event's ECG screens for a cardiac cause; it keeps
    # no diagnosis open (a first seizure back to baseline with a normal work-up
    # still goes home, ACEP 2014, once the ECG is read)
    "seizure_like_event": _none("an ECG screens for a cardiac cause: no diagnosis"),
    # cardio44: syncope during exertion keeps the arrhythmic (cardiac) syncope open
    # until its work-up (echo, monitoring) answers (ESC 2018 syncope, Table 5)
    "exertional_syncope": _one("arrhythmic_syncope", "keeps_open"),
    # cardio47: so do a syncope while supine and palpitations immediately before it
    # (ESC 2018 Table 5)
    "high_risk_syncope_history": _one("arrhythmic_syncope", "keeps_open"),
    # AHA/ACC 2014 NSTE-ACS: aspirin for a suspected ACS before it is confirmed
    "suspected_acs_chest_pain": _none("aspirin while ACS is worked up: no diagnosis"),
    # ESC 2023 ACS 5.3: the NSTE-ACS protocol names the infarction; this adds its timing
    "very_high_risk_nste_acs": _none("an immediate invasive strategy: NSTE-ACS named"),
    # AHA/ACC 2021 2.1.1: every adult's acute chest pain gets an ECG within 10 min
    "acute_chest_pain_ecg": _none("an ECG screens any acute chest pain: no diagnosis"),
    # cardio53: chest pain on a fluoropyrimidine holds the drug while ACS and
    # vasospasm are worked up (ESC 2022 cardio-oncology 6.4): the ACS work-up names it
    "fluoropyrimidine_chest_pain": _none(
        "the fluoropyrimidine held while the chest pain is worked up: no diagnosis"
    ),
    "pancreatic_type_pain": _none("a lipase tests the typical pain: no diagnosis yet"),
    # WSES 2020: sudden severe pain with peritonism raises a perforation enough to act;
    # peritonism alone is a surgical abdomen of many causes
    "peritonism": (
        ActsOn("perforated_viscus", when=r"sudden onset with peritonism"),
        ActsOn(None, why="peritonism: a surgical abdomen, the cause varies"),
    ),
    # agents.pathways_vascular: pain with collapse or hypotension at 50 or more
    # raises a leaking AAA enough to act (ESVS 2024: confirmed on imaging); a first
    # colic after 60 only keeps it open until the aorta is imaged (NICE CKS)
    "leaking_aaa": _one("ruptured_aaa"),
    # card29c: the cause varies (cancer, bronchiectasis, TB, aspergilloma); what the
    # pathway treats is the massive haemoptysis itself (Davidson K, Shojaee S. Chest
    # 2020;157:77), coded at symptom level
    "massive_haemoptysis": _one("massive_hemoptysis", "defines"),
    # Bologna 2017: the obstruction is named or imaged already; peritonitis in it
    # decides an operation, not a diagnosis
    # NICE NG99: a mass on imaging is a tumour, metastasis or abscess until tissue
    "brain_mass": _none("an intracranial mass: the cause is decided by tissue"),
    "obstruction_with_peritonitis": _none(
        "peritonitis in a bowel obstruction: emergency surgery, the cause varies"
    ),
    # cardio50: a known or felt aneurysm with new pain is acted on as a possible
    # rupture until CT angiography (ESVS 2024 6.1): its code variant names it
    # 'without rupture (symptomatic; rupture not yet excluded)'
    "symptomatic_aaa": _one("ruptured_aaa"),
    # cardio50: a GI bleed after aortic repair (ESVS 2020 graft infection)
    "aortic_graft_gi_bleed": _one("aortoenteric_fistula"),
    "first_colic_after_sixty": _one("ruptured_aaa", "keeps_open"),
    "upper_abdominal_pain_to_back": _one("ruptured_aaa", "keeps_open"),
    "lvad_patient": _none("device care for any presentation of an LVAD patient"),
    # cardio43: the tamponade pathway names the tamponade; this adds the surgeons
    "post_cardiotomy_tamponade": _none("who drains a post-operative tamponade"),
    "dialysis_access_bleeding": _none(
        "haemostasis of a bleeding dialysis access (no access-haemorrhage diagnosis)"
    ),
    # cardio49: the imaging names the clot (PE or DVT); the pathway adds its plan
    "vte_anticoagulation_barred": _none(
        "an IVC filter for an imaged PE or DVT that cannot be anticoagulated"
    ),
    # agents.pathways_older
    "unsafe_mobility": _none("a care need (mobility), whatever the diagnosis"),
    "long_lie": _none("care needs of a long lie (CK, pressure areas), any cause"),
    # agents.ceilings
    "end_of_life_care": _none("comfort care of the last days of life, any cause"),
    "alpha_blocker_orthostasis": _none(
        "a drug review after a faint or fall on an alpha-1 blocker, any diagnosis"
    ),
    "recurrent_falls": _none(
        "the falls assessment of an older adult's recurrent falls, any diagnosis"
    ),
    "hypnotic_fall": _none(
        "a review of the hypnotic an older adult fell on (Beers 2023), any diagnosis"
    ),
    "parkinsons_medication": _none(
        "a known Parkinson's disease's time-critical doses, whatever the presentation"
    ),
    # agents.pathways_drains
    "percutaneous_drain": _none(
        "a drain's mechanical problem: interventional radiology checks or replaces it"
    ),
    # NICE CG176: a head injury on an anticoagulant is scanned whatever the GCS; the
    # subdural stays open until then (no weight: the scan decides)
    "anticoagulated_head_injury": _one("subdural_hematoma", "keeps_open"),
    # ATLS 10th ed.: an injured patient with GCS <= 12 has an intracranial injury until
    # the CT head (NICE NG232); open, no weight: the scan decides
    "injured_unconscious": _one("subdural_hematoma", "keeps_open"),
    # agents.pathways_pain
    "pain_relief": _none("symptom relief for documented pain, any cause"),
    # medgi56 (ESC 2021 HF 11.3.1): positive pressure for a pulmonary oedema's
    # hypoxaemia whatever its cause (a missed dialysis, a hypertensive crisis)
    "hypoxaemic_pulmonary_oedema": _none(
        "positive pressure for a pulmonary oedema's hypoxaemia, any cause"
    ),
    # agents.pathways_cns: fever, altered mentation and a meningeal or cerebral sign are
    # treated on suspicion (IDSA 2004 meningitis; IDSA 2008 / IEC 2013 encephalitis),
    # open until the CSF answers; no weight: the LP decides (post-ictal drowsiness is
    # not IEC's >= 24 h major criterion)
    "meningitis_suspected": _one("meningitis", "keeps_open"),
    "encephalitis_suspected": _one("encephalitis", "keeps_open"),
    # a bacterium in the CSF is bacterial meningitis (Tunkel 2004: Gram stain
    # specificity 97-100 %); TB and Cryptococcus lie outside the KB (``outside``); a
    # virus's meningitis or encephalitis is read by their own entries
    "csf_organism": (
        ActsOn("meningitis", "defines", when=r"bacterial meningitis"),
        ActsOn(None, why="a CSF cause outside the empirical bacterial regimen"),
    ),
}
"""Every pathway's diagnosis, keyed by the pathway function's name."""


NO_DIAGNOSIS: Final[frozenset[str]] = frozenset(
    name for name, acts in ACTS_ON.items() if all(a.diagnosis is None for a in acts)
)
"""Pathways that act on no diagnosis: not run for the ledger (resuscitation)."""


def _criteria_text(orders: Sequence[tuple[str, str]]) -> str:
    """The pathway's own statement of the criteria met: its first order's reason."""
    return orders[0][1] if orders else ""


def _pick(acts: Sequence[ActsOn], orders: Sequence[tuple[str, str]]) -> ActsOn | None:
    words = " ".join(f"{name} {reason}" for name, reason in orders)
    for act in acts:
        if act.when is None or re.search(act.when, words, re.IGNORECASE):
            return act
    return None


def verdicts_of(
    fired: Sequence[tuple[str, Sequence[tuple[str, str]]]],
) -> tuple[PathwayVerdict, ...]:
    """Verdicts of the pathways that fired: ``(pathway name, [(order, reason)])``."""
    out: dict[str, PathwayVerdict] = {}
    for name, orders in fired:
        if not orders:
            continue
        act = _pick(ACTS_ON.get(name, ()), orders)
        if act is None or act.diagnosis is None:
            continue
        # one verdict per diagnosis, the strongest (a bleeding abruption's pathway
        # outranks the trauma-in-pregnancy one that only keeps it open)
        prev = out.get(act.diagnosis)
        if prev is not None and _RANK[act.strength] <= _RANK[prev.strength]:
            continue
        text = f"pathway criteria met: {_criteria_text(orders)}"
        rule = f"{PATHWAY_RULE} ({act.strength}): {name}"
        out[act.diagnosis] = PathwayVerdict(
            pathway=name,
            diagnosis=act.diagnosis,
            strength=act.strength,
            evidence=Evidence(kind="rule", rule=rule, text=text[:300]),
        )
    return tuple(out.values())


_RANK: Final[Mapping[Strength, int]] = {"keeps_open": 0, "suspects": 1, "defines": 2}
"""How strongly a verdict speaks for its diagnosis."""


def pathway_verdicts(
    view: StageView, ledger: Sequence[DifferentialEntry] = ()
) -> tuple[PathwayVerdict, ...]:
    """The pathways whose criteria are met on ``view`` and the diagnoses they act on."""
    from agents import pathways

    fired = pathways.fired_pathways(view, view_population(view), ledger, NO_DIAGNOSIS)
    return verdicts_of(
        [(name, [(o.name, o.reason) for o, _ in req]) for name, req in fired]
    )


TRIAGE_PATTERN: Final = "time-critical pattern at triage"
"""The pathway name of a diagnosis a time-critical pattern found at triage keeps open
(``agents.offline.assessment.time_critical_verdicts``)."""
_TRIAGE_RULE: Final = f"{PATHWAY_RULE} (keeps_open): {TRIAGE_PATTERN}"


def triage_pattern_verdict(diagnosis: str, pattern: str) -> PathwayVerdict:
    """A verdict that keeps ``diagnosis`` open for a time-critical triage pattern."""
    return PathwayVerdict(
        pathway=TRIAGE_PATTERN,
        diagnosis=diagnosis,
        strength="keeps_open",
        evidence=Evidence(
            kind="rule",
            rule=_TRIAGE_RULE,
            text=f"time-critical pattern at triage: {pattern}"[:300],
        ),
    )


def triage_verdict_carried(
    entry: DifferentialEntry, diagnosis: str
) -> PathwayVerdict | None:
    """The triage pattern's verdict ``entry`` carries, for a later stage's scoring.

    A later stage does not see the triage result: the diagnosis a time-critical
    pattern kept open at assessment stays open, by the evidence on its entry, until
    evidence excludes it (``diagnosis``: the entry's knowledge-base id).
    """
    for ev in entry.evidence_for:
        if ev.kind == "rule" and ev.rule == _TRIAGE_RULE:
            return PathwayVerdict(TRIAGE_PATTERN, diagnosis, "keeps_open", ev)
    return None


def pathway_strength(ev: Evidence) -> Strength | None:
    """The strength of a pathway verdict's evidence, or None for other evidence."""
    rule = ev.rule or ""
    if ev.kind != "rule" or not rule.startswith(PATHWAY_RULE):
        return None
    for strength in ("defines", "keeps_open"):
        if rule.startswith(f"{PATHWAY_RULE} ({strength})"):
            return strength
    return "suspects"


PRESUMED_UNTIL_TESTED: Final = frozenset(
    {
        "injured_unconscious",
        "anticoagulated_head_injury",
        "tumour_lysis_suspected",
        "child_svt",
    }
)
"""Pathways whose diagnosis is presumed, and worked up first, until a test excludes it:
ATLS 10th ed. ch. 1 (disability): 'until proven otherwise, always presume that changes
in level of consciousness are a result of central nervous system injury' in an
injured patient; alcohol, drugs and hypoglycaemia are considered only beside it. A
head injury on an anticoagulant is scanned whatever the GCS (NICE NG232 2023, 1.4.12):
the head injury, not the triage complaint ('weakness', 'dizziness'), is the working
diagnosis until the CT answers. Oliguria, cramps or palpitations days after cancer
therapy began are tumour lysis until its laboratory criteria are measured (Jones GL et
al. BSH 2015; medgi50: 'weakness' otherwise). A child's narrow-complex tachycardia on
the monitor is the SVT that is cardioverted or given adenosine first (Topjian AA et
al. AHA PALS 2020; APLS): peds55, a shocked 2-month-old's crackles and enlarged liver
(the SVT's heart failure) made "pneumonia" the working label beside the
cardioversion."""


def presumed_entry(
    ledger: Sequence[DifferentialEntry], leader: DifferentialEntry | None
) -> DifferentialEntry | None:
    """The unexcluded entry a presuming pathway acts on, before an unconfirmed leader.

    ``leader`` stands when it is ruled in or is itself the presumed entry; otherwise
    the injured patient's intracranial injury is the working diagnosis (ATLS 10th ed.).
    """
    if leader is not None and leader.status == "ruled_in":
        return leader
    return next(
        (e for e in ledger if e.status != "ruled_out" and is_presumed(e)),
        leader,
    )


_PRESUMING_RULES: Final = frozenset(
    f"{PATHWAY_RULE} ({s}): {n}" for n in PRESUMED_UNTIL_TESTED for s in _RANK
)


def is_presumed(entry: DifferentialEntry) -> bool:
    """Whether a presuming pathway (``PRESUMED_UNTIL_TESTED``) acts on ``entry``."""
    return any(ev.rule in _PRESUMING_RULES for ev in entry.evidence_for)

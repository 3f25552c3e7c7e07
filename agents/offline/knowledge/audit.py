"""Must-not-miss coverage audit of the knowledge base (issue 10).

Research software, not for clinical use. For each chief complaint, the critical
diagnoses an emergency-medicine textbook lists for that presentation are compared with
the complaint's differential; for each must-not-miss diagnosis the audit reports how
it can be ruled in (published criteria, a validated rule, or a finding or result with
LR+ >= 10), its key treatment and its disposition.

The critical diagnoses per presentation are taken from the "critical" and "emergent"
diagnoses of the cardinal-presentation chapters of Walls RM et al. Rosen's Emergency
Medicine, 10th ed. (Elsevier 2023), Part I, and Tintinalli's Emergency Medicine, 9th ed.
(McGraw-Hill 2020), written here by the team; None marks a diagnosis the knowledge base
does not hold.

Run ``python -m agents.offline.knowledge.audit > docs/mnm_coverage_audit.md``.
"""

from __future__ import annotations

import math
import sys
from typing import Final

from agents.offline.knowledge.loader import load_knowledge
from agents.offline.knowledge.models import DiagnosisSpec, KnowledgeBase

__all__ = ["CRITICAL", "complaint_rows", "diagnosis_rows", "render"]

CRITICAL: Final[dict[str, tuple[tuple[str, str | None], ...]]] = {
    "chest_pain": (
        ("acute coronary syndrome", "nstemi"),
        ("STEMI", "stemi"),
        ("pulmonary embolism", "pulmonary_embolism"),
        ("aortic dissection", "aortic_dissection"),
        ("tension pneumothorax", "pneumothorax"),
        ("pericardial tamponade", "cardiac_tamponade"),
        ("oesophageal rupture", "esophageal_rupture"),
        ("myocarditis", "myocarditis"),
    ),
    "shortness_of_breath": (
        ("upper airway obstruction / anaphylaxis", "anaphylaxis"),
        ("tension pneumothorax", "pneumothorax"),
        ("pulmonary embolism", "pulmonary_embolism"),
        ("ACS / cardiogenic pulmonary oedema", "nstemi"),
        ("cardiac tamponade", "cardiac_tamponade"),
        ("severe asthma / COPD", "asthma_exacerbation"),
        ("sepsis / pneumonia", "sepsis"),
        ("metabolic acidosis (DKA, toxins)", "dka"),
        ("neuromuscular weakness (GBS)", "guillain_barre"),
    ),
    "abdominal_pain": (
        ("ruptured abdominal aortic aneurysm", "ruptured_aaa"),
        ("mesenteric ischaemia", "mesenteric_ischemia"),
        ("perforated viscus", "perforated_viscus"),
        ("bowel obstruction / volvulus", "bowel_obstruction"),
        ("ectopic pregnancy", "ectopic_pregnancy"),
        ("myocardial infarction", "nstemi"),
        ("appendicitis", "appendicitis"),
        ("testicular / ovarian torsion", "ovarian_torsion"),
        ("HELLP / pre-eclampsia", "hellp_syndrome"),
        ("ascending cholangitis", "acute_cholangitis"),
        ("incarcerated hernia", "incarcerated_hernia"),
    ),
    "headache": (
        ("subarachnoid haemorrhage", "subarachnoid_hemorrhage"),
        ("meningitis / encephalitis", "meningitis"),
        ("intracranial haemorrhage / mass", "intracranial_hemorrhage"),
        ("pre-eclampsia", "preeclampsia_severe"),
        ("hypertensive emergency / PRES", "hypertensive_emergency"),
        ("carbon monoxide poisoning", "co_poisoning"),
        ("giant cell arteritis", "temporal_arteritis"),
        ("acute angle-closure glaucoma", "acute_angle_closure_glaucoma"),
        ("cerebral venous sinus thrombosis", "cerebral_venous_thrombosis"),
        ("cervical artery dissection", "cervical_artery_dissection"),
        ("pituitary apoplexy", "pituitary_apoplexy"),
    ),
    "syncope": (
        ("dysrhythmia", "arrhythmic_syncope"),
        ("pulmonary embolism", "pulmonary_embolism"),
        ("aortic dissection", "aortic_dissection"),
        ("haemorrhage (GI bleed)", "upper_gi_bleed"),
        ("ruptured ectopic pregnancy", "ectopic_pregnancy"),
        ("ruptured AAA", "ruptured_aaa"),
        ("subarachnoid haemorrhage", "subarachnoid_hemorrhage"),
        ("acute coronary syndrome", "nstemi"),
        ("structural heart disease: aortic stenosis", "aortic_stenosis"),
        ("structural heart disease: HCM", "hypertrophic_cardiomyopathy"),
    ),
    "dizziness": (
        ("posterior circulation stroke", "posterior_stroke"),
        ("cerebellar haemorrhage", "intracranial_hemorrhage"),
        ("dysrhythmia", "arrhythmic_syncope"),
        ("hypoglycaemia", "hypoglycemia"),
        ("GI bleeding / anaemia", "upper_gi_bleed"),
        ("carbon monoxide poisoning", "co_poisoning"),
    ),
    "fever": (
        ("sepsis / septic shock", "sepsis"),
        ("bacterial meningitis", "meningitis"),
        ("meningococcaemia", "meningococcemia"),
        ("febrile neutropenia", "neutropenic_fever"),
        ("febrile neonate", "neonatal_sepsis"),
        ("necrotising soft-tissue infection", "necrotizing_fasciitis"),
        ("spinal epidural abscess", "spinal_epidural_abscess"),
        ("infective endocarditis", "infective_endocarditis"),
        ("toxic shock syndrome", "toxic_shock_syndrome"),
    ),
    "altered_mental_status": (
        ("hypoglycaemia", "hypoglycemia"),
        ("sepsis / CNS infection", "sepsis"),
        ("stroke", "ischemic_stroke"),
        ("intracranial haemorrhage", "intracranial_hemorrhage"),
        ("opioid toxicity", "opioid_overdose"),
        ("toxic alcohols", "toxic_alcohol_poisoning"),
        ("non-convulsive status", "status_epilepticus"),
        ("hypertensive encephalopathy", "hypertensive_emergency"),
        ("carbon monoxide", "co_poisoning"),
        ("hypo-/hyperthermia", "heat_stroke"),
        ("Wernicke encephalopathy", "wernicke_encephalopathy"),
        ("serotonin syndrome", "serotonin_syndrome"),
        ("neuroleptic malignant syndrome", "neuroleptic_malignant_syndrome"),
        ("hypercapnia", "hypercapnic_respiratory_failure"),
    ),
    "stroke_symptoms": (
        ("ischaemic stroke (thrombolysis window)", "ischemic_stroke"),
        ("intracranial haemorrhage", "intracranial_hemorrhage"),
        ("hypoglycaemia", "hypoglycemia"),
        ("seizure with Todd's paresis", "status_epilepticus"),
        ("cervical artery dissection", "cervical_artery_dissection"),
    ),
    "weakness": (
        ("sepsis", "sepsis"),
        ("hyperkalaemia", "hyperkalemia"),
        ("stroke", "ischemic_stroke"),
        ("ACS", "nstemi"),
        ("Guillain-Barre syndrome", "guillain_barre"),
        ("spinal cord compression", "malignant_spinal_cord_compression"),
        ("myasthenic crisis", "myasthenic_crisis"),
        ("adrenal crisis", "adrenal_crisis"),
    ),
    "back_pain": (
        ("ruptured AAA", "ruptured_aaa"),
        ("aortic dissection", "aortic_dissection"),
        ("cauda equina syndrome", "cauda_equina"),
        ("spinal epidural abscess", "spinal_epidural_abscess"),
        ("malignant spinal cord compression", "malignant_spinal_cord_compression"),
    ),
    "seizure": (
        ("status epilepticus", "status_epilepticus"),
        ("hypoglycaemia", "hypoglycemia"),
        ("intracranial haemorrhage", "intracranial_hemorrhage"),
        ("eclampsia", "eclampsia"),
        ("alcohol withdrawal", "alcohol_withdrawal"),
        ("CNS infection", "meningitis"),
        ("hyponatraemia", "hyponatremia"),
        ("toxin (TCA, isoniazid)", "tca_overdose"),
    ),
    "sore_throat": (
        ("epiglottitis", "epiglottitis"),
        ("peritonsillar abscess", "peritonsillar_abscess"),
        ("retropharyngeal abscess", "retropharyngeal_abscess"),
        ("Ludwig angina", "ludwig_angina"),
    ),
    "gi_bleeding": (
        ("variceal haemorrhage", "variceal_bleed"),
        ("upper GI bleed with shock", "upper_gi_bleed"),
        ("haemorrhagic shock", "hemorrhagic_shock"),
        ("aorto-enteric fistula", "aortoenteric_fistula"),
    ),
    "vaginal_bleeding": (
        ("ectopic pregnancy", "ectopic_pregnancy"),
        ("placental abruption", "placental_abruption"),
        ("postpartum haemorrhage", "postpartum_hemorrhage"),
        ("placenta praevia", "placenta_praevia"),
        ("septic abortion", "septic_abortion"),
    ),
    "testicular_pain": (
        ("testicular torsion", "testicular_torsion"),
        ("Fournier gangrene", "necrotizing_fasciitis"),
        ("incarcerated inguinal hernia", "incarcerated_hernia"),
    ),
    "eye_complaint": (
        ("chemical injury", "chemical_eye_injury"),
        ("acute angle-closure glaucoma", "acute_angle_closure_glaucoma"),
        ("central retinal artery occlusion", "crao"),
        ("retinal detachment", "retinal_detachment"),
        ("orbital cellulitis", "orbital_cellulitis"),
        ("giant cell arteritis", "temporal_arteritis"),
        ("endophthalmitis", "endophthalmitis"),
        ("microbial keratitis", "microbial_keratitis"),
    ),
    "palpitations": (
        ("ventricular tachycardia", "ventricular_tachycardia"),
        ("pre-excited atrial fibrillation", "preexcited_af"),
        ("thyroid storm", "thyroid_storm"),
        ("pulmonary embolism", "pulmonary_embolism"),
        ("ACS", "nstemi"),
        ("hyperkalaemia", "hyperkalemia"),
    ),
    "leg_swelling": (
        ("deep vein thrombosis", "dvt"),
        ("pulmonary embolism", "pulmonary_embolism"),
        ("compartment syndrome", "compartment_syndrome"),
        ("necrotising fasciitis", "necrotizing_fasciitis"),
        ("phlegmasia cerulea dolens", "phlegmasia_cerulea_dolens"),
    ),
    "extremity_injury": (
        ("open fracture", "open_fracture"),
        ("compartment syndrome", "compartment_syndrome"),
        ("acute limb ischaemia", "acute_limb_ischemia"),
        ("septic arthritis", "septic_arthritis"),
        ("hip fracture", "hip_fracture"),
        ("non-accidental injury", "child_abuse_suspected"),
    ),
    "neck_pain": (
        ("cervical spine fracture", "cspine_fracture"),
        ("spinal cord injury", "spinal_cord_injury"),
        ("meningitis", "meningitis"),
        ("retropharyngeal abscess", "retropharyngeal_abscess"),
        ("spinal epidural abscess", "spinal_epidural_abscess"),
        ("cervical artery dissection", "cervical_artery_dissection"),
    ),
    "intoxication": (
        ("opioid", "opioid_overdose"),
        ("acetaminophen", "acetaminophen_overdose"),
        ("salicylate", "salicylate_toxicity"),
        ("toxic alcohols", "toxic_alcohol_poisoning"),
        ("tricyclic antidepressant", "tca_overdose"),
        ("beta-blocker / calcium-channel blocker", "beta_blocker_toxicity"),
        ("cholinergic (organophosphate)", "organophosphate_toxicity"),
        ("sympathomimetic", "sympathomimetic_toxicity"),
        ("serotonin syndrome", "serotonin_syndrome"),
    ),
    "rash_cellulitis": (
        ("necrotising fasciitis", "necrotizing_fasciitis"),
        ("meningococcaemia", "meningococcemia"),
        ("SJS / TEN", "sjs_ten"),
        ("toxic shock syndrome", "toxic_shock_syndrome"),
    ),
    "trauma": (
        ("haemorrhagic shock", "hemorrhagic_shock"),
        ("intra-abdominal injury", "intra_abdominal_injury"),
        ("tension / traumatic pneumothorax", "traumatic_pneumothorax"),
        ("intracranial haemorrhage", "subdural_hematoma"),
        ("cervical spine / cord injury", "cspine_fracture"),
        ("cardiac tamponade", "cardiac_tamponade"),
    ),
    "allergic_reaction": (
        ("anaphylaxis", "anaphylaxis"),
        ("angioedema (ACE inhibitor, hereditary)", "angioedema"),
    ),
}
"""Critical diagnoses per presentation (Rosen's 10th ed. Part I; Tintinalli 9th ed.)."""

RULE_IN_LOG_LR: Final = math.log(10.0) - 1e-9
_BACKGROUND: Final = frozenset({"pregnancy", "postpartum", "second_half_pregnancy"})


def _rule_in(spec: DiagnosisSpec, kb: KnowledgeBase) -> str:
    parts = [f"criteria: {c.name}" for c in spec.criteria]
    parts += [f"rule: {c.rule} {c.op} {c.value if c.value is not None else ''}".strip()
              for c in spec.rule_in]  # fmt: skip
    strong = [
        c
        for c, v in spec.findings_for.items()
        if abs(v) >= RULE_IN_LOG_LR
        and c not in _BACKGROUND
        and c not in kb.history_concepts
    ]
    if strong:
        parts.append("finding LR+ >= 10: " + ", ".join(strong))
    if not parts:
        return "NONE (treated on suspicion only)"
    needs = " or ".join(r.name for r in spec.requires)
    if needs:
        parts.append(f"only with its defining result: {needs}")
    return "; ".join(parts)


def _treatment(spec: DiagnosisSpec) -> str:
    for kinds in (("medication", "procedure"), ("consult",)):
        names = [o.name for o in spec.orders if o.kind in kinds]
        if names:
            shown = names[0] if len(names[0]) <= 70 else names[0][:67] + "..."
            return shown.replace("|", "/")
    return "NONE"


def diagnosis_rows(kb: KnowledgeBase) -> list[tuple[str, str, str, str, str]]:
    """(id, ICD-10, rule-in, key treatment, disposition) per must-not-miss entry."""
    rows = []
    for spec in sorted(kb.diagnoses.values(), key=lambda s: s.id):
        if not spec.must_not_miss:
            continue
        dispo = spec.disposition + (
            f" ({spec.admit_level})" if spec.admit_level else ""
        )
        rows.append((spec.id, spec.icd10, _rule_in(spec, kb), _treatment(spec), dispo))
    return rows


def complaint_rows(kb: KnowledgeBase) -> list[tuple[str, str, str, str]]:
    """(complaint, critical diagnoses covered, absent from the KB, off this list)."""
    rows = []
    for cid, critical in CRITICAL.items():
        listed = set(kb.complaints[cid].differential)
        covered = [label for label, dx in critical if dx is not None and dx in listed]
        absent = [label for label, dx in critical if dx is None]
        off = [label for label, dx in critical if dx is not None and dx not in listed]
        rows.append(
            (cid, ", ".join(covered), ", ".join(absent) or "-", ", ".join(off) or "-")
        )
    return rows


def render(kb: KnowledgeBase) -> str:
    """The audit as Markdown tables."""
    out = [
        "# Must-not-miss coverage audit of the knowledge base",
        "",
        "Generated by `python -m agents.offline.knowledge.audit` (issue 10, gaps14);"
        " a unit test keeps this file equal to the generator's output. Research"
        " software, not for clinical use.",
        "",
        "Critical diagnoses per presentation: Rosen's Emergency Medicine 10th ed."
        " (2023) Part I cardinal presentations and Tintinalli 9th ed. (2020), written"
        " by the team (`CRITICAL` in `agents/offline/knowledge/audit.py`). The"
        " knowledge base's loader checks that every complaint lists its must-not-miss"
        " diagnoses first.",
        "",
        "## 1. Presentations: critical diagnoses on the differential",
        "",
        "| complaint | covered (on the worst-first list) | not in the knowledge base |"
        " in the knowledge base, off this list |",
        "|---|---|---|---|",
    ]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in complaint_rows(kb)]
    rows = diagnosis_rows(kb)
    none = sum(r[2].startswith("NONE") for r in rows)
    out += [
        "",
        f"Complaints audited: {len(CRITICAL)} of {len(kb.complaints)} (the others are"
        " minor presentations whose lists were reviewed in session 13).",
        "",
        "## 2. Must-not-miss diagnoses: rule-in, key treatment, disposition",
        "",
        "Rule-in: published clinical criteria (`criteria`), a validated decision rule"
        " (`rule_in`), or a finding or result with LR+ >= 10 (log-LR >= ln 10,"
        " Jaeschke 1994). NONE: the diagnosis is treated on suspicion (must-not-miss"
        " with a supporting finding) and confirmed by a test the reasoner does not"
        f" read yet. {len(rows) - none} of {len(rows)} have a rule-in path, {none}"
        " have none.",
        "",
        "| diagnosis | ICD-10 | rule-in | key treatment (first order) | disposition |",
        "|---|---|---|---|---|",
    ]
    out += [f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows]
    return "\n".join(out) + "\n"


def main() -> None:
    """Print the audit (Markdown) to standard output."""
    sys.stdout.write(render(load_knowledge()))


if __name__ == "__main__":
    main()

"""Gates implied by the leading diagnosis and the measured blood pressure.

Orders are copied from several protocols at once (the working diagnosis, every open
must-not-miss diagnosis that meets its rule-in requirement, the pathways); an order
written for a lower-ranked diagnosis can contradict the one that leads:

- a STEMI mimic leads (acute pericarditis: diffuse ST elevation with PR depression
  and no reciprocal change, ESC 2015 pericardial diseases, Adler Y et al. Eur Heart
  J 2015;36:2921; early repolarisation, Brugada pattern, LV aneurysm, hyperkalaemia:
  Wang K et al. NEJM 2003;349:2128) and STEMI criteria are not documented (ST
  elevation in contiguous leads with reciprocal depression, or a named STEMI;
  O'Gara PT et al. ACC/AHA 2013 STEMI; Thygesen K et al. Fourth universal definition
  of MI 2018): the catheter laboratory is qualified ("only if STEMI criteria are
  met"), lysis and the ACS antithrombotics are withheld (anticoagulation in
  pericarditis risks haemopericardium, ESC 2015);
- a blood-pressure lowering drug at a measured hypotension (below the PALS/ATLS
  limit): nimodipine (AHA/ASA 2023 aneurysmal SAH, Hoh BL et al. Stroke
  2023;54:e314: avoid hypotension), IV antihypertensives, AV-nodal rate control in
  unstable AF (AHA/ACC/HRS 2023 AF, Joglar JA et al.: synchronised cardioversion),
  loop diuretics before perfusion is restored (ESC 2021 heart failure, McDonagh TA et
  al.: cardiogenic shock);
- nimodipine before aneurysmal SAH is confirmed by CT, LP or angiography (AHA/ASA
  2023, class 1 for aSAH: it is not a treatment of a headache under investigation);
- thrombolysis when a TIA leads or the deficit has resolved (AHA/ASA 2019 3.5:
  lysis treats a persisting disabling deficit; NICE NG128 2019 TIA);
- dual antiplatelet therapy (aspirin with a clopidogrel load) for a stroke whose
  stated NIHSS is above 3: it is the treatment of a TIA or a minor stroke (NIHSS <= 3;
  Kleindorfer DO et al. AHA/ASA 2021 secondary prevention, Stroke 2021;52:e364; POINT,
  Johnston SC et al. NEJM 2018; CHANCE, Wang Y et al. NEJM 2013), and an antiplatelet
  waits 24 h after thrombolysis (Powers WJ et al. AHA/ASA 2019 4.8);
- permissive hypotension (a leaking aneurysm's or a haemorrhage's order) while a
  shock that needs volume leads (adrenal crisis, sepsis, DKA or HHS, anaphylaxis,
  dehydration): that shock is treated with fluid (Bornstein SR et al. Endocrine
  Society 2016 adrenal insufficiency; Evans L et al. Surviving Sepsis Campaign 2021,
  30 mL/kg; JBDS-IP 2023 DKA; RCUK 2021 anaphylaxis); the aorta is still imaged, and a
  rupture it shows changes the plan;
- a head CT for a febrile child who limps without a neurological sign
  (``agents.pathways_msk``: septic arthritis by the Kocher criteria; ALARA).
- empirical sepsis antibiotics when a non-infective cause of the fever and
  tachycardia is ruled in (thyroid storm, acute pancreatitis, DKA, heat stroke,
  neuroleptic malignant or serotonin syndrome) and nothing documented points to an
  infection: antibiotics treat a suspected infection (Evans L et al. Surviving Sepsis
  Campaign 2021: SIRS is not infection; ACG 2024 acute pancreatitis: no prophylactic
  antibiotics; JTA 2016 thyroid storm; JBDS-IP 2023 DKA: antibiotics only with
  evidence of infection); cultures stay;
- an ACS antiplatelet when pulmonary embolism leads, STEMI criteria are not shown
  and no myocardial infarction is ruled in: the troponin of PE is right-ventricular
  injury, a risk marker (Konstantinides SV et al. ESC 2019 acute PE, Eur Heart J
  2020;41:543; Thygesen K et al. Fourth UDMI 2018: non-ischaemic myocardial injury),
  and antiplatelet therapy adds bleeding before lysis, embolectomy or catheter
  treatment; the PE's anticoagulation stays;
- IV rate control of a fast AF while another diagnosis leads with tissue
  hypoperfusion (lactate >= 4 mmol/L, Evans L et al. Surviving Sepsis Campaign 2021):
  the rate accompanies the acute illness (sepsis, mesenteric ischaemia, hypovolaemia),
  which is treated first (fluids, its source; for an embolic mesenteric ischaemia
  heparin and revascularisation, Bjorck M et al. ESVS 2017); an AV-nodal blocker
  lowers the blood pressure of the hypoperfused patient and is given only if the rate
  stays fast once resuscitated (Joglar JA et al. ACC/AHA/ACCP/HRS 2023 AF guideline,
  AF in acute illness; Walkey AJ et al. Chest 2016 AF in sepsis).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from agents import _text
from agents.offline.rules.ecg_reports import new_lbbb_stated
from agents.offline.rules.findings import stated_nihss
from agents.offline.rules.results import results_of
from agents.schemas import DifferentialEntry, Order
from cases.rx import word_start

__all__ = [
    "NOTHING",
    "Situation",
    "gate",
    "qualify",
    "read",
    "sah_shown",
    "sterile_sirs",
]

_rx = word_start

Gate = Literal["contraindication", "treatment_threshold"]

# --- STEMI and its mimics ---

STEMI_MIMIC: Final = _rx(
    r"\w*pericarditis|early repolari[sz]ation|brugada|left ventricular aneurysm|"
    r"lv aneurysm|hyperkal(?:a)?emia|takotsubo"
)
"""Diagnoses with ST elevation that is not an acute coronary occlusion (Wang 2003;
Takotsubo syndrome with unobstructed coronaries: Ghadri JR et al. InterTAK 2018,
cardio46)."""
_MIMIC_ECG: Final = _rx(
    r"pr[- ]?(?:segment )?depression|(?:diffuse|widespread|generali[sz]ed|global) "
    r"(?:concave )?(?:st[- ]?(?:segment )?)?elevation|spodick\w*|"
    r"(?:benign )?early repolari[sz]ation|brugada (?:pattern|sign)"
)
"""ECGs of ST elevation without coronary occlusion: acute pericarditis (ESC 2015:
widespread ST elevation, PR depression), early repolarisation, a Brugada pattern, and
ST elevation unchanged from an earlier ECG (Wang 2003). A bundle branch block unchanged
from an earlier ECG is no mimic: with a raised troponin it is an NSTE-ACS, treated with
aspirin and an anticoagulant (Byrne RA et al. ESC 2023 ACS 3.2.1; cardio46)."""
_OLD_ECG: Final = _rx(
    r"(?:st[- ]?(?:segment )?elevation|ecg|changes?)(?:(?!bundle|[lr]bbb)[^.;]){0,40}"
    r"unchanged from (?:an? |the )?(?:previous|prior|old|earlier|baseline|\d{4})"
)
"""An ECG unchanged from an earlier one: a mimic only of the ST elevation it shows
(cardio55: "ECG: old Q waves, unchanged from 2022" with no ST elevation at all is no
STEMI mimic, and withheld a stable angina's aspirin)."""
MIMIC_ECG_NAME: Final = (
    "an ECG of a STEMI mimic (pericarditis, early repolarisation, old ST elevation)"
)
_STEMI_CRITERIA: Final = _rx(
    r"stemi\b(?! mimic)|st[- ]elevation (?:myocardial infarction|mi\b)|"
    r"reciprocal (?:st[- ]?(?:segment )?)?(?:depression|changes?)|"
    r"regional wall[- ]motion abnormalit\w*|sgarbossa\w* (?:positive|criteria met)|"
    r"posterior (?:stemi|mi\b|myocardial infarction)|de winter\w*|"
    r"(?:occlusion|occluded) (?:mi\b|myocardial|coronary|artery)"
)
"""What makes ST elevation a STEMI (ACC/AHA 2013; Fourth UDMI 2018)."""
_ST_ELEVATION: Final = _rx(
    r"st[- ]?(?:segment )?elevations?|ste\b|tombstoning|stemi\b(?! mimic)"
)
"""ST elevation documented on an ECG (the knowledge base's ecg_st_elevation words)."""
_ACS_TARGET: Final = _rx(
    r"myocardial infarction|acute coronary|\bacs\b|\bstemi\b|nstemi|unstable angina"
)
CATH_LAB: Final = _rx(
    r"cath\w* lab\w*|primary pci|percutaneous coronary|coronary angiograph\w*"
)
_IMMEDIATE_INVASIVE: Final = _rx(
    r"immediate invasive strategy|early invasive coronary angiograph"
)
"""A very-high-risk NSTE-ACS's angiography within 2 h (Byrne RA et al. ESC 2023 ACS
5.3, class I; ``pathways_cardiac.very_high_risk_nste_acs``), and the Wellens pattern's
early angiography (a high-risk NSTE-ACS: critical proximal LAD stenosis, de Zwaan C et
al. Am Heart J 1982; ESC 2023 5.3, within 24 h; cardio47): decided without ST
elevation, so not made conditional on STEMI criteria (cardio42)."""
_ANTITHROMBOTIC: Final = _rx(
    r"aspirin\b|asa\b|clopidogrel|ticagrelor|prasugrel|antiplatelet|heparin|"
    r"enoxaparin|fondaparinux|bivalirudin|anticoagula\w*"
)
_LYTIC: Final = _rx(
    r"alteplase|tenecteplase|reteplase|t-?pa\b|thromboly\w*|fibrinoly\w*"
)
_STAGED: Final = re.compile(r"(?i)^\s*only if\b")

# --- blood pressure ---

BP_LOWERING: Final = _rx(
    r"nimodipine|nicardipine|clevidipine|labetalol|hydralazine|enalaprilat|"
    r"nitroprusside|urapidil|phentolamine|esmolol|diltiazem|verapamil|metoprolol|"
    r"propranolol|atenolol|antihypertensive\w*|(?:lower|reduce)\w* (?:the )?"
    r"(?:bp|blood pressure|sbp|systolic)"
)
"""Drugs given to lower blood pressure or that lower it as rate control does."""
_RATE_CONTROL: Final = _rx(
    r"diltiazem|verapamil|metoprolol|esmolol|propranolol|atenolol|beta-?blockers?|"
    r"digoxin"
)
"""Drugs that slow the ventricular rate of AF (AV-nodal blockers, digoxin)."""
_AF_TARGET: Final = _rx(r"atrial fibrillation|atrial flutter|\baf\b")
HYPOPERFUSION_LACTATE: Final = 4.0
"""Lactate (mmol/L) of tissue hypoperfusion (Surviving Sepsis Campaign 2021)."""
_DIURETIC: Final = _rx(r"furosemide|frusemide|bumetanide|torsemide|lasix|loop diuretic")
_NIMODIPINE: Final = _rx(r"nimodipine")
_SAH_SHOWN: Final = _rx(
    r"subarachnoid (?:ha?emorrhage|blood|bleed\w*)|\bsah\b|xanthochromi\w*|"
    r"(?:cerebral|intracranial|berry|saccular|communicating artery|cerebral artery) "
    r"aneurysm\w*|aneurysm\w* (?:of|on|in) the (?:\w+ )?(?:communicating|cerebral)"
)
_SAH_DX: Final = _rx(r"subarachnoid")
_TIA: Final = _rx(r"transient (?:cerebral )?isch\w*|tia\b")
_STROKE_TARGET: Final = _rx(r"stroke|cerebral infarct\w*|cerebral|isch\w* stroke")
_RESOLVED: Final = _rx(
    r"(?:symptoms?|deficits?|weakness|speech) (?:have |has |had )?(?:now )?"
    r"(?:fully |completely )?resolved|(?:fully|completely) resolved|"
    r"back to (?:normal|baseline)|fully recovered|recovered fully"
)
"""A deficit that has resolved: a TIA, not a stroke to lyse (AHA/ASA 2019 3.5;
NICE NG128 2019: aspirin and specialist assessment)."""
_NOT_SHOWN: Final = re.compile(
    r"(?i)\b(?:exclude|excluding|rule out|r/o|evaluate for|assess for|concern for|"
    r"query|suspect\w*|suspicion of|possible|probable|likely|if|awaiting|pending|"
    r"risk of|worried about|consider\w*)\b[^.;:\n]{0,40}$|\?\s*$"
)
_FLUID_SHOCK: Final = _rx(
    r"addison\w*|adrenal (?:crisis|insufficiency)|sepsis|septic|ketoacidosis|"
    r"hyperosmolar|anaphyla\w*|dehydration|gastroenteritis|heat ?stroke"
)
"""Shock treated with volume (the leading diagnosis's name)."""
_PERMISSIVE: Final = _rx(r"permissive hypotension")
MINOR_STROKE_NIHSS: Final = 3
"""The NIHSS of a minor stroke in POINT and CHANCE (AHA/ASA 2021: DAPT to NIHSS 3)."""
_DAPT: Final = _rx(r"clopidogrel|ticagrelor")
_ASPIRIN: Final = _rx(r"aspirin\b|asa\b")
_ANTIPLATELET: Final = _rx(
    r"aspirin\b|asa\b|clopidogrel|ticagrelor|prasugrel|antiplatelet"
)
_PE_LEADS: Final = _rx(r"pulmonary embol\w*")
_MI_DX: Final = _rx(r"myocardial infarction")
_STOP: Final = re.compile(r"(?i)\s*(?:stop|hold|withhold|avoid|no|do not)\b")
_HEAD_CT: Final = _rx(r"ct\b[^;]{0,20}(?:head|brain)|(?:head|brain) ct\b")


_STERILE_SIRS: Final = _rx(
    r"thyrotoxic crisis|thyroid storm|acute pancreatitis|diabetic ketoacidosis|"
    r"hyperosmolar|heat ?stroke|neuroleptic malignant|serotonin syndrome|"
    r"malignant hyperthermia|"
    # infect53: a sympathomimetic toxidrome's heat and pulse (Holstege CP, Borek HA.
    # Crit Care Clin 2012;28:479; Lavonas EJ et al. AHA 2023 poisoning)
    r"psychostimulants|poisoning by (?:cocaine|ecstasy|amphetamines)"
)
"""Non-infective causes of fever, tachycardia and leucocytosis (SIRS mimics)."""
_INFECTION_CLUE: Final = _rx(
    r"infect\w*|sepsis|septic|pneumonia|consolidation|productive cough|purulent|"
    r"pus\b|abscess\w*|cellulitis|dysuria|nitrites? (?:positive|\+)|pyuria|"
    r"neck stiffness|meningism\w*|kernig|brudzinski|rigors?\b|cholangitis|"
    r"peritonitis|osteomyelitis|cultures? (?:positive|grew|growing)|bacteraemi\w*|"
    r"bacteremi\w*|procalcitonin (?:raised|elevated|high)|"
    # infect52: a focal chest sign is a pneumonia's clue (NICE CG191: fever with
    # focal chest signs; Bouchama A et al. Nat Rev Dis Primers 2022: infection beside
    # classic heat stroke in older adults): an 83-year-old's heat stroke with
    # crackles at one base kept no antibiotic
    r"(?:crackles|crepitations|creps)\b[^.;]{0,20}\b(?:right|left)\b|"
    r"(?:right|left)(?:[- ]sided)? (?:basal |base )?(?:crackles|crepitations|creps)\b|"
    r"focal (?:crackles|crepitations|chest signs)|bronchial breath\w*"
)
"""A documented clue to infection: empirical antibiotics stay (SSC 2021)."""


def sterile_sirs(
    ledger: Sequence[DifferentialEntry], texts: Sequence[str]
) -> str | None:
    """A ruled-in non-infective SIRS mimic, when nothing documented points to infection.

    Thyroid storm, pancreatitis, DKA or HHS, heat stroke, NMS, serotonin syndrome or
    malignant hyperthermia ruled in explain the fever, tachycardia and leucocytosis:
    SIRS is not sepsis (Singer M et al. Sepsis-3, JAMA 2016;315:801; Evans L et al.
    SSC 2021: antibiotics for a suspected infection).
    """
    sterile = next(
        (
            e.diagnosis
            for e in ledger
            if e.status == "ruled_in" and _STERILE_SIRS.search(e.diagnosis)
        ),
        None,
    )
    if sterile is not None and _text.asserted(_INFECTION_CLUE, texts):
        return None
    return sterile


_SEPSIS_TARGET: Final = _rx(r"sepsis|septic")
_ANTIBIOTIC_ORDER: Final = _rx(
    r"antibiotic\w*|antimicrobial\w*|\w*cillin|\w*mycin|cef\w+|ceph\w+|"
    r"\w*penem|\w*floxacin|metronidazole|tazobactam|vancomycin"
)


@dataclass(frozen=True)
class Situation:
    """What the gates read once per plan."""

    mimic: str | None = None
    """The leading STEMI mimic (a diagnosis name or a mimic's ECG), when STEMI
    criteria are not documented."""
    hypotension: float | None = None
    """The measured systolic pressure when below the hypotension limit."""
    sah_shown: bool = False
    febrile_limp: bool = False
    """A febrile child who limps, without a neurological sign (``pathways_msk``)."""
    pecarn_low_risk: bool = False
    """A child's minor head trauma with no PECARN factor (``pathways_trauma``)."""
    adult_head_low_risk: bool = False
    """An adult head strike with no NICE NG232 CT criterion (``pathways_trauma``)."""
    resolved_deficit: bool = False
    """A TIA leads, or the focal deficit is documented as resolved."""
    fluid_shock: str | None = None
    """The leading diagnosis when it is a shock treated with volume."""
    nihss: int | None = None
    """The stated NIHSS when above the minor-stroke limit and the deficit persists."""
    sterile_sirs: str | None = None
    """A ruled-in non-infective cause of SIRS, when no infection clue is documented."""
    pe_injury: bool = False
    """Pulmonary embolism leads, STEMI criteria are not shown and no MI is ruled in."""
    no_st_elevation: bool = False
    """Neither STEMI criteria nor ST elevation is documented (no ECG read as one)."""
    hypoperfused: str | None = None
    """Another diagnosis than the AF leads at a lactate >= 4 mmol/L (its name)."""


def _shown(pattern: re.Pattern[str], texts: Sequence[str]) -> bool:
    """Whether ``pattern`` is stated as found: not negated, suspected or awaited."""
    return _text.any_text(_shown_kept, pattern, texts)


def _shown_kept(pattern: re.Pattern[str], t: str) -> bool:
    """``_shown_in`` kept per text, as a recorded ask (``_text.any_text``)."""
    return _text.per_text_of(_shown_in, pattern, t)


def _shown_in(pattern: re.Pattern[str], t: str) -> bool:
    """``_shown`` of one text (kept per text: every stage view asks)."""
    return any(
        _text.asserted(pattern, [t[m.start() :]])
        and _text.asserted(pattern, [t[max(0, m.start() - 40) : m.end()]])
        and not _NOT_SHOWN.search(t[max(0, m.start() - 60) : m.start()])
        for m in pattern.finditer(t)
    )


def sah_shown(texts: Sequence[str]) -> bool:
    """Whether a subarachnoid bleed (or xanthochromia) is stated as found."""
    return _shown(_SAH_SHOWN, texts)


def read(
    texts: Sequence[str],
    ledger: Sequence[DifferentialEntry],
    working: str | None,
    sbp: float | None,
    hypotension_sbp: float,
    *,
    febrile_limp: bool = False,
    pecarn_low_risk: bool = False,
    adult_head_low_risk: bool = False,
) -> Situation:
    """Read the situation the gates need from the visible text and the ledger."""
    leading = working or (ledger[0].diagnosis if ledger else None)
    mimic: str | None = None
    if not _shown(_STEMI_CRITERIA, texts):
        if leading is not None and STEMI_MIMIC.search(leading):
            mimic = leading
        elif _text.asserted(_MIMIC_ECG, texts) or (
            _text.asserted(_OLD_ECG, texts) and _text.asserted(_ST_ELEVATION, texts)
        ):
            mimic = MIMIC_ECG_NAME
    sah = _shown(_SAH_SHOWN, texts) or any(
        e.status == "ruled_in" and _SAH_DX.search(e.diagnosis) for e in ledger
    )
    low = sbp if sbp is not None and sbp < hypotension_sbp else None
    resolved = (leading is not None and bool(_TIA.search(leading))) or (
        _text.asserted(_RESOLVED, texts)
    )
    fluid = leading if leading is not None and _FLUID_SHOCK.search(leading) else None
    nihss = stated_nihss(texts)
    if nihss is not None and (nihss <= MINOR_STROKE_NIHSS or resolved):
        nihss = None
    sterile = sterile_sirs(ledger, texts)
    pe_injury = (
        leading is not None
        and bool(_PE_LEADS.search(leading))
        and not _shown(_STEMI_CRITERIA, texts)
        and not any(
            e.status == "ruled_in" and _MI_DX.search(e.diagnosis) for e in ledger
        )
    )
    lactate = max(
        (r.value for t in texts for r in results_of(t, "lactate") if not r.below),
        default=None,
    )
    hypoperfused = (
        leading
        if leading is not None
        and lactate is not None
        and lactate >= HYPOPERFUSION_LACTATE
        and not _AF_TARGET.search(leading)
        else None
    )
    return Situation(
        hypoperfused=hypoperfused,
        no_st_elevation=not _shown(_STEMI_CRITERIA, texts)
        and not _text.asserted(_ST_ELEVATION, texts)
        and not new_lbbb_stated(texts),
        pe_injury=pe_injury,
        sterile_sirs=sterile,
        mimic=mimic,
        hypotension=low,
        sah_shown=sah,
        febrile_limp=febrile_limp,
        pecarn_low_risk=pecarn_low_risk,
        adult_head_low_risk=adult_head_low_risk,
        resolved_deficit=resolved,
        nihss=nihss,
        fluid_shock=fluid,
    )


def _acs_order(order: Order) -> bool:
    target = order.for_diagnosis or ""
    return bool(_ACS_TARGET.search(target) or _ACS_TARGET.search(order.reason))


def gate(order: Order, s: Situation) -> tuple[Gate, str] | None:
    """Why the leading diagnosis or the blood pressure withholds ``order``, if so."""
    if s.febrile_limp and order.kind == "diagnostic" and _HEAD_CT.search(order.name):
        return "treatment_threshold", (
            "a febrile child who limps without a neurological sign: septic arthritis "
            "or osteomyelitis, not an intracranial cause; no head CT (Kocher 1999; "
            "PECARN and ALARA: no radiation without an indication)"
        )
    if s.pecarn_low_risk and order.kind == "diagnostic" and _HEAD_CT.search(order.name):
        return "treatment_threshold", (
            "a child's minor head trauma with no PECARN factor (GCS 15, normal "
            "mental status, no skull fracture sign, loss of consciousness, vomiting, "
            "severe headache or severe mechanism): clinically important brain injury "
            "< 0.05 %, no head CT (Kuppermann N et al. Lancet 2009;374:1160; ALARA)"
        )
    head_ct = order.kind == "diagnostic" and _HEAD_CT.search(order.name)
    if s.adult_head_low_risk and head_ct:
        return "treatment_threshold", (
            "an adult head strike with GCS 15 and no NICE NG232 CT criterion (no loss "
            "of consciousness, amnesia, vomiting, seizure, skull fracture sign, "
            "dangerous mechanism, deficit, anticoagulant, age >= 65): no head CT; "
            "head injury advice (NICE NG232 2023 1.4.7-1.4.12; Stiell 2001)"
        )
    if order.kind not in ("medication", "procedure") or _STOP.match(order.name):
        return None
    name = order.name
    if (
        s.sterile_sirs is not None
        and order.kind == "medication"
        and _SEPSIS_TARGET.search(f"{order.for_diagnosis or ''} {order.reason}")
        and _ANTIBIOTIC_ORDER.search(name)
    ):
        return "treatment_threshold", (
            f"{s.sterile_sirs} is ruled in and nothing documented points to an "
            "infection: fever and tachycardia are its own (SIRS is not sepsis); "
            "antibiotics when an infection is suspected (Surviving Sepsis Campaign "
            "2021; ACG 2024 pancreatitis; JBDS-IP 2023 DKA); cultures stay"
        )
    if s.mimic is not None and (
        _LYTIC.search(name) or (_ANTITHROMBOTIC.search(name) and _acs_order(order))
    ):
        return "treatment_threshold", (
            f"{s.mimic} leads and STEMI criteria are not documented (ST elevation in "
            "contiguous leads with reciprocal depression; ACC/AHA 2013 STEMI, Fourth "
            "UDMI 2018): no lysis or ACS antithrombotic; anticoagulation risks "
            "haemopericardium in pericarditis (ESC 2015 pericardial diseases)"
        )
    if s.pe_injury and _ANTIPLATELET.search(name) and _acs_order(order):
        return "treatment_threshold", (
            "pulmonary embolism leads and no myocardial infarction is shown: its "
            "troponin is right-ventricular injury, a risk marker (ESC 2019 acute PE; "
            "Fourth UDMI 2018), not an ACS to treat with antiplatelets; the PE's "
            "anticoagulation stays"
        )
    if (
        s.resolved_deficit
        and _LYTIC.search(name)
        and _STROKE_TARGET.search(f"{order.for_diagnosis or ''} {order.reason}")
    ):
        return "treatment_threshold", (
            "the focal deficit has resolved (a TIA): no thrombolysis, which treats a "
            "persisting disabling deficit (AHA/ASA 2019 3.5); antiplatelet therapy and "
            "specialist assessment (NICE NG128 2019)"
        )
    if s.fluid_shock is not None and _PERMISSIVE.search(name):
        return "treatment_threshold", (
            f"{s.fluid_shock} leads: its hypotension is treated with fluid (Endocrine "
            "Society 2016; Surviving Sepsis Campaign 2021; JBDS-IP 2023); permissive "
            "hypotension only once imaging shows a bleeding aneurysm or haemorrhage"
        )
    if s.nihss is not None and _DAPT.search(name) and _ASPIRIN.search(name):
        return "treatment_threshold", (
            f"NIHSS {s.nihss} > {MINOR_STROKE_NIHSS}: not a minor stroke; dual "
            "antiplatelet therapy treats a TIA or a minor stroke (AHA/ASA 2021 "
            "secondary prevention; POINT, CHANCE), and an antiplatelet waits 24 h "
            "after thrombolysis (AHA/ASA 2019 4.8): aspirin once imaging and the "
            "reperfusion decision allow"
        )
    if s.hypotension is not None and order.kind == "medication":
        if BP_LOWERING.search(name):
            return "contraindication", (
                f"measured hypotension (SBP {s.hypotension:g}): no blood-pressure "
                "lowering drug (AHA/ASA 2023 aSAH: avoid hypotension; AHA/ACC/HRS 2023 "
                "AF: synchronised cardioversion when unstable; ACC/AHA 2017 BP)"
            )
        if _DIURETIC.search(name):
            return "contraindication", (
                f"measured hypotension (SBP {s.hypotension:g}): restore perfusion "
                "before a loop diuretic (ESC 2021 heart failure: cardiogenic shock)"
            )
    if (
        s.hypoperfused is not None
        and order.kind == "medication"
        and _RATE_CONTROL.search(name)
        and (
            _AF_TARGET.search(order.for_diagnosis or "")
            or _AF_TARGET.search(order.reason)
            or "rate control" in name.lower()
        )
    ):
        return "treatment_threshold", (
            f"{s.hypoperfused} leads with tissue hypoperfusion (lactate >= 4 mmol/L):"
            " the fast AF accompanies it and the cause is treated first; IV rate"
            " control lowers the blood pressure and is given only if the rate stays"
            " fast once resuscitated (ACC/AHA/ACCP/HRS 2023 AF in acute illness; SSC"
            " 2021; ESVS 2017 mesenteric: heparin and revascularisation)"
        )
    if _NIMODIPINE.search(name) and not s.sah_shown:
        return "treatment_threshold", (
            "nimodipine treats a confirmed aneurysmal SAH (AHA/ASA 2023, class 1): "
            "not before CT, LP or angiography shows it"
        )
    return None


def qualify(order: Order, s: Situation) -> Order | None:
    """The catheter laboratory made conditional on STEMI criteria.

    Beside a leading STEMI mimic, and whenever no ECG documented shows ST elevation:
    primary PCI is decided on the ECG (Byrne RA et al. ESC 2023 ACS 3.2.1: the STEMI
    working diagnosis is the ECG's; a 12-lead ECG within 10 minutes of first medical
    contact); an ACS excluded by serial troponins with no ST elevation has no
    catheter laboratory activation.
    """
    if (
        (
            s.mimic is None
            and (not s.no_st_elevation or _IMMEDIATE_INVASIVE.search(order.name))
        )
        or not CATH_LAB.search(order.name)
        or _STAGED.match(order.name)
    ):
        return None
    return order.model_copy(
        update={
            "name": "only if STEMI criteria are met (ST elevation in contiguous leads "
            "with reciprocal depression on a repeat ECG, or a regional wall-motion "
            f"abnormality on echocardiography): {order.name}"
        }
    )


NOTHING: Final = Situation()
"""No mimic, no hypotension, no SAH shown: the gates withhold nothing but nimodipine."""

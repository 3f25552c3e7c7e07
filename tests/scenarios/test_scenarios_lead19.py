"""What an emergency physician reads in a triage complaint (lead, session 19).

Written from: Australasian Triage Scale / ACEM triage documentation and the KTAS
complaint list (Moon SH et al. Clin Exp Emerg Med 2019;6:6), where "BSL" is the blood
sugar level and "voiding difficulty" the presenting complaint of a patient who cannot
empty the bladder; ADA Standards of Care 2024 / Umpierrez GE et al. Diabetes Care 2024
(hyperglycaemia: check ketones and the anion gap for DKA, osmolality for HHS); AUA
2021 BPH guideline and EAU 2024 non-neurogenic male LUTS (acute retention: bladder
scan, then a catheter). A complaint the knowledge base lists must also be read as the
symptom it names: a complaint alias and the findings lexicon must agree.
"""

from __future__ import annotations

import re

import pytest

from agents.offline.knowledge import load_knowledge
from agents.offline.rules.findings import extract_findings
from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


@pytest.mark.parametrize(
    ("words", "concept"),
    [
        ("abdomen pain", "abdominal_pain"),
        ("crampy abdominal discomfort since lunch", "abdominal_pain"),
        ("feels light headed when standing", "presyncope"),
        ("palpitation and rapid heart rate", "palpitations"),
        ("difficulty voiding since yesterday", "urinary_retention"),
        ("elevated BSL on home meter", "hyperglycemia"),
        ("bleeding per rectum x2", "hematochezia"),
        ("backache after gardening", "back_pain"),
        ("coughed up blood-streaked sputum", "hemoptysis"),
        ("on the combined pill", "hormone_use"),
    ],
)
def test_complaint_words_name_their_symptom(words: str, concept: str) -> None:
    """The words a triage note uses for a listed complaint are read as its symptom."""
    found = {
        f.concept
        for f in extract_findings(words, load_knowledge(), source="cc")
        if f.status == "present"
    }
    assert concept in found, found


def test_high_blood_sugar_level_is_worked_up_not_out_of_scope(reason: Reason) -> None:
    """'BSL high' at triage is hyperglycaemia: ketones / anion gap are checked
    (ADA 2024), the case is not out of the knowledge base."""
    out = reason(
        make_case("BSL high", age=61, sex="M", vitals=vitals(96, 150, 84, 18, 97))
    )
    assert "out_of_scope" not in out.final.summary.flags
    assert O.ordered(out, "anion gap", "ketone", "beta-hydroxybutyrate"), O.orders(out)


def test_voiding_difficulty_gets_a_bladder_scan(reason: Reason) -> None:
    """An older man who cannot void: bladder scan and catheter (AUA 2021; EAU 2024)."""
    out = reason(
        make_case(
            "difficulty voiding", age=82, sex="M", vitals=vitals(88, 146, 82, 16, 97)
        )
    )
    assert "out_of_scope" not in out.final.summary.flags
    assert O.ordered(out, "bladder scan", "post-void residual"), O.orders(out)
    assert O.ordered(out, "catheter"), O.orders(out)


def test_ottawa_sah_criteria_keep_sah_open_without_calling_neurosurgery(
    reason: Reason,
) -> None:
    """The Ottawa SAH rule is a rule-out rule (Perry JJ et al. JAMA 2013: sensitivity
    100 %, specificity 15 %): a criterion met means SAH is not excluded, so the head CT
    (then LP or CTA) is ordered, but the neurosurgeon follows a scan that shows blood
    (ACEP 2019 acute headache; AHA/ASA 2023 aSAH)."""
    out = reason(
        make_case(
            "headache",
            age=58,
            sex="M",
            vitals=vitals(84, 158, 90, 16, 98),
            ed_note="58M with a severe headache that came on abruptly while shovelling "
            "snow an hour ago, now 8/10, one episode of vomiting. Alert, GCS 15, no "
            "focal deficit, neck supple. No head injury.",
        )
    )
    sah = [e for e in out.final.ledger if "subarachnoid" in e.diagnosis.lower()]
    assert sah and sah[0].status in ("cannot_exclude", "ruled_in"), sah
    assert O.ordered(out, r"ct head|head ct|ct (?:of the )?brain"), O.orders(out)
    assert not O.ordered(out, "neurosurg"), O.orders(out)


def test_subarachnoid_blood_on_ct_brings_the_neurosurgeon(reason: Reason) -> None:
    """Guard: once CT shows subarachnoid blood, neurosurgery is consulted (AHA/ASA
    2023 aSAH: treat at a centre with neurosurgical care)."""
    out = reason(
        make_case(
            "headache",
            age=52,
            sex="F",
            vitals=vitals(92, 172, 96, 18, 98),
            ed_note="52F sudden worst headache of her life at rest 2 hours ago with "
            "neck stiffness. GCS 15. CT head: diffuse subarachnoid hemorrhage in the "
            "basal cisterns.",
        )
    )
    assert O.ordered(out, "neurosurg"), O.orders(out)


def test_pe_the_most_likely_diagnosis_goes_to_ctpa(reason: Reason) -> None:
    """Wells PE scores the clinician's judgement that PE is the most likely diagnosis
    (3 points); with tachycardia that makes PE likely (> 4), and ESC 2019 sends PE
    likely to CT pulmonary angiography directly, not to a D-dimer alone."""
    out = reason(
        make_case(
            "shortness of breath",
            age=41,
            sex="F",
            vitals=vitals(112, 124, 78, 24, 92),
            ed_note="41F on the combined pill, 3 days of right-sided pleuritic chest "
            "pain and breathlessness, coughed up blood-streaked sputum this morning. "
            "No fever, no cough before this. Chest clear, calves soft and non-tender.",
        )
    )
    assert O.ordered(out, r"ct pulmonary angiogra|ctpa"), O.orders(out)


def test_chest_wall_pain_is_not_sent_for_ctpa(reason: Reason) -> None:
    """Guard: reproducible chest wall pain with normal vital signs, PE not the most
    likely diagnosis: no CT pulmonary angiography (ESC 2019; ACEP 2018 VTE)."""
    out = reason(
        make_case(
            "chest pain",
            age=27,
            sex="M",
            vitals=vitals(74, 126, 76, 14, 99),
            ed_note="27M sharp left chest pain since lifting weights yesterday, worse "
            "on twisting, reproduced exactly by pressing the left costochondral "
            "junctions. No breathlessness, no haemoptysis, no leg swelling.",
        )
    )
    assert not O.ordered(out, r"ct pulmonary angiogra|ctpa"), O.orders(out)


def test_older_adult_with_two_danger_zone_vitals_is_esi_2(reason: Reason) -> None:
    """ESI v4 handbook ch.6 and Table 3-1: an older adult with abdominal pain whose
    heart rate and respiratory rate are both in the danger zone is high risk, not
    an isolated tachycardia the nurse may explain away (ACEP geriatric ED 2014)."""
    out = reason(
        make_case(
            "abdominal pain", age=82, sex="M", vitals=vitals(108, 138, 82, 24, 96)
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2


def test_a_young_adult_with_an_isolated_mild_tachycardia_is_considered(
    reason: Reason,
) -> None:
    """Guard: at 30 the same danger-zone vitals are considered, not automatically
    ESI 2 (handbook ch.6: tachycardia explained by pain may stay ESI 3)."""
    out = reason(
        make_case(
            "abdominal pain", age=30, sex="M", vitals=vitals(106, 128, 78, 22, 98)
        )
    )
    assert out.final.esi == 3


def test_hhs_without_a_blood_gas_is_established(reason: Reason) -> None:
    """JBDS-IP 2022 / ADA 2024: glucose >= 30 mmol/L with an osmolality >= 320 and
    no acidosis is HHS; a measured bicarbonate >= 18 mmol/L shows there is no
    ketoacidosis, so an unmeasured pH does not hold the diagnosis open: fluids are
    given by the HHS regimen and the patient is admitted."""
    out = reason(
        make_case(
            "altered mental status",
            age=84,
            sex="F",
            vitals=vitals(106, 104, 62, 20, 96),
            ed_note="84F care-home resident with type 2 diabetes, two days more "
            "muddled and barely drinking. Dry mucosae. Glucose 37 mmol/L, serum "
            "osmolality 344, sodium 150, bicarbonate 23, urine ketones negative.",
        )
    )
    hhs = [e for e in out.final.ledger if "hyperosmolar" in e.diagnosis.lower()]
    assert hhs and hhs[0].status == "ruled_in", hhs
    assert O.ordered(out, r"0\.9 ?% (?:saline|sodium chloride)(?: iv)? 1 l"), O.orders(
        out
    )
    assert out.final.disposition not in (None, "Discharge")


def test_ketoacidosis_is_not_called_hhs(reason: Reason) -> None:
    """Guard: with a pH of 7.08 and a bicarbonate of 8 the hyperglycaemic crisis is
    DKA (ADA 2024), however high the osmolality: the HHS criteria need no acidosis."""
    out = reason(
        make_case(
            "vomiting",
            age=24,
            sex="M",
            vitals=vitals(122, 112, 70, 30, 99),
            ed_note="24M type 1 diabetes, missed insulin for 3 days, vomiting, deep "
            "rapid breathing. Glucose 36 mmol/L, osmolality 331, pH 7.08, "
            "bicarbonate 8, ketones 6.1.",
        )
    )
    hhs = [e for e in out.final.ledger if "hyperosmolar" in e.diagnosis.lower()]
    assert not hhs or hhs[0].status != "ruled_in", hhs


_PE_LIKELY_NOTE = (
    "{age}{sex} twelve days after a knee replacement, sudden pleuritic chest pain and "
    "breathlessness this morning, right calf swollen and tender. {extra}"
)


def _anticoagulated(out: ReasoningOutput) -> bool:
    return any(
        o.kind == "medication" and re.search(r"(?i)heparin|lmwh|enoxaparin", o.name)
        for o in O.orders(out)
    )


def test_pe_likely_is_anticoagulated_while_the_ctpa_is_awaited(reason: Reason) -> None:
    """ESC 2019 PE (class I): with a high or intermediate clinical probability,
    anticoagulation starts without delay while the diagnostic work-up is in progress;
    the CTPA is ordered as well. No DVT sign here: PE is likely by the tachycardia,
    the haemoptysis and PE being the most likely diagnosis (Wells 5.5)."""
    out = reason(
        make_case(
            "pleuritic chest pain",
            age=36,
            sex="F",
            vitals=vitals(118, 122, 76, 24, 92),
            ed_note="36F taking a combined oral contraceptive, sudden sharp left chest "
            "pain on breathing in and breathlessness since last night, coughing blood "
            "this morning. No fever. Chest clear to auscultation, calves normal.",
        )
    )
    assert O.ordered(out, r"ct pulmonary angiogra|ctpa"), O.orders(out)
    assert _anticoagulated(out), O.orders(out)


def test_no_anticoagulant_with_overt_gi_bleeding_now(reason: Reason) -> None:
    """Active bleeding contraindicates anticoagulation (ESC 2019 PE: consider an IVC
    filter; ACG 2021 UGIB): melaena in this visit withholds heparin for a likely PE."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="M",
            vitals=vitals(114, 126, 80, 24, 93),
            ed_note=_PE_LIKELY_NOTE.format(
                age=66, sex="M", extra="Two melaena stools since yesterday, Hb 8.4."
            ),
        )
    )
    assert not _anticoagulated(out), O.orders(out)


def test_a_remote_gi_bleed_does_not_withhold_anticoagulation(reason: Reason) -> None:
    """Guard: a bleed years ago is history, not active bleeding (ESC 2019): the
    likely PE is still anticoagulated."""
    out = reason(
        make_case(
            "chest pain",
            age=66,
            sex="F",
            vitals=vitals(114, 126, 80, 24, 93),
            ed_note=_PE_LIKELY_NOTE.format(
                age=66, sex="F", extra="PMH: melaena from a duodenal ulcer in 2015."
            ),
        )
    )
    assert _anticoagulated(out), O.orders(out)


def test_a_headache_peaking_over_seconds_is_thunderclap(reason: Reason) -> None:
    """ICHD-3 4.4 / Perry JJ et al. JAMA 2013: a headache reaching its maximum within
    a minute is a thunderclap headache; a CT read as normal 10 hours after onset does
    not exclude SAH (CT sensitivity falls after 6 h: Perry JJ et al. BMJ 2011): SAH
    stays open and the LP or CT angiography follows (ACEP 2019)."""
    out = reason(
        make_case(
            "headache",
            age=33,
            sex="F",
            vitals=vitals(82, 132, 82, 16, 99),
            ed_note="33F severe occipital headache that built up over a few seconds "
            "this morning, about 10 hours before arrival. No neck stiffness, GCS 15. "
            "CT head 10 hours after onset: no subarachnoid haemorrhage.",
        )
    )
    sah = [e for e in out.final.ledger if "subarachnoid" in e.diagnosis.lower()]
    assert sah and sah[0].status != "ruled_out", sah
    assert O.ordered(out, r"lumbar puncture|\blp\b|ct angiogra|\bcta\b"), O.orders(out)

"""resp41 (session 41): respiratory, airway, neurology and mental health review.

Written from guidelines, not from shared data. High-risk PE in shock is anticoagulated
and reperfused (Konstantinides SV et al. ESC 2019 acute PE, class I): a syncope's
unfounded GI bleed does not withhold heparin, and a hip replacement is a Wells risk
factor; an agitated patient with schizophrenia and no alcohol told is calmed by
de-escalation and rapid tranquillisation (NICE NG10 2015 1.4; Project BETA 2012), not
labelled drunk; blood coughed up without fever is a haemoptysis, not sepsis
(Davidson K, Shojaee S. Chest 2020;157:77; Singer M et al. Sepsis-3 2016: suspected
infection); Guillain-Barre syndrome with a weak cough goes to intensive care (van
Doorn PA et al. EAN/PNS 2023; Lawn ND et al. 2001); forgetfulness over a year is a
memory-service referral, not transient global amnesia (Hodges & Warlow 1990; NICE
NG97 2018). Guards keep the look-alikes: alcohol intoxication told, febrile
haemoptysis, classic TGA, alcohol withdrawal, acute delirium.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_RAPID_TRANQ = ("lorazepam", "haloperidol", "olanzapine", "droperidol", "midazolam")
_REPERFUSION = (
    "alteplase",
    "tenecteplase",
    "thromboly",
    "embolectomy",
    "catheter-directed",
)


def _final(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower() if out.final else ""


def _icd(out: ReasoningOutput) -> str:
    return (out.final.icd10 or "") if out.final else ""


# ------------------------------------------------------------------ targets


def test_high_risk_pe_after_a_hip_replacement_is_anticoagulated_and_reperfused(
    reason: Reason,
) -> None:
    """Collapse with shock, hypoxia, a dilated right ventricle and S1Q3T3 two weeks
    after a hip replacement: high-risk PE. ESC 2019: UFH at once and reperfusion
    (systemic thrombolysis; after major surgery within 3 weeks, surgical embolectomy
    or catheter-directed treatment, table 9). A syncope with no bleeding sign holds
    no GI bleed against the heparin."""
    out = reason(
        make_case(
            "syncope",
            age=58,
            sex="M",
            vitals=vitals(134, 78, 48, 30, 86),
            one_liner="58M collapsed, breathless, hypotensive",
            ed_note=(
                "Hip replacement 2 weeks ago. Collapsed at home. Raised JVP. ECG sinus "
                "tachycardia, S1Q3T3. Bedside echo dilated RV."
            ),
        )
    )
    assert O.medication_ordered(out, r"heparin"), O.orders(out)
    assert not any("heparin" in b.lower() for b in O.blocked_names(out))
    assert O.ordered(out, *_REPERFUSION), O.orders(out)
    assert O.disposition(out).admit_level == "icu"


def test_a_faint_with_a_swollen_calf_on_the_pill_gets_heparin_before_the_ctpa(
    reason: Reason,
) -> None:
    """Syncope, breathlessness, hypoxia and a swollen tender calf on the combined
    pill, no bleeding: suspected PE; ESC 2019 (section 5): anticoagulation while the
    CTPA is awaited; only active bleeding contraindicates it (table 9). A faint
    points to a bleed no more than to the embolism."""
    out = reason(
        make_case(
            "syncope",
            age=45,
            sex="F",
            vitals=vitals(118, 112, 70, 24, 91, 37.0),
            one_liner="45F fainted, breathless since yesterday",
            ed_note=(
                "Fainted at home. Breathless since yesterday. On the combined pill. "
                "Left calf swollen and tender. No bleeding, stools normal."
            ),
        )
    )
    assert O.medication_ordered(out, "heparin", "enoxaparin", "dalteparin"), O.orders(
        out
    )
    assert O.ordered(out, "ct pulmonary angiogra", "ctpa"), O.orders(out)


def test_agitation_in_schizophrenia_without_alcohol_gets_rapid_tranquillisation(
    reason: Reason,
) -> None:
    """Shouting, threatening staff and refusing oral medication in known
    schizophrenia, glucose normal, no alcohol told: NICE NG10 2015 1.4 (de-escalation,
    then oral, then IM lorazepam or haloperidol with promethazine); not alcohol
    intoxication, which is diagnosed from drinking or its signs (ACEP; Yost 2002)."""
    out = reason(
        make_case(
            "agitation",
            age=30,
            sex="M",
            vitals=vitals(118, 148, 90, 20, 98, 37.2),
            one_liner="30M aggressive, shouting, threatening staff",
            ed_note=(
                "Brought by police, shouting and threatening staff, refusing oral "
                "medication, pacing. Known schizophrenia. Glucose 6.0."
            ),
        )
    )
    assert O.medication_ordered(out, *_RAPID_TRANQ), O.orders(out)
    assert "alcohol" not in O.working(out)
    assert "alcohol" not in _final(out)


def test_afebrile_massive_haemoptysis_is_not_labelled_sepsis(reason: Reason) -> None:
    """300 mL of blood coughed up in an hour, afebrile, tachycardic and hypoxic: the
    bleeding explains the pulse and breathing (Davidson & Shojaee, Chest 2020); qSOFA
    is for suspected infection (Seymour CW et al. JAMA 2016). Airway, TXA and the CT
    angiogram; the label is the haemoptysis, not sepsis."""
    out = reason(
        make_case(
            "coughing up blood",
            age=62,
            sex="M",
            vitals=vitals(122, 98, 60, 28, 89, 37.0),
            one_liner="62M coughing large amounts of blood",
            ed_note=(
                "Coughed up about 300 ml of fresh blood in the last hour. Ex-smoker, "
                "weight loss. Crackles right upper zone."
            ),
        )
    )
    assert "sepsis" not in _final(out) and not _icd(out).startswith("A41")
    assert "sepsis" not in O.working(out)
    assert O.ordered(out, r"tranexamic"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guillain_barre_with_a_weak_cough_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """Ascending areflexic weakness after diarrhoea, now in the arms, struggling to
    cough: EAN/PNS 2023 GBS (a diminished cough or swallow is an ICU indication;
    Lawn ND et al. 2001 20/30/40 rule)."""
    out = reason(
        make_case(
            "weakness",
            age=41,
            sex="M",
            vitals=vitals(96, 132, 80, 22, 97, 36.9),
            one_liner="41M legs weak rising over 4 days after gastroenteritis",
            ed_note=(
                "Diarrhoea 2 weeks ago. Tingling feet then progressive weakness legs "
                "then arms over 4 days. Areflexic. FVC 1.6 L. Struggling to cough."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu", d


def test_a_year_of_forgetfulness_is_no_transient_global_amnesia(
    reason: Reason,
) -> None:
    """Gradual forgetfulness over 12 months, attention normal, no recent change: TGA
    resolves within 24 h (Hodges & Warlow 1990); a chronic memory complaint is
    referred to a memory assessment service after reversible causes (NICE NG97 2018
    1.2), not admitted."""
    out = reason(
        make_case(
            "memory loss",
            age=79,
            sex="M",
            vitals=vitals(74, 138, 80, 14, 97),
            one_liner="79M daughter worried about memory over a year",
            ed_note=(
                "Gradual forgetfulness over 12 months, repeats questions, lost in the "
                "car once. Alert, attention normal, no change in the last weeks, no "
                "fever, self-caring."
            ),
        )
    )
    assert "transient global amnesia" not in O.working(out)
    assert not _icd(out).startswith("G45.4")
    assert O.disposition(out).disposition == "Discharge"


def test_a_thunderclap_headache_gets_analgesia_while_the_ct_is_done(
    reason: Reason,
) -> None:
    """Worst headache, peaking within a minute, vomiting and a stiff neck: suspected
    SAH (Perry JJ et al. JAMA 2013 Ottawa SAH rule); CT now and the pain and vomiting
    treated meanwhile (Hoh BL et al. AHA/ASA 2023 aSAH); no NSAID or antithrombotic
    beside a possible bleed."""
    out = reason(
        make_case(
            "headache",
            age=44,
            sex="F",
            vitals=vitals(88, 164, 92, 16, 98),
            one_liner="44F sudden worst headache of her life while lifting",
            ed_note=(
                "Thunderclap headache peaking within a minute while lifting a box. "
                "Vomited. Neck stiff on flexion. GCS 15, no focal deficit."
            ),
        )
    )
    assert O.ordered(out, r"\bct\b"), O.orders(out)
    assert O.medication_ordered(
        out, "paracetamol", "acetaminophen", "opioid", "morphine"
    )
    assert not O.medication_ordered(out, *O.NSAID, *O.ANTITHROMBOTIC), O.orders(out)


def test_a_copd_patients_pneumothorax_on_a_terse_film_is_not_an_exacerbation(
    reason: Reason,
) -> None:
    """Sudden pleuritic pain and breathlessness in COPD, SpO2 88, and a chest film
    written "CXR right pneumothorax 3 cm": a secondary spontaneous pneumothorax
    (BTS 2023: symptomatic secondary, a chest drain and admission), not a COPD
    exacerbation."""
    out = reason(
        make_case(
            "shortness of breath",
            age=68,
            sex="M",
            vitals=vitals(112, 132, 80, 28, 88, 36.9),
            one_liner="68M COPD, sudden breathless and right chest pain",
            ed_note=(
                "Known COPD. Sudden right chest pain and breathlessness. Reduced "
                "breath sounds right. CXR right pneumothorax 3 cm."
            ),
        )
    )
    assert "pneumothorax" in O.working(out), O.working(out)
    assert O.ordered(out, "chest drain", "tube thoracostomy"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_ace_inhibitor_angioedema_with_stridor_goes_to_intensive_care(
    reason: Reason,
) -> None:
    """Tongue swelling, drooling and stridor on lisinopril: laryngeal angioedema
    (Ishoo 1999 stage IV; Bernstein 2017): the airway team and intensive care, not
    an observation bed."""
    out = reason(
        make_case(
            "facial swelling",
            age=58,
            sex="F",
            vitals=vitals(110, 150, 86, 26, 93),
            one_liner="58F tongue swelling, noisy breathing, on lisinopril",
            ed_note=(
                "On lisinopril. Massive tongue swelling, drooling, inspiratory "
                "stridor, cannot speak in full sentences. No rash."
            ),
        )
    )
    d = O.disposition(out)
    assert d.disposition == "Admit" and d.admit_level == "icu", d
    assert O.ordered(out, "airway"), O.orders(out)


# ------------------------------------------------------------------ guards


def test_guard_intoxication_told_stays_alcohol(reason: Reason) -> None:
    """Drunk, smelling of alcohol, alert and walking: alcohol intoxication (ACEP
    clinical policy), glucose checked."""
    out = reason(
        make_case(
            "intoxication",
            age=35,
            sex="M",
            vitals=vitals(96, 128, 80, 16, 97, 36.6),
            one_liner="35M drunk after a party",
            ed_note=(
                "Smells of alcohol, drank a bottle of vodka tonight. Alert, walking, "
                "no head injury. Glucose 5.4."
            ),
        )
    )
    assert "alcohol" in O.working(out), O.working(out)


def test_guard_withdrawal_after_stopping_heavy_drinking_is_treated(
    reason: Reason,
) -> None:
    """Tremor, sweating and agitation two days after stopping daily heavy drinking:
    alcohol withdrawal, a benzodiazepine and thiamine (ASAM 2020)."""
    out = reason(
        make_case(
            "tremor",
            age=50,
            sex="M",
            vitals=vitals(112, 156, 92, 20, 98, 37.6),
            one_liner="50M shaky and sweaty, stopped drinking 2 days ago",
            ed_note=(
                "Heavy drinker, a bottle of vodka daily, stopped drinking 2 days ago. "
                "Tremor, sweating, anxious and agitated. No hallucinations."
            ),
        )
    )
    assert O.medication_ordered(
        out,
        "benzodiazepine",
        "lorazepam",
        "diazepam",
        "chlordiazepoxide",
        "phenobarbital",
    )
    assert O.medication_ordered(out, r"thiamine")


def test_guard_febrile_haemoptysis_with_consolidation_gets_antibiotics(
    reason: Reason,
) -> None:
    """Fever, productive cough with blood-streaked sputum and consolidation: a
    pneumonia (BTS CAP; NICE NG138); antibiotics, not only the bleeding plan."""
    out = reason(
        make_case(
            "cough",
            age=68,
            sex="M",
            vitals=vitals(112, 104, 62, 26, 91, 38.9),
            one_liner="68M fever, cough with blood-streaked sputum",
            ed_note=(
                "3 days fever and productive cough, blood-streaked sputum. Crackles "
                "right base. CXR right lower lobe consolidation."
            ),
        )
    )
    antibiotics = ("ceftriaxone", "amoxicillin", "antibiotic", "piperacillin")
    assert O.medication_ordered(out, *antibiotics), O.orders(out)


def test_guard_classic_transient_global_amnesia_stays_tga(reason: Reason) -> None:
    """Sudden amnesia this morning with repetitive questioning, no focal sign, now
    resolving: transient global amnesia (Hodges & Warlow 1990)."""
    out = reason(
        make_case(
            "memory loss",
            age=64,
            sex="F",
            vitals=vitals(80, 142, 84, 14, 98),
            one_liner="64F sudden memory loss this morning, repeating questions",
            ed_note=(
                "Suddenly could not remember the morning after swimming, asking the "
                "same questions repeatedly. Knows who she is. Neurological examination "
                "normal, no head injury. Glucose 5.6."
            ),
        )
    )
    assert "transient global amnesia" in O.working(out), O.working(out)


def test_guard_acute_delirium_in_an_older_adult_is_admitted_not_dementia(
    reason: Reason,
) -> None:
    """Confused and inattentive since yesterday, fluctuating, fever: delirium
    (NICE CG103; 4AT), its cause looked for, admitted; not a dementia label."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="F",
            vitals=vitals(98, 132, 76, 20, 95, 37.9),
            one_liner="84F confused and drowsy since yesterday",
            ed_note=(
                "Usually independent and sharp. Since yesterday confused, inattentive, "
                "fluctuating, pulling at clothes. Urine dipstick leucocytes and "
                "nitrites. 4AT 8."
            ),
        )
    )
    assert "dementia" not in _final(out) and "dementia" not in O.working(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_a_faint_with_melaena_gets_no_anticoagulant(reason: Reason) -> None:
    """Fainted with two days of black tarry stools and a haemoglobin of 84: an upper
    GI bleed (ACG 2021; Glasgow-Blatchford), no anticoagulant or antiplatelet."""
    out = reason(
        make_case(
            "syncope",
            age=70,
            sex="M",
            vitals=vitals(112, 98, 60, 20, 96, 36.8),
            one_liner="70M fainted, black stools for 2 days",
            ed_note=(
                "Fainted on the toilet. Black tarry stools for 2 days. Takes "
                "ibuprofen for his knees. Hb 84 g/L."
            ),
        )
    )
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC), O.orders(out)

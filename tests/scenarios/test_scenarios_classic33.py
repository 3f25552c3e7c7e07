"""classic33 (issue 10): classic ED presentations, fifth classic review.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Brignole M et al. ESC 2018 syncope (Table 5); Ommen SR et al. AHA/ACC 2020 HCM;
- Davidson K, Shojaee S. Chest 2020; Ibrahim WH. Eur Respir J 2008 (haemoptysis);
- Lalloo DG et al. UK malaria treatment guidelines 2016 (J Infect 2016;72:635);
- NICE CKS atopic eczema 2024 (eczema herpeticum); NICE CKS shingles 2023;
- Lim WS et al. BTS 2009 CAP; O'Driscoll BR et al. BTS 2017 emergency oxygen;
- Omole F et al. Am Fam Physician 2003 (Bartholin abscess); ESI v4 handbook;
- Baugh RF et al. AAO-HNS 2013 Bell's palsy; APA 2020 schizophrenia, Project BETA;
- Roberts ME et al. BTS 2023 pleural disease; ATLS 10th ed.;
- Van Gelder IC et al. ESC 2024 AF; Bala M et al. WSES 2022 mesenteric ischaemia;
- Guldfred LA et al. 2008 (adult supraglottitis); Alavi K et al. ASCRS 2021 volvulus;
- Stevens DL et al. IDSA SSTI 2014 (Fournier's gangrene);
- Holbrook A et al. CHEST 2012 (over-anticoagulation); Do TP et al. SNNOOP10 2019;
- ADA Standards of Care 2024 (glucose units).

Each scenario asserts safety properties; each failed on main 6cdefa4 before its fix,
except the guards (named so), which hold on both.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_collapse_mid_match_with_a_dynamic_murmur_is_not_sent_home(
    reason: Reason,
) -> None:
    """Brignole M et al. ESC 2018 syncope, Table 5: syncope during exertion is a
    major high-risk feature; with a murmur louder on straining (HCM, Ommen SR et al.
    AHA/ACC 2020) it is a cardiac syncope: echocardiogram, monitoring, no discharge."""
    out = reason(
        make_case(
            "syncope",
            age=21,
            sex="M",
            vitals=vitals(76, 126, 76, 16, 99),
            ed_note="21-year-old man collapsed mid-match at rugby, out for a few "
            "seconds, fully recovered. Ejection systolic murmur at the left sternal "
            "border, louder on straining. Neurologically normal.",
        )
    )
    assert O.disposition(out).disposition != "Discharge"
    assert O.ordered(out, r"echocardiogra"), O.orders(out)


def test_three_hundred_ml_of_blood_coughed_up_is_massive_haemoptysis(
    reason: Reason,
) -> None:
    """Davidson K, Shojaee S. Chest 2020; Ibrahim WH. Eur Respir J 2008: 100 mL or
    more of blood coughed up is massive haemoptysis, whatever the order of the words:
    tranexamic acid, CT angiography and bronchial artery embolisation, an ICU bed."""
    out = reason(
        make_case(
            "hemoptysis",
            age=61,
            sex="F",
            vitals=vitals(112, 118, 72, 26, 92),
            ed_note="61-year-old woman with old tuberculosis, coughing up fresh blood "
            "since lunchtime, roughly 250 ml so far. Not on anticoagulants.",
        )
    )
    assert O.medication_ordered(out, r"tranexamic"), O.orders(out)
    assert O.ordered(out, r"interventional radiology|embolis"), O.orders(out)
    assert O.disposition(out).disposition in ("Admit", "OR Admit")


def test_fever_after_west_africa_gets_malaria_films(reason: Reason) -> None:
    """Lalloo DG et al. UK malaria treatment guidelines 2016: fever in a traveller
    back from a malaria-endemic area is malaria until three films are negative:
    films or a rapid test now, not antipyretics for a viral illness and home."""
    out = reason(
        make_case(
            "fever",
            age=41,
            sex="F",
            vitals=vitals(104, 118, 70, 18, 98, 38.9),
            ed_note="41-year-old woman returned from Ghana eight days ago after a "
            "month with her family. Fevers, sweats and headache for 2 days. No "
            "cough, no urinary symptoms.",
        )
    )
    assert O.ordered(out, r"blood films?|malaria"), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_guard_born_abroad_without_travel_gets_no_malaria_films(
    reason: Reason,
) -> None:
    """Guard (Lalloo 2016): a country of birth is no exposure; without travel the
    fever gets no malaria work-up."""
    out = reason(
        make_case(
            "fever",
            age=52,
            sex="M",
            vitals=vitals(96, 132, 80, 18, 98, 38.4),
            ed_note="52-year-old man born in Nigeria, has lived in Leeds for 25 "
            "years; no recent travel. Two days of fever, cough and green sputum.",
        )
    )
    assert not O.ordered(out, r"blood films?|malaria"), O.orders(out)


def test_punched_out_erosions_on_eczema_get_aciclovir(reason: Reason) -> None:
    """NICE CKS atopic eczema 2024 (eczema herpeticum): punched-out erosions over
    atopic skin are a herpes simplex emergency: aciclovir now, same-day
    dermatology and ophthalmology near the eye; not an antihistamine."""
    out = reason(
        make_case(
            "rash",
            age=19,
            sex="F",
            vitals=vitals(98, 118, 70, 16, 99, 38.2),
            ed_note="19-year-old woman with atopic dermatitis since childhood; 3 days "
            "of a painful rash around the mouth and chin, monomorphic punched-out "
            "erosions with crusts. Feels feverish.",
        )
    )
    assert O.medication_ordered(out, r"aciclovir|acyclovir|valaciclovir"), O.orders(out)
    assert O.ordered(out, r"dermatology"), O.orders(out)


def test_band_of_blisters_to_the_midline_gets_an_antiviral(reason: Reason) -> None:
    """NICE CKS shingles 2023; Dworkin RH et al. 2007: a band of grouped blisters
    that stops at the midline is shingles: an oral antiviral within 72 h from 50."""
    out = reason(
        make_case(
            "rash",
            age=68,
            sex="M",
            vitals=vitals(80, 136, 82, 14, 98),
            ed_note="68-year-old man, stabbing pain under the left ribs for 3 days, "
            "since yesterday a band of blisters on a red base from the back round "
            "to the front that stops at the midline.",
        )
    )
    assert O.medication_ordered(out, r"valaciclovir|valacyclovir|aciclovir"), O.orders(
        out
    )


def test_pneumonia_at_spo2_91_is_admitted_even_with_curb65_zero(
    reason: Reason,
) -> None:
    """Lim WS et al. BTS 2009 CAP (SaO2 < 92 % a severity marker beside CURB-65);
    BTS 2017 emergency oxygen (oxygen below 92 %): hospital care, not observation."""
    out = reason(
        make_case(
            "cough",
            age=46,
            sex="F",
            vitals=vitals(100, 124, 78, 22, 91, 38.3),
            ed_note="46-year-old woman, 4 days of fever and productive cough, right "
            "basal crackles, alert. Urea 5.2. Chest x-ray: right lower lobe "
            "consolidation.",
        )
    )
    assert O.disposition(out).disposition == "Admit", O.disposition(out).rationale


def test_guard_usual_saturation_is_no_new_hypoxaemia(reason: Reason) -> None:
    """Guard (BTS 2017 emergency oxygen: a COPD patient's usual 88-92 %): a stated
    usual saturation the patient is at does not set the hypoxaemia criterion."""
    out = reason(
        make_case(
            "cough",
            age=58,
            sex="M",
            vitals=vitals(96, 130, 80, 20, 91, 38.0),
            ed_note="58-year-old man with COPD, usual saturations 90-92 %, 3 days of "
            "fever and green sputum, crackles at the left base, alert. Chest x-ray: "
            "left basal consolidation.",
        )
    )
    assert "< 92 %" not in O.disposition(out).rationale


def test_vulval_swelling_is_a_one_resource_drainage_and_home(reason: Reason) -> None:
    """Omole F et al. Am Fam Physician 2003; ESI v4 handbook (a simple procedure is
    one resource): a Bartholin abscess is ESI 4, drained, and sent home."""
    out = reason(
        make_case(
            "labial swelling",
            age=27,
            sex="F",
            vitals=vitals(84, 120, 74, 16, 99),
            one_liner="27F painful swelling of the right labium for 3 days",
            ed_note="27-year-old woman, tender fluctuant swelling of the posterior "
            "right labium, 3 cm. Afebrile, walking uncomfortably.",
        )
    )
    assert out.final.esi == 4, out.final.esi
    assert O.ordered(out, r"word catheter|incision and drainage"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge"


def test_whole_side_facial_palsy_gets_prednisolone_not_a_stroke_work_up(
    reason: Reason,
) -> None:
    """Baugh RF et al. AAO-HNS 2013 Bell's palsy: a unilateral facial palsy that
    involves the forehead and the eye closure, with nothing else, is Bell's palsy:
    prednisolone within 72 h and eye care, no routine imaging, home."""
    out = reason(
        make_case(
            "facial droop",
            age=44,
            sex="M",
            vitals=vitals(74, 132, 80, 14, 99),
            ed_note="44-year-old man noticed his left face drooping when he shaved. "
            "Cannot wrinkle the left forehead and cannot close the left eye. Limbs, "
            "speech and gait normal.",
        )
    )
    assert O.medication_ordered(out, r"prednisolone|prednisone"), O.orders(out)
    assert not O.ordered(out, r"ct angiograph|cta\b"), O.orders(out)
    assert O.disposition(out).disposition == "Discharge"


def test_guard_facial_droop_with_arm_weakness_stays_a_stroke(reason: Reason) -> None:
    """Guard (AHA/ASA 2019 stroke): a facial droop with arm weakness is a stroke
    until imaged: ESI 2 and CT."""
    out = reason(
        make_case(
            "facial droop",
            age=70,
            sex="F",
            vitals=vitals(84, 168, 92, 16, 97),
            ed_note="70-year-old woman, right facial droop and right arm weakness "
            "since 40 minutes ago, slurred speech.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.ordered(out, r"\bct\b"), O.orders(out)


def test_persecutory_belief_without_alcohol_is_psychosis(reason: Reason) -> None:
    """APA 2020 schizophrenia; Wilson MP et al. Project BETA 2012: an agitated man
    with schizophrenia convinced he is being poisoned, with no alcohol smelt, is a
    psychotic relapse: de-escalation and an antipsychotic, psychiatry; not
    'alcohol intoxication' observed until sober."""
    out = reason(
        make_case(
            "agitation",
            age=31,
            sex="M",
            vitals=vitals(108, 142, 88, 20, 98),
            ed_note="31-year-old man with schizophrenia, off his depot for 6 weeks, "
            "brought by family: believes he is being poisoned, pacing and shouting. "
            "No smell of alcohol.",
        )
    )
    assert "alcohol" not in O.working(out), O.working(out)
    assert O.ordered(out, r"psychiatr"), O.orders(out)


def test_hypoxic_secondary_pneumothorax_gets_a_drain(reason: Reason) -> None:
    """Roberts ME et al. BTS 2023: a symptomatic secondary pneumothorax gets a chest
    drain; ATLS 10th ed.: a needle aspiration is no tension decompression, so the
    plan is not left with neither."""
    out = reason(
        make_case(
            "shortness of breath",
            age=72,
            sex="F",
            vitals=vitals(110, 132, 80, 28, 87),
            one_liner="72F COPD, sudden breathlessness, absent breath sounds on the "
            "left",
            ed_note="72-year-old woman with emphysema, sudden left pleuritic pain and "
            "breathlessness. Chest x-ray: left pneumothorax, 4 cm rim.",
        )
    )
    assert O.ordered(out, r"chest (?:tube|drain)|thoracostomy"), O.orders(out)


def test_no_rate_control_for_the_af_of_an_ischaemic_bowel(reason: Reason) -> None:
    """Van Gelder IC et al. ESC 2024 AF (treat the precipitant); Bala M et al. WSES
    2022: AF at 115 beside a lactate of 5 is compensation: no diltiazem or
    beta-blocker; the ischaemic bowel gets fluids and antibiotics."""
    out = reason(
        make_case(
            "abdominal pain",
            age=80,
            sex="M",
            vitals=vitals(118, 122, 74, 22, 96),
            ed_note="80-year-old man in atrial fibrillation, not anticoagulated, "
            "sudden severe abdominal pain 3 hours ago; abdomen soft and barely "
            "tender despite pain 9/10. Lactate 5.1.",
        )
    )
    assert not O.medication_ordered(out, r"diltiazem|metoprolol|verapamil"), O.orders(
        out
    )
    assert O.medication_ordered(out, r"piperacillin|antibiotic"), O.orders(out)


def test_guard_af_with_rapid_rate_alone_keeps_rate_control(reason: Reason) -> None:
    """Guard (ESC 2024 AF): palpitations in AF at 140 with nothing driving the rate
    get rate control."""
    out = reason(
        make_case(
            "palpitations",
            age=66,
            sex="F",
            vitals=vitals(142, 134, 82, 18, 97),
            ed_note="66-year-old woman with paroxysmal atrial fibrillation, "
            "palpitations for 5 hours. ECG: atrial fibrillation, rate 140. No chest "
            "pain, no breathlessness. Lactate 1.2.",
        )
    )
    assert O.medication_ordered(out, r"diltiazem|metoprolol|bisoprolol"), O.orders(out)


def test_adult_odynophagia_with_a_normal_pharynx_is_supraglottitis(
    reason: Reason,
) -> None:
    """Guldfred LA et al. J Laryngol Otol 2008; Tintinalli 9th ed. ch. 246: an adult
    who cannot swallow with a near-normal oropharynx and a tender hyoid has a
    supraglottitis: the airway team, no needle aspiration of a quinsy."""
    out = reason(
        make_case(
            "sore throat",
            age=52,
            sex="F",
            vitals=vitals(108, 134, 82, 20, 97, 38.6),
            ed_note="52-year-old woman, 10 hours of a rapidly worsening sore throat, "
            "drooling into a bowl, muffled voice. Oropharynx looks normal, no "
            "trismus. Tender over the hyoid.",
        )
    )
    assert "epiglott" in O.working(out), O.working(out)
    assert not O.ordered(out, r"needle aspiration"), O.orders(out)


def test_inverted_u_loop_is_a_sigmoid_volvulus_for_endoscopic_detorsion(
    reason: Reason,
) -> None:
    """Alavi K et al. ASCRS 2021: a dilated inverted-U sigmoid loop on the film is a
    sigmoid volvulus: endoscopic detorsion; not constipation."""
    out = reason(
        make_case(
            "abdominal distension",
            age=81,
            sex="F",
            vitals=vitals(98, 128, 76, 18, 96),
            ed_note="81-year-old woman, 3 days of a swollen abdomen without flatus. "
            "Tympanic, non-tender. Abdominal film: a huge inverted U loop arising "
            "from the pelvis.",
        )
    )
    assert O.ordered(out, r"sigmoidoscopy|detorsion"), O.orders(out)
    assert "constipation" not in (out.final.diagnosis_name or "").lower()


def test_crepitant_scrotum_gets_debridement_not_detorsion(reason: Reason) -> None:
    """Stevens DL et al. IDSA SSTI 2014: crepitus and dusky scrotal skin are a
    necrotising infection (Fournier's gangrene): surgery for debridement and broad
    antibiotics; no manual detorsion of a testis that is not twisted."""
    out = reason(
        make_case(
            "scrotal pain",
            age=58,
            sex="M",
            vitals=vitals(116, 104, 64, 22, 96, 38.5),
            ed_note="58-year-old man with diabetes, 3 days of scrotal pain and "
            "swelling; the skin is dusky with black patches and crackles under the "
            "fingers.",
        )
    )
    assert not O.ordered(out, r"detorsion"), O.orders(out)
    assert O.ordered(out, r"debridement"), O.orders(out)


def test_inr_above_range_without_bleeding_is_no_anaemia(reason: Reason) -> None:
    """Holbrook A et al. CHEST 2012: an INR of 4.5-10 without bleeding is held
    warfarin and a recheck, at home; the working diagnosis is the INR, not an
    anaemia the haemoglobin does not show; no PCC."""
    out = reason(
        make_case(
            "abnormal lab",
            age=81,
            sex="F",
            vitals=vitals(72, 142, 80, 14, 97),
            ed_note="81-year-old woman on warfarin for a mechanical aortic valve; "
            "clinic INR 7.8 today. No bleeding, bruising or falls. Hb 13.1.",
        )
    )
    assert "anemia" not in O.working(out) and "anaemia" not in O.working(out)
    given = [
        o.name for o in O.medications(out) if not re.search(r"(?i)\bno pcc", o.name)
    ]
    assert not any(
        re.search(r"(?i)prothrombin complex|\bpcc\b|kcentra", n) for n in given
    )


def test_headache_with_papilloedema_is_high_risk(reason: Reason) -> None:
    """Do TP et al. SNNOOP10, Neurology 2019: papilloedema with a headache is a red
    flag of a secondary headache (venous sinus thrombosis, a mass): ESI 2."""
    out = reason(
        make_case(
            "headache",
            age=33,
            sex="F",
            vitals=vitals(82, 128, 80, 16, 99),
            one_liner="33F 5 days of headache worse lying down, papilloedema on "
            "fundoscopy",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi


def test_a_bare_glucose_takes_the_unit_the_note_states(reason: Reason) -> None:
    """ADA Standards of Care 2024 (units): a bare "glucose 45" in the one-liner is
    the note's "glucose 45 mmol/L", a hyperglycaemic crisis: no disposition for a
    hypoglycaemia reversed by dextrose."""
    out = reason(
        make_case(
            "confusion",
            age=83,
            sex="F",
            vitals=vitals(108, 106, 60, 20, 96, 37.2),
            one_liner="83F type 2 diabetes, a week of polyuria and thirst, drowsy, "
            "glucose 45",
            ed_note="83-year-old woman with type 2 diabetes, drowsy and dry. Glucose "
            "45 mmol/L, sodium 151, osmolality 370, ketones 0.6.",
        )
    )
    assert "hypoglycaemia" not in O.disposition(out).rationale.lower()

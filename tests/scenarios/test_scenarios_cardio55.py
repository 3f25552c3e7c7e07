"""cardio55 (session 55): no adenosine in asthma, a heart block's fall not bled, a flat
troponin written after its first value, a dialysis patient's fluid dialysed, stable
angina as a chronic coronary syndrome, exertion in the patient's words.

Written from the sources named in each docstring, never from rows of the shared data:
- Brugada J et al. ESC 2019 SVT 11.1 (verapamil or diltiazem, class IIa); Page RL et
  al. ACC/AHA/HRS 2015 SVT; Adenocard (adenosine) labelling (bronchospasm);
  Resuscitation Council UK 2021 tachycardia and bradycardia algorithms;
- ATLS 10th ed. ch. 3 (non-haemorrhagic shock); Kusumoto FM et al. ACC/AHA/HRS 2018
  bradycardia;
- Thygesen K et al. Fourth Universal Definition of MI 2018; Byrne RA et al. ESC 2023
  ACS 3.1 and 3.2.2; Tintinalli 9th ed. ch. 88 (dialysis emergencies); McDonagh TA et
  al. ESC 2021 heart failure 11.3;
- Vrints C et al. ESC 2024 chronic coronary syndromes 3-5, table 5; NICE CG95 1.3;
  NICE CG126 1.4-1.5; Wells PS et al. Thromb Haemost 2000;83:416.

Targets fail on main cee594c7 (the session's base) before their fix; guards pass on
both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

LOADING_ASPIRIN = (r"aspirin 3\d\d", r"aspirin 162", r"aspirin 300")

# --- SVT in asthma (ESC 2019 SVT 11.1; Adenocard labelling) ---


def test_svt_in_an_asthmatic_gets_a_calcium_channel_blocker_not_adenosine(
    reason: Reason,
) -> None:
    """Adenosine causes bronchospasm and is contraindicated in asthma (labelling;
    ACC/AHA/HRS 2015 SVT); after failed vagal manoeuvres IV verapamil or diltiazem
    terminates AVNRT (ESC 2019 SVT 11.1, class IIa)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=36,
            sex="M",
            vitals=vitals(190, 124, 78, 18, 98, 36.7),
            one_liner="36M sudden regular fast heartbeat, asthmatic",
            ed_note="Regular palpitations started suddenly an hour ago. Asthma on "
            "a steroid inhaler, admitted to ICU with it two years ago. Chest clear "
            "now. ECG: regular narrow complex tachycardia at 190, no visible P waves. "
            "Modified Valsalva tried without effect.",
        )
    )
    assert not O.medication_ordered(out, "adenosine"), O.order_names(out)
    assert O.medication_ordered(out, "verapamil", "diltiazem"), O.order_names(out)


def test_guard_svt_without_asthma_keeps_its_adenosine(reason: Reason) -> None:
    """Guard: without asthma adenosine stays the first drug (ESC 2019 SVT, class I)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=36,
            sex="M",
            vitals=vitals(190, 124, 78, 18, 98, 36.7),
            one_liner="36M sudden regular fast heartbeat",
            ed_note="Regular palpitations started suddenly an hour ago. No past "
            "history. ECG: regular narrow complex tachycardia at 190, no visible P "
            "waves.",
        )
    )
    assert O.medication_ordered(out, "adenosine"), O.order_names(out)


# --- a heart block's fall (ATLS 10th ed. ch. 3; RCUK 2021 bradycardia) ---


def test_a_fall_in_complete_heart_block_is_paced_not_bled(reason: Reason) -> None:
    """A woman of 84 in complete heart block at 30/min who fell is hypotensive from her
    rhythm: atropine and pacing (RCUK 2021 bradycardia algorithm), not tranexamic acid,
    a trauma surgeon and permissive hypotension (ATLS names the cardiogenic causes of
    shock after an injury)."""
    out = reason(
        make_case(
            "FALL",
            age=84,
            sex="F",
            vitals=vitals(30, 84, 48, 16, 95, 36.4),
            one_liner="84F fall at home, dizzy, very slow pulse",
            ed_note="Light-headed for two days, then a fall at home this morning. "
            "No head strike, no injury found. ECG: complete heart block with a broad "
            "escape rhythm at 30/min. Not on rate-slowing drugs. Potassium 4.2.",
        )
    )
    names = O.order_names(out)
    assert O.ordered(out, "atropine", "pacing"), names
    assert not O.medication_ordered(out, "tranexamic"), names
    assert not O.ordered(out, "permissive hypotension"), names


def test_guard_a_fall_with_low_pressure_and_a_fast_pulse_stays_haemorrhagic(
    reason: Reason,
) -> None:
    """Guard: hypotension with a fast pulse after a fall down the stairs with a tender
    abdomen is bleeding until shown otherwise (ATLS 10th ed. ch. 3): blood products."""
    out = reason(
        make_case(
            "FALL",
            age=70,
            sex="M",
            vitals=vitals(124, 82, 50, 24, 96, 36.5),
            one_liner="70M fell down a flight of stairs, pale",
            ed_note="Fell down a flight of stairs an hour ago. Pale, clammy. Tender "
            "left upper quadrant and left lower ribs. ECG sinus tachycardia.",
        )
    )
    assert O.ordered(out, "crossmatch", "transfus", "blood"), O.order_names(out)


# --- a flat troponin and a missed dialysis (Fourth UDMI 2018; Tintinalli ch. 88) ---


def test_a_missed_dialysis_with_a_flat_troponin_is_dialysed_not_an_nstemi(
    reason: Reason,
) -> None:
    """A dialysis patient congested after a missed session, troponin 58 then 60 ng/L at
    3 h (written value first, then the repeat): a flat raised troponin is chronic
    injury, not an NSTEMI (Fourth UDMI 2018); the fluid is removed by dialysis
    (Tintinalli 9th ed. ch. 88; ESC 2021 HF 11.3)."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=68,
            sex="F",
            vitals=vitals(94, 172, 96, 24, 92, 36.8),
            one_liner="68F on haemodialysis, missed her last dialysis, breathless",
            ed_note="End-stage kidney disease on haemodialysis three times a week; "
            "missed her last dialysis. Breathless, 3 kg above dry weight, crackles at "
            "both bases, ankle oedema. No chest pain. ECG unchanged. hs-troponin T 58 "
            "ng/L, repeat at 3 h 60 ng/L. Potassium 5.4.",
        )
    )
    assert "myocardial infarction" not in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, "heparin"), O.order_names(out)
    assert O.ordered(out, "dialysis"), O.order_names(out)


# --- stable angina (ESC 2024 CCS; NICE CG95 1.3) ---


def test_stable_exertional_angina_over_weeks_is_a_chronic_coronary_syndrome(
    reason: Reason,
) -> None:
    """Six weeks of chest tightness on climbing stairs, gone within minutes of standing
    still, never at rest, pain-free, ECG normal, 0/1 h troponins negative: stable
    angina (ESC 2024 CCS table 5; NICE CG95 1.3): no aspirin loading dose, no PE
    work-up, the rapid-access chest pain clinic; not reflux."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=60,
            sex="M",
            vitals=vitals(72, 140, 84, 14, 98, 36.7),
            one_liner="60M tight chest on stairs for 6 weeks, settles standing still",
            ed_note="For the last six weeks a tight feeling across the front of his "
            "chest comes on when he climbs the stairs at work and goes within a "
            "couple of minutes of standing still. Never at rest, no more frequent. "
            "Pain free now. Smoker, hypertension. Exam normal. ECG sinus rhythm, no "
            "ST or T change. hs-troponin T 0 h 6 ng/L, 1 h 6 ng/L.",
        )
    )
    names = O.order_names(out)
    assert "angina" in O.working(out).lower(), O.working(out)
    assert "unstable" not in O.working(out).lower(), O.working(out)
    assert not O.medication_ordered(out, *LOADING_ASPIRIN), names
    assert not O.ordered(out, "d-dimer", "ct pulmonary"), names
    assert O.ordered(out, "chest pain clinic"), names


def test_months_of_exertional_heaviness_gets_no_aspirin_load(reason: Reason) -> None:
    """Four months of chest heaviness walking briskly, easing with rest, none today,
    pattern unchanged, troponins negative: a chronic coronary syndrome, no loading
    dose (ESC 2024 CCS 4.3)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=69,
            sex="M",
            vitals=vitals(68, 144, 84, 14, 97, 36.6),
            one_liner="69M GP referral, heaviness in chest on walking for 4 months",
            ed_note="Referred by his GP. Heaviness in the chest when walking briskly "
            "for 4 months, eases with rest in a few minutes. No rest pain, none "
            "today, no change in pattern. Hypertension. ECG: sinus rhythm, no ST or "
            "T change. Troponin 0 h 5, 1 h 5 ng/L.",
        )
    )
    assert not O.medication_ordered(out, *LOADING_ASPIRIN), O.order_names(out)


def test_tightness_after_yards_up_the_hill_is_read_as_exertional_angina(
    reason: Reason,
) -> None:
    """'Brought on after 200 yards up the hill, relieved by resting' is angina's
    provocation and relief (ESC 2024 CCS table 5), not a pneumonia observed for an
    untested PE (Wells: an alternative diagnosis more likely)."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=64,
            sex="M",
            vitals=vitals(74, 148, 86, 16, 98, 36.8),
            one_liner="64M chest tightness after 200 yards up the hill for a month",
            ed_note="Chest tightness brought on after about 200 yards up the hill to "
            "the station, relieved by resting within two minutes, for a month. "
            "Ex-smoker. No pain now, no breathlessness, no cough. ECG normal. "
            "hs-troponin I <3 and <3 ng/L at 0 and 1 h.",
        )
    )
    assert "angina" in O.working(out).lower(), O.working(out)
    assert O.dispo(out) == "Discharge", O.disposition(out).rationale


def test_guard_angina_of_months_now_at_rest_is_still_an_acs(reason: Reason) -> None:
    """Guard: angina known for months that now comes at rest for 20 minutes since
    yesterday is unstable (crescendo, rest angina: ESC 2023 ACS 3.1): aspirin load,
    not a stable-angina discharge."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=67,
            sex="M",
            vitals=vitals(84, 150, 90, 18, 97, 36.6),
            one_liner="67M angina for months, now at rest since yesterday",
            ed_note="Exertional angina for 6 months, eased by GTN. Since yesterday "
            "the pain comes at rest, three episodes of 20 minutes, the last an hour "
            "ago. ECG: new T inversion V2-V4. hs-troponin T 8 then 9 ng/L.",
        )
    )
    assert "(stable angina)" not in O.working(out).lower(), O.working(out)
    assert O.medication_ordered(out, "aspirin"), O.order_names(out)
    assert O.dispo(out) != "Discharge", O.disposition(out).rationale


# --- the working diagnosis is Wells' judgement (Wells PS et al. 2000; NTSP 2012) ---


def test_a_displaced_tracheostomy_gets_no_ctpa_or_heparin_beside_its_airway_care(
    reason: Reason,
) -> None:
    """trauma54's F17 in new words: a tracheostomy that moved on coughing 8 days after
    a neck operation, no air at the tube, SpO2 83 %: the airway emergency ruled in by
    its criteria is worked first (McGrath BA et al. NTSP 2012) and is the alternative
    more likely than PE, so Wells' 'PE most likely' is not scored: no CT pulmonary
    angiogram and no heparin beside the airway algorithm."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=58,
            sex="M",
            vitals=vitals(122, 148, 88, 30, 83, 36.8),
            one_liner="58M tracheostomy after throat cancer surgery 8 days ago, tube "
            "moved, struggling to breathe",
            ed_note="Eight days after a laryngeal tumour resection with a temporary "
            "tracheostomy. The tube moved when he coughed; now noisy breathing and no "
            "air felt at the tube. SpO2 83 %. Calves soft, not swollen. Chest clear.",
        )
    )
    names = O.order_names(out)
    assert "tracheostomy" in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, "ct pulmonary", "ctpa"), names
    assert not O.medication_ordered(out, "heparin"), names


def test_guard_a_breathless_patient_after_surgery_with_pe_leading_gets_the_ctpa(
    reason: Reason,
) -> None:
    """Guard: breathless and tachycardic with pleuritic pain 10 days after a hip
    replacement, no other cause: PE is the working diagnosis and likely by Wells
    (ESC 2019 PE 4.2): CT pulmonary angiography."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=71,
            sex="F",
            vitals=vitals(118, 128, 76, 26, 90, 37.1),
            one_liner="71F sudden breathlessness 10 days after hip replacement",
            ed_note="Hip replacement 10 days ago. Sudden breathlessness and right "
            "pleuritic chest pain this morning. Left calf swollen and tender. Chest "
            "clear. ECG sinus tachycardia.",
        )
    )
    assert O.ordered(out, "ct pulmonary", "ctpa"), O.order_names(out)


# --- triage55's F08: an unstable fast irregular heartbeat (AHA 2020 ACLS) ---


def test_a_fast_irregular_heartbeat_with_a_low_pressure_is_cardioverted(
    reason: Reason,
) -> None:
    """A fast irregular heartbeat at 150 with a systolic of 84, faint and clammy, and
    no other cause of the low pressure: an unstable tachyarrhythmia, synchronised
    cardioversion now (AHA 2020 ACLS tachycardia with a pulse; ESC 2020 AF, class I)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=73,
            sex="F",
            vitals=vitals(150, 84, 50, 22, 95, 36.6),
            one_liner="73F fast irregular heartbeat since lunchtime, faint and clammy",
        )
    )
    assert O.ordered(out, "synchronised cardioversion"), O.order_names(out)


def test_guard_an_irregular_heartbeat_at_a_normal_pressure_is_not_cardioverted(
    reason: Reason,
) -> None:
    """Guard: the same heartbeat at 148 with a systolic of 132 and no sign of poor
    perfusion is stable: no cardioversion now (ESC 2020 AF: rate control)."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=73,
            sex="F",
            vitals=vitals(148, 132, 80, 18, 97, 36.6),
            one_liner="73F fast irregular heartbeat since lunchtime, otherwise well",
        )
    )
    assert not O.ordered(out, "synchronised cardioversion now"), O.order_names(out)


# --- type 2 myocardial infarction (Fourth UDMI 2018; ESC 2023 ACS 3.2.3) ---


def test_a_troponin_rise_during_a_gut_bleed_is_a_type_2_infarct_not_an_nstemi(
    reason: Reason,
) -> None:
    """Melaena on naproxen, Hb 58 g/L, chest tightness with ST depression and a troponin
    rising 40 -> 150 ng/L: a type 2 MI of the supply-demand imbalance (Fourth UDMI
    2018; ICD-10-CM I21.A1 after its cause), not an atherothrombotic NSTEMI: the final
    diagnosis is not I21.4 and no heparin or GTN is given."""
    out = reason(
        make_case(
            "CHEST PAIN",
            age=78,
            sex="M",
            vitals=vitals(112, 104, 62, 20, 96, 36.6),
            one_liner="78M black stools for 2 days, now tight chest",
            ed_note="Two days of black tarry stools on naproxen for his hip. Today "
            "tight chest walking to the toilet. Pale. Hb 58 g/L (baseline 131). ECG: "
            "sinus tachycardia, ST depression V4-V6. hs-troponin T 40 then 150 ng/L "
            "at 3 h.",
        )
    )
    assert out.final.icd10 != "I21.4", (out.final.diagnosis_name, out.final.icd10)
    assert O.proposes(out, "type 2"), sorted(O.diagnoses_proposed(out))
    assert not O.medication_ordered(out, "heparin", *O.NITRATE), O.order_names(out)


# --- carotid sinus syncope (ESC 2018 syncope 4.2.1) ---


def test_a_faint_on_turning_the_head_in_an_older_man_gets_carotid_sinus_massage(
    reason: Reason,
) -> None:
    """A man of 78 who blacked out turning his head to look over his shoulder, once
    before with a tight collar, normal ECG, no postural drop: carotid sinus syncope
    until a monitored carotid sinus massage says otherwise (ESC 2018 syncope 4.2.1,
    class I over 40), not a plain vasovagal faint."""
    out = reason(
        make_case(
            "SYNCOPE",
            age=78,
            sex="M",
            vitals=vitals(70, 148, 82, 16, 97, 36.6),
            one_liner="78M blacked out turning his head in the garden",
            ed_note="Blacked out for seconds as he turned his head sharply to look "
            "over his shoulder in the garden; a similar brief faint last month with a "
            "tight collar. No prodrome, no chest pain, no palpitations, full recovery. "
            "ECG sinus 70, normal intervals. No postural drop.",
        )
    )
    assert O.ordered(out, "carotid sinus massage"), O.order_names(out)
    assert "carotid sinus" in O.working(out).lower(), O.working(out)


def test_guard_positional_vertigo_on_turning_the_head_is_not_carotid_sinus(
    reason: Reason,
) -> None:
    """Guard: seconds of spinning vertigo on turning the head in bed with a positive
    Dix-Hallpike and no faint is BPPV (Bhattacharyya N et al. AAO-HNS 2017)."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=62,
            sex="F",
            vitals=vitals(76, 132, 80, 14, 98, 36.6),
            one_liner="62F room spinning when turning her head in bed",
            ed_note="Brief spinning vertigo for seconds when turning her head or "
            "rolling over in bed, for 3 days. No faint. Dix-Hallpike positive on the "
            "right. Neurological examination normal.",
        )
    )
    assert "carotid" not in O.working(out).lower(), O.working(out)
    assert not O.ordered(out, "carotid sinus massage"), O.order_names(out)

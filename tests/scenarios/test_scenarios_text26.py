"""Real-world ED wording whose misreading changed an order or a disposition.

text26 (issue 10): decimal commas, templated review-of-systems answers, British and
abbreviated signs, and the findings a reading must carry on to orders (shock from
bedside perfusion signs, a potassium that cannot be replaced by mouth, a vomiting
infant's alkalosis). Each scenario failed on main 4062c70 before its change.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_shock_from_vomiting_gets_an_iv_bolus_not_oral_fluids(reason: Reason) -> None:
    """NICE CG174 (intravenous fluid therapy in adults, 1.3.1-1.3.2): a patient with
    a heart rate above 90, cold peripheries or a capillary refill over 2 s needs
    fluid resuscitation, a 500 mL crystalloid bolus in under 15 minutes, reassessed.
    A 71-year-old vomiting for two days with a shock index of 1.2, weak thready
    pulses and cool peripheries is in hypovolaemic shock. Main ordered oral
    rehydration and no IV fluid."""
    out = reason(
        make_case(
            "VOMITING",
            age=71,
            sex="M",
            vitals=vitals(112, 92, 58, 22, 96, t=36.4),
            one_liner="71-year-old man vomiting for 2 days, feels faint",
            ed_note="Vomiting for 2 days, feels faint on standing. Pulses weak and"
            " thready, cool peripheries, dry mucous membranes.",
        )
    )
    assert O.medication_ordered(out, "crystalloid", "bolus", "saline"), O.orders(out)
    assert not O.ordered(out, "oral rehydration", r"\bors\b"), O.orders(out)


def test_hypokalaemia_that_cannot_be_kept_down_is_replaced_iv_in_hospital(
    reason: Reason,
) -> None:
    """Kardalas E et al. (hypokalaemia: a clinical update. Endocr Connect 2018;7:R135):
    oral potassium replaces a moderate deficit; a patient who cannot keep oral intake
    down gets intravenous potassium at a limited rate, in hospital. Five days of
    vomiting, "can't keep anything down", K 2.8 with a hypochloraemic alkalosis: main
    discharged her with oral rehydration."""
    out = reason(
        make_case(
            "VOMITING",
            age=45,
            sex="F",
            vitals=vitals(98, 118, 72, 16, 99),
            one_liner="45-year-old woman vomiting for 5 days",
            ed_note="Vomiting for 5 days, can't keep anything down. Labs: Na 133,"
            " K 2.8, Cl 82, HCO3 38, creatinine 1.3. VBG pH 7.52.",
        )
    )
    assert O.disposition(out).disposition == "Admit"
    assert O.medication_ordered(out, r"potassium chloride iv|iv potassium"), O.orders(
        out
    )


def test_a_vomiting_infant_with_hypochloraemic_alkalosis_is_admitted(
    reason: Reason,
) -> None:
    """Hernanz-Schulman M (infantile hypertrophic pyloric stenosis. Radiology
    2003;227:319) and APLS: vomiting that leaves an infant hypochloraemic and
    alkalotic is gastric-outlet loss, pyloric stenosis until an ultrasound says
    otherwise, and the alkalosis is corrected with IV fluid in hospital before any
    operation; oral rehydration and an antiemetic are not its treatment. Main sent
    the 5-week-old to observation on ondansetron and oral fluids."""
    out = reason(
        make_case(
            "VOMITING",
            sex="M",
            demographics={"age_days": 36},
            vitals=vitals(150, 85, 50, 36, 99),
            one_liner="5-week-old boy vomiting after every feed for 3 days",
            ed_note="Vomiting after every feed for 3 days, no bile, feeding hungrily"
            " afterwards. Fewer wet nappies. Labs: Na 134, K 3.3, Cl 91, HCO3 32.",
        )
    )
    assert O.disposition(out).disposition == "Admit"
    assert O.ordered(out, "pyloric ultrasound"), O.orders(out)
    assert not O.ordered(out, "ondansetron", "oral rehydration"), O.orders(out)


def test_a_potassium_written_with_a_decimal_comma_is_read_whole(
    reason: Reason,
) -> None:
    """UK Kidney Association 2020 hyperkalaemia guideline: K >= 6.5 mmol/L is severe
    (continuous cardiac monitoring, insulin-glucose to shift it). A note written with
    a European decimal comma ("K+ 6,8 mmol/L") states 6.8; main read 6 and gave no
    treatment for severe hyperkalaemia."""
    out = reason(
        make_case(
            "WEAKNESS",
            age=74,
            sex="M",
            vitals=vitals(64, 132, 70, 16, 97),
            one_liner="74-year-old man with two days of generalised weakness",
            ed_note="On ramipril and spironolactone. Generalised weakness for 2 days."
            " Bloods: Na 136, K+ 6,8 mmol/L (not haemolysed), creatinine 2.1 mg/dL.",
        )
    )
    assert O.medication_ordered(out, "insulin"), O.orders(out)
    assert O.ordered(out, "cardiac monitor"), O.orders(out)


def test_a_templated_positive_item_before_a_negated_one_stays_positive(
    reason: Reason,
) -> None:
    """ESC 2023 ACS guideline (Byrne RA et al. Eur Heart J 2023;44:3720): chest pain
    suspected to be ACS gets a 12-lead ECG within 10 minutes. In a templated review of
    systems "CV: +CP, neg palpitations" states chest pain present and palpitations
    absent (the "neg" modifies the next item, NegEx; Chapman WW et al. 2001); main
    read the chest pain as negated and ordered no ECG."""
    out = reason(
        make_case(
            "UNWELL",
            age=63,
            sex="M",
            vitals=vitals(88, 150, 90, 18, 97),
            one_liner="63-year-old man feeling unwell since this morning",
            ed_note="Smoker, diabetic. ROS: Constitutional: neg. CV: +CP, neg"
            " palpitations. Resp: neg SOB.",
        )
    )
    assert O.ordered(out, "ecg"), O.orders(out)


def test_heart_failure_written_in_abbreviations_gets_decongestion(
    reason: Reason,
) -> None:
    """ESC 2021 heart failure guideline (McDonagh TA et al. Eur Heart J 2021;42:3599):
    acute heart failure with congestion gets an IV loop diuretic (and a vasodilator
    when hypertensive). "Bibasal creps" and "JVP ↑" are the crackles and the raised
    venous pressure of congestion; main read neither and gave no decongestion."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=78,
            sex="F",
            vitals=vitals(102, 168, 92, 28, 88),
            one_liner="78-year-old woman, breathless for a week, legs swollen",
            ed_note="Breathless on minimal exertion, 3-pillow orthopnoea, PND."
            " Bilateral pitting oedema to the knees. JVP ↑, bibasal creps to the mid"
            " zones.",
        )
    )
    assert O.medication_ordered(out, "furosemide", "diuretic", "nitr"), O.orders(out)


def test_pneumonia_with_news2_of_seven_gets_the_sepsis_hour(reason: Reason) -> None:
    """NICE NG51 (suspected sepsis, 2024) for adults in hospital: a suspected infection
    with NEWS2 >= 7 is high risk: blood cultures, lactate and IV antibiotics within
    1 hour (SSC 2021 advises against qSOFA alone as the screen). A 74-year-old with
    lobar pneumonia, RR 26, SpO2 90 % on air, HR 104, T 38.6 scores NEWS2 8 with
    qSOFA 1; main gave oral-or-IV pneumonia antibiotics with no cultures or
    lactate."""
    out = reason(
        make_case(
            "COUGH",
            age=74,
            sex="M",
            vitals=vitals(104, 132, 80, 26, 90, t=38.6),
            one_liner="74-year-old man with productive cough and fever for 3 days",
            ed_note="Productive cough, green sputum, fevers. Coarse creps R base."
            " CXR: RLL consolidation. WCC 16.8. Urea 9.1 mmol/L. Alert and orientated.",
        )
    )
    assert O.ordered(out, "blood culture"), O.orders(out)
    assert O.ordered(out, "lactate"), O.orders(out)

"""disp36 (issue 10, pattern 5): disposition from what the patient needs.

Written from the sources named in each docstring, never from rows of the shared data:

- Bornstein SR et al. Endocrine Society 2016 primary adrenal insufficiency guideline
  (J Clin Endocrinol Metab 2016;101:364): an adrenal crisis gets parenteral
  hydrocortisone (100 mg, then 200 mg/24 h) and fluids in hospital; Simpson H et al.
  Clin Med 2020;20:371 (glucocorticoid-induced adrenal insufficiency);
- Brugada J et al. ESC 2019 SVT guideline (Eur Heart J 2020;41:655): vagal
  manoeuvres and adenosine terminate a regular narrow-complex tachycardia; without
  pre-excitation, structural disease or instability the patient goes home;
- Chinsakchai K et al. Vasc Endovascular Surg 2011;45:5; Kakkos SK et al. ESVS 2021
  venous thrombosis: phlegmasia cerulea dolens is a limb- and life-threatening
  iliofemoral DVT for urgent thrombus removal in hospital;
- guards: heart failure with a rising troponin beside a converted SVT (ESC 2021 heart
  failure: acute heart failure is admitted); an Addison's patient with a minor illness
  on sick-day rules goes home (Endocrine Society 2016).

Each target scenario fails on base df1ee18; the guards pass on both.
"""

from __future__ import annotations

from tests.scenarios.conftest import Reason, make_case, vitals

_ADMITTED = ("Admit", "OR Admit", "Transfer to Another Facility")


def test_adrenal_crisis_after_stopping_long_term_prednisolone_is_admitted(
    reason: Reason,
) -> None:
    """Simpson 2020; Rushworth 2019; Endocrine Society 2016: stopping years of
    prednisolone, then vomiting, dizziness on standing, SBP under 100, a low sodium
    and a low glucose is an adrenal crisis: parenteral hydrocortisone and fluids in
    hospital, not a discharge or an observation bed."""
    out = reason(
        make_case(
            "DIZZINESS",
            age=62,
            sex="F",
            vitals=vitals(100, 96, 60, 18, 98),
            one_liner="62F dizzy and vomiting after stopping steroids",
            ed_note=(
                "62-year-old who stopped prednisolone 10 mg after 3 years of use for"
                " polymyalgia last week. Nausea, vomiting, dizzy when standing. Sodium"
                " 129 mmol/L, glucose 3.4 mmol/L."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition


def test_svt_terminated_by_adenosine_without_structural_disease_goes_home(
    reason: Reason,
) -> None:
    """ESC 2019 SVT: a regular narrow-complex tachycardia terminated by adenosine, with
    a normal post-conversion ECG (no pre-excitation), no structural heart disease and
    no instability, is discharged with follow-up, not held."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=34,
            sex="F",
            vitals=vitals(184, 120, 76, 18, 99),
            ed_note=(
                "34-year-old with sudden regular palpitations for 40 minutes. ECG"
                " narrow complex tachycardia 184. Modified Valsalva unsuccessful;"
                " adenosine 6 mg converted to sinus rhythm 76. Post-conversion ECG"
                " normal, no pre-excitation. No chest pain, no structural heart"
                " disease. Impression: SVT, converted."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_phlegmasia_cerulea_dolens_is_admitted(reason: Reason) -> None:
    """ESVS 2021; Chinsakchai 2011: a massively swollen, cyanotic leg over an
    iliofemoral DVT is phlegmasia cerulea dolens: heparin and urgent catheter-directed
    or surgical thrombus removal in hospital, not an observation bed."""
    out = reason(
        make_case(
            "LEG SWELLING",
            age=66,
            sex="F",
            vitals=vitals(104, 128, 78, 18, 97),
            ed_note=(
                "66-year-old with a painful swollen right leg since yesterday, now"
                " purple from the thigh down. Duplex: occlusive iliofemoral DVT."
                " Heparin started, vascular surgery asked to see. Impression:"
                " phlegmasia cerulea dolens."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition


def test_guard_converted_svt_with_heart_failure_is_not_sent_home(
    reason: Reason,
) -> None:
    """Guard (ESC 2019 SVT; McDonagh TA et al. ESC 2021 heart failure): an SVT
    converted in a patient with an ejection fraction of 25 %, crackles and a rising
    troponin is not a discharge."""
    out = reason(
        make_case(
            "PALPITATIONS",
            age=73,
            sex="M",
            vitals=vitals(168, 102, 62, 22, 94),
            ed_note=(
                "73-year-old with ischaemic cardiomyopathy, EF 25%, palpitations"
                " and breathlessness. Narrow complex tachycardia 168; adenosine"
                " converted to sinus rhythm. Troponin rising 40 -> 110, still"
                " breathless with crackles. Impression: SVT with heart failure."
            ),
        )
    )
    assert out.final.disposition != "Discharge", out.final.disposition


def test_guard_addison_minor_illness_on_sick_day_rules_goes_home(
    reason: Reason,
) -> None:
    """Guard (Endocrine Society 2016: sick-day rules, doubled oral hydrocortisone for a
    febrile illness without vomiting): an Addison's patient with a sore throat, eating
    and drinking, normotensive, is not admitted."""
    out = reason(
        make_case(
            "SORE THROAT",
            age=31,
            sex="M",
            vitals=vitals(86, 126, 78, 14, 99),
            ed_note=(
                "31-year-old with Addison's disease on hydrocortisone and"
                " fludrocortisone, sore throat and temperature 37.9 for a day. Eating"
                " and drinking, no vomiting, no dizziness. Doubled his hydrocortisone"
                " as per sick day rules. Impression: viral pharyngitis."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_well_child_with_itp_and_a_normal_film_goes_home(reason: Reason) -> None:
    """Neunert C et al. ASH 2019 ITP: a child with newly diagnosed ITP and no or
    skin-only bleeding is observed at home with haematology follow-up; TTP needs
    red cell fragments on the film (Scully M et al. BSH 2012; ISTH 2020), so a normal
    film leaves no thrombotic microangiopathy to hold the child for."""
    out = reason(
        make_case(
            "BRUISING",
            age=5,
            sex="M",
            vitals=vitals(108, 98, 60, 22, 99),
            one_liner="5-year-old with new bruises and spots after a virus, well",
            ed_note=(
                "5-year-old boy, bruises on the shins and petechiae on the chest"
                " since yesterday, a cold 2 weeks ago. Active and well, no"
                " bleeding from the nose or gums. No lymph nodes, no enlarged liver or"
                " spleen. Platelets 10, Hb 124, white cells 8.1, normal blood film."
            ),
        )
    )
    assert out.final.disposition == "Discharge", out.final.disposition


def test_guard_ttp_with_fragments_and_haemolysis_is_admitted(reason: Reason) -> None:
    """Guard (ISTH 2020; BSH 2012): thrombocytopenia with schistocytes, a raised LDH and
    an undetectable haptoglobin in a confused adult is presumed TTP: plasma exchange
    in hospital."""
    out = reason(
        make_case(
            "CONFUSION",
            age=39,
            sex="F",
            vitals=vitals(102, 146, 86, 18, 98),
            ed_note=(
                "39-year-old with confusion and petechiae. Platelets 12, Hb 82,"
                " schistocytes on the film, LDH 1300, haptoglobin undetectable,"
                " creatinine 1.5. Impression: thrombotic thrombocytopenic purpura."
            ),
        )
    )
    assert out.final.disposition in _ADMITTED, out.final.disposition

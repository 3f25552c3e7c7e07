"""classic30 (issue 10): classic ED presentations no earlier review read.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases (/work/notes/review/classic30_cases.py):

- UK Kidney Association 2020 hyperkalaemia (K >= 6.5 mmol/L: calcium and insulin-
  glucose now; ESI v4 ch.4 high risk);
- KDIGO 2012 acute kidney injury / AUA: retention found on a bladder scan is drained;
- Turner J et al. Society for Endocrinology 2016 acute hypocalcaemia (IV calcium
  gluconate for tetany or a long QT; magnesium first when low); Drew BJ et al. AHA
  2010 QT statement (a long QTc is the risk of torsades, not torsades);
- Rothe MJ et al. Clin Dermatol 2005;23:206 (erythroderma is treated in hospital);
- Harman KE et al. BAD pemphigus vulgaris 2017; Creamer D et al. UK SJS/TEN 2016;
- Bush G et al. Acta Psychiatr Scand 1996 (catatonia: lorazepam challenge);
- Gertz MA. Blood 2018;132:1379 (symptomatic hyperviscosity: plasma exchange);
- Nicolle LE et al. IDSA 2019 asymptomatic bacteriuria (not treated, delirium included);
- Jose MD et al. Am J Kidney Dis 2017;70:570 (dialysis access haemorrhage);
- Saeed D et al. ISHLT 2023 mechanical circulatory support (the VAD team, Doppler MAP).

Each scenario asserts safety properties and failed on main 5535cc8 before its fix,
unless named a guard.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

ANTIPSYCHOTIC = (r"^haloperidol", r"^olanzapine", r"^droperidol", r"^quetiapine")
NSAID = (r"^ketorolac", r"^ibuprofen", r"^naproxen", r"^diclofenac")
ANTIBIOTIC = (
    r"nitrofurantoin",
    r"trimethoprim",
    r"cefalexin",
    r"cephalexin",
    r"ceftriaxone",
)


def _dx(out: ReasoningOutput) -> str:
    return (out.final.diagnosis_name or "").lower()


def test_potassium_with_a_decimal_in_a_narrative_complaint_is_high_risk(
    reason: Reason,
) -> None:
    """UK KA 2020: a potassium of 6.8 named in the triage narrative is severe
    hyperkalaemia (ESI 2), whatever its decimal point."""
    out = reason(
        make_case(
            "abnormal lab",
            age=70,
            sex="M",
            vitals=vitals(62, 134, 78, 16, 97),
            one_liner="70M with diabetic kidney disease on lisinopril and eplerenone, "
            "sent from clinic with feeling weak, potassium 6.8 on today's bloods",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.medication_ordered(out, "calcium"), O.orders(out)


def test_bladder_scan_over_a_litre_is_drained(reason: Reason) -> None:
    """KDIGO 2012 / AUA: a bladder holding over a litre with a raised creatinine is
    obstruction: a urethral catheter, not only fluids."""
    out = reason(
        make_case(
            "lower abdominal pain",
            age=84,
            sex="M",
            vitals=vitals(90, 158, 86, 18, 96),
            ed_note="84-year-old man, three days of only passing small amounts of "
            "urine with lower abdominal fullness. Prostate enlargement known. Exam: "
            "suprapubic dullness. Bladder scan over 1100 mL. Creatinine 310 umol/L "
            "(baseline 90), potassium 5.4.",
        )
    )
    assert O.ordered(out, r"catheter"), O.orders(out)
    assert out.final.disposition != "Discharge"


def test_tetany_with_low_calcium_gets_iv_calcium_not_a_torsades_label(
    reason: Reason,
) -> None:
    """Society for Endocrinology 2016: perioral tingling, carpopedal spasm and a long
    QT with a low calcium need IV calcium gluconate; a long QTc without polymorphic
    VT is the risk of torsades (AHA 2010), not the arrhythmia."""
    out = reason(
        make_case(
            "tingling",
            age=47,
            sex="F",
            vitals=vitals(94, 128, 80, 18, 99),
            ed_note="47-year-old woman 3 days after a total thyroidectomy, tingling "
            "around the lips and fingers and painful hand spasms, palpitations. Exam: "
            "positive Chvostek sign, carpopedal spasm. Adjusted calcium 1.62 mmol/L, "
            "magnesium 0.78 mmol/L. ECG sinus rhythm, QTc 520 ms.",
        )
    )
    calcium = O.medication_ordered(out, r"calcium gluconate|calcium chloride")
    assert calcium, O.orders(out)
    assert "torsades" not in _dx(out)
    assert out.final.disposition != "Discharge"


def test_generalised_red_scaling_skin_is_not_sent_home_as_cellulitis(
    reason: Reason,
) -> None:
    """Rothe 2005: erythroderma (the whole skin red and scaling) loses heat, fluid
    and protein: treated in hospital, not as a cellulitis with oral antibiotics."""
    out = reason(
        make_case(
            "rash",
            age=71,
            sex="F",
            vitals=vitals(108, 110, 64, 20, 96, t=35.6),
            ed_note="71-year-old woman with eczema, ten days of redness spreading "
            "until her whole body is red, hot and peeling, shivery, ankles swollen. "
            "Exam: generalised erythema over more than 90 % of the skin with fine "
            "scale, no blisters, mucosa normal.",
        )
    )
    assert out.final.disposition != "Discharge"
    assert not O.medication_ordered(out, r"cephalexin|cefalexin"), O.orders(out)
    assert out.final.esi is not None and out.final.esi <= 3


def test_mouth_erosions_with_fragile_skin_blisters_are_high_risk_and_admitted(
    reason: Reason,
) -> None:
    """BAD 2017 pemphigus; Creamer 2016 SJS/TEN: mucosal erosions with blisters that
    break easily are a blistering emergency until seen (dermatology, admission),
    not a sore throat."""
    out = reason(
        make_case(
            "mouth pain",
            age=55,
            sex="M",
            vitals=vitals(92, 130, 80, 16, 98),
            one_liner="55M with a month of painful mouth ulcers, now flaccid blisters "
            "on the chest and scalp that burst and leave raw skin",
            ed_note="55-year-old man, a month of painful oral erosions, cannot eat "
            "solids, now flaccid blisters on chest, back and scalp that burst easily "
            "leaving raw areas. No new medicines. Nikolsky sign positive.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert out.final.disposition != "Discharge"
    assert O.ordered(out, r"dermatolog"), O.orders(out)
    assert "pharyngitis" not in _dx(out)


def test_mute_posturing_patient_gets_a_lorazepam_challenge_not_an_antipsychotic(
    reason: Reason,
) -> None:
    """Bush 1996 / Rasmussen 2016: mutism with posturing and waxy flexibility is
    catatonia: ESI 2, a lorazepam challenge, antipsychotics held."""
    out = reason(
        make_case(
            "psychiatric evaluation",
            age=31,
            sex="M",
            vitals=vitals(104, 132, 84, 18, 98),
            one_liner="31M with bipolar disorder, mute and motionless for 2 days, "
            "not drinking",
            ed_note="31-year-old man with bipolar disorder, family say he has been "
            "mute and motionless for two days, staring, keeping his arm raised in odd "
            "postures, not drinking. Exam: mutism, waxy flexibility, negativism, no "
            "rigidity, no clonus, afebrile.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.medication_ordered(out, r"lorazepam"), O.orders(out)
    assert not O.medication_ordered(out, *ANTIPSYCHOTIC), O.orders(out)


def test_paraprotein_with_bleeding_and_visual_loss_goes_to_plasma_exchange(
    reason: Reason,
) -> None:
    """Gertz 2018: a paraprotein with nosebleeds, blurred vision and confusion is
    symptomatic hyperviscosity: haematology for plasma exchange; no NSAID."""
    out = reason(
        make_case(
            "blurred vision",
            age=74,
            sex="F",
            vitals=vitals(88, 146, 84, 18, 97),
            ed_note="74-year-old woman with IgM paraprotein (Waldenstrom "
            "macroglobulinaemia), ten days of blurred vision, headache, bleeding gums "
            "and nosebleeds, now slow and muddled. Fundi: engorged retinal veins with "
            "haemorrhages.",
        )
    )
    assert O.ordered(out, r"plasma exchange|plasmapheresis"), O.orders(out)
    assert not O.medication_ordered(out, *NSAID), O.orders(out)


def test_positive_dipstick_without_urinary_symptoms_in_delirium_gets_no_antibiotic(
    reason: Reason,
) -> None:
    """IDSA 2019 asymptomatic bacteriuria: an older adult sent in as a urine
    infection for confusion and a positive dipstick, with no fever and no urinary
    symptoms, is not given antibiotics for the urine; the other cause is looked for."""
    out = reason(
        make_case(
            "urinary tract infection",
            age=85,
            sex="F",
            vitals=vitals(80, 146, 78, 16, 96),
            one_liner="85F from a residential home, confused for 2 days, dipstick "
            "positive, no urinary symptoms",
            ed_note="85-year-old woman, more confused for two days; her home dipped "
            "her urine and sent her in. No fever, no dysuria, no frequency, no "
            "abdominal pain. Urine dipstick leucocytes and nitrite positive.",
        )
    )
    assert not O.medication_ordered(out, *ANTIBIOTIC), O.orders(out)


def test_guard_cystitis_with_dysuria_is_still_treated(reason: Reason) -> None:
    """Guard (NICE NG109 / IDSA 2011): a young woman with dysuria and frequency and a
    positive dipstick is treated for cystitis."""
    out = reason(
        make_case(
            "dysuria",
            age=30,
            sex="F",
            vitals=vitals(76, 116, 72, 14, 99),
            ed_note="30-year-old woman, two days of burning on passing urine and "
            "frequency, no fever, no loin pain, not pregnant. Dipstick nitrite "
            "positive.",
        )
    )
    assert O.medication_ordered(out, r"nitrofurantoin"), O.orders(out)


def test_bleeding_dialysis_fistula_gets_pressure_and_the_access_surgeon(
    reason: Reason,
) -> None:
    """Jose 2017 / KDOQI 2019: a bleeding arteriovenous fistula can exsanguinate:
    ESI 2, direct pressure without a tourniquet, the vascular surgeon."""
    out = reason(
        make_case(
            "bleeding",
            age=59,
            sex="M",
            vitals=vitals(112, 104, 62, 20, 97),
            one_liner="59M on haemodialysis, his AV fistula is bleeding heavily from a "
            "needling site since this evening",
            ed_note="59-year-old man on haemodialysis via a left radiocephalic AV "
            "fistula, dialysed this afternoon; the needling site restarted bleeding at "
            "home and soaked a towel. Thin shiny skin over an aneurysmal segment.",
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2
    assert O.ordered(out, r"direct pressure"), O.orders(out)
    assert O.ordered(out, r"vascular|access surgeon"), O.orders(out)


def test_lvad_patient_gets_the_vad_team_and_a_doppler_pressure(reason: Reason) -> None:
    """ISHLT 2023: any presentation of an LVAD patient involves the VAD team; the
    pressure is a Doppler opening pressure (a cuff fails without pulsatility)."""
    out = reason(
        make_case(
            "weakness",
            age=58,
            sex="M",
            vitals={"heart_rate": 104, "respiratory_rate": 20, "spo2": 95},
            ed_note="58-year-old man with a HeartMate 3 left ventricular assist device "
            "for ischaemic cardiomyopathy, on warfarin, two days of tiredness and "
            "dark urine, controller showed power spikes. Pulse not palpable.",
        )
    )
    assert O.ordered(out, r"vad team|implanting cent"), O.orders(out)
    assert O.ordered(out, r"doppler"), O.orders(out)

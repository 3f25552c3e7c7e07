"""toxpsych39 (session 39): toxicology, environmental emergencies and mental health.

Written from guidelines, not from shared data: a poisoning's intent is coded as the
record states it, undetermined only when it says the intent cannot be determined
(ICD-10-CM FY2024 Official Guidelines I.C.19.e.5.b); a tricyclic overdose with a
wide QRS needs bicarbonate now (ESI v4 level 1; Bruccoleri & Burns 2016; TOXBASE) and
a narrow QRS none; syncope with a type 1 Brugada ECG is high risk (ESC 2018 syncope
Table 5; ESC 2022 VA/SCD); an alert mild hypothermia is rewarmed on a ward (WMS 2019;
ERC 2021); ideation without a plan or an act is assessed without a 1:1 order and
mostly goes home (NIMH ASQ adult ED pathway 2020; NICE NG225 2022); a self-injury's
wound is cared for (NICE NG225); "takes lorazepam when offered" is a medication
history; a timed paracetamol level below the line needs no admission (UK CHM 2012);
iron above 90 umol/L is chelated and tablets on X-ray irrigated (AAPCC 2005; AACT/
EAPCCT 2015); paracetamol above its maximum daily dose is an overdose (Dart 2023).
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_ONE_TO_ONE = (r"1:1", r"one-to-one", r"sitter", r"suicide precaution")


def _intent(out: ReasoningOutput) -> str:
    """The sixth character of a T36-T65 poisoning code ('' if none)."""
    code = (out.final.icd10 or "").replace(".", "")
    return code[5] if code.startswith("T") and len(code) >= 7 else ""


def test_intent_the_record_cannot_determine_is_coded_undetermined(
    reason: Reason,
) -> None:
    """ICD-10-CM FY2024 I.C.19.e.5.b: undetermined intent (sixth character 4) when
    the record specifies that the intent cannot be determined."""
    out = reason(
        make_case(
            "overdose",
            age=27,
            sex="F",
            vitals=vitals(90, 122, 76, 16, 98),
            one_liner="27F found with empty paracetamol packets beside her",
            ed_note=(
                "Found by her sister with empty paracetamol packets, about 30 tablets "
                "missing. Sleepy after wine. It is unclear whether she meant to harm "
                "herself. Paracetamol level 58 mg/L, ALT 30."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T39.1"), out.final.icd10
    assert _intent(out) == "4", out.final.icd10


def test_a_stated_intent_to_die_is_intentional_self_harm(reason: Reason) -> None:
    """ICD-10-CM I.C.19.e.5.b: the documented intent is coded (2: intentional
    self-harm); "intending to die" states it."""
    out = reason(
        make_case(
            "overdose",
            age=50,
            sex="M",
            vitals=vitals(94, 78, 42, 18, 97),
            one_liner="50M took 30 amlodipine tablets intending to die",
            ed_note=(
                "Took 30 x 10 mg amlodipine tablets 2 hours ago intending to die. "
                "Dizzy, warm peripheries, BP 78/42 after a litre of fluid."
            ),
        )
    )
    assert (out.final.icd10 or "").startswith("T46.1"), out.final.icd10
    assert _intent(out) == "2", out.final.icd10


def test_guard_a_poisoning_without_a_stated_intent_stays_accidental(
    reason: Reason,
) -> None:
    """Guard (I.C.19.e.5.b): intent unknown or unspecified is coded accidental."""
    out = reason(
        make_case(
            "unresponsive",
            age=29,
            sex="M",
            vitals=vitals(56, 106, 64, 6, 84, 36.2),
            one_liner="29M found unresponsive in a stairwell, pinpoint pupils",
            ed_note=(
                "Found unresponsive with a needle beside him. GCS 7, pinpoint pupils, "
                "breathing 6 a minute."
            ),
        )
    )
    assert _intent(out) == "1", out.final.icd10


def test_tricyclic_overdose_with_a_wide_qrs_is_level_one_with_bicarbonate(
    reason: Reason,
) -> None:
    """ESI v4 ch.3: a patient needing an immediate life-saving medication is level
    1; a QRS > 100 ms after a TCA ingestion takes IV sodium bicarbonate now
    (Bruccoleri RE, Burns MM. J Med Toxicol 2016; TOXBASE); never flumazenil or
    physostigmine (seizures, asystole)."""
    out = reason(
        make_case(
            "overdose",
            age=31,
            sex="M",
            vitals=vitals(128, 100, 60, 14, 96, 37.3),
            one_liner="31M nortriptyline overdose, drowsy, QRS 128 ms",
            ed_note=(
                "Took about 30 nortriptyline 25 mg tablets 3 hours ago. GCS 13, "
                "dilated pupils. ECG sinus tachycardia, QRS 128 ms."
            ),
        )
    )
    assert out.final.esi == 1, out.final.esi
    assert O.medication_ordered(out, "bicarbonate"), O.orders(out)
    assert not O.medication_ordered(out, "flumazenil", "physostigmine")


def test_tricyclic_ingestion_with_a_narrow_qrs_gets_no_bicarbonate(
    reason: Reason,
) -> None:
    """TOXBASE tricyclics; Bruccoleri & Burns 2016: bicarbonate treats the sodium
    channel blockade (QRS > 100 ms, arrhythmia, hypotension), not a narrow-QRS
    ingestion; monitoring stays."""
    out = reason(
        make_case(
            "overdose",
            age=26,
            sex="F",
            vitals=vitals(96, 124, 78, 14, 99),
            one_liner="26F took 6 amitriptyline 10 mg an hour ago, alert",
            ed_note=(
                "Took 6 amitriptyline 10 mg tablets an hour ago. Alert, GCS 15. ECG "
                "sinus rhythm 96, QRS 84 ms."
            ),
        )
    )
    assert out.final.esi != 1, out.final.esi
    assert not O.medication_ordered(out, "bicarbonate"), O.orders(out)
    assert O.ordered(out, "monitor"), O.orders(out)


def test_syncope_with_a_type_1_brugada_ecg_is_high_risk(reason: Reason) -> None:
    """ESC 2018 syncope Table 5: a type 1 Brugada pattern is a major high-risk ECG
    feature; ESC 2022 VA/SCD: arrhythmic syncope in Brugada syndrome is an ICD
    indication; ESI v4 ch.4: a high-risk situation is level 2."""
    out = reason(
        make_case(
            "syncope",
            age=29,
            sex="M",
            vitals=vitals(70, 124, 76, 14, 99),
            one_liner="29M sudden faint at rest, triage ECG type 1 Brugada pattern",
            ed_note=(
                "Lost consciousness without warning while sitting at dinner, brief. "
                "ECG: spontaneous type 1 Brugada pattern in V1 and V2. Now well."
            ),
        )
    )
    assert out.final.esi is not None and out.final.esi <= 2, out.final.esi
    assert O.disposition(out).disposition != "Discharge"


def test_guard_syncope_with_a_normal_ecg_is_not_read_as_high_risk(
    reason: Reason,
) -> None:
    """Guard (ESC 2018 syncope): a reflex faint with a normal ECG has no high-risk
    ECG feature."""
    out = reason(
        make_case(
            "syncope",
            age=22,
            sex="F",
            vitals=vitals(72, 118, 72, 14, 99),
            one_liner="22F fainted standing in a hot queue, felt warm and sick first",
            ed_note=(
                "Felt hot, nauseated and dizzy standing in a long queue, then fainted "
                "briefly; recovered at once. ECG normal sinus rhythm, normal intervals."
            ),
        )
    )
    flags = " ".join(out.trace[0].output.red_flags).lower()  # type: ignore[union-attr]
    assert "high-risk ecg" not in flags, flags


def test_mild_hypothermia_alert_and_stable_is_not_admitted_to_intensive_care(
    reason: Reason,
) -> None:
    """WMS 2019 (Dow J et al.); ERC 2021 special circumstances: stage I hypothermia
    (32-35 C, alert, shivering) is rewarmed externally; critical care is for a lower
    core temperature, impaired consciousness, arrhythmia or instability."""
    out = reason(
        make_case(
            "cold exposure",
            age=52,
            sex="M",
            vitals=vitals(62, 122, 74, 14, 98, 34.1),
            one_liner="52M fell asleep outdoors, shivering, alert, temperature 34.1",
            ed_note=(
                "Found asleep on a park bench on a cold night, shivering hard. Alert "
                "and oriented, GCS 15. Core temperature 34.1 C. ECG sinus rhythm 62."
            ),
        )
    )
    disp = O.disposition(out)
    assert disp.admit_level != "icu", (disp.disposition, disp.admit_level)
    assert O.ordered(out, "rewarm"), O.orders(out)


def test_guard_moderate_hypothermia_with_drowsiness_keeps_intensive_care(
    reason: Reason,
) -> None:
    """Guard (WMS 2019; ERC 2021): below 32 C with impaired consciousness is moderate
    hypothermia: monitored critical care."""
    out = reason(
        make_case(
            "cold exposure",
            age=68,
            sex="F",
            vitals=vitals(48, 96, 56, 10, 94, 30.6),
            one_liner="68F found on the floor of a cold house, drowsy, temp 30.6",
            ed_note="Drowsy, not shivering, GCS 12. Core temperature 30.6 C.",
        )
    )
    disp = O.disposition(out)
    assert (disp.disposition, disp.admit_level) == ("Admit", "icu"), disp


def test_ideation_without_a_plan_is_assessed_without_one_to_one_or_admission(
    reason: Reason,
) -> None:
    """NIMH ASQ adult ED pathway (Horowitz LM et al. 2020): a non-acute positive
    screen (a wish to be dead, no plan, no intent) gets a brief safety assessment
    before leaving, not 1:1 precautions; NICE NG225 2022 1.5-1.6: a psychosocial
    assessment and safety plan, no risk scale to decide care, most go home."""
    out = reason(
        make_case(
            "depression",
            age=41,
            sex="M",
            vitals=vitals(76, 126, 78, 14, 99),
            one_liner="41M low mood, feels he would be better off dead, no plan",
            ed_note=(
                "Came in himself asking for help with low mood since his business "
                "failed. Sometimes feels his family would be better off without him, "
                "but no plan and no intent, never harmed himself. Calm, engaging, "
                "has capacity, not intoxicated."
            ),
        )
    )
    assert not O.ordered(out, *_ONE_TO_ONE), O.orders(out)
    assert not O.ordered(out, r"c-ssrs", r"structured suicide risk"), O.orders(out)
    assert O.ordered(out, r"psychiatr", r"mental health"), O.orders(out)
    assert O.disposition(out).disposition != "Admit", O.disposition(out)


def test_guard_ideation_with_a_plan_keeps_one_to_one_and_is_not_discharged(
    reason: Reason,
) -> None:
    """Guard (ASQ acute positive; NICE NG225): a plan and the means need 1:1 safety
    precautions and an urgent assessment, never discharge."""
    out = reason(
        make_case(
            "suicidal ideation",
            age=47,
            sex="M",
            vitals=vitals(88, 140, 86, 16, 98),
            one_liner="47M plans to jump from a bridge tonight",
            ed_note=(
                "Tells the nurse he plans to jump from the bridge tonight and has "
                "written letters to his children. Calm now."
            ),
        )
    )
    assert O.ordered(out, *_ONE_TO_ONE), O.orders(out)
    assert O.disposition(out).disposition != "Discharge"


def test_a_self_inflicted_cut_gets_wound_care_beside_the_mental_health_care(
    reason: Reason,
) -> None:
    """NICE NG225 2022 (CG16 1.1.7): a self-injury's wound has the same physical care
    as any other, with anaesthesia for its repair, beside the psychosocial
    assessment."""
    out = reason(
        make_case(
            "self harm",
            age=23,
            sex="F",
            vitals=vitals(90, 116, 72, 16, 99),
            one_liner="23F cut her thigh with a razor, gaping wound",
            ed_note=(
                "Cut her left thigh with a razor blade two hours ago after a row. A "
                "5 cm gaping laceration, bleeding controlled. Calm, wants to talk."
            ),
        )
    )
    assert O.ordered(out, r"wound care", r"sutur", r"irrigat"), O.orders(out)
    assert O.ordered(out, r"psychiatr", r"mental health"), O.orders(out)


def test_guard_a_usual_benzodiazepine_is_no_poisoning(reason: Reason) -> None:
    """Guard: a medication history ("takes lorazepam when needed") names a drug
    taken as prescribed, not an ingestion to treat (Goldfrank's 11th ed. ch. 73:
    poisoning is an amount beyond therapeutic use)."""
    out = reason(
        make_case(
            "anxiety",
            age=33,
            sex="F",
            vitals=vitals(94, 122, 76, 16, 99),
            one_liner="33F anxious after bad news, takes oral lorazepam when needed",
            ed_note=(
                "Known anxiety disorder, on sertraline; takes oral lorazepam when "
                "needed. Tearful and anxious after bad news. No overdose, no "
                "self-harm. Settled with talking."
            ),
        )
    )
    assert not O.proposes(out, "benzodiazepines"), O.diagnoses_proposed(out)


def test_a_paracetamol_level_below_the_line_is_not_admitted(reason: Reason) -> None:
    """UK CHM/MHRA 2012; Chiew AL et al. 2020: a single ingestion's level timed at
    4-24 h below the treatment line, ALT normal: no acetylcysteine, medically fit
    once the psychosocial assessment is done (NICE NG225)."""
    out = reason(
        make_case(
            "overdose",
            age=18,
            sex="M",
            vitals=vitals(84, 124, 74, 14, 99),
            one_liner="18M took 8 paracetamol at once after an argument",
            ed_note=(
                "Took 8 x 500 mg paracetamol together 5 hours ago after an argument "
                "with his father; regrets it. Paracetamol level at 5 hours 30 mg/L. "
                "ALT 22. No other tablets. Calm."
            ),
        )
    )
    assert not O.medication_ordered(out, r"acetylcysteine(?! if)"), O.orders(out)
    assert O.disposition(out).disposition != "Admit", O.disposition(out)
    assert O.ordered(out, r"psychosocial", r"mental health", r"psychiatr")


def test_iron_above_ninety_micromol_is_chelated_and_tablets_irrigated(
    reason: Reason,
) -> None:
    """AAPCC 2005 (Manoguerra AS et al.); TOXBASE: serum iron > 90 umol/L (500
    mcg/dL) with symptoms takes IV desferrioxamine; tablets seen on the X-ray are
    removed by whole-bowel irrigation (AACT/EAPCCT 2015)."""
    out = reason(
        make_case(
            "overdose",
            age=30,
            sex="F",
            vitals=vitals(108, 112, 70, 18, 98),
            one_liner="30F swallowed a bottle of ferrous sulphate, vomiting",
            ed_note=(
                "Swallowed about 40 ferrous sulphate 200 mg tablets 5 hours ago. "
                "Vomiting and diarrhoea. Serum iron 98 micromol/L. Abdominal X-ray "
                "shows tablets in the stomach."
            ),
        )
    )
    assert O.medication_ordered(out, r"deferoxamine", r"desferrioxamine")
    assert O.ordered(out, r"whole[- ]bowel irrigation"), O.orders(out)


def test_paracetamol_above_its_daily_maximum_is_the_working_diagnosis(
    reason: Reason,
) -> None:
    """Dart RC et al. JAMA Netw Open 2023; UK CHM 2012: paracetamol taken above its
    maximum dose for days is a repeated supratherapeutic ingestion: acetylcysteine
    now whatever the level, and the poisoning (not gallbladder disease) is the
    working diagnosis when the ALT is raised."""
    out = reason(
        make_case(
            "abdominal pain",
            age=38,
            sex="F",
            vitals=vitals(92, 126, 78, 16, 98),
            one_liner="38F toothache, 10 g of paracetamol a day for 4 days, RUQ pain",
            ed_note=(
                "Toothache for a week; has taken 10 g of paracetamol a day for 4 days. "
                "Nausea, right upper quadrant tenderness. Paracetamol level 30 mg/L, "
                "ALT 380."
            ),
        )
    )
    assert O.medication_ordered(out, r"acetylcysteine"), O.orders(out)
    treat = O.treatment(out)
    working = (treat.working_diagnosis or "").lower() if treat else ""
    assert "4-aminophenol" in working, working
    assert not O.medication_ordered(out, r"antibiotic", r"ceftriaxone")


def test_guard_a_therapeutic_paracetamol_dose_is_no_overdose(reason: Reason) -> None:
    """Guard (Dart 2023): a dose within the maximum taken for a symptom is no
    ingestion to treat."""
    out = reason(
        make_case(
            "headache",
            age=35,
            sex="F",
            vitals=vitals(76, 122, 76, 14, 99),
            one_liner="35F tension headache, took paracetamol 1 g this morning",
            ed_note=(
                "Band-like headache since yesterday after a stressful week; took "
                "paracetamol 1 g this morning with some relief. Neurological "
                "examination normal."
            ),
        )
    )
    assert not O.medication_ordered(out, r"acetylcysteine"), O.orders(out)
    assert not O.proposes(out, "4-aminophenol"), O.diagnoses_proposed(out)

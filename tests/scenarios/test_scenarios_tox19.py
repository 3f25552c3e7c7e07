"""tox19 (issue 10): toxicology, environmental and eye/ENT emergencies read right.

Written from the guidelines named in each docstring, never from rows of the shared
data nor copies of the reviewer's own cases (different patients and wording):

- Galioto NJ. Peritonsillar abscess. Am Fam Physician 2017;95:501 and Tintinalli 9th
  ed. ch. 246-247 (deep neck infections; the threatened upper airway);
- Hoffman JR et al. Ann Emerg Med 1991;20:246 (the opioid toxidrome predicts a
  response to naloxone); Christenson J et al. Acad Emerg Med 2000;7:1110 (St Paul's
  early discharge rule after naloxone); Boyer EW. N Engl J Med 2012;367:146.

Each scenario asserts a safety property and failed on main before the change that
makes it pass, unless it is named as a guard (see the commit messages).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

AIRWAY_INSTRUMENTATION = (
    r"awake (?:fibre|fiber)optic",
    r"double set-?up",
    r"intubat",
    r"front-of-neck",
)


def test_quinsy_drooling_is_drained_not_intubated(reason: Reason) -> None:
    """Galioto 2017 / Tintinalli ch. 246: a peritonsillar abscess with a muffled voice,
    trismus and saliva he cannot swallow, but no stridor, speaking in full sentences
    and SpO2 99 %, is drained and given antibiotics; airway compromise is rare, so no
    awake fibreoptic intubation with a double set-up and no ICU bed."""
    out = reason(
        make_case(
            "throat pain",
            age=31,
            sex="M",
            vitals=vitals(98, 130, 80, 16, 99, t=38.3),
            ed_note="31M, 4/7 worsening R-sided throat pain despite penicillin V from "
            "GP. Can't swallow his spit, spitting into a cup. Hot potato voice, "
            "trismus 2 fingerbreadths. O/E R tonsil pushed medially, uvula displaced "
            "to the L, fluctuant bulge above the R tonsil. Speaking in full sentences, "
            "no stridor.",
            case_id="tox19-quinsy",
        )
    )
    assert not any(O.mentions(o, AIRWAY_INSTRUMENTATION) for o in O.orders(out))
    assert O.disposition(out).admit_level != "icu"
    assert O.ordered(out, r"aspirat|incision|drain")


def test_ludwig_angina_with_saliva_not_swallowed_calls_the_airway_team(
    reason: Reason,
) -> None:
    """Guard (passes on main too). Tintinalli ch. 247 / DAS 2015: a mouth-floor
    infection with saliva that cannot be swallowed is a closing airway: the airway team
    now, the patient left sitting up."""
    out = reason(
        make_case(
            "jaw swelling",
            age=47,
            sex="F",
            vitals=vitals(112, 138, 82, 22, 96, t=38.9),
            ed_note="47F, lower molar abscess 1 week. Now firm bilateral submandibular "
            "swelling, floor of mouth indurated, cannot swallow her saliva, muffled "
            "voice, sitting up.",
            case_id="tox19-ludwig",
        )
    )
    assert O.ordered(out, r"airway team|double set-?up|awake (?:fibre|fiber)optic")


def test_fentanyl_toxidrome_is_named_and_observed_not_sent_to_icu(
    reason: Reason,
) -> None:
    """Hoffman 1991 / Boyer 2012: pinpoint pupils, slow breathing and a depressed level
    of consciousness after fentanyl is the opioid toxidrome: it is named (ruled in),
    naloxone is titrated, and the reversible respiratory depression needs observation
    for recurrence, not an ICU bed (Christenson 2000 St Paul's rule; AHA 2020)."""
    out = reason(
        make_case(
            "found slumped in car",
            age=38,
            sex="F",
            vitals=vitals(70, 110, 68, 8, 89, t=36.1),
            ed_note="38F smoked fentanyl in her car, found slumped over the wheel by "
            "security. Opens eyes to loud voice, mumbling. Pupils pinpoint, "
            "breathing slowly. No head injury seen. BM 6.4.",
            case_id="tox19-fentanyl",
        )
    )
    assert O.ordered(out, r"naloxone")
    top = out.final.summary.top_diagnoses[0]
    # lead56: the summary names it as coded (T40.41-, "Poisoning by fentanyl ...")
    assert top.diagnosis.startswith("Poisoning by") and (
        "opioid" in top.diagnosis or "fentanyl" in top.diagnosis
    ), top
    assert top.status == "ruled_in"
    dispo = O.disposition(out)
    assert dispo.disposition != "Discharge"
    assert dispo.admit_level != "icu"


def test_methadone_overdose_with_slow_breathing_is_not_discharged(
    reason: Reason,
) -> None:
    """Guard (passes on main too). AHA 2020 / Goldfrank ch. 36: methadone outlasts
    naloxone, so depressed breathing after a methadone overdose needs admission."""
    out = reason(
        make_case(
            "overdose",
            age=44,
            sex="M",
            vitals=vitals(62, 118, 70, 7, 90),
            ed_note="44M on a methadone programme, took his partner's methadone "
            "doses as well tonight. Drowsy, pinpoint pupils, slow respirations.",
            case_id="tox19-methadone",
        )
    )
    assert O.ordered(out, r"naloxone")
    assert O.disposition(out).disposition != "Discharge"


def test_angle_closure_headache_is_not_worked_up_as_subarachnoid(
    reason: Reason,
) -> None:
    """EGS 2020 / ICHD-3 11.3.2: a sudden brow ache with a red eye, haloes, a steamy
    cornea, a fixed mid-dilated pupil and an IOP of 52 mmHg is acute angle closure, and
    the headache is the glaucoma's: pressure-lowering treatment and ophthalmology, not
    a lumbar puncture and a neurosurgeon (the Ottawa SAH rule is for a new unexplained
    headache, Perry 2013)."""
    out = reason(
        make_case(
            "eye pain",
            age=58,
            sex="M",
            vitals=vitals(90, 158, 88, 16, 98),
            ed_note="58M, hypermetrope, came on suddenly watching TV with the lights "
            "off: aching R eye and R brow headache, sees coloured rings around "
            "lights, vomited x2. R eye: ciliary flush, steamy cornea, pupil 5 mm and "
            "non-reactive. IOP R 52 mmHg, L 15 mmHg.",
            case_id="tox19-aacg",
        )
    )
    assert O.ordered(out, r"acetazolamide")
    assert O.ordered(out, r"ophthalmolog")
    assert not O.ordered(out, r"lumbar puncture|\blp\b|neurosurg")


def test_tricyclic_poisoning_with_shock_and_a_fit_gets_fluids_and_a_benzodiazepine(
    reason: Reason,
) -> None:
    """AHA 2023 toxicology / Bruccoleri & Burns 2016 / Goldfrank ch. 68: a tricyclic
    overdose with a wide QRS, hypotension and a seizure gets sodium bicarbonate, a
    crystalloid bolus (then a vasopressor) and a benzodiazepine for the seizure; not
    phenytoin, itself a sodium-channel blocker."""
    out = reason(
        make_case(
            "tablets",
            age=41,
            sex="M",
            vitals=vitals(134, 82, 46, 16, 95, t=37.8),
            ed_note="41M swallowed a month's supply of nortriptyline after an "
            "argument, about 3 h ago. Had a tonic-clonic fit lasting 1 min in "
            "triage. GCS 11, pupils large, skin dry and hot. ECG sinus tach, "
            "QRS 124 ms, R in aVR 4 mm.",
            case_id="tox19-tca",
        )
    )
    assert O.medication_ordered(out, r"bicarbonate")
    assert O.medication_ordered(out, r"crystalloid|saline|fluid bolus|iv fluid")
    assert O.medication_ordered(out, r"benzodiazepine|lorazepam|midazolam|diazepam")
    assert not O.medication_ordered(out, r"^(?!.*no phenytoin).*phenytoin")


def test_anaphylaxis_with_bronchospasm_gets_oxygen_and_a_bronchodilator(
    reason: Reason,
) -> None:
    """RCUK 2021 / WAO 2020: anaphylaxis with wheeze and a low SpO2 after a food
    allergen: IM adrenaline first, high-flow oxygen, and an inhaled bronchodilator for
    the bronchospasm that persists after adrenaline."""
    out = reason(
        make_case(
            "allergy",
            age=19,
            sex="F",
            vitals=vitals(122, 104, 62, 26, 92),
            ed_note="19F known cashew allergy, ate a curry at a restaurant 30 min ago. "
            "Itchy raised wheals over chest and arms, lips swollen, tight chest with "
            "diffuse expiratory wheeze, speaking in short sentences.",
            case_id="tox19-anaph",
        )
    )
    assert O.medication_ordered(out, r"epinephrine|adrenaline")
    assert O.ordered(out, r"oxygen")
    assert O.medication_ordered(out, r"salbutamol|albuterol|bronchodilat")


def test_beta_blocker_overdose_is_named_before_its_hypoglycaemia(
    reason: Reason,
) -> None:
    """ICD-10-CM Official Guidelines I.C.19.e.5(b): a poisoning is coded first, its
    manifestations after: a metoprolol overdose with bradycardia, hypotension and a
    low glucose is beta-blocker poisoning (T44.7-), treated with glucagon and
    high-dose insulin (Lavonas 2023), not 'hypoglycaemia'."""
    out = reason(
        make_case(
            "deliberate ingestion",
            age=63,
            sex="M",
            vitals=vitals(40, 78, 44, 14, 96),
            ed_note="63M took his whole box of metoprolol (about 40 x 100 mg) with "
            "intent, 90 min ago. Pale, sweaty, drowsy. CBG 2.8 mmol/L. ECG sinus "
            "brady 40, first-degree heart block.",
            case_id="tox19-bb",
        )
    )
    assert (out.final.icd10 or "").startswith("T44.7")
    assert O.medication_ordered(out, r"glucagon|high-dose insulin")


def test_hyperthermia_on_an_antipsychotic_is_cooled_but_not_called_heat_stroke(
    reason: Reason,
) -> None:
    """WMS 2019 (Lipman 2019): heat stroke is the hyperthermia of heat exposure or
    exertion. A man rigid and confused at 40.4 C after a depot antipsychotic increase,
    indoors and at rest, has neuroleptic malignant syndrome until shown otherwise
    (Strawn JR et al. Am J Psychiatry 2007): he is cooled, and the antipsychotic
    stopped, but heat stroke is not ruled in."""
    out = reason(
        make_case(
            "rigid and confused",
            age=36,
            sex="M",
            vitals=vitals(128, 172, 100, 24, 96, t=40.4),
            ed_note="36M with schizoaffective disorder, fluphenazine depot dose "
            "doubled last week. Found at home by his support worker, mute and "
            "confused, sweating heavily, stiff as a board in all four limbs. No "
            "clonus. CK 22,000 U/L.",
            case_id="tox19-nms",
        )
    )
    assert O.ordered(out, r"cooling|cold[- ]water|ice packs?")
    assert not any(
        e.diagnosis.startswith("Heatstroke") and e.status == "ruled_in"
        for e in out.final.summary.top_diagnoses
    )


def test_exertional_heat_stroke_on_a_march_is_heat_stroke(reason: Reason) -> None:
    """Guard (passes on main too). WMS 2019: a recruit collapsing confused at 41 C on
    a loaded march in the sun has exertional heat stroke: cold-water immersion."""
    out = reason(
        make_case(
            "collapsed on march",
            age=19,
            sex="M",
            vitals=vitals(150, 98, 50, 30, 97, t=41.0),
            ed_note="19M army recruit, collapsed 10 km into a loaded march in the sun. "
            "Disorientated, staggering, then combative. Rectal temp 41.0 C.",
            case_id="tox19-march",
        )
    )
    assert O.ordered(out, r"cooling|cold[- ]water|immersion")
    assert (out.final.icd10 or "").startswith("T67.0")

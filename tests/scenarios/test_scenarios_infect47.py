"""infect47 (session 47): infection, sepsis, fever and toxicology.

Written from guidelines, not from shared data: a paracetamol level above the treatment
line gets acetylcysteine now (Chiew AL et al. Med J Aust 2020); an organophosphate
exposure with muscarinic signs is organophosphate poisoning, not gastroenteritis or
epiglottitis (Eddleston M et al. Lancet 2008); a warfarin INR is no acute liver failure
(Lee WM et al. AASLD 2011); a toddler who ate a parent's iron tablets has iron poisoning
(Manoguerra AS et al. AAPCC 2005); fever, neck stiffness and drowsiness are bacterial
meningitis (NICE NG240 2024); severe pneumonia gets its urinary antigens (Lim WS et al.
BTS 2009; NICE NG138); an acute digoxin ingestion's antibody fragments are dosed for an
acute ingestion (Lavonas EJ et al. AHA 2023); weeks of cough and sweats beside a TB
contact are TB (NICE NG33 2016); a dengue without warning signs goes home without
4-6-hourly haematocrits (WHO 2009); rose spots after South Asia are enteric fever
(Nabarro LE et al. BIA/UKHSA 2022); an overdose taken to kill oneself is coded as
self-harm (ICD-10-CM FY2024 I.C.19.e.5.b).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (ce7da4a3) -------------------------


def test_a_paracetamol_level_above_the_line_gets_acetylcysteine_now(
    reason: Reason,
) -> None:
    """Chiew AL et al. Med J Aust 2020 (ANZ paracetamol guideline); MHRA 2012: a level
    timed 4-24 h after one acute ingestion on or above the treatment line is treated
    with IV acetylcysteine at once, not "if above the line"."""
    out = reason(
        make_case(
            "overdose",
            age=31,
            sex="M",
            vitals=vitals(84, 124, 76, 14, 99, 36.6),
            one_liner="31M took a packet of paracetamol this morning",
            ed_note=(
                "Swallowed twenty-four 500 mg paracetamol tablets in one go seven "
                "hours ago after losing his job; nothing else taken. Weight 80 kg. "
                "Paracetamol level 7 hours after ingestion 96 mg/L. ALT 22, INR 1.0."
            ),
        )
    )
    assert O.medication_ordered(out, r"acetylcysteine IV now"), O.orders(out)


def test_an_organophosphate_exposure_with_muscarinic_signs_is_worked_as_poisoning(
    reason: Reason,
) -> None:
    """Eddleston M, Buckley NA, Eyer P, Dawson AH. Lancet 2008;371:597: the diagnosis
    is clinical, the exposure with small pupils, sweating, salivation, bronchorrhoea
    and bradycardia: atropine and decontamination, not an epiglottitis's antibiotic and
    steroid for the drooling."""
    out = reason(
        make_case(
            "vomiting",
            age=51,
            sex="M",
            vitals=vitals(46, 102, 64, 26, 90, 36.5),
            one_liner="51M sick and sweaty after spraying pesticide",
            ed_note=(
                "Mixed and sprayed an organophosphate insecticide in his greenhouse "
                "this afternoon without gloves. Now drenched in sweat, drooling, "
                "vomiting and diarrhoea, wheezy with a rattly chest. Pupils pinpoint. "
                "Heart rate 46."
            ),
        )
    )
    assert "organophosphate" in O.working(out), O.working(out)
    assert O.medication_ordered(out, r"atropine"), O.orders(out)
    assert not O.medication_ordered(out, r"ceftriaxone|dexamethasone"), O.orders(out)


def test_a_warfarin_inr_with_confusion_after_a_fall_is_no_liver_failure(
    reason: Reason,
) -> None:
    """Lee WM et al. AASLD position paper on acute liver failure 2011; Wendon J et al.
    EASL 2017: the INR defines liver failure only without an anticoagulant; a confused
    anticoagulated patient after a head injury has a CT head, not an ammonia and a
    hepatitis screen."""
    out = reason(
        make_case(
            "confusion",
            age=81,
            sex="F",
            vitals=vitals(80, 150, 84, 16, 97, 36.8),
            one_liner="81F on warfarin, drowsy and confused for 4 days after a fall",
            ed_note=(
                "Fell in the garden a fortnight ago and struck her head, did not seek "
                "help. For four days increasingly confused, drowsy and complaining of "
                "headache, walking worse. Takes warfarin for a mechanical aortic "
                "valve. No fever, no cough, no urinary symptoms. GCS 13 (E3 V4 M6), "
                "mild left pronator drift. INR 3.6."
            ),
        )
    )
    assert O.ordered(out, r"ct head"), O.orders(out)
    assert not O.ordered(out, r"ammonia|hepatitis a, b"), O.orders(out)


def test_a_toddler_who_ate_his_mothers_iron_tablets_has_iron_poisoning(
    reason: Reason,
) -> None:
    """Manoguerra AS et al. AAPCC 2005 iron ingestion guideline: an ingestion with
    gastrointestinal toxicity is iron poisoning: serum iron at 4-6 h, an abdominal
    X-ray, no charcoal, admission."""
    out = reason(
        make_case(
            "ingestion",
            age=2,
            sex="M",
            vitals=vitals(136, 94, 58, 28, 98, 36.8),
            one_liner="2M ate mum's iron tablets, vomiting",
            ed_note=(
                "His mother's ferrous sulfate tablets, about ten missing, taken two "
                "hours ago. Weight 13 kg. Vomited three times, one loose stool, now "
                "quieter."
            ),
        )
    )
    assert "iron" in O.working(out), O.working(out)
    assert _code(out).startswith("T45.4"), _code(out)


def test_fever_neck_stiffness_and_drowsiness_are_worked_as_meningitis(
    reason: Reason,
) -> None:
    """NICE NG240 2024 (1.2-1.6) bacterial meningitis; van de Beek D et al. NEJM
    2004;351:1849: the triad of fever, neck stiffness and an altered mental state is
    suspected bacterial meningitis, treated and named as such before the LP."""
    out = reason(
        make_case(
            "fever",
            age=36,
            sex="M",
            vitals=vitals(118, 106, 64, 22, 96, 39.1),
            one_liner="36M fever and headache since yesterday, now drowsy",
            ed_note=(
                "Headache and vomiting since yesterday, light hurts his eyes. Partner "
                "says he is getting sleepier: GCS 11 (E3 V3 M5). Neck stiff. No rash, "
                "no focal signs, no injury."
            ),
        )
    )
    assert "meningitis" in O.working(out), O.working(out)
    assert O.medication_ordered(out, r"ceftriaxone"), O.orders(out)


def test_severe_pneumonia_gets_its_urinary_antigens(reason: Reason) -> None:
    """Lim WS et al. BTS 2009 CAP; NICE CG191 / NG138; Metlay JP et al. ATS/IDSA 2019:
    a pneumonia of CURB-65 3-5 has a sputum culture and pneumococcal and Legionella
    urinary antigens."""
    out = reason(
        make_case(
            "shortness of breath",
            age=74,
            sex="F",
            vitals=vitals(114, 94, 56, 31, 90, 38.8),
            one_liner="74F fever, productive cough and new confusion",
            ed_note=(
                "Three days of cough with green sputum and fevers, muddled since this "
                "morning. Coarse crackles left base. Urea 10.2 mmol/L. CXR left lower "
                "lobe consolidation."
            ),
        )
    )
    assert O.ordered(out, r"legionella"), O.orders(out)
    assert O.ordered(out, r"pneumococcal"), O.orders(out)


def test_an_acute_digoxin_ingestion_gets_fab_dosed_for_an_acute_ingestion(
    reason: Reason,
) -> None:
    """Lavonas EJ et al. AHA 2023 toxicology; Chan BS, Buckley NA. Clin Toxicol
    2014;52:824: after an acute ingestion the antibody fragments are dosed by the amount
    swallowed or the level, not as the 1-2 vials of chronic toxicity."""
    out = reason(
        make_case(
            "ingestion",
            age=4,
            sex="M",
            vitals=vitals(88, 96, 58, 24, 99, 36.7),
            one_liner="4M swallowed his grandfather's digoxin tablets",
            ed_note=(
                "Swallowed several of his grandfather's digoxin 250 microgram tablets "
                "three hours ago. Weight 17 kg. Vomiting. Potassium 6.1 mmol/L, "
                "digoxin level 7.2 ng/mL. ECG: second-degree heart block."
            ),
        )
    )
    assert O.medication_ordered(out, r"fab\W.*acute ingestion"), O.orders(out)
    assert not O.medication_ordered(out, r"chronic toxicity 1-2 vials"), O.orders(out)


def test_weeks_of_cough_and_sweats_beside_a_tb_contact_are_worked_as_tb(
    reason: Reason,
) -> None:
    """NICE NG33 2016 (1.3-1.5): a cough of weeks with night sweats or weight loss in a
    TB contact is pulmonary TB until the sputa say otherwise: a chest X-ray, airborne
    isolation, three sputum samples."""
    out = reason(
        make_case(
            "cough",
            age=39,
            sex="F",
            vitals=vitals(92, 122, 76, 18, 97, 37.8),
            one_liner="39F cough for 5 weeks, sweats at night",
            ed_note=(
                "Cough for five weeks, soaking night sweats, lost 5 kg without trying. "
                "Her husband was recently treated for pulmonary TB. Chest: a few "
                "crackles at the right apex."
            ),
        )
    )
    assert "tuberculosis" in O.working(out), O.working(out)
    assert O.ordered(out, r"chest x-ray"), O.orders(out)
    assert O.ordered(out, r"afb|mycobacter"), O.orders(out)


def test_dengue_without_warning_signs_goes_home_without_4_to_6_hourly_bloods(
    reason: Reason,
) -> None:
    """WHO 2009 / 2012 dengue: group A (no warning sign, drinking, passing urine) is
    cared for at home with a daily blood count; haematocrits every 4-6 h are group B's
    inpatient monitoring."""
    out = reason(
        make_case(
            "fever",
            age=28,
            sex="F",
            vitals=vitals(90, 116, 72, 16, 99, 38.2),
            one_liner="28F back from Vietnam 3 days ago, fever and aches",
            ed_note=(
                "Day 3 of fever with headache behind the eyes and aching joints, faint "
                "rash on the arms. Drinking plenty, passing urine, no abdominal pain, "
                "no vomiting, no bleeding. Dengue NS1 positive. Malaria film negative. "
                "Platelets 142, WBC 3.4."
            ),
        )
    )
    assert O.disposition(out).disposition != "Admit", O.disposition(out)
    assert not O.ordered(out, r"every 4-6 h"), O.orders(out)


def test_rose_spots_after_south_asia_are_worked_as_enteric_fever(
    reason: Reason,
) -> None:
    """Nabarro LE et al. BIA/UKHSA enteric fever guideline, J Infect 2022;84:469; Parry
    CM et al. NEJM 2002: a fever after travel to South Asia with rose spots or a
    relative bradycardia is enteric fever until the blood cultures say otherwise."""
    out = reason(
        make_case(
            "fever",
            age=33,
            sex="M",
            vitals=vitals(84, 118, 72, 18, 98, 39.3),
            one_liner="33M back from Karachi, a week of fever",
            ed_note=(
                "Returned from a family wedding in Karachi, Pakistan, ten days ago. "
                "Eight days of climbing fever, headache, vague abdominal pain and "
                "constipation. Relative bradycardia. Rose spots on the abdomen. "
                "Malaria films negative. WBC 3.6."
            ),
        )
    )
    assert "typhoid" in O.working(out), O.working(out)
    assert O.ordered(out, r"blood cultures"), O.orders(out)


def test_an_overdose_taken_to_kill_oneself_is_coded_as_self_harm(
    reason: Reason,
) -> None:
    """ICD-10-CM Official Guidelines FY2024 I.C.19.e.5.b: the intent the record
    states is coded: amitriptyline taken to kill oneself is T43.012A (intentional
    self-harm)."""
    out = reason(
        make_case(
            "overdose",
            age=42,
            sex="M",
            vitals=vitals(124, 96, 58, 14, 96, 36.8),
            one_liner="42M took his amitriptyline to kill himself",
            ed_note=(
                "Swallowed about forty amitriptyline 25 mg tablets two hours ago. "
                "Drowsy, GCS 12. Pupils dilated, dry skin. ECG: QRS 124 ms."
            ),
        )
    )
    assert _code(out).startswith("T43.012"), _code(out)
    assert O.medication_ordered(out, r"sodium bicarbonate"), O.orders(out)


# --- guards: pass on base and branch ------------------------------------------------


def test_guard_low_severity_pneumonia_gets_no_urinary_antigens(reason: Reason) -> None:
    """Lim WS et al. BTS 2009 CAP; NICE NG138: a CURB-65 0-1 pneumonia is treated at
    home with oral amoxicillin; its pathogen tests are not routine."""
    out = reason(
        make_case(
            "cough",
            age=29,
            sex="M",
            vitals=vitals(94, 126, 78, 18, 97, 38.1),
            one_liner="29M cough and fever for 4 days",
            ed_note=(
                "Productive cough, fevers and a right-sided ache on deep breaths. "
                "Alert. Crackles at the right base. Urea 4.0. CXR right lower lobe "
                "consolidation."
            ),
        )
    )
    assert not O.ordered(out, r"legionella"), O.orders(out)


def test_guard_acute_liver_failure_without_an_anticoagulant_keeps_its_work_up(
    reason: Reason,
) -> None:
    """Lee WM et al. AASLD 2011; Wendon J et al. EASL 2017: an INR >= 1.5 with
    encephalopathy and a liver injury, no anticoagulant, is acute liver failure: its
    cause work-up and a transplant centre."""
    out = reason(
        make_case(
            "confusion",
            age=34,
            sex="F",
            vitals=vitals(104, 112, 68, 18, 98, 37.4),
            one_liner="34F jaundiced for a week, now confused",
            ed_note=(
                "A week of yellow eyes and malaise after a flu-like illness; since "
                "this morning confused and drowsy. No known liver disease, no alcohol "
                "excess, no regular medicines. Jaundiced, asterixis. ALT 3400, "
                "bilirubin 9.8 mg/dL, INR 3.2."
            ),
        )
    )
    assert O.ordered(out, r"ammonia"), O.orders(out)


def test_guard_chronic_digoxin_toxicity_keeps_the_chronic_dose(reason: Reason) -> None:
    """Chan BS, Buckley NA. Clin Toxicol 2014;52:824; Lavonas EJ et al. AHA 2023:
    chronic toxicity on the prescribed dose gets 1-2 vials repeated as needed."""
    out = reason(
        make_case(
            "weakness",
            age=84,
            sex="F",
            vitals=vitals(38, 104, 60, 16, 96, 36.5),
            one_liner="84F on digoxin, nauseated and seeing yellow",
            ed_note=(
                "Takes digoxin 125 micrograms daily as prescribed for atrial "
                "fibrillation; a week of nausea, poor appetite and yellow-tinged "
                "vision. Creatinine up from 90 to 210 umol/L. Potassium 5.6 mmol/L. "
                "Digoxin level 3.8 ng/mL. ECG: slow AF at 38."
            ),
        )
    )
    assert O.medication_ordered(out, r"chronic toxicity 1-2 vials"), O.orders(out)


def test_guard_a_well_traveller_with_a_cold_gets_no_malaria_work_up(
    reason: Reason,
) -> None:
    """Lalloo DG et al. UK malaria 2016 (a film for fever in a traveller); NICE NG84: a
    returned traveller who has never had a fever and has a cold needs no film, no bloods
    and no antibiotic."""
    out = reason(
        make_case(
            "sore throat",
            age=35,
            sex="F",
            vitals=vitals(80, 118, 74, 14, 99, 36.8),
            one_liner="35F back from Uganda 3 weeks ago, runny nose and sore throat",
            ed_note=(
                "Took malaria prophylaxis throughout. Two days of sneezing, blocked "
                "nose and a scratchy throat. No fever at any time, no sweats. Eating "
                "and drinking. Throat mildly red. Chest clear."
            ),
        )
    )
    assert not O.ordered(out, r"malaria|blood culture"), O.orders(out)
    assert not O.medications(out) or not O.medication_ordered(
        out, r"amoxicillin|penicillin|ceftriaxone"
    ), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)

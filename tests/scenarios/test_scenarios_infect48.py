"""infect48 (session 48): infection, sepsis, fever and toxicology.

Written from guidelines, not from shared data: an afebrile older adult at NICE NG51
high risk is treated as sepsis (NICE NG51 2016/2024; Evans L et al. SSC 2021); a body
packer is imaged, irrigated and admitted (Traub SJ et al. NEJM 2003;349:2519); untreated
HIV with hypoxia and interstitial shadowing is Pneumocystis pneumonia (BHIVA 2011; NIH
OI 2023); toxic shock after nasal packing is toxic shock, not anaphylaxis (CDC/CSTE
2011; Stevens DL et al. IDSA 2014); an infected dog bite gets amoxicillin-clavulanate
(IDSA 2014; NICE NG184 2020); a dental abscess with a swollen jaw gets an antibiotic
(SDCEP 2016; NICE CKS 2023); a paracetamol concentration above the line at 6 h gets
acetylcysteine now (Chiew AL et al. MJA 2020); an adder bite with local swelling is
local
envenoming, observed on a ward (Warrell DA. BMJ 2005; WHO 2016); a hot knee in
rheumatoid
arthritis on methotrexate is septic arthritis (Mathews CJ et al. Lancet 2010).
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _code(out: object) -> str:
    final = getattr(out, "final", None)
    return getattr(final, "icd10", None) or ""


# --- targets: each fails on the session's base (bb189f0d) -------------------------


def test_an_afebrile_older_woman_at_ng51_high_risk_gets_cultures_and_antibiotics(
    reason: Reason,
) -> None:
    """NICE NG51 (2016, updated 2024) 1.1: older people with sepsis may have no fever
    and present with new confusion; NEWS2 >= 7 with a high-risk criterion (new altered
    mentation, mottled skin) is treated within the hour: blood cultures, lactate and a
    broad-spectrum antibiotic (Evans L et al. SSC 2021). It was delirium with
    neither."""
    out = reason(
        make_case(
            "altered mental status",
            age=89,
            sex="F",
            vitals=vitals(112, 94, 52, 26, 93, 36.3),
            one_liner="89F nursing home resident, drowsy and muddled today",
            ed_note=(
                "Staff say she is much more confused than usual and has stopped eating "
                "and drinking. No temperature. Skin mottled over both knees. No fall, "
                "no new medicines. Takes amlodipine."
            ),
        )
    )
    assert O.ordered(out, r"blood cultures?"), O.orders(out)
    assert O.medication_ordered(out, r"antibiotic"), O.orders(out)
    assert "sepsis" in O.working(out), O.working(out)


def test_a_body_packer_is_imaged_irrigated_and_admitted(reason: Reason) -> None:
    """Traub SJ, Hoffman RS, Nelson LS. N Engl J Med 2003;349:2519: a body packer is
    admitted under monitoring with the packets counted by CT and passed by whole bowel
    irrigation, never retrieved endoscopically; a rupture can kill. It went home as
    abdominal pain."""
    out = reason(
        make_case(
            "abdominal pain",
            age=31,
            sex="F",
            vitals=vitals(92, 128, 80, 16, 99, 36.8),
            one_liner="31F brought from the airport by customs officers",
            ed_note=(
                "Admits to being a body packer: swallowed about 50 packets of heroin "
                "before a flight. Mild cramps. Alert, pupils normal, breathing "
                "normally."
            ),
        )
    )
    assert O.ordered(out, r"\bCT\b"), O.orders(out)
    assert O.ordered(out, r"whole bowel irrigation"), O.orders(out)
    assert O.dispo(out) != "Discharge", O.dispo(out)


def test_untreated_hiv_with_hypoxia_and_interstitial_shadowing_is_pneumocystis(
    reason: Reason,
) -> None:
    """Miller RF et al. BHIVA OI guidelines 2011 section 6; NIH/CDC/IDSA OI guidelines
    2023: a subacute dry cough and breathlessness with hypoxia and bilateral
    interstitial
    shadowing in HIV off treatment is Pneumocystis pneumonia: high-dose co-trimoxazole
    and
    a steroid for hypoxaemia. It was sepsis with an interstitial lung disease clinic."""
    out = reason(
        make_case(
            "shortness of breath",
            age=44,
            sex="F",
            vitals=vitals(108, 118, 70, 28, 88, 37.9),
            one_liner="44F a month of dry cough and worsening breathlessness",
            ed_note=(
                "Known HIV, not taking antiretrovirals, CD4 not known. A month "
                "of dry cough and breathlessness, now breathless talking. Chest x-ray: "
                "bilateral perihilar interstitial shadowing."
            ),
        )
    )
    assert O.medication_ordered(out, r"co-trimoxazole"), O.orders(out)
    assert not O.ordered(out, r"interstitial lung disease clinic"), O.orders(out)


def test_toxic_shock_after_nasal_packing_is_no_anaphylaxis(reason: Reason) -> None:
    """CDC/CSTE 2011; Lappin E, Ferguson AJ. Lancet Infect Dis 2009;9:281: fever, a
    diffuse sunburn-like rash and hypotension with nasal packing in place is toxic
    shock:
    remove the packing, clindamycin with broad cover, fluids. It was worked as sepsis
    with intramuscular adrenaline and antihistamines."""
    out = reason(
        make_case(
            "fever",
            age=34,
            sex="M",
            vitals=vitals(132, 80, 42, 24, 96, 39.8),
            one_liner="34M fever and collapse two days after nose surgery",
            ed_note=(
                "Rhinoplasty two days ago, nasal packs still in place. Vomiting and "
                "profuse diarrhoea since last night, a diffuse sunburn-like red rash "
                "on "
                "the trunk and limbs, light-headed on standing."
            ),
        )
    )
    assert "toxic shock" in O.working(out), O.working(out)
    assert O.medication_ordered(out, r"clindamycin"), O.orders(out)
    assert not O.medication_ordered(out, r"epinephrine 0\.5 mg IM"), O.orders(out)


def test_an_infected_dog_bite_gets_amoxicillin_clavulanate(reason: Reason) -> None:
    """Stevens DL et al. IDSA SSTI 2014 (animal bites); NICE NG184 2020: an infected dog
    bite is Pasteurella, streptococci, staphylococci and anaerobes: amoxicillin-
    clavulanate, not cephalexin."""
    out = reason(
        make_case(
            "cellulitis",
            age=52,
            sex="F",
            vitals=vitals(86, 134, 80, 16, 98, 37.1),
            one_liner="52F red swollen forearm",
            ed_note=(
                "Bitten on the forearm by her neighbour's dog two days ago. Now "
                "spreading "
                "redness and swelling around the puncture wounds. Tetanus up to date."
            ),
        )
    )
    assert O.medication_ordered(out, r"amoxicillin-clavulanate|co-amoxiclav"), O.orders(
        out
    )
    assert not O.medication_ordered(out, r"cephalexin"), O.orders(out)


def test_a_dental_abscess_with_a_swollen_jaw_gets_an_antibiotic(
    reason: Reason,
) -> None:
    """SDCEP Drug Prescribing for Dentistry 2016; NICE CKS dental abscess 2023: a facial
    swelling is a spreading infection, treated with an antibiotic beside drainage. It
    got
    analgesia alone."""
    out = reason(
        make_case(
            "toothache",
            age=41,
            sex="F",
            vitals=vitals(90, 126, 78, 16, 99, 37.6),
            one_liner="41F four days of toothache",
            ed_note=(
                "Throbbing upper right molar for four days; since yesterday her right "
                "cheek is swollen. Opens her mouth normally, swallowing fine."
            ),
        )
    )
    assert O.medication_ordered(out, r"amoxicillin|penicillin"), O.orders(out)


def test_a_paracetamol_concentration_at_six_hours_post_ingestion_above_the_line(
    reason: Reason,
) -> None:
    """Chiew AL et al. Med J Aust 2020; MHRA 2012: a concentration on or above the
    treatment line 4-24 h after one ingestion gets IV acetylcysteine at once (the 100
    line is ~70 mg/L at 6 h). "Concentration at 6 hours post-ingestion" was unread."""
    out = reason(
        make_case(
            "overdose",
            age=27,
            sex="M",
            vitals=vitals(88, 120, 74, 16, 99, 36.7),
            one_liner="27M swallowed paracetamol tablets this morning",
            ed_note=(
                "Took 28 paracetamol 500 mg tablets together at 06:00. Weight 72 kg. "
                "Paracetamol concentration at 6 hours post-ingestion 118 mg/L. ALT 25."
            ),
        )
    )
    assert O.medication_ordered(out, r"acetylcysteine IV now"), O.orders(out)


def test_an_adder_bite_with_a_swollen_hand_is_local_envenoming_on_a_ward(
    reason: Reason,
) -> None:
    """Warrell DA. BMJ 2005;331:1244; WHO snakebite guidelines 2016 5.1: the bitten part
    swollen is local envenoming (ICD-10-CM T63.0-), observed 24 h with repeat bloods;
    antivenom and intensive care for systemic or spreading envenoming. The final
    abstained."""
    out = reason(
        make_case(
            "snake bite",
            age=58,
            sex="F",
            vitals=vitals(84, 132, 80, 16, 98, 36.7),
            one_liner="58F bitten by an adder while gardening",
            ed_note=(
                "Bitten on the left hand by an adder 90 minutes ago. Hand swollen to "
                "the "
                "wrist around the bite. No vomiting, no dizziness, feels well."
            ),
        )
    )
    assert _code(out).startswith("T63.0"), _code(out)
    assert O.disposition(out).admit_level != "icu", O.disposition(out)
    assert not O.medication_ordered(out, r"antibiotic"), O.orders(out)


def test_a_hot_knee_on_methotrexate_for_rheumatoid_arthritis_is_septic_arthritis(
    reason: Reason,
) -> None:
    """Mathews CJ et al. Lancet 2010;375:846; Margaretten ME et al. JAMA
    2007;297:1478: a
    hot swollen knee with fever in rheumatoid arthritis on methotrexate is septic until
    the aspirate says otherwise, and the final names it (M00.9). The known rheumatoid
    arthritis and its methotrexate were read as findings outside the knowledge base and
    the final abstained."""
    out = reason(
        make_case(
            "knee pain",
            age=66,
            sex="M",
            vitals=vitals(104, 136, 80, 18, 97, 38.3),
            one_liner="66M a hot, swollen, painful knee for two days",
            ed_note=(
                "Left knee hot, swollen and too painful to bend or weight-bear since "
                "yesterday, fever 38.3. No injury. Takes methotrexate for rheumatoid "
                "arthritis."
            ),
        )
    )
    assert _code(out).startswith("M00"), _code(out)
    assert O.ordered(out, r"arthrocentesis|aspirat"), O.orders(out)


def test_a_cold_drowsy_man_breathing_normally_gets_rewarming_before_naloxone(
    reason: Reason,
) -> None:
    """Dow J et al. WMS 2019 hypothermia; Lott C et al. ERC 2021: a moderately
    hypothermic,
    drowsy man breathing 12/min with normal pupils is rewarmed and checked (core
    temperature, ECG, glucose) now; naloxone waits for depressed breathing (Boyer EW.
    NEJM 2012) and is listed after what is done now. It was listed first."""
    out = reason(
        make_case(
            "hypothermia",
            age=71,
            sex="M",
            vitals=vitals(52, 102, 58, 12, 95, 31.9),
            one_liner="71M found cold and drowsy at home this morning",
            ed_note=(
                "Found by his daughter in a cold flat, last seen yesterday. Drowsy, "
                "mumbling, GCS 12. Pupils 4 mm and reactive. Breathing regularly. "
                "Capillary glucose 6.1. No drugs in the flat."
            ),
        )
    )
    nal = O.first_index(out, r"naloxone")
    warm = O.first_index(out, r"rewarming")
    assert warm is not None, O.orders(out)
    assert nal is None or nal > warm, O.orders(out)


def test_a_reversal_held_for_the_ct_is_no_infusion_need_yet(reason: Reason) -> None:
    """NICE NG232 2023; Frontera JA et al. Neurocrit Care 2016: reversal follows a CT
    that shows a bleed; until then the plan holds no infusion, so the disposition does
    not give "needs an IV infusion" as its reason (the leftover of infect47)."""
    out = reason(
        make_case(
            "confusion",
            age=84,
            sex="F",
            vitals=vitals(76, 150, 82, 16, 97, 36.6),
            one_liner="84F on warfarin, three weeks of headache and increasing muddle",
            ed_note=(
                "Tripped and hit her head three weeks ago. Since then headaches and "
                "more muddled, today drowsy but rousable, GCS 14. On warfarin for "
                "atrial fibrillation, INR 2.9. No focal weakness. No fever."
            ),
        )
    )
    assert "needs an IV infusion" not in O.disposition(out).rationale, O.disposition(
        out
    ).rationale


# --- guards: pass on both -------------------------------------------------------


def test_guard_an_older_man_with_melaena_and_confusion_gets_no_sepsis_antibiotic(
    reason: Reason,
) -> None:
    """NICE CG141 2012; ATLS 10th ed.: confusion and hypotension with melaena are a
    haemorrhage's until shown otherwise, not sepsis (the NG51 criterion's non-infective
    causes)."""
    out = reason(
        make_case(
            "weakness",
            age=83,
            sex="M",
            vitals=vitals(118, 86, 50, 24, 95, 36.4),
            one_liner="83M black stools and confusion",
            ed_note=(
                "Two days of black tarry stools, today confused and pale, mottled "
                "skin. "
                "On aspirin and ibuprofen for arthritis."
            ),
        )
    )
    assert not O.medication_ordered(out, r"broad-spectrum IV antibiotics"), O.orders(
        out
    )


def test_guard_an_adder_bite_with_vomiting_and_hypotension_gets_antivenom(
    reason: Reason,
) -> None:
    """Warrell DA. BMJ 2005;331:1244: systemic envenoming (vomiting, hypotension) after
    an adder bite is treated with antivenom in a monitored bed."""
    out = reason(
        make_case(
            "snake bite",
            age=36,
            sex="M",
            vitals=vitals(118, 82, 48, 20, 97, 36.8),
            one_liner="36M bitten by an adder, now vomiting and faint",
            ed_note=(
                "Adder bite to the ankle an hour ago. Vomiting repeatedly, abdominal "
                "cramps, faint. Foot swollen."
            ),
        )
    )
    assert O.medication_ordered(out, r"antivenom"), O.orders(out)
    assert O.disposition(out).admit_level == "icu", O.disposition(out)


def test_guard_a_cellulitis_without_a_bite_keeps_cephalexin(reason: Reason) -> None:
    """Stevens DL et al. IDSA SSTI 2014: a mild non-purulent cellulitis without systemic
    signs is treated with an oral beta-lactam."""
    out = reason(
        make_case(
            "cellulitis",
            age=47,
            sex="M",
            vitals=vitals(78, 128, 78, 14, 99, 36.9),
            one_liner="47M red warm patch on the shin",
            ed_note="Three days of a spreading red, warm, tender patch on the left "
            "shin. No wound, no bite. Well otherwise.",
        )
    )
    assert O.medication_ordered(out, r"cephalexin"), O.orders(out)
    assert not O.medication_ordered(out, r"amoxicillin-clavulanate"), O.orders(out)


def test_guard_a_paracetamol_concentration_below_the_line_gets_no_acetylcysteine_now(
    reason: Reason,
) -> None:
    """Chiew AL et al. MJA 2020: below the line after a single timed ingestion, no
    acetylcysteine."""
    out = reason(
        make_case(
            "overdose",
            age=23,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99, 36.6),
            one_liner="23F took paracetamol after an argument",
            ed_note=(
                "Took 10 paracetamol 500 mg tablets together at 08:00. Weight 65 kg. "
                "Paracetamol concentration at 4 hours post-ingestion 40 mg/L. ALT 15."
            ),
        )
    )
    assert not O.medication_ordered(out, r"acetylcysteine IV now"), O.orders(out)

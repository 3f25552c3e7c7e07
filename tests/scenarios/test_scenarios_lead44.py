"""lead44 (session 44): a complaint named by a finding, red skin all over, hives with
normal breathing, a gum abscess.

Written from the sources named in each docstring, never from rows of the shared data:
- Tunkel DE et al. AAO-HNS clinical practice guideline: nosebleed (epistaxis).
  Otolaryngol Head Neck Surg 2020;162:S1; CEDIS v2 presenting complaint list;
- Rothe MJ, Bernstein ML, Grant-Kels JM. Life-threatening erythroderma. Clin Dermatol
  2005;23:206;
- Cardona V et al. World Allergy Organization anaphylaxis guidance 2020; ESI v4
  handbook ch.5 (resources);
- Lockhart PB et al. ADA guideline on antibiotics for dental pain and swelling. J Am
  Dent Assoc 2019;150:906; Stevens DL et al. IDSA SSTI 2014;
- Sampson HA et al. NIAID/FAAN anaphylaxis criteria. J Allergy Clin Immunol
  2006;117:391; Muraro A et al. EAACI anaphylaxis guideline 2021;
- Neunert C et al. ASH 2019 immune thrombocytopenia. Blood Adv 2019;3:3829; Provan D
  et al. Blood Adv 2019;3:3780; NICE NG240 2024;
- Carson JL et al. AABB red cell transfusion 2023. JAMA 2023;330:1892;
- Golden DBK et al. stinging insect hypersensitivity practice parameter 2016;
- ENT UK / Sanyaolu LN et al. Emerg Med J 2014;31:1008 (septal haematoma).

Each target scenario failed on main a8e3a463 before its fix; each guard passes on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_REVERSAL = ("andexanet", "prothrombin complex", r"\bpcc\b", "idarucizumab")


def _esi(out: ReasoningOutput) -> int:
    esi = out.final.esi
    assert esi is not None
    return esi


def test_a_nosebleed_under_a_bare_bleeding_complaint_is_worked_as_epistaxis(
    reason: Reason,
) -> None:
    """AAO-HNS 2020: an anterior nosebleed in an anticoagulated patient, controlled by
    pressure, gets nasal compression with a topical vasoconstrictor and packing or
    cautery if it recurs; the anticoagulant is not reversed for a controlled minor
    bleed. The triage box "BLEEDING" names no complaint, but the note's nosebleed does
    (CEDIS v2: the presenting complaint is the main symptom as documented), so the
    case is inside the knowledge base, not out of scope."""
    out = reason(
        make_case(
            "BLEEDING",
            age=58,
            sex="M",
            vitals=vitals(88, 128, 78, 16, 98),
            one_liner="58M on apixaban with a nosebleed for 20 min",
            ed_note="On apixaban for AF. Anterior nosebleed from the left nostril for "
            "20 minutes, controlled with pressure on arrival. Hb 14.1.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert "out_of_scope" not in out.final.summary.flags
    assert O.proposes(out, "epistaxis")
    assert O.ordered(out, "nasal compression", "packing", "cautery"), names
    assert not O.medication_ordered(out, *_REVERSAL), names


def test_an_unknown_complaint_naming_nothing_still_abstains(reason: Reason) -> None:
    """Guard. A triage box and note that name no complaint and no finding the knowledge
    base holds stay out of scope: the trace says so and proposes nothing (the issue's
    honest abstention)."""
    out = reason(
        make_case(
            "PAPERWORK",
            age=40,
            sex="F",
            vitals=vitals(76, 120, 76, 14, 99),
            one_liner="40F needs a form signed for work",
        )
    )
    assert not O.orders(out) or "out_of_scope" in out.final.summary.flags


def test_red_scaling_skin_over_almost_the_whole_body_is_erythroderma_admitted(
    reason: Reason,
) -> None:
    """Rothe 2005: erythema and scaling of nearly the whole skin is erythroderma
    (exfoliative dermatitis), an emergency of heat, fluid and protein loss: admission
    with temperature and fluid balance, emollients and dermatology the same day; it is
    no urticaria sent home with an antihistamine."""
    out = reason(
        make_case(
            "RASH",
            age=70,
            sex="M",
            vitals=vitals(108, 118, 70, 20, 96, 38.0),
            one_liner="70M red scaling skin over 90% of body",
            ed_note="Red, scaling skin covering almost the whole body for 5 days, "
            "shivering, ankle swelling. Psoriasis history.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert out.final.icd10 == "L26", out.final.icd10
    assert O.disposition(out).disposition.startswith("Admit")
    assert O.ordered(out, "dermatology"), names


def test_hives_with_breathing_stated_fine_are_no_anaphylaxis_at_triage(
    reason: Reason,
) -> None:
    """WAO 2020: anaphylaxis is skin signs with a second organ system (respiratory
    compromise, hypotension, persistent GI symptoms). Hives after a shampoo with
    "breathing fine" and no swelling is acute urticaria: an oral antihistamine and
    home, at ESI 4-5 (ESI v4 ch.5: no resources), not a resuscitation-room ESI 2."""
    out = reason(
        make_case(
            "RASH",
            age=29,
            sex="M",
            vitals=vitals(78, 122, 76, 14, 99),
            one_liner="29M itchy hives for 2 h after a new shampoo, no swelling, "
            "breathing fine",
        )
    )
    assert _esi(out) >= 4
    assert not O.medication_ordered(out, "epinephrine", "adrenaline")


def test_hives_with_wheeze_after_peanuts_are_still_anaphylaxis(reason: Reason) -> None:
    """Guard. WAO 2020: hives with wheeze after a food allergen is anaphylaxis: IM
    adrenaline now, ESI 1-2."""
    out = reason(
        make_case(
            "RASH",
            age=24,
            sex="F",
            vitals=vitals(112, 104, 64, 24, 94),
            one_liner="24F hives and wheezing 15 min after eating peanuts",
        )
    )
    assert _esi(out) <= 2
    assert O.medication_ordered(out, "epinephrine", "adrenaline")


def test_a_fluctuant_gum_swelling_is_a_dental_abscess_not_a_skin_abscess(
    reason: Reason,
) -> None:
    """ADA 2019 (Lockhart): a localised dental abscess is drained by a dentist; an
    antibiotic, if any, is amoxicillin or penicillin V for spreading infection. It is
    no skin abscess treated with TMP-SMX, an MRSA drug that misses the oral anaerobes
    (IDSA 2014's drug for a purulent skin infection)."""
    out = reason(
        make_case(
            "DENTAL PAIN",
            age=28,
            sex="F",
            vitals=vitals(80, 118, 74, 14, 99, 37.1),
            one_liner="28F toothache 3 days, small gum swelling, afebrile",
            ed_note="Pain in lower left molar for 3 days. Small fluctuant gum swelling "
            "next to the tooth. No facial swelling, swallows normally, afebrile.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert not O.medication_ordered(out, "tmp-smx", "trimethoprim", "bactrim"), names
    assert O.ordered(out, "dental"), names


def test_a_fluctuant_thigh_abscess_is_still_incised(reason: Reason) -> None:
    """Guard. IDSA SSTI 2014: a fluctuant skin abscess is incised and drained."""
    out = reason(
        make_case(
            "ABSCESS",
            age=33,
            sex="M",
            vitals=vitals(84, 126, 78, 14, 99, 37.2),
            one_liner="33M painful fluctuant lump on the thigh for 4 days",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "incision and drainage"), names


def test_hives_and_repeated_vomiting_after_peanuts_in_a_child_get_adrenaline(
    reason: Reason,
) -> None:
    """NIAID/FAAN criterion 2 (Sampson 2006): after a likely allergen, two of skin,
    respiratory, blood pressure and persistent gastrointestinal symptoms is
    anaphylaxis. Widespread hives with vomiting twice and cramps after peanuts in a
    peanut-allergic child is anaphylaxis: IM adrenaline now (EAACI 2021), not an oral
    antihistamine alone."""
    out = reason(
        make_case(
            "ALLERGIC REACTION",
            age=8,
            sex="M",
            vitals=vitals(118, 100, 62, 22, 98),
            one_liner="8-year-old ate a peanut cookie 20 min ago, hives and vomited "
            "twice",
            ed_note="Ate a cookie with peanuts 20 minutes ago. Widespread hives, "
            "vomited twice, abdominal cramps. No wheeze, no lip swelling. Known "
            "peanut allergy.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "epinephrine", "adrenaline"), names


def test_isolated_severe_thrombocytopenia_with_wet_purpura_gets_steroid_and_ivig(
    reason: Reason,
) -> None:
    """ASH 2019 / Provan 2019: a well adult with a platelet count of 4, petechiae and
    gum bleeding, a normal haemoglobin and white count and a film without fragments
    has immune thrombocytopenia: a corticosteroid, IVIG for the mucosal bleeding,
    haematology, no platelet transfusion unless bleeding is life-threatening. A
    purpuric rash in a well afebrile patient is no meningococcal septicaemia, so NICE
    NG240's rule against corticosteroids does not apply."""
    out = reason(
        make_case(
            "BRUISING",
            age=35,
            sex="F",
            vitals=vitals(80, 118, 72, 14, 99),
            one_liner="35F widespread bruises and petechiae, gum bleeding, platelets 4",
            ed_note="Bruises on legs and arms for 3 days, petechiae, bleeding gums. "
            "Platelets 4 x10^9/L, Hb 128, WBC normal, film: no fragments. Well "
            "otherwise, no headache.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert out.final.icd10 == "D69.3", out.final.icd10
    assert O.medication_ordered(out, "dexamethasone", "prednisolone"), names
    assert O.medication_ordered(out, "ivig"), names


def test_a_purpuric_rash_with_fever_still_gets_no_steroid(reason: Reason) -> None:
    """Guard. NICE NG240 2024: a febrile child with a non-blanching rash is
    meningococcal septicaemia until shown otherwise: IV ceftriaxone, no
    corticosteroid except for shock refractory to inotropes."""
    out = reason(
        make_case(
            "FEVER",
            age=4,
            sex="F",
            vitals=vitals(160, 80, 40, 34, 95, 39.4),
            one_liner="4-year-old with fever and a spreading non-blanching purpuric "
            "rash",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "ceftriaxone", "cefotaxime"), names
    assert not O.medication_ordered(out, "dexamethasone", "corticosteroid"), names


def test_breathlessness_with_a_haemoglobin_of_62_is_worked_as_anaemia(
    reason: Reason,
) -> None:
    """AABB 2023 (Carson): red cells at a haemoglobin below 7 g/dL or with symptoms.
    Three weeks of exertional breathlessness with Hb 62 g/L is symptomatic anaemia:
    group and screen and a transfusion, not a heart-failure work-up alone."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=70,
            sex="M",
            vitals=vitals(98, 128, 70, 20, 96),
            one_liner="70M breathless on exertion for 3 weeks, Hb 62",
            ed_note="Breathless walking upstairs for 3 weeks, tired. Hb 62 g/L, MCV "
            "68. No melaena, no haematemesis. Known heart failure.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "transfus"), names
    assert O.ordered(out, "group and screen", "crossmatch"), names


def test_a_bee_sting_with_only_local_swelling_is_treated_and_sent_home(
    reason: Reason,
) -> None:
    """Golden 2016: swelling and redness at the sting site without a systemic feature
    is a local reaction: a cold compress and an oral antihistamine, then home; no
    adrenaline and no observation bed."""
    out = reason(
        make_case(
            "BEE STING",
            age=45,
            sex="M",
            vitals=vitals(78, 130, 80, 14, 99),
            one_liner="45M stung on the forearm, local swelling 5 cm, no other "
            "symptoms",
            ed_note="Bee sting on the right forearm 1 hour ago. Local redness and "
            "swelling 5 cm. No hives elsewhere, no wheeze, no dizziness, no throat "
            "symptoms.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.medication_ordered(out, "antihistamine"), names
    assert not O.medication_ordered(out, "epinephrine", "adrenaline"), names
    assert O.disposition(out).disposition == "Discharge"


def test_boggy_swellings_of_the_septum_after_a_punch_are_drained_the_same_day(
    reason: Reason,
) -> None:
    """ENT UK; Sanyaolu 2014: a boggy swelling of the nasal septum after nasal trauma
    is a septal haematoma, drained by ENT the same day (else septal necrosis and a
    saddle nose)."""
    out = reason(
        make_case(
            "NASAL INJURY",
            age=19,
            sex="M",
            vitals=vitals(84, 124, 76, 14, 99),
            one_liner="19M punched on the nose 6 h ago, can't breathe through it",
            ed_note="Punched on the nose 6 hours ago. Nose swollen, deviated. "
            "Bilateral boggy purple swellings of the septum on inspection. No "
            "epistaxis now.",
        )
    )
    names = [o.name for o in O.orders(out)]
    assert O.ordered(out, "drainage of the septal"), names

"""lead47 (session 47): decompression illness after a dive, erythroderma told by its
extent and not aspirated as a joint, systemic adder envenoming treated, acute heavy
uterine bleeding with anaemia given something to stop it, MSCC weakness in MRC
grades, altitude illness, a new inflammatory arthritis referred.

Written from the sources named in each docstring, never from rows of the shared data:
- Vann RD, Butler FK, Mitchell SJ, Moon RE. Decompression illness. Lancet
  2011;377:153; Mitchell SJ et al. Pre-hospital management of decompression illness.
  Diving Hyperb Med 2018;48:45;
- Rothe MJ, Bernstein ML, Grant-Kels JM. Life-threatening erythroderma. Clin Dermatol
  2005;23:206; Coakley G et al. BSR/BOA hot swollen joint in adults. Rheumatology
  2006;45:1039;
- Warrell DA. Treatment of bites by adders and exotic venomous snakes. BMJ
  2005;331:1244; WHO Guidelines for the management of snakebites, 2nd ed. 2016;
- ACOG Committee Opinion 557 (2013) Management of acute abnormal uterine bleeding in
  nonpregnant reproductive-aged women; Munro MG et al. FIGO 2018; NICE NG88;
- NICE NG234 Spinal metastases and metastatic spinal cord compression (2023) 1.3-1.4;
- Luks AM et al. WMS acute altitude illness 2019 update. Wilderness Environ Med
  2019;30:S3; Roach RC et al. Lake Louise AMS score 2018;
- NICE NG100 Rheumatoid arthritis in adults (2018, updated 2020) 1.1.1-1.2.

Each target scenario failed on main d9f1f9da before its fix; each guard passes on both.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def _hyperbaric(out: object) -> bool:
    return O.ordered(out, "hyperbaric", "recompression")  # type: ignore[arg-type]


def test_spinal_decompression_sickness_gets_oxygen_and_recompression(
    reason: Reason,
) -> None:
    """Vann 2011: leg weakness, tingling and bladder trouble within hours of a dive is
    spinal decompression sickness; 100 % oxygen whatever the saturation and
    recompression without delay (Mitchell 2018). Scuba diving is no neck mechanism:
    no spinal-injury collar."""
    out = reason(
        make_case(
            "SHORTNESS OF BREATH",
            age=46,
            sex="M",
            vitals=vitals(108, 136, 84, 22, 95),
            one_liner="46M scuba diving 2 hours ago, tingling and weak legs",
            ed_note="Dived to 30 m this morning with a rapid ascent. Now pain in both "
            "shoulders, tingling and weakness in both legs, difficulty passing urine. "
            "Alert. Chest clear.",
        )
    )
    assert out.final.icd10 == "T70.3XXA", out.final.diagnosis_name
    assert _hyperbaric(out), [o.name for o in O.orders(out)]
    assert O.ordered(out, "100 % oxygen")
    assert not O.ordered(out, "collar", "spinal motion restriction")


def test_diving_into_a_shallow_pool_keeps_the_cord_precautions(reason: Reason) -> None:
    """Guard. ATLS 10th ed. ch. 7; NICE NG41: a dive into shallow water with tingling
    in both arms is a cervical cord injury until imaged; no recompression."""
    out = reason(
        make_case(
            "NECK INJURY",
            age=19,
            sex="M",
            vitals=vitals(88, 124, 76, 16, 98),
            one_liner="19M dived into the shallow end of a pool, hit his head",
            ed_note="Diving into the shallow end of a pool, struck his head on the "
            "bottom. Neck pain and tingling in both arms since. GCS 15.",
        )
    )
    assert O.ordered(out, "spinal motion restriction", "collar", "mri")
    assert not _hyperbaric(out)


def test_erythroderma_told_by_its_extent_is_not_a_septic_joint(reason: Reason) -> None:
    """Rothe 2005: redness of 90 % or more of the skin is erythroderma, admitted for
    thermoregulation, fluid balance and a dermatologist. Both ankles swollen with it is
    oedema, not a hot joint to aspirate (BSR/BOA 2006 is a hot swollen joint)."""
    out = reason(
        make_case(
            "RASH",
            age=75,
            sex="M",
            vitals=vitals(108, 118, 70, 20, 96, 38.0),
            one_liner="75M red scaly skin spreading over a week, shivering",
            ed_note="Known psoriasis. Over one week the redness spread to cover "
            "more than 90 % of the skin with scaling. Shivering, feels cold, ankles "
            "swollen.",
        )
    )
    assert out.final.icd10 == "L26", out.final.diagnosis_name
    assert O.ordered(out, "dermatology")
    assert not O.ordered(out, "arthrocentesis", "joint aspiration")


def test_a_febrile_hot_swollen_knee_is_still_aspirated(reason: Reason) -> None:
    """Guard. BSR/BOA 2006: fever with a hot swollen joint is septic arthritis until
    aspirated."""
    out = reason(
        make_case(
            "KNEE PAIN",
            age=68,
            sex="F",
            vitals=vitals(104, 128, 76, 18, 97, 38.6),
            one_liner="68F hot swollen right knee for 2 days, fever",
            ed_note="Two days of a hot, red, swollen right knee, cannot bear weight. "
            "Temperature 38.6. No injury.",
        )
    )
    assert O.ordered(out, "aspirat", "arthrocentesis")


def test_systemic_adder_envenoming_gets_antivenom(reason: Reason) -> None:
    """Warrell 2005; WHO 2016: a viper bite with vomiting (systemic envenoming) and
    swelling spreading up the limb is envenomation: antivenom now (ViperaTAb for the
    European adder), bloods, admission."""
    out = reason(
        make_case(
            "SNAKE BITE",
            age=38,
            sex="M",
            vitals=vitals(112, 98, 60, 18, 98),
            one_liner="38M bitten on the ankle by an adder while walking, leg swelling",
            ed_note="Bitten by an adder on the left ankle 2 hours ago. Swelling now to "
            "the knee, vomited twice, abdominal pain. Bruising at the bite.",
        )
    )
    assert out.final.icd10.startswith("T63.0"), out.final.diagnosis_name
    assert O.medication_ordered(out, "antivenom")
    assert out.final.disposition is not None
    assert out.final.disposition.startswith("Admit")


def test_a_dry_snake_bite_is_observed_without_antivenom(reason: Reason) -> None:
    """Guard. Lavonas 2011; WHO 2016: a bite without swelling, bleeding or systemic
    signs is observed with repeat bloods, no antivenom."""
    out = reason(
        make_case(
            "SNAKE BITE",
            age=30,
            sex="F",
            vitals=vitals(84, 124, 78, 14, 99),
            one_liner="30F possible snake bite on the foot an hour ago",
            ed_note="Felt a sharp prick on the foot in long grass, saw a snake. Two "
            "puncture marks, no swelling, no bruising, no vomiting. Feels well.",
        )
    )
    assert not O.medication_ordered(out, "antivenom")


def test_acute_heavy_uterine_bleeding_with_anaemia_is_treated(reason: Reason) -> None:
    """ACOG CO 557: acute heavy uterine bleeding with pregnancy excluded and a
    symptomatic anaemia is treated medically (tranexamic acid or hormonal therapy),
    transfused by its haemoglobin and symptoms, and seen by a gynaecologist."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=44,
            sex="F",
            vitals=vitals(112, 104, 64, 18, 99),
            one_liner="44F very heavy periods for 10 days, dizzy on standing",
            ed_note="Heavy menstrual bleeding for 10 days with clots and flooding. "
            "Dizzy on standing. Pale. Urine hCG negative. Hb 72 g/L. Known fibroids.",
        )
    )
    assert O.medication_ordered(out, "tranexamic")
    assert O.ordered(out, "gynaecology", "gynecology")


def test_bleeding_in_early_pregnancy_is_not_treated_as_aub(reason: Reason) -> None:
    """Guard. NICE NG126: bleeding with a positive pregnancy test is an early
    pregnancy problem (ectopic until an intrauterine pregnancy is seen), not AUB: no
    tranexamic acid for a possible miscarriage or ectopic."""
    out = reason(
        make_case(
            "VAGINAL BLEEDING",
            age=29,
            sex="F",
            vitals=vitals(92, 118, 74, 16, 99),
            one_liner="29F 7 weeks since her last period, bleeding since this morning",
            ed_note="Last period 7 weeks ago. Light bleeding since this morning, mild "
            "cramps. Urine hCG positive.",
        )
    )
    assert not O.medication_ordered(out, "tranexamic")
    assert not out.final.icd10.startswith("N93")


def test_mscc_with_mrc_graded_leg_weakness_gets_dexamethasone(reason: Reason) -> None:
    """NICE NG234 1.4: a cancer, thoracic back pain and weak legs (power 4/5 both
    legs) is MSCC with neurological signs: dexamethasone 16 mg and a whole-spine MRI
    now (within 24 h), not within a week."""
    out = reason(
        make_case(
            "BACK PAIN",
            age=67,
            sex="M",
            vitals=vitals(88, 142, 84, 16, 97),
            one_liner="67M prostate cancer, 2 weeks of thoracic back pain",
            ed_note="Metastatic prostate cancer. Two weeks of worsening thoracic back "
            "pain, worse lying flat. Unsteady walking since yesterday. Power 4/5 both "
            "legs, brisk reflexes. Bladder normal.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")
    assert O.ordered(out, "mri of the whole spine now")
    assert out.final.icd10 == "G95.20", out.final.diagnosis_name


def test_high_altitude_cerebral_oedema_gets_descent_and_dexamethasone(
    reason: Reason,
) -> None:
    """WMS 2019: headache, vomiting, ataxia and confusion after an ascent to 4200 m is
    high-altitude cerebral oedema: descent (or a hyperbaric bag), oxygen and
    dexamethasone."""
    out = reason(
        make_case(
            "HEADACHE",
            age=28,
            sex="M",
            vitals=vitals(104, 126, 80, 20, 89),
            one_liner="28M trekker, headache and vomiting, stumbling",
            ed_note="Trekking: ascended from 2800 m to 4200 m in two days. Severe "
            "headache, vomiting, now unsteady gait and confused.",
        )
    )
    assert out.final.icd10 == "T70.29XA", out.final.diagnosis_name
    assert O.ordered(out, "descend")
    assert O.medication_ordered(out, "dexamethasone")


def test_a_headache_at_home_is_no_altitude_illness(reason: Reason) -> None:
    """Guard. WMS 2019: altitude illness needs an ascent to altitude."""
    out = reason(
        make_case(
            "HEADACHE",
            age=30,
            sex="F",
            vitals=vitals(78, 122, 76, 14, 99),
            one_liner="30F throbbing headache with nausea since this morning",
            ed_note="Throbbing one-sided headache with nausea and light sensitivity, "
            "like her usual migraines. Normal neurological examination.",
        )
    )
    assert not out.final.icd10.startswith("T70")
    assert not O.ordered(out, "descend")


def test_new_symmetrical_small_joint_synovitis_is_referred(reason: Reason) -> None:
    """NICE NG100 1.1.1: swelling of the small joints of both hands for six weeks with
    morning stiffness is suspected persistent synovitis: urgent rheumatology referral,
    RF and anti-CCP; no sprain, no aspiration."""
    out = reason(
        make_case(
            "JOINT PAIN",
            age=34,
            sex="F",
            vitals=vitals(82, 118, 72, 14, 99, 37.2),
            one_liner="34F 6 weeks of painful swollen hands and wrists",
            ed_note="Six weeks of pain and swelling in the small joints of both hands "
            "and wrists, morning stiffness for 2 hours. Swollen MCP joints on both "
            "sides. No fever, no rash.",
        )
    )
    assert O.ordered(out, "rheumatology")
    assert O.ordered(out, "anti-ccp")
    assert not O.ordered(out, "aspirat", "arthrocentesis")


def test_podagra_stays_gout(reason: Reason) -> None:
    """Guard. BSR 2017 gout: a sudden hot swollen first MTP joint with a previous
    attack is gout, not an inflammatory arthritis referral."""
    out = reason(
        make_case(
            "TOE PAIN",
            age=58,
            sex="M",
            vitals=vitals(86, 148, 90, 16, 98, 37.4),
            one_liner="58M sudden very painful red swollen big toe overnight",
            ed_note="Woke with excruciating pain in the right big toe, red, hot and "
            "swollen first MTP joint. Similar attack 2 years ago. Afebrile, well.",
        )
    )
    assert out.final.icd10.startswith("M10"), out.final.diagnosis_name
    assert not O.ordered(out, "rheumatology early arthritis")
